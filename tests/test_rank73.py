"""Issue 19 point 1 (helper rank73): the far-word lead weighed by how specific its evidence is.

rest72 listed first, on an open gap, the one fill that makes a word written whole elsewhere in the document
(``nearword.lead_fill``). Fresh-user trials 72 and 73 and held-out draws showed where that evidence says little:

- a word written beside another lost glyph (trial 72's ``半\\ufffd造化`` read 造化, *creation*, as written whole, and
  led 造 at ``高\\ufffd化``, truth 齢): such a word is no word written whole;
- a word written far away (Wikinews, 139 reordered gaps: the lead right 34 times, the order before it 34): the lead
  now needs the word within ``nearword.FAR_WORD_NEAR`` (300) characters of the gap;
- a lost kana of an ending or a particle with a hiragana first (session 72's documents, 99 such gaps: the kana first
  right 75 times, the far word's kanji never): the lead never goes over a hiragana.

Correct results written first; the near misses keep rest72's lead where its word stands close by.
"""

from __future__ import annotations

from pipeline.restore import restore_text
from pipeline.restore.evidence import nearword
from pipeline.restore.evidence.base import Document, Site


def _repairs(text: str) -> list[dict]:
    return restore_text(text)["repairs"]


def _led(repair: dict) -> bool:
    return any(e["detail"].startswith("ranked first:") for e in repair["evidence"])


FILLER = "".join(f"第{i}回の集まりでは、川沿いの道を歩いて危ない場所を確かめ、家庭での備えを話し合いました。\n"
                 for i in range(1, 9))
"""Eight lines of a made-up report (364 characters) naming neither 開 nor 催."""


def _forum(between: str) -> str:
    return ("第5回 地域交流フォーラム\n\n本フォーラムは、地域の団体と市民が意見を交わす場として毎年開催しているものです。\n\n"
            + between + "\n1. 開\ufffdの趣旨\n地域の課題を共有し、解決に向けた協力の輪を広げます。\n")


def test_a_word_written_far_away_leads_nothing():
    # 開催 stands about 400 characters before ``開\ufffd``: the model's order (発 first) stands, open
    (r,) = _repairs(_forum(FILLER))
    assert not _led(r), r["evidence"]
    assert r["candidates"][0]["text"] == "発", r["candidates"]
    assert r["restored"] is None


def test_a_word_written_close_by_still_leads():
    # near miss: the same document with 120 characters between: 催 first, open, as rest72 had it
    (r,) = _repairs(_forum(FILLER[:120]))
    assert _led(r), r["evidence"]
    assert r["candidates"][0]["text"] == "催", r["candidates"]
    assert r["restored"] is None


def test_a_word_beside_another_lost_glyph_is_not_written_whole():
    # trial 72's kind: 造化 read beside the lost glyph of 半?造化 (構造化) had led 造 at 高?化
    text = ("調査の方法\n移住した世帯に半\ufffd造化インタビューを実施した。\n"
            "我が国では、人口減少と高\ufffd化の進行に伴い、空き家が増えている。\n")
    second = _repairs(text)[1]
    assert not _led(second), second["evidence"]
    assert second["candidates"][0]["text"] != "造", second["candidates"]


def test_stands_as_word_refuses_a_word_touching_a_gap():
    assert not nearword.stands_as_word("半\ufffd造化インタビュー", 2, 2)
    assert nearword.stands_as_word("水道事業報告書", 0, 2)  # near miss: a word at its line's start


def test_a_hiragana_first_is_never_displaced_by_the_lead():
    # 事件 written on the next line; the gap is a particle (と): the kana the model lists first stays first
    text = "最高裁ではもっとも若い判事\ufffdなり、注目を集めた。\n判事はこの事件の審理に加わった。\n"
    (r,) = _repairs(text)
    assert not _led(r), r["evidence"]
    assert r["candidates"][0]["text"] != "件", r["candidates"]


def test_far_word_distance_counts_characters_of_the_scope():
    doc = Document.from_text("水道事業の概要\n本市の水道は古い。\n安全な水\ufffdを供給する。")
    site = Site(doc.scopes[0][1][2].text, 4, 5, line=3)
    assert nearword.far_word_distance(site, doc, "道") == 11
    assert nearword.far_word_distance(site, doc, "質") is None
