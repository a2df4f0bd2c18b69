"""An English agreement's execution block: the attestation (``IN WITNESS WHEREOF the parties have executed this
Agreement…``) and each party's signature block under it (``Signed by Jane Porter`` / ``for and on behalf of Harbour
Analytics Ltd`` / ``Director``; ``For the University of Westford:`` / ``Signature: ____`` / ``Name: …`` / ``Title: …`` /
``Date: …``).

Why (issue 16, helper sect83; docs/limits.md, *Session 82, close82*): a Japanese contract's sealed parties close it
(:func:`~.sections.sealed_signatures`), but an English agreement's execution block had stayed its last clause's
paragraphs. It closes the document the same way, so :func:`~.sections.closing_signatures` reads either and
``split_paper`` puts it into ``paper.closing``. The evidence is the block's own words (the attestation's formula, a
``Signed``/``on behalf of``/``Signature:`` line), never the lines' shortness alone: a list of posts closing a
newsletter is the same shape.
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.model import Text

MAX_BLOCK_LINE = 80
"""Characters a line of a signature block holds at most (a party's name with its legal form, a post)."""
MAX_ATTESTATION_LINES = 3
"""Lines the attestation's sentence may be wrapped over."""

_ATTESTATION_EN = re.compile(r"^\s*(?:IN\s+WITNESS\s+(?:WHEREOF|OF\s+WHICH)|AS\s+WITNESS|EXECUTED\s+AS\s+A\s+DEED)\b",
                             re.IGNORECASE)
"""The attestation opening its line: ``IN WITNESS WHEREOF``, ``In witness of which``, ``AS WITNESS``, ``EXECUTED AS A
DEED on …``."""
_SIGNING = re.compile(r"^\s*(?:(?:signed|executed)\b(?:\s+as\s+a\s+deed)?\s+(?:by|for)\b|(?:for\s+and\s+)?on\s+behalf\s+of\b"
                      r"|(?:signature|authori[sz]ed\s+signatory)\s*[:：]?\s*(?:_{3,}.*)?$|by\s*[:：]\s*_{3,})", re.IGNORECASE)
"""A line that signs: ``Signed by …``, ``SIGNED for and on behalf of …``, ``Executed as a deed by …``, ``for and on
behalf of …``, ``Signature: ______``, ``By: ______``."""
_PARTY = re.compile(r"^\s*for\s+(?:and\s+on\s+behalf\s+of\s+)?\S.{0,70}[:：]\s*$", re.IGNORECASE)
"""A party's label over its signature fields: ``For the University of Westford:``."""
_FIELD = re.compile(r"^\s*(?:name|print(?:ed)?\s+name|title|position|capacity|date|witness(?:ed\s+by)?|in\s+the\s+presence\s+of"
                    r"|address|occupation)\s*[:：]", re.IGNORECASE)
"""A signature block's labelled field: ``Name: …``, ``Title: …``, ``Date: …``, ``Witnessed by: …``."""
_COLUMN_GAP = re.compile(r"\s{2,}")
_LEADERS = re.compile(r"[_.…]{3,}")
_RULE = re.compile(r"^[\s_.…]*_{3,}[\s_.…]*$|^\s*\.{5,}\s*$")
"""A line left for the signature: underscores or dots alone."""


def _block_line(text: str) -> bool:
    """``text`` may stand in a signature block: a signing line, a party's label, a field, a rule left to sign on, or a
    short line that is no sentence (a post, a name, a company, a date)."""
    # (the space a deed's form leaves to a bracket column and the dots or rule left to sign on count as one mark:
    # ``in the presence of:      )  ..........``)
    s = _LEADERS.sub("___", _COLUMN_GAP.sub(" ", text.strip()))
    if not s or len(s) > MAX_BLOCK_LINE:
        return False
    if _SIGNING.match(s) or _PARTY.match(s) or _FIELD.match(s) or _RULE.match(s):
        return True
    return not s.endswith((".", "!", "?", ";", ",")) and len(s.split()) <= 8


def _opens_block(text: str) -> bool:
    """``text`` opens a party's signature block: a signing line or a party's label."""
    return bool(_SIGNING.match(text) or _PARTY.match(text))


_ATTESTS = re.compile(r"\b(?:executed|signed|set\s+(?:their|its|his|her|our)\s+hands?|caused|hereunto|affixed)\b",
                      re.IGNORECASE)
"""The words by which an attestation states the execution it attests (``… have executed this Agreement``, ``… have
signed this Memorandum``, ``… have hereunto set their hands``): the standard forms of English deeds and agreements
(Practical Law's execution clauses; the Law of Property (Miscellaneous Provisions) Act 1989's ``signed … as a
deed``)."""
MIN_ATTESTED_LINES = 2
"""Lines under an attestation with no signing words (names, posts, parties) an execution block holds at least."""


def _attested_names(lines: Sequence[Text], k: int) -> int | None:
    """Where an attestation opens (:data:`_ATTESTATION_EN`, stating an execution: :data:`_ATTESTS`) whose sentence,
    wrapped over at most :data:`MAX_ATTESTATION_LINES` lines, ends right over ``lines[k:]``, the block lines closing
    the document (:func:`_block_line`): at least :data:`MIN_ATTESTED_LINES` of them, none a signing line's words
    needed. The parties' names and posts alone under the formula sign as the signing lines do (issue 16 point 2,
    helper en84, sect83's open fault: an agreement signed so had stayed its last clause's paragraphs); the formula is
    the evidence, the lines' shortness alone never is (a list of posts closing a newsletter)."""
    if len(lines) - k < MIN_ATTESTED_LINES:
        return None
    for j in range(k - 1, max(k - 1 - MAX_ATTESTATION_LINES, -1), -1):
        if _ATTESTATION_EN.match(lines[j].text):
            sentence = " ".join(t.text.strip() for t in lines[j:k])
            # the attestation's one sentence, ending on the line right over the block (a sentence under it, ``It was
            # followed by …``, is prose about the formula, no block)
            ends = [i for i in range(j, k) if lines[i].text.rstrip().endswith((".", ":", ";", ","))]
            if _ATTESTS.search(sentence) and ends in ([k - 1], []):
                return j
            return None
    return None


def executed_signatures(lines: Sequence[Text]) -> int | None:
    """Where an English agreement's execution block closing ``lines`` opens: the attestation (:data:`_ATTESTATION_EN`,
    its sentence wrapped over up to :data:`MAX_ATTESTATION_LINES` lines) where it stands over the blocks, else the
    first party's block; each line after it a block's line (:func:`_block_line`) and one of them at least a signing
    line (:data:`_SIGNING`). None where the document ends otherwise.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> executed_signatures(mk("This Agreement is governed by English law.",
    ...     "IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.",
    ...     "Signed by Jane Porter", "for and on behalf of Harbour Analytics Ltd", "Director"))
    1
    >>> executed_signatures(mk("It remains in force for five years.", "For the University of Westford:", "Signature: ______",
    ...     "Name: Professor Helen Ward", "Title: Vice-Chancellor"))
    1

    A deed's execution (its attestation, the bracket column and the dots left to sign on):

    >>> executed_signatures(mk("It is given.", "EXECUTED AS A DEED on 4 April 2026", "SIGNED as a deed by ANNA CLARKE      )",
    ...     "in the presence of:      )  ..............", "Witness signature: ..........", "Witness name: Peter Owen"))
    1

    Near misses: a sentence quoting the formula, and short lines closing a text with no signing line among them.

    The parties' names and posts alone under the attestation:

    >>> executed_signatures(mk("It is governed by English law.", "IN WITNESS WHEREOF the parties have executed this",
    ...     "Agreement on the date first written above.", "Jane Porter", "Director, Harbour Analytics Ltd"))
    1

    >>> executed_signatures(mk("1. Formulas", "Many agreements end with IN WITNESS WHEREOF, a formula.", "3. Today", "Gone."))
    >>> executed_signatures(mk("Old forms.", "IN WITNESS WHEREOF is a formula.", "It was followed by names.", "Chair", "Ann Lee"))
    >>> executed_signatures(mk("Thanks to our volunteers.", "Chair", "Ann Lee", "Treasurer", "Tom Hall"))
    """
    n = len(lines)
    k = n
    while k > 0 and _block_line(lines[k - 1].text):
        k -= 1
    if (attested := _attested_names(lines, k)) is not None:
        return attested
    # the block opens on a party's signing line: the short lines over it are the clause's own
    while k < n and not _opens_block(lines[k].text):
        k += 1
    if k == n or not any(_SIGNING.match(t.text) for t in lines[k:]):
        return None
    for j in range(k - 1, max(k - 1 - MAX_ATTESTATION_LINES, -1), -1):
        if _ATTESTATION_EN.match(lines[j].text):
            return j
    return k
