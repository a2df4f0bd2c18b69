"""A city's reading where Sudachi reads its suffix inside a word with the stem's last letters (session 67, fresh-user
trial 67c: ``浜風市`` is 浜 + 風市 カザシ, and the talk's id was ``hamakaza``): the stem is read alone."""

from __future__ import annotations

import pytest

from pipeline.ids import talk_ident
from pipeline.model import Text
from pipeline.segment.places import romaji_spellings


@pytest.mark.parametrize("name, spelled", [("浜風市", "hamakaze")])
def test_a_suffix_read_inside_a_word_leaves_the_stem_read_alone(name, spelled):
    assert romaji_spellings(name)[0] == spelled
    assert talk_ident(None, Text.from_raw(name, 1), [], set()) == spelled


@pytest.mark.parametrize("name, spelled", [
    ("西浦市", "nishinoura"),  # the suffix a word of its own: the whole name's reading
    ("四日市市", "yokkaichi"),
    ("市川市", "ichikawa"),
    ("北九州市", "kitakyushu"),
    ("東大阪市", "higashiosaka"),
])
def test_names_read_whole_keep_their_reading(name, spelled):
    assert romaji_spellings(name)[0] == spelled
