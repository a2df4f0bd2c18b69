"""Korean tokenization and sentence splitting with spaCy, with offsets into the text.

spaCy's Korean language class (``spacy.lang.ko``) tokenizes with MeCab-ko by default, which needs the ``mecab-ko``
binding and its dictionary (``spacy.blank("ko")`` fails without them, and neither is installed here); the config can
name spaCy's own rule-based tokenizer instead (``spacy.Tokenizer.v1`` in ``[nlp.tokenizer]``), and it needs nothing but
spaCy. Korean writes its words (eojeol: a word with its particles and endings, ``관광정책을``) apart with spaces, as English
does, and the rule-based tokenizer cuts at the spaces and splits punctuation off with Korean's own prefix, suffix and
infix rules (``spacy/lang/ko/punctuation.py``), offline. The Universal Dependencies
Korean treebanks take the same unit, the eojeol, as their word (docs/talk-json.md, *A Korean paragraph*). A blank
pipeline has no tagger: a Korean token has ``surface``, ``norm`` (spaCy's lexical norm) and offsets, the shape of an
English token (:class:`~pipeline.structure.document.EnToken`), and no part of speech rather than a wrong one. Other
choices weighed (docs/decisions.md, *Korean tokens*): ``spacy.blank("xx")`` cuts the same eojeol but without Korean's
punctuation rules, stop words or number words; MeCab-ko, Kiwi and KoNLPy give morphemes with tags but are native
builds or need Java, a dependency the project does not take for the few Korean paragraphs it meets.

Sentences are the sentencizer's (``.!?`` and kin end one: Korean prose ends its sentences with them), gaps and
near-gap tokens as in :mod:`pipeline.structure.tokenize_en`, whose token and sentence rules this module shares.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from pipeline.structure.document import EnToken, Span
from pipeline.structure.tokenize_en import RULE_BASED_TOKENIZER, pipe_lines


@lru_cache(maxsize=1)
def nlp():
    """The process's one Korean pipeline (built on first use).

    >>> nlp() is nlp(), nlp().lang, nlp().pipe_names
    (True, 'ko', ['sentencizer'])
    """
    import spacy

    pipeline = spacy.blank("ko", config=RULE_BASED_TOKENIZER)
    pipeline.add_pipe("sentencizer")
    return pipeline


def analyse_lines(lines: Iterable[str]) -> list[tuple[list[EnToken], list[Span]]]:
    """Tokens and sentences of each Korean text, through one ``nlp.pipe`` call.

    >>> [[t.surface for t in toks] for toks, _ in analyse_lines(["두 도시의 협력은 중요해질 것이다."])]
    [['두', '도시의', '협력은', '중요해질', '것이다', '.']]
    """
    return pipe_lines(nlp(), lines)


def analyse(text: str) -> tuple[list[EnToken], list[Span]]:
    """Tokens and sentences of one Korean text.

    >>> toks, sents = analyse("본고에서는 대구시와 센다이시를 비교한다. 두 도시는 약 3시간(편도) 거리에 있다.")
    >>> [t.surface for t in toks][:5], sents
    (['본고에서는', '대구시와', '센다이시를', '비교한다', '.'], [Span(start=0, end=22), Span(start=23, end=46)])
    >>> [t.surface for t in analyse("대구\\ufffd\\ufffd시")[0]], [t.near_gap for t in analyse("대구\\ufffd시")[0]]
    (['대구', '\\ufffd\\ufffd', '시'], [True, False, True])
    """
    return analyse_lines([text])[0]
