"""A standard's terms and definitions entries (ISO/IEC Directives, Part 2, clause 16: *Terms and definitions*).

An ISO-style vocabulary sets each entry as its number alone on a line (``3.1``), the term on the next line
(``dataset``), then the definition, in small letters and with no full stop (``collection of data, published …``).
The entry is a subsection of the terms clause, numbered by its number and titled by its term, the definition its
paragraph (decision, issue 16, fresh-user trial 83a: ``3.1`` had been a paragraph, ``3.2`` glued onto the definition
before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ENTRY_NUMBER = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,3}){1,3}")
"""A clause's decimal number alone (``3.1``, ``3.1.2``): a terms entry's, under its clause's number."""
MAX_TERM_CHARS = 60
"""Characters a term (with its admitted synonyms) takes at most; a longer line is a sentence."""
MAX_TERM_WORDS = 8


def is_entry_number(text: str) -> bool:
    """``text`` is a decimal clause number alone on its line (``3.1``, ``2.10.4``; no ``3``, no ``3.1 Title``).

    >>> [is_entry_number(s) for s in ["3.1", " 2.10.4 ", "3", "3.1 dataset", "1.5 m"]]
    [True, True, False, False, False]
    """
    return _ENTRY_NUMBER.fullmatch(text.strip()) is not None


def is_term(text: str) -> bool:
    """``text`` reads as a term: a short phrase (:data:`MAX_TERM_CHARS`, :data:`MAX_TERM_WORDS`) with no sentence's
    end, no number alone.

    >>> [is_term(s) for s in ["dataset", "retention period", "The portal shall publish its data.", "3.2", ""]]
    [True, True, False, False, False]
    """
    s = text.strip()
    return (0 < len(s) <= MAX_TERM_CHARS and len(s.split()) <= MAX_TERM_WORDS and s[-1] not in ".!?:;。"
            and not is_entry_number(s) and any(c.isalpha() for c in s))


def term_entries(texts: Sequence[str]) -> dict[int, str]:
    """The terms entries of ``texts`` (one string per line): ``{index of the number's line: number}`` where a decimal
    number stands alone (:func:`is_entry_number`), a term under it (:func:`is_term`) and a line of text under that
    (the definition), and at least two such entries share their parent number (``3.1``, ``3.2``: a vocabulary, no
    stray number such as a table cell's ``1.5``).

    >>> term_entries(["3 Terms", "3.1", "dataset", "collection of data", "3.2", "publisher", "agent responsible"])
    {1: '3.1', 4: '3.2'}
    >>> term_entries(["Width", "1.5", "metres", "end"])
    {}
    """
    found = {i: texts[i].strip() for i in range(len(texts) - 2)
             if is_entry_number(texts[i]) and is_term(texts[i + 1]) and texts[i + 2].strip()
             and not is_entry_number(texts[i + 2])}
    parents: dict[str, int] = {}
    for number in found.values():
        parent = number.rsplit(".", 1)[0]
        parents[parent] = parents.get(parent, 0) + 1
    return {i: n for i, n in found.items() if parents[n.rsplit(".", 1)[0]] >= 2}


_DESIGNATION = re.compile(
    r"(?:ISO|IEC|ITU-[TR]|JIS|EN|BS|DIN|NF|ANSI|ASTM|IEEE|CSA|AS|NZS|GB|KS|SAE|ETSI|CEN)"
    r"(?:[/ ](?:IEC|ISO|EN|NZS|TS|TR|PAS|T|Std|IEEE))*"
    r"\s+(?:[A-Z]{1,2}\s?\.?)?[0-9]+(?:[.-][0-9]+)*(?:[:-][0-9]{4})?(?:\+A[0-9]{1,2}(?::[0-9]{4})?)?(?:\s*\([A-Z]\))?")
"""A standard's designation: its body's letters (the joint ones after ``/``), the series letter where the body uses
one (JIS's ``X``, ITU-T's ``X.``), the number with its parts, the year after ``:`` (``-`` in IEEE's), an amendment,
the language mark (``(E)``)."""


def is_standard_designation(text: str) -> bool:
    """``text`` is a standard's designation alone (``JIS X 9301:2025``, ``ISO 8601-1:2019``, ``IEEE Std
    802.11-2020``, ``BS EN 1991-1-1``, ``ISO/IEC 27001:2022``): the document's number, never its title (decision,
    issue 16, fresh-user trial 83a: a JIS had been titled ``JIS X 9301:2025``; the title is the line under it).

    >>> [is_standard_designation(s) for s in ["JIS X 9301:2025", "ISO 8601-1:2019", "IEEE Std 802.11-2020",
    ...                                          "BS EN 1991-1-1", "ISO/IEC 27001:2022", "ITU-T X.509"]]
    [True, True, True, True, True, True]
    >>> [is_standard_designation(s) for s in ["ISO 9001 in Small Workshops", "EN Route", "Open data portal metadata"]]
    [False, False, False]
    """
    return _DESIGNATION.fullmatch(text.strip()) is not None
