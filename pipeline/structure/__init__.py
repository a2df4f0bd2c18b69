"""Structure: restored talks → one tokenized JSON document per talk.

The document is the talk JSON (``pipeline/structure/talk.schema.json``
is its contract): the paper's sections with Sudachi tokens and sentences per
paragraph (:mod:`pipeline.structure.tokenize_ja`), the slides with their lines kept as
plain strings plus spaCy tokens and sentences per line
(:mod:`pipeline.structure.tokenize_en`), each slide linked to the paper section it
illustrates when the evidence is good (:mod:`pipeline.structure.link`), and the
talk's repairs and dropped text with their raw positions. Every document
is checked against the schema (:mod:`pipeline.structure.schema`) before it leaves.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pipeline.structure import link, tokenize_en, tokenize_ja
from pipeline.ids import slug, unique
from pipeline.model import SCHEMA_VERSION, LedgerRow, Repair, Restored, RestoredTalk, Text
from pipeline.structure.schema import TalkSchemaError, fast_schema_errors


def _str(t: Text | None) -> str | None:
    return t.text if t is not None else None


def _where(t: Text | None) -> dict[str, int] | None:
    """Raw position of a text's first character that has one (``None`` for wholly inserted text)."""
    pos = t.first_pos() if t is not None else None
    return {"line": pos[0], "col": pos[1]} if pos is not None else None


RestoredPositions = frozenset[tuple[int, int]]


def restored_positions(repairs: tuple[Repair, ...]) -> RestoredPositions:
    """Raw positions of the glyphs the restore stage filled (a filled glyph keeps its gap's position).

    >>> sorted(restored_positions((Repair(4, 2, "\ufffd\ufffd", "兄弟", "restored", 0.99, (), ()),
    ...                            Repair(5, 0, "\ufffd", None, "ambiguous", 0.5, (), ()))))
    [(4, 2), (4, 3)]
    """
    return frozenset(
        (r.line, r.col + i) for r in repairs if r.status == "restored" and r.line >= 1 for i in range(len(r.original))
    )


def flag_restored(tokens: list[dict[str, Any]], t: Text, restored: RestoredPositions) -> list[dict[str, Any]]:
    """Mark tokens that contain a restored glyph (``"restored": true``): their text rests on the restore stage's fill."""
    if restored:
        for tok in tokens:
            if any(p in restored for p in t.origin[tok["start"]:tok["end"]]):
                tok["restored"] = True
    return tokens


def _ja_tokens(t: Text | None, mode: str, restored: RestoredPositions) -> list[dict[str, Any]] | None:
    return flag_restored(tokenize_ja.tokenize(t.text, mode=mode), t, restored) if t is not None else None


def _en_tokens(t: Text | None, restored: RestoredPositions) -> list[dict[str, Any]] | None:
    return flag_restored(tokenize_en.analyse(t.text)[0], t, restored) if t is not None else None


def paragraph_json(t: Text, *, mode: str, restored: RestoredPositions = frozenset()) -> dict[str, Any]:
    """A Japanese paragraph: text, Sudachi tokens, rule-based sentences, raw position."""
    return {
        "text": t.text,
        "source": _where(t),
        "tokens": _ja_tokens(t, mode, restored),
        "sentences": [{"start": s, "end": e} for s, e in tokenize_ja.split_sentences(t.text)],
    }


def repair_json(repair: Repair, file: str) -> dict[str, Any]:
    """A repair with its raw file named; ``source`` is ``None`` for a gap that no raw
    character stands behind (line 0 in the model's convention), which only
    an upstream stage that lost the position can produce."""
    data = repair.to_json()
    data["source"] = {"file": file, **data["source"]} if repair.line >= 1 else None
    return data


def _dropped(ledger: tuple[LedgerRow, ...], first: int, last: int, file: str) -> list[dict[str, Any]]:
    """Every raw text of the talk's lines that a stage removed or changed (``action``; a change with
    its ``replacement``): with the talk's text, the whole raw text is accounted for."""
    out = []
    for r in ledger:
        if first <= r.line <= last:
            row = {"source": {"file": file, "line": r.line, "col": r.col}, "text": r.text, "reason": r.reason,
                   "rule": r.rule, "action": r.action}
            if r.replacement is not None:
                row["replacement"] = r.replacement
            out.append(row)
    return out


def _slides_json(rt: RestoredTalk, restored: RestoredPositions) -> list[dict[str, Any]]:
    """Slides with plain-string lines plus parallel ``line_tokens``/``line_sentences``."""
    slides = rt.talk.slides
    texts: list[str] = []
    for sl in slides:
        if sl.title is not None:
            texts.append(sl.title.text)
        texts.extend(t.text for t in sl.lines)
    analysed = iter(tokenize_en.analyse_lines(texts))
    out = []
    for sl in slides:
        title_tokens = flag_restored(next(analysed)[0], sl.title, restored) if sl.title is not None else None
        lines = [next(analysed) for _ in sl.lines]
        for (tokens, _), t in zip(lines, sl.lines):
            flag_restored(tokens, t, restored)
        out.append({
            "number": sl.number,
            "title": _str(sl.title),
            "title_tokens": title_tokens,
            "lines": [t.text for t in sl.lines],
            "line_tokens": [toks for toks, _ in lines],
            "line_sentences": [sents for _, sents in lines],
            "source": _where(sl.title if sl.title is not None else (sl.lines[0] if sl.lines else None)),
            "section": None,
        })
    return out


def talk_json(doc: Restored, rt: RestoredTalk, *, talk_id: str, mode: str = tokenize_ja.DEFAULT_MODE) -> dict[str, Any]:
    """The talk JSON of one restored talk (see the module docstring and the schema)."""
    talk = rt.talk
    src = doc.source
    restored = restored_positions(rt.repairs)
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": talk_id,
        "source": {"file": src.file, "sha256": src.sha256, "first_line": talk.first_line, "last_line": talk.last_line},
        "city": {"ja": _str(talk.city.ja), "en": _str(talk.city.en)},
        "title": {"ja": _str(talk.title.ja), "en": _str(talk.title.en)},
        "title_tokens": {"ja": _ja_tokens(talk.title.ja, mode, restored), "en": _en_tokens(talk.title.en, restored)},
        "subtitle": {"ja": _str(talk.subtitle.ja), "en": _str(talk.subtitle.en)},
        "subtitle_tokens": {"ja": _ja_tokens(talk.subtitle.ja, mode, restored),
                            "en": _en_tokens(talk.subtitle.en, restored)},
        "speaker": {
            "text": _str(talk.speaker.text),
            "affiliation": _str(talk.speaker.affiliation),
            "name": _str(talk.speaker.name),
        },
        "shape": talk.shape,
        "evidence": [e.to_json() for e in talk.evidence],
        "paper": {
            "lang": talk.lang,
            "split_mode": mode,
            "front": [paragraph_json(t, mode=mode, restored=restored) for t in talk.front],
            "contents": [{"text": t.text, "source": _where(t)} for t in talk.contents],
            "sections": [
                {
                    "number": s.number,
                    "level": s.level,
                    "title": s.title.text,
                    "heading": _str(s.heading),
                    "source": _where(s.heading if s.heading is not None else s.title),
                    "title_tokens": _ja_tokens(s.title, mode, restored),
                    "paragraphs": [paragraph_json(p, mode=mode, restored=restored) for p in s.paragraphs],
                }
                for s in talk.sections
            ],
        },
        "slides": _slides_json(rt, restored),
        "repairs": [repair_json(r, src.file) for r in rt.repairs],
        "dropped": _dropped(doc.ledger, talk.first_line, talk.last_line, src.file),
    }
    for slide, section_link in zip(data["slides"], link.link_slides(data)):
        slide["section"] = section_link
    return data


def structure(doc: Restored, *, stem: str, mode: str = tokenize_ja.DEFAULT_MODE) -> dict[str, dict[str, Any]]:
    """All talk documents of one raw file, keyed by talk id (``<stem>/<city-slug>``).

    The id is unique across the corpus because the stem is unique among raw
    files and a second talk of the same city in one file gets ``-2``.
    Every document is checked against the shipped schema before it leaves.
    """
    out: dict[str, dict[str, Any]] = {}
    taken: set[str] = set()
    for rt in doc.talks:
        talk_id = unique(f"{stem}/{slug(rt.talk.id) or 'talk'}", taken)
        out[talk_id] = talk_json(doc, rt, talk_id=talk_id, mode=mode)
        errors = fast_schema_errors(out[talk_id])
        if errors:
            raise TalkSchemaError(f"talk {talk_id} does not match talk.schema.json: " + "; ".join(errors[:3]))
    return out
