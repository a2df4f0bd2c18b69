"""Tables (issue 16 point 2, trial 28): a run of two rows or more, each with the same number of cells (two or more)
parted by TABs (a dump's wide spaces between aligned columns are TABs after clean), is a table: its rows stay one a
paragraph in the segment record, marked ``Section.tables`` / ``Talk.front_tables``, never joined into prose or read
as a heading; the talk JSON writes it as one paragraph of ``kind: "table"`` with its ``rows`` of cells, its text,
tokens, sentences (one a row) and map valid, and the corpus JSONL says so."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from pipeline.structure.document import text_with_origin, talk_from_json
from pipeline.structure.schema import schema_errors
from tests.segment_inputs import run_text
from tests.test_structure_english import run

EN_REPORT = """\
Harbour Survey Notes

1. Measurements

We measured the mouth and the flow at three quays in May. The figures are:

Site\tMouth (m)\tFlow (m/s)
North Quay\t12.5\t0.8
South Quay\t9.0\t1.1
East Basin\t14.2\t0.4

The flow at the south quay was the highest of the three.

2. Next Steps

We will repeat the survey in the autumn.
"""

EN_ALIGNED = EN_REPORT.replace("Site\tMouth (m)\tFlow (m/s)\nNorth Quay\t12.5\t0.8\nSouth Quay\t9.0\t1.1\nEast Basin\t14.2\t0.4",
                               "Site           Mouth (m)     Flow (m/s)\nNorth Quay     12.5          0.8\n"
                               "South Quay     9.0           1.1\nEast Basin     14.2          0.4")

JA_REPORT = """\
みどりの森ネットワーク 会報

1. 収支

主な収支は次のとおりである。

項目\t2024年度\t2025年度
会費収入\t320,000円\t355,000円
寄付金\t150,000円\t210,000円

2. 今後の計画

来年度は新たに里山一か所の保全を始める予定である。
"""

ROWS_EN = [("Site", "Mouth (m)", "Flow (m/s)"), ("North Quay", "12.5", "0.8"), ("South Quay", "9.0", "1.1"),
           ("East Basin", "14.2", "0.4")]


@pytest.mark.parametrize("text, rows", [(EN_REPORT, 4), (EN_ALIGNED, 4), (JA_REPORT, 3)])
def test_a_run_of_tab_rows_is_a_table_row_by_row(text, rows) -> None:
    [talk] = run_text(text).talks
    first = talk.sections[0]
    assert first.tables == ((1, rows),)
    assert [p.text.count("\t") for p in first.paragraphs[1:1 + rows]] == [2] * rows  # one row a paragraph
    assert len(talk.sections) == 2  # no row is a heading


def test_tables_in_front_are_marked_too() -> None:
    [talk] = run_text("Opening hours\tWeekdays\tWeekends\nLibrary\t9-18\t10-16\nCafe\t8-17\t9-15\n\n"
                      "The library is closed on public holidays. Please check the notice board.\n").talks
    assert talk.front_tables == ((0, 3),) and not talk.sections


@pytest.mark.parametrize("rows", [
    "Name:\tAnna Berg\nStudent ID:\t20T3045\n",  # a form's fields
    "1.\tBuy rope for the boat\n2.\tMend the net before Friday\n",  # a list's items after their marks
    "Site\tMouth\tFlow\nNorth Quay\t12.5\n",  # the cells do not agree
    "Site\tMouth\tFlow\n",  # a row alone
    "17\t\\newdimen\\Cht\n18\t\\Cht=1zw\n19\t\\Cwd=1zw\n",  # a listing beside its line numbers (a TeX manual's)
    "-i\t標準入力を索引リストとして使用します．\n-l\t単語の空白を詰めます．\n",  # an option's note: running text
    "R\tO\tQ\nB\tP\tC\n",  # a figure's labels
    "Round\t1\nRound\t2\n",  # one label beside a counter
    "Intro\t. . . . . . . 3\nMethod\t. . . . . . 7\n",  # a leader's entries
])
def test_what_is_no_table(rows) -> None:
    [talk] = run_text("A Small Note\n\n1. Items\n\nThe items follow here in a short list for the crew.\n\n" + rows
                      + "\nThat is all for this week.\n").talks
    assert not talk.front_tables and not any(s.tables for s in talk.sections)


def test_the_talk_json_writes_a_table_as_one_paragraph_with_its_rows(tmp_path) -> None:
    talk, records, docbin = run(tmp_path, "survey.txt", EN_REPORT)
    assert schema_errors(talk) == []
    [table] = [p for s in talk["paper"]["sections"] for p in s["paragraphs"] if p.get("kind") == "table"]
    assert [tuple(r) for r in table["rows"]] == ROWS_EN
    assert table["text"].split("\n") == ["\t".join(r) for r in ROWS_EN]
    assert [table["text"][s["start"]:s["end"]] for s in table["sentences"]] == ["\t".join(r) for r in ROWS_EN]
    text_with_origin(table["text"], table["map"])  # the map covers the text, the joining line breaks inserted
    assert all(table["text"][t["start"]:t["end"]] == t["surface"] for t in table["tokens"])
    assert table["lang"] == "en" and table["source"]["line"] == 7
    prose = [p for s in talk["paper"]["sections"] for p in s["paragraphs"] if p.get("kind") is None]
    assert all("\t" not in p["text"] and "rows" not in p for p in prose)
    [record] = [r for r in records if "table" in r]
    assert record["kind"] == "paragraph" and [tuple(r) for r in record["table"]] == ROWS_EN
    assert talk_from_json(talk).paper.sections[0].paragraphs[1].kind == "table"
    from pipeline.report import blocks_from_talk
    assert [b.label for b in blocks_from_talk(talk_from_json(talk), "t")].count("table") == 1  # the report says so
    import spacy
    docs = list(DocBin().from_disk(docbin).get_docs(spacy.blank("en").vocab))
    assert any(d.user_data.get("table") for d in docs)


def test_a_japanese_table_is_tokenized_as_japanese(tmp_path) -> None:
    talk, _, _ = run(tmp_path, "kaiho.txt", JA_REPORT)
    assert schema_errors(talk) == []
    [table] = [p for s in talk["paper"]["sections"] for p in s["paragraphs"] if p.get("kind") == "table"]
    assert table["lang"] == "ja" and table["rows"][1] == ["会費収入", "320,000円", "355,000円"]
    assert len(table["sentences"]) == 3


@pytest.mark.parametrize("rows, n", [
    ("Component\tWeight\tDue\nHomework\t30%\tBiweekly\nFinal exam\t25%\tDecember 15\n", 3),  # a percent is no comment
    ("会場\t定員\n市民会館\t1,200\n", 2),  # a two-character Japanese header is no formula's piece
])
def test_a_syllabus_or_a_notice_keeps_its_table(rows, n) -> None:
    [talk] = run_text("A Small Note\n\n1. Items\n\nThe items follow here in a short table for the crew.\n\n" + rows
                      + "\nThat is all for this week.\n").talks
    assert talk.sections[0].tables == ((1, n),)
