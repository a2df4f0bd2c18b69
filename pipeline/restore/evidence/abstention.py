"""Abstention: gaps that no evidence may fill, whatever the other providers propose.

A person's name is exactly what a dictionary would happily invent, and the
talk's number in the proceedings (``\ufffd\ufffd\ufffd札幌市``) follows nothing in
the document. For these the verdict is to leave the gap and say why.

A name stands in two places only: in a speaker line after a job title
(``国際部長 \ufffd原 \ufffd\ufffd``) and directly before an honorific (``田\ufffd様``). In
the talk stage the first is segment's ``Talk.speaker.name`` span and nothing
else; plain text (``pipeline restore -``) has no speaker line, so there a
token after a job title and a space counts (:func:`after_job_title`). An
honorific further on in the line (``市\ufffdの皆様``) says nothing about the gap.
The job titles and honorifics are :mod:`pipeline.names`' one list.
"""

from __future__ import annotations

import re

from pipeline.chardata import KANJI, KATAKANA
from pipeline.model import GAP
from pipeline.names import HONORIFIC_RE, JOB_TITLE_RE

_TITLE = re.compile(f"(?:{JOB_TITLE_RE.pattern})[\\s　]+$")
_NAME_CHARS = f"{KANJI}{KATAKANA}・{GAP}"
_NAME_HEAD = re.compile(f"[{_NAME_CHARS}]*$")
# the honorific right after the name's characters, and not the start of a longer word (様子, 様式, 様々)
_HONORIFIC_NEXT = re.compile(f"^[{_NAME_CHARS}]*?(?:{HONORIFIC_RE.pattern})(?![{KANJI}])")
NAME_MAX = 6
"""Characters a name (family and given name, lost glyphs included) has at most beside an honorific."""
PLACE_LINE = re.compile(f"^\\s*[{GAP}0-9０-９.．、\\s]*[^\\s{GAP}]{{1,8}}[市町村県区都府]\\s*$")


def after_job_title(left: str) -> bool:
    """The gap's token follows a job title and a space, or is the second token of a name that does.

    Only for plain text: in the talk stage segment's speaker-name span says where the name is.

    >>> after_job_title("札幌市経済観光局国際部長 "), after_job_title("札幌市経済観光局国際部長 \ufffd原 ")
    (True, True)
    >>> after_job_title("札幌市の")
    False
    """
    head = re.split(r"[\s　]", left)[-1]
    before = left[: len(left) - len(head)]
    if _TITLE.search(before):
        return True
    # the name may be two space-separated tokens (family name, given name)
    stripped = before.rstrip()
    prev_token = re.split(r"[\s　]", stripped)[-1] if stripped else ""
    return bool(prev_token) and len(prev_token) <= 4 and bool(_TITLE.search(stripped[: len(stripped) - len(prev_token)]))


def before_honorific(left: str, right: str) -> bool:
    """The gap stands in a name directly followed by an honorific (``田\ufffd様``, ``\ufffd\ufffdさん``).

    The name's characters (kanji, katakana, lost glyphs) must run from the gap
    to the honorific; a particle or a word in between means the honorific
    belongs to someone else (``市\ufffdの皆様``).

    >>> before_honorific("山", "様にお礼"), before_honorific("", "中さんが"), before_honorific("市", "の皆様へ")
    (True, True, False)
    >>> before_honorific("多", "様性")
    False
    """
    m = _HONORIFIC_NEXT.match(right)
    if m is None:
        return False
    head = _NAME_HEAD.search(left).group(0)
    lead = len(m.group(0)) - len(HONORIFIC_RE.search(m.group(0)).group(0))
    return len(head) + 1 + lead <= NAME_MAX


def is_person_name(left: str, right: str) -> bool:
    """Plain text: the gap stands in a name (after a job title and a space, or directly before an honorific).

    >>> is_person_name("札幌市経済観光局国際部長 ", "原 ")
    True
    >>> is_person_name("札幌市の", "化の取り組み"), is_person_name("市", "の皆様のご協力")
    (False, False)
    """
    return after_job_title(left) or before_honorific(left, right)


def is_talk_number_line(text: str) -> bool:
    """Plain text: a line that is only a number (maybe lost) before a place name, the talk's number in the proceedings.

    In the talk stage segment says this (an abstention hint on the city line).

    >>> is_talk_number_line(" \ufffd\ufffd\ufffd函館市 ")
    True
    >>> is_talk_number_line("\ufffd\ufffd札幌市の友好都市との交流")
    False
    """
    return bool(PLACE_LINE.match(text)) and GAP in text


ILLEGIBLE_SHARE = 0.5
ILLEGIBLE_MIN = 8
"""A short heading with a lost number and a lost word (``3\ufffd1 松山城の\ufffd\ufffd\ufffd\ufffd``) is not illegible."""


def is_illegible(text: str) -> bool:
    """Most of the line's glyphs are lost: no context survives to restore any of them from.

    >>> is_illegible("○\ufffdi\ufffde\ufffdP\ufffdi\ufffd\ufffdit\ufffd\ufffd\ufffd"), is_illegible("S\ufffd\ufffdbol of K\ufffd\ufffd\ufffd\ufffdoto")
    (True, False)
    """
    chars = [c for c in text if not c.isspace()]
    lost = sum(c == GAP for c in chars)
    return lost >= ILLEGIBLE_MIN and lost / len(chars) >= ILLEGIBLE_SHARE
