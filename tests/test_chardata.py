"""Every character class of pipeline.chardata, checked against Unicode's own names, code point by code point."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline import chardata

# The Unicode character names that make a Japanese letter (kana, kanji and their marks).
JA_NAME_PREFIXES = (
    "HIRAGANA LETTER", "KATAKANA LETTER", "CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH",
    "HIRAGANA ITERATION MARK", "HIRAGANA VOICED ITERATION MARK", "HIRAGANA DIGRAPH",
    "KATAKANA ITERATION MARK", "KATAKANA VOICED ITERATION MARK", "KATAKANA DIGRAPH",
    "KATAKANA-HIRAGANA PROLONGED SOUND MARK", "IDEOGRAPHIC ITERATION MARK", "IDEOGRAPHIC NUMBER ZERO",
)

ASSIGNED_BMP = [chr(cp) for cp in range(0x20, 0x10000)
                if not 0xD800 <= cp <= 0xDFFF and unicodedata.category(chr(cp)) != "Cn"]


def _names(prefixes: tuple[str, ...]) -> set[str]:
    return {ch for ch in ASSIGNED_BMP if unicodedata.name(ch, "").startswith(prefixes)}


def test_japanese_letters_are_exactly_the_kana_and_ideographs_by_name():
    expected = _names(JA_NAME_PREFIXES)
    found = {ch for ch in ASSIGNED_BMP if chardata.is_ja_letter(ch)}
    assert len(expected) > 20000
    assert found == expected, (sorted(found - expected)[:10], sorted(expected - found)[:10])


def test_punctuation_and_radicals_are_not_letters():
    for ch in "、。「」（）・゛゜゠〜～：　⾼⺟":
        assert not chardata.is_ja_letter(ch), ch


@pytest.mark.parametrize("regex, prefixes", [
    (chardata.HIRAGANA_RE, ("HIRAGANA LETTER", "HIRAGANA ITERATION MARK", "HIRAGANA VOICED ITERATION MARK", "HIRAGANA DIGRAPH")),
    (chardata.KATAKANA_RE, ("KATAKANA LETTER", "KATAKANA ITERATION MARK", "KATAKANA VOICED ITERATION MARK", "KATAKANA DIGRAPH",
                            "KATAKANA-HIRAGANA PROLONGED SOUND MARK")),
    (chardata.KANJI_RE, ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "IDEOGRAPHIC ITERATION MARK", "IDEOGRAPHIC NUMBER ZERO")),
])
def test_each_script_class_matches_its_unicode_names(regex, prefixes):
    expected = _names(prefixes)
    found = {ch for ch in ASSIGNED_BMP if regex.match(ch)}
    assert expected and found == expected, (sorted(found - expected)[:10], sorted(expected - found)[:10])


def test_kana_is_hiragana_and_katakana():
    found = {ch for ch in ASSIGNED_BMP if chardata.KANA_RE.match(ch)}
    assert len(found) > 150  # both syllabaries: an empty class must not pass the comparison below
    assert found == {ch for ch in ASSIGNED_BMP if chardata.HIRAGANA_RE.match(ch) or chardata.KATAKANA_RE.match(ch)}


def test_latin_letters_are_latin_by_name_and_letters():
    found = {ch for ch in ASSIGNED_BMP if chardata.LATIN_RE.match(ch)}
    assert {"A", "z", "é", "Ł", "Ａ", "ｚ"} <= found
    assert all(ch.isalpha() and "LATIN" in unicodedata.name(ch) for ch in found)
    assert not found & set("0123456789０１_-")


def test_digit_tables_are_inverse_and_full_width_by_nfkc():
    ascii_digits = "0123456789"
    assert ascii_digits.translate(chardata.TO_FULLWIDTH_DIGITS) == chardata.FULLWIDTH_DIGITS
    assert chardata.FULLWIDTH_DIGITS.translate(chardata.TO_ASCII_DIGITS) == ascii_digits
    assert [unicodedata.normalize("NFKC", d) for d in chardata.FULLWIDTH_DIGITS] == list(ascii_digits)
    assert chardata.DIGITS == ascii_digits + chardata.FULLWIDTH_DIGITS


def test_fullwidth_alnum_is_what_nfkc_folds_to_ascii_alnum():
    import re

    rx = re.compile(f"[{chardata.FULLWIDTH_ALNUM}]")
    found = {ch for ch in ASSIGNED_BMP if rx.match(ch)}
    expected = {ch for ch in ASSIGNED_BMP if "\uff00" <= ch <= "\uffef"
                and unicodedata.normalize("NFKC", ch).isascii() and unicodedata.normalize("NFKC", ch).isalnum()}
    assert len(found) == 62 and found == expected


def test_display_width_counts_wide_and_fullwidth_as_two():
    for ch in ("国", "Ａ", "あ", "　"):
        assert chardata.display_width(ch) == 2
    for ch in ("a", "ｱ", "é"):
        assert chardata.display_width(ch) == 1
    assert chardata.display_width("人口 100 万") == 11


@pytest.mark.parametrize("text, script", [
    ("北九州市は、西日本", "ja"), ("Yellow Sea 2008", "en"), ("１１", "neutral"), ("\ufffd\ufffd", "neutral"),
    ("環境部会 Environment", "en"), ("中国・大連市 Dalian", "en"), ("中国・大連市との交流 Dal", "ja"),
])
def test_script_of_counts_letters_only(text, script):
    assert chardata.script_of(text) == script
    assert chardata.is_japanese(text) == (script == "ja")
    assert chardata.is_english(text) == (script == "en")


def test_has_japanese_needs_one_letter_not_punctuation():
    assert chardata.has_japanese("x 国")
    assert not chardata.has_japanese("（2008）、。")
