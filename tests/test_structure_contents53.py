"""Issue 16 (session 53): a table of contents' entries carry their reading beside the text as printed: ``title``
without the leader and the page number, ``page`` as printed or null (a reader had to strip the leaders of every
entry; helper council53 found the leaders kept in all 34 corpus documents with contents). Made-up documents."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("entry, title, page", [
    ("1. Introduction .......... 1", "1. Introduction", "1"),
    ("2.1 Background\t3", "2.1 Background", "3"),
    ("第2章 方法 ・・・・・・ 12", "第2章 方法", "12"),
    ("Preface . . . . . . iv", "Preface", "iv"),
    ("付録A 用語集", "付録A 用語集", None),
    ("2024年度の取組と実績12", "2024年度の取組と実績12", None),  # glued to a word: the title's digits
])
def test_an_entrys_title_and_page(entry, title, page):
    from pipeline.segment.contents import entry_parts

    assert entry_parts(entry) == (title, page)


def test_the_talk_json_gives_each_entrys_title_and_page(tmp_path):
    from pipeline.cli import main

    raw = tmp_path / "report.txt"
    raw.write_text("Harbour Parks Annual Report 2024\n\nContents\n1. Introduction .......... 1\n"
                   "2. Park Usage .......... 2\n3. Budget .......... 3\n\n1. Introduction\nThis report sets out the "
                   "year's work in the harbour parks.\n\n2. Park Usage\nVisits rose by a tenth over the year.\n\n"
                   "3. Budget\nSpending stayed within the plan.\n", encoding="utf-8")
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "talks").rglob("*.json")]
    [talk] = [d for d in docs if "paper" in d]
    contents = talk["paper"]["contents"]
    assert [(c["title"], c["page"]) for c in contents] == [("1. Introduction", "1"), ("2. Park Usage", "2"), ("3. Budget", "3")]
    assert [c["text"] for c in contents][0] == "1. Introduction .......... 1"  # as printed, every character kept
    assert [s["number"] for s in talk["paper"]["sections"]] == ["1", "2", "3"]
