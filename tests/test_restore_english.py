"""English words: the English list decides a lost letter only where its answer was measured to be right."""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from pipeline.restore.evidence import english


def _only(text: str) -> dict:
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1, repairs
    return repairs[0]


@pytest.mark.parametrize("text, fill", [
    ("The harbour office drew a new tr\ufffdnsport plan.", "a"),
    ("FERRY TIMET\ufffdBLE", "A"),  # a word in capitals takes a capital
    ("the s\ufffd\ufffdbol of the city", "ym"),
])
def test_a_word_only_one_english_word_fits_is_restored(text, fill):
    r = _only(text)
    assert (r["status"], r["restored"]) == ("restored", fill), r
    assert any(e["kind"] == "lexicon" and "only word" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("text, why", [
    ("We met the b\ufffdt crew in May.", "several common words fit (but, bit, bet…)"),
    ("They sailed to \ufffdenmark in May.", "a word's first letter: the list cannot tell a name's capital"),
    ("Install it with dp\ufffd\ufffd today.", "a four-letter word: dpkg is not in the list, dprk is"),
])
def test_the_english_list_leaves_open_what_it_cannot_tell(text, why):
    r = _only(text)
    assert r["status"] != "restored" and r["restored"] is None, (why, r)


def test_the_document_and_the_list_disagreeing_is_no_commit():
    # the document writes "Menagement" (a misprint repeated); the list knows "management"
    r = _only("Harbour Menagement Board\nThe m\ufffdnagement board met in May.")
    assert r["status"] == "ambiguous", r
    assert {c["text"] for c in r["candidates"]} >= {"e", "a"}
    assert any(e["kind"] == "abstention" for e in r["evidence"])


def test_a_gap_beside_japanese_or_digits_is_not_an_english_word():
    assert english.word_parts(english.Site("港\ufffdort", 1, 2)) is None
    assert english.word_parts(english.Site("pp.12\ufffd4", 5, 6)) is None


def test_every_gap_class_is_calibrated():
    cal = english.calibration()
    assert set(cal.decided) == set(cal.undecided) == {"single", "multi", english.APOSTROPHE_CLASS,
                                                      english.LIGATURE_CLASS, english.INITIAL_LIGATURE_CLASS,
                                                      english.FT_CLASS, english.INITIAL_ALONE_CLASS,
                                                      english.POOLED_ONLY_CLASS}
    assert all(c is None or english.TARGET <= c <= 1 for c in cal.decided.values())


# Trial 15: an English paper whose font maps its ff ligature to no Unicode (pdfminer writes (cid:27) for it).
LIGATURE_DUMP = """\
Street trees cool the air, but their e(cid:27)ect on night-time temperature is rarely measured.
At street level the e(cid:27)ect was small: the mean di(cid:27)erence was 0.3 degrees.
Shading is likely more e(cid:27)ective for pedestrians than a green roof.
"""


def test_one_glyph_that_one_word_alone_would_fill_is_not_committed_where_it_fits_no_other() -> None:
    # e(cid:27)ective alone reads "elective" (the only listed word): the same glyph in di(cid:27)erence makes no word
    # with l, so no occurrence commits l (before: l committed at 0.992 in one place, the others left open). Since
    # session 66 (fresh-user trial 66) di(cid:27)erence decides ff, and effect, effective are the commoner words at
    # the other places, so the glyph is ﬀ at all four (one glyph, one character)
    from pipeline.restore import restore_text

    repairs = restore_text(LIGATURE_DUMP)["repairs"]
    assert len(repairs) == 4 and all(r["restored"] == "\ufb00" for r in repairs), repairs


def test_a_glyph_that_makes_words_only_as_a_ligature_offers_its_letters() -> None:
    from pipeline.restore import restore_text

    repairs = restore_text(LIGATURE_DUMP)["repairs"]
    assert {r["candidates"][0]["text"] for r in repairs} == {"ff"}
    assert all(r["status"] == "restored" for r in repairs)
    assert any("a ligature" in e["detail"] for e in repairs[0]["evidence"])


FI_DUMP = """\
The classi(cid:12)cation of calls is hard.
Each call was held in a buffer before the classi(cid:12)er ran.
Signi(cid:12)cant gains came from a band-pass (cid:12)lter.
The network was (cid:12)ne-tuned in the (cid:12)eld on new calls.
"""


def test_a_ligature_glyph_is_not_shown_as_the_letter_one_place_also_reads() -> None:
    # trial 30: (cid:12) makes a word with fi at every place, and with h only at (cid:12)eld (held, written whole
    # elsewhere): pooling that one ranked place showed h first at 0.9855 at every place, classihcation among them
    repairs = restore_text(FI_DUMP)["repairs"]
    assert len(repairs) == 6
    # since session 66 (fresh-user trial 66b) three places that decide fi each by itself (classification,
    # classifier, significant) settle the glyph at every place, (cid:12)eld and (cid:12)lter included: fi, never h
    assert all(r["candidates"][0]["text"] == "fi" and r["restored"] == "\ufb01" for r in repairs), repairs


def test_a_ligature_candidate_has_no_calibrated_confidence() -> None:
    # one place decides ff (di(cid:27)erent, by the list's margin: *diferent* makes a word with f), another reads a
    # commoner word with a letter (o(cid:27)er: *over* with v beside *offer*): the glyph stays open, its confidence
    # session 65's uncalibrated first score, marked. (Until helper lig67 the case was LIGATURE_DUMP's
    # di(cid:27)erence, which only ff completes: that now settles the glyph, class ligature-pooled-only, measured.)
    text = ("Street trees cool the air, but their e(cid:27)ect is rarely measured.\n"
            "The two sites were di(cid:27)erent in shade.\nMost towns o(cid:27)er nothing of the kind.\n")
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 3 and all(r["restored"] is None for r in repairs), repairs
    assert all(r["confidence"] == r["candidates"][0]["score"] and r.get("calibrated") is False for r in repairs)


def test_a_mark_repeated_elsewhere_is_not_committed_for_a_glyph_lost_in_a_formula() -> None:
    """Realtrial (revtex's apssamp.pdf): a bracket of a math font lost in ``χ+(p) � [2|p|…`` was restored as ``.``
    at 0.9855, because ``Ref. [2`` stands elsewhere: repetition alone proposed, one candidate at p=1. No benchmark
    masks a mark, nor any gap outside Japanese text but a letter inside an English word."""
    text = ("The method follows Ref. [2] and extends Ref. [3] to the spin case.\n\n"
            "χ+(p) \ufffd [2|p|(|p| + pz)]−1/2\n")
    (repair,) = restore_text(text)["repairs"]
    assert repair["restored"] is None and repair["status"] == "ambiguous"
    assert [c["text"] for c in repair["candidates"]] == ["."]  # still shown
    assert repair["confidence"] == 0.0
    assert any("no confidence is calibrated" in e["detail"] for e in repair["evidence"])


def test_a_letter_repeated_elsewhere_beside_a_formula_is_still_read() -> None:
    # the rule is the mark's: a letter inside an English word goes on to the English list as before
    (repair,) = restore_text("The spin of the electron is measured.\nThe spin of the el\ufffdctron is small.\n")["repairs"]
    assert repair["restored"] == "e"


@pytest.mark.parametrize("text, glyph", [
    ("The pilot\ufffds logbook was kept at the harbour office.", "’"),  # none written: the typographic one
    ("Boyle's law holds. The gas follows Boyle\ufffds law.", "'"),  # the document's own, ASCII
    ("It doesn\ufffdt matter which ferry sails first.", "’"),
])
def test_a_glyph_only_an_apostrophe_makes_a_word_of_offers_the_documents_apostrophe(text, glyph):
    """Trial 40: ``teacher\ufffds``, ``Miner\ufffds`` stayed unresolved with no candidate. The apostrophe the document
    writes is offered first, and committed only where its class does (the benchmark's class ``apostrophe``)."""
    r = _only(text)
    assert r["candidates"][0]["text"] == glyph, r
    committed = english.calibration().decided.get(english.APOSTROPHE_CLASS) is not None
    assert (r["status"] == "restored") == committed and r["restored"] == (glyph if committed else None), r
    assert any("possessive or a contraction" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("text", [
    "He\ufffds sure the ferry will sail.",  # hers fits too: an apostrophe rivals the letter
    "Run mkf\ufffds on the new disk.",  # a tool's name: no apostrophe follows a rare small word
    "The springs follow Hooke\ufffds law.",  # hookers fits: a name's possessive rivals it (was committed as r)
])
def test_an_apostrophe_is_never_decided_where_a_letter_or_a_term_may_stand(text):
    r = _only(text)
    assert r["restored"] is None, r


@pytest.mark.parametrize("text, fill", [
    ("Findings\n\nThe Harves\ufffds of the last three seasons were small.", "t"),  # Harvest’s is no word
    ("Fiel\ufffds were ploughed in spring.", "d"),
])
def test_a_capitalised_word_keeps_its_decided_letter_where_the_apostrophe_makes_no_word(text, fill):
    """Review of 2 December: a capital before the apostrophe's place made it rival every decided letter, and a
    heading's or a sentence's first word (``Resul\ufffds``, ``Metho\ufffds``) lost its fill; the apostrophe rivals
    only where wordfreq counts its word within the list's margin of the letter's."""
    r = _only(text)
    assert r["restored"] == fill, r
