"""Judgements about single English slide lines: page numbers, titles, bullets, sentences.

Kept apart from :mod:`.slides` (which assigns lines to slides) so each rule is
a small named function with its own doctest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from difflib import SequenceMatcher

from pipeline.chardata import EN, HALFWIDTH_LATIN, JA, is_japanese, script_of
from pipeline.numbering import fold
from pipeline.listmarks import SLIDE_ITEM_MARKS
from pipeline.pagenumbers import has_digit_mark, page_number
from pipeline.segment.tables import row_cells

SMALL_WORDS = {
    "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "by", "at", "from", "as", "via", "vs",
    "into", "onto", "per", "than", "but", "nor", "is", "are",
}
CONNECTIVES = {"and", "or", "of", "for", "to", "with", "in", "on", "by", "at", "from", "as", "but", "nor", "than", "via"}
CLOSING = re.compile(r"^\W*(thank(s| you)|спасибо|ありがとう|ご清聴|merci|danke|gracias|obrigad|谢谢|감사|(any )?questions\s*\?\W*$"
                     r"|q\s*&\s*a\W*$)", re.IGNORECASE)
_DIVIDER = re.compile(r"^(chapter|part|section)\s*\d{1,2}\b", re.IGNORECASE)
_WORD = re.compile(f"[{HALFWIDTH_LATIN}][{HALFWIDTH_LATIN}'’\\-]*")  # accented letters are a word's (``Kyōto``)
_GLUED_NUMBER = re.compile(r"^(?P<text>.*[^\s:：#№])\s+(?P<number>\d{1,3})$")
CAPTION_LABELS = "Figure|Fig|Table|Tab|Chart|Plate|Exhibit|Photo|Page|Slide"
PART_COUNT = re.compile(r"(?<![\d/.,])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/.,])")
"""A part's number and the count of parts inside a line (``Results 1/3``: a title continued on 3 slides)."""
_TRAILING_PART = re.compile(r"\s*[(（]?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[)）]?$")
"""A part count closing a title, bracketed or not (``Results 1/3``, ``Results (2/3)``)."""
"""A caption's or a page's label before its number (``Figure 2``, ``Page 12``), as a regular expression's
alternatives: one list for :data:`_LABEL_BEFORE_NUMBER` and :data:`_NUMBERED_LABEL`."""
_LABEL_BEFORE_NUMBER = re.compile(
    rf"^\W*(?:{CAPTION_LABELS}|Step|Phase|Part|Section|Chapter|Session"
    r"|Case|Stage|Appendix|No|Vol|Volume|Lesson|Unit|Week|Day|Round|Level|Exercise|Example|Scenario|Option|Task"
    r"|Type|Route|Line|Zone|Platform|Terminal|Gate)\.?$", re.IGNORECASE)
"""A label alone before its number (``Figure 1``, ``Step 3``, ``Route 9``, ``Gate 3``): the number is the label's,
never a slide number glued to the line (trial 39: a slide's ``Figure 1`` lost its ``1`` as the slide's number, and
the slides before and after it ran together). A title that ends on such a word is no label (``Rising Sea Level 3``,
``Use Case 5``: review of 2 December, slide 3 had run into slide 2): its glued number is read as before."""


def page_number_values(text: str) -> list[int]:
    """The slide numbers a whole line could be: ``7``, ``１２`` → 12, doubled ``１０１０`` → 1010 or 10.

    >>> page_number_values("7"), page_number_values("１０１０"), page_number_values("7 days"), page_number_values("- 3 -")
    ([7], [1010, 10], [], [3])
    """
    s = fold(text.strip())
    if has_digit_mark(text):
        return []  # ``③``, ``¹``: a list's or a note's mark
    if not s.isdigit() or len(s) > 6:
        shaped = page_number(s)
        return [shaped.value] if shaped is not None and shaped.shaped else []
    values = [int(s)]
    half = len(s) // 2
    if len(s) % 2 == 0 and s[:half] == s[half:]:
        values.append(int(s[:half]))
    return values


_LISTING_LINE = re.compile(r"^([0-9]{1,4})(?:\s+(\S.*))?$")
LISTING_REACH = 10
"""Lines without a number a program listing's numbered lines may hold between two steps of their count (a listing's
code that the dump set apart from its line numbers, a commentary's paragraph between two pieces of the listing:
jsclasses' okuverb sets up to nine)."""
MIN_LISTING_RUN = 3
"""Numbered lines counting up by one that make a listing's run (two are a coincidence: a heading, a page's folio)."""


def listing_numbers(texts: list[str]) -> set[int]:
    """Indexes of the bare numbers (a number alone on its line) among ``texts`` that are a program listing's line
    numbers, no page's: the lines that open with a number (``9 \\if@yen``, ``10``, ``11 \\else``) count up by one,
    each the next numbered line at most :data:`LISTING_REACH` lines after the one before, :data:`MIN_LISTING_RUN` of them
    or more, at least one of them a number with code or text after it; and the bare number stands inside the run (a
    numbered line of the run after it) or right after another of the run's bare numbers (``24`` / ``25`` / ``26``: no
    page holds nothing); where the document holds such a listing, a count of :data:`MIN_LISTING_RUN` bare numbers or
    more one a line with nothing between is the listing's too (a deck of pictures alone dumps its folios so, and
    keeps them: it holds no listing). A page's folio steps out of such a count (``18`` / ``1`` / ``19``: page 1 between two lines of
    the listing); a deck's slides print their folio between their lines, their titles' numbers (``1 Background``,
    folio ``1``, ``2 Methods``, folio ``2``) do not count up past it. Why (issue 16, session 51): jsclasses' okuverb,
    a commented listing of three pages, set its code apart from many of its line numbers, and the bare numbers had
    made it a deck of 58 slides.

    >>> sorted(listing_numbers(["9 if x:", "10", "y = 1", "11 else:", "12", "13 end", "1", "14 if z:", "15", "16"]))
    [1, 4, 8, 9]
    >>> listing_numbers(["1 Background", "Ports grew.", "1", "2 Methods", "We counted.", "2", "3 Results", "3"])
    set()
    >>> listing_numbers(["Agenda", "1 Data", "2 Model", "3 Results", "4"]), listing_numbers(["1", "2", "3", "4"])
    (set(), set())
    """
    out: set[int] = set()
    bare_runs: list[list[int]] = []
    for run in _numbered_runs(texts):
        if len(run) < MIN_LISTING_RUN:
            continue
        if any(not bare for _, _, bare in run):
            for k, (i, _, bare) in enumerate(run):
                if bare and (k + 1 < len(run) or (k > 0 and run[k - 1][2] and run[k - 1][0] == i - 1)):
                    out.add(i)
        elif all(b[0] == a[0] + 1 for a, b in zip(run, run[1:])):
            bare_runs.append([i for i, _, _ in run])
    if out:
        # a document that holds such a listing: a count of bare numbers one a line, nothing between them, is its
        # listing's too, its code set elsewhere (okuverb's ``64`` … ``77``)
        out.update(i for r in bare_runs for i in r)
    return out


def _numbered_runs(texts: list[str]) -> list[list[tuple[int, int, bool]]]:
    """The lines that open with a number (``(index, value, bare)``), in runs that count up by one, each the next
    numbered line at most :data:`LISTING_REACH` lines after the one before (:func:`listing_numbers`)."""
    runs: list[list[tuple[int, int, bool]]] = []
    for i, t in enumerate(texts):
        if (m := _LISTING_LINE.match(t.strip())) is None:
            continue
        item = (i, int(m.group(1)), m.group(2) is None)
        if runs and item[1] == runs[-1][-1][1] + 1 and item[0] - runs[-1][-1][0] <= LISTING_REACH + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def listing_over_pages(texts: list[str]) -> bool:
    """A program listing's count goes on over a page's folio: a run of numbered lines (:func:`listing_numbers`'s, one
    with code after its number), one bare number that steps out of the count, and the count going on after it
    (``18 \\fi`` / ``1`` / ``19 \\else``: page 1's folio inside the listing). A deck's slide sets its listing on its
    own page, numbered from its own first line; a listing that runs on over pages is a document's (issue 16, session
    51: jsclasses' okuverb had been weighed a deck).

    >>> listing_over_pages(["17 x = 1", "18 end", "1", "19 else:", "20 y = 2"])
    True
    >>> listing_over_pages(["1 Data", "2 Model", "3", "Results", "4"])
    False
    """
    runs = _numbered_runs(texts)
    for a, x, b in zip(runs, runs[1:], runs[2:]):
        if len(x) == 1 and x[0][2] and b[0][1] == a[-1][1] + 1 and any(not bare for _, _, bare in a + b) \
                and len(a) + len(b) >= MIN_LISTING_RUN:
            return True
    return False


def glued_number(text: str) -> tuple[int, list[int]] | None:
    """A page number glued to the end of a text line: (offset of the number, values).

    A number after a colon or a unit word's colon (``Local staff: 2``) is a
    value, not a page number.

    >>> glued_number("Universities in Riverton City ３３")
    (30, [33, 3])
    >>> glued_number("Local staff: 2") is None, glued_number("in 2 years") is None, glued_number("Figure 1") is None
    (True, True, True)
    >>> glued_number("Rising Sea Level 3"), glued_number("Step 3") is None
    ((17, [3]), True)
    >>> glued_number("Shelters ① ② ③"), glued_number("Notes ²"), page_number_values("③")
    (None, None, [])
    """
    m = _GLUED_NUMBER.match(fold(text.rstrip()))
    if m is None or not _WORD.search(m.group("text")) or _LABEL_BEFORE_NUMBER.search(m.group("text")) \
            or has_digit_mark(text.rstrip()[m.start("number"):]):
        return None  # (a circled number ends a list of them, ``Shelters ① ② ③``; a note's mark, ``Notes ²``)
    return m.start("number"), page_number_values(m.group("number"))


def counts_parts(texts: list[str]) -> bool:
    """The copies of one line (in reading order) count the parts of one whole: each holds one count ``k/N`` beside
    its other text, the same ``N`` in all, as many copies as ``N`` and ``k`` 1 to ``N`` in order (``Results 1/3``,
    ``Results 2/3``, ``Results 3/3``): a slide's title continued on the slides after it (review 48, issue 16). A
    running head counting the pages (``Report 2/12``) counts past its copies on the pages shown, or is on every page
    (the caller's check).

    >>> counts_parts(["Results 1/3", "Results 2/3", "Results 3/3"]), counts_parts(["成果（1/2）", "成果（2/2）"])
    (True, True)
    >>> counts_parts(["Report 2/12", "Report 3/12", "Report 4/12"]), counts_parts(["Results 1/3", "Results 3/3"])
    (False, False)
    >>> counts_parts(["Ratio 1/3 of 2/3", "Ratio 2/3 of 2/3"]), counts_parts(["Results 1/3"])
    (False, False)
    """
    counts = [PART_COUNT.findall(fold(t)) for t in texts]
    if len(texts) < 2 or any(len(c) != 1 for c in counts):
        return False
    parts = [(int(k), int(n)) for ((k, n),) in counts]
    return all(n == len(texts) for _, n in parts) and [k for k, _ in parts] == list(range(1, len(texts) + 1))


def words(text: str) -> list[str]:
    """Latin words of a line.

    >>> words("Riverton’s Partner/Friend Cities (2009)")
    ['Riverton’s', 'Partner', 'Friend', 'Cities']
    """
    return _WORD.findall(text)


def is_bullet(text: str) -> bool:
    """A list item: starts with a bullet, arrow, circled number or bracket.

    >>> is_bullet("■Exchange with Hangzhou"), is_bullet("① Port visit"), is_bullet("Hangzhou")
    (True, True, False)
    """
    s = text.lstrip()
    return bool(s) and s[0] in SLIDE_ITEM_MARKS


def starts_lower(text: str) -> bool:
    """First letter-ish character is lower case (a sentence goes on).

    >>> starts_lower("and shopping centers."), starts_lower("Games in 2014")
    (True, False)
    """
    s = text.lstrip(" \"“'‘(（")
    return bool(s) and s[0].islower()


def ends_open(text: str) -> bool:
    """The line stops mid-sentence: no final stop, colon or closing bracket.

    >>> ends_open("hospitals,"), ends_open("in 1901."), ends_open("Overseas Offices (Hangzhou & Hanoi)")
    (True, False, False)
    """
    s = text.rstrip()
    return bool(s) and s[-1] not in ".!?。:：)）」”\"'’"


def continues(previous: str, line: str) -> bool:
    """``line`` carries on the sentence ``previous`` left open.

    >>> continues("stations for freight, ferries, buses,", "and cycling and walking routes.")
    True
    >>> continues("Riverton", "Hangzhou")
    False
    """
    return ends_open(previous) and starts_lower(line) and not is_bullet(line)


OPEN_ENDS = CONNECTIVES | {"a", "an", "the", "into", "onto", "per", "about", "over", "under", "between", "through",
                           "across", "toward", "towards", "within", "without", "against", "among", "during", "if",
                           "that", "because", "so", "yet", "while"}
"""English words a phrase cannot end on: the articles, the common prepositions and conjunctions (closed classes of
English grammar, e.g. the Cambridge Grammar of the English Language's lists, cut to those a slide's line wraps on): a
line stopping on one leaves its phrase open for the next line."""


def leaves_open(text: str) -> bool:
    """``text`` stops where its phrase cannot end: on a comma or on an article, preposition or conjunction
    (:data:`OPEN_ENDS`).

    >>> leaves_open("• Heat pumps cut bills for"), leaves_open("• Grants,"), leaves_open("• Covered cycle racks")
    (True, True, False)
    """
    s = text.rstrip()
    if s.endswith((",", "，")):
        return True
    ws = words(s)
    return bool(ws) and s.endswith(ws[-1]) and ws[-1].lower() in OPEN_ENDS


def bullet_goes_on(previous: str, line: str) -> bool:
    """``line``, under the bullet ``previous``, is the rest of that bullet: it carries on the sentence
    (:func:`continues`: a line opening in lower case), or the bullet leaves its phrase open (:func:`leaves_open`) and
    the line, whatever its case, is no bullet nor number alone (helper deck85: ``• Heat pumps cut bills for`` /
    ``Scottish households`` had stayed two lines; separate points in capitals under a closed bullet stay apart).

    >>> bullet_goes_on("• Heat pumps cut bills for", "Scottish households"), bullet_goes_on("• Costs", "Grants")
    (True, False)
    >>> bullet_goes_on("• Training for the", "3"), bullet_goes_on("• Open to", "• Residents")
    (False, False)
    """
    s = line.strip()
    if not s or is_bullet(s) or page_number(s) is not None:
        return False
    return continues(previous, line) or (leaves_open(previous) and s[0].isalnum())


_GAP_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])\ufffd+(?=[^\W\d_])")
"""Lost glyphs between two letters: inside one word (:func:`is_title_case` reads the word whole)."""


def is_title_case(text: str) -> bool:
    """At least two words, the first capitalised, and every word that is not
    a function word capitalised too, but one in a title of five words or more
    (``Hot Springs and Ski Courses in Mt. Kirin area``).

    >>> is_title_case("Agreement for Partnership and Cooperation with Da Nang"), is_title_case("Harbour View community hospital")
    (True, False)
    >>> is_title_case("A Green Capital of Coastal Recovery（２）"), is_title_case("Hangzhou")
    (True, False)
    >>> is_title_case("Hot Springs and Ski Courses in Mt. Kirin area"), is_title_case("Riverton Became partner city in 1959")
    (True, False)

    A glyph lost inside a word (U+FFFD between its letters) leaves one word, not a capitalised head and a small tail
    (helper deck72, fresh-user trial 72's flyer: ``The 12th Minato In\ufffdernational Friendship Festa`` had read as
    two small words, no title case, and the English title stayed front):

    >>> is_title_case("The 12th Minato In\ufffdernational Friendship Festa"), is_title_case("Our gr\ufffdat results")
    (True, False)
    """
    ws = words(_GAP_INSIDE_WORD.sub("x", text))
    if len(ws) < 2 or not ws[0][0].isupper():
        return False
    lower = sum(1 for w in ws if not w[0].isupper() and w.lower() not in SMALL_WORDS)
    return lower == 0 or (lower == 1 and len(ws) >= 5)


def opens_with_connective(text: str) -> bool:
    """The line opens with a conjunction or preposition: it carries on the line before (a title's second half).

    >>> opens_with_connective("And The River Economy"), opens_with_connective("The Organization")
    (True, False)
    """
    ws = words(text)
    return bool(ws) and ws[0].lower() in CONNECTIVES and text.lstrip().startswith(ws[0])


@lru_cache(maxsize=1 << 14)
def is_title_like(text: str) -> bool:
    """Could be a slide title: title case, opens with a letter or quote, not a bullet, not a sentence.

    >>> is_title_like("Three Panels and Results"), is_title_like("“Pan Inland Sea ACTION」")
    (True, True)
    >>> is_title_like("About 53 trillion yen（2008）"), is_title_like("10 City Governments"), is_title_like("■Russia■Russia")
    (False, False, False)
    >>> is_title_like("from Riverton and"), is_title_like("Chapter1"), is_title_like("Part 2")
    (False, True, True)
    >>> is_title_like("Japan: Sendai, Riverton, Minamisoma")
    False

    A title continued over slides counts its parts (review 48, issue 16):

    >>> is_title_like("Results 1/3"), is_title_like("Port Traffic (2/3)"), is_title_like("Page 1/3"), is_title_like("results 1/3")
    (True, True, False, False)
    """
    s = text.strip()
    if _DIVIDER.match(s):
        return True
    if not s or is_bullet(s) or s.endswith(".") or len(words(s)) > 12 or s.count(",") + s.count("、") >= 2:
        return False
    first = s.lstrip("\"“'‘「『")
    part = _TRAILING_PART.search(s)
    if part is not None and part.start() > 0 and 1 <= int(part.group(1)) <= int(part.group(2)) \
            and page_number(s) is None:
        # a title continued on the slides after it (review 48): judged without its count, one word enough
        head = s[:part.start()]
        return is_title_like(head) or (len(words(head)) == 1 and words(head)[0] == head.strip() and head[0].isupper())
    return bool(first) and first[0].isupper() and is_title_case(s)


@lru_cache(maxsize=1 << 14)
def content_words(text: str, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-cased words of four letters or more, plural ``s`` folded, minus ``ignore``.

    Cached (a slide cut asks about the same lines once per candidate cut), so the
    result is a frozenset.

    >>> sorted(content_words("Sister Cities and sister schools", frozenset({"schools"})))
    ['citie', 'sister']
    """
    out = set()
    for w in words(text):
        w = w.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
        if len(w) < 4 or w in ignore:
            continue
        out.add(w[:-1] if w.endswith("s") else w)
    return frozenset(out)


_TRAILING_NUMBER = re.compile(r"\s+(?:1[89][0-9]{2}|20[0-9]{2}|[0-9]{1,2})$")
"""A year or a number after a one-word slide title (``Results 2024``, ``Phase 2``): the words of a line are its Latin
words only, so such a title was one word that was not the whole line, and no title (a deck's results slide over its
table kept its title as a line). A year or a number under 100: a table's row (``Total 120``) is no title."""
_NUMBERED_ITEM = re.compile(r"^(?:\(?[0-9]{1,2}[.)])\s+\S")
"""A numbered list's item (``1. Why rainwater``, ``2) Costs``, ``(3) Next``): a list under a one-word title as a bulleted
one is (an agenda's ``Outline`` over ``1. …``, review 49, had been left a line of an untitled slide)."""
_NUMBERED_LABEL = re.compile(rf"(?:{CAPTION_LABELS})\.?\s", re.IGNORECASE)
"""A caption's or a page's label before its number (``Figure 2``, ``Table 1``, ``Page 12``): a slide's line, no title
(review of 2 December: ``Figure 2`` over a slide's table had become its title)."""


def is_title_phrase(text: str, following: str | None) -> bool:
    """A slide's first line that reads as its title though not title-cased (``Why port cities?``):
    two to eight words, a capital first, no comma, not a bullet, no closing full stop, and not
    carried on by the next line.

    >>> is_title_phrase("Why port cities?", "Trade routes"), is_title_phrase("All tap water is", "provided by our")
    (True, False)
    >>> is_title_phrase("Main hall, the oldest room", None), is_title_phrase("Riverton", None)
    (False, False)
    >>> is_title_phrase("Routes", "Riders cross the bridges"), is_title_phrase("Riverton", "Castle town")
    (True, False)
    >>> is_title_phrase("Results 2024", "Hives\tColonies lost"), is_title_phrase("Riverton 2024", "Castle town")
    (True, False)
    >>> is_title_phrase("Figure 2", "Hives\tColonies lost"), is_title_phrase("Total 120", "Hives\tColonies lost")
    (False, False)
    >>> is_title_phrase("Workflow", "■ Teams of two"), is_title_phrase("Workflow", "Teams of two"), is_title_phrase("iPhone", "■ Apps")
    (True, False, False)
    >>> is_title_phrase("Outline", "1. Why rainwater"), is_title_phrase("Roadmap", "(1) Pilot"), is_title_phrase("Daegu", "1. Port")
    (True, True, False)
    """
    s = text.strip()
    ws = words(s)
    listed = is_bullet(following) or _NUMBERED_ITEM.match(following) is not None if following is not None else False
    if len(ws) == 1 and following is not None and not _NUMBERED_LABEL.match(s) \
            and (_common_heading_word(_TRAILING_NUMBER.sub("", s))
                 or (listed and _common_heading_word(s, BULLETED_HEADING_ZIPF))):
        # ``Routes`` over its slide's lines: a one-word title, its year or number after it allowed (``Results
        # 2024``); over a bulleted list a less common word heads it too (:data:`BULLETED_HEADING_ZIPF`)
        return True
    if listed and _digit_led_title(s):
        return True
    if not 2 <= len(ws) <= 8 or not s[0].isupper() or "," in s or is_bullet(s) or s.endswith("."):
        return False
    return following is None or not continues(s, following)


_DIGIT_LED = re.compile(r"^[0-9０-９]{1,4}\s+(?=[A-Z])")
"""A count or a year before a title's words (``30 Years of Sister City Ties``, ``5 Lessons Learned``, ``2025
Targets``): digits alone, a space, a capital. ``30%``, ``1,200 visitors``, ``1. Background`` and ``10:00 Opening`` do
not match (a mark or a stop after the digits)."""
_MONTH_EN = re.compile(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                       r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$")


def _digit_led_title(s: str) -> bool:
    """``s`` is a title that opens on a number (``30 Years of Sister City Ties``, ``5 Lessons Learned``, ``2025
    Targets``): the number, then title-cased words, one to eight, no comma, no closing stop, and no date (``12 May
    2025``). Asked only over a list (a bullet or a numbered item under it: fresh-user trial 65c's ``30 Years of
    Sister City Ties`` over ``- High school students …`` had been left an untitled slide's line); a diagram's
    ``12 Port Offices`` over ``draw up plans and`` is a label and stays one.

    >>> [_digit_led_title(x) for x in ("30 Years of Sister City Ties", "5 Lessons Learned", "2025 Targets")]
    [True, True, True]
    >>> [_digit_led_title(x) for x in ("30%", "1,200 visitors", "1. Background", "12 May 2025", "3 new bus routes")]
    [False, False, False, False, False]
    """
    m = _DIGIT_LED.match(s)
    if m is None or "," in s or s.endswith(".") or is_bullet(s):
        return False
    rest = s[m.end():]
    ws = words(rest)
    if not 1 <= len(ws) <= 8 or _MONTH_EN.match(ws[0]) or page_number(s) is not None:
        return False
    return is_title_case(rest) if len(ws) > 1 else ws[0] == rest.strip()


_BRACKETED = re.compile(r"^(?:\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]|［[^［］]*］)$")
_UNIT_LABEL = re.compile(r"^[(（\[［]?\s*(?:単位|units?)\s*[:：]", re.IGNORECASE)


def is_annotation(text: str) -> bool:
    """A line that annotates what stands under it, no heading: a unit's label (``単位：千円``, ``Unit: t``) or a line
    wholly in round or square brackets (``（単位：千円）``, ``(£ thousand)``, ``（案）``, ``[draft]``). Why (issue 16,
    session 50): ``（単位：千円）`` at the head of a slide's table had become the slide's title. A title set in
    lenticular or corner brackets (``【成果】``, ``「港町」``) is a title still: those are the brackets that set headings off.

    >>> [is_annotation(s) for s in ("（単位：千円）", "単位：人", "(£ thousand)", "Unit: t", "【成果】", "成果（2024）", "Metrics")]
    [True, True, True, True, False, False, False]
    """
    s = text.strip()
    return bool(_BRACKETED.match(s) or _UNIT_LABEL.match(s))


def one_cell(text: str) -> bool:
    """A line that is one word alone, as a table's cell set a cell per line is (``Visitors``, ``年度``): no space in
    it, no bullet, no closing stop, at most :data:`MAX_CELL_WORD` characters.

    >>> [one_cell(s) for s in ("Visitors", "年度", "Next Steps", "・課題", "12000")]
    [True, True, False, False, True]
    """
    s = text.strip()
    return bool(s) and len(s) <= MAX_CELL_WORD and not any(c.isspace() for c in s) and not is_bullet(s) \
        and s[-1] not in "。．.、，,:："


MAX_CELL_WORD = 20
"""Characters of a word alone on its line read as a table's cell (:func:`one_cell`): a table's head word, a name."""
_VALUE = re.compile(r"^[-+−–±~～<>≤≥≈$£€¥#]?\s*[0-9０-９][0-9０-９.,，．:/%％]*\s*\S{0,4}$")


def table_head_over_cells(lines: list[str]) -> bool:
    """``lines`` open on a table's head set a cell per line: the first two lines each one word alone
    (:func:`one_cell`), and a table's row (cells parted by TABs) or a value alone on its line (``12000``, ``40 t``)
    follows among the next lines. Then the first word is the table's first head cell, no title (issue 16, session
    50: ``Visitors`` over ``Boats`` over ``12000⇥40`` had become the slide's title, the word being common). An agenda's
    one-word items (``Outline`` / ``Background`` / ``Methods``) hold no row or value: their first word stays a title.

    >>> table_head_over_cells(["Visitors", "Boats", "12000\\t40"]), table_head_over_cells(["年度", "来街者数", "2023", "12000"])
    (True, True)
    >>> table_head_over_cells(["Outline", "Background", "Methods"]), table_head_over_cells(["Metrics", "Year\\tVisitors"])
    (False, False)
    """
    if unit_head_over_values(lines):
        return True
    if len(lines) < 3 or not (one_cell(lines[0]) and one_cell(lines[1])):
        return False
    return any(row_cells(t) is not None or _VALUE.match(t.strip()) for t in lines[2:2 + MAX_HEAD_CELLS])


UNITS_EN = frozenset("""
tonnes tonne tons ton t kilograms kilogram kg grams gram g kilotonnes kt kilometres kilometers kilometre kilometer km
metres meters metre meter m miles mile litres liters litre liter l ml hectares hectare ha acres acre hours hour hrs h
minutes minute mins min seconds secs days weeks percent per cent % yen dollars euros pounds usd jpy eur gbp kwh mwh gwh
kw mw gw m2 m3 m² m³ km² km2 °c
""".split())
"""Units of measure spelled out or abbreviated in English, alone on a line a table's column head (a closed class,
like the month names: SI units and the common ones of the trial reports' tables, weights, lengths, volumes, areas,
spans of time, currencies, energy, percentages)."""
UNITS_JA = frozenset("""
トン キロ キログラム グラム メートル キロメートル リットル ヘクタール パーセント ％ % 円 千円 万円 百万円 億円 ドル ユーロ
人 名 件 台 隻 戸 世帯 時間 分 日 kWh
""".split())
"""Units and counters in Japanese alone on a line (the counters of a count, ``人``, ``件``, ``台``: a table's column of
counts heads itself with its counter; ``千円``: of a sum)."""


def unit_head_over_values(lines: list[str]) -> bool:
    """``lines`` open on a unit of measure alone (:func:`is_unit_alone`) with a table's row or a value alone within the
    next lines (``Tonnes`` / ``2023⇥1200``): the unit the column's values are counted in, its head, no title."""
    return len(lines) >= 2 and is_unit_alone(lines[0]) \
        and any(row_cells(t) is not None or _VALUE.match(t.strip()) for t in lines[1:1 + MAX_HEAD_CELLS])


def is_unit_alone(text: str) -> bool:
    """A line that is a unit of measure alone (``Tonnes``, ``km``, ``トン``, ``千円``; in brackets too, ``(t)``,
    ``（人）``): the head of a table's column of values, never a slide's title (a spelled-out unit over a table had
    been read as one, issue 16, session 51: the line's shape is a title's, its word a closed class's).

    >>> [is_unit_alone(s) for s in ("Tonnes", "km", "(t)", "トン", "（千円）", "Results", "Metrics", "トン数の推移")]
    [True, True, True, True, True, False, False, False]
    """
    s = text.strip().strip("()（）[]［］").strip()
    return s.lower() in UNITS_EN or s in UNITS_JA


MAX_HEAD_CELLS = 6
"""Lines after a table's first two head cells within which its first row or value stands (a head of a few cells)."""


MAX_TITLE_CHARS_JA = 30
"""A Japanese slide title is a phrase, not a sentence: at most this many characters (slide templates set titles
at 28–40 pt across a 960 pt slide, about 25–30 full-width characters)."""


@lru_cache(maxsize=1 << 14)
def is_title_phrase_ja(text: str) -> bool:
    """A slide's first line that reads as its Japanese title (``背景``, ``点検の方法``, ``分かったこと``):
    Japanese, short (:data:`MAX_TITLE_CHARS_JA`), not a bullet, no sentence or clause end (``。``, ``、``),
    and not broken off after a particle (``避難路の点検を`` goes on on the next line; Sudachi's 助詞), save the
    defining ``とは`` after a noun (``子ども食堂とは``, ``防災訓練とは``: "what X is", a heading's own form; trial 51b: a
    deck's slide titled so had its title read as a line). The noun may be a verb's noun, its 連用形 that governs
    nothing (``見守りとは``, ``学び直しとは``, ``まちの見守りとは``: Sudachi reads such a word as the verb, 動詞 連用形), or
    Latin letters (``SDGsとは``, ``DXとは``: a Japanese title, though its Latin letters are as many as its kana). A
    verb that governs a word (``住民を見守りとは``: a case particle before it, の aside), a verb's other forms
    (``見守るとは``, ``点検したとは``) and a verb that leans on another (``行きとは``, 非自立可能) stay a sentence broken
    off (helper deck52: slides titled ``見守りとは`` had run into one).

    >>> [is_title_phrase_ja(s) for s in ("背景", "点検の方法", "分かったこと", "・予約は前日まで")]
    [True, True, True, False]
    >>> [is_title_phrase_ja(s) for s in ("路線バスが廃止された。", "住民と一緒に避難路を", "Background")]
    [False, False, False]
    >>> [is_title_phrase_ja(s) for s in ("子ども食堂とは", "防災訓練とは", "点検したとは", "住民とは")]
    [True, True, False, True]
    >>> [is_title_phrase_ja(s) for s in ("見守りとは", "まちの見守りとは", "学び直しとは", "SDGsとは", "DXとは")]
    [True, True, True, True, True]
    >>> [is_title_phrase_ja(s) for s in ("住民を見守りとは", "見守るとは", "行きとは", "すぐれたとは", "Why とは")]
    [False, False, False, False, False]
    """
    s = text.strip()
    latin_defined = _LATIN_DEFINED.match(s) is not None
    if not s or len(s) > MAX_TITLE_CHARS_JA or not (is_japanese(s) or latin_defined) or is_bullet(s) \
            or s[-1] in "。．、，,." or is_annotation(s):
        return False
    from pipeline.sudachi import tokenizer

    morphemes = tokenizer("C").tokenize(s)
    if len(morphemes) == 0:
        return False
    if morphemes[-1].part_of_speech()[0] != "助詞":
        return True
    # ``Xとは``: と and は closing the line right after a noun (名詞, or Latin letters Sudachi reads as a noun)
    n = len(morphemes)
    if n < 3 or morphemes[n - 2].surface() != "と" or morphemes[n - 1].surface() != "は":
        return False
    word = morphemes[n - 3].part_of_speech()
    if word[0] == "名詞":
        return True
    # a verb's noun: its 連用形, of a verb standing alone, that governs no word before it (の aside)
    before = morphemes[n - 4] if n >= 4 else None
    return word[0] == "動詞" and word[1] == "一般" and word[5].startswith("連用形") and (
        before is None or before.part_of_speech()[0] != "助詞" or before.surface() == "の")


_LATIN_DEFINED = re.compile(r"^[A-Za-z][A-Za-z0-9&\-]{0,15}とは$")
"""A Latin word or acronym defined by ``とは`` (``SDGsとは``, ``DXとは``): a Japanese slide title (:func:`is_title_phrase_ja`)."""


def is_bilingual_title(text: str, following: str | None = None) -> bool:
    """A slide's first line that is its title in both languages around one separator (``背景 / Background``,
    ``�の選び方 / Choosing the Thread``, either order; :func:`.front.bilingual_halves`, the rule that splits a talk's
    bilingual title): the Japanese half a title phrase (:func:`is_title_phrase_ja`), the English half a title
    (title case, a phrase, or one capitalised word: the Japanese half already says it is a heading). Trial 41: a
    bilingual deck's one-line titles had no title and stood first among their slides' lines. Only a Japanese half
    with an English half is bilingual: ``Input/Output``, ``Results / Discussion`` are English lines (their own rules).

    >>> is_bilingual_title("背景 / Background"), is_bilingual_title("Budget / 予算"), is_bilingual_title("Results / Discussion")
    (True, True, False)
    >>> is_bilingual_title("予約は前日まで。 / Book the day before."), is_bilingual_title("・費用 / Costs")
    (False, False)
    """
    from pipeline.model import Text
    from pipeline.segment.front import bilingual_halves

    s = text.strip()
    if not s or is_bullet(s):
        return False
    halves = bilingual_halves(Text.from_raw(s, 0))
    if halves is None:
        return False
    ja, en = halves[0].text, halves[1].text
    return is_title_phrase_ja(ja) and _english_title_half(en, following)


def _english_title_half(en: str, following: str | None) -> bool:
    """The English half of a bilingual title, or the English line under a Japanese title: a title, a title phrase,
    or one capitalised word (``Background``, ``Participants``)."""
    ws = words(en)
    one_word = len(ws) == 1 and ws[0] == en.strip() and ws[0][0].isupper()
    return not is_bullet(en) and (is_title_like(en) or is_title_phrase(en, following) or one_word)


def english_under_title_ja(title: str, line: str, following: str | None = None) -> bool:
    """``line``, right under the Japanese slide title ``title``, is the title's English (``ワークショップの概要`` /
    ``Workshop Overview``): wholly English (no Japanese letter) and itself a title (:func:`_english_title_half`), the
    title a Japanese title phrase. Trial 41: the English line had become the slide's first line.

    >>> english_under_title_ja("ワークショップの概要", "Workshop Overview", "・2019年から開催")
    True
    >>> english_under_title_ja("ワークショップの概要", "• 24 sessions held since 2019"), english_under_title_ja("概要", "Up to 12 people per session.")
    (False, False)
    """
    t = line.strip()
    return (bool(t) and script_of(t) == EN and not any(script_of(c) == JA for c in t) and is_title_phrase_ja(title)
            and _english_title_half(t, following))


COMMON_HEADING_ZIPF = 4.0
"""A one-word title is a common English word (``Routes``, ``Results``; wordfreq Zipf), not a name (``Riverton``,
``Hangzhou``: a map's label on a slide)."""


BULLETED_HEADING_ZIPF = 3.0
"""A one-word line over a bulleted list is its slide's title when the word is this common (Zipf): trial 40's
``Workflow`` (3.16) over three ``■`` items had stayed a line (``Roadmap`` 3.16, ``Toolkit`` 3.08 alike). A city's
name over a list (``Riverton`` 2.48, ``Sendai`` 2.65, ``Hangzhou`` 2.85 on wordfreq's list) is a map's or a photo's
label as often as a title, and stays a line."""


def _common_heading_word(s: str, least: float = COMMON_HEADING_ZIPF) -> bool:
    """
    >>> _common_heading_word("Routes"), _common_heading_word("Riverton"), _common_heading_word("routes")
    (True, False, False)
    """
    from pipeline.english_words import zipf

    return s.isalpha() and s.isascii() and s[0].isupper() and s[1:].islower() and zipf(s.lower()) >= least


def near_duplicate(a: str, b: str) -> bool:
    """Two lines that say the same thing (one a damaged copy of the other).

    >>> near_duplicate("① MoU ceremony for partnership and exchange", "① MoU ceremony for partnership and exchange ")
    True
    >>> near_duplicate("Riverton grew into one of the region’s three largest port towns",
    ...                "Riverton grew into one of the region s three largest port towns. ")
    True
    >>> near_duplicate("Hangzhou", "Hangzhou Trade Shop")
    False
    """
    return _near_duplicate(_letters(a), _letters(b))


@lru_cache(maxsize=1 << 14)
def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


@lru_cache(maxsize=1 << 16)
def _near_duplicate(x: str, y: str) -> bool:
    if min(len(x), len(y)) < 12:
        return False
    if x in y or y in x:
        return True
    if 2 * min(len(x), len(y)) / (len(x) + len(y)) < 0.85:
        return False
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    return matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85
