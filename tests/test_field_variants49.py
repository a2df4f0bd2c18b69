"""Field faults (../shared/field) in other shapes than the field cases show them: session 49's variants.

Each is a made-up document with one field case's kind of damage set another way (other words, position, numbering,
script); before its fix each failed.
"""

from __future__ import annotations

from tests.segment_inputs import run_text

BRACKETED_SECTIONS_HYPHENATED_SUBSECTIONS = """\
商店街における外国語表示の調査

鈴木次郎（架空大学観光学部）

（1）研究の背景
外国人客の増加に伴い、商店街の表示にも変化が見られる。
（2）方法
2-1 調査地
県内の二つの商店街を選んだ。
2-2 記録
店頭の表示を写真に撮り、言語ごとに分類した。
（3）結論
表示の多言語化は一部の店舗にとどまっていた。
"""


def test_a_plain_papers_bracketed_sections_stay_headings_beside_hyphenated_subsections() -> None:
    # field case 13a numbers its sections 1. 2. 3.; a paper may bracket them (（1）…（3）) and hyphenate the
    # subsections (2-1, 2-2): the two-part arabic numbers made arabic the top level, and the bracketed headings
    # became paragraphs (（3）結論 glued under 2-2) or front matter
    talk = run_text(BRACKETED_SECTIONS_HYPHENATED_SUBSECTIONS).talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "研究の背景"), ("2", "方法"), ("2.1", "調査地"), ("2.2", "記録"), ("3", "結論")]
    assert not talk.front


ENGLISH_PAPER_ONE_HEADING_IN_FAKE_BOLD = """\
Night Markets and Small Harbours

Tom Reyes (Example Institute of Tourism)

1. Background
Night markets draw visitors to harbours after the ferries stop.
22.. SSttuuddyy AArreeaa
Four harbour towns on one coast were visited twice.
3. Findings
Stalls near the piers stayed open longest.
"""


def test_an_english_papers_one_fake_bold_heading_folds_where_its_number_fits_the_sequence() -> None:
    # field case 02m doubles a Japanese heading (proof alone) and an English slide title beside it; here the only
    # doubled line is an English paper's heading: one Latin line is no proof alone, but its folded number 2 between
    # sections 1 and 3 is (a section "22" titled "RReellaatteedd" otherwise)
    doc = run_text(ENGLISH_PAPER_ONE_HEADING_IN_FAKE_BOLD)
    talk = doc.talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Background"), ("2", "Study Area"), ("3", "Findings")]


def test_a_lone_doubled_english_line_out_of_any_numbering_stays_as_written() -> None:
    from pipeline.clean.interleaved import collapse_fake_bold
    from pipeline.clean.edits import Line
    from pipeline.model import Text

    for texts in (["1. Printers", "CChheecckk yyoouurr dduupplleexx sswwiittcchh..", "2. Paper"],  # no number
                  ["1. Printers", "55.. NNootteess", "2. Paper"]):  # folded 5 is out of step
        out, changes = collapse_fake_bold(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1)))
        assert [line.text.text for line in out] == texts and not changes


DECK_FOOT_WITH_PAGE_WORD = """\
Quiet Streets Programme
Lessons from Three Neighbourhoods

Where we started
Through traffic on school roads
Parents asked for safer crossings
Riverside Council Transport Team | Page 2

What we tried
Planters closed two junc-
tions for a trial month
Riverside Council Transport Team | Page 3

What changed
Fewer cars at the school gate
Riverside Council Transport Team | Page 4

Questions?
Riverside Council Transport Team | Page 5
"""

DECK_FOOT_WITH_WIDE_GAP = """\
Quiet Streets Programme
Riverside Council Transport Team

Where we started
Through traffic on school roads
Riverside Council Transport Team      2

What we tried
Planters at two junctions
Riverside Council Transport Team      3

Questions?
Riverside Council Transport Team      4
"""


def test_a_decks_repeated_foot_carrying_the_slide_number_goes_to_the_ledger_and_still_parts_the_slides() -> None:
    # field case 16 prints its footer and the slide number on lines of their own; a foot may carry the number on
    # its line (after a bar and a page word, or a wide gap), and its last slide may be one line: the foot stayed
    # slide text (``… | Page``), or, set aside whole, took the slide numbers with it and the slides ran together
    for text, titles in ((DECK_FOOT_WITH_PAGE_WORD, ["Where we started", "What we tried", "What changed", "Questions?"]),
                         (DECK_FOOT_WITH_WIDE_GAP, ["Where we started", "What we tried", "Questions?"])):
        doc = run_text(text)
        talk = doc.talks[0]
        slides = [s for s in talk.slides if s.title.text in titles]
        assert [s.title.text for s in slides] == titles
        assert [s.number for s in slides] == list(range(2, 2 + len(titles)))
        assert not any("Transport Team" in t.text for s in slides for t in s.lines)
        feet = [r.text for r in doc.ledger if r.rule == "page_furniture" and r.reason == "running-footer"]
        assert len(feet) == len(titles) and all("Riverside Council Transport Team" in f for f in feet)


def test_a_table_of_numbered_rows_is_no_running_head() -> None:
    from pipeline.segment.furniture import folio_lines
    from pipeline.segment.layout import Layout
    from pipeline.model import Text

    rows = ["Scores by round", "Round   1", "Round   2", "Round   3", "Round   4", "All rounds were played."]
    assert folio_lines([Text.from_raw(s, n) for n, s in enumerate(rows, 1)], Layout.plain()) == {}


def test_an_english_fill_in_a_sentence_naming_a_place_in_capitals_takes_lower_case() -> None:
    # field case 19m copies a title's capital into a sentence; here the sentence itself names a place in capitals
    # (``the Lighthouse Gallery``), which had made it read as a line in title case: ``the old Quay wall``
    from pipeline.restore import restore_text

    text = "The boats tie up at the quay.\nVisit the Lighthouse Gallery and the old \ufffduay wall.\nA Walk by the \ufffduay Side\n"
    fills = [r["restored"] for r in restore_text(text)["repairs"]]
    assert fills == ["q", "Q"]


FAKE_BOLD_TABLE_HEAD = """\
佐世保市
港と基地の町の国際交流
佐世保市国際政策課長 木村 洋子
1. 概要
本市は長崎県の北部に位置する。
22.. 受受入入れれのの推推移移
| 区区分分 | 人人数数 |
| 留学生 | 120 |
| 研修生 | 45 |
受け入れは年々増えている。
Sasebo City
International Exchange of a Harbour Town
Thank you
"""


def test_a_fake_bold_table_head_between_cell_rules_folds() -> None:
    # field case 02m doubles a heading; a table's head row set in fake bold, its cells between a converter's rules
    # (``|``, drawn as lines, never doubled), stayed ``| 区区分分 | 人人数数 |``
    talk = run_text(FAKE_BOLD_TABLE_HEAD).talks[0]
    texts = [" ".join(p.text.split()) for s in talk.sections for p in s.paragraphs]  # cells may be parted by TABs
    assert "| 区分 | 人数 |" in texts and "| 留学生 | 120 |" in texts
    assert [s.title.text for s in talk.sections] == ["概要", "受入れの推移"]
