"""A city's English name, found in the talk's own English text, with the evidence that ties the two.

Two kinds of evidence, tried in order, each recorded:

* **reading**: Sudachi's reading of the name without its municipality suffix
  is romanised (北九州 → キタキュウシュウ → ``kitakyushu``) and compared by sound
  with the English words (:func:`pipeline.kana.sounds_alike`: ダイレン ↔ ``Dalian``);
* **gloss**: the name's EDICT glosses list the English word (釜山 → ``busan``,
  a Korean city Sudachi reads フザン).

A capitalised occurrence (``Kitakyushu``) is preferred over an all-caps one
(``KITAKYUSHU``). Without any, the city's English name stays null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import glosses
from pipeline.kana import hepburn, plain_spellings, romanize, sounds_alike
from pipeline.model import Text
from pipeline.segment.organisations import MUNICIPALITY_SUFFIXES

MIN_SOUND = 0.8
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z]")


def reading(text: str) -> str:
    """Sudachi's katakana reading of ``text``.

    >>> reading("北九州")
    'キタキュウシュウ'
    """
    from pipeline.sudachi import tokenizer

    return "".join(m.reading_form() for m in tokenizer("C").tokenize(text))


def city_stem(name: str) -> str:
    """The city name without its municipality suffix.

    >>> city_stem("北九州市"), city_stem("東京都"), city_stem("市")
    ('北九州', '東京', '市')
    """
    if len(name) > 1 and name[-1] in MUNICIPALITY_SUFFIXES:
        return name[:-1]
    return name


SUFFIX_READINGS = {"市": ("シ",), "町": ("チョウ", "マチ"), "村": ("ソン", "ムラ"), "区": ("ク",), "都": ("ト",),
                   "道": ("ドウ",), "府": ("フ",), "県": ("ケン",), "郡": ("グン",)}
"""How each municipality suffix reads, to cut it off the reading of a whole name."""


def stem_reading(name_ja: str) -> str:
    """The reading of a city name without its suffix, read as the whole name: the dictionary knows a place
    name as one word (呉市 クレシ) where the stem alone is read as another word (呉 ゴ, as in 呉服).

    >>> stem_reading("呉市"), stem_reading("北九州市"), stem_reading("大津")
    ('クレ', 'キタキュウシュウ', 'オオツ')
    """
    stem = city_stem(name_ja)
    if stem != name_ja:
        whole = reading(name_ja)
        for suffix in SUFFIX_READINGS.get(name_ja[-1], ()):
            if whole.endswith(suffix) and len(whole) > len(suffix):
                return whole[: -len(suffix)]
    return reading(stem)


def romaji_spellings(name_ja: str) -> list[str]:
    """Likely English spellings of a Japanese city name, from its reading (:func:`stem_reading`).

    >>> romaji_spellings("熊本市"), romaji_spellings("呉市")
    (['kumamoto'], ['kure'])
    """
    return plain_spellings(hepburn(stem_reading(name_ja)))


@dataclass(frozen=True)
class CityName:
    """The English name found (a view into an English line), the spellings it answers to, and why."""

    text: Text | None
    spellings: tuple[str, ...]
    how: str | None = None  # "reading" or "gloss"
    detail: str | None = None  # what a person can check


def _where(t: Text) -> str:
    pos = t.first_pos()
    return f"line {pos[0]}" if pos else "the English text"


def find_city_en(name_ja: str, english: list[Text]) -> CityName:
    """The first good English occurrence of the city's name, the spellings that name it, and the evidence.

    >>> c = find_city_en("北九州市", [Text.from_raw("CITY OF KITAKYUSHU", 5), Text.from_raw("Kitakyushu’s Sister Cities", 9)])
    >>> c.text.text, c.text.origin[0], c.how
    ('Kitakyushu', (9, 0), 'reading')
    >>> find_city_en("釜山広域市", [Text.from_raw("Busan Metropolitan City", 3)]).detail
    '釜山 is glossed busan in EDICT; Busan at line 3'
    >>> find_city_en("熊本市", [Text.from_raw("Thank you", 1)]).text is None
    True
    """
    stem = city_stem(name_ja)
    said = stem_reading(name_ja)
    sound = romanize(said)
    spellings = set(romaji_spellings(name_ja))
    stems = [stem] + ([stem[:-2]] if stem.endswith("広域") else []) + [stem[:k] for k in range(len(stem) - 1, 1, -1)]
    gloss_words = {}
    for s in stems:
        for w in glosses.english_words(s):
            gloss_words.setdefault(w, s)
        if gloss_words:
            break

    def judge(word: str, by_sound: bool) -> tuple[str, str] | None:
        low = word.lower()
        if low in spellings:
            return "reading", f"{stem} reads {said}, spelled {low}"
        if low in gloss_words:
            return "gloss", f"{gloss_words[low]} is glossed {low} in EDICT"
        if by_sound and sound and sounds_alike(sound, word) >= MIN_SOUND:
            return "reading", f"{stem} reads {said} ({sound}), which sounds like {word}"
        return None

    best: tuple[int, Text, str, str] | None = None  # (rank, word, kind, detail)
    for by_sound in (False, True):  # spelled as read or glossed first; by sound only when nothing is
        for line in english:
            for m in _WORD.finditer(line.text):
                word = m.group()
                if not word[0].isupper() or (best is not None and best[0] == 0):
                    continue
                verdict = judge(word, by_sound)
                if verdict is None:
                    continue
                rank = 1 if word.isupper() and len(word) > 1 else 0
                if best is None or rank < best[0]:
                    candidate = line[m.start():m.end()]
                    best = (rank, candidate, verdict[0], f"{verdict[1]}; {word} at {_where(candidate)}")
            if best is not None and best[0] == 0:
                break
        if best is not None:
            break
    names = tuple(sorted(spellings | set(gloss_words)))
    if best is None:
        return CityName(None, names)
    found = best[1]
    return CityName(found, tuple(sorted(set(names) | {found.text.lower()})), best[2], best[3])


def is_city_only_line(text: str, spellings: tuple[str, ...] | list[str]) -> bool:
    """A line that only names the city (``CITY OF KITAKYUSHU``, ``Kumamoto City``).

    >>> is_city_only_line("CITY OF KITAKYUSHU", ["kitakyushu"]), is_city_only_line("Kitakyushu’s Cross-boundary", ["kitakyushu"])
    (True, False)
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    city_words = {"city", "of", "the", "municipality", "metropolitan", "prefecture", "town", "village"}
    return bool(words) and any(w in spellings for w in words) and all(w in spellings or w in city_words for w in words)


_MUNICIPALITY_EN = re.compile(
    r"^(?:(?i:city|town|village|prefecture)\s+(?i:of)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?i:city|town|village|prefecture))$"
)


def is_municipality_en(text: str) -> bool:
    """A line that only names a municipality in English (``Hakodate City``, ``CITY OF KITAKYUSHU``), whatever
    the city: a deck's cover label, never its title. (:func:`is_city_only_line` checks a known city's spellings.)

    >>> is_municipality_en("Hakodate City"), is_municipality_en("City of Kitakyushu"), is_municipality_en("Cruise Ports of the Northern Sea")
    (True, True, False)
    >>> is_municipality_en("International Exchange of a City of Peace"), is_municipality_en("the old town")
    (False, False)
    """
    return _MUNICIPALITY_EN.match(text.strip()) is not None


def name_spellings(name_ja: str) -> frozenset[str]:
    """Likely English spellings of each part of a Japanese person's name, from its reading (``小野寺 健一`` →
    onodera, kenichi…); empty when a part has lost glyphs.

    >>> sorted(name_spellings("佐藤 一郎"))
    ['ichiro', 'ichirou', 'sato', 'satou']
    """
    parts = name_ja.replace("\u3000", " ").split()
    if not parts or any("\ufffd" in p for p in parts):
        return frozenset()
    return frozenset(sp for part in parts for sp in plain_spellings(hepburn(reading(part))))


def names_the_speaker(text: str, spellings: frozenset[str]) -> bool:
    """A line that is the speaker's name in English (``Kenichi Onodera``): two words or more, each a spelling
    of a part of the Japanese name.

    >>> names_the_speaker("Ichiro Sato", name_spellings("佐藤 一郎")), names_the_speaker("Sato Port", name_spellings("佐藤 一郎"))
    (True, False)
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return len(words) >= 2 and all(w in spellings for w in words)