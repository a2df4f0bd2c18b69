"""The process's one Sudachi dictionary and its tokenizers, shared by every stage.

Segment reads city names, restore scores fills and structure writes tokens,
all with the same dictionary (sudachidict-core): loading it costs a
noticeable fraction of a second and tens of MB, so it is loaded once per
process, on first use.
"""

from __future__ import annotations

from functools import lru_cache

MAX_BYTES = 49149
"""Sudachi's input limit in UTF-8 bytes (``Input is too long, it can't be more than 49149 bytes``)."""

DEFAULT_MODE = "C"
"""Split mode: C (longest units, e.g. 地域間交流 stays whole where the dictionary has it), B or A (shortest)."""

SPLIT_MODES = ("A", "B", "C")


@lru_cache(maxsize=1)
def dictionary():
    """The process's one Sudachi dictionary (sudachidict-core), loaded on first use."""
    from sudachipy import Dictionary

    return Dictionary()


@lru_cache(maxsize=None)
def tokenizer(mode: str = DEFAULT_MODE):
    """The process's tokenizer for a split mode, created once on first use.

    >>> tokenizer("C") is tokenizer("C")
    True
    """
    if mode not in SPLIT_MODES:
        raise ValueError(f"split mode must be one of {', '.join(SPLIT_MODES)}, not {mode!r}")
    return dictionary().tokenizer(mode=mode)


NAME_LINKS = frozenset("ヶヵケ")
"""The kana a Japanese place name links two kanji with (霧ヶ丘, 梅ヵ原, 潮ケ浜: read ガ). Sudachi's dictionary knows the
names it lists whole (茅ヶ崎市, 霞ヶ浦, 桜ケ丘), but reads an unknown one as a common noun, a particle ``ヶ`` (or a noun
``ヵ``, ``ケ``) and a word that takes the suffix with it: 霧 / ヶ / 丘町, 梅 / ヶ / 原市 (a surname)."""

LINK_READING = "ガ"
"""How a linking kana of :data:`NAME_LINKS` is read in a place name (霧ヶ丘 キリガオカ, 関ヶ原 セキガハラ)."""

PLACE_NAME_POS = ("名詞", "固有名詞", "地名", "一般", "*", "*")
"""Sudachi's part of speech for a place name, given to a :class:`LinkedName`."""


class LinkedName:
    """Sudachi's morphemes of a place name it does not know, joined at a linking kana (:data:`NAME_LINKS`) into one
    place name (霧 / ヶ / 丘町 → ``霧ヶ丘町``), with the interface segment reads of a morpheme: ``surface()``,
    ``part_of_speech()`` (:data:`PLACE_NAME_POS`), ``reading_form()`` (the link read :data:`LINK_READING`),
    ``begin()``/``end()`` (code points into the tokenised text), ``normalized_form()``/``dictionary_form()`` (the
    surface). ``parts`` holds the joined morphemes, the link among them."""

    __slots__ = ("parts",)

    def __init__(self, parts: list) -> None:
        self.parts = tuple(parts)

    def surface(self) -> str:
        return "".join(m.surface() for m in self.parts)

    def part_of_speech(self) -> tuple[str, ...]:
        return PLACE_NAME_POS

    def reading_form(self) -> str:
        return "".join(LINK_READING if m.surface() in NAME_LINKS else m.reading_form() for m in self.parts)

    def begin(self) -> int:
        return self.parts[0].begin()

    def end(self) -> int:
        return self.parts[-1].end()

    def normalized_form(self) -> str:
        return self.surface()

    def dictionary_form(self) -> str:
        return self.surface()

    def is_oov(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"LinkedName({self.surface()!r})"


def _kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff" or char == "々"


COUNT_WORDS = frozenset("一二三四五六七八九十百千万数何幾")
"""Kanji that count before a ``ヶ`` (百ヶ日, 数ヶ町: several towns): a count, no place name's link (a place named so,
八ヶ岳, 五ヶ瀬町, 三ヶ日, Sudachi's dictionary knows whole)."""


def _links(before, link, after) -> bool:
    """``link`` is a linking kana of a place name between the morphemes ``before`` and ``after``: it is a morpheme of
    its own, ``before`` ends on a kanji and on no count (:data:`COUNT_WORDS`: 百 / ヶ / 日, 数 / ヶ / 町; 3ヶ月 and 一ヶ所
    Sudachi reads with ``ヶ月``, ``ヶ所`` one counter), ``after`` starts on a kanji and is no counter."""
    b, a = before.surface(), after.surface()
    return link.surface() in NAME_LINKS and bool(b) and bool(a) and _kanji(b[-1]) and _kanji(a[0]) \
        and b[-1] not in COUNT_WORDS and before.part_of_speech()[1] != "数詞" and after.part_of_speech()[2] != "助数詞可能"


def link_names(morphemes) -> list:
    """Sudachi's ``morphemes`` of a text with each place name linked by a kana (:data:`NAME_LINKS`) between kanji
    joined into one :class:`LinkedName`; every other morpheme as it was.

    Why (fresh-user trial 69): the city line ``霧ヶ丘町`` read 霧 / ヶ (a particle) / 丘町 was no city line, and the talk's
    city became ``丘町``; ``梅ヶ原市`` (梅 / ヶ / 原市, a surname) named no city. Every reader of a place name (a city
    line, a speaker's affiliation, a notice signer's office, an issuer's label, a dateline) reads the morphemes of
    :func:`name_tokenizer`, so one join serves them all.

    >>> [m.surface() for m in link_names(tokenizer("C").tokenize("霧ヶ丘町 保健福祉課"))]
    ['霧ヶ丘町', ' ', '保健', '福祉課']
    >>> [m.surface() for m in link_names(tokenizer("C").tokenize("梅ヵ原市長"))][:2]
    ['梅ヵ原', '市長']
    >>> [m.surface() for m in link_names(tokenizer("C").tokenize("3ヶ月と一ヶ所と百ヶ日と数ヶ町"))]
    ['3', 'ヶ月', 'と', '一', 'ヶ所', 'と', '百', 'ヶ', '日', 'と', '数', 'ヶ', '町']
    """
    out: list = []
    items = list(morphemes)
    k = 0
    while k < len(items):
        m = items[k]
        if out and k + 1 < len(items) and _links(out[-1], m, items[k + 1]):
            before = out.pop()
            parts = [*(before.parts if isinstance(before, LinkedName) else (before,)), m, items[k + 1]]
            out.append(LinkedName(parts))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


class _NameTokenizer:
    """A tokenizer whose ``tokenize`` gives :func:`link_names`'s list."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def tokenize(self, text: str) -> list:
        return link_names(self._inner.tokenize(text))


@lru_cache(maxsize=None)
def name_tokenizer(mode: str = DEFAULT_MODE) -> _NameTokenizer:
    """The tokenizer segment reads names with: :func:`tokenizer`'s for ``mode``, each place name linked by a kana
    between kanji (``霧ヶ丘町``) one morpheme (:func:`link_names`). ``tokenize(text)`` returns a list.

    >>> name_tokenizer("C") is name_tokenizer("C")
    True
    """
    return _NameTokenizer(tokenizer(mode))
