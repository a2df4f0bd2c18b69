"""Bilingual numbers: the talk's other language writes the same number.

A number lost on a slide (``○Established ２\ufffd\ufffd\ufffd``) is usually written in
the paper too (``2004 年``), and the other way round. The provider takes the
numbers of the other language's lines that fit the digits that survived, keeps
the surviving digits' width, and reports where each candidate stands. A number
the other language writes once, and that alone fits, is strong evidence;
several that fit leave the gap ambiguous.
"""

from __future__ import annotations

import functools
import re

from pipeline.chardata import FULLWIDTH_DIGITS, KATAKANA, TO_ASCII_DIGITS, TO_FULLWIDTH_DIGITS
from pipeline.model import GAP
from pipeline.restore.evidence.base import Document, Line, Proposal, Site
from pipeline.kana import fold_long_vowels, romanize, sounds_alike

_NUMBER = re.compile(r"(?<![0-9０-９.,])[0-9０-９]+(?![0-9０-９])")
_SLOT = f"[0-9０-９{GAP}]"


def number_slots(site: Site) -> tuple[str, int] | None:
    """The whole number the gap stands in, as slots, and the gap's offset in it.

    >>> number_slots(Site("○Established ２\\ufffd\\ufffd\\ufffd", 14, 17))
    ('２\\ufffd\\ufffd\\ufffd', 1)
    >>> number_slots(Site("a\\ufffdb", 1, 2)) is None
    True
    """
    head = re.search(f"{_SLOT}*$", site.text[: site.start]).group(0)
    tail = re.match(f"{_SLOT}*", site.text[site.end:]).group(0)
    slots = head + GAP * site.length + tail
    if not (head + tail).strip(GAP):
        return None  # no surviving digit: nothing says this is a number
    return slots, len(head)


def numbers_in(lines: list[Line]) -> dict[str, list[int]]:
    """ASCII form of each number written in ``lines`` → the line numbers where it stands."""
    found: dict[str, list[int]] = {}
    for ln in lines:
        for m in _NUMBER.finditer(ln.text):
            found.setdefault(m.group(0).translate(TO_ASCII_DIGITS), []).append(ln.number)
    return found


def propose(site: Site, doc: Document, english: bool) -> list[Proposal]:
    """Numbers of the other language that fit the surviving digits.

    >>> doc = Document.from_text("2004 年に発足した。1998 年に\\n○Established ２\\ufffd\\ufffd\\ufffd")
    >>> [(p.fill, p.detail) for p in propose(Site(doc.scopes[0][1][1].text, 14, 17, line=2), doc, True)]
    [('００４', '2004 in the Japanese text at line 1')]
    """
    got = number_slots(site)
    if got is None:
        return unit_numbers(site, doc) if not english else []
    slots, offset = got
    other = doc.japanese if english else doc.english
    pattern = "".join("." if c == GAP else c.translate(TO_ASCII_DIGITS) for c in slots)
    full_width = any(c in FULLWIDTH_DIGITS for c in slots)
    fitting = sorted((num, where) for num, where in numbers_in(other).items() if re.fullmatch(pattern, num))
    shared = _shared_names(site, doc, fitting) if english and len(fitting) > 1 else {}
    proposals = []
    for num, where in fitting:
        fill = num[offset: offset + site.length]
        if full_width:
            fill = fill.translate(TO_FULLWIDTH_DIGITS)
        lang = "Japanese" if english else "English"
        names, margin = shared.get(num, ((), 0))
        detail = f"{num} in the {lang} text at line{'s' if len(where) > 1 else ''} {', '.join(map(str, where[:5]))}"
        if names:
            detail += f"; beside names the slide shares ({', '.join(names)})"
        proposals.append(Proposal(
            fill=fill, kind="bilingual", detail=detail,
            features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(fitting) == 1 else 0.0,
                      "bilingual_context": float(margin)},
        ))
    return proposals


UNIT_NUMBERS = (
    ("割", re.compile(r"(?<![0-9.,])([1-9])0\s?(?:%|percent|per cent)"), "{0}0%"),
    ("％", re.compile(r"(?<![0-9.,])([0-9]{1,3})\s?(?:%|percent|per cent)"), "{0}%"),
    ("%", re.compile(r"(?<![0-9.,])([0-9]{1,3})\s?(?:%|percent|per cent)"), "{0}%"),
    ("倍", re.compile(r"(?<![0-9.,])([0-9]{1,2})(?:\s?times|-fold)", re.IGNORECASE), "{0} times"),
)
"""A Japanese unit after a number and how the English writes that number (割 is tenths: 約7割 is *about 70%*):
``(unit, pattern whose group 1 is the Japanese number's digits, how the English is quoted)``."""


def unit_numbers(site: Site, doc: Document) -> list[Proposal]:
    """A whole number lost before a unit (``約\\ufffd割``, ``\\ufffd倍``, no digit surviving) that the talk's English
    writes in its own unit (*about 70%*, *3 times*): the numbers of the gap's width it gives, each with where.

    >>> doc = Document.from_text("フェリー貨物が全体の約\\ufffd割を占める。\\nFerry cargo: about 70% of the total")
    >>> [(p.fill, p.detail) for p in unit_numbers(Site(doc.scopes[0][1][0].text, 11, 12, line=1), doc)]
    [('7', '70% in the English text at line 2 (割: tenths)')]
    """
    after = site.text[site.end:site.end + 1]
    if bilingual_slots_blocked(site) or not after:
        return []
    out: dict[str, list] = {}
    for unit, pattern, quote in UNIT_NUMBERS:
        if after != unit:
            continue
        for ln in doc.english:
            for m in pattern.finditer(ln.text):
                digits = m.group(1)
                if len(digits) == site.length:
                    out.setdefault(digits, [quote.format(digits), unit, []])[2].append(ln.number)
    full_width = any(c in FULLWIDTH_DIGITS for c in site.text)
    proposals = []
    for digits, (quoted, unit, where) in sorted(out.items()):
        fill = digits.translate(TO_FULLWIDTH_DIGITS) if full_width else digits
        why = " (割: tenths)" if unit == "割" else ""
        detail = f"{quoted} in the English text at line{'s' if len(where) > 1 else ''} {', '.join(map(str, where[:5]))}{why}"
        proposals.append(Proposal(fill=fill, kind="bilingual", detail=detail,
                                  features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(out) == 1 else 0.0,
                                            "bilingual_context": 0.0}))
    return proposals


def bilingual_slots_blocked(site: Site) -> bool:
    """A digit survives beside the gap (:func:`number_slots` reads it), or a digit is just before it: not a whole
    number lost."""
    return number_slots(site) is not None or site.text[site.start - 1:site.start].translate(TO_ASCII_DIGITS).isdigit()


ENGLISH_SPAN = 12
"""Lines around an English gap taken as its slide."""
PASSAGE_LINES = 12
"""At most this many Japanese lines after a number (and a quarter of it before) form its passage."""


def passage(lines: list[Line], at: int) -> list[Line]:
    """The Japanese lines around raw line ``at``, within its section (headings bound it).

    >>> ls = [Line("１．港", 1), Line("2004 年に", 2), Line("福岡市と", 3), Line("２．山", 4), Line("別の話", 5)]
    >>> [ln.number for ln in passage(ls, 2)]
    [2, 3]
    """
    from pipeline.numbering import heading_shaped

    idx = next((i for i, ln in enumerate(lines) if ln.number >= at), len(lines))
    out = []
    for i in range(idx, min(len(lines), idx + PASSAGE_LINES)):
        if i > idx and heading_shaped(lines[i].text):
            break
        out.append(lines[i])
    for i in range(idx - 1, max(-1, idx - PASSAGE_LINES // 4 - 1), -1):
        if heading_shaped(lines[i].text):
            break
        out.insert(0, lines[i])
    return out


def _shared_names(site: Site, doc: Document, fitting) -> dict[str, tuple[tuple[str, ...], int]]:
    """For each fitting number: the names its Japanese passage shares with the gap's slide, and its lead.

    Names cross languages by sound (福岡市 → ``Fukuoka``), so the passage of
    the paper a slide translates shares its place and organisation names; the
    number standing in that passage is the one the slide lost. The lead is how
    many more names it shares than the next best number (0 for all but one).
    """
    words = {fold_long_vowels(w) for ln in doc.english if abs(ln.number - site.line) <= ENGLISH_SPAN
             for w in re.findall(r"[A-Za-z]{4,}", ln.text)}
    scores: dict[str, tuple[str, ...]] = {}
    for num, where in fitting:
        best: tuple[str, ...] = ()
        for at in where:
            names = set()
            for ln in passage(doc.japanese, at):
                names |= name_readings(ln.text)
            common = tuple(sorted(names & words))
            if len(common) > len(best):
                best = common
        scores[num] = best
    result = {}
    for num, names in scores.items():
        others = max((len(v) for k, v in scores.items() if k != num), default=0)
        result[num] = (names, max(0, min(3, len(names) - others)))
    return result


@functools.lru_cache(maxsize=4096)
def name_readings(text: str) -> frozenset[str]:
    """Romanised readings of the proper nouns in a Japanese line (Sudachi's reading form).

    >>> sorted(name_readings("福岡市と下関市"))
    ['fukuoka', 'shimonoseki']
    """
    from sudachipy import SplitMode

    from pipeline.restore import resources

    found = set()
    # short units: 福岡市 → 福岡 + 市, as the English spelling has it
    for m in resources.tokenizer().tokenize(text.replace(GAP, " "), SplitMode.A):
        if m.part_of_speech()[1] == "固有名詞":
            roman = romanize(m.reading_form())
            if len(roman) >= 4:
                found.add(roman)
    return frozenset(found)


def katakana_readings(text: str) -> set[str]:
    """Romanised katakana words and proper nouns of a line (ハイフォン → ``haifon``)."""
    found = set(name_readings(text))
    for run in re.findall(f"[{KATAKANA}]{{3,}}", text):
        roman = romanize(run)
        if len(roman) >= 4:
            found.add(roman)
    return found
