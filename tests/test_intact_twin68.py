"""An English word written whole elsewhere that the lost glyph completes: ranked first and cited, never committed
(issue 19 point 3, fresh-user trial 68b; helper fix68e).

Trial 68b's recipe wrote ``score the flesh`` intact and lost the ligature of ``spread over the (cid:31)esh``: the gap
was offered fl, m, s, d from the word list alone, the document's own word unsaid. ``english.intact_copy`` copies
no word's first glyph (right 644 of 701 times, under the commit's precision) and no word written once in another
context, and the repetition provider proposes fills of the gap's length only (no ligature). Now such a twin is
ranked first and cited as repetition evidence, never committed (``Restorer.intact_twin_ranked``), as Japanese
``near_word``/``far_word`` rank a fill no confidence reads.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

G = "\ufffd"


def _only(text: str) -> dict:
    (repair,) = restore_text(text)["repairs"]
    return repair


def _cited(r: dict) -> list[str]:
    return [e["detail"] for e in r["evidence"] if e["kind"] == "repetition" and "ranked first" in e["detail"]]


@pytest.mark.parametrize("text, word, fill", [
    # the trial's: a (cid:N) with no ToUnicode entry, flesh written whole a step earlier
    ("1. Halve the aubergines and score the flesh.\n2. Roast for 15 minutes.\n"
     "3. Mix the miso and sugar; spread over the (cid:31)esh.\n", "flesh", "fl"),
    (f"Sift the flour into a bowl.\nAdd the eggs and beat well.\nDust the tin with {G}our before baking.\n",
     "flour", "fl"),                                   # hour, your, four commoner: fl was last
    (f"Sweep the floor every day.\nWipe the benches.\nMop the {G}oor on Fridays.\n", "floor", "fl"),
    (f"The final report is due in May.\nMembers voted on it.\nThe {G}nal draft was sent.\n", "final", "fi"),
    (f"The effect was clear to everyone.\nMembers voted in May.\nWe saw no e{G}ect at all.\n", "effect", "ff"),
])
def test_a_word_written_whole_elsewhere_ranks_its_fill_first_and_is_cited(text, word, fill):
    r = _only(text)
    assert r["restored"] is None and r["status"] == "ambiguous", r
    assert r["candidates"][0]["text"] == fill, r
    # main: no row naming the document's word (flour's fl ranked fifth)
    cited = _cited(r)
    assert cited and cited[0].startswith(f"{word} is written whole at line 1") and "never committed" in cited[0], r
    assert r["confidence"] == r["candidates"][0]["score"], r


@pytest.mark.parametrize("text", [
    f"Heat the oven.\nSpread over the {G}esh.\n",                       # no twin in the document
    f"Score the flesh deeply.\nRoast it.\n{G}esh should be soft.\n",    # a capital: no face sets a capital ligature
])
def test_no_twin_or_no_ligature_there_cites_nothing(text):
    assert not _cited(_only(text))


def test_a_word_repetition_commits_is_untouched():
    r = _only(f"The committee met on Monday.\nMembers discussed the budget.\nThe {G}ommittee agreed to meet again.\n")
    assert r["status"] == "restored" and r["restored"] == "c" and not _cited(r), r
