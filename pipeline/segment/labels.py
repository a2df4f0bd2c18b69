"""Lines that label rather than head: an English chapter label, a date alone on its line, a conventional
section name, and the lines that give a label and its value (a form's field, a notice's field, a labelled entry).
The chapter label is read in :mod:`pipeline.numbering` (restore reads it too, without loading the segment
stage) and named here with the others.

Both title-block detection (a label is never a title) and section splitting (a
chapter label numbers its chapter; a date is never a heading) read these, so
they live apart from either; so does paragraph joining (a notice's fields are
lines of their own). The three shapes of a "label: value" line stand together
here: :func:`form_field` (a closed list of labels), :data:`NOTICE_FIELD` (a
short label, an ideographic space or a colon) and :data:`LABELLED_ENTRY` (up
to three words, then a colon).
"""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

from pipeline.eras import ERA, ERA_START, ERAS
from pipeline import lazyre
from pipeline.chardata import LINE_CACHE, HALFWIDTH_LATIN, HALFWIDTH_LATIN_UPPER, has_japanese
from pipeline.model import GAP, Text
from pipeline.names import HONORIFICS, MEETING_ROLES, TRANSCRIPT_ROLES, WRITTEN_HONORIFICS, ends_with_job_title  # noqa: F401  (the roles re-exported)
from pipeline.listmarks import ITEM_MARK
from pipeline.numbering import CHAPTER_WORDS, ROMAN, chapter_heading, chapter_label, explicit_number, fold, is_chapter_heading, is_chapter_label, kanji_number, number_end  # noqa: F401  (re-exported)

DATE = lazyre.compile(r"^(?:" + ERA + r"\s?[0-9０-９元]{1,2}|[0-9０-９]{4})\s?年度?\s?(?:[0-9０-９]{1,2}\s?月(?:\s?[0-9０-９]{1,2}\s?日)?)?"
                  r"(?:\s*[（(][^）)]{1,3}[）)])?(?:\s?(?:(?:改訂|改定)?版|修正|改訂|改定|策定|現在|以降|施行"
                  r"|(?:始発|初電)?(?:より|から)(?:実施|施行|適用)?))?$"
                  r"|^(?:改訂|改定)?(?:第\s?[0-9０-９一二三四五六七八九十]{1,2}\s?|初)版$|^(?:(?:January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)\s+(?:[0-9]{1,2},\s+)?[0-9]{4}|[0-9]{1,2}\s+(?:January|February|March|April|May|June|"
                  r"July|August|September|October|November|December)\s+[0-9]{4})$"
                  r"|^[\[(（［]?[0-9０-９]{4}\s?[/.\-／．－]\s?[0-9０-９]{1,2}\s?[/.\-／．－]\s?[0-9０-９]{1,2}[\])）］]?$"
                  r"|^(?:(?:Academic|School)\s+[Yy]ear|ACADEMIC\s+YEAR|Academiejaar|ACADEMIEJAAR|Schooljaar|Studienjahr"
                  r"|Année\s+(?:universitaire|académique))?\s*[0-9]{4}\s?[\-–/]\s?(?:[0-9]{4}|[0-9]{2})$"
                  # a periodical's season, or a school newsletter's term (``Autumn Term 2025``, ``Lent Term 2026``:
                  # helper news67, its first article's headline had gone to front under it)
                  r"|^(?:(?:Spring|Summer|Autumn|Fall|Winter)(?:\s+(?:Issue|Edition|[Tt]erm))?|(?:Michaelmas|Lent|Trinity)\s+Term"
                  r"|SPRING|SUMMER|AUTUMN|FALL|WINTER)"
                  r"\s+[0-9]{4}(?:\s?[/\-–]\s?(?:[0-9]{4}|[0-9]{2}))?$"
                  # a Korean date (``2025년 3월 15일``, ``2025. 3. 15.``: a Korean notice's date over its issuer, fresh-user
                  # trial 64d), its weekday in brackets after it allowed
                  r"|^[0-9０-９]{4}\s?년(?:\s?[0-9０-９]{1,2}\s?월(?:\s?[0-9０-９]{1,2}\s?일)?)?(?:\s*[(（][^)）]{1,3}[)）])?$"
                  r"|^[0-9]{4}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.$")


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_DAYS = rf"{_DAY}(?:\s?[-–—]\s?{_DAY})?"
"""A day, or the days of an event (``9-10``, ``3–5``)."""
_TO = r"\s?[-–—]\s?"
_EN_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
            rf"(?:{_MONTH}\s+{_DAYS},?\s+[0-9]{{4}}|{_DAYS}\s+{_MONTH},?\s+[0-9]{{4}}|{_MONTH}\s+[0-9]{{4}}"
            rf"|{_MONTH}\s+{_DAY}{_TO}{_MONTH}\s+{_DAY},?\s+[0-9]{{4}}|{_DAY}\s+{_MONTH}{_TO}{_DAY}\s+{_MONTH},?\s+[0-9]{{4}})")
EN_DAY_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
               rf"(?:{_DAYS}\s+{_MONTH}|{_MONTH}\s+{_DAYS})(?:,?\s+[0-9]{{4}})?")
"""An English day's date, its year said or not (``Saturday 14 December``, ``June 3, 2025``, ``9-10 May``): a pattern's
text."""
STATED_DATE = rf"(?:{_EN_DATE}|{_DAY}\s+day\s+of\s+{_MONTH},?\s+[0-9]{{4}})"
"""An English date as a statement closing a document gives it: a day (``3 June 2025``, ``June 3, 2025``), or the
formal ``3rd day of June, 2025`` of a council's resolution (a pattern's text, for :mod:`.events`)."""
_PLACE = rf"[{HALFWIDTH_LATIN_UPPER}][{HALFWIDTH_LATIN}.'’\-]*(?:\s+[{HALFWIDTH_LATIN_UPPER}][{HALFWIDTH_LATIN}.'’\-]*)*"
_PLACES = rf"{_PLACE}(?:,\s*{_PLACE})*"
EN_DATELINE = lazyre.compile(rf"^(?:{_PLACES}\s*[,—–\-·|]*\s*\(?)?{_EN_DATE}\)?\s*(?:/[A-Za-z .]+/)?\s*[—–\-]*$"
                         rf"|^{_EN_DATE}\s*(?:,|[—–·|]|\s-)\s*{_PLACES}$")
"""An English date, or a news dateline: the place in capitals, then the date, then a wire's name
(``PORTLAND, Ore., March 3, 2026``, ``TOKYO, Dec. 1, 2026 /PRNewswire/ --``; AP Stylebook, *datelines*); an event's
days and its place, either first, as a volume of proceedings sets them under its name (``Galway, Ireland, 9-10 June
2025``, ``June 9–10, 2025, Zürich, Switzerland``, ``30 May – 2 June 2025``: trial 44, where the volume's line had
become the first paper's title)."""


_EU_MONTH = (r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
             r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
             r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
             r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
             r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)")
EU_DATELINE = lazyre.compile(rf"^(?:[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ýa-z][\w'’\-]*){{0,2}},\s*)?(?:(?:den|le|il|el|lì)\s+)?"
                         rf"[0-9]{{1,2}}(?:\.|º|er)?(?:{_TO}[0-9]{{1,2}}\.?)?\s+(?:de\s+)?{_EU_MONTH}\s+(?:de\s+)?[0-9]{{4}}$",
                         re.IGNORECASE)
"""A date in German, Italian, French, Spanish or Dutch, and a letter's dateline with its place before it (``Kiel,
14. März 2026``, ``Genova, 14 marzo 2026``, ``Paris, le 3 janvier 2026``, ``Madrid, 3 de enero de 2026``); an
event's days too (``Kiel, 14.–16. März 2026``)."""


_REGISTRATION_NAMED = (r"(?:(?:Registered\s+)?Charity(?:\s+Registration)?|Registered\s+(?:Charity|Company|Society|Office)"
                       r"|Registered\s+in\s+(?:England(?:\s+(?:and|&)\s+Wales)?|Scotland|Wales|Northern\s+Ireland|Ireland)"
                       r"(?:\s+as\s+a\s+[A-Za-z ]{3,40}?)?|(?:Registered\s+)?Company(?:\s+Registration)?|Registration"
                       r"|Reg\.|VAT(?:\s+Reg(?:istration|\.)?)?|Tax\s+ID|Companies\s+House)")
"""Registrations named by their body (a charity, a company, VAT): a number's word (``No.``, ``Number``) or a colon
must follow, ``Charity 2024`` being no registration."""
_REGISTRATION_CODE = (r"(?:(?:Print\s+|Online\s+|e-?)?ISSN|ISBN(?:-1[03])?|ABN|ACN|EIN|SIRE[NT]|HRB|USt-IdNr\.?|KvK|CRN|OSCR"
                      r"|(?:適格請求書発行事業者)?登録番号|法人番号|認定番号|認証番号|認可番号|許可番号|届出番号|雑誌コード)")
"""Registrations whose label names a number itself (``ISSN 1234-5678``, ``法人番号 1234567890123``)."""
_REGISTRATION_VALUE = r"(?:[A-Z]{1,3}[\s\-]?)?[0-9０-９](?:[0-9０-９A-Z\-‐–\s/]*[0-9０-９X])?(?:\s*[（(][A-Za-z ]{1,12}[）)])?"
_REGISTRATION_ONE = (rf"(?:{_REGISTRATION_NAMED}\s*(?:[:：]\s*(?:(?:No|Nr|Number)\.?\s*)?|(?:No|Nr|Number)\.?\s*(?:[:：]\s*)?|#\s*)"
                     rf"|{_REGISTRATION_CODE}\s*(?:[:：]\s*)?){_REGISTRATION_VALUE}")
REGISTRATION_LINE = lazyre.compile(rf"^(?:{_REGISTRATION_ONE})(?:\s*[·•|/,;，、　]\s*(?:{_REGISTRATION_ONE}))*\.?$", re.IGNORECASE)
"""An organisation's or a publication's registration: a charity's, a company's or a society's number, a tax or
VAT number, an ISSN or an ISBN (``Registered Charity No. 1098234``, ``Registered in England No. 04567812``,
``ISSN 1234-5678``, ``法人番号 1234567890123``), several on one line parted by a mark."""


def is_registration_line(text: str) -> bool:
    """A registration line (:data:`REGISTRATION_LINE`): a cover's field, kept in front, never a title, an organisation
    line or a heading (trial 28: ``Registered Charity No. 1098234`` was an annual report's title).

    >>> is_registration_line("Registered Charity No. 1098234"), is_registration_line("Registered in England No. 04567812")
    (True, True)
    >>> is_registration_line("ISSN 1234-5678"), is_registration_line("ISBN 978-4-12-345678-9"), is_registration_line("法人番号 1234567890123")
    (True, True, True)
    >>> is_registration_line("Registered Charity No. 1098234 · Company No. 4567812"), is_registration_line("VAT No. GB 123 4567 89")
    (True, True)
    >>> is_registration_line("ISSN: 2049-3630 (online)"), is_registration_line("登録番号：T1234567890123")
    (True, True)
    >>> is_registration_line("Registration of Small Harbour Boats"), is_registration_line("Charity Shops in 2024")
    (False, False)
    >>> is_registration_line("Charity 2024"), is_registration_line("Company 12 Annual Review")
    (False, False)
    """
    s = text.strip()
    return 0 < len(s) <= 100 and REGISTRATION_LINE.match(s) is not None


_N_NOTICE = r"[0-9０-９]{1,6}(?:\s?[\-‐–－]\s?[0-9０-９]{1,6})?"
NOTICE_NUMBER = re.compile(
    # Korean: the issuer, its kind of notice, 제N호 (``한빛시 공고 제2026-15호``, ``새빛군 고시 제2025-7호``)
    rf"^(?:[가-힣]{{1,12}}\s?){{0,3}}(?:공고|고시|훈령|예규|공시|지시)\s?제\s?{_N_NOTICE}\s?호$"
    # Japanese: the issuer, its kind, 第N号 (``港南市告示第45号``, ``緑丘市教委発第123号``, ``5港総第123号``); a
    # circular's kind set off its number by a space (``社内通知　第2025-042号``, ``総務部通達 第7号``: helper notice74)
    rf"|^[\u4e00-\u9fff0-9０-９○〇]{{0,16}}(?:告示|公告|訓令|指令|発|収|達|通知|通達|通告|事務連絡)[\s\u3000]?第\s?{_N_NOTICE}\s?号$"
    # Chinese: the organ's short name, its year in brackets and its number (``青川文旅〔2025〕12号``), or …字第N号
    r"|^[\u4e00-\u9fff]{1,20}\s?[〔\[［【(（]\s?(?:19|20)[0-9]{2}\s?[〕\]］】)）]\s?第?\s?[0-9]{1,6}\s?号$"
    rf"|^[\u4e00-\u9fff]{{1,20}}字\s?第\s?{_N_NOTICE}\s?号$")
"""A notice's number line (문서번호, 告示番号, 发文字号): the issuer and its kind of notice, then the notice's number."""


def notice_number_line(text: str) -> bool:
    """A notice's number line (:data:`NOTICE_NUMBER`): front matter over the notice's title, never its title (decision,
    issue 16, fresh-user trial 65: ``한빛시 공고 제2026-15호`` had been ``title.ko``, the title ``도서관 휴관 안내`` front).

    >>> notice_number_line("한빛시 공고 제2026-15호"), notice_number_line("새빛군 고시 제2025-7호"), notice_number_line("港南市告示第45号")
    (True, True, True)
    >>> notice_number_line("緑丘市教委発第123号"), notice_number_line("青川市文化和旅游局〔2025〕12号"), notice_number_line("府办字第8号")
    (True, True, True)
    >>> notice_number_line("社内通知\u3000第2025-042号"), notice_number_line("総務部通達 第7号"), notice_number_line("総発第123号")
    (True, True, True)
    >>> notice_number_line("第12号"), notice_number_line("港南市報（第312号）"), notice_number_line("도서관 휴관 안내")  # an edition; a title
    (False, False, False)
    >>> notice_number_line("告示の読み方について"), notice_number_line("제3회 한일 해양 포럼"), notice_number_line("第2号議案")
    (False, False, False)
    """
    s = text.strip()
    return 0 < len(s) <= 40 and NOTICE_NUMBER.match(s) is not None


def wholly_bracketed(text: str, pairs: dict[str, str]) -> bool:
    """The whole line is one bracketed span of one of ``pairs`` (opening → closing bracket): it opens and closes the
    line, and neither bracket stands inside (``「A」と「B」`` is two spans, ``「港」とは何か`` one and text after it).

    >>> pairs = {"「": "」", "[": "]"}
    >>> wholly_bracketed("「空き家を資源に」", pairs), wholly_bracketed("「A」と「B」", pairs), wholly_bracketed("[]", pairs)
    (True, False, False)
    """
    s = text.strip()
    close = pairs.get(s[:1])
    return close is not None and len(s) > 2 and s[-1] == close and s[0] not in s[1:-1] and close not in s[1:-1]


PUBLICATION_NAME = lazyre.compile(r"\b(?:Newsletter|Magazine|Gazette|Bulletin|Digest|Newsletters|News|Update|Updates)$")
"""The last word of a periodical's name (``Riverside Library Newsletter``, ``Harbour Authority News``): a publication
an organisation puts out, its name the document's title, never the organisation's (trial 26's English newsletter
had its edition line ``Autumn 2025`` for its title)."""
_MASTHEAD_SEPARATOR = lazyre.compile(r"\s+(?:[-–—|·•]|::)\s+")
"""A dash, a bar or a middle dot set off by spaces, parting a periodical's name from its issue's date on a masthead."""


def dated_masthead(text: str) -> bool:
    """A periodical's name (:data:`PUBLICATION_NAME`: its last word ``News``, ``Bulletin``, ``Newsletter``…), then a
    dash, a bar or a middle dot, then the month or the season of its issue with its year (``Oakfield Parish Council
    News | May 2026``, ``Hillcrest Rotary Club Bulletin — Spring 2026``): a masthead, the document's title, never a
    dateline nor an event's name (decision, issue 16 point 2, helper head68, after fresh-user trial 67: read as a
    date line the masthead titled nothing and the first article's heading became the title). A place before the date
    (``Lisbon, Portugal · 3–5 September 2025``) names no periodical: a dateline still.

    >>> dated_masthead("Oakfield Parish Council News | May 2026"), dated_masthead("Hillcrest Rotary Club Bulletin — Spring 2026")
    (True, True)
    >>> dated_masthead("Lisbon, Portugal · 3–5 September 2025"), dated_masthead("Harbour News"), dated_masthead("May 2026")
    (False, False, False)
    """
    s = text.strip()
    for m in _MASTHEAD_SEPARATOR.finditer(s):
        head, tail = s[:m.start()].rstrip(), s[m.end():]
        if PUBLICATION_NAME.search(head) is not None and any(c.isupper() for c in head[:1]) \
                and (DATE.match(date_digits(tail)) is not None):
            return True
    return False


DATED_ROW = lazyre.compile(r"^[ \u3000]*[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(][^）)]{1,3}[）)])?[ \u3000]")
"""A schedule's or itinerary's row led by its day, then white (``１０月６日（月）　松本駅出発…``): an item, no sentence
(fresh-user trial 74e's itinerary: a row had been read as a sentence left open over a page break, and two rows as one
paragraph)."""


_DAY_OR_TIME_ROW = lazyre.compile(r"^[ \u3000]*(?:[0-9０-９]{1,2}日[（(][^）)]{1,3}[）)]"
                                 r"|[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[～〜~\-－–][0-9０-９]{1,2}[:：][0-9０-９]{2})?[ \u3000]"
                                 r"|・)")
"""A schedule's row led by its day and weekday without the month (``１８日（水）　プール開き``, the month in the heading
over the rows), by its time (``10:00　受付``, ``13:30～15:00　講演``), or a list's item led by a middle dot (``・着替えは…``)."""


def schedule_row(text: str) -> bool:
    """A row of a schedule or a list (:data:`DATED_ROW`, :data:`_DAY_OR_TIME_ROW`). Two such rows one over the other
    are two rows: a wrap never carries the first into the second, however close to the measure the first runs
    (issue 16 point 4, fresh-user trial 78d: a nursery newsletter's ``１３日（金）　保育参観…ご覧ください`` at the measure
    had taken ``１８日（水）　プール開き…`` into its line).

    >>> schedule_row("１８日（水）　プール開き"), schedule_row("10:00　受付"), schedule_row("・着替えは上下２組ずつ")
    (True, True, True)
    >>> schedule_row("１８日は雨天のため延期します。"), schedule_row("10:00から受付を始めます。"), schedule_row("保育参観")
    (False, False, False)
    """
    return DATED_ROW.match(text) is not None or _DAY_OR_TIME_ROW.match(text) is not None


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_date_line(text: str) -> bool:
    """A date alone on its line (``2023年8月6日``, ``2024年5月``, ``令和5年度``, ``May 2024``): a dateline or a cover's date,
    never a heading or a title; so is an edition named by its year or number (``令和6年度版``, ``2024年3月改訂版``,
    ``第2版``), an academic year (``Academiejaar 2023-2024``, ``2022 - 2023``) and a periodical's season
    (``Autumn 2025``: trial 26's newsletter, whose issue line had been its title).

    >>> is_date_line("2023年8月6日"), is_date_line("令和5年3月"), is_date_line("12 May 2024"), is_date_line("2023年の取り組み")
    (True, True, True, False)
    >>> is_date_line("令和5年度"), is_date_line("2023年度"), is_date_line("令和5年度 調査報告書")  # a fiscal year; a label
    (True, True, False)
    >>> is_date_line("2019/06/01"), is_date_line("[2019/06/01]"), is_date_line("2013-04-29"), is_date_line("2019/06/01 改訂")
    (True, True, True, False)
    >>> is_date_line("令和6年度版"), is_date_line("2024年3月改訂版"), is_date_line("第2版"), is_date_line("版画の歴史")
    (True, True, True, False)
    >>> is_date_line("令和6年3月修正"), is_date_line("2024年3月改定"), is_date_line("令和5年4月策定")  # a plan's revision
    (True, True, True)
    >>> is_date_line("令和6年3月修正の概要"), is_date_line("3月修正")
    (False, False)

    A date with the word that makes it a start or a reference day (fresh-user trial 83b: a rail operator's
    ``2027年3月13日（土）始発より`` under ``ダイヤ改正のお知らせ`` had been the notice's title):

    >>> [is_date_line(s) for s in ("2027年3月13日（土）始発より", "令和8年4月1日から", "2026年4月1日現在", "令和8年4月1日施行")]
    [True, True, True, True]
    >>> is_date_line("2026年4月1日から始まる新制度"), is_date_line("令和8年4月1日からの料金")
    (False, False)
    >>> is_date_line("Dec. 1, 2026"), is_date_line("Tuesday, March 3rd, 2026"), is_date_line("PORTLAND, Ore., March 3, 2026")
    (True, True, True)
    >>> is_date_line("TOKYO, Dec. 1, 2026 /PRNewswire/ --"), is_date_line("SAPPORO, Japan — March 3, 2026")  # datelines
    (True, True)
    >>> is_date_line("March 2026 Update on the Port Plan"), is_date_line("The Port in May 2024")
    (False, False)
    >>> is_date_line("Academiejaar 2023-2024"), is_date_line("Academic Year 2023/24"), is_date_line("2022 - 2023")  # a thesis's year
    (True, True, True)
    >>> is_date_line("Autumn 2025"), is_date_line("Winter 2023/24"), is_date_line("Spring Issue 2026")  # a periodical's issue
    (True, True, True)
    >>> is_date_line("Autumn Term 2025"), is_date_line("Lent Term 2026"), is_date_line("Summer Term Reading 2025")  # a school's term
    (True, True, False)
    >>> is_date_line("Summer 2025 Reading Challenge")
    False
    >>> is_date_line("令和８年１月〜３月"), is_date_line("2026年4月1日～6月30日"), is_date_line("4月〜6月の予定")
    (True, True, False)
    >>> is_date_line("Kiel, 14. März 2026"), is_date_line("Genova, 14 marzo 2026"), is_date_line("Madrid, 3 de enero de 2026")
    (True, True, True)
    >>> is_date_line("Paris, le 3 janvier 2026"), is_date_line("3 marzo 2026 e oltre")  # a letter's dateline; a phrase
    (True, False)

    An event's days and its place, as a volume of proceedings sets them under its name (trial 44):

    >>> is_date_line("Galway, Ireland, 9-10 June 2025"), is_date_line("June 9–10, 2025, Zürich, Switzerland")
    (True, True)
    >>> is_date_line("30 May – 2 June 2025"), is_date_line("Kraków, Poland, May 30 – June 2, 2025")
    (True, True)
    >>> is_date_line("Kiel, 14.–16. März 2026"), is_date_line("Trento, 9-10 giugno 2025")
    (True, True)
    >>> is_date_line("Lisbon, Portugal · 3–5 September 2025"), is_date_line("3–5 September 2025 | Lisbon, Portugal")
    (True, True)
    >>> is_date_line("June 2025 Meeting of the Harbour Board"), is_date_line("10 Ways to Save Energy in June 2025")
    (False, False)

    A year given again in the other calendar, bracketed (:data:`_OTHER_CALENDAR`):

    >>> [is_date_line(s) for s in ("2025年（令和7年）5月", "令和7年（2025年）5月1日", "2025（令和7）年5月1日", "2025年（令和7年）の計画")]
    [True, True, True, False]

    A Korean date (fresh-user trial 64d):

    >>> [is_date_line(s) for s in ("2025년 3월 15일", "2025. 3. 15.", "2025년 3월 15일(토)", "2025년 봄철 도로 공사 안내")]
    [True, True, True, False]

    An invitation's ``吉日`` (a lucky day, named for the day of the month: ``令和七年九月吉日``; helper notice74, fresh-user
    trial 73d's ceremony notice, whose signer under it had given no speaker):

    >>> is_date_line("令和七年九月吉日"), is_date_line("2025年9月吉日"), is_date_line("吉日のお祝い")
    (True, True, False)

    A date whose digit is a lost glyph is a date all the same (fresh-user trial 83a: a press release's
    ``令和7年10月\ufffd4日`` under ``報道発表資料`` had been its title): a glyph beside a digit, or alone between 年 and 月 or
    月 and 日, is read as a digit (:data:`_GAP_AS_DIGIT`); the gap itself stays for restore.

    >>> is_date_line("令和7年10月\ufffd4日"), is_date_line("2025年\ufffd月3日"), is_date_line("October \ufffd4, 2025")
    (True, True, True)
    >>> is_date_line("\ufffd\ufffdの取り組み"), is_date_line("第\ufffd回の報告")
    (False, False)
    """
    s = _LUCKY_DAY.sub("", _OTHER_CALENDAR.sub("", date_digits(_GAP_AS_DIGIT.sub("0", text.strip()))))
    if DATE.match(s) is not None:
        return True
    # a Japanese period from a date to a later month or day (``令和８年１月〜３月``, ``2026年4月1日～6月30日``): a
    # schedule's or a plan's term, as ``April–June 2026`` is (helper table75, fresh-user trial 74f's clinic schedule)
    if (period := _JA_PERIOD.match(fold(s))) is not None and DATE.match(period["start"]) is not None:
        return True
    # a periodical's name before its issue's month (``… Council News | May 2026``) is a masthead, no dateline's place
    return (EN_DATELINE.match(s) is not None or EU_DATELINE.match(s) is not None) and not dated_masthead(s)


_JA_PERIOD = re.compile(r"^(?P<start>\S+?[月日])\s?[〜～~]\s?(?:[0-9]{1,4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?$")
"""A Japanese period after its first date (digits folded): ``…年１月〜３月``, ``…４月１日～６月３０日``."""
_GAP_AS_DIGIT = re.compile(rf"(?<=[0-9０-９]){GAP}|{GAP}(?=[0-9０-９])|(?<=年){GAP}(?=月)|(?<=月){GAP}(?=日)")
"""A lost glyph that can only be a date's digit: beside a digit, or alone between 年 and 月 or 月 and 日."""
_LUCKY_DAY = re.compile(r"(?<=月)[\s\u3000]?吉(?:日|辰|祥日)$")
"""A formal letter's lucky day in place of the day of the month (``九月吉日``): the month's date all the same."""
_KANJI_DATE_PART = lazyre.compile(r"(?P<numeral>[〇○零一二三四五六七八九十廿卅百千]+)(?=\s?(?P<unit>[年月日]))")
"""A kanji numeral right before its date's unit (``令和六年``, ``十二月``, ``三十一日``, ``二〇二四年``, ``二千二十四年``)."""


def _kanji_year(numeral: str) -> int | None:
    """A year written with ``千`` and ``百`` (``二千二十四`` → 2024, ``千九百九十九`` → 1999, ``二千`` → 2000), the rest
    under a hundred in the ``十`` notation (:func:`~pipeline.numbering.kanji_number`); ``None`` for any other run
    (``二千千``, ``百百``). Helper date66b: date66's reader read ``二〇二四年`` but not ``二千二十四年``."""
    value = 0
    rest = numeral
    for unit, size in (("千", 1000), ("百", 100)):
        if unit in rest:
            head, _, rest = rest.partition(unit)
            if unit in rest or len(head) > 1 or (head and head not in "一二三四五六七八九"):
                return None
            value += (kanji_number(head) if head else 1) * size
    if not rest:
        return value
    tail = kanji_number(rest)
    return None if tail is None or tail > 99 else value + tail
_ZERO_FORMS = str.maketrans("○零", "〇〇")
"""The zero's other forms in a positional year (``二○二四``, typed with a circle; Chinese ``二零二四``)."""
_DATE_PART_MOST = {"月": 12, "日": 31}


def date_digits(text: str) -> str:
    """``text`` with each kanji numeral that counts a date's year, month or day written in digits (``令和六年十二月一日``
    → ``令和6年12月1日``, ``二〇二四年十二月一日`` → ``2024年12月1日``, ``平成三十一年四月三十日`` → ``平成31年4月30日``), so
    that :func:`is_date_line` reads a date in kanji numerals as it reads one in digits: the numeral in the ``十`` notation
    (``十二``, ``二十``, ``三十一``) or positional, its zero ``〇``, ``○`` or ``零`` (``二〇二四``, ``二零二四``;
    :func:`~pipeline.numbering.kanji_number`). A numeral that is no month (over 12) or no day (over 31), a zero
    (``令和○年○月○日``, a form's blank date) or no numeral at all (``二十十``) stays as written. Only a reading: the text
    the pipeline keeps is never rewritten. Why (issue 16, fresh-user trial 65d): a Japanese notice dated
    ``令和六年十二月一日`` over its office read no date line, so no issuer, city or foot, where ``令和6年12月1日`` gave all three.

    >>> date_digits("令和六年十二月一日"), date_digits("二〇二四年十二月一日（日）"), date_digits("令和元年五月一日")
    ('令和6年12月1日', '2024年12月1日（日）', '令和元年5月1日')
    >>> date_digits("令和○年○月○日"), date_digits("第十二回"), date_digits("十三月")
    ('令和○年○月○日', '第十二回', '十三月')
    >>> date_digits("二千二十四年十月一日"), date_digits("千九百九十九年"), date_digits("三百年の歴史"), date_digits("二千千年")
    ('2024年10月1日', '1999年', '三百年の歴史', '二千千年')
    >>> date_digits("大正十三年一月廿日"), date_digits("昭和二年三月卅一日"), date_digits("廿一世紀")
    ('大正13年1月20日', '昭和2年3月31日', '廿一世紀')
    """
    def digits(m: re.Match[str]) -> str:
        # the old tens' numerals (``廿`` 20, ``卅`` 30) as an author dates by them (``大正十三年一月廿日``, Miyazawa
        # Kenji's 春と修羅 序: ../shared/realdocs/jo.pdf, its dated signature read as no date)
        numeral = m["numeral"].translate(_ZERO_FORMS).replace("廿", "二十").replace("卅", "三十")
        if "千" in numeral or "百" in numeral:
            # only a year counts its hundreds (``二千二十四年``); ``百日`` or ``三百年の歴史`` read no date
            # and a bare ``千年`` is a millennium's word, no year
            value = _kanji_year(numeral) if m["unit"] == "年" and "千" in numeral and numeral != "千" else None
        else:
            value = kanji_number(numeral)
        if not value or value > _DATE_PART_MOST.get(m["unit"], value):
            return m[0]
        return str(value)

    return _KANJI_DATE_PART.sub(digits, text)


_OTHER_CALENDAR = lazyre.compile(r"(?<=[0-9０-９元]年)[（(]" + ERA + r"?\s?[0-9０-９元]{1,4}\s?年?[）)]"
                                 r"|(?<=[0-9０-９])[（(]" + ERA + r"\s?[0-9０-９元]{1,2}[）)](?=年)")
"""A year given again in the other calendar, in brackets after it (``2025年（令和7年）5月``, ``令和7年（2025年）``,
``2025（令和7）年``): Japanese municipal print's usual date, read as the date without it (fresh-user trial 61: a
newsletter's ``２０２５年（令和７年）５月号　No.８１２`` had been read as the title's second line)."""


ABSTRACT_WORDS_JA = ("要旨", "概要", "梗概")
"""A Japanese paper's names for its abstract that name a section of it too: :data:`SECTION_NAMES`,
:data:`ABSTRACT_NAMES` and a kind's abstract (``博士論文要旨``: ``events._ABSTRACT_JA``) read them."""
ABSTRACT_DIGEST_JA = "抄録"
"""A Japanese digest's name for an abstract (``抄録``): an abstract's heading and a kind's abstract, no section's name."""


ABSTRACT_NAMES_LATIN = ("zusammenfassung", "kurzfassung", "résumé", "resumen", "samenvatting", "sommario", "riassunto",
                        "resumo")
"""A paper's names for its abstract in German, French, Spanish, Dutch, Italian and Portuguese (the languages of
``chardata.LATIN_LANGS``), keys as :func:`is_section_name` compares them: :data:`SECTION_NAMES`, :data:`ABSTRACT_NAMES`
and ``talks.ABSTRACT_NAMES`` read them as ``abstract`` (issue 16 point 2, session 79, helper kanri79: a German paper's
``Zusammenfassung`` over its text had stayed ``front`` where ``Abstract`` heads a section)."""
REFERENCE_NAMES_LATIN = ("literatur", "literaturverzeichnis", "quellen", "quellenverzeichnis", "bibliographie",
                         "références", "referencias", "bibliografía", "literatuur", "literatuurlijst", "referenties",
                         "bibliografia", "riferimenti", "riferimentibibliografici", "referências",
                         "referênciasbibliográficas", "referenciasbibliográficas")
"""The headings of a paper's list of references in those languages (German ``Literatur``, French ``Bibliographie``,
Spanish ``Referencias``, Dutch ``Literatuur``, Italian ``Bibliografia``, Portuguese ``Referências``): read as
``References`` (:data:`REFERENCE_NAMES`; session 79). English ``Literature`` alone stays none (a survey of it)."""
SECTION_NAMES_LATIN = (
    *ABSTRACT_NAMES_LATIN, *REFERENCE_NAMES_LATIN,
    "einleitung", "einführung", "hintergrund", "methode", "methoden", "methodik", "ergebnisse", "diskussion", "fazit",
    "schlussfolgerung", "schlussfolgerungen", "ausblick", "danksagung", "anhang",
    "contexte", "méthode", "méthodes", "méthodologie", "résultats", "remerciements", "annexes",
    "introducción", "antecedentes", "métodos", "metodología", "resultados", "discusión", "conclusión", "conclusiones",
    "agradecimientos", "anexo", "apéndice",
    "inleiding", "achtergrond", "resultaten", "discussie", "conclusie", "conclusies", "dankwoord", "bijlage",
    "introduzione", "metodi", "metodologia", "risultati", "discussione", "conclusioni", "ringraziamenti", "appendice",
    "introdução", "discussão", "conclusão", "conclusões", "agradecimentos", "apêndice", "anexos",
)
"""Conventional names of a paper's parts in German, French, Spanish, Dutch, Italian and Portuguese, the parts
:data:`SECTION_NAMES` names in English (introduction, background, method, results, discussion, conclusion, outlook,
acknowledgements, appendix; the abstract and the references above), as the journals of those languages head them;
a name the language shares with English (``Introduction``, ``Discussion``) is there already. Why (issue 16 point 2,
session 79): such a document's unnumbered headings had been read by the English names only, as Korean's were until
trial 54c."""


SECTION_NAMES = frozenset({
    "はじめに", "まえがき", "序論", "序章", "緒言", "背景", "研究背景", "目的", "研究目的", "方法", "手法", "提案手法",
    "実験", "結果", "考察", "結論", "おわりに", "むすび", "まとめ", "結語", "謝辞", "参考文献", "引用文献", "文献",
    "付録", "補足", "付記", "追記", *ABSTRACT_WORDS_JA, "abstract", "introduction", "background", "relatedwork", "method",
    "methods", "methodology", "experiments", "results", "discussion", "conclusion", "conclusions", "summary",
    "futurework", "executivesummary", "keyfindings", "overview", "recommendations", "preface", "foreword", "acknowledgements", "acknowledgments", "acknowledgement", "references", "bibliography", "appendix",
    "appendices", "literaturecited", "質疑応答", "質疑", "質問と回答", "q&a", "questionsandanswers",
    "questions&answers",
    # Korean (issue 16, trial 54c: a Korean–Japanese paper's ``요약`` stayed front beside its section ``要旨``): the
    # names Korean papers head their parts with, as the journals of the Korea Citation Index print them (abstract,
    # introduction, background, purpose, method, results, discussion, conclusion, closing words, acknowledgements,
    # references, appendix)
    "요약", "초록", "개요", "국문초록", "서론", "머리말", "들어가며", "들어가는말", "연구배경", "배경", "연구목적", "목적",
    "연구방법", "방법", "실험", "결과", "연구결과", "고찰", "논의", "결론", "결론및제언", "맺음말", "나가며", "나오며",
    "감사의글", "사사", "참고문헌", "인용문헌", "부록",
    # the authors' addresses a paper prints after its references (the Journal of Statistical Software's
    # ``Affiliation:``, then each author's name, department, street, city, e-mail and URL; issue 16 point 2: sandwich's
    # vignette had them read as its last references)
    "affiliation", "affiliations", "authoraffiliation", "authoraffiliations", "authors'addresses", "author'saddress",
    "authors’addresses", "author’saddress",
    # the unnumbered parts RFC 7322 (section 4) and RFC 7841 set in every RFC and Internet-Draft, often unnumbered
    # (fresh-user trial 76: an Internet-Draft's ``Status of This Memo`` had stayed a paragraph of its ``Abstract``)
    "statusofthismemo", "copyrightnotice", "securityconsiderations", "ianaconsiderations", "privacyconsiderations",
    "normativereferences", "informativereferences", "contributors",
    # a paper's list of its symbols under its own heading, before its first section (AIAA's and many engineering
    # journals' ``Nomenclature``: trial 76c, where it had stayed front, its table with it)
    "nomenclature", "notation", "listofsymbols", "listofabbreviations",
    # German, French, Spanish, Dutch, Italian, Portuguese (session 79)
    *SECTION_NAMES_LATIN,
})
"""Conventional names of a paper's sections (compared without spaces, case or a trailing colon); a talk's record
closes on its questions and answers (``質疑応答``, ``Q&A``: trial 24). Korean's are read as Japanese and English
ones are (``요약`` as ``要旨``, ``참고문헌`` as ``参考文献``)."""


WORK_KINDS = ("Report", "Study", "Review", "Assessment", "Evaluation", "Survey", "Trial", "Proposal", "Plan", "Guide",
              "Handbook", "Manual", "Analysis", "Overview", "Update", "Brief", "Briefing", "Memorandum", "Specification",
              "Roadmap", "Strategy", "Framework", "Findings", "Results", "Case", "Pilot", "Summary", "Outline", "Primer",
              "Highlights", "Draft", "Note", "Paper", "Statement", "Submission", "Guidance")
"""English nouns that name what a piece of work, or a part of one, is (``Field Trial Report``, ``… , Overview``): a
title's words, never a place's or a person's; singular (a plural ``s`` is read beside them). ``Committee Note``,
``Board Paper``, ``Council Statement``: a body's work, never the body (fresh-user trial 61b: ``Climate Adaptation
Strategy: Committee Note`` had been read as an organisation, and the note lost its title and its body)."""
WORK_KIND = lazyre.compile(r"\b(?:" + "|".join(WORK_KINDS) + r")s?\b")
"""A :data:`WORK_KINDS` word in a line, as written (capitalised)."""


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_section_name(text: str) -> bool:
    """A line that is only a conventional section name, framed or not (``【参考文献】``, :data:`_NAME_FRAME`), or an
    appendix's heading (:func:`is_appendix_heading`).

    >>> is_section_name("参考文献"), is_section_name("References:"), is_section_name("参考文献の整理"), is_section_name("【謝辞】")
    (True, True, False, True)
    >>> is_section_name("Appendix B: Interview Guide"), is_section_name("付録1　調査票")
    (True, True)
    """
    key = re.sub(rf"[\s{re.escape(_NAME_FRAME)}]+", "", text.strip().rstrip(":：")).lower()
    return key in SECTION_NAMES or _REFERENCE_KEY.match(key) is not None or is_appendix_heading(text) \
        or summary_in_english(text) or _round_framed_name(text) or foreword_heading(text)


_FOREWORD_EN = lazyre.compile(
    r"^(?:(?:The|A|An|Our)\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:[’']s|s[’'])\s+(?:Foreword|Preface|Introduction)$"
    r"|^(?:Foreword|Preface|Introduction)\s+(?:by|from)\s+(?:the\s+)?(?:[A-Z][\w.\-’']*\s+){0,3}[A-Z][\w.\-’']*$")
"""An English foreword's heading naming whose it is (``Chair’s Foreword``, ``The Director's Preface``, ``Foreword by
the Chair``)."""

_FOREWORD_JA = lazyre.compile(r"^(?:巻頭言|(?:発刊|刊行|創刊|発行)(?:に(?:あたって|当たって|際して|寄せて)|の(?:辞|ことば|言葉)))$")
"""A Japanese publication's foreword's heading (``巻頭言``, ``発刊にあたって``, ``刊行に寄せて``, ``発刊の辞``)."""


def foreword_heading(text: str) -> bool:
    """A foreword's heading: ``Chair’s Foreword``, ``Foreword by the Chair``, ``巻頭言``, ``発刊にあたって`` (the bare
    ``Foreword``, ``Preface``, ``はじめに`` are :data:`SECTION_NAMES`). Decision (issue 16, helper title82 after
    fresh-user trial 81c: an annual review had been titled ``Chair’s Foreword``, its name and year front): it heads the
    document's first part, a section; the document's name on its cover lines above it is the title. A greeting's
    heading (``会長あいさつ``, ``Chair’s Welcome``) is left alone: at an event it is a talk's own title.

    >>> [foreword_heading(s) for s in ("Chair’s Foreword", "The Director's Preface", "Foreword by the Chair", "巻頭言", "発刊にあたって")]
    [True, True, True, True, True]
    >>> [foreword_heading(s) for s in ("A Foreword to Harbour History", "Chair’s Welcome", "会長あいさつ", "Foreword")]
    [False, False, False, False]
    """
    s = " ".join(text.split()).rstrip(":：")
    return _FOREWORD_EN.match(s) is not None or _FOREWORD_JA.match(s.replace(" ", "")) is not None


def _round_framed_name(text: str) -> bool:
    """A line that is only a conventional section name in one pair of round brackets: a Japanese court's or office's
    press summary closes on its note so (``（補足）``, ``（付記）`` under ``第４　結論``), as a report frames one in
    ``【】`` (session 74, fresh-user trial 74b: the note had stayed paragraphs of the last numbered section).

    >>> _round_framed_name("（補足）"), _round_framed_name("(付記)"), _round_framed_name("（注）"), _round_framed_name("（補足）あり")
    (True, True, False, False)
    """
    s = text.strip()
    inner = s[1:-1].strip()
    return len(s) > 2 and s[0] in "（(" and s[-1] in "）)" and not any(c in "（()）" for c in inner) \
        and re.sub(rf"[\s{re.escape(_NAME_FRAME)}]+", "", inner).lower() in SECTION_NAMES


REFERENCE_NAMES = frozenset({"references", "bibliography", "literaturecited", "参考文献", "引用文献", "文献",
                             "참고문헌", "인용문헌", *REFERENCE_NAMES_LATIN})
"""Section names that head a paper's list of references (keys as :func:`is_section_name` compares them)."""

_REFERENCE_KEY = lazyre.compile(
    r"^(?:(?:主要|主な)?(?:(?:参考|引用)[・･、]?){0,2}文献(?:[・･、及び]*(?:資料|注|注釈|url))?(?:一覧|リスト|目録)?"
    r"|(?:注|註)[・･、及び]*(?:参考|引用)?文献"
    r"|(?:selected)?(?:references|bibliography)(?:andnotes|andfurtherreading)?|citedliterature|literaturecited"
    r"|worksc?ited|notesandreferences|referencesandnotes)$")
"""The names a reference list's heading takes beyond :data:`REFERENCE_NAMES`, composed as authors compose them
(``参考・引用文献``, ``参考文献・資料``, ``引用文献一覧``, ``注・参考文献``, ``Works Cited``, ``Selected Bibliography``,
``References and Notes``; session 55's made-up papers: ``参考文献・資料`` and ``Works Cited`` had stayed the last
section's text). ``Literature`` alone is not one (a humanities paper's survey of it). Keys as :func:`is_section_name` compares them."""


_NAME_FRAME = "\u3000■□◆◇●○◎【】〔〕［］[]<>＜＞《》"
"""What a section name's line may set around the name: white space, a heading's mark, the brackets a Japanese report
frames a heading in (``【参考文献】``, ``〔文献〕``, ``■参考文献``)."""


def is_references_heading(text: str) -> bool:
    """A line that is only the heading of a reference list (``References``, ``参考文献``), framed in brackets or marks
    (``【参考文献】``, :data:`_NAME_FRAME`) or numbered as a section (``5. 参考文献``, ``7 References``: the number as
    :func:`~pipeline.numbering.number_end` reads it).

    >>> is_references_heading("References"), is_references_heading("参考文献："), is_references_heading("Results")
    (True, True, False)
    >>> is_references_heading("【参考文献】"), is_references_heading("5. 参考文献"), is_references_heading("5. 参考文献の整理")
    (True, True, False)
    >>> [is_references_heading(s) for s in ("参考文献・資料", "参考・引用文献", "注・参考文献", "Works Cited", "文献調査")]
    [True, True, True, True, False]
    >>> is_references_heading("参考文献II"), is_references_heading("References (cont.)"), is_references_heading("Part II")
    (True, True, False)
    """
    s = text.strip()
    end = number_end(s)
    key = s[end:] if end is not None else s
    key = _CONTINUED.sub("", key.strip().rstrip(":："))
    key = re.sub(rf"[\s{re.escape(_NAME_FRAME)}]+", "", key.strip().rstrip(":：")).lower()
    return key in REFERENCE_NAMES or _REFERENCE_KEY.match(key) is not None


def references_continued(text: str) -> bool:
    """A reference list's heading that carries its list on from the page or slide before (``参考文献II``,
    ``References (cont.)``): a beamer frame broken over slides repeats its title with the continuation's count in
    capital Roman numerals (``\\insertcontinuationcount``; trial 62b, a Chinese deck's ``参考文献I`` / ``参考文献II``).

    >>> references_continued("参考文献II"), references_continued("References (continued)"), references_continued("参考文献I")
    (True, True, False)
    """
    s = text.strip()
    m = _CONTINUED.search(s)
    return m is not None and m.group(0).strip() not in ("I", "") and is_references_heading(s)


_CONTINUED = lazyre.compile(r"\s*(?:(?<![A-Za-z])(?:II|III|IV|V|VI|VII|VIII|IX|X|I)"
                            r"|[(（](?:cont(?:\.|inued|'d)?|続き?|续|續)[)）])$")
"""A heading's mark of a list carried on (``… II``, ``… (cont.)``, ``…（続き）``): a beamer frame broken over slides
repeats its title with the count in capital Roman numerals, the first ``I``. Removed before a heading's name is read;
only capitals count, so a name's own last letter never does (the names are compared in lower case)."""


NOTES_NAMES = frozenset({"notes", "endnotes", "注", "註", "脚注", "注釈", "anmerkungen"})
"""Names of a document's endnotes' heading (keys as :func:`is_section_name` compares them): ``Notes``, ``注``, ``註``."""


def is_notes_heading(text: str) -> bool:
    """A line that is only the heading of a document's endnotes (``Notes``, ``注``, ``註``, ``NOTES:``).

    >>> is_notes_heading("Notes"), is_notes_heading("註"), is_notes_heading("Notes:"), is_notes_heading("Notes on the data")
    (True, True, True, False)
    """
    return re.sub(r"[\s\u3000]+", "", text.strip().rstrip(":：")).lower() in NOTES_NAMES


APPENDIX_WORDS = ("Appendix", "Annex", "Bijlage", "Anhang", "Annexe", "Apéndice", "Anexo", "Appendice")
"""The word an appendix's heading opens with: English, and babel's ``\\appendixname`` in Dutch, German, French,
Spanish, Portuguese and Italian; as set or in capitals."""
_APPENDIX_EN = lazyre.compile(r"^(?:" + "|".join(w + "|" + w.upper() for w in APPENDIX_WORDS)
                          + r")(?:\s+(?P<label>[A-Z]|[0-9]{1,2}|[IVX]{1,4})\b)?"
                          r"(?:(?P<mark>\s*[.:—–-]\s*)|\s+)?(?P<title>[A-Z][^.!?。]{0,58})?$")
_APPENDIX_JA = lazyre.compile(r"^(?:付録|付属資料|別添|別紙|補遺)(?:(?P<label>\s*(?:[A-ZＡ-Ｚ]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
                          r"(?![0-9０-９]))?(?P<sep>[\s\u3000.．:：]+)?)(?P<title>[^。、.]{0,30})$")
MAX_APPENDIX_WORDS = 10
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})


def is_appendix_heading(text: str) -> bool:
    """An appendix's heading: the word (``Appendix``, ``Annex``, ``付録``, ``別添`` …), a letter or number at most
    (``A``, ``1``, ``付録Ａ``), and its title after a separator (``Appendix A. Survey Questions``, ``付録1 調査票``),
    no sentence. A section of the paper of its own, unnumbered (its letter is a label, not a section number).

    >>> [is_appendix_heading(s) for s in ("Appendix", "Appendix A. Survey Questions", "APPENDIX B", "Annex 2: Maps")]
    [True, True, True, True]
    >>> [is_appendix_heading(s) for s in ("付録", "付録A", "付録１　アンケート調査票", "別添2：用語集")]
    [True, True, True, True]
    >>> [is_appendix_heading(s) for s in ("Appendix A shows the survey.", "Appendix A lists them", "付録には調査票を載せた。", "付録資料の作り方について述べる")]
    [False, False, False, False]
    """
    s = text.strip()
    m = _APPENDIX_EN.match(s)
    if m is not None:
        # after a space alone the title is title-cased (``Appendix Tables and Figures``): ``Appendix A lists them`` is
        # a sentence; after a mark (``Appendix A. Survey questions``) any case
        title = m.group("title") or ""
        cased = m.group("mark") or all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in title.split())
        return len(s.split()) <= MAX_APPENDIX_WORDS and bool(cased)
    m = _APPENDIX_JA.match(s)
    return m is not None and (not m.group("title") or bool(m.group("label") or m.group("sep")))


def is_appendix_label(text: str) -> bool:
    """An appendix's label alone on its line, no title after it (``Appendix B``, ``APPENDIX A``, ``Bijlage A``,
    ``付録A``, ``Appendix``): a thesis sets the title on the next line, and the two are one heading.

    >>> [is_appendix_label(s) for s in ("Bijlage A", "APPENDIX", "付録２", "Appendix B: Maps", "Appendix A lists them")]
    [True, True, True, False, False]
    """
    s = text.strip()
    m = _APPENDIX_EN.match(s) or _APPENDIX_JA.match(s)
    return m is not None and not m.group("title") and is_appendix_heading(s)


def appendix_label(text: str) -> str | None:
    """The label an appendix's heading (:func:`is_appendix_heading`) gives its appendix, folded to ASCII: its letter,
    roman or arabic number (``Appendix A. …`` → ``"A"``, ``Annex 2: Maps`` → ``"2"``, ``付録Ｂ　集計表`` → ``"B"``,
    ``付録１`` → ``"1"``, ``付録三`` → ``"3"``); ``None`` for a heading that prints none (``Appendix``, ``付録``) or a
    line that is no appendix's heading.

    >>> [appendix_label(s) for s in ("Appendix A. Derivation", "ANNEX B", "Annex 2: Maps", "Appendix IV Tables", "Appendix")]
    ['A', 'B', '2', 'IV', None]
    >>> [appendix_label(s) for s in ("付録Ｂ　集計表", "付録１　調査票", "別添三　地図", "付録", "A. Smith wrote it")]
    ['B', '1', '3', None, None]
    """
    from pipeline.numbering import kanji_number

    s = text.strip()
    if not is_appendix_heading(s):
        return None
    m = _APPENDIX_EN.match(s) or _APPENDIX_JA.match(s)
    label = unicodedata.normalize("NFKC", (m.group("label") or "").strip()) if m is not None else ""
    if label and kanji_number(label) is not None:
        return str(kanji_number(label))
    return label or None


_APPENDIX_SUB = lazyre.compile(r"^([A-Z])((?:\.[0-9]{1,2}){1,2})[.:]?(?:\s|$)")
"""An appendix's subsection's label opening its heading: its appendix's letter and its own numbers (``A.1``, ``B.2.3``)."""


def appendix_sub_label(text: str, appendix: str) -> str | None:
    """The label of a subsection of appendix ``appendix`` (its letter, :func:`appendix_label`) opening ``text``,
    folded to ASCII (``A.1 Assumptions`` → ``"A.1"``, ``Ａ．２　解法`` → ``"A.2"``), else ``None``: another
    appendix's letter, or no such label.

    >>> appendix_sub_label("A.1 Assumptions", "A"), appendix_sub_label("Ａ．２　解法", "A"), appendix_sub_label("B.1 Data", "A")
    ('A.1', 'A.2', None)
    >>> appendix_sub_label("A. Smith wrote it", "A"), appendix_sub_label("A.1", "A")
    (None, 'A.1')
    """
    m = _APPENDIX_SUB.match(unicodedata.normalize("NFKC", text.strip()))
    return m.group(1) + m.group(2) if m is not None and m.group(1) == appendix else None


LETTER_OPENINGS = ("拝啓", "拝呈", "啓上", "謹啓", "謹呈", "恭啓", "粛啓", "前略", "冠省", "略啓", "草啓", "急啓", "急呈",
                   "急白", "拝復", "復啓", "謹復", "再啓", "再呈", "追啓")
"""頭語: the words a Japanese letter opens with (ordinary, formal, brief, urgent, reply, second letter)."""
LETTER_CLOSINGS = ("敬具", "拝具", "敬白", "謹言", "謹白", "頓首", "草々", "草草", "早々", "匆々", "不一", "不二", "不尽",
                   "不備", "拝答", "敬答", "再拝", "かしこ", "あらあらかしこ")
"""結語: the words that close it, paired with the openings (敬具 after 拝啓, 草々 after 前略, かしこ in women's letters).
Both lists are the closed sets of Japanese letter-writing conventions (頭語と結語) as style guides give them,
e.g. 日本郵便「手紙の書き方」 and the 文化庁 公用文 guidance on letters; no document's words."""


def is_letter_formula(text: str) -> bool:
    """A line that is only a letter's opening or closing word (``拝啓``, ``前略``, ``敬具``, ``かしこ``): a formula of
    the letter's text, never a title or a heading.

    >>> is_letter_formula("拝啓"), is_letter_formula("  敬具 "), is_letter_formula("謹啓　"), is_letter_formula("拝啓の使い方")
    (True, True, True, False)
    """
    return text.strip(" \u3000\t") in LETTER_OPENINGS + LETTER_CLOSINGS


SUBJECT_LABELS = ("Subject", "Re", "Oggetto", "Betreff", "Betr.", "Objet", "Asunto", "Assunto", "Onderwerp", "Ämne",
                  "Emne", "Temat", "件名")
"""Labels of a letter's or a memo's subject line (``Oggetto: …``, ``Subject: …``, ``Re: …``, ``Betreff: …``,
``件名：…``), in the languages of the letters LaTeX classes and business-letter conventions set."""
_SUBJECT = lazyre.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in SUBJECT_LABELS) + r")\s?[:：]\s*(?=\S)", re.IGNORECASE)


_MEMO_FIELD = lazyre.compile(r"^\s*(?:To|From|Cc|CC|An|Von|A|Da|À|De)\s?[:：]\s*\S")
"""A memo's or a letter's header field (``To: …``, ``From: …``, ``Cc: …``)."""


def letter_signs(texts: list[str]) -> tuple[bool, int | None]:
    """Whether a document's opening lines (its lines up to its first running text) show a letter, and which of them
    is its subject line (:func:`subject_value`): a subject line under a letter's own label (``Oggetto:``,
    ``Betreff:``, ``Re:``, ``件名：``), a salutation (:func:`is_salutation`), or ``Subject:`` beside a salutation or a
    memo's header field (``To:``, ``From:``; a thesis's cover may print ``Subject: Mathematics`` alone).

    >>> letter_signs(["POLITECNICO", "Dipartimento di Fisica", "Oggetto: Richiesta di accesso"])
    (True, 2)
    >>> letter_signs(["Harbour Board", "Dear Ms Berg,"]), letter_signs(["A Thesis", "Subject: Mathematics"])
    ((True, None), (False, None))
    >>> letter_signs(["To: All staff", "From: The director", "Subject: Office move"])
    (True, 2)
    """
    subject = next((k for k, t in enumerate(texts) if subject_value(t) is not None), None)
    other = any(is_salutation(t) or _MEMO_FIELD.match(t) for t in texts)
    if subject is not None and (other or not texts[subject].lstrip().casefold().startswith("subject")):
        return True, subject
    return any(is_salutation(t) for t in texts), None


def subject_value(text: str) -> int | None:
    """Where the value of a letter's subject line starts (``Oggetto: Esempio``, ``Re: Your order of 3 May``,
    ``件名：会費の改定について``), else ``None``.

    >>> h = "Subject: Renewal of the lease"; h[subject_value(h):]
    'Renewal of the lease'
    >>> subject_value("件名：会費の改定について"), subject_value("Subjects of the study: 40 adults"), subject_value("Re:")
    (3, None, None)
    """
    m = _SUBJECT.match(text)
    return m.end() if m is not None else None


_SALUTATION = lazyre.compile(
    r"^\s*(?:(?:Dear|Gentile|Gentili|Gentilissim[oa]|Egregi[oa]|Egr\.|Spett\.(?:le)?|Spettabile|Car[oa]|Sehr geehrte[rs]?|"
    r"Liebe[rs]?|Cher|Chère|Chers|Chères|Estimad[oa]s?|Geachte|Beste|Kära?|Drog[ia])\b[^!?。]{0,60}[,:!]"
    r"|To whom it may concern[,:]?|Madame, Monsieur[,:]?|Dear Sir or Madam[,:]?|Ladies and Gentlemen[,:]?)\s*$")


def is_salutation(text: str) -> bool:
    """A letter's salutation alone on its line (``Dear Dr. Lind,``, ``Gentile Prof. Rossi,``, ``Sehr geehrte Damen und
    Herren,``, ``To whom it may concern``): it opens a letter's text, and the lines above it are the letterhead, the
    sender and the addressee, never a title.

    >>> is_salutation("Dear Dr. Lind,"), is_salutation("Sehr geehrte Damen und Herren,"), is_salutation("To whom it may concern")
    (True, True, True)
    >>> is_salutation("Dear readers will notice that the data changed."), is_salutation("Caro Diario")
    (False, False)
    """
    return _SALUTATION.match(text) is not None


def is_scene_break(text: str) -> bool:
    """A line of marks only, no letter or digit (``* * *``, ``***``, ``⁂``, ``---``, ``・・・``, ``◇◇◇``): a scene
    break or a divider between parts of a text, never a heading or a title. A lost glyph is no mark.

    >>> is_scene_break("* * *"), is_scene_break("⁂"), is_scene_break("◇　◇　◇"), is_scene_break("― ― ―")
    (True, True, True, True)
    >>> is_scene_break("1"), is_scene_break("* Note"), is_scene_break(""), is_scene_break("\\ufffd\\ufffd")
    (False, False, False, False)
    """
    s = text.strip(" \u3000\t")
    return bool(s) and GAP not in s and not any(ch.isalnum() for ch in s)


# Words that more than one closed list below holds, each written once here (a heading of a closing contact block,
# the label of a contact line, a form's field, a paper's keyword field):
_CONTACT_WORDS = ("問い合わせ", "お問い合わせ", "問合せ", "連絡先", "Contact")
"""A contact block's heading, a contact line's label and a form's field alike (``連絡先：…`` / ``連絡先`` over the block)."""
_CONTACT_PLACES = ("問い合わせ先", "お問い合わせ先", "問合せ先")
"""A contact block's heading and a contact line's label, no listed form field."""
_ENQUIRIES = ("Enquiries", "Inquiries")
"""A contact block's heading and a form's field, no contact line's label."""
_CONTACT_NUMBERS = ("電話", "TEL", "Tel", "FAX", "Fax", "E-mail", "Email")
"""The labels of a telephone, fax or e-mail address, as written: a form's field and a contact line's label, and set
straight before the number too (:data:`GLUED_CONTACT_LABELS`)."""
_CONTACT_MEANS = ("担当", "住所", *_CONTACT_NUMBERS, "Phone", "Telephone", "Address", "Website")
"""A means of contact or the person to ask: a form's field and a contact line's label."""
_MAIL = ("メール",)
"""A contact line's label for an e-mail address that is no listed form field."""
_CONTACT_WORDS_KO_ZH = ("문의", "문의처", "연락처", "联系方式", "联系我们", "咨询方式", "聯絡方式", "聯繫方式")
"""A Korean and a Chinese notice's contact heading and label (``문의처``, ``연락처``, ``联系方式``)."""
_CONTACT_MEANS_KO_ZH = ("전화", "팩스", "이메일", "전자우편", "주소", "담당", "담당자", "담당부서", "联系人", "联系电话", "电话",
                        "咨询电话", "传真", "邮箱", "电子邮箱", "地址", "聯絡人", "聯絡電話", "傳真", "電子郵件")
"""A Korean and a Chinese contact line's labels (``전화: 031-…``, ``联系电话：0571-…``), no form field."""
_CONTACT_MEANS_DE = ("Telefon", "Telefax", "Mobil", "Handy")
"""A German (and Scandinavian, Dutch: ``Telefon``) contact line's labels (``Telefon +49 941 943-2924``, a DIN 5008
letter's information block), no form field (helper lost78)."""
_KEYWORD_FIELDS = ("Keywords", "Key words", "キーワード")
"""A paper's keyword field that is a listed form field too."""

_FIELD = lazyre.compile(r"^\s*((?:[A-Za-z]+\s){0,2}[^\s：:、，,。]{1,12})\s?[：:]")
FIELD_LABELS = frozenset({
    "日時", "日程", "開催日", "開催日時", "場所", "会場", "開催場所", "出席者", "欠席者", "参加者", "陪席者", "事務局", "主催",
    "出席委員", "欠席委員", "出席議員", "欠席議員", "傍聴者", "説明員", "Attendance", "Regrets",
    "説明のため出席した者", "職務のため出席した者", "付議事件", "会議に付した事件",
    "共催", "後援", "協賛", "協力", "議題", "議事", "記録", "記録者", "書記", "司会",
    "申込", "申し込み", "申込先", "締切", "参加費", "定員", "対象", "持ち物", "時間", "期間", "件名",
    "宛先", "作成者", "作成日", "発行", "発行日", "発行者", "配布資料", "備考", "Date",
    "Time", "Venue", "Place", "Location", "Attendees", "Present", "Absent", "Apologies", "Agenda", "Chair",
    "Organizer", "Organiser", "Minutes", "Registration",
    "Instructor", "Instructors", "Lecturer", "Teacher", "Tutor", "Office", "Hours", "Room", "Prerequisites",
    "Prerequisite", "Credits", "Textbook", "Textbooks", "Deadline", "Deadlines", "Fee", "Fees", "Cost",
    "担当教員", "教員", "講師", "教室", "単位", "教科書", "参考書", "オフィスアワー", "Advisor", "Adviser",
    "Advisors", "Supervisor", "Supervisors", "Co-supervisor", "Promotor", "Promotoren", "Copromotor", "Examiner",
    "Examiners", "Referee", "Reviewer", "Committee", "Betreuer", "Betreuerin", "Gutachter", "Begutachter", "指導教員",
    "指導教官", "主査", "副査", "Maintainer", "Maintainers", "Version", "Revision", "Updated", "Status", "License",
    "Licence", *_CONTACT_WORDS, *_ENQUIRIES, *_CONTACT_MEANS, *_KEYWORD_FIELDS})
"""Labels of the fields of minutes, notices and forms (``出席者：…``, ``場所：…``, ``Venue: …``), and of a thesis
cover's people (``Advisor:``, ``Promotoren:``, ``指導教員：``): a line that opens on
one is that field, never a speaker, an organisation line or a title (a title's own colon, ``港湾都市：その歴史``,
opens on no such label). Compared as written (:func:`form_field`)."""


_COVER_TITLE_WORDS = ("Thema", "Title", "Titel", "Topic", "Subject", "Sujet", "Titre", "題目", "論文題目")
"""A cover's labels of its title that :data:`COVER_LABELS` and :data:`TITLE_LABELS` both hold."""
COVER_LABELS = frozenset({
    *_COVER_TITLE_WORDS, "Discipline", "Spécialité", "Specialty",
    "Speciality", "Field", "Major", "Department", "Programme", "Program", "Studiengang", "Fachbereich", "Fakultät",
    "Matrikelnummer", "Kurs", "Ausbildungsfirma", "Bearbeitungszeitraum", "Abgabedatum", "Author", "Autor", "Verfasser",
    "Name", "Student", "Unterschrift", "氏名", "学籍番号", "所属", "提出日", "提出年月日",
    # an Italian thesis's cover (toptesi: ``Relatore`` / ``Candidato`` over their names, ``Correlatore``, ``Tutore``)
    "Relatore", "Relatori", "Correlatore", "Correlatori", "Candidato", "Candidata", "Tutore", "Supervisore",
    "Matricola"})
"""Labels of a thesis's or a report's cover set before their value without a colon, or alone on their line over it
(iodhbwm's ``Thema`` over the title, yathesis's ``Discipline Mathématiques``, ndsu-thesis's ``Major Department:``):
with :data:`FIELD_LABELS` the closed list :func:`cover_label` reads."""


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def cover_label(text: str) -> str | None:
    """The label a line is, alone on its line: a field's label with or without its colon (``Thema``, ``Betreuer:``,
    ``Title``), or a label of two or three words with its colon (``Major Department:``, ``Matrikelnummer, Kurs:``; its
    last word counts); ``None`` otherwise. A cover sets its value beside it or under it: the label is no title, and no
    person's name opens on it.

    >>> cover_label("Thema"), cover_label("Betreuer:"), cover_label("Major Department:"), cover_label("Matrikelnummer, Kurs:")
    ('Thema', 'Betreuer', 'Major Department', 'Matrikelnummer, Kurs')
    >>> cover_label("The Last Name"), cover_label("Port Cities:"), cover_label("Discipline Mathématiques"), cover_label("Sample Title:")
    (None, None, None, None)
    """
    s = text.strip()
    colon = s.endswith((":", "："))
    label = s.rstrip(":：").strip()
    words = label.replace(",", " ").split()
    if not words or len(words) > 3 or (len(words) > 1 and not colon):
        return None
    last = words[-1]
    # a title's own colon after ``Title`` closes a phrase (``Sample Title:`` / ``with Forced Linebreak``): a label of
    # several words is never the title's
    known = (COVER_LABELS | FIELD_LABELS) - (TITLE_LABELS if len(words) > 1 else frozenset())
    return label if last in known or last[:1].upper() + last[1:].lower() in known else None


_MARK_FRAME = "\u3000 ［］[]【】〔〕()（）<>＜＞《》「」"
"""What a page's mark may be framed in (``【社外秘】``, ``（写）``, ``[DRAFT]``)."""

PAGE_MARKS_JA = frozenset({
    # handling and confidentiality marks, stamped or printed at a page's top corner
    "秘", "極秘", "厳秘", "社外秘", "部外秘", "関係者外秘", "取扱注意", "取扱厳重注意", "取扱い注意", "機密", "社内限り",
    "部内限り", "関係者限り", "外部秘", "持出禁止", "複製禁止",
    # a copy's or a draft's mark (``（写）``, ``（控）``, ``（案）``), a deed's original and duplicate
    "写", "写し", "控", "控え", "案", "素案", "原案", "正本", "副本", "謄本",
    # a revenue-stamp box (``収入`` / ``印紙``, ``収入印紙``, ``印紙貼付欄``) and a receipt or approval stamp's box
    "収入", "印紙", "収入印紙", "印紙貼付", "印紙貼付欄", "貼付欄", "受付印", "受付", "決裁", "回覧", "供覧",
})
"""Marks a Japanese document stamps or prints over its title, alone on their line (compared without frames and
white space, :data:`_MARK_FRAME`): how the sheet is to be handled, which copy it is, the box its revenue stamp or
receipt stamp goes in. None names the document."""

_PAGE_MARK_EN = lazyre.compile(
    r"^(?:(?:strictly|highly|company|commercial(?:-|\s+)in)\s+)?(?:private\s+(?:and|&)\s+)?(?:confidential|confidence)"
    r"(?:\s*[-–—:]\s*.{0,30})?$"
    r"|^(?:(?:for\s+)?internal(?:\s+use)?(?:\s+only)?|restricted|secret|top\s+secret|official(?:[-\s]+sensitive)?"
    r"|sensitive|not\s+for\s+(?:distribution|circulation|publication|citation)|do\s+not\s+(?:distribute|circulate|cite|copy)"
    r"|draft(?:\s+(?:only|copy|for\s+(?:discussion|comment|consultation)))?|(?:file\s+|office\s+)?copy|duplicate|original"
    r"|embargoed|personal(?:\s+(?:and|&)\s+confidential)?)$",
    re.IGNORECASE)
"""An English handling mark alone on its line (``CONFIDENTIAL``, ``Commercial in Confidence``, ``INTERNAL USE ONLY``,
``DRAFT``, ``NOT FOR DISTRIBUTION``, ``FILE COPY``)."""


@lru_cache(maxsize=LINE_CACHE)
def page_mark(text: str) -> bool:
    """A mark a document prints or stamps over its title, alone on its line: a handling or confidentiality mark
    (``社外秘``, ``【取扱注意】``, ``CONFIDENTIAL``, ``Internal use only``), a copy's or a draft's mark (``（写）``,
    ``（案）``, ``DRAFT``), the box of its revenue stamp (``収入`` / ``印紙``, ``収入印紙``) or of a receipt stamp
    (``受付印``). Decision (issue 16, helper title82 after fresh-user trial 81a: a contract whose revenue-stamp box's
    label ``収入`` / ``印紙`` stood over ``業務委託契約書`` had been titled ``収入``): such a line says how the sheet is
    handled or where a stamp goes, never what the document is; it is no title, and the title block reads under it.

    >>> [page_mark(s) for s in ("社外秘", "【取扱注意】", "（写）", "収入", "印紙", "収入印紙", "CONFIDENTIAL", "Internal Use Only", "DRAFT")]
    [True, True, True, True, True, True, True, True, True]
    >>> [page_mark(s) for s in ("業務委託契約書", "収入の推移", "秘密保持契約書", "Confidential Computing in Practice", "Draft Plan")]
    [False, False, False, False, False]
    """
    return _label_alone(text, PAGE_MARKS_JA, _PAGE_MARK_EN)


def _label_alone(text: str, japanese: frozenset, english: re.Pattern, closing: str = "") -> bool:
    """``text`` is one of a closed list's labels alone on its line, framed or not (:data:`_MARK_FRAME`): a Japanese one
    of ``japanese`` with its white removed, or an English one ``english`` matches with its white made single spaces
    (``closing``: marks stripped from its end first, a label's colon)."""
    s = text.strip()
    key = re.sub(rf"[\s{re.escape(_MARK_FRAME)}]+", "", s)
    if not key:
        return False
    if key in japanese:
        return True
    inner = s.strip(_MARK_FRAME + "\t").rstrip(closing)
    return inner.isascii() and english.match(" ".join(inner.split())) is not None


PERIODICAL_SECTION_LABELS_JA = frozenset({
    "書評", "新刊紹介", "新刊案内", "書籍紹介", "図書紹介", "文献紹介", "論文紹介", "原著", "原著論文", "総説",
    "短報", "速報", "論説", "研究資料", "技術報告", "事例報告", "実践報告", "調査報告",
    "寄稿", "特別寄稿", "随想", "巻頭言", "展望", "トピックス",
    "学会報告", "会議報告", "研究動向", "コラム", "レター", "討論",
})
"""A Japanese journal's or newsletter's section labels, set alone over the piece's own title (``書評``, ``原著論文``,
``総説``, ``技術報告``): the part of the issue, never the piece's title. Words that title a whole document as often
(``研究報告``, ``報告``, ``資料``, ``論文``, ``解説``, ``特集``, ``座談会``, ``ニュース``, ``エッセイ``: a report's or a meeting
handout's own title over its author, tests/test_struct77.py) are left out: a line read alone cannot tell them apart."""

_PERIODICAL_SECTION_EN = lazyre.compile(
    r"^(?:book\s+reviews?|reviews?|review\s+essays?|review\s+articles?|books?\s+(?:received|notes)|short\s+notices"
    r"|news(?:\s+(?:and|&)\s+(?:notes|views|events))?|notes\s+(?:and|&)\s+news|in\s+brief|briefs?"
    r"|(?:original\s+|research\s+|feature\s+)?articles?|original\s+research|research\s+(?:articles?|papers?|notes?|reports?)"
    r"|short\s+(?:communications?|reports?|papers?)|brief\s+(?:communications?|reports?)|rapid\s+communications?"
    r"|editorials?|guest\s+editorial|commentary|commentaries"
    r"|perspectives?|viewpoints?|opinion|features?|case\s+reports?"
    r"|technical\s+(?:notes?|papers?)|conference\s+reports?|essays?|debate|forum|columns?)$",
    re.IGNORECASE)
"""An English journal's or newsletter's section labels (``BOOK REVIEWS``, ``Research Article``, ``NEWS``,
``Short Communication``), alone on their line. A letters page's label (``LETTERS``, ``Correspondence``, ``読者の声``)
is none: it names a page of several signed pieces, each a section, and titles the page (test_letter76); nor is an
obituary's (``訃報``, ``追悼``, ``Obituary``), the title of a notice of its own (test_notice74's ``ja_fuho2.txt``)."""


@lru_cache(maxsize=LINE_CACHE)
def periodical_section_label(text: str) -> bool:
    """A journal's or a newsletter's section label alone on its line (``BOOK REVIEWS``, ``書評``, ``NEWS``, ``Research
    Article``, ``原著論文``): the part of the issue a piece is printed in, set over the piece's own title. Decision
    (issue 16, helper title82 after fresh-user trial 81a: a journal's book review had been titled ``BOOK REVIEWS``): it
    is no title; the piece's own title under it is.

    >>> [periodical_section_label(s) for s in ("BOOK REVIEWS", "書評", "NEWS", "Research Article", "【原著論文】", "Short Communication")]
    [True, True, True, True, True, True]
    >>> [periodical_section_label(s) for s in ("Book Reviews in Urban History", "書評の書き方", "News from the Harbour", "Articles of Association")]
    [False, False, False, False]
    """
    return _label_alone(text, PERIODICAL_SECTION_LABELS_JA, _PERIODICAL_SECTION_EN, ":")


_COVER_FIELD = lazyre.compile(r"^([^\s:：]+)(?:\s*[:：]\s*|\s+)\S")


def cover_field(text: str) -> str | None:
    """The label of a cover's field written as its label and its value on one line, a space or a colon between
    (``学籍番号　20T3045``, ``学籍番号：20T3045``, ``Matrikelnummer 123456``): the first word when it is a cover's or a
    form's label (:func:`cover_label`) and a value follows; ``None`` otherwise. A title or a name opens on no
    such label.

    >>> cover_field("学籍番号　20T3045"), cover_field("学籍番号：20T3045"), cover_field("Matrikelnummer 123456")
    ('学籍番号', '学籍番号', 'Matrikelnummer')
    >>> cover_field("学籍番号"), cover_field("中村　彩花"), cover_field("Name Studies in Port Cities")
    (None, None, None)
    """
    s = text.strip()
    m = _COVER_FIELD.match(s)
    if m is None:
        return None
    value = s[m.end() - 1:]
    # without a colon, a Latin label's word may open a title (``Name Studies in …``): its value must be a number
    if ":" not in m.group(0) and "：" not in m.group(0) and m.group(1).isascii() and not any(c.isdigit() for c in value):
        return None
    return cover_label(m.group(1))


def cjk_cover_field(text: str) -> str | None:
    """:func:`cover_field`'s label where it is written in Japanese or Chinese letters (``氏名　佐伯 真理子``,
    ``所属　東北大学大学院``, ``提出日　2025年1月31日``): a thesis abstract's or a report's field, never its title nor a
    section's heading (fresh-user trial 61d: ``氏名　佐伯 真理子`` headed the abstract's Japanese text). A Latin label
    without its colon may open a heading's or a title's words (``Program 2 Overview``), so it is not read here.

    >>> cjk_cover_field("氏名　佐伯 真理子"), cjk_cover_field("提出日　2025年1月31日"), cjk_cover_field("Program 2 Overview")
    ('氏名', '提出日', None)
    >>> cjk_cover_field("所属機関の概要"), cjk_cover_field("氏名及び住所"), cjk_cover_field("場所 青葉台コミュニティセンター")
    (None, None, None)
    """
    label = cover_field(text)
    return label if label is not None and not label.isascii() and label in _THESIS_COVER_LABELS else None


_THESIS_COVER_LABELS = frozenset({*(label for label in COVER_LABELS if not label.isascii()), "指導教員", "指導教官", "主査", "副査"})
"""The Japanese and Chinese labels of a thesis's or a report's cover (:data:`COVER_LABELS`) and of its examiners: a
meeting's or a notice's fields set off by a space alone (``場所 青葉台コミュニティセンター``) are read by their own rules
(:func:`form_field`), which weigh the record around them."""


TITLE_LABELS = frozenset({*_COVER_TITLE_WORDS, "Tema", "Titolo", "Título", "タイトル"})
"""Cover labels (:data:`COVER_LABELS`) that name the title: the line under one is the title, whatever its shape."""


def is_title_label(text: str) -> bool:
    """A cover's label of the title alone on its line (``Thema``, ``Title:``, ``題目``): the line under it is the title.

    >>> is_title_label("Thema"), is_title_label("Title:"), is_title_label("Betreuer:"), is_title_label("Thema der Arbeit")
    (True, True, False, False)
    """
    label = cover_label(text)
    return label is not None and label in TITLE_LABELS


LECTURER_LABEL = lazyre.compile(r"^\s*(?:講[\s\u3000]?師|Lecturer)(?:\s*[:：]|(?<=師)\u3000)[\s\u3000]*"
                                r"(?=[^\s\u3000:：].*?(?:[\s\u3000]|[^\s\u3000])"
                                rf"(?:{'|'.join(WRITTEN_HONORIFICS)})[\s\u3000]*(?:[（(][^（）()]{{1,40}}[）)])?[\s\u3000]*$)")
"""A lecture's ``講師：`` before a value that closes on a person's honorific (``講師：NPO法人こどもの森 代表理事　佐藤 由美
氏``): the lecture's speaker (trial 55's 講演録 had no speaker). Without the honorific it stays a field (a syllabus's
``講師：山田 太郎`` names its teacher among its fields: :data:`pipeline.names.SPEAKER_FIELDS`; :func:`form_field`
reads no field in it). A flyer sets the label letterspaced or with an ideographic space for its colon, and the
speaker's affiliation in brackets after the honorific (``講　師：西田　光夫　先生（東浜医科大学准教授）``, ``講師　大川由美氏
（みなと図書館長）``: helper notice57, where the flyer had no speaker).

>>> [LECTURER_LABEL.match(s) is not None for s in ("講師：森川　健二　氏（港南大学教授）", "講　師：西田 光夫 先生", "講師　大川由美氏（図書館長）")]
[True, True, True]
>>> [LECTURER_LABEL.match(s) is not None for s in ("講師：山田 太郎", "講師　山田 太郎", "講師の森川氏（港南大学）", "講師：港南大学（教授）")]
[False, False, False, False]
"""


PROGRAMME_PART = r"第[\s\u3000]?[0-9０-９一二三四五六七八九十]{1,2}[\s\u3000]?部"
"""A programme's part by its ordinal (``第２部``, ``第 1 部``, ``第一部``): a place in the running order, never a
department (``総務部``) though it ends on 部."""
PART_LABEL = rf"(?:{PROGRAMME_PART}|(?:Part|PART)\s+[0-9]{{1,2}}\b)"
"""A programme's or a record's part by its ordinal, Japanese or English (``第２部``, ``Part 2``)."""
_PART_ALONE = lazyre.compile(rf"^[\s\u3000]*{PART_LABEL}[.:：]?[\s\u3000]*$")


def part_alone(text: str) -> bool:
    """A part's ordinal alone on its line (``第１部``, ``第 2 部``, ``Part 1``): a place in an event's running order over
    the lecture it opens, never a title, an organisation or a speaker's affiliation (helper prog58: in a record whose
    speaker has no honorific, ``第１部`` had been the speaker's affiliation and ``Part 1`` the talk's title).

    >>> part_alone("第１部"), part_alone("Part 1"), part_alone("第２部　基調講演"), part_alone("Part 1 covers the port.")
    (True, True, False, False)
    """
    return _PART_ALONE.match(text) is not None


PROGRAMME_SLOT = (r"(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}[\s\u3000]*[～~〜\-–－][\s\u3000]*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2})?"
                  rf"|{PROGRAMME_PART})")
"""A programme's slot before a lecture's label on its line: its time (``13:00～14:00``, ``１０：３０～``) or its part
(``第２部``)."""
TALK_NUMBER = (r"(?:[【［〔\[](?:(?:講演|報告|発表)[\s\u3000]?(?=[Nｎ]|[0-9０-９]))?(?:第|(?:No|Ｎｏ)[.．]?\s?)?"
               r"[0-9０-９一二三四五六七八九十]{1,3}(?:講演|報告|発表)?[】］〕\]]"
               r"|第\s?[0-9０-９一二三四五六七八九十]{1,3}\s?(?:講演|報告|発表|セッション|部会)"
               r"|(?:Session|Talk|Lecture|Presentation|Keynote|Paper)\s*[0-9０-９]{1,2}\b[.:]?"
               r"|(?:講演|報告|発表)\s?[0-9０-９]{1,2})")
"""A talk's number as a title block prints it before its title or alone (``【４】``, ``第2講演``, ``Session 3:``,
``講演２``): :func:`~.titleblock.talk_number`'s shapes, an abstract's id aside. In brackets the talk's word may stand
before its number (``［講演 No.1］``, ``【講演２】``, ``［発表No.３］``: helper vol74, fresh-user trial 74's volume, whose
talks had run on in its front matter's document)."""
LECTURE_TITLE = lazyre.compile(rf"^[\s\u3000]*(?:(?:{PROGRAMME_SLOT}|{TALK_NUMBER})[\s\u3000]*)?"
                               r"演[\s\u3000]?題(?:[\s\u3000]*[:：][\s\u3000]*|\u3000+|(?=[「『]))(?=\S)")
"""A lecture's title under its label on one line (``演題：地域の防災を考える``, ``演　題：…``, ``演題　…``, ``演題「…」``),
a programme's slot or the lecture's number before it or not (``13:00～14:00　演題：…``, ``第２部　演題：…``: helper
prog57; ``講演２　演題：…``, ``【２】演題：…``: helper prog58, where the title had kept its label ``演題：``)."""


def lecture_title(text: str) -> tuple[int, int] | None:
    """The span of the lecture's title a flyer or a programme gives under its label ``演題`` on one line, without the
    label and the quotation marks it may stand in (``演題「子どもの読書と図書館」``), else ``None``. The title of the talk
    the flyer announces (issue 16, helper notice57: the flyer's headline, or the whole labelled line, had been it).

    >>> t = "演題：地域の防災を考える"; a, b = lecture_title(t); t[a:b]
    '地域の防災を考える'
    >>> t = "演題「子どもの読書と図書館」"; a, b = lecture_title(t); t[a:b]
    '子どもの読書と図書館'
    >>> lecture_title("演題の決め方"), lecture_title("演題："), lecture_title("講演題目について")
    (None, None, None)
    >>> t = "13:00～14:00　演題：海の環境"; a, b = lecture_title(t); t[a:b]
    '海の環境'
    >>> t = "講演２　演題：子育てしやすい町"; a, b = lecture_title(t); t[a:b]
    '子育てしやすい町'
    """
    m = LECTURE_TITLE.match(text)
    if m is None:
        return None
    start, end = m.end(), len(text.rstrip(" \u3000\t"))
    if (quoted := quoted_title(text[start:end])) is not None:  # ``演題「…」``: the marks are no part of the title
        start, end = start + quoted[0], start + quoted[1]
    return (start, end) if end > start else None


def quoted_title(text: str) -> tuple[int, int] | None:
    """The span inside the quotation marks a line is wholly set in (``「遠州灘の津波と防潮堤」``, ``『まちの記憶』``), one
    pair, nothing outside but spaces, else ``None``: a programme prints a lecture's title so under its part and time,
    with no ``演題`` label (helper prog59; :func:`~.programme.lecture_blocks` asks the part over it and the lecturer
    under it). The marks are the title's setting, no part of it, as in ``演題「…」`` (:func:`lecture_title`).

    >>> t = "「遠州灘の津波と防潮堤」"; a, b = quoted_title(t); t[a:b]
    '遠州灘の津波と防潮堤'
    >>> quoted_title("「港」とは何か"), quoted_title("「港」と「海」"), quoted_title("「」"), quoted_title("『海』の話」")
    (None, None, None, None)
    """
    s = text.strip(" \u3000\t")
    lead = len(text) - len(text.lstrip(" \u3000\t"))
    if len(s) < 3 or s[0] not in "「『" or s[-1] != {"「": "」", "『": "』"}[s[0]] or s[-1] in s[1:-1] or s[0] in s[1:-1]:
        return None
    return lead + 1, lead + len(s) - 1


def quoted_title_en(text: str) -> tuple[int, int] | None:
    """The span inside the double quotation marks an English line is wholly set in (``"The Eel Catchers of
    Welney"``, ``“Lifeboat Crews”``), one pair, nothing outside but spaces, else ``None``: a podcast's episode or a
    talk set under its series so. The marks are the title's setting, no part of it, as :func:`quoted_title`'s are
    (decision, issue 16, helper en76: fresh-user trial 75's podcast had kept them in ``title.en``).

    >>> t = '"The Eel Catchers of Welney"'; a, b = quoted_title_en(t); t[a:b]
    'The Eel Catchers of Welney'
    >>> quoted_title_en('"Yes", she said'), quoted_title_en('"A" and "B"'), quoted_title_en('""'), quoted_title_en("Tides")
    (None, None, None, None)
    """
    s = text.strip()
    lead = len(text) - len(text.lstrip())
    close = {'"': '"', "\u201c": "\u201d"}.get(s[:1])
    if len(s) < 3 or close is None or s[-1] != close or close in s[1:-1] or s[0] in s[1:-1] or not s[1:-1].strip():
        return None
    return lead + 1, lead + len(s) - 1


_PERSON_WORD = r"[A-Z\ufffd][\w\ufffd'’\-]*"
_RECORDING_CREDIT = re.compile(r"(?:^|(?<=\s))(?P<role>Host|Co-host|Presenter|Interviewer|Guests?|Interviewee|Narrator)"
                               rf"[ \t]*:[ \t]*(?P<who>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,3}})"
                               r"(?=[ \t]*(?:[.;,]|$|\((?:b\.|(?:born|aged?|née|nee)\b)[^()]*\)[ \t]*(?:[.;,]|$)))")
"""A recording's credit in its head line (``Host: Hannah Pryce.``, ``Guest: Tom Beckwith``, ``Interviewer: …``): a
role's label, its colon and a person's name of two to four capitalised words up to a stop, a comma or the line's end,
or a bracketed birth or age after the name (``Interviewee: Doris Whitfield (born 1931)``: an oral history's
interviewee, helper encv77)."""
_INTERVIEW_WITH = re.compile(rf"^[ \t]*(?:An[ \t]+)?[Ii]nterview[ \t]+with[ \t]+(?P<who>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,3}})"
                             r"(?=[ \t]*(?:,|$))")
"""An oral history's head line naming whom it records (``Interview with Margaret Hollis, 14 March 2024``)."""


def recording_credits(text: str) -> list[tuple[int, int, int]]:
    """Where each credit opens and the span of its person, for the people a recording's head line credits (:data:`_RECORDING_CREDIT`: ``Host: Hannah Pryce.
    Guest: Tom Beckwith.``; :data:`_INTERVIEW_WITH`: ``Interview with Margaret Hollis, 14 March 2024``), in the line's
    order, each a person's name (:func:`~.names.is_person_name`); empty where the line credits none. A turn
    (``Host: Welcome back to the show.``) names no person: its words are no name.

    >>> t = "Recorded in Ely, 3 October 2024. Host: Hannah Pryce. Guest: Tom Beckwith."
    >>> [(t[at:b], t[a:b]) for at, a, b in recording_credits(t)]
    [('Host: Hannah Pryce', 'Hannah Pryce'), ('Guest: Tom Beckwith', 'Tom Beckwith')]
    >>> t = "Interview with Margaret Hollis, 14 March 2024"; [t[a:b] for _, a, b in recording_credits(t)]
    ['Margaret Hollis']
    >>> recording_credits("Host: Welcome back to the show."), recording_credits("HOST: So, Tom Beckwith.")
    ([], [])
    """
    from pipeline.segment.names import is_person_name

    found = [(m.start(), *m.span("who")) for m in _RECORDING_CREDIT.finditer(text)]
    if (m := _INTERVIEW_WITH.match(text)) is not None:
        found.insert(0, (m.start("who"), *m.span("who")))
    return [(at, a, b) for at, a, b in found if is_person_name(text[a:b])]


_TITLE_LABEL = (r"(?:Title|Topic|Thema|Titel|Titre|Titolo|Título|題目|タイトル|(?:研究)?課題名|研究題目|演[\s\u3000]?題|(?:授業)?科目名|授業名|講義名"
                r"|(?:Course|Module)\s+(?:[Tt]itle|[Nn]ame))")
# a label may be given in both languages, parted by a slash (``授業科目名 / Course Title:``: fresh-user trial 80a)
# a form's Japanese label set apart from its value by white alone, no colon (a syllabus's ``授業科目名　　環境政策論Ⅱ``):
# an ideographic space, a tab or two spaces at least; Japanese labels only, an English word's spacing says nothing
_TITLE_LABEL_JA_FORM = r"(?:題目|(?:授業)?科目名|授業名|講義名|件名|表題)"
# a patent gazette's INID code before its tag (``(54)【発明の名称】…``: WIPO ST.9's bibliographic numbers, no section's)
_INID = r"(?:[(（][0-9０-９]{2}[)）][\s\u3000]*)?"
_TITLE_RUN_IN = lazyre.compile(r"^[\s\u3000]*(?:" + _TITLE_LABEL + r"[\s\u3000]*[/／][\s\u3000]*)?" + _TITLE_LABEL + r"[\s\u3000]*[:：][\s\u3000]*(?=\S)"
                               r"|^[\s\u3000]*" + _TITLE_LABEL_JA_FORM + r"(?:\u3000|\t| {2})[\s\u3000]*(?=\S)"
                               r"|^[\s\u3000]*" + _INID + r"【(?:発明の名称|考案の名称|件名|表題|販売名)】[\s\u3000]*(?=\S)")


_FIELD_CELL = lazyre.compile(r"^(?:[A-Z][A-Za-z.'’-]*(?:[ \t][A-Za-z.'’-]+){0,2}[ \t]*:|[\u3040-\u30ff\u4e00-\u9fff]{1,8}[ \t\u3000]*[:：])"
                             r"[ \t\u3000]*\S")
_CELL_GAP = lazyre.compile(r"(?<=\S)(?: {2,}|\t|\u3000{2,})(?=\S)")


def field_row(text: str) -> bool:
    """A row of a form's fields: two cells or more parted by a wide space (two spaces, a tab, two ideographic spaces),
    each a short label, its colon and a value (``Course Code: ENV2140     Credits: 2     Semester: Fall``, ``Office:
    Building C, Room 412      Email: h.marsh@hit.ac.jp``, ``単位：2　　学期：前期``). A head's fields set side by side,
    never a title nor a title's wrapped line (helper ver80, fresh-user trial 80a's syllabus: its course code row had
    been joined to the course's title).

    >>> field_row("Course Code: ENV2140     Credits: 2     Semester: Fall (Sept–Jan)"), field_row("単位：2\u3000\u3000学期：前期")
    (True, True)
    >>> field_row("Course Code: ENV2140"), field_row("Port Cities: A History     of Trade"), field_row("Week 1    Orientation")
    (False, False, False)
    """
    cells = [c for c in _CELL_GAP.split(text.strip()) if c.strip()]
    return len(cells) >= 2 and all(_FIELD_CELL.match(c) is not None for c in cells)


_TAGGED_FIELD = lazyre.compile(r"^[\s\u3000]*【(?![0-9０-９]+】)[^】\s\u3000。、，,：:「」]{1,12}】[\s\u3000]*(?=\S)")
"""A field set by its tag in lenticular brackets at its line's start, its value after it on the line (``【履行場所】港町役場
本庁舎``, ``【入札日時】令和8年4月20日　午前10時``). A number in the brackets is a talk's or an item's (``【１】尾道市``, a
volume's contents and its talks' heads), no field's tag."""
MAX_FIELD_WRAP = 2
"""Lines a tagged field's value may be wrapped over under its tag's line (:func:`tagged_fields`)."""


def tagged_fields(texts: "list[str]") -> frozenset[int]:
    """Indexes of the lines of ``texts`` that each open a field in a run of tagged fields (:data:`_TAGGED_FIELD`): two
    such lines at least, each within :data:`MAX_FIELD_WRAP` wrapped lines of the last, no blank line between. A
    tender notice (入札公告), an in-house memo (業務連絡) and a package insert set their fields so, one a line: each field
    is a line of its own, never the tail of the field before (its value ends no sentence: ``【履行期間】…まで`` /
    ``【入札日時】…`` had been one paragraph; issue 16 point 2, helper news84). A tag alone in a line of running text, or
    one tagged line in a paragraph, opens nothing.

    >>> sorted(tagged_fields(["【件名】庁舎清掃業務委託", "【履行場所】本庁舎", "【履行期間】令和8年5月1日から", "令和9年3月31日まで",
    ...                       "【入札日時】令和8年4月20日"]))
    [0, 1, 2, 4]
    >>> sorted(tagged_fields(["休館中の返却は", "【返却ポスト】をご利用ください。", "なお、予約資料は後日。"]))
    []
    >>> sorted(tagged_fields(["【２】今治市・・・８", "【１】尾道市"]))
    []
    """
    tagged = [k for k, t in enumerate(texts) if _TAGGED_FIELD.match(t) is not None]
    found: set[int] = set()
    for a, b in zip(tagged, tagged[1:]):
        if b - a <= 1 + MAX_FIELD_WRAP and all(texts[j].strip() for j in range(a + 1, b)):
            found |= {a, b}
    return frozenset(found)


def title_label_end(text: str) -> int:
    """Where the value of a title run in after its label and colon starts (``Title: Tides and the Old Port``,
    ``題目：…``), 0 where the line opens on no such label: the label is front matter, no part of the title (an English
    programme's lectures, helper prog57: each talk had been titled ``Title: …``).

    >>> title_label_end("Title: Tides and the Old Port"), title_label_end("Titles of Nobility"), title_label_end("Title:")
    (7, 0, 0)

    A research report's or a grant's title under its label (``研究課題名：里山の竹林拡大が…``, ``課題名：…``) and a
    lecture's (``演題：…``) likewise (fresh-user trial 73: ``title.ja`` had kept ``研究課題名：``; helper lab73):

    >>> title_label_end("研究課題名：里山の竹林拡大"), title_label_end("課題名：港の記憶"), title_label_end("演題：海の環境")
    (6, 4, 3)

    A syllabus's course under its label (``科目名：地域社会学特論Ⅰ``, ``授業科目名：…``, ``Course title: …``) likewise
    (fresh-user trial 73c: ``title.ja`` had kept ``科目名：``; helper prog73). ``科目ナンバリング：…`` is no title's label:

    >>> title_label_end("科目名：地域社会学特論Ⅰ"), title_label_end("Course title: Urban Sociology"), title_label_end("科目ナンバリング：SOC5012")
    (4, 14, 0)

    The label in both languages, parted by a slash (fresh-user trial 80a's syllabus: ``授業科目名 / Course Title:``):

    >>> title_label_end("授業科目名 / Course Title:   都市生態学入門 / Introduction to Urban Ecology")
    24

    A Japanese patent's or utility model's name under its tag, no colon (the JPO's filing format, :mod:`~.patent`:
    ``【発明の名称】折り畳み式傘立て``; fresh-user trial 76 had titled the application ``【書類名】特許願``):

    >>> title_label_end("【発明の名称】折り畳み式傘立て"), title_label_end("【考案の名称】傘立て"), title_label_end("【発明の名称】")
    (7, 7, 0)

    A gazette's INID code before the tag, and a notice's or an insert's tag naming its title (``【件名】``, ``【表題】``,
    ``【販売名】``): fresh-user trial 83b, helper form83. A form's Japanese label set off by white alone, no colon
    (``授業科目名　　環境政策論Ⅱ``); a label's word run on into other words is none:

    >>> title_label_end("(54)【発明の名称】駐輪ラック"), title_label_end("【件名】空調設備更新工事"), title_label_end("授業科目名　　環境政策論Ⅱ")
    (11, 4, 7)
    >>> title_label_end("件名について"), title_label_end("科目名 環境"), title_label_end("(19)【発行国】日本国特許庁")
    (0, 0, 0)
    """
    m = _TITLE_RUN_IN.match(text)
    return m.end() if m is not None else 0


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def form_field(text: str) -> str | None:
    """The label a line opens with when it is a field of minutes, a notice or a form (:data:`FIELD_LABELS`), else
    ``None``.

    >>> form_field("出席者：山本会長、田村副会長（計5名）"), form_field("講演者：山田 太郎"), form_field("港湾都市：その歴史と展望")
    ('出席者', None, None)
    >>> form_field("講師：山田 太郎"), form_field("講師：港町大学 教授　山田 太郎 氏")
    ('講師', None)

    An English label of two or three words counts by its last word, capitalised (``Media contact``, ``Office
    hours``): a syllabus's and a press release's fields.

    >>> form_field("Media contact: Tom Reyes"), form_field("Office hours: Tue 2-4 pm"), form_field("Port Cities: A History")
    ('Media contact', 'Office hours', None)
    >>> form_field("出席者　委員長 山田太郎"), form_field("事務局 からのお知らせ"), form_field("日程 変更のお知らせ")
    ('出席者', None, None)
    >>> form_field("欠席委員　　なし"), form_field("欠席委員　なし"), form_field("説明のため出席した者　　教育長　小林正明")
    ('欠席委員', None, '説明のため出席した者')

    An English minutes' field set off by two spaces or more, no colon (:data:`MEETING_FIELD_LABELS_EN`):

    >>> form_field("Present  A. Smith, B. Jones"), form_field("Date  12 May 2025"), form_field("Apologies  C. Brown")
    ('Present', 'Date', 'Apologies')
    >>> form_field("Time  and again we met."), form_field("Present A. Smith"), form_field("Date  Item  Cost")
    (None, None, None)

    An assembly's attendance, its label and head count over the roster (:data:`_COUNTED_FIELD`):

    >>> form_field("出席議員（18名）"), form_field("欠席議員（なし）"), form_field("議員定数（18名）の見直し")
    ('出席議員', '欠席議員', None)
    >>> form_field("○出席議員（12名）"), form_field("○説明のため出席した者"), form_field("日程")
    ('出席議員', '説明のため出席した者', None)
    """
    if LECTURER_LABEL.match(text):
        return None  # the lecture's speaker, named with an honorific (``講師：…　佐藤 由美 氏``): a byline
    m = _FIELD.match(text)
    if m is None and (counted := _COUNTED_FIELD.match(text) or _ATTENDANCE_HEAD.match(text)) is not None:
        return counted.group(1)  # ``出席議員（18名）``, ``○説明のため出席した者``: the label over the names under it
    if m is None:
        m = _SPACED_FIELD.match(text)  # ``出席者　委員長 …``, ``日　時：…``: a meeting's field all the same
        spaced = "".join(m.group(1).split()) if m is not None else None
        if spaced is None and (m := _SPACED_FIELD_EN.match(text)) is not None:
            return m.group(1)  # ``Present  A. Smith, B. Jones``: as ``Present: …``
        if spaced is None and (m := _CREDIT_FIELD.match(text)) is not None:
            return m.group(1)  # ``主催　青葉台将棋クラブ``, ``後援　みどり市``: an event's credit
        return spaced if spaced in FIELD_LABELS else None
    label = m.group(1)
    last = label.split()[-1]
    return label if label in FIELD_LABELS or (last[:1].upper() + last[1:]) in FIELD_LABELS else None


MEETING_FIELD_LABELS = ("説明のため出席した者", "職務のため出席した者", "会議に付した事件", "開催日時", "開催場所", "開会日時",
                        "閉会日時", "出席委員", "欠席委員", "出席議員", "欠席議員", "付議事件", "出席者", "欠席者", "参加者", "陪席者", "傍聴者", "説明員",
                        "事務局", "記録者", "開催日", "日時", "日程", "場所", "会場")
"""The fields that open minutes and a meeting's notice (when, where, who attended, who was absent, the secretariat,
who observed or explained): a line that opens on one of them and gives its value after an ideographic space or spaces
(``出席者　委員長 山田太郎、…``), or spaced out letter by letter to its column's width before a colon or a space
(``日　時：…``), is that field as surely as with a colon after it. A closed list, longest first; labels that may name a
talk's own person (``講師　山田 太郎``: the speaker) are not in it. A Japanese assembly's committee minutes add who
attended to explain or by office and what the meeting took up (``説明のため出席した者``, ``職務のため出席した者``,
``付議事件``, ``会議に付した事件``: trial 35, where they were a speaker line and sections); a plenary's record names its
members ``議員`` (``出席議員``, ``欠席議員``: trial 54); a committee's record may give when it opened and closed
(``開会日時``, ``閉会日時``: fresh-user trial 72)."""
EVENT_CREDIT_LABELS = ("主催", "共催", "後援", "協賛", "主管")
"""An event notice's credits, who holds, co-holds, supports or sponsors it (``主催　青葉台将棋クラブ``,
``後援　横浜市青葉区役所``), set before their body after an ideographic space (:data:`_CREDIT_FIELD`): a field, never a title or a
section's heading (fresh-user trial 77b: a tournament report's ``主催　…`` had become its title, ``後援　…`` its first
heading). Each is in :data:`FIELD_LABELS` with its colon."""
_CJK_LABEL_CHARS = r"[\u3400-\u9fff\u3040-\u30ff]"
_CREDIT_FIELD = lazyre.compile(r"^[ \u3000]*(" + "|".join(EVENT_CREDIT_LABELS) + r")\u3000[ \u3000]*(?=\S)(?![のはがをにでとへもや])")
"""An event's credit without a colon (:data:`EVENT_CREDIT_LABELS`), its body's name after an ideographic space: the name
may open on hiragana (``主催　みどり囲碁同好会``), a particle not (``後援　のお願い`` is a phrase)."""


def _spaced_out(letter: str, gap: str, most: int) -> str:
    """A label spaced out letter by letter to its column's width (``日　時``, ``定　員``): two to ``most`` ``letter``s,
    ``gap`` between each two. A record's label before its colon (:data:`_SPACED_FIELD`: ideographs or kana, any
    spaces) and a notice's item's label before its value (:data:`SPACED_LABEL`: one ideographic space, any letter but
    punctuation) are spaced so, each by its own letters and gap.

    >>> import re; bool(re.fullmatch(_spaced_out(_CJK_LABEL_CHARS, "[ \u3000]+", 6), "日 　時")), re.fullmatch(_spaced_out(".", "\u3000", 3), "定")
    (True, None)
    """
    return rf"{letter}(?:{gap}{letter}){{1,{most - 1}}}"


FIELD_NUMBER = r"(?:第?[0-9０-９]{1,2}[ \u3000]+|[（(][0-9０-９]{1,2}[）)][ \u3000]*)?"
"""A record's field number before its label (``１　日　時　　令和７年…``, ``３　出席委員（６名）``: a committee's record
numbers its fields; trial 54c and trial 51's minutes, whose fields became sections 3 to 6), ``第３　``, ``(3) `` too
(fresh-user trial 61's variants: ``第３　出席委員（４名）`` was no field, its roster the record's speaker)."""
_SPACED_FIELD = lazyre.compile(
    r"^[ \u3000]*" + FIELD_NUMBER + r"((?:" + "|".join("[ \u3000]?".join(map(re.escape, label)) for label in MEETING_FIELD_LABELS) + r")"
    r"|" + _spaced_out(_CJK_LABEL_CHARS, r"[ \u3000]+", 6) + r"(?=[ \u3000]*[：:]))"
    r"(?:(?:[ \u3000]*[：:][ \u3000]*|\u3000[ \u3000]*| {2,}| (?=.*[0-9０-９、，]))(?=[^\s：:\u3041-\u309f])"
    r"|\u3000[ \u3000]+(?=[^\s：:]))")
"""A minutes' field without :data:`_FIELD`'s plain ``label:`` shape: a listed meeting's label
(:data:`MEETING_FIELD_LABELS`, its letters set side by side or spaced out) before an ideographic space, spaces or a
colon, its value opening on no hiragana (after two spaces or more, the first ideographic, a column's gap, on any
letter: ``欠席委員　　なし``, trial 35); after one ASCII space only a value holding a digit or a list's comma (a
date, a room, names listed): ``事務局 からのお知らせ``, ``日程 変更のお知らせ`` are a notice's title; or a label spaced out letter by
letter before a colon (``会　場：``: :func:`form_field` asks its letters joined
of :data:`FIELD_LABELS`)."""


HEAD_COUNT = r"[（(](?:計|合計)?[ \u3000]?(?:[0-9０-９]{1,4}|[〇一二三四五六七八九十百]{1,4})[ \u3000]?[名人][）)]"
"""A count of people in brackets (``（18名）``, ``（１８名）``, ``（計5名）``, ``（7人）``): how many a list of people holds."""
_HEAD_COUNT = lazyre.compile(r"^" + HEAD_COUNT + r"$")
_COUNTED_FIELD = lazyre.compile(
    r"^[ \u3000]*" + FIELD_NUMBER + r"(" + "|".join(map(re.escape, MEETING_FIELD_LABELS)) + r")[ \u3000]*(?:" + HEAD_COUNT
    + r"|[（(]なし[）)])(?:[ \u3000]*$|[ \u3000]+(?=\S))")
"""A meeting's list of people headed by its label and how many it holds, the names on the lines under it (``出席議員
（18名）`` / ``1番　青木 一郎君　　2番　…``; ``欠席議員（なし）``): an assembly's record sets its attendance so (trial
54: ``出席議員（18名）`` was the speaker, ``18名`` the name)."""


ATTENDANCE_HEADS = ("説明のため出席した者", "職務のため出席した事務局職員", "職務のため出席した職員", "職務のため出席した者",
                    "出席議員", "欠席議員", "出席委員", "欠席委員")
"""The labels an assembly's record sets alone on their line over the people they list (``説明のため出席した者`` / ``町長
原田一郎君`` / …): who attended or was absent, who attended to explain or by office. A closed list, longest first; never
a notice's label (``日程``, ``場所``, ``会場`` alone may head a notice's section)."""
_ATTENDANCE_HEAD = lazyre.compile(
    r"^[ \u3000]*" + FIELD_NUMBER + r"(?:[○◯〇◎][ \u3000]*)?(?:[^\s、。，：:]{1,30}?により)?(" + "|".join(ATTENDANCE_HEADS) + r")[ \u3000]*(?:"
    + HEAD_COUNT + r"|[（(]なし[）)])?[ \u3000]*$")
"""An attendance's label alone on its line (:data:`ATTENDANCE_HEADS`), its head count after it or not, marked as the
record marks its fields and turns (``○出席議員（12名）``, ``○説明のため出席した者``) or not, the law it attends under
before it (``地方自治法第121条第1項の規定により説明のため出席した者``; trial 54's variants: the label became the title, the
people under it the speaker)."""


def head_count(text: str) -> bool:
    """A count of people alone, bracketed or not (``（18名）``, ``18名``, ``計5名``): no person's name.

    >>> head_count("（18名）"), head_count("18名"), head_count("（計5名）"), head_count("（７人）"), head_count("山田 太郎")
    (True, True, True, True, False)
    """
    s = text.strip(" \u3000")
    return _HEAD_COUNT.match(s if s[:1] in "（(" else f"（{s}）") is not None


MEETING_FIELD_LABELS_EN = ("In attendance", "Also present", "Attendees", "Attendance", "Present", "Absent",
                           "Apologies", "Regrets", "Date", "Time", "Venue", "Place", "Location", "Chair")
"""The English fields that open minutes (when, where, who attended, who sent apologies, who chaired): a line that opens
on one of them and gives its value after two spaces or more (``Present  A. Smith, B. Jones``, ``Date  12 May 2025``) is
that field, as ``Present: …`` is. A closed list of :data:`FIELD_LABELS`' English labels, longest first."""
_SPACED_FIELD_EN = lazyre.compile(
    r"^[ \t]*(" + "|".join(map(re.escape, MEETING_FIELD_LABELS_EN)) + r")(?: {2,}|\t)(?=[A-Z0-9])(?!.*(?: {2,}|\t)\S)")
"""An English minutes' field without its colon (:data:`MEETING_FIELD_LABELS_EN`): the label at the line's start, two
spaces or a TAB, then a value opening on a capital or a digit (a name, a date, a place) with no further wide space or TAB
in it (a table's row, ``Date  Item  Cost``, parts cells so). A line of running prose opens on no such label before a
wide space; where it does, its words go on in small letters (``Time  and again …``) and it is no field."""


_FLOOR_NOTE = lazyre.compile(r"^[〔（(［\[]「[^」]{1,20}」[との][^〕）)］\]]{0,10}あり[〕）)］\]]$")
STAGE_ACTS = ("登壇", "降壇", "退席", "着席", "離席", "入場", "退場", "入室", "退室", "起立", "挙手", "拍手", "休憩", "再開",
              "者あり", "者多数", "者全員")
"""What a minutes' record notes in brackets between the speeches: someone going to or leaving the rostrum or the chair,
the floor rising, raising hands or applauding, a recess, and a count of the floor (``起立者多数``, ``発言する者あり``): the
note ends on one of them. A closed list."""
_STAGE_NOTE = lazyre.compile(r"^[〔（(［\[][^〔〕（）()［］\[\]「」。]{0,30}(?:" + "|".join(STAGE_ACTS) + r")[〕）)］\]]$")


def floor_note(text: str) -> bool:
    """A minutes' note of what the floor said or did, in brackets: a quotation reported with ``と``/``の``, then
    ``…あり`` (``〔「なし」と呼ぶ者あり〕``, ``（「異議なし」の声あり）``; trial 35), or a stage direction, someone going to
    the rostrum, the chair changing, a recess (``〔5番　佐々木恵君登壇〕``, ``〔議長退席、副議長着席〕``, ``（午前11時02分
    休憩）``: :data:`STAGE_ACTS`; trial 54, where one headed the speeches after it). Never a heading.

    >>> [floor_note(s) for s in ("〔「なし」と呼ぶ者あり〕", "（「異議なし」の声あり）", "〔日程第1〕", "〔「地域」とは〕")]
    [True, True, False, False]
    >>> [floor_note(s) for s in ("〔5番　佐々木恵君登壇〕", "（拍手）", "〔登壇者一覧〕", "（市長の答弁）")]
    [True, True, False, False]
    """
    s = text.strip()
    return _FLOOR_NOTE.match(s) is not None or _STAGE_NOTE.match(s) is not None


COLOPHON_LINES = 20
"""Lines from a colophon's first to the document's end at most (Aozora Bunko's: the source book and its edition, the
source's source, first publication, the inputter, the proofreader, the date made, the library's notice)."""
_COLOPHON_OPENS = lazyre.compile(r"^[ \u3000]*(?:底本(?:の親本)?|初出(?:誌|一覧)?)[ \u3000]*[：:]")
"""A colophon's opening field: the printed book a text was taken from (``底本：「海辺の小品集」潮見書房``, Aozora Bunko's
colophon, https://www.aozora.gr.jp/aozora-manual/index-input.html) or where it first appeared (``初出：「文藝」1935年``)."""


def colophon_start(texts: list[str]) -> int | None:
    """Where a digitised book's colophon opens, at the document's end: the first of its last :data:`COLOPHON_LINES`
    lines that opens on a source's field (:data:`_COLOPHON_OPENS`), not the document's first line; ``None`` where none.

    Why (fresh-user trial 61c): an Aozora Bunko story's ``底本：…`` / ``入力：…`` / ``校正：…`` / the library's notice had
    been the story's last paragraphs. They are about the file, as a notice's closing contact block is: front matter
    closing the document (docs/talk-json.md, ``paper.front``).

    >>> colophon_start(["灯台守の娘", "岬の先に、古い灯台が立っていた。", "底本：「海辺の小品集」潮見書房", "入力：山根", "校正：北村"])
    2
    >>> colophon_start(["論文の本文である。", "図1　出典：総務省"]), colophon_start(["底本：「小品集」", "入力：山根"])
    (None, None)
    """
    for k in range(max(1, len(texts) - COLOPHON_LINES), len(texts)):
        if _COLOPHON_OPENS.match(texts[k]):
            return k
    return None


_CREDIT_LABEL = lazyre.compile(
    r"^[ \u3000]*(?:"
    r"(?P<post>(?:(?:Newsletter|Bulletin|Magazine|Managing|Honorary|Guest)\s+)?Editor(?:-in-[Cc]hief)?|Editors)[ \t]*(?:[:：]|[ \t][—–-])"
    r"|(?:(?:Newsletter|Bulletin|Magazine)[ \t]+(?:edited|compiled)|Edited|Compiled|Published|Produced)[ \t]+by[ \t]*:?"
    r"|(?P<post_ja>編集長|編集責任者|編集者|発行者|編集・発行|発行・編集|編集|発行)[ \u3000]*[：:]"
    r")[ \t\u3000]*(?=\S)")
"""A periodical's credit line's label (``Editor: …``, ``Edited by …``, ``Published by …``, ``編集：…``, ``編集・発行：…``):
who edits or publishes it; ``post`` the editor's post where the label is one (``Editor``, ``編集長``)."""
MAX_CREDIT_LINES = 3
"""Credit lines a periodical closes on at most (``Editor: …`` / ``Published by …``)."""
MAX_CREDIT_CHARS = 80
"""Characters a credit line has at most: a name or an office after its label, no sentence."""


def credit_label_end(text: str) -> int | None:
    """Where a periodical's credit line's label ends and its value opens (:data:`_CREDIT_LABEL`), else ``None``: a
    short line (:data:`MAX_CREDIT_CHARS`) whose value ends no sentence.

    >>> [credit_label_end(s) is not None for s in ("Editor: Margaret Olsen", "Edited by Tom Reyes", "編集：みなと台自治会 広報部",
    ...     "Published by Riverside Town Council", "Editor — Jane Roe")]
    [True, True, True, True, True]
    >>> [credit_label_end(s) is not None for s in ("Editor's note: the library is closed.", "Editors often disagree.",
    ...     "Published by the council in 2024, the plan sets out our aims.", "Edited by J. Smith. Oxford: OUP.", "編集後記")]
    [False, False, False, False, False]
    """
    s = text.strip()
    m = _CREDIT_LABEL.match(s)
    if m is None or len(s) > MAX_CREDIT_CHARS or s.endswith((".", "。", "!", "?", "！", "？")):
        return None
    return len(text) - len(text.lstrip()) + m.end()


MAX_ISSUE_NOTES = 2
"""Lines about the periodical's next issue a credit closing it may have under it at most (:func:`issue_note`)."""
_ISSUE_NOTE = lazyre.compile(
    r"^[ \u3000]*(?:(?:(?:copy|submissions?|contributions?|articles?|material)\s+)?deadlines?\b|next\s+issue\b"
    r"|次号|原稿(?:の)?(?:締め?切り?|募集)|締め?切り?)[^:：]{0,40}[:：]", re.IGNORECASE)


def issue_note(text: str) -> bool:
    """A line under a periodical's credits about its next issue: a label naming a deadline for copy or the next issue
    and its value, short, ending no sentence (``Copy deadline for the Lent issue: 25 January``, ``Next issue: March``,
    ``次号の原稿締切：2月10日``). Such a line closes the issue with the credits: no article's paragraph (fresh-user
    trial 80a's parish newsletter, whose ``Editor: Jean Harper`` over it had gone unread).

    >>> issue_note("Copy deadline for the Lent issue: 25 January"), issue_note("次号の原稿締切：2月10日")
    (True, True)
    >>> issue_note("The deadline for entries is 25 January."), issue_note("Deadlines: see the website for details.")
    (False, False)
    """
    s = text.strip()
    return _ISSUE_NOTE.match(s) is not None and len(s) <= MAX_CREDIT_CHARS and not s.endswith((".", "。", "!", "?"))


def credit_start(texts: list[str]) -> int | None:
    """Where the credit lines a periodical closes on open (:func:`credit_label_end`: ``Editor: Margaret Olsen``, ``編集・
    発行：みなと台自治会``): the first of the document's last lines, up to :data:`MAX_CREDIT_LINES`, each a credit line,
    never the document's first line; ``None`` where the last line is none.

    Why (issue 16, fresh-user trial 68): a newsletter's closing ``Editor: Margaret Olsen`` had been its last article's
    last paragraph; it credits the whole issue, as a book's colophon does (:func:`colophon_start`), so it closes
    ``front``.

    >>> credit_start(["Riverside News", "Council Update", "Work begins in November.", "Editor: Margaret Olsen"])
    3
    >>> credit_start(["Riverside News", "Editor: Margaret Olsen", "Work begins in November."]), credit_start(["Editor: Jo Lee"])
    (None, None)
    >>> credit_start(["News", "Work begins.", "Editor: Jean Harper", "Copy deadline for the Lent issue: 25 January"])
    2
    """
    end = len(texts)
    while end > 2 and len(texts) - end < MAX_ISSUE_NOTES and issue_note(texts[end - 1]):
        end -= 1  # the next issue's deadline under the credits (``Copy deadline for the Lent issue: 25 January``)
    if end > 2 and _group_sign_off(texts[end - 1].strip()) and credit_label_end(texts[end - 2]) is not None:
        end -= 1  # a sign-off under the credits closes them (``Edited by Thomas Wren`` / ``… — The Committee``)
    k = end
    while k > 1 and end - k < MAX_CREDIT_LINES and credit_label_end(texts[k - 1]) is not None:
        k -= 1
    return k if k < end else None


AGENDA_LABELS = frozenset(k.casefold() for k in (
    "議題", "議事", "次第", "議事次第", "会議次第", "議事日程", "案件", "付議案件", "審議事項", "協議事項", "報告事項",
    # what a committee took up, named by how it came to it (examined, referred, deliberated): a committee's record sets
    # it as its last numbered field over the bills (fresh-user trial 61: ``５　審査案件`` headed every speech)
    "審査案件", "審議案件", "付託案件", "審査事件", "付託事件", "付議事件", "会議に付した事件",
    "Agenda", "Agenda items", "Meeting agenda", "Order of business", "Order of the day", "Items for discussion"))
"""Labels a meeting's record sets alone on its line over its agenda, the list of items the meeting takes up
(``議題`` / ``1. …`` / ``2. …``; ``Agenda`` / ``1. Welcome`` / ``2. …``): a closed list, compared in any case."""


def agenda_label(text: str) -> bool:
    """A line that is only an agenda's label (:data:`AGENDA_LABELS`), a colon after it or its letters spaced out to
    its column's width allowed (``議題``, ``議　題``, ``Agenda:``, ``次第``).

    >>> agenda_label("議題"), agenda_label("議　題"), agenda_label("Agenda:"), agenda_label("AGENDA"), agenda_label("議題1")
    (True, True, True, True, False)
    >>> agenda_label("議題の整理"), agenda_label("The agenda")
    (False, False)
    """
    s = text.strip().rstrip(":：").strip()
    joined = "".join(s.split()) if re.fullmatch(_CJK_LABEL_CHARS + r"(?:[ \u3000]+" + _CJK_LABEL_CHARS + r")+", s) else s
    return " ".join(joined.split()).casefold() in AGENDA_LABELS


_ACTION_HEADING = lazyre.compile(r"(?:summary\s+of\s+|schedule\s+of\s+|list\s+of\s+)?actions?"
                                 r"(?:\s+(?:points?|arising(?:\s+from\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting)?|agreed"
                                 r"|list|log|items?|required|to\s+be\s+taken))?\s*:?", re.IGNORECASE)
"""A heading over a meeting's actions (``ACTIONS``, ``Action points``, ``Actions arising``, ``Action log``, ``Summary of
actions``): the terms English minutes print over the list of who does what by when (a closed set of shapes, from
parish, committee and society minutes; session 85, helper labels85)."""


def action_heading(text: str) -> bool:
    """A heading (or a line alone) over a meeting's action list (:data:`_ACTION_HEADING`). Its lines (``Clerk: Write to
    the county by 30 April.``, ``Cllr Okoye: Report back …``) give who acts, a colon, an imperative: no turn of speech,
    though shaped as :func:`turn_speaker` reads one.

    >>> action_heading("ACTIONS"), action_heading("Action points"), action_heading("Actions arising:"), action_heading("Action")
    (True, True, True, True)
    >>> action_heading("Actions speak louder"), action_heading("Class actions"), action_heading("ACTION: Clerk to write.")
    (False, False, False)
    """
    return _ACTION_HEADING.fullmatch(text.strip()) is not None


_AGENDA_TITLE_END = lazyre.compile(r"(?:議事|会議)?次第[ \u3000]*(?:[（(]案[）)])?$")


def agenda_titled(text: str) -> bool:
    """A title block's line that says its document is an agenda: an agenda's label alone (:func:`agenda_label`:
    ``議事次第``, ``Agenda``) or a meeting's name ending on ``次第`` (``第5回 みなと区まちづくり協議会 次第``,
    ``…会議次第（案）``), so the numbered lines opening the body are the agenda's items (``sections._agenda_over``).

    >>> agenda_titled("第5回 みなと区まちづくり協議会 次第"), agenda_titled("議事次第"), agenda_titled("AGENDA")
    (True, True, True)
    >>> agenda_titled("式次第の作り方"), agenda_titled("第5回 みなと区まちづくり協議会")
    (False, False)
    """
    s = text.strip()
    return agenda_label(s) or (len(s) <= 80 and _AGENDA_TITLE_END.search(s) is not None)


_FIELD_NUMBER_ALONE = lazyre.compile(
    r"^[ \u3000]*(?:(?P<n>[0-9０-９]{1,2})[ \u3000]+|第(?P<c>[0-9０-９]{1,2})[ \u3000]+|[（(](?P<p>[0-9０-９]{1,2})[）)][ \u3000]*"
    r"|(?P<d>[0-9０-９]{1,2})[.．](?:[ \u3000]+|(?![0-9０-９.．])))(?=\S)")
"""The number a record sets before its field's label: ``１　``, ``5 ``, ``第１　``, ``(1) ``, ``（２）`` (fresh-user trial
61's variants: a council's ``(1) 日時`` and a committee's ``第１　日時`` numbered their fields so), ``1.　`` (session 62's
variants: ``1.　出席委員（4名）`` had made the record's fields sections). Only a run that names who attended reads
``1.`` so (``sections._attended_fields``): a notice's ``1．日時　…`` items stay its sections. The stop may touch the
label (``１．開会日時　令和７年…``, ``３．場　　所``: fresh-user trial 72's committee record, session 72, helper rec72,
whose fields had become sections 1 to 7), never a digit (``1.5 mm`` is no field's number)."""


def record_field_number(text: str) -> tuple[str, int, int] | None:
    """The number before a record's field (:data:`_FIELD_NUMBER_ALONE`): its style (``arabic``, ``dai`` for ``第１``,
    ``paren`` for ``(1)``), its value and where the label starts; None where the line opens on no such number.

    >>> record_field_number("１　日時　令和6年"), record_field_number("第２　場所"), record_field_number("（３）出席者　委員8名")
    (('arabic', 1, 2), ('dai', 2, 3), ('paren', 3, 3))
    >>> record_field_number("1.5 mm"), record_field_number("2025年"), record_field_number("3.　議　題")
    (None, None, ('dot', 3, 3))
    """
    m = _FIELD_NUMBER_ALONE.match(text)
    if m is None:
        return None
    style = "arabic" if m.group("n") else "dai" if m.group("c") else "paren" if m.group("p") else "dot"
    digits = m.group("n") or m.group("c") or m.group("p") or m.group("d")
    return style, int(unicodedata.normalize("NFKC", digits)), m.end()


RECORD_ATTENDANCE = ("説明のため出席した者", "職務のため出席した者", "出席委員", "欠席委員", "出席議員", "欠席議員", "出席者",
                     "欠席者", "陪席者", "説明員")
"""Who attended a meeting or was absent (:data:`MEETING_FIELD_LABELS`' attendance): a record's field, never a notice's,
as a notice is written before anyone attended. A closed list."""
_NUMBERED_MEETING_FIELD = lazyre.compile(
    r"(" + "|".join("[ \u3000]{0,3}".join(map(re.escape, label)) for label in MEETING_FIELD_LABELS) + r")"
    r"(?=[ \u3000：:（(]|$)")
"""A meeting's field label after a record's field number, its letters side by side or spaced out to its column's
width (``場所``, ``場　所``, ``場　　所``: a two-letter label spaced to four columns, trial 72's ``３．場　　所``)."""


RECORD_ATTENDANCE_EN = ("Present", "Attendees", "Attendance", "In attendance", "Also present", "Absent", "Apologies",
                        "Regrets")
"""Who attended an English meeting or sent apologies: :data:`RECORD_ATTENDANCE`'s English twins (a record's fields)."""
_MEETING_FIELDS_EN = frozenset({"Date", "Time", "Venue", "Place", "Location", "Chair", *RECORD_ATTENDANCE_EN})
"""The fields English minutes open on, numbered or not (``1. Date: 9 March 2026``, ``3. Present: …``). A closed list."""


def numbered_meeting_field(text: str) -> str | None:
    """The meeting's field label (:data:`MEETING_FIELD_LABELS`, its letters side by side or spaced out) right after a
    record's field number (:func:`record_field_number`), then a space, a colon, a bracket or the line's end, whatever
    its value opens on (``２　場所　ひばり市役所 3階``, ``2　場　所　しらかば町役場``, ``(1) 日時　令和…``); None
    otherwise. :func:`form_field` asks a value that opens on no hiragana, since an unnumbered ``事務局 からのお知らせ``
    is a title; a number counting the fields is the evidence here (fresh-user trial 61's variants: a field whose place
    opened on hiragana had been a section, and with it all the record's fields).

    >>> numbered_meeting_field("２　場所　ひばり市役所"), numbered_meeting_field("2　場　所　しらかば町役場"), numbered_meeting_field("(3) 出席者　委員9名")
    ('場所', '場所', '出席者')
    >>> numbered_meeting_field("1 日時の設定について"), numbered_meeting_field("場所　ひばり市役所"), numbered_meeting_field("2 場所の選定")
    (None, None, None)
    >>> numbered_meeting_field("1. Date: 9 March 2026"), numbered_meeting_field("3.  Present: 34 members"), numbered_meeting_field("2. Dates for the diary")
    ('Date', 'Present', None)
    """
    number = record_field_number(text)
    if number is None:
        return None
    m = _NUMBERED_MEETING_FIELD.match(text, number[2])
    if m is None:
        # English minutes number their fields as well, each label before its colon (``1. Date: 9 March 2026``,
        # ``3. Present: 34 members``; helper judg70b: they had been sections 1 to 3, the Japanese record's front)
        label = form_field(text[number[2]:])
        return label if label is not None and ":" in text[number[2]:] and label.capitalize() in {
            f.capitalize() for f in _MEETING_FIELDS_EN} else None
    return re.sub(r"[ \u3000]", "", m.group(1))


_SPACED_LETTER = r"[^\s\u3000：:、。A-Za-z0-9]"
SPACED_LABEL = lazyre.compile(
    r"(?P<label>" + _SPACED_LETTER + r"(?P<gap>\u3000\u3000?| )" + _SPACED_LETTER + r"(?:(?P=gap)" + _SPACED_LETTER + r"){0,3})"
    r"(?:(?!(?P=gap)\S)[ \t\u3000]+|\u3000?[：:]\s*)(?=\S)")
"""A field's label set letter-spaced, one gap between each two of its characters (``定　員``, ``内　容``, ``議　題``),
then a white other than that gap or a colon before its value: a notice's items (``sections._field_cut``) and a
record's agenda (:func:`numbered_agenda_field`) set their labels so. ``match(text, pos)`` at the label's first letter.
The gap is one ideographic space, two (``定　　員　各回20名``: a two-letter label spread to four columns) or one ASCII
space (``参 加 費　お一人様…``); the same gap all through, so the white after the label, of another width or kind, parts
it from its value (fresh-user trial 72's press release, session 72, helper rec72: those two items had been titled by
their whole line, their siblings by their labels). No ASCII letter or digit is a spaced label's letter.

>>> [SPACED_LABEL.match(s).group("label") for s in ("定　員　　200名", "定　　員　各回20名", "参 加 費　お一人様4,500円")]
['定\u3000員', '定\u3000\u3000員', '参 加 費']
>>> [SPACED_LABEL.match(s) for s in ("定　員　200名", "定 員 20名", "A B C　value")]
[None, None, None]
"""
_LABEL_VALUE = lazyre.compile(r"(?P<label>[^\s\u3000：:、。]{2,8})(?:\u3000[ \u3000]*|[ \t]{2,}|[：:][ \u3000]*)(?=\S)")
"""A label set close, then an ideographic space, a wider white or a colon before its value (``議題　議案第３号…``)."""


def numbered_agenda_field(text: str) -> bool:
    """An agenda's label numbered as a record numbers its fields, its value on the same line after a wider white or a
    colon (``６　議　題　　（1）議案第12号…``, ``5.　議題　議案第3号…``, ``第４　議　題：…``): the label set letter-spaced
    (:data:`SPACED_LABEL`) or close, one of :data:`AGENDA_LABELS`. Session 62's variants: such a line had headed the
    record's only section, its value in the section's title, every speech under it. Alone it may head a notice's
    item; ``sections.split_paper`` reads it as a field only in a record (who attended, or the speeches after it).

    >>> numbered_agenda_field("６　議　題　　（1）議案第12号　条例の改正について"), numbered_agenda_field("5.　議題　議案第3号")
    (True, True)
    >>> numbered_agenda_field("６　議　題"), numbered_agenda_field("3　議題の整理について"), numbered_agenda_field("2　日　時　　令和6年")
    (False, False, False)
    """
    m = _FIELD_NUMBER_ALONE.match(text)
    if m is None:
        return False
    label = SPACED_LABEL.match(text, m.end()) or _LABEL_VALUE.match(text, m.end())
    return label is not None and agenda_label(label.group("label"))


def numbered_agenda_label(text: str) -> bool:
    """An agenda's label numbered as a record numbers its fields (``６　議　題``, ``5 議事``, :data:`FIELD_NUMBER`): a
    committee's record sets its agenda as its last numbered field, the items under it (trial 54c: ``６　議　題`` had
    been section 6 holding every speaker's turn). Alone it may head a notice's section; ``sections.split_paper``
    reads it as a field only under another numbered field of the record.

    >>> numbered_agenda_label("６　議　題"), numbered_agenda_label("5 議事"), numbered_agenda_label("議題"), numbered_agenda_label("6　議題の整理")
    (True, True, False, False)
    """
    m = _FIELD_NUMBER_ALONE.match(text)
    return m is not None and agenda_label(text[m.end():])


_TURN_MARK = r"(?P<mark>[○◯〇◎◆◇])"
"""A speaker's mark in a Japanese record: ``○`` (``◯``, ``〇``), ``◎``, and the ``◆`` / ``◇`` assemblies set before a
member who asks (``◆15番（佐藤花子議員）　…``); these two head a newsletter's items as often, so a turn behind them
names its speaker in brackets (:func:`_named_turn`)."""
_TURN_NAME = r"(?P<name>[（(][^\s\u3000（()）。、]{1,12}(?:[ \u3000][^\s\u3000（()）。、]{1,8})?[）)])"
"""The speaker's name in brackets after a post or a seat (``（山田太郎）``, ``（中野　誠君）``: minutes pad a two-character
name to the width of three)."""
_TURN_JA = lazyre.compile(r"^[ \u3000]*" + _TURN_MARK + r"\s*(?P<who>[^\s\u3000（()）。、「」]{1,20})" + _TURN_NAME + "?"
                      r"[ \u3000]+\S")
_TURN_HEAD_JA = lazyre.compile(r"^[ \u3000]*" + _TURN_MARK + r"[ \u3000]*(?P<who>[^\s\u3000（()）。、「」]{1,20})"
                           + _TURN_NAME + r"?[ \u3000]*$")
"""A speaker's mark and name alone on a line (``○山田会長``, ``○都市計画課長``, ``○委員長（山田太郎）``), the speech on the
next line: :func:`turn_head`."""
_POSTS_EN = ("Chair", "Chairman", "Chairwoman", "Chairperson", "Mayor", "Clerk", "Secretary", "Treasurer", "President",
             "Convenor", "Convener")
"""Posts English minutes and verbatim records name a speaker by (``Chair:``, ``The Clerk:``): a closed list, the
officers a council's, a committee's or a society's standing orders name."""
_TITLES_EN = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Cllr", "Councillor", "Alderman")
"""Titles before a speaker's name in English minutes (``Mr Jones:``, ``Cllr Singh:``)."""


def _turn_who_en(posts: tuple[str, ...], titles: tuple[str, ...], the: str, vice: str, name: str) -> str:
    return (rf"(?:{the}\s+)?(?:{vice}[- ])?(?:{'|'.join(posts)})"
            rf"|(?:{'|'.join(titles)})\.?(?:\s+{name}){{1,2}}")


_TURN_EN = lazyre.compile(
    r"^[ \t]*(?P<who>" + _turn_who_en(_POSTS_EN, _TITLES_EN, "The", "Vice|Deputy", r"[A-Z][\w'’.-]*")
    # a verbatim record's labels in capitals (``CHAIR:``, ``THE CLERK:``, ``MRS JONES:``, ``CLLR HALE:``): the same posts
    # and titles, the name in capitals too (session 85, helper labels85)
    + "|" + _turn_who_en(tuple(map(str.upper, _POSTS_EN)), tuple(map(str.upper, _TITLES_EN)), "THE", "VICE|DEPUTY",
                         r"[A-Z][A-Z'’.-]*(?![a-z])") + ")"
    r"(?:\s*\([^()]{1,40}\))?\s*:\s+(?P<speech>\S.*)$")

_FIELD_VALUE_EN = lazyre.compile(
    r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?\s+)*(?:[A-Z]\.\s*)*"
    r"[A-Z][\w'’-]+(?:\s+(?:(?:de|van|von|der|da|di|du|le|la)\s+)*[A-Z][\w'’-]+){0,3}"
    r"\s*(?:\([^()]*\)\s*$|;|,(?:\s+[A-Z][\w'’.&-]*)+\s*$|$)")
"""What a post's label gives as a field's value, not a speech: a person's name (a title, initials, a surname or a
given name and a surname), then the line's end, an affiliation in brackets or after a comma, or a semicolon before
the next field (``Chair: Prof. Fiona MacLeod (University of Aberdeen)`` in a programme's session, ``Chair: M.
Fielding; Secretary: A. Rowe`` in minutes; session 85, helper minutes85, fresh-user trial 84b: each programme's
``Chair:`` line had read as a turn of "Chair")."""




def speaker_turn(text: str) -> bool:
    """A speaker's turn in a meeting's record: the speaker marked and named, then what they said, in one paragraph.

    * Japanese minutes mark each turn by ``○`` (``◯``, ``〇``, ``◎``) before the speaker: a post, a name and a post, a
      name and an honorific or a role of the meeting (:data:`MEETING_ROLES`), the name in brackets after it or not
      (``○委員長（山田太郎）　…``, ``○山田委員長　…``, ``○鈴木一郎君　…``, ``○事務局（中村）　…``), then an ideographic
      space or spaces; a notice's ``○`` item (``○ 会場（市民ホール）　…``) names no post;
    * English minutes give the speaker's post (``Chair:``, ``The Clerk:``, ``Vice-Chair:``) or a title and a name
      (``Mr. Jones:``, ``Cllr Singh:``, ``Dr Patel (Treasurer):``) before a colon, then a sentence: three words or more,
      so a field's value (``Chair: J. Whitfield``, :data:`FIELD_LABELS`) is no turn.

    >>> speaker_turn("○委員長（山田太郎）　開会します。"), speaker_turn("○山田委員長　ありがとうございました。")
    (True, True)
    >>> speaker_turn("○鈴木一郎君　質問します。"), speaker_turn("○ 参加費　無料"), speaker_turn("○ルビの位置　上に置く。")
    (True, False, False)
    >>> speaker_turn("○事務局（中村）　説明します。"), speaker_turn("○ 会場（市民ホール）　駐車場があります。")
    (True, False)
    >>> speaker_turn("Chair: Good evening, everyone."), speaker_turn("Cllr Singh: The application raises no objection.")
    (True, True)
    >>> speaker_turn("Chair: J. Whitfield"), speaker_turn("Present: A. Smith, B. Jones, C. Brown"), speaker_turn("Note: see below it.")
    (False, False, False)

    A person's name after a post is the post's holder, and a lower-case opening an action's text (session 85):

    >>> speaker_turn("Chair: Prof. Fiona MacLeod (University of Aberdeen)"), speaker_turn("Chair: Prof. Ann Wallis")
    (False, False)
    >>> speaker_turn("Clerk: request a speed survey on Mill Road."), speaker_turn("Chair: M. Fielding; Secretary: A. Rowe.")
    (False, False)
    >>> speaker_turn("Chair: Thank you. We move on."), speaker_turn("Chair: Good evening, and welcome.")
    (True, True)

    A speaker named by a person's name alone, as assembly minutes print their members, is one too (issue 16):

    >>> speaker_turn("○佐藤花子　駅前広場について伺います。"), speaker_turn("○山田太郎 質問します。")
    (True, True)
    >>> speaker_turn("○山田 太郎（東北大学）・佐藤 花子（京都大学）"), speaker_turn("○山田太郎（東北大学）　質問します。")
    (False, False)

    An assembly's member named by the seat, the name in brackets (``◆`` marks a member who asks; helper news57):

    >>> speaker_turn("○3番（中野誠君）　伺います。"), speaker_turn("◆１５番（佐藤花子議員）　質問します。"), speaker_turn("○ 1番（改札口）　開きます。")
    (True, True, False)
    """
    return turn_speaker(text) is not None


def turn_speaker(text: str) -> tuple[int, int] | None:
    """Where a speaker's turn (:func:`speaker_turn`) names its speaker: ``(start, end)`` in ``text``, the speaker as
    printed, the turn's mark left out and the name in brackets kept (``○議長（山田太郎君）　…`` → ``議長（山田太郎君）``,
    ``Dr Patel (Treasurer): …`` → ``Dr Patel (Treasurer)``); None where ``text`` is no turn. The talk JSON gives it
    as the paragraph's ``speaker`` (docs/talk-json.md, session 62).

    >>> t = "○議長（山田太郎君）　ただいまから開会いたします。"; t[slice(*turn_speaker(t))]
    '議長（山田太郎君）'
    >>> t = "Dr Patel (Treasurer): The accounts were approved by all."; t[slice(*turn_speaker(t))]
    'Dr Patel (Treasurer)'
    >>> turn_speaker("○ 参加費　無料"), turn_speaker("Chair: J. Whitfield")
    (None, None)
    """
    if (m := _TURN_JA.match(text)) is not None:
        # a name alone is a speaker only before a speech (a clause's or a sentence's mark after it) and with no
        # bracket: a paper's presenter is marked so too, before an affiliation (``○山田 太郎（東北大学）・…``)
        if not _named_turn(m, m.group("name") is None and _SPEECH_MARK.search(text[m.end() - 1:]) is not None):
            return None
        return m.start("who"), m.end("name") if m.group("name") is not None else m.end("who")
    m = _TURN_EN.match(text)
    if m is None or len(m.group("speech").split()) < 3:
        return None
    # a speech opens as a sentence does, on a capital; a lower-case opening is a note's or an action's text
    # (``Clerk: request a speed survey …`` under a minutes' ACTIONS), and a person's name is a field's value
    # (:data:`_FIELD_VALUE_EN`; session 85, helper minutes85)
    if m.group("speech")[0].islower() or _FIELD_VALUE_EN.match(m.group("speech")) is not None:
        return None
    # (the speaker ends before the colon and the spaces before it: ``Dr Patel (Treasurer) :``)
    return m.start("who"), len(text[:text.rfind(":", m.start("who"), m.start("speech"))].rstrip())


_SPEECH_MARK = lazyre.compile(r"[。、，？！]")
_SEAT = lazyre.compile(r"[0-9０-９]{1,3}番")
"""A member's seat number, the post an assembly's minutes name a member by (``3番``, ``１５番``)."""
_MEMBER_SUFFIXES = HONORIFICS + ("議員", "委員")
"""What an assembly's minutes write after a member's name in brackets (``中野誠君``, ``佐藤花子議員``, ``鈴木次郎委員``)."""


_MEMBER_LINE = lazyre.compile(r"^(?P<name>[^\s\u3000（(]{1,6}(?:[ \u3000][^\s\u3000（(]{1,6})?)[ \u3000]*"
                              r"(?:(?:市|町|村|区|県|府|都|道)?議会)?(?:議員|委員)"
                              r"(?:[ \u3000]*[（(][^（()）]{1,16}[)）])?$")


def member_line(text: str) -> bool:
    """A line naming one member of an assembly alone: a person's name and the member's word (``松本 裕子 議員``,
    ``田村健一議員``, ``山田 太郎 委員``, a group in brackets after it or not: ``…議員（みらいの会）``). In a council's
    bulletin it stands under a general question's heading and names who asked it (``問`` / ``答`` under it): a
    speaker's line of that question's section, never a heading of its own (decision, issue 16 point 2, helper ver80
    after fresh-user trial 80a's 議会だより, whose member lines had headed the questions and emptied their headings'
    sections). A line that names no person (``議員定数``, ``議員の活動``) is no member's.

    >>> member_line("\ufffd本 裕子 議員"), member_line("田村健一議員"), member_line("山田 太郎 委員（みらいの会）")
    (True, True, True)
    >>> member_line("議員定数の見直し"), member_line("議員"), member_line("一般質問")
    (False, False, False)
    """
    m = _MEMBER_LINE.match(text.strip())
    if m is None:
        return False
    from pipeline.segment.names import is_person_name  # names reads this module's labels

    return is_person_name(m["name"])


def _named_turn(m: re.Match, name_alone: bool) -> bool:
    """A turn's mark, speaker and bracketed name (a match of ``_TURN_JA`` or ``_TURN_HEAD_JA``) name a speaker: a seat
    (``3番``) with a member's name in brackets after it (``（中野誠君）``, ``（佐藤花子議員）``: the honorific or the
    member's word, or a name Sudachi reads as a person's), else as :func:`_speaker_named` reads the speaker; behind
    ``◆`` / ``◇`` only with the name in brackets (``◆春の防災訓練`` heads a newsletter's item). Assemblies number
    their members' seats and print the seat before the name (``○3番（中野誠君）　ただいまの…``): the seat is a post
    for this purpose (decision, issue 16, helper news57); a seat without a member's name (``○ 1番（改札口）　…``, a
    platform's, a list's item) is none."""
    who, name = m.group("who"), m.group("name")
    if _SEAT.fullmatch(who) is not None:
        return name is not None and _member_name("".join(name[1:-1].split()))
    if m.group("mark") in "◆◇" and name is None:
        return False
    return _speaker_named(who, name_alone)


def _member_name(name: str) -> bool:
    """``name`` (inside a seat's brackets, spaces out) names a member: a member's suffix after it
    (:data:`_MEMBER_SUFFIXES`) or a person's name alone."""
    if name.endswith(_MEMBER_SUFFIXES):
        return True
    from pipeline.segment.names import is_person_name  # names reads this module's labels

    return is_person_name(name)


def _speaker_named(who: str, name_alone: bool = True) -> bool:
    """``who`` (what stands between a turn's ``○`` and its space) names a speaker: a post, a name and a post, a name and
    an honorific, a role of the meeting, or, where ``name_alone``, a person's name alone (``山田太郎``: Sudachi reads
    a surname and a given name, :func:`~pipeline.segment.names.is_person_name`)."""
    if ends_with_job_title(who) or who.endswith(HONORIFICS) or who.endswith(MEETING_ROLES):
        return True
    if not name_alone:
        return False
    from pipeline.segment.names import is_person_name  # names reads this module's labels

    return is_person_name(who)


_ROLE_TAG = r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９①-⑳]{0,2}"
_ROLE = lazyre.compile("(?:" + "|".join(map(re.escape, sorted(TRANSCRIPT_ROLES + MEETING_ROLES, key=len, reverse=True)))
                       + ")" + _ROLE_TAG)
_WHO = r"[^\s\u3000:：（()）。、，「」【】［］]"
_WHO_NAME = r"[（(][^\s\u3000（()）。、0-9０-９]{1,12}[）)]"  # a speaker's name after a role; no year (``山田（2010）：…`` cites)
_WHO_FIRST = r"[^\s\u3000:：（()）。、，「」【】［］0-9０-９]"  # no number: ``2 列位看官：…`` is a numbered line
_TRANSCRIPT_COLON = lazyre.compile(
    r"^[ \u3000]*(?:[○◯〇◎][ \u3000]*)?(?P<who>" + _WHO_FIRST + _WHO + r"{0,19}(?:[ \u3000]" + _WHO + r"{1,10})?)"
    r"(?P<name>" + _WHO_NAME + r")?[ \u3000]?[:：][ \u3000]*(?P<speech>\S.*)$")
_TRANSCRIPT_BRACKET = lazyre.compile(r"^[ \u3000]*【(?P<who>" + _WHO_FIRST + _WHO + r"{0,19})(?P<name>" + _WHO_NAME + r")?】"
                                     r"[ \u3000]*(?P<speech>\S.*)$")
_TRANSCRIPT_SPACE = lazyre.compile(r"^[ \u3000]*(?:[○◯〇◎][ \u3000]*)?(?P<who>" + _WHO_FIRST + _WHO + r"{0,19})"
                                   r"(?P<name>" + _WHO_NAME + r")?(?:\u3000+|[ ]{2,}|(?P<one>[ ]))(?P<speech>\S.*)$")
_TRANSCRIPT_HEAD = lazyre.compile(
    r"^[ \u3000]*(?:【(?P<bracketed>" + _WHO_FIRST + _WHO + r"{0,19})(?P<bname>" + _WHO_NAME + r")?】"
    r"|(?:[○◯〇◎][ \u3000]*)?(?P<who>" + _WHO_FIRST + _WHO + r"{0,19}(?:[ \u3000]" + _WHO + r"{1,10})?)"
    r"(?P<name>" + _WHO_NAME + r")?[ \u3000]?[:：])[ \u3000]*$")
"""A transcript's speaker alone on the line over the speech (``【司会】``, ``高田：``): :func:`transcript_head`."""
_JAPANESE_SPEECH = lazyre.compile(r"[\u3041-\u309f\u30a1-\u30fa]")
"""A kana: Japanese speech has some (a Chinese line's ``与：…`` none)."""
_SENTENCE_MARK = lazyre.compile(r"[。？！]")


def transcript_speaker(text: str) -> str | None:
    """The speaker a line of a transcript opens on, where the line is shaped as a turn; ``None`` otherwise. A turn is
    the speaker, then what they said, in one of the shapes records of panels, round tables and interviews print:

    * the speaker and a colon, full-width or half-width, a space after it or not (``司会：…``, ``高田:…``,
      ``石井 誠：…``), a ``○`` before it or not, the name in brackets after a role (``司会（山田）：…``);
    * the speaker in lenticular brackets (``【司会】…``);
    * the speaker and an ideographic space (``森下　それでは…``, ``○司会（石井）　…``), a sentence's end in the speech;
      or one half-width space (a lecture's record: ``司会（中村） それでは…``, ``高橋 ご紹介…``), where the word after
      it is no given name (``高橋 誠一は…`` is a name: :func:`_given_name_after`; session 81, trial 80e).

    The speaker is a role (:data:`TRANSCRIPT_ROLES`, :data:`MEETING_ROLES`; ``質問者A``), a post, a name and a post or
    an honorific, or a person's name (Sudachi reads a surname, a given name or both), and a speech follows: a clause's
    or sentence's mark in it (a sentence's end for the space's shape). A role is returned as the role
    (``○司会（山田）　…`` → ``司会``): it is the speaker's label, not a name. ``見出し：説明`` lines name no speaker
    (``目的：…``, ``期間：2024年…``), and a field's value is no speech (``司会：山田太郎（企画課長）``). One line is only
    a candidate: :func:`transcript_turns` asks the document's evidence.

    >>> transcript_speaker("司会：それでは始めます。"), transcript_speaker("高田:はい。"), transcript_speaker("【司会】始めます。")
    ('司会', '高田', '司会')
    >>> transcript_speaker("○司会（山田）　始めます。"), transcript_speaker("森下　それでは始めます。"), transcript_speaker("質問者A：伺います。")
    ('司会', '森下', '質問者A')
    >>> transcript_speaker("司会（中村） それでは始めます。"), transcript_speaker("質問者A 伺います。"), transcript_speaker("高橋 誠一は教授です。")
    ('司会', '質問者A', None)
    >>> transcript_speaker("目的：本研究は、人口の動きを明らかにする。"), transcript_speaker("期間：2024年4月～2025年3月")
    (None, None)
    >>> transcript_speaker("司会：山田太郎（企画課長）"), transcript_speaker("日時：令和6年11月8日　会場：市民プラザ")
    (None, None)
    """
    found = _transcript_turn(text)
    return found[0] if found is not None else None


def _transcript_turn(text: str) -> tuple[str, int, int] | None:
    """:func:`transcript_speaker`'s reading of ``text``: ``(speaker, start, end)``, the speaker's label (a role as the
    role) and where ``text`` prints the speaker, the name in brackets after a role kept (``司会（中村）``), the
    ``○`` or the lenticular brackets, the colon and the space left out; ``None`` where ``text`` is no turn's line."""
    for shape in (_TRANSCRIPT_COLON, _TRANSCRIPT_BRACKET, _TRANSCRIPT_SPACE):
        m = shape.match(text)
        if m is None:
            continue
        speech = m.group("speech")
        if not _JAPANESE_SPEECH.search(speech):
            continue  # a Japanese record's turns (English minutes' are :func:`speaker_turn`'s)
        if (_SENTENCE_MARK if shape is _TRANSCRIPT_SPACE else _SPEECH_MARK).search(speech) is None:
            continue
        who = m.group("who")
        if shape is _TRANSCRIPT_SPACE and m.group("one") is not None and _given_name_after(speech):
            continue  # ``高橋 誠一は…``: a surname and its given name parted by one space, no speaker's
        span = (m.start("who"), m.end("name") if m.group("name") is not None else m.end("who"))
        if _ROLE.fullmatch(who) is not None:
            return who, *span
        if " " in who or "\u3000" in who:
            # a full name spaced (``石井 誠``): Sudachi reads a person's name in it
            if shape is _TRANSCRIPT_COLON and _speaker_named(who):
                return who, *span
            continue
        if _speaker_named(who):
            return who, *span
    return None


def _given_name_after(speech: str) -> bool:
    """``speech`` (what follows a speaker set off by one space, :data:`_TRANSCRIPT_SPACE`) opens on a word Sudachi
    reads as a person's name (``誠一は…``): the space parted a surname from its given name, no speaker from a speech."""
    from pipeline.sudachi import name_tokenizer

    first = next(iter(name_tokenizer("C").tokenize(speech[:12])), None)
    return first is not None and first.part_of_speech()[2] == "人名"


def transcript_head(text: str) -> str | None:
    """The speaker a transcript's turn names alone on its line, the speech on the next (``【司会】`` / ``それでは…``,
    ``高田：`` / ``はい。…``), named as :func:`transcript_speaker` names one; ``None`` otherwise. Only a candidate:
    :func:`transcript_turns` asks the speech under it and the document's evidence.

    >>> transcript_head("【司会】"), transcript_head("高田："), transcript_head("【コーディネーター（中川）】"), transcript_head("石井 誠:")
    ('司会', '高田', 'コーディネーター', '石井 誠')
    >>> transcript_head("【お知らせ】"), transcript_head("目的："), transcript_head("【司会】それでは")
    (None, None, None)
    """
    m = _TRANSCRIPT_HEAD.match(text)
    if m is None:
        return None
    who = m.group("bracketed") or m.group("who")
    if _ROLE.fullmatch(who) is not None or _speaker_named(who):
        return who
    return None


_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
"""Capital letters of a Latin name, accented ones too (``TOMÁS``, ``LÓPEZ``, ``Ørsted``)."""
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff"
_TRANSCRIPT_EN = lazyre.compile(
    rf"^[ \t]*(?P<who>[{_CAPITAL}][{_CAPITAL}\ufffd'’.-]+(?: [{_CAPITAL}][{_CAPITAL}\ufffd'’.-]+){{0,2}}"
    rf"|[{_CAPITAL}][{_SMALL}\ufffd'’-]+(?: [{_CAPITAL}][{_SMALL}\ufffd'’-]+){{0,2}})"
    r"(?:[ ]?\((?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}|[\w'’.-]+(?:,? [\w'’.-]+){0,4})\))?[ ]?:[ \t]+(?P<speech>\S.*)$")
"""An English transcript's turn: the speaker in capitals (``HANNAH:``, ``DR OKAFOR:``) or as a name or role in title
case (``Hannah:``, ``Interviewer:``, ``Tom Beck:``), up to three words, a name in brackets after it or not
(``Moderator (Lee):``), a colon, then the speech. A name keeps its accents (``TOMÁS RUIZ:``) or a lost glyph after its
first letter (``MAR\ufffdA LÓPEZ:``), and a role may say in brackets who spoke in a few words (``AUDIENCE MEMBER
(resident, North Ward):``): helper head83, fresh-user trial 82a's panel transcript, whose turns so labelled had been
glued into the turn before."""
_TRANSCRIPT_STOP_EN = lazyre.compile(
    r"^[ \t]*(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\. [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|The (?:ACTING |Acting )?[A-Z][A-Z]+(?: [A-Z][A-Z]+)?(?: pro tempore)?)\.[ \t]+(?P<speech>[A-Z\"“].*)$")
"""A verbatim record's turn whose label ends in a full stop (the Congressional Record's ``Mr. SMITH of Ohio. Madam
Speaker, I rise …``, ``Ms. GARCIA. Will the gentleman yield?``, ``The SPEAKER pro tempore. The Chair …``; some
Hansards' ``Mr. Smith. …``): a title and a name, or ``The`` and a post in capitals, a stop, then a sentence. Only a
candidate, as every transcript's line is: :func:`transcript_turns` asks speakers who take turns (session 85, helper
labels85)."""
_SPEECH_WORD = lazyre.compile(r"\b[a-z][a-z'’]*\b")
_NO_SPEAKER_EN = frozenset({"note", "notes", "nb", "warning", "caution", "tip", "hint", "example", "source", "see",
                            "answer", "question", "step", "summary", "update", "edit", "important"})
"""Labels that open a note, not a turn (``Note: …``, ``Source: …``)."""


def transcript_speaker_en(text: str) -> str | None:
    """The speaker an English transcript's line opens on (:data:`_TRANSCRIPT_EN`: ``HANNAH: So how did you
    start?``, ``Interviewer: Where did you grow up?``); ``None`` otherwise. The speech is words (a small-letter word
    in it); a field's label (:func:`field_line`, :data:`FIELD_LABELS`: ``Date: 3 May``, ``Present: A. Smith``) or a
    note's (``Note:``, ``Warning:``) is no speaker. One line is only a candidate: :func:`transcript_turns` asks
    speakers who take turns (a report's ``Lead: …`` / ``Budget: …`` fields each come once). Source: podcast and interview transcripts (issue 16, fresh-user trial 75's ``HANNAH:`` /
    ``TOM:``, whose questions had headed sections).

    >>> transcript_speaker_en("HANNAH: So how did you start?"), transcript_speaker_en("Interviewer: Where were you born?")
    ('HANNAH', 'Interviewer')
    >>> transcript_speaker_en("Date: 3 May 2025"), transcript_speaker_en("Note: the hall is closed."), transcript_speaker_en("TOM: Yes.")
    (None, None, 'TOM')
    >>> transcript_speaker_en("TOMÁS RUIZ: We own the land."), transcript_speaker_en("MAR\ufffdA LÓPEZ: The traders agree.")
    ('TOMÁS RUIZ', 'MAR\ufffdA LÓPEZ')
    >>> transcript_speaker_en("AUDIENCE MEMBER (resident, North Ward): Will there be access?")
    'AUDIENCE MEMBER'
    """
    found = _transcript_turn_en(text)
    return found[0] if found is not None else None


def _transcript_turn_en(text: str) -> tuple[str, int, int] | None:
    """:func:`transcript_speaker_en`'s reading of ``text``: ``(speaker, start, end)``, the speaker's label and where
    ``text`` prints the speaker, a name in brackets after a role kept (``Moderator (Lee)``)."""
    m = _TRANSCRIPT_EN.match(text)
    if m is None:
        m = _TRANSCRIPT_STOP_EN.match(text)
        if m is None or _SPEECH_WORD.search(m.group("speech")) is None:
            return None
        return m.group("who"), m.start("who"), m.end("who")
    who, speech = m.group("who"), m.group("speech")
    # (a post that is a field's label too, ``Chair: J. Whitfield``, speaks where the line is a meeting's turn,
    # :func:`turn_speaker`: ``CHAIR: Good evening. …`` in a verbatim record had been no turn, so the chair's turns were
    # glued to the turn before and the first left in the front matter; session 85, helper labels85)
    if (field_line(text) is not None or who in FIELD_LABELS) and turn_speaker(text) is None \
            or who.lower() in _NO_SPEAKER_EN:
        return None
    if _SPEECH_WORD.search(speech) is None and not (speech.rstrip()[-1:] in ".?!" and speech[:1].isupper()):
        return None
    return who, m.start("who"), m.end("name") + 1 if m.group("name") is not None else m.end("who")


_TRANSCRIPT_KIND = lazyre.compile(r"^(?:(?:Full|Episode|Interview|Edited|Verbatim|Podcast|Programme|Show)\s+)?"
                                  r"transcript$", re.IGNORECASE)


def transcript_kind(text: str) -> bool:
    """A line that names its document a transcript and nothing else (``Transcript``, ``Full transcript``,
    ``EPISODE TRANSCRIPT``): a label of the record's kind under its title, no heading over the turns.

    >>> transcript_kind("Transcript"), transcript_kind("Episode transcript"), transcript_kind("Transcripts and tapes")
    (True, True, False)
    """
    return _TRANSCRIPT_KIND.match(text.strip()) is not None


def _speech_line(text: str) -> bool:
    """A line that may be a speech's first line under its speaker (:func:`transcript_head`): Japanese running text
    (a kana, a clause's or sentence's mark), no speaker's line of its own."""
    return _JAPANESE_SPEECH.search(text) is not None and _SPEECH_MARK.search(text) is not None \
        and transcript_speaker(text) is None and transcript_head(text) is None


PARTICIPANT_LABELS = ("パネリスト", "パネラー", "コーディネーター", "モデレーター", "ファシリテーター", "コメンテーター",
                      "司会", "司会者", "進行", "登壇者", "話題提供者", "討論者", "指定討論者", "講師", "聞き手")
"""Labels a panel's or symposium's record sets alone on a line over the people who take part in that role
(``パネリスト`` / ``高田 由美（…）`` / … / ``コーディネーター`` / ``中川 亮（…）``): a closed list."""


def participants_label(text: str) -> bool:
    """A line that is only a label of participants' role (:data:`PARTICIPANT_LABELS`), in lenticular or round brackets
    or with a colon after it or not (``パネリスト``, ``【コーディネーター】``, ``司会：``).

    >>> participants_label("パネリスト"), participants_label("【コーディネーター】"), participants_label("司会："), participants_label("司会：山田")
    (True, True, True, False)
    """
    s = text.strip().rstrip(":：").strip()
    if s[:1] in "【［（(" and s[-1:] in "】］）)":
        s = s[1:-1].strip()
    return s in PARTICIPANT_LABELS


MIN_TRANSCRIPT_TURNS = 3
"""Turns a transcript shows at least (:func:`transcript_turns`): two lines shaped as turns are a label's pair as often."""


def transcript_turns(texts, listing: tuple[str, ...] = ()) -> set[int]:
    """The indices of ``texts`` that are a transcript's turns (:func:`transcript_speaker`; or a speaker alone on the
    line over a line of speech, :func:`transcript_head`, the turn's head), where the lines show a
    transcript: :data:`MIN_TRANSCRIPT_TURNS` turns or more, and a speaker who speaks again after another (``司会`` /
    ``高田`` / ``司会``): people take turns, while a paper's labelled lines (``目的：…``, ``方法：…``) each come once and a
    reference list in ``著者：題名`` style keeps each author's entries together. Empty otherwise. ``listing``: lines
    that print the record's participants apart from ``texts`` (its front matter), read by :func:`listed_turn`.

    >>> transcript_turns(["題", "司会：始めます。", "高田：はい、どうぞ。", "司会：ありがとうございます。"])
    {1, 2, 3}
    >>> transcript_turns(["【司会】", "始めます。", "【高田】", "はい、どうぞ。", "【司会】", "ありがとうございます。"])
    {0, 2, 4}
    >>> transcript_turns(["中村：港町の交通，2010．", "中村：港町の人口，2012．", "山田：商店街，2015．"])
    set()
    >>> sorted(transcript_turns(["会場：港町公民館", "出席者：中村 浩（商店会）、木下 由美（まちづくり課）", "司会：始めます。",
    ...                          "中村：はい。", "司会：ありがとうございます。"]))
    [2, 3, 4]
    """
    texts = list(texts)
    turns = {}
    for k, text in enumerate(texts):
        who = transcript_speaker(text) or transcript_speaker_en(text)
        if who is None and k + 1 < len(texts) and _speech_line(texts[k + 1]):
            who = transcript_head(text)  # the speaker alone over the speech (``【司会】`` / ``それでは…``)
        if who is None and k + 1 < len(texts) and _JAPANESE_SPEECH.search(texts[k + 1]) is not None \
                and transcript_speaker(texts[k + 1]) is None and transcript_head(texts[k + 1]) is None \
                and form_field(texts[k + 1]) is None:
            # (a meeting's field under a field, ``会場：公民館`` / ``出席者：…、林 大輔（市まちづくり課）``, is no speech
            # wrapped onto the next line: the place had been read as the audience's turn, helper head83)
            # a turn whose first sentence ends on the line under it (``高橋 地方紙は…その選び方に各紙の立場が`` /
            # ``表れていました。``): the speech read with the line it wraps onto (session 81, trial 80e)
            who = transcript_speaker(text.rstrip() + texts[k + 1].strip())
        if who is None and GAP in text[:_GAPPED_WHO_REACH]:
            # a turn whose speaker's name lost a glyph (``松\ufffd　皆さん、…``), known by the name the record prints
            # whole or with the same gaps elsewhere (its byline, its participants, another turn): :func:`gapped_turn`
            if (found := gapped_turn(text, [*texts, *listing])) is not None:
                who = found[0]
        if who is not None:
            turns[k] = "".join(who.split())
    if len(turns) < MIN_TRANSCRIPT_TURNS:
        return set()
    seen: set[str] = set()
    last = None
    for who in turns.values():
        if who != last and who in seen:
            named = [*texts, *listing]
            return set(turns) | {k for k, text in enumerate(texts) if k not in turns and listed_turn(text, named)}
        seen.add(who)
        last = who
    return set()


_SPACED_FULL_NAME = r"(?:^|(?<=[\s\u3000、，,：:（(・]))%s[ \u3000][\u3040-\u30ff\u4e00-\u9fff]{1,4}(?=[\s\u3000（(、，,）)]|$)"
"""A full name spaced after the surname (``林 大輔``), in a participants' list or anywhere in the record."""
_UNSPACED_LISTED_NAME = r"(?:^|(?<=[\s\u3000、，,：:・]))%s(?P<given>[\u4e00-\u9fff]{1,3})(?=[（(、，,]|[ \u3000]*$)"
"""A full name written unspaced as a participants' list writes it (``出席者：中村浩（…）、林大輔（市まちづくり課）``): the
surname and one to three kanji, then the person's bracket, the list's comma or the line's end; Sudachi must read the
whole as a person's name (:func:`listed_turn`)."""


def listed_turn(text: str, texts: list[str]) -> tuple[str, int, int] | None:
    """A transcript's turn whose speaker is a surname Sudachi reads as a common word (``林：市としては…``, ``東：…``:
    :func:`transcript_speaker` reads no name in it), vouched for by a full name the record prints with that surname
    spaced from the given name (``出席者：…、林 大輔（市まちづくり課）``): ``(speaker, start, end)`` as
    :func:`_transcript_turn` gives it, else ``None``. Asked only where the record shows a transcript already
    (:func:`transcript_turns`). Why (issue 16, helper head83): a round table's one-kanji speaker's turns had been glued
    into the turn before or left unlabelled.

    >>> ts = ["出席者：中村 浩（商店会）、林 大輔（市）", "林：市としては、始めます。"]
    >>> listed_turn(ts[1], ts), listed_turn("目的：本研究は、調べる。", ts)
    (('林', 0, 1), None)
    """
    m = _TRANSCRIPT_COLON.match(text)
    if m is None or m.group("name") is not None or not 1 <= len(m.group("who")) <= 3:
        return None
    who, speech = m.group("who"), m.group("speech")
    if not _JAPANESE_SPEECH.search(speech) or _SPEECH_MARK.search(speech) is None \
            or re.fullmatch(r"[\u4e00-\u9fff]+", who) is None:
        return None
    spaced = re.compile(_SPACED_FULL_NAME % re.escape(who))
    if any(t is not text and spaced.search(t) for t in texts):
        return who, *m.span("who")
    # (written unspaced, ``林大輔``: Sudachi reads the surname and the kanji after it as one person's name; trial 83's
    # round table, helper speak84)
    from pipeline.segment.names import is_person_name  # names reads this module's labels

    unspaced = re.compile(_UNSPACED_LISTED_NAME % re.escape(who))
    if any(t is not text and any(is_person_name(n.group(0)) for n in unspaced.finditer(t)) for t in texts):
        return who, *m.span("who")
    return None


_GAPPED_WHO_REACH = 12
"""Characters of a line a turn's speaker stands in at most, for a lost glyph there to ask :func:`gapped_turn`."""
_NAME_BEFORE = r"(?:^|(?<=[\s\u3000、，,：:（(・]))"
"""What stands before a name a record prints: the line's start, a space, a list's comma, a label's colon, a bracket."""


def gapped_turn(text: str, texts: list[str]) -> tuple[str, int, int] | None:
    """A transcript's turn whose speaker's name lost a glyph (``松\ufffd　皆さん、こんにちは。``,
    ``\ufffd田：皆さん、…``, ``岡\ufffd：…``), shaped as :func:`_transcript_turn` reads a turn (a colon, an ideographic space
    or two spaces, then Japanese speech with a clause's or sentence's mark), and vouched for by the same name printed
    elsewhere in ``texts`` (the record's byline, participants' list, another turn): ``(speaker, start, end)``, the
    speaker the name as printed whole where found (``松本``), else as the turn prints it; ``None`` otherwise.

    The vouching name stands where a record prints a person's name (after a line's start, a space, a comma, a label's
    colon or a bracket) and either fills the turn's gaps with letters Sudachi reads as a person's name (``松本`` in
    ``講師：松本 健一``, ``岡本：…``), or keeps the same gaps and the same letters as a full name (``\ufffd田 真理子`` in a
    byline ``講師　(cid:123)田 真理子``: the same name, lost the same way). The speaker must keep a letter: a label of
    lost glyphs alone says nothing. Why (issue 16 point 2; fresh-user trial 83a's lecture): ``松\ufffd　皆さん、…`` was no
    turn, and its name's gap was offered candidates at the turn's start (restore holds a turn's speaker as a name).

    >>> ts = ["講師：松本 健一（港町郷土史研究会）", "松\ufffd　皆さん、こんにちは。"]
    >>> gapped_turn(ts[1], ts), gapped_turn("\ufffd田：皆さん、こんばんは。", ["講師　\ufffd田 真理子（港北大学）"])
    (('松本', 0, 2), ('\ufffd田', 0, 2))
    >>> gapped_turn("松\ufffd　皆さん、こんにちは。", ["松は春に新芽を摘みます。"]), gapped_turn("\ufffd：はい。", ["\ufffd 一郎"])
    (None, None)
    """
    for shape in (_TRANSCRIPT_COLON, _TRANSCRIPT_SPACE):
        m = shape.match(text)
        if m is None or m.group("name") is not None or (shape is _TRANSCRIPT_SPACE and m.group("one") is not None):
            continue
        who, speech = m.group("who"), m.group("speech")
        if GAP not in who or not 2 <= len(who) <= 4 or re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff\ufffd]+", who) is None \
                or not _JAPANESE_SPEECH.search(speech) or _SPEECH_MARK.search(speech) is None:
            continue
        found = _name_vouching(who, [t for t in texts if t is not text])
        if found is not None:
            return found, *m.span("who")
    return None


def _name_vouching(who: str, texts: list[str]) -> str | None:
    """The name ``texts`` print whole (or lost the same way, as a full name) that the gapped speaker ``who`` is
    (:func:`gapped_turn`); ``None`` where none."""
    from pipeline.segment.names import is_person_name  # names reads this module's labels

    body = "".join(f"(?:[\u3040-\u30ff\u4e00-\u9fff]|{GAP})" if ch == GAP else re.escape(ch) for ch in who)
    pattern = re.compile(_NAME_BEFORE + "(?P<who>" + body + r")(?:(?P<sep>[ \u3000]+)(?P<given>[\u3040-\u30ff\u4e00-\u9fff]{1,4})"
                         r"(?=[\s\u3000（(、，,]|$)|(?=[\s\u3000（(:：、，,]|$))")
    for t in texts:
        for n in pattern.finditer(t):
            name = n.group("who")
            if GAP not in name:
                full = name + (" " + n.group("given") if n.group("given") else "")
                if is_person_name(name) or (n.group("given") and is_person_name(full)):
                    return name
            elif name == who and n.group("given") and GAP not in n.group("given") \
                    and _SENTENCE_MARK.search(t, n.end()) is None and t[n.end():n.end() + 1] not in "、，,":
                # (a full name lost the same way, in a byline or a list: no speech after it, which another turn of
                # the same gapped speaker would be)
                return who
    return None


_QA_TURN = lazyre.compile(r"^[ \u3000]*(?P<label>(?P<mark>[QＱ問AＡ答])[0-9０-９]{0,3})"
                          r"(?:[ \u3000]*[:：.．)）][ \u3000]*|(?P<white>\u3000+|[ ]+))(?P<speech>\S.*)$")
"""An interview's or a Q&A's turn: its question's or answer's mark (``Q``, ``Ｑ``, ``問``; ``A``, ``Ａ``, ``答``), a number
or none, then a colon, a stop or a bracket (``Q:``, ``A.``, ``Ｑ１）``), or white (``Ｑ　…``, ``答　…``), and the speech."""


def qa_turn(text: str) -> str | None:
    """``"Q"`` or ``"A"`` for a line opening on an interview's question or answer (:data:`_QA_TURN`: ``Ｑ　まず、…``,
    ``答　大学で…``, ``Q: How did you start?``, ``A. Firing.``); ``None`` otherwise. A mark set off by white alone opens
    Japanese speech only (``A new kiln…`` is an English sentence's article). One line is only a candidate:
    :func:`qa_turns` asks a question answered.

    >>> qa_turn("Ｑ　まず、今のお仕事について教えてください。"), qa_turn("答　窓口で…"), qa_turn("A: Firing."), qa_turn("Q1. Why?")
    ('Q', 'A', 'A', 'Q')
    >>> qa_turn("A new kiln opened this spring."), qa_turn("問題　次の式を解け。"), qa_turn("Annual report")
    (None, None, None)
    """
    m = _QA_TURN.match(text)
    if m is None or (m.group("white") is not None and not has_japanese(m.group("speech"))):
        return None
    return "Q" if m.group("mark") in "QＱ問" else "A"


def qa_turns(texts) -> set[int]:
    """The indices of ``texts`` that are an interview's or a Q&A's turns (:func:`qa_turn`), where the lines show one:
    a question answered (a question's line, then, as the next turn's line, an answer's) and no answer before the first
    question. Empty otherwise (a lone ``A. Smith`` is an initial, a lone ``問　…`` an exercise). Source: an in-house
    newsletter's relay interview, ``Ｑ　…`` / ``Ａ　…`` (issue 16 point 4, fresh-user trial 79b; helper wrap79).

    >>> sorted(qa_turns(["題", "Ｑ　お仕事は？", "Ａ　検査です。一日に四百台を、寸法、", "騒音で確かめます。"]))
    [1, 2]
    >>> qa_turns(["A. Smith wrote the report.", "Q. Jones read it."]), qa_turns(["Ｑ　お仕事は？", "検査です。"])
    (set(), set())
    """
    turns = {k: who for k, text in enumerate(texts) if (who := qa_turn(text)) is not None}
    order = list(turns.values())
    if not order or order[0] != "Q" or not any(a == "Q" and b == "A" for a, b in zip(order, order[1:])):
        return set()
    return set(turns)


_QUESTION_MARK = lazyre.compile(r"^[ \u3000]*(?P<mark>[―─—━]{1,2}|[◆◇■●▼])[ \u3000]*(?=[^\s\u3000―─—━])")
"""An interview's question mark opening its paragraph (``――家業を継ごうと…``, ``─店を継いだのは…``, ``◆林業の魅力を…``):
a Japanese magazine prints the interviewer's questions after a dash or a bullet, unnamed, and the answers under the
interviewee's name; the dash at a paragraph's start, never one inside a sentence (``…海とともにあった――そう…``)."""
_ANSWER_LABEL = lazyre.compile(r"^[ \u3000]*(?P<who>[^\s\u3000、。，．,.「」『』（）()：:？?！!―─—━◆◇■●▼]{1,8})(?:[ \u3000]*[：:][ \u3000]*|\u3000+)(?=\S)")
"""An interview's answer opening on who answers (``吉川　東京で…``, ``石田：…``): a name of eight letters at most, then a
colon or an ideographic space."""
MIN_INTERVIEW_PAIRS = 2
"""Questions an interview's paragraphs show, each answered right under it by one labelled speaker, at least."""
MAX_INTERVIEW_ANSWERERS = 3
"""Answerers an interview's labels name at most: one (an interview), two (a 対談) or three (a 鼎談); more labels
under the questions are a list's fields, not speakers (helper notice85)."""


def interview_turns(texts) -> dict[int, tuple[int, int]]:
    """An interview's turns in ``texts`` where its paragraphs show one: questions opening on a question mark
    (:data:`_QUESTION_MARK`), each answered by the next paragraph opening on the interviewee's label
    (:data:`_ANSWER_LABEL`), the one label every answer repeats, :data:`MIN_INTERVIEW_PAIRS` pairs at least, no
    question unanswered but the last. ``{index: (start, end)}``: an answer's span is its speaker's name as printed; a
    question's is its mark, as a ``Q``'s is (:func:`qa_turns`): the interviewer is named by no letter of the question,
    and the talk JSON points only at printed text (docs/talk-json.md, *Session 84, inter84*). Empty otherwise. Source:
    the Japanese magazine interview's layout (``――`` questions, ``吉川　…`` answers; helper inter84 after fresh-user
    trial 84a, whose interview's turns had carried no speaker).

    >>> ts = ["前文です。", "――いつですか。", "吉川　三十歳のときです。", "――何をしましたか。", "吉川　仕込みを覚えました。", "続きです。"]
    >>> [ts[k][a:b] for k, (a, b) in sorted(interview_turns(ts).items())]
    ['――', '吉川', '――', '吉川']
    >>> interview_turns(["町は海とともにあった――そう語る人は多い。", "――いつですか。", "三十歳のときです。"])
    {}
    >>> two = ["◆魅力は。", "村上　季節です。", "◆では田中さんは。", "田中　歩くことです。", "村上　同感です。", "◆最後に。", "村上　ぜひ。"]
    >>> [two[k][a:b] for k, (a, b) in sorted(interview_turns(two).items())]  # two answerers (a 対談), in turn
    ['◆', '村上', '◆', '田中', '村上', '◆', '村上']
    >>> interview_turns(["◆魅力は。", "村上　季節です。", "◆伝えたいことは。", "田中　歩くことです。"])  # no one answers twice
    {}

    Two or three answerers (a 対談, a 鼎談: ``◆`` questions answered by ``村上`` and ``田中`` in turn; helper notice85,
    after inter84's limit) are read where one of them answers twice or more; an answer opening on one of their labels
    right under another answer (the second answerer's word on the same question) is a turn too.
    """
    texts = list(texts)
    questions = [k for k, t in enumerate(texts) if _QUESTION_MARK.match(t) is not None]
    if len(questions) < MIN_INTERVIEW_PAIRS:
        return {}
    out: dict[int, tuple[int, int]] = {}
    who: list[str] = []
    for k in questions:
        answer = _ANSWER_LABEL.match(texts[k + 1]) if k + 1 < len(texts) else None
        if answer is None or k + 1 in questions:
            if k != questions[-1]:
                return {}
            continue
        who.append(answer.group("who"))
        out[k] = _QUESTION_MARK.match(texts[k]).span("mark")
        out[k + 1] = answer.span("who")
    if not who or len(set(who)) > MAX_INTERVIEW_ANSWERERS or max(map(who.count, who)) < 2 \
            or len(out) < 2 * MIN_INTERVIEW_PAIRS:
        return {}
    if len(set(who)) > 1:
        # a second answerer's word on the same question, right under the first's answer
        for k in sorted(out):
            j = k + 1
            while j < len(texts) and j not in out and j not in questions \
                    and (m := _ANSWER_LABEL.match(texts[j])) is not None and m.group("who") in who:
                out[j] = m.span("who")
                j += 1
    return dict(sorted(out.items()))


def turn_speakers(texts, listing: tuple[str, ...] = ()) -> dict[int, tuple[int, int]]:
    """Where each of ``texts`` that is a speaker's turn names its speaker: ``{index: (start, end)}``, the speaker as
    printed, its mark, brackets, colon and space left out. A meeting's marked turn (:func:`turn_speaker`: ``○議長
    （山田太郎君）　…``, ``Chair: …``) is one by its shape; a transcript's turn label (:func:`transcript_speaker`,
    :func:`transcript_speaker_en`: a role with a name in brackets, ``司会（中村）``, ``Moderator (Lee)``, a role with a
    letter or a number, ``質問者A``, a speaker's name, ``高橋``, before an ideographic space, one space, a colon or
    the line's end) only where the texts show a transcript (:func:`transcript_turns`: three turns or more, a speaker
    who speaks again after another), and an interview's ``Q:`` / ``A:`` (``Q1``, ``Ｑ``, ``問``) only where a question
    is answered (:func:`qa_turns`). The talk JSON gives the span as the paragraph's ``speaker`` (docs/talk-json.md,
    *A turn's speaker*; the transcript's labels and the Q&A's marks, session 81, helper turns81). ``listing``: the
    record's lines apart from ``texts`` that may print its participants (:func:`listed_turn`).

    >>> ts = ["司会（中村） それでは始めます。", "高橋 ご紹介いただきました高橋です。", "質問者A 伺います。", "高橋 はい、そうです。"]
    >>> [ts[k][a:b] for k, (a, b) in sorted(turn_speakers(ts).items())]
    ['司会（中村）', '高橋', '質問者A', '高橋']
    >>> qa = ["Q1: Why clay?", "A: It was there."]; [qa[k][a:b] for k, (a, b) in turn_speakers(qa).items()]
    ['Q1', 'A']
    >>> turn_speakers(["司会：それでは始めます。"]), turn_speakers(["高橋 はい。", "本文です。"])
    ({}, {})
    """
    texts = list(texts)
    out = {k: span for k, text in enumerate(texts) if (span := turn_speaker(text)) is not None}
    for k in sorted(transcript_turns(texts, listing)):
        if k in out:
            continue
        found = _transcript_turn(texts[k]) or _transcript_turn_en(texts[k]) or listed_turn(texts[k], [*texts, *listing]) \
            or gapped_turn(texts[k], [*texts, *listing])
        if found is None and k + 1 < len(texts):
            # (the first sentence ending on the next line: :func:`transcript_turns`)
            found = _transcript_turn(texts[k].rstrip() + texts[k + 1].strip())
        if found is not None:
            out[k] = found[1:]
    for k in sorted(qa_turns(texts)):
        if k not in out and (m := _QA_TURN.match(texts[k])) is not None:
            out[k] = m.span("label")
    # an interview's dashed questions and labelled answers (:func:`interview_turns`), where no other turn is read or
    # where the turns read are its answers (a 対談's two answerers read as a transcript's speakers: its questions
    # then turns too; helper notice85)
    if (interview := interview_turns(texts)) and set(out) <= set(interview):
        out = interview
    return dict(sorted(out.items()))


_UNMARKED_TURN_JA = lazyre.compile(r"[ \u3000]*(?P<who>[^\s\u3000（()）。、「」○◯〇◎◆◇・]{1,12})" + _TURN_NAME + r"?\u3000+(?=\S)")
"""A speaker's turn a record prints with no mark (``委員長　それでは…``, ``青木委員　次に…``, ``事務局（中村）　…``): the
speaker, the name in brackets or not, then an ideographic space and the speech."""
_GLUED_TURN_AFTER = "。？！?!"
"""What ends a turn's last sentence, right before the next turn glued to it."""
MIN_TURNS_GLUED = 2
"""Paragraphs of a record that open on a speaker's turn at least (marked ones for a marked turn, any for an unmarked
one), for a turn glued after a sentence's end inside a paragraph to be read as the next turn (:func:`turns_apart`)."""


def _turn_at(text: str, k: int, marked: bool) -> bool:
    """A speaker's turn opens ``text`` at ``k``: marked (:func:`speaker_turn`) or unmarked (:data:`_UNMARKED_TURN_JA`,
    the speaker a post, a name and a post, an honorific or a meeting's role: ``_speaker_named``, no name alone)."""
    if marked:
        return speaker_turn(text[k:])
    m = _UNMARKED_TURN_JA.match(text, k)
    return m is not None and _speaker_named(m.group("who"), False) and _SPEECH_MARK.search(text, m.end()) is not None


def turns_apart(paragraphs: list[Text]) -> list[Text]:
    """``paragraphs`` with each speaker's turn glued to the turn before it parted off as a paragraph of its own: a
    record whose paragraphs open on turns (:data:`MIN_TURNS_GLUED` of one kind at least: ``○議長（佐藤一郎）　…``, or
    unmarked, ``委員長　…`` / ``事務局　…``) may print a turn right after the last sentence of the one before it,
    with no line break (``…進めております。青木委員　次に、…``, ``…許します。○議長（佐藤一郎）　５番、…``): each turn is
    a paragraph (decision, issue 16 point 2, helper prog72 after fresh-user trial 71d: two members' turns had been one
    paragraph). A marked turn is parted only in a record of marked turns, an unmarked one in any record of turns; a
    member named in a summary's sentence is no turn (``…回答した。青木委員の提案に…``: no ideographic space after the
    name). Views: nothing is lost.

    >>> ps = [Text.inserted(s) for s in ("委員長　開会します。", "事務局　説明します。計画は順調です。青木委員　質問します。")]
    >>> [p.text for p in turns_apart(ps)]
    ['委員長\u3000開会します。', '事務局\u3000説明します。計画は順調です。', '青木委員\u3000質問します。']
    >>> [p.text for p in turns_apart([Text.inserted("本日は青木委員　ほか２名が欠席した。以上。会長　閉会した。")])]
    ['本日は青木委員\u3000ほか２名が欠席した。以上。会長\u3000閉会した。']
    """
    opening = {marked: sum(_turn_at(p.text, 0, marked) for p in paragraphs) for marked in (True, False)}
    # (a marked turn glued only in a record of marked turns; an unmarked one in any record of turns, whose members'
    # turns a transcript may leave unmarked: ``…更新しております。山田議員　関連して…`` among ``○…`` turns)
    kinds = [marked for marked in (True, False)
             if (opening[True] if marked else opening[True] + opening[False]) >= MIN_TURNS_GLUED]
    if not kinds:
        return list(paragraphs)
    out: list[Text] = []
    for p in paragraphs:
        text = p.text
        cuts = [k for k in range(1, len(text)) if text[k - 1] in _GLUED_TURN_AFTER
                and any(_turn_at(text, k, marked) for marked in kinds)]
        at = 0
        for k in cuts:
            out.append(p[at:k])
            at = k
        out.append(p[at:] if at else p)
    return out


def turn_head(text: str) -> bool:
    """A Japanese speaker's turn whose speech starts on the next line: the mark and the speaker alone on the line
    (``○山田会長``, ``○都市計画課長``, ``○佐藤花子``, ``○委員長（山田太郎）``), named as :func:`speaker_turn` names one.
    A ``○`` item of a list names no speaker (``○ルビの位置``, ``○参加費``).

    >>> turn_head("○山田会長"), turn_head("○都市計画課長"), turn_head("○委員長（山田太郎）"), turn_head("○佐藤花子")
    (True, True, True, True)
    >>> turn_head("○ルビの位置"), turn_head("○参加費"), turn_head("○山田会長　開会します。"), turn_head("山田会長")
    (False, False, False, False)
    >>> turn_head("○山田太郎（東北大学）")  # a paper's presenter, with an affiliation
    False
    """
    m = _TURN_HEAD_JA.match(text)
    return m is not None and _named_turn(m, m.group("name") is None)


KEYWORD_LABELS = frozenset(k.casefold() for k in (
    *_KEYWORD_FIELDS, "Keyword", "Index terms", "Mots-clés", "Mots clés", "Mots-clefs", "Schlüsselwörter",
    "Schlüsselworte", "Stichwörter", "Schlagwörter", "Palabras clave", "Palavras-chave", "Parole chiave", "Trefwoorden",
    "Nyckelord", "Słowa kluczowe", "关键词", "关键字", "關鍵詞", "MSC", "MSC 2020", "MSC2020", "MSC 2010",
    "JEL", "JEL classification", "JEL codes", "PACS", "ACM CCS", "CCS Concepts", "AMS subject classification",
    "Mathematics Subject Classification", "Subject classification"))
"""Labels of a paper's keyword and classification fields, in the languages journals and thesis classes print them
(``Keywords:``, ``Mots-clés :``, ``Schlüsselwörter:``, ``キーワード：``, ``MSC:``, ``JEL:``), compared in any case: a closed
list beside :data:`FIELD_LABELS`, read by :func:`field_line`."""
_LABEL_AND_VALUE = lazyre.compile(r"^\s*(?P<label>[^:：]{1,40}?)\s?[:：](?P<value>.*)$")
_SPACED_LABEL = lazyre.compile(r"^(?:[\u3400-\u9fff\u3040-\u30ff](?:\s|\u3000)+){1,9}[\u3400-\u9fff\u3040-\u30ff]$"
                           r"|^(?:[A-Z]\s){1,5}[A-Z]$")
"""A label spaced out to the width of its column, letter by letter (``学 校 代 码``, ``分 类 号``, ``密 级``, ``U D C``):
a form's label."""
_CODE = lazyre.compile(r"^[0-9A-Z][0-9A-Za-z.\-]*[0-9][0-9A-Za-z.\-]*$")
"""A classification code (``11B13``, ``86A05``, ``R41``, ``C21``, ``68T50``)."""


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def field_line(text: str) -> str | None:
    """The label of a front-matter field line: a short label ending in a colon (ASCII or full-width, with or without a
    space before it), then its value or nothing; ``None`` otherwise. The label is one of:

    * a keyword's or classification's label (:data:`KEYWORD_LABELS`) or a listed field label (:data:`FIELD_LABELS`),
      in any case (``Mots-clés : foo, bar``, ``msc : 11B13``, ``Schlüsselwörter: Gezeiten``, ``キーワード：潮汐``);
    * a CJK label spaced out to its column's width (``学 校 代 码:``, ``分 类 号: 000``), or one CJK character alone
      before the colon (``级: 公开``, the last piece of ``密 级``): a form's;
    * a label of up to three words whose value stands in the next cell (a TAB after the colon: ``研究生姓名:⇥陆小凤``);
    * one word, when the value is a list (two items or more parted by commas or semicolons) each a classification
      code or in small Latin letters (``Topics: tides, moorings``, ``Codes: R41, C21``; a Japanese or Chinese
      sentence after a colon, ``注意：…，…``, is none).

    Such a line is a field: never a title, a person's name or a section's heading. A title's own colon opens no such
    label (``港湾都市：その歴史と展望``, ``Port Cities: A History``, ``Ports: Trade, Tourism and Fishing``).

    >>> field_line("Mots-clés : foo, bar, baz."), field_line("msc : 11B13, 11B30"), field_line("キーワード：潮汐，係留")
    ('Mots-clés', 'msc', 'キーワード')
    >>> field_line("学 校 代 码:"), field_line("分 类 号: 000"), field_line("Topics: tides, moorings"), field_line("JEL: R41, C21")
    ('学 校 代 码', '分 类 号', 'Topics', 'JEL')
    >>> field_line("级: 公开"), field_line("序：港の話"), field_line("U D C:"), field_line("研究生姓名:\\t陆小凤")
    ('级', '序', 'U D C', '研究生姓名')
    >>> field_line("港湾都市：その歴史と展望"), field_line("Port Cities: A History"), field_line("Ports: Trade, Tourism and Fishing")
    (None, None, None)
    >>> field_line("10:00 Opening"), field_line("http://example.org"), field_line("注意：模板的作用在于减少时间，否则")
    (None, None, None)

    An English minutes' field set off by two spaces or more instead of its colon (:data:`MEETING_FIELD_LABELS_EN`) is
    one too: ``Present  A. Smith, B. Jones`` as ``Present: A. Smith, B. Jones``.

    >>> field_line("Present  A. Smith, B. Jones"), field_line("Apologies  C. Brown"), field_line("Present A. Smith")
    ('Present', 'Apologies', None)
    """
    if (spaced := _SPACED_FIELD_EN.match(text)) is not None:
        return spaced.group(1)  # an English minutes' field without its colon (``Present  A. Smith``), as ``Present: …``
    m = _LABEL_AND_VALUE.match(text)
    if m is None:
        return None
    label, value = m.group("label").strip(), m.group("value").strip()
    if not label or value.startswith("//") or label[-1:].isdigit() and value[:1].isdigit():
        return None
    key = " ".join(label.split())
    if key.casefold() in KEYWORD_LABELS or key in FIELD_LABELS or key[:1].upper() + key[1:].lower() in FIELD_LABELS:
        return label
    if _SPACED_LABEL.match(label) or _SPACED_LABEL.match(f"{label} {label}") and len(label) == 1:
        return label  # a spaced label, or one CJK character of it alone (``密`` / ``级: 公开``, the PDF's lines)
    if m.group("value").startswith("\t") and len(label.split()) <= 3 and len(label) <= 20 and label[:1].isalpha():
        return label  # a form's row: the label's cell, its colon, and the value in the next cell (``研究生姓名:⇥陆小凤``)
    if len(label.split()) != 1 or len(label) > 20 or not label[:1].isalpha():
        return None
    items = [i.strip(" .") for i in re.split(r"[,，、;；]", value)]
    if len(items) >= 2 and all(items) and all(_CODE.match(i) or (re.search("[a-z]", i) and i == i.lower())
                                              for i in items):
        return label
    return None


def keyword_field(text: str) -> bool:
    """A keyword's or classification's field line (:func:`field_line` whose label is one of :data:`KEYWORD_LABELS`):
    it opens its own line, never a wrap of the line before it (nwejm's ``msc : 11B13, 11B30``).

    >>> keyword_field("msc : 11B13, 11B30, 11P70."), keyword_field("キーワード：潮汐，係留"), keyword_field("A: BACKGROUND” (note that")
    (True, True, False)
    >>> keyword_field("Index Terms—air quality, sensors"), keyword_field("Keywords — tides"), keyword_field("Results—a summary")
    (True, True, False)
    >>> keyword_field("INDEX TERMS noise, cycling"), keyword_field("KEYWORDS noise"), keyword_field("INDEX TERMS ARE LISTED below")
    (True, True, False)
    """
    label = field_line(text)
    if label is None and (dashed := _DASHED_LABEL.match(text)) is not None:
        label = dashed.group("label")  # IEEE's ``Index Terms—…``, ``Keywords—…``: the label set off by a dash
    if label is None and (caps := _CAPITALS_LABEL.match(text)) is not None:
        label = caps.group("label")  # IEEE Access's ``INDEX TERMS noise, …``: the label in capitals, a space after it
    return label is not None and " ".join(label.split()).casefold() in KEYWORD_LABELS


_CAPITALS_LABEL = lazyre.compile(r"^\s*(?P<label>[A-Z][A-Z ]{2,30}[A-Z])\s+(?=[a-z0-9])")
"""A label in capitals set off from its value by a space alone, the value opening in small letters or a digit, as
IEEE Access prints ``INDEX TERMS noise, cycling`` and ``KEYWORDS …`` (read for a keyword's label only, whose list is
closed: :func:`keyword_field`; helper paper73)."""
_DASHED_LABEL = lazyre.compile(r"^\s*(?P<label>[^—–:：]{1,40}?)\s*[—–]\s*\S")
"""A label set off from its value by an em or en dash instead of a colon, as IEEE's templates set ``Index Terms—…``
and ``Abstract—…`` (read for a keyword's label only: :func:`keyword_field`)."""


KEYWORD_SEPARATORS = ";,，、；・"
"""What parts a keyword field's terms (``noise; cycling``, ``騒音，自転車``, ``騒音・自転車``)."""
MAX_KEYWORD_WORDS = 4
"""Words an English keyword has at most (``urban road traffic noise``)."""
MAX_KEYWORD_CHARS_JA = 15
"""Characters a Japanese keyword has at most."""
MAX_KEYWORD_REST = 80
"""Characters a keyword field's wrapped rest holds at most (one line of a paper's column)."""


def keyword_rest(field: str, text: str) -> bool:
    """``text``, the line (or paragraph) right under the keyword field ``field`` (:func:`keyword_field`), is that
    field's wrapped rest, no text of its own: the field goes on (it ends on a term's separator, or the rest opens in
    small letters or on a separator, or a Japanese rest holds one), and the rest is terms alone, each
    :data:`MAX_KEYWORD_WORDS` words at most (:data:`MAX_KEYWORD_CHARS_JA` characters in Japanese), no sentence, no
    field of its own, a full stop at its end at most.

    Why (issue 16 point 2, helper paper73; session 72's open note): ``Keywords: noise; cycling;`` / ``urban roads``
    had left ``urban roads`` as the abstract's last paragraph.

    >>> keyword_rest("Keywords: noise; cycling;", "urban roads"), keyword_rest("Index Terms—noise, cycling, urban", "roads, exposure.")
    (True, True)
    >>> keyword_rest("キーワード：騒音，自転車，", "都市道路"), keyword_rest("キーワード：騒音，自転車，都市", "道路，暴露")
    (True, True)
    >>> keyword_rest("Keywords: noise; cycling; exposure", "Malmo"), keyword_rest("Keywords: noise; cycling;", "JEL: R41")
    (False, False)
    >>> keyword_rest("Keywords: noise; cycling;", "Cyclists on arterial roads are exposed to traffic noise for most of their trip.")
    False
    >>> keyword_rest("キーワード：騒音，自転車", "本研究では都市公園の利用実態を調査した。")
    False
    """
    f, s = field.rstrip(), " ".join(text.split())
    if not s or len(s) > MAX_KEYWORD_REST or keyword_field(s) or field_line(s) is not None:
        return False
    body = s[:-1] if s.endswith(".") else s
    if any(c in body for c in ".。!?！？"):
        return False
    japanese = has_japanese(s)
    goes_on = f[-1:] in KEYWORD_SEPARATORS or s[:1] in KEYWORD_SEPARATORS or s[:1].islower() \
        or (japanese and any(c in s for c in KEYWORD_SEPARATORS))
    if not goes_on:
        return False
    terms = [t.strip() for t in re.split(f"[{KEYWORD_SEPARATORS}]", body) if t.strip()]
    if japanese:
        return bool(terms) and all(len(t) <= MAX_KEYWORD_CHARS_JA for t in terms)
    return bool(terms) and all(len(t.split()) <= MAX_KEYWORD_WORDS for t in terms)


ABSTRACT_NAMES = frozenset({"abstract", "summary", *ABSTRACT_WORDS_JA, ABSTRACT_DIGEST_JA, "アブストラクト", "요약", "초록", "국문초록",
                            *ABSTRACT_NAMES_LATIN})
"""Names of a paper's abstract (keys as :func:`is_section_name` compares them, a trailing dash dropped too:
``Abstract—``): the part a keyword's field line stands under as front matter (:func:`~.sections.keywords_in_front`)."""


def is_abstract_name(text: str) -> bool:
    """A heading that only names the abstract (:data:`ABSTRACT_NAMES`), framed or not, with a colon or a dash after it.

    >>> is_abstract_name("Abstract—"), is_abstract_name("【要旨】"), is_abstract_name("ABSTRACT:"), is_abstract_name("Summary of results")
    (True, True, True, False)
    """
    key = re.sub(rf"[\s{re.escape(_NAME_FRAME)}]+", "", text.strip().rstrip(":：—–-")).lower()
    return key in ABSTRACT_NAMES


NOTICE_FIELD = lazyre.compile(r"^([^\s　、。，,：:()（）「」]{1,6})(?:　+|\s*[：:]\s*)\S{2}")
"""A Japanese notice's field by its shape (``日時　11月23日…``, ``会場：体育館``): a short label of one to six
characters with no space, bracket or punctuation in it, then an ideographic space or a colon, then a value of two
characters or more. It asks nothing of the label's words (no list, unlike :func:`form_field`) and nothing of its
script, so it is weak alone: paragraph joining counts it only in a run of two or more such lines
(:func:`pipeline.segment.paragraphs._field_runs`), where no prose line reads so twice over."""

NOTICE_LABELS = ("とき", "ところ", "内容", "費用", "料金", "出演", "出演者")
"""A Japanese notice's own labels that :data:`FIELD_LABELS` leaves out: when and where in kana (``と き　…`` /
``ところ　…``, a flyer's pair), what, what it costs, who performs."""
_LISTED_FIELD = lazyre.compile(
    r"^[ \u3000]*(" + "|".join("[ \u3000]?".join(map(re.escape, label)) for label in sorted(
        {*(f for f in FIELD_LABELS if has_japanese(f)), *NOTICE_LABELS}, key=len, reverse=True))
    + r")(?:[ \u3000]*[：:][ \u3000]*|[ \u3000]+)(?=[^\s\u3041-\u309f：:、。])")


def listed_field(text: str) -> str | None:
    """The label of a Japanese notice's field line by a listed label (:data:`FIELD_LABELS`' Japanese ones and
    :data:`NOTICE_LABELS`), set close or spaced out letter by letter, then a colon or any white, ASCII too, and a value
    that opens on no hiragana (``参加費 無料（…）``, ``と き　令和七年…``, ``会場 人吉市…``); ``None`` otherwise. Unlike
    :data:`NOTICE_FIELD` it needs no run of such lines: the label is listed, so the line is a field alone, never a
    wrapped line's rest (issue 16, session 75, helper notice75: fresh-user trial 75b's ``…山下 健太 氏`` +
    ``参加費 無料`` and ``…（十二時半開場）`` + ``ところ　横浜市…`` had each been one line).

    >>> listed_field("参加費 無料（どなたでも）"), listed_field("と き　令和七年十一月八日"), listed_field("ところ　横浜市")
    ('参加費', 'とき', 'ところ')
    >>> listed_field("会場は本庁舎の3階"), listed_field("日程 の変更について"), listed_field("ところが翌日は雨")
    (None, None, None)
    """
    m = _LISTED_FIELD.match(text)
    return re.sub(r"[ \u3000]", "", m.group(1)) if m is not None else None


LABELLED_ENTRY = lazyre.compile(r"^([^\s:：]+(?:\s[^\s:：]+){0,2})\s?[:：]\s*\S")
"""An entry of a schedule or a list by its label and a colon (``Week 2: Linked lists``, ``Step 3: Deploy``): a label of
one to three words parted by single spaces (any length, any script), then a colon, never an ideographic space, then
its value (the label is group 1). Unlike :data:`NOTICE_FIELD` it takes English labels of several words and refuses the ideographic space
(``日時　…``: no colon, no entry); unlike :func:`form_field` it takes any label. Section splitting counts such lines
as records (:func:`pipeline.segment.sections._record`): a block of them under a short phrase shows that phrase a
heading."""


def is_items_mark(text: str) -> bool:
    """A Japanese notice's ``記`` alone on its line: the mark 公用文 sets over a notice's items (下記のとおり…/ ``記`` /
    ``１　日時　…`` … / ``以上``), the counterpart of the ``以上`` that closes them. It stays ``front``; the numbered
    lines under it are the notice's items (issue 16, helper notice57).

    >>> is_items_mark("記"), is_items_mark("　記　"), is_items_mark("記録"), is_items_mark("下記のとおり")
    (True, True, False, False)
    """
    return text.strip(" \u3000\t") == "記"


def is_notice_field(text: str) -> bool:
    """A line in the shape of a notice's field (:data:`NOTICE_FIELD`).

    >>> is_notice_field("日時　11月23日"), is_notice_field("会場：体育館"), is_notice_field("本日は晴れである。")
    (True, True, False)
    >>> is_notice_field("Week 2: Linked lists")  # a label of two words: a labelled entry, no notice's field
    False
    """
    return NOTICE_FIELD.match(text) is not None


def is_labelled_entry(text: str) -> bool:
    """A line in the shape of a labelled entry (:data:`LABELLED_ENTRY`).

    >>> is_labelled_entry("Week 2: Linked lists"), is_labelled_entry("Step 3: Deploy"), is_labelled_entry("日時　11月23日")
    (True, True, False)
    >>> is_labelled_entry("The committee met on Tuesday: all came.")  # more than three words before the colon
    False
    """
    return LABELLED_ENTRY.match(text) is not None


MAX_VALUE_LABEL = 24
"""Characters the label of a line that gives a label and its value has at most (three words, ``Next meeting``)."""


def value_label(text: str) -> str | None:
    """The label of a line that gives a label and then its value: a form's field (:func:`form_field`), or a labelled
    entry (:data:`LABELLED_ENTRY`) whose label opens on a capital or a Japanese letter and is short
    (:data:`MAX_VALUE_LABEL`): minutes' ``Decision: mobile app moves to Q3.``, ``Next meeting: 21 March``,
    ``決定：次回に継続審議``. Never a web address's scheme (``http://…``), a clock time (``10:00``), a phrase in
    small letters carried on (``things: apples, …``) or a label with a comma or a full stop in it (a phrase, a
    reference's ``Bd. 61. Detroit: Gale``). Such a line stands as a line of its own after a sentence's end,
    as a list's item does (:func:`pipeline.segment.paragraphs.join_wraps`).

    >>> value_label("Decision: mobile app moves to Q3."), value_label("Next meeting: 21 March 2026"), value_label("決定：継続審議")
    ('Decision', 'Next meeting', '決定')
    >>> value_label("http://example.org"), value_label("10:00 Opening"), value_label("things: apples and pears"), value_label("Action items:")
    (None, None, None, None)
    >>> value_label("Latin character, 16–19: Japanese character.") is None  # a phrase with a comma labels nothing
    True
    >>> value_label("Bd. 61. Detroit: Gale, 1990") is None  # nor a reference's run with full stops in it
    True
    """
    label = form_field(text)
    if label is not None:
        return label
    m = LABELLED_ENTRY.match(text.strip())
    if m is None:
        return None
    label = m.group(1)
    return label if _label_shaped(label) and not any(c in label for c in ",，、.．。") else None


MAX_TITLED_LABEL_WORDS = 6
MAX_TITLED_LABEL = 40
"""A title-cased label before its colon and value has at most 6 words and 40 characters (``Young Player of the
Year``, ``Most Improved Rower``): an award's, a prize's or a role's name."""

_TITLED_LABEL = lazyre.compile(r"^([A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|[a-z]{1,3}|&)){0,5})\s?:\s+(\S.*)$")


def titled_label(text: str) -> str | None:
    """The label of an English line that gives a title-cased name, a colon and its value (``Player of the Year: Tom
    Hadley``, ``Young Player of the Year: Oliver Grant``, ``Coach's Award: Lucy Tan``): every word of the label
    capitalised but short joining words (``of``, ``the``), its last word capitalised, at most
    :data:`MAX_TITLED_LABEL_WORDS` words. Longer than :func:`value_label`'s three words, so it is read only where such
    lines stand one under another, siblings vouching for each other (an awards list, a cast, a roster of roles:
    :func:`pipeline.segment.paragraphs.join_wraps`).

    >>> titled_label("Young Player of the Year: Oliver Grant"), titled_label("Coach's Award: Lucy Tan")
    ('Young Player of the Year', "Coach's Award")
    >>> titled_label("The results of the survey: most agreed."), titled_label("Player of the year: Tom"), titled_label("10:30 Tea")
    (None, None, None)
    """
    m = _TITLED_LABEL.match(text.strip())
    if m is None:
        return None
    label = m.group(1)
    if len(label) > MAX_TITLED_LABEL or not label.split()[-1][:1].isupper():
        return None
    return label


def _label_shaped(label: str) -> bool:
    """A label as a line that labels sets it: at most :data:`MAX_VALUE_LABEL` characters, opening on a capital or a
    Japanese letter (:func:`value_label`, :func:`label_alone`)."""
    first = label[:1]
    return len(label) <= MAX_VALUE_LABEL and (first.isupper() or "\u3040" <= first <= "\u9fff")


_LABEL_ALONE = lazyre.compile(r"^([^\s:：]+(?:\s[^\s:：]+){0,3})\s?([:：])?$")


def label_alone(text: str, bare: bool = False) -> str | None:
    """The label of a line that is a label and its colon alone, over the list or the fields it labels (minutes'
    ``Action items:``, ``Attendees:``, ``決定事項：``): up to four words, at most :data:`MAX_VALUE_LABEL` characters,
    opening on a capital or a Japanese letter; a sentence that opens a list (``The following script shows a minimal
    example:``) is none.

    >>> label_alone("Action items:"), label_alone("決定事項："), label_alone("The following script shows a minimal example:")
    ('Action items', '決定事項', None)
    >>> label_alone("Next meeting: 21 March"), label_alone("steps:"), label_alone("Action items")
    (None, None, None)

    With ``bare``, the colon may be left out (``Action items`` over its ``- …`` items, trial 41's minutes), where the
    line ends on no mark of a sentence or a phrase going on (a full stop, a comma, a semicolon, a dash) and is no
    list's item or numbered line: the caller has the evidence the colon would give (the list under it, in
    :func:`~pipeline.segment.sections.closing_blocks`).

    >>> label_alone("Action items", bare=True), label_alone("決定事項", bare=True), label_alone("Action items:", bare=True)
    ('Action items', '決定事項', 'Action items')
    >>> label_alone("None.", bare=True), label_alone("- Tom", bare=True), label_alone("2025", bare=True), label_alone("and so on", bare=True)
    (None, None, None, None)
    """
    m = _LABEL_ALONE.match(text.strip())
    if m is None or (m.group(2) is None and not bare):
        return None
    label = m.group(1)
    if m.group(2) is None and (label[-1] in ".,;!?。、，．！？-–—" or item_mark(label) is not None
                               or explicit_number(label) is not None or not any(ch.isalpha() for ch in label)):
        return None
    return label if _label_shaped(label) else None


def item_mark(text: str) -> str | None:
    """The kind of list mark a line opens with: a bullet (``・``, or a mark then a space: ``- ``, ``■ ``), a
    number (``1. ``, ``2) ``), a bracketed number (``（1）``) or a circled one (``①``); else ``None``.

    >>> item_mark("・駅前広場"), item_mark("- Sister city"), item_mark("2) 方法"), item_mark("（1）概要"), item_mark("1.5倍")
    ('・', '-', 'number', 'bracketed', None)
    """
    m = ITEM_MARK.match(text.strip())
    if m is None:
        return None
    return ("・" if m.group(1) else m.group(2) if m.group(2) else "number" if m.group(3) else "bracketed" if m.group(4)
            else "circled")


CONTACT_HEADINGS = frozenset(h.casefold() for h in (
    *_CONTACT_WORDS, *_CONTACT_PLACES, *_ENQUIRIES, "お問合せ", "お問合せ先", "問い合せ先", "ご連絡先", "申込・問合せ先",
    "申し込み・問い合わせ先", "お申し込み・お問い合わせ", "Contacts", "Contact us", "Contact information", "Contact details",
    "Further information", "For more information", "For further information",
    # a press release's closing contact (helper web55, trial 54c: ``Media Contact`` had been a paragraph of ``About …``)
    "Media Contact", "Media Contacts", "Press Contact", "Press Contacts", "Media Inquiries", "Media Enquiries",
    "Press Inquiries", "Press Enquiries", "Media Relations", "Press Office", "報道関係者からのお問い合わせ",
    "報道関係のお問い合わせ", "報道機関からのお問い合わせ",
    # a Korean and a Chinese notice's (fresh-user trial 64d: ``문의처``, ``联系方式`` over the office and its telephone)
    *_CONTACT_WORDS_KO_ZH))
"""Headings of a document's closing contact block (``問い合わせ先``, ``お問い合わせ``, ``Contact``, ``Enquiries``,
a press release's ``Media Contact``), compared without spaces' difference, case, a mark or brackets around it, or a
colon after it."""

CONTACT_LABELS = frozenset(h.casefold() for h in (
    *_CONTACT_WORDS, *_CONTACT_PLACES, *_CONTACT_MEANS, *_MAIL, "担当者", "担当課", "電話番号", "ファクス", "ファックス", "Eメール",
    "Mail", "所在地", "Tel.", "Mobile", "携帯", "URL", "Web", "ホームページ", "受付時間", "内線",
    *_CONTACT_WORDS_KO_ZH, *_CONTACT_MEANS_KO_ZH, *_CONTACT_MEANS_DE))
"""Labels of a line that gives a means of contact (``担当：…``, ``電話：…``, ``TEL　03-…``, ``E-mail: …``), compared in
any case."""
GLUED_CONTACT_LABELS = (*_CONTACT_NUMBERS, "ＴＥＬ", "ＦＡＸ", *_MAIL)
"""Labels a notice sets straight before the number or address they label, no space or colon between (``電話072−615−0111``,
``TEL03-…``), as written: :func:`pipeline.segment.contacts.one_line_contact` reads such a piece."""

_CONTACT_NUMBER = lazyre.compile(r"^(?:[（(]?[0-9０-９]{1,2}[)）.．、]?)\s*")
"""A contact heading's number (``７．問い合わせ先``: a notice's last numbered item)."""
CONTACT_HEADING_OPENERS = "■□◆◇●○◎・【〔［[〈《<＜"
"""Marks and opening brackets a contact heading's words may stand behind (``■お問い合わせ``, ``【お問い合わせ】``)."""
CONTACT_HEADING_CLOSERS = "】〕］]〉》>＞:："
"""Closing brackets and colons a contact heading's words may stand before (``【お問い合わせ】``, ``Contact:``)."""
_CONTACT_HEADING_TRIM = " \u3000\t" + CONTACT_HEADING_OPENERS + CONTACT_HEADING_CLOSERS
_CONTACT_LEAD = lazyre.compile(rf"^[（({re.escape(CONTACT_HEADING_OPENERS)}]([^\s\u3000（()）{re.escape(CONTACT_HEADING_CLOSERS)}]{{1,12}})"
                               rf"[）){re.escape(CONTACT_HEADING_CLOSERS)}][ \u3000]*(?=\S)")
CONTACT_PERSON = ("担当", "担当者", "担当課")
"""A notice's heading of whom to contact (``（担当）総務課　佐藤``): a contact line's label, and in brackets a heading."""


def contact_lead(text: str) -> tuple[str, int] | None:
    """A contact heading's words in brackets (or behind a mark, before a colon) glued to the office on a one-line
    contact, and where the rest starts: ``（担当）総務課　佐藤　電話…`` → ``('担当', 4)``, ``（問い合わせ）北浜町…``; round
    brackets too, and a notice's ``（担当）`` is such a heading (helper notice57). ``None`` for any other lead.

    >>> contact_lead("（担当）総務課　佐藤　電話045-123-4567"), contact_lead("【問合せ】広報課"), contact_lead("（注）雨天中止")
    (('担当', 4), ('問合せ', 5), None)
    """
    m = _CONTACT_LEAD.match(text)
    if m is None or not (is_contact_heading(m.group(1)) or m.group(1) in CONTACT_PERSON):
        return None
    return m.group(1), m.end()


def is_contact_heading(text: str) -> bool:
    """A heading of a closing contact block alone on its line (:data:`CONTACT_HEADINGS`).

    >>> is_contact_heading("問い合わせ先"), is_contact_heading("【お問い合わせ】"), is_contact_heading("Contact:")
    (True, True, True)
    >>> is_contact_heading("７．問い合わせ先"), is_contact_heading("5. Contact")
    (True, True)
    >>> is_contact_heading("担当：山口"), is_contact_heading("Contact us if you need help.")
    (False, False)
    >>> is_contact_heading("For further information, please contact:"), is_contact_heading("Contact the authors")
    (True, True)
    >>> is_contact_heading("Authors' addresses"), is_contact_heading("Please contact the office before you visit.")
    (True, False)
    >>> is_contact_heading("【本件に関する問い合わせ先】"), is_contact_heading("■イベントについてのお問い合わせ")
    (True, True)
    >>> is_contact_heading("本件に関するお問い合わせは、下記までお願いします。"), is_contact_heading("【問い合わせの多い質問】")
    (False, False)
    >>> is_contact_heading("本件に関するお問い合わせ"), is_contact_heading("このページに関するお問い合わせ")
    (True, False)
    >>> is_contact_heading("＜問い合わせ先＞"), is_contact_heading("報道関係者のお問い合わせ"), is_contact_heading("報道関係者の皆様へ")
    (True, True, False)
    >>> is_contact_heading("３　申込み・問合せ先"), is_contact_heading("【お問い合わせ・お申込み】")
    (True, True)
    """
    words = _CONTACT_NUMBER.sub("", text.strip(_CONTACT_HEADING_TRIM)).strip(_CONTACT_HEADING_TRIM)
    if (text.strip()[:1] in CONTACT_HEADING_OPENERS or _THIS_MATTER.match(words)) and (m := _CONTACT_ABOUT.match(words)) is not None:
        words = words[m.end():].strip(_CONTACT_HEADING_TRIM)  # ``本件に関する問い合わせ先``: the heading, said of what
    return words.casefold() in CONTACT_HEADINGS or _PRESS_CONTACT.match(words) is not None \
        or _CONTACT_REQUEST.match(text.strip()) is not None or _joined_contact_heading(words)


_APPLICATION = lazyre.compile(r"^(?:お|ご)?(?:申し?込み?|予約|相談|受付)(?:先|窓口)?$")
"""An application's word a notice joins to its contact heading (``申込み``, ``お申し込み``, ``予約``, ``相談``,
``申込先``): where to apply is where to ask."""


def _joined_contact_heading(words: str) -> bool:
    """Words of a heading joined by ``・`` (``申込み・問合せ先``, ``お問い合わせ・申込先``, ``予約・問い合わせ``), each a contact
    heading's (:data:`CONTACT_HEADINGS`) or an application's (:data:`_APPLICATION`), one at least a contact heading's:
    a notice's contact heading in any of the spellings it joins them in; the list held two of them whole, and
    ``申込み・問合せ先`` (fresh-user trial 62d) was no heading, so the telephone and fax lines under it had gone to
    ``front``. A ``先`` closing the last word is the whole heading's (``申込み・問合せ先`` is 申込み先 and 問合せ先).

    >>> [_joined_contact_heading(s) for s in ("申込み・問合せ先", "お問い合わせ・申込先", "予約・問い合わせ", "相談・連絡先")]
    [True, True, True, True]
    >>> [_joined_contact_heading(s) for s in ("申込み・予約", "問い合わせ", "日時・場所", "料金・問合せの多い質問")]
    [False, False, False, False]
    """
    parts = words.split("・")
    if len(parts) < 2 or not all(parts):
        return False
    shared = "先" if parts[-1].endswith("先") else ""
    contacts = [p.casefold() in CONTACT_HEADINGS or (p + shared).casefold() in CONTACT_HEADINGS for p in parts]
    return any(contacts) and all(c or _APPLICATION.match(p) is not None for c, p in zip(contacts, parts))


_PRESS_CONTACT = lazyre.compile(r"^報道(?:関係者?|機関)(?:の方)?(?:から|向け)?の?(?:お|ご)?問い?合わ?せ(?:先|窓口)?$")
"""A press release's contact heading for the press, in the spellings releases use (``報道関係者のお問い合わせ``,
``報道機関からのお問い合わせ先``, ``報道関係者向け問合せ窓口``): helper prog58, where ``報道関係者のお問い合わせ`` had been
the last section's paragraph."""


_CONTACT_ABOUT = lazyre.compile(r"^[^\s、。，．：:]{1,10}?(?:に関する|についての|について|に係る|の)(?=[\s\u3000]*(?:ご|お)?(?:問|連絡|照会))")
"""What a Japanese contact heading says it is about, before the heading's words (``本件に関する``, ``イベントについての``,
``申込みの``): a press release's ``【本件に関する問い合わせ先】`` is its closing contact heading as ``【お問い合わせ】``
is (issue 16, helper notes55, trial 55b: unread, the bracketed line was weighed a slide's bullet and the release a
deck). Ten characters at most, no punctuation: a sentence that asks is no heading. Only behind a mark or an opening
bracket (set as a heading): a web page's bare ``このページに関するお問い合わせ`` stays its last section's text as before
(``tests/test_segment_web54.py``)."""


_PRESS_CONTACT_EN = frozenset(h.casefold() for h in (
    "Media Contact", "Media Contacts", "Press Contact", "Press Contacts", "Media Inquiries", "Media Enquiries",
    "Press Inquiries", "Press Enquiries", "Media Relations", "Press Office", "Press Office Contact"))


def press_contact_heading(text: str) -> bool:
    """A contact heading only a press release sets, the press's own (``Media contact:``, ``Press Contact``,
    ``報道関係者お問い合わせ先``, ``【報道関係者のお問い合わせ】``): it says the document is a release as its label would.

    >>> press_contact_heading("Media contact:"), press_contact_heading("【報道関係者のお問い合わせ】"), press_contact_heading("Contact")
    (True, True, False)
    """
    words = text.strip(_CONTACT_HEADING_TRIM)
    return " ".join(words.split()).casefold() in _PRESS_CONTACT_EN or _PRESS_CONTACT.match(words) is not None


_THIS_MATTER = lazyre.compile(r"^本(?:件|事業|発表|リリース|資料)(?:に関する|についての|について|に係る|の)")
"""``本件に関する``: a heading said of *this matter*, as a release or notice heads its closing contact, bare on its line
(``本件に関するお問い合わせ``: issue 16, helper press66, where it had been the release's last paragraph); a web page's bare
``このページに関するお問い合わせ`` says no such thing and stays as it was (:data:`_CONTACT_ABOUT`)."""


_CONTACT_REQUEST = lazyre.compile(
    r"^(?:(?:For\s+(?:further|more)\s+(?:information|details)|For\s+enquiries|For\s+inquiries|Questions?)[,:]?\s+)?"
    r"(?:please\s+)?(?:contact|write\s+to|address\s+(?:enquiries|inquiries|correspondence)\s+to)"
    r"(?:\s+(?:the\s+)?(?:authors?|editors?|organi[sz]ers?|secretariat|us|me))?\s*:?$"
    r"|^(?:Authors?['’]?\s+(?:contact\s+)?address(?:es)?|Address(?:es)?\s+for\s+correspondence|Correspondence"
    r"|(?:Authors?['’]?\s+)?Affiliations?"
    r"|Corresponding\s+authors?|Contact\s+(?:person|persons|address|addresses))\s*:?$", re.IGNORECASE)
"""An English heading that asks the reader to get in touch, over the closing contact block, in the words papers and
reports use (``For further information, please contact:``, ``Contact the authors``, ``Authors' addresses``,
``Correspondence``, the Journal of Statistical Software's ``Affiliation:``): trial 39's report's block under such a line
was read as references, and so was sandwich's vignette's (issue 16 point 2, helper paper67). A sentence asking it
(``Contact us if you need help.``) is none: the request ends the line, after a colon at most."""


def contact_heading_words(text: str) -> tuple[int, int]:
    """Where a contact heading's words stand in its line (``text``, stripped): after its marks and opening brackets
    (:data:`CONTACT_HEADING_OPENERS`), before its closing brackets, colon and spaces (:data:`CONTACT_HEADING_CLOSERS`);
    the section that the heading opens is titled by them.

    >>> h = "【お問い合わせ】"; a, b = contact_heading_words(h); h[a:b]
    'お問い合わせ'
    >>> h = "Contact:"; a, b = contact_heading_words(h); h[a:b]
    'Contact'
    """
    return len(text) - len(text.lstrip(CONTACT_HEADING_OPENERS)), len(text.rstrip(CONTACT_HEADING_CLOSERS).rstrip())


MAX_BRACKETED_HEADING = 40
"""Characters inside ``【…】`` a bracketed heading takes at most (a heading's phrase, as :func:`short_phrase`'s 40)."""


HEADING_BRACKETS = {"【": "】", "［": "］", "〔": "〕", "＜": "＞", "〈": "〉", "《": "》", "〖": "〗"}
"""The full-width brackets a Japanese heading is set in (opener → closer): ``【報告事項】``, and a bulletin's ``［雨の予想］``,
``〔交通〕``, ``＜避難情報＞`` (helper notice74, fresh-user trial 73d: a weather bulletin's ``［…］`` headings had been
paragraphs). Round brackets are none: ``（本文）``, ``（写真）`` label a part or an aside as often."""


def bracketed_heading(text: str) -> bool:
    """A line wholly in one pair of :data:`HEADING_BRACKETS`, a short phrase inside (no sentence's end), no floor's
    note: the bracketed heading of a Japanese record, notice, report or bulletin (``【議事（1）ごみ減量計画の進捗について】``,
    ``【報告事項】``, ``［雨の予想］``).

    >>> bracketed_heading("【議事（2）その他】"), bracketed_heading("【概要】本事業は…"), bracketed_heading("【説明は以上です。】")
    (True, False, False)
    >>> bracketed_heading("［雨の予想］"), bracketed_heading("〔交通〕"), bracketed_heading("＜避難情報＞"), bracketed_heading("（本文）")
    (True, True, True, False)
    >>> bracketed_heading("［雨の予想】"), bracketed_heading("〔2025〕")  # brackets of two pairs; a year, no phrase
    (False, False)
    """
    s = text.strip()
    inner = s[1:-1].strip()
    close = HEADING_BRACKETS.get(s[:1])
    return len(s) > 2 and close is not None and s[-1] == close and s[0] not in inner and close not in inner \
        and 0 < len(inner) <= MAX_BRACKETED_HEADING and not inner.endswith(("。", ".")) and not floor_note(s) \
        and any(ch.isalpha() for ch in inner)


_BRACKET_LABEL = re.compile(r"^[^\s（(【】]{1,8}\s?[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]\s?(?=\S)")
"""An agenda item's label and number opening a bracketed heading (``議事（1）``, ``審議事項（2）``)."""


def bracketed_heading_words(text: str) -> tuple[int, int]:
    """Where a bracketed heading's title starts and ends in ``text``: inside the brackets, after an agenda item's label
    and number (``【議事（1）ごみ減量計画の進捗について】`` → ``ごみ減量計画の進捗について``; ``【報告事項】`` → ``報告事項``).

    >>> t = "【審議事項（2）景観計画の改定について】"; a, b = bracketed_heading_words(t); t[a:b]
    '景観計画の改定について'
    """
    s = text.rstrip()
    lead = len(text) - len(text.lstrip())
    m = _BRACKET_LABEL.match(s[lead + 1:-1])
    return lead + 1 + (m.end() if m else 0), len(s) - 1


_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_CALENDAR_KEY = re.compile(
    r"^(?:" + ERA + r"?[0-9０-９元]{1,4}年度?\s*)?[0-9０-９]{1,2}月(?:\s*[0-9０-９]{1,2}日)?(?:[（(][月火水木金土日][）)])?"
    r"|^[0-9０-９]{1,2}日(?:[（(][月火水木金土日][）)])?"
    r"|^[0-9０-９]{1,2}(?:時(?:半|[0-9０-９]{1,2}分)?|[:：][0-9０-９]{2})(?:\s*[~〜～\-–ー]\s*[0-9０-９]{1,2}(?:時|[:：][0-9０-９]{2}))?"
    r"|^[月火水木金土日]曜日?"
    rf"|^(?:{_MONTHS_EN}|{_WEEKDAYS_EN})(?:,?\s+[0-9]{{4}})?$"
    rf"|^(?:{_WEEKDAYS_EN},?\s+)?(?:{_MONTHS_EN})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])"
    r"|^[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE)
"""A calendar's or a timetable's key opening a line: a month or a date (``4月``, ``5月10日（土）``, ``September``
alone, ``March 3``), a weekday (``月曜日``, ``Monday`` alone), a time (``9時``, ``10時半``, ``13:00``, ``9 am``). English
names are read whole only (``Sun``, ``May`` open titles: ``Sun and Wind``)."""


_FULL_DATE_LEAD = re.compile(
    r"^(?:(?P<era>" + "|".join(ERAS) + r")?(?P<jy>[0-9元]{1,4})\s*年\s*(?P<jm>[0-9]{1,2})\s*月\s*(?P<jd>[0-9]{1,2})\s*日"
    r"|(?P<iy>[0-9]{4})[-/.](?P<im>[0-9]{1,2})[-/.](?P<id>[0-9]{1,2})(?![0-9])"
    rf"|(?P<dd>[0-9]{{1,2}})\.?\s+(?P<dm>{_MONTHS_EN})\s+(?P<dy>[0-9]{{4}})"
    rf"|(?:(?:{_WEEKDAYS_EN}),?\s+)?(?P<mm>{_MONTHS_EN})\s+(?P<md>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>[0-9]{{4}}))(?![0-9])",
    re.IGNORECASE)
"""A full date (year, month and day) opening a line: ``2023年1月1日``, ``2023 年 1 月 1 日`` (a PDF's text, spaced),
``2023-01-01``, ``1 January 2023``, ``Monday, January 2, 2023`` (read after NFKC: ``２０２３年``)."""
_WEEKDAY_NEXT = re.compile(rf"^[\s,、（(]*(?:{_WEEKDAYS_EN}|星期[一二三四五六日天]|周[一二三四五六日]|[月火水木金土日]曜日?)",
                           re.IGNORECASE)
"""A weekday right after an entry's date (``Monday``, ``星期一``, ``月曜日``, ``（月）``), as a diary sets it."""
MIN_DATED_ENTRIES = 3
"""Lines led by distinct full dates a document needs for them to be its entries' headings (:func:`dated_entries`):
two dates may be a release's and an event's, three or more in a column are a diary's, a log's or a blog's days."""
MAX_DATED_HEADING = 60
"""Characters a dated entry's heading has at most (a date, the weather, a place: ``2023 年 1 月 1 日 星期日 晴 ⸺
公寓``, 28): a longer line led by a date is running text, unless a weekday follows the date (:data:`MAX_DAY_HEADING`)."""
MAX_DAY_HEADING = 120
"""Characters a dated entry's heading with its weekday after the date has at most: a diary's note on the day may run
on (jwjournal's English demo, ``January 2, 2023 Monday Unknown (the weather can also be written on the second line,
…)``, 95), and a sentence never sets a weekday right after its opening date."""
_MONTH_NUMBER = {m: k for k, m in enumerate(_MONTHS_EN.split("|"), 1)}


def _date_key(m: re.Match) -> tuple[int, int, int]:
    """The (year, month, day) a :data:`_FULL_DATE_LEAD` match names, an era's year read as the Western one."""
    g = m.groupdict()
    if g["jy"] is not None:
        year = 1 if g["jy"] == "元" else int(g["jy"])
        return (ERA_START[g["era"]] + year if g["era"] else year), int(g["jm"]), int(g["jd"])
    if g["iy"] is not None:
        return int(g["iy"]), int(g["im"]), int(g["id"])
    if g["dd"] is not None:
        return int(g["dy"]), _MONTH_NUMBER[g["dm"].lower()], int(g["dd"])
    return int(g["my"]), _MONTH_NUMBER[g["mm"].lower()], int(g["md"])


_SENTENCE_ENDS = ("。", ".", "．", "!", "！", "?", "？")


def _under_headline(texts: list[str], k: int) -> bool:
    """``texts[k]`` (a date line) stands right under a headline: a line that ends no sentence and opens on no date,
    at the document's start or right after a line that ends one (the article before it)."""
    if k == 0:
        return False
    above = unicodedata.normalize("NFKC", texts[k - 1].strip())
    if not above or above.endswith(_SENTENCE_ENDS) or _FULL_DATE_LEAD.match(above):
        return False
    return k == 1 or texts[k - 2].strip().endswith(_SENTENCE_ENDS)


_EXCHANGE_LABEL = re.compile(
    r"^(?:(?:Question|Answer|Reply|Response)(?:\s+(?:No\.?\s*|UIN\s*)?[0-9][0-9A-Z/.-]*)?"
    r"|(?:質問|回答|答弁)\s?[0-9]{0,3})\s*[:：]?$")
"""A question's or an answer's label alone on its line: ``Question 41287``, ``Answer``, ``Reply``, ``質問1``,
``回答`` (``Q3`` alone is left out: a quarter's heading as often)."""


def exchange_label(text: str) -> bool:
    """A record of questions and answers labels each question and each answer on a line of its own (``Question
    41287`` / the question / ``Answer`` / the answer: parliamentary written answers, an FAQ, a consultation's
    responses): a label, never a section's title. The heading over the exchange is the topic line over the label.
    Decision: issue 16 point 1, helper misc75, fresh-user trial 75b (its written answers had been built on the
    ``Question N`` lines, each topic the last paragraph of the section before it).

    >>> exchange_label("Question 41287"), exchange_label("Answer"), exchange_label("質問2"), exchange_label("回答")
    (True, True, True, True)
    >>> exchange_label("Question time"), exchange_label("Answers to Questions"), exchange_label("A49 Improvement Scheme")
    (False, False, False)
    """
    return _EXCHANGE_LABEL.match(unicodedata.normalize("NFKC", text.strip())) is not None


_ANSWER_WORD = re.compile(r"^(?:Answer|Reply|Response|回答|答弁)")


def exchange_record(texts: "list[str]") -> bool:
    """``texts`` label a question and an answer each at least once (:func:`exchange_label`): a record of questions
    and answers, where a label alone heads nothing. Elsewhere ``Response`` or ``Answer`` alone may be a report's own
    heading, and is read as before.

    >>> exchange_record(["Question 1", "Why?", "Answer", "Because."]), exchange_record(["Response", "We agree."])
    (True, False)
    >>> exchange_record(["Question 41287", "Why?", "Question 41302", "When?"]), exchange_record(["Question 2", "Why?"])
    (True, False)
    """
    labels = [unicodedata.normalize("NFKC", t.strip()) for t in texts if exchange_label(t)]
    asked = [t for t in labels if not _ANSWER_WORD.match(t)]
    # (two numbered questions are a record on their own: a dump may have dropped the ``Answer`` lines, repeated on
    # every page, as page furniture)
    return bool(asked) and (len(asked) < len(labels) or sum(any(c.isdigit() for c in t) for t in asked) >= 2)


def opens_on_full_date(text: str) -> bool:
    """``text`` opens on a full date (year, month and day: :data:`_FULL_DATE_LEAD`, kanji numerals read as digits) and
    is no sentence: a diary's or a blog's dateline (``2025年9月20日（土）晴れ``, ``Saturday 20 September 2025, fine``),
    never a title's second line. Decision: issue 16, helper misc75, fresh-user trial 75b (``白樺山荘 管理人だより`` /
    ``2025年9月20日（土）晴れ`` had been one title: the weather after the date made it no date line alone).

    >>> opens_on_full_date("2025年9月20日（土）晴れ"), opens_on_full_date("令和七年九月二十日　くもり")
    (True, True)
    >>> opens_on_full_date("2025年の取り組み"), opens_on_full_date("2025年9月20日に総会を開きました。")
    (False, False)
    """
    s = unicodedata.normalize("NFKC", text.strip())
    return _FULL_DATE_LEAD.match(date_digits(s)) is not None and not s.endswith(_SENTENCE_ENDS)


def dated_entries(texts: list[str]) -> list[int]:
    """The indexes of the lines that head a diary's, a log's or a journal's entries: lines led by a full date
    (:data:`_FULL_DATE_LEAD`), short (:data:`MAX_DATED_HEADING`, :data:`MAX_DAY_HEADING` with a weekday after the
    date), ending no sentence, at least :data:`MIN_DATED_ENTRIES` of them with distinct dates, all in the order of the
    calendar, forwards or backwards (a diary's days, a blog's newest first); none otherwise. Dates out of order are
    fields of records (a herbarium's labels, ``采集日期 2018.12.9`` then ``2016.5.20``) or a change history's versions
    (pLaTeX's ``1995/05/08 v1.0`` / ``2017/09/24 v1.0o`` / ``1995/08/25 v1.0a``), no entries.

    Why (issue 16, helper title54): a diary (jwjournal's demo, ``2023 年 1 月 1 日 星期日 晴 ⸺ 公寓`` over each day's text)
    took its first date line, then the sentence under it, for its title: a document that opens on the first of its
    dated entries has no title over them.

    >>> dated_entries(["2023 年 1 月 1 日 星期日 晴", "今天很好。", "2023 年 1 月 2 日 星期一", "…", "2023年1月3日", "…"])
    [0, 2, 4]
    >>> dated_entries(["12 March 2026", "Riverside Opens Library", "RIVERSIDE, 12 March 2026 - the city opened"])
    []
    >>> dated_entries(["2024-05-01 Release 1.2", "2024-05-01 Release 1.2", "2024-06-01 Release 1.3"])  # two dates
    []
    >>> dated_entries(["2018.12.9", "…", "2016.5.20", "…", "2018.3.5"]), dated_entries(["3 May 2024", "1 May 2024", "令和6年4月2日"])
    ([], [0, 1, 2])

    A date right under an article's headline (the headline after the article before it ends its sentence) is a
    newsletter article's date, no diary's entry (trial 55c: an English newsletter's three articles, each ``headline``
    / ``14 September 2024`` / text, had become sections titled by their dates, each headline swallowed by the section
    before; the headlines head them: ``sections._by_shape``):

    >>> dated_entries(["Visit a Success", "14 September 2024", "Members travelled.", "Exchange Returns",
    ...                "2 October 2024", "Pupils will go.", "Annual Meeting", "18 October 2024", "It was held."])
    []
    """
    found: list[int] = []
    keys: list[tuple[int, int, int]] = []
    for k, t in enumerate(texts):
        s = unicodedata.normalize("NFKC", t.strip())
        read = date_digits(s)  # ``令和六年一月五日`` as ``令和6年1月5日`` (helper date66b)
        m = _FULL_DATE_LEAD.match(read)
        if m is None or s.endswith(_SENTENCE_ENDS + (":", "：")):
            continue
        if len(s) > (MAX_DAY_HEADING if _WEEKDAY_NEXT.match(read[m.end():]) else MAX_DATED_HEADING):
            continue
        if _under_headline(texts, k):
            continue  # the date under an article's headline: a dated article, no entry
        found.append(k)
        keys.append(_date_key(m))
    ordered = keys == sorted(keys) or keys == sorted(keys, reverse=True)
    return found if ordered and len(set(keys)) >= MIN_DATED_ENTRIES else []


_DAY_MONTH_LEAD = re.compile(
    r"^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
    r"[0-9]{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?=[\s,:;\-–—]|$)",
    re.IGNORECASE)
"""A day and a month's name, full or short, opening a line, a weekday perhaps before them (``10 Sept``, ``3 October``,
``Mon 14 Oct``, ``21st March``): an events list's or a fixtures list's date, the entry after it."""


def day_month_entry(text: str) -> bool:
    """``text`` opens on a day and a month's name (:data:`_DAY_MONTH_LEAD`), its day written bare, with no full stop
    after it: an entry of a newsletter's dates list (``10 Sept  Class photos``, ``3 October  Harvest supper``, ``Mon 14
    Oct  Committee``), never a section numbered by its day. A section's number has its full stop before a title that
    opens on a month (``3. May 2024 Update on the Plan``), and ``10 Results`` opens on no month.

    Why (issue 16 point 2, helper news66): a school newsletter's ``Dates for September`` over ``10 Sept  Class
    photos`` / ``14 Sept  Sports day`` / ``3 Oct  Parent evening`` had become sections 10, 14, 21 and 3, and every
    article above them front.

    >>> [day_month_entry(s) for s in ("10 Sept  Class photos", "3 October", "Mon 14 Oct  Committee", "21st March\tFair")]
    [True, True, True, True]
    >>> [day_month_entry(s) for s in ("10 Results", "3. May 2024 Update", "10. Any other business", "5 Marketing plans")]
    [False, False, False, False]
    >>> [day_month_entry(s) for s in ("2 Mayors and their towns", "40 March Street", "Sun and Wind")]
    [False, False, False]
    """
    return day_month_end(text) is not None


def day_month_end(text: str) -> int | None:
    """Where the day and the month's name opening ``text.strip()`` end (:func:`day_month_entry`), or None: the entry's
    event is what follows.

    >>> s = "Sat 18 Oct  Coffee morning"; s[day_month_end(s):].strip(), day_month_end("32 Oct  Nothing")
    ('Coffee morning', None)
    """
    m = _DAY_MONTH_LEAD.match(text.strip())
    if m is None:
        return None
    day = re.search(r"[0-9]{1,2}", m.group())
    return m.end() if 1 <= int(day.group()) <= 31 else None


def calendar_key(text: str) -> bool:
    """``text`` is a calendar's key alone (``4月``, ``September``, ``月曜日``) or a row led by one (``4月　始業式``, ``9時
    会場設営``, ``10:00 Opening``): a calendar's, a schedule's or a timetable's line, no slide's title.

    >>> [calendar_key(s) for s in ("4月", "4月　始業式", "September", "9時 会場設営", "10:00 Opening", "月曜日")]
    [True, True, True, True, True, True]
    >>> [calendar_key(s) for s in ("4月の実績", "Mayors", "2023年度の実績", "Sun and Wind", "May 2024 Results", "100万人")]
    [False, False, False, False, False, False]
    >>> [calendar_key(s) for s in ("四月　始業式", "令和六年十二月　危機管理課", "四月の実績", "三日月")]  # kanji numerals
    [True, True, False, False]
    """
    s = date_digits(text.strip())  # ``四月　始業式`` as ``4月　始業式`` (helper date66b)
    m = _CALENDAR_KEY.match(s)
    if m is None:
        return False
    rest = s[m.end():]
    return not rest or rest[0].isspace() or rest[0] in "　:：・,、"


_SIGN_OFF_EN = lazyre.compile(
    r"^(?:With\s+)?(?:(?:very\s+)?(?:best|warm|warmest|kind|kindest|good)\s+(?:wishes|regards)|(?:many\s+)?thanks|greetings)"
    r"(?:\s+from\s+|\s*[,，]\s*|\s+[—–-]\s+)(?:all\s+of\s+us\s+(?:at|on|in|from)\s+)?(?:the|your|all|everyone|everybody)\b"
    r"[^.?。]{0,50}$", re.IGNORECASE)
_SIGN_OFF_JA = lazyre.compile(r"^[^\s\u3000。、，．]{1,15}一同(?:より)?$")
_SIGNED_BY_GROUP_EN = lazyre.compile(r"^[^.?。]{3,60}[!.]?\s+[—–]\s*(?:the|your|all|everyone|everybody)\b[^.?!。,]{0,40}$",
                                     re.IGNORECASE)
"""A closing wish signed after a dash by a group (``Happy walking, and see you on the shore! — The Committee``,
``See you in spring – your editors``): a sign-off as ``With best wishes from the committee`` is (fresh-user trial 69c)."""


def _group_sign_off(s: str) -> bool:
    """``s`` (stripped) is a periodical's sign-off by a group (:func:`sign_off_at`)."""
    return bool(_SIGN_OFF_EN.match(s) or _SIGN_OFF_JA.match(s) or _SIGNED_BY_GROUP_EN.match(s))


def sign_off_at(texts: list[str]) -> int | None:
    """Where a periodical's sign-off stands (``With best wishes from the committee``, ``Best wishes, the committee``,
    ``With warm wishes from all of us on the PTA``, ``役員一同``): the document's last line, or the last over its
    closing credit lines (:func:`credit_start`), a letter's closing word and its signer in one, the signer a group
    (``the``, ``all``, ``your`` …; a person's name after ``Best wishes,`` is a letter's signature and left to the
    letter's rules), right under a line that ends a sentence; ``None`` where there is none.

    Why (issue 16 point 2, helper news69's ``nl_en_mixed_short_long.txt``; helper fix69b): the committee's closing
    line had been the last article's last paragraph; it closes the whole issue as a letter's close does, so it goes
    to ``front`` with the credit lines. ``編集部より`` is no sign-off: it heads the editor's note.

    >>> sign_off_at(["Show Results", "Our show drew more entries than ever.", "With best wishes from the committee"])
    2
    >>> sign_off_at(["News", "The hall reopens in May.", "Best wishes, the committee", "Editor: Jane Roe"])
    2
    >>> sign_off_at(["清掃のお礼", "ありがとうございました。", "役員一同"])
    2
    >>> sign_off_at(["Farewell", "We send our best wishes to Joan, who retires."]), sign_off_at(["Thanks", "Best wishes, Margaret Pilling"])
    (None, None)
    >>> sign_off_at(["Notes", "With best wishes from the committee", "More text follows here."])
    """
    end = credit_start(texts)
    if end is not None and end < len(texts) - 1 and _group_sign_off(texts[-1].strip()) \
            and credit_label_end(texts[-1]) is None:
        return len(texts) - 1  # under the credits (``Edited by Thomas Wren`` / ``… — The Committee``: trial 69c)
    at = (end if end is not None else len(texts)) - 1
    if at < 1:
        return None
    s, before = texts[at].strip(), texts[at - 1].strip()
    if not _group_sign_off(s) or not before.endswith((".", "。", "!", "?", "！", "？", "」")):
        return None
    return at


_SUMMARY_HEADS_EN = frozenset({"summary", "abstract", "overview", "synopsis"})
_SUMMARY_QUALIFIERS_EN = frozenset({"english", "executive", "in", "of", "the", "report", "paper", "plan"})
_SUMMARY_HEADING_JA = lazyre.compile(r"^(?:英文|英語(?:版)?の?)(?:要約|概要|要旨|抄録|梗概|サマリー?)$")


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def is_summary_heading(text: str) -> bool:
    """A heading that names a document's summary, abstract or overview in another language, or its executive
    summary: ``English Summary``, ``Summary in English``, ``Executive Summary``, ``ABSTRACT (English)``,
    ``Overview``, ``英文要約``, ``英語要旨`` (framed or not, a colon or dash after it). At most five words, one of them
    the summary's name (:data:`_SUMMARY_HEADS_EN`), the others only what qualifies it (``English``, ``Executive``,
    ``in``, ``of the Report``). Why: a Japanese report's or paper's English summary under such a heading is its text,
    no deck (issue 16 point 2, fresh-user trial 70b's ``a08_bilingual``; :func:`~.talks._slides_start`).

    >>> is_summary_heading("English Summary"), is_summary_heading("ABSTRACT (English)"), is_summary_heading("【英文要約】")
    (True, True, True)
    >>> is_summary_heading("Summary of results"), is_summary_heading("Chapter 1 Outline"), is_summary_heading("English")
    (False, False, False)
    """
    key = re.sub(rf"[{re.escape(_NAME_FRAME)}()（）]+", " ", text.strip().rstrip(":：—–-")).strip()
    if _SUMMARY_HEADING_JA.match(key.replace(" ", "")):
        return True
    tokens = key.casefold().split()
    return 1 <= len(tokens) <= 5 and any(w in _SUMMARY_HEADS_EN for w in tokens) \
        and all(w in _SUMMARY_HEADS_EN or w in _SUMMARY_QUALIFIERS_EN for w in tokens)


def summary_in_english(text: str) -> bool:
    """A summary's heading naming its language (:func:`is_summary_heading` with ``English`` or ``英文`` / ``英語``
    in it: ``English Summary``, ``Summary in English``, ``ABSTRACT (English)``, ``英文要約``): a section's name, as
    ``Executive Summary`` is (:func:`is_section_name`). Why (fresh-user trial 70b, helper fix70e): the heading over a
    Japanese report's English summary had been read as the last Japanese section's paragraph.

    >>> summary_in_english("English Summary"), summary_in_english("英文要約"), summary_in_english("Summary")
    (True, True, False)
    """
    return is_summary_heading(text) and ("english" in text.casefold() or "英" in text)


def chapter_word_wraps(lines: list[Text]) -> list[Text]:
    """``lines`` with a chapter's word set alone on its line over its number and title (``Chapter`` / ``4.
    相加平均と相乗平均の関係``) made one line, ``Chapter 4. 相加平均と相乗平均の関係``: the word is one of
    :data:`~pipeline.numbering.CHAPTER_WORDS` (as set or in capitals), the next line opens on a heading's number
    (:func:`~pipeline.numbering.explicit_number`). Joined as :func:`~.joinlines.joined_lines` joins (an inserted space,
    no raw character behind it).

    Why (fresh-user trial 77c, japanese-mathformulas-sample): a worksheet's header set ``Chapter`` in one font over
    ``4. 相加平均と相乗平均の関係``; read apart, the word alone became an empty level-1 section and the chapter's number
    and title another. It does NOT join a word under which no number stands (``Chapter`` over a sentence), nor a
    chapter's label that carries its number (``Chapter 4`` / its title: :func:`~pipeline.numbering.is_chapter_alone`), nor
    a contents' column head over its first entry (``Chapter`` / ``1 Introduction . . . 3``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in chapter_word_wraps(mk("Chapter", "4. 相加平均と相乗平均の関係", "基礎編"))]
    ['Chapter 4. 相加平均と相乗平均の関係', '基礎編']
    >>> [t.text for t in chapter_word_wraps(mk("Chapter", "The last one closes the book."))]
    ['Chapter', 'The last one closes the book.']
    >>> [t.text for t in chapter_word_wraps(mk("Chapter", "1 Introduction . . . . . 3"))]
    ['Chapter', '1 Introduction . . . . . 3']
    """
    from pipeline.segment.contents import contents_shaped, tab_page
    from pipeline.segment.joinlines import joined_pairs

    words = {w.casefold() for w in CHAPTER_WORDS}

    def wrapped(line: Text, below: Text) -> bool:
        nxt = below.text.strip()
        return line.text.strip().casefold() in words and explicit_number(nxt) is not None \
            and not contents_shaped(nxt) and not tab_page(nxt)

    return joined_pairs(lines, wrapped)


COLUMN_BOX = re.compile(r"^(?:【コラム[0-9０-９]*】|［コラム[0-9０-９]*］|\[コラム[0-9０-９]*\]|コラム[0-9０-９]{0,3}(?=[\s\u3000:：]|$))"
                         r"[\s\u3000:：]*(?P<title>\S.*)?$")
"""A column box's label opening its line (``コラム``, ``コラム１``, ``【コラム】``, ``［コラム２］``), its title after it, if
any. コラム is the term Japanese white papers, textbooks and reports print over a box set beside the running text (the
白書 of the ministries, e.g. 観光白書, number their boxes ``コラム１`` …): the one word is the evidence, a closed list of
one, with the line's shape (label, short title, no sentence)."""
