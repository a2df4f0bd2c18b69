"""A deck that numbers its slides (``Slide N`` at each slide's top) and its pages (``Page N``, ``Page N of M``,
``p. N``, a bare ``N`` at the foot) both (issue 16, helper prog59).

The ``Slide N`` lines number the slides; the page's number beside them is page furniture (out of the slides'
lines, a ledger row), agreeing with the slide's or not (a title page counted before slide 1 puts ``Page 4`` under
``Slide 3``). Read as one numbering, ``Page 2`` at slide 1's foot had opened slide 2, and each slide after it took the
number before its own with no title; ``Page 3 of 5`` agreeing with ``Slide 3`` had stayed one of the slide's lines.
A deck numbered one way only is read as before.

Every document is made up; the same shapes are in ``/work/regress/in_prog59/slides_*``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

SLIDES = [("Harbour Tourism Plan", ["Maria Costa, Visitor Office"]),
          ("Visitor numbers", ["- 1.2 million in 2025", "- Cruise calls up 12%"]),
          ("Priorities", ["- New ferry terminal", "- Signage in four languages"]),
          ("Timeline", ["- 2026 to 2029"]),
          ("Thank you", ["Questions welcome"])]
TITLES = [t for t, _ in SLIDES]


def deck(top: str | None, foot: str | None, offset: int = 0, sep: str = "\n\n") -> str:
    out = []
    for k, (title, lines) in enumerate(SLIDES, 1):
        out.append("\n".join(([top.format(n=k)] if top else []) + [title, *lines]
                             + ([foot.format(n=k + offset)] if foot else [])))
    return sep.join(out) + "\n"


def _numbered(text: str):
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text if s.title else None) for s in talk.slides], talk


@pytest.mark.parametrize("foot", ["Page {n}", "Page {n} of 6", "{n}", "{n}/6"])
@pytest.mark.parametrize("sep", ["\n\n", "\n", "\n\f"])
def test_slide_labels_number_their_slides_beside_page_numbers_one_ahead(foot, sep):
    slides, _ = _numbered(deck("Slide {n}", foot, offset=1, sep=sep))
    assert slides == list(zip(range(1, 6), TITLES))


@pytest.mark.parametrize("foot", ["Page {n} of 5", "{n}", "{n} / 5"])
@pytest.mark.parametrize("top", ["Slide {n}", "Slide {n} of 5", "SLIDE {n}"])
def test_agreeing_page_numbers_are_no_slide_lines(top, foot):
    slides, talk = _numbered(deck(top, foot))
    assert slides == list(zip(range(1, 6), TITLES))
    assert not [t.text for s in talk.slides for t in s.lines if t.text.strip()[:1].isdigit() or t.text.startswith("Page")]


@pytest.mark.parametrize("top, foot", [("Slide {n}", None), (None, "Page {n}"), (None, "p. {n}"), (None, "Page {n} of 5"),
                                       ("Slide {n}", "p. {n}"), ("Slide {n}", "Page {n}")])
def test_one_numbering_or_agreeing_short_shapes_as_before(top, foot):
    slides, _ = _numbered(deck(top, foot))
    assert slides == list(zip(range(1, 6), TITLES))


def test_a_single_page_number_beside_slide_labels_is_left_to_the_usual_reading():
    # one ``Page`` line only: no second numbering (each numbering needs two lines)
    text = deck("Slide {n}", None).replace("Questions welcome", "Questions welcome\nPage 9")
    slides, _ = _numbered(text)
    assert [n for n, _ in slides] == [1, 2, 3, 4, 5]
