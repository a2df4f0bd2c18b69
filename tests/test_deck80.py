"""Session 80, helper deck80: a document's numbered pages are no deck's slides where most of them hold what a slide
does not (tables of many rows and columns, many lines): meeting materials, 議案書, an AGM pack (issue 16 points 1–2,
fresh-user trial 80a's PTA 総会資料). Inputs in tests/data/deck80/ (kept in /work/regress/in_deck80/), each with its
``.expected.md`` written before the run."""

from pathlib import Path

from segmenting import only_talk_of, slides_of

DATA = Path(__file__).parent / "data" / "deck80"


def _tables(talk):
    return [rows for s in talk.sections for _, rows in s.tables] + [rows for _, rows in talk.front_tables]


def test_pta_meeting_materials_are_a_document():
    # trial 80a: three pages closed by ``－ N －`` folios, 議案 pages holding a 決算 table of 6 rows × 4 cells and an
    # officers' table; it had been a deck of 4 slides, the folios their numbers and the tables slide lines
    talk, _ = only_talk_of(DATA / "trial80a_pta.txt")
    assert talk.shape != "deck" and talk.slides == ()
    assert sorted(_tables(talk))[-2:] == [5, 6]


def test_gikai_papers_with_three_motions_are_a_paper():
    talk, _ = only_talk_of(DATA / "gian3.txt")
    assert talk.shape != "deck" and talk.slides == ()
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "令和6年度 事業報告"), ("2", "令和6年度 収支決算報告"), ("3", "令和7年度 役員選任の件")]


def test_english_agm_pack_is_no_deck():
    # its agenda and items over blank lines had also read as slide boxes: inside a document's pages they are none
    talk, _ = only_talk_of(DATA / "agm_pack.txt")
    assert talk.shape != "deck" and talk.slides == ()
    assert sorted(_tables(talk))[-2:] == [5, 6]


def test_short_deck_with_dashed_folios_stays_a_deck():
    # near miss (passes on the base too): slides of a few short lines each, numbered ``－ N －``
    talk, _ = only_talk_of(DATA / "short_deck_folios.txt")
    assert talk.shape == "deck"
    assert [t for _, t, _ in slides_of(talk)][1:] == ["現状", "課題", "今後の方向性"]


def test_deck_with_one_table_slide_stays_a_deck():
    # near miss (passes on the base too): one slide in four holds a table; most pages are slides
    talk, _ = only_talk_of(DATA / "deck_one_table.txt")
    assert talk.shape == "deck"
    assert [t for _, t, _ in slides_of(talk)][1:] == ["Why cargo bikes?", "Trial costs", "Next steps"]
