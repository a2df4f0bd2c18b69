"""Release notes and changelogs: each version's heading and the kinds of change under it.

A software release's notes print one heading per version (``Version 4.2.0 (14 March 2025)``, ``Release 2.3 --
2024-11-02``, ``v1.4.0``) over the kinds of change it made (``New features``, ``Bug fixes``, ``Known issues``; Keep a
Changelog's ``Added``, ``Changed``, ``Fixed``, …), each over its list. Decision (issue 16, fresh-user trial 75's
release notes): each version is a level-1 section, its kinds of change level-2 sections under it; a heading that is
no kind of change (``Upgrading``, ``Thanks``) stays level 1. Before, the version lines had been front matter or
paragraphs (a heading right over another heading is no short phrase between runs of text), the kinds flat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import Text

_DATE = (r"(?:[0-9]{1,2}\s+[A-Z][a-z]+\.?\s+[0-9]{4}|[A-Z][a-z]+\.?\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}"
         r"|[0-9]{4}/[0-9]{2}/[0-9]{2}|[A-Z][a-z]+\s+[0-9]{4})")
_VERSION_NUMBER = r"\[?v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}(?:[-+][0-9A-Za-z.]{1,20})?\]?"
_VERSION_HEADING = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?:(?P<word>Version|VERSION|Release|RELEASE|Ver\.)[ \t]+|(?=v[0-9]))" + _VERSION_NUMBER
    + r"(?:[ \t]*(?:\((?P<pdate>" + _DATE + r")\)|[-–—:,][-–—]?[ \t]*(?P<date>" + _DATE + r")))?[ \t]*$")
_DATED_NUMBER = re.compile(r"^(?:#{1,6}[ \t]*)?" + _VERSION_NUMBER + r"[ \t]*(?:\(" + _DATE + r"\)|[-–—][ \t]*" + _DATE
                           + r")[ \t]*$")

CHANGE_KINDS = frozenset({
    "new features", "features", "new", "improvements", "enhancements", "bug fixes", "bugfixes", "fixes", "fixed",
    "known issues", "known problems", "added", "changed", "changes", "other changes", "deprecated", "deprecations",
    "removed", "security", "breaking changes", "performance", "documentation", "dependencies", "internal changes",
    "behaviour changes", "behavior changes", "what's new", "highlights"})
"""The kinds of change a release's notes list under a version (Keep a Changelog's ``Added`` … ``Security``, and the
headings release notes commonly print: ``New features``, ``Improvements``, ``Bug fixes``, ``Known issues``): a
closed list."""

_NAMED_VERSION = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?P<name>[A-Z][\w.+-]*(?:[ \t][A-Z][\w.+-]*){0,2})[ \t]+(?P<number>v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}"
    r"(?:[-+][0-9A-Za-z.]{1,20})?)(?:[ \t]*(?:\(" + _DATE + r"\)|[-–—:,][-–—]?[ \t]*" + _DATE + r"))?[ \t]*$")
_NUMBERING_WORDS = frozenset({
    "section", "sect", "sec", "chapter", "chap", "ch", "figure", "fig", "table", "tab", "part", "appendix", "article",
    "art", "step", "phase", "stage", "lesson", "unit", "week", "exercise", "problem", "question", "theorem", "lemma",
    "corollary", "proposition", "definition", "example", "remark", "equation", "eq", "eqn", "algorithm", "listing",
    "page", "p", "pp", "vol", "volume", "no", "item", "clause", "rule", "room", "annex", "schedule", "paragraph", "para",
    "box", "plate", "map", "chart", "case", "task", "activity", "module", "session", "day", "level", "grade", "class",
    "form", "line", "note", "point", "exhibit", "attachment", "tier", "round", "track", "road", "route"})
"""The words that number a document's own parts (``Section 3.2``, ``Figure 3.1.2``, ``Lemma 2.1``): no product's name
before a version number."""
_RELEASE_DATE_LINE = re.compile(r"^(?:Released(?:[ \t]+on)?|Release[ \t]+date:?|Date:)[ \t]+" + _DATE + r"\.?[ \t]*$")

MIN_VERSIONS = 2
"""Version headings a document prints at least to be read as release notes (one line naming a version is as often a
sentence's fragment or a cover's edition)."""


def version_heading(text: str) -> bool:
    """A version's heading alone on its line: ``Version``/``Release`` (or ``v``) and a version number (two parts or
    more), a date after it in brackets or after a dash or not; or a bare version number with a date
    (``4.2.0 (14 March 2025)``, ``## [1.4.0] - 2025-01-02``).

    >>> version_heading("Version 4.2.0 (14 March 2025)"), version_heading("Release 2.3 -- 2024-11-02"), version_heading("v1.4.0")
    (True, True, True)
    >>> version_heading("4.1.2 (2 December 2024)"), version_heading("Version control"), version_heading("Version 2 of the plan")
    (True, False, False)
    >>> version_heading("4.2"), version_heading("Released in 2024 (see below)")
    (False, False)
    """
    s = text.strip()
    return _VERSION_HEADING.match(s) is not None or _DATED_NUMBER.match(s) is not None


def named_version(text: str) -> tuple[str, str] | None:
    """``(name, number)`` of a product's name and its version alone on a line (``Tessera 3.2.0``, ``GNU Emacs 29.1``,
    ``Tessera 3.1.2 (2 September 2025)``): one to three words opening on a capital, no word numbering the document's
    own parts (:data:`_NUMBERING_WORDS`: ``Section 3.2``, ``Figure 3.1.2``), then a version number of two parts or more;
    else ``None``. Whether it heads a release is the document's to say (:func:`release_headings`).

    >>> named_version("Tessera 3.2.0"), named_version("GNU Emacs 29.1 (30 July 2023)")
    (('Tessera', '3.2.0'), ('GNU Emacs', '29.1'))
    >>> named_version("Section 3.2.1"), named_version("Windows 10"), named_version("Python 3.12 is out")
    (None, None, None)
    """
    m = _NAMED_VERSION.match(text.strip())
    if m is None or any(w.rstrip(".").lower() in _NUMBERING_WORDS for w in m["name"].split()):
        return None
    return m["name"], m["number"]


def release_date_line(text: str) -> bool:
    """A release's date alone on its line, under its version's heading: ``Released 14 October 2025``, ``Released on
    2025-10-14``, ``Release date: 2 September 2025``.

    >>> release_date_line("Released 14 October 2025"), release_date_line("Released in 2024 with new maps")
    (True, False)
    """
    return _RELEASE_DATE_LINE.match(text.strip()) is not None


def change_kind(text: str) -> bool:
    """A kind of change alone on its line (:data:`CHANGE_KINDS`; a colon or Markdown's ``###`` around it or not).

    >>> change_kind("Bug fixes"), change_kind("### Added"), change_kind("Known issues:"), change_kind("Upgrading")
    (True, True, True, False)
    """
    s = re.sub(r"^#{1,6}[ \t]*", "", text.strip()).rstrip(":").strip()
    return s.lower() in CHANGE_KINDS


def release_headings(lines: Sequence[Text]) -> dict[int, int]:
    """The headings of release notes, ``{line: level}``: where :data:`MIN_VERSIONS` version headings or more
    (:func:`version_heading`) each stand over text (a line under it, not the last line), each is level 1; a kind of
    change (:func:`change_kind`) after the first version and over text is level 2. Empty for any other document (a
    paper's ``Version control`` section, a sentence naming ``Version 2.1``)."""
    texts = [t.text for t in lines]
    n = len(texts)

    def over_text(i: int) -> bool:
        return any(texts[j].strip() for j in range(i + 1, min(n, i + 3)))

    versions = [i for i, s in enumerate(texts) if version_heading(s) and over_text(i)]
    versions = sorted(versions + _product_versions(texts, over_text))
    if len(versions) < MIN_VERSIONS:
        return {}
    out = {i: 1 for i in versions}
    for i in range(versions[0] + 1, n):
        if i not in out and change_kind(texts[i]) and over_text(i):
            out[i] = 2
    return out


def _product_versions(texts: Sequence[str], over_text) -> list[int]:
    """The lines that head a release by a product's name and its version (:func:`named_version`: ``Tessera 3.2.0``),
    where the document shows them as releases: :data:`MIN_VERSIONS` such lines or more name one product, each over
    text, with versions of their own, and they are read as releases by a release's date under one of them
    (:func:`release_date_line`: ``Released 14 October 2025``) or by a version number of three parts (``3.1.2``: a
    release's, no document numbers its parts by a product's name). Decision (issue 16 point 2, helper ver80 after
    fresh-user trial 80a's release notes: ``Tessera 3.2.0`` / ``Released 14 October 2025`` / ``New features`` / …,
    the later versions had stayed paragraphs, their kinds of change read as the first version's). Two lines naming
    ``Python 3.11`` and ``Python 3.12`` in a paper's text, with no release's date under either, are no releases."""
    named: dict[str, list[tuple[int, str]]] = {}
    for i, s in enumerate(texts):
        if (nv := named_version(s)) is not None and not version_heading(s) and over_text(i):
            named.setdefault(nv[0], []).append((i, nv[1]))
    out: list[int] = []
    for heads in named.values():
        if len(heads) < MIN_VERSIONS or len({v for _, v in heads}) < len(heads):
            continue
        dated = any(release_date_line(next((t for t in texts[i + 1:i + 3] if t.strip()), "")) for i, _ in heads)
        if dated or all(v.lstrip("v").count(".") >= 2 for _, v in heads):
            out.extend(i for i, _ in heads)
    return out
