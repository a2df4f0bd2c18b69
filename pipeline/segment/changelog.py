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
    if len(versions) < MIN_VERSIONS:
        return {}
    out = {i: 1 for i in versions}
    for i in range(versions[0] + 1, n):
        if i not in out and change_kind(texts[i]) and over_text(i):
            out[i] = 2
    return out
