"""Issue 18, bytes lost inside a line: every kind ends as a lost glyph with the characters its bytes allow, or as
decoded text; nothing leaves the text without a ledger row, and no flagged span leaves two spaces.

Made-up lines, damaged the way the wild damages them (Python's codecs with ``errors="replace"``).
"""

from __future__ import annotations

import pytest
from test_clean import assert_conserved, assert_idempotent, doc_of

from pipeline.clean import clean
from pipeline.extract.text import extract_text_file
from pipeline.model import GAP

SENTENCE = "本市は港町の国際交流を進めている。"


def _utf8_as_cp932(data: bytes) -> str:
    return data.decode("cp932", "replace")


def _hints(cleaned) -> dict[tuple[int, int], tuple[str, ...]]:
    return {(h.line, h.col): tuple(h.candidates) for h in cleaned.byte_hints}


def _cleaned(lines: list[str]):
    doc = doc_of(lines)
    cleaned = clean(doc)
    assert_conserved(doc, cleaned)
    assert_idempotent(cleaned)
    return cleaned


@pytest.mark.parametrize("damage", ["last byte lost", "lead byte lost"])
def test_a_character_that_lost_bytes_inside_a_mojibake_line_is_a_lost_glyph_with_candidates(damage):
    # UTF-8 read as CP932, one byte of 流 (E6 B5 81) lost: the reading goes on out of step after it, and main
    # refused every reading of the line (the whole line was widened and tokenized as rare nouns).
    data = SENTENCE.encode()
    at = data.index("流".encode())
    data = data[:at + 2] + data[at + 3:] if damage == "last byte lost" else data[:at] + data[at + 1:]
    cleaned = _cleaned([_utf8_as_cp932(data)])
    (line,) = cleaned.lines
    assert line.text.startswith("本市") and "港町の国際交" + GAP + "を進めて" in line.text
    hints = _hints(cleaned)
    glyph = line.origin[line.text.index("交") + 1]
    assert "流" in hints[glyph]
    assert all(row.reason != "width" for row in cleaned.ledger)  # never widened as text


@pytest.mark.parametrize("stray", [b"\x81", b"\x85", b"\x9f", b"\xa0"])
@pytest.mark.parametrize("before", ["流", "交", "進"])
def test_a_stray_byte_inside_a_mojibake_line_that_stood_for_nothing_leaves_no_lost_glyph(stray, before):
    # Issue 18: one byte between two whole characters of UTF-8 read as CP932 that no Japanese character ends with
    # (a kana or kanji is three bytes; a lost lead leaves two) stood for nothing, and the text reads whole without
    # it; main made it a lost glyph (``国際交\ufffd流``) with no candidates, which restore could only fill with a guess.
    data = SENTENCE.encode()
    at = data.index(before.encode())
    raw = _utf8_as_cp932(data[:at] + stray + data[at:])
    cleaned = _cleaned([raw])
    whole = _cleaned([_utf8_as_cp932(data)]).lines[0].text  # the same line read so without the stray byte
    assert cleaned.lines[0].text == whole and "国際交流を進め" in whole
    # nothing lost: the raw characters that held the byte are in the mojibake row, as raw
    (row,) = [r for r in cleaned.ledger if r.rule == "repair_japanese_mojibake"]
    assert (row.action, row.replacement) == ("changed", whole) and row.text == raw


def test_bytes_broken_loose_from_a_character_stay_a_lost_glyph_with_candidates():
    # の (E3 81 AE) lost its lead byte: 81 AE are its remains (two bytes), no stray byte
    data = SENTENCE.encode()
    at = data.index("の".encode())
    cleaned = _cleaned([_utf8_as_cp932(data[:at] + data[at + 1:])])
    assert "港町" + GAP + "国際" in cleaned.lines[0].text


@pytest.mark.parametrize("line, fixed", [
    ("港町の海螟2019年", "港町の海" + GAP + "2019年"),
    ("港町の海螟 City", "港町の海" + GAP + " City"),  # a chunk's end; a space beside a lost glyph stays
])
def test_a_kanji_cut_short_inside_a_line_before_ascii_with_no_mark_is_a_lost_glyph(line, fixed):
    # 螟 is E5 A4, the first two UTF-8 bytes of 外 (E5 A4 96): no word of the line where it stands, and the CP932
    # reading steps back in line at an ASCII byte, so nothing after it shows the loss.
    cleaned = _cleaned([line])
    assert cleaned.lines[0].text == fixed
    assert "外" in _hints(cleaned)[(1, 4)]
    row = next(r for r in cleaned.ledger if r.rule == "repair_japanese_mojibake")
    assert (row.action, row.text, row.replacement) == ("changed", "螟", GAP)


def test_a_rare_kanji_written_inside_a_line_stays():
    # before a Japanese character a lost byte would have left the reading out of step (``海螟縺ｮ``): ``海螟の`` is text
    lines = ["部屋の静謐を保つ。", "山で雉を見た。", "蟹を食べる。", "海螟の都市と交流している。"]
    assert [line.text for line in _cleaned(lines).lines] == lines


@pytest.mark.parametrize("char, trail", [("港", "`"), ("。", "B"), ("城", "é")])
def test_a_trail_byte_a_cp1252_reading_left_after_its_lost_lead_is_part_of_the_lost_glyph(char, trail):
    # Shift_JIS 港 is 8D 60: CP1252 does not define 8D (U+FFFD) and reads 60 as a backtick, which main kept in the
    # text as a character of its own.
    lost = char.encode("cp932").decode("cp1252", "replace")
    assert lost == GAP + trail
    cleaned = _cleaned([f"本市は{lost}また大きい。" if char == "。" else f"本市の{lost}は大きい。"])
    line = cleaned.lines[0].text
    assert trail not in line and GAP in line
    (row,) = [r for r in cleaned.ledger if r.rule == "repair_japanese_mojibake"]
    assert (row.action, row.text, row.replacement) == ("changed", lost, GAP)
    assert char in _hints(cleaned)[(1, row.col)]


@pytest.mark.parametrize("char, head", [("。", "港町の国際交流を進めるために多くの市民が参加した"), ("港", "本市の国際交流は"),
                                        ("西", "本市の港町は四国の")])
def test_a_lost_lead_byte_at_the_end_of_a_mostly_clean_line_is_a_lost_glyph_with_candidates(char, head):
    # Issue 18: only the last character was read as CP1252 (the rest of the line is clean Japanese, so the line has
    # no reading as a whole); its lead byte lost, its trail byte was left as the line's last character, and main
    # repaired that only inside a line or where the whole line was read so.
    lost = char.encode("cp932").decode("cp1252", "replace")
    assert lost.startswith(GAP) and len(lost) == 2
    cleaned = _cleaned([head + lost])
    assert cleaned.lines[0].text == head + GAP
    (row,) = [r for r in cleaned.ledger if r.rule == "repair_japanese_mojibake"]
    assert (row.action, row.text, row.replacement) == ("changed", lost, GAP)
    assert char in _hints(cleaned)[(1, row.col)]


@pytest.mark.parametrize("line", ["Tokyo\ufffdB", "本市の\ufffdB 2019", "港町\ufffd1"])
def test_a_latin_letter_after_a_lost_glyph_at_a_line_end_stays_without_japanese_before_it(line):
    # a Latin word's end, a chunk that a space ends (no line end), a digit (no Shift_JIS trail byte)
    assert [l.text for l in _cleaned([line]).lines] == [line]


@pytest.mark.parametrize("line, fixed", [
    # a katakana compound Sudachi groups as one unknown word: known words written together (スクリプト in
    # メンテナスクリプト, リリース クリティカル バグ); main found the decoding no word and left ``ƒX`` in the text
    ("既知のリリー" + "ス".encode("cp932").decode("cp1252") + "クリティカルバグを持っていない。",
     "既知のリリースクリティカルバグを持っていない。"),
    # a Japanese word after an English one, its first character read as CP1252: nothing before it but a space
    ("dak process-upload " + "ス".encode("cp932").decode("cp1252") + "クリプトによって", "dak process-uploadスクリプトによって"),
    ("override " + "フ".encode("cp932").decode("cp1252") + "ァイルに変更を加える", "overrideファイルに変更を加える"),
    # a short word's mojibake alone among English words whose characters read as everyday ones by chance
    ("which we call human is " + "有用".encode().decode("cp932") + " distinguished", "which we call human is 有用 distinguished"),
])
def test_a_contained_mojibake_span_is_mended_where_its_decoding_reads_as_words(line, fixed):
    # Issue 18: a span of a line read in the wrong encoding, inside good Japanese or English text
    cleaned = _cleaned([line])
    assert cleaned.lines[0].text == fixed
    assert [r.reason for r in cleaned.ledger if r.rule == "repair_japanese_mojibake"] == ["mojibake"]


@pytest.mark.parametrize("char, word, line", [
    ("ー", "マーク", "を vacation とマ{}する事です"),  # ーク: 81 5B 83 4E, CP1252 lost the 81
    ("ロ", "プログラム", "プ{}グラムの動作に影響を与える変更"),  # ロ: 83 8D, CP1252 lost the 8D
])
def test_a_short_span_whose_lost_byte_allows_a_word_is_a_lost_glyph_with_candidates(char, word, line):
    # Issue 18: main read the line with the lost glyph left out (``マクする``, no word) and flagged the span, or found
    # no reading at all (``ƒ\ufffd`` is one lost glyph); the bytes allow a few characters and one reads as the word
    span = word[1:3] if char == "ー" else word[1]
    damaged = line.format(span.encode("cp932").decode("cp1252", "replace"))
    cleaned = _cleaned([damaged])
    text = cleaned.lines[0].text
    assert word.replace(char, GAP) in text and "ƒ" not in text
    (gap,) = [o for ch, o in zip(text, cleaned.lines[0].origin) if ch == GAP]
    assert char in _hints(cleaned)[gap]


def test_a_short_chunk_that_decodes_but_to_no_word_is_flagged_not_widened():
    # Issue 18: ``繧定ｪｿ`` (を調, a span cut from a sentence) stood among English words; main widened it (``繧定ェソ``).
    # Its bytes are UTF-8 exactly, which proves the reading whatever Sudachi makes of it (trial 44: repaired,
    # tests/test_clean_utf8_words.py); a Western reading proves nothing of two letters, and is flagged.
    line = "never, " + "を調".encode("cp932").decode("cp1252") + " till the Sun fails"
    cleaned = _cleaned([line])
    assert cleaned.lines[0].text == "never, till the Sun fails"
    (row,) = [r for r in cleaned.ledger if r.rule == "repair_japanese_mojibake"]
    assert row.action == "dropped" and row.text.startswith("‚ð’²")
    utf8 = _cleaned(["never, " + "を調".encode().decode("cp932") + " till the Sun fails"])
    assert "を調" in utf8.lines[0].text and "繧" not in utf8.lines[0].text


@pytest.mark.parametrize("line", ["これは\ufffdAPIです。", "第\ufffd1章の概要", "本市の\ufffdA）を見る", "\ufffd`は"])
def test_a_latin_letter_digit_or_sign_after_a_lost_glyph_stays_where_nothing_shows_a_lost_lead(line):
    assert [l.text for l in _cleaned([line]).lines] == [line]


@pytest.mark.parametrize("line, fixed", [
    ("Tour 虜ｯ 2019", "Tour 2019"),  # flagged: bears the signature, decodes in no reading
    ("松山 \ufffdܻԤ\ufffd2019ǯ\ufffd˻ 港町", "松山 港町"),  # flagged: EUC-JP read as UTF-8
])
def test_a_flagged_span_takes_one_space_beside_it_so_none_is_doubled(line, fixed):
    cleaned = _cleaned([line])
    assert cleaned.lines[0].text == fixed
    (row,) = [r for r in cleaned.ledger if r.action == "dropped"]
    assert row.text.endswith(" ")  # the space is in the ledger row with the span


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_fragment_of_ascii_text_in_a_utf8_dump_is_decoded(encoding):
    body = "本市は四国の北西部に位置する港町である。\n".encode() * 6
    data = body + "Sister City Agreement\r\n".encode(encoding) + body
    extracted = extract_text_file(data, name="x.txt")
    assert "Sister City Agreement" in extracted.lines
    assert not any("\x00" in line for line in extracted.lines)
    assert any(encoding in note and "line 7" in note for note in extracted.notes)
    assert [(r.rule, r.line) for r in extracted.ledger] == [("decode_lines", 7)]
    assert extracted.lines.count("本市は四国の北西部に位置する港町である。") == 12


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", False), ("utf-16-le", True), ("utf-16-be", False)])
def test_a_utf16_fragment_whose_nuls_pass_a_tenth_of_the_file_is_decoded_not_refused(encoding, bom):
    # Issue 18: a long fragment of English in UTF-16 makes every other byte of its lines a NUL; in a short dump the
    # NULs passed a tenth of the file and main refused the whole file as binary or UTF-16 without a BOM.
    body = "本市は四国の北西部に位置する港町である。\n".encode() * 2
    english = "Sister City Agreement signed in 1985 with the City of Harbor Town"
    data = body + ("\ufeff" if bom else "").encode(encoding) + (english + "\r\n").encode(encoding) * 4 + body
    assert data.count(b"\x00") > 0.1 * len(data)
    extracted = extract_text_file(data, name="x.txt")
    assert extracted.lines.count(english) == 4 and extracted.lines.count("本市は四国の北西部に位置する港町である。") == 4
    assert not any("\x00" in line or GAP in line for line in extracted.lines)
    assert [(r.rule, r.line) for r in extracted.ledger] == [("decode_lines", n) for n in (3, 4, 5, 6)]
    assert any(encoding in note and "lines 3–6" in note for note in extracted.notes)


def test_a_file_in_utf16_whole_or_binary_is_still_refused_naming_file_cause_and_remedy():
    from pipeline.errors import InputError

    body = "本市は四国の北西部に位置する港町である。\n".encode() * 2
    # a binary file holds short UTF-16 strings among its NUL-laden fields on every line: no fragment of text
    fields = (bytes(range(1, 9)) + bytes(24) + "Document Title".encode("utf-16-le") + bytes(8) + b"\n") * 20
    for data, cause in [("Port City\nThank you\n".encode("utf-16-le"), "NUL byte"),
                        (body + bytes(range(256)) * 4, "binary data"), (body + fields, "binary data")]:
        with pytest.raises(InputError) as err:
            extract_text_file(data, name="x.txt")
        message = str(err.value)
        assert message.startswith("x.txt: ") and cause in message and " — " in message


def test_a_nul_lost_glyph_in_a_utf8_dump_stays_a_lost_glyph():
    # pdftotext writes a glyph it cannot map as NUL (``pp.\0\0-\0\0``): a lost glyph, no UTF-16
    data = "See pp.\x00\x00-\x00\x00 of the Harbor Town report.\n".encode() + "本市は港町である。\n".encode() * 6
    extracted = extract_text_file(data, name="x.txt")
    assert extracted.lines[0] == "See pp.\x00\x00-\x00\x00 of the Harbor Town report." and not extracted.ledger


def test_every_kind_runs_through_every_stage_and_the_talk_json_accounts_for_every_raw_character(tmp_path):
    # Nothing erased: the trail byte, the mended bytes' characters, the flagged span and its space are all in the
    # talk JSON's ``dropped`` (the conservation check of tests/reliability.py).
    from test_mojibake_bytes import _run

    data = SENTENCE.encode()
    at = data.index("流".encode())
    lines = ["港町の歴史", _utf8_as_cp932(data[:at + 2] + data[at + 3:]), "本市の\ufffd`は大きい。",
             "Tour 虜ｯ 2019 は港町の祭りである。", "港町の海螟2019年に交流を始めた。"]
    cleaned, talk, raw = _run(tmp_path, "gaps.txt", lines)
    text = "\n".join(line.text for line in cleaned.lines)
    assert "`" not in text and "虜" not in text and "螟" not in text and "  " not in text
    assert len(cleaned.byte_hints) >= 3


@pytest.mark.parametrize(("cut", "candidates"), [
    ("港".encode()[:2], 64),  # E6 B8: the third byte missing, any continuation byte
    (b"\x85", 0),  # a lone continuation byte: too many characters to list
], ids=["cut-short", "lone-byte"])
def test_a_stray_byte_in_a_utf8_dump_stays_a_lost_glyph_with_the_characters_its_bytes_allow(cut, candidates):
    """Issue 18: a UTF-8 dump with a character cut short. Extract keeps the bytes in its ``mark_undecodable_bytes``
    row; clean leaves the lost glyph standing for restore and, where the bytes bound it (two of three bytes), lists
    the characters they allow, the right one among them."""
    doc = extract_text_file(f"{SENTENCE}\nPort City\n".encode().replace("港".encode(), cut, 1), name="x.txt")
    cleaned = clean(doc)
    assert cleaned.lines[0].text == SENTENCE.replace("港", GAP)
    assert [str(r.rule) for r in cleaned.ledger if r.line == 1] == ["mark_undecodable_bytes"]
    hints = _hints(cleaned)
    assert len(hints.get((1, 3), ())) == candidates
    assert not candidates or "港" in hints[(1, 3)]
