"""A placeholder's place name (``某某市``, ``○○市``, ``XX市``) names no city (fresh-user trial 66b: a sample Chinese
notice signed ``某某市人民政府办公室`` had ``city`` 某某市 and the id ``bobo``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "trial66"


def _city_rows(talk) -> list[str]:
    return [e.detail for e in talk.evidence if e.kind == "city"]


def test_the_trials_chinese_notice_signed_by_a_placeholder_city_has_no_city() -> None:
    (talk,) = run_text((DATA / "t66b_cn_notice.txt").read_text(encoding="utf-8")).talks
    assert talk.city.ja is None and talk.id != "bobo", (talk.id, talk.city)
    assert any("某某市: a placeholder's name" in d for d in _city_rows(talk)), _city_rows(talk)


@pytest.mark.parametrize("office", ["○○市環境課", "××町役場総務課", "〇〇市教育委員会"])
def test_a_japanese_notice_signed_by_a_template_office_has_no_city(office) -> None:
    text = ("ごみ収集日程の変更について\n\n1. 可燃ごみの収集は12月29日で終了します。\n"
            "2. 資源ごみの収集は1月6日から再開します。\n\n令和6年12月1日\n" + office + "\n")
    (talk,) = run_text(text).talks
    assert talk.city.ja is None, (office, talk.city)


def test_a_real_city_in_the_same_place_is_read() -> None:
    text = ("ごみ収集日程の変更について\n\n1. 可燃ごみの収集は12月29日で終了します。\n"
            "2. 資源ごみの収集は1月6日から再開します。\n\n令和6年12月1日\n桜川市環境課\n")
    (talk,) = run_text(text).talks
    assert talk.city.ja is not None and talk.city.ja.text == "桜川市", talk.city
