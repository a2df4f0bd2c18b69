"""A deck numbered in words (``Slide 2 of 4``, ``スライド 3``): each number closes its slide. Made-up decks."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def test_slide_n_of_m_closes_each_slide():
    pages = [["Bicycle Parking at Railway Stations"], ["Agenda", "- Why parking matters", "- What we counted"],
             ["What we counted", "- 42 stations", "- 18,000 bicycles"], ["What to do next", "- Add racks where full"]]
    text = "\n\n".join("\n".join(lines + [f"Slide {n} of 4"]) for n, lines in enumerate(pages, 1))
    (talk,) = run_text(text + "\n").talks
    assert [(s.number, s.title.text if s.title else None) for s in talk.slides] == [
        (1, "Bicycle Parking at Railway Stations"), (2, "Agenda"), (3, "What we counted"), (4, "What to do next")]


# Which side of its slides a deck prints the numbers on is decided once for the deck from the document's evidence
# (slides.number_side): the text box a number shares (blank lines, form feeds), a number that ends the deck, and the
# first number counted against the slides before it. Made-up decks, each with a cover that prints no number.

COVER = ["Bicycle Parking at Railway Stations", "Findings from a 2024 Survey"]
BODY = [["Agenda", "- Why parking matters", "- What we counted"], ["What we counted", "- 42 stations", "- 18,000 bicycles"],
        ["What to do next", "- Add racks where full", "- Price long stays"]]
# the cover's second line is its subtitle, a whole title over it (session 50: it had been joined into the title
# where the cover's box held no more lines than a title may)
EXPECTED = [(1, COVER[0]), (2, "Agenda"), (3, "What we counted"), (4, "What to do next")]


def _slides(text: str) -> list[tuple[int | None, str | None]]:
    (talk,) = run_text(text).talks
    assert all(s.title or s.lines for s in talk.slides)
    return [(s.number, s.title.text if s.title else None) for s in talk.slides]


def _lines(text: str) -> dict[int | None, list[str]]:
    (talk,) = run_text(text).talks
    return {s.number: [t.text for t in s.lines] for s in talk.slides}


@pytest.mark.parametrize("shape", ["{n}", "- {n} -", "Slide {n} of 4"])
def test_numbers_below_each_slide_after_an_unnumbered_cover_keep_each_slides_lines(shape):
    # each number alone between blank lines, the last one ending the deck: numbers below; the agenda's item
    # ``- What we counted`` repeats slide 3's title, which stays slide 3's (no leftover of slide 2)
    pages = ["\n".join(COVER)] + ["\n".join(page) + "\n\n" + shape.format(n=n) for n, page in enumerate(BODY, 2)]
    text = "\n\n".join(pages) + "\n"
    assert _slides(text) == EXPECTED
    assert _lines(text)[3] == ["- 42 stations", "- 18,000 bicycles"]


@pytest.mark.parametrize("sep", ["\n", "\f"], ids=["blank-line", "form-feed"])
def test_numbers_above_each_slide_after_an_unnumbered_cover_leave_the_cover_its_own(sep):
    # each number heads its slide's text box or page: the cover before the first one is a slide of its own (its
    # hidden number 1, slides 2, 3 … by their places), never slide 2's lines
    text = "\n".join(COVER) + "\n" + "".join(sep + f"{n}\n" + "\n".join(page) + "\n" for n, page in enumerate(BODY, 2))
    assert _slides(text) == EXPECTED
    assert _slides(JA_DECK) == [(1, "まちなか交通の将来像"), (2, "現状の課題"), (3, "今後の取組"), (4, "ご清聴ありがとうございました")]


JA_DECK = ("まちなか交通の将来像\n交通政策課 山本 一郎\n\n- 2 -\n現状の課題\n・バス路線の縮小\n\n- 3 -\n今後の取組\n"
           "・自転車道の整備\n\n- 4 -\nご清聴ありがとうございました\n")


def test_a_japanese_cover_line_of_affiliation_and_name_is_the_speaker():
    (talk,) = run_text(JA_DECK).talks
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("山本 一郎", "交通政策課")


LAST_UNNUMBERED = {
    # numbers below their slides, the last slide printing none: blank lines around each number (the first number
    # counted against the cover and the agenda says below), each number closing its text box, each its page, and a
    # dump without blank lines
    "alone": "\n".join(COVER) + "\n\n" + "\n\n".join("\n".join(p) + (f"\n\n{n}" if n < 4 else "") for n, p in enumerate(BODY, 2)) + "\n",
    "box": "\n".join(COVER) + "\n\n" + "\n\n".join("\n".join(p) + (f"\n{n}" if n < 4 else "") for n, p in enumerate(BODY, 2)) + "\n",
    "page": "\n".join(COVER) + "\n" + "".join("\f" + "\n".join(p) + (f"\n{n}" if n < 4 else "") + "\n" for n, p in enumerate(BODY, 2)),
    "run-on": "\n".join(COVER) + "\n" + "\n".join("\n".join(p) + (f"\n{n}" if n < 4 else "") for n, p in enumerate(BODY, 2)) + "\n",
}


@pytest.mark.parametrize("name", LAST_UNNUMBERED)
def test_the_last_slide_after_the_last_number_below_is_a_slide_of_its_own(name):
    slides = _slides(LAST_UNNUMBERED[name])
    assert slides[-2:] == [(3, "What we counted"), (None, "What to do next")], slides
    assert _lines(LAST_UNNUMBERED[name])[3] == ["- 42 stations", "- 18,000 bicycles"]


def test_an_unnumbered_last_page_after_numbers_above_is_a_slide_of_its_own():
    # numbers head their pages; the last page prints none: its own slide, not the slide before's
    text = "\n".join(COVER) + "\n" + "".join("\f" + (f"{n}\n" if n < 4 else "") + "\n".join(p) + "\n" for n, p in enumerate(BODY, 2))
    assert _slides(text)[-2:] == [(3, "What we counted"), (None, "What to do next")]


def test_a_cover_keeps_the_speakers_post_and_the_occasion_and_the_closing_keeps_its_thanks():
    # trial 19's English deck: the post at an organisation under the presenter's name is the speaker's
    # affiliation, the event's name dated by its year a cover line, both the cover's before its printed 1; the
    # closing slide opens on its first closing line (Thank you! / Questions?)
    text = ("Scaling Vector Search to a Billion Embeddings\nPriya Natarajan\nStaff Engineer, Lumen Data Systems\n"
            "PyData Berlin 2025\n1\nAgenda\n• Why vector search?\n• Lessons learned\n2\nWhy vector search?\n"
            "• Semantic retrieval\n3\nLessons learned\n• Recall drops silently\n4\nThank you!\nQuestions?\n"
            "priya@lumen.example\n5\n")
    (talk,) = run_text(text).talks
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("Priya Natarajan", "Staff Engineer, Lumen Data Systems")
    assert talk.subtitle.en is None
    slides = [(s.number, s.title.text, [t.text for t in s.lines]) for s in talk.slides]
    assert slides[0] == (1, "Scaling Vector Search to a Billion Embeddings",
                         ["Priya Natarajan", "Staff Engineer, Lumen Data Systems", "PyData Berlin 2025"])
    assert slides[1][:2] == (2, "Agenda") and slides[-1] == (5, "Thank you!", ["Questions?", "priya@lumen.example"])
    assert slides[-2] == (4, "Lessons learned", ["• Recall drops silently"])
