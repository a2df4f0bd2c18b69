"""A Japanese subtitle on its own line after a blank line under the title, without dashes (issue 16, session 51):
read from its own words, a phrase that leans on the title (closing on a particle: ``～を振り返って``, ``～の事例から``)
or names a kind of work at its end (``～の事例分析``), where neither line is an event's, a series' or a volume's. The
title under an event's line stays the title (``第3回 地域交通シンポジウム`` / ``バス路線の再編と住民の移動``), and a noun
phrase under the title after a blank line stays where it was read (front: no evidence it is a subtitle). English
subtitles keep their rule (an opening phrase naming a kind of work). Made-up papers, with and without form feeds."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

BODY_JA = "本市は港町であり、古くから海外との交流の窓口として栄えてきた。港を中心に発展した町並みには今も多くの国の文化が息づいている。"
BODY_EN = "Island ferries carry residents, freight and visitors on the same boats, and the timetable decides the day."


def _ja(head: str, feed: str) -> str:
    return f"{head}\n\n山田 太郎（港市国際課）\n\n1. はじめに\n{BODY_JA}\n\n{feed}2. 交流の歩み\n{BODY_JA}\n"


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("subtitle", ["姉妹都市提携五十年を振り返って", "三つの港町の事例から", "市民交流の事例分析",
                                      "学校間の相互訪問を中心に"])
def test_a_japanese_subtitle_apart_that_leans_on_the_title(subtitle, feed):
    [talk] = run_text(_ja(f"港町の国際交流の歩み\n\n{subtitle}", feed)).talks
    assert (talk.title.ja.text, talk.subtitle.ja and talk.subtitle.ja.text) == ("港町の国際交流の歩み", subtitle)
    assert talk.speaker.text.text.startswith("山田 太郎")


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_the_title_under_an_events_line_stays_the_title(feed):
    [talk] = run_text(_ja("第3回 地域交通シンポジウム\n\nバス路線の再編と住民の移動", feed)).talks
    assert talk.title.ja.text == "バス路線の再編と住民の移動" and talk.subtitle.ja is None


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
def test_an_english_subtitle_apart_keeps_its_rule(feed):
    head = "Harbour Ferries and Island Life\n\nA Study of Timetables on Three Small Islands\n\nMika Sato\nIsland Transport Office"
    [talk] = run_text(f"{head}\n\nAbstract\n{BODY_EN}\n\n1. Introduction\n{BODY_EN}\n\n{feed}2. Results\n{BODY_EN}\n").talks
    assert (talk.title.en.text, talk.subtitle.en.text) == ("Harbour Ferries and Island Life",
                                                           "A Study of Timetables on Three Small Islands")
