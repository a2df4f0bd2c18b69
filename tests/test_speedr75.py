"""Session 75, speedr75: the restore stage made faster without changing what it writes (issue 19, point 5).

Each shortcut is checked against the plain way it replaces: the Hepburn romaniser's table of digraphs against
:func:`pipeline.kana._digraph` asked of every pair of kana, the long-vowel fold against the regular expressions it
was written with, the softmax's sum of a fill's own features against the sum over every feature of the table, and a section's
view made once against one made for each slide (slide links, which restore reads for each talk with slides)."""

from __future__ import annotations

import math
import random
import re

from test_link import SECTIONS, talk

from pipeline import kana
from pipeline.restore import scoring
from pipeline.structure import link

KANA = ([chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FD)]
        + list("ーッ漢a ") + ["\u3040", "\u3097"])


def _strings(alphabet, count: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


def test_the_digraph_table_spells_every_pair_as_digraph_does():
    for first in KANA:
        for second in KANA:
            assert kana._DIGRAPHS.get(first + second) == kana._digraph(first, second), first + second
    assert [kana.hepburn(k) for k in ("キタキュウシュウ", "ファイル", "マッチャ", "ヴァイオリン", "しょうちゅう")] == \
        ["kitakyuushuu", "fairu", "matcha", "vaiorin", "shouchuu"]


def test_to_katakana_moves_hiragana_alone():
    for c in map(chr, range(0x3000, 0x3100)):
        assert kana.to_katakana(c) == (chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c), c


def test_fold_long_vowels_rewrites_as_the_regular_expressions_do():
    def by_regex(romaji: str) -> str:
        folded = re.sub(r"ou|oo", "o", romaji.lower())
        return re.sub(r"ee", "e", re.sub(r"aa", "a", re.sub(r"uu", "u", folded)))

    for romaji in ["kitakyuushuu", "toukyou", "ooita", "oooo", "uuu", "ouu", "Aaa", "niigata", "eee"] + \
            _strings("aeiouoouuaaeekstnAOU", 20000, 10, 76):
        assert kana.fold_long_vowels(romaji) == by_regex(romaji), romaji


def test_softmax_ranking_sums_a_fills_features_in_table_order():
    def over_the_table(pool, weights):
        scores = {fill: sum([weights.get(f.name, 0.0) * f.transform(feats) for f in scoring.TABLE if f.name in feats])
                  for fill, feats in pool.features.items()}
        top = max(scores.values())
        exp = {fill: math.exp(s - top) for fill, s in scores.items()}
        total = sum(exp.values())
        return sorted(((fill, e / total) for fill, e in exp.items()), key=lambda kv: (-kv[1], kv[0]))

    rnd = random.Random(77)
    names = [*scoring.FEATURES, "has_lex", "lex_both", "not_a_feature"]
    for _ in range(500):
        pool = scoring.Pool()
        for k in range(rnd.randint(1, 25)):
            feats = {n: rnd.choice([0.0, 1.0, 2.5, rnd.uniform(0, 30), -rnd.uniform(0, 30)])
                     for n in rnd.sample(names, rnd.randint(0, 15))}
            feats["rep_hits"] = abs(feats.get("rep_hits", 0.0))  # a count (log1p of it)
            pool.features[f"{k}{rnd.choice('ab')}"] = feats
        weights = {n: rnd.uniform(-3, 3) for n in names if rnd.random() < 0.9}
        assert scoring.softmax_ranking(pool, weights) == over_the_table(pool, weights)


def test_a_sections_view_made_once_matches_as_one_made_for_each_slide():
    slides = [(1, "Hakodate City", []), (2, "Sister City: Vladivostok", ["■ Sister city agreement signed in 1992"]),
              (3, "Halifax and Hakodate", ["Port towns", "Night view branding since 2015"]),
              (4, "Cooperation with ASEAN", ["Fisheries processing technology"])]
    view = talk(SECTIONS, slides)
    translations = link._talk_translations(view)
    sections = [link.section_terms(s, translations) for s in view["paper"]["sections"]]
    made = [link._SectionView.of(sec) for sec in sections]
    found = 0
    for slide in (link.slide_terms(s, translations) for s in view["slides"]):
        for sec, once in zip(sections, made):
            afresh = link._matches(slide, sec)
            assert link._matches(slide, sec, view=once) == afresh
            found += len(afresh)
            for run in link._runs(slide):
                assert link.phrase_match(run, sec, once.phrases) == link.phrase_match(run, sec)
    assert found  # the slides share terms with the sections (names, numbers, glosses): the views were read
    assert [f and f["number"] for f in link.link_slides(view)] == [None, "2", "3", "4"]  # as before the view
