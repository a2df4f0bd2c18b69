"""Faults found by running real academic PDFs (JSS-style R package vignettes shipped by Debian: lmtest, sandwich,
strucchange, pscl; /work/regress/real66b/SOURCES.md) through the pipeline (issue 16 points 1, 2, 4; helper real66b).
Made-up inputs only (also under /work/regress/in_real66b/).

- A mathematical accent drawn over a symbol (``ˆ¹``, TeX's ``\\hat\\theta`` as a math font maps it) is no lone
  Japanese character's Shift_JIS bytes read as CP1252 (sandwich's ``ˆ¹`` had become ``飴`` ten times).
- Lettered headings after ``References`` or ``Acknowledgments`` (``A. Technical details``) are appendices, labelled by
  their letter, no subsections of the last numbered section (pscl's appendices had become 4.1 … 4.4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk
from test_clean_accents import _pdf_lines
from pipeline.clean.japanese_mojibake import repair_japanese_mojibake
from pipeline.model import Text

INPUTS = Path("/work/regress/in_real66b")


@pytest.mark.parametrize("words", [
    ["an", "M-estimator", "ˆ¹", "implicitly", "defined", "as"],
    ["with", "ˆ¾", "the", "fitted", "value", "of", "the", "model"],
    ["the", "mean", "¸º", "of", "the", "sample", "is", "small"],
    ["where", "˜µ", "denotes", "the", "smoothed", "mean"],
])
def test_an_accent_over_a_symbol_in_an_english_pdf_stays_as_printed(words):
    lines, cleaned = _pdf_lines(words)
    assert lines == [" ".join(words)]
    assert not [row for row in cleaned.ledger if row.reason == "mojibake"]


@pytest.mark.parametrize("line, want", [
    ("When people ‚É have nothing to say", "When people に have nothing to say"),  # a lone hiragana's bytes: repaired
    ("a walk in the ¤Ë park", "a walk in the に park"),
])
def test_a_lone_character_without_an_accent_is_still_repaired(line, want):
    assert repair_japanese_mojibake(Text.from_raw(line, 1)).text.text == want


def _sections(name):
    talk, _ = only_talk((INPUTS / name).read_text())
    return [(s.number, s.level, s.appendix, s.title.text) for s in talk.sections]


def test_lettered_headings_after_the_references_are_appendices():
    assert _sections("appendix_after_refs_en.txt") == [
        ("1", 1, None, "Introduction"), ("2", 1, None, "Results"), (None, 1, None, "References"),
        (None, 1, "A", "Sampling details"), (None, 1, "B", "Laboratory methods")]


def test_lettered_headings_after_the_acknowledgments_are_appendices():
    assert _sections("appendix_after_ack_en.txt")[3:] == [
        (None, 1, None, "Acknowledgments"), (None, 1, "A", "Island list"), (None, 1, "B", "Count sheets"),
        (None, 1, "C", "Weather")]


@pytest.mark.parametrize("name, want", [
    ("lettered_subsections_ieee.txt", [("1", 1, None, "INTRODUCTION"), ("2", 1, None, "METHOD"),
                                        ("2.1", 2, None, "Detectors"), ("2.2", 2, None, "Timing Rule"),
                                        ("3", 1, None, "RESULTS"), (None, 1, None, "References")]),
    ("lettered_subsections_arabic.txt", [("1", 1, None, "Introduction"), ("2", 1, None, "Fields"),
                                          ("2.1", 2, None, "Upper terraces"), ("2.2", 2, None, "Lower terraces"),
                                          ("3", 1, None, "Conclusions")]),
])
def test_lettered_subsections_right_under_their_section_stay_subsections(name, want):
    assert _sections(name) == want
