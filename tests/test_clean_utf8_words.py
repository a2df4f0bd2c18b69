"""A word's mojibake whose bytes are UTF-8 exactly is repaired, whatever Sudachi makes of the word (trial 44).

Trial 44: in an English field note, ``families of 阯榊ｸｫ (indigo masters)`` — ``藍師`` read as CP932 from UTF-8, every
byte in a character — came out as ``families of (indigo masters)``: Sudachi reads ``藍師`` as two one-letter words, which
the short-chunk rule takes for what any pair of bytes may give, so the word was flagged and dropped (the raw chunk in
a ledger row). The same befell every two-kanji word Sudachi splits so (``市長``, ``五月``), and a word with a level-2
kanji (``琥珀``, ``屏風``) stayed in the text as mojibake. UTF-8's structure is the proof a Western reading lacks: a
kana or kanji is a lead byte E3–E9 and two continuation bytes, so a chunk whose bytes fall so, with none left over,
decodes to what the text said (``pipeline.clean.japanese_mojibake._exact_utf8``).

Made-up lines on other topics (pottery, a mountain shrine, a town office, lacquer), each word damaged here the way the
wild damages it (UTF-8 bytes decoded as CP932 or EUC-JP by Python's codecs); the round trip is checked exact.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.clean.japanese_mojibake import repair_japanese_mojibake
from pipeline.model import Extracted, SourceFile, Text


def _mojibake(word: str, wrong: str = "cp932") -> str:
    damaged = word.encode("utf-8").decode(wrong)
    assert damaged.encode(wrong).decode("utf-8") == word  # the round trip is exact: no byte lost
    return damaged


WORDS = [
    # professions and titles Sudachi reads as two one-letter words (a noun and a suffix)
    ("The kiln was run by a {} who fired it twice a year.", "窯師"),
    ("Every ward sends its {} to the council.", "係長"),
    ("The old castle town kept the houses of each {} family.", "藩士"),
    ("The town office asked the {} to sign the permit.", "市長"),
    # a month, a number and a unit
    ("The festival is held in {} when the rice is planted.", "五月"),
    # rare compounds with a level-2 kanji (no everyday Japanese: they stayed as mojibake)
    ("A folding screen ({}) painted with cranes hangs in the hall.", "屏風"),
    ("The pendant is carved from {} found on the beach.", "琥珀"),
    ("The shrine on Mount {} draws pilgrims each summer.", "御嶽"),
    ("Sweet bean jelly, {}, is served with the tea.", "羊羹"),
    ("The lacquer box is inlaid with {} and gold.", "翡翠"),
]


@pytest.mark.parametrize("template, word", WORDS, ids=[w for _, w in WORDS])
def test_an_exact_utf8_word_alone_among_english_words_is_repaired_not_dropped(template, word):
    line = template.format(_mojibake(word))
    fixed = repair_japanese_mojibake(Text.from_raw(line, 1))
    assert fixed.text.text == template.format(word)
    (change,) = fixed.changes
    assert change.replacement == word and change.removed.text == _mojibake(word)


def test_utf8_read_as_eucjp_is_repaired_too():
    word = "島嶼"  # islands: E5 B3 B6 E5 B6 BC read as EUC-JP, ``絣九脅`` (a level-2 kanji: no everyday Japanese)
    line = f"The ferry serves the {_mojibake(word, 'euc_jp')} of the inland sea."
    assert repair_japanese_mojibake(Text.from_raw(line, 1)).text.text == f"The ferry serves the {word} of the inland sea."


def test_every_occurrence_is_repaired_through_the_clean_stage_and_the_row_keeps_the_raw_chunk():
    damaged = _mojibake("窯師")
    lines = [f"Two families of {damaged} (kiln masters) still fire the old kiln.",
             f"The {damaged} families sell their bowls at the spring fair."]
    extracted = Extracted(source=SourceFile("made-up.txt", "0" * 64, "txt"), lines=tuple(lines))
    cleaned = clean(extracted)
    assert all("窯師" in t.text and damaged not in t.text for t in cleaned.lines)
    rows = [c for c in cleaned.ledger if c.rule == "repair_japanese_mojibake"]
    assert [(c.action, c.text, c.replacement) for c in rows] == [("changed", damaged, "窯師")] * 2
    assert not any(c.action == "dropped" for c in rows)


@pytest.mark.parametrize("line", [
    "Café au lait と港町の齟齬",         # Latin-1 and everyday Japanese
    "鬱蒼 とした森",                     # level-2 kanji as text: its CP932 bytes are no UTF-8
    "躑躅 と 薔薇 の 庭",                 # rare words, written with spaces
    "ｺｰﾋｰ 麒麟ｾｯﾄ ｱｲｳｴｵ",             # half-width katakana as text
    "齋藤 髙橋 の 記録",                  # names with rare and extension kanji
    "ΑΒΓ は希臘文字",
])
def test_clean_text_is_not_read_as_utf8(line):
    assert not repair_japanese_mojibake(Text.from_raw(line, 1)).changed


def test_a_western_reading_that_decodes_to_no_word_is_still_flagged_with_the_raw_chunk():
    # Shift_JIS read as CP1252 has no structure to prove two letters (any two bytes may give a kanji): ``を調`` read
    # as two one-letter words stays no evidence of a word, and the chunk is dropped with its raw text in the row.
    damaged = "を調".encode("cp932").decode("cp1252")
    fixed = repair_japanese_mojibake(Text.from_raw(f"never, {damaged} till the Sun fails", 1))
    assert fixed.text.text == "never, till the Sun fails"
    (change,) = fixed.changes
    assert change.removed.text == damaged + " " and change.replacement is None
