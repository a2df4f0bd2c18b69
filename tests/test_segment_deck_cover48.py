"""An English deck's cover: title, subtitle, ``Name, Post`` and the organisation on a line of its own, then the
first page number (trial 48: the organisation was read as the speaker's name, ``Eastvale Regional Transport``, and
the cover lost it to slide 1's title). :func:`pipeline.segment.names.is_person_name`,
:func:`pipeline.segment.names.name_then_affiliation`, :func:`pipeline.segment.slides._cover_to_its_number`."""

import pytest

from tests.segment_inputs import run_text

COVER = ["Counting Swifts Over the Old Town", "What Three Summers of Roof Surveys Taught Us",
         "Lena Hartwig, Urban Ecology Lead", "Northmoor Regional Transport"]
SLIDES = [("Why Swifts?", ["• They nest only in old roofs", "• Numbers fell by half since 1995"]),
          ("How We Counted", ["• Volunteers on twelve streets", "• Counts at dusk in June"]),
          ("What We Found", ["• Most nests under clay tiles", "• New roofs hold none"])]


def deck(number) -> str:
    out = [*COVER, number(1)]
    for k, (title, lines) in enumerate(SLIDES, 2):
        out += [title, *lines, number(k)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("number", [lambda k: f"Slide {k} of 4", str], ids=["counted", "bare"])
def test_cover_names_speaker_post_and_organisation(number):
    (talk,) = run_text(deck(number)).talks
    assert talk.title.en.text == COVER[0] and talk.subtitle.en.text == COVER[1]
    assert talk.speaker.name.text == "Lena Hartwig"
    assert [t.text for t in talk.slides[0].lines][-1] == "Northmoor Regional Transport"
    assert [s.title.text for s in talk.slides[1:]] == [title for title, _ in SLIDES]
