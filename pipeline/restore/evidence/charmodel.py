"""Character model: fills that read as Japanese character by character, for gaps no dictionary word anchors.

A word reaching in from the surviving neighbours (:mod:`lexicon`) cannot
propose a word lost whole (``を\ufffd\ufffdする`` → 使用) or a particle plus the start
of the next word (``として\ufffd\ufffdいます`` → て扱). The trigram model of
:mod:`pipeline.restore.charlm` can: it proposes the fills it finds most probable
between the two contexts. Every candidate, whoever proposed it, is also
scored by the model in :func:`pipeline.restore.scoring.add_reading_features`.
"""

from __future__ import annotations

from pipeline.restore import charlm
from pipeline.vocab import EvidenceKind
from pipeline.restore.evidence.base import Proposal, Site

PROPOSALS = 50
MAX_LENGTH = 3
"""Longer gaps are left to the dictionary: a trigram model guesses four lost characters badly."""


def propose(site: Site, lm: charlm.Scorer | None = None) -> list[Proposal]:
    """The character model's best fills for a gap among Japanese characters.

    ``lm`` is the document's model (:func:`pipeline.restore.charlm.for_document`); the general one when not given.
    """
    lm = lm if lm is not None else charlm.model()
    if site.script != "ja" or site.length > MAX_LENGTH:
        return []
    proposals = []
    # read both ways: a fill led by the right context (a word whose end survives) is one the
    # left-to-right beam may prune before it reaches that context
    for direction, found in (("left to right", lm.propose(site.left, site.right, site.length, PROPOSALS)),
                             ("right to left", lm.propose_backward(site.left, site.right, site.length, PROPOSALS))):
        proposals += [Proposal(fill=fill, kind=EvidenceKind.CHARACTER_MODEL,
                               detail=f"character trigram model read {direction}: rank {rank} of its {len(found)} "
                                      f"fills for {site.left[-2:]}_{site.right[:2]}",
                               # not weighed by the model; marks the fill as more than "reads well"
                               # (scoring.Pool.reading_only)
                               features={"lm_rank": float(rank)})
                      for rank, (fill, _) in enumerate(found, start=1)]
    return proposals
