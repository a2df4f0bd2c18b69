"""The JIS X 0208 wave dash in Adobe-Japan1 CID fonts reads as ``～`` (docs/extract.md, "Japanese CID fonts")."""

from __future__ import annotations

from pdfmaker import JA, JA_V, drawn_pdf, japan1_pdf, text_pdf
from pipeline.clean import working_lines
from pipeline.extract import extract

WAVE_DASH, FULLWIDTH_TILDE = "\u301c", "\uff5e"


def lines(pdf: bytes) -> list[str]:
    return [line.text.text for line in working_lines(extract(pdf, name="w.pdf"))]


def test_either_spelling_drawn_in_heiseimin_reads_as_fullwidth_tilde():
    """ReportLab encodes both spellings to the one glyph (CID 665) by UniJIS-UCS2-H and writes no ToUnicode."""
    got = lines(text_pdf([[(JA, f"会期：10月1日{FULLWIDTH_TILDE}3日"), (JA, f"受付 9時{WAVE_DASH}17時")]]))
    assert got == [f"会期：10月1日{FULLWIDTH_TILDE}3日", f"受付 9時{FULLWIDTH_TILDE}17時"]


def test_vertical_form_of_the_wave_dash_reads_as_fullwidth_tilde():
    got = lines(drawn_pdf([[(JA_V, 10.5, 500, 760, f"一日{FULLWIDTH_TILDE}三日")]]))
    assert got == [f"一日{FULLWIDTH_TILDE}三日"]


def test_other_jis_row_one_readings_stay_adobes():
    """Only the wave dash changes: the double vertical line and the minus sign keep Adobe-Japan1's reading."""
    assert lines(text_pdf([[(JA, "‖−―")]])) == ["‖−―"]


def test_a_tounicode_map_is_the_documents_own_word():
    """A font whose ToUnicode map says U+301C for the glyph keeps U+301C; without one, the collection's map (fixed) reads it."""
    cids = [1200, 665, 1201]  # 1200/1201: two kana of Adobe-Japan1, read the same both ways
    plain = lines(japan1_pdf(cids))
    assert len(plain) == 1 and plain[0][1] == FULLWIDTH_TILDE
    told = lines(japan1_pdf(cids, {1200: "あ", 665: WAVE_DASH, 1201: "い"}))
    assert told == [f"あ{WAVE_DASH}い"]
