"""Session 81, helper doc81: no word of the sample in the pipeline's code, docstrings, doctests or comments.

The project's rule (README, DESIGN): the sample (``raw/``, the shared seed) is a test, never fitted: no rule, example
or doctest in ``pipeline/`` holds its places, titles, headings, answers or verbatim lines. Earlier sessions had written
some 440 doctest and docstring lines on its vocabulary (``slug("Kitakyushu’s")``, ``explicit_number("3.1 熊本城")``,
``find_city_en("釜山広域市", …)``, its ghost lines ``Ki k h h ifi …``); session 81 rewrote each on made-up text of the
same shape (docs/development.md, *Session 81, doc81*). This test keeps them out.

Why the words are listed here and not read from the sample at test time: the list is the sample's *distinctive*
vocabulary, chosen by reading it (its two cities, the cities and sights it names, its titles and headings, the fills
its gaps take, lines quoted verbatim); a word common in any such document (市, 交流, はじめに, Tokyo, Thank you) is
no evidence of fitting and is left out, and no automatic reading of the sample tells the two apart. Matching is
case-insensitive (``KITAKYUSHU`` on a cover is the same name).

Left out on purpose: ``pipeline/data/`` (lexical resources built from public lists: word frequencies, EDICT glosses,
GeoNames regions, which name every prefecture and many cities, the sample's among them, as they name all others), and
the Russian closing word of the sample's last slide, which :data:`pipeline.segment.slidetext.CLOSING` lists in lower
case among the thanks of eight languages (a general rule of closing lines, not an answer; the docstrings no longer use
it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pipeline

PIPELINE = Path(pipeline.__file__).resolve().parent

SAMPLE_WORDS = (
    # the sample's places, in Japanese: its two cities, their partner and member cities, its region and sights
    "北九州", "熊本", "大連", "釜山", "仁川", "青島", "天津", "烟台", "蔚山", "下関", "福岡", "小倉", "門司", "響灘",
    "タコマ", "ノーフォーク", "ハイフォン", "チェリャビンスク", "阿蘇", "天草", "水前寺", "霊厳洞", "黄海", "九州", "くまもと",
    # the same in English, Korean and simplified Chinese
    "Kitakyushu", "Kumamoto", "Dalian", "Busan", "Incheon", "Qingdao", "Tianjin", "Yantai", "Ulsan", "Shimonoseki",
    "Fukuoka", "Tacoma", "Norfolk", "Haiphong", "Chelyabinsk", "Yawata", "Dokai", "Amakusa", "Suizenji", "Kusasenri",
    "Nakadake", "Lvshun", "Kokura", "Hakata", "Kagoshima", "Yellow Sea", "Kyushu", "Mt. Aso", "Aso’s",
    "부산", "후쿠오카", "인천", "울산", "기타큐슈", "구마모토", "大连", "青岛",
    # its titles, headings, the fills its gaps take, its speakers' lines
    "国境を", "企画局", "姉妹", "友好", "都市間連携", "技術首都", "環境首都", "経済交流推進機構", "熊本城", "本丸御殿",
    "一口城主", "城主手形", "製鐵", "安川", "エコタウン", "井上雄彦", "宮本武蔵", "五輪の書", "バガボンド", "スラムダンク",
    "シティブランド", "チャレンジショップ", "灰色のまち", "みどりのまち", "よみがえった", "選ばれる都市", "環境と技術",
    "アジアの技術", "ブランド戦略プラン", "豊かな自然環境", "ものづくり部会", "地域限定版", "環境関連の技術",
    "原 \\ufffd\\ufffd", "原 \ufffd\ufffd",
    "Cross-boundary", "Intercity Cooperation", "Sister/Friendship", "Technology Capital", "Capital of Sustainable",
    "World Capital of", "Capital of Asia", "Challenge Shop", "Waku Waku", "Mokkosu", "Wasamon", "Honmaru", "OEAED",
    "YASKAWA", "Nippon Steel", "Kitahashi", "Kosho-ken", "Iseigaoka", "Creating City Brands",
    "Practical Use of Local", "Four Panels", "Panels and Achievements", "Japan Red Cross", "highest ranked room",
    "Shokun", "Agreement for Friendship", "Reciprocal dispatch", "All drinking water", "Pan Yellow", "Story of Aso",
    "Russia and KITA", "Total GDP in ten", "History And Culturey", "The Social Environment",
    "Environment and Technology", "Efforts Towards Changes", "Hot Springs and Golf", "Golf Courses in", "developd",
    "country s four largest", "four largest industrial", "MoU signing", "Current situation in Russia",
    "shopping and entertainment", "make action plans",
    # its ghost and residue lines, verbatim
    "Ki k h", "Eff t T", "tEfforts", "E h ith", "Oth A ti", "ith D li", "D li Chi", "cityp p y", "Thank youThank",
    "CityKumamoto", "C t it ti i R", "Di t h d b",
)

_PATTERN = re.compile("|".join(re.escape(w) for w in sorted(SAMPLE_WORDS, key=len, reverse=True)), re.IGNORECASE)


def _sources() -> list[Path]:
    return sorted(p for p in PIPELINE.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".md", ".txt")
                  and PIPELINE / "data" not in p.parents)


def _uses() -> list[str]:
    found = []
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = sorted({m.group(0) for m in _PATTERN.finditer(line)})
            if words:
                found.append(f"{path.relative_to(PIPELINE.parent)}:{number}: {', '.join(words)}")
    return found


def test_no_sample_word_in_the_pipeline():
    """Every source file of ``pipeline/`` (code, docstrings, doctests, comments, the schema) is free of the sample's
    distinctive words: a doctest or example is written on made-up text of the same shape."""
    assert len(_sources()) > 100  # the package itself, not an empty folder
    uses = _uses()
    assert not uses, "the sample's words in pipeline/ (write the example on made-up text):\n" + "\n".join(uses)


@pytest.mark.parametrize("line, word", [
    ('    >>> slug("Kitakyushu’s")', "Kitakyushu"),
    ("    >>> explicit_number(\"3.1 熊本城\").label", "熊本城"),
    ("    # a cover's ``CITY OF KITAKYUSHU``", "KITAKYUSHU"),
    ('    >>> ghost_shape("Ki k h h ifi h i f h l i d h")', "Ki k h"),
    ('    >>> split_speaker(Text.from_raw("\\ufffd原 \\ufffd\\ufffd（市国際部長）", 1))', "原 \\ufffd\\ufffd"),
])
def test_the_scan_sees_a_sample_word(line, word):
    """The scan's own check: a line of the shapes it replaced is seen (so the test above cannot pass by missing them)."""
    assert any(m.group(0).lower() == word.lower() for m in _PATTERN.finditer(line))


@pytest.mark.parametrize("line", [
    '    >>> slug("Riverton’s"), slug("../南相馬")',
    "    >>> explicit_number(\"3.1 城下町\").label",
    "    交流, はじめに, Tokyo, 市の概要, Thank you",
    '    >>> split_speaker(Text.from_raw("\\ufffd田 \\ufffd\\ufffd（港町市国際部長）", 1))',
])
def test_the_scan_passes_made_up_and_common_words(line):
    """Near misses: the made-up places and the common words the rewrites use are no sample words."""
    assert _PATTERN.search(line) is None
