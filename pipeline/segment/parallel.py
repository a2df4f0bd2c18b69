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

- interleaved: the two stand next to each other with the same number at the same level;
- halves: the sections from a restart of the numbering on carry exactly the numbers of the sections before it, in
  the same order (two or more), every one of each run in its run's one language where its letters tell, and no
  appendix's heading (``付録``, ``Appendix A``: :func:`pipeline.segment.labels.is_appendix_heading`) stands at the
  restart.

A numbering that restarts in the same language (an appendix's ``1.``, ``2.``), a restart with other numbers, or two
sections of one number in one language are no pair.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.chardata import writing_of
from pipeline.model import Section
from pipeline.segment.labels import is_appendix_heading


def _writing(section: Section) -> str | None:
    """The language of a section by its title and its first paragraph (what the heading heads; later paragraphs
    may hold what follows the section, a second half's title block)."""
    text = " ".join([section.title.text, *(p.text for p in section.paragraphs[:1])])
    return writing_of(text)


def _one_language(sections: list[Section], langs: dict[int, str | None], ids: list[int]) -> str | None:
    """The one language of the sections ``ids`` where their letters tell (half of them at least), else None."""
    told = {langs[i] for i in ids if langs[i] is not None}
    if len(told) != 1 or 2 * sum(1 for i in ids if langs[i] is not None) < len(ids):
        return None
    return told.pop()


def parallel_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """``sections`` with ``parallel`` set on each section that gives an earlier one again in another language.

    >>> from pipeline.model import Text
    >>> def s(n, title, para):
    ...     return Section(n, 1, Text.inserted(title), (Text.inserted(para),))
    >>> ja = [s("1", "はじめに", "両市は2007年に協議書を締結した。"), s("2", "推移", "観光客は約48万人であった。")]
    >>> ko = [s("1", "들어가며", "양 도시는 2007년에 협의서를 체결하였다."), s("2", "추이", "관광객은 약 48만 명이었다.")]
    >>> [x.parallel for x in parallel_sections((ja[0], ko[0], ja[1], ko[1]))]
    [None, 0, None, 2]
    >>> [x.parallel for x in parallel_sections((*ja, *ko))], [x.parallel for x in parallel_sections((*ja, *ja))]
    ([None, None, 0, 1], [None, None, None, None])
    """
    langs = {i: _writing(s) for i, s in enumerate(sections)}
    twin: dict[int, int] = {}
    # interleaved: the same number at the same level right after it, in another language
    for i in range(1, len(sections)):
        a, b = sections[i - 1], sections[i]
        if (b.number is not None and b.number == a.number and b.level == a.level and (i - 1) not in twin
                and langs[i] is not None and langs[i - 1] is not None and langs[i] != langs[i - 1]):
            twin[i] = i - 1
    if not twin:
        twin = _halves(sections, langs)
    if not twin:
        return sections
    return tuple(replace(s, parallel=twin[i]) if i in twin else s for i, s in enumerate(sections))


def _halves(sections: tuple[Section, ...], langs: dict[int, str | None]) -> dict[int, int]:
    """Each section of a second half to its twin in the first: the numbered sections from the first restart of the
    numbering (the first section's number again) on carry the numbers before it, in order, in another language."""
    numbered = [i for i, s in enumerate(sections) if s.number is not None]
    if len(numbered) < 4:
        return {}
    first = sections[numbered[0]]
    restart = next((k for k in range(1, len(numbered)) if sections[numbered[k]].number == first.number
                    and sections[numbered[k]].level == first.level), None)
    if restart is None:
        return {}
    head, tail = numbered[:restart], numbered[restart:]
    # an appendix's heading before the restart numbers the appendix's own parts, whatever their language
    if any(is_appendix_heading((s.heading or s.title).text.strip()) for s in sections[head[-1] + 1:tail[0] + 1]):
        return {}
    if len(head) < 2 or [(sections[i].number, sections[i].level) for i in head] != \
            [(sections[i].number, sections[i].level) for i in tail]:
        return {}
    a, b = _one_language(list(sections), langs, head), _one_language(list(sections), langs, tail)
    if a is None or b is None or a == b:
        return {}
    return dict(zip(tail, head))
