"""spaCy's Japanese token conventions, applied to the stage's own Sudachi tokens.

spaCy's Japanese language (``spacy/lang/ja/__init__.py``, ``JapaneseTokenizer``)
makes each Sudachi morpheme a token with:

* ``tag_``: the first four part-of-speech levels that are not ``*``, joined
  by ``-`` (``名詞-固有名詞-地名-一般``; :func:`tag_info`);
* ``morph``: ``Inflection=`` the conjugation type and form joined by ``;``
  (``五段-カ行;連用形-一般``, only for a word that inflects) and
  ``Reading=`` the katakana reading with ``=`` and ``|`` made ``_``
  (:func:`morph_features`);
* ``lemma_`` the dictionary form, ``norm_`` the normalised form;
* ``pos_``: the Universal POS from spaCy's own tables, looked up in this
  order by its ``resolve_pos``: the surface (``TAG_ORTH_MAP``: ``ある`` is
  PRON, ``あの`` DET), the tag and the next word's tag (``TAG_BIGRAM_MAP``:
  ``研究`` + ``する`` is VERB + AUX), the tag alone (``TAG_MAP``)
  (:func:`tag_info` per part of speech, :func:`assign_pos` for the bigrams);
* whitespace: one ``" "`` right after a word is that word's trailing space;
  any other run of white space is one token tagged ``空白`` (:func:`words`).

The stage tokenizes with Sudachi itself (it splits out lost glyphs and cuts
long text, which spaCy's tokenizer does not), then applies these rules, so
that on gap-free text the JSON tokens and the DocBin carry what
``spacy.blank("ja")`` gives (a test holds them to it). The three tables are
spaCy's own, read where spaCy keeps them, and its ``resolve_pos`` decides
every bigram; what is cached here (per part of speech, per word, per
bigram) only saves asking again. spaCy is imported on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Iterator, NamedTuple, Sequence

BLANK_TAG = "空白"
"""spaCy's tag for a run of white space (``get_dtokens_and_spaces``'s ``gap_tag``)."""

UNKNOWN_POS = "X"
"""UPOS of a tag that spaCy's tag map does not know (a user dictionary's)."""


class Tables(NamedTuple):
    tag_map: dict[str, Any]
    orth_map: dict[str, dict[str, int]]
    resolve_pos: Any  # spacy.lang.ja.resolve_pos(orth, tag, next_tag) -> (pos id, next pos id | None)
    names: Any  # POS symbol id -> name
    pos_key: int
    followers: dict[str, frozenset[str]]  # tag -> the next tags it forms one of spaCy's bigrams with


@lru_cache(maxsize=1)
def tables() -> Tables:
    """spaCy's Japanese UPOS tables and resolver, imported once."""
    from spacy.lang.ja import TAG_BIGRAM_MAP, TAG_MAP, TAG_ORTH_MAP, resolve_pos
    from spacy.parts_of_speech import NAMES
    from spacy.symbols import POS

    followers: dict[str, set[str]] = {}
    for first, second in TAG_BIGRAM_MAP:
        followers.setdefault(first, set()).add(second)
    return Tables(TAG_MAP, TAG_ORTH_MAP, resolve_pos, NAMES, POS, {k: frozenset(v) for k, v in followers.items()})


class TagInfo(NamedTuple):
    """What spaCy's Japanese conventions make of one Sudachi part of speech.

    ``pos`` is the UPOS of the tag alone (``TAG_MAP``; :data:`UNKNOWN_POS` for
    a tag spaCy does not list, a user dictionary's); ``by_surface`` the UPOS
    of particular surfaces of this tag (``TAG_ORTH_MAP``: ``ある`` is PRON);
    ``followers`` the tags that, next, make one of spaCy's bigram rules apply.
    """

    tag: str
    inflection: str | None
    pos: str
    by_surface: dict[str, str]
    followers: frozenset[str]


def tag_levels(levels: Sequence[str]) -> tuple[str, str | None]:
    """spaCy's ``tag_`` and ``Inflection`` of one Sudachi part of speech (six levels), without spaCy's tables.

    :func:`tag_info` gives them beside the UPOS; a reader of the tags alone (the restore stage's view of a talk for
    its slide links, :func:`pipeline.structure.link.talk_view`) need not import spaCy for them.

    >>> tag_levels(("動詞", "一般", "*", "*", "五段-カ行", "連用形-一般"))
    ('動詞-一般', '五段-カ行;連用形-一般')
    >>> tag_levels(("名詞", "固有名詞", "地名", "一般", "*", "*"))
    ('名詞-固有名詞-地名-一般', None)
    """
    return "-".join(p for p in levels[:4] if p != "*"), ";".join(p for p in levels[4:] if p != "*") or None


def tag_info(levels: Sequence[str]) -> TagInfo:
    """spaCy's ``tag_``, ``Inflection`` and UPOS rules for one Sudachi part of speech (six levels).

    >>> tag_info(("動詞", "一般", "*", "*", "五段-カ行", "連用形-一般"))[:3]
    ('動詞-一般', '五段-カ行;連用形-一般', 'VERB')
    >>> tag_info(("名詞", "固有名詞", "地名", "一般", "*", "*"))[:3]
    ('名詞-固有名詞-地名-一般', None, 'PROPN')
    >>> info = tag_info(("連体詞", "*", "*", "*", "*", "*"))
    >>> info.pos, info.by_surface["ある"], sorted(info.followers)
    ('DET', 'PRON', ['形状詞-助動詞語幹'])
    """
    t = tables()
    tag, inflection = tag_levels(levels)
    entry = t.tag_map.get(tag)
    pos = t.names[entry[t.pos_key]] if entry else UNKNOWN_POS
    by_surface = {surface: t.names[p] for surface, p in t.orth_map.get(tag, {}).items()}
    return TagInfo(tag, inflection, pos, by_surface, t.followers.get(tag, frozenset()))


_MORPH_UNSAFE = re.compile("[=|]")


def morph_features(reading: str | None, inflection: str | None) -> dict[str, str]:
    """The ``morph`` features spaCy's Japanese tokenizer sets: ``Inflection`` and ``Reading`` (``=``, ``|`` → ``_``).

    >>> morph_features("スル", "サ行変格;終止形-一般")
    {'Inflection': 'サ行変格;終止形-一般', 'Reading': 'スル'}
    >>> morph_features("=", None)
    {'Reading': '_'}
    """
    features = {}
    if inflection:
        features["Inflection"] = inflection
    if reading:
        features["Reading"] = _MORPH_UNSAFE.sub("_", reading)
    return features


class Word(NamedTuple):
    """One spaCy word over a token list: tokens ``first:last``; ``space`` when the
    token at ``last - 1`` is a single ``" "`` spaCy keeps as the word's trailing
    white space; ``blank`` for a run of white space (one ``空白`` token)."""

    first: int
    last: int
    space: bool
    blank: bool


def words(surfaces: Sequence[str]) -> Iterator[Word]:
    """spaCy's Japanese words over tokens that tile a text (``JapaneseTokenizer``'s white-space rule).

    >>> [tuple(w) for w in words(["研究", " ", "する"])]
    [(0, 2, True, False), (2, 3, False, False)]
    >>> [tuple(w) for w in words([" ", "南相馬", " ", " ", "市", "\\u3000"])]
    [(0, 1, False, True), (1, 3, True, False), (3, 4, False, True), (4, 5, False, False), (5, 6, False, True)]
    """
    i, n = 0, len(surfaces)
    while i < n:
        if surfaces[i].isspace():
            j = i + 1
            while j < n and surfaces[j].isspace():
                j += 1
            yield Word(i, j, False, True)
            i = j
        elif i + 1 < n and surfaces[i + 1] == " ":
            yield Word(i, i + 2, True, False)
            i += 2
        else:
            yield Word(i, i + 1, False, False)
            i += 1


@lru_cache(maxsize=1)
def _blank() -> TagInfo:
    return tag_info((BLANK_TAG, "*", "*", "*", "*", "*"))


def blank_pos(run: str) -> str:
    """The UPOS spaCy gives a run of white space (``TAG_ORTH_MAP``: a lone ``　`` is X).

    >>> blank_pos(" "), blank_pos("\\u3000"), blank_pos("\\u3000\\u3000")
    ('SPACE', 'X', 'SPACE')
    """
    info = _blank()
    return info.by_surface.get(run, info.pos)


_SPACE_RUN = re.compile(r"\s+")


def _spaced_words(tokens: Sequence[Any], text: str) -> list[tuple[int, int]]:
    """Apply spaCy's white-space rule where ``text`` has white space, and return the bigram pairs across it.

    Each run of white-space tokens gets the UPOS of its spaCy word
    (:func:`blank_pos`; SPACE for a ``" "`` kept as a word's trailing space),
    and a word whose next spaCy word lies past one such trailing space is
    paired with it when their tags form one of spaCy's bigrams. Only the few
    tokens around each run are looked at (:func:`words` over that window).
    """
    followers = tables().followers
    pairs = []
    n = len(tokens)
    for m in _SPACE_RUN.finditer(text):
        i = bisect_right(tokens, m.start(), key=_start) - 1
        if i < 0 or not tokens[i].surface.isspace():
            continue  # white space inside a word: spaCy keeps it in the word
        j = i
        while j < n and tokens[j].surface.isspace():
            j += 1
        lo = i - 1 if i > 0 else i
        hi = min(j + 1, n)
        local = list(words([t.surface for t in tokens[lo:hi]]))
        for w in local:
            if w.blank:
                pos = blank_pos("".join(t.surface for t in tokens[lo + w.first:lo + w.last]))
                for tok in tokens[lo + w.first:lo + w.last]:
                    if tok.tag is not None:
                        tok.pos = pos
            elif w.space and tokens[lo + w.first + 1].tag is not None:
                tokens[lo + w.first + 1].pos = blank_pos(" ")
        for a, b in zip(local, local[1:]):
            if not a.blank and not b.blank and tokens[lo + b.first].tag in followers.get(tokens[lo + a.first].tag, ()):
                pairs.append((lo + a.first, lo + b.first))
    return pairs


def _start(token: Any) -> int:
    return token.start


def assign_pos(tokens: Sequence[Any], bigrams: list[tuple[int, int]], text: str) -> None:
    """Give tokens (with ``surface``, ``tag``, ``pos``, ``start``) of ``text`` the UPOS spaCy's Japanese tokenizer gives.

    ``pos`` must already hold the UPOS of each token's surface or tag
    (:class:`TagInfo`; the tokenizer caches it per word), or ``None`` for a
    token whose analysis is withheld;
    ``bigrams`` are the ``(i, i + 1)`` pairs of adjacent tokens whose tags
    form one of spaCy's bigrams (the tokenizer finds them as it goes).
    What is left is white space (:func:`_spaced_words`) and spaCy's bigram
    rule: where a word and the next form one of its bigrams, ``resolve_pos``
    decides both, word by word, and a word whose UPOS the word before
    decided is not looked at again. A token with no tag (a gap, or beside
    one) is in no pair: spaCy never saw it.
    """
    if _SPACE_RUN.search(text):
        bigrams = sorted(bigrams + _spaced_words(tokens, text))
    decided = -1
    for i, j in bigrams:
        tok, nxt = tokens[i], tokens[j]
        if i == decided or tok.tag is None or nxt.tag is None:
            continue
        pos, after = _resolve(tok.surface, tok.tag, nxt.tag)
        tok.pos = pos
        if after:
            nxt.pos = after
            decided = j


@lru_cache(maxsize=4096)
def _resolve(surface: str, tag: str, next_tag: str) -> tuple[str, str | None]:
    """spaCy's ``resolve_pos`` for a word and the next word's tag, as UPOS names (cached: a corpus has few such pairs)."""
    t = tables()
    pos, after = t.resolve_pos(surface, tag, next_tag)
    return t.names[pos], t.names[after] if after else None
