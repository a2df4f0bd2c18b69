"""Bilingual: the talk's other language says the same thing.

A number lost on a slide (``○Established ２\ufffd\ufffd\ufffd``) is usually written in
the paper too (``2004 年``), and the other way round. The provider takes the
numbers of the other language's lines that fit the digits that survived, keeps
the surviving digits' width, and reports where each candidate stands. A number
the other language writes once, and that alone fits, is strong evidence;
several that fit leave the gap ambiguous.
"""

from __future__ import annotations

import re

from ..model import GAP
from .base import Document, Line, Proposal, Site

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
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
            found.setdefault(m.group(0).translate(TO_ASCII), []).append(ln.number)
    return found


def propose(site: Site, doc: Document, english: bool) -> list[Proposal]:
    """Numbers of the other language that fit the surviving digits.

    >>> doc = Document.from_text("2004 年に発足した。1998 年に\\n○Established ２\\ufffd\\ufffd\\ufffd")
    >>> [(p.fill, p.detail) for p in propose(Site(doc.scopes[0][1][1].text, 14, 17, line=2), doc, True)]
    [('００４', '2004 in the Japanese text at line 1')]
    """
    got = number_slots(site)
    if got is None:
        return []
    slots, offset = got
    other = doc.japanese if english else doc.english
    pattern = "".join("." if c == GAP else c.translate(TO_ASCII) for c in slots)
    full_width = any(c in "０１２３４５６７８９" for c in slots)
    fitting = sorted((num, where) for num, where in numbers_in(other).items() if re.fullmatch(pattern, num))
    proposals = []
    for num, where in fitting:
        fill = num[offset: offset + site.length]
        if full_width:
            fill = fill.translate(FULLWIDTH)
        lang = "Japanese" if english else "English"
        proposals.append(Proposal(
            fill=fill, kind="bilingual",
            detail=f"{num} in the {lang} text at line{'s' if len(where) > 1 else ''} {', '.join(map(str, where[:5]))}",
            features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(fitting) == 1 else 0.0},
        ))
    return proposals
