"""Real beamer deck (real71: beamerexample-conference-talk.pdf, Debian texlive-latex-recommended-doc).

(1) An enumerate item's number drawn small and centred in a ball at a line's start is a list marker, not a
superscript note mark: ``1 Partition the site set …``, never ``¹ Partition …`` (invented text).
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, drawn_pdf, text_width
from pipeline.clean import working_lines
from pipeline.extract import extract

BODY = 11.0


def _lines(pages, size=(362.8, 272.1)):
    return [line.text.text for line in working_lines(extract(drawn_pdf(pages, size=size), name="deck.pdf"))]


def _ball_item(number: str, text: str, y: float, *, x: float = 38.0, small: float = 5.5) -> list:
    """An enumerate item as beamer draws it: the number small and centred on the line's text, a gap, the item."""
    # Helvetica's box runs from -0.207 to 0.718 of its size about the baseline: centre the number on the body's box
    body_middle = y + BODY * (0.718 - 0.207) / 2
    baseline = body_middle - small * (0.718 - 0.207) / 2
    return [(EN_BOLD, small, x, baseline, number), (EN, BODY, x + 12.0, y, text)]


@pytest.mark.parametrize("items", [
    ["Partition the site set into blocks.", "Compute a phylogeny for each block.", "Use dynamic programming."],
    ["Teilen Sie die Menge in Blöcke.", "Berechnen Sie jeden Block.", "Fügen Sie die Teile zusammen."],
    ["Collecter les données du terrain.", "Nettoyer les valeurs manquantes."],
])
def test_enumerate_numbers_in_balls_stay_plain_digits(items):
    page = [(EN_BOLD, BODY, 8.5, 235, "How blocks help in haplotyping.")]
    for k, item in enumerate(items, 1):
        page += _ball_item(str(k), item, 180 - 17 * k)
    lines = _lines([page])
    for k, item in enumerate(items, 1):
        assert any(line.startswith(f"{k}") and item in line for line in lines), lines
    assert not any(ch in "".join(lines) for ch in "¹²³"), lines


def test_affiliation_mark_on_its_word_stays_a_superscript():
    # beamer's title page: ``¹Universität Tübingen`` (the mark abuts the word)
    page = [(EN, 6, 125.4, 95.6, "1"), (EN, 8, 125.4 + text_width("1", EN, 6), 92.4, "Universität Tübingen, Germany"),
            (EN, 6, 112.5, 83.4, "2"), (EN, 8, 112.5 + text_width("2", EN, 6), 80.2, "Bar-Ilan University, Israel")]
    lines = _lines([page])
    assert any(line.startswith("¹Universität") for line in lines), lines
    assert any(line.startswith("²Bar-Ilan") for line in lines), lines


def test_raised_mark_opening_a_line_before_a_space_stays_a_superscript():
    # Word's affiliations and notes: ``¹ Dept. of Physics`` — the mark raised well above the line's middle
    page = [(EN, 7, 72, 703.6, "1"), (EN, BODY, 84, 700, "Dept. of Physics, University of Oslo"),
            (EN, 7, 72, 683.6, "2"), (EN, BODY, 84, 680, "Dept. of Chemistry, University of Bergen")]
    lines = _lines([page], size=(595.28, 841.89))
    assert any(line.startswith("¹ Dept. of Physics") for line in lines), lines
    assert any(line.startswith("² Dept. of Chemistry") for line in lines), lines


def test_note_mark_after_a_word_stays_a_superscript():
    head = "The effect was strong"
    x = 72 + text_width(head, EN, BODY)
    page = [(EN, BODY, 72, 700, head), (EN, 7, x, 703.8, "3"), (EN, BODY, x + 4, 700, "in all samples.")]
    lines = _lines([page], size=(595.28, 841.89))
    assert any("strong³" in line for line in lines), lines
