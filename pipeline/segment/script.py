"""Which writing system a line is in, decided by counting characters.

The paper is Japanese and the slides are English; a line is classified by the
share of kana/kanji against Latin letters, never by guessing from position.
Characters of neither kind (digits, punctuation, lost glyphs, Cyrillic) do not
vote, so a page number or a line of lost glyphs is ``neutral``.
"""

from __future__ import annotations

import re

JA = "ja"
EN = "en"
NEUTRAL = "neutral"

_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u31f0-\u31ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]")


def script_counts(text: str) -> tuple[int, int]:
    """Count Japanese (kana, kanji) and Latin letters.

    >>> script_counts("北九州 Kitakyushu 10")
    (3, 10)
    """
    return len(_KANA_KANJI.findall(text)), len(_LATIN.findall(text))


def script_of(text: str) -> str:
    """``ja``, ``en`` or ``neutral``: whichever script has more letters in the line.

    >>> script_of("北九州市は、西日本")
    'ja'
    >>> script_of("Yellow Sea 2008")
    'en'
    >>> script_of("１１"), script_of("СПАСИБО")
    ('neutral', 'neutral')
    """
    ja, latin = script_counts(text)
    if ja > latin:
        return JA
    if latin > ja:
        return EN
    return NEUTRAL


def is_japanese(text: str) -> bool:
    """True when kana/kanji outnumber Latin letters.

    >>> is_japanese("環境部会"), is_japanese("Kitakyushu")
    (True, False)
    """
    return script_of(text) == JA


def is_english(text: str) -> bool:
    """True when Latin letters outnumber kana/kanji.

    >>> is_english("Thank you"), is_english("熊本市")
    (True, False)
    """
    return script_of(text) == EN
