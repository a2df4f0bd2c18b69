"""A lost day of the week after a date: the calendar's word, not the text's.

Japanese notices write the day of the week in brackets after a date (``令和7年12月26日（金）``, ``12月3日(水)``,
``5月1日（木曜日）``). Which kanji stands there is a fact of the calendar: how it reads, or the same bracket written
elsewhere (``日（土）`` three times in trial 72's press release), says nothing of it. Fresh-user trial 72's masks on
its own notices had ``令和７年１２月２６日（�）`` committed 土 at 0.97 from repetition (the truth, and the calendar's
answer, 金).

The rule: where the gap is the day of the week after a date whose year is known, the calendar decides
(:func:`calendar_day`); the year is the date's own (``令和7年``, ``2025年``) or, where the date has none, the last year
the text states before it, and only where the text's intact dates with their days agree with the calendar in that
year and none disagrees (a notice's dates all fall in the year its head states; a date of another year, or a
misprint, leaves the gap to the model, where no commit of a weekday is allowed without the calendar:
:func:`weekday_slot`).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

from pipeline.eras import ERA, ERA_START

WEEKDAYS = "月火水木金土日"
"""The days of the week as a Japanese date writes them, Monday first (:meth:`datetime.date.weekday`'s order)."""

_DIGITS = "[0-9０-９]"
_YEAR = rf"(?:(?P<era>{ERA})\s*(?P<era_year>{_DIGITS}{{1,2}}|元)\s*年|(?P<year>{_DIGITS}{{4}})\s*年)(?P<fiscal>度)?"
_DATE = rf"(?P<month>{_DIGITS}{{1,2}})\s*月\s*(?P<day>{_DIGITS}{{1,2}})\s*日\s*"
_BEFORE = re.compile(rf"(?:{_YEAR}\s*)?{_DATE}[（(]$")
_AFTER = re.compile(r"^(?:曜日?)?\s*(?:[・･]\s*(?:祝|祝日|休|休日|振休)\s*)?[）)]")
"""The rest of the bracket after the day: ``曜``/``曜日``, and a holiday's mark after a middle dot (``（月・祝）``,
``（火・休）``: fresh-user trial 75b's ``令和七年九月二十三日（�・祝）``, an equinox holiday)."""
_WRITTEN = re.compile(rf"(?:{_YEAR}\s*)?{_DATE}[（(](?P<weekday>[{WEEKDAYS}])(?:曜日?)?\s*[）)]")
_YEAR_ALONE = re.compile(_YEAR)
_DATE_LONGEST = 40
"""Characters before a gap that hold its date at most (``令和三十一年十二月三十一日（``, kanji numerals and spaces)."""


def _number(text: str) -> int:
    return 1 if text == "元" else int(unicodedata.normalize("NFKC", text))


def _year_of(m: re.Match) -> int | None:
    if m.group("era"):
        return ERA_START[m.group("era")] + _number(m.group("era_year"))
    return _number(m.group("year")) if m.group("year") else None


def _calendar_year(stated: re.Match, month: int) -> int | None:
    """The calendar year of a month under a stated year: a fiscal year (``令和7年度``, April to March) holds
    January to March of the next calendar year."""
    year = _year_of(stated)
    return year + 1 if year is not None and stated.group("fiscal") and month <= 3 else year


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return WEEKDAYS[datetime.date(year, month, day).weekday()]
    except ValueError:  # no such day (2月30日): no calendar word
        return None


@dataclass(frozen=True)
class CalendarDay:
    """The calendar's day of the week for a gap: the kanji, and the date and year it was read from."""

    weekday: str | None
    date: datetime.date | None
    why: str
    confidence: float | None = None
    """The commit's measured confidence where it differs from the rule's (:data:`SOLE_YEAR_CONFIDENCE`)."""


SOLE_YEAR_CONFIDENCE = 0.95
"""The confidence of a day of the week read in the one year a text states where no intact date of the text shows its
days (:func:`_sole_year`). Measured (docs/restore.md, *Session 77, hold77*; ``/tmp/hold77/measure_weekday.py``): every
intact ``M月D日（X）`` with no year of its own in the 2,221 distinct texts under /work/regress and /tmp/me, every day of
the text masked so that none confirms: 81 of 85 commits right (0.953); the 4 wrong are notices that state 2026 and
whose days are 2025's."""


def weekday_slot(left: str, right: str) -> re.Match | None:
    """The date before a gap that stands for its day of the week (``…12月26日（`` + gap + ``）``), or None.

    >>> weekday_slot("締切　令和７年１２月２６日（", "）まで").group("month")
    '１２'
    >>> weekday_slot("12月3日(", "曜日)") is not None, weekday_slot("第3回（", "）") is None
    (True, True)
    >>> weekday_slot("令和七年九月二十三日（", "・祝）に").group("day"), weekday_slot("9月22日（", "・休）") is not None
    ('23', True)
    """
    if not _AFTER.match(right) or not left.endswith(("（", "(")):
        return None  # the cheap test first: most gaps stand in no bracket
    return _BEFORE.search(_in_digits(left[-_DATE_LONGEST:]))


def _in_digits(text: str) -> str:
    """``text`` with a date's kanji numerals in digits (``令和七年九月二十三日（`` → ``令和7年9月23日（``:
    :func:`~pipeline.segment.labels.date_digits`, the reading segment gives a date line), so that a notice dated in
    kanji numerals has its calendar as one dated in digits (fresh-user trial 75b)."""
    from pipeline.segment.labels import date_digits  # the one reader of kanji dates

    return date_digits(text)


HOLIDAY_DAYS = frozenset({(1, 1), (1, 2), (1, 3), (1, 15), (2, 11), (2, 23), (4, 29), (5, 3), (5, 4), (5, 5),
                          (7, 20), (8, 11), (9, 15), (10, 10), (11, 3), (11, 23), (12, 23), (12, 29), (12, 30),
                          (12, 31)})
"""Days of the year that are, or were, Japan's fixed national holidays (国民の祝日に関する法律, the law's text since
1948, with the year-end closure 12月29日–1月3日), kept whole whatever the year: the rule that uses them only abstains."""
_HAPPY_MONDAYS = {1: range(8, 15), 7: range(15, 22), 9: range(15, 22), 10: range(8, 15)}
"""The weeks whose Monday is a holiday since 2000/2003 (成人の日, 海の日, 敬老の日, スポーツの日)."""


def may_be_holiday(date: datetime.date) -> bool:
    """Whether a document may write ``祝`` (or ``休``) in a date's bracket instead of its day of the week: a
    superset of Japan's national holidays in any year since 1948, read from the law's rules rather than a
    table of years — the fixed days (:data:`HOLIDAY_DAYS`), the equinoxes' possible days (3月19–22日, 9月21–24日:
    the 国民の休日 between 敬老の日 and 秋分の日 falls there), the happy Mondays' weeks, the 2020–21 Olympic moves
    (7月22–24日, 8月8–10日), and a substitute holiday (振替休日) up to three days after a fixed day on a Sunday.

    >>> may_be_holiday(datetime.date(2025, 11, 3)), may_be_holiday(datetime.date(2026, 3, 9))
    (True, False)
    >>> may_be_holiday(datetime.date(2025, 5, 6)), may_be_holiday(datetime.date(2026, 9, 22))
    (True, True)
    """
    md = (date.month, date.day)
    if md in HOLIDAY_DAYS or md in {(3, 19), (3, 20), (3, 21), (3, 22), (9, 21), (9, 22), (9, 23), (9, 24),
                                    (7, 22), (7, 23), (7, 24), (8, 8), (8, 9), (8, 10)}:
        return True
    if date.weekday() == 0 and date.day in _HAPPY_MONDAYS.get(date.month, ()):
        return True
    for back in (1, 2, 3):
        prior = date - datetime.timedelta(days=back)
        if prior.weekday() == 6 and (prior.month, prior.day) in HOLIDAY_DAYS:
            return True
    return False


def _sole_year(stated: re.Match | None, text: str, month: int, day: int, right: str) -> str | None:
    """Why a date with no year of its own cannot take the year its text states where no intact date of the text
    shows its days (None: it can). It can where the text states one calendar year and no other (every year it
    writes, ``2026年`` or ``令和8年``, the same: a prescription's ``処方日　2026年2月9日`` before ``次回は3月9日（�）``),
    the date does not fall before a full date stated in that year (``2026年12月20日`` then ``1月9日`` is the next
    year's January), and the slot cannot be a holiday's mark: a lone bracket (``（�）``, no ``曜``) on a day that may
    be a holiday (:func:`may_be_holiday`) may hold ``祝``. Trial 76d's ``3月9日（�）`` (the year on line 4)."""
    if stated is None:
        return "the date states no year, nor does the text before it"
    years = {_year_of(m) for m in _YEAR_ALONE.finditer(_in_digits(text))}
    if len(years) > 1 or any(m.group("fiscal") for m in _YEAR_ALONE.finditer(_in_digits(text))):
        return (f"the date states no year, no intact date of the text shows which year its dates fall in, and the "
                f"text states more than one ({', '.join(str(y) for y in sorted(y for y in years if y))})"
                if len(years) > 1 else "the date states no year, and the text's year is a fiscal year, which no "
                                       "intact date places")
    year = _year_of(stated)
    for full in re.finditer(rf"{_YEAR}\s*{_DATE}", _in_digits(text)):
        if (month, day) < (_number(full.group("month")), _number(full.group("day"))):
            return (f"the date states no year and falls before {full.group(0).strip()}, the text's dated day: it "
                    f"may be {year + 1}'s")
    if right.lstrip().startswith((")", "）")) and _day(year, month, day) and may_be_holiday(
            datetime.date(year, month, day)):
        return (f"{year}-{month:02d}-{day:02d} may be a holiday, whose bracket may hold 祝 rather than its day, "
                f"and no intact date of the text shows how it writes one")
    return None


def calendar_day(left: str, right: str, text_before: str, text: str) -> CalendarDay | None:
    """What the calendar says of a lost day of the week between ``left`` and ``right`` (None where the gap is no
    day of the week). ``text_before``: the document's text before the gap (where a date without a year takes the
    last year stated); ``text``: the whole document, whose intact dates with their days must agree with the
    calendar in that year. ``weekday`` is None where the calendar cannot say (no year, a year the dates belie,
    no such date), ``why`` says which.

    >>> calendar_day("令和７年１２月２６日（", "）", "", "").weekday
    '金'
    >>> calendar_day("12月26日（", "）", "令和7年度 募集案内 ", "12月19日（金）").weekday
    '金'
    >>> calendar_day("12月26日（", "）", "2024年の実績 ", "12月19日（金）").why
    "the text's intact dates do not all fall on their days in 2024 (12月19日（金）)"
    >>> calendar_day("1月16日（", "）", "令和7年度 募集案内 ", "12月19日（金）").weekday  # fiscal 2025: January of 2026
    '金'
    >>> calendar_day("12月26日（", "）", "", "").weekday is None
    True
    """
    m = weekday_slot(left, right)
    if m is None:
        return None
    month, day = _number(m.group("month")), _number(m.group("day"))
    year = _year_of(m)
    own = year is not None
    stated = None
    if year is None:
        found = list(_YEAR_ALONE.finditer(_in_digits(text_before)))
        stated = found[-1] if found else None
        year = _calendar_year(stated, month) if stated is not None else None
    if year is None:
        return CalendarDay(None, None, "the date states no year, nor does the text before it")
    if _day(year, month, day) is None:
        return CalendarDay(None, None, f"{year}-{month:02d}-{day:02d} is no date")
    if not own:
        written = [(w, _day(_year_of(w) or _calendar_year(stated, _number(w.group("month"))),
                            _number(w.group("month")), _number(w.group("day")))) for w in _WRITTEN.finditer(_in_digits(text))]
        wrong = [w.group(0) for w, d in written if d != w.group("weekday")]
        if wrong:
            return CalendarDay(None, None, f"the text's intact dates do not all fall on their days in {year} "
                                           f"({'、'.join(wrong[:2])})")
        if not written:
            sole = _sole_year(stated, text, month, day, right)
            if sole is not None:
                return CalendarDay(None, None, sole)
    date = datetime.date(year, month, day)
    if not own and not written:
        where = stated.string[:stated.end()].rsplit("\n", 1)[-1] + stated.string[stated.end():].split("\n", 1)[0]
        return CalendarDay(_day(year, month, day), date, f"{date.isoformat()} falls on a {date.strftime('%A')} "
                                                         f"({_day(year, month, day)}), the year from "
                                                         f"{stated.group(0).strip()} in the line "
                                                         f"「{where.strip()[:40]}」, the one year the text states", SOLE_YEAR_CONFIDENCE)
    return CalendarDay(_day(year, month, day), date, f"{date.isoformat()} falls on a {date.strftime('%A')} "
                                                     f"({_day(year, month, day)})"
                       + ("" if own else f", the year from {stated.group(0)}, stated before it, in which the "
                                         "text's intact dates fall on the days they name"))
