"""Abstention: gaps that no evidence may fill, whatever the other providers propose.

A person's name after a title (``国際部長 \ufffd原 \ufffd\ufffd``) is exactly what a
dictionary would happily invent, and the talk's number in the proceedings
(``\ufffd\ufffd\ufffd北九州市``) follows nothing in the document. For these the
verdict is to leave the gap and say why.
"""

from __future__ import annotations

import re

from pipeline.model import GAP
from pipeline.names import HONORIFIC_RE, JOB_TITLE_RE

_TITLE = re.compile(f"(?:{JOB_TITLE_RE.pattern})[\\s　]+$")
_HONORIFIC_AFTER = re.compile(f"^[^\\s　]*?(?:{HONORIFIC_RE.pattern})")
PLACE_LINE = re.compile(f"^\\s*[{GAP}0-9０-９.．、\\s]*[^\\s{GAP}]{{1,8}}[市町村県区都府]\\s*$")


def is_person_name(left: str, right: str) -> bool:
    """The gap stands in a name: the token it is in follows a title and a space, or precedes an honorific.

    >>> is_person_name("札幌市経済観光局国際部長 ", "原 ")
    True
    >>> is_person_name("札幌市経済観光局国際部長 \ufffd原 ", "")
    True
    >>> is_person_name("熊本市の", "化と取り組み")
    False
    """
    head = re.split(r"[\s　]", left)[-1]
    before = left[: len(left) - len(head)]
    # the name may be two space-separated tokens (family name, given name)
    if _TITLE.search(before):
        return True
    stripped = before.rstrip()
    prev_token = re.split(r"[\s　]", stripped)[-1] if stripped else ""
    if prev_token and _TITLE.search(stripped[: len(stripped) - len(prev_token)]) and len(prev_token) <= 4:
        return True
    return bool(_HONORIFIC_AFTER.match(right)) and not re.search(r"[\s　]", right[:1]) and len(head) <= 4


def is_talk_number_line(text: str) -> bool:
    """A line that is only a number (maybe lost) before a place name: the talk's number in the proceedings.

    >>> is_talk_number_line(" \ufffd\ufffd\ufffd北九州市 ")
    True
    >>> is_talk_number_line("\ufffd\ufffd札幌市の友好都市との交流")
    False
    """
    return bool(PLACE_LINE.match(text)) and GAP in text


ILLEGIBLE_SHARE = 0.5
ILLEGIBLE_MIN = 8
"""A short heading with a lost number and a lost word (``3\ufffd1 熊本城の\ufffd\ufffd\ufffd\ufffd``) is not illegible."""


def is_illegible(text: str) -> bool:
    """Most of the line's glyphs are lost: no context survives to restore any of them from.

    >>> is_illegible("○\ufffdi\ufffde\ufffdP\ufffdi\ufffd\ufffdit\ufffd\ufffd\ufffd"), is_illegible("S\ufffd\ufffdbol of K\ufffd\ufffd\ufffd\ufffdoto")
    (True, False)
    """
    chars = [c for c in text if not c.isspace()]
    lost = sum(c == GAP for c in chars)
    return lost >= ILLEGIBLE_MIN and lost / len(chars) >= ILLEGIBLE_SHARE
