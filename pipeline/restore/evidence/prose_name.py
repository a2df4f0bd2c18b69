"""A person's name in running prose, which no line's shape marks (issue 19, points 4 and 6; helper name73b).

The abstentions of :mod:`.abstention` read a name off its line's shape: a speaker's line, a job title or an
honorific glued after it, a list of people. In prose a name stands with no such mark (``主将の長谷川翔が押し込み``,
``祖母、藤井ミツ子が``, ``T\ufffdbias slipped``), and the model or the name's own copy elsewhere filled it (fresh-user
trial 73b: ``\ufffd谷川翔`` committed 長 at 0.974, ``小\ufffd寺健太`` offered 野 first, ``T\ufffdbias`` committed from
*Tobias* written four times). A name is never filled, even from its copy: the same letters may name another person.

- Japanese (:func:`japanese_name`): the fills the verdict ranks first make the gap's word, to Sudachi, a surname
  (固有名詞-人名-姓) followed by a given name written whole (人名-名; a space between or none), or a given name after
  a surname written whole; the best fill, or :data:`NAME_READS` of the first :data:`NAME_FILLS`, must read so.
- Japanese, the name parted by spaces before an honorific also set off by a space (``患者様：山\ufffd　美咲　様``:
  :func:`spaced_name_before_honorific`), a form's field; the honorific makes it a name whatever the fills.
- English (:func:`english_name`): a capitalised word inside a sentence (never its first word) that the verdict's
  fill makes a given name or a surname of the US Census 1990 more common as a name than as a word, on a line of
  prose (not a title's run of capitals), which the text never writes in lower case (``Bi\ufffdcuit`` the cat beside
  *biscuit* elsewhere is a common word's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline import lazyre
from pipeline.chardata import (HALFWIDTH_LATIN, HALFWIDTH_LATIN_UPPER, HIRAGANA, JA_LETTER_RE, KANJI, KATAKANA,
                               is_chinese)
from pipeline.model import GAP
from pipeline.names import HONORIFIC_RE

NAME_FILLS = 3
"""The verdict's first fills :func:`japanese_name` reads (the candidates a user is shown first)."""
NAME_READS = 2
"""How many of the first :data:`NAME_FILLS` fills must make a person's name of the gap's word where the best fill
does not (one alone below the best is a reading the model ranked by chance); the best fill alone suffices
(``\ufffd谷川翔``: 長 first, で and 中 after it). Measured in docs/limits.md (*Session 73, name73b*)."""
WINDOW = 8
"""Letters of context on each side of the fill Sudachi reads (up to another lost glyph or the line's end)."""


def _side(text: str, start: int, end: int) -> tuple[str, str]:
    """The gap's line's letters before ``start`` and after ``end``, each stopping at another lost glyph, a line break
    or :data:`WINDOW` letters."""
    left = re.split(f"[{GAP}\n]", text[:start])[-1][-WINDOW:]
    right = re.split(f"[{GAP}\n]", text[end:])[0][:WINDOW]
    return left, right


def _person(m) -> str | None:
    """``姓`` or ``名`` where Sudachi's morpheme ``m`` is a person's name, else ``None``."""
    pos = m.part_of_speech()
    return pos[3] if pos[1:3] == ("固有名詞", "人名") and pos[3] in ("姓", "名") else None


def fill_reads_name(left: str, fill: str, right: str) -> str | None:
    """The person's name (surname and given name as written, the fill as lost glyphs) that ``fill`` makes between ``left`` and ``right`` to
    Sudachi, or ``None``: every morpheme the fill touches is a person's name's, and either the last of them is a
    surname (姓) directly followed (a space between at most) by a given name (名) the fill does not touch, or the first
    of them is a given name directly after a surname the fill does not touch; the letters kept are part of the name's
    part the fill stands in, and a given name of one letter is followed by no noun (:func:`_word_goes_on`).

    >>> fill_reads_name("主将の", "長", "谷川翔が押し込み"), fill_reads_name("祖母、藤", "井", "ミツ子が")
    ('\ufffd谷川翔', '藤\ufffdミツ子')
    >>> fill_reads_name("主将の", "中", "谷川翔が"), fill_reads_name("患者様：山", "梨", "　美咲　様")
    (None, None)
    """
    from pipeline.sudachi import tokenizer

    morphemes = [m for m in tokenizer("C").tokenize(left + fill + right)]
    start, end = len(left), len(left) + len(fill)
    touched = [i for i, m in enumerate(morphemes) if m.begin() < end and m.end() > start]
    if not touched or any(_person(morphemes[i]) is None for i in touched):
        return None
    if len(touched) == 1 and morphemes[touched[0]].surface() == fill:
        # a name's part the fill alone makes (a lone kanji is a name's to Sudachi too often: 佐々木\ufffd氏 read 佐々木公,
        # 善光寺門\ufffd read 門次): the letters kept must be part of it
        return None

    def beside(i: int, step: int) -> int | None:
        # the next morpheme that way, past one space
        j = i + step
        if 0 <= j < len(morphemes) and morphemes[j].part_of_speech()[0] == "空白" and len(morphemes[j].surface()) == 1:
            j += step
        return j if 0 <= j < len(morphemes) else None

    first, last = touched[0], touched[-1]
    j = beside(last, 1)
    if _person(morphemes[last]) == "姓" and j is not None and _person(morphemes[j]) == "名" \
            and morphemes[j].begin() >= end and not _word_goes_on(morphemes, j):
        return _gapped(left, fill, right, morphemes[first].begin(), morphemes[j].end())
    j = beside(first, -1)
    if _person(morphemes[first]) == "名" and j is not None and _person(morphemes[j]) == "姓" \
            and morphemes[j].end() <= start:
        return _gapped(left, fill, right, morphemes[j].begin(), morphemes[last].end())
    return None


def _word_goes_on(morphemes, j: int) -> bool:
    """The given name ``morphemes[j]`` is one letter and a noun or a suffix follows it: the letter is a word's
    (``里山\ufffd究会`` read 山口 and 究, of 研究会), not a name's end."""
    if len(morphemes[j].surface()) > 1 or j + 1 >= len(morphemes):
        return False
    return morphemes[j + 1].part_of_speech()[0] in ("名詞", "接尾辞")


def _gapped(left: str, fill: str, right: str, begin: int, end: int) -> str:
    """The name read at ``begin:end`` of ``left + fill + right``, the fill shown as the lost glyphs it stands for: a
    verdict's row names the name without its guess (``\ufffd谷川翔``)."""
    text = left + GAP * len(fill) + right
    return text[begin:end]


def japanese_name(text: str, start: int, end: int, fills: Sequence[str]) -> str | None:
    """The name (as :func:`fill_reads_name` shows it, read with the best fill that makes one) where the best of ``fills`` (best first), or
    :data:`NAME_READS` of the first :data:`NAME_FILLS`, make the gap ``text[start:end]`` a person's name's
    (:func:`fill_reads_name`), else ``None``.

    >>> s = "コーナーキックのこぼれ球を主将の\ufffd谷川翔が押し込み"; japanese_name(s, s.index(GAP), s.index(GAP) + 1, "長中後")
    '\ufffd谷川翔'
    """
    left, right = _side(text, start, end)
    if JA_LETTER_RE.search(left[-2:] + right[:2]) is None or is_chinese(left + right):
        # no Japanese beside the gap, or a Chinese line (Sudachi reads its words as Japanese names: 志愿 of 组织志愿者
        # read 国志愿)
        return None
    names = [fill_reads_name(left, f, right) for f in fills[:NAME_FILLS] if len(f) == end - start]
    found = [n for n in names if n is not None]
    return found[0] if found and (names[0] is not None or len(found) >= NAME_READS) else None


_PART = f"[{KANJI}{KATAKANA}{GAP}]{{1,4}}"
# a name's two parts and its honorific, each set off by spaces, closing the line or its field (``患者様：山\ufffd　美咲　様``)
_SPACED_NAME = lazyre.compile(
    f"(?:^|[：:\\s　])({_PART})[ \u3000]+({_PART}|[{HIRAGANA}]{{2,4}})[ \u3000]+(?:{HONORIFIC_RE.pattern})"
    "[ \u3000]*(?:$|[、。，．,.])", re.MULTILINE)


def spaced_name_before_honorific(text: str, start: int) -> bool:
    """The gap at ``start`` stands in a name whose surname and given name stand apart from each other and from the
    honorific after them (``患者様：山\ufffd　美咲　様``, ``お客様：田中　優\ufffd　様``), the name and its honorific closing
    the line or a field's value, and the part the gap left whole a person's name to Sudachi alone or before the
    honorific (:func:`abstention._person_name_word`). The honorific glued after the given name (``\ufffd田 健様``) is
    :func:`abstention.before_honorific`'s; here it stood two spaces away from the gap, and the surname was offered
    田, 咲, 梨 (fresh-user trial 73b).

    >>> s = "患者様：山\ufffd　美咲　様"; spaced_name_before_honorific(s, s.index(GAP))
    True
    >>> s = "宛先：総務\ufffd　皆　様"; spaced_name_before_honorific(s, s.index(GAP))
    False
    """
    from pipeline.restore.evidence.abstention import _person_name_word

    for m in _SPACED_NAME.finditer(text):
        parts = [(m.start(g), m.group(g)) for g in (1, 2)]
        if not any(at <= start < at + len(part) for at, part in parts):
            continue
        whole = [part for at, part in parts if GAP not in part]
        honorific = HONORIFIC_RE.search(text, m.end(2)).group(0)
        return any(_person_name_word(part) or _person_name_word(part, honorific) for part in whole)
    return False


_WORD = lazyre.compile(f"[{HALFWIDTH_LATIN}{GAP}]+")
# a sentence's or an item's start: a full stop, a quote or a bracket opening, a bullet or a dash (``■ Young staff``)
_SENTENCE_START = lazyre.compile("(?:^|[.!?:;][\"”’')]?|[\"“‘(\\[■□●○•・*\\-–—])[ \u00a0\t]*$")
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with",
                                "from", "into", "as"})
"""The small words a title in title case keeps in small letters (not weighed by :data:`TITLE_CASE_SHARE`)."""
TITLE_CASE_SHARE = 0.5
"""A line more of whose words than this share are capitalised is a title's or a heading's (``The Lighthouse Cat of
Pennick Bay``), whose capitals say nothing of a name."""


def english_name(text: str, start: int, end: int, fill: str, above: str = "",
                 lower_case_used: Callable[[str], bool] = lambda word: False) -> str | None:
    """The gap's word as written (its lost glyphs in it: a verdict's row names no guess) where the gap stands in a capitalised word of a
    sentence of prose that ``fill`` makes a given name or a surname of the US Census 1990 more common as a name than as
    a word in English text (:func:`abstention._census_given`, :func:`abstention._census_surname`: *Tobias*, *Lucas*,
    *Holloway*; not *Biscuit*, *Service*), else ``None``. A sentence's first word (the line's first where ``above``
    ends a sentence or is empty) is read so too where it has :data:`SENTENCE_START_NAME` letters or more and is a
    given name by :data:`SENTENCE_START_MARGIN` (``Mar\ufffdin walked``). Not a name's: a word on a line of title case (:data:`TITLE_CASE_SHARE`), a word
    the text writes in lower case too (``lower_case_used``: *pepper* beside ``Pep\ufffder``).

    >>> english_name("One night, T\ufffdbias slipped", 12, 13, "o")
    'T\ufffdbias'
    >>> english_name("T\ufffdbias slipped", 1, 2, "o"), english_name("a dog named Bi\ufffdcuit.", 14, 15, "s")
    ('T\ufffdbias', None)
    >>> english_name("W\ufffdll you come?", 1, 2, "i") is None  # a short word opening a sentence
    True
    """
    from pipeline.restore.evidence.abstention import _MONTHS, _calendar_word, _census_given, _census_surname

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    at = start - line_start
    word = next((m for m in _WORD.finditer(line) if m.start() <= at < m.end()), None)
    if word is None or len(fill) != end - start or not fill.isascii() or not fill.isalpha():
        return None
    read = line[word.start(): at] + fill + line[at + end - start: word.end()]
    if GAP in read or len(read) < 3 or not read[0].isupper() or not read[1:].islower():
        return None
    head = line[: word.start()]
    # a sentence's first word is capitalised whatever it is: read as a name by its fill alone, a longer one only
    # (``Mar\ufffdin walked``; Ann, Tom, Will are words as often), as a word inside a sentence is (helper name74)
    opens = _SENTENCE_START.search(head) is not None and (head.strip() or not above.strip()
                                                         or re.search("[.!?:;][\"”’')]?\\s*$", above))
    if opens and (len(read) < SENTENCE_START_NAME or not _given_name_first(read)):
        return None
    tail = line[word.end():]
    # a title's small words stay in small letters (``Passing the Green of the City of Trees``): not counted
    words = [w for w in _WORD.findall(head + read + tail) if w[0].isalpha() and w not in _TITLE_SMALL_WORDS]
    if sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words):
        return None
    if tail[:1] in ("'", "’") and tail[1:2].isalpha() and tail[1:2] != "s":
        return None  # a contraction's first word (``Don't``)
    # a month's, a weekday's or a season's name (``in April``, ``Autumn 2026``) is borne by people too; so is a short
    # word beside a day or a year (``Mon, 23 Jan 2012``)
    if _calendar_word(read) or read.casefold() in _SEASONS or read.casefold() in _MONTHS or (len(read) <= 3 and (
            re.search("[0-9][ \u00a0]+$", head) or re.match("[ \u00a0]+[0-9]", tail))):
        return None
    if not (_census_given(read) or _census_surname(read)) or lower_case_used(read.lower()):
        return None
    if _place_beside(head, tail, read):
        return None
    # two words a town's name for some letters in the gap (``visit Hong K\ufffd\ufffdg``: *Hong Kong*, though King is a
    # census surname): a place, offered as :func:`abstention._town_reading` says (helper name73)
    from pipeline.restore.evidence.abstention import _town_reading

    written = line[word.start(): at] + GAP + line[at + end - start: word.end()]
    before, after = _PREVIOUS_WORD.search(head), _NEXT_WORD.match(tail)
    if (before is not None and _town_reading(before.group(1), written, gap=end - start)) or \
            (after is not None and _town_reading(written, after.group(1), gap=end - start)):
        return None
    return line[word.start(): word.end()]


SENTENCE_START_NAME = 4
"""Letters a sentence's first word has at least to be read as a name by :func:`english_name` (its capital says
nothing there; a short census name is an English word as often: Will, Mark, Bill, Rose). Measured in docs/limits.md
(*Session 74, name74*)."""
SENTENCE_START_MARGIN = 1.0
"""Zipf points by which a sentence's first word must be commoner as a given name of the US Census than as a word in
English text to be read as a name (*Martin* 6.33 against 4.74, *Robert* 7.50 against 4.85); a surname alone does not
do (*Salmon*, *Bell*, *Young*, *Rake*, *Ferries* open sentences as words: masking name72's clean English lines)."""


def _given_name_first(word: str) -> bool:
    """``word`` is a census given name beating its share as a word by :data:`SENTENCE_START_MARGIN`."""
    from pipeline.restore.evidence.abstention import _folded
    from pipeline.segment.names import _census_lists
    from pipeline.segment.names import zipf as word_zipf

    w = _folded(word)
    return _census_lists()[0].get(w.upper(), -1.0) >= word_zipf(w.lower()) + SENTENCE_START_MARGIN


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# a preposition of place, or a town's name and a comma, before a town's name (``the harbour of Bergen``, ``Ferries
# to Kiel``, ``Mombasa, Kenya``)
_PLACE_LEAD = lazyre.compile(f"(?:\\b(?:in|to|from|at|near|of|across|via|around|outside)|([{HALFWIDTH_LATIN_UPPER}][a-z]+),)"
                             "(?:[ \u00a0]+the)?[ \u00a0]+$")


def _place_beside(head: str, tail: str, word: str) -> bool:
    """``word`` (capitalised, a census name) names a place or a body here: a capitalised common word after it that no
    census list holds (``Pennick Bay``, ``Grace Street``, ``Holloway Road``), or one before it (``Little Ha\ufffdden``:
    :func:`abstention._place_words_before`), or a town or a country of GeoNames after a preposition of place or a
    town and a comma (``the harbour of Bergen``, ``Mombasa, Kenya``; not ``in January, Lucas``). A town alone says nothing: given names are
    towns' too (``said Martin``)."""
    from pipeline.restore.evidence.abstention import (_census_given, _census_surname, _english_word,
                                                      _place_words_before)
    from pipeline.segment.places import _folded, _towns

    lead = _PLACE_LEAD.search(head)
    if _place_words_before(head) or (lead is not None and _folded(word) in _towns()
                                      and (lead.group(1) is None or _folded(lead.group(1)) in _towns())):
        return True
    after = _NEXT_WORD.match(tail)
    if after is None:
        return False
    w = after.group(1)
    return _english_word(w) and not (_census_given(w) or _census_surname(w))


_PREVIOUS_WORD = lazyre.compile(f"([{HALFWIDTH_LATIN_UPPER}][a-z]+)[ \u00a0]+$")
_NEXT_WORD = lazyre.compile(f"[ \u00a0]+([{HALFWIDTH_LATIN_UPPER}][a-z]+)\\b")


SURNAME_RUN = (2, 3)
"""Lost glyphs in a row that may stand for a whole surname (two or three letters, as most are)."""
_NAME_LETTER = f"[{KANJI}{KATAKANA}]"


def _written_given_name(word: str) -> bool:
    """``word``, which Sudachi reads as a given name, is one people write: two kanji or more, or three katakana or more,
    listed by the word frequencies (:func:`pipeline.restore.resources.word_zipf`, wordfreq's). Sudachi's dictionary
    reads many a word's end as a given name (州市 of 北九州市, 明書 of 証明書, 理人 of 代理人, リカ of アメリカ: masking
    the regression corpus's clean lines), none of which that list holds."""
    from pipeline.restore.resources import word_zipf

    if not (re.fullmatch(f"[{KANJI}]{{2,}}", word) or re.fullmatch(f"[{KATAKANA}]{{3,}}", word)):
        return False
    return word in word_zipf()


def lost_surname(text: str, start: int, end: int) -> str | None:
    """The name as written (its lost glyphs in it) where the run ``text[start:end]`` of :data:`SURNAME_RUN` lost glyphs
    stands where a whole surname would, right before a given name written whole: the run opens after a letter of no
    name (a kana, a mark, the line's start), and Sudachi reads the letters after it as a given name (固有名詞-人名-名,
    two letters or more) that a particle, an honorific or a stop ends, no noun after it (``主任技師である\ufffd\ufffd達也が``).
    No fill is read: the model's for two letters are a kana's words (のに, 程度). Helper name74 (issue 19 point 4,
    fresh-user trial 73d: ``\ufffd\ufffd達也`` for 千葉達也 offered のに, 程に, 程度); else ``None``.

    >>> s = "後任は主任技師である\ufffd\ufffd達也が就任します"; lost_surname(s, s.index(GAP), s.index(GAP) + 2)
    '\ufffd\ufffd達也'
    >>> s = "本日は\ufffd\ufffd会議が開かれ"; lost_surname(s, s.index(GAP), s.index(GAP) + 2) is None
    True
    """
    from pipeline.sudachi import tokenizer

    if end - start not in SURNAME_RUN or text[start:end] != GAP * (end - start):
        return None
    if re.search(f"{_NAME_LETTER}$", text[:start]):
        return None
    right = re.split(f"[{GAP}\n]", text[end:])[0][:WINDOW]
    morphemes = tokenizer("C").tokenize(right)
    if len(morphemes) < 2 or _person(morphemes[0]) != "名" or not _written_given_name(morphemes[0].surface()):
        return None
    after = morphemes[1].part_of_speech()
    if after[0] in ("名詞", "接頭辞") or (after[0] == "接尾辞" and HONORIFIC_RE.match(morphemes[1].surface()) is None):
        return None
    return text[start:end] + morphemes[0].surface()
