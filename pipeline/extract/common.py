"""What text dumps and PDFs share: line splitting, ``(cid:N)`` markers, the refusal of textless input."""

from __future__ import annotations

import hashlib
import re

from pipeline.errors import InputError
from pipeline.model import CID_RE, GAP, NOTDEF_CID, Marker



def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def split_lines(text: str) -> list[str]:
    r"""Split on ``\n`` (dropping a ``\r`` before it), like an editor counts lines.

    ``str.splitlines`` is not used: it also splits on form feeds and U+2028,
    which would make our line numbers disagree with every editor's.

    >>> split_lines("a\r\nb\n")
    ['a', 'b']
    """
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def mark_cids(lines: list[str], *, first_line: int = 1) -> tuple[list[str], list[Marker]]:
    """Replace each ``(cid:N)`` of a text dump by one :data:`GAP`, recording a marker.

    The marker keeps the raw column where ``(cid:N)`` starts and its whole
    spelling (``spelled``): raw positions after it still count the raw line's
    columns (:meth:`~pipeline.model.Extracted.raw_lines`).

    >>> lines, markers = mark_cids(["a(cid:12)b(cid:7)"])
    >>> lines, [(m.col, m.cid, m.raw, m.width) for m in markers]
    (['a\ufffdb\ufffd'], [(1, 12, '(cid:12)', 8), (10, 7, '(cid:7)', 7)])
    """
    out: list[str] = []
    markers: list[Marker] = []
    for lineno, line in enumerate(lines, start=first_line):
        if "(cid:" not in line:
            out.append(line)
            continue
        # a dump does not say the font's kind: its (cid:0) is taken for .notdef, never pooled with another place
        markers.extend(Marker(line=lineno, col=match.start(), cid=int(match.group(1)), raw=match.group(0), spelled=True,
                              notdef=int(match.group(1)) == NOTDEF_CID)
                       for match in CID_RE.finditer(line))
        out.append(CID_RE.sub(GAP, line))
    return out, markers


def lost_glyphs(spelling: str) -> int:
    """How many lost glyphs a gap's raw spelling holds: one per U+FFFD or ``(cid:N)``.

    >>> lost_glyphs("\ufffd\ufffd"), lost_glyphs("(cid:12)\ufffd(cid:7)")
    (2, 3)
    """
    return len(CID_RE.sub(GAP, spelling))


def refuse_textless(lines: list[str], *, name: str, size: int) -> None:
    """Refuse a document with nothing a later stage could rebuild.

    An empty file, white space only, or only lost-glyph marks (a dump whose
    every glyph was lost) would otherwise run through every stage and yield
    an empty talk folder that looks like success.

    >>> refuse_textless(["\ufffd\ufffd", " "], name="x.txt", size=8)
    Traceback (most recent call last):
    ...
    pipeline.errors.InputError: x.txt: lines 1–2: holds only lost-glyph marks (U+FFFD), so no text is left to rebuild — extract it again from the original PDF (python -m pipeline extract FILE.pdf), or remove x.txt
    """
    if not any(line.strip() for line in lines):
        what = "is empty (0 bytes)" if size == 0 else f"holds only white space ({size} bytes)"
        raise InputError(name, what, f"replace it with the real dump, or remove {name}")
    if not any(ch.strip() and ch != GAP for line in lines for ch in line):
        raise InputError(
            name,
            "holds only lost-glyph marks (U+FFFD), so no text is left to rebuild",
            f"extract it again from the original PDF (python -m pipeline extract FILE.pdf), or remove {name}",
            where=f"lines 1–{len(lines)}",
        )
