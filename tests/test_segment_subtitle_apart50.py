"""An English paper dump's subtitle set apart from its title by a blank line (issue 16 point 2, helper seg50).

``Harbour Ferries and Island Life`` / (blank) / ``A Study of Timetables on Three Small Islands`` / (blank) / the authors:
the subtitle had become the title (the line right over the authors) and the title had gone to ``front``. The
subtitle is read where the title block shows it: the document's first line a title phrase, then one line alone in
its box that the cover rule reads as its subtitle (``under_cover_title``) and whose opening phrase names a kind of
work (``A Study of …``), then the authors. An authors' line, an
affiliation, a date or ``Abstract`` after the blank line is never a subtitle, nor is the title under an event's,
a series' or a report kind's line (``Rural Heritage Papers, Second Series``, trial 44). Every text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

BODY_EN = "Island ferries carry residents, freight and visitors on the same boats, and the timetable decides the day."
BODY_JA = "本市は港町であり、古くから海外との交流の窓口として栄えてきた。港を中心に発展した町並みには今も多くの国の文化が息づいている。"
TITLE = "Harbour Ferries and Island Life"
AUTHORS = "Mika Sato\nIsland Transport Office"


def _paper(head: str) -> str:
    return f"{head}\n\nAbstract\n{BODY_EN}\n\n1. Introduction\n{BODY_EN}\n\n2. Results\n{BODY_EN}\n"


def _read(text: str):
    [talk] = run_text(text).talks
    return (talk.title.en and talk.title.en.text, talk.subtitle.en and talk.subtitle.en.text,
            talk.speaker.text and talk.speaker.text.text, [t.text for t in talk.front])


@pytest.mark.parametrize("subtitle", [
    "A Study of Timetables on Three Small Islands",
    "A Pilot Study on Three Small Islands",
    "Field Trial Report for Three Islands",
    "Findings from Three Rebuilt Ports",
    "An Overview of Timetables, Tides and Residents",
])
def test_an_english_subtitle_after_a_blank_line_is_the_subtitle(subtitle):
    assert _read(_paper(f"{TITLE}\n\n{subtitle}\n\n{AUTHORS}")) == (TITLE, subtitle, "Mika Sato, Island Transport Office", [])


@pytest.mark.xfail(strict=True, reason="a line naming no kind of work under the first line may be the title under a "
                   "volume's header (Rural Heritage Papers, Second Series, trial 44): the line over the authors stays the title")
@pytest.mark.parametrize("subtitle", ["Lessons from Three Rebuilt Ports", "Timetables, Tides and Residents"])
def test_a_subtitle_naming_no_kind_of_work(subtitle):
    assert _read(_paper(f"{TITLE}\n\n{subtitle}\n\n{AUTHORS}"))[:2] == (TITLE, subtitle)


@pytest.mark.parametrize("subtitle", ["A Study of Timetables on Three Small Islands", "Findings from Three Rebuilt Ports"])
def test_the_subtitle_over_the_authors_with_no_blank_line_under_it(subtitle):
    assert _read(_paper(f"{TITLE}\n\n{subtitle}\n{AUTHORS}"))[:2] == (TITLE, subtitle)


@pytest.mark.parametrize("head, speaker, front", [
    (f"{TITLE}\n\nMika Sato\nIsland Transport Office", "Mika Sato, Island Transport Office", []),
    (f"{TITLE}\n\nIsland Transport Office\nMika Sato", "Island Transport Office, Mika Sato", []),
    (f"{TITLE}\n\nMika Sato and Ken Ito\nIsland Transport Office", "Mika Sato and Ken Ito, Island Transport Office", []),
    (f"{TITLE}\n\nMarch 2024\n\n{AUTHORS}", "Mika Sato, Island Transport Office", ["March 2024"]),
])
def test_authors_an_affiliation_or_a_date_after_the_blank_line_are_no_subtitle(head, speaker, front):
    assert _read(_paper(head)) == (TITLE, None, speaker, front)


def test_abstract_after_the_blank_line_is_no_subtitle():
    title, subtitle, _, _ = _read(f"{TITLE}\n\nAbstract\n{BODY_EN}\n\n1. Introduction\n{BODY_EN}\n")
    assert subtitle is None and title != "Abstract"


@pytest.mark.parametrize("over", [
    "Third Regional Transport Symposium",
    "Proceedings of the Island Transport Workshop",
    "Annual Report 2024",
    "Island Transport Office",
    "Working Paper No. 12",
    "Rural Heritage Papers, Second Series",
    "Journal of Island Studies",
    "Island Transport Newsletter",
])
@pytest.mark.parametrize("title", [TITLE, "A Study of Ferry Timetables on Three Islands"])
def test_a_line_over_the_title_is_no_title_with_the_title_as_its_subtitle(over, title):
    got, subtitle, _, front = _read(_paper(f"{over}\n\n{title}\n\n{AUTHORS}"))
    assert (got, subtitle) == (title, None) and front == [over]


@pytest.mark.parametrize("subtitle", ["――姉妹都市提携五十年を振り返って――", "〜姉妹都市提携五十年を振り返って〜"])
def test_a_japanese_subtitle_in_dashes_after_a_blank_line_stays_the_subtitle(subtitle):
    [talk] = run_text(f"港町の国際交流の歩み\n\n{subtitle}\n\n山田 太郎（港市国際課）\n\n1. はじめに\n{BODY_JA}\n").talks
    assert (talk.title.ja.text, talk.subtitle.ja.text, talk.front) == ("港町の国際交流の歩み", subtitle, ())


def test_a_japanese_subtitle_without_dashes_after_a_blank_line():
    # closing on a particle, it leans on the title (session 51: tests/test_segment_subtitle_apart51.py)
    [talk] = run_text(f"港町の国際交流の歩み\n\n姉妹都市提携五十年を振り返って\n\n山田 太郎（港市国際課）\n\n1. はじめに\n{BODY_JA}\n").talks
    assert (talk.title.ja.text, talk.subtitle.ja and talk.subtitle.ja.text) == ("港町の国際交流の歩み", "姉妹都市提携五十年を振り返って")
