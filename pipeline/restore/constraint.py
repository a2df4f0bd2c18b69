"""The bytes a mojibake repair kept of a lost glyph: a constraint on what restore may fill.

Clean leaves a lost glyph where the wrong reading of a Shift_JIS-family text
lost one of its character's bytes, and records the characters its surviving
bytes allow (``Cleaned.byte_hints``: a :class:`~pipeline.model.Hint` of kind
``bytes``; ``?? 42`` read as CP1252 can only be ``。 坑 州 殖 截``). Here that is
a constraint, applied to the one ranking every provider feeds:

- every allowed character is a candidate (proposed here when no provider did:
  ``。`` is no word a lexicon offers), and is read like any other candidate;
- no other candidate survives the ranking;
- the confidence is the calibrated model's over the whole pool, never
  renormalised among the allowed ones (the plain benchmark never saw a
  constraint, so none of its confidence may be lent to one); where it reaches
  the threshold the fill is committed, as anywhere else;
- a single lost glyph the plain verdict leaves open is committed by a rule of
  its own (:func:`settles`): the top allowed fill holds
  :data:`SHARE_THRESHOLD` of the allowed fills' probability and nothing made
  the verdict abstain. Its confidence is the measured precision of that class
  (:data:`SETTLED_CONFIDENCE`), measured by ``bench/constraint_bench.py`` on
  mojibake made of the calibration half's documents, each source held out.

The evidence of the verdict names the constraint (``the bytes E3 80 ?? (UTF-8
read as CP932) allow only 、 。 …``). Plain text (``pipeline restore -``) has
no bytes, hence no constraint.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Sequence

from pipeline.model import Evidence, Hint, Repair
from pipeline.restore.evidence.base import Proposal, Site

if TYPE_CHECKING:
    from pipeline.restore import Restorer, charlm

KIND = "bytes"
MAX_PROPOSED = 64
"""Fills proposed for a gap of several constrained glyphs at most: the whole product of their allowed sets when it
is no larger, else the ones the character model reads best (:func:`proposals`)."""

Allowed = tuple[tuple[str, ...] | None, ...]
"""For each glyph of a gap, the characters its bytes allow, or ``None`` where nothing constrains it."""


def allowed_sets(hints: Sequence[Hint | None]) -> Allowed:
    """Each glyph's allowed characters from its hint (only a ``bytes`` hint constrains).

    >>> h = Hint(3, 4, 1, ("。", "州"), Evidence("bytes", "the bytes ?? 42 (…) allow only 。 州"), tentative=True)
    >>> allowed_sets([h, None])
    (('。', '州'), None)
    """
    return tuple(h.candidates if h is not None and h.evidence.kind == KIND else None for h in hints)


def permits(allowed: Allowed, fill: str) -> bool:
    """The fill has, at every constrained glyph, one of the characters allowed there.

    >>> permits((("。", "州"), None), "。だ"), permits((("。", "州"), None), "てだ")
    (True, False)
    """
    return len(fill) == len(allowed) and all(a is None or ch in a for ch, a in zip(fill, allowed))


def proposals(allowed: Allowed, details: Iterable[str], site: Site | None = None,
              lm: "charlm.Scorer | None" = None) -> list[Proposal]:
    """Every fill the constraint allows, when each glyph is constrained; where they are more than
    :data:`MAX_PROPOSED` (``い`` or ``う`` then one of 31 marks is 155 fills), the :data:`MAX_PROPOSED` that the
    character model ``lm`` reads best in the site's context, built glyph by glyph (a beam). Without ``lm`` or
    ``site``, none then.

    They carry no feature of their own: how they read (the reading features) is what ranks them.

    >>> [p.fill for p in proposals((("。", "州"), ("だ",)), ["bytes"])]
    ['。だ', '州だ']
    """
    if any(a is None for a in allowed):
        return []
    total = 1
    for a in allowed:
        total *= len(a)
    detail = "; ".join(details)
    if total <= MAX_PROPOSED:
        fills = ["".join(chars) for chars in itertools.product(*allowed)]
    elif site is None or lm is None:
        return []
    else:
        fills = [""]
        for k, chars in enumerate(allowed):
            grown = [f + c for f in fills for c in chars]
            # the last glyph is read with the text after the gap, the others with what precedes them only
            right = site.right if k == len(allowed) - 1 else ""
            scores = lm.scores(site.left, grown, right)
            order = sorted(range(len(grown)), key=lambda i: (-scores[i], grown[i]))
            fills = [grown[i] for i in order[:MAX_PROPOSED]]
    return [Proposal(fill, KIND, detail, {}) for fill in fills]


@dataclass(frozen=True)
class Reading:
    """How the model reads a constrained gap's allowed fills (what :func:`settles` judges, and what
    ``bench/constraint_bench.py`` measures).

    >>> r = read([("は", 0.3), ("ば", 0.1)], 1, {"lex_known": 1.0}, False)
    >>> r.allowed, round(r.share, 2), round(r.margin, 2), r.known
    (2, 0.75, 0.5, 1.0)
    """

    allowed: int
    """Allowed fills the model weighed."""
    share: float
    """The top allowed fill's share of the allowed fills' probability (the model's, renormalised among them)."""
    margin: float
    """That share less the next allowed fill's (the share itself when it is alone)."""
    known: float
    """Surviving letters a dictionary word with the top fill matches (the lexicon's ``lex_known``)."""
    abstained: bool
    """The plain verdict abstains (a name, a number, a tense, a mark outside Japanese…): never committed here."""
    length: int


def read(kept: Sequence[tuple[str, float]], length: int, features: dict[str, float], abstained: bool) -> Reading:
    """The :class:`Reading` of ``kept`` (the allowed fills, best first, with the model's probability over the
    whole pool); ``features``: the top fill's."""
    total = sum(p for _, p in kept) or 1.0
    share = kept[0][1] / total
    second = kept[1][1] / total if len(kept) > 1 else 0.0
    return Reading(len(kept), share, share - second, float(features.get("lex_known", 0.0)), abstained, length)


SHARE_THRESHOLD = 0.99
"""A lost glyph whose bytes' allowed fills the model reads with its top one holding at least this share of their
probability (:attr:`Reading.share`; a lone allowed fill holds all of it) is committed by :func:`settles`.
Chosen on the calibration half of ``bench/constraint_bench.py`` (3 December, ``--half calibration --docs 4
--lines 30``: 12 sources, each restored with the character model counted without it): the lowest round share at
which every source's committed single glyphs, the plain verdict's and these together, stay right ≥ 0.95 at the
lower end of the one-sided 90% Wilson interval (worst source 0.961, gimp 40/40; at 0.95 manpages fell to 0.904).
Runs of several constrained glyphs are left to the plain verdict: at 0.99 they were right 60 of 70 (descriptions
12/16, lilypond 3/5)."""

MEASURED = "UTF-8 read as CP932"
"""The one damage the bench makes and measured (``bench/constraint_bench.py``: 06m's): :func:`settles` commits only
a glyph whose bytes' hint names it. Shift_JIS or EUC-JP read as a Western code page, and UTF-8 read as EUC-JP,
leave other allowed sets (``?? 42``: ``。 坑 州 殖 截``), never measured: the plain verdict decides them."""

SETTLED = (1110, 1111)
"""Right/committed of the single glyphs :func:`settles` commits beyond the plain verdict, on that calibration half
(263/263 alone among the allowed fills, 847/848 with others beside them; a gap whose truth the bench could not
tell counted wrong). Wilson lower 0.997."""

SETTLED_CONFIDENCE = round(SETTLED[0] / SETTLED[1], 3)
"""The confidence of such a commit: its class's measured precision (0.999)."""


def settles(reading: Reading, details: Sequence[str]) -> bool:
    """The bytes and the model's reading of the fills they allow settle a single lost glyph the plain verdict left
    open: the top allowed fill holds :data:`SHARE_THRESHOLD` of the allowed fills' probability, the plain verdict
    abstained on nothing (a name, a number, a tense, a mark outside Japanese), and the bytes' hint (``details``:
    its evidence) is of the damage measured (:data:`MEASURED`).

    >>> u8 = ["the bytes E3 ?? AF (UTF-8 read as CP932) allow only は"]
    >>> settles(Reading(1, 1.0, 1.0, 1.0, False, 1), u8), settles(Reading(31, 0.64 / 0.70, 0.85, 0.0, False, 1), u8)
    (True, False)
    >>> settles(Reading(1, 1.0, 1.0, 1.0, True, 1), u8), settles(Reading(4, 1.0, 1.0, 2.0, False, 2), u8 * 2)
    (False, False)
    >>> settles(Reading(5, 1.0, 1.0, 0.0, False, 1), ["the bytes ?? 42 (Shift_JIS read as CP1252) allow only 。 州"])
    False
    """
    return reading.length == 1 and not reading.abstained and reading.share >= SHARE_THRESHOLD \
        and bool(details) and all(f"({MEASURED})" in d for d in details)


RECORD: dict[tuple[int, int], tuple[Reading, str, float]] | None = None
"""When a dict (``bench/constraint_bench.py`` sets one), each constrained gap's reading, its plain verdict's
status and confidence, by the raw position of its first constrained glyph."""


def decide(restorer: "Restorer", site: Site, extra: Iterable[Proposal], hints: Sequence[Hint | None]) -> Repair:
    """The verdict on ``site`` under the bytes' constraint (``hints``: one per glyph of the site, or ``None``);
    without a ``bytes`` hint, the restorer's own verdict unchanged."""
    allowed = allowed_sets(hints)
    if all(a is None for a in allowed):
        return restorer.decide_site(site, extra)
    details = [h.evidence.detail for h in hints if h is not None and h.evidence.kind == KIND]
    ranked = restorer.rank(site, [*extra, *proposals(allowed, details, site, restorer.lm)])
    kept = [(fill, p) for fill, p in ranked.ranking if permits(allowed, fill)]
    note = Evidence(KIND, "; ".join(details))
    if not kept:
        original = site.text[site.start:site.end]
        return Repair(line=site.line, col=site.start, original=original, restored=None, status="unresolved",
                      confidence=0.0, candidates=(), evidence=(note,))
    # the confidence is the calibrated model's over every candidate it weighed, not over the allowed ones only:
    # the benchmark that calibrated it never saw a constraint (a lone allowed は at p 0.34 is not 0.998 sure)
    verdict = restorer.verdict(ranked, kept, rivals=ranked.ranking)
    abstained = any(e.kind == "abstention" for e in verdict.evidence) or verdict.confidence == 0.0
    reading = read(kept, site.length, ranked.pool.features.get(kept[0][0], {}), abstained)
    if RECORD is not None:
        first = next(h for h in hints if h is not None and h.evidence.kind == KIND)
        RECORD[(first.line, first.col)] = (reading, verdict.status, verdict.confidence)
    if not any(e.kind == KIND for e in verdict.evidence):
        verdict = replace(verdict, evidence=verdict.evidence + (note,))
    if verdict.status != "restored" and settles(reading, details):
        top = kept[0][0]
        alone = [a for a in allowed if a is not None] == [(top,)]
        why = (f"the bytes allow only {top}" if alone else
               f"{top} holds {reading.share:.3f} of the probability of the {reading.allowed} fills the bytes allow "
               "that the model weighed")
        settled = Evidence(KIND, f"{why}: single lost glyphs the bytes settle so were right {SETTLED[0]}/{SETTLED[1]} "
                                 f"held out (bench/constraint_bench.py); committed at {SETTLED_CONFIDENCE}, this "
                                 f"class's measured precision (the model over every candidate read "
                                 f"{verdict.confidence})")
        verdict = replace(verdict, restored=top, status="restored", confidence=SETTLED_CONFIDENCE,
                          evidence=verdict.evidence + (settled,))
    return verdict
