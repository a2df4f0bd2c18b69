"""A person's name in running prose, which no line's shape marks, is never filled nor offered (issue 19 points 4 and
6; helper name73b, fresh-user trial 73b: ``主将の\ufffd谷川翔が`` committed 長 at 0.974, ``小\ufffd寺健太が`` and
``藤\ufffdミツ子さんの`` offered surnames, ``山\ufffd　美咲　様`` offered 田, ``T\ufffdbias`` committed from *Tobias* written four
times). Made-up inputs of the same kinds (``/work/regress/in_name73b/``); near misses keep their fills."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import repair_after

G = "\ufffd"

SPORTS = ("秋季リーグ戦の第５節は、ホームで青葉ＦＣと対戦した。\n"
          "前半１２分、センターバックの石田正人がヘディングで先制した。\n"
          "その後は相手の速攻に苦しんだが、ゴールキーパーの松{}大輔が好セーブを重ねた。\n"
          "次節は１０月５日、アウェーで港南ＦＣと対戦する。\n")


def _held(r: dict) -> bool:
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and e["detail"].startswith("a person's name") for e in r["evidence"])


@pytest.mark.parametrize("text, before", [
    (SPORTS.format(G), "ゴールキーパーの松"),
    ("私の祖父、{}辺シゲルは漁師だった。\n毎朝四時に起き、港へ向かった。\n".format(G), "私の祖父、"),
    ("叔父の佐々{}悠真が古い漁具を整理した。\nその中から日記が見つかった。\n".format(G), "叔父の佐々"),
    ("引退を決めた鈴{}一郎は、最後の試合で本塁打を放った。\n".format(G), "引退を決めた鈴"),
    ("主演の吉{}沙織は、撮影の苦労を語った。\n".format(G), "主演の吉"),
])
def test_a_japanese_full_name_in_prose_is_held(text, before):
    assert _held(repair_after(text, before))


@pytest.mark.parametrize("text, before", [
    ("お薬の説明書\nお客様：田{}　優子　様\n受付日：令和７年５月１２日\n".format(G), "お客様：田"),
    ("受診者：{}本　直樹　様\n処方日：令和７年６月３日\n".format(G), "受診者："),
    ("宛名：中村　健{}　様\n".format(G), "宛名：中村　健"),
])
def test_a_name_set_off_by_spaces_before_its_honorific_is_held(text, before):
    assert _held(repair_after(text, before))


STORY = ("Lucas had baked bread in the village for thirty years. Every morning Lucas lit the oven before dawn,\n"
         "and every evening Lucas counted the loaves he had not sold. The children loved Lucas.\n"
         "One cold morning in January, Lu{}as found the oven would not light.\n"
         "\"It is the damp,\" said Mar{}in, the blacksmith. Martin knew ovens as well as anvils.\n")


@pytest.mark.parametrize("before", ["Lu", "said Mar"])
def test_an_english_name_capitalised_inside_a_sentence_is_held_even_from_its_copy(before):
    assert _held(repair_after(STORY.format(G, G), before))


def test_a_given_name_after_a_whole_surname_ranked_low():
    # the fill that reads a name (侑 of 侑斗) is only the model's fourth; held since helper jnames76 by the shape
    # (a surname Sudachi reads as one, the kept 斗 ending as a given name does, a particle after it), whatever the fills
    assert _held(repair_after("後半に入ると、エースの中村{}斗が２得点を挙げた。\n".format(G), "エースの中村"))


# near misses: no name, filled or offered as before
@pytest.mark.parametrize("text, before, truth", [
    # a common word capitalised as a pet's name, which the text writes in lower case too
    ("They had a small dog named Pep{}er who slept by the door.\nShe put pepper on everything she cooked, and Pepper "
     "sneezed.\n".format(G), "named Pep", "p"),
    # a place after a census name (a sentence's first word that makes a given name is held since helper name74:
    # tests/test_name74.py)
    ("We walked to Pen{}ick Bay and back. Pennick Bay is small.\n".format(G), "to Pen", "n"),
])
def test_no_name_is_left_as_it_was(text, before, truth):
    r = repair_after(text, before)
    assert not _held(r)
    if truth is not None:
        assert r["restored"] in (None, truth) and (r["restored"] == truth or truth in [c["text"] for c in r["candidates"]])


def test_a_japanese_common_word_beside_a_surname_is_no_name():
    # 中村 is a surname and 北斗 a common noun: the fills read no given name, the gap keeps its candidates
    r = repair_after("会場は{}京都の中央区にある。\nアクセスは駅から徒歩五分。\n".format(G), "会場は")
    assert not _held(r)
