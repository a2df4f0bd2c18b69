"""What text dumps and PDFs share: line splitting, ``(cid:N)`` markers, the refusal of textless input."""

from __future__ import annotations

import hashlib
import re

from pipeline.errors import InputError
from pipeline.model import GAP, Marker

CID_RE = re.compile(r"\(cid:(\d+)\)")


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
    """Replace each ``(cid:N)`` by one :data:`GAP`, recording a marker.

    >>> mark_cids(["a(cid:12)b"])
    (['a\\ufffdb'], [Marker(line=1, col=1, cid=12, raw='(cid:12)', font=None)])
    """
    out: list[str] = []
    markers: list[Marker] = []
    for lineno, line in enumerate(lines, start=first_line):
        if "(cid:" not in line:
            out.append(line)
            continue
        pieces: list[str] = []
        pos = 0
        col = 0
        for match in CID_RE.finditer(line):
            before = line[pos:match.start()]
            pieces.append(before)
            col += len(before)
            markers.append(Marker(line=lineno, col=col, cid=int(match.group(1)), raw=match.group(0)))
            pieces.append(GAP)
            col += 1
            pos = match.end()
        pieces.append(line[pos:])
        out.append("".join(pieces))
    return out, markers


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
