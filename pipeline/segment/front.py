"""A talk's front matter: city, title, subtitle and speaker, in Japanese and English.

The Japanese paper opens with the city line, the title, an optional subtitle
wrapped in wave dashes (``～…～``; in a damaged dump the dashes may be lost
glyphs at both ends), and the speaker line (affiliation ending in a title word
such as 部長, then the name). The English deck opens with a cover: the title,
an optional ``~…~`` subtitle and lines that only name the city
(``CITY OF KITAKYUSHU``, ``Kumamoto City``).

The city's English name is found, not guessed: Sudachi's reading of the
Japanese name is romanised and looked for among the English words of the
talk; the talk id is that word in lower case (a slug of the romanisation when
the English text does not have it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import GAP, Evidence, Hint, Text
from pipeline.names import JOB_TITLE_RE
from pipeline.ids import slug
from pipeline.kana import hepburn, plain_spellings
from pipeline.segment.talks import MUNICIPALITY_SUFFIXES

WAVE_DASHES = "～~〜"
_CITY_WORDS = {"city", "of", "the", "municipality", "metropolitan", "prefecture", "town", "village"}


def _tokenizer():
    """The process's one mode-C Sudachi tokenizer (shared with restore and structure)."""
    from pipeline.sudachi import tokenizer

    return tokenizer("C")


def reading(text: str) -> str:
    """Sudachi's katakana reading of ``text``.

    >>> reading("北九州")
    'キタキュウシュウ'
    """
    return "".join(m.reading_form() for m in _tokenizer().tokenize(text))


def city_stem(name: str) -> str:
    """The city name without its municipality suffix.

    >>> city_stem("北九州市"), city_stem("東京都")
    ('北九州', '東京')
    """
    if len(name) > 1 and name[-1] in MUNICIPALITY_SUFFIXES:
        return name[:-1]
    return name


def romaji_spellings(name_ja: str) -> list[str]:
    """Likely English spellings of a Japanese city name, from its reading.

    >>> romaji_spellings("熊本市")
    ['kumamoto']
    """
    return plain_spellings(hepburn(reading(city_stem(name_ja))))


_WORD = re.compile(r"[A-Za-z]+")


def find_city_en(name_ja: str, english: list[Text]) -> tuple[Text | None, str]:
    """The first English occurrence of the city's name, and the talk id.

    A capitalised occurrence (``Kitakyushu``) is preferred over an all-caps one
    (``KITAKYUSHU``); without any, the id is a slug of the romanised reading.

    >>> t, ident = find_city_en("北九州市", [Text.from_raw("CITY OF KITAKYUSHU", 5), Text.from_raw("Kitakyushu’s Sister Cities", 9)])
    >>> t.text, ident, t.origin[0]
    ('Kitakyushu', 'kitakyushu', (9, 0))
    >>> find_city_en("熊本市", [Text.from_raw("Thank you", 1)])
    (None, 'kumamoto')
    """
    spellings = romaji_spellings(name_ja)
    found: Text | None = None
    for line in english:
        for m in _WORD.finditer(line.text):
            if m.group().lower() in spellings:
                candidate = line[m.start():m.end()]
                if found is None or (found.text.isupper() and not candidate.text.isupper()):
                    found = candidate
                if not found.text.isupper():
                    return found, slug(found.text)
    if found is not None:
        return found, slug(found.text)
    return None, slug(spellings[0]) if spellings and spellings[0] else ""


def is_city_only_line(text: str, spellings: list[str]) -> bool:
    """A line that only names the city (``CITY OF KITAKYUSHU``, ``Kumamoto City``).

    >>> is_city_only_line("CITY OF KITAKYUSHU", ["kitakyushu"]), is_city_only_line("Kitakyushu’s Cross-boundary", ["kitakyushu"])
    (True, False)
    """
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and any(w in spellings for w in words) and all(w in spellings or w in _CITY_WORDS for w in words)


def is_wrapped_subtitle(text: str) -> bool:
    """A subtitle line: wrapped in wave dashes, or in lost glyphs where the dashes were.

    >>> is_wrapped_subtitle("～豊かな自然環境～"), is_wrapped_subtitle("~Abundant Nature~")
    (True, True)
    >>> is_wrapped_subtitle("\\ufffd豊かな自然環境、歴史・文化と都市戦略\\ufffd"), is_wrapped_subtitle("熊本市\\ufffd\\ufffd情報部長")
    (True, False)
    """
    s = text.strip()
    if len(s) < 3:
        return False
    marks = WAVE_DASHES + GAP
    return s[0] in marks and s[-1] in marks and (s[0] != GAP or s[-1] != GAP or GAP not in s[1:-1])


@dataclass(frozen=True)
class SpeakerSplit:
    affiliation: Text | None
    name: Text | None


def split_speaker(line: Text) -> SpeakerSplit:
    """Affiliation up to and including the last title word (部長, 局長 …), then the name.

    Lost glyphs in the name stay as they are: a name is never guessed.

    >>> s = split_speaker(Text.from_raw("北九州市企\\ufffd\\ufffd化\\ufffd国際部長 \\ufffd原 \\ufffd\\ufffd", 9))
    >>> s.affiliation.text, s.name.text
    ('北九州市企��化�国際部長', '�原 ��')
    >>> split_speaker(Text.from_raw("東西大学 山田 太郎", 1)).name.text
    '山田 太郎'
    """
    text = line.text
    role_end = None
    for m in JOB_TITLE_RE.finditer(text):
        rest = text[m.end():].strip()
        if rest and len(rest.replace(" ", "").replace("\u3000", "")) <= 10:
            role_end = m.end()
    if role_end is None:
        space = re.search(r"[\s\u3000]", text.strip())
        if space is None:
            return SpeakerSplit(None, None)
        role_end = len(text) - len(text.lstrip()) + space.start()
    return SpeakerSplit(line[:role_end].strip(), line[role_end:].strip() or None)


def is_speaker_line(text: str) -> bool:
    """A speaker line: a title word followed by a short name, or failing that a
    short line of two or three space-separated parts (affiliation, family and
    given name) that is neither a sentence nor a numbered heading.

    >>> is_speaker_line("熊本市\\ufffd\\ufffd情報部長 \\ufffd本 \\ufffd"), is_speaker_line("熊本市のあらまし")
    (True, False)
    >>> is_speaker_line("東西大学　山田　太郎"), is_speaker_line("1．はじめに 本文")
    (True, False)
    """
    for m in JOB_TITLE_RE.finditer(text):
        rest = text[m.end():].strip()
        if rest and len(rest.replace(" ", "")) <= 10 and not rest.endswith("。"):
            return True
    s = text.strip()
    parts = re.split(r"[\s\u3000]+", s)
    return (
        2 <= len(parts) <= 4
        and len(s) <= 40
        and not s.endswith(("。", "．"))
        and not re.match(r"^[0-9０-９(（第\ufffd]", s)
        and len(parts[-1]) <= 4
    )


def subtitle_hints(subtitle_ja: Text, subtitle_en: Text | None) -> list[Hint]:
    """Lost glyphs at both ends of a Japanese subtitle, when the English subtitle is wrapped in ``~``.

    The English cover keeps the wave dashes the Japanese line lost, so the
    gaps are most likely ``～``; restore weighs this with its other evidence.
    """
    if subtitle_en is None or not subtitle_en.text.strip() or subtitle_en.text.strip()[0] not in WAVE_DASHES:
        return []
    hints = []
    en_line = subtitle_en.first_pos()[0] if subtitle_en.first_pos() else 0
    for index in (0, len(subtitle_ja) - 1):
        pos = subtitle_ja.origin[index]
        if subtitle_ja.text[index] == GAP and pos is not None:
            hints.append(
                Hint(pos[0], pos[1], 1, ("～",), Evidence("bilingual", f"the English subtitle at line {en_line} is wrapped in ~…~"))
            )
    return hints
