"""A session's heading in a programme or a book of abstracts (``Session B: Drinking Water``, ``Track 2: Energy``,
``分科会B　防災``) right over a talk's title block is that talk's front, never the last paragraph of the talk before
(fresh-user trial 59: it had ended paper A2's abstract); over the first talk it is front too, never its title
(``Track 1: Mobility`` had been the first talk's title and id). A sentence naming a session (``Session 2 will look at
the costs.``) and a paper's own sections named so stay where they were; ``Session 1`` alone, a talk's number, opens
its block as before. ``titleblock.session_heading``; decision in docs/segment.md."""

from __future__ import annotations

import pytest

from segmenting import segment_text

EN = """Urban Futures Forum 2025
Programme and Abstracts

{s1}

Shared Scooters and Public Transport
Hanna Berg, Oslo Metropolitan University
Shared e-scooters were introduced in 2019. We combined trip data with ticket data and found that
one scooter trip in five replaced a bus trip in the city centre.

{s2}

District Heating from Data Centres
Lars Holm, Aalborg University
Waste heat from two data centres now covers the heating of 6,000 homes. We report the costs of
the heat pumps and the pipes.
"""

JA = """第12回 地域づくり研究発表会 要旨集

{s1}

地方空港を活用した観光振興
佐藤 健（北陸大学）
地方空港の国際線の就航が周辺地域の観光客数に与える影響を分析した。就航後の3年間で外国人宿泊者数は2.1倍になった。

{s2}

自主防災組織の活動実態
田中 由美（新潟大学）
県内120の自主防災組織に調査を行った。避難訓練を毎年実施している組織は45％にとどまった。
"""


def _fronts(text: str):
    doc = segment_text(text)
    return [(t.title.en.text if t.title.en else t.title.ja.text, [f.text for f in t.front],
             [p.text for s in t.sections for p in s.paragraphs]) for t in doc.talks]


@pytest.mark.parametrize("template, s1, s2", [
    (EN, "Track 1: Mobility", "Track 2: Energy"),
    (EN, "Session A: Stormwater", "Session B: Drinking Water"),
    (EN, "Parallel Session 3A — Mobility", "Parallel Session 3B — Energy"),
    (JA, "分科会A\u3000観光", "分科会B\u3000防災"),
    (EN, "Panel 1: Mobility", "Panel 2: Energy"),
])
def test_a_session_heading_is_the_next_talks_front(template, s1, s2):
    talks = _fronts(template.format(s1=s1, s2=s2))
    assert len(talks) == 2
    (title1, front1, text1), (title2, front2, text2) = talks
    assert s1 in front1 and s2 in front2
    assert s2 not in text1
    assert title1 not in (s1,) and title1.startswith(("Shared", "地方空港"))


def test_a_sentence_naming_a_session_stays_in_its_talk():
    text = EN.format(s1="", s2="").replace("the city centre.", "the city centre. Session 2 will look at the costs.")
    (_, _, text1), (_, front2, _) = _fronts(text)
    assert any("Session 2 will look at the costs." in p for p in text1)
    assert front2 == []


def test_a_papers_sections_named_session_stay_its_sections():
    doc = segment_text("Lessons from a Citizens' Workshop on Flood Risk\n\nAnna Weber, University of Bremen\n\nAbstract\n"
                       "We report on a one-day workshop with 40 residents.\n\nSession 1: Mapping\nResidents marked the places "
                       "that flooded in 2021.\n\nSession 2: Priorities\nResidents ranked twelve measures.\n")
    assert len(doc.talks) == 1
    texts = [p.text for s in doc.talks[0].sections for p in s.paragraphs] + [s.title.text for s in doc.talks[0].sections]
    assert "Session 1: Mapping" in texts and "Session 2: Priorities" in texts
