"""Clean text that extraction changed, fresh-user trial 77c (helper texlogo77; issue 16, "do no harm"). Made-up
PDFs drawn here:

* a word whose second letter is set smaller, raised and kerned under the first (TeX's logo, ``\\LaTeX``): pdfminer
  made the first letter a line of its own (``linepieces._kerned_glyphs_joined``); expected ``LATEX-Kurse und
  Support`` and ``LATEX Informationen`` as one line each, no TAB, no stray ``L``;
* two justified lines whose wide space after a full stop leaves a white channel through both near their right end
  (asmeconf-template's references): one line each, a space there, no TAB (``linepieces._justified_lines``);
* near misses: a table's rows of text cells with natural word spaces under and over text lines keep their TAB.
"""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, justified, justified_paragraph, text_width
from pipeline.extract import extract

WORDS = ("The reference list below is set justified in one column, its lines filling the measure from the left "
         "edge to the right edge, as a conference paper's references are set by its class file.").split()


def _lines(pdf: bytes) -> list[str]:
    return [line for line in extract(pdf, name="made-up.pdf").lines if line.strip()]


def _logo(x: float, y: float, size: float, rest: str) -> list[tuple[str, float, float, float, str]]:
    """``LATEX`` + ``rest`` as TeX sets its logo: a small raised A kerned back under the L, a lowered E."""
    small = 0.7 * size
    runs = [(EN, size, x, y, "L")]
    x += text_width("L", EN, size) - 0.36 * size
    runs.append((EN, small, x, y + 0.2 * size, "A"))
    x += text_width("A", EN, small) - 0.15 * size
    runs.append((EN, size, x, y, "T"))
    x += text_width("T", EN, size) - 0.1667 * size
    runs.append((EN, size, x, y - 0.2 * size, "E"))
    x += text_width("E", EN, size) - 0.125 * size
    runs.append((EN, size, x, y, "X" + rest))
    return runs


def test_logo_with_kerned_raised_letter_is_one_word():
    page = (_logo(72, 700, 17.0, " Informationen und Links")
            + justified_paragraph(WORDS, 670, 72, 400)
            + _logo(300, 120, 8.0, "-Kurse und Support"))
    lines = _lines(drawn_pdf([page]))
    assert "LATEX Informationen und Links" in lines
    assert "LATEX-Kurse und Support" in lines
    assert "L" not in lines and not any("\t" in line for line in lines)


def _wide_space_line(left: list[str], right: str, x0: float, x1: float, y: float, gap: float
                     ) -> list[tuple[str, float, float, float, str]]:
    """A justified line whose last word stands ``gap`` points after a full stop, its other spaces stretched evenly."""
    runs = justified(left, x0, x1 - text_width(right, EN, 10.0) - gap, y)
    return runs + [(EN, 10.0, x1 - text_width(right, EN, 10.0), y, right)]


def test_justified_wide_space_after_full_stop_is_no_table_channel():
    x0, x1 = 72.0, 320.0
    page = (justified_paragraph(WORDS, 700, x0, x1)[:-1]
            + _wide_space_line(["[4]", "Mason,", "Thomas", "and", "Dawson,", "C.", "D."], "“Struc-",
                               x0, x1, 652, 15.0)
            + _wide_space_line(["tural", "Dynamics", "of", "the", "Manipulation.”"], "Proceed-",
                               x0 + 16, x1, 640, 14.7)
            + justified(["ings", "of", "the", "Mechanical", "Design", "Conference,", "Boston,", "MA", "(2005)."],
                        x0 + 16, x1, 628))
    lines = _lines(drawn_pdf([page]))
    assert "[4] Mason, Thomas and Dawson, C. D. “Struc-" in lines
    assert "tural Dynamics of the Manipulation.” Proceed-" in lines
    assert not any("\t" in line for line in lines)


def test_table_of_text_cells_keeps_its_tabs():
    """Near miss: a table between text lines, its cells an em and more apart, words inside them a natural space."""
    x0, x1 = 72.0, 320.0
    rows = [("The first test we ran", "124.3"), ("The second test we ran", "82.50"), ("Our rival's test", "72.321")]
    page = justified_paragraph(WORDS, 700, x0, x1)[:-1]
    for k, (name, value) in enumerate(rows):
        y = 652 - 12 * k
        page += [(EN, 10.0, x0 + 20, y, name), (EN, 10.0, x1 - 20 - text_width(value, EN, 10.0), y, value)]
    page += justified(["and", "the", "text", "goes", "on", "under", "the", "table", "as", "set", "justified", "here."],
                      x0, x1, 616)
    lines = _lines(drawn_pdf([page]))
    for name, value in rows:
        assert f"{name}\t{value}" in lines


def test_stacked_limit_off_the_baseline_stays_apart():
    """Near miss: a sum's upper limit set over its lower one (``∞`` over ``k=1``) overlaps it but stands on a baseline
    of its own: no word's first letter, it is not joined to the text after the lower limit."""
    page = justified_paragraph(WORDS, 700, 72, 400) + [
        (EN, 7.0, 100.0, 651.0, "n"), (EN, 7.0, 99.0, 648.0, "k=1 k/2k = 2, and so the lottery gives the same utility.")]
    lines = _lines(drawn_pdf([page]))
    assert not any(line.startswith("nk=1") for line in lines)
