"""A lost Latin capital of an acronym written inside Japanese (issue 19 point 6; helper jname78, fresh-user trial 77b).

Japanese text writes acronyms in Latin capitals glued to its own letters (``JAかみつが``, ``NPO法人``, ``PTA役員``,
``ＪＲ東日本``). A lost glyph glued to such capitals was offered only the model's kana and kanji (trial 77b's
``JAかみつが`` with its letters lost; ``P\ufffdA役員`` offered T beside の, 行, 、), which read Japanese around it and know no
acronym. The rule (:func:`acronym_slot`, :func:`acronym_fills`):

- one lost glyph between two capitals (``P\ufffdA``, ``N\ufffdO``) is a capital: only capitals are offered;
- one lost glyph between a capital and a Japanese letter (``J\ufffdかみつが``, ``Ｊ\ufffd東日本``) is a capital as
  often as a particle or a kanji (``JRの``, ``LED照明``): the capitals that make an acronym the document writes whole or
  Sudachi's lexicon holds are offered beside the model's fills;
- a capital is committed only where the document writes the acronym whole (one acronym fits, the same width), as
  repetition would, and the gap is between two capitals; otherwise offered.

Capitals are offered in the width of the capitals beside the gap (``Ｐ\ufffdＡ`` is offered fullwidth letters).
Measured on clean text in docs/restore.md (*Session 78, jname78*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import GAP

_CAPS = "A-Z"
_WIDE_CAPS = "\uff21-\uff3a"
_LATIN_OR_DIGIT = "A-Za-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19"
_JAPANESE = "\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff々"
"""Japanese letters: kana (with ー, not the middle dot ・), kanji."""
ACRONYM_LETTERS = 5
"""Letters an acronym holds at most, the lost one with them (``PDCA``, ``SASEBO`` is a word's)."""


@dataclass(frozen=True)
class AcronymSlot:
    """A lost glyph glued to Latin capitals: ``run`` the acronym with the gap (``P\ufffdA``), ``inside`` true where
    capitals stand on both sides of it, ``wide`` true where they are fullwidth (``Ｊ\ufffd``)."""

    run: str
    inside: bool
    wide: bool

    def capitals(self) -> str:
        """The capitals the gap may hold, in the width of the run's."""
        return "".join(chr(c) for c in range(0xFF21, 0xFF3B)) if self.wide else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def pattern(self) -> re.Pattern:
        """The acronym written whole with any capital of its width for the gap, no Latin letter nor digit around it."""
        caps = _WIDE_CAPS if self.wide else _CAPS
        body = "".join(f"([{caps}])" if ch == GAP else re.escape(ch) for ch in self.run)
        return re.compile(f"(?<![{_LATIN_OR_DIGIT}{GAP}]){body}(?![{_LATIN_OR_DIGIT}{GAP}])")


def acronym_slot(text: str, start: int, end: int) -> AcronymSlot | None:
    """The slot where the one lost glyph ``text[start:end]`` is glued to Latin capitals of one width (the capitals and
    the gap :data:`ACRONYM_LETTERS` at most, no other Latin letter, digit or lost glyph glued to them), a Japanese
    letter beside the run on one side at least (an acronym inside Japanese, not an English word's capitals), and,
    where the gap opens or closes the run, a Japanese letter on its other side; else ``None``.

    >>> s = acronym_slot("本年度のP\ufffdA役員が", 5, 6); (s.run, s.inside, s.wide)
    ('P\ufffdA', True, False)
    >>> s = acronym_slot("同市千渡のJ\ufffdかみつが", 6, 7); (s.run, s.inside)
    ('J\ufffd', False)
    >>> acronym_slot("THE C\ufffdT SAT", 5, 6) is None
    True
    """
    if end - start != 1 or text[start] != GAP:
        return None
    for caps, wide in ((_CAPS, False), (_WIDE_CAPS, True)):
        left = re.search(f"[{caps}]*$", text[:start]).group(0)
        right = re.match(f"[{caps}]*", text[end:]).group(0)
        if not (left or right):
            continue
        before = text[start - len(left) - 1: start - len(left)] if start - len(left) > 0 else ""
        after = text[end + len(right): end + len(right) + 1]
        if len(left) + len(right) + 1 > ACRONYM_LETTERS or re.match(f"[{_LATIN_OR_DIGIT}{GAP}]", before + " ") \
                or re.match(f"[{_LATIN_OR_DIGIT}{GAP}]", after + " "):
            return None
        if not re.match(f"[{_JAPANESE}]", before + " ") and not re.match(f"[{_JAPANESE}]", after + " "):
            return None
        if not (left and right) and not re.match(f"[{_JAPANESE}]", (after if left else before) + " "):
            return None  # at the run's edge the gap stands between the capitals and a Japanese letter: at a line's
            # start, after a mark or a space it is a bullet's, a bracket's or a space's as often (``・�ＴＭは``)
        return AcronymSlot(left + GAP + right, bool(left and right), wide)
    return None


def written_whole(slot: AcronymSlot, document: str) -> dict[str, int]:
    """How often ``document`` writes the slot's acronym whole, by the capital standing in the gap (``{"T": 3}`` for
    ``P\ufffdA`` beside PTA written three times)."""
    found: dict[str, int] = {}
    for m in slot.pattern().finditer(document):
        found[m.group(1)] = found.get(m.group(1), 0) + 1
    return found


CONTEXT_LETTERS = 6
"""Letters of the line each side of the acronym Sudachi's path cost reads (:func:`context_capitals`)."""
CONTEXT_SHOWN = 5
"""Capitals :func:`context_capitals` offers at most."""
COST_SCALE = 1000.0
"""Sudachi's path cost per e-fold of a capital's share (:func:`context_capitals`): a share for ranking, not calibrated."""


def context_capitals(slot: AcronymSlot, text: str, start: int) -> list[tuple[str, float]]:
    """The :data:`CONTEXT_SHOWN` capitals (in the slot's width) whose acronym reads best in its line to Sudachi (the
    lowest path cost of :data:`CONTEXT_LETTERS` letters each side, the acronym and the capital: ``のJAかみつが``,
    ``NPO法人``, ``ＪＲ東日本`` come first), each with its share ``exp(-(cost - best) / COST_SCALE)`` normalised over
    every capital. Sudachi's lexicon holds almost every run of two or three capitals, so the word alone tells none."""
    import math

    from pipeline.restore.resources import path_cost

    at = slot.run.index(GAP)
    begin, end = start - at, start - at + len(slot.run)
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    left = text[max(line_start, begin - CONTEXT_LETTERS): begin]
    right = text[end: min(line_end if line_end >= 0 else len(text), end + CONTEXT_LETTERS)]
    costs = sorted((path_cost(left + slot.run.replace(GAP, cap) + right), cap) for cap in slot.capitals())
    weights = [(cap, math.exp(-(cost - costs[0][0]) / COST_SCALE)) for cost, cap in costs]
    total = sum(w for _, w in weights)
    return [(cap, w / total) for cap, w in weights[:CONTEXT_SHOWN]]


WRITTEN_SHARE = 0.9
"""The share of the capitals' mass the acronyms written whole in the document take (by their counts); the capitals
reading best in the line share the rest, or all of it where none is written."""


def acronym_fills(slot: AcronymSlot, document: str, text: str, start: int) -> list[tuple[str, float, str]]:
    """The capitals offered for the slot (the lost glyph at ``text[start]``), each ``(capital, share, why)``, best
    first: those making an acronym ``document`` writes whole (most written first, :data:`WRITTEN_SHARE` of the mass),
    then those reading best in the line (:func:`context_capitals`). The shares sum to one at most; uncalibrated."""
    written = written_whole(slot, document)
    total = sum(written.values())
    share = WRITTEN_SHARE if written else 0.0
    fills = [(cap, share * n / total, f"{slot.run.replace(GAP, cap)} written whole {n}×")
             for cap, n in sorted(written.items(), key=lambda kv: (-kv[1], kv[0]))]
    fills += [(cap, (1.0 - share) * p, f"{slot.run.replace(GAP, cap)} reads best in its line to Sudachi")
              for cap, p in context_capitals(slot, text, start) if cap not in written]
    return fills
