"""Bilingual numbers: the talk's other language writes the same number.

A number lost on a slide (``○Established ２\ufffd\ufffd\ufffd``) is usually written in
the paper too (``2004 年``), and the other way round. The provider takes the
numbers of the other language's lines that fit the digits that survived, keeps
the surviving digits' width, and reports where each candidate stands. A number
the other language writes once, and that alone fits, is strong evidence;
several that fit leave the gap ambiguous.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.chardata import (DIGITS, FULLWIDTH_DIGITS, JA_LETTER_RE, KATAKANA, TO_ASCII_DIGITS, TO_FULLWIDTH_DIGITS,
                               is_english)
from pipeline.model import GAP
from pipeline.restore.evidence.base import Document, Line, Proposal, Site
from pipeline.restore.evidence.numeric import COUNTERS
from pipeline.kana import fold_long_vowels, romanize, sounds_alike

_NUMBER = re.compile(r"(?<![0-9０-９.,])[0-9０-９]+(?![0-9０-９])")
_SLOT = f"[0-9０-９{GAP}]"


def number_slots(site: Site) -> tuple[str, int] | None:
    """The whole number the gap stands in, as slots, and the gap's offset in it.

    >>> number_slots(Site("○Established ２\\ufffd\\ufffd\\ufffd", 14, 17))
    ('２\\ufffd\\ufffd\\ufffd', 1)
    >>> number_slots(Site("a\\ufffdb", 1, 2)) is None
    True
    """
    head = re.search(f"{_SLOT}*$", site.text[: site.start]).group(0)
    tail = re.match(f"{_SLOT}*", site.text[site.end:]).group(0)
    slots = head + GAP * site.length + tail
    if not (head + tail).strip(GAP):
        return None  # no surviving digit: nothing says this is a number
    return slots, len(head)


def numbers_in(lines: list[Line]) -> dict[str, list[int]]:
    """ASCII form of each number written in ``lines`` → the line numbers where it stands."""
    found: dict[str, list[int]] = {}
    for ln in lines:
        for m in _NUMBER.finditer(ln.text):
            found.setdefault(m.group(0).translate(TO_ASCII_DIGITS), []).append(ln.number)
    return found


def propose(site: Site, doc: Document, english: bool) -> list[Proposal]:
    """Numbers of the other language that fit the surviving digits: an English gap's, and a Japanese gap's that
    :func:`read_number` does not read (the restorer asks it first, and proposes its :func:`number_proposals`).

    >>> doc = Document.from_text("2004 年に発足した。1998 年に\\n○Established ２\\ufffd\\ufffd\\ufffd")
    >>> [(p.fill, p.detail) for p in propose(Site(doc.scopes[0][1][1].text, 14, 17, line=2), doc, True)]
    [('００４', '2004 in the Japanese text at line 1')]
    """
    got = number_slots(site)
    if got is None:
        return unit_numbers(site, doc) if not english else []
    slots, offset = got
    other = doc.japanese if english else doc.english
    pattern = "".join("." if c == GAP else c.translate(TO_ASCII_DIGITS) for c in slots)
    full_width = any(c in FULLWIDTH_DIGITS for c in slots)
    fitting = sorted((num, where) for num, where in numbers_in(other).items() if re.fullmatch(pattern, num))
    shared = _shared_names(site, doc, fitting) if english and len(fitting) > 1 else {}
    proposals = []
    for num, where in fitting:
        fill = num[offset: offset + site.length]
        if full_width:
            fill = fill.translate(TO_FULLWIDTH_DIGITS)
        lang = "Japanese" if english else "English"
        names, margin = shared.get(num, ((), 0))
        detail = f"{num} in the {lang} text at line{'s' if len(where) > 1 else ''} {', '.join(map(str, where[:5]))}"
        if names:
            detail += f"; beside names the slide shares ({', '.join(names)})"
        proposals.append(Proposal(
            fill=fill, kind="bilingual", detail=detail,
            features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(fitting) == 1 else 0.0,
                      "bilingual_context": float(margin)},
        ))
    return proposals


UNIT_NUMBERS = (
    ("割", re.compile(r"(?<![0-9.,])([1-9])0\s?(?:%|percent|per cent)"), "{0}0%"),
    ("％", re.compile(r"(?<![0-9.,])([0-9]{1,3})\s?(?:%|percent|per cent)"), "{0}%"),
    ("%", re.compile(r"(?<![0-9.,])([0-9]{1,3})\s?(?:%|percent|per cent)"), "{0}%"),
    ("倍", re.compile(r"(?<![0-9.,])([0-9]{1,2})(?:\s?times|-fold)", re.IGNORECASE), "{0} times"),
)
"""A Japanese unit after a number and how the English writes that number (割 is tenths: 約7割 is *about 70%*):
``(unit, pattern whose group 1 is the Japanese number's digits, how the English is quoted)``."""


def unit_numbers(site: Site, doc: Document) -> list[Proposal]:
    """A whole number lost before a unit (``約\\ufffd割``, ``\\ufffd倍``, no digit surviving) that the talk's English
    writes in its own unit (*about 70%*, *3 times*): the numbers of the gap's width it gives, each with where.

    >>> doc = Document.from_text("フェリー貨物が全体の約\\ufffd割を占める。\\nFerry cargo: about 70% of the total")
    >>> [(p.fill, p.detail) for p in unit_numbers(Site(doc.scopes[0][1][0].text, 11, 12, line=1), doc)]
    [('7', '70% in the English text at line 2 (割: tenths)')]
    """
    after = site.text[site.end:site.end + 1]
    if bilingual_slots_blocked(site) or not after:
        return []
    out: dict[str, list] = {}
    for unit, pattern, quote in UNIT_NUMBERS:
        if after != unit:
            continue
        for ln in doc.english:
            for m in pattern.finditer(ln.text):
                digits = m.group(1)
                if len(digits) == site.length:
                    out.setdefault(digits, [quote.format(digits), unit, []])[2].append(ln.number)
    full_width = any(c in FULLWIDTH_DIGITS for c in site.text)
    proposals = []
    for digits, (quoted, unit, where) in sorted(out.items()):
        fill = digits.translate(TO_FULLWIDTH_DIGITS) if full_width else digits
        why = " (割: tenths)" if unit == "割" else ""
        detail = f"{quoted} in the English text at line{'s' if len(where) > 1 else ''} {', '.join(map(str, where[:5]))}{why}"
        proposals.append(Proposal(fill=fill, kind="bilingual", detail=detail,
                                  features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(out) == 1 else 0.0,
                                            "bilingual_context": 0.0}))
    return proposals


def bilingual_slots_blocked(site: Site) -> bool:
    """A digit survives beside the gap (:func:`number_slots` reads it), or a digit is just before it: not a whole
    number lost."""
    return number_slots(site) is not None or site.text[site.start - 1:site.start].translate(TO_ASCII_DIGITS).isdigit()


ENGLISH_SPAN = 12
"""Lines around an English gap taken as its slide."""
PASSAGE_LINES = 12
"""At most this many Japanese lines after a number (and a quarter of it before) form its passage."""


def passage(lines: list[Line], at: int) -> list[Line]:
    """The Japanese lines around raw line ``at``, within its section (headings bound it).

    >>> ls = [Line("１．港", 1), Line("2004 年に", 2), Line("仙台市と", 3), Line("２．山", 4), Line("別の話", 5)]
    >>> [ln.number for ln in passage(ls, 2)]
    [2, 3]
    """
    from pipeline.numbering import heading_shaped

    idx = next((i for i, ln in enumerate(lines) if ln.number >= at), len(lines))
    out = []
    for i in range(idx, min(len(lines), idx + PASSAGE_LINES)):
        if i > idx and heading_shaped(lines[i].text):
            break
        out.append(lines[i])
    for i in range(idx - 1, max(-1, idx - PASSAGE_LINES // 4 - 1), -1):
        if heading_shaped(lines[i].text):
            break
        out.insert(0, lines[i])
    return out


def _shared_names(site: Site, doc: Document, fitting) -> dict[str, tuple[tuple[str, ...], int]]:
    """For each fitting number: the names its Japanese passage shares with the gap's slide, and its lead.

    Names cross languages by sound (仙台市 → ``Sendai``), so the passage of
    the paper a slide translates shares its place and organisation names; the
    number standing in that passage is the one the slide lost. The lead is how
    many more names it shares than the next best number (0 for all but one).
    """
    words = {fold_long_vowels(w) for ln in doc.english if abs(ln.number - site.line) <= ENGLISH_SPAN
             for w in re.findall(r"[A-Za-z]{4,}", ln.text)}
    scores: dict[str, tuple[str, ...]] = {}
    for num, where in fitting:
        best: tuple[str, ...] = ()
        for at in where:
            names = set()
            for ln in passage(doc.japanese, at):
                names |= name_readings(ln.text)
            common = tuple(sorted(names & words))
            if len(common) > len(best):
                best = common
        scores[num] = best
    result = {}
    for num, names in scores.items():
        others = max((len(v) for k, v in scores.items() if k != num), default=0)
        result[num] = (names, max(0, min(3, len(names) - others)))
    return result


@functools.lru_cache(maxsize=4096)
def name_readings(text: str) -> frozenset[str]:
    """Romanised readings of the proper nouns in a Japanese line (Sudachi's reading form).

    >>> sorted(name_readings("仙台市と室蘭市"))
    ['muroran', 'sendai']
    """
    from sudachipy import SplitMode

    from pipeline.restore import resources

    found = set()
    # short units: 仙台市 → 仙台 + 市, as the English spelling has it
    for m in resources.tokenizer().tokenize(text.replace(GAP, " "), SplitMode.A):
        if m.part_of_speech()[1] == "固有名詞":
            roman = romanize(m.reading_form())
            if len(roman) >= 4:
                found.add(roman)
    return frozenset(found)


def katakana_readings(text: str) -> set[str]:
    """Romanised katakana words and proper nouns of a line (ハバロフスク → ``habarofusuku``)."""
    found = set(name_readings(text))
    for run in re.findall(f"[{KATAKANA}]{{3,}}", text):
        roman = romanize(run)
        if len(roman) >= 4:
            found.add(roman)
    return found


# --------------------------------------------------------------------------
# A lost digit inside a Japanese number: the talk's English settles it
# --------------------------------------------------------------------------
#
# Trials 40 and 42: ``計６\ufffd名`` beside a slide's *61 pupils* and ``１９\ufffd８年`` beside *Founded in 1988* stayed
# open (0.25, 0.79): the character model cannot know a digit, and the English's number was one feature among the
# model's, never a decision. A lost digit is a class of its own: what decides it is the same number written in the
# other language, read nearest first, and a rule, not a calibrated reading, commits it (:func:`read_number`).

SEPARATORS = ",，.．"
"""What stands between the digits of one number (``1,200``, ``38.5``), full-width or not."""
SETTLED_CONFIDENCE = 0.97
"""The confidence of a digit the talk's English settles (:func:`read_number`): a rule's, as a heading number's 0.99 is.
Measured on made-up bilingual documents (``bench/translation_bench.py --numbers``: every commit right, the adversarial
cases all left open); set below what those figures bound, since the cases are made up."""
QUANTITY_AFTER = COUNTERS + "便" + "万億千"
"""Counters and units of one letter that follow a number a gap at its edge belongs to (:func:`counted`):
:mod:`.numeric`'s counters (one list: review 46 found it written twice), ``便`` (a run of a ferry or a flight) and the
large units."""
UNIT_WORDS = frozenset({"トン", "キロ", "ドル", "ユーロ", "パーセント", "ポイント", "センチ", "ミリ", "グラム", "リットル"})
"""Katakana units Sudachi reads as common nouns, not counters."""
LISTED = 5
"""Fills of the numbers of the text listed beside the model's candidates at most (:meth:`NumberReading.candidates`)."""
PASSAGE_RUN = 12
"""Lines a run of Japanese (the gap's passage) and a run of English beside it may each hold for the English to be read
as that passage's own (a bilingual paragraph, a slide's two languages); longer, the English is a deck or a paper."""

_SEP = r"[,，.．]"
_JA_NUMBER = re.compile(f"(?<![0-9０-９{GAP}])(?<![0-9０-９{GAP}]{_SEP})[0-9０-９]+(?:{_SEP}[0-9０-９]+)*"
                        f"(?!{_SEP}?[0-9０-９{GAP}])")
_EN_NUMBER = re.compile(r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?(?![0-9])")
_EN_RANGE = re.compile(r"(?<![0-9.,])([0-9]{4})\s*(?:[-–—‐~〜/]|to)\s*([0-9]{2})(?![0-9])")
"""A range whose end is written short (*1978–88*, *2018/19*): its end is a number of its own (1988)."""
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = {w: 10 * k for k, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if k >= 2}
_UNIT = "|".join(_ONES[1:10])
_ONE_TO_99 = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{_UNIT}))?|{'|'.join(_ONES[10:])}|{_UNIT})"
_BELOW_100 = rf"(?:{_ONE_TO_99}|zero)"
# hundreds are counted past nine as English counts them (*eleven hundred*, *twenty-five hundred*: 1100, 2500)
_BELOW_1000 = rf"(?:(?:{_ONE_TO_99}[\s-]+)?hundred(?:(?:\s+and)?\s+{_BELOW_100})?|{_BELOW_100})"
_SPELLED = re.compile(rf"\b(?:(?:{_BELOW_1000}[\s-]+)?thousand(?:(?:\s+and)?\s+{_BELOW_1000})?|{_BELOW_1000})\b",
                      re.IGNORECASE)
"""One English number in words, as English writes one (*sixty-one*, *one hundred and twenty*, *two thousand five*):
a ten before a unit, ``and`` only after hundred or thousand, hundreds counted past nine (*eleven hundred* is 1100).
Number words side by side that no number's grammar joins are numbers of their own (*between six and seven hours*
writes 6 and 7, never 13; *two three-room cabins*)."""


@dataclass(frozen=True)
class Written:
    """A number a line writes: as it stands there (``quoted``), the ASCII forms it may fill a number's slots with
    (``1,200`` and ``1200``), its value (digits and point only) and its line."""

    quoted: str
    forms: tuple[str, ...]
    value: str
    line: Line

    EXCERPT = 40
    """Characters of the line cited on either side of the number (a paragraph's line is long)."""

    def excerpt(self) -> str:
        """The line around the number, as the evidence cites it.

        >>> Written("61", ("61",), "61", Line("Two classes, 61 pupils, 12 weeks", 3)).excerpt()
        'Two classes, 61 pupils, 12 weeks'
        """
        text = self.line.text.strip()
        at = text.find(self.quoted)
        if len(text) <= 2 * self.EXCERPT + len(self.quoted) or at < 0:
            return text
        lo, hi = max(0, at - self.EXCERPT), min(len(text), at + len(self.quoted) + self.EXCERPT)
        return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


@dataclass(frozen=True)
class Tier:
    """English read as one context for a gap: its label, its lines, and whether it is the line that translates the
    gap's own sentence."""

    label: str
    lines: tuple[Line, ...]
    translating: bool = False
    wide: bool = False
    """The talk's English at large (no line, slide or passage of it paired with the gap's)."""
    labels: tuple[str, ...] = ()
    """Where several sources make the tier (the slides linked to the gap's section), each line's own source's label,
    in :attr:`lines`' order; ``()`` where :attr:`label` names them all."""

    def where(self, line: Line) -> str:
        """The label of the source holding ``line``: the one slide of several that writes it (fresh-user trial 66:
        "2.1 million in slide 1, linked to section #1 and slide 2, …" quoted a line of slide 2), else :attr:`label`.

        >>> a, b = Line("Niigata: A Port City", 15), Line("2.1 million visitors", 19)
        >>> t = Tier("slide 1 and slide 2", (a, b), labels=("slide 1", "slide 2"))
        >>> t.where(b), Tier("slide 2", (b,)).where(b)
        ('slide 2', 'slide 2')
        """
        for ln, label in zip(self.lines, self.labels):
            if ln is line or ln == line:
                return label
        return self.label


@dataclass(frozen=True)
class NumberReading:
    """What the talk's numbers say of a gap inside a Japanese number.

    ``slots``: the number as ASCII slots, ``\\ufffd`` for each lost glyph; ``fits``: the English numbers that fit
    them, as (fill, number, tier), nearest tier first; ``written``: the numbers the Japanese writes intact elsewhere
    that fit them; ``settled``: the one fill the nearest English settles, with its number and tier, when nothing
    contradicts it; ``why``: why it settles the gap or why not, for the evidence."""

    slots: str
    fits: tuple[tuple[str, Written, Tier], ...]
    written: tuple[tuple[str, Written], ...]
    settled: tuple[str, Written, Tier] | None
    why: str

    def listing(self) -> str:
        """The numbers of the text that fit, each with where it stands (for the evidence)."""
        said = [f"{w.quoted} in {tier.where(w.line)} (line {w.line.number})" for _, w, tier in self.fits]
        said += [f"{w.quoted} in the Japanese (line {w.line.number})" for _, w in self.written]
        said = list(dict.fromkeys(said))
        more = f" and {len(said) - 6} more" if len(said) > 6 else ""
        return f"numbers of the text that fit {_shown(self.slots)}: {'; '.join(said[:6])}{more}"

    def candidates(self) -> list[str]:
        """The fills the numbers of the text propose, the English's first (nearest first), then the Japanese's: at
        most :data:`LISTED` (a gap of two glyphs beside one digit, ``1\ufffd\ufffd``, fits dozens of the numbers a
        paper writes)."""
        return list(dict.fromkeys([f for f, _, _ in self.fits] + [f for f, _ in self.written]))[:LISTED]


def japanese_slots(site: Site) -> tuple[str, int] | None:
    """The number the gap stands in, as ASCII slots (its digits, ``\\ufffd`` for each lost glyph, its commas and
    point), and the gap's offset in it; ``None`` where no digit survives beside the gap. A separator counts where a
    digit stands on both sides of it, or a digit on one side and a run of lost glyphs with a digit beyond it on the
    other (``1,\\ufffd00``), or a point with a digit before it and a lost glyph after it in a number that does not
    open its line (``水深は４３．\\ufffdメートル``); ``２．\\ufffd`` opening a line (a heading's number, its separator, a
    lost glyph) is no number ``2.?``.

    >>> japanese_slots(Site("当館は１９\\ufffd８年に", 5, 6)), japanese_slots(Site("約１，２\\ufffd０人", 4, 5))
    (('19\\ufffd8', 2), ('1,2\\ufffd0', 3))
    >>> japanese_slots(Site("２．\\ufffdはじめに", 2, 3)), japanese_slots(Site("1\\ufffd.5%", 1, 2))
    (None, ('1\\ufffd.5', 1))
    >>> japanese_slots(Site("水深は４３．\\ufffdメートル", 6, 7))
    ('43.\\ufffd', 3)
    """
    text = site.text
    slot = DIGITS + GAP

    def separates(i: int) -> bool:
        if not (0 < i < len(text) - 1) or text[i] not in SEPARATORS:
            return False
        a, b = text[i - 1], text[i + 1]
        if a in DIGITS and b in DIGITS:
            return True
        if a in DIGITS and b == GAP:
            k = i + 1
            while k < len(text) and text[k] == GAP:
                k += 1
            if k < len(text) and text[k] in DIGITS:
                return True
            # a decimal's digit lost after its point (４３．\ufffdメートル), where the number does not open the line
            # as a heading's number does (２．\ufffd調査の方法)
            j = i - 1
            while j >= 0 and text[j] in DIGITS + SEPARATORS:
                j -= 1
            return text[i] in ".．" and bool(text[:j + 1].strip())
        if a == GAP and b in DIGITS:
            k = i - 1
            while k >= 0 and text[k] == GAP:
                k -= 1
            return k >= 0 and text[k] in DIGITS
        return False

    start = site.start
    while start > 0 and (text[start - 1] in slot or (separates(start - 1) and start > 1)):
        start -= 1
    end = site.end
    while end < len(text) and (text[end] in slot or separates(end)):
        end += 1
    slots = text[start:end].translate(_TO_ASCII)
    if not any(c.isdigit() for c in slots):
        return None
    return slots, site.start - start


_TO_ASCII = str.maketrans({**{ord(f): a for f, a in zip(FULLWIDTH_DIGITS, "0123456789")}, ord("，"): ",", ord("．"): "."})
_TO_FULL = str.maketrans({**{ord(a): f for f, a in zip(FULLWIDTH_DIGITS, "0123456789")}, ord(","): "，", ord("."): "．"})


def _spelled_value(words: str) -> int | None:
    """The value of an English number written in words (*sixty-one*, *one hundred and twenty*), else ``None``.

    >>> _spelled_value("sixty-one"), _spelled_value("One hundred and twenty"), _spelled_value("two thousand five")
    (61, 120, 2005)
    >>> _spelled_value("eleven hundred"), _spelled_value("twenty-five hundred and six")
    (1100, 2506)
    """
    total, current = 0, 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and":
            continue
        if w in _ONES:
            current += _ONES.index(w)
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:
            return None
    return total + current


EN_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
"""English words that scale the number written before them (*1.09 million*), as powers of ten."""
JA_SCALES = {"万": 4, "億": 8, "兆": 12}
"""Japanese large units after a number (``約109万人``), as powers of ten: *1.09 million* is 109万, *420,000* 42万."""
_EN_SCALED = re.compile(r"[\s-]*(thousand|million|billion|trillion)\b", re.IGNORECASE)


def japanese_scale(after: str) -> int:
    """The power of ten a Japanese number is counted in: its large unit directly after it (``万``: 4), else 0.

    >>> japanese_scale("万人である"), japanese_scale("億円"), japanese_scale("人")
    (4, 8, 0)
    """
    return JA_SCALES.get(after[:1], 0)


def _at_scale(amount: Decimal, power: int) -> tuple[str, ...]:
    """``amount`` counted in units of ``10**power``, as a number may write it: its shortest decimal form, and with
    thousands commas where it is a whole number of four digits or more.

    >>> _at_scale(Decimal("1090000"), 4), _at_scale(Decimal("34000000"), 4), _at_scale(Decimal("15000"), 4)
    (('109',), ('3400', '3,400'), ('1.5',))
    """
    text = format(amount.scaleb(-power).normalize(), "f")
    if "." in text or len(text) < 4:
        return (text,)
    return text, f"{int(text):,}"


def english_numbers(line: Line, scale: int | None = None) -> list[Written]:
    """The numbers an English line writes: in digits (with its commas and point), in words (*sixty-one*), and the
    end of a range written short (*1978–88*: 1988 beside 1978).

    ``scale``, the power of ten a Japanese number is counted in (:func:`japanese_scale`; 0 for none), reads each
    number in digits at that scale where the English scales it with a word (*1.09 million* is ``109`` beside
    ``約1\ufffd9万人``, ``1090000`` beside a number with no large unit) or writes it in full at least one unit large
    (*420,000* is ``42`` beside ``約4\ufffd万人``); a smaller one keeps its own digits. ``None``: the digits as written.

    >>> [(w.quoted, w.value) for w in english_numbers(Line("1,200 visitors, sixty-one pupils, 1978–88", 1))]
    [('1,200', '1200'), ('1978', '1978'), ('88', '88'), ('1978–88', '1988'), ('sixty-one', '61')]
    >>> [(w.quoted, w.forms) for w in english_numbers(Line("about 1.09 million; 420,000 from Japan; 42 sites", 1), 4)]
    [('1.09 million', ('109',)), ('420,000', ('42',)), ('42', ('42',))]
    >>> [(w.quoted, w.forms) for w in english_numbers(Line("34 million visits", 1), 0)]
    [('34 million', ('34000000', '34,000,000'))]
    """
    out = []
    for m in _EN_NUMBER.finditer(line.text):
        written = m.group(0)
        value = written.replace(",", "")
        word = _EN_SCALED.match(line.text, m.end())
        power = EN_SCALES[word.group(1).lower()] if word else 0
        if scale is not None and (power or scale) and (power or Decimal(value) >= Decimal(10) ** scale):
            # the English counts in other units than the Japanese: compare the amounts, not the digits
            forms = _at_scale(Decimal(value).scaleb(power), scale)
            quoted = line.text[m.start():word.end()] if word else written
            out.append(Written(quoted, forms, forms[0], line))
            continue
        out.append(Written(written, tuple(dict.fromkeys((written, value))), value, line))
    for m in _EN_RANGE.finditer(line.text):
        first, end = m.group(1), m.group(2)
        if int(end) > int(first[2:]):
            out.append(Written(m.group(0), (first[:2] + end,), first[:2] + end, line))
    for m in _SPELLED.finditer(line.text):
        value = _spelled_value(m.group(0))
        if value is not None:
            out.append(Written(m.group(0), (str(value),), str(value), line))
    return out


def japanese_numbers(line: Line) -> list[Written]:
    """The numbers a Japanese line writes intact (full-width or ASCII, with their commas and point); none that
    touches a lost glyph.

    >>> [(w.quoted, w.value) for w in japanese_numbers(Line("１，２００人と１９\\ufffd８年、2004年", 1))]
    [('１，２００', '1200'), ('2004', '2004')]
    """
    out = []
    for m in _JA_NUMBER.finditer(line.text):
        ascii_ = m.group(0).translate(_TO_ASCII)
        value = ascii_.replace(",", "")
        out.append(Written(m.group(0), tuple(dict.fromkeys((ascii_, value))), value, line))
    return out


def _fill(slots: str, offset: int, length: int, written: Written, full_width: bool) -> str | None:
    """The fill of the gap (``length`` glyphs at ``offset`` of ``slots``) that ``written`` gives, when one of its
    forms fits the slots: the same width, every surviving digit and separator in its place."""
    pattern = "".join("." if c == GAP else re.escape(c) for c in slots)
    for form in written.forms:
        if re.fullmatch(pattern, form):
            fill = form[offset: offset + length]
            return fill.translate(_TO_FULL) if full_width else fill
    return None


def english_beside(site: Site, doc: Document) -> tuple[Line, ...]:
    """The English written beside the gap's passage: the runs of English lines directly after and before the run of
    Japanese lines that holds the gap (lines of neither script, a page number or a blank, are passed over), each of
    at most :data:`PASSAGE_RUN` lines, the Japanese run too (a bilingual paragraph, a slide's English under its
    Japanese); longer, the English is a deck or another paper, read as the talk's English at large.

    >>> doc = Document.from_text("当館は１９\\ufffd８年に開館した。\\n\\nThe museum opened in 1988.\\n\\n別の段落。\\nOther text.")
    >>> [ln.number for ln in english_beside(Site(doc.scopes[0][1][0].text, 5, 6, line=1), doc)]
    [3]
    """
    lines = doc.nearest
    idx = next((i for i, ln in enumerate(lines) if ln.number == site.line and ln.text == site.text), None)
    if idx is None:
        idx = next((i for i, ln in enumerate(lines) if ln.number == site.line and GAP in ln.text), None)
    if idx is None:
        return ()

    def script(ln: Line) -> str | None:
        return "en" if is_english(ln.text) else "ja" if JA_LETTER_RE.search(ln.text) else None

    lo = idx
    while lo > 0 and script(lines[lo - 1]) != "en":
        lo -= 1
    hi = idx
    while hi < len(lines) - 1 and script(lines[hi + 1]) != "en":
        hi += 1
    if sum(script(ln) == "ja" for ln in lines[lo:hi + 1]) > PASSAGE_RUN:
        return ()
    after, k = [], hi + 1
    while k < len(lines) and script(lines[k]) != "ja":
        if script(lines[k]) == "en":
            after.append(lines[k])
        k += 1
    before, k = [], lo - 1
    while k >= 0 and script(lines[k]) != "ja":
        if script(lines[k]) == "en":
            before.insert(0, lines[k])
        k -= 1
    return tuple((after if len(after) <= PASSAGE_RUN else []) + (before if len(before) <= PASSAGE_RUN else []))


def english_tiers(site: Site, doc: Document) -> list[Tier]:
    """The English a Japanese gap's number is looked up in, nearest first: the line that translates the gap's
    sentence (:func:`pipeline.restore.evidence.translation.translating_line`), the English paired with the gap's
    piece (the slides linked to its section, the English title for the title), the English beside its passage
    (:func:`english_beside`), then the talk's English at large."""
    from pipeline.restore.evidence import translation

    tiers = []
    found = translation.translating_line(site, doc)
    if found is not None:
        source, line = found
        tiers.append(Tier(f"the line that translates this one ({source.label})", (line,), True))
    paired = [s for s in doc.sources_for(site, english=False) if s.paired and s.lines]
    if paired:
        tiers.append(Tier(" and ".join(s.label for s in paired), tuple(ln for s in paired for ln in s.lines),
                          labels=tuple(s.label for s in paired for _ in s.lines)))
    beside = english_beside(site, doc)
    if beside:
        tiers.append(Tier("the English beside this passage", beside))
    if doc.english:
        tiers.append(Tier("the talk's English" if doc.sources else "the document's English", tuple(doc.english),
                          wide=True))
    return tiers


def counted(after: str) -> bool:
    """The text after a number opens with a counter or a unit: a word Sudachi reads as a counter (助数詞, 助数詞可能:
    ``点``, ``％``, ``隻``, ``メートル``), one of :data:`QUANTITY_AFTER` standing as a word of one letter (``名``, ``便``),
    or one of :data:`UNIT_WORDS`. Not a word that merely opens with a counter's letter (``社会``) or katakana
    (``ハバロフスク``, ``マンガ``: a heading's title after its number).

    >>> counted("名が参加"), counted("メートルの"), counted("隻が入港"), counted("トンに"), counted("仙台市の")
    (True, True, True, True, False)
    >>> counted("生活環境の"), counted("ハバロフスク市"), counted("")
    (False, False, False)
    """
    text = after.split(GAP)[0][:8]
    if not text:
        return False
    from pipeline.restore import resources

    first = next(iter(resources.tokenizer().tokenize(text)), None)
    if first is None:
        return False
    word = first.surface()
    return (first.part_of_speech()[2] in ("助数詞", "助数詞可能") or (len(word) == 1 and word in QUANTITY_AFTER)
            or word in UNIT_WORDS)


def read_number(site: Site, doc: Document) -> NumberReading | None:
    """What the talk's numbers say of a gap inside a Japanese number (a digit survives beside it:
    :func:`japanese_slots`; where no digit survives on one side of the gap, a counter or unit follows the number:
    :func:`counted`, never katakana as such); ``None`` elsewhere (``5\\ufffd仙台市``: a heading's separator as likely).

    Every English number whose form fits the slots (the same width, the surviving digits and separators in
    place: ``19?8`` takes 1988, never 198 or 19880) is a candidate, and so is every number the Japanese writes intact
    elsewhere that fits. The gap is **settled** by the nearest English that holds a fitting number (the tiers of
    :func:`english_tiers`) when:

    - that English holds exactly one fitting number (*1978* and *1988* on one slide: two candidates, left open);
    - at least as many digits survive as were lost (``２\\ufffd\\ufffd\\ufffd`` beside *2004*: any year of the 2000s fits);
    - the line that translates the gap's sentence, where one is found, writes no other number of the number's width
      that the sentence itself does not write (the translation says another number);
    - the Japanese does not write the English's number intact itself (the English may translate that one, and the
      gap be another number), in the gap's passage (:func:`passage`) for the English paired with it, anywhere for
      the talk's English at large; and where the English is not the line that translates the sentence, no other
      number of the same shape either (which of the two the gap was, the English does not say);
    - where the English is the talk's at large: the line holding the number says something else of the gap's
      sentence (a word the dictionary glosses, a name, a number: a year in another line of the deck may date
      anything).

    A rival that the heading sequence or the number repeated with its words proposes is the verdict's to weigh
    (:meth:`pipeline.restore.Restorer.verdict`).

    >>> doc = Document.from_text("研修には計６\\ufffd名が参加した。\\nThe workshop had 61 participants.")
    >>> r = read_number(Site(doc.scopes[0][1][0].text, 6, 7, line=1), doc)
    >>> r.settled[0], r.settled[1].quoted, r.settled[2].label
    ('１', '61', 'the English beside this passage')
    """
    if is_english(site.text):
        return None
    got = japanese_slots(site)
    if got is None:
        return None
    slots, offset = got
    if (offset == 0 or site.length + offset == len(slots)) and not counted(site.text[site.start - offset + len(slots):]):
        # a gap at the edge of a number is a digit only where a counter or a unit follows the number (６\ufffd名,
        # ３\ufffd％, \ufffd０点, ４３．\ufffdメートル); ``5\ufffd仙台市`` held a heading's separator
        return None
    full_width = any(c in FULLWIDTH_DIGITS for c in site.text[max(0, site.start - len(slots)): site.end + len(slots)])
    scale = japanese_scale(site.text[site.start - offset + len(slots):])
    fits = []
    for tier in english_tiers(site, doc):
        for ln in tier.lines:
            for w in english_numbers(ln, scale):
                fill = _fill(slots, offset, site.length, w, full_width)
                if fill is not None:
                    fits.append((fill, w, tier))
    written = []
    for ln in doc.japanese:
        for w in japanese_numbers(ln):
            fill = _fill(slots, offset, site.length, w, full_width)
            if fill is not None:
                written.append((fill, w))
    settled, why = _settle(site, doc, slots, fits, written, scale)
    return NumberReading(slots, tuple(fits), tuple(written), settled, why)


def _shown(slots: str) -> str:
    return slots.replace(GAP, "_")


def _settle(site: Site, doc: Document, slots: str, fits, written,
            scale: int = 0) -> tuple[tuple[str, Written, Tier] | None, str]:
    """The fill the nearest English settles, or None, and why (:func:`read_number`)."""
    from pipeline.restore.evidence import translation

    shape = _shown(slots)
    if not fits:
        return None, f"no number of the talk's English fits {shape}"
    tier = fits[0][2]
    near = [(f, w) for f, w, t in fits if t is tier]
    first = {}
    for _, w in near:
        first.setdefault(w.value, w)
    values = list(first)
    said = ", ".join(f"{w.quoted} (line {w.line.number})" for w in list(first.values())[:4])
    if len(values) > 1:
        return None, f"{tier.label} writes {len(values)} numbers that fit {shape}: {said}"
    fill, w = near[0]
    lost = slots.count(GAP)
    kept = sum(c.isdigit() for c in slots)
    if kept < lost:
        return None, f"only {kept} of {shape}'s digits survive: {w.quoted} fits it as any number of its shape would"
    width = sum(c.isdigit() or c == GAP for c in slots)
    sentence = {x.value for x in japanese_numbers(Line(translation.sentence_text(site), 0))}
    # the Japanese the English is read against: the passage around the gap for the English paired with it (the
    # line that translates the sentence too), all of it for the talk's English at large
    around = None if tier.wide else {ln.number for ln in passage(doc.japanese, site.line)} | {site.line}
    near_written = [x for _, x in written if around is None or x.line.number in around]
    same = [x for x in near_written if x.value == w.value]
    if same:
        return None, (f"the Japanese writes {same[0].quoted} intact at line {same[0].line.number}: the English's "
                      f"{w.quoted} may be its translation, and the gap another number")
    if tier.translating:
        return (fill, w, tier), f"{w.quoted}, written in {tier.where(w.line)}: {w.excerpt()!r} (line {w.line.number}), " \
                                f"is the one number there that fits {shape}, and nothing contradicts it"
    found = translation.translating_line(site, doc)
    if found is not None:
        other = [x for x in english_numbers(found[1], scale) if len(x.value.replace(".", "")) == width
                 and x.value not in sentence]
        if other:
            return None, (f"the line that translates this one writes {other[0].quoted} (line {found[1].number}), "
                          f"which does not fit {shape}")
    if tier.wide and translation.says_of_sentence(site, w.line.text) == 0:
        return None, (f"{w.quoted} stands in {w.excerpt()!r} (line {w.line.number}) of {tier.where(w.line)}, which "
                      "says nothing else of the gap's sentence")
    if near_written:
        x = near_written[0]
        return None, (f"the Japanese writes {x.quoted} intact at line {x.line.number}, a number of the same shape: "
                      f"which of the two the gap was, the English's {w.quoted} does not say")
    return (fill, w, tier), (f"{w.quoted}, written in {tier.where(w.line)}: {w.excerpt()!r} (line {w.line.number}), "
                             f"is the one number there that fits {shape}, and nothing contradicts it")


WRITTEN_ALIKE = (149, 182)
"""Right of all where a Japanese number with a digit lost (two digits or more surviving) fits exactly one number the
document writes intact elsewhere, followed by the same character (``2\ufffd24年`` beside ``2024年``): the written
number was the lost one 149 of 182 times on Japanese Wikinews (documents of 50 sentences, every digit of every number
of two digits or more masked in turn; session 61), 111 of 127 for a year (four digits and 年): a biography writes
1946年 and 1996年, a rainfall report 291ミリ and 290ミリ. Strong enough to rank the fill first, far below a commit's
0.95: it is offered, never committed (numbers are facts)."""


def written_alike(reading: NumberReading, site: Site) -> list[str]:
    """The fills of the numbers the Japanese writes intact elsewhere that fit the gap's number and stand before the
    same letter it does (its counter or unit: ``2024年`` for ``2\ufffd24年``), when they are one number
    (:data:`WRITTEN_ALIKE`); else ``[]``. Needs two surviving digits or more.

    >>> def alike(text):
    ...     doc = Document.from_text(text)
    ...     last = doc.scopes[0][1][-1]
    ...     site = Site(last.text, last.text.index(GAP), last.text.index(GAP) + 1, line=last.number)
    ...     return written_alike(read_number(site, doc), site)
    >>> alike("2024年の計画を立てた。\\n2\ufffd24年の計画")
    ['0']
    >>> alike("2024年と2124年の計画\\n2\ufffd24年の計画"), alike("2024年の計画\\n2\ufffd24 の計画"), alike("3年\\n\ufffd3年")
    ([], [], [])
    """
    got = japanese_slots(site)
    if got is None or reading is None or not reading.written:
        return []
    slots, offset = got
    if sum(c.isdigit() for c in slots) < 2:
        return []
    after = site.text[site.start - offset + len(slots):][:1]
    if not (after.isalpha() or after in "%％"):
        return []
    alike = [(fill, w) for fill, w in reading.written
             if re.search(f"(?<![0-9０-９]){re.escape(w.quoted)}{re.escape(after)}", w.line.text)]
    if len({w.value for _, w in alike}) != 1:
        return []
    return [alike[0][0]]


def number_proposals(reading: NumberReading) -> list[Proposal]:
    """The fills a :class:`NumberReading` proposes: the English's numbers (features ``bilingual``, and
    ``bilingual_alone`` where one value fits in all the English), then the numbers the Japanese writes elsewhere
    (listed, weighed by nothing: ``document-word``)."""
    values = {w.value for _, w, _ in reading.fits}
    out, seen = [], set()
    for fill, w, tier in reading.fits:
        if (fill, w.value) in seen:
            continue
        seen.add((fill, w.value))
        detail = f"{w.quoted} in {tier.where(w.line)}: {w.excerpt()!r} (line {w.line.number})"
        out.append(Proposal(fill=fill, kind="bilingual", detail=detail,
                            features={"bilingual": 1.0, "bilingual_alone": 1.0 if len(values) == 1 else 0.0,
                                      "bilingual_context": 0.0}))
    for fill, w in reading.written:
        if (fill, w.value) in seen:
            continue
        seen.add((fill, w.value))
        out.append(Proposal(fill=fill, kind="document-word",
                            detail=f"{w.quoted}, a number of the same shape the Japanese writes at line {w.line.number}"))
    return out
