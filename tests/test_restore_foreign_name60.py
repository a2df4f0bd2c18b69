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

from restore_verdicts import check_verdict, news_doc, only_repair

G = "\ufffd"

# (context, truth, expected status): a name written whole once, a letter of it lost at another place
CASES = [
    # inside a katakana name's run, the name's letters on both sides: decided as any other gap
    pytest.param(news_doc("首相は先月スコットランドを訪れた。", f"次の会議はスコ{G}トランドで開かれる。"), "ッ", "restored",
                 id="scotland"),
    pytest.param(news_doc("イギリスの外相が声明を出した。", f"代表団は来週イギ{G}スに向かう。"), "リ", "restored",
                 id="igirisu"),
    # the katakana of a name with a kanji suffix (Sudachi reads マサチューセッツ州 as one name): the run is read
    pytest.param(news_doc("教授はマサチューセッツ州の大学に移った。", f"その大学はマサチュ{G}セッツ州にある。"), "ー",
                 "restored", id="massachusetts-state"),
    # near misses, held back as before: a parallel sentence may name another place (a kanji name, a katakana name's
    # edge), and a short katakana name has neighbours
    pytest.param(news_doc("兄は福岡県で働いている。", f"姉は福{G}県で働いている。"), "島", "open", id="kanji-prefecture"),
    pytest.param(news_doc("兄はイラクに住んでいる。", f"姉はイラ{G}に住んでいる。"), "ン", "open", id="katakana-edge"),
    pytest.param(news_doc("兄は大阪に住んでいる。", f"姉は大{G}に住んでいる。"), "分", "open", id="kanji-city"),
    pytest.param(news_doc("父はペルーで生まれた。", f"母はペ{G}ーで生まれた。"), "ル", "open", id="short-katakana-name"),
]


def _held_as_named_once(repair: dict) -> bool:
    return any(e["kind"] == "abstention" and "proper noun" in e["detail"] for e in repair["evidence"])


@pytest.mark.parametrize("text, truth, expect", CASES)
def test_a_name_written_once(text, truth, expect):
    repair = only_repair(text)
    check_verdict(repair, truth, expect)
    # the held cases are held by the proper-noun abstention, the others by nothing
    assert _held_as_named_once(repair) == (expect == "open"), repair["evidence"]


def test_a_persons_katakana_name_is_never_filled():
    """A person's name written in katakana is a name like any other (helper name72, issue 19 point 4): the letter
    inside ``フィッツジェ\ufffdルド`` that session 60 committed from the name written whole once is held back with no
    candidate, the place written whole told, never taken."""
    repair = only_repair(news_doc("作家のフィッツジェラルドが書いた小説だ。", f"フィッツジェ{G}ルドの作品は今も読まれている。"))
    assert repair["restored"] is None and not repair["candidates"], repair
    assert any("フィッツジェラルド at line 1" in e["detail"] and "not taken" in e["detail"] for e in repair["evidence"])
