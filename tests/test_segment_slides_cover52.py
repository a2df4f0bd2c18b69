"""Slides under a printed marker (``Slide N``) after the talk's English title block (helper bislides52, trial 52b).

A bilingual proceedings' talk prints its Japanese paper, then its English title and speaker line, then its slides,
each *under* its marker: ``Slide 1`` over the cover's title again, ``Slide 2`` over ``Overview`` and its bullets, ….
The deck had (a) the English title block an extra unnumbered slide and slide 1 an empty copy of its title, or, where
the last slide's title was one word (``Conclusion``), no side for its numbers at all: every slide one number off, the
last one lost into the one before. The correct results were written before the change; every text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

TALKS = [
    dict(title="松山市の河川再生と市民参加", speaker="松山市環境部長　村上 健一",
         en="River Restoration and Citizen Participation in Matsuyama",
         en_speaker="Kenichi Murakami, Director General, Environment Department, City of Matsuyama",
         sections=[("はじめに", "松山市では、石手川の水質改善を目的として河川再生事業を進めている。"),
                   ("今後の課題", "今後は、上流域の森林保全と下水道整備を一体的に進めることが課題である。")],
         slides=[("Overview of Activities", ["- About 3,000 citizens join clean-ups", "- Lessons at primary schools"]),
                 ("Water Quality Since 2008", ["- Fewer algae blooms", "- Fish returned upstream"]),
                 ("Future Challenges", ["- Forest conservation upstream", "- Sewer works downstream"]),
                 ("Conclusion", ["- Keep citizens involved", "- Report the results yearly"])]),
    dict(title="大連市の廃棄物管理", speaker="大連市環境保護局副局長　王 明",
         en="Waste Management in Dalian",
         en_speaker="Wang Ming, Deputy Director, Dalian Environmental Protection Bureau",
         sections=[("背景", "大連市では、家庭ごみの排出量が年々増加している。"),
                   ("結論", "今後は分別収集を全市に拡大し、焼却処理量の削減を目指す。")],
         slides=[("Introduction of Separate Collection", ["- Pilot from 2018 in selected districts",
                                                         "- Recycling rate rose from 15% to 28%"]),
                 ("Collection Points", ["- 120 points in four districts", "- Open every morning"]),
                 ("Summary", ["- Expand separate collection citywide", "- Burn less waste"]),
                 ("Conclusion", ["- Expand separate collection citywide", "- Reduce the waste incinerated"])]),
]


def _talk(t: dict, n_slides: int, marker=lambda n: f"Slide {n}", repeat_speaker=False) -> str:
    lines = [t["title"], t["speaker"], ""]
    for k, (head, para) in enumerate(t["sections"], 1):
        lines += [f"{k}．{head}", para]
    lines += ["", t["en"], t["en_speaker"], marker(1), t["en"]]
    if repeat_speaker:
        lines.append(t["en_speaker"])
    for k, (title, body) in enumerate(t["slides"][-(n_slides - 1):], 2):
        lines += [marker(k), title, *body]
    return "\n".join(lines) + "\n"


def _expected(t: dict, n_slides: int) -> list[tuple[int, str, list[str]]]:
    return [(1, t["en"], [t["en_speaker"]])] + [(k, title, body)
                                                for k, (title, body) in enumerate(t["slides"][-(n_slides - 1):], 2)]


def _slides(talk) -> list[tuple[int | None, str | None, list[str]]]:
    return [(s.number, s.title.text if s.title else None, [x.text for x in s.lines]) for s in talk.slides]


@pytest.mark.parametrize("n_slides", [2, 3, 4, 5])
@pytest.mark.parametrize("which", [0, 1])
def test_one_talk_marker_over_each_slide(which, n_slides):
    (talk,) = run_text(_talk(TALKS[which], n_slides)).talks
    assert _slides(talk) == _expected(TALKS[which], n_slides)


@pytest.mark.parametrize("n_slides", [2, 3, 5])
def test_two_talks_marker_over_each_slide(n_slides):
    text = "第３回 東アジア都市環境フォーラム 報告集\n\n" + "\n".join(_talk(t, n_slides) for t in TALKS)
    talks = run_text(text).talks
    assert [_slides(t) for t in talks] == [_expected(t, n_slides) for t in TALKS]


def test_marker_over_a_cover_that_repeats_title_and_speaker():
    t = TALKS[1]
    (talk,) = run_text(_talk(t, 3, repeat_speaker=True)).talks
    assert _slides(talk) == _expected(t, 3)


@pytest.mark.parametrize("marker", [lambda n: f"スライド {n}", lambda n: f"- {n} -"])
def test_other_markers_over_each_slide(marker):
    t = TALKS[1]
    (talk,) = run_text(_talk(t, 3, marker)).talks
    assert _slides(talk) == _expected(t, 3)


def test_a_deck_alone_whose_cover_block_is_printed_again_under_slide_1_52c():
    # trial 52c: the cover's four lines (title, subtitle, office, date), then ``Slide 1`` over the title again and no
    # blank line anywhere: every ``Slide N`` had closed the slide before it, and the last slide was lost
    text = ("Safer Routes to School\nAnnual Review\nTraffic Office, Town of Oakfield\nMay 2024\n"
            "Slide 1\nSafer Routes to School\nTraffic Office, Town of Oakfield\n"
            "Slide 2\nWhat changed\n- 20 mph zones at six schools\n- New crossing on Mill Road\n"
            "Slide 3\nResults\n- Fewer near misses reported\n- More pupils walking\n"
            "Slide 4\nQuestions\nroutes@oakfield.example\n")
    [talk] = run_text(text).talks
    numbered = [(s.number, s.title.text if s.title else None) for s in talk.slides if s.number is not None]
    assert numbered == [(1, "Safer Routes to School"), (2, "What changed"), (3, "Results"), (4, "Questions")]
