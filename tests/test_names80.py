"""A person's name told by its shape, not by a list of posts; a word's reading over a surname's where a lost capital
leaves the case open; and every gap held above its threshold saying why (issue 19 point 4; helper names80, fresh-user
trial 80b, ``/work/regress/in_trial80b/``).

Trial 80b offered fills for ``監修：料理研究家　\ufffd田 \ufffd子``, ``品質保証責任者　\ufffd\ufffd木 \ufffd``, ``被告　\ufffd本
\ufffd\ufffd`` and ``（文・写真　\ufffd木 \ufffd\ufffd　／　資料提供　\ufffd村 真\ufffd）`` (a role no list holds, then a surname and
a given name parted by a space) and for ``G\ufffd\ufffdn`` before ``Pritch\ufffdrd`` (held as a name); it held ``the
(cid:90)all`` and ``strong (cid:90)esterly winds`` as surnames (*wall* written a line down) and ``2月　平(cid:1503)と同様に``
as a name (平年 written whole around it); and ``damaged (cid:28)ngerpost`` stood open at 0.9855 above its threshold
with no row saying why. The cases below are made up, other roles, names and documents, each labelled by hand:
(context, truth, expected). Each HELD case was offered fills on the base (b80start); the near misses keep their
verdicts on both (they pass on the base too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore import restore_text
from tests.restore_verdicts import repair_after
from tests.test_name75 import _held

G = "\ufffd"
DATA = Path(__file__).parent / "data" / "names80"


def _doc(text: str) -> tuple[str, str]:
    """``text`` with its ``?`` the lost glyph, and the text before it."""
    return text.replace("?", G), text[: text.index("?")]


# (context, truth of the lost letter) — a role or a label no list of posts holds, then a surname and a given name
# parted by one space closing the line, its brackets or its ／-parted part
ROLE_PAIRS = [
    ("判決\n原告　株式会社あおば商事\n被告　?田 ??\n", "前"),
    ("判決\n被告　?村 ??\n", "中"),
    ("鉄道だより\n（写真　?口 ?　／　協力　大森 一也）\n", "山"),
    ("鉄道だより\n（文・写真　?井 ??　／　資料提供　?川 達?）\n", "桜"),
    ("製品保証書\n品質管理責任者　??原 ?\n", "小笠"),
    ("季節の献立集\n監修：管理栄養士　?川 ?美\n", "北"),
    ("季節の献立集\n監修：料理研究家　?野 ?代\n", "小"),
    ("園芸教室のお知らせ\n講評：園芸研究家　?野 ?理\n", "小"),
]
# held on the base by other rules (a part written whole that Sudachi reads as a name, a post the lists hold): held
# still (near misses: pass on both)
HELD_BEFORE = [
    ("取扱説明書\n製品安全管理者　?藤 修\n", "佐"),
    ("判決\n原告　株式会社あおば商事\n被告　?田 康弘\n", "前"),
    ("鉄道だより\n（写真　?口 健　／　協力　大森 一也）\n", "山"),
    ("店舗案内\n店長　?田 ?介\n", "山"),
]
# (context, what the gap is) — the shape with no person in it: a place, an office, a heading spread apart
NOT_NAMES = [
    ("会社概要\n所在地　東京 ?\n", "都: a place's kind"),
    ("催しのご案内\n会場　市民 会?\n", "館: a hall"),
    ("広報紙\n編集・発行　南野市 広報?\n", "課: an office"),
    ("回 ? 板\n", "覧: a heading spread apart"),
]


@pytest.mark.parametrize("text,truth", ROLE_PAIRS + HELD_BEFORE)
def test_a_name_after_any_role_is_held_by_its_shape(text, truth):
    r = repair_after(*_doc(text))
    assert _held(r), (truth, r["candidates"][:3])


@pytest.mark.parametrize("text,what", NOT_NAMES)
def test_the_same_shape_holding_no_name_is_not_held_as_one(text, what):
    r = repair_after(*_doc(text))
    assert not any(e["kind"] == "abstention" and e["detail"].startswith("a person's name") for e in r["evidence"]), what


# English: (context, truth) — a word in title case beside a word of the name (held, or a census name written whole)
EN_BESIDE = [
    ("Thanks to the volunteers from the Patterdale group, led by\nB??n Hargr?aves, who rebuilt the stile.\n", "ry"),
    ("The new footbridge was built by Dennis ?oward and his team last summer.\n", "H"),
    ("Thanks to ?ukasz Nowak for the photographs of the ridge.\n", "L"),
]
# near misses: a common word's capital lost beside a census name stays open with its candidates (a place's word,
# a function word)
EN_NOT_BESIDE = [
    "Tea was served in the ?own Hall after the meeting.\n",
    "?he Hurd is a kernel.\n",
]


@pytest.mark.parametrize("text,truth", EN_BESIDE)
def test_an_english_word_beside_a_name_is_held(text, truth):
    r = repair_after(*_doc(text))
    assert _held(r), (truth, r["candidates"][:3])


@pytest.mark.parametrize("text", EN_NOT_BESIDE)
def test_a_common_word_beside_a_census_name_keeps_its_candidates(text):
    r = repair_after(*_doc(text))
    assert not _held(r)


# a lost capital whose word reads as a common word where it stands: not held as a surname, its truth offered (not
# held on the base either in these short contexts: near misses; the trial's file below failed on the base)
WORD_NOT_SURNAME = [
    ("Walk along the ?all to the gate; the path follows the wall for a mile.\n", "w"),
    ("The summit is exposed to strong ?esterly winds in winter.\n", "w"),
]


@pytest.mark.parametrize("text,truth", WORD_NOT_SURNAME)
def test_a_lost_capital_making_a_common_word_is_not_held_as_a_surname(text, truth):
    r = repair_after(*_doc(text))
    assert not _held(r) and truth in [c["text"].lower() for c in r["candidates"]]


def test_a_common_noun_written_whole_elsewhere_outweighs_a_spaced_name():
    text = ("長期予報\n1月　平年と同様に晴れの日が多いでしょう。\n2月　平?と同様に曇りの日が多いでしょう。\n"
            "気温は平年並の見込みです。\n")
    r = repair_after(*_doc(text))
    assert not _held(r) and "年" in [c["text"] for c in r["candidates"]] + [r["restored"]]


def test_the_trial_files_hold_and_free_as_labelled():
    hiking = (DATA / "hiking80.txt").read_text(encoding="utf-8")
    out = restore_text(hiking)
    by_line = {}
    for r in out["repairs"]:
        by_line.setdefault(hiking.count("\n", 0, r["start"]) + 1, []).append(r)
    assert all(_held(r) for r in by_line[37])  # G??n Pritch?rd: both words of the name
    assert not _held(by_line[15][0]) and not _held(by_line[24][0])  # the (cid:90)all, strong (cid:90)esterly winds


def test_a_pooled_glyph_held_above_its_threshold_says_why():
    text = (DATA / "parish80.txt").read_text(encoding="utf-8")
    out = restore_text(text)
    line35 = [r for r in out["repairs"] if text.count("\n", 0, r["start"]) + 1 == 35 and "cid:28" in r["original"]]
    assert line35 and line35[0]["status"] == "ambiguous"
    for r in out["repairs"]:
        if r["status"] == "ambiguous" and r.get("threshold") is not None and r["confidence"] >= r["threshold"]:
            assert any(e["kind"] == "abstention" for e in r["evidence"]), r
