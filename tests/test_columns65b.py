"""A paragraph across a column's or a page's foot (issue 16 point 4; fresh-user trial 65b's two-column PDF).

At a column's foot the white that parts two paragraphs is hidden, and a line that ends a sentence may still have been
full: the next word would not have fitted in the white after it, so the paragraph goes on at the next column's head
(first fit, measured with the PDF's own glyph widths: ``LineLayout.lead``). A line that ends a sentence with room for
the next word ends its paragraph; so does a full one when the next column opens on an indented first line or on a
heading. Pages are drawn here (tests/pdfmaker.py's ``flowed_pages``: lines flowed through column frames as a
typesetter fills them), each column broken right after the line a case needs.
"""

from pathlib import Path

import pytest

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, flowed_pages, text_width, wrapped_words
from reliability import one_talk, sections_of
from test_columns65 import TRANSIT

W = 595.28
FILLERS = "quite small local plain shared early simple careful steady modest".split()

OPENING = ("Harbour towns on the west coast have lost much of their fishing fleet over the last thirty years. The quays "
           "built for trawlers now stand empty for most of the week.")
BROKEN = ("Local councils have tried several ways to bring life back to the waterfront, from markets to festivals, with "
          "mixed results that depend on the weather and on the season.")
GOES_ON = ("Councils kept the quay walls in repair even so. We visited six towns between March and October and spoke "
           "with harbour masters, shop owners and the people who still fish from small boats.")
NEXT = ("Boats that fish all year are what a harbour town needs most, and the last word on the plans should be theirs, "
        "not the visitors'.")


def padded_full(text: str, next_word: str, measure: float, size: float, indent: float = 0.0) -> str:
    """``text`` with filler words before its last word until its last line, set by first fit at ``measure`` points,
    leaves less room than a space and ``next_word`` (the next word would not fit), and more than two points."""
    words = text.split()
    for n in range(80):
        rows = wrapped_words(" ".join(words), EN, size, measure, indent)
        room = measure - (indent if len(rows) == 1 else 0.0) - text_width(rows[-1], EN, size)
        if 2.0 < room < text_width(" " + next_word, EN, size):
            return " ".join(words)
        words = words[:-1] + [FILLERS[n % len(FILLERS)], words[-1]]
    raise AssertionError("no padding fills the line")


def frames_breaking_after(blocks: list[tuple[str, str]], upto: str, frame: tuple[int, float, float, float],
                          later: list[tuple[int, float, float, float, float]], *, size: float, leading: float,
                          indent: float = 0.0, gap: float = 0.0) -> list[tuple[int, float, float, float, float]]:
    """Frames for :func:`flowed_pages`: ``frame`` (page, x0, x1, top) ending right under the last line of ``upto`` (the
    text of a block or the start of one: the block's rows up to ``upto``'s end), then ``later``."""
    page, x0, x1, top = frame
    y = top
    for kind, text in blocks:
        if kind == "h":
            y -= (leading if y != top else 0.0) + leading
            continue
        rows = wrapped_words(text, EN, size, x1 - x0, indent)
        if text.startswith(upto):
            y -= leading * len(wrapped_words(upto, EN, size, x1 - x0, indent))
            break
        y -= leading * len(rows) + gap
    return [(page, x0, x1, top, y - 0.5 * leading), *later]


def _talk(tmp_path: Path, name: str, pages: list) -> dict:
    title = "Working Harbours on the West Coast"
    head = [(EN_BOLD, 14, (W - text_width(title, EN_BOLD, 14)) / 2, 790, title)]
    path = tmp_path / name
    path.write_bytes(drawn_pdf([head + pages[0], *pages[1:]]))
    return one_talk(path, tmp_path)


def _paragraphs(talk: dict) -> list[str]:
    return [p for _, ps in sections_of(talk) for p in ps]


COLUMNS = [(0, 50, 287), (0, 308, 545)]


def test_a_full_line_ending_a_sentence_at_a_column_foot_goes_on_in_the_next_column(tmp_path: Path) -> None:
    # ragged right, paragraphs parted by white: the left column's last line ends a sentence, full (trial 65b's
    # ``…make this happen.`` / ``Gardeners did not want numbers;…``): one paragraph, across the gutter
    size, leading = 10.0, 12.5
    first = padded_full(BROKEN, GOES_ON.split()[0], 237, size)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", first + " " + GOES_ON), ("p", NEXT)]
    frames = frames_breaking_after(blocks, first, (*COLUMNS[0], 720), [(*COLUMNS[1], 720, 60)], size=size,
                                   leading=leading, gap=6)
    talk = _talk(tmp_path, "gutter.pdf", flowed_pages(blocks, frames, size=size, leading=leading, gap=6))
    assert _paragraphs(talk) == [OPENING, first + " " + GOES_ON, NEXT]


def test_a_full_line_ending_a_sentence_at_a_page_foot_goes_on_on_the_next_page(tmp_path: Path) -> None:
    # justified, paragraphs set in: page 1's right column ends on a full line that ends a sentence, the paragraph going
    # on at the head of page 2's left column
    size, leading = 9.0, 11.0
    first = padded_full(BROKEN, GOES_ON.split()[0], 237, size, indent=10)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", BROKEN), ("p", NEXT), ("p", first + " " + GOES_ON)]
    left = frames_breaking_after(blocks[:3], BROKEN, (*COLUMNS[0], 720), [], size=size, leading=leading, indent=10)
    right = frames_breaking_after(blocks[3:], first, (*COLUMNS[1], 720), [(1, 50, 287, 780, 60)], size=size,
                                  leading=leading, indent=10)
    pages = flowed_pages(blocks, left + right, size=size, leading=leading, indent=10, justify=True)
    talk = _talk(tmp_path, "page.pdf", pages)
    assert _paragraphs(talk) == [OPENING, BROKEN, NEXT, first + " " + GOES_ON]


def test_a_short_last_line_at_a_column_foot_ends_its_paragraph(tmp_path: Path) -> None:
    # near miss: the left column ends on a paragraph's last line, room left for the next word; the right column opens
    # on the next paragraph, neither set in nor spaced (its white lost at the column's head)
    size, leading = 10.0, 12.5
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", BROKEN), ("p", NEXT)]
    frames = frames_breaking_after(blocks, BROKEN, (*COLUMNS[0], 720), [(*COLUMNS[1], 720, 60)], size=size,
                                   leading=leading, gap=6)
    talk = _talk(tmp_path, "short.pdf", flowed_pages(blocks, frames, size=size, leading=leading, gap=6))
    assert _paragraphs(talk) == [OPENING, BROKEN, NEXT]


def test_a_full_last_line_over_an_indented_paragraph_ends_its_paragraph(tmp_path: Path) -> None:
    # near miss: a paragraph's last line full at the column's foot, the next column opening on an indented first line
    size, leading = 10.0, 12.5
    last = padded_full(BROKEN, NEXT.split()[0], 237, size, indent=12)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", last), ("p", NEXT)]
    frames = frames_breaking_after(blocks, last, (*COLUMNS[0], 720), [(*COLUMNS[1], 720, 60)], size=size,
                                   leading=leading, indent=12)
    talk = _talk(tmp_path, "indent.pdf", flowed_pages(blocks, frames, size=size, leading=leading, indent=12))
    assert _paragraphs(talk) == [OPENING, last, NEXT]


def test_a_full_last_line_under_a_heading_at_the_next_column_head_ends_its_paragraph(tmp_path: Path) -> None:
    # near miss: a heading in the body's size (bold) heads the next column over a full sentence-ending line
    size, leading = 10.0, 12.5
    last = padded_full(BROKEN, "Findings", 237, size)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", last), ("h", "2. Findings"), ("p", NEXT)]
    frames = frames_breaking_after(blocks, last, (*COLUMNS[0], 720), [(*COLUMNS[1], 720, 60)], size=size,
                                   leading=leading, gap=6)
    talk = _talk(tmp_path, "heading.pdf", flowed_pages(blocks, frames, size=size, leading=leading, gap=6))
    assert sections_of(talk) == [("Introduction", [OPENING, last]), ("Findings", [NEXT])]


@pytest.mark.xfail(strict=True, reason="a paragraph's last line that happens to be full at a column's foot, the next "
                                       "paragraph parted by white only, shows nothing of its end where the column is "
                                       "the page's longest: first fit reads it as going on (the white is lost at the "
                                       "foot). Where the next column reaches a line lower, the column broke with room "
                                       "and the paragraph ends: tests/test_columns66.py (col66); where the document's other "
                                       "pages reach lower, their columns' foot shows the room: tests/test_page67.py")
def test_a_full_last_line_over_a_spaced_paragraph_at_a_column_foot_ends_its_paragraph(tmp_path: Path) -> None:
    size, leading = 10.0, 12.5
    last = padded_full(BROKEN, NEXT.split()[0], 237, size)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", last), ("p", NEXT)]
    frames = frames_breaking_after(blocks, last, (*COLUMNS[0], 720), [(*COLUMNS[1], 720, 60)], size=size,
                                   leading=leading, gap=6)
    talk = _talk(tmp_path, "spaced.pdf", flowed_pages(blocks, frames, size=size, leading=leading, gap=6))
    assert _paragraphs(talk) == [OPENING, last, NEXT]


def test_japanese_columns_keep_their_rules_at_the_foot(tmp_path: Path) -> None:
    # Japanese lines fill to the edge: a sentence running on from the left column's foot joins; a paragraph that ends
    # on 。 at the right column's foot, the next page opening an indented paragraph, ends there
    first, third = TRANSIT[0][1], TRANSIT[2][1]
    second = TRANSIT[3][1] + TRANSIT[1][1]
    blocks = [("p", first), ("p", second), ("p", third)]
    rows_first = wrapped_words(first, JA, 10, 220, 10)
    rows_second = wrapped_words(second, JA, 10, 220, 10)
    left_bottom = 720 - 16 * (len(rows_first) + 2) - 8  # the left column breaks two lines into the second paragraph
    right_bottom = 720 - 16 * (len(rows_second) - 2) - 8  # and the right column holds the rest of it
    frames = [(0, 60, 280, 720, left_bottom), (0, 315, 535, 720, right_bottom), (1, 60, 280, 780, 60)]
    pages = flowed_pages(blocks, frames, font=JA, size=10, leading=16, indent=10, gap=8)
    path = tmp_path / "ja.pdf"
    path.write_bytes(drawn_pdf([[(JA, 14, 200, 790, "地方都市の公共交通"), *pages[0]], pages[1]]))
    talk = one_talk(path, tmp_path)
    assert _paragraphs(talk) == [first, second, third]


def test_extract_records_a_lines_first_word_in_points(tmp_path: Path) -> None:
    # the PDF's own glyph widths: the first word of each horizontal line, as the font sets it at its size
    import json

    from pipeline.model import Extracted

    path = tmp_path / "lead.pdf"
    path.write_bytes(drawn_pdf([[(EN, 10, 72, 700, "Gardeners did not want numbers."), (EN, 12, 72, 680, "Hose")]]))
    one_talk(path, tmp_path)
    extracted = Extracted.from_json(json.loads((tmp_path / "out" / "extract" / "lead.json").read_text(encoding="utf-8")))
    leads = [lay.lead for lay in extracted.layout if lay.lead is not None]
    assert leads == pytest.approx([text_width("Gardeners", EN, 10), text_width("Hose", EN, 12)], abs=0.05)
