"""A person's name told by the row or the list it stands in (helper rows79, issue 19 points 4 and 6; fresh-user trials
79 and 79b): a committee's row ``Name, Institution, Country`` among rows whose names the census knows, a post's label
before a name whatever the lists say of it, a cell of a table's name column (``氏名``), and a lost kanji before an
honorific in a list of persons (``木下さんと\ufffdさん``). Each reader gives the name as written (the gap shown) or
``None``; :meth:`pipeline.restore.Restorer.named_in_rows` holds the gap with no fill and no candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline import lazyre
from pipeline.chardata import HALFWIDTH_LATIN_UPPER, HIRAGANA, KANJI, KATAKANA
from pipeline.model import GAP
from pipeline.names import HONORIFIC_RE, NAME_PARTICLES

_LETTER = f"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f{GAP}"
_CAPITAL = f"{HALFWIDTH_LATIN_UPPER}\u00c0-\u00d6\u00d8-\u00de{GAP}"
_NAME_WORD = f"[{_CAPITAL}][{_LETTER}]*(?:['’\\-][{_CAPITAL}]?[{_LETTER}]+)*"
_PARTICLE = "|".join(sorted(map(re.escape, NAME_PARTICLES), key=len, reverse=True))
_POST_HEAD = lazyre.compile(r"^[ \t]*((?:[A-Z][a-z]+(?:-[a-z]+)?[ \u00a0]+)?[A-Z][a-z]+(?:-[a-z]+)?)[ \u00a0]*:[ \u00a0]*")
_COMMITTEE_ROW = lazyre.compile(
    f"^[ \\t]*({_NAME_WORD}(?:[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)*(?:{_NAME_WORD}|[A-Z]\\.)){{0,2}}"
    f"[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)*{_NAME_WORD})(?:,[ \u00a0]+|[ \u00a0]+[(（]|[ \u00a0]+[–—-][ \u00a0]+)(\\S.*)$")
"""A committee's row: a name of two to four capitalised words (a particle between allowed, a middle initial, a lost
glyph anywhere), then a comma, a bracket or a dash and the person's institution and country (``Kazuki
Ta\ufffdahashi, Port and Airport Research Institute, Japan``, ``Mei Chen (Tsinghua University, China)``)."""

PEOPLE_HEADINGS = ("committee", "committees", "organisers", "organizers", "organising", "organizing", "board",
                   "panel", "panellists", "panelists", "jury", "judges", "speakers", "keynotes", "presenters",
                   "reviewers", "editors", "trustees", "members", "faculty", "staff", "chairs", "co-chairs",
                   "referees", "advisers", "advisors", "delegates", "contributors", "officers", "participants",
                   "attendees", "fellows", "lecturers", "instructors", "group", "team")
"""Words of a heading over a list of people (``Scientific Committee``, ``Organisers``, ``Programme Board``)."""
ROW_SIBLINGS_MIN = 2
"""Rows of a committee's shape beside the gap's whose first word is a census given name, where no heading of people
stands over the list."""
ROW_REACH = 12
"""Lines read above and below the gap's for rows of its list."""


def _row(line: str) -> re.Match | None:
    """The committee's row shape of ``line``, a post's label (``Chair: ``) before the name allowed."""
    head = _POST_HEAD.match(line)
    return _COMMITTEE_ROW.match(line[head.end():] if head is not None else line)


def _body_word(word: str) -> bool:
    """``word`` (one lost glyph allowed) names a place's, a body's or a firm's kind for some letter in its gap
    (``University``, ``Institute``, ``Port``): a row so worded names a body, not a person."""
    from pipeline.names import NAME_CLOSING_WORDS
    from pipeline.restore.evidence.prose_name import FIRM_WORDS, _readings

    return any(r.casefold() in NAME_CLOSING_WORDS or r.casefold() in FIRM_WORDS for r in _readings(word))


def _given_or_foreign(word: str) -> bool:
    """``word`` (no lost glyph) may open a person's name: a census given name (accents folded), or no English word
    WordNet lists (a given name of another language: ``Kazuki``, ``Priya``, ``Wanjiru``)."""
    from pipeline.restore.evidence.abstention import _census_given, _english_word

    return _census_given(word) or not _english_word(word.casefold())


def committee_row_name(lines: Sequence[str], index: int, at: int) -> str | None:
    """The name (gap shown) where the lost glyph at ``lines[index][at]`` stands in the name opening a committee's row
    (:data:`_COMMITTEE_ROW`: ``Kazuki Ta\ufffdahashi, Port and Airport Research Institute, Japan``), its words no
    place's, body's or firm's (:func:`_body_word`); the list vouched for by a heading of people
    (:data:`PEOPLE_HEADINGS`) over its rows, or, the name's first word kept whole a census given name or no English
    word, by :data:`ROW_SIBLINGS_MIN` rows of the shape or more within :data:`ROW_REACH` lines (blank lines between allowed)
    whose first word is a census given name, half the list's rows at least. ``lines``: the document's lines. Else
    ``None``. Fresh-user trial 79: the English word list offered k, n (*takahashi*, *tanahashi*).

    >>> ls = ["Scientific Committee", "Ana Bernardes, University of Lisbon, Portugal",
    ...       "Kazuki Ta\ufffdahashi, Port and Airport Research Institute, Japan"]
    >>> committee_row_name(ls, 2, 9), committee_row_name(ls, 2, 30)
    ('Kazuki Ta\ufffdahashi', None)
    """
    from pipeline.restore.evidence.abstention import _census_given

    line = lines[index]
    head = _POST_HEAD.match(line)
    offset = head.end() if head is not None else 0
    m = _COMMITTEE_ROW.match(line[offset:])
    if m is None or not m.start(1) <= at - offset < m.end(1):
        return None
    name = m.group(1)
    words = name.split()
    if any(_body_word(w) for w in words if w.count(GAP) <= 1):
        return None
    rows = [index]
    heading = ""
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(lines) and abs(k - index) <= ROW_REACH:
            if _row(lines[k]) is not None:
                rows.append(k)
            elif lines[k].strip():
                if step < 0:
                    heading = lines[k]
                break
            k += step
    if heading and any(w.casefold() in PEOPLE_HEADINGS for w in re.findall("[A-Za-z]+", heading)) \
            and len(heading.split()) <= 6:
        return name  # the heading names the rows' people (``Li Wei``: *li* is an English word)
    if GAP not in words[0] and not _given_or_foreign(words[0]):
        return None
    siblings = [_row(lines[k]).group(1).split()[0] for k in rows if k != index]
    census = sum(GAP not in w and _census_given(w) for w in siblings)
    return name if census >= ROW_SIBLINGS_MIN and 2 * census >= len(siblings) else None


_POSTED_NAME = lazyre.compile(
    f"({_NAME_WORD}(?:[ \u00a0]+[A-Z]\\.)?(?:[ \u00a0]+{_NAME_WORD}){{1,2}})(?=[ \u00a0]*(?:$|,|[ \u00a0]{{2,}}|\t))")
"""Two or three capitalised words (a middle initial allowed) after a post's colon, closing at the line's end, a comma
or a wide space."""
POSTED_WORD_MAX_ZIPF = 4.0
"""A kept word of the name below this (wordfreq Zipf), or a census name, anchors it as a name (``Gokhale``)."""


def post_vouched_name(line: str, at: int) -> str | None:
    """The name (gap shown) where the lost glyph at ``line[at]`` stands in two or three capitalised words right after
    a post's label and its colon (:func:`prose_name.post_label`: ``Treasurer: A\ufffdish Gokhale``), closing at the
    line's end, a comma or a wide space; no word a place's, body's or firm's (:func:`_body_word`), and one word kept
    whole a census name or rarer than :data:`POSTED_WORD_MAX_ZIPF` (``Chair: To Be Confirmed`` is no name). The post
    vouches: no given name list need hold the gapped word (segment's
    :func:`pipeline.segment.names.post_colon_name_en` reads such a line as a post and its holder). Else ``None``.
    Fresh-user trial 79: ``A\ufffdish Gokhale`` (neither word a census name) was offered m, n, r.

    >>> post_vouched_name("Treasurer: A\ufffdish Gokhale        Date: 14 March 2025", 12)
    'A\ufffdish Gokhale'
    >>> post_vouched_name("Venue: Memorial H\ufffdll", 17), post_vouched_name("Chair: To Be Con\ufffdirmed", 16)
    (None, None)
    """
    from pipeline.english_words import zipf
    from pipeline.restore.evidence.abstention import _census_given, _census_surname
    from pipeline.restore.evidence.prose_name import post_label

    for m in _POSTED_NAME.finditer(line):
        if not m.start(1) <= at < m.end(1):
            continue
        head = line[: m.start(1)]
        if not (post_label(head) or post_label(re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", " ", head))):  # ``Vice-Chair:``
            return None
        name = m.group(1)
        words = name.split()
        if any(_body_word(w) for w in words if w.count(GAP) <= 1):
            return None
        if any(GAP not in w and (_census_given(w) or _census_surname(w) or zipf(w.casefold()) < POSTED_WORD_MAX_ZIPF)
               for w in words):
            return name
        return None
    return None


_CELL_SPLIT = lazyre.compile("(?:[ \u3000]{2,}|\t)")
_NAME_LETTERS = f"{KANJI}{KATAKANA}{HIRAGANA}々ヶ{GAP}"
_NAME_CELL = lazyre.compile(f"^[{_NAME_LETTERS}]{{1,5}}(?:[ \u3000][{_NAME_LETTERS}]{{1,5}})?$")
"""A table's cell holding a person's name: a surname and a given name parted by one space, or one run."""
_NAME_HEADER = lazyre.compile(
    "^(?:[^\\s\u3000]{0,4}(?:氏[ \u3000]?名|名[ \u3000]?前|[者手徒童員]名)|担[ \u3000]?当[ \u3000]?者?|講[ \u3000]?師|発表者|講演者|登壇者"
    "|(?:(?:Full|Family|Given|First|Last|Participant|Speaker|Student|Member|Author)[ \u00a0]+)?[Nn]ames?"
    "|Participants?|Speakers?|Presenters?|Attendees?|Authors?)(?:[（(][^）)]*[）)])?$")
"""A table's header over a column of names: 氏名, 名前, お名前, 選手氏名, 氏名（ふりがな）, a people's word and 名 (選手名,
生徒名, 児童名, 参加者名, 会員名), 担当者, 講師, 発表者; English ``Name``, ``Names``, ``Full name``, ``Participant``,
``Speaker``, ``Presenter`` (helper names82, fresh-user trial 81a's participants table: ``Nguyen Th\ufffd Lan`` under
``Name`` had been committed *e* at 0.9987); 学校名, 会社名 or チーム名 is no name's."""
_LATIN_NAME_CELL = lazyre.compile(f"^{_NAME_WORD}(?:[ \u00a0]+(?:(?:{_PARTICLE})[ \u00a0]+)*(?:{_NAME_WORD}|[A-Z]\\.)){{1,3}}$")
"""A table's cell holding a Latin-script person's name: two to four capitalised words (a particle between, a middle
initial, a lost glyph anywhere, a lost capital too)."""
COLUMN_NAMES_MIN = 2
"""Cells of the gap's column, written whole, a person's name to Sudachi, where no header names the column."""


def _cells(line: str) -> list[tuple[int, int]]:
    """The spans of ``line``'s cells, parted by a TAB or by two spaces or more."""
    spans, pos = [], 0
    for m in _CELL_SPLIT.finditer(line):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if len(line) > pos:
        spans.append((pos, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip(" \u3000")]


def _name_cell(cell: str) -> bool:
    """``cell`` (all letters kept) is a person's name to Sudachi: its surname or its given name alone, or the whole."""
    from pipeline.restore.evidence.abstention import _person_name_word

    parts = re.split("[ \u3000]", cell)
    return any(_person_name_word(p) for p in parts) or _person_name_word(cell.replace("\u3000", "").replace(" ", ""))


def name_column_cell(lines: Sequence[str], index: int, at: int) -> str | None:
    """The cell (gap shown) where the lost glyph at ``lines[index][at]`` stands in a cell of a table's column of
    names: a name's shape (:data:`_NAME_CELL`: ``\ufffd野　\ufffd``), the rows' cells parted by two spaces or more (or a
    TAB), the column headed by 氏名 or 名前 (:data:`_NAME_HEADER`) in a row above of as many cells, or
    :data:`COLUMN_NAMES_MIN` cells of it or more in the table's rows (the lines of as many cells beside the gap's,
    no blank line between; the gap's row not the table's first, which heads its columns) written whole and read by Sudachi as a person's name, half the column's whole cells at
    least. ``lines``: the document's lines. Else ``None``. Fresh-user trial 79's pass list (受験番号, 氏名, 学校名):
    ``２１５　\ufffd野　\ufffd`` was offered 佐, 長, 小 and は, と, が.

    >>> ls = ["番号　　氏名　　　学校名", "１０２　　五十嵐　陽菜　　東中学校", "２１５　　\ufffd野　\ufffd　　南小学校"]
    >>> name_column_cell(ls, 2, 5), name_column_cell(ls, 2, 14)
    ('\ufffd野\u3000\ufffd', None)
    """
    line = lines[index]
    spans = _cells(line)
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)
    if k is None or len(spans) < 2:
        return None
    cell = line[spans[k][0]: spans[k][1]].strip(" \u3000")
    latin = _LATIN_NAME_CELL.match(cell) is not None
    if _NAME_CELL.match(cell) is None and not (latin and not any(_body_word(w) for w in cell.split()
                                                                  if w.count(GAP) <= 1)):
        return None
    whole, above = [], 0
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(lines) and lines[i].strip(" \u3000\t"):
            row = _cells(lines[i])
            if len(row) == len(spans):
                other = lines[i][row[k][0]: row[k][1]].strip(" \u3000")
                if step < 0 and _NAME_HEADER.match(other):
                    return cell
                if GAP not in other:
                    whole.append(other)
                above += step < 0
            i += step
    if not above:
        return None  # the table's first row heads its columns (``診察室　月　火``: the days over the doctors' names)
    named = sum(_NAME_CELL.match(c) is not None and _name_cell(c) for c in whole)
    return cell if named >= COLUMN_NAMES_MIN and 2 * named >= len(whole) else None


_JOINERS = "と、・，,や"
_ITEM_BEFORE = lazyre.compile(
    f"([{KANJI}{KATAKANA}々ヶ]+)(?:{HONORIFIC_RE.pattern})[{_JOINERS}]$")
_ITEM_AFTER = lazyre.compile(
    f"^(?:{HONORIFIC_RE.pattern})[{_JOINERS}]([{KANJI}{KATAKANA}々ヶ]{{1,4}})(?={HONORIFIC_RE.pattern})")
_HONORIFIC_NEXT = lazyre.compile(f"^(?:{HONORIFIC_RE.pattern})")
_OPENS_ITEM = lazyre.compile(f"(?:^|[^{KANJI}{KATAKANA}{HIRAGANA}々ヶー]|[のはがにをも])$")
"""Before the gap where it opens the list: no letter of a word (``お父さん``'s お), or a particle."""


def listed_before_honorific(left: str, right: str) -> str | None:
    """The list (gap shown) where one lost glyph stands alone directly before an honorific (``\ufffdさん``) and another
    item of a list of persons stands beside it, parted by と, 、 or ・: the item before (``木下さんと\ufffdさん``, ``佐藤様、
    \ufffd様``) or the one after (``\ufffdさんと木下さん``), a person's name to Sudachi with its honorific
    (:func:`abstention._person_name_word`); else ``None``. A lone kanji before さん is a word as well (皆さん, 奥さん,
    お父さん), which :func:`abstention.kana_before_honorific` offers; beside a name in a list, it is a name (measured in
    docs/restore.md, *Session 79, rows79*). Fresh-user trial 79b: ``婦人部の木下さんと\ufffdさん`` (堀) was offered う,
    か, 皆, 父, 奥.

    >>> listed_before_honorific("婦人部の木下さんと", "さんが"), listed_before_honorific("先生と", "さん")
    ('木下さんと\ufffdさん', None)
    >>> listed_before_honorific("会の", "さんと木下さんが"), listed_before_honorific("みんな", "さんと木下さん")
    ('\ufffdさんと木下さん', None)
    """
    from pipeline.restore.evidence.abstention import _person_name_word

    here = _HONORIFIC_NEXT.match(right)
    if here is None:
        return None
    if (m := _ITEM_BEFORE.search(left)) is not None:
        run, honorific = m.group(1), left[m.end(1): m.end() - 1]
        # the name closing the run before its honorific (``課長田中さんと``: 田中)
        for k in range(min(len(run), 4), 0, -1):
            if _person_name_word(run[-k:], honorific):
                return left[m.end(1) - k:] + GAP + here.group(0)
    if _OPENS_ITEM.search(left) is not None and (m := _ITEM_AFTER.match(right)) is not None:
        after = right[m.end(): m.end() + len(_HONORIFIC_NEXT.match(right[m.end():]).group(0))]
        if _person_name_word(m.group(1), after):
            return GAP + right[: m.end()] + after
    return None
