"""English wraps a first-fit test cannot see (issue 16 point 4; trial 30): a wrapped line whose next line opens on a
lost glyph (``(cid:13)exible``, U+FFFD) joins as one opening on a letter would. Made-up text dumps."""

from __future__ import annotations

from segment_inputs import run_text


def test_a_wrap_before_a_lost_glyph_joins():
    text = ("Echolocation of Bats\n\nHelena Marsh\n\n1 Introduction\n"
            "Few-shot learning offers a way to recognise new classes from a handful of examples,\n"
            "and has been applied successfully to bird song [2] but not yet to the highly\n"
            "(cid:13)exible frequency-modulated calls of bats in the field.\n\n"
            "2 Method\nWe represent each call as a spectrogram of 256 frequency bins and 64 time frames.\n")
    [talk] = run_text(text).talks
    intro = talk.sections[0]
    assert len(intro.paragraphs) == 1 and "highly \ufffdexible" in intro.paragraphs[0].text
