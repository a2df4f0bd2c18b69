"""Repetition: the gap's context, with the gap filled, stands intact elsewhere.

A phrase damaged in one heading is usually intact in another heading, in the
body text or in the next talk (``札幌市の��交流事業`` beside
``札幌市の観光振興事業``); an English word damaged on one slide is intact
on another (``S��tue`` beside ``Statue``). The provider looks for the gap's
neighbours around a gap-free run of the gap's length, in the nearest scope
first, and reports how much context matched and where.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.model import GAP, Evidence
from pipeline.chardata import JA_LETTER, KANJI, KATAKANA, LATIN_RE
from pipeline.english_words import CAPITALISED_MARGIN, capitalised_lean
from pipeline.restore import resources
from pipeline.restore.evidence.base import Document, Line, Proposal, Site

MAX_CONTEXT = 12
"""Context characters compared on each side; more adds nothing but time."""


@dataclass(frozen=True)
class ScopeText:
    """The lines of one scope joined by newlines, with a map back to line numbers."""

    name: str
    text: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]

    @classmethod
    def build(cls, name: str, lines: list[Line]) -> "ScopeText":
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.text) + 1
        return cls(name, "\n".join(ln.text for ln in lines), tuple(starts), tuple(lines))

    def line_at(self, offset: int) -> tuple[int, str]:
        """The raw line number at ``offset`` and the text of the line (or piece) it is in."""
        i = bisect.bisect_right(self.starts, offset) - 1
        line = self.lines[i]
        return line.line_at(offset - self.starts[i]), line.text


OPENING = "(（「『【［〈《〔“‘"
CLOSING = ")）」』】］〉》〕”’"
"""Brackets and quotation marks that open (close) a word: beside a Japanese word any one stands for any other of its
side when a context is matched, as a word bracketed in an English line (``called sukumo (すく\ufffd)``) is quoted in
the Japanese (``「すくも」``): the mark says where the word starts or ends, not which script's typography it follows.
Not in a formula or an English word (``χ+(p) \ufffd [2|p|``: a bracket there is the formula's), and never braces or
half-width square brackets, which quote no word in prose (code, a formula, a citation: ``\\begin{document}\ufffd 時に``
in a TeX manual written in Japanese)."""
_BRACKET_CLASS = {**dict.fromkeys(OPENING, OPENING), **dict.fromkeys(CLOSING, CLOSING)}


def _same(x: str, y: str, loose: bool = True) -> bool:
    """The same character, or (``loose``) two brackets of the same side (:data:`OPENING`, :data:`CLOSING`).

    >>> _same("(", "「"), _same(")", "」"), _same("(", "」"), _same("の", "の"), _same("(", "[", loose=False)
    (True, True, False, True, False)
    >>> _same("}", ")"), _same("[", "("), _same("}", "}")  # braces and [ ] quote no word: themselves alone
    (False, False, True)
    """
    return x == y or (loose and x in _BRACKET_CLASS and _BRACKET_CLASS[x] is _BRACKET_CLASS.get(y))


def _anchor(ch: str, loose: bool = True) -> str:
    """A pattern for one context character: (``loose``) its bracket class, or the character itself."""
    return f"[{re.escape(_BRACKET_CLASS[ch])}]" if loose and ch in _BRACKET_CLASS else re.escape(ch)


def _common_suffix(a: str, b: str, loose: bool = True) -> int:
    n = 0
    while n < len(a) and n < len(b) and _same(a[-1 - n], b[-1 - n], loose):
        n += 1
    return n


def _common_prefix(a: str, b: str, loose: bool = True) -> int:
    n = 0
    while n < len(a) and n < len(b) and _same(a[n], b[n], loose):
        n += 1
    return n


def context_matches(site: Site, scope: ScopeText) -> dict[str, tuple[int, int, int, str, int]]:
    """Fills whose context matches somewhere in ``scope``: fill → (best context length, occurrences of a
    context that long, line, phrase, best context on the weaker side).

    The weaker side matters on its own: a template repeated with another word in
    it (``を\ufffd\ufffdすることもできます`` beside ``を設定することもできます``) matches
    long on one side and one particle on the other.

    The search anchors on the gap's nearest neighbours (one character each
    side, or two on the one side that has them) and then measures how far the
    match extends, so the cost is one regex scan per gap.

    >>> s = ScopeText.build("doc", [Line("札幌市の観光振興事業", 3)])
    >>> context_matches(Site("札幌市の\\ufffd\\ufffd振興事業", 4, 6), s)
    {'観光': (8, 1, 3, '札幌市の観光振興事業', 4)}

    A short context found often is one weak piece of evidence, not many: only the occurrences of the longest
    context count (``rep_hits``).

    >>> s = ScopeText.build("doc", [Line("店が閉まっている。人が減っている。客が減っている。", 1)])
    >>> context_matches(Site("町が減ってい\\ufffd。", 6, 7), s)["る"][:2]
    (6, 2)
    """
    return _matches(site, scope)[0]


def _matches(site: Site, scope: ScopeText) -> tuple[dict[str, tuple[int, int, int, str, int]], dict[str, int]]:
    """:func:`context_matches`, and how many fills share each fill's longest context (:func:`fills_sharing`)."""
    left, right, n = site.left[-MAX_CONTEXT:], site.right[:MAX_CONTEXT], site.length
    # a space beside the gap anchors nothing (the same word stands elsewhere after a particle)
    if left[-1:].isspace() and len(right) >= 2 and not right[:2].isspace():
        left = ""
    # (not a heading's number's: ``2.1\ufffd 配布物の…`` is the number, its lost separator and the title's space)
    if right[:1].isspace() and len(left) >= 2 and not left[-2:].isspace() \
            and not (site.length == 1 and HEADING_NUMBER.fullmatch(site.text, 0, site.start)):
        right = ""
    # brackets stand for one another beside a Japanese word only (OPENING)
    loose = _LETTERS.search(site.left[-2:] + site.right[:2]) is not None
    if left and right:
        pattern = _anchor(left[-1], loose) + f"([^\n{GAP}]{{{n}}})" + _anchor(right[0], loose)
    elif len(left) >= 2:
        pattern = _anchor(left[-2], loose) + _anchor(left[-1], loose) + f"([^\n{GAP}]{{{n}}})"
    elif len(right) >= 2:
        pattern = f"([^\n{GAP}]{{{n}}})" + _anchor(right[0], loose) + _anchor(right[1], loose)
    else:
        return {}, []
    found: dict[str, tuple[int, int, int, str, int]] = {}
    contexts: list[tuple[str, int, int]] = []
    past: dict[str, tuple[int, int, int, str, int]] = {}  # (repeats that go on past the gap's line's edge)
    past_contexts: list[tuple[str, int, int]] = []
    for m in re.finditer(pattern, scope.text):
        fill = m.group(1)
        before = scope.text[max(0, m.start(1) - MAX_CONTEXT): m.start(1)].rsplit("\n", 1)[-1]
        after = scope.text[m.end(1): m.end(1) + MAX_CONTEXT].split("\n", 1)[0]
        # a gap at the start (end) of its line where the repeat goes on past it: the line stops there (a heading's
        # last word, a hard wrap) and the repeat says nothing of that side. A word's letters found so (kanji,
        # katakana, as :func:`_one_sided`'s) are one-sided evidence (weaker side 0); anything else is matched only by
        # a fill at the start (end) of a line: "\ufffd豊かな…" is no "３．豊かな…" with its number cut off, and
        # grammar the repeat goes on with is no word's end ("都市戦略\ufffd" ending a subtitle is no "都市戦略の")
        open_side = (not site.left.strip() and before.strip() and not left) \
            or (not site.right.strip() and after.strip() and not right)
        # (the fill goes on a Japanese word: a Japanese letter beside the gap on the side it has)
        if open_side and not (_WORD_RUN.fullmatch(fill) and _LETTERS.fullmatch((site.left[-1:] if left else "")
                                                                          + (site.right[:1] if right else ""))):
            continue
        a, b = _common_suffix(left, before, loose), _common_prefix(right, after, loose)
        # punctuation and spaces alone anchor nothing: `pp.\ufffd\ufffd-\ufffd\ufffd (2016)` is not
        # `born-open data` because both put a hyphen before four characters and a space after
        if not any(c.isalnum() for c in before[len(before) - a:] + after[:b]):
            continue
        into, into_contexts = (past, past_contexts) if open_side else (found, contexts)
        into_contexts.append((fill, a, b))
        best, hits, line, phrase, both = into.get(fill, (0, 0, 0, "", 0))
        # occurrences count only at the longest context: sixteen sentences ending in `いる。` say nothing
        # about `減ってい\ufffd。` beyond the two that repeat `減っている。` (the rest match one kana each side)
        if a + b > best:
            best, hits, line, phrase = a + b, 0, scope.line_at(m.start(1))[0], before[len(before) - a:] + fill + after[:b]
        # a side the gap has no context on (line start or end) does not count as weak, where the repeat stops
        # there too; where it goes on, that side is unknown: one-sided
        weaker = 0 if open_side else min(a if left else b, b if right else a)
        into[fill] = (best, hits + (a + b == best), line, phrase, max(both, weaker))
    # a repeat past the line's edge proposes a fill no repeat stopping there proposes, and leaves the evidence of
    # those as it was (their context, occurrences, and the fills sharing it: the confidence model was fitted on
    # them so; a base__platex.txt mask, `しないように\ufffd` at a line's end, read 設, 変… mid-line after ように as
    # sharing 、's context, its rep_unique fell from 1 to 0.25 and 、 was committed at 0.9737, wrongly)
    new = {fill: v for fill, v in past.items() if fill not in found}
    sharing = fills_sharing(contexts)
    sharing.update({fill: n for fill, n in fills_sharing(contexts + past_contexts).items() if fill in new})
    found.update(new)
    if left and right:
        _one_sided(site, scope, left, right, found)
    lead = number_lead(site)
    if lead and right:
        # a gap opening a heading's title after its number (``３．\ufffdしい交通ネットワーク``): the title's words stand
        # elsewhere without the number (``、新しい交通ネットワークが``), so the title is read as a line of its own, the gap
        # at its start (fresh-user trial 63). A fill a repeat with the number's separator found keeps that evidence
        # (a contents entry, ``３．新しい交通…``); one found on the title's side alone (_one_sided: ``２．\ufffd内会の活動``
        # beside ``町内会の活動``; after a space, ``3.1 \ufffd民協働…``, which anchors nothing) takes the title's reading,
        # one-sided as it is, which says how many fills share its context (rep_unique)
        titled, titled_sharing = _matches(Site(site.text[lead:], site.start - lead, site.end - lead, site.line), scope)
        for fill, v in titled.items():
            if fill not in found or (found[fill][4] == 0 and v[0] >= found[fill][0]) \
                    or (found[fill][3].startswith(fill) and v[0] >= max(found[fill][0], TITLE_CONTEXT)):
                found[fill] = v
                if fill in titled_sharing:
                    sharing[fill] = titled_sharing[fill]
    return found, sharing


HEADING_NUMBER = re.compile(r"[ \t\u3000]*[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,2}")
"""A heading's or an item's number opening its line, before its separator (``1``, ``2.1``, ``１６``): a lost glyph
right after it is the separator where the heading stands whole elsewhere (``pipeline.restore._heading_point_repeated``),
and the space after it is the heading's own, an anchor of the repeat as any letter."""


NUMBER_LEAD = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,2}[.．、]|[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,2}"
                         r"(?=[ \t\u3000])|[（(][0-9０-９]{1,3}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}[章節])[ \t\u3000]*")
"""A heading's or an item's number opening its line (``３．``, ``3.1 ``, ``（2）``, ``第3章　``): the title starts after
it. A bare number before a space (``100 万人``) may be a quantity, and is none."""


TITLE_CONTEXT = 4
"""Characters the title's own reading (:func:`number_lead`) must repeat before it takes the place of a repeat found
after a space with nothing on its left (``3.1 \ufffd民協働…``): as many as a line's-edge repeat needs to settle a kanji
(:data:`pipeline.restore.scoring.EDGE_CONTEXT`). A shorter one, read one-sided, would count for less than the repeat
it replaced: the sample's ``3.4 \ufffdランディング`` lost ``ブラン`` (6 occurrences) so."""


def number_lead(site: Site) -> int:
    """The length of the heading or item number (:data:`NUMBER_LEAD`) that is all the gap's line holds before the gap,
    else 0: the gap opens the title, as at a line's start (:func:`_matches`).

    >>> number_lead(Site("３．\ufffdしい交通ネットワーク", 2, 3)), number_lead(Site("（2）\ufffd域の課題", 3, 4))
    (2, 3)
    >>> number_lead(Site("3.1 \ufffd光振興", 4, 5)), number_lead(Site("100 \ufffd人", 4, 5)), number_lead(Site("港の\ufffd", 2, 3))
    (4, 0, 0)
    """
    m = NUMBER_LEAD.fullmatch(site.text, 0, site.start)
    return m.end() if m is not None and site.start > 0 else 0


def fills_sharing(contexts: list[tuple[str, int, int]]) -> dict[str, int]:
    """How many different fills the document puts in each fill's longest repeated context: every match (fill,
    characters matched left, right) whose context reaches at least as far on both sides as the fill's longest.

    A context that takes one fill wherever it stands singles it out; one that takes many (``て�る`` holds
    い, く, す … in a manual) says little about which.

    >>> fills_sharing([("い", 1, 2), ("く", 1, 2), ("い", 3, 2), ("す", 1, 1)])
    {'い': 1, 'く': 2, 'す': 3}
    """
    distinct = list(dict.fromkeys(contexts))  # a context repeated a thousand times is one context here
    longest: dict[str, tuple[int, int]] = {}
    for fill, a, b in distinct:
        if fill not in longest or a + b > sum(longest[fill]):
            longest[fill] = (a, b)
    return {fill: len({f for f, a2, b2 in distinct if a2 >= a and b2 >= b})
            for fill, (a, b) in longest.items()}


_LETTERS = re.compile(f"[{JA_LETTER}]+")
"""Japanese letters: beside a gap, what a line's edge may have cut a word after (``担い\ufffd``), and what makes brackets
stand for one another (:data:`OPENING`)."""
ONE_SIDED = 2
"""Letters of a word (kanji, katakana) beside the gap that a repeat on that side alone must match: the word goes
on into the gap (``伝統工\ufffdの`` beside ``伝統工芸品``), and its other neighbour differs."""
_WORD_RUN = re.compile(f"[{KANJI}{KATAKANA}]+")


def _one_sided(site: Site, scope: ScopeText, left: str, right: str,
               found: dict[str, tuple[int, int, int, str, int]]) -> None:
    """Fills of a word whose letters on one side of the gap stand intact elsewhere with the fill, though the
    other neighbour differs there (``沿岸部の\ufffd内会では`` beside ``町内会の``): added to ``found`` with no
    context on the weaker side (0), where the two-sided anchor found nothing for the fill.

    Only the letters of one word count (kanji and katakana beside the gap, at least :data:`ONE_SIDED`, and a
    fill of the same letters): grammar repeated on one side (``して``, ``ている``) says nothing.

    >>> s = ScopeText.build("doc", [Line("町内会の役員が集まった。", 2)])
    >>> found = {}
    >>> _one_sided(Site("沿岸部の\ufffd内会では", 4, 5), s, "沿岸部の", "内会では", found); found
    {'町': (2, 1, 2, '町内会', 0)}
    """
    n = site.length
    run_left = re.search(f"(?:{_WORD_RUN.pattern})$", left)
    run_right = _WORD_RUN.match(right)
    for side, run in (("left", run_left.group(0) if run_left else ""), ("right", run_right.group(0) if run_right else "")):
        run = run[-4:] if side == "left" else run[:4]
        if len(run) < ONE_SIDED:
            continue
        pattern = (re.escape(run) + f"([{KANJI}{KATAKANA}]{{{n}}})") if side == "left" \
            else (f"([{KANJI}{KATAKANA}]{{{n}}})" + re.escape(run))
        for m in re.finditer(pattern, scope.text):
            fill = m.group(1)
            if fill in found and found[fill][4] > 0:
                continue  # the two-sided anchor found it: that evidence stands
            before = scope.text[max(0, m.start(1) - MAX_CONTEXT): m.start(1)].rsplit("\n", 1)[-1]
            after = scope.text[m.end(1): m.end(1) + MAX_CONTEXT].split("\n", 1)[0]
            a = _common_suffix(left, before) if side == "left" else 0
            b = _common_prefix(right, after) if side == "right" else 0
            best, hits, line, phrase, _ = found.get(fill, (0, 0, 0, "", 0))
            if a + b > best:
                best, hits, line, phrase = a + b, 0, scope.line_at(m.start(1))[0], before[len(before) - a:] + fill + after[:b]
            found[fill] = (best, hits + (a + b == best), line, phrase, 0)


_WORD_CHARS = r"A-Za-z"
_SENTENCE_END = re.compile(r"(?:[.!?:;○●■□◆◇・※→\-–—\u2022)）」』”\"]\s*|^\s*)$")
"""What may stand before a word that starts a sentence or an item (a capital is due there)."""
TITLE_CASE_SHARE = 0.6
"""A line whose longer words are capitalised this often is in title case (a slide title, a heading)."""


MAX_TITLE_LOWER = 1
"""Words in lower case that are no function words (``SMALL_WORDS``) a title-case line may hold (``through``)."""


def _title_case(line: str) -> bool:
    """Most words of four letters or more start with a capital, and at most :data:`MAX_TITLE_LOWER` word that is no
    function word does not: a title, where every word is capitalised. A sentence naming a place in capitals
    (``Visit the Harbor Museum and the old …arbor wall.``) has its own words in lower case (``old``, ``wall``).

    >>> _title_case("International Exchange through a Seto Inland Sea Port Town"), _title_case("Cruise ships call at the")
    (True, False)
    >>> _title_case("Visit the Harbor Museum and the old  wall.")
    False
    """
    from pipeline.segment.slidetext import SMALL_WORDS

    words = re.findall(r"[A-Za-z]{4,}", line)
    lower = [w for w in re.findall(r"[A-Za-z]+", line) if w[0].islower() and w not in SMALL_WORDS]
    return (len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE
            and len(lower) <= MAX_TITLE_LOWER)


def _proper_noun(word: str, scope: ScopeText) -> bool:
    """The word is capitalised wherever it stands, and at least once where nothing calls for a capital
    (mid-sentence in a line not in title case): a name, which keeps its capital everywhere."""
    mid_sentence = False
    for m in re.finditer(f"(?<![{_WORD_CHARS}])(?i:{re.escape(word)})(?![{_WORD_CHARS}])", scope.text):
        if not m.group(0)[0].isupper():
            return False
        start = scope.text.rfind("\n", 0, m.start()) + 1
        end = scope.text.find("\n", m.end())
        line = scope.text[start: end if end >= 0 else len(scope.text)]
        if not _SENTENCE_END.search(scope.text[start:m.start()]) and not _title_case(line):
            mid_sentence = True
    return mid_sentence


PROSE_LINE_WORDS = 5
"""Words a line holds at least to be read as wrapped prose going on (:func:`goes_on`): a heading or a label is shorter
(``1. Overview``, ``Date: 3 March``)."""


def goes_on(line: str) -> bool:
    """A line whose sentence goes on into the next line: it ends on a small letter (no stop, colon, bracket or mark)
    and is no line in title case (a heading: ``Managing a Small Office``). A word opening the next line is then
    mid-sentence, its first letter a small one (helper lig67: ``the cash`` / ``(cid:7)ow each month`` had offered
    ``H``, ``L``, ``R`` in capitals beside ``fl``).

    >>> goes_on("Every manager should review the cash"), goes_on("The minutes were approved.")
    (True, False)
    >>> goes_on("Managing a Small Office and its Staff"), goes_on("1. Overview"), goes_on("Dear Ann,")
    (False, False, False)
    """
    line = line.rstrip()
    return (bool(line) and line[-1].islower() and line[-1].isascii() and not _title_case(line)
            and len(line.split()) >= PROSE_LINE_WORDS)


def initial_case(site: Site, word: str, scope: ScopeText | None, undecided: bool = False,
                 lean_asked: bool = True) -> tuple[str, str]:
    """The case a word's first letter takes in the gap's own context, and why.

    A capital copied from elsewhere says nothing about this place (``Port`` in a
    title, ``the \ufffdort`` mid-sentence): capitals for a word in capitals, at the
    start of a sentence or item, in a title-case line, or for a name (capitalised
    everywhere, also mid-sentence); else lower case.

    >>> s = ScopeText.build("doc", [Line("A Sea Port Town", 1), Line("Ships call at the \ufffdort", 2)])
    >>> initial_case(Site("Ships call at the \ufffdort", 18, 19), "Port", s)
    ('lower', 'mid-sentence')
    >>> initial_case(Site("\ufffdort of call", 0, 1), "Port", s)
    ('upper', 'start of a sentence')
    >>> s = ScopeText.build("doc", [Line("News of Ashcombe and Little Harrow", 1), Line("up to Little \ufffdarrow", 2)])
    >>> initial_case(Site("up to Little \ufffdarrow", 13, 14), "Harrow", s)
    ('upper', "Little Harrow: a name's words, capitalised mid-sentence")
    """
    tail = re.match(f"[{_WORD_CHARS}]*", site.right).group(0)
    if len(tail) >= 2 and tail.isupper():
        return "upper", "a word in capitals"
    if _SENTENCE_END.search(site.text[: site.start]) and not (
            not site.text[: site.start].strip() and site.above and goes_on(site.above)):
        return "upper", "start of a sentence"
    # the gap's own clause tells a heading's style (``A Thank You to Our \ufffdolunteers``), not the names after a
    # label's colon (``Best \ufffdahlias: Margaret O'Neill (Plot 31)``, fresh-user trial 77b: the label's other word
    # opens it, so the list's label above tells: ``Best collection of vegetables:``, sentence case)
    # (a talk's piece holds its paragraph's lines joined: the gap's own line, and the line before it there)
    begin = site.text.rfind("\n", 0, site.start) + 1
    stop = site.text.find("\n", site.end)
    own = site.text[begin: stop if stop >= 0 else len(site.text)]
    style = clause_style(own, site.start - begin, site.end + len(tail) - begin)
    above = site.text[site.text.rfind("\n", 0, begin - 1) + 1: begin - 1] if begin else site.above
    if style is None and above and in_first_clause(own, site.start - begin) and _same_opening(own, above):
        style = clause_style(above, 0, 0, first=True)
    if style == "upper":
        return "upper", "a heading in title case (its clause's other words capitalised)"
    # the gap's own word is left out: its letters after the gap say nothing of its first one's case
    if style is None and not undecided and _title_case(site.text[: site.start] + site.text[site.end + len(tail):]):
        return "upper", "a line in title case"
    if scope is not None and _proper_noun(word, scope):
        return "upper", f"{word} is capitalised mid-sentence elsewhere: a name"
    # a word after a capitalised word mid-sentence, capitalised where it is written whole, is the name's next word
    # (``between Ashcombe and Little \ufffdarrow`` beside the masthead's ``Little Harrow``: fresh-user trial 72c had
    # *harrow* committed in lower case, a title-case line being no evidence of a name by :func:`_proper_noun`)
    before = re.search(rf"([{_WORD_CHARS}]{{2,}})[ \t]+$", site.text[: site.start])
    if before is not None and before.group(1)[0].isupper() and word[:1].isupper() \
            and not _SENTENCE_END.search(site.text[: before.start()]):
        return "upper", f"{before.group(1)} {word}: a name's words, capitalised mid-sentence"
    # a word between a capitalised word mid-sentence and another capitalised word is inside a run of capitalised
    # words, a name's (``at Bramley \ufffdommon Hall``); directly after one, where the run may end at it (``held on
    # Bramley \ufffdommon on Saturday``: a place's name, issue 19 point 4, session 80, had been offered ``c`` only;
    # ``the English \ufffdanguage``: a common noun after a name's adjective), both cases are offered, the capital
    # first, and the fill is committed in neither on it. A name of time opens no name (``Monday \ufffdorning``).
    run = _name_run(site, before, tail)
    if run == "inside":
        return "upper", f"{before.group(1)} _ {site.right[len(tail):].split()[0]}: inside a run of capitalised words (a name)"
    if run == "after" and undecided:
        return "either", f"{NAME_RUN_OPEN}: after {before.group(1)}, capitalised mid-sentence (a name may go on here)"
    # (``lean_asked=False``: the lexeme table is not searched, a word it lacks costing a scan of its 30 MB; the rare
    # words offered after the list's, never decided, take their place's case alone: english.rarer_fits)
    lean = capitalised_lean(word) if lean_asked and word.isascii() and word.isalpha() else None
    counted = re.search(r"(?:^|\s)([A-Za-z]+|\d+)\s+$", site.text[: site.start])
    if counted is not None and (counted.group(1).isdigit() or counted.group(1).lower() in DETERMINERS) \
            or re.search(r"[^\s(\"“‘']$", site.text[: site.start]) or site.end - site.start > 1:
        # a common noun's place (``three \ufffdune blocks``, ``Two \ufffdtiles``: Dune, Stiles are names too), a word
        # glued to another (an address's ``@\ufffdork.example``), or a run of lost letters opening the word: the word
        # itself is the fill's guess, its lean no evidence of a name (``We ate \ufffd\ufffd\ufffdggs``: Briggs, Griggs,
        # Greggs; session 77, test_ref72's near miss had been held as a person's name)
        lean = None
    if lean is not None and lean >= CAPITALISED_MARGIN:
        # a place's or a person's name English writes with a capital (``a café in \ufffdhitby``: Whitby +2.4, trial 77b)
        return "upper", f"{word[:1].upper()}{word[1:].lower()} is a name English writes capitalised (lean {lean:+.1f})"
    if undecided and (style is None or lean is not None and lean > 0):
        # neither the clause's style nor how English writes the word tells its case: both are offered
        return "either", ("no other word of its clause tells a heading's style" if style is None else
                          f"{word.lower()} is written capitalised about as often as not (lean {lean:+.1f})")
    return "lower", "mid-sentence"


NAME_RUN_OPEN = "a name's run may go on"
"""How :func:`initial_case` opens its reason where a word directly follows a capitalised word mid-sentence: both
cases are offered, the capital first (:func:`pipeline.restore.evidence.english.with_both_cases`)."""
TIME_NAMES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                        "February", "March", "April", "May", "June", "July", "August", "September", "October",
                        "November", "December"))
"""Names of days and months, written capitalised and followed by a common noun in small letters (``Monday morning``,
``the March meeting``): no name's run goes on after them (:func:`_name_run`)."""


def _name_run(site: Site, before: re.Match | None, tail: str) -> str | None:
    """Where the gap's word stands beside a run of capitalised words mid-sentence, a name's: ``"inside"`` where the
    words on both sides are capitalised (``at Bramley \ufffdommon Hall``), ``"after"`` where only the word before is
    (``on Bramley \ufffdommon on Saturday``), else ``None``. The word before must be capitalised mid-sentence (not a
    sentence's first word, not a name of time: :data:`TIME_NAMES`).

    >>> def run(t):
    ...     i = t.index("\ufffd")
    ...     s = Site(t, i, i + 1)
    ...     return _name_run(s, re.search(r"([A-Za-z]{2,})[ \t]+$", t[:i]), re.match("[A-Za-z]*", t[i + 1:]).group(0))
    >>> run("held on Bramley \ufffdommon on Saturday"), run("held at Bramley \ufffdommon Hall"), run("near the \ufffdort")
    ('after', 'inside', None)
    >>> run("Bramley \ufffdommon is"), run("on Monday \ufffdorning"), run("It rained. Then \ufffdater")
    (None, None, None)
    """
    if before is None or not before.group(1)[0].isupper() or before.group(1) in TIME_NAMES \
            or _SENTENCE_END.search(site.text[: before.start()]) or before.group(1).isupper():
        return None
    after = re.match(rf"[ \t]+([{_WORD_CHARS}]{{2,}})", site.text[site.end + len(tail):])
    return "inside" if after is not None and after.group(1)[0].isupper() else "after"


_CLAUSE_MARKS = re.compile(r"[:;()（）\[\]|]|\s[-–—]\s")
"""What parts a line's clauses: a label's colon, a bracket, a dash set apart (``Best dahlias: Margaret O'Neill``)."""


def _clause_at(line: str, at: int) -> tuple[int, int]:
    """The span of the clause of ``line`` that holds offset ``at`` (:data:`_CLAUSE_MARKS` part them)."""
    start = max((m.end() for m in _CLAUSE_MARKS.finditer(line, 0, at)), default=0)
    m = _CLAUSE_MARKS.search(line, at)
    return start, m.start() if m else len(line)


DETERMINERS = frozenset("the a an this that these those some any no every each our their his her its my your two three "
                        "four five six seven eight nine ten twelve twenty several many few".split())
"""Words before a common noun's place: a name English writes capitalised (Dune, Stiles, Holts) stands after none of
them as a name (:func:`initial_case`)."""
TITLE_WORDS = 2
"""Capitalised words (its first, function words and names aside) a clause holds at least to be read as a heading in
title case (:func:`clause_style`): one (``Mop the \ufffdoor on Fridays``'s *Fridays*) is a name's as often."""


def _same_opening(line: str, other: str) -> bool:
    """``line`` and ``other`` open on the same word: a list's items built alike (``Best dahlias:`` under ``Best
    collection of vegetables:``), whose labels share one style; a heading under a paragraph does not.

    >>> _same_opening("Best \ufffdahlias: Margaret", "Best collection of vegetables: Bill"), _same_opening("A B", "C D")
    (True, False)
    """
    first = re.match(r"\s*([A-Za-z]+)", line)
    return first is not None and re.match(rf"\s*{first.group(1)}\b", other) is not None


def in_first_clause(line: str, at: int) -> bool:
    """Offset ``at`` of ``line`` stands in its first clause (no colon, bracket or dash set apart before it).

    >>> in_first_clause("Best \ufffdahlias: Margaret", 5), in_first_clause("Winner: \ufffdill", 8)
    (True, False)
    """
    return _clause_at(line, at)[0] == 0


def clause_style(line: str, start: int, end: int, first: bool = False) -> str | None:
    """How the clause of ``line`` holding ``line[start:end]`` (a gap's word, left out; ``first``: the line's first
    clause instead) writes its words: ``"upper"`` where every word but its first that is no function word
    (``SMALL_WORDS``) is capitalised (a heading in title case; :data:`TITLE_WORDS` of them at least, names aside), ``"lower"``
    where one is not (sentence case) or the clause opens on a small letter, ``None`` where too few words tell.

    >>> clause_style("A Thank You to Our \ufffdolunteers", 19, 30), clause_style("Best \ufffdahlias: Margaret O'Neill", 5, 12)
    ('upper', None)
    >>> clause_style("Best collection of vegetables: Bill Thornton", 0, 0, first=True)
    'lower'
    """
    from pipeline.segment.slidetext import SMALL_WORDS

    lo, hi = _clause_at(line, 0) if first else _clause_at(line, start)
    text = line[lo:start] + " " + line[end:hi] if not first else line[lo:hi]
    # (letters of any script: Müller is one word; an ordinal's 8th none)
    words = re.findall(r"(?<![\w'’])[^\W\d_][^\W\d_'’]*", text)
    if not first and not line[lo:start].strip():
        words = [""] + words  # the gap's word opens the clause: every other word is past its first
    if words and words[0][:1].islower() and len(words[0]) > 1:
        return "lower"  # a heading opens on a capital (``up to Little \ufffdarrow`` is a sentence's piece; ``a`` a mark)
    # a name's capital (Fridays, Whitby: English writes it so, :func:`capitalised_lean`) tells no clause's style
    # (nor does a short word in small letters, a title's as often: ``plc``, ``pm``)
    told = [w for w in words[1:] if w.lower() not in SMALL_WORDS and len(w) > 1
            and not (w[0].isupper() and (capitalised_lean(w) or 0.0) >= CAPITALISED_MARGIN)
            and not (w[0].islower() and len(w) <= 3)]
    capitals = sum(w[0].isupper() for w in told)
    small = len(told) - capitals
    if not small:
        return "upper" if capitals >= TITLE_WORDS else None
    # a title holds a word in small letters at most as :func:`_title_case` allows (``… Exchange through a Seto …``)
    if small <= MAX_TITLE_LOWER and capitals >= TITLE_WORDS + 1 and capitals / len(told) >= TITLE_CASE_SHARE:
        return "upper"
    return "lower"


WORD_START_KNOWN = 3
"""Letters a word whose first letter is lost must keep for its whole copies elsewhere to count: two are too few to be
specific (``\ufffdnd`` is *and*, *end*, or *find* with its ligature lost; ``\ufffdhe`` is *the* or *she*), and the
commonest such word stands in every English document whatever fills the gap (fresh-user trial 63b: ``It is hard to
\ufffdnd the right name`` had been committed as *and* at 0.9855 on the repetition of *and*). The English word list never
decides a word's first letter either (docs/limits.md)."""


def word_matches(site: Site, scope: ScopeText) -> dict[str, tuple[int, int, int, str, int]]:
    """For a gap inside a Latin word: whole words of the scope that fit the word's known letters.

    The word is matched whatever its case (``Redesign`` in a title stands for ``r\ufffddesign``), and
    the fill takes the case of the gap's own word (:func:`word_case`); a fill that starts the word
    takes the case its own context needs (:func:`initial_case`), not the case of the word it was found in.

    >>> s = ScopeText.build("doc", [Line("Statue of the city", 9), Line("Bus Network Redesign", 10)])
    >>> word_matches(Site("S\ufffd\ufffdtue of", 1, 3), s)
    {'ta': (4, 1, 9, 'Statue', 1)}
    >>> word_matches(Site("the r\ufffddesign of routes", 5, 6), s), word_matches(Site("R\ufffdDESIGN", 1, 2), s)
    ({'e': (7, 1, 10, 'Redesign', 1)}, {'E': (7, 1, 10, 'Redesign', 1)})

    A word whose first letter is lost and that keeps two letters or fewer matches nothing (:data:`WORD_START_KNOWN`):

    >>> word_matches(Site("hard to \ufffdnd it", 8, 9), ScopeText.build("doc", [Line("bread and butter", 1)]))
    {}
    """
    head = re.search(f"[{_WORD_CHARS}]*$", site.left).group(0)
    tail = re.match(f"[{_WORD_CHARS}]*", site.right).group(0)
    if len(head) + len(tail) < 2:
        return {}
    if not head and len(tail) < WORD_START_KNOWN:
        return {}
    # a fill that starts the word is found whatever the case of its first letter
    fill_pattern = f"([{_WORD_CHARS}]{{{site.length}}})" if head else f"((?i:[a-z])[{_WORD_CHARS}]{{{site.length - 1}}})"
    pattern = (
        f"(?<![{_WORD_CHARS}{GAP}])(?i:" + re.escape(head) + ")" + fill_pattern
        + "(?i:" + re.escape(tail) + f")(?![{_WORD_CHARS}{GAP}])"
    )
    known = head + tail
    found: dict[str, tuple[int, int, int, str, int]] = {}
    cases: dict[str, tuple[str, str]] = {}
    for m in re.finditer(pattern, scope.text):
        fill = word_case(m.group(1), known, m.group(0))
        if not head:
            word = m.group(0)
            case, _ = cases.setdefault(word.lower(), initial_case(site, word, scope))
            fill = (fill[0].upper() if case == "upper" else fill[0].lower()) + fill[1:]
        best, hits, line, phrase, _ = found.get(fill, (0, 0, 0, "", 0))
        if not hits:
            line, phrase = scope.line_at(m.start(1))[0], m.group(0)
        found[fill] = (len(head) + len(tail), hits + 1, line, phrase, min(len(head), len(tail)) if head and tail else len(head) + len(tail))
    return found


def word_case(fill: str, known: str, source: str = "") -> str:
    """``fill`` in the case of the word it goes into, whose surviving letters are ``known``: capitals in a word
    in capitals, small letters in a word in small letters, as found in a word of mixed case (``McDonald``).
    ``source``: the word ``fill`` was copied from, where it was. A copy from a word in capitals decides no case
    in a word of mixed case (issue 19 point 4, fresh-user trial 85b: ``Ashcomb\ufffd`` beside a title's
    ``ASHCOMBE``): where the word's letters after its capital are small letters, the fill is a small letter.

    >>> word_case("e", "rdesign"), word_case("e", "RDESIGN"), word_case("D", "Mconald")
    ('e', 'E', 'D')
    >>> word_case("E", "Ashcomb", "ASHCOMBE"), word_case("D", "Mconald", "McDonald"), word_case("E", "ASHCOMB", "ASHCOMBE")
    ('e', 'D', 'E')
    """
    if len(known) >= 2 and known.isupper():
        return fill.upper()
    if known.islower():
        return fill.lower()
    if len(source) >= 2 and source.isupper() and known[1:].islower():
        return fill.lower()
    return fill


def _left_part(site: Site, phrase: str, fill: str) -> int:
    """How many characters of the repeated ``phrase`` (context, fill, context) stand left of the fill.

    >>> _left_part(Site("札幌市の\ufffd\ufffd振興事業", 4, 6), "市の観光振興", "観光")
    2
    >>> _left_part(Site("sukumo (すく\ufffd)", 10, 11), "「すくも」", "も")  # a bracket stands for a bracket
    3
    """
    for a in range(min(len(phrase) - len(fill), len(site.left)), -1, -1):
        rest = phrase[a + len(fill):]
        if phrase[a:a + len(fill)] == fill and _common_suffix(site.left, phrase[:a]) == a \
                and _common_prefix(site.right, rest) == len(rest):
            return a
    return 0


def _whole_line(site: Site, phrase: str, fill: str, left: int) -> bool:
    """The repeated ``phrase`` (``left`` characters, the fill, the rest) covers every character of the gap's line
    beside the gap, spaces at its edges aside: the line stands whole elsewhere with the fill (a heading and its entry
    in the contents, ``第2節　維持管理の担い\ufffd`` beside ``第2節　維持管理の担い手……3``).

    >>> _whole_line(Site("第2節　維持管理の担い\ufffd", 11, 12), "第2節　維持管理の担い手", "手", 11)
    True
    >>> _whole_line(Site("今年度、水利組\ufffdの役員", 7, 8), "水利組合の", "合", 3)
    False
    """
    before = site.text[: site.start].lstrip()
    after = site.text[site.end:].rstrip()
    return bool(before or after) and left >= len(before) and len(phrase) - left - len(fill) >= len(after)


_KATAKANA_RUN = re.compile(f"[{KATAKANA}]{{2}}")
WORD_WINDOW = 8
"""Characters read on each side of a repeated phrase (at the gap and at its repeat) when Sudachi segments it: enough
for the words its edges cut into."""


@functools.lru_cache(maxsize=1 << 14)
def _word_bounds(text: str) -> frozenset[int]:
    """Offsets of ``text`` where Sudachi (mode C) puts a word boundary, its two ends included; none inside a run of
    katakana, whose words Sudachi splits wherever a lost glyph cut them (``ブラン|ディン`` of ``ブランディン\ufffd``,
    ``ランディング`` whole after ``\ufffd``)."""
    data = text.encode("utf-8")[:resources.SUDACHI_MAX_BYTES].decode("utf-8", "ignore")
    ends = [m.end() for m in resources.tokenizer().tokenize(data)]
    return frozenset([0, len(text)] + [e for e in ends if not _KATAKANA_RUN.fullmatch(text[e - 1: e + 1])])


def _aligned(here: tuple[frozenset[int], frozenset[int]], there: tuple[frozenset[int], frozenset[int]], left: int,
             n: int, size: int) -> tuple[int, int]:
    """Context characters (left, right of the fill) of a repeated phrase that stand in the same words at both
    places: ``here`` and ``there`` are the word boundaries of the phrase at the gap and at its repeat (offsets in the
    phrase), each with the offsets whose boundary is unknown (the text stops there at another lost glyph), the fill
    its ``n`` characters after the ``left`` first. Read outwards from the fill, a side's context ends at the last
    boundary both places share before one has a boundary the other does not (another word), and a phrase's edge
    counts only where it is a word's edge at both (else it covers part of a word). An unknown offset agrees with the
    other place and ends a word (the word may go on into the lost glyph as it does at the other place).

    >>> none = frozenset()
    >>> _aligned((frozenset({1, 2, 3, 5, 6}), none), (frozenset({2, 3, 5, 6}), none), 1, 1, 6)  # 貯水|量|は… beside 降水量|は…
    (0, 4)
    >>> _aligned((frozenset({0, 2, 4, 5}), none), (frozenset({0, 2, 4, 5}), none), 3, 1, 5)  # 水利|組合|の at both
    (3, 1)
    >>> _aligned((frozenset({5}), frozenset({5})), (frozenset({0}), frozenset({0})), 2, 1, 5)  # ブランディン|\ufffd, \ufffd|ランディング
    (2, 2)
    """
    (bounds_here, free_here), (bounds_there, free_there) = here, there

    def boundary(p: int) -> bool | None:
        """Whether a word ends at ``p`` at both places (True, False), or only at one (None: another word)."""
        if p in free_here or p in free_there:
            return True
        h, t = p in bounds_here, p in bounds_there
        return h if h == t else None

    a = 0
    for p in range(left, -1, -1):
        edge = boundary(p)
        if edge is None:
            break
        if edge:
            a = left - p
    b = 0
    for q in range(left + n, size + 1):
        edge = boundary(q)
        if edge is None:
            break
        if edge:
            b = q - left - n
    return a, b


def _bounds_at(text: str, at: int, size: int) -> tuple[frozenset[int], frozenset[int]]:
    """The word boundaries (Sudachi's) of ``text[at:at + size]`` read in :data:`WORD_WINDOW` characters of its line
    each side, as offsets in it, and the offsets where that reading stops at a lost glyph (whose boundary is unknown):
    Sudachi never reads a lost glyph, which breaks the word it stands in."""
    lo = max(text.rfind("\n", 0, at) + 1, text.rfind(GAP, 0, at) + 1, at - WORD_WINDOW)
    ends = [i for i in (text.find("\n", at + size), text.find(GAP, at + size)) if i >= 0]
    hi = min(ends + [len(text), at + size + WORD_WINDOW])
    free = frozenset(i - at for i in (lo, hi) if (text[i - 1: i] if i == lo else text[i: i + 1]) == GAP)
    return frozenset(b + lo - at for b in _word_bounds(text[lo:hi])), free


def word_aligned(site: Site, fill: str, phrase: str, left: int, scope: ScopeText) -> tuple[int, int]:
    """How much of a repeat's context (``phrase``: ``left`` characters, ``fill``, the rest, as found in ``scope``)
    repeats whole words of the gap's own context: (characters left, characters right of the fill), the best over the
    places the scope writes the phrase (:func:`_aligned`); a side lost so leaves a one-sided repeat, which counts only
    where the fill's word goes on into the side kept (as :func:`_one_sided`'s letters), else nothing counts.

    Why (issue 19): a repeat's context read as characters may sit across other words than the gap's. ``貯水\ufffdは平年を``
    beside ``降水量は平年を``: ``水量は平年を`` matches five characters around 量, but there 水 and 量 are the tail of
    降水量, here 貯水 is a word of its own; the repeat says only that some word's 量 stands before は平年を, grammar after
    a word's end, which says nothing of which word.
    """
    n, size = len(fill), len(phrase)
    filled = site.text[: site.start] + fill + site.text[site.end:]
    here = _bounds_at(filled, site.start - left, size)
    best = (0, 0)
    pos = scope.text.find(phrase)
    while pos >= 0:
        a, b = _aligned(here, _bounds_at(scope.text, pos, size), left, n, size)
        if a + b > sum(best):
            best = (a, b)
        if best == (left, size - left - n):
            break
        pos = scope.text.find(phrase, pos + 1)
    bounds = here[0] | here[1]
    if best[0] == 0 < left and left + n in bounds or best[1] == 0 < size - left - n and left in bounds:
        return 0, 0
    return best


_WORD_LETTER = re.compile(f"[{KANJI}{KATAKANA}]")
OTHER_LENGTH_CONTEXT = 4
"""Characters around the gap (both sides together, one at least each) that a copy of another length must repeat
before it is cited."""
OTHER_LENGTH_LETTERS = 3
"""Kanji or katakana among those repeated characters: grammar around a copy (``を…する``) names no word."""
OTHER_LENGTH_MORE = 2
"""Letters beyond the gap's own count that a copy may hold (a lost glyph is one character: 地域公共交通 is no fill
of one glyph)."""
OTHER_LENGTH_TRIED = 5
"""Copies (the longest contexts) read for their words at most: each is a reading by Sudachi."""


def other_length_copy(site: Site, scope: ScopeText, lengths: Iterable[int] | None = None) -> tuple[str, str, int] | None:
    """A copy of the gap's context in ``scope`` holding a run of another length than the gap's between the gap's
    neighbours: (phrase, the run, line), the longest context first; repetition proposes no such run (a fill is one
    character a lost glyph), so the verdict says why the word it would make was not used. ``lengths``: the run's
    lengths looked for instead (:meth:`RepetitionIndex.copy_lengths`: the gap's own length among them).

    The copy must repeat :data:`OTHER_LENGTH_CONTEXT` characters or more around the run (one at least each side),
    :data:`OTHER_LENGTH_LETTERS` of them kanji or katakana, in the gap's own words (:func:`word_aligned`: the copy's
    context is not part of other words there), and the run must be Japanese letters, one to the gap's count +
    :data:`OTHER_LENGTH_MORE`.

    >>> s = ScopeText.build("doc", [Line("地域公共交通について説明した。", 3)])
    >>> other_length_copy(Site("住民は地域公共\ufffdについて話した。", 7, 8), s)
    ('地域公共交通について', '交通', 3)
    >>> other_length_copy(Site("設定を\ufffdする。", 3, 4), ScopeText.build("doc", [Line("設定を変更する。", 1)])) is None
    True
    """
    left, right, n = site.left[-MAX_CONTEXT:], site.right[:MAX_CONTEXT], site.length
    if not left or not right or GAP in left[-1] + right[0] or (left[-1] + right[0]).isspace():
        return None
    found: dict[tuple[str, str], tuple[int, int, int]] = {}  # (phrase, run) → (characters matched, left, offset)
    text = scope.text
    lengths = [k for k in range(1, n + OTHER_LENGTH_MORE + 1) if k != n] if lengths is None else list(lengths)
    # (found by the anchor's character, not a regex: a pattern per gap would compile JA_LETTER's class each time)
    p = text.find(left[-1])
    while p >= 0:
        for k in lengths:
            run = text[p + 1: p + 1 + k]
            if len(run) < k or text[p + 1 + k: p + 2 + k] != right[0] or not _LETTERS.fullmatch(run):
                continue
            before = text[max(0, p + 1 - MAX_CONTEXT): p + 1].rsplit("\n", 1)[-1]
            after = text[p + 1 + k: p + 1 + k + MAX_CONTEXT].split("\n", 1)[0]
            a, b = _common_suffix(left, before, False), _common_prefix(right, after, False)
            phrase = before[len(before) - a:] + run + after[:b]
            # (the letters counted before the words are read: Sudachi's reading is the costly part)
            letters = len(_WORD_LETTER.findall(phrase[:a] + phrase[a + k:]))
            if a + b >= OTHER_LENGTH_CONTEXT and letters >= OTHER_LENGTH_LETTERS and (phrase, run) not in found:
                found[(phrase, run)] = (a + b, a, p + 1)
        p = text.find(left[-1], p + 1)
    # the longest first; its context must stand in the gap's own words (word_aligned: `和歌山\ufffd沖` is no
    # `山口県沖`, whose 山 ends another word)
    for (phrase, run), (_, a0, at) in sorted(found.items(), key=lambda kv: (-kv[1][0], kv[1][2]))[:OTHER_LENGTH_TRIED]:
        a, b = word_aligned(site, run, phrase, a0, scope)
        kept = phrase[a0 - a: a0 + len(run) + b]
        letters = len(_WORD_LETTER.findall(kept[:a] + kept[a + len(run):]))
        if a >= 1 and b >= 1 and a + b >= OTHER_LENGTH_CONTEXT and letters >= OTHER_LENGTH_LETTERS:
            return kept, run, scope.line_at(at)[0]
    return None


ONE_WORD_PARTS = ("名詞", "動詞", "形容詞")
"""Sudachi's parts of speech a copy's one word must be (:func:`one_word_copy`): a content word, not grammar."""
ONE_WORD_LETTERS = 3
"""Letters the copy's one word holds at least, the run's with them."""


def one_word_copy(site: Site, scope: ScopeText, k: int) -> tuple[str, str, int] | None:
    """A copy of the gap's word in ``scope``: one word (Sudachi, mode C; a noun, verb or adjective of
    :data:`ONE_WORD_LETTERS` letters or more, a kanji among the letters the gap keeps) standing wholly inside a
    context that repeats the gap's neighbours, with a run of ``k`` Japanese letters where the gap is: (the word as
    the copy writes it, the run, line). What :func:`other_length_copy` reads, for a word too short for its gates
    (four characters of context, three of them kanji or katakana): ``受け\ufffd\ufffdれを`` beside
    ``これまでに受け入れた研修員`` repeats 受け and れ, three characters, one a kanji, but 受け入れ is one word there,
    and a word says where it starts and ends as a context of four letters does (fresh-user trial 68d: the run of two
    U+FFFD was left with no copy to say it is one character). The copy may write the word in another inflection
    (受け入れた, 受け入れる), and a scope's pieces are a talk's paragraphs (or plain text's joined wraps,
    ``restore._context_lines``), so a word a hard wrap split is read whole.

    >>> s = ScopeText.build("doc", [Line("これまでに受け入れた研修員は多い。", 3)])
    >>> one_word_copy(Site("研修員の受け\ufffd\ufffdれを始めた。", 6, 8), s, 1)
    ('受け入れ', '入', 3)
    >>> one_word_copy(Site("市の\ufffd\ufffdを歩く", 2, 4), ScopeText.build("doc", [Line("市の中を歩く", 1)]), 1) is None
    True
    """
    left, right = site.left[-MAX_CONTEXT:], site.right[:MAX_CONTEXT]
    if not left or not right or not _LETTERS.fullmatch(left[-1]) or not _LETTERS.fullmatch(right[0]):
        return None
    from pipeline import sudachi

    text = scope.text
    tried = 0
    p = text.find(left[-1])
    while p >= 0 and tried < OTHER_LENGTH_TRIED:
        run = text[p + 1: p + 1 + k]
        if len(run) == k and text[p + 1 + k: p + 2 + k] == right[0] and _LETTERS.fullmatch(run):
            before = text[max(0, p + 1 - MAX_CONTEXT): p + 1].rsplit("\n", 1)[-1]
            after = text[p + 1 + k: p + 1 + k + MAX_CONTEXT].split("\n", 1)[0]
            a, b = _common_suffix(left, before, False), _common_prefix(right, after, False)
            tried += 1
            # the copy's words over its matched context and what lies beside it on its line
            window = before + run + after
            lo, hi = len(before) - a, len(before) + k + b  # the matched context in the window
            for m in sudachi.tokenizer("C").tokenize(window):
                if m.begin() > len(before) - 1 or m.end() < len(before) + k + 1:
                    continue  # not over both neighbours
                word = m.surface()
                kept = word[:len(before) - m.begin()] + word[len(before) + k - m.begin():]
                if m.begin() >= lo and m.end() <= hi and len(word) >= ONE_WORD_LETTERS \
                        and m.part_of_speech()[0] in ONE_WORD_PARTS and _WORD_LETTER.search(kept):
                    return word, run, scope.line_at(p + 1)[0]
                break
        p = text.find(left[-1], p + 1)
    return None


class RepetitionIndex:
    """The scopes of a document, joined once so that every gap reuses them."""

    def __init__(self, doc: Document, shared: tuple[ScopeText, ...] = ()):
        """``shared`` scopes are already joined (the whole document, built once for all its talks)."""
        self.scopes = [ScopeText.build(name, lines) for name, lines in doc.scopes] + list(shared)

    def other_length(self, site: Site) -> Evidence | None:
        """Why a copy of the gap's context that holds a word of another length proposes nothing, from the nearest
        scope that has one (:func:`other_length_copy`); ``None`` beside English or where no scope has one.

        >>> doc = Document.from_text("港湾施設の整備を進める。\\n港湾施設の\\ufffdを急ぐ。")
        >>> RepetitionIndex(doc).other_length(Site("港湾施設の\\ufffdを急ぐ。", 5, 6, line=2)).detail
        "港湾施設の整備を at line 1 holds 整備 between the gap's neighbours: 2 letters where the gap has 1 lost glyph (one character each), so 整備 is not proposed"
        """
        if not _LETTERS.search(site.left[-1:] + site.right[:1]) or LATIN_RE.search(site.left[-1:] + site.right[:1]):
            return None
        for scope in self.scopes:
            found = other_length_copy(site, scope)
            if found is not None:
                phrase, run, line = found
                where = f"line {line}" if line else f"the {scope.name}"
                lost = f"{site.length} lost glyph{'s' if site.length > 1 else ''}"
                return Evidence("repetition", f"{phrase} at {where} holds {run} between the gap's neighbours: "
                                              f"{len(run)} letter{'s' if len(run) > 1 else ''} where the gap has {lost} "
                                              f"(one character each), so {run} is not proposed")
        return None

    def copy_lengths(self, site: Site, lengths: Iterable[int]) -> dict[int, tuple[str, str, int]]:
        """Length → a copy of the gap's context (phrase, run, line) holding a run of Japanese letters of that length
        between the gap's neighbours, each read from the nearest scope that has one (:func:`other_length_copy`'s
        gates); ``{}`` beside English. How many characters a run of U+FFFD of unknown bytes stands for is read off
        these copies (:func:`pipeline.restore.run_length_evidence`).

        >>> doc = Document.from_text("地域包括支援センターを中心に。\\n支援セン\\ufffd\\ufffdーの機能")
        >>> sorted(RepetitionIndex(doc).copy_lengths(Site("支援セン\\ufffd\\ufffdーの機能", 4, 6, line=2), (1, 2)).items())
        [(1, ('支援センター', 'タ', 1))]
        """
        if not _LETTERS.search(site.left[-1:] + site.right[:1]) or LATIN_RE.search(site.left[-1:] + site.right[:1]):
            return {}
        out: dict[int, tuple[str, str, int]] = {}
        for k in lengths:
            for scope in self.scopes:
                found = other_length_copy(site, scope, (k,)) or one_word_copy(site, scope, k)
                if found is not None:
                    out[k] = found
                    break
        return out

    def propose(self, site: Site) -> list[Proposal]:
        """Fills from the nearest scope that has any, context length and hits as features.

        >>> doc = Document.from_text("S\\ufffd\\ufffdtue of H\\ufffd\\ufffd\\ufffd\\ufffdate\\nStatue of Hakodate")
        >>> [p.fill for p in RepetitionIndex(doc).propose(Site(doc.scopes[0][1][0].text, 11, 15, line=1))]
        ['akod']
        """
        latin = bool(LATIN_RE.search(site.left[-1:] + site.right[:1]))
        japanese = _LETTERS.search(site.left[-1:] + site.right[:1]) is not None
        proposals: list[Proposal] = []
        for depth, scope in enumerate(self.scopes):
            found, sharing = (word_matches(site, scope), {}) if latin else _matches(site, scope)
            for fill, (ctx, hits, line, phrase, both) in sorted(found.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])):
                where = f"line {line}" if line else f"the {scope.name}"
                case = ""
                if latin and not re.search(f"[{_WORD_CHARS}]$", site.left) and fill[:1] != phrase[:1]:
                    case = f"; {'upper' if fill[:1].isupper() else 'lower'} case here ({initial_case(site, phrase, scope)[1]})"
                features = {"rep_context": float(min(ctx, MAX_CONTEXT)), "rep_hits": float(hits),
                            "rep_scope": float(depth), "rep_both": float(both)}
                if not latin:
                    left = _left_part(site, phrase, fill)
                    # only the context that repeats the gap's own words counts (word_aligned), beside Japanese
                    a, b = word_aligned(site, fill, phrase, left, scope) if japanese \
                        else (left, len(phrase) - left - len(fill))
                    if a + b == 0:
                        continue
                    if (a, b) != (left, len(phrase) - left - len(fill)):
                        case = f"; of {phrase} only this stands in the gap's own words"
                        phrase, left = phrase[left - a: left + len(fill) + b], a
                        features["rep_context"] = float(min(a + b, MAX_CONTEXT))
                        both = min(both, a, b)
                        features["rep_both"] = float(both)
                if not latin and both == 0:
                    # found on one side alone (_one_sided, or past the gap's line's edge): the restorer weighs how
                    # specific that side is
                    features["rep_one_sided"] = 1.0
                if not latin:
                    # where the repeated context splits around the fill: scoring weighs how specific it is
                    features["rep_left"] = float(left)
                    if _whole_line(site, phrase, fill, int(features["rep_left"])):
                        # the gap's whole line stands elsewhere around the fill (a heading and its contents entry)
                        features["rep_line"] = 1.0
                if fill in sharing:
                    # how many different fills the document puts in that context: one singles the fill out
                    features["rep_unique"] = 1.0 / sharing[fill]
                proposals.append(Proposal(
                    fill=fill, kind="repetition",
                    detail=f"{phrase} at {where} ({scope.name}; {hits} occurrence{'s' if hits > 1 else ''}){case}",
                    features=features,
                ))
            if proposals:
                break
        return proposals

