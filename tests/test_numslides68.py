"""Numbered one-line slides wherever the deck stands in a bilingual talk (issue 16; helper fix68h).

Fresh-user trial 68c's ``t68c_proc_slides.txt`` (``tests/data/numslides68/proc_trial68c.txt``): each talk gives its
Japanese title, English title and speaker, then its Japanese paper, a running foot ``Urban Exchange Forum 2024 — page
N``, and its slides as numbered lines with the number bare (``1 Kumamoto’s International Exchange``). slide68's rule
(``slides.numbered_line_slides``) looked for the ``1`` under an English title heading the deck only, and read ``1.``
and ``1)`` only: here the English title stood over the paper, so the first numbered line became the cover's title and
the second its subtitle (the talk's ``subtitle.en`` and a line of the cover slide: one raw line shown twice), or the
three were joined into one title. Now the lines from the deck's first line are its slides where the paper gave the
English title (``slides._numbered_from_first_line``), numbered ``1``, ``1.`` or ``1)``.

Other inputs of the kind and near misses: ``tests/data/numslides68/`` (= ``/work/regress/in_fix68h/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file, slide_rows as _slides, titled_slides as _titled

DATA = Path(__file__).parent / "data" / "numslides68"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _no_line_twice(doc):
    """No raw line is both the talk's subtitle and a slide's title or line."""
    for talk in doc.talks:
        sub = talk.subtitle.en
        if sub is None:
            continue
        shown = {t.text.strip() for s in talk.slides for t in (s.title, *s.lines) if t is not None}
        assert sub.text.strip() not in shown


TRIAL = [_titled("Kumamoto’s International Exchange", "Sister City since 1987: Heidelberg",
                 "Student Exchange Every Year"),
         _titled("Sendai’s Disaster Risk Reduction", "UN World Conference 2015", "Sendai Framework")]


@pytest.mark.parametrize("name, numbers", [("proc_trial68c.txt", ["1", "2", "3"] * 2),
                                           ("proc_trial68c_dot.txt", ["1.", "2.", "3."] * 2)])
def test_trial68c_slides_after_paper_and_foot(name, numbers):
    doc = _run(name)
    assert [t.title.en.text for t in doc.talks] == ["Kumamoto’s International Exchange",
                                                    "Sendai’s Disaster Risk Reduction Cooperation"]
    assert [_slides(t) for t in doc.talks] == TRIAL
    assert [t.subtitle.en for t in doc.talks] == [None, None]
    assert [r.text for r in doc.ledger if r.rule == "slide_number"] == numbers
    _no_line_twice(doc)


@pytest.mark.parametrize("name, slides", [
    # ``1)`` numbering, the slides right after the paper, no foot between
    ("a_proc_paren_nofooter.txt", [
        _titled("Port City of Nagasaki", "Cruise Ships and Visitors", "Volunteer Guides in Four Languages"),
        _titled("Matsuyama and Masaoka Shiki", "International Haiku Contest")]),
    # no paper: the English title under the speaker heads the slides, numbered bare
    ("b_proc_after_title_bare.txt", [
        _titled("Hakodate at a Glance", "Sister Cities since 1982", "Next Steps for Exchange"),
        _titled("Niigata and the Shinano River", "Flood Control Works", "Waterfront Parks")]),
    # ``1.`` numbering after the paper and a foot ``Coastal Cities Seminar 2025    p. 5``
    ("c_proc_footer_dot.txt", [
        _titled("Ocean Education in Shizuoka", "Suruga Bay Field Trips", "Partnership with the Aquarium",
                "Results after Three Years"),
        _titled("Kochi and the Bonito Catch", "New Markets Overseas", "Young Fishers Programme")]),
    # the marks vary from line to line (``1.``, ``2``, ``3)``): the count 1, 2, 3 still numbers the deck
    ("d_mixed_marks.txt", [TRIAL[0]]),
])
def test_numbered_line_slides_wherever_the_deck_stands(name, slides):
    doc = _run(name)
    assert [_slides(t) for t in doc.talks] == slides
    _no_line_twice(doc)


def test_numbered_sentences_are_no_slides():
    # the numbered lines after the paper are sentences: never slides titled by them
    doc = _run("n_numbered_sentences.txt")
    assert all(s.title is None or not s.title.text.endswith(".") for t in doc.talks for s in t.slides)
    assert not any(s.number for t in doc.talks for s in t.slides)


def test_numbered_list_in_a_paper_is_no_deck():
    # an English paper's list under a lead-in line stays the paper's
    doc = _run("n_paper_numbered_list.txt")
    assert [t.shape for t in doc.talks] == ["paper"] and not doc.talks[0].slides
