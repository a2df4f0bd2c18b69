"""The talk document: the structure stage's output record, one per talk.

These dataclasses are the one definition of the talk JSON that the structure
stage builds (:mod:`pipeline.structure`), the exporters read
(:mod:`pipeline.structure.export`) and the report reads (:mod:`pipeline.report`).
Their JSON form is derived by the project's cattrs converter
(``pipeline.model.converter``): keys follow field order, ``omitted_when_empty``
fields are left out while they hold their default. The shipped JSON Schema
(``talk.schema.json``) is the contract of that JSON form; ``docs/talk-json.md``
describes each field.

A paragraph's and a section title's tokens are of its language (``lang``,
``title_lang``; schema version 4), and so are a slide line's, title's and
note's (``line_langs``, ``title_lang``, ``note_langs``; version 5): :class:`EnToken`
for English, Korean and Chinese (version 6: spaCy's blank pipelines, :mod:`pipeline.structure.tokenize_ko`,
:mod:`pipeline.structure.tokenize_zh`), else :class:`JaToken`. Japanese tokens follow spaCy's Japanese conventions (``spacy/lang/ja/__init__.py``):
``tag`` is the first four Sudachi part-of-speech levels joined by ``-``,
``inflection`` the conjugation type and form joined by ``;``, ``pos`` the
Universal POS from spaCy's Japanese tag map (see
:mod:`pipeline.structure.spacy_ja`).

Provenance (schema version 2): every string that came from raw text has an
origin beside it, run-length encoded as in the stage files
(``[[line, col, length], …]``, ``[0, 0, n]`` for ``n`` inserted characters;
see :mod:`pipeline.model`): a paragraph's or a contents line's ``map``, a
section's ``heading_map`` and ``title_map``, a slide's ``title_map`` and
``line_maps``, and the talk's ``city_map``, ``title_map``, ``subtitle_map``
and ``speaker_map``. With the talk's ``repairs`` and ``dropped`` rows (text
removed or changed) they let a reader (the report) place every output
character on its raw line without the restore stage's file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Generic, Iterator, TypeVar

from pipeline.model import Candidate, Evidence, Record, Text, converter, omitted_when_empty, rounded
from pipeline.vocab import Action, Reason, Rule, Status

Origin = tuple[tuple[int, ...], ...]
"""Per-character raw positions of a string as runs ``(line, col, length)``; line 0 marks inserted characters."""


def origin_of(t: Text) -> Origin:
    """The run-length origin of a text, as written in the stage files.

    >>> origin_of(Text.from_raw("ab", line=3, col=1) + Text.inserted("-"))
    ((3, 1, 2), (0, 0, 1))
    """
    return tuple(tuple(run) for run in t.to_json()["map"])


def text_with_origin(text: str, origin: Origin) -> Text:
    """A string and its origin runs back as a :class:`~pipeline.model.Text` (the inverse of :func:`origin_of`).

    >>> text_with_origin("ab-", ((3, 1, 2), (0, 0, 1))).origin
    ((3, 1), (3, 2), None)
    """
    return Text.from_json({"text": text, "map": [list(run) for run in origin]})


# --------------------------------------------------------------------------
# Tokens (mutable, with slots: a paper has tens of thousands, and the stage
# flags the ones resting on a restored glyph after they are made)
# --------------------------------------------------------------------------


@dataclass(slots=True)
class JaToken(Record):
    """A Sudachi morpheme with spaCy's Japanese token attributes.

    ``lemma`` (dictionary form), ``norm`` (normalised form), ``reading``
    (katakana), ``tag`` (four POS levels), ``inflection`` (``type;form``,
    ``None`` for a word that does not inflect) and ``pos`` (UPOS) are all
    ``None`` for a gap token and for a token touching a gap (``near_gap``):
    its analysis is withheld. ``start``/``end`` are code-point offsets into
    the text the token belongs to.
    """

    surface: str
    lemma: str | None
    norm: str | None
    reading: str | None
    tag: str | None
    inflection: str | None
    pos: str | None
    start: int
    end: int
    gap: bool = omitted_when_empty(False)
    near_gap: bool = omitted_when_empty(False)
    restored: bool = omitted_when_empty(False)


@dataclass(slots=True)
class EnToken(Record):
    """A token of spaCy's blank English tokenizer, or of its blank Korean or Chinese one (schema version 6): ``norm`` is
    spaCy's lexical norm (``None`` for a gap and beside one). A blank pipeline has no tagger or
    lemmatizer, so the Japanese token's other attributes do not apply."""

    surface: str
    norm: str | None
    start: int
    end: int
    gap: bool = omitted_when_empty(False)
    near_gap: bool = omitted_when_empty(False)
    restored: bool = omitted_when_empty(False)


LangTokens = tuple[JaToken, ...] | tuple[EnToken, ...]
"""The tokens of a paper's paragraph or section title: all Japanese or all English, as its language
(``lang``, ``title_lang``) says."""


def _structure_lang_tokens(data: list[dict[str, Any]], _: Any) -> LangTokens:
    """Read tokens back as the kind they are: a Japanese token always has ``lemma`` (null or not)."""
    kind = JaToken if any("lemma" in t for t in data) else EnToken
    return tuple(converter.structure(t, kind) for t in data)


converter.register_structure_hook(LangTokens, _structure_lang_tokens)
OptionalLangTokens = tuple[JaToken, ...] | tuple[EnToken, ...] | None
"""A slide title's tokens (schema version 5): ``None`` where the slide has no title."""
converter.register_structure_hook(OptionalLangTokens,
                                  lambda data, _: None if data is None else _structure_lang_tokens(data, _))


# --------------------------------------------------------------------------
# Positions and spans
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Span(Record):
    """A sentence as code-point offsets into its text."""

    start: int
    end: int


@dataclass(frozen=True)
class RawPosition(Record):
    """A raw line (1-based) and column (0-based, code points) in the talk's raw file."""

    line: int
    col: int


@dataclass(frozen=True)
class FilePosition(Record):
    """A raw position with its file named (repairs and dropped rows)."""

    file: str
    line: int
    col: int


# --------------------------------------------------------------------------
# The talk's parts
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class TalkSource(Record):
    file: str
    sha256: str
    first_line: int
    last_line: int


J = TypeVar("J")

TITLE_LANGS = ("ja", "en", "ko", "de", "fr", "es", "nl", "it", "pt")
"""The keys a talk's ``title`` (with ``title_tokens``, ``title_map``) may hold: Japanese and English always, Korean
(session 64) and the Latin-script languages other than English (``chardata.LATIN_LANGS``, session 79) only where the
talk's title is written in that language."""
E = TypeVar("E")
T = TypeVar("T")


@dataclass(frozen=True)
class Pair(Record, Generic[J, E]):
    """Something of the talk in Japanese and in English (either may be missing):
    ``Pair[str, str]`` the strings, ``Pair[Origin, Origin]`` their origins,
    ``Pair[tuple[JaToken, ...], tuple[EnToken, ...]]`` their tokens.

    ``ko`` is the title's Korean (its string, origin, or Korean tokens in the English token's shape: ``E``), a key present
    only where the talk has a Korean title (``title``, ``title_tokens``, ``title_map``; decision of session 64, a new
    optional field in schema version 6: docs/talk-json.md); city and subtitle never have it. ``de``, ``fr``, ``es``,
    ``nl``, ``it``, ``pt``: the title's or the subtitle's in that language, keys present only where the talk has one
    (session 79); city never has them."""

    ja: J | None
    en: E | None
    ko: E | None = omitted_when_empty(None)  # the English field's type: a string, an origin, spaCy-shaped tokens
    # a title or subtitle in a Latin-script language other than English, keyed by that language (``title.de`` …),
    # present only where the talk's title (subtitle) is written in it (decision of session 79, helper kanri79:
    # docs/talk-json.md, *A title in the document's language*); the English field's type, as ``ko``
    de: E | None = omitted_when_empty(None)
    fr: E | None = omitted_when_empty(None)
    es: E | None = omitted_when_empty(None)
    nl: E | None = omitted_when_empty(None)
    it: E | None = omitted_when_empty(None)
    pt: E | None = omitted_when_empty(None)

    def keyed(self) -> tuple[tuple[str, E], ...]:
        """``(key, value)`` of each key past ``ja`` and ``en`` that holds a value (``ko``, then the Latin-script
        languages in :data:`TITLE_LANGS` order): the title's other languages.

        >>> Pair(ja=None, en=None, de="Einleitung").keyed()
        (('de', 'Einleitung'),)
        """
        return tuple((k, getattr(self, k)) for k in TITLE_LANGS[2:] if getattr(self, k) is not None)


@dataclass(frozen=True)
class AuthorParts(Record, Generic[T]):
    """One author of the speaker line: the name without its marks, each mark as printed, the affiliation
    (``T`` is ``str``, or ``Origin`` for their origins)."""

    name: T
    marks: tuple[T, ...]
    affiliation: T | None


@dataclass(frozen=True)
class SpeakerParts(Record, Generic[T]):
    """The speaker line and the parts of it segment recognised (``T`` is ``str``, or ``Origin`` for their origins):
    ``name`` is the first author's name, ``authors`` every author."""

    text: T | None
    affiliation: T | None
    name: T | None
    authors: tuple[AuthorParts[T], ...] = ()


@dataclass(frozen=True)
class TurnSpeaker(Record):
    """Who speaks a meeting's turn, as the paragraph prints them: ``text == paragraph.text[start:end]``, the turn's
    mark left out (``○議長（山田太郎君）　…`` → ``議長（山田太郎君）``; segment's ``labels.turn_speaker``, session 62)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Record):
    """A paper's paragraph: text, its language (``ja`` or ``en``, schema version 4; ``ko`` or ``zh``, version 6),
    raw position of its first character, tokens (:class:`JaToken` for a Japanese paragraph, :class:`EnToken` for an
    English, Korean or Chinese one),
    sentences, origin."""

    text: str
    lang: str
    source: RawPosition | None
    tokens: LangTokens
    sentences: tuple[Span, ...]
    map: Origin
    # a table (segment's ``tables``): ``kind`` ``"table"`` and its rows of cells; ``text`` is the rows joined by a
    # line break, each row's cells parted by the TABs it prints, one sentence a row. Absent on other paragraphs
    kind: str | None = omitted_when_empty(None)
    rows: tuple[tuple[str, ...], ...] = omitted_when_empty(())
    # a table's caption (``表1 出現頻度別の認識率(%)``, ``Table 2. Accuracy by …``): the text of the paragraph right over
    # the table, which stays in its place among the paragraphs (a view, as ``speaker`` is); absent elsewhere
    caption: str | None = omitted_when_empty(None)
    # a meeting's turn (``○議長（山田太郎君）　…``, ``Chair: …``): who speaks it, a view of ``text``; absent elsewhere
    speaker: TurnSpeaker | None = omitted_when_empty(None)


@dataclass(frozen=True)
class PaperSection(Record):
    """A section: its number and level, its title with the title's language (``title_lang``, schema version 4)
    and tokens in that language, its whole heading line, its paragraphs, origins."""

    number: str | None
    level: int
    title: str
    title_lang: str
    heading: str | None
    source: RawPosition | None
    title_tokens: LangTokens
    paragraphs: tuple[Paragraph, ...]
    heading_map: Origin | None
    title_map: Origin
    # the index of the section this one gives again in another language (docs/talk-json.md, ``parallel``); absent
    # on every other section (a new optional field: schema version 5 kept)
    parallel: int | None = omitted_when_empty(None)
    # an appendix's label (``"A"``, ``"A.1"``, ``"1"`` for ``付録１``; docs/talk-json.md, *An appendix's label*); absent
    # on every other section (a new optional field: schema version 6 kept)
    appendix: str | None = omitted_when_empty(None)


@dataclass(frozen=True)
class ContentsLine(Record):
    """A line of a table of contents, kept out of the sections: ``text`` as printed, and its reading
    (:func:`pipeline.segment.contents.entry_parts`): ``title`` without the leader and page number, white space made one
    space; ``page`` the page number as printed (``"12"``, ``"iv"``), ``None`` where none is set apart; ``talk`` the id
    of the file's talk the entry lists (:mod:`pipeline.structure.contents_link`), left out where it lists none."""

    text: str
    source: RawPosition | None
    map: Origin
    title: str
    page: str | None
    talk: str | None = omitted_when_empty(None)


@dataclass(frozen=True)
class Paper(Record):
    lang: str
    split_mode: str
    front: tuple[Paragraph, ...]
    contents: tuple[ContentsLine, ...]
    sections: tuple[PaperSection, ...]
    # the document's closing block after its body, in raw order (schema version 7: it had been in ``front``)
    closing: tuple[Paragraph, ...]
    footnotes: tuple[Paragraph, ...]


@dataclass(frozen=True)
class LinkEvidence(Record):
    kind: str
    detail: str
    weight: float


@dataclass(frozen=True)
class SectionLink(Record):
    """The paper section a slide illustrates (made by :mod:`pipeline.structure.link`)."""

    number: str | None
    index: int
    score: float
    runner_up: float
    evidence: tuple[LinkEvidence, ...]


@dataclass(frozen=True)
class DeckSlide(Record):
    """A slide: plain-string lines with parallel languages, tokens, sentences and origins. Each line, the title and
    each note is read in its own language (schema version 5: ``line_langs``, ``title_lang``, ``note_langs``), as a
    paper's paragraph is: a Japanese line has Japanese tokens (:class:`JaToken`), an English one English tokens."""

    number: int | None
    title: str | None
    title_lang: str | None
    title_tokens: OptionalLangTokens
    lines: tuple[str, ...]
    line_langs: tuple[str, ...]
    line_tokens: tuple[LangTokens, ...]
    line_sentences: tuple[tuple[Span, ...], ...]
    source: RawPosition | None
    section: SectionLink | None
    title_map: Origin | None
    line_maps: tuple[Origin, ...]
    # the speaker's notes under the slide (segment.speakernotes), each one paragraph; left out when there are none
    notes: tuple[str, ...] = omitted_when_empty(())
    note_langs: tuple[str, ...] = omitted_when_empty(())
    note_tokens: tuple[LangTokens, ...] = omitted_when_empty(())
    note_sentences: tuple[tuple[Span, ...], ...] = omitted_when_empty(())
    note_maps: tuple[Origin, ...] = omitted_when_empty(())
    # the slide's table: the cells of its lines that are a table's rows (TABs part the cells), two rows at least
    # (:func:`pipeline.structure.slide_rows`); the rows stay among ``lines`` too; left out when the slide has none
    rows: tuple[tuple[str, ...], ...] = omitted_when_empty(())


@dataclass(frozen=True)
class TalkRepair(Record):
    """The verdict on one gap, with the raw file named (``source`` is ``None`` only when an upstream stage lost it)."""

    source: FilePosition | None
    original: str
    restored: str | None
    status: Status
    confidence: float = rounded()
    candidates: tuple[Candidate, ...]
    evidence: tuple[Evidence, ...]
    cids: tuple[int, ...] = omitted_when_empty(())
    threshold: float | None = field(default=None, metadata={"omit_empty": True, "digits": 4})
    """The commit threshold ``confidence`` was compared with (:attr:`pipeline.model.Repair.threshold`)."""
    calibrated: bool = omitted_when_empty(True)
    """False where no benchmark measures the verdict (:attr:`pipeline.model.Repair.calibrated`)."""


@dataclass(frozen=True)
class DroppedText(Record):
    """Raw text of the talk's lines that a stage removed (``action`` dropped) or replaced (``action`` changed:
    a width fold, mojibake, a doubled layer…); ``replacement`` is on the first row of a change."""

    source: FilePosition
    text: str
    reason: Reason
    rule: Rule
    action: Action
    replacement: str | None = omitted_when_empty(None)
    raw_bytes: str | None = omitted_when_empty(None)
    cids: tuple[int, ...] = omitted_when_empty(())
    """The glyph ids a PDF drew for ``text``, one per glyph, where the file holds ids, not characters (a CID font
    read through its encoding's collection: rule ``read_cid_font_by_encoding``)."""
    encoding: str | None = omitted_when_empty(None)
    """Which encoding read the raw bytes behind ``text`` where it is not the file's: ``CP932 line in a UTF-8 file``
    (rule ``decode_lines``), ``UTF-8 read as CP932`` (rule ``repair_japanese_mojibake``: what the bytes were, what
    read them)."""


@dataclass(frozen=True)
class TalkDocument(Record):
    """One talk: its paper, its slides, its repairs, and where every character came from.

    Field order is the JSON's key order; the provenance fields of schema
    version 2 come last.
    """

    schema_version: int
    id: str
    source: TalkSource
    city: Pair[str, str]
    title: Pair[str, str]
    title_tokens: Pair[tuple[JaToken, ...], tuple[EnToken, ...]]
    subtitle: Pair[str, str]
    subtitle_tokens: Pair[tuple[JaToken, ...], tuple[EnToken, ...]]
    speaker: SpeakerParts[str]
    shape: str
    evidence: tuple[Evidence, ...]
    paper: Paper
    slides: tuple[DeckSlide, ...]
    repairs: tuple[TalkRepair, ...]
    dropped: tuple[DroppedText, ...]
    city_map: Pair[Origin, Origin]
    title_map: Pair[Origin, Origin]
    subtitle_map: Pair[Origin, Origin]
    speaker_map: SpeakerParts[Origin]
    number: str | None = omitted_when_empty(None)

    def with_links(self, links: list[SectionLink | None]) -> "TalkDocument":
        """The same talk with each slide's ``section`` set (one link or ``None`` per slide)."""
        slides = tuple(dataclasses.replace(s, section=link) for s, link in zip(self.slides, links, strict=True))
        return dataclasses.replace(self, slides=slides)

    def texts(self) -> Iterator[Text]:
        """Every string of the talk that came from raw text, with its origin (the talk's provenance)."""
        for pair, origins in ((self.city, self.city_map), (self.title, self.title_map), (self.subtitle, self.subtitle_map)):
            for text, origin in ((getattr(pair, k), getattr(origins, k)) for k in TITLE_LANGS):
                if text is not None and origin is not None:
                    yield text_with_origin(text, origin)
        sp, spo = self.speaker, self.speaker_map
        for text, origin in ((sp.text, spo.text), (sp.affiliation, spo.affiliation), (sp.name, spo.name)):
            if text is not None and origin is not None:
                yield text_with_origin(text, origin)
        for author, origins in zip(sp.authors, spo.authors, strict=True):
            for text, origin in ((author.name, origins.name), *zip(author.marks, origins.marks, strict=True),
                                 (author.affiliation, origins.affiliation)):
                if text is not None and origin is not None:
                    yield text_with_origin(text, origin)
        for p in (*self.paper.front, *self.paper.contents):
            yield text_with_origin(p.text, p.map)
        for s in self.paper.sections:
            if s.heading is not None and s.heading_map is not None:
                yield text_with_origin(s.heading, s.heading_map)
            yield text_with_origin(s.title, s.title_map)
            for p in s.paragraphs:
                yield text_with_origin(p.text, p.map)
        for p in (*self.paper.closing, *self.paper.footnotes):
            yield text_with_origin(p.text, p.map)
        for sl in self.slides:
            if sl.title is not None and sl.title_map is not None:
                yield text_with_origin(sl.title, sl.title_map)
            for line, origin in zip(sl.lines, sl.line_maps):
                yield text_with_origin(line, origin)
            for note, origin in zip(sl.notes, sl.note_maps):
                yield text_with_origin(note, origin)


def talk_from_json(data: dict[str, Any]) -> TalkDocument:
    """Read a talk JSON object back into its record.

    Raises ``ValueError`` naming the first bad field when ``data`` is not a
    talk document of this schema version (an older one is rebuilt by running
    the structure stage again; ``docs/talk-json.md`` has the migration).
    """
    from cattrs import BaseValidationError, transform_error

    from pipeline.model import SCHEMA_VERSION

    version = data.get("schema_version") if isinstance(data, dict) else None
    if version != SCHEMA_VERSION:
        raise ValueError(f"schema_version is {version!r}, not {SCHEMA_VERSION}: rebuild it with the structure stage")
    try:
        return TalkDocument.from_json(data)
    except BaseValidationError as exc:
        raise ValueError("; ".join(transform_error(exc)[:3])) from None


__all__ = [
    "ContentsLine", "DeckSlide", "DroppedText", "EnToken", "FilePosition", "JaToken", "LinkEvidence", "Origin", "Pair",
    "Paper", "PaperSection", "Paragraph", "AuthorParts", "RawPosition", "SectionLink", "Span", "SpeakerParts", "TalkDocument", "TalkRepair", "TalkSource", "origin_of", "talk_from_json",
    "text_with_origin",
]
