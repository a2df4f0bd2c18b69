"""Helper field76 (session 76, issue 19 points 3, 4 and 7): field cases 17, 06m, 01m and the glued names of name75.

Field 17 (``../shared/field/17-pdf-some-cid.pdf``): a CID font whose ``CIDSystemInfo`` is unreadable is read through
the collection its encoding names (docs/extract.md); that reading is no character the file maps, so each glyph so
read has a ledger row and the notes name the font, its encoding and the collection.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract import extract

HERE = Path(__file__).parent


def _pdf(name: str):
    return extract((HERE / "pdfs" / name).read_bytes(), name=name)


def test_17_glyphs_read_through_the_collection_have_ledger_rows():
    doc = _pdf("17-pdf-some-cid.pdf")
    rows = [r for r in doc.ledger if r.rule == "read_cid_font_by_encoding"]
    assert rows and all(r.action == "changed" and r.reason == "cid-collection" for r in rows)
    assert sorted("".join(r.text for r in rows)) == sorted("港" * 4 + "温" * 3 + "姉妹")
    for r in rows:  # each row stands where its characters are
        assert doc.lines[r.line - 1][r.col:r.col + len(r.text)] == r.text == r.replacement
    (note,) = [n for n in doc.notes if "read_cid_font_by_encoding" in n]
    assert "UniJIS-UCS2-H" in note and "Adobe-Japan1" in note and "Xdobe" in note


def test_a_pdf_whose_fonts_map_themselves_has_no_such_row():
    doc = _pdf("14-fakebold-pdf.pdf")
    assert not [r for r in doc.ledger if r.rule == "read_cid_font_by_encoding"]
    assert not [n for n in doc.notes if "read_cid_font_by_encoding" in n]
