"""A Japanese report's cover: its title, the report's stage on the line under it (``最終報告書``), a wave-dashed
subtitle, a date and the issuing office (trial 48: the stage went front and the subtitle became the title). A
wave-dashed line is a subtitle, never a title (:func:`pipeline.segment.titleblock.read_block`)."""

import pytest

from tests.segment_inputs import run_text

BODY = """
第1章 計画の概要

1-1 計画の目的
本計画は、高齢者や子育て世帯が地域の中で安心して暮らせるよう、住民と行政の役割を定めるものである。
1-2 計画の期間
計画の期間は、令和7年度から令和11年度までの5年間とする。
"""


@pytest.mark.parametrize("stage, title", [("最終報告書\n", "港北町地域福祉計画最終報告書"), ("", "港北町地域福祉計画")])
def test_cover_title_stage_and_wave_dashed_subtitle(stage, title):
    cover = f"港北町地域福祉計画\n{stage}〜支え合いのまちをめざして〜\n\n令和7年3月\n港北町 福祉課\n"
    (talk,) = run_text(cover + BODY).talks
    assert talk.title.ja.text == title
    assert talk.subtitle.ja.text == "〜支え合いのまちをめざして〜"
    assert [s.number for s in talk.sections][:3] == ["1", "1.1", "1.2"]
