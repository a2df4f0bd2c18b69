"""A deck dumped without page breaks whose slide title goes on over a few slides in a row (``Results`` on slides 3,
4 and 5 of 6): the title of each, not a running header (review 48). A line after every slide's number is still
furniture. :func:`pipeline.segment.furniture.running_lines`."""

from tests.segment_inputs import run_text

SLIDES = [("Why Winter?", ["• Half of trips are short", "• Snow clearing is routine"]),
          ("Results", ["• Trips fell by a third in January", "• Most riders kept riding"]),
          ("Results", ["• Studded tyres doubled", "• Cleared lanes drew riders back"]),
          ("Results", ["• Injuries did not rise", "• Commuters rode more than students"]),
          ("Next Steps", ["• Clear lanes before roads", "• Lend studded tyres"])]


def deck(head: str | None = None) -> str:
    out = ["Winter Cycling in Northern Towns", "Ana Berg, City Cycling Office", "1"]
    for k, (title, lines) in enumerate(SLIDES, 2):
        out += ([head] if head else []) + [title, *lines, str(k)]
    return "\n".join(out) + "\n"


def test_a_title_continued_over_slides_stays_their_title():
    (talk,) = run_text(deck()).talks
    assert [s.title.text for s in talk.slides[1:]] == [title for title, _ in SLIDES]


def test_a_line_after_every_slides_number_is_furniture():
    doc = run_text(deck("Nordic Cycling Forum 2025"))
    assert [r.reason.value for r in doc.ledger if r.text == "Nordic Cycling Forum 2025"] == ["running-header"] * 5
