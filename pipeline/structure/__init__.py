"""Structure: restored talks → one tokenized talk document per talk.

The document is a :class:`~pipeline.structure.document.TalkDocument` whose JSON
form (``pipeline/structure/talk.schema.json`` is its contract) is the talk
JSON: the paper's sections with each paragraph's and section title's language,
tokens and sentences in that language (:func:`analyse_text`: Sudachi for
Japanese, :mod:`pipeline.structure.tokenize_ja`, with spaCy's Japanese token
conventions; spaCy's blank English for English), the slides with their lines
kept as plain strings plus spaCy tokens and sentences per line
(:mod:`pipeline.structure.tokenize_en`), each
slide linked to the paper section it illustrates when the evidence is good
(:mod:`pipeline.structure.link`), the talk's repairs and the raw text stages
removed or changed, with their raw positions, and the origin of every string
(so that the report needs nothing but this document and the extracted raw
lines). Every document
is checked against the schema (:mod:`pipeline.structure.schema`) before it
leaves; the exporters (:mod:`pipeline.structure.export`) and the report read
the same record.
"""

from __future__ import annotations

import re

from bisect import bisect_right
from typing import Mapping, Sequence

from pipeline.chardata import EN, JA, KO, LATIN_LANGS, ZH, document_lang, text_lang
from pipeline.ids import slug, unique
from pipeline.model import SCHEMA_VERSION, LedgerRow, Repair, Restored, RestoredTalk, Text, converter
from pipeline.segment.tables import row_cells
from pipeline.structure import link, tokenize_en, tokenize_ja, tokenize_ko, tokenize_latin, tokenize_zh
from pipeline.segment.contents import entry_parts
from pipeline.structure.contents_link import TalkNames, contents_talks
from dataclasses import replace

from pipeline.segment.labels import action_heading, turn_speakers
from pipeline.segment.names import speaker_split
from pipeline.segment.titleblock import timed_slot_prefix
from pipeline.structure.document import (
    ContentsLine, DeckSlide, DroppedText, EnToken, FilePosition, JaToken, Origin, Pair, Paper, PaperSection, Paragraph,
    RawPosition, SectionLink, Span, AuthorParts, SpeakerParts, TalkDocument, TalkRepair, TalkSource, TurnSpeaker, origin_of,
)
from pipeline.structure.schema import TalkSchemaError, fast_schema_errors

__all__ = ["TalkDocument", "slug", "structure", "talk_document"]


def _str(t: Text | None) -> str | None:
    return t.text if t is not None else None


def _origin(t: Text | None) -> Origin | None:
    return origin_of(t) if t is not None else None


def _where(t: Text | None) -> RawPosition | None:
    """Raw position of a text's first character that has one (``None`` for wholly inserted text)."""
    pos = t.first_pos() if t is not None else None
    return RawPosition(line=pos[0], col=pos[1]) if pos is not None else None


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


def flag_restored(tokens: list, t: Text, restored: RestoredPositions) -> tuple:
    """Mark tokens that contain a restored glyph (``restored``): their text rests on the restore stage's fill."""
    if restored:
        for tok in tokens:
            if any(p in restored for p in t.origin[tok.start:tok.end]):
                tok.restored = True
    return tuple(tokens)


def _ja_tokens(t: Text | None, mode: str, restored: RestoredPositions) -> tuple[JaToken, ...] | None:
    return flag_restored(tokenize_ja.tokenize(t.text, mode=mode), t, restored) if t is not None else None


def _en_tokens(t: Text | None, restored: RestoredPositions) -> tuple[EnToken, ...] | None:
    return flag_restored(tokenize_en.analyse(t.text)[0], t, restored) if t is not None else None


def _ko_tokens(t: Text | None, restored: RestoredPositions) -> tuple[EnToken, ...] | None:
    """A Korean title's tokens (:mod:`tokenize_ko`, as a Korean paragraph's), ``None`` where the talk has none."""
    return tuple(flag_restored(tokenize_ko.analyse(t.text)[0], t, restored)) if t is not None else None


def _title_key(title: str, lang: str) -> str:
    """The key of ``title`` (a talk's Latin-script title or subtitle) in the talk JSON's ``title`` (``subtitle``): the
    language it is written in where the document's ``lang`` (``paper.lang``) is one of :data:`LATIN_LANGS`
    (:func:`pipeline.chardata.text_lang`, as a paragraph's: a title too short to tell, fewer than eight words, takes
    the document's language), else ``en`` (an English document's title stays ``title.en`` whatever its words; decision
    of session 79, helper kanri79: docs/talk-json.md, *A title in the document's language*).

    >>> _title_key("LATEX-Briefvorlage im Corporate Design der Universität Regensburg", "de")
    'de'
    >>> _title_key("A Study of the Harbour Cities of the North Sea and their Trade", "de")
    'en'
    >>> _title_key("Einleitung in die Hafenstadt", "en"), _title_key("Harbour Cities", "de")
    ('en', 'de')
    """
    own = text_lang(title, lang) if lang in LATIN_LANGS else EN
    return own if own in LATIN_LANGS else EN


def _latin_tokens(t: Text | None, lang: str, restored: RestoredPositions) -> tuple[EnToken, ...] | None:
    """A Latin-script title's tokens: English ones (:func:`_en_tokens`) for ``en``, else the blank spaCy pipeline of
    ``lang`` (:mod:`tokenize_latin`, as a paragraph of that language)."""
    if lang == EN or t is None:
        return _en_tokens(t, restored)
    return tuple(flag_restored(tokenize_latin.READERS[lang].analyse(t.text)[0], t, restored))


SPACY_READERS = {EN: tokenize_en, KO: tokenize_ko, ZH: tokenize_zh, **tokenize_latin.READERS}
"""The languages read by a blank spaCy pipeline, their tokens in the English token's shape (schema version 6 for ko, zh;
German, French, Spanish, Dutch, Italian, Portuguese since helper lang78: :mod:`tokenize_latin`); every other text is
Japanese, Sudachi's."""


def analyse_text(text: str, *, lang: str, mode: str,
                 upos: bool = True) -> tuple[str, list[JaToken] | list[EnToken], tuple[Span, ...]]:
    """``(language, tokens, sentences)`` of a paper's paragraph or section title; ``lang`` is the paper's language.

    The text's own language is :func:`pipeline.chardata.text_lang`'s (an English abstract in a Japanese paper is
    English, a Japanese sentence naming a few English terms Japanese, a paragraph of digits alone takes the
    paper's, a paragraph of Hangul Korean, one whose ideographs show Chinese Chinese: schema version 6). English is
    read as the slides' English lines are (:mod:`tokenize_en`: spaCy ``blank("en")`` tokens, its sentencizer's
    sentences, ``…in Leeds. I am delighted…``); Korean by spaCy's ``blank("ko")`` with its rule-based tokenizer
    (:mod:`tokenize_ko`: a word and its particles one token, as Korean spaces them, in the English token's shape);
    Chinese by spaCy's ``blank("zh")`` with its jieba segmenter, words of jieba's dictionary (:mod:`tokenize_zh`);
    Japanese by Sudachi in split mode
    ``mode``, with the rule of Japanese sentences (:func:`tokenize_ja.split_sentences`). The restore stage's
    view of the talk for slide links reads the paper through this too (:func:`pipeline.structure.link.talk_view`),
    with ``upos=False``: its Japanese tokens carry no UPOS (``pos`` ``None``, :func:`tokenize_ja.tokenize`), which
    the links never read, so that a restore process need not import spaCy for a Japanese paper.

    >>> own, tokens, sentences = analyse_text("We met in Leeds. It rained.", lang="ja", mode="C")
    >>> own, [t.surface for t in tokens][:4], sentences
    ('en', ['We', 'met', 'in', 'Leeds'], (Span(start=0, end=16), Span(start=17, end=27)))
    >>> own, tokens, sentences = analyse_text("두 도시의 협력은 중요하다.", lang="ja", mode="C")
    >>> own, [t.surface for t in tokens], sentences
    ('ko', ['두', '도시의', '협력은', '중요하다', '.'], (Span(start=0, end=15),))
    """
    own = text_lang(text, lang)
    if own in SPACY_READERS:
        tokens, spans = SPACY_READERS[own].analyse(text)
        return own, tokens, tuple(Span(sp.start, sp.end) for sp in spans)
    return own, tokenize_ja.tokenize(text, mode=mode, upos=upos), tuple(Span(s, e) for s, e in tokenize_ja.split_sentences(text))


def paragraph(t: Text, *, mode: str, lang: str, restored: RestoredPositions = frozenset(),
              turns: Mapping[str, tuple[int, int]] | None = None) -> Paragraph:
    """A paper's paragraph: text, its language, tokens and sentences (:func:`analyse_text`; ``lang`` is the
    paper's language), raw position and origin; a token resting on a restored glyph is flagged ``restored``.
    ``turns``: where the talk records speakers' turns (:func:`_turn_speakers`), each turn's text and where it names
    its speaker, so a turn's paragraph names its speaker.

    >>> t = Text.from_raw("○議長（山田太郎君）　開会します。", 9)
    >>> paragraph(t, mode="C", lang="ja", turns={t.text: (1, 10)}).speaker
    TurnSpeaker(text='議長（山田太郎君）', start=1, end=10)
    >>> paragraph(t, mode="C", lang="ja").speaker is None
    True
    """
    own, tokens, sentences = analyse_text(t.text, lang=lang, mode=mode)
    span = turns.get(t.text) if turns else None
    return Paragraph(
        text=t.text,
        lang=own,
        source=_where(t),
        tokens=flag_restored(tokens, t, restored),
        sentences=sentences,
        map=origin_of(t),
        speaker=TurnSpeaker(t.text[span[0]:span[1]], *span) if span is not None else None,
    )


MIN_TURNS = 2
"""Speakers' turns a talk's sections hold at least for each turn's paragraph to name its speaker: as many as make a
meeting's proceedings (``segment.sections.proceedings_start``); one ``Chair: …`` line alone may be a sentence's."""


def _turn_speakers(talk) -> dict[str, tuple[int, int]]:
    """Where the talk's sections hold :data:`MIN_TURNS` speakers' turns or more (``labels.turn_speakers``: a
    meeting's marked turns; a transcript's turn labels, ``司会（中村）``, ``質問者A``, ``Moderator (Lee)``, where its
    speakers take turns; an interview's ``Q:`` / ``A:``), each turn's text and where it names its speaker: a record
    whose turns name their speakers (docs/talk-json.md, *A turn's speaker*); empty otherwise."""
    # (an action list's lines under its heading, ``ACTIONS`` / ``Clerk: Write to the county by 30 April.``, give who
    # acts and what, no speech: blanked here, so that no line of it is read as a turn; session 85, helper labels85)
    texts = ["" if action_heading(s.title.text) else t.text for s in talk.sections for t in s.paragraphs]
    # (the front matter may list the participants a one-kanji surname's turn is known by: labels.listed_turn; the
    # speaker line prints the lecturer a turn whose name lost a glyph is known by: labels.gapped_turn)
    spans = turn_speakers(texts, _turn_listing(talk))
    return {texts[k]: span for k, span in spans.items()} if len(spans) >= MIN_TURNS else {}


def _turn_listing(talk) -> tuple[str, ...]:
    """The talk's lines apart from its sections that may print the people its turns name: its front matter and its
    speaker line (``labels.turn_speakers``' ``listing``)."""
    return tuple(t.text for t in (*talk.front, talk.speaker.text) if t is not None)


_TABLE_CAPTION = re.compile(r"^\s*(?:(?:Table|TABLE|Tab\.)\s?[0-9IVX]+|(?:図表|表)\s?[0-9０-９]+|第\s?[0-9０-９]+\s?表)")
"""A table's caption opens on its label and number (``Table 2.``, ``TABLE II``, ``表1``, ``第3表``; a white paper's
``図表1-2-1``, the one label its figures and tables share: right over a table it is the table's)."""


def table_caption(text: str) -> bool:
    """``text`` is a table's caption (:data:`_TABLE_CAPTION`, read as a float's caption opens:
    :func:`pipeline.segment.figures.opens_caption`, or ``第3表 …``), no sentence naming a table (``表1に示す。``,
    ``Table 1 summarises …``) and no table's row.

    >>> table_caption("表1 出現頻度別の認識率(%)"), table_caption("Table 2. Accuracy by training-set size"), table_caption("第3表　地区別人口")
    (True, True, True)
    >>> table_caption("表1に,出現頻度別の認識率を示す."), table_caption("Table 1 summarises the scores."), table_caption("図1 概要")
    (False, False, False)
    >>> table_caption("図表1-2-1　費目別にみる旅行消費額"), table_caption("図表1-2-1に示すとおり増えた")
    (True, False)
    """
    from pipeline.segment.figures import opens_caption

    s = text.strip()
    if _TABLE_CAPTION.match(s) is None or "\t" in s or s.endswith("。"):
        return False
    return opens_caption(s) or re.match(r"^\s*第\s?[0-9０-９]+\s?表[\s\u3000]", s) is not None


def table(rows: Sequence[Text], *, mode: str, lang: str, restored: RestoredPositions = frozenset(),
          caption: str | None = None) -> Paragraph:
    """A table's rows (segment's ``tables``: each row a paragraph, its cells parted by TABs) as one paragraph of
    ``kind: "table"``: the rows joined by a line break no raw character stands behind, each row one sentence, and
    ``rows`` its cells (:func:`pipeline.segment.tables.row_cells`). The tokens are the whole text's, in its language.

    >>> p = table([Text.from_raw("Item\\t2024", 3), Text.from_raw("Fees\\t£3,100", 4)], mode="C", lang="en")
    >>> p.kind, p.rows, p.text, p.map
    ('table', (('Item', '2024'), ('Fees', '£3,100')), 'Item\\t2024\\nFees\\t£3,100', ((3, 0, 9), (0, 0, 1), (4, 0, 11)))
    >>> [p.text[s.start:s.end] for s in p.sentences]
    ['Item\\t2024', 'Fees\\t£3,100']
    """
    rows = [r.strip() for r in rows]
    t = Text.join(rows, sep=Text.inserted("\n"))
    own, tokens, _ = analyse_text(t.text, lang=lang, mode=mode)
    return Paragraph(text=t.text, lang=own, source=_where(t), tokens=flag_restored(tokens, t, restored),
                     sentences=_line_spans(rows), map=origin_of(t), kind="table",
                     rows=tuple(row_cells(r.text) or (r.text,) for r in rows), caption=caption)


def code(lines: Sequence[Text], *, mode: str, lang: str, restored: RestoredPositions = frozenset()) -> Paragraph:
    """A program listing's lines (segment's ``listings``: each line a paragraph, its indentation written before it)
    as one paragraph of ``kind: "code"``: the lines joined by a line break no raw character stands behind, each line
    one sentence. The tokens are the whole text's, in its language.

    >>> p = code([Text.from_raw("if x:", 3), Text.inserted("  ") + Text.from_raw("go()", 4)], mode="C", lang="en")
    >>> p.kind, p.text, p.map
    ('code', 'if x:\\n  go()', ((3, 0, 5), (0, 0, 3), (4, 0, 4)))
    >>> [p.text[s.start:s.end] for s in p.sentences]
    ['if x:', '  go()']
    """
    t = Text.join(lines, sep=Text.inserted("\n"))
    own, tokens, _ = analyse_text(t.text, lang=lang, mode=mode)
    return Paragraph(text=t.text, lang=own, source=_where(t), tokens=flag_restored(tokens, t, restored),
                     sentences=_line_spans(lines), map=origin_of(t), kind="code")


def _line_spans(lines: Sequence[Text]) -> tuple[Span, ...]:
    """Each line's span in the lines joined by one line break (a table's rows, a listing's lines: one sentence a line)."""
    spans, at = [], 0
    for line in lines:
        spans.append(Span(at, at + len(line.text)))
        at += len(line.text) + 1
    return tuple(spans)


def front_and_closing(talk) -> tuple[list[Text], list[tuple[int, int]], list[tuple[int, int]], list[Text]]:
    """``(front, front_tables, front_listings, closing)`` of segment's talk for the talk JSON: the lines segment marks
    as the document's closing block (``talk.front_closing``) taken out of ``talk.front`` into ``closing`` (``paper.closing``,
    schema version 7), in raw order, and the tables' and listings' runs among the rest renumbered. A line of a table's
    or a listing's run stays front with its run (closing paragraphs carry no tables).

    >>> from pipeline.model import Talk, Bilingual, Speaker
    >>> none = Bilingual(None, None)
    >>> t = Talk("x", 1, 3, none, none, none, Speaker(None, None, None), (), (),
    ...          front=tuple(Text.from_raw(s, n) for n, s in enumerate(("a", "b", "c"), 1)), front_closing=(1, 2))
    >>> f, tables, listings, closing = front_and_closing(t)
    >>> [x.text for x in f], [x.text for x in closing]
    (['a'], ['b', 'c'])
    """
    runs = [*talk.front_tables, *talk.front_listings]
    moved = {k for k in talk.front_closing if not any(first <= k < first + n for first, n in runs)}
    kept = [k for k in range(len(talk.front)) if k not in moved]
    at = {k: i for i, k in enumerate(kept)}
    renumber = lambda rs: [(at[first], n) for first, n in rs]  # noqa: E731
    return ([talk.front[k] for k in kept], renumber(talk.front_tables), renumber(talk.front_listings),
            [talk.front[k] for k in sorted(moved)])


def paragraphs(texts: Sequence[Text], tables: Sequence[tuple[int, int]], *, mode: str, lang: str,
               restored: RestoredPositions = frozenset(),
               listings: Sequence[tuple[int, int]] = (), turns: Mapping[str, tuple[int, int]] | None = None) -> tuple[Paragraph, ...]:
    """Paragraphs of ``texts``, each table among them (``(first, rows)``, segment's ``tables``) one :func:`table`,
    each listing (``(first, lines)``, segment's ``listings``) one :func:`code`."""
    starts = dict(tables)
    in_table = {k for first, rows in tables for k in range(first, first + rows)}
    codes: dict[int, int] = {}
    for first, n in listings:
        # a listing crossing a table segment reads (an R session's commands around its printed estimates) is written
        # in parts, the table's rows a table (issue 16 point 2: pscl's session had lost its code after the table)
        k = first
        while k < first + n:
            if k in in_table:
                k += 1
                continue
            end = k
            while end < first + n and end not in in_table:
                end += 1
            codes[k] = end - k
            k = end
    out: list[Paragraph] = []
    i = 0
    while i < len(texts):
        n = starts.get(i)
        if n:
            # the paragraph right over the table, where it is a table's caption: the table's ``caption`` (it stays a
            # paragraph in its place; docs/talk-json.md, *Tables*)
            above = texts[i - 1].text.strip() if i and i - 1 not in in_table else None
            caption = above if above is not None and table_caption(above) else None
            if caption is None and i + n < len(texts) and i + n not in in_table and i + n + 1 not in starts:
                # else the paragraph right under it, where that is a table's caption and heads no table of its own:
                # a caption set under its table (issue 16, helper paper85: ``Table 1: …`` under the rows had no
                # table naming it)
                below = texts[i + n].text.strip()
                caption = below if table_caption(below) else None
            out.append(table(texts[i:i + n], mode=mode, lang=lang, restored=restored, caption=caption))
            i += n
        elif (n := codes.get(i)) and not any(i <= k < i + n for k in starts):
            out.append(code(texts[i:i + n], mode=mode, lang=lang, restored=restored))
            i += n
        else:
            out.append(paragraph(texts[i], mode=mode, lang=lang, restored=restored, turns=turns))
            i += 1
    return tuple(out)


def talk_repair(repair: Repair, file: str) -> TalkRepair:
    """A repair with its raw file named; ``source`` is ``None`` for a gap that no raw
    character stands behind (line 0 in the model's convention), which only
    an upstream stage that lost the position can produce."""
    return TalkRepair(
        source=FilePosition(file, repair.line, repair.col) if repair.line >= 1 else None,
        original=repair.original,
        restored=repair.restored,
        status=repair.status,
        confidence=repair.confidence,
        candidates=repair.candidates,
        evidence=repair.evidence,
        cids=repair.cids,
        threshold=repair.threshold,
        calibrated=repair.calibrated,
    )


LineRange = tuple[int, int]


def owner(line: int, ranges: Sequence[LineRange], firsts: Sequence[int] | None = None) -> int:
    """Index of the talk whose JSON lists a ledger row of raw ``line`` in its ``dropped``.

    ``ranges`` are the talks' (``first_line``, ``last_line``) in document
    order, not overlapping (as segment makes them); ``firsts`` their first
    lines, when the caller asks for many lines. The talk whose range holds
    the line; a line outside every range (set-aside page furniture above the
    first talk's first kept line, a blank stretch between talks) goes to the
    nearest talk, the earlier one on a tie, so that every row stands in
    exactly one talk JSON (docs/talk-json.md, ``dropped``). ``O(log n)``.

    >>> owner(1, [(3, 40), (41, 90)]), owner(41, [(3, 40), (41, 90)]), owner(95, [(3, 40), (41, 90)])
    (0, 1, 1)
    >>> owner(52, [(3, 40), (60, 90)]), owner(50, [(3, 40), (60, 90)])
    (1, 0)
    """
    if not ranges:
        raise ValueError(f"no talk to hold the ledger row of line {line}")
    k = bisect_right(firsts if firsts is not None else [first for first, _ in ranges], line) - 1
    near = [n for n in (k, k + 1) if 0 <= n < len(ranges)]
    return min(near, key=lambda n: (max(ranges[n][0] - line, line - ranges[n][1], 0), n))


def rows_by_talk(ledger: Sequence[LedgerRow], ranges: Sequence[LineRange]) -> list[list[LedgerRow]]:
    """The ledger rows each talk holds (:func:`owner`), in ledger order: one list per range.

    >>> row = lambda n: LedgerRow("page_furniture", "dropped", n, 0, "p. 1", "page-number")
    >>> [[r.line for r in rows] for rows in rows_by_talk([row(1), row(50), row(99)], [(3, 40), (41, 90)])]
    [[1], [50, 99]]
    """
    firsts = [first for first, _ in ranges]
    held: list[list[LedgerRow]] = [[] for _ in ranges]
    for row in ledger:
        held[owner(row.line, ranges, firsts)].append(row)
    return held


def dropped_rows(rows: Sequence[LedgerRow], file: str) -> tuple[DroppedText, ...]:
    """The talk JSON's ``dropped``: every raw text a stage removed or changed (``action``; a change with its
    ``replacement``) among the ledger rows the talk holds (:func:`rows_by_talk`). With the talks' text, the
    whole raw text is accounted for, each character in one talk JSON."""
    return tuple(DroppedText(FilePosition(file, r.line, r.col), r.text, r.reason, r.rule, r.action, r.replacement,
                             r.raw_bytes, r.cids, r.encoding)
                 for r in rows)


SLIDE_LANG = EN
"""The language of a slide's line, title or note that its letters do not decide (digits alone, a tie): English, the
slides' language before schema version 5 read every line so."""


def _slide_texts(texts: list[str], mode: str, default: str = SLIDE_LANG) -> list[tuple[str, list[JaToken] | list[EnToken], tuple[Span, ...]]]:
    """``(language, tokens, sentences)`` of a deck's texts, each in its own language (:func:`~pipeline.chardata.text_lang`,
    else :data:`SLIDE_LANG`): a Japanese line in a Japanese deck has Sudachi's tokens and the Japanese sentence
    rule, as a paper's paragraph, a Korean or Chinese one spaCy's tokens of its language; the English ones are read
    together (one spaCy pass), and so are the Korean and the Chinese ones."""
    langs = [text_lang(t, default) for t in texts]
    spacy_read = {lang: iter(module.analyse_lines([t for t, own in zip(texts, langs) if own == lang]))
                  for lang, module in SPACY_READERS.items() if lang in langs}
    out = []
    for text, lang in zip(texts, langs):
        if lang in spacy_read:
            tokens, sents = next(spacy_read[lang])
            out.append((lang, tokens, tuple(sents)))
        else:
            out.append((JA, tokenize_ja.tokenize(text, mode=mode),
                        tuple(Span(s, e) for s, e in tokenize_ja.split_sentences(text))))
    return out


MIN_SLIDE_ROWS = 2
"""Lines a slide's table holds at least (:func:`slide_rows`): one line with TABs may be a label and its value."""


def slide_rows(lines: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The rows of a slide's table: the cells (:func:`~pipeline.segment.tables.row_cells`) of the slide's lines that
    are a table's rows, cells parted by TABs (a PDF's cells set apart, extract's ``cell_spaces``), in order, where
    :data:`MIN_SLIDE_ROWS` lines or more are; else none.

    Why (issue 16, helper dup85; fresh-user trial 84b's deck): a slide's table was TAB lines only, no cells, where a
    paper's table gives ``rows`` (docs/talk-json.md, *A slide's table*).

    >>> slide_rows(["Measure\\tPre-1919\\tPost-1945", "Homes\\t62\\t40", "Source: survey"])
    (('Measure', 'Pre-1919', 'Post-1945'), ('Homes', '62', '40'))
    >>> slide_rows(["• Air-source pumps", "Cost:\\t£9,000"])
    ()
    """
    rows = tuple(cells for cells in map(row_cells, lines) if cells is not None)
    return rows if len(rows) >= MIN_SLIDE_ROWS else ()


def _slides(rt: RestoredTalk, restored: RestoredPositions, mode: str = tokenize_ja.DEFAULT_MODE,
            default: str = SLIDE_LANG) -> tuple[DeckSlide, ...]:
    """Slides with plain-string lines plus parallel ``line_langs``/``line_tokens``/``line_sentences``/``line_maps``."""
    slides = rt.talk.slides
    texts: list[str] = []
    for sl in slides:
        if sl.title is not None:
            texts.append(sl.title.text)
        texts.extend(t.text for t in sl.lines)
        texts.extend(t.text for t in sl.notes)
    analysed = iter(_slide_texts(texts, mode, default))
    out = []
    for sl in slides:
        title = next(analysed) if sl.title is not None else None
        lines = [next(analysed) for _ in sl.lines]
        notes = [next(analysed) for _ in sl.notes]
        out.append(DeckSlide(
            number=sl.number,
            title=_str(sl.title),
            title_lang=title[0] if title is not None else None,
            title_tokens=flag_restored(title[1], sl.title, restored) if title is not None else None,
            lines=tuple(t.text for t in sl.lines),
            line_langs=tuple(lang for lang, _, _ in lines),
            line_tokens=tuple(flag_restored(tokens, t, restored) for (_, tokens, _), t in zip(lines, sl.lines)),
            line_sentences=tuple(tuple(sents) for _, _, sents in lines),
            source=_where(sl.title if sl.title is not None else (sl.lines[0] if sl.lines else None)),
            section=None,
            title_map=_origin(sl.title),
            line_maps=tuple(origin_of(t) for t in sl.lines),
            notes=tuple(t.text for t in sl.notes),
            note_langs=tuple(lang for lang, _, _ in notes),
            note_tokens=tuple(flag_restored(tokens, t, restored) for (_, tokens, _), t in zip(notes, sl.notes)),
            note_sentences=tuple(tuple(sents) for _, _, sents in notes),
            note_maps=tuple(origin_of(t) for t in sl.notes),
            rows=slide_rows([t.text for t in sl.lines]),
        ))
    return tuple(out)


def _slot_speaker(s, paras: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """A timetable slot's section (its heading the slot's line, ``13:10　基調講演「…」``, its title the item after the
    time: ``segment.stage._slot_sections``) whose first paragraph is a speaker's line (``東都大学 教授　高橋 誠一``:
    ``segment.names.speaker_split``) names that slot's speaker on it, the line as printed, as a meeting's turn names
    its speaker (docs/talk-json.md, *A turn's speaker*; decision, issue 16 point 2, helper city72 after fresh-user
    trial 72c). A panel's role-labelled list (``パネリスト：…、…``) names none (limit)."""
    head = s.heading.text if s.heading is not None else ""
    at = timed_slot_prefix(head)
    if at is None or head[at:] != s.title.text or not paras or paras[0].speaker is not None or paras[0].kind:
        return paras
    text = paras[0].text
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if end <= start or speaker_split(text[start:end]) is None:
        return paras
    return (replace(paras[0], speaker=TurnSpeaker(text[start:end], start, end)), *paras[1:])


def _section(s, mode: str, lang: str, restored: RestoredPositions, turns: Mapping[str, tuple[int, int]] | None = None) -> PaperSection:
    title_lang, title_tokens, _ = analyse_text(s.title.text, lang=lang, mode=mode)
    paras = paragraphs(s.paragraphs, s.tables, mode=mode, lang=lang, restored=restored, listings=s.listings, turns=turns)
    return PaperSection(
        number=s.number,
        level=s.level,
        title=s.title.text,
        title_lang=title_lang,
        heading=_str(s.heading),
        source=_where(s.heading if s.heading is not None else s.title),
        title_tokens=flag_restored(title_tokens, s.title, restored),
        paragraphs=_slot_speaker(s, paras),
        heading_map=_origin(s.heading),
        title_map=origin_of(s.title),
        parallel=s.parallel,
        appendix=s.appendix,
    )


def talk_document(doc: Restored, rt: RestoredTalk, *, talk_id: str, mode: str = tokenize_ja.DEFAULT_MODE,
                  rows: Sequence[LedgerRow] | None = None, contents_links: Sequence[str | None] = ()) -> TalkDocument:
    """The talk document of one restored talk of ``doc`` (see the module docstring and the schema), slides linked.

    ``rows`` are the ledger rows the talk holds (:func:`rows_by_talk`, which :func:`structure` runs once for
    all talks); found here when not given. ``contents_links`` gives each of the talk's contents entries the id of the
    talk it lists or ``None`` (:func:`~pipeline.structure.contents_link.contents_talks`); none where not given.
    """
    talk = rt.talk
    if rows is None:
        ranges = [(t.talk.first_line, t.talk.last_line) for t in doc.talks]
        rows = rows_by_talk(doc.ledger, ranges)[next(n for n, t in enumerate(doc.talks) if t is rt)]
    src = doc.source
    file = src.file
    restored = restored_positions(rt.repairs)
    # a Chinese document's short lines without kana are Chinese (``学生：杨敬轩``), as its long ones show (real-PDF
    # trial 62b), a Korean document's Korean; ``paper.lang`` is that language, ``zh`` or ``ko``, where the document is
    # written in it (fresh-user trial 64b: both had been ``ja``; docs/talk-json.md, ``paper.lang``)
    units = [*talk.front, *talk.footnotes, *(t for s in talk.sections for t in (s.title, *s.paragraphs)),
             *(t for sl in talk.slides for t in ((sl.title,) if sl.title is not None else ()) + tuple(sl.lines))]
    lang = document_lang((t.text for t in units), talk.lang)
    latin_title, latin_subtitle = (
        {"en": t} if t is None else {"en": None, _title_key(t.text, lang): t} for t in (talk.title.en, talk.subtitle.en))
    pair = lambda b: Pair(ja=_str(b.ja), en=_str(b.en))  # noqa: E731
    pair_origins = lambda b: Pair(ja=_origin(b.ja), en=_origin(b.en))  # noqa: E731
    turns = _turn_speakers(talk)
    front, front_tables, front_listings, closing = front_and_closing(talk)
    document = TalkDocument(
        schema_version=SCHEMA_VERSION,
        id=talk_id,
        source=TalkSource(file=file, sha256=src.sha256, first_line=talk.first_line, last_line=talk.last_line),
        city=pair(talk.city),
        title=Pair(ja=_str(talk.title.ja), **{k: _str(t) for k, t in latin_title.items()}, ko=_str(talk.title.ko)),
        title_tokens=Pair(ja=_ja_tokens(talk.title.ja, mode, restored),
                          **{k: _latin_tokens(t, k, restored) for k, t in latin_title.items()},
                          ko=_ko_tokens(talk.title.ko, restored)),
        subtitle=Pair(ja=_str(talk.subtitle.ja), **{k: _str(t) for k, t in latin_subtitle.items()}),
        subtitle_tokens=Pair(ja=_ja_tokens(talk.subtitle.ja, mode, restored),
                             **{k: _latin_tokens(t, k, restored) for k, t in latin_subtitle.items()}),
        speaker=SpeakerParts(text=_str(talk.speaker.text), affiliation=_str(talk.speaker.affiliation),
                             name=_str(talk.speaker.name),
                             authors=tuple(AuthorParts(a.name.text, tuple(m.text for m in a.marks), _str(a.affiliation))
                                           for a in talk.speaker.authors)),
        shape=talk.shape,
        evidence=talk.evidence,
        paper=Paper(
            lang=lang,
            split_mode=mode,
            front=paragraphs(front, front_tables, mode=mode, lang=lang, restored=restored, listings=front_listings),
            contents=tuple(ContentsLine(t.text, _where(t), origin_of(t), *entry_parts(t.text), talk=listed)
                           for t, listed in zip(talk.contents, [*contents_links, *[None] * len(talk.contents)])),
            sections=tuple(_section(s, mode, lang, restored, turns) for s in talk.sections),
            closing=tuple(paragraph(t, mode=mode, lang=lang, restored=restored) for t in closing),
            footnotes=tuple(paragraph(t, mode=mode, lang=lang, restored=restored) for t in talk.footnotes),
        ),
        # a Chinese deck's lines without kana are Chinese, a German deck's lines too short to tell German (helper lang78)
        slides=_slides(rt, restored, mode, lang if lang in (ZH, *LATIN_LANGS) else SLIDE_LANG),
        repairs=tuple(talk_repair(r, file) for r in rt.repairs),
        dropped=dropped_rows(rows, file),
        city_map=pair_origins(talk.city),
        title_map=Pair(ja=_origin(talk.title.ja), **{k: _origin(t) for k, t in latin_title.items()},
                       ko=_origin(talk.title.ko)),
        subtitle_map=Pair(ja=_origin(talk.subtitle.ja), **{k: _origin(t) for k, t in latin_subtitle.items()}),
        speaker_map=SpeakerParts(text=_origin(talk.speaker.text), affiliation=_origin(talk.speaker.affiliation),
                                 name=_origin(talk.speaker.name),
                                 authors=tuple(AuthorParts(origin_of(a.name), tuple(origin_of(m) for m in a.marks),
                                                           _origin(a.affiliation)) for a in talk.speaker.authors)),
        number=talk.number,
    )
    # The linker reads the talk in its JSON form (it is pure and needs no tokenizer).
    links = link.link_slides(converter.unstructure(document))
    return document.with_links([converter.structure(x, SectionLink) if x is not None else None for x in links])


def _talk_names(talk_id: str, talk) -> TalkNames:
    """What ``talk``'s title block prints that a contents entry may name (:class:`TalkNames`)."""
    return TalkNames(talk_id, talk.number, (_str(talk.city.ja), _str(talk.city.en)),
                     (_str(talk.title.ja), _str(talk.title.en), _str(talk.title.ko), _str(talk.subtitle.ja),
                      _str(talk.subtitle.en)))


def structure(doc: Restored, *, stem: str, mode: str = tokenize_ja.DEFAULT_MODE) -> dict[str, TalkDocument]:
    """All talk documents of one raw file, keyed by talk id (``<stem>/<city-slug>``).

    The id is unique across the corpus because the stem is unique among raw
    files and a second talk of the same city in one file gets ``-2``.
    Every document is checked against the shipped schema before it leaves
    (:class:`~pipeline.structure.schema.TalkSchemaError` if one does not
    match: a bug in this stage, never in the input).
    """
    if not doc.talks and doc.ledger:
        # a segment file from before segment refused such input (``segment.refuse_set_aside``): no talk to hold the
        # ledger's rows, which had crashed ``owner`` (review 48)
        from pipeline.errors import StageInputError

        raise StageInputError(doc.source.file, f"holds no talk to carry its {len(doc.ledger)} ledger rows (every line was "
                              "set aside)", "rerun the segment stage (python -m pipeline segment), which says why")
    out: dict[str, TalkDocument] = {}
    taken: set[str] = set()
    held = rows_by_talk(doc.ledger, [(rt.talk.first_line, rt.talk.last_line) for rt in doc.talks])
    ids = [unique(f"{stem}/{slug(rt.talk.id) or 'talk'}", taken) for rt in doc.talks]
    names = [_talk_names(talk_id, rt.talk) for talk_id, rt in zip(ids, doc.talks)]
    for talk_id, rt, rows in zip(ids, doc.talks, held):
        links = contents_talks([entry_parts(t.text)[0] for t in rt.talk.contents], names) if rt.talk.contents else ()
        out[talk_id] = talk_document(doc, rt, talk_id=talk_id, mode=mode, rows=rows, contents_links=links)
        errors = fast_schema_errors(out[talk_id].to_json())
        if errors:
            raise TalkSchemaError(f"talk {talk_id} does not match talk.schema.json: " + "; ".join(errors[:3]))
    return out
