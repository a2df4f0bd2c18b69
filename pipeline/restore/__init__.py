"""Restore: fill lost glyphs from evidence, or say why not.

Every gap (a maximal run of U+FFFD) goes through the same steps:

1. abstention: a person's name after a title and a talk-number prefix are
   left as they are (:mod:`pipeline.restore.evidence.abstention`);
2. numbering settles the heading number and separator at the start of a
   heading line; what the numbering does not cover (``12\ufffd\ufffdしい``: the
   separator, then a title character) is decided separately and reported as
   its own repair, with its own raw position;
3. repetition, lexicon and bilingual evidence propose fills; one model
   (:mod:`pipeline.restore.scoring`) ranks them, and the top fill is committed only
   when its calibrated confidence reaches the threshold chosen on the
   benchmark, else the gap stays with its candidates (``ambiguous``).

Fills committed in a line are written before its other gaps are decided
again, so neighbouring gaps can use each other's context.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable

from pipeline.restore import charlm, scoring
from pipeline.restore.evidence import abstention, bilingual, charmodel, lexicon
from pipeline.chardata import JA_LETTER_RE, TO_ASCII_DIGITS, is_english
from pipeline.restore.evidence.base import Document, Line, Proposal, Site, find_gaps
from pipeline.restore.evidence.numbering import NumberingIndex
from pipeline.restore.evidence.repetition import RepetitionIndex, ScopeText
from pipeline.model import (GAP, Candidate, Evidence, Hint, Repair, Restored, RestoredTalk, Section, Segmented, Slide,
                    Speaker, Talk, Text, Bilingual)

__all__ = ["Decision", "Restorer", "find_gaps", "restore", "restore_text"]

SYMBOLS = "・－、：／～"
"""Punctuation a heading or phrase may have lost between two words; proposed only beside Japanese text."""
NUMBERING_CONFIDENCE = 0.99
NUMBER_CONTEXT = 5
"""Context characters a repeated number needs before its repetition counts as evidence."""
PASSES = 2
"""Committed fills become evidence for the gaps still open (``マーケ\ufffdィン\ufffd`` filled lets
``\ufffdーケティング`` find ``マーケティング`` repeated); a second pass over the document uses them."""


@dataclass(frozen=True)
class Decision:
    """The verdict on ``text[start:end]`` of one line."""

    start: int
    end: int
    original: str
    status: str
    fill: str | None
    confidence: float
    candidates: tuple[Candidate, ...]
    evidence: tuple[Evidence, ...]


class Restorer:
    """Providers and the model for one document, built once and asked per gap."""

    def __init__(self, doc: Document, shared: tuple[ScopeText, ...] = (), lm: charlm.Scorer | None = None):
        """``lm``: the character model for this document (built here from the widest scope when not given;
        callers that make several restorers for one document build it once)."""
        self.doc = doc
        self.repetition = RepetitionIndex(doc, shared)
        if lm is None:
            widest = shared[-1].text if shared else "\n".join(ln.text for _, lines in doc.scopes for ln in lines)
            lm = charlm.for_document(widest)
        self.lm = lm
        self.numbering = NumberingIndex(doc)
        self.model = scoring.model()

    # -- one gap ---------------------------------------------------------

    def decide_run(self, text: str, start: int, end: int, line: int = 0,
                   extra: Iterable[Proposal] = (), name: bool = False) -> list[Decision]:
        """Decisions for the gap ``text[start:end]``: one, or two when numbering settles a prefix."""
        original = text[start:end]
        if name or abstention.is_person_name(text[:start], text[end:]):
            return [_abstain(start, end, original, "a person's name after a title: never filled")]
        if abstention.is_illegible(text):
            return [_abstain(start, end, original, "illegible line: most of its glyphs are lost")]
        if abstention.is_talk_number_line(text):
            return [_abstain(start, end, original, "the talk's number in the proceedings: nothing in the text settles it")]
        site = Site(text, start, end, line)
        claim = self.numbering.propose(site)
        decisions = []
        if claim is not None:
            cut = start + len(claim.fill)
            decisions.append(Decision(start, cut, text[start:cut], "restored", claim.fill, NUMBERING_CONFIDENCE,
                                      (Candidate(claim.fill, NUMBERING_CONFIDENCE),),
                                      (Evidence("numbering", claim.detail),)))
            if cut == end:
                return decisions
            text = text[:start] + claim.fill + text[cut:]
            site = Site(text, cut, end, line)
        decisions.append(self.decide_site(site, extra))
        return decisions

    def scored_pool(self, site: Site, extra: Iterable[Proposal] = ()) -> tuple[scoring.Pool, dict[str, int]]:
        """Every provider's proposals with the reading features added (beside Japanese), and the path costs.

        The one step the benchmark shares with :meth:`decide_site`, so both score the same pool.
        """
        pool = self.pool(site, extra)
        costs = scoring.add_reading_features(site, pool, self.lm) if len(pool) and _japanese_near(site) else {}
        return pool, costs

    def decide_site(self, site: Site, extra: Iterable[Proposal] = ()) -> Decision:
        pool, costs = self.scored_pool(site, extra)
        original = site.text[site.start:site.end]
        if not len(pool):
            return Decision(site.start, site.end, original, "unresolved", None, 0.0, (), ())
        ranking = scoring.softmax_ranking(pool, self.model.weights)
        top, p = ranking[0]
        confidence = self.model.confidence(p, site.length)
        evidence = list(pool.evidence[top])
        if top in costs:
            evidence.append(Evidence("lexicon", f"Sudachi path cost {costs[top]} for {site.window(top)} "
                                                f"(lowest of {len(costs)}: {min(costs.values())})"))
        if len(ranking) > 1:
            runner, q = ranking[1]
            evidence.append(Evidence("model", f"p={p:.3f} over {len(ranking)} candidates; next {runner} p={q:.3f}"))
        candidates = tuple(Candidate(f, s) for f, s in ranking[: scoring.TOP])
        # a punctuation mark that only the path cost favours is never committed:
        # the benchmark masks no punctuation, so no confidence is calibrated for it
        unsupported = pool.reading_only(top)
        # evidence of different kinds that disagree (the text repeats one word, the
        # talk's English translates another) is a tie no score should break
        rival = next((f for f, _ in ranking[1:] if pool.features[f].get("bilingual_word")), None)
        if rival is not None and not pool.features[top].get("bilingual_word"):
            evidence.append(Evidence("abstention", f"the English supports {rival} against {top}: conflicting evidence"))
            unsupported = True
        if confidence >= self.model.threshold(site.length) and not unsupported:
            return Decision(site.start, site.end, original, "restored", top, confidence, candidates, tuple(evidence))
        return Decision(site.start, site.end, original, "ambiguous", None, confidence, candidates, tuple(evidence))

    def pool(self, site: Site, extra: Iterable[Proposal] = ()) -> scoring.Pool:
        """Every provider's proposals for a site, merged."""
        pool = scoring.Pool()
        in_number = bilingual.number_slots(site) is not None
        for proposal in self.repetition.propose(site):
            # inside a number only digits can fill ("Established 2\ufffd\ufffd\ufffd" is no "20th")
            # and the same digits after "2" somewhere else say nothing: a year needs its words around it
            if not in_number or (proposal.fill.translate(TO_ASCII_DIGITS).isdigit()
                                 and proposal.features["rep_context"] >= NUMBER_CONTEXT):
                pool.add(proposal)
        for proposal in lexicon.propose(site, self.lm):
            pool.add(proposal)
        for proposal in charmodel.propose(site, self.lm):
            pool.add(proposal)
        for proposal in bilingual.propose(site, self.doc, english=is_english(site.text)):
            pool.add(proposal)
        for proposal in extra:
            if len(proposal.fill) == site.length:
                pool.add(proposal)
        for proposal in bilingual.word_proposals(site, self.doc, list(pool.features)):
            pool.add(proposal)
        if site.length == 1 and site.script == "ja":
            for symbol in SYMBOLS:
                if symbol not in pool.features:
                    pool.add(Proposal(symbol, "lexicon", f"punctuation {symbol}", {"symbol": 1.0}))
        scoring.add_repetition_lead(pool)
        return pool

    # -- one line --------------------------------------------------------

    def restore_line(self, text: str, line: int = 0, extra=None, names=None) -> tuple[str, list[Decision]]:
        """All gaps of a line; committed fills are written in and the rest decided again with them."""
        extra = extra or (lambda start: ())
        names = names or (lambda start: False)
        decided: dict[int, Decision] = {}
        for _ in range(2):
            changed = False
            for start, end in find_gaps(text):
                for d in self.decide_run(text, start, end, line, extra(start), names(start)):
                    decided[d.start] = d
                    if d.fill is not None:
                        text = text[:d.start] + d.fill + text[d.end:]
                        changed = True
            if not changed:
                break
        return text, [decided[k] for k in sorted(decided)]


def _abstain(start: int, end: int, original: str, why: str) -> Decision:
    return Decision(start, end, original, "unresolved", None, 0.0, (), (Evidence("abstention", why),))


def _japanese_near(site: Site) -> bool:
    return bool(JA_LETTER_RE.search(site.left[-3:] + site.right[:3]))


# --------------------------------------------------------------------------
# Plain text: `python -m pipeline restore FILE|-`
# --------------------------------------------------------------------------


def restore_text(text: str) -> dict[str, Any]:
    """The ``pipeline restore FILE|-`` contract: text with gaps in, JSON object out.

    Offsets are code points into the input; the restored text has the same
    length (one lost glyph is one character).

    >>> out = restore_text("１．港のまち\\n\\ufffd\\ufffd海のまち\\n３．空のまち")
    >>> out["text"].split("\\n")[1], out["repairs"][0]["status"]
    ('２．海のまち', 'restored')
    """
    lines = text.split("\n")
    decided: dict[tuple[int, int], Decision] = {}
    for _ in range(PASSES):
        restorer = Restorer(Document.from_text("\n".join(lines)))
        changed = False
        for i, line in enumerate(lines):
            if GAP not in line:
                continue
            new, decisions = restorer.restore_line(line, i + 1)
            for d in decisions:
                decided[(i, d.start)] = d
            changed |= new != line
            lines[i] = new
        if not changed:
            break
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    repairs = []
    for (i, _), d in sorted(decided.items()):
        repairs.append({
            "start": offsets[i] + d.start, "end": offsets[i] + d.end, "original": d.original, "restored": d.fill,
            "status": d.status, "confidence": round(d.confidence, 4),
            "candidates": [c.to_json() for c in d.candidates],
            "evidence": [e.to_json() for e in d.evidence],
        })
    out_lines = lines
    return {"text": "\n".join(out_lines), "repairs": repairs}


# --------------------------------------------------------------------------
# Talks: the pipeline stage
# --------------------------------------------------------------------------


def _unique_pieces(pieces: Iterable[Text]) -> list[Text]:
    """Pieces in order, minus those whose raw characters an earlier piece already holds
    (a section title inside its heading): repetition must not count a phrase twice."""
    seen: set = set()
    kept = []
    for piece in pieces:
        raw = {p for p in piece.origin if p is not None}
        if raw and raw <= seen:
            continue
        seen |= raw
        kept.append(piece)
    return kept


def _lines(pieces: Iterable[Text]) -> list[Line]:
    return [Line(p.text, (p.first_pos() or (0, 0))[0], p.origin) for p in pieces]


def restore(doc: Segmented) -> Restored:
    """Fill the gaps of every talk; each raw gap is decided once and written into every piece that holds it."""
    all_pieces = [_unique_pieces(t.texts()) for t in doc.talks]
    doc_lines = [ln for pieces in all_pieces for ln in _lines(pieces)] + _lines(doc.unassigned)
    cids = {(m.line, m.col): m.cid for m in doc.markers}
    # the whole document is joined once for every talk and pass (rebuilding it per talk would make
    # restore quadratic in the number of talks); it holds the text as it came, fills of a pass being
    # evidence within their own talk
    document_scope = ScopeText.build("document", doc_lines)
    lm = charlm.for_document(document_scope.text)
    talks = []
    for talk, pieces in zip(doc.talks, all_pieces):
        hints = {(h.line, h.col): h for h in talk.hints}
        name_chars = {p for p in (talk.speaker.name.origin if talk.speaker.name else ()) if p is not None}
        fills: dict = {}
        repairs: dict = {}
        for _ in range(PASSES):
            current = [_fill(p, fills) for p in pieces]
            document = Document.of_lines(_lines(current), scope="talk")
            before = len(fills)
            _restore_pieces(Restorer(document, (document_scope,), lm), current, hints, name_chars, cids, fills, repairs)
            if len(fills) == before:
                break
        talks.append(RestoredTalk(talk=_write_fills(talk, fills),
                                  repairs=tuple(sorted(repairs.values(), key=lambda r: (r.line, r.col)))))
    return Restored(source=doc.source, talks=tuple(talks), ledger=doc.ledger, markers=doc.markers,
                    unassigned=doc.unassigned)


def _restore_pieces(restorer: Restorer, pieces: list[Text], hints: dict, name_chars: set, cids: dict,
                    fills: dict, repairs: dict) -> None:
    """One pass over a talk's pieces: verdicts into ``repairs`` (a committed one is final), fills into ``fills``."""
    for piece in pieces:
        if GAP not in piece.text:
            continue
        origin = piece.origin

        def extra(start: int, origin=origin) -> list[Proposal]:
            hint = hints.get(origin[start]) if origin[start] is not None else None
            return _hint_proposals(hint)

        def names(start: int, origin=origin) -> bool:
            return origin[start] in name_chars

        first = piece.first_pos()
        _, decisions = restorer.restore_line(piece.text, first[0] if first else 0, extra, names)
        for d in decisions:
            pos = origin[d.start]
            key = pos if pos is not None else (id(piece), d.start)
            old = repairs.get(key)
            if old is not None and (old.status == "restored" or d.status != "restored"):
                continue
            repairs[key] = _repair(d, pos, origin, cids)
            if d.fill is not None:
                for i, ch in enumerate(d.fill):
                    p = origin[d.start + i]
                    if p is not None:
                        fills[p] = ch


def _hint_proposals(hint: Hint | None) -> list[Proposal]:
    if hint is None:
        return []
    strength = 1.0 if len(hint.candidates) == 1 else 0.5
    return [Proposal(c, hint.evidence.kind, hint.evidence.detail, {"numbering": strength}) for c in hint.candidates]


def _repair(d: Decision, pos, origin, cids: dict) -> Repair:
    line, col = pos if pos is not None else (0, 0)
    gap_cids = tuple(cids[origin[i]] for i in range(d.start, d.end) if origin[i] in cids)
    return Repair(line=line, col=col, original=d.original, status=d.status, restored=d.fill,
                  confidence=d.confidence, candidates=d.candidates, evidence=d.evidence, cids=gap_cids)


def _fill(text: Text | None, fills: dict) -> Text | None:
    """``text`` with every lost glyph whose raw position has a fill replaced (same length, same origin)."""
    if text is None or GAP not in text.text:
        return text
    chars = [fills.get(p, ch) if ch == GAP and p is not None else ch for ch, p in zip(text.text, text.origin)]
    return Text("".join(chars), text.origin)


def _write_fills(talk: Talk, fills: dict) -> Talk:
    if not fills:
        return talk
    f = lambda t: _fill(t, fills)  # noqa: E731
    return replace(
        talk,
        city=Bilingual(f(talk.city.ja), f(talk.city.en)),
        title=Bilingual(f(talk.title.ja), f(talk.title.en)),
        subtitle=Bilingual(f(talk.subtitle.ja), f(talk.subtitle.en)),
        speaker=Speaker(f(talk.speaker.text), f(talk.speaker.affiliation), f(talk.speaker.name)),
        front=tuple(f(t) for t in talk.front),
        sections=tuple(Section(s.number, s.level, f(s.title), tuple(f(p) for p in s.paragraphs), f(s.heading))
                       for s in talk.sections),
        slides=tuple(Slide(s.number, f(s.title), tuple(f(t) for t in s.lines)) for s in talk.slides),
    )
