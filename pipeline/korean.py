"""The Sino-Korean readings of ideographs and their Latin spellings: how a Korean place name is written in English.

A Korean city written in ideographs (大邱, 光州, 全州) is named in English by its Korean reading romanised
(*Daegu*, *Gwangju*, *Jeonju*); Sudachi reads it in Japanese (テグ, コウシュウ) and EDICT glosses few of them. The
readings come from Unihan's ``kHangul`` (``pipeline/data/ko_hanja_readings.tsv``, built by
``bench/build_hanja_readings.py``); the spelling follows the Revised Romanization of Korean (Ministry of Culture
and Tourism, 2000), the official one since 2000, with its consonant assimilation between syllables (신라 → *Silla*,
종로 → *Jongno*), and a McCune–Reischauer-like spelling beside it for older English texts (*Taegu*, *Pusan*,
*Kwangju*: word-initial g d b j unvoiced, eo and eu written o and u, no breve or apostrophe).
"""

from __future__ import annotations

import functools
import itertools
import re

from pipeline.chardata import KANJI
from pipeline.datafiles import tsv_rows

READINGS_FILE = "ko_hanja_readings.tsv"
MAX_SPELLINGS = 64
"""At most this many combinations of the characters' readings are spelled for one name."""

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
           "eu", "ui", "i")
# A final consonant as the syllable's end (before a consonant or the word's end), by final index 1–27
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
           "t", "t", "k", "t", "p", "t")
# The same final carried over onto a following silent ㅇ (linking: 한국어 → hangugeo)
_LINKED = ("", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs", "s",
           "ss", "ng", "j", "ch", "k", "t", "p", "")
_SILENT, _N, _R, _M = 11, 2, 5, 6  # initial indexes of ㅇ, ㄴ, ㄹ, ㅁ


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    return {char: tuple(readings.split())
            for char, readings in tsv_rows(READINGS_FILE, "bench/build_hanja_readings.py")}


def hanja_readings(char: str) -> tuple[str, ...]:
    """The Sino-Korean readings of one ideograph, in hangul (empty when Unihan gives none).

    >>> hanja_readings("大"), hanja_readings("龍"), hanja_readings("済"), hanja_readings("あ")
    (('대',), ('룡', '용'), ('제',), ())
    """
    return _table().get(char, ())


def _jamo(syllable: str) -> tuple[int, int, int]:
    s = ord(syllable) - 0xAC00
    return s // 588, (s % 588) // 28, s % 28


def revised_romanization(hangul: str) -> str:
    """A word of hangul syllables in the Revised Romanization, with its assimilation between syllables.

    >>> [revised_romanization(w) for w in ("대구", "광주", "수원", "전주", "신라", "종로", "한국어", "백마")]
    ['daegu', 'gwangju', 'suwon', 'jeonju', 'silla', 'jongno', 'hangugeo', 'baengma']
    """
    syllables = [_jamo(s) for s in hangul]
    out = []
    for i, (initial, vowel, final) in enumerate(syllables):
        onset = _INITIALS[initial]
        if i:
            previous_final = syllables[i - 1][2]
            if initial == _R and _FINALS[previous_final] in ("l", "n"):
                onset = "l"  # ㄹㄹ, ㄴㄹ: ll
            elif initial == _R and previous_final:
                onset = "n"  # 종로 jongno, 독립 dongnip
            elif initial == _SILENT and previous_final:
                onset = ""
        out.append(onset + _VOWELS[vowel])
        if final:
            following = syllables[i + 1][0] if i + 1 < len(syllables) else None
            coda = _FINALS[final]
            if following == _SILENT:
                coda = _LINKED[final]
            elif following == _R and coda == "n":
                coda = "l"  # 신라 silla
            elif following in (_N, _M, _R):
                coda = {"k": "ng", "p": "m", "t": "n"}.get(coda, coda)
            out.append(coda)
    return "".join(out)


def older_spelling(revised: str) -> str:
    """The McCune–Reischauer-like spelling English texts used before 2000, without its diacritics: a word-initial
    g d b j unvoiced (k t p ch), eo and eu written o and u.

    >>> older_spelling("daegu"), older_spelling("bucheon"), older_spelling("gwangju"), older_spelling("cheongju")
    ('taegu', 'puchon', 'kwangju', 'chongju')
    """
    head = {"g": "k", "d": "t", "b": "p", "j": "ch"}.get(revised[:1], revised[:1])
    return (head + revised[1:]).replace("eo", "o").replace("eu", "u")


@functools.lru_cache(maxsize=4096)
def korean_spellings(name: str) -> tuple[str, ...]:
    """Latin spellings of a place name written in ideographs, read in Korean: each combination of the characters'
    readings (at most :data:`MAX_SPELLINGS`) in the Revised Romanization, then the older spelling. Empty unless
    every character has a Korean reading.

    >>> korean_spellings("大邱"), korean_spellings("全州")
    (('daegu', 'taegu'), ('jeonju', 'chonju'))
    >>> "yongin" in korean_spellings("龍仁"), korean_spellings("ハルビン")
    (True, ())
    """
    readings = [hanja_readings(c) for c in name]
    if len(name) < 2 or not all(readings):
        return ()
    revised = [revised_romanization("".join(c)) for c in itertools.islice(itertools.product(*readings), MAX_SPELLINGS)]
    return tuple(dict.fromkeys(revised + [older_spelling(r) for r in revised]))


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_IDEOGRAPHS = re.compile(f"[{KANJI}]+")
MIN_READ_RUN = 2
"""Syllables a run of :func:`read_alike` holds at least: one two-character word read alike (大学 대학), never a lone
syllable (one ideograph's reading is one syllable of thousands of Korean words)."""


def _readings(char: str) -> frozenset[str]:
    """An ideograph's readings with their word-initial forms (Korean's initial sound law, 두음법칙: 李 리 → 이,
    両 량 → 양, 女 녀 → 여, 老 로 → 노): a word opening on the ideograph is written so."""
    out = set(hanja_readings(char))
    for r in list(out):
        initial, vowel, final = _jamo(r)
        if initial in (_R, _N):
            # ㄹ before i, ya, yeo, ye, yo, yu (and ㄴ so) falls silent; ㄹ before the other vowels becomes ㄴ
            silent = _VOWELS[vowel] in ("i", "ya", "yae", "yeo", "ye", "yo", "yu")
            onset = _SILENT if silent else _N if initial == _R else initial
            out.add(chr(0xAC00 + onset * 588 + vowel * 28 + final))
    return frozenset(out)


def read_alike(hangul: str, ideographs: str) -> int:
    """How many Hangul syllables of ``hangul`` are the Sino-Korean readings of ideographs of ``ideographs``, in runs
    of :data:`MIN_READ_RUN` syllables or more within a word on both sides: the evidence that a Korean line writes
    out the same names as a Japanese one (a speaker's affiliation ``済州大学校`` is ``제주대학교``, the name ``金敏秀``
    ``김민수``), which translation by meaning never gives so exactly. Japanese's new forms of characters (観, 発,
    経) have no reading in Unihan and break a run.

    >>> read_alike("이서연（제주대학교 관광개발학과）", "李瑞妍（済州大学校 観光開発学科）")
    12
    >>> read_alike("대구대학교 관광경영학과 김민수", "大邱大学校 観光経営学科　金　敏秀"), read_alike("두 도시의 협력", "大邱大学校")
    (9, 0)
    """
    words = _HANGUL_WORD.findall(hangul)
    runs = [[_readings(c) for c in run] for run in _IDEOGRAPHS.findall(ideographs)]
    covered = 0
    for word in words:
        best = [False] * len(word)
        for run in runs:
            # the longest common stretch at each pair of starts, as in a longest-common-substring table
            previous = [0] * (len(run) + 1)
            for i, syllable in enumerate(word):
                current = [0] * (len(run) + 1)
                for j, readings in enumerate(run):
                    if syllable in readings:
                        current[j + 1] = previous[j] + 1
                        if current[j + 1] >= MIN_READ_RUN:
                            for k in range(i - current[j + 1] + 1, i + 1):
                                best[k] = True
                previous = current
        covered += sum(best)
    return covered
