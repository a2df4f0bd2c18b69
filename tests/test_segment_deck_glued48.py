"""An English deck whose bullet ends in a number (``– Fewest delays on Line 5``): the number is the bullet's, not a
slide's, whether the deck numbers its slides ``Slide N of M`` or with bare lines (trial 48; issue 16 point 2: never a
slide number from content). :func:`pipeline.segment.slides.find_anchors`."""

import pytest

from tests.segment_inputs import run_text

SLIDES = [
    ("Harbour Ferries in Winter", ["Marta Kell, Harbour Authority"]),
    ("Why Ferries?", ["• Bridges are closed in storms", "• Ferries carry bicycles"]),
    ("Riders", ["• Commuters in the morning", "• Students in the afternoon"]),
    ("Routes Tried", ["• Three crossings tested", "– Fewest delays on Line 5", "• Night service on Fridays"]),
    ("Costs", ["• Fuel is half the cost", "• Crews are shared with the port"]),
]


def deck(number) -> str:
    out = []
    for k, (title, lines) in enumerate(SLIDES, 1):
        out += [title, *lines, number(k)]
    return "\n".join(out + ["Questions?", number(len(SLIDES) + 1)]) + "\n"


@pytest.mark.parametrize("number", [lambda k: f"Slide {k} of 6", str], ids=["shaped", "bare"])
def test_a_bullets_last_number_is_no_slide_number(number):
    (talk,) = run_text(deck(number)).talks
    assert [s.number for s in talk.slides if s.number is not None][:5] == [1, 2, 3, 4, 5]
    routes = next(s for s in talk.slides if s.title is not None and s.title.text == "Routes Tried")
    assert "– Fewest delays on Line 5" in [t.text for t in routes.lines]
