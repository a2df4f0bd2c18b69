"""Character facts the new clean rules rest on (pipeline.chardata), checked over whole Unicode blocks."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.chardata import RADICAL_EQUIVALENTS, is_everyday_japanese, is_lost_control, unified_ideograph
from pipeline.extract.text import decode_dump
from pipeline.errors import InputError

UNIFIED_COMPATIBILITY = {0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28, 0xFA29}
"""The twelve characters of the CJK Compatibility Ideographs block that are unified ideographs themselves."""


def test_every_kangxi_radical_maps_to_a_unified_ideograph():
    radicals = [chr(c) for c in range(0x2F00, 0x2FE0) if unicodedata.category(chr(c)) != "Cn"]
    assert len(radicals) == 214
    for ch in radicals:
        mapped = unified_ideograph(ch)
        assert mapped is not None and unicodedata.name(mapped).startswith("CJK UNIFIED IDEOGRAPH"), ch


def test_compatibility_ideographs_map_where_nfkc_does():
    block = [c for c in range(0xF900, 0xFB00) if unicodedata.category(chr(c)) != "Cn"]
    assert {c for c in block if unified_ideograph(chr(c)) is None} == UNIFIED_COMPATIBILITY
    assert unified_ideograph("\U0002f800") == unicodedata.normalize("NFKC", "\U0002f800")


def test_radicals_supplement_table_has_the_look_alikes_japanese_pdfs_use():
    assert len(RADICAL_EQUIVALENTS) == 114
    for radical, ideograph in zip("⻄⻑⻘⻝⻤⻲⺟", "西長青食鬼亀母"):
        assert unified_ideograph(radical) == ideograph


def test_everyday_japanese_is_level_one_kanji_kana_and_punctuation():
    assert all(is_everyday_japanese(ch) for ch in "亜腕あんアン。「」、々ー")
    assert not any(is_everyday_japanese(ch) for ch in "弌縺繧ｱA\ufffd")  # 弌: first level-2 kanji


@pytest.mark.parametrize("ch, lost", [("\x00", True), ("\x07", True), ("\x1f", True), ("\x7f", True), ("\x85", True),
                                      ("\t", False), ("\x0c", False), ("\u200b", False), ("a", False)])
def test_lost_controls(ch, lost):
    assert is_lost_control(ch) is lost


def test_a_few_nul_bytes_in_text_are_kept_for_the_clean_stage():
    decoded = decode_dump("港町の\x00交流\nPort City\n".encode(), name="x.txt")
    assert decoded.text.startswith("港町の\x00交流")


def test_utf16_without_bom_is_still_refused():
    with pytest.raises(InputError, match="NUL byte"):
        decode_dump("Port City\nThank you\n".encode("utf-16-le"), name="x.txt")


def test_an_undecodable_line_in_good_text_is_lost_glyphs_with_a_note():
    data = ("港町の交流\n" * 30).encode() + b"\xff\xfe\xfd bad\n"
    decoded = decode_dump(data, name="x.txt")
    assert decoded.odd_lines == {31: "lost"}
    assert decoded.text.split("\n")[30] == "\ufffd\ufffd\ufffd bad"


def test_a_western_line_in_a_utf8_dump_is_decoded_on_its_own():
    data = "高松市\nFerries and Festivals\n".encode() + "Café culture — a “must-see”\n".encode("cp1252") + b"Thank you\n"
    decoded = decode_dump(data, name="x.txt")
    assert decoded.odd_lines == {3: "cp1252"}
    assert decoded.text.split("\n")[2] == "Café culture — a “must-see”"


def test_a_shift_jis_line_with_half_width_katakana_in_a_utf8_dump_is_decoded_on_its_own():
    data = ("盛岡市\n".encode() + "ｻﾝｻ踊りは夏に開かれる。\n".encode("cp932") + "わんこそば\n".encode()
            + "雪の多い都市である。\n".encode("euc_jp"))
    decoded = decode_dump(data, name="x.txt")
    assert decoded.odd_lines == {2: "cp932", 4: "euc_jp"}  # the EUC-JP line is no half-width katakana in CP932
    assert decoded.text.split("\n")[1] == "ｻﾝｻ踊りは夏に開かれる。"


def test_japanese_lines_with_lost_bytes_in_a_utf8_dump_are_decoded_with_lost_glyphs():
    # a Shift_JIS line cut inside its last character, an EUC-JP line with a stray byte: the file is not refused
    data = ("松山市\n本市は四国にある。\n".encode() + "ねぶた祭は夏に開かれる。".encode("cp932")[:-1] + b"\n"
            + "港町と".encode("euc_jp") + b"\xff" + "して栄えた。".encode("euc_jp") + b"\nMatsuyama City\n")
    decoded = decode_dump(data, name="x.txt")
    assert decoded.odd_lines == {3: "cp932", 4: "euc_jp"}
    assert decoded.text.split("\n")[2:4] == ["ねぶた祭は夏に開かれる\ufffd", "港町と\ufffdして栄えた。"]


def test_one_undecodable_line_never_refuses_a_short_file():
    data = "高松市\n港町の国際交流\n".encode() + b"\x81\xff\xfe\x80\x9d\n" + "ありがとう\n".encode()
    decoded = decode_dump(data, name="x.txt")
    assert decoded.odd_lines == {3: "lost"}


def test_bytes_that_fit_no_encoding_are_still_refused():
    with pytest.raises(InputError):
        decode_dump(bytes(range(128, 256)) * 4 + b"\n" + bytes(range(255, 127, -1)) * 4, name="x.txt")
