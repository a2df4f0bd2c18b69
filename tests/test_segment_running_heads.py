"""A running head atop every page after the first (a report's first page opens with its title block instead), on
made-up documents parted by form feeds: page furniture from two copies when the head shows what a head prints
(the document's title or its number, a part set off by a wide space), while a line that merely opens two pages (a
heading, a table's header row) stays in the text.
"""

from __future__ import annotations

import pytest

from segment_inputs import furniture, paragraphs, run_text as run

TITLE = "Tidal Power in Small Harbours"
FRONT = ["Working Paper WP-2025-11", TITLE, "Mina Sato and Ole Berg", "Harbour Energy Group, Port of Kestrel", ""]
PAGES = [
    ["1. Background", "Small harbours see two tides a day, and the water that runs through their mouths could turn",
     "a turbine for most of the hours between them. We measured the flow at four harbours over a year.", ""],
    ["2. Sites", "The four harbours differ in the width of their mouths and in the depth of their channels, and",
     "the two narrow ones gave the strongest flow on every spring tide we recorded.", ""],
    ["3. Output", "A turbine of two metres would have run for eleven hours a day at the narrow harbours, and for",
     "seven at the wide ones, enough to light the quays and to charge the pilot boats.", ""],
    ["4. Outlook", "The next step is a trial turbine at one of the narrow harbours, with the fishing fleet's help.", ""],
]


def _report(head: str | None, pages=PAGES) -> str:
    out = FRONT + pages[0]
    for page in pages[1:]:
        out += ["\f" + head, ""] + page if head is not None else ["\f" + page[0]] + page[1:]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("head", [
    f"{TITLE}                    WP-2025-11",  # the title set left, the paper's number set right
    "WP-2025-11                    Harbour Energy Group",  # the number and a publisher's name
    f"Harbour Energy Group          {TITLE}",  # the title set right
])
@pytest.mark.parametrize("pages", [3, 4])
def test_a_head_atop_every_page_after_the_first_is_furniture(head, pages):
    doc = run(_report(head, PAGES[:pages]))
    talk = doc.talks[0]
    assert talk.title.en.text == TITLE
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == [head] * (pages - 1)
    assert not [p for p in paragraphs(talk) if "WP-2025" in p or "Harbour Energy Group" in p]
    assert [s.title.text for s in talk.sections][:pages] == ["Background", "Sites", "Output", "Outlook"][:pages]


def test_a_head_on_the_one_page_after_a_form_feed_is_furniture():
    """Decision revised in session 73 (helper brk73, after helper furn72's head seen once beside a two-page document's
    folio): a head atop the one page after a form feed that repeats page 1's top and shows a head's part (the title set
    left, the paper's number set right) is furniture; it had stayed text as no recurrence. Pages a text's layout
    guesses without a form feed break no page for this rule (tests/test_segment_order63b.py)."""
    doc = run(_report(f"{TITLE}                    WP-2025-11", PAGES[:2]))
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == [f"{TITLE}                    WP-2025-11"]


@pytest.mark.parametrize("line", [
    "References",  # a heading that happens to open two pages
    "Site          Mouth (m)          Flow (m/s)",  # a table's header row repeated on each page it runs over
    "Harbour Energy Group",  # a line with no title and no number in it
])
def test_a_line_that_only_opens_every_later_page_stays_text(line):
    # three pages: two copies (on three later pages the documented rule of three pages takes any line)
    doc = run(_report(line, PAGES[:3]))
    assert not [text for text, reason in furniture(doc) if reason == "running-header"]
    assert not [r for r in doc.ledger if line in r.text]  # kept as text (segment's conservation check holds in run)
