"""English wraps a first-fit test cannot see (issue 16 point 4; trial 30): a text wrapped by hand or by a balancing
line breaker ends some lines short of where the next word would have fitted, so a full line's sentence end inside a
block is a wrap there too; and a wrapped line whose next line opens on a lost glyph (``(cid:13)exible``, U+FFFD)
joins as one opening on a letter would. Made-up text dumps."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

# hand-wrapped at no one width: ``mulch,`` (82 columns) and ``per`` (83) leave room for ``yet`` and ``and`` (measure 88)
HAND = ("Coastal soils receive microplastics through sewage sludge and agricultural mulch,\n"
        "yet their effects on soil fauna and the microbes they carry remain poorly understood.\n"
        "We exposed earthworms to polyethylene fragments at three concentrations in pots\n"
        "for eight weeks and sequenced the bacterial communities of their guts at the end\n"
        "of the trial. Growth was reduced by a fifth at the highest of the concentrations\n"
        "and the share of one bacterial phylum in the gut increased sharply at that level.\n"
        "No effect was found at realistic field concentrations, indicating a threshold response.\n")


def _paragraphs(text: str) -> list[str]:
    [talk] = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs] or [p.text for p in talk.front]


def test_a_hand_wrapped_abstract_keeps_its_last_line():
    text = "Microplastics in Coastal Soils\n\nAnna Berg\n\nAbstract\n" + HAND + "Keywords: soil, earthworm, plastics\n"
    paragraphs = _paragraphs(text)
    assert paragraphs[0].startswith("Coastal soils") and paragraphs[0].endswith("threshold response.")
    # the keyword field under the abstract is the talk's front (helper wrap59: sections.keywords_in_front), its own line
    [talk] = run_text(text).talks
    assert [t.text for t in talk.front][-1] == "Keywords: soil, earthworm, plastics"


FIRST_FIT = ("Coastal soils receive microplastics through sewage sludge and agricultural mulch, yet\n"
             "their effects on soil fauna and the microbes they carry remain poorly understood. We\n"
             "exposed earthworms to polyethylene fragments at three concentrations in pots for\n"
             "eight weeks. Growth was reduced by a fifth at the highest of the concentrations.\n"
             "No effect was found at realistic field concentrations, indicating a threshold.\n")


def test_a_first_fit_text_keeps_a_paragraph_end_its_measure_shows():
    # wrapped by first fit: ``No`` would have fitted after ``concentrations.``, so the author ended the paragraph
    text = "Microplastics in Coastal Soils\n\nAnna Berg\n\nAbstract\n" + FIRST_FIT + "Keywords: soil, earthworm, plastics\n"
    paragraphs = _paragraphs(text)
    assert paragraphs[0].endswith("highest of the concentrations.") and paragraphs[1].startswith("No effect")


BLANK_PARTED = ("1 Introduction\n"
                "Bats are sensitive indicators of ecosystem health, and acoustic monitoring has become\n"
                "a standard method for surveying them at night.\n\n"
                "Automated classifiers trained on large corpora perform well for most common species,\n"
                "but they fail for the rare ones.\n\n"
                "2 Method\n"
                "We represent each call as a spectrogram and train an encoder on a few labelled calls.\n"
                "Errors were concentrated in the recordings made under the trees of the old park.\n"
                "The results indicate that the method can make acoustic surveys more efficient.\n\n"
                "3 Results\n"
                "The model reached high accuracy on the held-out species of the test collection.\n")


def test_where_blank_lines_part_the_paragraphs_a_full_lines_sentence_end_is_a_wrap():
    text = "Few-Shot Classification of Bat Calls\n\nHelena Marsh\n\n" + BLANK_PARTED
    [talk] = run_text(text).talks
    method = next(s for s in talk.sections if s.title.text == "Method")
    # ``…of the old park.`` (80 of 85 columns, in the measure's band) + ``The``: first fit says a paragraph's end,
    # but every paragraph of the text that plainly ends is followed by a blank line
    assert len(method.paragraphs) == 1 and method.paragraphs[0].text.endswith("more efficient.")
    intro = next(s for s in talk.sections if s.title.text == "Introduction")
    assert [p.text[-10:] for p in intro.paragraphs] == [" at night.", "rare ones."]


def test_a_wrap_before_a_lost_glyph_joins():
    text = ("Echolocation of Bats\n\nHelena Marsh\n\n1 Introduction\n"
            "Few-shot learning offers a way to recognise new classes from a handful of examples,\n"
            "and has been applied successfully to bird song [2] but not yet to the highly\n"
            "(cid:13)exible frequency-modulated calls of bats in the field.\n\n"
            "2 Method\nWe represent each call as a spectrogram of 256 frequency bins and 64 time frames.\n")
    [talk] = run_text(text).talks
    intro = talk.sections[0]
    assert len(intro.paragraphs) == 1 and "highly \ufffdexible" in intro.paragraphs[0].text


@pytest.mark.parametrize("line", ["(cid:7)\u2192 lads", "(cid:7)jascriptfont(cid:8) ={jfam}"])
def test_a_lost_glyph_before_no_word_is_no_letter(line):
    # a listing's wrap mark (``↪`` lost: ``\ufffd→``) or a name between two lost marks (a manual's control sequence)
    # opens its own line as before
    text = ("Echolocation of Bats\n\nHelena Marsh\n\n1 Introduction\n"
            "Few-shot learning offers a way to recognise new classes from a handful of examples,\n"
            "and has been applied successfully to bird song [2] but not yet to the highly\n"
            + line + "\n\n2 Method\nWe represent each call as a spectrogram of 256 frequency bins and 64 time frames.\n")
    [talk] = run_text(text).talks
    assert [p.text[-6:] for p in talk.sections[0].paragraphs] == ["highly", line[-6:]]


def test_a_contact_line_behind_a_lost_icon_stands_alone():
    # yathesis (a PDF): ``� secretariat@…`` (an envelope icon lost) and the next ``Site https://…`` were joined into one
    # line; a text dump shows no such join on either code (a guard), the PDF's render is back to its baseline
    text = ("Echolocation of Bats\n\nHelena Marsh\n\n1 Introduction\n"
            "Few-shot learning offers a way to recognise new classes from a handful of examples,\n"
            "and has been applied successfully to bird song [2] but not yet to the calls of bats.\n\n"
            "Laboratory of Applied Acoustics, 50 Harbour Road, Calais\n"
            "(cid:4) secretariat@acoustics.example.org\n"
            "Site https://acoustics.example.org/\n")
    paragraphs = _paragraphs(text)
    assert "\ufffd secretariat@acoustics.example.org" in paragraphs, paragraphs
