"""A Japanese report's or paper's English summary is its text, never slides (issue 16 point 2, fresh-user trial 70b,
helper fix70e).

1. The English part after a Japanese report or paper that opens under a heading naming its summary
   (``English Summary``, ``Summary in English``, ``Executive Summary``, ``ABSTRACT (English)``, ``■ English
   Overview ■``, a Japanese ``英文要約`` over it; ``labels.is_summary_heading``), with no slide shown apart (no page
   number, box, closing or second page) and running text enough for a paper's weight, is the paper's
   (``talks._summary_opens``): its chapters are English sections parallel to the Japanese ones. Before, the heading's
   short line tipped the English part's short lines to 70% and the talk became a ``proceedings`` whose slides were
   the summary (trial 70b's ``a08_bilingual.txt``: an empty slide ``English Summary`` and one slide holding the
   whole summary; without the heading line it was read right).
2. A heading naming a summary and its language (``English Summary``, ``Summary in English``, ``ABSTRACT
   (English)``, ``英文要約``; ``labels.summary_in_english``) is a section's name, as ``Executive Summary`` is: an
   unnumbered section heading, no paragraph of the last Japanese section.

Near misses: an English deck whose first slide is titled ``Summary`` (page numbers under its slides; boxes parted by
blank lines; bullets with no page at all), or ``Executive Summary`` under ``Slide N`` labels, stays slides.

Inputs: ``tests/data/fix70e/`` (copies of ``/work/regress/in_fix70e/``, and trial 70b's ``a08_bilingual.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file

DATA = Path(__file__).parent / "data" / "fix70e"


def _talk(name: str):
    doc = run_file((DATA / name).read_bytes(), name)
    assert len(doc.talks) == 1
    return doc.talks[0]


def _sections(talk) -> list[tuple[str | None, str, int | None]]:
    return [(s.number, s.title.text, s.parallel) for s in talk.sections]


SUMMARIES = [
    # file, the summary's heading as a section title, the English sections (number, title, parallel) under it
    ("t70b_a08_bilingual.txt", "English Summary",
     [("1", "Outline", 0), ("2", "Current Situation", 1), ("3", "Measures", 2)]),
    ("b01_summary_in_english.txt", "Summary in English",
     [("1", "Purpose of the Plan", 0), ("2", "Present State", 1), ("3", "Actions", 2)]),
    ("b05_wrapped_summary.txt", "Summary in English", [("1", "Background", 0), ("2", "Basic Policy", 1)]),
    ("b04_executive_summary.txt", "Executive Summary",
     [("1", "Scope of the Study", 0), ("2", "Findings", 1), ("3", "Recommendations", 2)]),
    ("b07_english_overview.txt", "English Overview", [("1", "Purpose", 0), ("2", "Key Measures", 1)]),
]


@pytest.mark.parametrize("name,heading,english", SUMMARIES)
def test_english_summary_with_chapters_is_text(name, heading, english):
    talk = _talk(name)
    assert talk.shape == "paper"
    assert talk.slides == ()
    sections = _sections(talk)
    assert sections[-len(english):] == english
    summary = talk.sections[-len(english) - 1]
    # the summary's heading heads a section of its own (``■ English Overview ■``'s closing mark is kept in its title)
    assert summary.number is None and summary.title.text.strip(" ■") == heading
    # the heading is no paragraph of the Japanese section before it
    assert all("Summary" not in p.text and "Overview" not in p.text for s in talk.sections for p in s.paragraphs)


PLAIN = [
    # file, the heading, the summary's first paragraph's opening
    ("b02_abstract_english.txt", "ABSTRACT (English)", "Vacant houses are increasing"),
    ("b03_eibun_youyaku.txt", "英文要約", "This strategy responds"),
    ("b06_executive_short.txt", "Executive Summary", "We surveyed households"),
]


@pytest.mark.parametrize("name,heading,opening", PLAIN)
def test_english_summary_without_chapters_is_its_section(name, heading, opening):
    talk = _talk(name)
    assert talk.shape == "paper"
    assert talk.slides == ()
    last = talk.sections[-1]
    assert (last.number, last.title.text) == (None, heading)
    assert last.paragraphs[0].text.startswith(opening)
    assert all(heading not in p.text for s in talk.sections[:-1] for p in s.paragraphs)


DECKS = [
    # file, the slides' titles: an English deck after the Japanese paper, its first slide a summary
    ("n01_deck_summary_numbered.txt", ["Summary", "Survey Results", "Next Steps", "Thank you"]),
    ("n04_executive_deck_slides.txt", ["Executive Summary", "Design", "Thank you"]),
]


@pytest.mark.parametrize("name,titles", DECKS)
def test_deck_opening_on_summary_stays_slides(name, titles):
    talk = _talk(name)
    assert talk.shape == "proceedings"
    assert [s.title.text if s.title is not None else None for s in talk.slides] == titles


@pytest.mark.parametrize("name", ["n02_deck_summary_boxes.txt", "n03_deck_summary_unpaged.txt"])
def test_deck_opening_on_summary_without_page_numbers_stays_slides(name):
    talk = _talk(name)
    assert talk.shape == "proceedings"
    assert len(talk.slides) >= 2
    # the English slides are no section of the paper
    assert all(s.title.text[:1] not in "SDT" for s in talk.sections)


def test_summary_heading_names():
    from pipeline.segment.labels import is_section_name, is_summary_heading, summary_in_english

    for text in ("English Summary", "Summary in English", "Executive Summary", "ABSTRACT (English)", "英文要約",
                 "【英語要旨】", "■ English Overview ■", "Summary:"):
        assert is_summary_heading(text), text
    for text in ("Summary of Results", "Chapter 1 Outline", "English", "Survey Results", "要約すると", "Summary Report 2025"):
        assert not is_summary_heading(text), text
    assert summary_in_english("English Summary") and is_section_name("Summary in English")
    assert is_section_name("英文要約") and not summary_in_english("Executive Summary")
