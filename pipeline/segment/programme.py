"""An event programme's lectures: where each lecture of a programme starts a talk of its own (issue 16 point 1).

A programme (市民公開講座のご案内, a symposium's leaflet) lists its lectures one under another, each a title under its
label (``演題：…``, ``Title: …``) with its speaker's line right under it (``講師：森川　健二　氏（…）``, ``講演者：…``,
``Speaker: Dr Anna Berg (…)``), often under the lecture's part or number (``第２部``, ``講演２``, ``【２】``, ``Lecture 2``)
or its time (``14:00～15:00``). A flyer of one lecture has one such pair; a syllabus or a table of contents lists titles
with no speaker. Each pair after the first starts a talk only where its cues add up as a title block's do
(:data:`~.titleblock.CUE_WEIGHTS`, :func:`~.talks.starts_here`): the number, the title, the speaker, and the
``opening`` cue, a lecture set as the one before it was. The event's shared lines over the first lecture (its
headline, date, venue) stay the first talk's front, as a proceedings' cover stays its first talk's; its lines after
the last lecture (organiser, registration, contact: :func:`event_tail`) are the last talk's front.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.model import Text
from pipeline.numbering import abstract_id
from pipeline.segment.contacts import MAX_CONTACT_LINE, contact_line
from pipeline.segment.labels import (FIELD_LABELS, LECTURER_LABEL, NOTICE_FIELD, PART_LABEL, PROGRAMME_SLOT,
                                     contact_lead, is_contact_heading, keyword_field, lecture_title, quoted_title,
                                     value_label)
from pipeline.segment.titleblock import CODED_TITLES, NUMBER_SPEAKER_GLUE, Block, is_prose, session_heading, talk_number

SPEAKER_WITHIN = 2
"""Lines under a lecture's title its speaker's line stands within (a subtitle or an English title between)."""
MAX_SLOT_REST = 12
"""Characters a part's line may hold after its number (``第１部　基調講演``): a label's, never a sentence."""

_EN_TITLE = re.compile(r"^[\s\u3000]*(?:Title|Topic)\s*:\s*(?=\S)")
_SPEAKER = re.compile(r"^[\s\u3000]*(?:講演者|発表者|登壇者|演者|Speaker|Presenter|Lecturer)[\s\u3000]*[:：][\s\u3000]*(?=\S)")
_PART = re.compile(rf"^[\s\u3000]*(?:{PROGRAMME_SLOT}|{PART_LABEL}[.:]?)[\s\u3000]*")


def _slot(text: str) -> str | None:
    """The part or number a programme's line opens with (``第２部``, ``講演２``, ``【２】``, ``Lecture 2``, ``Part 2``), or
    its time slot (``14:00～15:00``), as printed; ``None`` where it opens on neither.

    >>> _slot("第２部　基調講演"), _slot("Lecture 2"), _slot("14:00～15:00　演題：海"), _slot("演題：海")
    ('第２部', 'Lecture 2', '14:00～15:00', None)
    """
    s = text.strip()
    n = talk_number(s)
    if not n:
        m = _PART.match(s)
        n = m.end() if m is not None else 0
    return s[:n].rstrip() if n else None


def _numbered(prefix: str) -> bool:
    """A slot that numbers its lecture (``第２部``, ``講演２``), no time of day (``14:00～15:00``)."""
    return re.search(r"[0-9０-９一二三四五六七八九十]", prefix) is not None and re.search(r"[:：][0-9０-９]{2}", prefix) is None


def _titled(text: str) -> bool:
    """The line gives a lecture's title under its label, a slot before it or not."""
    if lecture_title(text) is not None:
        return True
    slot = _slot(text)
    # the dash or colon that parts a number from its title (``Part 2 — Title: …``) is neither's
    rest = text.strip()[len(slot):].lstrip(NUMBER_SPEAKER_GLUE) if slot is not None else text
    return _EN_TITLE.match(rest) is not None


def _speaker_line(text: str) -> bool:
    """A lecture's speaker under a label: ``講師`` before a name and its honorific (:data:`~.labels.LECTURER_LABEL`),
    or a speaker's label before any value (``講演者：…``, ``Speaker: …``)."""
    return LECTURER_LABEL.match(text) is not None or _SPEAKER.match(text) is not None


def _slot_alone(text: str) -> bool:
    """A part's, a number's or a time's line over the title: the slot, and at most a short label after it
    (``第１部　基調講演``, ``講演２``, ``14:00～15:00``)."""
    slot = _slot(text)
    if slot is None:
        return False
    rest = text.strip()[len(slot):].strip()
    return len(rest) <= MAX_SLOT_REST and not is_prose(rest) and not _titled(rest) and not rest.endswith(("。", "."))


def quoted_lecture(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a lecture's title set in quotation marks with no label (``「遠州灘の津波と防潮堤」``,
    :func:`~.labels.quoted_title`), right under its part's or time's line (``第1部 13:40～14:40``: :func:`_slot_alone`)
    and over its lecturer's line within :data:`SPEAKER_WITHIN` lines (helper prog59: with no ``演題：`` such a
    programme had been one talk titled by its first part's line). A headline in quotation marks (``「海とともに生きる
    まち」`` under the event's name) has no part over it and no lecturer under it: no lecture's.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("第1部 13:40～14:40", "「遠州灘の津波」", "講師：鈴木 一郎 氏（静岡大学 教授）", "「海のまち」", "講師：高橋 美紀 氏")
    >>> quoted_lecture(ls, 1), quoted_lecture(ls, 3)
    (True, False)
    """
    if quoted_title(lines[i].text) is None or i == 0 or not _slot_alone(lines[i - 1].text):
        return False
    return any(_speaker_line(lines[k].text) for k in range(i + 1, min(len(lines), i + 1 + SPEAKER_WITHIN)))


def lecture_blocks(lines: list[Text]) -> list[Block]:
    """The title block of each lecture a programme lists, in order: its title's line under its label, its speaker's
    line within :data:`SPEAKER_WITHIN` lines under it, and the part's, number's or time's line right over it when
    there is one. Cues: ``number`` (a part or a talk number, on the title's line or over it), ``title``, ``speaker``
    and, from the second lecture on, ``opening`` (a lecture before it set so). The block's ``title`` is the labelled
    line, or one in quotation marks under the part's or time's line (:func:`quoted_lecture`); its ``number`` the part's or number's view, alone on its line over the title (``number_line``) or opening
    the title's own line (``第２部　演題：…``, the dash or colon after it with it: ``Part 2 —``), never a time.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("市民公開講座", "第１部", "演題：地域の防災", "講師：森川　健二　氏（港南大学教授）", "第２部", "演題：図書館",
    ...         "講師：大川　由美　氏（みなと図書館長）")
    >>> [(b.start, b.title, b.speaker, b.cues) for b in lecture_blocks(ls)]
    [(1, 2, (3,), ('number', 'title', 'speaker')), (4, 5, (6,), ('number', 'title', 'speaker', 'opening'))]
    >>> lecture_blocks(mk("第１回", "演題：地域の防災", "第２回", "演題：図書館"))  # titles with no speaker: a syllabus's
    []
    >>> ls = mk("Part 1 — Title: Tides", "Speaker: Dr Anna Berg", "Part 2 — Title: Ports", "Speaker: Mr Tom Hale")
    >>> [(b.number.text, b.number_line, b.title, b.cues) for b in lecture_blocks(ls)]
    [('Part 1 —', None, 0, ('number', 'title', 'speaker')), ('Part 2 —', None, 2, ('number', 'title', 'speaker', 'opening'))]
    """
    blocks: list[Block] = []
    n = len(lines)
    i = 0
    while i < n:
        text = lines[i].text
        if not _titled(text) and not quoted_lecture(lines, i):
            i += 1
            continue
        speaker = next((k for k in range(i + 1, min(n, i + 1 + SPEAKER_WITHIN)) if _speaker_line(lines[k].text)), None)
        if speaker is None or any(_titled(lines[k].text) for k in range(i + 1, speaker)):
            i += 1
            continue
        # (cue names only: they are weighed where every title block's are, titleblock.CUE_WEIGHTS via
        # talks.starts_here; this reader stands apart because its cues are labels, 演題 and 講師, not a block's shapes)
        cues = ["title", "speaker"]
        start, number, number_line = i, None, None
        over = i - 1 if i and (not blocks or blocks[-1].end <= i - 1) else None
        if over is not None and _slot_alone(lines[over].text):
            start = over
            slot = _slot(lines[over].text)
            if _numbered(slot):
                lead = len(lines[over].text) - len(lines[over].text.lstrip())
                number, number_line = lines[over][lead:lead + len(slot)], over
                cues.insert(0, "number")
        elif (slot := _slot(text)) is not None and _numbered(slot):
            # the number on the title's line (``第２部　演題：…``, ``講演２　演題：…``, ``Part 2 — Title: …``) is the
            # talk's number as the number alone over it is, with the dash or colon that parts it from the title (front
            # both; the title is read after them): helper prog58, where it weighed as the number but gave none
            lead = len(text) - len(text.lstrip())
            glued = len(text) - len(text[lead + len(slot):].lstrip(NUMBER_SPEAKER_GLUE))
            # (an ideographic space kept, as a talk-number prefix keeps it: it is a character, never layout)
            number = lines[i][lead:len(text[:glued].rstrip(" \t"))]
            cues.insert(0, "number")
        if blocks:
            cues.append("opening")
        blocks.append(Block(start, speaker + 1, number=number, number_line=number_line, title=i, speaker=(speaker,),
                            cues=tuple(cues)))
        i = speaker + 1
    return blocks


_CREDIT = re.compile(r"^(?:(?:Co-?)?[Oo]rgani[sz]ed|Hosted|Sponsored|Supported|Presented|Funded)\s+by\s+\S"
                     r"|^In\s+(?:association|cooperation|co-operation|partnership)\s+with\s+\S")
"""An English event's credit line without a colon (``Organised by Riverside Town Council``, ``Supported by …``)."""
_SENTENCE_END = ("。", ".", "．", "!", "！", "?", "？")


def _event_line(text: str) -> bool:
    """A line of the event's own, the kind a programme sets after its last lecture: a field (``主催：…``, ``共催　…``,
    ``申込み：不要``, ``参加費：無料``, ``Registration: free``: :func:`~.labels.value_label`,
    :func:`~.labels.is_notice_field`), a credit (``Organised by …``), a contact's heading or a means of contact
    (``お問い合わせ``, ``問合せ：…　電話…``, ``Contact: …``). Never one that ends a sentence, unless its label is a listed
    field's (:data:`~.labels.FIELD_LABELS`: ``申込　電話でお申し込みください。``): a lecture's text may open on a label
    (``内容：…を紹介します。``).

    >>> [_event_line(s) for s in ("主催：西浜市教育委員会", "後援　西浜新聞社", "申込み：不要", "Organised by Riverside Council")]
    [True, True, True, True]
    >>> [_event_line(s) for s in ("お問い合わせ", "Contact: talks@riverside.example", "内容：体操を紹介します。", "森の話をします")]
    [True, True, False, False]
    >>> _event_line("申込　電話またはメールでお申し込みください。"), _event_line("参加費：無料です。")
    (True, True)

    A paper's keyword field (``Keywords: OCR, newspapers``, ``キーワード：古文書``: :func:`~.labels.keyword_field`) is
    the abstract's over it, never the event's, though its label is a listed field's (helper prog81, fresh-user trial
    80e: the last abstract's keywords had gone to the first talk's front, the others' staying with their abstracts):

    >>> _event_line("Keywords: OCR evaluation, newspapers"), _event_line("キーワード：過去帳，歴史人口学")
    (False, False)
    """
    s = text.strip()
    if not s or keyword_field(s):
        return False
    notice = NOTICE_FIELD.match(s)
    if (value_label(s) or (notice.group(1) if notice else None)) in FIELD_LABELS:
        return True  # an event's own field by its label (``申込　電話でお申し込みください。``), a sentence after it or not
    if s.endswith(_SENTENCE_END):
        return False
    return value_label(s) is not None or notice is not None or _CREDIT.match(s) is not None \
        or is_contact_heading(s) or contact_line(s) or contact_lead(s) is not None


def _under_event_line(text: str) -> bool:
    """A line a run of the event's lines may hold under its first (:func:`event_tail`): another of them, an office's or
    a person's short line under a contact's heading (no sentence), or a remark behind ``※`` (``※駐車場はありません。``)."""
    s = text.strip()
    return _event_line(s) or s.startswith("※") \
        or (0 < len(s) <= MAX_CONTACT_LINE and "\t" not in s and not s.endswith(_SENTENCE_END) and not is_prose(s))


def event_tail(lines: list[Text], blocks: list[Block]) -> int | None:
    """Where the event's own lines start after a programme's last lecture (``blocks``: :func:`lecture_blocks`), or
    ``None``: the document's closing run of lines, each the event's (:func:`_event_line`: ``主催：…``, ``後援：…``,
    ``申込み：不要``, ``問合せ：…``, ``Organised by …``, ``Registration: …``, ``Contact: …``) or a line under one
    (:func:`_under_event_line`), from the first event's line of the run. The lecture's own text over it (its summary
    under the speaker's line) ends at a sentence or a line that is no event's, and stays the lecture's.

    The event's lines are no lecture's: they stand after the last as its lines over the first stand before the
    first (its headline, date, venue), and go to the last talk's ``front`` as those go to the first's (decision, issue
    16, helper prog58: they had been the last lecture's paragraphs).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("第１部", "演題：海", "講師：森川　健二　氏", "海の話です。", "第２部", "演題：森", "講師：大川　由美　氏",
    ...         "森の話です。", "主催：港南市", "後援　港南新聞社", "問合せ：港南市生涯学習課　電話045-123-4567")
    >>> event_tail(ls, lecture_blocks(ls))
    8
    >>> event_tail(ls[:8], lecture_blocks(ls)), event_tail(ls[:8] + mk("本講座は港南市が主催します。"), lecture_blocks(ls))
    (None, None)
    """
    if not blocks:
        return None
    k = len(lines)
    while k > blocks[-1].end and _under_event_line(lines[k - 1].text):
        k -= 1
    while k < len(lines) and not _event_line(lines[k].text):
        k += 1
    return k if k < len(lines) else None


MIN_TIMETABLE_SLOTS = 3
"""Lines opening on a time of day a timetable holds at least (two may be a notice's opening and closing hours)."""
MIN_CODED_ITEMS = 2
"""Coded items (:func:`~.titleblock.coded_titles`) a programme with no times holds at least: two, as the codes' own
reading asks (one coded line is a title opening on a model number)."""
_TIME_SLOT = re.compile(r"^[\s\u3000]*(?P<h>[0-9０-９]{1,2})[:：.．](?P<m>[0-9０-９]{2})"
                        r"(?:[\s\u3000]*[～~〜\-–－][\s\u3000]*(?:[0-9０-９]{1,2}[:：.．][0-9０-９]{2})?)?(?:[\s\u3000]{2,}|\u3000)(?=\S)")
"""A timetable's slot at its line's start, its time or its span, then two spaces or an ideographic one and what
happens then (``09:00  Plenary 1 (Main Hall)``, ``10:15–11:45  Session A``, ``13:30～　開会``): one space after a
time is a sentence's (``10.30 am the doors open``)."""
_TIME_SLOT_SPACED = re.compile(r"^[\s\u3000]*(?P<h>[0-9０-９]{1,2})[:：](?P<m>[0-9０-９]{2})"
                               r"(?:[\s\u3000]*[～~〜\-–－][\s\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2})? "
                               r"(?=[A-Z\u3040-\u30ff\u3400-\u9fff「『【])")
"""A slot set with one plain space after its clock time (``09:00 Registration and coffee``, ``14:00 Using TEI in …``,
``10:00 開会式``): the time parted by a colon (a clock's, never ``10.30``) and the item opening on a capital or on
Japanese script, so ``10:30 am the doors open`` and ``10.30 the doors open`` stay a sentence's (helper prog73,
fresh-user trial 73c, whose programme's slots all had one space). Such slots count only where
:data:`MIN_TIMETABLE_SLOTS` of them stand, as every slot does."""
_EN_DAY_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
                r"|\s+[A-Z][a-z]+\s+[0-9]{1,2}(?:st|nd|rd|th)?)?(?:,?\s+[0-9]{4})?)")
_JA_DAY_DATE = r"(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(][月火水木金土日][）)])?)"
MAX_LINES_AFTER_SPACED = 6
"""Lines a timetable read from one-space slots (:data:`_TIME_SLOT_SPACED`) may have after it (the event's note, its
contact, a page's footer): a deck's agenda slide (``09:00 Welcome`` / ``09:30 Port data`` / ``10:30 Discussion``) has
its slides after it, and stays a deck (helper prog73)."""
_DAY_HEADING = re.compile(
    rf"^(?:{_EN_DAY_DATE}|{_JA_DAY_DATE}"
    rf"|(?:Day\s+(?:[0-9]{{1,2}}|One|Two|Three|Four|Five)|第?[0-9０-９一二三四五]日目?)"
    rf"(?:[\s\u3000]*[:：\-–—,]?[\s\u3000]*(?:{_EN_DAY_DATE}|{_JA_DAY_DATE}))?)"
    r"(?:[\s\u3000]*[（(][^()（）]{1,20}[）)])?$")
"""A day's heading alone on its line in a programme of several days (``Thursday 12 June``, ``Friday, 13 June 2025``,
``Day 2``, ``２日目``, ``6月14日（土）``, ``１日目　６月１４日（土）``, ``Day 2 – Friday 13 June``): the clock starts again under
it.

>>> [bool(_DAY_HEADING.match(s)) for s in ("Thursday 12 June", "Day 2", "1日目　6月14日（土）", "Day 1: Monday, 3 May",
...                                        "Session 1: Ports", "Lunch", "6月14日（土）")]
[True, True, True, True, False, False, True]
"""


def day_heading(text: str) -> bool:
    """The line is a day's heading alone in a programme of several days (:data:`_DAY_HEADING`: ``Day 2``,
    ``Friday 13 June``, ``２日目　６月１５日（日）``): the clock starts again under it, and it heads that day's part of
    the timetable (``stage._session_sections``)."""
    return _DAY_HEADING.match(text.strip()) is not None


def _set_in(t: Text) -> bool:
    """The line is set in from the margin: its text opens on a space, or its first character stood after one on its
    raw line (clean keeps a line's words, its indentation only in their positions)."""
    pos = t.first_pos()
    return t.text[:1] in " \u3000\t" or (pos is not None and pos[1] > 0)


CHAIR_LINE = re.compile(r"^[\s\u3000]*(?:座長|司会|進行|コーディネーター|Chairs?|Chairperson|Moderators?)[\s\u3000]*[:：]"
                        r"[\s\u3000]*(?=\S)")
"""A session's chair's (or moderator's) line under its heading: ``座長：高橋 健一（神戸大学）``, ``Chair: Yoko Sasaki``,
``司会：…``, ``Moderator: …``."""


def chair_line(text: str) -> bool:
    """The line names a session's chair or moderator behind its label (:data:`CHAIR_LINE`).

    >>> chair_line("座長：高橋 健一（神戸大学） Chair: Kenichi Takahashi"), chair_line("Moderator: Dr Ana Ruiz")
    (True, True)
    >>> chair_line("The chair thanked the speakers."), chair_line("Chairs: 40 in the hall")
    (False, True)
    """
    return CHAIR_LINE.match(text) is not None


def timetable(lines: list[Text]) -> range | None:
    """The lines of an event's timetable (a conference's or a forum's programme printed as a running order): from its
    first slot's line to the last line of its last slot's entries, ``None`` where the text is no timetable. Evidence:
    :data:`MIN_TIMETABLE_SLOTS` lines or more opening on a time of day (:data:`_TIME_SLOT`), their times never
    running backwards (parallel sessions share one), or :data:`MIN_CODED_ITEMS` coded items (``A1  Title`` over its
    speaker's line, codes counting up: :data:`~.titleblock.CODED_TITLES`, the session's heading over the first
    included), and no sentence among the lines from the first slot to the last (running text,
    :func:`~.titleblock.is_prose`, ending on a full stop: a programme lists what happens; an abstract, a report or
    minutes say it). The last slot's entries are the lines set in under it, up to a line at the margin (``Contact:
    …``, ``主催：…``: the event's own lines, :func:`event_tail`), or the end.

    Decision (issue 16 point 1, fresh-user trial 60): such a programme is ONE document, titled by the event's name
    over it (:func:`~.talks.talk_spans`), its slots and items kept one a line (:mod:`.stage`): its items are rows of
    a running order with no text of their own, as a listing of ids, titles and authors is no volume of talks
    (``talks._row_of_listing``). A flyer's lectures, each titled under its label (``演題：``, ``Title:``) with its
    lecturer's line (:func:`lecture_blocks`), are talks as before.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> timetable(mk("Forum 2026", "09:00  Opening", "10:15  Session A", "       A1  Tides", "12:00  Lunch",
    ...              "       Cafe", "Contact: x@y.org"))
    range(1, 6)
    >>> timetable(mk("Notice", "09:00  doors open", "17:00  doors close")) is None
    True

    A session's heading with its chair's line under it opens the timetable where they stand over its first slot
    (fresh-user trial 67b: the first session's heading and chair had stayed front, the second's were entries):

    >>> timetable(mk("Forum 2026", "Session 1: Ports", "Chair: K. Takahashi", "10:00  Tides", "10:40  Docks",
    ...              "11:20  Locks"))
    range(1, 6)
    """
    texts = [t.text for t in lines]
    slots = [(k, m) for k, t in enumerate(texts) if (m := _TIME_SLOT.match(t) or _TIME_SLOT_SPACED.match(t)) is not None]
    # a programme of several days starts its clock again under each day's heading (``Friday 13 June``)
    days = [sum(1 for j in range(k) if day_heading(texts[j])) for k, _ in slots]
    minutes = [(d, int(m.group("h").translate(_ASCII)) * 60 + int(m.group("m").translate(_ASCII)))
               for d, (_, m) in zip(days, slots)]
    if any(b < a for a, b in zip(minutes, minutes[1:])) or any(h > 24 * 60 for _, h in minutes):
        slots = []
    # a programme's coded items (``A1  Title`` over ``Name, Affiliation``: titleblock.coded_titles, read from the
    # document's evidence, codes counting up) are its entries where it prints no times
    coded = CODED_TITLES.get()
    items = [k for k, t in enumerate(texts) if t.strip() in coded]
    entries = sorted({k for k, _ in slots} | set(items))
    if len(slots) < MIN_TIMETABLE_SLOTS and len(items) < MIN_CODED_ITEMS:
        return None
    first, end = entries[0], entries[-1] + 1
    if first >= 2 and chair_line(texts[first - 1]) and session_heading(texts[first - 2].strip()):
        first -= 1  # the session's chair under its heading (``座長：高橋 健一``), over its first slot
    while first and session_heading(texts[first - 1].strip()):
        first -= 1  # the session's heading over its first item (``Session A — Open Data``)
    if first and day_heading(texts[first - 1]):
        first -= 1  # the first day's heading over its first session or slot (``Day 1``, ``Thursday 12 June``)
    while end < len(texts) and (not texts[end].strip() or _set_in(lines[end])):
        end += 1  # the last slot's entries, set in under it (``       Dr. Morag Lindqvist, Forum Chair``)
    while end > first and not texts[end - 1].strip():
        end -= 1
    if any(ends_sentence_line(texts[k]) for k in range(first, end)):
        return None  # a sentence: an abstract's, a report's or minutes' running text (an item's title ends on none)
    if any(_TIME_SLOT.match(texts[k]) is None for k, _ in slots) \
            and sum(1 for t in texts[end:] if t.strip()) > MAX_LINES_AFTER_SPACED:
        return None  # one-space slots with a document after them: a deck's or a report's agenda, no programme
    return range(first, end)


_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def ends_sentence_line(text: str) -> bool:
    """The line is running text ending a sentence (:func:`~.titleblock.is_prose`, a full stop last): what a
    timetable's lines never are, and a paper's, a report's or minutes' lines often are.

    >>> ends_sentence_line("Apologies were received from Cllr. Ward and Cllr. Singh."), ends_sentence_line("A1  Tides and towns")
    (True, False)
    """
    s = text.strip()
    return is_prose(s) and s.endswith(("。", ".", "．"))


MIN_TITLE_WORDS = 3
"""Words an English line must hold to be read as a timetable item's title printed again (``Opening``, ``Coffee
break``, ``Closing discussion`` are a running order's items, never an abstract's title)."""
MIN_TITLE_CHARS_JA = 6
"""Characters a Japanese line must hold to be read as a timetable item's title printed again (``開会挨拶`` is none)."""
ABSTRACT_TEXT_WITHIN = 8
"""Lines under a title printed again after a timetable that its running text stands within (an id's line, the
authors' and their affiliations' lines between)."""
MIN_ITEMS_WITH_TEXT = 2
"""Items of a timetable printed again with running text under them that make the document its talks' volume (one
may be a programme's own note repeating an item)."""
_ITEM_LEAD = re.compile(r"^[\s\u3000]*(?:[(（]?[0-9０-９]{1,3}[.．)）:：]\s*|[0-9０-９]{1,3}[\s\u3000]+(?=\S))")
"""A number leading an abstract's title (``1. Kuzushiji …``, ``(2) …``, ``3 Ice Cores …``): no part of the title the
timetable lists."""


def item_number_lead(text: str) -> int:
    """Length of the number leading a title of the programme's items printed again (``1. ``, ``(2) ``: :data:`_ITEM_LEAD`)
    in the stripped line, 0 where there is none.

    >>> item_number_lead("  1. Kuzushiji Recognition"), item_number_lead("Kuzushiji Recognition")
    (3, 0)
    """
    m = _ITEM_LEAD.match(text.strip())
    return m.end() if m is not None else 0


_TYPOGRAPHIC = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})
"""Typographic dashes and quotes as ASCII: a programme and its abstracts may set one title's marks differently."""


def _folded(text: str) -> str:
    """``text`` compared as a title: NFKC, case folded, typographic dashes and quotes as ASCII, one space between words.

    >>> _folded("Kelp  Forest Recovery – After Urchin’s Culling")
    "kelp forest recovery - after urchin's culling"
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHIC).split())


def _item_title(text: str) -> str:
    """The title a line after a timetable prints, folded (:func:`_folded`), without the number or the abstract's id
    that leads it (``1. Kuzushiji …``, ``講演番号 1A-01　…``, ``【A3】…``); ``""`` where what is left is too short to be
    told from a running order's item (:data:`MIN_TITLE_WORDS`, :data:`MIN_TITLE_CHARS_JA`) or is running text.

    >>> _item_title("1. Kuzushiji Recognition with Sparse Labels"), _item_title("Coffee break"), _item_title("2")
    ('kuzushiji recognition with sparse labels', '', '')
    """
    s = text.strip()
    s = s[abstract_id(s):] if abstract_id(s) else s
    s = s[m.end():] if (m := _ITEM_LEAD.match(s)) is not None else s
    s = s.strip(" \u3000")
    if not s or ends_sentence_line(s) or time_slot_line(s):
        return ""
    short = len(s.split()) < MIN_TITLE_WORDS if s.isascii() else len(s) < MIN_TITLE_CHARS_JA
    return "" if short else _folded(s)


def time_slot_line(text: str) -> bool:
    """The line opens on a timetable's slot (:data:`_TIME_SLOT`, :data:`_TIME_SLOT_SPACED`)."""
    return _TIME_SLOT.match(text) is not None or _TIME_SLOT_SPACED.match(text) is not None


def _listed_in(title: str, listed: list[str]) -> bool:
    """``title`` (folded) stands whole in one of the timetable's folded lines: word for word in an English line (never
    inside a longer word), anywhere in a Japanese one."""
    if not any(title in t for t in listed) or not title.isascii():
        return any(title in t for t in listed)
    pattern = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])")
    return any(pattern.search(t) for t in listed)


_LISTED_ITEM = re.compile(r"^[\s\u3000]*(?P<n>[0-9]{1,2})[.)．）][\s\u3000]*(?=\S)")
"""A programme's item numbered at its line's start (``1. Reading Worn Inscriptions … (Eleni Papadopoulou)``)."""
MAX_LISTING_START = 60
"""Lines from the document's start a programme listing its items by number (:func:`numbered_listing`) opens within:
a programme stands over its abstracts, near the cover."""


def numbered_listing(lines: list[Text]) -> range | None:
    """The first run of lines, opening within :data:`MAX_LISTING_START` lines, each an item numbered from 1 up by one
    (:data:`_LISTED_ITEM`: ``1. …``, ``2) …``), no blank line between, none ending a sentence: a programme listing its
    talks by number with no times (:func:`timetable` reads the timed ones). ``None`` where there is none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> numbered_listing(mk("Workshop 2026", "Programme", "1. Raking Light (E. Papa)", "2. Funerary Epigrams (N. Georgiou)", ""))
    range(2, 4)
    >>> numbered_listing(mk("Report", "1. We met twice.", "2. The budget was agreed.")) is None
    True
    """
    k = 0
    while k < min(len(lines), MAX_LISTING_START):
        m = _LISTED_ITEM.match(lines[k].text)
        if m is None or m.group("n") != "1":
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (n := _LISTED_ITEM.match(lines[end].text)) is not None \
                and int(n.group("n")) == end - k + 1:
            end += 1
        if end - k >= MIN_ITEMS_WITH_TEXT and not any(ends_sentence_line(lines[j].text) for j in range(k, end)):
            return range(k, end)
        k = end
    return None


def items_with_text(lines: list[Text]) -> list[int]:
    """Where each abstract of a programme's items starts, after the programme's timetable (:func:`timetable`; else its
    items numbered with no times, :func:`numbered_listing`): a line
    printing again the title of an item the timetable lists (``1. Kuzushiji Recognition with Sparse Labels`` under
    ``10:30-12:00  Session 1: …`` / ``1. Kuzushiji Recognition with Sparse Labels``; ``Dating Medieval Charters …``
    under ``09:45  Dating Medieval Charters …``), its number or id leading it or not, with running text within
    :data:`ABSTRACT_TEXT_WITHIN` lines under it (its authors' lines between); the start is the line of its talk number
    or id alone right over it where one stands (``Abstract ID 12`` / the title). Empty unless
    :data:`MIN_ITEMS_WITH_TEXT` such titles stand.

    Decision (issue 16, helper prog81, fresh-user trial 80e's ``hda_programme.txt``): a programme followed by its
    abstracts is a volume of the abstracts, each a talk (its title, authors and text), the cover and the programme the
    first talk's front (as a proceedings' cover is): the programme's items then have text of their own, which a
    timetable alone (one document, :func:`timetable`) has not. The workshop had been one document whose programme's
    numbered items were sections 1-3 beside its abstracts' sections 1-3, the authors' lines paragraphs. A title the
    timetable does not list, and an item printed again with no running text under it (a programme repeated, a list of
    the talks), start nothing.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("Forum 2026", "09:00  Welcome", "09:30  Tides in the Outer Harbour", "10:00  Sediment Plumes after Storms",
    ...          "10:30  Close", "", "Tides in the Outer Harbour", "Anna Berg", "We measured the tides for two years.",
    ...          "", "Sediment Plumes after Storms", "Ken Ito", "Plumes spread twice as far after storms.")
    >>> items_with_text(doc), items_with_text(doc[:9]), items_with_text(doc[:7] + doc[8:11])
    ([6, 10], [], [])
    """
    table = timetable(lines) or numbered_listing(lines)
    if table is None:
        return []
    # (a title the programme wraps over two lines is listed whole too)
    listed = [_folded(lines[k].text) for k in table] \
        + [_folded(lines[k].text + " " + lines[k + 1].text) for k in table if k + 1 in table]
    titles = [k for k in range(table.stop, len(lines)) if (title := _item_title(lines[k].text)) and _listed_in(title, listed)]
    starts = []
    for n, k in enumerate(titles):
        stop = min(len(lines), k + 1 + ABSTRACT_TEXT_WITHIN, titles[n + 1] if n + 1 < len(titles) else len(lines))
        if not any(ends_sentence_line(lines[j].text) or is_prose(lines[j].text.strip()) for j in range(k + 1, stop)):
            continue
        above = k - 1
        lone = above >= table.stop and (s := lines[above].text.strip()) \
            and (abstract_id(s) == len(s) or talk_number(s) == len(s))
        starts.append(above if lone else k)
    return starts if len(starts) >= MIN_ITEMS_WITH_TEXT else []
