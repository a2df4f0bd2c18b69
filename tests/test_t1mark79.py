"""TeX's compound word mark and the other glyphs that print nothing (session 79, helper t1mark79; issue 19).

Trial 79c's lltjp-geometry (LuaLaTeX-ja) draws ``\\textcompwordmark`` around each macro name in a Type 1
LMRoman10 whose encoding names code 23 ``cwm``: a zero-width glyph pdfminer's glyph list does not know. Its 112
glyphs were lost glyphs, each ambiguous with candidates ``、 の は で`` (``3.2 �\\maxdepth� の調整``). pdfTeX's
glyphtounicode.tex reads ``cwm`` and ``compwordmark`` as U+200C, as platexsheet's ToUnicode does for the same macro;
such a glyph is kept out of the layout (it had been read as ruby and as an overprinted copy there), written beside
the nearer glyph, and clean drops it (reason ``invisible``) unless it shapes the letters beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import simple_font_pdf  # noqa: E402
from pipeline.clean import clean  # noqa: E402
from pipeline.clean.glyphs import drop_invisible_characters  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.model import GAP, Text  # noqa: E402

ZWNJ = "\u200c"
IN = Path("/work/regress/in_t1mark79")


def _pdf(name: str, encoding: bytes, text: bytes) -> bytes:
    pdf = simple_font_pdf(encoding, text)
    if IN.is_dir():
        (IN / name).write_bytes(pdf)
    return pdf


@pytest.mark.parametrize("name", [b"cwm", b"compwordmark"])
def test_a_compound_word_mark_is_no_lost_glyph_and_clean_drops_it(name):
    """Two marks drawn side by side (zero width: the second stands where the first does) are two characters of the
    line, not a lost glyph and its overprinted copy; clean drops them and ledgers them ``invisible``."""
    pdf = _pdf(f"cwm_{name.decode()}.pdf", b"<< /Type /Encoding /Differences [23 /%s] >>" % name,
               b"\x17\x17\\maxdepth\x17 of")
    doc = extract(pdf, name="cwm.pdf")
    assert not doc.markers
    assert doc.lines[0].replace(ZWNJ, "") == "\\maxdepth of" and doc.lines[0].count(ZWNJ) == 3
    assert not doc.ledger  # no ruby, no overprint
    cleaned = clean(doc)
    assert [t.text for t in cleaned.lines] == ["\\maxdepth of"]
    rows = [r for r in cleaned.ledger if str(r.reason) == "invisible"]
    assert "".join(r.text for r in rows) == ZWNJ * 3


def test_near_miss_a_lost_glyph_of_a_tex_font_stays_a_gap():
    """A glyph name nothing reads (not the compound word mark) is a lost letter: a gap with its name, as before."""
    doc = extract(_pdf("cwm_near.pdf", b"<< /Type /Encoding /Differences [23 /cwmx] >>", b"A\x17B"), name="x.pdf")
    assert doc.lines[0] == f"A{GAP}B"
    assert [(m.cid, m.glyph) for m in doc.markers] == [(23, "cwmx")]


def test_clean_drops_a_non_joiner_that_shapes_nothing():
    fixed = drop_invisible_characters(Text.from_raw(f"3.2 {ZWNJ}\\maxdepth{ZWNJ} の調整", 1))
    assert fixed.text.text == "3.2 \\maxdepth の調整"
    assert len(fixed.changes) == 2


@pytest.mark.parametrize("text", ["\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: spelling
                                  "\u0915\u094d\u200c\u0937",  # Devanagari: a half form asked for
                                  "\U0001f469\u200d\U0001f4bb"])  # ZWJ in an emoji sequence
def test_near_miss_a_joiner_that_shapes_stays(text):
    assert not drop_invisible_characters(Text.from_raw(text, 1)).changed


def _glyph(text: str, x0: float, x1: float, y0: float = 100.0, y1: float = 110.0):
    return SimpleNamespace(get_text=lambda: text, x0=x0, x1=x1, y0=y0, y1=y1)


def test_a_mark_is_kept_out_of_the_layout_and_anchored_to_the_nearer_glyph():
    from pipeline.extract.glyphs import set_aside_invisible_marks

    a, b, c, d = _glyph("の", 80, 90), _glyph("\\", 95, 100), _glyph("x", 100, 105), _glyph(" ", 105, 108)
    opening, closing = _glyph(ZWNJ, 95, 95, 100, 101.2), _glyph(ZWNJ, 105, 105, 100, 101.2)
    kept, marks = set_aside_invisible_marks([a, opening, b, c, closing, d])
    assert kept == [a, b, c, d]
    assert marks.before == {id(b): [opening]} and marks.after == {id(c): [closing]}
