"""A space a PDF draws between a Latin word and a Japanese letter is the writer's (trial 54: ``Python は`` had become
``Pythonは``, its space in the ledger as spacing). Extract tells a drawn space glyph (an ``LTChar``) from pdfminer's
inserted space (an ``LTAnno``: two glyphs stand apart, the typesetter's gap around a half-width run, justification)
and hands the drawn ones on (``LineLayout.drawn_spaces``); clean's spacing rule keeps a drawn space between a Latin
letter and a Japanese letter and closes up everything else as before: a digit's space (``人口 100 万`` → ``人口100万``,
DESIGN's normalisation), a gap with no glyph, a text dump's space (no evidence of which it was), letters set apart
one by one. The correct results were written before the change; every document is made up."""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.extract import extract
from pipeline.model import Text
from tests.pdfmaker import EN, JA, drawn_pdf, text_pdf, text_width


def _clean_lines(data: bytes, name: str) -> tuple[list[str], list]:
    cleaned = clean(extract(data, name=name))
    return [t.text for t in cleaned.lines], [r for r in cleaned.ledger if r.rule == "remove_cjk_ascii_spaces"]


def test_a_space_a_pdf_draws_between_a_latin_word_and_japanese_stays_54():
    pdf = text_pdf([[(JA, "Python は広く使われる言語で、NumPy などの道具がある。"), (JA, "人口 100 万の都市と Osaka の港")]])
    lines, rows = _clean_lines(pdf, "raw/typed.pdf")
    assert lines == ["Python は広く使われる言語で、NumPy などの道具がある。", "人口100万の都市と Osaka の港"]
    assert sorted((r.line, r.col) for r in rows) == [(3, 2), (3, 6)]  # the digit's spaces only


def test_extract_names_the_drawn_spaces_beside_japanese_54():
    doc = extract(text_pdf([[(JA, "Python は 2024 年")]]), name="raw/typed.pdf")
    (k,) = [i for i, line in enumerate(doc.lines) if line.strip()]
    assert doc.lines[k] == "Python は 2024 年"
    assert doc.layout[k].drawn_spaces == (6, 8, 13)


def test_a_gap_with_no_space_glyph_closes_up_as_before_54():
    """The typesetter's gap between a Latin run and Japanese (no glyph: pdfminer writes a space for the white)."""
    x = 72 + text_width("Python", EN, 12) + 3.0  # a quarter em's white, as pLaTeX's xkanjiskip sets it
    pdf = drawn_pdf([[(EN, 12, 72, 700, "Python"), (JA, 12, x, 700, "は広く使われる言語である。")]])
    lines, rows = _clean_lines(pdf, "raw/gap.pdf")
    assert lines == ["Pythonは広く使われる言語である。"]
    assert len(rows) == 1


def test_a_text_dump_keeps_the_documented_normalisation_54():
    lines, rows = _clean_lines("Python は広く使われる言語である。\n".encode(), "raw/dump.txt")
    assert lines == ["Pythonは広く使われる言語である。"]
    assert len(rows) == 1


def test_letters_set_apart_one_by_one_are_no_typed_word_space_54():
    line = Text.from_raw("本書の P y t h o n は便利な言語である", 1)
    drawn = frozenset((1, k) for k, c in enumerate(line.text) if c == " ")
    assert remove_cjk_ascii_spaces(line, drawn=drawn).text.text == "本書のP y t h o nは便利な言語である"
    line = Text.from_raw("本書の C は便利な言語である", 1)  # a word of one letter, no run of them: typed
    drawn = frozenset((1, k) for k, c in enumerate(line.text) if c == " ")
    assert remove_cjk_ascii_spaces(line, drawn=drawn).text.text == "本書の C は便利な言語である"
