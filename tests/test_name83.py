"""Names are never guessed, nor offered (issue 19; helper name83, fresh-user trial 82b): a lost glyph in a person's
or a firm's name that a credit, a byline, a label on the line above, a wrapped self-introduction, a kana given name, a
name before という, a story's name's shape or a firm's trade word tells is held with no fill and no candidate, the
evidence naming the cue.

Trial 82b offered fills for ``担当デスク：\ufffd本``, a science writer's byline ``文・\ufffd山 \ufffd子（科学ライター）``,
names in historical fiction (``\ufffd兵衞``, ``お\ufffd\ufffd``, ``\ufffd七``) and ``\ufffd\ufffd ひなたさん``. The cases below are
made up (other names, labels and documents; ``/work/regress/in_name83/`` holds seven documents, their
``.expected.tsv`` written before any run, copied to ``tests/data/name83/``). Each HELD case was offered fills on the
base (b83start); the near misses, which must keep their candidates, pass on both."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.restore import restore_text
from tests.restore_verdicts import check_held, check_kept, held_as_name

DATA = Path(__file__).parent / "data" / "name83"


# (context, the lost letter's truth)
HELD = [
    # a job's or a credit's label before the name
    ("週末特集\n担当デスク：?村\n取材：森田 優\n", "北"),
    ("週末特集\n撮影／?野\n", "吉"),
    ("対談\n聞き手：?口 ?美\n", "坂"),
    ("会報\n構成・文：?原\n", "萩"),
    # a byline: the credit and ・ before the name, the writer's role in brackets after it
    ("土の話\n文・?川 ?子（農業ライター）\n畑の土には…\n", "石"),
    # a label alone on the line above its value
    ("講演会のご案内\n講師\n?井 ?一（みなと大学教授）\n日時：5月3日\n", "酒"),
    ("申込書\nお名前\n?本\n電話\n090-1111-2222\n", "山"),
    # a self-introduction whose name wraps to the next line
    ("新任のご挨拶\nこのたび会計の係になりました ?崎\n陽菜です。よろしくお願いします。\n", "岡"),
    # a kanji surname, a space, a given name in hiragana and its suffix, in running prose
    ("学年だより\n三組の?? こはるさんが表彰されました。\n", "高田"),
    # a kanji name before という and a person's noun
    ("思い出\n向かいの家には?江という娘がいた。\n", "千"),
    # a story's given names
    ("峠の茶屋\n?右衛門は黙って茶をすすった。\n", "伝"),
    ("峠の茶屋\n娘のお?が団子を運んできた。\n", "春"),
    ("峠の茶屋\n倅の?吉が戻ったのは夜更けだった。\n", "松"),
    # a firm named without its legal form before a firm's trade word
    ("工事のお知らせ\n内装は?川工務店が担当します。\n", "森"),
    ("工事のお知らせ\n足場は大?興業が組みます。\n", "和"),
]


@pytest.mark.parametrize("text,truth", HELD)
def test_a_name_in_its_position_is_held(text, truth):
    check_held(text, truth)


# near misses (pass on both): no person, no firm's own name — candidates kept
NOT_NAMES = [
    ("お知らせ\n市?の皆様にお知らせします。\n", "民"),
    ("お知らせ\n担当：?務課\n", "総: a section"),
    ("講演会\n会場\n市民会?\n", "館: a place under its label"),
    ("峠の茶屋\nその年は大?で、村じゅうが喜んだ。\n", "吉/雪: no person's noun before it"),
    ("峠の茶屋\n母のお?を飲んだ。\n", "茶: お and a word, no name"),
    ("工事のお知らせ\n道路の?設も進んでいます。\n", "建: the trade word's own letter"),
    ("工事のお知らせ\n市内では道?建設が進んでいます。\n", "路: a common noun before the trade word, no firm's work"),
    ("学年だより\n近所の? おばあさんが来てくれました。\n", "家/方: a kind of person in kana, no given name"),
    ("思い出\nそれは会?という場で決まった。\n", "議: no person's noun"),
    ("Harbour Notes\nBy the ?ime the ferry came, it was dark.\n", "t: prose after By"),
    ("Harbour Notes\nBy Monday ?ight, the harbour had filled.\n", "n: a weekday after By"),
]


@pytest.mark.parametrize("text,truth", NOT_NAMES)
def test_no_name_keeps_its_candidates(text, truth):
    check_kept(text, truth)


def _expected(name: str) -> list[tuple[int, str]]:
    with open(DATA / f"{name}.expected.tsv", encoding="utf-8") as f:
        return [(int(row["line"]), row["expected"]) for row in csv.DictReader(f, delimiter="\t")]


DOCS = ["credits", "byline", "above", "prose_names", "firm"]


@pytest.mark.parametrize("name", DOCS)
def test_documents_as_their_truth_files_say(name):
    """Every gap of the made-up documents as its ``.expected.tsv`` (written before any run) says: a name's gaps held,
    the others keeping candidates."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    out = restore_text(text)
    by_line: dict[int, list[dict]] = {}
    for r in out["repairs"]:
        by_line.setdefault(text.count("\n", 0, r["start"]) + 1, []).append(r)
    for line, expected in _expected(name):
        for r in by_line[line]:
            if expected.startswith("never fill"):
                assert held_as_name(r), (name, line, r["restored"], [c["text"] for c in r["candidates"]][:3])
            else:
                assert not held_as_name(r) and (r["candidates"] or r["restored"]), (name, line)
