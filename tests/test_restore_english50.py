"""The talk's own English names the fill, or does not (issue 19, session 50): hand-labelled cases.

Each case is (text, truth, expected status). What the English says must count for the candidate it names: a word
the intact letters beside the gap say alone (*Port* beside ``港\ufffd``: 港町 *port city*), or a relation word
(*between*: 行間 *between the lines* beside ``港\ufffd間``), names no fill and neither settles nor vetoes; a word's gloss
phrase said whole by the nearest English (*Tree planting* ↔ 植樹) names it and decides; a line that says more of a
rival's word than of the top fill's (*we plant trees*: 植木/植樹 two words, 植物 one) settles nothing.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from pipeline.restore.evidence.translation import RELATIONS, intact_says

PORT = """下関市と釜山市の港(cid:2210)交流
１．はじめに
下関港(cid:2210)の役割は、関門海峡の物流を支えることである。
２．港(cid:2210)間の連携
釜山港の間では定期航路が結ばれ、新港の整備が進んでいる。
港(cid:2210)施設の老朽化に対応するため、両市は協定を結んだ。
今後も港(cid:2210)の機能を高め、まちのにぎわいを取り戻したい。
Port Exchange between Shimonoseki and Busan
The role of Shimonoseki Port
Cooperation between the ports
Bringing back a lively town
"""


def _repairs(text):
    return restore_text(text)["repairs"]


def test_port_the_intact_letter_says_names_no_fill():
    # truth 湾 (港湾) at five places; main committed 町 (港町, *Port*) at all five (0.80-0.92)
    repairs = _repairs(PORT)
    assert len(repairs) == 5
    for r in repairs:
        assert r["restored"] in (None, "湾"), r
        assert r["candidates"][0]["text"] == "湾"
        assert not any("conflicting evidence" in e["detail"] for e in r["evidence"]), r["evidence"]


def test_intact_says_and_relations():
    assert intact_says("港町", "町", "port") and not intact_says("港町", "町", "city")
    assert not intact_says("植樹", "樹", "tree") and not intact_says("世界遺産", "遺", "heritage")
    assert "between" in RELATIONS and "city" not in RELATIONS


# (text, truth, expected status): a bilingual heading `日本語 / English` (the other half is a paired source)
NAMED = [
    ("３．植\ufffdの取り組み / 3. Tree Planting Initiatives\n", "樹", "restored"),
    ("本市では\ufffd港を進めている。 / The city is promoting its airport.\n", None, None),  # no phrase: not this rule
    # 港町 *port city*, said whole; since session 82 (gloss82) the gloss table also holds 港市, *port city* too (a
    # compound the frequency list counts under 港 + 市): the phrase is no longer one candidate's alone, so open
    ("３．港\ufffdの整備 / 3. Port City Development\n", "町", None),
    ("地域の\ufffd光振興について / On tourism promotion in the region\n", "観", None),
]


@pytest.mark.parametrize("text,truth,status", NAMED)
def test_a_gloss_phrase_the_paired_english_says_decides(text, truth, status):
    r = _repairs(text)[0]
    if status == "restored":
        assert r["status"] == "restored" and r["restored"] == truth, r
        assert any("gloss phrase" in e["detail"] for e in r["evidence"])
        assert r["threshold"] == r["confidence"]  # the class's measured precision, recorded as README says (trial 52b)
    else:
        assert not any("gloss phrase" in e["detail"] for e in r["evidence"])
        assert r["restored"] in (None, truth) if truth else True


def test_a_gloss_phrase_of_a_rival_in_the_deck_commits_nothing():
    # the deck (not the gap's line's other half, nor the line translating its sentence) says *Tree planting*:
    # not near enough to decide; *plant trees* of the translating line names 植樹/植木 more than 植物 (main: 物, 0.80)
    text = ("３．植\ufffd活動\n市民と一緒に毎年春に植\ufffdを行っている。\n3. Tree planting\n"
            "Every spring we plant trees with citizens.\n")
    for r in _repairs(text):
        assert r["restored"] != "物", r
        assert not any("gloss phrase" in e["detail"] for e in r["evidence"])


@pytest.mark.xfail(strict=True, reason="a phrase in the deck at large is not read as naming the fill (11 wrong of "
                                       "400 on a made-up deck of gloss phrases): 植樹 stays open in plain text")
def test_deck_phrase_tree_planting_known_miss():
    text = ("３．植\ufffd活動\n市民と一緒に毎年春に植\ufffdを行っている。\n3. Tree planting\n"
            "Every spring we plant trees with citizens.\n")
    assert all(r["restored"] == "樹" for r in _repairs(text))


# Held-out news prose (issue 19, item 3): (context, truth, expected). Every case: no wrong fill committed.
# "top5": the truth is among the five best; "miss": it is not (the character model, counted from software text,
# ranks the general word down: a known miss, strict xfail).
NEWS = [
    ("政府は来年度予算案の概算要求基準を閣\ufffd決定した。", "議", "top5"),
    ("四月から給\ufffd費の無償化が始まった。", "食", "top5"),
    ("宇宙ステーションに滞在していた飛行士が地球に帰\ufffdした。", "還", "top5"),
    ("この作品は国際映画祭で最優秀作品賞を受\ufffdした。", "賞", "miss"),
    ("冬の間に敵軍は北部で大規模な攻\ufffdを仕掛けた。", "勢", "miss"),
    ("市立図書館は設備の点検のため、今月二十日から三日間休\ufffdする。", "館", "miss"),
    ("代表チームは決勝戦に\ufffdんだが、延長の末に惜しくも敗れた。", "臨", "miss"),
]


@pytest.mark.parametrize("text,truth,expected", [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="ranked below the five best: the character model "
                                                                    "counted from software text (docs/restore.md, "
                                                                    "Known limits)")) if case[2] == "miss" else case
    for case in NEWS])
def test_news_words_among_the_candidates(text, truth, expected):
    r = _repairs(text + "\n")[0]
    assert r["restored"] in (None, truth), r
    assert truth in [c["text"] for c in r["candidates"][:5]], r["candidates"]


@pytest.mark.parametrize("text,truth,expected", NEWS)
def test_news_words_never_filled_wrong(text, truth, expected):
    r = _repairs(text + "\n")[0]
    assert r["restored"] in (None, truth), r
