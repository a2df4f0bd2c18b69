"""Character facts every stage shares, built once: script classes, width tables, scripts of a line.

Like ``ftfy.chardata``: the one place where "what is a Japanese letter",
"which digits are full-width" and "how wide is this in a monospaced layout"
are decided; every other module imports them from here. Ranges are Unicode
blocks (Unicode 15.1, chapter 18 "East Asia"):

* Hiragana U+3041–3096 and its iteration marks U+309D–309F;
* Katakana U+30A1–30FA, the prolonged-sound mark U+30FC and the iteration
  marks U+30FD–30FF; Katakana Phonetic Extensions U+31F0–31FF;
* ideographs: 々 U+3005, 〇 U+3007, CJK Unified Ideographs U+4E00–9FFF and
  Extension A U+3400–4DBF, CJK Compatibility Ideographs U+F900–FAFF.

Punctuation (、。「」（）・) is deliberately not a letter: an English slide line
may carry a stray ``、`` and is still English. Kangxi radicals (U+2F00–2FDF)
and CJK radicals (U+2E80–2EFF) are not letters either: they are extraction
damage that the clean stage maps to unified ideographs.
"""

from __future__ import annotations

import re
import unicodedata

HIRAGANA = "\u3041-\u3096\u309d-\u309f"
"""Regex class body: hiragana letters and iteration marks."""

KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
"""Regex class body: katakana letters, prolonged-sound and iteration marks, phonetic extensions."""

KANJI = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Regex class body: ideographs (with 々 and 〇)."""

JA_LETTER = HIRAGANA + KATAKANA + KANJI
"""Regex class body: every Japanese letter (kana and kanji), no punctuation."""

JA_LETTER_RE = re.compile(f"[{JA_LETTER}]")
KANA_RE = re.compile(f"[{HIRAGANA}{KATAKANA}]")
HIRAGANA_RE = re.compile(f"[{HIRAGANA}]")
KATAKANA_RE = re.compile(f"[{KATAKANA}]")
KANJI_RE = re.compile(f"[{KANJI}]")

LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\uff21-\uff3a\uff41-\uff5a"
"""Regex class body: Latin letters, accented (Latin-1 Supplement and Latin Extended-A/B, without × and ÷) and full-width ones included."""

LATIN_RE = re.compile(f"[{LATIN}]")

FULLWIDTH_DIGITS = "０１２３４５６７８９"
TO_FULLWIDTH_DIGITS = str.maketrans("0123456789", FULLWIDTH_DIGITS)
TO_ASCII_DIGITS = str.maketrans(FULLWIDTH_DIGITS, "0123456789")
DIGITS = "0123456789" + FULLWIDTH_DIGITS
"""ASCII and full-width digits (the two widths a heading number comes in)."""

FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
"""Regex class body: full-width ASCII digits and letters (``ＡＣＴＩＯＮ``, ``１０``)."""

JA = "ja"
EN = "en"
NEUTRAL = "neutral"


def is_ja_letter(ch: str) -> bool:
    """True for one kana or kanji.

    >>> is_ja_letter("々"), is_ja_letter("ー"), is_ja_letter("、"), is_ja_letter("A")
    (True, True, False, False)
    """
    return JA_LETTER_RE.match(ch) is not None


def has_japanese(text: str) -> bool:
    """True when the text holds at least one kana or kanji.

    >>> has_japanese("人口 100 万"), has_japanese("Dalian、Qingdao"), has_japanese("（2008）")
    (True, False, False)
    """
    return JA_LETTER_RE.search(text) is not None


def is_hiragana(ch: str) -> bool:
    """True for one hiragana letter or iteration mark.

    >>> is_hiragana("の"), is_hiragana("ノ")
    (True, False)
    """
    return HIRAGANA_RE.match(ch) is not None


def script_counts(text: str) -> tuple[int, int]:
    """Count Japanese letters and Latin letters.

    >>> script_counts("北九州 Kitakyushu 10")
    (3, 10)
    """
    return len(JA_LETTER_RE.findall(text)), len(LATIN_RE.findall(text))


def script_of(text: str) -> str:
    """``ja``, ``en`` or ``neutral``: whichever script has more letters.

    Characters of neither kind (digits, punctuation, lost glyphs, Cyrillic)
    do not vote, so a page number or a line of lost glyphs is ``neutral``.

    >>> script_of("北九州市は、西日本"), script_of("Yellow Sea 2008")
    ('ja', 'en')
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
    """True when Japanese letters outnumber Latin ones.

    >>> is_japanese("環境部会"), is_japanese("Kitakyushu")
    (True, False)
    """
    return script_of(text) == JA


def is_english(text: str) -> bool:
    """True when Latin letters outnumber Japanese ones.

    >>> is_english("○Established ２\\ufffd\\ufffd\\ufffd"), is_english("研究成果 (1998)")
    (True, False)
    """
    return script_of(text) == EN


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced layout (East Asian Wide and Full-width = 2, UAX #11).

    A paper's hard wraps happen at a fixed width in columns, not characters,
    so ``人口 100 万`` and ``人口１００万`` fill a line differently.

    >>> display_width("ab国")
    4
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
