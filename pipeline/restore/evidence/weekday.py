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


_CHAIN_NUMERAL = "[0-9０-９〇一二三四五六七八九十]{1,4}"
_CHAIN_DATE = re.compile(rf"(?:(?P<chain_year>{_YEAR})\s*)?(?P<month>{_CHAIN_NUMERAL})\s*月\s*(?P<day>{_CHAIN_NUMERAL})\s*日"
                         r"(?:\s*[（(][^（）()\n]{0,12}[）)])?"
                         r"(?:\s*[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|\s*時(?:\s*[0-9０-９]{1,2}\s*分|半)?))?")
"""A date as an item of a range or list (``12月29日（火）``, ``令和8年12月29日（火）10時``, ``十二月二十九日``)."""
_CHAIN_LINK = re.compile(r"[\s　]*(?:(?:[～〜~\-－–—―‐]|から|まで|より|、|，|,|・|及び|および|と|又は|または)[\s　]*){0,2}")
"""What stands between two dates of one range or list: a range's dash or から, a list's comma or と, nothing but space
(a table's row of dates)."""
_RANGE_MARK = re.compile(r"[～〜~\-－–—―‐]|から|まで|より")
"""A range's mark between two dates (the second is the end of the first's span, so never before it)."""


MAX_LIST_GAP_LINES = 3
"""Lines of a list item's own text (a note under a schedule's entry) that may stand between two dated items."""
_LIST_OPENING = re.compile(r"[ \t\u3000]*([○●◯◎・･■□◆◇▲△▼▽※＊*•\-－]?)[ \t\u3000]*")


def _listed_over_lines(text: str, before: re.Match, date: re.Match) -> bool:
    """``before`` and ``date`` (two :data:`_CHAIN_DATE` matches of ``text``, no date between them) are items of one
    schedule or list over separate lines: each is followed by its bracketed day of the week, at most
    :data:`MAX_LIST_GAP_LINES` lines stand between their lines, and their lines open alike, with the same list mark
    (``○``, ``・``, ``■`` …) or each with its date after nothing but space."""
    if not all(re.search(r"[（(][^（）()\n]{0,12}[）)]", m.group(0)) for m in (before, date)):
        return False
    between = text[before.end():date.start()]
    if "\n" not in between or between.count("\n") > MAX_LIST_GAP_LINES + 1:
        return False
    starts = [text.rfind("\n", 0, m.start()) + 1 for m in (before, date)]
    openings = [_LIST_OPENING.match(text, a) for a in starts]
    marks = [o.group(1) for o in openings]
    if marks[0] != marks[1]:
        return False
    if marks[0]:
        return True
    # ``before`` may end a range its line opens with (a table's date column: ``12月25日（金）～ 1月7日（木）`` over
    # `` 1月 8日（金）``, fresh-user trial 82c): its line opens with a date all the same
    return _CHAIN_DATE.match(text, openings[0].end()) is not None and openings[1].end() == date.start()


@dataclass(frozen=True)
class Rolled:
    """A date of a range or list whose year is the previous date's, or the next one where its month comes earlier
    (``12月29日（火）～1月3日（日）``: 1月3日 is the next year's). ``anchor_month`` and ``anchor_year``: the first date
    of the run (or the last one with a year of its own: ``anchor_year``, else None, the text's year applies to it);
    ``anchor_fiscal``: that year is a fiscal year; ``roll``: the years the run turned over between it and this date."""

    anchor_month: int
    anchor_day: int
    anchor_year: int | None
    anchor_fiscal: bool
    roll: int

    def year(self, stated: re.Match | None) -> int | None:
        """The date's calendar year: the anchor's (its own, or the text's ``stated`` one, a fiscal year's January to
        March in the next calendar year) and the turns over."""
        if self.anchor_year is not None:
            base = self.anchor_year + (1 if self.anchor_fiscal and self.anchor_month <= 3 else 0)
        else:
            base = _calendar_year(stated, self.anchor_month) if stated is not None else None
        return None if base is None else base + self.roll


def rolled_dates(text: str) -> dict[int, Rolled]:
    """The dates of ``text`` that follow another date in one range or list (:data:`_CHAIN_LINK` between them on one
    line), keyed by where their month's numeral starts, each with its run's first date and the year turns between:
    a month earlier than the previous date's is the next year's. The kind (fresh-user trial 80e): a notice's
    ``年末年始休館日：12月29日（火）～1月3日（日）`` under ``令和8年`` was checked as 2026-01-03 (a Saturday) and so
    belied the text's year; the range crosses the year end, 1月3日 is 2027's (a Sunday).

    >>> r = rolled_dates("休館日：12月29日（火）～1月3日（日）")
    >>> [(v.anchor_month, v.roll) for v in r.values()]
    [(12, 1)]
    >>> [v.roll for v in rolled_dates("12月28日（月）、12月30日（水）、1月4日（月）、1月6日（水）").values()]
    [0, 1, 1]

    A schedule's or a holiday list's lines are one list too (session 82, fresh-user trials 81a and 81c: a temple
    bulletin's ``○除夜の鐘　１２月３１日（\ufffd）…`` over ``○修正会　１月１日（金）…``, a clinic's rows ``12月31日(\ufffd) 休診`` /
    ``1月1日(水・祝) 休診``): dates each with its bracketed day of the week, on lines that open alike (the same list mark,
    or the date itself) with no other date between them (:func:`_listed_over_lines`), turn the year over its end:

    >>> [v.roll for v in rolled_dates("12月13日（日）10時\\n1月10日（日）13時").values()]
    [1]
    >>> [v.roll for v in rolled_dates("○除夜の鐘　12月31日（木）より\\n　どなたでも\\n○修正会　1月1日（金）より").values()]
    [1]
    >>> [v.roll for v in rolled_dates("12月25日（金）～ 1月7日（木）　休業\\n 1月 8日（金）　始業式").values()]
    [1, 1]
    >>> rolled_dates("12月13日（日）に開いた。\\n本文の続き1月10日（日）に")  # no list: the lines open unalike
    {}
    >>> [v.roll for v in rolled_dates("12月5日（金）、11月20日（木）").values()]  # a list newest first: no turn
    [0]
    """
    rolled: dict[int, Rolled] = {}
    previous = None
    anchor = None
    for m in _CHAIN_DATE.finditer(text):
        month, day = numeral_value(m.group("month")), numeral_value(m.group("day"))
        if month is None or day is None or not 1 <= month <= 12:
            previous = None
            continue
        own = _year_of(m) if m.group("chain_year") else None
        chained = (previous is not None and _CHAIN_LINK.fullmatch(text, previous[0].end(), m.start()) is not None
                   and "\n" not in text[previous[0].end():m.start()])
        listed = not chained and previous is not None and _listed_over_lines(text, previous[0], m)
        if not (chained or listed) or own is not None:
            anchor = (month, day, own, bool(own is not None and m.group("fiscal")))
            previous, roll = (m, month), 0
            continue
        link = text[previous[0].end():m.start()]
        if month < previous[1] and ((chained and _RANGE_MARK.search(link)) or (previous[1] >= 10 and month <= 3)):
            # a range turns the year wherever its month goes back (``9月1日～3月31日``); a list only over the year
            # end (``12月28日、1月4日``): a list going back by a month or two is written newest first
            # (``12月5日（金）、11月20日（木）``)
            roll += 1
        rolled[m.start("month")] = Rolled(anchor[0], anchor[1], anchor[2], anchor[3], roll)
        previous = (m, month)
    return rolled


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

    # an era's initial (``R7年``, ``H31年``: forms and tables) is the era's year
    return _LETTER_YEAR.sub(lambda m: _LETTER_ERA[m.group("letter")] + m.group("n"), date_digits(text))


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


def _sole_year(stated: re.Match | None, text: str, month: int, day: int, right: str,
               rolled: Rolled | None = None) -> tuple[int | None, str | None]:
    """The year a date with no year of its own takes from its text where no intact date of the text shows its days,
    or why it cannot: ``(year, None)`` or ``(None, why)``. It can where the text states one calendar year and no
    other (every year it writes, ``2026年`` or ``令和8年``, the same: a prescription's ``処方日　2026年2月9日`` before
    ``次回は3月9日（�）``), the date does not fall before a full date stated in that year (``2026年12月20日`` then
    ``1月9日`` is the next year's) unless a fiscal year the text states rules the next year out, and the slot cannot
    be a holiday's mark: a lone bracket (``（�）``, no ``曜``) on a day that may be a holiday (:func:`may_be_holiday`)
    may hold ``祝``. Trial 76d's ``3月9日（�）`` (the year on line 4).

    A fiscal year (``令和7年度``: April to March) beside the one calendar year places the date too: the date's year is
    the one both allow (fresh-user trial 80a's council bulletin: ``令和７年８月１日発行`` and ``令和７年度…補正予算``
    place the session's ``７月２日（�）`` in 2025 — 2026's July is fiscal 2026's, which the text never names). A text
    whose years are fiscal only stays open (no calendar year to check the fiscal one against: session 77's measure).
    ``rolled``: the date follows an earlier one in a range or list (:func:`rolled_dates`); the run's first date is the
    one placed, this date is that year's or the next (``12月29日（火）～1月3日（�）``)."""
    if stated is None:
        return None, "the date states no year, nor does the text before it"
    found = list(_YEAR_ALONE.finditer(_in_digits(text)))
    years = {_year_of(m) for m in found}
    calendar = {_year_of(m) for m in found if not m.group("fiscal")} - {None}
    fiscal = {_year_of(m) for m in found if m.group("fiscal")} - {None}
    if len(calendar) != 1:
        return None, (f"the date states no year, no intact date of the text shows which year its dates fall in, and "
                      f"the text states more than one ({', '.join(str(y) for y in sorted(y for y in years if y))})"
                      if len(years) > 1 else "the date states no year, and the text's year is a fiscal year, which no "
                                             "intact date places")
    year = next(iter(calendar))
    first_month, first_day = (rolled.anchor_month, rolled.anchor_day) if rolled is not None else (month, day)
    later = None
    for full in re.finditer(rf"{_YEAR}\s*{_DATE}", _in_digits(text)):
        if full.group("fiscal"):
            continue
        if (first_month, first_day) < (_number(full.group("month")), _number(full.group("day"))):
            later = full
            break
    candidates = [year, year + 1] if later is not None else [year]
    if fiscal:
        # the fiscal year a date of that month falls in: April onwards the calendar year's, January to March the
        # year before's
        # only the calendar year itself is taken: a fiscal year that places the date in the next calendar year
        # only (``令和7年9月1日発行`` over ``令和8年度の総会は7月5日``) is a plan's or a report's, and the text's one
        # calendar year does not say which
        candidates = [y for y in candidates if (y if first_month >= 4 else y - 1) in fiscal]
        if candidates != [year]:
            return None, (f"the date states no year, and the text's calendar year {year} and its fiscal year"
                          f"{'s' if len(fiscal) > 1 else ''} {'、'.join(f'{y}年度' for y in sorted(fiscal))} "
                          + ("place it in different years" if year not in candidates else
                             f"allow both {year} and {year + 1}"))
    elif later is not None:
        return None, (f"the date states no year and falls before {later.group(0).strip()}, the text's dated day: it "
                      f"may be {year + 1}'s")
    year = candidates[0] + (rolled.roll if rolled is not None else 0)
    if right.lstrip().startswith((")", "）")) and _day(year, month, day) and may_be_holiday(
            datetime.date(year, month, day)):
        return None, (f"{year}-{month:02d}-{day:02d} may be a holiday, whose bracket may hold 祝 rather than its "
                      f"day, and no intact date of the text shows how it writes one")
    return year, None


def calendar_day(left: str, right: str, text_before: str, text: str) -> CalendarDay | None:
    """What the calendar says of a lost day of the week between ``left`` and ``right`` (None where the gap is no
    day of the week). ``text_before``: the document's text before the gap (where a date without a year takes the
    last year stated); ``text``: the whole document, whose intact dates with their days must agree with the
    calendar in that year. ``weekday`` is None where the calendar cannot say (no year, a year the dates belie,
    no such date), ``why`` says which. A date after an earlier one in a range or list (:func:`rolled_dates`) is that
    date's year, or the next where its month comes earlier: so is every intact date the calendar checks.

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
    >>> calendar_day("休館日：12月29日（火）～1月4日（", "）", "令和8年11月1日発行 ", "12月20日（日）").weekday
    '月'
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
    # a date after an earlier one in a range or list, on its line or a list's lines above: the run's first date is
    # the one placed
    above = _in_digits(text_before if text_before.endswith(left) else left.rsplit("\n", 1)[-1])
    line = above.rsplit("\n", 1)[-1]
    at = _BEFORE.search(line)
    rolled = rolled_dates(above + _GAP + "）").get(len(above) - len(line) + at.start("month")) \
        if at is not None and not own else None
    if rolled is not None and rolled.anchor_year is not None:
        year, own = rolled.year(None), True
    elif rolled is not None:
        year = rolled.year(stated)
    elif year is None:
        year = _calendar_year(stated, month) if stated is not None else None
    if year is None:
        return CalendarDay(None, None, "the date states no year, nor does the text before it")
    if _day(year, month, day) is None:
        return CalendarDay(None, None, f"{year}-{month:02d}-{day:02d} is no date")
    if not own:
        digits = _in_digits(text)
        runs = rolled_dates(digits)
        written = []
        for w in _WRITTEN.finditer(digits):
            w_month = _number(w.group("month"))
            run = runs.get(w.start("month"))
            w_year = run.year(stated) if run is not None else _year_of(w) or _calendar_year(stated, w_month)
            written.append((w, _day(w_year, w_month, _number(w.group("day"))) if w_year is not None else None))
        wrong = [w.group(0) for w, d in written if d != w.group("weekday")]
        if wrong:
            return CalendarDay(None, None, f"the text's intact dates do not all fall on their days in {year} "
                                           f"({'、'.join(wrong[:2])})")
        if not written:
            sole, why = _sole_year(stated, text, month, day, right, rolled)
            if sole is None:
                return CalendarDay(None, None, why)
            year = sole
            if _day(year, month, day) is None:
                return CalendarDay(None, None, f"{year}-{month:02d}-{day:02d} is no date")
    date = datetime.date(year, month, day)
    run = ("" if rolled is None else
           f"; it follows {rolled.anchor_month}月{rolled.anchor_day}日 in its range or list, "
           + ("in that date's year" if not rolled.roll else "and the run turns the year's end before it (a month earlier than "
              "the one before): the next year's" if rolled.roll == 1 else f"the year turning {rolled.roll} times"))
    if not own and not written:
        where = stated.string[:stated.end()].rsplit("\n", 1)[-1] + stated.string[stated.end():].split("\n", 1)[0]
        return CalendarDay(_day(year, month, day), date, f"{date.isoformat()} falls on a {date.strftime('%A')} "
                                                         f"({_day(year, month, day)}), the year from "
                                                         f"{stated.group(0).strip()} in the line "
                                                         f"「{where.strip()[:40]}」, the one year the text states"
                                                         + (" (its fiscal year agreeing)" if any(
                                                             f.group("fiscal") for f in _YEAR_ALONE.finditer(
                                                                 _in_digits(text))) else "") + run,
                           SOLE_YEAR_CONFIDENCE)
    return CalendarDay(_day(year, month, day), date, f"{date.isoformat()} falls on a {date.strftime('%A')} "
                                                     f"({_day(year, month, day)})"
                       + ("" if own and rolled is None else
                          f", the year from its range's first date" if own else
                          f", the year from {stated.group(0)}, stated before it, in which the text's intact dates "
                          "fall on the days they name") + run)


# -- A lost digit of a date whose day of the week is printed (issue 19, fresh-user trial 77d) ----------------------

KANJI_NUMERALS = "〇一二三四五六七八九十"
"""The numerals a date writes in kanji (``五月十一日``, ``二〇二五年``)."""
_GAP = "\ufffd"
_NUMERAL = rf"[0-9０-９{KANJI_NUMERALS}{_GAP}]{{1,4}}"
_MARK = r"(?P<mark>[・･]\s*(?:祝|祝日|祭|祭日|休|休日|振休)\s*)?"
_YEAR_OF_DATE = (rf"(?P<stated>(?:{ERA}\s*(?:[0-9０-９]{{1,2}}|[{KANJI_NUMERALS}]{{1,3}}|元)|[0-9０-９]{{4}}|[〇一二三四五六七八九]{{4}}"
                 rf"|(?<![A-Za-z])[RHS]\s*[0-9０-９]{{1,2}})\s*年(?P<own_fiscal>度)?)")
_JA_DATE_DAY = re.compile(rf"(?:{_YEAR_OF_DATE}\s*)?(?P<month>{_NUMERAL})\s*月\s*(?P<day>{_NUMERAL})\s*日\s*[（(]\s*"
                          rf"(?P<weekday>[{WEEKDAYS}])(?:曜日?)?\s*{_MARK}[）)]")
"""A Japanese date and its printed day of the week, a numeral of it perhaps lost (``五月十\ufffd日（日）``)."""
_SLASHED_DATE_DAY = re.compile(rf"(?<![0-9０-９./／])(?:(?P<slashed_year>(?:[0-9]{{4}}|(?<![A-Za-z])[RHS][0-9]{{1,2}}))[./／])?"
                               rf"(?P<month>[0-9{_GAP}]{{1,2}})[./／](?P<day>[0-9{_GAP}]{{1,2}})\s*[（(]\s*"
                               rf"(?P<weekday>[{WEEKDAYS}])(?:曜日?)?\s*{_MARK}[）)]")
"""A date in figures and strokes or points (``2025/5/11（日）``, ``R7.5.11(日)``, ``5/11(日)``)."""
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_DAY = (r"(?P<weekday>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|Monday|Tuesday|Wednesday|Thursday|Friday"
           r"|Saturday|Sunday)")
_EN_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
             r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![A-Za-z])")
"""An English month's name, whole or cut (never the start of a word: ``Sat 21  Marlow`` is no 21 March)."""
_EN_NUMBER = rf"(?P<day>[0-9{_GAP}]{{1,2}})(?:st|nd|rd|th)?"
_EN_YEAR = r"(?:,?\s+(?P<year>(?:19|20)[0-9]{2})\b)?"
_EN_DATE_DAY = (re.compile(rf"\b{_EN_DAY},?\s+{_EN_NUMBER}\s+(?:of\s+)?{_EN_MONTH}{_EN_YEAR}"),
                re.compile(rf"\b{_EN_DAY},?\s+{_EN_MONTH}\s+{_EN_NUMBER}{_EN_YEAR}"),
                re.compile(rf"\b{_EN_MONTH}\s+{_EN_NUMBER}{_EN_YEAR}\s*\(\s*{_EN_DAY}\s*\)"),
                re.compile(rf"\b{_EN_NUMBER}\s+{_EN_MONTH}{_EN_YEAR}\s*\(\s*{_EN_DAY}\s*\)"))
"""An English date with its day of the week (``Sunday 11 May 2025``, ``Sun, May 11``, ``May 11 (Sun)``)."""
_EN_YEAR_ALONE = re.compile(r"(?<![0-9A-Za-z])(?:19|20)[0-9]{2}(?![0-9])")
_LETTER_YEAR = re.compile(r"(?<![A-Za-z])(?P<letter>[RHS])\s*(?P<n>[0-9０-９]{1,2})\s*(?=年)")
_LETTER_ERA = {"R": "令和", "H": "平成", "S": "昭和"}
_NO_ERA_LETTERS = str.maketrans("", "", "年度RHS 　令和平成昭和大正明治元")
_DATE_WINDOW = 48
"""Characters either side of a gap that hold its date and day of the week at most."""


def numeral_value(text: str) -> int | None:
    """The number a date's numeral writes: figures (``11``, ``１１``) or kanji (``十一``, ``二十三``, ``三十``, ``十``,
    ``二〇``), or None where the string is no numeral (``十十``, ``1十``).

    >>> [numeral_value(s) for s in ("11", "１８", "十八", "二十三", "十", "三十一", "二〇", "十十", "九九九")]
    [11, 18, 18, 23, 10, 31, 20, None, None]
    """
    if not text:
        return None
    if all(c in "0123456789０１２３４５６７８９" for c in text):
        return int(unicodedata.normalize("NFKC", text))
    if any(c not in KANJI_NUMERALS for c in text):
        return None
    units = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if "十" in text:
        tens, _, ones = text.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1 or "〇" in tens + ones:
            return None
        return (units[tens] if tens else 1) * 10 + (units[ones] if ones else 0)
    if len(text) > 2 or (len(text) == 2 and text[0] == "〇"):
        return None
    return int("".join(str(units[c]) for c in text))


def _stated_years(text: str, english: bool) -> list[tuple[int, bool]]:
    """The years a text states, each with whether it is a fiscal year (``令和7年度``), in order: ``2025年``,
    ``令和七年``, ``R7年``; in English text, a year of four figures (1900–2099)."""
    if english:
        return [(int(m.group(0)), False) for m in _EN_YEAR_ALONE.finditer(text)]
    digits = _in_digits(text)
    return [(_year_of(m), bool(m.group("fiscal"))) for m in _YEAR_ALONE.finditer(digits) if _year_of(m) is not None]


def _own_year(m: re.Match) -> tuple[int | None, bool]:
    """The year a date states itself (``令和七年五月…``, ``2025/5/11``, ``Sunday 11 May 2025``) and whether it is a
    fiscal one."""
    groups = m.groupdict()
    if groups.get("stated"):
        years = _stated_years(groups["stated"], english=False)
        return (years[0][0], bool(groups.get("own_fiscal"))) if years else (None, False)
    if groups.get("slashed_year"):
        y = groups["slashed_year"]
        return (int(y) if y[0].isdigit() else ERA_START[_LETTER_ERA[y[0]]] + int(y[1:])), False
    if groups.get("year"):
        return int(groups["year"]), False
    return None, False


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_of(m: re.Match, month: str) -> int | None:
    if month[:1].isascii() and month[:1].isalpha():
        return _EN_MONTHS.index(month[:3].lower()) + 1
    return numeral_value(month)


def _weekday_index(word: str) -> int:
    if word in WEEKDAYS:
        return WEEKDAYS.index(word)
    return [d[:3] for d in ENGLISH_WEEKDAYS].index(word[:3])


@dataclass(frozen=True)
class DateFits:
    """What the calendar says of a lost numeral of a date whose day of the week is printed.

    ``fits``: the fills (of the numerals the place allows, :attr:`tried`) that make a date falling on the printed day
    in a year the text allows, in the order tried; ``commit``: whether exactly one fits and the year is certain (the
    date's own, or the one calendar year the text states, no holiday's mark in the bracket); ``read``: the date as
    printed; ``years``: the years weighed; ``why``: the reason a single fit may not be committed (empty where it may).
    """

    read: str
    weekday: str
    fits: tuple[str, ...]
    tried: tuple[str, ...]
    years: tuple[int, ...]
    commit: bool
    why: str
    own_year: bool

    def row(self) -> str:
        """The evidence row: the date read, the printed day, the year(s), the fills that fit."""
        years = "/".join(str(y) for y in self.years)
        fit = "、".join(self.fits) if self.fits else "none"
        return (f"{self.read}: the printed day {self.weekday} in {years} "
                f"({'the date' if self.own_year else 'the text'}'s year) fits {fit} of {''.join(self.tried)}")


def date_fits(left: str, right: str, text: str) -> DateFits | None:
    """The calendar's reading of a gap between ``left`` and ``right`` (its line) that stands for a numeral of a date's
    month or day where the date's day of the week is printed after it (``五月十\ufffd日（日）``, ``5/1\ufffd(日)``,
    ``Sunday 1\ufffd May 2025``); None where the gap is no such numeral, or the calendar cannot say (no year stated;
    the text's intact dates with their days belie its year). ``text``: the whole document (its stated years).

    The year: the date's own; else the one calendar year the text states (the next one too where the date may fall
    after a full date of that year, never committed then), or, where it states more, the one its intact dates with
    their days fall in (session 72's rule); a fiscal year (``令和7年度``) gives a month's calendar year but never
    commits. Fresh-user trial 77d: ``五月十\ufffd日（日）`` under 令和七年 had 三 committed from a date two lines up,
    though 2025-05-13 is a Tuesday; 11 and 18 May 2025 are the Sundays (一, 八: open).

    >>> f = date_fits("・吟行会を五月十", "日（日）に予定", "令和七年三月\\n四月十三日（日）\\n")
    >>> f.fits, f.commit
    (('一', '八'), False)
    >>> f = date_fits("令和7年5月", "1日（日）", "")
    >>> f.fits, f.commit
    (('1',), True)
    """
    lo = left[-_DATE_WINDOW:]
    window = lo + _GAP + right[:_DATE_WINDOW]
    at = len(lo)
    english = False
    found = None
    for pattern in (_JA_DATE_DAY, _SLASHED_DATE_DAY) + _EN_DATE_DAY:
        for m in pattern.finditer(window):
            if m.group(0).count(_GAP) != 1:
                continue
            for part in ("month", "day"):
                if m.start(part) <= at < m.end(part) and _GAP in m.group(part):
                    found = (m, part)
                    break
            if found:
                break
        if found:
            english = pattern in _EN_DATE_DAY
            break
    if found is None:
        return None
    m, part = found
    numeral = m.group(part)
    if numeral == _GAP and part == "month" and _own_year(m)[0] is None:
        return None  # a month lost whole with no year before it may be a word's (今月, 翌月, 同月): no numeral's place
    other = m.group("day" if part == "month" else "month")
    # the numerals' style: the gap's own numeral's, else the year's (``令和７年６月26日``: the month alone in its
    # group is written as the year is), else the other numeral's
    style = numeral.replace(_GAP, "") or (m.groupdict().get("stated") or "").translate(_NO_ERA_LETTERS) or other
    if any(c in KANJI_NUMERALS for c in style):
        alphabet = KANJI_NUMERALS
    elif any(c in "０１２３４５６７８９" for c in style):
        alphabet = "０１２３４５６７８９"
    else:
        alphabet = "0123456789"
    own, own_fiscal = _own_year(m)
    weekday = m.group("weekday")
    target = _weekday_index(weekday)
    mark = bool(m.groupdict().get("mark"))
    why = ""
    if _own_days_belied(text, english):
        return None  # the text prints days its dates' own years belie (a made-up notice, another year's days)
    if own is not None:
        years_of = (lambda month: [own + 1 if own_fiscal and month <= 3 else own])
        if own_fiscal:
            why = "the date's year is a fiscal year"
    else:
        stated = _stated_years(text, english)
        if not stated:
            return None  # no year: every date falls on every day of the week in some year
        if any(f for _, f in stated):
            fiscal = sorted({y for y, f in stated if f})
            if len(fiscal) > 1 or any(not f for _, f in stated):
                return None
            years_of = (lambda month: [fiscal[0] + 1 if month <= 3 else fiscal[0]])
            why = f"the text states a fiscal year ({fiscal[0]}年度), no calendar year"
        else:
            calendar_years = sorted({y for y, _ in stated})
            agreeing = [y for y in calendar_years if _intact_days_agree(text, y, english) is True]
            if len(calendar_years) > 1:
                if len(agreeing) != 1:
                    return None  # more than one year and no intact date says which: the calendar cannot rule out
                calendar_years = agreeing
            elif _intact_days_agree(text, calendar_years[0], english) is False:
                return None  # the text's intact dates fall on their days in another year: its year is belied
            year = calendar_years[0]
            later = _last_full_date(text, year, english)
            years_of = (lambda month: [year])
            if later is not None:
                years_of = (lambda month: [year, year + 1])
                why = (f"the text's dated day {later.isoformat()}: a date before it may be {year + 1}'s")
    if mark:
        why = why or "a holiday's mark in the bracket"
    tried, fits, weighed = [], [], set()
    for fill in alphabet:
        value = numeral_value(numeral.replace(_GAP, fill))
        month = value if part == "month" else _month_of(m, other)
        day = value if part == "day" else numeral_value(other)
        if value is None or month is None or day is None or not 1 <= month <= 12:
            continue
        ok = False
        for in_year in years_of(month):
            try:
                date = datetime.date(in_year, month, day)
            except ValueError:
                continue
            weighed.add(in_year)
            if fill not in tried:
                tried.append(fill)
            ok = ok or date.weekday() == target
        if ok:
            fits.append(fill)
    if not tried:
        return None
    if len(fits) > 1 and not why:
        why = f"{len(fits)} fills fit"
    elif not fits:
        why = why or "no fill fits: a misprinted day or year"
    return DateFits(m.group(0), weekday, tuple(fits), tuple(tried), tuple(sorted(weighed)),
                    len(fits) == 1 and not why, why, own is not None)


def _intact_days_agree(text: str, year: int, english: bool) -> bool | None:
    """Whether the text's intact dates with their printed days (and no year of their own) fall on those days in
    ``year``: True, False (one does not), None (no such date). A date after an earlier one in a range or list is
    the run's year or the next (:func:`rolled_dates`), one whose run starts with its own year is that year's."""
    verdicts = []
    patterns = _EN_DATE_DAY if english else (_JA_DATE_DAY, _SLASHED_DATE_DAY)
    runs = {} if english else rolled_dates(text)
    for pattern in patterns:
        for m in pattern.finditer(text):
            run = runs.get(m.start("month")) if pattern is _JA_DATE_DAY else None
            if _GAP in m.group(0) or _own_year(m)[0] is not None or (run is not None and run.anchor_year is not None):
                continue
            month = _month_of(m, m.group("month"))
            day = numeral_value(m.group("day"))
            if month is None or day is None:
                continue
            try:
                verdicts.append(datetime.date(year + (run.roll if run is not None else 0), month, day).weekday()
                                == _weekday_index(m.group("weekday")))
            except ValueError:
                continue
    return None if not verdicts else all(verdicts)


def _own_days_belied(text: str, english: bool) -> bool:
    """Whether an intact date of the text with its own year (``令和8年5月10日（金）``) does not fall on the day it prints
    in that year: the text's days are then no evidence (a notice made up, or reusing another year's days). A date
    after one with its own year in a range or list is that year's or the next (:func:`rolled_dates`)."""
    runs = {} if english else rolled_dates(text)
    for pattern in _EN_DATE_DAY if english else (_JA_DATE_DAY, _SLASHED_DATE_DAY):
        for m in pattern.finditer(text):
            year = _own_year(m)
            run = runs.get(m.start("month")) if pattern is _JA_DATE_DAY else None
            if year[0] is None and run is not None and run.anchor_year is not None:
                year = (run.year(None), False)
            if _GAP in m.group(0) or year[0] is None or year[1]:
                continue
            month, day = _month_of(m, m.group("month")), numeral_value(m.group("day"))
            try:
                if month and day and datetime.date(year[0], month, day).weekday() != _weekday_index(m.group("weekday")):
                    return True
            except ValueError:
                return True
    return False


def _last_full_date(text: str, year: int, english: bool) -> datetime.date | None:
    """The latest full date of ``year`` the text states (``2025年12月9日``), None where it states none."""
    if english:
        return None
    dates = []
    for full in re.finditer(rf"{_YEAR}\s*{_DATE}", _in_digits(text)):
        if _year_of(full) == year and not full.group("fiscal"):
            try:
                dates.append(datetime.date(year, _number(full.group("month")), _number(full.group("day"))))
            except ValueError:
                continue
    return max(dates) if dates else None


_EN_SLOT_AFTER = (re.compile(rf"^\.?,?\s+{_EN_NUMBER}\s+(?:of\s+)?{_EN_MONTH}{_EN_YEAR}"),
                  re.compile(rf"^\.?,?\s+{_EN_MONTH}\s+{_EN_NUMBER}{_EN_YEAR}"))
_EN_SLOT_BEFORE = (re.compile(rf"{_EN_MONTH}\s+{_EN_NUMBER}{_EN_YEAR}\s*\(\s*$"),
                   re.compile(rf"{_EN_NUMBER}\s+{_EN_MONTH}{_EN_YEAR}\s*\(\s*$"))
"""An English date after a lost day of the week (``\ufffd\ufffd\ufffd, 11 May``) or before it in brackets
(``May 11 (\ufffd\ufffd\ufffd)``)."""


def english_calendar_day(left: str, right: str, length: int, text: str) -> CalendarDay | None:
    """What the calendar says of a whole English day of the week lost before or after its date (``\ufffd\ufffd\ufffd
    11 May 2025``, ``May 11 (\ufffd\ufffd\ufffd)``), None where the gap is no such slot. A lost letter inside a day's
    name (``Sun\ufffday``) is a word's, restored as any word; a whole name (``\ufffd`` × 6) fits Monday, Friday and
    Sunday alike and is left to the fills unless the calendar's day is the one of that length (then committed too).
    The year: the date's own, else the one year the text states (four figures) where its intact dates with days fall
    on them in it (:func:`_intact_days_agree`), committed at :data:`SOLE_YEAR_CONFIDENCE`.

    >>> english_calendar_day("", " 11 May 2025: garden open", 3, "").weekday
    'Sun'
    >>> english_calendar_day("Open day May 11 (", ")", 3, "Spring 2025").weekday
    'Sun'
    """
    forms = {d: (d[:3],) + ((d,) if len(d) == length else ()) for d in ENGLISH_WEEKDAYS}
    if length not in (3, 6, 7, 8, 9):
        return None
    m = None
    if right[:1] == ")" and left.endswith("("):
        m = next((x for x in (p.search(left[-_DATE_WINDOW:]) for p in _EN_SLOT_BEFORE) if x), None)
    elif (not left or not left[-1].isalnum()) and not right[:1].isalnum():
        m = next((x for x in (p.match(right) for p in _EN_SLOT_AFTER) if x), None)
    if m is None:
        return None
    month, day = _month_of(m, m.group("month")), numeral_value(m.group("day") or "")
    if month is None or day is None or _GAP in m.group(0):
        return None
    own = m.group("year")
    if own:
        year, confidence = int(own), None
    else:
        years = {y for y, _ in _stated_years(text, english=True)}
        if len(years) != 1:
            return CalendarDay(None, None, "the date states no year, and the text states "
                                           + ("none" if not years else "more than one"))
        year, confidence = years.pop(), SOLE_YEAR_CONFIDENCE
        if _intact_days_agree(text, year, english=True) is False or _own_days_belied(text, english=True):
            return CalendarDay(None, None, f"the text's intact dates do not fall on their days in {year}")
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return CalendarDay(None, None, f"{year}-{month:02d}-{day:02d} is no date")
    name = ENGLISH_WEEKDAYS[date.weekday()]
    fill = next((f for f in forms[name] if len(f) == length), None)
    if fill is None:
        return CalendarDay(None, date, f"{date.isoformat()} falls on a {name}, whose name is not {length} letters")
    return CalendarDay(fill, date, f"{date.isoformat()} falls on a {name}"
                       + ("" if own else f", the year {year} the one the text states"), confidence)


# -- A run of day rows under a month stated above them (issue 19, fresh-user trial 78d) -----------------------------

_JA_DAY_ROW = re.compile(rf"^[\s　]*(?P<day>[0-9０-９{_GAP}]{{1,2}})\s*日\s*[（(]\s*(?P<weekday>[{WEEKDAYS}]|{_GAP})"
                         rf"(?:曜日?)?\s*{_MARK}[）)]")
"""A schedule's row that prints a day and its day of the week but no month (``２０日（金）　身体測定``)."""
_EN_ROW_DAY = (r"(?P<weekday>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|Monday|Tuesday|Wednesday|Thursday"
               r"|Friday|Saturday|Sunday|\ufffd{3,9})")
_EN_DAY_ROW = re.compile(rf"^\s*{_EN_ROW_DAY},?\s+(?P<day>[0-9{_GAP}]{{1,2}})(?:st|nd|rd|th)?(?![0-9])"
                         rf"(?!\s*(?:of\s+)?{_EN_MONTH.replace('(?P<month>', '(?:')})")
"""An English schedule's row: a day of the week and the day, no month (``Sat 14  v Barnes (H)``)."""
_JA_ROW_MONTH = re.compile(rf"^[\s　]*(?P<month>{_DIGITS}{{1,2}})\s*月\s*{_DIGITS}{{1,2}}\s*日")
_JA_MONTH = re.compile(rf"(?<![0-9０-９])(?P<month>{_DIGITS}{{1,2}})\s*月(?!\s*{_DIGITS}{{1,2}}\s*日)")
_EN_MONTH_WORD = re.compile(rf"\b{_EN_MONTH}(?![A-Za-z])")
_RUN_LONGEST = 40
"""Lines a run of day rows and its heading span at most."""


@dataclass(frozen=True)
class DayRows:
    """A run of day rows (no month on them) and the month stated over it: ``month`` (1–12), ``said`` (the line that
    states it), ``rows`` (the run's intact rows, each as a full date, ``6月4日（水）`` or ``Wed 4 June``, for the
    calendar's checks), and ``english``."""

    month: int
    said: str
    rows: tuple[str, ...]
    english: bool


def _day_row(line: str) -> tuple[re.Match, bool] | None:
    m = _JA_DAY_ROW.match(line)
    if m:
        return m, False
    m = _EN_DAY_ROW.match(line)
    return (m, True) if m else None


def _stated_month(line: str, english: bool) -> int | None:
    """The one month ``line`` states (a heading ``■ ６月の行事予定``, ``June fixtures``, or a row with its month
    ``６月４日（水）``), None where it states none or more than one."""
    if english:
        months = {_month_of(m, m.group("month")) for m in _EN_MONTH_WORD.finditer(line)}
    else:
        row = _JA_ROW_MONTH.match(line)
        if row:
            return _number(row.group("month"))
        months = {_number(m.group("month")) for m in _JA_MONTH.finditer(line)}
    months.discard(None)
    month = next(iter(months)) if len(months) == 1 else None
    return month if month is not None and 1 <= month <= 12 else None


def day_rows(lines: list[str], index: int) -> DayRows | None:
    """The month over the day row ``lines[index]`` (``２０日（\ufffd）　身体測定`` under ``■ ６月の行事予定``, or
    ``\ufffd\ufffd\ufffd 21  v Barnes`` under ``June fixtures``), None where the line is no such row or no one month
    is stated over its run. The run: the lines above and below up to a blank line or a line stating a month; the
    first line above that states one month (a heading, or a row with its month) is the run's month. Lines of the run
    that are no rows (a row's wrap) are passed over. The rows are returned as full dates so that the calendar checks
    that their printed days fall in that month (the month read from a heading is trusted only where they do).

    >>> r = day_rows(["■ ６月の行事予定", "　４日（水）　歯科検診", "２０日（\ufffd）　身体測定"], 2)
    >>> r.month, r.rows
    (6, ('6月4日（水）',))
    >>> day_rows(["■ 行事予定", "２０日（\ufffd）"], 1) is None
    True
    """
    own = _day_row(lines[index])
    if own is None:
        return None
    english = own[1]
    month, said = None, ""
    for back in range(index - 1, max(-1, index - _RUN_LONGEST), -1):
        line = lines[back]
        if not line.strip():
            break
        if _day_row(line) is not None:
            continue
        month = _stated_month(line, english)
        if month is not None:
            said = line.strip()
            break
        if (_EN_MONTH_WORD if english else _JA_MONTH).search(line):
            break  # a line stating two months: the run's month is not told
    if month is None:
        return None
    rows = []
    first = next((i for i in range(index, -1, -1) if lines[i].strip() == said), index)
    for i in range(first + 1, min(len(lines), index + _RUN_LONGEST)):
        line = lines[i]
        if not line.strip() or (i > index and _stated_month(line, english) is not None and _day_row(line) is None):
            break
        found = _day_row(line)
        if i == index or found is None or found[1] != english or _GAP in found[0].group(0):
            continue
        m = found[0]
        day = numeral_value(m.group("day"))
        if english:
            rows.append(f"{m.group('weekday')} {day} {_EN_MONTH_NAMES[month - 1]}")
        else:
            rows.append(f"{month}月{day}日（{m.group('weekday')}）")
    return DayRows(month, said, tuple(rows), english)


_EN_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


def row_date(left: str, right: str, rows: DayRows) -> tuple[str, str]:
    """The gap's row read as a full date under its run's month: ``left`` and ``right`` (the row's text either side
    of the gap) with the month written in (``２０日（`` → ``6月２０日（``; ``\ufffd\ufffd\ufffd`` + `` 21  v Barnes``
    → `` 21 June  v Barnes``), for :func:`calendar_day`, :func:`english_calendar_day` and :func:`date_fits`."""
    if not rows.english:
        lead = len(left) - len(left.lstrip(" \t　"))
        return left[:lead] + f"{rows.month}月" + left[lead:], right
    # the month after the day's figures (``\ufffd\ufffd\ufffd June 21``, ``Sat 1\ufffd June``): forms the English
    # patterns read
    m = re.match(r"^([0-9]*(?:st|nd|rd|th)?)(.*)$", right, re.S)
    return left, m.group(1) + f" {_EN_MONTH_NAMES[rows.month - 1]}" + m.group(2)
