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


# A deck's cover and closing: the speaker's post, the occasion, a Japanese speaker line, the closing's lines.

JA_DECK = ("まちなか交通の将来像\n交通政策課 山本 一郎\n\n- 2 -\n現状の課題\n・バス路線の縮小\n\n- 3 -\n今後の取組\n"
           "・自転車道の整備\n\n- 4 -\nご清聴ありがとうございました\n")


def test_a_japanese_cover_line_of_affiliation_and_name_is_the_speaker():
    (talk,) = run_text(JA_DECK).talks
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("山本 一郎", "交通政策課")


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
