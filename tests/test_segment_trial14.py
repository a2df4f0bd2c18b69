"""Trial 14's faults, as made-up documents: a third author's affiliation line, and a press release's kind label."""

from __future__ import annotations

from tests.segment_inputs import run_text

ABSTRACT = """\
Counting Walkers in Small Harbour Towns
Anna Hovland¹, Tomas Reyes², Sunita Kaur³
¹ Department of Geography, University of Bergen
² School of Engineering, Kobe University
³ Institute of Port Studies, Chennai
Abstract
We count walkers with open sensors in three harbour towns and compare the counts with manual surveys.
"""


def test_each_of_three_authors_gets_the_affiliation_its_mark_points_to() -> None:
    [talk] = run_text(ABSTRACT).talks
    assert [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors] == [
        ("Anna Hovland", "Department of Geography, University of Bergen"),
        ("Tomas Reyes", "School of Engineering, Kobe University"),
        ("Sunita Kaur", "Institute of Port Studies, Chennai")]


PRESS = """\
令和7年6月2日
市民局　文化振興部　文化課

報道発表資料

さくら市夏まつり2025の開催について

さくら市では、市民の交流を深めるため、毎年夏に市民まつりを開催しています。

1　概要
日時は7月26日、会場は中央公園です。
"""


def test_a_press_releases_kind_label_is_no_title() -> None:
    [talk] = run_text(PRESS).talks
    assert talk.title.ja is not None and talk.title.ja.text == "さくら市夏まつり2025の開催について"
    assert "報道発表資料" in [t.text for t in talk.front]
