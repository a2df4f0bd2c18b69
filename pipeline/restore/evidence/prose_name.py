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
import string
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from pipeline import lazyre
from pipeline.chardata import (HALFWIDTH_LATIN, HALFWIDTH_LATIN_UPPER, HIRAGANA, JA_LETTER_RE, KANJI, KANJI_RE, KATAKANA,
                               is_chinese)
from pipeline.model import GAP
from pipeline.names import HONORIFIC_RE, JOB_TITLE_RE, NAME_CLOSING_WORDS

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
    return _name_pos(m.part_of_speech())


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


POSTS_AFTER_SURNAME = ("監督", "選手", "主将", "投手", "捕手", "部員", "会員", "先生", "師匠", "親方")
"""Posts and ranks glued after a surname that :data:`pipeline.names.JOB_TITLES` does not list (a team's 監督, 選手):
a lost letter opening one (``長谷川\ufffd督``, 監督) leaves a letter Sudachi may read as a given name."""


def surname_then_given(text: str, start: int, end: int) -> str | None:
    """The name (the gap shown) where Sudachi, reading the gap's line with the lost glyph as it stands, reads a
    surname of two letters or more (固有名詞-人名-姓) glued right before the one lost glyph and a given name (人名-名)
    glued right after it, the name ending there (no noun after the given name: a particle, a mark, an honorific, the
    line's end), whatever the fills make of it; else ``None``. The gap and the letters after it may not spell a post
    glued after a surname (:data:`pipeline.names.JOB_TITLES`, :data:`POSTS_AFTER_SURNAME`: ``長谷川\ufffd督`` is
    長谷川監督). Fresh-user trial 78d: a pen name ``作者の十返舎\ufffd九は`` (十返舎一九) was offered 十, 北, 町: the
    fills made no name, so :func:`japanese_name` read none. Measured in docs/restore.md (*Session 79, rnames79*).

    >>> s = "作者の十返舎\ufffd九は駿府の生まれ"; surname_then_given(s, s.index(GAP), s.index(GAP) + 1)
    '十返舎\ufffd九'
    >>> s = "長谷川\ufffd督の演出は"; surname_then_given(s, s.index(GAP), s.index(GAP) + 1) is None
    True
    """
    from pipeline.names import HONORIFICS, JOB_TITLES
    from pipeline.sudachi import tokenizer

    if gap_in_line(text, start, end) is None:
        return None
    left, right = _side(text, start, end)
    if not (KANJI_RE.match(left[-1:]) and KANJI_RE.match(right[:1])) or is_chinese(left + right) \
            or JA_LETTER_RE.search(left + right) is None:
        return None
    if any(len(w) >= 2 and right.startswith(w[1:]) for w in JOB_TITLES + HONORIFICS + POSTS_AFTER_SURNAME):
        return None
    morphemes = list(tokenizer("C").tokenize(left + GAP + right))
    at = len(left)
    before = next((m for m in morphemes if m.end() == at), None)
    after = next((k for k, m in enumerate(morphemes) if m.begin() == at + 1), None)
    if before is None or after is None or _person(before) != "姓" or len(before.surface()) < 2 \
            or _person(morphemes[after]) != "名":
        return None
    if after + 1 < len(morphemes) and morphemes[after + 1].part_of_speech()[0] == "名詞":
        return None  # the given name goes on into a noun: no name's end
    return before.surface() + GAP + morphemes[after].surface()


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


def _read_word(text: str, start: int, end: int, fill: str) -> tuple[str, int, re.Match, str] | None:
    """``(line, at, word, read)``: the gap's line, the gap's index in it, the word (:data:`_WORD`'s match) it stands
    in and that word read with ``fill`` (ASCII letters, as many as the gap's); else ``None``."""
    from pipeline.restore.evidence.abstention import _line_at

    line_start, line = _line_at(text, start)
    at = start - line_start
    word = next((m for m in _WORD.finditer(line) if m.start() <= at < m.end()), None)
    if word is None or len(fill) != end - start or not fill.isascii() or not fill.isalpha():
        return None
    return line, at, word, line[word.start(): at] + fill + line[at + end - start: word.end()]


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

    if (found := _read_word(text, start, end, fill)) is None:
        return None
    line, at, word, read = found
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
    if not _prose_line(head + read + tail):
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
    if at == word.start() and end - start == 1 and _lost_capital_a_word(head, read[1:], tail, lower_case_used):
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


NAME_LEADS = frozenset({"by", "to", "with", "from", "and", "or", "said", "says", "thanks", "thank", "of", "for",
                        "told", "asked", "met", "named", "called", "like", "as", "than", "including", "dear", "per",
                        "von", "van", "de", "mr", "mrs", "ms", "dr", "cllr", "sir", "dame", "lady", "lord", "councillor", "reverend", "rev"})
"""Lower-case words (and titles) a person's name follows inside a sentence (``led by Hall``, ``thanks to Hall``)."""


def _lost_capital_a_word(head: str, rest: str, tail: str, lower_case_used: Callable[[str], bool]) -> bool:
    """The word whose first letter alone is lost (``\ufffdall``, ``\ufffdesterly``: its case is lost with it) reads as a
    common word where it stands rather than as a census name: some lower-case letter makes a word the document
    writes in lower case (``wall``, written whole a line down), or a word WordNet lists that stands inside a sentence
    between two lower-case words, the one before no word a name follows (:data:`NAME_LEADS`: ``strong westerly
    winds``; ``led by \ufffdall and`` stays a name's). Helper names80 (fresh-user trial 80b: ``the (cid:90)all``,
    ``strong (cid:90)esterly winds`` had been held as the surnames *Hall*, *Hesterly*)."""
    from pipeline.restore.evidence.abstention import _english_word

    if any(lower_case_used(c + rest) for c in string.ascii_lowercase):
        return True
    before = re.search(r"([A-Za-z]+)[ \u00a0]+$", head)
    if before is None or not before.group(1).islower() or before.group(1) in NAME_LEADS:
        return False
    if re.match(r"[ \u00a0]+[a-z]", tail) is None:
        return False
    from pipeline.restore.evidence.abstention import _census_given

    # a given name's reading stands (``pleaded \ufffdeorge after``, ``when \ufffdrank and``): English writes a given
    # name mid-sentence far more often than a surname alone (masking English prose: docs/restore.md)
    if any(_census_given(c.upper() + rest) for c in string.ascii_lowercase):
        return False
    return any(_english_word(c + rest) for c in string.ascii_lowercase)


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
    reads many a word's end as a given name (明書 of 証明書, 理人 of 代理人, リカ of アメリカ: masking
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

# -- a name by its shape (helper name74b, fresh-user trial 74b) ------------------------------------------------------
#
# The rules above read a name off the verdict's fills. A name's shape tells it whatever the fills: an initial before a
# capitalised word (``J. Fer\ufffduson``), a double surname after a given name (``Priya Nair\ufffdbi-Shah``), a
# surname and a given name parted by a space (``店長の\ufffd野 健二です``), a surname set off by a space before its
# honorific (``オーナーの大\ufffd 様ご夫妻``). The English word list had filled the two English ones at 0.992 (*nairobi*,
# *ferguson*: "the only word that fits"); the model had offered fills for the Japanese ones (野 at 0.9671 for
# ``小\ufffd寺 遥``, 切 of 大切 for ``大\ufffd 様``).

# one initial or a few before the gap's word, each a capital and a full stop (``J. ``, ``J.R. ``, ``J. R. ``), opening
# the line or after a space, a bracket or a comma (not ``U.S.`` glued to a word)
_INITIALS_BEFORE = lazyre.compile(f"(?:^|(?<=[\\s(\\[,;:/\"“]))(?:[{HALFWIDTH_LATIN_UPPER}]\\.[ \u00a0]?){{1,3}}"
                                  "(?<=[ \u00a0])$")
_EN_NAME_WORD = lazyre.compile(f"[{HALFWIDTH_LATIN}{GAP}]+(?:['’\\-][{HALFWIDTH_LATIN}{GAP}]+)*")
# a capitalised word before the gap's word (a given name: ``Priya Nair\ufffdbi-Shah``)
_GIVEN_WORD_BEFORE = lazyre.compile(f"(?:^|(?<=[\\s(\\[,;:/\"“]))([{HALFWIDTH_LATIN_UPPER}][a-z]+)[ \u00a0]+$")


# a capitalised word or a double surname's half, one capital inside it allowed, after an apostrophe or not
# (``O'Donnell``, ``McDonald``)
_CAPITALISED_PART = lazyre.compile(f"(?=.{{2}})[{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]*"
                                   f"(?:['’]?[{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+)?")


def _name_word(word: str) -> bool:
    """``word`` (capitalised) is a name's by itself: a given name or a surname of the US Census 1990 more common as a
    name than as a word (:func:`abstention._census_given`, :func:`abstention._census_surname`), or a word WordNet does
    not list (``Kowalski``, ``Priya``: :func:`abstention._english_word`)."""
    from pipeline.restore.evidence.abstention import _census_given, _census_surname, _english_word

    word = re.sub("['’]", "", word)  # the census writes O'Donnell as ODONNELL
    return _census_given(word) or _census_surname(word) or not _english_word(word)


def gap_in_line(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``(line, at)``: the line of ``text`` that holds the one lost glyph ``text[start:end]`` and the glyph's index in
    it; ``None`` where the gap is longer than one glyph (the name rules read a name that lost one letter). The opening
    every rule of this module's shapes reads a gap by."""
    from pipeline.restore.evidence.abstention import _line_at

    if end - start != 1:
        return None
    line_start, line = _line_at(text, start)
    return line, start - line_start


def english_name_by_shape(text: str, start: int, end: int, fill: str) -> str | None:
    """The gap's word as written (its lost glyph in it) where its shape makes it a person's name, read with ``fill``
    (the verdict's best), else ``None``:

    - after one initial or a few (``J. Fer\ufffduson``, ``J.R. Tol\ufffdien``), the word capitalised and, read with the
      fill, a name's by itself (:func:`_name_word`: a census name, or a word WordNet does not list); a heading's
      letter before a common word (``A. Me\ufffdhods``) and ``U.S. Ar\ufffdy`` are none;
    - a double surname of two capitalised halves after a given name (``Priya Nair\ufffdbi-Shah``): the word before it
      and one half written whole each a name's by itself (the half the gap stands in may be a place's or any word's,
      *Nairobi*), and the two halves no town of GeoNames (``Winston-Sa\ufffdem``);
    - in Japanese text, a Latin name of two words, full width or not (``作曲家の\ufffdｅｎｊｉ
      Ｔａｋａｈａｓｈｉではなく``), that segment reads as a name with its glyph lost
      (:func:`pipeline.segment.names._gapped_english_name`: a census given name first or surname last anchors it).

    One lost glyph only. Fresh-user trial 74b: ``Nair\ufffdbi-Shah`` and ``J. Fer\ufffduson`` had been committed o and
    g at 0.992 on the English word list (*nairobi*, *ferguson*: "the only word that fits").

    >>> s = "Distribution: S. Kowalski, J. Fer\ufffduson (Health and Safety)"; english_name_by_shape(s, s.index(GAP), s.index(GAP) + 1, "g")
    'Fer\ufffduson'
    >>> s = "Prepared by: Priya Nair\ufffdbi-Shah, Engineer"; english_name_by_shape(s, s.index(GAP), s.index(GAP) + 1, "o")
    'Nair\ufffdbi-Shah'
    >>> s = "A. Me\ufffdhods"; english_name_by_shape(s, s.index(GAP), s.index(GAP) + 1, "t")
    >>> s = "the East-W\ufffdst divide"; english_name_by_shape(s, s.index(GAP), s.index(GAP) + 1, "e")
    """
    if (found := gap_in_line(text, start, end)) is None:
        return None
    line, at = found
    if _FULLWIDTH_LATIN.search(line[max(0, at - 1): at + 2]) or (JA_LETTER_RE.search(line) and re.search(
            f"[{HALFWIDTH_LATIN}]", line[max(0, at - 1): at] + line[at + 1: at + 2])):
        return _latin_name_in_japanese(line, at)
    word = next((m for m in _EN_NAME_WORD.finditer(line) if m.start() <= at < m.end()), None)
    if word is None or word.group(0).count(GAP) != 1 or not fill.isascii() or not fill.isalpha():
        return None
    written = word.group(0)
    read = line[word.start(): at] + fill + line[at + 1: word.end()]
    halves = read.split("-")
    if not all(_CAPITALISED_PART.fullmatch(h) for h in halves):
        return None
    head = line[: word.start()]
    if _INITIALS_BEFORE.search(head) is not None:
        return written if any(_name_word(h) for h in halves) else None
    given = _GIVEN_WORD_BEFORE.search(head)
    if len(halves) == 2 and given is not None and _name_word(given.group(1)):
        from pipeline.segment.places import _folded, _towns

        whole = [h for h, w in zip(halves, written.split("-")) if GAP not in w]
        if whole and _name_word(whole[0]) and _folded(read.replace("-", " ")) not in _towns() \
                and _folded(read) not in _towns():
            return written
    if len(halves) == 1 and _surname_mid_sentence(head, read, line[word.end():]) and not (
            at == word.start() and _lost_capital_a_word(head, read[1:], line[word.end():], lambda w: False)):
        return written  # (its capital lost, a common word as it stands: ``strong \ufffdesterly winds``, helper names80)
    # the cheap reading of the line first (regular expressions), the word lists last
    if len(halves) == 1 and given is not None and not _capitalised_before(head[: given.start(1)]) \
            and _ARTICLE_BEFORE.search(head[: given.start(1)]) is None \
            and _prose_line(rest := head[: given.start(1)] + line[word.end():]) \
            and any(w[0].islower() and w not in _TITLE_SMALL_WORDS for w in _WORD.findall(rest)) \
            and _surname_after_given(given.group(1), read, line[word.end():]):
        return written  # a pair inside a sentence of prose (no third capitalised word before it: ``Universiteit Leuven``)
    # a numbered list's row that opens on the pair, a wide space or its end after it (a results table's or a roster's
    # ``2. Priya Venkate\ufffdan    21:15``: fresh-user trial 82b, committed from the name's copy three lines down)
    if len(halves) == 1 and given is not None and _LISTED_PAIR_HEAD.fullmatch(head[: given.start(1)]) \
            and _LISTED_PAIR_TAIL.match(line[word.end():]) and (
                _surname_after_given(given.group(1), read, line[word.end():])
                or (_listed_given(given.group(1)) and _name_word(read) and len(read) >= SURNAME_AFTER_GIVEN_LETTERS)):
        return written
    # the pair the other way round: the gap in the given name, its surname written whole right after it (``were
    # Pr\ufffdya Raman, Ren\u00e9e Duval``: fresh-user trial 75d, Priya committed from the English word list)
    after = _NEXT_WORD.match(line[word.end():])
    rest = head + line[word.end() + after.end():] if after is not None else ""
    if len(halves) == 1 and after is not None and not _capitalised_before(head) \
            and _ARTICLE_BEFORE.search(head) is None \
            and any(w[0].islower() and w not in _TITLE_SMALL_WORDS for w in _WORD.findall(rest)) \
            and (_prose_line(rest) or _census_surname_of(after.group(1))) \
            and _surname_after_given(read, after.group(1), line[word.end() + after.end():]):
        return written
    return None


_LISTED_PAIR_HEAD = lazyre.compile("[ \u00a0\t]*[0-9]{1,3}[.)][ \u00a0\t]+")
"""What stands before a given name opening a numbered list's row: the row's number (``2. ``, ``12) ``)."""
_LISTED_PAIR_TAIL = lazyre.compile("(?:[ \u00a0\t]*$|[ \u00a0\t]{2,}\\S|[ \u00a0]*[,(])")
"""What follows the surname of a numbered row's name: the line's end, a wide space before the row's next cell (a time,
a club), a comma or a bracket."""


def _listed_given(word: str) -> bool:
    """``word`` opens a numbered row as a given name: a census given name or a word WordNet does not list (*Gareth*,
    *Callum*, common enough in English text to fail :func:`_surname_after_given`'s rarity, which guards prose)."""
    from pipeline.restore.evidence.abstention import _census_given, _english_word

    return len(word) >= SURNAME_AFTER_GIVEN_LETTERS and (_census_given(word) or not _english_word(word))


def _census_surname_of(word: str) -> bool:
    """``word`` is a surname of the US Census 1990 (:func:`abstention._census_surname`): a list of people's names is
    capitalised word after word, so the surname vouches for the pair where the line reads as no prose."""
    from pipeline.restore.evidence.abstention import _census_surname

    return _census_surname(word)


# -- a given name by the name's shape, whatever the census says (helper ennames76, fresh-user trial 75d) -------------
#
# ``Ai\ufffdan's poles`` (Aidan, written whole before his surname eight lines up) and a couple's signature
# ``Den\ufffdis and Ruth Okafor`` had been committed from the English word list (*aidan*, *dennis*: "the only word that
# fits", 0.992): neither stands right before its surname, and the signature's line of title case is no prose for
# :func:`english_name` to read.

# a couple's other given name and their one surname after the gap's word (``Den\ufffdis and Ruth Okafor``,
# ``Colin & Mary Whitlock``), the surname's possessive allowed
_COUPLE_AFTER = lazyre.compile(f"^[ \u00a0]+(?:and|&)[ \u00a0]+([{HALFWIDTH_LATIN_UPPER}][a-z]+)[ \u00a0]+"
                               f"([{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+"
                               f"(?:['’]?[{HALFWIDTH_LATIN_UPPER}][a-z\u00df-\u00f6\u00f8-\u00ff]+)?)(?:['’]s)?\\b")
# a greeting before a name and the comma or the line's end after it (``Dear Ai\ufffdan,``, ``Hi Priya``)
_GREETING_BEFORE = lazyre.compile(r"(?:^|(?<=[^A-Za-z]))(?:Dear|Dearest|Hi|Hello)[ \u00a0]+$")
_POSSESSIVE = lazyre.compile("['’]s$")


def _plain_given_word(word: str) -> bool:
    """``word`` reads as a given name and as no English word: WordNet does not list it (*Aidan*, *Dennis*, *Priya*;
    not *Ruth*, *Mark*, *Windows*), it is a given name of the US Census 1990 or rare in English (below
    :data:`abstention.CITED_NAME_MAX_ZIPF`), no month's or season's, four letters or more
    (:data:`SURNAME_AFTER_GIVEN_LETTERS`), and no town of GeoNames (*Windermere*, *Leeds*)."""
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import CITED_NAME_MAX_ZIPF, _MONTHS, _census_given, _english_word
    from pipeline.segment.places import _folded, _towns

    return len(word) >= SURNAME_AFTER_GIVEN_LETTERS and _CAPITALISED_PART.fullmatch(word) is not None \
        and word.casefold() not in _MONTHS and word.casefold() not in _SEASONS and not _english_word(word) \
        and (_census_given(word) or zipf(word.casefold()) < CITED_NAME_MAX_ZIPF) and _folded(word) not in _towns()


def _english_surname_word(word: str) -> bool:
    """``word`` may be a surname: one of the US Census 1990 (:func:`abstention._census_surname`) or a word WordNet
    does not list (*Okafor*, *Forsyth*)."""
    from pipeline.restore.evidence.abstention import _census_surname, _english_word

    return _census_surname(word) or not _english_word(word)


def _opens_couple(head: str, given: str, tail: str, listed_given: bool = False, signed: bool = False) -> bool:
    """``given`` (read or written whole) opens a couple's name, ``X and Y Surname`` / ``X & Y Surname``: ``Y`` a given
    name before ``Surname`` as :func:`_surname_after_given` reads a pair, the surname one by
    :func:`_english_surname_word`, no capitalised word or article before ``given``. ``given`` is a given name by
    :func:`_plain_given_word`, or, where ``listed_given``, a given name of the US Census 1990 too, no month's (*Mary*,
    *Ruth*, which WordNet lists as words: the couple's shape vouches for them). One of the two given names is the
    census's (:func:`abstention._census_given`), or, where ``signed`` (the couple signs under a complimentary close:
    :func:`_under_a_close`), neither need be (``With love, / Bethan and Rhys Morgan``: Welsh names the US census does
    not count); and ``Y Surname`` a person's name to segment (:func:`pipeline.segment.names.is_person_name`)."""
    from pipeline.restore.evidence.abstention import _MONTHS, _census_given
    from pipeline.segment.names import is_person_name

    couple = _COUPLE_AFTER.match(tail)
    if couple is None or _capitalised_before(head) or _ARTICLE_BEFORE.search(head) is not None:
        return False
    if not (_plain_given_word(given) or (listed_given and len(given) >= SURNAME_AFTER_GIVEN_LETTERS
                                         and given.casefold() not in _MONTHS and _census_given(given))):
        return False
    other, surname = couple.group(1), couple.group(2)
    if not (_census_given(given) or _census_given(other) or signed):
        return False  # two words no census counts (``Helve\ufffdlyn and Scafell Pike``: fells, not a couple)
    return _english_surname_word(surname) and _surname_after_given(other, surname, tail[couple.end():], paired=True) \
        and is_person_name(f"{other} {surname}")


def _before_its_surname(head: str, given: str, tail: str) -> bool:
    """``given`` (a given name by :func:`_plain_given_word`) stands right before a surname written whole (by
    :func:`_english_surname_word`, read as a pair by :func:`_surname_after_given`), no capitalised word or article
    before it: on a list of members' or a signature's line as well as in prose (``Tom\ufffdsz Nowicki, Helen
    Ashcroft``), where the census knows one of the two (a given name, :func:`abstention._census_given`, or a surname,
    :func:`abstention._census_surname`); two words no list knows make a person's name in prose only
    (:func:`_prose_line`, the pair not counted, a word in small letters beside it); and the pair is a person's name
    to segment (:func:`pipeline.segment.names.is_person_name`). Masking the 4,000 clean English lines, a heading's
    ``at Dogo Onsen``, ``Stadtwerke Talheim``, ``Arbeitsgemeinschaft Hochwasserschutz`` had been read."""
    from pipeline.restore.evidence.abstention import _census_given, _census_surname
    from pipeline.segment.names import is_person_name

    after = _NEXT_WORD.match(tail)
    if after is None or _capitalised_before(head) or _ARTICLE_BEFORE.search(head) is not None \
            or not _plain_given_word(given) or not _english_surname_word(surname := after.group(1)) \
            or not _surname_after_given(given, surname, tail[after.end():]):
        return False
    rest = head + tail[after.end():]
    prose = _prose_line(rest) and any(w[0].islower() and w not in _TITLE_SMALL_WORDS for w in _WORD.findall(rest))
    return (_census_given(given) or _census_surname(surname) or prose) and is_person_name(f"{given} {surname}")


def given_name_at(line: str, at: int, word: str) -> bool:
    """``word`` written whole at ``line[at:]`` (a word of its own) stands where a given name does: right before its
    surname (:func:`_before_its_surname`), opening a couple (:func:`_opens_couple`), or after a greeting and before a
    comma or the line's end (``Dear Aidan,``), the word a given name by :func:`_plain_given_word`. What
    :func:`english_given_name` asks of the word's other places in the document.

    >>> given_name_at("Whitlock, Aidan Forsyth, Bethan Lloyd", 10, "Aidan"), given_name_at("Dear Aidan,", 5, "Aidan")
    (True, True)
    >>> given_name_at("the Aidan Centre", 4, "Aidan"), given_name_at("Aidan", 0, "Aidan")
    (False, False)
    """
    end = at + len(word)
    if line[at: end] != word or line[at - 1: at].isalpha() or line[end: end + 1].isalpha() \
            or not _plain_given_word(word):
        return False
    head, tail = line[:at], line[end:]
    tail = tail[2:] if _POSSESSIVE.match(tail[:2]) else tail
    return _before_its_surname(head, word, tail) or _opens_couple(head, word, tail) or (
        _GREETING_BEFORE.search(head) is not None and re.match("[ \u00a0]*(?:,|$)", tail) is not None)


_CLOSE_FROM = lazyre.compile(r"^(?P<close>[A-Z][A-Za-z ,]*?),?[ \u00a0]+from[ \u00a0]+$")
"""A complimentary close joined to the signers after ``from`` (``With love from ``, ``Best wishes from ``)."""


def _under_a_close(text: str, start: int, head: str, above: str = "") -> bool:
    """The gap's line signs under a complimentary close (:func:`pipeline.segment.letters.is_closing`): the line before
    it (in ``text``, else ``above``) is one (``With love,``, ``Best wishes,``), or ``head`` (the line before the name)
    is one joined by ``from`` (``With love from ``) or by its comma (``Love, ``)."""
    from pipeline.segment.letters import is_closing

    if (m := _CLOSE_FROM.match(head)) is not None and is_closing(m.group("close") + ","):
        return True
    if head.strip() and head.rstrip().endswith(",") and is_closing(head.strip()):
        return True
    if head.strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1] if line_start else above
    return bool(before.strip()) and is_closing(before.strip())


COMMON_GIVEN_MAX_ZIPF = 4.0
"""A given name no list counts and no English word (WordNet) at this Zipf (wordfreq) or more is an English word's
spelling as often; below it (*Gareth* 3.52, *Rhys* 3.3, more common in English text than
:data:`abstention.CITED_NAME_MAX_ZIPF`) it is read before a surname of the census that is no English word either
(:func:`_before_a_census_surname`). The same cap as :data:`LIFE_GIVEN_MAX_ZIPF`; measured in docs/restore.md
(*Session 77, hold77*)."""


def _before_a_census_surname(head: str, given: str, tail: str) -> bool:
    """``given`` (four letters or more, capitalised, no English word WordNet lists, below
    :data:`COMMON_GIVEN_MAX_ZIPF`, no month, season or town) stands right before a surname of the US Census 1990
    more common as a surname than as a word (:func:`abstention._census_surname`: ``Gareth Pryce``, ``Gareth Evans``),
    no place's or body's word (*Park*, *Hall*), no capitalised word or article before it, no third capitalised word
    after it, the pair a person's name to segment. Helper hold77 (ennames76's open ``Gar\ufffdth Pryce``)."""
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import _MONTHS, _census_surname, _english_word
    from pipeline.segment.names import is_person_name
    from pipeline.segment.places import _folded, _towns

    after = _NEXT_WORD.match(tail)
    if after is None or _capitalised_before(head) or _ARTICLE_BEFORE.search(head) is not None:
        return False
    surname = after.group(1)
    if len(given) < SURNAME_AFTER_GIVEN_LETTERS or _CAPITALISED_PART.fullmatch(given) is None \
            or given.casefold() in _MONTHS or given.casefold() in _SEASONS or _english_word(given) \
            or zipf(given.casefold()) >= COMMON_GIVEN_MAX_ZIPF or _folded(given) in _towns():
        return False
    # as :func:`_surname_after_given` reads a pair, but for the given name's rarity (its cap is the one above)
    return _census_surname(surname) and len(surname) >= SURNAME_AFTER_GIVEN_LETTERS \
        and surname.casefold() not in NAME_CLOSING_WORDS and _NEXT_WORD.match(tail[after.end():]) is None \
        and _folded(f"{given} {surname}") not in _towns() and is_person_name(f"{given} {surname}")


def english_given_name(text: str, start: int, end: int, fill: str,
                       named_elsewhere: Callable[[str], bool] = lambda word: False,
                       above: str = "") -> tuple[str, str] | None:
    """``(word, why)``: the gap's word as written (its one lost glyph in it) and the shape that makes it a person's
    given name, read with ``fill`` (the verdict's best), else ``None``. The word, read so (a possessive's ``'s``
    aside: ``Ai\ufffdan's``), is a given name and no English word (:func:`_plain_given_word`; a couple's first may be
    a census name WordNet lists, *Mary*), and

    - it opens a couple's name (``Den\ufffdis and Ruth Okafor``, ``Colin & Ma\ufffdy Whitlock``'s *Colin*:
      :func:`_opens_couple`), on any line (a signature is in title case);
    - or it stands right before its surname written whole, on any line (:func:`_before_its_surname`; the rule of
      :func:`english_name_by_shape` that reads a pair in prose asks less of the given name);
    - or it stands after a greeting (``Dear Pr\ufffdya,``);
    - or ``named_elsewhere`` (the document's other places of the word read by :func:`given_name_at`) says the
      document writes it whole where a given name stands (``Aidan Forsyth`` eight lines before ``Ai\ufffdan's
      poles``), and no place's or body's word follows it here (``the Aidan Centre``).

    >>> s = "Den\ufffdis and Ruth Okafor"; english_given_name(s, s.index(GAP), s.index(GAP) + 1, "n")[0]
    'Den\ufffdis'
    >>> s = "with the help of Ai\ufffdan's poles"; english_given_name(s, s.index(GAP), s.index(GAP) + 1, "d") is None
    True
    >>> english_given_name(s, s.index(GAP), s.index(GAP) + 1, "d", lambda w: w == "Aidan")[0]
    "Ai\ufffdan's"
    >>> s = "Fish and Chips Supper"; english_given_name(s, 1, 2, "i") is None
    True
    """

    if (found := gap_in_line(text, start, end)) is None or not fill.isascii() or not fill.isalpha():
        return None
    line, at = found
    word = next((m for m in _EN_NAME_WORD.finditer(line) if m.start() <= at < m.end()), None)
    if word is None or word.group(0).count(GAP) != 1:
        return None
    written = word.group(0)
    stem_end = word.end() - 2 if _POSSESSIVE.search(written) else word.end()
    if at >= stem_end:
        return None  # the possessive's own letter
    name = line[word.start(): at] + fill + line[at + 1: stem_end]
    head, tail = line[: word.start()], line[stem_end:]
    tail = tail[2:] if stem_end < word.end() else tail
    if _opens_couple(head, name, tail, listed_given=True, signed=_under_a_close(text, start, head, above)):
        return written, "the first given name of a couple's, X and Y Surname"
    if not _plain_given_word(name):
        if _before_a_census_surname(head, name, tail):
            return written, "a given name no English word, right before a surname of the census"
        return None
    if _before_its_surname(head, name, tail):
        return written, "a given name no English word, right before its surname written whole"
    if _GREETING_BEFORE.search(head) is not None and re.match("[ \u00a0]*(?:,|$)", tail) is not None:
        return written, "a given name no English word, after a greeting"
    after = _NEXT_WORD.match(tail)
    if (after is None or after.group(1).casefold() not in NAME_CLOSING_WORDS) and named_elsewhere(name):
        return written, "a given name no English word, written whole elsewhere before a surname or after a greeting"
    return None


# -- a person's name before the person's life dates in brackets (helper names77, fresh-user trial 76) ----------------
#
# An exhibition catalogue's ``4  Philip Wilson St\ufffder (1860–1942)`` had been committed *Steer* (0.992) from the
# same name written whole five lines down: an artist's, an author's or a sitter's name stands before the years of
# the person's life, and a name is never filled, even from its copy (the same letters may name another person).

_CIRCA = "(?:c\\.|ca\\.|circa)[ \u00a0]?"
_YEAR = "[0-9]{3,4}s?"
_ERA = "(?:[ \u00a0](?:BC|BCE|AD|CE))?"
_DASH = "[ \u00a0]?[–—\\-][ \u00a0]?"
LIFE_DATES = lazyre.compile(
    "\\((?:"
    f"(?:{_CIRCA})?{_YEAR}{_ERA}{_DASH}(?:{_CIRCA})?(?:{_YEAR}|[0-9]{{2}})?{_ERA}"  # (1860–1942), (c. 1500–60), (1950–)
    f"|(?:b\\.|born|d\\.|died|fl\\.|floruit|active)[ \u00a0]?(?:{_CIRCA})?{_YEAR}{_ERA}(?:{_DASH}{_YEAR})?"
    "(?:[,;][^()\n]{0,40})?"  # (b. 1950), (born 1950, Leeds), (d. 1890), (fl. 1620s), (active 1620–40)
    ")\\)")
"""A person's life dates in brackets: a span of two years (the second may be two digits, or open: a living
person's ``(1950–)``), each may be circa's, or one year after *b.*, *born*, *d.*, *died*, *fl.*, *active* (a place
after a comma allowed). One year alone (``the Great Exhibition (1851)``, ``Kew Gardens (1759)``) is no life's."""

_LIFE_NAME_TOKEN = (f"(?:[{HALFWIDTH_LATIN_UPPER}{GAP}]\\.|"  # an initial (J. M. W. Turner)
                    f"[{HALFWIDTH_LATIN_UPPER}\u00c0-\u00d6\u00d8-\u00de{GAP}]"
                    f"[{HALFWIDTH_LATIN}\u00df-\u00f6\u00f8-\u00ff{GAP}]*(?:['’\\-][{HALFWIDTH_LATIN}{GAP}]+)*|"
                    "van|von|de|da|del|della|di|du|der|den|ter|ten|le|la|y|of)")
_LIFE_NAME_RUN = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])((?:{_LIFE_NAME_TOKEN}[ \u00a0]+){{1,6}})$")
LIFE_NAME_TITLES = frozenset({"sir", "dame", "lord", "lady", "king", "queen", "saint", "st", "st.", "dr", "mr", "mrs",
                              "ms", "miss", "rev", "revd", "prof", "pope", "prince", "princess", "emperor", "empress",
                              "captain", "admiral", "general", "sister", "brother", "father"})
"""Titles a person's name opens on (``Sir John Everett Millais``, ``Queen Victoria``): the given name follows them."""
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "ter", "ten", "le", "la",
                        "y", "of"})
LIFE_EVENT_WORDS = frozenset({"war", "wars", "dynasty", "era", "age", "period", "reign", "empire", "exhibition",
                              "festival", "expedition", "campaign", "revolution", "rebellion", "rising", "movement",
                              "act", "treaty", "company", "railway", "line", "society", "club", "trust", "band",
                              "group", "ministry", "government", "administration", "series", "years", "building"})
"""Words that make the capitalised words before them an event's, a period's or a body's name (``World War II
(1939–1945)``, ``Ming Dynasty (1368–1644)``), as the place words of :data:`pipeline.names.PLACE_WORDS_EN` make them a
place's (``Crystal Palace (1851–1936)``)."""
_PLACE_BEFORE_RUN = lazyre.compile(r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear|[Oo]f|[Aa]cross|[Aa]round|[Oo]utside|"
                                   r"[Ii]nto|[Vv]ia)[ \u00a0]+$")


LIFE_GIVEN_MAX_ZIPF = 4.0
"""Zipf (wordfreq) below which a word WordNet does not list may open a name before life dates: WordNet lists no
function word (``The Tempest (1610–1611)``'s *The*, 7.3), and given names no list counts are rarer (*Gareth* 3.52,
*Giuseppe* 2.9)."""


def _readings(text: str) -> list[str]:
    """``text`` read with each letter for its one lost glyph (a capital where the glyph opens a word); ``text`` itself
    where it holds no lost glyph, none where it holds more than one."""
    gaps = text.count(GAP)
    if gaps != 1:
        return [text] if gaps == 0 else []
    at = text.index(GAP)
    opens = at == 0 or not text[at - 1].isalpha()
    return [text.replace(GAP, c.upper() if opens else c) for c in "abcdefghijklmnopqrstuvwxyz"]


def _life_given_word(word: str) -> bool:
    """``word`` (the first of a name before life dates, its titles aside) may be a given name: one of the US Census
    1990 (:func:`abstention._census_given`; with one lost glyph, some letter makes one: ``Phi\ufffdip``), or no
    English word WordNet lists, no month and no town of GeoNames, whatever letter the lost glyph stands for
    (``Gi\ufffdseppe``, ``Rembrandt`` is WordNet's and stays fillable). ``World`` (``World War II``) is none."""
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import _MONTHS, _census_given, _english_word, _given_fitting
    from pipeline.segment.places import _folded, _towns

    gaps = word.count(GAP)
    if gaps > 1:
        return False
    if gaps == 1:
        return _given_fitting(word, 1) is not None or not any(
            _english_word(w) or w.casefold() in _MONTHS or _folded(w) in _towns() for w in _readings(word))
    return _census_given(word) or not (_english_word(word) or zipf(word.casefold()) >= LIFE_GIVEN_MAX_ZIPF
                                       or word.casefold() in _MONTHS or _folded(word) in _towns())


def life_dates_name(text: str, start: int, end: int) -> str | None:
    """The name (as written, its lost glyphs in it) that the gap ``text[start:end]`` stands in where that name stands
    right before a person's life dates in brackets (:data:`LIFE_DATES`: ``Philip Wilson St\ufffder (1860–1942)``,
    ``Ann Bro\ufffdn (b. 1950)``, ``Victoria (1837–1901)``), else ``None``. The name is one to six capitalised words,
    initials or particles (``van``, ``de``, ``of``) with no article before them; its first word past a title
    (:data:`LIFE_NAME_TITLES`) an initial or a given name by :func:`_life_given_word`; none of its words a place's
    (:data:`pipeline.names.PLACE_WORDS_EN`) or an event's (:data:`LIFE_EVENT_WORDS`); after a preposition of place
    (``in Walberswick (1884–1914)``) the name must be two words or more opening on a census given name, and no
    town of GeoNames (``Hong Kong``). The brackets' shape and the name's both decide: ``World War II (1939–1945)``
    has the shape of the brackets, not the name's; ``Kew Gardens (1759)`` neither.

    >>> s = "4  Philip Wilson St\ufffder (1860–1942)"; life_dates_name(s, s.index(GAP), s.index(GAP) + 1)
    'Philip Wilson St\ufffder'
    >>> s = "during World W\ufffdr II (1939–1945)"; life_dates_name(s, s.index(GAP), s.index(GAP) + 1) is None
    True
    """
    from pipeline.restore.evidence.abstention import _line_at

    line_start, line = _line_at(text, start)
    at, stop = start - line_start, end - line_start
    for dates in LIFE_DATES.finditer(line):
        run = _LIFE_NAME_RUN.search(line[: dates.start()])
        if run is None or not (run.start(1) <= at and stop <= run.start(1) + len(run.group(1).rstrip())):
            continue
        begin = run.start(1)
        while (lead := re.match("([a-z]+)[ \u00a0]+", line[begin: dates.start()])) and lead.group(1) in _PARTICLES:
            begin += lead.end()  # a particle opens no name: ``the paintings of`` is the prose before it
        born = _BORN_OR_DIED.match(dates.group(0)) is not None
        if begin <= at and _life_name_shaped(line[:begin], line[begin: dates.start()].rstrip(), born=born):
            return line[begin: dates.start()].rstrip()
    return None


_BORN_OR_DIED = lazyre.compile(r"\((?:b\.|born|d\.|died)[ \u00a0]")
"""Life dates that say a birth or a death (``(d. 1890)``, ``(born 1950, Leeds)``): a person's, which no building nor
body has (``Crystal Palace (1851–1936)`` has a span, and *fl.*, *active* a workshop's as well)."""


def _place_surname(words: list[str], places: set[str]) -> bool:
    """The name's words (titles aside) are a census given name written whole and more words of which only the last,
    its one lost glyph read by the commonest word it makes, is a place's kind (``Edward Chur\ufffdh``: *Church*,
    *Hall*, *Green*, surnames as well): what life dates that say a birth or a death (:data:`_BORN_OR_DIED`) make a
    person's surname. Helper hold77 (names77's open ``Edward Chur\ufffdh (d. 1890)``)."""
    from pipeline.restore.evidence.abstention import _census_given, _commonest_reading

    if len(words) < 2 or GAP in words[0] or not _census_given(words[0]) or words[-1].count(GAP) > 1:
        return False
    last = _commonest_reading(words[-1]) if GAP in words[-1] else words[-1]
    return last.casefold() in places and not any(r.casefold() in places or r.casefold() in LIFE_EVENT_WORDS
                                                 for w in words[:-1] for r in _readings(w))


def _life_name_shaped(head: str, name: str, census: bool = False, born: bool = False) -> bool:
    """``name`` (capitalised words, initials, particles; ``head`` the line before it) is shaped as a person's name, as
    :func:`life_dates_name` and :func:`catalogue_row_name` read one. ``census`` (a row with no dates to vouch for it):
    the first word is a given name of the US Census (some letter for its lost glyph making one) and no letter makes
    a word of the name a place's or an event's (``Walberswick P\ufffder``: *Pier*). ``born``: the brackets say a birth
    or a death, and a census given name before a place's kind reads as a person's surname (:func:`_place_surname`)."""
    from pipeline.names import PLACE_WORDS_EN
    from pipeline.restore.evidence.abstention import _census_given, _commonest_reading, _given_fitting
    from pipeline.segment.places import _folded, _towns

    places = {w for words in PLACE_WORDS_EN.values() for w in words}
    words = name.split()
    while words and words[0].casefold() in LIFE_NAME_TITLES and len(words) > 1:
        words = words[1:]
    if born and _ARTICLE_BEFORE.search(head) is None and _place_surname(words, places):
        pass  # a surname that is a place's kind, the brackets saying a birth or a death (``Edward Church (d. 1890)``)
    elif not words or words[-1] in _PARTICLES or _ARTICLE_BEFORE.search(head) is not None \
            or any((r := _commonest_reading(w) if GAP in w else w).casefold() in places
                   or r.casefold() in LIFE_EVENT_WORDS for w in words if w.count(GAP) <= 1) \
            or (len(words) > 1 and any(r.casefold() in places for r in _readings(words[-1]))):
        return False  # a place's kind closes the name, for some letter in its gap too (``Ivory Pa\ufffdk``)
    first = words[0]
    if census:
        return len(words) >= 2 and (_census_given(first) if GAP not in first else _given_fitting(first, 1) is not None) \
            and not any(r.casefold() in places or r.casefold() in LIFE_EVENT_WORDS for w in words for r in _readings(w))
    if not (re.fullmatch(f"[{HALFWIDTH_LATIN_UPPER}{GAP}]\\.", first) or _life_given_word(first)):
        return False
    fitting = _given_fitting(first, 1) if GAP in first else None
    given = _census_given(first) if GAP not in first else fitting is not None
    if len(words) == 1 and not given:
        return False  # one word no census name: a village's or a project's as often (``Partnership, Edale (2019-2024)``)
    towns = _towns()
    town = any(_folded(r) in towns for part in {" ".join(words), " ".join(words[:2]), first} for r in _readings(part))
    if town and (len(words) > 1 or not given or (fitting is not None and _folded(fitting) not in towns)):
        # a town of GeoNames, for some letter in the gap (``Belo Hori\ufffdonte (1850–1900)``, ``Juan Griego``,
        # ``Ba\ufffdel``); one word a census given name too, the given name the town's, is left a name
        # (``Victo\ufffdia (1837–1901)``, a reign)
        return False
    return _PLACE_BEFORE_RUN.search(head) is None or (len(words) >= 2 and GAP not in first and given and not town)


_ROW_NUMBER = "^[ \\t]*[0-9]{1,3}[*†]?\\.?[ \\t]+"
_LIFE_ROW = lazyre.compile(f"{_ROW_NUMBER}((?:{_LIFE_NAME_TOKEN}[ \u00a0]+){{1,6}})(?=\\()")
_NAME_ROW = lazyre.compile(f"{_ROW_NUMBER}((?:{_LIFE_NAME_TOKEN})(?:[ \u00a0]+{_LIFE_NAME_TOKEN}){{1,5}})[ \t]*$")
LIFE_ROWS_MIN = 2
"""Numbered rows with a name before life dates (:func:`life_row`) a document holds before its numbered rows of a name
alone are read as the same list's (:func:`catalogue_row_name`): one such row may be a chronology's."""


def life_row(line: str) -> bool:
    """``line`` is a numbered row of a catalogue or a list of credits: a number (``4``, ``9*``, ``12.``), a name
    shaped as a person's (:func:`_life_name_shaped`) and the person's life dates (:data:`LIFE_DATES`):
    ``4  Philip Wilson Steer (1860–1942)``."""
    row = _LIFE_ROW.match(line)
    return row is not None and LIFE_DATES.match(line, row.end()) is not None \
        and _life_name_shaped("", row.group(1).rstrip())


def catalogue_row_name(text: str, start: int, end: int, life_rows: int) -> str | None:
    """The name (as written) the gap ``text[start:end]`` stands in where its line is a numbered row of a name alone,
    ``N  Given Surname`` (``11  Mary Pot\ufffder``: a living artist's entry, a credit), the name shaped as a person's
    and opening on a census given name (:func:`_life_name_shaped` with ``census``, two words or more), in a document that holds ``life_rows`` numbered rows of a name
    before life dates (:func:`life_row`), at least :data:`LIFE_ROWS_MIN`; else ``None``.

    >>> s = "11  Mary Pot\ufffder"; catalogue_row_name(s, s.index(GAP), s.index(GAP) + 1, 2)
    'Mary Pot\ufffder'
    >>> catalogue_row_name(s, s.index(GAP), s.index(GAP) + 1, 1) is None
    True
    """
    from pipeline.restore.evidence.abstention import _line_at

    if life_rows < LIFE_ROWS_MIN:
        return None
    line_start, line = _line_at(text, start)
    row = _NAME_ROW.match(line)
    if row is None or not row.start(1) <= start - line_start < row.end(1):
        return None
    return row.group(1) if _life_name_shaped("", row.group(1), census=True) else None


# -- a surname alone in a sentence, told by the document or by the word list (helper names78, fresh-user trial 78b) --
#
# ``awarded the race to Hargr\ufffd\ufffdves.`` was committed ``ea`` at 0.9858 from *Peter Hargreaves* a line up and
# the English word list (*hargreaves*, the only word that fits): a line naming three people is no prose to
# :func:`english_name` (its capitals' share), and a run of two lost letters no name's shape.

SURNAME_ALONE_LETTERS = 4
"""Letters a capitalised word has at least to be read as a surname standing alone (shorter ones are initials' and
abbreviations' as often)."""
_LONE_SURNAME_LEAD = lazyre.compile(
    r"(?:(?<![A-Za-z])(?:to|by|with|from)|(?<![A-Za-z])[a-z][a-z'’]*[ \u00a0]+and)[ \u00a0]+$")
"""A preposition in small letters right before a capitalised word: inside a sentence, where a capital marks a proper
noun (``awarded the race to Hargreaves``, ``handed the Cup to Fitzgerald``); ``and`` only after a word in small
letters (two places' names pair so: ``Barrow and Furness``, ``Squamish and Whistler``, ``Knit and Natter``: masking
whole documents)."""


_THANKED_LEAD = lazyre.compile(r"(?<![A-Za-z])(?:grateful|thanks|indebted|congratulations|condolences|tribute|farewell)"
                               r"[ \u00a0]+to[ \u00a0]+$")
"""Words that thank, congratulate or mourn someone before ``to`` (``grateful to Richardson``, ``thanks to Fitzgerald``):
the word after is a person's or a body's, never a town's, so a surname GeoNames also lists as a town (*Richardson*,
Texas) is read as the surname there (:func:`english_surname_alone`)."""


_APPOSITION_BEFORE = lazyre.compile(f"[{HALFWIDTH_LATIN}.][ \u00a0]*,[ \u00a0]*$")
_APPOSITION_AFTER = lazyre.compile(r"^(?:[ \u00a0]*(?:[,;)]|$)|[ \u00a0]+(?:of|for|at)\b)")


def _post_in_apposition(read: str, head: str, tail: str) -> bool:
    """``read`` is a post (:data:`pipeline.names.JOB_TITLES_EN`, :data:`pipeline.english_words.NAME_POSTS`: *Dean*,
    *Warden*, *Chair*) set after a name or a word and a comma, a comma, a bracket, the line's end or ``of``/``for``/
    ``at`` after it (``Prof. Anna Weber, Dean, Faculty of …``, ``Jo Lee, Warden of the Hall``): the holder's post in
    apposition, never a surname standing alone, though several posts are surnames too (*James Dean*). Names78 held
    ``De\ufffdn`` there, the surname *Dean* written elsewhere (docs/limits.md, *Session 78, names78*).

    >>> _post_in_apposition("Dean", "Prof. Anna Weber, ", ", Faculty of"), _post_in_apposition("Dean", "thanks to ", ", who")
    (True, False)
    """
    from pipeline.english_words import NAME_POSTS
    from pipeline.names import JOB_TITLES_EN

    return (read in JOB_TITLES_EN or read.casefold() in NAME_POSTS) and _APPOSITION_BEFORE.search(head) is not None \
        and _APPOSITION_AFTER.match(tail) is not None


def surname_at(line: str, at: int, word: str) -> bool:
    """``word`` written whole at ``line[at:]`` stands where a person's surname does: right after a given name of the US
    Census 1990 (:func:`abstention._census_given`, no month's) or a title (:data:`pipeline.english_words.NAME_TITLES`,
    ``Mrs``, ``Dr``), no place's or body's word after it (:data:`pipeline.names.NAME_CLOSING_WORDS`: ``Peter
    Hargreaves Hall``), no article before the pair, the pair a person's name to segment
    (:func:`pipeline.segment.names.is_person_name`). What :func:`english_surname_alone` asks of the word's other
    places in the document.

    >>> surname_at("Final: Peter Hargreaves (Reading RC) beat", 13, "Hargreaves")
    True
    >>> surname_at("the Peter Hargreaves Hall", 10, "Hargreaves"), surname_at("to Hargreaves", 3, "Hargreaves")
    (False, False)
    """
    from pipeline.english_words import NAME_TITLES
    from pipeline.restore.evidence.abstention import _MONTHS, _census_given
    from pipeline.segment.names import is_person_name

    end = at + len(word)
    if line[at: end] != word or line[at - 1: at].isalpha() or line[end: end + 1].isalpha():
        return False
    head, tail = line[:at], line[end:]
    before = re.search(f"([{HALFWIDTH_LATIN_UPPER}][a-z]+)\\.?[ \u00a0]+$", head)
    if before is None or _ARTICLE_BEFORE.search(head[: before.start()]) is not None:
        return False
    first = before.group(1)
    if not (first in NAME_TITLES or (first.casefold() not in _MONTHS and _census_given(first))):
        return False
    after = _NEXT_WORD.match(tail)
    if after is not None and after.group(1).casefold() in NAME_CLOSING_WORDS:
        return False
    return is_person_name(f"{first} {word}")


def english_surname_alone(text: str, start: int, end: int, fill: str,
                          surname_elsewhere: Callable[[str], bool] = lambda word: False) -> str | None:
    """The gap's word as written where the lost letters ``text[start:end]`` (one or a run) stand in a capitalised word
    standing alone inside a sentence that is a person's surname, else ``None``. The word read with ``fill`` has
    :data:`SURNAME_ALONE_LETTERS` letters or more, opens no sentence, has no article or capitalised word right
    before it and no capitalised word right after it (``Hargreaves Road``), and is no month's, season's, GeoNames
    town's, nor a place's or a body's word (:data:`pipeline.names.NAME_CLOSING_WORDS`: *Hall*); then either

    - the document writes it whole where a surname stands (``surname_elsewhere``: :func:`surname_at`, after a given
      name or a title: ``Peter Hargreaves`` a line up), the word a census surname, no word WordNet lists, or rarer
      than :data:`COMMON_GIVEN_MAX_ZIPF` (not *Head*, *Hall*, *Dean*), or
    - it follows ``to``, ``by``, ``with`` or ``from`` in small letters, or ``and`` after a word in small letters
      (:data:`_LONE_SURNAME_LEAD`),
      and every word of the English list fitting the gap is a surname of the census more common as a surname than as
      a word (:func:`abstention._census_surname`: *hargreaves* alone fits ``Hargr\ufffd\ufffdves``; ``to
      Ox\ufffdord`` reads *Oxford*, no surname).

    A person's name is never filled, even from the same name written whole elsewhere: the same letters may name
    another person. Helper names78 (fresh-user trial 78b).

    >>> s = "awarded the race to Hargr\ufffd\ufffdves."; english_surname_alone(s, 25, 27, "ea")
    'Hargr\ufffd\ufffdves'
    >>> s = "awarded the race to Ox\ufffdord."; english_surname_alone(s, 22, 23, "f") is None
    True
    """
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import _MONTHS, _calendar_word, _census_surname, _english_word
    from pipeline.restore.evidence.english import _matching
    from pipeline.segment.places import _folded, _towns

    if (found := _read_word(text, start, end, fill)) is None:
        return None
    line, at, word, read = found
    written = line[word.start(): word.end()]
    head, tail = line[: word.start()], line[word.end():]
    if GAP in read or len(read) < SURNAME_ALONE_LETTERS or not read[0].isupper() or not read[1:].islower() \
            or not read.isascii():
        return None
    if _SENTENCE_START.search(head) is not None or _ARTICLE_BEFORE.search(head) is not None \
            or _capitalised_before(head) or _PREVIOUS_WORD.search(head) is not None \
            or _NEXT_WORD.match(tail) is not None or re.match("['’][A-Za-z]", tail) and not re.match("['’]s\\b", tail):
        return None
    if read.casefold() in _MONTHS or read.casefold() in _SEASONS or _calendar_word(read) \
            or read.casefold() in NAME_CLOSING_WORDS:
        return None  # a place's or a body's word (*Hall*, a census surname too) names no one alone

    def town() -> bool:
        # a GeoNames town's name, read last, where the word would otherwise be a surname: GeoNames' 17 MB are read
        # once a process, and most words stop before (every test but this one only ever returns None)
        return _folded(read) in _towns() and _THANKED_LEAD.search(head) is None

    if _post_in_apposition(read, head, tail):
        return None  # ``Prof. Anna Weber, De\ufffdn, Faculty of …``: the post, though a surname *Dean* is written elsewhere
    if surname_elsewhere(read) and (_census_surname(read) or not _english_word(read)
                                    or zipf(read.casefold()) < COMMON_GIVEN_MAX_ZIPF):
        # a common word a surname spells too (*Head*, *Hall*, *Dean*) is read as the word where it stands alone
        # (masking whole documents: ``Ma\ufffdters, Head of Lettings`` beside a surname *Head* elsewhere)
        return None if town() else written
    if _LONE_SURNAME_LEAD.search(head) is None:
        return None
    lead, rest = line[word.start(): at].casefold(), line[at + end - start: word.end()].casefold()
    fitting = _matching(lead, rest, end - start)
    if fitting and read.casefold() in {w for w, _ in fitting} and all(_census_surname(w.title()) for w, _ in fitting):
        return None if town() else written
    return None


# -- one reader of an English name's shape (helper ennames76: session 75's review debt) -------------------------------


class EnglishName(NamedTuple):
    """What :func:`english_person` found: the gap's word as written (its lost glyphs in it; ``""`` where the name's
    other half beside it told, :func:`abstention.english_name_beside`) and why the gap stands in a person's name, as
    an abstention's row says it after :data:`pipeline.restore.NAMED` (``a person's name``)."""
    word: str
    why: str


def english_person(text: str, start: int, end: int, fill: str | None = None, *, above: str = "",
                   lower_case_used: Callable[[str], bool] = lambda word: False,
                   named_elsewhere: Callable[[str], bool] = lambda word: False,
                   line_above: str = "",
                   surname_elsewhere: Callable[[str], bool] = lambda word: False) -> EnglishName | None:
    """Whether the gap ``text[start:end]`` stands in an English person's name, and why; else ``None``. The one reader
    of an English name's shape restore asks (:meth:`pipeline.restore.Restorer.abstains` with no fill,
    :meth:`pipeline.restore.Restorer.named_in_prose` with the verdict's best), its rules tried in this order:

    - with no ``fill`` (before any verdict): the name's other half written out beside the gap, a given name or a
      surname of the US Census 1990 (:func:`abstention.english_name_beside`), the gap on no postal address's line
      after its street (:func:`abstention.in_address`; ``above``: the line before the gap's);
    - with ``fill``: the word it makes a census name capitalised inside a sentence of prose, never written in lower
      case (:func:`english_name`; ``above``: plain text's line before, ``lower_case_used``: the document writes the
      word in lower case);
    - one lost glyph, the word's shape whatever the census (:func:`english_name_by_shape`: after an initial, a double
      surname after a given name, a census surname inside a sentence, a given name before its surname, a Latin name
      in Japanese text);
    - one lost glyph, a given name no English word by the name's shape (:func:`english_given_name`: a couple's
      first, before its surname on any line, after a greeting, or written so elsewhere: ``named_elsewhere``; a
      couple signing under a close: ``line_above``, the document's line before the gap's, or ``above``).
    - with ``fill``, a capitalised word alone inside a sentence that is a person's surname
      (:func:`english_surname_alone`: the document writes it after a given name or a title, ``surname_elsewhere``;
      or after ``to``/``by``/``with``/``and``/``from`` every word of the English list fitting is a census surname).

    >>> english_person("said Maria Jen\ufffdins.", 14, 15).why
    '(a given name or a surname of the US Census written out beside it): never filled'
    >>> english_person("Den\ufffdis and Ruth Okafor", 3, 4, "n").word
    'Den\ufffdis'
    >>> english_person("Annual Rep\ufffdrt 2024", 10, 11, "o") is None
    True
    """
    from pipeline.restore.evidence.abstention import english_name_beside, in_address

    if fill is None:
        if english_name_beside(text[:start], text[end:], gap=end - start) and not in_address(text[:start], above):
            # a name's letter the English word list happens to fit (``Maria Jen\ufffdins`` read Jenkins: trial 70c)
            return EnglishName("", "(a given name or a surname of the US Census written out beside "
                                   "it): never filled")
        if (person := cited_author(text, start, end)) is not None:
            # an author's surname before the initials a reference list gives (``Ok\ufffdfor, H.M. and Hartley, S.
            # (2020)``: fresh-user trial 76d's CV had committed Okafor from its copy two lines up)
            return EnglishName(person, f"as an author's surname before initials in a citation ({person}): never filled "
                                       "nor offered, even from the same name written whole elsewhere")
        if (person := life_dates_name(text, start, end)) is not None:
            # an artist's or an author's name before the years of the person's life (helper names77, trial 76:
            # ``Philip Wilson St\ufffder (1860–1942)`` committed Steer from its copy five lines down)
            return EnglishName(person, f"before the person's life dates in brackets ({person}): never filled nor "
                                       "offered, even from the same name written whole elsewhere")
        if (person := given_name_run(text, start, end)) is not None:
            # a middle name between the given name and the gap's word (``Charles Villiers Stan\ufffdord``: helper
            # enlex79, trial 79b committed Stanford from its copy a line down and the word list)
            return EnglishName(person, f"as a word of a name opened by a given name of the US Census ({person}): "
                                       "never filled")
        if (person := credited_name(text, start, end)) is not None:
            # a credit's person (``Prepared by: Fenella Da\ufffdes, …``: helper jname77, trial 77 offered t, r, n, w)
            return EnglishName(person, f"after a credit's or a post's label ({person}: Prepared by, Written by, Signed, "
                                       "Captain:, Secretary: …): never filled nor offered")
        return None
    if (person := english_name(text, start, end, fill, above, lower_case_used)) is not None:
        return EnglishName(person, f"in running text ({person}: its fill makes a name of the US "
                                   "Census, capitalised in a sentence and never written in lower case): never filled, "
                                   "even from its copy")
    if (person := english_name_by_shape(text, start, end, fill)) is not None:
        return EnglishName(person, f"by its shape ({person}: after an initial, a double surname after a "
                                   "given name, a surname of the census inside a sentence, a surname after a given name opening a numbered row, or "
                                   "a Latin name in Japanese text): never filled, though the English word list or "
                                   "the name's copy holds a word that fits")
    if (person := english_surname_alone(text, start, end, fill, surname_elsewhere)) is not None:
        # a surname standing alone inside a sentence, the document writing it after a given name or the word list's
        # every fit a census surname (helper names78, fresh-user trial 78b: ``to Hargr\ufffd\ufffdves`` committed)
        return EnglishName(person, f"standing alone in a sentence ({person}: the document writes it as a surname "
                                   "after a given name or a title, or every word of the English list that fits is a "
                                   "census surname after to, by, with, and, from): never filled nor offered, even "
                                   "from the same name written whole elsewhere")
    if (given := english_given_name(text, start, end, fill, named_elsewhere, line_above or above)) is not None:
        # a given name no English word, as a couple's first, before its surname, or written so elsewhere (helper
        # ennames76, fresh-user trial 75d: ``Ai\ufffdan's poles``, ``Den\ufffdis and Ruth Okafor`` committed)
        return EnglishName(given[0], f"by its shape ({given[0]}: {given[1]}): never filled nor "
                                     "offered, though the English word list holds a word that fits")
    return None


_CITED_INITIALS = lazyre.compile(r"^,[ \u00a0]*[A-Z]\.(?:[ \u00a0]?-?[A-Z]\.){0,3}(?=[ \u00a0]*(?:,|and\b|&|\(|:|;|$))")
"""Initials after an author's surname and its comma in a reference list (``, H.M.``, ``, S.``, ``, J.-P.``), then the
next author's ``and``/``&``/comma, the year's bracket, or the line's end: a capital and its full stop each, which a
place's abbreviation (``, MA``, ``, UK``) is not."""
_CITED_SURNAME = lazyre.compile(r"(?:^|(?<=[\s(&]))(?:[A-Z\ufffd][\w\ufffd'’-]*)$")


def cited_author(text: str, start: int, end: int) -> str | None:
    """The word the gap ``text[start:end]`` stands in, where it is an author's surname in a citation — capitalised
    (or its capital lost), right before a comma and the author's initials (:data:`_CITED_INITIALS`: ``Ok\ufffdfor,
    H.M. and Hartley, S. (2020)``, Harvard and APA references); else ``None``. A place before dotted initials
    (``Washington, D.C.``) reads so too: held, an over-abstention, never a wrong fill. Decision (issue 19 point 4, session 76, fresh-user trial 76d): a reference's author is a person's name,
    never filled nor offered, whatever the document writes elsewhere.

    >>> s = "Ok\ufffdfor, H.M. and Hartley, S. (2020) Rivers."; cited_author(s, 2, 3)
    'Ok\ufffdfor'
    >>> s = "and Hartl\ufffdy, S. (2020)"; cited_author(s, 9, 10)
    'Hartl\ufffdy'
    >>> cited_author("Lon\ufffdon, UK: Routledge.", 3, 4), cited_author("the Se\ufffdtion, A. above", 6, 7)
    (None, None)
    >>> cited_author("see Fig\ufffdre, A. shows", 7, 8) is None
    True
    """
    head = _CITED_SURNAME.search(text[:end])
    tail = re.match(r"[\w'’-]*", text[end:]).group()
    if head is None or _CITED_INITIALS.match(text[end + len(tail):]) is None:
        return None
    word = text[head.start():end + len(tail)]
    if not word[:1].isupper() and word[:1] != GAP or _ARTICLE_BEFORE.search(text[:head.start()]) is not None:
        return None
    return word if GAP in word else None


_ARTICLE_BEFORE = lazyre.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]+$")
"""An article before two capitalised words: a body's or a thing's name (``said the Nikkei Sh\ufffdmbun``), no person's."""


def _capitalised_before(head: str) -> bool:
    """``head`` ends on a capitalised word that does not open its sentence (``Katholieke Universiteit``, not ``Ask``)."""
    before = _PREVIOUS_WORD.search(head)
    return before is not None and SENTENCE_OPEN.search(head[: before.start(1)]) is None


def _prose_line(line: str) -> bool:
    """``line`` is no title's: of its words (a title's small words aside) no more than :data:`TITLE_CASE_SHARE` are
    capitalised (the measure :func:`english_name` takes)."""
    words = [w for w in _WORD.findall(line) if w[0].isalpha() and w not in _TITLE_SMALL_WORDS]
    return sum(w[0].isupper() for w in words) <= TITLE_CASE_SHARE * len(words)


SURNAME_AFTER_GIVEN_LETTERS = 4
"""Letters (the gap's included) a surname read after a given name, and that given name, have at least (``Priya
Nai\ufffd``): shorter words are abbreviations as often (``Tue Aug 9``, ``Jan Kaluza``'s Jan a month's too)."""


def _surname_after_given(given: str, read: str, tail: str, paired: bool = False) -> bool:
    """The capitalised word ``read`` (the gap's word with the verdict's best fill) stands right after ``given``, a
    given name of the US Census (:func:`abstention._census_given`) or a word WordNet does not list (*Priya*, *Chidi*,
    which no census of the US counts), itself no town of GeoNames: a surname, whatever the fill makes of it (*Nail*,
    *Naik*, *Nair*: the word list, the census and the model all read one); a word WordNet does not list is read as a
    given name where it is rare (below :data:`abstention.CITED_NAME_MAX_ZIPF`: not *The*, *And*). Not a place's or a body's word
    (:data:`pipeline.names.NAME_CLOSING_WORDS`: ``Tokyo Sta\ufffdion``), nor one a capitalised word follows
    (``Ashby Ma\ufffdor Park``, ``Intercity Exchange Symposium``), nor a word of three letters or fewer. Read by
    :func:`english_name_by_shape` on a line of prose only (:func:`_prose_line`, the pair itself not counted, a word
    in small letters beside it: not ``Ural Mountains`` alone on its line; masking name73b's 4,000 clean English
    lines, a title's pairs had been read: ``Autumn Term``, ``Kofun Tombs``, ``Dogo Onsen``). Helper name75 (fresh-user
    trial 74f: ``are Priya Nai\ufffd and Tom Whitfield`` was offered l, r, k: *Priya* is no census name, so
    :func:`english_name` and :func:`abstention.english_name_beside`, which ask for one, did not read it).
    ``paired``: ``given`` follows another given name and ``and`` (a couple's, :func:`_opens_couple`), which says it is
    no town's (*Mary*, a town of Turkmenistan), and may be a census name of three letters (*Tom*), no date's.

    >>> _surname_after_given("Priya", "Nair", " and Tom"), _surname_after_given("Chidi", "Okafor", "")
    (True, True)
    >>> _surname_after_given("Kyoto", "Station", ""), _surname_after_given("Ashby", "Manor", " Park"), _surname_after_given("The", "Nail", "")
    (False, False, False)
    """
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import CITED_NAME_MAX_ZIPF, _MONTHS, _census_given, _english_word
    from pipeline.segment.places import _folded, _towns

    # a couple's second given name may be of three letters, a census name no date's abbreviation (``Megan and Tom
    # Baxter``: helper names77; ``Mon and Tue Sessions`` stays a date's)
    short = paired and len(given) == SURNAME_AFTER_GIVEN_LETTERS - 1 and given.casefold() not in _MONTHS \
        and _census_given(given)
    if len(read) < SURNAME_AFTER_GIVEN_LETTERS or (len(given) < SURNAME_AFTER_GIVEN_LETTERS and not short) \
            or not _CAPITALISED_PART.fullmatch(read) or read.casefold() in NAME_CLOSING_WORDS:
        return False
    if _NEXT_WORD.match(tail) is not None:
        return False  # a third capitalised word: a title's or a body's name (``Intercity Exchange Symposium``)
    # a word WordNet does not list is a function word as often (*The*, *And*): a rare one only
    if not (_census_given(given) or (not _english_word(given) and zipf(given.casefold()) < CITED_NAME_MAX_ZIPF)) \
            or (_folded(given) in _towns() and not paired) \
            or _folded(f"{given} {read}") in _towns():
        return False
    return True


SENTENCE_OPEN = lazyre.compile(r"(?:^|[.!?:]['’\"”)]?)[ \u00a0]*$")
"""The text before a word where a sentence (or a line, or a field's value) opens: a capital there says nothing
(read here and by :func:`pipeline.restore.evidence.english._commoner_than_repeated`)."""


_PLACE_BEFORE = lazyre.compile(r"(?:\b(?:Town|City|County|Village|Borough|Port|Isle|Lake|Mount|Saint|St\.?) of|/)[ \u00a0]*$")
"""Words before a name that make it a place's (``Town of Nitta``) or a program's (``GNU/Hurd``)."""



def _surname_mid_sentence(head: str, read: str, tail: str = "") -> bool:
    """The capitalised word ``read`` (the gap's word with the verdict's best fill), standing after ``head`` inside a
    sentence, is a surname of the US Census 1990 by itself (more common as a surname than as a word by
    :data:`pipeline.segment.names.CENSUS_SURNAME_MARGIN`: :func:`abstention._census_surname`) and no town of GeoNames
    (``Preston``, ``Lincoln`` may be places, whose fill restore may commit). Fresh-user trial 74d: ``The Wi�kinson
    Family Trust`` (a donor family) and a line-up's ``Brooks; Ga(cid:123)lagher,`` had been committed on the English
    word list ("the only word that fits", 0.992): a surname the list happens to hold is no evidence of the letter.

    >>> _surname_mid_sentence("grant from the ", "Wilkinson", " Family Trust"), _surname_mid_sentence("Brooks; ", "Gallagher")
    (True, True)
    >>> _surname_mid_sentence("at ", "Marston", " University"), _surname_mid_sentence("Town of ", "Ashby"), _surname_mid_sentence("at ", "Thu")
    (False, False, False)
    >>> _surname_mid_sentence("", "Wilkinson"), _surname_mid_sentence("We sailed to ", "Preston"), _surname_mid_sentence("the ", "Castle")
    (False, False, False)
    """
    from pipeline.restore.evidence.abstention import _census_surname, _english_word
    from pipeline.segment.places import _folded, _towns

    if SENTENCE_OPEN.search(head) is not None or not _CAPITALISED_PART.fullmatch(read) or len(read) < 4 \
            or _PLACE_BEFORE.search(head) is not None:
        return False  # (three letters: a date's ``Thu``, a code; a place's or a program's name)
    after = _NEXT_WORD.match(tail)
    if after is not None and after.group(1).casefold() in NAME_CLOSING_WORDS:
        return False
    if not _census_surname(read) or _folded(read) in _towns():
        return False
    # a surname that is a word of English too (WordNet: ``Castle``, ``Hall``, ``Fields``, ``Salmon``, and *wilkinson*,
    # which it lists as a person) is a name only where a family is named by it (``the Wilkinson Family Trust``):
    # masking name73b's 4,000 clean English lines, such words had been held in headings and addresses by the dozen
    return not _english_word(read) or (after is not None and after.group(1).casefold() in ("family", "families"))


_FULLWIDTH_LATIN = lazyre.compile("[\uff21-\uff3a\uff41-\uff5a]")
_LATIN_RUN = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP},.'’\\-])(?<![{HALFWIDTH_LATIN}{GAP},.] )"
                            f"[{HALFWIDTH_LATIN}{GAP}]+ [{HALFWIDTH_LATIN}{GAP}]+"
                            f"(?![{HALFWIDTH_LATIN}{GAP}]| [{HALFWIDTH_LATIN}{GAP}])")


def _latin_name_in_japanese(line: str, at: int) -> str | None:
    """The Latin name (as written) whose lost glyph is ``line[at]``, on a line of Japanese: the line read with its
    full-width letters and spaces as ASCII (NFKC keeps each a character), the run of two words holding the gap, no
    Latin word before or after it (``Venue: Minato Civic Hall`` is an English phrase), a name to segment with its glyph lost (:func:`pipeline.segment.names._gapped_english_name`)."""
    import unicodedata

    from pipeline.segment.names import _gapped_english_name

    folded = "".join(unicodedata.normalize("NFKC", c) if len(unicodedata.normalize("NFKC", c)) == 1 else c
                     for c in line)
    run = next((m for m in _LATIN_RUN.finditer(folded) if m.start() <= at < m.end()), None)
    if run is None or run.group(0).count(GAP) != 1 or not _gapped_english_name(run.group(0)):
        return None
    return line[run.start(): run.end()]


_SURNAME_LETTERS = f"{KANJI}{KATAKANA}ヶ{GAP}"
_GIVEN_LETTERS = f"{KANJI}{KATAKANA}{HIRAGANA}ヶ{GAP}"
# a name's two parts parted by one space, each up to four letters (a given name may be written in kana), the gap in
# one of them: the letters before the space (the surname's, no kana) and after it, read here as runs; which suffix and
# which prefix are the name's Sudachi tells (:func:`japanese_spaced_name`)
_BEFORE_SPACE = lazyre.compile(f"([{_SURNAME_LETTERS}]{{1,4}})[ \u3000]$")
_AFTER_SPACE = lazyre.compile(f"^[ \u3000]([{_GIVEN_LETTERS}]{{1,4}})")
# a name directly followed by an honorific or a title a name takes (``ゆかり先生``, ``誠医師``)
_NAME_TITLE_AFTER = lazyre.compile(f"^(?:{HONORIFIC_RE.pattern}|医師|教授|准教授|弁護士|議員|記者|博士|ちゃん|くん|殿)")
# a surname alone set off by a space before its honorific (``オーナーの大\ufffd 様ご夫妻``)
_SURNAME_SPACED_HONORIFIC = lazyre.compile(
    f"(?:^|(?<=[^{_SURNAME_LETTERS}]))([{_SURNAME_LETTERS}]{{2,4}})[ \u3000](?:{HONORIFIC_RE.pattern})")
_NOT_A_SURNAMES_END = "者員位方客様達各皆長"
"""Letters an addressee's common noun ends on before a spaced 様 (``ご担当者 様``, ``組合員 様``, ``各学校長　様``,
``東京\ufffd 皆様``): no name's."""


# a name glued in one run (surname and given name, no space) closing its line, or its line before a bracket, after
# a label and a wide space (``神輿総代　野\ufffd清三郎``: a post :data:`pipeline.names.JOB_TITLES` does not list)
_GLUED_NAME_AFTER_LABEL = lazyre.compile(
    f"^[ \u3000]*[{KANJI}{KATAKANA}]{{2,8}}(?:\u3000+|[ ]{{2,}})([{KANJI}{GAP}]{{3,6}})[ \u3000]*(?:$|[（(])")
_EVERYONE = ("みな", "みんな", "皆", "各")
"""Words for everyone an honorific follows as a name's given name does (``東京\ufffd みなさんへ``): no name's."""
_OFFICE_OR_PLACE_IN = lazyre.compile(f"[県府庁課係局室]|[{KANJI}{GAP}][市町村区][{KANJI}{GAP}]")
"""An office's letter, or a town's inside a run (``東浜市報``), in a name's gapped part: an office's or a place's
word, no name's (``処分庁　ひばり``, ``ひとみ野村 住民課``: masking the regression corpus's clean lines)."""


def _morpheme_pos(word: str) -> list[tuple[str, ...]]:
    from pipeline.sudachi import tokenizer

    return [m.part_of_speech() for m in tokenizer("C").tokenize(word)]


def _surname_word(word: str) -> bool:
    """Sudachi reads ``word`` alone as one surname (人名-姓)."""
    pos = _morpheme_pos(word)
    return len(pos) == 1 and pos[0][1:4] == ("固有名詞", "人名", "姓")


def _common_noun(word: str) -> bool:
    """Sudachi reads ``word`` alone as one common noun (普通名詞: 電話, 住民)."""
    pos = _morpheme_pos(word)
    return len(pos) == 1 and pos[0][1] == "普通名詞"


# a table's cell holding a person's name written whole in the spaced shape (``阿部　翔太``), no lost glyph
_WHOLE_NAME_CELL = lazyre.compile(f"^([{KANJI}々ヶ]{{1,4}})[ \u3000]([{KANJI}{KATAKANA}{HIRAGANA}々]{{1,4}})$")


def _cell_among_names(line: str, begin: int, end: int) -> bool:
    """``line[begin:end]`` (a spaced name holding the gap) is a whole cell of a table's row parted by tabs (the line's
    start or end, or a tab, on each side), and another cell of the row is a person's name written whole in the same
    shape (a surname Sudachi reads alone as one, a space, a person's name's word: ``阿部　翔太``). A schedule's or a
    roster's cells hold the people it names; a one-letter given name (綾) Sudachi does not read alone as a name then
    needs no other anchor. Helper name75 (fresh-user trial 74f: a clinic's timetable cell ``\ufffd水　綾`` beside
    ``渡辺　浩二`` had been offered の, は, を).

    >>> _cell_among_names("２診\\t阿部　翔太\\t（手術日）\\t\ufffd水　綾", 15, 19)
    True
    >>> _cell_among_names("月\\t\ufffd水　綾\\t（手術日）", 2, 6), _cell_among_names("阿部　翔太 \ufffd水　綾", 6, 10)
    (False, False)
    """
    from pipeline.restore.evidence.abstention import _person_name_word

    if "\t" not in line or (begin > 0 and line[begin - 1] != "\t") or (end < len(line) and line[end] != "\t"):
        return False
    for cell in line.split("\t"):
        m = _WHOLE_NAME_CELL.match(cell.strip())
        if m is not None and _surname_word(m.group(1)) and _person_name_word(m.group(2)):
            return True
    return False


_NOUN_THEN_NO = lazyre.compile(f"([{KANJI}{KATAKANA}]{{1,6}})の$")


def _thing_before(head: str) -> bool:
    """``head`` (the line before a spaced name's surname) ends on a common noun and の, the noun no person's nor a
    post's (``和紙の``, ``陶芸の``; not ``主任研究員の``, ``売主の``, ``司会の``, which introduce the name that follows):
    a common noun the best fill makes of the gapped surname is then that thing's word (``和紙の\ufffd作 健太``: 操作
    first, 制作 the truth), not a name's. Helper name75 (name74b's over-abstention, a strict xfail in
    tests/test_restore_names.py)."""
    from pipeline.names import JOB_TITLE_RE
    from pipeline.restore.evidence.abstention import _person_noun

    m = _NOUN_THEN_NO.search(head)
    if m is None:
        return False
    noun = m.group(1)
    if _person_noun(noun) or JOB_TITLE_RE.search(noun) or noun.endswith(("会", "役", "係", "担当")):
        return False
    pos = _morpheme_pos(noun)
    return bool(pos) and all(p[:2] == ("名詞", "普通名詞") for p in pos)


# -- a row of ``label　name（figure）`` items: a stats table's or a results list's people (helper names78, trial 78b) --

_FIGURE_ROW_ITEM = lazyre.compile(
    f"(?:^|(?<=[ \u3000\t]))((?:第?[0-9０-９]{{1,3}})?[{KANJI}{KATAKANA}{HIRAGANA}ー]{{1,8}})[ \u3000]+"
    f"([{KANJI}々ヶ{GAP}]{{1,4}})[ \u3000]([{KANJI}{KATAKANA}{HIRAGANA}々{GAP}]{{1,4}})"
    r"[（(][.．]?[0-9０-９]+(?:[.．,][0-9０-９]+)?" f"[{KANJI}{HIRAGANA}{KATAKANA}]{{0,2}}[）)]"
    "(?=[ \u3000\t【〔［■●◆]|$)")
"""An item of a stats table's or a results list's row: a label (``盗塁``, ``打率一位``, ``最多勝``), a space, a surname and
a given name parted by one space, and a figure in brackets right after the name (``（11）``, ``（.412）``, ``（3本）``,
``（8勝）``), the item closing at a space, the line's end or a heading's bracket or mark the reader joined after it
(``（13.1秒）【会費】``); a place's number may open the label (``1位``,
``第3位``)."""
FIGURE_ROW_NEAR = 3
"""Lines either side of the gap's whose items of :data:`_FIGURE_ROW_ITEM`'s shape count as the same table's rows."""


def figure_row_name(text: str, start: int, end: int, around: Sequence[str] = ()) -> str | None:
    """The name (surname, a space, given name; the gap shown) where the lost glyph ``text[start:end]`` stands in the
    name of a ``label　name（figure）`` item (:data:`_FIGURE_ROW_ITEM`: ``盗塁 高\ufffd 湊斗（11）``), the gapped part
    two letters or more keeping a kanji, no office's or place's letter in either part (:data:`_OFFICE_OR_PLACE_IN`), the
    part left whole no common noun (``料金 大人 小\ufffd（500円）``), and the name
    anchored: the part left whole, or its first letters, a person's name to Sudachi alone
    (:func:`abstention._person_name_word`: 湊 of 湊斗, which Sudachi parts), or another item of the shape, all
    letters kept, its surname and its given name each a person's name to Sudachi, on the gap's line or within
    :data:`FIGURE_ROW_NEAR` lines of it (in ``text``, or ``around``: the document's lines so near, where ``text`` is
    the gap's line alone) (``打率一位 森田 蓮（.412）`` above).
    Else ``None``. A player's, a pupil's or a runner's row names a person; its figure is their score. Helper names78
    (fresh-user trial 78b's team newsletter: ``高\ufffd`` was offered さ, い, 速, 井, 田).

    >>> s = "打率一位 森田 蓮（.412）\\n盗塁 高\ufffd 湊斗（11）"; figure_row_name(s, s.index(GAP), s.index(GAP) + 1)
    '高\ufffd 湊斗'
    >>> s = "会場 上京区 松風\ufffd（3階）"; figure_row_name(s, s.index(GAP), s.index(GAP) + 1) is None
    True
    """
    from pipeline.restore.evidence.abstention import _person_name_word

    if (found := gap_in_line(text, start, end)) is None:
        return None
    line, at = found
    item = next((m for m in _FIGURE_ROW_ITEM.finditer(line) if m.start(2) <= at < m.end(3)), None)
    if item is None or (item.group(2) + item.group(3)).count(GAP) != 1 or GAP in item.group(1):
        return None
    surname, given = item.group(2), item.group(3)
    gapped, whole = (surname, given) if GAP in surname else (given, surname)
    if len(gapped) < 2 or not KANJI_RE.search(gapped.replace(GAP, "")) or _OFFICE_OR_PLACE_IN.search(gapped) \
            or _OFFICE_OR_PLACE_IN.search(whole) or _common_noun(whole):
        return None
    name = f"{surname}{line[item.end(2)]}{given}"
    if any(_person_name_word(whole[:k]) for k in range(len(whole), 0, -1)):
        return name
    line_start = text.rfind("\n", 0, start) + 1
    above = text[:line_start].split("\n")[-FIGURE_ROW_NEAR - 1: -1] if line_start else []
    below = text[text.find("\n", start) + 1:].split("\n")[:FIGURE_ROW_NEAR] if "\n" in text[start:] else []
    near = [line[: item.start()], line[item.end():], *above, *below, *around]
    return name if any(GAP not in m.group(0) and _person_name_word(m.group(2)) and _person_name_word(m.group(3))
                       for ln in near for m in _FIGURE_ROW_ITEM.finditer(ln)) else None


_CELL_GAP = lazyre.compile("[ \u00a0]{2,}|\t")
"""What parts a table's cells in a text dump: two spaces or more, or a tab (a sentence's words stand one space apart)."""
_ROW_RANK = lazyre.compile(r"^(?:=?[0-9]{1,3}(?:st|nd|rd|th|=)?[.)]?|DNF|DNS|DSQ)[ \u00a0]+")
"""A place's number or a result's mark opening a name's cell where one space parts them (``10 Peter Lumby``)."""
_TABLE_NAME_WORD = lazyre.compile(f"(?:[{HALFWIDTH_LATIN_UPPER}{GAP}][a-z{GAP}]*(?:['’]?[{HALFWIDTH_LATIN_UPPER}{GAP}]"
                                  f"[a-z{GAP}]+)?)(?:-[{HALFWIDTH_LATIN_UPPER}{GAP}][a-z{GAP}]+)*")
"""A name's word in a table's cell: capitalised, a double surname's halves, ``McBride``, ``O'Neill``; a lost glyph
anywhere in it."""
_TABLE_INITIAL = lazyre.compile(f"[{HALFWIDTH_LATIN_UPPER}]\\.?")
TABLE_NAME_ROWS = 2
"""Rows of the gap's table (other than its own) whose cell holds a person's name written whole, at least, for a cell
with a lost letter to be read as a name by its table (:func:`table_row_name`): a results list, a table of standings or
of officers names its people row after row; one row of a menu or of venues may read so (``Rose Garden``), not two."""
TABLE_REACH = 40
"""Lines either side of the gap's a table's rows are read over, at most."""


def table_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a table's row in a text dump, each ``(offset, cell)``: the line parted at two spaces or more or a
    tab (:data:`_CELL_GAP`), empty parts left out.

    >>> table_cells("10   Peter Lumby            Vet 60      24:05")
    [(0, '10'), (5, 'Peter Lumby'), (28, 'Vet 60'), (40, '24:05')]
    """
    cells, at = [], 0
    for m in [*_CELL_GAP.finditer(line), None]:
        stop = len(line) if m is None else m.start()
        part = line[at:stop]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            cells.append((at + lead, part.strip()))
        at = stop if m is None else m.end()
    return cells


def _table_name_words(cell: str) -> list[str] | None:
    """The words of a person's name filling a table's cell (``Peter Lum\ufffdy``, ``Helen Kwiatkowska``, ``Ellen
    Marsh-Whittaker``, ``Mary J. Blake``): two or three words one space apart, a place's number before them aside
    (:data:`_ROW_RANK`), each a capitalised name's word (:data:`_TABLE_NAME_WORD`; the middle one may be an initial);
    else ``None``."""
    cell = _ROW_RANK.sub("", cell)
    words = cell.split(" ")
    if not 2 <= len(words) <= 3 or not all(_TABLE_NAME_WORD.fullmatch(w) for w in (words[0], words[-1])) \
            or (len(words) == 3 and not (_TABLE_NAME_WORD.fullmatch(words[1]) or _TABLE_INITIAL.fullmatch(words[1]))):
        return None
    return words


def _table_given(word: str) -> bool:
    """``word`` (written whole) opens a person's name in a table's cell: a given name of the US Census more common as a
    name than as a word, no month (:func:`abstention._census_given`), or a word WordNet does not list, of four letters
    or more, rarer than :data:`abstention.CITED_NAME_MAX_ZIPF` (*Deepak*, *Siobhan*)."""
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import CITED_NAME_MAX_ZIPF, _MONTHS, _census_given, _english_word

    if word.casefold() in _MONTHS or word.casefold() in NAME_CLOSING_WORDS:
        return False
    return _census_given(word) or (len(word) >= 4 and not _english_word(word)
                                   and zipf(word.casefold()) < CITED_NAME_MAX_ZIPF)


def _table_surname(word: str) -> bool:
    """``word`` (written whole) closes a person's name in a table's cell: a name's word by itself (:func:`_name_word`:
    a census name, or a word WordNet does not list), no place's or body's word (``Park``, ``Hall``)."""
    return len(word) >= 2 and word.casefold() not in NAME_CLOSING_WORDS and _name_word(word)


def _whole_name_cell(cell: str) -> bool:
    """``cell`` (no lost glyph) is a person's name: a given name (:func:`_table_given`), a surname (:func:`_table_surname`)
    and no town of GeoNames the two make."""
    from pipeline.segment.places import _folded, _towns

    words = _table_name_words(cell)
    return words is not None and GAP not in cell and _table_given(words[0]) and _table_surname(words[-1]) \
        and _folded(f"{words[0]} {words[-1]}") not in _towns()


def gapped_name_cell(cell: str) -> str | None:
    """The name (its gap shown, a place's number before it left out) where ``cell`` — a table's cell, or the name
    before a signer's post (:func:`abstention.english_signature_name`) — holds two or three capitalised words
    (:func:`_table_name_words`) with lost glyphs in one word only: in the surname after a given name written whole
    (:func:`_table_given`), or in the given name (or a middle word) before a surname written whole
    (:func:`_table_surname`); no word a place's or a body's, nor one the gap's one letter makes so (``Victoria
    Par\ufffd``: *Park*). Else ``None``. What the word list makes of the gap's word does not count (``Peter Lum\ufffdy``:
    *lumpy*).

    >>> gapped_name_cell("10 Peter Lum\ufffdy"), gapped_name_cell("Victoria Par\ufffd"), gapped_name_cell("Se\ufffdior")
    ('Peter Lum\ufffdy', None, None)
    >>> gapped_name_cell("D\ufffd Hannah Brooks"), gapped_name_cell("Revd Thomas Ha\ufffde")
    (None, 'Revd Thomas Ha\ufffde')
    """
    from pipeline.english_words import NAME_TITLES

    words = _table_name_words(cell)
    if words is None:
        return None
    gapped = [k for k, w in enumerate(words) if GAP in w]
    if len(gapped) != 1 or any(w.casefold() in NAME_CLOSING_WORDS for w in words if GAP not in w):
        return None
    k, word = gapped[0], words[gapped[0]]
    if word.count(GAP) == 1 and any(word.replace(GAP, c).casefold() in NAME_CLOSING_WORDS
                                    for c in "abcdefghijklmnopqrstuvwxyz"):
        return None  # a place's word one letter makes (``Victoria Par\ufffd``: *Park*)
    if word.count(GAP) == 1 and any(word.replace(GAP, c) in NAME_TITLES for c in string.ascii_letters):
        return None  # a title's letter before the name (``D\ufffd Hannah Brooks``, ``Re\ufffdd Thomas Hale``)
    if k == len(words) - 1:
        return " ".join(words) if _table_given(words[0]) else None
    if (k == 0 or (k == 1 and _table_given(words[0]))) and _table_surname(words[-1]):
        return " ".join(words)
    return None


def table_row_name(text: str, start: int, end: int, rows: Callable[[], Sequence[str]]) -> str | None:
    """The name's cell (its gap shown) where the lost glyphs ``text[start:end]`` stand in a person's name filling a
    cell of a table's row — a results list's, a table of standings or of a committee's officers — whatever the English
    word list makes of the word; else ``None``. The cell (the gap's line parted at two spaces or more, :func:`table_cells`,
    with another cell beside it) holds two or three capitalised words (:func:`_table_name_words`); the gap stands in one
    word only: in the surname after a given name written whole (:func:`_table_given`), or in the given name before a
    surname written whole (:func:`_table_surname`); no word of it is a place's or a body's (``Victoria Par\ufffd``, any
    letter making *Park*, stays a place's); and ``rows()``, the other rows of the gap's table (the lines either side
    of it parted into two cells or more, as :meth:`pipeline.restore.Restorer.table_rows` reads them), holds
    :data:`TABLE_NAME_ROWS` rows or more whose cell is a person's name written whole (:func:`_whole_name_cell`).

    Fresh-user trial 78d: a time trial's results row ``10   Peter Lum\ufffdy            Vet 60      24:05`` was offered
    b and p (its copy after the page break wrote *Lumby*, the word list *lumpy*): :func:`english_name_by_shape` reads
    a given name before its surname on a line of prose only, and :func:`abstention.english_name_beside` asks the word
    to read as a census surname or as no word (*lumpy* is one).

    >>> rows = ["1    Tom Haverstock             Senior      20:41", "2    Rhys Calloway              Vet 40      20:52"]
    >>> s = "10   Peter Lum\ufffdy            Vet 60      24:05"; table_row_name(s, 14, 15, lambda: rows)
    'Peter Lum\ufffdy'
    >>> s = "3    Victoria Par\ufffd            Sat 14 June"; table_row_name(s, 17, 18, lambda: rows) is None
    True
    >>> s = "We thanked Peter Lum\ufffdy for the tea."; table_row_name(s, 20, 21, lambda: rows) is None
    True
    """
    from pipeline.restore.evidence.abstention import _line_at

    line_start, line = _line_at(text, start)
    at, stop = start - line_start, end - line_start
    cells = table_cells(line)
    cell = next(((c0, c) for c0, c in cells if c0 <= at and stop <= c0 + len(c)), None)
    if cell is None or len(cells) < 2 or (name := gapped_name_cell(cell[1])) is None:
        return None
    named = 0
    for row in rows():
        named += any(_whole_name_cell(c) for _, c in table_cells(row))
        if named >= TABLE_NAME_ROWS:
            return name
    return None


def table_rows(lines: Sequence[str], at: int) -> list[str]:
    """The other rows of the table whose row is ``lines[at]``: the lines next to it either way, up to the first that
    is blank or parts into fewer than two cells (:func:`table_cells`), :data:`TABLE_REACH` at most each way.

    >>> table_rows(["Results", "1   Ann Lee   20:41", "2   Tom Hay   20:52", "", "x  y"], 2)
    ['1   Ann Lee   20:41']
    """
    found = []
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(lines) and abs(k - at) <= TABLE_REACH and len(table_cells(lines[k])) >= 2:
            found.append(lines[k])
            k += step
    return found


def japanese_spaced_name(text: str, start: int, end: int, fills: Sequence[str], committed: str | None = None,
                         written: Callable[[str], bool] = lambda word: False) -> str | None:
    """The name (surname, a space, given name; the gap shown) where the lost glyph ``text[start:end]`` stands in a
    Japanese person's name in the spaced name's shape, in running text or on a line of its own, else ``None``. The
    shape is segment's (:func:`pipeline.segment.names.lost_glyph_name`: a surname and a given name parted by one
    space, up to four letters each, one glyph lost); what anchors it is one of:

    - the part left whole is a person's name's part to Sudachi alone in its place, the gapped part keeping a kanji
      (segment's :func:`pipeline.segment.names._gapped_japanese_name`: ``宮下 \ufffd二``, ``\ufffd野 健二です``);
    - the part left whole is a person's name to Sudachi alone (遥, read 姓 or 名) and the best fill makes the gapped
      part a proper noun of one morpheme (:func:`abstention.fill_reads_a_name`: ``小\ufffd寺 遥``, 小野寺);
    - the name is followed directly by an honorific or a title a name takes (``\ufffd原 ゆかり先生``, ``\ufffd橋 誠医師``),
      the gapped part keeping a letter.

    Also a name glued in one run closing its line after a label and a wide space (``神輿総代　野\ufffd清三郎``), the
    letters beside the gap a person's name to Sudachi (:func:`abstention._name_around`: 清三郎 a given name), and a surname alone (two to four letters, a kanji kept) set off by a space before its honorific (``オーナーの大\ufffd
    様ご夫妻``), not an addressee's common noun (``ご担当者 様``: :data:`_NOT_A_SURNAMES_END`). A gap directly before an
    honorific (``長谷川 \ufffd氏``) is :func:`abstention.kana_before_honorific`'s. Fresh-user trial 74b: ``組合長　矢\ufffd
    輝海``, ``理事　\ufffd本 富雄 様``, ``店長の\ufffd野 健二です``, ``小\ufffd寺 遥`` were offered fills (野 at 0.9671).

    ``committed``: the fill the verdict commits, if any; where it makes the gapped part a common noun to Sudachi, the
    part is that word's (``佐藤　\ufffd話（電話…）``). ``written``: whether the document writes a word whole (outside
    the gap's place); where the best fill makes the gapped part a common noun the document writes whole, the word's
    reading outweighs the name's (``2月　平\ufffdと同様に`` beside 平年 written whole: helper names80, trial 80b).

    >>> s = "当店店長の\ufffd野 健二です。"; japanese_spaced_name(s, s.index(GAP), s.index(GAP) + 1, "上分")
    '\ufffd野 健二'
    >>> s = "前のオーナーの大\ufffd 様ご夫妻"; japanese_spaced_name(s, s.index(GAP), s.index(GAP) + 1, "切")
    '大\ufffd'
    >>> s = "人事部 ご担\ufffd者 様"; japanese_spaced_name(s, s.index(GAP), s.index(GAP) + 1, "当")
    >>> s = "調査の\ufffd果 について"; japanese_spaced_name(s, s.index(GAP), s.index(GAP) + 1, "結")
    """
    from pipeline.restore.evidence.abstention import _person_name_word, fill_reads_a_name, fill_reads_a_surname
    from pipeline.segment.names import _gapped_japanese_name, lost_glyph_name

    if (found := gap_in_line(text, start, end)) is None:
        return None
    line, at = found
    if is_chinese(line):
        return None
    for m in _SURNAME_SPACED_HONORIFIC.finditer(line):
        run = m.group(1)
        if m.start(1) <= at < m.end(1) and run.count(GAP) == 1 and KANJI_RE.search(run) \
                and run[-1] not in _NOT_A_SURNAMES_END and run[0] not in _NOT_A_SURNAMES_END:
            return run
    glued = _GLUED_NAME_AFTER_LABEL.search(line)
    if glued is not None and glued.start(1) <= at < glued.end(1) and glued.group(1).count(GAP) == 1:
        from pipeline.restore.evidence.abstention import _name_around

        head, _, tail = glued.group(1).partition(GAP)
        if _name_around(head, tail):
            return glued.group(1)
    # the spaces on the gap's line that may part a name holding it: within four letters either side
    for space in (i for i in range(max(0, at - 4), min(len(line), at + 5)) if line[i] in " \u3000"):
        before, after = _BEFORE_SPACE.search(line[: space + 1]), _AFTER_SPACE.match(line[space:])
        if before is None or after is None:
            continue
        surname, run = before.group(1), after.group(1)
        s_at = space - len(surname)
        if s_at > 0 and re.match(f"[{KANJI}{KATAKANA}ヶ{GAP}]", line[s_at - 1]):
            continue  # the surname is the whole run before the space: a word's end (``桜川市 環境課``'s 川市) is none
        # the given name's letters: the longest that reads where it is whole (``健二です`` → 健二), the shortest
        # holding a kanji where it holds the gap (``\ufffdち子さん`` → \ufffdち子)
        for j in (range(len(run), 0, -1) if GAP in surname else range(1, len(run) + 1)):
            given = run[:j]
            if not (s_at <= at < space + 1 + j) or line[at] != GAP or HONORIFIC_RE.match(line, at + 1):
                continue  # a gap directly before an honorific is :func:`abstention.kana_before_honorific`'s
            tail = line[space + 1 + j:]
            if re.match(f"[{KANJI}{KATAKANA}]", tail) and not _NAME_TITLE_AFTER.match(tail):
                continue  # the given name's word goes on (``森の家 正面玄関``'s 正, ``処分\ufffd　ひばり市長``)
            if given[-1] == GAP and re.match(f"[{HIRAGANA}{KANJI}{KATAKANA}]", tail) and not _NAME_TITLE_AFTER.match(tail):
                continue  # the gap closing the given name before a kana may be the kana's word's (``小川 健\ufffdん``)
            if GAP in given and not re.search(f"[{KANJI}]$", given.replace(GAP, "", 1) if given[-1] == GAP else given):
                continue  # a given name holding the gap ends on a kanji, or the gap (``\ufffdち子``, ``浩\ufffd``)
            name = f"{surname} {given}"
            if not lost_glyph_name(name, 1):
                continue
            gapped, whole = (surname, given) if GAP in surname else (given, surname)
            if len(gapped) < 2 or _OFFICE_OR_PLACE_IN.search(gapped):
                continue
            if committed and _common_noun(gapped.replace(GAP, committed)):
                continue  # the fill the verdict commits makes a common word of it (``佐藤　\ufffd話`` of 電話)
            if fills and len(fills[0]) == 1 and _fill_makes_written_word(gapped, fills[0], written):
                continue  # the best fill makes a common word the document writes whole (``平\ufffd`` of 平年)
            if GAP in surname and fills and len(fills[0]) == 1 and not _NAME_TITLE_AFTER.match(tail) \
                    and _thing_before(line[:s_at]) and _common_noun(surname.replace(GAP, fills[0])) \
                    and not fill_reads_a_surname(surname, fills):
                continue  # a thing's word and の before a common noun (``和紙の\ufffd作 健太``: 操作; _thing_before)
            # a surname in the given name's place (``町\ufffd　高橋`` of あおば町長　高橋) anchors no name
            anchors = _person_name_word(whole) and not (whole is given and len(whole) >= 2 and _surname_word(whole))
            if GAP in surname and re.fullmatch(f"[{HIRAGANA}]+", given) and not _NAME_TITLE_AFTER.match(tail):
                # a word in kana is a place's or a thing's name as often (``東浜市報　はまかぜ``): a name only where the
                # best fill makes the surname one to Sudachi (``\ufffd藤 ゆうきが``: 佐藤), the kana closed by a particle of
                # a person's act (が, は, と …; not の: ``\ufffd川 あおばの森`` is a place's)
                if fills and len(fills[0]) == 1 and len(given) >= 2 and _surname_word(surname.replace(GAP, fills[0])) \
                        and re.match("(?:が|は|と|も|を|です|さん)", tail):
                    return f"{surname}{line[space]}{given}"
                continue
            if _gapped_japanese_name(name) or (anchors and fill_reads_a_name(gapped, fills[:1])) \
                    or _cell_among_names(line, s_at, space + 1 + j) \
                    or (_NAME_TITLE_AFTER.match(tail) and KANJI_RE.search(whole + gapped.replace(GAP, ""))
                        and given[-1] not in _NOT_A_SURNAMES_END and given not in _EVERYONE):
                return f"{surname}{line[space]}{given}"
    return None


def _fill_makes_written_word(gapped: str, fill: str, written: Callable[[str], bool]) -> bool:
    """``fill`` in ``gapped``'s lost glyph makes, with letters kept beside it in the part, a common noun to Sudachi
    (two to four letters, no person's name in its lexicon) that the document writes whole (``written``): ``平\ufffdと同``
    read 平年 beside 平年 written whole (helper names80, fresh-user trial 80b's ``2月　平\ufffdと同様に``)."""
    k = gapped.index(GAP)
    filled = gapped.replace(GAP, fill, 1)
    return any(_common_noun(word := filled[i:j]) and not _lexicon_person(word) and written(word)
               for i in range(max(0, k - 3), k + 1) for j in range(k + 1, min(len(filled), i + 4) + 1) if j - i >= 2)


_SURNAME_SPACE_BEFORE = lazyre.compile(f"(?:^|[^{KANJI}{KATAKANA}々])([{KANJI}々]{{2,4}})[ \u3000]$")
_HONORIFIC_AFTER_GAP = lazyre.compile("^[ \u3000]?(?:さん|氏|様|先生|君|くん|ちゃん)")


def lost_given_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``桑原 \ufffd``) where the one lost glyph ``text[start:end]`` is a whole given name of one
    letter: a surname of two to four kanji written whole before it, a space between, that Sudachi reads alone as one
    surname (固有名詞-人名-姓), and an honorific right after the gap, a space between at most (``宮司、桑原 \ufffd さんは``,
    ``監督として知られる長谷川 \ufffd氏``); else ``None``. No common word stands between a surname and its honorific
    (a kana's word there, ``田中 の さん``, has no surname before a space). Fresh-user trials 74b and 74d: both had been
    offered fills (は, 月, と; 彼, 地, 杜).

    >>> s = "宮司、桑原 \ufffd さんは"; lost_given_name(s, s.index(GAP), s.index(GAP) + 1)
    '桑原 \ufffd'
    >>> s = "知られる長谷川 \ufffd氏、"; lost_given_name(s, s.index(GAP), s.index(GAP) + 1)
    '長谷川 \ufffd'
    >>> s = "会場の設営 \ufffdさんが"; lost_given_name(s, s.index(GAP), s.index(GAP) + 1) is None
    True
    """
    from pipeline.sudachi import tokenizer

    if end - start != 1:
        return None
    before, after = _SURNAME_SPACE_BEFORE.search(text[:start]), _HONORIFIC_AFTER_GAP.match(text[end:])
    if before is None or after is None:
        return None
    morphemes = tokenizer("C").tokenize(before.group(1))
    if len(morphemes) != 1 or _person(morphemes[0]) != "姓":
        return None
    return text[before.start(1):end]


# issue 19 points 4 and 6 (helper name75b, fresh-user trial 75b): a person's name in three spaced shapes the rules
# above do not read. Each opens on a regular expression, Sudachi read only where it matches.

_SPACED_LONE_GAP = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}{KATAKANA}{HIRAGANA}々ヶ]))([{KANJI}々ヶ]{{1,4}})([ \u3000]){GAP}[ \u3000]$")
_PERSON_AFTER_LONE_GAP = lazyre.compile(
    f"(?:(?:{HONORIFIC_RE.pattern}|ちゃん|くん|殿)|(?:[{KANJI}]{{0,3}}長|監督|選手|主将|隊員|団員|代表|担当|係|主任|"
    f"{JOB_TITLE_RE.pattern})(?![{KANJI}]))")
"""A post or an honorific after a lone gap set off by spaces (``上野 \ufffd 隊長``, ``森 \ufffd 先生``): any post
ending on 長 (隊長, 組長, 船長: :data:`~pipeline.names.JOB_TITLES` lists offices' posts only) or a post of that list,
ending its word."""


_TOWNS_END = "市町村区県府都道郡"
"""How a municipality's or a prefecture's name ends (桜川市): a place's name so written is no surname."""


def _surname_alone(word: str) -> bool:
    """Sudachi reads ``word`` alone as one surname (人名-姓: 佐藤, 森), or, two letters or more, as one place's name
    (地名: 上野, 千葉, which are surnames as often) not ending as a municipality's (:data:`_TOWNS_END`: 桜川市)."""
    pos = _morpheme_pos(word)
    return len(pos) == 1 and (pos[0][1:4] == ("固有名詞", "人名", "姓") or (
        len(word) >= 2 and pos[0][1:3] == ("固有名詞", "地名") and word[-1] not in _TOWNS_END))


def given_name_lost_before_post(text: str, start: int, end: int) -> str | None:
    """The name as written (``上野 \ufffd``) where the one lost glyph ``text[start:end]`` is a whole given name of one
    letter set off by spaces (ASCII or ideographic) between a surname written whole and a post or an honorific
    (:data:`_PERSON_AFTER_LONE_GAP`: ``上野 \ufffd 隊長が``, ``佐藤　\ufffd　部長``, ``森 \ufffd 先生``): the surname one to
    four kanji after no letter, read by :func:`_surname_alone`; else ``None``. A letter standing alone between spaces
    before a post is a name's; a common word before it (``会長 \ufffd 挨拶``) reads no surname, nor is 挨拶 a post.
    Helper name75b (fresh-user trial 75b's diary: ``上野 \ufffd 隊長`` had been offered は, や, と, の, が).

    >>> s = "上野 \ufffd 隊長が先頭を歩いた。"; given_name_lost_before_post(s, 3, 4)
    '上野 \ufffd'
    >>> s = "会長 \ufffd 挨拶"; given_name_lost_before_post(s, 3, 4) is None
    True
    """
    if end - start != 1 or text[end: end + 1] not in (" ", "\u3000"):
        return None
    before = _SPACED_LONE_GAP.search(text[: end + 1])
    if before is None or before.end() != end + 1 or not _PERSON_AFTER_LONE_GAP.match(text, end + 1):
        return None
    surname = before.group(1)
    if not _surname_alone(surname):
        return None
    return f"{surname}{before.group(2)}{GAP}"


_KANA_GIVEN_NAME = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}{KATAKANA}{HIRAGANA}々ヶ]))([{KANJI}々ヶ]{{1,4}})[ \u3000]([{HIRAGANA}{GAP}]{{2,4}}?)"
    f"((?:{HONORIFIC_RE.pattern}|ちゃん|くん)|(?:が|は|と|も|を|に|へ|の|です)(?:[^{HIRAGANA}{GAP}]|$)"
    f"|(?:[^{KANJI}{KATAKANA}{HIRAGANA}々ヶ{GAP}]|$))")
"""A surname, a space, a given name in hiragana holding the gap, closed by an honorific, by a particle before a letter
of no kana, or by no letter (``千葉 の\ufffdみさんが``, ``加藤 み\ufffdりが司会``, ``山田 さ\ufffdり``; not ``みどり町``,
``港まち会議``: the word goes on)."""


_PARTICLE_LETTERS = "がはをにへのでも"
"""Letters a particle is, which end no given name in kana (あすか, さやか, まなと end on a particle's letter too, kept)."""


def kana_given_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``千葉 の\ufffdみ``) where the one lost glyph ``text[start:end]`` stands in a given name
    written in hiragana after its surname and a space (:data:`_KANA_GIVEN_NAME`): two to four letters, the gap one of
    them and a kana another, closed by an honorific (``高橋 ゆ\ufffdこさん``), or, three letters or more not ending on a
    particle's letter, by a particle or nothing before a letter of no kana (``加藤 み\ufffdりが司会``, ``山田 さ\ufffdり``); the surname written whole, read by
    :func:`_surname_alone`. The model reads the kana as a word's (の\ufffdみ: 読, 飲) and the surname's space does not
    stop it. Not ``の\ufffdみ物`` (no surname and space before it), nor a particle after a surname (``田中 の\ufffdでは``:
    two letters, no honorific). Helper name75b (fresh-user trial 75b: ``千葉 の\ufffdみさん`` offered 読, ぞ, 飲).

    >>> s = "千葉 の\ufffdみさんが手伝ってくれた。"; kana_given_name(s, 4, 5)
    '千葉 の\ufffdみ'
    >>> s = "田中 の\ufffdでは"; kana_given_name(s, 4, 5) is None
    True
    """
    if (found := gap_in_line(text, start, end)) is None:
        return None
    line, at = found
    for m in _KANA_GIVEN_NAME.finditer(line):
        given = m.group(2)
        if not m.start(2) <= at < m.end(2) or given.count(GAP) != 1 or len(given) < 2:
            continue
        if not HONORIFIC_RE.match(m.group(3)) and not m.group(3).startswith(("ちゃん", "くん")) \
                and (len(given) < 3 or given[-1] in _PARTICLE_LETTERS):
            continue  # no honorific: a sentence's particles may follow a surname (``田中 の\ufffdでは``)
        if _surname_alone(m.group(1)):
            return line[m.start(1): m.end(2)]
    return None


PROGRAMME_WORDS = lazyre.compile("高座|出演|演目|(?<!講)演者|寄席|落語|口演|独演会|二人会|襲名|真打|二ツ目|前座|講談|浪曲|歌舞伎|"
                                 "番組|仲入り|中入り|噺|一門|屋号|雅号|画号|画家|書家|絵師|作品展|個展")
"""Words of a programme of performers or of an artists' catalogue (高座, 出演, 演目, 寄席; 雅号, 絵師, 個展); not 主任
(a 寄席's closing act, but an office's post as often: masking name73b's clean lines), nor 講演者 (a lecture's)."""
HOUSE_NAME_ENDS = "亭家屋舎斎庵"
"""How a stage house's name (落語's 亭号: 三遊亭, 柳家, 古今亭, 林家; 歌舞伎's 屋号: 成田屋) or an artist's 号 (〇〇斎, 〇〇庵)
ends."""
_HOUSE_NAME = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}{KATAKANA}々]))([{KANJI}{GAP}]{{1,3}}[{HOUSE_NAME_ENDS}{GAP}])[ \u3000]"
    f"([{KANJI}{HIRAGANA}{KATAKANA}々{GAP}]{{1,4}})(?=[^{KANJI}{KATAKANA}々{GAP}]|$)")
"""A house's name, a space, a performer's given name (``古\ufffd亭 志ん吉が``, ``柳家 小三治``)."""


def performer_name(text: str, start: int, end: int, document: Callable[[], bool] | None = None) -> str | None:
    """The stage name as written (``古\ufffd亭 志ん吉``) where the one lost glyph ``text[start:end]`` stands in a
    performer's or an artist's name of a house's name and a given name parted by a space (:data:`_HOUSE_NAME`: the
    house's name two to four kanji ending on :data:`HOUSE_NAME_ENDS` or on the gap, the given name holding a kanji),
    on a programme (:func:`on_programme`: the gap's line or ``text``; or the document, where ``document()`` says so).
    A house's name holding the gap is the performer's name, the given name written whole (志ん吉), no common word of
    kanji; a given name holding the gap needs the house's name read as a surname (古今亭, 三遊亭; not 落語家, 料亭).
    Not ``本屋 さん`` (an honorific, no given name), ``演目 \ufffd 目``. Helper name75b (fresh-user trial 75b's 寄席
    programme: ``古\ufffd亭 志ん吉`` offered 屋, 料, 今).

    >>> s = "二番手は古\ufffd亭 志ん吉が高座に上がる。"; performer_name(s, 5, 6)
    '古\ufffd亭 志ん吉'
    >>> s = "駅前の料\ufffd 花月で食事"; performer_name(s, 4, 5) is None
    True
    """
    if (found := gap_in_line(text, start, end)) is None:
        return None
    line, at = found
    for m in _HOUSE_NAME.finditer(line):
        house, given = m.group(1), m.group(2)
        if len(given) >= 3 and given[-1] in _PARTICLE_LETTERS:
            given = given[:-1]  # a particle after the name (``小せんが``, ``市楽は``), kana of the name kept (彦いち)
        if not m.start(1) <= at < m.start(2) + len(given) or (house + given).count(GAP) != 1 or len(house) < 2:
            continue
        if HONORIFIC_RE.match(given) or given.startswith(("ちゃん", "くん")) or not KANJI_RE.search(given):
            continue
        if house[0] == GAP and m.start(1) > 0 and re.match(f"[{HIRAGANA}]", line[m.start(1) - 1]):
            continue  # a gap after a kana may close the kana's word (``務める柳亭``'s る)
        after = line[m.start(2) + len(given): m.start(2) + len(given) + 1]
        if given[-1] == GAP and ((re.match(f"[{HIRAGANA}]", after) and after not in _PARTICLE_LETTERS)
                                 or (len(given) > 2 and after in "、。，．,")):
            continue  # a gap closing the given name before a kana or a comma may be a particle (``市楽は、``'s は);
            # before a particle it is the name's (``林家 正\ufffdが``)
        if GAP in house:
            if re.fullmatch(f"[{KANJI}]+", given) and _common_noun(given):
                continue  # a common word of kanji after it (``茶\ufffd 一服``) is no given name
            if _morpheme_pos(given)[0][1] == "数詞":
                continue  # a count after it (``当\ufffd 三千円``: 当日) is no given name
            if house[-1] == GAP and not any(_surname_alone(house[:-1] + end) for end in HOUSE_NAME_ENDS):
                continue  # the house's end lost: one of the ends makes a house's name (柳家; not 日時's 日, 当日's 当)
        elif not (house[-1] in HOUSE_NAME_ENDS and _surname_alone(house)):
            continue
        if on_programme(text) or (document is not None and document()):
            return f"{house}{line[m.end(1)]}{given}"
    return None


def on_programme(text: str) -> bool:
    """``text`` (a line, or a document) is a programme of performers or an artists' catalogue: it holds a
    programme's word (:data:`PROGRAMME_WORDS`) or a house's name written whole before a space and a given name, the
    house read as a surname by Sudachi (``柳家 小三治``)."""
    return bool(PROGRAMME_WORDS.search(text)) or any(
        GAP not in m.group(1) and m.group(1)[-1] in HOUSE_NAME_ENDS and _surname_alone(m.group(1))
        for m in _HOUSE_NAME.finditer(text))


# -- a name told by its other part written whole (helper jnames76, fresh-user trial 76b) -----------------------------
#
# Issue 19 point 4: a lost surname before a given name Sudachi reads as one (``営農指導員の\ufffd本健太郎が``: 日 first,
# 日本 a country), a lost given name after a surname Sudachi reads as one (``課長の原口\ufffd子が``, ``山口\ufffd\ufffdさん``),
# an art name after a surname in an anthology (``青木 \ufffd\ufffd``, ``\ufffd\ufffd 冬青``). Each is read off the
# letters kept beside the gap, never off a fill: the verdict must not depend on which fill ranks first.

GAP_RUN = (1, 2, 3)
"""Lost glyphs in a row these shapes read (a surname's or a given name's letters: one to three)."""
NAME_PART_LETTERS = 4
"""Letters a surname or a given name holds at most, lost and kept together (長谷川, 美和子; 佐々木 with 々)."""
_NOT_A_PERSON = lazyre.compile("[学部科課局院校会所室省庁府県市町村区都道党団社屋店堂館園署]$")
"""How a body's, a place's or a shop's name glued after a surname ends (山田工業所, 山口県, 中村屋さん): no given name."""
_NAME_POST_BEFORE = lazyre.compile(
    f"(?:{JOB_TITLE_RE.pattern}|主宰|選者|同人|顧問|代表|会長|[{KANJI}]{{1,3}}長)[ \u3000]+$")
"""A post before a surname and a space (``主宰　青木 \ufffd\ufffd``): the name that follows is its holder's."""
_SIGNED_LINE = lazyre.compile(
    f"[^ \u3000\t][ \u3000\t]{{2,}}([{KANJI}々{GAP}]{{1,4}})[ \u3000]([{KANJI}{HIRAGANA}{KATAKANA}々{GAP}]{{1,4}})"
    "(?:[ \u3000\t]*$|(?=\u3000[^ \u3000\t]))", re.MULTILINE)
"""An anthology's line: a poem (or any text), two spaces or more, then a name of two parts parted by a space closing
the line (``　露けしや祖父の眼鏡の置きどころ　　中島 千鶴``), or closing it before the next line's indent where
``pipeline restore -`` reads the lines joined (:func:`pipeline.restore._context_lines`)."""


_AN_HONORIFIC = lazyre.compile(f"(?:{HONORIFIC_RE.pattern}|ちゃん|くん|殿)(?![{KANJI}])")


@lru_cache(maxsize=8192)
def _reading(letters: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Sudachi's morphemes of ``letters`` (surface, part of speech), read once per string: a line's windows recur
    over the restorer's passes and the gaps of one line."""
    from pipeline.sudachi import tokenizer

    return tuple((m.surface(), tuple(m.part_of_speech())) for m in tokenizer("C").tokenize(letters))


def _name_pos(pos: tuple[str, ...]) -> str | None:
    """``姓`` or ``名`` where ``pos`` is a person's name's part of speech."""
    return pos[3] if pos[1:3] == ("固有名詞", "人名") and pos[3] in ("姓", "名") else None


GIVEN_WORD_MAX_ZIPF = 5.0
"""A word this common (wordfreq's Zipf) is a common word however Sudachi reads it (結果 5.46 of ``調査結果``, read
査 + 結果 after a lost 調); the commonest given names are rarer (太郎 4.7, 大輔 4.02)."""


def _given_written(word: str) -> bool:
    """``word``, read by Sudachi as a given name, is one: holding a kanji (not ``ロッパ`` of ヨーロッパ), rarer than
    :data:`GIVEN_WORD_MAX_ZIPF`, and :func:`_written_given_name` (the word list holds it) or three kanji ending as
    given names do (源三郎, 美代子: :data:`abstention.GIVEN_NAME_ENDS`), which the list may not hold. Not a word's end
    Sudachi reads as a name (明書 of 証明書, 理人 of 代理人)."""
    from pipeline.restore.evidence.abstention import GIVEN_NAME_ENDS
    from pipeline.restore.resources import word_zipf

    if not KANJI_RE.search(word) or word_zipf().get(word, 0.0) >= GIVEN_WORD_MAX_ZIPF:
        return False
    return _written_given_name(word) or (re.fullmatch(f"[{KANJI}]{{3}}", word) is not None
                                         and word[-1] in GIVEN_NAME_ENDS)


def _name_ends(morphemes, j: int) -> bool:
    """Nothing at ``morphemes[j:]`` goes on with the name before it: the window's end, a particle, a mark, an
    honorific or a verb; not a noun nor a suffix (``真一文字``'s 文字)."""
    if j >= len(morphemes):
        return True
    surface, pos = morphemes[j]
    return pos[0] not in ("名詞", "接頭辞") and not (pos[0] == "接尾辞" and HONORIFIC_RE.match(surface) is None)


def surname_lost_before_given(text: str, start: int, end: int) -> str | None:
    """The name as written (``\ufffd本健太郎``, ``\ufffd\ufffd源三郎``) where the run ``text[start:end]`` of
    :data:`GAP_RUN` lost glyphs opens a surname right before a given name written whole that Sudachi reads as one
    (固有名詞-人名-名, :func:`_given_written`), glued or after one space: the run opens after a letter of no name (a
    kana, a mark, the line's start); the surname's kept letters (up to two kanji, :data:`NAME_PART_LETTERS` with the
    run) stand between; nothing after the given name goes on with it (:func:`_name_ends`). One lost glyph needs a kept
    letter beside it (a word's first letter lost before a name-like end, ``の\ufffd明書``, is read no name). Whatever
    the fills make of it (日本 of ``\ufffd本健太郎``); else ``None``. Helper jnames76 (fresh-user trial 76b).

    >>> s = "営農指導員の\ufffd本健太郎が巡回"; surname_lost_before_given(s, 6, 7)
    '\ufffd本健太郎'
    >>> s = "創業者の\ufffd\ufffd源三郎が"; surname_lost_before_given(s, 4, 6)
    '\ufffd\ufffd源三郎'
    >>> s = "居住の\ufffd明書を"; surname_lost_before_given(s, 3, 4) is None
    True
    """
    n = end - start
    if n not in GAP_RUN or text[start:end] != GAP * n or re.search(f"[{KANJI}{KATAKANA}々ヶ]$", text[:start]):
        return None
    right = re.split(f"[{GAP}\n]", text[end:])[0][:WINDOW + 2]
    spaced = right[:1] in (" ", "\u3000")
    # an ideographic space parts a roster's surname from its given name (``\ufffd　一樹`` in a table of staff, fresh-user
    # trial 76d): there one lost glyph is a one-letter surname's, no word's first letter
    roster = right[:1] == "\u3000"
    if spaced:
        right = right[1:]
    # the surname's kept letters: none, or one or two kanji (``本`` of ``\ufffd本健太郎``), the given name read alone
    # after them (Sudachi reads ``本直樹`` as 本直 and 樹: the split is tried, not taken from its reading)
    for kept in ((0,) if spaced else (0, 1, 2)):
        surname = right[:kept]
        if kept and (not re.fullmatch(f"[{KANJI}々]+", surname) or _NOT_A_PERSON.search(surname)):
            break  # a place's or a body's end before the name-like word (``\ufffd\ufffd県雲南市``) is no surname's
        if n + kept > NAME_PART_LETTERS or (n == 1 and not kept and not roster):
            continue
        if kept == 2 and len(_reading(surname)) == 1 and _name_pos(_reading(surname)[0][1]) == "姓":
            continue  # a surname written whole after the gap (``る\ufffd千葉達也``): the gap may be the word's before
        morphemes = _reading(right[kept:])
        if not morphemes or _name_pos(morphemes[0][1]) != "名":
            continue
        given = morphemes[0][0]
        if _given_written(given) and given[-1] not in _TOWNS_END and _name_ends(morphemes, 1):
            # (a town's end is no given name's: 南市 of ``\ufffd\ufffd\ufffd雲南市``)
            return text[start:end] + (text[end] if spaced else "") + surname + given
    return None


def given_lost_after_surname(text: str, start: int, end: int, anthology: Callable[[], bool] | None = None) -> str | None:
    """The name as written (``原口\ufffd子``, ``山口\ufffd\ufffd``, ``藤井 \ufffd\ufffd庵``) where the run
    ``text[start:end]`` of :data:`GAP_RUN` lost glyphs stands in a given name right after a surname written whole:
    two to four kanji after a letter of no name, Sudachi reading them alone as one surname (:func:`_surname_word`), a
    space between at most, then up to two kept kanji (the given name :data:`NAME_PART_LETTERS` at most), the kept
    letters no body's, place's or shop's end (:data:`_NOT_A_PERSON`: 山口県, 中村屋さん). The name is one where:

    - an honorific follows it (さん, 様, 氏, 先生, 君, ちゃん, くん, 殿: ``山口\ufffd\ufffdさん``, ``藤井 \ufffd\ufffd庵さん``);
    - its kept letters end as a given name does (:data:`abstention.GIVEN_NAME_ENDS`) and nothing goes on with them
      (a particle, a mark: ``原口\ufffd子が``; not ``山本\ufffd子供``);
    - spaced, it closes its line or its bracket after a post and a space (:data:`_NAME_POST_BEFORE`: ``主宰　青木
      \ufffd\ufffd）``), or closes an anthology's line (:data:`_SIGNED_LINE`) where ``anthology()`` says the document
      signs its lines so.

    Whatever the fills; else ``None``. Helper jnames76 (fresh-user trial 76b).

    >>> s = "生産技術課長の原口\ufffd子があたった"; given_lost_after_surname(s, 9, 10)
    '原口\ufffd子'
    >>> s = "東原集落の山口\ufffd\ufffdさんは"; given_lost_after_surname(s, 7, 9)
    '山口\ufffd\ufffd'
    >>> s = "山口\ufffd子供が"; given_lost_after_surname(s, 2, 3) is None
    True
    """
    from pipeline.restore.evidence.abstention import GIVEN_NAME_ENDS

    n = end - start
    if n not in GAP_RUN or text[start:end] != GAP * n:
        return None
    head = re.split(f"[{GAP}\n]", text[:start])[-1]
    m = re.search(f"(?:^|[^{KANJI}{KATAKANA}々ヶ])([{KANJI}々]{{2,4}})([ \u3000]?)$", head)
    if m is None:
        return _one_letter_surname(text, start, end, head)
    tail = re.split("\n", text[end:])[0]
    k = re.match(f"[{KANJI}々]{{0,2}}", tail).group(0)
    k = next((k[:j] for j in range(len(k) + 1) if _AN_HONORIFIC.match(tail, j)), k)  # 先生 is no kept letter
    after = tail[len(k):]
    if re.match(f"[{KANJI}{KATAKANA}{GAP}]", after) and not HONORIFIC_RE.match(after):
        return None  # the run goes on (a longer word, another gap)
    surname = _reading(m.group(1))
    if n + len(k) > NAME_PART_LETTERS or (k and _NOT_A_PERSON.search(k)) or len(surname) != 1 \
            or not (_name_pos(surname[0][1]) == "姓" or (m.group(2) and _spaced_surname(surname[0]))):
        return None
    name = text[m.start(1) - len(head) + start: end] + k
    honorific = _AN_HONORIFIC.match(after)
    if honorific and k and (k in _EVERYONE or (len(_reading(k + honorific.group(0))) == 1
                                               and not _name_pos(_reading(k + honorific.group(0))[0][1]))):
        return None  # everyone's word, or the kept letter and the honorific one word (``皆様``, ``両氏``): no name
    if honorific and (k or n <= 2):
        # three letters lost whole before さん are a shop's or a firm's as often (``船坂\ufffd\ufffd\ufffdさん`` of 酒造店)
        return name
    if k and k[-1] in GIVEN_NAME_ENDS and _name_ends(_reading(after[:WINDOW]), 0) and not m.group(2):
        return name
    if not m.group(2):
        return None
    if re.match("[ \u3000]*(?:$|[）)」』])", after) and _NAME_POST_BEFORE.search(head[: m.start(1)]):
        return name
    if m.group(2) == "\u3000" and not k and re.match("(?:\u3000| {2,}|\t|$)", after):
        # a roster's cell, the surname and an ideographic space before the lost given name, the cell closing after it
        # (``佐藤　\ufffd　　　技術開発部``: fresh-user trial 76d's staff table offered は and の)
        return name
    before = text[:start].rsplit("\n", 1)[-1]
    line = before + text[start:end] + tail
    if anthology is not None and any(s.start(2) <= len(before) < s.end(2) for s in _SIGNED_LINE.finditer(line)) \
            and anthology():
        return name
    return None


def _spaced_surname(morpheme: tuple[str, tuple[str, ...]]) -> bool:
    """A surname set off by a space that Sudachi reads as another proper noun (松下, 固有名詞-一般: a firm's name
    first) though its lexicon holds it as a surname too (人名-姓): the space parts a surname from its given name, which
    a firm's name is not parted from (helper hold77: ``松下 \ufffd\ufffd庵さん`` of /work/regress/in_jnames76 had been
    offered fills)."""
    # 固有名詞-一般 only: a place's name (岡山, 名古屋, 地名 first, a surname's entry too) set off by a space is a table's
    # place cell as often (``岡山　本店``)
    return morpheme[1][1:3] == ("固有名詞", "一般") and _lexicon_surname(morpheme[0])


@lru_cache(maxsize=4096)
def _lexicon_surname(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` whole as a surname (固有名詞-人名-姓), whichever reading it ranks first."""
    from pipeline.sudachi import dictionary

    return any(m.surface() == word and m.part_of_speech()[1:4] == ("固有名詞", "人名", "姓")
               for m in dictionary().lookup(word))


ONE_LETTER_SURNAME_LOST = 2
"""Lost glyphs, exactly, after a surname of one kanji that :func:`_one_letter_surname` reads as a given name: two, a
given name's usual letters (一郎, 花子); one lost glyph after one kanji is a two-letter word as often (皆さん, 奥様)."""


ONE_LETTER_SURNAME_MAX_ZIPF = 5.0
"""A surname of one kanji as common a word as this (wordfreq's Zipf) or more opens common words as often (上 5.75,
中 6.16, 高 5.42, 本 5.71, 新 5.46, 前 5.97, 町 5.39: ``港の町の皆さん``); 林 4.31, 森 4.90, 原 4.50 are read. Measured in
docs/restore.md (*Session 77, hold77*)."""


def _one_letter_surname(text: str, start: int, end: int, head: str) -> str | None:
    """The name as written (``林\ufffd\ufffd``) where exactly :data:`ONE_LETTER_SURNAME_LOST` lost glyphs
    ``text[start:end]`` stand right before an honorific (さん, 様, 氏, 先生, ちゃん …) after a surname of one kanji
    (林, 森, 原) opening after a particle, a mark, a space or the line's start: Sudachi's lexicon holds the kanji as a
    surname (:func:`_lexicon_surname`) and reads it alone as a noun (not a prefix: 各, 両), no common word
    (:data:`ONE_LETTER_SURNAME_MAX_ZIPF`), the honorific no longer word's opening (さんぽ) nor 殿 (御殿): the three
    letters a surname and a given name. Else ``None``. Helper hold77 (jnames76's open ``町内の林\ufffd\ufffdさん``); measured on
    clean text in docs/restore.md (*Session 77, hold77*).

    >>> s = "町内の林\ufffd\ufffdさんが"; _one_letter_surname(s, 4, 6, "町内の林")
    '林\ufffd\ufffd'
    >>> s = "町内の各\ufffd\ufffdさんが"; _one_letter_surname(s, 4, 6, "町内の各") is None
    True
    """
    if end - start != ONE_LETTER_SURNAME_LOST or text[start:end] != GAP * ONE_LETTER_SURNAME_LOST:
        return None
    from pipeline.restore.resources import word_zipf

    m = re.search(f"(?:^|[{HIRAGANA}、。・「（(：: \u3000])([{KANJI}])$", head)
    honorific = _AN_HONORIFIC.match(text, end)
    if m is None or honorific is None or honorific.group(0) == "殿":
        return None  # 殿 closes a building's word as often (御殿, 宮殿)
    if _reading(text[end:end + WINDOW])[0][0] != honorific.group(0):
        return None  # the honorific's letters open a longer word (さんぽ, 散歩)
    letter = m.group(1)
    alone = _reading(letter)
    if len(alone) != 1 or alone[0][1][0] != "名詞" or not _lexicon_surname(letter) \
            or word_zipf().get(letter, 0.0) >= ONE_LETTER_SURNAME_MAX_ZIPF:
        return None
    return letter + text[start:end]


def surname_lost_in_signature(text: str, start: int, end: int, anthology: Callable[[], bool]) -> str | None:
    """The name as written (``\ufffd\ufffd 冬青``) where the run ``text[start:end]`` of :data:`GAP_RUN` lost glyphs is
    a whole surname (up to two kept kanji beside it) closing an anthology's line before a space and an art name or a
    given name (:data:`_SIGNED_LINE`: ``　月今宵誰も知らざる川の音　　　\ufffd\ufffd 冬青``), where ``anthology()`` says
    the document signs its lines so (:func:`signs_lines`); else ``None``. An art name (俳号, 雅号: 冬青, 白雲) is no
    given name to Sudachi: the document's other signatures vouch for the shape. Helper jnames76."""
    n = end - start
    if n not in GAP_RUN or text[start:end] != GAP * n:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    at = start - line_start
    m = next((m for m in _SIGNED_LINE.finditer(line) if m.start(1) <= at < m.end(1)), None)
    if m is None or GAP in m.group(2) or m.group(1).count(GAP) != n or (len(m.group(1)) == 1 and len(m.group(2)) < 2) \
            or not anthology():
        return None  # a lone letter each side of a space is a word spread out (``委　員``, ``山　田　太　郎``) as often
    return f"{m.group(1)}{line[m.end(1)]}{m.group(2)}"


SIGNED_LINES_MIN = 2
"""An anthology's lines signed by a surname and a name (:data:`_SIGNED_LINE`, the surname written whole and read
as one by Sudachi) the document must hold for :func:`signs_lines` to say so."""


def signs_lines(text: str) -> bool:
    """``text`` (a document) signs :data:`SIGNED_LINES_MIN` lines or more as an anthology does: a text, two spaces or
    more, a surname Sudachi reads alone as one (:func:`_surname_alone`), a space and a name (``　露けしや祖父の眼鏡の
    置きどころ　　中島 千鶴``)."""
    count = 0
    for m in _SIGNED_LINE.finditer(text):
        if GAP not in m.group(1) and _surname_alone(m.group(1)):
            count += 1
            if count >= SIGNED_LINES_MIN:
                return True
    return False


# -- a name told by the words a notice sets around it (helper jname77, fresh-user trial 77b) -------------------------
#
# Issue 19 point 4: an obituary's chief mourner (``喪主は次男\ufffd（まこと）さん``), a memorial's late (``故　鈴木　キ\ufffd``),
# a self-introduction (``加わりました佐\ufffdです`` where 佐伯 is written whole), a player's rank (``\ufffd藤　博文六段``), a
# contact before a bracketed telephone (``事務局の遠\ufffd（電話…）``). Each is read off the words around the gap, never
# off a fill but the last (whose fills tell a person's name from an office's short one).

def _run_in_line(text: str, start: int) -> tuple[str, int]:
    """``(line, at)``: the line of ``text`` holding ``text[start]`` and its index there (:func:`gap_in_line` for a run
    of lost glyphs of any length)."""
    from pipeline.restore.evidence.abstention import _line_at

    line_start, line = _line_at(text, start)
    return line, start - line_start


def _run_held_by(text: str, start: int, end: int, pattern, group: int = 1, runs: Sequence[int] = GAP_RUN):
    """``(line, m)``: the line of ``text`` holding the run ``text[start:end]`` of lost glyphs (as many as ``runs``
    allows, nothing else) and the match of ``pattern`` on it whose ``group`` holds the run's first glyph and exactly
    the run's glyphs lost; ``(line, None)`` where none does, ``("", None)`` where the run is no run of lost glyphs.
    The opening each of jname77's shapes reads a gap by."""
    n = end - start
    if n not in runs or text[start:end] != GAP * n:
        return "", None
    line, at = _run_in_line(text, start)
    m = next((m for m in pattern.finditer(line) if m.start(group) <= at < m.end(group)), None)
    return line, (m if m is not None and m.group(group).count(GAP) == n else None)


KIN_WORDS = ("長男", "次男", "三男", "四男", "五男", "長女", "次女", "三女", "四女", "五女", "妻", "夫", "孫", "息子", "娘",
             "父", "母", "兄", "弟", "姉", "妹", "おい", "めい", "甥", "姪", "嫁", "婿", "義父", "義母", "義兄", "義弟", "義姉",
             "義妹", "養子", "養女", "孫娘", "ひ孫", "長男の妻", "二男", "二女")
"""A relative's word an obituary names its chief mourner by (``喪主は長男健太（けんた）さん``)."""
_KIN_NAME = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}々]))(?:{'|'.join(sorted(KIN_WORDS, key=len, reverse=True))})"
    f"([{KANJI}々{GAP}]{{1,4}})[（(]([{HIRAGANA}ー・ ]{{1,12}})[）)]")
"""A relative's word, a name of kanji (the gap among them) and its reading in hiragana in brackets
(``次男\ufffd（まこと）``): an obituary's and a family notice's way of naming a person, never a thing's."""


def kin_named(text: str, start: int, end: int) -> str | None:
    """The name as written (``\ufffd（まこと）``) where the run ``text[start:end]`` of lost glyphs stands in a name of one
    to four kanji right after a relative's word (:data:`KIN_WORDS`, after no kanji: ``喪主は次男``, not ``丈夫``) and
    before its reading in hiragana in brackets (:data:`_KIN_NAME`); else ``None``. An obituary names the chief mourner
    so (``喪主は長男健太（けんた）さん``); whatever the fills. Helper jname77 (fresh-user trial 77b's ``次男\ufffd（まこと）さん``
    offered 茂, 浩, 子, 隆).

    >>> s = "喪主は次男\ufffd（まこと）さん。"; kin_named(s, 5, 6)
    '\ufffd（まこと）'
    >>> s = "丈夫\ufffd（じょうぶ）"; kin_named(s, 2, 3) is None
    True
    >>> s = "喪主はおい\ufffd隆之（たかゆき）さん"; kin_named(s, 5, 6) is None
    True
    """
    line, m = _run_held_by(text, start, end, _KIN_NAME)
    if m is None:
        return None
    kept = m.group(1).lstrip(GAP)
    if m.group(1)[0] == GAP and kept and GAP not in kept and (
            (len(_reading(kept)) == 1 and _name_pos(_reading(kept)[0][1]) == "名") or _given_written(kept)):
        return None  # the kept letters a whole given name, the gap before them a particle's (``おい\ufffd隆之``: おいの)
    return line[m.start(1): m.end()]


_LATE_KATAKANA_NAME = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}{KATAKANA}{HIRAGANA}々]))(?:故|亡)[ \u3000]*([{KANJI}々ヶ]{{1,4}})[ \u3000]+"
    f"([{KATAKANA}{GAP}]{{1,4}}[子江代]?)(?=$|[ \u3000\t]|[（(、,]|{HONORIFIC_RE.pattern})")
"""故 (the late), a surname written whole, a space and a given name in katakana (``故　鈴木　キ\ufffd``), closing its cell."""


def late_katakana_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``鈴木　キ\ufffd``) where the run ``text[start:end]`` of lost glyphs stands in a given name
    in katakana (one to four letters, a kept katakana among them, a 子, 江 or 代 after them at most: キミ, トシ子) after
    故 or 亡 (the late), a surname Sudachi reads alone (:func:`_surname_alone`) and a space, the name closing its cell
    (:data:`_LATE_KATAKANA_NAME`); else ``None``. A memorial's list names the dead so; an older woman's given name is
    often katakana, which no word list holds. Whatever the fills (ー, ル, シ). Helper jname77 (trial 77b's
    ``故　鈴木　キ\ufffd``).

    >>> s = "　故　鈴木　キ\ufffd　　施主　鈴木　康夫"; late_katakana_name(s, 7, 8)
    '鈴木　キ\ufffd'
    >>> s = "故障　キ\ufffd　"; late_katakana_name(s, 4, 5) is None
    True
    """
    line, m = _run_held_by(text, start, end, _LATE_KATAKANA_NAME, 2)
    if m is None or not re.search(f"[{KATAKANA}]", m.group(2)) or not _surname_alone(m.group(1)):
        return None
    return line[m.start(1): m.end(2)]


_SELF_INTRODUCED = lazyre.compile(
    f"(?:^|(?<=[たすのは、。「　 ]))([{KANJI}々{GAP}]{{2,4}})(?=です(?![{HIRAGANA}]{{0,1}}[るれ])|と申します|と申し|でございます)")
"""A run of kanji introducing its speaker (``加わりました佐\ufffdです``, ``担当の佐\ufffdです``, ``\ufffd田と申します``): after
a clause's end (た, す), の, は, a mark or a space, before です, と申します or でございます."""


def self_introduced_surname(text: str, start: int, end: int, document: str) -> str | None:
    """The surname as written (``佐\ufffd``) where the run ``text[start:end]`` of lost glyphs stands in a run of two to
    four kanji introducing its writer (:data:`_SELF_INTRODUCED`: ``委員に加わりました佐\ufffdです``, ``\ufffd田と申します``)
    and ``document`` (the gap's document) writes a word of that shape whole (each lost glyph a kanji), after no kanji,
    that Sudachi reads alone as a surname (:func:`_surname_word`: 佐伯 on the next line), and no word of the shape that
    it does not; else ``None``. A writer names herself so, and the document names her again. Whatever the fills (美,
    藤, 賀). Helper jname77 (fresh-user trial 77b's PTA newsletter: ``佐\ufffdです`` offered 伯, 美, 藤, 賀).

    >>> s = "委員に加わりました佐\ufffdです。"; self_introduced_surname(s, 10, 11, s + "\\n佐伯より")
    '佐\ufffd'
    >>> self_introduced_surname(s, 10, 11, s + "\\n佐伯より、佐賀県") is None
    True
    """
    _, m = _run_held_by(text, start, end, _SELF_INTRODUCED)
    if m is None or not KANJI_RE.search(m.group(1)):
        return None
    run = m.group(1)
    shape = re.compile(f"(?<![{KANJI}々{GAP}])" + "".join(f"[{KANJI}々]" if c == GAP else re.escape(c) for c in run))
    words = {w.group(0) for w in shape.finditer(document)}
    if words and all(_surname_word(w) for w in words):
        return run
    return None


SHOGI_RANKS = lazyre.compile(
    "(?:女流)?(?:[一二三四五六七八九十初]|[0-9０-９]{1,2})(?:段|級)|(?:女流)?名人|竜王|王将|王位|王座|棋聖|棋王|叡王|本因坊|"
    "名誉[^ \u3000]{0,3}|永世[^ \u3000]{0,3}")
"""A player's rank or title (六段, 初段, 名人, 竜王; a go player's too: 本因坊) written after the player's name."""
_RANKED_NAME = lazyre.compile(
    f"(?:^|(?<=[^{KANJI}{KATAKANA}々ヶ]))([{KANJI}々ヶ{GAP}]{{1,4}})[ \u3000]([{KANJI}々]{{1,3}})[ \u3000]?"
    f"(?={SHOGI_RANKS.pattern})")
"""A surname, a space, a given name and a rank (``\ufffd藤　博文六段``, ``佐々木　啓介　四段``)."""


def ranked_surname_lost(text: str, start: int, end: int) -> str | None:
    """The name as written (``\ufffd藤　博文``) where the run ``text[start:end]`` of lost glyphs stands in a surname (two
    to four letters, kept or lost) after no letter of a name, then a space, a given name of kanji Sudachi reads alone as
    one (固有名詞-人名-名, or :func:`_given_written`) and a player's rank (:data:`SHOGI_RANKS`: 六段, 名人), a space
    between at most (:data:`_RANKED_NAME`); else ``None``. A rank follows a player's name only; whatever the fills (遠,
    written whole as another person's 遠藤). Helper jname77 (fresh-user trial 77b's ``日本将棋連盟の\ufffd藤　博文六段``).

    >>> s = "審判長は日本将棋連盟の\ufffd藤　博文六段にお務め"; ranked_surname_lost(s, 11, 12)
    '\ufffd藤　博文'
    >>> s = "の\ufffd藤　会議室六段"; ranked_surname_lost(s, 1, 2) is None
    True
    """
    line, m = _run_held_by(text, start, end, _RANKED_NAME)
    if m is None or len(m.group(1)) < 2:
        return None  # (a surname lost whole, two letters or three, before a given name and a rank: ``\ufffd\ufffd　雅人九段``)
    given = _reading(m.group(2))
    if len(given) != 1 or not (_name_pos(given[0][1]) == "名" or _given_written(m.group(2))):
        return None
    return line[m.start(1): m.end(2)]


_CONTACT_BEFORE_PHONE = lazyre.compile(
    f"(?:(?<=[{KANJI}{KATAKANA}]の)|(?<=[{KANJI}{KATAKANA}][ \u3000]))([{KANJI}々{GAP}]{{2,3}})"
    "(?=[（(][ \u3000]*(?:電話|TEL|Tel|tel|ＴＥＬ|℡|☎|内線|携帯))")
"""An office's or a post's word, の or a space, a short run of kanji and a telephone in brackets (``クラブ事務局の遠\ufffd
（電話045・900・5678）``): the contact who answers, or an office's short name."""


def contact_before_phone(text: str, start: int, end: int) -> str | None:
    """The run of two or three kanji (one lost glyph among them) standing right before a telephone number in brackets
    after an office's or a post's word and の or a space (:data:`_CONTACT_BEFORE_PHONE`: ``クラブ事務局の遠\ufffd（電話
    045・900・5678）``), in running text as on a contact heading's line (:func:`abstention.contact_alone` reads the
    line alone under its heading); else ``None``. The person who answers, or an office's short name (``市役所の窓\ufffd
    （電話…）``): the verdict's fills tell them apart (:func:`abstention.fill_reads_a_name`). Helper jname77 (fresh-user
    trial 77b's ``事務局の遠\ufffd（電話…`` offered 藤 among 路, 隔).

    >>> s = "クラブ事務局の遠\ufffd（電話045・900・5678）まで"; contact_before_phone(s, 8, 9)
    '遠\ufffd'
    """
    _, m = _run_held_by(text, start, end, _CONTACT_BEFORE_PHONE, runs=(1,))
    return m.group(1) if m is not None else None


CREDIT_LABEL = lazyre.compile(
    r"(?:^|(?<=[\s(\[|;,]))(?:(?:[Pp]repared|[Ww]ritten|[Cc]ompiled|[Ii]nspected|[Cc]hecked|[Aa]pproved|[Rr]eviewed|"
    r"[Ss]urveyed|[Ee]dited|[Pp]hotographed|[Ii]llustrated|[Dd]rawn|[Rr]ecorded|[Vv]erified|[Aa]uthori[sz]ed|"
    r"[Ss]ubmitted|[Ii]ssued|[Tt]aken|[Mm]inuted|[Rr]eport(?:ed)?|[Ww]ords|[Pp]hotos?|[Mm]inutes)[ \u00a0]+by|"
    r"[Ss]igned|[Ss]ignature|[Aa]uthor|[Ii]nspector|[Ss]urveyor|[Cc]ompiler|[Cc]lerk|[Ee]ditor|"
    r"[Ss]tatement[ \u00a0]+of|[Ww]itness|[Dd]eclarant|[Aa]pplicant|[Cc]laimant|[Tt]enants?|[Ll]andlords?|"
    r"[Ii]nterviewee|[Ii]nterviewer|[Nn]arrator)[ \u00a0]*:?[ \u00a0]*$")
"""A credit's label before the person it credits (``Prepared by:``, ``Written by``, ``Compiled by``, ``Report by``,
``Inspected by``, ``Signed:``), and a form's label before the person it is about (``Statement of:``, ``Witness:``,
``Tenant:``, ``Interviewee:``: fresh-user trial 77d's witness statement had ``Statement of: Harriet Mo\ufffdsop``
committed from the signature's copy)."""
_CREDITED_NAME = lazyre.compile(
    f"([{HALFWIDTH_LATIN_UPPER}{GAP}][a-z{GAP}'’\\-]*(?:[ \u00a0]+[{HALFWIDTH_LATIN_UPPER}{GAP}][A-Za-z{GAP}'’\\-]*){{1,2}})"
    r"(?=[ \u00a0]*(?:$|[,;(|]|[)\]](?![ \u00a0]*[A-Za-z])|[ \u00a0][-–—][ \u00a0]|[ \u00a0]{2,}|\t|[ \u00a0]+on[ \u00a0]+[0-9]))")
"""Two or three capitalised words (a lost glyph may open one), closing the credit: the line's end, a comma, a
bracket, a dash, a wide space or ``on`` and a date after them; or the bracket a post's label opened closing, no word
after it (``(Captain: Noah Penh\ufffdligon) - 298 points``: helper names78)."""


TEAM_POSTS = frozenset({"captain", "vice-captain", "cox", "coxswain", "coach", "manager", "umpire", "referee",
                        "steward", "organiser", "organizer", "leader", "skipper", "helm", "stroke", "starter",
                        "timekeeper", "judge", "tutor", "teacher", "convenor", "convener", "host", "compere",
                        "winner", "runner-up"})
"""A team's, a club's or an event's posts and places a name follows after a colon (``(Captain: Noah Penhaligon)``,
``Cox: Ellie Tregunna``, ``Umpire: Mrs Deborah Kingsley``), beside the offices of :data:`pipeline.names.JOB_TITLES_EN`
and :data:`pipeline.english_words.NAME_POSTS` (helper names78, fresh-user trial 78b's sports day)."""
_POST_LABEL = lazyre.compile(r"(?:^|(?<=[\s(\[|;,]))([A-Z][a-z]+(?:-[a-z]+)?)[ \u00a0]*:[ \u00a0]*$")


def post_label(head: str) -> bool:
    """``head`` (the line before a name) ends on a post's label and its colon: a capitalised word of
    :data:`TEAM_POSTS`, :data:`pipeline.names.JOB_TITLES_EN` or :data:`pipeline.english_words.NAME_POSTS`, a qualifier
    before it allowed (``Regatta Secretary:``, ``(Captain:``, ``House Captain:``). A post names its holder, as a
    credit's label does (:func:`credited_name`).

    >>> post_label("2nd Ash House (Captain: "), post_label("Regatta Secretary: "), post_label("Venue: ")
    (True, True, False)
    """
    from pipeline.english_words import NAME_POSTS
    from pipeline.names import JOB_TITLES_EN

    m = _POST_LABEL.search(head)
    if m is None:
        return False
    post = m.group(1).casefold()
    return post in TEAM_POSTS or post in NAME_POSTS or post in {t.casefold() for t in JOB_TITLES_EN}


_NAME_RUN_WORD = f"[{HALFWIDTH_LATIN_UPPER}{GAP}][a-z\u00df-\u00f6\u00f8-\u00ff{GAP}]+(?:-[{HALFWIDTH_LATIN_UPPER}{GAP}][a-z{GAP}]+)?"
_GIVEN_NAME_RUN = lazyre.compile(
    f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])([{HALFWIDTH_LATIN_UPPER}][a-z]+(?:[ \u00a0]+{_NAME_RUN_WORD}){{2,3}})"
    f"(?![{HALFWIDTH_LATIN}{GAP}'’\\-]|[ \u00a0]+[{HALFWIDTH_LATIN_UPPER}{GAP}])")
"""Three or four capitalised words on one line, the first written whole, no capitalised word right after: a
:func:`given_name_run`'s shape."""
_CAPITALISED_BEFORE = lazyre.compile(f"([{HALFWIDTH_LATIN_UPPER}][{HALFWIDTH_LATIN}]*\\.?)[ \u00a0]+$")


def _common_word(word: str) -> bool:
    """``word`` (one lost glyph in it at most, read with its commonest letter) is a common English word: WordNet lists
    it and it is no rarer than :data:`abstention.CITED_NAME_MAX_ZIPF` (``Egg``, ``Hunt``; not ``Villiers``,
    ``Sargent``)."""
    from pipeline.restore.evidence.abstention import CITED_NAME_MAX_ZIPF, _commonest_reading, _english_word
    from pipeline.segment.names import zipf

    read = _commonest_reading(word) if word.count(GAP) == 1 else word
    return GAP not in read and _english_word(read) and zipf(read.casefold()) >= CITED_NAME_MAX_ZIPF


def given_name_run(text: str, start: int, end: int) -> str | None:
    """The run as written (``Charles Villiers Stan\ufffdord``) where the lost glyphs ``text[start:end]`` (one or
    two) stand in a word after the first of a run of three or four capitalised words that opens on a given name of the
    US Census and closes at its last capitalised word: one person's name, its middle names between (``Wolfgang
    Amadeus Mozart``, ``Ralph Vaughan Williams``), every gap of it held; else ``None``. The run opens the name: no
    capitalised word before it but a title (``Sir``, ``Dr``: ``The Charles Dickens Museum`` is none), the given name
    no month; it is shaped as a person's name (:func:`_life_name_shaped` with the census: no reading of a word a place's,
    an event's or a body's kind, ``George Washington Bridge``, ``Grace Church Hall``), no firm's word
    (:data:`FIRM_WORDS`), not every word after the given name a common English word (:func:`_common_word`:
    ``Easter Egg Hunt``), and segment reads it as a person's name (``Jack Russell Terrier`` is none).

    Why (helper enlex79, fresh-user trial 79b): ``Magnificat in G, Charles Villiers Stan\ufffdord`` was committed
    ``f`` at 0.992 from *Stanford* a line down and the word list: the census rule
    (:func:`abstention.english_name_beside`) reads only the word right after the given name or right before the
    surname, and *Villiers* is neither.

    >>> s = "Magnificat in G, Charles Villiers Stan\ufffdord"; given_name_run(s, 38, 39)
    'Charles Villiers Stan\ufffdord'
    >>> s = "Stan\ufffdord University"; given_name_run(s, 4, 5) is None
    True
    >>> s = "at the George Washington Bri\ufffdge today"; given_name_run(s, 28, 29) is None
    True
    """
    from pipeline.english_words import NAME_TITLES
    from pipeline.restore.evidence.abstention import _MONTHS, _census_given, _english_person_name

    if not 0 < end - start <= 2:
        return None
    line, at = _run_in_line(text, start)
    # the run may open on any capitalised word before the gap's (a title before it is one: ``Sir Charles …``)
    opens = [w.start() for w in re.finditer(f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-.])[{HALFWIDTH_LATIN_UPPER}]", line[:at])]
    for m in (_GIVEN_NAME_RUN.match(line, i) for i in opens[-3:]):
        if m is None or not m.start(1) <= at < m.end(1) or not _census_given(m.group(1).split()[0]):
            continue
        run = m.group(1)
        words = run.split()
        if at < m.start(1) + len(words[0]) or run.count(GAP) != end - start or words[0].casefold() in _MONTHS:
            return None  # the given name's own gap is the census rules' (abstention.english_name_beside)
        head = line[: m.start(1)]
        before = _CAPITALISED_BEFORE.search(head)
        if before is not None and before.group(1).rstrip(".") not in NAME_TITLES \
                and before.group(1).rstrip(".").casefold() not in LIFE_NAME_TITLES:
            return None  # the run goes on a name opened before it (a place's, a body's, a title's)
        if _life_name_shaped(head, run, census=True) and _english_person_name(run) \
                and not any(r.casefold() in FIRM_WORDS for w in words for r in _readings(w)) \
                and not all(_common_word(w) for w in words[1:]):
            return run
        return None
    return None


FIRM_WORDS = frozenset({"ltd", "limited", "plc", "llp", "llc", "inc", "co", "company", "council", "trust", "agency",
                        "associates", "partners", "partnership", "services", "surveys", "lettings", "estates", "group",
                        "consulting", "consultants", "chemicals", "properties", "homes", "management", "solutions",
                        "society", "club", "school", "college", "university", "department", "office", "team",
                        "committee", "board", "authority", "association", "institute", "foundation", "studio", "studios",
                        "press", "media", "design", "architects", "surveyors", "solicitors", "accountants", "agents",
                        "lettings", "sales", "systems", "industries", "engineering", "laboratories", "labs", "unit",
                        "centre", "center", "service", "works", "hall", "church", "parish", "staff", "volunteers"})
"""A firm's or a body's word (``Cotswold Lettings Ltd``, ``Harwood Chemicals``): a credit naming it names no person."""


def credited_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``Fenella Da\ufffdes``) where the lost glyphs ``text[start:end]`` stand in two or three
    capitalised words right after a credit's label (:data:`CREDIT_LABEL`: ``Prepared by: Fenella Da\ufffdes, Cotswold
    Lettings Ltd``, ``Signed: Jo Ha\ufffdley``) and closing the credit (:data:`_CREDITED_NAME`), the words shaped as a
    person's name (:func:`_life_name_shaped`: the first a given name or an initial, no word a place's or an event's
    kind, no town) and none a firm's or a body's (:data:`FIRM_WORDS`, for any letter in its gap: ``Harwood
    Chem\ufffdcals Ltd``); else ``None``. A credit names a person or a firm. Helper jname77 (fresh-user trial 77's
    inventory: ``Da\ufffdes`` offered t, r, n, w).

    >>> s = "Prepared by: Fenella Da\ufffdes, Cotswold Lettings Ltd"; credited_name(s, 23, 24)
    'Fenella Da\ufffdes'
    >>> s = "Prepared by: Cotswold Le\ufffdtings Ltd"; credited_name(s, 24, 25) is None
    True
    >>> s = "Prepared by: Harwood Chem\ufffdcals Ltd"; credited_name(s, 25, 26) is None
    True
    """
    line, at = _run_in_line(text, start)
    for m in _CREDITED_NAME.finditer(line):
        if not m.start(1) <= at < m.end(1):
            continue
        head = line[: m.start(1)]
        name = m.group(1)
        if (CREDIT_LABEL.search(head) is None and not post_label(head)) or name.count(GAP) != end - start \
                or end - start > 2:
            return None
        if _life_name_shaped(head, name) and not any(r.casefold() in FIRM_WORDS for w in name.split()
                                                     for r in _readings(w)):
            return name
        return None
    return None


_ROSTER_CELL = lazyre.compile(f"[{KANJI}{KATAKANA}{HIRAGANA}々ヶ{GAP}]{{1,4}}")
ROSTER_PAIRS_MIN = 2
"""Cells of a row, paired a surname and a given name written whole, a roster split at its names' spaces shows."""


def split_roster_cell(text: str, start: int, end: int) -> str | None:
    """The name as written (``村井\\t早\ufffd``) where the lost glyphs ``text[start:end]`` stand in a TAB-parted cell
    of a row whose cells pair up as a surname (:func:`_surname_alone`) and a given name (a person's name to Sudachi,
    :func:`abstention._person_name_word`), :data:`ROSTER_PAIRS_MIN` pairs or more written whole, the gap's cell one of
    a pair in the same places (``1月\\t佐々木\\t和子\\t高野\\t勇\\t村井\\t早\ufffd``): a duty roster whose names' spaces a
    reader split into cells (clean's :func:`pipeline.clean.tables._without_name_spaces` keeps the names whole where
    the row's own TABs part them; a dump that parts every cell by one space is split so still). The cell's kept
    letters or its pair's other cell need not read as a name; else ``None``. Helper jname77 (fresh-user trial 77's
    回覧板: ``早\ufffd`` offered 速, 朝).

    >>> s = "1月\\t佐々木\\t和子\\t高野\\t勇\\t村井\\t早\ufffd\\t石田\\t康弘"; split_roster_cell(s, s.index(GAP), s.index(GAP) + 1)
    '村井\\t早\ufffd'
    >>> s = "1月\\t早\ufffd\\t晴れ\\t曇り"; split_roster_cell(s, s.index(GAP), s.index(GAP) + 1) is None
    True
    """
    from pipeline.restore.evidence.abstention import _person_name_word

    line, at = _run_in_line(text, start)
    if "\t" not in line:
        return None
    cells, bounds, pos = line.split("\t"), [], 0
    for cell in cells:
        bounds.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    c = next((k for k, (a, b) in enumerate(bounds) if a <= at < b), None)
    if c is None or _ROSTER_CELL.fullmatch(cells[c]) is None or cells[c].count(GAP) != end - start \
            or cells[c] == GAP * (end - start) and end - start > 2:
        return None
    for parity in (0, 1):
        pairs = [(k, k + 1) for k in range(parity, len(cells) - 1, 2)]
        whole = sum(1 for a, b in pairs if GAP not in cells[a] + cells[b] and _ROSTER_CELL.fullmatch(cells[a])
                    and _ROSTER_CELL.fullmatch(cells[b]) and _surname_alone(cells[a]) and _person_name_word(cells[b]))
        mine = next(((a, b) for a, b in pairs if c in (a, b)), None)
        if whole >= ROSTER_PAIRS_MIN and mine is not None and _ROSTER_CELL.fullmatch(cells[mine[0] if c == mine[1]
                                                                                          else mine[1]]):
            return f"{cells[mine[0]]}\t{cells[mine[1]]}"
    return None


OFFICE_WORD_ENDS = "口付部所局係店社室課館署場"
"""How an office's or a counter's common word ends (窓口, 受付, 本部, 事務所, 支店): a contact's short name before a
telephone in brackets may be one."""


def fills_an_office(run: str, fills: Sequence[str]) -> bool:
    """One of the first three ``fills`` (kanji) makes ``run`` (a contact's run, one lost glyph:
    :func:`contact_before_phone`) a common word Sudachi reads alone as one that ends as an office's or a counter's does
    (:data:`OFFICE_WORD_ENDS`: 窓口 of ``窓\ufffd``, 受付); else ``False``: the run is then the person who answers.

    >>> fills_an_office("窓\ufffd", ["口", "際"]), fills_an_office("遠\ufffd", ["路", "隔", "征"])
    (True, False)
    """
    for fill in fills[:3]:
        if not fill or not re.fullmatch(f"[{KANJI}]+", fill):
            continue
        word = run.replace(GAP, fill)
        if word[-1] in OFFICE_WORD_ENDS and _common_noun(word):
            return True
    return False


_SPEECH_CUE = lazyre.compile(f"[ \\t]*([{HALFWIDTH_LATIN_UPPER}{GAP}][{HALFWIDTH_LATIN_UPPER}{GAP}'’\\-]+"
                             f"(?:[ \u00a0][{HALFWIDTH_LATIN_UPPER}{GAP}][{HALFWIDTH_LATIN_UPPER}{GAP}'’\\-]*){{0,2}})[ \u00a0]*:[ \u00a0]")
"""A script's speech cue at a line's start: a speaker's name in capitals (one to three words, a lost glyph in them or
not), a colon and the speech (``EDITH: Well?``, ``OSWALD PRENDERGAST: …``)."""
_TURN_AFTER = lazyre.compile(r"[.!?…][\"”’')]?[ \u00a0]+")
"""A sentence's end and the space after it, where a joined paragraph's next turn opens."""
MIN_CUE_TURNS = 2
"""Lines each of two cue words at least opens (:func:`speech_cue_name`): a script's turns, not one label's."""


def speech_cue_name(text: str, start: int, end: int, document: str) -> str | None:
    """The cue as written (``ED\\ufffdTH``) where the run ``text[start:end]`` of lost glyphs stands in a script's speech
    cue (:data:`_SPEECH_CUE`) and ``document`` is a script: two cue words or more each open :data:`MIN_CUE_TURNS` lines
    or more written whole; else ``None``. A cue names the character who speaks, a person's name whatever the script
    writes elsewhere (fresh-user trial 77d's one-act play had ``ED\\ufffdTH: Well?`` and ``OSWAL\\ufffd: …`` committed
    from the cues written whole sixteen times): never filled nor offered.

    >>> doc = "EDITH: Evening.\\nOSWALD: Evening, Edith.\\nEDITH: Cold.\\nOSWALD: It is.\\nED\\ufffdTH: Well?"
    >>> speech_cue_name("ED\\ufffdTH: Well?", 2, 3, doc)
    'ED\\ufffdTH'
    >>> speech_cue_name("NO\\ufffdE: keep the door shut.", 2, 3, "NOTE: one.\\nNO\\ufffdE: keep the door shut.") is None
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    # the cue opens its line, or a turn a paragraph joined after the last one's sentence (``… in it. OSWAL\ufffd: I``)
    opening = max(line_start, max((m.end() for m in _TURN_AFTER.finditer(text, line_start, start)), default=line_start))
    m = _SPEECH_CUE.match(text, opening)
    if m is None or not m.start(1) <= start < m.end(1) or GAP * (end - start) != text[start:end]:
        return None
    turns: dict[str, int] = {}
    for line in document.split("\n"):
        cue = _SPEECH_CUE.match(line)
        if cue is not None and GAP not in cue.group(1):
            turns[cue.group(1)] = turns.get(cue.group(1), 0) + 1
    return m.group(1) if sum(1 for n in turns.values() if n >= MIN_CUE_TURNS) >= 2 else None


# -- a name told by a school's class label or a list of names (helper jname78, fresh-user trial 77d) -----------------
#
# Issue 19 point 4: a school anthology's author line (``六年一組 \ufffd鍋 陽斗``: 小, お, 真 had been offered; 陽斗 is no
# given name to Sudachi) and a haiku sheet's voters (``宗一・香苗・千代・い\ufffd``: the verb's く, る had been offered).

_CLASS_NUMBER = "[一二三四五六七八九十1-9１-９]"
_CLASS_MARK = "[一二三四五六七八九十1-9１-９A-ZＡ-Ｚ]"
CLASS_LABEL = (f"(?:(?:高等部|中等部|中学部|小学部|初等部|高等科|中学|高校){_CLASS_NUMBER}{{1,2}}年(?:{_CLASS_MARK}{{1,2}}組)?"
               f"|{_CLASS_NUMBER}{{1,2}}年{_CLASS_MARK}{{1,2}}組|{_CLASS_NUMBER}{{1,2}}年生)"
               f"(?:{_CLASS_NUMBER}{{1,2}}番)?")
"""A school's class or grade label (六年一組, 3年2組, 二年B組, 高等部1年, 五年生, 3年2組15番): a year and a class, a
division and a year, or a year's pupils. A bare year (``六年``) is a date's as often (令和六年) and is not read."""
CLASS_POSTS = "担任|副担任|学級担任|学年主任|学級委員|代表|児童代表|生徒代表"
"""A post between a class label and its holder's name (``六年一組 担任 日高 俊介``)."""
_CLASS_NAME_LINE = lazyre.compile(
    f"^[ \u3000\t]*(?:[^\n]*?[校園][ \u3000]+)?{CLASS_LABEL}(?:[ \u3000]+(?:{CLASS_POSTS}))?[ \u3000]+"
    f"(?P<name>[{KANJI}々{GAP}]{{1,4}}[ \u3000][{KANJI}{HIRAGANA}{KATAKANA}々{GAP}]{{1,4}})[ \u3000\t]*$")
"""A line naming a pupil or a teacher after a class label (:data:`CLASS_LABEL`; a school's name and a post may stand
around it), the name closing the line: a surname and a given name parted by a space (``六年一組 \ufffd鍋 陽斗``). A
glued run (``3年2組 真鍋陽斗``) is not read: a class's own title is as often (``3年2組 学級通信``)."""


def class_labelled_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``\ufffd鍋 陽斗``) where the run ``text[start:end]`` of :data:`GAP_RUN` lost glyphs stands
    in the name closing a line after a school's class label (:data:`_CLASS_NAME_LINE`: an anthology's author line, a
    roll's row); else ``None``. The label marks the person as an honorific does, whatever the fills or Sudachi make
    of the given name (陽斗, a given name no word list holds). Helper jname78 (fresh-user trial 77d had offered 小, お,
    真 for ``六年一組 \ufffd鍋 陽斗``); measured on clean text in docs/restore.md (*Session 78, jname78*).

    >>> s = "修学旅行の思い出\\n六年一組 \ufffd鍋 陽斗\\nぼくが"; class_labelled_name(s, 14, 15)
    '\ufffd鍋 陽斗'
    >>> class_labelled_name("令和六年 \ufffd鍋 陽斗", 5, 6) is None
    True
    """
    _, m = _run_held_by(text, start, end, _CLASS_NAME_LINE, group="name")
    return m.group("name") if m is not None else None


NAME_LIST_LABELS = ("選者", "互選", "出席者", "出席", "参加者", "欠席者", "欠席", "投句者", "同人", "入選者", "受賞者",
                    "発言者", "委員", "役員", "講師", "出演")
"""A label a list of people follows (``選者：…``, ``出席者　…``): its items are persons whatever Sudachi reads them as."""
_LIST_ITEM = f"[{KANJI}{HIRAGANA}{KATAKANA}々ー{GAP}]"
_DOT_LIST = lazyre.compile(f"(?<!{_LIST_ITEM})(?:{_LIST_ITEM}{{1,5}}・){{2,}}{_LIST_ITEM}{{1,5}}(?!{_LIST_ITEM}|・)")
"""Three items or more of one to five letters joined by ・ (``宗一・香苗・千代・いく``)."""
LISTED_NAMES_MIN = 2
"""Items of the list, written whole, that Sudachi reads alone as a person's name (固有名詞-人名) for the list to be
one of names: at least this many, and at least half of the items written whole."""


def _item_names(item: str) -> str | None:
    """``姓`` or ``名`` where ``item`` is one morpheme Sudachi reads as a person's name (固有名詞-人名-姓 or -名)."""
    reading = _reading(item)
    return _name_pos(reading[0][1]) if len(reading) == 1 else None


def listed_name(text: str, start: int, end: int) -> str | None:
    """The item as written (``い\ufffd``) where the run ``text[start:end]`` of :data:`GAP_RUN` lost glyphs stands
    in one item of a list joined by ・ (:data:`_DOT_LIST`) whose other items are names: :data:`LISTED_NAMES_MIN` or
    more of them, and half or more of those written whole, are read by Sudachi alone as a person's name
    (:func:`_item_names`), one of them a given name (towns' names are surnames too: ``桐生・足利・佐野``), or the list
    follows a label of people (:data:`NAME_LIST_LABELS`: 選者, 出席者, 欠席 …).
    A haiku sheet's voters, a meeting's attendance: a pen name in kana (いく) is a verb's letters to the model.
    Else ``None``. Helper jname78 (fresh-user trial 77d had offered く, る for ``宗一・香苗・千代・い\ufffd``);
    measured on clean text in docs/restore.md (*Session 78, jname78*).

    >>> listed_name("（四点）宗一・香苗・千代・い\ufffd", 14, 15)
    'い\ufffd'
    >>> listed_name("りんご・みかん・ぶ\ufffdう", 9, 10) is None
    True
    """
    line, m = _run_held_by(text, start, end, _DOT_LIST, group=0)
    if m is None:
        return None
    at = _run_in_line(text, start)[1]
    items, offset, mine = m.group(0).split("・"), m.start(), None
    for item in items:
        if offset <= at < offset + len(item):
            mine = item
        offset += len(item) + 1
    if mine is None or len(mine) > NAME_PART_LETTERS:
        return None
    whole = [_item_names(item) for item in items if GAP not in item]
    named = sum(1 for part in whole if part is not None)
    # surnames alone may be towns' names as well (桐生・足利・佐野, read 姓 first): a given name among them says persons
    if named >= LISTED_NAMES_MIN and 2 * named >= len(whole) and "名" in whole:
        return mine
    head = re.sub("[ \u3000\t:：（）()【】「」]+$", "", line[: m.start()])
    return mine if head.endswith(NAME_LIST_LABELS) else None


_PAIR_LINE = lazyre.compile(f"^[ \u3000\t]*(?P<name>[{KANJI}々{GAP}]{{1,3}}[ \u3000][{KANJI}々{GAP}]{{1,3}})[ \u3000\t]*$")
"""A line holding only two short runs of kanji parted by one space (``\ufffd鍋 陽斗``): a byline's surname and given
name."""
TITLE_LINE_MAX = 30
"""Letters a piece's title line holds at most (``修学旅行の思い出``); a longer line is a paragraph's."""
_TITLE_END = lazyre.compile("[。、．，.,:：;；）)」』]$")
"""How a title line does not end: a sentence's or a clause's mark, a colon, a closing bracket."""
_PROSE_LINE = lazyre.compile("[。．！？!?]")
"""A mark only a sentence holds: the line under a byline opens the piece's prose."""


def name_under_title(text: str, start: int, end: int, document: str) -> str | None:
    """The name as written (``\ufffd鍋 陽斗``) where the run ``text[start:end]`` of :data:`GAP_RUN` lost glyphs stands
    in a line of two short runs of kanji parted by a space and nothing else (:data:`_PAIR_LINE`) that ``document``
    sets as a byline (one part two letters or more): the line above it (no blank between) a title (:data:`TITLE_LINE_MAX` letters at most, no
    sentence's or clause's mark closing it, no byline itself), the line under it prose (a sentence's mark,
    :data:`_PROSE_LINE`). An anthology's or a bulletin's piece signed by its writer; else ``None``. Helper jname78
    (fresh-user trial 77d's ``六年一組 \ufffd鍋 陽斗`` without its class); measured on clean text in docs/restore.md
    (*Session 78, jname78*).

    >>> doc = "修学旅行の思い出\\n\ufffd鍋 陽斗\\nぼくが一番心に残っているのは東大寺です。"
    >>> name_under_title(doc, 9, 10, doc)
    '\ufffd鍋 陽斗'
    >>> doc = "修学旅行の思い出\\n\ufffd鍋 陽斗"; name_under_title(doc, 9, 10, doc) is None
    True
    """
    line, m = _run_held_by(text, start, end, _PAIR_LINE, group="name")
    if m is None or max(len(part) for part in re.split("[ \u3000]", m.group("name"))) < 2:
        return None  # a lone letter each side of a space is a heading spread out (``主　文`` of a judgment) as often
    lines = document.split("\n")
    for i, other in enumerate(lines):
        if other.strip() != line.strip() or not 0 < i < len(lines) - 1:
            continue
        above, below = lines[i - 1].strip(), lines[i + 1].strip()
        if above and len(above) <= TITLE_LINE_MAX and not _TITLE_END.search(above) \
                and not _PAIR_LINE.match(above) and _PROSE_LINE.search(below):
            return m.group("name")
    return None


# -- a name told by its shape after a role or a label (helper names80, fresh-user trial 80b) --------------------------
#
# Issue 19 point 4: the rule "a person's name is never filled, and no candidates are offered for it" must not hang on a
# list of posts. Trial 80b offered fills for ``監修：料理研究家　\ufffd田 \ufffd子``, ``品質保証責任者　\ufffd\ufffd木 \ufffd``,
# ``被告　\ufffd本 \ufffd\ufffd`` (the given name offered the presiding judge's 正明 from another line) and ``（文・写真
# \ufffd木 \ufffd\ufffd　／　資料提供　\ufffd村 真\ufffd）``: a role or a label no list holds, then a surname and a given name
# parted by a space, closing the line, its brackets or its part of a line parted by ／.

_ROLE_PAIR = lazyre.compile(
    f"^(?:[^\n]*[。．！？）)」』])?[ \u3000\t]*(?:[^：:\n。）)」』]{{0,20}}[：:][ \u3000\t]*)?"
    f"(?P<role>[{KANJI}{KATAKANA}ー々・]{{1,12}})(?:[ \u3000\t]*[：:][ \u3000\t]*|[ \u3000\t]+)"
    f"(?P<name>[{KANJI}{KATAKANA}々{GAP}]{{1,3}}[ \u3000][{KANJI}{HIRAGANA}{KATAKANA}々{GAP}]{{1,3}})"
    f"(?:[（(][^（）()\n]{{1,40}}[）)](?:[ \u3000\t]+[0-9０-９,，]{{1,7}}[^ \u3000\t0-9０-９]{{0,2}})?)?[ \u3000\t]*$")
"""A line's (or a bracket's, or a ／-parted part's) whole text, or its text after a sentence or brackets closed
(restore reads a paragraph's lines joined: ``…土日祝を除く）品質保証責任者　\ufffd\ufffd木 \ufffd``): an optional label and its colon, a role of kanji or
katakana (``被告``, ``料理研究家``, ``文・写真``; no hiragana: no clause of prose), a colon or a space, then two short
runs parted by one space (a surname of kanji or katakana, one to three letters; a given name of one to three letters,
hiragana allowed) closing it, or closing it before the person's body in brackets and a count after it (``当選　吉田
��（関西環境技術研究所）　 701票``: an election's results, fresh-user trial 80d)."""
_PART_SPLIT = lazyre.compile("[／/｜|]")
"""What parts one line into several credits (``文・写真　…　／　資料提供　…``)."""
_BODY_END = lazyre.compile("[県府課係局庁省者員]$")
"""How a part ends that names an office, a place's kind or a role (``広報課``, ``浙江省``, ``担当者``), never a
surname's nor a given name's letter at its end."""
_LONG_BODY_END = lazyre.compile("^..+[市町村区都道部所室寺院館園社校報]$")
"""How a part of three letters or more ends that names a place, a body or a publication (``杭州市``, ``総務部``,
``西福寺``); two-letter surnames end so too (中村, 阿部, 高市, 大町), so a shorter part is not read by its end."""


def _part_not_a_name(part: str) -> bool:
    """``part`` (its kept letters; a lost glyph as :data:`GAP`) is no surname nor given name. Written whole: one word
    to Sudachi of two letters or more that is no person's name and that its lexicon holds as none (``会館``,
    ``東京``), or read with a place's name or a suffix in it (``杭州市``, ``寺報``), or, whatever Sudachi reads, a
    one-letter place's kind (``都`` of ``東京 都``); its last letter kept: an office's, a place's or a role's end
    (:data:`_BODY_END`, :data:`_LONG_BODY_END`: ``総\ufffd部``)."""
    if not part or _BODY_END.search(part) or _LONG_BODY_END.search(part):
        return GAP in part or not _lexicon_person(part)
    if GAP in part:
        return False
    if len(part) == 1:
        return part in "都道府県市区町村郡部課局室庁署"
    if _lexicon_person(part):
        return False
    reading = _reading(part)
    if len(reading) == 1:
        return _name_pos(reading[0][1]) is None
    return any(pos[1:3] == ("固有名詞", "地名") or pos[0] == "接尾辞" for _, pos in reading)


@lru_cache(maxsize=4096)
def _lexicon_person(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` whole as a person's name (固有名詞-人名), whichever reading it ranks first."""
    from pipeline.sudachi import dictionary

    return any(m.surface() == word and m.part_of_speech()[1:3] == ("固有名詞", "人名") for m in dictionary().lookup(word))


def role_pair_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``\ufffd田 \ufffd子``) where the run ``text[start:end]`` of :data:`GAP_RUN` lost glyphs stands
    in a pair of two short runs parted by one space that closes its line, its brackets or its ／-parted part after a
    role or a label (:data:`_ROLE_PAIR`: ``被告　\ufffd本 \ufffd\ufffd``, ``監修：料理研究家　\ufffd田 \ufffd子``, ``（文・写真
    \ufffd木 \ufffd\ufffd　／　資料提供　\ufffd村 真\ufffd）``); else ``None``. The shape marks the person whatever the role
    (no list of posts holds 料理研究家 or 被告) and whatever the fills. Not where a part written whole is no person's
    name part (:func:`_part_not_a_name`: ``所在地　東\ufffd 都``, ``会場　市\ufffd 会館``). Helper names80 (fresh-user trial
    80b); measured on clean text in docs/restore.md (*Session 80, names80*).

    >>> role_pair_name("被告　\ufffd本 \ufffd\ufffd", 3, 4), role_pair_name("被告　\ufffd本 \ufffd\ufffd", 6, 8)
    ('\ufffd本 \ufffd\ufffd', '\ufffd本 \ufffd\ufffd')
    >>> s = "（文・写真　\ufffd木 \ufffd\ufffd　／　資料提供　\ufffd村 真\ufffd）"; role_pair_name(s, s.rindex(GAP), s.rindex(GAP) + 1)
    '\ufffd村 真\ufffd'
    >>> role_pair_name("所在地　東\ufffd 都", 5, 6) is None, role_pair_name("会場　市\ufffd 会館", 4, 5) is None
    (True, True)
    >>> role_pair_name("本日は\ufffd田 花子", 3, 4) is None  # prose before the pair: no role
    True
    >>> s = "当選　吉田 \ufffd\ufffd（関西環境技術研究所）　 701票"; role_pair_name(s, 6, 8)
    '吉田 \ufffd\ufffd'
    >>> role_pair_name("会場　市\ufffd 会館（駅前）", 4, 5) is None
    True
    """
    n = end - start
    if n not in GAP_RUN or text[start:end] != GAP * n:
        return None
    line, at = _run_in_line(text, start)
    from pipeline.restore.evidence.abstention import _brackets_at

    if (inner := _brackets_at(line, at)) is not None:
        at, line = at - inner[0], inner[1]
    offset = 0
    for part in _PART_SPLIT.split(line):
        if offset <= at < offset + len(part):
            break
        offset += len(part) + 1
    else:
        return None
    m = _ROLE_PAIR.match(part)
    at -= offset
    if m is None or not m.start("name") <= at < m.end("name") or m.group("name").count(GAP) < n:
        return None
    name = m.group("name")
    parts = re.split("[ \u3000]", name)
    if len(m.group("role")) == 1 and all(len(p) == 1 for p in parts):
        return None  # a heading's letters spread apart (``回 覧 板``, ``議　事　録``)
    if any(_part_not_a_name(p) for p in parts) or _surname_only(parts[1]):
        return None  # a surname in the given name's place: an office, then its member (``総務\ufffd　山本``)
    return name


def _surname_only(word: str) -> bool:
    """``word`` (two letters or more, written whole) is read by Sudachi alone as one surname, its lexicon holding it
    as no given name (山本; not 和泉, 司)."""
    if GAP in word or len(word) < 2 or _item_names(word) != "姓":
        return False
    from pipeline.sudachi import dictionary

    return not any(m.surface() == word and m.part_of_speech()[1:4] == ("固有名詞", "人名", "名")
                   for m in dictionary().lookup(word))


LOST_CAPITAL_COMMON_ZIPF = 5.0
"""A word whose letters, its capital read as any letter, make an English word this common (wordfreq's Zipf: *the*
7.7, *will* 6.5, *more* 6.4, *own* 5.4) opens a sentence or a title as often as it names a person: not read as a
name's beside a census name (:func:`capital_lost_beside_name`). Measured on English prose (docs/restore.md)."""
_LOST_CAPITAL_WORD = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}{GAP}'’\\-])({GAP}[a-z]{{2,}})(?![{HALFWIDTH_LATIN}{GAP}'’\\-])")
"""A word in title case whose capital alone is lost (``\ufffdoward``, ``\ufffdukasz``)."""
_TITLE_WORD_BEFORE = lazyre.compile(f"(?<![{HALFWIDTH_LATIN}'’\\-])([{HALFWIDTH_LATIN_UPPER}][a-z]+) $")
_TITLE_WORD_AFTER = lazyre.compile(f"^ ([{HALFWIDTH_LATIN_UPPER}][a-z]+)(?![{HALFWIDTH_LATIN}{GAP}'’\\-])")


def capital_lost_beside_name(text: str, start: int, end: int) -> str | None:
    """The name as written (``Dennis \ufffdoward``) where the lost glyph ``text[start:end]`` is the capital of a word in
    title case that stands right after a given name of the US Census 1990 written whole (``Dennis``) or right before
    one of its surnames (``Nowak``), one space between: the name's other word. Its letters make a common word in lower
    case as often (*toward*), which English does not capitalise inside a sentence; the census word beside makes it a
    name's. Not where the word beside is a month (``June``), a place's or a street's word (``Hall``, ``Street``), nor
    where the word before opens its sentence and the gap's word is a function word's (read with its commonest letter,
    :data:`pipeline.restore.Restorer.COMMON_CAPITALISED_ZIPF`). Helper names80 (fresh-user trial 80b's ``G\ufffd\ufffdn
    Pritch\ufffdrd`` kind: issue 19 point 4); measured on English prose in docs/restore.md (*Session 80, names80*).

    >>> capital_lost_beside_name("rebuilt by Dennis \ufffdoward and his team", 18, 19)
    'Dennis \ufffdoward'
    >>> capital_lost_beside_name("Thanks to \ufffdukasz Nowak for the photographs", 10, 11)
    '\ufffdukasz Nowak'
    >>> capital_lost_beside_name("the \ufffdown Hall on Sunday", 4, 5) is None, capital_lost_beside_name("on 4 June \ufffdete", 10, 11) is None
    (True, True)
    """
    from pipeline.names import PLACE_KINDS, STREET_WORDS
    from pipeline.restore.evidence.abstention import _MONTHS, _census_given, _census_surname

    if end - start != 1:
        return None
    line, at = _run_in_line(text, start)
    m = next((m for m in _LOST_CAPITAL_WORD.finditer(line) if m.start() == at), None)
    if m is None:
        return None
    head, tail = line[: m.start()], line[m.end():]
    before, after = _TITLE_WORD_BEFORE.search(head), _TITLE_WORD_AFTER.match(tail)

    def plain(word: str) -> bool:
        folded = word.casefold()
        return folded not in _MONTHS and folded not in PLACE_KINDS and folded not in STREET_WORDS

    from pipeline.segment.names import zipf as word_zipf

    rest = m.group(1)[1:]
    if max(word_zipf(c + rest) for c in string.ascii_lowercase) >= LOST_CAPITAL_COMMON_ZIPF:
        return None  # a common word's letters (``\ufffdhe Hurd``, ``\ufffdill Rogers``): English's, capitalised or not

    if before is not None and plain(before.group(1)) and _census_given(before.group(1)):
        return f"{before.group(1)} {m.group(1)}"
    if after is not None and plain(after.group(1)) and _census_surname(after.group(1)) \
            and not _census_given(after.group(1)):
        return f"{m.group(1)} {after.group(1)}"
    return None
