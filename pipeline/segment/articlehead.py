"""A journal article's masthead over its title block (issue 16 point 2, helper paper73): the publisher's lines a
journal prints over an article's title, never the title nor its body.

An Elsevier article opens on ``Contents lists available at ScienceDirect`` / ``Journal of Urban Mobility`` /
``journal homepage: www.elsevier.com/locate/jum``; other publishers on the journal's name over ``Vol. 12, No. 3`` and
a DOI line, on ``ARTICLE IN PRESS``, or on the article's kind and licence (``Research Article``, ``Open Access``).
Read by their shapes:

- a publisher's listing line (``Contents lists available at ScienceDirect``, ``Available online at
  www.sciencedirect.com``: :data:`_LISTING`);
- a web address, a DOI or an ISSN alone, with a label of a few words at most (``journal homepage: www.…``, ``DOI:
  10.1016/…``, ``https://doi.org/10.…``, ``ISSN 1234-5678 (Online)``: :data:`_ADDRESS`, :data:`_DOI`, :data:`_ISSN`);
- a journal's edition (``Vol. 12, No. 3``: :func:`~.events.is_edition_line`);
- an article's status, kind or licence (``ARTICLE IN PRESS``, ``Accepted Manuscript``, ``Research Article``,
  ``Original Paper``, ``Open Access``, ``原著論文``, ``研究ノート``), several on one line parted by a bar or a dot
  (:data:`_LABEL`);
- the journal's name: a short phrase (no sentence) right over or under one of the lines above, inside the run
  (:func:`_names_journal`).

The run opens the document (blank lines aside) and holds one line of the first four kinds or a label at least; the
title block read right under it (:func:`masthead_end`'s caller) must give a title and a byline, so the masthead's
lines are the article's ``front`` and the title is the line(s) over the byline. Why: the journal's name had been read
as the title (its edition or address under it made it a block of its own, and the article a second talk), or the
listing line, read as running text, had ended the search for a title block before the title (no title, the title
and byline run together in ``front``). It does NOT touch a citation line over the title (``Journal of Urban Mobility
12 (2024) 101–118``: read by the title block, session 72), a newsletter's masthead (its name over its issue line, no
byline under it: :func:`~.events.masthead_descriptor`), nor a document whose first line is a title over its author.
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.segment.events import is_edition_line

_LISTING = re.compile(r"(?i)^(?:contents lists? )?available (?:online )?(?:at|on|from|via) \S+(?: \S+)?$")
"""A publisher's listing line: where the journal's contents are listed, one or two words (a service, a domain)."""
_LABEL_WORDS = r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2}"
_ADDRESS = re.compile(rf"(?i)^(?:{_LABEL_WORDS}\s*:\s*)?(?:https?://|www\.)\S+$")
"""A web address alone on its line, a label of three words at most before it (``journal homepage: www.…``)."""
_DOI = re.compile(r"(?i)^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$")
"""A DOI alone (``DOI: 10.1016/j.jum.2024.101118``, ``doi:10.…``, ``https://doi.org/10.…``)."""
_ISSN = re.compile(r"(?i)^(?:(?:print|online|p|e)[- ]?)?ISSN\s*:?\s*\d{4}-?\d{3}[\dX](?:\s*\((?:print|online)\))?"
                   r"(?:\s*[,;|·]\s*(?:(?:print|online|p|e)[- ]?)?ISSN\s*:?\s*\d{4}-?\d{3}[\dX](?:\s*\((?:print|online)\))?)*$")
"""An ISSN line, print and online (``ISSN 1234-5678 (Print)``, ``e-ISSN: 2345-678X``)."""
_LABEL = re.compile(
    r"(?i)^(?:article in press|accepted manuscript|just accepted|open access|preprint|"
    r"(?:original|research|review|regular|full|short|brief|invited|technical|perspective|special issue)"
    r" (?:article|paper|communication|report|note|research|letter)s?|original research|research letter)$"
    r"|^(?:原著論文|研究論文|原著|総説|研究ノート|短報|速報|技術報告|資料論文|研究速報|論説)$")
"""An article's status, kind or licence printed over its title."""
_LABEL_PARTS = re.compile(r"\s*[|·•/]\s*|\s+[-–—]\s+|\u3000+")
"""What parts several labels set on one line (``Research Article | Open Access``)."""
MAX_JOURNAL_NAME = 80
"""Characters a journal's name has at most."""
MAX_MASTHEAD_LINES = 8
"""Lines a masthead holds at most (blank lines aside)."""


def masthead_line(text: str) -> bool:
    """``text`` is a publisher's line of an article's masthead by its shape alone (the journal's name aside).

    >>> [masthead_line(s) for s in ("Contents lists available at ScienceDirect", "journal homepage: www.elsevier.com/locate/jum",
    ...     "Vol. 12, No. 3", "https://doi.org/10.1016/j.jum.2024.101118", "ARTICLE IN PRESS", "Research Article | Open Access",
    ...     "ISSN 1234-5678 (Print)", "原著論文")]
    [True, True, True, True, True, True, True, True]
    >>> [masthead_line(s) for s in ("Journal of Urban Mobility", "Contents of this report", "Research articles are long.",
    ...     "See www.example.org for the data and the code we used", "Review", "Open Access to Public Data")]
    [False, False, False, False, False, False]
    """
    s = " ".join(text.split())
    if not s or len(s) > 100:
        return False
    if _LISTING.match(s) or _ADDRESS.match(s) or _DOI.match(s) or _ISSN.match(s) or is_edition_line(s):
        return True
    parts = [p for p in _LABEL_PARTS.split(s) if p]
    return bool(parts) and all(_LABEL.match(p) for p in parts)


def _names_journal(text: str) -> bool:
    """A journal's name by its shape: a short phrase opening on a capital (or a Japanese letter), no sentence's end,
    no clause's comma, no digit (a citation line is the title block's: session 72)."""
    s = text.strip()
    if not s or len(s) > MAX_JOURNAL_NAME or s.endswith((".", "。", "?", "!", ":", "：")) or any(c.isdigit() for c in s):
        return False
    if "," in s or "@" in s:
        return False
    first = s[0]
    return first.isupper() or ord(first) > 0x3000


def masthead_end(lines: list[Text], start: int = 0) -> int | None:
    """The index right after an article's masthead opening at ``lines[start]`` (blank lines before it skipped), or
    ``None`` where none opens there: a run of :func:`masthead_line` lines, with the journal's name (at most two lines,
    :func:`_names_journal`) right over or under one of them, of :data:`MAX_MASTHEAD_LINES` lines at most; one publisher's
    line at least. The caller asks that a title and a byline stand under it.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> masthead_end(mk("Contents lists available at ScienceDirect", "Journal of Urban Mobility",
    ...     "journal homepage: www.elsevier.com/locate/jum", "", "Shared E-Scooters", "Ann Lee a, Bo Li b"))
    3
    >>> masthead_end(mk("Journal of Urban Mobility", "Vol. 12, No. 3", "", "Shared E-Scooters", "Ann Lee a, Bo Li b"))
    2
    >>> masthead_end(mk("Shared E-Scooters", "Ann Lee a, Bo Li b")) is None, masthead_end(mk("Journal of Urban Mobility", "", "Shared E-Scooters")) is None
    (True, True)
    """
    kinds: list[tuple[int, bool]] = []  # (line, a publisher's line) of the run, blank lines left out
    k = start
    while k < len(lines) and len(kinds) < MAX_MASTHEAD_LINES:
        s = lines[k].text.strip()
        if not s:
            k += 1
            continue
        if masthead_line(s):
            kinds.append((k, True))
        elif _names_journal(s):
            kinds.append((k, False))
        else:
            break
        k += 1
    # the run ends on its last publisher's line: a name under it with no publisher's line after is the title itself
    # (``ARTICLE IN PRESS`` / the title), a name before it stands beside one (the journal's, over its edition)
    end = max((n for n, (_, strong) in enumerate(kinds) if strong), default=None)
    if end is None or sum(1 for _, strong in kinds[:end] if not strong) > 2:
        return None
    return kinds[end][0] + 1
