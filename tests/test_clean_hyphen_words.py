"""A dictionary's word broken with a hyphen at a line's end is joined, its hyphen a ledger row (real-PDF trial:
``Re-dundancy`` in a keyword list, ``Appara-tus`` and ``Memo-randum`` in references, ``consec-utively``, ``sub-mitting``
after a suspended hyphen earlier in the line), while compounds and names keep theirs."""

from __future__ import annotations

from pipeline.clean.edits import Line
from pipeline.clean.hyphenation import join_hyphenated_wraps
from pipeline.model import Text


def _run(*texts: str) -> tuple[list[str], list[str]]:
    lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    out, changes = join_hyphenated_wraps(lines)
    return [l.text.text for l in out if l.text.text], [c.removed.text for c in changes]


def test_a_capitalised_fragment_of_a_listed_word_is_joined():
    texts, removed = _run("Harbour systems → Tide gauges; Re-", "dundancy; Sensors; • Networks → Buoys.",
                          "Report on a Condensing Appara-", "tus for Ferries. Technical Memo-", "randum 12-1-58W.")
    assert texts == ["Harbour systems → Tide gauges; Redundancy; Sensors; • Networks → Buoys.",
                     "Report on a Condensing Apparatus for Ferries. Technical Memorandum 12-1-58W."]
    assert removed == ["-", "-", "-"]


def test_an_adverb_of_a_word_is_joined():
    texts, removed = _run("The gauges are numbered consec-", "utively along the quay.")
    assert texts == ["The gauges are numbered consecutively along the quay."] and removed == ["-"]


def test_a_suspended_hyphen_earlier_in_the_line_keeps_no_later_break():
    texts, removed = _run("names set in upper- and lowercase letters. The name of the sub-", "mitting author comes first")
    assert texts == ["names set in upper- and lowercase letters. The name of the submitting author comes first"]
    assert removed == ["-"]


def test_compounds_and_unlisted_names_keep_their_hyphen():
    texts, removed = _run("the pre- and post-", "war harbour, our cross-", "boundary work, as Mey-", "ers et al. show")
    assert texts == ["the pre- and post-war harbour, our cross-boundary work, as Mey-", "ers et al. show"]
    assert removed == []
