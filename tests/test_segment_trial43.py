"""Trial 43's faults, as made-up documents of other topics."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PAPER = """\
木造橋梁の点検記録を用いた劣化傾向の分析
佐藤 美咲*1　{second}*2　Daniel Hughes*1
*1 西海大学工学部　*2 山陰建設技術センター
An Analysis of Deterioration Trends from Inspection Records
of Timber Bridges in Rural Areas
Misaki SATO*1, Makoto TAKAGI*2 and Daniel HUGHES*1
*1 Faculty of Engineering, Saikai University
*2 San'in Construction Technology Centre

Abstract: We analysed ten years of inspection records of 48 timber bridges.
Keywords: timber bridge, inspection, deterioration

1. はじめに
木造橋梁は地方の生活道路に多く残されており、定期的な点検が欠かせない。
2. 方法
県内48橋の点検記録十年分を整理し、部材ごとの劣化の進み方を調べた。
"""


@pytest.mark.parametrize("second", ["高� 誠", "高�木 誠"])
def test_a_japanese_author_with_a_lost_glyph_keeps_the_japanese_title_block(second: str) -> None:
    """Trial 43: ``山本 彩花*1　松� 健太郎*2　Laura Bennett*1`` was no author line (a name with a lost glyph reads as no
    name) and, read as English for its Latin name, was taken for the Japanese title's translation: the Japanese block
    had no speaker, the English title block under its affiliations won, and ``title.ja`` was null. Among names each
    closed by a mark, a name's shape with a lost glyph counts (never filled)."""
    [talk] = run_text(PAPER.format(second=second)).talks
    assert talk.title.ja is not None and talk.title.ja.text == "木造橋梁の点検記録を用いた劣化傾向の分析"
    assert talk.title.en is not None and talk.title.en.text == (
        "An Analysis of Deterioration Trends from Inspection Records of Timber Bridges in Rural Areas")
    assert [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors] == [
        ("佐藤 美咲", "西海大学工学部"), (second, "山陰建設技術センター"), ("Daniel Hughes", "西海大学工学部")]
