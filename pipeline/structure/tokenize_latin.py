"""Tokens and sentences of a German, French, Spanish, Dutch, Italian or Portuguese text, with spaCy.

Each of :data:`pipeline.chardata.LATIN_LANGS` has a language class in spaCy (``spacy.lang.de`` …) whose blank pipeline
(``spacy.blank("de")``) needs nothing beyond spaCy: its tokenizer cuts at spaces and splits punctuation off with the
language's own prefix, suffix and infix rules and exceptions (German ``Im`` and ``z.B.`` stay whole, where spaCy's
English exceptions cut ``Im`` into ``I`` + ``m``; French ``L’`` and ``d’`` are split off as elided articles). A blank
pipeline has no tagger: the tokens have the English token's shape (``surface``, ``norm``, offsets, gap flags;
:class:`~pipeline.structure.document.EnToken`) and no part of speech rather than a wrong one, as a Korean token
(:mod:`pipeline.structure.tokenize_ko`, whose way of adding a language this module follows). Sentences are the
sentencizer's. Each language's pipeline is built once, on first use (docs/talk-json.md, *A German, French or Dutch
paragraph*).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from pipeline.chardata import LATIN_LANGS
from pipeline.structure.document import EnToken, Span
from pipeline.structure.tokenize_en import pipe_lines


@lru_cache(maxsize=None)
def nlp(lang: str):
    """The process's one blank pipeline of ``lang`` (one of :data:`~pipeline.chardata.LATIN_LANGS`), with a
    sentencizer; ``ValueError`` for another language.

    >>> nlp("de") is nlp("de"), nlp("de").lang, nlp("fr").pipe_names
    (True, 'de', ['sentencizer'])
    """
    if lang not in LATIN_LANGS:
        raise ValueError(f"no Latin-script reader for {lang!r}")
    import spacy

    pipeline = spacy.blank(lang)
    pipeline.add_pipe("sentencizer")
    return pipeline


class Reader:
    """One language's reader, with the ``analyse`` / ``analyse_lines`` pair :mod:`pipeline.structure` asks of each
    spaCy-read language (as the modules :mod:`.tokenize_en`, :mod:`.tokenize_ko` give)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def analyse_lines(self, lines: Iterable[str]) -> list[tuple[list[EnToken], list[Span]]]:
        """Tokens and sentences of each text, through one ``nlp.pipe`` call.

        >>> [[t.surface for t in toks] for toks, _ in READERS["de"].analyse_lines(["Im Jahr 2020 wurde z.B. gebaut."])]
        [['Im', 'Jahr', '2020', 'wurde', 'z.B.', 'gebaut', '.']]
        """
        return pipe_lines(nlp(self.lang), lines)

    def analyse(self, text: str) -> tuple[list[EnToken], list[Span]]:
        """Tokens and sentences of one text.

        >>> toks, sents = READERS["fr"].analyse("L’association vous invite. Merci d’avance.")
        >>> [t.surface for t in toks], sents
        (['L’', 'association', 'vous', 'invite', '.', 'Merci', 'd’', 'avance', '.'], [Span(start=0, end=26), Span(start=27, end=42)])
        """
        return self.analyse_lines([text])[0]


READERS = {lang: Reader(lang) for lang in LATIN_LANGS}
"""A reader for each of :data:`~pipeline.chardata.LATIN_LANGS`."""
