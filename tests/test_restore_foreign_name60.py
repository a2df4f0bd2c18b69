"""A lost letter inside a name written in katakana, the name written whole once elsewhere (issue 19, session 60;
``restore._inside_foreign_name``).

The proper-noun abstention (``restore._proper_noun_named_once``) holds back a place's or person's name that repetition
alone completes from the one other place the text names it: parallel sentences swap names in one frame
(``兄は大阪に…`` / ``姉は大\ufffdに…`` is 大分 as well). On Wikinews it held back names no parallel sentence could
swap — ``イギ\ufffdス``, ``スコ\ufffdトランド``, ``スト\ufffdルマン`` — at 0.998, every one right. A lost letter with
the name's own katakana on both sides, four katakana letters or more in that run, is now decided as any other gap; a
kanji name (``福\ufffd県``: 福岡県, 福島県), a name's edge (``イラ\ufffd``: イラク, イラン) and a short name are held
back as before. Hand-made contexts; the truth is what the sentence says.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

G = "\ufffd"
FILLER = ["関係者によると、会合は午後に始まった。", "詳しい日程は来週に発表される予定だ。", "記者団の質問には答えなかった。"]


def _doc(first: str, *rest: str) -> str:
    return "\n".join([first, *FILLER, *rest]) + "\n"


def _repair(text: str) -> dict:
    (repair,) = restore_text(text)["repairs"]
    return repair


# (context, truth): a katakana name written whole once, a letter inside it lost at another place
INSIDE_A_FOREIGN_NAME = [
    pytest.param(_doc("首相は先月スコットランドを訪れた。", f"次の会議はスコ{G}トランドで開かれる。"), "ッ",
                 id="scotland"),
    pytest.param(_doc("イギリスの外相が声明を出した。", f"代表団は来週イギ{G}スに向かう。"), "リ", id="igirisu"),
    pytest.param(_doc("作家のフィッツジェラルドが書いた小説だ。", f"フィッツジェ{G}ルドの作品は今も読まれている。"), "ラ",
                 id="fitzgerald"),
    # the katakana of a name with a kanji suffix (Sudachi reads マサチューセッツ州 as one name): the run is read
    pytest.param(_doc("教授はマサチューセッツ州の大学に移った。", f"その大学はマサチュ{G}セッツ州にある。"), "ー",
                 id="massachusetts-state"),
]


@pytest.mark.parametrize("text, truth", INSIDE_A_FOREIGN_NAME)
def test_a_letter_inside_a_katakana_name_is_restored(text, truth):
    repair = _repair(text)
    assert (repair["status"], repair["restored"]) == ("restored", truth), repair
    assert not any(e["kind"] == "abstention" for e in repair["evidence"]), repair["evidence"]


# near misses: the parallel sentence may name another place (a kanji name; a katakana name's edge; a short name)
HELD_BACK = [
    pytest.param(_doc("兄は福岡県で働いている。", f"姉は福{G}県で働いている。"), "島", id="kanji-prefecture"),
    pytest.param(_doc("兄はイラクに住んでいる。", f"姉はイラ{G}に住んでいる。"), "ン", id="katakana-edge"),
    pytest.param(_doc("兄は大阪に住んでいる。", f"姉は大{G}に住んでいる。"), "分", id="kanji-city"),
    pytest.param(_doc("父はペルーで生まれた。", f"母はペ{G}ーで生まれた。"), "ル", id="short-katakana-name"),
]


@pytest.mark.parametrize("text, truth", HELD_BACK)
def test_a_name_a_parallel_sentence_may_swap_is_still_held_back(text, truth):
    repair = _repair(text)
    assert repair["restored"] is None, repair
    assert any(e["kind"] == "abstention" and "proper noun" in e["detail"] for e in repair["evidence"]), \
        repair["evidence"]
