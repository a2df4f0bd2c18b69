"""Made-up PDF pages of a manual: a description's item whose text wraps under its label (set out into the margin, or
under a hanging indent deeper than a bullet's), and a paragraph whose lines carry a glyph set below the baseline (the
LaTeX logo's E), each carried on as one paragraph (issue 16 point 4; adfathesis, iodhbwm, mugsthesis)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import EN, drawn_pdf, justified, text_width  # noqa: E402

from pipeline.clean import clean  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.segment import segment  # noqa: E402
from pipeline.segment.conservation import conservation_problems  # noqa: E402


def run(pages: list[list]):
    cleaned = clean(extract(drawn_pdf(pages, size=(612, 792)), name="made-up/manual.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return [p.text for s in talk.sections for p in s.paragraphs]


BODY = ("The class reads a few commands before the title page is made and keeps each value until the end of the "
        "document, so the order in which they are given does not matter at all to the result.").split()


def _lines(words: list[str], x0: float, x1: float, top: float, step: float = 12.0, first_x0: float | None = None) -> list:
    """Lines filled greedily to the column ``x0``–``x1`` and set justified, the last ragged; the first line may start
    elsewhere (``first_x0``: a label set out into the margin, or a hanging indent's item)."""
    runs, y, k, start = [], top, 0, first_x0 if first_x0 is not None else x0
    while k < len(words):
        n = 1
        while k + n < len(words) and text_width(" ".join(words[k:k + n + 1]), EN, 10) <= x1 - start:
            n += 1
        chunk = words[k:k + n]
        runs += justified(chunk, start, x1, y) if k + n < len(words) else [(EN, 10, start, y, " ".join(chunk))]
        k, y, start = k + n, y - step, x0
    return runs


def _page(items: list) -> list:
    page = [(EN, 14, 72, 720, "1 Usage")]
    page += _lines(BODY, 110, 540, 700)
    return page + items


def test_an_items_text_set_under_its_label_in_the_margin_goes_on() -> None:
    width = ("\\setwidth The macro takes a single mandatory argument, the width of the text block, which should be "
             "given in points or in inches.")
    depth = "\\setdepth The macro takes the depth of the text block, set in the same units and checked against the paper size."
    items = _lines(width.split(), 110, 540, 640, first_x0=60) + _lines(depth.split(), 110, 540, 604, first_x0=60)
    paragraphs = run([_page(items)])
    assert width in paragraphs and depth in paragraphs, paragraphs


def test_an_items_text_under_a_deep_hanging_indent_goes_on() -> None:
    name = ("\\authorname{name} The author's name without the degrees earned, needed for the declaration and the "
            "abstract.")
    items = _lines(name.split(), 135, 540, 640, first_x0=110)
    items += [(EN, 10, 110, 610, "\\dept{department} The default value is the School of Physics.")]
    paragraphs = run([_page(items)])
    assert name in paragraphs, paragraphs


def test_a_glyph_below_the_baseline_does_not_part_a_paragraph() -> None:
    # the E of the LaTeX logo is set lower than the baseline: its line's box reaches lower, the gap to it looks wider
    words = ("The class is designed to allow a straightforward preparation of theses and dissertations with the "
             "document preparation system that most departments use, and it keeps every other package working as "
             "before. It complies with the directives of the graduate school while staying compatible with the "
             "packages most authors load.").split()
    runs = _lines(words, 110, 540, 640)
    second = [r for r in runs if r[3] == 628]
    _, size, x, y, text = second[0]
    runs.append((EN, size, x + text_width(text, EN, size), y - 3.5, "E"))  # glued to the second line's first word
    paragraphs = run([_page(runs)])
    assert [p for p in paragraphs if p.endswith("authors load.")][0].startswith("The class is designed"), paragraphs
