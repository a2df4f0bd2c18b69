"""Segment: cleaned lines → talks, each a Japanese paper (numbered sections) and English slides.

One module per job: ``script`` (Japanese or English, by counting characters),
``romanize`` (kana → Hepburn, for talk ids), ``layout`` (text boxes and page
starts recovered from raw line numbers), ``talks`` (where talks start, paper
versus slides), ``front`` (city, title, subtitle, speaker), ``numbering`` and
``sections`` (numbered headings, the sequence, hints for lost digits),
``slides`` (page numbers and slide content), ``render`` (a readable text
rendering for people and golden files). This module is the facade:

* talks start at city lines (:mod:`pipeline.segment.talks`); inside a talk the
  Japanese paper and the English slides are told apart by script;
* the paper's front matter gives the city, title, subtitle and speaker
  (:mod:`pipeline.segment.front`); its numbered headings, including those whose
  digits were lost, give flat sections (:mod:`pipeline.segment.sections`), and
  the numbering sequence becomes hints for restore;
* the slides are put in number order (:mod:`pipeline.segment.slides`).

Nothing is dropped: lines before the first talk go to ``unassigned``, the
city line's leftovers (a lost talk number) to the talk's ``front``, and the
page-number text that became slide numbers to the ledger.
"""

from __future__ import annotations

from pipeline.ids import unique
from pipeline.model import Bilingual, Cleaned, Evidence, GAP, Hint, Segmented, Speaker, Talk, Text
from pipeline.segment.front import find_city_en, is_city_only_line, is_speaker_line, is_wrapped_subtitle, romaji_spellings, split_speaker, subtitle_hints
from pipeline.segment.layout import Layout, first_line
from pipeline.segment.sections import split_paper
from pipeline.segment.slides import build_deck, page_number_rows
from pipeline.segment.talks import TalkSpan, city_line_match, talk_spans


def _city_parts(line: Text) -> tuple[Text | None, Text | None]:
    """The city name in its line, and what stands before it (e.g. a lost talk number)."""
    m = city_line_match(line.text)
    if m is None:
        return None, None
    lead = len(line.text) - len(line.text.lstrip())
    name = line[lead + m.start("name"): lead + m.end("name")]
    prefix = line[: lead + m.start("name")].strip()
    return name, prefix if prefix.text else None


def _prefix_hints(prefix: Text | None) -> list[Hint]:
    """Lost glyphs before the city name: most likely a talk number, which nothing in the talk tells."""
    if prefix is None or GAP not in prefix.text:
        return []
    start = prefix.text.index(GAP)
    pos = prefix.origin[start]
    length = len(prefix.text[start:]) - len(prefix.text[start:].lstrip(GAP))
    if pos is None:
        return []
    return [Hint(pos[0], pos[1], length, (), Evidence("abstention", "lost glyphs before the city name on the talk's first line: a talk number; the talk itself does not say which"))]


def _talk(lines: list[Text], span: TalkSpan, layout: Layout, last_line: int, taken: set[str], n: int):
    paper = lines[span.start:span.slides_start]
    english = lines[span.slides_start:span.end]
    front: list[Text] = []
    hints: list[Hint] = []
    i = 0
    city_ja = None
    if span.has_city_line and paper:
        city_ja, prefix = _city_parts(paper[0])
        if prefix is not None:
            front.append(prefix)
            hints.extend(_prefix_hints(prefix))
        i = 1
    title_ja = paper[i] if i < len(paper) else None
    i += title_ja is not None
    subtitle_ja = None
    if i < len(paper) and is_wrapped_subtitle(paper[i].text):
        subtitle_ja, i = paper[i], i + 1
    speaker = Speaker(None, None, None)
    if i < len(paper) and is_speaker_line(paper[i].text):
        split = split_speaker(paper[i])
        speaker = Speaker(paper[i], split.affiliation, split.name)
        i += 1
    body = split_paper(paper[i:])
    front.extend(body.front)
    hints.extend(body.hints)

    spellings = romaji_spellings(city_ja.text) if city_ja is not None else []
    city_en, ident = find_city_en(city_ja.text, english) if city_ja is not None else (None, "")
    ignore = frozenset(spellings) | frozenset({"city"})
    deck = build_deck(english, layout, lambda s: bool(spellings) and is_city_only_line(s, spellings), ignore)
    title_en = deck.slides[0].title if deck.cover.lines else None
    subtitle_en = deck.cover.subtitle
    if subtitle_ja is not None:
        hints.extend(subtitle_hints(subtitle_ja, subtitle_en))

    ident = unique(ident or f"talk-{n}", taken)
    first = first_line(lines[span.start]) or 1
    talk = Talk(
        id=ident,
        first_line=first,
        last_line=last_line,
        city=Bilingual(city_ja, city_en),
        title=Bilingual(title_ja, title_en),
        subtitle=Bilingual(subtitle_ja, subtitle_en),
        speaker=speaker,
        sections=body.sections,
        slides=deck.slides,
        hints=tuple(sorted(hints, key=lambda h: (h.line, h.col))),
        front=tuple(front),
    )
    return talk, page_number_rows(deck.number_texts)


def segment(doc: Cleaned) -> Segmented:
    """Split a cleaned file into talks (see the module docstring)."""
    lines = list(doc.lines)
    layout = Layout.from_record(doc.lines, doc.ledger)
    spans = talk_spans(lines)
    talks = []
    rows = []
    taken: set[str] = set()
    for n, span in enumerate(spans, start=1):
        if n < len(spans):
            last = (first_line(lines[spans[n].start]) or 1) - 1
        else:
            last = max(doc.line_count, max((p[0] for t in lines[span.start:span.end] for p in t.origin if p), default=1))
        talk, number_rows = _talk(lines, span, layout, last, taken, n)
        talks.append(talk)
        rows.extend(number_rows)
    unassigned = tuple(lines[: spans[0].start]) if spans else tuple(lines)
    return Segmented(
        source=doc.source,
        talks=tuple(talks),
        ledger=doc.ledger + tuple(rows),
        markers=doc.markers,
        unassigned=unassigned,
    )
