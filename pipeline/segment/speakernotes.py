"""A deck's speaker notes: the lines under a slide that a presenter's notes label opens (trial 26).

A slide exported with its notes, or a deck dump written for rehearsal, sets the presenter's notes under the slide's
own lines, after a label: ``Speaker notes:``, ``Presenter notes:``, ``発表者ノート：``, ``スピーカーノート：``, or
``Notes:`` on two slides or more. What follows the label, to the slide's end or the next such label, is one note: never a line
of the slide (it says what the speaker will say, not what the slide shows), its hard wraps joined (a space between
English lines, none where a Japanese letter meets the break: :mod:`.joinlines`). The label stays
in the note's text, so nothing is dropped.

``Note:`` alone is no such label: a slide shows its own notes (``Note: prices exclude VAT``); nor is ``ノート：``,
Japanese for it (texlive-ja's manual writes its notes so).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Slide, Text
from pipeline.segment.joinlines import joined_lines

PRESENTER_LABEL = re.compile(r"^\s*(?:speaker|presenter|speaker's|presenter's)\s+notes\s*[:：]"
                             r"|^\s*(?:発表者|スピーカー|講演者)ノート\s*[:：]", re.IGNORECASE)
"""A label only a presenter's notes carry (``Speaker notes:``, ``Presenter notes:``, ``発表者ノート：``)."""
NOTES_LABEL = re.compile(r"^\s*notes\s*[:：]", re.IGNORECASE)
"""``Notes:`` alone: a presenter's notes where two slides of the deck or more carry it (a chart's ``Notes: counts
exclude …`` over its ``Source: …`` is the slide's own, once)."""
MIN_NOTED_SLIDES = 2
"""Slides that must carry a bare ``Notes:`` for it to open speaker notes (one could be a slide's own note)."""


def with_speaker_notes(slides: tuple[Slide, ...]) -> tuple[Slide, ...]:
    """``slides`` with each one's lines from its first notes label on taken into ``notes``, one note per label: a
    presenter's label (:data:`PRESENTER_LABEL`) always, a bare ``Notes:`` where :data:`MIN_NOTED_SLIDES` slides or
    more carry one.

    >>> mk = lambda *ss: tuple(Text.from_raw(s, n) for n, s in enumerate(ss, 1))
    >>> deck = (Slide(2, None, mk("• 842 patients", "Notes: Start with the story of", "Mr. D.")),
    ...         Slide(3, None, mk("• 716 reached", "Notes: Missed calls had wrong numbers.")))
    >>> [([t.text for t in sl.lines], [t.text for t in sl.notes]) for sl in with_speaker_notes(deck)]
    [(['• 842 patients'], ['Notes: Start with the story of Mr. D.']), (['• 716 reached'], ['Notes: Missed calls had wrong numbers.'])]
    >>> [t.text for t in with_speaker_notes(deck[:1])[0].lines]  # once only: the slide's own note
    ['• 842 patients', 'Notes: Start with the story of', 'Mr. D.']
    >>> sl = with_speaker_notes((Slide(3, None, mk("・参加者 120 名", "発表者ノート：参加者の多くは", "市外から来た。")),))[0]
    >>> [t.text for t in sl.notes]
    ['発表者ノート：参加者の多くは市外から来た。']
    >>> with_speaker_notes((Slide(4, None, mk("Note: prices exclude VAT")),))[0].notes
    ()
    """
    noted = sum(1 for sl in slides if any(NOTES_LABEL.match(t.text) for t in sl.lines))
    label = re.compile(f"{PRESENTER_LABEL.pattern}|{NOTES_LABEL.pattern}", re.IGNORECASE) \
        if noted >= MIN_NOTED_SLIDES else PRESENTER_LABEL
    return tuple(_noted(sl, label) for sl in slides)


def _noted(slide: Slide, label: re.Pattern) -> Slide:
    starts = [k for k, t in enumerate(slide.lines) if label.match(t.text)]
    if not starts:
        return slide
    bounds = [*starts, len(slide.lines)]
    notes = tuple(_joined(slide.lines[a:b]) for a, b in zip(bounds, bounds[1:]))
    return replace(slide, lines=slide.lines[:starts[0]], notes=notes)


def _joined(lines: tuple[Text, ...]) -> Text:
    """A note's lines as one paragraph, stripped, its blank lines dropped (:func:`~.joinlines.joined_lines`)."""
    return joined_lines([lines[0].strip(), *(t for t in (t.strip() for t in lines[1:]) if t.text)])
