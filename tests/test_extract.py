"""Extract: encodings are detected, never guessed silently; PDFs keep pages and CIDs."""

from __future__ import annotations

import pytest

from golden import compare
from pdfmaker import cid_pdf, text_pdf
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.files import dumps
from pipeline.model import GAP

JA = "北九州市は、西日本、九州の最北端に位置する国際都市である。\n１．環境と技術のまち\nKitakyushu City\n"


@pytest.mark.parametrize("encoding", ["utf-8", "cp932", "euc_jp"])
def test_japanese_encodings_are_detected(encoding):
    doc = extract(JA.encode(encoding), name="raw/x.txt")
    assert doc.lines == tuple(JA.splitlines())
    assert doc.source.encoding.replace("-", "_").lower() in {encoding, "shift_jis", "cp932", "euc_jp", "utf_8"}


def test_a_shift_jis_family_file_reads_as_windows_writes_it():
    # the bytes of ～ mean FULLWIDTH TILDE in CP932, which wrote them; JIS X 0208's
    # mapping (Python's shift_jis, charset-normalizer's first guess here) reads them as WAVE DASH, which the writer never typed
    text = ("第2回 緑ヶ丘町内会 役員会 記録\n\n日時：令和6年11月2日（土）10時00分～11時30分\n場所：緑ヶ丘集会所 和室\n"
            "出席者：佐藤会長、高橋副会長、伊藤会計、渡辺書記（計4名）\n\n1．開会\n佐藤会長より開会の挨拶があった。\n\n"
            "2．議題\n（1）秋祭りの収支報告\n伊藤会計より収支の報告があり、全員で確認した。\n（2）防災訓練の日程\n"
            "12月の第1日曜日に実施することとした。\n\n3．閉会\n次回は1月に開くこととし、散会した。\n")
    doc = extract(text.encode("cp932"), name="raw/x.txt")
    assert doc.source.encoding == "cp932"
    assert doc.lines == tuple(text.splitlines())


def test_a_file_saved_in_cp1252_whole_is_read_as_cp1252_without_a_note():
    text = "Café culture in the old harbour — a “must-see” résumé\nThe harbour café reopened in spring.\n"
    doc = extract(text.encode("cp1252"), name="raw/x.txt")
    assert doc.lines == tuple(text.splitlines()) and doc.source.encoding == "cp1252"
    assert not doc.notes and not doc.ledger  # no line is "decoded otherwise than the file"


def test_each_line_decoded_on_its_own_is_a_change_that_carries_its_replacement():
    """docs/talk-json.md ``dropped[]``: a ``changed`` row names what stands in the output; a line another encoding
    read (EUC-JP, CP1252) or none read (lost bytes) is the raw line as decoded, and reaches the talk JSON so."""
    from pipeline.clean import clean
    from pipeline.structure import dropped_rows

    data = ("港の広場\nHarbour square\n".encode() + "湾岸の遊歩道が整備された。\n".encode("euc_jp")
            + "The harbour café — a “must-see”\n".encode("cp1252") + "桟橋".encode() + b"\xff\xfe\x81\n"
            + "Pier\n".encode())
    doc = extract(data, name="raw/x.txt")
    rows = [r for r in doc.ledger if r.rule == "decode_lines"]
    assert [(r.line, r.action, r.replacement) for r in rows] == [(3, "changed", "湾岸の遊歩道が整備された。"),
                                                                 (4, "changed", "The harbour café — a “must-see”"),
                                                                 (5, "changed", doc.lines[4])]
    assert GAP in doc.lines[4]
    changed = [d for d in dropped_rows(clean(doc).ledger, "raw/x.txt") if d.action == "changed"]
    assert {d.rule for d in changed} >= {"decode_lines"}
    assert all(d.replacement is not None for d in changed)


def test_utf16_with_bom_and_crlf():
    doc = extract(("\ufeff" + JA.replace("\n", "\r\n")).encode("utf-16-le"), name="raw/x.txt")
    assert doc.lines == tuple(JA.splitlines())
    assert doc.source.encoding == "utf-16"


def test_utf8_bom_is_not_text():
    doc = extract(b"\xef\xbb\xbf" + JA.encode(), name="raw/x.txt")
    assert doc.lines[0].startswith("北九州市")


def test_undecodable_bytes_are_refused_with_place_and_remedy():
    data = "日本語のテキスト\n".encode() * 3 + ("Привет, как дела? Всё хорошо.\n" * 10).encode("koi8-r")  # text, not read
    with pytest.raises(InputError) as err:
        extract(data, name="raw/bad.txt")
    msg = str(err.value)
    assert msg.startswith("raw/bad.txt: line 4: not UTF-8, Shift_JIS/CP932, EUC-JP or UTF-16")
    assert "--encoding" in msg


@pytest.mark.parametrize("data", [
    "日本語のテキスト\n".encode() * 3 + (bytes(range(0x80, 0x100)) + b"\n") * 8,  # mostly binary, no NUL
    bytes(range(256)) * 9,  # the trial's 13_binary.txt kind: every byte value, NULs included
], ids=["high-bytes", "every-byte"])
def test_binary_data_is_told_it_is_not_text(data):
    """Trial fault 12: binary data was advised to remove its NUL bytes (tr -d '\\000'); charset-normalizer's
    is_binary tells it from text, and the message says it is not text."""
    with pytest.raises(InputError) as err:
        extract(data, name="raw/bad.txt")
    assert str(err.value).startswith("raw/bad.txt: line ")
    assert ": is binary data, not text (charset-normalizer finds no text encoding that reads it): the first sign" \
        in str(err.value)
    assert str(err.value).endswith(" — give the text dump (.txt) or the PDF of the proceedings instead")


@pytest.mark.parametrize(("data", "place", "sign"), [
    ("本市は港町である。\nPort City\n".encode() + b"\x7fELF\x02\x01" + bytes(40) + bytes(range(1, 200)) * 3,
     "line 3", "a run of 40 NUL bytes, at byte offset 44"),
    ("日本語のテキスト\n".encode() * 3 + (bytes(range(0x80, 0x100)) + b"\n") * 8,
     "line 4", "the byte 0x80, which no encoding read here reads, at byte offset 75"),
], ids=["nul-run", "high-bytes"])
def test_a_binary_refusal_names_the_file_the_place_the_cause_and_the_remedy(data, place, sign):
    """Issue 18: the refusal of binary data named no place. It names the file, the line and byte offset of the
    first sign that the file is no text (its first run of NUL bytes, else its first byte no encoding reads), the
    cause and the remedy."""
    with pytest.raises(InputError) as err:
        extract(data, name="raw/bad.txt")
    assert str(err.value) == (f"raw/bad.txt: {place}: is binary data, not text (charset-normalizer finds no text"
                              f" encoding that reads it): the first sign, {sign} — give the text dump (.txt) or the"
                              " PDF of the proceedings instead")


def _lost_byte_rows(doc):
    return [(r.line, r.col, r.text, str(r.reason), r.raw_bytes) for r in doc.ledger
            if r.rule == "mark_undecodable_bytes"]


@pytest.mark.parametrize(("data", "line", "stray"), [
    (b"\x85", "本市は\ufffd町である。", "85"),  # a lone continuation byte
    ("港".encode()[:2], "本市は\ufffd町である。", "E6 B8"),  # a character cut short
    (b"\xff", "本市は\ufffd町である。", "FF"),  # a byte UTF-8 never writes
], ids=["continuation", "cut-short", "ff"])
def test_a_stray_byte_in_a_utf8_dump_is_a_lost_glyph_with_its_byte_in_the_ledger(data, line, stray):
    """Issue 18: a UTF-8 dump with one undecodable byte. Main refused a short file whole (its one Japanese line
    counted as undecodable) and, in a longer one, kept the line with a U+FFFD but no record of the byte. Now the
    byte is one lost glyph (U+FFFD, a gap restore fills), and its ledger row keeps the position, the byte in hex
    and the reason; the note names the line and column."""
    text = "本市は港町である。\nPort City\n".encode()
    doc = extract(text.replace("港".encode(), data, 1), name="raw/x.txt")
    assert doc.source.encoding == "utf-8"
    assert doc.lines == (line, "Port City")
    assert _lost_byte_rows(doc) == [(1, 3, GAP, "undecodable-byte", stray)]
    assert [r.replacement for r in doc.ledger] == [GAP]
    assert doc.notes[0].startswith("raw/x.txt: line 1: column 3: the ")
    assert "rule mark_undecodable_bytes" in doc.notes[0]


CP932_PROSE = ("本市は瀬戸内海に面した港町である。\n近年は港の整備が進み、観光客も増えている。\n"
               "姉妹都市との国際交流を進めている。\nPort City Report 2019\n")


@pytest.mark.parametrize(("damaged", "line", "stray"), [
    (lambda b: b.replace("町".encode("cp932"), b"\x85" + "町".encode("cp932"), 1),
     "本市は瀬戸内海に面した港\ufffd町である。", "85"),  # a lone byte CP932 pairs with nothing
    (lambda b: b.replace("整".encode("cp932"), "整".encode("cp932")[:1], 1),
     "近年は港の\ufffd備が進み、観光客も増えている。", "90"),  # a double-byte character cut short: read on out of step
], ids=["lone-85", "cut-double-byte"])
def test_a_cp932_dump_with_a_stray_byte_is_read_as_cp932(damaged, line, stray):
    """Issue 18: a CP932 dump with one stray byte fits CP932 strictly nowhere; main read it as UTF-8 with every
    line decoded on its own (a note and a decode_lines row for each, and the cut character read on out of step into
    a user-defined character: ``数\\ue3edｪ``). Weighed whole, it reads as CP932 but for one place and as UTF-8 with
    many: it is a CP932 file, the damaged byte one lost glyph, its byte in the ledger."""
    doc = extract(damaged(CP932_PROSE.encode("cp932")), name="raw/x.txt")
    assert doc.source.encoding == "cp932"
    damaged_at = next(i for i, ln in enumerate(doc.lines) if GAP in ln)
    assert doc.lines[damaged_at] == line
    assert doc.lines[:damaged_at] + doc.lines[damaged_at + 1:] == tuple(
        ln for i, ln in enumerate(CP932_PROSE.splitlines()) if i != damaged_at)
    assert [r[2:] for r in _lost_byte_rows(doc)] == [(GAP, "undecodable-byte", stray)]
    assert not any(r.rule == "decode_lines" for r in doc.ledger)
    assert len(doc.notes) == 1


def test_forced_encoding_is_used_or_refused():
    assert extract(JA.encode("euc_jp"), name="x.txt", encoding="euc_jp").lines[0].startswith("北九州市")
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        extract(JA.encode("euc_jp"), name="x.txt", encoding="utf-8")


def test_cid_in_a_text_dump_is_one_gap_with_provenance():
    doc = extract("北九(cid:1234)市 (cid:7)\n".encode(), name="x.txt")
    assert doc.lines == (f"北九{GAP}市 {GAP}",)
    # raw columns: the second marker stands after the first one's ten characters (trial 2 fault 1)
    assert [(m.line, m.col, m.cid, m.raw, m.width) for m in doc.markers] == [(1, 2, 1234, "(cid:1234)", 10),
                                                                             (1, 14, 7, "(cid:7)", 7)]
    assert doc.raw_lines()[0].origin == ((1, 0), (1, 1), (1, 2), (1, 12), (1, 13), (1, 14))
    assert doc.source_lines() == ["北九(cid:1234)市 (cid:7)"]


def test_pdf_japanese_and_english_text_and_pages():
    pdf = text_pdf([[("ja", "国境を越えた都市間連携・交流"), ("en", "Cross-boundary Cooperation")], [("en", "Page two")]])
    doc = extract(pdf, name="raw/t.pdf")
    text = [line for line in doc.lines if line.strip()]
    assert text == ["国境を越えた都市間連携・交流", "Cross-boundary Cooperation", "Page two"]
    assert doc.source.kind == "pdf"
    assert len(doc.page_starts) == 2
    assert doc.lines[doc.page_starts[1] - 1] == "Page two"


def test_pdf_cid_becomes_a_gap_and_keeps_the_cid():
    doc = extract(cid_pdf("0012002A"), name="raw/c.pdf")
    gap_line = next(i for i, line in enumerate(doc.lines, start=1) if GAP in line)
    assert doc.lines[gap_line - 1] == GAP * 2
    assert [(m.line, m.col, m.cid) for m in doc.markers] == [(gap_line, 0, 18), (gap_line, 1, 42)]
    assert "(cid:" not in "".join(doc.lines)


def test_unsupported_suffix():
    with pytest.raises(InputError, match=r"x\.docx: has an unsupported suffix — give a \.txt text dump or a \.pdf"):
        extract(b"hello", name="x.docx")


def test_sample_golden(sample_extracted):
    assert sample_extracted.source.sha256 == "1d423143740b3a784de36ffcc720e6a34e7f4a31c80d15bc3b51dfc77367e2da"
    assert len(sample_extracted.lines) == 1221
    compare(dumps(sample_extracted.to_json()), "extract/000_339d16c72fef9a96.json")


def test_pdf_golden():
    pdf = text_pdf([[("ja", "１．環境と技術のまち 北九州"), ("en", "Technology Capital of Asia")], [("en", "2")]])
    compare(dumps(extract(pdf, name="raw/made.pdf").to_json()), "extract/made.pdf.json")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_fragment_in_a_utf8_dump_is_decoded_line_by_line(codec):
    # A UTF-16 fragment pasted into a UTF-8 dump (its own byte-order mark and two-byte line feeds): main read its
    # lines as UTF-8 with lost glyphs (``,p8b\ufffdQwm…``, control characters among them) and the line after it
    # opened with the NUL of the fragment's last line feed. Each is UTF-16 that reads as everyday Japanese.
    fragment = "瀬戸内海に面した温暖な気候に恵まれている。\r\n人口は約50万人である。\r\n"
    data = ("松山市\n1. 概要\n".encode() + ("\ufeff" + fragment).encode(codec)
            + "本市は四国の北西部に位置する。\n".encode())
    doc = extract(data, name="raw/x.txt")
    assert doc.lines == ("松山市", "1. 概要", "瀬戸内海に面した温暖な気候に恵まれている。", "人口は約50万人である。",
                         "本市は四国の北西部に位置する。")
    rows = [(row.rule, row.line) for row in doc.ledger]
    assert rows == [("decode_lines", 3), ("decode_lines", 4)]


def test_a_damaged_shift_jis_lead_byte_takes_its_trail_byte_into_the_lost_glyph():
    """Trial 24: the lead byte of 菜 (8D D8) damaged to 85 left D8 behind as a half-width ﾘ (clean widened it to リ):
    invented text. The lost glyph holds both bytes, and clean's hint lists the letters with that trail byte."""
    from pipeline.clean.japanese_mojibake import stray_byte_hints

    body = "市民農園の利用者を募集します。\n野菜や花を育てることができます。\n区画は全部で四十です。\n"
    data = body.encode("cp932").replace("野菜".encode("cp932"), "野".encode("cp932") + b"\x85\xd8")
    doc = extract(data, name="raw/oshirase.txt")
    text = "\n".join(doc.lines)
    assert "野\ufffdや花" in text and "ﾘ" not in text
    rows = [r for r in doc.ledger if r.rule == "mark_undecodable_bytes"]
    assert [r.raw_bytes for r in rows] == ["85 D8"]
    hints = stray_byte_hints(rows, doc.source.encoding)
    assert len(hints) == 1 and "菜" in hints[0].candidates and "球" not in hints[0].candidates


def test_a_half_width_line_keeps_its_katakana_after_a_stray_byte():
    """The guard: in a line of half-width katakana, the byte after a stray one may be the text's own."""
    body = "ｶﾀｶﾅの行です。\n市民農園の利用者を募集します。\n区画は全部で四十です。\n"
    data = body.encode("cp932").replace("ｶﾀ".encode("cp932"), "ｶ".encode("cp932") + b"\x85" + "ﾀ".encode("cp932"))
    doc = extract(data, name="raw/kana.txt")
    assert "ｶ\ufffdﾀｶﾅ" in "\n".join(doc.lines)
