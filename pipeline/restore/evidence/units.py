"""A lost glyph inside a Latin word or a unit glued into a Japanese line (issue 19, helper days81).

Japanese text writes Latin words, units and symbols glued to its own letters and to numbers: ``400m²``, ``Wi-Fiの``,
``25°Cの``, ``お米５㎏``. A glyph lost there (``400m\ufffd``, ``Wi-F\ufffd``, ``25\ufffdCの``, ``５\ufffd``) was offered
only the character model's kana and kanji, which reads the Japanese around it and knows no unit: fresh-user trial
80b's ``だし汁 400m\ufffd`` (ml), trial 80a's ``Wi-F\ufffd``. The rule (:func:`latin_slot`, :func:`unit_fills`):

- the slot: one lost glyph with a Latin letter, or a figure, glued on one side at least (an acronym's capitals alone
  are :mod:`.acronym`'s), in a line that holds Japanese;
- the fills: the characters that make the slot's *word* (the Latin letters and figures glued around the gap, any
  number standing for any number: ``400m\ufffd`` is ``<number>m\ufffd``) as the document writes it whole elsewhere
  (``1,200m²`` and ``150m²``: ², twice), and those that make a unit of the standard list (:data:`UNIT_WORDS`,
  :data:`UNIT_CHARACTERS`) from the letters around the gap (``m\ufffd`` → m², m³, mm, mg, ml…; ``\ufffdC`` → °C);
  a number alone before the gap (``５\ufffd``) counts the units the document writes after a number following the same
  Japanese letters (``お米10㎏``);
- a fill is committed only where the document writes the word whole with that one fill and no other, the word holding
  a Latin letter beside the gap (a number's unit alone, ``５\ufffd``, may be a counter as often: ``５袋``); otherwise the
  fills are offered beside the model's.

Only Latin letters and unit characters are proposed: a lost figure is the number rules' (:mod:`.numeric`), a Japanese
letter the model's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import GAP

UNIT_CHARACTERS = "°′″℃‰Å％%" + "㎜㎝㎞㎎㎏㏄㎡㍉㌔㌢㍍㌘㌧㌃㌶㍑㍗"
"""Characters that stand as a whole unit after a number. The first: JIS X 0208's row 1 (JIS X 0208:1997, 1-75 to
1-79, 1-83, 1-2-82 Å, 1-2-83 ‰: ° ′ ″ ℃, ％, ‰, Å); then the unit characters of the NEC special row 13 that CP932
(Windows-31J, Microsoft's Shift_JIS) adds and JIS X 0213:2004 plane 1 row 13 took over (㎜ ㎝ ㎞ ㎎ ㎏ ㏄ ㎡ and the
squared katakana ㍉ ㌔ ㌢ ㍍ ㌘ ㌧ ㌃ ㌶ ㍑ ㍗): the ones a Japanese document's unit after a number is written with."""

UNIT_WORDS = ("m", "cm", "mm", "km", "μm", "nm", "m²", "m³", "cm²", "cm³", "km²", "mm²", "ha", "a",
              "g", "mg", "kg", "μg", "t", "L", "l", "mL", "ml", "dL", "dl", "kL", "cc",
              "s", "ms", "min", "h", "Hz", "kHz", "MHz", "GHz", "W", "kW", "MW", "kWh", "Wh", "V", "kV", "mV", "A", "mA",
              "Pa", "hPa", "kPa", "MPa", "J", "kJ", "cal", "kcal", "N", "dB", "K", "°C", "°F", "%", "ppm", "ppb",
              "bps", "kbps", "Mbps", "Gbps", "B", "KB", "kB", "MB", "GB", "TB", "px", "dpi", "mmHg", "rpm")
"""Units written in Latin letters and signs after a number: the SI base and derived units and their common
prefixes (BIPM, *The International System of Units*, 9th edition 2019, tables 2, 4, 7 and 8: m, g, s, A, K, Hz, W, V,
Pa, J, N, °C, L, t, ha, min, h), with the non-SI ones Japanese notices write beside them (cc, kcal, dB, ppm, bps,
the bytes' B, mmHg, dpi, rpm)."""

_LATIN = "A-Za-zＡ-Ｚａ-ｚ"
_FIGURE = "0-9０-９"
_JAPANESE = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff々]")
_WORD_SIGNS = "\\-‐'’.&/²³°μ" + UNIT_CHARACTERS
"""Signs a Latin word or a unit holds inside (``Wi-Fi``, ``m²``, ``°C``)."""
_RUN_LEFT = re.compile(f"[{_LATIN}{_FIGURE}{_WORD_SIGNS},，]*$")
_RUN_RIGHT = re.compile(f"[{_LATIN}{_FIGURE}{_WORD_SIGNS}]*")
_NUMBER = re.compile(f"[{_FIGURE}]+(?:[,，.．/／][{_FIGURE}]+)*")
WORD_LONGEST = 12
"""Characters a slot's word holds at most (``Wi-F\ufffd``, ``kWh``): longer runs are code, addresses, identifiers."""
LEAD_LETTERS = 2
"""Japanese letters before a bare number that name what it counts (``お米５\ufffd``: the units after ``お米`` + a number)."""


@dataclass(frozen=True)
class LatinSlot:
    """A lost glyph glued to Latin letters or figures in a Japanese line: ``left`` and ``right`` the word's letters
    either side of the gap (``400m`` and ``""`` for ``400m\ufffd``), ``lead`` the Japanese letters before a bare number
    (``お米`` for ``お米５\ufffd``), ``letter`` whether a Latin letter stands beside the gap (not a number alone)."""

    left: str
    right: str
    lead: str
    letter: bool

    def shape(self) -> str:
        """The word as a pattern's text: any number for the number, the gap as a group (``<n>m(?)``)."""
        def part(text: str) -> str:
            out, at = [], 0
            for m in _NUMBER.finditer(text):
                out.append(re.escape(text[at:m.start()]))
                out.append(f"[{_FIGURE}]+(?:[,，.．/／][{_FIGURE}]+)*")
                at = m.end()
            out.append(re.escape(text[at:]))
            return "".join(out)
        return part(self.left) + "(.)" + part(self.right)

    def pattern(self) -> re.Pattern:
        """The word written whole elsewhere: the shape with any one character for the gap (no lost glyph), no Latin
        letter, figure or word sign glued around it; after a bare number, the same Japanese letters before it."""
        lead = re.escape(self.lead) if self.lead else f"(?<![{_LATIN}{_FIGURE}{_WORD_SIGNS}{GAP}])"
        return re.compile(f"{lead}{self.shape()}(?![{_LATIN}{_FIGURE}{_WORD_SIGNS}{GAP}])")


def latin_slot(text: str, start: int, end: int) -> LatinSlot | None:
    """The slot where the one lost glyph ``text[start:end]`` is glued to a Latin letter or a figure in a line that
    holds Japanese (None: no such slot). An acronym's capitals alone (``P\ufffdA``, ``US\ufffd``) are :mod:`.acronym`'s
    and give None; a figure on both sides (``1\ufffd5``) is a number's lost figure; a run longer than
    :data:`WORD_LONGEST` is no word.

    >>> s = latin_slot("面積400m\ufffd（4面）", 6, 7); (s.left, s.right, s.letter)
    ('400m', '', True)
    >>> s = latin_slot("気温は25\ufffdCの予報", 5, 6); (s.left, s.right)
    ('25', 'C')
    >>> s = latin_slot("お米５\ufffdを寄付", 3, 4); (s.lead, s.letter)
    ('お米', False)
    >>> latin_slot("本年度のP\ufffdA役員が", 5, 6) is None, latin_slot("12\ufffd34", 2, 3) is None
    (True, True)
    """
    if end - start != 1 or text[start] != GAP:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _JAPANESE.search(text, line_start, line_end):
        return None
    left = _RUN_LEFT.search(text, line_start, start).group(0).lstrip(",，")
    right = _RUN_RIGHT.match(text, end, line_end).group(0)
    if not (left or right) or len(left) + len(right) + 1 > WORD_LONGEST:
        return None
    near = (left[-1:] + right[:1])
    if not re.search(f"[{_LATIN}{_FIGURE}]", near):
        return None  # only a sign beside the gap (``-\ufffd``): a dash's, a bullet's
    if left[-1:] and re.match(f"[{_FIGURE}]", left[-1]) and right[:1] and re.match(f"[{_FIGURE}]", right[0]):
        return None  # between figures: a number's lost figure
    if re.fullmatch(f"[A-ZＡ-Ｚ]*", left) and re.fullmatch(f"[A-ZＡ-Ｚ]*", right):
        return None  # capitals alone: an acronym's (:mod:`.acronym`), or an English heading's
    letter = bool(re.match(f"[{_LATIN}]", near[:1] if left else " ") or re.match(f"[{_LATIN}]", right[:1] or " "))
    lead = ""
    if not letter:
        if right or not _NUMBER.fullmatch(left):
            return None  # a figure then signs, or a figure before the gap with letters after it: no unit's place
        before = text[line_start:start - len(left)]
        lead = before[-LEAD_LETTERS:] if len(before) >= LEAD_LETTERS and all(
            _JAPANESE.match(c) for c in before[-LEAD_LETTERS:]) else ""
        if not lead:
            return None  # a bare number with nothing it counts named before it: the model's (a counter, 年, 月)
    # a word of an English phrase in the line (``Univers\ufffdty de Lyon``) is the English rules'
    before = text[line_start:start - len(left)].rstrip(" \t　")
    after = text[end + len(right):line_end].lstrip(" \t　")
    if not re.search(f"[{_FIGURE}]", left + right) and (re.match(f"[{_LATIN}]", before[-1:] or " ")
                                                        or re.match(f"[{_LATIN}]", after[:1] or " ")):
        return None  # a number's unit stands among a spec's Latin words (``AC100V 50/60H\ufffd``); a word does not
    return LatinSlot(left, right, lead, letter)


def written_whole(slot: LatinSlot, document: str) -> dict[str, int]:
    """How often ``document`` writes the slot's word whole, by the character standing in the gap (Latin letters and
    unit characters only: ``{"²": 2}`` for ``400m\ufffd`` beside ``1,200m²`` and ``150m²``)."""
    found: dict[str, int] = {}
    for m in slot.pattern().finditer(document):
        fill = m.group(1)
        if _proposable(fill):
            found[fill] = found.get(fill, 0) + 1
    return found


def _proposable(fill: str) -> bool:
    return bool(re.fullmatch(f"[{_LATIN}²³°μ]", fill)) or fill in UNIT_CHARACTERS


def standard_fills(slot: LatinSlot) -> list[str]:
    """The characters that make a unit of :data:`UNIT_WORDS` with the letters glued around the gap after the number
    (``400m\ufffd`` → ², m, ³…; ``25\ufffdC`` → °), in the list's order, each once; none after a bare number
    (``５\ufffd``: a counter stands there as often as a unit, and only the document's own units are offered)."""
    number = _NUMBER.match(slot.left)
    after_number = slot.left[number.end():] if number and number.start() == 0 else None
    fills: list[str] = []
    if after_number is not None and len(after_number) <= 3:
        for word in UNIT_WORDS:
            n = len(after_number)
            if len(word) == n + 1 + len(slot.right) and word.startswith(after_number) and word.endswith(slot.right):
                fills.append(word[n])
        if not after_number and not slot.right:
            return []  # after a bare number a counter stands as often: only the units the document writes there
    seen: set[str] = set()
    return [f for f in fills if _proposable(f) and not (f in seen or seen.add(f))]


WRITTEN_SHARE = 0.9
"""The share of the fills' mass the words written whole in the document take (by their counts); the standard list's
fills share the rest, or all of it where none is written."""


def unit_fills(slot: LatinSlot, document: str) -> list[tuple[str, float, str]]:
    """The fills offered for the slot, each ``(fill, share, why)``, best first: those making the word the document
    writes whole (most written first, :data:`WRITTEN_SHARE` of the mass), then those making a unit of the standard
    list (:func:`standard_fills`, shared evenly). Shares sum to one at most; uncalibrated.

    >>> s = latin_slot("面積400m\ufffd（4面）", 6, 7)
    >>> [f for f, _, _ in unit_fills(s, "面積1,200m²\\n面積150m²\\n")][:4]
    ['²', 'm', '³', 'g']
    """
    written = written_whole(slot, document)
    total = sum(written.values())
    share = WRITTEN_SHARE if written else 0.0
    word = (slot.lead + slot.left, slot.right)
    fills = [(f, share * n / total, f"{word[0]}{f}{word[1]} written whole {n}×")
             for f, n in sorted(written.items(), key=lambda kv: (-kv[1], kv[0]))]
    rest = [f for f in standard_fills(slot) if f not in written]
    fills += [(f, (1.0 - share) / len(rest), f"{word[0]}{f}{word[1]}: a unit of the standard list") for f in rest]
    return fills


def settled(slot: LatinSlot, document: str) -> str | None:
    """The fill the document settles: the word (with a Latin letter beside the gap) written whole with one fill only;
    None where it writes none, or two (``400mm`` and ``400m²``), or the gap stands right after a figure (a lost figure
    fits there too: Wikinews' ``50\ufffdmに`` masked, 500m, had c from ``10cm``)."""
    if not slot.letter or re.search(f"[{_FIGURE}]$", slot.left):
        return None  # right after a figure a lost figure stands as often (``50\ufffdm``: 500m or 50cm; ``70\ufffdm``)
    written = written_whole(slot, document)
    return next(iter(written)) if len(written) == 1 else None
