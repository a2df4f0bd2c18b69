"""Japanese authors set side by side on one line, parted by an ideographic space or a wider space than the one
between each one's surname and given name, are each an author, each with the affiliation line over or under them
(trial 40's nursing report: ``佐伯 由佳　大野 健太`` had been one author's name, and its affiliation line
``… 看護部 ４階西病棟`` went to ``front``, 病棟 being no organisation's word). One name whose surname and given name a
space or ``　`` parts stays one author (``山田 太郎``, ``山田　太郎``). Made-up reports of other topics, a text dump and
a PDF made with reportlab."""

from __future__ import annotations

import pytest

from tests.pdfmaker import JA, drawn_pdf
from tests.segment_inputs import run_pdf, run_text

BODY = """
1. はじめに
当院の外来では、待ち時間の長さが患者満足度調査で毎年最も多く指摘されてきた。本研究では予約枠の見直しの効果を調べた。

2. 方法
令和６年度と令和７年度の外来患者の待ち時間を電子カルテの記録から集計し、比較した。
"""


def _talk(front: str):
    [talk] = run_text("外来待ち時間の短縮に向けた予約枠の見直し\n\n" + front + "\n" + BODY).talks
    return talk


def _authors(talk) -> list[tuple[str, str | None]]:
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


@pytest.mark.parametrize("names, expected", [
    ("森田 奈緒　高橋 翔", ["森田 奈緒", "高橋 翔"]),
    ("森田 奈緒　高橋 翔　村上 千尋", ["森田 奈緒", "高橋 翔", "村上 千尋"]),
    ("森田 奈緒  高橋 翔", ["森田 奈緒", "高橋 翔"]),  # two spaces between the names, one inside each
    ("森田奈緒　高橋翔", ["森田奈緒", "高橋翔"]),
])
def test_names_side_by_side_under_their_affiliation_are_each_an_author(names, expected):
    talk = _talk("あおば総合病院 看護部\n" + names)
    assert _authors(talk) == [(n, "あおば総合病院 看護部") for n in expected]
    assert talk.speaker.name.text == expected[0]
    assert [t.text for t in talk.front] == []


def test_names_side_by_side_over_their_ward_are_each_an_author():
    talk = _talk("森田 奈緒　高橋 翔\nあおば総合病院 看護部 東病棟")
    assert [n for n, _ in _authors(talk)] == ["森田 奈緒", "高橋 翔"]
    assert {a for _, a in _authors(talk)} == {"あおば総合病院 看護部 東病棟"}
    assert [t.text for t in talk.front] == []


@pytest.mark.parametrize("name", ["山田 太郎", "山田　太郎", "長谷川　健", "中村 さやか"])
def test_one_name_with_a_space_between_surname_and_given_name_stays_one_author(name):
    talk = _talk("あおば総合病院 看護部\n" + name)
    assert talk.speaker.name.text == name
    assert [n for n, _ in _authors(talk)] == [name]


def test_pdf_report_names_side_by_side_under_a_ward():
    pdf = drawn_pdf([[
        (JA, 20, 100, 640, "外来待ち時間の短縮に向けた予約枠の見直し"),
        (JA, 12, 180, 480, "あおば総合病院 看護部 ３階北病棟"),
        (JA, 12, 200, 458, "森田 奈緒　高橋 翔"),
        (JA, 10.5, 90, 360, "1. はじめに"),
        (JA, 10.5, 90, 340, "当院の外来では、待ち時間の長さが患者満足度調査で毎年最も多く指摘されてきた。"),
        (JA, 10.5, 90, 322, "本研究では予約枠の見直しの効果を調べた。"),
    ]])
    [talk] = run_pdf(pdf).talks
    assert talk.title.ja.text == "外来待ち時間の短縮に向けた予約枠の見直し"
    assert [n for n, _ in _authors(talk)] == ["森田 奈緒", "高橋 翔"]
    assert all(a is not None and a.startswith("あおば総合病院 看護部") for _, a in _authors(talk))
    assert not any("病棟" in t.text for t in talk.front)
