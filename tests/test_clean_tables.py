"""A text dump's table of two rows: the cells parted when the dump lines its columns up (``pipeline/clean/tables.py``)."""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.extract import extract
from segment_inputs import run_text


def cleaned_lines(text: str) -> list[str]:
    return [line.text for line in clean(extract(text.encode(), name="raw/t.txt")).lines]


def test_a_header_and_one_row_aligned_by_runs_of_spaces_are_a_table():
    assert cleaned_lines("会場        定員\n市民会館    1,200\n") == ["会場\t定員", "市民会館\t1,200"]
    assert cleaned_lines("Venue        Host\nCivic Hall   Aoba City\n") == ["Venue\tHost", "Civic Hall\tAoba City"]
    assert cleaned_lines("  Stop        Line\n  Old Market  Route 9\n") == ["Stop\tLine", "Old Market\tRoute 9"]


def test_two_rows_that_do_not_line_up_or_use_single_spaces_stay_as_written():
    assert cleaned_lines("会場  定員\n市民会館    1,200\n")[0] == "会場  定員"
    assert not any("\t" in line for line in cleaned_lines("地区 世帯数\n東町 1,240\n"))  # one space shows no column
    assert cleaned_lines("Q:  Are you married?\nA:  No, I'm divorced.\n") == ["Q:  Are you married?", "A:  No, I'm divorced."]
    prose = "It rained all morning.  We left\nat noon.  The ferry was late.\n"
    assert cleaned_lines(prose) == prose.splitlines()


def test_two_row_table_is_not_glued_into_a_paragraph():
    doc = run_text("表4 会場の概要\n会場        定員\n市民会館    1,200\n会場は駅から徒歩五分の距離にあり、当日は臨時の案内所を設ける。\n")
    texts = [p.text for t in doc.talks for p in [*t.front, *(q for s in t.sections for q in s.paragraphs)]]
    assert "会場\t定員" in texts and "市民会館\t1,200" in texts
