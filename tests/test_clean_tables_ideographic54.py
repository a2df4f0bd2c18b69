"""A table a writer lines up with full-width spaces (trial 54: ``品目　　　数量　　　金額`` rows were no table, though the
same rows parted by TABs are one). Runs of two ideographic spaces or more part the cells where three raw-adjacent rows
or more share their cell count (``pipeline/clean/tables.py``); one ideographic space parts two words and stays, and an
indented paragraph's opening ones are no cell's. Correct results written before the change; made-up documents."""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.extract import extract
from segment_inputs import run_text

I = "\u3000"

TABLE = [f"品目{I * 3}数量{I * 3}金額", f"りんご{I * 2}10{I * 4}1,200", f"みかん{I * 2}20{I * 4}800",
         f"ぶどう{I * 2}5{I * 4} 2,500"]
CELLS = ["品目\t数量\t金額", "りんご\t10\t1,200", "みかん\t20\t800", "ぶどう\t5\t2,500"]


def cleaned(text: str):
    return clean(extract(text.encode(), name="raw/t.txt"))


def test_rows_parted_by_runs_of_ideographic_spaces_are_a_table_54():
    doc = cleaned("\n".join(["事業費の内訳", "", *TABLE, "", "以上のとおり報告する。", ""]))
    assert [t.text for t in doc.lines] == ["事業費の内訳", *CELLS, "以上のとおり報告する。"]
    rows = [r for r in doc.ledger if r.reason == "table-cell"]
    assert len(rows) == 8 and all(set(r.text) <= {I, " "} for r in rows)  # every full-width space in a row


def test_the_table_is_read_as_its_tab_separated_twin_54():
    body = ["事業費の内訳", "", "本年度の事業費は次のとおりである。", ""]
    wide = run_text("\n".join([*body, *TABLE, "", "以上のとおり報告する。", ""]))
    tabs = run_text("\n".join([*body, *CELLS, "", "以上のとおり報告する。", ""]))
    shape = lambda doc: [([p.text for p in s.paragraphs], s.tables) for t in doc.talks for s in t.sections]
    assert shape(wide) == shape(tabs)
    assert any(s.tables for t in wide.talks for s in t.sections)


def test_one_ideographic_space_or_an_indent_or_two_rows_are_no_table_54():
    names = [f"山田{I}太郎", f"佐藤{I}花子", f"鈴木{I}一郎"]  # a name's parts: one ideographic space each
    assert [t.text for t in cleaned("\n".join(names) + "\n").lines] == names
    prose = [f"{I}本市は港町である。{I}{I}古くから交易で栄えた。", f"{I}{I}市内には三つの港がある。", f"{I}港町{I}Harbor Town"]
    assert not any("\t" in t.text for t in cleaned("\n".join(prose) + "\n").lines)
    two = [f"品目{I * 3}数量", f"りんご{I * 2}10"]
    assert [t.text for t in cleaned("\n".join(two) + "\n").lines] == two
