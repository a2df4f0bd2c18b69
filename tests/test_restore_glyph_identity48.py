"""Same glyph, same answer only where the glyph id names one character (issue 19, point 3).

A font that draws a real U+FFFD glyph (its ToUnicode maps the glyph to U+FFFD) draws every character its source had
lost as that one glyph; ``.notdef`` (GID 0) is drawn for any character a font lacks. Pooling those places as one
character gave the letters of ``colo\ufffdies`` and ``temper\ufffdture`` the reading of a number elsewhere.
"""

from __future__ import annotations

import io
import os

import pytest

from pipeline.model import GAP, Marker
from pipeline.restore import Restorer, charlm, restore_text
from pipeline.restore.evidence.base import Document, Line, Site

LINES = ["The colo\ufffdies grew at a temper\ufffdture of 3\ufffd degrees.", "Each plate held 12 samples in 2024.",
         "The b\ufffdth was kept at 40 degrees."]


def _replacement_glyph_pdf(tmp_path) -> bytes:
    """A reportlab PDF whose TrueType subset draws U+FFFD with a glyph of its own (Vera's ``question``, given a cmap
    entry for U+FFFD), so that the ToUnicode map sends that one glyph to U+FFFD wherever the text lost a letter."""
    fonttools = pytest.importorskip("fontTools.ttLib")
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = fonttools.TTFont(os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf"))
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0xFFFD] = "question"
    path = tmp_path / "replacement.ttf"
    font.save(path)
    pdfmetrics.registerFont(TTFont("ReplacementGlyph48", str(path)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("ReplacementGlyph48", 11)
    for k, text in enumerate(LINES):
        c.drawString(72, 760 - 20 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_glyph_the_font_maps_to_the_replacement_character_is_decided_place_by_place(tmp_path):
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    extracted = extract(_replacement_glyph_pdf(tmp_path), name="tests/replacement.pdf")
    assert len({(m.font, m.cid) for m in extracted.markers}) == 1 and len(extracted.markers) == 4  # one glyph
    assert all(m.identity is None for m in extracted.markers)
    repairs = [r for t in restore(segment(clean(extracted))).talks for r in t.repairs]
    by_word = {r.col: r for r in repairs}
    colonies, temperature = (by_word[LINES[0].index(GAP)], by_word[LINES[0].index(GAP, 10)])
    # main: both ambiguous, "the same glyph stands elsewhere, where this fill is not borne out"
    assert (colonies.restored, temperature.restored) == ("n", "a"), (colonies, temperature)
    assert not [e for r in repairs for e in r.evidence if "same glyph" in e.detail]
    assert not [c.text for r in (colonies, temperature) for c in r.candidates if any(ch.isdigit() for ch in c.text)]


def test_notdef_is_no_glyph_identity_in_a_text_dump():
    # (cid:0) is .notdef: drawn for any character the font lacks, so its places are not one character
    text = "The colo(cid:0)ies grew at a temper(cid:0)ture of 3(cid:0) degrees.\nEach plate held 12 samples."
    repairs = restore_text(text)["repairs"]
    assert [r["restored"] for r in repairs[:2]] == ["n", "a"], repairs
    assert all(r["cids"] == [0] for r in repairs)  # the CID is still reported
    assert not [e for r in repairs for e in r["evidence"] if "same glyph" in e["detail"]]


def test_a_marker_names_its_glyph_only_where_the_id_names_one_character():
    assert Marker(3, 4, 2003, "(cid:2003)", font="F1").identity == ("F1", 2003)
    assert Marker(3, 4, 0, "(cid:0)", font="F1", notdef=True).identity is None  # .notdef
    assert Marker(3, 4, 0, "(cid:0)", font="T1").identity == ("T1", 0)  # a simple font's code 0: a glyph (txex)
    assert Marker(3, 4, 17, "\ufffd", font="F1").identity is None  # the font's own U+FFFD glyph
    assert Marker(3, 4, 17, "\x00", font="F1").identity == ("F1", 17)  # a glyph mapped to a control code


def test_a_pooled_ranking_read_inside_a_word_of_letters_offers_no_number():
    # the ranking of a glyph pooled with a number elsewhere put a digit first; at a place inside a word of letters a
    # digit is no candidate, and the abstention "a number…" says nothing there
    lines = ["The plates held colo\ufffdies after a day at 3\ufffd degrees."]
    doc = Document.of_lines([Line(lines[0], 1)])
    restorer = Restorer(doc, lm=charlm.for_document(lines[0]), plain=True)
    start = lines[0].index(GAP)
    ranked = restorer.rank(Site(lines[0], start, start + 1, 1))
    verdict = restorer.verdict(ranked, [("0", 0.6), ("5", 0.1), ("n", 0.3)])
    assert [c.text for c in verdict.candidates] == ["n"], verdict
    assert not [e for e in verdict.evidence if e.kind == "abstention" and "number" in e.detail]


def test_cid_0_of_a_cid_font_is_notdef_in_a_pdf():
    from pipeline.extract import extract
    from tests.pdfmaker import cid_pdf

    markers = extract(cid_pdf("000000070000"), name="tests/notdef.pdf").markers
    assert [(m.cid, m.notdef, m.identity is None) for m in markers] == [(0, True, True), (7, False, False),
                                                                         (0, True, True)]
