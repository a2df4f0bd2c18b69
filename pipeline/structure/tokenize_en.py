"""English tokenization and sentence splitting with spaCy, with offsets into the text.

One blank English pipeline (``spacy.blank("en")`` plus the rule-based
``sentencizer``) per process, created on first use: no statistical model is
needed, or downloadable here, for slide lines.

Tokens are :class:`~pipeline.structure.document.EnToken`: ``surface``,
``norm`` (spaCy's lexical norm: lower case, ``’s`` → ``'s``), ``start``/``end``
code-point offsets (``text[start:end] == surface``), the same names as the
Japanese tokens' (a blank pipeline has no tagger or lemmatizer, so there is
no ``tag``, ``pos`` or ``lemma``). Text between tokens is whitespace only. As in :mod:`pipeline.structure.tokenize_ja`, a run of lost glyphs is one token
(``"gap": true``) and a token touching it is flagged ``"near_gap": true``:
spaCy would otherwise cut ``S��bol`` into ``S``, ``�``, ``�``, ``bol`` and
present ``bol`` as a word.
"""

from __future__ import annotations

from typing import Iterable

from pipeline.english_words import abbreviation_goes_on
from pipeline.model import GAP
from pipeline.structure.document import EnToken, Span
from pipeline.spacy_en import nlp  # the process's one English pipeline

Token = EnToken




def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    """Split a token's text at the borders of gap runs.

    >>> _pieces("a\\ufffd\\ufffdb", 10)
    [(10, 11), (11, 13), (13, 14)]
    """
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and (text[j] == GAP) == (text[i] == GAP):
            j += 1
        spans.append((start + i, start + j))
        i = j
    return spans


def _tokens_from_doc(text: str, doc) -> list[Token]:
    """spaCy's tokens, gap runs merged into one token each and their neighbours flagged."""
    spans: list[tuple[int, int, str]] = []
    for tok in doc:
        if GAP not in tok.text:
            spans.append((tok.idx, tok.idx + len(tok.text), tok.norm_))
            continue
        for s, e in _pieces(tok.text, tok.idx):
            spans.append((s, e, text[s:e].lower()))
    tokens: list[Token] = []
    for s, e, norm in spans:
        is_gap = text[s] == GAP
        if is_gap and tokens and tokens[-1].gap and tokens[-1].end == s:
            tokens[-1].end = e
            tokens[-1].surface = text[tokens[-1].start:e]
            continue
        tokens.append(EnToken(text[s:e], None if is_gap else norm, s, e, gap=is_gap))
    for i, token in enumerate(tokens):
        if token.gap:
            continue
        before = i > 0 and tokens[i - 1].gap and tokens[i - 1].end == token.start
        after = i + 1 < len(tokens) and tokens[i + 1].gap and tokens[i + 1].start == token.end
        if before or after:
            token.norm = None
            token.near_gap = True
    return tokens


def _sentences_from_doc(doc) -> list[Span]:
    """Sentence spans, without surrounding whitespace (the sentencizer's rule: ``.!?`` and kin end a sentence),
    except that an abbreviation's full stop ends none where the text goes on with what it takes
    (:func:`pipeline.english_words.abbreviation_goes_on`: ``Working Paper No. 31``, ``Fig. 2``, ``Lind et al.
    (2019)``, ``Dr. Mori``).

    >>> text = "See Working Paper No. 31, Fig. 2 and Lind et al. (2019) for details. Dr. Mori agreed."
    >>> [text[s.start:s.end] for s in analyse(text)[1]]
    ['See Working Paper No. 31, Fig. 2 and Lind et al. (2019) for details.', 'Dr. Mori agreed.']
    """
    text = doc.text
    spans: list[Span] = []
    for sent in doc.sents:
        piece = sent.text
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            start, end = sent.start_char + left, sent.start_char + right
            # the sentencizer gives an opening bracket after a full stop to the sentence before (``et al. (``)
            before = text[spans[-1].start:spans[-1].end].rstrip("([{“‘\"' ") if spans else ""
            if spans and abbreviation_goes_on(before, text[spans[-1].start + len(before):end]):
                spans[-1] = Span(spans[-1].start, end)
            else:
                spans.append(Span(start, end))
    return spans


RULE_BASED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}
"""The config that gives a blank pipeline spaCy's rule-based tokenizer instead of its language's own segmenter
(``spacy.blank("ko")``'s MeCab-ko): :mod:`.tokenize_ko` (:mod:`.tokenize_zh` takes spaCy's jieba segmenter instead)."""


def pipe_lines(pipeline, lines: Iterable[str]) -> list[tuple[list[Token], list[Span]]]:
    """Tokens and sentences of each text by one ``pipeline.pipe`` call, in the English token's shape (the English,
    Korean and Chinese pipelines all give their tokens so)."""
    lines = list(lines)
    return [(_tokens_from_doc(text, doc), _sentences_from_doc(doc)) for text, doc in zip(lines, pipeline.pipe(lines))]


def analyse_lines(lines: Iterable[str]) -> list[tuple[list[Token], list[Span]]]:
    """Tokens and sentences of each line, through one ``nlp.pipe`` call.

    >>> [[t.surface for t in toks] for toks, _ in analyse_lines(["S\\ufffd\\ufffdbol of it."])]
    [['S', '\\ufffd\\ufffd', 'bol', 'of', 'it', '.']]
    """
    return pipe_lines(nlp(), lines)


def analyse(text: str) -> tuple[list[Token], list[Span]]:
    """Tokens and sentences of one English text.

    >>> toks, sents = analyse("Established 2004. Members: Daegu.")
    >>> [t.surface for t in toks][:3], sents
    (['Established', '2004', '.'], [Span(start=0, end=17), Span(start=18, end=33)])
    """
    return analyse_lines([text])[0]
