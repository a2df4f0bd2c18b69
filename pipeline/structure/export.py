"""Downstream formats of a talk document: its JSON text, a spaCy DocBin, corpus JSONL records.

All three are pure functions of the :class:`~pipeline.structure.document.TalkDocument`
(the CLI writes them):

* :func:`talk_json_text`: the talk file itself, indented like every stage
  file except that each token is one line (a paper has thousands).
* :func:`docbin_bytes`: a ``.spacy`` DocBin, one ``Doc`` per text unit (see
  :func:`units`). A Japanese unit is what ``spacy.blank("ja")`` makes of its
  text (spaCy's ``JapaneseTokenizer`` conventions, :mod:`pipeline.structure.spacy_ja`):
  the tokens' ``tag_`` (four Sudachi levels), ``pos_`` (UPOS), ``lemma_``,
  ``norm_``, ``Reading=`` and ``Inflection=`` in ``morph``; one ``" "`` after
  a word is its trailing space, other white space one ``空白`` token. An
  English unit has spaCy's blank English tokens and norms. Lost glyphs are
  flagged (``token._.gap``, ``token._.near_gap``; call
  :func:`register_extensions` before reading them) and sentence starts set;
  ``doc.user_data`` says where the unit is (``talk``, ``kind``, ``lang``,
  ``section``, ``paragraph``, ``footnote``, ``slide``, ``line``; a table's
  ``table``, its rows of cells; a program listing's ``code``, true).
* :func:`corpus_records`: one JSON object per unit for the corpus JSONL,
  with token and sentence offsets.

A *unit* is a paper title, section title, paragraph or footnote, or a slide title or
line: the pieces a search index or an aligner works with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from pipeline.structure import spacy_ja
from pipeline.structure.document import TITLE_LANGS, EnToken, JaToken, RawPosition, Span, TalkDocument

UNIT_KINDS = ("title", "subtitle", "front", "section-title", "paragraph", "slide-title", "slide-line", "slide-note")


# --------------------------------------------------------------------------
# The talk file
# --------------------------------------------------------------------------


def _is_token(value: Any) -> bool:
    return isinstance(value, dict) and "surface" in value and "start" in value


def _is_numbers(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, int) for x in value)


def _render(value: Any, indent: int) -> str:
    pad = " " * indent
    inner = " " * (indent + 1)
    if _is_numbers(value):
        return json.dumps(value, separators=(", ", ": "))
    if isinstance(value, dict) and value and not _is_token(value):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_render(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value:
        items = [inner + _render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def json_text(value: Any) -> str:
    """JSON text with one item per line, except that a token (an object with
    ``surface`` and ``start``) and an array of integers (an origin run
    ``[line, col, length]``) stay whole on one line.

    >>> print(json_text({"a": [{"surface": "x", "start": 0, "end": 1}], "map": [[3, 0, 2]], "b": None}), end="")
    {
     "a": [
      {"surface": "x", "start": 0, "end": 1}
     ],
     "map": [
      [3, 0, 2]
     ],
     "b": null
    }
    """
    return _render(value, 0) + "\n"


def talk_json_text(talk: TalkDocument) -> str:
    """The talk file's text (:func:`json_text` of the talk's JSON form, which it parses back to)."""
    return json_text(talk.to_json())


# --------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One text unit of a talk: its kind, language and place, its text, tokens and sentences.

    ``place`` holds the keys that locate it, in order (``section``,
    ``section_index``, ``paragraph``; ``slide``, ``slide_index``,
    ``linked_section``, ``line``); ``source`` is the raw position of its first
    character, when the talk JSON records one.
    """

    kind: str
    lang: str
    place: dict[str, Any]
    text: str
    tokens: Sequence[JaToken] | Sequence[EnToken]
    sentences: Sequence[Span]
    source: RawPosition | None


def _table(p) -> dict[str, Any]:
    """A table paragraph's place keys: ``table``, its rows of cells; a listing's ``code`` (true); none for another
    paragraph."""
    if p.kind == "code":
        return {"code": True}  # a program listing: its lines joined by line breaks, indentation kept
    if p.kind != "table":
        return {}
    return {"table": [list(row) for row in p.rows], **({"caption": p.caption} if p.caption else {})}


def _first_position(origin) -> RawPosition | None:
    """The raw position of a string's first character that a raw character stands behind (its origin's first run
    off line 0, an inserted joining space's); ``None`` for none. A title or a slide's line records no ``source`` of
    its own in the talk JSON, only its map (trial 53b: their corpus records had ``source: null``).

    >>> _first_position(((0, 0, 1), (12, 3, 5))), _first_position(()), _first_position(None)
    (RawPosition(line=12, col=3), None, None)
    """
    return next((RawPosition(line, col) for line, col, _ in origin or () if line > 0), None)


def _at(unit: Unit) -> tuple[int, int] | None:
    return (unit.source.line, unit.source.col) if unit.source is not None else None


def in_reading_order(front: list[Unit], body: list[Unit]) -> list[Unit]:
    """``front``'s units (in ``paper.front``'s order) and ``body``'s (the sections', in document order) as one run in
    reading order: a front line that stands after the body's first line (a letter's close, ``敬具``, and a notice's
    ``記`` between its text and its items, a closing block after the last section) comes where it stands, right
    before the first body unit after it by raw position; the lines over the body, and any without a position, first.
    Each unit keeps its place keys (``paragraph`` is still its index in ``paper.front``).

    Why (issue 16 point 2, fresh-user trial 69d; helper news70): a notice's ``敬具`` and ``記`` were listed with the
    head's lines, after the sender's, ahead of the text they close, so a reader of the corpus read them before it.

    >>> u = lambda kind, text, line: Unit(kind, "ja", {}, text, (), (), RawPosition(line, 0))
    >>> order = in_reading_order([u("front", "市民各位", 2), u("front", "敬具", 9), u("front", "記", 10)],
    ...                          [u("paragraph", "拝啓…", 5), u("section-title", "休業期間", 11)])
    >>> [x.text for x in order]
    ['市民各位', '拝啓…', '敬具', '記', '休業期間']
    """
    opens = next((at for at in map(_at, body) if at is not None), None)
    if opens is None:
        return front + body
    before = [_at(x) is None or _at(x) < opens for x in front]
    head = [x for x, b in zip(front, before) if b]
    later = [x for x, b in zip(front, before) if not b]
    out = list(head)
    for unit in body:
        at = _at(unit)
        while later and at is not None and _at(later[0]) < at:
            out.append(later.pop(0))
        out.append(unit)
    return out + later


def units(talk: TalkDocument) -> Iterator[Unit]:
    """Every text unit of a talk, in document order."""
    for kind, pair, tokens, origins in (("title", talk.title, talk.title_tokens, talk.title_map),
                                        ("subtitle", talk.subtitle, talk.subtitle_tokens, talk.subtitle_map)):
        # (``ko``: a Korean title, a unit of language ``ko``, session 64; ``de``, ``fr`` …: a title in the document's
        # Latin-script language, session 79)
        for lang in TITLE_LANGS:
            text, toks = getattr(pair, lang), getattr(tokens, lang)
            if text and toks is not None:
                yield Unit(kind, lang, {}, text, toks, (), _first_position(getattr(origins, lang)))
    paper = talk.paper
    front = [Unit("front", p.lang, {"paragraph": i, **_table(p)}, p.text, p.tokens, p.sentences, p.source)
             for i, p in enumerate(paper.front)]
    body = []
    for si, s in enumerate(paper.sections):
        place = {"section": s.number, "section_index": si}
        if s.title:
            body.append(Unit("section-title", s.title_lang, place, s.title, s.title_tokens, (), s.source))
        for pi, p in enumerate(s.paragraphs):
            body.append(Unit("paragraph", p.lang, {**place, "paragraph": pi, **_table(p)}, p.text, p.tokens, p.sentences,
                             p.source))
    yield from in_reading_order(front, body)
    # the closing block after the body (schema version 7): ``closing`` records, ``paragraph`` their index in it
    for i, p in enumerate(paper.closing):
        yield Unit("closing", p.lang, {"paragraph": i}, p.text, p.tokens, p.sentences, p.source)
    for i, p in enumerate(paper.footnotes):
        yield Unit("footnote", p.lang, {"footnote": i}, p.text, p.tokens, p.sentences, p.source)
    for k, sl in enumerate(talk.slides):
        place = {"slide": sl.number, "slide_index": k, "linked_section": sl.section.number if sl.section else None}
        if sl.title and sl.title_tokens is not None:
            yield Unit("slide-title", sl.title_lang or "en", place, sl.title, sl.title_tokens, (), sl.source)
        for li, line in enumerate(sl.lines):
            yield Unit("slide-line", sl.line_langs[li], {**place, "line": li}, line, sl.line_tokens[li], sl.line_sentences[li],
                       _first_position(sl.line_maps[li]))
        for ni, note in enumerate(sl.notes):
            yield Unit("slide-note", sl.note_langs[ni], {**place, "note": ni}, note, sl.note_tokens[ni], sl.note_sentences[ni], None)


# --------------------------------------------------------------------------
# Corpus JSONL
# --------------------------------------------------------------------------


def corpus_records(talk: TalkDocument) -> Iterator[dict[str, Any]]:
    """One record per unit: talk id, place, language, text, token and sentence offsets.

    Offsets are ``[start, end]`` code points into ``text``; ``gaps`` lists
    the token indices that are lost glyphs.
    """
    file = talk.source.file
    for unit in units(talk):
        yield {
            "talk": talk.id,
            "kind": unit.kind,
            "lang": unit.lang,
            **unit.place,
            "text": unit.text,
            "source": {"file": file, "line": unit.source.line, "col": unit.source.col} if unit.source else None,
            "tokens": [[t.start, t.end] for t in unit.tokens],
            "gaps": [i for i, t in enumerate(unit.tokens) if t.gap],
            "sentences": [[s.start, s.end] for s in unit.sentences],
        }


def corpus_jsonl(talks: list[TalkDocument]) -> str:
    """The JSONL text of the talks' units, one compact JSON object per line."""
    return "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for talk in talks for r in corpus_records(talk)
    )


# --------------------------------------------------------------------------
# spaCy DocBin
# --------------------------------------------------------------------------


def register_extensions() -> None:
    """Declare ``token._.gap`` and ``token._.near_gap`` (idempotent)."""
    from spacy.tokens import Token

    for name, default in (("gap", False), ("near_gap", False)):
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


@dataclass(frozen=True)
class _Word:
    """A word of a spaCy ``Doc`` and the unit token it is (``None`` for white space between tokens)."""

    text: str
    space: bool
    token: int | None


def _english_words(text: str, tokens: Sequence[EnToken]) -> list[_Word]:
    """Words that rebuild ``text`` exactly: the tokens, and the text between them (English
    white space) as a trailing space when it is one space, else a word of its own."""
    words: list[_Word] = []

    def between(piece: str) -> None:
        if not piece:
            return
        if piece == " " and words and not words[-1].space:
            words[-1] = _Word(words[-1].text, True, words[-1].token)
        else:
            words.append(_Word(piece, False, None))

    pos = 0
    for k, t in enumerate(tokens):
        between(text[pos:t.start])
        words.append(_Word(t.surface, False, k))
        pos = t.end
    between(text[pos:])
    return words


def _japanese_words(tokens: Sequence[JaToken]) -> list[_Word]:
    """spaCy's Japanese words over tokens that tile the text (:func:`pipeline.structure.spacy_ja.words`)."""
    out = []
    for w in spacy_ja.words([t.surface for t in tokens]):
        if w.blank:
            out.append(_Word("".join(t.surface for t in tokens[w.first:w.last]), False, None))
        else:
            out.append(_Word(tokens[w.first].surface, w.space, w.first))
    return out


def unit_doc(vocab, talk_id: str, unit: Unit):
    """A spaCy ``Doc`` of one unit whose ``text`` equals the unit's text.

    Sentence starts, lemmas, tags and POS go through the ``Doc`` constructor:
    setting ``is_sent_start`` token by token rescans the whole document each
    time (quadratic on a long paragraph). A token whose analysis is withheld
    (a gap, or beside one) has no tag, no lemma and POS ``X``.
    """
    from spacy.tokens import Doc, MorphAnalysis

    register_extensions()
    tokens = unit.tokens
    japanese = unit.lang == "ja"
    words = _japanese_words(tokens) if japanese else _english_words(unit.text, tokens)
    starts = {s.start for s in unit.sentences}
    sent_starts = [i == 0 or (w.token is not None and tokens[w.token].start in starts) for i, w in enumerate(words)]
    annotated: dict[str, Any] = {}
    if japanese:
        picked = [tokens[w.token] if w.token is not None else None for w in words]
        annotated = {
            "lemmas": [(t.lemma or "") if t is not None else w.text for t, w in zip(picked, words)],
            "tags": [(t.tag or "") if t is not None else spacy_ja.BLANK_TAG for t in picked],
            "pos": [(t.pos or spacy_ja.UNKNOWN_POS) if t is not None else spacy_ja.blank_pos(w.text)
                    for t, w in zip(picked, words)],
        }
    doc = Doc(vocab, words=[w.text for w in words], spaces=[w.space for w in words], sent_starts=sent_starts, **annotated)
    for word, w in zip(doc, words):
        if w.token is None:
            if japanese:
                word.norm_ = w.text  # spaCy's 空白 token: its own norm
            continue
        t = tokens[w.token]
        if t.norm:
            word.norm_ = t.norm
        if japanese:
            features = spacy_ja.morph_features(t.reading, t.inflection)
            if features:
                word.morph = MorphAnalysis(vocab, features)
        if t.gap:
            word._.gap = True
        if t.near_gap:
            word._.near_gap = True
    doc.user_data.update({"talk": talk_id, "kind": unit.kind, "lang": unit.lang, **unit.place})
    return doc


def docbin_bytes(talk: TalkDocument) -> bytes:
    """The talk's units as a serialized ``DocBin`` (user data stored), ready to write as ``<talk>.spacy``."""
    from spacy.tokens import DocBin

    from pipeline.structure.tokenize_en import nlp

    vocab = nlp().vocab
    docbin = DocBin(store_user_data=True)
    for unit in units(talk):
        docbin.add(unit_doc(vocab, talk.id, unit))
    return docbin.to_bytes()
