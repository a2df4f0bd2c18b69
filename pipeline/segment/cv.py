"""A CV's (a résumé's) head: its kind over its owner's name, read as one document's title block.

Decision (issue 16 point 2, helper encv77, fresh-user trial 76d): a CV is ONE document; its title is its kind line as
printed (``CURRICULUM VITAE``, ``Résumé``), its speaker the one person it records (the owner's name under or over the
kind line), that person's affiliation the organisation line under the name. The owner is the speaker because a CV
speaks for its owner as a paper does for its author; the kind line is the title because it is the only heading the
page sets over the whole (the name is no title: it would make every CV of a set share one title shape with no kind).
Its headed blocks (``Education``, ``Employment``, …) and dated entry rows are read by
:func:`pipeline.segment.sections.entry_row` and ``_cv_blocks``.
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.segment.names import is_person_name
from pipeline.segment.organisations import is_organisation
from pipeline.segment.titleblock import Block

_CV_KIND = re.compile(r"^(?:Curriculum[ \t]+Vitae|CV|R[ée]sum[ée]|Resume)(?:[ \t]+(?:of|for)[ \t]+.+)?$", re.IGNORECASE)
"""A CV's kind line (``CURRICULUM VITAE``, ``Curriculum Vitae``, ``CV``, ``Résumé``), alone on its line."""
_HONORIFIC = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?[ \t]+)+")
"""An honorific before the owner's name (``Dr Helen Okafor``): no part of the name's shape."""
NAME_WITHIN = 2
"""Lines between the kind line and the owner's name at most (the other way round, the name right over the kind)."""
MAX_AFFILIATION_LINES = 2
"""Organisation lines under the owner's name read as the affiliation (a school over its university)."""


def is_cv_kind(text: str) -> bool:
    """``text`` is a CV's kind line alone (:data:`_CV_KIND`).

    >>> is_cv_kind("CURRICULUM VITAE"), is_cv_kind("Résumé"), is_cv_kind("CV"), is_cv_kind("Curriculum development")
    (True, True, True, False)
    """
    return _CV_KIND.match(text.strip()) is not None


def owner_name(text: str) -> bool:
    """``text`` is a person's name alone, an honorific before it or not (``Dr Helen Marga�et Okafor``).

    >>> owner_name("Dr Helen Margaret Okafor"), owner_name("Jane Roe"), owner_name("Personal details")
    (True, True, False)
    """
    s = text.strip()
    rest = s[_HONORIFIC.match(s).end():] if _HONORIFIC.match(s) else s
    return bool(rest) and not is_cv_kind(s) and not is_organisation(s) and is_person_name(rest) \
        and all(w[:1].isupper() for w in rest.split())


def cv_block(lines: list[Text]) -> Block | None:
    """The title block of a CV's head, else ``None``: its kind line (:func:`is_cv_kind`) among the first lines, the
    owner's name within :data:`NAME_WITHIN` lines under it (or right over it), and up to
    :data:`MAX_AFFILIATION_LINES` organisation lines right under the name, its affiliation. The block's title is the
    kind line, its speaker the name and the organisation lines (the address and contact lines under them stay front).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = cv_block(mk("CURRICULUM VITAE", "Dr Helen Okafor", "School of Geography, University of Nottingham",
    ...                 "University Park, Nottingham NG7 2RD", "Education"))
    >>> b.title, b.speaker, b.end
    (0, (1, 2), 3)
    >>> cv_block(mk("Jane Roe", "Curriculum Vitae", "Education")).speaker, cv_block(mk("CV writing tips", "Jane Roe")) is None
    ((0,), True)
    """
    for k in range(min(len(lines), 3)):
        if not is_cv_kind(lines[k].text):
            continue
        if k and owner_name(lines[k - 1].text):
            return Block(k - 1, k + 1, title=k, speaker=(k - 1,), cues=("title", "speaker"))
        for j in range(k + 1, min(len(lines), k + 1 + NAME_WITHIN)):
            if not owner_name(lines[j].text):
                continue
            speaker = [j]
            for a in range(j + 1, min(len(lines), j + 1 + MAX_AFFILIATION_LINES)):
                if not is_organisation(lines[a].text.strip()) or any(ch.isdigit() for ch in lines[a].text):
                    break
                speaker.append(a)
            return Block(k, speaker[-1] + 1, title=k, speaker=tuple(speaker), cues=("title", "speaker"))
        return None
    return None
