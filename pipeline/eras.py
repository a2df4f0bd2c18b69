"""Japanese era names (gengō): the one list that dates written in an era are read with.

A date in a Japanese document is written in the Western calendar (``2025年``) or in an era's (``令和7年``,
``昭和33年``); every rule that reads a date, a fiscal year or a session line reads the era's name from here.
"""

ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
"""Each era since the calendar reform of 1873, newest first, and the Western year before its first year, so that
year ``n`` of the era is ``ERA_START[era] + n`` (令和元年 2019, 平成元年 1989, 昭和元年 1926, 大正元年 1912, 明治元年 1868)."""

ERAS = tuple(ERA_START)
"""The era names alone, newest first."""

ERA = "(?:" + "|".join(ERAS) + ")"
"""A regular-expression group for any one of :data:`ERAS`."""
