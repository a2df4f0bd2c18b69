"""Downstream formats of a talk JSON: its file text, a spaCy DocBin, corpus JSONL records.

All three are pure functions of the talk JSON (the CLI writes them):

* :func:`talk_json_text`: the talk file itself, indented like every stage
  file except that each token is one line (a paper has thousands).
* :func:`docbin_bytes`: a ``.spacy`` DocBin, one ``Doc`` per text unit (see
  :func:`units`), with Sudachi's lemma, norm, part of speech (``tag_``, and
  an approximate Universal POS in ``pos_``), reading and gap flags
  (``token._.reading``, ``token._.gap``, ``token._.near_gap``; call
  :func:`register_extensions` before reading them) and sentence starts;
  ``doc.user_data`` says where the unit is (``talk``, ``kind``, ``lang``,
  ``section``, ``paragraph``, ``slide``, ``line``).
* :func:`corpus_records`: one JSON object per unit for the corpus JSONL,
  with token and sentence offsets.

A *unit* is a paper title, section title or paragraph, or a slide title or
line: the pieces a search index or an aligner works with.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterator

UNIT_KINDS = ("title", "subtitle", "front", "section-title", "paragraph", "slide-title", "slide-line")


# --------------------------------------------------------------------------
# The talk file
# --------------------------------------------------------------------------


def _is_token(value: Any) -> bool:
    return isinstance(value, dict) and "surface" in value and "start" in value


def _render(value: Any, indent: int) -> str:
    pad = " " * indent
    inner = " " * (indent + 1)
    if isinstance(value, dict) and value and not _is_token(value):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_render(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value:
        items = [inner + _render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def talk_json_text(talk: dict[str, Any]) -> str:
    """The talk as JSON text: one item per line, one whole token per line.

    Parses back to the same object (``json.loads(talk_json_text(t)) == t``).

    >>> print(talk_json_text({"a": [{"surface": "x", "start": 0, "end": 1}], "b": None}), end="")
    {
     "a": [
      {"surface": "x", "start": 0, "end": 1}
     ],
     "b": null
    }
    """
    return _render(talk, 0) + "\n"


# --------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------


def _sentences(value: list[dict[str, int]] | None) -> list[dict[str, int]]:
    return value or []


def units(talk: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every text unit of a talk, in document order, with its place, tokens and sentences.

    Yields dicts with ``kind``, ``lang``, ``text``, ``tokens``, ``sentences``,
    ``source`` (raw position or ``None``) and the place keys that apply.
    """
    for field, kind in (("title", "title"), ("subtitle", "subtitle")):
        for lang in ("ja", "en"):
            text = talk[field][lang]
            tokens = (talk.get(f"{field}_tokens") or {}).get(lang)
            if text and tokens is not None:
                yield {"kind": kind, "lang": lang, "text": text, "tokens": tokens, "sentences": [], "source": None}
    paper = talk["paper"]
    for i, p in enumerate(paper.get("front", [])):
        yield {"kind": "front", "lang": "ja", "paragraph": i, "text": p["text"], "tokens": p["tokens"],
               "sentences": p["sentences"], "source": p["source"]}
    for si, s in enumerate(paper["sections"]):
        place = {"section": s["number"], "section_index": si}
        if s["title"]:
            yield {"kind": "section-title", "lang": "ja", **place, "text": s["title"], "tokens": s["title_tokens"],
                   "sentences": [], "source": s.get("source")}
        for pi, p in enumerate(s["paragraphs"]):
            yield {"kind": "paragraph", "lang": "ja", **place, "paragraph": pi, "text": p["text"],
                   "tokens": p["tokens"], "sentences": p["sentences"], "source": p["source"]}
    for k, sl in enumerate(talk["slides"]):
        link = sl.get("section")
        place = {"slide": sl["number"], "slide_index": k, "linked_section": link["number"] if link else None}
        if sl["title"] and sl.get("title_tokens") is not None:
            yield {"kind": "slide-title", "lang": "en", **place, "text": sl["title"], "tokens": sl["title_tokens"],
                   "sentences": [], "source": sl.get("source")}
        for li, line in enumerate(sl["lines"]):
            yield {"kind": "slide-line", "lang": "en", **place, "line": li, "text": line,
                   "tokens": sl["line_tokens"][li], "sentences": _sentences(sl["line_sentences"][li]), "source": None}


# --------------------------------------------------------------------------
# Corpus JSONL
# --------------------------------------------------------------------------


def corpus_records(talk: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One record per unit: talk id, place, language, text, token and sentence offsets.

    Offsets are ``[start, end]`` code points into ``text``; ``gaps`` lists
    the token indices that are lost glyphs.
    """
    file = talk["source"]["file"]
    for unit in units(talk):
        record = {"talk": talk["id"]}
        record.update({k: v for k, v in unit.items() if k not in ("tokens", "sentences", "source")})
        record["source"] = {"file": file, **unit["source"]} if unit["source"] else None
        record["tokens"] = [[t["start"], t["end"]] for t in unit["tokens"]]
        record["gaps"] = [i for i, t in enumerate(unit["tokens"]) if t.get("gap")]
        record["sentences"] = [[s["start"], s["end"]] for s in unit["sentences"]]
        yield record


def corpus_jsonl(talks: list[dict[str, Any]]) -> str:
    """The JSONL text of the talks' units, one compact JSON object per line."""
    return "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for talk in talks for r in corpus_records(talk)
    )


# --------------------------------------------------------------------------
# spaCy DocBin
# --------------------------------------------------------------------------

_UD_BY_SUDACHI = {
    "名詞-固有名詞": "PROPN", "名詞-数詞": "NUM", "名詞": "NOUN", "代名詞": "PRON", "形状詞": "ADJ", "連体詞": "DET",
    "副詞": "ADV", "接続詞": "CCONJ", "感動詞": "INTJ", "動詞": "VERB", "形容詞": "ADJ", "助動詞": "AUX",
    "助詞-接続助詞": "SCONJ", "助詞-終助詞": "PART", "助詞": "ADP", "接頭辞": "NOUN", "接尾辞": "PART",
    "記号": "SYM", "補助記号": "PUNCT", "空白": "SPACE",
}


@lru_cache(maxsize=None)
def ud_pos(sudachi_pos: str | None) -> str:
    """An approximate Universal POS for a Sudachi part of speech (longest known prefix); ``X`` when unknown.

    >>> ud_pos("名詞-固有名詞-地名-一般"), ud_pos("名詞-普通名詞-一般"), ud_pos("補助記号-句点"), ud_pos(None)
    ('PROPN', 'NOUN', 'PUNCT', 'X')
    """
    if not sudachi_pos:
        return "X"
    parts = sudachi_pos.split("-")
    for n in range(min(2, len(parts)), 0, -1):
        tag = _UD_BY_SUDACHI.get("-".join(parts[:n]))
        if tag:
            return tag
    return "X"


def register_extensions() -> None:
    """Declare ``token._.reading``, ``token._.gap`` and ``token._.near_gap`` (idempotent)."""
    from spacy.tokens import Token

    for name, default in (("reading", None), ("gap", False), ("near_gap", False)):
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


def _words(text: str, tokens: list[dict[str, Any]]) -> tuple[list[str], list[bool], list[int | None]]:
    """Words and trailing-space flags that rebuild ``text`` exactly, and which token each word is.

    Text between tokens (English whitespace) becomes a trailing space when
    it is one space, else a whitespace word of its own (``None`` index).
    """
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int | None] = []

    def between(piece: str) -> None:
        if not piece:
            return
        if piece == " " and words and not spaces[-1]:
            spaces[-1] = True
        else:
            words.append(piece)
            spaces.append(False)
            index.append(None)

    pos = 0
    for k, t in enumerate(tokens):
        between(text[pos:t["start"]])
        words.append(t["surface"])
        spaces.append(False)
        index.append(k)
        pos = t["end"]
    between(text[pos:])
    return words, spaces, index


def unit_doc(vocab, talk_id: str, unit: dict[str, Any]):
    """A spaCy ``Doc`` of one unit whose ``text`` equals the unit's text.

    Sentence starts, lemmas, tags and POS go through the ``Doc`` constructor:
    setting ``is_sent_start`` token by token rescans the whole document each
    time (quadratic on a long paragraph).
    """
    from spacy.tokens import Doc

    register_extensions()
    tokens = unit["tokens"]
    words, spaces, index = _words(unit["text"], tokens)
    starts = {s["start"] for s in unit["sentences"]}
    sent_starts = [i == 0 or (k is not None and tokens[k]["start"] in starts) for i, k in enumerate(index)]
    annotated: dict[str, Any] = {}
    if unit["lang"] == "ja":
        picked = [tokens[k] if k is not None else {} for k in index]
        annotated = {
            "lemmas": [t.get("lemma") or "" for t in picked],
            "tags": [t.get("pos") or "" for t in picked],
            "pos": [ud_pos(t.get("pos")) if t else "SPACE" for t in picked],
        }
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts, **annotated)
    for word, k in zip(doc, index):
        if k is None:
            continue
        t = tokens[k]
        if t.get("norm"):
            word.norm_ = t["norm"]
        if t.get("reading"):
            word._.reading = t["reading"]
        if t.get("gap"):
            word._.gap = True
        if t.get("near_gap"):
            word._.near_gap = True
    doc.user_data.update({"talk": talk_id, **{k: v for k, v in unit.items() if k not in ("text", "tokens", "sentences", "source")}})
    return doc


def docbin_bytes(talk: dict[str, Any]) -> bytes:
    """The talk's units as a serialized ``DocBin`` (user data stored), ready to write as ``<talk>.spacy``."""
    from spacy.tokens import DocBin

    from pipeline.structure.tokenize_en import nlp

    vocab = nlp().vocab
    docbin = DocBin(store_user_data=True)
    for unit in units(talk):
        docbin.add(unit_doc(vocab, talk["id"], unit))
    return docbin.to_bytes()
