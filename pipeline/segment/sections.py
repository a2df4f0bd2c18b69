"""A paper's body → flat sections in document order, plus hints for lost heading glyphs.

Numbered headings come from the one solver, :func:`pipeline.numbering.solve`;
what it says about each run of lost glyphs in a number becomes a
:class:`~pipeline.model.Hint` (the glyphs stay in the text: restore decides).
Unnumbered headings are recognised by shape: a line that is only one of the
conventional section names of a paper (``はじめに``, ``参考文献``, ``謝辞``,
``Abstract``, ``References`` …, :data:`~pipeline.segment.labels.SECTION_NAMES`), or, in a PDF, a short
line set in a larger size than the body text. A chapter number alone on its
line (``第1章``) takes the next line as its title. Lines before the first
heading are returned apart (the talk's ``front``).
"""

from __future__ import annotations

import re
import unicodedata
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from typing import Collection, Sequence

from pipeline.eras import ERA
from pipeline.chardata import DIGITS, EN, JA, has_japanese, is_ja_letter, script_of
from pipeline.english_words import ends_on_connective
from pipeline.listmarks import ITEM_ONLY_START
from pipeline.model import GAP, Evidence, Hint, Section, Speaker, Text
from pipeline.names import SIGNATURE_FIELDS, SIGNATURE_WORD, signer_post  # signer_post: read here and by restore
from pipeline.notemarks import CALL, SYMBOL_CALL
from pipeline.numbering import (ARABIC, CHAPTER, MAX_HEADING_CHARS, PART_LABEL, PAREN, ROMAN_STYLE, KANJI_STYLE, Explicit, Fill, Heading, explicit_number, heading_shaped, lower_case_title, section_heading,
                                number_end, parallel, part_number, run_in_cut, solve, solve_items, is_chapter_label, is_chapter_heading, fold, minute_references)
from pipeline.segment.patent import filing_headings, gazette_front, reference_sign_rows
from pipeline.segment.recipes import recipe_headings, recipe_parts
from pipeline.segment.labels import (COLUMN_BOX, tagged_fields, member_line, date_digits, exchange_label, exchange_record, credit_label_end, APPENDIX_WORDS, day_month_end, colophon_start, credit_start, sign_off_at, press_contact_heading, CONTACT_HEADING_OPENERS, CONTACT_HEADING_CLOSERS, agenda_titled, CONTACT_HEADINGS, RECORD_ATTENDANCE, RECORD_ATTENDANCE_EN, SPACED_LABEL, numbered_agenda_field, numbered_meeting_field, record_field_number, dated_entries, numbered_agenda_label, bracketed_heading, bracketed_heading_words, CHAPTER_WORDS, FIELD_LABELS, SECTION_NAMES, agenda_label, chapter_heading, floor_note,
                                     contact_heading_words, is_contact_heading, is_salutation,
                                     cjk_cover_field, field_line, form_field, is_abstract_name, keyword_field, keyword_rest, appendix_label, appendix_sub_label, is_appendix_heading, is_appendix_label, is_date_line, is_labelled_entry, is_letter_formula, is_notes_heading,
                                     NOTICE_FIELD, is_items_mark, is_notice_field, is_registration_line, is_scene_break, is_section_name, item_mark, label_alone,
                                     speaker_turn, transcript_kind, transcript_turns, qa_turns, value_label,
                                     wholly_bracketed)
from pipeline.segment.articles import law_of, law_sections
from pipeline.segment.changelog import release_headings
from pipeline.segment.contacts import (EMAIL_ADDRESS, MAX_CONTACT_LINE, closing_means, contact_foot_line, contact_line, contact_shaped,
                                       contact_value, ends_on_contact, lost_stop, one_line_contact, office_and_means, registration_line,
                                       web_address_line)
from pipeline.segment.contents import contents_shaped, has_leader, is_index_title
from pipeline.segment.events import is_adjournment, is_document_kind, is_enactment, is_edition_line, masthead_descriptor, periodical_issue, is_press_label, is_session_time, names_minutes
from pipeline.segment.joinlines import joined_lines
from pipeline.segment.lots import is_estimate, is_sale_time, lot_headings, lot_number
from pipeline.segment.kanalabels import divisions_as_chapters, motions_as_chapters, parts_as_chapters, sequence_headings, sequence_label
from pipeline.segment.ladder import LADDER, ladder_headings, ladder_mark
from pipeline.segment.layout import Layout, bold_font, boxes, first_line, last_line
from pipeline.segment.linekinds import SENTENCE_END_MARKS, code_text, formula, monospace, option_setting, prompted, typewritten
from pipeline.segment.measures import is_table_row
from pipeline.segment.references import reference_items
from pipeline.segment.tables import address_lines, table_row_lines
from pipeline.segment.names import article_byline, byline, credit_byline_ja, photo_credit_ja, is_person_name, name_shaped, speaker_split
from pipeline.segment.organisations import LEGAL_FORMS_EN, addressee_line, dated_office, is_address_line, is_organisation, is_postal_affiliation, \
    organisation_with_address
from pipeline.segment.titleblock import ATX_HEADING, is_dateline, is_prose, list_item, markup_name, publisher_line, title_cased
from pipeline.segment.wraps_en import ends_sentence, is_english_line, question_heading

LARGER = 1.15
"""A PDF line this much larger than the body's median size may be a heading."""
HEADING_MARKS = "■□◆◇●◎"
"""Marks a paper may set its unnumbered headings behind (``■調査の概要``)."""
_DRAWN_MARKS = HEADING_MARKS + "○△▲▽▼☆★"
"""Shapes a line may set in a run as a drawing of its own (``□□$表面積=4\\pi r^2$□□``: boxes standing for
characters in a typesetting manual's example)."""


def mark_run(text: str) -> bool:
    """``text`` opens on a run of shapes (:data:`_DRAWN_MARKS`), two or more, spaces between them or not: a drawing
    or a typesetting example's boxes (``□□$表面積=4\\pi r^2$□□``, ``□ □ 表 面 積 □ □ (β8 版)``), never a heading's
    one mark before its words. Why (trial 78c, ptexskip_asciimw): such example lines had become sections.

    >>> mark_run("□□$表面積=4\\\\pi r^2$□□"), mark_run("□ □ 表 面 積 □ □ (β8 版)"), mark_run("■ 調査の概要"), mark_run("□")
    (True, True, False, False)
    """
    s = text.strip()
    return len(s) > 1 and s[0] in _DRAWN_MARKS and s[1:].lstrip(" \u3000")[:1] in _DRAWN_MARKS
MAX_SHAPE_HEADING = 30
"""Characters an unnumbered heading recognised by its shape has at most."""
_LABELLED_NUMBER = re.compile(r"^(?P<label>[A-Z][a-z]{2,15})\s+(?P<number>[0-9]{1,2})\s*[.:]\s+(?=\S)")
"""A word and its number opening a line before a stop or colon (``Gallery 3. Keepers and their Families``, ``Room 2:
Early Maps``): a series' label, kept apart from the title it heads when the title's length is measured."""
MIN_SERIES = 2
"""Lines opening on the same labelled number (:data:`_LABELLED_NUMBER`) a series has at least."""


def _series_titles(lines: list[Text]) -> dict[int, str]:
    """The titles behind a series' labelled numbers (``Gallery 1. The First Lights``, ``Gallery 2. …``), by line
    index: where :data:`MIN_SERIES` lines or more open on the same word, each with another number. The label is the
    series', not the title's: measured alone, the title is as short as any heading by shape (fresh-user trial 67b:
    a museum guide's ``Gallery 3. Keepers and their Families``, 37 characters, had been a paragraph of gallery 2
    while its shorter siblings were sections).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _series_titles(mk("Gallery 1. First Lights", "Text.", "Gallery 2. Keepers and their Families", "Text."))
    {0: 'First Lights', 2: 'Keepers and their Families'}
    >>> _series_titles(mk("Gallery 1. First Lights", "Text.", "Room 2. Keepers and their Families", "Text."))
    {}
    """
    found = {i: m for i, t in enumerate(lines) if (m := _LABELLED_NUMBER.match(t.text.strip())) is not None}
    by_label: dict[str, set[str]] = {}
    for m in found.values():
        by_label.setdefault(m.group("label"), set()).add(m.group("number"))
    return {i: t.text.strip()[m.end():] for i, t in enumerate(lines) if (m := found.get(i)) is not None
            and len(by_label[m.group("label")]) >= MIN_SERIES}


_NUMBERED_STOP = re.compile(r"^(?P<label>[A-Z][a-z]{2,15}|[A-Z]{3,16}|No\.|Nr\.|№)[ \u3000]?(?P<number>[0-9０-９]{1,2})"
                          r"(?:[ \u3000]*[.:：．][ \u3000]+|[ \u3000]+[—–-][ \u3000]+|\u3000+|[ \t]{2,}|\t)(?=\S)")
"""A guide's stop, a tour's track, a list's item opening its line by a label word and its number (``Stop 1. Welcome``,
``Track 2: The Palm House``, ``Room 5: Maps``, ``No. 4　第3展示室　近代の港``), then a stop or a colon, a dash set
between spaces (``Stop 4 — The Lake``, ``STOP 2 - THE GREAT HALL``) or a gap of white (two spaces or a tab: ``STOP 2
The Cloister`` as a script sets it; after ``No.``, whose own stop is the abbreviation's, one space), then its title.
The label is a capitalised word or one in capitals (``STOP``: issue 16, helper en84, trial 83c's audio-guide script
had its ``STOP 2  …`` glued into stop 1's paragraphs). ``Stop 3 buses run…`` (no stop after the number) is a
sentence's opening."""


def numbered_series(lines: Sequence[Text]) -> dict[int, tuple[str, int]]:
    """A document's numbered series of stops (:data:`_NUMBERED_STOP`): ``{index: (number, title start)}`` for each
    line that opens on the series' label and its number, where :data:`MIN_SERIES` lines or more open on one label, their
    numbers running on in document order (1, 2, 3 …: each the one before it and one), and each stands over running
    text (the line under it no member and a sentence or a line of prose: :func:`~.titleblock.is_prose`). Such a
    line heads a section numbered by its number, titled by the words after its label (decision, issue 16, session
    81, helper turns81: trial 80d's museum audio guide, ``Stop 1. Welcome`` … ``Stop 6. Before You Leave``, had six
    sections with ``number`` null, the label part of the title; the series had been read as headings since trial 67b
    but never numbered). A label whose numbers skip, go back or repeat (a schedule's ``Week 2`` rows, ``Room 5`` then
    ``Room 2``) numbers nothing; nor does a sentence (``Stop 3 buses run from the gate.``), a float's caption over
    its note (``Figure 2. River Levels…``, :data:`_CAPTION`), a part's label (``Part 2: Repairs``: a part is an
    unnumbered level-1 section, :func:`part_headings`) or an appendix's (``Appendix 1: …``).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> numbered_series(mk("Stop 1. Welcome", "Welcome to the museum. Press play.", "Stop 2. The Gallery", "Look up at the ceiling."))
    {0: ('1', 8), 2: ('2', 8)}
    >>> numbered_series(mk("No. 1　ごあいさつ", "ようこそ。ご案内します。", "No. 2　第1展示室", "土器を展示しています。"))
    {0: ('1', 6), 2: ('2', 6)}
    >>> numbered_series(mk("Stop 1. Welcome", "Text here. More.", "Stop 3. Gallery", "More text here. Yes.")), numbered_series(mk("Stop 3 buses run. Yes.", "x"))
    ({}, {})
    >>> numbered_series(mk("Figure 1. Rainfall", "Rain fell all year. It was wet.", "Figure 2. Levels", "Levels rose in May. They fell."))
    {}
    """
    found = {i: m for i, t in enumerate(lines) if (m := _NUMBERED_STOP.match(t.text.strip())) is not None
             and not _CAPTION.match(t.text) and not PART_LABEL.match(t.text.strip())
             and appendix_label(t.text) is None and not _read_by_another_series(t.text, m.group("label"))}
    by_label: dict[str, list[int]] = {}
    for i, m in found.items():
        by_label.setdefault(m.group("label"), []).append(i)
    out: dict[int, tuple[str, int]] = {}
    for label, at in by_label.items():
        numbers = [int(fold(found[i].group("number"))) for i in at]
        if len(at) < MIN_SERIES or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
            continue
        if not all(i + 1 < len(lines) and i + 1 not in found and is_prose(lines[i + 1].text) for i in at):
            continue
        for i, n in zip(at, numbers):
            out[i] = (str(n), len(lines[i].text) - len(lines[i].text.lstrip()) + found[i].end())
    return out


_EVENT_DIVISIONS = frozenset({"session", "panel"})
"""Labels of an event's divisions (``Session 1: Mapping``): a session's heading groups talks
(:func:`~.titleblock.session_heading`), no guide's stop."""


def _read_by_another_series(text: str, label: str) -> bool:
    """``text`` opens on a label another reader owns, whose sections keep their whole line as the title: an auction
    lot's (``Lot 5: A ship's brass bell``: :func:`~.lots.lot_number`, :func:`~.lots.lot_headings`) or a session's or
    panel's heading (``Session 1: Mapping``: :data:`_EVENT_DIVISIONS`, :func:`~.titleblock.session_heading`).
    Why (session 81's merge of turns81): the guides' series had taken both, titled without their labels.

    >>> _read_by_another_series("Lot 5: A ship's brass bell", "Lot"), _read_by_another_series("Session 1: Mapping", "Session")
    (True, True)
    >>> _read_by_another_series("Stop 1. Welcome", "Stop"), _read_by_another_series("Track 2: The Palm House", "Track")
    (False, False)
    """
    from pipeline.segment.titleblock import session_heading

    return lot_number(text) is not None or (label.lower() in _EVENT_DIVISIONS and session_heading(text))


RECORD_CREDIT_LABELS = ("文責", "記録", "記録者", "構成", "編集", "まとめ", "作成", "作成者")
"""Who a record credits with its writing, in brackets on its last line (``（文責：事務局）``, ``（記録：…事務局）``,
``（構成：編集部）``): a closed list."""
_RECORD_CREDIT = re.compile(r"^[ \u3000]*[（(](?:" + "|".join(RECORD_CREDIT_LABELS) + r")[ \u3000]*[：:][^（()）]{1,40}[）)][ \u3000]*$")


def record_credit(text: str) -> bool:
    """A record's credit for its writing, wholly in brackets (:data:`RECORD_CREDIT_LABELS`): ``（文責：事務局）``.

    >>> record_credit("（文責：事務局）"), record_credit("（記録：港町まちづくり協議会事務局）"), record_credit("（拍手）"), record_credit("（文責は事務局にある）")
    (True, True, False, False)
    """
    return _RECORD_CREDIT.match(text) is not None


@dataclass(frozen=True)
class Paper:
    front: tuple[Text, ...]
    sections: tuple[Section, ...]
    hints: tuple[Hint, ...]
    closing: tuple[Text, ...] = ()
    """Front matter that closes the document after its body (closing fields, a closing contact block, ``以上``): the
    talk's ``front`` in raw order, kept apart here so that no rule reading the front before the body (a titled
    paper's unheaded body, :func:`~pipeline.segment.stage.unheaded_body`) takes it for the body's."""


def keywords_in_front(paper: Paper) -> Paper:
    """``paper`` with the keyword and classification field lines under its abstract (``Keywords: …``, ``Key words:
    …``, ``Index Terms—…``, ``キーワード：…``, ``JEL: …``: :func:`~pipeline.segment.labels.keyword_field`) taken out
    of the abstract's section into ``front``, where the field lines printed above the abstract stand: front matter
    about the paper, none of the abstract's text. Only a section headed by the abstract's name alone
    (:func:`~pipeline.segment.labels.is_abstract_name`) gives its fields up: a sentence in the body that opens on
    ``Keywords:`` stays where it is.

    Why (issue 16 point 2, helper wrap59's fresh-user trial): an English paper's ``Keywords: flood risk, …`` and an
    IEEE paper's ``Index Terms—…`` under their abstracts were the abstracts' last paragraphs, while the same line
    printed over the first heading with no abstract heading above it was ``front`` already.

    >>> mk = lambda *ss: tuple(Text.inserted(s) for s in ss)
    >>> abstract = Section(number=None, level=1, title=Text.inserted("Abstract"), paragraphs=mk("We map floods.", "Keywords: floods, maps"))
    >>> intro = Section(number="1", level=1, title=Text.inserted("Introduction"), paragraphs=mk("Keywords: a word users type."))
    >>> p = keywords_in_front(Paper(mk("Anna Berg"), (abstract, intro), ()))
    >>> [t.text for t in p.front], [[t.text for t in s.paragraphs] for s in p.sections]
    (['Anna Berg', 'Keywords: floods, maps'], [['We map floods.'], ['Keywords: a word users type.']])

    The abstract ends at its fields: running text under them with no heading over it is the body's first section,
    untitled (helper paper72):

    >>> abstract = replace(abstract, paragraphs=mk("We map floods.", "Keywords: floods, maps", "Floods reach the old town twice a decade, and the maps are old."))
    >>> [(s.title.text, [t.text for t in s.paragraphs]) for s in keywords_in_front(Paper(mk("Anna Berg"), (abstract,), ())).sections]
    [('Abstract', ['We map floods.']), ('', ['Floods reach the old town twice a decade, and the maps are old.'])]
    """
    taken: list[Text] = []
    sections = []
    for section in paper.sections:
        name = section.heading if section.heading is not None else section.title
        # a table's or listing's rows are counted by paragraph index: such a section is left as it is
        if is_abstract_name(name.text) and not section.tables and not section.listings:
            section = replace(section, paragraphs=_keyword_rests_joined(section.paragraphs))
            fields = [keyword_field(t.text.strip()) for t in section.paragraphs]
            if any(fields):
                taken += [t for t, field in zip(section.paragraphs, fields) if field]
                last = max(k for k, field in enumerate(fields) if field)
                after = section.paragraphs[last + 1:]
                body = after if any(not f for f in fields[:last]) and _opens_body(after) else ()
                section = replace(section, paragraphs=tuple(t for t, field in zip(section.paragraphs[:len(section.paragraphs) - len(body)], fields)
                                                            if not field))
                if body:
                    # the abstract ends at its keywords: the text under them, no heading over it, is the body's first
                    # section, untitled (helper paper72, fresh-user trial: it had stayed the abstract's)
                    sections.append(section)
                    section = Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(body))
        sections.append(section)
    # a field printed in front (no abstract's heading over it) keeps its wrapped rest too
    front = _keyword_rests_joined(paper.front)
    if not taken and front == paper.front:
        return paper
    return replace(paper, front=_keyword_rests_joined((*front, *taken)), sections=tuple(sections))


def _keyword_rests_joined(paragraphs: tuple[Text, ...]) -> tuple[Text, ...]:
    """``paragraphs`` with each keyword field's wrapped rest (:func:`~pipeline.segment.labels.keyword_rest`:
    ``Keywords: noise; cycling;`` / ``urban roads``) joined to its field as one line of terms (a space inserted
    between English words, none where a Japanese letter meets the break: :func:`~.joinlines.joined_lines`), so the
    rest goes to ``front`` with its field, never the abstract's last paragraph (helper paper73)."""
    out: list[Text] = []
    for t in paragraphs:
        if out and keyword_field(out[-1].text.strip()) and keyword_rest(out[-1].text, t.text):
            out[-1] = joined_lines([out[-1], t])
            continue
        out.append(t)
    return tuple(out)


_SENTENCE_END = re.compile(r"[.。．!?！？]$")


def _opens_body(paragraphs: tuple[Text, ...]) -> bool:
    """``paragraphs`` (what stands under an abstract's keyword fields) open on running text: the first one a sentence
    of 40 characters or more (20 in Japanese) ending as a sentence ends, no field's wrapped rest (``urban roads`` under
    ``Keywords: noise; cycling;``).

    >>> mk = lambda *ss: tuple(Text.inserted(s) for s in ss)
    >>> _opens_body(mk("Cyclists on arterial roads are exposed to traffic noise for most of their trip.")), _opens_body(mk("urban roads"))
    (True, False)
    >>> _opens_body(mk("近年、分散環境でのファイル共有が広く用いられている。")), _opens_body(())
    (True, False)
    """
    if not paragraphs:
        return False
    s = paragraphs[0].text.strip()
    return len(s) >= (20 if has_japanese(s) else 40) and _SENTENCE_END.search(s) is not None


def display_pages_in_front(paper: Paper, layout: Layout, title: str | None) -> Paper:
    """``paper`` with the unnumbered "sections" among its preliminaries (before its first numbered section) that are a
    title page's or a dedication's lines taken into ``front``: a run of sections with no running text (every heading
    and paragraph a short line, none prose, no section's name: :func:`~pipeline.segment.labels.is_section_name`),
    whose lines fill their pages alone (nothing else of the paper on those pages) or whose first heading restates the
    document's title (case and spacing aside: the title printed again over the abstract, its author and degree under
    it). ``front`` stays in raw order.

    Why (trial 62b, uowthesis's ``mythesis.pdf``): lines set larger than the body on a PDF's dedication page
    (``Dedicated to`` / ``My Students`` / ``and`` / ``Anyone Who May Love LATEX``) and the title restated over the
    abstract were read by their size as sections, ``and`` among them. It does NOT take a section with running text
    (``CERTIFICATION`` over its declaration), a section's name (``ABSTRACT``, ``Acknowledgements``), a numbered
    section or anything after one, nor short unnumbered sections sharing their page with other text (a report's
    ``Key facts`` over its bullets, then ``Introduction``), nor a heading that prints a number or a division's label
    (``第2節　市民の詩`` over a poem's short lines on a page of its own), nor anything in a text dump (no pages)."""
    from pipeline.segment.labels import is_section_name

    first_numbered = next((k for k, sec in enumerate(paper.sections) if sec.number is not None), len(paper.sections))
    if layout.pages() < 2 or not first_numbered:
        return paper

    def head(sec: Section) -> Text:
        return sec.heading if sec.heading is not None else sec.title

    def display(sec: Section) -> bool:
        texts = [head(sec), *sec.paragraphs]
        # (a heading that prints a number or a division's label, ``第2節　市民の詩`` over a poem's short lines, heads
        # the body's own section)
        return not sec.tables and not sec.listings and not is_section_name(head(sec).text) \
            and explicit_number(head(sec).text.strip()) is None \
            and all(len(t.text.strip()) <= 80 and not is_prose(t.text) and "\t" not in t.text for t in texts)

    def key(text: str) -> str:
        return " ".join(text.casefold().split())

    pages: Counter = Counter(layout.page(t) for t in (*paper.front, *paper.closing))
    for sec in paper.sections:
        for t in (head(sec), *sec.paragraphs):
            pages[layout.page(t)] += 1
    taken: set[int] = set()
    k = 0
    while k < first_numbered:
        if not display(paper.sections[k]):
            k += 1
            continue
        end = k  # a run on one page: a dedication's page, then the title restated over the abstract's page
        while end < first_numbered and display(paper.sections[end]) \
                and layout.page(head(paper.sections[end])) == layout.page(head(paper.sections[k])):
            end += 1
        run = [t for sec in paper.sections[k:end] for t in (head(sec), *sec.paragraphs)]
        mine = Counter(layout.page(t) for t in run)
        restated = title is not None and key(head(paper.sections[k]).text) == key(title)
        if restated or all(pages[p] == n for p, n in mine.items()):
            taken.update(range(k, end))
        k = end
    if not taken:
        return paper
    moved = [t for k in sorted(taken) for t in (head(paper.sections[k]), *paper.sections[k].paragraphs)]
    front = [*paper.front, *moved]
    if all(first_line(t) is not None for t in front):
        front.sort(key=lambda t: first_line(t))
    return replace(paper, front=tuple(front), sections=tuple(sec for k, sec in enumerate(paper.sections) if k not in taken))


def numbering_hints(fills: Sequence[Fill], line: Text) -> list[Hint]:
    """One hint per run of lost glyphs in a heading's number or a list item's (``fills``: :attr:`Heading.fills`,
    :attr:`~pipeline.numbering.Item.fills`): what the sequence says stood there.

    When the run goes on into the title (``12��しい``: the separator, then a
    title character), the hint covers the number's part and names its fill in
    the detail, without a candidate: a candidate is offered for a whole run
    only (restore applies a run's candidates to the whole run).
    """
    hints = []
    for fill in fills:
        pos = line.origin[fill.start] if fill.start < len(line.origin) else None
        if pos is None:
            continue
        after = fill.start + len(fill.text)
        if after < len(line.text) and line.text[after] == GAP:
            hints.append(Hint(pos[0], pos[1], len(fill.text), (), Evidence(
                "numbering", f"{fill.detail}; the lost run goes on into the title: its first {len(fill.text)} stood for {fill.text}")))
        else:
            hints.append(Hint(pos[0], pos[1], len(fill.text), (fill.text,), Evidence("numbering", fill.detail),
                              tentative=fill.tentative))
    return hints


def _is_sentence_end(text: str) -> bool:
    """``text`` ends a sentence, inside a closing quotation mark too (``…the heart of the city."``: a quotation closes
    an English paragraph as often as not; helper web55, a press release's ``About …`` heading under a quote had stood
    after no sentence's end, so no heading).

    >>> _is_sentence_end('said Ken Ogawa. "The bay is the heart of the city."'), _is_sentence_end("the “Smart River”")
    (True, False)

    A sentence signed in brackets after its stop (a reader's letter, ``…役に立ちました。（３丁目　Ａさん）``) ends there too
    (helper notice74, fresh-user trial 73d: a newsletter's ``読者の声`` over such letters had headed nothing).

    >>> _is_sentence_end("とても役に立ちました。（３丁目　Ａさん）"), _is_sentence_end("会場（中央公民館）")
    (True, False)
    """
    s = text.rstrip()
    signed = _SIGNED_AFTER_STOP.search(s)
    if signed is not None:
        s = s[:signed.start()]
    return s.rstrip("\"”’'")[-1:] in SENTENCE_END_MARKS


_SIGNED_AFTER_STOP = re.compile(r"(?<=[。！？!?])[（(][^（()）。]{1,20}[）)]$")
"""A bracketed signature after a sentence's stop (``。（３丁目　Ａさん）``)."""


def _stop_lost(text: str) -> bool:
    """``text`` is running text whose last glyph, its stop, was lost: it ends on a lost glyph and holds a sentence's
    end before it (``…説明された。委員からは、…質問があった\ufffd``), or is a polite predicate's sentence so ended
    (:func:`~.contacts.lost_stop`). A field's value (``012-345-6789``, ``電話　…``) holds no sentence.

    >>> _stop_lost("案が説明された。委員から質問があった\ufffd"), _stop_lost("導入します\ufffd"), _stop_lost("文化振興\ufffd")
    (True, False, False)
    """
    s = text.strip()
    return s.endswith(GAP) and (lost_stop(s) or any(c in SENTENCE_END_MARKS for c in s[:-1].rstrip(GAP)))


_DATED_VALUE = re.compile(r"\d{1,4}\s*[年月日時]|\d{1,2}[:：]\d{2}|[（(][月火水木金土日][）)]")
"""A date's or a time's figures in a field's value (``1月13日``, ``9時``, ``10:30``, ``（火）``), digits folded to ASCII."""


def dated_field(text: str) -> bool:
    """``text`` is a notice's field (:func:`~pipeline.segment.labels.is_notice_field`: ``休館期間　…``, ``日時：…``)
    whose value gives a date or a time (:data:`_DATED_VALUE`) and holds no sentence: a line of the notice's, never a
    heading over the text under it.

    >>> dated_field("休館期間　令和8年1月13日（火）から1月16日（金）まで"), dated_field("受付：9時から17時まで")
    (True, True)
    >>> dated_field("春の交通安全運動"), dated_field("日時　未定"), dated_field("■秋祭り　10月5日"), dated_field("本日　10月5日に開催しました。")
    (False, False, False, False)
    """
    s = text.strip()
    if not s[:1].isalpha() or not is_notice_field(s) or _is_sentence_end(s):
        return False  # (a marked line, ``■秋祭り　10月5日``, is a headline by its mark)
    value = NOTICE_FIELD.match(s)
    return _DATED_VALUE.search(s[value.end(1):]) is not None


def short_phrase(text: str, limit: int = MAX_SHAPE_HEADING) -> bool:
    """A short phrase (``limit`` characters at most) that ends in no sentence's or clause's mark: an unnumbered heading
    by its shape, where the text around it shows one (:func:`_shaped_headings`). A phrase stopping on a connective goes
    on on the next line, but for a title-cased wh-clause ending on its own preposition (:func:`wh_clause_heading`)."""
    s = text.strip()
    return 0 < len(s) <= limit and (not _is_sentence_end(s) or _company_heading(s)) \
        and not s.endswith(("、", ",", "，", ":", "：")) and _CLAUSE_GOES_ON_JA.search(s) is None \
        and (not ends_on_connective(s) or wh_clause_heading(s)) and not _never_heading(s)


_CLAUSE_GOES_ON_JA = re.compile(r"[、，][^、，。]*[\u3040-\u30ff\u4e00-\u9fff](?:で|が|を|に|へ|は)$")
"""A Japanese clause going on onto the next line: a reading comma in it, a case particle closing it (a bulletin's
``２１日０時から１０時までの降水量は、多いところで`` over its table of rainfall: helper notice74, fresh-user trial 73d,
where it had headed the table); no heading stops on a particle after a comma."""


_ENDS_ON_LEGAL_FORM = re.compile(rf"\s(?:{LEGAL_FORMS_EN})$")


def _company_heading(text: str) -> bool:
    """A title-cased phrase whose stop is a company's legal form's (``About Northfield Robotics Inc.``): the stop ends
    the name, no sentence, and the phrase may head a section (fresh-user trial 61c: a release's ``About … Inc.`` had
    been a paragraph, and the release lost its subtitle and dateline city with it). A sentence ending on one (``We
    thank Acme Corp.``) is no title-cased phrase.

    >>> _company_heading("About Northfield Robotics Inc."), _company_heading("We thank Acme Corp."), _company_heading("About Us.")
    (True, False, False)
    """
    return _ENDS_ON_LEGAL_FORM.search(text) is not None and title_cased(text)


WH_WORDS = frozenset({"What", "Where", "When", "Which", "Who", "Whom", "Whose", "Why", "How"})
"""Words a heading phrased as a clause opens on (``Where Your Water Comes From``, ``What We Test For``)."""
STRANDED_PREPOSITIONS = frozenset({"of", "from", "in", "for", "to", "on", "with", "at", "by", "into", "through",
                                   "under", "about"})
"""Prepositions a wh-clause leaves at its end, their object the wh-word (``…Comes From``, ``Who We Work With``): the
prepositions of :data:`~pipeline.english_words.CONNECTIVES` and ``about``; never an article or a conjunction, which
always go on."""


def wh_clause_heading(text: str) -> bool:
    """A title-cased line of three words or more that opens on a wh-word (:data:`WH_WORDS`) and ends on the
    preposition its clause leaves at the end (:data:`STRANDED_PREPOSITIONS`): a complete heading or title though it
    stops on a connective (issue 16, helper uhead50: a water report's ``Where Your Water Comes From`` was glued onto
    its first paragraph). A sentence's wrapped line (``where the water comes from and``, ``Where the water comes
    from``) is none: lower case or sentence case, or ending on another word.

    >>> [wh_clause_heading(s) for s in ["Where Your Water Comes From", "Who We Work With", "What We Test For"]]
    [True, True, True]
    >>> [wh_clause_heading(s) for s in ["What's On", "What’s Going On", "what's on", "What On"]]
    [True, True, False, False]
    >>> [wh_clause_heading(s) for s in ["Where the water comes from", "where the Water Comes From", "Where Water and",
    ...                                 "Evidence from", "Where From"]]
    [False, False, False, False, False]
    """
    words = text.split()
    # a wh-word contracted with its verb (``What's On``, ``Who's Who In``: a newsletter's events list, issue 16 point 2,
    # helper news66) is a clause of two words: the verb is in the first
    contracted = bool(words) and _WH_CONTRACTED.match(words[0]) is not None
    return len(words) >= (2 if contracted else 3) and (words[0] in WH_WORDS or contracted) \
        and words[-1].lower() in STRANDED_PREPOSITIONS and title_cased(text.strip())


MAX_WH_SENTENCE_HEADING_WORDS = 6
"""Words a wh-clause heading in sentence case (:func:`wh_sentence_heading`) holds at most."""


def wh_sentence_heading(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a wh-clause heading in sentence case (``Where our money came from``: a wh-word first, the
    clause's preposition last, :data:`MAX_WH_SENTENCE_HEADING_WORDS` words at most) by its place: the line over it
    ends a sentence or is a table's row (TAB), and the line under it opens on a capital, so no sentence runs on
    across the break (``Where the water comes from`` / ``the hills …`` does). :func:`wh_clause_heading` reads the
    title-cased ones by their words alone. Why (issue 16 point 2, fresh-user trial 72d, helper rev72): a charity's
    review had ``Where our money came from`` glued onto its paragraph under a table.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> wh_sentence_heading(mk("Volunteer hours\\t21,300", "Where our money came from", "Our shop raised more."), 1)
    True
    >>> wh_sentence_heading(mk("We asked.", "Where the water comes from", "the hills, it is clean."), 1)
    False
    """
    if not 0 < i < len(lines) - 1:
        return False
    words = lines[i].text.split()
    under = lines[i + 1].text.strip()
    return 3 <= len(words) <= MAX_WH_SENTENCE_HEADING_WORDS and words[0] in WH_WORDS \
        and words[-1] in STRANDED_PREPOSITIONS and under[:1].isupper() \
        and (_is_sentence_end(lines[i - 1].text) or "\t" in lines[i - 1].text)


_WH_CONTRACTED = re.compile(r"^(?:What|Where|Who|How)['’]s$")
"""A wh-word with its verb contracted onto it (``What's``, ``Where's``)."""



def left_open(text: str) -> bool:
    """A sentence's line that ends on an opening bracket (``…『農村計画学会誌』40(``, trial 54b): what follows it is its
    text going on, never a heading or a new item. A sentence's line: :data:`MIN_OPEN_LINE` characters or more, a
    letter or digit right before the bracket, no TAB (a table's row), and nothing of a program's or a formula's
    (``\\documentclass[``, ``preamble = [[``, ``"tools": [``, ``\\[``, a brace): the regression corpus's manuals end such
    lines on a bracket too, and there the next line is a line of its own. Only the last character is read: a bracket
    opened earlier on the line is as often a formula's interval (``]0, +∞[``) or a unit's (``[W m−``).

    >>> left_open("[3] 山田 太郎（2021）『農村計画学会誌』40("), left_open("港町の調査（2021年度の"), left_open("12(3), pp.1-10.")
    (True, False, False)
    >>> left_open("\\\\documentclass["), left_open('"latex-workshop.latex.tools": ['), left_open("1. 1回目の実行では，行分割前に「")
    (False, False, True)
    """
    s = text.strip()
    # an opening bracket is Unicode's open punctuation (Ps); a square bracket or a brace in ASCII opens a program's
    # list or block (``preamble = [[``), a full-width brace a formula's
    return len(s) >= MIN_OPEN_LINE and unicodedata.category(s[-1]) == "Ps" and s[-1] not in "[{｛" and s[-2].isalnum() \
        and not any(c in s for c in "\t\\={}\"")


MIN_OPEN_LINE = 12
"""Characters a line ending on an opening bracket holds at least to be a sentence's line going on (:func:`left_open`):
a short line's bracket (``B. (``, ``保 密 (``, a form's blank or a choice's) says less than a sentence's."""


_SPOKEN = re.compile(r"^[「『][^「」『』]*[、，。！？!?][^「」『』]*[」』]$")


def spoken_line(text: str) -> bool:
    """The line is one quotation whole (``「…」``, ``『…』``) holding a clause's or a sentence's mark: a line of dialogue
    in a story or a transcript, never a heading, however short and flush it stands between indented paragraphs
    (fresh-user trial 61c: ``「灯りが見えたから、ここまで来られた」`` headed a section and pushed the story's first four
    paragraphs into ``front``). A catchphrase quoted as a heading holds no such mark (``「まちの魅力再発見」``).

    >>> spoken_line("「灯りが見えたから、ここまで来られた」"), spoken_line("「まちの魅力再発見」"), spoken_line("『雪国』を読む")
    (True, False, False)
    """
    return _SPOKEN.match(text.strip()) is not None


_MARKUP_ONLY = re.compile(r"^(?:<!--.*|.*-->|```.*|~~~.*)$")
"""A Markdown file's own markup on a line: an HTML comment's opening or closing, a code fence with its language."""


def one_letter(text: str) -> bool:
    """The line is one letter alone of an alphabet (Latin, Greek, Cyrillic: ``A``, ``R``, ``ß``), no word: the letter
    of a quiz's check box (``A`` … ``D`` set beside its choices), a symbol font's glyph that pdfminer maps to a letter
    (ZapfDingbats' check mark, ``3``; a box, ``o``), a figure's axis or panel label. Such a line heads nothing
    (decision, issue 16 point 2, helper real66: auto-multiple-choice's sample quiz sheet, its answer boxes' letters on
    lines of their own, had four sections titled ``A``, ``A``, ``R``, ``A``). A kanji alone (``序``) may head a
    Japanese book's preface, and a letter with its mark (``A.``, ``(a)``) is a list's or an appendix's label, which
    other rules read: neither is one letter alone.

    >>> one_letter("A"), one_letter(" R "), one_letter("Ω"), one_letter("序"), one_letter("A."), one_letter("Ab")
    (True, True, True, False, False, False)
    """
    s = text.strip()
    return len(s) == 1 and s.isalpha() and unicodedata.name(s, "").split(" ")[0] in ("LATIN", "GREEK", "CYRILLIC")


def _never_heading(text: str) -> bool:
    """A line no shape makes a heading: a scene break (``* * *``: marks only) or a letter's opening or closing
    word (``拝啓``, ``敬具``).

    >>> _never_heading("* * *"), _never_heading("拝啓"), _never_heading("調査の概要"), _never_heading("ISSN 1234-5678")
    (True, True, False, True)
    >>> _never_heading("研究生姓名:\\t陆小凤"), _never_heading("Keywords:")  # a field with its value; a label alone
    (True, False)
    >>> _never_heading("氏名　佐伯 真理子"), _never_heading("所属　東北大学"), _never_heading("所属機関の概要")
    (True, True, False)
    >>> _never_heading("<!--introduced_in=v12.19.0-->"), _never_heading("```bash"), _never_heading("<Title>")
    (True, True, False)
    """
    if one_letter(text):
        return True  # a check box's letter or a symbol font's glyph read as a letter (sample-amc's ``A``, ``R``)
    if is_scene_break(text) or is_letter_formula(text) or is_registration_line(text):
        return True  # a registration line (``Registered Charity No. 1098234``) is a cover's or a footer's field
    if _MARKUP_ONLY.match(text.strip()):
        return True  # a Markdown file's comment or code fence (``<!-- YAML``, ``<!--introduced_in=v12-->``, ``\`\`\`bash``)
    if formula(text):
        # a displayed equation, its number beside it or not (``E = mc² (1)``): set centred in a math face, it stands
        # apart as a heading does, but it is the running text's (issue 16, helper pdfmisc77: a patent's ``E = mc²``
        # over ``(1)`` had headed a section)
        return True
    if prompted(text) or code_text(text) or option_setting(text):
        # a console's command or a line of program text (``R> summary(fm)``, ``\\newdimen\\Cht``): a listing's line,
        # however alone it stands (session 77: helper encv77's headings by shape had made a paper's lone R command one);
        # an option typed as its key and value (``Paketname={Option1,Option2}``: fresh-user trial 78c's URletter, helper
        # lost78) too
        return True
    if is_estimate(text) or is_sale_time(text):
        # a lot's estimate (``Estimate £700-1,000``) closes its lot, however alone it stands; a sale's day and hour
        # (``Wednesday 5 June 2024 at 11am``) is its catalogue's head (lots)
        return True
    if member_line(text):
        # an assembly member's name and word (``松本 裕子 議員``) under a general question's heading: who asked it, a
        # line of the question's section (helper ver80, fresh-user trial 80a's council bulletin)
        return True
    if spoken_line(text):
        return True  # a line of dialogue (``「灯りが見えたから、ここまで来られた」``): speech, whatever its shape
    if organisation_with_address(text):
        return True  # an issuer's line with its address (``株式会社 丸勝精機（静岡県…）``): front, however set (struct77)
    if photo_credit_ja(text) or credit_byline_ja(text) is not None:
        return True  # a photograph's or the writing's credit (``写真　上田 守``, ``聞き手・文　…``): a byline's, helper inter84
    if cjk_cover_field(text) is not None:
        return True  # a cover's field with its value (``氏名　佐伯 真理子``): trial 61d's name line had headed the abstract
    if has_japanese(text) and gutter_field_cut(text.strip()) is not None:
        return True  # a label, a column's gutter and its value (``募集人員　　15名``): a field, no heading (jatab82)
    # a front-matter field with its value (``研究生姓名:⇥陆小凤``, ``Mots-clés : …``): a label alone may head its list
    label = field_line(text)
    # the value after the label's colon, or after the wide space an English minutes' field sets instead (``Present  …``)
    return label is not None and bool(text.strip()[len(label):].lstrip(" \t:：").strip())


_SETEXT_RULE = re.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$")
"""A Markdown (and reStructuredText) heading's underline: ``=`` or ``-`` alone (``=========``, ``------``)."""
MIN_MARKUP_HEADINGS = 2
"""Headings a document marks up (:func:`markup_headings`) at least for the marks to be read as its headings'."""


def markup_headings(lines: Sequence[Text]) -> dict[int, tuple[int, int, int]]:
    """A plain-text document's headings marked up as a README sets them (CommonMark's ATX and setext headings): line
    index → ``(level, title start, underline lines)``. ``## Getting started`` is level 2 (the number of ``#``), its
    title after the marks; a short line right over a rule of ``=`` (level 1) or ``-`` (level 2), three marks or
    more, as long as the line's words at least or half of it, is a heading, its underline one line more of it.
    Read only where the document marks :data:`MIN_MARKUP_HEADINGS` or more so (a ``# comment`` alone is a program's),
    each heading-shaped (:data:`MAX_SHAPE_HEADING` × 2 characters at most, no sentence's end, no item's mark). The
    marks are the author's own word that these lines are headings, so they are read whatever else the document
    numbers (issue 16, helper head58: a README's ``Installation`` / ``----`` and ``## Steps`` had been paragraphs once a
    numbered list stood in it).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> markup_headings(mk("# Parcel Tracker", "Text.", "## Getting started", "1. Create an account.", "### Notes ###"))
    {0: (1, 2, 0), 2: (2, 3, 0), 4: (3, 4, 0)}
    >>> markup_headings(mk("Usage", "-----", "Run it.", "License", "=======", "MIT."))
    {0: (2, 0, 1), 3: (1, 0, 1)}
    >>> markup_headings(mk("# install the tools first", "make all")), markup_headings(mk("It ran well.", "-----", "Next", "---"))
    ({}, {})
    >>> markup_headings(mk("```", "# Build", "make", "# Test", "make test", "```"))  # a fenced block's comments
    {}
    """
    found: dict[int, tuple[int, int, int]] = {}
    fenced = False
    for i, t in enumerate(lines):
        s = t.text.strip()
        if s.startswith(("```", "~~~")):
            fenced = not fenced  # a fenced code block's lines are a program's (``# build it`` is a comment)
            continue
        m = ATX_HEADING.match(s)
        if m is not None:
            title = m.group(2).strip()
            # set at the margin (an indented ``# …`` is a code block's), its first letter a capital (a shell
            # comment, ``# install the tools first``, opens in small letters; a README's first line may be its
            # project's name, one word as the project writes it: ``# tinysync``)
            named = not found and markup_name(title) and all(not u.text.strip() for u in lines[:i])
            if not fenced and len(t.text) - len(t.text.lstrip()) <= 3 and len(title) <= 2 * MAX_SHAPE_HEADING \
                    and not _is_sentence_end(title) and item_mark(title) is None and (named or not title[:1].islower()):
                found[i] = (len(m.group(1)), t.text.index(m.group(2)), 0)
            continue
        if fenced:
            continue
        if i + 1 < len(lines) and (rule := _SETEXT_RULE.match(lines[i + 1].text)) is not None \
                and len(rule.group(1)) >= 3 and len(rule.group(1)) * 2 >= len(s) and 0 < len(s) <= 2 * MAX_SHAPE_HEADING \
                and first_line(lines[i + 1]) == (last_line(t) or 0) + 1 and not _is_sentence_end(s) \
                and not is_scene_break(s) and item_mark(s) is None:
            found[i] = (1 if rule.group(1)[0] == "=" else 2, len(t.text) - len(t.text.lstrip()), 1)
    return found if len(found) >= MIN_MARKUP_HEADINGS else {}


_EMPTY_ATX = re.compile(r"^[ ]{0,3}#{1,6}[ \t]*$")
"""A Markdown heading with no text: one to six ``#`` alone at the margin (CommonMark's empty ATX heading)."""


def empty_markup_headings(lines: Sequence[Text]) -> list[int]:
    """The indexes of a Markdown document's empty headings (``#`` alone, ``###``), outside fenced code, in a document
    whose headings are marked up (:func:`markup_headings`): markup with no text, no heading, paragraph or front line
    (decision, issue 16, helper news59: a lone ``#`` had stood in ``front`` or as a section's paragraph). Elsewhere
    ``#`` alone is a scene break (a manuscript's), kept as text (:func:`~pipeline.segment.labels.is_scene_break`).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> empty_markup_headings(mk("## Costs", "Text.", "#", "## Timeline", "```", "#", "```", "###"))
    [2, 7]
    >>> empty_markup_headings(mk("A story.", "#", "It went on.")), empty_markup_headings(mk("## Costs", "#", "Text."))
    ([], [])
    """
    if not markup_headings(lines):
        return []
    found: list[int] = []
    fenced = False
    for i, t in enumerate(lines):
        if t.text.strip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and _EMPTY_ATX.match(t.text):
            found.append(i)
    return found


def _numbered_steps(lines: Sequence[Text], headings: dict, over: set[int]) -> set[int]:
    """The solver's numbered headings that are the items of a list inside a section: every one of them stands in a
    block of two or more list items in a row (each a list's item, :func:`_record`: ``1. Open the planner…``), and the
    line right over the block is a heading the document marks up or sets by its shape (``over``: ``Quick Start`` /
    ``1. Open the planner…`` / ``2. Draw the beds…``), the items numbered in arabic (``1.``, ``2)``). Empty where any
    numbered heading stands elsewhere (heads text of its own), or is bracketed (``（１）``), or stands under a notice's
    ``記``: then the numbers are the document's sections. A README's steps had won over its headings (issue 16,
    helper head58).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> doc = mk("Intro text here.", "Quick Start", "1. Open it.", "2. Draw beds.", "Usage", "Run it daily.")
    >>> from pipeline.numbering import solve
    >>> hs = {h.index: h for h in solve([t.text for t in doc], list(range(1, 7)))}
    >>> sorted(_numbered_steps(doc, hs, {1, 4})), sorted(_numbered_steps(doc, hs, {4}))
    ([2, 3], [])
    """
    if not headings or not over:
        return set()
    for i in headings:
        first = last = i
        while first - 1 >= 0 and first - 1 not in over and _record(lines[first - 1].text) and item_mark(lines[first - 1].text):
            first -= 1
        while last + 1 < len(lines) and last + 1 not in over and _record(lines[last + 1].text) and item_mark(lines[last + 1].text):
            last += 1
        number = explicit_number(lines[i].text.strip())
        if last == first or first - 1 not in over or item_mark(lines[i].text) is None or number is None \
                or number.style != ARABIC or is_items_mark(lines[first - 1].text):
            return set()  # a notice's ``記`` over its ``（１）日時：…`` items: those head its sections (notice57)
    return set(headings)


def list_tails(lines: Sequence[Text], headings: dict) -> set[int]:
    """The solver's numbered headings that close a list whose earlier items it did not take, with nothing under them:
    the document's last line, and the lines right over it items numbered from 1 up to one less than its number, in its
    style and with its separator, in a row and none of them a heading (``1. Heat the oven…`` / ``2. Beat the butter…``
    / ``3. Fold in…`` / ``4. Serve with cream.``). A list's short last step has a heading's shape where the long steps
    over it have a sentence's; it is the list's item all the same (fresh-user trial 64: a recipe's ``4. Serve with figs
    and honey.`` had become section 4 with nothing under it, the steps 1–3 paragraphs). A heading with text under it
    after such items heads that text (a notice's ``1. 日時：…`` / ``2. 会場：…`` / ``3. 議題`` over its items).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> doc = mk("Method", "1. Heat the oven to 180C and line a tin with paper.", "2. Beat the butter and sugar until pale.",
    ...          "3. Serve with cream.")
    >>> sorted(list_tails(doc, {3: None})), sorted(list_tails(doc, {1: None, 3: None})), sorted(list_tails(doc[:1] + doc[3:], {1: None}))
    ([3], [], [])
    >>> sorted(list_tails(doc + mk("Text under it."), {3: None}))  # it heads text
    []
    """
    out = set()
    for i in headings:
        number = explicit_number(lines[i].text.strip())
        if i != len(lines) - 1 or number is None or number.style != ARABIC or number.label[1:] != (0, 0) \
                or number.label[0] < 2:
            continue
        above = [explicit_number(lines[k].text.strip()) if 0 <= k else None for k in range(i - number.label[0] + 1, i)]
        if i - number.label[0] + 1 >= 0 and all(
                e is not None and e.style == ARABIC and e.separator == number.separator and e.label == (n, 0, 0)
                and k not in headings and _record(lines[k].text)
                for n, (k, e) in enumerate(zip(range(i - number.label[0] + 1, i), above), start=1)):
            out.add(i)
    return out


def colon_list_tails(lines: Sequence[Text], headings: dict) -> set[int]:
    """The solver's numbered headings that close a list a sentence opens with a colon, text under them or not: the
    line a sentence (it ends on ``.``), the lines right over it items numbered from 1 up to one less than its number,
    in its style and separator, none of them a heading, and the line over item 1 ends on a colon (``…the meeting
    agreed the following:`` / ``1. …`` / ``2. …`` / ``3. Street leaders will collect the subscriptions.`` / ``The
    chair thanked everyone…``). The colon says a list follows, and the sentence after the last item is the
    paragraph's text again, never that item's: the last item had become section 3 (or a subsection) holding the
    rest of the text, items 1–2 front or paragraphs (decision, issue 16, helper misc75; notice75 found it in trial
    75b's English wording). A heading with no sentence's end (``3. Discussion``) keeps its section.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> doc = mk("We agreed the following:", "1. Rent will rise.", "2. A trough will be fitted.", "3. The show is in May.", "The meeting closed.")
    >>> sorted(colon_list_tails(doc, {3: None})), sorted(colon_list_tails(mk("We agreed.", *[t.text for t in doc[1:]]), {3: None}))
    ([3], [])
    """
    out = set()
    for i in headings:
        number = explicit_number(lines[i].text.strip())
        if number is None or number.style != ARABIC or number.label[1:] != (0, 0) or not _is_sentence_end(lines[i].text):
            continue
        first = i - number.label[0] + 1
        if first < 1 or not lines[first - 1].text.rstrip().endswith((":", "：")):
            continue

        def item(k: int, n: int) -> bool:
            e = explicit_number(lines[k].text.strip())
            return e is not None and e.style == ARABIC and e.separator == number.separator and e.label == (n, 0, 0)

        # the items after it in the run too (``1. Bin day stays on Tuesday.`` / ``2. …``: the solver read item 1 alone
        # as a heading, helper en76), each a sentence or a record that heads nothing
        last = i
        while last + 1 < len(lines) and item(last + 1, last + 2 - first) \
                and (_is_sentence_end(lines[last + 1].text) or last + 1 not in headings and _record(lines[last + 1].text)):
            last += 1
        if last == first:
            continue  # one item under a colon is no list (a heading ``1. Introduction.`` under a sentence as often)
        if all(item(k, n) and (k not in headings and _record(lines[k].text) or _is_sentence_end(lines[k].text))
               for n, k in enumerate(range(first, i), start=1)):
            out.add(i)
    return out


def colon_list_run(lines: Sequence[Text], headings: dict) -> set[int]:
    """The solver's numbered headings where they are all one list under a colon: every heading stands in one run of
    lines in a row numbered 1, 2, … in arabic (two or more, one style and separator), and the line over item 1 ends
    on a colon (``John and Elizabeth had four children, all baptised at St Lawrence's:`` / ``1. Thomas Wright
    (1854-1921), dyer`` / … / ``4. Emma Wright (1862-1940), teacher``). The colon says a list follows; a document whose
    only numbers are such a list numbers no sections, and its headings are read by their shape (decision, issue 16
    point 2, helper encv77: a family history's list of children had become sections 1–4, the last holding the rest of
    the text, its ``Children`` and ``Later life`` front and paragraphs). A numbered heading anywhere else keeps them
    all.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> doc = mk("They had three children:", "1. Tom (1854-1921)", "2. Sarah (1856-1930)", "3. Emma (1862-1940)", "Later life")
    >>> sorted(colon_list_run(doc, {1: None, 2: None, 3: None})), sorted(colon_list_run(doc, {1: None, 3: None}))
    ([1, 2, 3], [])
    """
    at = sorted(headings)
    if len(at) < 2 or at != list(range(at[0], at[0] + len(at))) or at[0] < 1 \
            or not lines[at[0] - 1].text.rstrip().endswith((":", "：")):
        return set()
    numbers = [explicit_number(lines[k].text.strip()) for k in at]
    first = numbers[0]
    if first is None or any(e is None or e.style != ARABIC or e.separator != first.separator or e.label != (n, 0, 0)
                            for n, e in enumerate(numbers, start=1)):
        return set()
    return set(at)


def _marked(lines: list[Text]) -> set[int]:
    """Headings behind a mark (``■``, ``●`` …): short phrases led by a mark that at least two of them share,
    each followed by running text or by a heading behind a mark first seen after its own (``■調査の方法`` / ``●対象``
    / text: a heading right over its first subheading; a line followed by one behind its own mark is a list's item).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_marked(mk("■背景", "港町の歴史は古い。", "■課題", "若い世代が少ない。", "■ 一つだけの項目。")))
    [0, 2]
    >>> sorted(_marked(mk("■目的", "実態を調べた。", "■方法", "●対象", "利用者480人。", "●期間", "三か月。")))
    [0, 2, 3, 5]
    >>> sorted(_marked(mk("■内容", "●清掃", "●訓練", "■次回", "未定です。", "■連絡", "電話で。")))
    [0, 3, 5]
    """
    leads = [t.text.strip()[:1] for t in lines]
    rank: dict[str, int] = {}  # marks in the order first seen: the first seen heads the others (``■`` over ``●``)
    for lead in leads:
        if lead in HEADING_MARKS:
            rank.setdefault(lead, len(rank))
    by_mark: dict[str, list[int]] = {}
    seconds = set()  # a heading's translation under it behind the same mark: the section's first paragraph
    for i, t in enumerate(lines):
        s = t.text.strip()
        if i in seconds:
            continue
        under = i + 1
        if s[:1] in HEADING_MARKS and translated_marked_pair(lines, i):
            seconds.add(i + 1)
            under = i + 2  # the pair heads what stands under both
        if s[:1] in HEADING_MARKS and short_phrase(s[1:]) and under < len(lines) and not mark_run(s) \
                and (leads[under] not in HEADING_MARKS or rank[leads[under]] > rank[s[0]]):
            by_mark.setdefault(s[0], []).append(i)
    return {i for found in by_mark.values() if len(found) >= 2 for i in found}


def _lone_marked(lines: list[Text], marked: Collection[int]) -> set[int]:
    """A newsletter's one headline behind a mark (``■ 水道料金の改定``) that no other line shares (:func:`_marked`
    needs two): read as a heading where it stands right under an unmarked headline, a short phrase after a sentence's
    end (``お知らせ``), and over running text, a sentence longer than it (helper news58b, fresh-user trial 58: a
    village newsletter's only ``■`` item over its one line of text had been a paragraph, and its headline with it).
    A marked line over no sentence (a list's item, ``■ 持ち物``) or under text stays as it was.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_lone_marked(mk("梅雨の季節となりました。", "お知らせ", "■ 水道料金の改定", "７月分から水道料金が改定されます。"), set()))
    [2]
    >>> sorted(_lone_marked(mk("梅雨の季節となりました。", "■ 水道料金の改定", "７月分から水道料金が改定されます。"), set()))
    []
    >>> sorted(_lone_marked(mk("梅雨の季節となりました。", "持ち物", "■ 筆記用具", "■ 上履き"), set()))
    []
    """
    out = set()
    for i in range(2, len(lines) - 1):
        s, under, head = lines[i].text.strip(), lines[i + 1].text.strip(), lines[i - 1].text.strip()
        if i in marked or s[:1] not in HEADING_MARKS or not short_phrase(s[1:]) or under[:1] in HEADING_MARKS \
                or mark_run(s):
            continue
        if any(t.text.strip()[:1] == s[0] for k, t in enumerate(lines) if k != i):
            continue  # a mark other lines share: :func:`_marked` judges them together
        headline = short_phrase(head) and head[:1] not in HEADING_MARKS and _is_sentence_end(lines[i - 2].text) \
            and not _record(head) and not _never_heading(head)
        if headline and _is_sentence_end(under) and len(under) > len(s):
            out.add(i)
    return out


_EVENT_DATE = re.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日|\b[0-9]{1,2}\s(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b")
"""A day in an event's listing (``４月５日``, ``5 April``; ``四月五日`` as :func:`~pipeline.segment.labels.date_digits` reads it)."""


_MONTH_EN = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_EVENT_ROW_EN = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?"
    rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_EN}|{_MONTH_EN}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s*(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2}(?:am|pm))(?:\s?(?:am|pm))?)?(?:\t+|\s{2,})\S")
"""An English diary's row: its day (``Sat 11 April``, ``March 14``, ``Thursday 3rd Oct``), its hour after it or not
(``, 10:00``, ``7.30pm``), then a tab or two spaces or more before the event."""


def diary_rows(texts: Sequence[str]) -> set[int]:
    """Indexes of an English diary's rows (:data:`_EVENT_ROW_EN`), two or more in a row: each a line of its own,
    never a wrap of the row over it however full that row (issue 16 point 2, helper newsl85: a newsletter's ``Sun 4
    October, 09:30    Circular walk …, 8 miles`` had taken the next row on).

    >>> sorted(diary_rows(["Diary", "Sun 4 October, 09:30    Walk", "Sat 17 October   Hill walk", "We met."]))
    [1, 2]
    >>> diary_rows(["11 April  We walked", "and came home."])
    set()
    """
    row = [_EVENT_ROW_EN.match(s.strip()) is not None for s in texts]
    return {k for k, r in enumerate(row) if r and ((k > 0 and row[k - 1]) or (k + 1 < len(row) and row[k + 1]))}


_CREDIT_PARTS = re.compile(r"\s+[·•|]\s+")


def credit_with_contact(text: str) -> bool:
    """A line of pieces parted by a spaced dot or bar whose last piece is a means of contact
    (:func:`~pipeline.segment.contacts.contact_line`) and that ends no sentence: an editor's or a secretary's credit
    with an address to write to (``Editor: Helen Marsh, 4 Church Lane, Steyning · helen@example.org``).

    >>> credit_with_contact("Editor: Helen Marsh, 4 Church Lane · helen@example.org"), credit_with_contact("We met · at noon.")
    (True, False)
    """
    from pipeline.segment.contacts import contact_line

    s = text.strip()
    pieces = _CREDIT_PARTS.split(s)
    return len(pieces) >= 2 and contact_line(pieces[-1]) and not s.endswith((".", "!", "?", "。"))


MAX_CLOSING_NOTE_LINES = 4
"""Lines an editor's note over a periodical's registration line holds at most (:func:`closing_note`)."""
_ENDS_ON_MAIL = re.compile(rf"{EMAIL_ADDRESS}\.?$")
"""A line's last word an e-mail address, a full stop after it or not."""


def closing_note(lines: list[Text], registered: int) -> int | None:
    """Where the editor's note over a periodical's registration line (``lines[registered]``,
    :func:`~pipeline.segment.contacts.registration_line`) opens: the paragraph of 1 to :data:`MAX_CLOSING_NOTE_LINES`
    lines right over it whose last line ends on an e-mail address (``… Copy for the spring issue by 1 February to the
    editor, Ravi Chandran, 4 Orchard Close, or acorn@ashcombe-pc.org.uk.``), opened by a capital under a list's item or
    a sentence's end; ``None`` where there is none. Where to write to the issue sits with the publisher's credit in the
    closing block, never as the last section's paragraph (issue 16 point 2, helper newsb85, trial 85b's town
    newsletter: it had been a paragraph of ``Dates for your diary``). Lines or joined paragraphs alike.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> closing_note(mk("- Sat 7 Feb: Litter pick", "Copy for the spring issue by", "1 Feb to the editor, or a@b.org.uk.", "Reg. charity no. 1104872"), 3)
    1
    >>> closing_note(mk("- Sat 7 Feb: Litter pick", "Copy for the spring issue by 1 Feb to the editor."), 2) is None
    True
    """
    if registered < 2 or not _ENDS_ON_MAIL.search(lines[registered - 1].text.strip()):
        return None
    for k in range(registered - 1, max(0, registered - MAX_CLOSING_NOTE_LINES) - 1, -1):
        if k == 0:
            return None
        if k < registered - 1 and _is_sentence_end(lines[k].text):
            return None  # a sentence's end inside the run: the note opens under it, if at all
        above = lines[k - 1].text.strip()
        opening = lines[k].text.strip()
        if opening[:1].isupper() and (list_item(above) or _EVENT_ROW_EN.match(above) or _is_sentence_end(above)):
            return k
    return None


def closing_note_lines(lines: list[Text], block: ContactBlock) -> list[int]:
    """The lines of the closing ``block`` (:func:`contact_block`) that are the editor's note over the registration
    (:func:`closing_note`): one paragraph, its wrapped lines joined as any paragraph's; else ``[]``."""
    heading, members = block
    registered = next((i for i in members if registration_line(lines[i].text)), None)
    if heading is not None or registered is None:
        return []
    note = closing_note(lines, registered)
    return list(range(note, registered)) if note is not None and note in members else []


def _event_entry(text: str) -> bool:
    """A calendar's entry: three pieces or more parted by ideographic spaces, one a day (:data:`_EVENT_DATE`), no
    sentence and no field's label (``桜まつり　４月５日（土）　中央公園``: the event, its day, its place). A newsletter's
    unmarked headline stands over such entries (``イベント情報``, ``行事予定``) as over an article's text.

    >>> _event_entry("桜まつり　4月5日（土）　中央公園"), _event_entry("日時　4月5日（土）"), _event_entry("会場　中央公園　駐車場あり")
    (True, False, False)

    An English diary's row (:data:`_EVENT_ROW_EN`: the day first, a weekday before it or not, its hour after it or
    not, then a wide gap and the event: ``Sat 11 April, 10:00    Spring bird walk, Langford Lakes``) is one too: a
    society newsletter's ``Diary of Events`` heads such rows (issue 16 point 2, helper newsl85, trial 84b: the heading
    and its rows had been glued to the article over them).

    >>> _event_entry("Sat 11 April, 10:00    Spring bird walk, Langford Lakes."), _event_entry("March 14\tAGM, Village Hall")
    (True, True)
    >>> _event_entry("On 11 April we walked to the lakes and back."), _event_entry("11 April  We walked")
    (False, True)
    """
    s = text.strip()
    if _EVENT_ROW_EN.match(s):
        return True
    pieces = [p for p in s.split("\u3000") if p.strip()]
    return len(pieces) >= 3 and _EVENT_DATE.search(date_digits(s)) is not None and not _is_sentence_end(s) \
        and form_field(s) is None and not _record(s)


def bracketed_headings(lines: list[Text]) -> set[int]:
    """Bracketed headings (:func:`bracketed_heading`) over their own text, two or more in the document: sections
    (inside a numbered section, its subsections). A minutes' agenda items headed again in the record
    (``４ 議事`` / … / ``【議事（1）…】`` / turns / ``【議事（2）その他】`` / turns) had stayed paragraphs of ``４ 議事``
    (trial 51). A bracketed line followed by another is a list's item or a label, and one alone may be a form's
    label: neither counts.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(bracketed_headings(mk("４ 議事", "【議事（1）予算】", "委員長：説明を。", "【議事（2）その他】", "委員長：閉会します。")))
    [1, 3]
    >>> sorted(bracketed_headings(mk("【資料1】", "【資料2】", "本文です。"))), sorted(bracketed_headings(mk("【概要】", "本文です。")))
    ([], [])
    """
    # a bracketed heading over its translation in brackets (``【内子座】`` / ``【Uchikoza Theatre】``, helper leaf72) is
    # one heading: the first heads the section, the translation is its first paragraph
    pairs = {i for i in range(len(lines)) if bracketed_heading(lines[i].text) and translated_marked_pair(lines, i)}
    found = [i for i, t in enumerate(lines) if bracketed_heading(t.text) and i + 1 < len(lines)
             and i - 1 not in pairs and (i in pairs or (not bracketed_heading(lines[i + 1].text)
                                                         and not bracketed_heading(lines[i - 1].text if i else "")))]
    return set(found) if len(found) >= 2 else set()


_ENTRY_CODE = re.compile(r"^(?P<letters>[A-Z]{2,5})[ \-]?(?P<number>[0-9]{3,4}[A-Z]?)\b(?P<rest>.*)$")
"""A catalogue's entry code opening its heading: a department's or a series' capitals and the entry's number (``ENVS
342``, ``HIST-210``, ``BIO 101A``), then its name."""
MAX_ENTRY_HEADING = 100
"""Characters an entry's heading holds at most (its code, its name, its credits or its kind in brackets)."""


def entry_headings(lines: Sequence[Text], above: Sequence[Text], layout: Layout | None) -> set[int]:
    """Indexes of the lines heading a catalogue's later entries: each opening on an entry code (:data:`_ENTRY_CODE`)
    of the letters the title's code has and another number, a name after it (letters, no sentence's end), set
    apart by blank lines on both sides (the text's edge counts), as the title's entry is.

    Why (issue 16 point 2, fresh-user trial 75d): a catalogue's page holds two courses, ``ENVS 342  Watershed Hydrology
    and Management  (4 credits)`` (the title) and ``ENVS 355  Soil Ecology  (3 credits)``; the second had been a
    paragraph of the first's ``Notes``, its fields and its ``Prerequisites`` read as the first's. A code inside a
    sentence (``ENVS 210 (Introduction to Hydrology) or GEOL 220 …``, wrapped on) stands apart from nothing.

    >>> from pipeline.layout import derived_layout
    >>> raw = ["Notes", "Bring boots.", "", "ENVS 355  Soil Ecology  (3 credits)", "", "Prerequisites",
    ...        "ENVS 210 (Hydrology) or permission of the instructor."]
    >>> ls = [Text.from_raw(t, n) for n, t in enumerate(raw, 1) if t]
    >>> lay = Layout(derived_layout(raw), (3, 5))
    >>> entry_headings(ls, [Text.from_raw("ENVS 342  Watershed Hydrology  (4 credits)", 1)], lay)
    {2}
    >>> entry_headings(ls, [Text.from_raw("Watershed Hydrology", 1)], lay), entry_headings(ls, [Text.from_raw("GEOL 342  Rocks", 1)], lay)
    (set(), set())
    """
    if layout is None:
        return set()
    titles = [m for t in above if (m := _ENTRY_CODE.match(fold(t.text.strip()))) is not None
              and any(c.isalpha() for c in m.group("rest"))]
    if not titles:
        return set()
    letters = {m.group("letters") for m in titles}
    numbers = {m.group("number") for m in titles}
    out = set()
    for i, t in enumerate(lines):
        s = fold(t.text.strip())
        m = _ENTRY_CODE.match(s)
        if m is None or m.group("letters") not in letters or m.group("number") in numbers or len(s) > MAX_ENTRY_HEADING \
                or not any(c.isalpha() for c in m.group("rest")) or _is_sentence_end(s) or s.endswith((",", ";", ":")):
            continue
        if all(j < 0 or j >= len(lines) or layout.blank_between_texts(lines[min(i, j)], lines[max(i, j)])
               for j in (i - 1, i + 1)):
            out.add(i)
    return out


def boxes_in_numbered_sections(lines: Sequence[Text], bracketed: Collection[int], headings: Collection[int]) -> set[int]:
    """The bracketed labels (indexes among ``bracketed``) that open a box inside a numbered section: the same label
    (``【ワンポイント】``, ``【チェック】``, ``【注意】``) printed twice or more in the document, each under a numbered heading
    (``headings``: the indexes of the numbered ones). A manual sets its tips and cautions in boxes so labelled, one in
    a section here and one there; each is that section's (a paragraph, its label a line of it), never a section of
    its own. Labels that differ (``【議事（1）…】``, ``【ご使用について】``) head sections, as before.

    Why (issue 16 point 2, fresh-user trial 75; helper furn76): a training manual's two ``【ワンポイント】`` boxes had been
    unnumbered subsections of 2-1 and 2-2, and a box set before a section's ``（1）``, ``（2）`` items took those
    items into itself, under its label.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("1-1　準備", "本文。", "【ポイント】", "前日に送る。", "1-2　記録", "【ポイント】", "短く書く。")
    >>> sorted(boxes_in_numbered_sections(doc, {2, 5}, {0, 4})), boxes_in_numbered_sections(doc, {2, 5}, set())
    ([2, 5], set())
    """
    numbered = sorted(headings)
    if not numbered:
        return set()
    label = {i: " ".join(lines[i].text.split()) for i in bracketed}
    out = set()
    for i, text in label.items():
        if sum(t == text for t in label.values()) >= 2 and numbered[0] < i:
            out.add(i)
    return out


def _label_value_item(text: str, heading: Heading) -> bool:
    """A numbered line whose text after its number gives a short label and its value (``（2）会場　市民体育館``,
    ``(1) Date: 3 May``): a notice's field (:data:`~pipeline.segment.labels.NOTICE_FIELD`) or a value's label
    (:func:`~pipeline.segment.labels.value_label`)."""
    rest = text[heading.title_start:].strip()
    return is_notice_field(rest) or value_label(rest) is not None


def _marked_items(lines: list[Text], headings: dict[int, Heading], marked: set[int]) -> set[int]:
    """Numbered label–value items under a marked heading (``■ 清掃活動のお知らせ`` / ``（1）日時　…`` / ``（2）集合場所
    　…``): list items, the lines of the mark's section, never headings of their own (decision, issue 16; trial 25's
    newsletter made each item a section, titled by the label where the label was a known field's and by the whole
    line where not, and the items broke the ``■`` sections). A run is the numbered headings of one style after a
    marked heading, up to the next mark or another style; it is items when it has two or more, each a label and its
    value (:func:`_label_value_item`), one right under the other (nothing between them). A numbered heading over its
    own text (``■ 調査の方法`` / ``（1）住民への聞き取り`` / paragraphs / ``（2）…``) stays a heading.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("■ 清掃", "清掃を行います。", "（1）日時　5月3日", "（2）集合場所　中央公園 北口", "■ 訓練", "訓練です。")
    >>> sorted(_marked_items(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, {0, 4}))
    [2, 3]
    >>> doc = mk("■ 方法", "（1）対象　市内の高齢者", "聞き取りを行った。", "（2）期間　三か月", "集計した。", "■ 結果", "多い。")
    >>> sorted(_marked_items(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, {0, 5}))
    []
    """
    runs: list[list[int]] = []
    current: list[int] | None = None
    for i in sorted(set(headings) | marked):
        if i in marked:
            current = []
            runs.append(current)
        elif current is not None:
            if current and headings[i].style != headings[current[0]].style:
                current = None  # another style: no item of this mark's
                continue
            current.append(i)
    return {i for run in runs if len(run) >= 2 and all(b == a + 1 for a, b in zip(run, run[1:]))
            and all(_label_value_item(lines[i].text, headings[i]) for i in run) for i in run}


MAX_PARENT_LEVEL = 2
"""The deepest numbered heading whose opening ``(1)``, ``(2)`` … are its subsections (one level deeper, at most 3)."""


def _opening_subsections(texts: list[str], headings: dict[int, Heading],
                         listed: dict[int, int | None] | None = None, points: Collection[int] = ()) -> dict[int, Heading]:
    """``(1)``, ``(2)`` … that open a numbered section, each over its own text: that section's subsections
    (decision, issue 16; trials 26, 27 and 30: ``2. アジア文化中心都市構想`` / ``(1) 構想の背景`` / a paragraph /
    ``(2) アジア文化殿堂の開館`` / a paragraph). A run is the bracketed numbers counting from ``(1)`` in the section,
    each a heading-shaped line (short, no sentence's end: :func:`~pipeline.numbering.heading_shaped`) with a paragraph
    of its own under it and a title after its number (an equation's ``(1)`` alone on its line heads nothing); ``(1)``
    stands right under the heading (or under a chapter number's title line), and two items or more make it. The subsections are numbered under the section (``2.1``, ``3.1.2``) and set one level
    under it. A section whose own text comes first (``…次のとおりである。`` / ``（１）人材育成分野`` / …) keeps its
    ``(1)`` lines as that text's items, as before; so do items listed one right under the other (a list) and items
    under a numbered heading of level 3, and items whose text holds no sentence (a field's value: ``1. 申込方法`` /
    ``(1) 電話`` / ``012-345-6789`` / ``(2) ファクス`` / …; review of 2 December, where they were subsections 1.1, 1.2).
    ``texts`` are the lines as the solver read them (an endnote's is empty). ``points``: the headings of the points
    counted again under each ``第M節`` (:func:`_restarted_under_chapters`, level 3), whose items open subsections too
    (level 4: ``第３章`` / ``第１節`` / ``１　災害対策本部の設置`` / ``(1)　設置基準``; fresh-user trial 75d).

    >>> doc = ["1. 概要", "本文。", "2. 構想", "(1) 背景", "本文。", "(2) 開館", "本文。", "3. 課題", "本文。"]
    >>> hs = {h.index: h for h in solve(doc)}
    >>> [(i, h.number, h.level) for i, h in sorted(_opening_subsections(doc, hs).items())]
    [(3, '2.1', 2), (5, '2.2', 2)]
    >>> doc[3:3] = ["次の二点である。"]; _opening_subsections(doc, {h.index: h for h in solve(doc)})
    {}
    >>> doc = ["1. 申込方法", "(1) 電話", "012-345-6789", "(2) ファクス", "012-345-6780", "2. 締切", "2月28日必着"]
    >>> _opening_subsections(doc, {h.index: h for h in solve(doc)})
    {}
    """
    listed = listed or {}
    out: dict[int, Heading] = {}
    starts = sorted(headings)
    for k, at in enumerate(starts):
        parent = headings[at]
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        if parent.level > MAX_PARENT_LEVEL and at not in points or run_in_cut(texts[at], parent.title_start) is not None:
            continue  # a run-in heading's sentence (``1. Scope. This note…``) is the section's own text, first
        first = at + 1 + (parent.title_start >= len(texts[at].rstrip()))  # 第1章 alone: the next line is its title
        run: list[int] = []
        for i in range(first, end):
            e = explicit_number(texts[i]) if heading_shaped(texts[i]) else None
            if i in listed and heading_shaped(texts[i]):
                value = listed[i]  # ``(�) 開館``: the number its list gives it (None: the items around it disagree)
            elif e is None or e.style != PAREN or not texts[i][_paren_title_start(texts[i]):].strip():
                continue  # no bracketed number, or one alone on its line (an equation's number ``(1)``): no title
            else:
                value = e.label[0]
            if value != len(run) + 1:
                break  # out of order: the run ends
            run.append(i)
        if len(run) < 2 or run[0] != first:
            continue
        if any(b - a < 2 for a, b in zip(run, run[1:] + [end])):
            continue  # an item with no text of its own under it: a list
        if not all(any(_is_sentence_end(texts[j]) or _stop_lost(texts[j]) for j in range(a + 1, b))
                   for a, b in zip(run, run[1:] + [end])) and not _over_kana_rungs(texts, run):
            # an item whose text is no paragraph, a value (``(1) 電話`` / ``012-345-6789``): a list of fields (a
            # sentence whose stop was lost, ``…質問があった\ufffd``, ends one: fresh-user trial 68's minutes, read from
            # Shift_JIS, had their agenda's ``(1)``, ``(2)`` as paragraphs)
            continue
        for n, i in enumerate(run, 1):
            out[i] = Heading(i, f"{parent.number}.{n}", parent.level + 1, _paren_title_start(texts[i]), (), PAREN)
    return out


_NAME_WITH_READING = re.compile(r"^[\s\u3000]*(?P<name>[\u4e00-\u9fff々\ufffd]{1,5}[ \u3000]?[\u4e00-\u9fff々\ufffd]{1,5})"
                                r"[ \u3000]*[（(](?P<reading>[\u3041-\u3096ー]+(?:[ \u3000][\u3041-\u3096ー]+)?)[）)][\s\u3000]*$")
"""A person's name in kanji with its reading in hiragana in brackets, alone on its line (``川上 隆（かわかみ たかし）``,
``大西 恵\ufffd（おおにし えみ）``: a lost glyph in the name too): how a programme heads a speaker's profile."""
MAX_PROFILES_LABEL = 20
"""Characters the phrase over the profiles (``登壇者プロフィール``) has at most."""
MIN_PROFILES = 2
"""Profile headings (:data:`_NAME_WITH_READING`) a document holds at least for them to head its profiles."""


def profile_headings(lines: Sequence[Text]) -> set[int]:
    """Indexes of the lines heading speakers' profiles: each name with its reading (:data:`_NAME_WITH_READING`) over
    its profile's text, :data:`MIN_PROFILES` of them or more, and the short phrase right over the first naming them
    all (``登壇者プロフィール``, ``講師紹介``: no sentence, no name with its reading). Why (issue 16 point 2, helper rev74,
    fresh-user trial 74c): a symposium's profiles had been paragraphs of its last programme slot, one name a section's
    title by its shape and the others not; the reading in brackets after a name is the profile's heading, alike for
    each. A name with its reading inside a line, or one such line alone, heads nothing; the name stays a heading's
    text, never filled (a lost glyph in it stays open).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(profile_headings(mk("閉会挨拶", "登壇者プロフィール", "中川 浩二（なかがわ こうじ）", "京都大学教授。",
    ...                             "川上 隆（かわかみ たかし）", "自主防災会会長。")))
    [1, 2, 4]
    >>> sorted(profile_headings(mk("講師", "中川 浩二（なかがわ こうじ）", "京都大学教授。")))  # one alone
    []
    """
    at = [i for i, t in enumerate(lines) if _NAME_WITH_READING.match(t.text) is not None]
    heads = [i for i in at if i + 1 < len(lines) and lines[i + 1].text.strip() and i + 1 not in at
             and not is_date_line(lines[i + 1].text)]
    if len(heads) < MIN_PROFILES:
        return set()
    out = set(heads)
    first = heads[0]
    if first > 0 and short_phrase(lines[first - 1].text, MAX_PROFILES_LABEL) \
            and _NAME_WITH_READING.match(lines[first - 1].text) is None and not is_person_name(lines[first - 1].text.strip()):
        out.add(first - 1)
    return out


def _over_kana_rungs(texts: list[str], run: list[int]) -> bool:
    """Each ``(N)`` of ``run`` stands right over the next rung of a Japanese official document's ladder, a ``ア`` (or
    ``（ア）``) label counting from its first (``（1）初動対応訓練`` / ``ア　災害対策本部設置訓練`` / ``（ｱ）本部員の参集…``):
    the items head those rungs, whether or not a sentence follows (a plan's list of drills names its items in phrases).
    The ladder ``第1`` → ``1`` → ``(1)`` → ``ア`` → ``(ｱ)`` is :mod:`pipeline.segment.kanalabels`'; helper rev74,
    fresh-user trial 74c: ``（1）初動対応訓練`` had been a paragraph of section 5, its ``ア``, ``イ`` sections 5.1, 5.2.

    >>> _over_kana_rungs(["5　訓練項目", "（1）初動", "ア　本部", "（2）避難", "ア　津波"], [1, 3])
    True
    >>> _over_kana_rungs(["1. 申込方法", "(1) 電話", "012-345-6789", "(2) ファクス", "ア　代表"], [1, 3])
    False
    """
    return all(i + 1 < len(texts) and (lab := sequence_label(texts[i + 1])) is not None and lab.kind != "circled"
               and lab.ordinal == 1 for i in run)


def _term_headings(texts: Sequence[str], headings: dict[int, Heading]) -> dict[int, Heading]:
    """The terms entries (:func:`~.terms.term_entries`) whose number's parent is the number of the nearest numbered
    heading before them (``3.1`` under ``3 Terms and definitions``): headings one level under it, with no title on
    their line (the term under the number is their title, as a label alone takes the line under it).

    >>> h = {0: Heading(0, "3", 1, 2, (), "arabic")}
    >>> sorted(_term_headings(["3 Terms", "3.1", "dataset", "data", "3.2", "agent", "one who acts"], h))
    [1, 4]
    >>> _term_headings(["4 Loads", "3.1", "dataset", "data", "3.2", "agent", "one who acts"], {0: Heading(0, "4", 1, 2, (), "arabic")})
    {}
    """
    from pipeline.segment.terms import term_entries
    out: dict[int, Heading] = {}
    for i, number in term_entries(texts).items():
        if i in headings:
            continue
        before = [j for j in headings if j < i]
        parent = headings[max(before)] if before else None
        if parent is None or parent.number != number.rsplit(".", 1)[0]:
            continue
        out[i] = Heading(i, number, parent.level + 1, len(texts[i]), (), parent.style)
    return out


def part_headings(lines: Sequence[Text], headings: dict[int, Heading]) -> dict[int, int]:
    """A part's heading between a paper's chapters: ``{index: offset of its title on the line}``, the offset the
    line's length for a label alone whose title is the next line (:func:`_label_title`). Only in a paper whose
    chapters are numbered (``headings`` holds a level-1 heading after the part's line) and where the part's title is a
    phrase (no sentence's end, at most :data:`MAX_LABEL_TITLE` characters); a sentence naming a part (``Part 2 of the
    plan was never published.``) is none.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> h = {3: Heading(3, "1", 1, 2, (), "arabic")}
    >>> part_headings(mk("Part I", "Foundations", "Text.", "1 Introduction"), h)
    {0: 6}
    >>> part_headings(mk("Part II: Case Studies", "Text.", "x", "1 Leeds"), h), part_headings(mk("Part 2 of the plan was late.", "a", "b", "1 X"), h)
    ({0: 9}, {})
    """
    out: dict[int, int] = {}
    last: int | None = None  # the number of the part last read as a heading
    for i, t in enumerate(lines):
        m = PART_LABEL.match(t.text.strip())
        if m is None or i in headings:
            continue
        after = min((j for j, h in headings.items() if j > i and h.level == 1), default=None)
        number = part_number(t.text)
        if after is None and (last is None or number != last + 1):
            # (the last part of a series may hold no numbered chapter, an appendix's text alone: ptex-manual's
            # ``第III部`` / ``pTEXの出力するDVIフォーマット`` after ``第I部`` and ``第II部``, helper real72)
            continue
        if any(has_leader(x.text) for x in lines[i:after if after is not None else i + 2]):
            continue  # (a contents' entry, ``Part II Case Studies`` among ``3 Leeds ....... 15``: no heading)
        title = t.text.strip()[m.end():]
        if title:
            if len(title) <= MAX_LABEL_TITLE and not _is_sentence_end(title) and (title[0].isupper() or has_japanese(title)):
                out[i] = len(t.text) - len(t.text.lstrip()) + m.end()
        elif _label_title(list(lines), i + 1, headings, named=True):
            out[i] = len(t.text)
        if i in out:
            last = number
    return out


def column_boxes(lines: Sequence[Text]) -> set[int]:
    """The lines that head a column box (:data:`COLUMN_BOX`): the label and at most a short title (no sentence's end,
    at most :data:`MAX_LABEL_TITLE` characters), with running text under it (:func:`~.titleblock.is_prose`). Such a
    box is a section of its own, never a paragraph of the section before it (decision, issue 16 point 2, helper
    white85: fresh-user trial 84b's 観光白書 had its ``コラム　地方部への誘客に向けた取組`` glued into 第2節).
    It does NOT read a sentence opening on the word (``コラムでは…を紹介する。``), nor the label over no text.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(column_boxes(mk("コラム　地方の取組", "宿泊は三大都市圏に集中している。", "【コラム２】", "地域の事例を紹介する。")))
    [0, 2]
    >>> column_boxes(mk("コラムでは地域の事例を紹介する。", "次の節で述べる。")), column_boxes(mk("コラム１　事例", "図表1-1"))
    (set(), set())
    """
    out = set()
    for i, t in enumerate(lines[:-1]):
        m = COLUMN_BOX.match(t.text.strip())
        if m is None:
            continue
        title = m.group("title") or ""
        if len(title) > MAX_LABEL_TITLE or (title and _is_sentence_end(title)) or not is_prose(lines[i + 1].text):
            continue
        out.add(i)
    return out


_ROOM_LABEL = re.compile(r"^(?:ROOM|Room|GALLERY|Gallery|HALL|Hall)\s+([0-9]{1,2}|[IVX]{1,4})(?:\s*[.:：—–-]\s*(\S.*)|\s*)$"
                         r"|^第[0-9０-９一二三四五六七八九十]{1,3}(?:展示)?室(?:[ \u3000:：]+(\S.*))?$")
"""A room's or gallery's label opening an exhibition catalogue's division (``ROOM 1: THE ESTUARY``, ``Gallery 3``,
``Room II — Later Views``, ``第2展示室　近代の洋画``), its title after the label, if any, in group 2 or 3."""


def catalogue_rooms(lines: Sequence[Text], headings: dict[int, Heading]) -> set[int]:
    """The lines that divide an exhibition catalogue's numbered entries by the rooms that show them: each a room's
    label (:data:`_ROOM_LABEL`) with at most a short phrase after it (no sentence's end, at most
    :data:`MAX_LABEL_TITLE` characters), not itself a numbered heading, and each followed by a numbered heading before
    the next room. Two rooms at least: one label alone (``Room 101 is closed on Mondays.``, ``Gallery 2`` in an
    address) divides nothing. Empty otherwise (decision, issue 16 point 2, helper shapes76: fresh-user trial 76's
    catalogue had its first room front matter, the others paragraphs of the entry before).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> h = {1: Heading(1, "1", 1, 1, (), "arabic"), 3: Heading(3, "2", 1, 1, (), "arabic")}
    >>> sorted(catalogue_rooms(mk("ROOM 1: THE ESTUARY", "1  A (1800–1860)", "Room 2", "2  B (1810–1870)"), h))
    [0, 2]
    >>> catalogue_rooms(mk("ROOM 1: THE ESTUARY", "1  A (1800–1860)", "Room 2 is closed on Mondays.", "2  B"), h)
    set()
    """
    found = []
    for i, t in enumerate(lines):
        m = _ROOM_LABEL.match(t.text.strip())
        if m is None or i in headings:
            continue
        title = m.group(2) or m.group(3) or ""
        if len(title) > MAX_LABEL_TITLE or (title and _is_sentence_end(title)):
            continue
        found.append(i)
    if len(found) < 2:
        return set()
    for i, j in zip(found, [*found[1:], len(lines)]):
        if not any(i < k < j for k in headings):
            return set()
    return set(found)


def catalogue_apparatus(lines: Sequence[Text], layout: Layout, rooms: Collection[int], headings: dict[int, Heading]) -> set[int]:
    """In a catalogue divided by rooms (:func:`catalogue_rooms`), the headings of its apparatus before the first room
    or after the last entry (``Notes to the catalogue``, ``Lenders to the exhibition``, ``Photographic credits``): a
    short phrase (at most :data:`MAX_APPARATUS_WORDS` words, capitalised, no digit, no sentence's end) at the left
    edge after a blank line, right over a line of text at the left edge (40 characters or more). An entry's own lines
    stand indented under its number and are none (helper shapes76, fresh-user trial 76: the notes had been front, the
    lenders a paragraph of the last entry)."""
    first, last = min(rooms), max(headings, default=max(rooms))
    out = set()
    for i in [*range(1, first), *range(last + 1, len(lines) - 1)]:
        t, under = lines[i], lines[i + 1]
        s = t.text.strip()
        if i in headings or not s[:1].isupper() or re.search(r"[0-9]", s) or len(s.split()) > MAX_APPARATUS_WORDS \
                or _is_sentence_end(s) or layout.indent(t) or layout.indent(under) or len(under.text.strip()) < 40 \
                or is_document_kind(s) or byline(under.text):
            continue  # (the catalogue's kind over its compiler's byline is its head's, front)
        if layout.blank_between_texts(lines[i - 1], t) and not layout.blank_between_texts(t, under):
            out.add(i)
    return out


MAX_APPARATUS_WORDS = 6
"""Words a catalogue's apparatus heading has at most (:func:`catalogue_apparatus`)."""


_MARKED_NUMBER = re.compile(rf"[\s\u3000]*[0-9]{{1,3}}[.)]?(?:{SYMBOL_CALL}|＊)[\s\u3000]+(?=\S)")


def marked_number_end(text: str, title_start: int) -> int:
    """Where a numbered heading's title opens when a note's symbol stands against its number (``9*  Harry Becker
    (1865–1928)``, ``12†  A View of Dunwich``: a catalogue's entries the note under its head calls, ``Numbers marked *
    are shown …``): after the mark and the space, else ``title_start`` unchanged. The mark must touch the number: ``3
    * 4 = 12`` or ``2 *Mostly* harmless`` keep theirs.

    >>> marked_number_end("9*  Harry Becker", 1), marked_number_end("10* Laura Knight", 2), marked_number_end("3 * 4", 1)
    (4, 4, 1)
    """
    m = _MARKED_NUMBER.match(text)
    return m.end() if m is not None and m.end() > title_start else title_start


_AGENDA_ITEM = re.compile(r"^[ \u3000]*日程第[0-9０-９一二三四五六七八九十]{1,3}"
                          r"(?:(?:[、・]|及び|から|ないし)日程第[0-9０-９一二三四五六七八九十]{1,3}(?:まで)?)*"
                          r"[ \u3000]+(\S.{0,60})$")
"""A Japanese council's agenda item by its place in the day's order (``日程第１　一般質問``, ``日程第２　議案第５３号
令和６年度三島市一般会計補正予算``, ``日程第３から日程第５まで　…``), its subject after a space."""


def record_agenda_items(lines: Sequence[Text]) -> set[int]:
    """The lines of a council's record (会議録) that take up an agenda item (:data:`_AGENDA_ITEM`) among its
    proceedings: after the first speaker's turn (:func:`~pipeline.segment.labels.speaker_turn`), so the day's agenda
    listed over the attendance (``議事日程`` / ``日程第１　一般質問``) stays front. Each heads the turns under it: the
    record's own division of the sitting (decision, issue 16 point 2, helper shapes76: fresh-user trial 76's
    ``日程第１　一般質問`` had been a paragraph of one untitled section). A sentence naming an item (``日程第１、一般質問を
    行います。``, the chair's words) is none: the subject is no sentence and parted by a space, not a comma.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(record_agenda_items(mk("日程第１　一般質問", "○議長（山田太郎君）　開きます。", "　日程第１　一般質問",
    ...                                "○議長（山田太郎君）　日程第１、一般質問を行います。")))
    [2]
    >>> record_agenda_items(mk("○議長（山田太郎君）　開きます。", "日程第１　一般質問を行います。"))
    set()
    """
    first_turn = next((k for k, t in enumerate(lines) if speaker_turn(t.text)), None)
    if first_turn is None:
        return set()
    return {k for k in range(first_turn + 1, len(lines))
            if (m := _AGENDA_ITEM.match(lines[k].text.rstrip())) is not None and not _is_sentence_end(m.group(1))}


def labelled_chapters(texts: Sequence[str]) -> dict[int, int]:
    """A chapter's label alone on its line over the chapter's numbered title (``Chapter 1`` / ``1 Introduction``,
    ``CHAPTER 2`` / ``2. Methods``, ``第1章`` / ``1 はじめに``): ``{label's index: number's length}`` (the number and its
    separator opening the title's line), where every chapter label alone in ``texts`` (the lines as the solver reads
    them, a label spelled ``第N章``: :func:`~pipeline.numbering.chapter_label`) stands right over a heading-shaped line
    numbered N, and no chapter is headed otherwise (``第3章 結果``, ``Chapter 3: Results``). The pair is one heading,
    numbered N, titled by the words after the number; the document numbers its chapters ``N Title``, so a later
    chapter printed without its label (``3 Results``) is one too, and ``N.M`` its sections (decision, issue 16, helper
    chap60: a thesis's chapter 1 had been titled ``1 Introduction``, its ``2 Literature Review`` a paragraph). Empty
    where one label stands over anything else (its title's words, ``Chapter 3`` / ``1 Overview``, a sentence).

    >>> labelled_chapters(["第1章", "1 Introduction", "1.1 Aims", "text.", "第2章", "2. Data", "3 Results"])
    {0: 1, 4: 2}
    >>> labelled_chapters(["第1章", "1 Introduction", "第2章", "Data"]), labelled_chapters(["第3章", "1 Overview"])
    ({}, {})
    >>> labelled_chapters(["第2章", "2 of the 40 interviews were held online because of the strike."])
    {}
    """
    pairs: dict[int, int] = {}
    for i, text in enumerate(texts):
        read = explicit_number(text.strip())
        if read is None or read.style != CHAPTER:
            continue
        chapter = read.label[0]
        if not chapter or number_end(text.strip()) != len(text.strip()):
            return {}  # a chapter headed on its line (``第3章 結果``) or a section ``第1節``: no pairs to read
        below = texts[i + 1].strip() if i + 1 < len(texts) else ""
        under = explicit_number(below)
        if under is None or under.style != ARABIC or under.label != (chapter, 0, 0) or not heading_shaped(below) \
                or number_end(below) is None or not below[number_end(below):].strip():
            return {}
        pairs[i] = number_end(below)
    return pairs


def _restarted_under_chapters(texts: list[str], headings: dict[int, Heading]) -> dict[int, Heading]:
    """Arabic numbers counting from 1 again under each chapter (``第1章　人口の動向`` / its text / ``１　総人口`` / its
    text / ``２　世帯数`` / … / ``第2章　…`` / ``１　製造業``): that chapter's sections, numbered under it (``1.1``,
    ``1.2``, ``2.1``) one level down. A white paper numbers so; the solver reads one sequence and none of its styles
    restarts under ``第N章`` (``第N節``, ``N.M`` do), so they had been the chapter's paragraphs (issue 16, helper head58).
    A run is the chapter's heading-shaped lines (:func:`~pipeline.numbering.heading_shaped`) whose one arabic number
    counts 1, 2, … with a title after it, each over text of its own that holds a sentence's end, two or more in one
    chapter at least (then one alone in another chapter is its section 1); items one right under the other (a list)
    or over values with no sentence (fields) are no sections.

    >>> doc = ["第1章 人口", "人口は減った。", "1 総人口", "総人口は減った。", "2 世帯数", "世帯は増えた。", "第2章 産業", "本文。"]
    >>> [(i, h.number, h.level) for i, h in sorted(_restarted_under_chapters(doc, {h.index: h for h in solve(doc)}).items())]
    [(2, '1.1', 2), (4, '1.2', 2)]
    >>> doc = ["第1章 人口", "人口は減った。", "1 総人口", "2 世帯数", "第2章 産業", "本文。"]  # a list: no sections
    >>> _restarted_under_chapters(doc, {h.index: h for h in solve(doc)})
    {}
    """
    out: dict[int, Heading] = {}
    runs: list[tuple[Heading, list[int]]] = []
    through = False  # the numbers count on through the chapters, restarting under none
    starts = sorted(headings)
    for k, at in enumerate(starts):
        chapter = headings[at]
        # a chapter, or a section ``第M節`` under one: a prefecture's plan numbers its points ``１　…`` from 1 again
        # under each 節 as a white paper does under each 章 (fresh-user trial 75d: ``第３章`` / ``第１節　応急活動体制``
        # / ``１　災害対策本部の設置`` / ``(1)　設置基準``, whose points and items had been the 節's paragraphs)
        if chapter.style != CHAPTER or not (chapter.level == 1 and "." not in chapter.number
                                            or chapter.level == 2 and _section_mark(texts[at])):
            continue
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        run: list[int] = []
        said = 0  # the points written as paragraphs (``１　本件は、…事案である。``): counted, no sections
        style = None  # the run's numerals: arabic, or kanji (an older judgment's ``第二`` / ``一　争点について``)
        for i in range(at + 1 + (chapter.title_start >= len(texts[at].rstrip())), end):
            e = explicit_number(texts[i]) if texts[i] and heading_shaped(texts[i]) else None
            if e is None and _numbered_paragraph(texts[i], said + len(run) + 1, style):
                said += 1
                style = explicit_number(texts[i]).style
                continue
            if e is None or e.style not in (ARABIC, KANJI_STYLE) or (style is not None and e.style != style) \
                    or any(e.label[1:]) or (cut := number_end(texts[i])) is None or not texts[i][cut:].strip():
                continue
            style = e.style
            if not run and not said and runs and runs[-1][1] and e.label[0] == _last_number(texts, runs[-1]) + 1:
                # the numbers go on from the chapter before (a leaflet's captions ``１．…`` ``２．…`` under ``第一章``,
                # ``３．…`` under ``第二章``): one count through the document, each the chapter's section numbered as
                # printed, as a law's articles are (helper notice74, fresh-user trial 73d: captions 3 to 6 had been
                # paragraphs)
                said = e.label[0] - 1
                through = True
            if e.label[0] != said + len(run) + 1:
                break  # out of order: the run ends
            run.append(i)
        texts_between = list(zip(run, run[1:] + [end]))
        # a point whose text is its own items, short phrases counting ``(1)``, ``(2)`` (a judgment's ``２　争点`` / ``(1)
        # 被告の債務不履行の有無`` / ``(2)　損害額``), beside a point over running text: a heading over its list, as
        # its neighbour is (fresh-user trial 70c, helper judg71: the two points had stayed ``第2``'s paragraphs)
        listing = [not any(_is_sentence_end(texts[j]) for j in range(a + 1, b))
                   and _listed_phrases(texts[a + 1:b]) for a, b in texts_between]
        if run and not any(b - a < 2 for a, b in texts_between) \
                and all(listed or any(_is_sentence_end(texts[j]) for j in range(a + 1, b))
                        for listed, (a, b) in zip(listing, texts_between)) \
                and (not any(listing) or (len(run) >= 2 and not all(listing)
                                          and all(_lone_section_title(texts[i][number_end(texts[i]) or 0:]) for i in run))) \
                and (not said or all(_lone_section_title(texts[i][number_end(texts[i]) or 0:]) for i in run)):
            # beside points written as paragraphs, each point a heading's short title (``２　前提事実`` after ``１　本件
            # は、…である。``: fresh-user trial 69b)
            runs.append((chapter, run, said))
    if not any(len(run) >= 2 for _, run, _ in runs):
        # a chapter's one ``1　…`` alone says little; it is the chapter's section 1 only where its line is a heading's
        # and no item's: a short title that ends no sentence (``1　争点（1）について`` under a judgment's ``第3``, fresh-user
        # trial 68c), right over running text (a sentence's end under it, checked above); points beside numbered
        # paragraphs were each checked so
        runs = [(chapter, run, said) for chapter, run, said in runs
                if said or len(run) == 1 and _lone_section_title(texts[run[0]][number_end(texts[run[0]]) or 0:])]
    for chapter, run, _ in runs:
        for i in run:
            n = explicit_number(texts[i]).label[0]  # as printed: the points written as paragraphs count
            cut = number_end(texts[i]) or 0
            while cut < len(texts[i]) and texts[i][cut] in " \u3000\t":
                cut += 1
            out[i] = Heading(i, str(n) if through else f"{chapter.number}.{n}", chapter.level + 1, cut, (), ARABIC)
    return out


def _last_number(texts: list[str], run: tuple[Heading, list[int], int]) -> int:
    """The number a chapter's run (:func:`_restarted_under_chapters`) counts to: its last heading's, as printed."""
    return explicit_number(texts[run[1][-1]]).label[0]


def _listed_phrases(texts: list[str]) -> bool:
    """``texts`` are a list of short phrases each opening on its bracketed number, counting from ``(1)`` (``(1)　被告の
    債務不履行の有無`` / ``(2)　損害額``), two or more: the items a judgment's ``２　争点`` lists, no running text. Each
    a short title (:func:`_lone_section_title`: no sentence's end, no comma, no figure opening or closing it).

    >>> _listed_phrases(["(1)　被告の債務不履行の有無", "(2)　損害額"]), _listed_phrases(["(1)　損害額"])
    (True, False)
    >>> _listed_phrases(["(1)　4月1日", "(2)　4月2日"]), _listed_phrases(["(1)　損害額", "(3)　過失割合"])
    (False, False)
    """
    if len(texts) < 2:
        return False
    for n, text in enumerate(texts, 1):
        e = explicit_number(text) if text else None
        if e is None or e.style != PAREN or e.label[0] != n or any(e.label[1:]):
            return False
        if not _lone_section_title(text[_paren_title_start(text):]):
            return False
    return True


def _numbered_paragraph(text: str, number: int, style: str | None) -> bool:
    """``text`` is a division's point ``number`` written as a paragraph: the number (arabic or kanji, ``style`` where
    the points before it set one), white space, then a sentence of its own to its stop (``１　本件は、…を求める事案であ
    る。``). A judgment's ``第2　事案の概要`` opens so, its later points headings (``２　前提事実``); the sentence stays the
    division's paragraph, its number counted (:func:`_restarted_under_chapters`; fresh-user trial 69b).

    >>> _numbered_paragraph("１　本件は、原告が被告に対し貸金の返還を求める事案である。", 1, None)
    True
    >>> _numbered_paragraph("一　本件は、建物の明渡しを求める事案である。", 1, None)
    True
    >>> _numbered_paragraph("２　前提事実", 2, None), _numbered_paragraph("1人当たりの額は増えた。", 1, None)
    (False, False)
    """
    e = explicit_number(text)
    cut = number_end(text)
    if e is None or cut is None or e.style not in (ARABIC, KANJI_STYLE) or (style is not None and e.style != style) \
            or any(e.label[1:]) or e.label[0] != number or not {text[cut - 1:cut], text[cut:cut + 1]} & {" ", "\u3000"}:
        return False
    return _is_sentence_end(text) and not short_phrase(text[cut:])


MAX_LONE_SECTION_TITLE = 20
"""The longest title (in characters) of a chapter's one arabic section alone (:func:`_restarted_under_chapters`):
a heading's, never a numbered sentence's (``1　原告は、平成30年…と主張するが、…``)."""


def _lone_section_title(title: str) -> bool:
    """``title`` (after its number) may title a chapter's one arabic section alone: a short phrase
    (:data:`MAX_LONE_SECTION_TITLE`) that ends no sentence and holds no clause's comma, none of its letters a figure
    (``4月　1,200``: a table's row).

    >>> _lone_section_title("　争点（1）について"), _lone_section_title("　文書の特定について")
    (True, True)
    >>> _lone_section_title("　原告は、被告に対し金員を支払えと主張する。"), _lone_section_title("　4月　1,200")
    (False, False)
    """
    s = title.strip()
    return short_phrase(s, MAX_LONE_SECTION_TITLE) and not any(c in s for c in "、，,") \
        and not re.search(r"^[0-9０-９]|[0-9０-９]$", s)


def _section_mark(text: str) -> bool:
    """``text`` opens on a section's label ``第M節`` (``第1節``, ``第一節``, ``第１節``)."""
    read = explicit_number(text) if text else None
    return read is not None and read.style == CHAPTER and not read.label[0]


def _sections_over_decimals(texts: list[str], headings: dict[int, Heading]) -> dict[int, Heading]:
    """A chapter whose ``第M節`` headings stand over the chapter's printed decimal sections (``第3章　保守点検`` /
    ``第1節　日常点検`` / ``3.1 点検の目的`` / ``3.2 点検項目`` / ``第2節　定期点検`` / ``3.3 …``): each 節 a level of its
    own (2), the decimals one level under it (3, their items 4), every 節 of that chapter unnumbered (``index`` in the
    result at level 2 and its line a ``第M節``: the caller gives it number null; its heading keeps ``第1節``).

    Why: the solver numbers a 節 by its path (``第3章`` / ``第1節``: ``3.1``) and the printed ``3.1`` by its digits,
    so the two had one number at one level (fresh-user trial 62: ``3.1 日常点検`` beside ``3.1 点検の目的``, ``3.2 定期
    点検`` beside ``3.2 点検項目``). The printed number is the one a reader cites and cross-references name (``3.2を参
    照``); the 節's is derived, so it gives way, as a part's heading between chapters is unnumbered (:func:`part_headings`).
    A chapter whose 節 hold no printed decimals (``第1節``, ``第2節`` alone, or ``2.1`` in another chapter: trial 24's
    mix) keeps ``1.1``, ``1.2`` at level 2 as before.

    >>> doc = ["第3章 保守", "第1節 日常", "3.1 目的", "本文。", "3.2 項目", "本文。", "第2節 定期", "3.3 周期", "本文。"]
    >>> hs = {h.index: h for h in solve(doc)}
    >>> [(i, h.number, h.level) for i, h in sorted(_sections_over_decimals(doc, hs).items())]
    [(1, '3.1', 2), (2, '3.1', 3), (4, '3.2', 3), (6, '3.2', 2), (7, '3.3', 3)]
    >>> doc = ["第1章 序論", "第1節 背景", "本文。", "第2節 目的", "本文。", "第2章 方法", "2.1 調査", "本文。"]
    >>> _sections_over_decimals(doc, {h.index: h for h in solve(doc)})
    {}
    """
    out: dict[int, Heading] = {}
    starts = sorted(headings)
    chapters = [k for k, at in enumerate(starts) if headings[at].level == 1]
    for n, k in enumerate(chapters):
        end = chapters[n + 1] if n + 1 < len(chapters) else len(starts)
        inside = starts[k + 1:end]
        marks = [at for at in inside if _section_mark(texts[at])]
        if not marks:
            continue
        under = [at for at in inside if at > marks[0] and at not in marks]
        printed = [at for at in under if (e := explicit_number(texts[at])) is not None and e.style == ARABIC and e.label[1]]
        if not printed:
            continue
        for at in marks:
            out[at] = replace(headings[at], level=2)
        for at in under:
            out[at] = replace(headings[at], level=headings[at].level + 1)
    return out


def _paren_title_start(text: str) -> int:
    """Where the title of ``(1) 背景`` or ``（１）背景`` starts: after the closing bracket and the spaces."""
    close = min((j for j in (text.find(")"), text.find("）")) if j >= 0), default=0)
    start = close + 1
    while start < len(text) and text[start] in " \u3000":
        start += 1
    return start


def _agenda_over(lines: list[Text], i: int, labels: Collection[int], above: Sequence[Text]) -> bool:
    """Whether the numbered line ``i`` stands under an agenda's label (:func:`~pipeline.segment.labels.agenda_label`,
    or one of ``labels``, the record's numbered agenda field), the meeting's fields allowed between them (``議事次第`` /
    ``日時　…`` / ``場所　…`` / ``１　開会``), or opens the body (fields aside) under a title block whose last line
    is such a label or a title ending on it (``第5回 みなと区まちづくり協議会 次第``, ``議事次第``: session 62, the
    agenda's items had been empty sections where the label stood in the title or over the fields)."""
    def field(text: str) -> bool:  # (a place whose name opens on kana, ``場所　やまなみ町役場``, is a field here too)
        return form_field(text) is not None or is_notice_field(text)

    j = i - 1
    # (a label line naming what it orders, ``総会次第``, ``式次第``, ``会議次第（案）``, is the label too: session 84,
    # helper soukai84, fresh-user trial 84b's 総会資料, whose 次第 had been sections 1–5, the body under the fifth)
    while j >= 0 and j not in labels and not agenda_titled(lines[j].text) and field(lines[j].text):
        j -= 1
    if j >= 0:
        return j in labels or agenda_titled(lines[j].text)
    # (``above`` in the document's order: the caller gives the title, then the front's lines)
    ordered = sorted(above, key=lambda t: first_line(t) or 0)
    k = len(ordered) - 1
    while k >= 0 and not agenda_titled(ordered[k].text) and field(ordered[k].text):
        k -= 1
    return k >= 0 and agenda_titled(ordered[k].text)


def _agenda_items(lines: list[Text], headings: dict[int, Heading], labels: Collection[int] = (),
                  above: Sequence[Text] = ()) -> set[int]:
    """An agenda's items listed under its label (decision, issue 16, trial 29's minutes): right under a line that is
    only an agenda's label (``議題``, ``次第``, ``Agenda``: :func:`~pipeline.segment.labels.agenda_label`), the
    numbered lines of one style and level one under the other, two or more with nothing between them but their
    sub-items (deeper numbers or list marks: ``2　議事`` / ``（1）…`` / ``3　閉会``), are the list of items the meeting
    takes up: list items, never headings. Trial 29's minutes made ``1. …``, ``2. …``, ``3. …``
    under ``議題`` sections 1, 2 and 3, the first two empty and the third holding every speech of the meeting. The
    items headed again over their own text further on (``1. Welcome`` / a paragraph) stay headings there; a numbered
    heading right under the label with text under it (``Agenda`` / ``1. Welcome`` / a paragraph) heads as before.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("議題", "1. 利用状況について", "2. 停留所について", "○委員長（山田）　開会します。", "（拍手）")
    >>> sorted(_agenda_items(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}))
    [1, 2]
    >>> doc = mk("Agenda", "1. Welcome", "The chair opened the meeting.", "2. Reports", "None.")
    >>> sorted(_agenda_items(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}))
    []

    An item's lettered sub-items (``a. Chair``: :data:`_SUB_ITEM`) are its lines; the items go on under them:

    >>> doc = mk("AGENDA", "1. Welcome", "2. Elections", "a. Chair", "b. Secretary", "3. Any other business", "Tea follows.")
    >>> sorted(_agenda_items(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}))
    [1, 2, 5]
    """
    found: set[int] = set()
    for i, h in headings.items():
        if i - 1 in headings or not _agenda_over(lines, i, labels, above):
            continue
        run, numbers, k = [i], {h.number}, i + 1
        # the items one right under the other, sub-items between them (``2　議事`` / ``（1）…`` / ``（2）…`` / ``3　閉会``),
        # up to the first line that is no item, or an item of the run's style numbered again (``5. Any other business``
        # / ``1. Welcome``: the items headed again over their text)
        while k < len(lines):
            nxt = headings.get(k)
            if nxt is not None and nxt.style == h.style and nxt.level == h.level and nxt.number not in numbers:
                numbers.add(nxt.number)
            elif (nxt is not None and nxt.level <= h.level) or (nxt is None and
                    explicit_number(lines[k].text.strip()) is None and item_mark(lines[k].text) is None
                    and not _SUB_ITEM.match(lines[k].text)):
                break
            run.append(k)
            k += 1
        # an agenda field that gives its first item on its own line (``６　議　題　　（1）議案第12号…`` / ``（2）…``) lists
        # the items under it from the second: one is the list's rest
        least = 1 if i - 1 in labels and numbered_agenda_field(lines[i - 1].text) else 2
        if sum(1 for j in run if j in headings and headings[j].level == h.level) >= least:
            found.update(j for j in run if j in headings)
    return found


_SUB_ITEM = re.compile(r"^[ \u3000\t]*(?:[a-z][.)]|\([a-z]{1,4}\)|[ivx]{1,4}[.)])[ \u3000\t]+\S")
"""An agenda item's lettered sub-item (``a. Chair``, ``(b) Secretary``, ``ii) Treasurer``): a line of the item's, so
the agenda's items go on under it (session 75, helper letter75, fresh-user trial 74e's AGM notice: the items after
item 8's ``a. Chair`` … ``d. …`` had been sections 9 and 10, items 1–8 list items)."""


_NAMES = SECTION_NAMES
"""A conventional section name in capitals (``REFERENCES`` under ``2.2 Some References``) is a section of its own."""


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


_LABEL_WORDS = re.compile("^(?:" + "|".join(w.casefold() for w in CHAPTER_WORDS + APPENDIX_WORDS) + ")?[a-z]?$")


def _label_apart(key: str, other: str) -> bool:
    """The letters ``key`` and ``other`` are one heading's, but for a chapter's or appendix's label word and letter
    before one of them (``hoofdstukbesluit`` and ``besluit``, ``bijlageasymbolen`` and itself)."""
    longer, shorter = (key, other) if len(key) >= len(other) else (other, key)
    return longer.endswith(shorter) and _LABEL_WORDS.match(longer[:len(longer) - len(shorter)]) is not None


def _restated_headings(lines: list[Text], starts: list[int], labelled: set[int]) -> set[int]:
    """Unnumbered heading candidates in capitals that restate the heading before them, set otherwise (their
    letters, case aside, are its letters, a chapter's or appendix's label aside: ``Bijlage A`` / ``Symbolen`` …
    ``BIJLAGE A. SYMBOLEN``):
    a thesis's running head over the section's next page (LaTeX sets ``\\leftmark`` in capitals), no new section.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _restated_headings(mk("Bijlage A", "Symbolen", "BIJLAGE A. SYMBOLEN", "Text."), [0, 2], {0})
    {2}
    >>> _restated_headings(mk("Results", "Text.", "DISCUSSION OF RESULTS", "Text."), [0, 2], set())
    set()
    """
    out: set[int] = set()
    last, cased = "", ""
    for i in starts:
        text = lines[i].text + (" " + lines[i + 1].text if i in labelled and i + 1 < len(lines) else "")
        key = _letters(text)
        if last and len(key) >= 4 and text.isupper() and not cased.isupper() and key not in _NAMES \
                and _label_apart(key, last):
            out.add(i)
            continue
        last, cased = key, text
    return out


PAGE_EDGE = 3
"""Lines at a page's top or foot (each) among which a running head or foot stands (:func:`_running_heads`)."""


def _running_heads(lines: list[Text], layout: Layout, found: set[int]) -> set[int]:
    """Those of ``found`` (unnumbered heading candidates) that a PDF repeats at a page's edge: the same words (case and
    spacing aside) on two pages or more, every copy among the first :data:`PAGE_EDGE` lines of its page, or every copy among the last (on a page of more
    than :data:`PAGE_EDGE` + 1 lines: on a page of a few lines a heading stands at both edges). A
    journal's running head and foot (philosophersimprint: ``editorial board`` / ``Mission Statement`` atop each page,
    ``philosophers’ imprint`` / ``vol. 100, no. 20`` / ``(january 2000)`` at each foot, set in small capitals larger
    than the body, were ten sections with nothing under them), never a heading: a heading is printed once, where its
    section starts. They stay the text they stand in. It does NOT read a heading that recurs inside pages (JACoW's
    ``Complete Form`` / ``Abbreviated Form`` under each kind of reference), a section's name (``References`` atop a
    page of each of two papers), one copy only, or a deck's pages (a
    frame's title repeats over its build-up pages: its slides' own rules), nor copies in two sizes (a chapter's
    heading atop its first page, larger than its running heads: bgteubner's ``Stichwortverzeichnis`` at 14.3 and
    12 pt). Empty without pages."""
    if layout.pages() < 2 or layout.landscape_pages():
        return set()
    on_page: dict[int, list[int]] = {}
    for i, t in enumerate(lines):
        on_page.setdefault(layout.page(t), []).append(i)
    # a page of a few lines has no edge of its own to tell (a chapter's last page holding its closing heading)
    top = {i for at in on_page.values() if len(at) > PAGE_EDGE + 1 for i in at[:PAGE_EDGE]}
    foot = {i for at in on_page.values() if len(at) > PAGE_EDGE + 1 for i in at[-PAGE_EDGE:]}
    copies: dict[tuple[str, float], list[int]] = {}
    for i in found:
        key = " ".join(lines[i].text.casefold().split())
        if key and not is_section_name(lines[i].text):  # ``References`` atop two papers' pages is two headings
            # copies in one size: a chapter's heading atop its first page, set larger than the running heads
            # repeating it over the next pages, is the heading (bgteubner's ``Stichwortverzeichnis``)
            copies.setdefault((key, round(2 * (layout.size(lines[i]) or 0.0)) / 2), []).append(i)
    # all at one edge, as a head or a foot is: a chapter's ``Bibliographie du présent chapitre`` atop one page and
    # closing another is a heading twice (yathesis)
    return {i for at in copies.values() if len(at) >= 2 and (all(i in top for i in at) or all(i in foot for i in at))
            and len({layout.page(lines[i]) for i in at}) >= 2 for i in at}


def repeated_at_page_edges(lines: list[Text], layout: Layout) -> set[int]:
    """The lines a PDF repeats at a page's edge (:func:`_running_heads` over every line, not only the heading
    candidates): a running head or foot left in the body, which no sentence runs into or out of across a page break
    (helper fix66c: ``vol. 3, no. 2`` at one page's foot had taken ``harbour review`` atop the next on as one sentence
    cut by the break, and the two, no longer a copy of the other pages' head and foot, had become headings).
    Empty without pages."""
    return _running_heads(lines, layout, set(range(len(lines))))


MAX_LABEL_TITLE = 80
"""Characters the title under a chapter's or appendix's label alone may have (a thesis sets long ones in capitals)."""


def _label_title(lines: list[Text], k: int, headings: dict, named: bool = False, limit: int = MAX_LABEL_TITLE) -> bool:
    """``lines[k]`` is the title set under a label alone on the line before (``APPENDIX A`` / ``TEST APPENDIX WITH A
    VERY LONG TITLE …``): a phrase of at most ``limit`` characters, no sentence, no number or heading of its own, not
    opening in small letters; a section's name (``概要``, ``Summary``) only where ``named`` (a part's title under
    ``第一部``, as a chapter's label alone takes ``はじめに``).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _label_title(mk("Bijlage A", "Symbolen"), 1, {}), _label_title(mk("Appendix", "The survey was run twice."), 1, {})
    (True, False)
    """
    if k >= len(lines) or k in headings:
        return False
    s = lines[k].text.strip()
    # a first word in small letters goes on a sentence, unless it is a name with a capital inside (``pTEX``, ``iOS``)
    # or the title is Japanese (``pTEXの日本語組版と追加プリミティブ`` under ``第I部``: helper real72)
    small = s[:1].islower() and not has_japanese(s) and s.split()[0].islower()
    return 0 < len(s) <= limit and not _is_sentence_end(s) and not small \
        and explicit_number(s) is None and (named or not is_section_name(s)) and "\t" not in s


def _label_title_limit(lines: list[Text], i: int, layout: Layout) -> int:
    """Characters the title under the label alone at ``lines[i]`` may have: :data:`MAX_LABEL_TITLE`, or
    :data:`MAX_SET_HEADING` where the PDF sets the title in the label's own face and size (one heading in two lines,
    as a numbered heading the PDF sets so may run long). Decision (issue 16, helper tex80: JACoW's template sets
    ``ANNEX B:`` over ``IEEE REFERENCE STYLE GUIDE AS APPLIED TO JACoW PAPERS, PERIODICALS AND OTHER WORKS``, 84
    characters in its 12 pt bold once its wrap is joined: the label headed an appendix whose title was its first
    paragraph). A text dump has no faces: the 80 stand."""
    if i + 1 >= len(lines):
        return MAX_LABEL_TITLE
    a, b = layout.size(lines[i]), layout.size(lines[i + 1])
    alike = bool(a and b) and abs(a - b) <= SAME_SIZE * a and layout.font(lines[i]) == layout.font(lines[i + 1]) \
        and layout.font(lines[i]) is not None
    return MAX_SET_HEADING if alike else MAX_LABEL_TITLE


def _english_label_title(lines: list[Text], k: int, headings: dict) -> bool:
    """``lines[k]``, over 40 characters, is the English title under a chapter's label alone on the line before
    (``Chapter 3`` / ``The Canal Towns of the Midlands, 1760–1830``): a label's title (:func:`_label_title`, at most
    :data:`MAX_LABEL_TITLE` characters) in title case (:func:`~.titleblock.title_cased`, the years after a comma
    aside). A wrapped sentence's first line under the label is in sentence case and stays the text.

    Decision (fresh-user trial 73, a book chapter printed alone): the 40 characters a Japanese chapter's title line
    may have had left a longer English one a paragraph, the chapter untitled.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _english_label_title(mk("Chapter 3", "The Canal Towns of the Midlands, 1760–1830"), 1, {})
    True
    >>> _english_label_title(mk("Chapter 3", "When the first stretch of the Trent and Mersey Canal opened in 1771, few"), 1, {})
    False
    """
    s = lines[k].text.strip()
    words = re.sub(r",?\s*(?:c\.\s*)?[0-9]{3,4}(?:\s*[-–—]\s*[0-9]{2,4})?$", "", s)
    return script_of(s) == EN and _label_title(lines, k, headings) and bool(words) and title_cased(words)


def _cover_line(text: str) -> bool:
    """A cover's date or organisation line (``2024年3月``, ``緑川町 企画政策課``), set large on a report's cover
    page: never a heading by its size.

    >>> _cover_line("2024年3月"), _cover_line("緑川町 企画政策課"), _cover_line("調査の概要")
    (True, True, False)
    """
    return is_date_line(text) or is_organisation(text.strip())


def _heads_running_text(lines: list[Text], i: int, layout: Layout, body: float | None) -> bool:
    """In a PDF (``body``: :func:`_body_size`, ``None`` without sizes), ``lines[i]`` is set clearly larger than the
    running text (:data:`LARGER`, :func:`_running_size`) right over running text on its page (a line at its size that :func:`~.titleblock.is_prose` reads as running text): an article's heading over
    its text, though it holds an organisation's word (a newsletter's ``New Library Opening Hours``, ``Council Tax for
    2025/26``: trial 54b, both had been read as organisation lines, no headings, and their articles' text ran into
    the front or the article before). A cover's organisation line stands over no running text.

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("New Library Opening Hours", "From 1 April the Central Library will open until 8 pm on",
    ...         "weekdays. Saturday hours stay the same.", "Council Tax for 2025/26", "The council has set a Band D charge.")
    >>> lay = Layout(tuple(LineLayout(page=1, size=z) for z in (13.0, 10.0, 10.0, 13.0, 10.0)), ())
    >>> _heads_running_text(ls, 0, lay, 10.0), _heads_running_text(ls, 3, lay, 10.0), _heads_running_text(ls, 1, lay, 10.0)
    (True, True, False)
    >>> _heads_running_text(ls, 0, Layout.plain(), None)
    False
    """
    running = _running_size(lines, layout) if body is not None else None
    if running is None or i + 1 >= len(lines):
        return False
    size, under = layout.size(lines[i]), layout.size(lines[i + 1])
    return bool(size and under) and size >= LARGER * running and abs(under - running) < 0.5 \
        and layout.page(lines[i]) == layout.page(lines[i + 1]) and is_prose(lines[i + 1].text)


_INITIAL = re.compile(r"\b[A-Z]\.")
_NAMES_PARTED = re.compile(r"\s*,\s*|\s+and\s+")


def _names_over_affiliation(lines: list[Text], i: int) -> bool:
    """``lines[i]`` names people over their affiliation, as a title block's author line does: each piece parted by
    commas or ``and`` a name by its shape with an initial (``R. Müller, V. R. W. Schaa‡``, ``Y.-S. Cheng``), the line
    under it an organisation or a postal affiliation (``GSI Helmholtzzentrum …, 64291 Darmstadt, Germany``). Never a
    heading, however large it is set: JACoW's annex lists its collaboration so, and each such line had become a
    section with its institution under it. A lettered subsection (``A. Detectors``) has running text under it.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _names_over_affiliation(mk("Y.-S. Cheng", "National Synchrotron Radiation Research Center, Hsinchu 30076, Taiwan"), 0)
    True
    >>> _names_over_affiliation(mk("A. Detectors", "We placed one detector at each gate."), 0)
    False
    """
    pieces = [p for p in _NAMES_PARTED.split(lines[i].text.strip()) if p]
    if not pieces or not all(name_shaped(p) and _INITIAL.search(p) for p in pieces) or i + 1 >= len(lines):
        return False
    under = lines[i + 1].text.strip()
    return is_organisation(under.split(",")[0]) or is_postal_affiliation(under)


_CAPTION = re.compile(r"^\s*(?:(?:Figure|Fig\.|Table|Tab\.|Chart|Plate|Exhibit|Algorithm|Listing|Scheme)\s?[0-9IVX]+"
                      r"|(?:表|図|图|圖|写真)\s?[0-9０-９]+)\b", re.IGNORECASE)
"""A float's caption (``Figure 1. A sample figure``, ``表2``, an algorithm's ``Algorithm 1 Calculate y = xⁿ``, a
listing's ``Listing 2``): never a heading by its shape, nor is the line right under it (its wrapped rest, or a
table's header row under ``Table 5.``)."""


_FULL_DATE_ALONE = re.compile(r"^(?:[0-9]{1,2}\s+[A-Z][a-z]+\s+[0-9]{4}|[A-Z][a-z]+\s+[0-9]{1,2},\s+[0-9]{4}|"
                              r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|" + ERA + r"[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日)$")
"""A full date alone on its line (``14 September 2024``, ``October 2, 2024``, ``2024年10月2日``): an article's date
under its headline (:func:`_by_shape` reads the text under it); in kanji numerals too (``令和六年十月二日``), as
:func:`~pipeline.segment.labels.date_digits` reads it."""
MAX_DATED_HEADLINE = 60
"""Characters a newsletter article's headline over its date may have (``Schools Exchange Returns After Five Years``:
longer than :data:`MAX_SHAPE_HEADING`, the date under it says what it is)."""


def _dated_headline(text: str) -> bool:
    """A line that may be an article's headline over its date: at most :data:`MAX_DATED_HEADLINE` characters, no
    sentence's or clause's end, in Title Case if English (:func:`~pipeline.segment.titleblock.title_cased` reads it so)."""
    from pipeline.segment.titleblock import title_cased

    s = text.strip()
    return 0 < len(s) <= MAX_DATED_HEADLINE and not _is_sentence_end(s) and not s.endswith(("、", ",", "，", ":", "：")) \
        and (title_cased(s) or not s.isascii()) and not _never_heading(s)


MAX_SERIES_TITLE = MAX_DATED_HEADLINE
"""Characters the title of a series' member (``Hall 3: Waders on the Mudflats at Low Tide``) has at most where its
siblings head their sections."""


_HEADLINE_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z’'&-]*(?:\s(?:(?:of|the|and|for|in|on|at|to|a|an)\s)*[A-Z][A-Za-z’'&-]*){0,2})"
                             r":\s+(?P<value>[A-Z“\"‘'][^:]*)$")
"""A headline's label, one to three capitalised words and no number, its colon and the headline's words after it
(``Member Spotlight: Ken Yoshida``, ``Garden Update: New Raised Beds``); title case's small words may stand between
the label's capitalised words (``Recipe of the Month: Simnel Cake``, fresh-user trial 73c, helper eng73)."""


def labelled_headline(text: str) -> bool:
    """A newsletter's or a report's headline under a label of its column (``Member Spotlight: Ken Yoshida``,
    ``Safety Notice: Tide Times``, ``Staff News: A Warm Welcome to Mr Patel``): a labelled entry's shape
    (:data:`~.labels.LABELLED_ENTRY`), title case throughout (:func:`~.titleblock.title_cased`), the label one to three
    capitalised words with no number, the words after the colon two or more, opening on a letter, ending no sentence
    (:data:`MAX_DATED_HEADLINE` characters at most). Never a form's field (``Venue: Village Hall``,
    :func:`~.labels.form_field`), a credit (``Editor: Margaret Olsen``), a speaker's or author's label (``Speaker:
    Jane Smith``, :data:`~pipeline.names.SPEAKER_FIELDS`), a contact (``Media Contact: Tom Reyes``), a date's value
    (``Next Meeting: 21 March``) nor a series' numbered label (``Week 2: Linked Lists``, read as a series').
    :func:`_by_shape` reads such a line over running text as a heading as it reads a short phrase, where the document
    heads :data:`MIN_BLOCK_HEADINGS` blocks by shape in all.

    Decision (issue 16 point 2, helper news72, fresh-user trial 71): the line was read as a record (a labelled
    entry, :func:`_record`), so ``Member Spotlight: Ken Yoshida`` headed nothing and its story ran on under the
    previous heading.

    >>> [labelled_headline(s) for s in ("Member Spotlight: Ken Yoshida", "Staff News: A Warm Welcome to Mr Patel",
    ...                                 "Safety Notice: Tide Times")]
    [True, True, True]
    >>> [labelled_headline(s) for s in ("Venue: Village Hall", "Editor: Margaret Olsen", "Speaker: Jane Smith",
    ...                                 "Next Meeting: 21 March", "Week 2: Linked Lists", "Decision: Approved.",
    ...                                 "Member spotlight: our new treasurer", "Media Contact: Tom Reyes")]
    [False, False, False, False, False, False, False, False]
    """
    from pipeline.names import SPEAKER_FIELDS

    s = text.strip()
    m = _HEADLINE_LABEL.match(s)
    if m is None or len(s) > MAX_DATED_HEADLINE or _is_sentence_end(s) or not title_cased(s):
        return False
    label, value = m.group("label"), m.group("value")
    if len(value.split()) < 2 or label in SPEAKER_FIELDS or label.rstrip("s") in SPEAKER_FIELDS:
        return False
    return form_field(s) is None and credit_label_end(s) is None and not contact_line(s) \
        and not label.split()[-1].casefold() in _CONTACT_WORDS and not is_date_line(value)


_CONTACT_WORDS = ("contact", "contacts", "enquiries", "inquiries", "phone", "tel", "email", "e-mail", "web", "website")
"""A label's last word naming a means of contact (``Media Contact: Tom Reyes``): a contact's field, no headline."""


def _series_siblings(lines: list[Text], series: dict[int, str], heads: set[int], series_head) -> set[int]:
    """The members of a labelled series (:func:`_series_titles`) that head their sections because their siblings do:
    where :data:`MIN_SERIES` members or more were read as headings, another member over running text
    (``series_head``) whose title is a phrase of :data:`MAX_SERIES_TITLE` characters at most, no sentence, is read
    alike (fresh-user trial 67b: ``Gallery 3. Keepers and their Families`` had been a paragraph of gallery 2)."""
    def label(k: int) -> str:
        m = _LABELLED_NUMBER.match(lines[k].text.strip())
        return m.group("label") if m else ""

    headed = Counter(label(k) for k in heads if k in series)
    return {k for k, title in series.items() if k not in heads and headed[label(k)] >= MIN_SERIES and series_head(k)
            and 0 < len(title) <= MAX_SERIES_TITLE and not _is_sentence_end(title) and not title.endswith((",", ":"))}


_WEEKDAY_OR_MONTH = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?"
                     r"|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATED_ITEM = re.compile(r"^(?P<label>(?:[\w.,/]+\s+){0,3}?[\w.,/]+)\s+[-\u2013\u2014]\s+\S")
"""A line opening on a short label then a spaced dash (``6 April - Mrs Brenda Cole``, ``Tuesdays - Warm Space``)."""
_DATE_WORD = re.compile(rf"\d|\b(?:{_WEEKDAY_OR_MONTH})\b", re.IGNORECASE)
MAX_DATED_ITEM_GAP = 2
"""Lines that may stand between two dated items of one list (an item's wrapped lines)."""


_EFFECTIVE = re.compile(r"^(?:Effective|Valid|With effect|In force|Applies|Starting)\s+(?:from|on|as of|until)\s+.{0,40}?"
                        r"(?:19|20)[0-9]{2}\.?$", re.IGNORECASE)
"""A notice's line of when it takes effect (``Effective from Sunday 1 September 2024``, ``With effect from 3 March
2025``): a dateline of its head, that stands alone as a sentence does, the text's first heading under it (issue 16
point 2, fresh-user trial 78's bus notice: ``What is changing`` under it had stayed front with its text)."""
_PERIOD = re.compile(rf"^(?:(?:{_WEEKDAY_OR_MONTH}|weekdays?|weekends?|daily|evenings?|mornings?|nights?|daytime"
                     r"|bank holidays?|public holidays?|school days?|school holidays?|holidays?|term time|schooldays"
                     r"|summer|winter)(?:\s*(?:to|and|&|/|-|–|,)\s*|\s+|$))+(?:\([^()]{1,30}\))?$", re.IGNORECASE)
"""A timetable's day or period heading its rows (``Sunday``, ``Monday to Saturday (daytime)``, ``Saturdays and Bank
Holidays``, ``Weekday evenings``)."""


def period_over_rows(lines: Sequence[Text], i: int) -> bool:
    """``lines[i]`` names the days or the period a timetable's rows under it run on (:data:`_PERIOD`: ``Sunday``,
    ``Monday to Saturday (daytime)``), no cell of its own (no TAB), two rows or more under it: the heading of that
    timetable, though it stands between the rows of the timetable before (issue 16 point 2, fresh-user trial 78's bus
    notice: ``Sunday`` between the weekday rows and its own had been a paragraph, its rows the weekdays' section's).
    A short cell between rows, naming no day (``Total``), stays the table's.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> period_over_rows(mk("Market Square\\t06:46\\t07:06", "Sunday", "Hexley\\t08:10\\t09:10", "Pennford\\t08:42\\t09:42"), 1)
    True
    >>> period_over_rows(mk("Market Square\\t06:46", "Total", "Hexley\\t08:10", "Pennford\\t08:42"), 1)
    False
    >>> period_over_rows(mk("Market Square\\t06:46", "Sunday", "The buses do not run."), 1)
    False
    """
    t = lines[i].text.strip()
    return "\t" not in t and _PERIOD.match(t) is not None and i + 2 < len(lines) \
        and is_table_row(lines[i + 1].text) and is_table_row(lines[i + 2].text)


def dated_item(text: str) -> bool:
    """A line shaped as a dated list's item (:func:`dated_items`): a label naming a date or a day, a spaced dash, the
    item.

    >>> dated_item("6 April - Mrs Brenda Cole"), dated_item("Tuesdays - Warm Space"), dated_item("The Council - in 2019")
    (True, True, False)
    """
    m = _DATED_ITEM.match(text.strip())
    return m is not None and _DATE_WORD.search(m.group("label")) is not None and not ends_sentence(m.group("label"))


_ENTRY_ROW = re.compile(rf"^[ \t]*(?:(?:{_WEEKDAY_OR_MONTH})\.?[ \t]+)?(?:\d{{1,2}}/)?(?:19|20)\d\d"
                        rf"(?:[ \t]*(?:[-\u2013\u2014]|to)[ \t]*(?:(?:(?:{_WEEKDAY_OR_MONTH})\.?[ \t]+)?(?:\d{{1,2}}/)?(?:19|20)\d\d"
                        r"|present|Present|now|date|current))?(?:[ \t]{2,}|\t)[A-Za-z\"“(]", re.IGNORECASE)
"""A CV's entry row: a year or a span of years (a month before each or not, ``2021-present``, ``Sept 2019 - 2021``)
at the margin, then a column's gap (two spaces or a tab) and the entry (``2016-2021       Lecturer in Physical
Geography, Lancaster University``)."""


def entry_row(text: str) -> bool:
    """A line shaped as a CV's (a résumé's) dated entry row (:data:`_ENTRY_ROW`).

    >>> entry_row("2016-2021       Lecturer in Physical Geography"), entry_row("2021-present    Associate Professor")
    (True, True)
    >>> entry_row("2019  Best Paper Award"), entry_row("2019 was a good year."), entry_row("12 April  Meeting")
    (True, False, False)
    """
    return _ENTRY_ROW.match(text) is not None


def dated_items(lines: Sequence[Text]) -> frozenset[int]:
    """The lines that open a dated item of a list: a label naming a date or a day (a digit, a weekday or a month:
    ``6 April``, ``Tuesdays``, ``Thursday 10 April``; four words at most) then a spaced dash and the item, two such
    lines or more with at most :data:`MAX_DATED_ITEM_GAP` lines between each and the next. Each opens a paragraph of
    its own (:func:`join_wraps`' ``opens``), never the wrapped rest of the item before however full that line is.

    Decision (issue 16 point 2, fresh-user trial 73c, helper eng73): a parish magazine's flower rota and diary
    (``20 April - Easter Day, … on Saturday 19th`` / ``27 April - Mrs Sheila Hawkins``) had been joined line to line.
    A dash inside a sentence (``the Council - in 2019 - agreed``) names no date before it, and one dated line alone
    is no list.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(dated_items(mk("Flower Rota", "6 April - Mrs Cole", "13 April - no flowers, all welcome to help on",
    ...                       "Saturday 12th", "20 April - Mrs Hawkins", "Tuesdays - Warm Space, 2pm-4pm")))
    [1, 2, 4, 5]
    >>> sorted(dated_items(mk("The Council - in 2019 - agreed to", "act. 2020 - a year of change.")))
    []
    """
    found = [k for k, t in enumerate(lines) if dated_item(t.text)]
    out: set[int] = set()
    for a, b in zip(found, found[1:]):
        if b - a <= MAX_DATED_ITEM_GAP + 1:
            out.update((a, b))
    # a CV's dated entry rows (:func:`entry_row`), two or more in the document, however many lines their wrapped
    # entries and notes (``Thesis: …``, ``Supervisors: …``) take between them (helper encv77, fresh-user trial 76d: the
    # rows had been joined line to line)
    rows = [k for k, t in enumerate(lines) if entry_row(t.text)]
    if len(rows) >= 2:
        out.update(rows)
    return frozenset(out)


def _by_shape(lines: list[Text], layout: Layout | None = None, marked: Collection[int] = ()) -> set[int]:
    """Unnumbered headings of a paper that numbers none: a short phrase between two runs of text — after a
    sentence's end or at the start, and before a longer line of running text (a sentence, or one opening a list
    with a colon) or a block of records, two rows, fields or items or more (a syllabus's ``Grading`` over
    ``Homework<TAB>40%``, ``Schedule`` over ``Week 1: Arrays``); after a record (:func:`_record`) only before running
    text (a short cell between two rows is the table's). Never a date, a caption or a record, nor an issuing office's
    dated line (``令和６年４月　高松市市民課`` under a leaflet's title: front, where it names the city; trial 55's
    qa_leaflet.txt had it as the heading of every question), nor a newsletter's publisher's line
    (:func:`~.titleblock.publisher_line`), which stands alone as an issue line does, nor a means of contact
    (:func:`~.contacts.contact_line`: ``電話 0265-00-1234`` under a masthead) or an article's one-line contact
    (:func:`~.contacts.one_line_contact`: ``問い合わせ　総務課 防災係　内線215`` closing it): the masthead's and the article's,
    never a heading over the articles' marked headlines (fresh-user trial 60: both had become level-1 sections with
    the articles under them).

    In a text dump (``layout``) whose paragraphs open set in, a short phrase at the margin over a line set in that
    is longer than it and holds a clause's or sentence's mark opens running text too, however short that first
    line (a newsletter's ``子育て支援センターが移転します`` / ``　５月から、…移ります。``, its article wrapped short:
    decision, issue 16, helper news57; the text under it had to be twice as long, and the headline had become a
    paragraph of the article before).

    In a text dump, a short phrase opening a block (:func:`_opens_block`: a blank line over it, its text right under
    it) heads running text or records whatever ended the block before (a recipe's ``手順`` / ``1．…`` under its
    ingredients' line), and a phrase over a list written on one line (:func:`enumeration_block`: ``材料`` /
    ``じゃがいも 4個、牛肉 200g、…``) heads it where the document heads :data:`MIN_BLOCK_HEADINGS` blocks by shape in
    all (decision, issue 16 point 2, session 65, fresh-user trial 64d); so does a phrase over a list given one item a
    line with its quantity (:func:`quantity_list`: ``材料`` / ``だし汁　200ml`` / ``砂糖　大さじ1``, ``Ingredients`` /
    ``2 cups flour`` / …), never an item itself nor a notice's ``記`` (session 65, fresh-user trial 65b).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_by_shape(mk("Email: lopez@example.edu", "Course Description", "This course introduces programming in Python.",
    ...                     "Grading", "Homework\\t40%", "Final project\\t60%", "Academic Integrity", "All the work you submit must be your own.")))
    [1, 3, 6]
    >>> sorted(_by_shape(mk("The results follow.", "Total", "Homework\\t40%")))  # one row is no table
    []
    >>> sorted(_by_shape(mk("Style\\tExample", "Italic", "Bold\\tbold text", "Caps\\tCAPS")))  # a cell among rows
    []
    >>> sorted(_by_shape(mk("Autumn 2025", "Opening hours", "From 1 October the library opens at 9 am on weekdays.")))
    [1]
    >>> sorted(_by_shape(mk("Issue 12", "Welcome to the spring issue of the garden club's newsletter.")))  # an issue line
    []
    >>> sorted(_by_shape(mk("Members met.", "Schools Exchange Returns After Five Years", "2 October 2024",
    ...                     "For the first time since 2019, pupils from the academy will spend a week abroad next spring.")))
    [1]
    >>> sorted(_by_shape(mk("よくある質問", "令和6年4月　高松市市民課", "このリーフレットでは、窓口でよくいただくご質問とその回答をまとめました。")))
    []
    >>> sorted(_by_shape(mk("• pgfcore (pgf)", "→ pxpgfmark (by Takayuki YATO)", "このリストは随時、追加・削除・置き換えていく予定です。")))
    []

    A newsletter's unmarked headline after a sentence's end stands over what its section holds, not always a
    sentence: a headline behind a mark (``marked``: ``お知らせ`` / ``■ 粗大ごみの収集日が変わります``), or a calendar's
    entry (:func:`_event_entry`: ``イベント情報`` / ``桜まつり　４月５日（土）　中央公園``) (helper news58b, fresh-user
    trial 58: both headlines had been paragraphs of the article before):

    >>> sorted(_by_shape(mk("申し上げます。", "お知らせ", "■ 粗大ごみ", "収集日が変わります。", "イベント情報", "桜まつり　4月5日（土）　中央公園"), None, {2}))
    [1, 4]
    >>> sorted(_by_shape(mk("申し上げます。", "お知らせ", "■ 粗大ごみ", "収集日が変わります。", "日時", "4月5日（土）　中央公園")))
    []
    >>> sorted(_by_shape(mk("発行：港南市 広報課", "電話 0265-00-1234", "■ 春の交通安全運動", "注意してください。",
    ...                     "問い合わせ　総務課 防災係　内線215", "■ 町立図書館"), None, {2, 5}))
    []
    """
    out: set[int] = set()
    enumerated: set[int] = set()
    listed: set[int] = set()

    from pipeline.segment.letters import issued_by

    dated_rows = dated_items(lines)
    letter_heads: set[int] = set()  # phrases over a letter's salutation, read where articles after them head too

    def letter_under(k: int) -> bool:
        # a short title-cased phrase (no name, organisation, address or date) over a salutation over running text
        text = lines[k].text.strip()
        return k + 2 < len(lines) and is_english_line(text) and title_cased(text) and is_salutation(lines[k + 1].text) \
            and _is_sentence_end(lines[k + 2].text) and not is_person_name(text) and not is_organisation(text) \
            and not is_date_line(text) and not contact_line(text)

    def records_at(k: int) -> bool:  # a table's rows, a form's fields or a list's items: two or more
        # (a CV's entry row, one of two or more in the document, is a record of its block alone: ``Current position``
        # over ``2021-present    Associate Professor…``; helper encv77)
        # (and a results list's placings, ``1st Oak House … 312 points`` / ``2nd Ash House …``: helper results79)
        # (and a committee's members, ``Nguyen Van Minh, Hue University, Vietnam`` / ``Akiko Sato, …``: helper tab80)
        return k + 1 < len(lines) and ((_record(lines[k].text) and _record(lines[k + 1].text))
                                       or (k in dated_rows and k + 1 in dated_rows)
                                       or placing_rows(lines[k].text, lines[k + 1].text)
                                       or ((committee_member_line(lines[k].text) or _record(lines[k].text))
                                           and committee_member_line(lines[k + 1].text)
                                           and (committee_member_line(lines[k].text)
                                                or (k + 2 < len(lines) and committee_member_line(lines[k + 2].text))))) \
            or (k < len(lines) and k in dated_rows and entry_row(lines[k].text))

    def after_dated_list(k: int) -> bool:
        # a title-cased phrase naming no date right under a dated list's last item that ends its item (no comma,
        # no connective): the list is closed as by a sentence's end (``27 April - Mrs Sheila Hawkins`` / ``Village
        # Diary`` / ``Tuesdays - …``; fresh-user trial 73c, helper eng73)
        before = lines[k - 1].text.rstrip() if k else ""
        return k - 1 in dated_rows and not before.endswith((",", ";", ":")) and not ends_on_connective(before) \
            and title_cased(lines[k].text.strip()) and _DATE_WORD.search(lines[k].text) is None

    def after_list(k: int) -> bool:
        # a title-cased English phrase, no item itself, right under two list items or more (``- Tsunami modelling`` /
        # ``- Community recovery and planning`` / ``Important Dates``): the list is closed as by a sentence's end
        # (helper en84, fresh-user trial 83c: a call for papers' heading under its topics' list had been the list's)
        # (an item wrapped onto it, ``- Visit the museum and the`` / ``Old Town Hall``, goes on: never after a comma
        # or a connective)
        text, before = lines[k].text.strip(), lines[k - 1].text.rstrip() if k else ""
        return k >= 2 and list_item(before.strip()) and list_item(lines[k - 2].text.strip()) \
            and not before.endswith((",", ";", ":", "-", "—")) and not ends_on_connective(before) \
            and not list_item(text) and is_english_line(text) and title_cased(text) and not text.endswith((":", ","))

    series = _series_titles(lines)  # a series' label is no part of its title's length (``Gallery 3. …``)

    def series_head(k: int) -> bool:
        # a labelled entry over running text is its series' heading (``Hall 2: Geese and Swans`` / a paragraph), where
        # a syllabus's ``Week 2: Linked lists`` over ``Week 3: …`` is a row of its block
        return k in series and k + 1 < len(lines) and not _record(lines[k + 1].text) and k + 1 not in series

    def labelled_head(k: int) -> bool:
        # a column's label and its headline over the story (``Member Spotlight: Ken Yoshida`` / a paragraph), never a
        # run of such lines (the fields of a record)
        return k + 1 < len(lines) and labelled_headline(lines[k].text) and not _record(lines[k + 1].text) \
            and not (k and _record(lines[k - 1].text) and not _is_sentence_end(lines[k - 1].text))

    def topic_over_label(k: int) -> bool:
        # a topic over its question's label (``A49 Improvement Scheme: Shropshire`` / ``Question 41302``): its colon
        # parts the topic from its place, no field's label from its value
        return exchanges and k + 2 < len(lines) and exchange_label(lines[k + 1].text) \
            and not exchange_label(lines[k + 2].text)

    exchanges = exchange_record([t.text for t in lines])  # a record labelling its questions and answers
    set_apart = _set_apart_over_list(lines, layout) if layout is not None else set()
    long_heads: set[int] = set()  # title-cased headlines past a short phrase's length, read where siblings head too
    plain_heads: set[int] = set()  # headlines over text shorter than twice them, read where siblings head too
    # a dump whose paragraphs stand apart by blank lines (a blank line right under a sentence's end) sets its articles
    # apart so too: a headline there has a blank line over it; a line right under a sentence's end is a paragraph
    parted = layout is not None and any(_is_sentence_end(lines[k - 1].text) and layout.blank_between_texts(lines[k - 1], lines[k])
                                        for k in range(1, len(lines)))
    pair_firsts: set[int] = set()  # the first lines of headline pairs, their translation under each
    pieces = piece_titles(lines, layout)  # a collection's pieces, each title over its author line (helper bunshu78)
    for i, t in enumerate(lines):
        dated = i + 2 < len(lines) and _FULL_DATE_ALONE.match(date_digits(lines[i + 1].text.strip())) is not None \
            and _dated_headline(t.text)
        # a headline over its byline (``By Owen Davies``, ``文：山田 花子``) over its article's text: the byline vouches
        # for it whatever its length (fresh-user trial 69c: 86 characters, had been a paragraph of the article before)
        bylined = not dated and i + 2 < len(lines) \
            and (article_byline(lines[i + 1].text) or i in pieces or _essay_byline(lines, i)) \
            and bylined_headline(t.text)
        # a bilingual newsletter's headline over its translation (``留学生との交流会を開催しました`` / ``Exchange Party
        # with International Students`` / the article's text): the pair heads the article, the first line its title
        # (fresh-user trial 70: the pair had gone to front, or become paragraphs of the article before)
        paired = not dated and not bylined and i + 2 < len(lines) and i - 1 not in pair_firsts \
            and (translated_headline(t.text, lines[i + 1].text) or bilingual_name_over_text(lines, i))
        if paired:
            pair_firsts.add(i)
        # a council bulletin's general question over the member who asked it (``子育て支援センターの利用拡大を`` /
        # ``松本 裕子 議員`` / ``問　…``): the member's line vouches for the heading as a byline does, and the text it
        # heads is under it (helper ver80, fresh-user trial 80a: the member lines had headed the questions)
        questioned = not dated and i + 2 < len(lines) and member_line(lines[i + 1].text) and not member_line(t.text)
        dated = dated or bylined or paired or questioned
        long = not dated and not short_phrase(series.get(i, t.text)) and long_headline(t.text)
        plain = not dated and not long and layout is not None and not layout.boxed(t) and i not in series \
            and article_headline(t.text)
        # (the line over it a sentence's end, a title in capitals, ``URGENT PRODUCT RECALL NOTICE``, a date or the
        # issuer's dated line, ``Issued 12 May 2025 by …``, or none: the body's first line)
        over = lines[i - 1].text.strip() if i else "."
        closed = over.isupper() or is_date_line(over) or issued_by(over)
        if i < len(lines) - 1 and _QUESTION_MARK.match(t.text) is None \
                and question_heading(over + "." if closed else over, t.text, lines[i + 1].text, None):
            # a question alone between paragraphs heads the text under it as a short phrase does (``What should I
            # do?``), whatever other heading the notice has: its FAQ's marked questions (``Q: …``) stay paragraphs
            # under their own heading (fresh-user trial 73c, helper eng73: with ``Frequently asked questions`` read as
            # a heading, the recall notice's question headings had been front)
            out.add(i)
            continue
        if article_byline(t.text) or i - 1 in pieces:
            continue  # a byline is its article's, no heading
        if exchanges and exchange_label(t.text):
            continue  # ``Question 41287``, ``Answer``: a question's or answer's label, no section's title (misc75)
        if i - 1 in pair_firsts:
            continue  # a headline's translation under it: its article's first paragraph, no heading of its own
        if (not (short_phrase(series.get(i, t.text)) or dated or long or plain or wh_sentence_heading(lines, i))
                or i + 1 >= len(lines) or is_date_line(t.text) or dated_office(t.text)
                or publisher_line(t.text) or contact_line(t.text) or one_line_contact(t.text)
                or (_record(t.text) and not series_head(i) and not labelled_head(i) and not topic_over_label(i)) or _CAPTION.match(t.text) or is_document_kind(t.text) or is_edition_line(t.text)
                or masthead_descriptor(t.text) or periodical_issue(t.text) or bracketed_aside(t.text) or ITEM_ONLY_START.match(t.text) or is_session_time(t.text)
                or _signature_under_text(lines, i) or letter_signature(lines, i)
                or (i == 0 and records_at(i + 1) and is_organisation(re.split(r"[\s\u3000]", t.text.strip())[0]))
                # (the place and day a speech was given, ``St Columba's Church, Inverness, 8 March 2024``, opening the
                # text under its byline: its head's dateline, no heading; fresh-user trial 78's eulogy, helper kanri78)
                or (i == 0 and is_dateline(t.text))):
            # (the issuing organisation's line opening the text over its fields, ``青葉台市立第二中学校　第3学年`` /
            # ``期間：…`` / ``行き先：…`` under a school trip's title: the document's front, no heading over its
            # fields; helper misc74, fresh-user trial 74d)
            continue
        after = lines[i + 2].text.strip() if dated else lines[i + 1].text.strip()  # under an article's date: its text
        if not dated and exchanges and i + 2 < len(lines) and exchange_label(after):
            # a topic over its question's label (``A49 Improvement Scheme: Shropshire`` / ``Question 41302`` / the
            # question): the question under the label is the text it heads (helper misc75, fresh-user trial 75b)
            after = lines[i + 2].text.strip()
        if not dated and after == t.text.strip() and i + 2 < len(lines):
            # the line printed twice by the dump (trial 73c's headline ``交通安全の見守りについて`` twice, helper news73):
            # the text under the copy is what the line stands over; the copy stays a line of it (nothing dropped)
            after = lines[i + 2].text.strip()
        before = lines[i - 1].text if i else ""
        if _CAPTION.match(before):
            continue  # a caption's wrapped rest or a table's header row under its caption
        if is_notice_field(t.text) and is_notice_field(before) and _record(before):
            # the last of a notice's fields (``日時　…`` / ``場所　…`` / ``神輿渡御　午後一時出発（雨天中止）``) over
            # its closing sentence: a field of the run, whatever its label, no heading over the sentence (decision,
            # issue 16, helper fix67b, fresh-user trial 67b: it had headed the notice's ``なお、…`` paragraph)
            continue
        if dated_field(t.text):
            # a notice's field whose value is a date or a span of days (``休館期間　令和8年1月13日（火）から…まで``,
            # ``受付　9時から17時まで``) is a line of the notice, no heading over the sentence under it, alone or not
            # (issue 16 point 2, fresh-user trial 69c: it had headed the notice's last paragraphs)
            continue
        # running text after it: a sentence, or one that opens a list (``…students will be able to:``)
        opens_text = len(after) > 2 * len(t.text.strip()) and (_is_sentence_end(after) or after.endswith((":", "：")))
        opens_text = opens_text or (not dated and _opens_set_in(t, lines[i + 1], layout))
        # (the label between a topic and its question vouches for the topic as a blank line does: the question under
        # it may be shorter than twice the topic, ``公共交通：コミュニティバスの運行`` / ``質問1`` / a one-line question)
        opens_text = opens_text or (not dated and topic_over_label(i) and _is_sentence_end(after))
        # a newsletter's headline over its items' marked headlines or over a calendar's entries
        # (never a signature's post and name, ``花園町長　木村 一夫``, closing the greeting over the next article)
        heads_items = not dated and (i + 1 in marked or _event_entry(lines[i + 1].text)) \
            and speaker_split(t.text) is None and not is_person_name(t.text)
        # a dateline, an issue's season (``Autumn 2025`` under a newsletter's name) or its number (``Issue 12``,
        # ``第12号``) stands alone as a sentence does, and so does a masthead's descriptor or issue line naming the
        # periodical's kind (``Bulletin of the Portside Local History Society``, ``みどり台自治会会報　第15号``,
        # ``Newsletter, Summer 2026``: helper fix69b)
        after_text = i == 0 or _is_sentence_end(before) or is_date_line(before) or is_document_kind(before) \
            or is_edition_line(before) or publisher_line(before) or masthead_descriptor(before) or periodical_issue(before) \
            or signed_off(lines, i) or issuer_under_issue(lines, i) or after_dated_list(i) or after_list(i) or topic_over_label(i) \
            or _EFFECTIVE.match(before.strip()) is not None
        if paired:
            # the pair vouches for the headline, as a byline does; the article's text under it is a sentence longer
            # than the shorter headline (a Japanese article under an English-first pair is shorter than twice it)
            opens_text = _is_sentence_end(after) and len(after) > min(len(t.text.strip()), len(lines[i + 1].text.strip()))
        if bylined or paired:
            # (a collection's piece stands where :func:`piece_titles` found it: opening the text, under a sentence's
            # end or a blank line, its siblings vouching; the first under the masthead's lines too, helper bunshu78)
            if i in pieces or (opens_text and (after_text or _after_article(lines, i, layout) or _opens_block(lines, i, layout))):
                out.add(i)
            continue
        if plain and _headline_over_text(lines, i, layout, after_text, parted):
            plain_heads.add(i)
        if plain and not short_phrase(series.get(i, t.text)):
            continue  # past a short phrase's length: a headline beside its siblings only (below)
        if long:
            # a long title-cased line over running text, where a short heading would stand (after a sentence's end,
            # an issue line, a closed article or at a block's opening): a headline if its siblings are read so too
            # (a Japanese one over a paragraph of running text that ends a sentence: a one-line article's text is
            # seldom twice a long headline's length, and may be shorter than it, helper news70)
            if script_of(t.text.strip()) == JA:
                opens_text = opens_text or (len(after) >= MIN_ARTICLE_TEXT and _is_sentence_end(after))
            if opens_text and (after_text or _after_article(lines, i, layout) or _opens_block(lines, i, layout)):
                long_heads.add(i)
            continue
        if (after_text and (opens_text or records_at(i + 1) or heads_items)) or (_record(before) and opens_text):
            out.add(i)
        elif not dated and period_over_rows(lines, i):
            out.add(i)  # ``Sunday`` over its timetable's rows, between the rows of the one before (period_over_rows)
        elif not dated and heads_credits(lines, i):
            out.add(i)  # ``Cast (in order of appearance)`` over its role–name rows (:func:`heads_credits`)
        elif wh_sentence_heading(lines, i) and len(after) > 2 * len(t.text.strip()):
            out.add(i)  # its place vouches: a sentence's end or a table's row over it, a capital under it (above)
        elif i in set_apart and not dated and (opens_text or records_at(i + 1) or quantity_list(lines, i + 1, layout)
                                                or _short_item_run(lines, i + 1, layout)):
            # a PDF's bold or larger phrase over a list or running text heads it, whatever ends the line before: the
            # face says what a blank line or a sentence's end says in a text dump (issue 16 point 2, helper head68:
            # a recipe card's bold ``Ingredients`` under the card's source line had stayed front with its lines)
            out.add(i)
        elif i and not is_notice_field(t.text) and _after_article(lines, i, layout) and (opens_text or _heads_fields(lines, i)):
            out.add(i)
        elif not dated and after_text and _opens_block(lines, i, layout) and _short_item_block(lines, i, layout):
            listed.add(i)  # over a list of short lines closing its block (``９月の行事予定`` / ``３日（火）　身体測定`` / …)
        elif not dated and _opens_block(lines, i, layout) and (opens_text or records_at(i + 1)):
            out.add(i)  # a text dump's block opening on it, a list or running text under it (``手順`` / ``1．…``)
        elif not dated and (after_text or _opens_block(lines, i, layout)) and len(after) > 2 * len(t.text.strip()) \
                and enumeration_block(lines, i + 1, layout):
            enumerated.add(i)  # over a list written on one line (``材料`` / ``卵 3個、牛乳 200ml、砂糖 大さじ1``)
        elif not dated and letter_under(i):
            letter_heads.add(i)
        elif not dated and (after_text or _opens_block(lines, i, layout)) and not quantity_item(t.text) \
                and not is_items_mark(t.text) and quantity_list(lines, i + 1, layout):
            # over a list one item a line with its quantity (``材料`` / ``だし汁　200ml`` / …); never a notice's ``記``
            # over its fields (``定員　20名``), nor a row over the rows under it (``人口　125,000人``)
            enumerated.add(i)
    out |= _capitals_siblings(lines, layout, out)
    out |= block_series(lines, layout, out)
    out |= _heads_over_headings(lines, out, marked, layout)
    out |= _cv_blocks(lines, layout, dated_rows)
    # a phrase over a one-line list heads it where the document heads another block by its shape too (a recipe's
    # ``材料`` beside its ``手順``): alone it is a label over its value as often (``持ち物`` / ``筆記用具、上履き、水筒``)
    # a phrase over a block of short lines heads it where the document's other articles have headings by shape over
    # their text (a newsletter's ``９月の行事予定`` among ``運動会のお知らせ`` / ``　９月２８日（土）に…``): alone, such a
    # block is an address, a signature or a label's values as often
    # a newsletter's headlines are of one shape, a title-cased line over its article's paragraph: past a short phrase's
    # length, such a line heads its article where :data:`MIN_BLOCK_HEADINGS` lines of that shape or more do in all
    # (fresh-user trial 68e: ``New Library Opens on Main Street``, 32 characters, and ``Council Approves Bike Lane
    # Plan``, 31, beside ``Park Cleanup Day Set for April``, 30, had gone to front and to the article before); alone,
    # a long title-cased line over text is a letter's subject or a caption as often
    # (and so a Japanese headline past a short phrase's length beside its Japanese siblings, long or short: helper
    # news70, ``…申告受付を２月１６日から開始します`` over its article, 32 characters)
    titled_ja = {i for i in out if script_of(lines[i].text.strip()) == JA}
    long_ja = {i for i in long_heads if script_of(lines[i].text.strip()) == JA}
    titled = {i for i in out if is_english_line(lines[i].text) and title_cased(lines[i].text.strip())}
    if long_heads - long_ja and len((long_heads - long_ja) | titled) >= MIN_BLOCK_HEADINGS:
        out |= long_heads - long_ja
    if long_ja and len(long_ja | titled_ja) >= MIN_BLOCK_HEADINGS:
        out |= long_ja
    # a newsletter's headline over an article shorter than twice it (``冬の防災訓練のお知らせ`` over
    # ``12月15日に地区の防災訓練を実施します。``, a sentence-case ``New bike lanes open on Main Street`` over its paragraph): where two
    # headlines or more of its script head so in all (issue 16 point 2, helper news71, fresh-user trial 70d); alone,
    # such a line over a longer sentence is a one-line paragraph as often
    for ja in (True, False):
        heads = {i for i in plain_heads - out if (script_of(lines[i].text.strip()) == JA) == ja}
        if heads and len(heads | {i for i in out if (script_of(lines[i].text.strip()) == JA) == ja}) >= MIN_BLOCK_HEADINGS:
            out |= heads
    if len(out) >= MIN_BLOCK_HEADINGS:
        out |= listed
    if out and all(i < min(out) for i in letter_heads):
        # a title-cased phrase over a letter's salutation opening a magazine (``From the Vicarage`` / ``Dear friends,``
        # / the letter's text) heads the letter where the articles after it head by shape too (fresh-user trial 73c,
        # helper eng73: it had stayed front with the letter); alone over a letter it is a letterhead's line as often
        out |= letter_heads
    out |= _series_siblings(lines, series, out, series_head)
    # a page of signed pieces (letters to the editor, readers' comments, a 投書欄): each piece's headline heads its
    # piece, whatever its length or case, where two signed pieces or more vouch for one another (helper letter76)
    from pipeline.segment.signedpieces import signed_piece_heads
    out |= signed_piece_heads(lines)
    # (read last, so the phrases it adds vouch for no other sibling rule's lines)
    out |= _setting_siblings(lines, layout, out)
    if len(out) < MIN_BLOCK_HEADINGS:
        # a labelled headline heads its story beside its siblings only: alone over text it is a field as often
        out = {i for i in out if not labelled_head(i) or i in series}
    return out | enumerated if len(out | enumerated) >= MIN_BLOCK_HEADINGS else out


def _chapter_opening(text: str) -> bool:
    """``text`` is a chapter's heading (``Chapter 3: Samuel and Hannah, 1842-1911``, ``第3章　結婚``): the one numbered
    heading that lets shaped headings under it stand (:func:`split_paper`); a section's first number (``１．夏祭りについて``)
    does not, its text's phrases being labels over lists as often (``持ち物`` / ``・筆記用具``: session 77, test_wraps62).

    >>> _chapter_opening("Chapter 3: Samuel and Hannah, 1842-1911"), _chapter_opening("第3章　結婚"), _chapter_opening("１．夏祭りについて")
    (True, True, False)
    """
    read = explicit_number(text.strip())
    return is_chapter_heading(text.strip()) or (read is not None and read.style == CHAPTER)


def _cv_blocks(lines: list[Text], layout: Layout | None, dated_rows: Collection[int]) -> set[int]:
    """The short phrases opening a text dump's blocks in a CV (a résumé: :data:`MIN_BLOCK_HEADINGS` dated entry rows or
    more, :func:`entry_row`): each heads its block, whatever the block holds (``Referees`` over its referees' lines,
    ``Skills`` over a list). A CV is one person's record in headed blocks; a phrase at a block's head there is no label
    over a value. Never a date, a person's or an organisation's name, a field, a record or a line ending a sentence
    (decision, issue 16 point 2, helper encv77, fresh-user trial 76d: ``Referees`` had been a paragraph).

    >>> from pipeline.model import LineLayout
    >>> raw = ["Education", "2008-2012  PhD, Durham University", "2004-2007  BSc, University of Leeds", "",
    ...        "Referees", "Professor Alan Ridley, Durham University", "", "Dr Jane Roe", "University of York"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> sorted(_cv_blocks(ls, Layout(tuple(LineLayout() for _ in raw), (4, 7)), dated_items(ls)))
    [3]
    """
    if layout is None or sum(1 for k in dated_rows if entry_row(lines[k].text)) < MIN_BLOCK_HEADINGS:
        return set()
    out = set()
    for i in range(1, len(lines) - 1):
        s = lines[i].text.strip()
        if not _opens_block(lines, i, layout) or not short_phrase(s) or not s[:1].isupper() or not is_english_line(s) \
                or _is_sentence_end(s) or is_date_line(s) or _record(s) or is_person_name(s) or is_organisation(s) \
                or speaker_split(s) is not None or contact_line(s) or entry_row(s) or ":" in s:
            continue
        out.add(i)
    return out


_HALF_LABEL = re.compile(r"^(?:(?:First|Second|Third|Fourth)\s+(?:Half|Part|Session)|(?:FIRST|SECOND|THIRD|FOURTH)\s+(?:HALF|PART))$")
"""A programme's part named by its ordinal alone (``First Half``, ``Second Part``): a part's label as ``Part One`` is."""
_SERIES_STOP = frozenset({"the", "and", "for", "with", "from", "into", "our", "your", "its"})
MIN_BLOCK_SERIES = 3
"""Phrases sharing a word, each opening a block, that head their blocks as a series (:func:`block_series`)."""
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def _blank_over(lines: list[Text], layout: Layout, k: int) -> bool:
    """A blank raw line stands right over ``lines[k]`` (over the body's first line: under the title block)."""
    if k == 0:
        at = first_line(lines[0])
        return at is not None and at - 1 in layout.blank
    return layout.blank_between_texts(lines[k - 1], lines[k])


def block_series(lines: list[Text], layout: Layout | None, found: Collection[int] = ()) -> set[int]:
    """Indices of the phrases of a text dump that each open a block (a blank line over them, the block's lines right
    under them) and form a series: :data:`MIN_BLOCK_SERIES` or more sharing a word (``Best in Show`` / ``Reserve Best
    in Show`` / ``Best Puppy in Show``, each over its result line; ``Large Agility Champion`` / ``Medium Agility
    Champion`` …), or two or more part labels alone on their lines counting from the first (``Part One`` / ``Part
    Two``, ``First Half`` / ``Second Half``, ``第1部`` / ``第2部``, each over a work's line and its notes). Each phrase is
    short (:data:`MAX_ALONE_HEADING`), ends no sentence or clause, and is no record, date, contact, person's or
    organisation's line; English ones open on a capital.

    Why (issue 16 point 2, helper tab80): a dog show's awards over their results and a concert's parts over their
    works had been paragraphs or front: a phrase over one short line is a label over its value as often, and none of
    them stood after a sentence's end or over running text. The series is the evidence a heading's siblings give
    elsewhere (:func:`_setting_siblings`): one word shared by every phrase of the blocks, or a part's count. It does
    NOT take a phrase set alone over nothing, a block's phrases that share no word, nor two phrases sharing a word.

    >>> from pipeline.model import LineLayout
    >>> raw = ["Open Show", "", "Best in Show", "Sheltie, Silver Lining", "", "Reserve Best in Show", "Whippet, Quicksilver",
    ...        "", "Best Puppy in Show", "Spaniel, Sweet Pea", "", "Thanks to all."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in raw), (2, 5, 8, 11))
    >>> sorted(block_series(ls, lay))
    [1, 3, 5]
    >>> raw = ["Notes", "", "Part One", "Tallis: If ye love me", "Tallis wrote it.", "", "Part Two", "Gjeilo: Northern Lights"]
    >>> sorted(block_series([Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s], Layout(tuple(LineLayout() for _ in raw), (2, 6))))
    [1, 4]
    """
    if layout is None:
        return set()

    def blank_over(k: int) -> bool:
        return _blank_over(lines, layout, k)

    def opens(k: int) -> bool:
        return 0 <= k < len(lines) - 1 and blank_over(k) \
            and not layout.blank_between_texts(lines[k], lines[k + 1]) and not layout.boxed(lines[k])

    def phrase(k: int) -> bool:
        s = lines[k].text.strip()
        return 0 < len(s) <= MAX_ALONE_HEADING and not _is_sentence_end(s) and not s.endswith((",", ":", ";", "，", "、", "：")) \
            and not _record(s) and not is_date_line(s) and not contact_line(s) and not is_person_name(s) \
            and not is_organisation(s) and (script_of(s) == JA or s[:1].isupper()) \
            and not re.search(r"\u3000|\s{2,}|\t|[,;]", s) and not _phrase_goes_on(lines[k + 1].text)

    candidates = [k for k in range(len(lines)) if opens(k) and phrase(k)]
    out: set[int] = set()
    parts = [k for k in candidates if (m := PART_LABEL.match(lines[k].text.strip())) is not None
             and not lines[k].text.strip()[m.end():]]
    halves = [k for k in candidates if _HALF_LABEL.match(lines[k].text.strip())]
    numbers = [part_number(lines[k].text) for k in parts]
    if len(parts) >= 2 and numbers == list(range(1, len(parts) + 1)):
        out |= set(parts)
    if len(halves) >= 2 and [lines[k].text.split()[0].lower() for k in halves] == list(_ORDINALS[:len(halves)]):
        out |= set(halves)
    words: dict[str, set[int]] = {}
    for k in candidates:
        if k in out or script_of(lines[k].text.strip()) == JA:
            continue
        for w in set(re.findall(r"[A-Za-z]{3,}", lines[k].text.lower())) - _SERIES_STOP:
            words.setdefault(w, set()).add(k)
    for members in words.values():
        if len(members) >= MIN_BLOCK_SERIES and not any(k + 1 in members for k in members):
            out |= members
    return out - set(found)


def _capitals_siblings(lines: list[Text], layout: Layout | None, found: Collection[int]) -> set[int]:
    """Indices of the lines set in capitals (:func:`set_in_capitals`) that open a text dump's block
    (:func:`_opens_block`) where :data:`MIN_BLOCK_HEADINGS` such lines or more already head blocks by shape
    (``found``): a service sheet's ``THE LITURGY OF THE SACRAMENT`` over ``The Peace`` / ``Offertory Hymn 11: …``
    beside its ``WE GATHER`` and ``THE LITURGY OF THE WORD``, whatever the short lines under it are. Alone, a line in
    capitals over short lines is a title, a label or a table's header as often; its siblings of the same face say it
    heads as they do (issue 16 point 2, session 74, fresh-user trial 74b: it had been a paragraph of the section
    before). Never a record, a sentence, a date, a person's name or an organisation's.

    >>> from pipeline.model import LineLayout
    >>> raw = ["Sunday 8 December", "", "WE GATHER", "Welcome from the churchwarden, Mr Kettle.", "",
    ...        "THE WORD", "First Reading: Baruch 5", "Psalm: Benedictus", "", "THE SACRAMENT", "The Peace", "The Blessing"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in raw), (2, 5, 9))
    >>> sorted(_capitals_siblings(ls, lay, {1, 3})), sorted(_capitals_siblings(ls, lay, {1}))
    ([6], [])
    """
    if layout is None:
        return set()
    capitals = [i for i in found if set_in_capitals(lines[i].text)]
    if len(capitals) < MIN_BLOCK_HEADINGS:
        return set()
    out = set()
    for i, t in enumerate(lines):
        s = t.text.strip()
        if i in found or not set_in_capitals(s) or not short_phrase(s) or _is_sentence_end(s) or _record(s) \
                or is_date_line(s) or is_person_name(s) or is_organisation(s) or not _opens_block(lines, i, layout):
            continue
        out.add(i)
    return out


_PLACE_DATELINE = re.compile(r"^[A-Z][\w'’\-]*(?:\s+(?:of|on|upon|the|[A-Z][\w'’\-]*)){0,4},\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
                             r"Satur|Sun)day,?\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|"
                             r"June|July|August|September|October|November|December)|(?:January|February|March|April|May|"
                             r"June|July|August|September|October|November|December)\s+[0-9]{1,2}(?:st|nd|rd|th)?)"
                             r"(?:,?\s+[0-9]{4})?$")
"""A court or society column's dateline heading: a place, a comma, then a day of a month (``Buckingham Palace, 14th
November``, ``Windsor Castle, November 14``)."""
MAX_ALONE_HEADING = 60
"""Characters a phrase set alone between blank lines has at most to head a block as its siblings do
(:func:`_setting_siblings`)."""


def _setting_siblings(lines: list[Text], layout: Layout | None, found: Collection[int]) -> set[int]:
    """Indices of the phrases of a text dump set as a heading by shape (``found``) is set, which head their blocks as
    it does, whatever the lines under them: one setting read one way through the document. The settings:

    - alone between blank lines (the body's first line, or a blank line over it; a blank line under it; text after):
      a court column's ``Forthcoming marriages``, ``Birthdays``, ``Dinners`` beside its ``Memorial services``; a
      report's ``Message from the Lifeboat Operations Manager`` beside its ``Awards``;
    - a place's dateline opening a block (``Buckingham Palace, 14th November`` beside ``Windsor Castle, 14th
      November``: :data:`_PLACE_DATELINE`);
    - at the margin opening a block, its first line set in under it (a haiku magazine's ``主宰近詠`` / ``　秋風や…　　白雲``
      beside its ``句会報告`` / ``　九月十五日、…``).

    A heading found so vouches for its setting; alone, such a phrase is a label over its value or a masthead's line as
    often. Never a sentence, a line ending on a comma, colon or semicolon, a record, a date, a contact, a person's name
    or an organisation's, a line in capitals, one of parts set apart by wide spaces, nor a masthead's issue, edition
    or publisher line. Why (issue 16 point 2, fresh-user trial 76b, helper struct76b): the column's and the
    magazine's headings over no sentence had been paragraphs of the section before, or front, beside their siblings
    read as sections.

    >>> from pipeline.model import LineLayout
    >>> raw = ["Court Circular", "", "Buckingham Palace, 14th November", "The King received the Ambassador.", "",
    ...        "Windsor Castle, 14th November", "The Queen attended a reception.", "", "Birthdays", "",
    ...        "Lord Hennessy, historian, 77; Dame Evelyn Glennie, 59.", "", "Memorial services", "",
    ...        "A service of thanksgiving will be held at noon."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 2) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in raw), (1, 3, 6, 9, 11, 13, 15))
    >>> sorted(_setting_siblings(ls, lay, {3, 7})), sorted(_setting_siblings(ls, lay, {3})), sorted(_setting_siblings(ls, lay, set()))
    ([0, 1, 5], [1], [])
    """
    if layout is None or not found:
        return set()

    def blank_over(k: int) -> bool:
        return _blank_over(lines, layout, k)

    def set_alone(k: int) -> bool:
        return k + 1 < len(lines) and blank_over(k) and layout.blank_between_texts(lines[k], lines[k + 1])

    def alone(k: int) -> bool:
        # (never a label over its value set alone too, nor that value: ``Venue`` / ``The Old Boathouse`` / a
        # paragraph, tests/test_segment_report61.py; running text or a block of lines under it)
        return set_alone(k) and not (k > 0 and set_alone(k - 1) and phrase(k - 1)) \
            and (not set_alone(k + 1) or _is_sentence_end(lines[k + 1].text))

    def opens(k: int) -> bool:
        return k + 1 < len(lines) and blank_over(k) and not layout.blank_between_texts(lines[k], lines[k + 1])

    def phrase(k: int) -> bool:
        s = lines[k].text.strip()
        return 0 < len(s) <= MAX_ALONE_HEADING and not _is_sentence_end(s) and not s.endswith((",", ":", ";", "，", "、", "：")) \
            and not layout.boxed(lines[k]) and not _record(s) and not is_date_line(s) and not contact_line(s) \
            and not is_person_name(s) and not is_organisation(s) and (script_of(s) == JA or s[:1].isupper()) \
            and not set_in_capitals(s) and not re.search(r"\u3000|\s{2,}|\t", s) \
            and not (periodical_issue(s) or is_edition_line(s) or masthead_descriptor(s) or publisher_line(s)
                     or is_document_kind(s) or dated_office(s) or bracketed_aside(s) or one_line_contact(s))
        # (a line in capitals is read by its own siblings, :func:`_capitals_siblings`; one of parts set apart,
        # ``A卓　新郎主賓``, is a label and its value or a table's row; a masthead's issue line, ``Issue 12``, is front
        # as :func:`_by_shape` reads it)

    def dateline(k: int) -> bool:
        return opens(k) and _PLACE_DATELINE.match(lines[k].text.strip()) is not None

    def set_in_under(k: int) -> bool:
        return opens(k) and layout.indent(lines[k]) == 0 and layout.indent(lines[k + 1]) > 0

    settings = [(s, ok) for s, ok in ((alone, phrase), (dateline, lambda k: True), (set_in_under, phrase))
                if any(s(k) for k in found)]
    out: set[int] = set()
    # (two datelines or more opening blocks vouch for each other, beside any heading by shape: a column's days)
    datelines = {k for k in range(len(lines)) if dateline(k)}
    if len(datelines) >= MIN_BLOCK_HEADINGS:
        out |= datelines - set(found)
    for i in range(len(lines)):
        if i not in found and any(setting(i) and ok(i) for setting, ok in settings):
            out.add(i)
    return out


def blocks_after_numbering(lines: list[Text], layout: Layout | None, last: int) -> set[int]:
    """Indices of the short phrases after a document's last numbered heading (``last``) that head a block of running
    text of their own in a text dump: the phrase opens a block (:func:`_opens_block`: a blank line over it, its text
    right under it), ends no sentence and is no field, record, contact, date or person's line, and the line under it
    is a sentence twice as long or more. A notice's ``記`` items numbered ``一、`` close, and its ``お願い`` /
    ``　当日は参道の交通規制がございます。…`` and ``奉賛金について`` / ``　例大祭の奉賛金は…`` follow, each a section
    (issue 16 point 2, session 74, fresh-user trial 74b: they had been paragraphs of the last item, as :func:`_by_shape`
    reads such phrases only in a document that numbers none). Japanese phrases only: an English short line over a
    sentence after the numbering stays the last section's (trial 43's decision, tests/test_segment_trial43.py: minutes'
    ``Action items`` over a sentence; a label over a list is read by its own rule). A PDF shows no blank lines: none
    there.

    >>> from pipeline.model import LineLayout
    >>> raw = ["一、日時　十月十二日", "一、場所　境内", "", "お願い", "　当日は交通規制がございます。ご注意ください。", "",
    ...        "　　宮司　山田 太郎"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> sorted(blocks_after_numbering(ls, Layout(tuple(LineLayout() for _ in raw), (3, 6)), 1))
    [2]
    """
    out: set[int] = set()
    if layout is None:
        return out
    for i in range(last + 1, len(lines) - 1):
        s = lines[i].text.strip()
        after = lines[i + 1].text.strip()
        if script_of(s) != JA or not short_phrase(s) or _is_sentence_end(s) or not _opens_block(lines, i, layout) or _record(s) \
                or is_notice_field(s) or dated_field(s) or contact_line(s) or one_line_contact(s) or is_date_line(s) \
                or is_person_name(s) or speaker_split(s) is not None or bracketed_aside(s) or ITEM_ONLY_START.match(s):
            continue
        if len(after) > 2 * len(s) and _is_sentence_end(after):
            out.add(i)
    return out


MIN_LABELLED_LIST = 2
"""Items a list under a label after a document's numbering holds at least (:func:`label_over_list_after_numbering`)."""


def label_over_list_after_numbering(lines: list[Text], last: int) -> set[int]:
    """Indices of the English labels after a document's last numbered heading (``last``) that head a list of their
    own: one or two capitalised words alone on the line (``Actions``, ``Action points``), no sentence, no field's colon,
    the line over it no list's item, and :data:`MIN_LABELLED_LIST` items or more right under it, each a sentence of
    its own (``- Secretary to circulate the approved accounts … by 30 November 2026.``), none labelled by a name
    (``- Tom: …``, read with its label as the closing fields, trial 41). Minutes' actions after the last item
    (``8. Any other business`` / its text / ``Actions`` / three actions) are a section of their own, as a capitals
    ``ACTIONS`` is (issue 16 point 2, helper newsb85, fresh-user trial 85b's AGM minutes: they had been item 8's
    paragraphs). A PDF as a dump: no blank line is asked for.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(label_over_list_after_numbering(mk("8. Any other business", "Tom asked about it.", "Actions",
    ...     "- Secretary to circulate the accounts.", "- Captain to arrange sessions."), 0))
    [2]
    >>> sorted(label_over_list_after_numbering(mk("8. Any other business", "Tom asked about it.", "Actions",
    ...     "- Tom: circulate the accounts.", "- Ann: arrange sessions."), 0))
    []
    """
    out: set[int] = set()
    for i in range(last + 1, len(lines) - MIN_LABELLED_LIST):
        s = lines[i].text.strip()
        words = s.split()
        if not 1 <= len(words) <= 2 or not s[:1].isupper() or not all(w.isalpha() for w in words) \
                or list_item(lines[i - 1].text):
            continue
        items = 0
        for t in lines[i + 1:]:
            item = t.text.strip()
            if not list_item(item) or not _is_sentence_end(item) or ":" in item[:24]:
                break
            items += 1
        if items >= MIN_LABELLED_LIST:
            out.add(i)
    return out


MIN_ARTICLE_TEXT = 16
"""Characters the running text under a Japanese long headline (:func:`long_headline`) has at least: a sentence, no
label's value."""


def long_headline(text: str) -> bool:
    """An English headline longer than a short phrase (:data:`MAX_SHAPE_HEADING`, up to :data:`MAX_DATED_HEADLINE`
    characters) that :func:`_by_shape` reads beside its siblings: title case (:func:`~.titleblock.title_cased`), no
    sentence's or clause's end, no phrase going on (a connective last), no person's name. An organisation's word may
    end it (``New Bus Route Links the Station With the Hospital``): the siblings say what it is.

    >>> long_headline("New Library Opens on Main Street"), long_headline("Council Approves 2026 Budget of $48 Million")
    (True, True)
    >>> long_headline("The council voted six to one to add bike lanes."), long_headline("Library Opens")  # a sentence; short
    (False, False)
    >>> long_headline("Water Main Replacement on 5th Street and")
    False

    A Japanese one (no case to tell it) is a line with no sentence's mark in it, ending on a letter
    (``令和８年度の市民税・県民税の申告受付を２月１６日から開始します``, 32 characters): what keeps it a line of its own
    over its article is the join of wraps' evidence (:func:`~.paragraphs.headlines_over_articles`: a blank line over
    it, short of its paragraph, its siblings alike; helper news70).

    >>> long_headline("令和８年度の市民税・県民税の申告受付を２月１６日から開始します"), long_headline("令和８年度の市民税・県民税の申告受付を開始します。")
    (True, False)
    """
    s = text.strip()
    if script_of(s) == JA:
        return MAX_SHAPE_HEADING < len(s) <= MAX_DATED_HEADLINE and is_ja_letter(s[-1:]) \
            and not any(c in s for c in "。．！？：:") and not _never_heading(s)
    return MAX_SHAPE_HEADING < len(s) <= MAX_DATED_HEADLINE and is_english_line(s) and title_cased(s) \
        and not _is_sentence_end(s) and not s.endswith((",", ":", ";")) and not ends_on_connective(s) \
        and not _never_heading(s) and not is_person_name(s)


MIN_JA_HEADLINE = 6
"""Characters a Japanese headline read by :func:`article_headline` has at least: a phrase (``冬の防災訓練のお知らせ``),
no label (``持ち物``, ``日時``), which the twice-as-long text under it still decides."""
MIN_EN_HEADLINE_WORDS = 3
"""Words an English headline read by :func:`article_headline` has at least: a clause or a phrase (``Library extends
weekend hours``), no label (``Seed swap``), which the twice-as-long text under it still decides."""


def article_headline(text: str) -> bool:
    """A newsletter's headline by its own words, whatever the text under it: a Japanese phrase of
    :data:`MIN_JA_HEADLINE` to :data:`MAX_SHAPE_HEADING` characters ending on a letter, with no sentence's or clause's
    mark in it (``冬の防災訓練のお知らせ``, ``防犯灯の点検が始まります``); an English line of
    :data:`MIN_EN_HEADLINE_WORDS` words or more and :data:`MAX_DATED_HEADLINE` characters at most, opening on a
    capital, in sentence case or title case (``New bike lanes open on Main Street``), ending on no stop, comma, colon
    or connective; never a person's name, a notice's field or a line no shape makes a heading.
    :func:`_headline_over_text` says whether the text under it agrees.

    >>> article_headline("冬の防災訓練のお知らせ"), article_headline("New bike lanes open on Main Street")
    (True, True)
    >>> article_headline("ありがとうございました。"), article_headline("11月10日、清掃活動を行いました"), article_headline("持ち物")
    (False, False, False)
    >>> article_headline("Thanks to everyone who came."), article_headline("Seed swap"), article_headline("the water troughs on the")
    (False, False, False)
    >>> article_headline("ページ番号 3050127 更新日 2024年9月30日")  # a web page's record line
    False
    """
    from pipeline.segment.labels import is_notice_field

    s = text.strip()
    if not s or _never_heading(s) or is_person_name(s) or speaker_split(s) is not None or is_notice_field(s):
        return False
    if script_of(s) == JA:
        # a page's record line (``ページ番号 3050127 更新日 2024年9月30日``: an id's long number, a date as its last
        # piece) is labelled values, no headline
        pieces = s.split()
        record = re.search(r"[0-9]{5,}", date_digits(s)) is not None or (len(pieces) > 1 and is_date_line(pieces[-1]))
        return MIN_JA_HEADLINE <= len(s) <= MAX_SHAPE_HEADING and is_ja_letter(s[-1:]) and not record \
            and not any(c in s for c in "。．！？：:、，；;")
    return len(s) <= MAX_DATED_HEADLINE and len(s.split()) >= MIN_EN_HEADLINE_WORDS and is_english_line(s) \
        and s[:1].isupper() and not _is_sentence_end(s) and not s.endswith((",", ":", ";", "-")) \
        and not ends_on_connective(s)


def issuer_under_issue(lines: list[Text], i: int) -> bool:
    """``lines[i - 1]`` is the organisation that issues a periodical, under its issue line (a date, an edition, a
    publisher's dated line: ``令和６年10月15日発行``, ``Issue 27``) or under its masthead with its issue
    (``PTAだより　第３号``, :func:`~.events.edition_after`): the masthead's last line, so ``lines[i]`` stands where the
    first article opens, as it does right under an issue line.

    Why (issue 16 point 2, fresh-user trial 73c's ``f3_pta.txt``, helper news73): the first headline under
    ``さくら台小学校ＰＴＡ広報委員会`` stood right under no sentence's end and no issue line, so it and its article stayed
    ``front``.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> issuer_under_issue(mk("みなと町通信　第12号", "令和7年2月1日発行", "みなと町自治会広報部", "冬の防災訓練を行いました"), 3)
    True
    >>> issuer_under_issue(mk("ご挨拶", "みなと町自治会広報部", "冬の防災訓練を行いました"), 2)
    False
    """
    from pipeline.segment.events import edition_after

    if i < 2:
        return False
    issuer, over = lines[i - 1].text.strip(), lines[i - 2].text.strip()
    return is_organisation(issuer) and not is_person_name(issuer) and (
        is_date_line(over) or is_edition_line(over) or publisher_line(over) or periodical_issue(over)
        or edition_after(over) is not None)


def _headline_over_text(lines: list[Text], i: int, layout: Layout | None, after_text: bool, parted: bool) -> bool:
    """``lines[i]``, an :func:`article_headline`, heads the paragraph right under it in a text dump, that paragraph
    shorter than twice it (the measure :func:`_by_shape` asks of a short phrase): the paragraph is in the headline's
    script, longer than it (a Japanese one :data:`MIN_ARTICLE_TEXT` characters at least) and ends a sentence, stands
    in the headline's box (no blank line between), and the break between them cuts no word or clause (the line under
    opens on no small letter, particle, auxiliary or suffix, the headline ends on no open particle or continuative
    form). The headline stands where an article opens: where the dump parts its paragraphs by blank lines
    (``parted``), a blank line over it, opening a block (:func:`_opens_block`) or under a sentence's end or an issue
    line (``after_text``); else either, or right under a sentence's end or an issue line
    (``after_text``), and a Japanese one then also reads as a headline, not as a sentence that lost its stop: no topic
    particle ``は`` and no copula last (``次回は3月に行います``, ``開催する予定です``).

    Why (issue 16 point 2, helper news71, fresh-user trial 70d): ``冬の防災訓練のお知らせ`` (11 characters) over
    ``12月15日に地区の防災訓練を実施します。`` (22) had been a paragraph of the article before, where ``…の日程``,
    shorter, had headed its article; an English newsletter's sentence-case headlines had been paragraphs or front
    (only title case was read past a short phrase's length). The caller asks siblings too (two such headlines or more).

    >>> from pipeline.model import LineLayout
    >>> rows = ["第42号", "", "冬の防災訓練のお知らせ", "12月15日に地区の防災訓練を実施します。", "", "ありがとう"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(rows, 1) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in rows), (2, 5))
    >>> _headline_over_text(ls, 1, lay, True, True), _headline_over_text(ls, 1, lay, False, True)
    (True, False)
    >>> ls2 = [Text.from_raw(s, n) for n, s in enumerate(["参加しました。", "次回は3月に行います", "集めたごみは約200キロになりました。"], 1)]
    >>> _headline_over_text(ls2, 1, Layout.plain(), True, False)  # a sentence that lost its stop
    False
    """
    from pipeline.segment.paragraphs import (ends_mid_clause, opens_on_dependent, opens_on_joining_conjunction,
                                             opens_on_te, word_across_break)

    if layout is None or i + 1 >= len(lines) or not layout.same_box(lines[i], lines[i + 1]):
        return False
    s, under = lines[i].text.strip(), lines[i + 1].text.strip(" \u3000\t")
    ja = script_of(s) == JA
    if not _is_sentence_end(under) or len(under) <= len(s) or (script_of(under) == JA) != ja or _phrase_goes_on(under):
        return False
    if ja and (len(under) < MIN_ARTICLE_TEXT or ends_mid_clause(s) or word_across_break(s, under) or opens_on_dependent(under)
               or opens_on_te(under) or opens_on_joining_conjunction(under)):
        return False
    if not ja and not is_english_line(under):
        return False
    opens = _opens_block(lines, i, layout)
    if parted:
        return (i == 0 or layout.blank_between_texts(lines[i - 1], lines[i])) and (opens or after_text)
    return opens or (after_text and (not ja or _reads_as_headline_ja(s)))


def _reads_as_headline_ja(text: str) -> bool:
    """A Japanese line reads as a headline, not as a sentence that lost its stop: Sudachi reads no topic particle
    ``は`` in it and no copula (``です``, ``だ``) at its end (a headline drops both: ``防災訓練を行います``,
    ``図書館の開館時間の変更``, where ``次回は3月に行います`` and ``開催する予定です`` are sentences).

    >>> _reads_as_headline_ja("冬の防災訓練のお知らせ"), _reads_as_headline_ja("次回は3月に行います"), _reads_as_headline_ja("開催する予定です")
    (True, False, False)
    """
    from pipeline.sudachi import tokenizer

    tokens = list(tokenizer("C").tokenize(text.strip()))
    if any(tok.surface() == "は" and tok.part_of_speech()[:2] == ("助詞", "係助詞") for tok in tokens):
        return False
    last = next((tok for tok in reversed(tokens) if tok.part_of_speech()[0] != "補助記号"), None)
    return last is None or not (last.part_of_speech()[0] == "助動詞" and last.dictionary_form() in ("です", "だ"))


def translated_headline(first: str, second: str) -> bool:
    """``first`` and ``second`` are one headline printed in Japanese and in English, a line each, either first: a
    bilingual newsletter's article head (``留学生との交流会を開催しました`` / ``Exchange Party with International Students``).
    Each is a phrase, no sentence's or clause's end, at most :data:`MAX_DATED_HEADLINE` characters (the English line
    :data:`MAX_BYLINED_HEADLINE`), neither a person's name nor a line that never heads; one is Japanese, the other
    English, and the Japanese says the English: EDICT glosses one of its content words at least
    (:func:`pipeline.glosses.glossed_terms`, the measure a bilingual line's halves are read by in clean). One is
    enough: a headline's words are compounds and verbs EDICT rarely glosses as the English puts them (``夏祭り`` /
    *Summer Festival*, ``募集します`` / *Wanted*: one of four met), and the pair's shape, two headlines over an
    article, is the rest of the evidence.

    >>> translated_headline("提携都市から訪問団が来訪", "Delegation from Our Partner City")
    True
    >>> translated_headline("Delegation from Our Partner City", "提携都市から訪問団が来訪")
    True
    >>> translated_headline("南相馬市の国際交流", "Riverton Tourism Strategy"), translated_headline("交流会を開きました。", "Exchange Party")
    (False, False)
    """
    from pipeline.glosses import glossed_terms

    halves = _headline_halves(first, second)
    return halves is not None and glossed_terms(*halves)[0] >= 1


def bilingual_name_over_text(lines: list[Text], i: int) -> bool:
    """``lines[i]`` and ``lines[i + 1]`` are one name in two languages, either first (a headline's shape,
    :func:`_headline_halves`: ``ひがし茶屋街`` / ``Higashi Chaya District``), over the text in both languages: a Japanese
    sentence, then an English one, in either order, each ending a sentence. A bilingual leaflet's spot: its name pair
    heads what it says of the spot, though no dictionary glosses a place's name (the English spells its reading, or
    names it otherwise: ``近江町市場`` / ``Omicho Market``), so :func:`translated_headline` cannot vouch for it; the
    text given twice under it does.

    Why (issue 16 point 2, fresh-user trial 73's ``f5_brochure.txt``, helper news73): two of the leaflet's four spots
    (``ひがし茶屋街``, ``近江町市場``) had been paragraphs of the spot before.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("近江町市場", "Omicho Market", "新鮮な魚介類が並ぶ市場です。", "The market sells fresh seafood.")
    >>> bilingual_name_over_text(ls, 0), bilingual_name_over_text(ls[:3] + mk("新鮮な野菜も並びます。"), 0)
    (True, False)
    >>> bilingual_name_over_text(mk("○久保 由紀（愛媛県立大学）", "Yuki Kubo (Ehime Prefectural University)", *ls[2:]), 0)
    False
    """
    if i + 3 >= len(lines) or _headline_halves(lines[i].text, lines[i + 1].text, named=True) is None:
        return False
    from pipeline.segment.authors import PRESENTER_MARKS
    from pipeline.segment.names import bracketed_affiliation

    if any(bracketed_affiliation(t.text.strip()) is not None or speaker_split(t.text.strip()) is not None
           or t.text.lstrip()[:1] in PRESENTER_MARKS for t in lines[i:i + 2]):
        # a speaker named in both languages with the affiliation in brackets (``○久保 由紀（愛媛県立大学）`` / ``Yuki Kubo
        # (Ehime Prefectural University)``: a bilingual book's abstract, tests/test_abstract_book60.py), no spot
        return False
    first, second = lines[i + 2].text.strip(), lines[i + 3].text.strip()
    scripts = {script_of(first), script_of(second)}
    return scripts == {JA, EN} and _is_sentence_end(first) and _is_sentence_end(second) \
        and is_english_line(first if script_of(first) == EN else second)


def _headline_halves(first: str, second: str, named: bool = False) -> tuple[str, str] | None:
    """The Japanese and the English of two lines shaped as one headline in two languages (either first), or None:
    each a phrase, no sentence's or clause's end, neither a person's name nor a byline nor a line that never heads,
    the Japanese at most :data:`MAX_DATED_HEADLINE` characters, the English :data:`MAX_BYLINED_HEADLINE`. The shape
    alone, no evidence that one says the other (:func:`translated_headline`, :func:`translated_marked_pair`).
    ``named``: a place's name pair (:func:`bilingual_name_over_text`): a lost glyph (U+FFFD) may stand in the English,
    and one half may read as a person's name where the other does not (``Omicho Market`` under ``近江町市場``,
    ``東大寺`` over ``Todai-ji Temple``); a person's name in both (``山田 太郎`` / ``Taro Yamada``) is no place's."""
    a, b = first.strip(), second.strip()
    english = [s for s in (a, b) if (s.replace(GAP, "") if named else s).isascii() and is_english_line(s)]
    japanese = [s for s in (a, b) if script_of(s) == JA and not s.isascii()]
    if len(english) != 1 or len(japanese) != 1:
        return None
    en, ja = english[0], japanese[0]
    if len(ja) > MAX_DATED_HEADLINE or len(en) > MAX_BYLINED_HEADLINE:
        return None
    people = [s for s in (ja, en) if is_person_name(s)]
    if people and (not named or len(people) == 2):
        return None
    for s in (a, b):
        if _is_sentence_end(s) or s.endswith(("、", ",", "，", ":", "：", ";")) or _never_heading(s) \
                or article_byline(s) or ends_on_connective(s):
            return None
    return ja, en


def _heading_mark(text: str) -> tuple[str, str] | None:
    """The mark a heading line stands behind and the words behind it: ``■``, ``◆``, ``●`` … before them
    (:data:`HEADING_MARKS`), or ``【…】`` round them (:func:`~.labels.bracketed_heading`); None for an unmarked line."""
    s = text.strip()
    if s[:1] in HEADING_MARKS and s[1:].strip() and not mark_run(s):
        return s[0], s[1:].strip()
    if bracketed_heading(s):
        return s[0], s[1:-1].strip()  # the bracket's opener is the mark (labels spell the brackets once)
    return None


def translated_twins(texts: Sequence[str], headings: dict) -> set[int]:
    """Indexes of the numbered headings (``headings``: line index → the solver's heading over ``texts``) that give the
    heading on the line right above them again in the other language: the same number and level, nothing between
    them, the two in two languages (Japanese, English or Korean: :func:`pipeline.numbering.parallel`).

    Why (issue 16, fresh-user trial 74f): a bilingual walking guide prints each stop's heading in Japanese with its
    English right under it (``２．陣屋前朝市`` / ``2. Jinya-mae Morning Market``) over its text given once per language,
    line by line; each English heading had opened a section of its own with no text (9 sections for 5 stops). The
    pair is one heading, as a marked pair is (:func:`translated_marked_pair`): the first heads the section and its
    translation stays the section's first line, where the reader finds it. It does NOT touch headings given once per
    language with their own text between them (``１．はじめに`` / Japanese text / ``1. 들어가며`` / Korean text: two
    sections, linked by :mod:`pipeline.segment.parallel`), two numbers alike in one language, nor a heading's next
    number in the other language (``1. はじめに`` / ``2. Methods``).

    >>> from pipeline.numbering import solve
    >>> ts = ["１．陣屋前朝市", "1. Jinya-mae Morning Market", "毎朝７時から開きます。", "２．宮川朝市", "2. Miyagawa Morning Market", "露店が並びます。"]
    >>> sorted(translated_twins(ts, {h.index: h for h in solve(ts)}))
    [1, 4]
    >>> ts = ["１．はじめに", "本文です。", "1. 들어가며", "본문입니다.", "２．方法", "本文です。", "2. 방법", "본문입니다."]
    >>> sorted(translated_twins(ts, {h.index: h for h in solve(ts)}))
    []
    >>> ts = ["§ 1 Setup", "Run it.", "§ 1 準備", "実行します。", "§ 2 Contact", "§ 2 問い合わせ", "mail@example.org"]
    >>> sorted(translated_twins(ts, {h.index: h for h in solve(ts)}))  # each language's headings over their own text
    []
    """
    twins = {i for i, h in headings.items()
             if (above := headings.get(i - 1)) is not None and above.number == h.number and above.level == h.level
             and parallel(texts[i], texts[i - 1])}
    # a document that gives another heading twice in two languages with text between them prints each language's
    # heading over its own text (a manual in two columns, ``§ 4 Usage`` … ``§ 4 使用方法``): its pairs stay two sections
    # linked by :mod:`pipeline.segment.parallel`, the last pair too, though no text stands between (trial 75c's
    # ``§ 5 For More Information`` / ``§ 5 問い合わせ・詳しくは``)
    by_number: dict[tuple[str, int], list[int]] = {}
    for i, h in sorted(headings.items()):
        by_number.setdefault((h.number, h.level), []).append(i)
    apart = any(b != a + 1 and parallel(texts[b], texts[a])
                for at in by_number.values() for a, b in zip(at, at[1:]))
    return set() if apart else twins


def translated_marked_pair(lines: list[Text], i: int) -> bool:
    """``lines[i]`` and ``lines[i + 1]`` are one heading behind one mark printed in Japanese and in English, either
    first (``■備中松山城`` / ``■Bitchu Matsuyama Castle``, ``【内子座】`` / ``【Uchikoza Theatre】``), over the section's
    text: a bilingual leaflet's or newsletter's heading pair (issue 16 point 2, fresh-user trial 72d; helper leaf72).
    The two share the mark and are shaped as one headline in two languages (:func:`_headline_halves`), and the
    Japanese says the English (EDICT glosses one content word, as :func:`translated_headline` asks) or, where the
    names EDICT does not list (``頼久寺`` / *Raikyuji Temple*, ``お問い合わせ`` / *Contact*), the two lines under the
    pair are unmarked and in the pair's two languages, one each: the section's text given once per language, line by
    line, as the heading is. Two marked lines in one language (a list's items, ``■タオル`` / ``■飲み物``) are no pair.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> translated_marked_pair(mk("■頼久寺", "■Raikyuji Temple", "庭園は名勝です。", "Its garden is a Place of Scenic Beauty."), 0)
    True
    >>> translated_marked_pair(mk("■タオル", "■飲み物", "暑さに気をつけてください。"), 0), translated_marked_pair(mk("■頼久寺", "◆Raikyuji Temple", "庭園は名勝です。", "Its garden is famous."), 0)
    (False, False)
    """
    from pipeline.glosses import glossed_terms

    if i + 2 >= len(lines):
        return False
    a, b = _heading_mark(lines[i].text), _heading_mark(lines[i + 1].text)
    if a is None or b is None or a[0] != b[0] or _heading_mark(lines[i + 2].text) is not None:
        return False
    halves = _headline_halves(a[1], b[1])
    if halves is None:
        return False
    if glossed_terms(*halves)[0] >= 1:
        return True
    under = [t.text.strip() for t in lines[i + 2:i + 4]]
    if len(under) < 2 or any(_heading_mark(u) is not None for u in under):
        return False
    langs = {("en" if u.isascii() and is_english_line(u) else JA if script_of(u) == JA and not u.isascii() else None)
             for u in under}
    return langs == {"en", JA}


MAX_BYLINED_HEADLINE = 120
"""Characters a newsletter's headline over its byline has at most (:func:`bylined_headline`): the byline vouches for a
clause-long headline (trial 69c's ``Volunteers Rebuild the Cliff Path Steps … at Gull Point``, 86)."""


MIN_PIECES = 2
"""Titled pieces over their author lines a text holds at least for their titles to head sections: one is a title
block's title over its speaker, which the title block reads."""


def piece_titles(lines: list[Text], layout: Layout | None = None) -> set[int]:
    """Indexes of the titles of a collection's pieces (a 卒業文集, a 文芸誌, a 同人誌): a line that may head an article
    (:func:`bylined_headline`) at the text's start, under a sentence's end or a blank line, over a Japanese author line
    (:func:`~.names.piece_byline_ja`: ``六年一組 山田 太郎``) over the piece's running text, where the text holds
    :data:`MIN_PIECES` such pieces or more; else the empty set.

    Decision (issue 16 point 2, fresh-user trial 77d's 卒業文集, helper bunshu78): each title heads a section, and the
    author line stays the section's first paragraph, as a newsletter's byline does (helper fix69h): a section has no
    speaker field, and no one writer speaks for the collection.
    """
    from pipeline.segment.names import piece_byline_ja

    out = {i for i in range(len(lines) - 2)
           if (i == 0 or _is_sentence_end(lines[i - 1].text)
               or (layout is not None and layout.blank_between_texts(lines[i - 1], lines[i])))
           and piece_byline_ja(lines[i + 1].text)
           and bylined_headline(lines[i].text) and not piece_byline_ja(lines[i + 2].text)}
    out = out if len(out) >= MIN_PIECES else set()
    listed = listed_titles(lines)
    return out | listed if len(listed) >= MIN_PIECES else out


_ASIDE = re.compile(r"[（(][^（()）]*[）)]\s*$")
"""A bracketed aside closing a presenter's line (``佐藤　美咲（指導教員：山本　隆）``, ``Ken Mori (Supervisor: …)``)."""
_SPACES = re.compile(r"[\s\u3000]+")


def listed_titles(lines: list[Text]) -> set[int]:
    """Indexes of the titles of a programme's or a contents' items printed again over their text: a line that a line
    before it lists together with a presenter's name (``13:05　地方鉄道の存続と地域住民の利用意識　　佐藤　美咲``), the
    line under it opening on that name (``佐藤　美咲（指導教員：山本　隆）``, a bracketed aside allowed) and running
    text under the name. The document's own listing is the evidence a byline's label gives elsewhere: a seminar's or
    a symposium's programme followed by its abstracts, each headed by its title and presenter, heads a section per
    abstract, the presenter's line its first paragraph (decision, issue 16 point 4, session 80, helper cat80: a
    卒業論文発表会's four abstracts had been one untitled section). Read by :func:`piece_titles`' callers with them.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(listed_titles(mk("13:05　河川の植物　　中村　健", "13:35　給食の残食　　小川　葵", "河川の植物", "中村　健",
    ...                         "河川敷で植物を調べた。", "給食の残食", "小川　葵（指導教員：山本　隆）", "残食を量った。")))
    [2, 5]
    >>> sorted(listed_titles(mk("河川の植物　　中村　健", "河川の植物", "中村　健は植物を調べた。", "河川敷で植物を調べた。")))
    []
    """
    return {i for i in range(1, len(lines) - 2) if listed_title(lines, i)}


def listed_title(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a listed item's title printed again over its presenter and text (:func:`listed_titles`)."""
    if not 0 < i < len(lines) - 2:
        return False
    title, who = _SPACES.sub("", lines[i].text), _SPACES.sub("", _ASIDE.sub("", lines[i + 1].text.strip()))
    if not (2 <= len(who) <= 30) or len(title) < 4 or title == who or _is_sentence_end(lines[i].text) \
            or _is_sentence_end(lines[i + 1].text) or not _is_sentence_end(lines[i + 2].text) \
            or not bylined_headline(lines[i].text):
        return False
    original = " ".join(_ASIDE.sub("", lines[i + 1].text.strip()).split())
    if not is_person_name(original) and not _japanese_person(original):
        return False
    for j in range(i):
        key = _SPACES.sub("", lines[j].text)
        if title in key and who in key and key != title and key.index(title) < key.index(who):
            return True
    return False


def _japanese_person(text: str) -> bool:
    """A Japanese name alone, its surname and given name parted by a space (``中村 健``): a person to Sudachi."""
    from pipeline.segment.names import _japanese_name

    return script_of(text) == JA and _japanese_name(text)


def _essay_byline(lines: list[Text], i: int) -> bool:
    """``lines[i + 1]`` is an essay's author line under its title: a Japanese post and name (``学芸員　山口　健太``,
    ``西海市歴史民俗資料館　学芸員　山口　健太``: :func:`_post_and_name`), running text right under it, and the title's
    line stands under a part's close (a sentence's end, or a signature: :func:`signed_off`). A catalogue's essay or a
    report's contributed piece is headed so; the author line stays the section's first paragraph, as a byline does
    (issue 16 point 1, session 80, helper cat80)."""
    if i + 2 >= len(lines) or not _post_and_name(lines[i + 1].text.strip()):
        return False
    return (i == 0 or _is_sentence_end(lines[i - 1].text) or signed_off(lines, i)) \
        and _is_sentence_end(lines[i + 2].text) and len(lines[i + 2].text.strip()) > len(lines[i].text.strip())


def bylined_headline(text: str) -> bool:
    """A line that may head an article over its byline (:func:`~.names.article_byline`): at most
    :data:`MAX_BYLINED_HEADLINE` characters, no sentence's or clause's end, no connective last, in title case if
    English; never itself a byline or a person's name.

    >>> bylined_headline("Volunteers Rebuild the Cliff Path Steps Washed Away in the Spring Storms at Gull Point")
    True
    >>> bylined_headline("The steps were rebuilt by volunteers."), bylined_headline("Photographs of the day taken")
    (False, False)
    """
    from pipeline.segment.titleblock import title_cased

    s = text.strip()
    return 0 < len(s) <= MAX_BYLINED_HEADLINE and not _is_sentence_end(s) and not s.endswith(("、", ",", "，", ":", "：", ";")) \
        and (title_cased(s) if is_english_line(s) else not s.isascii()) and not ends_on_connective(s) \
        and not _never_heading(s) and not is_person_name(s) and not article_byline(s)


MIN_ITEM_LINES = 2
"""Lines a block of short items under a newsletter's headline has at least (:func:`_short_item_block`)."""


def _set_apart_over_list(lines: list[Text], layout: Layout) -> set[int]:
    """Indexes of a PDF's lines set apart by their face (:func:`_emphasised`: bold over a regular body, or clearly
    larger) whose next line is set in the body's face, on the same page: the lines :func:`_by_shape` reads as headings
    over a list or running text whatever ends the line before them (a recipe card's bold ``Ingredients`` under the
    card's source line, ``Materials`` under a how-to's title block). Empty for a text dump (no faces); a line in the
    same face as the line under it (a bold title over a bold subtitle, a table's header row in bold over bold rows) is
    none, nor is a person's or an organisation's name (a letter's sender over its address, a signer over a post)."""
    body, body_font = _body_size(lines, layout), _body_font(lines, layout)
    if body_font is None:
        return set()
    # (never a sender's or a signer's name set bold over an address or a post: a letter's, no heading)
    return {i for i in range(len(lines) - 1) if _emphasised(lines[i], layout, body, body_font)
            and not _emphasised(lines[i + 1], layout, body, body_font) and layout.font(lines[i + 1]) == body_font
            and layout.page(lines[i]) == layout.page(lines[i + 1])
            and not is_person_name(lines[i].text.strip()) and not is_organisation(lines[i].text.strip())}


def _short_item_run(lines: list[Text], k: int, layout: Layout | None) -> bool:
    """``lines[k]`` opens a run of :data:`MIN_ITEM_LINES` short items or more in a row (:func:`_short_item`: no
    sentence's end; or an item with its quantity, :func:`quantity_item`: ``6 cooking apples, peeled and sliced``),
    none a contact, a person's name, a post and a name or an organisation, all on one page: a list one item a line
    (``Wood glue`` / ``Sandpaper``, ``Sleeping bag`` / ``Water bottle``), never an address or a signature under a
    letterhead. Read only under a line the PDF sets apart (:func:`_set_apart_over_list`)."""
    n = 0
    while k + n < len(lines) and n < MIN_ITEM_LINES:
        s = lines[k + n].text.strip()
        other_page = n > 0 and layout is not None and layout.page(lines[k + n]) != layout.page(lines[k])
        if not (_short_item(s) or quantity_item(s)) or contact_line(s) or one_line_contact(s) \
                or speaker_split(s) is not None or is_person_name(s) or is_organisation(s) or other_page:
            return False
        n += 1
    return n >= MIN_ITEM_LINES


def _short_item_block(lines: list[Text], i: int, layout: Layout | None) -> bool:
    """The text dump's block that ``lines[i]`` opens (:func:`_opens_block`) goes on under it in :data:`MIN_ITEM_LINES`
    short lines or more to the block's end, each a short phrase with no sentence's end (:func:`short_phrase`: a
    schedule's ``３日（火）　身体測定``, a list's items), none a contact, a name or a post and a name, the phrase itself
    no organisation: an article's headline over its list (decision, issue 16, fresh-user trial 66b: a school
    newsletter's ``９月の行事予定`` over its three days had become paragraphs of the article before). A closing block
    (``みどり野小学校`` / ``校長　高橋　誠`` / ``電話 …``) is the issuer's, no article."""
    if layout is None or is_organisation(lines[i].text.strip()):
        return False
    k = i + 1
    while k < len(lines) and layout.same_box(lines[k - 1], lines[k]):
        s = lines[k].text.strip()
        if not _short_item(s) or contact_line(s) or one_line_contact(s) or speaker_split(s) is not None \
                or is_person_name(s) or is_organisation(s):
            return False
        k += 1
    return k - (i + 1) >= MIN_ITEM_LINES


def _short_item(text: str) -> bool:
    """A short list item (:func:`short_phrase`), or a dates list's entry: a day and a month's name and then a short
    phrase (``5 October  Harvest supper in the hall``, ``Sun 12 April  Hill climb at Crow Lane``: the event is the
    item, the date its key, together past a heading's length; issue 16 point 2, helper news66).

    >>> _short_item("Sports day"), _short_item("5 October  Harvest supper in the hall"), _short_item("5 October we met.")
    (True, True, False)

    The date may be set off from its event by a dash or a colon (``12 March - Year 4 trip to the Science Museum``,
    ``2 April: Last day of term``), and the event may run to :data:`MAX_DATED_EVENT` characters (fresh-user trial 67c:
    a school newsletter's ``Dates for Your Diary`` over three such lines had stayed a paragraph of the article before):

    >>> _short_item("12 March - Year 4 trip to the Science Museum"), _short_item("2 April: Last day of term")
    (True, True)
    >>> _short_item("12 March - the children visited the Science Museum and wrote about it.")
    False
    """
    s = text.strip()
    if short_phrase(s):
        return True
    end = day_month_end(s)
    return end is not None and short_phrase(s[end:].strip().lstrip("-–—:").strip(), MAX_DATED_EVENT)


MAX_DATED_EVENT = 60
"""Characters a dates list's event has at most after its date (:func:`_short_item`: ``Year 4 trip to the Science
Museum``): an item, not a sentence."""


MIN_BLOCK_HEADINGS = 2
"""Headings by shape a document has at least for a phrase over a one-line list (:func:`enumeration_block`) to be one
(:func:`_by_shape`)."""


_PLACING = re.compile(r"^\s*=?(?P<n>[0-9]{1,3})(?:st|nd|rd|th)=?\s+\S")
"""A results list's row opening on its placing, an ordinal (``1st Oak House``, ``=3rd Elm House``)."""
_PLACINGS_LISTED = re.compile(r"(?<![\w.])(?P<n>[0-9]{1,3})(?:st|nd|rd|th)\s+[A-Z\ufffd]")
"""A placing in a list of winners run together on a line (``80 metres: 1st Freya Whitlock, 2nd Isabelle …``)."""


def _placings(text: str) -> list[int]:
    """The placings a line gives: its opening ordinal (:data:`_PLACING`), else the ordinals it lists after a label's
    colon (:data:`_PLACINGS_LISTED`, two or more rising by one), else none."""
    m = _PLACING.match(text)
    if m is not None:
        return [int(m.group("n"))]
    head, colon, rest = text.partition(":")
    listed = [int(m.group("n")) for m in _PLACINGS_LISTED.finditer(rest)] if colon and head.strip() else []
    return listed if len(listed) >= 2 and listed == list(range(listed[0], listed[0] + len(listed))) else []


def placing_rows(first: str, second: str) -> bool:
    """Two lines in a row of a results list: each opens on its placing, the second's the next or a tie (``1st Oak
    House (Captain: Freya Whitlock) - 312 points`` / ``2nd Ash House …``), or each lists its event's placings after
    its label (``Year 6 girls' 80 metres: 1st Freya Whitlock, 2nd Isabelle Tregarthen`` / ``Year 5 long jump: 1st …``).
    They are records, as a table's rows are: a short phrase over them heads them (:func:`_by_shape`).

    Why (issue 16 point 2, fresh-user trial 78b, helper results79): a school sports day's ``House Results`` and
    ``Individual Results`` over such rows had stayed paragraphs in ``front`` where its other phrases head sections.
    An ordinal in a sentence's text (``the 1st of May``) opens no row, and one line alone is no list.

    >>> placing_rows("1st Oak House - 312 points", "2nd Ash House - 298 points"), placing_rows("1st Oak", "3rd Ash")
    (True, False)
    >>> placing_rows("Year 6 80 metres: 1st Freya Whitlock, 2nd Isabelle Tregarthen", "Year 5 long jump: 1st Amira, 2nd Jacob")
    True
    >>> placing_rows("On the 1st of May we met.", "On the 2nd of May we left.")
    False
    """
    a, b = _placings(first), _placings(second)
    if not a or not b or len(a) != len(b):
        return False
    return len(a) > 1 or b[0] in (a[0], a[0] + 1)


def _heads_over_headings(lines: list[Text], found: Collection[int], marked: Collection[int] = (),
                         layout: Layout | None = None) -> set[int]:
    """Indices of the short phrases right over a heading that they head (and of that heading), where the document
    heads :data:`MIN_BLOCK_HEADINGS` blocks by shape or more (``found``): a phrase after a sentence's end (or opening
    the text) whose next line is a phrase heading running text (``Results`` / ``Open Single Sculls`` / ``Final: James
    Oakley … by two lengths.``; ``会員近況（クラス便り）`` / ``昭和45年卒 三年二組`` / ``青木 正明さんは…``). The second
    phrase is a heading as its siblings are, only no sentence ends over it: the first heads it, a section's heading
    over its first subsection's.

    Why (issue 16 point 2, fresh-user trial 78b, helper results79): the regatta's ``Results`` and ``Open Single
    Sculls`` had stayed front beside ``Women's Double Sculls`` and its other events read as sections, and the
    alumni bulletin's ``会員近況（クラス便り）`` and its first class a paragraph of the section before beside the classes
    after it. It does NOT take a phrase in a document with fewer headings by shape (a label over its value, ``Venue`` /
    ``The Old Boathouse`` / a sentence, is as often so), nor a sentence, a record, a date, a contact, a person's or an
    organisation's name, a bracketed aside or a signature as either phrase, nor a periodical's issue line, its kind or
    its edition under its masthead (``Issue 14 — Autumn 2025`` over ``Harvest Show results``: the issue's front, merge
    review of session 79), nor a form's field label alone over its value (``Venue`` / ``The Old Boathouse``,
    tests/test_segment_report61.py), nor a phrase opening the body, nor a phrase over a heading behind a mark
    (``marked``: ``（看護師　小松 由香）`` signing the article over ``■ 給食室から``, read by its mark, not its shape).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("It was warm.", "Results", "Open Sculls", "Final: Oakley beat Fenwick by two lengths on the day.",
    ...         "Double Sculls", "Final: Rowe and Grant beat the Dunns by a length after a close race.",
    ...         "Coxed Fours", "Final: Upper Thames beat Maidenhead by a length after a very close race.")
    >>> sorted(_heads_over_headings(ls, {4, 6})), sorted(_heads_over_headings(ls, {4}))
    ([1, 2], [])
    """
    if len(found) < MIN_BLOCK_HEADINGS:
        return set()

    def phrase(k: int) -> bool:
        s = lines[k].text.strip()
        return short_phrase(s) and not _is_sentence_end(s) and not s.endswith((",", ":", ";", "，", "、", "：")) \
            and not _record(s) and not is_date_line(s) and not contact_line(s) and not is_person_name(s) \
            and not is_organisation(s) and not bracketed_aside(s) and s[:1] not in HEADING_MARKS \
            and k not in marked and not _signature_under_text(lines, k) and not letter_signature(lines, k) \
            and not periodical_issue(s) and not masthead_descriptor(s) and not is_edition_line(s) \
            and not is_document_kind(s) and form_field(f"{s}: …") != s and (script_of(s) == JA or s[:1].isupper())

    parted = layout is not None and any(layout.blank_between_texts(lines[k - 1], lines[k]) for k in range(1, len(lines)))
    out: set[int] = set()
    for i in range(len(lines) - 2):
        if i in found:
            continue
        before = lines[i - 1].text if i else ""
        after = lines[i + 2].text.strip()
        # (after a sentence's end: a phrase opening the body under the title block is its front's, a newsletter's
        # issue and publisher line, ``第12号　2025年4月1日発行　かわせみ町公民館``, tests/test_extract_typography.py)
        # (and in a dump that parts its blocks by blank lines, a blank line over it: a list's items right under the
        # sentence announcing them, ``…次の防災用品を配布します。`` / ``非常用の飲料水`` / ``懐中電灯と予備の電池`` / a
        # sentence, and a reader's signature under the letter's text, are no headings; tests/test_news71.py, merge
        # review of session 79)
        # (or under a part's signature, which closes it as a sentence's end does, :func:`signed_off`: a prospectus's
        # ``Our Curriculum`` / ``Key Stage 3 (Years 7–9)`` under the welcome's ``Mrs Helen Ardmore`` / ``Headteacher``,
        # session 81, helper minutes81)
        if i > 0 and (_is_sentence_end(before) or signed_off(lines, i)) and phrase(i) and phrase(i + 1) \
                and (not parted or layout.blank_between_texts(lines[i - 1], lines[i])) \
                and len(after) > 2 * len(lines[i + 1].text.strip()) and _is_sentence_end(after):
            out |= {i, i + 1}
    return out - set(found)


def _opens_block(lines: list[Text], i: int, layout: Layout | None) -> bool:
    """``lines[i]`` opens a block of a text dump: a blank line over it, the next line right under it (no blank line
    between), and the line before no short phrase standing alone (a label over its value: ``Venue`` / blank / ``The
    Old Boathouse`` / …). The block before ended there whatever its last line (a list written on one line, a
    table's row), as a sentence's end ends one. A dump whose every line stands apart (the sample's wrapped paper)
    opens no block so; a PDF's boxes are read by their own rules (decision, issue 16 point 2, session 65: a recipe's
    ``手順`` under its ingredients' line had stayed a paragraph).

    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["材料", "卵 3個、牛乳 200ml", "", "手順", "", "1．混ぜる。"], 1) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in range(6)), (3,))
    >>> _opens_block(ls, 2, lay), _opens_block(ls, 2, Layout(tuple(LineLayout() for _ in range(6)), (3, 5)))
    (True, False)
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Venue", "", "The Old Boathouse", "Doors open at ten."], 1) if s]
    >>> _opens_block(ls, 1, Layout(tuple(LineLayout() for _ in range(4)), (2,)))  # a label alone over its value
    False
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Dear residents,", "", "Thank you", "for your patience."], 1) if s]
    >>> _opens_block(ls, 1, Layout(tuple(LineLayout() for _ in range(4)), (2,)))  # the sentence goes on under it
    False
    """
    if layout is None or not 0 < i < len(lines) - 1 or layout.boxed(lines[i]) \
            or not layout.blank_between_texts(lines[i - 1], lines[i]) or not layout.same_box(lines[i], lines[i + 1]):
        return False
    alone = short_phrase(lines[i - 1].text) and (i == 1 or layout.blank_between_texts(lines[i - 2], lines[i - 1]))
    return not alone and not _phrase_goes_on(lines[i + 1].text)


def _phrase_goes_on(text: str) -> bool:
    """``text``, the line under a short phrase, carries the phrase's sentence on: it opens in a small Latin letter
    (``Thank you`` / ``for your patience…``) or on a Japanese case particle or auxiliary (``…の整備`` / ``を進めた。``,
    ``…取り組んでいき`` / ``ます。``), which no sentence opens on: the phrase is its paragraph's first line, no heading."""
    from pipeline.segment.paragraphs import opens_on_auxiliary, opens_on_case_particle

    s = text.lstrip(" \u3000")
    return (s[:1].isascii() and s[:1].islower()) or opens_on_case_particle(s) or opens_on_auxiliary(s)


MIN_ENUMERATED = 3
"""Items a list written on one line names at least (:func:`enumeration_block`)."""
MAX_ENUMERATED_ITEM = 30
"""Characters an item of a list written on one line has at most: a noun phrase, never a clause."""


def enumeration_block(lines: list[Text], k: int, layout: Layout | None) -> bool:
    """``lines[k]`` is a text dump's block of its own (a blank line or the document's end after it), a list written on
    one line: :data:`MIN_ENUMERATED` items or more parted by commas (``、``, ``，``, ``,``), each short
    (:data:`MAX_ENUMERATED_ITEM`), ending no sentence (a recipe's ``じゃがいも 4個、牛肉 200g、玉ねぎ 1個…``, ``6 ripe
    tomatoes, 1 onion, 2 cloves of garlic…``). Running text as a heading stands over, though no sentence.

    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["材料", "卵 3個、牛乳 200ml、砂糖 大さじ1", "", "手順"], 1) if s]
    >>> lay = Layout(tuple(LineLayout() for _ in range(4)), (3,))
    >>> enumeration_block(ls, 1, lay), enumeration_block(ls[:1] + [Text.from_raw("筆記用具、上履き", 2)] + ls[2:], 1, lay)
    (True, False)
    """
    if layout is None or k >= len(lines) or layout.boxed(lines[k]):
        return False
    if k + 1 < len(lines) and layout.same_box(lines[k], lines[k + 1]):
        return False
    text = lines[k].text.strip()
    if field_row(text):
        return True
    items = [p.strip() for p in re.split(r"[、，,]", text)]
    return len(items) >= MIN_ENUMERATED and all(0 < len(p) <= MAX_ENUMERATED_ITEM for p in items) \
        and not _is_sentence_end(text) and not text.endswith(("：", ":"))


_FIELD = re.compile(r"^[^\s\u3000:：、。,.]{1,20}[：:]\s?\S[^\u3000\t]{0,29}$")
"""A field of a row: a label of one word or phrase, a colon, its short value (``定格電圧：AC100V``, ``Capacity: 1.7 L``)."""
_FIELD_GAP = re.compile(r"\u3000+|\t+| {2,}")
"""What parts a row's fields: an ideographic space, a TAB or two spaces or more (a dump's gap)."""
MIN_ROW_FIELDS = 2
"""Fields a row of them written on one line holds at least (:func:`field_row`)."""


def field_row(text: str) -> bool:
    """``text`` is a row of :data:`MIN_ROW_FIELDS` fields or more, each a label, a colon and its short value, parted
    by a gap (:data:`_FIELD_GAP`): a manual's specifications (``定格電圧：AC100V　定格消費電力：1250W　容量：0.8L``),
    a list written on one line as :func:`enumeration_block` reads (decision, issue 16, fresh-user trial 67: a kettle
    manual's ``仕様`` over its one spec line had become a paragraph of the section before). A sentence with a colon in
    it (``Note: the kettle must be empty.``) is no row.

    >>> field_row("定格電圧：AC100V　定格消費電力：1250W　容量：0.8L"), field_row("Voltage: 230 V   Power: 2000 W")
    (True, True)
    >>> field_row("定格電圧：AC100V"), field_row("注意：水を入れすぎないでください。　本体：洗えません"), field_row("Note: keep it dry.")
    (False, False, False)
    """
    fields = [f for f in _FIELD_GAP.split(text.strip()) if f]
    return len(fields) >= MIN_ROW_FIELDS and all(_FIELD.match(f) and not _is_sentence_end(f) for f in fields)


_QUANTITY_WORD = r"(?:少々|適量|適宜|少量|ひとつまみ)"
"""A recipe's quantity given in words, no number (``塩　少々``, ``サラダ油　適量``)."""
_NUMBER = r"[0-9０-９]+(?:[.,．，／/][0-9０-９]+)*"
_JA_QUANTITY_ITEM = re.compile(r"^(?=[^\s\u3000]*[^\x00-\x7f])[^\s\u3000、。，．：:「」]{1,20}(?:\u3000|\t| +)(?:(?:約|大さじ|小さじ|カップ|各)?\s?"
                               + _NUMBER + r"(?![0-9０-９]*\s?[年月日時:：])|" + _QUANTITY_WORD + r")")
"""A Japanese list's item, one a line: a name (a noun phrase, no space or punctuation) then, after an ideographic
space, spaces or a TAB, its quantity (``かぼちゃ　1／4個（約400g）``, ``砂糖　大さじ1と1／2``, ``木ねじ（長）　8本``,
``塩　少々``); never a date or a time (``日時　5月1日``)."""
_EN_QUANTITY_ITEM = re.compile(r"^(?:[0-9]+(?:[./][0-9]+)?(?: [0-9]+/[0-9]+)?|[½¼¾⅓⅔⅛])\s?[a-z]")
"""An English list's item, one a line: its quantity first, then its unit or name in small letters (``2 cups
flour``, ``1 1/2 cups buttermilk``, ``200g butter``, ``20 wood screws``); a numbered heading's title opens on a
capital (``2 Methods``)."""
_EN_UNIT = (r"(?:g|kg|mg|ml|mL|cl|dl|l|L|oz|lb|lbs|cups?|tbsp|tsp|tablespoons?|teaspoons?|pinch(?:es)?|cloves?"
            r"|slices?|pieces?|pcs|sheets?|packs?|tins?|cans?|bunch(?:es)?|sprigs?|handfuls?|large|medium|small)")
_EN_QUANTITY_AFTER_ITEM = re.compile(r"^[A-Za-z][A-Za-z’'\- ]{1,28}?(?:\s*\([^()]{1,20}\))?\s+"
                                     r"(?:[0-9]+(?:[./][0-9]+)?(?: [0-9]+/[0-9]+)?|[½¼¾⅓⅔⅛])\s?" + _EN_UNIT + r"\.?$")
"""An English list's item with its quantity after its name, a unit after the number (``Flour 200 g``, ``Butter
50g``, ``Milk 1 1/2 cups``, ``Garlic 2 cloves``): as ``2 cups flour``, in the other order (fresh-user trial 65b's
limit, helper front66). A bare number after a word (``Eggs 2``) is one only beside an item with its unit
(:func:`quantity_list`): ``Chapter 2``, ``Room 12`` are no items alone."""
_EN_COUNT_AFTER_ITEM = re.compile(r"^[A-Za-z][A-Za-z’'\- ]{1,28}?\s+[0-9]{1,3}$")
"""An English item counted after its name with no unit (``Eggs 2``, ``Wood screws 8``): an item of a list only among
items with their units (:func:`quantity_list`)."""
MAX_QUANTITY_ITEM = 40
"""Characters a list's item with its quantity has at most (:func:`quantity_item`)."""


def quantity_item(text: str) -> bool:
    """``text`` is one item of a list given one a line with its quantity: an ingredients', equipment's or parts'
    list (``だし汁　200ml``, ``プラスドライバー　１本``, ``2 cups flour``), at most :data:`MAX_QUANTITY_ITEM`
    characters, ending no sentence, no form's field by its label (``日時　…``, ``会場　…``).

    >>> [quantity_item(s) for s in ["かぼちゃ　1／4個（約400g）", "塩　少々", "2 cups flour", "1 1/2 cups buttermilk"]]
    [True, True, True, True]
    >>> [quantity_item(s) for s in ["日時　5月1日（土）", "材料（4人分）", "2 Methods", "会場　市民会館", "作り方"]]
    [False, False, False, False, False]
    """
    s = text.strip()
    if not 0 < len(s) <= MAX_QUANTITY_ITEM or _is_sentence_end(s) or form_field(s) is not None:
        return False
    return _JA_QUANTITY_ITEM.match(s) is not None or _EN_QUANTITY_ITEM.match(s) is not None \
        or _EN_QUANTITY_AFTER_ITEM.match(s) is not None


def _counted_item(text: str) -> bool:
    """``text`` is an English item counted after its name with no unit (``Eggs 2``: :data:`_EN_COUNT_AFTER_ITEM`)."""
    s = text.strip()
    return _EN_COUNT_AFTER_ITEM.match(s) is not None and not is_chapter_label(s)


def quantity_list(lines: list[Text], k: int, layout: Layout | None) -> bool:
    """``lines[k]`` opens a list given one item a line, two items or more in a row (:func:`quantity_item`, or a list's
    marked item or a table's row, :func:`_record`), one at least with its quantity, in one block of a text dump
    (no blank line between them): a recipe's ingredients (``だし汁　200ml`` / ``砂糖　大さじ1`` / …, ``2 cups flour``
    / ``1 tsp salt``), a kit's parts. Records a heading stands over (:func:`_by_shape`; decision, issue 16,
    fresh-user trial 65b: ``材料`` over ``かぼちゃ　1／4個（約400g）`` / … had stayed front).

    >>> ls = [Text.inserted(s) for s in ["材料", "だし汁　200ml", "砂糖　大さじ1", "作り方"]]
    >>> quantity_list(ls, 1, None), quantity_list(ls, 2, None)
    (True, False)
    """
    if k + 1 >= len(lines) or (layout is not None and not layout.same_box(lines[k], lines[k + 1])):
        return False
    pair = [lines[k].text, lines[k + 1].text]
    # (an item counted after its name, ``Eggs 2``, is one beside an item with its unit: ``Flour 200 g`` / ``Eggs 2``)
    return all(quantity_item(s) or _record(s) or _counted_item(s) for s in pair) and any(quantity_item(s) for s in pair)


def signed_off(lines: list[Text], i: int) -> bool:
    """``lines[i]`` stands right under a part's signature: a signer's name (:func:`is_person_name`, a lost glyph
    allowed) and post alone on the line under it (:func:`signer_post`: ``Margaret O’Donnell`` / ``Chair of Trustees``),
    right under a sentence's end. The signature closes its part (a report's foreword, a statement) as a sentence's end
    does, so a phrase under it may head the next part (:func:`_by_shape`). Why (issue 16 point 2, fresh-user trial 72d,
    helper rev72): a charity's ``Our year in numbers`` under its chair's signature had stayed a paragraph of the
    foreword.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("Thank you.", "Margaret O’Donnell", "Chair of Trustees", "Our year in numbers")
    >>> signed_off(ls, 3), signed_off(mk("Thank you.", "Our shop", "Chair of Trustees", "Our year"), 3)
    (True, False)
    >>> signed_off(mk("It opens on Monday.", "Lars Eriksen", "Press Officer", "+47 21 80 21 80"), 3)
    False
    >>> signed_off(mk("the 10am service.", "With every blessing,", "Revd Jonathan Pemberton", "News from the PCC"), 3)
    True
    >>> signed_off(mk("our first priority.", "Signed,", "Richard Holloway", "Managing Director, BrightHome Ltd", "FAQ"), 4)
    True
    >>> signed_off(mk("our first priority.", "Signed, Richard Holloway", "Managing Director, BrightHome Ltd", "FAQ"), 3)
    True
    """
    from pipeline.segment.letters import _SIGNED_LABEL, is_closing

    # a name and post over a telephone number or an address is a contact box, no signature (``Lars Eriksen`` /
    # ``Press Officer`` / ``+47 21 80 21 80``: tests/test_notice64.py's press contact)
    if i >= 2 and _is_sentence_end(lines[i - 2].text) and _post_and_name(lines[i - 1].text.strip()) \
            and not (i < len(lines) and contact_line(lines[i].text.strip())):
        # a Japanese article signed on one line, its signer's post then name (``PTA会長　高橋 健一``) under its last
        # sentence: it closes the article as the English two lines do (fresh-user trial 73c's ``f3_pta.txt``, helper
        # news73: ``バザーのお知らせ`` under it had stayed a paragraph of the first article)
        return True
    if i < len(lines) and contact_line(lines[i].text.strip()):
        return False
    if i >= 2 and signing_office(lines, i - 1):
        # a greeting or a foreword signed by a body alone (``…厚くお礼申し上げます。`` / ``令和8年10月`` /
        # ``西海市教育委員会``): it closes the part as a person's signature does (issue 16 point 1, session 80, helper
        # cat80: a catalogue's essay title under its greeting's signer had stayed a paragraph of the greeting)
        return True

    def closes(text: str) -> bool:  # a close or a signature's label alone (``Signed,`` over the name)
        m = _SIGNED_LABEL.match(text.strip())
        return is_closing(text) or (m is not None and not text.strip()[m.end():])

    # a letter's close over the name alone signs it off as well (``With every blessing,`` / ``Revd Jonathan
    # Pemberton`` closing a parish magazine's letter; fresh-user trial 73c, helper eng73)
    if i >= 2 and is_closing(lines[i - 2].text) and is_person_name(lines[i - 1].text.strip()):
        return True
    if i >= 2 and _is_sentence_end(lines[i - 2].text) and _name_comma_post(lines[i - 1].text):
        # the name and the post on one line, a comma between (``Derek Carne, Lifeboat Operations Manager`` closing a
        # report's message: fresh-user trial 76b, helper struct76b)
        return True
    post = lines[i - 1].text.strip() if i else ""
    name = lines[i - 2].text.strip() if i >= 2 else ""
    if (label := _SIGNED_LABEL.match(name)) is not None and name[label.end():].strip():
        name = name[label.end():].strip()  # ``Signed, Helen Marsh``: the label before the name on its line
    return i >= 3 and (signer_post(post) or _post_and_office(post)) and is_person_name(name) \
        and (_is_sentence_end(lines[i - 3].text) or (closes(lines[i - 3].text) and i >= 4
                                                     and _is_sentence_end(lines[i - 4].text)))


MAX_SIGNING_OFFICE = 30
"""Characters a body's signing line has at most (``高梁市役所　文化振興課``; a longer line is running text)."""


def signing_office(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a Japanese organisation or office alone (:func:`is_organisation`, no person's name on it:
    ``西海市教育委員会``, ``高梁市役所　文化振興課``) right under a sentence's end, a date alone allowed between: the body
    that signs the part over it (a catalogue's or a report's greeting).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> signing_office(mk("お礼申し上げます。", "令和8年10月", "西海市教育委員会"), 2), signing_office(mk("お礼申し上げます。", "西海市教育委員会"), 1)
    (True, True)
    >>> signing_office(mk("会場は次のとおり", "西海市教育委員会"), 1), signing_office(mk("お礼申し上げます。", "西海の鯨組"), 1)
    (False, False)
    >>> signing_office(mk("増加した。", "一方で、観光客の集中による生活環境への影響も課", "題となっている。"), 1)
    False
    """
    text = lines[k].text.strip()
    if not has_japanese(text) or len(text) > MAX_SIGNING_OFFICE or any(c in text for c in "、，,。")  \
            or speaker_split(text) is not None or not is_organisation(text):
        return False  # (a wrapped sentence's line ending on ``課`` is no office: ``…生活環境への影響も課`` / ``題となっている。``)
    above = k - 1
    if above >= 1 and is_date_line(lines[above].text.strip()):
        above -= 1
    return above >= 0 and _is_sentence_end(lines[above].text)


def _name_comma_post(text: str) -> bool:
    """``text`` is an English signature on one line: a person's name (a lost glyph allowed), a comma, then a signer's
    post alone (:func:`signer_post`: ``Derek Carne, Lifeboat Operations Manager``); a reader's street after the name
    (``Mary Collins, Church Road``) is none.

    >>> _name_comma_post("Derek Carne, Lifeboat Operations Manager"), _name_comma_post("Mary Collins, Church Road")
    (True, False)
    """
    name, comma, post = text.strip().partition(",")
    return bool(comma) and "," not in post and signer_post(post.strip()) and is_person_name(name.strip())


def _post_and_name(text: str) -> bool:
    """``text`` is a Japanese signature alone on its line: a post, then a person's name (:func:`speaker_split`,
    :func:`is_person_name`: ``PTA会長　高橋 健一``, ``自治会長　田中 一郎``); a field's label over its value is none.

    >>> _post_and_name("自治会長　田中 一郎"), _post_and_name("会場　市民ホール"), _post_and_name("Chair: Margaret Hale")
    (True, False, False)
    """
    k = speaker_split(text)
    return k is not None and k > 0 and has_japanese(text[:k]) and is_person_name(text[k:].strip())


def part_signer(body: list[Text]) -> tuple[int, int, Speaker] | None:
    """The signer of the document's first signed part (a report's foreword, a chair's statement): the name and post of
    the first signature in ``body`` that closes a part (:func:`signed_off`: a phrase under it heads the next part),
    as ``(name's index, index past the post, Speaker)``: the name the speaker's name, the post its affiliation
    (:func:`~.letters._english_signer`). ``None`` where no part is signed so. The stage makes it the speaker where
    the head names none and no closing signature does (issue 16 point 2, fresh-user trial 72d, helper rev72: a
    charity's review, its chair's foreword signed ``Margaret O’Donnell`` / ``Chair of Trustees``, had no speaker).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> at, end, sp = part_signer(mk("We thank you.", "Margaret Hale", "Chair of Trustees", "Our year", "We grew."))
    >>> (at, end, sp.name.text, sp.affiliation.text)
    (1, 3, 'Margaret Hale', 'Chair of Trustees')
    >>> part_signer(mk("We thank you.", "Our year", "We grew.")) is None
    True
    >>> at, end, sp = part_signer(mk("We thank you.", "Derek Carne, Operations Manager", "Our year", "We grew."))
    >>> (at, end, sp.name.text, sp.affiliation.text)
    (1, 2, 'Derek Carne', 'Operations Manager')
    """
    from pipeline.segment.letters import _english_signer

    for i in range(2, len(body)):
        if i >= 2 and _is_sentence_end(body[i - 2].text) and _name_comma_post(body[i - 1].text) and signed_off(body, i) \
                and (found := _english_signer(body[i - 1], 0, [])) is not None:
            return i - 1, i, found  # name and post on one line (``Derek Carne, Lifeboat Operations Manager``)
        if i >= 3 and signed_off(body, i) and (found := _english_signer(body[i - 2], 0, [body[i - 1]])) is not None:
            return i - 2, i, found
    return None


def _signature_under_text(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a post and a name (``桜町長　大野 和夫``: :func:`~.names.speaker_split`) right under a sentence's end,
    in its box: the greeting's signature, never a headline over what follows it (fresh-user trial 62c's variants: it
    had headed the next article's fields)."""
    return i > 0 and _is_sentence_end(lines[i - 1].text) and speaker_split(lines[i].text) is not None


def letter_signature(lines: list[Text], i: int) -> bool:
    """``lines[i]`` signs a reader's letter on a letters page: a person's name, a comma, then where the writer lives
    (``Mary Collins, Church Road``, ``Walter Hargreaves, Allotment 7``) right under the letter's last sentence, the next
    letter's salutation under it (``Dear Editor,``, alone or run in). Never a heading over the next letter (decision,
    issue 16 point 2, helper notice74 after fresh-user trial 73d: ``Tom Ashdown, The Street`` had headed the letters
    after it). A name alone, or one whose comma leads on to no capital (``Jane Doe, 1932–2025``), is left to the
    other rules.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> letter_signature(mk("brightened up the street.", "Mary Collins, Church Road", "Dear Editor, Could the council …"), 1)
    True
    >>> letter_signature(mk("brightened up the street.", "Summer Fete, Village Green", "Dear Editor,"), 1)
    False
    >>> letter_signature(mk("brightened up the street.", "Mary Collins, Church Road", "The fete returns in June."), 1)
    False
    """
    if not 0 < i < len(lines) - 1 or not _is_sentence_end(lines[i - 1].text):
        return False
    name, comma, rest = lines[i].text.strip().partition(",")
    under = lines[i + 1].text.strip()
    return bool(comma) and rest.strip()[:1].isupper() and not _is_sentence_end(rest) \
        and is_person_name(name.strip()) and "," in under and is_salutation(under[:under.index(",") + 1])


MIN_FIELDS_HEADLINE = 4
"""Characters a headline over a notice's fields has at least: ``記`` over ``日時　…`` is a notice's mark, no headline."""


def _after_article(lines: list[Text], i: int, layout: Layout | None) -> bool:
    """``lines[i]`` stands apart (a blank line over it, in a text dump) right under the line that closes an article: a
    signature's post and name (``青葉町長　田中 修``), a one-line contact or a means of contact (``問合せ　保健福祉課　電話
    0263-00-1111``), a notice's field (``自己負担額　1,500円``), or the issuer's dated line under the masthead
    (``令和7年9月1日　みなと市立青空小学校``, as a publisher's line). Such a line ends its article as a sentence's end
    does (:func:`_by_shape`; decision, issue 16, fresh-user trial 62c: a newsletter's articles after a greeting's
    signature and after an article's contact line had become paragraphs of the greeting)."""
    if layout is None or layout.boxed(lines[i]) or layout.same_box(lines[i - 1], lines[i]):
        return False
    before = lines[i - 1].text.strip()
    return one_line_contact(before) or contact_line(before) or is_notice_field(before) or dated_office(before) \
        or ((speaker_split(before) is not None or is_person_name(before)) and not _is_sentence_end(before))


def _heads_fields(lines: list[Text], i: int) -> bool:
    """``lines[i]``, a headline (no field itself, :data:`MIN_FIELDS_HEADLINE` characters or more), stands over a run of
    two notice fields or more (``インフルエンザ予防接種の費用を助成します`` / ``対象　町内に…`` / ``期間　…``): a
    newsletter's article of fields, no running text (:func:`_by_shape`)."""
    text = lines[i].text.strip()
    return len(text) >= MIN_FIELDS_HEADLINE and not is_notice_field(text) and i + 2 < len(lines) \
        and is_notice_field(lines[i + 1].text) and is_notice_field(lines[i + 2].text)


MAX_LISTED_HEADING = 80
"""Characters a body's line matched to a contents entry (:func:`listed_headings`) has at most: a heading's, never a
paragraph's."""
MIN_LISTED_IN_BODY = 2
"""Contents entries the body must restate for the contents to head its sections (:func:`listed_headings`; one alone
where the contents lists one): one line that happens to equal an entry's words is chance."""


def listed_key(text: str) -> str:
    """A contents entry's title or a body line as matched: case, white space and a closing stop aside."""
    return re.sub(r"\s+", " ", text.strip().rstrip(".．:：").strip()).casefold()


def listed_headings(lines: Sequence[Text], entries: Sequence[str]) -> set[int]:
    """The body's lines that a contents lists (``entries``: each entry's title, its leader and page number taken off,
    :func:`~pipeline.segment.contents.entry_parts`): a line of its own (a paragraph no longer than
    :data:`MAX_LISTED_HEADING`) whose words are an entry's title (case, white space and a closing stop aside), read in
    the contents' order, each entry matched once, to the first such line after the one its entry before matched.
    The contents is the document's own word for what heads its sections, stronger than any shape (decision, issue 16,
    fresh-user trial 61: an annual report's contents listed ``Chair's statement`` … ``Financial review`` with their
    pages and the body's ``Chair's statement`` and ``Our year in numbers`` had stayed front paragraphs, ``Tenant
    involvement`` a paragraph of the section before). It needs :data:`MIN_LISTED_IN_BODY` entries found so (one
    where the contents lists one): a line that equals one entry's words by chance heads nothing. A line in running
    text holding an entry's words among others (``…the financial review below.``) is no match.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Chair's statement", "This year went well.", "Our year in numbers", "- 86 homes",
    ...         "Financial Review", "See the financial review.")
    >>> sorted(listed_headings(ls, ["Chair's statement", "Our year in numbers", "Financial review"]))
    [0, 2, 4]
    >>> sorted(listed_headings(ls, ["Chair's statement", "Governance"]))  # one entry restated: chance
    []
    """
    keys = [listed_key(e) for e in entries if listed_key(e)]
    found: list[int] = []
    at = 0
    for key in keys:
        k = next((i for i in range(at, len(lines)) if len(lines[i].text.strip()) <= MAX_LISTED_HEADING
                  and listed_key(lines[i].text) == key), None)
        if k is not None:
            found.append(k)
            at = k + 1
    return set(found) if len(found) >= min(MIN_LISTED_IN_BODY, len(keys)) else set()


def _alone_by_shape(lines: list[Text], layout: Layout) -> set[int]:
    """Short phrases standing alone between blank lines (raw), opening on a capital, over running text or a block
    of records (:func:`_by_shape`'s), whatever stands before them: a text dump's unnumbered headings where the line
    before ends no sentence (a cover's ``for the year ended 31 March 2025``, a signature's ``Chair of the Board``).
    :func:`split_paper` takes them only where the document already heads sections so (by :func:`_by_shape` or its
    contents: :func:`listed_headings`), the same shape proven there (decision, issue 16, fresh-user trial 61: the
    report without its contents had ``Chair's statement`` and ``Our year in numbers`` as front paragraphs). Never a
    person's name or an organisation's (a signature, a letterhead), a date, a field, a record or a caption, nor a line
    right under a short phrase standing alone itself (a label over its value: ``Venue`` / ``The Old Boathouse``); a
    PDF's lines (no blank lines) never stand so.

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Chair of the Board", "", "Our year in numbers", "", "- 2,314 homes managed", "- 86 new homes",
    ...         "", "Margaret Oduya", "", "This has been a year of steady progress for all of us.")
    >>> lay = Layout(tuple(LineLayout() for _ in ls), (2, 4, 7, 9))
    >>> body = [t for t in ls if t.text]
    >>> sorted(_alone_by_shape(body, lay))  # the name over running text is no heading
    [1]
    >>> ls = mk("All are welcome.", "", "Venue", "", "The Old Boathouse", "", "Doors open at ten, and the first tours leave.")
    >>> _alone_by_shape([t for t in ls if t.text], Layout(tuple(LineLayout() for _ in ls), (2, 4, 6)))
    set()
    """
    out = set()
    for i, t in enumerate(lines):
        s = t.text.strip()
        if not (0 < i + 1 < len(lines)) or not short_phrase(s) or not s[:1].isupper() or not is_english_line(s):
            continue
        if not (layout.blank_between_texts(lines[i - 1], t) and layout.blank_between_texts(t, lines[i + 1])):
            continue
        if i >= 2 and short_phrase(lines[i - 1].text) and layout.blank_between_texts(lines[i - 2], lines[i - 1]):
            continue  # a label alone over its value (``Venue`` / ``The Old Boathouse``): the value heads nothing
        if is_date_line(s) or dated_office(s) or _record(s) or _CAPTION.match(s) or is_person_name(s) \
                or is_organisation(s) or speaker_split(s) is not None or contact_line(s) or is_document_kind(s) \
                or is_edition_line(s) or bracketed_aside(s) or ITEM_ONLY_START.match(s):
            continue
        after = lines[i + 1].text.strip()
        opens_text = len(after) > 2 * len(s) and (_is_sentence_end(after) or after.endswith((":", "：")))
        records = i + 2 < len(lines) and _record(after) and _record(lines[i + 2].text)
        if opens_text or records:
            out.add(i)
    return out


def _opens_set_in(line: Text, under: Text, layout: Layout | None) -> bool:
    """``under``, the line under the short phrase ``line``, opens a paragraph set in from ``line``'s margin (a text
    dump's indent, in characters), runs longer than ``line`` and holds a clause's or sentence's mark: the running
    text a heading stands over (:func:`_by_shape`)."""
    if layout is None or layout.boxed(line) or layout.boxed(under):
        return False
    text = under.text.strip()
    return layout.indent(under) > layout.indent(line) == 0 and len(text) > len(line.text.strip()) \
        and any(c in text for c in "。、，？！")


_ASIDE_PAIRS = {"[": "]", "(": ")", "（": "）", "［": "］"}
_ASIDE_CLOSERS = {v: k for k, v in _ASIDE_PAIRS.items()}


def bracketed_aside(text: str) -> bool:
    """A line that is an aside in brackets, never a heading by its shape: the whole line in one pair of brackets (a
    reference style's label ``[Report]``, ``[Unpublished]``; a name's reading ``（みうら　なおき）``), or the end of a
    bracketed phrase begun on the line before (``Lett.]``: it closes a bracket it does not open). ``【…】`` and
    ``〔…〕`` are headings' own brackets in Japanese and are no asides, but for a minutes' note of what the floor
    said (``〔「なし」と呼ぶ者あり〕``, ``（「異議なし」の声あり）``: a quotation reported with ``と``/``の``, ``…あり``; trial 35's
    minutes made the first a section over the last speeches).

    >>> [bracketed_aside(s) for s in ["[Report]", "Lett.]", "（みうら　なおき）", "(a) and (b)", "【概要】", "Results"]]
    [True, True, True, False, False, False]
    >>> [bracketed_aside(s) for s in ["〔「なし」と呼ぶ者あり〕", "（「異議なし」の声あり）", "〔日程第1〕", "〔「地域」とは〕"]]
    [True, True, False, False]
    """
    s = text.strip()
    if floor_note(s):
        return True
    if len(s) > 2 and s[0] in _ASIDE_PAIRS and s[-1] == _ASIDE_PAIRS[s[0]]:
        return wholly_bracketed(s, _ASIDE_PAIRS)
    return s[-1:] in _ASIDE_CLOSERS and s.count(s[-1]) > s.count(_ASIDE_CLOSERS[s[-1]])


_ROLE_LABEL = re.compile(r"^[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,2}:\s+(?=[A-Z])")
"""A member's role before a colon (``Chair: ``, ``Vice Chair: ``, ``Local Organiser: ``)."""


def committee_member_line(text: str) -> bool:
    """A committee's or a list's member: a person's name, a comma, then an organisation (and its country), its role
    before a colon or none (``Nguyen Van Minh, Hue University, Vietnam``, ``Chair: Tan Siew Ling, Universiti Sains
    Malaysia``: :func:`~.names.name_then_affiliation`). Two such lines one under the other are records as a table's
    rows are: a phrase over them heads them (issue 16 point 2, helper tab80: a call for papers' ``PROGRAMME
    COMMITTEE`` had stayed a paragraph of the dates list before it).

    >>> committee_member_line("Chair: Tan Siew Ling, University of Malaya"), committee_member_line("Ports, Trade and Cities")
    (True, False)
    """
    from pipeline.segment.names import name_then_affiliation

    s = text.strip()
    return not _is_sentence_end(s) and name_then_affiliation(_ROLE_LABEL.sub("", s, count=1)) is not None


def _record(text: str) -> bool:
    """A line of a table, a form or a list: a row (cells parted by TAB), a field (``Email: …``), a labelled entry
    (``Week 2: Linked lists``) or an item (``1. Choose…``, ``• …``); several in a row are a record block.

    >>> [_record(s) for s in ["Homework\\t40%", "Week 2: Linked lists", "1. Choose a structure.", "Grading", "The end."]]
    [True, True, True, False, False]
    """
    # a mark that also leads headings (``■ Library Hours``) makes no record: :func:`_marked` judges those lines
    return is_table_row(text) or form_field(text) is not None or is_labelled_entry(text) \
        or (item_mark(text) is not None and text.strip()[:1] not in HEADING_MARKS)


_CREDIT_ROW = re.compile(r"^(?P<role>[^.．·…‥]{1,60}?)\s*(?:(?:[.．·]\s?){3,}|[…‥]{2,})\s*(?P<who>\S.{0,100})$")
"""A credit's row: a role or a part, a dot leader, the person (``Lane, manservant ..... Peter Okafor``, ``照明……佐藤 健``)."""


def credit_row(text: str) -> bool:
    """A programme's cast or crew row (:data:`_CREDIT_ROW`), its person no page number (a contents entry's leader
    ends on one: ``Introduction ..... 3``).

    >>> credit_row("Lane, manservant ..... Peter Okafor"), credit_row("照明……佐藤 健"), credit_row("Introduction ..... 3")
    (True, True, False)
    >>> credit_row("Chapter 2 . . . . xii"), credit_row("Wait...")
    (False, False)
    """
    m = _CREDIT_ROW.match(text.strip())
    return m is not None and re.fullmatch(r"[0-9]{1,4}|[ivxlc]{1,6}", m["who"].strip(), re.IGNORECASE) is None


MIN_CREDIT_ROWS = 2
"""Credit rows (:func:`credit_row`) in a row under a short phrase that make it their heading (``Cast`` / two rows):
one row alone under a phrase is a field's value as often (``Director ..... Helen Ashworth``)."""


def heads_credits(lines: Sequence[Text], i: int) -> bool:
    """Line ``i`` is a short phrase opening on a capital or a Japanese letter (no row itself, no sentence) over
    :data:`MIN_CREDIT_ROWS` credit rows or more: a programme's ``Cast (in order of appearance)`` or ``Production
    team`` over its role–name rows heads them whatever stands over it (the chair's signature, the rows of the list
    before). Decision: issue 16 point 2, helper misc75, fresh-user trial 75b (both had been paragraphs of the
    welcome over them, the cast list with them).
    """
    t = lines[i].text.strip()
    if not t or credit_row(t) or _is_sentence_end(t) or t.endswith((":", "：", ",")) or not short_phrase(t) \
            or not (t[0].isupper() or script_of(t) == JA):
        return False
    rows = lines[i + 1:i + 1 + MIN_CREDIT_ROWS]
    return len(rows) == MIN_CREDIT_ROWS and all(credit_row(r.text) for r in rows)


_QUESTION_MARK = re.compile(r"^\s*(?:Q|Ｑ|問)\s?(?:([0-9０-９]{1,3})\s?[.．:：)）]?|[.．:：)）])\s*(?=\S)")
"""A question's mark (``Q1.``, ``Q:``, ``Ｑ２．``, ``問3``) opening an FAQ's question."""
_ANSWER_MARK = re.compile(r"^\s*(?:A|Ａ|答)\s?[0-9０-９]{0,3}\s?[.．:：)）]")
MAX_QUESTION = 100
"""Characters an FAQ's question takes at most (a question set as a heading, not a paragraph that asks one)."""


def _is_question(text: str) -> bool:
    """A line an FAQ asks: led by a question's mark, or a short line ending in ``?``/``？``
    that is no numbered item, table row or caption.

    >>> _is_question("Q1. 粗大ごみとは何ですか。"), _is_question("How much does a permit cost?"), _is_question("A. 家具です。")
    (True, True, False)
    >>> _is_question("Quantum provides a notebook."), _is_question("Q2"), _is_question("12. Ist das Register erstellt?")
    (False, False, False)
    """
    s = text.strip()
    if not 0 < len(s) <= MAX_QUESTION or _ANSWER_MARK.match(s) or is_table_row(s):
        return False
    if _QUESTION_MARK.match(s):
        return True
    return (s.endswith(("?", "？")) and s[:1].isalpha() and not _CAPTION.match(s)
            and not re.match(r"^\S{1,4}[.)．）]\s", s))


def _questions(lines: list[Text]) -> set[int]:
    """An FAQ's questions: two or more question lines (:func:`_is_question`), each followed by its answer (a line that
    asks nothing). Each question heads the section of its answer; a run of questions with no answers between them
    (a list of questions) heads nothing. Only a document with no other heading asks (:func:`split_paper`): under a
    heading, ``3. Frequently asked questions``, the questions and answers are that section's paragraphs, and a question
    ending a short paragraph of a numbered paper is the text's own.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_questions(mk("FAQ", "Who can apply?", "Any resident.", "How much is it?", "$35 a year.")))
    [1, 3]
    >>> sorted(_questions(mk("Why ports?", "Why now?", "Why here?"))), sorted(_questions(mk("Is it free?", "Yes.")))
    ([], [])
    """
    asked = [i for i, t in enumerate(lines)
             if _is_question(t.text) and i + 1 < len(lines) and not _is_question(lines[i + 1].text)]
    return set(asked) if len(asked) >= 2 else set()


def question_number(text: str) -> str | None:
    """The number an FAQ's question carries (``Q2.`` → ``2``), in ASCII digits.

    >>> question_number("Q２．料金は？"), question_number("How long does it take?")
    ('2', None)
    """
    m = _QUESTION_MARK.match(text)
    return m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")) if m and m.group(1) else None


MAX_TABLE_LINES = 24
"""Lines a table under its caption may span before its row that :func:`_table_rows` still reads as the table's."""
ROWS_OVER = 2
"""Rows of cells among the :data:`ROWS_LOOKBACK` lines over a row that make it a table's row with no caption read."""
ROWS_LOOKBACK = 4
MAX_WRAPPED_CELL_LINES = 3
"""Lines with no TAB a table under its caption may hold between two of its rows that :func:`_table_rows` reads as its
cells wrapped inside their columns (JACoW's ``TITLE⇥UPPERCASE`` / ``EXCEPT FOR REQUIRED lowercase`` / ``letters`` /
``Bold`` / ``Author list⇥12 pt…``: a cell's three lines)."""


def _table_rows(lines: Sequence[Text]) -> set[int]:
    """Indexes of a table's rows: lines of cells parted by TABs under the table's caption (``表1 pTEXのサポートする
    組方向``, ``Table 2: Fares``: :data:`~.figures.TABLE_CAPTION`) before the first line of running text that holds no
    TAB (a sentence's end or :func:`~.titleblock.is_prose`) and within :data:`MAX_TABLE_LINES` lines, or with
    :data:`ROWS_OVER` rows of cells among the :data:`ROWS_LOOKBACK` lines right over them (a caption set apart from its
    table, out of the flow). Such a row is never a heading, whatever its size or face (decision, issue 16, helper
    real72: ptex-manual's table 1 sets its row label ``組版例`` and the example glyphs beside it in a 12 pt Gothic
    over its 10 pt body; the row ``組版例⇥銀は、Ag`` was a section that took the whole of chapter 5's text after the
    table). Under a caption, up to :data:`MAX_WRAPPED_CELL_LINES` lines with no TAB between two rows are the rows'
    cells wrapped inside a column, and head nothing either (decision, issue 16, helper tex80: JACoW's table 2 wraps
    ``Space`` / ``Before After`` and ``Bold``, ``Italic`` under their style's row, set in the face they name: they were
    five sections, the table's rows their paragraphs).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_table_rows(mk("表1 組方向", "横組\\t縦組", "方向\\t右\\t下", "フォント", "組版例\\t銀は、Ag", "数式の場合と区別はない．")))
    [1, 2, 3, 4]
    >>> sorted(_table_rows(mk("横組\\t縦組", "字送り方向\\t水平右向き（→）", "行送り方向\\t垂直下向き（↓）", "_", "組版例\\t銀は、Ag")))
    [2, 4]
    >>> sorted(_table_rows(mk("表1 組方向", "数式の場合と区別はない．", "組版例\\t銀は、Ag"))), sorted(_table_rows(mk("組版例\\t銀", "x\\ty")))
    ([], [])
    >>> sorted(_table_rows(mk("Table 2: Styles", "Style\\tFont", "Before After", "TITLE\\tUPPERCASE", "letters", "Bold",
    ...                        "Author list\\t12 pt", "Captions", "Then the text goes on.")))
    [1, 2, 3, 4, 5, 6]
    """
    from pipeline.segment.figures import TABLE_CAPTION

    out: set[int] = set()
    for c, t in enumerate(lines):
        if "\t" in t.text and sum("\t" in x.text for x in lines[max(0, c - ROWS_LOOKBACK):c]) >= ROWS_OVER:
            out.add(c)
        if not TABLE_CAPTION.match(t.text):
            continue
        between: list[int] = []  # lines with no TAB since the table's last row
        rows = 0
        for k in range(c + 1, min(len(lines), c + 1 + MAX_TABLE_LINES)):
            text = lines[k].text.strip()
            if "\t" in text:
                out.add(k)
                if rows and len(between) <= MAX_WRAPPED_CELL_LINES:
                    out.update(between)  # a cell's words wrapped inside its column, between two rows
                rows, between = rows + 1, []
            elif _is_sentence_end(text) or is_prose(text):
                break  # the text goes on after the table
            elif text:
                between.append(k)
    return out


BASELINE_SHARE = 0.25
"""Share of the smaller line's height within which two lines' boxes end below to stand on one baseline (the descents
of an 8 pt and an 11.5 pt face differ by a point or two)."""


def _right_of_a_neighbour(lines: list[Text], i: int, layout: Layout) -> bool:
    """``lines[i]`` stands on the baseline of the line before or after it, right of that line, on its page (a PDF's):
    the two are cells of one row, the line a value beside its label (the two lines' boxes end below within
    :data:`BASELINE_SHARE` of the smaller height, and ``lines[i]`` starts right of where the other ends). A value set
    larger than its label may be read before it (its box's top stands higher). A heading beside a picture's label in
    the other column (a poster's ``Relative Positionierung`` level with the middle of an ``Image``) stands on no
    baseline of it."""
    b = layout.at(first_line(lines[i]))
    for k in (i - 1, i + 1):
        if not 0 <= k < len(lines):
            continue
        a = layout.at(last_line(lines[k]) if k < i else first_line(lines[k]))
        if None in (a.x1, a.y0, a.y1, b.x0, b.y0, b.y1) or a.page != b.page or a.vertical or b.vertical:
            continue
        if b.x0 >= a.x1 and abs(a.y0 - b.y0) <= BASELINE_SHARE * min(a.y1 - a.y0, b.y1 - b.y0):
            return True
    return False


def _set_as_cells(lines: list[Text], layout: Layout, named: set[int]) -> set[int]:
    """Those of ``named`` that the PDF sets as no heading: a line drawn wholly in a math extension or symbol font
    (:func:`~pipeline.mathfonts.font_kind`: an ``\\overbrace``'s pieces drawn from CMEX10, read ``z}|{``), which
    holds no word; and a line standing right of the line before or after it on its baseline (:func:`_right_of_a_neighbour`:
    a cheat sheet's ``\\large`` in 8 pt typewriter beside its sample ``大きい`` set in 11.5 pt), a cell of that row.
    A heading stands alone on its baseline, its text under it (a margin's heading stands left of its text). Decision (issue 16, helper tex80: platexsheet had sections ``大きい`` and ``z}|{``, each taking
    the text after it). Empty for a text dump (no fonts, no positions)."""
    from pipeline.mathfonts import font_kind

    return {i for i in named if font_kind(layout.font(lines[i])) in ("extension", "symbols")
            or _right_of_a_neighbour(lines, i, layout)}


def _larger(lines: list[Text], layout: Layout) -> set[int]:
    """Indexes of short lines set clearly larger than the body (PDF sizes; none for a text dump; up to 40 characters a
    line, two lines at most), except the centred lines of the title block above the first line of running text (:func:`opening_centred`)."""
    body = _body_size(lines, layout)
    if body is None:
        return set()
    # a heading broken over two centred lines (joined: paragraphs.centred_pair) is short by each of its lines
    # (a lettered subsection's number before its title, ``B.1 \\kanjiskip, \\autospacing, \\noautospacing`` at 12 pt,
    # takes a line of 60: trial 78c, ptexskip)
    return {i for i, t in enumerate(lines) if (s := layout.size(t)) and s >= body * LARGER
            and len(t.text) <= (60 if _LETTERED_NUMBER.match(t.text) else 40) * min(2, len({p[0] for p in t.origin if p is not None}) or 1)
            and not t.text.rstrip().endswith(("。", "."))} - opening_centred(lines, layout, body)


_LETTERED_NUMBER = re.compile(r"^[A-Z](?:\.[0-9]{1,2}){1,2} +\S")
"""A lettered subsection's number and a space before its title (``B.1 \\kanjiskip``, ``A.2.1 Setup``)."""


def _set_as_body(lines: list[Text], texts: list[str], layout: Layout) -> set[int]:
    """Indexes of top-level numbered lines set at the body's size in a PDF whose top-level headings are set
    larger (two numbers or more at :data:`LARGER` times the body's size): a list's items (``1: hlist node``,
    ``2: vlist node`` … under ``2 ε-TEX拡張について`` at 14.5 pt over a 10 pt body) or a sentence's wrapped line
    opening on a number (``2 つの引数を…``), never a heading of that level. Empty for a text dump."""
    body = _body_size(lines, layout)
    if body is None:
        return set()
    top = {i: e.label[0] for i, text in enumerate(texts) if heading_shaped(text)
           and (e := explicit_number(text)) is not None and not e.label[1]}
    large = {n for i, n in top.items() if (s := layout.size(lines[i])) and s >= body * LARGER}
    if len(large) < 2:
        return set()
    return {i for i in top if (s := layout.size(lines[i])) and s < body * LARGER}


def _running_font(lines: list[Text], layout: Layout) -> str | None:
    """The running text's font: the one most characters of the lines longer than a heading are set in (a short thesis
    sets more lines in its headings' Gothic than in its body's Mincho); ``None`` for a text dump."""
    weight: dict[str, int] = {}
    for t in lines:
        if (f := layout.font(t)) is not None and len(t.text) > MAX_HEADING_CHARS:
            weight[f] = weight.get(f, 0) + len(t.text)
    return max(weight, key=weight.__getitem__) if weight else None


def _set_in_body_face(lines: list[Text], texts: list[str], layout: Layout, body_font: str | None) -> set[int]:
    """Indexes of numbered lines set in the body's face in a PDF that sets the numbered headings of their level (the
    same style and depth of number: ``1.``, ``2.1``, ``I.``) in a face of their own: two of them or more in one font
    that is not the body's, more of them than the level's lines in the body's font. Such a line, in the body's font
    and neither larger nor in a bold face (:func:`_emphasised`), is running text, a list's item, a reference's or a
    formula's line opening on a number (asmeconf: a unit's ``[W m−2]`` broken after ``2]`` and a reference's
    ``89. “The Locust Years”.`` among ``1. INTRODUCTION`` … in TeXGyreHeros-Bold; REVTeX's display formula ``1 S12``
    among italic ``1. Citations``, ``2. Example citations``; a Japanese guide's sentence ``3-5 行目はログ項目で…``
    among bold ``3.1``, ``3.2``), never a heading of that level. Empty for a text dump (no fonts). It does NOT read
    a level whose headings share the body's font (a Word file's plain headings), a level with one heading in a
    face of its own, nor a line set clearly larger than the body. The body's font is the one most characters of the lines longer than a heading
    are set in (a short thesis sets more lines in its headings' Gothic than in its body's Mincho: ``5.1.2 フガについて``
    stays a heading)."""
    if body_font is None:
        return set()
    body = _body_size(lines, layout)
    body_font = _running_font(lines, layout)
    if body_font is None:
        return set()
    levels: dict[tuple, list[int]] = {}
    for i, text in enumerate(texts):
        if text and heading_shaped(text) and (e := explicit_number(text)) is not None:
            levels.setdefault((e.style, tuple(bool(n) for n in e.label)), []).append(i)
    out: set[int] = set()
    for at in levels.values():
        fonts: dict[str, int] = {}
        for i in at:
            if (f := layout.font(lines[i])) is not None and f != body_font:
                fonts[f] = fonts.get(f, 0) + 1
        plain = [i for i in at if layout.font(lines[i]) == body_font and not _emphasised(lines[i], layout, body, body_font)]
        if fonts and max(fonts.values()) >= 2 and max(fonts.values()) > len(plain):
            out.update(plain)
    return out


def _set_apart_lower(lines: list[Text], texts: list[str], layout: Layout, body: float | None,
                     body_font: str | None) -> dict[int, str]:
    """Numbered lines whose title opens in lower case (``4.1 control``, ``5.21 watch``, ``5.22 source/format``: a
    Debian guide's sections named for the files they describe) that the PDF sets apart as headings (:func:`_emphasised`:
    larger, or bold over a regular body), each with the text the solver reads: its title's first letter in capitals
    (:func:`~pipeline.numbering.lower_case_title`; offsets kept, the heading keeps its own letters). The shape alone
    reads a quantity there (``1 tbsp olive oil``), and such lines were unnumbered sections, found by their size only.
    Each must share its face (font and size) with another numbered line of its depth: a formula or a listing's line
    set apart alone is none (ArsClassica's ``1 k … π2 6`` in math italic). Empty for a text dump."""
    if body_font is None and body is None:
        return {}
    out = {}
    for i, (t, text) in enumerate(zip(lines, texts)):
        if text == t.text and (at := lower_case_title(text)) is not None and _emphasised(t, layout, body, body_font):
            out[i] = text[:at] + text[at].upper() + text[at + 1:]
    # each in the face of another numbered heading of its depth (a heading's or one like it): a formula's ``1 k …`` in
    # math italic, or a listing's ``8 code`` set apart alone in its size, heads nothing
    faces: dict[tuple, list[float]] = {}
    depth: dict[int, tuple] = {}
    for i, text in enumerate(texts):
        read = out.get(i, text)
        if read and heading_shaped(read) and (e := explicit_number(read)) is not None:
            depth[i] = (e.style, tuple(bool(n) for n in e.label))
    for i, d in depth.items():
        key = (d, layout.font(lines[i]))
        faces.setdefault(key, []).append(layout.size(lines[i]) or 0.0)
    return {i: read for i, read in out.items() if i in depth and sum(
        abs(size - (layout.size(lines[i]) or 0.0)) <= SAME_SIZE * size for size in faces[(depth[i], layout.font(lines[i]))]) >= 2}


MAX_SET_HEADING = 160
"""Characters a numbered heading the PDF sets as one (:func:`_set_as_heading`) may take: longer than
:data:`~pipeline.numbering.MAX_HEADING_CHARS`, a phrase still (uwthesis's ``2.1 What is it; why is it spelled that
way; and what do really long section`` / ``titles look like in the text and in the Table of Contents?``)."""


def _body_font(lines: list[Text], layout: Layout) -> str | None:
    """The font most of the lines are set in (PDF), ``None`` for a text dump."""
    fonts: dict[str, int] = {}
    for t in lines:
        if (f := layout.font(t)) is not None:
            fonts[f] = fonts.get(f, 0) + 1
    return max(fonts, key=fonts.__getitem__) if fonts else None


def _emphasised(t: Text, layout: Layout, body: float | None, body_font: str | None) -> bool:
    """The PDF sets ``t`` apart from the running text: clearly larger than the body (:data:`LARGER`), or in a bold face
    where the body's is not (:func:`~pipeline.segment.layout.bold_font`), or in fake bold."""
    size, font = layout.size(t), layout.font(t)
    return bool(body and size and size >= body * LARGER) or layout.emphasis(t) \
        or (font is not None and font != body_font and bold_font(font) and not bold_font(body_font))


def _set_as_heading(lines: list[Text], texts: list[str], layout: Layout, body: float | None,
                    body_font: str | None) -> dict[int, str]:
    """Numbered lines longer than a heading's :data:`~pipeline.numbering.MAX_HEADING_CHARS` that the PDF sets as
    headings (:func:`_emphasised`: larger, or bold over a regular body), each with the text the solver reads: its
    opening, cut at a word's end within the limit. Up to :data:`MAX_SET_HEADING` characters, a phrase: no sentence's
    end at its end or inside it, no TAB. Empty for a text dump (no fonts, no sizes).

    >>> from pipeline.model import LineLayout
    >>> long = "2.1 What is it; why is it spelled that way; and what do really long section"
    >>> rows = [LineLayout(size=10.9, font="CMR10")] * 6 + [LineLayout(size=10.9, font="CMBXSL10")]
    >>> mk = [Text.from_raw("Body text goes on here, line after line of it.", n) for n in range(1, 7)]
    >>> found = _set_as_heading(mk + [Text.from_raw(long, 7)], [t.text for t in mk] + [long], Layout(tuple(rows), ()), 10.9, "CMR10")
    >>> found
    {6: '2.1 What is it; why is it spelled that way; and what do'}
    """
    if body_font is None and body is None:
        return {}
    out = {}
    for i, (t, text) in enumerate(zip(lines, texts)):
        s = text.rstrip()
        # no sentence inside the title, the number's own stop aside (``2. Evanescent vs. conventional …``)
        if not MAX_HEADING_CHARS < len(s) <= MAX_SET_HEADING or "\t" in s or s.endswith((".", "。", "．", ",", "、")) \
                or "。" in s or explicit_number(s) is None or re.search(r"[.!?]\s+[A-Z]", s[number_end(s):]) \
                or not _emphasised(t, layout, body, body_font):
            continue
        cut = s[:MAX_HEADING_CHARS + 1].rsplit(" ", 1)[0] if " " in s[:MAX_HEADING_CHARS + 1] else s[:MAX_HEADING_CHARS]
        if heading_shaped(cut):
            out[i] = cut
    return out


def _labelled_long_heads(lines: list[Text], texts: list[str]) -> dict[int, str]:
    """Lines labelled ``Section N`` or ``Chapter N`` before their title (``SECTION 1: Identification of the
    substance/mixture and of the company``: :func:`~pipeline.numbering.section_heading` read the label and found the
    title a phrase, at most :data:`~pipeline.numbering.MAX_CHAPTER_TITLE_WORDS` words) longer than a heading's
    :data:`~pipeline.numbering.MAX_HEADING_CHARS`, up to :data:`MAX_SET_HEADING`, each with the text the solver
    reads: its opening, cut at a word's end within the limit. The label is the evidence a PDF's face gives
    :func:`_set_as_heading`, so a text dump's line counts too (decision, issue 16, fresh-user trial 77f: a safety data
    sheet's ``SECTION 1:`` line, its title fixed by regulation and long, had stayed in the front while ``SECTION 2:
    Hazards identification``, shorter, headed its section).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> from pipeline.numbering import section_heading
    >>> ls = mk("SECTION 1: Identification of the substance/mixture and of the company", "1.1 Product identifier")
    >>> _labelled_long_heads(ls, [section_heading(t.text) for t in ls])
    {0: '1.         Identification of the substance/mixture'}
    >>> ls = mk("In Section 1: we read the many records of the substance and the mixture and the company.")
    >>> _labelled_long_heads(ls, [section_heading(t.text) for t in ls])
    {}
    """
    out = {}
    for i, (t, text) in enumerate(zip(lines, texts)):
        s = text.rstrip()
        if s == t.text.rstrip() or not MAX_HEADING_CHARS < len(s) <= MAX_SET_HEADING or "\t" in s:
            continue  # no label read on the line, or short enough for the solver as it is
        cut = s[:MAX_HEADING_CHARS + 1].rsplit(" ", 1)[0]
        while " " in cut.strip() and not heading_shaped(cut):
            cut = cut.rsplit(" ", 1)[0].rstrip()  # no connective closing the part the solver reads (``… and of the``)
        if " " in cut.strip() and heading_shaped(cut):
            out[i] = cut
    return out


MAX_FIELD_HEAD_WORDS = 6
"""Words of a subheading's label before its colon and value (``1.4 Emergency telephone number: …``), at most."""


def _long_field_subheads(texts: list[str]) -> dict[int, str]:
    """Subsections numbered ``N.M`` (M of 2 or more) whose line gives a label, a colon and a value (``1.4 Emergency
    telephone number: +44 116 496 0277 (office hours)``) longer than a heading's
    :data:`~pipeline.numbering.MAX_HEADING_CHARS`, where an earlier line heads ``N.M-1``: each with the text the
    solver reads, the number and the label up to its colon (a phrase of :data:`MAX_FIELD_HEAD_WORDS` words at most).
    The sibling before it is the evidence: a numbered form's subheading takes its value on its line, and a long one had
    been taken for running text and joined to the paragraph over it (decision, issue 16, fresh-user trial 77f: a
    safety data sheet's ``1.4`` and the line over it had become the last lines of 1.3's paragraph).

    >>> _long_field_subheads(["1.3 Details of the supplier", "Harwood Ltd", "1.4 Emergency telephone number: +44 116 496 0277 (office hours)"])
    {2: '1.4 Emergency telephone number'}
    >>> _long_field_subheads(["1.3 Details", "1.5 Emergency telephone number: +44 116 496 0277 (office hours) today"])
    {}
    """
    out = {}
    for i, text in enumerate(texts):
        s = text.rstrip()
        read = explicit_number(s) if MAX_HEADING_CHARS < len(s) <= MAX_SET_HEADING and "\t" not in s else None
        if read is None or read.style != "arabic" or read.label[1] < 2 or read.label[2]:
            continue
        label, colon, _ = s.partition(":")
        before = f"{read.label[0]}.{read.label[1] - 1}"
        if colon and len(label.split()) - 1 <= MAX_FIELD_HEAD_WORDS and heading_shaped(label) \
                and any(t.startswith(before + " ") and heading_shaped(t.rstrip()) for t in texts[:i]):
            out[i] = label
    return out


def long_labelled_heads(lines: list[Text]) -> frozenset[int]:
    """Indexes of ``lines`` that head a section by their label though longer than a heading's
    :data:`~pipeline.numbering.MAX_HEADING_CHARS` (:func:`_labelled_long_heads`, :func:`_long_field_subheads`): lines
    of their own, never joined to a wrap before them (fresh-user trial 77f).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(long_labelled_heads(mk("1.3 Details", "Harwood Chemicals Ltd, Unit 9 Foxhollow Industrial Estate, Leicester",
    ...                                "1.4 Emergency telephone number: +44 116 496 0277 (office hours)")))
    [2]
    """
    texts = [section_heading(chapter_heading(t.text)) for t in lines]
    return frozenset(_labelled_long_heads(lines, texts)) | frozenset(_long_field_subheads(texts))


def _comma_heads(lines: list[Text], texts: list[str], layout: Layout, body: float | None,
                 body_font: str | None) -> dict[int, str]:
    """Numbered lines ending on a comma that the PDF sets as headings (:func:`_emphasised`) over a next line in the
    same font and size, each with the text the solver reads, the comma left out: a heading wrapped inside a list of
    its title's words (REVTeX's apssamp: ``IV. FLOATS: FIGURES, TABLES, VIDEOS,`` / ``ETC.`` in bold was text,
    since a heading ends on no comma). :func:`_heading_goes_on` then takes the next line into the title. Empty for a
    text dump (no fonts, no sizes).

    >>> from pipeline.model import LineLayout
    >>> rows = [LineLayout(size=10.0, font="CMR10")] * 5 + [LineLayout(size=9.0, font="CMBX9")] * 2
    >>> mk = [Text.from_raw("Body text goes on here, line after line of it.", n) for n in range(1, 6)]
    >>> mk += [Text.from_raw("IV. FLOATS: FIGURES, TABLES, VIDEOS,", 6), Text.from_raw("ETC.", 7)]
    >>> _comma_heads(mk, [t.text for t in mk], Layout(tuple(rows), ()), 10.0, "CMR10")
    {5: 'IV. FLOATS: FIGURES, TABLES, VIDEOS'}
    """
    def set_alike(i: int) -> bool:  # the next line in the same font and size
        a, b = layout.size(lines[i]), layout.size(lines[i + 1])
        return layout.font(lines[i + 1]) == layout.font(lines[i]) and bool(a and b) and abs(a - b) <= SAME_SIZE * a

    heads = [(i, text.rstrip()[:-1].rstrip()) for i, text in enumerate(texts[:-1]) if text.rstrip().endswith(",")]
    return {i: head for i, head in heads if (body_font is not None or body is not None) and explicit_number(head) is not None
            and _emphasised(lines[i], layout, body, body_font) and set_alike(i) and heading_shaped(head)}


WRAPPED_HEADING = 40
"""Characters a numbered heading's first line has at least before a line in lower case may carry it on (a heading
wraps where it fills its line; a listing's ``17: end while`` in bold over ``begin`` is no wrapped heading)."""


def _heading_goes_on(lines: list[Text], at: int, layout: Layout, long: bool, body: float | None,
                     body_font: str | None, edges: dict[int, list[float]] | None = None) -> bool:
    """A numbered heading set apart by its face (:func:`_emphasised`: bold over a regular body, larger) wraps onto
    ``lines[at + 1]``: the next line in the same font and size, that face not the body's, no number or section name
    on it, the heading ending on no full stop or colon, the next line on none unless the heading ends on a comma (a list
    of its title's words going on: ``…, VIDEOS,`` / ``ETC.``, :func:`_comma_heads`), and the heading too long for one line (``long``,
    :func:`_set_as_heading`) or the next line opening in lower case under a first line of :data:`WRAPPED_HEADING`
    characters or more (uwthesis's ``… really long section`` / ``titles look like … Contents?``), or the heading's line
    filling the text's measure in a PDF (:func:`_fills_measure`, given the pages' right ``edges``). A face that is
    neither bold nor larger (a formula's math italic) wraps no heading."""
    if at + 1 >= len(lines) or not _emphasised(lines[at], layout, body, body_font):
        return False
    head, nxt = lines[at], lines[at + 1]
    font, a, b = layout.font(head), layout.size(head), layout.size(nxt)
    s = nxt.text.strip()
    # a heading centred over two lines (REVTeX's ``I. FIRST-LEVEL HEADING:`` / ``THE LINE BREAK WAS FORCED via \\``):
    # the break is the writer's, after a colon too, where the second line holds no sentence's end
    centred = _centred_under(head, nxt, layout)
    return font is not None and font != body_font and layout.font(nxt) == font and bool(a and b) \
        and abs(a - b) <= SAME_SIZE * a and not head.text.rstrip().endswith((".", "。")) \
        and (centred or not head.text.rstrip().endswith((":", "："))) \
        and explicit_number(s) is None and _LETTER_HEADING.match(s) is None and not is_section_name(s) \
        and len(s) <= MAX_SET_HEADING and (not s.endswith(("。", ".")) or (head.text.rstrip().endswith(",") and not re.search(r"[.!?]\s+[A-Z]", s))) \
        and (long or centred or (s[:1].islower() and len(head.text.strip()) >= WRAPPED_HEADING)
             or (edges is not None and _fills_measure(head, nxt, layout, edges)))


CENTRED_HEAD_AXIS = 1.0
"""Ems (of the heading's size) within which a centred heading's two lines share their middle."""
CENTRED_HEAD_LEADING = 1.5
"""Ems from one line's baseline to the next's, at most, for a centred heading's two lines (one line's leading)."""


def _centred_under(head: Text, nxt: Text, layout: Layout) -> bool:
    """In a PDF, ``nxt`` stands right under ``head`` (one page, at most :data:`CENTRED_HEAD_LEADING` ems lower),
    both lines centred on one axis (middles within :data:`CENTRED_HEAD_AXIS` ems) while their left edges differ by
    more than that: a centred heading's second line (a flush-left pair's middles meet only by chance)."""
    a, b = layout.at(last_line(head)), layout.at(first_line(nxt))
    size = layout.size(head)
    if not size or None in (a.x0, a.x1, a.y0, b.x0, b.x1, b.y0) or a.page != b.page:
        return False
    middle = abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2)
    return 0 < a.y0 - b.y0 <= CENTRED_HEAD_LEADING * size and middle <= CENTRED_HEAD_AXIS * size \
        and abs(a.x0 - b.x0) > CENTRED_HEAD_AXIS * size


#: Lines of the heading's page that end where it ends, at least, for its line to fill the text's measure.
MEASURE_LINES = 3
#: Ems (of the heading's size) within which two lines end at one right edge.
MEASURE_SLACK = 0.5


def right_edges(layout: Layout) -> dict[int, list[float]]:
    """Each page's raw lines' right edges (PDF points; horizontal lines with a box), for :func:`_fills_measure`."""
    out: dict[int, list[float]] = {}
    for at in layout.lines:
        if at.x1 is not None and not at.vertical:
            out.setdefault(at.page, []).append(at.x1)
    return out


def _fills_measure(head: Text, nxt: Text, layout: Layout, edges: dict[int, list[float]]) -> bool:
    """In a PDF, the heading's line ends at the right edge :data:`MEASURE_LINES` lines of its page or more end at
    (the text column's measure, within :data:`MEASURE_SLACK` ems), and ``nxt`` starts inside it, right of the
    heading's start (the hang after its number) but before its middle: the heading filled its line and wrapped.
    ieeepes' ``17 What This Package Can`` / ``Not Do`` (14.35 pt bold, the second line under the first one's title)
    had given a section ``Not Do`` of its own (session 50's real-PDF trial); a short heading ends before the
    measure does."""
    a, b = layout.at(first_line(head)), layout.at(first_line(nxt))
    size = layout.size(head)
    if a.x0 is None or a.x1 is None or b.x0 is None or not size or a.page != b.page:
        return False
    slack = MEASURE_SLACK * size
    flush = sum(abs(x1 - a.x1) <= slack for x1 in edges.get(a.page, ()))
    return flush - 1 >= MEASURE_LINES and a.x0 - slack <= b.x0 < (a.x0 + a.x1) / 2


def _index_entries(lines: list[Text], found: set[int]) -> set[int]:
    """Those of ``found`` (unnumbered heading candidates) set in lower case whose next line carries the leader or
    the page numbers (``acknowledgments`` / ``(env.) . . . . . 3, 76``): an index's entry that is a section's name,
    never a heading (a heading is capitalised and heads text)."""
    return {i for i in found if lines[i].text.strip().islower() and i + 1 < len(lines)
            and (contents_shaped(lines[i + 1].text) or _PAGE_REFERENCES.search(lines[i + 1].text) is not None)}


_ENDS_ON_PAGE = re.compile(r"(?:^|[\s,，.．…\t])\d{1,4}(?:[–-]\d{1,4})?$")
INDEX_LOOKAHEAD = 6
"""Lines under an index's heading looked at for its entries."""


def _index_headings(lines: list[Text]) -> set[int]:
    """An index's heading alone on its line (``Index``, ``索引``, ``Register``:
    :data:`~pipeline.segment.contents.INDEX_TITLES`) over its entries, two or more of the next lines ending in a page
    number (``\\doi  30``, ``アルゴリズム, 12, 45``): a section of its own, wherever it stands, its entries its text
    (never contents, never the section before's).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(_index_headings(mk("本文です。", "索引", "アルゴリズム　12, 45", "解析 . . . 30"))), _index_headings(mk("Index", "Text."))
    ([1], set())
    """
    return {i for i, t in enumerate(lines) if is_index_title(t.text)
            and sum(_ENDS_ON_PAGE.search(u.text.strip()) is not None for u in lines[i + 1:i + 1 + INDEX_LOOKAHEAD]) >= 2}


_PAGE_REFERENCES = re.compile(r"(?:[.．…]\s?){3,}\s*\d{1,4}(?:[–-]\d{1,4})?(?:\s*,\s*\d{1,4}(?:[–-]\d{1,4})?)*,?$")
"""An index entry's leader and the pages it lists (``. . . . . 3, 76``, ``. . 264–266``)."""


CENTRED = 0.04
"""How far (a share of the text block's width) a line's centre may lie from the block's centre and be centred."""
RUNNING_WIDTH = 0.8
"""A line of running text fills at least this share of the text block's width."""
COLUMN_SHARE = 0.55
"""A page whose widest line at the body's size spans under this share of its text block sets its running text in
columns (two columns and their gutter: each a little under half the block), where a second column shows."""
COLUMN_LINES = 3
"""Lines at the body's size opening on one left edge right of the first column that make a second column (a cover's
narrow lines at the body's size, fbithesis's ``Chair IX`` / ``Department of …`` all on one edge, make none)."""


def opening_centred(lines: list[Text], layout: Layout, body: float) -> set[int]:
    """Indexes of the centred lines (and pieces of them, off the text block's left edge) a PDF paper opens with,
    above its first line of running text: a title block's author, affiliation, version and date (``Takayuki YATO``, ``v0.6``, ``[2019/06/01]`` under a LaTeX title,
    set in 12 pt over a 10 pt body). They are front matter, never headings by their size; a section heading of
    such a paper stands at the text block's left edge (``1 Overview``). ``body``: the body's font size (points).

    The text block is the widest line's span on the first page; running text is a line at the body's size that
    fills :data:`RUNNING_WIDTH` of its measure: the text block's, or a column's where the page sets its running
    text in columns (the widest line at the body's size under :data:`COLUMN_SHARE` of the block, and
    :data:`COLUMN_LINES` lines at that size on one left edge right of the first column: trial 54b, a
    newsletter's two 250 pt columns under its 518 pt masthead held no line of running text by the block's measure,
    and every line of its right column, off the block's left edge, was taken for the title block's, its articles'
    headings no headings). Empty without PDF positions.
    """
    if not lines or layout.at(first_line(lines[0])).x0 is None:
        return set()
    page = layout.page(lines[0])
    spans = [(lay.x0, lay.x1) for t in lines if layout.page(t) == page
             and (lay := layout.at(first_line(t))).x0 is not None and lay.x1 is not None]
    if not spans:
        return set()
    left, right = min(a for a, _ in spans), max(b for _, b in spans)
    width, centre = right - left, (left + right) / 2
    if width <= 0:
        return set()
    # the body's size, or the running text's where the two differ (a short text's median, its headings among its
    # joined paragraphs: the newsletter's 10.5 pt between its 10 pt text and 13 pt headings)
    running = _running_size(lines, layout) or body
    sizes = (body, running)

    def at_body(lay) -> bool:
        return lay.size is not None and any(abs(lay.size - s) < 0.5 for s in sizes)

    # the page's raw lines (a paragraph joined from a column's lines counts each of them)
    spans_at_body = [(lay.x0, lay.x1) for lay in layout.lines
                     if lay.page == page and lay.x0 is not None and lay.x1 is not None and at_body(lay)]
    column = max((b - a for a, b in spans_at_body), default=width)
    # a second column: lines at the body's size opening on one left edge right of the first column's measure
    edges = Counter(round(a) for a, _ in spans_at_body
                    if a >= min(x for x, _ in spans_at_body) + column)
    columned = column < COLUMN_SHARE * width and any(n >= COLUMN_LINES for n in edges.values())
    measure = column if columned else width
    out = set()
    for i, t in enumerate(lines):
        lay = layout.at(first_line(t))
        if lay.x0 is None or lay.x1 is None or layout.page(t) != page:
            break
        if at_body(lay) and lay.x1 - lay.x0 >= RUNNING_WIDTH * measure:
            break  # the first line of running text: the title block is above it
        # centred, or a piece of a centred line drawn apart (``v0.6`` and ``[2019/06/01]`` of one LaTeX \\date):
        # anything but the text block's left edge, where a section heading stands
        if lay.x1 - lay.x0 < RUNNING_WIDTH * width and (abs((lay.x0 + lay.x1) / 2 - centre) <= CENTRED * width
                                                          or lay.x0 > left + CENTRED * width):
            out.add(i)
    return out


_NAMED_RUN_IN = re.compile(r"^\s*(Abstract|ABSTRACT|Summary|SUMMARY)\s*[—–:.]\s*(?=[A-Z])")
"""An English paper's abstract run in with its name (``Abstract—We study…``, IEEE style). A Japanese paper's
``概要：本稿では…`` stays with the front matter, as field case 13a's correct result has it."""


_FIELD_VALUE = re.compile(r"(?P<label>[^\s\u3000：:]{1,8})(?:\u3000+|\s+|[：:]\s*)(?=\S)")


def record_fields(texts: Sequence[str]) -> set[int]:
    """The indices of a record's numbered fields (``１　日　時　　令和７年…``, ``３　出席委員（６名）``): numbered lines
    opening on a digit whose label is a form field's (:func:`~pipeline.segment.labels.form_field`), where at least half
    of the numbered run they stand in (numbers counting up by one: ``1``, ``2``, ``3``) are such fields. One field's
    label among items that are not (a press release's ``１　締結日時　…`` / ``２　場所　…`` / ``３　内容　…``) is an item
    like its siblings (fresh-user trial 58: ``２　場所`` alone had gone into item 1's text, the sections 1 and 3).

    >>> record_fields(["１　日　時　令和７年５月", "２　場　所　第１会議室", "３　出席委員（６名）", "本文です。"])
    {0, 1, 2}
    >>> record_fields(["１　締結日時　３月１７日", "２　場所　市役所 会議室", "３　内容　楽器の貸出し"])
    set()

    A run that lists who attended (:data:`~pipeline.segment.labels.RECORD_ATTENDANCE`: a record's, never a notice's)
    is read as a record's whatever its numbers' style (``(1)``, ``第１``) and whatever its values open on
    (:func:`~pipeline.segment.labels.numbered_meeting_field`; fresh-user trial 61's variants: ``２　場所　ひばり市役所``
    had been no field, and with it the whole run sections).

    >>> sorted(record_fields(["１　日時　令和6年10月4日", "２　場所　ひばり市役所", "３　出席者　委員8名", "４　議事", "５　その他"]))
    [0, 1, 2]
    >>> sorted(record_fields(["(1) 日時　令和6年7月3日", "(2) 場所　みなと区役所", "(3) 出席者　委員10名", "(4) 審議案件"]))
    [0, 1, 2]
    >>> record_fields(["1 日時 令和7年7月15日", "2 場所 つばき市役所", "3 議題", "4 傍聴 先着10名"])  # a notice: none attended yet
    set()
    """
    attended = _attended_fields(texts)
    led = [i for i, s in enumerate(texts) if (first := s.lstrip(" \u3000")[:1]) and first in DIGITS]
    numbered = {i: n.label[0] for i in led if (n := explicit_number(texts[i])) is not None and n.label}
    runs: list[list[int]] = []
    for i in sorted(numbered):
        if runs and numbered[i] == numbered[runs[-1][-1]] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: set[int] = set()
    for run in runs:
        found = [i for i in run if form_field(texts[i]) is not None]
        if 2 * len(found) >= len(run):
            out.update(found)
    # a field no number reader reads (``１　日　時`` spaced out) counts as before
    out.update(i for i in led if i not in numbered and form_field(texts[i]) is not None)
    return out | attended


def _agenda_discussed(lines: Sequence[Text], at: int) -> bool:
    """Whether the record's numbered agenda (``４　議　事`` at ``at``) holds the discussion: a sentence (a line ending
    on ``。``) follows it before any speaker's turn, under it or under its items (``（1）…`` / ``事務局から…説明した。``).
    A summary's agenda (議事要旨) is its body, a section with its items as subsections (fresh-user trial 61: the
    items and all the discussion had gone to front); an agenda that lists bills or items over the turns
    (``５　審査案件`` / ``議案第４２号　…`` / ``○委員長　…``) is a field, the turns the proceedings."""
    number = record_field_number(lines[at].text)
    following = (number[0], number[1] + 1) if number is not None else None
    for t in lines[at + 1:]:
        s = t.text.strip()
        nxt = record_field_number(s)
        if speaker_turn(s) or (nxt is not None and nxt[:2] == following):
            return False  # the turns, or the record's next field (``６　会議の経過``): the agenda was a list
        if s.endswith(("。", "．")) and not floor_note(s):
            return True
    return False


def _attended_fields(texts: Sequence[str]) -> set[int]:
    """The fields of each run of numbered lines (one style, counting up by one from its first, :func:`~pipeline.segment.
    labels.record_field_number`) that names who attended (:data:`~pipeline.segment.labels.RECORD_ATTENDANCE`), two
    fields or more and at least half of the run: :func:`~pipeline.segment.labels.numbered_meeting_field`."""
    runs: list[list[tuple[int, str, int]]] = []
    open_runs: dict[str, list[tuple[int, str, int]]] = {}  # each style's run counts on past another style's items
    for i, s in enumerate(texts):
        number = record_field_number(s)
        if number is None:
            continue
        style, n, _ = number
        run = open_runs.get(style)
        if run is not None and run[-1][2] + 1 == n:
            run.append((i, style, n))
        else:
            open_runs[style] = [(i, style, n)]
            runs.append(open_runs[style])
    out: set[int] = set()
    for run in runs:
        labelled = {i: label for i, _, _ in run if (label := numbered_meeting_field(texts[i])) is not None}
        if len(labelled) >= 2 and 2 * len(labelled) >= len(run) \
                and any(v in RECORD_ATTENDANCE or v.capitalize() in RECORD_ATTENDANCE_EN for v in labelled.values()):
            out.update(labelled)
    return out


def labelled_items(items: dict[int, tuple[str | None, str, int]]) -> set[int]:
    """The numbered headings (index → (number, line, where its title starts)) titled by their labels as a notice's
    items are: every item of a run numbered one up from the last (``1``, ``2``, ``3``) set as a field
    (:data:`~pipeline.segment.labels.NOTICE_FIELD`: a short label, an ideographic space or a colon, the value), one of
    them at least under a form field's label (``場所``, ``日時``). A press release's ``１　締結日時　…`` /
    ``２　場所　…`` / ``３　内容　…`` are then titled ``締結日時``, ``場所``, ``内容`` alike (fresh-user trial 58: only
    ``場所`` had been cut, the other two titled by their whole line), as a notice's under its ``記`` are.

    >>> labelled_items({0: ("1", "1\u3000締結日時\u30003月17日", 2), 1: ("2", "2\u3000場所\u3000会議室", 2),
    ...                 2: ("3", "3\u3000内容\u3000楽器の貸出し", 2)})
    {0, 1, 2}
    >>> labelled_items({0: ("1", "1\u3000はじめに", 2), 1: ("2", "2\u3000調査の方法と対象", 2)})
    set()

    A Korean notice's items, each a label of words and a colon before its value (:data:`_KO_FIELD`), are titled by
    their labels alike (fresh-user trial 64d: ``1. 공사 기간: 2025년 4월 1일부터…`` had been titled by its whole line):

    >>> labelled_items({0: ("1", "1. 공사 기간: 4월 1일부터", 3), 1: ("2", "2. 문의: 도로과", 3)})
    {0, 1}
    >>> labelled_items({0: ("1", "1. 추진 배경", 3), 1: ("2", "2. 주요 성과: 30곳", 3)})
    set()
    >>> labelled_items({0: ("1", "1. 서론: 연구의 배경", 3), 4: ("2", "2. 방법: 조사 설계", 3)})  # headings over their text
    set()
    """
    runs: list[list[int]] = []
    last: tuple[str, int] | None = None
    for at, (number, _, _) in sorted(items.items()):
        parts = (number or "").rpartition(".")
        here = (parts[0], int(parts[2])) if parts[2].isdigit() else None
        if runs and here is not None and last is not None and here == (last[0], last[1] + 1):
            runs[-1].append(at)
        else:
            runs.append([at])
        last = here
    out: set[int] = set()
    for run in runs:
        if len(run) >= 2 and all(NOTICE_FIELD.match(items[at][1][items[at][2]:]) for at in run) \
                and any(_field_cut(items[at][1], items[at][2]) is not None for at in run):
            out.update(run)
        elif len(run) >= 2 and all(_KO_FIELD.match(items[at][1], items[at][2]) for at in run) \
                and all(b == a + 1 for a, b in zip(run, run[1:])):
            # a Korean notice's ``1. 공사 기간: …`` / ``2. 공사 구간: …`` (fresh-user trial 64d), set one under the other
            # as a notice lists its items (a paper's ``1. 서론: 연구의 배경`` headings stand over their text)
            out.update(run)
    return out


def _item_field(text: str, start: int) -> bool:
    """``text`` from ``start`` is a notice's labelled item: a Korean label and its colon (:data:`_KO_FIELD`), or a
    label of a notice's field's shape with no Latin letter in it (:data:`~pipeline.segment.labels.NOTICE_FIELD`:
    ``休業期間：…``, ``闭馆时间：…``; an English ``Results: we found …`` is a paper's list, no notice's field)."""
    if _KO_FIELD.match(text, start) is not None:
        return True
    m = NOTICE_FIELD.match(text[start:])
    return m is not None and not re.search(r"[A-Za-z]", m.group(1))


def run_items(texts: list[str], headings: dict[int, Heading]) -> dict[int, Heading]:
    """The numbered lines (index → heading) that go on a run of a notice's labelled items, one under the other: the
    line right under an item (``2. 대상 시설: …``) numbered one up from it in its style and separator, both set as a
    notice's field (:func:`_item_field`), is the run's next item whatever its value ends on (decision, issue 16,
    fresh-user trial 65: ``3. 반납 안내: … 이용해 주시기 바랍니다.`` ends a sentence, so the solver left it a paragraph of
    item 2, where items 1 and 2 were sections). Items of one run are read alike.

    >>> from pipeline.numbering import solve
    >>> t = ["1. 휴관 기간: 3월 2일", "2. 대상 시설: 본관", "3. 반납 안내: 반납함을 이용해 주시기 바랍니다."]
    >>> sorted(run_items(t, {h.index: h for h in solve(t, [0, 1, 2])}))
    [2]
    >>> t = ["1. Scope: the harbour", "2. Method: we surveyed", "3. Results: We found ten berths."]
    >>> run_items(t, {h.index: h for h in solve(t, [0, 1, 2])})
    {}
    """
    out: dict[int, Heading] = {}
    for i in sorted(headings):
        h = headings[i]
        prev = explicit_number(texts[i])
        while prev is not None and i + 1 < len(texts) and i + 1 not in headings and _item_field(texts[i], h.title_start):
            nxt = explicit_number(texts[i + 1])
            if nxt is None or nxt.style != prev.style or nxt.separator != prev.separator or prev.label[1:] != (0, 0) \
                    or nxt.label != (prev.label[0] + 1, 0, 0):
                break
            m = re.match(r"\s*\S*?" + re.escape(nxt.separator or "") + r"\s*", texts[i + 1]) if nxt.separator else None
            if m is None or not _item_field(texts[i + 1], m.end()):
                break
            h = Heading(i + 1, str(nxt.label[0]), h.level, m.end(), (), h.style)
            out[i + 1] = h
            i, prev = i + 1, nxt
    return out


_KO_FIELD = re.compile(r"(?P<label>[\uac00-\ud7a3]{1,8}(?: [\uac00-\ud7a3]{1,8}){0,2}) ?[:：] *(?=\S)")
"""A Korean notice's item by its shape: a label of one to three Hangul words, a colon, its value (``공사 기간: 2025년
4월 1일부터…``, ``문의: 도로과 (전화 …)``). The colon parts them as the Japanese item's ideographic space or colon does
(:data:`~pipeline.segment.labels.NOTICE_FIELD`); Korean writes its label's words apart, so the label may hold spaces."""


def _field_cut(heading: str, title_start: int, notice_item: bool = False) -> int | None:
    """Where a numbered field's value starts (``１．日時　令和6年3月15日…``, ``２．場所：集会所``): a notice's item whose
    label is a field label (:data:`~pipeline.segment.labels.FIELD_LABELS`), set off from its value; else ``None``.
    Under a notice's ``記`` (``notice_item``) any label of a notice's field's shape counts, set off by an ideographic
    space or a colon (:data:`~pipeline.segment.labels.NOTICE_FIELD`: ``３　提出期限　令和7年2月5日``, ``２　区間　…``),
    so a notice's items are titled alike (helper notice57: the unlisted labels had titled their items by the whole line).

    >>> h = "3\u3000提出期限\u3000令和7年2月5日（水）"; h[_field_cut(h, 2, True):], _field_cut(h, 2)
    ('令和7年2月5日（水）', None)

    >>> h = "1．日時　令和6年3月15日（金）午後7時から"; h[_field_cut(h, 2):]
    '令和6年3月15日（金）午後7時から'
    >>> h = "2．場所：集会所"; h[_field_cut(h, 2):]
    '集会所'
    >>> _field_cut("3．議題", 2), _field_cut("2．調査の概要　方法と対象", 2), _field_cut("5 Version History", 2)
    (None, None, None)

    A label set letter-spaced (``定　員``), its value after a wider white, is cut so too (fresh-user trial 61c: the items
    after the first had been titled by their whole line, ``定　員　　200名（先着順）``):

    >>> h = "4\u3000定\u3000員\u3000\u3000200名（先着順）"; h[_field_cut(h, 2, True):], _field_cut(h, 2)
    ('200名（先着順）', None)
    """
    if notice_item and (spaced := SPACED_LABEL.match(heading, title_start)) is not None:
        return spaced.end()  # a label set letter-spaced, then a wider white before its value (``定　員　　200名``)
    if notice_item and (korean := _KO_FIELD.match(heading, title_start)) is not None:
        return korean.end()  # a Korean item's label of words and its colon (``공사 기간: 2025년 4월…``)
    m = _FIELD_VALUE.match(heading, title_start)
    if m is not None and notice_item and m.group("label") not in FIELD_LABELS:
        shaped = NOTICE_FIELD.match(heading[title_start:])
        return m.end() if shaped is not None and not m.group().endswith(" ") and len(shaped.group(1)) == len(m.group("label")) \
            else None
    if m is None or m.group("label") not in FIELD_LABELS:
        return None
    # an English label needs its colon: a space after it is the heading's own (``5 Version History``)
    return m.end() if not m.group("label").isascii() or ":" in m.group() or "：" in m.group() else None


_GUTTER_FIELD = re.compile(r"(?P<label>[^\s\u3000：:]{1,12}|[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,3})"
                           r"[ \t\u3000]{2,}(?=\S)")
"""A label, then the gutter a layout writer sets between two columns (two white characters or more, of any width),
then its value: ``募集人員\u3000\u3000１５名``, ``応募締切  令和８年５月１５日``, ``Deadline    30 May``."""


def gutter_field_cut(heading: str, title_start: int = 0) -> int | None:
    """Where the value starts of a field set as a label, a gutter and its value (:data:`_GUTTER_FIELD`) from
    ``title_start`` of ``heading``; ``None`` where the line is no such field: a label of one word (Japanese: no white
    inside, twelve characters at most, no sentence's mark) or of four English words at most, its value no bare number
    (a contents' page, ``はじめに    1``), no leader's dots, no sentence's end after the label.

    Decision (issue 16, helper jatab82, fresh-user trial 81a's 募集要項): ``４．募集人員　　１５名`` and
    ``６．応募締切　　令和８年５月１５日（金）必着`` had been titled by the whole line, the value in the title. A
    gutter between two words is a table's column, the label's and its value's (``clean.tables``, *Session 82*): the
    label titles the item, the value opens its first paragraph, as a notice's listed fields do (:func:`_field_cut`).
    One space, one ideographic space alone, stays the title's (``２．調査の概要　方法と対象``).

    >>> h = "４．募集人員\u3000\u3000１５名"; h[gutter_field_cut(h, 2):]
    '１５名'
    >>> gutter_field_cut("２．調査の概要\u3000方法と対象", 2), gutter_field_cut("1 はじめに    1", 2), gutter_field_cut("3. Results", 3)
    (None, None, None)
    >>> h = "6. Deadline    30 May 2026"; h[gutter_field_cut(h, 3):]
    '30 May 2026'
    >>> gutter_field_cut("主\u3000\u3000文"), gutter_field_cut("事\u3000実\u3000\u3000及\u3000び")  # letter-spaced headings
    (None, None)
    """
    m = _GUTTER_FIELD.match(heading, title_start)
    if m is None:
        return None
    label, value = m.group("label"), heading[m.end():].strip()
    # (a heading set letter-spaced, ``主　　文``, ``理　　由``: one letter a piece, no label and value)
    if len(label) < 2 or len(value) < 2 or re.fullmatch(r"\S(?:[ \t\u3000]+\S)+", value):
        return None
    if not value or re.fullmatch(r"[0-9０-９ivxlcIVXLC]{1,4}", value) or re.search(r"(?:[.．・…‥·]\s?){3,}", heading) \
            or label[-1:] in "。．.、，,!?！？":
        return None
    return m.end()


_NOTICE_ITEM_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}[.．]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[0-9０-９]{1,2}\u3000+)(?=\S)")
"""A notice's item number opening its line (``1. ``, ``１．``, ``（１）``, ``1　``): arabic, with its separator."""


def notice_item_number(text: str) -> tuple[int, int] | None:
    """The number of the Japanese notice's item ``text`` opens on (:data:`_NOTICE_ITEM_NUMBER`) and where its text
    starts; ``None`` where it opens on none or is no Japanese line.

    >>> notice_item_number("１．工事は行います。"), notice_item_number("（2）雨天の場合"), notice_item_number("1. Apples")
    ((1, 2), (2, 3), None)
    """
    m = _NOTICE_ITEM_NUMBER.match(text)
    if m is None or script_of(text) != JA:
        return None
    return int(unicodedata.normalize("NFKC", re.sub(r"\D", "", m.group()))), m.end()


def notice_items(paragraphs: Sequence[Text]) -> tuple[Section, ...] | None:
    """A notice's numbered items read from ``paragraphs``, one item a paragraph, numbered ``1``, ``2``, … in a row
    (``1. 燃やすごみは、…``, ``１．日時　…``, ``（１）…``, ``1　…``; at least two, every paragraph one): each a section
    numbered by it, titled by its label where it opens on a notice's field (:func:`_field_cut`, as under ``記``:
    ``1. 日時　5月1日`` is ``日時``, ``5月1日``), else untitled, its heading the number and its sentence its paragraph;
    ``None`` where ``paragraphs`` are no such run. The one reading of a notice's numbered items that are running
    text, under ``記`` or not (``stage.notice_numbered_items``).

    Why (issue 16 point 2, fresh-user trial 68e, helper fix69c): items ``1.``–``3.`` that were sentences had stayed
    paragraphs of the notice's body with no ``記`` over them, and a ``記`` over them had become a heading holding them.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> ss = notice_items([t("1. 燃やすごみは月曜日に収集します。", 1), t("2. 日時　5月1日", 2)])
    >>> [(s.number, s.title.text, s.heading.text, [p.text for p in s.paragraphs]) for s in ss]
    [('1', '', '1.', ['燃やすごみは月曜日に収集します。']), ('2', '日時', '2. 日時\u3000', ['5月1日'])]
    >>> notice_items([t("1. 一つだけ。", 1)]), notice_items([t("1. 一。", 1), t("3. 三。", 2)])
    (None, None)
    """
    items = []
    for k, p in enumerate(paragraphs):
        read = notice_item_number(p.text)
        if read is None or read[0] != k + 1:
            return None
        items.append((str(k + 1), p, read[1]))
    if len(items) < 2:
        return None
    sections = []
    for number, line, start in items:
        cut = _field_cut(line.text, start, True)
        title = line[start:cut].strip() if cut is not None else Text.empty()
        title = title[:-1] if title.text.endswith((":", "：")) else title
        sections.append(_run_in_section(number, 1, title, line, cut if cut is not None else start, []))
    return tuple(sections)


def _run_in_section(number: str | None, level: int, title: Text, line: Text, cut: int, body: list[Text]) -> Section:
    """A section whose heading ends at ``cut`` of its ``line``: the text after it opens the first paragraph,
    carried on by the next body line when it ends no sentence there (an English wrap)."""
    # an ideographic space after a Japanese label is no paragraph's opening: it stays with the heading here, and the
    # talk sets it aside with a ledger row of its own (segment.stage._trimmed_headings: no heading ends on white space)
    rest, heading = line[cut:].strip(), line[:cut].strip(" \t")
    first = body[0] if body else None
    if first is not None and not ends_sentence(rest.text) and is_english_line(first.text) and is_english_line(rest.text):
        paragraphs = (Text.join([rest, first], sep=Text.inserted(" ")), *body[1:])
    else:
        paragraphs = (rest, *body)
    return Section(number=number, level=level, title=title, paragraphs=paragraphs, heading=heading)


_LETTER_HEADING = re.compile(r"^([A-H])[.．]\s*(?:([A-Z][^.!?。]{0,58})|([\u3040-\u30ff\u4e00-\u9fff々][^。！？!?A-Za-z0-9\U0001d400-\U0001d7ff]{0,29}))$")


def _lettered_appendix(at: int, lettered: dict[int, str], headings: dict, named: set[int]) -> bool:
    """The lettered heading ``at`` (:func:`letter_headings`) is an appendix's: between the last numbered heading
    before its run's ``A.`` and that ``A.`` stands an unnumbered heading (``References``, ``Acknowledgments``,
    ``Computational details``), which closed the numbered body. A lettered subsection follows its numbered section
    with none between (``III. METHOD`` / ``A. Detectors``).

    Why (real-PDF check, helper real66b: pscl's countreg vignette, JSS style): ``A. Technical details for hurdle
    models`` … ``D. Replication of textbook results`` after ``References`` had become sections 4.1 … 4.4 under
    ``4. Summary``.

    >>> _lettered_appendix(9, {8: "A", 9: "B"}, {0: "4"}, {5, 8, 9}), _lettered_appendix(9, {8: "A", 9: "B"}, {0: "3"}, {8, 9})
    (True, False)
    """
    first = next((j for j in range(at, -1, -1) if lettered.get(j) == "A"), at)
    parent = next((j for j in range(first - 1, -1, -1) if j in headings), -1)
    return any(parent < j < first and j not in lettered for j in named)


def _under_roman(lines: list[Text], at: int) -> bool:
    """The nearest numbered heading-shaped line over ``lines[at]`` is numbered in roman numerals (``II. 調査の方法``)."""
    for t in reversed(lines[:at]):
        e = explicit_number(t.text.strip()) if heading_shaped(t.text) else None
        if e is not None:
            return e.style == ROMAN_STYLE
    return False
MAX_LETTER_HEADING_WORDS = 8


def letter_headings(lines: list[Text], layout: Layout | None = None) -> dict[int, str]:
    """Line index → letter for the lettered subsections of a paper (``A. Detectors``, ``B. Timing Rule``, as IEEE
    papers set them under ``III. METHOD``; ``A. 対象地域`` under ``II. 調査の方法`` in a Japanese paper numbered so):
    short unpunctuated lines ``A.`` … in alphabetical order, each run starting at ``A``, two letters or more. A
    Japanese title (30 letters at most, no sentence's end, no Latin letter or digit) heads text of its own under a
    section numbered in roman numerals, as IEEE style sets them: lettered lines one right under the other are a list's
    choices (``A. 賛成`` / ``B. 反対``), and an exam's lettered options under its numbered questions (``11. 已知点…`` /
    ``A. 点 𝑃 到直线 𝐴𝐵 的距离小于10``) or a thesis's lettered appendices after its references are no subsections (session
    55's made-up papers: a Japanese paper's ``A.`` subsections were its text, an English paper's were headings; the
    corpus's exam-zh and CQU thesis held the others).

    In a PDF (``layout``), an English section's one lettered subsection (``A. Multiline equations`` alone under
    ``II. MATH AND EQUATIONS``) is one too where its line is set in the face (font and size) every lettered
    subsection of the runs above shares: the face vouches for the heading the second letter would (trial 62b's
    apssamp, where it had stayed a paragraph of its section).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> letter_headings(mk("III. METHOD", "A. Detectors", "We placed one.", "B. Timing Rule", "It ends early."))
    {1: 'A', 3: 'B'}
    >>> letter_headings(mk("A. Smith wrote this.", "B. Jones too"))
    {}
    >>> letter_headings(mk("II. 方法", "A. 対象地域", "三つの町である。", "B. 調査の手順", "聞き取りを行った。"))
    {1: 'A', 3: 'B'}
    >>> letter_headings(mk("問1 賛否", "A. 賛成", "B. 反対", "C. どちらでもない"))
    {}
    >>> letter_headings(mk("11. 已知点在圆上", "A. 点到直线的距离小于10", "x", "B. 点到直线的距离大于2", "y"))
    {}
    """
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    japanese = False
    alone: list[int] = []  # an English ``A.`` with no ``B.`` after it

    def close() -> None:
        if len(run) >= 2 and not (japanese and (any(b - a < 2 for (a, _), (b, _) in zip(run, run[1:]))
                                                or not _under_roman(lines, run[0][0]))):
            found.update(run)
        elif len(run) == 1 and not japanese:
            alone.append(run[0][0])

    for i, t in enumerate(lines):
        m = _LETTER_HEADING.match(t.text.strip())
        if m is None or (m.group(2) is not None and len(m.group(2).split()) > MAX_LETTER_HEADING_WORDS):
            continue
        letter = m.group(1)
        if letter == "A":
            close()
            run, japanese = [(i, letter)], m.group(3) is not None
        elif run and ord(letter) == ord(run[-1][1]) + 1:
            run.append((i, letter))
            japanese = japanese or m.group(3) is not None
    close()
    if layout is not None and alone and found:
        faces = {(layout.font(lines[i]), round(layout.size(lines[i]) or 0, 1)) for i in found}
        face = next(iter(faces)) if len(faces) == 1 else None
        if face is not None and face[0] is not None and face[1]:
            found.update({i: "A" for i in alone
                          if (layout.font(lines[i]), round(layout.size(lines[i]) or 0, 1)) == face})
    elif layout is not None and alone and not found:
        found.update({i: "A" for i in _lone_bold_letters(lines, layout, alone)})
    return dict(sorted(found.items()))


def _lone_bold_letters(lines: list[Text], layout: Layout, alone: list[int]) -> list[int]:
    """Of a PDF's English ``A.`` lines with no ``B.`` after them (``alone``), those that head a subsection by their
    face: under a section numbered in roman numerals (:func:`_under_roman`: ``I. Introduction``), set bold where the
    running text is not (:func:`_emphasised`), over a line of the running text's face. AIAA's and IEEE's one
    subsection in a section (``A. Background``, CMBX10 over CMR10) is the face's word where no ``B.`` vouches
    (trial 76c's aiaa template: it had been a paragraph of ``I. Introduction``). A text dump gives none (no faces)."""
    body, body_font = _body_size(lines, layout), _body_font(lines, layout)
    if body_font is None or bold_font(body_font):
        return []
    return [i for i in alone if _under_roman(lines, i) and layout.font(lines[i]) is not None
            and bold_font(layout.font(lines[i])) and _emphasised(lines[i], layout, body, body_font)
            and i + 1 < len(lines) and layout.font(lines[i + 1]) == body_font]


_APPENDIX_LETTERED = re.compile(r"^([A-Z])((?:\.[0-9]{1,2}){0,2}) +([A-Z](?=[^\t]*[A-Za-z]{2})[^.!?。\t]{1,158})$")
"""An appendix's lettered heading: its letter, the numbers of its subsections after it, a space and its title, a word
of two letters or more in it and no TAB (``A RESEARCH METHODS``, ``A.1 Part One``, ``B ONLINE RESOURCES``; a table's
header row ``A`` TAB ``B`` TAB ``C`` is none)."""
_APPENDIX_NAMED = re.compile(r"^(?:" + "|".join(w + "|" + w.upper() for w in APPENDIX_WORDS) + r")\s+([A-Z])\b")
"""An appendix's heading by its name and letter (``APPENDIX A``, ``Appendix B: Maps``): the letter."""


def lettered_appendices(lines: list[Text], layout: Layout, headings: dict, body_font: str | None) -> dict[int, int]:
    """Line index → level of a PDF's lettered appendix headings after its numbered sections: ``A RESEARCH METHODS``
    (level 1), ``A.1 Part One`` (level 2), ``B ONLINE RESOURCES``, each on its own line, set in the face the numbered
    headings share (two or more in one font that is not the running text's), after the last of them, the letters
    running from ``A`` in order and each subsection under its own letter. The solver reads no letter, and a heading in
    the body's size is found by no size: acmart's appendix after ``REFERENCES`` was read as the last references (real-PDF
    trial, issue 16). A text dump (no faces: ``A Note on Sources`` is a sentence's opening as often) gives only the
    numbered subsections (``A.1 Zone N2``, level 2) under an appendix's heading by its name (``Appendix A Logger
    Locations``: trial 55b, where they had been paragraphs); none where a line's letter breaks the order (``A``, then ``C``: the letters of a list). An appendix's heading by its
    name and letter (``APPENDIX A``, found by its name: :func:`~pipeline.segment.labels.is_appendix_heading`) opens its
    letter as ``A …`` does, for the ``A.1 …`` under it (msu-thesis). The line under a label alone (``CHAPTER 3`` /
    ``A CHAPTER IN LANDSCAPE``, ``APPENDIX B`` / ``A SECOND APPENDIX``) is its title, whose ``A`` is an article."""
    if not headings:
        return {}
    fonts: dict[str, int] = {}
    for i in headings:
        if (f := layout.font(lines[i])) is not None:
            fonts[f] = fonts.get(f, 0) + 1
    face = max(fonts, key=fonts.__getitem__) if fonts else None
    # a text dump (no faces) reads only the numbered subsections under an appendix's heading by its name (``Appendix
    # A Logger Locations`` / ``A.1 Zone N2``: trial 55b): a letter, a full stop and a number open no sentence
    faces = body_font is not None
    if faces and (face is None or fonts[face] < 2 or face == body_font):
        return {}
    out: dict[int, int] = {}
    letter, sub = None, ()
    for i in range(max(headings) + 1, len(lines)):
        named = _APPENDIX_NAMED.match(lines[i].text.strip())
        if named is not None and is_appendix_heading(lines[i].text):
            # ``APPENDIX A`` (a heading by its name, in any face) opens its letter for ``A.1 …`` under it
            if named.group(1) != ("A" if letter is None else chr(ord(letter) + 1)):
                return {}
            letter, sub = named.group(1), ()
            continue
        m = _APPENDIX_LETTERED.match(lines[i].text.strip())
        # a PDF's heading in the numbered headings' face may run longer than a phrase's limit, as a numbered one set
        # so may (:data:`MAX_SET_HEADING`: mugsthesis's ``A.1 This is a Very Long Heading to Test …``, trial 78c)
        if m is None or (faces and layout.font(lines[i]) != face) \
                or len(lines[i].text.strip()) > (MAX_SET_HEADING if faces else MAX_HEADING_CHARS) \
                or i - 1 in headings or is_appendix_label(lines[i - 1].text):
            continue  # the title under a label alone (``CHAPTER 3`` / ``A CHAPTER IN LANDSCAPE``): the article ``A``
        numbers = tuple(int(n) for n in m.group(2).split(".")[1:])
        if not faces and (not numbers or letter is None):
            continue  # a text dump's ``A Note on Sources`` opens a sentence as often
        if numbers:  # a subsection of the appendix open now: its letter, and the next number at its depth or under it
            if m.group(1) != letter:
                return {}
            if not (len(numbers) <= len(sub) + 1 and numbers[:-1] == sub[:len(numbers) - 1]
                    and numbers[-1] == (sub[len(numbers) - 1] + 1 if len(numbers) <= len(sub) else 1)):
                return {}
            sub = numbers
        else:
            if m.group(1) != ("A" if letter is None else chr(ord(letter) + 1)):
                return {}
            letter, sub = m.group(1), ()
        out[i] = len(numbers) + 1
    return out


def with_appendix_labels(sections: Sequence[Section]) -> tuple[Section, ...]:
    """``sections`` with each appendix's label (:attr:`Section.appendix`): an unnumbered section headed as an appendix
    (``Appendix A. …``, ``Annex 2: …``, ``付録１　…``: :func:`~pipeline.segment.labels.appendix_label`) gets its
    letter or number, and an unnumbered section under it (a deeper level) headed by that letter's numbers (``A.1 …``:
    :func:`~pipeline.segment.labels.appendix_sub_label`) gets them. Its ``number`` stays None: the body's numbers are
    digits, and an appendix's ``1`` (``付録１``) beside section ``1`` would name two sections (decision, issue 16,
    helper head58; docs/talk-json.md, *An appendix's label*). A section at the appendix's level or above that is no
    appendix closes it (``References`` after it); a lettered line no appendix heads (``A. Smith …``, a list's
    ``A. yes``) gets none. A section that holds a letter already (``A First section of the appendix`` after the body,
    :func:`lettered_appendices`; ``APPENDIX A`` alone over a long title) opens its appendix as such a heading does
    (session 78, helper appx78, trial 78c's quantumarticle and mugsthesis).

    >>> mk = lambda n, lv, h: Section(number=n, level=lv, title=Text.inserted(h), paragraphs=(), heading=Text.inserted(h))
    >>> got = with_appendix_labels([mk("2", 1, "2. Results"), mk(None, 1, "Appendix A. Model"), mk(None, 2, "A.1 Data"),
    ...                             mk(None, 1, "References"), mk(None, 2, "A.2 Stray")])
    >>> [s.appendix for s in got]
    [None, 'A', 'A.1', None, None]
    >>> got = with_appendix_labels([mk("2", 1, "2 Results"), replace(mk(None, 1, "A First section"), appendix="A"),
    ...                             mk(None, 2, "A.1 Subsection"), mk(None, 2, "B.1 Stray")])
    >>> [s.appendix for s in got]
    [None, 'A', 'A.1', None]
    """
    out: list[Section] = []
    label, level = None, 0
    for s in sections:
        head = (s.heading if s.heading is not None else s.title).text
        # (a label given when the section was read, ``A First section …`` after the body: :func:`lettered_appendices`)
        own = appendix_label(head) or (s.appendix if s.appendix is not None and "." not in s.appendix else None)
        if s.number is None and own is not None:
            label, level = own, s.level
            out.append(replace(s, appendix=own))
            continue
        if label is not None and s.level <= level:
            label = None  # a section at the appendix's level that is none: the appendices are over
        sub = appendix_sub_label(head, label) if label is not None and s.number is None else None
        out.append(replace(s, appendix=sub) if sub is not None else s)
    return tuple(out)


_SUB_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}[.．)）:：]?\s*")
"""The arabic number of a head under a lettered subsection (:func:`under_letters`), its separator and the space after it."""


def under_letters(lines: list[Text], texts: list[str], layout: Layout, letters: dict[int, str]) -> dict[int, int]:
    """Line index → number of the arabic headings a PDF sets a level under lettered subsections, under roman sections
    (REVTeX and IEEE: ``I. INTRODUCTION`` / ``A. Detectors`` / ``1. Wide text``): arabic top-level numbers that count
    from 1 again (two ``1`` or more), set in one face that is neither the roman headings' nor the running text's
    (a numbered list's ``1)`` items stay text), each in that face or the roman headings' (a table's ``300.0`` is none), where two roman
    headings or more and lettered subsections (``letters``, :func:`letter_headings`) stand in the document. The solver reads the
    roman numbers alone; each of these is one level under the heading before it. Empty for a text dump (no fonts)
    and wherever the arabic numbers share the roman headings' face (a paper's numbered headings beside a roman
    list). Real-PDF trial: REVTeX's apssamp read its level-3 heads ``1. Citations``, ``2. Example citations`` as
    sections 1, 2 and its ``I.``, ``II.`` sections not at all."""
    if not letters:
        return {}
    roman, arabic = [], {}
    for i, text in enumerate(texts):
        if text and heading_shaped(text) and (e := explicit_number(text)) is not None and not any(e.label[1:]):
            if e.style == ROMAN_STYLE:
                roman.append(i)
            elif e.style == ARABIC:
                arabic[i] = e.label[0]
    if len(roman) >= 2 and list(arabic.values()).count(1) <= 1:
        # (read from the lines: a lone ``1.`` is blanked from ``texts`` as a list's item may be)
        lone = {i: e.label[0] for i, t in enumerate(lines) if heading_shaped(t.text)
                and (e := explicit_number(t.text.strip())) is not None and e.style == ARABIC and not any(e.label[1:])}
        if list(lone.values()).count(1) == 1:
            return _lone_level_under_letter(lines, layout, letters, roman, lone)
    if len(roman) < 2 or list(arabic.values()).count(1) < 2:
        return {}
    roman_fonts = {layout.font(lines[i]) for i in roman}
    fonts: dict[str, int] = {}
    for i in arabic:
        if (f := layout.font(lines[i])) is not None:
            fonts[f] = fonts.get(f, 0) + 1
    face = max(fonts, key=fonts.__getitem__) if fonts else None
    if None in roman_fonts or face is None or face in roman_fonts or face == _running_font(lines, layout) \
            or 2 * fonts[face] <= len(arabic):
        return {}
    # in that face or the roman headings' (an appendix's ``1. A subsection`` in bold); a table's ``300.0`` is no head
    return {i: n for i, n in arabic.items() if layout.font(lines[i]) == face or layout.font(lines[i]) in roman_fonts}


_SLANTED_NAME = re.compile(r"Italic|Oblique|Slanted|[-+]It$|^(?:[A-Z]{6}\+)?CM(?:TI|SL|MI|BXTI)[0-9]")
"""A font's name that says it is an italic or slanted face (``CMTI10``, ``Times-Italic``, ``Helvetica-Oblique``)."""


def _lone_level_under_letter(lines: list[Text], layout: Layout, letters: dict[int, str], roman: list[int],
                             arabic: dict[int, int]) -> dict[int, int]:
    """:func:`under_letters` where one arabic ``1.`` heads a level under a lettered subsection, no ``2.`` beside it
    (AIAA's template: ``I. Introduction`` / ``A. Background`` / ``1. Detail`` in CMTI10 over CMR10 text): the line
    right under the lettered subsection's text (the nearest heading over it is the lettered one, no roman heading
    between), in an italic or bold face (:data:`_SLANTED_NAME`, :func:`~.layout.bold_font`) that is neither the running
    text's nor the roman headings', over a line in the running text's face. One such face word vouches where the
    second ``2.`` would (trial 76c: ``1. Detail`` had been a paragraph)."""
    running = _running_font(lines, layout)
    roman_fonts = {layout.font(lines[i]) for i in roman}
    out: dict[int, int] = {}
    for i, n in arabic.items():
        font = layout.font(lines[i])
        over = [j for j in [*letters, *roman] if j < i]
        if n != 1 or font is None or running is None or font == running or font in roman_fonts or not over \
                or max(over) not in letters or not (_SLANTED_NAME.search(font) or bold_font(font)) \
                or any(k in arabic for k in range(max(over) + 1, i)) \
                or i + 1 >= len(lines) or layout.font(lines[i + 1]) != running:
            continue
        out[i] = n
    return out


def closing_blocks(lines: list[Text], layout: Layout, numbered: list[int]) -> dict[int, int]:
    """The labelled blocks that close a paper after its numbering (minutes' ``Action items:`` over its items, ``Next
    meeting: 21 March``): line index → where its heading ends (the label's colon; a value after it is the first
    paragraph). Each is a section of its own, unnumbered, titled by its label.

    Evidence that such a block is not the last numbered section's: the text dump parts its numbered sections by
    blank lines and never the lines inside them (every numbered heading but the first opens a text box, each
    section's lines up to the next heading are one box, two numbered headings at least), and after the last numbered
    section's own box every box opens on a label: a label alone over list items or fields
    (:func:`~pipeline.segment.labels.label_alone`), or lines each giving a label and its value
    (:func:`closing_label`: a signature's and a date's block, ``Date of next meeting: …`` / ``Signed: …`` /
    ``Date: …``), each a section. Between two numbered sections a blank line parts
    nothing there, and a labelled block stays the section's own (a decision under its agenda item); a PDF shows no
    blank lines, and its closing blocks stay too.

    >>> mk = lambda *ss: [Text.from_raw(s, line=n) for n, s in ss]
    >>> doc = mk((1, "1. Budget"), (2, "It was agreed."), (4, "2. Other business"), (5, "None."),
    ...          (7, "Action items:"), (8, "- Ann: send the report"), (10, "Next meeting: 3 May"))
    >>> closing_blocks(doc, Layout((), (3, 6, 9)), [0, 2])
    {4: 13, 6: 14}
    >>> closing_blocks(doc, Layout((), (3, 6, 9)), [0]), closing_blocks(doc, Layout.plain(), [0, 2])
    ({}, {})
    """
    return _closing(lines, layout, numbered)[0]


def closing_fields(lines: list[Text], layout: Layout, numbered: list[int]) -> set[int]:
    """The lines of the closing blocks (:func:`closing_blocks`) that are fields, each a label and its value on its
    line (``Approved by: A. Chen, Chair``, ``Date of next meeting: 5 June``, ``Next meeting: …``), or a signature's
    label over a rule or nothing (``Signed: ______``, ``Signed:``) with the signer's name under it: front matter, in
    the talk's ``front`` where the same fields at the top of minutes go (decision, issue 16), never sections. A label
    alone over list items (``Action items:`` / ``- …``) heads a section.

    >>> mk = lambda *ss: [Text.from_raw(s, line=n) for n, s in ss]
    >>> doc = mk((1, "1. Budget"), (2, "It was agreed."), (4, "2. Other business"), (5, "None."),
    ...          (7, "Approved by: A. Chen, Chair"), (9, "Signed: __________"), (10, "J. Barnes"))
    >>> sorted(closing_fields(doc, Layout((), (3, 6, 8)), [0, 2]))
    [4, 5, 6]
    """
    return _closing(lines, layout, numbered)[1]


_RULE = r"(?:[_.]{5,}|[…‥]{2,})"
"""A rule a form leaves to sign or write on (``________``, ``..........``; ``...`` is an ellipsis)."""
_SIGNATURE_RULE = re.compile(rf"^(?:[^:：]+[:：][\s_.…‥・\-–—]*"
                             rf"|[A-Z][^\s:：_.…‥]*(?:\s[^\s:：_.…‥]+){{0,3}}[:：]?\s*{_RULE}[\s_.…‥]*(?:\(?[A-Z][\w\- ]{{0,24}}\)?)?)$")
"""A signature's label and the rule it is signed on, or its colon alone (``Signed: ________``, ``Signature:``); or a
label of up to four words over a rule, its colon left out or not, a post after the rule allowed (``Signed
..................... (Chair)``, ``Signed: __________ Chair``, ``Date __________``: a form's signature lines, trial
43's brief)."""


_RULE_ROW = re.compile(rf"^{_RULE}(?:[ \t]+{_RULE})*$")
"""A row of blank rules to sign on and nothing else, one per signer (``_______`` TAB ``_______``)."""


def _posts_row(text: str) -> bool:
    """A row of posts under a row of blank rules, one cell per rule parted by a TAB or two spaces or more
    (``Mayor`` TAB ``City Clerk``, ``Chair      Secretary``): each cell at most four capitalised words ending on an
    English post (:data:`pipeline.names.JOB_TITLES_EN`: ``City Clerk``, ``Recording Secretary``)."""
    from pipeline.names import post_head

    cells = [c.split() for c in re.split(r"\t|[ \u3000]{2,}", text.strip()) if c.strip()]
    return bool(cells) and all(len(c) <= 4 and post_head(c[-1], len(c) > 1) and all(w[:1].isupper() for w in c)
                               for c in cells)


def _signature_block(lines: list[Text], members: list[int], labelled: list[bool]) -> bool:
    """The lines ``members`` (one text box) are a signature's block: each a signature's label over its rule or alone
    (:data:`_SIGNATURE_RULE`), a label and its value (``Signed: Tom Reyes, Secretary``, ``Date: 14 April 2026``), or,
    under such a line, the signer's name (:func:`~pipeline.segment.names.name_shaped`, a comma and a post or the post
    in brackets after it), a post alone (``Chair``, ``Secretary``: an English post, :func:`pipeline.names.english_post_words`)
    or a date alone (:func:`~pipeline.segment.labels.is_date_line`); and a signer's name under a label or a rule left
    to sign on, at least, shows that it is one (a box of labels and values only is read as fields already).

    Why: minutes close on ``Signed: ______`` / ``Margaret Ellison`` / ``Chair`` / ``14 April 2026``; only the name
    under its label was read, the post and the date made the box no closing block, and the whole closing (the action
    list with it) stayed the last section's text (trial 43's brief).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> block = lambda *ss: _signature_block(mk(*ss), list(range(len(ss))), [closing_label(s) is not None for s in ss])
    >>> block("Signed: ____________", "Margaret Ellison", "Chair", "14 April 2026"), block("Signed:", "Tom Reyes (Secretary)")
    (True, True)
    >>> block("Signed ..................... (Chair)", "Date ....................."), block("Action items:", "- Ann: send it")
    (True, False)
    >>> block("Signed: ____________ (Chair)", "Date: ____________"), block("To be continued...")
    (True, False)
    >>> block("Signed: Tom Reyes, Secretary", "Approved: Helen Okafor, Chair"), block("Margaret Ellison", "Chair")
    (False, False)
    >>> block("Certified correct:", "_______      _______", "Mayor\tCity Clerk"), block("__________"), block("____   ____", "See you")
    (True, False, False)
    """
    from pipeline.names import english_post_words

    signed, under, ruled = False, False, False
    for i, lab in zip(members, labelled):
        s = lines[i].text.strip()
        named = name_shaped(re.split(r"[,(（]", s)[0].strip())  # ``Tom Reyes, Secretary``, ``Tom Reyes (Secretary)``
        if _RULE_ROW.match(s):
            # blank rules side by side (``_____`` TAB ``_____``): a signature's only where posts or names are under them
            under, ruled = True, True
            continue
        if ruled and _posts_row(s):
            signed = True  # ``Mayor`` TAB ``City Clerk`` under the rules: the posts that sign (trial 55b)
            continue
        ruled = False
        if _SIGNATURE_RULE.match(s):
            signed |= re.search(_RULE, s) is not None
            under = True
        elif under and (named or is_date_line(s) or (s and english_post_words(s.split()) == len(s.split()))):
            signed |= named
        elif lab or label_alone(s) is not None:
            under = True
        else:
            return False
    return signed


def _listed(lines: list[Text], members: list[int], labelled: list[bool]) -> bool:
    """The lines ``members`` under a label alone are its list: each a list's item (``- …``, ``1. …``), a label and its
    value, or a wrapped item's next line (opening in small letters after an item)."""
    item = False
    for i, lab in zip(members, labelled):
        text = lines[i].text.strip()
        if item_mark(text) is not None:
            item = True
        elif lab:
            item = False
        elif not (item and text[:1].islower()):
            return False
    return True


def _closing_statement(text: str) -> bool:
    """A document's closing statement: a meeting's adjournment (:func:`~pipeline.segment.events.is_adjournment`) or
    a policy's or bylaw's adoption (:func:`~pipeline.segment.events.is_enactment`)."""
    return is_adjournment(text) or is_enactment(text)


def _adjournment_foot(lines: list[Text], layout: Layout, starts: list[int]) -> set[int]:
    """The record's adjournment (:func:`~pipeline.segment.events.is_adjournment`, ``（午後3時40分 閉会）``) alone in
    the document's last box (a blank line over it), after the last section's heading's box, with the box right over
    it where that is one speaker's turn (:func:`~pipeline.segment.labels.speaker_turn`, the chair closing the
    meeting) under a section whose text is no turns (``決定事項`` / its items): the record's closing lines.

    >>> from pipeline.model import LineLayout
    >>> raw = ["決定事項", "・原案のとおり了承した。", "", "○委員長　閉会いたします。", "", "（午後3時40分 閉会）"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> sorted(_adjournment_foot(ls, Layout(tuple(LineLayout() for _ in raw), (3, 5)), [0]))
    [2, 3]
    """
    if not lines or not starts or not is_adjournment(lines[-1].text):
        return set()
    box = boxes(lines, layout)
    last = len(lines) - 1
    if last == 0 or box[last - 1] == box[last] or box[starts[-1]] == box[last]:
        return set()
    out = {last}
    over = [i for i in range(last) if box[i] == box[last - 1]]
    if len(over) == 1 and box[starts[-1]] != box[over[0]] and speaker_turn(lines[over[0]].text) \
            and not (starts[-1] + 1 < len(lines) and speaker_turn(lines[starts[-1] + 1].text)):
        out.add(over[0])
    # (the last section keeps text of its own: under a heading ``3　閉会``, the adjournment is that item's text)
    return out if min(out) > starts[-1] + 1 else set()


def _closing(lines: list[Text], layout: Layout, numbered: list[int]) -> tuple[dict[int, int], set[int]]:
    """:func:`closing_blocks` and :func:`closing_fields` read once."""
    if len(numbered) < 2 or not lines:
        return {}, set()
    box = boxes(lines, layout)
    opens_box = [at == 0 or box[at] != box[at - 1] for at in numbered]
    last = numbered[-1]
    if not all(opens_box[1:]) or any(len(set(box[at:nxt])) != 1 for at, nxt in zip(numbered, numbered[1:])):
        # items set one under the other with no blank line (a text dump's minutes): only the signature under the last
        # item's text, its adjournment and signer's lines, is read as closing front matter (session 62: ``Meeting
        # closed at 8.20 pm.`` / ``Signed: ____ (Chair)`` / ``Date: ____`` had been ``5. AOB``'s paragraphs)
        return {}, set(_signature_tail(lines, list(range(last + 1, len(lines)))))
    tail = _signature_tail(lines, [i for i in range(last + 1, len(lines)) if box[i] == box[last]])
    if tail:
        # set under the last item's text with no blank line, the signature's lines are a box of their own
        box = [b + 0.5 if i in tail else b for i, b in enumerate(box)]
    rest = [i for i in range(last, len(lines)) if box[i] != box[last]]
    if not rest:
        return {}, set()
    found: dict[int, int] = {}
    fields: set[int] = set()
    by_box: dict[int, list[int]] = {}
    for i in rest:
        by_box.setdefault(box[i], []).append(i)
    # a label alone over the next box (``Certified correct:`` / a blank line / its rules and posts) is that box's
    # caption: read with it, as ``Signed:`` over its rule is (trial 55b)
    order = sorted(by_box)
    for b, nxt in zip(order, order[1:]):
        if len(by_box[b]) == 1 and (t := lines[by_box[b][0]].text.strip()).endswith((":", "：")) \
                and closing_label(t) is None and (label_alone(t) is not None or _SIGNED_FOR.match(t)):
            by_box[nxt] = by_box.pop(b) + by_box[nxt]
    for b in sorted(by_box):
        members = by_box[b]
        head = lines[members[0]].text
        labelled = [closing_label(lines[i].text) is not None for i in members]  # each line read once
        if _BODY_END.match(head) and len(members) == 1 and b == order[-1]:
            # ``以上`` alone closing the record after the closing blocks (``次回開催：…`` / ``以上``): front matter, as the
            # fields over it are (fresh-user trial 60: the block had been no closing block, and ``決定事項`` the last
            # item's paragraph)
            found[members[0]] = len(head)
            fields.add(members[0])
            continue
        if _BODY_END.match(head) and len(members) > 1:
            # ``以上`` ends the body, the last item's own line: what it is over is the closing block
            members, labelled, head = members[1:], labelled[1:], lines[members[1]].text
        while len(members) > 1 and _closing_statement(lines[members[-1]].text):
            # the closing statement under the next meeting's date (``Date of next meeting: …`` / ``Meeting closed at
            # 8.40 pm.``): front matter, as at a block's head (fresh-user trial 60)
            found[members[-1]] = len(lines[members[-1]].text)
            fields.add(members[-1])
            members, labelled = members[:-1], labelled[:-1]
        if _closing_statement(head):
            # the record's closing statement (``The meeting closed at 8.25 pm.``; a policy's ``Adopted by Council …,
            # 3 June 2025.``, fresh-user trial 62), alone or over the signature: front matter, as the signature is,
            # never the last agenda item's or section's text (trial 49)
            found[members[0]] = len(head)
            fields.add(members[0])
            members, labelled = members[1:], labelled[1:]
            if not members:
                continue
            head = lines[members[0]].text
        if _SIGNED_FOR.match(head.strip()) and len(members) > 1 and all(labelled[1:]):
            # a signature block's caption over the signers' labelled rows (``Signed on behalf of the Club:`` /
            # ``Chair: Margaret Ovendale   Date: 14 March 2025``): the document's closing fields
            found[members[0]] = len(head)
            for i in members[1:]:
                found[i] = _value_start(lines[i].text)
            fields.update(members)
            continue
        if _signature_block(lines, members, labelled):
            # a signature's block: ``Signed: ______`` (or ``Signed:``) with the signer's name, post and date under it
            for i in members:
                found[i] = len(lines[i].text)
            fields.update(members)
        elif not labelled[0] and label_alone(head, bare=True) is not None and len(members) >= 2 and _listed(lines, members[1:], labelled[1:]):
            # a label over its list, with its colon or without (``Action items`` / ``- Tom: …``, trial 41's minutes)
            found[members[0]] = len(head)
        elif all(labelled):
            for i in members:
                text = lines[i].text
                found[i] = _value_start(text)
            fields.update(members)
        else:
            return {}, set()
    return found, fields


CONTACT_OFFICE_LINES = 2
"""Lines between ``以上`` and a contact block with no heading that the block takes (its office, its division): a
notice's contact opens on who to contact, then how."""
MAX_CONTACT_LINES = 8
"""Lines a closing contact block holds at most under its heading (an office, a person, an address, numbers)."""
ContactBlock = tuple[int | None, list[int]]
"""A closing contact block: the index of its heading or ``None``, and its lines' (:func:`contact_block`)."""


def contact_block(lines: list[Text]) -> ContactBlock:
    """A closing contact block at the document's end: ``(heading, lines)``, the index of its heading (``問い合わせ先``,
    ``お問い合わせ``, ``Contact``: :func:`~pipeline.segment.labels.is_contact_heading`) or ``None``, and its lines.

    Under a heading: up to :data:`MAX_CONTACT_LINES` lines to the end, each short and no sentence (an office, a
    person, an address), one of them at least a means of contact (:func:`~pipeline.segment.contacts.contact_line`).
    Without one: the last lines, two or more, each a means of contact (``担当：…`` / ``電話：…``, ``Tel: …`` /
    ``E-mail: …``), one at least labelled. Else ``(None, [])``.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> contact_block(mk("本文です。", "以上", "問い合わせ先", "みどり町町内会 事務局", "担当：川村 和子", "電話：03-1234-5678"))
    (2, [3, 4, 5])
    >>> contact_block(mk("Text ends here.", "Tel: 01632 960123", "E-mail: info@example.org"))
    (None, [1, 2])
    >>> contact_block(mk("Contact", "Write to us.", "E-mail: info@example.org")), contact_block(mk("本文です。", "電話：03-1234-5678"))
    ((None, []), (None, []))

    The last line alone, a contact heading's words, then (parted by an ideographic space, two spaces or a colon) an
    office and a means of contact, each no sentence (``問い合わせ　広報課　電話072−615−0111``: a newsletter's foot, trial
    55b, where it had been the last article's paragraph), is a closing contact block of one line with no heading of
    its own.

    >>> contact_block(mk("本文です。", "問い合わせ　広報課　電話072−615−0111")), contact_block(mk("本文です。", "問い合わせは電話で受け付けます。"))
    ((None, [1]), (None, []))
    """
    if lines and end_mark(lines[-1].text):
        lines = lines[:-1]  # a press release's end mark closes the document under its contact (``###``): no contact line
    registered = len(lines)
    while registered > 1 and (registration_line(lines[registered - 1].text) or web_address_line(lines[registered - 1].text)):
        registered -= 1
    if registered < len(lines):
        # the issuing body's registration numbers and web address closing the document (``Registered charity no.
        # 1098765 · Company no. …``, ``www.…``): the closing block's last lines, under its contact block or address; the
        # numbers alone too, never a web address alone (a reference's URL wrapped onto its line; helper close82)
        heading, block = contact_block(lines[:registered])
        if not block and registered > 1 and credit_with_contact(lines[registered - 1].text):
            # an editor's credit with the address to write to (``Editor: Helen Marsh, 4 Church Lane, … ·
            # helen@…``) over the registration: the closing block's, one line (issue 16 point 2, helper newsl85)
            block = [registered - 1]
        if not block and (note := closing_note(lines, registered)) is not None:
            # the editor's note saying where to write to, over the publisher's registration (helper newsb85)
            block = list(range(note, registered))
        if block or any(registration_line(t.text) for t in lines[registered:]):
            return heading, block + list(range(registered, len(lines)))
    n = len(lines)
    k = n
    while k > 0 and n - k < MAX_CONTACT_LINES and not is_contact_heading(lines[k - 1].text) \
            and contact_shaped(lines[k - 1].text):
        k -= 1
    if k > 0 and k < n and is_contact_heading(lines[k - 1].text) \
            and any(contact_line(t.text) or ends_on_contact(t.text) or _bracketed_means(t.text) for t in lines[k:]) \
            and not any(is_date_line(t.text.strip()) for t in lines[k:]):
        # (the office and its means of contact on one line under the heading, ``税務課 市民税係　電話 054-…``; a date
        # under the block dates the notice's signature under it, which closes the document: fresh-user trial 64d)
        return k - 1, list(range(k, n))
    if k > 0 and 0 < n - k <= CONTACT_OFFICE_LINES and is_contact_heading(lines[k - 1].text) \
            and not any(is_date_line(t.text.strip()) or is_prose(t.text) for t in lines[k:]):
        # a heading over the office alone, no means of contact under it (``お問い合わせ`` / ``富山市上下水道局給水課``:
        # fresh-user trial 70c, where the two had stayed the last item's paragraphs): the heading says what the
        # lines are, so up to two short lines that end no sentence are the block
        return k - 1, list(range(k, n))
    k = closing_means([t.text for t in lines])
    signed = _signed_above(lines, k) if k < n else k
    if signed < k:
        return None, list(range(signed, n))
    if n - k >= 2 and k > 0 and any(not contact_value(t.text) for t in lines[k:]):
        return None, list(range(k, n))
    if n >= 2 and (one_line_contact(lines[-1].text) or _signed_contact_line(lines[-1].text)
                   or (contact_foot_line(lines[-1].text) and not contact_foot_line(lines[-2].text)
                       and not contact_line(lines[-2].text)
                       and not any(_says_contact(t.text) for t in lines[max(0, n - 1 - MAX_CONTACT_LINES):n - 1]))):
        # (a contact line with no heading's words closes the document alone, never a list of offices' last item:
        # ``浄光寺　寺務所　電話 …``, helper close82; nor under a contact heading's words, whose rule reads the block or
        # leaves it: a web page's ``このページに関するお問い合わせ`` over its site's footer, test_segment_web54)
        if n >= 3 and one_line_contact(lines[-2].text) and {script_of(lines[-2].text), script_of(lines[-1].text)} == {JA, EN}:
            # the contact line in both languages, a line each (``お問い合わせ：金沢市観光協会　電話 …`` / ``Enquiries:
            # Kanazawa City Tourism Association, tel. …``): one block, the twins kept together (fresh-user trial 73's
            # bilingual leaflet, helper news73: the English had gone to front, the Japanese stayed in the last spot)
            return None, [n - 2, n - 1]
        return None, [n - 1]
    postal = _postal_foot(lines, k)
    if postal:
        return None, postal
    return _secretariat_foot(lines)


POSTAL_FOOT_LINES = 6
"""Lines a postal address closing a document holds at most (its body's or person's name, up to two street lines, a
town, a region, a postcode)."""


def _postal_foot(lines: list[Text], means: int) -> list[int]:
    """The lines of a postal address closing the document where no contact heading or labelled means stands over it:
    set one part a line, its street to its postcode or country on the last lines (:func:`~.tables.address_lines`:
    ``14 Mill Road`` / ``Ashby Green`` / ``AG3 5TR``), with the body's or the person's name over the street (a line
    no sentence, no date, :func:`~.contacts.contact_shaped`); or on one line with its postcode (``Ashford Vale
    Academy, Mill Lane, Ashford Vale AV4 7QT``, :func:`~.organisations.is_address_line`) right over the means of
    contact closing the document (``means``: :func:`~.contacts.closing_means`, one line). The line over the block ends
    a sentence or a signature's field, or stands apart as a date: the address is the document's foot, not a list's item.
    ``[]`` where there is none.

    Why (session 81, helper minutes81; fresh-user trial 80d's prospectus, a made-up AGM's minutes): an English
    document closing on its sender's address had it as the last section's paragraphs (``Admissions``, ``Item 4``): it
    is the closing block (docs/segment.md, closing blocks), as a Japanese notice's office and telephone are.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _postal_foot(mk("Date: 8 March 2025", "Riverside Allotment Society", "14 Mill Road", "Ashby Green", "AG3 5TR"), 5)
    [1, 2, 3, 4]
    >>> _postal_foot(mk("Open evenings are in October.", "Ashford Vale Academy, Mill Lane, Ashford Vale AV4 7QT",
    ...                 "Tel 01632 960 418 · office@example.org"), 3)
    [1, 2]
    >>> _postal_foot(mk("Members visited", "14 Mill Road", "Ashby Green", "AG3 5TR"), 4)  # a sentence going on over it
    []
    """
    from pipeline.segment.organisations import is_address_line

    n = len(lines)
    texts = [t.text.strip() for t in lines]

    def over_ok(k: int) -> bool:
        over = texts[k - 1] if k > 0 else ""
        return k > 0 and (_is_sentence_end(over) or is_date_line(over) or closing_label(over) is not None)

    pieces = [p for p in re.split(r"\s+[·•|]\s+", texts[-1]) if p] if texts else []
    if pieces and all(contact_line(p) for p in pieces):
        means = min(means, n - 1)  # ``Tel 01632 960 418 · admissions@…``: means set side by side behind a dot
    if means == n - 1 and n >= 3 and is_address_line(texts[n - 2]) and over_ok(n - 2):
        return [n - 2, n - 1]
    tail = max(0, n - POSTAL_FOOT_LINES)
    found = address_lines(texts[tail:])
    if not found or max(found) + tail != n - 1:
        return []
    k = min(found) + tail
    if k > 0 and k - 1 > tail - 1 and contact_shaped(texts[k - 1]) and not _is_sentence_end(texts[k - 1]) \
            and not is_date_line(texts[k - 1]) and closing_label(texts[k - 1]) is None:
        k -= 1  # the body's or the person's name over its street
    return list(range(k, n)) if over_ok(k) else []


_MEANS_IN_BRACKETS = re.compile(r"[(（]([^()（）]{4,40})[)）]$")


def _bracketed_means(text: str) -> bool:
    """A contact block's line that gives its means of contact in brackets after the office (``시립도서관 운영팀 (전화
    02-345-6789)``, ``総務課（電話 0123-45-6789）``): read under a contact heading only.

    >>> _bracketed_means("시립도서관 운영팀 (전화 02-345-6789)"), _bracketed_means("総務課（内線 215）"), _bracketed_means("（注）")
    (True, False, False)
    """
    m = _MEANS_IN_BRACKETS.search(text.strip())
    return m is not None and (contact_line(m.group(1)) or contact_value(m.group(1)))


SECRETARIAT_FOOT_LINES = 3
"""Lines a document's closing issuer block naming its secretariat holds at most (``【事務局】`` / the office / its
division)."""
_SECRETARIAT = re.compile(rf"^[{re.escape(CONTACT_HEADING_OPENERS)}]?事務局[{re.escape(CONTACT_HEADING_CLOSERS)}]?(?:[ \u3000]|$)|事務局$")
"""A line naming a meeting's secretariat as its issuer: ``事務局`` opening it as a label (``事務局　総務課``, ``【事務局】``,
behind a contact heading's marks) or ending it as the body's office (``ひなた市文化振興審議会事務局``), never a sentence
about it (``事務局から…``)."""


def _secretariat_foot(lines: list[Text]) -> ContactBlock:
    """A closing issuer block with no means of contact: the document's last lines (up to
    :data:`SECRETARIAT_FOOT_LINES`), each short and no sentence (:func:`~.contacts.contact_shaped`), one of them naming the
    secretariat (:data:`_SECRETARIAT`), the line over them prose or ``以上``. A record's or a notice's issuer, front as
    a contact block is (decision, session 62, helper minutes62): ``ひなた市文化振興審議会事務局`` / ``（…文化振興課）`` under
    the last speech, ``さくら台市立図書館`` / ``事務局　総務課`` under a notice, had been the last section's paragraphs.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _secretariat_foot(mk("休館します。", "さくら台市立図書館", "事務局　総務課"))
    (None, [1, 2])
    >>> _secretariat_foot(mk("次回は9月に開催する。", "【事務局】", "みなみ台市 都市整備部 公園緑地課"))
    (None, [1, 2])

    A roster's last line (the line over it no prose) and a sentence about the secretariat are none:

    >>> _secretariat_foot(mk("委員　田中 一郎", "委員　鈴木 花子", "事務局　総務課長 山田 太郎")), _secretariat_foot(mk("報告した。", "事務局から説明があった。"))
    ((None, []), (None, []))
    """
    n = len(lines)
    k = n
    while k > 0 and n - k < SECRETARIAT_FOOT_LINES and contact_shaped(lines[k - 1].text) \
            and not speaker_turn(lines[k - 1].text) and not _BODY_END.match(lines[k - 1].text):
        k -= 1
    if k == 0 or k == n or (contact_shaped(lines[k - 1].text) and not _BODY_END.match(lines[k - 1].text)):
        return None, []
    if not any(_SECRETARIAT.search(lines[i].text.strip()) for i in range(k, n)):
        return None, []
    return None, list(range(k, n))


def _signed_above(lines: list[Text], k: int) -> int:
    """Where a closing contact block with neither heading nor label opens, its means of contact from line ``k`` on:
    up to :data:`CONTACT_OFFICE_LINES` short lines over them that end no sentence and give none (a person's name, a
    post, an office: ``Lars Eriksen`` / ``Communications Officer, City of Bergen`` over ``+47 21 80 21 80`` /
    ``lars.eriksen@…``), the line over those prose (a sentence's end or a line longer than a contact's). ``k`` where
    there are none. Why (helper news59, issue 16): a press release's contact without ``Media contact:`` over it had
    stayed its story's last paragraphs, or its post line a heading; ``以上`` is the body's end, no office
    (:func:`split_paper` reads it).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _signed_above(mk("The portal opens in June.", "Lars Eriksen", "Press Officer", "+47 21 80 21 80"), 3)
    1
    >>> _signed_above(mk("Chair", "Anne Lee", "anne@example.org"), 2), _signed_above(mk("We met.", "以上", "電話：03-1234-5678"), 2)
    (2, 2)
    >>> _signed_above(mk("本文です。", "このページに関するお問い合わせ", "環境課", "電話：0465-00-0000"), 3)  # under its heading
    3
    """
    j = k
    while j > 0 and k - j < CONTACT_OFFICE_LINES and not contact_line(lines[j - 1].text) \
            and not _says_contact(lines[j - 1].text) and not _BODY_END.match(lines[j - 1].text) \
            and contact_shaped(lines[j - 1].text):
        j -= 1
    return j if 0 < j < k and not contact_shaped(lines[j - 1].text) else k


def _says_contact(text: str) -> bool:
    """A line holding a contact heading's words (:data:`~pipeline.segment.labels.CONTACT_HEADINGS`: ``このページに関する
    お問い合わせ``, ``Contact``): it heads the block, whose heading rule reads it (:func:`contact_block`), so no block
    without a heading opens on or under it (a web page's ``このページに関するお問い合わせ`` / ``環境課 ごみ対策係`` /
    ``電話：…`` stays the page's text, test_segment_web54)."""
    s = text.casefold()
    return is_contact_heading(text) or any(re.search(rf"(?<![a-z]){re.escape(h)}(?![a-z])", s) if h.isascii() else h in s
                                           for h in CONTACT_HEADINGS if len(h) > 2)


def contact_block_joined(block: ContactBlock, lines: list[Text], paragraphs: list[Text]) -> ContactBlock | None:
    """``block``, found among ``lines`` (:func:`contact_block`), as indexes of ``paragraphs``, the paragraphs joined from
    ``lines``: the block closes both, each of its lines a paragraph of its own (the joining keeps them apart); ``None``
    where one of them was joined after all.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("本文の", "続きです。", "問い合わせ先", "担当：川村 和子", "電話：03-1234-5678")
    >>> paragraphs = [Text.join(lines[:2])] + lines[2:]
    >>> contact_block_joined(contact_block(lines), lines, paragraphs), contact_block(paragraphs)
    ((1, [2, 3]), (1, [2, 3]))
    >>> contact_block_joined(contact_block(lines), lines, paragraphs[:-2] + [Text.join(paragraphs[-2:])]) is None
    True
    """
    heading, members = block
    shift = len(paragraphs) - len(lines)
    held = ([heading] if heading is not None else []) + members
    if any(i + shift < 0 or paragraphs[i + shift] != lines[i] for i in held):
        return None
    return (heading + shift if heading is not None else None), [i + shift for i in members]


_TITLE_WORD = SIGNATURE_WORD
"""A word of a name, post or office as a signature sets it (:data:`pipeline.names.SIGNATURE_WORD`)."""


def _signed_contact_line(text: str) -> bool:
    """An English signature set on one line, parted by commas: a post, an office or a name (:func:`signed_pieces`),
    then the means of contact (:func:`~pipeline.segment.labels.contact_line`), at least one piece before it. A
    notice's foot (``Clerk to the Council, Ashcombe Parish Council, Tel. 01632 960 418``: fresh-user trial 63, where it
    had been the agenda's last paragraph) is a closing contact block of one line, as a Japanese notice's
    ``（担当）総務課　佐藤　電話…`` is.

    >>> _signed_contact_line("Clerk to the Council, Ashcombe Parish Council, Tel. 01632 960 418")
    True
    >>> _signed_contact_line("Jane Doe, Events Officer, Email events@example.org")
    True

    A sentence with a number at its end, or a contact without a signature before it, is none:

    >>> _signed_contact_line("Bookings are taken at the library, Tel. 01632 960 418")
    False
    >>> _signed_contact_line("Tel. 01632 960 418"), _signed_contact_line("Questions from residents.")
    (False, False)
    """
    return signed_contact_pieces(text) is not None


def signed_contact_pieces(text: str) -> int | None:
    """How many comma-parted pieces of an English signature set on one line come before its means of contact
    (:func:`_signed_contact_line`: ``Jane Doe, Events Officer, Email …`` → 2), else ``None``."""
    s = text.strip()
    if len(s) > MAX_CONTACT_LINE * 2:
        return None
    pieces = [p.strip() for p in s.split(",")]
    k = closing_means(pieces)
    return k if 0 < k < len(pieces) and signed_pieces(pieces[:k], titled=True) else None


_SIGNATURE_LABEL = re.compile("^(%s)(?:[ \u3000]*[:：]|\u3000|(?<=[A-Za-z]),|[ \u3000]*[_.…‥]{2,}|[ \u3000]*$)"
                              % "|".join(re.escape(f) for f in sorted(SIGNATURE_FIELDS, key=len, reverse=True)),
                              re.IGNORECASE)
"""A line that opens on the label of a minutes' signature or record field (:data:`pipeline.names.SIGNATURE_FIELDS`)
followed by its colon, an ideographic space (``議事録署名人　田村 一郎``), a rule or nothing: group 1 the label. An
English label may take a comma, as a close does (``Signed,`` / ``Margaret Olsen``, ``Signed, Margaret Olsen``:
fresh-user trial 64e, whose signer had been lost); the signer's name must still follow (:func:`signature_line`:
``Signed, sealed and delivered`` names no one)."""
_END_MARK = re.compile(r"^(?:#(?:[ \t]*#){2,}|[-–—][ \t]*30[ \t]*[-–—]|[-–—]*[ \t]*ENDS?[ \t]*[-–—]*"
                       r"|[-–—]+[ \t]*[Ee]nds?[ \t]*[-–—]+)$")
"""A press release's end mark alone on its line: ``###``, ``# # #``, ``-30-``, ``ENDS``, ``– END –``, ``- ends -`` (AP and
PR usage: the release's text ends there)."""


def end_mark(text: str) -> bool:
    """``text`` is a press release's end mark alone on its line (:data:`_END_MARK`), white space around it aside.

    >>> [end_mark(s) for s in ("###", "# # #", "-30-", "- 30 -", "ENDS", "– END –", "-ends-", " ### ")]
    [True, True, True, True, True, True, True, True]
    >>> [end_mark(s) for s in ("##", "End", "Ends here.", "30", "# Heading", "THE END", "-")]
    [False, False, False, False, False, False, False]
    """
    return _END_MARK.match(text.strip(" \t\u3000")) is not None


_BODY_END = re.compile("^[ \u3000]*以上[ \u3000]*$")
"""``以上`` alone on its line: a Japanese document's body ends there (what follows is its signature or contact)."""


MAX_LINES_AFTER_MARK = 3
"""Lines (a signer's post and name, a date, an office) a notice with no heading may set under its closing ``以上``, none
ending a sentence, for the mark still to close its body (:func:`_closing_mark_unheaded`)."""


def _closing_mark_unheaded(lines: list[Text], taken: Collection[int] = ()) -> set[int]:
    """The closing ``以上`` alone on its line (:data:`_BODY_END`) of a document with no heading, and the lines under it
    (at most :data:`MAX_LINES_AFTER_MARK` beside ``taken``, the closing lines read already, none ending a sentence:
    its signer, its date), where running text stands over it; else nothing. The mark then closes the body as it does
    under a last heading (``split_paper``), a line of ``Paper.closing`` that segment sets aside to the ledger, and the
    lines under it are the notice's foot, front.

    Why (fresh-user trial 68c): a notice with items by label only (``記`` / ``日時　…`` / ``区域　…`` / ``以上``) has no
    heading, and its ``以上`` at the file's end, or over its signer (the PDF), had stayed the body's last paragraph,
    where a numbered notice's was set aside.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_closing_mark_unheaded(mk("断水いたします。", "記", "日時　7月10日", "以上")))
    [3]
    >>> sorted(_closing_mark_unheaded(mk("断水いたします。", "以上", "桜町水道事務所長　佐藤")))
    [1, 2]
    >>> _closing_mark_unheaded(mk("報告します。", "以上", "次に、予算について述べます。"))  # more text after it
    set()
    >>> sorted(_closing_mark_unheaded(mk("断水いたします。", "記", "日時　7月10日", "以上", "回覧後は次の方へお回しください。")))
    [3, 4]
    """
    for j in range(len(lines) - 1, -1, -1):
        if _BODY_END.match(lines[j].text) and j not in taken:
            break
    else:
        return set()
    after = [i for i in range(j + 1, len(lines)) if i not in taken]
    # (closing the items a ``記`` opened over it, the mark ends the body whatever stands under it: the lines there are
    # the notice's foot, a circular's ``回覧後は速やかに次の方へお回しください。`` too; helper talks85, trial 85a)
    paired = any(is_items_mark(t.text) for t in lines[:j])
    if len(after) > MAX_LINES_AFTER_MARK or not any(_running_text(t.text) for t in lines[:j]) \
            or (not paired and any(lines[i].text.rstrip()[-1:] in SENTENCE_END_MARKS for i in after)):
        return set()
    return {j, *after}


def _paired_closing_mark(lines: list[Text], starts: list[int], taken: Collection[int]) -> set[int]:
    """The ``以上`` alone on its line (:data:`_BODY_END`) after the last section's heading, closing the items a ``記``
    (:func:`~pipeline.segment.labels.is_items_mark`) opened over the first heading, and the lines under it (at most
    :data:`MAX_LINES_AFTER_MARK`, sentences too: a circular's ``回覧後は次の方へお回しください。``): the notice's
    closing mark and foot; else nothing. Without a ``記`` over the items, ``以上`` may close one part of a longer
    text (``以上、ご報告いたします。`` / ``以上`` / ``次に、…``) and stays where it stands.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_paired_closing_mark(mk("記", "1　日時　6月15日", "2　場所　全域", "以上", "回覧後は次の方へお回しください。"), [1, 2], ()))
    [3, 4]
    >>> _paired_closing_mark(mk("1　日時　6月15日", "2　場所　全域", "以上", "次に、秋の行事についてお知らせします。"), [0, 1], ())
    set()
    """
    marks = [j for j in range(starts[-1] + 1, len(lines)) if _BODY_END.match(lines[j].text) and j not in taken]
    if not marks or not any(is_items_mark(t.text) for t in lines[:starts[0]]):
        return set()
    j = marks[-1]
    after = [i for i in range(j + 1, len(lines)) if i not in taken]
    if not after or len(after) > MAX_LINES_AFTER_MARK:
        return set()
    return {j, *after}


def closing_mark(text: str) -> bool:
    """``text`` is a mark that says only that the body ended, alone on its line: a Japanese document's ``以上``
    (:data:`_BODY_END`) or a press release's end mark (:func:`end_mark`: ``###``, ``-30-``, ``ENDS``).

    >>> [closing_mark(s) for s in ("以上", "　以上　", "###", "-30-", "以上です。", "以上をもって閉会した。", "記")]
    [True, True, True, True, False, False, False]
    """
    return _BODY_END.match(text) is not None or end_mark(text)


def _in_contact_section(lines: list[Text], starts: Sequence[int], first: int) -> bool:
    """The closing contact lines from ``first`` on (found with no heading of their own: :func:`contact_block`) stand in
    the last section, headed by a contact heading (:func:`~pipeline.segment.labels.is_contact_heading`: ``３　問い合わせ先``,
    ``■申込み・問合せ先``), no ``以上`` between closing the body: the section's own lines, as the office and address
    over them are. Why (fresh-user trial 62d): a notice's ``電話`` and ``FAX`` lines under ``３　申込み・問合せ先`` (a
    sentence of its opening hours between, in a variant) had gone to ``front``, the office and address staying the
    section's. After ``以上`` a contact block is the notice's foot, front matter (decision, helper notes55)."""
    heading = max((i for i in starts if i < first), default=None)
    return heading is not None and is_contact_heading(lines[heading].text) \
        and not any(_BODY_END.match(t.text) for t in lines[heading + 1:first])


def signature_line(text: str) -> bool:
    """A line that opens on a signature's or record's label (:data:`_SIGNATURE_LABEL`) and names its signer after it:
    a person's name (:func:`~pipeline.segment.names.name_shaped`; a post before it, read as a speaker line's post
    before a name, or after a comma or in brackets: ``議事録署名人　理事 石井 弘``, ``Signed: Alan Price (Chair)``), or
    nothing but a rule or a colon, the name signed on it or set under it (``Signed: ______``).

    Why: ``記録`` labels a race's time as well as the minutes' recorder; ``記録：10秒52`` under the last item was read
    as the record's signature and moved out of the item into ``front`` (review 48).

    >>> signature_line("議事録署名人　田村 一郎"), signature_line("記録　理事 北川里美"), signature_line("Signed: A. Price (Chair)")
    (True, True, True)
    >>> signature_line("Signed: ________"), signature_line("記録：10秒52"), signature_line("記録：大会新記録")
    (True, False, False)
    >>> signature_line("Signed: ________ (Chair)"), signature_line("Signed: (see attached)")  # a rule, the signer's office
    (True, False)
    """
    from pipeline.segment.names import speaker_split

    s = text.strip()
    m = _SIGNATURE_LABEL.match(s)
    if m is None:
        return False
    value = s[m.end():].strip(" \u3000_.…‥:：")
    if value != s[m.end():].strip(" \u3000:：") and _SIGNER_POST.fullmatch(value):
        value = ""  # a rule to sign on, the signer's office in brackets after it (``Signed: ________ (Chair)``)
    head = re.split(r"[,，、(（]", value)[0].strip()
    return not value or name_shaped(head) or ((at := speaker_split(head)) is not None and name_shaped(head[at:]))


_SIGNER_POST = re.compile(r"[(（][^()（）]{1,30}[)）]")
"""The signer's office in brackets after the rule a record is signed on (``(Chair)``, ``（議長）``)."""


def _value_start(text: str) -> int:
    """Where the value of a closing field's line starts: after its label's colon, or after the ideographic space a
    signature's label is set off by (``議事録署名人　田村 一郎``)."""
    m = re.search(r"[:：]\s*", text)
    if m is not None:
        return m.end()
    m = _SIGNATURE_LABEL.match(text.strip())
    if m is None:
        return len(text)
    after = text.strip()[m.end(1):]
    return len(text) - len(text.lstrip()) + m.end(1) + len(after) - len(after.lstrip(" \u3000,"))


_SEALED = re.compile(r"^(?P<signer>\S.{0,40}?)[ \u3000]*(?:㊞|[（(]印[）)]|(?<=[ \u3000])印)$")
"""A line signed and sealed: the signer's post or label and name, then the seal's mark closing the line (``議　長
木村 正雄　㊞``, ``記録者　佐藤 花子（印）``, ``会長　山田太郎　印`` with a space before a bare ``印``, which else ends a
word: ``実印``)."""
_ATTESTATION = re.compile(r"(?:記名|署名)(?:押印|捺印)|押印する|捺印する")
"""A record's attestation over its signers: the record is signed and sealed (``…議長及び議事録署名人が次に記名押印する。``,
``…署名捺印する。``)."""


MAX_PARTY_LINES = 3
"""Lines a party's block sets over its sealed line at most (its label and address, its name, a department)."""
MAX_PARTY_LINE = 40
"""Characters a party's line holds at most (an address, a company's name)."""


def sealed_signatures(lines: Sequence[Text]) -> int | None:
    """Where a Japanese record's signature block closing ``lines`` opens: the lines at the end each signed and sealed
    (:data:`_SEALED`: a post and a name, the seal's mark ``㊞`` after them), one at least, the name whole or with a
    lost glyph (:func:`~pipeline.segment.names.name_shaped`), with the date over them and the attestation over the
    date (:data:`_ATTESTATION`: ``以上の議事の経過…記名押印する。``, wrapped over two lines or not) where they stand;
    else None.

    Why (session 81, helper minutes81, fresh-user trial 80d's 商店街 minutes): the chair's and the two signers'
    sealed lines, their date and the sentence that says they sign had been the paragraphs of the last part (``閉会``):
    they close the document, as a letter's signature and a judgment's judges do (docs/segment.md, closing blocks). A
    seal's mark is the signature's own evidence, so no label list is asked (``議　長``, ``会長``, ``記録者``).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sealed_signatures(mk("閉会を宣言した。", "以上を証するため、議長及び署名人が記名押印する。", "令和7年5月20日",
    ...                      "議　長　　木村 正雄　㊞", "署名人　\ufffd野 修　㊞"))
    1
    >>> sealed_signatures(mk("承認された。", "会長　山田太郎　印")), sealed_signatures(mk("実印", "書類を持参すること。"))
    (1, None)
    >>> sealed_signatures(mk("承認された。", "記録者　佐藤花子㊞", "以上"))
    1
    >>> sealed_signatures(mk("届出には印鑑が必要です。", "認め印（シャチハタ不可）"))

    A contract's parties sign so, each sealed line under the party's label, address and name (up to
    :data:`MAX_PARTY_LINES` short lines, no sentence, no date), the date over the first party (issue 16, helper
    close82, fresh-user trial 81a's 業務委託契約書, whose closing had stayed its last article's paragraphs):

    >>> sealed_signatures(mk("協議のうえ解決するものとする。", "本契約の成立を証するため、本書2通を作成し、甲乙記名押印のうえ、各1通を保有する。",
    ...                      "令和8年3月25日", "甲\u3000東京都港区芝浦三丁目4番5号", "株式会社みなと企画", "代表取締役\u3000佐藤 隆\u3000\u3000印",
    ...                      "乙\u3000神奈川県横浜市中区本町二丁目1番地", "有限会社サンライズ情報", "代表取締役\u3000森 由美\u3000\u3000印"))
    1
    >>> sealed_signatures(mk("承認された。", "持ち物", "会長　山田太郎　印"))  # no date nor sealed line over the lines
    2
    """
    from pipeline.segment.names import speaker_split

    end = len(lines)
    if end > 1 and _BODY_END.match(lines[-1].text):
        end -= 1  # ``以上`` under the signers: the closing mark, read by its own rule

    def sealed(text: str) -> bool:
        m = _SEALED.match(text.strip(" \u3000\t"))
        if m is None:
            return False
        signer = m.group("signer").strip(" \u3000")
        at = speaker_split(signer)
        parts = re.split(r"\u3000+| {2,}", signer)  # (a post spaced out to its column, ``議　長``, its name after it)
        names = [signer[at:].strip(" \u3000")] if at is not None else []
        names += [parts[-1], " ".join(parts[-2:])]
        return any(name_shaped(n) for n in names) and not _is_sentence_end(signer)

    def party_line(text: str) -> bool:
        s = text.strip(" \u3000\t")
        return bool(s) and len(s) <= MAX_PARTY_LINE and not _is_sentence_end(s) and not is_date_line(s) \
            and contact_shaped(s) and _SEALED.match(s) is None

    k = end
    while k > 0:
        if sealed(lines[k - 1].text):
            k -= 1
            continue
        # a party's lines over its sealed line (a contract's ``甲　東京都港区…`` / ``株式会社みなと企画`` over
        # ``代表取締役　…　印``): the party's block, where another party's sealed line or the date stands over them
        j = k
        while k < end and j > 0 and k - j < MAX_PARTY_LINES and party_line(lines[j - 1].text):
            j -= 1
        if j < k and k < end and j > 0 and (sealed(lines[j - 1].text) or is_date_line(lines[j - 1].text.strip(" \u3000"))):
            k = j
            continue
        break
    if k == end:
        return None
    if k > 0 and is_date_line(lines[k - 1].text.strip(" \u3000")):
        k -= 1
    if k > 0 and _ATTESTATION.search(lines[k - 1].text) and _is_sentence_end(lines[k - 1].text.strip()):
        k -= 1
        if k > 0 and not _is_sentence_end(lines[k - 1].text.strip()) and _ATTESTATION.search(
                lines[k - 1].text.strip() + lines[k].text.strip()) and not _ATTESTATION.search(lines[k].text):
            k -= 1  # the attestation wrapped, its seal's words on the second line
    return k


MIN_SEQUENCE_TWINS = 2
"""Sections of a top-level sequence that must each show their heading's translation set under their text for those
translations to be read as their twins, no headings: one English heading under a Japanese section is a subsection."""


def sequence_twins(lines: Sequence[Text], sequenced: dict, headings: Collection[int], named: Collection[int]) -> set[int]:
    """The indexes of ``named`` that translate the top-level sequence heading over them (``sequenced``: indexes to
    :class:`~pipeline.segment.kanalabels.SequenceLabel`, read before any numbered heading of ``headings``): an English
    short phrase under a Japanese heading, set after text of the section's own, between the heading and the next of
    its sequence; only where :data:`MIN_SEQUENCE_TWINS` sections or more show one.

    Why (issue 16 point 2, helper sect83; trial 82a's bilingual tourist leaflet): a spot's English name set under its
    Japanese text had headed a section of its own, and the next spot had been read as a subsection of it, unnumbered.

    >>> from pipeline.segment.kanalabels import SequenceLabel
    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("① 海門寺", "古刹です。", "Kaimonji Temple", "An old temple.", "② 灯台広場", "広場です。", "Lighthouse Square", "A square.")
    >>> seq = {0: SequenceLabel("circled", 1, 2), 4: SequenceLabel("circled", 2, 2)}
    >>> sorted(sequence_twins(doc, seq, (), {0, 2, 4, 6})), sorted(sequence_twins(doc[:6], seq, (), {0, 2, 4}))
    ([2, 6], [])
    """
    first_numbered = min(headings, default=len(lines))
    top = sorted(i for i in sequenced if i < first_numbered)
    twins = set()
    for a, b in zip(top, top[1:] + [len(lines)]):
        title = lines[a].text[sequenced[a].title_start:].strip()
        if script_of(title) != "ja":
            continue
        for j in sorted(named):
            if a + 1 < j < b and j not in sequenced and script_of(lines[j].text) == "en" and short_phrase(lines[j].text) \
                    and any(script_of(u.text) == "ja" for u in lines[a + 1:j]):
                twins.add(j)
                break
    return twins if len(twins) >= MIN_SEQUENCE_TWINS else set()


MAX_MIDDLE_CONTACT_LINES = 4
"""Lines a contact block under its heading in the middle of a document holds at most (an office, an address, a
telephone, an e-mail address)."""


def middle_contact_headings(lines: Sequence[Text], heads: Collection[int], closing_at: int | None = None) -> set[int]:
    """The contact headings (:func:`~pipeline.segment.labels.is_contact_heading`, unnumbered: no index of ``heads``)
    that head a contact block in the middle of ``lines``: one to :data:`MAX_MIDDLE_CONTACT_LINES` lines under the
    heading, each an office or an address (:func:`~.contacts.contact_shaped`, no sentence) or a means of contact, one
    at least giving a means (:func:`~.contacts.contact_line`, :func:`~.contacts.contact_foot_line`,
    :func:`~.contacts.one_line_contact`), and another heading (an index of ``heads``) right under them. The closing
    contact block's heading (``closing_at``) is read by its own rule (:func:`contact_block`).

    Decision (issue 16, helper sect83; docs/limits.md, *Session 82, close82*): such a block is a section of its own,
    titled by its heading, never the previous section's paragraphs (as it had been) nor the closing block (the
    document goes on under it). A heading over a sentence (``…生涯学習課までお尋ねください。``) is left as before.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("１．内容", "歴史を学びます。", "問い合わせ先", "生涯学習課\u3000電話 0123-45-6789", "２．申込方法", "はがきで。")
    >>> middle_contact_headings(doc, {0, 4}), middle_contact_headings(doc, {0})
    ({2}, set())
    >>> middle_contact_headings(mk("1. A", "Text.", "Contact", "Ask at the desk for help.", "2. B"), {0, 4})
    set()
    """
    found = set()
    for i, t in enumerate(lines):
        if i in heads or i == closing_at or not is_contact_heading(t.text) or explicit_number(t.text.strip()) is not None:
            continue
        j = i + 1
        while j < len(lines) and j not in heads and j - i <= MAX_MIDDLE_CONTACT_LINES and (
                contact_shaped(lines[j].text) and not _is_sentence_end(lines[j].text.strip())
                or contact_line(lines[j].text)):
            j += 1
        means = any(contact_line(u.text) or contact_foot_line(u.text) or one_line_contact(u.text) or office_and_means(u.text)
                    for u in lines[i + 1:j])
        if j > i + 1 and j in heads and means:
            found.add(i)
    return found


def closing_signatures(lines: Sequence[Text]) -> int | None:
    """Where the parties' or signers' block closing ``lines`` opens: a Japanese record's or contract's sealed lines
    (:func:`sealed_signatures`), else an English agreement's execution block
    (:func:`~pipeline.segment.executed.executed_signatures`: ``IN WITNESS WHEREOF …`` / ``Signed by …`` / ``for and on
    behalf of …``); None where neither closes them.

    Why (issue 16, helper sect83): an English agreement's parties close it as a Japanese contract's sealed parties do,
    and had stayed its last clause's paragraphs.
    """
    from pipeline.segment.executed import executed_signatures

    sealed = sealed_signatures(lines)
    return sealed if sealed is not None else executed_signatures(lines)


def _signature_tail(lines: list[Text], members: list[int]) -> list[int]:
    """The lines at the end of ``members`` (the last numbered section's box after its heading) that are minutes'
    signature and record fields set under the last item's text with no blank line: from the first line that opens on
    a signature's label and its signer (:func:`signature_line`: ``Signed: A. Price (Chair)``, ``議事録署名人　田村 一郎``;
    never ``記録：10秒52``, an item's race time) or that
    follows ``以上`` alone (:data:`_BODY_END`), to the box's end, each line such a field, a label and its value
    (:func:`closing_label`), a signer's name, a post alone or a date alone. At least one line of the item's own text
    stays above. ``[]`` where there is none.

    Why: minutes close on their signature under the last item (``8. Any other business`` / ``None.`` / ``Signed: …`` /
    ``Date: …``); parted by a blank line the fields were front matter already (:func:`closing_fields`), set straight
    under it they were read as the item's paragraphs (issue 16).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("4. Other business", "None.", "Signed: Alan Price (Chair)", "Date: 2 May 2024")
    >>> _signature_tail(doc, [1, 2, 3]), _signature_tail(doc, [2, 3])
    ([2, 3], [])
    >>> doc = mk("3. 夏祭り", "担当を決めた。", "以上", "議事録署名人　田村 一郎", "記録　佐藤 花子")
    >>> _signature_tail(doc, [1, 2, 3, 4])
    [3, 4]
    >>> doc = mk("4. Budget", "Signed contracts were reviewed: all in order.", "The chair thanked everyone.")
    >>> _signature_tail(doc, [1, 2])
    []
    >>> _signature_tail(mk("2. 陸上競技大会", "田中選手が大会新記録で優勝した。", "記録：10秒52"), [1, 2])
    []
    >>> _signature_tail(mk("5. Other business", "None.", "Meeting closed at 9.05 pm.", "Signed: A. Price (Chair)"), [1, 2, 3])
    [2, 3]
    """
    from pipeline.names import english_post_words

    for j in range(1, len(members)):
        i = members[j]
        if not (signature_line(lines[i].text) or _BODY_END.match(lines[members[j - 1]].text) or is_adjournment(lines[i].text)
                or _SIGNED_FOR.match(lines[i].text.strip())):
            continue
        rest = [lines[k].text.strip() for k in members[j:]]
        # (the record's closing statement may open the tail: ``The meeting closed at 8.25 pm.``, trial 49)
        if all(signature_line(s) or closing_label(s) is not None or is_date_line(s) or (k == 0 and _SIGNED_FOR.match(s))
               or name_shaped(re.split(r"[,(（]", s)[0].strip()) or (k == 0 and is_adjournment(s))
               or (s and english_post_words(s.split()) == len(s.split())) for k, s in enumerate(rest)):
            return members[j:]
        return []
    return []


_SIGNED_FOR = re.compile(r"^(?:Signed\s+)?(?:for\s+and\s+)?on\s+behalf\s+of\s+[^:：.。]{1,60}[:：]$", re.IGNORECASE)
"""A signature block's caption alone on its line (``Signed on behalf of the Association:``, ``Signed for and on behalf
of the Committee:``): the signers' rows under it (``Chair: Margaret Ovendale   Date: 14 March 2025``) sign the
document, no clause's text (fresh-user trial 79's constitution: the block had been its last clause's paragraphs)."""


MAX_CLOSING_LABEL = 6
"""Words the label of a closing block's line has at most (``Signed on behalf of the committee:``)."""
_CLOSING_LABEL = re.compile(r"^([A-Z][^\s:：]*(?:\s[^\s:：]+){0,%d})\s?[:：]\s*\S" % (MAX_CLOSING_LABEL - 1))


def closing_label(text: str) -> str | None:
    """The label of a closing block's line that gives a label and its value: a value's label
    (:func:`~pipeline.segment.labels.value_label`, three words at most), or a label of up to :data:`MAX_CLOSING_LABEL`
    words opening on a capital, as a signature's and a date's block set them (``Date of the next meeting: 14 April``,
    ``Signed on behalf of the committee: …``); a label with a comma or a full stop in it is a phrase. Only after the
    numbering, where every block is labelled (:func:`closing_blocks`), is such a line read so.

    >>> closing_label("Date of the next board meeting: Tuesday, 14 April 2026."), closing_label("Signed: Jan Ek, Chair")
    ('Date of the next board meeting', 'Signed')
    >>> closing_label("The minutes were approved, with thanks: all agreed."), closing_label("Date of next meeting:")
    (None, None)
    >>> closing_label("The meeting closed at 11:20."), closing_label("Meeting closed: 11:20")
    (None, 'Meeting closed')
    """
    label = value_label(text)
    if label is not None:
        return label
    m = _SIGNATURE_LABEL.match(text.strip())
    if m is not None and text.strip()[m.end():].strip(" \u3000_.…‥:："):
        return m.group(1)  # a signature's label and its signer (``議事録署名人　田村 一郎``)
    m = _CLOSING_LABEL.match(text.strip())
    if m is not None and m.group(1)[-1:].isdigit() and text.strip()[len(m.group(1)) + 1:][:1].isdigit():
        return None  # a clock's colon (``The meeting closed at 11:20.``) parts no label from its value
    return m.group(1) if m is not None and not any(c in m.group(1) for c in ",，、.．。") else None


MIN_TURNS = 2
"""Speakers' turns (:func:`~pipeline.segment.labels.speaker_turn`) a meeting's proceedings hold at least."""


def meeting_record(text: str) -> bool:
    """A line that says its document records a meeting: a field of minutes or of a form (``日時　…``, ``Present: …``,
    ``Present  A. Smith``: :func:`~pipeline.segment.labels.form_field`, :func:`~pipeline.segment.labels.field_line`),
    an agenda's label alone (``議題``, ``Agenda``), or a title naming the record's kind (``第5回 … 審議会 会議録``,
    ``Minutes of …``: :func:`~pipeline.segment.events.names_minutes`; minutes with no field and no agenda, issue 16)."""
    if form_field(text) is not None or field_line(text) is not None or agenda_label(text) or names_minutes(text):
        return True
    # a field numbered as a notice numbers its items (``１　日　時　　令和6年…``, ``３　出席委員　　…``: Japanese
    # committee minutes number their fields so; trial 35)
    end = number_end(text)
    return end is not None and form_field(text[end:].lstrip(" \u3000\t")) is not None


def proceedings_start(lines: Sequence[Text], end: int, above: Sequence[Text] = (), turns_to: int | None = None) -> int | None:
    """Where a meeting's proceedings open among the paragraphs before the first heading (``lines[:end]``): at the first
    speaker's turn (:func:`~pipeline.segment.labels.speaker_turn`, ``○委員長（山田太郎）　…``, ``Chair: …``), where
    :data:`MIN_TURNS` turns or more stand there and a field of minutes or an agenda's label (:func:`meeting_record`)
    stands before the first (among its paragraphs, or ``above`` them: the title block's lines the body does not
    hold); ``None`` otherwise. ``turns_to`` (the lines' end by default ``end``) bounds where the turns are counted:
    a council's record whose first heading is an agenda item it takes up (:func:`record_agenda_items`) opens its
    sitting with one turn before it, its other turns under the items.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("日時　5月1日", "○委員長（山田）　開会します。", "○委員（鈴木）　質問します。")
    >>> proceedings_start(doc, 3), proceedings_start(doc[1:], 2), proceedings_start(doc[1:], 2, mk("出席者　山田、鈴木"))
    (1, None, 0)
    >>> proceedings_start(mk("Present: A. Smith", "Chair: Welcome to the meeting.", "The minutes were approved."), 3) is None
    True
    """
    # (a transcript's evidence is the whole text's: a lecture's record opens on two turns, the chair's and the
    # lecturer's, and its other speakers take turns under its ``質疑応答``; session 81, trial 80e)
    within = end if turns_to is None else turns_to
    # (an interview's ``Q:`` / ``A:`` answered in turn too, :func:`~pipeline.segment.labels.qa_turns`: its turns had
    # all stood in the front matter under its title; session 85, helper labels85)
    # (where running text stands before the first question, the interview's lede, the body opens there as before)
    texts = [t.text for t in lines]
    qa = qa_turns(texts)
    if qa and any(_running_text(t) for t in texts[:min(qa)]):
        qa = set()
    transcript = {k for k in transcript_turns(texts) | qa if k < within}
    turns = sorted({k for k in range(within) if speaker_turn(lines[k].text)} | transcript)
    if len(turns) < MIN_TURNS or turns[0] >= end:
        return None
    first = turns[0]
    # a transcript's alternating speakers say themselves that the text records what was said; ``○`` turns ask a
    # field of minutes or an agenda's label (a ``○`` list looks like them)
    if not transcript and not any(meeting_record(t.text) for t in list(above) + list(lines[:first])):
        return None
    return first


def _running_text(text: str) -> bool:
    """A paragraph of running text ending on a sentence's end (:func:`~pipeline.segment.titleblock.is_prose`), no
    field (:func:`~pipeline.segment.labels.field_line`, :func:`~pipeline.segment.labels.form_field`: a record's ``In
    attendance: E. Clarke (Clerk), two members of the public`` reads as prose) and no speaker's turn.

    >>> _running_text("Members are summoned to attend a meeting on 3 May at 7 pm."), _running_text("In attendance: E. Clarke (Clerk), two members of the public")
    (True, False)
    """
    s = text.strip()
    return s.endswith(tuple(SENTENCE_END_MARKS)) and is_prose(s) and field_line(s) is None and form_field(s) is None \
        and not speaker_turn(s)


def _agenda_after_text(lines: list[Text], items: Collection[int]) -> set[int]:
    """The agenda's labels alone on their lines (:func:`~pipeline.segment.labels.agenda_label`: ``AGENDA``, ``Agenda:``,
    ``Order of business``, ``議題``) right over the first of their items (``items``, :func:`_agenda_items`) that stand
    after the document's running text (:func:`_running_text`: a notice's summons, ``Members of the Council are hereby
    summoned to attend …``): each heads a section of its own, unnumbered, titled by the label, its items its
    paragraphs, one a line (decision, issue 16, fresh-user trial 63b: the label and its items had been paragraphs of
    the summons' untitled section, the label read as one more line of text). Over no running text (an agenda page
    under the meeting's name, the label among a record's fields) the label and its items stay front lines, as decided
    in session 62 (docs/segment.md, *An agenda is no table of contents*).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("Members are summoned to attend a meeting to be held on 3 May.", "AGENDA", "1. Apologies", "2. Minutes")
    >>> _agenda_after_text(doc, {2, 3}), _agenda_after_text(doc[1:], {1, 2})
    ({1}, set())
    >>> _agenda_after_text(mk("Date: 5 April 2025", "Present: K. Moore (Chair), D. Singh", "Agenda", "1. Welcome", "2. Close"), {3, 4})
    set()
    """
    return {i - 1 for i in items if i > 0 and i - 1 not in items and agenda_label(lines[i - 1].text)
            and any(_running_text(t.text) for t in lines[:i - 1])}


def _title_cased_piece(text: str) -> bool:
    """A name, a post or an office as a signature sets it: up to six words, each capitalised or a short joining word
    (:data:`_TITLE_WORD`), one capitalised at least (``Ashcombe Parish Council``, ``Events Officer``)."""
    words = text.split()
    return 0 < len(words) <= 6 and all(_TITLE_WORD.fullmatch(w) for w in words) and any(w[0].isupper() for w in words)


def signed_pieces(pieces: Sequence[str], titled: bool = False) -> bool:
    """The pieces of an English signature under or after its signer's line, one reader for a signature on one line
    and one set over lines (review of session 63: :func:`_signed_contact_line` and :func:`_signed_foot` had each
    read them their own way). With ``titled`` (a line parted by commas: ``Clerk to the Council, Ashcombe Parish
    Council``) each piece is a name, a post or an office in title case (:func:`_title_cased_piece`); else (a box's
    lines under ``Signed: …``) each is a signer's name (before a comma or a bracket: ``Tom Reyes (Secretary)``), a
    post (:func:`signer_post`), a date alone, a label and its value, or another signature's line.

    >>> signed_pieces(["Jane Doe", "Events Officer"], titled=True), signed_pieces(["Bookings are taken at the library"], titled=True)
    (True, False)
    >>> signed_pieces(["Clerk to the Council", "7 April 2026"]), signed_pieces(["Please reply to the clerk before the meeting."])
    (True, False)
    """
    if titled:
        return bool(pieces) and all(_title_cased_piece(p) for p in pieces)
    return all(signature_line(s) or closing_label(s) is not None or is_date_line(s) or signer_post(s)
               or name_shaped(re.split(r"[,(（]", s)[0].strip()) or _post_and_office(s) for s in (p.strip() for p in pieces))


def _post_and_office(text: str) -> bool:
    """A signer's post, a comma, then its office in title case (``Head of Highways, Ashford Borough Council``,
    ``Director of Transport, Leeds City Council``): the post's own words (``Head of …``) are no name, so the line
    had been read as no signature's (fresh-user trial 64b; ``Returning Officer, …`` passed as a name's shape).

    >>> _post_and_office("Head of Highways, Ashford Borough Council"), _post_and_office("Head of Highways, we thank you")
    (True, False)
    """
    first, _, rest = text.partition(",")
    return bool(rest.strip()) and signer_post(first.strip()) and all(_title_cased_piece(p) for p in rest.split(","))


def notice_foot(lines: list[Text], last: int, run_of_one_liners: bool = False, above: Sequence[Text] = ()) -> list[int]:
    """The lines of a notice's foot standing right under its last numbered item (``lines[last]`` its heading): the
    closing signature (:func:`~.letters.closing_signer`: a Japanese officer's post and name, a Korean issuer, a Chinese
    issuing organ, an English ``Signed,`` / name / post, each with the dates under it), and over it, from the nearest
    up, its dates, a closing contact block under its heading (:func:`contact_block`: ``【問合せ先】`` / ``税務課 市民税係
    電話 …``, ``문의처`` / ``전화: …``, ``联系方式`` / ``联系电话：…``), a close (``Yours sincerely,``) or a signature's
    label alone (``Signed,``), and ``以上``; a contact block under the signature goes with it too. ``[]`` where no
    signature closes the item's lines.

    Why (issue 16, fresh-user trials 64d and 64e): a notice's closing block under its last numbered item had stayed
    that item's paragraphs (``3．持ち物　…`` / ``【問合せ先】`` / the office / the date / ``静岡県三島市長　鈴木 一郎``; a
    Chinese report's ``市生态环境局`` / its date under ``三、下一步计划``); a notice with no numbered item set its
    contact block in ``front`` already, and its signature closes its untitled body. The item's own text over the
    foot stays the item's.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("3．持ち物　印鑑", "【問合せ先】", "税務課　電話 054-221-1234", "令和7年1月20日", "三島市長　鈴木 一郎")
    >>> notice_foot(doc, 0)
    [1, 2, 3, 4]
    >>> notice_foot(mk("三、下一步计划", "继续推进绿色低碳发展。", "市生态环境局", "2025年1月15日"), 0)
    [2, 3]
    >>> notice_foot(mk("3．持ち物　印鑑", "【問合せ先】", "税務課　電話 054-221-1234"), 0)  # no signature: the contact block's rule
    []

    Where the last item closes a run of one-line items standing one under the other (``run_of_one_liners``: each a
    label and its value on the heading's line), the sentences set apart from it by a blank line over the foot (at
    most :data:`MAX_CLOSING_SENTENCES` lines, each ending a sentence) are the notice's closing words, no item's text,
    and go with the foot (decision, issue 16, fresh-user trial 65: ``이용에 불편을 드려 죄송합니다.`` had been item 3's):

    >>> doc = [Text.from_raw(s, n) for n, s in ((1, "3. 반납 안내: 반납함을 이용해 주십시오."),
    ...        (3, "이용에 불편을 드려 죄송합니다."), (5, "2026년 2월 10일"), (6, "한빛시장"))]
    >>> notice_foot(doc, 0, run_of_one_liners=True), notice_foot(doc, 0)
    ([1, 2, 3], [2, 3])
    """
    from pipeline.segment.letters import _SIGNED_LABEL, closing_signer, is_closing

    body = lines[last:]  # the heading read with the item's lines: a Chinese organ dated under a sub-item's heading
    # (``above``, the title block's lines, says what the document is: an English judgment's kind and parties)
    found = closing_signer(body, [*above, *lines[:last]]) if len(body) > 1 else None
    if found is None or found[0] < 1:
        return []
    k = found[0]
    while k > 1:
        over = body[k - 1].text.strip(" \u3000\t")
        if is_date_line(over) or is_closing(over) or (_SIGNED_LABEL.match(over) and not over[_SIGNED_LABEL.match(over).end():].strip()):
            k -= 1
            continue
        heading, _ = contact_block(body[:k])
        if heading is not None and heading > 0:  # (a contact heading that is the item's own heads its own lines)
            k = heading
            continue
        if _BODY_END.match(over):
            k -= 1
        break
    if run_of_one_liners and 1 < k <= 1 + MAX_CLOSING_SENTENCES and _set_apart(body[0], body[1]) \
            and all(_closing_sentence(t.text) for t in body[1:k]):
        k = 1
    return [last + i for i in range(max(k, 1), len(body))]


def contacts_over_form(lines: list[Text], last: int) -> tuple[list[int], int] | None:
    """``(contacts, label)`` of a notice whose last numbered item (``lines[last]`` its heading) is followed by its
    closing contact lines and then a form to fill in: the item's text ending a sentence, then, set apart from it by a
    blank line, one labelled contact line or more (:func:`~.contacts.labelled_contact`: ``お問い合わせ：町内会長
    森本（電話 …）``, ``所在地：長野県松本市…``), then the form's label, a short phrase (``出欠・確認欄``), over table rows
    (:data:`MIN_ROWS` or more, a TAB between their cells) that run to the document's end. ``None`` for any other end.

    Decision (issue 16 point 2, helper struct77, fresh-user trial 77a): the contact lines are the notice's closing
    block (``paper.closing``), as a contact block closing the document is; the form is a section of its own, titled by
    its label (closing paragraphs carry no tables, and the form is the notice's to fill in, no contact). They had all
    been the last item's paragraphs.

    >>> doc = [Text.from_raw(s, n) for n, s in ((1, "4．防災訓練の報告"), (2, "次回は春です。"), (4, "お問い合わせ：会長　森本（電話 0263-55-1208）"),
    ...        (5, "所在地：長野県松本市緑ヶ丘三丁目"), (7, "出欠・確認欄"), (8, "班\\t氏名\\t確認印"), (9, "1班\\t佐々木"), (10, "2班\\t高野"))]
    >>> contacts_over_form(doc, 0)
    ([2, 3], 4)
    >>> contacts_over_form(doc[:5], 0), contacts_over_form(doc[:1] + doc[2:], 0)  # no form; no text of the item's own
    (None, None)
    """
    from pipeline.segment.contacts import labelled_contact
    from pipeline.segment.tables import MIN_ROWS, row_cells

    n = len(lines)
    k = n
    while k - 1 > last and row_cells(lines[k - 1].text) is not None:
        k -= 1
    label = k - 1
    if n - k < MIN_ROWS or label <= last + 1 or not short_phrase(lines[label].text) or labelled_contact(lines[label].text):
        return None
    c = label
    while c - 1 > last + 1 and labelled_contact(lines[c - 1].text) and not _is_sentence_end(lines[c - 1].text):
        c -= 1
    if c == label or not _is_sentence_end(lines[c - 1].text) or not _set_apart(lines[c - 1], lines[c]):
        return None
    return list(range(c, label)), label


def unnumbered_foot(lines: list[Text], taken: Collection[int] = ()) -> list[int]:
    """The lines of a notice's foot closing a document with no numbered item: its date of issue and its issuer, one
    over the other in either order (``2026. 5. 15.`` / ``○○시장``; ``あおば市 公園緑地課`` / ``2025年8月1日``; ``南川市交通运输局``
    / ``2026年2月20日``; two issuers' lines allowed, ``西江市教育局`` / ``西江市财政局``), the document's last lines
    (``taken``, lines already read as front matter at its end, aside), under the body's running text. The issuer is
    what :func:`~.letters.closing_signer` reads dated so (a Japanese officer or office, a Korean issuer, a Chinese
    issuing organ, an English signature), the date set in the order that reader asks for where the notice prints the
    other. ``[]`` where the document's end is no such foot.

    Why (issue 16, helper notice66b after fresh-user trials 65 and 65d): a notice's foot under its last numbered item
    is its ``front`` since helper notice65, but a notice with no numbered item kept its date and issuer as its body's
    last paragraphs; the foot is the same block either way.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> unnumbered_foot(mk("休館します。", "ご協力をお願いします。", "令和7年6月20日", "みどり市教育委員会"))
    [2, 3]
    >>> unnumbered_foot(mk("欢迎市民踊跃参加。", "2026年3月1日", "西江市园林局"))
    [1, 2]
    >>> unnumbered_foot(mk("工事のため、一時的に断水します。", "以上", "令和7年7月1日", "かわせ町役場 上下水道課"))  # ``以上`` closing the body
    [1, 2, 3]
    >>> unnumbered_foot(mk("次回は", "2025年10月1日", "公園の清掃を行いました。"))  # a date heading a report's part
    []
    >>> doc = [Text.from_raw(s, n) for n, s in ((1, "開館時間を変更します。"), (2, "ご了承ください。"), (4, "ひばり市立図書館"))]
    >>> unnumbered_foot(doc), unnumbered_foot(doc[:2] + [Text.from_raw("ひばり市立図書館", 3)])  # set apart, or not
    ([2], [])
    """
    from pipeline.segment.letters import closing_signer

    n = len(lines)
    while n > 0 and n - 1 in taken:
        n -= 1
    for m in range(1, MAX_FOOT_ISSUERS + 1):
        k = n - m - 1  # the foot's first line
        if k < 1:
            break
        foot = list(range(k, n))
        dates = [i for i in foot if is_date_line(lines[i].text.strip(" \u3000\t"))]
        if len(dates) != 1 or dates[0] not in (k, n - 1) or any(i in taken for i in foot):
            continue
        date = lines[dates[0]]
        issuers = [lines[i] for i in foot if i != dates[0]]
        prefix = [lines[i] for i in range(k) if i not in taken]
        if not prefix or not _foot_over(prefix):
            continue
        for arranged in ([*prefix, date, *issuers], [*prefix, *issuers, date]):
            read = closing_signer(arranged, contact=False)
            at = len(prefix) + (1 if arranged[len(prefix)] is date else 0)
            if read is not None and (read[0], read[1]) == (at, at + m):
                # ``以上`` right over it closes the body: the foot's, as under a last numbered item (notice_foot)
                return [k - 1, *foot] if _BODY_END.match(lines[k - 1].text) and k - 1 not in taken else foot
    for m in range(1, MAX_FOOT_ISSUERS + 1):
        # no date: an issuing office closing the text set apart under its last sentence (``…開館します。`` / blank /
        # ``ひばり市立中央図書館``: ``letters.japanese_issuer``; fresh-user trial 70b's vertical notice), no person's name
        k = n - m
        prefix = [lines[i] for i in range(k) if i not in taken]
        if k < 1 or any(i in taken for i in range(k, n)) or not _foot_over(prefix):
            continue
        read = closing_signer([*prefix, *lines[k:n]], contact=False)
        if read is not None and (read[0], read[1]) == (len(prefix), len(prefix) + m) and read[2].name is None:
            return [k - 1, *range(k, n)] if _BODY_END.match(lines[k - 1].text) and k - 1 not in taken else list(range(k, n))
    return []


def _foot_over(prefix: list[Text]) -> bool:
    """``prefix`` (a notice's lines over its foot) holds its body: running text, or a run of tagged fields (a tender
    notice's ``【履行場所】…`` / ``【入札日時】…`` one a line, no sentence among them: :func:`~.labels.tagged_fields`, helper
    news84), so the date and the issuer under it are the notice's foot (:func:`unnumbered_foot`)."""
    return any(_running_text(t.text) for t in prefix) or bool(tagged_fields([t.text for t in prefix]))


MAX_FOOT_ISSUERS = 2
"""Issuers' lines a notice's foot names, one a line (``ひがし市教育委員会`` / ``中央図書館``; two organs issuing together)."""


MAX_CLOSING_SENTENCES = 3
"""The most lines a notice's closing words after its items run to (``이용에 불편을 드려 죄송합니다.``, ``ご不便をおかけしますが、
ご理解をお願いいたします。``): more is a paragraph of the last item's, or the body's text."""


def _set_apart(above: Text, below: Text) -> bool:
    """A blank line stands between ``above`` and ``below`` in the source (their raw lines not next to each other)."""
    end, start = last_line(above), first_line(below)
    return end is not None and start is not None and start > end + 1


def _closing_sentence(text: str) -> bool:
    """A line of running text ending a sentence (``。``, ``.``, ``!``), no heading, item, date, label or contact line."""
    s = text.strip(" \u3000\t")
    return len(s) >= 6 and s.endswith(("。", ".", "．", "!", "！")) and explicit_number(s) is None \
        and not is_date_line(s) and not _item_field(s, 0)


def _signed_over(lines: list[Text], heading: int) -> bool:
    """The lines right over a closing contact block's heading (``lines[heading]``) are the document's closing
    signature (:func:`~.letters.closing_signer`: a Japanese officer's post and name under a date or a sentence's end,
    an English ``Signed:`` and its post), dates under it allowed."""
    from pipeline.segment.letters import closing_signer

    body = lines[:heading]
    while body and not body[-1].text.strip():
        body = body[:-1]
    found = closing_signer(body, contact=False) if body else None
    return found is not None and all(is_date_line(t.text.strip()) for t in body[found[1]:])


def _leaded_boxes(lines: list[Text], layout: Layout) -> list[int]:
    """Box index of each line, as :func:`~.layout.boxes` gives, except that in a PDF two lines one line pitch apart
    at one left edge (:func:`~.measures.line_spacing`) share a box: pdfminer sets every line of loosely leaded text in
    a box of its own (its ``line_margin``), so a PDF's signature, ``Signed: Daniel Hughes`` / ``Head of Highways, …``
    20 pt apart under a 40 pt gap, had been two boxes and no signature's block (fresh-user trial 64b).

    >>> _leaded_boxes([Text.from_raw("a", 1), Text.from_raw("b", 2), Text.from_raw("c", 4)], Layout((), (3,)))
    [0, 0, 1]
    """
    from pipeline.segment.measures import line_spacing

    if not any(layout.boxed(t) for t in lines):
        return boxes(lines, layout)
    next_line = line_spacing(lines, layout)
    ids: list[int] = []
    for i, t in enumerate(lines):
        joined = i and (layout.same_box(lines[i - 1], t) if not (layout.boxed(lines[i - 1]) and layout.boxed(t))
                        else next_line(lines[i - 1], t))
        ids.append(ids[-1] if joined else (ids[-1] + 1 if ids else 0))
    return ids


def signatories_foot(lines: list[Text]) -> list[int]:
    """Indexes of the lines closing ``lines`` on a letter's close over its list of signatories
    (:func:`~.letters.signatories`), the labelled fields under them (``Reply to: …``) and blank lines included; else
    empty.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> signatories_foot(mk("We ask you to act.", "Yours sincerely,", "Ann Lee, Chair", "Tom Reyes, 4 Mill Lane", "Reply to: 4 Mill Lane"))
    [1, 2, 3, 4]
    >>> signatories_foot(mk("We ask you to act.", "Yours sincerely,", "Ann Lee", "Chair"))
    []
    """
    from pipeline.segment.letters import _FIELD_UNDER_SIGNATORIES, is_closing, signatories

    close = next((k for k in range(len(lines) - 1, -1, -1) if is_closing(lines[k].text.strip())), None)
    if close is None:
        return []
    under = [k for k in range(close + 1, len(lines)) if lines[k].text.strip()]
    listed = signatories([lines[k] for k in under])
    if not listed or not all(_FIELD_UNDER_SIGNATORIES.match(lines[k].text.strip()) for k in under[listed:]):
        return []
    return list(range(close, len(lines)))


def _signed_foot(lines: list[Text], layout: Layout) -> list[int]:
    """The document's last text box where it is a signature's block: its first line opens on a signature's label and
    names its signer (:func:`signature_line`: ``Signed: J. Pemberton``, ``Signed: ______``), each line under it a
    signer's name, a post (:func:`signer_post`), a date alone, a label and its value or another signature's line;
    a box before it. ``[]`` where there is none.

    Why (fresh-user trial 63b): a notice that numbers no sections (its agenda's items are list items) closes on
    ``Signed: J. Pemberton`` / ``Clerk to the Council`` / ``7 April 2026``; the closing blocks are read only after a
    numbering (:func:`closing_fields`), so the signature had been the body's last paragraphs.

    >>> mk = lambda *ss: [Text.from_raw(s, line=n) for n, s in ss]
    >>> doc = mk((1, "We meet on 3 May."), (3, "Signed: J. Pemberton"), (4, "Clerk to the Council"), (5, "7 April 2026"))
    >>> _signed_foot(doc, Layout((), (2,))), _signed_foot(doc, Layout.plain())
    ([1, 2, 3], [])
    >>> _signed_foot(mk((1, "We meet on 3 May."), (3, "Signed contracts were filed."), (4, "Clerk to the Council")), Layout((), (2,)))
    []
    """
    if len(lines) < 2:
        return []
    box = _leaded_boxes(lines, layout)
    k = len(lines) - 1
    while k > 0 and box[k - 1] == box[-1]:
        k -= 1
    if k == 0 or not signature_line(lines[k].text):
        return []
    return list(range(k, len(lines))) if signed_pieces([t.text for t in lines[k + 1:]]) else []


def _agenda_unlabelled(lines: list[Text], headings: dict[int, Heading], items: set[int], above: Sequence[Text]) -> set[int]:
    """An agenda listed with no label over it (issue 16): numbered lines of one style and level, two or more one right
    under the other with consecutive numbers (nothing between them), each short and no sentence, where the line right
    under the last is the first speaker's turn of a meeting's proceedings (:func:`proceedings_start`): the list of items
    the meeting takes up, set between its fields and its speeches, as :func:`_agenda_items` under its label. The
    evidence is the place: a section's heading has its text under it; a list that runs straight into the speeches
    heads none of them.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("出席者　山田、鈴木", "1. 利用状況について", "2. 停留所について", "○委員長（山田）　開会します。", "○委員（鈴木）　質問します。")
    >>> sorted(_agenda_unlabelled(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, set(), ()))
    [1, 2]
    >>> doc = mk("出席者　山田、鈴木", "1. 利用状況について", "説明がありました。", "2. 停留所について", "○委員長（山田）　開会します。", "○委員（鈴木）　質問します。")
    >>> sorted(_agenda_unlabelled(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, set(), ()))
    []
    """
    found = _agenda_headed_again(lines, headings, items, above)
    start = proceedings_start(lines, len(lines), above)
    if start is None or start - 1 not in headings or start - 1 in items | found:
        return found
    last = headings[start - 1]
    run = [start - 1]  # the items one right under the other, up from the last
    k = start - 2
    while k >= 0:
        if k in headings and k not in items and headings[k].style == last.style and headings[k].level == last.level:
            run.insert(0, k)
        elif not (k not in headings and k > 0 and _sub_item_line(lines[k].text)):
            break
        # (an item's sub-items between the items, ``2　議事`` / ``（1）…`` / ``（2）…`` / ``3　その他``, are its lines, as
        # under a labelled agenda: :func:`_agenda_items`; issue 16 point 2, helper talks85, fresh-user trial 85a, whose
        # minutes had 1 and 2 as sections, 3 and 4 paragraphs of section 2 and every speech under 議事)
        k -= 1
    if len(run) < 2 or not _numbers_follow(headings[j].number for j in run) or not _short_items(lines, run):
        return found
    return found | set(run)


def _sub_item_line(text: str) -> bool:
    """A line an agenda item holds under it: a numbered or marked line (``（1）第3次環境基本計画の…``, ``・…``,
    ``a. Chair``), no heading of the agenda's level."""
    return explicit_number(text.strip()) is not None or item_mark(text) is not None or _SUB_ITEM.match(text) is not None


def _short_items(lines: list[Text], run: list[int]) -> bool:
    """Each line of ``run`` is a short phrase (:data:`MAX_AGENDA_ITEM` characters at most, no sentence's end)."""
    return not any(len(lines[j].text.strip()) > MAX_AGENDA_ITEM or _is_sentence_end(lines[j].text.strip()) for j in run)


def _agenda_headed_again(lines: list[Text], headings: dict[int, Heading], items: set[int],
                         above: Sequence[Text] = ()) -> set[int]:
    """An agenda with no label whose items head the discussion further on (issue 16): in a meeting's record (a field
    of minutes before it, in ``above`` or in ``lines``: :func:`meeting_record`), numbered lines of one style and
    level, two or more one right under the other, their numbers counting up by one, each a short phrase, where the
    line right under the last heads the first item again (the run's first number and title, in the same style): the
    list is the agenda, the headings after it the record's sections. Before, each item was an empty section and the
    discussion's headings sections again (``1. Footpath``, ``2. Summer fair``, ``1. Footpath`` …).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> doc = mk("Present: A. Smith", "1. Footpath", "2. Summer fair", "1. Footpath", "Repairs begin in June.", "2. Summer fair", "Agreed.")
    >>> sorted(_agenda_headed_again(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, set()))
    [1, 2]
    >>> doc = mk("Present: A. Smith", "1. Footpath", "2. Summer fair", "1. Roads", "Repairs begin in June.")  # not restated
    >>> sorted(_agenda_headed_again(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, set()))
    []
    >>> doc = mk("1. Footpath", "2. Summer fair", "1. Footpath", "Repairs begin in June.")  # no field of a meeting
    >>> sorted(_agenda_headed_again(doc, {h.index: h for h in solve([t.text for t in doc], [0] * len(doc))}, set()))
    []
    """
    found: set[int] = set()
    order = sorted(i for i in headings if i not in items)
    record = next((k for k, t in enumerate(lines) if meeting_record(t.text)), None)
    if record is None and any(meeting_record(t.text) for t in above):
        record = -1
    if record is None:
        return found
    k = 0
    while k < len(order):
        run = [order[k]]
        while k + 1 < len(order) and order[k + 1] == run[-1] + 1 and _same_kind(headings[order[k + 1]], headings[run[0]]) \
                and _numbers_follow([headings[run[-1]].number, headings[order[k + 1]].number]):
            k += 1
            run.append(order[k])
        k += 1
        again = headings.get(run[-1] + 1)
        first = headings[run[0]]
        if len(run) >= 2 and record < run[0] and again is not None and _same_kind(again, first) and again.number == first.number \
                and _title(lines[again.index], again) == _title(lines[first.index], first) and _short_items(lines, run):
            found.update(run)
    return found


def _same_kind(a: Heading, b: Heading) -> bool:
    return a.style == b.style and a.level == b.level


def _title(line: Text, h: Heading) -> str:
    return " ".join(line.text[h.title_start:].split()).casefold()


MAX_AGENDA_ITEM = 60
"""Characters an agenda's item may have (a short phrase naming a matter)."""


def _numbers_follow(numbers) -> bool:
    """The numbers count up by one from the first (``1``, ``2``, ``3``)."""
    nums = list(numbers)
    try:
        ints = [int(n.split(".")[-1]) for n in nums]
    except (AttributeError, ValueError):
        return False
    return all(b == a + 1 for a, b in zip(ints, ints[1:]))


MIN_LISTING = 3
"""Numbered lines in a row, no other line between them, that make a listing (:func:`listing_lines`)."""
MAX_LISTING_STEP = 2
"""A listing's number rises by at most this much from line to line (examples numbered by the figures they copy skip
one now and then: ``3.63``, ``3.65``)."""


def _listing_step(a, b) -> bool:
    """``b`` carries on ``a``'s listing: arabic numbers of one depth and separator, the same but for the last part,
    which stays or rises by at most :data:`MAX_LISTING_STEP`."""
    if a.style != ARABIC or b.style != ARABIC or a.separator != b.separator:
        return False
    depth = sum(1 for n in a.label if n)
    if depth != sum(1 for n in b.label if n) or a.label[:depth - 1] != b.label[:depth - 1]:
        return False
    return 0 <= b.label[depth - 1] - a.label[depth - 1] <= MAX_LISTING_STEP


def listing_lines(lines: Sequence[Text], layout: Layout) -> set[int]:
    """Indexes of numbered lines that run one after another with nothing between them: :data:`MIN_LISTING` or more
    in a row, arabic numbers of one depth and separator rising by a small step (:func:`_listing_step`). A heading
    heads text; numbered lines without a body between them are a listing's lines, an algorithm's (``1: y ⇐ 1``,
    ``2: if n < 0 then`` set in bold, oup), a list's items or numbered examples (``3.49 君子は和して同ぜず``,
    ``3.50 人に誨えて倦まず``, luatexja-ruby), as the layout tools read a run of numbered lines as a list
    (docling's list items, unstructured's ``ListItem``). A contents without page numbers is found before this
    (:mod:`pipeline.segment.contents`). It does NOT read two numbered lines in a row (a heading over its first
    subsection's number alone), lines of different depth (``3`` over ``3.1``), bracketed or lettered numbers, a
    PDF's run each line of which the PDF sets apart from the running text (:func:`_emphasised`: a thesis template's
    empty subsections ``1.1 背景`` … ``1.4 関連研究`` at 14.5 pt over a 10 pt body: headings with nothing under them
    yet), nor in a text dump (no sizes or faces to tell them apart) a run other than a listing's numbered by a colon
    (``1:``). A listing's line numbers of its blank lines, run together on a line of their own (``2 3``), go on the
    count, and a line in a monospaced face (where the running text is not) may stand between two numbered lines
    whose count it does not break (its number stood on the line before): CQUThesis' example sets a Python listing
    ``1 # 这是一行注释`` (the comment in a Chinese face) / ``2 3`` / ``import pandas as pd`` / ``4 import …``, and its
    first line had been section 1 (helper pdf52).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> sorted(listing_lines(mk("Algorithm 1", "1: y ⇐ 1", "2: if n < 0 then", "3: X ⇐ 1/x", "4: end if", "Text."), Layout.plain()))
    [1, 2, 3, 4]
    >>> sorted(listing_lines(mk("1 Intro", "Text.", "2 Method", "2.1 Data", "2.2 Model", "2.3 Plan", "3 Results"), Layout.plain()))
    []
    """
    body, body_font = _running_size(lines, layout), _body_font(list(lines), layout)
    nums = [explicit_number(t.text.strip()) for t in lines]
    # a listing's blank lines leave their numbers alone, run together on one line (``2 3``): that line goes on the
    # count from its first number to its last
    lasts = [None] * len(lines)
    for k, t in enumerate(lines):
        alone = _numbers_alone(t.text)
        if nums[k] is None and alone is not None:
            nums[k] = Explicit(ARABIC, (alone[0], 0, 0), " ")
            lasts[k] = Explicit(ARABIC, (alone[-1], 0, 0), " ")
    prose_face = not monospace(body_font)
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if nums[i] is None:
            i += 1
            continue
        j, prev, skipped = i + 1, lasts[i] or nums[i], 0
        while j < len(lines):
            if nums[j] is not None and _listing_step(prev, nums[j]):
                prev = lasts[j] or nums[j]
            elif nums[j] is None and prose_face and monospace(layout.at(first_line(lines[j])).font) and j + 1 < len(lines) \
                    and nums[j + 1] is not None and _listing_step(prev, nums[j + 1]):
                skipped += 1  # a listing's line whose number stood on the line before (``2 3`` / ``import pandas``)
            else:
                break
            j += 1
        own_face = body is not None and all(_emphasised(lines[k], layout, body, body_font) for k in range(i, j))
        # in a text dump, a run counting from 1 again where a line numbered 1 stood before it (``1 Heading`` / … /
        # ``1.2.2 Example`` / ``1. First`` / ``2. Second`` / ``3. Last``): the document's sections are numbered
        # already, so the run is a list's (fresh-user trial 75c: se2thesis' list had become chapters 1 to 5 again)
        # (its items alike: a last line that ends no sentence under items that do heads the text after it, ``1. 平日の
        # 夜にも開いてほしい。`` / ``2. …ほしい。`` / ``3. 今後の課題``: helper para53's case)
        again = nums[i].label == (1, 0, 0) and any(e is not None and e.label[0] == 1 and e.style == ARABIC for e in nums[:i]) \
            and len({lines[k].text.rstrip()[-1:] in "。．.!?！？" for k in range(i, j)}) == 1
        if j - i - skipped >= MIN_LISTING and not own_face and (body is not None or nums[i].separator in (":", "：") or again):
            out.update(range(i, j))
        i = j
    return out


_NESTED_MARK = re.compile(r"^\s*(?:(?P<arabic>[0-9]{1,2})|(?P<roman>[ivx]{1,4}|[IVX]{1,4})|(?P<lower>[a-z])|(?P<upper>[A-Z]))[.)] +\S")
"""A list item's mark at a line's start: an arabic number, a roman numeral, a small or a capital letter, then ``.`` or
``)`` and a space (``1. First``, ``a) First``, ``ii. Last``, ``B. Second``)."""
MIN_NESTED_LIST = 4
"""Marked lines in a row, no other line between them, that make a nested list (:func:`nested_list_lines`)."""


def _nested_kind(text: str) -> str | None:
    m = _NESTED_MARK.match(text)
    return None if m is None else m.lastgroup


def nested_list_lines(lines: Sequence[Text]) -> set[int]:
    """Indexes of the lines of a nested list: :data:`MIN_NESTED_LIST` or more lines in a row, nothing between them,
    each opening on an item's mark (:data:`_NESTED_MARK`) of two kinds or more (arabic, roman, small or capital
    letters), one kind coming back after another (``1. First`` / ``a) First`` / ``i. First`` / ``A. First`` /
    ``B. Second`` / ``ii. Last`` / ``b) First`` / ``2. Second``: LaTeX's enumerate nested four deep). A heading heads
    text; a run of marked lines with none under any of them, whose marks change kind and come back, is a list's items
    at its levels, as docling and unstructured read nested list items. Why (fresh-user trial 75c, se2thesis' example
    list: ``1.`` and ``2.`` had become chapters 1 and 2 again under section 1.2.2, ``A.`` and ``B.`` their sections).
    One kind alone is :func:`listing_lines`' to weigh; headings over their first subsection's heading (``1 Intro`` /
    ``1.1 Background``: decimal, no mark of another kind) are none of this.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> sorted(nested_list_lines(mk("Intro.", "1. First", "a) First", "i. First", "ii. Last", "b) Second", "2. Second", "Text.")))
    [1, 2, 3, 4, 5, 6]
    >>> nested_list_lines(mk("I. Scope", "A. Aims", "1. Data", "Text under it.", "B. Plan", "Text."))  # headings over text
    set()
    """
    kinds = [_nested_kind(t.text) for t in lines]
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] is not None:
            j += 1
        run = kinds[i:j]
        # a kind that comes back after another: the list climbs back out of a level
        back = any(run[k] in run[:k] and run[k - 1] != run[k] for k in range(1, len(run)))
        if j - i >= MIN_NESTED_LIST and len(set(run)) >= 2 and back:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _numbers_alone(text: str) -> list[int] | None:
    """Two numbers or more alone on a line, each one more than the one before (``2 3``, ``8 9``: a listing's line
    numbers of blank lines, run together), else ``None``.

    >>> _numbers_alone("2 3"), _numbers_alone("8 9 10"), _numbers_alone("2 4"), _numbers_alone("3")
    ([2, 3], [8, 9, 10], None, None)
    """
    parts = text.split()
    if len(parts) < 2 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts]
    return values if all(b == a + 1 for a, b in zip(values, values[1:])) else None


def split_paper(lines: list[Text], layout: Layout | None = None, contact: ContactBlock | None = None,
                above: Sequence[Text] = (), contents_titles: Sequence[str] = (), signed_head: bool = False,
                run_in: Collection[int] = ()) -> Paper:
    """Sections (with their paragraphs), the lines before the first heading, and numbering hints. ``contact``: the
    closing contact block (:func:`contact_block`) where the caller found it before joining the lines (segment
    keeps its lines from joining, :func:`contact_block_joined`); else it is found here. ``above``: the talk's lines
    before these (its title block's), read for the evidence that the document records a meeting
    (:func:`proceedings_start`). ``contents_titles``: the titles of the paper's contents entries, whose restatements in the body
    head its sections (:func:`listed_headings`). ``signed_head``: the document is a notice whose sender is set over its
    subject (:func:`~.letters.head_sender`), so a contact block closing it is its foot, as under a closing signature.
    ``run_in``: the indexes of named headings parted off their paragraphs
    (:func:`~pipeline.segment.runin.run_in_apart`: ``主文``, ``事実及び理由``), each a heading.

    A meeting's proceedings before the first heading (the speakers' turns, from the first on) are the body, never
    front matter: one section with no number, title or heading holds them (:func:`proceedings_start`).

    Numbered headings come first, from the solver; each later kind is taken only where no numbered heading
    holds the line. The unnumbered kinds are taken, then taken away, in this order:

    1. **names**: a conventional section name or an appendix's heading (:func:`~pipeline.segment.labels.is_section_name`);
    2. **sizes** and **marks**: a PDF line set clearly larger than the body (:func:`_larger`) and a short phrase behind
       a mark two headings share (:func:`_marked`), both unless a cover's date or organisation line;
    3. **shapes**: only in a paper that numbers nothing, a short phrase between runs of text (:func:`_by_shape`);
    4. **questions**: only where none of the above found a heading, an FAQ's questions (:func:`_questions`);
    5. taken away from all of them: a scene break or a letter's formula (:func:`_never_heading`); the line under a
       chapter number alone (its title); the line under an appendix's label alone (its title, one heading with the
       label); a heading in capitals restating the one before it (a running head, :func:`_restated_headings`);
    6. then added: an English paper's lettered subsections (with numbered headings only), an abstract run in with its
       name (``Abstract—…``), and the labelled blocks closing a paper after its numbering (:func:`closing_blocks`, only
       where the last heading is numbered).

    So a later kind never takes a line an earlier one weighed: shapes are read only without numbers, questions only
    without any other heading, and what is taken away in step 5 is taken away whichever kind found it.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> paper = split_paper(mk("前書き。", "1．序論", "本文です。", "2．方法", "2.1 資料", "説明。", "参考文献", "[1] 文献"))
    >>> [t.text for t in paper.front], [(s.number, s.level, s.title.text, len(s.paragraphs)) for s in paper.sections]
    (['前書き。'], [('1', 1, '序論', 1), ('2', 1, '方法', 0), ('2.1', 2, '資料', 1), (None, 1, '参考文献', 1)])
    >>> paper = split_paper(mk("1. 結果", "●面積", "広がった。", "●管理", "少ない。", "2. 考察", "本文です。"))
    >>> [(s.number, s.level, s.title.text) for s in paper.sections]
    [('1', 1, '結果'), (None, 2, '面積'), (None, 2, '管理'), ('2', 1, '考察')]
    """
    layout = layout or Layout.plain()
    # a law's articles (``（目的）`` / ``第1条　…``, ``２　…``, ``附則``): its own structure, no heading solver's
    law = law_of([t.text for t in lines])
    if law is not None:
        # a contract's or a rule's signers closing it under its last article (the attestation, the date, each party's
        # sealed block): its closing block, never the last article's paragraphs (issue 16, helper close82, fresh-user
        # trial 81a's 業務委託契約書)
        sealed = closing_signatures(lines)
        if sealed is None or sealed <= max(law.provisions, default=len(lines)):
            sealed = len(lines)
        front, law_parts = law_sections(lines[:sealed], law)
        return Paper(front, law_parts, (), tuple(lines[sealed:]))
    texts = [section_heading(chapter_heading(t.text)) for t in lines]
    # ``26/031 Declarations of Interest``: a minute's reference, the minute numbered by its serial (session 85)
    for i, text in minute_references(texts).items():
        texts[i] = text
    # ``第1　計画の基本的事項`` / ``1　趣旨`` / ``（1）…``: a Japanese report's top level read as a chapter
    for i, text in divisions_as_chapters(texts, short_phrase).items():
        texts[i] = text
    # ``第1号議案　…`` / ``議案第2号　…`` / ``報告事項1　…``: a general meeting's motions, its top level read as chapters
    motions = motions_as_chapters(texts, short_phrase)
    for i, text in motions.items():
        texts[i] = text
    # ``A　対象となる…`` / ``B　取引条件…``: a document's lettered parts, its top level read as chapters (the title's
    # start on the line kept apart: ``第1章`` is longer than ``A　``)
    lettered_parts = {} if motions else parts_as_chapters(texts, short_phrase)
    for i, (text, _) in lettered_parts.items():
        texts[i] = text
    turned = turned_lines(lines, layout)  # a landscape table's cells, turned a quarter: no headings, no heading's face
    for i in turned:
        texts[i] = ""
    body, body_font = _body_size(lines, layout), _body_font(lines, layout)
    # ``4.1 control`` set bold and large: a heading whose title opens in lower case (a file's name), numbered
    for i, text in _set_apart_lower(lines, texts, layout, body, body_font).items():
        texts[i] = text
    for i in _set_as_body(lines, texts, layout) | _set_in_body_face(lines, texts, layout, body_font):
        texts[i] = ""  # no heading: the solver passes over it
    # a numbered heading longer than a heading's limit that the PDF sets bold or large: the solver reads its opening
    long_heads = _set_as_heading(lines, texts, layout, body, body_font)
    long_heads |= _comma_heads(lines, texts, layout, body, body_font)  # ``IV. FLOATS: …, VIDEOS,`` / ``ETC.``
    long_heads |= _labelled_long_heads(lines, texts)  # ``SECTION 1: Identification of the substance/mixture and …``
    long_heads |= _long_field_subheads(texts)  # ``1.4 Emergency telephone number: +44 116 496 0277 (office hours)``
    for i, cut in long_heads.items():
        texts[i] = cut
    # endnotes under their heading (``Notes`` / ``1. …``, ``註`` / ``(1) …``): a section of notes, no numbered headings
    notes_at, notes_in = endnotes(lines)
    for i in notes_in:
        texts[i] = ""
    # a numbered reference list's items under its heading (``参考文献`` / ``1) …，2008``): no sections numbered again
    for i in reference_items(lines):
        texts[i] = ""
    # the rest of a line that broke inside its brackets (``…『農村計画学会誌』40(`` / ``2), pp.55-62.``): no heading
    for i in range(1, len(lines)):
        if left_open(lines[i - 1].text):
            texts[i] = ""
    # a closing contact block's lines (an office, an address, numbers) are no numbered headings: ``14 Mill Lane,
    # Stroud`` under ``Contact`` is an address, and a number read there made the paper one that numbers something, so
    # its unnumbered headings went unread
    contact_at, contact = contact if contact is not None else contact_block(lines)
    if contact_at and translated_marked_pair(lines, contact_at - 1):
        # the contact heading given in two languages (``■お問い合わせ`` / ``■Contact``): the pair's first heads the block,
        # its translation the section's first paragraph (helper leaf72; the English line alone had been the heading,
        # the Japanese one an empty section over it)
        contact_at -= 1
    for i in contact:
        texts[i] = ""
    # a digitised book's colophon closing the document (``底本：…`` / ``入力：…`` / ``校正：…``): front matter closing it,
    # as a contact block without a heading is, and no heading in it
    colophon = colophon_start([t.text for t in lines])
    colophon_lines = set(range(colophon, len(lines))) if colophon is not None else set()
    # a periodical's credit lines closing it (``Editor: Margaret Olsen``, ``編集・発行：…``): front closing it, as a
    # colophon is, never the last article's paragraph (fresh-user trial 68)
    credits = credit_start([t.text for t in lines])
    colophon_lines |= set(range(credits, len(lines))) if credits is not None else set()
    # and its sign-off over them or alone at its end (``With best wishes from the committee``, ``役員一同``): the
    # issue's close, front as a letter's close is (helper fix69b, from helper news69's newsletter)
    signed_off = sign_off_at([t.text for t in lines])
    colophon_lines |= {signed_off} if signed_off is not None else set()
    if lines and end_mark(lines[-1].text):
        # a press release's end mark (``###``, ``-30-``, ``ENDS``) closing the document: front matter closing it, as
        # ``以上`` closing a Japanese notice is, never the last section's paragraph (fresh-user trial 66)
        colophon_lines.add(len(lines) - 1)
    for i in colophon_lines:
        texts[i] = ""
    # a postal address set one part a line anywhere (``14 Mill Lane`` / ``5003 Bergen`` / ``Norway``): its street's
    # house number is no section number, and none of its lines is a heading
    postal = address_lines([t.text for t in lines])
    for i in postal:
        texts[i] = ""
    # and so one set whole on its line (``12 Harbour Road, Dunoon PA23 7HG``, its parts parted by commas and its
    # postcode last: :func:`~pipeline.segment.organisations.is_address_line`), among a manufacturer's or a sender's
    # lines under a heading no contact heading's (``Manufacturer``): its house number had made it section 12, the
    # telephone and e-mail lines under it that section's paragraphs (issue 16 point 4, session 80, helper join80)
    for i, t in enumerate(lines):
        if texts[i] and t.text[:1].isdigit() and is_address_line(t.text):
            texts[i] = ""
    # a table's rows (``１診⇥山口　誠⇥…`` under ``診察室⇥月⇥火…``): cells, never a numbered section's heading
    table_rows = set(table_row_lines(lines))
    for i in table_rows:
        texts[i] = ""
    # a record's numbered fields (``１　日　時　　令和７年…``, ``３　出席委員（６名）``): fields, never numbered sections
    # (trial 54c's committee record and trial 51's minutes had sections 2 to 6 of them)
    # and the agenda's label numbered as the next field (``６　議　題`` under ``５　説明のため出席した者``: trial 54c had
    # it section 6 holding every speaker's turn); its items under it go on as an agenda's (:func:`_agenda_items`)
    # (but a notice's items under its ``記`` are its items, sections titled by their labels, whatever their number's
    # mark: ``１　日時　…`` under ``記`` had gone to front, and the item after them headed by its whole line)
    numbered_field = False
    agenda_fields: set[int] = set()
    discussed: set[int] = set()
    items_from = next((i + 1 for i, t in enumerate(lines) if is_items_mark(t.text)), len(lines))
    fields = record_fields([t.text for t in lines[:items_from]])
    # the agenda with its value on its line (``６　議　題　　（1）議案第12号…``) may open the run or stand in a notice's
    # items (``３　議　題　　…の見直しについて``): a field where the document is a record, who attended named in its
    # numbered run or the speeches after it (session 62's variants)
    attended = bool(_attended_fields([t.text for t in lines[:items_from]]))
    for i, t in enumerate(lines):
        if i in fields:
            texts[i] = ""
            numbered_field = True
        elif (numbered_field and numbered_agenda_label(t.text)) or (
                numbered_agenda_field(t.text) and (attended or any(speaker_turn(u.text) for u in lines[i + 1:]))):
            if _agenda_discussed(lines, i):
                discussed.add(i)  # a summary's agenda over its discussion: its body's section (``４　議　事``)
            else:
                texts[i] = ""
                agenda_fields.add(i)
    # ``1. Wide text`` under ``A. …`` under ``I. …`` (REVTeX): a level under the lettered subsections, no solver's
    lettered_early = letter_headings(lines, layout) if body_font is not None else {}
    subs = under_letters(lines, texts, layout, lettered_early)
    for i in subs:
        texts[i] = ""
    # ``一、`` / ``（一）`` / ``1．`` / ``（1）`` in a Chinese document: the official ladder's levels, read by their kinds
    # (fresh-user trial 63b: ``1．`` had been the top level and ``（一）`` no heading at all); the solver reads none of
    # the ladder's lines (heading or item)
    ladder = ladder_headings(texts)
    ladder_lines = {i: t for i, t in enumerate(texts) if ladder and ladder_mark(t) is not None}
    for i in ladder_lines:
        texts[i] = ""
    # numbered lines that run one after another with no body between them are a listing's (an algorithm's ``2: if
    # n < 0 then``, a guide's numbered examples ``3.49 …``, ``3.50 …``), never headings
    # (the record's agenda after its fields, ``1　日　時`` … ``4　議　事``, is no listing's: its fields are no items)
    listing = (listing_lines(lines, layout) | nested_list_lines(lines)) - discussed
    for i in listing:
        texts[i] = ""
    # a diary's or a log's dated entries (``2023 年 1 月 1 日 星期日 晴``, ``4 March 2024 — fair``, three distinct days or
    # more): the day that opens one is no section's number (helper title54)
    entries = set(dated_entries([t.text for t in lines]))
    for i in entries:
        texts[i] = ""
    # ``Chapter 1`` / ``1 Introduction``: the numbered line heads the chapter (its number the solver's), the label over it
    # is that heading's first line (below)
    chapter_pairs = labelled_chapters(texts)
    labels = {i: texts[i] for i in chapter_pairs}
    for i in chapter_pairs:
        texts[i] = ""
    # … and a contents' entry over the first (``1 Introduction ....... 1``) that no contents was read from (its part
    # lines between the entries, ``Part II Case Studies``): an entry, no heading, as the chapter style had read it
    for i in range(min(chapter_pairs, default=0)):
        if has_leader(texts[i]):
            texts[i] = ""
    headings = chapter_sections(texts, [first_line(t) or 0 for t in lines])
    # a numbered heading printed again in the other language right under itself (``２．陣屋前朝市`` / ``2. Jinya-mae
    # Morning Market``): one heading in two languages, its translation the section's first line (translated_twins)
    for i in translated_twins(texts, headings):
        del headings[i]
    # a notice's labelled item right under the one before it, in its numbering, is that run's next item though it ends
    # a sentence (fresh-user trial 65: ``3. 반납 안내: … 바랍니다.`` had been a paragraph of item 2)
    headings |= run_items(texts, headings)
    headings |= {i: Heading(i, h.number, h.level, h.title_start, (), LADDER) for i, h in ladder.items()}
    for i, label in labels.items():
        texts[i] = label
        h = headings.get(i + 1)
        if h is not None and h.level == 1 and not h.fills and h.number == str(explicit_number(label).label[0]):
            # the pair read as a chapter's label alone, its title the next line (whose number is cut, below)
            del headings[i + 1]
            headings[i] = replace(h, index=i, title_start=len(label))
    chapter_pairs = {i: cut for i, cut in chapter_pairs.items() if i in headings}
    # a list's bracketed items whose number lost a glyph (``（1）草刈り`` / … / ``（�）泥上げ``): numbered by their list
    listed = {item.index: item for item in solve_items(texts, list(headings.values()), [first_line(t) or 0 for t in lines])}
    numbers_something = bool(headings)
    marked = _marked(lines)
    marked |= _lone_marked(lines, marked)
    # numbered label–value items under a marked heading are its lines (``■ …`` / ``（1）日時　…``), no headings
    items = _marked_items(lines, headings, marked)
    # an agenda's items listed under its label (``議題`` / ``1. …`` / ``2. …``), nothing between them: no headings
    items |= _agenda_items(lines, headings, agenda_fields, above)
    # an agenda with no label, between the meeting's fields and its speeches (``1. …`` / ``2. …`` / ``○委員長（…）　…``)
    unlabelled = _agenda_unlabelled(lines, headings, items, above)
    items |= unlabelled
    # (the unlabelled agenda's last item: the blocks after it head as after a document's numbering, below)
    agenda_end = max((i for i in unlabelled if i in headings), default=None)
    headings = {i: h for i, h in headings.items() if i not in items}
    # an agenda's label over its items after the document's running text (a notice's summons, then ``AGENDA`` / ``1.
    # …``): the label heads its items, a section of its own (fresh-user trial 63b)
    agenda_heads = _agenda_after_text(lines, items)
    # a README's headings marked up (``## Steps``, ``Usage`` / ``-----``): the author's own headings, whatever else
    # is numbered; a numbered heading the marks set (``## 1. Install``) keeps its number
    markup = {i: m for i, m in markup_headings(lines).items() if i not in headings and i not in listing}
    # numbered lines that are a list's items under a heading marked up or set by its shape (``Quick Start`` / ``1.
    # Open the planner…`` / ``2. …``): a list inside that section, never the document's numbering
    # (a recipe's dish over its serving line heads the method's numbered steps so: recipes.recipe_headings)
    dishes = {i for i in recipe_headings(lines) if i not in headings}
    steps = _numbered_steps(lines, headings, set(markup) | dishes | (_by_shape(lines, layout) if headings else set()))
    # a list's short last item under its long ones (``3. Fold in the flour…`` / ``4. Serve with cream.``)
    steps |= list_tails(lines, headings)
    steps |= colon_list_tails(lines, headings)  # and its last item under a colon's sentence, text after it (misc75)
    steps |= colon_list_run(lines, headings)  # every numbered line one list under a colon (encv77)
    headings = {i: h for i, h in headings.items() if i not in steps}
    if steps:
        numbers_something = bool(headings)
    # ``１　総人口`` counting from 1 again under each ``第N章``: the chapter's sections (``1.1``)
    restarted = _restarted_under_chapters(texts, headings)
    headings |= restarted
    # ``(1)``, ``(2)`` … opening a numbered section, each over its own text: its subsections (after the chapters'
    # sections, which they open too: ``第2`` / ``1　脱炭素社会の実現`` / ``（1）再生可能エネルギーの導入``)
    headings |= _opening_subsections(texts, headings, {i: item.number for i, item in listed.items()}, set(restarted))
    # ``第1節`` over the chapter's printed ``3.1``, ``3.2``: the 節 a level of its own, unnumbered, the decimals under it
    over_decimals = _sections_over_decimals(texts, headings)
    headings |= over_decimals
    # a standard's terms entries (``3.1`` / ``dataset`` / definition) under their clause's heading: subsections numbered
    # by their number, titled by the term on the next line (fresh-user trial 83a, helper spec83; :mod:`.terms`)
    headings |= _term_headings(texts, headings)
    grouping = {i for i, h in over_decimals.items() if h.level == 2 and _section_mark(texts[i])}
    for i in ladder:
        texts[i] = ladder_lines[i]  # the ladder's headings are read whole from here on, as the solver's are
    # a patent's documents in the JPO's format: its tags alone on their lines head its parts, the reference signs'
    # rows under ``【符号の説明】`` (``１　傘立て``) are no numbered headings (fresh-user trial 76; :mod:`~.patent`)
    filing = filing_headings(lines)
    # (a gazette's bibliographic front, its INID-coded fields, ``(21)【出願番号】…``, is one front block: no field a
    # heading, its code no section's number; helper speak84)
    gazette = gazette_front(lines)
    if filing or gazette:
        signs = reference_sign_rows(lines) | gazette
        headings = {i: h for i, h in headings.items() if i not in signs and i not in filing}
        filing = {i: h for i, h in filing.items() if i not in gazette}
    named = {i for i, t in enumerate(lines) if i not in headings and is_section_name(t.text)}
    named |= set(filing)
    named |= {i for i in run_in if i not in headings}  # a judgment's ``主文`` parted off its paragraph (segment.runin)
    named |= {notes_at} if notes_at is not None else set()
    named |= {i for i in _index_headings(lines) if i not in headings}
    # (a marked heading given in both languages heads the text under its translation: ``◆大原美術館`` / ``◆Ohara Museum
    # of Art`` / text, the museum's name read as a cover's line, helper leaf72)
    named |= {i for i in _larger(lines, layout) | marked if i not in headings
              and (not _cover_line(lines[i].text) or _heads_running_text(lines, i, layout, body)
                   or (translated_marked_pair(lines, i) and is_prose(lines[i + 2].text.strip())))}
    bracketed = {i for i in bracketed_headings(lines) if i not in headings and i != contact_at}
    bracketed -= boxes_in_numbered_sections(lines, bracketed, headings)
    named |= bracketed
    # a catalogue's later entry, coded as its title's is (``ENVS 355  Soil Ecology  (3 credits)``): a section of its own
    named |= {i for i in entry_headings(lines, above, layout) if i not in headings}
    # an auction catalogue's lots (``Lot 101`` / description / ``Estimate £600-900``): each lot a section (lots)
    named |= {i for i in lot_headings(lines) if i not in headings}
    # ``ア　調査対象``, ``（ア）外出の目的``, ``①回答者の属性`` over their text: the levels a Japanese report numbers under
    # ``（1）`` (fresh-user trial 59: they had been paragraphs of the section above, ``①`` the front)
    # (a table's rows under a label are its text, never a heading's: ``（ア）　建物の表示`` over ``名称⇥…``, helper council84)
    sequenced = {i: lab for i, lab in sequence_headings([lines[i].text if i in table_rows else t
                                                         for i, t in enumerate(texts)], short_phrase).items()
                 if i not in headings and i not in items and i not in listing}
    named |= set(sequenced)
    # a programme's speakers' profiles, each headed by the name with its reading (``川上 隆（かわかみ たかし）``)
    named |= {i for i in profile_headings(lines) if i not in headings and i not in listing}
    named |= set(markup)
    # the lines the paper's contents lists, restated in the body: its headings, whatever their shape
    contents_listed = {i for i in listed_headings(lines, contents_titles) if i not in headings and i not in items
                       and i not in listing}
    named |= contents_listed
    # a chapter's one numbered heading over its text (``Chapter 3: Samuel and Hannah, 1842-1911`` opening a family
    # history's chapter) numbers nothing under it: the phrases standing alone under it are its sections as in a
    # document that numbers none (issue 16 point 2, helper encv77, fresh-user trial 76d: ``Marriage``, ``Children``,
    # ``Later years`` had been paragraphs)
    labels_over_lists: set[int] = set()
    if (not numbers_something and agenda_end is None) \
            or (len(headings) == 1 and min(headings) == 0 and _chapter_opening(lines[0].text)):
        shaped = _by_shape(lines, layout, {i for i in marked if i not in headings and i > 0})
        named |= shaped
        if shaped or contents_listed:
            # the same short phrase alone between blank lines, after a line that ends no sentence
            named |= _alone_by_shape(lines, layout)
        # each dated entry's line heads its day's text (helper title54: jwjournal's days had been front and one
        # section's paragraphs)
        named |= entries
    elif headings or agenda_end is not None:
        # (a meeting's record whose only numbering is its agenda, ``1　開会`` … ``4　閉会`` over the speeches: the
        # blocks after it, ``決定事項`` over its items, head as after a numbered heading; helper talks85)
        last_numbered = max(headings) if headings else agenda_end
        named |= {i for i in blocks_after_numbering(lines, layout, last_numbered) if i not in items and i not in listing}
        labels_over_lists = {i for i in label_over_list_after_numbering(lines, last_numbered)
                             if i not in items and i not in listing}
        named |= labels_over_lists
        if motions and min(motions) in headings:
            # a meeting's minutes open their proceedings on an unnumbered part beside the motions (``開会`` over
            # its text, after the record's numbered particulars ``５．議事録署名人　…``, before ``第1号議案　…``), as
            # ``閉会`` closes them after the last: the same blocks, read between the particulars and the first motion
            # (session 81, helper minutes81: ``開会`` had been front)
            first = min(motions)
            opened = max((k for k in range(first) if explicit_number(texts[k]) is not None), default=-1)
            named |= {i for i in blocks_after_numbering(lines, layout, opened) if i < first and i not in items
                      and i not in listing}
    # an FAQ's questions head their answers only in a document with no other heading; under a heading (``3.
    # Frequently asked questions``) its questions and answers are that section's paragraphs
    questions = set() if headings or named else _questions(lines)
    named |= questions
    named |= agenda_heads
    named |= dishes
    # a recipe's parts under its dish (``材料（2人分）``, ``作り方``, ``ポイント``): its subsections (helper parts84)
    recipe_part = {i for i in recipe_parts(lines, dishes) if i not in headings and i not in steps}
    named |= recipe_part
    # a letter's or notice's addressee (``会員各位``, ``保護者の皆様``, ``To all residents``) is whom it is written to,
    # front matter, never a heading over its text (helper news69, issue 16 point 2: ``会員各位`` had headed a letter's
    # body, its signature the section's last paragraphs). The addressee stands in the head, over the first sentence: a
    # newsletter's headline addressing its readers after other articles, or behind a mark (``■ 保護者の皆様へ``
    # among ``■`` articles: fresh-user trial 68d), still heads its article
    first_sentence = next((k for k, t in enumerate(lines) if _is_sentence_end(t.text)), len(lines))
    # release notes: each version's heading, the kinds of change under it (``Version 4.2.0 (14 March 2025)`` /
    # ``New features`` / list; fresh-user trial 75, :mod:`~pipeline.segment.changelog`)
    release = release_headings(lines)
    for i in [i for i, lv in release.items() if lv == 1 and i in headings]:
        del headings[i]  # ``1.4.0 (12 June 2024)``: a version's number, no section's (the solver read ``1.4`` so)
    release = {i: lv for i, lv in release.items() if i not in headings}
    named |= set(release)
    # (a notice's ``記`` over its items and its ``以上`` closing them are marks, alone on their lines, no heading whatever
    # their shape: ``記`` is front, ``以上`` the body's closing mark, docs/talk-json.md; issue 16 point 2, helper
    # talks85, fresh-user trial 85a's 回覧板 had both as sections, its circulation note the body of ``以上``)
    named = {i for i in named if not _never_heading(lines[i].text) and not _names_over_affiliation(lines, i)
             and not is_items_mark(lines[i].text) and not _BODY_END.match(lines[i].text)
             and (i in marked or i > first_sentence or not addressee_line(lines[i].text))} \
        - _index_entries(lines, named) - set(notes_in) - postal - turned - listing - fields - agenda_fields - gazette
    # a transcript's turn (speakers who take turns, ``HANNAH: So how did you start?`` / ``TOM: …``) is what one person
    # said, never a heading over the answer (issue 16, fresh-user trial 75's podcast: the host's questions had headed
    # sections, :func:`~pipeline.segment.labels.transcript_turns`)
    turns_read = transcript_turns(texts)
    named -= turns_read
    if turns_read:
        named -= {i for i in named if transcript_kind(texts[i])}  # ``Transcript`` under the title: the record's kind
    # a journal's running head or foot over each page (a recipe's part is printed once under each dish, atop or
    # closing its page as the recipes fall: helper parts84)
    named -= _running_heads(lines, layout, named - recipe_part)
    named -= _table_rows(lines)  # a table's row set large under its caption (``組版例⇥銀は、Ag``) heads nothing
    named -= _set_as_cells(lines, layout, named)  # a size's sample beside its command, a brace's pieces
    # a guide's stops or a tour's tracks numbered in sequence (``Stop 1. Welcome`` / its text / ``Stop 2. …``): each heads
    # a section numbered by its number, where no other numbering heads the document (numbered_series; session 81)
    stops = numbered_series(lines)
    stops = stops if stops and not set(headings) - set(stops) else {}
    named |= set(stops)
    # 第1章 alone on its line takes the next line as its title, even when that is a section name (はじめに).
    label_alone = sorted(i for i, h in headings.items() if h.title_start >= len(texts[i].rstrip()))
    named -= {i + 1 for i in label_alone}
    # … and the line after it too where the title wraps onto it in the title's size and face
    title_wraps = _label_titles_go_on(lines, label_alone, named, _larger(lines, layout), layout)
    named -= {i + 2 for i in title_wraps}
    # an appendix's label alone on its line (``Bijlage A`` / ``Symbolen``) takes the next line as its title too
    labelled = {i for i in named if is_appendix_label(lines[i].text)
                and _label_title(lines, i + 1, headings, limit=_label_title_limit(lines, i, layout))}
    named -= {i + 1 for i in labelled}
    # a part's heading between the chapters (``Part II`` / ``Case Studies``): an unnumbered level-1 section, its title
    # the words after its label (decision, helper chap60: the schema's levels start at 1, the chapters keep theirs)
    parts = part_headings(lines, headings)
    named = (named - {i + 1 for i, at in parts.items() if at >= len(lines[i].text)}) | set(parts)
    # … and where a part opens the numbered body (no chapter before the first part), its chapters stand under it, one
    # level down (decision, issue 16 point 2, helper white85: a white paper's ``第Ⅰ部`` / ``第1章`` / ``第1節`` reads
    # part 1, chapter 2, section 3, as the exhibition's rooms over their entries do below); a part printed only between
    # chapters (``Chapter 2`` … ``Part II`` / ``Chapter 3``) stays beside them, as chap60 decided: the chapters before
    # it stand under no part, and one numbering keeps one level
    # (such a part keeps level 1 whatever its size: it is no heading of its chapters' size, _heading_kind's "other")
    lowered = bool(parts) and min(parts) < min((i for i, h in headings.items() if h.level == 1), default=len(lines))
    if lowered:
        headings = {i: replace(h, level=h.level + 1) if i > min(parts) else h for i, h in headings.items()}
    # a column box (``コラム　…`` over its text) is a section of its own, never glued into the one before (helper white85)
    columns = column_boxes(lines) - set(headings)
    named |= columns
    # an exhibition catalogue's rooms over its numbered entries (``ROOM 1: THE ESTUARY`` / ``1  Thomas Churchyard
    # (1798–1865)`` …): level-1 sections, the entries their subsections (decision, issue 16 point 2, helper shapes76)
    rooms = catalogue_rooms(lines, headings)
    if rooms:
        named |= rooms | catalogue_apparatus(lines, layout, rooms, headings)
        headings = {i: replace(h, level=h.level + 1) if i > min(rooms) else h for i, h in headings.items()}
    # a council's record heads its proceedings by the day's agenda items as it takes them up (``日程第１　一般質問``)
    agenda_days = record_agenda_items(lines)
    named |= agenda_days
    # a note's mark set against an entry's number (``9*  Harry Becker``, the catalogue's ``Numbers marked * are …``) is
    # no word of its title: the title opens after it, the heading keeps it (helper shapes76)
    headings = {i: replace(h, title_start=marked_number_end(texts[i], h.title_start)) for i, h in headings.items()}
    labelled |= {i for i, at in parts.items() if at >= len(lines[i].text)}
    # a heading in capitals set large and wrapped onto a second line (``CHECKLIST FOR ELECTRONIC`` / ``PUBLICATION``)
    wrapped = _wrapped_capitals(lines, named, _larger(lines, layout), layout, labelled)
    named -= {i + k for i, n in wrapped.items() for k in range(1, n + 1)}
    named -= _restated_headings(lines, sorted(set(headings) | named), labelled)
    lettered = {i: c for i, c in letter_headings(lines, layout).items() if i not in headings and i not in listing} if headings else {}
    # an appendix's lettered headings after the numbered sections, in their face (``A RESEARCH METHODS``, ``A.1 …``)
    appendices = {i: lv for i, lv in lettered_appendices(lines, layout, headings, body_font).items() if i not in lettered}
    named |= set(appendices)
    named |= set(lettered) | {i for i, t in enumerate(lines) if i not in headings and _NAMED_RUN_IN.match(t.text)}
    subs = {i: n for i, n in subs.items() if i not in headings} if lettered else {}
    named |= set(subs)
    # a numbered heading wrapped onto a second line in its own face (bold, larger): one heading, though its second line
    # was read as a heading of its own by its size
    whole = {at for at in headings if len(texts[at]) == len(lines[at].text) or at in long_heads}
    edges = right_edges(layout)
    goes_on = {at for at in whole if at + 1 not in headings
               and _heading_goes_on(lines, at, layout, at in long_heads, body, body_font, edges)}
    named -= {at + 1 for at in goes_on}
    # an appendix's lettered heading wrapped onto a second line in its face, as a numbered one is (mugsthesis's ``A.1
    # This is a Very Long Heading … Section`` / ``Headings``, trial 78c): one heading, carried as a wrapped label's title
    for at in appendices:
        if at not in wrapped and at + 1 not in appendices and at + 1 not in headings and _heading_goes_on(
                lines, at, layout, len(lines[at].text.strip()) > MAX_HEADING_CHARS, body, body_font, edges):
            wrapped[at] = 1
            named.discard(at + 1)
    # a contact heading in the middle of the document over its office and means, the next heading under them
    # (``問い合わせ先`` / ``生涯学習課　電話 …`` / ``２．申込方法``): a section of its own (helper sect83)
    named |= middle_contact_headings(lines, set(headings) | named, contact_at)
    # a bilingual leaflet's spot under its circled number, its English name set under its Japanese text (``① 海門寺`` /
    # text / ``Kaimonji Temple`` / English text): the spot's section holds both, the English name no heading
    named -= sequence_twins(lines, sequenced, headings, named)
    starts = sorted(set(headings) | named)
    # the labelled blocks that close a paper after its numbering (``Action items:``, ``Next meeting: …``)
    numbered = sorted(headings)
    # the top level's headings part the record into its items; a subsection set under its item with no blank line
    # (``3. Matters arising`` / ``3.1 Water supply. …``) is that item's box (fresh-user trial 60: no closing block had
    # been read where a subsection opened no box of its own, and the minutes' ``Action items`` stayed the last item's)
    top = min((headings[i].level for i in numbered), default=1)
    items = [i for i in numbered if headings[i].level == top]
    closing, fields = ({}, set())
    if numbered and starts[-1] == numbered[-1]:
        # every numbered heading opening its box, or else the top level's alone (its subsections set in its box)
        closing, fields = _closing(lines, layout, numbered)
        if not closing and items != numbered:
            closing, fields = _closing(lines, layout, items)
    elif numbered and starts[-1] in labels_over_lists:
        # the minutes' adjournment and signature under their actions' list (``Actions`` / its items / ``The meeting
        # closed at 8.40 pm.`` / ``Signed: …``): the closing lines, as under the last item's text (helper newsb85)
        fields = set(_signature_tail(lines, list(range(starts[-1] + 1, len(lines)))))
    if numbered and starts[-1] == numbered[-1]:
        if not closing and contact_at is None and contact and contact[0] > numbered[-1] + 1:
            # the blocks over a closing contact block with no heading (minutes' ``The meeting closed at …`` /
            # ``Signed: … (Chair)`` over the society's postal address): read without it, the contact block its own
            # (session 81, helper minutes81)
            closing, fields = _closing(lines[:contact[0]], layout, numbered)
    if not fields:
        # an open letter's close over its signatories, one a line (``Yours sincerely,`` / ``Helen Marsh, Chair, …`` /
        # ``Rev. Samuel Adeyemi, …`` / ``and 214 other residents``) and the fields under them (``Reply to: …``): front,
        # as a letter's close and signature are (session 75, helper letter75, fresh-user trial 74f)
        fields = set(signatories_foot(lines))
    if not fields and contact_at is None and not contact:
        # a signature's box closing a document that numbers no sections (a notice's ``Signed: …`` / its post / its
        # date under the agenda): front matter, as closing fields after numbered sections are (fresh-user trial 63b)
        fields = set(_signed_foot(lines, layout))
    # a meeting's adjournment closing the record in a box of its own after the last section's text (``（午後3時40分
    # 閉会）``), and the chair's closing turn in the box over it: front matter (the paper's closing), as a closing
    # statement after numbered items is (:func:`_closing`), never the last section's text (issue 16 point 2, helper
    # talks85, fresh-user trial 85a: both had been paragraphs of ``決定事項``)
    fields = fields | _adjournment_foot(lines, layout, starts)
    starts = sorted((set(starts) | set(closing)) - fields)  # a closing field is front matter (closing_fields)
    # a closing contact block (``問い合わせ先`` / ``担当：…`` / ``電話：…``): under its heading a section of its own,
    # each line a paragraph; without a heading its fields are front matter, as closing fields are
    if contact_at is None and contact and contact[0] - 1 in starts:
        contact = []  # fields that are all a section's text (``申込方法`` / ``電話　…`` / ``FAX　…``) stay its own
    if contact_at is None and contact and _in_contact_section(lines, starts, contact[0]):
        contact = []  # the telephone and fax under the section's contact heading (``３　問い合わせ先``) are its text
    contact_heads = {contact_at} - set(starts) if contact_at is not None else set()
    # a release's header line closing the text (``松山市報道発表資料`` under the contact block: a page's head the text
    # layer gave last) is the release's label, front matter as over the headline, never its last section's paragraph
    # (decision, issue 16 point 2, helper news72, fresh-user trial 71)
    label_foot = {len(lines) - 1} if len(lines) > 1 and is_press_label(lines[-1].text) else set()
    fields = fields | label_foot
    starts = [k for k in starts if k not in label_foot]
    if contact_heads and (any(is_press_label(t.text) for t in [*above, *lines[:min(starts, default=len(lines))]])
                          or label_foot
                          or press_contact_heading(lines[contact_at].text) or (lines and end_mark(lines[-1].text))):
        # (a release with no label says what it is by its press contact, ``Media contact:``, ``報道関係者お問い合わせ先``,
        # or by its end mark, ``###``, ``-30-``: helper press66)
        # a press release's closing contact under its heading (``【本件に関するお問い合わせ】``, ``Media contact:``) is
        # the release's, as its label and date over the headline are: front matter, as a notice's contact without a
        # heading is (decision, issue 16, helper prog58); a numbered heading (``５　問い合わせ先``) heads its item
        fields = fields | contact_heads | set(contact)
        contact_heads = set()
    if contact_heads and (signed_head or _signed_over(lines, contact_at)):
        # (a notice signed at its head, its sender over its subject, sets whom to ask as its foot all the same:
        # fresh-user trial 68's ``【問合せ先】`` had been a section)
        # a notice that signs its text (its date, ``桜台市長　高橋 健一``; ``Signed: …`` / its post) and sets whom to ask
        # under the signature (``【問合せ先】`` / the office / ``電話 …``): the block is the notice's foot, front, as
        # after ``以上`` (decision, fresh-user trial 64b, where it had been a section titled ``問合せ先``)
        fields = fields | contact_heads | set(contact)
        contact_heads = set()
    if contact_at is not None and contact_at not in headings and contact_at not in fields and contact \
            and contact[-1] == len(lines) - 1 - (1 if lines and end_mark(lines[-1].text) else 0):
        # a contact block under its own heading that no number counts (``問い合わせ先`` / the office and 課長 /
        # ``電話 …``, ``Contact`` / ``Tel: …``) closing the document: its closing block, never a section (decision,
        # issue 16, helper close82, fresh-user trial 80d's 防災マップ; it had been a section since trial 25). Numbered
        # (``９．問い合わせ先``), it is the item the document's own numbering counts and heads its section as before.
        fields = fields | set(range(contact_at, contact[0])) | set(contact)
        starts = [at for at in starts if at not in fields]
        contact_heads = set()
    if contact_at is None:
        fields = fields | set(contact)
    fields = fields | colophon_lines
    starts = sorted((set(starts) | contact_heads) - set(contact) - colophon_lines)
    # ``以上`` alone on its line closing the body, at the document's end or right over its closing contact block (a
    # notice's ``記`` … ``以上``): the document's closing mark, front matter as ``記`` before the items is, never a
    # paragraph of the last section (decision, issue 16, helper notes55: trial 55b's press release had it a paragraph
    # of ``4 入場料``); inside the text (more of a section after it) it stays where it stands
    after = contact_at if contact_at is not None else (contact[0] if contact else len(lines))
    office = after
    if contact_at is None and contact:
        # a contact block with no heading opens after ``以上`` on its office's line (``港北市 産業振興部`` over
        # ``担当：…`` / ``電話：…``): the office is the block's, as a heading's block takes it
        while office > 0 and after - office < CONTACT_OFFICE_LINES and office - 1 not in starts \
                and not _BODY_END.match(lines[office - 1].text) and contact_shaped(lines[office - 1].text):
            office -= 1
        if office == 0 or not _BODY_END.match(lines[office - 1].text):
            office = after
    if office > 0 and _BODY_END.match(lines[office - 1].text) and (
            (starts and starts[0] < office - 1 and office - 1 not in starts)
            # a meeting's record with no heading: its speeches end there (fresh-user trial 64c's 議事録, whose ``以上``
            # had been the last speech)
            or (not starts and proceedings_start(lines, office - 1, above) is not None)):
        fields = fields | set(range(office - 1, after))
    if starts and (mark := _paired_closing_mark(lines, starts, fields)):
        # ``以上`` closing the items a ``記`` opened, a note under it (a circular's ``回覧後は次の方へお回しください。``):
        # the mark and the note close the document, never the last item's paragraphs (helper talks85, trial 85a)
        fields = fields | mark
    if starts and _BODY_END.match(lines[-1].text) and starts[-1] < len(lines) - 1 and len(lines) - 1 not in fields:
        # ``以上`` alone on the document's last line, under a last section that is whom to ask (``4 問い合わせ先`` /
        # ``緑川市環境部ごみ対策課　電話 …`` / ``以上``): the closing mark all the same, never that section's paragraph
        # (fresh-user trial 68d; the contact block's heading had kept the rule above from seeing it)
        fields = fields | {len(lines) - 1}
    if starts and starts[-1] in headings:
        # a notice's foot right under its last numbered item (its contact block, date and signer; a Chinese report's
        # issuing organ and date): front, closing the document after its last section, never that item's paragraphs
        # (decision, fresh-user trials 64d and 64e)
        last = starts[-1]
        # a run of labelled items one under the other, each on its heading's line (a notice's ``1. 휴관 기간: …`` /
        # ``2. 대상 시설: …`` / ``3. 반납 안내: …``): the closing words set apart under it are the notice's own
        one_liners = len(starts) >= 2 and starts[-2] == last - 1 and starts[-2] in headings \
            and all(_item_field(lines[at].text, headings[at].title_start) for at in (last - 1, last))
        foot = set(notice_foot(lines, last, one_liners, above)) - fields
        if foot:
            fields = fields | foot
            starts = [at for at in starts if at not in foot]
        elif (form := contacts_over_form(lines, last)) is not None:
            # a 回覧板's contact lines over the form its readers fill in (``お問い合わせ：…`` / ``所在地：…`` /
            # ``出欠・確認欄`` / its table): the lines the notice's closing block, the form a section of its own
            fields = fields | set(form[0])
            starts = sorted(set(starts) | {form[1]})
    if starts and (sealed := closing_signatures(lines)) is not None and sealed > starts[-1] \
            and not (fields & set(range(starts[-1], sealed))):
        # a record's signers sealing it at its end (``令和7年5月20日`` / ``議　長　木村 正雄　㊞`` / ``議事録署名人　…　㊞``)
        # under its last part, numbered or not: its closing block, never that part's paragraphs (helper minutes81)
        fields = fields | set(range(sealed, len(lines)))
    if starts and not (fields & set(range(starts[-1], len(lines)))):
        # an English judgment's judge signing its end under its last heading, numbered or not (``Conclusion`` / ``5. …
        # dismissed.`` / ``Mr Justice Harcourt`` / ``12 June 2025``): its signature block, front as a Japanese court's
        # (letters.english_judge_signers; helper judg70b: the lines had been the last section's paragraphs)
        # and a Japanese court's (``横浜地方裁判所第1民事部`` / ``裁判長裁判官   松 井 道 夫`` …) under a last heading that
        # is no numbered item (``第2当裁判所の判断`` whose half-width space clean closed up; a part's ``理　由``): the
        # notice's foot above reads it only under a numbered one (helper judg71, judg70c's strict xfail ``h3``)
        from pipeline.segment.letters import english_judge_signers, judgment_signers

        signed = english_judge_signers(lines, len(lines), above) or judgment_signers(lines, len(lines), list(above))
        if signed is not None and signed[0] > starts[-1]:
            fields = fields | set(range(signed[0], len(lines)))
    if len(lines) > 1 and len(lines) - 1 not in fields and record_credit(lines[-1].text):
        # a record's credit for its writing closing the document (``（文責：事務局）`` under a lecture's last turn):
        # its closing block, never the last speech's section's paragraph (session 81, trial 80e)
        fields = fields | {len(lines) - 1}
    # a meeting's proceedings (its speakers' turns) before the first heading: the body's first section, untitled
    # (with no heading they end where the closing front matter at the document's end opens: its issuer under the last
    # speech, ``…審議会事務局`` / ``（…課）``, session 62)
    closing_from = len(lines)
    while not starts and closing_from > 0 and closing_from - 1 in fields:
        closing_from -= 1
    opens = proceedings_start(lines, starts[0] if starts else closing_from, above,
                              turns_to=len(lines) if starts and starts[0] in agenda_days else None)
    if opens is None and starts and starts[0] in agenda_heads:
        # the running text over the agenda's label is the body's, an untitled section, as a titled paper's text with no
        # heading is (stage.unheaded_body): the label heading it left it no front matter
        opens = next(k for k in range(starts[0]) if _running_text(lines[k].text))
    proceedings = () if opens is None else (Section(number=None, level=1, title=Text.empty(),
                                                    paragraphs=tuple(lines[opens:starts[0] if starts else closing_from])),)
    if proceedings and opens > 0 and is_session_time(lines[opens - 1].text) and starts and starts[0] in agenda_days:
        # the sitting's opening (``午前１０時　開議`` over the chair's first words) before the first agenda item the
        # record takes up: the record's own note titles that part, as each item titles its own (helper shapes76: it
        # had been a section titled ``""``); the time line alone over all the turns stays the record's note
        opens -= 1
        proceedings = (replace(proceedings[0], title=lines[opens].strip(), heading=lines[opens].strip()),)
    if not proceedings and not any(at in headings for at in starts):
        # a notice with no numbered item closing on its date and issuer: its foot, front, as under a last numbered item
        # (decision, issue 16, helper notice66b); an issuer's line read as an unnumbered heading (``○○구청장`` over its
        # date) is the foot's, no heading
        foot = set(unnumbered_foot(lines, fields))
        if foot:
            fields = fields | foot
            starts = [at for at in starts if at not in foot]
    if not starts and not proceedings:
        fields = fields | _closing_mark_unheaded(lines, fields)
        from pipeline.segment.executed import executed_signatures
        if (executed := executed_signatures(lines)) is not None and executed > 0 and not fields & set(range(executed, len(lines))):
            # an English agreement with no heading (its terms numbered sentences) closes on its execution block as one
            # with sections does (helper en84): the block is its closing, never its last paragraphs
            fields = fields | set(range(executed, len(lines)))
    closing_lines = tuple(lines[i] for i in sorted(fields))  # (``closing`` is the closing blocks' labels, above)
    if not starts:
        item_hints = tuple(hint for i, item in sorted(listed.items()) for hint in numbering_hints(item.fills, lines[i]))
        if proceedings:
            return Paper(tuple(lines[:opens]), proceedings, item_hints, tuple(lines[closing_from:]))
        # the closing lines apart (a contact block's): a titled paper with no heading reads the rest of its front as its
        # body (stage.unheaded_body), and they had become its last paragraphs
        return Paper(tuple(t for i, t in enumerate(lines) if i not in fields), (), item_hints, closing_lines)
    sections: list[Section] = []
    hints: list[Hint] = []
    sub_lines = {first_line(lines[i]) for i in subs}
    field_items = labelled_items({at: (headings[at].number, lines[at].text, headings[at].title_start)
                                  for at in starts if at in headings})
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        end = min([end] + [i for i in fields if i > at])
        heading = lines[at]
        body_from = at + 1
        appendix = None
        if at in headings:
            h = headings[at]
            hints.extend(numbering_hints(h.fills, heading))
            # a chapter's label spelled as the solver reads it keeps its title's offset (``Chapter 2 Method``); a label
            # alone (``Chapter 2``) has no title on its line
            if at in goes_on and body_from < end:  # a heading wrapped onto a second line in its own face
                heading = Text.join([heading[:len(heading.text.rstrip())], lines[body_from].strip()], sep=Text.inserted(" "))
                body_from += 1
            title = heading[h.title_start:].strip() if at in whole else heading[len(heading.text):]
            if not title.text and body_from < end and (len(lines[body_from].text) <= 40 or at in chapter_pairs
                                                       or _english_label_title(lines, body_from, headings)) \
                    and not lines[body_from].text.endswith("。"):
                # 第1章 alone on its line: the next line is its title.
                carried = 2 if at in title_wraps and body_from + 1 < end else 1
                title = joined_lines(t.strip() for t in lines[body_from:body_from + carried])
                heading = Text.join([heading.strip(), title], sep=Text.inserted(" "))
                if at in chapter_pairs:  # ``Chapter 1`` / ``1 Introduction``: the number is the heading's, no title's
                    title = title[chapter_pairs[at]:].strip()
                body_from += carried
            number, level = (None if at in grouping else h.number), h.level
            if at in lettered_parts:  # a lettered part: its title after its letter, no number (a section's is digits)
                title, number = heading[lettered_parts[at][1]:].strip(), None
            cut = (run_in_cut(heading.text, h.title_start)
                   or _field_cut(heading.text, h.title_start, at >= items_from or at in field_items)
                   or gutter_field_cut(heading.text, h.title_start)) \
                if texts[at] == heading.text and at not in long_heads else None
            if cut is not None:
                # ``1. Scope. This note reports…``: the heading ends at its title's full stop; the sentence
                # after it opens the section's first paragraph (carried on by the next line when wrapped).
                title = heading[h.title_start:cut].strip()
                title = title[:-1] if title.text.endswith((".", ":", "：")) else title
                sections.append(_run_in_section(number, level, title, heading, cut, lines[body_from:end]))
                continue
        elif (m := _NAMED_RUN_IN.match(heading.text)) is not None:
            # ``Abstract—We study…``: a conventional section name run in with its text
            sections.append(_run_in_section(None, 1, heading[m.start(1):m.end(1)], heading, m.end(), lines[body_from:end]))
            continue
        elif at in subs:
            # an arabic heading under a lettered subsection (``1. Citations`` under ``B. …`` under ``I. …``): one
            # level under the heading before it, numbered under it where that has a number
            parent = sections[-1] if sections else None
            title = heading[_SUB_NUMBER.match(heading.text).end():].strip()  # ``1.``, ``1)`` (IEEE), ``1 ``
            number = f"{parent.number}.{subs[at]}" if parent is not None and parent.number else None
            level = parent.level + 1 if parent is not None else 2
            if parent is not None and parent.heading is not None and first_line(parent.heading) in sub_lines:
                number, level = (f"{parent.number.rsplit('.', 1)[0]}.{subs[at]}" if parent.number and "." in parent.number
                                 else None), parent.level
        elif at in markup:
            # ``## Getting started``: the title after the marks, the level the marks give (the shallowest the paper
            # uses is 1); ``Usage`` / ``-----``: the underline is the heading's own line
            depth, title_start, underline = markup[at]
            if underline:
                heading = Text.join([heading[:len(heading.text.rstrip())], lines[at + 1].strip()], sep=Text.inserted(" "))
                body_from += underline
            title = heading[title_start:len(lines[at].text.rstrip())].strip()
            number, level = None, depth - min(d for d, _, _ in markup.values()) + 1
        elif at in lettered and _lettered_appendix(at, lettered, headings, named):
            # ``A. Technical details`` after ``References``: an appendix, no subsection of the last numbered section
            # (JSS sets its appendices so; they had become 4.1 … 4.4 under ``4. Summary``): a level-1 section whose
            # label is its letter (talk-json.md, *An appendix's label*)
            title = heading[heading.text.index(".") + 1:].strip()
            number, level, appendix = None, 1, lettered[at]
        elif at in lettered:
            # a lettered subsection of the numbered section before it: B under III is 3.2 (numbers are
            # digits in the talk JSON; the heading keeps its letter)
            parent = next((headings[j] for j in range(at - 1, -1, -1) if j in headings), None)
            title = heading[heading.text.index(".") + 1:].strip()
            ordinal = str(ord(lettered[at]) - ord("A") + 1)
            number = f"{parent.number}.{ordinal}" if parent is not None else ordinal
            level = parent.level + 1 if parent is not None else 2
        elif at in closing:
            # a closing block's label heads it (``Action items:``); a field's value opens its first paragraph
            cut = closing[at]
            title = heading[:len(heading.text[:cut].rstrip().rstrip(":：").rstrip())]
            if heading.text[cut:].strip():
                sections.append(_run_in_section(None, 1, title, heading, cut, lines[body_from:end]))
                continue
            number, level = None, 1
        elif at in contact_heads:
            # a closing contact block's heading (``【お問い合わせ】``, ``Contact:``) without its marks and colon
            title = heading.strip()
            words_start, words_end = contact_heading_words(title.text)
            title = title[words_start:words_end].strip()
            number, level = None, 1
        elif at in sequenced:
            # a sequence label's heading: one level under the nearest heading before it that is numbered, or labelled
            # by a kind first seen before its own (``（ア）`` under ``ア`` under ``（1）``); numbered under it by its
            # place in its sequence (``ア`` under 1.2 is 1.2.1), as a lettered subsection is
            label = sequenced[at]
            title = heading[label.title_start:].strip()
            parent = _sequence_parent(sections, [starts[j] for j in range(k)], sequenced, headings, label.kind)
            number = (f"{parent.number}.{label.ordinal}" if parent.number else None) if parent is not None \
                else str(label.ordinal)
            level = parent.level + 1 if parent is not None else 1
        elif at in questions:
            # an FAQ's question heads its answer; its mark (``Q2.``) gives its number
            m = _QUESTION_MARK.match(heading.text)
            title = heading[m.end():].strip() if m else heading.strip()
            number, level = question_number(heading.text), 1
        else:
            if at in labelled or at in wrapped:  # ``Bijlage A`` / ``Symbolen``: one heading, as if set on one line
                carried = wrapped.get(at, 1)
                heading = Text.join([t.strip() for t in lines[at:at + 1 + carried]], sep=Text.inserted(" "))
                body_from += carried
            title = heading.strip()
            if at in agenda_heads:  # ``Agenda:`` is titled ``Agenda``
                title = title[:len(title.text.rstrip(":：").rstrip())]
            if at in parts:  # ``Part II`` / ``Case Studies``, ``Part II: Case Studies``: the words after the label
                title = lines[at + 1].strip() if parts[at] >= len(lines[at].text) else lines[at][parts[at]:].strip()
            # an appendix's ``A.1 …``: one level under its ``A …``; a release's kind of change under its version; a
            # recipe's part under its dish
            number, level = None, appendices.get(at, release.get(at, 2 if at in recipe_part else 1))
            if at in parts and lowered and (printed := part_number(lines[at].text)) is not None:
                # a part holding its numbered chapters (``第1部`` over ``第1章`` / ``第1節``) is numbered as they are,
                # ``"1"``, its level kept (issue 16 point 2, helper newsb85, fresh-user trial 85b's 白書)
                number = str(printed)
            if at in stops:  # ``Stop 3. Life Below Deck``: number 3, the title after the label
                number, title = stops[at][0], heading[stops[at][1]:].strip()
            if at in appendices and (m := _APPENDIX_LETTERED.match(lines[at].text.strip())) is not None \
                    and not m.group(2):
                # ``A First section of the appendix``: its letter, as ``A. Technical details``'s (talk-json.md, *An
                # appendix's label*; trial 78c's quantum template had none); its ``A.1 …`` take theirs under it from
                # :func:`with_appendix_labels`, which also closes the appendices at a section that is none
                appendix = m.group(1)
            elif at in labelled and (own := appendix_label(lines[at].text)) is not None:
                # ``APPENDIX A`` alone over its title (mugsthesis's ``TEST APPENDIX WITH A VERY LONG TITLE …``, too
                # long for :func:`with_appendix_labels` to read as an appendix's heading): the label's letter
                appendix = own
            if at in columns:
                # a column box stands beside the sections of its chapter, at the level of the heading before it
                # (``コラム`` after ``第2節``'s text is the 節's sibling, no subsection of it: it holds none of its
                # text); right under a heading (``第1章`` / ``【コラム】``) it is that heading's first part, one down
                j = next((j for j in range(at - 1, -1, -1) if j in headings), None)
                level = 1 if j is None else headings[j].level + (j == at - 1)
            if at in filing:  # ``【技術分野】``, ``【書類名】特許請求の範囲``: the tag's words, or the document's name
                start, stop, level = filing[at]
                title = heading[start:stop]
            elif at in bracketed:  # (a section's name in brackets alone, ``【参考文献】``, keeps them as before)
                # ``【議事（1）ごみ減量計画の進捗について】``: the words inside, without the item's label and number
                words = bracketed_heading_words(title.text)
                title = title[words[0]:words[1]].strip()
                parent = next((headings[j] for j in range(at - 1, -1, -1) if j in headings), None)
                level = parent.level + 1 if parent is not None else 1
            if title.text[:1] in HEADING_MARKS:
                title = title[1:].strip()
                # a marked heading inside a numbered section is its subsection (``●面積の変化`` under ``Ⅲ．結果``)
                parent = next((headings[j] for j in range(at - 1, -1, -1) if j in headings), None)
                level = parent.level + 1 if parent is not None else 1
        sections.append(Section(number=number, level=level, title=title, paragraphs=tuple(lines[body_from:end]), heading=heading,
                                appendix=appendix))
    kinds = [_heading_kind(at, lines, headings, named - questions - set(lettered) - set(subs) - set(closing) - contact_heads - set(appendices) - set(markup) - set(sequenced) - set(release) - (set(parts) if lowered else set()))
             for at in starts]
    levels = _document_levels([s.level for s in sections], kinds, [layout.size(lines[at]) for at in starts],
                              body, [set_in_capitals(lines[at].text) for at in starts])
    levels = _items_under_headline(levels, kinds, starts)
    sections = [s if s.level == lv else replace(s, level=lv) for s, lv in zip(sections, levels)]
    front_end = opens if opens is not None else starts[0]
    # what each item's list says about its lost number (an item made a subsection keeps its own: one hint a glyph)
    hints.extend(hint for i, item in sorted(listed.items()) for hint in numbering_hints(item.fills, lines[i]))
    return Paper(tuple(lines[:front_end]), proceedings + tuple(sections), tuple(hints), closing_lines)


def _sequence_parent(sections: list[Section], at: list[int], sequenced: dict, headings: dict,
                     kind: str) -> Section | None:
    """The section a sequence-labelled heading of ``kind`` sits under: the nearest before it (``sections``, their
    lines ``at``) that is numbered, unnumbered and unlabelled, or labelled by a kind whose first heading comes before
    this kind's first (``ア`` over ``（ア）``); None where there is none (the labels head the document)."""
    first = {}
    for i in sorted(sequenced):
        first.setdefault(sequenced[i].kind, i)
    for section, i in zip(reversed(sections), reversed(at)):
        if i not in sequenced or first[sequenced[i].kind] < first[kind]:
            return section
    return None


def _items_under_headline(levels: list[int], kinds: list[str], starts: list[int]) -> list[int]:
    """Levels where a plain headline stands right over a heading behind a mark, nothing between (a newsletter's
    ``お知らせ`` / ``■ 粗大ごみの収集日が変わります``): the marked headings that follow it, one after another with
    that mark, are its subsections, one level under it (decision, helper news58b: the headline holds no text of its
    own, its items are its articles). ``kinds`` (:func:`_heading_kind`) and ``starts`` (each heading's line) run in
    the sections' order; a marked heading with text between it and the headline keeps its level.

    >>> _items_under_headline([1, 1, 1, 1, 1], ["plain", "plain", "mark:■", "mark:■", "plain"], [3, 5, 6, 8, 10])
    [1, 1, 2, 2, 1]
    >>> _items_under_headline([1, 1, 1], ["plain", "mark:■", "mark:■"], [3, 5, 7])  # text under the headline
    [1, 1, 1]
    """
    out = list(levels)
    for k in range(len(kinds) - 1):
        if kinds[k] != "plain" or not kinds[k + 1].startswith("mark:") or starts[k + 1] != starts[k] + 1 \
                or levels[k + 1] != levels[k]:
            continue
        j = k + 1
        while j < len(kinds) and kinds[j] == kinds[k + 1] and levels[j] == levels[k]:
            out[j] = levels[k] + 1
            j += 1
    return out


MAX_ENDNOTE_LINES = 4
"""Lines an endnote takes at most, its first included (a longer run under a ``Notes`` heading is running text), as a
dump's footnote (:data:`~pipeline.segment.notes.MAX_NOTE_LINES`)."""

_ENDNOTE_MARK = re.compile(rf"^[\s　]*(?:[0-9０-９]{{1,3}}[.．)）:：]|[（(][0-9０-９]{{1,3}}[)）]|\[[0-9]{{1,3}}\]|注[0-9０-９]{{1,3}}[)）]?|"
                           rf"{CALL})[\s　]*\S")
"""An endnote's number opening its line: ``1.``, ``1)``, ``(1)``, ``[1]``, ``注1``, a superscript number or a
footnote symbol, the note's text after it."""


def endnotes(lines: Sequence[Text]) -> tuple[int | None, list[int]]:
    """A document's endnotes: ``(heading, notes)``, the index of the last heading named for notes (``Notes``,
    ``注``, ``註``: :func:`~pipeline.segment.labels.is_notes_heading`) whose next line opens on a note's number
    (``1.``, ``1)``, ``(1)``, ``[1]``, ``¹``, ``注1``, ``*``), and the indexes of the lines under it up to the next
    section's name (``References``, ``Appendix``) or the end: each note, and a note's wrapped lines
    (:data:`MAX_ENDNOTE_LINES` a note at most). Else ``(None, [])``; so a ``Notes`` heading over prose is no notes.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> endnotes(mk("Text.", "Notes", "1. The holiday weeks are left out.", "2. A third observer", "checked it.", "References", "[1] A."))
    (1, [2, 3, 4])
    >>> endnotes(mk("本文。", "註", "(1) 休日は除く。", "(2) カメラで確かめた。")), endnotes(mk("Notes", "These were taken by hand."))
    ((1, [2, 3]), (None, []))
    """
    at = next((k for k in range(len(lines) - 2, -1, -1) if is_notes_heading(lines[k].text)
               and _ENDNOTE_MARK.match(lines[k + 1].text)), None)
    if at is None:
        return None, []
    out, run = [], 0
    for k in range(at + 1, len(lines)):
        text = lines[k].text
        if is_section_name(text):
            break
        run = 1 if _ENDNOTE_MARK.match(text) else run + 1
        if run > MAX_ENDNOTE_LINES:
            return None, []  # running text under the heading: no notes
        out.append(k)
    return at, out


def _heading_kind(at: int, lines: list[Text], headings: dict, plain: set[int]) -> str:
    """``numbered``, ``mark:■`` (a heading behind a mark), ``plain`` (an unnumbered heading by its name, size or
    shape) or ``other`` (a lettered subsection, a closing block, an FAQ's question: their levels are their own)."""
    if at in headings:
        return "numbered"
    if at not in plain:
        return "other"
    s = lines[at].text.strip()
    return f"mark:{s[0]}" if s[:1] in HEADING_MARKS else "plain"


MIN_CAPITALS_LETTERS = 6
"""Letters a heading in capitals has at least (an acronym alone, ``FAQ``, ``API``, is no heading style of its own)."""


def set_in_capitals(text: str) -> bool:
    """A heading set in capitals: :data:`MIN_CAPITALS_LETTERS` letters or more, nine in ten of its cased letters
    capitals (a name set as it is spelled inside, ``THE JACoW COLLABORATION``).

    >>> set_in_capitals("SUBMISSION OF PAPERS"), set_in_capitals("THE JACoW COLLABORATION"), set_in_capitals("General Layout")
    (True, True, False)
    >>> set_in_capitals("FAQ"), set_in_capitals("2.1 方法")
    (False, False)
    """
    cased = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    return len(cased) >= MIN_CAPITALS_LETTERS and sum(c.isupper() for c in cased) >= 0.9 * len(cased)


def _wrapped_capitals(lines: list[Text], named: set[int], larger: set[int], layout: Layout,
                      labelled: set[int] = frozenset()) -> dict[int, int]:
    """Those of ``named`` that are a heading in capitals set large (``larger``) whose next lines, in the same text
    box and the same size, carry it on in capitals (``CHECKLIST FOR ELECTRONIC`` / ``PUBLICATION``; JACoW's
    ``IEEE REFERENCE STYLE GUIDE AS APPLIED TO JACoW PAPERS,`` / ``PERIODICALS AND OTHER WORKS`` under its ``ANNEX
    B:``), each with the number of lines after its own that it takes: no number, no section name on a line carried
    on, no full stop or colon ending the line before. An appendix's label alone (``labelled``) carries on from its
    title's line under it (the colon after the label ends nothing). Each line is looked at once. Empty for a text
    dump (no sizes)."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    for i in sorted((named & larger) | labelled):
        if i in taken:
            continue
        last = i + 1 if i in labelled else i
        j = last + 1
        while j in named and j in larger and _carries_on(lines[last], lines[j], layout):
            taken.add(j)
            last, j = j, j + 1
        if last > i + (i in labelled):
            out[i] = last - i
    return out


MAX_TITLE_WRAP = 40
"""Characters a chapter title's line carried on (:func:`_label_titles_go_on`) has at most: the rest of a title."""


def _label_titles_go_on(lines: list[Text], labels: list[int], named: set[int], larger: set[int], layout: Layout) -> set[int]:
    """Of the chapter labels alone on their line (``labels``: ``Chapter 4`` over its title on the next line), those whose
    title is wrapped onto a third line (``debian/ ディレクトリー以下に無くてはなら`` / ``ないファイル``, both at 24.8 pt
    under ``Chapter 4``): the third line, read as a heading by its size (``named`` and ``larger``), is set in the
    title's font and size, on its page, with no full stop or colon ending the title's line and no number, section
    name or appendix label of its own, at most :data:`MAX_TITLE_WRAP` characters. Each such label's index; the line
    two under it is the title's end, no heading (issue 16's real-PDF trial: Debian's guide had a section ``ないファイル``
    and one ``イル`` with nothing under them). Empty for a text dump (no sizes)."""
    out = set()
    for i in labels:
        title, j = i + 1, i + 2
        if j >= len(lines) or j not in named or j not in larger:
            continue
        a, b, s = layout.size(lines[title]), layout.size(lines[j]), lines[j].text.strip()
        if a and b and abs(a - b) <= SAME_SIZE * a and layout.font(lines[title]) == layout.font(lines[j]) \
                and layout.page(lines[title]) == layout.page(lines[j]) and len(s) <= MAX_TITLE_WRAP \
                and not lines[title].text.rstrip().endswith((".", ":", "：", "。")) and not is_section_name(s) \
                and explicit_number(s) is None and not is_appendix_label(s):
            out.add(i)
    return out


def _carries_on(line: Text, following: Text, layout: Layout) -> bool:
    """``following`` carries on ``line``, a heading in capitals: both in capitals, the same size, one text box, no
    full stop or colon ending ``line``, no section name, number or appendix label opening ``following``."""
    first, second = line.text.strip(), following.text.strip()
    a, b = layout.size(line), layout.size(following)
    return set_in_capitals(first) and (set_in_capitals(second) or (second.isalpha() and second.isupper())) \
        and bool(a and b) and abs(a - b) <= SAME_SIZE * a and layout.same_box(line, following) \
        and not first.endswith((".", ":", "：", "。")) and not is_section_name(second) \
        and explicit_number(second) is None and not is_appendix_label(second)


LISTING_SHARE = 0.25
"""A text whose lines are this share or more in a monospaced face (its listings) reads its body's size from its
sentences (:func:`_body_size`): below it the listings cannot move the median of all lines, and a paper's sentences'
last lines are as often its references' and footnotes' (REVTeX's aipsamp: 15 verbatim lines of 540, its 60 references
at 8 pt ending sentences beside 40 lines of 10 pt text: the body read as 8 pt had made 31 equations and lines of text
headings)."""


def _body_size(lines: list[Text], layout: Layout) -> float | None:
    """The median size of the lines (PDF), lines turned a quarter (:func:`turned_lines`) aside; ``None`` for fewer
    than 5 sizes (a text dump has none). In a text with listings (:data:`LISTING_SHARE` of its lines or more set in a
    monospaced face where the text is not :func:`~.linekinds.typewritten`), the median size of its sentences' last lines outside the listing, where
    three or more (as :func:`_running_size`): a manual's listings, their line numbers and its index are set smaller than its running text, and
    may outnumber it. Why (issue 16, session 53): CQUThesis' manual sets 1,089 of its 2,009 lines in 9 pt LMMono and
    its index in 9 pt, its running text in 10.5 pt: the median of all its lines was 9 pt, and every line of running
    text, a bullet's too, was set "larger" than the body and read as an unnumbered heading (239 sections); leaving
    out the monospaced lines alone is not enough where a listing numbers its lines in another face (okumacro's 7 pt
    CMR7 numbers beside 9 pt CMTT9: 333 sections)."""
    turned = turned_lines(lines, layout)
    sized = [(i, t, s) for i, t in enumerate(lines) if i not in turned and (s := layout.size(t))]
    mono = sum(monospace(layout.font(t)) for _, t, _ in sized)
    if mono >= LISTING_SHARE * len(sized) and not typewritten(lines, layout):
        prose = [(t, s) for _, t, s in sized if not monospace(layout.font(t))]
        running = [s for t, s in prose if _is_sentence_end(t.text)]
        if len(running) >= 3:
            return statistics.median(running)
        if len(prose) >= 5:
            return statistics.median([s for _, s in prose])  # few sentences: the lines outside the listing
    return statistics.median([s for _, _, s in sized]) if len(sized) >= 5 else None


def _running_size(lines: Sequence[Text], layout: Layout) -> float | None:
    """The running text's size (PDF): the median size of the lines longer than a heading or ending a sentence, else
    of all lines (:func:`_body_size`). A thesis template's body is mostly its headings (``1.1 背景`` … at 14.5 pt,
    nothing under them yet), whose size the median of all its lines is."""
    sizes = [s for t in lines if (len(t.text) > MAX_HEADING_CHARS or _is_sentence_end(t.text)) and (s := layout.size(t))]
    return statistics.median(sizes) if len(sizes) >= 3 else _body_size(list(lines), layout)


def turned_lines(lines: Sequence[Text], layout: Layout) -> set[int]:
    """Indexes of the lines a PDF set vertically in a text most of whose characters it sets horizontally: a landscape
    table's or a figure's text turned a quarter (aastex's rotated table, one cell a line at 4 pt, in a paper set
    horizontally), never a heading, and no measure of the body's size (hundreds of such cells had pulled the body's
    median down, and the paper's own lines became headings set larger than it). A text set vertically (tategaki)
    reads its vertical lines as its text. Empty for a text dump.

    >>> from pipeline.model import LineLayout
    >>> rows = (LineLayout(size=10.0),) * 3 + (LineLayout(size=4.0, vertical=True),)
    >>> sorted(turned_lines([Text.from_raw(s, n) for n, s in enumerate(["Text.", "More.", "End.", "8.5(38)"], 1)], Layout(rows, ())))
    [3]
    """
    vertical = {i for i, t in enumerate(lines) if layout.at(first_line(t)).vertical}
    # most of the text's characters, not lines: a table's cells are short and many (aastex: 665 of 1252 lines)
    share = sum(len(lines[i].text) for i in vertical)
    return vertical if vertical and 2 * share < sum(len(t.text) for t in lines) else set()


def _alike_in_case(numbered: list[int], k: int, levels: list[int], capitals: list[bool] | None) -> list[int]:
    """Of numbered headings set at one size (``numbered``, of more than one level), those set in the case of the
    unnumbered heading ``k``, where some are: the face tells the level where the size does not (ArsClassica sets its
    chapters ``F U N D A M E N T A L S`` in capitals and its sections ``1.1 introduction`` in small letters at one
    measured size; ``A C K N O W L E D G E M E N T S`` is a chapter's heading, level 1, though sections outnumber
    chapters). Else all of them.

    >>> _alike_in_case([0, 1, 2], 3, [1, 2, 2, 1], [True, False, False, True])
    [0]
    >>> _alike_in_case([0, 1, 2], 3, [1, 2, 2, 1], None)
    [0, 1, 2]
    """
    if capitals is None or len({levels[n] for n in numbered}) < 2:
        return numbered
    alike = [n for n in numbered if capitals[n] == capitals[k]]
    return alike or numbered


SAME_SIZE = 0.08
"""Two heading sizes within this share of each other are one size (one level): a line's measured size mixes its
fonts' (``付録G`` at 13.81 pt beside ``付録F`` at 13.27 pt, ``B.1`` at 11.06 pt beside ``B.2`` at 11.96 pt), while
LaTeX's steps between sizes are 9% or more (10, 10.95, 12, 14.4 pt)."""


def _document_levels(levels: list[int], kinds: list[str], sizes: list[float | None], body: float | None,
                     capitals: list[bool] | None = None) -> list[int]:
    """Section levels that follow the document's own hierarchy, as Word's and LaTeX's converters read it: each
    style of heading takes its level where it first appears, and keeps it.

    - **Marks** (``■``, ``●``): a mark first seen under the numbered headings heads subsections, each one level under
      the numbered heading before it (``●面積`` under ``1. 結果`` is level 2, under ``2.1`` level 3: as given); a mark
      that opens the document's headings is level 1 wherever it recurs, a mark first seen under it (the earlier mark
      recurring after it) one level deeper; numbered headings first seen under such a mark, where the mark recurs
      after them, are its items, one level under it (``■ 調査の方法`` / ``（1）住民への聞き取り`` / ``（2）…`` /
      ``■ 調査の結果``: ``■`` 1, ``（1）`` 2).
    - **Sizes** (a PDF): an unnumbered heading set larger than the body takes the level of the numbered headings set
      nearest its size, within :data:`SAME_SIZE` (``Citations tests`` at 11.96 pt beside ``1.1 First subsection`` at
      11.96 pt is level 2); one set smaller than all of them one level under the deepest; without two numbered
      headings set larger than the body, its size's rank among the sizes two headings or more share (two such sizes
      or more), the largest level 1: a heading alone in its size ranks nothing.
    - **Case** (a PDF whose unnumbered headings share one size, ``capitals`` telling which are set in capitals:
      :func:`set_in_capitals`): with two capitals headings or more and two others or more after the first of them,
      those others are level 2 under the capitals before them (JACoW's ``MANUSCRIPTS`` over ``General Layout``).

    Other headings keep the level they were given. ``levels``, ``kinds`` (:func:`_heading_kind`) and ``sizes`` run
    in the sections' order.

    >>> _document_levels([1, 1, 1, 2, 1], ["mark:■", "numbered", "numbered", "mark:■", "numbered"], [None] * 5, None)
    [1, 2, 2, 1, 2]
    >>> _document_levels([1, 2, 2, 3], ["numbered", "mark:●", "numbered", "mark:●"], [None] * 4, None)
    [1, 2, 2, 3]
    >>> _document_levels([1, 1, 1, 1], ["plain", "plain", "numbered", "numbered"], [14.3, 12.0, 14.3, 12.0], 10.0)
    [1, 1, 1, 1]
    >>> _document_levels([1, 1, 1, 2], ["plain", "plain", "numbered", "numbered"], [14.3, 12.0, 14.3, 12.0], 10.0)
    [1, 2, 1, 2]
    >>> _document_levels([1] * 5, ["plain"] * 5, [14.3, 12.0, 14.3, 12.0, 10.0], 10.0)
    [1, 2, 1, 2, 1]
    >>> _document_levels([1] * 4, ["plain"] * 4, [14.3, 12.0, 12.0, 12.0], 10.0)  # a size held by one heading
    [1, 1, 1, 1]
    >>> _document_levels([1] * 6, ["plain"] * 6, [12.0] * 6, 10.0, [False, True, False, False, True, False])
    [1, 1, 2, 2, 1, 2]
    """
    out = list(levels)
    numbered = [k for k, kind in enumerate(kinds) if kind == "numbered"]
    marks: dict[str, list[int]] = {}
    for k, kind in enumerate(kinds):
        if kind.startswith("mark:"):
            marks.setdefault(kind, []).append(k)
    mark_level: dict[str, int] = {}
    for kind, at in sorted(marks.items(), key=lambda item: item[1][0]):
        first = at[0]
        if any(k < first for k in numbered):
            continue  # under the numbered headings: each one level under the numbered heading before it (as given)
        # under an earlier mark that recurs after this one's first heading, else level 1
        outer = [mark_level[o] for o, o_at in marks.items() if o in mark_level and o_at[0] < first and o_at[-1] > first]
        mark_level[kind] = max(outer) + 1 if outer else 1
    for kind, at in marks.items():
        for k in at if kind in mark_level else ():
            out[k] = mark_level[kind]
    if numbered:
        first = numbered[0]
        over = [mark_level[o] for o, o_at in marks.items() if o in mark_level and any(k > first for k in o_at)]
        if over:
            for k in numbered:
                out[k] = levels[k] + max(over)
    if body is None:
        return out
    # sizes: the level of the numbered headings set nearest its size, else (no numbered heading set larger than the
    # body) its size's rank among the headings' sizes
    larger = [(sizes[k], out[k]) for k in numbered if sizes[k] is not None and sizes[k] >= body * LARGER]
    plain = [k for k, kind in enumerate(kinds) if kind == "plain" and sizes[k] is not None and sizes[k] >= body * LARGER]
    if len(larger) >= 2:
        for k in plain:
            size = sizes[k]
            near = min(abs(s - size) for s, _ in larger)
            if near <= SAME_SIZE * size:
                at_size = [n for n in numbered if sizes[n] is not None and sizes[n] >= body * LARGER
                           and abs(abs(sizes[n] - size) - near) <= 0.01 * size]
                out[k] = statistics.mode(out[n] for n in _alike_in_case(at_size, k, out, capitals))
            elif size < min(s for s, _ in larger):
                out[k] = max(lv for _, lv in larger) + 1
        return out
    # each size two headings share at least: one a heading alone in its size (a title block's line read as a heading,
    # JACoW's example title) ranks nothing
    tiers: list[list[float]] = []
    for size in sorted((sizes[k] for k in plain), reverse=True):
        if not tiers or size < tiers[-1][0] * (1 - SAME_SIZE):
            tiers.append([size])
        else:
            tiers[-1].append(size)
    shared = [tier[0] for tier in tiers if len(tier) >= 2]
    if len(shared) >= 2:
        for k in plain:
            j = min(range(len(shared)), key=lambda j: abs(shared[j] - sizes[k]))
            if abs(shared[j] - sizes[k]) <= SAME_SIZE * sizes[k]:
                out[k] = j + 1
    elif len(shared) == 1 and capitals is not None and not numbered:
        # one size for every heading: its case tells the levels (JACoW's capitals over its Title Case subsections)
        at_size = [k for k in plain if abs(shared[0] - sizes[k]) <= SAME_SIZE * sizes[k]]
        upper = [k for k in at_size if capitals[k]]
        under = [k for k in at_size if not capitals[k] and upper and k > upper[0]]
        if len(upper) >= 2 and len(under) >= 2:
            for k in under:
                out[k] = 2
    return out


_CHAPTER_SECTION = re.compile(r"^[\s\u3000]*([0-9０-９]{1,2})[-‐－.．]([0-9０-９]{1,2})[\s\u3000]+\S")
"""A chapter's section numbered under it (``2-1　報告とは何か``, ``3.2 調査の方法``): the chapter's number, the section's."""
MIN_CHAPTER_SECTIONS = 2


def chapter_sections(texts: list[str], line_numbers: list[int]) -> dict[int, Heading]:
    """The solver's headings (:func:`~pipeline.numbering.solve`), read as a chapter's: where :data:`MIN_CHAPTER_SECTIONS`
    lines or more number sections under one chapter N (``2-1``, ``2-2``, :data:`_CHAPTER_SECTION`) and no line is
    chapter N's own heading, the solver reads them under ``第N章`` set over the text (the chapter printed alone, its
    heading the document's title: ``titleblock.chapter_alone``), so the numbers ``（1）``, ``（2）`` under each section
    stay its items and never become the body's top level. Why (issue 16 point 2, fresh-user trial 75a): a training
    manual's chapter had ``2-1`` in its front and each ``（1）`` item a section 1. Else the solver's reading as is.

    >>> doc = ["2-1　報告とは何か", "本文です。", "（1）結論から", "本文です。", "（2）事実と意見", "本文です。", "2-2　連絡のしかた", "本文です。", "（1）手段", "本文です。"]
    >>> [(i, h.number, h.level) for i, h in sorted(chapter_sections(doc, list(range(1, 11))).items())]
    [(0, '2.1', 2), (6, '2.2', 2)]
    """
    headings = {h.index: h for h in solve(texts, line_numbers)}
    chapters = {m.group(1).translate(_WIDE_DIGITS) for t in texts if (m := _CHAPTER_SECTION.match(t))}
    count = sum(1 for t in texts if _CHAPTER_SECTION.match(t))
    if len(chapters) != 1 or count < MIN_CHAPTER_SECTIONS:
        return headings
    chapter = chapters.pop()
    first = next(i for i, t in enumerate(texts) if _CHAPTER_SECTION.match(t))
    if any(h.number == chapter and (texts[h.index].lstrip(" \u3000").translate(_WIDE_DIGITS).startswith((chapter, "第"))
                                    or h.index < first)
           for h in headings.values()):
        # the chapter's heading is in the text, in any numbering over its first section (``（2）方法`` over ``2-1
        # 調査地``: a paper bracketing its sections, helper field49's case): read as it stands
        return headings
    seeded = solve([f"第{chapter}章"] + texts, [0] + line_numbers)
    if not seeded or seeded[0].index != 0 or seeded[0].number != chapter:
        return headings
    return {h.index - 1: replace(h, index=h.index - 1) for h in seeded[1:]}


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

