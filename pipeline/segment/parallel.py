"""Headings given once per language: a bilingual paper's sections that give another section again in another
language (docs/segment.md, *Headings given once per language*; issue 16, trial 52's ``korean_ja``).

A Korean–Japanese, Japanese–English or Chinese–Japanese paper prints each numbered heading twice, ``1．はじめに``
with its Japanese text, then ``1. 들어가며`` with its Korean text (interleaved), or the whole paper in one language
and then again in the other (halves). Each heading stays a section of its own, with its own language's text, in
document order (merging them would reorder the text of halves and part a heading from the text under it); the
second of a pair names the first by its index (``Section.parallel``), so that the numbering read without the
sections that name a twin is the document's one numbering, and both languages' headings and text are kept.

Evidence, never the number alone: the two are in two languages by their letters (:func:`pipeline.chardata.writing_of`
on the heading's title and the section's first paragraph: Hangul, Latin letters, Japanese's kana, Chinese's
characters without kana), and

- the sections stand in two runs, one right after the other, each in its one language where its letters tell (a
  section whose letters do not tell goes with the run it stands in), and the numbered sections of the second carry
  exactly the numbers and levels of the first's, in the same order: one section each (interleaved: ``1. 背景`` then
  ``1. 배경``, side by side), a section with its subsections (``1``, ``1.1`` then ``1``, ``1.1``), or the whole paper
  (halves), no pair's two titles the same words (a heading printed again, ``4 操作`` atop each page, translates
  nothing), with no appendix's heading (``付録``, ``Appendix A``:
  :func:`pipeline.segment.labels.is_appendix_heading`) at the second's start. A run that gives another again is no
  original of the run after it (``A B A B`` pairs as ``(A B) (A B)``). Where two such pairs stand interleaved, a
  neighbour of the same number and level, in another language or one its letters do not tell, its title other
  words, is its pair's twin too (a bilingual manual's ``§ 4 Usage`` / ``§ 4 使用方法`` over a command's name).

Unnumbered, two neighbours in two languages that are both the paper's abstract by their names (``요약`` / its Korean
text / ``要旨`` / its Japanese text) or both its references' heading are a pair as well (trial 54c): the conventional
name is the evidence a number gives elsewhere; one name printed twice (`参考文献` over English references, `参考文献` again over Chinese ones) translates
nothing and is no pair.

A numbering that restarts in the same language (an appendix's ``1.``, ``2.``), a restart with other numbers, or two
sections of one number in one language are no pair.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.chardata import HANGUL_RE, KANA_RE, script_counts, writing_of
from pipeline.model import Section
from pipeline.segment.labels import is_appendix_heading, is_references_heading


def _writing(section: Section) -> str | None:
    """The language of a section: its title's where the title's letters tell (Hangul ``ko``, kana ``ja``, Latin
    letters alone ``en``), else its title with its first paragraph's (:func:`pipeline.chardata.writing_of`: a title of
    Chinese characters alone, ``引言``, ``方法``, is Chinese or Japanese by the prose under it; later paragraphs may
    hold what follows the section, a second half's title block)."""
    title = section.title.text
    ko, kana = len(HANGUL_RE.findall(title)), len(KANA_RE.findall(title))
    ja, latin = script_counts(title)
    if ko > ja + latin:
        return "ko"
    if kana and ko == 0 and kana + ja >= latin:
        return "ja"
    if latin and ja == 0 and ko == 0:
        return "en"
    return writing_of(" ".join([title, *(p.text for p in section.paragraphs[:1])]))


def parallel_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """``sections`` with ``parallel`` set on each section that gives an earlier one again in another language.

    >>> from pipeline.model import Text
    >>> def s(n, title, para):
    ...     return Section(n, 1 + n.count("."), Text.inserted(title), (Text.inserted(para),))
    >>> ja = [s("1", "はじめに", "両市は2007年に協議書を締結した。"), s("2", "推移", "観光客は約48万人であった。")]
    >>> ko = [s("1", "들어가며", "양 도시는 2007년에 협의서를 체결하였다."), s("2", "추이", "관광객은 약 48만 명이었다.")]
    >>> [x.parallel for x in parallel_sections((ja[0], ko[0], ja[1], ko[1]))]
    [None, 0, None, 2]
    >>> [x.parallel for x in parallel_sections((*ja, *ko))], [x.parallel for x in parallel_sections((*ja, *ja))]
    ([None, None, 0, 1], [None, None, None, None])
    >>> ja_sub, ko_sub = s("1.1", "目的", "目的は交流を増やすことである。"), s("1.1", "목적", "목적은 교류를 늘리는 것이다.")
    >>> [x.parallel for x in parallel_sections((ja[0], ja_sub, ko[0], ko_sub, ja[1], ko[1]))]
    [None, None, 0, 1, None, 4]
    """
    langs = [_writing(s) for s in sections]
    twin: dict[int, int] = {}
    blocks = _blocks(sections, langs)
    k = 0
    while k + 1 < len(blocks):
        (a, a_lang), (b, b_lang) = blocks[k], blocks[k + 1]
        numbered_a = [i for i in a if sections[i].number is not None]
        numbered_b = [i for i in b if sections[i].number is not None]
        if (a_lang is not None and b_lang is not None and a_lang != b_lang and numbered_a and [(sections[i].number, sections[i].level) for i in numbered_a]
                == [(sections[i].number, sections[i].level) for i in numbered_b]
                and not any(_same_words(sections[i], sections[j]) for i, j in zip(numbered_a, numbered_b))
                and not any(is_appendix_heading((sections[i].heading or sections[i].title).text.strip())
                            for i in range(numbered_a[-1] + 1, numbered_b[0] + 1))):
            twin.update(zip(numbered_b, numbered_a))
            k += 2  # a block that gives another again is no original of the next
        else:
            k += 1
    if len(twin) >= 2:
        # the pairs stand interleaved: a neighbour of the same number whose letters do not tell is its pair's twin
        for i in range(1, len(sections)):
            a, b = sections[i - 1], sections[i]
            if (b.number is not None and (b.number, b.level) == (a.number, a.level) and not {i - 1, i} & used(twin)
                    and not _same_words(a, b) and (langs[i] is None or langs[i - 1] is None or langs[i] != langs[i - 1])):
                twin[i] = i - 1
    # an unnumbered heading given again in another language under the same conventional name (``요약`` then
    # ``要旨``, ``Abstract`` then ``要旨``, ``참고문헌`` then ``参考文献``): the abstract or the references once per language
    for i in range(1, len(sections)):
        a, b = sections[i - 1], sections[i]
        if (a.number is None and b.number is None and not {i - 1, i} & used(twin) and langs[i] is not None
                and langs[i - 1] is not None and langs[i] != langs[i - 1] and _same_name(a, b)
                and not _same_words(a, b)):
            twin[i] = i - 1
    if not twin:
        return sections
    return tuple(replace(s, parallel=twin[i]) if i in twin else s for i, s in enumerate(sections))


def used(twin: dict[int, int]) -> set[int]:
    """The sections a pair holds already, as the twin or as the section it gives again."""
    return set(twin) | set(twin.values())


def _same_name(a: Section, b: Section) -> bool:
    """Both titles are the name of a paper's abstract, or both the heading of its references, whatever their languages
    (``요약`` and ``要旨``; ``References`` and ``参考文献``): one part of the paper named in two languages (trial 54c)."""
    from pipeline.segment.talks import is_abstract_heading  # talks reads sections: imported here, not above

    x, y = a.title.text.strip(), b.title.text.strip()
    return (is_abstract_heading(x) and is_abstract_heading(y)) or (is_references_heading(x) and is_references_heading(y))


def _same_words(a: Section, b: Section) -> bool:
    """The two titles are one string (spaces and case aside): a heading printed again (a running head read as a
    heading, ``4 操作`` at each page's top), never a translation, which changes the words."""
    def key(t: str) -> str:
        return "".join(t.split()).casefold()
    return key(a.title.text) == key(b.title.text)


def _blocks(sections: tuple[Section, ...], langs: list[str | None]) -> list[tuple[list[int], str | None]]:
    """The runs of sections in one language, each with its language: a section whose letters do not tell goes with
    the run it stands in, unless it repeats the number of the section before it (one run never numbers two sections
    alike: it opens a run of its own, ``Usage`` after ``3 読み込み``); a run none of whose sections tells has no
    language and pairs with none."""
    blocks: list[tuple[list[int], str | None]] = []
    for i, lang in enumerate(langs):
        repeats = i > 0 and sections[i].number is not None and \
            (sections[i].number, sections[i].level) == (sections[i - 1].number, sections[i - 1].level)
        if blocks and not repeats and (lang is None or lang == blocks[-1][1] or blocks[-1][1] is None):
            ids, have = blocks[-1]
            blocks[-1] = (ids + [i], have or lang)
        else:
            blocks.append(([i], lang))
    return blocks
