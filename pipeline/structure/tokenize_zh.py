"""Chinese tokenization and sentence splitting with spaCy, with offsets into the text: one token per ideograph.

spaCy's Chinese language class (``spacy.lang.zh``) segments by character by default (``segmenter = "char"``: every
character of the text one token, a Latin word and a number cut into letters and digits too: ``TEX`` → ``T``, ``E``,
``X``); its word segmenters need ``jieba`` (last released in 2020) or ``spacy-pkuseg`` with a model it downloads, neither
of which the project takes (docs/decisions.md, *Chinese text*). So a Chinese text is read by spaCy's rule-based
tokenizer (``spacy.Tokenizer.v1``, Chinese's punctuation rules) with one more prefix, suffix and infix rule: an
ideograph stands alone. Each ideograph is one token, as in spaCy's character segmentation, while a Latin word, a
number and a command stay whole as in English (``在``, ``成``, ``功``, ``安``, ``装``, ``TEX``, ``Live``, ``后``; ``1981``,
``年``). No word is claimed where none is found: a Chinese token has no part of speech, lemma or reading (the shape of an
English token, :class:`~pipeline.structure.document.EnToken`); Sudachi read Chinese with Japanese readings and parts of
speech, which is wrong data. Sentences are spaCy's sentencizer's (``。！？`` end one); gaps and near-gap tokens as in
:mod:`pipeline.structure.tokenize_en`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from pipeline.chardata import KANJI
from pipeline.structure.document import EnToken, Span
from pipeline.structure.tokenize_en import RULE_BASED_TOKENIZER, pipe_lines

IDEOGRAPH = f"[{KANJI}]"
"""One ideograph: the rule that makes each its own token (prefix, suffix and infix alike)."""


@lru_cache(maxsize=1)
def nlp():
    """The process's one Chinese pipeline (built on first use).

    >>> nlp() is nlp(), nlp().lang, nlp().pipe_names
    (True, 'zh', ['sentencizer'])
    """
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    pipeline = spacy.blank("zh", config=RULE_BASED_TOKENIZER)
    defaults = pipeline.Defaults
    tokenizer = pipeline.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(defaults.prefixes or ()), IDEOGRAPH]).search
    tokenizer.suffix_search = compile_suffix_regex([*(defaults.suffixes or ()), IDEOGRAPH]).search
    tokenizer.infix_finditer = compile_infix_regex([*(defaults.infixes or ()), IDEOGRAPH]).finditer
    pipeline.add_pipe("sentencizer")
    return pipeline


def analyse_lines(lines: Iterable[str]) -> list[tuple[list[EnToken], list[Span]]]:
    """Tokens and sentences of each Chinese text, through one ``nlp.pipe`` call.

    >>> [[t.surface for t in toks] for toks, _ in analyse_lines(["金泽市与苏州市于1981年结为友好城市。"])]
    [['金', '泽', '市', '与', '苏', '州', '市', '于', '1981', '年', '结', '为', '友', '好', '城', '市', '。']]
    """
    return pipe_lines(nlp(), lines)


def analyse(text: str) -> tuple[list[EnToken], list[Span]]:
    """Tokens and sentences of one Chinese text.

    >>> toks, sents = analyse("在成功安装TEX Live后，可以使用tlmgr。这些配置由它管理！")
    >>> [t.surface for t in toks][:9], sents
    (['在', '成', '功', '安', '装', 'TEX', 'Live', '后', '，'], [Span(start=0, end=25), Span(start=25, end=34)])
    """
    return analyse_lines([text])[0]
