"""A deck printing ``Slide N`` labels on lines of their own, each over its slide's title, after a cover's title block:
the labels head their slides, the title block is the unnumbered cover (issue 16, fresh-user trial 68d; helper fix68l;
``slides._labels_over_titles``). Before, such a deck had no side when a closing ``Thank you`` followed the last label,
the cover was read as slide 1 and every printed number moved up by one."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TRIAL = """\
Smart Mobility for Mid-Sized Cities
Dr. Helen Brooks, Transport Research Unit, City of Leeds
Slide 1
Why Mobility Matters
• Traffic congestion costs the city £40m a year
• Bus journeys grew 12% since 2019
Slide 2
Our Approach
• Efficient signal timing on ring roads
• Real-time data shared with operators
Slide 3
Results
• Average journey time cut by 8%
Slide 4
Thank you
helen.brooks@example.org
"""

UPPER = """\
Safer Streets Around Schools
Priya Natarajan
Road Safety Office, Bristol City Council
SLIDE 1
The Problem
- Speeding near primary schools at drop-off time
SLIDE 2
What We Tried
- School streets closed to traffic twice a day
SLIDE 3
What Changed
- Walking to school up by a fifth
SLIDE 4
Questions?
"""

OF_TOTAL = """\
Flood Resilience in River Towns
Tomás Álvarez, Environment Agency
Slide 1 of 3
Why Act Now
• Three major floods since 2015
Slide 2 of 3
Measures Taken
• Raised embankments along the river
Slide 3 of 3
Thank you
t.alvarez@example.org
"""


def _numbers(text: str) -> list[tuple[int | None, str]]:
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text if s.title is not None else "") for s in talk.slides]


@pytest.mark.parametrize("text, expected", [
    (TRIAL, [(None, "Smart Mobility for Mid-Sized Cities"), (1, "Why Mobility Matters"), (2, "Our Approach"),
             (3, "Results"), (4, "Thank you")]),
    (UPPER, [(None, "Safer Streets Around Schools"), (1, "The Problem"), (2, "What We Tried"), (3, "What Changed"),
             (4, "Questions?")]),
    (OF_TOTAL, [(None, "Flood Resilience in River Towns"), (1, "Why Act Now"), (2, "Measures Taken"),
                (3, "Thank you")]),
])
def test_slide_n_is_the_slide_labelled_n_and_the_title_block_its_cover68(text, expected):
    assert _numbers(text) == expected


def test_the_cover_keeps_the_talks_title_and_speaker68():
    (talk,) = run_text(TRIAL).talks
    assert talk.title.en.text == "Smart Mobility for Mid-Sized Cities"
    assert talk.speaker.name.text == "Helen Brooks"


def test_labels_closing_their_boxes_read_as_before68():
    # near miss: each label ends its text box (a blank line under it): a footer closing its slide, as before
    deck = TRIAL.replace("Slide 2\n", "Slide 2\n\n").replace("Slide 3\n", "Slide 3\n\n").replace("Slide 1\n", "Slide 1\n\n")
    deck = deck.replace("Slide 4\n", "Slide 4\n\n")
    assert _numbers(deck)[0][0] == 1


def test_bare_numbers_say_nothing_new68():
    # near miss: a bare ``1`` … over the titles is no label; a page's foot prints it as often as its head (as before)
    deck = TRIAL
    for n in range(1, 5):
        deck = deck.replace(f"Slide {n}\n", f"{n}\n")
    assert _numbers(deck) == [(1, "Smart Mobility for Mid-Sized Cities"), (2, "Why Mobility Matters"),
                              (3, "Our Approach"), (4, "Results"), (None, "Thank you")]


JA = """\
地域公共交通の再編について
青葉市 都市交通課 主査 中村 花子
スライド1
現状と課題
・路線バスの利用者が減少
スライド2
取り組みの内容
・デマンド交通の導入
スライド3
今後の方向性
・地域と協働した運行計画
ご清聴ありがとうございました
"""


def test_a_japanese_labelled_deck_reads_as_before68():
    assert [n for n, _ in _numbers(JA)] == [None, 1, 2, 3, None]
