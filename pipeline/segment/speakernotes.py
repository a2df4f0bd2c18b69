"""A deck's speaker notes: the lines under a slide that a presenter's notes label opens (trial 26).

A slide exported with its notes, or a deck dump written for rehearsal, sets the presenter's notes under the slide's
own lines, after a label: ``Notes:``, ``Speaker notes:``, ``Presenter notes:``, ``発表者ノート：``,
``スピーカーノート：``. What follows the label, to the slide's end or the next such label, is one note: never a line
of the slide (it says what the speaker will say, not what the slide shows), its hard wraps joined (a space between
English lines, none between two Japanese letters). The label stays
in the note's text, so nothing is dropped.

``Note:`` alone is no such label: a slide shows its own notes (``Note: prices exclude VAT``); nor is ``ノート：``,
Japanese for it (texlive-ja's manual writes its notes so).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.chardata import is_japanese
from pipeline.model import Slide, Text

NOTES_LABEL = re.compile(r"^\s*(?:(?:speaker|presenter|speaker's|presenter's)\s+)?notes\s*[:：]"
                         r"|^\s*(?:発表者|スピーカー|講演者)ノート\s*[:：]", re.IGNORECASE)
"""A presenter's notes label opening a line (``Notes:``, ``Speaker notes:``, ``発表者ノート：``)."""


def with_speaker_notes(slide: Slide) -> Slide:
    """``slide`` with the lines from its first notes label on taken into ``notes``, one note per label.

    >>> mk = lambda *ss: tuple(Text.from_raw(s, n) for n, s in enumerate(ss, 1))
    >>> sl = with_speaker_notes(Slide(2, None, mk("• 842 patients", "Notes: Start with the story of", "Mr. D.")))
    >>> [t.text for t in sl.lines], [t.text for t in sl.notes]
    (['• 842 patients'], ['Notes: Start with the story of Mr. D.'])
    >>> sl = with_speaker_notes(Slide(3, None, mk("・参加者 120 名", "発表者ノート：参加者の多くは", "市外から来た。")))
    >>> [t.text for t in sl.notes]
    ['発表者ノート：参加者の多くは市外から来た。']
    >>> with_speaker_notes(Slide(4, None, mk("Note: prices exclude VAT"))).notes
    ()
    """
    starts = [k for k, t in enumerate(slide.lines) if NOTES_LABEL.match(t.text)]
    if not starts:
        return slide
    bounds = [*starts, len(slide.lines)]
    notes = tuple(_joined(slide.lines[a:b]) for a, b in zip(bounds, bounds[1:]))
    return replace(slide, lines=slide.lines[:starts[0]], notes=notes)


def _joined(lines: tuple[Text, ...]) -> Text:
    """A note's lines as one paragraph: a space between two lines unless both sides are Japanese."""
    out = lines[0].strip()
    for t in lines[1:]:
        t = t.strip()
        if not t.text:
            continue
        glued = out.text and is_japanese(out.text[-1]) and is_japanese(t.text[0])
        out = Text.join([out, t], None if glued else Text.inserted(" "))
    return out
