"""The width policy: one rule for character widths, applied to every line.

Policy (documented in the README):

- Full-width ASCII letters and digits become ASCII (``ＡＣＴＩＯＮ`` → ``ACTION``,
  ``１１`` → ``11``, ``（１）`` → ``（1）``), in Japanese and English lines alike:
  they mean the same word or number, and search, numbering and restore must
  see one spelling.
- A full-width comma grouping a full-width number's thousands becomes ASCII
  with its digits (``２，１００`` → ``2,100``, not ``2，100``): one to three
  full-width digits before it and exactly three after it. A comma between
  other digits (``図１，２``, ``１２３４，５６７``, ASCII ``2015，491``) is a
  list's or the writer's and stays. One opening a line before three
  full-width digits groups a number wrapped before its comma and becomes
  ASCII too (``，６００円`` → ``,600円``). So does one in a number wrapped
  inside its group (``…全世帯１，２４`` / ``０世帯を対象に``, fresh-user
  trial 61c): the next line's first digits complete the group to exactly
  three (:func:`group_wrapped_thousands`).
- A full-width full stop between full-width digits becomes ASCII with them
  (``１４．２％`` → ``14.2％``, ``１．２`` → ``1.2``): a decimal point or a
  heading's number, which would otherwise stand alone in full width
  (``14．2``); between ASCII digits it is the writer's and stays. So does
  one in a number a hard wrap cut (``…平均で２．`` / ``７パーセント``, fresh-user
  trial 72): the number is normalised as the joined text would be
  (:func:`point_wrapped_decimals`).
- A full-width hyphen-minus (U+FF0D) between full-width digits becomes ASCII
  with them (``０４５－１２３－４５６７`` → ``045-123-4567``, ``〒８０３－８５０１``
  → ``〒803-8501``): a phone number's, a postcode's or a range's hyphen, which
  would otherwise stand alone in full width among ASCII digits
  (``045－123－4567``, fresh-user trial 59); so does one between a full-width
  digit and a mark printed for a withheld digit (``０２７８－６２－○○○○`` →
  ``0278-62-○○○○``, trial 61); between ASCII digits, or beside a letter, it
  is the writer's and stays.
- Half-width katakana and half-width CJK punctuation become their normal
  full-width forms (``ｶﾀｶﾅ`` → ``カタカナ``, ``｢`` → ``「``).
- Everything else is kept as written: Japanese punctuation and symbols
  (``（）「」：、。％＆・〜``), ``㎡`` and other compatibility symbols whose NFKC
  form would change their meaning (``㎡`` → ``m2``), and the ideographic space.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.chardata import DIGITS, FULLWIDTH_ALNUM, FULLWIDTH_DIGITS, JA_LETTER
from pipeline.model import Text
from pipeline.clean.edits import Change, Fixed, Line, unchanged

_FULLWIDTH_ALNUM = re.compile(f"[{FULLWIDTH_ALNUM}]+")
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]+")
_THOUSANDS_COMMA = re.compile(f"(?:(?<![{DIGITS}]{{4}})(?<=[{FULLWIDTH_DIGITS}])|^)\uff0c(?=[{FULLWIDTH_DIGITS}]{{3}}(?![{DIGITS}]))")
"""A comma grouping a full-width number's thousands: one to three digits before it (the number's first group or a
group after another comma), exactly three after it (``１２３４，５６７`` parts two numbers); full-width digits around
it, which become ASCII, so the comma would stand alone in full width (``2，100``); between ASCII digits it is the
writer's (``2015，491（21）``, a Chinese reference's year and volume) and stays. Or the comma opens the line before three
full-width digits: the number was wrapped before its thousands' comma (``…平均で４２`` / ``，６００円``: trial 54c had
``42，600`` after the join); Japanese never opens a line on a comma (JIS X 4051's line-start prohibition), so no
sentence's comma stands there."""


def _widen_kana(run: Text) -> tuple[str, tuple]:
    """Half-width kana → full-width, a voicing mark merging into its letter.

    Each output letter keeps the raw position of its base letter.
    """
    chars: list[str] = []
    origin: list = []
    for ch, pos in zip(run.text, run.origin):
        wide = unicodedata.normalize("NFKC", ch)
        if chars and unicodedata.combining(wide[0]):
            merged = unicodedata.normalize("NFC", chars[-1] + wide)
            if len(merged) == 1:
                chars[-1] = merged
                continue
        chars.append(wide[0])
        origin.append(pos)
    return "".join(chars), tuple(origin)


_DECIMAL_POINT = re.compile(f"(?<=[{FULLWIDTH_DIGITS}])\uff0e(?=[{FULLWIDTH_DIGITS}])")
"""A full-width full stop between full-width digits (trial 33: ``１４．２％`` came out ``14．2％``)."""


DIGIT_PLACEHOLDERS = "○●×＊＃"
"""Marks a template or a published notice prints in place of a number's digits (``☎０２７８－６２－○○○○``: the
line's number withheld)."""
_DIGIT_HYPHEN = re.compile(f"(?<=[{FULLWIDTH_DIGITS}])\uff0d(?=[{FULLWIDTH_DIGITS}{DIGIT_PLACEHOLDERS}])"
                           f"|(?<=[{DIGIT_PLACEHOLDERS}])\uff0d(?=[{FULLWIDTH_DIGITS}])")
"""A full-width hyphen-minus between full-width digits (a phone number, a postcode, a range: fresh-user trial 59 had
``電話：045－123－4567``), or between a digit and a placeholder for digits (fresh-user trial 61: ``0278-62－○○○○``
kept its second hyphen full width)."""


_WRAPPED_GROUP_END = re.compile(f"(?<![{DIGITS}]{{4}})(?<=[{FULLWIDTH_DIGITS}])\uff0c([{FULLWIDTH_DIGITS}]{{0,2}})$")
"""A line ending in a full-width number's comma and the start of its next group (``…全世帯１，２４``)."""
_GROUP_REST = re.compile(f"[{FULLWIDTH_DIGITS}]{{1,3}}(?![{DIGITS}])(?=.)")
"""The digits opening the next line, followed by more text (a line of digits alone is a page number)."""


def group_wrapped_thousands(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """A full-width thousands comma whose group a hard wrap cut (``１，２４`` / ``０世帯``) becomes ASCII.

    Why: :func:`normalise_width` sees one line, where ``１，２４`` reads as a list (``図１，２``) and the comma stays
    full width, so the joined paragraph read ``1，240世帯`` (fresh-user trial 61c, a report's PDF). The group is
    whole only across the wrap: the digits after the comma and the next line's first digits make exactly three.
    ``図１，２`` over ``に示す`` (no digits) or ``３４５`` alone (a page number) is left as it is.

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    ...     out, changes = group_wrapped_thousands(lines)
    ...     return [l.text.text for l in out], len(changes)
    >>> run("全世帯１，２４", "０世帯を対象に", "約２，", "１００台", "図１，２", "に示す", "計３，４", "５に")
    (['全世帯１,２４', '０世帯を対象に', '約２,', '１００台', '図１，２', 'に示す', '計３，４', '５に'], 2)
    """
    out = list(lines)
    changes: list[Change] = []
    for k in range(len(out) - 1):
        text = out[k].text
        end = _WRAPPED_GROUP_END.search(text.text)
        rest = _GROUP_REST.match(out[k + 1].text.text)
        if end is None or rest is None or len(end.group(1)) + len(rest.group()) != 3:
            continue
        comma = end.start()
        old = text[comma:comma + 1]
        out[k] = out[k].with_text(text.replace_span(comma, comma + 1, ",", old.origin))
        changes.append(Change(old, "width", replacement=","))
    return tuple(out), changes


_WRAPPED_POINT_END = re.compile(f"(?<=[^\\s{DIGITS}．])[{FULLWIDTH_DIGITS}]+(\uff0e?)$")
"""A line ending in a full-width number, its decimal point last or not (``…平均で２．``), after some text: a line of
a number alone (``１．``, a heading's or an item's number) is not a sentence's number wrapped."""
_WRAPPED_POINT_REST = re.compile(f"(\uff0e?)[{FULLWIDTH_DIGITS}]+(?![{DIGITS}])(?=[{JA_LETTER}％%])")
"""The next line opening on the number's rest, its point first or not (``７パーセント``, ``．７パーセント``), read on
into a Japanese word or a percent sign, as a number in a sentence is (``２）山本…``, the next reference's number after
``pp.４５－６２．``, and a line of digits alone, a page number, are no number's rest)."""


def point_wrapped_decimals(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """A full-width decimal point whose number a hard wrap cut (``…平均で２．`` / ``７パーセント``) becomes ASCII.

    Why: :func:`normalise_width` sees one line, where ``２．`` at a line's end has no digit after it and the point
    stays full width, so the joined paragraph read ``2．7パーセント`` beside ``0.1月分`` on one line (fresh-user trial
    72, a council record). A number broken over a line end is normalised as the joined text would be: the point
    becomes ASCII where a full-width digit stands on its one side on its line and on its other side across the wrap.
    A number alone on its line (``１．`` over ``２０２５年…``, a heading's number) or a page number alone below is left.

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    ...     out, changes = point_wrapped_decimals(lines)
    ...     return [l.text.text for l in out], len(changes)
    >>> run("平均で２．", "７パーセント", "平均で２", "．７パーセント", "１．", "２０２５年に", "終わり。２．", "１２")
    (['平均で２.', '７パーセント', '平均で２', '.７パーセント', '１．', '２０２５年に', '終わり。２．', '１２'], 2)
    >>> run("白書，pp.４５－６２．", "２）山本 俊哉（２０１９）")[1]  # a reference's stop, the next reference's number
    0
    """
    out = list(lines)
    changes: list[Change] = []
    for k in range(len(out) - 1):
        end = _WRAPPED_POINT_END.search(out[k].text.text)
        rest = _WRAPPED_POINT_REST.match(out[k + 1].text.text)
        if end is None or rest is None or bool(end.group(1)) == bool(rest.group(1)):
            continue  # no point, or a point on both sides (``２．`` / ``．７``): no one number
        k_point, at = (k, end.start(1)) if end.group(1) else (k + 1, rest.start(1))
        text = out[k_point].text
        old = text[at:at + 1]
        out[k_point] = out[k_point].with_text(text.replace_span(at, at + 1, ".", old.origin))
        changes.append(Change(old, "width", replacement="."))
    return tuple(out), changes


def normalise_width(text: Text) -> Fixed:
    """Apply the width policy to one line.

    Why: the same number is written ``１０`` in one place and ``10`` in another
    (a page number, a heading, a year in the paper and on a slide); later
    stages compare them, so they must read alike. Japanese punctuation is
    meaning, not width, and is kept.

    >>> normalise_width(Text.from_raw("（１）ＡＣＴＩＯＮ％", 1)).text.text
    '（1）ACTION％'
    >>> normalise_width(Text.from_raw("｢ｶﾞｲﾄﾞ」", 1)).text.text
    '「ガイド」'
    >>> normalise_width(Text.from_raw("約２，１００台、図１，２", 1)).text.text
    '約2,100台、図1，2'
    >>> normalise_width(Text.from_raw("１，２３４，５６７円、頁１２３４，５６７", 1)).text.text
    '1,234,567円、頁1234，567'
    >>> normalise_width(Text.from_raw("，６００円にとどまる", 1)).text.text, normalise_width(Text.from_raw("，６月に", 1)).text.text
    (',600円にとどまる', '，6月に')
    >>> normalise_width(Text.from_raw("空き家率は１４．２％、１．はじめに、2．5", 1)).text.text
    '空き家率は14.2％、1．はじめに、2．5'
    >>> normalise_width(Text.from_raw("電話：０４５－１２３－４５６７、〒８０３－８５０１、Ａ－１、2－3", 1)).text.text
    '電話：045-123-4567、〒803-8501、A－1、2－3'
    >>> normalise_width(Text.from_raw("☎０２７８－６２－○○○○、○○－１２、○－○、ア－○", 1)).text.text
    '☎0278-62-○○○○、○○-12、○－○、ア－○'
    """
    edits: list[tuple[int, int, str]] = []
    for match in _FULLWIDTH_ALNUM.finditer(text.text):
        edits.append((match.start(), match.end(), "".join(chr(ord(ch) - 0xFEE0) for ch in match.group())))
    for match in _HALFWIDTH_KANA.finditer(text.text):
        edits.append((match.start(), match.end(), ""))
    for match in _THOUSANDS_COMMA.finditer(text.text):
        edits.append((match.start(), match.end(), ","))
    for match in _DECIMAL_POINT.finditer(text.text):
        edits.append((match.start(), match.end(), "."))
    for match in _DIGIT_HYPHEN.finditer(text.text):
        edits.append((match.start(), match.end(), "-"))
    if not edits:
        return unchanged(text)
    out = text
    changes: list[Change] = []
    for start, end, new in sorted(edits, reverse=True):
        old = text[start:end]
        if new:
            origin = old.origin
        else:
            new, origin = _widen_kana(old)
        out = out.replace_span(start, end, new, origin)
        changes.append(Change(old, "width", replacement=new))
    return Fixed(out, tuple(reversed(changes)))
