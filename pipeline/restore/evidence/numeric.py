"""Digits for a gap inside a number: the number's shape says a digit was lost, not which.

A gap beside a decimal point (``1\ufffd.5%``) or inside a number framed as
one (``第1\ufffd回``, ``8時1\ufffd分``: a prefix that takes a number before it, a
counter after it) held a digit; one between surviving digits (``2\ufffd24年``)
a digit or what joins two numbers (``8時15分``, ``3〜5人``): no other word of
the lexicon or fill of the character model fits there, however well it reads
(``8時1\ufffd分`` read as 部分). Every digit of the surviving digits' width is
proposed, and only those (and the joiners) stay candidates, ranked by how
they read.
Which digit it was the words around a number do not settle: a digit is
committed only on the evidence that does (the talk's other language writes
the number, a heading sequence, the number repeated with its words around
it; :func:`unsettled`).
"""

from __future__ import annotations

import functools
import itertools
import re

from pipeline.eras import ERAS
from pipeline.chardata import DIGITS, FULLWIDTH_DIGITS, JA_LETTER_RE, KANJI, KATAKANA, TO_ASCII_DIGITS, TO_FULLWIDTH_DIGITS
from pipeline.model import GAP
from pipeline.numbering import kanji_numeral
from pipeline.restore.evidence.base import Proposal, Site
from pipeline.vocab import EvidenceKind

PREFIXES = "第時約計全"
"""Characters that take a number directly after them (第1回, 8時15分, 約3割)."""
ERA_FIRST = "元"
"""How the first year of an era is written (令和元年): a candidate of an era's lost year beside the digits. A year's
number follows an era's name (:data:`pipeline.eras.ERAS`) directly and 年 (or 年度) follows the number (令和6年,
平成2\ufffd年; issue 19, session 61: ``令和\ufffd年`` was offered 今, 来, 初, 前, 昨, never a digit). The year's number is a
frame as :data:`PREFIXES` and :data:`COUNTERS` make one, where no digit survives too: the first year is written 元."""
COUNTERS = "年月日時分秒回円人名個件号番歳度倍位期割点枚本台社校軒棟戸冊種組週%％"
"""Counters and units that follow a number directly (第1\ufffd回, 1\ufffd月; 計6\ufffd名, trial 40: 名 counts people as 人
does, and 軒 棟 戸 冊 種 組 週 count houses, buildings, households, books, kinds, groups and weeks)."""
MAX_DIGITS = 2
"""Gaps of up to this many glyphs get every digit string of their length proposed (100 for two)."""
POINTS = ".．"
UNITS = "年月日時分秒"
"""Units of a date or time, largest first."""
JOINERS = "〜～ー－-−‐・/／:：、,，.．対年月日時分秒万千百億兆編章節条項号巻"
"""What stands between two numbers (a range, a date or time, a ratio, a large number in kanji units, the parts of a
document or a law: ``1章2節``, ``第3条2項``): candidates of a gap with digits on both sides, beside the digits."""

RANGES = "〜～-"
"""What marks a range between two numbers (``3〜5人``, ``3～5人``, ``3-5人``): proposed beside the digits where one glyph
is lost between them, as no other provider proposes a mark (the character model reads the counters it has seen
after a digit, the lexicon has no word of one digit)."""

_SLOT = f"[{DIGITS}{GAP}]"
_GROUPED = re.compile(f"[{DIGITS}]{{0,3}}(?:[,，][{DIGITS}]{{3}})+(?![{DIGITS}])")
"""A number written with digit grouping from its first surviving digit (``5,200``, ``,250``, ``12,000,000``): a gap
directly before it opens the number (:func:`number_shape`, ``"lead"``)."""
CURRENCY_SIGNS = "$£€"
"""Currency signs written before an amount in Latin script (``$5,200``, ``£1,250``): a gap opening an amount there may
have held one (:func:`lead_signs`). Japanese writes 円 after the amount; a ``￥`` before it is offered only where the
text's own amounts are written so (:func:`lead_signs`)."""
YEN_SIGNS = "¥￥"
_NUMBER_ENDS = re.compile(f"(?:$|\\s|[{re.escape(COUNTERS)}]|[^\\w{GAP}]|[A-Za-zµμ°℃]{{1,3}}(?![A-Za-z]))")
"""What may follow a number's last digit: the line's end, a space, a counter or unit (``mm``, ``%``, ``倍``), a mark."""
UNIT_WORD = re.compile(r"(?<![A-Za-z])[A-Za-zµμ°℃]{1,3}(?![A-Za-z])")
"""A Latin word of up to three letters: beside a number, a unit (``mm``, ``kHz``, ``°C``) or a particle of no weight."""
NUMBER_WORDS = 3
"""Letters of words (not digits, marks, spaces or units: :func:`context_words`) a number's repeated context must hold
for its repetition to count inside a number: ``人口は12\ufffd万人`` beside ``人口は123万人`` (人口は … 万人), not
``0.\ufffd mm`` beside ``0.05 mm`` (a digit, a point and a unit: any other number of that size repeats them)."""


def number_shape(site: Site) -> str | None:
    """How the context shows the gap is part of a number, else ``None``:

    * ``"digit"``: a digit and a decimal point on either side of it (``1\ufffd.5%``), or a digit on one side and
      the number's frame on the other (a prefix before the run, a counter after it: ``第1\ufffd回``, ``8時1\ufffd分``);
    * ``"between"``: digits on both sides (``2\ufffd24年``): a digit, or what joins two numbers (``8時15分``,
      ``3〜5人``, ``1万2千``: :data:`JOINERS`).

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1))
    ...  for t in ("2\\ufffd24年", "1\\ufffd.5%", "第1\\ufffd回", "8時1\\ufffd分", "1\\ufffdの", "部\\ufffd分")]
    ['between', 'digit', 'digit', 'digit', None, None]

    A decimal's digit after its point where the number ends (a unit, a space): not a heading's title after ``1.``.

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("0.\\ufffd mm", "3.\\ufffd%", "1.\\ufffd要")]
    ['digit', 'digit', None]

    A digit beside a thousands comma (``1,\\ufffd00人``, ``1\\ufffd,000円``; not a list's comma, ``1,\\ufffdの``):

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("1,\\ufffd00人", "1\\ufffd,000円", "1,\\ufffdの")]
    ['digit', 'digit', None]

    A gap inside the three-digit group after a thousands comma (``6,9\\ufffd3人``; ``2\\ufffd24年`` has no comma):

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("6,9\\ufffd3人", "1万1,2\\ufffd\\ufffdか所", "1,2\\ufffd34")]
    ['digit', 'digit', 'between']
    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("約\\ufffd,000社", "A\\ufffd,000", "\\ufffd,00人")]
    ['lead', None, None]

    * ``"lead"``: the gap opens a number written with digit grouping, directly before its first surviving digit or its
      first comma (``参加費　\\ufffd5,200円``, ``$\\ufffd,250``, ``約\\ufffd,000社``): a digit, never 0, or the currency sign
      its script writes before an amount (:func:`lead_signs`; issue 19, session 80: offered kana).

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("参加費　\\ufffd5,200円", "繰越金 \\ufffd45,200",
    ...  "$\\ufffd,250", "\\ufffd5日", "A\\ufffd5,200")]
    ['lead', 'lead', 'lead', None, None]

    * ``"era"``: the year of an era, the gap between the era's name and 年 (``令和\ufffd年``, ``平成2\ufffd年``): a
      digit, or 元 (:data:`ERAS`); not a name that ends as an era's does before another word (``令和\ufffd代``).

    >>> [number_shape(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1))
    ...  for t in ("令和\\ufffd年度の予算", "平成2\\ufffd年に", "昭和\\ufffd代", "令和\\ufffd時代", "和\\ufffd年")]
    ['era', 'era', None, None, None]
    """
    return _number_shape(site.text, site.start, site.end)


@functools.lru_cache(maxsize=1 << 10)
def _number_shape(text: str, start: int, end: int) -> str | None:
    """:func:`number_shape` of the gap ``text[start:end]``, remembered: every candidate of a gap's pool (some 600)
    asks :func:`keeps`, and each asked the same two regex scans of the line again (a tenth of the stage's time
    under cProfile)."""
    before, after = text[:start], text[end:]
    head = re.search(f"{_SLOT}*$", before).group(0)
    tail = re.match(f"{_SLOT}*", after).group(0)
    digit_left = bool(head.strip(GAP))
    digit_right = bool(tail.strip(GAP))
    rest_before, rest_after = before[:len(before) - len(head)], after[len(tail):]
    point_left = bool(not head and re.search(f"[{DIGITS}][{POINTS}]$", before))
    point_right = bool(not tail and re.match(f"[{POINTS}][{DIGITS}]", after))
    group = re.search(f"[{DIGITS}][,，]({_SLOT}*)$", before)
    if group is not None and len(group.group(1)) + (end - start) + len(tail) == 3:
        # a gap inside a digit group after a thousands comma, the group's three places filled (``6,9\ufffd3人``,
        # ``1万1,2\ufffd\ufffdか所``): only digits, no joiner (fresh-user trial 85b offered 年 万 月 日 in ``6,9\ufffd3``)
        return "digit"
    if digit_left and digit_right:
        return "between"
    if (digit_left and point_right) or (point_left and digit_right):
        return "digit"
    # a thousands comma beside the gap, digits beyond it (``1,\ufffd00人``, ``1\ufffd,000円``): a digit of the number
    if (digit_right and not head and re.search(f"[{DIGITS}][,，]$", before)) or \
            (digit_left and not tail and re.match(f"[,，][{DIGITS}]{{3}}", after)):
        return "digit"
    # the number's leading digit before its thousands group, the gap opening the number (``約\ufffd,000社``: fresh-user
    # trial 63b, where no digit had been proposed though the slide says *About 5,000*), or directly before the
    # number's first surviving digits (``参加費　\ufffd5,200円``, ``$\ufffd,250``: issue 19, session 80, offered kana); not
    # after a Latin letter or a digit's mark (a code, ``A\ufffd,000``)
    if not head and re.match(_GROUPED, after) \
            and not re.search(r"[A-Za-z0-9.,，．]$", before):
        return "lead"
    if point_left and _NUMBER_ENDS.match(after):
        # a decimal's first digit after its point, the number ending there (``0.\ufffd mm``, ``3.\ufffd%``): not a
        # heading's title after ``1.`` (``1.\ufffd要``), which goes on with a letter
        return "digit"
    if (digit_left or digit_right) and rest_before[-1:] and rest_before[-1] in PREFIXES \
            and rest_after[:1] and rest_after[0] in COUNTERS:
        return "digit"
    if rest_before.endswith(ERAS) and rest_after[:1] == "年":
        # a year of an era (令和\ufffd年, 平成2\ufffd年): digits, or 元 for the first year
        return "era"
    return None


_LATIN_UNIT = re.compile(r"(?:[A-Za-zµμ°℃]{1,3})(?![A-Za-z])")
"""A unit of up to three Latin letters directly after a number (``km``, ``hPa``, ``°C``)."""


def context_words(context: str) -> int:
    """Letters of words in a repeated ``context``: Japanese letters and Latin words of four letters or more; digits,
    points, marks, spaces and units (:data:`UNIT_WORD`) count nothing.

    >>> context_words("0.0 mm"), context_words("人口は万人"), context_words("at  degrees"), context_words("第回")
    (0, 5, 7, 2)
    """
    letters = UNIT_WORD.sub("", context)
    return sum(1 for c in letters if c.isalpha())


def _full_width(site: Site) -> bool:
    around = site.text[max(0, site.start - 4): site.end + 4]
    return any(c in FULLWIDTH_DIGITS for c in around)


def lead_signs(site: Site) -> str:
    """The currency signs a gap opening an amount (:func:`number_shape` ``"lead"``, one glyph) may have held: where
    the script writes its sign before the amount. In a line of Latin script (no Japanese letter) the signs
    :data:`CURRENCY_SIGNS`, or only the one the line writes elsewhere before a digit (``$4,800 … \\ufffd1,250``); in
    Japanese only the yen sign the line itself writes before a digit (Japanese writes 円 after the amount:
    ``参加費　\\ufffd5,200円`` is offered no sign). None where a sign or a letter already stands before the gap, or a
    currency's word follows the number (``\\ufffd5,200円``, ``\\ufffd5,200 dollars``).

    >>> [lead_signs(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("cost \\ufffd5,200 in all",
    ...  "cost $4,800 and \\ufffd1,250", "cost $\\ufffd,250", "参加費　\\ufffd5,200円", "会費　￥3,000　繰越金　\\ufffd5,200", "約\\ufffd,000社")]
    ['$£€', '$', '', '', '￥', '']
    """
    if site.length != 1 or number_shape(site) != "lead":
        return ""
    before = site.left.rstrip()
    if before[-1:] in CURRENCY_SIGNS + YEN_SIGNS or before[-1:].isalpha() and site.left[-1:] == before[-1:]:
        return ""
    number = _GROUPED.match(site.right)
    rest = site.right[number.end():].lstrip()
    if re.match(r"(?:円|ドル|ユーロ|ポンド|万|億|千|yen|dollars?|pounds?|euros?|[A-Z]{3}(?![A-Za-z]))", rest):
        return ""
    others = site.text[:site.start] + " " + site.text[site.end:]
    if JA_LETTER_RE.search(site.text):
        return "".join(c for c in YEN_SIGNS if re.search(f"{re.escape(c)}[{DIGITS}]", others))
    used = "".join(c for c in CURRENCY_SIGNS if re.search(f"{re.escape(c)}\\s?[{DIGITS}]", others))
    return used or CURRENCY_SIGNS


def propose(site: Site) -> list[Proposal]:
    """Every digit string of the gap's length, in the width of the digits around it, when the gap is inside a
    number (:func:`number_shape`) of at most :data:`MAX_DIGITS` glyphs.

    >>> [p.fill for p in propose(Site("8時1\\ufffd分", 3, 4))][:3]
    ['0', '1', '2']

    One glyph lost between digits may have marked a range too (:data:`RANGES`):

    >>> [p.fill for p in propose(Site("3\\ufffd5人", 1, 2))][10:]
    ['〜', '～', '-']

    An era's lost year: the digits 1 to 9 and 元 (no year is 令和0年):

    >>> [p.fill for p in propose(Site("令和\\ufffd年度", 2, 3))]
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '元']
    """
    shape = number_shape(site)
    if shape is None or site.length > MAX_DIGITS:
        return []
    full = _full_width(site)
    detail = f"a digit: the gap stands inside a number ({site.left[-3:]}_{site.right[:3]})"
    out = []
    whole = shape == "era" and _era_year_lost(site)
    for digits in itertools.product("0123456789", repeat=site.length):
        fill = "".join(digits)
        if (whole or shape == "lead") and fill.startswith("0"):
            continue  # an era's year, an amount's first digit: written with no leading zero (令和6年, 5,200円)
        out.append(Proposal(fill.translate(TO_FULLWIDTH_DIGITS) if full else fill, EvidenceKind.LEXICON, detail))
    out.extend(Proposal(sign, EvidenceKind.LEXICON, f"a currency sign: the gap opens an amount "
                                                     f"({site.left[-3:]}_{site.right[:6]})") for sign in lead_signs(site))
    if whole and site.length == 1:
        out.append(Proposal(ERA_FIRST, EvidenceKind.LEXICON, f"the first year of an era ({site.left[-2:]}_{site.right[:1]})"))
    if _unit_place(site, shape):
        out.extend(Proposal(u, EvidenceKind.LEXICON, f"a large unit: the gap stands before the counter "
                                                     f"({site.left[-3:]}_{site.right[:1]})") for u in LARGE_UNITS)
    if shape == "between" and site.length == 1 and _comma_place(site):
        out.append(Proposal("，" if full else ",", EvidenceKind.LEXICON,
                            f"a thousands comma: three digits end the amount after the gap ({site.left[-3:]}_{site.right[:4]})"))
    if shape == "between" and site.length == 1 and _ascends(site) and not _comma_place(site):
        out.extend(Proposal(mark, EvidenceKind.LEXICON, f"a range between two numbers ({site.left[-3:]}_{site.right[:3]})")
                   for mark in RANGES)
    return out


def _comma_place(site: Site) -> bool:
    """One glyph lost where an amount's thousands comma stands: one to three digits before it (a currency sign or a
    space or the line's start before those), exactly three after it ending the number, and the line writes another
    number with grouping or a currency sign opens this one (``$1\ufffd250``; issue 19, session 80: offered a range's
    ``-`` first, no comma). The comma is proposed beside the digits, and the range marks are not (``$1-250`` is no
    way to write an amount).

    >>> [_comma_place(Site(t, t.index("\ufffd"), t.index("\ufffd") + 1)) for t in ("cost $1\ufffd250.", "4,800 and 1\ufffd250 in",
    ...  "pages 1\ufffd250", "2\ufffd024年", "$12\ufffd2500")]
    [True, True, False, False, False]
    """
    before = re.search(f"(^|[^{DIGITS}.,，．])([{DIGITS}]{{1,3}})$", site.left)
    if before is None or not re.match(f"[{DIGITS}]{{3}}(?![{DIGITS}]|[.．][{DIGITS}])", site.right):
        return False
    sign = bool(before.group(1)) and before.group(1) in CURRENCY_SIGNS + YEN_SIGNS
    others = site.text[:site.start - len(before.group(2))] + " " + site.text[site.end + 3:]
    return sign or re.search(f"[{DIGITS}][,，][{DIGITS}]{{3}}(?![{DIGITS}])", others) is not None


def before_counter(site: Site) -> bool:
    """One glyph lost between a number's last surviving digit and a counter (``199\ufffd年``, ``2\ufffd人``,
    ``3\ufffd度``) where no frame (:func:`number_shape`) says the gap is inside the number: a digit, or a large unit
    (2万人), or a word of the counter (20周年, 3ヶ月, 十数人): the digits are proposed beside what the models read
    there, and never committed on how they read (:func:`unsettled`).

    >>> [before_counter(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("199\\ufffd年に", "2\\ufffd人",
    ...  "第1\\ufffd回", "1\\ufffdの", "死\\ufffd人")]
    [True, True, False, False, False]

    A unit the tokenizer reads as a counter, or a Latin unit, is a counter too (``24\\ufffdミリ``, ``91\\ufffdhPa``);
    a name or a word after the number is not (``200\\ufffd大阪大会``, ``1\\ufffdサイト``):

    >>> [before_counter(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("京都24\\ufffdミリ、", "気圧は91\\ufffdhPa、",
    ...  "200\\ufffd大阪大会", "1\\ufffdサイト", "Chapter 1\\ufffd in")]
    [True, True, False, False, False]
    """
    if site.length > MAX_DIGITS or site.left[-1:] not in DIGITS or number_shape(site) is not None \
            or not site.left[-1:] and site.length > 1:
        return False  # (a digit before the gap: ``"" in DIGITS`` holds, and a run at a line's start has none)
    if site.right[:1] in COUNTERS:
        return True
    if _LATIN_UNIT.match(site.right):
        # a Latin unit in Japanese text (English text's short words, ``1\ufffd in``, are no units)
        return bool(JA_LETTER_RE.search(site.text))
    from pipeline.restore.evidence import bilingual  # (bilingual reads this module's counters)

    return bilingual.counted(site.right)


def propose_before_counter(site: Site) -> list[Proposal]:
    """The ten digits, in the width of the digits beside the gap, where :func:`before_counter` holds (issue 19,
    session 61: ``199\ufffd年`` was offered 億, 半, 次, ヶ, 万 and ``2\ufffd人`` 他, 個, の, never a digit).

    >>> [p.fill for p in propose_before_counter(Site("１９９\\ufffd年", 3, 4))][:3], propose_before_counter(Site("2\\ufffdの", 1, 2))
    (['０', '１', '２'], [])
    """
    if site.length != 1 or not before_counter(site):
        return []
    full = _full_width(site)
    detail = f"a digit: the gap stands between a number and its counter ({site.left[-3:]}_{site.right[:1]})"
    return [Proposal(d.translate(TO_FULLWIDTH_DIGITS) if full else d, EvidenceKind.LEXICON, detail)
            for d in "0123456789"]


QUANTITY_PREFIXES = "約計全"
"""The prefixes of :data:`PREFIXES` that take a quantity (約3万人, 計5千円), not an ordinal or a time (第1回, 8時15分)."""


def _unit_place(site: Site, shape: str | None) -> bool:
    """One glyph lost in a number's frame between its last digit and the counter (``約3\ufffd人``: 約3万人 as easily
    as 約35人), where a large unit may stand (:data:`LARGE_UNITS`): a quantity's frame (:data:`QUANTITY_PREFIXES`),
    never a time's or an ordinal's (``8時1\ufffd分``, ``第1\ufffd回``).

    >>> [_unit_place(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1), "digit") for t in ("約3\\ufffd人", "8時1\\ufffd分", "第1\\ufffd回")]
    [True, False, False]
    >>> [_unit_place(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1), "digit") for t in ("約1\\ufffd%削減", "約2\\ufffd倍")]
    [False, False]
    """
    if shape != "digit" or site.length != 1 or site.left[-1:] not in DIGITS or site.right[:1] not in COUNTERS \
            or site.right[:1] in NO_LARGE_UNIT:
        return False
    return site.left.rstrip(DIGITS)[-1:] in tuple(QUANTITY_PREFIXES)


def _era_year_lost(site: Site) -> bool:
    """No digit of the era's year survives beside the gap (``令和\ufffd年``, not ``平成2\ufffd年``)."""
    return site.left[-1:] not in DIGITS and site.right[:1] not in DIGITS


NO_LARGE_UNIT = "月日時分秒号番歳度倍位期割%％"
"""Counters no large unit stands before (fresh-user trial 66: ``約1\ufffd%削減`` offered 億 second): a date's, a time's,
a number's or rank's, an age, a degree, and a ratio (per cent, 割, 倍), which are never counted in 万 or 億."""
LARGE_UNITS = "万千百億兆"
"""Units of a large number written after its digits (約3万人, 計5千円): in a number's frame, the gap directly before the
counter may have held one (``約3\ufffd人``), and is offered them beside the digits, committed on no reading."""
KANJI_DIGITS = "一二三四五六七八九十"
"""Kanji numerals an era's year is written in where no Arabic digit survives beside it (令和五年度)."""
TIME_JOINERS = "時分:："
"""Joiners a number reading zero may follow: a time's minutes or seconds (8時00分, 8:00)."""


def _zero_after(site: Site) -> int:
    """How many zeros the number after the gap is written with, when it reads zero and no point follows it
    (``3\ufffd0万円``: 1; not ``3\ufffd0.5``), else 0: no joiner but a time's (``8\ufffd00分``: 8時00分), a point
    (3.0万円) or a thousands comma before three zeros (``10\ufffd000円``: 10,000円) stands before such a number;
    3年0万円 is no number.

    >>> _zero_after(Site("3\ufffd0万円", 1, 2)), _zero_after(Site("10\ufffd000円", 2, 3)), _zero_after(Site("3\ufffd0.5", 1, 2))
    (1, 3, 0)
    """
    after = re.match(f"[{DIGITS}]+", site.text[site.end:])
    if after is None or int(after.group(0).translate(TO_ASCII_DIGITS)) != 0:
        return 0
    return 0 if site.text[site.end + after.end():][:1] in POINTS else after.end()


def _ascends(site: Site) -> bool:
    """The number after the gap is larger than the one before it, as a range's end is (``3〜5人``; ``20\ufffd9年`` is
    no range 20〜9, but 2009 or 2019).

    >>> _ascends(Site("3\ufffd5人", 1, 2)), _ascends(Site("20\ufffd9年", 2, 3)), _ascends(Site("平成2\ufffd24年", 3, 4))
    (True, False, True)
    """
    before = re.search(f"[{DIGITS}]+$", site.text[:site.start])
    after = re.match(f"[{DIGITS}]+", site.text[site.end:])
    if before is None or after is None:
        return False
    return int(after.group(0).translate(TO_ASCII_DIGITS)) > int(before.group(0).translate(TO_ASCII_DIGITS))


def keeps(site: Site, fill: str) -> bool:
    """Whether ``fill`` may stand in the gap: inside a number only digits (a kanji numeral beside an Arabic digit,
    ``8時1十分``, is no way to write a number; a frame's ``1万円`` has no prefix before it).

    >>> s = Site("8時1\\ufffd分", 3, 4)
    >>> keeps(s, "5"), keeps(s, "部"), keeps(s, "十"), keeps(Site("1\\ufffd\\ufffd5", 1, 3), "0.")
    (True, False, False, True)
    >>> keeps(Site("8\\ufffd15分", 1, 2), "時"), keeps(Site("8\\ufffd15分", 1, 2), "部")
    (True, False)
    >>> keeps(Site("2\\ufffd24年", 1, 2), "年"), keeps(Site("8\\ufffd15分", 1, 2), "秒")
    (False, False)
    >>> keeps(Site("第1\\ufffd2節", 2, 3), "章"), keeps(Site("第3\\ufffd2項", 2, 3), "条")  # a document's parts
    (True, True)

    Before a number reading zero only a point or a time's joiner (3.0万円, 8時00分; 3年0万円 is no number):

    >>> [keeps(Site("3\\ufffd0万円", 1, 2), f) for f in ("年", "万", "〜", ".", "5")]
    [False, False, False, True, True]
    >>> keeps(Site("8\\ufffd00分", 1, 2), "時"), keeps(Site("3\\ufffd05人", 1, 2), "〜"), keeps(Site("1\\ufffd0.5", 1, 2), "〜")
    (True, True, True)
    >>> keeps(Site("10\\ufffd000円", 2, 3), ","), keeps(Site("10\\ufffd00円", 2, 3), ",")
    (True, False)

    A large unit before the counter of a quantity's frame (約3万人), nowhere else (第1千回 is no ordinal):

    >>> keeps(Site("約3\\ufffd人", 2, 3), "万"), keeps(Site("第1\\ufffd回", 2, 3), "千"), keeps(Site("約\\ufffd3人", 1, 2), "万")
    (True, False, False)

    An era's year: digits, 元 or a kanji numeral where no digit survives, never a word (令和今年度):

    >>> [keeps(Site("令和\\ufffd年度", 2, 3), f) for f in ("6", "元", "五", "今")], keeps(Site("平成2\\ufffd年", 3, 4), "元")
    ([True, True, True, False], False)
    """
    shape = number_shape(site)
    if shape is None:
        return True
    if shape == "era":
        # an era's year: digits, or 元 or kanji numerals where no digit survives (令和元年, 令和五年度)
        return all(c in DIGITS for c in fill) or (_era_year_lost(site) and all(c in ERA_FIRST + KANJI_DIGITS
                                                                             for c in fill))
    if shape == "lead":
        # an amount's opening: digits with no leading zero, or the sign its script writes before it ($5,200)
        return (all(c in DIGITS for c in fill) and fill[:1] not in "0０") or fill in lead_signs(site)
    joiners = JOINERS
    if shape == "between" and _zero_after(site):
        # (three zeros after a comma are a thousands group: 10,000円)
        joiners = POINTS + TIME_JOINERS + (",，" if _zero_after(site) == 3 else "")
        if not all(c in DIGITS + joiners for c in fill):
            return False
    allowed = DIGITS + (joiners if shape == "between" else "") + (LARGE_UNITS if _unit_place(site, shape) else "")
    if shape == "between" and fill in LARGE_UNITS + "編章節条項号巻":
        # a large unit or a document's part joins a number to a smaller one only where something follows that
        # (3万2千円, 第3条2項): ``内線 3\ufffd2`` is no 3億2
        after = site.text[site.end:].lstrip(DIGITS + GAP)[:1]
        return bool(after) and after.isalpha()
    if shape == "between" and fill in UNITS:
        # a unit joins a number to a smaller one (2024年12月, 8時15分, 3年2組): never before its own unit or a larger
        # one (2\ufffd24年 is no 2年24年), nor before a number that ends its line or phrase (``内線 3\ufffd2``: 3月2 is
        # no date)
        after = site.text[site.end:].lstrip(DIGITS + GAP)[:1]
        if not after or not after.isalpha():
            return False
        return after not in UNITS or UNITS.index(fill) < UNITS.index(after)
    if shape == "between" and re.search(f"[^{DIGITS}][^{DIGITS}]", fill):
        return False  # two joiners in a row join no numbers (``9\ufffd\ufffd1万円`` is no 9万年1万円)
    # a run of two or more may have held the number's point or comma with its digits (1\ufffd\ufffd5 → 10.5)
    return all(c in allowed or (len(fill) > 1 and c in POINTS + ",，") for c in fill)


def unsettled(fill: str, features: list[dict[str, float]], site: Site, in_number: bool = False) -> bool:
    """A digit filled inside a number that nothing but how it reads supports: which digit the words around a
    number do not say. Settled are a number the talk's other language writes (``bilingual``), a heading's
    sequence (``numbering``) and the number repeated with its words around it (``has_rep``: only such repetition
    reaches a number's pool, :data:`pipeline.restore.NUMBER_CONTEXT`). ``features``: the fill's features in
    each pool that holds it.

    >>> s = Site("8時1\\ufffd分", 3, 4)
    >>> unsettled("5", [{"lm_rank": 1.0}], s), unsettled("5", [{"bilingual": 1.0}], s), unsettled("部", [{}], s)
    (True, False, False)

    A range mark is no more settled than a digit (``3\\ufffd5人`` is 35人 as easily as 3〜5人):

    >>> unsettled("〜", [{"lm_rank": 1.0}], Site("3\\ufffd5人", 1, 2))
    True

    Nor is an era's first year (令和元年 reads as well as 令和6年):

    >>> unsettled("元", [{"lm_rank": 1.0}], Site("令和\\ufffd年", 2, 3))
    True

    Nor a digit between a number and its counter (:func:`before_counter`; ``2\\ufffd人`` is 20人 as easily as 25人),
    nor a large unit there, which stands where any digit may (``1株当たり4\\ufffd円``: 48円 a dividend, committed as
    4億円 at 0.97 in fresh-user trial 74); a counter's word is read as before (``20\\ufffd年`` may be 周):

    >>> unsettled("5", [{"lm_rank": 1.0}], Site("2\\ufffd人", 1, 2)), unsettled("万", [{"lm_rank": 1.0}], Site("2\\ufffd人", 1, 2))
    (True, True)
    >>> unsettled("億", [{"lm_rank": 1.0}], Site("1株当たり4\\ufffd円", 6, 7)), unsettled("周", [{"lm_rank": 1.0}], Site("20\\ufffd年", 2, 3))
    (True, False)

    Nor a digit of any number the text's numbers read (``in_number``: :func:`bilingual.read_number` read the gap's
    number, ``43.\ufffdメートル``, whose only candidate may be a number the text writes elsewhere):

    >>> s = Site("水深は43.\\ufffdメートル", 6, 7)
    >>> unsettled("5", [{}], s), unsettled("5", [{}], s, in_number=True)
    (False, True)
    """
    shape = number_shape(site)
    numeral = DIGITS + RANGES + (ERA_FIRST + KANJI_DIGITS if shape == "era" else "") \
        + (CURRENCY_SIGNS + YEN_SIGNS if shape == "lead" else "") \
        + (LARGE_UNITS if _unit_place(site, shape) or before_counter(site) else "")
    dated = date_field(site)
    if dated is not None and not dated[0] + dated[1]:
        numeral += DAY_WORDS  # (10月\ufffd日: 末日 reads as well as 5日)
    if after_ordinal_prefix(site):
        numeral += KANJI_DIGITS + "何"  # (第3回, 第三回, 第何回 read alike)
    if fill and fill in "約第" + DIGITS and leads_number(site):
        # a leading digit or a prefix before a counted number (予定件数150件, 約50件) read alike (a word the glyph
        # completes, 徒\ufffd3分's 歩, is read as any word)
        return not any(f.get("bilingual", 0.0) > 0 or f.get("numbering", 0.0) > 0 or f.get("has_rep", 0.0) > 0
                       for f in features)
    if not fill or not all(c in numeral for c in fill) or (shape is None and not before_counter(site) and not in_number
                                                           and day_digits(site) is None and dated is None
                                                           and reference_slot(site) is None
                                                           and not leads_number(site)
                                                           and not after_ordinal_prefix(site)):
        return False
    return not any(f.get("bilingual", 0.0) > 0 or f.get("numbering", 0.0) > 0 or f.get("has_rep", 0.0) > 0
                   for f in features)


COUNTING = ("つ", "点", "項目", "種類", "個", "件", "名", "人", "か所", "カ所", "箇所", "社", "校", "回", "段階", "部", "章")
"""Counters that count the items of a list named just before them (``A、B、Cの三つ``, ``A・Bの2点``)."""
MAX_LISTED = 10
"""The most items a counted list is read for: a count written in one kanji numeral (二 … 十)."""
_ITEM = f"[{KANJI}{KATAKANA}A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+"
"""One item of a list: a noun written without kana of grammar (a particle ends it)."""
_LISTED = re.compile(f"(?:{_ITEM}(?:[、・，,]|および|及び|並びに|と))+{_ITEM}の$")


def listed_items(site: Site) -> int | None:
    """How many items a list directly before the gap names, when the gap is one glyph between that list's ``の``
    and a counter (``利用頻度、目的地、満足度の\ufffdつ``: 3); else ``None``. The items are nouns (no kana of grammar
    in them) joined by ``、`` ``・`` ``と`` ``および``.

    >>> listed_items(Site("調査項目は利用頻度、目的地、満足度の\ufffdつである。", 18, 19))
    3
    >>> listed_items(Site("東京・大阪の\ufffd点で開く", 6, 7)), listed_items(Site("満足度の\ufffdつである", 4, 5))
    (2, None)
    >>> listed_items(Site("近年、地方都市では公共交通の\ufffdつ", 14, 15)) is None  # 近年 ends no list: では is grammar
    True
    """
    if site.length != 1 or not site.right.startswith(COUNTING):
        return None
    m = _LISTED.search(site.left)
    if m is None:
        return None
    body = m.group(0)[:-1]
    items = len(re.findall(_ITEM, body))
    return items if 2 <= items <= MAX_LISTED else None


def propose_count(site: Site) -> list[Proposal]:
    """The number of items listed before a lost numeral and its counter (:func:`listed_items`), as a kanji
    numeral and as a digit in the width of the text's digits (``満足度の\ufffdつ`` after three items: 三, 3).
    ``enumeration`` is the feature; the model weighs it against how the other numerals read (``Aの一つ``, one of
    them, reads as well), and the fill is never committed on it (:func:`counts_listed`).

    >>> [p.fill for p in propose_count(Site("利用頻度、目的地、満足度の\ufffdつ", 13, 14))]
    ['三', '3']
    """
    items = listed_items(site)
    if items is None:
        return []
    detail = (f"{items} items listed before the counter ({site.left[-24:]}_{site.right[:2]}): "
              "a count of them, or one of them")
    digit = str(items) if items < 10 else None
    fills = [kanji_numeral(items)] + ([digit.translate(TO_FULLWIDTH_DIGITS) if _full_width(site) else digit]
                                      if digit else [])
    return [Proposal(f, EvidenceKind.LEXICON, detail, {"enumeration": 1.0}) for f in fills]


def counts_listed(features: list[dict[str, float]]) -> bool:
    """The fill is the number of items of the list before it (``enumeration``): proposed, never committed on it
    (``A、B、Cの一つ`` is one of them as easily; no benchmark measures the class)."""
    return any(f.get("enumeration", 0.0) > 0 for f in features)


COUNTER_WORDS = ("人", "件", "台", "円", "年", "回", "個", "名", "社", "校", "歳", "日", "月", "時", "分", "秒", "倍", "割", "点",
                 "枚", "本", "冊", "軒", "棟", "戸", "種", "組", "週", "階", "度", "位", "匹", "頭", "羽", "票", "株", "基", "隻",
                 "機", "店", "ヶ所", "か所", "カ所", "箇所", "か月", "ヶ月", "カ月", "か国", "カ国", "ヶ国", "年間", "時間",
                 "日間", "週間", "年度", "世紀", "人分", "万人", "千人", "億円", "万円", "千円", "世帯", "種類", "ページ",
                 "トン", "メートル", "キロ", "パーセント")
"""Counters and units of everyday prose that count what a number before them counts (people, cases, machines, yen,
years, times, pieces, places …): proposed after a number whatever the character model reads there (issue 19, session
51: `約8万\ufffd` was offered 行, 歳, 博, never 人; the model, counted from documentation, reads `万行` of a file's lines
far above `万人`, and proposes documentation's own counters, 行, 桁, 章, 版, itself). Those of the gap's length are
proposed."""
SMALL_ONLY = frozenset("歳日月時分秒階度位") | {"か月", "ヶ月", "カ月", "年間", "時間", "日間", "週間", "年度", "世紀"}
"""Counters that never follow a number written with 万, 千, 百, 億 or 兆 (`8万歳` is a cheer, not an age): not
proposed there."""
_NUMBER_BEFORE = re.compile(f"[{DIGITS}{FULLWIDTH_DIGITS}](?:[{DIGITS}{FULLWIDTH_DIGITS},，.．]*[{DIGITS}{FULLWIDTH_DIGITS}])?"
                            "[万千百億兆]?$")


def propose_counters(site: Site, doc=None) -> list[Proposal]:
    """Counters of the gap's length (:data:`COUNTER_WORDS`) for a gap directly after a number written in digits
    (``約8万\ufffdが``, ``120\ufffdの``), where no digit follows the gap (there it joins two numbers: :func:`propose`).
    Feature ``counter``: it ranks a counter up and no confidence reads it (:data:`pipeline.restore.scoring.RANK_ONLY`):
    which counter the number counts, the words around it say as well as the character model does, so a counter the
    feature alone puts first is offered, never committed. Its value: how common the counter is as a word (its Zipf
    / 6.5, at most 1: 人 1, 件 0.8, 隻 0.62), plus 1 where the document (``doc``) writes it after a number elsewhere
    (``約12万人`` two lines on).

    >>> fills = [p.fill for p in propose_counters(Site("今年は約8万\ufffdが訪れた", 6, 7))]
    >>> fills[:4], "歳" in fills, "歳" in [p.fill for p in propose_counters(Site("父は8\ufffdの時", 3, 4))]
    (['人', '件', '台', '円'], False, True)
    >>> propose_counters(Site("2\ufffd24年", 1, 2)), propose_counters(Site("第\ufffd回", 1, 2))
    ([], [])
    >>> propose_counters(Site("組合員は21\ufffd人を数える", 7, 8))
    []
    """
    if site.script != "ja" or not _NUMBER_BEFORE.search(site.left) or site.right[:1] in DIGITS + FULLWIDTH_DIGITS:
        return []
    if (site.right[:1] and site.right[:1] in COUNTERS) or number_shape(site) is not None:
        return []  # a counter after the gap: the gap is inside the number (``組合員は21\ufffd人``), a digit
    large = site.left[-1:] in "万千百億兆"
    detail = f"a counter after the number {site.left[-8:].split()[-1] if site.left.split() else site.left[-8:]}"
    from pipeline.restore import resources

    zipf = resources.word_zipf()
    out = []
    for c in COUNTER_WORDS:
        if len(c) != site.length or (large and c in SMALL_ONLY):
            continue
        value = round(min(1.0, zipf.get(c, 4.0) / 6.5), 2)
        used = doc is not None and any(at and (ln.text[at - 1] in DIGITS + FULLWIDTH_DIGITS + "万千百億兆")
                                       for ln, at in doc.occurrences(c))
        said = f"{detail}; the text writes {c} after a number elsewhere" if used else detail
        out.append(Proposal(c, EvidenceKind.LEXICON, said, {"counter": value + (1.0 if used else 0.0)}))
    return out


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""English month names, whose day a number beside them is (``18 March``, ``March 18, 2026``)."""
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The most days of each month (February's 29 unless a year beside it is no leap year)."""
_MONTH = "(" + "|".join(f"{m}|{m.upper()}|{m[:3]}\\.?|{m[:3].upper()}\\.?" for m in MONTHS) + "|Sept\\.?)"
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?[ \u00a0]+{_MONTH}(?![A-Za-z])(?:,?\s+([0-9]{{4}})(?![0-9]))?")
"""What follows a day written before its month: an ordinal's letters, ``of``, a space, the month, a year perhaps."""
_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){_MONTH}[ \u00a0]+$")
"""A month written before its day (``March 18, 2026``)."""
_DAY_ENDS = re.compile(r"(?:st|nd|rd|th)?(?:$|[\s,.;:)])")
"""What may follow a day written after its month: the line's end, a space or a mark, an ordinal's letters first."""
_YEAR_AFTER_DAY = re.compile(r"(?:st|nd|rd|th)?,?\s+([0-9]{4})(?![0-9])")
"""The year after a day written after its month (``March 18, 2026``)."""


def day_digits(site: Site) -> tuple[str, str] | None:
    """``(digits, month)`` where one glyph is lost in a day of the month written in ASCII digits beside an English
    month's name (``1\ufffd March``: 10–19 March; ``March 2\ufffd, 2026``), a surviving digit of the day beside the gap:
    the digits that make a day that month has (February's 29th only in a leap year, where a year follows), else
    ``None``. Which digit it was, the date's shape does not say: the digits are proposed, never committed on how they
    read (:func:`unsettled`), and the text's own evidence (the date written whole elsewhere, the weekday named with it:
    :func:`weekday_days`) ranks them.

    Why (fresh-user trial 63: ``Wednesday 1\ufffd March 2026`` was left with no candidate and no evidence): no model
    proposes a digit in English text, and no counter follows the number.

    >>> [day_digits(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("held on 1\\ufffd March 2026", "on 3\\ufffd April",
    ...  "March 2\\ufffd, 2026", "on 2\\ufffd February 2026", "1\\ufffdth of May", "the 1\\ufffd may apply")]
    [('0123456789', 'March'), ('0', 'April'), ('0123456789', 'March'), ('012345678', 'February'), ('0123456789', 'May'), None]

    A day another month has and this one not: no digit (``3\ufffd February``: :func:`no_day_fits`):

    >>> day_digits(Site("on 3\ufffd February 2026", 4, 5))
    ('', 'February')

    Not a year or a longer number, nor a number that no day can be (``12\ufffd March``):

    >>> [day_digits(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("March 2\\ufffd26", "12\\ufffd March", "\\ufffd March", "Room 1\\ufffd")]
    [None, None, None, None]
    """
    if site.length != 1:
        return None
    head = re.search("[0-9]*$", site.left).group(0)
    tail = re.match("[0-9]*", site.right).group(0)
    if not head and not tail or len(head) + len(tail) > 1:
        return None
    before, after = site.left[:len(site.left) - len(head)], site.right[len(tail):]
    if before[-1:].isalnum() or before[-1:] and before[-1] in ".,":
        return None  # part of a longer number or a word (``v1.\ufffd``, ``A1\ufffd``)
    m = _MONTH_AFTER.match(after)
    if m is not None:
        month, year = m.group(1), m.group(2)
    else:
        m = _MONTH_BEFORE.search(before)
        if m is None or not _DAY_ENDS.match(after):
            return None
        month = m.group(1)
        year = (y := _YEAR_AFTER_DAY.match(after)) and y.group(1)
    index = next(i for i, name in enumerate(MONTHS) if name.lower().startswith(month.rstrip(".").lower()[:3]))
    most = MONTH_DAYS[index]
    if index == 1 and year is not None:
        y = int(year)
        most = 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    digits = "".join(d for d in "0123456789" if 1 <= int(head + d + tail) <= most)
    if not digits and any(1 <= int(head + d + tail) <= 31 for d in "0123456789"):
        return "", MONTHS[index]  # a day another month has, this one not (``3\ufffd February``): no digit fits
    return (digits, MONTHS[index]) if digits else None


def propose_day(site: Site) -> list[Proposal]:
    """The digits that make a day of the month beside an English month's name (:func:`day_digits`), each with the
    day it makes in its evidence.

    >>> [p.fill for p in propose_day(Site("on 3\\ufffd March", 4, 5))], propose_day(Site("on 3\\ufffd March", 4, 5))[0].detail
    (['0', '1'], 'a digit: the gap stands in the day of a date beside its month (3_ March): days 30–31 of March')
    """
    found = day_digits(site)
    if found is None:
        return []
    digits, month = found
    if not digits:
        return []
    head = re.search("[0-9]*$", site.left).group(0)
    tail = re.match("[0-9]*", site.right).group(0)
    days = [int(head + d + tail) for d in digits]
    span = f"days {days[0]}–{days[-1]}" if len(days) > 1 else f"day {days[0]}"
    detail = (f"a digit: the gap stands in the day of a date beside its month ({head}_{site.right[:6]}): "
              f"{span} of {month}")
    return [Proposal(d, EvidenceKind.LEXICON, detail) for d in digits]


SEQUENCE_COUNTERS = "条章節号回項款"
"""Counters of an ordinal that opens its line in a numbered sequence: a contract's or a rule's articles (第１条, 第２条 …),
its chapters and sections (第1章, 第2節), a list of issues or meetings (第3号, 第12回), a law's paragraphs and items
(第1項, 第2款)."""
_ORDINAL = re.compile(f"^[ \\u3000]*第([{DIGITS}{FULLWIDTH_DIGITS}{GAP}]{{1,3}}|[{KANJI_DIGITS}{GAP}]{{1,3}})"
                      f"([{SEQUENCE_COUNTERS}])")
"""A line opening on an ordinal and its counter (``第４条　甲は…``, ``第十二条``, ``第\ufffd条``): its numeral in one form,
Arabic digits (either width) or kanji numerals, lost glyphs among them."""
_ORDINAL_HEADING = re.compile(f"^[（(][^（）()]{{1,16}}[）)][ \u3000]*第([{DIGITS}{FULLWIDTH_DIGITS}{GAP}]{{1,3}}"
                              f"|[{KANJI_DIGITS}{GAP}]{{1,3}})([{SEQUENCE_COUNTERS}])[ \u3000]*$")
"""An article's caption and number as one heading line (``（委託料） 第4条``: segment joins an article's bracketed
caption and its number into its section's heading), an ordinal of the same sequence."""


def _ordinal_at(text: str) -> re.Match | None:
    """The ordinal a line opens on, or that ends a heading of a caption and its number (:data:`_ORDINAL_HEADING`)."""
    return _ORDINAL.match(text) or _ORDINAL_HEADING.match(text)
_FORM_DIGITS = {"ascii": "0123456789", "full": "０１２３４５６７８９"}


def ordinal_value(numeral: str) -> int | None:
    """The value of an intact ordinal's numeral (``４``, ``12``, ``十二``), else ``None``."""
    if numeral.isdigit():
        return int(numeral.translate(TO_ASCII_DIGITS))
    from pipeline.numbering import kanji_number

    return kanji_number(numeral)


def _ordinal_form(numeral: str) -> str:
    """How an ordinal's numeral is written: ``ascii``, ``full`` (width) or ``kanji``."""
    if any(c in FULLWIDTH_DIGITS for c in numeral):
        return "full"
    if any(c in DIGITS for c in numeral):
        return "ascii"
    return "kanji"


def _written(n: int, form: str) -> str:
    if form == "kanji":
        return kanji_numeral(n)
    return str(n).translate(str.maketrans("0123456789", _FORM_DIGITS[form]))


def ordinal_in_step(texts: list[str], index: int, start: int, end: int,
                    numbers: list[int] | None = None) -> tuple[str, str] | None:
    """``(fill, why)`` for the lost glyphs ``texts[index][start:end]`` inside a line-opening ordinal and its counter
    (``第\ufffd条``, ``第1\ufffd条``; :data:`SEQUENCE_COUNTERS`), where the nearest lines before and after that open on
    the same counter read N−1 and N+1 intact and in one form: the number N, written in that form (full-width,
    ASCII or kanji numerals: the document's own), its surviving glyphs agreeing; else ``None``. ``texts``: the
    document's lines in order, ``numbers`` their line numbers (else 1, 2 …). A citation inside a sentence (``民法第62\ufffd条の2``) is no item of the sequence, nor a
    line whose ordinal its neighbours do not frame in step.

    Why (fresh-user trial 81a, a service contract: ``第\ufffd条`` between ``第４条`` and ``第６条`` had been offered 三,
    the contract's 第三者 and the character model's reading, at 0.5): a sequence of articles in step settles the
    number as a heading sequence does (the numbering class's confidence).

    >>> t = ["第４条　甲は…", "２　乙は…", "第\\ufffd条　乙は、第三者に", "第６条　甲及び乙は"]
    >>> ordinal_in_step(t, 2, 1, 2)
    ('５', '第５条: 第４条 at line 1 and 第６条 at line 4 number their lines in step around it')
    >>> ordinal_in_step(["第十一条 …", "第\\ufffd\\ufffd条 …", "第十三条 …"], 1, 1, 3)[0]
    '十二'
    >>> ordinal_in_step(["第４条", "第\\ufffd条", "第７条"], 1, 1, 2), ordinal_in_step(["第4条", "第\\ufffd条"], 1, 1, 2)
    (None, None)
    >>> ordinal_in_step(["第1回", "第\\ufffd条", "第3回"], 1, 1, 2), ordinal_in_step(["第４条", "第\\ufffd回", "第６条"], 1, 1, 2)
    (None, None)

    An article's heading as segment writes it, its caption and number (``（委託料） 第4条``), is one of the sequence:

    >>> ordinal_in_step(["（委託料） 第4条", "甲は…", "（再委託の禁止）", "第\\ufffd条　乙は", "（秘密保持） 第6条"], 3, 1, 2)[0]
    '5'
    
    """
    m = _ordinal_at(texts[index])
    if m is None or not (m.start(1) <= start and end <= m.end(1)) or GAP not in m.group(1):
        return None
    counter = m.group(2)

    def neighbour(rng) -> tuple[int, int, str] | None:
        for k in rng:
            n = _ordinal_at(texts[k])
            if n is None or n.group(2) != counter:
                continue
            if GAP in n.group(1):
                return None  # a lost numeral between: no step to read
            value = ordinal_value(n.group(1))
            return (k, value, _ordinal_form(n.group(1))) if value is not None else None
        return None

    before = neighbour(range(index - 1, -1, -1))
    after = neighbour(range(index + 1, len(texts)))
    if before is None or after is None or before[2] != after[2] or after[1] - before[1] != 2:
        return None
    number = before[1] + 1
    numeral = _written(number, before[2])
    lost = m.group(1)
    if len(numeral) != len(lost) or any(c != GAP and c != d for c, d in zip(lost, numeral)):
        return None
    fill = numeral[start - m.start(1): end - m.start(1)]
    numbers = numbers or list(range(1, len(texts) + 1))
    said = [f"第{_written(v, before[2])}{counter} at line {numbers[k]}" for k, v, _ in (before, after)]
    why = f"第{numeral}{counter}: {said[0]} and {said[1]} number their lines in step around it"
    return fill, why


COUNTER_AFFIXES = {"周": "年", "ヶ": "月所国年", "ケ": "月所国年", "か": "月所国年", "カ": "月所国年", "箇": "月所国年", "年": "度"}
"""Letters that stand between a number and its counter as a word of the counter (20周年, 3ヶ月, 2024年度): beside the
digits and a large unit, the only fills a gap there keeps (:func:`slot_keeps`), each before the counters it forms a
word with."""
SIGNS = "+-−±〜～"
_PHONE = re.compile(f"[{DIGITS}{GAP}]+(?:[-‐－][{DIGITS}{GAP}]+){{2,}}")
"""Digits in three groups or more joined by hyphens (a telephone or postal number, ``045-381-\ufffd\ufffd15``)."""
_SUFFIXES = {"1": "st", "2": "nd", "3": "rd"}


DATE_FIELDS = {"月": 12, "日": 31}
"""A date's month and day written in digits before their unit, and the largest value each takes (a day 1–31, a month
1–12): a lost digit there is a digit that keeps the field in range (:func:`date_field`)."""
_YEAR_BEFORE = re.compile(f"(?:[{DIGITS}]{{4}}|(?:{'|'.join(ERAS)})(?:[{DIGITS}]{{1,2}}|元))年$")
"""A year written before a month: four digits, or an era's name and its year (``2025年``, ``令和7年``, ``令和元年``)."""
_MONTH_BEFORE_DAY = re.compile(f"(?<![{DIGITS}])[{DIGITS}]{{1,2}}月$")
"""A month in digits directly before a day (``10月`` of ``10月14日``)."""
_ZERO_PADDED = re.compile(f"(?<![{DIGITS}])[0０][1-9１-９][月日]")
"""A month or a day written with a leading zero (``07月``, ``04日``): where a line writes one, a lost digit may be 0."""


DAY_WORDS = "末吉某朔晦"
"""Letters that write a day of a month with no number (``10月末日``, ``10月吉日``, ``10月某日``, ``朔日``, ``晦日``: the
month's last day, a letter's auspicious day, some day, the old first and last days; a closed list of Japanese
letter-writing and calendar usage): a lost glyph between a month in digits and 日 with no digit left may be one of
them, as well as a day's one digit (:func:`date_keeps`)."""
_SEPARATED_DATE = re.compile(f"(?<![0-9A-Za-z.{GAP}])((?:19|20)[0-9]{{2}}|[RHST][0-9]{{1,2}})([/.\\-])"
                             f"([0-9{GAP}]{{1,2}})\\2([0-9{GAP}]{{1,2}})(?![0-9{GAP}]|[/.\\-][0-9])")
"""A date written in digits with one separator (``2025/10/3``, ``2026-10-05``, ``R7.10.3``): a year of four digits from
1900 (a telephone number's ``0120-`` is none) or an era's initial and year (令和 R, 平成 H, 昭和 S, 大正 T), then the
month and the day."""


def month_days(month: int, year: int | None = None) -> int:
    """The days of ``month`` (1–12; February's 29 unless ``year`` is given and is no leap year; 0 for no month).

    >>> month_days(2), month_days(2, 2026), month_days(2, 2024), month_days(4), month_days(13)
    (29, 28, 29, 30, 0)
    """
    if not 1 <= month <= 12:
        return 0
    if month == 2 and year is not None:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return MONTH_DAYS[month - 1]


def _western_year(text: str) -> int | None:
    """The year in the Western calendar a year before a month reads (``2026年``, ``2026``; an era's year is left
    unread: ``None``)."""
    m = re.search(f"(?<![{DIGITS}])([{DIGITS}]{{4}})年?$", text)
    return int(m.group(1).translate(TO_ASCII_DIGITS)) if m else None


def date_field(site: Site) -> tuple[str, str, int] | None:
    """``(head, tail, largest)`` where the gap stands in a date's month or day written in digits: the digits before
    and after the gap in that field and the field's largest value (:data:`DATE_FIELDS`, a day bounded by the month
    before it: :func:`month_days`), else ``None``. A month follows a year (:data:`_YEAR_BEFORE`) or precedes a day
    (``1\ufffd月3日``); a day follows a month in digits (``10月\ufffd4日``, fresh-user trial 83a: offered 月, に, の,
    never a digit). A duration is no date (``3日間``), nor a count of months (``1年3ヶ月``: the unit does not follow
    the digits). A date written with separators (:data:`_SEPARATED_DATE`: ``2025/1\ufffd/3``, ``R7.1\ufffd.3``) is read
    the same way.

    >>> [date_field(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("令和7年10月\\ufffd4日", "令和6年1\\ufffd月3日",
    ...  "2025年\\ufffd2月", "12月1\\ufffd日（土）")]
    [('', '4', 31), ('1', '', 12), ('', '2', 12), ('1', '', 31)]
    >>> [date_field(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("1\\ufffd日間", "3\\ufffd月に",
    ...  "年1\\ufffd月", "10月\\ufffd\\ufffd4日")]
    [None, None, None, None]

    A day is bounded by its month (``2月3\ufffd日``: at most 29, so no digit fits; ``4月3\ufffd日``: 30), and a day with
    no digit left after a month in digits is a day of one digit or a word (``10月\ufffd日``: :data:`DAY_WORDS`):

    >>> [date_field(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("2月3\\ufffd日", "2026年2月2\\ufffd日",
    ...  "4月3\\ufffd日", "10月\\ufffd日", "毎月\\ufffd日")]
    [('3', '', 29), ('2', '', 28), ('3', '', 30), ('', '', 31), None]
    >>> [date_field(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("期限は2025/1\\ufffd/3です", "R7.1\\ufffd.3に",
    ...  "2026-02-3\\ufffd", "電話 0120-1\\ufffd-34", "v2.1\\ufffd.3")]
    [('1', '', 12), ('1', '', 12), ('3', '', 28), None, None]
    """
    separated = _separated_field(site)
    if separated is not None:
        return separated
    head = re.search(f"[{DIGITS}]*$", site.left).group(0)
    tail = re.match(f"[{DIGITS}]*", site.right).group(0)
    rest = site.right[len(tail):]
    largest = DATE_FIELDS.get(rest[:1])
    if largest is None or len(head) + site.length + len(tail) > 2 \
            or site.text[site.start:site.end].strip(GAP) or rest[1:2] == "間":
        return None
    before = site.left[:len(site.left) - len(head)]
    if not head + tail and not (rest[0] == "日" and site.length == 1):
        return None  # (a month with no digit left may be 同月, 翌月, 今月: read only a day's)
    if rest[0] == "月" and not (_YEAR_BEFORE.search(before) or re.match(f"[{DIGITS}]{{1,2}}日", rest[1:])):
        return None
    if rest[0] == "日":
        month = _MONTH_BEFORE_DAY.search(before)
        if not month:
            return None
        days = month_days(int(month.group(0)[:-1].translate(TO_ASCII_DIGITS)),
                          _western_year(before[:month.start()]))
        if not days:
            return None
        largest = days
    return head, tail, largest


def _separated_field(site: Site) -> tuple[str, str, int] | None:
    """:func:`date_field` of a date written with separators (:data:`_SEPARATED_DATE`), one glyph lost in its month or
    its day with a digit of the field left."""
    if site.length != 1:
        return None
    for m in _SEPARATED_DATE.finditer(site.text):
        for group, largest in ((3, 12), (4, 31)):
            if not m.start(group) <= site.start < m.end(group):
                continue
            field = m.group(group)
            if field.count(GAP) != 1 or len(field) == 1 or GAP in m.group(7 - group):
                return None
            at = site.start - m.start(group)
            head, tail = field[:at], field[at + 1:]
            if group == 4:
                year = m.group(1)
                largest = month_days(int(m.group(3)), int(year) if year.isdigit() else None)
            return head, tail, largest
    return None


def date_keeps(site: Site, fill: str) -> bool:
    """Whether the digits ``fill`` keep a :func:`date_field` in range (a day 1 to its month's days, a month 1–12), with
    a leading zero only where the line writes a month or day so (``07月``, ``2026-03-05``); where no digit of a day is
    left, one of :data:`DAY_WORDS` too.

    >>> [date_keeps(Site("令和7年10月\\ufffd4日", 7, 8), f) for f in ("1", "2", "3", "0", "月")]
    [True, True, False, False, False]
    >>> [date_keeps(Site("令和6年1\\ufffd月3日", 5, 6), f) for f in ("0", "2", "3")]
    [True, True, False]
    >>> [f for f in "0123456789末曜" if date_keeps(Site("10月\\ufffd日", 3, 4), f)], [f for f in "0123456789" if date_keeps(Site("4月3\\ufffd日", 3, 4), f)]
    (['1', '2', '3', '4', '5', '6', '7', '8', '9', '末'], ['0'])
    >>> date_keeps(Site("2月\\ufffd日（木）", 2, 3), "末"), date_keeps(Site("2月\\ufffd日（木）", 2, 3), "5")
    (False, True)
    """
    field = date_field(site)
    if field is None:
        return True
    head, tail, largest = field
    if not head + tail and fill in DAY_WORDS:
        # a day printed with its weekday is a numbered day (吉日 and 某日 name none; the calendar reads the numeral:
        # 令和8年2月\ufffd日（木） is the 5th)
        return not re.match(f"{GAP}*日[ \u3000]*[（(][月火水木金土日]", site.right)
    if not all(c in DIGITS for c in fill):
        return False
    number = (head + fill + tail).translate(TO_ASCII_DIGITS)
    rest = site.text[:site.start] + site.text[site.end:]
    if number[0] == "0" and not (_ZERO_PADDED.search(rest) or re.search("(?<![0-9])[/.\\-]0[1-9](?![0-9])", rest)):
        return False
    return 1 <= int(number) <= largest


def no_day_fits(site: Site) -> str | None:
    """Why no digit fits a day's lost glyph, where none does (``2月3\ufffd日``, ``3\ufffd February 2026``: the month has no
    day 30–39), else ``None``: the gap is kept, with no candidate (a misprinted date, or a glyph that was no digit).

    >>> no_day_fits(Site("2月3\\ufffd日まで", 3, 4)), no_day_fits(Site("4月3\\ufffd日", 3, 4))
    ('a day of the month 3_: the month has at most 29 days, so no digit makes a day it has', None)
    """
    field = date_field(site)
    if field is not None:
        head, tail, largest = field
        if head + tail and not any(date_keeps(site, d) for d in "0123456789"):
            return f"a day of the month {head}_{tail}: the month has at most {largest} days, so no digit makes a day " \
                   "it has" if largest < 31 else f"a date's field {head}_{tail}: no digit keeps it in range"
        return None
    day = day_digits(site)
    if day is not None and not day[0]:
        return f"a day of {day[1]} ({site.left[-2:]}_{site.right[:len(day[1]) + 1]}): no digit makes a day that month has"
    return None


def propose_date(site: Site) -> list[Proposal]:
    """The digits that keep a :func:`date_field` in range, in the width of the digits beside it: the month and the
    day of a date are proposed whatever the models read there (``2025/1\ufffd/3``: 0, 1, 2), never committed on how
    they read (:func:`unsettled`).

    >>> [p.fill for p in propose_date(Site("期限は2025/1\\ufffd/3です", 9, 10))], [p.fill for p in propose_date(Site("10月\\ufffd日", 3, 4))][:3]
    (['0', '1', '2'], ['1', '2', '3'])
    """
    field = date_field(site)
    if field is None:
        return []
    head, tail, largest = field
    full = _full_width(site)
    what = "month" if largest == 12 else "day"
    detail = f"a digit: the gap stands in a date's {what} ({head}_{tail}, 1–{largest})"
    return [Proposal("".join(d).translate(TO_FULLWIDTH_DIGITS) if full else "".join(d), EvidenceKind.LEXICON, detail)
            for d in itertools.product("0123456789", repeat=site.length) if date_keeps(site, "".join(d))]


def leads_zero(site: Site) -> bool:
    """One glyph lost directly before a number that opens with 0 and is counted (``予定件数\ufffd00件``, ``先着で
    \ufffd0人``; fresh-user trial 83a offered は first): no number is written from a 0 (nor a decimal's ``0.5``, which
    a point follows), so the gap held its leading digit, whatever word stands before it.

    >>> [leads_zero(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("予定件数\\ufffd00件", "先着で\\ufffd0人",
    ...  "約\\ufffd0.5%", "電話\\ufffd03-1234", "第\\ufffd0回", "1\\ufffd00件")]
    [True, True, False, False, True, False]
    """
    if site.length != 1 or site.left[-1:] in DIGITS or site.text[site.start:site.end].strip(GAP):
        return False
    number = re.match(f"[0０][{DIGITS}]*", site.right)
    if number is None:
        return False
    rest = site.right[number.end():]
    if rest[:1] in POINTS + ",，-‐－" or not rest[:1]:
        return False
    if rest[:1] in COUNTERS or _LATIN_UNIT.match(rest) and JA_LETTER_RE.search(site.text):
        return True
    from pipeline.restore.evidence import bilingual  # (bilingual reads this module's counters)

    return bilingual.counted(rest)


ENDS_IN_DAI = ("次", "落", "及")
"""The letters before 第 in the words that close on it (次第, 落第, 及第: the Sudachi dictionary's common words ending in
第): there 第 is no ordinal's prefix (``次第\ufffd回復`` is 次第に回復)."""


def after_ordinal_prefix(site: Site) -> bool:
    """A gap of up to two glyphs between 第 and a counter, no digit beside it (``第\ufffd回``, ``第\ufffd\ufffd号``): the
    ordinal's numeral, digits or kanji numerals (第三回) or 何 (第何回); not after a word closing on 第 (:data:`ENDS_IN_DAI`).

    >>> [after_ordinal_prefix(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("説明会は第\\ufffd回を数える",
    ...  "第\\ufffd\\ufffd号", "次第\\ufffd回復", "第\\ufffd者", "第1\\ufffd回", "第\\ufffd0回")]
    [True, True, False, False, False, False]
    """
    if site.length > MAX_DIGITS or site.left[-1:] != "第" or site.left[-2:-1] and site.left[-2:-1] in ENDS_IN_DAI:
        return False
    counter = site.right[:1]
    return bool(counter) and counter in COUNTERS + SEQUENCE_COUNTERS and counter not in "%％"


def leads_number(site: Site) -> bool:
    """One glyph lost after a Japanese letter, directly before a counted number that opens with 1–9 (``予定件数\ufffd50件``):
    the number's leading digit (1–9), a prefix (約, 第 before an ordinal's counter) or a particle (予定件数は50件):
    digits and the prefixes are proposed beside the models' fills, nothing ruled out (:func:`propose_lead`).

    >>> [leads_number(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("予定件数\\ufffd50件を", "予定件数\\ufffd00件",
    ...  "比べ\\ufffd1億円", "約\\ufffd5.5%", "電話\\ufffd03-1", "2\\ufffd5件", "10月\\ufffd4日")]
    [True, False, True, False, False, False, False]
    """
    if site.length != 1 or not JA_LETTER_RE.match(site.left[-1:] or " ") or site.left[-1:] in PREFIXES \
            or site.text[site.start:site.end].strip(GAP) or date_field(site) is not None:
        return False  # (a date's day after its month, 10月\ufffd4日: :func:`date_field`)
    number = re.match(f"[1-9][{DIGITS}]*(?:[,，][{DIGITS}]{{3}})*", site.right)
    if number is None:
        return False
    rest = site.right[number.end():]
    if not rest[:1] or rest[:1] in POINTS + "-‐－:：":
        return False
    return rest[:1] in COUNTERS or rest[:1] in LARGE_UNITS


def propose_lead(site: Site) -> list[Proposal]:
    """Where :func:`leads_number` holds: the digits 1–9 and the prefixes that stand before a counted number after a
    word (約 always; 第 before an ordinal's counter, :data:`SEQUENCE_COUNTERS`), never committed on how they read
    (:func:`unsettled`).

    >>> [p.fill for p in propose_lead(Site("予定件数\\ufffd50件を", 4, 5))]
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '約']
    """
    if not leads_number(site):
        return []
    detail = f"the gap opens a counted number ({site.left[-2:]}_{site.right[:4]}): its leading digit, or a prefix"
    number = re.match(f"[{DIGITS}]*(?:[,，][{DIGITS}]{{3}})*", site.right)
    counter = site.right[number.end():][:1]
    full = _full_width(site)
    fills = [str(d).translate(TO_FULLWIDTH_DIGITS) if full else str(d) for d in range(1, 10)] + ["約"] \
        + (["第"] if counter in SEQUENCE_COUNTERS else [])
    return [Proposal(f, EvidenceKind.LEXICON, detail) for f in fills]


def digit_slot(site: Site) -> str | None:
    """How a gap of up to :data:`MAX_DIGITS` glyphs that :func:`number_shape` leaves out still stands in a number,
    else ``None`` (issue 19, fresh-user trial 81b: of 24 lost digits none was committed, and most were offered words,
    ``5\ufffd\ufffdkg`` → 時間):

    * ``"counter"``: a digit before it and a counter or unit after it (``5\ufffd\ufffdkg``, ``9\ufffd%``, ``2\ufffd℃``,
      ``2\ufffd番``: :func:`before_counter`);
    * ``"group"``: inside a number written in hyphenated groups (``045-381-\ufffd\ufffd15``, ``03-5418-22\ufffd\ufffd``);
    * ``"opens"``: at a line's start or after a space, directly before a number its counter follows
      (``参加者 \ufffd\ufffd0人``), where a prefix (約, 第) may stand as well;
    * ``"amount"``: before a large unit and its counter, no digit before it (``敷金\ufffd\ufffd万円``): digits, or kanji
      numerals, 数 or 何 (十万円, 数万円);
    * ``"ordinal"``: in the numeral of a line-opening ordinal (``第\ufffd条　乙は``: :func:`ordinal_in_step` where its
      neighbours are in step): digits or kanji numerals, never a word (次条, 同条);
    * ``"rate"``: a count after another number and its counter, before a counter (``1日\ufffd回まで``): digits, or kanji
      numerals, 数 or 何 (1日何回);
    * ``"date"``: in a date's month or day written in digits (``令和7年10月\ufffd4日``: :func:`date_field`): digits
      that keep the field in range only (a day 1–31, a month 1–12: :func:`date_keeps`);
    * ``"prefixed"``: between 第 and a counter, no digit beside it (``第\ufffd回``: :func:`after_ordinal_prefix`):
      digits 1–9, kanji numerals or 何 (第何回), never a word (今回, 旋回);
    * ``"leads"``: directly before a counted number that opens with 0 (``予定件数\ufffd00件``: :func:`leads_zero`): its
      leading digit, 1–9;
    * ``"trail"``: after a number in a line of Latin script, before a space, a mark or the line's end
      (``about 18\ufffd\ufffd``, ``saved 4\ufffd\ufffd lives``): digits are proposed, and nothing else is ruled
      out (``Chapter 1\ufffd``: 1a as well as 12).

    >>> [digit_slot(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("収量は5\\ufffd\\ufffdkgで", "比9\\ufffd%と",
    ...  "電話 045-381-\\ufffd\\ufffd15）へ", "参加者 \\ufffd\\ufffd0人", "about 18\\ufffd\\ufffd", "saved 4\\ufffd\\ufffd lives",
    ...  "敷金\\ufffd\\ufffd万円を", "score of 2\\ufffd–17", "1日\\ufffd回まで", "第\\ufffd条　乙は")]
    ['counter', 'counter', 'group', 'opens', 'trail', 'trail', 'amount', 'trail', 'rate', 'ordinal']
    >>> [digit_slot(Site(t, t.index("\\ufffd"), t.rindex("\\ufffd") + 1)) for t in ("1\\ufffdの", "第1\\ufffd回", "部\\ufffd分",
    ...  "それは\\ufffd\\ufffd0年", "2\\ufffd\\ufffd\\ufffd人")]
    [None, None, None, None, None]
    """
    if site.length > MAX_DIGITS or number_shape(site) is not None or site.text[site.start:site.end].strip(GAP):
        return None
    if date_field(site) is not None:
        return "date"
    if leads_zero(site):
        return "leads"
    if (m := _ordinal_at(line := site.text)) is not None and m.start(1) <= site.start and site.end <= m.end(1):
        return "ordinal"
    if after_ordinal_prefix(site):
        return "prefixed"
    if site.left[-1:] not in DIGITS and re.match(f"[{LARGE_UNITS}](?:[{re.escape(COUNTERS)}]|ドル|ユーロ)", site.right):
        return "amount"
    if re.search(f"[{DIGITS}][{re.escape(COUNTERS)}]$", site.left) and site.length == 1 and site.right[:1] \
            and site.right[:1] in COUNTERS \
            and site.right[:1] not in UNITS + "%％":
        return "rate"  # a count per a unit of time or of a thing (1日\ufffd回, 1回\ufffd錠 is no counter of this list)
    if site.right[:1] and site.left[-1:] and (before_counter(site) or site.left[-1:] in DIGITS and site.right[:1] in SEQUENCE_COUNTERS):
        return "counter"  # (a law's article or paragraph cited by its number: 民法第62\ufffd条)
    line = site.text
    for m in _PHONE.finditer(line):
        if m.start() <= site.start and site.end <= m.end():
            return "group"
    left, right = site.left, site.right
    if re.match(f"[{DIGITS}]", right) and (not left.strip() or left[-1:].isspace()):
        number = re.match(f"[{DIGITS}]+", right)
        rest = right[number.end():]
        if rest[:1] in COUNTERS and rest[:1] or _LATIN_UNIT.match(rest) and JA_LETTER_RE.search(line):
            return "opens"
        from pipeline.restore.evidence import bilingual  # (bilingual reads this module's counters)

        if bilingual.counted(rest):
            return "opens"
    if re.search(f"(?:^|[\\s(（$£€])[{DIGITS}]+$", left) and not JA_LETTER_RE.search(line) \
            and re.match(r"(?:$|[\s,.;:!?)\]–—-])", right):
        return "trail"
    return None


def slot_keeps(site: Site, fill: str) -> bool:
    """Whether ``fill`` may stand in a :func:`digit_slot`: digits in any case (a point or comma among two glyphs);
    before a counter a large unit where the counter takes one and the letters of a counter's word
    (:data:`COUNTER_AFFIXES`: 20周年, 3ヶ月); opening a number a prefix (:data:`PREFIXES`) or a sign; after a number in
    Latin script anything (digits are proposed there, nothing ruled out); never a word of the lexicon or the
    character model.

    >>> s = Site("収量は5\\ufffd\\ufffdkgで", 4, 6)
    >>> [slot_keeps(s, f) for f in ("34", "時間", ".3", "万年")]
    [True, False, True, False]
    >>> [slot_keeps(Site("20\\ufffd年", 2, 3), f) for f in ("周", "5", "日")], slot_keeps(Site("2024\\ufffd度", 4, 5), "年")
    ([True, True, False], True)
    >>> [slot_keeps(Site("受付は202\\ufffd年4月", 6, 7), f) for f in ("6", "ヶ", "万")]
    [True, False, False]
    >>> [slot_keeps(Site("参加者 \\ufffd\\ufffd0人", 4, 6), f) for f in ("10", "この", "約1")]
    [True, False, True]
    """
    kind = digit_slot(site)
    if kind is None:
        return True
    if kind == "date":
        return date_keeps(site, fill)
    if kind == "leads" or kind == "prefixed" and all(c in DIGITS for c in fill):
        return all(c in DIGITS for c in fill) and fill[:1] not in "0０"
    if all(c in DIGITS for c in fill) or len(fill) > 1 and all(c in DIGITS + POINTS + ",，" for c in fill) \
            and fill[-1] in DIGITS and sum(c not in DIGITS for c in fill) == 1:
        return True  # (a point or comma after the surviving digits: 5.3kg)
    if kind == "counter":
        counter = site.right[:1]
        if counter == "年" and re.search(f"(?<![{DIGITS}])(?:19|20|１９|２０)[{DIGITS}]$", site.left):
            return False  # a year's last digit (202\ufffd年): no count of years is written 202ヶ年
        large = LARGE_UNITS if counter in COUNTERS and counter not in NO_LARGE_UNIT else ""
        body = fill.rstrip("".join(COUNTER_AFFIXES))
        affix = fill[len(body):]
        return all(c in DIGITS + large for c in body) and (not affix or len(affix) == 1
                                                           and counter in COUNTER_AFFIXES[affix])
    if kind == "ordinal":
        return all(c in DIGITS + FULLWIDTH_DIGITS for c in fill) or all(c in KANJI_DIGITS for c in fill)
    if kind == "rate":
        return all(c in KANJI_DIGITS + "数何" for c in fill)  # (1日三回, 1日何回)
    if kind == "prefixed":
        return all(c in KANJI_DIGITS + "何" for c in fill)  # (第三回, 第何回; digits above)
    if kind == "amount":
        # a number before its large unit: digits, kanji numerals, 数 or 何 (数万円, 何千人), a prefix before them
        body = fill[1:] if fill[:1] in QUANTITY_PREFIXES and len(fill) > 1 else fill
        return all(c in DIGITS for c in body) or all(c in KANJI_DIGITS + "百千数何" for c in body)
    if kind == "opens":
        return fill[:1] in PREFIXES + SIGNS + CURRENCY_SIGNS + YEN_SIGNS and all(c in DIGITS for c in fill[1:])
    return kind == "trail"


def ordinal_suffix(number: str) -> str:
    """The English ordinal's letters after ``number`` (``62`` → ``nd``, ``11`` → ``th``).

    >>> [ordinal_suffix(n) for n in ("1", "62", "13", "111", "23", "40")]
    ['st', 'nd', 'th', 'th', 'rd', 'th']
    """
    if number[-2:-1] == "1":
        return "th"
    return _SUFFIXES.get(number[-1:], "th")


def propose_slot(site: Site) -> list[Proposal]:
    """Every digit string of the gap's length in the width of the digits beside it, where :func:`digit_slot` holds
    and :func:`propose_before_counter` does not propose already (a gap of two glyphs, a number's group, its
    opening, its end in Latin script).

    >>> [p.fill for p in propose_slot(Site("about 18\\ufffd\\ufffd", 8, 10))][:3], len(propose_slot(Site("比9\\ufffd%と", 2, 3)))
    (['00', '01', '02'], 0)
    """
    kind = digit_slot(site)
    if kind is None or kind == "counter" and site.length == 1:
        return []
    full = _full_width(site)
    detail = f"a digit: the gap stands in a number ({site.left[-3:]}_{site.right[:3]})"
    return [Proposal("".join(d).translate(TO_FULLWIDTH_DIGITS) if full else "".join(d), EvidenceKind.LEXICON, detail)
            for d in itertools.product("0123456789", repeat=site.length)
            if (d[0] != "0" or kind not in ("amount", "opens", "rate", "ordinal", "leads", "prefixed"))  # (an amount's first digit is never 0)
            and (kind != "date" or date_keeps(site, "".join(d)))]


_REFERENCE = re.compile(r"(?:(?<![A-Za-z])([A-Z][A-Za-z]{1,11}\.?|§)[ \u00a0]?|(?<![A-Za-z0-9])([\u30a0-\u30ff\u4e00-\u9fff]))"
                        r"([0-9]{1,2}(?:[.\-‐－][0-9]{1,2}){0,2}[.\-‐－])$")
"""A numbered reference whose last part is lost: a capitalised word (``Section``, ``Fig.``, ``Table``), ``§`` or a
kanji or katakana letter (``図``, ``表``, ``付録``'s 録) before a number of parts of one or two digits joined by points
or hyphens, the last part's first glyph lost (``Section 4.\ufffd``, ``図3.\ufffd``, ``表2-\ufffd``)."""


def reference_slot(site: Site) -> tuple[str, str] | None:
    """``(label, number)`` where one glyph lost opens the last part of a numbered reference (:data:`_REFERENCE`),
    nothing but a mark, a space, a Japanese letter or the line's end after it: ``Section 4.\ufffdを`` →
    ``('Section', '4.')``; else ``None``. The glyph was a digit: a point or a hyphen after a section's, a figure's or a
    table's number opens its next part (no word follows ``図3.``).

    >>> [reference_slot(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("詳細はSection 4.\\ufffdを参照",
    ...  "図3.\\ufffdに示す", "表2-\\ufffdのとおり", "see Fig. 2.1.\\ufffd)")]
    [('Section', '4.'), ('図', '3.'), ('表', '2-'), ('Fig.', '2.1.')]
    >>> [reference_slot(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("in 2025.\\ufffdThe", "は4.\\ufffdを",
    ...  "Section 4.\\ufffd2", "version 2.\\ufffd")]
    [None, None, None, None]
    """
    if site.length != 1 or site.text[site.start:site.end].strip(GAP) or re.match("[0-9A-Za-z]", site.right):
        return None
    m = _REFERENCE.search(site.left)
    if m is None:
        return None
    return m.group(1) or m.group(2), m.group(3)


def reference_numbers(site: Site, doc_text: str) -> list[str] | None:
    """The digits that complete a :func:`reference_slot`'s number as the document (``doc_text``) writes it whole
    elsewhere, after the same label or opening a line (the section headings ``4.1 対象``, ``4.2 手順``; the captions
    ``図3.1``): ``['1', '2', '3']``, smallest first; ``[]`` where it writes none; ``None`` where the gap is no
    reference slot. The numbers a document gives its sections and figures are the ones its references cite, so they
    are offered first; which of them this reference cites the words do not say: never committed on it.

    >>> reference_numbers(Site("Section 4.\\ufffdを参照", 10, 11), "4.1 対象\\n4.2 手順\\n4.3 分析\\nSection 4.\\ufffdを参照\\n5.1 x")
    ['1', '2', '3']
    >>> reference_numbers(Site("図3.\\ufffdに示す", 3, 4), "図3.1 世帯数\\n図3.2 構成\\n表3.4 回収\\n図3.\\ufffdに示す"), reference_numbers(Site("付録7.\\ufffdを", 4, 5), "付録7.\\ufffdを")
    (['1', '2'], [])
    """
    found = reference_slot(site)
    if found is None:
        return None
    label, number = found
    digits = set()
    label_re = re.escape(label.rstrip("."))
    pattern = re.compile(f"(?:(?:^|(?<=\\n))[ \\u3000\\t]*|{label_re}\\.?[ \\u00a0]?)(?<![0-9.\\-‐－])"
                         f"{re.escape(number)}([0-9])(?![0-9]|[.\\-‐－][0-9])")
    for m in pattern.finditer(doc_text):
        digits.add(m.group(1))
    return sorted(digits)


def propose_counted(site: Site, doc) -> list[Proposal]:
    """The digit strings of the gap's length where a gap with no digit beside it stands directly before a counter
    (``1日\ufffd回まで``, ``間隔は\ufffd時間以上``, ``電車で\ufffd\ufffd分ほど``: :func:`bilingual.counted`) that the
    document (``doc``) writes after a number in digits elsewhere, in the width it writes them: a count as well as a
    word (今回, 数分, 十分), so proposed beside what the models read, nothing ruled out, never committed on how they
    read (:func:`unsettled`). Issue 19, fresh-user trial 81b: ``1日\ufffd回まで`` was offered 光, 経, 本, never 3."""
    if site.length > MAX_DIGITS or site.script != "ja" or site.left[-1:] in DIGITS + FULLWIDTH_DIGITS \
            or site.right[:1] in DIGITS + FULLWIDTH_DIGITS or doc is None or number_shape(site) is not None \
            or digit_slot(site) is not None:
        return []
    counter = next((c for c in sorted(COUNTER_WORDS, key=len, reverse=True) if site.right.startswith(c)), None)
    if counter is None:
        return []
    from pipeline.restore.evidence import bilingual

    if not bilingual.counted(site.right):
        return []
    widths = {ln.text[at - 1] in FULLWIDTH_DIGITS for ln, at in doc.occurrences(counter)
              if at and ln.text[at - 1] in DIGITS + FULLWIDTH_DIGITS}
    if not widths:
        return []
    full = widths == {True}
    detail = f"a digit: a count before its counter ({site.left[-3:]}_{site.right[:3]}), as the text writes {counter} " \
             "after digits elsewhere"
    return [Proposal("".join(d).translate(TO_FULLWIDTH_DIGITS) if full else "".join(d), EvidenceKind.LEXICON, detail)
            for d in itertools.product("0123456789", repeat=site.length) if d[0] != "0"]


def suffix_digit(site: Site) -> str | None:
    """The last digit of an English ordinal its letters settle, one glyph lost before them (``the 6\ufffdnd minute``:
    2, as *nd* follows only a 2 not after a 1), else ``None``: *th* follows most digits and settles none.

    >>> [suffix_digit(Site(t, t.index("\\ufffd"), t.index("\\ufffd") + 1)) for t in ("in the 6\\ufffdnd minute",
    ...  "the 2\\ufffdst", "the 1\\ufffdnd", "the 4\\ufffdth", "the \\ufffdrd")]
    ['2', '1', None, None, None]
    """
    if site.length != 1 or JA_LETTER_RE.search(site.text):
        return None
    m = re.match(r"(st|nd|rd)(?![A-Za-z])", site.right)
    before = re.search(r"(?:^|[^\w.,])([0-9]+)$", site.left)
    if m is None or before is None or before.group(1)[-1:] == "1":
        return None
    return {"st": "1", "nd": "2", "rd": "3"}[m.group(1)]


def sequence_form(texts: list[str], index: int) -> str | None:
    """The one form (``ascii``, ``full``, ``kanji``: :func:`_ordinal_form`) the intact ordinals of the same counter
    write nearest before and after the line-opening ordinal of ``texts[index]``, else ``None`` (none, or two forms):
    an ordinal's lost numeral is written as its sequence's are (``第\ufffd条`` among ``第２条`` and ``第５条``: ３ or ４,
    never 三).

    >>> sequence_form(["第２条", "第\\ufffd条", "第５条"], 1), sequence_form(["第二条", "第\\ufffd条"], 1), sequence_form(["第\\ufffd条"], 0)
    ('full', 'kanji', None)
    """
    found = sequence_around(texts, index)
    return found[0] if found is not None else None


def sequence_around(texts: list[str], index: int) -> tuple[str, int, int] | None:
    """``(form, low, high)`` of the line-opening ordinal of ``texts[index]``: its sequence's one form
    (:func:`sequence_form`) and the values its numeral lies strictly between (the nearest intact ordinals of the same
    counter before and after it; 0 and 1000 where there is none on a side), else ``None``.

    >>> sequence_around(["第２条", "第\\ufffd条", "第５条"], 1), sequence_around(["第２条", "第\\ufffd条"], 1)
    (('full', 2, 5), ('full', 2, 1000))
    """
    m = _ordinal_at(texts[index])
    if m is None:
        return None
    forms = set()
    bounds = [0, 1000]
    for side, rng in enumerate((range(index - 1, -1, -1), range(index + 1, len(texts)))):
        for k in rng:
            n = _ordinal_at(texts[k])
            if n is not None and n.group(2) == m.group(2) and GAP not in n.group(1):
                forms.add(_ordinal_form(n.group(1)))
                value = ordinal_value(n.group(1))
                if value is not None:
                    bounds[side] = value
                break
    if len(forms) != 1:
        return None
    return forms.pop(), bounds[0], bounds[1]


def in_form(fill: str, form: str) -> bool:
    """``fill`` is written in ``form`` (:func:`sequence_form`)."""
    return all(c in {"ascii": DIGITS.translate(TO_ASCII_DIGITS), "full": FULLWIDTH_DIGITS, "kanji": KANJI_DIGITS}[form]
               for c in fill)


def numerals(form: str, length: int) -> list[str]:
    """The numerals 1–99 written in ``form`` (:func:`sequence_form`) that are ``length`` characters long.

    >>> numerals("full", 1)[:3], numerals("kanji", 2)[:3]
    (['１', '２', '３'], ['十一', '十二', '十三'])
    """
    return [w for n in range(1, 100) if len(w := _written(n, form)) == length]


REPEAT_WORDS = 5
"""Japanese letters after a number that its copy elsewhere must repeat for the copy to settle a lost digit
(:func:`written_whole`)."""
REPEAT_CONFIDENCE = 0.95
"""The confidence of a digit a number written whole elsewhere settles (:func:`written_whole`). Measured
(``/tmp/digits82/measure_numrep.py``): every digit of a number of 2–4 digits followed by five Japanese letters in the
1,830 distinct texts under /work/regress, tests/data and /work/shared masked in turn (813 slots): 56 settled, 56 right
(Wilson's one-sided 90% lower bound 0.97); with three letters after it 78 of 89 (``20分煮る`` beside ``10分煮る``,
``2018年から`` beside ``2011年から``), so five."""
_JA_LETTERS = re.compile("[\u3040-\u30ff\u4e00-\u9fff々]{%d}" % REPEAT_WORDS)


def written_whole(site: Site, doc_text: str) -> tuple[str, str] | None:
    """``(digit, copy)`` where one glyph lost inside a Japanese number followed by :data:`REPEAT_WORDS` Japanese
    letters (``帰りも2\\ufffd番の路面電車に乗り``) is settled by the same number written whole elsewhere in ``doc_text``
    with those letters after it and no digit before it (``から28番の路面電車に乗った``): the one digit every such copy
    reads, else ``None`` (no copy, or copies with different digits).

    >>> written_whole(Site("帰りも2\\ufffd番の路面電車に乗り", 4, 5), "から28番の路面電車に乗った。帰りも2\\ufffd番の路面電車に乗り")
    ('8', '28番の路面電')
    >>> written_whole(Site("約1\\ufffd分煮る", 2, 3), "20分煮る。10分煮る"), written_whole(Site("2\\ufffd人", 1, 2), "")
    (None, None)
    """
    if site.length != 1:
        return None
    head = re.search(f"[{DIGITS}]*$", site.left).group(0)
    tail = re.match(f"[{DIGITS}]*", site.right).group(0)
    if not head + tail or len(head) + len(tail) + 1 > 6 or site.left[len(site.left) - len(head) - 1:][:1] in ".,，．":
        return None
    after = _JA_LETTERS.match(site.right, len(tail))
    if after is None:
        return None
    pattern = re.compile(f"(?<![{DIGITS}.,，．]){re.escape(head)}([{DIGITS}]){re.escape(tail)}{re.escape(after.group(0))}")
    fills = {m.group(1): m.group(0) for m in pattern.finditer(doc_text)}
    if len(fills) != 1:
        return None
    digit, copy = next(iter(fills.items()))
    return digit, copy


CODE_BODIES = re.compile(r"(?<![A-Za-z])([A-Z]{2,6}(?: [A-Z])?)[ \u00a0]$")
"""The body a standard's number follows after a space (``ISO 8601-1``, ``IEC 60529``, ``JIS C 0920``): capitals, and a
part's letter after a space (JIS's division letter)."""
_CODE_HEAD = re.compile(r"[A-Za-z0-9]+(?:[-‐.][A-Za-z0-9]+)*[-‐.]?$")
"""The part of a code before the gap: letters and digits, joined by hyphens or points (``KT-2``, ``86``)."""
CODE_DIGITS = 2
"""Digits of a code that must survive around the gap (the code without it) for a copy to settle it: ``A\ufffd``
beside ``A4`` names a paper size, a grid square, any short label."""

CODE_COPIES = 2
"""Copies of a code written whole that settle its lost digit (:func:`code_written_whole`). Measured
(``/tmp/digit83/measure_code.py``): every digit of such a code in the 1,947 distinct texts under /work/regress,
tests/data and /work/shared masked in turn: with one copy 196 settled, 190 right (a cricket score ``CC 16\ufffd`` beside
``CC 167``, ``FY202\ufffd`` beside ``FY2025``, ``USD \ufffd50`` beside ``USD 150``); with two copies 118 settled, 118 right
(one-sided 90% Wilson lower bound 0.986)."""
CURRENCY_CODES = frozenset("USD EUR GBP JPY CNY RMB AUD CAD CHF HKD SGD KRW INR NZD SEK NOK DKK TWD THB".split())
"""Currency codes, before an amount: no standard's body (``USD 150``)."""


def _spaced(code: str) -> str:
    """A pattern of ``code``'s letters and digits written with a space or none where its letters and digits meet or
    a space stands (``ISO 86`` matches ``ISO86`` and ``ISO 86``; ``JIS Z 83`` matches ``JIS Z83``): a code is one code
    however its copies space it.

    >>> bool(re.fullmatch(_spaced("ISO 86"), "ISO86")), bool(re.fullmatch(_spaced("KT-2"), "KT-2")), bool(re.fullmatch(_spaced("ISO86"), "ISO 86"))
    (True, True, True)
    """
    runs = re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9 \u00a0]", code)
    out = ""
    for a, b in zip(runs, runs[1:] + [""]):
        out += re.escape(a)
        if b and (a[0].isalpha() and b[0].isdigit() or a[0].isdigit() and b[0].isalpha()
                  or a[0].isalpha() and b[0].isalpha()):
            out += "[ \u00a0]?"
    return out


def code_written_whole(site: Site, doc_text: str) -> tuple[str, str] | None:
    """``(digit, copy)`` where one glyph lost beside a digit of a code or a standard's number (``ISO 86\ufffd1-1``,
    ``KT-2\ufffd0``: letters in the code, or a standard's body before it, :data:`CODE_BODIES`) is settled by the same
    code written whole elsewhere in ``doc_text``: the one digit every copy of the code's head and its number reads
    (``ISO 8601``), else ``None`` (no copy, or copies with different digits, ``KT-200`` beside ``KT-210``). A code names
    one thing, so its copies spell it alike; a number without letters does not (``Section 4.\ufffd``, a phone's
    digits). Fresh-user trial 83a: ``ISO 86\ufffd1-1`` stayed open beside ``ISO 8601-1`` written twice.

    >>> code_written_whole(Site("See ISO 86\\ufffd1-1:2019.", 10, 11), "ISO 8601-1 dates; ISO 8601-1. See ISO 86\\ufffd1-1:2019.")
    ('0', 'ISO 8601')
    >>> code_written_whole(Site("model KT-2\\ufffd0 and", 10, 11), "KT-200 logger. The KT-200. model KT-2\\ufffd0 and")
    ('0', 'KT-200')

    Its copies may space it otherwise (``ISO8601`` beside ``ISO 86\\ufffd1``):

    >>> code_written_whole(Site("as ISO 86\\ufffd1 requires", 9, 10), "ISO8601 throughout. The ISO8601 calendar. as ISO 86\\ufffd1 requires")
    ('0', 'ISO8601')

    One copy is not enough (a score, ``CC 16\\ufffd`` beside ``CC 167``, a year ``FY202\\ufffd`` beside ``FY2025``: measured
    below), nor is an amount after a currency's code or a fiscal year's letters a code:

    >>> code_written_whole(Site("model KT-2\\ufffd0", 10, 11), "The KT-200. model KT-2\\ufffd0")
    >>> code_written_whole(Site("Fee USD \\ufffd50", 8, 9), "USD 150, USD 150. Fee USD \\ufffd50")
    >>> code_written_whole(Site("model KT-2\\ufffd0", 10, 11), "KT-200, KT-210. model KT-2\\ufffd0")
    >>> code_written_whole(Site("Section 4.\\ufffd", 10, 11), "Section 4.2. Section 4.\\ufffd")
    >>> code_written_whole(Site("size A\\ufffd", 6, 7), "size A4")
    """
    if site.length != 1 or site.text[site.start:site.end].strip(GAP):
        return None
    head_m = _CODE_HEAD.search(site.left)
    head = head_m.group(0) if head_m else ""
    tail = re.match(r"[0-9]*", site.right).group(0)
    if not (head[-1:].isdigit() or tail) or head[-1:].isalpha() and not tail:
        return None  # (a digit beside the gap: the glyph lost is one of the code's digits)
    start = site.start - len(head)
    if head and site.text[start - 1:start].isalnum():
        return None
    body = CODE_BODIES.search(site.text[:start])
    prefix = body.group(0) if body else ""
    if body and body.group(1) in CURRENCY_CODES or re.match("(?:FY|CY|AY|SY)[0-9]", head):
        return None  # (an amount, a year: other numbers follow the same letters)
    if not re.search("[A-Za-z]", head) and not prefix:
        return None
    if sum(c.isdigit() for c in head + tail) < CODE_DIGITS:
        return None
    pattern = re.compile(f"(?<![A-Za-z0-9\\-‐.]){_spaced(prefix + head)}([0-9]){re.escape(tail)}(?![0-9])")
    copies: dict[str, list[str]] = {}
    for m in pattern.finditer(doc_text):
        copies.setdefault(m.group(1), []).append(m.group(0))
    if len(copies) != 1:
        return None
    digit, found = next(iter(copies.items()))
    if len(found) < CODE_COPIES:
        return None
    return digit, found[0]


_COUNT_ITEM = re.compile(f"([{DIGITS}]{{1,3}}|{GAP})([\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff]{{1,3}})")
"""An item of a counted list: a number (or one lost glyph) and its counter (``2ひき``, ``3びき``, ``4人``)."""
_COUNT_SEPARATORS = "、，,・"


def count_in_step(site: Site) -> tuple[str, str] | None:
    """``(digit, why)`` where one lost glyph with no digit beside it is the number of an item of a counted list whose
    neighbours count in step (``\\ufffdぴき、2ひき、3びき``: 1; ``1人、\\ufffd人、3人``: 2): the items joined by ``、``
    (or ``，`` ``・``), each a number of up to three digits and a counter of up to three letters, the gap's item's
    counter its neighbour's (``ぴき``/``ひき``/``びき``, as Japanese voices a counter after a number, compared by their
    last letter), the two items after the gap's (or the one before and the one after) counting by one. Else ``None``.

    >>> count_in_step(Site("ほたるは \\ufffdぴき、2ひき、3びきと ふえて", 5, 6))[0], count_in_step(Site("1人、\\ufffd人、3人", 3, 4))[0]
    ('1', '2')
    >>> count_in_step(Site("\\ufffdぴき、2ひき、4ひき", 0, 1)), count_in_step(Site("第\\ufffd回、2回", 1, 2))
    (None, None)
    """
    if site.length != 1 or site.left[-1:] in DIGITS or site.right[:1] in DIGITS:
        return None
    text = site.text
    items = list(_COUNT_ITEM.finditer(text))
    at = next((k for k, m in enumerate(items) if m.start(1) == site.start), None)
    if at is None:
        return None

    def joined(a: re.Match, b: re.Match) -> bool:
        between = text[a.end():b.start()]
        return len(between) == 1 and between in _COUNT_SEPARATORS

    def value(m: re.Match) -> int | None:
        return int(m.group(1).translate(TO_ASCII_DIGITS)) if m.group(1) != GAP else None

    def alike(a: re.Match, b: re.Match) -> bool:
        return a.group(2)[-1:] == b.group(2)[-1:] and len(a.group(2)) == len(b.group(2))

    me = items[at]
    shown = lambda m: m.group(1) + m.group(2)[:len(me.group(2))]  # noqa: E731  (``3びき`` of ``3びきと``)
    if text[me.start(1) - 1:me.start(1)] == "第":
        return None  # an ordinal's: :func:`ordinal_in_step`
    number = None
    if at + 2 < len(items) and joined(me, items[at + 1]) and joined(items[at + 1], items[at + 2]) \
            and alike(me, items[at + 1]):
        a, b = value(items[at + 1]), value(items[at + 2])
        if a is not None and b == a + 1 and a >= 2:
            number, why = a - 1, f"{shown(items[at + 1])}, {shown(items[at + 2])} after it count by one"
    if number is None and 0 < at < len(items) - 1 and joined(items[at - 1], me) and joined(me, items[at + 1]) \
            and alike(items[at - 1], me):
        a, b = value(items[at - 1]), value(items[at + 1])
        if a is not None and b == a + 2:
            number, why = a + 1, f"{shown(items[at - 1])} before it and {shown(items[at + 1])} after it count by one"
    if number is None or number >= 10:
        return None
    full = _full_width(site)
    digit = str(number).translate(TO_FULLWIDTH_DIGITS) if full else str(number)
    return digit, f"a count's sequence: {why}, so this item is {digit}"
