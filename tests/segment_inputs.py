"""Cleaned records for segment tests, made without the clean stage.

The real cleaner (issue 3) is developed in parallel; these helpers build the
record its contract promises, crudely, so the segment stage can be tested on
its own: blank lines dropped, hard-wrapped Japanese lines joined (a wrapped
line in these dumps has no trailing space, a paragraph's last line has one),
full-width ASCII letters and digits made ASCII, and doubled page numbers
(``１１``, ``１０１０``, ``… ３３``) halved. Doubled text layers and ghost lines
are left alone: segment must survive them.
"""

from __future__ import annotations

import re

from pipeline.model import Cleaned, Extracted, SourceFile, Text
from pipeline.chardata import is_japanese

_DOUBLED_NUMBER = re.compile(r"^(.*?)([０-９]{1,3})\2$")


def _width(t: Text) -> Text:
    chars = [chr(ord(c) - 0xFEE0) if ("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ") else c for c in t.text]
    return Text("".join(chars), t.origin)


def _halve_page_number(t: Text) -> Text:
    m = _DOUBLED_NUMBER.match(t.text)
    if m and (not m.group(1) or m.group(1).endswith(" ")) and not is_japanese(t.text):
        return t[: m.end(2)]
    return t


def crude_clean(doc: Extracted) -> Cleaned:
    raw = doc.lines
    out: list[Text] = []
    joining = False
    for i, line in enumerate(doc.raw_lines()):
        t = _width(_halve_page_number(line.strip()))
        if not t.text:
            continue
        if joining and out and is_japanese(t.text):
            out[-1] = out[-1] + t
        else:
            out.append(t)
        joining = is_japanese(t.text) and not raw[i][-1:].isspace()
    return Cleaned(source=doc.source, lines=tuple(out), ledger=(), markers=doc.markers, line_count=len(raw))


def cleaned_from_text(text: str, name: str = "made-up.txt") -> Cleaned:
    """A made-up document, one cleaned line per non-blank line (already clean)."""
    lines = [Text.from_raw(s.strip(), line=i, col=len(s) - len(s.lstrip())) for i, s in enumerate(text.split("\n"), start=1)]
    return Cleaned(
        source=SourceFile(file=name, sha256="0" * 64, kind="txt"),
        lines=tuple(t for t in lines if t.text),
        ledger=(),
        line_count=len(text.split("\n")),
    )
