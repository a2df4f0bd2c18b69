"""A newsletter's issue line that dates itself in both calendars (``２０２５年（令和７年）５月号　No.８１２``) is its edition,
front matter, never the title's second line (fresh-user trial 61: the title had read ``広報みなかみ2025年（令和7年）5月号``).
"""

from pathlib import Path

import pytest

from pipeline.segment.events import is_edition_line
from pipeline.segment.labels import is_date_line
from reliability import accounting


@pytest.mark.parametrize("line", ["2025年（令和7年）5月", "令和7年（2025年）5月1日", "2025（令和7）年5月1日"])
def test_date_with_the_other_calendars_year_is_a_date(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["2025年（令和7年）5月号　No.812", "令和8年（2026年）1月号（第300号）"])
def test_issue_line_with_both_calendars_is_an_edition(line: str) -> None:
    assert is_edition_line(line)


def test_newsletter_title_stops_at_its_issue_line(tmp_path: Path) -> None:
    path = tmp_path / "kouhou.txt"
    path.write_text("広報さくらがわ\n２０２６年（令和８年）２月号　No.４０５\n発行　桜川町役場企画課\n\n"
                    "■冬の道路情報をお知らせします\n　町では、積雪時の除雪路線の情報を、町のホームページで毎朝7時に更新しています。\n"
                    "問合せ　建設課\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    talk = talks[0]
    assert talk["title"]["ja"] == "広報さくらがわ"
    assert "2026年（令和8年）2月号　No.405" in [p["text"] for p in talk["paper"]["front"]]
