"""Issue 16, fresh-user trial 84a (helper pdf84): PDF tables, a chapter's title and doubled rows, on made-up PDFs
(reportlab, ``tests/data/pdf84/make_pdfs.py``; their expected readings in /work/regress/in_pdf84/*.truth.md).

* a table of three columns of short phrases, each column a text box of pdfminer's, reads row by row;
* a table's row carried to the next page's head is a row of that table (English and Japanese);
* a step or a table's row printed twice, a line apart, loses its copy;
* a chapter's heading over sections numbered under it titles the file.

Near misses (two and three columns of prose, a list of steps) pass on the base too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tests.segment_inputs import run_file  # noqa: E402

DATA = Path(__file__).parent / "data" / "pdf84"


def _lines(name: str) -> tuple[list[str], list]:
    from pipeline.clean import clean
    from pipeline.extract import extract

    cleaned = clean(extract((DATA / name).read_bytes(), name=name))
    return [line.text for line in cleaned.lines if line.text.strip()], list(cleaned.ledger)


def _tables(doc) -> list[list[str]]:
    """Each table's rows (``Section.tables``: first paragraph, rows)."""
    [talk] = doc.talks
    return [[p.text for p in s.paragraphs[first:first + rows]] for s in talk.sections for first, rows in s.tables]


def test_three_columns_of_phrases_read_row_by_row():
    lines, _ = _lines("en_manual_table.pdf")
    assert "Code\tMeaning\tWhat to do" in lines
    assert "E2 on display\tBoiler too hot\tSwitch off and let it cool for an hour" in lines
    assert "What to do" not in lines and "Boiler too hot" not in lines


def test_row_carried_to_next_page_joins_its_table():
    lines, _ = _lines("en_timetable_carried.pdf")
    assert "13:00\tKnitting circle for all ages\tStudio B" in lines
    lines, _ = _lines("ja_programme_table.pdf")
    assert "16:00\t閉会式\t大ホール" in lines and "閉会式" not in lines


def test_doubled_step_and_doubled_row_lose_their_copy():
    lines, ledger = _lines("en_manual_table.pdf")
    step = "2. Dissolve one tablet in the tank and wait until it has stopped fizzing."
    assert lines.count(step) == 1
    lines, _ = _lines("en_timetable_carried.pdf")
    assert lines.count("10:00\tWatercolour painting\tStudio B") == 1
    lines, _ = _lines("ja_programme_table.pdf")
    assert lines.count("11:30\t手打ちそば試食会\t調理室") == 1


def test_chapter_over_its_numbered_sections_titles_the_file():
    doc = run_file((DATA / "en_manual_table.pdf").read_bytes(), "en_manual_table.pdf")
    [talk] = doc.talks
    assert talk.title.en.text == "Descaling the Machine"
    assert [s.number for s in talk.sections] == ["6.1", "6.2", "6.3", "6.4"]


def test_japanese_programme_tables_whole():
    doc = run_file((DATA / "ja_programme_table.pdf").read_bytes(), "ja_programme_table.pdf")
    tables = _tables(doc)
    assert len(tables) == 2
    rows = tables[1]
    assert rows[0] == "時間\t催し\t会場" and rows[-1] == "16:00\t閉会式\t大ホール" and len(rows) == 7


def test_near_miss_prose_columns_stay_prose():
    """Near miss (passes on the base too): two and three columns of prose are no table."""
    for name in ("near_twocol_prose.pdf", "near_threecol_prose.pdf"):
        lines, _ = _lines(name)
        assert not any("\t" in line for line in lines)


def test_near_miss_steps_stay():
    """Near miss (passes on the base too): a list of steps, none printed twice, keeps every step."""
    lines, ledger = _lines("near_steps.pdf")
    assert sum(line[:2] in ("1.", "2.", "3.", "4.") for line in lines) == 4
    assert not any(getattr(row, "reason", "") == "doubled-layer" for row in ledger)
