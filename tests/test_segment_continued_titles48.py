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


BODY = ("The work was done in three harbours over two years, and each harbour kept its own logs of the boats.\n"
        "The logs were read by two people and their counts were compared line by line for every week.\n")


def test_chapters_each_opening_a_page_with_its_label_keep_their_numbers():
    """``Chapter 1`` … ``Chapter 4``, each at the top of its page: the chapters' labels, not a running header (its
    digits folded, the label recurs at four page tops; review 48)."""
    pages = ["Ferry Towns and Their Harbours\nA thesis by Mira Holm\n"]
    pages += [f"Chapter {k}\n{title}\n{BODY}{BODY}" for k, title in enumerate(["Introduction", "Methods", "Results", "Discussion"], 1)]
    (talk,) = run_text("\f".join(pages)).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction"), ("2", "Methods"), ("3", "Results"), ("4", "Discussion")]
