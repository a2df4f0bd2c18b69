"""A speaker line whose name lost glyphs (review 48): the name and its affiliation each in their place, whichever
comes first, the gaps kept in the name. ``�原 ��（北九州市国際部長）`` had been read with the whole line but ``）`` as
the affiliation and ``）`` as the name: the post inside the brackets was taken for a post before a name."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

G = "\ufffd"

TALK = """\
長崎市

海を越えた文化交流の歩み

{speaker}

１．はじめに
長崎市は九州の西端に位置し、古くから海外との交流の窓口として栄えてきた。

２．交流の歴史
江戸時代には出島を通じて西洋の学問や技術が伝えられた。
"""


@pytest.mark.parametrize(("line", "affiliation", "name"), [
    (f"長崎市国際部長 {G}原 {G}{G}", "長崎市国際部長", f"{G}原 {G}{G}"),
    (f"長崎市文化観光局長　{G}田　{G}{G}", "長崎市文化観光局長", f"{G}田　{G}{G}"),
    (f"{G}原 {G}{G}（長崎市国際部長）", "長崎市国際部長", f"{G}原 {G}{G}"),
    (f"高{G} 一{G}（長崎市国際交流協会）", "長崎市国際交流協会", f"高{G} 一{G}"),
    ("山田 太郎（長崎市国際部長）", "長崎市国際部長", "山田 太郎"),
    # the post first, the name in brackets: the brackets are neither's (they had stayed in the name)
    (f"長崎市国際部長（{G}原 {G}{G}）", "長崎市国際部長", f"{G}原 {G}{G}"),
    ("長崎市国際部長 (山田 太郎)", "長崎市国際部長", "山田 太郎"),
])
def test_the_name_and_its_affiliation_are_not_swapped(line, affiliation, name):
    (talk,) = run_text(TALK.format(speaker=line)).talks
    assert talk.speaker.text is not None and talk.speaker.text.text == line
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation, talk.speaker
    assert talk.speaker.name is not None and talk.speaker.name.text == name, talk.speaker
