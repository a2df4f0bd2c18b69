"""A thesis's roman folios past xxix are page furniture (made-up front matter after yathesis's specimen thesis).

The front matter of a thesis runs past thirty pages (``xxviii``, ``xxxiv``, ``xlii`` at each page's foot), and
its blank versos hold no line at all: the folio's offset from its page's own index recurs on every page, counted
from the page, not from its place among the pages with text. Those folios went into the paragraphs.
"""

from __future__ import annotations

from tests.segment_inputs import furniture, paragraphs, run_text

PROSE = ("The archive of the harbour office keeps the ledgers of every ship that called at the port in the",
         "nineteenth century, and this thesis reads them as one long record of the town and its trade.")
FOLIOS = ["xxviii", None, "xxx", None, "xxxii", "xxxiii", None, "xxxv", None, "xxxvii", "xxxviii"]


def _thesis() -> str:
    pages = ["Avant-propos\n" + "\n".join(PROSE) + "\nxxvii"]
    for folio in FOLIOS:
        pages.append("" if folio is None else "\n".join(PROSE) + "\n" + folio)  # a blank verso: no line
    pages.append("1 Introduction\n" + "\n".join(PROSE) + "\n1")
    return "\n\f".join(pages) + "\n"


def test_roman_folios_past_thirty_and_across_blank_pages_are_furniture():
    [talk] = run_text(_thesis()).talks
    rows = [text for text, _ in furniture(run_text(_thesis()))]
    for folio in ("xxviii", "xxx", "xxxv", "xxxviii"):
        assert folio in rows
    assert not any(p.strip() in ("xxviii", "xxx", "xxxii", "xxxviii") for p in paragraphs(talk) + [t.text for t in talk.front])
