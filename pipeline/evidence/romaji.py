"""Katakana readings to a plain romanisation, for matching Japanese names with their English spelling.

Names travel between a paper and its slides by sound: 福岡市 (フクオカ) is
``Fukuoka`` on the slide. Long vowels are folded (``kyuushuu`` → ``kyushu``,
``toukyou`` → ``tokyo``) because English spellings drop them.
"""

from __future__ import annotations

import re

_BASE = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}


def to_romaji(kana: str) -> str:
    """Romanise a katakana reading, long vowels folded.

    >>> to_romaji("キタキュウシュウ"), to_romaji("シモノセキ"), to_romaji("トウキョウ"), to_romaji("サッポロ")
    ('kitakyushu', 'shimonoseki', 'tokyo', 'sapporo')
    """
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue
        if ch in _SMALL_Y and out:
            prev = out.pop()
            stem = prev[:-1]
            syl = (stem if stem.endswith(("sh", "ch", "j")) else stem + "y") + _SMALL_Y[ch]
        else:
            syl = _BASE.get(ch, "")
        if double and syl:
            syl = syl[0] + syl
            double = False
        out.append(syl)
    return fold(("".join(out)))


def fold(word: str) -> str:
    """Fold long vowels the way English spellings of Japanese names do.

    >>> fold("kyuushuu"), fold("ooita"), fold("kumamoto")
    ('kyushu', 'oita', 'kumamoto')
    """
    return re.sub(r"ou|oo|uu|ei(?=$)", lambda m: m.group(0)[0], word.lower())
