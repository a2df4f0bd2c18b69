"""Lines that name the event a talk was given at or the kind of a document, never a talk's title.

``第3回 地域交通シンポジウム``, ``The 12th Workshop on Ports`` (an event: a series number or year and an event
word); ``令和4年度 修士論文``, ``Annual Technical Report 2024`` (a cover's label of the document's kind).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.eras import ERA
from pipeline import lazyre
from pipeline.chardata import LINE_CACHE
from pipeline.model import Text
from pipeline.numbering import fold
from pipeline.segment.labels import ABSTRACT_DIGEST_JA, ABSTRACT_WORDS_JA, COVER_LABELS, STATED_DATE, TITLE_LABELS, cover_label, date_digits, dated_masthead, is_title_label, wholly_bracketed  # noqa: F401  (re-exported)

VOLUME_WORDS = ("講演録", "講演集", "論文集", "予稿集", "報告集", "紀要", "論文誌", "学会誌", "Proceedings", "Journal",
                "Transactions", "Bulletin", "Annals")
"""Words that name a volume of an event's talks or papers, or a journal's (its running head names it)."""
EVENT_WORDS = ("シンポジウム", "フォーラム", "セミナー", "研究会", "講演会", "大会", "学術集会", "会議", "交流会", "報告会",
               "発表会", "協議会", "懇談会", "総会", "サミット", *VOLUME_WORDS, "Symposium",
               "Conference", "Workshop", "Forum", "Seminar", "Congress", "Meeting", "Summit", "Colloquium")
"""Words an event's name (or its volume's: 講演録, 予稿集, Proceedings) holds: the event a talk was given at, not the
talk's title."""
_SERIES = lazyre.compile(r"^(?:[Tt]he\s+)?(?:第\s?[0-9０-９一二三四五六七八九十]{1,3}\s?回|[0-9]{1,3}(?:st|nd|rd|th)\b"
                     r"|" + ERA + r"\s?[0-9０-９元]{1,2}\s?年度?|[0-9０-９]{4}\s?年度?|[0-9]{4}\b)")
"""What opens an event's name: a series number (``第3回``, ``12th``) or the year it was held (``平成28年度``, ``2024``)."""



@lru_cache(maxsize=LINE_CACHE)
def is_event_line(text: str) -> bool:
    """The name of the event a talk was given at: a series number (``第3回``, ``12th``) or a year, and an event word.

    >>> is_event_line("第3回 地域交通シンポジウム"), is_event_line("The 12th Workshop on Ports"), is_event_line("第3回の挑戦")
    (True, True, False)
    >>> is_event_line("地域交通を考える市民フォーラム"), is_event_line("バス路線の再編と住民の移動")
    (False, False)
    >>> is_event_line("平成28年度 都市間交流セミナー 講演録"), is_event_line("2024 Harbour Forum")
    (True, True)
    >>> is_event_line("第5回　北陸・東北都市交流会議　講演録"), is_event_line("第2回 会議の進め方")
    (True, False)
    >>> is_event_line("第5回まちなか再生協議会　議事録")
    False
    >>> is_event_line("日本音響学会 2024年秋季研究発表会"), is_event_line("日本音響学会の研究発表会")  # its organiser first
    (True, False)
    >>> is_event_line("Conference on Fabulous Presentations, 2009"), is_event_line("Lessons from the 2009 Conference")  # its year last
    (True, False)
    >>> is_event_line("Minutes of the Annual General Meeting 2025"), is_event_line("2025 Annual Meeting Agenda")  # its record
    (False, False)
    >>> is_event_line("Proceedings of the Fourth Workshop on Small-Scale Fermentation Science")  # a volume, its event's
    True
    >>> is_event_line("Book of Abstracts — 7th Nordic Workshop on Soil Ecology"), is_event_line("Abstracts: 12th Harbour Forum")
    (True, True)
    >>> is_event_line("12th Symposium on Coastal City Disaster Resilience — Book of Abstracts")  # the event first
    True
    >>> is_event_line("Papers of a Lost Library"), is_event_line("Proceedings of the committee were delayed.")
    (False, False)

    A volume's label alone over its papers (:data:`_VOLUME_ALONE`; trial 54):

    >>> is_event_line("Book of Abstracts"), is_event_line("BOOK OF ABSTRACTS"), is_event_line("講演要旨集"), is_event_line("proceedings")
    (True, True, True, False)

    An event named with its acronym and year, before its name or in brackets after it (:data:`_ACRONYM_LEAD`,
    :data:`_ACRONYM_TAIL`; trial 44, a volume's header over its first paper):

    >>> is_event_line("UBS 2025: Fifth Symposium on Urban Beekeeping"), is_event_line("Workshop on Low-Power Sensing (LPES 2025)")
    (True, True)
    >>> is_event_line("ICSE '25 Workshop on Software Repair"), is_event_line("Lessons from the LPES 2025 Workshop")
    (True, False)
    """
    s = text.strip()
    if dated_masthead(s):
        return False  # a periodical's masthead with its issue's season (``… Club Bulletin — Spring 2026``), no event
    if _VOLUME_ALONE.match(s) and not s[:1].islower():
        return True  # the volume's label alone over its papers (``Book of Abstracts``, ``講演要旨集``; not a word in a list)
    if _VOLUME_OF.match(s) and len(s) <= MAX_VOLUME_NAME and not s.endswith((".", "。")):
        return True  # a volume named after its event (``Proceedings of the Fourth Workshop on …``): no paper's title
    if (m := _VOLUME_AFTER.match(s)) and len(s) <= MAX_VOLUME_NAME and is_event_line(m.group(1)):
        return True  # the event's name, then its volume's (``12th Symposium on … — Book of Abstracts``, trial 55b)
    if (_ACRONYM_LEAD.match(s) or _ACRONYM_TAIL.search(s)) and len(s) <= MAX_VOLUME_NAME and _EVENT_WORD.search(s) \
            and _RECORD_OF_EVENT.search(s) is None and not s.endswith((".", "。")):
        return True
    return len(s) <= 60 and (_SERIES.match(s) is not None or _SERIES.match(_without_organiser(s)) is not None
                             or _HELD_IN.search(s) is not None) \
        and _EVENT_WORD.search(s) is not None and _RECORD_OF_EVENT.search(s) is None and not is_record_heading(s)


_VOLUME_ALONE = lazyre.compile(
    r"^(?:(?:Book\s+of\s+(?:Abstracts|Proceedings|Papers)|Abstract\s+Book|(?:Conference\s+)?Proceedings|Extended\s+Abstracts"
    r"|Program(?:me)?\s+(?:and|&)\s+(?:Book\s+of\s+)?Abstracts)"
    r"|(?:講演|発表|研究発表)?(?:要旨集|予稿集|論文集|梗概集|抄録集|アブストラクト集))$", re.IGNORECASE)
"""A volume's label alone on its line, over its papers (``Book of Abstracts``, ``Abstract Book``, ``Proceedings``,
``Programme and Abstracts``, ``講演要旨集``, ``予稿集``): the volume's, never a paper's title (trial 54: a book's
``Book of Abstracts`` over its event's name had been the first abstract's title, or a talk of its own)."""
_VOLUME_OF = lazyre.compile(r"^(?:Proceedings|Papers|Abstracts|Extended Abstracts|Book of Abstracts)"
                        r"(?:\s+of\s+(?:the\s+)?|\s*[—–:]\s*|\s+-\s+)[A-Z0-9]")
"""A volume named after its event, above its papers (``Proceedings of the Fourth Workshop on Small-Scale Fermentation
Science``, trial 27, where it was read as the first paper's title; ``Book of Abstracts of …``, or the event after a
dash or a colon: ``Book of Abstracts — 7th Nordic Workshop on …``, trial 30)."""
_VOLUME_AFTER = lazyre.compile(r"^(.*\S)\s*(?:[—–:：|]|\s-\s)\s*(?:Book\s+of\s+(?:Abstracts|Proceedings|Papers)|Abstract\s+Book"
                           r"|(?:Conference\s+)?Proceedings|(?:Extended\s+)?Abstracts|Program(?:me)?\s+(?:and|&)\s+Abstracts)$",
                           re.IGNORECASE)
"""An event's name, then its volume's label after a dash or a colon (``12th Symposium on Coastal City Disaster Resilience
— Book of Abstracts``: trial 55b's English volume header, read as the first abstract's running text by its length, so
the header became a talk of its own); the name before the label must be an event line itself."""
MAX_VOLUME_NAME = 160
"""Characters a volume's name runs to at most (an event's full name is long)."""
_ACRONYM_YEAR = r"[A-Z][A-Za-z&\-]*[A-Z][A-Za-z&\-]*(?:[\s\-]?(?:19|20)[0-9]{2}|\s?['’][0-9]{2})"
"""An event's acronym and the year it was held (``LPES 2025``, ``ICSE '25``, ``UbiComp-2024``): two capitals or more;
a year of two digits only after its apostrophe (``COVID-19`` opening a paper's title is no event's year: review 46)."""
_ACRONYM_LEAD = lazyre.compile(rf"^{_ACRONYM_YEAR}(?:\s*[:—–]\s*|\s+-\s+|\s+)(?=[A-Z0-9])")
"""An event's acronym and year before its name (``UBS 2025: Fifth Symposium on …``)."""
_ACRONYM_TAIL = lazyre.compile(rf"\s[(（]{_ACRONYM_YEAR}[)）]$")
"""An event's acronym and year in brackets after its name (``… Workshop on Low-Power Sensing (LPES 2025)``)."""
_HELD_IN = lazyre.compile(r"(?<=[A-Za-z])[,\s]\s*(?:19|20)[0-9]{2}$")
"""The year an English event's name ends with (``Conference on Fabulous Presentations, 2009``, ``Harbour Forum 2024``)."""


_DATED_NAME = lazyre.compile(r"^[A-Z][\w&.'’\-]*(?:\s+[A-Z0-9][\w&.'’\-]*){0,4}\s+(?:19|20)[0-9]{2}$")


def names_a_dated_occasion(text: str) -> bool:
    """A name of capitalised words dated by its year, nothing else (``PyData Berlin 2025``, ``EuroSciPy 2024``):
    how a deck's cover names the event it was given at, where no event word shows.

    >>> names_a_dated_occasion("PyData Berlin 2025"), names_a_dated_occasion("Results from 2024"), names_a_dated_occasion("2024")
    (True, False, False)
    """
    return _DATED_NAME.match(text.strip()) is not None


def _without_organiser(text: str) -> str:
    """The line without an organiser's name before the series number or the year (``日本音響学会 2024年秋季研究発表会``,
    ``電子情報通信学会2025年総合大会``): what follows the name's last organisation word, where there is one."""
    from pipeline.segment.organisations import ORGANISATION_WORDS

    m = re.match("^.{1,20}?(?:" + "|".join(map(re.escape, ORGANISATION_WORDS)) + r")[\s　]*", text)
    return text[m.end():] if m is not None else text


_RECORD_OF_EVENT = lazyre.compile(r"(?:議事録|会議録|議事要旨|記録|報告書?|結果|要項|次第|Minutes|Report|Results|Agenda)$",
                                  re.IGNORECASE)
"""A document of the event (``第5回まちなか再生協議会　議事録``: its minutes; ``… 議事次第``, ``… Agenda``; a report of
its results, ``第35回　…将棋クラブ春季大会　結果報告``, ``… 大会結果``, ``… 開催要項``: fresh-user trial 77b, where the
report's title had been read as the event's name and its organiser's credit line became the title) is that
document's title, not the event a talk was given at."""
def is_event_record(text: str) -> bool:
    """An event's name with the kind of its record after it (``第3回 まちづくり市民フォーラム 記録``, ``第5回まちなか再生協議会
    議事録``, ``2024 Harbour Forum Report``): what :func:`is_event_line` leaves out as the record's own title. Over a
    talk's quoted title (:func:`quoted_title`) it is the volume's heading, not the talk's title.

    >>> is_event_record("第3回 まちづくり市民フォーラム 記録"), is_event_record("第3回 まちづくり市民フォーラム")
    (True, False)
    >>> is_event_record("空き家の記録")
    False
    """
    s = text.strip()
    return (len(s) <= 60 and _RECORD_OF_EVENT.search(s) is not None and _EVENT_WORD.search(s) is not None
            and (_SERIES.match(s) is not None or _SERIES.match(_without_organiser(s)) is not None))


_QUOTES = {"「": "」", "『": "』", "“": "”"}


def quoted_title(text: str) -> bool:
    """A line that is wholly one quotation (``「空き家を地域の資源に変える」``, ``『…』``, ``“…”``): a talk's title as
    a record of the event sets it, under the event's name.

    >>> quoted_title("「空き家を地域の資源に変える」"), quoted_title("「港」とは何か"), quoted_title("「A」と「B」")
    (True, False, False)
    """
    return wholly_bracketed(text, _QUOTES)


_RECORD_STATE = r"^(?:(?:Draft|Approved|Confirmed|Unconfirmed|Provisional|Official|Revised|Final)\s+)?"
"""What a record's heading may say of its state before its kind (``Draft Minutes of …``)."""
_RECORD_HEADING = lazyre.compile(_RECORD_STATE + r"(?:Minutes|Agenda|Notice|Record|Records|Summary|Report|Transcript|Notes)"
                             r"\s+(?:of|for)\s+\S")
"""A heading led by a meeting's record and what it records (``Minutes of …``, ``Agenda for …``, ``Notice of …``)."""
_RECORD_HEADING_CAPITALS = lazyre.compile(_RECORD_HEADING.pattern, re.IGNORECASE)


def is_record_heading(text: str) -> bool:
    """A heading that names a record of a meeting or of a body by its kind first (``Minutes of the Monthly
    Committee Meeting``, ``Agenda for the Annual General Meeting 2025``, ``Notice of Extraordinary General Meeting``,
    ``Report of the Harbour Board``): the document's own title. The meeting or the body after ``of``/``for`` is what
    it records: the line is no event's name (:func:`is_event_line`) and no organisation's
    (:func:`~.titleblock.read_block`), however much its words say ``Meeting`` or ``Committee``.

    >>> is_record_heading("Minutes of the Monthly Committee Meeting"), is_record_heading("Agenda for the AGM")
    (True, True)
    >>> is_record_heading("Minutes"), is_record_heading("Ten minutes of fame"), is_record_heading("Committee on Ports")
    (False, False, False)
    >>> is_record_heading("MINUTES OF THE MEETING OF THE PARISH COUNCIL"), is_record_heading("minutes of the meeting")
    (True, False)
    """
    s = text.strip()
    # set in capitals, as a council's minutes often head themselves (``MINUTES OF THE MEETING OF THE PARISH COUNCIL``)
    shape = _RECORD_HEADING_CAPITALS if s.isupper() else _RECORD_HEADING
    return len(s) <= 100 and shape.match(s) is not None and not s.endswith(("。", ".", ",", ";"))


RECORD_KINDS = ("Minutes", "Meeting Minutes", "Agenda", "Meeting Agenda", "Agenda and Minutes", "Minutes and Agenda",
                "Draft Minutes", "Approved Minutes", "Unconfirmed Minutes", "Notes of Meeting", "議事録", "会議録",
                "議事要旨", "次第", "議事次第", "会議次第")
"""A meeting's record named by its kind alone, on a line of its own over the meeting's name (``Minutes`` /
``Lakeside Allotment Society Spring Meeting``)."""


_RECORD_KINDS_FOLDED = frozenset(k.casefold() for k in RECORD_KINDS)

_MINUTES_TITLE_JA = lazyre.compile(r"(?:議事録|会議録|議事要旨|議事概要|会議記録|速記録|(?:委員会|審議会|協議会|部会)記録)(?:[（(][^（()）]{1,20}[）)])?$")
_MINUTES_TITLE_EN = lazyre.compile(_RECORD_STATE + r"(?:Minutes|Transcript|Verbatim Record)\s+of\s+\S", re.IGNORECASE)


_ADJOURNMENT_EN = lazyre.compile(
    r"^(?:there being no (?:further|other) business,?\s+)?(?:the\s+)?(?:(?:meeting|session|hearing)\s+(?:was\s+)?"
    r"(?:declared\s+)?(?:closed|adjourned|ended|concluded|finished)|(?:the\s+)?(?:chair|chairman|chairperson|president)\s+"
    r"(?:closed|adjourned|ended)\s+the\s+(?:meeting|session))(?:\s+(?:at|on)\s[^;]{1,30})?\.?$", re.IGNORECASE)
_ADJOURNMENT_JA = lazyre.compile(r"(?:閉会|散会)")
_NEXT_MEETING = lazyre.compile(r"^(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b", re.IGNORECASE)
"""A sentence naming the next meeting (``Next meeting: 11 April 2026.``, ``The next meeting will be held on …``,
``Date of next meeting: …``), which minutes set on the closing statement's line."""


_SESSION_TIME = lazyre.compile(r"^[〔（(［\[]?(?:午前|午後)?[ \u3000]?[0-9０-９]{1,2}[ \u3000]?時(?:[ \u3000]?[0-9０-９]{1,2}[ \u3000]?分)?"
                               r"[ \u3000]*(?:開議|開会|再開|休憩|散会|閉会|延会|閉議)[〕）)］\]]?$")


def is_session_time(text: str) -> bool:
    """A minutes' note of when the sitting opened, broke, resumed or closed, alone on its line (``午前10時00分　開議``,
    ``午後1時30分開会``, ``（午前11時02分　休憩）``, ``午後3時15分　再開``): the record's note, never a heading (trial 54's
    variant: the opening time right under the attendance fields headed every speech).

    >>> is_session_time("午前10時00分　開議"), is_session_time("（午前11時02分　休憩）"), is_session_time("午前10時から開議します。")
    (True, True, False)
    """
    return _SESSION_TIME.match(" ".join(text.split()).replace(" ", "\u3000")) is not None


_SESSION_NAME = lazyre.compile(
    r"^(?:" + ERA + r"(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年)?[ \u3000]*第[0-9０-９]{1,2}回[ \u3000]*(?:定例会|臨時会)$")


def is_session_name(text: str) -> bool:
    """An assembly's session alone on its line, its year and number (``令和６年第３回定例会``, ``第2回臨時会``): the
    sitting a committee's record belongs to, set over the record's name (``建設水道委員会記録``), which is the title;
    the session is front matter, as a report's year over its title is (decision, fresh-user trial 61: the session had
    been the title, the record's name front). A session named with its assembly (``第3回静岡市議会定例会``) is
    another line: it names the body.

    >>> is_session_name("令和６年第３回定例会"), is_session_name("第2回 臨時会"), is_session_name("令和元年第1回定例会")
    (True, True, True)
    >>> is_session_name("第3回静岡市議会定例会"), is_session_name("令和6年第3回定例会会議録"), is_session_name("定例会")
    (False, False, False)
    """
    return _SESSION_NAME.match(text.strip(" \u3000")) is not None


_ENACTED = r"(?:adopted|approved|enacted|passed|ratified|endorsed)"
_ENACTMENT_EN = lazyre.compile(
    rf"^(?:(?:This|The)\s+(?:policy|bylaw|by-law|code|rules|regulations?|procedures?|ordinance|charter|constitution"
    rf"|standards?|guidelines?|statutes?)\s+(?:was|is|were)\s+{_ENACTED}|Adopted|Approved|Enacted|Passed|Ratified|Endorsed)"
    rf"(?:\s+and\s+{_ENACTED})?(?:\s+by\s+(?:the\s+)?[A-Z][^.;:]{{0,80}}?)?[,\s]+(?:on\s+|this\s+|at\s+[^,;]{{1,40}},?\s+)?"
    rf"{STATED_DATE}\.?$")
_ENACTMENT_JA = lazyre.compile(r"^[（(]?(?:" + ERA + r"(?:[0-9０-９]{1,2}|元)|[0-9０-９]{4})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
                               r"[ \u3000]*(?:制定|施行|策定|改定|改正|一部改正|決定|議決)[）)]?$")


def is_enactment(text: str) -> bool:
    """A document's closing statement of when (and by whom) it was adopted, alone on its line: ``Adopted by Council
    Resolution 2025-114, 3 June 2025.``, ``Approved by the Town Council on 12 May 2024.``, ``This policy was approved
    by the Board on 4 April 2023.``, ``Passed and adopted this 3rd day of June, 2025.``, ``令和7年4月1日　制定``,
    ``（2025年4月1日施行）``. A policy, a bylaw, a code or a set of rules ends so, as minutes end on ``Meeting closed
    at …`` (:func:`is_adjournment`): the record of the document, no part of its last section's text, so
    ``paper.front`` (the closing block, docs/talk-json.md; fresh-user trial 62, where it had been the last section's
    paragraph). The statement ends on its date, and a sentence of the body naming something else adopted (``The
    report was adopted by the club committee in June.``, ``Approved plots are listed on the noticeboard.``) is none.

    >>> is_enactment("Adopted by Council Resolution 2025-114, 3 June 2025."), is_enactment("Enacted by the Library Board, 4 April 2023.")
    (True, True)
    >>> is_enactment("This policy was approved by the Board on 4 April 2023."), is_enactment("Passed and adopted this 3rd day of June, 2025.")
    (True, True)
    >>> is_enactment("令和7年4月1日　制定"), is_enactment("（2025年4月1日施行）"), is_enactment("令和7年4月1日から施行する。")
    (True, True, False)
    >>> is_enactment("令和七年四月一日　制定"), is_enactment("（二〇二五年四月一日施行）")  # kanji numerals: the shared reader
    (True, True)
    >>> is_enactment("The report was adopted by the club committee on 3 June 2024."), is_enactment("Approved plots are listed on the noticeboard.")
    (False, False)
    """
    s = " ".join(text.split())
    return _ENACTMENT_EN.match(s) is not None or _ENACTMENT_JA.match(date_digits(text.strip(" \u3000"))) is not None


def is_adjournment(text: str) -> bool:
    """A meeting's record's closing statement on its line: the meeting closed, and when (``The meeting closed at 8.25
    pm.``, ``Meeting adjourned at 9:10 p.m.``, ``There being no further business, the meeting closed at 8.40 pm.``,
    ``The Chair closed the meeting at 21:05.``, ``午後8時25分 閉会``, ``以上をもって閉会した。``): the record's end, no
    part of its last agenda item (trial 49).

    >>> is_adjournment("The meeting closed at 8.25 pm."), is_adjournment("Meeting adjourned at 9:10 p.m.")
    (True, True)
    >>> is_adjournment("There being no further business, the meeting closed at 8.40 pm."), is_adjournment("午後8時25分 閉会")
    (True, True)
    >>> is_adjournment("The meeting closed the gap between the two proposals and agreed to fund both."), is_adjournment("閉会式の準備について説明があった。")
    (False, False)

    The next meeting's date may follow on the same line (a fresh user's trial, session 50); any other sentence after
    the statement keeps the line out:

    >>> is_adjournment("The meeting closed at 8:45 pm. Next meeting: 11 April 2026.")
    True
    >>> is_adjournment("The meeting closed at 8:45 pm. The treasurer will circulate the accounts.")
    False
    """
    s = " ".join(text.split())
    if _ADJOURNMENT_EN.match(s):
        return True
    first, _, rest = s.partition(". ")
    if rest and _ADJOURNMENT_EN.match(first + ".") and all(_NEXT_MEETING.match(part) for part in re.split(r"(?<=\.)\s+", rest)):
        return True
    return len(s) <= 24 and _ADJOURNMENT_JA.search(s) is not None and "式" not in s


def names_minutes(text: str) -> bool:
    """A title that says its document is a meeting's minutes: a line ending on the record's kind (``第5回 さくら市
    都市計画審議会 会議録``, ``…議事要旨``, ``…速記録``, a draft's ``（案）`` after it), a heading led by it (``Minutes of
    the Spring Meeting``, ``Transcript of …``) or the kind alone (:func:`is_record_kind`). Evidence that ``○`` turns
    under it are speeches (``sections.meeting_record``).

    >>> names_minutes("第5回 さくら市都市計画審議会 会議録"), names_minutes("令和6年度 定例会 議事要旨（案）"), names_minutes("議事録")
    (True, True, True)
    >>> names_minutes("Minutes of the Spring Meeting"), names_minutes("会議録の作り方について説明する。"), names_minutes("記録")
    (True, False, False)
    """
    s = " ".join(text.split())
    return len(s) <= 80 and (_MINUTES_TITLE_JA.search(s) is not None or _MINUTES_TITLE_EN.match(s) is not None
                             or is_record_kind(s))


def opens_minutes(text: str) -> bool:
    """An English line that opens on a record's kind and what it records (``Minutes of the Ordinary Meeting of the
    Parish Council held on Tuesday 10 March 2026 at 7.30pm``), whatever its length: the line a body's name stands
    over at the head of its minutes (:func:`names_minutes` asks a title's length as well; session 85, helper
    minutes85).

    >>> opens_minutes("Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 10 March 2026 at 7.30pm")
    True
    >>> opens_minutes("The minutes of the last meeting were approved."), opens_minutes("Minutes")
    (False, False)
    """
    return _MINUTES_TITLE_EN.match(" ".join(text.split())) is not None


def is_record_kind(text: str) -> bool:
    """A line that is only a meeting's record's kind (:data:`RECORD_KINDS`: ``Minutes``, ``Agenda``, ``議事録``), in
    any case: the document's kind, set over the name of the meeting it records, which is the document's title
    (decision, issue 16: title ``Lakeside … Meeting``, ``Minutes`` front matter, as a thesis's kind over its title).

    >>> is_record_kind("Minutes"), is_record_kind("MINUTES"), is_record_kind("議事録"), is_record_kind("Minutes of the AGM")
    (True, True, True, False)
    """
    s = " ".join(text.split()).casefold()
    return bool(s) and s in _RECORD_KINDS_FOLDED


_EVENT_WORD = lazyre.compile("(?:" + "|".join(re.escape(w) for w in EVENT_WORDS) + r")(?=[\s\u3000,，、:：]|$)")
"""An event word ending a word of the line (``…交流会議　講演録``; ``第2回 会議の進め方`` is a title)."""


PRESS_KINDS = ("報道発表資料", "記者発表資料", "報道資料", "報道発表", "プレスリリース", "ニュースリリース", "Press Release",
               "News Release", "Media Release", "Media Advisory", "Press Advisory", "Press Statement")
"""What a press release says it is, over its headline (``報道発表資料``, ``Press Release``; a company's
``ニュースリリース``: fresh-user trial 60, where it had been the title and the headline a paragraph of the front)."""
DOCUMENT_KINDS = ("修士論文", "博士論文", "卒業論文", "学位論文", "研究報告書", "報告書", "Master's Thesis",
                  "Master’s Thesis", "Doctoral Thesis", "Doctoral Dissertation", "PhD Thesis", "Bachelor's Thesis",
                  "Technical Report", "Report", *PRESS_KINDS, "Technical Note", "Technical Memorandum",
                  "Application Note", "Working Paper", "Discussion Paper", "Research Paper", "Research Report",
                  "Research Memorandum", "Occasional Paper", "Policy Brief", "Briefing Paper", "White Paper",
                  "ワーキングペーパー", "ディスカッションペーパー", "ディスカッション・ペーパー", "研究ノート", "技術報告",
                  "技術資料", "調査研究報告", "Syllabus", "Course Syllabus", "Course Outline", "Lecture Notes", "Handout",
                  "シラバス", "授業計画", "講義資料",
                  # a syllabus's other names over its course's labelled fields (helper prog73, fresh-user trial 73c)
                  "授業計画書", "講義要項", "講義概要", "Module Handbook", "Module Outline", "Module Descriptor",
                  # a thesis's or a student's work: English, German, French, Dutch, Spanish, Italian, Portuguese,
                  # Swedish, Japanese and Chinese (the kinds universities' thesis classes set on a cover)
                  "Thesis", "Dissertation", "Master Thesis", "Masters Thesis", "Master’s Thesis", "Bachelor Thesis",
                  "Bachelor’s Thesis", "Senior Thesis", "Honours Thesis", "Honors Thesis", "PhD Dissertation",
                  "Ph.D. Dissertation", "Ph.D. Thesis", "Doctoral Thesis", "Master's Project", "Capstone Project",
                  "Project Report", "Term Paper", "Seminar Paper", "Projektarbeit", "Bachelorarbeit", "Masterarbeit",
                  "Diplomarbeit", "Studienarbeit", "Seminararbeit", "Hausarbeit", "Doktorarbeit", "Abschlussarbeit",
                  "Habilitationsschrift", "Bachelor-Thesis", "Master-Thesis", "Thèse", "Thèse de doctorat", "Mémoire",
                  "Mémoire de master", "Proefschrift", "Masterproef", "Bachelorproef", "Scriptie", "Tesis",
                  "Tesis doctoral", "Tesi", "Tesi di laurea", "Tesina", "Dissertação", "Tese", "Examensarbete",
                  "学士論文", "卒業研究", "卒業研究報告", "修士学位論文", "博士学位論文", "課題研究", "毕业论文",
                  "本科毕业论文", "学位论文", "硕士学位论文", "博士学位论文",
                  # an exhibition catalogue's kind under the exhibition's name, venue and dates (helper shapes76,
                  # fresh-user trial 76: ``Catalogue of the Exhibition`` had titled ``LIGHT ON THE WATER``'s list)
                  "Catalogue of the Exhibition", "Catalog of the Exhibition", "Exhibition Catalogue", "Exhibition Catalog",
                  "List of Works", "List of Exhibits", "Catalogue of Works", "Checklist of the Exhibition", "展覧会図録",
                  "出品目録", "出品リスト", "出品作品リスト", "作品リスト",
                  # an event's sheet for its entrants over the event's name (fresh-user trial 79: ``FINAL DETAILS``
                  # over an orienteering event's had titled it; a call's kind is ``titleblock.CALL_KIND``'s)
                  "Final Details", "Final Information", "Final Instructions", "Joining Instructions",
                  "参加者募集要項", "開催要項", "大会要項", "実施要項")
"""What a thesis, report, series paper or press release says it is, above its title: a label, never the title."""
_SERIES_NUMBER = (r"(?:\s*(?:Series\s*)?(?:No\.?|Number|#)?\s*[A-Z]{0,4}[\-‐]?[0-9０-９][0-9０-９A-Z\-‐./]*"
                  r"|\s*第\s?[0-9０-９]{1,4}\s?号|\s*No\.\s?[0-9０-９][0-9０-９A-Z\-‐]*)?")
"""A series paper's number after its kind (``Technical Note TN-2024-07``, ``Working Paper No. 12``, ``研究ノート 第3号``)."""
_RELEASE_TIMING = lazyre.compile(r"^(?:for\s+(?:immediate\s+)?release\b|embargo(?:ed)?\b|(?:報道)?解禁\s*(?:日時)?\s*[:：]|"
                             r"(?:報道)?解禁(?:日時)?$)", re.IGNORECASE)
"""A press release's timing instruction over its headline (``FOR IMMEDIATE RELEASE``, ``Embargoed until …``,
``解禁：…``; the Associated Press Stylebook's and Japanese press clubs' release conventions): a label, never the title."""
_ABSTRACT_JA = "(?:" + "|".join((*ABSTRACT_WORDS_JA, "要約", ABSTRACT_DIGEST_JA)) + ")"
_ABSTRACT_OF_KIND = r"(?:[\s　]*の?[\s　]*" + _ABSTRACT_JA + r"|\s+(?:Extended\s+)?(?:Abstract|Summary))?"
"""A kind's abstract said after it (``博士論文要旨``, ``修士論文の概要``, ``Doctoral Thesis Abstract``; ``論文要旨`` too, though
``論文`` alone names no kind; or before it, ``Abstract of the Doctoral Thesis``): still the document's kind over its
title, never the title (fresh-user trial 61: a thesis abstract's ``博士論文要旨`` had been its title)."""
_KIND_LABEL = lazyre.compile(r"^(?:" + ERA + r"\s?[0-9０-９元一二三四五六七八九十]{1,3}\s?年度|[0-9]{4}\s?年度?|[0-9]{4}(?:\s?[\-–/]\s?(?:[0-9]{4}|[0-9]{2}))?"
                         r"|(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:(?:Term|Semester|Quarter)\s+)?[0-9]{4})?"
                         r"[\s　]*(?:An?\s+)?(?:(?:Extended\s+)?Abstract\s+of\s+(?:(?:the|a|an)\s+)?|Summary\s+of\s+(?:(?:the|a|an)\s+)?)?"
                         r"(?:(?:Annual|Interim|Final|Progress|Quarterly|Monthly|Technical)\s+)?"
                         r"(?:(?:" + "|".join(re.escape(k) for k in DOCUMENT_KINDS) + r")" + _ABSTRACT_OF_KIND + r"|論文[\s　]*の?[\s　]*"
                         + _ABSTRACT_JA + r")(?:\s*[（(][^）)]*[）)])?(?:\s+[0-9]{4})?" + _SERIES_NUMBER + "$",
                         re.IGNORECASE)


_REPORT_YEAR = (r"(?:(?:FY\s?)?[12][0-9]{3}(?:\s?[\-–/]\s?(?:[12][0-9]{3}|[0-9]{2}))?|" + ERA + r"\s?[0-9０-９元]{1,2}\s?年度?"
                r"|[0-9０-９]{4}\s?年度?)")
_EVENT_REPORT_KINDS = (r"(?:(?:Workshop|Seminar|Webinar|Conference|Meeting|Symposium|Forum|Summit|Event|Study\s+Tour"
                       r"|Site\s+Visit|Field\s+Trip)\s+Report"
                       r"|(?:ワークショップ|セミナー|シンポジウム|フォーラム|講演会|研修会|研究会|意見交換会|説明会|会議|視察)"
                       r"(?:開催|実施)?(?:結果)?報告書?)")
"""An event's report by its kind (``Workshop Report``, ``Seminar Report``, ``ワークショップ開催報告``): a report kind
(:func:`is_report_kind`); over a title line it is that report's label, the title under it (:func:`event_report`,
``titleblock``; helper news72)."""
_EVENT_REPORT = lazyre.compile(rf"^{_EVENT_REPORT_KINDS}$", re.IGNORECASE)


def event_report(text: str) -> bool:
    """An event's report's kind alone on its line (:data:`_EVENT_REPORT_KINDS`).

    >>> event_report("Workshop Report"), event_report("ワークショップ開催報告"), event_report("Annual Report 2025")
    (True, True, False)
    >>> event_report("Workshop Reporting Tools"), event_report("沿岸防災ワークショップの報告")
    (False, False)
    """
    return _EVENT_REPORT.match(" ".join(text.split())) is not None


_REPORT_KINDS = (r"(?:(?:Trustees[’']?\s+)?Annual\s+(?:Report(?:\s+(?:and|&)\s+(?:Accounts|Financial\s+Statements))?|Review"
                 r"|Impact\s+Report)|Activit(?:y|ies)\s+Report|Impact\s+Report|Trustees[’']?\s+Report|Year\s+in\s+Review"
                 r"|Report\s+(?:and|&)\s+(?:Accounts|Financial\s+Statements)|Rapport\s+(?:annuel|d[’']activit[ée]s?)"
                 r"|Jahresbericht|T[äa]tigkeitsbericht|Jaarverslag"
                 r"|(?:Integrated|Sustainability|CSR|ESG)\s+Report"
                 r"|年次報告書?|事業報告書?|活動報告書?|(?:事業|活動)?年報|アニュアルレポート|統合報告書?|統合レポート"
                 r"|(?:サステナビリティ|CSR|ＣＳＲ|ESG|環境)レポート|" + _EVENT_REPORT_KINDS + ")")
_EXCERPT = r"(?:[\s　]*[（(](?:抜粋|概要版|要約版|ダイジェスト版?|Excerpts?|Extracts?|Summary)[）)])?"
"""A report printed in part, said after its kind and year (``統合報告書2025（抜粋）``, ``Annual Report 2024 (Excerpt)``:
fresh-user trial 74's company report, helper vol74): the same report's cover."""
_REPORT_KIND = lazyre.compile(rf"^(?:{_REPORT_YEAR}[\s　]*)?{_REPORT_KINDS}(?:[\s　]*[（(]?{_REPORT_YEAR}[）)]?)?{_EXCERPT}$",
                              re.IGNORECASE)


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_report_kind(text: str) -> bool:
    """A periodic report's kind, with its year at most (``Annual Report 2025``, ``Activity Report 2024–25``,
    ``年次報告書 2025``, ``令和6年度 事業報告``, ``事業報告``): what an organisation issues each year under its name.
    A :func:`is_document_kind`; on a cover with nothing but the organisation's name and registration lines beside
    it, it is the title (``titleblock._read_title``).

    >>> is_report_kind("Annual Report 2025"), is_report_kind("Activity Report 2024–25"), is_report_kind("年次報告書 2025")
    (True, True, True)
    >>> is_report_kind("令和6年度 事業報告"), is_report_kind("Trustees' Annual Report 2024/25"), is_report_kind("2024 Impact Report")
    (True, True, True)
    >>> is_report_kind("Annual Report on Harbour Traffic"), is_report_kind("事業報告の書き方"), is_report_kind("Report")
    (False, False, False)
    """
    return _REPORT_KIND.match(" ".join(text.split())) is not None


_DATED_KIND_EN = lazyre.compile(rf"^(?:{_REPORT_YEAR}\s+)?(?:[A-Z][A-Za-z&\-]*\s+){{0,3}}(?:Report|Plan|Review|Strategy|Statement)"
                                rf"(?:\s+{_REPORT_YEAR})?$")
_DATED_KIND_JA = lazyre.compile(rf"^(?:{_REPORT_YEAR}|{ERA}\s?[0-9０-９元]{{1,2}}\s?年版)[\s　]*"
                                r"[^\s　、。，．：:\u3041-\u3096]{0,14}?(?:報告書?|白書|計画|年報|レポート|要覧)$")
"""A Japanese document's naming line: its year (``令和5年度``, ``2024年度``, ``令和6年版``), then a few words ending on
the document's kind (``事業報告書``, ``地域福祉活動計画``, ``環境白書``), no hiragana among them (``2024年の報告`` is a
phrase)."""


def dated_kind(text: str) -> bool:
    """A line that names a kind of document with its year: a periodic report's kind (:func:`is_report_kind`), or a few
    capitalised words ending on ``Report``, ``Plan``, ``Review``, ``Strategy`` or ``Statement`` with a year
    (``Sustainability Report 2023``, ``2024 Corporate Plan``), or a Japanese year before words ending on a kind
    (``2024年度 地域福祉活動計画``, ``令和6年版 環境白書``). The year must be there: ``Flood Risk Plan`` alone may be a
    title's words. The document's own naming line, which a slogan over it (a strapline) never outranks
    (``titleblock._strapline_over``; fresh-user trial 61d: ``未来へつなぐ、まちづくり`` over ``令和5年度 事業報告書``).

    >>> dated_kind("Sustainability Report 2023"), dated_kind("2024年度 地域福祉活動計画"), dated_kind("令和6年版 環境白書")
    (True, True, True)
    >>> dated_kind("Annual Report 2024"), dated_kind("Flood Risk Plan"), dated_kind("地域福祉活動計画の策定について")
    (True, False, False)
    >>> dated_kind("Report on the 2024 Floods"), dated_kind("2024年の報告")
    (False, False)
    """
    s = " ".join(text.split())
    if is_report_kind(s):
        return True
    if _DATED_KIND_EN.match(s) is not None:
        return re.search(r"[0-9]{4}", s) is not None
    return _DATED_KIND_JA.match(s) is not None


_REPORT_STAGE = lazyre.compile(r"(?:中間|最終|速報|年次)?報告書?|概要版")


def is_report_stage(text: str) -> bool:
    """A report's stage alone on a line (``中間報告書``, ``最終報告``, ``概要版``): under a Japanese title, the title's last
    words, as its running head prints them (titleblock; trial 48: the stage went front and the wave-dashed subtitle
    under it became the title).

    >>> is_report_stage("中間報告書"), is_report_stage(" 概要版 "), is_report_stage("報告者：佐伯 由佳")
    (True, True, False)
    """
    return _REPORT_STAGE.fullmatch(text.strip()) is not None


_JOURNAL_OF = lazyre.compile(
    r"^(?:The\s+)?(?:(?:Journal|Transactions|Annals|Proceedings|Bulletin)"
    r"|(?:[A-Z][A-Za-z&\-]*\s+){1,4}(?:Journal|Transactions|Annals|Proceedings|Bulletin|Letters|Reviews?|Archives|Quarterly))"
    r"\s+(?:of|on|in|for)\s+(?:the\s+)?[A-Z]")
"""A journal's name by its kind and field (``Journal of Coastal Planning``, ``IEEE Transactions on …``, ``Annual
Review of …``); a kind other than a journal's, a proceedings' or a bulletin's only after a word of the name
(``Review of Tide Gauge Networks`` opens a paper's title)."""
_JOURNAL_LAST = lazyre.compile(r"^(?:The\s+)?(?:[A-Z][A-Za-z&\-]*\s+){1,5}(?:Journal|Letters|Quarterly|Transactions)$")
"""A journal's name closing on its kind (``The Astrophysical Journal``, ``Applied Physics Letters``)."""
_JOURNAL_JA = lazyre.compile(r"^\S.{1,40}?(?:学会誌|論文誌|論文集|紀要|学術誌|研究報告|会誌)"
                             r"(?:[\s\u3000,，]*(?:Vol\.|第)?\s*[0-9０-９]+\s*[巻号].*)?$")
"""A Japanese journal's or proceedings' name (``日本建築学会計画系論文集``, ``…大学紀要 第12巻 第3号``)."""
_VOLUME_AND_ISSUE = lazyre.compile(r"\b(?:Vol(?:ume)?\.?|VOL\.?)\s*[0-9]{1,4}\b.*\b(?:No\.|Nos?\.|Issue|pp?\.|[0-9]{4})"
                                   r"|第\s*[0-9０-９]+\s*巻.*(?:第\s*[0-9０-９]+\s*号|[0-9０-９]{4}|pp?\.)")
"""A citation's volume and its issue, pages or year (``Vol. 12, No. 3, pp. 45–58, 2024``, ``第89巻 第815号``)."""
_DOI = lazyre.compile(r"^(?:DOI|doi)\s*[:：]?\s*10\.[0-9]{4,}/|^https?://(?:dx\.)?doi\.org/10\.|^10\.[0-9]{4,}/\S+$")
"""A DOI alone on its line, labelled or as a link (``doi:10.1234/abc``, ``https://doi.org/10.…``)."""


@lru_cache(maxsize=LINE_CACHE)
def is_masthead_line(text: str) -> bool:
    """A line of a journal's or a proceedings' masthead at the top of a paper's first page: the journal's name
    (:data:`_JOURNAL_OF`, :data:`_JOURNAL_LAST`, :data:`_JOURNAL_JA`), its volume, issue, pages or year
    (:func:`is_edition_line`, :data:`_VOLUME_AND_ISSUE`), an ISSN or a DOI. Front matter, never a paper's title
    (decision, helper cover55; ``tests/test_segment_masthead55.py``).

    >>> [is_masthead_line(s) for s in ("Journal of Coastal Planning", "IEEE Transactions on Harbour Engineering",
    ...                                "The Astrophysical Journal", "Annual Review of Fluid Mechanics")]
    [True, True, True, True]
    >>> [is_masthead_line(s) for s in ("Vol. 12, No. 3, pp. 45-58, 2024", "ISSN 1234-5678", "doi:10.1234/jcp.2024.17",
    ...                                "日本建築学会計画系論文集 第89巻 第815号", "港湾技術研究所紀要")]
    [True, True, True, True, True]
    >>> [is_masthead_line(s) for s in ("Review of Tide Gauge Networks", "Low-Cost Tide Gauges in Small Harbours",
    ...                                "Letters from a Small Harbour", "港湾の潮位観測に関する研究")]
    [False, False, False, False]
    """
    from pipeline.segment.labels import is_registration_line

    s = text.strip()
    if not s or len(s) > MAX_VOLUME_NAME or s.endswith((".", "。")):
        return False
    return bool(_JOURNAL_OF.match(s) or _JOURNAL_LAST.match(s) or _JOURNAL_JA.match(s) or _DOI.match(s)
                or _VOLUME_AND_ISSUE.search(s)) or is_edition_line(s) or (is_registration_line(s) and "ISSN" in s.upper())


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_document_kind(text: str) -> bool:
    """A cover line naming the kind of document, with its year at most (``令和4年度 修士論文``, ``Master's Thesis``).

    >>> is_document_kind("令和4年度 修士論文"), is_document_kind("2023 Master's Thesis"), is_document_kind("修士論文の書き方")
    (True, True, False)
    >>> is_document_kind("Annual Technical Report 2024"), is_document_kind("Harbour Freight Study: Interim Report")
    (True, False)
    >>> is_document_kind("報道発表資料"), is_document_kind("Press Release")  # a press release's label
    (True, True)
    >>> is_document_kind("Technical Note TN-2024-07"), is_document_kind("Working Paper No. 12")  # a series' paper
    (True, True)
    >>> is_document_kind("Discussion Paper Series No. 24-E-012"), is_document_kind("研究ノート 第3号")
    (True, True)
    >>> is_document_kind("White Paper on Harbour Tourism"), is_document_kind("Working Papers of the Port Authority")
    (False, False)
    >>> is_document_kind("Fall 2026 Syllabus"), is_document_kind("2025年度 シラバス"), is_document_kind("Syllabus Design")
    (True, True, False)
    >>> is_document_kind("令和７年度　授業計画書"), is_document_kind("2025-26 Module Handbook"), is_document_kind("授業計画書の書き方")
    (True, True, False)
    >>> [is_document_kind(s) for s in ("博士論文要旨", "修士論文の概要", "論文要旨", "Doctoral Thesis Abstract", "Abstract of the PhD Thesis")]
    [True, True, True, True, True]
    >>> [is_document_kind(s) for s in ("要旨", "Abstract", "論文", "博士論文要旨の書き方", "Summary of Findings")]
    [False, False, False, False, False]
    >>> is_document_kind("FOR IMMEDIATE RELEASE"), is_document_kind("Embargoed until 10:00 JST, 3 March 2026")
    (True, True)
    >>> is_document_kind("解禁：令和7年10月15日 午後2時"), is_document_kind("Release of the Port Plan")  # a release's timing
    (True, False)
    >>> is_document_kind("Projektarbeit"), is_document_kind("A Thesis"), is_document_kind("A DISSERTATION")  # a thesis
    (True, True, True)
    >>> is_document_kind("Bachelorarbeit"), is_document_kind("Thèse de doctorat"), is_document_kind("令和5年度 学士論文")
    (True, True, True)
    >>> is_document_kind("Thesis Statements in Practice"), is_document_kind("A Thesis on Harbour Towns")
    (False, False)
    >>> is_document_kind("Activity Report 2024–25"), is_document_kind("年次報告書 2025")  # a periodic report's kind
    (True, True)
    >>> is_document_kind("Workshop Report"), is_document_kind("Seminar Report"), is_document_kind("Site Visit Report")
    (True, True, True)
    >>> is_document_kind("Workshop Reporting Tools"), is_document_kind("Coastal Resilience Planning Workshop")
    (False, False)
    >>> is_document_kind("FINAL DETAILS"), is_document_kind("開催要項"), is_document_kind("Final Details of the Plan")
    (True, True, False)
    """
    s = text.strip()
    return _KIND_LABEL.match(s) is not None or _RELEASE_TIMING.match(s) is not None or is_report_kind(s) \
        or issued_press_label(s)


_PRESS_KIND = lazyre.compile(r"^(?:" + "|".join(re.escape(k) for k in PRESS_KINDS) + r")$", re.IGNORECASE)
_PRESS_ADDRESSEES = ("報道関係者各位", "報道機関各位", "報道関係各位", "記者クラブ各位")


def is_press_label(text: str) -> bool:
    """A press release's own label over its headline: its kind (``報道発表資料``, ``Press Release``, ``NEWS RELEASE``:
    :data:`PRESS_KINDS`), its timing (``FOR IMMEDIATE RELEASE``, ``Embargoed until …``, ``解禁：…``) or its Japanese
    addressee (``報道関係者各位``). The document is a press release, whose closing contact is the release's, no
    section of its story (helper prog58).

    >>> is_press_label("報道発表資料"), is_press_label("NEWS RELEASE"), is_press_label("For immediate release"), is_press_label("報道関係者各位")
    (True, True, True, True)
    >>> is_press_label("令和4年度 修士論文"), is_press_label("Press Releases of the Port Authority"), is_press_label("報道資料の作り方")
    (False, False, False)
    """
    s = " ".join(text.split())
    return _PRESS_KIND.match(s) is not None or _RELEASE_TIMING.match(s) is not None or s in _PRESS_ADDRESSEES \
        or issued_press_label(s)


_ISSUER_PARTING = " \u3000・·|｜/／-–—:："


@lru_cache(maxsize=LINE_CACHE)
def issued_press_label(text: str) -> bool:
    """A press release's kind after its issuer's name on one line (``松山市報道発表資料``, ``静岡市記者発表資料``,
    ``浜松市 記者発表資料``, ``Leeds City Council Press Release``, ``Harbour Authority — Media Release``): the issuer a
    municipality (:func:`~.organisations.is_municipality`) or an organisation
    (:func:`~.organisations.is_organisation`), the kind one of :data:`PRESS_KINDS` closing the line. The release's
    header line, as the kind alone is (:func:`is_press_label`): front matter, never the release's title.

    Decision (issue 16 point 2, helper news72, fresh-user trial 71's press release): the city's header line
    ``松山市報道発表資料`` was read as no label, so it titled the release (its headline under it then front) or stood as
    a paragraph of its last section. It does NOT read a phrase naming releases (``報道発表資料の作り方``, ``Press
    Releases of the Port Authority``: the kind must close the line) nor a place that is no municipality or body
    (``港まち報道発表資料``).

    >>> [issued_press_label(s) for s in ("松山市報道発表資料", "静岡市記者発表資料", "浜松市　記者発表資料",
    ...                                  "Leeds City Council Press Release", "Harbour Authority — Media Release")]
    [True, True, True, True, True]
    >>> [issued_press_label(s) for s in ("報道発表資料", "報道発表資料の作り方", "Press Releases of the Port Authority",
    ...                                  "港まち報道発表資料", "Our Press Release")]
    [False, False, False, False, False]
    """
    from pipeline.segment.organisations import is_municipality, is_organisation

    s = " ".join(text.split())
    for kind in PRESS_KINDS:
        if len(s) > len(kind) and s[-len(kind):].casefold() == kind.casefold():
            issuer = s[:-len(kind)].strip(_ISSUER_PARTING)
            if issuer and issuer[-1:] not in "のの" and (is_municipality(issuer) or is_organisation(issuer)):
                return True
    return False


_EDITORS_NOTES = lazyre.compile(r"^(?:Notes?\s+(?:to|for)\s+(?:the\s+)?editors?|Editors?['’]?s?\s+notes?)\s*:?$", re.IGNORECASE)
"""A release's notes for the press after its story (``Notes to editors``, ``Note for editors``, ``Editor's note``)."""
_ABOUT_ORG = lazyre.compile(r"^About\s+(?:the\s+|[Uu]s\s*:?\s*$)?(?P<name>[A-Z0-9][^.!?:;]{0,78})?\s*:?$")
"""A release's boilerplate heading, ``About`` and the issuer's name (``About Hillcrest Energy``, ``About the Coastal
Museum``, ``About us``)."""
_CLOSING_JA = lazyre.compile(r"^(?:編集者(?:へ|向け)の?(?:メモ|ノート|注記)|(?:会社|企業|団体|法人|当社|弊社)概要)$")
"""A Japanese release's closing headings (``編集者へのメモ``, ``会社概要``)."""
_JA_HEADING_MARKS = "【】［］[]＜＞<>〈〉《》■□◆◇●○◎・ \u3000"


def release_closing_heading(text: str) -> bool:
    """A heading a press release sets after its story, over what is the release's and no part of the story: its
    notes to editors (``Notes to editors``, ``編集者へのメモ``), its boilerplate about the issuer (``About Hillcrest
    Energy``, its words in title case; ``会社概要``, ``【株式会社あおば食品について】`` where the name is an organisation's),
    or its contact (``Media contact:``, ``【本件に関するお問い合わせ】``: :func:`~.labels.is_contact_heading`).

    Why (issue 16 point 2, helper press66): a release whose only headings were these (helper seg66's
    ``seg66_endmark_ends``, ``Notes to editors``) had its story in ``front``, as if it stood before a paper's first
    heading; the story is the release's body (:func:`~.stage.unheaded_body`).

    >>> [release_closing_heading(s) for s in ("Notes to editors", "About the Coastal Museum", "編集者へのメモ", "【会社概要】", "Media contact:")]
    [True, True, True, True, True]
    >>> [release_closing_heading(s) for s in ("About the survey", "Results", "会社の概要を説明します。", "新路線について", "About 300 people came.")]
    [False, False, False, False, False]
    """
    from pipeline.segment.labels import is_contact_heading
    from pipeline.segment.organisations import is_organisation
    from pipeline.segment.titleblock import title_cased

    s = " ".join(text.split())
    if not s or is_contact_heading(s) or _EDITORS_NOTES.match(s):
        return bool(s)
    if (m := _ABOUT_ORG.match(s)) is not None:
        return m.group("name") is None or title_cased(m.group("name").strip())
    core = s.strip(_JA_HEADING_MARKS)
    if _CLOSING_JA.match(core):
        return True
    return core.endswith("について") and is_organisation(core[:-len("について")].strip())


DEGREE_NAMES = (r"(?:Master|Bachelor|Doctor|Licentiate)\s+of\s+(?:Science|Arts|Philosophy|Engineering|Education|Laws"
                r"|Business\s+Administration|Fine\s+Arts|Music|Architecture|Public\s+Health|Applied\s+Science)")
"""The names of academic degrees spelled out (``Master of Science``, ``Doctor of Philosophy``)."""
_DEGREE_STATEMENT = lazyre.compile(
    r"\b(?:submitted|presented|accepted)\b.*\b(?:degree|fulfil+ment|requirements|satisfaction)\b"
    r"|\b(?:in\s+)?partial\s+(?:fulfil+ment|satisfaction)\b|\brequirements\s+for\s+the\s+degree\b"
    r"|^(?:for\s+)?the\s+degree\s+of\b|^" + DEGREE_NAMES + r"\b"
    r"|^[^\W\d_][^–—,]{0,60}?\s*(?:[–—]|\s-{1,2}\s|,)\s*" + DEGREE_NAMES + r"\s*$"
    r"|\btot\s+het\s+behalen\s+van\b|\b(?:proefschrift|masterproef|scriptie)\s+(?:voorgelegd|ingediend)\b"
    r"|\bzur\s+Erlangung\s+des\b|\ben\s+vue\s+de\s+l[’']obtention\b"
    r"|学位論文$|の学位を?(?:取得|申請)|学位(?:取得|申請)(?:のため)?の|(?:提出|申請)する論文"
    r"|^(?:Tesi\s+di\s+)?(?:Dottorato|Laurea)(?:\s+(?:di\s+ricerca|magistrale|triennale|specialistica))?(?:\s+in\b|$)"
    r"|^Corso\s+di\s+(?:laurea|dottorato|studi)\b|^Tesi\s+di\s+(?:laurea|dottorato)\b"
    r"|^(?-i:(?:Ph|Sc|Ed|LL|[A-Z])\.(?:\s?(?:[A-Z]|Sc|Ed|Ph)\.){1,3}),\s+[^\W\d_][^,]{2,80},\s*(?:19|20)\d{2}\.?$",
    re.IGNORECASE)
"""A thesis cover's degree statement, in English (``A thesis submitted in partial fulfilment of the requirements
for the degree of …``, ``the Degree of Master of Science``, the degree alone, ``MASTER OF SCIENCE``, ``Master of
Science in …``: a programme), Dutch (``Proefschrift voorgelegd tot het behalen van de graad van …``), German
(``… zur Erlangung des Grades …``), French (``… en vue de l'obtention du grade …``), Italian (toptesi's ``Tesi di
Dottorato``, ``Corso di Laurea in …``, ``Dottorato in … – XVIII ciclo``, ``Laurea Magistrale in …``), a programme
and its degree parted by a dash or a comma, the degree closing the line (msu-thesis's ``Linguistics – Doctor of
Philosophy`` under ``for the degree of``: it was the title), an earned degree's abbreviation, its school and its
year (``B.A., University of Columbia, 1981``: the author's earlier degrees under the name on an American thesis's
title page, fresh-user trial 77c; never the author's affiliation) and Japanese
(``…の学位論文``, ``博士（工学）の学位を申請する論文``): the wordings thesis classes set on a title page."""


def is_degree_statement(text: str) -> bool:
    """A line of a thesis cover's degree statement (:data:`_DEGREE_STATEMENT`): front matter, never a title, an
    organisation line or a speaker.

    >>> is_degree_statement("A thesis submitted in partial fulfilment of the requirements for the degree of")
    True
    >>> is_degree_statement("in Partial Fulfillment of the Requirements for"), is_degree_statement("MASTER OF SCIENCE")
    (True, True)
    >>> is_degree_statement("Proefschrift voorgelegd tot het behalen van de graad van doctor")
    True
    >>> is_degree_statement("筑波大学大学院 博士（工学）の学位論文"), is_degree_statement("Master of Science in de biologie")
    (True, True)
    >>> is_degree_statement("The Science of Small Harbours"), is_degree_statement("Degrees of Freedom in Port Planning")
    (False, False)
    >>> is_degree_statement("Tesi di Dottorato"), is_degree_statement("Corso di laurea in ingegneria del volo battente")
    (True, True)
    >>> is_degree_statement("Dottorato in Astronomia Applicata – XVIII ciclo"), is_degree_statement("Laurea e lavoro")
    (True, False)
    >>> is_degree_statement("Linguistics – Doctor of Philosophy"), is_degree_statement("Physics, Master of Science")
    (True, True)
    >>> is_degree_statement("The Doctor of Philosophy Degree in America – A History")
    False
    >>> is_degree_statement("B.A., University of Columbia, 1981"), is_degree_statement("Ph.D., Stanford University, 2010")
    (True, True)
    >>> is_degree_statement("A.M., University of Illinois at Urbana-Champaign, 1986"), is_degree_statement("J. Smith, Acme Corp, 2010")
    (True, False)
    """
    return _DEGREE_STATEMENT.search(text.strip()) is not None


BY_WORDS = frozenset({"by", "von", "par", "door", "por"})
"""A byline's word alone on its line, the author's name under it: English, German, French, Dutch, Spanish."""


def by_alone(text: str) -> bool:
    """A byline's word alone on its line (``by``, ``By``, German ``von``, French ``par``): the author's name is under it.

    >>> by_alone("By"), by_alone("von"), by_alone("by the sea")
    (True, True, False)
    """
    return text.strip().lower() in BY_WORDS


_ISSUE = (r"(?:(?:Issue|Iss\.|Edition|Vol(?:ume)?\.?)\s+(?:No\.?|Nr\.?|Number)\s?[0-9０-９]{1,4}"
          r"|(?:Issue|Iss\.|Number|No\.?|Nr\.?|N[°º]|Vol(?:ume)?\.?|Edition|Ausgabe|Heft|Jahrgang|Numéro)\s?"
          r"[0-9０-９]{1,4}|[0-9]{1,3}(?:st|nd|rd|th)\s+(?:Edition|Issue)|(?:通巻\s?)?第\s?[0-9０-９一二三四五六七八九十百]{1,4}\s?[号巻集]"
          r"|(?:Vol|No)\.\s?[0-9０-９]{1,4})")
_EDITION = lazyre.compile(rf"^{_ISSUE}(?:[\s,，、]*{_ISSUE})*", re.IGNORECASE)
_EDITION_LAST = lazyre.compile(rf"(?:^|(?<=[\s,，、·・•|｜/／\-–—　]))({_ISSUE}(?:[\s,，、]*{_ISSUE})*)$"
                               rf"|[（(]({_ISSUE}(?:[\s,，、]*{_ISSUE})*)[）)]$", re.IGNORECASE)
"""An edition's number closing its line, after a separator or in brackets (``2026年3月号（第312号）``: a municipal
newsletter prints its month's issue, its running number bracketed after it)."""
_EDITION_SEPARATORS = " \t\u3000·・•|｜/／,，、-–—()（）"
_SEASON = lazyre.compile(r"^(?:Spring|Summer|Fall|Autumn|Winter|Early|Late)\s+[0-9]{4}$", re.IGNORECASE)
_YEAR = lazyre.compile(r"^(?:19|20)[0-9]{2}(?:年(?:度|[春夏秋冬]|[春夏秋冬]季)?)?$|^[春夏秋冬](?:季)?[\s\u3000]*(?:19|20)[0-9]{2}年?$")
"""A year alone beside an edition's number (``Issue 3, 2025``, ``Term 2, 2025``), or a year and its season in Japanese
(``2025年秋``, ``2025年度``): the issue's date, as a full date or ``Spring 2026`` is (fresh-user trial 68, helper
fix68c)."""
_TERM = lazyre.compile(r"^(?:Term|Semester|Trimester|Quarter)\s?[0-9]{1,2}\b|^第\s?[1-3１-３一二三]\s?学期", re.IGNORECASE)
"""A school's term (``Term 2``, ``Semester 1``, ``第2学期``): an edition's number on a school newsletter's issue line,
where its year stands beside it (``Term 2, 2025``); alone (``Term 2``) it may head a calendar's part, so it is none."""


def _edition_date(text: str) -> bool:
    """The date beside an edition's number: a date (:func:`~.labels.is_date_line`), a season and its year
    (``Spring 2026``), a date with ``発行`` (``2024年6月1日発行``) or a month's issue (``2026年3月号``)."""
    from pipeline.segment.labels import is_date_line

    s = text.strip(_EDITION_SEPARATORS)
    for ending in ("発行", "号", "刊"):
        if s.endswith(ending) and len(s) > len(ending):
            s = s[:-len(ending)].strip()
            break
    return bool(s) and (is_date_line(s) or _SEASON.match(s) is not None or _YEAR.match(s) is not None)


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_edition_line(text: str) -> bool:
    """A newsletter's, a journal's or a bulletin's edition: its issue or volume number (``Issue 12``, ``Vol. 3, No.
    2``, ``第12号``, ``第3巻第2号``), with its date at most (``Issue 12 · March 2026``, ``第12号　2026年3月``,
    ``Spring 2026 · No. 45``), or a month's issue (``2026年3月号``): front matter beside the title, never the title
    or part of it.

    >>> is_edition_line("Issue 12 · March 2026"), is_edition_line("Vol. 3, No. 2"), is_edition_line("第12号")
    (True, True, True)
    >>> is_edition_line("第12号　2026年3月"), is_edition_line("Spring 2026 · No. 45"), is_edition_line("2026年3月号")
    (True, True, True)
    >>> is_edition_line("第48号 2024年6月1日発行"), is_edition_line("Volume 3 Issue 2 (Summer 2025)")
    (True, True)
    >>> is_edition_line("2024年5月号（第312号）"), is_edition_line("June 2026 (No. 187)"), is_edition_line("港南市報（第312号）")
    (True, True, False)
    >>> is_edition_line("Issue Tracking for Small Teams"), is_edition_line("No. 5 Harbour Road"), is_edition_line("第2号議案")
    (False, False, False)
    >>> is_edition_line("Issue 3, 2025"), is_edition_line("Term 2, 2025"), is_edition_line("第12号 2025年秋"), is_edition_line("Semester 1 2026")
    (True, True, True, True)
    >>> is_edition_line("Term 2"), is_edition_line("Term 2 Dates"), is_edition_line("Issue 3, 2025 budget"), is_edition_line("2025")
    (False, False, False, False)
    """
    s = text.strip()
    if not s or len(s) > 60:
        return False
    return _one_edition(s) or _bilingual_edition(s)


def _one_edition(s: str) -> bool:
    """``s``, stripped, is an edition line in one language (:func:`is_edition_line`)."""
    m = _EDITION.match(s)
    if m is not None:
        rest = s[m.end():].strip(_EDITION_SEPARATORS)
        return not rest or _edition_date(rest)
    m = _TERM.match(s)
    if m is not None:
        # a term's number with its year, never alone (``Term 2`` over a calendar's dates is a heading)
        rest = s[m.end():].strip(_EDITION_SEPARATORS)
        return bool(rest) and _edition_date(rest)
    m = _EDITION_LAST.search(s)
    if m is not None and m.start(m.lastindex) > 0:
        return _edition_date(s[:m.start(m.lastindex)])
    return _edition_date(s) and s.endswith("号")


def _bilingual_edition(s: str) -> bool:
    """``s`` is one issue line printed in Japanese and in English, either first, parted by a space, an ideographic
    space or a slash (``2025年春号 Spring 2025``, ``第45号 / No. 45``, ``Issue 12, March 2026　第12号``; glued by the
    spacing rule or not, ``2025年春号Spring 2025``): each half an edition line or its date (:func:`_edition_date`), one
    at least an edition line. Why (fresh-user trial 70: a bilingual newsletter's issue line was read as no edition
    line, so its first headline stayed front matter under it).

    >>> _bilingual_edition("2025年春号 Spring 2025"), _bilingual_edition("第45号 / No. 45"), _bilingual_edition("Spring 2025　2025年春号")
    (True, True, True)
    >>> _bilingual_edition("2025年春 Spring 2025"), _bilingual_edition("第45号 Harbour Road"), _bilingual_edition("Spring 2025")
    (False, False, False)
    """
    m = _JA_THEN_EN.match(s) or _EN_THEN_JA.match(s)
    if m is None:
        return False
    ja, en = m.group("ja").strip(_EDITION_SEPARATORS), m.group("en").strip(_EDITION_SEPARATORS)
    if not ja or not en or not any(ord(c) > 0x7f for c in ja):
        return False
    return all(_one_edition(h) or _edition_date(h) for h in (ja, en)) and (_one_edition(ja) or _one_edition(en))


_JA_THEN_EN = re.compile(r"^(?P<ja>.*[^\x00-\x7f])[\s\u3000/／|｜]*(?P<en>[A-Za-z][\x00-\x7f]*)$")
_EN_THEN_JA = re.compile(r"^(?P<en>[A-Za-z][\x00-\x7f]*)[\s\u3000/／|｜]+(?P<ja>[0-9]*[^\x00-\x7f].*)$")


_EPISODE = lazyre.compile(r"^(?P<series>[^\s\u3000。、「」（）()]{2,20}?)[\s\u3000]+"
                          r"(?:第[\s\u3000]?(?:[0-9０-９]{1,3}|[〇一二三四五六七八九十百]{1,4})[\s\u3000]?(?:話|夜|席|集|巻)"
                          r"|(?:その|其の|其ノ)(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))$")


_EPISODE_EN = lazyre.compile(r"^(?P<series>[A-Z][\w'’&,]*(?: [\w'’&,]+){0,8}?)[ \t]*(?:[-–—:|·,][-–—]?[ \t]*)?"
                             r"(?:Episode|EPISODE|Ep\.)[ \t]*(?:No\.?[ \t]*|#)?[0-9]{1,4}$")
"""An English series' name and an episode's number (``Field Notes from the Fens -- Episode 37``, ``The Harbour
Podcast: Episode 12``, ``Night Shift, Ep. 4``): a podcast's or broadcast's header over the episode's own title."""


def is_episode_line(text: str) -> bool:
    """A series' name and the number of one of its stories alone on a line (``郷土の民話　第三話``, ``怪談集　其の二``,
    ``むかしばなし　その五``, ``地域研究叢書　第3集``): the collection's header over the story's own title, never the
    title (fresh-user trial 61: ``郷土の民話　第三話`` had been the title, ``雪女と木樵`` under it front). As an
    edition line (:func:`is_edition_line`) is a periodical's. The name is one word group, no sentence or bracket; the
    number is a story's (話, 夜, 席), a volume's (集, 巻) or ``その``/``其の`` and a numeral.

    >>> is_episode_line("郷土の民話　第三話"), is_episode_line("怪談集　其の二"), is_episode_line("地域研究叢書 第3集")
    (True, True, True)
    >>> is_episode_line("第三話"), is_episode_line("雪女と木樵"), is_episode_line("その後の話"), is_episode_line("第3話の感想を書く")
    (False, False, False, False)
    """
    return _EPISODE.match(text.strip()) is not None


def episode_line_en(text: str) -> bool:
    """An English series' name and an episode's number alone on a line (:data:`_EPISODE_EN`): a podcast's or
    broadcast's header, the title where no episode's own title stands under it (``Morning Call -- Episode 204``), its
    label where one does (``"The Eel Catchers of Welney"``: :func:`~.titleblock._read_title_under`; fresh-user trial
    75's podcast had been titled by its series line, the episode's quoted title ``front``).

    >>> episode_line_en("Field Notes from the Fens -- Episode 37"), episode_line_en("The Harbour Podcast: Episode 12")
    (True, True)
    >>> episode_line_en("Episode 37"), episode_line_en("What Happened in Episode 3 of the Series")
    (False, False)
    """
    return _EPISODE_EN.match(text.strip()) is not None


_BEFORE_EDITION = lazyre.compile(r"[\s\u3000]*[·・•|｜/／\-–—:：,，][\s\u3000]*|[\s\u3000]+")


_LEADING_EDITION = lazyre.compile(
    r"^(?:" + ERA + r"\s*(?:\d{1,2}|元)\s*年度?"
    r"|(?:FY\s*)?(?:19|20)\d\d(?:\s*年度?(?:\s*\d{1,2}\s*月)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?"
    r"|第\s*(?:\d{1,3}|[〇一二三四五六七八九十]{1,3})\s*(?:回|版|号|期|次))"
    r"[\s:：・·\-–—]*")
"""A year, an era's year or a date, or a series' or edition's number opening a title (``令和7年度``, ``2025``,
``FY2025``, ``2025-03``, ``第3回``, ``第2版``), with the separator after it. Beside :data:`_ISSUE` (an issue's number
on an edition line) and :func:`edition_after` (an edition set after a title): what :func:`edition_before` cuts."""


def edition_before(text: str) -> int | None:
    """Where a title's main part starts after a leading year, edition or date (:data:`_LEADING_EDITION`), else
    ``None``: none opens it, nothing follows it, or it would cut a word (``2025abc``). The mirror of
    :func:`edition_after`; offsets are ``text``'s (the match is made on its width-folded form).

    >>> t = "令和7年度 地域公共交通の利用実態に関する調査報告書"; t[edition_before(t):]
    '地域公共交通の利用実態に関する調査報告書'
    >>> edition_before("第３回 まちづくり市民フォーラム"), edition_before("20世紀の都市計画"), edition_before("2025")
    (4, None, None)
    """
    m = _LEADING_EDITION.match(fold(text))
    if m is None or not m.group(0) or m.end() >= len(text) or (text[m.end() - 1:m.end()].isalnum()
                                                             and text[m.end()].isalnum() and text[m.end()].isascii()):
        return None
    return m.end()


def edition_after(text: str) -> int | None:
    """Where an edition (:func:`is_edition_line`) set after a title on its line starts, with the separator before
    it (``Harbourside News — Issue 12 · March 2026``, ``みなと台地区だより　第12号``), else ``None``; the title before it
    keeps a letter, and a space alone sets an edition apart only where its number opens it or it is a month's issue
    (:func:`spaced_edition`: ``市報あおば 2026年4月号``, helper head58).

    >>> t = "Harbourside News — Issue 12 · March 2026"; t[:edition_after(t)], t[edition_after(t):]
    ('Harbourside News', ' — Issue 12 · March 2026')
    >>> edition_after("Issue 12 · March 2026"), edition_after("Forty Years of Issue Tracking"), edition_after("みなと台地区だより　第12号")
    (None, None, 9)
    >>> edition_after("市報あおば 2026年4月号"), edition_after("Harbour News No. 12"), edition_after("Notes on March 2026")
    (5, 12, None)
    """
    for m in _BEFORE_EDITION.finditer(text):
        head, tail = text[:m.start()], text[m.end():]
        marked = bool(m.group().strip()) or "\u3000" in m.group()
        if tail and any(ch.isalpha() for ch in head) and is_edition_line(tail) and (marked or spaced_edition(tail)):
            return m.start()
    return None


_DANGLING_EDITION = lazyre.compile(r"(?:^|(?<=\s))(?:Issue|Iss\.|Edition|Vol(?:ume)?\.?|Number|No\.?|Nr\.?)"
                                   r"(?:\s+(?:No\.?|Nr\.?|Number))?$|第$", re.IGNORECASE)
"""An edition's word with no number after it closing a line (``… | Issue``, ``… | Issue No.``, ``…　第``): its number is
on the next line."""
_ISSUE_NUMBER_ALONE = lazyre.compile(r"^(?:[0-9０-９]{1,4}|[0-9０-９]{1,4}\s?号)(?:[\s\u3000,，]+.*)?$")
"""An edition's bare number opening a line (``58``, ``12号``), its date after it at most."""


def masthead_wraps(lines: list[Text]) -> list[Text]:
    """``lines`` with each masthead wrapped over two lines made one line: a periodical's name, a separator and its
    issue on one line (:func:`edition_after` reads the edition set after the name on the joined line), the issue's
    number or the rest of its edition on the next raw line right under it. The line either ends on an edition's word
    with no number (``NEWSLETTER | Autumn 2024 | Issue`` / ``No. 58``, ``… | Issue No.`` / ``12``) or on a whole edition
    (``THE HARBOUR BULLETIN | Spring 2025 | Volume 12`` / ``Number 3``), and the next line is an edition alone
    (:func:`is_edition_line`) or, after a dangling word, its bare number. Joined as :func:`~.joinlines.joined_lines`
    joins (one inserted space between English lines, a run of its own in the map: no raw character behind it).

    Decision (issue 16 point 2, helper news72, fresh-user trial 71's newsletter): the wrapped masthead had titled the
    newsletter ``NEWSLETTER | Autumn 2024 | Issue`` and sent ``No. 58`` to ``front`` alone; one line, its name is the
    title and its issue (date and number) front matter, as a masthead on one line is read. It does NOT join a line
    with no separator before its edition (a title, ``Forty Years of Issue``), a line under a blank line, nor a number
    under a line whose edition is whole (``… | Volume 12`` / ``3``: a page's number, a list's count).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in masthead_wraps(mk("NEWSLETTER | Autumn 2024 | Issue", "No. 58", "Welcome"))]
    ['NEWSLETTER | Autumn 2024 | Issue No. 58', 'Welcome']
    >>> [t.text for t in masthead_wraps(mk("Parish News | Summer 2024 | Issue No.", "12"))]
    ['Parish News | Summer 2024 | Issue No. 12']
    >>> [t.text for t in masthead_wraps(mk("HARBOUR BULLETIN | Spring 2025 | Volume 12", "Number 3"))]
    ['HARBOUR BULLETIN | Spring 2025 | Volume 12 Number 3']
    >>> [t.text for t in masthead_wraps(mk("HARBOUR BULLETIN | Volume 12", "3"))]
    ['HARBOUR BULLETIN | Volume 12', '3']
    >>> [t.text for t in masthead_wraps(mk("Forty Years of Issue", "No. 58"))]
    ['Forty Years of Issue', 'No. 58']
    >>> [t.text for t in masthead_wraps(mk("さくら台自治会だより　2024年秋　第", "58号"))]
    ['さくら台自治会だより\u30002024年秋\u3000第58号']
    >>> [t.text for t in masthead_wraps(mk("港町だより", "第58号"))]  # an issue line of its own under the name
    ['港町だより', '第58号']
    """
    from pipeline.segment.joinlines import joined_pairs

    return joined_pairs(lines, _masthead_wrapped)


def _masthead_wrapped(line: Text, below: Text) -> bool:
    """``below`` is the rest of the masthead ``line``'s edition, wrapped to the raw line under it
    (:func:`masthead_wraps`)."""
    upper, lower = line.text.strip(), below.text.strip()
    end, start = next((p for p in reversed(line.origin) if p is not None), None), below.first_pos()
    if not upper or not lower or len(lower) > 40 or end is None or start is None or start[0] != end[0] + 1:
        return False
    if not any(m.group().strip(" \t") for m in _BEFORE_EDITION.finditer(upper)):
        return False  # no separator (a mark or an ideographic space): a title's own words
    dangling = _DANGLING_EDITION.search(upper) is not None
    if not (dangling and _ISSUE_NUMBER_ALONE.match(lower) is not None or is_edition_line(lower)):
        return False
    if not dangling and edition_after(upper) is None:
        return False
    joined = upper + ("" if upper.endswith("第") else " ") + lower
    at = edition_after(joined)
    # the edition set off the name by a mark (a bar, a dash, a dot) or an ideographic space, never by a space alone
    if at is None:
        return False
    rest = joined[at:]
    return "\u3000" in rest[:len(rest) - len(rest.lstrip())] or rest.lstrip()[:1] in "·・•|｜/／-–—:："


def spaced_edition(tail: str) -> bool:
    """An edition that a space alone (or no mark at all, where clean took the space out) sets apart from the title
    before it: one its issue's number opens (``No. 12``, ``第12号``) or a month's issue (``2026年4月号``, a date closing
    on ``号``). A date alone (``March 2026``) may close a title's own words, so it is none.

    >>> spaced_edition("第12号"), spaced_edition("2026年4月号"), spaced_edition("March 2026"), spaced_edition("2026年4月")
    (True, True, False, False)
    """
    s = tail.strip()
    return _EDITION.match(s) is not None or (s.endswith("号") and _edition_date(s))


_PERIODICAL_KIND = (r"(?:(?:(?:Monthly|Quarterly|Weekly|Termly|Annual|Official|Community|Members[’']?|Club|Parish|School|"
                    r"Village|Residents[’']?)\s+)?(?:Newsletter|News-?sheet|Bulletin|Magazine|Journal|Gazette)\b"
                    r"|会報|会誌|だより|便り|通信|広報紙|広報誌)")
_PERIODICAL_ISSUE = lazyre.compile(rf"^{_PERIODICAL_KIND}", re.IGNORECASE)


def periodical_issue(text: str) -> bool:
    """A periodical's kind and its issue on one line (``Newsletter, Summer 2026``, ``Newsletter — Spring 2026``,
    ``Bulletin No. 12, March 2026``, ``会報　第21号　2026年夏``): the issue line of a masthead whose name stands over
    it (``Millbrook Gardening Society``), so that name is the periodical's title and this line its front matter, as an
    edition line (:func:`is_edition_line`) is. The rest after the kind is an edition line or an edition's date
    (a season and its year, a date, a year).

    Why (issue 16 point 2, helper news69's ``nl_en_mixed_short_long.txt``; helper fix69b): the society's name over
    ``Newsletter, Summer 2026`` had been read as a letterhead, and the issue line titled the newsletter.

    >>> [periodical_issue(s) for s in ("Newsletter, Summer 2026", "Newsletter — Spring 2026", "Bulletin No. 12, March 2026",
    ...                                "会報　第21号　2026年夏", "Parish Magazine · Issue 4")]
    [True, True, True, True, True]
    >>> [periodical_issue(s) for s in ("Newsletter", "Annual Report 2025", "Newsletter of the Riverside Club",
    ...                                "Bulletin boards in the hall", "Summer 2026", "会報の発行について")]
    [False, False, False, False, False, False]
    """
    s = text.strip()
    m = _PERIODICAL_ISSUE.match(s)
    if m is None or len(s) > 60:
        return False
    rest = s[m.end():].strip(_EDITION_SEPARATORS)
    return bool(rest) and (is_edition_line(rest) or _edition_date(rest))


_DESCRIPTOR_EN = lazyre.compile(
    r"^(?i:(?:The\s+|An?\s+)?(?:(?:Monthly|Quarterly|Weekly|Termly|Official|Community|Members[’']?)\s+)?"
    r"(?:Newsletter|News-?sheet|Bulletin|Magazine|Journal|Gazette)\s+(?:of|for|from)\s+(?:the\s+)?)"
    r"(?P<name>[A-Z][^\s]*(?:\s+(?:[A-Z0-9][^\s]*|of|and|for|the|on|in|&))*)$")
_NEWS_DESCRIPTOR_EN = lazyre.compile(
    r"^News\s+(?:of|for|from)\s+(?:the\s+)?(?P<name>[A-Z][^\s]*(?:\s+(?:[A-Z0-9][^\s]*|of|and|for|the|on|in|&))*)$")
"""``News for Ashcombe, Lower Ashcombe and Tilford Green``: a town newsletter's descriptor, whom its news is for; read
only with the issue after it on the line (alone, ``News from the Parish`` heads an article)."""
_DESCRIPTOR_JA = lazyre.compile(r"^(?P<name>[^\s\u3000。、，．「」（）()]{2,24}?)(?:会報|会誌|だより|便り|通信|広報紙|広報誌)$")
_DESCRIPTOR_TAIL = lazyre.compile(r"[\s\u3000]+[—–|·・•][\s\u3000]+|[,，][\s\u3000]*|[\s\u3000]+-[\s\u3000]+|[\s\u3000]+")


def masthead_descriptor(text: str) -> bool:
    """A masthead's line naming the periodical's kind and whom it is of (``Newsletter of the Millbrook Village
    Association``, ``The magazine of the Eastfield Bird Club``, ``Bulletin of the Portside Local History Society``,
    ``みどり台自治会会報　第15号``, ``さくら台地区だより　第8号``), its issue after it at most (``… — Issue 14, Autumn
    2026``; a Japanese one only with its issue: alone, ``図書館だより`` heads a column): the title block's matter under the periodical's name, not an
    organisation's line. The body's name opens on a capital and runs on in capitalised words (a sentence's
    ``The magazine of the year award went to …`` is none).

    Why (issue 16 point 2, fresh-user trial 69's ``en_newsletter.txt``, helper fix69b): under ``THE MILLBROOK
    LANTERN`` the line had been read as the issuing office, the speaker, over the closing credit's editor.

    >>> [masthead_descriptor(s) for s in ("Newsletter of the Millbrook Village Association — Issue 14, Autumn 2026",
    ...     "The magazine of the Eastfield Bird Club", "Bulletin of the Portside Local History Society",
    ...     "みどり台自治会会報　第15号　2026年秋", "さくら台地区だより　第8号",
    ...     "News for Ashcombe, Lower Ashcombe and Tilford Green  -  Issue 57, Winter 2026", "News from the Parish")]
    [True, True, True, True, True, True, False]
    >>> [masthead_descriptor(s) for s in ("The magazine of the year award went to a quarterly",
    ...     "Newsletter of the Millbrook Village Association — a new start", "Issue 14, Autumn 2026",
    ...     "会報　第21号　2026年夏", "Millbrook Village Association", "会報の発行について", "図書館だより")]
    [False, False, False, False, False, False, False]
    """
    s = text.strip()
    if not s or len(s) > 100 or s.endswith((".", "。", "?", "!", "？", "！")):
        return False
    candidates = [s]
    for m in _DESCRIPTOR_TAIL.finditer(s):
        if is_edition_line(s[m.end():]):
            candidates.append(s[:m.start()])
    for at, head in enumerate(candidates):
        head = head.strip()
        m = _DESCRIPTOR_EN.match(head)
        if m is not None and len(m.group("name")) <= 80:
            return True
        # a Japanese one only with its issue: alone, ``図書館だより``, ``保健室だより`` head a newsletter's columns; an
        # English ``News for …`` likewise (issue 16 point 2, helper newsb85, trial 85b's town newsletter)
        if at > 0 and (_DESCRIPTOR_JA.match(head) is not None or _NEWS_DESCRIPTOR_EN.match(head) is not None):
            return True
    return False


_MEETING_PAPERS = re.compile(r"^\S.{0,30}?(?:議案書|総会[ \u3000]?資料|総会議案|総会次第|総会のしおり|総会議事資料)$")
"""A meeting's papers by their kind's word closing the line (``第28期通常総会議案書``, ``令和6年度定期総会資料``)."""


def meeting_papers(text: str) -> bool:
    """A line naming a general meeting's papers (``第28期通常総会議案書``, ``令和6年度　定期総会資料``, ``第12回総会議案``):
    the document's kind, its title, though an organisation's line stands over it and an addressee (``組合員各位``)
    under it. Why (issue 16 point 2, fresh-user trial 78's 管理組合 議案書): the organisation's line and the addressee
    had read the papers as a letter, its letterhead no title (``title`` null, the talk ``document``). A sentence
    (``…議案書をご確認ください。``) is none.

    >>> meeting_papers("第28期通常総会議案書"), meeting_papers("令和6年度　定期総会資料"), meeting_papers("第12回総会議案")
    (True, True, True)
    >>> meeting_papers("緑台小学校PTA定期総会 資料")  # the kind's word set apart (fresh-user trial 80a)
    True
    >>> meeting_papers("同封の議案書をご確認ください。"), meeting_papers("議案書"), meeting_papers("総会資料の作り方")
    (False, False, False)
    """
    s = text.strip()
    return bool(_MEETING_PAPERS.match(s)) and not s.endswith("。")
