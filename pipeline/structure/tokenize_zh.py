"""Chinese tokenization and sentence splitting with spaCy, with offsets into the text: Chinese words, by jieba.

spaCy's Chinese language class (``spacy.lang.zh``) segments by character by default (``segmenter = "char"``: every
character of the text one token, a Latin word and a number cut into letters and digits too: ``TEX`` → ``T``, ``E``,
``X``); its word segmenters are ``jieba`` and ``spacy-pkuseg``, whose model is downloaded at first use (not here). So a
Chinese text is read by spaCy's ``blank("zh")`` with ``segmenter = "jieba"`` (:data:`JIEBA_SEGMENTER`; spaCy's
documented config, ``spacy/lang/zh/__init__.py``): jieba's words from its own dictionary (``dict.txt``, 349,046 words
with their frequencies, shipped in the package) by the most probable path through the words it finds
(``jieba.cut(text, cut_all=False, HMM=False)``: its HMM, which guesses words outside the dictionary, is off,
:class:`_DictionaryWords`). Nothing is downloaded and nothing is random: one text gives one segmentation for one jieba
version (pinned in ``pyproject.toml``). A Latin word
and a number stay whole (``TEX``, ``Live``, ``1981``, ``年``), punctuation one token each; ``苏州市``, ``签订``,
``配置文件`` are one token each, no longer one per ideograph (issue 16, helper korean55; docs/decisions.md, *Chinese
text*). A Chinese token has no part of speech, lemma or reading (the shape of an English token,
:class:`~pipeline.structure.document.EnToken`): jieba's ``posseg`` tags exist but follow the ICTCLAS tag set, no
Universal POS, and are not taken. Sentences are spaCy's sentencizer's (``。！？`` end one); gaps and near-gap tokens as
in :mod:`pipeline.structure.tokenize_en`.

jieba is imported only when a Chinese text is first read (:func:`nlp`, built on first use), so a Japanese or English
document never pays for it: importing jieba took 0.08 s CPU and loading its dictionary 0.5 s CPU (1.05 s without its
cache; helper korean55's measurement, docs/decisions.md, *Chinese text*), and jieba keeps a 9 MB cache of its prefix dictionary in the system's temporary
folder (``jieba.cache``, its own default, rebuilt when missing or unreadable). Its progress messages (``Building prefix
dict …``) are silenced to warnings.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from pipeline.errors import PipelineError
from pipeline.structure.document import EnToken, Span
from pipeline.structure.tokenize_en import pipe_lines

JIEBA_SEGMENTER = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}
"""The config that gives ``spacy.blank("zh")`` jieba's word segmentation (spaCy's ``ChineseTokenizer``)."""


@lru_cache(maxsize=1)
def nlp():
    """The process's one Chinese pipeline (built on first use).

    >>> nlp() is nlp(), nlp().lang, nlp().pipe_names, nlp().tokenizer.segmenter
    (True, 'zh', ['sentencizer'], 'jieba')
    """
    import logging

    import spacy

    try:
        import jieba
    except ImportError as exc:
        raise PipelineError("jieba", "is not installed: Chinese text is segmented into words by it",
                            "reinstall the project (pip install -e .), which depends on jieba") from exc
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict …" on stderr
    pipeline = spacy.blank("zh", config=JIEBA_SEGMENTER)
    pipeline.tokenizer.jieba_seg = _DictionaryWords(pipeline.tokenizer.jieba_seg)
    pipeline.add_pipe("sentencizer")
    return pipeline


class _DictionaryWords:
    """jieba as spaCy calls it (``jieba_seg.cut(text, cut_all=False)``), its HMM for words outside the dictionary off:
    a token of two ideographs or more is a word of jieba's dictionary, and a stretch the dictionary does not know is
    cut into its ideographs, as before, rather than into words the HMM guesses (a Japanese city's name before ``港自1979年``
    gave ``港自``, no word, with the HMM on; the name's ideographs, ``港``, ``自`` without it). No word is claimed where none is found."""

    def __init__(self, jieba) -> None:
        self._jieba = jieba

    def cut(self, text: str, cut_all: bool = False):
        return self._jieba.cut(text, cut_all=cut_all, HMM=False)


def analyse_lines(lines: Iterable[str]) -> list[tuple[list[EnToken], list[Span]]]:
    """Tokens and sentences of each Chinese text, through one ``nlp.pipe`` call.

    >>> [[t.surface for t in toks] for toks, _ in analyse_lines(["金泽市与苏州市于1981年签订合作协议。"])]
    [['金', '泽', '市', '与', '苏州市', '于', '1981', '年', '签订', '合作', '协议', '。']]

    (金泽, Kanazawa, is no word of jieba's dictionary: its ideographs stay apart; 苏州市 is one.)
    """
    return pipe_lines(nlp(), lines)


def analyse(text: str) -> tuple[list[EnToken], list[Span]]:
    """Tokens and sentences of one Chinese text.

    >>> toks, sents = analyse("在成功安装TEX Live后，可以使用tlmgr。这些配置由它管理！")
    >>> [t.surface for t in toks][:7], sents
    (['在', '成功', '安装', 'TEX', 'Live', '后', '，'], [Span(start=0, end=25), Span(start=25, end=34)])
    >>> [t.surface for t in analyse("苏州\ufffd\ufffd港")[0]], [t.near_gap for t in analyse("苏州\ufffd港")[0]]
    (['苏州', '\ufffd\ufffd', '港'], [True, False, True])
    """
    return analyse_lines([text])[0]
