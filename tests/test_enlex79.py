"""Session 79, enlex79: English fills committed on thin evidence (fresh-user trial 79b; issue 19 points 1 and 4).
Made-up lines, not the trial's words. docs/restore.md, *Session 79, enlex79*.

- A word rarer than the English list (below Zipf 2) that fits within 2 Zipf of the list's only word keeps the list
  from deciding, and such words are offered after the list's (trial 79b: ``tender mo\ufffdet`` committed *monet*).
- A run of three or four capitalised words opened by a census given name is one person's name: every gap after the
  given name is held (trial 79b: ``Charles Villiers Stan\ufffdord`` committed *Stanford*).
"""

from __future__ import annotations

import pytest

from tests.restore_verdicts import only_repair

G = "\ufffd"

RARER_RIVAL = [
    # (text, the truth, a word rarer than the list; the list's only word is another)
    ("Bird walk\nFlocks of cur" + G + "ews fed on the mudflats at low tide.\n", "l"),  # curfews / curlews
    ("Stables\nThe farmer sold a gel" + G + "ed colt at the autumn fair.\n", "d"),  # gelled / gelded
]


@pytest.mark.parametrize("text,truth", RARER_RIVAL)
def test_a_rarer_word_within_the_margin_keeps_the_list_from_deciding(text, truth):
    repair = only_repair(text)
    shown = [c["text"] for c in repair["candidates"]]
    assert repair["restored"] is None and truth in shown, (repair["restored"], shown)
    assert any("rarer than the list" in e["detail"] and e["kind"] == "abstention" for e in repair["evidence"])


def test_a_rarer_word_is_offered_where_no_word_of_the_list_fits():
    repair = only_repair("Botany\nThe stems bear whor" + G + "ed leaves in threes.\n")  # whorled, Zipf 1.5
    assert repair["restored"] is None and [c["text"] for c in repair["candidates"]][:1] == ["l"], repair


def test_a_rarer_word_is_offered_after_the_lists_words():
    repair = only_repair("Greenkeeping\nThe fairways were hollow-ti" + G + "ed last week.\n")  # tired, timed, tiled; tined
    assert repair["restored"] is None and "n" in [c["text"] for c in repair["candidates"]], repair


def test_a_names_count_is_no_evidence_of_a_word_in_small_letters():
    from pipeline.restore.evidence import english
    from pipeline.restore.evidence.base import Site

    # usman (Zipf 2.7) is written with a capital (+1.9): in small letters it is rarer than the list
    site = Site("the usm" + G + "n was", 7, 8)
    found = english.fits(site)
    assert english.decide(found, site, rivals=False) is not None and english.decide(found, site) is None
    assert "with a capital" in english.rarer_hold(found, site)


NAME_RUNS = [
    "Readings\nSongs by Ralph Vaughan Willi" + G + "ms and his friends.\n",
    "Gallery\nPortrait of a lady, John Singer Sar" + G + "ent, in oils.\n",
    "Programme\nMagnificat, Charles Villiers Stan" + G + "ord\nStanford wrote it for the college choir.\n",
]


@pytest.mark.parametrize("text", NAME_RUNS)
def test_a_run_opened_by_a_given_name_is_held(text):
    repair = only_repair(text)
    assert repair["restored"] is None and not repair["candidates"], repair
    assert any(e["kind"] == "abstention" and "name" in e["detail"] for e in repair["evidence"])


NEAR_MISSES = [
    # (text, the fill committed on the base and on the branch)
    ("Concert notes\nIt was a tender mo" + G + "ent for everyone in the hall.\n", "m"),  # one word fits: moment
    ("News\nShe studied at Stan" + G + "ord University for a year.\n", "f"),  # no given name before it
    ("Walk\nWe crossed the George Washington Bri" + G + "ge at dawn.\n", "d"),  # a place's kind closes the run
    ("Results\nBest of Breed: Foxcote Mor" + G + "ing Star, owned by a local breeder.\n", "n"),  # a registered name
]


@pytest.mark.parametrize("text,fill", NEAR_MISSES)
def test_near_misses_keep_their_fill(text, fill):
    repair = only_repair(text)
    assert repair["restored"] == fill, (repair["restored"], [c["text"] for c in repair["candidates"]])
