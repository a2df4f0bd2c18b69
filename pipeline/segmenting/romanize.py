"""Katakana/hiragana → Hepburn romaji, for talk ids.

A talk's id is the English name of its city. The Japanese city name's reading
(from Sudachi, in katakana) is romanised here and then looked for in the
talk's English text, where the city is usually spelt without long-vowel marks
(北九州 → キタキュウシュウ → ``kitakyushu``, not ``kitakyuushuu``). A
hand-written table keeps the dependency list short; the rules are modified
Hepburn: digraphs (キュ → kyu), sokuon (ッ doubles the next consonant, ッチ →
tchi), ン → n, ー repeats the vowel.
"""

from __future__ import annotations

import re
import unicodedata

_BASE = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def to_katakana(text: str) -> str:
    """Hiragana → katakana; other characters unchanged.

    >>> to_katakana("くまもと")
    'クマモト'
    """
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def _digraph(first: str, small: str) -> str | None:
    """キ+ャ → kya, シ+ョ → sho, チ+ュ → chu, フ+ァ → fa …"""
    base = _BASE.get(first)
    if base is None or len(base) < 2:
        return None
    stem = base[:-1]
    if small in _SMALL_Y:
        if base.endswith("i"):
            stem = base[:-1]
            if stem in ("sh", "ch", "j"):
                return stem + _SMALL_Y[small]
            return stem + "y" + _SMALL_Y[small]
        return None
    if small in _SMALL_VOWEL and first in ("フ", "ヴ", "テ", "デ", "ウ", "シ", "チ", "ジ"):
        if first == "テ" or first == "デ":
            return stem + _SMALL_VOWEL[small]
        if first in ("シ", "チ", "ジ") and small == "ェ":
            return stem + "e"
        if first == "ウ":
            return "w" + _SMALL_VOWEL[small]
        return stem + _SMALL_VOWEL[small]
    return None


def hepburn(kana: str) -> str:
    """Romanise kana in modified Hepburn, long vowels spelt out (ー repeats the vowel).

    >>> hepburn("キタキュウシュウ")
    'kitakyuushuu'
    >>> hepburn("サッポロ"), hepburn("マッチャ"), hepburn("ラーメン")
    ('sapporo', 'matcha', 'raamen')
    """
    kana = to_katakana(kana)
    out: list[str] = []
    i = 0
    double_next = False
    while i < len(kana):
        c = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if c == "ッ":
            double_next = True
            i += 1
            continue
        syllable = _digraph(c, nxt) if nxt else None
        if syllable is not None:
            i += 2
        elif c == "ー":
            syllable = out[-1][-1] if out and out[-1][-1:] in "aeiou" else ""
            i += 1
        elif c in _BASE:
            syllable = _BASE[c]
            i += 1
        else:
            syllable = c
            i += 1
        if double_next and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double_next = False
        out.append(syllable)
    return "".join(out)


def plain_spellings(romaji: str) -> list[str]:
    """The spellings an English text is likely to use: as is, and with long vowels folded.

    English place names drop macrons and the doubled vowels of Hepburn
    (Tōkyō → Tokyo, Kyūshū → Kyushu); ``ii`` stays (Niigata).

    >>> plain_spellings("kitakyuushuu")
    ['kitakyushu', 'kitakyuushuu']
    >>> plain_spellings("toukyou")
    ['tokyo', 'toukyou']
    >>> plain_spellings("kumamoto")
    ['kumamoto']
    """
    folded = re.sub(r"ou|oo", "o", romaji)
    folded = re.sub(r"uu", "u", folded)
    folded = re.sub(r"aa", "a", folded)
    folded = re.sub(r"ee", "e", folded)
    spellings = [folded]
    if romaji != folded:
        spellings.append(romaji)
    return spellings


def slug(text: str) -> str:
    """Lower-case ASCII slug: letters and digits, other runs become one hyphen.

    Accents are folded first so ``José`` keeps its ``e``.

    >>> slug("Kitakyushu’s"), slug("San José")
    ('kitakyushu-s', 'san-jose')
    """
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
