"""Faults of paragraph flow, page furniture and the paper/deck decision that fresh-user trials found, each as
made-up documents of its kind (newsletters read as decks, abbreviations taken for sentence ends, page breaks marked
only by a folio, a lost final glyph joined to a heading, a deck cover's affiliation split off by its own ``1``)."""

from __future__ import annotations

import pytest

from pipeline.structure.tokenize_en import analyse
from pipeline.structure.tokenize_ja import split_sentences
from tests.segment_documents import REPORT
from tests.segment_inputs import furniture, paragraphs, run_text

GAP = "\ufffd"

# 1. A newsletter or bulletin of prose articles under ■/● marks, its folios between the pages, is a paper with
# ■/● sections: page numbers over pages of prose are folios, and a mark over an article heads no slide's bullet.

NEWSLETTER_JA = """\
広報みなと 2024年5月号
発行：港町役場 総務課

■ 防災訓練のお知らせ
6月9日（日）午前9時から、町内全域で総合防災訓練を実施します。地震発生を想定し、各地区の一時避難場所へ
の避難、安否確認、初期消火の訓練を行います。ご家族そろってご参加ください。
当日は防災行政無線でサイレンを鳴らしますので、ご理解とご協力をお願いします。

● 図書館だより
5月の新着図書は、絵本や児童書を中心に約120冊です。今月は「読書の森」コーナーで、地元の作家の作品を特集して
います。貸出期間は2週間で、一人10冊まで借りられます。

― 2 ―

■ 子育て支援センターの催し
毎週水曜日の午前中、0歳から3歳までのお子さんと保護者を対象に、ふれあい遊びの会を開いています。予約は不要で
すので、お気軽にお越しください。
● 税務課からのお知らせ
固定資産税の第1期の納期限は5月31日です。口座振替をご利用の方は、前日までに残高をご確認ください。

― 3 ―
"""

NEWSLETTER_EN_FORM_FEEDS = """\
Riverside Residents' Bulletin
Issue 14, Spring 2025

■ Spring Clean-Up Day
Volunteers will meet at the boat ramp on Saturday 12 April at 9 a.m. Gloves, bags and
grabbers will be provided, and the council will collect the filled bags on Monday.
Please wear sturdy shoes.

■ Library Hours
From May the branch library will open until 8 p.m. on Thursdays. The extra hours are
funded by the residents' association for a trial period of six months.

Page 2
\f■ Committee News
The committee met on 3 March. Minutes are available at the community hall and on the
association's website. The next meeting will be held on 7 May.

■ Road Works
Water main renewal on Elm Street will close one lane from 14 to 25 April. Buses will
run as normal.

Page 3
"""

NEWSLETTER_JA_FORM_FEEDS = """\
港北地区 自治会報
第45号　令和6年10月

■ 秋の防犯パトロール
10月から12月まで、毎週金曜日の夜に防犯パトロールを行います。参加できる方は、午後7時に集会所にお集
まりください。懐中電灯と反射たすきは自治会で用意します。
\f― 2 ―
■ 会計報告
上半期の会費の納入率は98パーセントでした。ご協力ありがとうございました。詳しい収支は回覧板でお知らせし
ます。
■ 役員会より
次回の役員会は11月10日（日）午後2時から集会所で開きます。議題は年末の餅つき大会の準備です。
\f― 3 ―
● 餅つき大会のお知らせ
12月22日（日）午前10時から、集会所の広場で餅つき大会を行います。どなたでも参加できます。
"""

@pytest.mark.parametrize("text, titles", [
    (NEWSLETTER_JA, ["防災訓練のお知らせ", "図書館だより", "子育て支援センターの催し", "税務課からのお知らせ"]),
    (NEWSLETTER_EN_FORM_FEEDS, ["Spring Clean-Up Day", "Library Hours", "Committee News", "Road Works"]),
    (NEWSLETTER_JA_FORM_FEEDS, ["秋の防犯パトロール", "会計報告", "役員会より", "餅つき大会のお知らせ"]),
], ids=["ja-dashes", "en-page-form-feeds", "ja-form-feeds"])
def test_a_newsletter_of_prose_articles_is_a_paper_with_marked_sections(text, titles) -> None:
    doc = run_text(text)
    (talk,) = doc.talks
    assert talk.shape == "paper" and not talk.slides
    assert [s.title.text.lstrip("■● ") for s in talk.sections] == titles
    assert all(reason == "page-number" for _, reason in furniture(doc))


def test_a_thesis_whose_pages_close_on_folios_is_a_paper() -> None:
    # trial 16's report (its running heads beside its folios) was read as a deck of two slides
    doc = run_text(REPORT)
    talk = doc.talks[0]
    assert talk.shape == "paper" and [s.number for s in talk.sections] == ["1", "2"]
    assert ("- 1 -", "page-number") in furniture(doc)


def test_a_deck_of_bullets_numbered_per_page_stays_a_deck() -> None:
    deck = "港町の防災\n佐藤 一郎\n1\n背景\n・観光客は年間50万人\n・避難所の案内が日本語のみ\n2\n取り組み\n・多言語の標識\n3\n"
    assert run_text(deck).talks[0].shape == "deck"


# 2. An abbreviation's full stop (No., Vol., pp., Fig., et al., e.g., Dr.) ends no sentence: not where English
# wraps are joined, nor where sentences are split.

ABBREVIATIONS = """\
Flood Warnings for Small Harbour Towns

Anna Berg
Institute of Coastal Studies

1. Introduction
This note extends the method of our earlier report, published as Working Paper No.
31 of the institute's series, to towns with fewer than ten thousand residents. The
gauge records come from the harbour network described by Lind and Okada et al.
(2019), and the tide tables from the national atlas of the coast, published as Vol.
3 in the series of maps kept by the hydrographic office, on its reference pages pp.
41-42. The warnings arrive two hours earlier than before, as the curve in our Fig.
2 shows for each of the eleven towns that took part in the trial over two winters.

2. Method
We compare three simple predictors against the observed water levels, that is e.g.
a persistence forecast, a tidal harmonic model and a regression on the wind speed,
each fitted to the first winter and tested on the second. Our thanks go to Dr.
Mori of the harbour office, who kindly supplied the gauge records for the trial.
"""


def test_a_line_ending_on_an_abbreviation_goes_on() -> None:
    talk = run_text(ABBREVIATIONS).talks[0]
    assert [len(s.paragraphs) for s in talk.sections] == [1, 1]
    first, second = (s.paragraphs[0].text for s in talk.sections)
    assert "Lind and Okada et al. (2019)" in first and "Vol. 3 in the series" in first and "Fig. 2 shows" in first
    assert "Dr. Mori of the harbour office" in second


def test_an_abbreviation_at_a_page_break_goes_on() -> None:
    text = ("Harbour Warnings\n\nAnna Berg\nInstitute of Coastal Studies\n\n1. Introduction\n"
            "This note extends the method of our earlier report, which was published as Working Paper No.\n"
            "\n- 2 -\n\n"
            "31 of the institute's series, to towns with fewer than ten thousand residents in all.\n")
    paras = paragraphs(run_text(text).talks[0])
    assert len(paras) == 1 and "Working Paper No. 31 of the institute's series" in paras[0]


@pytest.mark.parametrize("text, sentences", [
    ("See Working Paper No. 31, Vol. 3, pp. 41-42 and Fig. 2. Dr. Mori agreed.",
     ["See Working Paper No. 31, Vol. 3, pp. 41-42 and Fig. 2.", "Dr. Mori agreed."]),
    ("Lind et al. (2019) found it, e.g. in spring. It was seen by Smith et al. The rest failed.",
     ["Lind et al. (2019) found it, e.g. in spring.", "It was seen by Smith et al.", "The rest failed."]),
])
def test_english_sentences_are_not_split_at_abbreviations(text, sentences) -> None:
    assert [text[s.start:s.end] for s in analyse(text)[1]] == sentences


def test_japanese_sentences_are_not_split_at_abbreviations() -> None:
    text = "詳しくはWorking Paper No．31を参照．Smith et al．(2019)によれば，Fig．2のとおりである．"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "詳しくはWorking Paper No．31を参照．", "Smith et al．(2019)によれば，Fig．2のとおりである．"]


# 3. A page break a text dump shows only by its folio line (``- 1 -``, ``1``, ``― 1 ―``, ``Page 1``), blank lines
# around it or not, is rejoined where the sentence runs on; a paragraph that ended before it stays ended.

BREAK_JA = """\
地域公共交通の再編に関する報告
山本 健太
東都大学 交通政策研究室

1. はじめに
地方都市では、人口減少と高齢化により路線バスの利用者が年々減っている。本報告では、港町市における
バス路線の再編の経過を整理し、乗合タクシーへの転換が利用者と事業者の双方に与えた影響を検討する。
対象とする期間は、再編を決めた2019年度から、新しい運行が定着した2023年度までの五年間であり、その
- 1 -
間に行った三回の利用者調査の結果を用いる。
再編の前後で、一日あたりの利用者数は約二割減ったが、一人あたりの運行経費は大きく下がった。
2. 調査の方法
利用者調査は、各年度の十月に、全路線の車内で調査票を配って行った。回収した調査票は三年間で計
- 2 -
千二百枚であった。
"""

BREAK_EN = """\
Rain Gauges on School Roofs
Peter Lind
Nordic Institute of Hydrology

1. Introduction
Local councils need a quick estimate of how often the drains in a small town overflow
during heavy rain. Networks of cheap rain gauges on school roofs can give one, if the
gauges are read often enough and their records are checked against the national radar
Page 1
network. This note reports three winters of records from eleven schools in one town.
The gauges agreed with the radar within a tenth on most days of heavy rain.

2. Method
Each school read its gauge every morning at eight and entered the value on a shared
Page 2
sheet.
"""


def _folios(text: str, folio: str, blanks: bool) -> str:
    out = []
    for line in text.split("\n"):
        if line in ("- 1 -", "- 2 -", "Page 1", "Page 2"):
            line = folio.format(line[-3] if line.startswith("-") else line[-1])
            out += ["", line, ""] if blanks else [line]
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("folio", ["- {} -", "{}", "― {} ―", "Page {}"])
@pytest.mark.parametrize("blanks", [False, True], ids=["tight", "blank-lines"])
def test_a_sentence_runs_on_across_a_folio_line(folio, blanks) -> None:
    ja = run_text(_folios(BREAK_JA, folio, blanks)).talks[0]
    assert [len(s.paragraphs) for s in ja.sections] == [3, 1]
    assert "五年間であり、その間に行った三回の" in ja.sections[0].paragraphs[1].text
    assert ja.sections[1].paragraphs[0].text.endswith("三年間で計千二百枚であった。")
    en = run_text(_folios(BREAK_EN, folio, blanks)).talks[0]
    assert [len(s.paragraphs) for s in en.sections] == [1, 1]
    assert "the national radar network. This note" in en.sections[0].paragraphs[0].text
    assert en.sections[1].paragraphs[0].text.endswith("on a shared sheet.")


def test_a_paragraph_ended_before_a_folio_stays_ended() -> None:
    text = ("Rain Gauges\n\nPeter Lind\nNordic Institute of Hydrology\n\n1. Introduction\n"
            "Local councils need a quick estimate of how often the drains in a small town overflow\n"
            "during heavy rain, and cheap gauges on school roofs can give one each winter.\n"
            "\n- 3 -\n\n"
            "The gauges agreed with the radar within a tenth on most days of heavy rain that year.\n"
            "\n- 4 -\n\n"
            "Each school read its gauge every morning at eight and entered the value on a sheet.\n")
    doc = run_text(text)
    assert len(paragraphs(doc.talks[0])) == 3
    assert [t for t, _ in furniture(doc)] == ["- 3 -", "- 4 -"]


def test_a_bare_number_after_an_unfinished_english_line_is_no_folio_unless_the_sentence_runs_on() -> None:
    text = ("Survey Note\n\nPeter Lind\nNordic Institute of Hydrology\n\n1. Results\n"
            "The number of households in the town that answered the survey in the first winter was\n"
            "42\n"
            "Most of them had a gauge of their own.\n")
    assert furniture(run_text(text)) == []


# 4. A line whose last glyph was lost (U+FFFD where 。 or . may have stood) ends its paragraph where a sentence end
# is likely: short of the measure, or before a short phrase (a heading) or a capital opening the next sentence.

LOST_END_JA = """\
港町の子育て支援
山田 花子
港町市 こども課

1. はじめに
　港町市では、子育て世帯の転入が続いている。市は2020年度から、保育所の定員を毎年五十人ずつ増やし
てきたが、待機児童は今も残っている。本稿では、その原因を三つの調査から整理する{GAP}
　第一の調査は、保育所の入所申込書の集計である。申込の時期と希望する保育所の分布を、五年分まとめ
た。第二の調査は、保護者への聞き取りである{GAP}
調査の結果
　申込は四月入所に集中し、駅に近い三つの保育所に希望が偏っていた。聞き取りでは、送迎の時間が最も
多く挙げられた{GAP}
2. 考察
　定員を増やすだけでは、希望の偏りは解けない。送迎の負担を減らす仕組みが要る。
"""

LOST_END_EN = """\
Notes on Harbour Dredging
Peter Lind
Nordic Institute of Hydrology

1. Introduction
Harbour towns dredge their channels every few years, and the cost of each campaign falls
on small councils with little money to spare. This note compares two ways to plan it{GAP}
Dredging by need
The first plan dredges when the depth falls below a set limit. It needs surveys of the
channel every spring, which the harbour office already makes for the pilots{GAP}
The second plan dredges on a fixed cycle of four years, whatever the depth.
"""


def test_a_lost_final_glyph_is_not_joined_to_a_heading_or_a_new_paragraph() -> None:
    ja = paragraphs(run_text(LOST_END_JA.format(GAP=GAP)).talks[0])
    assert "調査の結果" in ja and not any(p.endswith(GAP + "調査の結果") for p in ja)
    en = paragraphs(run_text(LOST_END_EN.format(GAP=GAP)).talks[0])
    assert "Dredging by need" in en
    assert any(p.startswith("The second plan dredges") for p in en)


def test_a_lost_glyph_inside_a_sentence_still_joins() -> None:
    text = ("港町の子育て支援\n山田 花子\n港町市 こども課\n\n1. はじめに\n"
            "港町市では、子育て世帯の転入が続いている。市は2020年度から、保育所の定員を毎年五十人ずつ増や" + GAP + "\n"
            "てきたが、待機児童は今も残っている。本稿では、その原因を三つの調査から整理するものである。\n"
            "第一の調査は、保育所の入所申込書の集計である。申込の時期と希望する保育所の分布をまとめた。\n")
    paras = paragraphs(run_text(text).talks[0])
    assert any("増や" + GAP + "てきたが" in p for p in paras)


NARROW_LOST_END = """\
地域の見守り活動の効果
山田 花子
港町市 福祉課

1. 結果
見守り活動に参加した地区ほど、高齢者の
孤立が早く見つかる傾向が見られた。特に
、民生委員が定期的に訪問する地区では、
相談の件数が二倍に増えた。一方で、若い世{GAP}
の参加が少ないことが共通の課題として挙
げられた。今後は、学校や商店と連携した
新しい活動の形を検討する必要がある。
2. まとめ
見守りの輪を広げることが求められている。
"""


def test_a_lost_final_glyph_in_a_narrow_column_does_not_end_the_paragraph_by_itself() -> None:
    # in a column of 19 characters every wrapped line is as short as a heading: the line after the lost glyph fills
    # the measure, so it carries the sentence on, and the lost glyph (of unknown width) leaves its line full
    paras = paragraphs(run_text(NARROW_LOST_END.format(GAP=GAP)).talks[0])
    assert any("若い世" + GAP + "の参加が" in p for p in paras), paras
    assert not any(p.startswith("の参加が") for p in paras)


# 5. A deck's cover closed by its own printed ``1``: the affiliation under the speaker's name stays on the cover,
# and the ``1`` numbers the cover, no slide of its own.

DECK = """\
Tidal Energy for Island Towns
Rosa Delgado
Marine Energy Lab, Orkney
1
Why tides?
- Predictable, unlike wind
- Close to the towns that use it
2
Our pilot
- Two turbines in the channel
- Power for 300 homes
3
Thank you
4
"""


def test_the_covers_own_folio_keeps_its_affiliation_on_the_cover() -> None:
    talk = run_text(DECK).talks[0]
    assert [(s.number, s.title.text) for s in talk.slides] == [
        (1, "Tidal Energy for Island Towns"), (2, "Why tides?"), (3, "Our pilot"), (4, "Thank you")]
    assert [t.text for t in talk.slides[0].lines] == ["Rosa Delgado", "Marine Energy Lab, Orkney"]


def test_a_first_slide_between_the_cover_and_its_number_stays_a_slide() -> None:
    text = "Cruise Ports of the Northern Sea\nEmi Tanaka\nOverview of Hakodate\nTwo cruise berths\n1\nVisitors\nAbout 90,000\n2\nThank you\n"
    talk = run_text(text).talks[0]
    assert [s.title.text for s in talk.slides[:2]] == ["Cruise Ports of the Northern Sea", "Overview of Hakodate"]


def test_bare_folios_counting_up_between_pages_of_prose_are_page_furniture() -> None:
    words = ["保育所", "公民館", "図書館", "児童館", "体育館", "集会所", "学童保育", "子育て広場", "診療所", "市民農園",
             "運動公園", "交流センター", "郷土資料館", "市民プール", "自然観察園", "屋内遊技場", "福祉会館", "青少年会館"]

    def page(p: int) -> list[str]:
        return [f"港町市では、{words[6 * (p - 1) + k]}の利用者が増え続けており、市は施設の運営の見直しを進めてきた。"
                for k in range(6)]

    text = "\n".join(["港町の子育て支援", "山田 花子", "港町市 こども課", "1. はじめに"] + page(1) + ["1"] + page(2) + ["2"]
                     + page(3)) + "\n"
    doc = run_text(text)
    assert [t for t, _ in furniture(doc)] == ["1", "2"]
    assert not any(p in ("1", "2") for p in paragraphs(doc.talks[0]))


def test_a_listings_line_number_inside_a_page_is_no_folio() -> None:
    # a paged dump (form feeds) shows its folios at the pages' edges: a bare number inside a page is a numbered
    # listing's (TeX Live's upldoc.pdf: ``3 \errhelp{…if not available,`` / ``4`` / ``obtain it…``)
    page = ("The package checks the format when it is loaded, and stops with a message of its own if the\n"
            "3 \\errhelp{Please update your TeX installation; if not available, fetch it from the archive,\n"
            "4\n"
            "obtain it manually from CTAN or from GitHub, and install it in your own tree of packages.}%\n")
    doc = run_text("Upgrading the Format\n\n1. Checks\n" + page + "\f" + page)
    assert ("4", "page-number") not in furniture(doc)


_REST = ("都市である。明治の開港以来、海の玄関口として発展を続けてきた。現在は空港と港を擁し、地域の物流の拠点として重要な"
         "役割を担っている。市は、港の周りの古い倉庫を改修し、市民や観光客が集う場として活用する取り組みを進めてきた。"
         "今後は、周辺の自治体とも協力しながら、港町としての魅力をさらに高めていきたい。")


def _near_measure_paper(people: str) -> str:
    """A paper wrapped at 36 wide characters (72 columns) whose first line, with a half-width number, stops on a
    particle five to seven columns short of the measure."""
    rest = [_REST[i:i + 36] for i in range(0, len(_REST), 36)]
    first = f"本市は、県の北西部の海沿いに位置し、人口約{people}万人を抱える県内第二の"
    body = "\n".join([first, *rest])
    return f"港町の交流の報告\n\n1. 市の概要\n{body}\n\n2. 今後の課題\n{body}\n"


@pytest.mark.parametrize("people", ["300", "48"])
def test_a_line_a_few_columns_short_that_stops_on_a_particle_goes_on(people) -> None:
    """Trial 24: ``…人口約300万人を抱える韓国第三の`` / ``都市である。…`` stayed two paragraphs: the half-width
    digits left the line five columns short of the measure, and a line ending on a particle ends no paragraph."""
    (talk,) = run_text(_near_measure_paper(people)).talks
    first = [p.text for p in talk.sections[0].paragraphs]
    assert first[0].startswith("本市は、") and "県内第二の都市である。" in first[0]
