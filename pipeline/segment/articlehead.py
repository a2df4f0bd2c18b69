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
- the journal's name: a short phrase (no sentence) right over or under a publisher's line or the edition, inside the
  run (:func:`_names_journal`; a label vouches for no name: ``Flood Risk in Coastal Towns`` / ``Technical Report`` is
  a title over its kind).

The run opens the document (blank lines aside) and holds a publisher's line or a label (an edition alone is a
newsletter's too: ``Harbour News`` / ``Issue 12 · March 2026``); the
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
    r" (?:article|paper|communication|report|note|research|letter)s?|original research|research letter|article|"
    # the other kinds journals print over an article (helper abs74, paper73's open list): an editorial, a
    # commentary, Scientific Data's descriptor, a case report, a letter to the editor, a correction
    r"editorial|guest editorial|commentary|data descriptor|data article|case (?:report|study)|mini[- ]review|"
    r"viewpoint|opinion|correspondence|letter to the editor|erratum|corrigendum|addendum|retraction)$"
    r"|^(?-i:OPEN)$"
    r"|^(?:原著論文|研究論文|原著|総説|研究ノート|短報|速報|技術報告|資料論文|研究速報|論説|巻頭言|解説|事例報告|実践報告|招待論文|依頼論文)$")
"""An article's status, kind or licence printed over its title."""
_ARTICLE_KIND = re.compile(r"(?i)^(?:(?:original|research|review|regular|full|short|brief|invited|perspective) )?"
                           r"(?:article|paper)$|^data descriptor$")
"""An article's kind that names it an article (``Article``, ``Research Article``, ``Original Paper``): under the
journal's name it vouches for the name as an edition does (MDPI's ``Urban Science`` / ``Article``); a report's or
note's kind does not (``Flood Risk in Coastal Towns`` / ``Technical Report`` is a title over its kind)."""
_CITATION_TAIL = re.compile(r"(?i)^(?:[\s\d(),:;.\u2013\u2014-]|vol(?:ume)?\.?|no\.?|issue|pp?\.|article)*$")
"""What follows a journal's name in a citation line: its year, volume, issue and pages (``(2024) 12:101–118``)."""
_LABEL_PARTS = re.compile(r"\s*[|·•/]\s*|\s+[-–—]\s+|\u3000+")
"""What parts several labels set on one line (``Research Article | Open Access``)."""
MAX_JOURNAL_NAME = 80
"""Characters a journal's name has at most."""
MAX_MASTHEAD_LINES = 8
"""Lines a masthead holds at most (blank lines aside)."""


def _kind(text: str) -> str | None:
    """What masthead line ``text`` is: ``"publisher"`` (a listing line, a web address, a DOI, an ISSN), ``"label"`` (an
    article's status, kind or licence), ``"edition"`` (a journal's volume and issue), else ``None``."""
    s = " ".join(text.split())
    if not s or len(s) > 100:
        return None
    if _LISTING.match(s) or _ADDRESS.match(s) or _DOI.match(s) or _ISSN.match(s):
        return "publisher"
    if is_edition_line(s) or _citation(s):
        return "edition"
    parts = [p for p in _LABEL_PARTS.split(s) if p]
    return "label" if parts and all(_LABEL.match(p) for p in parts) else None


def _citation(s: str) -> bool:
    """A journal's citation line: its name, then only its year, volume, issue and pages, two numbers at least
    (``Journal of Urban Mobility (2024) 12:101–118``, ``Urban Science 2024, 8, 112``)."""
    head = re.match(r"^[A-Z][^\d()]{2,80}?(?=[\s,(]*\(?\d)", s)
    if head is None or not _names_journal(head.group().rstrip(" ,")):
        return False
    tail = s[head.end():]
    return _CITATION_TAIL.match(tail) is not None and len(re.findall(r"\d+", tail)) >= 2


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
    return _kind(text) is not None


def _names_journal(text: str, loose: bool = False) -> bool:
    """A journal's name by its shape: a short phrase opening on a capital (or a Japanese letter), no sentence's end,
    no clause's comma, no digit (a citation line is the title block's: session 72). ``loose`` lets digits and up to
    :data:`MAX_NAME_COMMAS` commas in (``3 Biotech``, ``Transportation Research Part D: Transport and Environment,
    12``): such a line is a name only inside the run, right beside a publisher's line or an edition
    (:func:`masthead_end`), never by its shape alone."""
    s = text.strip()
    if not s or len(s) > MAX_JOURNAL_NAME or s.endswith((".", "。", "?", "!", ":", "：", ",")) or "@" in s:
        return False
    if not loose and (any(c.isdigit() for c in s) or "," in s):
        return False
    if loose and (s.count(",") > MAX_NAME_COMMAS or _CITED.search(s)):
        return False
    first = s[0]
    return first.isupper() or first.isdigit() or ord(first) > 0x3000


MAX_NAME_COMMAS = 1
"""Commas a journal's name read loosely holds at most (its name, then its volume: ``…, 12``); more is a list."""
_CITED = re.compile(r"\b(?:19|20)\d{2}\b|[()]")
"""A year or a bracket: a citation's (``(2024)``, ``2024, 8, 112``), read as an edition line, never as a name."""


def masthead_end(lines: list[Text], start: int = 0) -> int | None:
    """The index right after an article's masthead opening at ``lines[start]`` (blank lines before it skipped), or
    ``None`` where none opens there: a run of :func:`masthead_line` lines, with the journal's name (at most two lines,
    :func:`_names_journal`) right over or under one of them, of :data:`MAX_MASTHEAD_LINES` lines at most; one publisher's
    line at least. The caller asks that a title and a byline stand under it.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> masthead_end(mk("Contents lists available at ScienceDirect", "Journal of Urban Mobility",
    ...     "journal homepage: www.elsevier.com/locate/jum", "", "Shared E-Scooters", "Ann Lee a, Bo Li b"))
    3
    >>> masthead_end(mk("Journal of Urban Mobility", "Vol. 12, No. 3", "DOI: 10.1016/j.jum.2024.101118", "", "Shared E-Scooters"))
    3
    >>> masthead_end(mk("Harbour News", "Issue 12 · March 2026", "", "New ferry timetable")) is None  # a newsletter's
    True
    >>> masthead_end(mk("Flood Risk in Coastal Towns", "Technical Report", "", "Anna Berg")) is None  # a title over its kind
    True
    >>> masthead_end(mk("Shared E-Scooters", "Ann Lee a, Bo Li b")) is None, masthead_end(mk("Journal of Urban Mobility", "", "Shared E-Scooters")) is None
    (True, True)
    """
    kinds: list[tuple[int, str]] = []  # (line, kind) of the run, blank lines left out; a name's kind is "name"
    k = start
    while k < len(lines) and len(kinds) < MAX_MASTHEAD_LINES:
        s = lines[k].text.strip()
        if not s:
            k += 1
            continue
        kind = _kind(s) or ("name" if _names_journal(s) else "loose" if _names_journal(s, loose=True) else None)
        if kind is None:
            break
        kinds.append((k, kind))
        k += 1
    # the run ends on its last masthead line: a name under it with no masthead line after is the title itself
    # (``ARTICLE IN PRESS`` / the title); an edition alone is a newsletter's too (``Harbour News`` / ``Issue 12``),
    # so the run needs a publisher's line or an article's label
    end = max((n for n, (_, kind) in enumerate(kinds) if kind not in ("name", "loose")), default=None)
    if end is None or not any(kind in ("publisher", "label") for _, kind in kinds[:end + 1]):
        return None
    names = [n for n, (_, kind) in enumerate(kinds[:end]) if kind in ("name", "loose")]
    # the journal's name stands beside its address or edition (a label vouches for no name: ``Flood Risk in Coastal
    # Towns`` / ``Technical Report`` is a title over its kind), two lines of it at most
    # (a name holding a digit or a comma, ``3 Biotech``, ``Transportation Research Part D: …, 12``, stands right
    # beside a publisher's line or an edition: helper abs74, the run had stopped on it)
    def beside(n: int) -> bool:
        loose = kinds[n][1] == "loose"
        return any(0 <= m <= end and (kinds[m][1] in ("publisher", "edition") or not loose and _ARTICLE_KIND.match(
                   " ".join(lines[kinds[m][0]].text.split())) is not None) for m in ((n - 1, n + 1) if loose else (n - 1, n + 1, n + 2))
                   if all(kinds[i][1] in ("name", "loose") for i in range(min(n, m) + 1, max(n, m))))

    if len(names) > 2 or not all(beside(n) for n in names):
        return None
    return kinds[end][0] + 1
