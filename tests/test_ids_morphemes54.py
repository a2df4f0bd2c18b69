"""A talk's id romanises its city's reading with long vowels folded only inside one syllable's reading (trial 54:
``西浦市`` had the id ``nishinora``: Sudachi reads the name ニシノウラ, and the ``o`` of the linking ノ and the ``u``
of 浦 ウラ were folded as if one long vowel). The reading is cut at morphemes and, inside a morpheme written in
kanji, at each kanji's reading from Sudachi's dictionary (``places.reading_parts``); a long vowel folds inside a part
only (``kana.fold_by_parts``). Correct results written before the change."""

from __future__ import annotations

import pytest

from pipeline.ids import talk_ident
from pipeline.kana import fold_by_parts
from pipeline.model import Text
from pipeline.segment.places import reading_parts, romaji_spellings


@pytest.mark.parametrize("name, ident", [
    ("西浦市", "nishinoura"),   # ニシ|ノ|ウラ (Sudachi's place-name reading; its surname one is ニシウラ)
    ("小浦町", "koura"),        # コ|ウラ: two syllables, never kora
    ("大浦市", "oura"),         # オオ|ウラ: 大's long vowel folds inside its own reading
    ("北九州市", "kitakyushu"),  # キュウ, シュウ fold inside each kanji's reading, as before
    ("大阪市", "osaka"),
    ("東京都", "tokyo"),
    ("熊本市", "kumamoto"),
    ("新潟市", "niigata"),      # ii never folds
    ("呉市", "kure"),
])
def test_a_city_id_folds_long_vowels_inside_a_reading_only_54(name, ident):
    assert talk_ident(None, Text.from_raw(name, 1), [], set()) == ident


def test_the_parts_are_the_kanjis_readings_54():
    assert reading_parts("西浦") in (("ニシ", "ウラ"),)  # the name alone reads as the surname, ニシウラ
    assert reading_parts("西浦市") == ("ニシ", "ノ", "ウラ", "シ")
    assert fold_by_parts(("ホッ", "カイ", "ドウ")) == "hokkaido"  # a sokuon at a part's end doubles the next consonant


def test_the_unfolded_spelling_is_still_offered_for_matching_english_54():
    assert romaji_spellings("北九州市") == ["kitakyushu", "kitakyuushuu"]
    assert romaji_spellings("小浦町")[0] == "koura"
