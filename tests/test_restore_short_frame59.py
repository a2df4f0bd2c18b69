"""A short frame the text writes once elsewhere is no evidence of which word stands in it (issue 19, points 1 and 6:
evidence from repetition weighs how specific the repeated context is; ``scoring.short_frame_once``).

On Wikinews prose (``bench/prose_bench.py``) news wrote one frame around different words — ``南東約`` once and
``南\ufffd約`` (南へ約), ``死亡した`` once and ``死\ufffdした`` (死去), ``落とした`` once and ``落\ufffdした`` (落下) — and the
repeat's word was committed at 0.96–0.98. A repeat found once that matches one character on one side and three or
fewer in all, beside grammar, now commits only from 0.98 (``scoring.SHORT_FRAME_THRESHOLD``). Hand-made contexts; the
truth is what the sentence says.
"""

from __future__ import annotations

import pytest

from restore_verdicts import news_doc as _doc, only_repair as _repair

G = "\ufffd"


# a frame of three characters written once around another word: the repeat's word was committed before
FRAMES_WRITTEN_ONCE = [
    pytest.param(_doc("朝の市場で野菜を買った。", f"夜の{G}場で花火が上がった。"), "市", id="market-not-kaijou"),
    pytest.param(_doc("男は財布を落とした。", f"荷台から落{G}した鉄パイプが車に刺さった。"), "と", id="otoshita-not-rakka"),
    pytest.param(_doc("夏から秋にかけて雨が多い。", f"環境保全に{G}けて市民が取り組む。"), "か", id="kakete-not-mukete"),
]


@pytest.mark.parametrize("text, repeated", FRAMES_WRITTEN_ONCE)
def test_a_short_frame_written_once_with_another_word_leaves_the_gap_open(text, repeated):
    repair = _repair(text)
    assert repair["status"] == "ambiguous" and repair["restored"] is None, repair
    # the repeat's word stays the first candidate, the reader told why it was not used
    assert repair["candidates"][0]["text"] == repeated
    assert repair["confidence"] < 0.98
    assert any(e["kind"] == "repetition" and "frame" in e["detail"] and "once" in e["detail"]
               for e in repair["evidence"]), repair["evidence"]


# near misses: the same phrase repeated (a longer context, or the short frame written at several places)
SAME_PHRASE = [
    pytest.param(_doc("ガザ地区では停電が続いた。", f"ガザ地{G}では広い範囲で被害が出た。"), "区", id="gaza-district"),
    pytest.param(_doc("シュレーダー首相が演説した。", f"シュレーダー首{G}が法案を出した。"), "相", id="prime-minister"),
    pytest.param(_doc("容疑者の男は病院で死亡した。", "運転手も搬送先で死亡した。", f"同乗の女性も翌日に死{G}した。"), "亡",
                 id="died-written-twice"),
    pytest.param(_doc("男は財布を落とした。", "女は鍵を落とした。", f"子どもは帽子を落{G}した。"), "と", id="dropped-written-twice"),
]


@pytest.mark.parametrize("text, truth", SAME_PHRASE)
def test_a_phrase_the_text_repeats_is_still_restored(text, truth):
    repair = _repair(text)
    assert (repair["status"], repair["restored"]) == ("restored", truth), repair


# known misses: the frame written once is longer than three characters (its other side reads on), so the class does
# not hold it; the calibrated model commits the repeat's word
LONGER_FRAMES_WRITTEN_ONCE = [
    pytest.param(_doc("現場は駅から北東約3kmの住宅街。", f"選手団は港から北{G}約10km離れた宿舎に入った。"), "へ",
                 id="hokutou-not-kita-e"),
    pytest.param(_doc("25日日本語版の記事が公開された。", f"14日{G}語版の記事によると、計画は延期された。"), "英",
                 id="nihongo-not-eigo"),
    pytest.param(_doc("容疑者の男は病院で死亡した。", f"作家の山田さんが16日、死{G}した。"), "去", id="shibou-not-shikyo"),
]


@pytest.mark.xfail(strict=True, reason="a frame written once whose stronger side reads four characters or more: "
                                       "committed as the repeat's word (docs/restore.md, Known limits)")
@pytest.mark.parametrize("text, truth", LONGER_FRAMES_WRITTEN_ONCE)
def test_a_longer_frame_written_once_with_another_word(text, truth):
    repair = _repair(text)
    assert repair["restored"] in (None, truth), repair
