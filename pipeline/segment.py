"""Segment: cleaned lines → talks, each a Japanese paper and English slides.

(Skeleton: one talk per city line; paper/slides split by script; no sections yet.)
"""

from __future__ import annotations

import re

from .model import Bilingual, Cleaned, Section, Segmented, Slide, Speaker, Talk, Text

_CITY = re.compile(r"^[\ufffd\s]*(\S+市)\s*$")
_LATIN = re.compile(r"[A-Za-z]")
_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def is_english(text: str) -> bool:
    return len(_LATIN.findall(text)) > len(_KANA_KANJI.findall(text))


def segment(doc: Cleaned) -> Segmented:
    starts = [i for i, t in enumerate(doc.lines) if _CITY.match(t.text)]
    talks = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc.lines)
        lines = doc.lines[start:end]
        city = _CITY.match(lines[0].text)
        paper = [t for t in lines[1:] if not is_english(t.text)]
        english = [t for t in lines[1:] if is_english(t.text)]
        talks.append(
            Talk(
                id=f"talk-{n + 1}",
                first_line=lines[0].first_pos()[0],
                last_line=(starts[n + 1] and doc.lines[end - 1].first_pos()[0]) if n + 1 < len(starts) else doc.line_count,
                city=Bilingual(ja=Text.inserted(city.group(1)) if city else None, en=None),
                title=Bilingual(ja=paper[0] if paper else None, en=english[0] if english else None),
                subtitle=Bilingual(ja=None, en=None),
                speaker=Speaker(text=paper[1] if len(paper) > 1 else None, affiliation=None, name=None),
                sections=(Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(paper[2:])),),
                slides=(Slide(number=None, title=None, lines=tuple(english[1:])),),
            )
        )
    return Segmented(source=doc.source, talks=tuple(talks), ledger=doc.ledger, markers=doc.markers,
                     unassigned=tuple(doc.lines[: starts[0]] if starts else doc.lines))
