"""A letter's set greeting (安否の挨拶): the word it wishes the reader is one of a closed few.

A Japanese letter or notice opens, after 拝啓 and the season's words, by wishing the reader well in a fixed frame:
``ますますご清栄のこととお喜び申し上げます``, ``時下ますますご健勝のこととお慶び申し上げます``, ``ご清祥にてお過ごしのことと
存じます``. The word in the frame is one of a few the style guides list (清栄, 清祥, 健勝, 隆盛 …); the character model and
the lexicon, counted from other prose, read a lost glyph there by the commoner word (``ご清\\ufffd`` offered 掃, 清掃,
first: fresh-user trial 82c; ``ご健\\ufffd`` 康). Where the frame stands around the gap, the greeting words that fit its
surviving letters are offered first (:func:`greeting_hold`); never committed on the frame alone (no benchmark
measures it, and several words may fit: 清栄, 清祥, 清福).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.model import GAP

if TYPE_CHECKING:
    from pipeline.model import Repair

GREETING_WORDS = ("清栄", "清祥", "健勝", "隆盛", "隆昌", "盛栄", "繁栄", "発展", "清福", "多祥", "壮健", "活躍")
"""The words a letter's 安否の挨拶 wishes its reader (a person's health, a firm's prosperity), as letter-writing guides
list them, the commonest in letters first: the set phrases' words, not the sample's."""
_FRAME = re.compile(f"(?:ご|御)(?P<word>[^\\sのに、。]{{2}})(?:のこと|にて|の段|の由)(?P<rest>[^。]{{0,16}})")
_CLOSE = re.compile("(?:お|御)?(?:喜|慶|よろこ)び|存じ|拝察|大慶|何より")
"""What closes the frame: the writer's joy (お喜び申し上げます), belief (存じます) or guess (拝察いたします)."""
OPEN_ROW = "open: "  # (as pipeline.restore.OPEN_ROW: an open gap's row says why)


def greeting_fills(text: str, start: int, end: int) -> tuple[str, list[str], list[str]] | None:
    """(the frame as written, the fills of ``text[start:end]`` that make a greeting word of :data:`GREETING_WORDS`,
    the words they make) where the gap stands inside the word of a letter's set greeting; else None.

    >>> greeting_fills("ますますご清\\ufffdのこととお喜び申し上げます。", 6, 7)[1:]
    (['栄', '祥', '福'], ['清栄', '清祥', '清福'])
    >>> greeting_fills("ご健\\ufffdのことと存じます", 2, 3)[1]
    ['勝']
    >>> greeting_fills("ご清\\ufffdのご協力をお願いします", 2, 3) is None
    True
    """
    for m in _FRAME.finditer(text):
        if not (m.start("word") <= start and end <= m.end("word")) or not _CLOSE.search(m.group("rest")):
            continue
        word = m.group("word")
        at, upto = start - m.start("word"), end - m.start("word")
        if set(word[at:upto]) != {GAP} or GAP in word[:at] + word[upto:]:
            return None
        words = [w for w in GREETING_WORDS if w[:at] == word[:at] and w[upto:] == word[upto:]]
        if not words:
            return None
        close = _CLOSE.search(m.group("rest"))
        return (text[m.start():m.start("rest") + close.end()], list(dict.fromkeys(w[at:upto] for w in words)),
                words)
    return None


def greeting_hold(text: str, r: "Repair") -> "Repair":
    """``r`` (the verdict on a gap of the line ``text``) with the fills a letter's set greeting allows offered first
    (:func:`greeting_fills`), each at the top candidate's score (the frame ranks them, it measures nothing), and a
    committed fill outside them held; a gap outside the frame, or already committed to a greeting's fill, unchanged.

    >>> from pipeline.model import Candidate, Repair
    >>> r = Repair(1, 6, "\\ufffd", None, "ambiguous", 0.5, (Candidate("掃", 0.23), Candidate("楚", 0.11)), ())
    >>> [c.text for c in greeting_hold("ますますご清\\ufffdのこととお喜び申し上げます。", r).candidates]
    ['栄', '祥', '福', '掃', '楚']
    """
    from pipeline.model import Candidate, Evidence

    found = greeting_fills(text, r.col, r.col + 1) if len(r.original) == 1 else None
    if found is None or (r.restored is not None and r.restored in found[1]):
        return r
    frame, fills, words = found
    # (the model's order among the fills where it ranks them, else the list's: ご清\ufffd's 祥 may stand above 栄)
    ranked = {c.text: c.score for c in r.candidates}
    fills = sorted(fills, key=lambda f: -ranked.get(f, 0.0))
    top = r.candidates[0].score if r.candidates else 0.0
    offered = [Candidate(f, top) for f in fills] + [c for c in r.candidates if c.text not in fills]
    detail = (f"a letter's set greeting ({frame}…): its word is one of the few the frame takes "
              f"({'、'.join(words)}); "
              "offered first, never committed on the frame alone")
    if r.restored is not None:
        return replace(r, restored=None, status="ambiguous", candidates=tuple(offered),
                       evidence=r.evidence + (Evidence("lexicon", OPEN_ROW + detail),))
    return replace(r, candidates=tuple(offered), evidence=r.evidence + (Evidence("lexicon", detail),))
