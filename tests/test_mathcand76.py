"""A glyph lost in a math or symbol font is read by the font's published encoding (issue 19 point 6, fresh-user
trial 75c).

elsarticle's specimen (``/work/regress/in_trial75c/en_elsarticle-elstest-5p.pdf``) lost ℏ (``txsyb`` code 126, named
``planckover2pi1`` by its embedded program) at six places and three large Σ (``txex`` 88, ``summationdisplay``):
after session 75 they were left open with no candidate, no provider of the text proposing a symbol. Here: made-up
PDFs whose lost glyphs are drawn in a simple Type 1 font named as TeX's are, whose ``Differences`` name the glyph
(``tests/pdfmaker.lost_glyph_pdf``'s ``simple``), or name none; the near misses: a text font's glyph with a name no list
reads still decided by the text, a name the font's layout contradicts read as nothing, a picture font's piece
(``LINE10``'s ``a27``) given nothing.
"""

from __future__ import annotations

import pytest

from pipeline import mathfonts
from pipeline.model import Marker
from tests.pdfmaker import EN
from tests.test_math75 import FORMULA_LINES, PROSE_LINES


def _extract(lines: list[str], font: str, names: dict[int, str]):
    from pipeline.extract import extract
    from tests.pdfmaker import lost_glyph_pdf

    runs = [(EN, 10.0, 72.0, 760.0 - 16 * k, text) for k, text in enumerate(lines)]
    return extract(lost_glyph_pdf([runs], lost_font=font, simple=names), name="tests/mathcand76.pdf")


def _repairs(lines: list[str], font: str, names: dict[int, str]) -> list:
    from pipeline.clean import clean
    from pipeline.restore import restore
    from pipeline.segment import segment

    extracted = _extract(lines, font, names)
    assert extracted.markers and all(m.font == font for m in extracted.markers), extracted.markers
    return sorted((r for t in restore(segment(clean(extracted))).talks for r in t.repairs), key=lambda r: (r.line, r.col))


ASCII_FORMULA = [line.replace("ω", "w").replace("λ", "l").replace("π", "pi").replace("Å", "A") for line in FORMULA_LINES]
SUM_LINES = ["Sums over the modes of the resonator", "The field is the sum {cid:88} l over every mode of the sphere.",
             "The sum of the energies {cid:88} i over each level is finite here.",
             "A line of prose with enough letters in it to rank e l and e i again."]


def test_the_pdfs_glyph_name_is_kept_on_the_marker():
    markers = _extract(ASCII_FORMULA, "ORQXGY+txsyb", {126: "planckover2pi1"}).markers
    assert [(m.cid, m.glyph) for m in markers] == [(126, "planckover2pi1")] * 3


def test_a_glyph_the_pdf_names_is_committed_by_its_fonts_encoding():
    # trial 75c's ℏ: txsyb's 126, named planckover2pi1 (main: left open with no candidate)
    repairs = _repairs(ASCII_FORMULA, "ORQXGY+txsyb", {126: "planckover2pi1"})
    assert [(r.restored, str(r.status.value)) for r in repairs] == [("ℏ", "restored")] * 3, repairs
    why = [e.detail for e in repairs[0].evidence if "published encoding" in e.detail]
    assert why and "code 126 of txsyb" in why[0] and "planckover2pi1" in why[0] and "mmap" in why[0], why


def test_a_big_operator_the_pdf_names_is_committed():
    # trial 75c's Σ: txex's 88, summationdisplay, which no glyph list of pdfminer's reads
    repairs = _repairs(SUM_LINES, "HXTQJI+txex", {88: "summationdisplay"})
    assert [r.restored for r in repairs] == ["∑", "∑"], repairs


def test_a_renamed_font_is_read_by_the_glyphs_name():
    # a producer's own font name (F12) says no family; the TeX glyph name read by the fonts that use it does
    repairs = _repairs(SUM_LINES, "F12", {88: "summationdisplay"})
    assert [r.restored for r in repairs] == ["∑", "∑"], repairs


def test_a_glyph_named_by_no_list_is_offered_by_its_fonts_layout():
    # a font of the table's with no name for the glyph (no Differences, no program): its layout's character, offered
    repairs = _repairs(["The copyright sign is drawn as a circle {cid:13} c over the letter c in the thesis.",
                        "Another line of prose to give the model something to read about the thesis."],
                       "FVPYWT+CMSY10", {})
    assert len(repairs) == 1 and repairs[0].restored is None, repairs
    assert repairs[0].candidates[0].text == "○", repairs
    assert any("layout alone" in e.detail for e in repairs[0].evidence)


def test_a_text_fonts_glyph_with_a_name_no_list_reads_is_the_texts():
    # near miss: a text font's glyph named g17 (no list reads it) in English words: the text's n, committed as before
    repairs = _repairs(PROSE_LINES, "ABCDEF+Times-Roman", {17: "g17"})
    assert repairs and all(r.restored == "n" for r in repairs), repairs
    assert not any("published encoding" in e.detail for r in repairs for e in r.evidence)


def test_readings_by_font_code_and_name():
    assert mathfonts.reading("ORQXGY+txsyb", 126, "planckover2pi1")[:2] == ("ℏ", True)
    assert mathfonts.reading("YEFIVI+CMEX10", 88, "summationdisplay")[:2] == ("∑", True)
    assert mathfonts.reading("ZJMMMA+MSBM10", 18, "lessornotsimilar")[:2] == ("⋦", True)
    assert mathfonts.reading("FVPYWT+CMSY10", 13, "circlecopyrt")[:2] == ("○", True)  # (the font's, not the list's ⃝)
    assert mathfonts.reading("REXBQF+LASY10", 1, "a1")[:2] == ("⊲", False)  # dvipdfmx's name says nothing: offered
    assert mathfonts.reading("CMSY9", 13)[:2] == ("○", False)
    # near misses: a picture font's piece, a name the layout contradicts, a text font's code, a letter in a symbol font
    assert mathfonts.reading("XHZOCB+LINE10", 27, "a27") is None
    assert mathfonts.reading("CMSY10", 13, "nosuchglyph") is None
    assert mathfonts.reading("Times-Roman", 126) is None and mathfonts.reading(None, 126) is None
    assert mathfonts.reading("txsyb", 88, "X") is None  # (glyphtounicode's X: a Latin letter no symbol font holds)


def test_the_table_names_its_sources():
    from importlib import resources

    head = resources.files("pipeline.data").joinpath(mathfonts.ENCODINGS_FILE).read_text(encoding="utf-8")[:600]
    assert "mmap" in head and "glyphtounicode.tex" in head and ".pfb" in head and "texlive" in head


@pytest.mark.parametrize("font,code", [("txsyb", 126), ("txex", 88), ("cmsy10", 13)])
def test_one_glyph_one_answer(font, code):
    # the same glyph id of one font reads the same wherever it stands (issue 19 point 3)
    from pipeline.restore import read_by_font_encoding
    from pipeline.model import Repair

    r = Repair(1, 0, "\ufffd", None, "unresolved", 0.0, (), ())
    marker = Marker(1, 0, code, "\ufffd", font=font)
    assert len({read_by_font_encoding(r, (marker,)).candidates[0].text for _ in range(3)}) == 1
