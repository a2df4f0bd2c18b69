"""UTF-8 read as CP1252 loses the bytes CP1252 does not define (0x81 0x8D 0x8F 0x90 0x9D): ``”`` (E2 80 9D) is
``â€`` and a U+FFFD, ``ﬁ`` (EF AC 81) is ``ï¬`` and a U+FFFD. Where the surviving bytes allow one character only that
stands in Western text, that character is written (a ``mojibake`` ledger row with the raw characters); where they
allow several (``Ã`` and a lost byte: ``Á Í Ï Ð Ý``), the lost glyph stays for restore. Made-up text."""

from __future__ import annotations

import pytest

from pipeline.clean.encoding import fix_mojibake, restore_lost_bytes
from pipeline.model import Text


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("good", [
    "The timetable was “reformed” in 2021.",
    "The survey conﬁrmed the ﬁndings.",
    "She said “yes”, and left.",
])
def test_a_character_whose_lost_byte_its_other_bytes_settle_is_written_whole(good):
    fixed = fix_mojibake(Text.from_raw(_mojibake(good), 1))
    assert fixed.text.text == good
    assert fixed.changes and all(c.reason == "mojibake" for c in fixed.changes)


def test_a_hyphen_between_two_letters_is_the_hyphen_and_one_at_a_words_end_is_the_quote():
    assert restore_lost_bytes(_mojibake("well‐known")) == "well‐known"
    assert restore_lost_bytes(_mojibake("“known”")) == "â€œknown”"


@pytest.mark.parametrize("good", ["Álvarez", "Łódź", "čaj"])
def test_bytes_that_allow_several_letters_leave_a_lost_glyph(good):
    raw = _mojibake(good)
    assert "\ufffd" in raw
    assert "\ufffd" in fix_mojibake(Text.from_raw(raw, 1)).text.text


def test_clean_text_and_japanese_lost_glyphs_pass_unchanged():
    for s in ("北九州市の\ufffd交流", "caf\ufffd", "\ufffd\ufffd5 マンガ", "Tokyo\ufffd"):
        assert restore_lost_bytes(s) == s


@pytest.mark.parametrize("s", ["Ela perguntou: “onde está você\ufffd” e saiu.", "« o bebê\ufffd» chorou"])
def test_a_lost_glyph_after_a_letter_of_western_text_is_no_mojibake(s):
    # review of 2 December: ``ê`` (EA), a lost glyph and a closing quotation mark (9D) read whole as one UTF-8
    # character made Latin Extended-D's ``Ꝕ``, a letter no Western text writes: ``você`` lost its ``ê`` and the quote
    assert restore_lost_bytes(s) == s
    assert fix_mojibake(Text.from_raw(s, 1)).text.text == s
