"""A section heading set justified in a two-column page, its first line stretched so wide that pdfminer parts it at a
word space, and a heading that fills its line and wraps onto a second one (elsarticle's 5p and ieeepes' documentation,
session 50's real-PDF trial). Made-up pages."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

WORDS = ("The whispering gallery modes of a microsphere couple to the quadrupole excitons of the crystal under it and "
         "we study here how strongly they couple when the sphere stands a small distance above the surface of the "
         "crystal and what the coupling gives for the polariton dispersion that one can measure in the laboratory").split()
LEFT, RIGHT, GUTTER = (40, 290), (306, 556), None


def _column(x0: float, x1: float, top: float, words=WORDS, pitch: float = 12.0) -> tuple[list, float]:
    lines, line = [], []
    for word in words:
        if line and text_width(" ".join([*line, word]), EN, 10) > x1 - x0:
            lines.append(line)
            line = []
        line.append(word)
    runs = []
    for k, ws in enumerate(lines):
        runs += justified(ws, x0, x1, top - pitch * k)
    y = top - pitch * len(lines)
    return runs + [(EN, 10, x0, y, " ".join(line))], y


def _bold_justified(words: list[str], x0: float, x1: float, y: float) -> list:
    runs = [w + " " for w in words[:-1]] + [words[-1]]
    white = (x1 - x0 - sum(text_width(r, EN_BOLD, 10) for r in runs)) / (len(runs) - 1)
    out, x = [], x0
    for r in runs:
        out.append((EN_BOLD, 10, x, y, r))
        x += text_width(r, EN_BOLD, 10) + white
    return out


def _page(heading: list) -> bytes:
    runs, y = _column(*LEFT, 760)
    runs += heading
    more, _ = _column(*LEFT, 640)
    runs += more
    right, _ = _column(*RIGHT, 757)  # the right column at its own baselines
    runs += right
    more, _ = _column(*RIGHT, 600)
    runs += more
    return drawn_pdf([runs])


def _sections(pdf: bytes) -> list[str]:
    (talk,) = segment(clean(extract(pdf, name="paper.pdf"))).talks
    return [f"{s.number} {s.title.text}" for s in talk.sections]


def test_a_justified_headings_first_line_stretched_apart_is_one_line():
    # `2. Evanescent vs.` ⎵ `conventional quadrupole light-matter` / `coupling`: the wide white after `vs.` had
    # parted the line and the heading came out as `Evanescent vs. coupling`
    words = "2. Evanescent vs. quadrupole light-matter".split()
    heading = _bold_justified(words, *LEFT, 670) + [(EN_BOLD, 10, 52, 658, "coupling")]
    titles = _sections(_page(heading))
    assert "2 Evanescent vs. quadrupole light-matter coupling" in titles


def test_two_columns_first_lines_on_one_baseline_stay_apart():
    # do no harm: a full-width line over two columns runs across their gutter, yet the columns' lines stay apart
    runs = [(EN, 10, 40, 780, "A line set across the whole measure of the page over the two columns of text below")]
    left, _ = _column(*LEFT, 756)
    right, _ = _column(*RIGHT, 756)
    cleaned = clean(extract(drawn_pdf([runs + left + right]), name="paper.pdf"))
    texts = [t.text for t in cleaned.lines]
    assert not [t for t in texts if "microsphere" in t and t.count("The whispering") > 0 and len(t) > 70]
    assert sum(t.startswith("The whispering gallery") for t in texts) == 2


def test_a_heading_that_fills_its_line_goes_on_under_its_title():
    # ieeepes: `17 What This Package Can` / `Not Do`, 14.35 pt bold, the second line hung under the title
    first = "17 What This Package Can"
    size = (LEFT[1] - LEFT[0]) / text_width(first, EN_BOLD, 1)  # set to fill the column's measure
    hang = LEFT[0] + text_width("17 ", EN_BOLD, size)
    heading = [(EN_BOLD, size, LEFT[0], 680, first), (EN_BOLD, size, hang, 680 - 1.2 * size, "Not Do")]
    titles = _sections(_page(heading))
    assert "17 What This Package Can Not Do" in titles
    assert not [t for t in titles if t.endswith(" Not Do") and not t.startswith("17")]
