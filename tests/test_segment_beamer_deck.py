"""A slide deck exported to PDF (pages wider than high, few lines each) whose slides carry an outline, numbered
section titles and sentences: a deck, whatever its headings (issue 16 point 2; six beamer demos of the PDF corpus had
been read as papers with no slides). Made-up decks, drawn with reportlab at beamer's page size."""

from __future__ import annotations

from tests.pdfmaker import EN, drawn_pdf
from tests.segment_inputs import run_pdf

SIZE = (362.835, 272.126)  # beamer's 128 mm × 96 mm


def _page(title: str, body: list[str], footer: str | None, top_size: float = 14.0) -> list:
    runs = [(EN, top_size, 20, 240, title)]
    runs += [(EN, 10.0, 24, 210 - 18 * k, line) for k, line in enumerate(body)]
    if footer:
        runs.append((EN, 7.0, 300, 10, footer))
    return runs


def _deck(title_lines: list[str], footers: bool = True, backup: bool = False) -> bytes:
    cover = [(EN, 8.0, 60, 250, "Northern College of Forestry"), (EN, 8.0, 60, 238, "Department of Wood Science")]
    cover += [(EN, 16.0, 40, 200 - 22 * k, line) for k, line in enumerate(title_lines)]
    cover += [(EN, 10.0, 120, 120, "Ingrid Solberg"), (EN, 8.0, 110, 100, "12 March 2025")]
    outline = _page("Outline", ["1 Why timber decays", "2 Field trials", "3 Results", "4 Next steps"], None)
    content = [
        ("1 Why timber decays", ["Fungi need moisture above twenty percent to grow.",
                                 "Untreated pine decays within five years outdoors."]),
        ("2 Field trials", ["We exposed 240 stakes at three coastal sites.",
                            "Each stake was weighed and graded every spring."]),
        ("3 Results", ["Thermally modified stakes lost the least mass.",
                       "Copper treatment failed at the wettest site."]),
        ("4 Next steps", ["We will extend the trial to spruce and larch.",
                          "A second site inland starts next year."]),
    ]
    pages = [cover, outline]
    for k, (t, body) in enumerate(content, 1):
        pages.append(_page(t, body, f"Page {k}/{len(content)}" if footers else None))
    if backup:
        pages.append(_page("Backup: stake grading scale", ["Grades run from 0 (sound) to 4 (failed)."],
                           "Page 1/1" if footers else None))
    return drawn_pdf(pages, size=SIZE)


def test_a_beamer_deck_with_an_outline_and_numbered_titles_is_a_deck() -> None:
    """Pages shaped as slides decide it: the outline and the numbered titles are a deck's as much as a paper's."""
    [talk] = run_pdf(_deck(["Decay Resistance of Modified Timber"])).talks
    assert talk.shape == "deck" and len(talk.slides) == 6 and not talk.sections
    assert [s.title.text for s in talk.slides[1:3]] == ["Outline", "1 Why timber decays"]


def test_the_cover_title_is_its_largest_line_wrapped_on_a_connective() -> None:
    """The institution over the title in a smaller size is not the title; the title's second line, opening on a
    connective in small letters in the title's size, is the title's however it is cased."""
    [talk] = run_pdf(_deck(["Decay resistance of modified timber", "in coastal field trials"])).talks
    assert talk.slides[0].title.text == "Decay resistance of modified timber in coastal field trials"


def test_page_numbers_with_their_count_leave_the_slides_when_the_count_restarts() -> None:
    """``Page 1/4`` … ``Page 4/4`` then ``Page 1/1`` on a backup slide: the numbers are not in step with the pages,
    so the slides are numbered by their places, and each page's number with its count is still furniture."""
    [talk] = run_pdf(_deck(["Decay Resistance of Modified Timber"], backup=True)).talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6, 7]
    texts = [t.text for s in talk.slides for t in s.lines]
    assert not any(t.startswith("Page ") for t in texts)
