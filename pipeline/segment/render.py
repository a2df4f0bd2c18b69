"""A readable plain-text rendering of a Segmented record, for people and golden files."""

from __future__ import annotations

from pipeline.model import Segmented, Talk, Text


def _t(t: Text | None, limit: int | None = None) -> str:
    if t is None:
        return "-"
    s = t.text
    return s if limit is None or len(s) <= limit else s[:limit] + "…"


def _line(t: Text | None) -> str:
    pos = t.first_pos() if t is not None else None
    return f"l.{pos[0]}" if pos is not None else "l.?"


def _placed(field: str, texts: tuple[Text, ...], chars: int) -> list[str]:
    """One row a text of a talk's field, with the raw line it starts on and its first ``chars`` characters."""
    return [f"  {field} {_line(t)}: {_t(t, chars)}" for t in texts]


def _table_rows(tables: tuple[tuple[int, int], ...]) -> set[int]:
    return {i for first, n in tables for i in range(first, first + n)}


def render_talk(talk: Talk, paragraph_chars: int = 40) -> list[str]:
    out = [
        f"talk {talk.id} (lines {talk.first_line}-{talk.last_line}): {talk.shape}, {talk.lang}",
        f"  city: {_t(talk.city.ja)} / {_t(talk.city.en)}",
        f"  title: {_t(talk.title.ja)} / {_t(talk.title.en)}" + (f" / ko {_t(talk.title.ko)}" if talk.title.ko else ""),
        f"  subtitle: {_t(talk.subtitle.ja)} / {_t(talk.subtitle.en)}",
        f"  speaker: {_t(talk.speaker.text)} | affiliation: {_t(talk.speaker.affiliation)} | name: {_t(talk.speaker.name)}",
    ]
    if len(talk.speaker.authors) > 1 or any(a.marks for a in talk.speaker.authors):
        for a in talk.speaker.authors:  # a line of several authors, or marked ones: each with its own affiliation
            out.append(f"  author: {a.name.text} | marks: {' '.join(m.text for m in a.marks) or '-'} | affiliation: {_t(a.affiliation)}")
    for e in talk.evidence:
        out.append(f"  evidence {e.kind}: {e.detail}")
    in_front, code_front = _table_rows(talk.front_tables), _table_rows(talk.front_listings)
    for i, f in enumerate(talk.front):
        mark = ' ▦' if i in in_front else ' ▤' if i in code_front else ''
        mark += ' ⌂' if i in talk.front_closing else ''  # the closing block's (paper.closing in the talk JSON)
        out.append(f"  front {_line(f)}{mark}: {_t(f, paragraph_chars)}")
    out += _placed("contents", talk.contents, paragraph_chars)
    out.append(f"  sections: {len(talk.sections)}")
    for s in talk.sections:
        twin = f" = § #{s.parallel}" if s.parallel is not None else ""  # the section it gives in another language
        label = f" [appendix {s.appendix}]" if s.appendix is not None else ""  # its label: the number stays None
        out.append(f"  § {s.number} (level {s.level}, {_line(s.heading)}) {s.title.text}{twin}{label}")
        rows, code = _table_rows(s.tables), _table_rows(s.listings)
        for i, p in enumerate(s.paragraphs):  # ▦: a table's row, ▤: a listing's line
            out.append(f"      {'▦' if i in rows else '▤' if i in code else '¶'} {_t(p, paragraph_chars)}")
    out += _placed("footnote", talk.footnotes, paragraph_chars)
    out.append(f"  slides: {len(talk.slides)}")
    for sl in talk.slides:
        number = "-" if sl.number is None else str(sl.number)
        out.append(f"  [{number}] {_t(sl.title)}")
        for t in sl.lines:
            out.append(f"      {_line(t)}: {t.text}")
        for t in sl.notes:
            out.append(f"      note {_line(t)}: {t.text}")
    out.append(f"  hints: {len(talk.hints)}")
    for h in talk.hints:
        out.append(f"      {h.line}:{h.col}+{h.length} {list(h.candidates)} {h.evidence.kind}: {h.evidence.detail}")
    return out


def render(doc: Segmented, paragraph_chars: int = 40) -> str:
    """Talks with their sections (first characters of each paragraph), slides and hints."""
    out = [f"source: {doc.source.file}", f"talks: {len(doc.talks)}"]
    for row in doc.ledger:
        if row.rule == "page_furniture":
            out.append(f"  furniture l.{row.line}: {row.text} ({row.reason})")
    for talk in doc.talks:
        out.extend(render_talk(talk, paragraph_chars))
    return "\n".join(out) + "\n"
