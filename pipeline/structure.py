"""Structure: restored talks → one JSON document per talk.

(Skeleton: assembles the DESIGN.md contract; tokens come with issue 6.)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .model import SCHEMA_VERSION, LedgerRow, Restored, RestoredTalk, Text


def slug(text: str) -> str:
    """A file-name-safe id part.

    >>> slug("Kita Kyushu!")
    'kita-kyushu'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^0-9a-z\u3040-\u30ff\u4e00-\u9fff]+", "-", text).strip("-")
    return text or "talk"


def _str(t: Text | None) -> str | None:
    return t.text if t is not None else None


def _dropped(ledger: tuple[LedgerRow, ...], first: int, last: int, file: str) -> list[dict[str, Any]]:
    return [
        {"source": {"file": file, "line": r.line, "col": r.col}, "text": r.text, "reason": r.reason, "rule": r.rule}
        for r in ledger
        if r.action == "dropped" and first <= r.line <= last
    ]


def talk_json(doc: Restored, rt: RestoredTalk, *, talk_id: str) -> dict[str, Any]:
    talk = rt.talk
    src = doc.source
    return {
        "schema_version": SCHEMA_VERSION,
        "id": talk_id,
        "source": {"file": src.file, "sha256": src.sha256, "first_line": talk.first_line, "last_line": talk.last_line},
        "city": {"ja": _str(talk.city.ja), "en": _str(talk.city.en)},
        "title": {"ja": _str(talk.title.ja), "en": _str(talk.title.en)},
        "subtitle": {"ja": _str(talk.subtitle.ja), "en": _str(talk.subtitle.en)},
        "speaker": {
            "text": _str(talk.speaker.text),
            "affiliation": _str(talk.speaker.affiliation),
            "name": _str(talk.speaker.name),
        },
        "paper": {
            "lang": "ja",
            "sections": [
                {
                    "number": s.number,
                    "level": s.level,
                    "title": s.title.text,
                    "paragraphs": [{"text": p.text, "tokens": []} for p in s.paragraphs],
                }
                for s in talk.sections
            ],
        },
        "slides": [
            {"number": sl.number, "title": _str(sl.title), "lines": [t.text for t in sl.lines]} for sl in talk.slides
        ],
        "repairs": [dict(r.to_json(), source={"file": src.file, **r.to_json()["source"]}) for r in rt.repairs],
        "dropped": _dropped(doc.ledger, talk.first_line, talk.last_line, src.file),
    }


def structure(doc: Restored, *, stem: str) -> dict[str, dict[str, Any]]:
    """All talk documents of one raw file, keyed by talk id (``<stem>/<city>``)."""
    out: dict[str, dict[str, Any]] = {}
    for rt in doc.talks:
        base = f"{stem}/{rt.talk.id}"
        talk_id, n = base, 2
        while talk_id in out:
            talk_id, n = f"{base}-{n}", n + 1
        out[talk_id] = talk_json(doc, rt, talk_id=talk_id)
    return out
