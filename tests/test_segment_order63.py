"""Fresh-user trial 63 (issue 16, segment stage), helper order63. Made-up documents, other wording, places and
numbers than the trial's (also under /work/regress/in_order63/).

1. A Japanese notice's first paragraph opening on a number (its month, its day, a year: ``３月から、…変更します。``)
   is body text, never a field of the notice's opening (its date, addressee and issuer stay ``front``): a Japanese
   sentence is one "word" to a count of words, and it had been read as an address's line by its shape (a number
   first), the paragraph under it left as the body's first.
"""

from __future__ import annotations

import unicodedata

import pytest

from segmenting import only_talk, paragraph_texts

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
