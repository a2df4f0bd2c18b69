"""A PDF's spacing accent drawn over a Latin letter is one accented letter (pipeline/clean/accents.py).

TeX's accent primitive draws the accent as its own glyph over the base letter; pdfminer emits it first,
often after a space (real-PDF trial of 2 December: classicthesis-cv's ``Andr´e Miede``, ``pers ¨onliche
daten``; beamer-fuberlin's ``Einf¨uhrung``). Made-up PDFs draw the accent where TeX does: over the letter.
"""

from __future__ import annotations

import pytest

from test_clean import assert_conserved, doc_of
from pdfmaker import EN, drawn_pdf, text_width
from pipeline.clean import clean
from pipeline.clean.accents import compose_text
from pipeline.extract import extract
from pipeline.model import Text


def _accented_runs(x: float, y: float, word: str, size: float = 11.0) -> list[tuple[str, float, float, float, str]]:
    """``word`` with ``^X`` marking an accent ``^`` over the next letter ``X`` (e.g. ``Andr´e``), as TeX
    draws it: the letters in order, each accent drawn over its letter before the letter itself."""
    runs, pos, k = [], x, 0
    while k < len(word):
        ch = word[k]
        if ch in "´¨ˆ˜ˇ`" and k + 1 < len(word):
            base = word[k + 1]
            w = text_width(base, EN, size)
            runs.append((EN, size, pos + (w - text_width(ch, EN, size)) / 2, y, ch))
            runs.append((EN, size, pos, y, base))
            pos += w
            k += 2
            continue
        runs.append((EN, size, pos, y, ch))
        pos += text_width(ch, EN, size)
        k += 1
    return runs


def _pdf_lines(*words_per_line: list[str]) -> list[str]:
    page, y = [], 760.0
    for words in words_per_line:
        x = 72.0
        for word in words:
            page += _accented_runs(x, y, word)
            x = page[-1][2] + text_width(page[-1][4], EN, 11.0) + text_width(" ", EN, 11.0)
        y -= 18
    doc = extract(drawn_pdf([page]), name="accents.pdf")
    cleaned = clean(doc)
    assert_conserved(doc, cleaned)
    return [line.text for line in cleaned.lines], cleaned


def test_an_accent_drawn_over_its_letter_is_the_accented_letter():
    lines, cleaned = _pdf_lines(["Andr´e", "Miede"], ["Einf¨uhrung", "f¨ur", "Studierende"], ["Europ¨aer,", "Espa˜na"])
    assert lines == ["André Miede", "Einführung für Studierende", "Europäer, España"]
    rows = [row for row in cleaned.ledger if row.reason == "spacing-accent"]
    # pdfminer put a space before each accent (its box starts right of the letter before): it goes too
    assert [(row.text, row.replacement) for row in rows][:2] == [(" ´e", "é"), (" ¨u", "ü")]
    assert all(row.rule == "compose_spacing_accents" for row in rows)


@pytest.mark.parametrize("raw, composed", [
    ("pers ¨onliche daten", "persönliche daten"),  # the extraction's space inside a word goes
    ("Staatsb ¨urgerschaft", "Staatsbürgerschaft"),
    ("the ´Ecole normale", "the École normale"),  # a space between two words stays
    ("Peter´s bike, don´t", "Peter´s bike, don´t"),  # an apostrophe typed as an accent
    ("x ´ y and ´t", "x ´ y and ´t"),  # no letter after it, or none it composes with
    ("a^b and n~2", "a^b and n~2"),  # ASCII marks are never accents
    ("run `ls` or x=`date`", "run `ls` or x=`date`"),  # nor a backtick but inside a word before a vowel
])
def test_which_spacing_accents_compose(raw, composed):
    assert compose_text(Text.from_raw(raw, 1))[0].text == composed


def test_a_text_dump_keeps_its_accents_as_written():
    # a dump's ´ may be a typed apostrophe or a quoted mark: only a PDF's place says it was drawn over a letter

    cleaned = clean(doc_of(["Andr´e Miede"]))
    assert [line.text for line in cleaned.lines] == ["Andr´e Miede"]


def test_a_grave_accent_mapped_to_the_ascii_backtick_composes_inside_a_word():
    # Computer Modern's grave glyph maps to U+0060 (trial 33: ``Lef`evre``, ``Gen`eve`` stayed so)
    lines, _ = _pdf_lines(["Andr´e", "Lef`evre,", "Gen`eve"])
    assert lines == ["André Lefèvre, Genève"]


def test_a_urls_tilde_is_no_accent():
    # TeX's \~{} in a home directory's URL is drawn with the tilde accent's glyph (U+02DC): composed, the address read
    # /ñakamura (review of 2 December)
    lines, cleaned = _pdf_lines(["see", "http://www.example.org/˜nakamura/data"], ["mail", "jos´e@example.org", "or", "Jos´e"])
    # (the extraction's space before the accent's box, if any, is the layout's: it stays as extracted)
    assert "˜nakamura/data" in lines[0] and "ñ" not in lines[0]
    assert "´e@example.org" in lines[1] and lines[1].endswith(" or José")


@pytest.mark.parametrize("raw, composed", [
    ("http://a.org/˜ando/code", "http://a.org/˜ando/code"),  # a URL's tilde
    ("http://a.org/ ˜ando", "http://a.org/ ˜ando"),  # the extraction's space after the slash
    ("~/src and C:\\Users\\˜nakamura", "~/src and C:\\Users\\˜nakamura"),  # a path
    ("O´Neill and d´Artagnan", "O´Neill and d´Artagnan"),  # an apostrophe typed as an accent before a name
    ("ANDR´E and Caf´e", "ANDRÉ and Café"),  # all capitals, or a small letter: composed
    ("\\corresponds\tJ¨org", "\\corresponds\tJörg"),  # a TAB parts a control sequence from a name (revtex4-1)
])
def test_addresses_and_names_keep_their_marks(raw, composed):
    assert compose_text(Text.from_raw(raw, 1))[0].text == composed
