"""Ligature gaps an essay's own words and the English list settle, and a refused pool's honest number (issue 19,
session 65, fresh-user trials 64d and 64e; docs/restore.md).

1. *A twin written twice that the list puts first* (:data:`english.COPY_LISTED_HITS`): ``e\ufffdect`` stayed open
   though *effect* stands whole twice in the essay, in other contexts (the twin rule asked three places or eight
   characters of shared context), and the list's *elect* rivals it within 2 Zipf. Where the word the document writes
   twice is the list's commonest fit, it is copied; where the list puts another word first (``f\ufffdrmer`` beside
   *farmer* written twice: *former* leads), or the word stands once, the gap stays open.
2. *A word's first glyph a ligature alone fills* (class ``ligature-initial-alone``): in a document that settles no
   other lost glyph as a ligature, ``\ufffdrst`` mid-sentence (only *first* fits, with fi) was open at 0; it is written
   as ﬁ at the class's measured confidence, and then counts as the document's ligature evidence (``\ufffdnd`` no
   longer shows *and* at 0.94). Near misses: a sentence's start (a capital), a letter's word beside it (*eve*,
   *five*; *axed*, *fixed*).
3. *A refused pool's number* (:func:`pipeline.restore._unsettled_by_others`): a glyph id committed at one place and
   open at another showed the committed place's 0.9931 beside ``restored: null``; it now shows the lowest the
   glyph's places give that fill, and the evidence names the place that refused it.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from pipeline.restore.evidence import english
from pipeline.restore.evidence.base import Site

G = "\ufffd"


def _repair(text: str, word: str) -> dict:
    """The repair of the gap whose word (the gap written ``_``) is ``word``, the first such."""
    at = text.index(word.replace("_", G)) + word.index("_")
    found = [r for r in restore_text(text)["repairs"] if r["start"] == at]
    assert found, (word, restore_text(text)["repairs"])
    return found[0]


# --- 1. a twin written twice that the list puts first ------------------------------------------------------------

ESSAY = ("When the first computers arrived, few predicted the effect they would have. The e{G}ect on daily work was "
         "modest.\nThe effect of remote work is harder to measure.\n")


@pytest.mark.parametrize("text, word, fill", [
    (ESSAY, "e_ect", "\ufb00"),
    ("Our co{G}ee was cold.\nThe coffee shop opened; coffee was sold.\n", "co_ee", "\ufb00"),  # the list decides too
    ("Some said the e{G}ect of rain was small.\nThe effect on crops. Its effect was mild.\n", "e_ect", "\ufb00"),
])
def test_a_word_written_twice_through_a_ligature_that_the_list_puts_first_is_copied(text, word, fill):
    r = _repair(text.format(G=G), word)
    assert (r["status"], r["restored"]) == ("restored", fill), r
    assert r["confidence"] >= english.TARGET, r


@pytest.mark.parametrize("text, word", [
    # the list puts a letter's word first: stay (5.3) over staff (5.1), over (6.1) over offer, based over baffled
    ("Thank the sta{G} there.\nThe staff gave seeds; the staff room was lent.\n", "sta_"),
    ("We took the o{G}er.\nThey made an offer, and the offer was fair.\n", "o_er"),
    ("The plan ba{G}ed us.\nThe baffled crowd left; a baffled clerk stayed.\n", "ba_ed"),
    # written once, in another context
    ("The e{G}ect on daily work was modest.\nThe effect of remote work is harder to measure.\n", "e_ect"),
])
def test_a_twin_the_list_does_not_put_first_or_written_once_stays_open(text, word):
    r = _repair(text.format(G=G), word)
    assert r["restored"] is None, r


def test_the_switch_is_what_copies():
    from pipeline.restore.evidence.base import Line
    from pipeline.restore.evidence.repetition import ScopeText

    text = ESSAY.format(G=G)
    scope = ScopeText.build("doc", [Line(t, i + 1) for i, t in enumerate(text.splitlines())])
    line = text.splitlines()[0]
    at = line.index("e" + G)
    site = Site(line, at + 1, at + 2)
    assert english.intact_copy(site, scope)[0].fill == "\ufb00"
    assert english.intact_copy(site, scope, listed_hits=None)[0] is None


# --- 2. a word's first glyph a ligature alone fills ---------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("During the {G}rst half of the year the hall was closed.\n", "_rst"),
    ("The {G}nancial position of the trust is sound.\n", "_nancial"),
    ("Thank you for the draft; the {G}gures below show a surplus.\n", "_gures"),
    ("The roof work was {G}nished in June.\n", "_nished"),
])
def test_a_first_glyph_only_a_ligature_fills_is_written(text, word):
    r = _repair(text.format(G=G), word)
    confidence = english.calibration().decided.get(english.INITIAL_ALONE_CLASS)
    assert confidence is not None and confidence >= english.TARGET
    assert (r["status"], r["restored"], r["confidence"]) == ("restored", "\ufb01", confidence), r


@pytest.mark.parametrize("text, word", [
    ("It was done. {G}rst we ate.\n", "_rst"),                      # a sentence's start: First
    ("We hope to {G}nd new trustees.\n", "_nd"),                   # and, end, find
    ("The {G}ve schools are near.\n", "_ve"),                      # eve, five
    ("The field will be {G}xed up.\n", "_xed"),                    # axed beside fixed within 2 Zipf
    ("The caf{G} opened; the word {G}ash{G} was changed.\n", "_ash"),  # a mark at both sides
])
def test_a_first_glyph_a_letter_may_fill_stays_open(text, word):
    text = text.format(G=G)
    at = text.index(word.replace("_", G)) + word.index("_")
    found = [r for r in restore_text(text)["repairs"] if r["start"] == at]
    assert all(r["restored"] is None for r in found), found


def test_a_written_first_glyph_is_the_documents_ligature_evidence():
    # ``\ufffdnd`` beside two written ``\ufffdrst``: and is no longer shown at the list's 0.94
    text = f"The {G}rst rule is to know. The words will {G}nd their way. Few get it right the {G}rst time.\n"
    r = _repair(text, "_nd")
    assert r["restored"] is None and r["confidence"] <= 0.5, r
    assert "fi" in [c["text"] for c in r["candidates"]], r
    assert english.settled_ligatures([text]) == ("first", "first")


# --- 3. a refused pool's number -----------------------------------------------------------------------------------

def test_a_refused_pool_shows_no_commit_level_confidence():
    text = ("When the first computers arrived, few predicted the effect they would have on the office. The\n"
            "(cid:12)rst machines were expensive, and every o(cid:13)ce relies on them; the office has changed.\n"
            "The office is old. What is clear is that the (cid:12)rst step for any o(cid:13)ce is to ask.\n")
    repairs = [r for r in restore_text(text)["repairs"] if r["original"] == "(cid:12)"]
    assert len(repairs) == 2
    for r in repairs:
        if r["restored"] is None:
            threshold = r.get("threshold") or english.calibration().decided.get(english.INITIAL_LIGATURE_CLASS)
            held = [e["detail"] for e in r["evidence"] if e["kind"] == "abstention"]
            # (an unmeasured verdict, calibrated false, shows its first candidate's score and compares no threshold:
            # session 65, helper lig65b)
            assert r["confidence"] < threshold or held or r.get("calibrated") is False, r
            if any("stands elsewhere" in d for d in held):
                assert r["confidence"] < 0.5, r
                assert any("line 2" in d and "the lowest of the glyph's places" in d for d in held), held


def test_a_refused_letter_shows_the_weaker_places_number():
    # cid 5 is ``a`` at both places: decided in tr(cid:5)nsport (0.99), open in (cid:5)nd (a first, the list's top-1)
    text = "The tr(cid:5)nsport was by bus.\nIt rained, (cid:5)nd the walk took an hour.\n"
    repairs = {r["start"]: r for r in restore_text(text)["repairs"]}
    decided = repairs[text.index("(cid:5)n")]
    other = repairs[text.index("(cid:5)nd")]
    assert decided["restored"] is None and other["restored"] is None
    assert decided["confidence"] <= other["confidence"], (decided, other)
    assert any("line 2" in e["detail"] for e in decided["evidence"]), decided["evidence"]


def test_ligature_letters_have_one_place():
    from pipeline.restore import LIGATURE_ORDER

    assert LIGATURE_ORDER == tuple(english.TYPESET_LIGATURES)
    assert set(english.TYPESET_LIGATURES) <= set(english.DOCUMENT_LIGATURES) <= set(english.LIGATURES)
    assert english.letters("o\ufb03ce") == "office"
