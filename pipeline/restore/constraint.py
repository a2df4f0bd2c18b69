"""The bytes a mojibake repair kept of a lost glyph: a constraint on what restore may fill.

Clean leaves a lost glyph where the wrong reading of a Shift_JIS-family text
lost one of its character's bytes, and records the characters its surviving
bytes allow (``Cleaned.byte_hints``: a :class:`~pipeline.model.Hint` of kind
``bytes``; ``?? 42`` read as CP1252 can only be ``。 坑 州 殖 截``). Here that is
a constraint, applied to the one ranking every provider feeds:

- every allowed character is a candidate (proposed here when no provider did:
  ``。`` is no word a lexicon offers), and is read like any other candidate;
- no other candidate survives the ranking;
- the probabilities are the model's over the whole pool, never renormalised
  among the allowed ones: a fill is committed only where its calibrated
  confidence reaches the threshold, as anywhere else (the benchmark never saw
  a constraint, so none of its confidence may be lent to one).

The evidence of the verdict names the constraint (``the bytes E3 80 ?? (UTF-8
read as CP932) allow only 、 。 …``). Plain text (``pipeline restore -``) has
no bytes, hence no constraint.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
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
    if not any(e.kind == KIND for e in verdict.evidence):
        verdict = replace(verdict, evidence=verdict.evidence + (note,))
    return verdict
