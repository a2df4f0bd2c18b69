"""Fresh-user trial 63 (issue 16, segment stage), helper order63. Made-up documents, other wording, places and
numbers than the trial's (inputs in tests/data/order63/).

1. A Japanese notice's first paragraph opening on a number (its month, its day, a year: ``３月から、…変更します。``)
   is body text, never a field of the notice's opening (its date, addressee and issuer stay ``front``): a Japanese
   sentence is one "word" to a count of words, and it had been read as an address's line by its shape (a number
   first), the paragraph under it left as the body's first.
2. A talk that prints its English block first (``Kobe City, Hyogo`` / ``Port Renewal and the Waterfront`` / ``James
   Carter, …`` / its points) and its Japanese block after it, over the Japanese text: the English place line is the
   city's English, never the title; the English title under it is ``title.en``, the Japanese block gives ``title.ja``,
   ``city.ja`` and the speaker (the paper is the Japanese half's), in a proceedings of Japanese-first talks or alone.
   Japanese-first talks keep their structure.
"""

from __future__ import annotations

import pathlib
import unicodedata

import pytest

from segmenting import only_talk, paragraph_texts, segment_text, talk_fields as _fields

NOTICE = "{date}\n{addressee}\n{office}\n\n{title}\n\n{first}\n{second}\n\n{contact}\n"


def _notice(**parts):
    talk, _ = only_talk(NOTICE.format(**parts))
    return [t.text for t in talk.front], paragraph_texts(talk), talk.title.ja and talk.title.ja.text


@pytest.mark.parametrize("date, addressee, office, title, first, second, contact", [
    ("令和８年２月２０日", "市民各位", "北町市環境課", "粗大ごみ収集日の変更について",
     "　３月から、粗大ごみの収集日を毎月第２水曜日に変更します。", "　申し込みは、収集日の１週間前までに環境課へ電話でお願いします。",
     "問い合わせ　北町市環境課　電話 0123-45-6789"),
    ("令和７年３月１日", "町民各位", "南山町上下水道課", "水道料金の改定について",
     "４月１日から、水道料金を１立方メートルあたり１０円引き上げます。", "改定後の料金は、５月分の請求から適用されます。",
     "問い合わせ　南山町上下水道課　電話 0234-56-7890"),
    ("令和６年１２月１０日", "市民各位", "東浜市市民課", "窓口の受付時間の変更について",
     "　２０２５年１月から、市民課の窓口の受付時間を午前９時から午後４時までに変更します。", "　土曜日の窓口は、これまでどおり開きます。",
     "問い合わせ　東浜市市民課　電話 045-123-4567"),
    ("令和８年６月１日", "事業者各位", "港南市商工課", "補助金申請の受付について",
     "　７月１日から、中小企業の設備補助金の申請を受け付けます。", "　申請書は、hojo@konan.example.jp あてに送ってください。",
     "問い合わせ　港南市商工課　電話 045-987-6543"),
])
def test_a_paragraph_opening_on_a_month_is_the_body63(date, addressee, office, title, first, second, contact):
    front, paragraphs, title_ja = _notice(date=date, addressee=addressee, office=office, title=title, first=first,
                                          second=second, contact=contact)
    assert title_ja == title
    # (clean makes the digits ASCII and drops the paragraph's indent and the space before the address)
    assert paragraphs == [_ascii(first), _ascii(second)]
    assert front[:3] == [_ascii(date), addressee, office]


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKC", s).strip().replace(" あて", "あて")


def test_a_dateline_alone_stays_front63():
    """Near miss: the notice's own date, alone on its line, is its opening's (``front``), as before."""
    talk, _ = only_talk("令和６年３月１日\n北町市環境課\n\n資源ごみの出し方について\n\n"
                        "資源ごみは、毎週木曜日の朝８時までに出してください。\nびんと缶は分けて出してください。\n")
    assert [t.text for t in talk.front] == ["令和6年3月1日", "北町市環境課"]
    assert paragraph_texts(talk) == ["資源ごみは、毎週木曜日の朝8時までに出してください。", "びんと缶は分けて出してください。"]


def test_a_letters_address_lines_stay_its_opening63():
    """Near miss: an English letter's address lines opening on a number (``12 Quay Street``, ``24103 Kiel``) are
    fields of its opening; the letter's text opening on a year (``2025 was …``) is its text, as before."""
    from pipeline.segment.stage import _opening_field

    assert _opening_field("12 Quay Street") and _opening_field("24103 Kiel") and _opening_field("令和6年3月1日")
    assert _opening_field("812-8577 福岡市博多区東公園7番7号")  # a Japanese address: no clause's mark
    assert not _opening_field("2025 was a record year for the port.")
    assert not _opening_field("3月から、粗大ごみの収集日を毎月第2水曜日に変更します。")
    assert not _opening_field("10人が、説明会に参加しました。")


INPUTS = pathlib.Path(__file__).parent / "data" / "order63"


def _read(path: str):
    return segment_text((INPUTS / path).read_text(encoding="utf-8")).talks


ENGLISH_FIRST = [
    ("t0_trial_kobe.txt", 1, ("港の再生とウォーターフロント", "Port Renewal and the Waterfront", "神戸市", "Kobe",
                              "神戸港湾局顧問\u3000ジェームズ・カーター"), "Kobe City, Hyogo"),
    ("t1_obuse.txt", 1, ("栗と古い町並みの保存", "Chestnuts and the Old Townscape", "小布施町", "Obuse",
                         "小布施町まちづくり顧問\u3000エミリー・ブラウン"), "Town of Obuse, Nagano"),
    ("t2_sendai.txt", 1, ("杜の都の街路樹", "Street Trees and Zelkova Avenues", "仙台市", "Sendai",
                          "仙台市緑化推進研究員\u3000ローラ・スミス"), "Sendai City, Miyagi Prefecture"),
    ("t3_hakodate_three.txt", 1, ("朝市と港のにぎわい", "Morning Markets and a Lively Harbour", "函館市", "Hakodate",
                                  "函館市港湾経済顧問\u3000アンナ・ノヴァク"), "City of Hakodate, Hokkaido"),
    ("t4_kanazawa_alone.txt", 0, ("金沢の伝統工芸と観光", "Traditional Crafts and Tourism in Kanazawa", "金沢市", "Kanazawa",
                                  "金沢市工芸観光顧問\u3000マーク・ウィルソン"), "Kanazawa City, Ishikawa"),
]


@pytest.mark.parametrize("path, k, fields, place", ENGLISH_FIRST)
def test_an_english_first_talk_reads_both_blocks63(path, k, fields, place):
    talks = _read(path)
    talk = talks[k]
    assert _fields(talk) == fields
    front = [t.text for t in talk.front]
    assert place in front and fields[0] not in front and fields[1] not in front  # the place line front, no title
    assert fields[2] not in front and fields[4] not in front  # the Japanese city line and speaker are read, not front
    assert paragraph_texts(talk) and all(not p.startswith("- ") for p in paragraph_texts(talk))


JAPANESE_FIRST = [
    ("t0_trial_kobe.txt", 2, ("長岡市の花火と復興のまちづくり", "Nagaoka: Fireworks and Town Building for Recovery", "長岡市",
                              "Nagaoka", "新潟県長岡市長\u3000磯田 達伸")),
    ("t1_obuse.txt", 2, ("城下町の水めぐりと観光", "Water Walks in a Castle Town", "松本市", "Matsumoto",
                         "長野県松本市観光課長\u3000中村 健")),
    ("t3_hakodate_three.txt", 3, ("運河の保存と観光", "Preserving the Canal", "小樽市", "Otaru", "小樽市産業港湾部長\u3000佐藤 誠")),
    ("m3_jafirst_plain.txt", 1, ("港の再生とウォーターフロント", "Port Renewal and the Waterfront", "神戸市", None,
                                 "神戸港湾局顧問\u3000ジェームズ・カーター")),
]


@pytest.mark.parametrize("path, n, fields", JAPANESE_FIRST)
def test_japanese_first_talks_keep_their_structure63(path, n, fields):
    """Near miss: the sample-shaped talks (the Japanese paper, then its English slides) are read as before."""
    talks = _read(path)
    assert len(talks) == n and _fields(talks[0]) == fields
    assert talks[0].shape == "proceedings" and talks[0].slides


def test_the_third_talk_after_an_english_first_one63():
    talks = _read("t3_hakodate_three.txt")
    assert _fields(talks[2]) == ("霧の港と湿原", "Fog Harbour and Wetlands", "釧路市", "Kushiro", "釧路市観光振興室長\u3000山田 花子")
    assert talks[2].shape == "proceedings"


def test_a_title_naming_its_city_stays_the_title63():
    """Near miss: an English title that names its city (``Kobe City and the Sea``) is no place line."""
    talk = _read("m1_title_names_city.txt")[1]
    assert _fields(talk)[:4] == ("神戸のまちと海", "Kobe City and the Sea", "神戸市", "Kobe")


def test_an_authors_address_under_the_title_stays_front63():
    """Near miss: an English paper's author's address (``Kobe City, Hyogo`` under the author) is no city line over a
    title: the paper reads as before."""
    [talk] = _read("m2_en_paper_address.txt")
    assert _fields(talk) == (None, "Tidal Flooding in Small Harbour Towns", None, None, "Taro Yamada")
    assert [t.text for t in talk.front] == ["Kobe City, Hyogo"]
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_place_line_en63():
    from pipeline.segment.places import place_line_en

    named = lambda t: (lambda sp: t[sp[0]:sp[1]] if sp else None)(place_line_en(t))  # noqa: E731
    assert [named(t) for t in ("Kobe City, Hyogo", "Town of Obuse, Nagano", "City of Sendai, Miyagi Prefecture",
                               "Hakodate City, Hokkaido, Japan", "Kanazawa City")] == ["Kobe", "Obuse", "Sendai", "Hakodate", "Kanazawa"]
    assert [named(t) for t in ("Kobe City and the Sea", "Smart City, Japan", "Garden City", "Kobe City Port and Harbour Bureau",
                               "Kobe City, Port Authority", "James Carter, Port Authority Adviser")] == [None] * 6
