"""Session 75, helper pdf75: issue 16 points 4-5 on fresh-user trial 75's PDFs.

1. A combining mark (Unicode category Mn) drawn as a glyph of its own over the letter before it is never parted from
   that letter by pdfminer's inserted word space, and the pair is written precomposed where Unicode has the form
   (trial 75c's zxjatype example: ``=ĵ`` had come out ``= j ̂``).
"""

from __future__ import annotations

import pytest

from tests.pdfmaker import _assemble
from tests.segmenting import segment_pdf

# ---- 1. a combining mark drawn over its letter

MARKS = {0x21: "\u0302", 0x22: "\u0301", 0x23: "\u0308"}
"""Codes of the mark font (Helvetica with a ToUnicode map, zero widths, as a font with mark glyphs sets them)."""


def marks_pdf(runs: list[tuple[str, float, float, bytes]]) -> bytes:
    """A one-page PDF drawing ``(font, x, y, bytes)`` runs at 10 pt: font ``T`` Helvetica, ``M`` the marks of
    :data:`MARKS` (zero width)."""
    stream = b"".join(b"BT /%s 10 Tf %.2f %.2f Td (%s) Tj ET\n" % (font.encode(), x, y, text) for font, x, y, text in runs)
    pairs = "".join(f"<{code:02X}> <{ch.encode('utf-16-be').hex().upper()}>\n" for code, ch in MARKS.items())
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /M def /CMapType 2 def\n"
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(MARKS)} beginbfchar\n{pairs}endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /T 5 0 R /M 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 33 /LastChar 35 /Widths [0 0 0]"
            b" /ToUnicode 7 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    return _assemble(objs)


def _width(text: str) -> float:
    from tests.pdfmaker import EN, text_width
    return text_width(text, EN, 10)


def _mark_line(before: str, mark: bytes, gap: float, after: str = " and more text") -> bytes:
    """``before`` in Helvetica, the mark ``gap`` points after its end, then ``after``."""
    end = 72 + _width(before)
    return marks_pdf([("T", 72, 700, before.encode()), ("M", end + gap, 700, mark),
                      ("T", end + gap + 0.5, 700, after.encode()),
                      ("T", 72, 680, b"A second line of ordinary text follows here.")])


def _kept(data: bytes) -> str:
    """The clean text of ``data`` (its title too), segmented once to check that nothing is lost."""
    from pipeline.clean import clean
    from pipeline.extract import extract

    segment_pdf(data)
    return "\n".join(line.text for line in clean(extract(data, name="made-up.pdf")).lines)


@pytest.mark.parametrize("before, mark, composed", [
    ("Sample output = j", b"!", "= \u0135 and"),           # j + U+0302: ĵ (XeTeX's zxjatype example)
    ("the name Jose", b'"', "name Jos\u00e9 and"),          # e + U+0301: é
    ("Sample output = q", b"!", "= q\u0302 and"),           # q + U+0302: no precomposed form, the pair stays
])
def test_a_mark_drawn_over_its_letter_joins_it(before, mark, composed):
    # the mark 1.4 pt right of the letter's end (its font's mark attachment), as XeTeX set U+0302 after j
    assert composed in _kept(_mark_line(before, mark, 1.4))


def test_a_mark_after_a_word_space_stays_apart():
    # near miss: a mark typed after a word space (``+ {\symbol{"0302}}``) stands alone; its space stays
    assert "output + \u0302" in _kept(_mark_line("Sample output +", b"!", 3.3))


def test_a_line_without_marks_is_unchanged():
    # near miss: ordinary text reads as before (nothing composed, nothing joined)
    text = _kept(marks_pdf([("T", 72, 700, b"Jose said caf\xe9 = x y z"), ("T", 72, 680, b"A second line.")]))
    assert "Jose said caf\u00e9 = x y z" in text
