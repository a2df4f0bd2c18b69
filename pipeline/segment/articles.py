"""A legal or regulatory text's own structure: its articles, their divisions and its supplementary provisions.

Japanese laws and the rules modelled on them (条例, 規則, 要綱, 規程, 法律, 会則, 規約) number their provisions in one
convention: divisions ``第1章`` (編, 章, 節, 款, 目), under them articles ``第1条`` running on through the whole text
(``第5条の2`` inserted between 5 and 6), each article often under a caption in brackets on the line above it
(``（目的）`` / ``第1条　この条例は、…``) or run in after its number (``第1条（名称）この会は、…``), its paragraphs after
the first numbered ``２``, ``３`` (a full-width digit and an ideographic space) and its items ``一``, ``二`` or
``（1）``, ``（2）``; then ``附則`` (the supplementary provisions: commencement, transition), whose paragraphs are
numbered ``1``, ``2`` and which may hold articles of its own from ``第1条`` again. English bylaws and codes print
``Article 1`` / ``Article I``, ``Section 2``, ``§ 3`` the same way.

:func:`read_law` reads that structure where the text shows it: two articles or more opening their lines, numbered in
step (each the next, or at most :data:`MAX_ARTICLE_STEP` on, a branch ``の2`` after its article; ``第1条`` again after
``附則``). Then the articles are the sections (the number the document prints; the caption, where there is one, the
title), the divisions above them sections one level up, ``附則`` a section of its own, and a paragraph's number or an
item's mark opens a paragraph of the article's text, never a section: ``２　前項の規定により…`` had been read as
section 2 titled with half its sentence (the fresh user's trial of session 52). A numbered paragraph in ordinary
prose is never read so: without two articles in step there is no law (decision, issue 16 point 2; docs/segment.md,
*A law's articles*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from pipeline.model import Section, Text
from pipeline.chardata import TO_ASCII_DIGITS
from pipeline.numbering import kanji_number, solve
from pipeline.pagenumbers import roman_value

MIN_ARTICLES = 2
"""Articles in step a text must show to be read as a law: one ``第1条`` line may be a sentence's wrap or a quotation."""
MAX_ARTICLE_STEP = 3
"""How far an article's number may run on from the one before (an excerpt leaving out an article, or one lost to
extraction); a number further on, or back, is no article of the run (a line that quotes one: ``第12条　…`` in a
commentary between 2 and 3)."""
MAX_CAPTION = 24
"""Characters a caption in brackets (``（所有者等の責務）``) holds at most: a name, never a sentence."""
MAX_DIVISION_TITLE = 40
"""Characters a division's title (``第2章　空き家等の適正管理``) holds at most."""

_N = r"[0-9０-９]{1,3}|[〇一二三四五六七八九十百]{1,6}"
_SP = r"[ \u3000]"
_GAP = r"[ \u3000\t]"
"""What parts an article's or a division's label from its text: a space, or a TAB where a word processor's export
set the label in its own column (``第1条\tこの規則は…``: helper sect83, a 就業規則 with TABs had read as no law)."""
ARTICLE = re.compile(rf"^{_SP}*第{_SP}?(?P<n>{_N}){_SP}?条(?P<branch>(?:の(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}))*)"
                     rf"(?P<caption>[（(][^（）()。]{{1,{MAX_CAPTION}}}[）)])?(?:{_GAP}+|$|(?<=[）)]))")
"""An article's label opening its line: ``第1条　``, ``第１２条``, ``第十二条``, ``第5条の2``, ``第1条（名称）``; never
``第3条の規定により`` (a sentence naming an article: a particle follows the label, no space, bracket or line end)."""
ARTICLE_EN = re.compile(r"^\s*(?:Article|ARTICLE|Art\.)\s+(?P<n>[0-9]{1,3}|[IVXL]{1,6})\b\.?(?:\s*[-–—:.]\s*|\s+|$)")
"""An English article's label: ``Article 1``, ``Article IV –``, ``ARTICLE 2.``."""
SECTION_EN = re.compile(r"^\s*(?:Section|SECTION|Sec\.|§)\s*(?P<n>[0-9]{1,3})(?:\.(?P<sub>[0-9]{1,2}))?\.?"
                        r"(?:\s*[-–—:.]\s*|\s+|$)")
"""An English bylaw's section under its article: ``Section 2.``, ``Sec. 3``, ``§ 4``."""
DIVISION = re.compile(rf"^{_SP}*第{_SP}?(?P<n>{_N}){_SP}?(?P<kind>[編章節款目])(?:{_GAP}+(?P<title>\S.*?))?{_SP}*$")
"""A division's heading: ``第1章　総則``, ``第2節　手続``."""
DIVISION_KINDS = "編章節款目"
"""The divisions of a Japanese law, outermost first."""
_CONTENTS_ENTRY = re.compile(r"[（(]第[0-9０-９〇一二三四五六七八九十百]+条.*[）)]$")
"""A table of contents' entry: a division with the articles it spans (``第1章　総則（第1条―第5条）``)."""
SUPPLEMENTARY = re.compile(rf"^{_SP}*(?P<a>[附付]){_SP}*(?P<b>則)(?:{_SP}*[（(][^（）()]{{0,40}}[）)])?{_SP}*$")
"""The supplementary provisions' heading: ``附則``, ``附　則``, ``付則``, ``附則（令和6年3月15日条例第8号）``, ``附　則（抄）``."""
SUPPLEMENTARY_EN = re.compile(r"^\s*(?:Supplementary Provisions?|SUPPLEMENTARY PROVISIONS?)\s*$")
APPENDIX = re.compile(rf"^{_SP}*(?:別表|別記|様式)(?:{_SP}?第?{_SP}?(?:{_N})号?)?(?:{_SP}*[（(][^（）()]{{0,30}}[）)])?{_SP}*$")
"""A schedule or form after the provisions: ``別表``, ``別表第1（第3条関係）``, ``様式第2号``."""
CAPTION = re.compile(rf"^{_SP}*[（(](?P<t>[^（）()。]{{1,{MAX_CAPTION}}})[）)]{_SP}*$")
"""A caption alone on its line, in brackets: ``（目的）``, ``（所有者等の責務）``."""
PARAGRAPH_NUMBER = re.compile(rf"^{_SP}*(?P<n>[0-9０-９]{{1,2}}){_SP}+(?=\S)")
"""A paragraph's number opening its line, a space after it: ``２　前項の…``, ``1　この条例は…``."""
_KANA_ITEM = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
ITEM = re.compile(rf"^{_SP}*(?:[一二三四五六七八九十]{{1,3}}{_SP}+(?=\S)"
                  rf"|[（(](?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}|[{_KANA_ITEM}])[）)]"
                  rf"|[{_KANA_ITEM}]{_SP}+(?=\S)|[a-z]\){_SP}*(?=\S)|\([a-z0-9]{{1,2}}\){_SP}*(?=\S))")
"""An item's mark within an article: ``一　``, ``（1）``, ``（一）``, ``ア　``, ``（ア）``, English ``(a)``, ``a)``."""

def number_value(text: str) -> int | None:
    """An article's or division's number as printed: digits of either width, a kanji numeral up to 999 (``百二十``:
    :func:`~pipeline.numbering.kanji_number` below a hundred), or (English) a roman numeral in capitals
    (:func:`~pipeline.pagenumbers.roman_value`).

    >>> [number_value(s) for s in ("12", "１２", "十二", "百五", "二百十", "IV", "x")]
    [12, 12, 12, 105, 210, 4, None]
    """
    digits = text.translate(TO_ASCII_DIGITS)
    if digits.isdigit():
        return int(digits)
    if text.isupper() and (roman := roman_value(text)) is not None:
        return roman
    hundreds, hundred, rest = text.partition("百")
    if not hundred:
        return kanji_number(text)
    times = kanji_number(hundreds) if hundreds else 1
    below = kanji_number(rest) if rest else 0
    return None if times is None or below is None or times > 9 else times * 100 + below


@dataclass(frozen=True)
class Provision:
    """A heading of a law: ``kind`` ``division``, ``article``, ``supplementary`` or ``appendix``; ``number`` as the
    talk JSON writes it (``5``, a branch article ``5.2``, a division its path ``2.1``) or None; ``label_end`` where
    the line's label (with a caption run in) ends and the article's text begins; ``title``: the span of its title on
    its line (a division's, a caption run in) or None; ``caption``: the index of its caption's line above it."""
    kind: str
    number: str | None
    level: int
    label_end: int
    title: tuple[int, int] | None = None
    caption: int | None = None


@dataclass(frozen=True)
class Law:
    """A law read from its lines: ``start`` its first heading's line (its caption's, where it has one);
    ``provisions`` the headings by line; ``captions`` the caption lines (each the title of the article under it, or a
    line of its own in ``附則``); ``opens`` the lines that open a paragraph of their own and head nothing: an
    article's line (its heading is its label, its text the paragraph), a paragraph's number, an item's mark."""
    start: int
    provisions: dict[int, Provision]
    captions: frozenset[int]
    opens: frozenset[int]


def _article(text: str) -> tuple[int, tuple[int, ...], re.Match] | None:
    """An article's number, its branch numbers and its label's match (Japanese or English)."""
    m = ARTICLE.match(text)
    if m is not None:
        n = number_value(m.group("n"))
        branch = tuple(number_value(b) or 0
                       for b in re.findall(r"の([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})", m.group("branch")))
        return (n, branch, m) if n is not None else None
    m = ARTICLE_EN.match(text)
    if m is not None and (n := number_value(m.group("n"))) is not None:
        return n, (), m
    return None


def _in_step(before: tuple[int, tuple[int, ...]] | None, now: tuple[int, tuple[int, ...]]) -> bool:
    if before is None:
        return True
    (n0, b0), (n1, b1) = before, now
    if n1 == n0:
        return bool(b1) and b1 > b0  # ``第5条の2`` after ``第5条`` (or ``の1``)
    return 0 < n1 - n0 <= MAX_ARTICLE_STEP and not b1 or (n1 - n0 == 1 and bool(b1))


def _english_title(text: str) -> bool:
    """An English article's or section's line holds a heading's title or the provision's text, never a sentence that
    names it (``Article 3 of the Convention says…``: lower case after the number)."""
    return not text or text[:1].isupper() or text[:1] in "(\"“"


def is_article_line(text: str) -> bool:
    """A line opening on an article's label (``第1条　…``, ``第1条（名称）…``, ``Article IV – Officers``), never on a
    sentence naming one (``第3条の規定により…``, ``Article 5 of the Convention…``): a law's heading, never a title.

    >>> [is_article_line(s) for s in ("第1条（名称）この会は…", "Article I – Name", "Article 5 of the Convention", "第3条の規定")]
    [True, True, False, False]
    """
    if ARTICLE.match(text):
        return True
    m = ARTICLE_EN.match(text)
    return m is not None and _english_title(text[m.end():].lstrip())


def read_law(texts: Sequence[str]) -> Law | None:
    """The law in ``texts`` (lines or paragraphs, in order), or None where they show no two articles in step.

    >>> law = read_law(["○○町条例", "　（目的）", "第1条　この条例は、…目的とする。", "第2条　町長は、…定める。",
    ...                 "２　前項の規定により…", "　　　附　則", "この条例は、公布の日から施行する。"])
    >>> law.start, sorted((i, p.kind, p.number, p.level) for i, p in law.provisions.items())
    (1, [(2, 'article', '1', 1), (3, 'article', '2', 1), (5, 'supplementary', None, 1)])
    >>> sorted(law.captions), sorted(law.opens)
    ([1], [2, 3, 4])
    >>> read_law(["1　はじめに", "本文。", "2　方法", "第3条の規定により、…"]) is None
    True
    """
    # the articles in step, each after the one before (``第1条`` again after ``附則``)
    articles: dict[int, tuple[int, tuple[int, ...], re.Match]] = {}
    before = None
    english = False
    for i, text in enumerate(texts):
        if SUPPLEMENTARY.match(text) or SUPPLEMENTARY_EN.match(text):
            if articles:
                before = None
            continue
        a = _article(text)
        if a is None:
            continue
        is_en = a[2].re is ARTICLE_EN
        if is_en and not _english_title(text[a[2].end():].lstrip()):
            continue
        if articles and is_en != english:
            continue
        if _in_step(before, a[:2]):
            if not articles:
                english = is_en
            articles[i] = a
            before = a[:2]
    if len(articles) < MIN_ARTICLES:
        return None
    first = min(articles)
    # the law opens at its first article, or at the caption and divisions right over it (``第1章　総則`` /
    # ``（目的）`` / ``第1条``); a contents' entries above (``第1章　総則（第1条―第5条）``) stay before it
    start = first
    while start > 0 and (_division(texts[start - 1]) is not None
                         or (start == first and CAPTION.match(texts[start - 1]))):
        start -= 1
    kinds = sorted({d.group("kind") for i in range(start, len(texts)) if (d := _division(texts[i])) is not None},
                   key=DIVISION_KINDS.index)
    provisions: dict[int, Provision] = {}
    captions: set[int] = set()
    opens: set[int] = set()
    path: dict[str, int] = {}
    supplementary = False
    depth = 0  # the level of the division the next article stands in (a chapter without sections: the chapter's)
    last_paragraph = 1  # the article's first paragraph prints no number; ``附則``'s may print ``1``
    sections_en = english
    for i in range(start, len(texts)):
        text = texts[i]
        if (d := _division(text)) is not None and not supplementary:
            kind = d.group("kind")
            path[kind] = number_value(d.group("n")) or 0
            for lower in DIVISION_KINDS[DIVISION_KINDS.index(kind) + 1:]:
                path.pop(lower, None)
            rank = DIVISION_KINDS.index(kind)
            number = ".".join(str(path[k]) for k in kinds if k in path and DIVISION_KINDS.index(k) <= rank)
            title = (d.start("title"), d.end("title")) if d.group("title") else None
            depth = kinds.index(kind) + 1
            provisions[i] = Provision("division", number, depth, d.end(), title)
            continue
        if SUPPLEMENTARY.match(text) or SUPPLEMENTARY_EN.match(text):
            supplementary = True
            provisions[i] = Provision("supplementary", None, 1, len(text))
            last_paragraph = 0
            continue
        if i in articles:
            n, branch, m = articles[i]
            caption = i - 1 if i - 1 >= start and CAPTION.match(texts[i - 1]) and i - 1 not in provisions else None
            if caption is not None:
                captions.add(caption)
            title = (m.start("caption") + 1, m.end("caption") - 1) if m.re is ARTICLE and m.group("caption") else None
            level = 2 if supplementary else depth + 1
            number = ".".join(str(v) for v in (n,) + branch)
            provisions[i] = Provision("article", number, level, m.end(), title, caption)
            opens.add(i)
            last_paragraph = 1
            continue
        if APPENDIX.match(text) and len(text.strip()) <= MAX_DIVISION_TITLE:
            provisions[i] = Provision("appendix", None, 1, len(text))
            continue
        if CAPTION.match(text) and i + 1 < len(texts) and not ARTICLE.match(texts[i + 1]):
            captions.add(i)  # a caption over a paragraph of ``附則`` (``（施行期日）`` / ``1　この条例は…``): a line of its own
            continue
        if (p := PARAGRAPH_NUMBER.match(text)) is not None and (n := number_value(p.group("n"))) == last_paragraph + 1:
            opens.add(i)
            last_paragraph = n
            continue
        if ITEM.match(text):
            opens.add(i)
            continue
        if sections_en and (s := SECTION_EN.match(text)) is not None and _english_title(text[s.end():].lstrip()):
            opens.add(i)  # an English article's ``Section 2. …``: a paragraph of its text, no section of its own
    return Law(start, provisions, frozenset(captions), frozenset(opens))


def law_of(texts: Sequence[str]) -> Law | None:
    """The law :func:`read_law` reads in ``texts``, where no heading the solver reads stands before it but a
    division's (a contents' ``第1章　総則（第1条―第5条）``): a report that numbers its own sections and quotes two
    articles under one (``2．改正の内容`` / ``第3条　…`` / ``第4条　…``) is no law, its articles its text.

    >>> law_of(["1．改正の趣旨", "見直す。", "2．改正の内容", "第3条　…とする。", "第4条　…とする。"]) is None
    True
    >>> law_of(["○○条例", "令和6年3月15日", "第1条　…とする。", "第2条　…とする。"]).start
    2
    """
    law = read_law(texts)
    if law is None or any(not DIVISION.match(texts[h.index]) for h in solve(list(texts[:law.start]))):
        return None
    return law


def _division(text: str) -> re.Match | None:
    """A division's heading (``第1章　総則``), never a contents' entry, nor a line whose title is a sentence."""
    d = DIVISION.match(text)
    if d is None or _CONTENTS_ENTRY.search(text):
        return None
    title = d.group("title") or ""
    if len(title) > MAX_DIVISION_TITLE or "。" in title:
        return None
    return d


MAX_TITLE_WORDS_EN = 8
"""Words an English article's title on its label's line has at most (``Article IV – Officers``); a longer rest is the
article's text."""


def law_sections(lines: Sequence[Text], law: Law) -> tuple[tuple[Text, ...], tuple[Section, ...]]:
    """The front (the lines before the law's first heading: its title's date, its number, a contents) and the
    sections of the law :func:`read_law` read in ``lines``: a division titled by its name, an article numbered as the
    document numbers it and titled by its caption (no title where it prints none: its heading keeps the label and
    the caption's line, ``（目的） 第1条``), its text after the label its first paragraph, each numbered paragraph and
    item a paragraph of it; ``附則`` a section titled ``附則`` (the spaces that spread it taken out of the title, kept
    in its heading); a schedule (``別表第1``) a section titled by its line."""
    starts = sorted(law.provisions)
    attached = {p.caption for p in law.provisions.values() if p.caption is not None}
    sections: list[Section] = []
    for k, at in enumerate(starts):
        p = law.provisions[at]
        line = lines[at]
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        body = [lines[i] for i in range(at + 1, end) if i not in attached]
        # an ideographic space after a label stays in the heading: it is text, and no paragraph opens on one
        heading = line.strip(" \t")
        if p.kind == "article":
            head = line[:p.label_end].strip(" \t")
            rest = line[p.label_end:].strip()
            title = Text.empty()
            if p.title is not None:
                title = line[p.title[0]:p.title[1]].strip()
            elif p.caption is not None:
                c = lines[p.caption]
                m = CAPTION.match(c.text)
                title = c[m.start("t"):m.end("t")].strip()
                head = Text.join([c.strip(" \t"), head], sep=Text.inserted(" "))
            elif ARTICLE_EN.match(line.text) and rest.text and len(rest.text.split()) <= MAX_TITLE_WORDS_EN \
                    and not rest.text.rstrip().endswith((".", ";", ",")) and _english_title(rest.text):
                title, rest, head = rest, Text.empty(), heading
            body = ([rest] if rest.text else []) + body
            heading = head
        elif p.kind == "division":
            title = line[p.title[0]:p.title[1]].strip() if p.title is not None else Text.empty()
        elif p.kind == "supplementary" and (m := SUPPLEMENTARY.match(line.text)) is not None:
            title = line[m.start("a"):m.end("a")] + line[m.start("b"):m.end("b")]
        else:
            title = heading
        sections.append(Section(number=p.number, level=p.level, title=title, paragraphs=tuple(body), heading=heading))
    return tuple(lines[:law.start]), tuple(sections)
