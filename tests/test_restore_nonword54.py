"""Issue 19 (session 54): a fill that makes no word is a weak rival (``resources.no_word``, feature ``no_word``).

In ``削ら\ufffdた`` the right れ was held under the commit threshold by rivals no Japanese reader would consider
(削らした, し read as the classical き after an irrealis form; 削ら来た), and a lost kanji beside another by fills that
make no word with it (締兆: 締 and 兆 read apart). Such a candidate now carries ``no_word``, which the calibration
weighs. Made-up sentences (news and report prose, not the sample's or any trial's), each with the character a
careful reader knows was lost (``truth``) and what the restorer must do (``expect``, as
:func:`restore_verdicts.check_verdict` reads it).
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import resources, restore_text, scoring
from restore_verdicts import check_verdict

G = GAP

CLEAN = [
    "県の発表によると、今年の失業率は前年を上回った。",
    "会議は台風のため中止された。",
    "早く帰らなければならない。",
    "説明書をよく読めば分かる。",
    "両国は条約の締結に合意した。",
    "各県の代表が市役所に集まり、新しい制度の導入を話し合った。",
    "ファイルを保存せずに閉じると、変更は失われます。",
    "雨が降れば試合は延期される。",
    "彼は何も言わず、静かに部屋を出て行った。",
    "市民の意見を広く聞くため、説明会を開いた。",
]


def _no_word(text: str, i: int, fill: str | None = None) -> bool:
    """:func:`resources.no_word` of ``fill`` (the text's own letter when None) at ``i``, in the window restore reads."""
    if fill is not None:
        text = text[:i] + fill + text[i + 1:]
    lo = max(0, i - scoring.WINDOW)
    return resources.reading(text[lo:i + 1 + scoring.WINDOW], i - lo, i - lo + 1)[2]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_makes_words_everywhere(text):
    """Do no harm: no letter of clean prose is read as making no word where it stands."""
    assert [text[i] for i in range(len(text)) if _no_word(text, i)] == []


@pytest.mark.parametrize("text,i,fill", [
    ("予算が大幅に削られた。", 8, "し"),   # 未然形 + the classical き
    ("予算が大幅に削られた。", 8, "来"),   # 未然形 + a verb
    ("予算が大幅に削られた。", 8, "得"),
    ("両国は条約の締結に合意した。", 7, "兆"),  # two one-kanji nouns, no word of both
])
def test_rivals_that_make_no_word(text, i, fill):
    assert not _no_word(text, i) and _no_word(text, i, fill)


@pytest.mark.parametrize("text,i,fill", [
    ("予算が大幅に削られた。", 8, "せ"),   # 削らせた: a causative, a word
    ("予算が大幅に削られた。", 8, "な"),   # 削らなた is no Japanese, but な is an auxiliary an irrealis form takes
    ("両国は条約の締結に合意した。", 7, "約"),  # 締約, a word
])
def test_rivals_that_make_a_word(text, i, fill):
    assert not _no_word(text, i, fill)


def test_the_feature_reaches_the_pool_and_the_model():
    from pipeline.restore import Restorer
    from pipeline.restore.evidence.base import Document, Line, Site

    text = f"予算が大幅に削ら{G}た。"
    restorer = Restorer(Document.of_lines([Line(text, 1)]), plain=True)
    pool, _ = restorer.scored_pool(Site(text, 8, 9, 1), [])
    assert pool.features["し"].get("no_word") == 1.0 and "no_word" not in pool.features["れ"]
    # the packaged calibration fitted it as a weak rival's mark (the benchmark's masks show it thousands of times)
    assert scoring.model().weights["no_word"] < 0


CASES = [
    # the right fill, its rivals no word (削らした, 削ら来た): committed (main: open at 0.89, the rivals holding 0.09)
    ("irrealis-passive", f"予算が大幅に削ら{G}た。", "れ", "restored"),
    # 締結 beside 締約 and 締め: the truth among the candidates, nothing wrong committed
    ("kanji-beside-kanji", f"両国は条約の締{G}に合意した。", "結", "listed"),
    # せ (使用させない) reads as well: never the wrong one
    ("passive-or-causative", f"この機能は許可なく使用さ{G}ない。", "れ", "not-wrong"),
]

KNOWN_MISSES = [
    # 中止させた is Japanese too (せ 0.05), and the confidence model reads the margin so: open at 0.88
    ("passive-after-suru", f"会議は台風のため中止さ{G}た。", "れ", "restored"),
    # 帰らしければ reads as 帰らす + けり to Sudachi, a word: open at 0.88
    ("must-go-home", f"明日は早く帰ら{G}ければならない。", "な", "restored"),
    # 導出 is a word (導出された): open at 0.83
    ("introduced", f"新しい制度が導{G}された。", "入", "restored"),
]


def _verdict(text: str, truth: str, expect: str) -> None:
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 1
    check_verdict(repairs[0], truth, expect)


@pytest.mark.parametrize("text,truth,expect", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_case(text, truth, expect):
    _verdict(text, truth, expect)


@pytest.mark.parametrize("text,truth,expect", [
    pytest.param(*c[1:], id=c[0], marks=pytest.mark.xfail(strict=True, reason="known miss: see KNOWN_MISSES"))
    for c in KNOWN_MISSES])
def test_known_miss(text, truth, expect):
    _verdict(text, truth, expect)
