"""Issue 19, fresh-user trial 62d: a lost ligature glyph at a word's start in a document whose lost glyphs are ligatures.

``We \ufffdnd that`` was committed as ``a`` (*We and*) at 0.9855 on the repetition of *and*: the ligature rule never
reads a word's first glyph, so a one-letter fill the document's repetition proposed stood. The document's own evidence
(another of its lost glyphs the English list settles as a ligature, :func:`english.settled_ligatures`) now (1) keeps a
one-letter fill open where a ligature's word fits within 100× of the letter's, (2) reads a word's first glyph by the
ligature's rule (class ``ligature-initial`` of ``bench/english_bench.py``), and (3) offers ``ft`` where only it makes a
word at its measured precision (class ``ligature-ft``; never written: Unicode names no ft ligature). A document with
no ligature settled behaves as before. Made-up texts; /work/regress/in_lig63/ holds longer variants.
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import restore, restore_text
from pipeline.restore.evidence import english
from pipeline.restore.evidence.base import Site
from tests.segment_inputs import run_text

G = GAP


def _at(text: str, word: str) -> dict:
    """The repair of the lost glyph in ``word`` (written with ``?`` for the glyph, the first such word in ``text``)."""
    start = text.index(word.replace("?", G)) + word.index("?")
    found = [r for r in restore_text(text)["repairs"] if r["start"] == start]
    assert len(found) == 1, (word, restore_text(text)["repairs"])
    return found[0]


# a paper whose font lost its ligatures: o?cial and di?erence are settled by the list (inside a word)
LIGATURE_PAPER = (f"We use o{G}cial statistics from the bureau. The di{G}erence between the ports and the cities "
                  f"was small, and the trend and the level agree.\n"
                  f"We {G}nd that the port and the city grew. The {G}rst result and the second agree, and the "
                  f"{G}ow of cargo rose in the a{G}ernoon and the evening.\n")
# the same prose with letters lost and no ligature: nothing settles a ligature (session 65: its ``?rst``, a word's
# first glyph only fi fills, would now settle one, class ligature-initial-alone; ``?nally`` has *anally* beside it)
LETTER_PAPER = (f"We use official statistics from the bureau. The diff{G}rence between the ports and the cities "
                f"was small, and the trend and the level agree.\n"
                f"We {G}nd that the port and the city grew. The result came {G}nally and the second agree, and the "
                f"{G}ow of cargo rose in the a{G}ernoon and the evening.\n")


def test_the_document_settles_ligatures():
    # (session 65: the written ``?rst`` counts too, class ligature-initial-alone)
    assert english.settled_ligatures(LIGATURE_PAPER.splitlines()) == ("official", "difference", "first")
    assert english.settled_ligatures(LETTER_PAPER.splitlines()) == ()


def test_a_one_letter_fill_at_a_words_start_stays_open_beside_a_ligatures_word():
    # trial 62d: We ?nd was `a` at 0.9855 on the repetition of *and*; *find* (fi) is as much a word
    r = _at(LIGATURE_PAPER, "?nd")
    assert r["restored"] is None and r["status"] == "ambiguous", r
    texts = [c["text"] for c in r["candidates"]]
    assert "a" in texts and "fi" in texts, r
    assert r["confidence"] <= 0.5, r  # a tie's: no benchmark measures ligatures and letters mixed
    assert any("other lost glyphs are ligatures" in e["detail"] for e in r["evidence"]), r


def test_a_one_letter_fill_without_ligature_evidence_is_offered_not_committed():
    # no glyph of this document is a settled ligature; since session 63 the repetition of *and* no longer counts for
    # a three-letter word whose first letter is lost (repetition.WORD_START_KNOWN: *and*, *end* and *find* all fit),
    # so the list's commonest word is offered first, not committed
    r = _at(LETTER_PAPER, "?nd")
    assert (r["status"], r["restored"]) == ("ambiguous", None), r
    assert r["candidates"][0]["text"] == "a"


def test_a_ligature_at_a_words_start_is_written_where_its_word_leads():
    r = _at(LIGATURE_PAPER, "?rst")
    assert (r["status"], r["restored"]) == ("restored", "\ufb01"), r
    assert r["confidence"] == english.calibration().decided[english.INITIAL_LIGATURE_CLASS] >= english.TARGET
    assert r["candidates"][0]["text"] == "fi"


def test_a_ligature_at_a_words_start_without_ligature_evidence_stays_open():
    # *finally* 5.2 beside *anally* 2.4: the margin rule needs the document's ligatures; where it has none, only a
    # word no letter makes is written (session 65, class ligature-initial-alone: tests/test_lig65.py)
    r = _at(LETTER_PAPER, "?nally")
    assert r["restored"] is None, r
    assert _at(LIGATURE_PAPER.replace(f"The {G}rst result", f"The result came {G}nally"), "?nally")["restored"] \
        == "\ufb01"


@pytest.mark.parametrize("word", ["?ow"])
def test_an_ambiguous_words_start_stays_open(word):
    # how, now, low as common as flow: open, the ligature among the candidates
    r = _at(LIGATURE_PAPER, word)
    assert r["restored"] is None and r["status"] == "ambiguous", r
    assert "fl" in [c["text"] for c in r["candidates"]], r


def test_ft_is_offered_at_its_measured_precision_in_a_ligature_document():
    r = _at(LIGATURE_PAPER, "a?ernoon")
    assert r["restored"] is None and r["status"] == "ambiguous", r  # one character a glyph: none names ft
    assert r["candidates"][0]["text"] == "ft"
    assert r["confidence"] == english.calibration().undecided[english.FT_CLASS] > 0.9, r
    plain = _at(LETTER_PAPER, "a?ernoon")
    assert plain["candidates"][0]["text"] == "ft", plain
    # unmeasured: the first candidate's score, marked (session 65, trial 65; it had been 0.0)
    assert plain["calibrated"] is False and plain["confidence"] == plain["candidates"][0]["score"], plain


@pytest.mark.parametrize("text, why", [
    (f"The o{G}cial figures. {G}ndings were mixed and the data and the code are public.", "a sentence's start: F"),
    (f"The o{G}cial figures. The {G}nal yield was low and the final and the total agree.", "anal: within 100x"),
    (f"The o{G}cial figures. A {G}eld trial and a field and a yard.", "held: as common as field"),
])
def test_near_misses_at_a_words_start_are_not_written(text, why):
    start = text.index(G, text.index(G) + 1)
    r = [r for r in restore_text(text)["repairs"] if r["start"] == start][0]
    assert r["restored"] is None, (why, r)


@pytest.mark.parametrize("text, word, fill", [
    # no ligature damage: a random lost letter, decided as before by the document's own repetition
    ("Visitors who climb the steps \ufffdound that the view was fine. Most walls were found intact and "
     "the gate was found open.", "?ound", "f"),
])
def test_a_lost_letter_without_ligature_damage_is_unchanged(text, word, fill):
    r = _at(text, word)
    assert (r["status"], r["restored"]) == ("restored", fill), r


@pytest.mark.parametrize("text", [
    # the truth is *and* here, *find* in trial 63b's essay (``It is hard to \ufffdnd the right name``, committed as
    # *and* at 0.9855): the word's two letters and its repetition cannot tell them apart
    "Both the coaches \ufffdnd the crews trained. The club and its members and the parents and the town agree.",
    "The river runs through the town and the port.\nWe walked and talked and sang and ate.\n"
    "It is hard to \ufffdnd the right name for the place.\nThe bridge and the tower are old.",
])
def test_a_three_letter_word_with_its_first_letter_lost_is_not_settled_by_repetition(text):
    r = _at(text, "?nd")
    assert r["status"] == "ambiguous" and r["restored"] is None, r
    assert not any(e["kind"] == "repetition" for e in r["evidence"]), r


def test_rules_read_a_words_first_glyph_only_in_their_shape():
    assert english.initial_ligature_decides(Site(f"the {G}rst day", 4, 5)).fill == "fi"
    assert english.initial_ligature_decides(Site(f"the fi{G}st day", 6, 7)) is None  # inside a word
    assert english.ft_decides(Site(f"the so{G}ware", 6, 7)).word == "software"
    assert english.ft_decides(Site(f"it o{G}en rains", 4, 5)) is None  # open: a letter makes a word


def test_the_talk_stage_keeps_the_documents_evidence_over_its_passes():
    # a pass writes a settled ligature's letters (reflective), so the next pass read no ligature and let the letter
    # stand: the evidence is read in the talk as it came
    doc = run_text("Urban Heat in Public Squares\n\nAbstract\n"
                   f"We studied re{G}ective paving and the o{G}cial records. We {G}nd that shade and water and "
                   "trees and grass cool the squares, and the shade and the trees matter most.\n")
    repairs = [r for t in restore(doc).talks for r in t.repairs]
    find = [r for r in repairs if r.restored in (None, "a") and r.original == G and r.status != "unresolved"]
    assert find and all(r.restored is None for r in find), repairs


def test_the_new_classes_are_calibrated():
    cal = english.calibration()
    assert cal.decided[english.INITIAL_LIGATURE_CLASS] is not None  # every source's bound reaches 0.95
    assert cal.decided[english.FT_CLASS] is None  # never written
    assert cal.undecided[english.FT_CLASS] > 0.9
