"""Running footers and headers longer than a short head's 60 characters (issue 16 point 4; trial 52b's council report).

A local authority's report prints one long line at each page's foot (``<Council> - <Committee> <date> - <report>``,
65 to 80 characters): the same words on every page, beside the page number, and no sentence. Such a line is page
furniture however long, up to the document's own measure; a sentence repeated at page ends (a refrain ending on its
full stop) and a line that differs from page to page stay text. Every document here is made up; the results were
written down before the rule (``furniture.running_lines``).
"""

from __future__ import annotations

import pytest

from segment_inputs import furniture, paragraphs, run_text as run

PAGES = [
    ["1. Scope of this update",
     "1.1 This update reports on the allotment waiting list and on the two new sites",
     "that the committee agreed to open in the spring of last year.",
     "1.2 It also sets out the rents proposed for the coming year."],
    ["2. Waiting list",
     "2.1 The waiting list stood at 412 households in April, down from 530 a year",
     "earlier, as the two new sites took in their first tenants.",
     "2.2 Most applicants still wait more than two years for a full plot."],
    ["3. Rents",
     "3.1 Officers propose to raise the rent of a full plot by three pounds a year,",
     "with the concession for pensioners kept at half the full rent."],
    ["4. Recommendation",
     "4.1 The committee is asked to note the update and to agree the rents."],
]
FOOTERS = {
    "dash": "Riverside District Council - Environment Committee 4 June 2025 - Allotments",
    "bar": "Harbourside Borough Council | Place Scrutiny Panel | 17 September 2025",
}
COVER = "RIVERSIDE DISTRICT COUNCIL\nAllotments Update 2025\n\n"


def _dump(footer: str, *, above: bool, pages: int = 4, form_feeds: bool = False) -> str:
    """Pages of a report, a folio set far right closing each, the ``footer`` right under (or over) each folio."""
    out = []
    for n, page in enumerate(PAGES[:pages], 1):
        folio = " " * 76 + str(n)
        end = [footer, folio] if above else [folio, footer]
        out.append("\n".join(page + end))
    return COVER + ("\n\f" if form_feeds else "\n").join(out) + "\n"


@pytest.mark.parametrize("footer", sorted(FOOTERS), ids=sorted(FOOTERS))
@pytest.mark.parametrize("above", [False, True], ids=["under-folio", "over-folio"])
def test_a_long_footer_on_every_page_is_furniture(footer, above):
    text = FOOTERS[footer]
    assert len(text) > 60
    out = run(_dump(text, above=above))
    assert [t for t, r in furniture(out) if r.startswith("running")] == [text] * 4
    assert not [p for p in paragraphs(out.talks[0]) if text in p]
    assert [t for t, r in furniture(out) if r == "page-number"] == ["1", "2", "3", "4"]


def test_a_long_footer_of_a_paged_dump_is_furniture():
    text = FOOTERS["dash"]
    out = run(_dump(text, above=True, form_feeds=True))
    assert [t for t, r in furniture(out) if r.startswith("running")] == [text] * 4
    assert not [p for p in paragraphs(out.talks[0]) if text in p]


def test_a_sentence_repeated_at_page_ends_stays_text():
    refrain = "Members are reminded that the figures in this section are provisional."
    assert len(refrain) > 60
    out = run(_dump(refrain, above=True))
    assert not [t for t, r in furniture(out) if r.startswith("running")]
    assert sum(refrain in p for p in paragraphs(out.talks[0])) == 4


def test_long_lines_that_differ_from_page_to_page_stay_text():
    # one wording a page (no line recurs: a digit-folded signature alone is no evidence for a long line)
    pages = []
    for n, page in enumerate(PAGES, 1):
        pages.append("\n".join(page + [f"Table {n}: plots let on site {n} in {2020 + n}, by size and by tenant's age group",
                                       " " * 76 + str(n)]))
    out = run(COVER + "\n".join(pages) + "\n")
    assert not [t for t, r in furniture(out) if r.startswith("running")]


def test_a_footer_wider_than_the_text_stays_text():
    # a line wider than every line of the body is no line of the page's frame (the document's measure bounds it)
    text = "Riverside District Council - Environment Committee 4 June 2025 - Allotments Update - Appendix B"
    narrow = [[line[:50] for line in page] for page in PAGES]
    out_pages = ["\n".join(page + [text, " " * 50 + str(n)]) for n, page in enumerate(narrow, 1)]
    out = run(COVER + "\n".join(out_pages) + "\n")
    assert text not in [t for t, r in furniture(out)]
