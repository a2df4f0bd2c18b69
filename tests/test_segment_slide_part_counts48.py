"""A slide title that counts its parts (``Results 1/3`` … ``Results 3/3``, or ``Results`` over a line ``1/3``): the
count is the title's, while the deck's own ``1/6`` at the page's edge is its page number (review 48, issue 16). The
titles had been dropped as running heads (their digits folded, they recur on three pages) and the counts under them
taken for the pages' numbers."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf
from tests.segment_inputs import run_pdf, run_text

SLIDES = [("Harbour Logistics Review", ["Port of Kitahama", "Hiroshi Tanaka"]),
          ("Outline", ["• Background", "• Results"]),
          ("Results|1/3", ["• Container traffic rose 12%", "• Ferry routes kept their schedule"]),
          ("Results|2/3", ["• Cruise calls doubled", "• Night berths opened in May"]),
          ("Results|3/3", ["• Rail link survey finished", "• Costs stayed within budget"]),
          ("Next steps", ["• Second crane in 2025"])]
TITLES = ["Outline", "Results 1/3", "Results 2/3", "Results 3/3", "Next steps"]


def dump(sep: str, numbers: str) -> str:
    pages = []
    for k, (title, lines) in enumerate(SLIDES, 1):
        number = f"{k}/{len(SLIDES)}" if numbers == "of" else str(k)
        pages.append("\n".join([title.replace("|", sep), *lines, number]) + "\n")
    return "\f".join(pages)


def titles(doc) -> list[str | None]:
    (talk,) = doc.talks
    return [s.title.text if s.title is not None else None for s in talk.slides][1:]


def dropped(doc) -> list[str]:
    """The texts dropped, the dump's form feeds aside (recorded as ``page-break``, not dropped from the text)."""
    return [row.text for row in doc.ledger if row.action == "dropped" and row.reason != "page-break"]


def test_a_title_counting_its_parts_keeps_its_count_in_a_dump_with_pages():
    doc = run_text(dump(" ", "bare"))
    assert titles(doc) == TITLES
    assert not any("Results" in t for t in dropped(doc)), dropped(doc)


def test_a_count_on_the_line_under_the_title_is_the_titles_not_a_page_number():
    doc = run_text(dump("\n", "of"))
    assert titles(doc) == TITLES
    assert sorted(dropped(doc)) == [f"{k}/6" for k in range(1, 7)], dropped(doc)


def test_a_pdf_decks_title_counts_keep_and_its_page_numbers_go():
    pages = []
    for k, (title, lines) in enumerate(SLIDES, 1):
        head, _, count = title.partition("|")
        runs = [(EN, 24, 60, 520, head)] + ([(EN, 14, 60, 490, count)] if count else [])
        runs += [(EN, 16, 80, 440 - 30 * j, line.replace("•", "-")) for j, line in enumerate(lines)]
        pages.append(runs + [(EN, 10, 780, 30, f"{k}/6")])
    doc = run_pdf(drawn_pdf(pages, size=(842, 595)))
    assert titles(doc) == TITLES
    assert sorted(dropped(doc)) == [f"{k}/6" for k in range(1, 7)], dropped(doc)


def test_without_page_breaks_the_counts_are_the_titles_and_the_slides_numbered_by_their_own():
    # a dump that marks its slides only by their numbers (``k/6`` under each): the parts' ``1/3`` had been read as
    # slide numbers, two slides ran together and ``Results`` was dropped as a running head
    text = dump("\n", "of").replace("\f", "")
    doc = run_text(text)
    (talk,) = doc.talks
    assert titles(doc) == TITLES
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6]
    assert sorted(dropped(doc)) == [f"{k}/6" for k in range(1, 7)], dropped(doc)


def test_a_one_word_title_with_its_count_in_a_dump_without_pages():
    doc = run_text(dump(" ", "bare").replace("\f", ""))
    assert titles(doc) == TITLES
