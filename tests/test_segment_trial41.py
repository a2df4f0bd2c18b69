"""Trial 41's faults, as made-up documents."""

from __future__ import annotations

from tests.pdfmaker import JA, drawn_pdf
from tests.segment_inputs import run_pdf

SLIDE = (960.0, 540.0)


def _slide(title: str, items: list[str], number: int) -> list[tuple[str, float, float, float, str]]:
    runs = [(JA, 28.0, 60.0, 460.0, title)]
    runs += [(JA, 18.0, 80.0, 390.0 - 40.0 * k, item) for k, item in enumerate(items)]
    return runs + [(JA, 12.0, 900.0, 30.0, str(number))]


COVER = [(JA, 30.0, 120.0, 340.0, "学校給食における地場産野菜の利用拡大"),
         (JA, 18.0, 160.0, 280.0, "発表者：川原 美咲　市立栄養教育センター"),
         (JA, 16.0, 160.0, 240.0, "2025年6月14日　学校栄養研究会 第18回研究発表会")]


def test_a_slide_title_over_bullets_after_a_line_without_a_full_stop_is_no_running_header() -> None:
    """Trial 41: a PDF deck's slide titles at the top of their pages went to the ledger as running headers, where the
    slide before ended on a line without `。`: a line over a list's item stands inside no sentence."""
    pdf = drawn_pdf([
        COVER,
        _slide("調査の目的と対象期間", ["・地場産野菜が給食の献立にどのくらい使われているかを調べる",
                                  "・使われにくい野菜とその理由を調理員と生産者に聞き取る"], 2),
        _slide("今後の課題と次年度の計画", ["・冬場に出荷量が減る葉物野菜について冷凍品の利用を試す",
                                     "・生産者との連絡会を学期に一度開いて出荷の見込みを共有する"], 3),
    ], size=SLIDE)
    [talk] = run_pdf(pdf).talks
    titles = [s.title.text if s.title is not None else None for s in talk.slides]
    assert "調査の目的と対象期間" in titles and "今後の課題と次年度の計画" in titles


def test_a_clause_or_a_list_item_ending_in_a_board_is_no_speaker_line() -> None:
    """Found with trial 41's deck as a text dump: ``・翌年度の…改善案をまとめて市教育委員会に提出する`` was read as a
    speaker line (the post 委員, the name 会に提出する)."""
    from pipeline.segment.names import speaker_split

    for line in ("・翌年度の献立計画に反映できる改善案をまとめて市教育委員会に提出する",
                 "改善案をまとめて市教育委員会に提出する", "■報告書を理事会に提出した"):
        assert speaker_split(line) is None, line
    assert speaker_split("市教育委員会 山田 太郎") is not None


MINUTES = """\
HILLSIDE BEEKEEPERS' CLUB
Committee Meeting — Minutes

Date: 12 May 2025
Present: Ann Clarke (Chair), Bill Moss (Secretary), Carla Diaz (Treasurer),
Dev Patel, Eve Long
Apologies: Frank Hale

1. Apiary inspection
The inspector visited the club apiary on 3 May and found all eight colonies
healthy. Two colonies will need more room before the main flow begins, and
Bill will add supers to both of them next weekend.

2. Swarm collection
Three calls about swarms came in during April. Carla collected two of them
and the third had gone before anyone arrived.

Hillside Beekeepers' Club — Minutes, 12 May 2025 — Page 1 of 2

3. Honey show
The show will be held on 6 September in the village hall. Entry forms are
due by the end of August, and the judge has been booked.

4. Any other business
None.

Hillside Beekeepers' Club — Minutes, 12 May 2025 — Page 2 of 2
"""


def test_a_footer_whose_page_follows_a_dash_is_furniture() -> None:
    """Trial 41: `… — Page 1 of 2` and `… — Page 2 of 2` stood as paragraphs of the sections before them."""
    from tests.segment_inputs import run_text

    [talk] = run_text(MINUTES).talks
    texts = [p.text for s in talk.sections for p in s.paragraphs] + [t.text for t in talk.front]
    assert not any("Page 1 of 2" in t or "Page 2 of 2" in t for t in texts)


PAPER = """\
染色工房における藍の発酵管理の記録
川口 里美*1，大森 健*2
*1 東和大学家政学部　*2 北山染織研究会
Records of Fermentation Control of Indigo Vats in a Dyeing Workshop
Satomi KAWAGUCHI*1 and Ken OMORI*2
Abstract: We recorded the pH and temperature of four indigo vats for two years.
1．はじめに
藍の発酵建ては、温度と灰汁の管理によって染まり方が大きく変わることが知られている。
2．方法
工房の四つの甕について、毎朝の温度と pH を二年間記録した。
"""


def test_a_japanese_papers_english_title_block_under_its_affiliations_is_its_translation() -> None:
    """Trial 41: the English title and authors under the Japanese authors' affiliations scored higher from the
    affiliation line (read as an organisation over them): the Japanese title and authors went to the front."""
    from tests.segment_inputs import run_text

    [talk] = run_text(PAPER).talks
    assert talk.title.ja is not None and talk.title.ja.text == "染色工房における藍の発酵管理の記録"
    assert talk.title.en is not None and talk.title.en.text.startswith("Records of Fermentation Control")
    assert [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors] == [
        ("川口 里美", "東和大学家政学部"), ("大森 健", "北山染織研究会")]


def test_minutes_are_titled_by_the_meeting_and_each_field_is_its_own_paragraph() -> None:
    """Trial 41: ``Committee Meeting — Minutes`` was read as an organisation (the minutes had no title, the id
    ``document``), and ``Apologies: …`` was joined into the ``Present:`` list wrapped over two lines."""
    from tests.segment_inputs import run_text

    [talk] = run_text(MINUTES).talks
    assert talk.title.en is not None and talk.title.en.text == "Committee Meeting — Minutes"
    front = [t.text for t in talk.front]
    assert "Apologies: Frank Hale" in front
    assert any(t.startswith("Present:") and t.endswith("Eve Long") for t in front)


def test_a_given_name_in_kana_read_as_an_auxiliary_is_still_a_speakers_name() -> None:
    """Review of the clause guard above: a given name in kana reads to Sudachi as an auxiliary or a particle
    (``まい``, ``かな``), and ``委員 中村 まい`` had lost its speaker; a surname Sudachi reads as one names a person."""
    from pipeline.segment.names import speaker_split

    for line in ("図書委員 中村 まい", "理事 佐藤 かな"):
        assert speaker_split(line) is not None, line
    assert speaker_split("報告書を図書委員会に提出する") is None


def test_a_japanese_papers_english_title_wrapped_over_two_lines_is_its_translation() -> None:
    """Review of the rule above: it read a one-line English title only; wrapped over two lines (the second going on
    in a small word), the English title was lost to front matter and the paper was read as English."""
    from tests.segment_inputs import run_text

    paper = PAPER.replace("Records of Fermentation Control of Indigo Vats in a Dyeing Workshop\n",
                          "Records of Fermentation Control of Indigo Vats\nin a Small Dyeing Workshop of Tokushima\n")
    [talk] = run_text(paper).talks
    assert talk.title.ja is not None and talk.title.ja.text == "染色工房における藍の発酵管理の記録"
    assert talk.title.en is not None and talk.title.en.text == (
        "Records of Fermentation Control of Indigo Vats in a Small Dyeing Workshop of Tokushima")
    assert talk.lang == "ja"
