"""A talk's or paper's title block, read from general evidence.

A title block is the run of lines a talk opens with: a talk number
(``【４】``, ``第2講演``, ``Session 3``; in the sample a number whose glyphs were
lost), a city or organisation line, the title (and a ``～…～`` subtitle), the
speaker (an affiliation and a name). :func:`read_block` reads the block that
starts at a line and says which cues it found and how strong they are
together. The talk splitter weighs those cues (:mod:`.talks`); no single one
starts a talk.

Each line is classified by its own evidence, all general: city and
organisation lines (:mod:`.organisations`), a person's name and a speaker
line (:mod:`.names`), the event's name and the document's kind, never a title
(:mod:`.events`), the wave dashes of a subtitle and a title's shape (here).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pipeline.eras import ERA
from pipeline.chardata import EN, JA, JA_LETTER_RE, KANJI, has_japanese, KANJI_RE, KATAKANA, LINE_CACHE, NEUTRAL, TO_ASCII_DIGITS, is_hiragana, is_korean, script_of
from pipeline.english_words import CONNECTIVES, ends_on_connective, ends_on_connective_word, zipf
from pipeline.model import GAP, LedgerRow, Text, ledger_rows_for
from pipeline.notemarks import NOTE_SYMBOLS
from pipeline.numbering import CHAPTER_WORDS, FOLD_ID, ID_IN_PREFIX, abstract_id, explicit_number, fold, kanji_number
from pipeline.pagenumbers import page_number
from pipeline.glosses import glossed_terms
from pipeline.listmarks import ITEM_ONLY_START
from pipeline.segment.articles import is_article_line
from pipeline.segment.authorgrid import grid_extent
from pipeline.segment.contacts import EMAIL_ADDRESS, PREDICATE_BEFORE_LOST
from pipeline.segment.layout import first_line, last_line
from pipeline.segment.measures import EDGE_FACE_SLACK
from pipeline.segment.authors import (glued_digits, leading_mark, mark_key, opens_on_mark, split_authors,
                                      with_run_marks, wrapped_affiliation)
from pipeline.segment.events import (masthead_descriptor, event_report, issued_press_label, periodical_issue, by_alone, cover_label, edition_after, spaced_edition, is_degree_statement, is_document_kind,
                                    is_edition_line, is_episode_line, episode_line_en, is_event_line, is_event_record, is_record_heading, is_record_kind,
                                    is_session_name, names_minutes, opens_minutes,
                                    is_report_kind, is_report_stage, is_title_label, quoted_title, dated_kind)
from pipeline.segment.slidetext import is_bullet, is_title_case
from pipeline.segment.recipes import SERVING_LINE
from pipeline.segment.labels import (MAX_FIELD_WRAP, tagged_fields, MEETING_FIELD_LABELS, MEETING_FIELD_LABELS_EN, title_label_end, field_row, EN_DAY_DATE, WORK_KIND, WORK_KINDS, calendar_key, date_digits, dated_masthead, opens_on_full_date, cjk_cover_field, cover_field, field_line, form_field, is_chapter_heading,
                                     TALK_NUMBER, is_date_line, is_letter_formula, is_registration_line, notice_number_line, is_section_name, part_alone, participants_label,
                                     item_mark, speaker_turn, transcript_head, turn_head, wholly_bracketed, page_mark, periodical_section_label)
from pipeline.names import ATTENDANCE_FIELDS, POSTS_RE, SPEAKER_FIELDS, ends_with_job_title, post_head
from pipeline.segment.names import (LIST_SEPARATOR, bracketed_staff, cells, credit_byline_ja, author_label, post_colon_name_en, author_line, bracketed_authors, byline, byline_name, role_byline, is_person_name, name_start,
                                   marked_names, name_end, name_shaped, names_people, names_row, speaker_split, vouched_lost_glyph_name,
                                   vouched_names, wrapped_bracketed_authors, wrapped_names, inverted_names,
                                   bracket_wrapped, labelled_talk_speaker)
from pipeline.segment.places import (CITY_LABEL, english_beside, find_city_en, is_city_place_line, municipality_start, region_then_municipality, region_then_place,
                                     is_town_en, japanese_town, municipality_word_named_en, place_line_en, place_named_en, spells_reading)
from pipeline.segment.organisations import (MARK, on_legal_form, names_publication, assembly_in_title, body_in_title, issuer_in_title, MAX_PLACE_NAME, MUNICIPALITY_SUFFIXES, ORGANISATION_NAME, is_address_line, is_client_line, is_municipality, is_organisation,
                                           is_place_name, is_postal_affiliation, maker_line, municipalities_in, named_as_place, organisation_line, post_and_organisation,
                                           addressee_line, body_of_place, dated_office, surname_as_municipality, unit_and_body, venue_line)

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout

WAVE_DASHES = "～~〜"
SUBTITLE_BARS = "―—－–-"
"""Dashes a subtitle may stand between instead of wave dashes (``―事例分析―``: U+2015, U+2014, U+FF0D), and the dashes
an English subtitle sets them as (``– Together with Citizens –``, ``- Together with Citizens -``: U+2013, U+002D; helper
procs54: a talk's English cover ``― 市民とともに ―`` rendered so had its subtitle read as no cover line, the cover running on
over slide 1 to its number, the talk one slide short). A line between two hyphens holds letters, which a bullet's
``- item`` does not close on, nor a folio's ``- 12 -`` hold."""
CUE_WEIGHTS = {"number": 2.0, "city": 1.5, "organisation": 1.5, "title": 1.0, "speaker": 2.0, "return": 1.5, "page": 0.5,
               "headline": 1.0, "late_title": 1.0, "opening": 1.5, "id": 2.0}
"""How much each cue says that a talk starts here. A start needs 4 points from two cues or more.
``headline``: the title is set in the largest size of the document's opening lines (a PDF's font size).
``late_title``: a title set large under its author (:func:`_title_under_author`): it weighs for the document's first
block, never for a later talk's start (a manual's figure of sample title pages).
``opening``: a title right over its authors is followed by a paper's opening, its abstract or its section 1 again
(:func:`~.talks.paper_opens`): a later paper of a volume that prints no talk number.
``id``: an abstract's id over the title (``S1-01``, ``【P-12】``: :func:`abstract_id`), weighed as a talk number is,
but a later talk starts at it only with running text right under its block (:func:`~.talks.body_right_under`): a
table of ids, titles and authors has none (trial 54)."""

_TALK_NUMBER = re.compile(rf"^{TALK_NUMBER}\s*")
_LOST_NUMBER = re.compile(rf"^[\s{GAP}0-9０-９.．、)）(（第回]*{GAP}[\s{GAP}0-9０-９.．、)）(（第回]*")


def talk_number(text: str) -> int:
    """Length of an intact talk-number prefix (``【４】``, ``第2講演``, ``Session 3``), 0 when there is none.

    >>> talk_number("【４】南相馬市"), talk_number("第2講演"), talk_number("Session 3: Ports"), talk_number("南相馬市")
    (3, 4, 11, 0)
    >>> talk_number("第1講演 / Session 1"), talk_number("第1講演 / Session 2")  # (the prefix's space after it)
    (16, 5)

    An abstract's id (:func:`abstract_id`) is one too: alone on its line, in Japanese brackets or after its label.

    >>> talk_number("S1-01"), talk_number("【S1-01】港湾地区"), talk_number("講演番号 P-12"), talk_number("A3 Printed Handouts")
    (5, 7, 9, 0)
    """
    m = _TALK_NUMBER.match(text)
    if m:
        # the same number printed again in the other language after a separator, to the line's end (``第1講演 /
        # Session 1``: fresh-user trial 74e) is the prefix's too
        return len(text.rstrip()) if bilingual_talk_number(text) is not None else m.end()
    n = abstract_id(text)
    if n or not (coded := CODED_TITLES.get()):
        return n
    s = text.lstrip()
    return len(text) - len(s) + coded[s.rstrip()] if s.rstrip() in coded else 0


CODED_TITLES: ContextVar[dict[str, int]] = ContextVar("CODED_TITLES", default={})
"""The document's title lines that open on a paper's code (:func:`coded_titles`), each stripped line's text to its
code's length with what parts it from the title; set by the segment stage for one document, read by
:func:`talk_number`, which sees one line only."""
_CODE_BODY = r"[A-Z]{1,3}-?[0-9]{1,3}(?:-[0-9]{1,3})?"
_CODE = re.compile(rf"^(?:\[(?P<b>{_CODE_BODY})\]|\((?P<p>{_CODE_BODY})\)|(?P<c>{_CODE_BODY}))"
                   r"(?:\.|:|\)|\s+[–—-])?(?:\s+(?=[A-Z0-9\"“‘(]|[\u3041-\u30ff\u4e00-\u9fff「『（])"
                   r"|(?=[\u3041-\u30ff\u4e00-\u9fff「『（]))")
"""A paper's code at its title line's start, its separator and the space before the title (``A1. ``, ``B2 – ``,
``P-03 ``, ``S1-2 ``, ``[T3] ``, ``(O-2) ``): one to three capitals and one to three digits, a hyphen between or not,
and a second number after a hyphen. A Japanese title may follow it (``A1. 河口干潟における…``: helper abs74, the code
had stayed in ``title.ja``), with no space (``P-03学校給食における…``: the clean stage drops the space between Latin
and Japanese letters; helper talk83, the code had stayed in ``title.ja``)."""
_CODE_ALONE = re.compile(rf"^(?:\[(?P<b>{_CODE_BODY})\]|\((?P<p>{_CODE_BODY})\))$")
"""A paper's code alone on its line in ASCII brackets (``[P-03]``, ``(O-2)``): a reference list's marker's shape too
(``[ABC12]``), so read only as :func:`coded_titles` reads a code run into a title, from the document's evidence
(fresh-user trial 60's variants: a book of abstracts whose ids stood so was one talk)."""


_CLOCK = r"(?:[01]?[0-9]|2[0-3])[:：.．][0-5][0-9]"
_TIMED = re.compile(rf"^(?P<t>{_CLOCK}(?:[ \u3000]*[–—~～〜\-－][ \u3000]*{_CLOCK})?)[ \u3000\t]+(?=[^\s0-9])")
"""A talk's time of day run into its title line in a programme (``09:30  Flood Early Warning…``, ``9:30–9:50 Cool
Roofs``, ``10.15 Tide Gauges``, ``13:30～14:00　空き家の活用``): the time, or its span, then a space and the title
(no digit after it: ``10.15 20 people`` is no title). Read only as :func:`coded_titles` reads a code, from the
document's evidence (helper fix71b)."""


def timed_slot_prefix(text: str) -> int | None:
    """Where the item starts after a time of day or its span opening ``text`` and the space after it (:data:`_TIMED`:
    ``13:10　基調講演「…」`` → 6, ``09:30  Opening`` → 7), else ``None`` (``10.15 20 people``, ``Session 2``).

    >>> timed_slot_prefix("13:10　基調講演「流域治水の考え方」"), timed_slot_prefix("Session 2")
    (6, None)
    """
    m = _TIMED.match(text)
    return m.end() if m is not None else None


def time_slot(prefix: str) -> bool:
    """``prefix`` is a time of day or its span alone (``09:30``, ``9:30–9:50``, ``10.15``): a programme's slot, run
    into its talk's title as a talk-number prefix is, yet no number of the talk's (helper fix71b).

    >>> time_slot("09:30"), time_slot(" 9:30–9:50 "), time_slot("10.15"), time_slot("Session 2"), time_slot("25:10")
    (True, True, True, False, False)
    """
    m = _TIMED.match(prefix.strip() + " A")
    return m is not None and m.end("t") == len(prefix.strip())


def _code_parts(code: str) -> tuple[str, int]:
    """A code's stem and its last number (``A1`` → ``("A", 1)``, ``P-03`` → ``("P-", 3)``, ``S1-2`` → ``("S1-", 2)``)."""
    m = re.match(r"^(.*?)([0-9]+)$", code)
    return m.group(1), int(m.group(2))


def _code_follows(before: str, code: str) -> bool:
    """``code`` counts on from ``before``: the same stem's next number (``A1`` → ``A2``, ``S1-2`` → ``S1-3``), or a next
    stem's first (``A2`` → ``B1``, ``S1-3`` → ``S2-1``, ``P-09`` → ``P-10`` as the same stem's)."""
    (stem0, n0), (stem1, n1) = _code_parts(before), _code_parts(code)
    if stem0 == stem1:
        return n1 == n0 + 1
    return n1 <= 1 and len(stem0) == len(stem1) and stem0 < stem1


def coded_titles(lines: list[Text]) -> dict[str, int]:
    """The title lines of a programme or a book of abstracts that open on their paper's code (``A1. Green Roofs …``,
    ``B2 – Flood Maps``, ``P-03 …``, ``S1-2 …``, ``[T3] …``), each stripped line's text to the length of its code and
    separator (issue 16 point 3: the talk-number prefix is never part of the title; helper code59). A code run into a
    title is read only from the document's evidence: two lines or more, each a title over its author line (a title
    block's title with its speaker right under it), whose codes count up in document order (:func:`_code_follows`).
    One coded line alone (a title opening on a model number, ``A320 Noise …``; an appendix's ``A1. Proof of Lemma 2``)
    and headings over running text (a paper's appendices, ``A1.`` / ``A2.``) are none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> coded_titles(mk("A1. Green Roofs", "Ingrid Solberg, Marco Bianchi", "Abstract. We measured runoff.",
    ...                 "A2. Sensor Networks", "Li Wei, Anna Kowalska", "Abstract. A network of sensors."))
    {'A1. Green Roofs': 4, 'A2. Sensor Networks': 4}
    >>> coded_titles(mk("A1. Proof of Lemma 2", "We show that the bound holds for every n.",
    ...                 "A2. Proof of Theorem 3", "The argument runs as before."))
    {}
    """
    found: list[tuple[str, str, int, int]] = []
    timed: list[tuple[str, int, int]] = []
    for i, t in enumerate(lines):
        s = t.text.strip()
        if "\t" not in s and len(s) <= MAX_TITLE and (m := _TIMED.match(s)) is not None:
            timed.append((s, m.end(), i))
        m = _CODE.match(s) or _CODE_ALONE.match(s)
        if m is None or "\t" in s or (len(s) > MAX_TITLE and not long_title_shape(s[m.end():])):
            # a coded title is told by where it stands (its code, over its authors), not its length: a sentence-case
            # English title may run past :data:`MAX_TITLE` on its line (fresh-user trial 73d, 91 characters: ``A1.
            # Long-term changes in rocky shore limpet populations on the north-east coast of Scotland``, whose abstract
            # had stayed in the book's front); a long line closing on a stop is a sentence (:func:`long_title_shape`)
            continue
        found.append((s, m.group("b") or m.group("p") or m.group("c"), m.end(), i))
    times = _timed_titles(lines, timed) if len(timed) >= 2 else {}
    times |= chapter_alone(lines)
    if len(found) < 2:
        return times
    token = CODED_TITLES.set({s: n for s, _, n, _ in found})
    try:
        # a code run into its title: the title's line, the authors right under it; a code alone: the title right
        # under it, its authors under that (``[P-03]`` / title / authors, as an abstract's id alone stands)
        # (a title wrapped over two lines or three has its authors right under its last line: trial 73d's kind)
        titled = [(s, code, n) for s, code, n, i in found
                  if ((b := read_block(lines, i)).title == i and b.speaker and b.speaker[0] == (b.title_end or i + 1))
                  or (n == len(s) and b.number_line == i and b.title == i + 1 and b.speaker
                      and b.speaker[0] == (b.title_end or i + 2))]
    finally:
        CODED_TITLES.reset(token)
    if len(titled) < 2 or not all(_code_follows(a[1], b[1]) for a, b in zip(titled, titled[1:])):
        return times
    return {s: n for s, _, n in titled} | times


_JA_CHAPTER = re.compile(r"^第\s?(?:[0-9]{1,3}|[〇一二三四五六七八九十]{1,3})\s?章")
_AFTER_LABEL = " \u3000:：.．-–—|"
"""What parts a chapter's label from its title on one line (``Chapter 3: …``, ``第3章　…``, ``Chapter 3 – …``)."""


def _chapter_prefix(text: str) -> int | None:
    """The length of ``text``'s chapter label with what parts it from the title (its whole length where the label
    stands alone: ``Chapter 3``, ``CHAPTER THREE``, ``第3章``), or ``None`` where ``text`` opens on no chapter's
    heading (a sentence naming a chapter, ``Chapter 3 describes …``, ``第3章では、…``, is none)."""
    from pipeline.numbering import chapter_heading, heading_number_end, is_chapter_alone

    s = text.strip()
    if is_chapter_alone(s):
        return len(s)
    spelled = chapter_heading(s)
    if spelled == s and _JA_CHAPTER.match(fold(s)) is None:
        return None
    n = heading_number_end(spelled)
    if n is None:
        return None
    while n < len(spelled) and spelled[n] in _AFTER_LABEL:
        n += 1  # the label spelled again keeps the title's offset (numbering.chapter_heading pads it)
    return n if 0 < n < len(s) else None


_EDITOR_CREDIT = re.compile(r"^(?P<body>\S.{1,58}?)[\s\u3000]+(?:編|編集|監修|編著|編纂)$")
"""An editor's credit closing on its word after a space (``株式会社みなと精工　人事部 人材開発課 編``, ``…委員会 監修``)."""


def editor_credit(text: str) -> int | None:
    """The length of who an editor's credit line names (:data:`_EDITOR_CREDIT`: a company's department, a committee,
    a person) before the space and ``編``/``編集``/``監修``, else ``None``; a sentence is none.

    >>> t = "株式会社みなと精工　人事部 人材開発課 編"; t[:editor_credit(t)]
    '株式会社みなと精工\u3000人事部 人材開発課'
    >>> editor_credit("第2章の内容を編集"), editor_credit("本書は研修委員会が編集した。")
    (None, None)
    """
    s = text.strip()
    m = _EDITOR_CREDIT.match(s)
    return None if m is None or is_prose(s) or any(c in s for c in "。、，,") else len(m.group("body"))


_SERIES_WORK = re.compile(r"(?:テキスト|教本|教材|読本|マニュアル|ハンドブック|ガイドブック|手引き?|シリーズ|講座|叢書|Handbook|Manual|Course|Series)$",
                          re.IGNORECASE)
"""A book's or a series' kind closing its name (``新入社員研修テキスト``, ``安全衛生マニュアル``): a volume's name, over one of
its chapters printed alone."""


def series_over_chapter(lines: list[Text]) -> bool:
    """``lines[0]`` is a series' or a manual's name (:data:`_SERIES_WORK`, a short line, no sentence, no chapter's
    heading) right over a chapter's heading (:func:`_chapter_prefix`) that opens the chapter printed alone
    (:func:`chapter_alone`). Why (issue 16 point 1, fresh-user trial 75a): a company's training manual's chapter,
    ``新入社員研修テキスト`` / ``第2章　報告・連絡・相談の基本`` / ``株式会社みなと精工　人事部 人材開発課 編``, had the
    series for title and the chapter as section 2 holding the credit; the chapter is what the file holds, the series
    its front matter.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> series_over_chapter(mk("新入社員研修テキスト", "第2章　報告・連絡・相談の基本", "人事部 編"))
    True
    >>> series_over_chapter(mk("令和6年度 事業報告", "第2章　報告・連絡・相談の基本", "人事部 編"))
    False
    """
    head = lines[0].text.strip()
    return (0 < len(head) <= MAX_SERIES_NAME and _SERIES_WORK.search(head) is not None and not is_prose(head)
            and _chapter_prefix(head) is None and _chapter_prefix(lines[1].text) is not None)


MAX_SERIES_NAME = 30
"""Characters a series' name over a chapter has at most."""


def chapter_alone(lines: list[Text]) -> dict[str, int]:
    """A book's chapter printed alone: its heading opens the text (``Chapter 3`` over its title, ``CHAPTER THREE``,
    ``第3章`` over ``港町の観光経済と地域社会``; or on one line over its author, ``Chapter 3: Harbour Towns …`` /
    ``Margaret Ellison``, ``第3章　港町の…`` / ``山田 太郎``) and no other chapter's heading follows. The label is the talk's number (a prefix, as :func:`coded_titles` reads a
    paper's code: the stripped line's text to the label's length), the chapter's title the talk's title, its author
    under it the speaker; the chapter's sections are the body. A book or thesis of several chapters keeps them as
    its sections, as before. Why (issue 16 point 2, helper abs74 after fresh-user trial 73): a chapter printed alone
    had no title, its first section titled instead (``Chapter 3 Harbour Towns …`` a section's heading).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> chapter_alone(mk("Chapter 3", "Harbour Towns and the Tourist Economy", "Margaret Ellison", "3.1 Introduction"))
    {'Chapter 3': 9}
    >>> chapter_alone(mk("第3章　港町の観光経済と地域社会", "山田 太郎", "1. はじめに"))
    {'第3章\u3000港町の観光経済と地域社会': 4}
    >>> chapter_alone(mk("Chapter 1", "Introduction", "Text.", "Chapter 2", "Method", "More text."))  # a whole book's
    {}
    >>> chapter_alone(mk("Chapter 3 describes the method.", "It goes on."))
    {}

    A label and its title on one line are the chapter's alone only over its author: over its text they are the body's
    section 1, as a white paper's chapter opening the file is (decision, helper head58).

    >>> chapter_alone(mk("第3章　財政の状況", "本市の人口は、平成十七年をピークに減少を続けている。"))
    {}
    """
    if not lines:
        return {}
    if len(lines) > 2 and series_over_chapter(lines):
        lines = lines[1:]  # the series' name over the chapter's heading (helper doc75): front, as a book's running title
    first = lines[0].text.strip()
    n = _chapter_prefix(first)
    if n is None or any(_chapter_prefix(t.text) is not None for t in lines[1:]):
        return {}
    alone = n == len(first)
    title = lines[1].text if alone and len(lines) > 1 else first[n:]
    if alone and len(lines) < 2 or not is_title_line(title):
        return {}
    byline = 2 if alone else 1
    if not alone and not (byline < len(lines) and (author_line(lines[byline].text, lines[byline + 1].text
                                                                if byline + 1 < len(lines) else None)
                                                    or editor_credit(lines[byline].text) is not None)) \
            and not _chapter_sections(first, lines[1:]):
        # a label and its title on one line over the text, no author (``第3章　財政の状況`` / its prose: a white
        # paper's chapter at the file's top) is the body's section 1, the title null (decision, helper head58)
        return {}
    return {first: n}


#: Sections numbered under a chapter's number (``4.1``, ``4.2`` under ``Chapter 4``) a chapter printed alone heads
#: at least for its heading to title the file (:func:`_chapter_sections`).
MIN_CHAPTER_SECTIONS = 2


def _chapter_sections(heading: str, lines: list[Text]) -> bool:
    """``lines`` (the text under a chapter's ``heading``, label and title on one line) hold
    :data:`MIN_CHAPTER_SECTIONS` headings or more numbered under the chapter's number (``4.1  Before you begin``,
    ``4.2 …`` under ``Chapter 4  Replacing the Filter Cartridge``) and no heading numbered under another chapter's.

    Why (issue 16, helper pdf84; fresh-user trial 84a's manual chapter): the chapter's own numbering says every
    section of the file is the chapter's, so the chapter is what the file holds, and its heading the file's title,
    even with no author under it; helper head58's white paper chapter (``第3章　財政の状況`` over its prose) numbers
    its sections on their own (``1``, ``2``) and stays section 1 of the body.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _chapter_sections("Chapter 4  Replacing the Filter", mk("Text.", "4.1  Before you begin", "4.2  Replacing it"))
    True
    >>> _chapter_sections("第3章　財政の状況", mk("本市の人口は減少を続けている。", "1　歳入", "2　歳出"))
    False
    >>> _chapter_sections("Chapter 4  Replacing", mk("4.1  Before", "4.2  During", "5.1  After"))
    False
    """
    from pipeline.numbering import chapter_heading

    own = explicit_number(chapter_heading(heading))
    if own is None or own.label[1:] != (0, 0):
        return False
    first = next((t.text.strip() for t in lines if t.text.strip()), "")
    if explicit_number(first) is not None:
        # (the chapter opens on its own introduction before its sections, as a document opens under its title; a
        # chapter whose first section stands right under it, ``第3章　保守`` / ``3.1 点検の目的``, stays section 3 of the
        # body, session 62's decision: tests/test_segment_sect62.py)
        return False
    under = 0
    for t in lines:
        number = explicit_number(t.text.strip())
        if number is None or number.label[1] == 0:
            continue
        if number.label[0] != own.label[0]:
            return False
        under += 1
    return under >= MIN_CHAPTER_SECTIONS


def _minutes(clock: str) -> int:
    h, m = re.split(r"[:：.．]", clock.translate(TO_ASCII_DIGITS))[:2]
    return int(h) * 60 + int(m)


def _timed_titles(lines: list[Text], timed: list[tuple[str, int, int]]) -> dict[str, int]:
    """Of the lines opening on a time of day (``timed``: stripped text, the time's length with the space after it, its
    index), those that are a programme's talks' titles, each stripped line's text to that length: two or more, each
    a title block's title with its speaker's line right under it, their times never running backwards (parallel
    sessions share one). Why (issue 16 point 1, fresh-user trial 71's ``a02_conf_programme.txt``: ``09:30  Flood Early
    Warning in Coastal Towns`` / ``Dr. Henrik Sørensen, Aarhus University`` / abstract, four times under two sessions'
    headings, had been one talk titled by the first session's theme): the time is the talk's slot, a prefix as its
    number is, never part of its title. One such line says nothing (a minutes' ``10.15 Councillor Reed arrived``, a
    heading ``10.15 Results`` over its text): no speaker under it, or a second."""
    token = CODED_TITLES.set({s: n for s, n, _ in timed})
    try:
        titled = [(s, n) for s, n, i in timed
                  if (b := read_block(lines, i)).title == i and b.speaker and b.speaker[0] == i + 1]
    finally:
        CODED_TITLES.reset(token)
    clocks = [_minutes(re.match(_CLOCK, s).group()) for s, _ in titled]
    if len(titled) < 2 or any(b < a for a, b in zip(clocks, clocks[1:])):
        return {}
    return dict(titled)


def session_over_ids(lines: list[Text], start: int, rest: int) -> bool:
    """``lines[start]`` opens on a talk number of the usual shapes (``Session 1: Flooding``, ``第2部会``) and an
    abstract's id stands alone right under it (on the line of the number's rest, ``rest``, or the next): a session's
    heading over the abstracts it groups, each numbered by its own id, never one talk's number and title (trial 54
    variant: ``Session 1: Flooding`` over ``S1-01`` / title / authors read ``Flooding`` as the title, the id and the
    real title front).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> session_over_ids(mk("Session 1: Flooding", "S1-01", "Tide Gauges"), 0, 0), session_over_ids(mk("Session 1", "S1-01"), 0, 1)
    (True, True)
    >>> session_over_ids(mk("Session 1: Flooding", "Tide Gauges"), 0, 0), session_over_ids(mk("S1-01", "S1-02"), 0, 1)
    (False, False)
    """
    head = lines[start].text.strip()
    n = talk_number(head)
    if not n or is_id_prefix(head[:n]):
        return False
    for j in (rest, rest + 1):
        if start < j < len(lines):
            s = lines[j].text.strip()
            if s and abstract_id(s) == len(s):
                return True
    return False


_SESSION_HEADING = re.compile(r"^(?:(?:Parallel\s+|Poster\s+|Plenary\s+)?(?:Session|SESSION|Track|TRACK|Panel|PANEL)\s+"
                              r"(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})(?:-?[0-9A-Z])?|(?:セッション|分科会|部会)\s?[0-9０-９A-ZＡ-Ｚ]{1,2}"
                              r"|第\s?[0-9０-９一二三四五六七八九十]{1,2}\s?(?:セッション|分科会|部会))"
                              r"(?:\s*[:：.．—–-]\s*|\s+|\u3000+|$)")
_CHAIR_IN_BRACKETS = re.compile(r"[ \u3000]*[(（](?:座長|司会|進行|コーディネーター|Chairs?|Chairperson|Moderators?)[ \u3000]*[:：]"
                                r"[^()（）]+[)）]$")
"""A session's chair named in brackets closing its heading (``Session 2: Heat and Health (Chair: Dr. J. Whitfield)``,
``セッション1：津波と避難（座長：東北大学　山田 太郎）``), as a chair's line under it names one (``programme.CHAIR_LINE``)."""
MAX_SESSION_HEADING = 60
"""Characters a session's heading has at most: its label and a theme (``Session B: Drinking Water``)."""


def session_heading(text: str) -> bool:
    """A session's (or a track's, a panel's, 分科会's) heading alone on its line: its label and number or letter, a
    theme after it or not, no sentence (``Session B: Drinking Water``, ``Track 2``, ``分科会A　観光``, ``第2セッション
    防災``). In a programme or a book of abstracts it groups the talks under it: right over a talk's title block it is
    that talk's front, never the text of the talk before (fresh-user trial 59: ``Session B: Drinking Water`` had been
    the last paragraph of paper A2's abstract).

    >>> [session_heading(s) for s in ("Session B: Drinking Water", "Track 2", "Parallel Session 3A — Ports", "分科会A　観光", "第2セッション　防災")]
    [True, True, True, True, True]
    >>> [session_heading(s) for s in ("Session B will look at water.", "Sessions were held daily", "Session", "Tracking 3 sites")]
    [False, False, False, False]

    Its chair in brackets after the theme counts for none of its length (``Track 2: Cycling Outside Cities (Chair: Prof.
    Willem de Graaf)``, 62 characters; helper fix71b after fresh-user trial 71):

    >>> session_heading("Track 2: Cycling Outside Cities (Chair: Prof. Willem de Graaf)")
    True
    """
    s = text.strip()
    if (chair := _CHAIR_IN_BRACKETS.search(s)) is not None:
        s = s[:chair.start()].rstrip()  # its chair named after the theme counts for no theme's length (helper fix71b)
    if len(s) > MAX_SESSION_HEADING or s.endswith((".", "。")) and not _SESSION_HEADING.fullmatch(s):
        return False
    m = _SESSION_HEADING.match(s)
    if m is None:
        return False
    theme = s[m.end():]
    return not theme or not re.search(r"[.!?。]\s*$", theme) and not re.match(r"(?:will|was|were|is|are|has|had)\b", theme)


def is_id_prefix(prefix: str) -> bool:
    """The talk-number prefix ``prefix`` is an abstract's id (:func:`abstract_id`), no talk number of the usual
    shapes (``【４】``, ``第2講演``, ``Session 3``).

    >>> is_id_prefix("S1-01"), is_id_prefix("【S1-01】"), is_id_prefix("【４】"), is_id_prefix("Session 3")
    (True, True, False, False)
    """
    s = prefix.strip()
    if _TALK_NUMBER.match(s) is not None:
        return False
    return bool(abstract_id(s)) or bool(CODED_TITLES.get()) and (_CODE.match(s + " A") is not None or time_slot(s))


_NUMBER_IN_PREFIX = re.compile(r"[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}")


_PAIR_SEPARATOR = re.compile(r"\s*[/／|｜・]\s*|\s{2,}|\u3000+")
"""What parts a talk's number printed in two languages on one line (``第1講演 / Session 1``, ``第2講演　Session 2``)."""


def bilingual_talk_number(text: str) -> str | None:
    """The number of a line that prints a talk's number in two languages, each part a talk-number prefix alone
    (:func:`talk_number`) with the same number (``第1講演 / Session 1``, ``第２講演　Talk 2``),
    else ``None``. Fresh-user trial 74e: such lines, one over each talk's title block, had been read as a running
    head (their digits folded into one signature) and the volume gave one talk for two.

    >>> bilingual_talk_number("第1講演 / Session 1"), bilingual_talk_number("第２講演　Session 2"), bilingual_talk_number("第1講演 / Session 2")
    ('1', '2', None)
    >>> bilingual_talk_number("Session 1"), bilingual_talk_number("金沢市 / Kanazawa")
    (None, None)
    """
    parts = [p for p in _PAIR_SEPARATOR.split(text.strip()) if p]
    if len(parts) != 2 or not all(talk_number(p) == len(p) for p in parts):
        return None
    values = {talk_number_value(p) for p in parts}
    return values.pop() if len(values) == 1 and None not in values else None


def talk_number_value(prefix: str) -> str | None:
    """The number a talk-number prefix prints, in ASCII digits (``【４】`` → ``"4"``, ``第2講演`` → ``"2"``, ``第三講演``
    → ``"3"``, ``Session 3`` → ``"3"``); ``None`` where its glyphs were lost (the sample's prefix: nothing tells it).

    >>> talk_number_value("【４】"), talk_number_value("第2講演\u3000"), talk_number_value("第三講演"), talk_number_value("\ufffd\ufffd")
    ('4', '2', '3', None)

    An abstract's id (:func:`abstract_id`) is the number as printed, folded to ASCII:

    >>> talk_number_value("S1-01"), talk_number_value("【Ｐ－１２】"), talk_number_value("講演番号 1A-03")
    ('S1-01', 'P-12', '1A-03')
    """
    if GAP in prefix or time_slot(prefix):
        return None  # a programme's time (``09:30``) is the talk's slot, no number of it
    if is_id_prefix(prefix):
        found = ID_IN_PREFIX.search(prefix.translate(FOLD_ID))
        if found is not None:
            return found.group()  # an abstract's id is the talk's number as printed (``S1-01``, ``P-12``)
    m = _NUMBER_IN_PREFIX.search(prefix)
    if m is None:
        return None
    digits = m.group().translate(TO_ASCII_DIGITS)
    value = int(digits) if digits.isdigit() else kanji_number(digits)
    return str(value) if value is not None else None


def is_subtitle(text: str) -> bool:
    """A subtitle line: wrapped in wave dashes or other dashes (:data:`SUBTITLE_BARS`), or in lost glyphs where the
    dashes were.

    >>> is_subtitle("～水と緑のまちづくり～"), is_subtitle("~Water and Green~"), is_subtitle("\\ufffd水と緑のまちづくり\\ufffd")
    (True, True, True)
    >>> is_subtitle("仙台市\\ufffd\\ufffd情報部長")
    False
    >>> is_subtitle("―中山間地域A町の事例分析―"), is_subtitle("― 12 ―"), is_subtitle("— 7 —")  # dashes; folios
    (True, False, False)
    >>> is_subtitle("- Together with Citizens -"), is_subtitle("– Together with Citizens –"), is_subtitle("- 12 -")
    (True, True, False)
    >>> is_subtitle("- Hosting trainees"), is_subtitle("-----"), is_subtitle("~~~~~~~~~~"), is_subtitle("～～～～")  # a bullet; rules
    (False, False, False, False)
    """
    s = text.strip()
    if len(s) < 3:
        return False
    if s[0] in SUBTITLE_BARS and s[-1] in SUBTITLE_BARS:
        # ``―中山間地域の事例分析―``; a folio set between dashes (``― 12 ―``, ``— 7 —``) holds no letter
        return any(ch.isalpha() for ch in s) and page_number(s) is None
    marks = WAVE_DASHES + GAP
    # (a rule of wave dashes, a Markdown title's ``~~~~`` underline, holds no letter: README 035's had been its subtitle)
    return s[0] in marks and s[-1] in marks and (s[0] != GAP or s[-1] != GAP or GAP not in s[1:-1]) \
        and any(ch.isalpha() for ch in s)


_JA_BLOCK_ADDRESS = re.compile(r"(?:^|[^0-9０-９〇一二三四五六七八九十])(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})丁目"
                               r"[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*番(?:地)?|^[\s\u3000]*[0-9０-９]{1,5}番地")
"""A Japanese address's block and lot (``３丁目５番地``, ``中央2丁目5番3号``, ``１２番地``): a 丁目 with its 番 after it, or a
番地 opening the line; a title naming a 丁目 alone (``三丁目の夕日``) is none."""


_EMAIL_INSIDE = re.compile(EMAIL_ADDRESS)
"""An e-mail address anywhere on a line (:data:`~.contacts.EMAIL_ADDRESS`)."""


SLIDES_LABEL = re.compile(r"^[\[【(（]?(?:(?:English |Japanese )?(?:Presentation |Lecture )?Slides|Presentation(?: materials)?|"
                          r"(?:英語|英文|日本語)?(?:スライド|発表スライド|講演スライド|発表資料))"
                          r"(?:[ \t\u3000]?[(（](?:English|Japanese|in English|in Japanese|英語|英文|日本語)[)）])?"
                          r"[\]】)）]?[:：]?$", re.IGNORECASE)
"""A label alone over a talk's slides (``Slides``, ``【スライド】``, ``Presentation slides``): a part's, never a title.
It may name the slides' language (``Slides (English)``, ``English Slides``, ``スライド（英語）``, ``英語スライド``: fresh-user
trial 74's bilingual volume, helper vol74)."""


@lru_cache(maxsize=LINE_CACHE)
def _one_ideograph_title(s: str) -> bool:
    """One kanji alone, a title a Japanese essay or poem may bear (``序``, ``雪``: Miyazawa Kenji's 春と修羅 opens on
    ``序``, ../shared/realdocs/jo.pdf, whose first verse line had been its title); a counter, a yes/no mark or a
    table's total (``計``, ``有``, ``無``, ``〇``) is no kanji Sudachi reads as a noun alone."""
    if len(s) != 1 or not KANJI_RE.fullmatch(s):
        return False
    from pipeline.sudachi import tokenizer

    [m] = tokenizer("C").tokenize(s)
    return m.part_of_speech()[0] == "名詞" and m.part_of_speech()[1] == "普通名詞"


_MEETING_FIELD_VALUE = re.compile(r"^(?:" + "|".join(map(re.escape, MEETING_FIELD_LABELS)) + r")\u3000[ \u3000]*\S")
"""A meeting's field (:data:`~.labels.MEETING_FIELD_LABELS`: ``日時``, ``場所``, ``会場``, ``出席者`` …), an ideographic
space, its value: a field of the papers' head, never their title (``form_field`` asks a value opening on no hiragana,
as an unnumbered ``事務局 からのお知らせ`` is a title; the label's ideographic space is the evidence here)."""


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_title_line(text: str, korean: bool = False) -> bool:
    """Could be a title: a phrase (not a sentence, not a numbered heading, not a chapter's heading, its label alone or
    with its title (``Chapter 2 Method``), not a page number, not a place or a name alone).

    A contents heading (``目次``, ``Contents``), a line ending in a page
    number set apart or a leader (a contents entry, a running header with its
    page's number) or the name of the event (``第3回 地域交通シンポジウム``) is
    never a talk's title.

    >>> is_title_line("港町の国際交流"), is_title_line("1. はじめに"), is_title_line("本市は港町である。"), is_title_line("Port Cities in the Seto Inland Sea")
    (True, False, False, True)
    >>> is_title_line("目 次"), is_title_line("Table of Contents"), is_title_line("第3回 地域交通シンポジウム")
    (False, False, False)
    >>> is_title_line("令和5年度 卒業論文"), is_title_line("2024年5月"), is_title_line("May 2024"), is_title_line("Abstract")
    (False, False, False, False)
    >>> is_title_line("日本語 BibTEX：JBibTEX"), is_title_line("The 文書 contains 日本語 and English."), is_title_line("20xx年x月")
    (True, False, False)
    >>> is_title_line("pLATEX 2ε チートシート")  # as many Latin letters as Japanese ones
    True
    >>> is_title_line("拝啓"), is_title_line("前略"), is_title_line("かしこ")  # a letter's opening and closing words
    (False, False, False)
    >>> is_title_line("出席者：山本会長、田村副会長"), is_title_line("港湾都市：その歴史と展望")  # a field of minutes
    (False, True)
    >>> is_title_line("所属　京都大学大学院 工学研究科"), is_title_line("学籍番号　21T1234")  # a thesis cover's fields
    (False, False)
    >>> is_title_line("Master of Science in Harbour Engineering"), is_title_line("the Degree of Master of Science")
    (False, False)
    >>> is_title_line("Issue 12 · March 2026"), is_title_line("第12号　2026年3月"), is_title_line("Projektarbeit"), is_title_line("Thema")
    (False, False, False, False)
    >>> is_title_line("学 校 代 码:"), is_title_line("Schlüsselwörter: Gezeiten, Boote"), is_title_line("Mots-clés : foo, bar")
    (False, False, False)
    >>> is_title_line("2025 Annual Meeting Agenda")  # a year before the title
    True
    >>> [is_title_line(s) for s in ("3D Printing in Small Workshops", "5G Coverage for Island Ferries", "19th-Century Harbour Maps")]
    [True, True, True]
    >>> is_title_line("3 Results"), is_title_line("3kg of rice per household")  # a numbered heading; a quantity
    (False, False)
    >>> is_title_line("Registered Charity No. 1098234"), is_title_line("ISSN 1234-5678"), is_title_line("法人番号 1234567890123")
    (False, False, False)
    >>> is_title_line("JIS X 9301:2025"), is_title_line("IEEE Std 802.11-2020")  # a standard's designation: its number
    (False, False)
    >>> is_title_start("ULCO"), is_title_start("ULCO Graduate Handbook"), is_title_line("LATEX")  # an acronym alone
    (False, True, True)
    >>> is_title_line("Chapter 2 Method"), is_title_line("CHAPTER IV RESULTS")  # a chapter's heading, never a title
    (False, False)
    >>> is_title_line("Article I – Name"), is_title_line("第1条（名称）")  # a law's article, never a title
    (False, False)
    >>> is_title_line("September"), is_title_line("4月"), is_title_line("9時 会場設営")  # a calendar's key or row
    (False, False, False)
    >>> is_title_line("Part 1"), is_title_line("第２部"), is_title_line("Part 1 of the Harbour Plan")  # a part's ordinal alone
    (False, False, True)
    >>> is_title_line("한일 청소년 교류 캠프 참가자 모집"), is_title_line("日韓青少年交流キャンプ参加者募集")  # Korean: front
    (False, True)
    >>> is_title_line("３丁目５番地　さくら台集会所"), is_title_line("三丁目の夕日")  # an address's block and lot; a film's title
    (False, True)
    >>> is_title_line("Tobias Oetiker <oetiker@ee.ethz.ch>")  # a credit with its e-mail address
    False
    >>> is_title_line("Slides"), is_title_line("【スライド】"), is_title_line("Slides from the Harbour Workshop")  # a part's label
    (False, False, True)

    ``korean`` asks the same of a Korean line instead (:func:`is_korean_title_line`): the title block reads Japanese
    and English lines, and a Korean title is read beside it (``title.ko``; docs/segment.md, *A Korean title*).

    >>> is_title_line("한일 청소년 교류 캠프 참가자 모집", korean=True), is_title_line("日韓青少年交流キャンプ参加者募集", korean=True)
    (True, False)
    """
    from pipeline.segment.contents import has_leader, is_contents_title
    from pipeline.segment.furniture import letterhead_cells, names_volume_and_pages
    from pipeline.segment.terms import is_standard_designation

    if text.strip().count("\t") >= 2:
        # a row of three cells or more (``日⇥曜⇥こんだて名⇥…``, a menu's header under its school's name): a table's row,
        # never a title (helper jatab82: the header row had titled a lunch menu)
        return False
    if _spaced_row(text):
        # a row of three cells or more set by ideographic spaces, some gap wider than one (``日　　曜　こんだて　　…
        # エネルギー``, a lunch menu's header as a text dump keeps it): a table's row, as a tabbed one is (helper head83)
        return False
    s = unspaced_text(text.strip())  # a title set letterspaced is judged by its words
    s = s[m.start(2):] if (m := ATX_HEADING.match(s)) is not None else s  # a README's ``# Parcel Tracker``: its words
    english = script_of(s) == EN and not JA_LETTER_RE.search(s)
    # an English title in title case may run long on one line (trial 40's 105 characters had been no title)
    longest = MAX_EN_TITLE if english and len(s) > MAX_TITLE and _long_title_shaped(s) else MAX_TITLE
    if is_korean(s) != korean:
        # a Korean line is never the {ja, en} title the block reads (a Korean and Japanese notice's Korean organisation
        # over its Japanese twin had been its title: fresh-user trial 61b); it is weighed as ``title.ko`` on its own
        # evidence (:func:`is_korean_title_line`, ``stage._korean_title``)
        return False
    if list_item(s):
        # a list's item (``・フライブルク市の環境政策について`` in a flyer's programme, ``• Use``): one point of a list,
        # never the document's title, nor its city's line (issue 16 point 1, helper prog72 after fresh-user trial 71d:
        # a flyer's programme bullet naming another city had titled and placed it)
        return False
    if (len(s) < 2 and not _one_ideograph_title(s)) or len(s) > longest or s.endswith(("。", "、", ",", ";")) or "。" in s[:-1] or is_contents_title(s) \
            or is_event_line(s) or is_document_kind(s) or has_leader(s) or names_volume_and_pages(s) \
            or is_degree_statement(s) or is_edition_line(s) or is_episode_line(s) or cover_label(s) is not None \
            or is_registration_line(s) or is_session_name(s) or notice_number_line(s) or masthead_publisher(s) \
            or _EMAIL_INSIDE.search(s) or SLIDES_LABEL.match(s) or letterhead_cells(text.strip()) \
            or field_row(text) or page_mark(s) or periodical_section_label(s) or is_standard_designation(s):
        # a mark stamped or printed over the title (``社外秘``, ``CONFIDENTIAL``, a revenue-stamp box's ``収入`` /
        # ``印紙``) or a periodical's section label (``BOOK REVIEWS``, ``書評``, ``Research Article``) says how the sheet
        # is handled or which part of the issue holds the piece, never what it is (helper title82, trial 81a)
        # a letterhead set across the page (``Hokuriku Institute of Technology`` ⟶ gap ⟶ ``Academic Year 2025``:
        # furniture.letterhead_cells) names the issuer and the year, never the title (helper ver80, trial 80a)
        # a label over a talk's slides (``Slides``, ``スライド``: fresh-user trial 73c, where it had titled each talk's
        # English) names a part, never a title
        # a line holding an e-mail address is a person's or an office's credit, never a title (``NOMURA Masataka
        # <nomura@cc.kshosen.ac.jp>`` signing a book's preface had opened a second document: helper real72)
        # a masthead's publisher's line (``2026年11月発行　高松市国際交流協会``, ``Published November 2026 by …``) names
        # who issues the periodical, never its title (fresh-user trial 70c: the dated line under a bilingual masthead
        # had been ``title.ja``)
        return False
    if explicit_number(s) is not None or page_number(s) is not None or named_as_place(s) or is_chapter_heading(s) \
            or is_article_line(s) \
            or s.lower() in CHAPTER_WORDS_LOWER \
            or is_date_line(s) or is_section_name(s) or is_letter_formula(s) or is_client_line(s) or form_field(s) \
            or addressee_line(s) or dated_venue_line(s) \
            or is_address_line(s) or field_line(s) is not None or _calendar_line(s) or part_alone(s) \
            or labelled_field(s) or cjk_cover_field(s) is not None or _JA_BLOCK_ADDRESS.search(s) \
            or _MEETING_FIELD_VALUE.match(s):
        # (a meeting's when or where set before its value by an ideographic space, ``会場　ひばりが丘三丁目集会所``,
        # whatever the value opens on: session 81, helper minutes81, a 町内会's papers had been titled by their venue)
        # a Japanese address's block and lot (``３丁目５番地　さくら台集会所``: fresh-user trial 65's kind, a
        # letterhead's address had been a letter's title) is no title; nor is a notice's addressee in English
        # (``To all residents``, as ``市民の皆様へ`` is none: helper news67, the notice opening on it had been titled so);
        # a front-matter field (``Keywords: …``, ``学 校 代 码:``) is no title, nor a calendar's month, nor a part's
        # ordinal alone (``Part 1``, ``第１部``: the running order's), nor a day and its venue (``Saturday 14 December,
        # St Oswald's Church, Ashbourne``: trial 79b's programme notes had been titled so)
        return False
    if korean:
        return _korean_title_shaped(s)
    if _GOAL_LABEL.match(s) is not None:
        return False  # ``今月の目標：よくかんで食べよう``: a school sheet's goal for the period, a field (helper head83)
    if english and _dated_field_en(s):
        return False  # ``Reporting period: 1 April 2023 – 31 March 2025``: a report's field (trial 75), no title
    if english and record_field_en(s):
        return False  # ``Landlord: Mr Anthony Greaves``, ``Prepared by: …``: a form's field (trial 77e), no title
    if english and _quoted_en(s):
        # an episode's or a talk's title set wholly in quotation marks (``"The Eel Catchers of Welney"``: fresh-user
        # trial 75's podcast, under its series line) is read by the words inside them
        s = s[1:-1].strip()
    if english:
        words = s.split()
        # a year may lead the title (``2025 Annual Meeting Agenda``), or a word opening on a number (``3D Recording
        # of …``, ``5G Networks …``, ``19th-Century Harbour Maps``): the capital is asked of what follows it
        lead = _YEAR_LEAD.match(s) or _NUMBER_WORD_LEAD.match(s) or _name_lead(s)
        if _PACKAGE_VERSION.fullmatch(s) is not None:
            return True  # a package's name and version alone (``endnotesj.sty v3.0``: a manual's title, trial 76c)
        return len(words) <= 16 and (s[lead.end() if lead else 0].isupper() or (m is not None and markup_name(s))) \
            and not s.endswith(".")
    if script_of(s) in (EN, NEUTRAL):  # Latin with Japanese in it, as much or more (``日本語 BibTEX：JBibTEX``,
        # ``pLATEX 2ε チートシート``): a Japanese title's shape
        return s[0].isalpha() and not s.endswith(".") and len(s.split()) <= 16  # ``20xx年x月`` is a date's mask
    return script_of(s) == JA and sum(c == GAP for c in s) < len(s) / 2


_DATED_FIELD_EN = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t][a-z]+(?:-[a-z]+)?){0,2}[ \t]*:[ \t]+(?P<value>\S.*)$")
_DATE_RANGE_PARTS = re.compile(r"[ \t]+(?:to|until|till|through|[–—-])[ \t]+")


def _dated_field_en(s: str) -> bool:
    """``s`` is an English field whose value is a date or a period (``Reporting period: 1 April 2023 – 31 March
    2025``, ``Period covered: April 2024 to March 2025``, ``Submitted: 30 April 2025``): a report's head's field.

    >>> _dated_field_en("Period covered: April 2024 to March 2025"), _dated_field_en("Port Cities: A History")
    (True, False)

    A label's word may be hyphenated (``Check-in date: 1 September 2026``, ``Move-out date: …``: fresh-user trial 77e, a
    tenancy inventory's field had titled it over its capitals title):

    >>> _dated_field_en("Check-in date: 1 September 2026"), _dated_field_en("Follow-up visit: 3 March 2025")
    (True, True)
    """
    from pipeline.segment.labels import is_date_line

    m = _DATED_FIELD_EN.match(s)
    return m is not None and all(is_date_line(p.strip()) for p in _DATE_RANGE_PARTS.split(m.group("value")))


_RECORD_FIELD_EN = re.compile(r"^(?P<label>[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t][a-z]+(?:-[a-z]+)?){0,2})[ \t]*:[ \t]+"
                              r"(?P<value>\S.*)$")
_CREDIT_LABEL_END = frozenset({"by", "for", "to", "from"})


def record_field_en(s: str) -> bool:
    """``s`` is an English record's or form's field, a label in sentence case (one to three words, the first alone
    capitalised: ``Landlord``, ``Check-in date``, ``Prepared by``) then a colon and a value that a title's subtitle
    never is: a person's courtesy title and name (``Mr Anthony Greaves``), a number or an address's house number
    (``Flat 3, 27 Belvedere Terrace``, ``04821``), or whatever a credit's label (``… by:``, ``… for:``) names.
    Decision, issue 16, fresh-user trial 77e: a tenancy inventory's fields under its capitals title had titled it
    (``Check-in date: 1 September 2026`` over ``Prepared by: …``). A title and its subtitle (``Port Cities: A
    History``, ``Bristol: A City Reborn``, ``Urban heat islands: A review``) stay titles.

    >>> [record_field_en(s) for s in ("Landlord: Mr Anthony Greaves", "Property: Flat 3, 27 Belvedere Terrace",
    ...  "Prepared by: Fenella Dawes, Cotswold Lettings Ltd", "Tenant: Ms Priya Ramaswamy", "Gas: 11376.4")]
    [True, True, True, True, True]
    >>> [record_field_en(s) for s in ("Port Cities: A History", "Bristol: A City Reborn", "Urban heat islands: A review",
    ...  "Hamlet: Prince of Denmark", "In Memoriam: Jane Goodall")]
    [False, False, False, False, False]
    """
    from pipeline.english_words import NAME_TITLES

    m = _RECORD_FIELD_EN.match(s.strip())
    if m is None:
        return False
    label, value = m.group("label").split(), m.group("value")
    first = value.split()[0].rstrip(".")
    return (label[-1] in _CREDIT_LABEL_END and len(label) > 1) or first in NAME_TITLES or value[:1].isdigit() \
        or re.search(r"^[A-Z][a-z]+ [0-9]+[A-Za-z]?, [0-9]", value) is not None


_QUOTE_PAIRS_EN = {'"': '"', "“": "”", "‘": "’"}


def _quoted_en(s: str) -> bool:
    """``s`` (stripped) is wholly one English quotation: a pair of quotation marks around it and none inside."""
    return len(s) > 2 and _QUOTE_PAIRS_EN.get(s[0]) == s[-1] and bool(s[1:-1].strip()) \
        and not any(c in s[1:-1] for c in '"“”')


def is_korean_title_line(text: str) -> bool:
    """A Korean line shaped as a title, by the evidence a Japanese title line needs (:func:`is_title_line`: no
    sentence, no numbered heading, no contents heading, no date, no field, no section name), and what shows Korean
    prose, an issuer or a name (:func:`_korean_title_shaped`). Decision, session 64 (helper title64; fresh-user trial
    63b's Korean manual had ``title`` null, its title line the first of ``front``).

    >>> is_korean_title_line("무선 공기청정기 AP-200 사용 설명서"), is_korean_title_line("대구 원도심 관광객의 이동 경로 분석")
    (True, True)
    >>> is_korean_title_line("전원 버튼을 2초간 누르면 제품이 켜집니다."), is_korean_title_line("제품이 켜집니다")  # a sentence
    (False, False)
    >>> is_korean_title_line("대구광역시 수성구 문화관광과"), is_korean_title_line("광주광역시 문화재단")  # an issuer
    (False, False)
    >>> is_korean_title_line("김민수, 이지은"), is_korean_title_line("박서준"), is_korean_title_line("2025년 6월 2일")
    (False, False, False)
    >>> is_korean_title_line("1. 안전 주의사항"), is_korean_title_line("문의: 문화관광과 051-749-0000"), is_korean_title_line("港町の国際交流")
    (False, False, False)
    >>> is_korean_title_line("제3회 한일 해양 포럼")  # an event's name by its ordinal, as 第3回 …
    False
    >>> is_korean_title_line("사업 개요와 분석 결과"), is_korean_title_line("푸른 바다의 도시")  # a noun ending, never a verb's
    (True, True)
    """
    return is_title_line(text, korean=True)


_KOREAN_DATE = re.compile(r"^[0-9]{2,4}\s*년(?:\s*[0-9]{1,2}\s*월)?(?:\s*[0-9]{1,2}\s*일)?\s*(?:[(（][가-힣][)）])?\.?$")
"""A date alone in Korean (``2025년 6월 2일``, ``2025년 6월``, ``2025년 6월 2일(월)``): a notice's dateline, no title."""
_KOREAN_SENTENCE_ENDS = ("니다", "니까", "세요", "어요", "아요", "해요", "에요", "예요", "까요", "지요", "네요", "게요", "래요",
                         "워요", "와요", "줘요", "봐요", "돼요", "져요", "려요", "시오", "하라", "이다")
"""A Korean predicate's final endings (the formal and polite speech levels, an imperative, the copula): a line
ending on one is a sentence, as a Japanese line ending on ``。`` is (``제품이 켜집니다``, ``두지 마십시오``). Nouns that end so
(``개요``, ``필요``) are not listed: ``요`` counts only after a verb's stem syllable."""
_KOREAN_ORGANISATIONS = ("재단", "협회", "위원회", "학회", "의회", "조합", "공사", "공단", "연구소", "연구원", "센터", "대학교",
                         "대학", "학과", "은행", "회사", "본부", "사무소", "사무국", "시청", "구청", "군청", "도청", "교육청",
                         "광역시", "특별시", "자치시", "자치도")
"""Words a Korean organisation's or municipality's name ends on (``광주광역시 문화재단``, ``대구대학교``, ``수성구청``): an
issuer's line, an affiliation, never the title (trial 61b's Korean issuer had been the title)."""
_KOREAN_NOT_DEPARTMENT = ("결과", "효과", "성과", "통과", "사과")
"""Words ending in ``과`` that name no department (result, effect, outcome, passing, apple)."""
_KOREAN_LABEL = re.compile(r"^[가-힣]{1,6}\s?[:：]")
"""A field's Korean label and its colon (``문의: …``, ``담당：…``): a form's field, no title."""
_KOREAN_EVENT = re.compile(r"^제\s?[0-9０-９]+\s?(?:회|차)\s")
"""An event's name by its ordinal (``제3회 한일 해양 포럼``, ``제12차 정기총회``), as ``第3回 …`` is (:func:`is_event_line`): the
event a talk was given at, never the talk's title."""
_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}[0-9¹²³⁴⁵⁶⁷⁸⁹*†]*$")
"""One word of two to four syllables (marks after it): a person's name (``김민수``), a label or a section's name (``요약``,
``안내문``), never a title by itself."""


def _korean_title_shaped(s: str) -> bool:
    """The Korean checks of :func:`is_korean_title_line` on a line ``s`` that passed the title line's common ones."""
    from pipeline.korean import _HANGUL_WORD

    words = s.split()
    last = _HANGUL_WORD.findall(words[-1]) if words else []
    last = last[-1] if last else ""
    if s.endswith((".", "!", "．")) or re.search(r"[.!?。]\s+\S", s) or _KOREAN_DATE.match(s) or _KOREAN_LABEL.match(s) \
            or _KOREAN_EVENT.match(s):
        return False
    if last.endswith(_KOREAN_SENTENCE_ENDS) or (last.endswith("다") and _verb_before_da(last)):
        return False
    if "(주)" in s or "주식회사" in s or last.endswith(_KOREAN_ORGANISATIONS) \
            or (len(last) >= 3 and last.endswith("과") and not last.endswith(_KOREAN_NOT_DEPARTMENT)):
        return False
    # a name or a list of names (``김민수, 이지은``, ``박서준``), a label alone (``요약``)
    return not all(_KOREAN_NAME.match(part.strip()) for part in re.split(r"[,，、·ㆍ]", s) if part.strip())


def _verb_before_da(word: str) -> bool:
    """``word`` ends on a declarative ``다`` after a verb's or adjective's ending: a final ㄴ (``한다``, ``된다``, ``읽는다``),
    ㅆ (``있다``, ``했다``), ㅄ (``없다``) or the copula's ``이`` (``도시이다``); a noun ending in ``다`` (``바다``, ``캐나다``) has
    none of them."""
    if len(word) < 2 or not ("\uac00" <= word[-2] <= "\ud7a3"):
        return False
    final = (ord(word[-2]) - 0xAC00) % 28
    return final in (4, 20, 18) or word[-2] == "이"  # ㄴ, ㅆ, ㅄ


_FIELD_COLON = re.compile(r"^([A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*){0,3})\s?[:：]\s+(\S.*)$")
_AGENT_LABEL = re.compile(r"^(?:[A-Z][a-z]+\s+)?[A-Za-z]+ed\s+(?:by|for|to|with)$", re.IGNORECASE)


LEAD_LABEL = re.compile(r"^[ \t]*(?:(?:Project|Research|Programme|Program|Study|Grant)[ \t]+(?:lead|leader|director|"
                        r"manager|coordinator|co-ordinator)|Principal[ \t]+investigator|Lead[ \t]+(?:researcher|"
                        r"investigator|applicant|author))[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
"""A report's or grant's label naming the person who led the work (``Project lead:``, ``Principal investigator:``,
``Lead researcher:``) at the head of the line (``stage._labelled_lead``, :func:`labelled_field`)."""


LEAD_ORGANISATION_LABEL = re.compile(r"^[ \t]*(?:Lead[ \t]+)?(?:organisation|organization|institution|grantee|"
                                     r"grant[ \t]+holder|applicant[ \t]+organisation|applicant[ \t]+organization)"
                                     r"[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
"""A report's or grant's label naming the organisation that held the work (``Lead organisation:``, ``Grantee:``)."""


def labelled_field(text: str) -> bool:
    """An English field line that names who did or received the work: a label of one to four words naming a role
    (its last word a post or an author's label, :data:`~pipeline.names.JOB_TITLES_EN`,
    :data:`~pipeline.names.SPEAKER_FIELDS`, or a form's field, :func:`~.labels.form_field`: ``Project lead``,
    ``Lead author``, ``Media contact``) or an agent's participle and its preposition (``Prepared by``, ``Prepared
    for``, ``Commissioned by``, ``Submitted to``), a colon, and a value that names a person (academic titles aside,
    a bracket or a comma after it: ``Dr. Sunita Chaudhry``) or an organisation (``Aldgate Water Consultants Ltd``).
    Never a title, though it is shaped as one (decision, issue 16, helper bound61: a report's ``Project lead: Dr.
    Sunita Chaudhry`` under ``Prepared by: …`` had become its title, the title over them front). A title's own colon
    opens a phrase, not a name (``Port Cities: A History``, ``Harbour Freight Study: Interim Report``); a label
    that names no role stays a title's head (``In Memoriam: Jane Goodall``, ``Case Study: Leeds City Council``).

    >>> labelled_field("Project lead: Dr. Sunita Chaudhry"), labelled_field("Prepared by: Aldgate Water Consultants Ltd")
    (True, True)
    >>> labelled_field("Lead author: Prof. Kenji Mori (University of Hull)"), labelled_field("Prepared for: Leeds City Council")
    (True, True)
    >>> labelled_field("Port Cities: A History"), labelled_field("In Memoriam: Jane Goodall"), labelled_field("Case Study: Leeds City Council")
    (False, False, False)
    >>> labelled_field("Project lead: a review of the role"), labelled_field("Team Leadership: Lessons from Hull")
    (False, False)
    """
    m = _FIELD_COLON.match(text.strip())
    if m is None or script_of(text) != EN:
        return False
    label, value = m.group(1), m.group(2).strip()
    last = label.split()[-1]
    last = last[:1].upper() + last[1:]
    if not (post_head(last, len(label.split()) > 1) or last in SPEAKER_FIELDS or _AGENT_LABEL.match(label) or form_field(text) is not None
            or LEAD_LABEL.match(text) is not None or LEAD_ORGANISATION_LABEL.match(text) is not None):
        return False
    value = re.split(r"\s*[(（,;]", value, maxsplit=1)[0].strip()
    return bool(value) and (is_person_name(value[name_start(value):]) or names_people(value) or is_organisation(value)
                            or organisation_line(value))


_EN_DAY_LEAD = re.compile(r"^(?:[A-Za-z]+,?\s+)?[A-Za-z]+\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?\s+\S")


def _calendar_line(s: str) -> bool:
    """A calendar's or a timetable's line (:func:`~.labels.calendar_key`: a month, a date, a weekday or a time alone, or
    a row led by one: ``September``, ``4月``, ``5月10日（土）``, ``9時 会場設営``, ``10:00 Opening``): never a title.
    Helper title53 (issue 16): a school calendar read as a paper, ``School Calendar 2024-25`` / its school /
    ``September`` / its events, was titled ``September``. An English month and day before words may open a title's
    phrase (``May 4 Movement and Chinese Modernity``) and stays one.

    >>> _calendar_line("September"), _calendar_line("5月10日（土）"), _calendar_line("May 4 Movement and Chinese Modernity")
    (True, True, False)

    A month with its year before a schedule's or a menu's kind names the sheet (:func:`dated_schedule_title`): a title.

    >>> _calendar_line("令和８年１月　きゅうしょく こんだて表"), _calendar_line("2026年4月　行事予定表"), _calendar_line("4月　遠足")
    (False, False, True)
    """
    return calendar_key(s) and not (script_of(s) == EN and _EN_DAY_LEAD.match(s) is not None) \
        and not dated_schedule_title(s)


_ROW_GAP = re.compile(r"\u3000+| {2,}")
MIN_ROW_CELLS = 3
"""Cells a row set by white has at least (:func:`_spaced_row`): two are a title and its edition or subtitle as often."""


def _spaced_row(text: str) -> bool:
    """``text`` is a table's row set by white: :data:`MIN_ROW_CELLS` cells or more parted by ideographic spaces (or two
    ASCII spaces), one gap at least two wide (``日　　曜　こんだて　　　エネルギー``); a title's words parted by single
    ideographic spaces (``令和7年度　港町観光協会　事業報告書``) are no row.

    >>> _spaced_row("日\u3000\u3000曜\u3000こんだて\u3000\u3000\u3000エネルギー"), _spaced_row("令和7年度\u3000港町観光協会\u3000事業報告書")
    (True, False)
    >>> _spaced_row("○○市報\u3000\u3000第42号"), _spaced_row("裁\u3000\u3000決\u3000\u3000書"), _spaced_row("被\u3000\u3000\u3000告\u3000\u3000\u3000札幌市")
    (False, False, False)
    """
    s = text.strip()
    if not has_japanese(s):
        # (an English line set by two spaces is a catalogue's entry as often, ``HIST 245  The Atlantic World  (3
        # credits)``, which heads its section: a Japanese sheet's header is this reader's kind)
        return False
    gaps = _ROW_GAP.findall(s)
    # (letters spaced out, ``裁　　決　　書``, ``原　　　告　　　小　松　誠``, are one word's or a party's: two cells at
    # least hold words)
    return len(gaps) + 1 >= MIN_ROW_CELLS and any(len(g) >= 2 for g in gaps) \
        and sum(len(c) >= 2 for c in _ROW_GAP.split(s)) >= 2


_GOAL_LABEL = re.compile(r"^(?:(?:今月|今週|今学期|今年度|本年度|本年|今年|今日|本日|[0-9０-９]{1,2}月)の)?"
                         r"(?:目標|めあて|ねらい|重点|テーマ|スローガン|生活目標|保健目標|給食目標|学級目標|学年目標|月目標|週目標)"
                         r"[\s\u3000]*[:：]")
"""A school sheet's label of the period's goal (``今月の目標：``, ``生活目標：``, ``今週のめあて：``): the line is a field
under the sheet's title, never a title nor a subtitle (helper head83: a lunch menu had been titled by its goal)."""
_SCHEDULE_KIND_JA = r"(?:こんだて表|献立表|こんだて|献立|予定表|行事予定|行事予定表|行事カレンダー|カレンダー|時間割|日程表|スケジュール|時刻表|当番表|計画表|運行表)"
_SCHEDULE_KIND_EN = r"(?:Menu|Menus|Schedule|Timetable|Calendar|Rota|Programme|Program|Events)"
_DATED_SCHEDULE = re.compile(
    rf"^(?:{ERA}\s?(?:元|[0-9０-９]{{1,2}})|[12][0-9]{{3}}|[１２][０-９]{{3}})\s?年(?:度)?\s?[0-9０-９]{{1,2}}\s?月(?:分)?"
    rf"[\s\u3000]*[^、。：:\t]{{0,20}}?{_SCHEDULE_KIND_JA}$"
    rf"|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[12][0-9]{{3}}"
    rf"\s*[-–—:|]?\s*(?:[A-Z][\w'’&-]*\s+){{0,4}}{_SCHEDULE_KIND_EN}$")
"""A month and its year, then a few words ending on a schedule's or a menu's kind (``令和８年１月　きゅうしょく
こんだて表``, ``2026年4月　行事予定表``, ``January 2026 School Lunch Menu``)."""


def dated_schedule_title(text: str) -> bool:
    """``text`` names a monthly sheet by its month and its kind (:data:`_DATED_SCHEDULE`): a menu, a school's events,
    a timetable or a rota for the month, its title, though a calendar's row opens on a month too (:func:`_calendar_line`).
    Why (issue 16, helper head83, fresh-user trial 82c's kind): a lunch menu had been titled by the month's goal under it
    (``今月の目標：…``), its naming line front.

    >>> dated_schedule_title("令和８年１月　きゅうしょく こんだて表"), dated_schedule_title("January 2026 School Lunch Menu")
    (True, True)
    >>> dated_schedule_title("1月　こんだて表"), dated_schedule_title("令和8年1月の献立について、お知らせします。")
    (False, False)
    """
    return _DATED_SCHEDULE.match(" ".join(text.split()) if script_of(text) == EN else text.strip()) is not None


MAX_TITLE = 80
"""Characters a title line has at most, an English one in title case aside (:data:`MAX_EN_TITLE`): a longer line is
running text."""
MAX_EN_TITLE = 160
"""Characters an English title line in title case has at most (:func:`_long_title_shaped`): a paper's long title set
on one line (trial 40: ``Fatigue Behaviour of Additively Manufactured Ti-6Al-4V Lattice Specimens under
Variable-Amplitude Loading``, 105, had been no title, and the title and its authors went to ``front``); as long as a
later paper's title line may be (:data:`~.talks.MAX_TITLE_CANDIDATE`)."""
TITLE_PREPOSITIONS = frozenset({"under", "over", "between", "through", "throughout", "among", "amid", "across", "within",
                                "without", "against", "during", "towards", "toward", "versus", "upon", "after", "before",
                                "beyond", "along", "around", "behind", "below", "above", "beneath", "beside", "inside",
                                "outside", "despite", "near", "past", "since", "until", "via", "about"})
"""Prepositions an English title sets in small letters whatever their length (Chicago Manual of Style 8.159: ``…
Specimens under Variable-Amplitude Loading``, ``Sediment Transport between Tidal Flats``), beside the short function
words of :data:`~.slidetext.SMALL_WORDS`."""


def title_cased(text: str) -> bool:
    """An English phrase in title case (:func:`~.slidetext.is_title_case`), its prepositions in small letters whatever
    their length (:data:`TITLE_PREPOSITIONS`): trial 40's title's second line ``Specimens under Variable-Amplitude
    Loading`` had been read as no title phrase, its four words allowing no word in small letters but a short one, and
    the title was cut to it.

    >>> title_cased("Specimens under Variable-Amplitude Loading"), title_cased("Port Cities"), title_cased("Cruise ships call at the port")
    (True, True, False)
    >>> title_cased("Salt Marshes between the Tides"), title_cased("Vessels under repair today")
    (True, False)
    """
    if is_title_case(text):
        return True
    words = text.split()
    kept = [w for w in words if w not in TITLE_PREPOSITIONS]
    return 2 <= len(kept) < len(words) and is_title_case(" ".join(kept))


MAX_LONG_TITLE_COMMAS = 2
"""Commas a title line longer than :data:`MAX_TITLE` holds at most: a longer list is of names or of an affiliation's
parts (``Mamoru Tanahashi1,†, Yongchan Kim2,†, …``, ``1Department, Organization, Street, Postcode, …``), set in
capitalised words as a title is."""


def _long_title_shaped(s: str) -> bool:
    """An English line over :data:`MAX_TITLE` characters that may be a title (:data:`MAX_EN_TITLE`): in title case
    (:func:`title_cased`), with no author's mark (``†``, ``∗``, ``*``, ``‡``), no list of more than
    :data:`MAX_LONG_TITLE_COMMAS` commas (a line of authors or of affiliations), and no organisation's name (a thesis's
    ``The School of Engineering and Applied Science of The George Washington University``, 81, on its approval page,
    had become a later talk's title).

    >>> _long_title_shaped("Fatigue Behaviour of Additively Manufactured Ti-6Al-4V Lattice Specimens under Variable-Amplitude Loading")
    True
    >>> _long_title_shaped("Mamoru Tanahashi1,†, Yongchan Kim2,†, Sumanta Acharya3, Koji Fukagata4, John Lienhard5,∗")
    False
    >>> _long_title_shaped("The School of Engineering and Applied Science of The George Washington University")
    False
    """
    return s.count(",") <= MAX_LONG_TITLE_COMMAS and not any(c in s for c in "†‡∗*") and title_cased(s) \
        and not _names_organisation(s) and ORGANISATION_NAME.search(s) is None  # led or ended by its kind's word


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SPACED_WORD = re.compile(r"[^\W\d_](?: [^\W\d_]){1,}")
_LATIN_SPACED_WIDE = re.compile(r"[A-Za-zÀ-ɏ](?:\u3000{1,2}[A-Za-zÀ-ɏ])+")
"""Latin letters each alone between one or two ideographic spaces (``P　O　R　T``, ``T　H　E　　P　O　R　T``)."""
MIN_SPACED_LETTERS = 4
"""Letters a letterspaced title holds at least (``C U R R I C U L U M``); ``A B`` may be two initials."""


def unspaced(title: Text | None, measured: bool = False) -> Text | None:
    """A title set letterspaced read as its words: each letter alone between single spaces, its words parted by
    two spaces or more (extract writes a wider gap in a letterspaced run so: ``C U R R I C U L U M  V I T Æ`` →
    ``CURRICULUM VITÆ``), or one word of an English dictionary's when the line shows no word gap (``A B S T R A C T``
    → ``ABSTRACT``). The letters keep their places; the spaces between them were the page's white, no characters
    of the text. Any other title is returned as it is.

    Each raw line of the title is read alone: a title of several lines (fbithesis' cover, ``D O R T M U N D`` over
    ``FAKULTÄT FÜR INFORMATIK``, session 50's real-PDF trial, had been read as set) is unspaced line by line, and
    one wrapped over two letterspaced lines (``I N T E R N E  B E R I C H T E`` / ``I N T E R N A L  R E P O R T S``),
    joined by one space, never makes one word across them. Where
    the gaps were ``measured`` (a PDF, whose extraction wrote every wider gap of a run as two spaces), a run with no
    wider gap is one word whatever word it spells (``W U P P E R T A L`` → ``WUPPERTAL``); a text dump's single spaces may have lost its word gaps, so there the letters must make one
    common English word.

    >>> unspaced(Text.from_raw("C U R R I C U L U M  V I T Æ", 1)).text, unspaced(Text.from_raw("A B S T R A C T", 1)).text
    ('CURRICULUM VITÆ', 'ABSTRACT')
    >>> unspaced(Text.from_raw("J R R Tolkien", 1)).text, unspaced(Text.from_raw("H A R B O U R S O F T H E N O R T H", 1)).text
    ('J R R Tolkien', 'H A R B O U R S O F T H E N O R T H')
    >>> unspaced(Text.from_raw("W U P P E R T A L", 1)).text, unspaced(Text.from_raw("W U P P E R T A L", 1), measured=True).text
    ('W U P P E R T A L', 'WUPPERTAL')
    >>> unspaced(Text.from_raw("P\u3000O\u3000R\u3000T", 1)).text, unspaced(Text.from_raw("A N N U A L\u3000R E P O R T", 1)).text
    ('PORT', 'ANNUAL REPORT')
    >>> unspaced(Text.from_raw("事\u3000業\u3000報\u3000告", 1), measured=True).text  # Japanese: :func:`unspaced_ja`'s
    '事\u3000業\u3000報\u3000告'
    >>> two = Text.join([Text.from_raw("D O R T M U N D", 1), Text.from_raw("FAKULTÄT FÜR INFORMATIK", 2)], Text.inserted(" "))
    >>> unspaced(two, measured=True).text
    'DORTMUND FAKULTÄT FÜR INFORMATIK'
    >>> two = Text.join([Text.from_raw("I N T E R N E  B E R I C H T E", 1), Text.from_raw("I N T E R N A L  R E P O R T S", 2)], Text.inserted(" "))
    >>> unspaced(two, measured=True).text
    'INTERNE BERICHTE INTERNAL REPORTS'
    """
    if title is None:
        return None
    parts = _raw_line_parts(title)
    if len(parts) > 1:
        return Text.join([title[a:b] if joiner else unspaced(title[a:b], measured) for a, b, joiner in parts])
    words = _spaced_words(title.text, measured)
    if words is None:
        return title
    out = Text.empty()
    for n, (a, b) in enumerate(words):
        gap = title[words[n - 1][1]:words[n - 1][1] + 1] if n else Text.empty()  # the word gap's first space
        # an ideographic word gap (``Ａ Ｎ Ｎ Ｕ Ａ Ｌ　Ｒ Ｅ Ｐ Ｏ Ｒ Ｔ``) reads as one space: the U+3000, a character the
        # writer typed, leaves the title with a ledger row (:func:`title_spacing_rows`)
        out = out + (Text.inserted(" ") if gap.text == "\u3000" else gap)
        out = out + Text.join([title[k:k + 1] for k in range(a, b, 2)])
    return out


_SPACED_JA = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff0-9０-９](?P<gap>[ \u3000]+)[\u3005\u3040-\u30ff\u3400-\u9fff0-9０-９]"
                        r"(?:(?P=gap)[\u3005\u3040-\u30ff\u3400-\u9fff0-9０-９])*")
MIN_SPACED_JA = 4
"""Letters a Japanese line set letterspaced holds at least to be read as a letterspaced title by its letters alone
(:func:`unspaced_ja`): ``総 務 常 任 委 員 会 記 録``; a name of two or three letters spaced out to a column's width
(``議　題``, ``委 員 長``) is read so only where it is the whole title already (``判　　決``, ``議　事　録``), never a
person's name (``林　誠``) nor a post (``委　員　長``)."""


def unspaced_ja(title: Text | None) -> Text | None:
    """A Japanese title set letterspaced on one line read as its word: each letter (kanji, kana, a digit) alone between
    gaps of spaces or ideographic spaces, the same gap all along (one space or more: a judgment's ``判　　決`` spreads
    its two letters by two), :data:`MIN_SPACED_JA` letters or more (``総 務 常 任 委 員 会 記 録`` → ``総務常任委員会記録``;
    helper gikai55, a committee's record's centred name; ``事　業　報　告　書`` → ``事業報告書``, trial 57), or two or
    three where the line is the title and no person's name or post (``判　　決`` → ``判決``, ``議　事　録``, ``招　待　状``:
    decision, issue 16, helper fix67b, fresh-user trial 67b, whose court decision's title and id had been ``判　　決`` and
    ``…/判-決``; ``林　誠`` and session 57's ``委　員　長`` stay). Japanese parts no words by spaces, so the spaces are the page's white, no characters
    of the title; the letters keep their places (a view). A U+3000 is a character the writer typed: the caller records
    each one left out in the segment ledger (:func:`title_spacing_rows`). Any other title is returned as it is: two
    words spaced (``山田　太郎``, ``第1回　総会``), a gap that changes (``事　業 報　告``).

    >>> unspaced_ja(Text.from_raw("総 務 常 任 委 員 会 記 録", 1)).text, unspaced_ja(Text.from_raw("建　設　委　員　会", 1)).text
    ('総務常任委員会記録', '建設委員会')
    >>> unspaced_ja(Text.from_raw("判　　決", 1)).text, unspaced_ja(Text.from_raw("議　事　録", 1)).text
    ('判決', '議事録')
    >>> unspaced_ja(Text.from_raw("林　誠", 1)).text, unspaced_ja(Text.from_raw("事　業 報　告", 1)).text
    ('林\u3000誠', '事\u3000業 報\u3000告')
    >>> unspaced_ja(Text.from_raw("山田　太郎", 1)).text, unspaced_ja(Text.from_raw("港町の 国際交流", 1)).text
    ('山田\u3000太郎', '港町の 国際交流')
    """
    if title is None:
        return None
    s = title.text
    spaced = _SPACED_JA.fullmatch(s)
    if len(_raw_line_parts(title)) > 1 or spaced is None:
        return title
    step = len(spaced.group("gap")) + 1
    letters = range(0, len(s), step)
    from pipeline.segment.runin import judgment_head

    # (a judgment's kind, ``審　　　決``, reads as a surname and a given name: it is the kind, helper judg70b)
    if len(letters) < MIN_SPACED_JA and not judgment_head(s) \
            and (is_person_name(s) or POSTS_RE.fullmatch(s[::step]) is not None):
        return title  # a name of a letter each (``林　誠``) or a post spread to a column's width (``委　員　長``): a label
    return Text.join([title[k:k + 1] for k in letters])


def title_spacing_rows(before: Text | None, after: Text | None) -> list[LedgerRow]:
    """Ledger rows for the ideographic spaces of a letterspaced title that its reading closed up (:func:`unspaced_ja`):
    each a character the writer typed, so each leaves the title with a row (rule ``close_up_letterspaced_title``,
    reason ``spacing``); the ASCII spaces between its letters are layout white space and need none.

    >>> title = Text.from_raw("事　業　報　告", 3)
    >>> [(r.col, r.text) for r in title_spacing_rows(title, unspaced_ja(title))]
    [(1, '\u3000'), (3, '\u3000'), (5, '\u3000')]
    """
    if before is None or after is None or before is after:
        return []
    kept = set(after.origin)
    gone = [k for k, (ch, pos) in enumerate(zip(before.text, before.origin)) if ch == "\u3000" and pos not in kept]
    return [row for k in gone for row in ledger_rows_for(before[k:k + 1], rule="close_up_letterspaced_title",
                                                          reason="spacing")]


_SET_APART = re.compile(r"(?:\u3000|[ \t]{2,})[ \t\u3000]*")


def subtitle_set_after(text: str) -> int | None:
    """Where a subtitle set after the title on its line starts (its separator, wide spaces, before it): the line's
    last part after an ideographic space or two spaces or more is a subtitle between dashes or wave dashes
    (:func:`is_subtitle`), and a title with a letter stands before it (``令和6年度 事業報告書　　―地域とともに歩む一年―``);
    ``None`` otherwise. A dash inside the title's words (``港町―その歴史``) sets nothing apart.

    >>> t = "令和6年度 事業報告書　　―地域とともに歩む一年―"; t[:subtitle_set_after(t)]
    '令和6年度 事業報告書'
    >>> subtitle_set_after("港町の歴史―その歩み―"), subtitle_set_after("―地域とともに―"), subtitle_set_after("港町　第12号")
    (None, None, None)
    """
    for m in _SET_APART.finditer(text):
        if m.start() > 0 and any(ch.isalpha() for ch in text[:m.start()]) and is_subtitle(text[m.end():]):
            return m.start()
    return None


_KIND_LABEL = re.compile(r"^[ \u3000]*(?:【[^】0-9０-９\s]{1,10}】|［[^］0-9０-９\s]{1,10}］|\[[^\]0-9\s]{1,10}\]|〈[^〉0-9０-９\s]{1,10}〉"
                         r"|《[^》0-9０-９\s]{1,10}》|〔[^〕0-9０-９\s]{1,10}〕)[ \u3000]*")
"""A kind's label in brackets opening a title's line (``【インタビュー】``, ``【特集】``, ``［対談］``, ``〈連載〉``): a
magazine's or newsletter's rubric, no word of the title. No digit inside: ``【４】``, ``【S1-01】`` number a talk."""


def kind_label_before(text: str) -> int | None:
    """Where a Japanese title starts after a bracketed kind's label opening its line (:data:`_KIND_LABEL`), the
    label the page's rubric over an article (issue 16 point 2, fresh-user trial 84a's interview, helper notice85);
    ``None`` where no such label opens the line or no Japanese title follows it.

    >>> t = "【インタビュー】地域の味を次の世代へ"; t[kind_label_before(t):]
    '地域の味を次の世代へ'
    >>> kind_label_before("【４】南相馬市"), kind_label_before("【特集】"), kind_label_before("地域の味【特集】")
    (None, None, None)
    """
    m = _KIND_LABEL.match(text)
    if m is None or not JA_LETTER_RE.search(text[m.end():]) or not JA_LETTER_RE.search(m.group()):
        return None
    return m.end()


_DASH_APART = re.compile(r"(?:\u3000[ \t\u3000]*|[ \t]{2,}[ \t\u3000]*|[ \t])[―—－](?:[ \t\u3000]*\u3000|[ \t]{2,}|[ \t])")


def dash_subtitle_after(text: str) -> tuple[int, int] | None:
    """Where a Japanese title's line parts its title from a subtitle by one dash set apart by white space, an
    ideographic space or two spaces on one side at least (``地域の味を次の世代へ　―　老舗味噌蔵の七代目に聞く``): the
    title's end and the subtitle's start. ``None`` where the dash stands inside the words (``東京―大阪間の輸送``), where
    it has one plain space on each side (``相続の基本 ― 遺言書…``: read as one line, under a title, by
    ``_dashed_subtitle_over_credit``), where the line has another dash, or where either part holds no letter.

    Why (issue 16 point 2, fresh-user trial 84a's interview, helper notice85): the article's title and its
    subtitle had been one title.

    >>> t = "地域の味を次の世代へ　―　老舗味噌蔵の七代目に聞く"; a, b = dash_subtitle_after(t); t[:a], t[b:]
    ('地域の味を次の世代へ', '老舗味噌蔵の七代目に聞く')
    >>> dash_subtitle_after("東京―大阪間の輸送"), dash_subtitle_after("相続の基本 ― 遺言書をどう書くか")
    (None, None)
    """
    found = [m for m in _DASH_APART.finditer(text)]
    if len(found) != 1 or sum(text.count(d) for d in "―—－") != 1:
        return None
    m = found[0]
    gap = m.group()
    if "\u3000" not in gap and "  " not in gap:
        return None
    before, after = text[:m.start()], text[m.end():]
    if not JA_LETTER_RE.search(before) or not JA_LETTER_RE.search(after):
        return None
    return m.start(), m.end()


def trimmed_part(part: Text | None, rule: str = "trim_title_part", ends: str = "both") -> tuple[Text | None, list[LedgerRow]]:
    """A part split off a title's line (its edition, its subtitle) without the white space at its ends, and a ledger
    row for each ideographic space so left out (rule ``trim_title_part``, reason ``spacing``): the wide spaces that
    set the part apart are the page's white, no character of the part, yet each is a character the writer typed
    (fresh-user trial 61d: a newsletter's ``○○市報　　第42号`` gave the front paragraph ``　第42号``). ASCII spaces and
    TABs are layout white space and need no row. ``rule`` names the rows' rule (a heading's: ``trim_heading``);
    ``ends`` is ``"both"`` or ``"end"`` (the part's start kept as it stands).

    >>> part, rows = trimmed_part(Text.from_raw("みどり市報　　第42号　", 1)[5:])
    >>> part.text, [(r.col, r.text) for r in rows]
    ('第42号', [(5, '\u3000'), (6, '\u3000'), (11, '\u3000')])
    >>> trimmed_part(Text.from_raw("Issue 12", 1))[0].text, trimmed_part(None)
    ('Issue 12', (None, []))
    """
    if part is None:
        return None, []
    s = part.text
    start = len(s) - len(s.lstrip(" \t\u3000")) if ends == "both" else 0
    end = len(s.rstrip(" \t\u3000"))
    if start >= end:
        return part, []
    gone = [k for k in [*range(start), *range(end, len(s))] if s[k] == "\u3000"]
    rows = [row for k in gone for row in ledger_rows_for(part[k:k + 1], rule=rule, reason="spacing")]
    return part[start:end], rows


def _raw_line_parts(title: Text) -> list[tuple[int, int, bool]]:
    """``title`` cut where its raw line changes: each part's span and whether it is the joiner between two lines
    (characters of no raw line, or the white space between two parts)."""
    lines = [pos[0] if pos is not None else None for pos in title.origin]
    parts: list[tuple[int, int, bool]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        end = k + 1
        while end < len(lines) and lines[end] == line:
            end += 1
        joiner = line is None or not title.text[k:end].strip()
        if parts and parts[-1][2] and joiner:
            parts[-1] = (parts[-1][0], end, True)
        else:
            parts.append((k, end, joiner))
        k = end
    return parts


@lru_cache(maxsize=LINE_CACHE)
def _spaced_words(s: str, measured: bool = False) -> tuple[tuple[int, int], ...] | None:
    """The spans of a letterspaced line's words (:func:`unspaced`), else ``None``. Latin letters parted by
    ideographic spaces alone (a Japanese document's ``Ｐ　Ｏ　Ｒ　Ｔ``, full-width letters clean made ASCII) are read as
    if parted by spaces, two of them a word gap; with spaces between the letters, an ideographic space is the word
    gap (``Ａ Ｎ Ｎ Ｕ Ａ Ｌ　Ｒ Ｅ Ｐ Ｏ Ｒ Ｔ``: helper head58, trial 57's strict xfail). Japanese letters are never
    read so here (:func:`unspaced_ja` reads them, and ledgers what it closes up)."""
    if "\u3000" in s and " " not in s.strip() and _LATIN_SPACED_WIDE.fullmatch(s.strip()):
        s = s.replace("\u3000", " ")  # one for one: the offsets stay the line's
    if len(s) > 2 * 80 or "  " not in s and s.count(" ") < MIN_SPACED_LETTERS - 1:
        return None
    lead = len(s) - len(s.lstrip())
    words = tuple((m.start() + lead, m.end() + lead) for m in re.finditer(r"\S+(?: \S+)*", s.strip()))
    if not words or not all(_SPACED_WORD.fullmatch(s[a:b]) for a, b in words) \
            or sum((b - a + 1) // 2 for a, b in words) < MIN_SPACED_LETTERS:
        return None
    if len(words) == 1 and not measured and zipf(s[words[0][0]:words[0][1]].replace(" ", "").lower()) < MIN_WORD_ZIPF:
        return None  # no word gap shown, and the letters make no one word
    return words


def unspaced_text(s: str) -> str:
    """``s`` read as its words where it is set letterspaced (:func:`unspaced`), else ``s``.

    >>> unspaced_text("S I G N A L S  O F  T H E  H A R B O U R"), unspaced_text("Port Cities")
    ('SIGNALS OF THE HARBOUR', 'Port Cities')
    """
    words = _spaced_words(s)
    return s if words is None else " ".join(s[a:b].replace(" ", "") for a, b in words)


MIN_WORD_ZIPF = 2.5
"""How common (:func:`~pipeline.english_words.zipf`) the letters of a letterspaced title without a word gap must be
as one word to be read as it (``ABSTRACT``, ``CONTENTS``)."""


@lru_cache(maxsize=LINE_CACHE)
def is_title_start(text: str) -> bool:
    """A title's first line (:func:`is_title_line`), no word of two to six capitals alone: an institution's acronym
    (yathesis's ``ULCO`` over its university's name was the thesis's title). Such a word may still carry a title on
    (``A Simple Example of the llncsconf Package for`` / ``LATEX``; ``… FROM THREE`` / ``TOWNS``).

    >>> is_title_start("ULCO"), is_title_start("Le chaos du rire"), is_title_start("（公印省略）")
    (False, True, False)
    """
    return is_title_line(text) and _ACRONYM.fullmatch(text.strip()) is None and _SEAL_NOTE.fullmatch(text.strip()) is None


_SEAL_NOTE = re.compile(r"[（(〔]?\s*(?:公印|職印|印)\s*(?:省略|略|省)\s*[）)〕]?")
"""An official notice's note that its seal is left off (``（公印省略）`` under the sender, ``職印省略``): a line of the
notice's head, never its title (trial 55c: a town's notice had the title ``（公印省略）``)."""


CHAPTER_WORDS_LOWER = frozenset(w.lower() for w in CHAPTER_WORDS)
"""A chapter's word alone on its line (``Chapter`` over ``4. …``, its number opening the next line): a chapter's
label, never a title."""

MAX_AFFILIATION_LINES = 2
"""Affiliation lines under a speaker's name taken at most, unless the name line carries more marks."""
MAX_SPEAKER_LINES = 16
"""Lines a title block's authors and their affiliations take at most (authors one a line, each under the last)."""
MIN_REPORT_TITLE = 6
"""Characters (spaces aside) a title must have before the organisation line under it joins its block (a report's
cover: ``水無瀬町下水道事業報告書`` / ``水無瀬町上下水道課``); a short label over an organisation is no cover."""
MAX_TITLE_LINES = 3
"""Lines a title may be wrapped over."""


MAX_CAPITALS_LINES = 4
"""Lines a title set in capitals may be wrapped over (a thesis cover's ``A STUDY OF THE SOCIOLOGICAL IMPACT OF THE``
/ ``1984 OLYMPICS ON THE POVERTY`` / ``LEVEL OF CITIZENS OF`` / ``LOS ANGELES``)."""
_YEAR_LEAD = re.compile(r"^[12][0-9]{3}\s+(?=\S)")
_SOFTWARE_LEAD = re.compile(r"^[a-z][A-Za-z0-9._-]{0,24}:\s+(?=[A-Z])")
"""A software package's name in small letters and a colon opening an English title (``strucchange: An R Package for
Testing …``, ``zoo: S3 Infrastructure for …``, ``lme4: Mixed-Effects Models …``), as the Journal of Statistical
Software and its kin title papers (:func:`_name_lead`)."""


def _name_lead(s: str) -> "re.Match[str] | None":
    """The lead :data:`_SOFTWARE_LEAD` of an English title line ``s``, where the words after the colon are in title
    case (:func:`~.slidetext.is_title_case`); else ``None``. The capital an English title opens on is asked of what
    follows the name: a package's name keeps its small letters in the title (real-PDF check, helper real66b:
    strucchange's vignette had its title's first line in ``front`` and its second line for the title). A label in small
    letters before a sentence (``warning: Do not open the lid``) is no title: the words after it are no title case.

    >>> [bool(_name_lead(s)) for s in ("zoo: Infrastructure for Irregular Time Series", "strucchange: An R Package for",
    ...                                 "warning: Do not open the lid", "note: see below", "Flexmix: A Framework")]
    [True, True, False, False, False]
    """
    m = _SOFTWARE_LEAD.match(s)
    if m is not None and is_title_case(s[m.end():]):
        return m
    # no colon: the package's name before a few capitalised words (JSS's ``zoo Design``, real paper 71b, whose title
    # had gone unread); a small word of English prose (``the Harbour Plan``, ``see Zeileis``, ``and Grothendieck``)
    # opens a wrapped line, never a name
    m = _BARE_NAME_LEAD.match(s)
    if m is None or m.group(1).lower() in _PROSE_LEADS or zipf(m.group(1)) >= BARE_NAME_MAX_ZIPF:
        return None
    rest = s[m.end():].split()
    return m if 1 <= len(rest) <= 6 and all(w[:1].isupper() and w[1:].isalpha() for w in rest) else None


_PACKAGE_VERSION = re.compile(r"[a-z][a-z0-9-]{1,24}(?:\.(?:sty|cls|dtx|py|js|el|lua|tex|rb|pl))?\s+v?[0-9]+(?:\.[0-9]+)+[a-z]?")
"""A software package's name in small letters (its file's name, ``endnotesj.sty``) and its version alone on a line
(``endnotesj.sty v3.0``, ``zoo 1.8-12`` is no such version): how a package's manual heads its first page, its
title though it opens on a small letter (fresh-user trial 76c: the Japanese subtitle under it had been the title)."""
_BARE_NAME_LEAD = re.compile(r"^([a-z][a-z0-9]{1,11})\s+(?=[A-Z])")
"""A software package's name in small letters before a title's capitalised words, no colon (``zoo Design``)."""
BARE_NAME_MAX_ZIPF = 5.0
"""Zipf frequency (:func:`~pipeline.english_words.zipf`) from which a small word is prose's own (``using``, ``see``,
``data``), never a package's name leading a title."""
_PROSE_LEADS = frozenset(CONNECTIVES) | frozenset({"and", "but", "nor", "yet", "so", "as", "if", "via", "per", "into",
                                                   "onto", "over", "under", "than", "then", "also", "where", "when"})


_NUMBER_WORD_LEAD = re.compile(r"^[0-9]{1,4}(?:[A-Za-z]{1,3}(?![a-z])|[A-Za-z]{0,2}[-–][A-Z][\w-]*)\s+(?=\S)")
"""A word opening on a number that may lead an English title (trial 46: ``3D Recording of Folk Tools`` had been no
title, for its first letter is no capital): digits and a unit's or an ordinal's letters (``3D``, ``5G``, ``4K``,
``21st``), or digits (an ordinal's letters) and a hyphen before a capitalised word (``19th-Century``, ``100-Year``).
Digits alone before a word are a numbered heading's (``3 Results``: :func:`~pipeline.numbering.explicit_number`)."""


def capitals_go_on(line: str, following: str) -> bool:
    """``following`` carries on the English title ``line`` set in capitals: both in capitals, the next a title
    phrase too (a year may lead it: ``1984 OLYMPICS …``, no section number), and no name, organisation, degree,
    byline, date or document kind (a name's shape counts for the title after a line stopping on a connective). A
    thesis cover sets its title so, wrapped where the width says, with no connective or title case to tell it.

    >>> capitals_go_on("A STUDY OF THE SOCIOLOGICAL IMPACT OF THE", "1984 OLYMPICS ON THE POVERTY")
    True
    >>> capitals_go_on("LEVEL OF CITIZENS OF", "LOS ANGELES"), capitals_go_on("COFFEE CONSUMPTION", "JUAN VALDEZ")
    (True, False)
    >>> capitals_go_on("THE TITLE OF MY THESIS", "MASTER OF SCIENCE"), capitals_go_on("THE TITLE OF MY THESIS", "UNIVERSITY OF CALGARY")
    (False, False)
    >>> capitals_go_on("Port Cities", "Trade Routes"), capitals_go_on("PORT CITIES", "BY")
    (False, False)
    """
    a, b = line.strip(), following.strip()
    if script_of(a) != EN or script_of(b) != EN or not a.isupper() or not b.isupper() or JA_LETTER_RE.search(a + b):
        return False
    rest = b[_YEAR_LEAD.match(b).end():] if _YEAR_LEAD.match(b) else b
    # after a line stopping on a connective (``… OF``) a name's shape is the title's (``LOS ANGELES``)
    named = not ends_on_connective_word(a) and not _names_no_one(b)
    titled = _title_cased(b)  # organisation words are read in title case (``UNIVERSITY OF CALGARY``)
    return is_title_line(rest) and not named and not byline(b) and not by_alone(b) and not is_degree_statement(b) \
        and not is_organisation(titled) and not organisation_line(titled)


_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})


def _title_cased(text: str) -> str:
    """A line in capitals spelled in title case, small words in small letters (``UNIVERSITY OF CALGARY`` →
    ``University of Calgary``)."""
    words = text.lower().split()
    return " ".join(w if k and w in _SMALL_WORDS else w[:1].upper() + w[1:] for k, w in enumerate(words))


_ENDS_ON_TIME = re.compile(r"(?:\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b(?:19|20)\d{2})$", re.IGNORECASE)
"""A time of day or a year closing a line (``at 7.00 pm``, ``10:30``, ``2025``)."""


_RECORD_LABEL_KINDS = ("transcript", "recording", "record", "summary", "notes", "video", "audio", "abstract",
                       "講演録", "記録", "講演記録", "講演要旨", "要旨", "抄録", "速記録", "動画", "録画")
"""The kinds of a talk's record that label it over its title (``Transcript: Keynote Address``): a transcript, a
recording, a summary (English as event programmes and archives print them; Japanese as 講演録 and 記録 do)."""

_TALK_KINDS = re.compile(
    r"^(?:(?:opening|closing|welcome|welcoming|keynote|plenary|invited|special|guest|public|inaugural|memorial|"
    r"commemorative|main|panel|introductory|concluding)\s+){0,2}"
    r"(?:address|speech|lecture|talk|remarks|presentation|discussion|session|keynote|panel|debate|interview|"
    r"conversation|seminar)$"
    r"|^(?:基調|特別|招待|記念|開会|閉会|歓迎)?(?:講演|講話|挨拶|あいさつ|対談|鼎談|座談会|パネルディスカッション|シンポジウム)$",
    re.IGNORECASE)
"""A kind of talk, the words programmes name a contribution by (``Keynote Address``, ``Opening Remarks``, ``Plenary
Lecture``, ``Panel Discussion``, ``基調講演``, ``開会挨拶``): what a record's label says it records."""


def record_label(text: str) -> bool:
    """A label over a talk's title naming the kind of record and the kind of talk, ``<record>: <talk>``
    (``Transcript: Keynote Address``, ``Recording: Plenary Lecture``, ``講演録：基調講演``): front matter, never the
    title (trial 51: the label had been the title and the title front). A label with a title of its own after the
    colon (``Transcript: Building Cities for Older Residents``) is none.

    >>> record_label("Transcript: Keynote Address"), record_label("講演録：基調講演"), record_label("Summary: Opening Remarks")
    (True, True, True)
    >>> record_label("Transcript: Building Cities for Older Residents"), record_label("Keynote Address")
    (False, False)
    """
    head, colon, tail = " ".join(text.split()).replace("：", ":").partition(":")
    return bool(colon) and head.strip().casefold() in _RECORD_LABEL_KINDS and _TALK_KINDS.match(tail.strip()) is not None


_TALK_RECORD_KINDS = frozenset({"transcript", "講演録", "講演記録", "講演要旨", "速記録"})
"""The kinds of :data:`_RECORD_LABEL_KINDS` that name a talk's record alone on a line (a genre's label), never a
heading of a paper's part as ``Summary`` or ``要旨`` alone are."""


def talk_record_kind(text: str) -> bool:
    """A line that is only the kind of a talk's record (:data:`_TALK_RECORD_KINDS`: ``講演録``, ``Transcript``), in
    brackets or not: a genre's label over the talk's title, front matter, never the title (issue 16 point 2,
    fresh-user trial 72d, helper rev72: a lecture record's ``講演録`` had been its title, the title its subtitle), as
    :func:`record_label` reads it with the talk's kind after a colon.

    >>> talk_record_kind("講演録"), talk_record_kind("【講演録】"), talk_record_kind("TRANSCRIPT"), talk_record_kind("講演録の作り方")
    (True, True, True, False)
    """
    return " ".join(text.split()).strip("【】［］[]〔〕").strip().casefold() in _TALK_RECORD_KINDS


_EXHIBITION_KIND = re.compile(
    r"^[【［\[〔]?(?:(?:令和|平成)?[0-9０-９元]{1,4}年度?\s*)?(?:第[0-9０-９一二三四五六七八九十]+回\s*)?"
    r"(?:(?:特別|春季|夏季|秋季|冬季|館蔵品|収蔵品|新収蔵品|コレクション|テーマ|小|巡回|開館[0-9０-９]+周年記念)?(?:企画展示?|特別展示?|特集展示|展示|展)"
    r"|(?:Special|Temporary|Touring|Feature[d]?)\s+Exhibition|Exhibition)[】］\]〕]?$", re.IGNORECASE)
"""An exhibition's kind alone on its line (``企画展``, ``特別展``, ``令和8年度 企画展示``, ``第12回 収蔵品展``,
``Special Exhibition``): a museum catalogue's or leaflet's genre label over the exhibition's title."""


def exhibition_kind(text: str) -> bool:
    """A line that is only an exhibition's kind (:data:`_EXHIBITION_KIND`): a label over the exhibition's title, front
    matter, never the title, as a talk record's kind is (:func:`talk_record_kind`; decision, issue 16 point 1, session
    80, helper cat80: a museum catalogue had been titled ``企画展``, its exhibition's title front).

    >>> exhibition_kind("企画展"), exhibition_kind("特別展"), exhibition_kind("令和8年度 企画展示"), exhibition_kind("Special Exhibition")
    (True, True, True, True)
    >>> exhibition_kind("企画展「西海の鯨とりと人びと」"), exhibition_kind("展示資料目録"), exhibition_kind("親子展")
    (False, False, False)
    """
    return _EXHIBITION_KIND.match(" ".join(text.split())) is not None


_DATELINE_PARTS = re.compile(r"\s*(?:,|，|、|\s[—–\-|·•]\s)\s*")


_DAY_OR_MONTH = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}(?![0-9０-９])|月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                           re.IGNORECASE)
"""A date's day or month (a year or a span of years alone dates no release: ``…, 2010–2020`` ends a title)."""


def is_dateline(text: str) -> bool:
    """A dateline: a line of two parts or more set apart by commas or dashes whose last part is a date
    (:func:`~.labels.is_date_line`): the kind of document, the organisation or the place, then the day (``Press
    release, City of Zürich, 12 May 2025``, ``Media release — Métropole de Lyon — 2 June 2025``, ``Kiel, 14 May
    2026``). It says who issued the text and when, under the title, and never carries the title on (trial 51).

    >>> is_dateline("Press release, City of Zürich, 12 May 2025"), is_dateline("Media release — Métropole de Lyon — 2 June 2025")
    (True, True)
    >>> is_dateline("Annual Report 2025"), is_dateline("Evidence from Three Cities, 2010–2020")
    (False, False)
    >>> is_dateline("Westbrook Library News · June 2026")  # a masthead (:func:`~.labels.dated_masthead`)
    False
    """
    parts = [p for p in _DATELINE_PARTS.split(text.strip()) if p]
    # a periodical's name before its issue's month (``Westbrook Library News · June 2026``) is its masthead: the title
    return len(parts) >= 2 and is_date_line(parts[-1]) and _DAY_OR_MONTH.search(parts[-1]) is not None \
        and any(c.isalpha() for c in " ".join(parts[:-1])) and not dated_masthead(text)


_DATED_FIELD = re.compile(r"^[\s\u3000]*(?P<label>[^\s\u30000-9０-９：:、。「」（）()]{1,8})[\s\u3000]*[：:][\s\u3000]*(?P<value>\S.*)$")


def dated_field(text: str) -> bool:
    """A labelled field whose value is a date alone (``記載日：2026年3月14日``, ``作成日：令和7年4月1日``, ``Date: 14
    March 2026``): a record's or a form's line under its title, never a title (issue 16 point 2, helper misc74,
    fresh-user trial 74d: a discharge summary's ``記載日：…`` had titled it, its kind ``退院サマリー`` over it front).

    >>> dated_field("記載日：2026年3月14日"), dated_field("Date: 14 March 2026"), dated_field("作成日　：令和7年4月1日（火）")
    (True, True, True)
    >>> dated_field("港湾都市：その歴史と展望"), dated_field("主治医：内科　田中 健一郎"), dated_field("2026年3月14日")
    (False, False, False)
    """
    m = _DATED_FIELD.match(text)
    return m is not None and is_date_line(m.group("value").strip(" \u3000")) \
        and _DAY_OR_MONTH.search(m.group("value")) is not None


def fixture_line(text: str) -> bool:
    """A line of three parts or more set apart by commas or dashes, one of them after the first a day's date
    (:func:`~.labels.is_date_line` with a day or month): the competition or event, the day, the ground and the town
    (``National League South, Saturday 14 March 2026, Homelands Stadium, Ashford``). A match report or a review
    sets it under its headline to say where and when; it titles nothing (issue 16 point 2, helper misc74, fresh-user
    trial 74d: it had titled a match report, the score line over it front).

    >>> fixture_line("National League South, Saturday 14 March 2026, Homelands Stadium, Ashford")
    True
    >>> fixture_line("Evidence from Three Cities, 2010–2020"), fixture_line("Ports, Tides and Trade: A History")
    (False, False)
    >>> fixture_line("Westbrook Library News · June 2026"), fixture_line("Ashford Rovers 3 Medway Town 2")
    (False, False)
    """
    parts = [p for p in _DATELINE_PARTS.split(text.strip()) if p]
    # (a dateline of two parts, ``Center for Regional Policy, March 2025``, is an issuer's line under a brief's title,
    # its speaker: tests/test_paper66.py; three parts at least)
    return len(parts) >= 3 and any(c.isalpha() for c in parts[0]) and not dated_masthead(text) \
        and any(is_date_line(p) and _DAY_OR_MONTH.search(p) is not None for p in parts[1:])


_RECORD_FIELD = re.compile(r"^\s*(?:ページ番号|ページID|記事ID|記事番号|(?:最終)?更新日(?:時)?|掲載日|掲載開始日|公開日|作成日|"
                           r"登録日)\s*[：:]?\s*(?=[0-9０-９]|" + ERA + r")")
"""A line opening on a field of a page's record, its value a number or a date (``ページ番号 1003456``, ``更新日：2025年
5月28日``, ``掲載日 令和7年6月1日``): a web page's (or a notice's) record under its title, never the title's next line
(helper web54: ``令和7年度 予防接種のお知らせ`` over ``ページ番号 1003456 更新日 2025年6月20日`` was one title, the title
ending on kana)."""


_EDITION_OPENING = re.compile(r"^(?:(?:改訂|増補|新訂)?(?:第[0-9０-９一二三四五六七八九十]{1,3}|初|新|改訂|増補)版|[0-9０-９]{1,2}訂版)(?![^\s\u3000（(・])")
"""A line opening on a Japanese edition statement (``第２版``, ``改訂第3版``, ``初版``, ``三訂版`` not; ``2訂版``), alone or
before the issuing office (``第２版　情報政策課``): front matter under a title, never the title's next line (helper
gikai55, trial 54c's manual: the title had been ``…利用の手引き第2版　情報政策課``, the title ending on kana ``き``)."""


_YEAR_OPENING = re.compile(rf"^(?:{ERA}(?:元|[0-9０-９]{{1,2}})|[12][0-9]{{3}}|[１２][０-９]{{3}})年(?:度|[0-9０-９]{{1,2}}月(?:[0-9０-９]{{1,2}}日)?)?"
                           r"(?:[（(][^）)]{1,4}[）)])?(?=[\s\u3000]|$)")
"""A line opening on a year standing as a word of its own, in an era or the Western calendar (``令和６年度　危機管理課``,
``令和7年3月``, ``2024年度``, ``令和6年12月（改訂）``): the fiscal year or date and office under a deck's or report's cover
title, never the title's next line (issue 16, fresh-user trial 66b: ``防災まちづくりの取り組み`` took
``令和６年度　危機管理課`` in, the title ending on kana ``み``). A year run into a phrase (``令和6年度の取り組み``) is no such line."""


_ENDS_ON_ARTICLE = re.compile(r"\s(?:the|der|des|la|le|les|du|het|een)$")
"""A definite or indefinite article closing a line, in small letters (English, German, French, Dutch; English ``a``
left out: ``Appendix a``, a list's label)."""


_PLACE_PART = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|on|upon|le|la|de))*"
_LOCALITY = re.compile(rf"^{_PLACE_PART}(?:,\s+(?:near\s+)?{_PLACE_PART}){{2,}}$|^{_PLACE_PART},\s+near\s+{_PLACE_PART}(?:,.*)?$")


_EVENT_ACRONYM = re.compile(r"^(?=[A-Za-z\-]*[A-Z][a-z\-]*[A-Z])[A-Za-z][A-Za-z\-]{1,15}\s?[’']?(?:19|20)?[0-9]{2}$")
"""An event's short name and its year (``CoaST 2026``, ``ICML 2025``, ``EuroPython 2026``, ``SIGIR '24``): a word of two
capitals or more, then the year."""


def locality_line(text: str) -> bool:
    """An English line saying where a place is, its parts apart by commas: a site, a town and a region (three parts or
    more, each capitalised words), or a site ``near`` a town (``Glen Tarsan Forest, near Dunoon, Argyll``,
    ``Harewood House, Leeds, West Yorkshire``): an event's venue under its name, never its title's wrapped rest.

    >>> locality_line("Glen Tarsan Forest, near Dunoon, Argyll"), locality_line("Harewood House, Leeds, West Yorkshire")
    (True, True)
    >>> locality_line("Ports, Tides and Trade"), locality_line("Evidence from Derby and Leicester"), locality_line("Leeds")
    (False, False, False)
    """
    return _LOCALITY.match(" ".join(text.split())) is not None


_BROKEN_WORD_END = re.compile(r"(?<![\W\d_])[^\W\d_]{2,}[-\u2010\u00ad]$")
_BROKEN_WORD_START = re.compile(r"[^\W\d_A-Z]+(?:[\s,.:;)]|$)")
"""A line ending on a word's letters and a hyphen, and a line opening on small letters (the word's rest): a word
broken at a title's line end (:func:`title_goes_on`)."""


def title_goes_on(line: str, following: str, by_length: bool = True) -> bool:
    """``following`` carries on the title ``line`` (a title wrapped over lines, in one text box):
    both title-like in one script, the next no subtitle, name, speaker, organisation or post held at one (a speaker's
    post over the name on its own line, ``金沢市観光交流局長``: helper procs54); the line stops on
    a connective (English ``…Evidence from Three`` / ``Mid-Sized…`` also when 40 characters or more, the next in
    title case, its prepositions in small letters: :func:`title_cased`), or
    on kana mid-phrase (``位置情報データを用いた`` / ``観光客の周遊行動の分析``).

    >>> title_goes_on("Shared Bicycles and the Last Mile: Evidence from Three", "Mid-Sized Japanese Cities")
    True
    >>> title_goes_on("位置情報データを用いた", "観光客の周遊行動の分析"), title_goes_on("港町の国際交流", "交流協定との五十年")
    (True, False)
    >>> title_goes_on("Port Cities", "Emily R. Carter and Kenji Mori")
    False
    >>> title_goes_on("Measuring Pedestrian Flows with Low-Cost Sensors", "in Historic Harbour Districts")
    True
    >>> title_goes_on("Town Planning with Historic Buildings", "in Hakodate"), title_goes_on("Port Towns", "in practice")
    (True, False)
    >>> title_goes_on("Oyster Reef Restoration Trials", "in a Sheltered Sea Loch"), title_goes_on("Port Towns", "in the past")
    (True, False)
    >>> title_goes_on("International Exchange through a Seto Inland Sea Port Town", "Cruise ships call at the port")
    False
    >>> title_goes_on("The asternote package:", "annotation symbols enclosed")
    True
    >>> title_goes_on("Fatigue Behaviour of Additively Manufactured Ti-6Al-4V Lattice", "Specimens under Variable-Amplitude Loading")
    True
    >>> title_goes_on("Minutes of the Board Meeting held on Tuesday 11 March 2025 at 7.00 pm", "Ashford Library, Meeting Room 2")
    False
    >>> title_goes_on("Minutes of the Board of Directors Meeting", "Westbrook Community Energy Co-operative")  # the body
    False
    >>> title_goes_on("伝統工芸を生かした観光まちづくり", "金沢市観光交流局長")  # the speaker's post, his name on the next line
    False
    >>> title_goes_on("令和7年度 予防接種のお知らせ", "ページ番号 1003456 更新日 2025年6月20日")
    False
    >>> title_goes_on("データ集計ツール 利用の手引き", "第２版　情報政策課"), title_goes_on("データ集計ツールの", "版管理と運用")
    (False, True)
    >>> title_goes_on("秋季例大祭のお知らせ", "八幡神社氏子総代会"), title_goes_on("港町のくらし", "と文化の変遷")
    (False, True)
    >>> title_goes_on("公民館だより", "さくら地区公民館　第58号　令和7年4月1日発行")
    False

    ``by_length=False`` drops the 40-character clause: on a deck's cover a long title line is followed by the
    first slide's title as often as by the rest of the title (``…in a City of Manufacturing`` /
    ``Overview of Hitachi``), so only a connective says the title goes on.

    >>> title_goes_on("International Exchange in a City of Manufacturing", "Overview of Hitachi", by_length=False)
    False
    >>> title_goes_on("CoaST 2026", "Third International Symposium on Coastal Sediment Transport"), title_goes_on("Port 2026", "Our Year")
    (True, False)
    >>> title_goes_on("Cairnvale Orienteers Spring Middle Distance", "Glen Tarsan Forest, near Dunoon, Argyll")
    False
    >>> title_goes_on("Minimax optimisatie voor performantieruimtemo-", "dellering"), title_goes_on("Port Towns 2020-", "Today")
    (True, False)
    """
    a, b = line.strip(), following.strip()
    if is_dateline(b):
        return False  # ``Press release, City of Zürich, 12 May 2025`` under a headline: its dateline (trial 51)
    if opens_on_full_date(b):
        return False  # ``2025年9月20日（土）晴れ`` under a diary's title: its day's dateline, never the title (helper misc75)
    if field_row(b):
        return False  # ``Course Code: ENV2140     Credits: 2`` under a syllabus's course title: its fields (helper ver80)
    if _RECORD_FIELD.match(b):
        return False  # ``ページ番号 1003456 更新日 2025年6月20日`` under a web page's title: its record (:data:`_RECORD_FIELD`)
    if _EDITION_OPENING.match(b):
        return False  # ``第２版　情報政策課`` under a manual's title (``…利用の手引き``): its edition and office (:data:`_EDITION_OPENING`)
    if _YEAR_OPENING.match(date_digits(b)):
        return False  # ``令和６年度　危機管理課`` under a deck's cover title: its year and office (:data:`_YEAR_OPENING`)
    if locality_line(b):
        return False  # ``Glen Tarsan Forest, near Dunoon, Argyll`` under an event's name: where it is (trial 79)
    if (at := edition_after(b)) is not None and is_organisation(b[:at].strip(" \t\u3000·・•|｜/／-–—:：")):
        # ``みなと地区公民館　第158号　令和8年11月1日発行`` under a newsletter's masthead (``公民館だより``): the issuing
        # body and the issue (:func:`~.events.edition_after`), no part of the title (issue 16, fresh-user trial 80e:
        # the title had been ``公民館だよりみなと地区公民館``)
        return False
    if publisher_line(b):
        # ``令和6年9月2日発行　みどり野市立みどり野小学校　校長　高橋　誠`` under a school newsletter's masthead (ending on
        # kana, ``…だより``): its publisher's line (issue 16, helper news67: the two had been one title)
        return False
    if _BROKEN_WORD_END.search(a) and _BROKEN_WORD_START.match(b) and script_of(a) == script_of(b) == EN:
        # a word broken with a hyphen at the line's end, its letters going on in small letters on the next line
        # (``Minimax optimisatie voor performantieruimtemo-`` / ``dellering``): no title ends on half a word (issue 16
        # point 4, session 80, helper join80: kdgmasterthesis' cover had kept ``dellering`` out of its title)
        return True
    # an English line opening on a connective in small letters carries the title on (``…Low-Cost Sensors`` /
    # ``in Historic Harbour Districts``), and so does any phrase after a title line ending on a colon
    # (``The asternote package:`` / ``annotation symbols enclosed``)
    colon = a.endswith((":", "：")) and bool(b) and b[0].islower() and script_of(b) == EN
    if _ENDS_ON_ARTICLE.search(a) and script_of(a) == script_of(b) == EN and is_title_line(b) and not is_prose(b):
        # a line ending on an article in small letters is no whole title, whatever the next line's words name: the
        # noun the article governs is there (``LATEX im Corporate Design der`` / ``TU Darmstadt``, a body's name read
        # as the speaker: fresh-user trial 77c)
        return True
    lead = bool(b) and b[0].islower() and (colon or b.split()[0] in CONNECTIVES) and script_of(b) == EN
    if not is_title_line(b[:1].upper() + b[1:] if lead else b) or script_of(a) != script_of(b) or is_subtitle(b) \
            or speaker_split(b) is not None or is_organisation(b) or post_and_organisation(b) or is_person_name(b) \
            or names_people(b) or (byline(b) and all(name_shaped(p) for p in LIST_SEPARATOR.split(b[byline(b):].strip()) if p)) \
            or byline_name(b) or credit_byline_ja(b) is not None:
        # a byline's names (``by John Smith and Mary Jones``, ``by Your Name Here``) carry no title on, nor does a
        # Japanese byline crediting the writing (``取材・文：フリーライター　佐藤 \ufffd美``: session 74)
        return False
    if script_of(a) == EN:
        if colon:
            return True
        if lead:
            # the rest in title case, a name alone too (``…with Historic Buildings`` / ``in Hakodate``: trial 53's
            # English cover titles had been cut there, the place read as their subtitle)
            rest = b.split(None, 1)[1] if " " in b else ""
            if rest.split(None, 1)[0:1] in (["a"], ["an"], ["the"]) and " " in rest:
                # an article after the connective (``in a Sheltered Sea Loch``): the title case is asked of the words
                # after it (helper abs74: the title had been cut over the line, page break or not)
                rest = rest.split(None, 1)[1]
            return is_title_case(rest) or (len(rest.split()) == 1 and rest[:1].isupper() and rest[1:2].islower())
        if _EVENT_ACRONYM.match(a) and title_cased(b) and not is_date_line(b):
            # an event's short name and year over its full name (``CoaST 2026`` / ``Third International Symposium on
            # Coastal Sediment Transport …``, ``EuroPython 2026`` / ``The European Python Conference``): one title
            # (fresh-user trial 79's call for papers had kept the name front)
            return True
        if is_record_heading(a) and (_names_a_meeting(a) or _names_its_body(a)):
            # (so is a report's heading ending on the body that reports, ``Report of the Active Travel Scrutiny
            # Committee`` over the report's own title, ``Cycling and Walking Routes to Schools``: helper rep84,
            # fresh-user trial 84a, the two had been glued into one title)
            # a record's heading ending on the meeting it records is whole (``Minutes of the Board of Directors
            # Meeting`` over ``Westbrook Community Energy Co-operative``, the body whose meeting it is: session 62,
            # where the body had been the title's second line); a wrap goes on in small letters (``of the Council``)
            return False
        # the second line is title-cased too (``Cruise ships call at the port`` under a title is a sentence); a line
        # that ends on a time or a year is whole (``… held on Tuesday 11 March 2025 at 7.00 pm`` over the venue,
        # ``Ashford Library, Meeting Room 2``: trial 49's minutes took the venue into the title)
        return title_cased(b) and ((by_length and len(a) >= 40 and not _ENDS_ON_TIME.search(a)) or ends_on_connective(a))
    return (script_of(a) == JA and bool(a) and is_hiragana(a[-1]) and not a.endswith(("って", "て", "か"))
            and (not _ends_on_noun(a) or _opens_on_particle(b)))


def _opens_on_particle(text: str) -> bool:
    """``text`` opens on a case particle no title line opens on (``港町のくらし`` / ``と文化``): the noun before goes on."""
    from pipeline.segment.paragraphs import opens_on_case_particle

    return opens_on_case_particle(text)


def _ends_on_noun(text: str) -> bool:
    """``text``'s last word, by Sudachi, is a noun: a title's kana that end a noun end the phrase (``…のお知らせ``,
    ``…のお願い``, ``…まつり``), no particle or verb's ending left open (``…を用いた``, ``…について``). Decision:
    issue 16, helper fix67b, fresh-user trial 67b: ``秋季例大祭のお知らせ`` had taken its issuer's line,
    ``八幡神社氏子総代会``, into the title.

    >>> _ends_on_noun("秋季例大祭のお知らせ"), _ends_on_noun("位置情報データを用いた"), _ends_on_noun("観光と交流について")
    (True, False, False)
    """
    from pipeline.sudachi import name_tokenizer

    morphemes = list(name_tokenizer("C").tokenize(text.strip()))
    return bool(morphemes) and morphemes[-1].part_of_speech()[0] == "名詞"


_TITLE_MARK = re.compile(rf"(?<=[^\s,])(?:\s?,?\s?(?:[{re.escape(NOTE_SYMBOLS)}\u2016]|[\u1d43-\u1d5b\u1d9c-\u1dbf]\)))+$")
"""Footnote marks ending a title: LaTeX's ``\\thanks`` symbols (:data:`pipeline.notemarks.NOTE_SYMBOLS`: ``* ∗ ⋆ † ‡ §
¶``, and ``‖``; elsarticle's ``title⋆,⋆⋆``) or REVTeX's lettered ``ᵃ)``. Superscript digits are left alone (``… per
m²``)."""


ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")
"""A Markdown (CommonMark ATX) heading: one to six ``#``, a space, its title (``# Parcel Tracker``, a README's first
line; ``## Getting started ##``, closing marks allowed): group 1 the opening marks, group 2 the title."""
PROJECT_NAME_ZIPF = 3.0
"""A word in small letters under a heading's mark rarer than this in English (wordfreq's Zipf scale: once per million
words) is a name: a README's ``# tinysync``, ``# ripgrep``, ``# numpy``. A commoner one (``# build``, ``# test``,
``# install``) is a shell comment's verb, as is any phrase."""


def markup_name(title: str) -> bool:
    """True for a title in small letters that a README's heading mark may carry: one word, rare in English
    (:data:`PROJECT_NAME_ZIPF`). A project writes its own name so (fresh-user trial 58: ``# tinysync`` was no title,
    the README's headings under it were read as numbered steps' text).

    >>> [markup_name(w) for w in ("tinysync", "numpy", "build", "install the tools")]
    [True, True, False, False]
    """
    from pipeline.english_words import zipf

    return bool(re.fullmatch(r"[a-z][a-z0-9_.\-]*", title)) and zipf(title) < PROJECT_NAME_ZIPF


def title_without_markup(title: Text) -> tuple[Text, Text | None]:
    """The title without the Markdown heading marks before it (``# Parcel Tracker`` → ``Parcel Tracker``), and the
    marks (``None`` when none): front matter, the title's level told by them (issue 16, helper head58: a README's
    ``# …`` title had been no title at all).

    >>> [t.text if t else t for t in title_without_markup(Text.from_raw("## Meter Reader ##", 1))]
    ['Meter Reader', '## ##']
    >>> [t.text if t else t for t in title_without_markup(Text.from_raw("#hashtag Days", 1))]
    ['#hashtag Days', None]
    """
    m = ATX_HEADING.match(title.text)
    if m is None:
        return title, None
    start, end = m.span(2)
    marks = Text.join([title[:start].strip(), title[end:].strip()], sep=Text.inserted(" ")) if title.text[end:].strip() \
        else title[:start].strip()
    return title[start:end].strip(), marks


def title_without_mark(title: Text) -> tuple[Text, Text | None]:
    """The title without the footnote marks that end it (:data:`_TITLE_MARK`), and the marks (``None`` when none).

    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("The ferrytime package∗", 1))]
    ['The ferrytime package', '∗']
    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("Extensions to the class ∗†", 1))]
    ['Extensions to the class', '∗†']
    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("A specimen title\u22c6,\u22c6\u22c6", 1))]
    ['A specimen title', '⋆,⋆⋆']
    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("Sample Title: with Line Breakᵃ)", 1))]
    ['Sample Title: with Line Break', 'ᵃ)']
    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("BIBTEXスタイルの作り方∗ ,†", 1))]
    ['BIBTEXスタイルの作り方', '∗ ,†']
    >>> [t.text if t else t for t in title_without_mark(Text.from_raw("Floor Price per m²", 1))]
    ['Floor Price per m²', None]
    """
    m = _TITLE_MARK.search(title.text)
    if m is None:
        return title, None
    return title[:m.start()].strip(), title[m.start():].strip()


def _raw_gap(text: Text, k: int) -> bool:
    """Characters ``k - 1`` and ``k`` of ``text`` come from one raw line with a character between them there (one
    clean took out: a space between Japanese and a digit)."""
    a, b = text.origin[k - 1], text.origin[k]
    return a is not None and b is not None and a[0] == b[0] and b[1] - a[1] > 1


FOLIO_APART = 3
"""Columns of white at least between a running head and the page number the raw line sets after it
(``高島精機七十五年史      ２１４``): a column's gap, never a word space."""

_FOLIO_TAIL = re.compile(r"(?<=[^\s0-9])[0-9]{1,4}$")


def head_with_folio(t: Text) -> bool:
    """The line is a running head with its page's number glued to it by clean, which took out the white between a
    Japanese letter and a digit (``高島精機七十五年史214`` from ``高島精機七十五年史      ２１４``): it ends on a number
    of one to four digits that its raw line set :data:`FOLIO_APART` columns or more after the text, on the same raw
    line. Page furniture, never a title. Decision (issue 16, helper title82 after fresh-user trial 81a: a company
    history's two pages had been titled ``高島精機七十五年史214``); an English head keeps its white and is read as
    before (``A HISTORY OF THE HARBOUR BOARD      142`` is no title line already).

    >>> t = Text.from_raw("高島精機七十五年史      214", 1)
    >>> head_with_folio(t[:9] + t[15:]), head_with_folio(Text.from_raw("令和6年度 事業報告2024", 1))
    (True, False)
    """
    m = _FOLIO_TAIL.search(t.text)
    if m is None:
        return False
    a, b = t.origin[m.start() - 1], t.origin[m.start()]
    return a is not None and b is not None and a[0] == b[0] and b[1] - a[1] > FOLIO_APART


TITLE_COMMAS = ",，、"
"""Commas a title's line may set its edition after (``Spring Bulletin, No. 42``): punctuation of the line's one
phrase, no masthead's separator (a dash, a middle dot, a wide space). Split there, the edition opened on the comma
(``, No. 42``), an orphan of the title's line (fresh-user trial 67b): the line stays whole, the title with its number."""


def title_without_edition(title: Text) -> tuple[Text, Text | None]:
    """The title without the edition set after it on its line (a newsletter's ``Harbourside News — Issue 12 · March
    2026``: :func:`~.events.edition_after`), and the edition with its separator (``None`` when none): front matter.

    >>> [t.text if t else t for t in title_without_edition(Text.from_raw("Harbourside News — Issue 12 · March 2026", 1))]
    ['Harbourside News', '— Issue 12 · March 2026']
    >>> [t.text if t else t for t in title_without_edition(Text.from_raw("みなと台地区だより　第12号　2026年3月", 1))]
    ['みなと台地区だより', '\u3000第12号\u30002026年3月']

    A half-width space clean took out between Japanese and a digit (``市報あおば 2026年4月号`` reaches segment as
    ``市報あおば2026年4月号``, the space a ledger row) parts them still: the raw columns either side of it are apart, so
    the printed line set the edition off by a space (helper head58: that masthead had been the title whole).

    >>> t = Text.from_raw("市報あおば 2026年4月号", 1); t = t[:5] + t[6:]
    >>> [x.text for x in title_without_edition(t)]
    ['市報あおば', '2026年4月号']
    >>> [x.text if x else x for x in title_without_edition(Text.from_raw("市報あおば2026年4月号", 1))]
    ['市報あおば2026年4月号', None]

    A comma (:data:`TITLE_COMMAS`) parts no edition off: the line is the title whole.

    >>> [x.text if x else x for x in title_without_edition(Text.from_raw("Spring Bulletin, No. 42", 1))]
    ['Spring Bulletin, No. 42', None]

    But for a periodical's own name (:func:`_named_periodical`), which a comma parts from its edition as a dash does:

    >>> [x.text if x else x for x in title_without_edition(Text.from_raw("Hillside Allotments Bulletin, Vol. 4 No. 2", 1))]
    ['Hillside Allotments Bulletin', ', Vol. 4 No. 2']
    """
    at = edition_after(title.text)
    if at is None:
        at = next((k for k in range(1, len(title.text)) if _raw_gap(title, k) and spaced_edition(title.text[k:])
                   and is_edition_line(title.text[k:]) and any(ch.isalpha() for ch in title.text[:k])), None)
    if at is None or (title.text[at:].lstrip(" \t\u3000")[:1] in TITLE_COMMAS and not _named_periodical(title.text[:at])):
        return title, None
    return title[:at].strip(), title[at:].strip(" \t")  # an ideographic space is a character the text keeps


_ISSUE_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "monthly", "quarterly",
                          "weekly", "annual", "termly", "the", "new", "special"})
"""Words naming an issue's season or frequency, no periodical's own name (``Spring Bulletin``, ``Quarterly Newsletter``)."""


def _named_periodical(head: str) -> bool:
    """``head`` names a periodical by its own name, its kind's word closing it (``Hillside Allotments Bulletin``,
    ``Riverside Residents' Newsletter``: :func:`~.organisations.names_publication`), a word of its name before the kind
    that names no season or frequency (:data:`_ISSUE_WORDS`): a masthead, so a comma after it sets its edition apart
    as a dash does (``Hillside Allotments Bulletin, Vol. 4 No. 2``: the edition, comma and all, is front, as
    ``— Issue 12`` is). A season's issue of a kind alone (``Spring Bulletin, No. 42`` under its society's name) stays
    whole: decision of trial 67b, kept. Why (issue 16 point 2, helper notice74; open since helper news73): the
    edition had stayed in ``title.en``.

    >>> _named_periodical("Hillside Allotments Bulletin"), _named_periodical("Spring Bulletin"), _named_periodical("Summer Newsletter")
    (True, False, False)
    """
    words = head.split()
    return len(words) >= 2 and names_publication(head) \
        and any(w.lower().rstrip("'’s") not in _ISSUE_WORDS for w in words[:-1])


SAME_SIZE = 0.05
"""A cover line set within this share of the title's size is set in the title's size (the title wrapped)."""
SUBTITLE_SIZE = 0.9
"""A cover line set under this share of the title's size is set apart from it (a subtitle)."""


def under_cover_title(title: Text, line: Text, layout: "Layout | None" = None) -> str | None:
    """What the line right under a deck cover's one-line title is: ``"title"`` (the title goes on), ``"subtitle"``,
    or ``None`` (neither: no title phrase, a name, an organisation, a date, a bullet, a page number…; a word alone or
    a Japanese line under four characters, a pen name such as ``ZR某``; the title's own line again, a doubled layer,
    unless a PDF sets it on its own baseline right under the title in the title's font and size: the title goes on).

    Evidence, in order: in a PDF, the sizes (the title's size within :data:`SAME_SIZE`: the title wrapped;
    under :data:`SUBTITLE_SIZE` of it: a subtitle; between: neither). In a text dump, the shape: a line that carries
    the title on (:func:`title_goes_on`: a connective, a colon, a phrase opening in small letters) is the title's;
    else an English title that ends on a whole phrase (its last word a noun or a name) has its subtitle under it
    (``Rethinking Urban Freight`` / ``Cargo Bikes in Mid-Sized Cities``), one that ends on a modifier (an adjective
    WordNet lists as no noun, or a hyphenated word it does not list: ``Planning a Cross-sector`` / ``Freight
    Network``) goes on; a Japanese title that ends on a particle goes on (``港町の物流と`` / ``貨物自転車の可能性``), else
    the line is its subtitle (``港町の物流を考える`` / ``貨物自転車の可能性``).

    >>> mk = lambda s: Text.from_raw(s, 1)
    >>> under_cover_title(mk("Rethinking Urban Freight"), mk("Cargo Bikes in Mid-Sized Cities"))
    'subtitle'
    >>> under_cover_title(mk("Planning a Cross-sector"), mk("Freight Network")), under_cover_title(mk("港町の物流と"), mk("貨物自転車"))
    ('title', 'title')
    >>> under_cover_title(mk("Rethinking Urban Freight"), mk("Priya Natarajan")), under_cover_title(mk("港町の物流を考える"), mk("貨物自転車の可能性"))
    (None, 'subtitle')
    """
    a, b = title.text.strip(), line.text.strip()
    if a and b and a != b and script_of(a) == script_of(b) == EN and len(b.split()) == 1 \
            and _wrapped_line(title, line, layout):
        return "title"
    if a and a == b and _wrapped_line(title, line, layout):
        # the title's words again on the next baseline in its font and size, no doubled layer (that stands on the
        # same spot): a title set over several lines alike (klis-sotsuron's cover: ``ほげほげ`` three times at 47 pt)
        return "title"
    if not a or not b or a == b or len(b.split() if script_of(b) == EN else b) < (2 if script_of(b) == EN else 4) \
            or script_of(a) != script_of(b) or script_of(a) not in (EN, JA) or is_bullet(b) \
            or is_date_line(b) or page_number(b) is not None or is_subtitle(b) or is_prose(b) \
            or not _names_no_one(b) or organisation_line(b) or is_event_line(b) or dated_office(b) \
            or ("," in b and is_person_name(b.rsplit(",", 1)[1].strip())):
        # ``Report of the Head of Economic Development, Sarah Whitfield``: a byline closing on the author's name
        # (helper title53, trial 52b's council report: it had been the title's subtitle); a year or date and the
        # office (``令和6年度　危機管理課``, ``2024年度 交通政策課``) is the cover's front matter, who presents it and
        # when (issue 16, fresh-user trial 66b, helper news67: it had been the deck's subtitle)
        return None
    goes_on = title_goes_on(a, b, by_length=False) if script_of(a) == EN else _ends_on_particle(a)
    size, here = (layout.size(title), layout.size(line)) if layout is not None else (None, None)
    # a line opening on a connective in small letters set in the title's size carries it on, however it is cased
    # (``Colored beamer layout`` / ``with beamertheme-light``, ``Color Themes`` / ``for the LATEX beamer class``:
    # beamer decks' covers, sentence case or a word in capitals); the size is the evidence a dump lacks
    connective = script_of(b) == EN and b[0].islower() and b.split()[0] in CONNECTIVES
    if size and here and connective and abs(here - size) <= SAME_SIZE * size:
        return "title"
    if not goes_on and not is_title_line(b) and not _wrapped_line(title, line, layout):
        return None  # (set solid under it in its font and size, a title's line in any language: real71's decks)
    if size and here:
        if abs(here - size) <= SAME_SIZE * size:
            return "title"
        return "subtitle" if here < SUBTITLE_SIZE * size else None
    if goes_on:
        return "title"
    if script_of(a) == EN:
        return "title" if _modifier(a.split()[-1]) else "subtitle"
    return "subtitle"


WRAP_PITCH = 1.5
"""Sizes of the title's type one baseline stands under the one before it at most, for a line to be the same title's
next line set solid (no white between them: :func:`_wrapped_line`)."""


def _wrapped_line(title: Text, line: Text, layout: "Layout | None") -> bool:
    """In a PDF, the line right under a cover title's line is the title's next line wrapped onto it when set in the
    title's font and size (:data:`SAME_SIZE`), one line pitch under it (:data:`WRAP_PITCH` of the size at most); a
    word alone so set, of letters, naming no one, too (:func:`under_cover_title` reads a word alone as no title line
    otherwise), and a line in any language that no English rule reads as carrying the title on
    (``Mesurer les marées dans`` / ``les petits ports de la`` / ``Manche``). Real71's beamer example: ``On the Complexity of SNP Block`` / ``Partitioning
    Under the Perfect Phylogeny`` / ``Model``, all 14.3 pt bold, had ``Model`` as slide 1's first line and the talk's
    title cut short. A word alone under a title in another font or size, or set apart by white (a graphic's label,
    a pen name), stays what it was.

    >>> _wrapped_line(Text.from_raw("Partitioning Under the Model", 1), Text.from_raw("Model", 2), None)
    False
    """
    word = line.text.strip()
    if layout is None or " " not in word and (not word.isalpha() or word in CONNECTIVES or is_person_name(word)):
        return False
    above, here = layout.at(last_line(title)), layout.at(first_line(line))
    if not (above.size and here.size and above.font and here.font and above.y0 is not None and here.y0 is not None):
        return False
    if above.font != here.font or abs(here.size - above.size) > SAME_SIZE * above.size or above.page != here.page:
        return False
    return 0 < above.y0 - here.y0 <= WRAP_PITCH * above.size


def _ends_on_particle(text: str) -> bool:
    """A Japanese title line that stops on a particle (``港町の物流と``): the title goes on."""
    from pipeline.sudachi import name_tokenizer

    morphemes = list(name_tokenizer("C").tokenize(text.strip()))
    return bool(morphemes) and morphemes[-1].part_of_speech()[0] == "助詞"


def _modifier(word: str) -> bool:
    """An English title's last word that needs a noun after it: an adjective WordNet lists as no noun (``Urban``),
    or a hyphenated word it does not list (``Cross-sector``).

    >>> _modifier("Urban"), _modifier("Cross-sector"), _modifier("Freight"), _modifier("Riverton")
    (True, True, False, False)

    A span of years or numbers is no word to modify anything: it ends a title whole (``… Tourism Strategy 2025-2029``
    over its subtitle; trial 52b, where the subtitle had been read as the title going on).

    >>> _modifier("2025-2029"), _modifier("2024–25")
    (False, False)
    """
    from pipeline.glosses import POS, lemma_index, lemmas, listed

    w = word.strip(".,:;’'\"")
    if not any(c.isalpha() for c in w):
        return False
    if "-" in w:
        return not listed(w.lower())
    index = lemma_index()
    kinds = {pos for pos in POS if any(f in index[pos] for f in lemmas(w))}
    return "adj" in kinds and "noun" not in kinds


def is_title_translation(title: str, line: str) -> bool:
    """``line``, set right under the ``title`` (in its text box), is the title in the other language.

    Under a Japanese title, the title in English: a title phrase in title case (``港まち夜市`` / ``Harbour Night
    Market``), or in sentence case where it translates the title (:func:`_headline_of`: a news headline,
    ``Sakuragaoka marks 30 years of sister-city ties with Portland``), not a name, an organisation, a speaker's line, a
    subtitle or the event's name. A flyer, a deck's
    cover and a Japanese paper's title block set it so. Under an English title, the title in Japanese
    (:func:`glosses_title`: its words translate the English title's; trial 44's bilingual deck, ``Rice-Flour Bread
    in School Lunches`` / ``学校給食への米粉パン導入``, had no Japanese title and the Japanese line as its subtitle): a
    title phrase (:func:`is_title_line`: a sentence that glosses the title's words, an abstract's set right under it,
    is none: review 46); a subtitle in wave dashes, a speaker's line, a name, an organisation, an event or a date stays
    what it is.

    >>> is_title_translation("Rice-Flour Bread in School Lunches", "学校給食への米粉パン導入")
    True
    >>> is_title_translation("Rice-Flour Bread in School Lunches", "～地元の米で作るパン～")  # a subtitle
    False
    >>> is_title_translation("Rice-Flour Bread in School Lunches", "清水 直子（南魚沼食品協同組合）")
    False
    >>> is_title_translation("Rice-Flour Bread in School Lunches", "本研究では学校給食への米粉パン導入を調べた。")
    False

    >>> is_title_translation("港まち夜市", "Harbour Night Market"), is_title_translation("港まち夜市", "Hanako Yamada")
    (True, False)

    Or the title romanised, though shaped as a name (:func:`~.places.spells_reading`: ``みなと未来`` / ``Minato Mirai``
    had become the speaker's name, and the speaker under it was lost):

    >>> is_title_translation("みなと未来", "Minato Mirai"), is_title_translation("みなと未来", "Mirai Minato")
    (True, False)
    >>> is_title_translation("港まち夜市", "University of Tsukuba"), is_title_translation("港まち夜市", "Open every night from six")
    (False, False)
    >>> is_title_translation("Harbour Night Market", "Riverside Book Fair")
    False

    Nor a line of authors each closed by a mark (:func:`~.names.marked_names`), one name in it with a lost glyph
    (trial 43: ``山本 彩花*1　松� 健太郎*2　Laura Bennett*1``, read as English for its Latin name, was taken for the
    title's translation and the speaker search began under it):

    >>> is_title_translation("折り紙教材の調査", "山本 彩花*1　松� 健太郎*2　Laura Bennett*1")
    False
    """
    a, b = title.strip(), line.strip()
    if script_of(a) == EN and script_of(b) == JA:
        return (is_title_line(b) and glosses_title(b, a) and not is_subtitle(b) and speaker_split(b) is None and not is_organisation(b)
                and not organisation_line(b) and not is_person_name(b) and not names_people(b) and not is_event_line(b)
                and not is_date_line(b))
    if script_of(a) == JA and script_of(b) == EN and speaker_split(b) is None and not is_organisation(b) \
            and spells_reading(a, b):
        return True  # ``みなと未来`` / ``Minato Mirai``: the title romanised, though shaped as a name (issue 16)
    if institution_and_event(a, b):
        return True
    return (script_of(a) == JA and script_of(b) == EN and is_title_line(b)
            and not is_subtitle(b) and speaker_split(b) is None and not is_organisation(b) and not organisation_line(b)
            and not is_person_name(b) and not names_people(b) and not is_event_line(b) and not marked_names(b)
            and (is_title_case(b) or _headline_of(a, b)))


_INSTITUTION_EVENT_JOIN = re.compile(r"\s+[\u2014\u2013\u2015\-|]\s+|:\s+")
"""What joins an institution's name and its event's in one English line (`` — ``, `` – ``, `` - ``, `` | ``, ``: ``)."""


def institution_and_event(title: str, line: str) -> bool:
    """``line``, English under a Japanese ``title``, names the institution and the event the title names
    (``松風市立美術館　企画展のお知らせ`` / ``Matsukaze City Art Museum — Special Exhibition``): two parts joined by a dash,
    a bar or a colon (:data:`_INSTITUTION_EVENT_JOIN`), the first an organisation (:func:`is_organisation`), the second
    a title phrase that is none (no name, date or organisation), and the whole line's words translating the title's
    (:func:`glosses_title`). Such a line is the title's translation, no speaker's affiliation.

    Decision (issue 16 point 2, fresh-user trial 72c, helper title72): a bilingual museum's notice had this line as
    ``speaker.affiliation`` and ``title.en`` null, the whole line being read as an organisation. An organisation alone
    (``Matsukaze City Art Museum``) stays what it is, as does an English line whose words do not translate the title.

    >>> institution_and_event("松風市立美術館　企画展のお知らせ", "Matsukaze City Art Museum — Special Exhibition")
    True
    >>> institution_and_event("松風市立美術館　企画展のお知らせ", "Matsukaze City Art Museum")
    False
    >>> institution_and_event("港まち夜市", "University of Tsukuba — Faculty of Engineering")
    False
    """
    a, b = title.strip(), line.strip()
    if script_of(a) != JA or script_of(b) != EN:
        return False
    parts = _INSTITUTION_EVENT_JOIN.split(b)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return False
    body, event = parts[0].strip(), parts[1].strip()
    return (is_organisation(body) and is_title_line(event) and not is_organisation(event) and not organisation_line(event)
            and not is_person_name(event) and not names_people(event) and not is_date_line(event)
            and speaker_split(event) is None and glosses_title(a, b))


MAX_HEADLINE_WORDS = 20
"""Words an English headline in sentence case under a Japanese title has at most (:func:`_headline_of`): a news
headline runs to about ten (the trial's ``Sakuragaoka marks 30 years of sister-city ties with Portland`` has nine);
a line longer than twice that is a sentence of the body, stop or none."""


_PROSE_OPENING = re.compile(r"^(?:in\s+)?th(?:is|e\s+present)\s+(?:study|paper|report|article|research|work|talk|chapter)\b",
                            re.IGNORECASE)
"""A paper's own voice opening its line (``This study examines …``, ``In this paper …``): prose, never a headline."""
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I)\b")
"""An author speaking (``we``, ``our``): prose, never a headline (``us`` in small letters only: ``US`` names a country)."""


def _headline_of(japanese: str, english: str) -> bool:
    """``english``, in sentence case (a news headline, ``Sakuragaoka marks 30 years of its exchange agreement
    with Portland``), translates the Japanese title over it (``桜ヶ丘市、交流協定30周年で記念式典``): capitals are no
    evidence there, what it says is (issue 16, helper entitle50: the trial's English headline had gone to the body).
    One line with no final stop and at most :data:`MAX_HEADLINE_WORDS` words (a body sentence ends on one, or runs
    longer), sharing at least two pieces of evidence with the title, one of them its words: a number the title has
    (``30``), the title's city named as the pipeline finds its English name (:func:`~.places.find_city_en`), the
    title's content words glossed (EDICT, :func:`glossed_terms`; each glossed word counts one). A line that
    translates nothing of the title (``Weather turns cold over the weekend``) is none.

    >>> _headline_of("交流協定30周年で記念式典", "Ceremony marks 30 years of exchange agreement")
    True
    >>> _headline_of("交流協定30周年で記念式典", "Weather turns cold over the weekend")
    False
    >>> _headline_of("交流協定30周年で記念式典", "The city held a ceremony on the 5th.")
    False
    >>> _headline_of("交流協定30周年で記念式典", "This study examines 30 years of the exchange agreement between")
    False
    >>> _headline_of("交流協定30周年で記念式典", "In this paper we review 30 years of the exchange agreement")
    False
    """
    from pipeline.segment.talks import is_abstract_heading  # talks reads title blocks: imported here, not above

    b = english.strip()
    if not b or b[-1] in ".。:：;" or len(b.split()) > MAX_HEADLINE_WORDS or not (b[0].isupper() or b[0].isdigit()) \
            or ends_on_connective(b) or is_abstract_heading(b) or _PROSE_OPENING.search(b) or _FIRST_PERSON.search(b):
        return False  # a sentence wrapped (``… between Sakuragaoka and``), an abstract's or a paper's own voice
    numbers = set(re.findall(r"\d+", japanese.translate(TO_ASCII_DIGITS))) & set(re.findall(r"\d+", b))
    cities = [japanese[i:j] for i, j in municipalities_in(japanese)]
    named = any(find_city_en(c, [Text.from_raw(b, 1)]).text is not None for c in dict.fromkeys(cities))
    glossed, _ = glossed_terms(japanese, b)
    return glossed + named >= 1 and glossed + named + bool(numbers) >= 2


MIN_GLOSSED_WORDS = 2
"""English content words a Japanese line's words must translate, at least, for it to be the English title's translation."""
MIN_GLOSSED_SHARE = 0.4
"""… and at least this share of the English title's content words (``School``, ``Lunches``, ``Bread`` of five)."""


def glosses_title(japanese: str, english: str) -> bool:
    """The Japanese line's words translate the English title's (EDICT's glosses, :mod:`pipeline.glosses`, met on
    English lemmas): at least :data:`MIN_GLOSSED_WORDS` of the title's content words, and
    :data:`MIN_GLOSSED_SHARE` of them, are glosses of the line's content words (``学校`` *school*, ``給食`` *lunch*,
    ``パン`` *bread*). A line under an English title that merely stands in Japanese (a speaker, a catchphrase)
    translates at most a word of it.

    >>> glosses_title("学校給食への米粉パン導入", "Rice-Flour Bread in School Lunches")
    True
    >>> glosses_title("地域で育てる食の未来", "Rice-Flour Bread in School Lunches")
    False
    """
    met, terms = glossed_terms(japanese, english)
    return terms >= MIN_GLOSSED_WORDS and met >= MIN_GLOSSED_WORDS and met >= MIN_GLOSSED_SHARE * terms


def _spaced_capitals(lines: list[Text], k: int, layout: "Layout") -> bool:
    """In a PDF, ``lines[k]`` carries on a title set in capitals though a wider leading parts it from the line above
    (a thesis cover double-spaced: NDSU's ``AN M.S. THESIS OR …`` / ``GENERATED - USING … AND`` / ``TEMPLATE``):
    the same page and size as the line above, and a capitals title phrase that goes on (:func:`capitals_go_on`)."""
    prev, cur = lines[k - 1], lines[k]
    size, here = layout.size(prev), layout.size(cur)
    return bool(size and here) and abs(here - size) <= SAME_SIZE * size and layout.page(prev) == layout.page(cur) \
        and capitals_go_on(prev.text, cur.text)


def _set_smaller(layout: "Layout | None", title: Text, line: Text) -> bool:
    """In a PDF, ``line`` is set clearly smaller than the title (under 80% of its size): no line of the title (a
    newsletter's ``第48号 2024年6月1日発行 …`` under its 20 pt name)."""
    if layout is None:
        return False
    size, here = layout.size(title), layout.size(line)
    return bool(size and here) and here < 0.8 * size


def _same_headline(lines: list[Text], title: int, k: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[k]`` is set in the title's own size, larger than the line after it (the speaker's,
    the body's), and reads as a title line in the title's script: the title wrapped (``…住民参`` / ``加の効果``,
    cut inside a word, which no text rule can tell). Set in the title's own font too, a line that reads as an
    organisation's name carries the title on (``… for Elevator Groups in Mid-Rise`` / ``Office Buildings``, both
    16 pt Times-Bold over the authors: it had been the speaker's affiliation and the title cut)."""
    if layout is None or k + 1 >= len(lines):
        return False
    size, here, after = layout.size(lines[title]), layout.size(lines[k]), layout.size(lines[k + 1])
    a, b = lines[title].text.strip(), lines[k].text.strip()
    font = layout.font(lines[title])
    # a wrapped title's later line may open in small letters (``in square brackets and marked with an asterisk``)
    return bool(size and here and after) and abs(here - size) < 0.05 * size and after < 0.9 * size \
        and script_of(a) == script_of(b) and is_title_line(b[:1].upper() + b[1:]) and speaker_split(b) is None \
        and (not is_organisation(b) or (font is not None and layout.font(lines[k]) == font)) and not is_person_name(b)


MARKED_AUTHORS_UNDER = 3
"""Lines under a title set large that its marked authors' line is looked for on (:func:`_display_over_marked_authors`)."""


def _display_over_marked_authors(lines: list[Text], k: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[k]`` reads as a person's name (``Wissenschaftliches Schreiben``: two capitalised words) but is
    set at 1.2 times the size or more of a line of authors each closing on a mark within :data:`MARKED_AUTHORS_UNDER`
    lines under it (``Dipl. Frank.-Wiss. Jana Voß¹ Dr.-Ing. Herbert Voß²`` over ``¹BTO ²ZEDAT``): the title over its
    authors, as a name is never set larger than its own authors' line."""
    if layout is None or not is_person_name(lines[k].text.strip()):
        return False
    size = layout.size(lines[k])
    for j in range(k + 1, min(len(lines) - 1, k + 1 + MARKED_AUTHORS_UNDER)):
        here = layout.size(lines[j])
        if marked_names(lines[j].text, lines[j + 1].text):
            return bool(size and here) and size >= 1.2 * here
    return False


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_prose(text: str) -> bool:
    """Running text: a sentence, or a line too long for a title.

    An English line in title case (``Estimating Tidal Flood Risk in Small
    Harbour Towns``) is a title however long, unless it ends a sentence.

    >>> is_prose("本市は港町である。"), is_prose("港町の国際交流")
    (True, False)
    >>> is_prose("Estimating Tidal Flood Risk in Small Harbour Towns"), is_prose("Local councils need a quick estimate of how often this")
    (False, True)
    >>> is_prose("取りにくい。本稿では、当協会がこの五年間に取り組んで"), is_prose("「港」とは何か？")
    (True, False)
    >>> is_prose("新しい蔵書検索システムを導入します\ufffd"), is_prose("子育て支援センターが移転します"), is_prose("港町の\ufffd際交流")
    (True, False, False)

    A rule of marks however long holds no word (an Aozora Bunko file's ``-----…`` around its notes on the notation:
    fresh-user trial 61c, where the rule had opened the story's body).

    >>> is_prose("-" * 55), is_prose("＝" * 40), is_prose("・" * 20 + "。")
    (False, False, False)
    """
    s = text.strip()
    if not any(ch.isalnum() for ch in s):
        return False
    if s.endswith(("。", "．", ".")) and len(s) >= 8 and not on_legal_form(s):
        # (a name ending on its legal form's stop, ``Segelclub Konstanz e.V.``, ``Greenway Foods Ltd.``, ends no
        # sentence: session 79, helper kanri79)
        return True
    if _SENTENCE_INSIDE.search(s):
        return True  # one sentence ends and the next begins on the line: a paper wrapped narrow (36 characters)
    if len(s) >= 8 and _PREDICATE_BEFORE_LOST.search(s):
        return True  # a sentence whose stop was lost (``…導入します�``: session 65, a lost 。 ending its own line)
    return len(s) >= 40 and not (script_of(s) == EN and len(s.split()) <= 16 and is_title_case(s))


_SENTENCE_INSIDE = re.compile(r"[。！？][^。！？」』）)\s]")
"""A Japanese sentence end with text going on after it (a title never holds one)."""
_PREDICATE_BEFORE_LOST = PREDICATE_BEFORE_LOST
"""(:data:`~.contacts.PREDICATE_BEFORE_LOST`: one pattern, read by a contact block's line too.)"""


def _names_no_one(text: str) -> bool:
    """The line is no speaker's line, organisation or person's name, nor authors (side by side, or each with the
    affiliation in brackets): a title line may be it. A judgment's kind letter-spaced (``審　　　決``: helper judg70b,
    read as a surname and a given name, so a 審決 had been titled by its claimant's line) names no one."""
    from pipeline.segment.runin import judgment_head

    if judgment_head(text):
        return True
    return speaker_split(text) is None and not _names_organisation(text) and not is_person_name(text) \
        and names_row(text) is None and bracketed_authors(text) is None


TITLE_UNDER_AUTHOR = 8
"""Lines under an author's line a title set in display size is looked for on (:func:`_title_under_author`)."""
DISPLAY_SIZE = 1.5
"""A title under its author is set at least this many times the author line's size."""


def _title_under_author(lines: list[Text], k: int, author: int, layout: "Layout | None") -> int | None:
    """In a PDF, the title of a cover that names its author over it (a French thesis: institutions, ``Thèse présentée
    par …``, its date, its degree and fields, then ``Le chaos du rire`` at 25 pt): the first title line among the
    :data:`TITLE_UNDER_AUTHOR` lines from ``lines[k]`` set at :data:`DISPLAY_SIZE` times the author line's size or
    more; ``None`` without sizes, or where a table's row, a numbered heading or a chapter's label comes first."""
    size = layout.size(lines[author]) if layout is not None else None
    if not size:
        return None
    for j in range(k, min(len(lines), k + TITLE_UNDER_AUTHOR)):
        text = lines[j].text
        if "\t" in text or explicit_number(text.strip()) is not None or is_chapter_heading(text):
            return None
        here = layout.size(lines[j])
        if here and here >= DISPLAY_SIZE * size and is_title_line(text) and _names_no_one(text):
            return j
    return None


_SECT = re.compile(r"^(?:宗教法人[ \u3000]*)?[\u4e00-\u9fff]{0,6}宗(?:[\u4e00-\u9fff]{1,8}派)?(?:[ \u3000]+[\u4e00-\u9fff]{2,12})?$")
"""A Buddhist sect's line, its branch and head temple after it at most (``浄土宗``, ``臨済宗妙心寺派``, ``曹洞宗　大本山永平寺``,
``宗教法人 真宗大谷派``): ideographs alone, the sect's word 宗 closing its name or before its branch's 派."""


def sect_line(text: str) -> bool:
    """A line naming the sect a temple belongs to (:data:`_SECT`): the category a temple's leaflet is set under, over
    its title, never the title (fresh-user trial 78d: ``臨済宗妙心寺派`` over ``瑞松山　長福寺　略縁起``).

    >>> sect_line("臨済宗妙心寺派"), sect_line("浄土宗"), sect_line("曹洞宗　大本山永平寺"), sect_line("真宗大谷派")
    (True, True, True, True)
    >>> sect_line("日本の禅宗"), sect_line("瑞松山　長福寺　略縁起"), sect_line("宗教と地域社会"), sect_line("大澤 宗玄")
    (False, False, False, False)
    """
    return _SECT.match(text.strip()) is not None


def _long_minutes_line(text: str) -> bool:
    """An English minutes' line (:func:`~.events.opens_minutes`: ``Minutes of the … Meeting held on …``) too long to
    be a record's title (:func:`~.events.names_minutes` reads one of a title's length): under a body's name, the
    name titles the record (session 85, helper minutes85).

    >>> _long_minutes_line("Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 10 March 2026 at 7.30pm")
    True
    >>> _long_minutes_line("Minutes of the Committee Meeting held on Monday 3 February 2025 at 6.30 pm")
    False
    """
    return opens_minutes(text) and not names_minutes(text)


def _names_organisation(text: str) -> bool:
    """An organisation's line (:func:`~.organisations.is_organisation`), one set in capitals read in title case too
    (a thesis cover's ``UNIVERSITY OF CALGARY`` over its title).

    >>> _names_organisation("UNIVERSITY OF CALGARY"), _names_organisation("University of Calgary"), _names_organisation("PORT CITIES")
    (True, True, False)

    A record's heading names the body it records, not an organisation (:func:`~.events.is_record_heading`).

    >>> _names_organisation("Minutes of the Monthly Committee Meeting"), _names_organisation("Steering Committee")
    (False, True)
    """
    s = text.strip()
    if is_record_heading(s) or _names_a_meeting(s):
        return False
    return is_organisation(s) or (script_of(s) == EN and s.isupper() and is_organisation(_title_cased(s)))


_MEETING_WORDS = re.compile(r"\s(?:Meeting|Conference|Congress|Assembly|Symposium|Workshop|Forum|Summit|AGM|EGM)$")


_MEETING_NAME_END_JA = re.compile(r"(?:会議|審議会|協議会|委員会|懇談会|総会|理事会|部会|定例会|臨時会)$")


def _meeting_over_kind(text: str) -> bool:
    """A meeting's name, the line a record's kind alone may stand under (``第1回 やまなみ町子ども・子育て会議``,
    ``Northfield Parish Council Annual Meeting 2025``): an event's name (:func:`~.events.is_event_line`) or a line
    ending on a meeting's word (:func:`_names_a_meeting`, a body's meeting in Japanese: ``…会議``, ``…審議会``,
    ``…協議会``), no sentence.

    >>> _meeting_over_kind("第1回 やまなみ町子ども・子育て会議"), _meeting_over_kind("Northfield Parish Council Annual Meeting 2025")
    (True, True)
    >>> _meeting_over_kind("会議の進め方について説明します。"), _meeting_over_kind("Northfield Parish Council")
    (False, False)
    """
    s = text.strip()
    if not s or len(s) > MAX_TITLE or s.endswith(("。", ".")):
        return False
    return is_event_line(s) or _names_a_meeting(re.sub(r"\s+\d{4}$", "", s)) or _MEETING_NAME_END_JA.search(s) is not None


def _names_a_meeting(text: str) -> bool:
    """An English line that ends on a meeting's or event's word (``Lakeside Allotment Society Spring Meeting``,
    ``Harbour Board Annual Meeting``): it names the meeting its body holds, not the body, whatever organisation word
    stands before (a record's title, the body its organiser).

    >>> _names_a_meeting("Lakeside Allotment Society Spring Meeting"), _names_a_meeting("Lakeside Allotment Society")
    (True, False)
    """
    return script_of(text) == EN and _MEETING_WORDS.search(text.strip()) is not None


_OF_THE_BODY = re.compile(r"\s(?:of|by|from)\s+(?:the\s+)?(?P<body>[A-Z][^,;:]*)$")


def _names_its_body(text: str) -> bool:
    """An English record's heading that ends on the body whose record it is (``Report of the Harbour Board``, ``Report
    of the Active Travel Scrutiny Committee``): the words after its last ``of``/``by``/``from`` name an organisation
    (:func:`is_organisation`).

    >>> _names_its_body("Report of the Active Travel Scrutiny Committee"), _names_its_body("Report of the Review of Ports")
    (True, False)
    """
    m = _OF_THE_BODY.search(text.strip())
    return script_of(text) == EN and m is not None and is_organisation(m.group("body"))


_REPORT_HEADING = re.compile(r"^(?:(?:Annual|Final|Interim|Progress)\s+)?Report\s+(?:of|by|from)\s")
"""A body's report heading's opening (``Report of the …``): a report, not a meeting's record (``Minutes of the
Finance Committee`` over ``Held on Monday …``: its date line, no topic; its ``Chair:`` the meeting's)."""

_CHAIR_LABEL = re.compile(r"^(?:Chair|Chairman|Chairwoman|Chairperson|Chair of the [A-Z][\w ]{0,40})\s*[:：]\s*(?=\S)")
"""A committee's chair's label and its colon (``Chair: Cllr Rosalind Okafor``)."""


def _read_report_chair(r: "_Reading", look: int) -> None:
    """The chair's line (:data:`_CHAIR_LABEL`) within ``look`` lines under a body's report heading (``Report of the
    Active Travel Scrutiny Committee``: :func:`is_record_heading` ending on its body, :func:`_names_its_body`) is the
    report's speaker: a committee's report is presented over its chair's name. Decision (helper rep84, fresh-user trial
    84a: the chair's line had stayed front, the report had no speaker). Minutes' ``Chair:`` names who chaired the
    meeting, no author: a record of a meeting (``Minutes of …``) ends on no body's name but on its meeting
    (:func:`_names_a_meeting`), and is left as it was."""
    if r.title is None or script_of(r.lines[r.title].text) != EN:
        return
    heading = r.lines[r.title].text.strip()
    if not (_REPORT_HEADING.match(heading) and is_record_heading(heading) and _names_its_body(heading)) \
            or _names_a_meeting(heading):
        return
    for j in range(r.k, min(r.n, r.k + look)):
        text = r.lines[j].text.strip()
        if not text or is_prose(text):
            return
        m = _CHAIR_LABEL.match(text)
        if m is not None and is_person_name(text[m.end():][name_start(text[m.end():]):].strip()):
            r.speaker = [j]
            r.cues.append("speaker")
            r.k = j + 1
            return


def _topic_under_body_report(title: str, text: str) -> bool:
    """``text``, right under a body's report heading (``Report of the Active Travel Scrutiny Committee``:
    :func:`is_record_heading` ending on its body, :func:`_names_its_body`), is the report's topic, its subtitle: a
    title-cased English title line, no organisation, date, credit or sentence (``Cycling and Walking Routes to
    Schools``). Decision (helper rep84, fresh-user trial 84a, whose truth accepts either reading): the heading that
    names the reporting body is the title, the topic under it the subtitle; the council over both stays front.

    >>> _topic_under_body_report("Report of the Active Travel Scrutiny Committee", "Cycling and Walking Routes to Schools")
    True
    >>> _topic_under_body_report("Report of the Harbour Board", "Presented to Full Council, 14 October 2026")
    False
    >>> _topic_under_body_report("Minutes of the Finance Committee", "Held on Monday 3 March 2025 at 6.30 pm")
    False
    """
    b = text.strip()
    return (script_of(b) == EN and _REPORT_HEADING.match(title.strip()) is not None and is_record_heading(title)
            and _names_its_body(title) and is_title_line(b) and not re.search(r"\b(?:19|20)[0-9]{2}\b", b)
            and title_cased(b) and not is_prose(b) and not is_organisation(b) and not _dated(b)
            and not author_label(b) and not byline(b) and not is_date_line(b) and "," not in b)


MAX_STATEMENT_LINES = 12
"""Lines the speaker search looks over at most, a thesis cover's statement between its title and its author
(:func:`_cover_statement`) included."""


def _speaker_search(lines: list[Text], k: int, look: int) -> list[tuple[int, bool]]:
    """The lines a title block's speaker is looked for on: ``look`` lines from ``lines[k]``, not counting the lines of
    a thesis cover's statement among them (:func:`_cover_statement`: ``A Thesis`` / ``Submitted to the Graduate
    Faculty`` / ``of the`` / ``North Dakota State University`` / … / ``By`` / the author), up to
    :data:`MAX_STATEMENT_LINES` in all: each index with whether it is a statement's line (a piece in small letters
    only after a statement's line or an organisation's, which it carries on)."""
    out: list[tuple[int, bool]] = []
    counted, j, going_on, left_open = 0, k, False, False
    while j < len(lines) and counted < look and j - k < MAX_STATEMENT_LINES:
        text = lines[j].text
        # a statement's line left open on a small word (``A Thesis Submitted in Partial Fulfilment of``, ``… the
        # Degree of``) goes on in the next, whatever its case (``the Requirements for the Award …``, ``Master of LATEX
        # Art``: trial 62b's uowthesis cover, whose ``by`` / ``Lei Ye`` stood past the look); an organisation's name or
        # a person's is its own line
        statement = _cover_statement(text, going_on) or (
            left_open and script_of(text) == EN and len(text.strip()) <= 60 and not _names_organisation(text)
            and not author_line(text) and not byline(text))
        out.append((j, statement))
        counted += not statement
        going_on = statement or _names_organisation(text)
        # (a byline's ``by`` alone ends on a small word too, but the author's name follows it)
        left_open = statement and ends_on_connective_word(text.rstrip()) and not by_alone(text)
        j += 1
    return out


def _cover_statement(text: str, going_on: bool = True) -> bool:
    """A line of a thesis cover's statement, which stands between its title and its author: its degree statement
    (:func:`~.events.is_degree_statement`), its kind (``A Thesis``), the body it is submitted to (``Submitted to the
    Graduate Faculty``), a byline's ``by`` alone, or a piece of a statement wrapped over lines (``of the``, ``of
    Agriculture and Applied Science``: an English phrase opening in small letters on a small connecting word; a title's
    line ending on a connective is none, ``for Thesis Preparation by Technical and``).

    >>> _cover_statement("A Thesis"), _cover_statement("of the"), _cover_statement("By"), _cover_statement("Port Cities")
    (True, True, True, False)
    >>> _cover_statement("by Jane Mary Doe"), _cover_statement("esupervisor"), _cover_statement("and John M. Smith")
    (False, False, False)
    """
    s = text.strip()
    if is_degree_statement(s) or is_document_kind(s) or by_alone(s) or (is_client_line(s) and len(s) <= 60):
        return True
    words = s.split()
    return script_of(s) == EN and len(s) <= 60 and bool(words) \
        and going_on and s[:1].islower() and words[0] in _STATEMENT_OPENERS \
        and not is_prose(s) and not s.endswith((".", ",", ";", ":")) and not byline(s) and not author_line(s)


_STATEMENT_OPENERS = frozenset(CONNECTIVES) | {"the", "a", "an", "des", "der", "die", "dem", "den", "für", "zur", "zum",
                                               "im", "am", "an", "bei", "de", "du", "la", "le", "les", "en", "à", "au",
                                               "aux", "pour", "et", "del", "di", "da", "della", "voor", "tot"}
"""Small words a wrapped piece of a cover's statement opens on (``of the``, ``in partial satisfaction …``; German,
French, Spanish, Italian, Dutch: ``des Studiengangs …``, ``en vue de …``); an identifier in small letters
(``cassosupervisor``) is none."""


def _post_alone(text: str) -> bool:
    """A short Japanese line that ends on a job title with no name after it (``松江市国際観光課長``, ``観光振興部長``): a
    speaker box's first line, the name set on the next.

    >>> _post_alone("松江市国際観光課長"), _post_alone("国際交流課長 佐藤 一郎"), _post_alone("課長の役割と責任について")
    (True, False, False)
    """
    s = text.strip()
    return script_of(s) == JA and len(s) <= 30 and ends_with_job_title(s) and speaker_split(s) is None


_GROUP_LABEL = re.compile(r"^\((?:[A-Z][\w&.'’-]*\s+){0,5}(?:Collaboration|Consortium|Team|Group|Editors|Survey|Project)\)$")


def group_label(text: str) -> bool:
    """A label naming the group the authors around it belong to, in brackets on its own line: AASTeX's
    ``\\collaboration`` (``(AAS Journals Data Editors)``, ``(The LIGO Collaboration)``, ``(SDSS Team)``).

    >>> group_label("(AAS Journals Data Editors)"), group_label("(The LIGO Scientific Collaboration)"), group_label("(Kyoto University)")
    (True, True, False)
    """
    return _GROUP_LABEL.match(text.strip()) is not None


def _affiliations(lines: list[Text], j: int, speaker: list[int], layout: "Layout | None" = None) -> int:
    """Take the affiliation lines under the author line ``lines[j]`` into ``speaker``; the index after them.

    An affiliation line each for up to two authors, or one for each mark the authors carry (``Maria Lindqvistᵃ,
    Kenji Arakawaᵇ, Priya Ramanᶜ`` over three lines); each may be followed by its address (``Sendai, Japan``, an
    e-mail, the last affiliation's too), no affiliation line itself. Another author's line (``Mary Jones (Kyoto University)`` names an
    organisation too) is no affiliation; a line that opens on a mark the authors carry is one whatever its words
    (REVTeX's ``¹)Authors' institution and/or address``). Each mark points to one affiliation: a line opening on a
    mark an affiliation line over it already took is none by its mark (``1 Introduction`` under ``¹ Faculty of …``
    and ``² Department of …``, where the authors carry a third mark, ``Kenji Mori¹*``, was the speaker's line). A public body named by its kind and place (``Port of Bergenvik``:
    :func:`_body_under_name`) is one right under a person's name in the name's box, as after the name and a comma."""
    n = len(lines)
    glued = glued_digits(lines[j].text, [lines[j + 1].text] if j + 1 < n else [])  # ``Okafor1`` over ``1Department …``
    keys = {mark_key(m.text) for _, marks in split_authors(lines[j], glued) for m in marks}
    # authors set side by side come as author lines one after another, each with its own mark, the affiliations under
    # the last: one line for each mark of the run (issue 16 point 2: three JSS authors ``Maria Lindqvist*`` ⎵
    # ``Tomas Okafor†`` ⎵ ``Anna Berg‡`` over three marked lines had the third read as the paper's first paragraph)
    run_keys = set(keys)
    k = j - 1
    while k >= 0 and k in speaker and (marks := {mark_key(m.text) for _, ms in split_authors(lines[k]) for m in ms}):
        run_keys |= marks
        k -= 1
    most = max(MAX_AFFILIATION_LINES, len(keys), len(run_keys))
    # each digit of ``¹²`` is a mark an affiliation line may open on (helper bound61: the line ``¹佐渡市… ²… ³…``
    # under ``谷口 修平¹²，○遠山 玲奈³`` was taken for none, and the abstract ran on in the one before it)
    # (a line of authors wrapped onto the next, ``…, Johannes Jakob Meyer⁵,`` / ``and Victor V. Albert⁶``: the lines
    # under the second open on the first's marks too: trial 78c, quantum-template)
    keys = with_run_marks(run_keys)
    after, addresses = j + 1, 0
    if j + 1 < n and wrapped_bracketed_authors(lines[j].text, lines[j + 1].text) is not None:
        speaker.append(j + 1)  # the author line's own rest, wrapped inside its last brackets (trial 49)
        j, after = j + 1, j + 2
    while after < n and (after <= j + most + addresses or (after > j + 1 and is_address_line(lines[after].text))
                         or (after > j + 1 and speaker and speaker[-1] == after - 1 and _marked_wrap(lines, j, after))) \
            and not is_client_line(lines[after].text) and not is_degree_statement(lines[after].text):
        if after > j + 1 and (is_address_line(lines[after].text) or _column_addresses(lines[j].text, lines[after].text)):
            addresses += 1
        elif opens_on_mark(lines[after].text, keys) or is_postal_affiliation(lines[after].text) \
                or (after == j + 1 and is_address_line(lines[after].text) and "@" not in lines[after].text):
            # a line that opens on a mark the authors carry is an affiliation whatever its words; so is an address,
            # and a place with its country right under the author (``Seoul, Republic of Korea``: issue 16)
            keys = keys - {leading_mark(lines[after].text)}
        elif after > j + 1 and speaker and speaker[-1] == after - 1 and _address_goes_on(lines, after, keys):
            addresses += 1  # a marked affiliation's address wrapped over lines of its own, more marked ones under it
        elif after > j + 1 and speaker and speaker[-1] == after - 1 and _marked_wrap(lines, j, after):
            addresses += 1  # the last marked affiliation's rest, wrapped at the measure (``91125, USA``: trial 78c)
        elif after == j + 1 and byline(lines[j].text) and newsroom_post(lines[after].text):
            pass  # a byline's writer, the post on the line under it (``BY THABO MOKOENA`` / ``Staff Writer``)
        elif after == j + 1 and _body_under_name(lines, j, layout):
            pass  # ``Ingrid Solberg`` / ``Port of Bergenvik``: the credit over two lines (trial 69b)
        elif not (is_organisation(lines[after].text) or post_and_organisation(lines[after].text)) \
                or author_line(lines[after].text, lines[after + 1].text if after + 1 < n else None) \
                or _SENTENCE_INSIDE.search(lines[after].text) is not None:
            # (a sentence ending inside the line is running text, whatever word the wrap left at its end:
            # ``かつて…窯は、今ではほとんど残っていない。保存会`` under ``講師：岡田 義男 先生（…）``, helper lab73)
            break  # an organisation, or one with the post held there (``北陸ことば研究所 研究員``: trial 43), else none
        speaker.append(after)
        after += 1
    return after


def _column_addresses(names: str, text: str) -> bool:
    """``text`` gives the address of each author set side by side on the author line ``names`` (its cells,
    :func:`~.names.cells`), one a column: as many cells as names, each an address or a place (``Lagos, Nigeria⇥Hamburg, Germany⇥Singapore``).
    Why (helper paper73): a dump's third row of columns, the towns, had been left ``front``.

    >>> _column_addresses("Amara Okafor\\tJonas Weber", "Lagos, Nigeria\\tSingapore"), _column_addresses("Amara Okafor\\tJonas Weber", "Abstract")
    (True, False)
    """
    width, spans = len(cells(names)), cells(text)
    return width >= 2 and len(spans) == width and all(
        is_address_line(text[a:b]) or _place_alone(text[a:b]) for a, b in spans)


def _place_alone(text: str) -> bool:
    """A place named alone in an address's cell (``Singapore``): a country, or a town GeoNames lists."""
    from pipeline.segment.organisations import is_country
    from pipeline.segment.places import is_town_en

    s = text.strip()
    return bool(s) and (is_country(s) or is_town_en(s))


MAX_STACKED_AUTHORS = 6
"""Authors a PDF's title block stacks one under the other, each over its affiliation, read at most
(:func:`stacked_credits`)."""


def _centre(layout: "Layout", t: Text) -> float | None:
    at = layout.at(first_line(t))
    return (at.x0 + at.x1) / 2 if at.x0 is not None and at.x1 is not None else None


MAX_TITLE_PAGE_AUTHOR = 40
"""Characters the author's line of a LaTeX title (:func:`title_author_date`) holds at most: a name or a few."""


def title_author_date(lines: list[Text], title: int, j: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[j]`` is the author's line of a title set as LaTeX's ``\\maketitle`` sets it: right under the
    title (``lines[title]``) and over a date line alone, the three centred on one axis (within :data:`CENTRED_AXIS`
    points), the author's line set smaller than the title,
    short (:data:`MAX_TITLE_PAGE_AUTHOR`), no date, sentence, heading or organisation. The place says it: an author
    however written (``ZR``, a handle in brackets ``Yukimasa Morimi (h20y6m)∗``), whose words vouch for no name.

    Why (trial 78c, pxchfon and jlreq-deluxe's manuals): ``ZR`` and ``Yukimasa Morimi (h20y6m)∗`` had stayed front
    text, no speaker. A text dump (no positions) reads as before.
    """
    if layout is None or j + 1 >= len(lines) or not is_date_line(lines[j + 1].text):
        return False
    text = lines[j].text.strip()
    if not text or len(text) > MAX_TITLE_PAGE_AUTHOR or is_date_line(text) or is_prose(text) \
            or explicit_number(text) is not None or is_organisation(text) or not _set_smaller(layout, lines[title], lines[j]):
        return False
    axes = [_centre(layout, lines[i]) for i in (title, j, j + 1)]
    if any(a is None for a in axes) or any(layout.page(lines[i]) != layout.page(lines[title]) for i in (j, j + 1)):
        return False
    return max(axes) - min(axes) <= CENTRED_AXIS  # type: ignore[operator]


CENTRED_AXIS = 3.0
"""Points the centres of a title's lines stand apart at most to be centred on one axis."""


def stacked_credits(lines: list[Text], j: int, layout: "Layout | None") -> list[int] | None:
    """In a PDF, the lines from ``lines[j]`` that are authors stacked one under the other, each name alone on its line
    over one affiliation line (``Christophe Dutang`` / ``ENSIMAG, Grenoble INP`` / ``Vincent Goulet`` / ``École
    d’actuariat, Université Laval``): two pairs or more, every line centred on the name's centre (within a line's
    size) in the name's size, the affiliation no name, no date and no sentence, and at least one affiliation naming
    an organisation by its words (:func:`~.organisations.is_organisation` of the line or of a comma-part:
    ``Université Laval``), which vouches for the others (``ENSIMAG, Grenoble INP`` names none by its words); else
    ``None``. Real paper 71b (expm.pdf): the second author and both affiliations had stayed ``front``. A text dump
    has no centres: the words alone decide there (:func:`_affiliations`)."""
    if layout is None or not is_person_name(lines[j].text):
        return None
    size, centre = layout.size(lines[j]), _centre(layout, lines[j])
    if not size or centre is None:
        return None
    out, vouched, k = [], False, j
    while k + 1 < len(lines) and len(out) < 2 * MAX_STACKED_AUTHORS and is_person_name(lines[k].text):
        name, aff = lines[k], lines[k + 1]
        text = aff.text.strip()
        if any(layout.page(t) != layout.page(lines[j]) or layout.size(t) is None
               or abs(layout.size(t) - size) > 0.5 or _centre(layout, t) is None
               or abs(_centre(layout, t) - centre) > size for t in (name, aff)):
            break
        parts = [p.strip() for p in text.split(",") if p.strip()]
        named = is_organisation(text) or any(is_organisation(p) for p in parts)
        # (an affiliation's words may read as names, ``DTU Aqua, Kongens Lyngby``: one naming an organisation is none)
        if not text or is_person_name(text) or (author_line(text) and not named) or is_date_line(text) \
                or is_prose(text) or text.endswith((".", ":")) or explicit_number(text) is not None:
            break
        vouched = vouched or named
        out += [k, k + 1]
        k += 2
    return out if len(out) >= 4 and vouched else None


def _body_under_name(lines: list[Text], j: int, layout: "Layout | None") -> bool:
    """The line under ``lines[j]``, a person's name alone, names a public body by its kind and place
    (:func:`~.organisations.body_of_place`: ``Port of Bergenvik``, ``County of Gwenllian``) in the name's own box (no
    blank line between them in a dump, :meth:`~.layout.Layout.same_box`), and no point of a list follows it in that box:
    the name's affiliation, the credit ``Ingrid Solberg, Port of Bergenvik`` set over two lines (decision, issue 16
    point 2, helper credit70; fresh-user trial 69b, where the name had no affiliation and the body's line stayed on
    the cover or in ``front``). Alone, or set apart from the name, such a line is a slide's or a section's title as
    often (``Port of Naha`` over its points: :func:`~.organisations.is_organisation` does not read it)."""
    n = len(lines)
    if j + 1 >= n or not body_of_place(lines[j + 1].text) or not is_person_name(lines[j].text):
        return False
    if layout is not None and not layout.same_box(lines[j], lines[j + 1]):
        return False
    if j + 2 < n and (layout is None or layout.same_box(lines[j + 1], lines[j + 2])) \
            and (is_bullet(lines[j + 2].text) or item_mark(lines[j + 2].text) is not None):
        return False  # the body's line heads the points under it: a slide's title
    return True


def _face(layout: "Layout", t: Text) -> tuple[str, float] | None:
    """A PDF line's font and size (points, to 0.1), or ``None`` where extraction gave neither."""
    font, size = layout.font(t), layout.size(t)
    return (font, round(size, 1)) if font and size else None


_TRAILING_MARKS = re.compile(rf"[\s{NOTE_SYMBOLS},\u00b9\u00b2\u00b3\u2070-\u209f\u1d43-\u1dbf]+$")
"""Footnote marks after an author's name (``Charlie Author§``, ``Delta Authorᵃ,``): TeX's symbols, superscripts."""


def faced_authors(lines: list[Text], j: int, after: int, layout: "Layout | None", speaker: list[int],
                  first: bool = True) -> tuple[int, tuple[str, float], tuple[str, float]] | None:
    """A PDF title block whose faces tell its authors from their affiliations (REVTeX's ``\\author`` in roman over
    ``\\affiliation`` in smaller italic, one group under the other; trial 62b's apssamp): ``lines[j]`` an author's
    line, the line under it in another face (the affiliation's: another font or size) and no line of the body's
    shape (a date, a section's name, a sentence ending in a full stop). Takes the lines from ``after`` on that are set
    in the affiliation's face into ``speaker`` (an affiliation wrapped over two lines, its words no organisation's:
    ``Authors' institution and/or address`` / ``This line break forced with \\\\``) and returns the index after them,
    the author's face and the affiliation's; ``None`` where the faces tell nothing (a dump, one face, no line under,
    or, for the ``first`` author, no further author under its affiliations: :func:`_faces_repeat`)."""
    if layout is None or j + 1 >= len(lines):
        return None
    own, under = _face(layout, lines[j]), _face(layout, lines[j + 1])
    text = lines[j + 1].text.strip()
    if own is None or under is None or own == under or is_date_line(text) or is_section_name(text) \
            or text.endswith(".") or explicit_number(text) is not None:
        return None
    # only lines right under the author's (and its affiliations already taken) go on in that face
    if after != j + 1 and not (speaker and speaker[-1] == after - 1):
        return None
    if first and not _faces_repeat(lines, j, layout, own, under):
        return None  # one author over a line in another face (a thesis's ``2022``, a degree, an e-mail): the words decide
    while after < len(lines) and len(speaker) < MAX_SPEAKER_LINES and _face(layout, lines[after]) == under \
            and not is_date_line(lines[after].text) and not lines[after].text.strip().endswith("."):
        speaker.append(after)
        after += 1
    return after, own, under


def _faces_repeat(lines: list[Text], j: int, layout: "Layout", own: tuple[str, float], under: tuple[str, float]) -> bool:
    """Under the author's line ``lines[j]``, past its lines in the affiliations' face ``under`` (and a group's label
    in the names' face ``own``), a further author stands (:func:`faced_author`): the pattern repeats, so the faces
    tell names from addresses. One author over a line in another face shows nothing (a thesis's author over its year,
    ``Lei Ye`` / ``BEng, PhD``, a spec's maintainer over an e-mail: the fresh-user trials' title pages)."""
    for k in range(j + 1, min(len(lines), j + MAX_SPEAKER_LINES)):
        face = _face(layout, lines[k])
        if face == under:
            continue
        if face == own and group_label(lines[k].text):
            continue
        return face == own and faced_author(lines, k, layout, (own, under))
    return False


def faced_author(lines: list[Text], at: int, layout: "Layout",
                 faces: tuple[tuple[str, float], tuple[str, float]]) -> bool:
    """``lines[at]`` is a further author of a block :func:`faced_authors` read: set in the first author's face, a
    name's shape (marks aside: ``Delta Author``, ``Charlie Author§``) or an author's line, and the line under it in the
    affiliations' face (the layout vouches for the name, as :func:`~pipeline.segment.names.name_shaped` asks)."""
    own, under = faces
    if at + 1 >= len(lines) or _face(layout, lines[at]) != own or _face(layout, lines[at + 1]) != under:
        return False
    text = _TRAILING_MARKS.sub("", lines[at].text.strip())
    return bool(text) and (name_shaped(text) or names_people(text) or author_line(lines[at].text))


def faced_author_lines(lines: list[Text], layout: "Layout | None") -> set[int]:
    """Indexes of a speaker block's further author lines by their faces (:func:`faced_author`), under its first
    author's line (:func:`~pipeline.segment.names.author_line`) whose affiliation under it is set in another face."""
    if layout is None:
        return set()
    first = next((k for k in range(len(lines) - 1) if author_line(lines[k].text, lines[k + 1].text)), None)
    if first is None:
        return set()
    own, under = _face(layout, lines[first]), _face(layout, lines[first + 1])
    if own is None or under is None or own == under:
        return set()
    return {k for k in range(first + 1, len(lines)) if faced_author(lines, k, layout, (own, under))}


_NEWSROOM_POST = re.compile(r"^(?:[A-Z][\w'’\-]*\s+){0,3}(?:Writer|Reporter|Correspondent|Editor|Columnist|Journalist"
                            r"|Photographer|Contributor|Critic)$", re.IGNORECASE)


def newsroom_post(text: str) -> bool:
    """A news writer's post alone on its line (``Staff Writer``, ``Transport Correspondent``, ``SENIOR REPORTER``: a
    newsroom's posts, a closed set, after at most three capitalised words): under a byline, the writer's affiliation
    (helper press61, issue 16: ``BY THABO MOKOENA`` / ``Staff Writer`` had headed a section of the story).

    >>> newsroom_post("Staff Writer"), newsroom_post("SENIOR REPORTER"), newsroom_post("The ferry will be named after a writer")
    (True, True, False)
    """
    s = text.strip()
    return script_of(s) == EN and (s.istitle() or s.isupper()) and _NEWSROOM_POST.match(s) is not None


def _marked_wrap(lines: list[Text], j: int, after: int) -> bool:
    """``lines[after]`` is the rest of the marked affiliation line over it, wrapped at the measure of the marked
    lines under the author line ``lines[j]`` (:func:`~.authors.wrapped_affiliation`)."""
    return leading_mark(lines[after - 1].text) is not None and wrapped_affiliation(lines[after - 1], lines[after], max(
        (len(t.text.rstrip()) for t in lines[j + 1:after] if leading_mark(t.text)), default=0))


ADDRESS_LINES = 3
"""Lines a marked affiliation's address runs over under it at most, before the next marked affiliation
(:func:`_address_goes_on`)."""


def _address_goes_on(lines: list[Text], k: int, keys: set[str]) -> bool:
    """``lines[k]``, under an affiliation line, carries its address on: a line that opens on no mark the authors
    carry (a street's number may lead it: ``12 Quay Street``), no author's line, no prose nor a section's name, with a line opening on a mark the authors carry and no affiliation took yet
    within :data:`ADDRESS_LINES` lines under it (AASTeX's ``¹American Astronomical Society`` / ``1667 K Street NW,
    Suite 800`` / ``Washington, DC 20006, USA`` / ``²Leiden University``: real-PDF trial 51, the street had ended
    the authors' affiliations)."""
    text = lines[k].text
    if not keys or opens_on_mark(text, keys) or is_prose(text) or is_section_name(text) \
            or author_line(text, lines[k + 1].text if k + 1 < len(lines) else None):
        return False
    for j in range(k + 1, min(len(lines), k + 1 + ADDRESS_LINES)):
        if opens_on_mark(lines[j].text, keys):
            return True
        if is_prose(lines[j].text) or is_section_name(lines[j].text):
            return False
    return False


def _opens_letter(text: str) -> bool:
    """A letter's body opens on the line: its opening word, alone or leading the first sentence (``拝啓 早春の候、…``).

    >>> _opens_letter("拝啓 早春の候、皆様には"), _opens_letter("拝啓"), _opens_letter("拝啓の使い方")
    (True, True, False)
    """
    words = text.strip(" \u3000\t").split(maxsplit=1)
    return bool(words) and is_letter_formula(words[0])


@dataclass(frozen=True)
class Block:
    """The title block read at ``start``: which line holds what, and the cues found."""

    start: int
    end: int  # first index after the block
    number: Text | None = None  # the talk-number prefix (intact or lost): never part of city or title
    number_line: int | None = None  # the prefix stood alone on this line
    city_line: int | None = None
    city: Text | None = None  # the city or organisation name, without the prefix
    title: int | None = None
    subtitle: int | None = None
    speaker: tuple[int, ...] = ()  # affiliation lines and the speaker's line
    cues: tuple[str, ...] = field(default=())
    title_end: int | None = None  # a title wrapped over several lines ends before this index (None: one line)
    translation: int | None = None  # the title in English, set right under the Japanese title (is_title_translation)
    translation_end: int | None = None  # an English title wrapped over several lines ends before this index (None: one)
    subtitle_end: int | None = None  # a subtitle wrapped over several lines ends before this index (None: one line)
    twins: tuple[int, ...] = ()  # the speaker's lines again in Korean, right over or under them (_read_korean_speaker)
    subtitle_translation: int | None = None  # a quoted subtitle's English, right under it (_quoted_subtitle)

    @property
    def subtitle_lines(self) -> range:
        """Indexes of the subtitle's lines (empty without a subtitle)."""
        if self.subtitle is None:
            return range(0)
        return range(self.subtitle, self.subtitle_end if self.subtitle_end is not None else self.subtitle + 1)

    @property
    def title_lines(self) -> range:
        """Indexes of the title's lines (empty without a title)."""
        if self.title is None:
            return range(0)
        return range(self.title, self.title_end if self.title_end is not None else self.title + 1)

    @property
    def score(self) -> float:
        return sum(CUE_WEIGHTS[c] for c in self.cues)


def _prefix(t: Text) -> tuple[Text | None, Text]:
    """Split a talk-number prefix (intact or lost) from the rest of the line."""
    s = t.text
    lead = len(s) - len(s.lstrip())
    n = talk_number(s[lead:])
    if n:
        # an ideographic space between the number and the title (``第1講演　地方都市の…``) is a character the text
        # keeps: it stays with the number, in ``front``
        return t[lead: lead + n].strip(" \t"), t[lead + n:].strip()
    m = _LOST_NUMBER.match(s[lead:])
    if m and m.end() and is_municipality(s[lead + m.end():]):
        return t[lead: lead + m.end()].strip(), t[lead + m.end():].strip()
    return None, t.strip()


CITY_EVIDENCE_LINES = 6
"""Lines under a city line looked at for evidence that a name of common nouns and ``市`` is a city."""
_ADMINISTRATIVE_COMMITTEE = r"(?:教育|選挙管理|人事|公平|農業|固定資産評価審査)委員会|監査委員"
"""A municipality's administrative committees (地方自治法 180条の5), in :data:`_MUNICIPAL_OFFICE`: a market has none."""
_ADMINISTRATIVE_AGENCY = r"保健所|福祉事務所|支所|出張所"
"""A municipality's agencies set up by law away from its hall (地方自治法 155条: its 支所 and 出張所; 156条: the
行政機関 a law has it run, 保健所 under 地域保健法 5条 for a designated or core city and each of Tokyo's special wards,
福祉事務所 under 社会福祉法 14条): offices of its own, as its departments are (issue 16, helper notice66: ``港区保健所``
closing a notice under its date was its issuer, yet named no city). A prefecture's health centre is named by its
district, no municipality's suffix before it (``宮城県有明保健所``)."""
_MUNICIPAL_OFFICE = re.compile(r"役所|役場|庁|(?<!協)議会|政府|人民委員会|[課局部室]|" + _ADMINISTRATIVE_COMMITTEE
                               + r"|消防本部|" + _ADMINISTRATIVE_AGENCY)
"""A municipality's offices and departments (``港町市役所``, ``港町市都市計画課``; a Chinese city's government,
``杭州市人民政府``; a Vietnamese city's, its people's committee, ``ホーチミン市人民委員会``: helper place64), its administrative committees as the Local Autonomy Act names them (地方自治法 180条の5:
``札幌市教育委員会``, ``…選挙管理委員会``, ``…監査委員``; helper city57), its fire service (``…消防本部``) and its
agencies (:data:`_ADMINISTRATIVE_AGENCY`: ``港区保健所``, ``北浜市福祉事務所``, ``青葉市北支所``; helper notice66), not an
event's committee (``みなと古本市実行委員会``); the board's head signs its notices (``西浜市教育委員会教育長``; helper notice57).
Its assembly (``港南市議会``), never a council of bodies (``東浜市社会福祉協議会``, ``…観光協議会``: a body of its own, helper
prog59, where its organiser's line had named the city)."""
_CITY_OFFICE = re.compile(r"^[\s\u3000]*(?:City\s+of\s+[A-Z]|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+City\b)")


def city_named(lines: list[Text], k: int, name: str) -> bool:
    """The municipality line ``lines[k]`` (its name ``name``) names a city: its own words say so
    (:func:`~.organisations.named_as_place`), or, for a name of common nouns and ``市`` (a market too: ``みなと古本市``,
    ``骨董市``), a line under it names the city's office or post (``港町市都市計画課長 山田 一郎``, ``港町市役所``) or an
    English city (``Minatomachi City``, ``City of …``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> city_named(mk("港町市", "川と港の再生", "港町市都市計画課長 山田 一郎"), 0, "港町市")
    True
    >>> city_named(mk("みなと古本市", "港町の本好きが集う三日間", "主催：みなと古本市実行委員会"), 0, "みなと古本市")
    False
    """
    return city_evidence(name, [t.text for t in lines[k + 1:k + 1 + CITY_EVIDENCE_LINES]])


def city_evidence(name: str, texts: list[str]) -> bool:
    """``name`` (a municipality's) is a city's: by its own words (:func:`~.organisations.named_as_place`), or one of
    ``texts`` names the city's office or post (``みなと市危機管理課長 森 勇人``) or an English city (:func:`city_named`).

    >>> city_evidence("みなと市", ["みなと市危機管理課長 森 勇人"]), city_evidence("みなと古本市", ["主催：みなと古本市実行委員会"])
    (True, False)
    """
    return named_as_place(name.strip()) or named_beside(name, texts)


def city_in_title(title: str, texts: list[str]) -> tuple[int, int] | None:
    """The span of the city a title names as the talk's (``みどり市の子育て支援``), else ``None``: the one
    municipality it names (:func:`~.organisations.municipalities_in`, the same name written twice counting once)
    with :func:`city_evidence` for it. Where it names several, the one that ``texts`` (the speaker's line, the talk's
    English) name apart from the title, if only one is (:func:`named_beside`); else the first, where it governs the
    rest (``南相馬市の提携都市・杭州市との交流``), but none where the first two stand side by side, joined by a word or
    a mark of :data:`_COORDINATION` (``と``, ``や``, ``・``, ``及び`` …: ``富山市と岡山市の比較``, trial 26's thesis): a comparison or an exchange of equals is
    about no one city of its own words.

    >>> city_in_title("南相馬市と杭州市の交流", ["杭州市国際交流課長 李 麗華"]), city_in_title("富山市と岡山市の比較", ["山田 太郎（港北大学）"])
    ((5, 8), None)
    >>> city_in_title("南相馬市の提携都市・杭州市との交流", [])
    (0, 4)
    >>> city_in_title("大邱広域市との観光交流の現状と課題", ["仙台市経済観光文化局 国際観光部長　松尾 健一"])
    """
    spans = municipalities_in(title)
    if not spans:
        # a municipality's own regulation or plan (豊橋市…利用要綱), or its assembly's minutes (白浜市議会…会議録): its issuer
        issuer = issuer_in_title(title)
        if issuer is None:
            # an assembly is the municipality's own body (_MUNICIPAL_OFFICE): the evidence that its name is a place
            # (``緑野市議会``, a name of common nouns, is a city's assembly: fresh-user trial 58)
            assembly = assembly_in_title(title)
            if assembly is not None:
                return assembly
            # its council's or committee's minutes (緑ヶ丘市都市計画審議会　議事録): a body of the municipality's own, as its
            # assembly is (fresh-user trial 59); a name of common nouns and ``市`` (みどり市, or a market) needs the
            # evidence a city line does, or an administrative committee of its own (みどり市教育委員会: a market has none)
            body = body_in_title(title)
            if body is not None and (city_evidence(title[body[0]:body[1]], texts)
                                     or re.match(_ADMINISTRATIVE_COMMITTEE, title[body[1]:])):
                return body
            return None
        return issuer if city_evidence(title[issuer[0]:issuer[1]], texts) else None
    if len({title[a:b] for a, b in spans}) == 1:
        a, b = spans[0]
        if title[b:].startswith(_PARTNER_PARTICLES) and any(
                (cd := affiliation_city(t)) is not None and t[cd[0]:cd[1]] != title[a:b] for t in texts):
            return None  # ``大邱広域市との観光交流`` by ``仙台市…部長``: the partner, not the talk's city (trial 52)
        return spans[0] if city_evidence(title[a:b], texts) else None
    beside = [(a, b) for a, b in spans if named_beside(title[a:b], texts)]
    if len({title[a:b] for a, b in beside}) == 1:
        return beside[0]
    side_by_side = title[spans[0][1]:spans[1][0]].strip() in _COORDINATION
    return None if side_by_side or not city_evidence(title[spans[0][0]:spans[0][1]], texts) else spans[0]


_PARTNER_PARTICLES = ("との", "への", "からの", "とともに")
"""What follows a city a title names as the talk's partner (``大邱広域市との観光交流``, ``杭州市への職員派遣``): where
the speaker's line names another municipality (``仙台市経済観光文化局 国際観光部長``), the talk is that one's, never
the partner's (trial 52's Korean–Japanese forum had its Korean partner as the city of a Japanese city's speaker)."""

_COORDINATION = frozenset({"と", "や", "・", "、", "，", ",", "及び", "および", "並びに", "ならびに", "対"})
"""What joins two place names as equals (``富山市と岡山市``, ``富山市・岡山市``)."""


def named_beside(name: str, texts: list[str]) -> bool:
    """One of ``texts`` names the office or post of the municipality ``name`` (``みなと市危機管理課長 森 勇人``,
    ``港町市役所``) or an English city: the evidence of :func:`city_evidence` outside the name's own words.

    >>> named_beside("南相馬市", ["南相馬市国際部長 山田 一郎"]), named_beside("杭州市", ["南相馬市国際部長 山田 一郎"])
    (True, False)
    """
    name = name.strip()
    for s in texts:
        s = s.strip()
        rest = s[len(name):].split()[0] if s.startswith(name) and len(s) > len(name) and s[len(name)] not in " \u3000" else ""
        if (rest and (_MUNICIPAL_OFFICE.search(rest) or ends_with_job_title(rest))) or _CITY_OFFICE.match(s):
            return True
    return False


_HEAD_POSTS = ("長", "知事")
"""The post of a municipality's head after its suffix (``港南市長``, ``北浜町長``, ``青葉村長``, ``中央区長``, ``みどり県知事``):
the sender of a municipality's notice, whose office names the city as its departments' do (issue 16, helper notice57);
a prefecture's governor (``みどり県知事``) names the prefecture, no city (``stage._no_city``, helper city58)."""
_FORMER = ("前", "元")
"""The prefixes of a post no longer held (``前富山市長`` the former mayor, ``元札幌市長``)."""
MAX_AFFILIATION_CITY = 10
"""Characters the municipality opening a speaker's affiliation has at most (``大邱広域市``, ``南相馬市``)."""


def affiliation_city(affiliation: str, *, facilities: bool = False) -> tuple[int, int] | None:
    """The span of the municipality a speaker's affiliation opens with, where the affiliation is its office
    (``蘇州市外事弁公室``, ``港町市役所``, ``南相馬市国際部``, ``松山市 国際交流課``): the shortest opening that ends in a
    municipality's suffix where Sudachi ends a word (``蘇州`` + ``市``, ``南相馬市``) or where an office's word opens on
    the suffix (``港町`` + ``市役所``), one suffix longer where the name goes on (``京都`` + ``市役所`` is ``京都市``;
    :func:`~.organisations.is_municipality`), with its office or post after it, in the same word or the next
    (:data:`_MUNICIPAL_OFFICE`, a job title: :func:`named_beside`'s evidence). Not an institution the city runs
    (``南相馬市立大学``: 立), nor a place named later in the affiliation (``港北大学 南相馬市研究センター``). A
    prefecture's office or governor (``宮城県 観光課``, ``みどり県知事``) gives the prefecture: the talk's ``city`` takes
    a municipality only, and the stage leaves a prefecture out (``stage._no_city``; decision, helper city58).

    >>> [affiliation_city(s) for s in ["蘇州市外事弁公室 日本処長", "港町市役所", "松山市 国際交流課", "南相馬市立大学経済学部"]]
    [(0, 3), (0, 3), (0, 3), None]
    >>> affiliation_city("港北大学 工学部"), affiliation_city("大邱広域市国際協力課"), affiliation_city("京都市役所")
    (None, (0, 5), (0, 3))
    >>> affiliation_city("宮城県石巻市 観光振興課"), affiliation_city("北海道札幌市教育委員会"), affiliation_city("長野県上高井郡小布施町役場")
    ((3, 6), (3, 6), (7, 11))
    >>> [affiliation_city(s) for s in ["港南市長", "北浜町長", "みどり県知事", "青葉村長", "市長", "港北市立大学長"]]
    [(0, 3), (0, 3), (0, 4), (0, 3), None, None]
    >>> affiliation_city("西浜市教育委員会教育長"), affiliation_city("みなと古本市実行委員会")
    ((0, 3), None)
    >>> affiliation_city("杭州市城市管理局 办公室"), affiliation_city("蘇州市城市建設局")  # 杭州 + 市城 + 市: 城市管理局 follows
    ((0, 3), (0, 3))
    >>> affiliation_city("千葉県市原市役所"), affiliation_city("大阪市城東区役所")  # 市原, 城東: places of their own
    ((3, 6), (0, 6))
    >>> [affiliation_city(s) for s in ["青葉市市民生活部地域振興課長", "みどり市市民課長", "廿日市市役所", "西川市市長", "港町市役所", "四日市市長"]]
    [(0, 3), (0, 4), (0, 4), (0, 3), (0, 3), (0, 4)]
    >>> affiliation_city("前富山市長"), affiliation_city("元札幌市長"), affiliation_city("前橋市長"), affiliation_city("元町市役所")
    (None, None, (0, 3), (0, 3))
    >>> affiliation_city("副市長 佐藤 花子"), affiliation_city("同市長 山田"), affiliation_city("津市長 佐藤"), affiliation_city("副区長")
    (None, None, (0, 2), None)

    With ``facilities``, a building of the municipality's own counts as its office does (:data:`_MUNICIPAL_FACILITY`:
    ``浜松市福祉交流センター``, ``静岡市民文化会館``, ``緑ヶ丘市立図書館``, ``港区民センター``): a venue's line
    (:func:`venue_city`).

    >>> [affiliation_city(s, facilities=True) for s in ["浜松市福祉交流センター", "静岡市民文化会館", "緑ヶ丘市立図書館", "浜松市内のホテル"]]
    [(0, 3), (0, 3), (0, 4), None]
    >>> affiliation_city("浜松市福祉交流センター"), affiliation_city("南相馬市立大学", facilities=True)
    (None, None)
    """
    lead = len(affiliation) - len(affiliation.lstrip(" \u3000"))
    s = affiliation[lead:]
    if script_of(s) != JA:
        return None
    from pipeline.sudachi import name_tokenizer

    ends: set[int] = set()
    prefixes: set[tuple[int, int]] = set()  # spans of Sudachi's prefixes (接頭辞): 副, 同, 本, 各
    morphemes = name_tokenizer("C").tokenize(s[:2 * MAX_AFFILIATION_CITY + 4])
    if len(morphemes) > 1 and morphemes[0].surface() in _FORMER:
        # a post once held (``前富山市長``, ``元札幌市長``: fresh-user trial 57 read 前富山市 as the city) names no city
        # of the talk's; a city's name that opens on the letter is one word to Sudachi (``前橋市``)
        return None
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] == "空白":
            break
        if i > 0 and _suffix_opens_place(morphemes[i - 1], m):
            # ``杭州`` + ``市城`` + ``市`` + ``管理局``: the name ends on the suffix Sudachi read into the next place word
            ends.add(m.begin() + 1)
        if _doubled_suffix_apart(s, m):
            # ``青葉市市民…``: Sudachi reads ``市市`` as one place word, yet the first 市 ends the name and the second
            # opens the next word (市民, 市長, 市役所); the name keeps both only where Sudachi knows it so whole
            # (``四日市市``, ``廿日市市``). Fresh-user trial 61c had the city ``青葉市市``.
            ends.add(m.begin() + 1)
            continue
        ends.add(m.end())
        if m.part_of_speech()[0] == "接頭辞":
            prefixes.add((m.begin(), m.end()))
        if m.surface()[:1] in MUNICIPALITY_SUFFIXES and (_MUNICIPAL_OFFICE.match(m.surface()[1:])
                                                         or m.surface()[1:] in _HEAD_POSTS
                                                         or (facilities and m.surface()[1:2] == "民")):
            # an office's word led by the suffix (市役所, 道庁; not 都市), or its head's (市長), or a hall of its
            # residents' (市民会館, 区民センター)
            ends.add(m.begin() + 1)
    # each end's municipality starts past the prefecture (and district) printed before it, read once
    starts = {k: municipality_start(s[:k]) for k in sorted(ends) if s[k - 1] in MUNICIPALITY_SUFFIXES}
    # a prefix before the suffix is no municipality's name: ``副市長`` is the deputy mayor's post, ``同市長`` the same
    # city's (fresh-user trial 58: a deck cover's ``副市長 佐藤 花子`` gave the city 副市)
    found = [k for k, start in starts.items() if 2 <= k - start <= MAX_AFFILIATION_CITY and is_municipality(s[:k])
             and (start, k - 1) not in prefixes]
    if not found:
        return None
    # one suffix longer where the name goes on (``港町`` + ``市役所`` is 港町市), never the same suffix again (``西川市``
    # + ``市長`` is 西川市: the second 市 opens the post, as in ``青葉市`` + ``市民…``)
    k = found[1] if len(found) > 1 and found[1] == found[0] + 1 \
        and (s[found[0] - 1] != s[found[1] - 1] or _place_whole(s[:found[1]])) else found[0]
    words = s[k:].split()
    rest = words[0] if words else ""
    if facilities and _MUNICIPAL_FACILITY.fullmatch(rest):
        pass  # the municipality's own building (a venue's ``浜松市福祉交流センター``, ``緑ヶ丘市立図書館``)
    elif rest.startswith("立") or not rest or not (_MUNICIPAL_OFFICE.search(rest) or ends_with_job_title(rest)
                                                   or rest in _HEAD_POSTS):
        return None  # a city-run institution (市立大学): not the city's office; or no office named
    # the prefecture (and district) printed before the municipality is where it lies, not the city (``宮城県石巻市
    # 観光振興課`` → 石巻市), as on a city line (places.municipality_start; helper city57)
    return lead + starts[k], lead + k


def _suffix_opens_place(before, m) -> bool:  # noqa: ANN001 (Sudachi morphemes)
    """``m``, a place word to Sudachi that opens on a municipality's suffix (``市城``, a Japanese place), follows a
    place name (``杭州``): the name with the suffix is the municipality, and the suffix's next letters open the next
    word (``杭州市城市管理局`` is 杭州市 + 城市管理局, the Chinese city administration bureau). A name ends at a word's
    boundary, so the office after it is read whole (fresh-user trial 62d: the city had been ``杭州市城市``)."""
    from pipeline.sudachi import name_tokenizer

    surface = m.surface()
    if not (len(surface) > 1 and surface[0] in MUNICIPALITY_SUFFIXES and m.part_of_speech()[2] == "地名"
            and before.part_of_speech()[2] == "地名"):
        return False
    # a prefecture's name before it (``東京都`` + ``町田``: 東京 + 都 at Sudachi's finest split) leaves the place word
    # whole, the municipality after the prefecture (町田市, never 東京都町); ``成都``, ``京都`` are one word
    parts = name_tokenizer("A").tokenize(before.surface())
    return before.surface() != "北海道" and not (len(parts) > 1 and parts[-1].surface() in "都道府県郡")


def _doubled_suffix_apart(s: str, m) -> bool:  # noqa: ANN001 (a Sudachi morpheme)
    """``m`` is a municipality's suffix written twice (``市市``, ``町町``) that Sudachi read as one word, and the
    name before it with one suffix is no place Sudachi knows whole with both (``青葉市市`` is 青葉市 + 市…; ``廿日市市``
    is one place)."""
    surface = m.surface()
    if len(surface) != 2 or surface[0] != surface[1] or surface[0] not in MUNICIPALITY_SUFFIXES or m.begin() == 0:
        return False
    return not _place_whole(s[:m.end()])


def _place_whole(name: str) -> bool:
    """Sudachi reads ``name``'s end, its suffix written twice, as one place word longer than the two suffixes
    (``四日市市``, ``廿日市市``; not ``青葉市市``)."""
    from pipeline.sudachi import name_tokenizer

    last = name_tokenizer("C").tokenize(name)[-1]
    return len(last.surface()) > 2 and last.part_of_speech()[2] == "地名"


_PUBLISHER_LABEL = re.compile(r"^[\s\u3000]*(?:編集[・･/／]?発行|発行[・･/／]?編集|発行(?:者|元|所)?|編集(?:者)?)"
                              r"(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)")
"""A publisher's label and what sets it off (``編集・発行　``, ``発行：``): the office it names follows."""


def publisher_line(text: str) -> bool:
    """A newsletter's publisher's line in its masthead: a publisher's label (:data:`_PUBLISHER_LABEL`) and the office
    or body after it, no sentence (``編集・発行　山吹市 秘書広報課``, ``発行：さくら台自治会　広報部``). Front matter
    beside the masthead's name and issue, as an edition's line is: never a heading, and the articles' first headline
    may follow it as it follows an issue line (decision, issue 16, helper news57).

    >>> publisher_line("編集・発行　山吹市 秘書広報課"), publisher_line("発行：港南市　編集：広報課"), publisher_line("編集後記")
    (True, True, False)
    >>> publisher_line("発行　市では毎月1日に広報誌を発行しています。")
    False
    >>> publisher_line("令和6年9月2日発行　みどり野市立みどり野小学校　校長　高橋　誠"), publisher_line("令和6年9月2日発行")
    (True, True)
    >>> publisher_line("令和6年9月2日発行の広報誌に誤りがありました。")
    False
    """
    m = _PUBLISHER_LABEL.match(text)
    rest = text[m.end():].strip() if m else ""
    if m is None and (dated := _DATED_ISSUE.match(issue := date_digits(text))) is not None:
        # ``令和６年９月２日発行　みどり野市立みどり野小学校　校長　高橋　誠``: the issue's date before the label, the
        # publisher after it or none (fresh-user trial 66b's variants: a school newsletter's first headline under it
        # had stayed front)
        rest = issue[dated.end():].strip()  # the date as the shared reader reads it (``令和六年九月二日発行``)
        return len(rest) <= MAX_PUBLISHER and not any(c in rest for c in "。！？!?")
    return bool(rest) and len(rest) <= MAX_PUBLISHER and not any(c in rest for c in "。！？!?")


_DATED_ISSUE = re.compile(rf"^[\s\u3000]*(?:{ERA}(?:元|[0-9０-９]{{1,2}})|[0-9０-９]{{4}})年[0-9０-９]{{1,2}}月(?:[0-9０-９]{{1,2}}日)?"
                          r"[\s\u3000]?(?:発行|発刊)(?=[\s\u3000]|$)")
"""A newsletter's issue date and the word that says it is issued (``令和６年９月２日発行``, ``2024年9月1日 発行``): its
masthead's publisher's line, the publisher after it on the line or none."""


_EN_PUBLISHER = re.compile(
    r"^\s*(?:(?:Edited|Written|Compiled|Designed)\s+and\s+[Pp]ublished|Published|Issued)"
    r"(?:\s+(?:(?:in|on)\s+)?(?:(?:[0-9]{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+[0-9]{1,2},?)?\s+)?[0-9]{4})?\s+by\s*:?\s+(?=[A-Z0-9])"
    r"|^\s*Publisher\s*:\s*(?=\S)")
"""An English masthead's publisher's label: ``Published by``, ``Published November 2026 by``, ``Edited and published
by``, ``Publisher:`` (the date of issue may stand before ``by``); the body after it."""


def masthead_publisher(text: str) -> bool:
    """A periodical's publisher's line, Japanese (:func:`publisher_line`) or English (``Published November 2026 by
    Takamatsu International Association``, ``Publisher: Riverside Residents' Association``): a label and the body
    after it, at most :data:`MAX_EN_PUBLISHER` characters, no sentence's end. Never a title nor a speaker: the body
    issues the periodical, no person speaks (decision, fresh-user trial 70c, helper news70c; docs/segment.md).

    >>> masthead_publisher("Published November 2026 by Takamatsu International Association"), masthead_publisher("発行：高松市国際交流協会")
    (True, True)
    >>> masthead_publisher("Published in Journal of Transport Geography"), masthead_publisher("Published by the council in 2024, the plan sets out our aims.")
    (False, False)
    """
    s = text.strip()
    if publisher_line(s):
        return True
    m = _EN_PUBLISHER.match(s)
    return m is not None and len(s) - m.end() <= MAX_EN_PUBLISHER and not s.endswith((".", "!", "?")) \
        and "," not in s[m.end():].replace(", Inc", "").replace(", Ltd", "")


MAX_EN_PUBLISHER = 80
"""Characters an English publisher's line holds after its label at most (a body's name)."""


MAX_PUBLISHER = 40
"""Characters a publisher's line holds after its label at most (an office, a body, a person: ``北浜市立北浜小学校　校長
森田浩二``)."""


def office_line_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality an issuing office's line names (:func:`affiliation_city`), past an author's label
    and a date set before it on the line: ``令和6年4月1日　横浜市市民局地域支援課``, ``報告者：仙台市 経済観光文化局``,
    ``横浜市 都市整備局``. Why (issue 16, helper front52): a notice whose office line stood over its title, or a report
    whose author's label led it, had ``city: null`` though the line names the city that issued it.

    >>> t = "令和6年4月1日\u3000横浜市市民局地域支援課"; a, b = office_line_city(t); t[a:b]
    '横浜市'
    >>> office_line_city("報告者：仙台市 経済観光文化局 国際部"), office_line_city("2024年3月"), office_line_city("横浜市立大学")
    ((4, 7), None, None)
    >>> office_line_city("編集・発行　水無瀬市 広報課"), office_line_city("発行：北浦市役所 秘書広報課"), office_line_city("編集後記")
    ((6, 10), (3, 6), None)
    >>> office_line_city("発行　弘前市　編集　広聴広報課"), office_line_city("発行　みなと古本市実行委員会")
    ((3, 6), None)

    A publisher's label before the office (``編集・発行``, ``発行``, ``編集``: a newsletter's masthead, trial 55b) is read
    past as an author's is; never a speaker's (:func:`~.names.byline` does not read it).
    """
    value = _publisher_value(text)
    if value is not None and is_municipality(text[value[0]:value[1]]):
        return value  # the city publishes it itself (``発行：港南市``), its office under another label or none
    at, end = value if value is not None else (byline(text), len(text))
    while at < end:
        found = affiliation_city(text[at:end])
        if found is not None:
            return at + found[0], at + found[1]
        piece = re.match(r"[\s\u3000]*(\S+)[\s\u3000]+", text[at:end])
        if piece is None or not is_date_line(piece.group(1)):
            return None  # only a date may stand before the office on its line
        at += piece.end()
    return None


_MUNICIPAL_INSTITUTION = re.compile(
    r"(?:^|(?<=[\s\u3000:：]))(?:[^\s\u3000:：]{1,6}?[都道府県])?([^\s\u3000:：]{1,8}?[市町村区])立"
    r"[^\s\u3000]{0,12}?(?:小学校|中学校|高等学校|高校|義務教育学校|中等教育学校|特別支援学校|幼稚園|認定こども園|こども園|保育園|"
    r"保育所|図書館|病院|診療所|博物館|美術館|資料館|公民館|文化会館|体育館|科学館|動物園|植物園|水族館)")
"""A municipal school, kindergarten or nursery (``みどり野市立みどり野小学校``, ``青葉町立青葉中学校``, ``港区立港南幼稚園``,
``千葉県柏市立柏第一小学校``), or a municipal library, hospital, museum or hall (``みどり野市立図書館``, ``港北市立病院``,
``桜川町立歴史民俗資料館``): the municipality that founded it (学校教育法 2条, 地方自治法 244条の公の施設: 市町村立)
names itself before ``立``."""


def municipal_school_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality a municipal school's or public facility's name on ``text`` opens with
    (:data:`_MUNICIPAL_INSTITUTION`), where the name before ``立`` is a municipality's
    (:func:`~.organisations.is_municipality`); else ``None``. A school newsletter's issuer line names its school so
    (``令和６年９月２日発行　みどり野市立みどり野小学校　校長　高橋　誠``): the municipality runs it, and is read as the
    document's city where nothing else names one (decision, issue 16, fresh-user trial 66b, whose 学校だより had
    ``city: null``); so is a library's, a hospital's or a museum's the city runs (``発行：港北市立病院 地域連携室``:
    helper city67). Never a university a city founded (``南相馬市立大学``: a speaker's affiliation,
    :func:`affiliation_city`), a prefecture's school or facility (``千葉県立…``, ``みどり県立図書館``) nor a private one.

    >>> t = "令和6年9月2日発行　みどり野市立みどり野小学校　校長　高橋　誠"; a, b = municipal_school_city(t); t[a:b]
    'みどり野市'
    >>> t = "千葉県柏市立柏第一小学校"; a, b = municipal_school_city(t); t[a:b]
    '柏市'
    >>> [(lambda sp: t[sp[0]:sp[1]] if sp else None)(municipal_school_city(t)) for t in (
    ...     "令和8年7月1日発行　みどり野市立図書館", "発行：港北市立病院 地域連携室", "桜川町立歴史民俗資料館")]
    ['みどり野市', '港北市', '桜川町']
    >>> municipal_school_city("南相馬市立大学"), municipal_school_city("千葉県立船橋高等学校"), municipal_school_city("私立青葉小学校")
    (None, None, None)
    >>> municipal_school_city("みどり県立図書館"), municipal_school_city("医療法人さくら会 さくら病院")
    (None, None)
    """
    for m in _MUNICIPAL_INSTITUTION.finditer(text):
        if is_municipality(m.group(1)):
            return m.span(1)
    return None


_ORGANISER_LABEL = re.compile(r"^[\s\u3000]*主[\s\u3000]?催(?:者)?(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)(?=\S)")
"""An event's organiser's label and what sets it off (``主催：``, ``主　催　``): the body whose event it is follows. Never
a co-organiser's or a sponsor's (``共催``, ``後援``, ``協賛``): they lend their name to an event that is not theirs."""


def organiser_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality an event's organiser's line names (:data:`_ORGANISER_LABEL`), where the organiser
    is the municipality itself (``主催：浜松市``) or its office (``主催：松本市教育委員会``, ``主催　港南市 危機管理課``:
    :func:`affiliation_city`), else ``None``: the event is that city's, as a notice its office issues is (decision,
    issue 16, helper prog59). A prefecture's (``主催：長野県``) is found here and left out where the city is read
    (``stage._no_city``); a venue (``会場：浜松市福祉交流センター``) names where the event is held, not whose it is.

    >>> t = "主催：浜松市"; a, b = organiser_city(t); t[a:b]
    '浜松市'
    >>> t = "主催：松本市教育委員会"; a, b = organiser_city(t); t[a:b]
    '松本市'
    >>> organiser_city("共催：浜松市"), organiser_city("主催：静岡大学"), organiser_city("会場：浜松市福祉交流センター")
    (None, None, None)
    >>> organiser_city("主催：浜松市、静岡大学"), organiser_city("主催者は浜松市です。")
    (None, None)
    """
    m = _ORGANISER_LABEL.match(text)
    if m is None:
        return None
    value = text[m.end():].rstrip(" \u3000\t")
    if is_municipality(value):
        return m.end(), m.end() + len(value)
    found = affiliation_city(value)
    return (m.end() + found[0], m.end() + found[1]) if found is not None else None


_MUNICIPAL_FACILITY = re.compile(r"(?:立|民)?[^\s\u3000の内外0-9０-９()（）・]{0,12}?"
                                 r"(?:会館|センター|ホール|公民館|図書館|体育館|交流館|公会堂|プラザ|庁舎)")
"""A municipality's own building after its name: a hall of its residents' (``市民会館``, ``区民センター``, ``町民ホール``), a
centre or hall it names after itself (``浜松市福祉交流センター``, ``川崎市産業振興会館``), its library, gym or community
hall (``…市立図書館``, ``…町公民館``), its office block (``…市庁舎``). A place inside or outside it (``浜松市内のホテル``) is
none, nor a hotel or any other word's end (helper city60)."""
_VENUE_LABEL = re.compile(r"^[\s\u3000]*(?:[^\s\u3000]{1,20}日(?:[（(][^\s\u3000）)]{1,3}[）)])?[\s\u3000]+)?"
                          r"(?:(?:開催)?(?:場[\s\u3000]?所|会[\s\u3000]?場)(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)"
                          r"|於[\s\u3000]*[:：][\s\u3000]*)(?=\S)")
"""A venue's label and what sets it off (``場所　``, ``会場：``, ``開催場所：``, ``会　場　``, ``於：``): where a meeting or an
event is held; the date may stand before it on its line (``２０２５年６月１４日　於：青葉市生涯学習センター``, a handout's
head: helper city72 after fresh-user trial 72c). ``於`` needs its colon: alone it is a word of a sentence."""


_EVENT_PARTY = re.compile(r"^[\s\u3000]*(?:主[\s\u3000]?催|共[\s\u3000]?催|後[\s\u3000]?援|協[\s\u3000]?賛|主[\s\u3000]?管)(?:者)?"
                          r"(?:[\s\u3000]*[:：]|[\s\u3000]+)")
"""A line naming a party to an event (``主催：``, ``共催：``, ``後援``, ``協賛``, ``主管``): whose the event is, or who lends
it a name; where one stands, the venue says where the event is held, never whose it is (helper prog59)."""


def names_event_party(text: str) -> bool:
    """``text`` is a line naming an event's organiser, co-organiser, sponsor or manager (:data:`_EVENT_PARTY`).

    >>> names_event_party("主催：浜松市"), names_event_party("共　催：静岡大学"), names_event_party("会場：浜松市役所")
    (True, True, False)
    """
    return _EVENT_PARTY.match(text) is not None


_CO_ORGANISER_LABEL = re.compile(r"(?:^|(?<=[\s\u3000]))共[\s\u3000]?催(?:者)?[\s\u3000]*[:：][\s\u3000]*(?=\S)")
"""A co-organiser's label (``共催：``), at a line's start or after a space (``主催：みなと川流域ネットワーク　　共催：海浜市``)."""


def co_organiser_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality an event's co-organiser's field names (:data:`_CO_ORGANISER_LABEL`, its value up to
    the next space: the municipality itself, ``共催：海浜市``, or its office, ``共催：海浜市環境政策課``), else ``None``.
    The stage reads it only where the organiser names no municipality and the file is one talk's (``stage._city_of_co_
    organiser``): a city that holds an event with a citizens' network holds it in its own ground (decision, helper
    city72 after fresh-user trial 72c, whose symposium flyer had ``city: null``). Several parties (``共催：海浜市、
    山里市``) name none.

    >>> t = "主催：みなと川流域ネットワーク　　共催：海浜市"; a, b = co_organiser_city(t); t[a:b]
    '海浜市'
    >>> co_organiser_city("共催：海浜市、山里市"), co_organiser_city("主催：浜松市"), co_organiser_city("共催：静岡大学")
    (None, None, None)
    """
    for m in _CO_ORGANISER_LABEL.finditer(text):
        value = re.split(r"[\s\u3000]", text[m.end():], maxsplit=1)[0]
        if is_municipality(value):
            return m.end(), m.end() + len(value)
        if "、" not in value and (found := affiliation_city(value)) is not None:
            return m.end() + found[0], m.end() + found[1]
    return None


def venue_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality whose own building a venue's line names (:data:`_VENUE_LABEL`, then the
    municipality and its office or building, :func:`affiliation_city` with ``facilities``): ``場所　緑ヶ丘市役所　本庁舎５階``
    → ``緑ヶ丘市``, ``会場：浜松市福祉交流センター`` → ``浜松市``, ``会場：港区民センター`` → ``港区``. A city builds its
    offices and halls on its own ground: the meeting or event held there is held in that city (decision, issue 16,
    helper city60). A hotel, a private hall or an address (``会場：ホテルニューオータニ（東京都千代田区）``), a meeting
    online (``場所：オンライン（Zoom）``) name none; a prefecture's hall (``会場：みどり県民会館``, ``静岡県庁``) names
    the prefecture, which the stage leaves out (``stage._no_city``). Weaker than an organiser's or a city line: the
    stage reads it only where nothing else named the city, and records whether it agrees where something did.

    >>> t = "場所\u3000緑ヶ丘市役所\u3000本庁舎５階\u3000第一会議室"; a, b = venue_city(t); t[a:b]
    '緑ヶ丘市'
    >>> [venue_city(t) for t in ("会場：浜松市福祉交流センター", "会場：ホテルニューオータニ（東京都千代田区）", "場所：オンライン（Zoom）")]
    [(3, 6), None, None]
    >>> venue_city("主催：浜松市"), venue_city("会場は浜松市役所です。"), venue_city("会場：浜松市内のホテル")
    (None, None, None)
    """
    m = _VENUE_LABEL.match(text)
    if m is None:
        return None
    value = text[m.end():].rstrip(" \u3000\t")
    if any(c in value for c in "。！？!?"):
        return None  # a sentence, no venue's value
    found = affiliation_city(value, facilities=True)
    return (m.end() + found[0], m.end() + found[1]) if found is not None else None


_HOLDING_JA = re.compile(r"開催|開か|開い|行わ|行い|行っ|実施|催さ|催し")
"""A verb of holding an event (``開催しました``, ``開かれた``, ``行われた``, ``実施した``, ``催された``)."""
_PLACE_BEFORE_DE = re.compile(r"[\u4e00-\u9fff々〆ヶァ-ヴー]+(?=で(?![はもすしき]))")
"""A run of kanji or katakana right before ``で`` as a place's particle (no ``では``, ``でも``, ``です``, ``でし``, ``でき``)."""
HOLDING_REACH = 40
"""Characters at most between a place's ``で`` and the verb of holding in the same sentence (``高知市文化プラザで沿岸防災
まちづくりワークショップを開催し``: 19)."""


def held_at_municipality_ja(text: str) -> tuple[int, int] | None:
    """The span of the municipality a Japanese sentence names as where an event was held: a municipality, alone or
    with a building of its own after it (:data:`_MUNICIPAL_FACILITY`: ``高知市文化プラザ``, ``安曇野市中央公民館``),
    before the particle ``で``, and a verb of holding (:data:`_HOLDING_JA`) later in the same sentence within
    :data:`HOLDING_REACH` characters: ``高知市文化プラザで…ワークショップを開催しました``, ``安曇野市で開かれた…``. The
    prefecture before it is left out (``長野県安曇野市で`` → ``安曇野市``). A place the sentence names otherwise
    (``杭州市から訪れた代表団``), ``本市で`` (this city: no name), a hotel or a place inside the city (``高知市内のホテルで``)
    or a sentence with no holding names none.

    Why (issue 16 point 2, helper place73; news72's and rev72's open limits): a Japanese report of a workshop or a
    lecture named where it was held only in its sentence, and had ``city: null``. The stage reads it as it reads the
    English ``held in`` (:func:`~.places.held_in_place`): the body's first paragraph, or a note naming the text itself.

    >>> t = "令和６年５月３日、高知市文化プラザで沿岸防災まちづくりワークショップを開催し、約４０名が参加しました。"
    >>> a, b = held_at_municipality_ja(t); t[a:b]
    '高知市'
    >>> t = "令和７年２月８日に長野県安曇野市で開かれた講座には４５名が参加しました。"; a, b = held_at_municipality_ja(t); t[a:b]
    '安曇野市'
    >>> [held_at_municipality_ja(t) for t in ("杭州市から訪れた代表団と意見交換を行いました。", "本市で講座を開催しました。",
    ...                                       "高知市内のホテルで開催しました。", "高知市文化プラザで展示を見ました。",
    ...                                       "高知市で生まれ、東京で講座を開催しました。")]
    [None, None, None, None, None]
    """
    from pipeline.segment.places import municipality_start, names_municipality

    for run in _PLACE_BEFORE_DE.finditer(text):
        # the verb of holding in the same sentence, near the place, and no other place's ``で`` before it (``高知市で
        # 生まれ、東京で講座を開催`` holds it in Tokyo)
        clause = re.split(r"[。！？!?]", text[run.end() + 1:])[0][:HOLDING_REACH]
        held = _HOLDING_JA.search(clause)
        if held is None or _PLACE_BEFORE_DE.search(clause[:held.start()]) is not None:
            continue
        word = run.group()
        for k in range(len(word), 0, -1):
            rest = word[k:]
            if rest and _MUNICIPAL_FACILITY.fullmatch(rest) is None:
                continue
            probe = f"、{word[:k]}で開催"
            spans = [(a - 1, b - 1) for a, b in municipalities_in(probe) if b - 1 == k]
            if not spans:
                continue
            a, b = spans[-1]
            a += municipality_start(word[a:b])
            if names_municipality(word[a:b]):
                return run.start() + a, run.start() + b
            break
    return None


def _publisher_value(text: str) -> tuple[int, int] | None:
    """The span of the value a publisher's line gives its label (:data:`_PUBLISHER_LABEL`), up to the next label on
    the line or its end, spaces left out: ``弘前市`` of ``発行　弘前市　編集　広聴広報課``, ``北浦市役所 秘書広報課`` of
    ``発行：北浦市役所 秘書広報課``; ``None`` for a line with no publisher's label. A municipality that is the whole
    value publishes the newsletter itself, its office named under another label or none (fresh-user trial 57, where
    ``編集`` after the city read as no office and the city was null).

    >>> t = "発行　弘前市　編集　広聴広報課"; a, b = _publisher_value(t); t[a:b]
    '弘前市'
    >>> t = "発行：北浦市役所 秘書広報課"; a, b = _publisher_value(t); t[a:b]
    '北浦市役所 秘書広報課'
    >>> _publisher_value("港南市 広報課"), _publisher_value("発行：港南市")
    (None, (3, 6))
    """
    m = _PUBLISHER_LABEL.match(text)
    if m is None:
        return None
    end = next((gap.start() for gap in re.finditer(r"[\s\u3000]+", text[m.end():])
                if _PUBLISHER_LABEL.match(text[m.end() + gap.start():])), len(text) - m.end())
    value = text[m.end():m.end() + end]
    lead = len(value) - len(value.lstrip(" \t\u3000"))
    return m.end() + lead, m.end() + len(value.rstrip(" \t\u3000"))


def _unclosed_bracket(text: str) -> bool:
    """``text`` leaves a round bracket open at its end (``…委任状31世帯（計73``)."""
    depth = 0
    for c in text:
        depth += c in "（("
        depth -= depth > 0 and c in "）)"
    return depth > 0


def bracket_tail(upper: str, lower: str) -> bool:
    """``lower`` is the rest of ``upper`` wrapped inside its brackets: ``upper`` leaves a bracket open and ``lower``
    closes it before it opens any (``出席者：会員98世帯中 …（計73`` / ``世帯、会則第15条により総会は成立）``). A wrapped
    line's tail is never a title, whatever its shape (decision, issue 16 point 2, helper lab73: fresh-user trial 73's
    minutes had been titled by that tail, their real title front).

    >>> bracket_tail("出席者：会員98世帯中 出席42世帯（計73", "世帯、会則第15条により総会は成立）")
    True
    >>> bracket_tail("令和7年度 定期総会 議事録", "（案）"), bracket_tail("港の記憶（上", "（下）")
    (False, False)
    """
    low = lower.strip()
    close = min((i for i in (low.find("）"), low.find(")")) if i >= 0), default=-1)
    if close < 0 or any(c in low[:close] for c in "（("):
        return False
    return _unclosed_bracket(upper)


def read_block(lines: list[Text], start: int, *, look: int = 4, layout: "Layout | None" = None) -> Block:
    """The title block that starts at ``lines[start]`` (possibly an empty one: no cues).

    ``layout`` tells whether two title lines stand in one text box (no blank line between them); without
    it, consecutive lines do.

    Read in steps, each on the lines the last one left: the talk number (:func:`_read_number`), the city or
    organisation line (:func:`_read_place`), the title with its wrapped lines (:func:`_read_title`), its subtitle and
    English translation (:func:`_read_subtitle`), the speaker and more authors (:func:`_read_speaker`), a letter's
    subject or a title set large under its author (:func:`_read_title_after_speaker`), and a report's issuing office
    (:func:`_read_office`).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = read_block(mk("【３】那覇市", "海と空の交流", "那覇市国際課長 山田 太郎", "1．はじめに"), 0)
    >>> b.number.text, b.city.text, b.title, b.speaker, b.cues
    ('【３】', '那覇市', 1, (2,), ('number', 'city', 'title', 'speaker'))
    """
    if "\t" in lines[start].text:
        return Block(start, start)  # a table row (cells parted by TAB, docs/decisions.md): no title block opens there
    if start and bracket_tail(lines[start - 1].text, lines[start].text):
        return Block(start, start)  # the rest of the line over it, wrapped inside its brackets: no title (helper lab73)
    if _in_tagged_fields(lines, start):
        return Block(start, start)  # a form's tagged field among others (``【入札場所】…``): no title block (news84)
    if start + 1 < len(lines) and _is_designation(lines[start].text):
        # a standard's designation over its title (``JIS X 9301:2025`` / ``Information technology — …``): the document's
        # number, kept in its front; the block's title is the line under it (fresh-user trial 83a, helper spec83)
        under = read_block(lines, start + 1, look=look, layout=layout)
        if under.title is not None:
            return replace(under, start=start)
    r = _Reading(lines, start, layout)
    rest = _read_number(r)
    if rest is None:
        return r.block()  # the number alone on the last line
    if session_over_ids(r.lines, start, r.k):
        return Block(start, start)  # a session's heading over its abstracts: each id opens a block of its own
    if (timed := _timed_block_under_number(r)) is not None:
        return timed
    _read_place(r, rest)
    _read_speaker_after_number(r, rest)
    if r.title is None:
        _read_title(r)
    _read_speaker_before_title(r)
    _read_subtitle(r)
    _pass_korean_twin(r)
    if not r.speaker:  # read before the title (:func:`_read_speaker_before_title`)
        _read_speaker(r, look)
    if not r.speaker:
        _read_report_chair(r, look)
    _read_korean_speaker(r)
    _read_english_speaker(r)
    _read_reviewer(r)
    _read_english_title(r)
    _read_title_after_speaker(r)
    _read_office(r)
    _title_from_year(r)
    return r.block()


def _is_designation(text: str) -> bool:
    """``text`` is a standard's designation alone (:func:`~.terms.is_standard_designation`)."""
    from pipeline.segment.terms import is_standard_designation
    return is_standard_designation(text)


def _timed_block_under_number(r: "_Reading") -> Block | None:
    """The block under a number alone on its line (a session's heading, ``Session 2: Heat and Health (Chair: …)``
    read as :func:`_session_theme_over_block` reads it, or ``Session 2`` alone) whose title line opens on the
    programme's time (``11:00  Urban Heat Islands…``: :func:`time_slot`, a prefix read from the document's evidence,
    :data:`CODED_TITLES`): that title block, opened by the session's number. The time stays on the title's line (the
    stage keeps it front, no part of the title); the block has one number, the session's. Why (issue 16 point 1,
    fresh-user trial 71): the block had read no title under the heading, the time line being no title's shape, and
    the second session's talks ran on in the first session's last abstract. ``None`` where this is not so."""
    if r.number_line is None or r.number is None or time_slot(r.number.text) or r.k >= r.n:
        return None
    line = r.text(r.k).strip()
    n = talk_number(line)
    if not n or not time_slot(line[:n]):
        return None
    under = read_block(r.lines, r.k, layout=r.layout)
    if under.title != r.k:
        return None
    cues = tuple(r.cues) + tuple(c for c in under.cues if c not in ("id", "number"))
    return replace(under, start=r.start, number=r.number, number_line=r.number_line, cues=cues)


def _read_english_title(r: "_Reading") -> None:
    """A Japanese paper's title in English under its authors and their affiliations, over the authors' names in
    Latin letters (``Seasonal Changes of Hive Temperature …`` / ``Kenta YAMAMOTO*1, Yuki KOIKE*2 and …``): the
    title's translation, as journals set the English title block after the Japanese one (trial 41: the English block
    was read as the paper's own, and the Japanese title went to the front). The English names stay front matter.
    A long English title wraps over up to :data:`MAX_TRANSLATION_LINES` lines above the names (review of 2 December:
    a wrapped one had been lost, title.en and all)."""
    if r.title is None or r.translation is not None or not r.speaker or script_of(r.text(r.title)) != JA:
        return
    for j in range(r.k + 1, min(r.k + MAX_TRANSLATION_LINES, r.n - 1) + 1):
        title = r.text(j - 1)  # its first line a title's, a wrapped one going on in a small word too (``in Small …``)
        shaped = (is_title_line(title) or (j - 1 > r.k and title[:1].islower())) and not is_prose(title)
        # a title in sentence case (prose by its words: ``Foraging ranges of kittiwakes during a poor breeding
        # season``), or past :data:`MAX_TITLE`, is told by its place, over the authors' names in Latin letters (helper
        # abs74 after fresh-user trial 73d: a Japanese abstract's English title had been read so only in title case)
        placed = long_title_shape(title) and (j - 1 == r.k or title[:1].islower())
        if not (script_of(title) == EN and (shaped or placed) and not title.rstrip().endswith(".")):
            return
        names = r.text(j)
        if script_of(names) == EN and (author_line(names, r.text(j + 1) if j + 1 < r.n else None) or names_people(names)):
            r.translation, r.translation_end, r.k = r.k, (j if j > r.k + 1 else None), j
            return


MAX_TRANSLATION_LINES = 3
"""Lines a Japanese paper's English title (:func:`_read_english_title`) wraps over at most."""


@dataclass
class _Reading:
    """A title block being read (:func:`read_block`): the next line to read (``k``) and what was found so far."""

    lines: list[Text]
    start: int
    layout: "Layout | None"
    k: int = -1
    cues: list[str] = field(default_factory=list)
    number: Text | None = None
    number_line: int | None = None
    city_line: int | None = None
    city: Text | None = None
    title: int | None = None
    title_end: int | None = None
    subtitle: int | None = None
    translation: int | None = None
    translation_end: int | None = None
    speaker: list[int] = field(default_factory=list)
    subtitle_end: int | None = None
    subtitle_translation: int | None = None
    twins: list[int] = field(default_factory=list)
    city_english: int | None = None
    """The line under the city line giving the city's English name alone (:func:`_pass_city_english`)."""
    year: int | None = None
    """A year alone over the title, the title's first line once the block is read (:func:`_read_title`)."""

    def __post_init__(self) -> None:
        if self.k < 0:
            self.k = self.start

    @property
    def n(self) -> int:
        return len(self.lines)

    def text(self, i: int) -> str:
        return self.lines[i].text

    def block(self) -> Block:
        cues = tuple(self.cues)
        if "id" in cues and "speaker" not in cues:
            # an abstract's id weighs only over a title with its authors: ``Q1`` over an FAQ's question, ``A3`` over
            # a heading, would otherwise outscore the document's own title (the id stays the block's prefix)
            cues = tuple(c for c in cues if c != "id")
        return Block(self.start, self.k, self.number, self.number_line, self.city_line, self.city, self.title,
                     self.subtitle, tuple(self.speaker), cues, self.title_end, self.translation,
                     self.translation_end, self.subtitle_end, tuple(self.twins), self.subtitle_translation)


def _read_number(r: _Reading) -> Text | None:
    """A talk-number prefix (``【４】``, ``第2講演``) at the block's start: the line's rest, the next line when the number
    stands alone (``None`` when nothing follows it)."""
    prefix, rest = _prefix(r.lines[r.k])
    if prefix is not None:
        r.number = prefix
        # an abstract's id (``S1-01``) says less than a talk's number (``第2講演``): its own cue (:data:`CUE_WEIGHTS`)
        r.cues.append("id" if is_id_prefix(prefix.text) else "number")
        if not rest.text or _session_theme_over_block(r):
            r.number_line, r.k = r.k, r.k + 1
            if r.k >= r.n:
                return None
            rest = r.lines[r.k].strip()
    return rest


def _session_theme_over_block(r: _Reading) -> bool:
    """The number's line is a session's heading with its theme (``Session 2: Urban Drainage``, ``第2セッション　都市計画``:
    :func:`session_heading`) and the line right under it opens a title block of its own, a title over its speaker: the
    theme is the session's, never the talk's title, so the whole line is read as a number alone on its line.

    Why (issue 16 points 1-2, fresh-user trial 70b): ``Session 2: Urban Drainage`` / ``Green Roofs and Peak Runoff …``
    / ``Maria Lindqvist1, Tomas Berg2`` gave the first paper the title ``Urban Drainage`` and id ``urban-drainage``,
    its real title front. A theme over a speaker's line (``Session 2: Ferry Links`` / ``Jan de Vries, City of
    Rotterdam``) is still the talk's title, as a programme that gives each talk a session prints it."""
    line = r.text(r.k)
    if not session_heading(line) or r.k + 1 >= r.n:
        return False
    rest = _prefix(r.lines[r.k])[1].text
    if is_municipality(rest) and city_named(r.lines, r.k, rest):
        # a municipality the lines under it name (``Session 2　金沢市`` over ``金沢市都市整備局…課長　田中　誠``) is the
        # talk's city line with its prefix, as ``第2講演　ハンブルク市`` is, never a session's theme (helper vol72,
        # trial 72b: its city had been read from the speaker's affiliation, the line's own ``金沢市`` left front)
        return False
    under = read_block(r.lines, r.k + 1, layout=r.layout)
    return under.title == r.k + 1 and bool(under.speaker) and (under.number is None or time_slot(under.number.text))


def _read_place(r: _Reading, rest: Text) -> None:
    """The city line (a municipality the lines under it name a city) or an organisation's line, without the prefix."""
    lines, n, k = r.lines, r.n, r.k
    # a city line's label (``都市名：富山市（Toyama City）``): the city is read after it, the line is the city line
    # (the stage keeps the label front: places.municipality_span; fresh-user trial 73c)
    value = rest.text[label.end():] if (label := CITY_LABEL.match(rest.text)) is not None else rest.text
    if is_municipality(value) and city_named(lines, k, value):
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif (end := english_beside(value)) is not None and is_municipality(value[:end]) \
            and city_named(lines, k, value[:end]):
        # ``名古屋市 (Nagoya)``: the city and its English name, which spells it (the stage keeps the name apart)
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif (at := region_then_municipality(rest.text)) is not None and city_named(lines, k, rest.text[at:]):
        # ``北海道 旭川市``, ``ベトナム ハノイ市``: the wider place first, set apart (fresh-user trial 62c); the stage
        # keeps it front (:func:`~.places.municipality_span`)
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif surname_municipality_over_title(lines, k, rest.text, r.layout):
        # ``新田町``, one surname to Sudachi, over its title and ``新田町 まちづくり課 …`` (helper fix69d)
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif _place_over_title(r, rest):
        # ``台北``, ``ハノイ``: a foreign city named without ``市`` over a Japanese title block (fresh-user trial 62)
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif _english_place_over_title(r, rest):
        # ``Kobe City, Hyogo`` over ``Port Renewal and the Waterfront``: the city's English, never the title
        # (fresh-user trial 63); the stage keeps the line front and reads the name for ``city.en``
        r.city_line, r.city, r.k = k, rest, k + 1
        r.cues.append("city")
    elif _names_organisation(rest.text) and not is_client_line(rest.text) and not is_degree_statement(rest.text) \
            and not issued_press_label(rest.text) and form_field(rest.text) is None and cover_label(rest.text) is None and rest.text == lines[k].text.strip() \
            and LEAD_ORGANISATION_LABEL.match(rest.text) is None \
            and not venue_line(rest.text) and not dated_office(rest.text) and not masthead_publisher(rest.text) \
            and not (k + 1 < n and speaker_split(lines[k + 1].text) is not None and not is_title_line(lines[k + 1].text)) \
            and speaker_split(rest.text) is None \
            and not title_phrase_over_text(lines, k) and not article_over_text(lines, k, r.layout) \
            and not _kind_word_title_over_author(lines, k) \
            and not (k + 1 < n and guide_kind(lines[k + 1].text)) \
            and not (masthead_descriptor(rest.text) and k > 0 and is_edition_line(lines[k - 1].text)) \
            and not (k + 1 < n and periodical_issue(lines[k + 1].text)) \
            and not (k + 1 < n and _long_minutes_line(lines[k + 1].text)):  # an author's own line naming the organisation (``HUIFEN CHAN, Tsinghua University, China``) is no organisation's
        # (an organisation over its guide's kind alone, ``Harbour Town Museum`` / ``Visitor Guide``, is the guide's
        # title, the kind its subtitle: :func:`guide_kind`; a body's name over its periodical's kind and issue,
        # ``Millbrook Gardening Society`` / ``Newsletter, Summer 2026``, is the periodical's title, the issue line its
        # front matter: :func:`~.events.periodical_issue`; and a masthead's descriptor under its issue line, ``Issue 9,
        # March 2026`` / ``Bulletin of the Portside Local History Society``, opens no letterhead over the first
        # headline: it is the masthead's, :func:`~.events.masthead_descriptor`, helper fix69b)
        r.city_line, r.city, r.k = k, rest, _letterhead_end(r, k)
        # (a newsletter's publisher's line, ``編集・発行：桜台町役場 企画課``, belongs to the masthead over it: it opens
        # no block of its own over the first headline, fresh-user trial 58)
        r.cues.append("organisation")
    # else, after a number on its line, the title may follow it there (``【４】 港町の交流``)
    if r.city_line == k and r.k == k + 1 and script_of(rest.text) == JA and english_beside(rest.text) is None:
        _pass_city_english(r, rest.text[at:] if (at := region_then_municipality(rest.text)) is not None
                           else rest.text[at:] if (at := region_then_place(rest.text)) is not None else rest.text)


_GUIDE_KIND = re.compile(r"^(?:(?:Visitors?[’']?|Gallery|Galleries|Family|Exhibition|Museum|Garden|Site|Park|Pocket|Quick|"
                         r"Self-Guided|Audio|Walking|Trail|Short|Illustrated|Official|Souvenir|Reader[’']?s|User[’']?s|Library|Reserve|Castle)\s+){0,2}"
                         r"(?:Guide|Guidebook|Handbook|Leaflet|Brochure|Map|Information)$", re.IGNORECASE)


def guide_kind(text: str) -> bool:
    """``text`` names a visitor's guide by its kind alone, no subject of its own (``Visitor Guide``, ``Gallery Guide``,
    ``Family Trail Leaflet``, ``Guide``): under the name of the place or body it guides through (``Harbour Town
    Museum``), the kind is the subtitle and the name the title, as a guide naming its subject under the name is
    (``Hillside Botanic Garden`` / ``A Guide to the Glasshouses``). Why (issue 16, fresh-user trial 67c): the museum's
    name, an organisation's, had been read as a letterhead over the title ``Visitor Guide``. A guide with a subject
    (``A Guide to the Glasshouses``, ``Guide to the Coastal Path``) is its own title's matter: no kind alone.

    >>> guide_kind("Visitor Guide"), guide_kind("Visitors' Guide"), guide_kind("Family Trail Leaflet"), guide_kind("Guide")
    (True, True, True, True)
    >>> guide_kind("A Guide to the Glasshouses"), guide_kind("Annual Report 2025"), guide_kind("Shipwrecks of the North Sea")
    (False, False, False)
    """
    return _GUIDE_KIND.match(" ".join(text.split())) is not None


_ARTICLE_PHRASE = re.compile(r"^(?:The|A|An)\s+\S.*\b(?:of|for)\s+the\s+\S")
"""A phrase opening on an article with ``of the``/``for the`` inside (``The Office of the Future``, ``The Future of the
Office``, ``A School for the Air``)."""


def title_phrase_over_text(lines: list[Text], k: int) -> bool:
    """``lines[k]``, an English line that names an organisation by its words (``The Office of the Future``: *Office*),
    is a title's phrase by its shape and its place: in title case, opening on an article with ``of the`` or ``for the``
    inside (:data:`_ARTICLE_PHRASE`), no comma, digit or colon, and over running text (:func:`is_prose`), its
    author's name alone between them or not. An organisation heading a page stands over what a body prints under
    its name (an address, a title, a date, a speaker whose affiliation it is); over the prose of the text itself
    stands the text's title. A name with neither article nor ``of the`` (``Office of International Affairs``, ``The
    City of Sapporo International Office``) stays the organisation's wherever it stands. Why (fresh-user trial 64e):
    an essay titled ``The Office of the Future`` had been read as an organisation's line, and had no title.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> prose = "When the first computers arrived, few predicted the effect they would have on daily work."
    >>> title_phrase_over_text(mk("The Office of the Future", prose), 0)
    True
    >>> title_phrase_over_text(mk("The Office of the Future", "Jane Smith", prose), 0)
    True
    >>> title_phrase_over_text(mk("Office of International Affairs", prose), 0)
    False
    >>> title_phrase_over_text(mk("The City of Sapporo International Office", prose), 0)
    False
    >>> title_phrase_over_text(mk("The Office of the Mayor", "12 Harbour Street, Porthaven", prose), 0)
    False
    """
    s = lines[k].text.strip()
    if not _ARTICLE_PHRASE.match(s) or any(c in s for c in ",:;") or any(c.isdigit() for c in s) or not is_title_case(s):
        return False
    j = k + 1
    if j < len(lines) and is_person_name(lines[j].text.strip()):
        j += 1  # the author's byline under the title
    return j < len(lines) and is_prose(lines[j].text.strip())


def _pass_city_english(r: _Reading, name: str) -> None:
    """Read past the line under a Japanese city line that gives the city's English name alone (``仙台市`` / ``Sendai``,
    ``高知市`` / ``Kochi City``): one city block, the line the city's English (the stage keeps it front, and it is the
    first the talk's ``city.en`` is read from), never the title. The English must spell the Japanese name
    (:func:`~.places.find_city_en`: as read, glossed, in Mandarin or Korean) and the line hold nothing else
    (:func:`~.places.is_city_only_line`: ``Sendai City``, ``City of Sendai``; or its region or country after it,
    ``Kobe City, Hyogo``: :func:`~.places.is_city_place_line`), so a title naming the city (``Sendai
    and the Sea``) stays the title. Why (fresh-user trial 64c): the English line had been read as the title, the
    Japanese title and its translation set aside to the front, and the first talk's block outscored by its
    title alone.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = read_block(mk("仙台市", "Sendai", "津波避難ビルの指定", "Designating Tsunami Evacuation Buildings",
    ...                   "仙台市危機管理局防災計画課長　佐々木 健一", "１．はじめに"), 0)
    >>> b.city.text, b.title, b.translation, b.speaker, b.cues
    ('仙台市', 2, 3, (4,), ('city', 'title', 'speaker'))
    >>> read_block(mk("仙台市", "Sendai and the Sea", "仙台市危機管理局防災計画課長　佐々木 健一"), 0).title
    1
    """
    k = r.k
    if k >= r.n:
        return
    english = r.text(k).strip()
    if script_of(english) != EN or len(english) > MAX_CITY_EN:
        return
    found = find_city_en(name, [r.lines[k]])
    # (or the city and its region or country after commas, ``神戸市`` / ``Kobe City, Hyogo``: helper city67)
    if found.text is not None and is_city_place_line(english, found.spellings):
        r.city_english, r.k = k, k + 1


MAX_CITY_EN = 40
"""Characters a line giving a city's English name alone holds at most (``Ho Chi Minh City``, ``City of Minamisoma``)."""


def _english_place_over_title(r: _Reading, rest: Text) -> bool:
    """``rest``, the whole line ``r.k``, names a place in English and nothing else (:func:`~.places.place_line_en`:
    ``Kobe City, Hyogo``, ``Town of Obuse, Nagano``, ``City of Sendai, Miyagi Prefecture``) over an English title line
    (no sentence, no speaker's line): a talk's English block printing its city over its title, as ``神戸市`` stands over
    ``港の再生とウォーターフロント``. Why (fresh-user trial 63): the place line had been the talk's English title. A title
    naming its city (``Kobe City and the Sea``) is no place line; an author's address under the title is read with the
    speaker, after the title.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = read_block(mk("Kobe City, Hyogo", "Port Renewal and the Waterfront", "James Carter, Port Authority Adviser"), 0)
    >>> b.city.text, b.title, b.speaker, b.cues
    ('Kobe City, Hyogo', 1, (2,), ('city', 'title', 'speaker'))
    """
    lines, k = r.lines, r.k
    if k + 1 >= r.n or rest.text != lines[k].text.strip():
        return False
    if place_line_en(rest.text) is None:
        return _town_over_its_speaker(r, rest.text)
    title = lines[k + 1].text.strip()
    return script_of(title) == EN and is_title_line(title) and not is_prose(title) and speaker_split(title) is None \
        and place_line_en(title) is None


def _town_over_its_speaker(r: _Reading, town: str) -> bool:
    """``town``, the whole line ``r.k``, is a town's name alone (``York``, ``Bergen``: a town GeoNames lists,
    :func:`~.places.is_town_en`) over an English title block whose speaker's lines name that town as a word
    (``Mr Tom Ellison, Heritage Access Officer, City of York Council``, ``Ola Nordmann, Bergen Municipality``): the
    talk's city line. A town alone on its line is as often a title (``Curitiba``) or a slide's caption, so the block
    under it must read a title there with its speaker (the ``speaker`` cue, no city or number of its own) and the
    speaker must name the town. Why (helper fix68g): in proceedings the next talk's city line under the last slide of
    the talk before named no cue, so the talk opened on its title and the city stayed on that slide (foot67's
    ``c_page_of_en.txt``: ``York``; fix68b's ``k2_en_emdash.txt``: ``Bergen``)."""
    lines, k = r.lines, r.k
    if script_of(town) != EN or not is_town_en(town):
        return False
    under = read_block(lines, k + 1, layout=r.layout)
    if not (under.title == k + 1 and "speaker" in under.cues and under.city_line is None and under.number is None):
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(town)}(?![\w-])")
    return any(named.search(lines[j].text) for j in under.speaker)


def _place_over_title(r: _Reading, rest: Text) -> bool:
    """``rest``, the whole line ``r.k``, is a place's name alone over a Japanese title block: a city line that names
    a foreign city as the city is written, with no ``市`` (``台北``, ``ハノイ``, ``シンガポール``), or a region
    (``四川省``). The place by Sudachi's reading (:func:`~.organisations.is_place_name`: its 地名 alone, or with a
    region's word), or by the block's own English that spells it by its sound or reading and names a place GeoNames
    or ISO 3166-2 knows (:func:`~.places.place_named_en`: ``イロイロ`` / ``Iloilo``), or by a Japanese town GeoNames
    lists that the speaker's affiliation under it writes as a place (:func:`_place_in_affiliation`: ``福井`` over
    ``福井県立大学 講師 前田 彩``, helper fix69d); and right under it a Japanese
    title with its speaker (:func:`read_block` from the next line: the title there, the ``speaker`` cue, no city or
    number of its own). Weighed, never alone: a place's name on its line is as often a table's cell, a figure's
    label or a travel report's heading over its prose, and those have no title over a speaker under them.

    Why (fresh-user trial 62): a proceedings' talks each opened on such a line, ``ソウル特別市`` / ``台北`` /
    ``ハノイ``, and each talk had swallowed the next one's city line and Japanese title.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = read_block(mk("台北", "台北市の自転車共有システム", "Bike Sharing in Taipei", "台北市政府 交通局 専門委員　林 美玲",
    ...                   "台北市の公共自転車は、2009年に試験運用を開始し、現在では市内に約千か所のステーションがある。"), 0)
    >>> b.city.text, b.title, b.translation, b.speaker, b.cues
    ('台北', 1, 2, (3,), ('city', 'title', 'speaker'))
    >>> read_block(mk("ハノイ", "旧市街の朝は早く、通りには屋台が並び、バイクの列が途切れることなく続いている。"), 0).cues
    ('title',)
    """
    lines, k = r.lines, r.k
    # (``タイ バンコク``: the country or region first, set apart; the place weighed is the last part)
    place = rest.text[at:] if (at := region_then_place(rest.text)) is not None else rest.text
    if k + 1 >= r.n or rest.text != lines[k].text.strip() or script_of(rest.text) != JA \
            or len(place) > MAX_PLACE_NAME or is_prose(rest.text):
        return False
    following = lines[k + 1].text
    if script_of(following) == EN:
        return _place_over_its_english(r, place) or _place_over_english_block(r, place)
    if script_of(following) != JA or is_place_name(following) or is_municipality(following) \
            or region_then_place(following) is not None or region_then_municipality(following) is not None:
        return False  # no Japanese title under it, or a list of places (a table's column)
    named = is_place_name(place)
    if not named and _NAME_SHAPED.fullmatch(place) is None:
        return False  # (only a name in katakana or in kanji alone is asked of the block's English, below)
    under = read_block(lines, k + 1, layout=r.layout)
    if not (under.title == k + 1 and "speaker" in under.cues and under.city_line is None and under.number is None):
        return False
    english = [] if named else [t for t in lines[k + 1:k + 1 + CITY_EVIDENCE_LINES] if script_of(t.text) == EN]
    return named or (bool(english) and place_named_en(place, english) is not None) \
        or (place == rest.text and _place_in_affiliation(lines, under, place))


_PLACE_AFTER_NAME = re.compile(r"[都道府県市町村区郡]|大学")
"""What follows a place's name where an affiliation writes the place (``福井県立大学``, ``福井市役所``, ``松本市 商工観光部``,
``福井大学``), never a person's given name (``福井 健一``)."""


def _place_in_affiliation(lines: list[Text], under: Block, place: str) -> bool:
    """``place``, a name in kanji that Sudachi reads as a surname (``福井``, ``松本``), is a Japanese town GeoNames
    lists (:func:`~.places.japanese_town`) and the affiliation of a speaker's line of the block under it writes it as
    a place (``福井県立大学 講師 前田 彩``, ``松本市 商工観光部 主任　木下 亮``: the name then a division's or a
    university's word, :data:`_PLACE_AFTER_NAME`), the speaker's own name elsewhere on the line: the bare name over
    the title is the talk's city line, never a speaker. Two cues besides the line's place over a title and its
    speaker: a gazetteer's town and the talk's own affiliation. Why (issue 16 point 3, helper fix69d; helper city69's
    ``p2_tottori_fukui.txt``: ``【2】`` / ``福井`` / its title / ``福井県立大学 講師 前田 彩`` had the speaker ``福井``
    and no city). A speaker named so (``福井 健一``) writes a given name after it, no place's word; a name GeoNames
    lists no town of (``前田``) is none."""
    town = japanese_town(place) is not None
    for j in under.speaker:
        text = lines[j].text.strip()
        cut = speaker_split(text)
        if cut is None:
            continue
        office = text[:cut] if cut else text
        if affiliation_city(office) == (0, len(place) + 1) and office.startswith(place) \
                and office[len(place)] in _OWN_SUFFIXES:
            # ``松田`` over ``松田町企画政策課長　小野 誠``: the affiliation writes the name as a municipality with its own
            # office or its head's post, a gazetteer's town or not (fresh-user trial 69c: 松田町 has 11,000 people,
            # under GeoNames' 15,000)
            return True
        if not town:
            continue
        # the affiliation: before the name, or in brackets after it (``山田 太郎（福井県立大学）``)
        affiliation = text[:cut] if cut else text[min((text.find(b) for b in "（(" if b in text), default=len(text)):]
        at = affiliation.find(place)
        if at >= 0 and _PLACE_AFTER_NAME.match(affiliation, at + len(place)) \
                and (at == 0 or not re.match(f"[{KANJI}{KATAKANA}]", affiliation[at - 1])):
            return True
    return False


_OWN_SUFFIXES = "市町村"
"""A municipality's suffixes after a bare name in its speaker's affiliation (:func:`_place_in_affiliation`): a
ward's (``区``) or a prefecture's office names a place inside or around the town, not the town."""


def _place_over_its_english(r: _Reading, place: str) -> bool:
    """The place line ``r.k`` (``静岡``) over a line giving its English as a city alone (``Shizuoka City``,
    ``City of Shizuoka``: :func:`~.places.find_city_en` spells it, :func:`~.places.is_city_place_line` holds nothing
    else), the two over a Japanese title with its speaker (:func:`read_block` from the line under the English: the
    title there, the ``speaker`` cue, no city or number of its own): the talk's city line and the city's English, which
    :func:`_read_place` then reads past (:func:`_pass_city_english`), never the title. Why (fresh-user trial 69c's
    ``a_procs_shizuoka_yamaguchi.txt``): ``静岡`` / ``Shizuoka City`` was the talk's title ja/en and its real title
    front, as ``静岡市`` / ``Shizuoka City`` or ``静岡`` alone never were. A title naming the city (``Shizuoka and the
    Sea``) is no city-only line; a pair over no title with its speaker stays as it was."""
    lines, k = r.lines, r.k
    if k + 2 >= r.n or script_of(lines[k + 2].text) != JA:
        return False
    english = lines[k + 1].text.strip()
    if len(english) > MAX_CITY_EN:
        return False
    found = find_city_en(place, [lines[k + 1]])
    if found.text is None or not is_city_place_line(english, found.spellings):
        return False
    under = read_block(lines, k + 2, layout=r.layout)
    return under.title == k + 2 and "speaker" in under.cues and under.city_line is None and under.number is None


def surname_municipality_over_title(lines: list[Text], k: int, name: str, layout: "Layout | None" = None) -> bool:
    """``lines[k]`` (``name``, the line whole) ends on a municipality's suffix that Sudachi reads in one word as a
    person's name (:func:`~.organisations.surname_as_municipality`: ``新田町``, ``森町``), and stands where a talk's
    city line stands: over a Japanese title with its speaker (:func:`read_block` from the next line: the title there,
    the ``speaker`` cue, no city or number of its own), and the lines under it name the municipality as one, at least
    one of: a speaker's affiliation opening on the name and an office of its own or its head's post
    (``新田町 まちづくり課　主査　森 由紀``, ``新田町役場``, ``森町長``: :func:`_office_after`), or an English line writing it
    with its suffix's English word and a reading the dictionary gives its stem
    (:func:`~.places.municipality_word_named_en`: ``Town of Nitta``). Never the surname alone or the place alone.

    Why (issue 16 point 3, helper fix69d; fresh-user trial 69's ``o1_nitta_town_surname_open.txt``): ``新田町`` was
    front and the talk had no city though its speaker's affiliation and its English both named the town. A speaker
    named so (``森町 健一``) has a given name after the name, no office; a name over a title with nothing under it
    naming the town stays as it was.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> surname_municipality_over_title(mk("新田町", "空き家を生かした移住支援", "新田町 まちづくり課　主査　森 由紀"), 0, "新田町")
    True
    >>> surname_municipality_over_title(mk("新田町", "空き家を生かした移住支援", "港北大学 准教授　森 由紀"), 0, "新田町")
    False
    """
    if not surname_as_municipality(name) or k + 1 >= len(lines) or script_of(lines[k + 1].text) != JA:
        return False
    under = read_block(lines, k + 1, layout=layout)
    if not (under.title == k + 1 and "speaker" in under.cues and under.city_line is None and under.number is None):
        return False
    if any(_office_after(lines[j].text.strip(), name) for j in under.speaker):
        return True
    english = [t for t in lines[k + 1:k + 1 + CITY_EVIDENCE_LINES] if script_of(t.text) == EN]
    return municipality_word_named_en(name, english) is not None


def _office_after(text: str, name: str) -> bool:
    """``text`` opens on ``name`` and then, glued or after a space, on the municipality's office or post (``新田町
    まちづくり課``, ``新田町役場``, ``森町長``); not on another suffix (``大村`` + ``市役所`` is 大村市's)."""
    if not text.startswith(name):
        return False
    rest = text[len(name):]
    word = (rest.split() or [""])[0]
    if not word or word[0] in MUNICIPALITY_SUFFIXES:
        return False
    return bool(_MUNICIPAL_OFFICE.match(word) or word in _HEAD_POSTS
                or (rest[:1].isspace() and (_MUNICIPAL_OFFICE.search(word) or ends_with_job_title(word))))


def _place_over_english_block(r: _Reading, place: str) -> bool:
    """The place line ``r.k`` (``ケニア ナイロビ``; ``place``, its last part, ``ナイロビ``) over the talk's English block
    first (``Nairobi: Green City in the Sun`` / ``Wanjiru Kamau, Head of …, Nairobi City County``), its Japanese block
    later (:func:`~.talks.japanese_block_under`): a city line opens a talk over either language's title block. Asked
    more than over a Japanese title, as a Japanese name over English lines is as often a slide's caption: an English
    title (no sentence, no speaker's line, no place line) with its speaker right under the place line
    (:func:`read_block` from the next line: its title there, the ``speaker`` cue, no city or number of its own), and
    that block's lines spell the place (:func:`~.places.place_named_en`, by its sound: ``Nairobi``), whether or not
    Sudachi reads it as a place. Why (fresh-user trial 63b): the line had been the talk's title alone, or the talk
    before's slide text, and the English block the talk before's slides.
    """
    lines, k = r.lines, r.k
    title = lines[k + 1].text.strip()
    if not (is_title_line(title) and not is_prose(title) and speaker_split(title) is None
            and place_line_en(title) is None):
        return False
    under = read_block(lines, k + 1, layout=r.layout)
    if not (under.title == k + 1 and "speaker" in under.cues and under.city_line is None and under.number is None):
        return False
    english = [lines[j] for j in range(k + 1, under.end) if script_of(lines[j].text) == EN]
    return place_named_en(place, english) is not None


_NAME_SHAPED = re.compile(rf"[{KATAKANA}・]{{2,{MAX_PLACE_NAME}}}|[{KANJI}]{{2,4}}")
"""A place's name Sudachi may not know, written as a foreign city's is: katakana (``イロイロ``), or two to four kanji
(``水原``, a surname to Sudachi)."""


MAX_LETTERHEAD_LINES = 4
"""Lines an organisation's name set large atop a cover runs over at most (:func:`_letterhead_end`)."""


def _letterhead_end(r: _Reading, k: int) -> int:
    """The line after the organisation's line ``k`` and the lines of its name set on under it: in a PDF, lines of its
    text box and its size (within 0.1 pt) that carry the name on, a word alone it goes on in (``TECHNISCHE
    UNIVERSITÄT`` / ``DORTMUND``) or a unit's name of its own (``FAKULTÄT FÜR INFORMATIK``), the whole still an
    organisation's name (fbithesis' cover, real-PDF trial 51: the title had been ``DORTMUND FAKULTÄT FÜR INFORMATIK``,
    the letterhead's rest). A title under the name is set apart (another size, or white space), so a text dump's
    lines, without sizes, carry no name on."""
    end = _letterhead_name_end(r, k)
    # the jurisdiction whose body it is, its name alone under it (``DEPARTMENT OF TRANSPORTATION`` / ``STATE OF
    # OREGON``), over the notice's title: the letterhead's, never the title (helper fix71b after fresh-user trial 71,
    # whose notice was titled ``STATE OF OREGON``)
    while end + 1 < r.n and end - k < MAX_LETTERHEAD_LINES and jurisdiction_line(r.lines[end].text) \
            and is_title_line(r.lines[end + 1].text) and not jurisdiction_line(r.lines[end + 1].text):
        end += 1
    return end


_JURISDICTION = re.compile(r"^(?:(?:The\s+)?(?:State|Commonwealth|Province|Territory|County|City|Town|Borough|Village|Township"
                           r"|Parish|District|Government|Republic|Kingdom|Prefecture)\s+of\s+(?:the\s+)?"
                           r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})$", re.IGNORECASE)


def jurisdiction_line(text: str) -> bool:
    """``text`` names a jurisdiction alone, its kind and its name (``STATE OF OREGON``, ``Commonwealth of Virginia``,
    ``City of Portland``, ``Government of Ontario``): under a body's name in a letterhead, whose body it is.

    >>> jurisdiction_line("STATE OF OREGON"), jurisdiction_line("County of Marin"), jurisdiction_line("The State of the Union")
    (True, True, False)
    >>> jurisdiction_line("State of Emergency"), jurisdiction_line("Commonwealth of Virginia"), jurisdiction_line("STATE OF NEW YORK")
    (False, True, True)
    >>> jurisdiction_line("State of the Art in Flood Models"), jurisdiction_line("Notice of Temporary Road Closure")
    (False, False)
    """
    s = " ".join(text.split())
    m = _JURISDICTION.match(s)
    if m is None:
        return False
    name = s.split(" of ", 1)[1] if " of " in s else s.split(" OF ", 1)[-1]
    # the name is a proper one: each word capitalised (``the Art in Flood Models`` is a title's phrase), one word at
    # least no common English word (``State of Emergency``, ``The State of the Union`` name no place)
    from pipeline.segment.places import _common_word, is_region

    words = [w for w in name.split() if w.lower() not in ("of", "the", "and")]
    return all(w[:1].isupper() for w in words) \
        and (is_region(name.title()) or any(not _common_word(w.strip(".")) for w in words))


def _letterhead_name_end(r: _Reading, k: int) -> int:
    layout, lines = r.layout, r.lines
    size = layout.size(lines[k]) if layout is not None and layout.boxed(lines[k]) else None
    if size is None:
        return k + 1
    name, j = lines[k].text.strip(), k + 1
    while j < r.n and j - k < MAX_LETTERHEAD_LINES and layout.same_box(lines[j - 1], lines[j]) \
            and abs((layout.size(lines[j]) or 0.0) - size) <= 0.1:
        more = unspaced(lines[j].strip(), measured=True).text  # a letterspaced line read as its words (``D O R T M U N D``)
        if not more or is_person_name(more) or speaker_split(more) is not None or is_date_line(more) \
                or not ((len(more.split()) == 1 and more[:1].isupper()) or _names_organisation(more)) \
                or not _names_organisation(f"{name} {more}"):
            break
        name, j = f"{name} {more}", j + 1
    return j


_NOTICE_LABEL = re.compile(r"^(?:(?:Public|Statutory|Legal|Official|Important)\s+)?Notice"
                           r"(?:\s+of\s+(?:(?:Annual|General|Extraordinary|Special|Public|Parish)\s+){0,3}"
                           r"(?:Meeting|Election|Poll|Motion|Decision|Hearing|Appeal|Consultation))?$", re.IGNORECASE)
"""An English notice's kind alone on its line, as a notice prints it over its title (``PUBLIC NOTICE``, ``Notice``,
``NOTICE OF MEETING``, ``Notice of Election``): the document's kind, a closed set of wordings; a line naming what the
notice is about (``Notice of Road Closure``, ``Notice to Plot Holders``) is none (fresh-user trial 64b)."""


_EVENT_OF = re.compile(r"^(?:[A-Z][\w\-]*\s+){0,2}(?:Meeting|Closure|Election|Consultation|Opening|Reopening|Refurbishment"
                       r"|Appointment|Dissolution|Inspection|Relocation)\s+(?:of|on|at|for)\s+(?:the\s+)?[A-Z]")
"""A title naming what befalls a body (``Extraordinary Meeting of Hambleton Parish Council``, ``Closure of Bramley
Library for Refurbishment``, ``Temporary Closure of the Central Library``: the body with its article, helper news70's
open case, helper fix70f): under a notice's kind, its title, though its words name an organisation."""


def notice_label(text: str) -> bool:
    """``text`` is an English notice's kind alone (:data:`_NOTICE_LABEL`), a label over the notice's title as
    ``Press Release`` is over a release's headline (:func:`~.events.is_press_label`).

    >>> [notice_label(s) for s in ("PUBLIC NOTICE", "Notice", "NOTICE OF MEETING", "Notice of Annual General Meeting")]
    [True, True, True, True]
    >>> [notice_label(s) for s in ("Notice of Road Closure", "Notice to Plot Holders", "Public Notices in Local Newspapers")]
    [False, False, False]
    """
    return _NOTICE_LABEL.match(" ".join(text.split())) is not None


def notice_kind_over(line: str, following: str) -> bool:
    """``line`` is a notice's kind alone (:data:`~.letters.NOTICE_KINDS`: ``お知らせ``, ``ご案内``, ``お願い``) over
    ``following``, a title line: under its issuer's name it says what the document is, as a press release's
    ``ニュースリリース`` does (:func:`~.events.is_document_kind`), and the title is the line under it (issue 16, fresh-user
    trial 60: a company's ``お知らせ`` over its headline). A newsletter's ``お知らせ`` over its marked articles is no
    title's label (``■ …`` is no title line).

    >>> notice_kind_over("お知らせ", "電気料金プランの改定について"), notice_kind_over("お知らせ", "■ 水道料金の改定")
    (True, False)
    >>> notice_kind_over("お知らせの配布", "電気料金プランの改定について")
    False
    """
    from pipeline.segment.letters import NOTICE_KINDS
    from pipeline.segment.sections import HEADING_MARKS

    return line.strip() in NOTICE_KINDS and is_title_line(following) and following.strip()[:1] not in HEADING_MARKS


_YEAR_ALONE = re.compile(rf"^(?:(?:{ERA}(?:元|[0-9]{{1,2}})|[12][0-9]{{3}})年度?|(?:FY|F\.Y\.|Fiscal Year)\s?[0-9]{{2,4}}"
                         r"(?:\s?[/–-]\s?[0-9]{2,4})?|(?:19|20)[0-9]{2}(?:\s?[/–-]\s?[0-9]{2,4})?)$")
"""A year alone on its line, the fiscal or calendar year a report is of: an era's or the Western year, with 年度 or 年
(``令和6年度``, ``2024年度``, ``令和元年``), ``FY2024``, ``FY 2024/25``, a span (``2024–25``, ``2024/2025``) or a year
(``2024``). A date with its month (``令和7年3月``, ``12 March 2025``) is none: that dates the issue, not the report."""


def year_alone(text: str) -> bool:
    """``text`` is a year alone on its line (:data:`_YEAR_ALONE`); digits folded to ASCII.

    >>> [year_alone(t) for t in ("令和6年度", "２０２４年度", "FY2024", "2024–25", "2024", "Fiscal Year 2024/25")]
    [True, True, True, True, True, True]
    >>> [year_alone(t) for t in ("令和7年3月", "12 March 2025", "令和6年度の取り組み", "令和6年度　危機管理課", "24")]
    [False, False, False, False, False]
    """
    return _YEAR_ALONE.match(date_digits(text.strip().translate(TO_ASCII_DIGITS))) is not None


def _read_title(r: _Reading) -> None:
    """The title (:func:`_read_title_under`); a year alone on the block's first line right over it, in its box
    (:func:`year_alone`: ``令和6年度`` / ``緑川市 市民意識調査報告書``, ``FY2024`` / ``Annual Report of the Harbour
    Trust``), is the title's first line: the report is of that year, as its running head and citations print it
    (``令和6年度 緑川市 市民意識調査報告書``). Decision, issue 16 point 2, helper title69 after fresh-user trial 68d: the
    year had stayed ``front`` and the title lacked it (an English block had taken ``FY2024`` for its title and the
    title for its subtitle). A date with its month over the title (``令和6年5月10日``) is the issue's date: front."""
    lines, n, layout = r.lines, r.n, r.layout
    if r.k == r.start and r.k + 1 < n and year_alone(lines[r.k].text) \
            and (layout is None or layout.same_box(lines[r.k], lines[r.k + 1])):
        under = replace(r, k=r.k + 1, cues=list(r.cues), speaker=list(r.speaker), twins=list(r.twins))
        _read_title_under(under)
        if under.title == r.k + 1:
            # the title's first line once the block is read (:func:`_title_from_year`); the steps after this one
            # weigh the title's own line
            r.__dict__.update(under.__dict__, year=r.k)
            return
    if r.k == r.start and r.k + 1 < n and layout is not None and title_size_over(lines, r.k, layout):
        under = replace(r, k=r.k + 1, cues=list(r.cues), speaker=list(r.speaker), twins=list(r.twins))
        _read_title_under(under)
        if under.title == r.k + 1:
            # the title's first line, set in its size right over it (:func:`title_size_over`), joined as a year
            # alone over it is (:func:`_title_from_year`)
            r.__dict__.update(under.__dict__, year=r.k)
            return
    _read_title_under(r)


def title_size_over(lines: list[Text], k: int, layout: "Layout") -> bool:
    """``lines[k]`` is a display title's first line set over the next (a PDF's): both in one box, in one face and one
    size, larger than the line under them (a poster's ``tcolorbox-Poster-Template`` / ``der Berner Fachhochschule``,
    both 126 pt over a 30 pt byline; the title's further lines in that face and size looked past), the upper line no sentence, no date, no event's or document kind's name, no
    person's name and no organisation's, and no title line on its own words (:func:`is_title_line`: that one is read as
    the block's title as before). A title set over two lines may open on a lower-case or hyphenated word that no
    title line opens on alone: its size, not its words, joins it.

    Why (issue 16, helper pdfmisc77): the bfh-ci poster's first line had stayed front and its title had been the
    second line alone. A text dump has no sizes: nothing is read so there."""
    if k + 2 > len(lines):
        return False
    top, title = lines[k], lines[k + 1]
    size = layout.size(top)
    if size is None or size != layout.size(title) or layout.font(top) != layout.font(title) \
            or not layout.same_box(top, title):
        return False
    # the first line under the title's lines: a title set over three lines or more runs on in its face and size
    # (TUDaSciPoster's ``tcolorbox-Poster im`` / ``Corporate Design der`` / ``TU Darmstadt``, helper tex80)
    under = next((t for t in lines[k + 2:] if t.text.strip() and not (
        layout.size(t) == size and layout.font(t) == layout.font(top) and layout.same_box(top, t))), None)
    under_size = layout.size(under) if under is not None else None
    if under_size is None or under_size >= size:
        return False
    s = top.text.strip()
    # (a line a title on its own words is read as the block's title as before: only the line the words turn away joins)
    return bool(s) and not is_title_line(s) and not is_prose(s) and not s.endswith((".", ",", ";", ":")) and not is_date_line(s) \
        and not is_event_line(s) and not is_document_kind(s) and not is_person_name(s) and not is_organisation(s) \
        and page_number(s) is None and explicit_number(s) is None and len(s) <= MAX_TITLE


def _long_title_under_id(r: _Reading, k: int) -> bool:
    """``lines[k]`` is an abstract's title longer than :data:`MAX_TITLE` in sentence case, told by where it stands:
    right under its id alone on its line (``A1`` / ``P-03``: :func:`is_id_prefix`), over its authors' line
    (:func:`~.names.author_line`), and in the shape of a long title (:func:`long_title_shape`). Why (issue 16 point 2,
    helper abs74 after fresh-user trial 73d): a book's first abstract, its title of 87 characters in sentence case,
    had stayed in the book's front; only a title-case line had been read so long (:data:`MAX_EN_TITLE`).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = "Long-term changes in rocky shore limpet populations on the north-east coast of Scotland"
    >>> read_block(mk("A1", t, "Fiona MacLeod(1), Aidan Ferguson(1)", "(1) University of Aberdeen, UK"), 0).title
    1
    >>> read_block(mk("A1", t + ".", "Fiona MacLeod(1), Aidan Ferguson(1)", "(1) University of Aberdeen, UK"), 0).title
    """
    lines = r.lines
    return r.number is not None and r.number_line == k - 1 and k + 1 < r.n and is_id_prefix(r.number.text) \
        and long_title_shape(lines[k].text) \
        and author_line(lines[k + 1].text, lines[k + 2].text if k + 2 < r.n else None)


def long_title_over_authors(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a paper's title longer than :data:`MAX_TITLE` in sentence case, told by where it stands: over its
    authors, two or more each closed by an affiliation's mark (:func:`~.names.marked_names`), whose affiliations the
    line under them opens by a mark (``Fiona MacLeod(1), Aidan Ferguson(1)`` / ``(1) School of …``): a book of abstracts
    printing no ids (issue 16 point 2, helper abs74 after fresh-user trial 73d). A line of running text is over no
    such byline.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = "Long-term changes in rocky shore limpet populations on the north-east coast of Scotland"
    >>> long_title_over_authors(mk(t, "Fiona MacLeod(1), Aidan Ferguson(2)", "(1) University of Aberdeen, UK"), 0)
    True
    >>> long_title_over_authors(mk(t, "Fiona MacLeod, University of Aberdeen", "We compared limpet densities."), 0)
    False
    """
    s = lines[k].text.strip()
    if not (MAX_TITLE < len(s) and long_title_shape(s) and k + 2 < len(lines)):
        return False
    authors, under = lines[k + 1].text, lines[k + 2].text
    opener = _AFFILIATION_OPENER.match(under)
    return opener is not None and opener.group(1) in authors and marked_names(authors, under)


_AFFILIATION_OPENER = re.compile(rf"\s*({MARK}|\([0-9]{{1,2}}\)|[0-9]{{1,2}}\)|[0-9]{{1,2}}(?=\s|[A-Z]))")
"""The mark an affiliation's line opens with (``¹``, ``*1``, ``(1)``, ``1)``, ``1 `` or ``1`` glued to a capital)."""


def long_title_shape(text: str) -> bool:
    """An English line up to :data:`MAX_EN_TITLE` characters, past :data:`MAX_TITLE` too, that an abstract's title may be where
    its place says so (an id over it, its authors under it): opening on a capital or a digit, closing on no stop,
    comma or semicolon, holding no e-mail address and no list of more than :data:`MAX_LONG_TITLE_COMMAS` commas. The
    place is the evidence; the shape only keeps a sentence or a list of names out.

    >>> long_title_shape("Long-term changes in rocky shore limpet populations on the north-east coast of Scotland")
    True
    >>> long_title_shape("We compared limpet densities recorded between 1978 and 1985 with new surveys at sites.")
    False
    """
    s = text.strip()
    return len(s) <= MAX_EN_TITLE and script_of(s) == EN and not JA_LETTER_RE.search(s) \
        and (s[:1].isupper() or s[:1].isdigit()) and not s.endswith((".", ",", ";", ":")) \
        and s.count(",") <= MAX_LONG_TITLE_COMMAS and _EMAIL_INSIDE.search(s) is None


def _title_from_year(r: _Reading) -> None:
    """The title starts at the year over it (:func:`_read_title`), once the rest of the block is read."""
    if r.year is not None and r.title == r.year + 1:
        r.title, r.title_end = r.year, r.title_end or r.year + 2


CALL_KIND = re.compile(r"(?i)^(?:call for (?:papers|abstracts|proposals|participation|contributions|posters|submissions"
                       r"|presentations|workshops|panels|sessions)|cfp)[.!:]?$"
                       r"|^(?:論文|研究発表|発表|講演|演題|原稿|ポスター発表|一般発表|報告)(?:の)?(?:募集|公募)(?:のお知らせ|のご案内)?$")
"""A call's kind alone on its line (``CALL FOR PAPERS``, ``Call for Abstracts``, ``論文募集``, ``研究発表募集のご案内``)."""


def call_over_event(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a call's kind (:data:`CALL_KIND`) and the line under it names the conference it calls for,
    with its edition or year (:func:`~.events.is_event_line`: ``9th International Conference on Coastal Towns and
    Tourism (CTT 2026)``, ``第15回 港町まちづくり学会 全国大会``). Decision (issue 16 point 2, helper abs74 after
    fresh-user trial 73): the conference's name is the call's title, the kind front; a reader cites a call by the
    event it calls for, as the call itself does in its text (``the conference brings together …``). A periodic
    report titled by its kind (decision, trial 28: ``Annual Report 2025`` beside the organisation's name) is another
    case: its kind is what the reader cites, and no event's name stands under it.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> call_over_event(mk("CALL FOR PAPERS", "9th International Conference on Coastal Towns and Tourism (CTT 2026)"), 0)
    True
    >>> call_over_event(mk("論文募集", "第15回 港町まちづくり学会 全国大会"), 0), call_over_event(mk("Call for Papers", "Deadline: 31 May"), 0)
    (True, False)
    """
    if not 0 <= k < len(lines) - 1 or CALL_KIND.match(lines[k].text.strip()) is None:
        return False
    under = lines[k + 1].text.strip()
    # (or the event's short name and year over its full name, ``CoaST 2026`` / ``Third International Symposium on …``:
    # fresh-user trial 79, whose call had been titled ``CALL FOR PAPERS``)
    return _event_name(under)


def _event_name(text: str) -> bool:
    """``text`` names a conference with its edition or year, as a call's title (:func:`call_over_event`)."""
    s = text.strip()
    return (is_event_line(s) or _EVENT_ACRONYM.match(s) is not None) and len(s) <= MAX_EN_TITLE \
        and not is_date_line(s) and not s.endswith(("。", ".")) and _EMAIL_INSIDE.search(s) is None


def event_twins(title: str, line: str) -> bool:
    """``line``, right under ``title``, names the same event in the other language: both name an event with its
    edition (:func:`_event_name`), one in Japanese, the other in English (``第12回 沿岸防災国際シンポジウム`` /
    ``12th International Symposium on Coastal Disaster Resilience``). A call's title in two languages: the second is
    the title's translation (issue 16 point 2, helper en84, fresh-user trial 83c: an English call for papers' English
    title under its Japanese line had been left in ``front``, an event's name being no title phrase,
    :func:`is_title_translation`).

    >>> event_twins("第12回 沿岸防災国際シンポジウム", "12th International Symposium on Coastal Disaster Resilience")
    True
    >>> event_twins("第12回 沿岸防災国際シンポジウム", "Kobe, Japan, 14-16 October 2026")
    False
    """
    scripts = {script_of(title), script_of(line)}
    return scripts == {JA, EN} and _event_name(title) and _event_name(line)


def event_over_call(lines: list[Text], k: int) -> int | None:
    """The line of a call's kind (:data:`CALL_KIND`) right under the event's name at ``lines[k]`` (:func:`_event_name`),
    or under that name and its twin in the other language (:func:`event_twins`); else ``None``. The event over the call
    is the call's title as the event under it is (:func:`call_over_event`); the kind stays front (helper en84: the
    kind under a bilingual conference name had titled an English call for papers, the names in ``front``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> event_over_call(mk("第12回 沿岸防災国際シンポジウム", "12th International Symposium on Coastal Disaster Resilience", "Call for Papers"), 0)
    2
    >>> event_over_call(mk("9th Conference on Coastal Towns (CTT 2026)", "Call for Papers"), 0), event_over_call(mk("Harbour Days", "Call for Papers"), 0)
    (1, None)
    """
    if not 0 <= k < len(lines) - 1 or not _event_name(lines[k].text):
        return None
    at = k + 2 if k + 2 < len(lines) and event_twins(lines[k].text, lines[k + 1].text) else k + 1
    return at if CALL_KIND.match(lines[at].text.strip()) is not None else None


MAX_SERIES_LINES = 2
"""Lines between a series' or newsletter's name and the quoted title under it at most (``第112回例会　講演録``)."""


def quoted_title_under_series(lines: list[Text], k: int) -> int | None:
    """The line of a talk's title set wholly in quotation marks (:func:`~.events.quoted_title`) under ``lines[k]``, a
    Japanese series', newsletter's or meeting's name (:data:`_JA_SERIES`: ``郷土史研究会だより　第48号``), with at most
    :data:`MAX_SERIES_LINES` lines of the series' kind between them (``第112回例会　講演録``), and a speaker's line right
    under it (``講師　…学芸員　堀田 恵子 氏``: a byline or a talk's person label); else ``None``.

    Why (issue 16 point 1, fresh-user trial 75c): a local society's lecture record printed in its newsletter had the
    newsletter's name for title and the lecture's own 「中山道鵜沼宿と木曽川の渡し」 front. The quotation marks and the
    speaker under them say the line is what was given that day; the newsletter's name and the meeting's line are
    front matter (their own fields: docs/segment.md). A newsletter whose quoted line has no speaker under it (a
    headline over its article) keeps its name for title.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> quoted_title_under_series(mk("郷土史研究会だより　第48号", "第112回例会　講演録", "「中山道鵜沼宿と木曽川の渡し」", "講師　資料館 学芸員　堀田 恵子 氏"), 0)
    2
    >>> quoted_title_under_series(mk("みなと台地区だより　第12号", "「夏祭りのお知らせ」", "今年も八月に夏祭りを開きます。"), 0)
    """
    n = len(lines)
    if quoted_title(lines[k].text) or not _JA_SERIES.search(lines[k].text) or is_prose(lines[k].text):
        return None
    for j in range(k + 1, min(k + 2 + MAX_SERIES_LINES, n - 1)):
        s = lines[j].text
        if quoted_title(s):
            under = lines[j + 1].text
            return j if byline(under) > 0 or labelled_talk_speaker(under) is not None else None
        if not (_JA_SERIES.search(s) or talk_record_kind(s) or is_record_kind(s)) or is_prose(s):
            return None
    return None


_MEETING_RECORD = re.compile(r"^\S.{0,30}?(?:座談会|懇談会|意見交換会|対談|鼎談|ワークショップ|勉強会|研究会|シンポジウム|フォーラム"
                             r"|タウンミーティング|円卓会議|講演会|講座|セミナー|講習会|研修会)"
                             r"(?:[ \u3000]*第[0-9０-９一二三四五六七八九十]{1,3}回)?[ \u3000]*(?:記録|議事録|記録集|記録要旨|要旨|報告|抄録)$")
"""A meeting's series line naming its record (``港町まちづくり座談会 記録``, ``第3回 市民懇談会　議事録``), a lecture
series' too, its round's number between (``市民公開講座　第3回　記録``, ``環境講演会　記録``: helper news84)."""
_LECTURER_FIELD = re.compile(r"^[ \u3000]*(?:講師|講演者|演者|話し手|報告者|Speaker|Lecturer)[ \u3000]*[:：\u3000 ][ \u3000]*\S")
"""A lecture record's line naming its lecturer by a label (``講師：高橋 修（港町大学 教授）``, ``講師　中村 さとみ``):
under a lecture's theme as a meeting's first field is under a meeting's (:func:`theme_under_meeting_record`)."""
_MEETING_RECORD_EN = re.compile(
    r"^\S.{0,60}?\b(?:Round[- ]?[Tt]able|ROUND[- ]?TABLE|Panel(?: Discussion)?|PANEL(?: DISCUSSION)?|Forum|FORUM"
    r"|Symposium|SYMPOSIUM|Town (?:Hall|Meeting)|Public Meeting|Workshop|WORKSHOP|Seminar|SEMINAR|Colloquium|Dialogue"
    r"|Lectures?(?: Series)?|LECTURES?(?: SERIES)?|Talks?(?: Series)?|TALKS?(?: SERIES)?)"
    r"(?:\s+[0-9]{4})?\s*(?:[—–:|·-]\s*|\s+)(?:Record|RECORD|Transcript|TRANSCRIPT|Summary Record|Proceedings|Minutes"
    r"|Notes|Summary|Report|(?:Edited |Full |Verbatim )?(?:Record|Transcript)(?: of (?:Proceedings|Discussion))?"
    r"|(?:Record|Transcript) of (?:the )?(?:[A-Z][a-z]+ )?(?:Lecture|Talk)(?: (?:No\. ?)?[0-9]{1,3})?)$")
"""An English meeting's series line naming its record after a dash, a colon or a space (``Harbour Futures Round
Table — Record``, ``Coastal Forum 2026: Transcript``, ``Riverside Public Meeting – Summary Record``): the English
kinds of :data:`_MEETING_RECORD` (helper head83, fresh-user trial 82a's panel transcript), a lecture series' or a
talks series' too, the record naming its round (``Harbour Lecture Series — Record``, ``Westmoor Public Lectures: Record
of the Third Lecture``, ``Riverside Talks — Record of Talk 5``: helper enrep85, docs/limits.md *Session 84, news84*)."""


def theme_under_meeting_record(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a meeting's series line naming its record (:data:`_MEETING_RECORD`), the line under it a
    title's shape (:func:`is_title_line`) and the line under that the meeting's first field (``日時：…``, ``会場：…``:
    :data:`~.labels.MEETING_FIELD_LABELS`): the line between is the meeting's theme, the record's title, as a record's
    kind over a meeting's name is (``Minutes`` / ``… Spring Meeting``). Decision (issue 16, helper title82;
    docs/limits.md *Session 81, turns81*: a round table's record had been titled by its series line and its theme had
    headed a section).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> theme_under_meeting_record(mk("港町まちづくり座談会 記録", "商店街のこれからを考える", "日時：2026年9月12日（土）"), 0)
    True
    >>> theme_under_meeting_record(mk("港町まちづくり座談会 記録", "日時：2026年9月12日（土）", "会場：公民館"), 0)
    False

    A lecture series' record over its theme and its lecturer's line likewise (helper news84):

    >>> theme_under_meeting_record(mk("市民公開講座　第3回　記録", "地域の防災を考える", "講師：高橋 修（港町大学 教授）"), 0)
    True
    >>> theme_under_meeting_record(mk("市民公開講座のご案内", "地域の防災を考える", "講師：高橋 修"), 0)
    False

    An English record's series line likewise (``… Round Table — Record`` over its theme and ``Date: …``; helper head83):

    >>> theme_under_meeting_record(mk("Harbour Futures Round Table — Record", "Rethinking the Waterfront", "Date: 12 March 2026"), 0)
    True
    >>> theme_under_meeting_record(mk("Harbour Futures Round Table", "Rethinking the Waterfront", "Date: 12 March 2026"), 0)
    False

    An English lecture series' record over its theme and its speaker's line (helper enrep85), not its announcement:

    >>> theme_under_meeting_record(mk("Harbour Lecture Series — Record", "Ships of the Tyne", "Speaker: Margaret Hall"), 0)
    True
    >>> theme_under_meeting_record(mk("Harbour Lecture Series", "Ships of the Tyne", "Speaker: Margaret Hall"), 0)
    False
    """
    if k + 2 >= len(lines) or not is_title_line(lines[k + 1].text):
        return False
    series, under = lines[k].text.strip(), lines[k + 2].text.strip()
    if _MEETING_RECORD_EN.match(series) is not None:
        # the English record's fields: ``Date: …``, ``Venue: …`` (with its colon, or two spaces as minutes set them)
        # (a lecture's record names its lecturer under its theme: ``Speaker: …``, ``Lecturer: …``, helper enrep85)
        return form_field(under) in MEETING_FIELD_LABELS_EN or _LECTURER_FIELD.match(under) is not None
    if _MEETING_RECORD.match(series) is None:
        return False
    # (a lecture's record names its lecturer under its theme: ``講師：…``, helper news84)
    return any(under.startswith(label) and under[len(label):][:1] in ":：\u3000 " for label in MEETING_FIELD_LABELS) \
        or _LECTURER_FIELD.match(under) is not None


_DOCUMENT_KIND_END = re.compile(r"(?:書|報告|計画|概要|要項|要綱|シラバス|REPORT|Report|PROPOSAL|Proposal|APPLICATION"
                                r"|Application|SUMMARY|Summary|SYLLABUS|Syllabus)$")
"""How a document's kind set as a title ends (``研究成果報告書``, ``FINAL PROJECT REPORT``, ``事業計画``)."""


def _kind_over_labelled_title(over: str, line: str) -> bool:
    """``over`` is a report's or a form's kind set as a title (:func:`is_title_line`) over ``line``, a title run in
    after its label (``研究成果報告書`` / ``研究題目：…``, ``FINAL PROJECT REPORT`` / ``Title: …``:
    :func:`~.labels.title_label_end`): the label says which line the title is, as a label alone over it does; the
    kind stays front and the stage cuts the label from the title. A line over it that holds the labelled title's words
    is the title itself with its kind (``防災学概論　シラバス`` / ``科目名：防災学概論``), and stays so. Why (issue 16,
    helper head83, fresh-user trial 82a: a grant report had been titled by its kind, its title its subtitle).

    >>> _kind_over_labelled_title("研究成果報告書", "研究題目：閉鎖性漁港における海水交換の研究")
    True
    >>> _kind_over_labelled_title("防災学概論　シラバス", "科目名：防災学概論"), _kind_over_labelled_title("Title:", "Title: Tides")
    (False, False)
    """
    at = title_label_end(line)
    if not at or title_label_end(over) or is_title_label(over) or not is_title_line(over) \
            or _DOCUMENT_KIND_END.search(unspaced_text(over).strip()) is None:
        # (an event's name over its talk's labelled title, ``第３回 市民公開講座`` / ``演　題：…``, is the flyer's own
        # title block, read by the flyer's rules: only a document's kind stands aside so)
        return False
    return "".join(line[at:].split()) not in "".join(over.split())


_TAGGED_TITLE = re.compile(r"^[\s\u3000]*【(?:件名|表題)】[\s\u3000]*(?=\S)")
"""A notice's tag naming its subject, the document's title (``【件名】庁舎清掃業務委託``, ``【表題】…``): the tags a tender
notice (入札公告) and an in-house memo (業務連絡) set their fields with."""
def tagged_title(text: str) -> bool:
    """``text`` opens on a notice's tag naming its subject, its value after it (:data:`_TAGGED_TITLE`: ``【件名】庁舎清掃
    業務委託``).

    >>> tagged_title("【件名】庁舎清掃業務委託"), tagged_title("【履行場所】本庁舎"), tagged_title("【件名】")
    (True, False, False)
    """
    return _TAGGED_TITLE.match(text) is not None


MAX_TAGGED_TITLE_REACH = 6
"""Lines under a document's kind a tagged title (:data:`_TAGGED_TITLE`) is looked for on, at most."""


def _in_tagged_fields(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a field of a run of tagged fields (:func:`~.labels.tagged_fields`: ``【履行期間】…`` /
    ``【入札日時】…``) whose tag names no title (``【件名】…`` is the title's: :func:`~.labels.title_label_end`): a form's
    field, never a title's line (helper news84: a tender notice's fields under its subject had been read as a title
    wrapped over two lines, the next field and the issuer as its speaker).

    >>> ls = [Text.from_raw(t, i + 1) for i, t in enumerate(["【件名】庁舎清掃業務委託", "【履行期間】4月から", "【入札日時】4月20日"])]
    >>> [_in_tagged_fields(ls, k) for k in range(3)]
    [False, True, True]
    >>> ls = [Text.from_raw(t, i + 1) for i, t in enumerate(["【重要】システム停止のお知らせ", "【日時】4月20日", "【対象】全システム"])]
    >>> [_in_tagged_fields(ls, k) for k in range(3)]
    [False, True, True]
    """
    if title_label_end(lines[k].text):
        return False
    # a field under another of its run: the run's first line may be a notice's title set after its tag
    # (``【重要】システム停止のお知らせ`` over ``【日時】…``), as before
    low = max(0, k - 1 - MAX_FIELD_WRAP)
    fields = tagged_fields([t.text for t in lines[low:k + 1]])
    return k - low in fields and len(fields) > 1


def _tagged_title_under(lines: list[Text], k: int) -> int | None:
    """The line of a tagged title (:data:`_TAGGED_TITLE`: ``【件名】庁舎清掃業務委託``) under ``lines[k]``, a document's kind
    set alone as a title (``入札公告``: a short title line, no sentence, no tag of its own), within
    :data:`MAX_TAGGED_TITLE_REACH` lines and before any other tagged line (the tags the fields open on: the first
    tag is the subject's where the notice names one), else ``None``. The kind and the lines between (the notice's
    opening sentence, its date, its issuer) stay front; the stage cuts the tag from the title (:func:`~.labels
    .title_label_end`). A tag of another field (``【注意】``, ``【履行場所】``) is none. Decision (issue 16 point 2, helper
    speak84 after form83: a tender notice had been titled by its kind, its subject in its body).

    >>> ls = [Text.from_raw(t, i + 1) for i, t in enumerate(["入札公告", "次のとおり入札に付します。", "令和8年4月1日", "",
    ...                                                      "【件名】庁舎清掃業務委託", "【履行場所】本庁舎"])]
    >>> _tagged_title_under(ls, 0), _tagged_title_under(ls[:4] + ls[5:], 0)
    (4, None)
    """
    kind = lines[k].text.strip()
    if not kind or len(kind) > 20 or kind.startswith("【") or _TAGGED_TITLE.match(kind) or not is_title_line(kind) \
            or any(c in kind for c in "。、：:"):
        return None
    for j in range(k + 1, min(len(lines), k + 1 + MAX_TAGGED_TITLE_REACH)):
        text = lines[j].text.strip()
        if _TAGGED_TITLE.match(text) is not None:
            return j if title_label_end(text) else None
        if text.startswith("【") or explicit_number(text) is not None or is_chapter_heading(text):
            return None
    return None


INSERT_CLASSES = ("処方箋医薬品", "処方せん医薬品", "毒薬", "劇薬", "生物由来製品", "特定生物由来製品", "麻薬", "向精神薬",
                  "覚醒剤原料", "習慣性医薬品", "要指導医薬品", "第1類医薬品", "第2類医薬品", "指定第2類医薬品", "第3類医薬品")
"""The regulatory classes a Japanese package insert (添付文書) prints over its drug's names, alone on a line or several
on one (a closed list: 医薬品医療機器等法 and the MHLW's 記載要領 for 医療用医薬品 and 一般用医薬品 inserts)."""
_INSERT_BODY_TAG = re.compile(r"^[\s\u3000]*【(?:効能又は効果|効能・効果|効能効果|用法及び用量|用法・用量|用法用量)")
"""The tags a package insert's body sets its indications and dosage under (記載要領: 【効能又は効果】, 【用法及び用量】)."""
_THERAPEUTIC_CATEGORY = re.compile(r"^[^\s\u3000。、：:【】]{2,16}剤$")
"""A therapeutic category alone on its line (``高血圧症治療剤``, ``鎮痛・解熱剤``): 薬効分類名, a word ending on 剤."""
_DOSAGE_FORM = re.compile(r"(?:錠|カプセル|散|顆粒|細粒|注射?液?|シロップ|ドライシロップ|軟膏|クリーム|ゲル|ローション|テープ|パップ|"
                          r"貼付剤|点眼液|点鼻液|吸入(?:液|剤|用)?|坐剤|内用液|液)(?:[0-9０-９.．]+[ \u3000]*(?:mg|ｍｇ|g|ｇ|μg|mL|ｍＬ|%|％))?$")
"""How a drug's name ends: its dosage form (剤形), its strength after it or not (``アムロジン錠５mg``, ``…カプセル``)."""
MAX_INSERT_HEAD = 8
"""Lines a package insert's head (its date, category, class and names) spans over its first tag, at most."""


def insert_brand_line(lines: list[Text], k: int) -> int | None:
    """The line of a package insert's (添付文書) brand name (販売名) where ``lines[k]`` opens its head with no
    ``【販売名】`` tag: over the first tag (``【警告】``, ``【禁忌】``; :data:`MAX_INSERT_HEAD` lines at most) a
    therapeutic category (:data:`_THERAPEUTIC_CATEGORY`: ``高血圧症治療剤``) or a regulatory class (:data:`INSERT_CLASSES`:
    ``処方箋医薬品``) alone on a line, then the names, the brand the last Japanese line ending on its dosage form and
    strength (:data:`_DOSAGE_FORM`: ``日本薬局方　アムロジピンベシル酸塩錠`` / ``アムロジン錠５mg``: the general name (一般的
    名称) first, the brand last, as the 記載要領 sets them); and the document sets its indications or dosage under their
    tags (:data:`_INSERT_BODY_TAG`). ``None`` otherwise. The lines over the brand (revision date, category, class,
    general name) stay front. Decision (issue 16 point 2, helper speak84 after fresh-user trial 83b: the insert had
    been titled by its revision date, the drug's name in front).

    >>> ls = [Text.from_raw(t, i + 1) for i, t in enumerate(["2026年4月改訂", "高血圧症治療剤", "処方箋医薬品",
    ...       "日本薬局方　アムロジピンベシル酸塩錠", "アムロジン錠５mg", "Amlodin Tablets 5mg", "【警告】", "…", "【効能又は効果】"])]
    >>> insert_brand_line(ls, 0), insert_brand_line(ls[:-1], 0)
    (4, None)
    """
    head: list[int] = []
    for j in range(k, min(len(lines), k + MAX_INSERT_HEAD + 1)):
        if lines[j].text.strip().startswith("【"):
            break
        head.append(j)
    else:
        return None
    texts = {j: lines[j].text.strip() for j in head}
    kinds = [j for j in head if _THERAPEUTIC_CATEGORY.match(texts[j]) is not None
             or all(w in INSERT_CLASSES for w in texts[j].replace("\u3000", " ").split())]
    if not kinds or not any(_INSERT_BODY_TAG.match(t.text) for t in lines[head[-1] + 1:]):
        return None
    names = [j for j in head if j > kinds[0] and script_of(texts[j]) == JA and _DOSAGE_FORM.search(texts[j]) is not None]
    return names[-1] if names else None


_COURSE_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十]+(?:回|講|週)|(?<![A-Za-z])(?:Lecture|Week|Session|Class|Unit)\s*[0-9]+\b")
"""A course's session ordinal on a handout's course line (``第5回``, ``第３講``, ``Lecture 5``, ``Week 3``)."""
_COURSE_MARK = re.compile(r"(?:講義|授業)(?:資料|レジュメ|プリント|ノート)$|(?:配布資料|レジュメ)$|(?:^|[\s\u3000])(?:前期|後期|春学期|秋学期|[1-4１-４]学期)(?:[\s\u3000]|$)"
                          r"|(?i:\bhandouts?\b|\blecture notes\b|\bsemester\b|\b(?:spring|autumn|fall|summer|winter) term\b)"
                          r"|\b[A-Z]{2,4}\s?[0-9]{3,4}\b")
"""What makes an ordinal's line a course line rather than a title: the handout's kind at its end (``講義資料``,
``配布資料``, ``レジュメ``; a meeting's bare ``資料`` is none: ``第3回 都市計画審議会 資料`` is its papers' title), ``Handout``, ``Lecture Notes``), an academic term as a word of its own (``前期``, ``春学期``,
``Semester 1``, ``Spring Term``; a year alone, ``2026年度``, is a meeting's as often), or a course code in capitals
(``ENV2140``). The universities' own headers print these words
(a closed list of the trade's standard terms)."""


def course_line(text: str) -> bool:
    """``text`` is a lecture handout's course line, printed over the handout's own title: a session's ordinal
    (:data:`_COURSE_ORDINAL`) with the handout's kind, a term or a course code (:data:`_COURSE_MARK`). Decision (issue
    16, helper inter84 after fresh-user trial 84a: ``2026年度 前期　都市環境論Ⅱ　第5回講義資料`` had been the title, the
    real title under it front). A title opening on its ordinal alone is none (``第5回　ヒートアイランド現象とその対策``).

    >>> course_line("2026年度 前期　都市環境論Ⅱ　第5回講義資料"), course_line("都市環境論Ⅱ　第5回　配布資料")
    (True, True)
    >>> course_line("URB2140 Urban Climate — Lecture 5"), course_line("Week 3 Handout: Urban Heat")
    (True, True)
    >>> course_line("第5回　ヒートアイランド現象とその対策"), course_line("都市のヒートアイランド現象とその対策")
    (False, False)
    """
    s = text.strip()
    return bool(s) and _COURSE_ORDINAL.search(s) is not None and _COURSE_MARK.search(s) is not None


def course_line_over_title(lines: list[Text], k: int) -> int | None:
    """The title's line under a handout's course line ``lines[k]`` (:func:`course_line`), where the line right under
    it is a title's and no speaker's, else ``None``: the course line stays front (helper inter84)."""
    if k + 1 >= len(lines) or not course_line(lines[k].text):
        return None
    under = lines[k + 1].text.strip()
    if not under or not is_title_line(under) or course_line(under) or speaker_split(under) is not None \
            or is_person_name(under) or names_people(under) or credit_byline_ja(under) is not None:
        return None
    return k + 1


def _read_title_under(r: _Reading) -> None:
    """The title, past a document's kind, a degree statement or a title's label over it, and its wrapped lines."""
    lines, n, layout = r.lines, r.n, r.layout
    if r.k == r.start and call_over_event(lines, r.k):
        # a call's kind over the conference it calls for: the conference is the title, the kind front; its name may
        # go on over a line (``CoaST 2026`` / ``Third International Symposium on …``: :func:`title_goes_on`)
        title = end = r.k + 1
        while end + 1 < n and end + 1 - title < MAX_TITLE_LINES and title_goes_on(lines[end].text, lines[end + 1].text):
            end += 1
        r.title, r.title_end, r.k = title, (end + 1 if end > title else None), end + 1
        r.cues.append("title")
        return
    if r.k == r.start and event_over_call(lines, r.k) is not None:
        # the event's name over its call's kind (``第12回 …シンポジウム`` / ``12th International Symposium …`` / ``Call
        # for Papers``): the name is the title, its twin the translation (:func:`_read_subtitle`), the kind front
        r.title, r.title_end, r.k = r.k, None, r.k + 1
        r.cues.append("title")
        return
    if r.k + 1 < n and is_record_kind(lines[r.k + 1].text) and _meeting_over_kind(lines[r.k].text):
        # the meeting's name over its record's kind alone (``第1回 やまなみ町子ども・子育て会議`` / ``議事次第``, ``…
        # Annual Meeting 2025`` / ``Agenda``): the meeting is the title and the kind front, as a kind over the meeting's
        # name leaves them (decision, session 62: the kind had been the title, or an English agenda had none)
        r.title, r.title_end, r.k = r.k, None, r.k + 1
        r.cues.append("title")
        return
    if r.k + 1 < n and _long_minutes_line(lines[r.k + 1].text) and _names_organisation(lines[r.k].text):
        # the body's name over its minutes' line too long for a title (``ASHCOMBE PARISH COUNCIL`` / ``Minutes of the
        # Ordinary Meeting … held on Tuesday 10 March 2026 at 7.30pm`` / ``in the Village Hall, …``): the body titles
        # its record, the minutes' line front (session 85, helper minutes85, fresh-user trial 84c: the name had been
        # front and the file untitled); a minutes' line of a title's length titles it as before (trial 49,
        # tests/test_segment_minutes_title48.py), the body's name front
        r.title, r.title_end, r.k = r.k, None, r.k + 1
        r.cues.append("title")
        return
    if r.k == r.start and r.k + 1 < n and _kind_over_labelled_title(lines[r.k].text, lines[r.k + 1].text):
        r.k += 1
    elif r.k == r.start and (tagged := _tagged_title_under(lines, r.k)) is not None:
        r.k = tagged
    elif r.k == r.start and (brand := insert_brand_line(lines, r.k)) is not None:
        r.k = brand
    elif r.k == r.start and (course := course_line_over_title(lines, r.k)) is not None:
        r.k = course  # a handout's course line over its title: front (:func:`course_line`)
    # ``Annual Report 2025``, ``年次報告書 2025``; set letterspaced too (``A N N U A L　R E P O R T``)
    report = r.k if r.k < n and is_report_kind(unspaced_text(lines[r.k].text)) else None
    if report is not None and r.k + 1 < n and event_report(lines[r.k].text) and is_title_line(lines[r.k + 1].text) \
            and not is_report_kind(lines[r.k + 1].text):
        # an event's report's kind over its title (``Workshop Report`` / ``Coastal Resilience Planning Workshop``,
        # ``ワークショップ開催報告`` / ``沿岸防災まちづくりワークショップ``): the kind is the label, front, and the line under it
        # the title; alone (over a date, over the text) the kind is the title, as a periodic report's is (helper news72)
        report, r.k = None, r.k + 1
    # a block opening on the document's kind alone over a title (``博士論文要旨`` / the thesis's title / its author: a
    # bilingual abstract's Japanese half after the English, fresh-user trial 61, had been titled by its kind) reads its
    # title under it, as under an issuing office
    # (only past a document's start, where a talk's boundary is weighed: a document's own first line is weighed by
    # talks.first_block, and ``Annual Report`` over ``A. Background of the project`` is that report's title; never
    # over a heading's shape)
    # (an English notice's kind, ``PUBLIC NOTICE`` / ``NOTICE OF MEETING``, opens the block on the document's own
    # first line too, as a press release's ``PRESS RELEASE`` does: fresh-user trial 64b's notice had its kind for title)
    # (the line under a notice's kind is its title where it names no one, or names what befalls a body: ``Closure of
    # Bramley Library``, ``Extraordinary Meeting of Hambleton Parish Council`` read as organisations by their words)
    notice_over = r.k == r.start and r.k + 1 < n and notice_label(lines[r.k].text) \
        and (_names_no_one(lines[r.k + 1].text) or _EVENT_OF.match(lines[r.k + 1].text.strip()) is not None)
    kind_opens = r.k == r.start and (r.k > 0 or notice_over) and r.k + 1 < n \
        and (is_document_kind(lines[r.k].text) or notice_label(lines[r.k].text)) \
        and is_title_line(lines[r.k + 1].text) and not is_document_kind(lines[r.k + 1].text) \
        and not notice_label(lines[r.k + 1].text) \
        and explicit_number(lines[r.k + 1].text.strip()) is None and not re.match(r"\s*[A-Z][.)]\s", lines[r.k + 1].text)
    # a periodic report's kind over its first part's heading (``Annual Report 2024–25`` / ``Chair's Statement`` / its
    # prose): the heading opens the body, no title of the report's own; the kind is the title (below)
    body_under_report = report is not None and _heads_report_body(lines, r.k + 1)
    if (r.city is not None or kind_opens) and r.k + 1 < n and not body_under_report and (
            is_document_kind(lines[r.k].text) or is_client_line(lines[r.k].text)
            or notice_kind_over(lines[r.k].text, lines[r.k + 1].text)
            or (notice_label(lines[r.k].text) and kind_opens)):
        r.k += 1  # the issuing office, the document's kind (``報道発表資料``), then its title: the kind stays front
        if r.k + 1 < n and is_document_kind(lines[r.k - 1].text) and is_date_line(lines[r.k].text) \
                and is_title_line(lines[r.k + 1].text):
            r.k += 1  # a release's date under its kind (``ニュースリリース`` / ``2026年5月20日`` / the headline): front
    while r.city is not None and r.k + 1 < n and is_degree_statement(lines[r.k].text):
        r.k += 1  # a thesis's university, its degree statement, then its title: the statement stays front
    while r.city is not None and r.k + 1 < n and is_client_line(lines[r.k].text) and is_title_line(lines[r.k + 1].text):
        r.k += 1  # a council, the meeting its report goes to (``Report to Cabinet, 12 March 2025``), then the report's
        # title: the meeting's line stays front (trial 52b: the council's report had taken the officer's line for title)
    if r.k + 1 < n and is_event_record(lines[r.k].text) and quoted_title(lines[r.k + 1].text):
        r.k += 1  # a record of the event (``第3回 … フォーラム 記録``) over the talk's quoted title: the record stays front
    elif r.k + 1 < n and episode_line_en(lines[r.k].text) and _quoted_en(lines[r.k + 1].text.strip()):
        r.k += 1  # a series' episode line (``Field Notes from the Fens -- Episode 37``) over the episode's quoted title
        # (``"The Eel Catchers of Welney"``): the episode's title is the talk's, the series line front (trial 75)
    if r.k == r.start and (quoted := quoted_title_under_series(lines, r.k)) is not None:
        r.k = quoted  # a newsletter's or a series' name over a lecture's quoted title and its speaker: the name is front
    if r.k + 2 < n and not is_title_label(lines[r.k].text) and is_title_label(lines[r.k + 1].text) \
            and lines[r.k + 2].text.strip():
        # a form's heading over its title's label (``APPLICATION FOR UNITED STATES LETTERS PATENT`` / ``Title:`` /
        # ``INVENTION NAME …``): the label says which line the title is; the heading stays front (trial 77's real
        # uspatent template had the heading for its title, then the inventors' line)
        r.k += 1
    k = r.k
    labelled = k + 1 < n and (is_title_label(lines[k].text) or theme_under_meeting_record(lines, k)
                              or ((is_record_kind(lines[k].text) or record_label(lines[k].text)
                                   or talk_record_kind(lines[k].text) or exhibition_kind(lines[k].text))
                                  and is_title_line(lines[k + 1].text)))
    if labelled:
        # a cover's ``Thema`` / ``Title`` over its title: the label says what the line under it is; so does a
        # record's kind alone over the meeting's name (``Minutes`` / ``… Spring Meeting``: the kind stays front)
        k += 1
    if k < n and (k == r.start and r.number is not None and r.number_line is None or is_title_start(lines[k].text)
                  or _long_title_under_id(r, k) or long_title_over_authors(lines, k)
                  or (k == r.start and book_citation_cut(lines, k) is not None)) \
            and not (speaker_turn(lines[k].text) or turn_head(lines[k].text)) \
            and not dated_office(lines[k].text) and not author_label(lines[k].text) \
            and not _in_tagged_fields(lines, k) \
            and not (is_subtitle(lines[k].text) and GAP not in lines[k].text) and not head_with_folio(lines[k]) \
            and (labelled or notice_over or _display_over_marked_authors(lines, k, layout)
                 or title_phrase_over_text(lines, k)  # ``The Office of the Future`` over its essay's prose
                 # ``Cruise Calls and Town Centre Crowding`` over its author and the author's own affiliation
                 or _kind_word_title_over_author(lines, k)
                 # a museum's or a reserve's name over its guide's kind alone (``Harbour Town Museum`` / ``Visitor
                 # Guide``): the guide's title (:func:`guide_kind`)
                 or (k + 1 < n and guide_kind(lines[k + 1].text) and not is_person_name(lines[k].text))
                 # a body's name over its periodical's kind and issue (``Millbrook Gardening Society`` /
                 # ``Newsletter, Summer 2026``): the periodical's title, the issue line front (helper fix69b)
                 or (k + 1 < n and periodical_issue(lines[k + 1].text) and not is_person_name(lines[k].text))
                 or (_names_no_one(lines[k].text)
                              and not vouched_names(lines[k].text, lines[k + 1].text if k + 1 < n else None)
                              # authors each closing on a mark (``Jana Voß¹ Dr.-Ing. Herbert Voß²`` over ``¹BTO
                              # ²ZEDAT``; ``Okafor1, … Ito1`` over ``1Department …``): the authors' line, no title
                              and not marked_names(lines[k].text, lines[k + 1].text if k + 1 < n else None))):
        title = _larger_title_under(lines, k, layout)
        k = title + 1
        r.cues.append("title")
        while k < n and (k - title < MAX_TITLE_LINES or capitals_go_on(lines[k - 1].text, lines[k].text)) \
                and k - title < MAX_CAPITALS_LINES \
                and (layout is None or layout.same_box(lines[k - 1], lines[k]) or _spaced_capitals(lines, k, layout)
                     # no title ends on a colon: the line after it, a box apart, is its subtitle's (fresh-user
                     # trial 74e's paper, ``…English Cities:`` / blank / ``Evidence from Derby and Leicester``)
                     or goes_on_after_colon(lines[k - 1].text, lines[k].text)) \
                and not _set_smaller(layout, lines[title], lines[k]) \
                and not _gapped_authors(lines, k) and not maker_line(lines[k].text) and not author_label(lines[k].text) \
                and transcript_head(lines[k].text) is None \
                and not marked_names(lines[k].text, lines[k + 1].text if k + 1 < n else None) \
                and not ((_unsized(layout, lines[title], lines[k]) or kind_alone(lines[k].text))
                         and kind_subtitle(lines[k - 1], lines[k])) \
                and lines[k].text.strip() != lines[k - 1].text.strip() \
                and not (k == title + 1 and _strapline_over(lines[title].text, lines[k].text)) \
                and not (k == title + 1 and guide_kind(lines[k].text)) and not periodical_issue(lines[k].text) \
                and (title_goes_on(lines[k - 1].text, lines[k].text) or _same_headline(lines, title, k, layout)
                     or capitals_go_on(lines[k - 1].text, lines[k].text) or faces_go_on(lines, k, layout)
                     or (script_of(lines[k - 1].text) == JA and is_report_stage(lines[k].text))):
            k += 1
        # (a line that repeats the one over it exactly carries no title on: the copy a text dump keeps of a shadowed
        # line, docs/clean.md "A whole line repeated"; issue 16 point 3, the news story's headline had been read twice)
        r.title, r.title_end = title, (k if k > title + 1 else None)
        if script_of(lines[k - 1].text) == EN and (ends_on_connective_word(lines[k - 1].text)
                                                   or _sentence_wrapped(lines, k, layout)):
            # a sentence that goes on (``This is to certify that I have examined this copy of a dissertation by``
            # over the author's name on a thesis's approval page): no title ends on ``by``, ``of``, ``the``, nor
            # mid-sentence over the sentence's rest (``Notice is hereby given that … will be`` / ``held at …``)
            r.title, r.title_end, k = None, None, title
            r.cues.remove("title")
        elif r.title_end is None and k < n and is_report_kind(lines[k].text) and not labelled \
                and (k + 1 >= n or not is_title_start(lines[k + 1].text)):
            report, r.title = k, None  # a name over its periodic report's kind and no title under it: the kind is
            r.cues.remove("title")  # the title, the name front (below)
        elif r.title_end is None and k < n and not labelled and _strapline_over(lines[title].text, lines[k].text):
            # a slogan over the report's naming line (``Building a resilient future together`` / ``Annual Report
            # 2024`` / the issuer): the naming line is the title, the slogan front (below), whatever stands under it
            # (the issuer's name by its words is no organisation as often as not: ``Riverside Water Services``)
            report, r.title = k, None
            r.cues.remove("title")
    if r.title is None and report is not None:
        # a periodic report's cover (``Harbury Valley Beekeepers' Society`` / ``Annual Report 2025`` / ``Registered
        # Charity No. 1098234``): with no title of its own over or under it, the report's kind and year is its title
        # (decision, trial 28: the registration line had been the title); the organisation's name stays front
        r.title, r.title_end, k = report, None, max(k, report + 1)
        r.cues.append("title")
    r.k = k


MIN_BODY_HEADINGS = 2
"""Headings of the shape :func:`_heads_report_body` reads (a short phrase right over prose) the text holds at least,
the line weighed included, for that line to head the report's body: the shape proven elsewhere in the document."""


def _heads_report_body(lines: list[Text], i: int) -> bool:
    """``lines[i]``, right under a periodic report's kind (``Annual Report 2024–25``), heads the report's first part, no
    title of the report's own: a short English phrase in title case (:func:`~.sections.short_phrase`, no name, no
    organisation, no date) right over prose (:func:`is_prose`), and the text heads :data:`MIN_BODY_HEADINGS` parts or
    more so (``Financial Summary`` over ``The table below summarises …``, ``Looking Ahead`` over ``In the coming year
    …``). Why (issue 16 point 2, fresh-user trial 72, helper deck72): an annual report's ``Chair's Statement`` had been
    its title, the statement front; a theme under the kind over no prose (``Growing Together`` over a registration
    line, trial 28) stays the report's title.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> prose = "This has been a year of steady progress for the Trust, and we thank our tenants for it."
    >>> ls = mk("Annual Report 2025", "Chair's Statement", prose, "Looking Ahead", prose)
    >>> _heads_report_body(ls, 1), _heads_report_body(ls[:3], 1)
    (True, False)
    >>> _heads_report_body(mk("Annual Report 2025", "Growing Together", "Registered Charity No. 1098234", "Looking Ahead", prose), 1)
    False
    """
    from pipeline.segment.sections import short_phrase

    def heading(k: int) -> bool:
        s = lines[k].text.strip()
        return k + 1 < len(lines) and script_of(s) == EN and short_phrase(s) and is_title_line(s) \
            and (title_cased(s) or _sentence_case_heading(lines, k)) \
            and not is_person_name(s) and not is_organisation(s) and not is_date_line(s) \
            and is_prose(lines[k + 1].text.strip())

    return 0 <= i < len(lines) and heading(i) and sum(1 for k in range(i, len(lines)) if heading(k)) >= MIN_BODY_HEADINGS


MAX_SENTENCE_CASE_HEADING_WORDS = 6
"""Words a heading in sentence case (``Foreword from our Chair``, ``Looking ahead``) holds at most: a report's part's
name is a few words; a sentence's wrapped line as short is its last, and ends on its stop."""


def _sentence_case_heading(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a heading in sentence case by its place (:func:`_heads_report_body`): a capital first, a few
    words (:data:`MAX_SENTENCE_CASE_HEADING_WORDS`), no stop of its own, the line over it ending a sentence or being
    the document's kind, a table's row or another such line (not a wrapped sentence's line), and the line under it
    opening on a capital. Why (issue 16 point 2, fresh-user trial 72d, helper rev72): a charity's annual review set
    its parts' headings in sentence case (``Foreword from our Chair``, ``Looking ahead``), so the foreword's heading
    had been the review's title. A wrapped sentence's short line (``Mill Lane and relied on`` over ``a handful …``)
    opens no capital line under it, or follows a line that does not end a sentence.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Annual Review 2025", "Foreword from our Chair", "When I joined the board we ran one food bank.", "Looking ahead", "In 2026 we will open a second point.")
    >>> _sentence_case_heading(ls, 1), _sentence_case_heading(ls, 3)
    (True, True)
    >>> ls = mk("We ran one food bank from a church hall on", "Mill Lane and relied", "On Mondays we opened.")
    >>> _sentence_case_heading(ls, 1)
    False
    """
    s = lines[k].text.strip()
    words = s.split()
    if not (s[:1].isupper() and 1 <= len(words) <= MAX_SENTENCE_CASE_HEADING_WORDS and s[-1:].isalpha()
            and 0 < k < len(lines) - 1 and lines[k + 1].text.strip()[:1].isupper()):
        return False
    over = lines[k - 1].text.strip()
    return _ends_sentence(over) or "\t" in lines[k - 1].text or is_document_kind(over)


def _ends_sentence(text: str) -> bool:
    """An English line that ends on a sentence's stop (``.``, ``!``, ``?``, a closing quote after one)."""
    return text.rstrip("\"'’”)").endswith((".", "!", "?"))


def _kind_word_title_over_author(lines: list[Text], k: int) -> bool:
    """``lines[k]`` holds an organisation's kind's word inside a phrase (:func:`~.organisations.is_organisation` by its
    words, ``Centre``, ``Port``, ``School``, ``Council``, but no name's shape: neither led nor ended by the kind,
    :func:`~.organisations.organisation_line`), and stands where a title stands: right over one person's name (or a
    line of authors) whose own affiliation is the line right under that name. An organisation's line over a person
    names that person's affiliation, so the person has no second one under the name: where one stands there, the line
    over the name is the title.

    Why (issue 16 point 1, helper deck71; fresh-user trial 70b's ``in_fix70c/o01_cruise_calls_title.txt``): the fourth
    paper of a session, ``Cruise Calls and Town Centre Crowding`` / ``Laura Grech`` / ``Department of Geography,
    University of Malta, Malta``, had its title read as a first speaker line (``Town Centre Crowding``: an
    organisation's word and a noun after it), so no title, and the paper ran on inside the paper before it. It does
    NOT touch a line in a name's shape (``Centre for Coastal Research`` / ``Elena Rossi`` / …, ``Riverside Primary
    School`` over a person), nor such a line over a name with no affiliation of its own under it.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Cruise Calls and Town Centre Crowding", "Laura Grech", "Department of Geography, University of Malta")
    >>> _kind_word_title_over_author(ls, 0)
    True
    >>> ls = mk("Centre for Coastal Research", "Laura Grech", "Department of Geography, University of Malta")
    >>> _kind_word_title_over_author(ls, 0), _kind_word_title_over_author(mk("Cruise Calls and Town Centre Crowding", "Laura Grech"), 0)
    (False, False)

    A Japanese line reads as a title's phrase so where a verb or a particle other than の stands in it
    (:func:`_clause_before_kind_ja`: ``みんなでつくる図書館`` over ``山田 花子`` / ``港北市立中央図書館``); a name
    (``港北市立中央図書館``, ``港北市の図書館``) holds none.

    >>> _kind_word_title_over_author(mk("みんなでつくる図書館", "山田 花子", "港北市立中央図書館"), 0)
    True
    >>> _kind_word_title_over_author(mk("港北市立中央図書館", "山田 花子", "みなと大学 地域学部"), 0)
    False
    """
    if k + 2 >= len(lines):
        return False
    line, name, under = (lines[j].text.strip() for j in (k, k + 1, k + 2))
    english = script_of(line) == EN
    if not is_organisation(line) or is_person_name(line) or speaker_split(line) is not None \
            or (organisation_line(line) if english else not _clause_before_kind_ja(line)):
        return False
    return (is_person_name(name) or names_people(name)) and not is_organisation(name) \
        and (is_organisation(under) or organisation_line(under) or post_and_organisation(under))


_CLAUSE_POS = frozenset({"動詞", "助動詞", "形容詞"})


def _clause_before_kind_ja(text: str) -> bool:
    """A Japanese line holding a verb, an auxiliary, an adjective or a particle other than の (Sudachi's first part of
    speech): a clause's words (``みんなでつくる図書館``, ``地域とともに歩む学校``), which an organisation's name sets
    none of (``港北市立中央図書館``, ``港北市の図書館``, ``NPO法人まちづくりの会``)."""
    from pipeline.sudachi import name_tokenizer

    for m in name_tokenizer().tokenize(text.replace("\u3000", " ").strip()):
        pos = m.part_of_speech()[0]
        if pos in _CLAUSE_POS or (pos == "助詞" and m.surface() != "の"):
            return True
    return False


MAX_STRAPLINE = 40
"""Characters a strapline (:func:`_strapline_over`) has at most."""
_KIND_WORD_JA = re.compile(r"報告|計画|白書|年報|要覧|レポート|論文|要旨")


def _strapline_over(text: str, following: str) -> bool:
    """``text`` is a report's strapline over its naming line ``following``: a short slogan (:data:`MAX_STRAPLINE`
    characters at most) that names no kind of document and holds no year, no organisation's name, over a line naming
    the document's kind with its year (:func:`~.events.dated_kind`: ``Building a resilient future together`` /
    ``Annual Report 2024``, ``未来へつなぐ、まちづくり`` / ``令和5年度 事業報告書``). The naming line is the title, the
    slogan front (decision, helper abstract62, fresh-user trial 61d: the slogan had been the title). A title under
    the kind (``Annual Report 2025`` / ``Growing Together``) stays the title (tests/test_segment_reports.py).

    >>> _strapline_over("Building a resilient future together", "Annual Report 2024")
    True
    >>> _strapline_over("Flood Risk in Coastal Towns", "Technical Report"), _strapline_over("Harbour Review 2023", "Annual Report 2024")
    (False, False)
    >>> _strapline_over("Ferncliff Rowing Club", "Annual Report 2024"), _strapline_over("ともに支え合う地域へ", "2024年度 地域福祉活動計画")
    (False, True)
    """
    s = text.strip()
    return 0 < len(s) <= MAX_STRAPLINE and dated_kind(following) and not dated_kind(s) \
        and not re.search(r"[0-9０-９]", s) and WORK_KIND.search(s) is None and _KIND_WORD_JA.search(s) is None \
        and not is_document_kind(s) and not is_organisation(s) and not organisation_line(s) and not is_person_name(s)


def _sentence_wrapped(lines: list[Text], k: int, layout: "Layout | None") -> bool:
    """The English line ``lines[k - 1]``, a title's last by the reading so far, is half a sentence wrapped onto the
    next line: it reads as running text (:func:`is_prose`: no title case, or too long for a title), ends no sentence,
    and the line under it, in its text box, carries the sentence on in small letters to its end (a notice's
    ``Notice is hereby given that the Ordinary Meeting of the Council will be`` / ``held at the Village Hall, …
    7.30pm.``: decision, issue 16, fresh-user trial 61, where that half sentence had been the agenda's title and the
    first paragraph opened on ``held at``). A title wrapped in small words (``Measuring Visitor Flows in Historic
    and`` / ``coastal harbour districts``) is title-cased, no running text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Notice is hereby given that the Ordinary Meeting of the Council will be",
    ...         "held at the Village Hall, Church Lane, on Tuesday 11 March 2025 at 7.30pm.")
    >>> _sentence_wrapped(ls, 1, None), _sentence_wrapped(mk("Cargo Bikes in Mid-Sized Cities", "held at noon."), 1, None)
    (True, False)
    """
    if k >= len(lines):
        return False
    line, under = lines[k - 1].text.strip(), lines[k].text.strip()
    return is_prose(line) and not line.endswith((".", "!", "?", ":", ";")) and under[:1].islower() \
        and under.endswith((".", "!", "?")) and (layout is None or layout.same_box(lines[k - 1], lines[k]))


def _set_larger(layout: "Layout | None", title: Text, line: Text) -> bool:
    """In a PDF, ``line`` is set clearly larger than ``title`` (more than :data:`LARGER_TITLE` times its size): no
    line under a title that is its subtitle."""
    big, here = (layout.size(title), layout.size(line)) if layout is not None else (None, None)
    return bool(big and here and here > LARGER_TITLE * big)


def _size_ladder(layout: "Layout", lines: list[Text]) -> bool:
    """In a PDF, each of ``lines`` (two at least) is set smaller than the one over it: a title block's ladder (a
    manual's name at 17.2 pt, its subtitle at 15.9 pt, its author at 11 pt), whatever white parts them."""
    sizes = [layout.size(t) for t in lines]
    return len(sizes) >= 2 and all(sizes) and all(a > b for a, b in zip(sizes, sizes[1:]))  # type: ignore[operator]


def _unsized(layout: "Layout | None", *lines: Text) -> bool:
    """No size is known for one of ``lines`` (a text dump): the words, not the sizes, tell a title from its subtitle."""
    return layout is None or not all(layout.size(t) for t in lines)


LARGER_TITLE = 1.15
"""A title line this many times the size of the line read as the title right over it is the cover's title."""
LARGER_TITLE_LINES = 3
"""Lines under the line read as a title a title set larger is looked for on (:func:`_larger_title_under`)."""


def _larger_title_under(lines: list[Text], k: int, layout: "Layout | None") -> int:
    """In a PDF, ``k`` (the line read as the title), or the title line set larger right under it: a cover's display
    title under its authors' line, where the names read as no one's (fbithesis' cover, real-PDF trial 51: ``Andre
    Dierker Nobody Else`` at 14.3 pt over ``Example file for the`` / ``fbithesis package`` at 17.2 pt had become the
    title). The larger line stands within :data:`LARGER_TITLE_LINES` lines on the same page, set at
    :data:`LARGER_TITLE` times the size or more, shaped as a title naming no one; the line read first opens on no
    number and has no small word (a byline's shape, ``Mika Tanabe Jon Berg``): a title in sentence case, or with
    its ``of`` and ``the``, keeps its place whatever is set under it. A text dump has no sizes: ``k`` stays."""
    size = layout.size(lines[k]) if layout is not None and layout.boxed(lines[k]) else None
    words = lines[k].text.split()
    if not size or not words or len(words) > 6 or not all(w[:1].isupper() for w in words):
        return k
    for j in range(k + 1, min(len(lines), k + 1 + LARGER_TITLE_LINES)):
        text = lines[j].text
        if layout.page(lines[j]) != layout.page(lines[k]) or "\t" in text or explicit_number(text.strip()) is not None:
            return k
        here = layout.size(lines[j])
        if here and here >= LARGER_TITLE * size and is_title_start(text) and _names_no_one(text) \
                and not _names_organisation(text):
            return j
    return k


def _gapped_authors(lines: list[Text], k: int) -> bool:
    """``lines[k]``, under a title line, is its authors' line with a lost glyph in a name, as the speaker's search
    reads it with the line under it (:func:`~.names.author_line`: ``Kwame Asante, Mar�a Lindqvist`` over its
    department), unless the line above stops on a connective (``… of``: the title's own words). A name whole stops
    the title by :func:`title_goes_on` (:func:`~.names.is_person_name`, :func:`~.names.names_people`), which never
    reads one through a lost glyph: trial 44's second paper ran its title on over its authors, and into the first.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Drift Compensation in Low-Cost Nitrate Sensors", "Kwame Asante, Mar\ufffda Lindqvist", "Aarhus University")
    >>> _gapped_authors(ls, 1), _gapped_authors(mk("A Survey of the Work of", "Mar\ufffda Lindqvist", "Aarhus University"), 1)
    (True, False)
    """
    text = lines[k].text
    return GAP in text and not ends_on_connective_word(lines[k - 1].text) \
        and author_line(text, lines[k + 1].text if k + 1 < len(lines) else None)


_FULL_DATE_JA = re.compile(r"[0-9]{4}年[0-9]{1,2}月")
"""A Western year and month among a line's parts (``2025年4月1日発行``), asked as
:func:`~pipeline.segment.labels.date_digits` reads the line (``二〇二五年四月一日発行`` too: helper date66b)."""


def _dated(text: str) -> bool:
    """A line that gives an issue or a date among its parts (``第12号　2025年4月1日発行　かわせみ町公民館``, a newsletter's
    dateline): front matter under a title, never its subtitle.

    >>> _dated("第12号　2025年4月1日発行　かわせみ町公民館"), _dated("Issue 12 · Spring 2026"), _dated("Field Trial Report, Winter 2024–2025")
    (True, True, False)
    """
    parts = [p for p in re.split(r"[\s\u3000·|]+", text.strip()) if p]
    return bool(_FULL_DATE_JA.search(date_digits(text))) or is_edition_line(text) or any(is_edition_line(p) for p in parts)


MAX_KIND_WORDS = 3
"""Words a document's kind alone on its line has at most (``Term Report``, ``Final Project Report``)."""


def kind_alone(text: str) -> bool:
    """``text`` is a document's kind alone on its line, no subject of its own: an English phrase of at most
    :data:`MAX_KIND_WORDS` capitalised words ending on a kind of work (:data:`~.labels.WORK_KIND`: ``Term Report``,
    ``Final Report``, ``Research Paper``), no digit. In a PDF it is set as its own line under the title, though in the
    title's face and size (hgb-termreport: ``CS799 Ridiculously Advanced Systems`` / ``Term Report``, both 17.2 pt:
    trial 76c, where the kind had been glued into the title): the title's wrap stops on it, as a text dump's does
    (:func:`kind_subtitle`). A wrapped title's rest names its subject besides (``Tidal Estuaries Report`` is three
    words but no kind alone: it ends on one, so this still reads it; :func:`kind_subtitle` asks that the title over it
    be a whole phrase).

    >>> kind_alone("Term Report"), kind_alone("Final Project Report"), kind_alone("Research Paper")
    (True, True, True)
    >>> kind_alone("Annual Report 2025"), kind_alone("Report on the Harbour Survey"), kind_alone("and its Annual Report")
    (False, False, False)
    """
    words = text.split()
    return 0 < len(words) <= MAX_KIND_WORDS and all(w[:1].isupper() for w in words) \
        and not re.search(r"[0-9]", text) and WORK_KIND.fullmatch(words[-1]) is not None


def kind_subtitle(title: Text, line: Text) -> bool:
    """In a text dump (no sizes), ``line`` right under the title line ``title`` is the title's subtitle, never its
    wrapped rest: an English title phrase whose opening phrase names a kind of work (:data:`~.labels.WORK_KIND`:
    ``Summary Report``, ``Final Report``, ``Interim Findings``, ``Pilot Deployment Report, Winter 2023–2024``), no date
    or issue, under a title line that is a whole phrase (:func:`under_cover_title` reads it ``"subtitle"``: the title
    stops on no connective, comma, hyphen or modifier). The one rule :func:`_read_title` stops a title's wrap on and
    :func:`_read_subtitle` reads the subtitle by (decision, issue 16, helper chap60: ``Regional Workshop on Urban Flood
    Resilience`` / ``Summary Report`` had been one title, a first line of 40 characters or more being read as wrapped).

    >>> mk = lambda s: Text.from_raw(s, 1)
    >>> kind_subtitle(mk("Regional Workshop on Urban Flood Resilience"), mk("Summary Report"))
    True
    >>> kind_subtitle(mk("A Study of Sediment Transport in"), mk("Tidal Estuaries Report"))  # stops on a connective
    False
    >>> kind_subtitle(mk("Harbour Crane Vibration Monitoring"), mk("Tidal Estuaries")), kind_subtitle(mk("Harbour News"), mk("Issue 12 Report, March 2026"))
    (False, False)
    """
    text = line.text
    return script_of(text) == EN and (bool(WORK_KIND.search(re.split(r"[,:;–—]", text)[0])) and not _dated(text)
                                      or capitals_over_subtitle(title.text, text)) \
        and under_cover_title(title, line) == "subtitle"


INSTRUMENT_KINDS = ("Agreement", "Lease", "Contract", "Declaration", "Deed", "Statement", "Form", "Licence", "License",
                    "Affidavit", "Certificate", "Undertaking", "Consent", "Will", "Indenture", "Mandate", "Bond")
"""English nouns that name a legal or formal instrument a title may end on (``ASSURED SHORTHOLD TENANCY AGREEMENT``,
``STATUTORY DECLARATION``, ``Witness Statement``, ``Consent Form``): the short line right under such a title says
what the instrument is for or of, its subtitle (:func:`instrument_subtitle`)."""
_INSTRUMENT_END = re.compile(r"\b(?:" + "|".join(INSTRUMENT_KINDS) + r")$", re.IGNORECASE)
MAX_INSTRUMENT_SUBTITLE_WORDS = 8
"""Words an instrument's subtitle holds at most (``for letting a furnished dwelling house``, ``Statement of Main Terms
and Conditions``): a longer line under the title is its recital (``This agreement is made on …``)."""
_SUBTITLE_OPENER = re.compile(r"^(?:for|of|on|under|in|relating to|concerning|between|to|by|with|made under)\s+[a-z]")


def _short_plain_phrase(s: str) -> bool:
    """``s`` (English, spaces closed up) is a phrase of :data:`MAX_INSTRUMENT_SUBTITLE_WORDS` words at most, no
    sentence, field (a colon), date, number opening it, address, organisation, byline or section name: what a
    subtitle under a title may be (:func:`instrument_subtitle`, :func:`work_subtitle`)."""
    words = s.split()
    return 0 < len(words) <= MAX_INSTRUMENT_SUBTITLE_WORDS and s[-1:] not in ".:;!?" and ":" not in s \
        and not _dated(s) and not re.match(r"^\(?[0-9]", s) and not is_date_line(s) and not is_address_line(s) \
        and not is_organisation(s) and not organisation_line(s) and not byline(s) and not is_section_name(s)


_WORK_END = re.compile(r"\b(?:" + "|".join(WORK_KINDS) + r")s?$")
"""A title ending on a kind of work (:data:`~.labels.WORK_KINDS`: ``Harbour Museum Audio Guide``, ``Visitor
Handbook``)."""
_WHAT_FOR = re.compile(r"^[A-Z][a-z]+s?\s+(?:for|of|on|about)\s+(?:the\s+|a\s+|an\s+|our\s+)?[a-zA-Z]")
"""A phrase naming what the text is and what for (``Script for the English tour``, ``Notes on the Walk``)."""


def work_subtitle(title: str, text: str) -> bool:
    """In a text dump (no sizes), ``text`` right under the one-line title ``title`` that ends on a kind of work
    (:data:`_WORK_END`: ``Harbour Museum Audio Guide``) is its subtitle where it names what the text is and what for
    (:data:`_WHAT_FOR`: ``Script for the English tour``, ``Notes for the family trail``), a short plain phrase
    (:func:`_short_plain_phrase`), no prose. Why (issue 16 point 2, helper enrep85; docs/limits.md *Session 84,
    en84*: an audio guide had been titled by its second line, its name front).

    >>> work_subtitle("Harbour Museum Audio Guide", "Script for the English tour")
    True
    >>> work_subtitle("Occasional Papers in Local History", "The Turnpike Roads of North Wiltshire")  # a series over a title
    False
    >>> work_subtitle("Harbour Museum Audio Guide", "Welcome to the museum.")
    False
    >>> work_subtitle("Harbour Car Park Review", "Report of the Director of Place, Anna Berg")  # a byline: its author
    False
    """
    t, s = " ".join(title.split()), " ".join(text.split())
    # a phrase closing on a person's name after a comma is a byline (``Report of the Head of Transport, Tom Ellis``:
    # tests/test_segment_title_en53.py), whoever it credits
    if "," in s and is_person_name(s.rsplit(",", 1)[1].strip()):
        return False
    return script_of(s) == EN and _WORK_END.search(t.rstrip(" .:")) is not None and _WHAT_FOR.match(s) is not None \
        and _short_plain_phrase(s) and not is_prose(s)


def instrument_subtitle(title: str, text: str) -> bool:
    """In a text dump (no sizes), ``text`` right under the one-line title ``title`` of a legal or formal instrument
    (a title ending on :data:`INSTRUMENT_KINDS`) is the title's subtitle: a phrase of at most
    :data:`MAX_INSTRUMENT_SUBTITLE_WORDS` words, going on from the title in small letters (``for letting a furnished
    dwelling house``, ``of lost title deeds``) or a title phrase of three words or more (``Assured Shorthold
    Tenancy``); never a sentence, a field (a colon), a date, a name, an organisation, an address or a heading.

    Decision (issue 16 point 4, fresh-user trial 77d; helper foot78): the tenancy agreement's ``for letting a
    furnished dwelling house`` had been front matter, the statutory declaration's ``of lost title deeds`` a section's
    heading: the kind in the title (and, under it, the case the line opens in) is the evidence a dump keeps of the
    cover's title block; the subtitle goes to ``subtitle.en`` (docs/talk-json.md), its line no longer front.

    >>> instrument_subtitle("ASSURED SHORTHOLD TENANCY AGREEMENT", "for letting a furnished dwelling house")
    True
    >>> instrument_subtitle("TENANCY AGREEMENT", "Assured Shorthold Tenancy"), instrument_subtitle("STATUTORY DECLARATION", "of lost title deeds")
    (True, True)
    >>> [instrument_subtitle("TENANCY AGREEMENT", s) for s in ("This agreement is made on 3 March 2025.", "The Parties",
    ...  "Date: 3 March 2025", "Hartley & Venn Lettings Ltd", "1. Definitions", "Rafael Ondrejka")]
    [False, False, False, False, False, False]
    >>> instrument_subtitle("WITNESS STATEMENT", "Harriet Anne Mossop")  # the witness's name
    False
    >>> instrument_subtitle("Harbour Crane Vibration Monitoring", "for the port's cranes")  # no instrument
    False
    """
    t, s = " ".join(title.split()), " ".join(text.split())
    if script_of(s) != EN or _INSTRUMENT_END.search(t.rstrip(" .:")) is None or not _short_plain_phrase(s):
        return False
    words = s.split()
    if _SUBTITLE_OPENER.match(s):
        return True
    # a title phrase in capitals reads as a person's name as often (``Assured Shorthold Tenancy``): a word of the
    # title it repeats (``Tenancy``) vouches for the phrase, as no party's or witness's name under the title does
    shared = {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", t)} & {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", s)}
    return len(words) >= 3 and s[:1].isupper() and is_title_line(s) and not is_prose(s) \
        and (not is_person_name(s) or bool(shared))


def capitals_over_subtitle(title: str, text: str) -> bool:
    """A title set in capitals over an English title phrase in upper and lower case, right under it in its box (no
    blank line between): the phrase is the subtitle, the change of case the dump's only trace of the title's larger
    face (an exhibition's, a book's or a report's cover: ``LIGHT ON THE WATER`` / ``Painters of the Suffolk Coast,
    1880–1930``; helper shapes76, fresh-user trial 76, where it had been front). A period's years may close it. Not
    a name, an organisation, an address, an event, a date or a sentence (the authors', the issuer's or the venue's
    line under a title in capitals), nor a line in capitals itself (the title wrapped).

    >>> capitals_over_subtitle("LIGHT ON THE WATER", "Painters of the Suffolk Coast, 1880–1930")
    True
    >>> [capitals_over_subtitle("LIGHT ON THE WATER", s) for s in ("Eleanor Whitfield", "3 May – 28 September 2025",
    ...  "Department of Fine Art, University of Leeds", "ON THE SUFFOLK COAST", "The rooms are open daily.")]
    [False, False, False, False, False]
    >>> capitals_over_subtitle("Light on the Water", "Painters of the Suffolk Coast")
    False
    """
    letters = [c for c in title if c.isalpha()]
    if len(title.split()) < 2 or not letters or not all(c.isupper() for c in letters) \
            or not any(c.islower() for c in text) or not text[:1].isupper() or _MASTHEAD_END.search(title.strip()):
        return False
    s = text.strip()
    if re.search(r"[0-9]", _CLOSING_YEARS.sub("", s)):
        return False  # a model's, an issue's or a field's number (``Model BH-T220``, ``Issue 214``): no subtitle's
    return is_title_line(s) and not (is_person_name(s) or is_organisation(s) or organisation_line(s) or is_address_line(s)
                                     or is_event_line(s) or is_date_line(s) or is_prose(s) or is_document_kind(s)
                                     or byline(s) or ":" in s or masthead_descriptor(s) or periodical_issue(s))


_MASTHEAD_END = re.compile(r"\b(?:NEWS|NEWSLETTER|MAGAZINE|GAZETTE|BULLETIN|DIGEST|POST|TIMES|HERALD|COURIER|CHRONICLE"
                           r"|JOURNAL|REVIEW|RECORD|UPDATE|NOTICE|NOTE|MEMO|REPORT|MINUTES|AGENDA)$")
"""A title in capitals that names a periodical (``THE ASHCOMBE POST``, ``COASTAL WALKER MAGAZINE``) or a notice's kind
(``URGENT PRODUCT RECALL NOTICE``, ``SITE INSPECTION NOTE``): the line under it is its tagline, a column's name or the
notice's subject, no subtitle (:func:`capitals_over_subtitle`; helper shapes76's segment regression)."""
_CLOSING_YEARS = re.compile(r"[,\s]*\(?(?:1[5-9]|20)[0-9]{2}(?:\s?[–\-]\s?(?:(?:1[5-9]|20)[0-9]{2}|[0-9]{2}))?\)?$")
"""A period's years closing a subtitle (``, 1880–1930``, ``(1890–1914)``, ``1888``)."""


def _read_subtitle(r: _Reading) -> None:
    """A wave-dashed subtitle under the title, and the title in English set right under it.

    Without dashes, a line right under the title in its text box (no blank line between, in a dump) that
    :func:`under_cover_title` reads as its subtitle (a PDF: set under :data:`SUBTITLE_SIZE` of the title's size; a
    dump: an English title phrase under a title that ends on a whole phrase, no name, organisation, date or sentence,
    its opening phrase naming a kind of work, :data:`~.labels.WORK_KIND`):
    ``Harbour Crane Vibration Monitoring`` / ``Pilot Deployment Report, Winter 2023–2024`` (issue 16: a report's
    subtitle went to ``front``). A Japanese line only where a PDF's sizes say so: a dump's Japanese line under the
    title is as often the speaker's organisation or a phrase of the title.
    """
    if r.title is None:
        return
    lines, n, layout = r.lines, r.n, r.layout
    if r.k < n and (maker_line(lines[r.k].text) or capitals_byline(lines[r.k].text)) and not is_subtitle(lines[r.k].text):
        # the team that wrote it (``zoo Development Team`` under ``zoo Design``) or its authors in capitals (R News:
        # ``TORSTEN HOTHORN, FRANK BRETZ, AND ALAN GENZ``) are its authors, no subtitle (real papers 71b)
        return
    if r.k < n and is_subtitle(lines[r.k].text):
        r.subtitle, r.k = r.k, r.k + 1
    elif r.k == r.title + 1 < n and _PACKAGE_VERSION.fullmatch(lines[r.title].text.strip()) is not None \
            and (layout is None or layout.same_box(lines[r.title], lines[r.k]) or _size_ladder(layout, lines[r.title:r.k + 2])) \
            and is_title_line(lines[r.k].text) \
            and not _set_larger(layout, lines[r.title], lines[r.k]):
        # a package's name and version over what the package does, in any language (``endnotesj.sty v3.0`` /
        # ``日本語論文用 後註生成マクロ``): its subtitle, the name its title (trial 76c: the subtitle had been the title)
        r.subtitle, r.k = r.k, r.k + 1
    elif r.k < n and layout is not None and (end := _bracketed_subtitle(lines, r.title, r.k, layout)):
        r.subtitle, r.subtitle_end, r.k = r.k, (end if end > r.k + 1 else None), end
    elif r.k < n and r.k - 1 >= r.title and (layout is None or layout.same_box(lines[r.k - 1], lines[r.k])):
        sized = layout is not None and bool(layout.size(lines[r.title])) and bool(layout.size(lines[r.k]))
        if (sized and not _dated(lines[r.k].text) and under_cover_title(lines[r.k - 1], lines[r.k], layout) == "subtitle") \
                or (sized and kind_alone(lines[r.k].text) and kind_subtitle(lines[r.k - 1], lines[r.k])) \
                or (not sized and (kind_subtitle(lines[r.k - 1], lines[r.k]) or _ja_subtitle_over_credit(r)
                                   or (r.k == r.title + 1 and (instrument_subtitle(lines[r.title].text, lines[r.k].text)
                                                           or work_subtitle(lines[r.title].text, lines[r.k].text)))
                                   or _dashed_subtitle_over_credit(r)
                                   or (r.k == r.title + 1 and _topic_under_body_report(lines[r.title].text, lines[r.k].text))
                                   or (summary_edition(lines[r.title].text, lines[r.k].text)
                                       # (over running text it heads the document's first part: ``計画の概要`` / ``本計画は、…``)
                                       and not (r.k + 1 < n and is_prose(lines[r.k + 1].text))))):
            r.subtitle, r.k = r.k, r.k + 1
    elif r.k < n and layout is not None and (end := _set_apart_subtitle(lines, r.title_end or r.title + 1, layout)):
        r.subtitle, r.subtitle_end, r.k = r.k, (end if end > r.k + 1 else None), end
    elif r.k < n and layout is not None and _dump_subtitle_apart(r):
        r.subtitle, r.k = r.k, r.k + 1
    if r.k + 2 < n and r.subtitle is not None and script_of(lines[r.subtitle].text) == JA \
            and script_of(lines[r.k + 1].text) == EN and is_subtitle(lines[r.k + 1].text) \
            and _translation_over_authors(replace(r, k=r.k + 1), lines[r.k]):
        # a Japanese paper's English title and its subtitle, between dashes, under its Japanese title and subtitle
        # and over its authors (``地方都市における…課題`` / ``―長野県上田市を事例として―`` / ``A STUDY ON …`` / ``- A case
        # study of Ueda City, Nagano -`` / ``小林 真理子＊1，…``): both titles kept, ja and en (trial 76)
        r.translation, r.subtitle_translation, r.k = r.k, r.k + 1, r.k + 2
        _quoted_subtitle(r)
        return
    if r.k < n and (((layout is None or layout.same_box(lines[r.k - 1], lines[r.k]))
                     and (is_title_translation(lines[r.title].text, lines[r.k].text)
                          or event_twins(lines[r.title].text, lines[r.k].text)))
                    or _translation_over_authors(r) or _glossed_translation_apart(r) or _paired_translation(r)):
        # (right over the authors' line, the English title may stand apart, a blank line over it: the authors vouch;
        # so do its words where they translate the title's)
        r.translation, r.k = r.k, r.k + 1
        while r.k < n and r.k - r.translation < MAX_TRANSLATION_LINES \
                and goes_on_after_colon(lines[r.k - 1].text, lines[r.k].text):
            r.k += 1  # the English title's subtitle after its colon, on a line of its own
        r.translation_end = r.k if r.k > r.translation + 1 else None
    _quoted_subtitle(r)


_SUMMARY_EDITION_JA = re.compile(r"^(?:(?P<kind>[^\s　の]{1,8})の)?(?:概要版?|要約版?|ダイジェスト版?|あらまし)$")
_SUMMARY_EDITION_EN = re.compile(r"^(?:(?:Executive|Plain[- ]English)\s+)?Summary(?:\s+(?:Version|Edition))?$", re.IGNORECASE)


def summary_edition(title: str, text: str) -> bool:
    """``text``, right under a document's title, says the document is the title's summary edition (``計画の概要``,
    ``概要版``, ``Executive Summary``): its subtitle, no title of its own; a kind it names (``計画``) is the title's
    own kind, one of its words. Why (issue 16 point 2, fresh-user trial 72d, helper rev72): a city plan's summary,
    ``第３次…環境基本計画（令和７年度～令和16年度）`` / ``計画の概要`` / its date / its office, had ``計画の概要`` for its
    title: the block read from the summary line named the office under it, the plan's own line none. A heading of a
    part (``事業の概要`` under a title naming no 事業) is none.

    >>> summary_edition("第3次浜名川市環境基本計画（令和7年度～令和16年度）", "計画の概要"), summary_edition("港湾計画", "概要版")
    (True, True)
    >>> summary_edition("Harbour Strategy 2030", "Executive Summary"), summary_edition("港湾計画", "事業の概要")
    (True, False)
    """
    s = " ".join(text.split())
    ja = _SUMMARY_EDITION_JA.match(s)
    if ja is not None:
        return ja.group("kind") is None or ja.group("kind") in title
    return _SUMMARY_EDITION_EN.match(s) is not None


def _quoted_subtitle(r: _Reading) -> None:
    """A Japanese title's subtitle set wholly in one pair of quotation marks (:func:`~.events.quoted_title`:
    ``「川とまちの未来を語ろう」`` under ``第18回 みなと川流域シンポジウム``) on the line right under the title or its English
    translation (a bilingual notice: ``松風市立美術館　企画展のお知らせ`` / ``Matsukaze City Art Museum — Special
    Exhibition`` / blank / ``「海をわたった陶磁器　―伊万里と世界―」`` / ``Porcelain Across the Sea: …``), a blank line
    allowed over it only under a translation; its English right under it (:func:`is_title_translation`) is the
    subtitle's translation. The marks are kept, as a ``～…～`` subtitle keeps its wave dashes.

    Decision (issue 16 point 2, fresh-user trial 72c, helper title72): such subtitles had stayed ``front``. Not read:
    a quoted line under a part's, a number's or a time's line (a programme's lecture, :mod:`.programme`), a
    speaker's line set in quotation marks (``「さくら市観光振興課長 山田 太郎」``), a quoted sentence (``「…」については、…``: no quoted line whole), a
    quoted line followed by a lecturer's line (a lecture's title: :func:`speaker_split`).
    """
    lines, n, k = r.lines, r.n, r.k
    if r.title is None or r.subtitle is not None or k >= n or script_of(lines[r.title].text) != JA \
            or not quoted_title(lines[k].text) or r.number is not None or r.number_line is not None:
        return
    above = k - 1
    if r.translation is None and r.layout is not None and not r.layout.same_box(lines[above], lines[k]):
        return
    inside = lines[k].text.strip(" \u3000\t")[1:-1].strip(" \u3000")
    if speaker_split(inside) is not None or is_person_name(inside) or is_organisation(inside) or names_people(inside):
        return  # a speaker's line set in brackets (``「さくら市観光振興課長 山田 太郎」``): the speaker, no subtitle
    if k + 1 < n and (speaker_split(lines[k + 1].text) is not None or is_person_name(lines[k + 1].text.strip())):
        return  # a quoted lecture's title over its lecturer, no subtitle
    r.subtitle, r.k = k, k + 1
    if r.k < n and script_of(lines[r.k].text) == EN and is_title_translation(lines[k].text, lines[r.k].text):
        r.subtitle_translation, r.k = r.k, r.k + 1


def _under_title_over_credit(r: _Reading) -> tuple[str, str, str] | None:
    """The title's text, the line at ``r.k`` right under the title (its last line) and the line under that (a credit),
    each stripped, where those lines stand so; else ``None``."""
    k = r.k
    if r.title is None or k + 1 >= r.n or k != (r.title_end or r.title + 1):
        return None
    return r.lines[r.title].text.strip(), r.lines[k].text.strip(), r.lines[k + 1].text.strip()


_DASH_JOIN = re.compile(r"^(?P<a>[^ \u3000―—－]+)[ \u3000]*[―—－][ \u3000]*(?P<b>[^ \u3000―—－]+)$")
"""A Japanese line of two phrases joined by one dash, spaced or not (``相続の基本 ― 遺言書をどう書くか``)."""


def _dashed_subtitle_over_credit(r: _Reading) -> bool:
    """In a text dump, the Japanese line at ``r.k`` right under a Japanese title (its box) is the title's subtitle
    where it joins two title phrases by one dash (:data:`_DASH_JOIN`: the theme and what it asks, ``相続の基本 ―
    遺言書をどう書くか``) and the speaker's credit stands right under it (:func:`speaker_split`: ``講師　弁護士　…``). The
    line must be no sentence, name, organisation, date or section's name, and neither phrase a number.

    Decision (issue 16 point 2, fresh-user trial 72c, helper title72): a lecture handout's second line had stayed
    ``front`` under the series' title (``市民公開講座「くらしと法律」第３回　配布資料``), which
    :func:`_ja_subtitle_over_credit` does not read (a series' number in the title; the spaces round the dash).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _dashed_subtitle_over_credit(_Reading(mk("市民講座　第３回", "相続の基本 ― 遺言書をどう書くか", "講師　弁護士　山田 花子"), 0, None, k=1, title=0))
    True
    >>> _dashed_subtitle_over_credit(_Reading(mk("市民講座　第３回", "相続の基本 ― 遺言書をどう書くか", "１．はじめに"), 0, None, k=1, title=0))
    False
    >>> _dashed_subtitle_over_credit(_Reading(mk("市民講座　第３回", "相続の基本について", "講師　弁護士　山田 花子"), 0, None, k=1, title=0))
    False
    """
    if (under := _under_title_over_credit(r)) is None:
        return False
    title, line, credit = under
    if script_of(title) != JA or script_of(line) != JA or (m := _DASH_JOIN.match(line)) is None:
        return False
    if any(explicit_number(part) is not None or not JA_LETTER_RE.search(part) for part in (m["a"], m["b"])):
        return False
    if not is_title_line(line) or is_prose(line) or is_person_name(line) or is_organisation(line) or _dated(line) \
            or is_date_line(line) or is_section_name(line) or speaker_split(line) is not None or line[-1:] in "。．、，":
        return False
    return speaker_split(credit) is not None and not is_person_name(credit)


def _ja_subtitle_over_credit(r: _Reading) -> bool:
    """In a text dump, the Japanese line at ``r.k`` right under a Japanese title (its box) is the title's subtitle where
    the block's credit stands right under it: an office credited alone (``やまなみ町 企画課``, what :func:`_read_office`
    takes) or the speaker's line naming an office and a person (``みどり市 河川課 山田 太郎``, :func:`speaker_split`).
    The line must read as a title phrase (:func:`is_title_line`), and neither line as a name, an organisation, an
    event's, a series' or a meeting's line, a date, a number, a section's name or a sentence (the checks of
    :func:`_ja_subtitle_apart`, digits allowed in the subtitle: ``中山間地域での３年間``). A title wrapped over two lines
    is read by :func:`_read_title` before this (``地方都市における公共交通の`` / ``再編と住民の移動``).

    Decision (issue 16 point 2, fresh-user trial 70, helper paper71; the strict xfail of ``tests/test_fix70a.py``):
    ``空き家バンクの運用について`` / ``移住相談との連携`` / ``やまなみ町 企画課`` had been titled by the subtitle (the
    block under the title, the subtitle and the office, outscored the title alone), the title ``front``; with the
    person on the office's line the title was right and the subtitle ``front``. An English subtitle is read by its
    kind of work (:func:`kind_subtitle`).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _ja_subtitle_over_credit(_Reading(mk("空き家バンクの運用について", "移住相談との連携", "やまなみ町 企画課"), 0, None, k=1, title=0))
    True
    >>> _ja_subtitle_over_credit(_Reading(mk("空き家バンクの運用について", "山田 太郎", "やまなみ町 企画課"), 0, None, k=1, title=0))
    False
    >>> _ja_subtitle_over_credit(_Reading(mk("空き家バンクの運用について", "移住相談との連携", "１．はじめに"), 0, None, k=1, title=0))
    False
    """
    lines, k = r.lines, r.k
    if (under := _under_title_over_credit(r)) is None:
        return False
    title, line, credit = under
    if script_of(title) != JA or script_of(line) != JA or script_of(credit) != JA:
        return False
    for text in (title, line):
        if _dated(text) or explicit_number(text) is not None or _JA_SERIES.search(text) or is_event_line(text) \
                or is_organisation(text) or is_municipality(text) or is_prose(text) or is_subtitle(text) \
                or is_section_name(text) or text[-1:] in "。．、，" or is_date_line(text):
            return False
    if not is_title_line(line) or is_person_name(line) or author_line(line, credit) or speaker_split(line) is not None \
            or re.search(r"[ \u3000]", line):
        # (a line spread by spaces is a label set wide, never a subtitle: a court decision's ``判　　決`` under its case
        # line is the title, helper fix67b)
        return False
    office = is_organisation(credit) and not author_line(credit, lines[k + 2].text if k + 2 < r.n else None) \
        and not is_client_line(credit) and not venue_line(credit) and form_field(credit) is None
    return office or (speaker_split(credit) is not None and not is_person_name(credit))


def _paired_translation(r: _Reading) -> bool:
    """The Japanese line at ``r.k``, right under an English title, is the title's translation where the block has
    given its city in both languages (``富山市`` / ``Toyama``: :func:`_pass_city_english`), so it gives each field once
    per language, the English first here: a title phrase (:func:`is_title_line`), no subtitle, speaker's line, name,
    organisation, event or date, as :func:`is_title_translation` asks, but its words need not gloss the title's
    (``Light Rail and a Compact City`` / ``路面電車とコンパクトなまちづくり``: EDICT glosses too few of them). Why
    (helper procs64c, a variant of fresh-user trial 64c): the Japanese title had become a slide's line."""
    if r.city_english is None or r.title is None or r.k >= r.n or r.k != (r.title_end or r.title + 1) \
            or r.subtitle is not None:
        return False
    title, line = r.text(r.title).strip(), r.text(r.k).strip()
    return (script_of(title) == EN and script_of(line) == JA and is_title_line(line) and not is_prose(line)
            and not is_subtitle(line) and speaker_split(line) is None and not is_organisation(line)
            and not organisation_line(line) and not is_person_name(line) and not names_people(line)
            and not is_event_line(line) and not is_date_line(line))


def _glossed_translation_apart(r: _Reading) -> bool:
    """The line at ``r.k``, right under the title's last line but set apart from it (a blank line between, in a dump;
    a PDF's own text box), is the title in the other language where its words translate the title's
    (:func:`glosses_title`: EDICT, two content words and two fifths of them at least) and it is read as a translation
    is (:func:`is_title_translation`: a title phrase, no sentence, name, organisation, event or date). Why (fresh-user
    trial 64): a bilingual notice set every line apart, its title too (``図書館休館のお知らせ`` / ``Notice of Library
    Closure``, 22 pt apart at 12 pt in the PDF, a blank line between in its dump, as between its body's lines), and
    the English title went to ``front`` (before, to the speaker: ``organisations._DOCUMENT_ABOUT``). A line apart
    that merely stands in the other language (a catchphrase, an English heading of the body) translates a word of the
    title at most and stays what it was."""
    lines, k = r.lines, r.k
    if r.title is None or k >= r.n or k != (r.title_end or r.title + 1) or r.subtitle is not None:
        return False
    title, line = lines[r.title].text.strip(), lines[k].text.strip()
    ja, en = (title, line) if script_of(title) == JA else (line, title)
    return script_of(ja) == JA and script_of(en) == EN and glosses_title(ja, en) and is_title_translation(title, line)


def goes_on_after_colon(line: str, following: str) -> bool:
    """``following`` carries on the English title ``line`` that stops on a colon: its subtitle in title case on a
    line of its own (``A Study on the Reorganization of Local Public Transport:`` / ``Case Studies of
    Demand-Responsive Transit``), no sentence, author's line or organisation. The whole is the title, as a title
    block's wrapped title is read whole (fresh-user trial 61d: the line after the colon had been ``title.en`` alone).

    >>> goes_on_after_colon("Shopping Support in Hilly Areas:", "Lessons from Mobile Grocery Services in Shimane")
    True
    >>> goes_on_after_colon("Shopping Support in Hilly Areas", "Lessons from Mobile Grocery Services in Shimane")
    False
    >>> goes_on_after_colon("Shopping Support:", "Hanako Sato (Shimane University)"), goes_on_after_colon("Notes:", "The study covers three ports.")
    (False, False)
    """
    a, b = line.strip(), following.strip()
    return a.endswith((":", "：")) and script_of(a) == EN and script_of(b) == EN and not JA_LETTER_RE.search(b) \
        and is_title_case(b) and is_title_line(b) and not is_prose(b) and not b.endswith(".") \
        and not author_line(b) and not is_organisation(b)


def faces_go_on(lines: list[Text], k: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[k]`` carries on the title line over it that stops on a colon, in the other script and face
    at the title's size within :data:`~.measures.EDGE_FACE_SLACK` (jsclasses set the Japanese face at 0.924 of the
    Latin one: ieejtran's ``IEEJtran.bst:`` at 18.85 pt in CMTT over ``電気学会非公式BIBTEXスタイル`` at 17.43 pt in
    HaranoAji), the same page, a title's line (no sentence, author's line or person). Decision (issue 16, helper en76
    after pdf75's open limit, fresh-user trial 75c): the two sizes are one setting in two faces, and no title ends on
    a colon, so the title is both lines; before, the Japanese line alone was the title and ``IEEJtran.bst:`` front.
    :func:`goes_on_after_colon` reads the English subtitle after a colon in a text dump's title."""
    if layout is None or k < 1 or k >= len(lines):
        return False
    above, here = lines[k - 1], lines[k]
    a, b = above.text.strip(), here.text.strip()
    size, size_here = layout.size(above), layout.size(here)
    return a.endswith((":", "：")) and bool(size and size_here) and layout.font(above) != layout.font(here) \
        and abs(size - size_here) <= EDGE_FACE_SLACK * max(size, size_here) and layout.page(above) == layout.page(here) \
        and script_of(a) != script_of(b) and is_title_line(b) and not is_prose(b) and not author_line(b) \
        and not is_person_name(b)


def _translation_over_authors(r: _Reading, line: Text | None = None) -> bool:
    """The line at ``r.k``, under a Japanese title, is its English title in sentence case though its words are not
    glossed (``マイクロプラスチックの海岸漂着量の季節変動`` / ``Seasonal variation of microplastic stranding on beaches``):
    an English title phrase (as :func:`is_title_translation` reads one, no sentence, name, organisation or event)
    right over the Japanese authors' line (:func:`~.names.author_line`). A bilingual book of abstracts sets each
    title block so (fresh-user trial 60: the English title stopped the speaker search, and the abstract gave no
    talk). The authors' line vouches for the block; without it an English line under a title stays what it was.
    So it may stand apart from the title, a blank line between (a dump of a bilingual proceedings that sets each line
    of its title block apart, fresh-user trial 62: the English title stopped the speaker search, and the next talk's
    Japanese title and city line ended the talk before). A title shaped as two names joined by ``and``
    (``Cheonggyecheon Restoration and Downtown Regeneration``) is the translation where it glosses the title's words
    (:func:`glosses_title`: 復元 *restoration*, 再生 *regeneration*); a line of names translates none.

    An English title in title case holding an organisation's word (``Regional Council Cooperation for Disaster
    Recovery``, ``The Institute of Urban Studies and Its Exchange Programmes``) is the translation too where the
    authors' line under it gives the speaker's own affiliation before the name (``金沢市 観光政策課 主任　山本 由美``:
    :func:`speaker_split`): the English line is then no affiliation of the speaker's, and a Japanese title over an
    English line over the speaker is a bilingual title block whatever words its English holds (issue 16 point 1,
    helper talks85, fresh-user trial 85a: the English title read as an organisation or as names left the block
    without its speaker, and the talk opened two lines late, its number and Japanese title in the talk before)."""
    lines, k = r.lines, r.k
    if k + 1 >= r.n or script_of(lines[r.title].text) != JA:
        return False
    # (``line``: the English title over ``lines[k]``, its own subtitle, the authors' line under that)
    b, authors = (line if line is not None else lines[k]).text.strip(), lines[k + 1].text.strip()
    if not (script_of(b) == EN and is_title_line(b) and not b.endswith((".", "!", "?"))
            and not is_subtitle(b) and speaker_split(b) is None and not is_person_name(b) and not is_event_line(b)
            and not marked_names(b) and script_of(authors) == JA
            and author_line(authors, lines[k + 2].text if k + 2 < r.n else None)):
        return False
    if is_organisation(b) or organisation_line(b):
        return is_title_case(b) and _affiliation_first(authors) and not names_people(b)
    return not names_people(b) or glosses_title(lines[r.title].text, b)


def _affiliation_first(text: str) -> bool:
    """A Japanese speaker's line that gives the speaker's own affiliation before the name: a post after an office
    (:func:`speaker_split`: ``金沢市 観光政策課 主任　山本 由美``), or an organisation or a municipality set apart from the
    name by a full-width space (``福井市　小川 直人``, ``東北大学　林 翔太``).

    >>> _affiliation_first("金沢市 観光政策課 主任　山本 由美"), _affiliation_first("福井市　小川 直人"), _affiliation_first("田中 美咲")
    (True, True, False)
    """
    if speaker_split(text) is not None:
        return True
    head, _, name = text.strip().partition("\u3000")
    return bool(name.strip()) and (is_organisation(head) or is_municipality(head))


SUBTITLE_BRACKETS = {"（": "）", "(": ")", "〔": "〕"}
"""Brackets a subtitle set under its title may stand in (``（ユーザ命令の解説）``)."""
MIN_BRACKETED_SUBTITLE = 4
"""Letters a bracketed subtitle holds at least: ``（案）``, ``（概要）``, ``（敬称略）`` under a title are its marks, no subtitle."""


def _bracketed_subtitle(lines: list[Text], title: int, k: int, layout: "Layout") -> int | None:
    """In a PDF, ``lines[k]``, right under the title's last line on its page, is wholly bracketed
    (:data:`SUBTITLE_BRACKETS`) around a title phrase of :data:`MIN_BRACKETED_SUBTITLE` letters or more (no date,
    name, number or organisation), set no larger than the title: the title's subtitle, as a line between wave dashes
    is, with the title phrases set in its size or smaller right under it (up to :data:`MAX_TITLE_LINES` lines), when
    the line after them is set smaller still (the authors', the body's); the index after the subtitle, else ``None``. Real-PDF
    regression corpus (bxbase, bxjscls): a package manual's ``bxbase パッケージ`` at 17.2 pt over ``（ユーザ命令の解説）``
    at 15.9 pt over its author at 12 pt; set between :data:`SAME_SIZE` and :data:`SUBTITLE_SIZE` of the title's
    size, the bracketed line was neither the title's nor its subtitle, and its own block, finding the author under
    it, beat the title's (``BXjscls パッケージ`` / ``（BXJS 文書クラス集）`` / ``ユーザマニュアル``: the last line won).

    >>> from pipeline.segment.layout import Layout
    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(("港湾計測パッケージ", "（利用者向けの解説）", "山田 太郎"), 1)]
    >>> lay = Layout(tuple(LineLayout(page=1, size=z) for z in (17.2, 15.9, 12.0)), ())
    >>> _bracketed_subtitle(ls, 0, 1, lay), _bracketed_subtitle(ls, 0, 1, Layout.plain())
    (2, None)
    >>> ls[1] = Text.from_raw("（案）", 2)
    >>> _bracketed_subtitle(ls, 0, 1, lay) is None
    True
    """
    if not 0 <= title < k < len(lines) - 1:
        return None
    text = lines[k].text.strip()
    size, here = layout.size(lines[title]), layout.size(lines[k])
    if not (size and here and here <= size) or not wholly_bracketed(text, SUBTITLE_BRACKETS) \
            or layout.page(lines[k]) != layout.page(lines[title]) or not _subtitle_phrase(text[1:-1].strip()):
        return None
    end, last = k + 1, here
    while end < len(lines) and end - k < MAX_TITLE_LINES and (size_end := layout.size(lines[end])) \
            and size_end <= last and layout.page(lines[end]) == layout.page(lines[k]) \
            and _subtitle_phrase(lines[end].text.strip()) and not is_registration_line(lines[end].text.strip()):
        end, last = end + 1, size_end
    under = layout.size(lines[end]) if end < len(lines) and layout.page(lines[end]) == layout.page(lines[k]) else None
    return end if under and under < last else None


def _subtitle_phrase(text: str) -> bool:
    """A title phrase of :data:`MIN_BRACKETED_SUBTITLE` letters or more: no date, name, number, organisation or
    sentence."""
    return sum(ch.isalpha() for ch in text) >= MIN_BRACKETED_SUBTITLE and is_title_line(text) and _names_no_one(text) \
        and not (is_date_line(text) or _dated(text) or explicit_number(text) is not None or is_organisation(text)
                 or is_person_name(text) or is_prose(text))


def _dump_subtitle_apart(r: _Reading) -> bool:
    """In an English text dump, the subtitle set apart from its title by blank lines (issue 16, helper seg50): the
    title the block's first line and one line, not wrapped (no same-size evidence a dump has), the subtitle one line
    alone in its box, its opening phrase naming a kind of work (:data:`~.labels.WORK_KIND`: ``A Study of …``,
    ``Field Trial Report for …``, the evidence the rule for a subtitle in the title's box asks too), then the authors
    right under it (the speaker's search from the next line finds them there). A line naming no kind of work
    (``Lessons from Three Rebuilt Ports``) may be the title under a volume's header (``Rural Heritage Papers, Second
    Series``, trial 44): the line right over the authors stays the title.

    The title: an English title phrase on the block's first line (nothing read before it), no meeting's or event's
    name, no date, number, organisation or report, record or document kind (``Third Regional Transport Symposium``,
    ``Proceedings of …``, ``Annual Report 2024``, ``Working Paper No. 12`` over the title stay front). The subtitle:
    what :func:`under_cover_title` reads as one under it by shape (a title phrase, no sentence, name, organisation
    or date, under a title ending on a whole phrase), no section's name (``Abstract``), number or author's line.
    ``Harbour Ferries and Island Life`` / ``A Study of Timetables on Three Small Islands`` / ``Mika Sato`` had made
    the subtitle the title (the line right over the authors) and the title ``front``. In Japanese, a line under a
    Japanese title after a blank line is as often the title under an event's line (``第3回 地域交通シンポジウム`` /
    ``バス路線の再編と住民の移動``): it is the subtitle only by its own words (:func:`_ja_subtitle_apart`)."""
    lines, n, layout, title, k = r.lines, r.n, r.layout, r.title, r.k
    if layout is None or title is None or r.title_end is not None or title != r.start or k != title + 1 \
            or k + 1 >= n or layout.size(lines[title]) is not None:
        return False
    a, b = lines[title].text.strip(), lines[k].text.strip()
    a_end, b_start = last_line(lines[title]), first_line(lines[k])
    if script_of(a) == JA and script_of(b) == JA and a_end is not None and b_start is not None \
            and layout.blank_only_between(a_end, b_start) and layout.page(lines[k]) == layout.page(lines[title]):
        return _ja_subtitle_apart(a, b) and not author_line(b, lines[k + 1].text) and _authors_at(r, k + 1)
    if script_of(a) != EN or script_of(b) != EN or a_end is None or b_start is None \
            or not layout.blank_only_between(a_end, b_start) or layout.page(lines[k]) != layout.page(lines[title]):
        return False
    for text in (a, b):
        if _dated(text) or explicit_number(text) is not None or re.search(r"\d", text) or _names_a_meeting(text) \
                or is_event_line(text) or is_organisation(text) or organisation_line(text) or is_report_kind(text) \
                or is_document_kind(text) or is_record_kind(text) or is_section_name(text) or is_prose(text):
            return False
    if _SERIES.search(a) or not WORK_KIND.search(re.split(r"[,:;–—]", b)[0]):
        return False  # a series' or periodical's name over the title; a line naming no kind of work may be the title
    if author_line(b, lines[k + 1].text) or under_cover_title(lines[title], lines[k]) != "subtitle":
        return False
    return _authors_at(r, k + 1)


_JA_SERIES = re.compile(r"(?:叢書|紀要|論集|論文集|報告集|講演集|資料集|シリーズ|研究会|学会|大会|フォーラム|シンポジウム|"
                        r"セミナー|講座|年報|会報|通信|だより|第.{1,3}[号巻集回部編章])")
"""Words of a Japanese series', periodical's, meeting's or volume's name (``地域研究叢書``, ``第3回``): a line holding
one over a paper's title is the volume's or the event's header, not a title over its subtitle."""
_JA_WORK_KIND = re.compile(r"(?:研究|分析|考察|検討|報告|試み|事例|調査|実践|取り組み|取組)$")
"""A Japanese kind of work closing a line (``～の事例分析``, ``～に関する一考察``): a subtitle's ending, as
:data:`~.labels.WORK_KIND` opens an English one."""


def _ja_subtitle_apart(a: str, b: str) -> bool:
    """``b``, a Japanese line alone after a blank line under the Japanese title ``a``, is its subtitle by its own
    words: it leans on the title, closing on a particle (``交流協定五十年を振り返って``, ``～の事例から``,
    ``～を中心に``: an adverbial phrase, no title's noun phrase), or names a kind of work at its end (``～の事例分析``,
    ``～に関する一考察``, as an English subtitle's opening phrase does: :func:`_dump_subtitle_apart`); and neither line
    is an event's, a series', a volume's or a meeting's (``第3回 地域交通シンポジウム`` / ``バス路線の再編と住民の
    移動``: the line under the event's is the title, a noun phrase), a date, an organisation, a number or a sentence.
    Decision, issue 16, session 51 (``tests/test_segment_subtitle_apart51.py``).

    >>> _ja_subtitle_apart("港町の国際交流の歩み", "交流協定五十年を振り返って")
    True
    >>> _ja_subtitle_apart("第3回 地域交通シンポジウム", "バス路線の再編と住民の移動を振り返って")
    False
    >>> _ja_subtitle_apart("港町の国際交流の歩み", "バス路線の再編と住民の移動")
    False
    """
    for text in (a, b):
        if _dated(text) or explicit_number(text) is not None or re.search(r"[0-9０-９]", text) or _JA_SERIES.search(text) \
                or is_event_line(text) or is_organisation(text) or is_prose(text) or is_subtitle(text) \
                or is_section_name(text) or text[-1:] in "。．、，":
            return False
    if _JA_WORK_KIND.search(b):
        return True
    from pipeline.sudachi import name_tokenizer

    morphemes = name_tokenizer("C").tokenize(b)
    return len(morphemes) > 1 and morphemes[-1].part_of_speech()[0] == "助詞"


_SERIES = re.compile(r"\b(?:Series|Papers|Journal|Transactions|Proceedings|Annals|Quarterly|Yearbook|Newsletter|Magazine|"
                     r"Gazette|Bulletin|Digest|News|Volume|Vol\.)\b")
"""Words of a series', a periodical's or a volume's name (``Rural Heritage Papers, Second Series``, ``Journal of Island
Studies``, ``Harbour Authority News``): a line of them over a paper's title is the volume's header, never the title
(``tests/test_segment_trial44.py``: the title is the line right over the authors, the header front)."""


def _authors_at(r: _Reading, j: int) -> bool:
    """The speaker's search from ``lines[j]`` finds the authors starting there (an affiliation over the name too)."""
    probe = _Reading(r.lines, r.start, r.layout, k=j, title=r.title)
    _read_speaker(probe, 2)
    return bool(probe.speaker) and probe.speaker[0] == j


def _set_apart_subtitle(lines: list[Text], k: int, layout: "Layout") -> int | None:
    """In a PDF, the subtitle set apart under a display title (a blank line or a box's gap between them): the lines
    from ``lines[k]`` in one box and one size, set under :data:`SUBTITLE_SIZE` of the title's size (the line over
    ``k``) and larger than the line after them (the authors', the body's: a subtitle is set between the title and
    the text), the first of them a title phrase under the title (:func:`under_cover_title`), no number, name or date;
    the index after them, else ``None``. A report's title in 18 pt over ``Report of the Third Regional Workshop on`` /
    ``Desalination …`` in 12 pt over its authors in 10 pt (trial 49: the subtitle had become the title, the title
    front). A line in the title's box is read by :func:`_read_subtitle` before this.

    >>> from pipeline.segment.layout import Layout
    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in ((1, "Harbour Cranes"), (3, "A Study of Vibration in Older Port"), (4, "Structures"), (6, "Jane Doe"))]
    >>> lay = Layout(tuple(LineLayout(page=1, size=z) for z in (20.0, 0, 12.0, 12.0, 0, 10.0)), (2, 5))
    >>> _set_apart_subtitle(ls, 1, lay)
    3
    >>> _set_apart_subtitle(ls, 3, lay) is None  # the authors' line, no title phrase
    True
    """
    if not 0 < k < len(lines) - 1:
        return None
    size, here = layout.size(lines[k - 1]), layout.size(lines[k])
    if not (size and here and here < SUBTITLE_SIZE * size) or layout.page(lines[k - 1]) != layout.page(lines[k]) \
            or explicit_number(lines[k].text.strip()) is not None or _dated(lines[k].text) \
            or author_line(lines[k].text, lines[k + 1].text) \
            or under_cover_title(lines[k - 1], lines[k], layout) != "subtitle":
        # (the authors with their marks glued on as digits, ``Ingrid Solberg1, Kofi Mensah2``, read as no names alone)
        return None
    end = k + 1
    while end < len(lines) and end - k < MAX_TITLE_LINES and layout.same_box(lines[end - 1], lines[end]) \
            and layout.size(lines[end]) == here:
        end += 1
    if any(re.search(MARK, lines[i].text) or is_organisation(lines[i].text) for i in range(k, end)):
        return None  # authors with their affiliation marks and the affiliations (spie's ``Anna A. Author1ᵃ and …``)
    after = layout.size(lines[end]) if end < len(lines) else None
    return end if after and after < here else None


_ATTENDANCE = frozenset(f.casefold() for f in ATTENDANCE_FIELDS)


def headline_over_byline(lines: list[Text], k: int, j: int) -> bool:
    """``lines[j]`` heads a periodical's first article over its byline (:func:`~.names.article_byline`), under the
    masthead's issue or descriptor line (a date, an edition, ``Newsletter of the … — Issue 27`` between ``k`` and
    ``j``): the articles have begun, and the byline names the article's writer, never the issue's speaker (fresh-user
    trial 69c: the descriptor and ``By Marion Fletcher`` had been the newsletter's speaker, the headline ``front``).
    A story's headline right under nothing but its title block stays the title with its byline the speaker."""
    from pipeline.segment.names import article_byline
    from pipeline.segment.sections import bylined_headline

    return j + 2 < len(lines) and j > k and article_byline(lines[j + 1].text) and bylined_headline(lines[j].text) \
        and is_prose(lines[j + 2].text) and any(
            is_date_line(lines[i].text) or is_edition_line(lines[i].text) or masthead_descriptor(lines[i].text)
            or periodical_issue(lines[i].text) for i in range(k, j))


MASTHEAD_LINES = 2
"""Lines a document's title may stand under and still be its own, not a section's inside it: the issuing society's
name and a line of its own (``Thornbury Park Golf Club`` / ``Men's Section: Competition Report, September``): a
programme's session titles stand under its title, its venue and its days (tests/test_deck74.py)."""


_DAY_DATE_OPENING = re.compile(rf"^{EN_DAY_DATE},\s+(.+)$")
_VENUE_THEN_WEEKDAY = re.compile(rf"^([^,]+(?:,[^,]+)?),\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b){EN_DAY_DATE}$")
"""A venue then its day, the weekday named (``Kendal Showground, Saturday 22 May 2027``): the order reversed."""


def dated_venue_line(text: str) -> bool:
    """An English line of a day's date and where it is, parted by commas (``Saturday 14 December, St Oswald's Church,
    Ashbourne``): a concert's, a show's or a service's day and venue under its title, naming no one.

    >>> dated_venue_line("Saturday 14 December, St Oswald's Church, Ashbourne"), dated_venue_line("14 May 2025, Leeds")
    (True, True)
    >>> dated_venue_line("Harbours and Trade, 1850-1900"), dated_venue_line("May Fair, Village Green")
    (False, False)

    """
    m = _DAY_DATE_OPENING.match(text.strip())
    return m is not None and bool(m.group(1).strip(" ,"))


def place_then_weekday(text: str) -> bool:
    """An English line of a place (or an occasion) then its day, the weekday named, closing the line (``Kendal
    Showground, Saturday 22 May 2027``): no speaker's line, whatever its first words read as (helper tab80: a show's
    results had its venue line as their speaker, ``Kendal Showground``). A byline's date names no weekday. Read only
    where a speaker is looked for: such a line may be a title too (``Annual Dinner and Awards Evening, Saturday 18
    October 2025``).

    >>> place_then_weekday("Kendal Showground, Saturday 22 May 2027"), place_then_weekday("Jane Smith, 12 May 2025")
    (True, False)
    """
    return _VENUE_THEN_WEEKDAY.match(text.strip()) is not None


def capitals_byline(text: str) -> bool:
    """An English line of two authors or more set in capitals (:func:`~.names.names_people`: ``JOHN SMITH AND MARY
    LEE``, ``J. SMITH, M. LEE``), as R News and many journals set the byline under a paper's title: its authors, though
    no organisation or date stands under it to vouch (real paper 71b: MVT_Rnews's byline had stayed ``front``, the
    paper with no author). A heading in capitals (``INTRODUCTION``, ``RESULTS AND DISCUSSION``) names no two people.

    >>> capitals_byline("JOHN SMITH AND MARY LEE"), capitals_byline("J. SMITH, M. LEE"), capitals_byline("John Smith and Mary Lee")
    (True, True, False)
    >>> capitals_byline("INTRODUCTION"), capitals_byline("RESULTS AND DISCUSSION"), capitals_byline("MATERIALS AND METHODS")
    (False, False, False)
    """
    s = text.strip()
    return any(c.isalpha() for c in s) and s == s.upper() and script_of(s) == EN and names_people(s)


_PLAIN_BULLET = re.compile(r"^\s*[-*+]\s")


def list_item(text: str) -> bool:
    """``text`` opens a list's item: a bullet, a middle dot or an arrow (:data:`~pipeline.listmarks.ITEM_ONLY_START`:
    ``・フライブルク市の環境政策について``, ``• Use``), or a plain text's hyphen, asterisk or plus then a space (``- Panel
    Discussion``). A dash (``– a subtitle``) and the shapes (``■プログラム``) lead headings too, and are not read here.

    >>> list_item("・フライブルク市の環境政策について"), list_item("- Environmental Policy of Freiburg"), list_item("■プログラム")
    (True, True, False)
    >>> list_item("– A Study of Ports"), list_item("-1.5 degrees"), list_item("- Harbour Days -")  # a dash set around a title
    (False, False, False)
    """
    if ITEM_ONLY_START.match(text) is not None:
        return True
    m = _PLAIN_BULLET.match(text)
    # (a mark set on both sides is a decoration around a title or a folio, ``- Harbour Days -``, no bullet)
    return m is not None and not text.rstrip().endswith(" " + m.group().strip())


def _spot_pair(lines: list[Text], j: int) -> bool:
    """:func:`~.sections.bilingual_name_over_text` (imported here: sections reads this module)."""
    from pipeline.segment.sections import bilingual_name_over_text

    return bilingual_name_over_text(lines, j)


MAX_ISSUE_LINES = 2
"""Lines of a masthead's issue and date a newsletter's credit stands under at most (:func:`_under_issue_lines`)."""


def _under_issue_lines(lines: list[Text], first: int, j: int) -> bool:
    """The lines from ``first`` up to ``j`` are a masthead's issue and date lines only (``第7号　令和8年1月9日``,
    ``令和8年2月2日``: :func:`~.events.is_edition_line`, :func:`~.labels.is_date_line`), at most
    :data:`MAX_ISSUE_LINES` of them, blank lines aside: a newsletter's credit under them (``文責：谷口``) stands where one
    right under the title does. Why (issue 16, helper head83, fresh-user trial 82c): the credit under a year
    newsletter's issue line had stayed front and the newsletter had no speaker."""
    between = [t.text.strip() for t in lines[first:j] if t.text.strip()]
    return 0 < len(between) <= MAX_ISSUE_LINES and all(is_edition_line(s) or is_date_line(s) for s in between)


def _read_speaker(r: _Reading, look: int, script: str | None = None) -> None:
    """The speaker: the first author's line within ``look`` lines (a thesis cover's statement not counted), the
    affiliation lines over and under it, and the authors one a line under the first. ``script``: the speaker's,
    where no title or city tells it (:func:`_read_speaker_before_title`)."""
    lines, n, k, title, city = r.lines, r.n, r.k, r.title, r.city
    if script is None:
        script = script_of(lines[title].text) if title is not None else script_of(city.text) if city is not None else None
    for j, statement in _speaker_search(lines, k, look if script is not None else 0):  # none without a title or city
        text = lines[j].text
        if statement:
            continue  # a thesis's degree between its title and its author (``Master of Science in …``): front matter
        if script == EN and (fixture_line(text) or dated_venue_line(text) or place_then_weekday(text)):
            # a match report's competition, day and ground under its headline (``Premier Division, Sunday 8 February
            # 2026, Quay Park, Harbour City``): front matter naming no one; its byline may stand under it (helper misc74)
            continue
        if j + 1 < n and SERVING_LINE.match(lines[j + 1].text.strip()) is not None:
            # a dish's name over its serving line (``Cullen Skink`` / ``Serves 4 · …``): a collection's first recipe,
            # its heading (:mod:`.recipes`), no one named (helper enrep85; docs/limits.md *Session 84, parts84*)
            break
        if _spot_pair(lines, j):
            # a bilingual leaflet's first spot, its name in both languages over its text in both (``東大寺`` /
            # ``Todai-ji Temple`` / …): it opens the body, no one named (fresh-user trial 73's kind, helper news73)
            break
        other = script_of(text) not in (script, NEUTRAL)
        # a line of several names too long to be taken for a name alone, with its authors' affiliation, the date or
        # a field of the title page under it (``Maria Lindqvist and Tomohiro Ueda`` / ``Nordic Institute of
        # Computing, Uppsala``; a title page's ``Koichi Inoue & Hironobu Yamashita`` / ``2020/10/08``; ``Aaron
        # Feickert and Jonathan Totushek`` / ``Maintainer: James Thorne (…)``)
        under = lines[j + 1].text if j + 1 < n else None
        # (a name with a lost glyph under the speaker's post, ``港北市 環境保全課長`` / ``森田 �一``, trial 45)
        # (a byline right under a match report's fixture line, which is skipped, stands where one under the title does)
        # (so does one under a concert's or a show's day and venue, ``Saturday 14 December, St Oswald's Church,
        # Ashbourne``: trial 79b's programme notes)
        first = k + 1 if script == EN and k < n and (fixture_line(lines[k].text) or dated_venue_line(lines[k].text)) else k
        named = author_line(text, under) or (j == first and title is not None and (byline_name(text) or role_byline(text)
                                                                          or credit_byline_ja(text) is not None)) \
            or (title is not None and _under_issue_lines(lines, first, j) and credit_byline_ja(text) is not None) \
            or (j == first and title is not None and post_colon_name_en(text) is not None
                # a report's writer by post under its title (``Secretary: Brenda Kellaway``); a field's run under it
                # (``Chair: …`` / ``Present: …``, minutes' attendance) names no writer, nor does a session's chair
                # under its session's title inside a programme: only the document's own title is read so (fresh-user
                # trial 78b; tests/test_deck74.py's programme)
                # (a society's or club's name over the title is its masthead, ``Wessex Canine Society Open Show`` /
                # ``Results Report, …`` / ``Show Secretary: Mrs Gillian Th�rne``: trial 79b; a programme's session
                # title stands under more)
                and sum(1 for i in range(title) if lines[i].text.strip()) <= MASTHEAD_LINES
                and not (under is not None and form_field(under) is not None)) \
            or vouched_lost_glyph_name(text, lines[j - 1].text if j > 0 else None, under) \
            or (j > k and by_alone(lines[j - 1].text) and name_shaped(text[:name_end(text)])) \
            or (j == first and title is not None and capitals_byline(text)) \
            or (names_people(text) and j + 1 < n and (is_organisation(lines[j + 1].text) or is_date_line(lines[j + 1].text)
                                                      or form_field(lines[j + 1].text) is not None)) \
            or (j == first and title is not None and title_author_date(lines, title, j, r.layout))
        # a line of authors wrapped after its comma or ``and`` (``James O'Neill, Sarah Chen and`` / ``David Brooks``)
        # over their affiliation: both lines are the authors' line (fix70d; the lower had been read alone)
        # (a Japanese line of names left open on ``、`` or ``・``, ``山田太郎、佐藤花子、`` / ``鈴木一郎（青葉大学）``, over
        # several lines too: the last may close on its affiliation in brackets; helper paper71)
        wrapped = 0
        while j + wrapped + 1 < n and wrapped < MAX_SPEAKER_LINES \
                and wrapped_names(lines[j + wrapped].text, lines[j + wrapped + 1].text):
            wrapped += 1
        last = lines[j + wrapped].text.strip()
        if wrapped and not ((j + wrapped + 1 < n and (is_organisation(lines[j + wrapped + 1].text)
                                                      or post_and_organisation(lines[j + wrapped + 1].text)))
                            or (script_of(last) == JA and last[-1:] in ")）")):
            wrapped = 0
        named = named or bool(wrapped)
        # an organisation's line closed by its staff in brackets (``海洋生態学研究室（指導教員：山本 一郎 教授、助教：
        # 佐藤 花子 先生）``): it names its people (helper misc74, fresh-user trial 74d)
        named = named or bracketed_staff(text) is not None
        # names written surname first over their affiliation (``Smith, John`` / ``Department of Geography, …``,
        # ``Smith, John; Lee, Anna``): the authors' line (helper paper71; it had been the title, no one named)
        named = named or (inverted_names(text) is not None and under is not None
                          and (is_organisation(under) or post_and_organisation(under)))
        if not named and j == k and title is not None and (lecture := talk_lecturer_line(lines, title, j)):
            # a talk's labelled person line with no honorific right under its title, its running text under it
            # (``【２】<title>`` / ``講師：小川 大輔（…）`` / text): the talk's speaker, no syllabus's field (helper lab73)
            named, wrapped = True, lecture - 1
        if headline_over_byline(lines, k, j):
            break  # the issue's first article has begun: its byline names its writer, not the issue's (trial 69c)
        if guest_row(lines, j):
            break  # a seating or guest list has begun: its people are guests, their bodies no speaker's (trial 74b)
        if (label := form_field(text)) is not None and label.casefold() in _ATTENDANCE:
            break  # a meeting's attendance (``Present: …``): the record's fields, its names no speaker (trial 41)
        if explicit_number(text.strip()) is not None or is_chapter_heading(text) or (is_section_name(text) and not named) \
                or (is_prose(text) and not named and not is_organisation(text)) \
                or (other and not named and is_title_line(text)) or ("\t" in text and not named) \
                or (not named and (speaker_turn(text) or turn_head(text))) \
                or (not named and session_heading(text)) \
                or (not named and list_item(text)):
            # a list's item (``・フライブルク市の環境政策について``, a flyer's programme) opens a list: the lecturer's
            # line under it is the item's, never the title block's speaker (helper prog72 after fresh-user trial 71d:
            # the item's lecturer had been the flyer's speaker and his office its city)
            # a session's heading (``SESSION A: Data``) opens the talks it groups: the title over it is the volume's,
            # the authors under it its first talk's (fresh-user trial 70b's variants: the volume's title had taken the
            # first paper's authors and its title went to the front)
            # the body (or the other language's slides, or a table; authors side by side are a row) has begun; a section's
            # name too (a thesis's ``ABSTRACT`` on the next page, its title and author again under it: msu-thesis's
            # university line took that author, 14 lines down, and its block won over the cover's own title); a
            # meeting's first speaker's turn, ``○山田会長`` / ``○佐藤花子　…``, is the proceedings, no author
            break
        if named:
            # a client line (``Prepared for …``) names an organisation that is not the speaker's: it stays front
            # (and a line that ends on the speaker's post, the name on the next: ``松江市国際観光課長`` / ``田中 次郎``)
            # a line that says where and when the event was held (``Held at the University of Leeds, 3–4 June
            # 2025``) is no affiliation (:func:`~.organisations.venue_line`)
            orgs = [i for i in range(k, j) if (is_organisation(lines[i].text) or is_municipality(lines[i].text)
                                               or (i == j - 1 and _post_alone(lines[i].text)))
                    and not is_client_line(lines[i].text) and not venue_line(lines[i].text) and not fixture_line(lines[i].text)
                    and form_field(lines[i].text) not in _WHEN_WHERE]
            speaker = orgs + [j]
            speaker.extend(range(j + 1, j + wrapped + 1))
            if not wrapped and (stacked := stacked_credits(lines, j, r.layout)) is not None:
                r.speaker = orgs + stacked
                r.k = max(k, stacked[-1] + 1)
                r.cues.append("speaker")
                break
            if not wrapped and bracketed_staff(text) is not None:
                # the organisation's staff closes its line: the organisation is over the names, nothing under them is
                # theirs (the schedule's ``会場：…`` had been read as their affiliation; helper misc74)
                r.speaker, r.k = speaker, max(k, j + 1)
                r.cues.append("speaker")
                if orgs and "organisation" not in r.cues and "city" not in r.cues:
                    r.cues.append("organisation")
                break
            after = _affiliations(lines, j + wrapped, speaker, r.layout)
            # a PDF's faces tell authors from affiliations where the words do not (REVTeX: :func:`faced_authors`)
            faced = faced_authors(lines, j, after, r.layout, speaker)
            faces = faced[1:] if faced is not None else None
            after = faced[0] if faced is not None else after
            # more authors, one a line (or a row) under the first, each with its affiliations (``山田 太郎（東北大学）``
            # / ``佐藤 花子（京都大学）``; ``山田 太郎`` / ``東北大学`` / ``佐藤 花子`` / ``京都大学``), in the first's script
            while after < n and len(speaker) < MAX_SPEAKER_LINES:
                # a group's label between the authors (AASTeX's ``\collaboration``, ``(AAS Journals Data Editors)``
                # over the next authors' line) is passed over, front matter: the authors go on under it (aastex's
                # sample, real-PDF trial 51: its last four authors had stayed front)
                # so is a panel's role over its people (``パネリスト`` / … / ``コーディネーター`` / ``中川 亮（…）``): all
                # of them take part (trial 52b: the coordinator had stayed front, no participant)
                at = after + 1 if (group_label(lines[after].text) or participants_label(lines[after].text)) \
                    and after + 1 < n else after
                if not (script_of(lines[at].text) == script_of(text) and not is_client_line(lines[at].text)
                        and (author_line(lines[at].text, lines[at + 1].text if at + 1 < n else None)
                             or (faces is not None and faced_author(lines, at, r.layout, faces)))) \
                        or twin_authors(text, lines[at].text):
                    break  # (the same authors again in English are the speaker's twins: _read_english_authors)
                speaker.append(at)
                after = _affiliations(lines, at, speaker, r.layout)
                if faces is not None and (more := faced_authors(lines, at, after, r.layout, speaker, first=False)) is not None:
                    after = more[0]
            # a PDF's authors set in a grid (rows of names side by side, each over its own affiliation lines): every
            # line of it, however extraction ordered them (:mod:`.authorgrid`)
            grid = grid_extent(lines, j, r.layout) if r.layout is not None else None
            if grid is not None and grid > speaker[-1] + 1:
                speaker = orgs + list(range(j, grid))
            r.speaker = speaker
            r.k = max(k, speaker[-1] + 1)
            r.cues.append("speaker")
            if orgs and "organisation" not in r.cues and "city" not in r.cues:
                r.cues.append("organisation")  # the speaker's affiliation on a line of its own
            break


_WHEN_WHERE = frozenset({"日時", "日程", "開催日", "開催日時", "場所", "会場", "開催場所", "Date", "Time", "Venue", "Place",
                         "Location"})
"""The form fields that say when and where an event is held (``会場：長野市生涯学習センター　大学習室``): a closed list,
the when/where labels of :data:`~.labels.FIELD_LABELS`. Such a line over a panel's people names a hall, never their
affiliation (helper panel84, fresh-user trial 84b: the venue had been the moderator's affiliation and the id)."""
_GUEST_HONORIFICS = ("様", "殿", "先生")
"""The honorifics a host writes after each guest's name in a list of guests (``石川 英樹 様``, ``渡辺 恭子 先生``)."""
_DITTO = re.compile(r"^[\s\u3000]*同[\s\u3000]")
"""A list's ``同`` (ditto) opening a row: the body of the row over it again (``同　技術部長　村上 直人 様``)."""


def guest_row(lines: list[Text], j: int) -> bool:
    """``lines[j]`` is a row of a list of guests or invitees: it closes on a host's honorific after the name
    (:data:`_GUEST_HONORIFICS`) or opens on ``同`` (ditto), and the row over or under it does so too. A seating list
    under a wedding's or a ceremony's title names guests by table, each with the body they come from
    (``川崎市立宮前小学校　校長　渡辺 恭子 先生`` / ``同　教諭　小川 里奈 様``): none is the document's speaker, and
    their bodies name no city of it (issue 16 points 1 and 2, session 74, fresh-user trial 74b: a principal at table B
    had been the speaker, her school's city the document's). A speaker's own line carries no honorific of a host's
    but a programme's (``講師　山田 太郎 先生``), one line alone.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Ｂ卓　新婦主賓", "川崎市立宮前小学校　校長　渡辺 恭子 先生", "同　教諭　小川 里奈 様")
    >>> guest_row(ls, 1), guest_row(ls, 2), guest_row(ls, 0)
    (True, True, False)
    >>> guest_row(mk("地域の防災について", "講師　山田 太郎 先生", "本日はお集まりいただき…"), 1)
    False
    """
    def row(i: int) -> bool:
        s = lines[i].text.rstrip(" \u3000\t")
        return script_of(s) == JA and (s.endswith(_GUEST_HONORIFICS) or _DITTO.match(s) is not None)

    return row(j) and ((j > 0 and row(j - 1)) or (j + 1 < len(lines) and row(j + 1)))


_SHORT_LABEL = re.compile(r"^[^\s\u3000:：、。，,]{1,8}[\s\u3000]*[:：]")
"""A line opening on a short label and its colon (``開講：``, ``対象：``): a field, whatever its label."""
RUNNING_TEXT_LINES = 4
"""Lines a hard-wrapped sentence under a talk's speaker line is read over at most (:func:`talk_lecturer_line`)."""


def _running_text_at(lines: list[Text], k: int) -> bool:
    """``lines[k]`` opens running text: prose (:func:`is_prose`), or a sentence hard-wrapped over up to
    :data:`RUNNING_TEXT_LINES` lines that reads as prose joined (a booklet wrapped at 30 columns)."""
    joined = ""
    for t in lines[k:k + RUNNING_TEXT_LINES]:
        s = t.text.strip()
        # a field under its label (``開講：前期　火曜日２限``, ``単位：2``: a syllabus's) or a numbered heading
        # (``１．授業の目的``) is no running text, nor is what comes after it here
        if not s or form_field(s) is not None or labelled_talk_speaker(s) is not None or _SHORT_LABEL.match(s) \
                or labelled_field(s) or explicit_number(s) is not None:
            return False
        joined += s if script_of(s) == JA else f" {s}"
        if is_prose(joined.strip()):
            return True
    return False


def talk_lecturer_line(lines: list[Text], title: int, j: int) -> int:
    """How many lines (1, or 2 wrapped inside its brackets: :func:`~.names.bracket_wrapped`) the talk's speaker
    line at ``j`` holds when it opens on a talk's person label (``講師：``, ``発表者：``, ``報告者：``, ``演者：``,
    ``話題提供：``, ``Speaker:``, ``Presenter:``: :func:`~.names.labelled_talk_speaker`) and stands where a talk's
    speaker stands, honorific or not: right under the talk's title (``lines[title]``, no labelled field itself) and
    over its running text, no labelled field under it; else 0. In a block of fields (a syllabus's ``講師：山田 太郎``
    among ``科目名：…``, ``単位：2``) the line stays a field. Decision, issue 16 point 1, helper lab73 (fresh-user trial
    73: the labelled lines without an honorific had been no speaker's, and a symposium's three talks one talk).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("【２】避難所運営ゲームを活用した訓練", "講師：小川 大輔（焼津市 危機管理課 主任）",
    ...         "焼津市では、平成30年度から避難所運営ゲームを取り入れた訓練", "を各地区で実施してきた。")
    >>> talk_lecturer_line(ls, 0, 1), talk_lecturer_line(mk("科目名：防災学", "講師：山田 太郎", "単位：2"), 0, 1)
    (1, 0)
    """
    text = lines[j].text
    span = 1
    if j + 1 < len(lines) and bracket_wrapped(text, lines[j + 1].text):
        span = 2
    elif labelled_talk_speaker(text) is None:
        return 0
    over = lines[title].text.strip()
    if form_field(over) is not None or labelled_field(over) or cover_field(over) is not None \
            or j + span >= len(lines) or not _running_text_at(lines, j + span):
        return 0
    return span


MIN_TWIN_READINGS = 4
"""Hangul syllables of a Korean line that must read the speaker lines' ideographs (:func:`pipeline.korean.read_alike`)
for it to be their Korean twin: two two-character words at least (대학 + 학과, 제주 + 대학), as an affiliation and a name
give; fewer is a word any Korean line may share."""
MAX_TWIN_LENGTH = 80
"""Characters a Korean speaker line holds at most (a speaker's line is an affiliation and a name, never a paragraph)."""
MAX_TWIN_LENGTH_EN = 120
"""Characters an English speaker line given again under the Japanese one holds at most (:func:`_read_english_speaker`):
English spells out what kanji write short, ``佐藤 美咲`` with a department and a post under 30 characters, its English
``Misaki Sato, Townscape Section Manager, Urban Construction Department, Hakodate City`` 84 (helper procs64c: the
line had stayed ``front`` at :data:`MAX_TWIN_LENGTH`, the Korean line's bound); a paragraph is still none, as the
line must open on the speaker's name in Latin letters and then a comma."""


def korean_twin(text: str, ideographs: str) -> bool:
    """``text`` is a short Korean line, no sentence, whose Hangul reads :data:`MIN_TWIN_READINGS` or more of
    ``ideographs`` in Korean (:func:`~pipeline.korean.read_alike`): the line given again in Korean, a twin."""
    from pipeline.korean import read_alike

    text = text.strip()
    return is_korean(text) and len(text) <= MAX_TWIN_LENGTH and not is_prose(text) and text[-1:] not in ".。!?" \
        and read_alike(text, ideographs) >= MIN_TWIN_READINGS


def _pass_korean_twin(r: _Reading) -> None:
    """A Korean line right under the title block's Japanese lines that reads the next line's ideographs in Korean
    (``대구광역시 국제교류재단`` over ``大邱広域市国際交流財団``: :data:`MIN_TWIN_READINGS` syllables or more, as
    :func:`_read_korean_speaker` weighs a speaker's twin) is that line's twin: the speaker is read past it, and it
    joins the speaker's ``text`` (fresh-user trial 61b: a Korean–Japanese notice's Korean organisation line had kept
    its Japanese title from its issuer)."""
    if r.title is None or r.speaker or r.k + 1 >= r.n:
        return
    if not is_korean(r.text(r.k + 1)) and korean_twin(r.text(r.k), r.text(r.k + 1)):
        r.twins.append(r.k)
        r.k += 1


def _read_korean_speaker(r: _Reading) -> None:
    """The speaker's lines given again in Korean, on the line right over the first or right under the last
    (``이서연（제주대학교 관광개발학과）`` over ``李瑞妍（済州大学校 観光開発学科）``; ``대구대학교 관광경영학과 김민수`` under
    ``大邱大学校 観光経営学科　金　敏秀``): a Korean–Japanese paper prints its title block once per language, and the
    Korean speaker line is the speaker's, as a Japanese one is (trial 54c: it stayed front). Evidence, never the
    position alone: the line is Korean by its letters (:func:`~pipeline.chardata.is_korean`), short, no sentence, and
    :data:`MIN_TWIN_READINGS` of its Hangul syllables or more read the speaker lines' ideographs in Korean
    (:func:`~pipeline.korean.read_alike`: the affiliation's and the name's characters, 大学校 대학교, 金敏秀 김민수),
    as no Korean title or paragraph beside them does by chance. The name and affiliation are still read from the
    speaker's own lines; the twin joins the speaker's ``text``."""
    if not r.speaker:
        return
    taken = set(r.speaker)
    for first, end in ((r.title, r.title_end), (r.translation, r.translation_end), (r.subtitle, r.subtitle_end),
                       (r.city_line, None), (r.number_line, None)):
        if first is not None:
            taken.update(range(first, end if end is not None else first + 1))
    ideographs = " ".join(r.text(i) for i in r.speaker)
    for j in (r.speaker[0] - 1, r.speaker[-1] + 1):
        if not (r.start <= j < r.n) or j in taken or j in r.twins:  # (passed over already: _pass_korean_twin)
            continue
        if korean_twin(r.text(j), ideographs):
            r.twins.append(j)
            r.k = max(r.k, j + 1)
    r.twins.sort()


def _read_english_speaker(r: _Reading) -> None:
    """The Japanese speaker line given again in English, on the line right over it or right under it
    (``高知市 防災対策部 危機管理課　岡林 真司`` over ``Shinji Okabayashi, Crisis Management Division, Kochi City``), in a
    block titled in both languages: a bilingual book of abstracts prints its title block once per language, and the
    English line is the speaker's, as :func:`_read_korean_speaker`'s Korean twin is (trial 55b: it stayed under the
    block, so no running text stood right under the block, each abstract's id read as a listing's row and the book
    gave one talk). Evidence, never the position alone: one speaker line, Japanese, whose name has an English line
    ``Name, Organisation`` (:func:`~pipeline.segment.names.name_then_affiliation`) naming the same person
    (:func:`~pipeline.segment.names.romanised_name`, as a bilingual cover's pair is read: ``cover._speaker_pair``),
    and the block's title given in English too (its ``translation``). The name and affiliation are still read from
    the Japanese line; the twin joins the speaker's ``text``."""
    from pipeline.segment.front import split_speaker
    from pipeline.segment.names import name_then_affiliation, romanised_name

    if r.speaker and not r.twins and r.translation is not None and _read_english_authors(r):
        return
    if len(r.speaker) != 1 or r.twins or r.translation is None or script_of(r.text(r.speaker[0])) != JA:
        return
    name = split_speaker(r.lines[r.speaker[0]].strip()).name
    if name is None or GAP in name.text:
        return
    taken = {r.speaker[0]}
    for first, end in ((r.title, r.title_end), (r.translation, r.translation_end), (r.subtitle, r.subtitle_end),
                       (r.city_line, None), (r.number_line, None)):
        if first is not None:
            taken.update(range(first, end if end is not None else first + 1))
    for j in (r.speaker[0] + 1, r.speaker[0] - 1):
        if not (r.start <= j < r.n) or j in taken:
            continue
        text = r.text(j).strip()
        if script_of(text) == EN and len(text) <= MAX_TWIN_LENGTH_EN and (comma := name_then_affiliation(text)) is not None \
                and romanised_name(name.text, text[byline(text):comma]):
            r.twins.append(j)
            r.k = max(r.k, j + 1)
            return


_REVIEWER_LABEL = re.compile(r"^\s*(?:[Rr]eviewed|REVIEWED)\s+(?:by|BY)\s*[:：]?\s*(?=[A-Z])")
"""A review's label before its reviewer's name (``Reviewed by Daniel Okafor``; a byline's label too,
:func:`~pipeline.segment.names.byline`). ``Reviewer:`` and ``評者：`` are fields the speaker's line does not read yet
(docs/limits.md, *Session 74, rev74*)."""
_BOOK_DETAIL = re.compile(r"\bISBN\b|\b[0-9]{1,4}\s?pp\.|\b[0-9]{1,4}\s+pages\b|[£$€¥]\s?[0-9]+(?:[.,][0-9]{2})?(?!\S*\s?pp)"
                          r"|\b(?:[Hh]ardback|[Pp]aperback|[Hh]ardcover|[Cc]loth)\b|[0-9]+\s?(?:頁|ページ)|[0-9,]+\s?円")
"""What a book's details line under a review's head holds (its pages, price, binding or ISBN: ``Cambridge: Saltmarsh
Press, 2024. 312 pp. £25.00 (hardback). ISBN …``)."""
MIN_BOOK_DETAILS = 2
"""Marks of :data:`_BOOK_DETAIL` a book's details line holds at least (an ISBN alone is a registration line)."""
REVIEW_HEAD_REACH = 4
"""Lines under the title a review's head (the book's author and details) spans before the reviewer's line, at most."""


def reviewer_label(text: str) -> int:
    """Where the reviewer's name starts after a review's label (``Reviewed by Daniel Okafor, …``: 12), else 0.

    >>> reviewer_label("Reviewed by Daniel Okafor, University of Plymouth"), reviewer_label("Review of the plan")
    (12, 0)
    """
    m = _REVIEWER_LABEL.match(text)
    return m.end() if m else 0


def book_details(text: str) -> bool:
    """The line gives a reviewed book's details (:data:`_BOOK_DETAIL`, :data:`MIN_BOOK_DETAILS` of them, or an ISBN
    with its publisher's year).

    >>> book_details("Cambridge: Saltmarsh Press, 2024. 312 pp. £25.00 (hardback). ISBN 978-1-9999-0123-4")
    True
    >>> book_details("Tickets £5.00 at the door"), book_details("ISBN 978-1-9999-0123-4")
    (False, False)
    """
    return len(_BOOK_DETAIL.findall(text)) >= MIN_BOOK_DETAILS


_CITED_BY = re.compile(r"(?<=[^\s.])\.[ \t]+By[ \t]+[A-Z]")


def book_citation_cut(lines: list[Text], k: int) -> int | None:
    """Where the reviewed book's title ends on ``lines[k]``, a review's head set as a citation that runs on after it
    (``Neighbourhood Associations and the Making of Modern Tokyo, 1890–1960. By Haruka`` / ``Sonoda. Honolulu:
    University of Hawai‘i Press, 2024. xii + 318 pp. $68.00 (cloth).``): at the full stop before ``By`` and its
    author, the book's details (:func:`book_details`) on the rest of the line or the line under it; else ``None``.
    The title is the book's; its author and details are the head's, front. Decision (issue 16, helper title82 after
    fresh-user trial 81a: the review's title had been the book's title with ``. By Haruka`` after it).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> book_citation_cut(mk("Rivers of Concrete: Flood Control in Osaka. By Kenta Ishihara.",
    ...                      "Ithaca: Cornell University Press, 2025. x + 276 pp. $45.00 (paper)."), 0)
    42
    >>> book_citation_cut(mk("Harbour Lights. By Night", "A poem in three parts."), 0) is None
    True
    """
    text = lines[k].text
    m = _CITED_BY.search(text)
    if m is None or len(text[:m.start()].split()) < 2:
        return None
    if not (book_details(text[m.end():]) or (k + 1 < len(lines) and book_details(lines[k + 1].text))):
        return None
    return m.start()


def _review_head_line(text: str) -> bool:
    """A line of a review's head under the book's title: ``By`` its author, or its details (:func:`book_details`)."""
    return bool(byline(text)) or by_alone(text) or book_details(text)


def _read_reviewer(r: _Reading) -> None:
    """A book review's head: the book's title, ``By`` its author and its details (publisher, pages, price, ISBN:
    :func:`book_details`), then the reviewer's line (``Reviewed by Daniel Okafor, University of Plymouth``:
    :func:`reviewer_label`). The reviewer is the text's author, the speaker; the book's author and details stay in
    ``front``. Where the head gives the book's details but no reviewer's line (the reviewer signs at the end), the
    book's author is no speaker either (:func:`book_author_over_details`). Why (issue 16 point 2, helper rev74; fresh-user trial 74c): the book's
    author had been the review's speaker and the reviewer a line of ``front``."""
    if r.title is None:
        return
    end = r.title_end if r.title_end is not None else r.title + 1
    if r.speaker and byline(r.text(r.speaker[0])):
        end = r.speaker[0]  # the book's author read as the speaker, the head read from there (under a kind's label)
    for j in range(end, min(r.n, end + REVIEW_HEAD_REACH + 1)):
        text = r.text(j).strip()
        if reviewer_label(text):
            r.speaker, r.twins, r.k = [j], [], max(r.k, j + 1)
            if "speaker" not in r.cues:
                r.cues.append("speaker")
            return
        if not (j in r.speaker or _review_head_line(text)):
            break
        if r.speaker and j > r.speaker[-1] and book_details(text):
            r.k = max(r.k, j + 1)  # the book's details under its author: the head's, front (no paragraph of the review)


def book_author_over_details(lines: list[Text], block: Block) -> bool:
    """The block's speaker is a reviewed book's author (``By Margaret Lowe``), its details under it
    (:func:`book_details`) and no reviewer's line (:func:`_read_reviewer`): the review's head names the book, and its
    author is no speaker (the reviewer signs at the end). The block keeps the line as its speaker while blocks
    compete (its title stands right over it); the talk's speaker drops it."""
    if not block.speaker or not all(byline(lines[i].text) or by_alone(lines[i].text) for i in block.speaker):
        return False
    after = block.speaker[-1] + 1
    return any(book_details(lines[k].text) for k in range(after, min(len(lines), after + 2)))


def author_names(text: str) -> list[str]:
    """The names a line of authors holds, marks, a presenter's ``○`` and bracketed affiliations left out
    (``○佐々木 遥¹，大庭 健一²`` → ``佐々木 遥``, ``大庭 健一``; ``Ren Takahata (National Institute of Technology)`` →
    ``Ren Takahata``); none where the line is no authors' line (:func:`~pipeline.segment.names.author_line`).

    >>> author_names("○佐々木 遥¹，大庭 健一²"), author_names("Ren Takahata (Joetsu College)"), author_names("Sea Routes")
    (['佐々木 遥', '大庭 健一'], ['Ren Takahata'], [])
    """
    s = text.strip()
    if (bracketed := bracketed_authors(s)) is not None:
        return [s[a:b] for (a, b), _ in bracketed]
    if not marked_names(s) and not is_person_name(s.lstrip("○◯◎")):
        return []
    return [name.text for name, _ in split_authors(Text.inserted(s))]


def twin_authors(authors: str, line: str) -> bool:
    """``line`` names the authors of ``authors`` again, in Latin letters: as many names, each the same or its
    romanisation (:func:`~pipeline.segment.names.romanised_name`; ``○佐々木 遥¹，大庭 健一²`` / ``Haruka Sasaki¹, Kenichi
    Oba²``, ``○Michael Harrow¹, 三好 千尋²`` / ``Michael Harrow¹, Chihiro Miyoshi²``). A bilingual book of abstracts
    prints its authors once per language.

    >>> twin_authors("○佐々木 遥¹，大庭 健一²", "Haruka Sasaki¹, Kenichi Oba²"), twin_authors("佐々木 遥¹，大庭 健一²", "Anna Berg¹, Tom Lee²")
    (True, False)
    """
    from pipeline.segment.names import romanised_name

    if not JA_LETTER_RE.search(authors) or script_of(line) != EN or JA_LETTER_RE.search(line):
        return False
    ja, en = author_names(authors), author_names(line)
    return bool(ja) and len(ja) == len(en) and any(JA_LETTER_RE.search(a) for a in ja) \
        and all(a == b or (JA_LETTER_RE.search(a) and romanised_name(a, b)) for a, b in zip(ja, en))


def _read_english_authors(r: _Reading) -> bool:
    """The block's authors' line given again in English right under the Japanese authors and their affiliation lines,
    with its own affiliation lines (``Haruka Sasaki¹, Kenichi Oba²`` / ``¹Faculty of Fisheries, …; ²Hokuriku …``):
    the speaker's twins (:func:`twin_authors`), as one Japanese speaker line's English twin is; each affiliation line
    under it opens on a mark the English line carries, or is an organisation. Fresh-user trial 60: the English lines
    stood under the block, no running text right under it, and the abstract's id read as a listing's row."""
    first = r.speaker[0]
    j = r.speaker[-1] + 1
    if j >= r.n or not twin_authors(r.text(first), r.text(j)):
        return False
    twins = [j]
    for k in range(j + 1, min(r.n, j + 1 + MAX_AFFILIATION_LINES)):
        s = r.text(k).strip()
        mark = re.match(MARK, s)
        if not ((mark is not None and mark.group(0).strip() in r.text(j)) or is_organisation(s)) or is_prose(s) and mark is None:
            break
        twins.append(k)
    r.twins.extend(twins)
    r.k = max(r.k, twins[-1] + 1)
    return True


NUMBER_SPEAKER_GLUE = "—–-:： \u3000"
"""What may part a talk's number from the speaker's line after it (``Talk 2 — Jane Doe, …``, ``第2報告　…``)."""


def speaker_after_number(rest: str) -> bool:
    """The rest of a talk-number's line (:func:`_prefix`) is a speaker's line: a post and a name
    (:func:`~.names.speaker_split`: ``長野市 交通政策課長 小林 誠``), a name and its affiliation after a comma
    (``Jane Doe, City of Harwick``) or a name with its affiliation or city in brackets (``山田 太郎（青浜市）``).

    >>> [speaker_after_number(s) for s in ("山田 太郎（青浜市）", "— Jane Doe, City of Harwick", "長野市 交通政策課長 小林 誠",
    ...                                    "港町の交流", "Harbour Festivals and Local Pride")]
    [True, True, True, False, False]
    """
    from pipeline.segment.names import name_then_affiliation

    t = rest.lstrip(NUMBER_SPEAKER_GLUE)
    if not t or (speaker_split(t) is None and name_then_affiliation(t) is None):
        m = re.fullmatch(r"(.+?)\s*[（(]([^（）()]+)[）)]", t.strip())
        return m is not None and is_person_name(m.group(1)) \
            and (is_municipality(m.group(2).strip()) or is_organisation(m.group(2).strip()))
    return True


def _read_speaker_after_number(r: _Reading, rest: Text) -> None:
    """A talk number and its speaker on one line, the title under it (``第2報告　山田 太郎（青浜市）`` / ``青浜市の観光振興``,
    ``Talk 2 — Jane Doe, City of Harwick`` / ``Harbour Festivals and Local Pride``): the line is the speaker's (its
    number cut off, front), the next line the title, as :func:`_read_speaker_before_title` reads the number alone over
    the speaker (issue 16, helper front52: the speaker's line had become the title, the title front, and the English
    talks one talk). The title line must read as one: a title's start naming no one, no sentence, no section's
    heading or number."""
    lines, k = r.lines, r.k
    if r.number is None or r.number_line is not None or r.city is not None or k + 1 >= r.n \
            or not speaker_after_number(rest.text):
        return
    text = lines[k + 1].text
    if is_title_start(text) and _names_no_one(text) and not is_prose(text) and explicit_number(text.strip()) is None \
            and not is_chapter_heading(text) and not is_section_name(text) and speaker_split(text) is None:
        r.speaker, r.title, r.k = [k], k + 1, k + 2
        r.cues.extend(["speaker", "title"])


def _read_speaker_before_title(r: _Reading) -> None:
    """Under a talk-number line (the number alone on it), the speaker's line (affiliation and name) right under the number and the title
    under it: ``第1報告`` / ``長野市 交通政策課長 小林 誠`` / ``中山間地域における…`` / its English (issue 16, trial 51b:
    such proceedings gave one talk, the event's line its title). The same block as number → title → speaker, read
    in the other order: the speaker only where a title, naming no one, no section's heading or sentence, stands
    right under it, so a number over a name and prose (``報告2`` / a name / ``報告2で述べたように…``) opens nothing.
    The title's subtitle and English are read after it as usual (:func:`_read_subtitle`)."""
    if r.title is not None or r.number_line is None or r.speaker or r.k + 1 >= r.n:
        return  # the number alone on its line: a speaker's line after the prefix would keep the prefix (known miss)
    lines, k, cues = r.lines, r.k, list(r.cues)
    _read_speaker(r, 1, script_of(lines[k].text))
    j = r.k
    if r.speaker and r.speaker[0] == k and j < r.n:
        text = lines[j].text
        if is_title_start(text) and _names_no_one(text) and not is_prose(text) and explicit_number(text.strip()) is None \
                and not is_chapter_heading(text) and not is_section_name(text) and speaker_split(text) is None:
            r.title, r.k = j, j + 1
            r.cues.append("title")
            return
    r.speaker, r.k, r.cues[:] = [], k, cues  # no title under it: not this block's shape


def _read_title_after_speaker(r: _Reading) -> None:
    """Without a title over the speaker: a letter's subject under its sender, or a thesis cover's title set large
    under its author (:func:`_title_under_author`)."""
    if r.title is not None or not r.speaker:
        return
    lines, n, k = r.lines, r.n, r.k
    # a letter's sender: the organisation over its officer (``さくら台自治会`` / ``会長 山本 和夫``) is the officer's
    # affiliation, and the letter's subject stands under them (``第12回 役員会開催のお知らせ``), the body after it
    if "organisation" in r.cues and r.city_line is not None and r.speaker[0] == r.city_line + 1:
        r.speaker, r.city_line, r.city = [r.city_line, *r.speaker], None, None
        r.cues.remove("organisation")
    if k < n and is_title_start(lines[k].text) and _names_no_one(lines[k].text) and k + 1 < n \
            and ((is_prose(lines[k + 1].text) and not is_degree_statement(lines[k + 1].text))
                 or _opens_letter(lines[k + 1].text)):
        r.title, r.k = k, k + 1
        r.cues.append("title")
    else:
        under = _title_under_author(lines, k, r.speaker[-1], r.layout)
        if under is not None:  # a thesis cover that names its author over its title
            r.title, r.k = under, under + 1
            r.cues.append("late_title")


def _read_office(r: _Reading) -> None:
    """A report's cover: the issuing organisation right under the title (``水無瀬町上下水道課``), no person named; its
    year or edition may stand between them (``令和6年度版``, ``Vol. 3, No. 2``), and whom it is for
    (:func:`~.organisations.is_client_line`)."""
    lines, n, k, title = r.lines, r.n, r.k, r.title
    dated = k
    while title is not None and dated < n and (
            (dated < k + 2 and (is_date_line(lines[dated].text) or is_edition_line(lines[dated].text)
                                # a sheet's goal for its period (``今月の目標：…``) under its title (helper head83)
                                or _GOAL_LABEL.match(lines[dated].text.strip()) is not None))
            or (dated < k + 3 and masthead_descriptor(lines[dated].text))):
        # a masthead's descriptor under the periodical's name (``Newsletter of the Millbrook Village Association —
        # Issue 14, Autumn 2026``) is the title block's front matter beside its issue line, no issuing office, where
        # the issue closes on a credit naming its editor: the editor speaks for it (fresh-user trial 69, helper fix69b);
        # and where no credit closes it too: the line names what the periodical is, as a subtitle does, and no one
        # speaks for a newsletter's issue (issue 16 point 2, helper newsl85, trial 84b: ``Newsletter of the Wessex
        # Natural History Society``, its editor signing only her letter, had been the speaker)
        dated += 1
    # whom it is for (a client line, a notice's greeting to its readers, ``外国人の みなさんへ``) may stand between the
    # title and its office: front (trial 54b: a leaflet's office had stayed front under it, its city unread)
    if title is not None and dated < n - 1 and is_client_line(lines[dated].text):
        dated += 1
    # the office after its author's label (``Author: Office of Cultural Affairs, …``, ``報告者：…``) is the office: the
    # label is no field of a form (helper front52: such a report had lost its title block, title and all)
    office = lines[dated].text[byline(lines[dated].text):] if dated < n else ""
    if (edited := editor_credit(office)) is not None:
        office = office[:edited]  # an editor's credit (``…人事部 人材開発課 編``): the body it names (helper doc75)
    # a manual's maker (``The Sphinx Documentation Team``, ``日本語TeXコミュニティ``) is its author's organisation too
    # (a unit and its body after a report's ``Prepared by the``, ``Research Team, Westbrook Volunteer Network``, is
    # the office too: :func:`~.organisations.unit_and_body`)
    if title is not None and not r.speaker and dated < n \
            and (is_organisation(office) or maker_line(office) or (office != lines[dated].text and unit_and_body(office))) \
            and not venue_line(office) and not fixture_line(office) and not heads_its_text(lines, dated, r.layout) \
            and not article_over_text(lines, dated, r.layout) and form_field(office) is None and "organisation" not in r.cues and "city" not in r.cues \
            and len("".join(lines[title].text.split())) >= MIN_REPORT_TITLE and not masthead_publisher(lines[dated].text):
        if names_minutes(lines[title].text) and is_organisation(office):
            # a meeting's record has no author: the body it records, under its title (``Minutes of the Board
            # Meeting`` / ``Northgate … Friends' Association``), is its block's but no speaker, front matter as its
            # fields are (fresh-user trial 61 had the association for the speaker's affiliation)
            r.k = dated + 1
            r.cues.append("organisation")
            return
        # (a newsletter's publisher's line, ``編集・発行：桜台町役場 企画課``, is its masthead's front matter, no
        # speaker: the city is read from it as an office's line, :func:`office_line_city`; fresh-user trial 58)
        r.speaker, r.k = [dated], dated + 1
        if is_organisation(office):
            r.cues.append("organisation")
        # a maker's line is the block's author but no cue of a talk's start: a publisher's line over it (mendex's
        # ``アスキー・メディアワークス`` / ``日本語TEX開発コミュニティ``, under the manual's own title block) must not outweigh
        # the title block above it (regression corpus, helper front52)


MAX_ARTICLE_HEADLINE = 60
"""Characters a newsletter's article headline has at most (:func:`article_over_text`)."""


def article_over_text(lines: list[Text], k: int, layout: "Layout | None") -> bool:
    """In a text dump, ``lines[k]`` heads an article as a later line of the document does: each a short line
    (:data:`MAX_ARTICLE_HEADLINE`) that is no sentence, set apart from the line over it by a blank line, with running
    text (:func:`is_prose`) right under it in its box. A newsletter's article headline over its text, no issuing
    office, whatever organisation's word it holds; the dump's counterpart of :func:`heads_its_text`, which reads a
    PDF's sizes.

    Why (issue 16, fresh-user trial 68): a newsletter's first article, ``Library Hours`` (or ``Library Reopens``) right
    under its issue line, was read as the office under the masthead and became the speaker, its text ``front``.

    >>> from pipeline.segment.layout import Layout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1) if s]
    >>> ls = mk("Riverside News", "Issue 15", "", "Library Hours", "The library opens at nine on weekdays.", "",
    ...         "Letters", "Editors often disagree about what belongs in it.")
    >>> lay = Layout((), (3, 6))
    >>> article_over_text(ls, 2, lay), article_over_text(ls, 2, None)
    (True, False)
    >>> ls = mk("Annual Report 2024", "", "Harbour Trust", "", "The trust grew again this year, as it did before.")
    >>> article_over_text(ls, 1, Layout((), (2, 4)))  # the office stands apart from the text: a cover's
    False
    """
    if layout is None or not lines or any(layout.boxed(t) for t in lines[k:k + 2]):
        return False

    def heads(i: int) -> bool:
        s = lines[i].text.strip()
        return 0 < i < len(lines) - 1 and s and len(s) <= MAX_ARTICLE_HEADLINE and not is_prose(s) \
            and not s.endswith((".", "。", ":", "：")) and not layout.same_box(lines[i - 1], lines[i]) \
            and layout.same_box(lines[i], lines[i + 1]) and is_prose(lines[i + 1].text)

    return heads(k) and any(heads(i) for i in range(k + 2, len(lines)))


HEADING_OVER_TEXT = 1.15
"""A line set this many times the size of the running text right under it heads that text (sections.LARGER's share)."""


def heads_its_text(lines: list[Text], k: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[k]`` is set :data:`HEADING_OVER_TEXT` times the size or more of the line right under it on
    its page, running text (:func:`is_prose`): an article's heading over its text, no issuing office, whatever
    organisation's word it holds (trial 54b: a newsletter's ``New Library Opening Hours``, 13 pt bold over its
    10 pt text, had been read as the office under the masthead's issue line and became the speaker).

    >>> from pipeline.model import LineLayout
    >>> from pipeline.segment.layout import Layout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("New Library Opening Hours", "From 1 April the Central Library will open until 8 pm on weekdays.")
    >>> lay = Layout((LineLayout(page=1, size=13.0), LineLayout(page=1, size=10.0)), ())
    >>> heads_its_text(ls, 0, lay), heads_its_text(ls, 0, None), heads_its_text(ls, 1, lay)
    (True, False, False)
    """
    if layout is None or k + 1 >= len(lines):
        return False
    size, under = layout.size(lines[k]), layout.size(lines[k + 1])
    return bool(size and under) and size >= HEADING_OVER_TEXT * under and layout.page(lines[k]) == layout.page(lines[k + 1]) \
        and is_prose(lines[k + 1].text)


def block_title(lines: list[Text], start: int, layout: "Layout | None" = None) -> int | None:
    """The title line of the block read at ``start`` when its author or speaker line stands right under the
    title (a subtitle, or the title in the other language, may stand between): the block a paper's first page opens with, ``Evening Bus Services …``
    / ``A. Moreau and K. Sato, …``, or ``松江市`` / ``城下町の文化交流`` / ``松江市文化振興課長 石田 恵``; else ``None``.

    A running header set above a page's title is followed by that title, not by a speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> block_title(mk("港町の国際交流", "山田 太郎（架空大学）", "1. はじめに"), 0)
    0
    >>> block_title(mk("Harbour Review", "Port Cities Today", "Hanako Yamada, University of Tsukuba"), 0) is None
    True
    >>> block_title(mk("第2講演", "仙台市", "城下町の景観保全", "Landscape Conservation in a Castle Town",
    ...                "仙台市都市政策課長 田中 美咲", "1. 景観の現状"), 0)
    2
    """
    return title_over_speaker(lines, read_block(lines, start, layout=layout))


def title_over_speaker(lines: list[Text], block: Block) -> int | None:
    """:func:`block_title` for a block already read: its title line when its speaker stands right under it."""
    if block.title is None or not block.speaker:
        return None
    after = block.subtitle_lines.stop if block.subtitle is not None else block.title_lines.stop
    if block.translation is not None and block.translation >= after:
        # the title in the other language right under it (``城下町の景観保全`` / ``Landscape Conservation in a Castle
        # Town``) is the title's, as a subtitle is: a proceedings talk's number over such a block had been released
        # from the running heads only where no English title stood (trial 50b: three talks lost ``第1講演`` …)
        after = block.translation_end if block.translation_end is not None else block.translation + 1
    while after < len(lines) and is_client_line(lines[after].text):
        after += 1  # ``Prepared for …`` between a report's title and its authors
    if reviewer_label(lines[block.speaker[0]].text) and after < block.speaker[0] <= after + REVIEW_HEAD_REACH \
            and all(_review_head_line(lines[k].text) for k in range(after, block.speaker[0])):
        after = block.speaker[0]  # a review's head, the book's author and details, between its title and its reviewer
    if block.speaker[0] != after:
        return None
    # a cover's field may stand between the speaker's lines (``南海大学 工学部`` / ``学籍番号 20T3045`` / ``中村 彩花``)
    between = [i for i in range(after, block.speaker[-1] + 1) if i not in block.speaker]
    fields = all(cover_field(lines[i].text) or field_line(lines[i].text) or form_field(lines[i].text) for i in between)
    return block.title if fields else None


_ISSUER_APART = re.compile(r"\u3000+|[ \t]{2,}|[ \t]+[-–—][ \t]+")
"""White or a spaced dash parting an issuer's name from its document's kind on one line (``株式会社みちのく精機　統合報告書
2025（抜粋）``, ``Ferncliff Rowing Club – Annual Report 2024``)."""


def issued_report(text: str) -> bool:
    """A line naming an organisation, then its periodic report's kind with its year at most (:func:`~.events.is_report_kind`),
    parted by an ideographic space, two spaces or a spaced dash: the report's naming line, as the kind alone is on
    a line of its own under the name (decision trial 28), and as the organisation–dash–document line of session 73
    is the document's title (``organisations._ORGANISATION_DASH_WORK``), the line whole.

    >>> issued_report("株式会社みちのく精機　統合報告書2025（抜粋）"), issued_report("Ferncliff Rowing Club – Annual Report 2024")
    (True, True)
    >>> issued_report("統合報告書2025"), issued_report("株式会社みちのく精機"), issued_report("トップメッセージ　統合報告書")
    (False, False, False)
    """
    s = text.strip()
    for m in _ISSUER_APART.finditer(s):
        head, tail = s[:m.start()], s[m.end():]
        if head and tail and is_report_kind(tail) and (is_organisation(head) or organisation_line(head)):
            return True
    return False
