"""A deck's slide labels written with a colon (``Slide 3:``) or with the slide's title on the label's line (``Slide 3:
Results``, ``Slide 3 – Results``, ``Slide 3 - Results``): the label is the slide's number, the rest its title (issue 16
point 2, helper code59; a known limit helper prog59 left in docs/segment.md).

Before: ``Slide 3:`` was no page number, so the deck's slides had no numbers; a label and its title on one line stayed
the title (``Slide 1 – Harbour Heat Network``), every slide unnumbered, or the deck lost its slides after the second.
Near-misses, unchanged: a sentence naming a slide (``Slide 3 shows the results.``), a dash aside (``Slide 4 – the last
one – gave …``), one captioned ``Slide 3: loop placement`` line in a paper.

Every document is made up; the same shapes are in ``/work/regress/in_code59/slide_*``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

SLIDES = [("Winter Cycling Plan", ["Anna Virtanen, Oulu City Planning Office"]),
          ("Why winter cycling", ["- A third of January trips by bike", "- Routes cleared first"]),
          ("Maintenance", ["- Ploughed before 7 am", "- Gravel within 3 hours"]),
          ("Results", ["- Winter share 12% to 19%"]),
          ("Thank you", ["Questions welcome"])]
TITLES = [t for t, _ in SLIDES]


def deck(top: str, sep: str) -> str:
    """The deck, each slide under its label ``top`` (``Slide {n}:``) on a line of its own."""
    return sep.join("\n".join([top.format(n=k), title, *lines]) for k, (title, lines) in enumerate(SLIDES, 1)) + "\n"


def _slides(text: str):
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text if s.title else None) for s in talk.slides], talk


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("top", ["Slide {n}:", "SLIDE {n}:", "スライド {n}："])
def test_a_label_with_a_colon_numbers_its_slide59(top, sep):
    slides, _ = _slides(deck(top, sep))
    assert slides == list(zip(range(1, 6), TITLES))


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("glue", [": ", " – ", " - ", " — "])
def test_a_label_with_its_title_on_the_line_numbers_and_titles_its_slide59(glue, sep):
    text = sep.join("\n".join([f"Slide {k}{glue}{title}", *lines]) for k, (title, lines) in enumerate(SLIDES, 1)) + "\n"
    slides, talk = _slides(text)
    assert slides == list(zip(range(1, 6), TITLES))
    assert not [t.text for s in talk.slides for t in s.lines if t.text.startswith("Slide")]


def test_a_cover_before_labelled_titled_slides_keeps_no_number59():
    text = "\n\n".join(["Cycling in Winter Cities\nOulu City Planning Office"] + [
        "\n".join([f"Slide {k}: {title}", *lines]) for k, (title, lines) in enumerate(SLIDES[1:], 1)]) + "\n"
    slides, _ = _slides(text)
    assert slides == [(None, "Cycling in Winter Cities")] + list(zip(range(1, 5), TITLES[1:]))


PAPER = ["Ferry Use in Island Towns", "Mari Koskinen", "Institute of Urban Studies, University of Turku, Finland", "",
         "1 Introduction", "Island towns live by the ferry. We presented these results at the regional meeting."]


@pytest.mark.parametrize("lines", [
    ["Slide 3 shows the results.", "The counts rose in every month of the year, and the towns grew with them."],
    ["Slide 3 shows the results. The counts rose in every month of the year.",
     "Slide 4 – the last one – gave the timetable, which nobody in the towns decides."],
    ["Slide 3: loop placement at a junction", "The loops missed one cyclist in twenty, most of them side by side."],
], ids=["sentence", "dash aside", "one caption"])
def test_a_papers_sentences_naming_slides_stay_text59(lines):
    [talk] = run_text("\n".join(PAPER + lines) + "\n").talks
    assert talk.slides == ()
    texts = " ".join(p.text for s in talk.sections for p in s.paragraphs)
    assert all(line in texts for line in lines)
