"""A deck numbered in words (``Slide 2 of 4``, ``スライド 3``): each number closes its slide. Made-up decks."""

from __future__ import annotations

from tests.segment_inputs import run_text


def test_slide_n_of_m_closes_each_slide():
    pages = [["Bicycle Parking at Railway Stations"], ["Agenda", "- Why parking matters", "- What we counted"],
             ["What we counted", "- 42 stations", "- 18,000 bicycles"], ["What to do next", "- Add racks where full"]]
    text = "\n\n".join("\n".join(lines + [f"Slide {n} of 4"]) for n, lines in enumerate(pages, 1))
    (talk,) = run_text(text + "\n").talks
    assert [(s.number, s.title.text if s.title else None) for s in talk.slides] == [
        (1, "Bicycle Parking at Railway Stations"), (2, "Agenda"), (3, "What we counted"), (4, "What to do next")]
