"""A derived word the talk's English says (*Modernization*, *Revitalization*) proposes the Japanese word with its
suffix (近代化, 活性化) where EDICT has it (issue 19; trial 30: 民主化 beside *Democratization Movement* proposed
nothing, as the gloss table kept only words of the frequency list, which MeCab split as stem + suffix).
"""

from __future__ import annotations

from pipeline import glosses
from pipeline.model import GAP
from pipeline.restore import Restorer, charlm
from pipeline.restore.evidence import translation
from pipeline.restore.evidence.base import Document, Line, Site, Source


def _restorer(japanese: str, english: str | None = None) -> tuple[Restorer, Site]:
    start = japanese.index(GAP)
    doc = Document.of_lines([Line(japanese, 1)])
    if english is not None:
        doc.sources = {1: (Source((Line(english, 2),), "the title of a linked slide", True),)}
    return Restorer(doc, lm=charlm.for_document(japanese), plain=True), Site(japanese, start, start + 1, 1)


def test_the_gloss_table_holds_a_derived_word_edict_has() -> None:
    assert glosses.translates("近代化", glosses.lemmas("Modernization")) == {"modernization"}
    assert glosses.translates("活性化", glosses.lemmas("Revitalization")) == {"revitalization"}


def test_a_derived_english_word_proposes_the_japanese_word_with_its_suffix() -> None:
    japanese = "市の近代\ufffdの歩みを振り返る"
    restorer, site = _restorer(japanese, "Looking back on the Modernization of the city")
    assert "化" in [p.fill for p in translation.propose(site, restorer.doc, [])]
    verdict = restorer.verdict(restorer.rank(site))
    assert verdict.candidates[0].text == "化"
    assert any(e.kind == "bilingual" and "近代化" in e.detail for e in verdict.evidence)
