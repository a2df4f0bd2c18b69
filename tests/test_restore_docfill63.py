"""Gaps the document itself settles (issue 19, fresh-user trial 62d; docs/restore.md, "Settled by the document").

Three kinds, each from general evidence:

- an English word with lost letters that the document writes intact elsewhere (``Passing the Gre\ufffd\ufffd of the
  City of Trees`` beside the slide's ``Passing the Green of the City of Trees``) is copied
  (:func:`pipeline.restore.evidence.english.intact_copy`), where it is the one word of those letters the document
  writes and the copy shares the gap's context or stands at three places;
- a Japanese number counted in 万 or 億 is read against the English's *million*, *billion* or a number written in full
  (``約1\ufffd9万人`` beside *about 1.09 million*: 109万, so 0);
- a word the English derives from the gloss of the fill's word (*Cultural* ↔ 文化 *culture*) proposes that fill, which
  is listed among the candidates and weighs nothing.

Hand-labelled cases: (context, truth, expected status). A wrong commit is far worse than a missed one: the near misses
(another intact word of those letters, another length, another context; a number the English does not state or states
otherwise) stay open.
"""

from __future__ import annotations

import json
from typing import Callable

import pytest

from pipeline import files
from pipeline.driver import run_one
from pipeline.restore import restore_text
from pipeline.restore.evidence import bilingual, english, translation

G = "\ufffd"


def _only(text: str) -> dict:
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1, repairs
    return repairs[0]


def _shown(r: dict) -> list[str]:
    return [c["text"] for c in r["candidates"]]


def _judged(r: dict, truth: str, expected: str, confidence: float, names: Callable[[dict], bool]) -> None:
    """A restored case is the truth at the rule's confidence, an evidence row naming what settled it; an open one
    holds no fill."""
    if expected == "restored":
        assert (r["status"], r["restored"], r["confidence"]) == ("restored", truth, confidence), r
        assert any(names(e) for e in r["evidence"]), r["evidence"]
    else:
        assert r["restored"] is None and r["status"] in ("ambiguous", "unresolved"), r


# (context, truth, expected status)
NUMBERS = [
    (f"仙台市の人口は約1{G}9万人である。\nPopulation: about 1.09 million\n", "0", "restored"),
    (f"金沢市の人口は約4{G}万人である。\nPopulation: about 460,000\n", "6", "restored"),
    (f"観光消費額は約5{G}00億円に達した。\nTourist spending: about 580 billion yen\n", "8", "restored"),
    (f"来場者は約3{G}0万人であった。\nVisitors: 3.5 million in all\n", "5", "restored"),  # 350万
    # near misses: the English states no number of that size, or another one, or none
    (f"人口は約1{G}9万人である。\nPopulation: about 1.2 million\n", "0", "open"),
    (f"人口は約2{G}万人である。\nPopulation: about 0.3 million\n", "4", "open"),
    (f"人口は約1{G}9万人である。\nA city of rivers and trees\n", "0", "open"),
    (f"人口は約1{G}9万人である。\n", "0", "open"),
]


@pytest.mark.parametrize("text, truth, expected", NUMBERS)
def test_a_number_counted_in_man_or_oku_is_read_against_the_englishs_scale(text, truth, expected):
    _judged(_only(text), truth, expected, bilingual.SETTLED_CONFIDENCE,
            lambda e: e["kind"] == "bilingual" and any(w in e["detail"] for w in ("million", "billion", ",")))


def test_a_numbers_first_digit_after_a_name_is_settled_where_the_english_states_the_number():
    # (trial 62d's notes: 東京�86ミリ; committed 都 on Wikinews where no English stands, docs/restore.md)
    r = _only(f"24日の雨量は東京{G}86ミリに達した。\nRainfall on the 24th reached 186 mm in Tokyo.\n")
    assert (r["status"], r["restored"]) == ("restored", "1"), r


def test_a_number_in_full_is_counted_at_the_japanese_numbers_scale():
    from pipeline.restore.evidence.base import Line

    read = {w.quoted: w.forms for w in bilingual.english_numbers(Line("1.09 million, 420,000 and 42", 1), 4)}
    assert read == {"1.09 million": ("109",), "420,000": ("42",), "42": ("42",)}
    # read as written where the Japanese number has no large unit of its own (the scale the caller passes)
    assert [w.value for w in bilingual.english_numbers(Line("1.09 million", 1))] == ["1.09"]


ENGLISH_WORDS = [
    # the title and its slide's title: the word intact with 33 characters of the line around it
    (f"杜の都の緑\nPassing the Gre{G}{G} of the City of Trees to the Next Generation\n\n1\n"
     "Passing the Green of the City of Trees\n", "en", "restored"),
    (f"A Gre{G}{G} Future for the Harbour\nOur green plan: a Green Future for the Harbour\n", "en", "restored"),
    (f"Life on the Sh{G}{G}e of the Lake\n\n2\nLife on the Shore of the Lake\n", "or", "restored"),
    # written at three places, whatever stands around them
    (f"A Br{G}{G}ht Future\nthe bright lights; a Bright Future for all; bright days\n", "ig", "restored"),
    # near misses: another word of those letters (another length: a lost glyph may be several bytes of one letter)
    (f"Passing the Gre{G}{G} of the City of Trees\n\n1\nPassing the Green of the City of Trees\nGrey Street\n",
     "en", "open"),
    (f"Passing the Gre{G}{G} of the City of Trees\n\n1\nPassing the Green of the City of Trees\nThe Greek road\n",
     "en", "open"),
    # written once, in another context
    (f"The Gre{G}{G} Wall of China\n\nThe Green Party won the vote\n", "at", "open"),
    (f"Dej{G}{G}a and the Restoration of the Harbour Town\nVisitors to Dejima grew every year\n", "im", "open"),
]


@pytest.mark.parametrize("text, truth, expected", ENGLISH_WORDS)
def test_an_english_word_the_document_writes_intact_is_copied(text, truth, expected):
    _judged(_only(text), truth, expected, english.COPY_CONFIDENCE,
            lambda e: "the one word the document writes intact" in e["detail"] and "line" in e["detail"])


def test_a_word_the_list_decides_otherwise_is_not_copied():
    # the list decides transport (the one word of its letters); the document writes only an unrelated "trensport"
    r = _only(f"The harbour office drew a new tr{G}nsport plan.\nthe new trensport plan of the harbour office\n")
    assert r["restored"] != "e", r


def test_a_words_first_letter_is_never_copied():
    from pipeline.restore.evidence.base import Site

    copy, _ = english.intact_copy(Site(f"the {G}reen of the City", 4, 5), _scope("the Green of the City"))
    assert copy is None


def _scope(*lines: str):
    from pipeline.restore.evidence.base import Line
    from pipeline.restore.evidence.repetition import ScopeText

    return ScopeText.build("doc", [Line(t, k + 1) for k, t in enumerate(lines)])


TRANSLATED = [
    # (context, truth, expected status): the derived word's fill is listed, and nothing is committed on it
    (f"古都台南の文{G}資産を活かした観光振興\nTourism Promotion Based on the Cultural Heritage of Tainan\n", "化", "open"),
    (f"伝統工芸の経{G}効果を調べた。\nEconomic Effects of Traditional Crafts\n", "済", "open"),
]


@pytest.mark.parametrize("text, truth, expected", TRANSLATED)
def test_a_word_the_english_derives_from_the_fills_gloss_proposes_the_fill(text, truth, expected):
    r = _only(text)
    assert truth in _shown(r), r
    assert r["status"] == "ambiguous" and r["restored"] is None, r


def test_derived_lemmas_are_of_one_root():
    assert "culture" in translation.derived_lemmas("cultural")
    assert "economy" in translation.derived_lemmas("economic")
    assert translation.derived_lemmas("art") == ()


PROCEEDINGS = f""" 宮城県 仙台市 

杜の{G}の緑を次世代へ：市民協働による街路樹管理 

Passing the Gre{G}{G} of the City of Trees to the Next Generation 

仙台市建設局百年の杜推進部長 佐藤 健一 

１．仙台市の概要 

仙台市は東北地方の中心都市であり、人口は約1{G}9万人である。市の中心部には広瀬川が流れ、

定禅寺通のケヤキ並木は「杜の都」の象徴として市民に親しまれている。 

２．市民協働の取り組み 

2019 年から「杜の都の街路樹サポーター」制度を設け、現在 340 人が参加している。 

３．文{G}資産としての街路樹 

市は街路樹を地域の財産として位置づけている。

 Passing the Green of the City of Trees 

1 
Overview of Sendai 
■ Population: about 1.09 million 
■ Zelkova avenues as a symbol of the city 

2 
Citizen Partnership 
■ Street Tree Supporters since 2019 
■ 340 volunteers today 

3 
Street Trees as Cultural Heritage 
■ Zelkova avenues 
"""
"""A made-up proceedings talk of the trial's shape (a different text; the trial is not a fixture)."""


@pytest.fixture(scope="module")
def talk_repairs(tmp_path_factory) -> dict[tuple[int, str], dict]:
    where = tmp_path_factory.mktemp("docfill63")
    path = where / "proc.txt"
    path.write_text(PROCEEDINGS, encoding="utf-8")
    run_one(path, where / "out")
    folder = files.talks_dir(where / "out", files.safe_stem(path))
    lines = PROCEEDINGS.split("\n")
    out = {}
    for p in sorted(folder.glob("*.json")):
        if p.name == "index.json":
            continue
        for r in json.loads(p.read_text(encoding="utf-8"))["repairs"]:
            line = lines[r["source"]["line"] - 1]
            out[(r["source"]["line"], line.strip()[:12])] = r
    return out


def _at(repairs: dict, opening: str) -> dict:
    found = [r for (_, text), r in repairs.items() if text.startswith(opening)]
    assert len(found) == 1, (opening, list(repairs))
    return found[0]


@pytest.mark.parametrize("opening, truth, expected", [
    ("Passing the", "en", "restored"),   # Green, intact in the slide's title with the same context
    ("仙台市は東北地方", "0", "restored"),  # 1.09 million = 109万
    ("３．文", "化", "open"),              # *Cultural* proposes 化; listed, never committed on it
    # 杜の都 written whole twice elsewhere: a short frame (杜の + の) the text writes once at its longest context;
    # repetition's class asks for the term at three places (docs/restore.md, 大連市 twice): open, 都 first
    ("杜の", "都", "open"),
])
def test_a_talks_gaps_the_document_settles(talk_repairs, opening, truth, expected):
    r = _at(talk_repairs, opening)
    if expected == "restored":
        assert (r["status"], r["restored"]) == ("restored", truth), r
    else:
        assert r["restored"] is None, r
        assert truth in _shown(r), r
