"""A person's name glued before a title written as an honorific (教授, 准教授, 議員, 記者, 医師 …) in running text
(fresh-user trial 68d: ``緑川大学の高\ufffd真一教授が`` was offered 写 0.37; issue 19, point 4): never filled, no
candidates; a gap touching the title may be a kana (本学の教授): offered, never filled; a school's or an office's
word, a rank's word, the title's own letter and a title heading a longer word name no one."""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


def _repairs(text: str) -> list[dict]:
    return restore_text(text)["repairs"]


@pytest.mark.parametrize("text", [
    "講師は、緑川大学の高\ufffd真一教授が務め、地域の国際化について講演した。",
    "本日の基調講演は、東都大学の佐\ufffd健太准教授にお願いした。",
    "質疑では、山\ufffd太郎議員から新庁舎の財源について質問があった。",
    "講話は、みどり病院の鈴\ufffd花子医師が担当します。",
    "取材には毎朝新聞の山\ufffd一郎記者が同行する。",
])
def test_a_gap_in_a_name_before_a_title_abstains_with_no_candidate(text):
    (r,) = _repairs(text)
    assert r["status"] == "unresolved" and r["restored"] is None and not r["candidates"], r
    assert any(e["kind"] == "abstention" and "name" in e["detail"] and "title" in e["detail"]
               for e in r["evidence"]), r


# ``質疑では\ufffd田議員から`` was offered here too; helper hon72 holds it (its fills complete a surname, 山田:
# tests/test_hon72.py)
@pytest.mark.parametrize("text", ["この科目は本学\ufffd教授が担当する。"])
def test_a_gap_touching_the_title_or_opening_the_name_is_offered_and_never_filled(text):
    (r,) = _repairs(text)
    assert r["restored"] is None and r["candidates"], r
    assert any(e["kind"] == "abstention" for e in r["evidence"]), r


@pytest.mark.parametrize("text", [
    "本学では大\ufffd教授が多い。",            # 大学教授: a school's word, no name
    "経済学部の\ufffd授が説明した。",          # the gap is the title's own letter
    "高齢者の\ufffd活を支える先生方に感謝します。",  # the gap is not in a run before the title
    "市長は本日\ufffd見を述べた。",
    "名\ufffd教授の講演は好評であった。",        # 名誉教授: a rank
    "取材には\ufffd聞記者が同行する。",          # 新聞記者: a trade's word
    "会社の顧\ufffd弁護士に相談した。",          # 顧問弁護士: a post
    "昨日の\ufffd教授会で承認された。",          # 教授会: the title heads a longer word
])
def test_no_name_before_the_title_is_left_alone(text):
    (r,) = _repairs(text)
    assert not any(e["kind"] == "abstention" for e in r["evidence"]), r
