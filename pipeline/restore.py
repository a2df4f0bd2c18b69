"""Restore: fill lost glyphs from evidence, or say why not.

(Skeleton: every gap is reported as unresolved; the providers come with issue 5.)
"""

from __future__ import annotations

import re
from typing import Any

from .model import GAP, Repair, Restored, RestoredTalk, Segmented

GAP_RUN = re.compile(f"{GAP}+")


def find_gaps(text: str) -> list[tuple[int, int]]:
    """Maximal runs of lost glyphs, as ``(start, end)`` code-point offsets.

    >>> find_gaps("a\ufffd\ufffdb\ufffd")
    [(1, 3), (4, 5)]
    """
    return [m.span() for m in GAP_RUN.finditer(text)]


def restore(doc: Segmented) -> Restored:
    talks = []
    for talk in doc.talks:
        repairs = []
        seen = set()
        for piece in talk.texts():
            for start, end in find_gaps(piece.text):
                pos = piece.origin[start]
                if pos is None or pos in seen:
                    continue
                seen.add(pos)
                repairs.append(
                    Repair(line=pos[0], col=pos[1], original=piece.text[start:end], status="unresolved",
                           restored=None, confidence=0.0, candidates=(), evidence=())
                )
        repairs.sort(key=lambda r: (r.line, r.col))
        talks.append(RestoredTalk(talk=talk, repairs=tuple(repairs)))
    return Restored(source=doc.source, talks=tuple(talks), ledger=doc.ledger, markers=doc.markers,
                    unassigned=doc.unassigned)


def restore_text(text: str) -> dict[str, Any]:
    """The ``pipeline restore FILE|-`` contract: text with gaps in, JSON object out."""
    repairs = [
        {"start": s, "end": e, "original": text[s:e], "restored": None, "status": "unresolved",
         "confidence": 0.0, "candidates": [], "evidence": []}
        for s, e in find_gaps(text)
    ]
    return {"text": text, "repairs": repairs}
