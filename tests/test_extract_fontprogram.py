"""An embedded font's built-in encoding (pipeline/extract/fontprogram.py).

TeX PDFs draw Computer Modern from an embedded Type 1 or CFF program whose
font dictionary has no ``Encoding``: the program's own encoding says which
glyph each code draws. The PDFs here are written by hand (a few objects) so
that the font dictionary is exactly that: no ``Encoding``, no ``ToUnicode``.
"""

from __future__ import annotations

import io

import pytest

from pipeline.extract import extract


def _pdf(font_file_key: str, program: bytes, program_dict: str, codes: bytes) -> bytes:
    """A one-page PDF drawing ``codes`` in a Type 1 font that embeds ``program`` and names no encoding."""
    content = b"BT /F1 12 Tf 72 700 Td <" + codes.hex().encode() + b"> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /TESTCM+CMSY10 /FirstChar 0 /LastChar 255 /Widths ["
        + b" ".join([b"500"] * 256) + b"] /FontDescriptor 6 0 R >>",
        b"<< /Type /FontDescriptor /FontName /TESTCM+CMSY10 /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /" + font_file_key.encode() + b" 7 0 R >>",
        b"<< " + program_dict.encode() + b" /Length %d >>\nstream\n" % len(program) + program + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _cff_program(encoding: dict[int, str]) -> bytes:
    """A CFF program (``Type1C``) whose built-in encoding puts each glyph name at its code."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    names = [".notdef", *sorted(set(encoding.values()))]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({})
    strings = {}
    for name in names:
        pen = T2CharStringPen(500, None)
        pen.moveTo((0, 0)), pen.lineTo((100, 0)), pen.lineTo((100, 100)), pen.closePath()
        strings[name] = pen.getCharString()
    fb.setupCFF("TESTCM+CMSY10", {"FullName": "Test"}, strings, {})
    cff = fb.font["CFF "].cff
    table = [".notdef"] * 256
    for code, name in encoding.items():
        table[code] = name
    cff.topDictIndex[0].Encoding = table
    data = io.BytesIO()
    cff.compile(data, fb.font)
    return data.getvalue()


def test_a_cff_program_s_own_encoding_gives_bullet_ligature_and_quotes():
    # OT1/OMS positions as dvipdfmx embeds Computer Modern: 15 bullet, 12 fi, 92 “, 34 ”
    program = _cff_program({15: "bullet", 12: "fi", 92: "quotedblleft", 34: "quotedblright", 97: "a", 100: "d"})
    data = _pdf("FontFile3", program, "/Subtype /Type1C", bytes([15, 32, 92, 97, 12, 100, 34]))
    out = extract(data, name="tex-cff.pdf")
    assert out.lines[0].replace(" ", "") == "•“aﬁd”"
    assert not out.markers


def test_a_type1_program_s_glyph_names_the_glyph_list_lacks():
    # pdfTeX's CMSY10: the clear-text part names angbracketleft/right, which the Adobe Glyph List does not know
    clear = (b"%!PS-AdobeFont-1.0: CMSY10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
             b"dup 104 /angbracketleft put\ndup 105 /angbracketright put\ndup 120 /x put\nreadonly def\n")
    data = _pdf("FontFile", clear, f"/Length1 {len(clear)} /Length2 0 /Length3 0", bytes([104, 120, 105]))
    out = extract(data, name="tex-type1.pdf")
    assert out.lines[0].replace(" ", "") == "⟨x⟩"
    assert not out.markers


def test_a_glyph_name_nothing_maps_stays_a_lost_glyph_with_its_font():
    program = _cff_program({15: "bullet", 16: "a123xyz"})
    out = extract(_pdf("FontFile3", program, "/Subtype /Type1C", bytes([15, 16])), name="tex-unknown.pdf")
    assert out.lines[0].startswith("•")
    assert [m.font for m in out.markers] == ["TESTCM+CMSY10"]


@pytest.mark.parametrize("name, char", [("bullet", "•"), ("fi", "ﬁ"), ("angbracketleft", "⟨"), ("uni2192", "→"),
                                        ("quotedblleft", "“"), ("endash", "–")])
def test_glyph_names_read_through_the_glyph_list_then_tex_names(name, char):
    from pipeline.extract.fontprogram import unicode_of_name as _unicode_of

    assert _unicode_of(name) == char
