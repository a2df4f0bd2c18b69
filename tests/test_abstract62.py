"""Title blocks of abstracts and reports (helper abstract62, fresh-user trials 61b and 61d). Made-up inputs in
tests/data/abstract62 (also /work/regress/in_abstract62), each run through the whole pipeline with every raw character
accounted for (:func:`reliability.one_talk`):

- a thesis cover's Japanese field with its value (``氏名　佐伯 真理子``, ``学籍番号　21T1234``, ``所属　…``) is front or,
  ``氏名``, the speaker: never the title nor a section's heading;
- a part split off a title's line (a newsletter's issue ``みどり市報　　第42号``, a subtitle set after the title) keeps no
  ideographic space at its ends, each left out with a ledger row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability import one_talk

DATA = Path(__file__).parent / "data" / "abstract62"


def _front(talk: dict) -> list[str]:
    return [p["text"] for p in talk["paper"]["front"]]


def _headings(talk: dict) -> list[str]:
    return [s["heading"] or "" for s in talk["paper"]["sections"]]


@pytest.mark.parametrize("name, title, speaker_name, kept", [
    ("ja_field_name.txt", "都市公園の利用実態と住民の満足度に関する研究", "佐伯 真理子", ["2024年度 修士論文要旨"]),
    ("ja_field_id.txt", "商店街の空き店舗活用に関する調査", "田中 一郎",
     ["学籍番号　21T1234", "指導教員　山本 健太 教授", "提出日　2025年1月31日"]),
    ("ja_field_affil.txt", "沿岸都市における津波避難行動の分析", "鈴木 美咲", ["所属　京都大学大学院 工学研究科 都市社会工学専攻"]),
])
def test_a_cover_field_is_front_or_the_speaker_never_a_heading(name, title, speaker_name, kept, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"]["ja"] == title
    assert talk["speaker"]["name"] == speaker_name
    assert all(k in _front(talk) for k in kept), _front(talk)
    assert not any(h.startswith(("氏名", "所属", "学籍番号", "指導教員", "提出日")) for h in _headings(talk))


def test_a_name_under_an_affiliation_without_a_label_is_unchanged(tmp_path) -> None:
    talk = one_talk(DATA / "neg_field_heading.txt", tmp_path)
    assert talk["speaker"]["name"] == "佐伯 真理子"
    assert [s["number"] for s in talk["paper"]["sections"]] == ["1", "2", "3"]


@pytest.mark.parametrize("name, title, issue", [
    ("ws_shihou.txt", "みどり市報", "第42号"),
    ("ws_kouhou.txt", "広報かわせみ", "第128号"),
    ("ws_newsletter3.txt", "さくら通信", "Vol.15"),
])
def test_an_issue_split_off_a_title_keeps_no_wide_space(name, title, issue, tmp_path) -> None:
    talk = one_talk(DATA / name, tmp_path)
    assert talk["title"]["ja"] == title
    assert _front(talk)[0] == issue
    spaces = [d for d in talk["dropped"] if d.get("rule") == "trim_title_part"]
    assert spaces and all(d["text"] == "\u3000" for d in spaces)


def test_a_subtitle_set_after_the_title_on_its_line_is_its_subtitle(tmp_path) -> None:
    talk = one_talk(DATA / "ws_title_sub.txt", tmp_path)
    assert talk["title"]["ja"] == "令和6年度 事業報告書"
    assert talk["subtitle"]["ja"] == "―地域とともに歩む一年―"
