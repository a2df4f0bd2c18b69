"""A paper's title is the largest line block that is no masthead, helper cover55 (issue 16; strict xfail of
``tests/test_segment_masthead54.py``, the real-PDF regression corpus's bxbase, bxjscls and asmejour). Made-up PDFs
(reportlab), other names and words than those: the kinds, not the cases. Results written before the change.

- A journal's or a proceedings' masthead at the top of page 1 (its name, its volume/issue/pages/year line, an ISSN,
  a DOI), set however large, is front; the paper's title is the title block over its authors under it.
- A masthead with no author block under it (a periodical's own first page) stays the title.
- A line wholly in brackets right under a title, set no larger than it and larger than the authors under it, is its
  subtitle (a package manual's ``（利用者向けの解説）``), with the lines set in its size under it.
- The first page's display title read after an authors' side column (the reading order of a two-part title page)
  is the title, the author's name set half its size no title.
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf
from segment_inputs import run_pdf

LETTER = (612.0, 792.0)
BODY = ["Small harbours keep few records of their tides, and the records they keep were made for pilots",
        "rather than for the people who live on the quay. We compare three gauges over one winter."]


def _paper(masthead: list[tuple[str, float, str]], title: str = "Counting Tides on a Small Quay") -> bytes:
    """A paper's first page: the masthead's lines (font, size, text) from the top, then the title (14 pt bold), its
    authors and their affiliation (10 pt), an abstract and its text."""
    runs, y = [], 760
    for font, size, text in masthead:
        runs.append((font, size, 72, y, text))
        y -= size + 8
    y -= 16
    runs += [(EN_BOLD, 14, 72, y, title), (EN, 10, 72, y - 20, "Ingrid Solberg and Kenji Mori"),
             (EN, 10, 72, y - 34, "Northfield Institute of Technology, Norway"),
             (EN_BOLD, 11, 72, y - 60, "Abstract"), (EN, 10, 72, y - 75, BODY[0]), (EN, 10, 72, y - 88, BODY[1])]
    return drawn_pdf([runs], size=LETTER)


MASTHEADS = {
    "journal_of": [(EN_BOLD, 20, "Journal of Harbour Engineering")],
    "transactions_on": [(EN_BOLD, 18, "IEEE Transactions on Coastal Sensing")],
    "name_last": [(EN_BOLD, 22, "The Estuarine Journal")],
    "with_volume_and_doi": [(EN_BOLD, 18, "Annals of Port Studies"), (EN, 9, "Vol. 7, No. 2, pp. 101-118, 2025"),
                            (EN, 9, "doi:10.5555/aps.2025.0712")],
    "volume_first": [(EN, 9, "Vol. 12, No. 4 (2024)"), (EN_BOLD, 20, "Journal of Small Harbours"),
                     (EN, 9, "ISSN 2345-6789")],
}


@pytest.mark.parametrize("shape", list(MASTHEADS))
def test_a_masthead_over_a_paper_is_front_the_paper_s_title_wins55(shape):
    [talk] = run_pdf(_paper(MASTHEADS[shape])).talks
    assert talk.title.en is not None and talk.title.en.text == "Counting Tides on a Small Quay"
    front = [t.text for t in talk.front]
    assert all(text in front for _, _, text in MASTHEADS[shape])
    assert talk.speaker is not None and "Ingrid Solberg" in talk.speaker.text.text
    assert talk.subtitle.en is None


def test_a_paper_titled_review_of_keeps_its_title55():
    # a paper's title opening on ``Review of`` is no journal's name: under a plain running head it stays the title
    [talk] = run_pdf(_paper([(EN, 9, "Preprint submitted to a journal")], title="Review of Tide Gauges in Small Harbours")).talks
    assert talk.title.en is not None and talk.title.en.text == "Review of Tide Gauges in Small Harbours"


def test_a_periodical_s_own_name_with_no_paper_under_it_stays_the_title55():
    page = [(EN_BOLD, 24, 50, 730, "Riverside Walkers Journal"),
            (EN, 10, 50, 710, "Spring 2025 | Issue 3 | Free to members"),
            (EN_BOLD, 12, 50, 680, "New Footpath Along the Canal"),
            (EN, 9.5, 50, 663, "The council has opened the footpath along the north bank of the canal, and"),
            (EN, 9.5, 50, 650.5, "walkers can now reach the lock without crossing the main road at all."),
            (EN_BOLD, 12, 50, 620, "Autumn Walks Programme"),
            (EN, 9.5, 50, 603, "Six guided walks are planned for the autumn, each starting at the station"),
            (EN, 9.5, 50, 590.5, "car park at ten in the morning and finishing before lunch.")]
    [talk] = run_pdf(drawn_pdf([page], size=LETTER)).talks
    assert talk.title.en is not None and talk.title.en.text == "Riverside Walkers Journal"
    assert [s.title.text for s in talk.sections] == ["New Footpath Along the Canal", "Autumn Walks Programme"]


def test_a_japanese_journal_s_name_over_a_paper_is_front55():
    page = [(JA, 16, 72, 770, "港湾技術研究会論文集 第12巻 第3号"),
            (JA, 15, 72, 730, "小規模漁港における潮位観測の試み"),
            (JA, 10.5, 72, 706, "佐藤 花子・森 健二"),
            (JA, 10.5, 72, 690, "北浜工業大学 工学部"),
            (JA, 11, 72, 660, "1. はじめに"),
            (JA, 10.5, 72, 642, "小規模な漁港では潮位の記録が少なく、防災に使える観測網は整っていない。"),
            (JA, 10.5, 72, 626, "本研究では安価な潮位計三台を一つの岸壁に設置し、一冬の記録を比べた。")]
    [talk] = run_pdf(drawn_pdf([page])).talks
    assert talk.title.ja is not None and talk.title.ja.text == "小規模漁港における潮位観測の試み"
    assert "港湾技術研究会論文集 第12巻 第3号" in [t.text for t in talk.front]


def _manual(lines: list[tuple[float, str]]) -> bytes:
    """A package manual's cover, centred lines (size, text) from the top, then its first section."""
    runs, y = [], 700
    for size, text in lines:
        runs.append((JA, size, 200, y, text))
        y -= size + 12
    runs += [(JA, 14, 72, y - 40, "1 パッケージの読み込み"),
             (JA, 10, 72, y - 66, "プリアンブルで読み込む。オプションは今のところ一つもない。"),
             (JA, 10, 72, y - 82, "読み込む順番には決まりがなく、どのエンジンでも同じように動く。")]
    return drawn_pdf([runs])


def test_a_bracketed_line_under_a_manual_s_title_is_its_subtitle55():
    [talk] = run_pdf(_manual([(17.2, "tidegauge パッケージ"), (15.9, "（利用者向けの解説）"), (12, "山本 誠"),
                              (12, "v2.1 [2024/05/01]")])).talks
    assert talk.title.ja is not None and "".join(talk.title.ja.text.split()) == "tidegaugeパッケージ"
    assert talk.subtitle.ja is not None and talk.subtitle.ja.text == "（利用者向けの解説）"


def test_a_bracketed_subtitle_takes_the_lines_in_its_size55():
    [talk] = run_pdf(_manual([(17.2, "TGcls パッケージ"), (17.2, "（潮位観測文書クラス集）"), (15.9, "利用者の手引き"),
                              (12, "山本 誠"), (12, "v1.4 [2024/05/01]")])).talks
    assert talk.title.ja is not None and "".join(talk.title.ja.text.split()).startswith("TGclsパッケージ")
    assert "利用者の手引き" not in talk.title.ja.text


def test_a_mark_in_brackets_under_a_title_is_no_subtitle55():
    # ``（案）`` under the title is its draft mark, no subtitle; the title stays
    [talk] = run_pdf(_manual([(17.2, "潮位観測の手引き"), (15.9, "（案）"), (12, "港湾計画課")])).talks
    assert talk.title.ja is not None and talk.title.ja.text == "潮位観測の手引き"
    assert talk.subtitle.ja is None or talk.subtitle.ja.text != "（案）"


def test_a_display_title_read_after_the_authors_side_column55():
    # the authors and their affiliations in a narrow left column, the 24 pt title at the top of the wide right one;
    # the author's name (12.7 pt, its generational suffix read as no name's: a title over the affiliation) read first
    # is no title beside the headline
    side = [(EN_BOLD, 12.7, 40, 740, "Robert K. Hansen III"), (EN, 8, 40, 726, "Associate Professor"),
            (EN, 8, 40, 716, "Tide Research Laboratory,"), (EN, 8, 40, 706, "Department of Ocean Engineering,"),
            (EN, 8, 40, 696, "Northfield Institute of Technology,"), (EN, 8, 40, 686, "Tromso, Norway")]
    main = [(EN_BOLD, 24, 220, 750, "Counting Tides on"), (EN_BOLD, 24, 220, 724, "a Small Quay"),
            (EN, 9, 220, 690, "Small harbours keep few records of their tides, and the records they"),
            (EN, 9, 220, 679, "keep were made for pilots rather than for the people on the quay. We"),
            (EN, 9, 220, 668, "compare three gauges set on one quay over a whole winter season.")]
    [talk] = run_pdf(drawn_pdf([side + main], size=LETTER)).talks
    assert talk.title.en is not None and talk.title.en.text == "Counting Tides on a Small Quay"
