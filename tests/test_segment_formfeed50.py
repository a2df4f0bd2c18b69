"""A form feed anywhere in a text dump's line is a page break (issue 16, helper seg50).

A dump whose pages were joined without a line break (``― 1 ―\\f第2章 交流の歴史``: the footer, then the next page's first
line) had kept the footer as text and lost the heading after it into a paragraph; only a form feed at a line's start
parted pages. The part before a form feed ends a page, the part after starts the next, and page numbers, running
footers and headings are read as they are at a line-start form feed. Every text here is made up; extract, clean and
segment run for real, with segment's conservation check held.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.layout import derived_layout
from segment_inputs import furniture, run_text

BODY_JA = "本市は港町であり、古くから海外との交流の窓口として栄えてきた。港を中心に発展した町並みには今も多くの国の文化が息づいている。"
BODY_EN = "Island ferries carry residents, freight and visitors on the same boats, and the timetable decides the day."


def _ja(sep: str) -> str:
    return ("港町の国際交流の歩み\n山田 太郎（港市国際課）\n\n"
            f"第1章 はじめに\n{BODY_JA}\n{BODY_JA}\n― 1 ―{sep}第2章 交流の歴史\n{BODY_JA}\n{BODY_JA}\n"
            f"― 2 ―{sep}第3章 今後の課題\n{BODY_JA}\n― 3 ―\n")


def _en(sep: str, folio: str = "- {} -", heading: str = "Chapter {} {}") -> str:
    heads = [heading.format(n, name) for n, name in ((1, "Introduction"), (2, "Methods"), (3, "Results"))]
    return ("Harbour Ferries and Island Life\nMika Sato, Island Transport Office\n\n"
            f"{heads[0]}\n{BODY_EN}\n{BODY_EN}\n{folio.format(1)}{sep}{heads[1]}\n{BODY_EN}\n{BODY_EN}\n"
            f"{folio.format(2)}{sep}{heads[2]}\n{BODY_EN}\n{folio.format(3)}\n")


def _read(text: str):
    doc = run_text(text)
    [talk] = doc.talks
    return [(s.number, s.title.text) for s in talk.sections], [t for t, reason in furniture(doc) if reason == "page-number"]


@pytest.mark.parametrize("make, sections, folios", [
    (_ja, [("1", "はじめに"), ("2", "交流の歴史"), ("3", "今後の課題")], ["― 1 ―", "― 2 ―", "― 3 ―"]),
    (_en, [("1", "Introduction"), ("2", "Methods"), ("3", "Results")], ["- 1 -", "- 2 -", "- 3 -"]),
    (lambda sep: _en(sep, "{}", "{}. {}"), [("1", "Introduction"), ("2", "Methods"), ("3", "Results")], ["1", "2", "3"]),
])
def test_a_form_feed_inside_a_line_parts_pages_as_one_at_its_start(make, sections, folios):
    at_start = _read(make("\n\f"))
    assert at_start == (sections, folios)  # the reading a line-start form feed gives, as it did before
    assert _read(make("\f")) == at_start
    assert _read(make("\f\n")) == at_start  # a form feed ending the line: the next line starts the page


def test_a_form_feed_right_after_body_text_ends_the_page_there():
    text = ("Harbour Ferries and Island Life\nMika Sato, Island Transport Office\n\n1. Introduction\n"
            f"{BODY_EN}\n{BODY_EN}\fHarbour Ferries and Island Life\n{BODY_EN}\n2. Results\n{BODY_EN}\f"
            f"Harbour Ferries and Island Life\n{BODY_EN}\n")
    doc = run_text(text)
    [talk] = doc.talks
    assert [s.title.text for s in talk.sections] == ["Introduction", "Results"]
    # the running head at each later page's start is furniture, never glued to the body text before it
    assert [t for t, reason in furniture(doc) if reason == "running-header"] == ["Harbour Ferries and Island Life"] * 2
    assert not [p.text for s in talk.sections for p in s.paragraphs if "Island Life" in p.text]


def test_the_pages_and_the_ledger_of_a_form_feed_inside_a_line():
    raw = "abc\n― 1 ―\f第2章 交流\nxyz\n"
    assert [(lay.page, lay.breaks) for lay in derived_layout(raw.split("\n")[:-1])] == [(1, ()), (1, (5,)), (2, ())]
    cleaned = clean(extract(raw.encode(), name="x.txt"))
    assert [(t.text, t.first_pos()) for t in cleaned.lines] == [("abc", (1, 0)), ("― 1 ―", (2, 0)), ("第2章 交流", (2, 6)),
                                                                ("xyz", (3, 0))]
    # nothing lost: the form feed is in the ledger at its raw column, and no cleaned line holds it
    assert [(r.line, r.col, r.text) for r in cleaned.ledger] == [(2, 5, "\f")]


def test_a_lost_glyph_spelled_before_the_form_feed_keeps_raw_columns():
    raw = "a(cid:12)b\fc\n"
    [lay] = derived_layout(["a\ufffdb\fc"], source=["a(cid:12)b\fc"])
    assert lay.breaks == (10,)
    cleaned = clean(extract(raw.encode(), name="x.txt"))
    assert [(t.text, t.first_pos()) for t in cleaned.lines] == [("a\ufffdb", (1, 0)), ("c", (1, 11))]


def test_pdfminer_shaped_dumps_keep_their_pages():
    lines = ["Title", "", "body one", "", "\fbody two", "", "\fbody three", "", "\f"]
    assert [lay.page for lay in derived_layout(lines)] == [1, 1, 1, 1, 2, 2, 3, 3, 4]
    assert all(lay.breaks == () for lay in derived_layout(lines))
