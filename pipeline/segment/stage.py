"""The segment stage itself (:func:`segment`): the package's doc string (:mod:`pipeline.segment`) says what it does.

It lives apart from the package's ``__init__`` so that a process importing one module of the package (restore reads
:func:`pipeline.segment.paragraphs.join_wraps` and :func:`pipeline.segment.halves.bilingual_halves`) imports that
module's own needs, not every module of the stage (issue 19, point 5: a restore process's start).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.chardata import EN, JA, JA_LETTER_RE, LATIN_WORD_RE, LAYOUT_SPACES, has_japanese, is_korean, lang_of, script_of, writing_of
from pipeline.ids import ADDRESS_CITY, EVENT_CITY, SIGNER_CITY, korean_city_slug, slug, talk_ident
from pipeline.numbering import explicit_number, heading_number_end, heading_shaped
from pipeline.model import (GAP, raw_runs, Author, Bilingual, Cleaned, Evidence, Hint, LedgerRow, Segmented, Slide, Speaker, Spellings, Talk,
                            Text, ledger_rows_for, spellings_of)
from pipeline.segment.changelog import release_headings
from pipeline.segment.contents import (entry_parts, find_contents, is_contents_title, is_list_title,
                                       paired_page_column, restated_heading,
                                       wrapped_entries)
from pipeline.segment.cover import Titles, cover_titled_by_copy, join_cover_title, read_cover
from pipeline.segment.events import (is_edition_line, meeting_papers, is_press_label, is_record_kind, masthead_descriptor, masthead_wraps, periodical_issue,
                                     release_closing_heading)
from pipeline.segment.figures import captions_out_of_flow, figure_text
from pipeline.segment.front import (bilingual_halves, title_halves, footnoted_affiliations, front_wraps, prefix_hints, reading_to_speaker, speaker_of,
                                   subtitle_hints)
from pipeline.pagenumbers import page_number
from pipeline.clean import clean_set_aside
from pipeline.clean.hyphenation import broken_halves, title_wrap_decision, wraps_lang
from pipeline.segment.breakheads import breaks_inside_tables, closing_folio, heads_at_form_feeds, heads_beside_one_folio, heads_with_their_folio, lone_closing_folio, title_copies_at_folios
from pipeline.segment.frames import framed_lines, rule_lines
from pipeline.segment import rfc
from pipeline.segment.kanjifolios import kanji_folios
from pipeline.segment.verse import verse_body, verse_lines
from pipeline.segment.furniture import (titles_set_aside, _shaped_folio_tail, section_mark_heads, closing_thirty, continued_page_numbers, folio_runs, folio_span, folio_value, lifted_title_cells, page_numbers, paged_volume_folios,
                                       running_lines, sequenced_folio_lines, volume_heads_at_numbers, volume_page_numbers)
from pipeline.segment.contacts import contact_field, contact_line, contact_pieces, contact_value
from pipeline.segment.labels import (tagged_fields, LETTER_OPENINGS, chapter_word_wraps, is_notes_heading, is_references_heading, turns_apart, is_items_mark, is_letter_formula, contact_lead, agenda_label, dated_entries, notice_number_line, is_contact_heading, press_contact_heading, field_line, form_field, is_date_line, is_salutation, is_section_name,
                                     lecture_title, letter_signs, quoted_title, quoted_title_en, recording_credits, subject_value, title_label_end)
from pipeline.segment.programme import day_heading, ends_sentence_line, quoted_lecture, timetable
from pipeline.segment.letters import (closing_place, memo_sender, english_judge, issued_by, letter_title, subject_titled, ADDRESS_UNDER_NAME, NUMBER_FIRST, chinese_issuer, close_over_signature, credit_signer, head_credit, head_sender, japanese_issuer, chinese_organ, closing_signer, issuer_city, issuer_label_subject, is_issuer_label, issuer_label_name, korean_issuer_city, is_notice_subject, letterhead_institution, notice_subject, signature, signer,
                                      reference_block, subject_shaped, under_reference_subject, unlabelled_subject, with_letterhead)
from pipeline.segment.joinlines import affiliation_lines, joined_lines
from pipeline.segment.ladder import ladder_headings, ladder_mark
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.measures import paper_measure, prose_measure
from pipeline.segment.notes import author_note, dump_notes, note_calls, opens_note
from pipeline.segment.articles import law_of
from pipeline.segment.paragraphs import document_sets_paragraphs_apart, join_wraps, vertical_verse, wrapped_sentence_opens
from pipeline.segment.places import (CityName, municipal_institution_en, parish_named_by_address, municipality_start, foreign_town, credit_city_en, municipality_named_en, dictionary_spells, municipality_word_named_en, dateline_city, place_date_line, held_in_place, recorded_place, find_city_en, in_usual_case, is_city_only_line, is_city_place_line, is_placeholder_place,
                                     municipality_span, names_municipality, is_town_en, place_line_en, place_names_city, prefecture_seat, prefecture_named_en, namesake_named_en, town_named_en, name_spellings, names_the_speaker,
                                     state_city_note, event_line_city_en, occasion_place_date_line, venue_over_dates_en, venue_under_time_en)
from pipeline.segment.parallel import parallel_sections
from pipeline.segment.runin import (case_line, english_judgment, filing_kind, judgment_document, judgment_head, judgment_head_field,
                                    judgment_parts, party_line, run_in_apart)
from pipeline.segment.signedpieces import signed_pieces
from pipeline.segment.kanalabels import motions_as_chapters, parts_as_chapters
from pipeline.segment.noticeitems import mend_items
from pipeline.segment.lots import catalogue_entry_lines, lot_headings
from pipeline.segment.sections import (closing_note_lines, column_boxes, signing_office, diary_rows, HEADING_MARKS, short_phrase, long_labelled_heads, part_signer, _is_sentence_end as is_sentence_end, CONTACT_OFFICE_LINES, Paper, Section, closing_mark, contact_block, end_mark, listed_key, contact_block_joined, empty_markup_headings, endnotes, letter_headings, with_appendix_labels,
                                       keywords_in_front, display_pages_in_front, notice_item_number, notice_items, split_paper)
from pipeline.segment.speakernotes import with_speaker_notes
from pipeline.segment.separators import inner_rules, separator_ends, separator_rows
from pipeline.segment.slips import slip_cut, slip_section
from pipeline.segment.slides import (Deck, pages_of_several_slides, split_slide_labels, build_deck, built_up_rows, cover_copy_rows, handout_deck, page_deck,
                                      page_number_rows, slide_boxes, split_glued_numbers)
from pipeline.segment.slidetext import is_title_case
from pipeline.segment.talks import TalkSpan, headline_under_lead, pages_hold_little_prose, talk_spans
from pipeline.segment.webpage import browser_printed, header_site
from pipeline.segment.tables import address_lines, doubled_rows_over_breaks, table_runs, with_tables
from pipeline.segment.linekinds import code_lines
from pipeline.segment.listings import section_with_listings, with_listings
from pipeline.segment.titleblock import tagged_title, LEAD_LABEL, LEAD_ORGANISATION_LABEL, sect_line
from pipeline.segment.names import is_person_name, names_a_group, name_start, name_then_affiliation, speech_credit, titled_credit_ja
from pipeline.segment.names import speaker_split
from pipeline.segment.organisations import (MUNICIPALITY_SUFFIXES, surname_as_municipality, addressee_line, is_municipality, PRIVATE_BODIES, municipalities_in, is_sub_unit, names_institution, is_address_line, is_organisation, is_postal_affiliation,
                                           organisation_line, organisation_only)
from pipeline.segment.titleblock import (quoted_title_under_series, book_author_over_details, guest_row, held_at_municipality_ja, time_slot, timed_slot_prefix, talk_number, year_alone, is_title_translation, municipal_school_city, publisher_line, CITY_EVIDENCE_LINES, city_evidence, Block, CODED_TITLES, coded_titles, NUMBER_SPEAKER_GLUE, affiliation_city, office_line_city, organiser_city, co_organiser_city, venue_city, names_event_party, block_title, is_title_line, city_in_title, is_prose, read_block, talk_number_value, title_spacing_rows, unspaced_ja,
                                         title_over_speaker, book_citation_cut, title_without_edition, session_heading, trimmed_part, subtitle_set_after, kind_label_before, dash_subtitle_after, goes_on_after_colon, title_without_mark, title_without_markup, unspaced)
from pipeline.vocab import Action, Reason, Rule

FURNITURE_RULE = "page_furniture"
MAX_CONTENTS = 2
"""Tables of contents one paper holds at most (one per language of a bilingual manual)."""
MAX_LISTS = 4
"""Lists of figures, tables (… ``contents.LIST_TITLES``) one paper holds at most, each apart from its contents."""


@dataclass(frozen=True)
class _Doc:
    """What every talk of the document shares while it is built."""

    lines: list[Text]
    layout: Layout
    page_numbers: frozenset[int]  # indexes (into lines) of their page's number
    measure: int | None
    marker_spellings: Spellings  # the lost glyphs a text dump spells out, (cid:N) (a row names them whole)
    furniture: tuple[int, ...] = ()  # raw line numbers, sorted, of the running heads set aside (a page break's mark)
    folios: frozenset[int] = frozenset()  # raw lines of a paged dump's folios rising one a page at a page edge (furniture.folio_runs)
    sites: tuple[Text, ...] = ()  # the site's name a printed web page's browser header gives (webpage.header_site)
    organisers: tuple[Text, ...] = ()  # a programme's event lines naming its organiser (``主催：浜松市``), every lecture's
    end_mark: int | None = None  # index (into lines) of a closing ``-30-``, a release's end mark, no folio (furniture.closing_thirty)
    running_copies: tuple[Text, ...] = ()  # the running lines set aside whole (a slide 1 may take one back: _slide_titled_by_title_copy)
    apart: bool = False  # no paragraph of the document starts flush after another's end (paragraphs.document_sets_paragraphs_apart)


def _furniture_rows(texts: list[Text], reason: str, spellings: Spellings) -> list[LedgerRow]:
    rows: list[LedgerRow] = []
    for t in texts:
        rows.extend(ledger_rows_for(t, rule=FURNITURE_RULE, reason=reason, spellings=spellings))
    return rows


RECORD_KIND_LINES = 12
"""Lines under a title block a record's kind alone (``AGENDA``) is looked for on (:func:`_record_kind_line`)."""


def _parts_closed_up(paper: Paper, heads: list[Text]) -> Paper:
    """``paper`` with each section headed by one of ``heads`` (a judgment's part alone on its line:
    :func:`~pipeline.segment.runin.judgment_parts`) titled by its word closed up (``主　　　文`` → ``主文``,
    :func:`~pipeline.segment.titleblock.unspaced_ja`). The title is a view inside the section's heading, which keeps
    the ideographic spaces: no ledger row (the title block's own title, with no heading, needs one)."""
    at = {(h.text, h.first_pos()) for h in heads}
    return replace(paper, sections=tuple(replace(sec, title=unspaced_ja(sec.title))
                                         if (sec.title.text, sec.title.first_pos()) in at else sec
                                         for sec in paper.sections))


def _numbered_under_parts(paper: Paper, heads: list[Text]) -> Paper:
    """``paper`` with the sections under each named part of a judgment (``heads``: its lines that head a section,
    ``事実及び理由``, ``理由``; :func:`~pipeline.segment.runin.judgment_parts`, :func:`~pipeline.segment.runin.run_in_apart`)
    one level deeper, where the first section after the part is numbered (``第１　請求``): the part is level 1, its
    ``第N`` level 2, a ``1`` under ``第N`` level 3, a ``（1）`` level 4. The sections' numbers stay as printed (``3``,
    ``3.1``). They are the part's until the next section at the part's level that is unnumbered (another part, a
    closing block). A part with no numbered section right under it (``主文`` over its items) changes nothing.

    Why (issue 16 point 2, helper judg69; fresh-user trial 68c): ``第1``…``第4`` had been level 1 beside
    ``事実及び理由``, as if the part were a heading of no text; a judgment numbers them inside it.
    """
    at = {(h.text, h.first_pos()) for h in heads}
    sections = list(paper.sections)
    k = 0
    while k < len(sections):
        part = sections[k]
        k += 1
        if part.heading is None or (part.heading.text, part.heading.first_pos()) not in at or part.number is not None:
            continue
        if k >= len(sections) or sections[k].number is None:
            continue
        while k < len(sections) and not (sections[k].number is None and sections[k].level <= part.level):
            sections[k] = replace(sections[k], level=sections[k].level + 1)
            k += 1
    return replace(paper, sections=tuple(sections))


def _record_kind_line(lines: list[Text], start: int, end: int) -> int | None:
    """The first line from ``start`` (within :data:`RECORD_KIND_LINES`, before ``end``) that is a meeting's record's
    kind alone (:func:`~.events.is_record_kind`: ``Agenda``, ``MINUTES``, ``議事録``) or an agenda's label
    (:func:`~.labels.agenda_label`: ``Order of business``, ``Agenda:``), else None. Its organisation's
    header over it, with no title line of its own, is the document's title (decision, issue 16, fresh-user trial 61:
    a parish council's agenda under ``FENWICK PARISH COUNCIL`` had been titled by the first half of its notice's
    sentence, then by nothing). The kind stays where it stands, the label over the items (``sections._agenda_items``)
    and never the subtitle: a document's kind is front matter, as ``Minutes`` over a meeting's name is.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _record_kind_line(mk("FENWICK PARISH COUNCIL", "Notice is hereby given.", "AGENDA", "1. Apologies"), 1, 4)
    2
    >>> _record_kind_line(mk("FENWICK PARISH COUNCIL", "Notice is hereby given.", "Agenda items follow."), 1, 3) is None
    True
    """
    return next((i for i in range(start, min(end, start + RECORD_KIND_LINES))
                 if is_record_kind(lines[i].text) or agenda_label(lines[i].text)), None)


def _contents_over_title(before: list[Text], layout: Layout) -> tuple[list[Text], list[Text]]:
    """A table of contents among the lines over a talk's title block, as ``(entries, headings)``: a volume's contents
    before its first talk (``目次`` / ``第1講演　新潟市 ………… 2`` / ``第2講演　富山市 ………… 5``), found by
    :func:`~pipeline.segment.contents.find_contents` as the body's is (a heading over entries, or a run of
    :data:`~pipeline.segment.contents.MIN_LEADER_RUN` leader entries). Lines without a contents' shape stay front.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> entries, heads = _contents_over_title(mk("第12回 会議 報告書", "目次", "第1講演　新潟市 ……… 2", "第2講演　富山市 ……… 5"), Layout.plain())
    >>> [t.text for t in entries], [t.text for t in heads]
    (['第1講演\u3000新潟市 ……… 2', '第2講演\u3000富山市 ……… 5'], ['目次'])
    >>> _contents_over_title(mk("第12回 会議 報告書", "令和6年10月"), Layout.plain())
    ([], [])
    """
    span = find_contents(before, layout) if before else None
    if span is None:
        return [], []
    block = before[span[0]:span[1]]
    return [t for t in block if not is_contents_title(t.text)], [t for t in block if is_contents_title(t.text)]


def _paper(doc: _Doc, start: int, end: int) -> tuple[list[Text], list[Text], list[Text], list[LedgerRow]]:
    """A paper's body lines: page numbers out (ledger), the contents apart. Returns (body, contents, headings, rows):
    ``headings`` are the contents' own headings (``目次``, ``Contents``, ``List of Figures``:
    :func:`~pipeline.segment.contents.is_contents_title`), front matter, never an entry of the contents (trial 45's
    report listed ``目次`` as its first entry)."""
    body, rows = [], []
    for i in range(start, end):
        t = doc.lines[i]
        n = page_number(t.text)
        if i != doc.end_mark and (i in doc.page_numbers or (n is not None and n.shaped)):
            rows.extend(_furniture_rows([t], "page-number", doc.marker_spellings))
        else:
            body.append(t)
    # a page's footnotes (extract marks them: pipeline.extract.footnotes) are no entry of a contents it stands under:
    # read apart, they go back among the body's lines where they stood, for its notes (mnras' guide: the first
    # page's author notes under its contents column had become four entries of the contents)
    whole = body
    notes = {id(t) for t in body if doc.layout.at(first_line(t)).note}
    if notes:
        body = [t for t in body if id(t) not in notes]
    contents: list[Text] = []
    headings: list[Text] = []
    tables = 0
    for _ in range(MAX_CONTENTS + MAX_LISTS):
        # after the paper's contents, a run of leader entries is a back-matter list (a change history, an index)
        span = find_contents(body, doc.layout, headless=not contents, after=contents[-1] if contents else None)
        if span is None:
            break
        # a law's contents (``第1章　総則（第1条・第2条）`` …) ends where its body opens, at its first division or
        # article (or that article's caption), though the body's heading restates no entry whole
        law = law_of([t.text for t in body])
        if law is not None and span[0] < law.start < span[1]:
            span = (span[0], law.start)
        block = body[span[0]:span[1]]
        # a bilingual manual lists its sections once per language; a thesis lists its figures and tables apart too
        tables += not is_list_title(block[0].text)
        if tables > MAX_CONTENTS:
            break
        # a roman or shaped number alone closing the contents' page (``i``, ``- ii -``: front matter's own
        # numbering) is its folio; an Arabic one may be the last entry's page number, wrapped
        while len(block) > 1 and (n := page_number(block[-1].text)) is not None and (n.roman or n.shaped):
            rows.extend(_furniture_rows([block[-1]], "page-number", doc.marker_spellings))
            block = block[:-1]
        # … and an Arabic one is the next page's folio where the contents puts the heading under it on that page
        if len(block) > 1 and span[1] < len(body) and _folio_of_listed(block[-1], body[span[1]], block[:-1]):
            rows.extend(_furniture_rows([block[-1]], "page-number", doc.marker_spellings))
            block = block[:-1]
        # the body's first heading read inside the contents (kanbun-en) opens the body after it, no entry
        inside = restated_heading(block)
        heading = [block[inside]] if inside is not None else []
        block = block[:inside] + block[inside + 1:] if inside is not None else block
        headings += [t for t in block if is_contents_title(t.text)]
        # a column of page numbers pdfminer set apart from the titles: each number its entry's page (trial 76c)
        # … and an entry wrapped over two lines or more one entry, its page on its last line (trial 78c)
        contents += wrapped_entries(paired_page_column([t for t in block if not is_contents_title(t.text)],
                                                       doc.layout), doc.layout)
        body = body[: span[0]] + heading + body[span[1]:]
    # a bare number right over a heading the contents lists on that page is the page's folio (a centred folio over
    # pages too short for furniture.placed_folios to prove a run)
    folios = {k for k in range(len(body) - 1) if _folio_of_listed(body[k], body[k + 1], contents)}
    for k in sorted(folios):
        rows.extend(_furniture_rows([body[k]], "page-number", doc.marker_spellings))
    body = [t for k, t in enumerate(body) if k not in folios]
    if notes:
        kept = {id(t) for t in body} | notes
        body = [t for t in whole if id(t) in kept]  # the body's own order, the notes where they stood
    return body, contents, headings, rows


def _folio_of_listed(number: Text, heading: Text, contents: list[Text]) -> bool:
    """``number`` is a bare Arabic number (``2``) alone on its line right over ``heading``, a line whose words are
    the title of an entry of ``contents`` that gives that page (``Training and coaching        2``): the page's
    folio, as the contents itself says where the heading stands (decision, issue 16, helper report61: a report's
    centred folios over sections a short page each had stayed paragraphs, the first swallowed into the contents as
    an entry). A number over a line the contents lists at another page, or lists nowhere, is no folio by this.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> toc = mk("Introduction ........ 1", "Training and coaching ........ 2")
    >>> _folio_of_listed(*mk("2", "Training and coaching"), toc), _folio_of_listed(*mk("3", "Training and coaching"), toc)
    (True, False)
    """
    s = number.text.strip()
    if not (s.isascii() and s.isdigit()):
        return False
    key = listed_key(heading.text)
    return any(listed_key(title) == key and page == s for title, page in map(entry_parts, (t.text for t in contents)))


def _raw_lines(t: Text) -> range:
    """The raw line numbers a cleaned line spans."""
    a, b = first_line(t), last_line(t)
    return range(a, b + 1) if a is not None and b is not None else range(0)


def _english_title_block(body: list[Text], layout: Layout) -> tuple[range, range] | None:
    """The lines of the English title block inside a Japanese paper's body and those of its title, else ``None``: an
    English title with its authors right under it (:func:`~pipeline.segment.titleblock.block_title`) and their
    affiliation lines, after the Japanese text began (``Designing Station Announcements …`` / ``Sayaka Nakamura¹,
    John Miller²`` / ``¹ Institute of Engineering, …``). The title may go on over a line of its own after a colon
    (``… in a Regional City:`` / ``A Case Study of …``): its lines each English, none a sentence's, the one before
    each next ending on the colon (fresh-user trial 61d: the line after the colon had been ``title.en`` alone)."""
    for i, t in enumerate(body):
        if script_of(t.text) != EN or JA_LETTER_RE.search(t.text) or not is_title_case(t.text) \
                or not any(script_of(b.text) == JA for b in body[:i]):
            continue  # a sentence before a list of names (``The font maps were written by …``) is no title
        if _quoted_in_text(body, i):
            continue  # an example's English lines inside the Japanese text (a control file's ``Title: Gentoo Manual``)
        block = read_block(body, i, layout=layout)
        title = range(i, block.title_end if block.title_end is not None else i + 1)
        if title_over_speaker(body, block) == i and (block.title_end is None or _goes_on_after_colon(body, title)) \
                and not any(JA_LETTER_RE.search(body[k].text) for k in block.speaker):
            return range(i, block.speaker[-1] + 1), title
    return None


def _english_half_title(body: list[Text], title_ja: str) -> int | None:
    """The index of the English title opening the English half of a Japanese notice's body, else ``None``: the body
    parts once, its Japanese text first (one line at least, no English line among it), then an English title-cased
    line that translates the Japanese title (:func:`~pipeline.segment.titleblock.is_title_translation`: a title
    phrase, no sentence, name, organisation or event), then the English text, each line a sentence's end
    (:func:`~pipeline.segment.programme.ends_sentence_line`). The notice given again in English: its heading is the
    title's translation, never a section's, and the Japanese text over it no front matter (issue 16, fresh-user trial
    66b: ``ごみの出し方が変わります`` … ``Changes to Waste Collection`` / ``From April 2025, …``: the heading had become a
    section's title, the Japanese text front). An English heading among Japanese sections, or one over English text
    that goes on in Japanese, stays a heading."""
    at = next((k for k, t in enumerate(body) if script_of(t.text) == EN), None)
    if at is None or at == 0 or at + 1 >= len(body):
        return None
    line = body[at].text.strip()
    if JA_LETTER_RE.search(line) or not is_title_case(line) or line.endswith((".", ":", "：")) \
            or not is_title_translation(title_ja, line):
        return None
    if any(script_of(t.text) != EN or not ends_sentence_line(t.text) for t in body[at + 1:]):
        return None
    # a Japanese half under a heading of its own (``夏祭りのお知らせ`` over its text) is an article the English line
    # heads in turn (``Summer Festival``): no title's translation (trial 64's newsletter, review of ja66)
    if any(not ends_sentence_line(t.text) and not is_organisation(t.text.strip()) for t in body[:at]):
        return None
    return at


_RECORD_FIELD = re.compile(r"^[A-Z][A-Za-z-]{1,24}:\s+\S")
"""A record's field, its name then a colon and its value (``Title: Gentoo Manual``, ``Author: Emil Brink``)."""


def _quoted_in_text(body: list[Text], i: int) -> bool:
    """The English line ``body[i]`` stands inside the Japanese text, no title block: the run of English lines holding it
    has Japanese running text right over it and right under it (an example the text quotes: ``例えば、…は次のように
    なります:`` / ``Document: gentoo`` / ``Title: Gentoo Manual`` / ``Author: Emil Brink`` / … / ``このファイルの書式に
    ついては…``), or the line is a record's field with another field right over or under it. Decision (issue 16 point
    2, helper real66): maint-guide.ja's ``title.en`` had been ``Title: Gentoo Manual``, a doc-base file quoted in its
    section 5.6. A Japanese paper's English block after its references, or between its Japanese abstract and its
    section 1 (``Abstract`` and English text under it, then ``1. はじめに``), is not inside Japanese text: still read.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("例えば、設定ファイルは次のようになります:", "Title: Harbour Guide", "Author: Ken Mori",
    ...         "この書式については付録を参照してください。")
    >>> _quoted_in_text(ls, 1), _quoted_in_text(mk("Harbour Guide", "Ken Mori"), 0)
    (True, False)
    >>> _quoted_in_text(mk("Document: guide", "Title: Harbour Guide", "Author: Ken Mori"), 1), _quoted_in_text(ls[1:3], 0)
    (True, False)
    """
    line = body[i].text.strip()
    if _RECORD_FIELD.match(line) and all(0 <= k < len(body) and _RECORD_FIELD.match(body[k].text.strip())
                                         for k in (i - 1, i + 1)):
        return True
    start, end = i, i + 1
    while start > 0 and script_of(body[start - 1].text) == EN:
        start -= 1
    while end < len(body) and script_of(body[end].text) == EN:
        end += 1
    over, under = body[start - 1].text.strip() if start else "", body[end].text.strip() if end < len(body) else ""
    # the line over may be the sentence that introduces the example, ending on its colon (``…次のようになります:``)
    return script_of(over) == JA and (is_prose(over) or over.endswith((":", "："))) \
        and script_of(under) == JA and is_prose(under)


def _goes_on_after_colon(body: list[Text], title: range) -> bool:
    """The English title ``body[title]`` wraps only after a colon, each next line its subtitle
    (:func:`~pipeline.segment.titleblock.goes_on_after_colon`: ``… in a Regional City:`` / ``A Case Study of …``)."""
    return all(goes_on_after_colon(body[k - 1].text, body[k].text) for k in title[1:])


_ADDRESSED = re.compile(r"^[ \u3000\t]*(?:To|TO|Attn\.?|ATTN\.?|Attention|For the attention of|宛先|あて先|宛て先|送付先)"
                        r"[ \u3000\t]*[:：][ \u3000\t]*\S")
"""A letter's or a memo's addressee labelled on its line (``To: The Leader and Members of Westbury Town Council``,
``Attn: Housing Officer``, ``宛先：総務課``): whom the document is sent to, never who speaks in it."""


def addressed_line(text: str) -> bool:
    """``text`` names whom the document is for: labelled (:data:`_ADDRESSED`) or an addressee alone on its line
    (:func:`~pipeline.segment.organisations.addressee_line`: ``To all residents``, ``保護者各位``).

    >>> addressed_line("To: The Leader and Members of Westbury Town Council"), addressed_line("宛先：総務課　山田様")
    (True, True)
    >>> addressed_line("Town Clerk, Westbury Town Council"), addressed_line("To conclude, the plan works.")
    (False, False)
    """
    return _ADDRESSED.match(text) is not None or addressee_line(text)


_DECEASED = re.compile(r"\S[ \u3000]+儀[ \u3000]*$")
"""A name set off by a space before ``儀`` closing its line (``山本 正一 儀``): an obituary's or a funeral notice's
deceased, as Japanese formal notices name the person they announce."""


LETTER_LOOKAHEAD = 30
"""Lines at a talk's start read for a letter's opening (letterhead, sender, addressee, date, subject, salutation)."""


def _past_signer_lines(opening: list[Text], signed: list[Text]) -> list[Text]:
    """A letter's ``opening`` lines without the ones atop it that repeat its signature's (``signed``: the signer's name
    and post, ``prof. Walter Daems`` / ``Senior Lecturer``, as a university's letterhead prints its sender first) and
    the blank lines under them: the letterhead's own lines, where its institution stands. ``opening`` as it was where
    its first line is none of the signature's.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in _past_signer_lines(mk("prof. Walter Daems", "Senior Lecturer", "", "Faculty of Law"), mk("prof. Walter Daems", "Senior Lecturer"))]
    ['Faculty of Law']
    >>> [t.text for t in _past_signer_lines(mk("Faculty of Law", "12 Quay Street"), mk("Anna Berg", "Director"))]
    ['Faculty of Law', '12 Quay Street']
    """
    own = {" ".join(t.text.split()) for t in signed if t.text.strip()}
    k = 0
    while k < len(opening) and " ".join(opening[k].text.split()) in own:
        k += 1
    if k == 0:
        return opening
    while k < len(opening) and not opening[k].text.strip():
        k += 1
    return opening[k:]


def _over_issue_line(lines: list[Text], at: int, end: int) -> bool:
    """``lines[at]`` stands right over a periodical's issue line (blank lines passed over): ``Newsletter No. 87,
    September 2025`` (:func:`~.events.periodical_issue`), ``Issue 14, Autumn 2026`` (:func:`~.events.is_edition_line`)
    or ``Newsletter of the Millbrook Village Association`` (:func:`~.events.masthead_descriptor`)."""
    k = at + 1
    while k < end and not lines[k].text.strip():
        k += 1
    if k >= end:
        return False
    s = lines[k].text.strip()
    return periodical_issue(s) or is_edition_line(s) or masthead_descriptor(s)


def _letter_opening(lines: list[Text], start: int, end: int) -> tuple[bool, int | None, int]:
    """Whether the talk ``lines[start:end]`` is a letter by its opening lines (up to its first running text, within
    :data:`LETTER_LOOKAHEAD` lines), the index of its subject line (:func:`~pipeline.segment.labels.letter_signs`,
    else one set without a label beside the salutation: :func:`~pipeline.segment.letters.unlabelled_subject`), and
    the index of its text's first line (the opening's end). A subject line is never the text's first line, though
    it reads as prose (``Betreff: Verlängerung des Liegeplatzvertrags``)."""
    opening: list[str] = []
    stop = min(end, start + LETTER_LOOKAHEAD)
    k = start
    tried = None  # a line of prose under the salutation, taken to be tried as the subject
    while k < stop:
        t = lines[k].text
        if any(o.strip() for o in opening) and _item_heading(t):
            # a numbered item's heading (``１．変更の内容``, ``1. Background``) opens the text: no letterhead, date,
            # addressee, subject or salutation is numbered so (fresh-user trial 68: a notice's item 1 had been kept in
            # its opening, ``front``, its sections starting at 2)
            break
        # (a first line wrapped at the measure, its sentence ending on the line under it, opens running text as a
        # sentence does: fresh-user trial 69c's ``…次の期間臨時休館いた`` / ``します。`` had been kept in the opening)
        if (is_prose(t) or (any(o.strip() for o in opening)
                            and wrapped_sentence_opens(lines[k], lines[k + 1] if k + 1 < end else None))) \
                and not is_salutation(t) and subject_value(t) is None and not _opening_field(t):
            # the subject under the salutation, where the text opens on a new sentence under it
            following = lines[k + 1].text.strip() if k + 1 < end else ""
            if _subject_under_references(opening, t, following):
                # DIN 5008's subject under the reference fields, over the salutation: the opening runs on to the
                # salutation (helper lost78, fresh-user trial 78c's URletter, whose subject names a university)
                opening.append(t)
                k += 1
                continue
            if not (opening and is_salutation(opening[-1]) and subject_shaped(t) and following[:1].isupper()):
                break
            tried = len(opening)
        opening.append(t)
        k += 1
    letter, at = letter_signs(opening)
    if not letter:
        # a Japanese official notice: its subject under its number, date or addressee, no label before it; or a
        # lecture's flyer: its talk's title under ``演題`` (its headline over it is the event's, front as a letterhead)
        at = notice_subject(opening)
        if at is None:
            # a notice's subject under its issuer's label (``桜ヶ丘市からのお知らせ`` / ``…の募集について``)
            at = issuer_label_subject(opening, [t.text for t in lines[k:end]])
        if at is None:
            at = next((j for j, t in enumerate(opening) if lecture_title(t) is not None), None)
        letter = at is not None
    # a Japanese letter opens its text on its opening word (頭語: ``拝啓　早春の候、…``), or on its addressee alone over
    # it, the salutation's Japanese counterpart (``会員各位``, ``保護者の皆様``: helper news69, issue 16 point 2; the
    # addressee had headed the body of a letter with no 拝啓)
    letter = letter or (k < end and lines[k].text.lstrip(" \u3000").startswith(LETTER_OPENINGS)) \
        or (k < end and bool(opening) and addressee_line(opening[-1].strip()) and script_of(opening[-1]) != EN)
    if letter and at is None:
        at = unlabelled_subject(opening, lines[k].text if k < end else None)
    if tried is not None and at != tried:
        k -= 1  # a line taken as a subject under the salutation that is none: the text's first line
    return letter, start + at if at is not None else None, k


def _subject_under_references(opening: list[str], text: str, following: str) -> bool:
    """``text``, a line that reads as prose, is a letter's subject set under its reference fields
    (:func:`~.letters.reference_block`) right over its salutation (``following``)."""
    filled = [t for t in opening if t.strip()]
    return bool(filled) and is_salutation(following) and reference_block(filled, len(filled) - 1) \
        and under_reference_subject(text)


_ITEM_SEPARATORS = ".．、"
"""What parts an item's number from its title in a heading that opens a text (``1.``, ``１．``, ``一、``); a bare
number before a space does not (``12 Quay Street`` is a letterhead's street)."""


def _item_heading(text: str) -> bool:
    """A numbered item's or section's heading opening a line of a letter's or notice's text: a heading number
    (:func:`~pipeline.numbering.heading_number_end`) one level deep, parted from its title by a full stop or an
    ideographic comma, or in brackets, on a heading-shaped line (:func:`~pipeline.numbering.heading_shaped`).

    >>> [_item_heading(s) for s in ("１．変更の内容", "1. Background", "一、趣旨", "（1）対象者")]
    [True, True, True, True]
    >>> [_item_heading(s) for s in ("12 Quay Street", "1-2-3 みなと会館2階", "令和7年10月1日", "20. Mai 2018")]
    [False, False, False, False]
    """
    s = text.strip(" \u3000\t")
    read = explicit_number(s)
    if read is None or read.label[1:] != (0, 0) or heading_number_end(s) is None or not heading_shaped(s) \
            or _named_field(s):  # (a date; an address)
        return False
    return read.style == "paren" or (read.separator is not None and read.separator in _ITEM_SEPARATORS)


def _subject_span(text: str) -> tuple[int, int] | None:
    """The span of a subject's value after its label: a letter's (``件名：…``, ``Oggetto: …``), or a lecture's title
    under ``演題`` (:func:`~pipeline.segment.labels.lecture_title`); ``None`` for a line with no such label."""
    at = subject_value(text)
    return (at, len(text.rstrip())) if at is not None else lecture_title(text)


def _english_title(text: str) -> bool:
    """A title is the English one when it is English with no Japanese letter in it (``日本語 BibTEX：JBibTEX`` is the
    Japanese title)."""
    return script_of(text) == EN and not JA_LETTER_RE.search(text)


def _letterhead_field(text: str) -> bool:
    """A line of a letter's letterhead or address block that names no one: an address, a telephone or e-mail line,
    a date (never the speaker's)."""
    return _named_field(text) or "@" in text or _address_shaped(text)


def _sender_over_contacts(texts: list[str], at: list[int]) -> int | None:
    """The index (one of ``at``) of a person's name set right over means of contact (``Marei Peischl`` / ``Telefon
    +49 941 943-2924``, DIN 5008's information block beside the address field), else ``None``: the letter's sender.
    The addressee's name stands over an address, never over a telephone (``Professor Dr. Max Mustermann`` /
    ``Musterstraße 1``)."""
    for i in at:
        if i + 1 < len(texts) and is_person_name(texts[i].strip()) and contact_line(texts[i + 1]):
            return i
    return None


def _named_field(text: str) -> bool:
    """:func:`_letterhead_field` by what the line says: an address's or a contact's words, a date."""
    return is_address_line(text) or is_postal_affiliation(text) or contact_line(text) or is_date_line(text)


MAX_FIELD_WORDS = 6
"""Words a letter's opening line known by its shape alone has at most (``Via del Porto 12``, ``24103 Kiel``)."""


def _opening_field(text: str) -> bool:
    """A line that reads as prose but still belongs to a letter's opening: a letterhead field by its words
    (:func:`_named_field`), or by its shape (a number first, a street, an e-mail address) where it is short, at most
    :data:`MAX_FIELD_WORDS` words ending no sentence: the letter's text may open on a number (``2025 was a record
    year …``) or give an address in a sentence (``… write to leases@harbour.example.``).

    Japanese writes no space between words, so a Japanese sentence is one "word" whatever its length: one that holds
    a Japanese comma or full stop (``、``, ``。``) is running text, never a field by its shape. Why (fresh-user trial
    63): a notice's first paragraph opening on its month (``３月から、粗大ごみの収集日を…変更します。``: a number
    first) had been kept in the notice's opening, ``front``, while the paragraph under it was the body.

    >>> _opening_field("24103 Kiel"), _opening_field("12 Quay Street"), _opening_field("2025 was a record year for the port.")
    (True, True, False)
    >>> _opening_field("3月から、粗大ごみの収集日を毎月第2水曜日に変更します。"), _opening_field("申請書は、hojo@konan.example.jpあてに送ってください。")
    (False, False)
    >>> _opening_field("980-0000 みなと市港区東公園7番7号"), _opening_field("令和6年3月1日")
    (True, True)
    """
    s = text.strip()
    return _named_field(s) or (len(s.split()) <= MAX_FIELD_WORDS and not s.endswith(tuple(".,;!?"))
                               and not _JA_SENTENCE_MARKS.search(s) and ("@" in s or _address_shaped(s)))


_JA_SENTENCE_MARKS = re.compile(r"[、。，！？]")
"""A Japanese clause's or sentence's mark: a line holding one is running text (an address or a letterhead's field
holds none; a Japanese address writes its numbers with hyphens or 番, 号)."""


def _address_shaped(text: str) -> bool:
    """:func:`_letterhead_field` by shape alone: a number first, or a street's name and its number after it."""
    return bool(NUMBER_FIRST.match(text.strip()) or _STREET.match(text.strip()))


_STREET = re.compile(r"^[A-ZÄÖÜ][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3}\s+[0-9]{1,4}[a-z]?$")
"""A street and its house number after it (``Kaistraße 12``, ``Via del Porto 12``, ``Am Hafen 3``)."""


def _headline_over_letterhead(lines: list[Text], layout: Layout, start: int, i: int) -> bool:
    """``lines[i]``, the title block's title, is an English letter's or notice's headline set over its letterhead: the
    talk's first line of text, shaped as a subject (:func:`~.letters.subject_shaped`: a heading's length, no sentence,
    no organisation, address, date or name) and no letterhead line itself (:func:`_letterhead`), with a letterhead
    line right under it, no blank line between (an organisation, ``Transport Team, City of Bristol``, a unit of one,
    ``Waste Services`` (:data:`_UNIT_HEAD_EN`), or an address;
    a raw line clean dropped whole, a doubled layer's copy, parts nothing). A letterhead stands
    over everything the letter addresses, so a line set over it is the document's own headline, its subject, never
    the sender's. Why (decision, issue 16 point 2, fresh-user trial 70b, helper fix70f): ``Notice of Road Closure``
    over the transport team's letterhead and ``Dear Residents,`` had been read as a letterhead, ``front``, and the
    notice had no title. A letter that opens on its letterhead (``Harbour Board`` / ``12 Quay Street``) keeps no
    title, as before."""
    text = lines[i].text.strip()
    if script_of(text) != EN or any(t.text.strip() for t in lines[start:i]) or _UNIT_HEAD_EN.search(text):
        return False
    under = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j].text.strip()), None)
    return under is not None and subject_shaped(text) and not _letterhead(lines, i) \
        and (_letterhead(lines, under) or _UNIT_HEAD_EN.search(lines[under].text.strip()) is not None) \
        and not layout.blank_between_texts(lines[i], lines[under])


_UNIT_HEAD_EN = re.compile(r"\b(?:Services?|Teams?|Departments?|Offices?|Units?|Divisions?|Directorate|Sections?|"
                           r"Bureau|Agency|Authority|Council|Committee|Board|Trust|Partnership|Group|Society|"
                           r"Association|Club|Network|Forum)$")
"""Words an English office's or body's name ends on (``Parks and Open Spaces Service``, ``Leisure Services``, ``Waste
Team``): a line ending so is the sender's unit, a letterhead the organisation reader may not know, never the
document's headline."""


def _letterhead(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a letter's letterhead line, never its title: an organisation, an address or a contact, a date
    or a person's name. A line shaped as an address alone (:func:`_address_shaped`) is one only beside another field
    of the address block (``Kaistraße 12`` over ``24103 Kiel``): ``Harbour News 42`` over ``Dear readers,`` is a
    newsletter's title, its issue's number after it."""
    text = lines[i].text
    if is_organisation(text) or organisation_line(text) or _named_field(text) or "@" in text or is_person_name(text) \
            or names_a_group(text):
        # (a group's or a venue's name, ``Harbourside Food Bank``, is a body's: since session 78 no person's name,
        # it heads a letter as an organisation does: fresh-user trial 74d's charity letter)
        return True
    if 0 in address_lines([t.text for t in lines[i + 1:i + 1 + ADDRESS_UNDER_NAME]]) and not NUMBER_FIRST.match(text):
        # a name right over a postal address (``Harbourview Community Garden`` / ``14 Quay Street`` / ``Dunedin
        # 9016``): the sender's, its name a letterhead whatever the organisation reader knows of it (fresh-user trial
        # 65: the garden's name had been the title, the street section 14)
        return True
    if _signed_again(lines, i):
        return True
    return _address_shaped(text) and any(_letterhead_field(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _signed_again(lines: list[Text], i: int) -> bool:
    """``lines[i]`` stands again further down, within :data:`LETTER_LOOKAHEAD` lines, right over a post and a name
    (``ひかり台テニスクラブ`` … ``ひかり台テニスクラブ`` / ``会長　石田　浩二``): the sender heads its letter and signs it, so the
    line is its letterhead, never the letter's title, whatever the organisation reader knows of its name (helper news69:
    a club's letter to ``会員各位`` had the club's name as its title)."""
    s = lines[i].text.strip()
    stop = min(len(lines) - 1, i + LETTER_LOOKAHEAD)
    return any(lines[j].text.strip() == s and speaker_split(lines[j + 1].text) is not None for j in range(i + 2, stop))



def _speaker_spellings(speaker: Speaker) -> frozenset[str]:
    """The English spellings of every part of the speaker's names (each author's; the name alone where no author is
    read): what an English credit (``Kengo Ishida, Momijidai City``) writes them as."""
    names = [a.name.text for a in speaker.authors if a.name is not None] \
        or ([speaker.name.text] if speaker.name is not None else [])
    return frozenset().union(*(name_spellings(n) for n in names))


def _city_en(city_ja: str, english: list[Text], speaker: Speaker) -> CityName:
    """The city's English name in the talk's ``english`` (:func:`~pipeline.segment.places.find_city_en`); where none
    spells Sudachi's reading, the one the speaker's English credit gives, a reading the dictionary gives the name
    (:func:`~pipeline.segment.places.credit_city_en`: ``紅葉台市`` / ``Kengo Ishida, Momijidai City``, fresh-user trial
    69). Every reader of a talk's city reads its English so.

    A municipality named under its prefecture (``岡山県高梁市``, ``島根県津和野町``: :func:`~.places.municipality_start`)
    is read in English by the municipality's name alone: the prefecture's English on the same line (``Takahashi City,
    Okayama Prefecture``) is where the city lies, never the city (issue 16 point 2, fresh-user trial 72d, helper
    leaf72: ``city.en`` had been ``Okayama``)."""
    if (start := municipality_start(city_ja.strip())) > 0:
        city_ja = city_ja.strip()[start:]
    city = find_city_en(city_ja, english)
    if city.text is None and (credited := credit_city_en(city_ja, english, _speaker_spellings(speaker))) is not None:
        return credited
    if city.text is None and surname_as_municipality(city_ja) \
            and (said := municipality_word_named_en(city_ja, english)) is not None:
        # ``新田町``, a surname to Sudachi (シンタマチ): its reading is a person's, no place's; the talk's English
        # writing the town with its suffix's word (``Nitta Town``, ``Mayor of Nitta-machi``) spells a reading the
        # dictionary gives the stem (helper fix69d)
        stem = city_ja.strip()[:-1]
        return CityName(said, tuple(sorted(set(city.spellings) | {said.text.lower()})), "reading",
                        f"{stem} reads {dictionary_spells(stem, said.text).replace('|', '')} in the dictionary "
                        f"(Sudachi reads {city_ja.strip()} as a surname); the talk's English names "
                        f"{said.text} as a municipality at {_line_of(said)}")
    return city


def _city_named(city_ja: Text, why: str, english: list[Text], evidence: list[Evidence],
                speaker: Speaker = Speaker(None, None, None)) -> tuple[Text | None, CityName | None, tuple]:
    """A talk's Japanese city read from a line other than a city line (``why`` says which, for the evidence), its
    English name where the talk's own English names it (:func:`~pipeline.segment.places.find_city_en`), and the
    spellings that name gives: ``(city_ja, city, spellings)``; ``(None, None, ())`` where the place is a prefecture, no
    municipality (:func:`_no_city`); ``evidence`` receives one row for the Japanese name and
    one for the English name found."""
    if _no_city(city_ja, evidence):
        return None, None, ()
    evidence.append(Evidence("city", f"{city_ja.text}: {why}"))
    city = _city_en(city_ja.text, english, speaker)
    if city.text is not None:
        evidence.append(Evidence("city", f"{city_ja.text} ↔ {city.text.text}: {city.detail} ({city.how})"))
    return city_ja, city, city.spellings


def _english_city_line(front: list[Text], block_lines: set[int | None], city_ja: str,
                       spellings: tuple[str, ...], beside_lines: set[int | None] = frozenset()) -> tuple[Text, CityName] | None:
    """The front line of a talk's title block (``block_lines``, raw line numbers) that names its city in English and
    nothing else (``Shizuoka``, ``Minamisoma City``, ``City of Daegu``: :func:`~.places.is_city_only_line` for the
    spellings of ``city_ja``), and the city's English name read from it; else ``None``. A bilingual block prints it
    beside the Japanese city line (``静岡市`` / ``Shizuoka``): the city's English, read as the Japanese line is, never
    front matter repeating ``city.en`` (decision, issue 16 point 1, helper front66). The city's region or country
    after it (``Kobe City, Hyogo``, ``Sendai, Miyagi, Japan``: :func:`~.places.is_city_place_line`) is where the city
    lies, as ``宮城県`` before ``仙台市`` is, where the line stands right under or over the Japanese city line
    (``beside_lines``; helper city67, which revises front66's reading of such a line as none; an English-first block's
    place line over its English title stays front whole, as order63 decided); a line of more than the city and its
    region (``Kanazawa City Hall``, ``Kobe City Museum, Hyogo``, a title naming the city) is none."""
    for t in front:
        if script_of(t.text) == EN and ((first_line(t) in block_lines and is_city_only_line(t.text, spellings))
                                        or (first_line(t) in beside_lines and is_city_place_line(t.text, spellings))):
            named = find_city_en(city_ja, [t])
            if named.text is not None:
                return t, named
    return None


def _reading_doubt(city_ja: Text) -> Evidence | None:
    """A ``city`` evidence row saying that the reading the talk's id spells ``city_ja`` by is one of several, where a
    kanji of its stem read alone after kana has another one-kana reading
    (:func:`~pipeline.segment.places.other_stem_readings`: ``ひばり野市`` ヒバリヤ or ヒバリノ) and no English line of the
    talk named the city to decide; else ``None``. Decision (issue 16 point 2, helper front68): the id keeps Sudachi's
    reading, the doubt is written down, never a spelling chosen without evidence."""
    from pipeline.kana import hepburn
    from pipeline.segment.places import other_stem_readings, stem_reading

    others = other_stem_readings(city_ja.text)
    if not others:
        return None
    read = stem_reading(city_ja.text)
    return Evidence("city", f"{city_ja.text.strip()}: the id spells Sudachi's reading {read} ({hepburn(read)}); a "
                            f"kanji read alone after kana may read otherwise, "
                            f"{', '.join(f'{o} ({hepburn(o)})' for o in others)}, and no English line of the talk names "
                            f"the city to decide: the reading is uncertain ({_line_of(city_ja)})")


def _no_city(place: Text, evidence: list[Evidence], english: list[Text] | None = None, written: str = "") -> bool:
    """``place``, which a reader of the talk's lines found where a city stands (a city line, an office's line, a
    publisher's, an issuer's, a head's post), is a prefecture, a province or a district, no municipality
    (:func:`~pipeline.segment.places.names_municipality`): ``evidence`` receives a row naming it, once, so the reader
    sees why ``city`` stays null (decision, issue 16 point 3, helper city58: ``みどり県知事`` had given the city
    ``みどり県``). With the talk's ``english``, a city line's place named alone (``台北``, ``ハノイ``) names a city
    as :func:`~pipeline.segment.places.place_names_city` reads it (fresh-user trial 62). A prefecture's name written
    bare (``沖縄``, ``静岡``) names the city of that name where it is the prefecture's chief city
    (:func:`~pipeline.segment.places.prefecture_seat`) or where the talk's text (``written``) writes that city whole
    (``静岡市経済局`` on the speaker's line: helper front68); else it is the prefecture. A chief city's bare name whose
    talk's English names the prefecture and never the city (``京都`` / ``… Kyoto Prefecture``, no ``京都市``) is the
    prefecture (:func:`~pipeline.segment.places.prefecture_named_en`; helper fix69d)."""
    if is_placeholder_place(place.text):
        row = Evidence("city", f"{place.text.strip()}: a placeholder's name (a form's or template's ○○, 某某), no "
                               f"municipality: not the city ({_line_of(place)})")
    elif names_municipality(place.text):
        return False
    elif english is not None and (bare := prefecture_seat(place.text)) is not None and bare.city is not None \
            and place.text.strip() + "市" not in written \
            and (said := prefecture_named_en(bare, place.text, english)) is not None:
        # ``京都`` over ``Cultural Tourism in Kyoto Prefecture``: the talk's own English names the prefecture and
        # never the city, nor does its Japanese write ``京都市`` (helper fix69d; city69 had left it the city)
        row = Evidence("city", f"{place.text.strip()}: a prefecture's name ({bare.prefecture}) written bare; the "
                               f"talk's English names the prefecture ({said.text.strip()!r}, {_line_of(said)}) and "
                               f"never the city: a prefecture, no municipality: not the city ({_line_of(place)})")
    elif english is not None and bare is not None and bare.city is not None:
        # ``京都``, ``大阪`` alone on a city line: the prefecture's seat bears its name, the line names the city
        # (decision, issue 16 point 3, helper city67: ``京都`` had been refused as a prefecture, city null)
        evidence.append(Evidence("city", f"{place.text.strip()}: a prefecture's name ({bare.prefecture}) written bare, "
                                         f"whose largest city bears it, {bare.city} ({bare.population:,} people, "
                                         f"GeoNames): the city line names the city ({_line_of(place)})"))
        return False
    elif english is not None and bare is not None and bare.namesake is not None \
            and place.text.strip() + "市" in written:
        # ``静岡`` over ``静岡市経済局 …``: the talk writes the city whole; its prefecture's largest city is another
        evidence.append(Evidence("city", f"{place.text.strip()}: a prefecture's name ({bare.prefecture}) written bare; "
                                         f"the talk writes the city {place.text.strip()}市 whole: the city line names "
                                         f"the city ({_line_of(place)})"))
        return False
    elif english is not None and bare is not None and bare.namesake is not None \
            and (said := namesake_named_en(bare, place.text, english)) is not None:
        # ``静岡`` under ``Tea Fields and Tourism in Shizuoka City``: the talk's English writes the city as one; no
        # packaged gazetteer tells a prefecture's seat (helper city69)
        evidence.append(Evidence("city", f"{place.text.strip()}: a prefecture's name ({bare.prefecture}) written bare; "
                                         f"the talk's English writes the city {bare.namesake[0]} as one "
                                         f"({said.text.strip()!r}, {_line_of(said)}): the city line names the city "
                                         f"({_line_of(place)})"))
        return False
    elif english is not None and bare is not None and bare.namesake is not None and bare.chief is not None:
        # ``沖縄``, ``栃木``: the prefecture, though a smaller city bears its name (helper front68: they had been read
        # as 沖縄市 and 栃木市, whose prefectures' seats are 那覇 and 宇都宮)
        row = Evidence("city", f"{place.text.strip()}: a prefecture's name ({bare.prefecture}) written bare; GeoNames' "
                               f"{bare.namesake[0]} ({bare.namesake[1]:,} people) is not its prefecture's largest city "
                               f"({bare.chief[0]}, {bare.chief[1]:,}) and the talk never writes "
                               f"{place.text.strip()}市: a prefecture, no municipality: not the city ({_line_of(place)})")
    elif english is not None and place_names_city(place.text, english):
        return False
    elif english is not None and bare is None and (whole := next((place.text.strip() + suffix for suffix in "市町村"
                                          if place.text.strip() + suffix in written), None)) is not None:
        # ``松田`` over ``松田町企画政策課長 …`` (titleblock._place_in_affiliation): no place to Sudachi or GeoNames, the
        # talk writes the municipality whole: the city line names the city, ``city.ja`` its name as the line writes
        # it, bare, as a bare ``静岡`` is (decision, issue 16 point 3, helper title70 after fresh-user trial 69c; fix69g
        # had kept the line front and read the city from the affiliation, ``松田町``)
        evidence.append(Evidence("city", f"{place.text.strip()}: a bare name the talk writes whole as {whole}: the city "
                                         f"line names the city ({_line_of(place)})"))
        return False
    else:
        row = Evidence("city", f"{place.text.strip()}: a prefecture, province or district, no municipality: not the "
                               f"city ({_line_of(place)})")
    if row not in evidence:
        evidence.append(row)
    return True


def _english_judgment_block(lines: list[Text], start: int, end: int, block: Block) -> Block:
    """``block`` read again where the talk is an English judgment (:func:`~pipeline.segment.runin.english_judgment`:
    its kind line, ``JUDGMENT``, under its case number or parties): the kind line is its title, as a Japanese
    judgment's ``判　　決`` or ``裁決書`` is where no case line heads it, and the block runs down to it, so the court's
    lines, the case number, ``Between:`` and the parties over it are front (the head's record of the case); a party
    (``ALICE MORGAN`` over ``Claimant``) is no speaker, the judge signing it is (``letters.english_judge_signers``).
    Why (issue 16 point 2, helper judg70b): the title had been the ``Case No:`` line and the claimant the speaker. The
    parties' ``A v B`` is how the case is cited, but the head never prints it on a line, and a title is a view of
    the document's own text."""
    if not block.cues or not (start <= block.start < end):
        return block
    kind = english_judgment(lines[start:end])
    if kind is None:
        return block
    kind += start
    if block.title == kind:
        return block
    speaker = tuple(i for i in block.speaker if english_judge(lines[i].text) is not None)
    if block.title is not None and block.title > kind:
        return block  # a title under the kind line: the block's own reading
    cues = tuple(c for c in block.cues if c not in ("speaker",) or speaker)
    return replace(block, title=kind, title_end=None, subtitle=None, subtitle_end=None, translation=None,
                   translation_end=None, speaker=speaker, cues=cues if "title" in cues else (*cues, "title"),
                   end=max(block.end, kind + 1))


def _party_record(lines: list[Text], at: int, start: int, end: int) -> bool:
    """``lines[at]`` is a party's line of a judgment's head, or the address standing right over one (``札幌市北区北八条
    西五丁目`` / ``原　　　告　　　小　松　誠``), in a talk (``lines[start:end]``) a line of which calls it a judgment
    (:func:`~pipeline.segment.runin.judgment_document`)."""
    nxt = next((t for t in lines[at + 1:end] if t.text.strip()), None)
    return (party_line(lines[at].text) or (nxt is not None and party_line(nxt.text))) \
        and judgment_document(lines[start:end])


def _judgment_record_lines(body: list[Text], above: list[Text]) -> frozenset[int]:
    """Indexes of ``body``'s lines a Japanese judgment sets each as a record of its own, never joined to the lines
    around it by :func:`~pipeline.segment.paragraphs.join_wraps`: its parties' lines (``被　　　　告　　　西　川　由　紀``,
    ``同代表者市長　藤井 正人``: :func:`~pipeline.segment.runin.party_line`), its named parts alone on their lines
    (``主　　　　文``: :func:`~pipeline.segment.runin.judgment_parts`), its divisions (``第1 請求``:
    :func:`~pipeline.segment.kanalabels.divisions_as_chapters`) and its closing signature block, the court over its
    judges (:func:`~pipeline.segment.letters.judgment_signers`). Empty where no line (``above``, the title block's
    lines, or ``body``) calls the document a judgment (:func:`~pipeline.segment.runin.judgment_document`).

    Why (issue 16 point 2, helper judg71; judg70c's strict xfail ``h1``): in a full-width judgment whose head lines
    reach the measure the body's short text sets, the address over the defendant's line, that line and ``主　文`` under
    a blank line had become one front line, and the court and its judge one paragraph of the last section.
    """
    from pipeline.segment.letters import judgment_signers

    if not judgment_document([*above, *body]):
        return frozenset()
    from pipeline.segment.kanalabels import divisions_as_chapters
    from pipeline.segment.sections import short_phrase

    kept = {k for k, t in enumerate(body) if party_line(t.text)} | judgment_parts(body, above)
    # its divisions (``第1 請求``, ``第2　事案の概要``: the 公用文 ladder's top, two or more counting 1, 2, …), each
    # a heading's line however the measure reads its short lines (helper judg71: ``第1 請求`` had taken the indented
    # sentence under it where the body's lines were set in by a half-width space)
    kept |= set(divisions_as_chapters([t.text.strip() for t in body], short_phrase))
    signed = judgment_signers(body, len(body), above)
    if signed is not None:
        kept |= set(range(signed[0], signed[1]))
    return frozenset(kept)


FILING_KIND_UNDER = 4
"""Lines under the party's line a filing's kind may stand on (the other parties' lines, blank lines aside)."""


def _venue_over_dates(lines: list[Text], block: Block, end: int) -> bool:
    """The block's speaker lines name a place and no one, under an event's name (its title, or the line over it:
    :func:`~pipeline.segment.events.is_event_line`, ``12th Annual Meeting of …``) and right over the event's dates
    (:func:`~pipeline.segment.labels.is_date_line`, ``7–9 September 2026``): the venue, as a call's or a programme's
    head sets its name, where and when."""
    from pipeline.segment.events import is_event_line

    if not any(is_event_line(lines[k].text.strip()) for k in range(max(0, block.title - 1), block.title + 1)):
        return False
    last = max(block.speaker)
    under = next((k for k in range(last + 1, min(end, last + 3)) if lines[k].text.strip()), None)
    if under is None or not is_date_line(lines[under].text.strip()):
        return False
    return speaker_of([lines[i] for i in block.speaker]).name is None


_TEACHER_LABEL = re.compile(r"^[ \u3000\t]*(?:担当(?:教員|講師)?|講師|教員|Lecturer|Instructor|Tutor|Teacher|Taught by)"
                            r"[ \u3000\t]*[:：][ \u3000\t]*(?=\S)")
"""A handout's label naming who teaches the lecture (``担当：``, ``担当教員：``, ``講師：``, ``Lecturer:``, ``Instructor:``):
fields of a syllabus too, so read only where the title block holds no other field (:func:`_labelled_teacher`)."""
_ANY_LABEL = re.compile(r"^[ \u3000\t]*(?:[^\s:：、。,.]{1,8}|[A-Z][A-Za-z]*(?: [a-z]+){0,2})[ \u3000\t]*[:：]")
"""A labelled field of any name (``開講：前期``, ``科目コード：URB3021``, ``Credits: 10``): a syllabus's or a form's."""
_MEANS_OF_CONTACT = re.compile(r"[0-9０-９]{2,4}[-－‐][0-9０-９]{2,4}[-－‐][0-9０-９]{3,4}|@|＠|電話|内線|TEL|Tel[.:]|Phone|E-?mail", re.I)
"""A telephone number, an e-mail address or their labels: a contact's line (``担当：総務課　佐藤　電話 …``), no teacher's."""
TEACHER_UNDER_TITLE = 3
"""Lines under a handout's title its labelled teacher may stand on (a course's line, a date between)."""


def _labelled_teacher(lines: list[Text], title: int, end: int) -> tuple[int, Speaker] | None:
    """``(line, speaker)`` of the teacher a lecture's handout names by a label within :data:`TEACHER_UNDER_TITLE`
    lines under its title ``lines[title]`` (:data:`_TEACHER_LABEL`: ``担当：経済学部　准教授　平田 真理子``, ``Lecturer: Dr
    Jane Roe, School of History``), the value a person's name with or without a post (read as a title block's speaker
    line is, the label left out); else ``None``. A syllabus's head, which sets the same label among its other fields
    (``単位：2``, ``教室：…``, ``Office hours: …``), or a contact's line with a telephone names no speaker so: the label
    must be the only field of the lines read (dates aside)."""
    near = [k for k in range(title + 1, min(end, title + 1 + TEACHER_UNDER_TITLE)) if lines[k].text.strip()]
    found = [k for k in near if _TEACHER_LABEL.match(lines[k].text)]
    if len(found) != 1:
        return None
    k = found[0]
    others = [j for j in range(max(0, title - 2), min(end, title + 8))
              if j != k and (form_field(lines[j].text.strip()) is not None or field_line(lines[j].text.strip()) is not None
                             or _ANY_LABEL.match(lines[j].text) is not None)
              and not is_date_line(lines[j].text.strip())]
    # the contact's telephone on the line under the label (``担当：健康福祉課　鈴木`` / ``電話　0345-67-8901``, a notice's
    # contact over its ``記``: fix68n's decision, a contact's person is no signer) is a contact's too
    if others or any(_MEANS_OF_CONTACT.search(lines[j].text) for j in (k, k + 1) if j < end):
        return None
    value = lines[k][_TEACHER_LABEL.match(lines[k].text).end():].strip()
    read = speaker_of([value])
    return (k, read) if read.name is not None and read.name.text.strip() else None


LEAD_UNDER_TITLE = 8
"""Lines under a report's title its labelled lead and organisation may stand on (the grant's reference, the period)."""


def _labelled_lead(lines: list[Text], title: int, end: int) -> tuple[int, Speaker] | None:
    """``(line, speaker)`` of the person a report or grant's head names by a lead's label within
    :data:`LEAD_UNDER_TITLE` lines under its title ``lines[title]`` (:data:`~.titleblock.LEAD_LABEL`: ``Project lead: Gwen
    Llewellyn``), the value a person's name (academic titles aside, a bracket or comma after it), with the organisation
    a label names there (:data:`~.titleblock.LEAD_ORGANISATION_LABEL`: ``Lead organisation: Tintern & District Heritage Trust,
    Chepstow``) as the affiliation where the value gives none; else ``None``. One lead's label only (two leads name
    no one speaker). Decision (issue 16, fresh-user trial 75's grant report, whose speaker and city were null): the
    head's fields say who wrote the report and for which body, as an author's line does; the lines stay ``front``."""
    near = [k for k in range(title + 1, min(end, title + 1 + LEAD_UNDER_TITLE)) if lines[k].text.strip()]
    found = [k for k in near if LEAD_LABEL.match(lines[k].text)]
    if len(found) != 1:
        return None
    k = found[0]
    value = lines[k][LEAD_LABEL.match(lines[k].text).end():].strip()
    name = re.split(r"\s*[(（,;]", value.text, maxsplit=1)[0].strip()
    if not is_person_name(name[name_start(name):]):
        return None
    read = speaker_of([value])
    if read.name is None or not read.name.text.strip():
        return None
    organisations = [j for j in near if LEAD_ORGANISATION_LABEL.match(lines[j].text)]
    if read.affiliation is None and len(organisations) == 1:
        j = organisations[0]
        org = lines[j][LEAD_ORGANISATION_LABEL.match(lines[j].text).end():].strip()
        read = speaker_of([value, org])
    return k, read


_CREDIT_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*[.;,]?\s*")
"""What may follow a credit line's last name for the line to hold nothing but credits: a bracketed aside (``(born
1931)``) and a stop."""
_TOLD_ROLES = ("Interviewee", "Narrator")
"""The credits naming the person an oral history records (the speaker, before an interviewer or a host)."""


def _recording_speakers(lines: list[Text], title: int, end: int) -> tuple[int, Speaker, frozenset[int]] | None:
    """``(line, speaker)`` of the people a recording's head line credits within :data:`LEAD_UNDER_TITLE` lines under
    its title ``lines[title]`` (:func:`~.labels.recording_credits`: ``Host: Hannah Pryce. Guest: Tom Beckwith.``,
    ``Interview with Margaret Hollis, 14 March 2024``): every person credited an author in the line's order, the first
    the name, the text the line from the first credit to the last name; else ``None``. Decision (issue 16, helper en76:
    trial 75's podcast, whose host and guest the head names, had no speaker): a podcast's or an interview's speakers
    are those it credits, as a paper's are its authors; the line stays ``front``.

    The third member: the credit lines that hold nothing but credits (``Host: Sarah Pennington`` / ``Guest: Arthur
    Bramley``, ``Interviewee: Doris Whitfield (born 1931)``): the speaker's text holds each whole, and they leave
    ``front`` (helper encv77, fresh-user trial 76d: a podcast's credits had stood twice, in front and as the speaker).
    A line crediting after other words (``Recorded in Ely, 3 October 2024. Host: …``) stays front, the speaker a view
    of its credits."""
    for k in range(title + 1, min(end, title + 1 + LEAD_UNDER_TITLE)):
        if not recording_credits(lines[k].text):
            continue
        # the credits set a line each (``Host: Hannah Pryce`` / ``Guest: Tom Beckwith``): the lines right under it too
        parts, authors, told, whole = [], [], [], set()
        for j, t in enumerate(lines[k:end], k):
            if not (spans := recording_credits(t.text)):
                break
            if not t.text[:spans[0][0]].strip() and _CREDIT_TAIL.fullmatch(t.text[spans[-1][2]:]):
                whole.add(j)
                parts.append(t.strip())
            else:
                parts.append(t[spans[0][0]:spans[-1][2]])
            authors += [Author(t[a:b]) for _, a, b in spans]
            told += [t.text[at:a].lstrip().startswith(_TOLD_ROLES) for at, a, _ in spans]
        # an interview's interviewee or narrator is whom the record speaks for, first whatever the credits' order
        # (``Interviewee: Doris Whitfield (born 1931)`` / ``Interviewer: Peter Rawlings``: the interviewee the
        # speaker, the interviewer the second author; helper encv77, fresh-user trial 76d had the interviewer speak)
        authors = [a for a, first in zip(authors, told) if first] + [a for a, first in zip(authors, told) if not first]
        text = parts[0] if len(parts) == 1 else Text.join(parts, sep=Text.inserted("; "))
        return k, Speaker(text, None, authors[0].name, tuple(authors)), frozenset(whole)
    return None


_HEAD_FIELD = re.compile(r"^[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]*\S")
"""A recording's head field: a label of up to four words, only the first capitalised, and its colon (``Date of
interview: 14 March 2019``, ``Place: …``, ``Recording: MV-027, 58 minutes``); a turn's speaker (``PR:``,
``HANNAH:``) is in capitals, no such label."""


def _past_recording_head(lines: list[Text], at: int, end: int, front: list[Text], credits: frozenset[int]) -> int:
    """Where a recording's body opens past its head's lines at ``lines[at]``: its credit lines (``credits``, read
    as the speaker: :func:`_recording_speakers`) and the labelled fields among and right under them
    (:data:`_HEAD_FIELD`, ending no sentence), the fields appended to ``front``; ``at`` where no credit line stands
    there; the head's lines over the credits (under the title block, no sentence) go to ``front`` too. Decision
    (issue 16 point 2, helper encv77, fresh-user trial 76d): an oral history's ``Interviewee: …`` /
    ``Interviewer: …`` / ``Date of interview: …`` / ``Place: …`` had been joined into the transcript's first
    paragraph.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Interviewee: Doris Whitfield", "Date of interview: 14 March 2019", "PR: Where were you born?")
    >>> front = []; _past_recording_head(ls, 0, 3, front, frozenset({0})), [t.text for t in front]
    (2, ['Date of interview: 14 March 2019'])
    >>> _past_recording_head(ls, 1, 3, [], frozenset({0}))
    1
    """
    if not credits or not at <= min(credits) < end \
            or any(is_sentence_end(lines[i].text) for i in range(at, min(credits))):
        return at
    # (the head's lines over the credits, under the title block, ``Transcript 27``: front, no paragraph)
    k = min(credits)
    while k < end and (k in credits or (_HEAD_FIELD.match(lines[k].text) and not is_sentence_end(lines[k].text))):
        k += 1
    front.extend(lines[i] for i in range(at, k) if i not in credits)
    return k


_THESIS_KIND_EN = re.compile(r"^(?:Master|Master's|Bachelor|Bachelor's|Doctoral|PhD|Diploma)\s+(?:Thesis|Dissertation)"
                             r"(?:\s+(?:in|of)\s+\S.*)?$")
"""A thesis cover's kind line, its field after it or not (``Master Thesis in Computer Science``)."""
_ACADEMIC_CHAIR = re.compile(r"^(?:Chair|Professorship)\s+(?:of|for)\s+[A-Z]\S*(?:\s+\S+){0,6}$")
"""A university's chair, as German universities name their units in English (``Chair of Software Engineering II``)."""


def _thesis_cover_affiliation(lines: list[Text], speaker_line: int, end: int) -> Text | None:
    """The faculty and chair a thesis cover sets under the author's name ``lines[speaker_line]`` and the thesis's kind
    (``Stephan Lukasczyk`` / ``Master Thesis in Computer Science`` / ``Faculty of Examples`` / ``Chair of Example``):
    up to three organisation lines (:func:`~.organisations.organisation_only`, or a chair: :data:`_ACADEMIC_CHAIR`)
    right under the kind, joined as one
    affiliation; else ``None``. Decision (issue 16, fresh-user trial 75c's se2thesis cover, whose affiliation was
    null though printed)."""
    k = speaker_line + 1
    if k >= end or _THESIS_KIND_EN.match(lines[k].text.strip()) is None:
        return None
    orgs = []
    for j in range(k + 1, min(end, k + 4)):
        if not (organisation_only(lines[j].text) or _ACADEMIC_CHAIR.match(lines[j].text.strip())):
            break
        orgs.append(lines[j].strip())
    return affiliation_lines(orgs) if orgs else None


_MUNICIPAL_BODY = re.compile(r"(?:City|Town|County|Borough|Village|Township|Municipality|District|Parish|State|Province)"
                             r"\s+of\s+\S")
"""A municipal or regional body named by its kind and place (``Town of Millbrook``, ``City of Portland``): an office's
parent body, part of its name, never the town a comma sets apart."""
_DASHED_PLACE = re.compile(r"^(?P<body>.+?)[ \t]+(?:-{1,2}|[–—|·])[ \t]+(?P<place>[^-–—|·]+)$")


def _affiliation_without_place(speaker: Speaker) -> Speaker:
    """``speaker`` with an organisation's affiliation that sets its town after a dash or bar (``Tidewater Data Tools,
    Inc. -- Portland, Oregon``: a place line after it, :func:`~.places.place_line_en`) cut to the organisation
    (``Tidewater Data Tools, Inc.``): the town is the talk's city (read before), no part of the body's name. Decision
    (issue 16, fresh-user trial 75's release notes). The speaker's text keeps the whole line. An issuer's line that
    names no person sets its town after a comma so too (``Marlin Survey Software Ltd, Eugene, Oregon``; helper en76).

    >>> t = Text.from_raw("Tidewater Data Tools, Inc. -- Portland, Oregon", 2)
    >>> _affiliation_without_place(Speaker(t, t, None, ())).affiliation.text
    'Tidewater Data Tools, Inc.'
    >>> t = Text.from_raw("Marlin Survey Software Ltd, Eugene, Oregon", 2)
    >>> _affiliation_without_place(Speaker(t, t, None, ())).affiliation.text
    'Marlin Survey Software Ltd'
    """
    aff = speaker.affiliation
    if aff is None:
        return speaker
    if (m := _DASHED_PLACE.match(aff.text)) is not None and place_line_en(m.group("place").strip()) is not None:
        ends = [m.end("body")]
    elif speaker.name is None:
        # an issuer's line naming no person, its town after a comma (``Marlin Survey Software Ltd, Eugene, Oregon``):
        # cut as after a dash (helper en76, en75's open limit); an author's affiliation keeps its address, as a paper
        # prints it (``Avon Wildlife Trust, Bristol, UK``), and a town alone after the comma is no place line
        # (a municipal body after the comma, ``…, Town of Millbrook``, ``…, City of Portland``, is the office's own
        # parent, its name's part: fix70a's and front66's offices keep it)
        ends = [i for i, ch in enumerate(aff.text) if ch == "," and place_line_en(aff.text[i + 1:].strip()) is not None
                and not _MUNICIPAL_BODY.match(aff.text[i + 1:].strip())]
    else:
        return speaker
    for end in ends:
        body = aff[:end].strip()
        if is_organisation(body.text) or organisation_line(body.text):
            return replace(speaker, affiliation=body)
    return speaker


def _japanese_judgment_block(lines: list[Text], start: int, end: int, block: Block) -> Block:
    """``block`` read again where the talk is a Japanese judgment (a head line ``判　　決``, ``決定``…:
    :func:`~pipeline.segment.runin.judgment_document`) and the block took one of the head's dated fields for its
    title (``口頭弁論終結日　令和6年2月1日``, ``判決言渡日　…``: :func:`~pipeline.segment.runin.judgment_head_field`).
    A date is no document's title: the case line over the head (``令和5年(ワ)第1234号　損害賠償請求事件``,
    :func:`~pipeline.segment.runin.case_line`) is, as where no date line stands under it (helper judg69's trials),
    else the head line calling it a judgment (``判　　決``); the dated field is ``front``. Why (issue 16 point 2,
    fresh-user trial 70c): the date line had titled the judgment and named its id, the case line ``front``."""
    if block.title is None or not (start <= block.title < end):
        return block
    text = lines[block.title].text.strip(" \u3000\t")
    if not judgment_head_field(text) and not party_line(text):
        return block
    head = next((i for i in range(start, end) if judgment_head(lines[i].text)), None)
    if head is None and party_line(text):
        # a paper filed in the case (``意　見　書``, ``準備書面``, ``答弁書`` under the case line and the parties): its kind
        # alone on its line is its title, the parties' lines front (session 75, helper letter75: trial 74e's 意見書 was
        # titled by the defendant's line; its kind, no case line, names what the document is)
        kind = next((i for i in range(block.title + 1, min(end, block.title + FILING_KIND_UNDER + 1))
                     if filing_kind(lines[i].text)), None)
        if kind is None:
            return block
        return replace(block, title=kind, title_end=None, subtitle=None, subtitle_end=None, translation=None,
                       translation_end=None, end=max(block.end, kind + 1))
    if head is None:
        return block
    case = next((i for i in range(start, head) if case_line(lines[i].text)), None)
    title = case if case is not None else head
    return replace(block, start=min(block.start, title), title=title, title_end=None, subtitle=None, subtitle_end=None,
                   translation=None, translation_end=None, end=max(block.end, title + 1))


def _english_judges(lines: list[Text]) -> Speaker | None:
    """The judges an English judgment names on lines of their own (``MRS JUSTICE LANE`` under ``Before:``, ``Lord
    Justice Ames:`` over the judgment he gives; :func:`~pipeline.segment.letters.english_judge`), each once, in order:
    a speaker as :func:`~pipeline.segment.letters.english_judge_signers` reads one, else ``None``."""
    from pipeline.segment.authors import distinct_affiliations

    authors: list[Author] = []
    views: list[Text] = []
    seen: set[str] = set()
    for t in lines:
        m = english_judge(t.text)
        if m is None or m.group("name").casefold() in seen:
            continue
        seen.add(m.group("name").casefold())
        lead = len(t.text) - len(t.text.lstrip())
        views.append(t[lead:lead + m.end("name")])
        authors.append(Author(t[lead + m.start("name"):lead + m.end("name")], (), t[lead + m.start("post"):lead + m.end("post")]))
    if not authors:
        return None
    return Speaker(Text.join(views, sep=Text.inserted(" ")), distinct_affiliations([a.affiliation for a in authors]),
                   authors[0].name, tuple(authors))


def _title_under_its_category(lines: list[Text], block: Block, paper_end: int, heads: tuple[Text, ...]) -> Block:
    """``block`` with its title moved to the line under it where that line is the document's title and the title's
    line the category or body the document comes under (a sect, an organiser, a publisher, a society): the document's
    running head repeats the line under and not the title's (``臨済宗妙心寺派`` / ``瑞松山　長福寺　略縁起``, the head
    ``瑞松山　長福寺　略縁起`` atop page 2), or the title's line names a Buddhist sect (:func:`~.titleblock.sect_line`:
    ``浄土宗`` / ``光明山　西福寺　寺報`` on a one-page leaflet). The line over is front, read as an organisation's line
    is; else ``block`` unchanged. Only a block of one line, its title alone (no city, subtitle or speaker read), whose
    next line is a title's shape (:func:`~.titleblock.is_title_line`) in the same script.

    Why: fresh-user trial 78d, a temple's leaflet titled by its sect's line, its real title an empty section; a running
    head names the document (the way a reader takes a head for the title: furniture.title_cell).
    """
    k = block.title
    if k is None or block.city is not None or block.subtitle is not None or block.speaker or block.title_end is not None \
            or block.translation is not None or k + 1 >= paper_end:
        return block

    def key(t: Text) -> str:
        return "".join(t.text.split())

    repeated = {key(t) for t in heads}
    under = lines[k + 1]
    if not is_title_line(under.text) or script_of(under.text) != script_of(lines[k].text) or key(lines[k]) in repeated \
            or not (key(under) in repeated or (sect_line(lines[k].text) and not sect_line(under.text))):
        return block
    return replace(block, city_line=k, city=lines[k].strip(), title=k + 1, end=max(block.end, k + 2),
                   cues=tuple(dict.fromkeys(("organisation", *block.cues))))


def _wrapped_title(parts: list[Text], first_sep: Text | None, sep: Text | None,
                   lines: list[Text]) -> tuple[Text, list[Text]]:
    """A title wrapped over ``parts`` (its lines, stripped) as one text, and the hyphens it dropped (each a ledger row of
    the caller's). Lines are parted by ``sep`` (``first_sep`` after the first), except where a line ends in a word
    broken with a hyphen and the next goes on in small letters (``Minimax optimisatie voor performantieruimtemo-`` /
    ``dellering``): there the halves are glued, the hyphen dropped where
    :func:`~pipeline.clean.hyphenation.title_wrap_decision` reads one word broken, kept where a compound
    (``Cross-`` / ``boundary Cooperation``), never a space after it. The clean stage left such a line apart where the
    body's word lists did not decide; a paragraph glues it (:func:`~pipeline.segment.paragraphs._joined`), a title had
    set a space after the hyphen (issue 16 point 4, session 80, helper join80: kdgmasterthesis' title).
    ``lines``: the talk's lines, whose language the word lists are asked in (:func:`~pipeline.clean.hyphenation.wraps_lang`)."""
    pieces, hyphens, lang = [parts[0]], [], None
    for k, part in enumerate(parts[1:], 1):
        before = pieces[-1]
        gap = first_sep if k == 1 else sep
        if gap is not None and before.text[-1:] in "-\u2010\u00ad" and part.text[:1].islower():
            lang = lang or wraps_lang(t.text for t in lines)
            end, start = broken_halves(before.text, part.text, lang)
            if end is not None and start is not None:
                if title_wrap_decision(end.group(1), start.group(1), lang) == "join":
                    hyphens.append(before[len(before.text) - 1:])
                    pieces[-1] = before[:len(before.text) - 1]
                pieces[-1] = Text.join([pieces[-1], part])
                continue
        pieces[-1] = Text.join([before, part], sep=gap)
    return pieces[0] if len(pieces) == 1 else Text.join(pieces), hyphens


def _talk(doc: _Doc, span: TalkSpan, last_raw: int, taken: set[str]) -> tuple[Talk, list[LedgerRow]]:
    lines, layout, block = doc.lines, doc.layout, span.block
    paper_end = span.slides_start
    # an anthology's page (poems, each with its author line set in under it: verse.verse_lines): a poem's line is never
    # the page's title, nor its poet the page's speaker (helper parts84, after verse83's limit: a school anthology's
    # first poem line had been the title, its page's own title line front)
    poems = frozenset(span.start + k for k in verse_lines(lines[span.start:paper_end]))
    if poems and block.title in poems and block.start > span.start:
        opening = read_block(lines, span.start, layout=layout)
        if opening.title is not None and opening.title not in poems:
            block = opening
    block = _english_judgment_block(lines, span.start, paper_end, block)
    block = _japanese_judgment_block(lines, span.start, paper_end, block)
    block = _title_under_its_category(lines, block, paper_end, doc.running_copies)
    talk_english = [t for t in lines[span.start:span.end] if script_of(t.text) == EN]
    talk_written = "\n".join(t.text for t in lines[span.start:span.end])
    # a talk whose slides stand between its title blocks and its paper (talks.TalkSpan.paper_resumes): its paper is
    # read from both sides of the slides, the slides from between
    resumes = span.paper_resumes if span.paper_resumes is not None else span.end
    deck_lines = lines[span.slides_start:resumes]
    rows: list[LedgerRow] = []
    front: list[Text] = []
    hints: list[Hint] = []
    evidence: list[Evidence] = []
    used: set[int] = set()
    credit_lines: frozenset[int] = frozenset()  # a recording's lines of credits alone, read as its speaker
    city_ja = title_ja = subtitle_ja = subtitle_en = title_en_paper = beside_en = None
    speaker = Speaker(None, None, None)
    author_notes: list[Text] = []
    in_paper = span.start <= block.start < paper_end and block.cues
    organisation_at: int | None = None  # where the block's organisation line stands in ``front`` (not yet put there)
    number = None
    # a letter (a subject line, a salutation among its opening lines): its letterhead is no title, its subject is
    letter, subject, text_start = _letter_opening(lines, span.start, paper_end)
    # a salutation alone sets aside only a title that reads as a letterhead (an organisation, an address, a name, or
    # a piece of the organisation's line above it: ``NORDVIK INSTITUTE`` / ``OF TECHNOLOGY``): a newsletter's
    # ``Dear readers,`` under its name keeps its title
    # (a subject without its label is no evidence of a letter: ``Dear members,`` / ``Pool hours`` under a
    # newsletter's name is its first section)
    labelled = subject is not None and (_subject_span(lines[subject].text) is not None
                                        or is_notice_subject(lines[subject].text)
                                        or issuer_label_subject([t.text for t in lines[span.start:subject + 1]],
                                                                [t.text for t in lines[text_start:paper_end]]) is not None
                                        # a subject closed by its kind's words under the addressee (``…のお知らせ``
                                        # under ``各部署長 殿``: letters.notice_subject; helper notice74)
                                        or notice_subject([t.text for t in lines[span.start:subject + 1]])
                                        == subject - span.start)
    # an English notice's headline over its letterhead (``Notice of Road Closure`` / ``Transport Team, City of
    # Bristol`` / ``Dear Residents,``): a letter, whose subject is that headline, the title (fresh-user trial 70b,
    # helper fix70f)
    headline = letter and subject is None and block.title is not None \
        and (_headline_over_letterhead(lines, layout, span.start, block.title)
             # a letter that calls itself one on its first line (``An open letter to the Governors of Eastfield
             # School``): its title, never its letterhead, though it names the body addressed (session 75, helper
             # letter75, fresh-user trial 74f's kind)
             or (not any(t.text.strip() for t in lines[span.start:block.title]) and letter_title(lines[block.title].text)))
    # a periodical's name over its issue line (``HOLLYBROOK ALLOTMENT SOCIETY`` / ``Newsletter No. 87, September
    # 2025``) is its masthead, no letterhead, though it names a body: the chair's ``Dear plot holders,`` under its
    # first heading opens an article (fresh-user trial 77b: the newsletter had been read as a letter titled by that
    # heading)
    masthead = block.title is not None and _over_issue_line(lines, block.title, paper_end)
    # a meeting's papers by their kind (``第28期通常総会議案書`` under the 管理組合's line, ``組合員各位`` under it) are
    # titled so, no letter's letterhead (issue 16 point 2, fresh-user trial 78, helper kanri78)
    masthead = masthead or (block.title is not None and meeting_papers(lines[block.title].text))
    letter = letter and not (masthead and not labelled) and (
        labelled or block.title is None or "organisation" in block.cues or _letterhead(lines, block.title) or headline)
    subject = block.title if headline else subject if letter else None
    if letter and subject is None and block.title is not None and block.title == span.start \
            and script_of(lines[block.title].text) == JA and subject_titled(lines[block.title].text):
        # a Japanese notice titled on its first line by its subject (``面会時間変更のお知らせ``), its issuer, date and
        # addressee under it: the subject is its title, never a letterhead's line (fresh-user trial 73c, helper eng73:
        # the hospital's notice had no title, ``document``)
        subject = block.title
    notice_head = subject  # the subject's line, where the sender a Japanese notice sets over it stands (head_sender)
    # the title block read the letter's unlabelled subject as its title already (a Japanese notice's sender, then
    # ``総会開催のご案内`` over ``拝啓　…``): its title stays, taken as before
    read_subject = bool(in_paper) and subject is not None and subject == block.title \
        and _subject_span(lines[subject].text) is None
    subject = None if read_subject else subject
    letterhead = letter and not read_subject
    # a letter's signature under its close names its speaker (``Kind regards,`` / ``prof. Walter Daems`` / ``Senior
    # Lecturer``); its top lines (letterhead, the sender's address, telephone, e-mail, the date) are front
    signed = signature(lines[text_start:paper_end]) if letter else None
    letter_close: Text | None = None  # a letter's complimentary close (or its signature's first line): its body ends there
    issuer_zh = False  # the speaker is a Chinese document's issuing organ closing it (letters.chinese_issuer)
    # the speaker is the document's own signer or sender (its closing signature, a notice's sender over its subject, a
    # periodical's credited editor, a letter's signature), no talk's speaker: a city its office names is no talk's
    signer_speaker = False
    signed_part = False  # the speaker is the signer of the document's first part (a greeting, a foreword)
    issuer_ja = False  # the speaker is a Japanese notice's issuing office under its date (letters.japanese_issuer)
    if in_paper:
        if block.number is not None and block.number.text.strip() == GAP and block.number_line is None \
                and block.city_line == block.start and "city" in block.cues:
            # one lost glyph glued before the city on its line (``\ufffd松江市``): the line's mark (a ``■`` bullet, or a
            # ``①`` whose number is lost), no number to read and no front line of its own: a row of the city line, the
            # gap left open (helper bunshu78, fresh-user trial 77d, whose three talks each opened their front on it;
            # a prefix of more glyphs, ``\ufffd\ufffd\ufffd松江市``, stays front as a lost number)
            rows.extend(ledger_rows_for(block.number.strip(), rule=Rule.READ_CITY_LINE_JA, reason=Reason.CITY_LINE,
                                        spellings=doc.marker_spellings))
        elif block.number is not None:
            # the prefix as printed stays front; its number is the talk's ``number`` (with the dash or colon that parts
            # it from a speaker's line after it on the line, ``Talk 2 —``: no part of the speaker's)
            front.append(_number_glued(lines[block.start], block) if block.speaker and block.speaker[0] == block.start
                         else block.number)
            number = talk_number_value(block.number.text)
            hints.extend(prefix_hints(block.number))
        if block.number_line is not None:
            used.add(block.number_line)
            # the rest of the number's own line (a lecture's time, ``第2部 14:50～15:50``) is front with it: the line
            # is used, and its rest had been lost with no ledger row (fresh-user trial 58b)
            line = lines[block.number_line]
            at = line.text.find(block.number.text) if block.number is not None else -1
            if at >= 0:  # what stands before the number on its line (``13:40　第1部``) too
                # (an ideographic space between them, ``第１部　14:00～15:00``, is a character the line keeps)
                front.extend(part for part in (line[:at].strip(" \t"), line[at + len(block.number.text):].strip(" \t"))
                             if part.text.strip())
        if block.city_line is not None:
            used.add(block.city_line)
            start, end = municipality_span(block.city.text) if "city" in block.cues else (0, 0)
            if "city" in block.cues and (named_en := place_line_en(block.city.text) or _town_alone_en(block.city.text)) is not None:
                # an English block's place line (``Kobe City, Hyogo``: titleblock._english_place_over_title; a town
                # alone over a speaker naming it, ``York``: titleblock._town_over_its_speaker) is front;
                # its municipality's name the first English read for the city, whose Japanese name only a Japanese
                # line may give (the Japanese half's city line, below), never a guess
                front.append(block.city)
                beside_en = block.city[named_en[0]:named_en[1]]
            elif "city" in block.cues and _no_city(block.city[start:end], evidence, talk_english, talk_written):
                front.append(block.city)  # a prefecture's line (``宮城県``): where the talk is from, front; no city
            elif "city" in block.cues and _party_record(lines, block.city_line, span.start, paper_end):
                # a party's address over its line in a judgment's head (``札幌市北区北八条西五丁目`` / ``原　　告　　小松
                # 誠``), or a party's line itself: where a litigant lives, never where the judgment is from; front as
                # the other parties' lines are, no city (issue 16 point 2, helper judg71; a court is no municipality)
                front.append(block.city)
            elif "city" in block.cues:
                city_ja = block.city
                if (start, end) != (0, len(city_ja.text)):
                    # ``宮城県仙台市``: the prefecture (and district) before the city are where it lies; ``名古屋市
                    # (Nagoya)``: the English name after it; front matter both
                    front.extend(t for t in (city_ja[:start].strip(" \t"), city_ja[end:].strip()) if t.text)
                    beside_en = city_ja[end:].strip() if end < len(city_ja.text) else None
                    city_ja = city_ja[start:end]
            else:
                organisation_at = len(front)  # an organisation: not a city; front, unless the speaker's institution
        elif block.number is not None:
            used.add(block.start)  # the number's line: its rest is the title, read below
        if block.title is not None and not letterhead:
            # a page break's folio inside a title wrapped over the break (talks.read_across_break) is no title's line:
            # page furniture, as inside the block's other lines (helper abs74)
            title_lines = [i for i in block.title_lines if i == block.title or i not in doc.page_numbers or i == doc.end_mark]
            used.update(title_lines)
            title_line = lines[block.title]
            if block.title == block.start and block.number is not None and block.number_line is None:
                title_line = title_line[len(title_line.text) - len(title_line.text.lstrip()) + len(block.number.text):].strip()
            elif (slot := _time_slot_run_in(title_line)) is not None:
                # a programme's time run into the title under the session's heading (``Session 1: Water`` /
                # ``09:30  Flood Early Warning…``): the slot is front, as a number on the title's line is (helper fix71b)
                front.append(slot)
                title_line = title_line[len(title_line.text) - len(title_line.text.lstrip()) + len(slot.text):].strip()
            if len(title_lines) > 1:  # a title wrapped over lines: one title (English words keep a space)
                sep = Text.inserted(" ") if script_of(title_line.text) == EN else None
                # a year alone over the title (``令和6年度`` / ``事業報告書``) keeps a space from it, as the report's
                # running head prints it (titleblock.year_alone)
                after = Text.inserted(" ") if year_alone(title_line.text) else sep
                title_line, hyphens = _wrapped_title([title_line.strip(), *(lines[i].strip() for i in title_lines[1:])],
                                                     after, sep, lines)
                for hyphen in hyphens:
                    rows.extend(ledger_rows_for(hyphen, rule=Rule.JOIN_TITLE_WORD, reason=Reason.HYPHENATION))
            if (labelled_at := title_label_end(title_line.text)) and len(block.title_lines) == 1:
                # a title run in after its label (``Title: Tides and the Old Port``): the label is front matter
                # (the white after a label set off by white alone, ``授業科目名　　…``, stays with it: ideographic spaces
                # are text the conservation check counts)
                lead = len(title_line.text) - len(title_line.text.lstrip())
                label = title_line[lead:labelled_at]
                front.append(label if label.text.rstrip(" \t").endswith("\u3000") else label.strip())
                title_line = title_line[labelled_at:]
            # a README's ``# Parcel Tracker``: the marks are front matter
            title_line, markup = title_without_markup(title_line)
            if markup is not None:
                front.append(markup)
            # the title's footnote mark (LaTeX's ``\\thanks``: ``The ferrytime package∗``) is front matter
            title_line, title_mark = title_without_mark(title_line)
            if title_mark is not None:
                front.append(title_mark)
            if len(block.title_lines) == 1 and (cited := book_citation_cut(lines, block.title)) is not None \
                    and title_line.text == lines[block.title].text:
                # a review's head set as the book's citation (``… Modern Tokyo, 1890–1960. By Haruka`` / ``Sonoda.
                # Honolulu: …``): the book's title is the title, its author and details front (helper title82)
                front.append(title_line[cited:].strip())
                title_line = title_line[:cited]
            # a newsletter's ``… — Issue 12 · March 2026``; a title line in both languages loses each half's edition
            # where it is split, below (the edition closing its English half is not the whole line's)
            edition = None
            if bilingual_halves(title_line) is None:
                title_line, edition = title_without_edition(title_line)
            if edition is not None:
                edition, trimmed = trimmed_part(edition)  # ``○○市報　　第42号``: the wide spaces out, each with a row
                rows.extend(trimmed)
                front.append(edition)
            if len(block.title_lines) == 1 and (label_end := kind_label_before(title_line.text)) is not None:
                # a magazine's rubric in brackets over its article's title (``【インタビュー】…``, ``［対談］…``): front,
                # the title what follows it (helper notice85)
                label, trimmed = trimmed_part(title_line[:label_end])
                rows.extend(trimmed)
                front.append(label)
                title_line = title_line[label_end:]
            if block.subtitle is None and len(block.title_lines) == 1 and script_of(title_line.text) != EN \
                    and (apart := dash_subtitle_after(title_line.text)) is not None:
                # a subtitle after one dash set apart by wide white (``地域の味を次の世代へ　―　老舗味噌蔵の七代目に
                # 聞く``): the subtitle field; the dash and its spaces are the setting, out with rows (helper notice85)
                rows.extend(ledger_rows_for(title_line[apart[0]:apart[1]], rule=Rule.SET_ASIDE_SEPARATOR,
                                            reason=Reason.SEPARATOR))
                title_line, subtitle_ja = title_line[:apart[0]], title_line[apart[1]:].strip()
            if block.subtitle is None and len(block.title_lines) == 1 \
                    and (cut := subtitle_set_after(title_line.text)) is not None:
                # a subtitle set after the title on its line (``令和6年度 事業報告書　　―地域とともに歩む一年―``): the
                # subtitle in its script's field, as on a line of its own; the wide spaces between out with rows
                title_line, (set_after, trimmed) = title_line[:cut], trimmed_part(title_line[cut:])
                rows.extend(trimmed)
                if script_of(set_after.text) == EN:
                    subtitle_en = set_after
                else:
                    subtitle_ja = set_after
            quoted_view = False  # the title a view inside the marks of its line, which stays front whole
            if len(block.title_lines) == 1 and (quoted := quoted_title(title_line.text)) is not None \
                    and (quoted_lecture(lines, block.title)
                         # a lecture's quoted title under its newsletter's name (helper doc75)
                         or quoted_title_under_series(lines, block.start) == block.title):
                # a programme's lecture titled in quotation marks under its part (``第1部 13:40～14:40`` /
                # ``「遠州灘の津波と防潮堤」``): the line stays front, its title the view inside the marks, as a title
                # under ``演題「…」`` is (helper prog59)
                front.append(title_line)
                title_line, quoted_view = title_line[quoted[0]:quoted[1]], True
            elif len(block.title_lines) == 1 and (quoted := quoted_title_en(title_line.text)) is not None:
                # an English title set wholly in quotation marks (a podcast's episode under its series): the marks
                # are its setting, the line front, the title the view inside them (helper en76)
                front.append(title_line)
                title_line, quoted_view = title_line[quoted[0]:quoted[1]], True
            if quoted_view and subtitle_ja is None and subtitle_en is None and block.subtitle is None \
                    and (cut := subtitle_set_after(title_line.text)) is not None:
                # a quoted title's subtitle set after it inside the marks (``「弥次さん喜多さんと歩く東海道　―『東海道中
                # 膝栗毛』に見る江戸の旅―」``, fresh-user trial 78d): the subtitle field, as outside them; both views of the
                # line ``front`` keeps whole, so no row for the space between
                title_line, set_after = title_line[:cut], title_line[cut:].strip(" \u3000\t")
                if script_of(set_after.text) == EN:
                    subtitle_en = set_after
                else:
                    subtitle_ja = set_after
            if _english_title(title_line.text):
                title_en_paper = title_line.strip()
            else:
                title_ja = title_line.strip()
        elif block.title is not None and block.title == block.start == subject and block.number is not None \
                and block.number_line is None:
            # a lecture's number on its title's line (``第２部　演題：…``, ``講演２　演題：…``): the number is front
            # (above), the rest of the line, the label and its value, front as a lecture's title line alone is, its
            # title a view into it (read below as the subject's); helper prog58
            title_line = lines[block.title]
            front.append(title_line[len(title_line.text) - len(title_line.text.lstrip()) + len(block.number.text):].strip())
        if block.subtitle is not None and not letterhead:
            used.update(block.subtitle_lines)
            subtitle = lines[block.subtitle].strip()
            if len(block.subtitle_lines) > 1:  # a subtitle wrapped over lines (English words keep a space)
                subtitle = joined_lines([lines[i].strip() for i in block.subtitle_lines])
            if script_of(lines[block.subtitle].text) == EN:
                # an English title's subtitle (``Pilot Report, 2024``), set between dashes as a Japanese one is
                # (``- Pilot programme opens to 40 small farms -``: issue 16 point 2, it had been subtitle.ja)
                subtitle_en = subtitle
            else:
                subtitle_ja = subtitle
            if block.subtitle_translation is not None and subtitle_en is None:
                # a quoted subtitle's English right under it (titleblock._quoted_subtitle; helper title72)
                used.add(block.subtitle_translation)
                subtitle_en = lines[block.subtitle_translation].strip()
        translated_edition = None
        if block.translation is not None and title_en_paper is None and not letterhead:
            wrapped = range(block.translation, block.translation_end or block.translation + 1)
            used.update(wrapped)
            title_en_paper = Text.join([lines[i].strip() for i in wrapped], sep=Text.inserted(" "))
            # the masthead's translation loses its edition as the masthead's line does (``国際交流ニュース　第42号`` /
            # ``International Exchange News No. 42``): the issue is front in both languages, no title's words
            # (fresh-user trial 70c: title.en had kept ``No. 42`` while ``第42号`` went to front)
            title_en_paper, translated_edition = title_without_edition(title_en_paper)
        elif block.translation is not None and title_ja is None and not letterhead \
                and script_of(lines[block.translation].text) == JA:
            # an English title with its Japanese right under it (is_title_translation; trial 44): the title in Japanese
            used.add(block.translation)
            title_ja, translated_edition = title_without_edition(lines[block.translation].strip())
        if translated_edition is not None:
            translated_edition, trimmed = trimmed_part(translated_edition)
            rows.extend(trimmed)
            front.append(translated_edition)
        if block.speaker and signed is None and all(party_line(lines[i].text) for i in block.speaker) \
                and judgment_document(lines[span.start:paper_end]):
            # a judgment's party (``申立人　山下 勝``, ``代理人弁理士　森田 陽介``) under its title: the head's record of
            # who stands before the court, front as the other parties' lines are; the judges signing its end speak for
            # it (letters.judgment_signers; helper judg70)
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c != "speaker"))  # (its evidence row too)
        if block.speaker and all(addressed_line(lines[i].text) for i in block.speaker):
            # a letter's addressee under its title (``To: The Leader and Members of Westbury Town Council``): whom it
            # is sent to, front; its signature speaks for it (session 75, helper letter75, fresh-user trial 74f: the
            # council addressed had been the open letter's speaker)
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c not in ("speaker", "organisation")))
        if block.speaker and block.title is not None and _venue_over_dates(lines, block, paper_end):
            # an event's venue under its name, over its dates (``12th Annual Meeting of the British Society for Soil
            # Ecology`` / ``Harper Adams University, Newport, Shropshire`` / ``7–9 September 2026``): where it is
            # held, front, no speaker's affiliation (session 75, helper letter75, fresh-user trial 74e's call)
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c not in ("speaker", "organisation")))
        if block.speaker and any(_DECEASED.search(lines[i].text) for i in block.speaker):
            # an obituary's deceased (``株式会社みどり商事 代表取締役会長 山本 正一 儀`` under ``訃報``): the notice is
            # about the person, who says nothing in it; the line stays front (helper notice74, fresh-user trial 73d's
            # kind: the deceased had been the obituary's speaker)
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c != "speaker"))
        if block.speaker and all(i in poems for i in block.speaker):
            # a poet's name set in under the poem (``名月や…`` / ``　　　木村 一郎``, an anthology's page): the poem's
            # author among others, no speaker of the page; the block ends at its title, the poem and its author
            # line the page's text with the others (helper parts84, after verse83)
            held = [i for i in (*block.title_lines, *block.subtitle_lines, block.number_line, block.city_line)
                    if i is not None]
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c not in ("speaker", "organisation")),
                            end=max(held) + 1 if held else block.start)
        if block.speaker and signed is None and book_author_over_details(lines, block):
            # a book review's head: ``By`` the book's author over its details; the author wrote the book, not the
            # review, and stays front (helper rev74, fresh-user trial 74c's kind)
            block = replace(block, speaker=(), cues=tuple(c for c in block.cues if c != "speaker"))
        info_sender = None  # a letter's sender named over the telephone of its information block
        if block.speaker and signed is None:
            if letter:  # no signature: the block's lines that name no one (an address, a telephone, a date) stay front
                texts = [t.text for t in lines]
                # (and its reference fields, DIN 5008's ``Ihr Zeichen⇥Unser Zeichen⇥Datum`` and their values: front
                # fields, never authors; helper lost78, fresh-user trial 78c)
                named = [i for i in block.speaker if not _letterhead_field(lines[i].text) and not reference_block(texts, i)]
                info_sender = _sender_over_contacts(texts, block.speaker)
                block = replace(block, speaker=[info_sender] if info_sender is not None else named)
        if block.speaker and signed is None:
            used.update(block.speaker)
            # a note on the authors under their affiliations (``* Corresponding author: …``) is a footnote, never
            # part of an affiliation its mark would point to
            noted = {i for i in block.speaker if author_note(lines[i].text)}
            author_notes = [lines[i] for i in block.speaker if i in noted]
            speaker = speaker_of([_without_number(lines[i], block) if i == block.start else lines[i]
                                  for i in block.speaker if i not in noted], layout)
            if info_sender is not None and (institution := letterhead_institution(lines[span.start:info_sender],
                                                                                  layout)) is not None:
                # the sender read from the information block works where the letterhead says, as a signer does
                speaker = with_letterhead(speaker, institution, [lines[info_sender]])
            if organisation_at is not None and speaker.affiliation is not None and is_sub_unit(speaker.affiliation.text) \
                    and names_institution(block.city.text) and block.city.text == lines[block.city_line].text.strip():
                # a thesis cover's university over its title, the student's course under it (``東北海洋大学大学院
                # 環境科学研究科`` … ``環境システム学専攻`` / ``高橋 美咲``): the course is the university's, the
                # speaker's affiliation both (trial 49: the university stayed front, the affiliation the course alone)
                speaker = speaker_of([lines[block.city_line]] + [lines[i] for i in block.speaker if i not in noted], layout)
                organisation_at = None
            if block.twins and speaker.text is not None:
                # the speaker's lines again in Korean (titleblock._read_korean_speaker): part of the speaker's text, in
                # raw order, while the name and affiliation are read from the speaker's own lines
                used.update(block.twins)
                before = [lines[i].strip() for i in block.twins if i < block.speaker[0]]
                after = [lines[i].strip() for i in block.twins if i > block.speaker[-1]]
                speaker = replace(speaker, text=Text.join([*before, speaker.text.strip(), *after], sep=Text.inserted(" ")))
            if letterhead and block.title is not None and _post_over_name(lines[block.title], lines[block.speaker[0]], speaker):
                # a notice's sender set as its post over its name, a line each (``みどり野市立みどり野中学校長`` /
                # ``佐藤　一郎``), its subject under them: one signer, the post its affiliation, no title's line and no
                # front line (helper fix69c, news69's ``nt_ja_haikei_ki_colon``: the name alone had been the speaker)
                used.add(block.title)
                speaker = speaker_of([lines[block.title]] + [lines[i] for i in block.speaker if i not in noted], layout)
        if organisation_at is not None and title_en_paper is None and title_ja is None and not letter \
                and block.title is None and (kind := _record_kind_line(lines, block.end, paper_end)) is not None:
            # a meeting's record or agenda headed by its body alone (``FENWICK PARISH COUNCIL`` over the notice and
            # ``AGENDA``): the header is the title, the kind the label over its items where it stands
            if _english_title(block.city.text):
                title_en_paper = block.city.strip()
            else:
                title_ja = block.city.strip()
            organisation_at = None
            evidence.append(Evidence("title-block", f"line {first_line(block.city) or '?'}: the header of a document whose "
                                              f"kind ({lines[kind].text.strip()}) stands alone below it, no title of its own"))
        if organisation_at is not None:
            front.insert(organisation_at, block.city)
        evidence.append(Evidence("title-block", f"line {first_line(lines[block.start]) or '?'}: " + ", ".join(block.cues)))
    if notice_head is None and in_paper and block.title is not None and span.start < block.title \
            and (script_of(lines[block.title].text) == EN
                 or (script_of(lines[block.title].text) == JA
                     and any(is_date_line(t.text.strip()) for t in lines[span.start:block.title]))) \
            and (any(addressee_line(t.text.strip()) for t in lines[span.start:block.title])
                 # a notice titled by its tagged subject (``入札公告`` / … / ``【件名】庁舎清掃業務委託``): its date and issuer
                 # over the subject are its head's, no addressee needed (helper news84, speak84's open tender notice)
                 or tagged_title(lines[block.title].text)):
        # (a Japanese notice whose subject is no ``…について`` line, ``春の一斉清掃と防災訓練のお知らせ``, under its date,
        # addressee and sender, ``ひばりが丘町内会　会長　西� 昭夫``, is read so too, its date among the lines over it, where
        # the sender names a person: fresh-user trial 72c, helper title72, whose sender had been no speaker)
        # an English notice's head, its date and addressee over its sender and its subject (the title block's title:
        # ``12 October 2025`` / ``To all residents`` / ``Director of Public Works, Jane Smith`` / ``Changes to …``):
        # read as a Japanese notice's is (helper fix68c, fix68a's open fault: only Japanese was read)
        english_head = block.title
    else:
        english_head = None
    sender = head_sender(lines[span.start:notice_head if notice_head is not None else english_head]) \
        if (notice_head is not None or english_head is not None) and signed is None and speaker.name is None else None
    if sender is not None and notice_head is None and script_of(lines[english_head].text) == JA and sender[2].name is None:
        # (a Japanese head read so gives only a sender naming a person: an office alone over the subject, a press
        # release's ``みどり市 観光課`` under ``報道関係者各位`` and its date, stays what it was, front, its city read
        # from it as before; helper title72)
        sender = None
    read_office = bool(in_paper and block.speaker)
    if sender is not None and (speaker.text is not None or read_office) and not (
            read_office and all(span.start + sender[0] <= i < span.start + sender[1] for i in block.speaker)):
        # the title block read an office already (``みどり市教育委員会`` over the subject): the sender's reading stands
        # only where it holds that office's lines and more (its post under it: ``教育長``; helper fix68c)
        sender = None
    if sender is not None and sender[2].name is None and signed is None:
        # a post or an office alone over the subject (``桜台市長``, ``○○市教育委員会``) yields to a signer closing the
        # notice who names a person (``校長　山田 太郎`` under its date): the signature says who speaks
        read_from = max(text_start, block.end) if in_paper else text_start
        closing = closing_signer(lines[read_from:paper_end], lines[span.start:read_from]) if read_from < paper_end else None
        if closing is not None and closing[2].name is not None:
            sender = None
    if sender is None and letter and signed is None and speaker.name is None and not (in_paper and block.speaker):
        # a memo's sender in its header (``From: Helen Carter, Head of Library Services``): its speaker, a view of the
        # line, which stays front (letters.memo_sender; helper en84, head83's open fault: the memo had no speaker)
        memo = memo_sender(lines[span.start:text_start])
        if memo is not None:
            speaker = memo[2]
            signer_speaker = True
            evidence.append(Evidence("title-block", f"line {first_line(lines[span.start + memo[0]]) or '?'}: "
                                                    "the sender a memo names in its header, its speaker"))
    if sender is not None and notice_head is None:
        notice_head = english_head  # signed at its head: its closing contact block is its foot (sections.split_paper)
    if sender is not None:
        # a Japanese notice's sender set over its subject, under its date and addressee (``桜台市長　中村 浩``): its
        # speaker, a view of the line, which stays front where it stands (fresh-user trial 68: no speaker)
        speaker = sender[2]
        signer_speaker = True
        evidence.append(Evidence("title-block", f"line {first_line(lines[span.start + sender[0]]) or '?'}: "
                                                "the sender a notice sets over its subject, its speaker"))
    # a block whose speaker's line is the issuer's dated statement (``Issued 3 March 2025 by …``) reads its signature
    # too: a signer found names the speaker (letters.issued_by; helper eng73)
    issue_line = in_paper and bool(block.speaker) and all(issued_by(lines[i].text) for i in block.speaker)
    # so does one whose speaker's line is its issuing organisation alone (``市立みなと総合病院`` under a notice's
    # title), where the signature names a person (``病院長　西川 隆`` under ``以上``): the signer speaks for it
    office_line = in_paper and bool(block.speaker) and not issue_line and speaker.name is None \
        and all(is_organisation(lines[i].text.strip()) for i in block.speaker)
    issue_line = issue_line or office_line
    issued_speaker, issued_evidence = speaker, len(evidence)
    if signed is None and (speaker.text is None or issue_line) and not (in_paper and block.speaker and not issue_line):
        # a document that prints no speaker line at its head and signs at its end (a notice's ``Signed:`` / ``Jane
        # Okafor`` / ``Parish Clerk``, ``緑ヶ丘市長　山田 太郎`` under its date): the signer is its speaker, a view of the
        # signature's lines, which stay where they stand as a letter's do (fresh-user trial 63c)
        read_from = max(text_start, block.end) if in_paper else text_start
        if read_from >= paper_end and not letter:
            # no running text among the opening's lines (a notice of one-line items, its date and issuer under them:
            # ``3．定員　親子15組`` / ``2025年7月1日`` / ``ひかり市こども未来センター``, fresh-user trial 65c's kind): the
            # closing is read under the title block
            read_from = block.end if in_paper else span.start
        closing = closing_signer(lines[read_from:paper_end], lines[span.start:read_from]) if read_from < paper_end else None
        if closing is None and read_from < paper_end:
            # a notice signed between its preamble and its items (``…告示する。`` / ``令和7年2月10日`` / ``緑川市長　佐藤
            # 一郎`` / ``記`` / ``1. …`` / ``以上``): the signature under its date over ``記`` is the notice's, read as a
            # closing one is with the text over ``記`` as the document (fresh-user trial 68d: no speaker)
            items_at = next((k for k in range(read_from, paper_end) if is_items_mark(lines[k].text)), None)
            if items_at is not None and items_at > read_from:
                closing = closing_signer(lines[read_from:items_at], lines[span.start:read_from], contact=False)
                if closing is None:
                    # a post alone under the date (``みなと市長``), no name printed: read as a sender over a subject
                    # is, the post its affiliation, the name null (none invented)
                    over_items = head_sender(lines[read_from:items_at])
                    closing = over_items if over_items is not None and over_items[2].name is None else None
        credit = credit_signer(lines[read_from:paper_end]) if closing is None and read_from < paper_end else None
        head_credited = None
        if credit is None and closing is None and in_paper and block.title is not None and block.end < paper_end:
            # the editor credited under the masthead (``編集：森下 美咲（修士1年）``), no closing credit: the speaker, as
            # a closing credit's editor is (letters.head_credit; fresh-user trial 72c, helper title72)
            head_credited = head_credit(lines[block.end:paper_end])
        foreword = None
        if credit is None and closing is None and head_credited is None and in_paper and block.title is not None \
                and read_from < paper_end and script_of(lines[block.title].text) == EN:
            # a report's foreword or statement signed at its end, a part heading on under it (``Margaret O’Donnell`` /
            # ``Chair of Trustees`` / ``Our year in numbers``): its signer speaks for the report, a view of the
            # signature's lines, which stay the part's paragraphs (sections.part_signer; helper rev72)
            foreword = part_signer(lines[read_from:paper_end])
        if credit is None and closing is None and head_credited is None and foreword is None and in_paper \
                and block.title is not None and read_from < paper_end and script_of(lines[block.title].text) == JA:
            # a report's greeting signed at its end by its post and name (``代表理事あいさつ`` / … / ``代表理事　佐久間
            # 忠彦`` / ``１．法人の概要``): its signer speaks for the report, as an English foreword's does
            # (the greeting's heading may close the title block, right over ``read_from``)
            for opened in (max(read_from - 1, span.start), read_from):
                greeting = greeting_signer(lines[opened:paper_end])
                if greeting is not None and opened + greeting[0] >= read_from:
                    foreword = (opened + greeting[0] - read_from, opened + greeting[1] - read_from, greeting[2])
                    break
        # at most one of these is read (each only where those before it found none); its lines stay where they stand
        credited = (
            (foreword, read_from, "the signature closing the document's first part, its speaker"),
            (head_credited, block.end, "the editor a periodical credits under its masthead, its speaker"),
            # a periodical's editor credited on its closing line (``Editor: Margaret Olsen``): its speaker, a view of
            # the line, which closes ``front`` (fresh-user trial 68's newsletter)
            (credit, read_from, "the editor a periodical credits on its closing line, its speaker"))
        for found, read_at, why in credited:
            if found is not None:
                speaker = found[2]
                signer_speaker = True
                signed_part = found is foreword
                evidence.append(Evidence("title-block", f"line {first_line(lines[read_at + found[0]]) or '?'}: {why}"))
        if closing is not None:
            speaker = closing[2]
            signer_speaker = True
            if letter:
                at = read_from + closing[0]
                # (its close over the date set between it and the signature too: ``敬具`` / ``令和7年11月20日`` / …)
                letter_close = lines[read_from + close_over_signature([t.text for t in lines[read_from:at + 1]], at - read_from)]
            issuer_zh = chinese_issuer(lines[read_from:paper_end]) == closing
            issuer_ja = not issuer_zh and closing[2].name is None \
                and japanese_issuer(lines[read_from:paper_end], closing[1], lines[span.start:read_from]) == closing
            evidence.append(Evidence("title-block", f"line {first_line(lines[read_from + closing[0]]) or '?'}: " + (
                "the issuing organ closing a Chinese document (落款), its speaker" if issuer_zh
                else "the issuing office closing a Japanese notice under its date, its speaker" if issuer_ja
                else "the document's closing signature, its speaker")))
    if office_line and speaker is not issued_speaker and speaker.name is None:
        # a signature naming no one (an office, a post alone) leaves the organisation's line the speaker
        speaker = issued_speaker
        del evidence[issued_evidence:]
    if issue_line and speaker is not issued_speaker:
        used.difference_update(block.speaker)  # the issue line a signer displaced is front, where it stands
    if speaker.text is None and signed is None and in_paper and not block.speaker \
            and english_judgment(lines[span.start:paper_end]) is not None:
        # an English judgment signed by no judge at its end: the judges its head names (``Before:`` / ``MRS JUSTICE
        # LANE``) or whose judgments it sets under their names (``Lord Justice Ames:``) speak for it, a view of those
        # lines, which stay where they stand (helper judg70b)
        judged = _english_judges(lines[span.start:paper_end])
        if judged is not None:
            speaker = judged
            signer_speaker = True
            evidence.append(Evidence("title-block", "the judges an English judgment names, its speaker"))
    if speaker.text is None and signed is None and in_paper and block.title is not None \
            and (taught := _labelled_teacher(lines, block.title, paper_end)) is not None:
        # a lecture's handout naming its teacher under its title by a label a syllabus shares (``担当：経済学部　准教授
        # 平田 真理子``, ``講師：…``, ``Lecturer: Dr Jane Roe, …``): its speaker, a view of the line, which stays front
        # (session 75, helper letter75, fresh-user trial 74's handout had no speaker)
        speaker = taught[1]
        evidence.append(Evidence("title-block", f"line {first_line(lines[taught[0]]) or '?'}: "
                                                "the teacher a handout names under its title by a label, its speaker"))
    if speaker.text is None and signed is None and in_paper and block.title is not None \
            and (led := _labelled_lead(lines, block.title, paper_end)) is not None:
        # a report's or grant's head naming who led the work by a label (``Project lead: …``, ``Lead organisation:
        # …``): its speaker, a view of the lines, which stay front (session 75, helper en75, fresh-user trial 75)
        speaker = led[1]
        evidence.append(Evidence("title-block", f"line {first_line(lines[led[0]]) or '?'}: "
                                                "the lead a report names under its title by a label, its speaker"))
    if speaker.text is None and signed is None and in_paper and block.title is not None \
            and (recorded := _recording_speakers(lines, block.title, paper_end)) is not None:
        # a podcast's or an interview's head crediting its host and guest (``Host: Hannah Pryce. Guest: Tom
        # Beckwith.``): its speakers, a view of the line, which stays front (helper en76, fresh-user trial 75)
        speaker = recorded[1]
        credit_lines = recorded[2]
        used.update(credit_lines)
        evidence.append(Evidence("title-block", f"line {first_line(lines[recorded[0]]) or '?'}: "
                                                "the people a recording's head line credits, its speakers"))
    if speaker.name is not None and speaker.affiliation is None and len(block.speaker) == 1 \
            and (faculty := _thesis_cover_affiliation(lines, block.speaker[0], paper_end)) is not None:
        # a thesis cover's faculty and chair under the thesis's kind (se2thesis: trial 75c): the author's affiliation
        speaker = replace(speaker, affiliation=faculty)
    if signed is not None:
        at = text_start + signed[0]
        letter_close = lines[text_start + close_over_signature([t.text for t in lines[text_start:at + 1]], at - text_start)]
        signed_lines = lines[text_start + signed[0]:text_start + signed[1]]
        # the name first (``Karin Lund`` / ``Director``), else the organisation over its officer (``さくら台港湾研究所`` /
        # ``所長　山本　和夫``), read as a title block's speaker lines are
        speaker = signer(signed_lines, signed[2]) if signed[2] is not None else speaker_of(signed_lines)
        signer_speaker = True
        # the institution the letterhead names is the signer's, after the post the signature gives (``Director of
        # Research Facilities, Halden Institute of Marine Acoustics``)
        # (a letterhead that opens on the signer's own name and post, ``prof. Walter Daems`` / ``Senior Lecturer``, then
        # the faculty's lines: the institution is read under them; trial 76c's uantwerpenletter had the post alone)
        institution = letterhead_institution(_past_signer_lines(lines[span.start:text_start], signed_lines), layout) \
            if signed[2] is not None else None
        if institution is not None:
            speaker = with_letterhead(speaker, institution, signed_lines)
        evidence.append(Evidence("title-block", f"line {first_line(lines[text_start + signed[0]]) or '?'}: "
                                                "a letter's signature, its speaker"))
    titled_line = None  # a subject line that is the title whole, no label (``…について（通知）``): no front line
    if subject is not None:
        # the subject line stays where it stands (front); its value is the title, a view into it
        value = lines[subject][slice(*(_subject_span(lines[subject].text) or (0, None)))].strip()
        if value.text == lines[subject].text:
            # an unlabelled subject, English or Japanese, is the title whole: the line reaches the output once, as the
            # title (decision, trial 76c's uantwerpenletter: ``Congratulations for online video lectures`` had stood
            # in both ``title`` and ``front``; this reverses tests/test_segment_letters' earlier English exception)
            titled_line = first_line(lines[subject])
        kind = "a lecture's title under its label" if lecture_title(lines[subject].text) is not None \
            else "a notice's subject line" if is_notice_subject(lines[subject].text) else "a letter's subject line"
        evidence.append(Evidence("title-block", f"line {first_line(lines[subject]) or '?'}: {kind}, its title"))
        if _english_title(value.text):
            title_en_paper = value
        else:
            title_ja = value
    before_at = range(span.start, min(block.start, paper_end) if in_paper else span.start)
    # a paged volume's folio over the title block (``101`` atop the talk's first page, the running head under it) is
    # page furniture, no front matter (trial 40); so is a folio in its own shape alone on its line (``－ 1 －``,
    # ``- 1 -``), over the first talk's title as in the body (:func:`_paper` drops such a line wherever it stands;
    # issue 16 point 2, helper white85: trial 84b's booklet kept its first folio in talk 1's front while the later
    # ones went to the ledger)
    folio_at = {i for i in before_at if first_line(lines[i]) in doc.folios or (
        i != doc.end_mark and (n := page_number(lines[i].text)) is not None and n.shaped)}
    rows.extend(_furniture_rows([lines[i] for i in sorted(folio_at)], "page-number", doc.marker_spellings))
    before = [lines[i] for i in before_at if i not in folio_at]
    # a news story's dated lead printed over its headline (talks.headline_under_lead) is the story's first paragraph,
    # never front matter over the title
    lead = _lead_over_headline(lines, span.start, block, layout) if in_paper else []
    before = [t for t in before if t not in lead]
    # a volume's table of contents over its first talk's title block (``目次`` / ``第1講演　新潟市 …… 2``) is the
    # contents, read as the body's is, never raw front strings (issue 16 point 1, helper vol72: trial 72b's volume
    # kept its entries in the first talk's front, its contents [])
    volume_contents, volume_headings = _contents_over_title(before, layout)
    before = [t for t in before if t not in volume_contents and t not in volume_headings]
    rest_start = max(block.end, span.start) if in_paper else span.start
    inside_at = [i for i in range(block.start, rest_start) if i not in used and span.start <= i < paper_end] if in_paper else []
    # a page break's folio inside the title block, read whole across it (talks.read_across_break: the folio and the
    # next page's head between an abstract's authors and their affiliations), is page furniture, as in the body
    # (helper brk73)
    rows.extend(_furniture_rows([lines[i] for i in inside_at if i in doc.page_numbers and i != doc.end_mark],
                                "page-number", doc.marker_spellings))
    inside = [lines[i] for i in inside_at if i not in doc.page_numbers or i == doc.end_mark]
    if letter and text_start > rest_start:
        # a letter's opening (letterhead, addresses, date, subject, salutation) is front, never a section
        # (``12 Quay Street``, ``14 March 2026`` are no numbered headings) nor a paragraph joined to its text
        inside += lines[rest_start:text_start]
        rest_start = text_start
    # a notice's addressee right under its title block (``市民の皆様へ``, ``保護者各位``, ``To all residents``,
    # ``주민 여러분께``) is whom it is for: front, as a letter's addressee is, never a heading over its text
    # (decision, issue 16, helper notice66: trial 65d's notice had its body titled ``市民の皆様へ``)
    rest_start = _past_addressee(lines, rest_start, paper_end, inside)
    # a recording's credit lines, the speaker's, and its labelled fields under its title block: front (helper encv77)
    rest_start = _past_recording_head(lines, rest_start, paper_end, inside, credit_lines)
    # the event's own lines after a programme's last lecture (``主催：…``, ``申込み：不要``: talks.TalkSpan.event_start)
    # are front, as its lines over the first lecture are the first talk's, never the last lecture's text
    # (from where the body would open at the earliest: lines before it are front already, a flyer's fields under its
    # lecture's title block)
    event_start = min(max(span.event_start, rest_start), paper_end) if span.event_start is not None else paper_end
    body, contents, headings, furniture = _paper(doc, rest_start, event_start)
    body = lead + body
    # (kept apart from the lines over the body: an office among them issues no notice, ``問合せ：…市…課`` names no city)
    event_lines, _, _, event_furniture = _paper(doc, event_start, paper_end)
    furniture += event_furniture
    if resumes < span.end:
        after_body, after_contents, after_headings, after_furniture = _paper(doc, resumes, span.end)
        body, contents, headings = body + after_body, contents + after_contents, headings + after_headings
        furniture += after_furniture
    contents, headings = volume_contents + contents, volume_headings + headings
    inside += headings  # the contents' heading (``目次``) is front matter, placed in raw order with the rest
    rows.extend(furniture)
    if span.translation is not None and title_ja is None and span.translation.title is not None \
            and script_of(lines[span.translation.title].text) == JA:
        # an English talk's Japanese half after it (talks.translates): its title block is the Japanese title and
        # front matter (its speaker lines, its city line), never lines of a section; its city line gives the city
        tb = span.translation
        title_ja = Text.join([lines[i].strip() for i in tb.title_lines]) if len(tb.title_lines) > 1 else lines[tb.title].strip()
        start, end = municipality_span(tb.city.text) if "city" in tb.cues else (0, 0)
        if "city" in tb.cues and city_ja is None and _no_city(tb.city[start:end], evidence, talk_english, talk_written):
            inside.append(tb.city)  # a prefecture's line: front matter, no city
        elif "city" in tb.cues and city_ja is None:
            city_ja = tb.city
            if (start, end) != (0, len(city_ja.text)):
                # the prefecture before the city (``宮城県仙台市``), the English name after it: front matter
                inside.extend(t for t in (city_ja[:start].strip(" \t"), city_ja[end:].strip()) if t.text)
                city_ja = city_ja[start:end]
        for k in ([tb.city_line] if tb.city_line is not None else []) + list(tb.speaker):
            if city_ja is None and (opens := affiliation_city(lines[k].text)) is not None \
                    and not _no_city(lines[k][opens[0]:opens[1]], evidence):
                # the municipality whose office the Japanese half's issuer names (川西市 環境政策課), as the
                # Japanese-first order reads it from its speaker's affiliation
                city_ja = lines[k][opens[0]:opens[1]]
                evidence.append(Evidence("city", f"{city_ja.text}: the municipality whose office the Japanese half's "
                                                 f"affiliation names ({lines[k].text.strip()})"))
        taken_lines = {first_line(lines[i]) for i in range(tb.start, tb.end)}
        titled = set(tb.title_lines)
        if in_paper and tb.speaker and block.speaker and signed is None \
                and not any(script_of(t.text) == EN and is_prose(t.text) for t in lines[block.end:tb.start]):
            # the English half is its block and its points alone, no running text (titleblock's English place line
            # over its title, talks.japanese_block_under): the paper is the Japanese half's, and so is the speaker, as
            # in a Japanese-first talk; the English speaker's lines are front (fresh-user trial 63)
            speaker = speaker_of([lines[i] for i in tb.speaker], layout)
            inside += [lines[i] for i in block.speaker]
            titled.update(tb.speaker)
            # its points are front too, every one, never a section of the Japanese paper (``■ 800 electric buses in
            # service``, a number opening it, had read as a heading: fresh-user trial 63b's variants)
            taken_lines.update(first_line(lines[i]) for i in range(block.end, tb.start))
            if tb.city_line is not None and city_ja is not None and city_ja.origin == lines[tb.city_line].strip().origin:
                titled.add(tb.city_line)  # its city line is the city whole, as a Japanese-first talk's: no front line
        if tb.subtitle is not None and subtitle_ja is None and script_of(lines[tb.subtitle].text) == JA:
            # its subtitle (``―野尻川における現地観測と数値解析―``) is the Japanese subtitle, as the title is the title
            subtitle_ja = joined_lines([lines[i].strip() for i in tb.subtitle_lines])
            titled.update(tb.subtitle_lines)
        if tb.end < len(lines) and is_date_line(lines[tb.end].text):
            # its date right under it (``2025年3月``), as the English half's under its block: front matter
            taken_lines.add(first_line(lines[tb.end]))
        inside += [t for t in body if first_line(t) in taken_lines and first_line(t) not in
                   {first_line(lines[i]) for i in titled}]
        body = [t for t in body if first_line(t) not in taken_lines]
        evidence.append(Evidence("title-block", f"line {first_line(lines[tb.start]) or '?'}: the Japanese half's, "
                                                "translating the English (" + ", ".join(tb.cues) + ")"))
    if title_ja is not None and title_en_paper is None:
        # a Japanese paper that gives itself again in English (a bilingual abstract): its English title block
        # (title, authors, affiliations) is the English title and front matter, never lines of a section
        read = _english_title_block(body, layout)
        if read is not None:
            english_block, title_lines = read
            title_en_paper = Text.join([body[k].strip() for k in title_lines], sep=Text.inserted(" "))
            inside += [body[i] for i in range(title_lines.stop, english_block.stop)]
            body = body[:english_block.start] + body[english_block.stop:]
        elif (half := _english_half_title(body, title_ja.text)) is not None:
            title_en_paper = body[half].strip()
            body = body[:half] + body[half + 1:]
            evidence.append(Evidence("title-block", f"line {first_line(title_en_paper) or '?'}: the English half's "
                                                    "title, translating the Japanese"))
    if span.translation is not None and title_en_paper is None and (tb := span.translation).title is not None \
            and script_of(lines[tb.title].text) == EN:
        # a Japanese talk's English half after it (talks.translates) whose block the bilingual abstract's rule above
        # did not read: its title line is the English title, its block's other lines front, never a section's
        wrapped = tb.title_lines
        title_en_paper = Text.join([lines[i].strip() for i in wrapped], sep=Text.inserted(" ")) if len(wrapped) > 1 \
            else lines[tb.title].strip()
        taken_lines = {first_line(lines[i]) for i in range(tb.start, tb.end)}
        inside += [t for t in body if first_line(t) in taken_lines and first_line(t) not in
                   {first_line(lines[i]) for i in wrapped}]
        body = [t for t in body if first_line(t) not in taken_lines]
        evidence.append(Evidence("title-block", f"line {first_line(lines[tb.start]) or '?'}: the English half's, "
                                                "translating the Japanese (" + ", ".join(tb.cues) + ")"))
    # Footnotes (extract marks them: pipeline.extract.footnotes) are read apart from the body, into their own field: a
    # note at a page's foot never ends a paragraph, breaks one that goes on over the page, or becomes a section's.
    # page numbers and running heads set aside mark page breaks (a dump without form feeds shows them so)
    # (the running heads' within the paper's raw lines only: each talk reads its own, so the document stays linear)
    lo = first_line(lines[rest_start]) if rest_start < paper_end else None
    hi = last_line(lines[paper_end - 1]) if rest_start < paper_end else None
    heads = doc.furniture[bisect.bisect_left(doc.furniture, lo):bisect.bisect_right(doc.furniture, hi)] \
        if lo is not None and hi is not None else ()
    if resumes < span.end:
        after_heads = doc.furniture[bisect.bisect_left(doc.furniture, first_line(lines[resumes])):
                                    bisect.bisect_right(doc.furniture, last_line(lines[span.end - 1]))]
        heads = tuple(heads) + tuple(after_heads)
    breaks = sorted(set(heads).union(
        r for i in [*range(rest_start, paper_end), *range(resumes, span.end)]
        if i != doc.end_mark and (i in doc.page_numbers or ((n := page_number(lines[i].text)) is not None and n.shaped))
        for r in _raw_lines(lines[i])))
    # a text dump's notes (``¹ See …`` at a page's foot or after the body, called in the body: segment.notes) too
    # (never the endnotes under their heading, ``Notes`` / ``¹ …``: a section of their own, sections.split_paper)
    endnotes_at, _ = endnotes(body)
    # (an author's mark that points to no affiliation line in the title block calls its note: paper72)
    dumped = dump_notes(body[:endnotes_at] if endnotes_at is not None else body, layout, breaks,
                        [m.text for a in speaker.authors if a.affiliation is None for m in a.marks])
    notes = [t for k, t in enumerate(body) if layout.at(first_line(t)).note or k in dumped]
    body = [t for k, t in enumerate(body) if not (layout.at(first_line(t)).note or k in dumped)]
    # a table's row carried over a page break and printed on both sides of it is one row: the damaged copy (or the
    # second) to the ledger, nothing lost (tables.doubled_rows_over_breaks)
    doubled = doubled_rows_over_breaks(body, breaks)
    for k in sorted(doubled):
        rows.extend(ledger_rows_for(body[k], rule=Rule.DROP_DOUBLED_ROW, reason=Reason.DOUBLED_ROW,
                                    spellings=doc.marker_spellings))
    body = [t for k, t in enumerate(body) if k not in doubled]
    # a figure's own text (its ticks and labels over its caption) is no paragraph: set aside, nothing lost
    drawn = figure_text(body, layout)
    for k in sorted(drawn):
        rows.extend(ledger_rows_for(body[k], rule=Rule.SET_ASIDE_FIGURE_TEXT, reason=Reason.FIGURE_TEXT,
                                    spellings=doc.marker_spellings))
    body = [t for k, t in enumerate(body) if k not in drawn]
    # a figure's caption at a column's or a page's foot or top that breaks a paragraph is read after the paragraph
    body = captions_out_of_flow(body, layout)
    # a Markdown document's empty heading (``#`` alone) is markup with no text: set aside, nothing lost
    empty = frozenset(empty_markup_headings(body))
    for k in sorted(empty):
        rows.extend(ledger_rows_for(body[k], rule=Rule.SET_ASIDE_EMPTY_HEADING, reason=Reason.MARKUP,
                                    spellings=doc.marker_spellings))
    body = [t for k, t in enumerate(body) if k not in empty]
    # a drawn rule between a record's blocks (``────────``, ``━━━━━━━━``) is layout, no paragraph: set aside as a
    # separator, nothing lost (separators.inner_rules; helper council84, trial 83c's council record)
    drawn_rules = frozenset(inner_rules(body))
    for k in sorted(drawn_rules):
        rows.extend(ledger_rows_for(body[k], rule=Rule.SET_ASIDE_SEPARATOR, reason=Reason.SEPARATOR,
                                    spellings=doc.marker_spellings))
    body = [t for k, t in enumerate(body) if k not in drawn_rules]
    # a reply slip under a cut line (``以上`` / ``------ き り と り ------`` / ``参加申込書`` / its form): the cut line is
    # layout, set aside, nothing lost; the slip a section of its own after the notice's (segment.slips, helper sect83)
    cut = slip_cut(body)
    slip_line = None
    if cut is not None:
        rows.extend(ledger_rows_for(body[cut], rule=Rule.SET_ASIDE_SEPARATOR, reason=Reason.SEPARATOR,
                                    spellings=doc.marker_spellings))
        slip_line = first_line(body[cut + 1])
        body = body[:cut] + body[cut + 1:]
    measure = paper_measure(body, layout) or doc.measure
    # a closing contact block's lines are never joined into prose (``担当：…`` / ``電話：…``), nor its heading to them
    contact = contact_block(body if cut is None else body[:cut])
    contact_at, contact_lines = contact
    # an editor's note in the closing block (``Copy for the spring issue … or acorn@….``) is one paragraph, its wrapped
    # lines joined; its first line opens it (helper newsb85)
    note_lines = closing_note_lines(body if cut is None else body[:cut], contact)
    contact_lines = [k for k in contact_lines if k not in note_lines]
    guard = frozenset(k for k, t in enumerate(body) if is_section_name(t.text)) | frozenset(letter_headings(body)) \
        | frozenset(contact_lines) | frozenset([contact_at] if contact_at is not None else []) \
        | frozenset([k for k in [endnotes(body)[0]] if k is not None]) \
        | frozenset(dated_entries([t.text for t in body])) \
        | (ladder := frozenset(ladder_headings([t.text for t in body])))  # the endnotes' heading (``Notes``); a diary's dated entries; a Chinese report's ``（一）…``
    if cut is not None:
        guard |= frozenset(range(cut - 1, len(body)))  # the notice's last line, the slip's heading and each form line
    # a law's headings and captions are lines of their own; its articles, paragraph numbers and items open
    # paragraphs whose wrapped lines join them, none a heading (``２　前項の規定により…これを`` / ``提示しなければ…``)
    # an event's timetable (``09:00  Plenary 1 (Main Hall)`` / ``A1  Title`` / ``Name, Affiliation``): each line an
    # entry of its own, never joined to the next (fresh-user trial 60: two coded items had become one paragraph)
    table = timetable(body)
    guard |= frozenset(table) if table is not None else frozenset()
    # a ``SECTION 1: …`` or ``1.4 Label: value`` heading past a heading's length: a line of its own (trial 77f)
    guard |= long_labelled_heads(body)
    # a body signing the part over it (``…お礼申し上げます。`` / ``令和8年10月`` / ``西海市教育委員会``): its own line,
    # never run on into the next page's first line (session 80, helper cat80: a catalogue's greeting signer had been
    # joined to the essay's title over the page break)
    guard |= frozenset(k for k in range(len(body)) if signing_office(body, k))
    # a meeting's motions (``第1号議案　…``, ``議案第2号　…``): each a heading's line however short the measure reads
    # the papers' lines (helper kanri78; kanalabels.motions_as_chapters)
    guard |= frozenset(motions_as_chapters([t.text.strip() for t in body], short_phrase))
    # and a document's lettered parts (``A　対象となる…`` / ``B　取引条件…``: kanalabels.parts_as_chapters, helper council84)
    guard |= frozenset(parts_as_chapters([t.text.strip() for t in body], short_phrase))
    # and an auction catalogue's lots (``Lot 6: A sailor's woolwork picture`` over its description): lots.lot_headings
    guard |= frozenset(lot_headings(body))
    # and an English diary's rows (``Sun 4 October, 09:30    Circular walk``), each its own line: sections.diary_rows
    guard |= frozenset(diary_rows([t.text for t in body]))
    # and an exhibition catalogue's entries (``12. Title`` / artist / date / medium / lender), each line a field of its
    # own: lots.catalogue_entry_lines
    guard |= frozenset(catalogue_entry_lines([t.text for t in body], [k > 0 and layout.blank_between_texts(body[k - 1], t)
                                                                      for k, t in enumerate(body)]))
    # a judgment's lines that are each a record of their own, never a wrap of a neighbour across the blank lines that
    # set them apart (a letter-spaced party's line, a named part alone on its line, the court and judges signing its
    # end: issue 16 point 2, helper judg71, judg70c's ``h1``, whose ``被　告…`` and ``主　文`` had joined the address
    # over them and the court its judge at a measure the head's lines reach)
    guard |= _judgment_record_lines(body, [*([lines[block.title]] if in_paper and block.title is not None else []),
                                           *lines[span.start:rest_start]])
    law = law_of([t.text for t in body])
    law_opens = frozenset()
    if law is not None:
        guard |= frozenset(law.provisions) - law.opens | law.captions
        law_opens = law.opens
    if ladder:
        # a document numbered by the Chinese ladder: a line its marks open is an item of its own however short the line
        # over it (``（一）建立网格化服务机制`` / ``（二）开展志愿服务活动`` listed under ``二、``, a list of a kind that heads
        # no section, had been one paragraph: helper zh64b), its wrapped lines joining it
        law_opens = law_opens | frozenset(k for k, t in enumerate(body) if k not in guard and ladder_mark(t.text) is not None)
    law_opens = law_opens | frozenset(note_lines[:1])
    # a column box's label line (``コラム　地域の木でつくる学校の机``) heads its box: never joined to the box's first line
    # (helper newsb85: a title ending on a kana had run into the text, so the box was no section)
    guard |= frozenset(column_boxes(body))
    paragraphs, hyphens = join_wraps(body, layout, measure, guard, breaks, law_opens, apart_in_document=doc.apart)
    # the raw lines of the body's code lines (never joined: each its own paragraph), for its listings (segment.listings)
    code_raw = frozenset(first_line(t) for t, c in zip(body, code_lines(body, layout)) if c)
    footnotes: list[Text] = [t.strip() for t in author_notes]
    if notes:
        # each note opens on its mark (``¹ See …`` / ``² The data …``): its own paragraph, its wrapped lines joined to
        # it (fresh-user trial 58b: two notes on lines one under the other had become one footnote)
        # (a plain number opens one where the body calls it so, ``…cooler.1`` / ``1 White roofs …``: trial 67b)
        calls = note_calls(body)
        marked = frozenset(k for k, t in enumerate(notes) if opens_note(t.text, calls))
        body_notes, note_hyphens = join_wraps(notes, layout, measure, opens=marked)
        footnotes += body_notes
        hyphens = hyphens + note_hyphens
    # an author whose mark points to a note naming an organisation (``∗（株）アスキー …``) has it as the affiliation
    speaker = footnoted_affiliations(speaker, footnotes)
    for hyphen in hyphens:  # a word broken across a page break, joined
        rows.extend(ledger_rows_for(hyphen, rule=Rule.JOIN_WORD_ACROSS_PAGES, reason=Reason.HYPHENATION,
                                    spellings=doc.marker_spellings))
    # the contact block found once, on the lines; split_paper reads it again only where its lines were joined after all
    # the title block's lines read too for a meeting's fields over its proceedings (``日時　…`` under the record's heading)
    # (and the title: minutes may say what they are only there, ``第5回 … 審議会 会議録``)
    titled = [lines[block.title]] if in_paper and block.title is not None else []
    # a record's speaker's turn glued after the last sentence of the turn before it (``…進めております。青木委員　次に…``):
    # each turn a paragraph of its own (helper prog72)
    paragraphs = turns_apart(paragraphs)
    # a judgment's headings run in with their text (``主文　…。事実及び理由　第１　請求　…``): each a line of its own
    paragraphs, run_in = run_in_apart(paragraphs)
    # and its named parts alone on their lines (``主　　　文``, ``事実及び理由``) where its head calls it a judgment
    parts = judgment_parts(paragraphs, titled + before + front + inside)
    run_in = run_in | parts
    slip_at = next((k for k, t in enumerate(paragraphs) if first_line(t) == slip_line), None) \
        if slip_line is not None else None
    slip = paragraphs[slip_at:] if slip_at else []
    paragraphs = paragraphs[:slip_at] if slip_at else paragraphs
    def split(part: list[Text], runs) -> Paper:  # noqa: ANN001 - runs: indexes of part
        return split_paper(part, layout, contact_block_joined(contact, body if cut is None else body[:cut], part),
                           above=titled + before + front + inside,
                           contents_titles=[entry_parts(t.text)[0] for t in contents],
                           signed_head=notice_head is not None and speaker.text is not None, run_in=runs)

    items_end = None if run_in else notice_items_end(paragraphs)
    part = split(paragraphs[items_end + 1:], ()) if items_end is not None else None
    # (a part with headings of its own: a note under ``以上`` with none, ``ご欠席の場合は…``, is the notice's, as before)
    paper = split(paragraphs, run_in) if part is None or not part.sections \
        else part_after_items(split(paragraphs[:items_end + 1], ()), part)
    # a notice's items under its 記: an inner list's lines, set-in wraps and fields (helper notice85)
    paper, trimmed = mend_items(paper, layout)
    rows.extend(trimmed)
    if signer_speaker and speaker.text is not None and (pieces := signed_pieces(paragraphs)):
        # a page of signed pieces (letters to the editor, a 投書欄): a signature closing one piece speaks for that
        # piece alone, never for the page; it stays its section's last paragraphs (helper letter76, fresh-user trial
        # 75d: the letters page's speaker had been its third letter's signer)
        signed_at = {n for _, k, end in pieces
                     for n in range(first_line(paragraphs[k]) or 0, (last_line(paragraphs[end - 1]) or -1) + 1)}
        if first_line(speaker.text) in signed_at:
            evidence.append(Evidence("title-block", f"line {first_line(speaker.text)}: the signature of one of the "
                                                    f"page's {len(pieces)} signed pieces, no speaker of the page"))
            speaker = Speaker(None, None, None)
            signer_speaker = False
    if parts:
        # a part's name set letter-spaced (``主　　　文``) is titled by its word
        paper = _parts_closed_up(paper, [paragraphs[i] for i in parts])
    if run_in:
        # ``事実及び理由`` over ``第１``…``第４``: the numbered divisions are the part's, one level under it
        paper = _numbered_under_parts(paper, [paragraphs[i] for i in run_in])
    paper = keywords_in_front(paper)
    # a title page's or a dedication's lines set large among the preliminaries are front, no sections (trial 62b)
    paper = display_pages_in_front(paper, layout, " ".join(lines[i].text for i in block.title_lines)
                                   if block.title is not None else None)
    release = False  # the document is a press release (its label, its press contact or its end mark)
    if title_ja is not None or title_en_paper is not None or letter_close is not None:
        # (a letter's text is its body, titled or not: below)
        # a release says so by its label, its press contact or its end mark (``###``, ``-30-``: sections.end_mark)
        release = any(is_press_label(t.text) or end_mark(t.text) for t in [*titled, *before, *front, *inside, *paper.front,
                                                                          *paper.closing]) \
            or any(press_contact_heading(t.text) for t in paper.front)
        # verse set vertically shows no sentence (jo.pdf, trial 74's poems): its columns are the body (helper tate74)
        verse = layout is not None and vertical_verse(body, layout)
        paper = dated_story(unheaded_body(paper, release, verse, letter=letter_close is not None))
        paper = verse_body(paper, layout) if layout is not None else paper  # an anthology's page: its poems the body, its part headings its sections (parts84)
        paper, part_heading = part_over_byline(paper, speaker.text, inside)
        if signed_part:
            paper = signed_first_part(paper, speaker.text)
        inside = [t for t in inside if t is not part_heading]
    if letter_close is not None and paper.sections and not paper.sections[0].title.text:
        # a letter's text is its body, from its first line of running text to its complimentary close; the close and
        # the signature under it are front, the letter's closing block (decision, issue 16, helper front68: session
        # 62's ``shape: text`` had kept an untitled letter's whole text in ``front``, no body, and a titled one's
        # close and signature had been its body's last paragraphs)
        paper = letter_close_in_front(paper, first_line(letter_close))
    paper = notice_body_before_items(notice_numbered_items(paper))
    paper = kanji_marked_items(paper, layout)
    paper = items_as_list(paper)
    if release:
        paper = release_lead_before_items(paper)
    if table is not None and (title_ja is not None or title_en_paper is not None) \
            and not any(ends_sentence_line(t.text) for t in body[:table.start]):
        # (a listing of coded items inside a paper, its sentences over it, keeps its body as read: code59's
        # code_neg_listing)
        paper = timetable_body(paper, body[table.start], body[table.stop - 1])
    if slip:
        # the reply slip after the notice's own reading, whatever its shape (an untitled body, numbered items)
        paper = replace(paper, sections=paper.sections + (slip_section(slip),))
    # raw order: the lines above the block (a volume's title) before the block's own (its talk number, an
    # organisation line) and the block's lines no field took; the body's lines before its first heading after them,
    # save where they stand before a bilingual abstract's English title block (its authors, taken from the body, are
    # front too: ``概要：…`` then ``Taro Yamada¹, …``)
    head = before + front + inside
    # a closing mark after the body (a notice's ``以上``, a release's ``###``) says only where the body ends, which the
    # sections show: set aside, nothing lost, no front line (decision, issue 16, helper front68: trial 67 read ``以上``
    # in ``front`` among the head's lines as misplaced; the last section's paragraph would make it that item's text)
    marks = [t for t in paper.closing if closing_mark(t.text)]
    for t in marks:
        rows.extend(ledger_rows_for(t, rule=Rule.SET_ASIDE_END_MARK, reason=Reason.END_MARK,
                                    spellings=doc.marker_spellings))
    front = sorted(head + list(paper.front) + [t for t in paper.closing if t not in marks] + event_lines,
                   key=layout.reading_key)
    if titled_line is not None:
        # a line that is the title whole is the title, never also front (talk JSON: ``front`` is the text neither
        # title nor speaker; helper fix69c, news69's ``nt_ja_haikei_ki_colon``, whose subject had stood in both); a
        # labelled subject (``件名：…``) keeps its line, the title a view into its value
        front = [t for t in front if not (first_line(t) == titled_line and any(
            x is not None and x.text == t.text and first_line(x) == titled_line for x in (title_ja, title_en_paper)))]
    # an English sentence wrapped over two front lines (``…in partial fulfilment of the`` / ``requirements for…``) is one
    front = front_wraps(front, layout)
    if speaker.text is None and in_paper and (header := rfc.header_authors(lines[span.start:], layout)) is not None:
        # an RFC's or an Internet-Draft's authors in its first-page header's right column, over the date (RFC 7322,
        # section 4.1): the speaker, the left cells beside them front (helper shapes76, fresh-user trial 76: the
        # draft's speaker had been null, the authors' names front)
        cells, lefts = header
        speaker = speaker_of(cells)
        cut = {first_line(lines[span.start + k]): left for k, left in lefts.items()}
        named_at = {first_line(c) for c in cells}  # (a line of the right column alone goes to the speaker whole)
        front = [cut.get(first_line(t), t) for t in front
                 if first_line(t) not in named_at or first_line(t) in cut or first_line(t) != last_line(t)]
    if speaker.text is None and in_paper and (kind_byline := _byline_under_kind(front)) is not None:
        # a catalogue's or a report's kind over its maker's byline, under the title block (``Catalogue of the
        # Exhibition`` / ``Compiled by Eleanor Whitfield, Curator of Fine Art``): the byline names the speaker, as
        # right under a title (helper shapes76: trial 76's catalogue, titled by the exhibition's name, had lost it)
        speaker = speaker_of([kind_byline])
        front = [t for t in front if t is not kind_byline]
    hints.extend(paper.hints)

    english = list(talk_english)
    if beside_en is not None:
        english.insert(0, beside_en)  # the English name the city line gives beside the city: the first to read
    city = _city_en(city_ja.text, english, speaker) if city_ja is not None else None
    if city is not None and city.text is not None:
        evidence.append(Evidence("city", f"{city_ja.text} ↔ {city.text.text}: {city.detail} ({city.how})"))
    spellings = city.spellings if city is not None else ()
    city_line_en = None  # the title block's English city line, read as ``city.en`` (no front line)
    if city_ja is not None and spellings and in_paper:
        blocks = [b for b in (block, span.translation) if b is not None]
        at = {first_line(lines[i]) for b in blocks for i in range(b.start, b.end)}
        # (or right over its Japanese city line, the English first: ``City of Hakodate`` / ``函館市``)
        at |= {first_line(lines[b.city_line]) - 1 for b in blocks
               if b.city_line is not None and first_line(lines[b.city_line]) is not None}
        beside_city = {first_line(lines[b.city_line]) + d for b in blocks for d in (-1, 1)
                       if b.city_line is not None and first_line(lines[b.city_line]) is not None}
        read = _english_city_line(front, at, city_ja.text, spellings, beside_city)
        if read is not None:
            city_line_en, named = read
            front = [t for t in front if t is not city_line_en]
            if city is not None and city.text is not None:
                # the row for the English read first gives way to the city line's (one row for the city's English)
                first = Evidence("city", f"{city_ja.text} ↔ {city.text.text}: {city.detail} ({city.how})")
                evidence[:] = [e for e in evidence if e != first]
            city = named
            evidence.append(Evidence("city", f"{city_ja.text} ↔ {named.text.text}: the title block's English city line "
                                             f"({_line_of(city_line_en)}: {city_line_en.text.strip()}), read as the "
                                             f"Japanese city line is; {named.detail} ({named.how})"))
            if in_usual_case(named.text, lines[span.start:span.end]) is not None:
                # printed in capitals (``CITY OF MINAMISOMA``): the city is given in its usual case below, so the line
                # as printed is the row, the city a view of it
                rows.extend(ledger_rows_for(city_line_en.strip(), rule=Rule.READ_CITY_LINE_EN, reason=Reason.CITY_LINE,
                                            spellings=doc.marker_spellings))
            else:
                cut = city_line_en.text.find(named.text.text)
                after = city_line_en[cut + len(named.text.text):]
                # the region or country after the first comma (``Kobe City, Hyogo``): where the city lies, front, as a
                # Japanese city line's prefecture is (helper city67); the municipality's word and the comma are rows
                comma = after.text.find(",")
                region = after[comma + 1:].strip() if comma >= 0 else None
                for part in (city_line_en[:cut].strip(), (after[:comma + 1] if comma >= 0 else after).strip()):
                    if part.text:  # ``City``, ``City of``: the municipality's word, which ``city.ja``'s 市 holds
                        rows.extend(ledger_rows_for(part, rule=Rule.READ_CITY_LINE_EN, reason=Reason.CITY_LINE,
                                                    spellings=doc.marker_spellings))
                if region is not None and region.text:
                    front = sorted([*front, region], key=layout.reading_key)
    # a page's folio numbers no slide where the page holds the paper too or several slides (a handout's page)
    deck_lines = layout.with_set_aside_numbers(
        deck_lines, pages_of_several_slides(deck_lines, layout, lines[span.start:span.slides_start]))
    with_volume = deck_lines
    deck_lines, volume_rows = _without_volume_page_numbers(
        doc, deck_lines, (span.start, span.slides_start) if span.slides_start > span.start else None)
    rows.extend(volume_rows)
    deck_layout = _paged_at_volume_folios(layout, with_volume, deck_lines)
    if span.start < span.slides_start and deck_lines and _shaped_folio_tail(deck_lines[0].text.strip()) is not None \
            and len(deck_lines) > 1:
        # the foot closing the paper's last page, its folio in a page number's shape, over the slides
        # (``地域国際化セミナー報告書 - 1 -``, ``Northern Cities Exchange 2025   Page 1 of 9``, printed once a talk):
        # the page's furniture, never the first slide's title (helper slide68: once a talk's paper and its slides in one
        # script were parted, it had titled slide 1)
        rows.extend(_furniture_rows([deck_lines[0]], "running-footer", doc.marker_spellings))
        deck_lines = deck_lines[1:]
    alone = span.slides_start == span.start  # a deck alone, no paper before it
    deck = page_deck(deck_lines, layout) if alone else None
    glued_side = None
    if deck is None:
        if alone:
            # a deck alone that glues each slide's number to its last line (``Separation doubles ridership2``): the
            # numbers cut off into lines of their own, read as any page-number line (issue 16, trial 51b)
            deck_lines, glued_side = split_glued_numbers(deck_lines, layout)
        ignore = frozenset(spellings) | frozenset({"city"})
        # every author's name (a line of several authors is read one name at a time)
        speaker_names = frozenset().union(*(name_spellings(a.name.text) for a in speaker.authors))
        # the town the speaker's office names (``Leeds City Council``, ``Town of Millbrook``): where no city was read
        # yet (an English deck alone), a line naming that town alone over the title is the cover's city line
        # the town a cover line names as a municipality (``Dr Amy Carter, …, Leeds City Council``, ``Town of
        # Millbrook``): where no city was read yet (an English deck alone), a line naming that town alone over the
        # title is the cover's city line, no title (helper slide70: ``Leeds`` had titled the deck)
        towns = frozenset() if spellings else frozenset(
            t.text[sp[0]:sp[1]] for t in deck_lines[:MAX_COVER_TOWN_LINES] if (sp := municipality_named_en(t.text)))

        def cover_label(s: str) -> bool:
            # the city alone (CITY OF MINAMISOMA), the speaker's name in English (alone, or with the affiliation
            # after a comma: ``Masaki Onishi, Tourism Promotion Division, Naruto City``) or an organisation's
            # (Hokuriku International Exchange Association) is no part of the title nor a slide's
            return (bool(spellings) and is_city_only_line(s, spellings)) or names_the_speaker(s, speaker_names) \
                or organisation_line(s) or name_then_affiliation(s) is not None or s in towns

        # a deck dumped with blank lines between its slides (no numbers, no pages): a line at the same edge of each
        # slide is its running footer (header), page furniture as one beside each slide's number is (issue 16, session 51)
        boxed = slide_boxes(deck_lines, layout)
        if boxed is not None and boxed[1]:
            edge = boxed[1]
            for k in sorted(edge):
                rows.extend(_furniture_rows([deck_lines[k]], edge[k], doc.marker_spellings))
            deck_lines = [t for k, t in enumerate(deck_lines) if k not in edge]
        # a deck alone printed out of number order (an n-up handout: 2, 4, 6, 1, 3, 5) is read in number order
        deck = (handout_deck(deck_lines, layout, cover_label, ignore) if alone else None) \
            or build_deck(deck_lines, deck_layout, cover_label, ignore, side=glued_side,
                          furnished=boxed is not None and bool(boxed[1]), after_paper=not alone,
                          paper_title=title_en_paper.text if title_en_paper is not None else None,
                          titled=title_ja is not None)
    deck = join_cover_title(_without_set_aside(deck, layout), layout)
    deck = replace(deck, slides=with_speaker_notes(deck.slides))
    rows.extend(page_number_rows(tuple(t for t in deck.number_texts if not layout.is_set_aside(t)), doc.marker_spellings))
    rows.extend(built_up_rows(deck.built_up, doc.marker_spellings))
    rows.extend(cover_copy_rows(tuple(t for t in deck.cover_copy if not layout.is_set_aside(t)), doc.marker_spellings))
    if subtitle_ja is not None:
        hints.extend(subtitle_hints(subtitle_ja, deck.cover.subtitle))
    found = Titles(title_ja, title_en_paper, subtitle_ja, subtitle_en, speaker)
    deck = cover_titled_by_copy(deck, (title_ja, title_en_paper))  # the cover's copy of the talk's title is its title
    title_ja, title_en, subtitle_ja, subtitle_en, speaker = read_cover(deck, layout, found, bool(paper.sections or body),
                                                                       evidence)
    if span.slides_start > span.start and deck.slides and (cover := deck.slides[0]).number is None \
            and not cover.lines and cover.title is not None and title_en is not None and title_ja is not None \
            and cover.title.origin == title_en.origin:
        # slides after the talk's paper opening on its English title alone, unnumbered, before the deck's numbers:
        # the English half's title line, as the Japanese title line is the paper's (no section), never a slide of its
        # own; a cover naming more (its speaker, its city) stays the deck's cover slide (issue 16, fresh-user trial
        # 66c, helper bil67: the title had been title.en and an extra unnumbered slide)
        deck = replace(deck, slides=deck.slides[1:])

    deck = _slide_titled_by_title_copy(deck, doc.running_copies, (title_ja, title_en))

    if title_ja is None and title_en is None and speaker.text is None and speaker.name is None and front \
            and (credit := titled_credit_ja(front[0].text)) is not None:
        # the talk's first line printing its title, its giver's post and name apart (``市長あいさつ　緑川市長　山田
        # 太郎``): the title and the speaker, views into the line, which stays front as a bilingual title's line does
        # (helper prog72; helper fix71b's strict xfail: the whole text had stayed front, no title, no speaker)
        credited, (a, p, n) = front[0], credit
        post, who = credited[p:n].strip(), credited[n:].strip()
        title_ja = credited[:a].strip()
        speaker = Speaker(credited[p:].strip(), post, who, (Author(who, (), post),))
        evidence.append(Evidence("title-block", f"{_line_of(credited)}: the title, its giver's post and name on one line"))
    if span.slides_start == span.start and deck.slides:
        shape = "deck"
    elif paper_end == span.end or not deck.slides:
        shape = "paper" if paper.sections or contents or title_ja or title_en else "text"
    else:
        shape = "proceedings"
    split = _bilingual_title(title_ja, title_en)
    if split != (title_ja, title_en):
        whole = title_ja if title_ja is not None else title_en
        placed = {pos for t in [*front, *(t for sl in deck.slides for t in (sl.title, *sl.lines) if t is not None)]
                  for pos in t.origin}
        if not any(pos in placed for pos in whole.origin if pos is not None):
            # a paper's title line in both languages stands nowhere else (a deck's stands on its cover): the line is
            # front and its halves the titles, views into it, as a lecture's labelled title is; its separator had been
            # lost with no row (helper prog59: ``港湾都市の比較研究 / A Comparative Study …`` lost its ``/``)
            front = sorted([*front, whole], key=layout.reading_key)
        # each half without the edition set after it (``みなと市国際交流ニュース 第45号 / Minato International Newsletter
        # No. 45``): the edition is front matter, in the whole line that front holds, never part of a title, so both
        # halves lose it alike (fresh-user trial 70: the cut before the split had taken ``No. 45`` off the English
        # half alone, title.ja keeping ``第45号``)
        split = tuple(None if half is None else title_without_edition(half)[0].strip() for half in split)
    title_ja, title_en = split
    if title_en is not None and _mostly_japanese(title_en.text):
        # ``title.en`` is never a line that reads as Japanese (fresh-user trial 83b: a syllabus's whole field line
        # ``授業科目名　　環境政策論Ⅱ（Environmental Policy II）`` had been its English title): with no Japanese title it is
        # that; beside one it is front matter, kept there once
        evidence.append(Evidence("title-block", f"{_line_of(title_en)}: the line reads as Japanese, no English title"))
        if title_ja is None:
            title_ja, title_en = title_en, None
        else:
            if not any(pos in {p for t in front for p in t.origin} for pos in title_en.origin if pos is not None):
                front = sorted([*front, title_en], key=layout.reading_key)
            title_en = None
    # a title set letterspaced is its words (``C U R R I C U L U M  V I T Æ``); a PDF's extraction measured its gaps
    spaced_en, title_en = title_en, unspaced(title_en, _measured(title_en, layout))
    rows.extend(title_spacing_rows(spaced_en, title_en))  # ``Ｐ　Ｏ　Ｒ　Ｔ``: each ideographic space out with a row
    spaced_ja, title_ja = title_ja, unspaced_ja(title_ja)  # ``総 務 常 任 委 員 会 記 録``, ``事　業　報　告　書``
    rows.extend(title_spacing_rows(spaced_ja, title_ja))  # an ideographic space is a character: out with a row
    beside = [t.text for t in (speaker.text, *english[:CITY_EVIDENCE_LINES]) if t is not None]
    # the city where no city line gave one: the readers of CITY_READERS, tried in their order, the first to name a
    # city giving it (the order is one fact: what names whose the text is, before what names where it is held)
    scene = _CityScene(doc=doc, span=span, lines=lines, front=front, head=head, body=body, event_lines=event_lines,
                       paper=paper, deck=deck, speaker=speaker, title_ja=title_ja, title_en=title_en,
                       subtitle_en=subtitle_en, english=english, beside=beside, evidence=evidence,
                       issuer_ja=issuer_ja, issuer_zh=issuer_zh)
    read_by = None
    for name, reader in CITY_READERS:
        if city_ja is not None or (city is not None and city.text is not None):
            break
        if (read := reader(scene)) is not None:
            read_by = name
            city_ja, city, spellings = read
    if city_ja is not None and read_by != "venue":
        # a venue never overrides what named the city before it (a city line, an office, an organiser); its
        # agreement or not is recorded (helper city60)
        for t, opens in _venues(scene):
            named = t.text[opens[0]:opens[1]]
            if names_municipality(named):
                agrees = "agrees" if named == city_ja.text else f"names another ({named}), not read"
                evidence.append(Evidence("city", f"{city_ja.text}: the venue's line {agrees} ({_line_of(t)}: "
                                                 f"{t.text.strip()})"))
    if city is not None and city.text is not None \
            and (recased := in_usual_case(city.text, lines[span.start:span.end])) is not None:
        # a city printed in capitals (a dateline's ``OSAKA``, a cover's ``CITY OF MINAMISOMA``) is named in its usual
        # case, the text's own spelling where it writes one (helper title55); the printed form stays in the evidence
        evidence.append(Evidence("city", f"{city.text.text}, printed in capitals at {_line_of(city.text)}: given as "
                                         f"{recased[0].text}, {recased[1]}"))
        if recased[0].origin == city.text.origin and city_line_en is None:
            # title-cased in place (no spelling of the text's own to point at): each letter changed is a changed row, so
            # the printed letter is recorded where the city points (fresh-user trial 58b's check: ``GREEN BAY —``
            # gave ``Green Bay`` with no row for ``REEN``)
            rows.extend(row for k, (printed, given) in enumerate(zip(city.text.text, recased[0].text)) if printed != given
                        for row in ledger_rows_for(city.text[k:k + 1], rule=Rule.CITY_USUAL_CASE, reason=Reason.CASE,
                                                   replacement=given))
        city = replace(city, text=recased[0])
    lang = (_titles_lang(deck.slides) if shape == "deck" else None) or _lang(body or lines[span.start:span.end])
    # a reading of the speaker's name (``（みうら　なおき）``) is the speaker's, under the name or closing the paper
    speaker, front, sections = reading_to_speaker(speaker, front, paper.sections)
    # a Korean title beside the title block's or opening a Korean document (``title.ko``; helper title64)
    title_ko, front, sections = _korean_title(list(front), [t for t in (title_ja, title_en) if t is not None], speaker,
                                              tuple(sections))
    if title_ko is not None and shape == "text" and not sections:
        # a Korean notice with no numbered item, titled in Korean: its running text is its body (helper notice66b)
        front, sections = _korean_body(front, title_ko, paper.closing)
        shape = "paper" if sections else shape
    # a document signed by a city's office (``浜松市環境部長　田中　一郎`` closing a notice) is the office's, no city's
    # talk: its city stays, its id is its title's (decision, helper title69 after fresh-user trial 68e; pipeline.ids)
    # (so is one whose city is read from the municipal school on its signer's own lines, ``さくら市立さくら中学校`` /
    # ``校長　田中 一郎`` closing an invitation: the school signs it, as an office does; helper notice74)
    school_signs = read_by == "school" and city_ja is not None and speaker.text is not None \
        and None not in city_ja.origin and set(city_ja.origin) <= set(speaker.text.origin)
    by_title = (read_by in ("affiliation", "english block") or school_signs) and signer_speaker and shape != "deck" \
        and any((title_en, title_ja, title_ko))
    # a paper whose only city is its authors' address (``University of Leeds, Leeds LS2 9JT, UK``) is no city's talk
    # either: a folder of one university's papers had come out ``leeds``, ``leeds-2`` (fresh-user trial 70)
    by_address = read_by == "english block" and city is not None and city.how == "address" and shape == "paper" \
        and any((title_en, title_ja, title_ko))
    # nor is a report whose only city is where the event it reports was held (helper news72)
    by_event = read_by == "event place" and any((title_en, title_ja, title_ko))
    named = city_ja if city_ja is not None else city.text if city is not None else None
    if (by_title or by_address or by_event) and named is not None:
        evidence.append(Evidence("city", f"{named.text}: {SIGNER_CITY if by_title else ADDRESS_CITY if by_address else EVENT_CITY}"))
    by_title = (by_title or by_address or by_event) and named is not None
    ident = talk_ident(city.text if city else None, city_ja, [title_en, title_ja, title_ko], taken, title_first=by_title)
    if (city is None or city.text is None) and city_ja is not None and (doubt := _reading_doubt(city_ja)) is not None:
        evidence.append(doubt)
    if (city is None or city.text is None) and city_ja is not None and not by_title \
            and not korean_city_slug(city_ja.text) and (town := foreign_town(city_ja.text)) is not None and ident.split("/")[-1].startswith(slug(town[0])):
        # the id spells a name no line of the talk gives: say whose (``city.en`` stays null, the talk writes none)
        evidence.append(Evidence("city", f"{city_ja.text.strip()}: the id spells GeoNames' name of the town outside "
                                         f"Japan written so, {town[0]} ({town[1]}); no English line of the talk names it"))
    first = first_line(lines[span.start]) or 1
    # a run of program lines is a listing, each line with its indentation (segment.listings)
    sections = tuple(section_with_listings(s, code_raw, layout) for s in sections)
    front, front_listings = with_listings(front, code_raw, layout)
    sections = tuple(with_tables(s) for s in sections)  # a run of TAB rows is a table (segment.tables)
    # a heading set letterspaced is its words, as a title is (``I N T E R N E  B E R I C H T E``): its title is a view,
    # the heading line as it stands is kept
    sections = tuple(replace(s, title=spaced) if (spaced := unspaced(s.title, _measured(s.title, layout))) is not s.title
                     else s for s in sections)
    # a heading printed once per language: the second of a pair names the first (segment.parallel)
    sections = parallel_sections(sections)
    sections = with_appendix_labels(sections)  # ``Appendix A`` / ``A.1 …``: each appendix's label (segment.sections)
    sections = _trimmed_headings(sections, rows)
    front = _trimmed_front(front, rows)
    if speaker.text is None and speaker.name is None and title_en is not None \
            and (credit := speech_credit(title_en.text)) is not None:
        # a speech's title naming who gave it (``Remarks by Mayor Jonathan Reyes at the Opening of …``): its speaker,
        # views into the title, the post its affiliation (helper fix71b after fresh-user trial 71: speaker null)
        who, name = title_en[credit[0]:credit[3]], title_en[credit[2]:credit[3]]
        post = title_en[credit[0]:credit[1]].strip() if credit[1] > credit[0] else None
        speaker = Speaker(who, post, name, (Author(name, (), post),))
        evidence.append(Evidence("title-block", f"{_line_of(title_en)}: the speech's title names who gave it, its speaker"))
    speaker = _affiliation_without_place(speaker)
    from pipeline.segment.authors import presenter_marked
    speaker = presenter_marked(speaker)  # ``○山田 太郎``: the presenter's mark among the author's marks
    talk = Talk(
        id=ident,
        first_line=first,
        last_line=last_raw,
        city=Bilingual(city_ja, city.text if city is not None else None),
        title=Bilingual(title_ja, title_en, title_ko),
        subtitle=Bilingual(subtitle_ja, subtitle_en),
        speaker=speaker,
        sections=sections,
        slides=deck.slides,
        hints=tuple(sorted(hints, key=lambda h: (h.line, h.col))),
        front=tuple(front),
        footnotes=tuple(footnotes),
        contents=tuple(contents),
        lang=lang,
        shape=shape,
        evidence=tuple(evidence),
        number=number,
        front_tables=table_runs(front),
        front_listings=front_listings,
        front_closing=closing_indices(front, paper.closing, sections),
    )
    return talk, rows


def closing_indices(front: Sequence[Text], closing: Sequence[Text], sections: Sequence[Section]) -> tuple[int, ...]:
    """The indices of the ``front`` lines that are the document's closing block (``closing``, the paper's lines after
    its body: a contact office, its address and telephone, a dated signer, an enquiries line; a closing mark,
    ``以上``, is set aside before): every raw line such a front line stands on is one of the block's, and it stands
    after the body's first line; a line joined with one of the head, or with no raw line, is none. None where the talk
    has no section (a document read as text only keeps its whole text in ``front``). The lines stay ``front`` lines of
    segment's talk; the talk JSON gives them as ``paper.closing`` (:func:`pipeline.structure.front_and_closing`).

    Decision (issue 16 point 2, helper letter76 after session 75's notice75): the closing block had been merged into
    ``front`` in raw order (decision front68), so a reader of the talk JSON's ``front`` saw a notice's contact office
    and its dated signer before the body; schema version 7 holds them after it.

    >>> mk = lambda s, n: Text.from_raw(s, n)
    >>> body = (Section(None, 1, mk("1. 概要", 3), (mk("本文です。", 4),)),)
    >>> head, foot = mk("お知らせ", 1), mk("問い合わせ　総務課", 9)
    >>> closing_indices([head, foot], [foot], body), closing_indices([head, foot], [foot], ())
    ((1,), ())
    """
    if not closing or not sections:
        return ()
    block = {n for t in closing for n in _raw_lines(t)}
    opens = min((n for s in sections for t in (s.heading or s.title, *s.paragraphs) for n in _raw_lines(t)), default=None)
    if opens is None:
        return ()
    return tuple(k for k, t in enumerate(front) if (lines := set(_raw_lines(t))) and lines <= block and min(lines) > opens)



@dataclass(frozen=True)
class _CityScene:
    """What a talk's city readers (:data:`CITY_READERS`) read: the document, the talk's span and lines, its front,
    head and body lines, its event's lines, its paper and deck, its speaker, its titles, its English lines
    (``english``, the city's evidence first), the texts that may spell a name's English (``beside``), the evidence
    rows (a reader appends its own), and whether a Japanese or Chinese issuer closes the text."""
    doc: _Doc
    span: TalkSpan
    lines: list[Text]
    front: list[Text]
    head: list[Text]
    body: list[Text]
    event_lines: list[Text]
    paper: Paper
    deck: Deck
    speaker: Speaker
    title_ja: Text | None
    title_en: Text | None
    subtitle_en: Text | None
    english: list[Text]
    beside: list[str]
    evidence: list[Evidence]
    issuer_ja: bool
    issuer_zh: bool

    @property
    def front_unlisted(self) -> list[Text]:
        """The paper's front lines but a guest list's rows (:func:`~.titleblock.guest_row`: ``川崎市立宮前小学校　校長
        渡辺 恭子 先生`` / ``同　教諭　…様`` in a wedding's seating list): the bodies their guests come from issue nothing
        and name no city of the text (session 74, fresh-user trial 74b)."""
        front = list(self.paper.front)
        return [t for k, t in enumerate(front) if not guest_row(front, k)]

    @property
    def organ_zh(self) -> bool:
        """A Chinese document's issuing organ closes it or is its speaker's affiliation (fresh-user trial 64b)."""
        aff = self.speaker.affiliation
        return bool(self.issuer_zh or (aff is not None and chinese_organ(aff.text) and writing_of(
            "\n".join(t.text for t in self.lines[self.span.start:self.span.end])) == "zh"))

    def named(self, city_ja: Text, why: str) -> tuple[Text | None, CityName | None, tuple]:
        return _city_named(city_ja, why, self.english, self.evidence, self.speaker)

    def first_city(self, found: Iterable[tuple[Text, str]]) -> _CityRead:
        """The read of the first of ``found`` (a name's view on its line, and why it names the talk's city: the
        evidence's words) that is a municipality (:meth:`named`), else ``None``: a prefecture's name is none, and the
        next is read. ``found`` is read lazily, in its order, up to the name that is a city."""
        for city_ja, why in found:
            read = self.named(city_ja, why)
            if read[0] is not None:
                return read
        return None


_CityRead = tuple[Text | None, CityName | None, tuple] | None  # a reader's answer: (city_ja, city, spellings), or none


def _english_city(s: "_CityScene", view: Text, detail: str) -> _CityRead:
    """The read of an English city named by ``view`` (its Japanese name null: never a guess), ``detail`` saying why,
    its evidence row appended to the scene's."""
    city = CityName(view, (view.text.lower(),), "english", detail)
    s.evidence.append(Evidence("city", f"{view.text}: {detail} at {_line_of(view)}"))
    return None, city, city.spellings


def _city_in_title(s: _CityScene) -> _CityRead:
    """A deck or paper with no city line that names its city in its title (``みどり市の子育て支援``)."""
    if s.title_ja is not None and (named := city_in_title(s.title_ja.text, s.beside)) is not None:
        return s.named(s.title_ja[named[0]:named[1]], "named in the title (a place name with its municipality suffix)")
    return None


def _city_under_title(s: _CityScene) -> _CityRead:
    """The line right under a title given in both languages on its one line that opens on the municipality the
    document is of (``城下町さんぽ　高梁 / Takahashi Castle Town Walk`` over ``岡山県高梁市　観光案内リーフレット``): a
    leaflet's or a guide's line naming its place and kind, read as a title naming its city is
    (:func:`~.titleblock.city_in_title`, the name at the line's start, its prefecture before it allowed). A sentence
    names no city so (issue 16 point 2, fresh-user trial 72d, helper leaf72: the city had been read from the English
    line only, or none)."""
    if s.title_ja is None or s.title_en is None or first_line(s.title_ja) != first_line(s.title_en):
        return None
    under = [t for t in s.front if first_line(t) == last_line(s.title_ja) + 1]
    if len(under) != 1 or script_of(under[0].text) != JA or is_prose(under[0].text.strip()) or len(under[0].text.strip()) > 40:
        return None
    t = under[0]
    lead = len(t.text) - len(t.text.lstrip())
    named = city_in_title(t.text.strip(), s.beside)
    if named is None or named[0] != 0:
        return None
    return s.named(t[lead + named[0]:lead + named[1]], f"named at the start of the line under the title ({_line_of(t)})")


def _city_of_issuer_label(s: _CityScene) -> _CityRead:
    """A notice's issuer's label over its subject (``桜ヶ丘市からのお知らせ``: front, the subject the title) names the
    city as the title did when it was read as one (fresh-user trial 65); a newsletter titled by its issuer's label
    (``みなと台市からのお知らせ`` over its articles) names it so (helper notice66, fresh-user trial 65c). A name of
    common nouns and 市 needs its office named among the talk's lines (``問い合わせ　みなと台市役所　危機管理課``), as a
    city line's does: never a city the body mentions."""
    labels = [(t, "the notice's issuer's label") for t in s.front if is_issuer_label(t.text)]
    # (a title that is a newsletter's label yields where a front line names its publisher's office: ``みなみ区だより``
    # over ``発行　南浜区役所 区政推進課`` is the ward's nickname, the office its name; review of notice66, session 66)
    publisher_named = any(office_line_city(t.text) is not None for t in s.front)
    labels += [(s.title_ja, "the title, an issuer's label")] if s.title_ja is not None \
        and is_issuer_label(s.title_ja.text) and not publisher_named else []
    # (the talk's lines in pieces, as a contact's are parted, read only where a label stands)
    pieces = [p for t in s.lines[s.span.start:s.span.end] for p in contact_pieces(t.text, colons=True)] if labels else []
    for t, where in labels:
        named = (city_in_title(t.text, s.beside) if t in s.front else None) or _issuer_label_city(t.text, s.beside + pieces)
        if named is not None:
            return s.named(t[named[0]:named[1]], f"named in {where} ({t.text.strip()})")
    return None


def _city_of_affiliation(s: _CityScene) -> _CityRead:
    """No city line: the municipality whose office the speaker's affiliation names (``蘇州市外事弁公室``), or the office
    closing a Japanese notice under its date (the evidence helper city57 gave it, the same line); its English name
    where the talk's own English names it (the evidence a city line needs), else none (never a guess). A Chinese
    organ is read by :func:`_city_of_chinese_organ`."""
    aff = s.speaker.affiliation
    if s.organ_zh or aff is None:
        return None
    if (opens := affiliation_city(aff.text)) is None:
        # a later author's office (a conference abstract's ``東北工業大学`` / ``東北工業大学`` / ``仙台市建設局``): the
        # municipality whose office took part in the work, as the first author's would (session 78, helper jsce78:
        # the office's line had named the city only while it was no author's line)
        return s.first_city((a.affiliation[o[0]:o[1]], f"the municipality whose office an author's affiliation names "
                                                       f"({a.name.text}: {a.affiliation.text})")
                            for a in s.speaker.authors[1:] if a.affiliation is not None
                            and (o := affiliation_city(a.affiliation.text)) is not None)
    where = "the line closing the text under its date names" if s.issuer_ja else "the speaker's affiliation names"
    return s.named(aff[opens[0]:opens[1]], f"the municipality whose office {where} ({aff.text})")


def _issuing_lines(s: _CityScene) -> list[tuple[Text, str]]:
    """The lines that may name the office issuing the text, in reading order, each with where it stands: the lines
    over the body, an issuer's line among the front lines, the paper's closing lines and a deck's cover, then the
    office closing the text under its date."""
    cover = s.deck.slides[0].lines if s.span.slides_start == s.span.start and s.deck.slides else ()
    closing = _closing_issuer(s.lines[s.span.start:s.span.end])
    issuing = s.head + [t for t in [*s.front_unlisted, *s.paper.closing, *cover] if _issuer_line(t.text)] + closing
    # a party's line in a judgment's or a pleading's head (``同代表者市長　藤井 正人``, ``上記代表者市長　…``, ``被告
    # みなと市``) names who stands before the court, never an office issuing the text: no city (issue 16 point 2, helper
    # judg71: judg70c's ``h3`` had the city ``同代表者市``, the id ``dodaihyosha``; a court is no municipality, judg70).
    # A 裁決書 signed at its end by its 審査庁 (``審査庁　あおば市長　青木 大輔``) is issued by it: the closing lines stay
    issuing = [t for t in issuing if not party_line(t.text) or any(t is c for c in [*closing, *s.paper.closing])]
    # (the paper's closing lines, a notice's foot, close the text: helper notice66b)
    return [(t, "closing the text under its date" if t in closing
             else "closing the text" if any(t is c for c in s.paper.closing) else "over the body") for t in issuing]


def _city_of_office_line(s: _CityScene) -> _CityRead:
    """An issuing office's line (:func:`_issuing_lines`: ``令和6年4月1日　横浜市市民局地域支援課`` over a notice's
    title, ``報告者：仙台市 経済観光文化局``, a glossary's ``令和7年4月　港南市 危機管理課`` under its titles, a deck
    cover's ``桐生市 都市計画課``, where it is no sentence) names the municipality as the speaker's office does (issue
    16, helper front52; trial 54b). A prefecture's office names no city: the next line may name one. A Chinese
    document's lines are :func:`_city_of_chinese_organ`'s."""
    if s.organ_zh:
        return None
    return s.first_city((t[opens[0]:opens[1]], f"the municipality whose office the line {where} names ({t.text.strip()})")
                        for t, where in _issuing_lines(s)
                        if (opens := office_line_city(t.text) or dated_issuer_city(t.text)) is not None)


def dated_issuer_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality alone after a date on an issuer's line (``令和6年3月　北見市``, ``2025年4月1日　港南市``:
    a plan's or a report's cover names its issuing municipality so, no office after it), else ``None``. Two pieces
    parted by spaces, the first a date alone (:data:`~.labels.DATE`, :func:`~.labels.is_date_line`), the second a
    municipality's name (:func:`~.organisations.is_municipality`). Decision (issue 16 point 2, fresh-user trial 73c,
    helper prog73): the report's city had been null. Not read: a date and a venue (``2025年4月1日　北見市民会館``), a
    date and a sentence.

    >>> dated_issuer_city("令和6年3月　北見市"), dated_issuer_city("令和6年3月　北見市民会館"), dated_issuer_city("北見市")
    ((7, 10), None, None)
    """
    pieces = text.split()
    if len(pieces) != 2 or not is_date_line(pieces[0]) or not is_municipality(pieces[1]):
        return None
    at = text.rindex(pieces[1])
    return at, at + len(pieces[1])


def _city_of_office_lines(s: _CityScene) -> _CityRead:
    """A municipality's name alone on its line right over its office's line, the two lines over the body (a Japanese
    release's ``静岡市`` / ``環境局 ごみ減量推進課`` under ``報道関係者各位``): read together they name the issuing office as
    ``静岡市環境局 ごみ減量推進課`` on one line does (:func:`~.titleblock.office_line_city`), so the first line names the
    city. Decision (issue 16 point 3, helper city67): the city line over its office's line had been front, city null.
    A company's line (``株式会社みどり食品``) or a municipality's name alone with no office under it reads none."""
    if s.organ_zh:
        return None
    over = [t for t in [*s.head, *s.front_unlisted] if first_line(t) is not None]
    for t, u in zip(over, over[1:]):
        name, office = t.text.strip(), u.text.strip()
        if first_line(u) != last_line(t) + 1 or not is_municipality(name) or municipalities_in(office) \
                or (opens := office_line_city(name + office)) is None or opens[1] > len(name):
            continue
        lead = len(t.text) - len(t.text.lstrip())
        read = s.named(t[lead + opens[0]:lead + opens[1]], f"the municipality whose office the lines over the body name "
                                                           f"({_line_of(t)}: {name} / {office})")
        if read[0] is not None:
            return read
    return None


def _city_of_chinese_organ(s: _CityScene) -> _CityRead:
    """A Chinese document's issuing organ (closing it, ``南川市城市管理局`` over its date, or at its head, or the
    speaker's affiliation): the city its name opens with, read by the letters (:func:`~.letters.issuer_city`, fresh-user
    trial 64b), never by the Japanese reading, which cuts a Chinese name across its 市 (``某县农业农村局`` had given the
    city ``某县农业农村``; the 落款 in front under a numbered last section, helper notice65, ``安吉县农业农村``). The
    affiliation first, then the issuing lines (:func:`_issuing_lines`) in order, an organ's line by its letters, any
    other as an office's line."""
    if not s.organ_zh:
        return None
    aff = s.speaker.affiliation
    if aff is not None and (opens := issuer_city(aff.text)) is not None:
        where = "organ issues the document, closing it" if s.issuer_zh else "office the speaker's affiliation names"
        read = s.named(aff[opens[0]:opens[1]], f"the municipality whose {where} ({aff.text})")
        if read[0] is not None:
            return read

    def city_at(text: str) -> tuple[int, int] | None:  # an organ's line by its letters, any other as an office's
        return issuer_city(text) if chinese_organ(text.strip()) else office_line_city(text)

    return s.first_city((t[opens[0]:opens[1]], f"the municipality whose office the line {where} names ({t.text.strip()})")
                        for t, where in _issuing_lines(s) if (opens := city_at(t.text)) is not None)


def _city_of_organiser(s: _CityScene) -> _CityRead:
    """The event's organiser, a municipality or its office (``主催：浜松市``, ``主催：松本市教育委員会``): the event is
    that city's, each of its lectures' (a programme's organiser's line stands over its first lecture or after its
    last: _Doc.organisers); a venue names where, never whose (decision, helper prog59)."""
    # (or, in a file of one talk, among its first lines wherever the reading put them, a flyer's organiser's line
    # after its programme's items: ``・フライブルク市の環境政策について`` / ``主催：松山市``; helper prog72 after
    # fresh-user trial 71d)
    own = list(dict.fromkeys([*s.head, *s.event_lines, *_event_field_lines(s)]))
    # (another lecture's line: the name is a copy, no raw character behind it, as each raw character stands in one
    # talk; the evidence row says which line gave it)
    return s.first_city((t[opens[0]:opens[1]] if t in own else Text.inserted(t.text[opens[0]:opens[1]]),
                         f"the municipality the event's organiser's line names ({_line_of(t)}: {t.text.strip()})")
                        for t in own + [t for t in s.doc.organisers if t not in own]
                        if (opens := organiser_city(t.text)) is not None)


def _city_of_co_organiser(s: _CityScene) -> _CityRead:
    """In a file of one talk, the event's co-organiser's field naming a municipality or its office
    (``主催：みなと川流域ネットワーク　　共催：海浜市``; :func:`~.titleblock.co_organiser_city`) among its first lines
    (:func:`_event_field_lines`): the event is held with that city, on its ground; read only after the organiser's
    reader found no municipality (decision, helper city72 after fresh-user trial 72c). A file of several talks reads
    none: a programme's parties are its event's, no one talk's (helpers prog58, prog59)."""
    return s.first_city((t[opens[0]:opens[1]], f"the municipality the event's co-organiser's field names "
                                                f"({_line_of(t)}: {t.text.strip()})")
                        for t in _event_field_lines(s) if (opens := co_organiser_city(t.text)) is not None)


def _city_of_contact(s: _CityScene) -> _CityRead:
    """The office a closing contact block names (``問い合わせ先`` / ``桜川市環境課`` / ``電話 …``, a section of its own or
    front; on one line, ``問い合わせ　みなと台市役所　危機管理課　電話 …``): whom a reader asks is the municipality's
    office that issued the text (decision, issue 16, helper notice66). Not a Chinese document's."""
    if s.organ_zh:
        return None
    return s.first_city((office[opens[0]:opens[1]], "the municipality whose office the closing contact block names "
                                                    f"({_line_of(t)}: {t.text.strip()})")
                        for office, t in _contact_offices(s.paper) + _closing_contact_lines(s)
                        if (opens := _contact_office_city(office.text)) is not None)


def _closing_contact_lines(s: _CityScene) -> list[tuple[Text, Text]]:
    """``(office, line)`` for a file of one talk's contact line among its last :data:`CLOSING_ISSUER_REACH` non-blank
    lines, wherever the reading put them (a programme flyer's ``問い合わせ：…事務局（海浜市環境政策課内）`` under its
    notes, read into its timetable's section when the city is read): the office is the value after the contact label
    (helper city72 after fresh-user trial 72c). None in a file of several talks: the last talk's lines are no other
    talk's."""
    if s.span.start > 0 or s.span.end < len(s.lines):
        return []
    out = []
    for t in [t for t in s.lines[s.span.start:s.span.end] if t.text.strip()][-CLOSING_ISSUER_REACH:]:
        field = contact_field(t.text)
        if field is not None and field.value and is_contact_heading(field.label) and _issuer_line(t.text) \
                and not contact_value(t.text.strip()):
            out.append((t[t.text.find(field.value):], t))
    return out


_HOUSED_IN = re.compile(r"[（(]([^（）()\s\u3000]{2,30}?)内[）)]")
"""A body's office housed in another's, in brackets after its name (``みなと川流域ネットワーク事務局（海浜市環境政策課内）``)."""


def _contact_office_city(text: str) -> tuple[int, int] | None:
    """The span of the municipality a contact's office names (:func:`~.titleblock.office_line_city`), or, where the
    office is a body's housed in a municipality's office (:data:`_HOUSED_IN`: ``…事務局（海浜市環境政策課内）``), the
    one whose office houses it: the city runs the body's desk (decision, helper city72 after fresh-user trial 72c)."""
    if (opens := office_line_city(text)) is not None:
        return opens
    for m in _HOUSED_IN.finditer(text):
        if (inner := office_line_city(m.group(1))) is not None:
            return m.start(1) + inner[0], m.start(1) + inner[1]
    return None


def _city_of_school(s: _CityScene) -> _CityRead:
    """A municipal school named on an issuer's line over the body or closing it, or as the speaker's affiliation
    (``港区立港南保育園`` under an issue's title; ``令和６年９月２日発行　みどり野市立みどり野小学校　校長　高橋　誠``):
    the municipality runs the school that issues the text, as its office would (decision, issue 16, fresh-user trial
    66b); so does a municipal library, hospital, museum or hall (``発行：港北市立病院 地域連携室``; a newsletter's
    colophon among its last lines, ``発行　つくし野市立中央図書館``: helper city67,
    :func:`~.titleblock.municipal_school_city`)."""
    aff = s.speaker.affiliation
    # (or a publisher's line among the talk's last lines, a newsletter's colophon: ``発行　つくし野市立中央図書館　電話
    # …``, helper city67)
    colophon = [t for t in [t for t in s.lines[s.span.start:s.span.end] if t.text.strip()][-CLOSING_ISSUER_REACH:]
                if publisher_line(t.text)]
    # (a publisher's line read as the title, the masthead's name over it front: the line still names its issuer)
    colophon += [s.title_ja] if s.title_ja is not None and publisher_line(s.title_ja.text) else []
    # (or, in a file of one talk, the title a municipal institution's name opens, its notice's: ``松風市立美術館　企画展の
    # お知らせ``; a talk's title among several is its subject, never its issuer: helper city72 after fresh-user trial 72c)
    # (the institution's name a token of its own, the notice's subject after a space: ``松風市立美術館の歩み`` is a
    # talk's subject)
    parts = s.title_ja.text.split() if s.title_ja is not None else []
    own_title = len(parts) > 1 and "の" not in parts[0] and bool(_event_field_lines(s)) \
        and (opens := municipal_school_city(parts[0])) is not None and opens[0] == 0
    colophon += [s.title_ja] if own_title else []
    # (a guest list's rows name the bodies their guests come from, ``川崎市立宮前小学校　校長　渡辺 恭子 先生`` in a
    # wedding's seating list: no issuer's, no city of the document; session 74, fresh-user trial 74b)
    school_lines = [*s.head, *s.front_unlisted, *s.paper.closing, *_closing_issuer(s.lines[s.span.start:s.span.end]),
                    *([aff] if aff is not None else []), *colophon]
    return s.first_city((t[opens[0]:opens[1]], f"the municipality whose school the line names ({_line_of(t)}: {t.text.strip()})")
                        for t in school_lines if (opens := municipal_school_city(t.text)) is not None and not is_prose(t.text))


def _city_of_site(s: _CityScene) -> _CityRead:
    """A printed web page's site, as its browser's header names it after the page's title (``ごみの分別と出し方｜西浜市``),
    where it is a municipality's name (its site: ``西浜市``, ``西浜市公式ホームページ``): the header goes to the ledger
    as page furniture, the city it names stays evidence (helper web55, trial 54d)."""
    for site in s.doc.sites[:1]:
        spans = municipalities_in(site.text)
        if spans and spans[0][0] == 0 and len({site.text[a:b] for a, b in spans}) == 1:
            return s.named(site[spans[0][0]:spans[0][1]], "the site the browser's header names after the page's title "
                                                          f"(line {first_line(site)})")
    return None


def _venues(s: _CityScene) -> list[tuple[Text, tuple[int, int]]]:
    """The front lines naming a venue that is a building of a municipality's own, with the municipality's span."""
    # (in a file of one talk, its first lines wherever the reading put them: a handout's head line under its speaker,
    # ``２０２５年６月１４日　於：青葉市生涯学習センター``, read into the title block; helper city72 after trial 72c)
    lines = list(dict.fromkeys([*s.front, *_event_field_lines(s)]))
    return [(t, opens) for t in lines if (opens := venue_city(t.text)) is not None]


def _city_of_venue(s: _CityScene) -> _CityRead:
    """A venue's line naming a building of the municipality's own (``場所　緑ヶ丘市役所　本庁舎５階``,
    ``会場：浜松市福祉交流センター``): a city's offices and halls stand on its ground, so its meeting is held there
    (decision, issue 16, helper city60); a hotel, an address or a meeting online names none. Whose the meeting or
    event is, where the text says so, outweighs where it is held: a party to the event named (``主催：静岡大学``,
    ``共催：浜松市``), a private body's record (``東浜市社会福祉協議会　理事会議事録``), a programme of several talks (its
    venue is the event's, no one lecture's: helpers prog58, prog59) read no venue."""
    owned = s.span.start > 0 or s.span.end < len(s.lines) or any(names_event_party(t.text) for t in s.lines) \
        or (s.title_ja is not None and any(b in s.title_ja.text for b in PRIVATE_BODIES))
    if owned:
        return None
    return s.first_city((t[opens[0]:opens[1]], f"the municipality whose own building the venue's line names "
                                               f"({_line_of(t)}: {t.text.strip()})") for t, opens in _venues(s))


def _city_of_english_block(s: _CityScene) -> _CityRead:
    """No Japanese city: the title block's English line that names a municipality (``Port and Harbor Bureau, City of
    Kobe``, ``…, City of Utrecht``, ``Utrecht Municipality``, ``Ghent, Belgium``) gives its English name (issue 16,
    helper front52); its Japanese name stays null (never a guess), and the body's passing mentions are no evidence
    (an address's town only where the block's addresses agree on it: helper city57)."""
    block = s.span.block
    if block.city is not None and "city" in block.cues and (alone := _town_alone_en(block.city.text)) is not None:
        # a town's name alone over a speaker's line naming it (``York`` over ``…, City of York Council``:
        # titleblock._town_over_its_speaker, helper fix68g): the talk's city line, read as a place line is
        view = block.city[alone[0]:alone[1]]
        city = CityName(view, (view.text.lower(),), "english",
                        f"{view.text} named alone on the title block's city line, its speaker's lines naming it")
        s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
        return None, city, city.spellings
    cover_lines = s.deck.slides[0].lines if s.span.slides_start == s.span.start and s.deck.slides else ()
    over = _over_block(s)
    block_english = [t for t in (s.speaker.affiliation, s.speaker.text, s.title_en, s.subtitle_en, *s.head, *cover_lines)
                     if t is not None and script_of(t.text) == EN and not any(t is o for o in over)]
    if (found := town_named_en([t.text for t in block_english])) is None:
        return None
    (_, named, address), t = found, block_english[found[0]]
    view = t[named[0]:named[1]]
    how = "as the town of an organisation's address" if address else "as a municipality"
    city = CityName(view, (view.text.lower(),), "address" if address else "english",
                    f"{view.text} named {how} in English ({t.text.strip()})")
    s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
    return None, city, city.spellings


EVENT_FIELD_LINES = 30
"""Non-blank lines from a one-talk file's start among which its event's fields are looked for (its organiser's, its
venue's line): a flyer's or notice's fields stand near its head, both languages' blocks within these; a paper's
``Location:`` in its methods is far down."""


def _event_field_lines(s: _CityScene) -> list[Text]:
    """The lines a file of one talk may print its event's fields on (its organiser's, its venue's line): its first
    :data:`EVENT_FIELD_LINES` non-blank lines, wherever the reading put them (front, a deck's cover, a section's text);
    none in a file of several talks, whose event's lines are the programme's or the volume's (``_Doc.organisers``)."""
    if s.span.start > 0 or s.span.end < len(s.lines):
        return []
    return [t for t in s.lines[s.span.start:s.span.end] if t.text.strip()][:EVENT_FIELD_LINES]


def _city_of_event_lines_en(s: _CityScene) -> _CityRead:
    """An English event's organiser's or venue's line in the front of a file of one talk (a flyer: ``Organiser: Matsuyama
    City``, ``Venue: Sendai International Center``; :func:`~.places.event_line_city_en`): the event is that town's, its
    organiser's line weighing over its venue's, as the Japanese lines' readers weigh them (``organiser`` before
    ``venue``); its Japanese name stays null (never a guess). A programme's or a volume's lines are its event's, no
    one talk's (helpers prog58, prog59): a file of several talks reads none (helper prog72 after fresh-user trial 71d:
    the English flyer's city, Sendai, had not been read)."""
    found = [(t, named) for t in _event_field_lines(s) if script_of(t.text) == EN and (named := event_line_city_en(t.text)) is not None]
    found.sort(key=lambda f: f[1][2] != "organiser")  # (stable: each kind in the text's order)
    if not found:
        return None
    t, (a, b, whose) = found[0]
    view = t[a:b]
    city = CityName(view, (view.text.lower(),), "english",
                    f"{view.text} named on the event's {whose}'s line ({t.text.strip()})")
    s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
    return None, city, city.spellings


def _city_of_venue_over_dates(s: _CityScene) -> _CityRead:
    """The town a head's venue line names over the event's dates among a file of one talk's first lines
    (``Gainsborough's House, Sudbury`` / ``3 May – 28 September 2025``: :func:`~.places.venue_over_dates_en`): an
    exhibition's or an event's city, as a ``Venue:`` field names it; its Japanese name stays null (never a guess).
    Why (issue 16 point 2, helper encv77; shapes76's open limit: trial 76's catalogue had ``city: null``)."""
    head = _event_field_lines(s)
    for t, under in zip(head, head[1:]):
        if script_of(t.text) != EN or (span := venue_over_dates_en(t.text, under.text)) is None:
            continue
        view = t[span[0]:span[1]]
        return _english_city(s, view, f"{view.text} named on the venue's line over the event's dates ({t.text.strip()})")
    # a sale's venue with its address under its day and hour (``Tuesday 14 May 2024 at 10.30am`` / ``The Saleroom, 12
    # Castle Street, Ludlow, Shropshire``: places.venue_under_time_en; helper kanri78, trial 78's auction catalogue)
    for over, t in zip(head, head[1:]):
        if script_of(t.text) != EN or (span := venue_under_time_en(over.text, t.text)) is None:
            continue
        view = t[span[0]:span[1]]
        return _english_city(s, view, f"{view.text} named on the venue's line under the event's day and hour ({t.text.strip()})")
    return None


def _city_of_occasion_line(s: _CityScene) -> _CityRead:
    """An English occasion's line among a file of one talk's first lines that names the town between the event's name
    and the date (a deck's cover: ``Regional Energy Forum, Cardiff, 14 May 2025`` under the speaker;
    :func:`~.places.occasion_place_date_line`): the talk was given there; its Japanese name stays null (never a guess).
    Why (issue 16 point 2, fresh-user trial 72, helper deck72): the deck's city had been null."""
    for t in _event_field_lines(s):
        if script_of(t.text) == EN and (span := occasion_place_date_line(t.text)) is not None:
            view = t[span[0]:span[1]]
            return _english_city(s, view, f"{view.text} named on the occasion's line between its name and date "
                                          f"({t.text.strip()})")
    return None


def _over_block(s: _CityScene) -> list[Text]:
    """The lines over the talk's title block in a file of several talks (a programme's or a volume's name, its place
    and date: ``Northern Ports Research Day 2025`` / ``Aberdeen, Scotland, 2 October 2025`` over the first talk): the
    event's, no one talk's, as its venue and organiser are (helpers prog58, prog59). Why (helper prog72, issue 16
    point 1): the first talk of a programme had taken the event's place line as its city, the others none. None in a
    file of one talk, whose lines over its block are its own."""
    if s.span.start == 0 and s.span.end >= len(s.lines):
        return []
    return s.lines[s.span.start:min(s.span.block.start, s.span.end)]


def _city_of_dateline(s: _CityScene) -> _CityRead:
    """The dateline over the text (``SAPPORO, Japan — March 3, 2026``) or opening its first line (``Yokohama, Japan –
    The City of …``, ``KOBE, Japan — …``) names the place a release is issued from, as a city line does (issue 16 point
    3, helper title54); its Japanese name stays null (never a guess). The dateline may open one of the first three
    front paragraphs, where the release's story stays front over an ``About …`` heading (trial 54c's ``OSAKA, Japan —
    June 2, 2026 — …`` gave no city), or the first paragraph of the first section, unheaded or under a newsletter's
    first headline
    (:func:`dated_story`); the talk's own lines may write its place as a name mid-sentence (``… in Grand Forks``: helper
    city57)."""
    # the first section's first paragraph, headed or not: a newsletter's first article under its headline opens on
    # the dateline as an unheaded release's body does (``Council Approves 2026 Budget of $48 Million`` /
    # ``SPRINGFIELD — The city council …``: helper news69, whose headline, now a heading, had hidden it)
    unheaded = [p for sec in s.paper.sections[:1] for p in sec.paragraphs[:1]]
    over = _over_block(s)
    datelines = [t for t in s.head if is_date_line(t.text) and not any(t is o for o in over)] + s.body[:1] \
        + [t for t in s.paper.front if t not in s.head][:3] + unheaded
    written = [t.text for t in s.lines[s.span.start:s.span.end]]
    dated = next(((t, named) for t in datelines
                  if script_of(t.text) == EN and (named := dateline_city(t.text, written))), None)
    detail = "named as the place of the text's dateline"
    if dated is None and s.span.start == 0 and s.span.end >= len(s.lines):
        # a place and its date on a line of its own over the text (``Albany, New York — 3 June 2024`` under a speech's
        # title: places.place_date_line; helper fix71b after fresh-user trial 71), in a file of one talk only: a
        # programme's or a volume's place and date are its event's, no one talk's (as a venue is: helpers prog58, 59)
        dated = next(((t, named) for t in [*s.head, *s.front, *s.paper.front[:3]] if script_of(t.text) == EN and is_date_line(t.text)
                      and (named := place_date_line(t.text.strip())) is not None), None)
        if dated is not None:
            lead = len(dated[0].text) - len(dated[0].text.lstrip())
            dated = dated[0], (dated[1][0] + lead, dated[1][1] + lead)
            detail = "named on the place-and-date line over the text"
    if dated is None:
        return None
    t, named = dated
    view = t[named[0]:named[1]]
    detail = f"{view.text} {detail}"
    if (note := state_city_note(view.text, t.text)) is not None:
        # a state's name read as its major city (``WASHINGTON (AP) —``): the gazetteer is the evidence (cities59)
        detail = f"{detail}, {note}"
    city = CityName(view, (view.text.lower(),), "english", detail)
    s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
    return None, city, city.spellings


def _city_of_letter_close(s: _CityScene) -> _CityRead:
    """The town a letter's closing dateline names over its signature (``Torino, July 10, 2018`` / ``Walt DISNEY``:
    :func:`~.letters.closing_place`), in a file of one talk: where the letter was written (helper en76, trial 75c's
    letter had ``city: null``); its Japanese name stays null (never a guess)."""
    if s.span.start != 0 or s.span.end < len(s.lines):
        return None
    body = [t for t in s.lines[s.span.start:s.span.end] if t.text.strip()]
    if (found := closing_place(body)) is None:
        return None
    k, a, b = found
    view = body[k][a:b]
    detail = f"{view.text} named on the letter's closing dateline ({body[k].text.strip()})"
    city = CityName(view, (view.text.lower(),), "english", detail)
    s.evidence.append(Evidence("city", f"{view.text}: {detail} at {_line_of(view)}"))
    return None, city, city.spellings


def _city_of_event_place(s: _CityScene) -> _CityRead:
    """The town the body's first paragraph names as where the event the text reports was held (``The workshop was held
    in Wellington, New Zealand, on 3 May 2024 …``: :func:`~.places.held_in_place`), in a file of one talk only, where
    nothing else named the city: the English city, its Japanese name null (never a guess).

    Decision (issue 16 point 3, helper news72, fresh-user trial 71's workshop report): the weakest evidence, read
    last as a venue is (helper city60: where a meeting was held is that city's), and only in the body's first paragraph,
    which says what the report is of; a place named further on (``… visitors from Nelson, New Zealand``) or an event
    in a programme of talks (a venue is the event's, no one talk's: helpers prog58, prog59) names none."""
    if s.span.start != 0 or s.span.end < len(s.lines):
        return None
    first = next((sec.paragraphs[0] for sec in s.paper.sections if sec.paragraphs), None)
    # a Japanese report's sentence (``高知市文化プラザで…を開催しました``, ``安曇野市で開かれた``: titleblock.
    # held_at_municipality_ja) in its first paragraph, or in a note over the body naming the text itself (``本記録は、
    # …安曇野市中央公民館で開催された…講演を…要約したものです``): helper place73, news72's and rev72's open limits
    notes = [t for t in s.paper.front if _SELF_NOTE_JA.match(t.text)]
    for t in ([first] if first is not None else []) + notes:
        if script_of(t.text) == JA and (held := held_at_municipality_ja(t.text)) is not None:
            return s.first_city([(t[held[0]:held[1]], f"named as where the event the text reports was held ({_line_of(t)}: "
                                                      f"{t.text.strip()})")])
    if first is None or script_of(first.text) != EN or (named := held_in_place(first.text)) is None:
        return None
    view = first[named[0]:named[1]]
    detail = f"{view.text} named as where the event the text reports was held"
    city = CityName(view, (view.text.lower(),), "english", detail)
    s.evidence.append(Evidence("city", f"{detail} at {_line_of(view)}"))
    return None, city, city.spellings


def _city_of_recording(s: _CityScene) -> _CityRead:
    """The town a recording's head line names as where it was made (``Recorded in Ely, Cambridgeshire, 3 October
    2024. Host: …``: :func:`~.places.recorded_place`), among a one-talk file's first lines: a podcast's or an
    interview's city, as a venue names a meeting's (decision, issue 16, helper en76: trial 75's podcast had ``city:
    null``). Its Japanese name stays null (never a guess); a file of several talks reads none."""
    lines = _event_field_lines(s)
    for t in lines:
        if script_of(t.text) != EN or (named := recorded_place(t.text, [o.text for o in s.lines if o is not t])) is None:
            continue
        view = t[named[0]:named[1]]
        detail = f"{view.text} named as where the recording was made ({t.text.strip()})"
        city = CityName(view, (view.text.lower(),), "english", detail)
        s.evidence.append(Evidence("city", f"{view.text}: {detail} at {_line_of(view)}"))
        return None, city, city.spellings
    return None


_SELF_NOTE_JA = re.compile(r"^[\s\u3000]*(?:本|この)(?:記録|報告書?|稿|資料|冊子|講演録|要旨)は")
"""A note naming the text itself (``本記録は、…``, ``この報告は、…``): what it says of an event is said of the text's."""
INSTITUTION_LINES = 3
"""Non-blank lines at a one-talk file's head where a municipal institution's line names the notice's issuer."""


def _city_of_institution_en(s: _CityScene) -> _CityRead:
    """An English municipal institution's line at the head of a file of one talk (``Kanazawa City Art Museum — Special
    Exhibition``, ``Harbourside City Library`` where the text names the City of Harbourside: :func:`~.places.
    municipal_institution_en`): the city runs the museum, library or hall that issues the notice, as
    :func:`_city_of_school` reads a Japanese ``…市立美術館``; its Japanese name stays null (never a guess). Not the
    speaker's affiliation (a speaker's institution is where the speaker works, no event's), nor a file of several talks
    (prog58/prog59). Why (issue 16 point 2, helper place73; city72's open limit)."""
    head = _event_field_lines(s)[:INSTITUTION_LINES]
    lines = s.lines[s.span.start:s.span.end]
    for t in head:
        if t is s.speaker.affiliation or script_of(t.text) != EN:
            continue
        if (named := municipal_institution_en(t.text.strip(), [o.text for o in lines if o is not t])) is not None:
            lead = len(t.text) - len(t.text.lstrip())
            view = t[lead + named[0]:lead + named[1]]
            city = CityName(view, (view.text.lower(),), "english",
                            f"{view.text} named as the town whose institution issues the text ({t.text.strip()})")
            s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
            return None, city, city.spellings
    return None


def _city_of_parish_en(s: _CityScene) -> _CityRead:
    """An English parish council's line over its minutes naming a parish the gazetteer does not list, where the text's
    own address names it as a town (``Little Wexcombe Parish Council`` / ``… Village Hall, Church Lane, Little
    Wexcombe``: :func:`~.places.parish_named_by_address`), as a listed parish names its town (``_X_PARISH_EN``, helper
    rec72); a file of one talk only. Why (issue 16 point 2, helper place73; rec72's open limit)."""
    if s.span.start != 0 or s.span.end < len(s.lines):
        return None
    lines = s.lines[s.span.start:s.span.end]
    for t in [*s.head, *s.paper.front[:INSTITUTION_LINES]]:
        if script_of(t.text) == EN and (named := parish_named_by_address(t.text, [o.text for o in lines if o is not t])):
            view = t[named[0]:named[1]]
            city = CityName(view, (view.text.lower(),), "english",
                            f"{view.text} named as the parish whose council's minutes these are, the text's address "
                            f"naming it as a town ({t.text.strip()})")
            s.evidence.append(Evidence("city", f"{view.text}: {city.detail} at {_line_of(view)}"))
            return None, city, city.spellings
    return None


def _city_of_korean_issuer(s: _CityScene) -> _CityRead:
    """A Korean notice's issuer names its city (``한빛시 공고 제2026-15호``, ``한빛시장`` where the text names 한빛시 too):
    ``city`` has no Korean key and the notice prints no English for it (a romanisation would be a guess), so the city
    is an evidence row and no reading: ``city`` stays null (decision, issue 16 point 4, fresh-user trial 65)."""
    written = [t.text for t in s.lines[s.span.start:s.span.end]]
    issuers = [t for t in s.paper.front if is_korean(t.text) and notice_number_line(t.text.strip())]
    aff = s.speaker.affiliation
    issuers += [aff] if aff is not None and is_korean(aff.text) else []
    for t in issuers:
        if (opens := korean_issuer_city(t.text, written)) is not None:
            s.evidence.append(Evidence("city", f"{t.text[opens[0]:opens[1]]}: the Korean city the notice's issuer names "
                                               f"({_line_of(t)}: {t.text.strip()}); `city` has no Korean key and "
                                               "no English spelling is printed: not written"))
            break
    return None


CITY_READERS: tuple[tuple[str, Callable[[_CityScene], _CityRead]], ...] = (
    ("title", _city_in_title),
    ("under title", _city_under_title),
    ("issuer label", _city_of_issuer_label),
    ("affiliation", _city_of_affiliation),
    ("office line", _city_of_office_line),
    ("office lines", _city_of_office_lines),
    ("chinese organ", _city_of_chinese_organ),
    ("organiser", _city_of_organiser),
    ("co-organiser", _city_of_co_organiser),
    ("contact", _city_of_contact),
    ("school", _city_of_school),
    ("site", _city_of_site),
    ("venue", _city_of_venue),
    ("english block", _city_of_english_block),
    ("institution", _city_of_institution_en),
    ("parish", _city_of_parish_en),
    ("english event lines", _city_of_event_lines_en),
    ("venue over dates", _city_of_venue_over_dates),
    ("recording", _city_of_recording),
    ("occasion line", _city_of_occasion_line),
    ("dateline", _city_of_dateline),
    ("letter close", _city_of_letter_close),
    ("event place", _city_of_event_place),
    ("korean issuer", _city_of_korean_issuer),
)
"""A talk's city readers where no city line named its city, each named, tried in this order (:func:`_talk`): the
first to read a city (a Japanese name, or an English one where the talk prints no Japanese) gives it. Each takes a
:class:`_CityScene` and returns ``(city_ja, city, spellings)`` or ``None``; a reader whose place is a prefecture
(:func:`_no_city`) returns ``None`` with its evidence row, and the next is tried. The order says what weighs more
(decision, issue 16 point 3, helper city67): what names whose the text is (its title, its issuer, its speaker's
office, its issuing office's line or lines, its organiser, its contact office, its school or public facility, its
site) before where it is held (a venue), and a Japanese name before an English one (the title block's English, a
dateline), which stays a view with no Japanese. The Korean issuer's reader only records evidence (``city`` has no
Korean key)."""


def _trimmed_headings(sections: tuple[Section, ...], rows: list[LedgerRow]) -> tuple[Section, ...]:
    """The sections with no white space ending a heading, a ledger row (rule ``trim_heading``, reason ``spacing``)
    added to ``rows`` for each ideographic space so left out. Why (fresh-user trial 64d): a notice's item sets its label
    off its value by an ideographic space (``1．受付期間　令和7年2月17日…``); cut there, the space ended the heading
    (``"1．受付期間\u3000"``), where it is the page's white between two parts, no character of the heading, while
    the value's paragraph cannot open on it either. It is a character the writer typed, so it goes to the ledger, as
    the wide white around a title's part does (:func:`~.titleblock.trimmed_part`)."""
    out = []
    for s in sections:
        if s.heading is not None and s.heading.text != s.heading.text.rstrip(" \t\u3000"):
            heading, trimmed = trimmed_part(s.heading, rule=Rule.TRIM_HEADING, ends="end")
            rows.extend(trimmed)
            s = replace(s, heading=heading)
        out.append(s)
    return tuple(out)


def _trimmed_front(front: list[Text], rows: list[LedgerRow]) -> list[Text]:
    """The front items with no white space ending them, a ledger row (rule ``trim_title_part``, reason ``spacing``)
    added to ``rows`` for each ideographic space so left out. Why (issue 16, helper vol72, fresh-user trial 72b): a
    talk's number set off its city or title by an ideographic space (``第2講演　ハンブルク市``, ``Session 2　金沢市``)
    is split off its line there, and the space ended the front item (``"第2講演\u3000"``): the page's white between
    two parts, no character of the number, yet a character the writer typed, so it goes to the ledger as a title's
    part's does (:func:`~.titleblock.trimmed_part`). An item of white space alone stays as it is."""
    out = []
    for t in front:
        if t.text.strip(" \t\u3000") and t.text != t.text.rstrip(" \t\u3000"):
            t, trimmed = trimmed_part(t, ends="end")
            rows.extend(trimmed)
        out.append(t)
    return out


def _korean_title(front: list[Text], titles: list[Text], speaker: Speaker, sections: tuple[Section, ...]
                  ) -> tuple[Text | None, list[Text], tuple[Section, ...]]:
    """The talk's Korean title among its front lines (``title.ko``), the front and the sections without it;
    ``(None, front, sections)`` where there is none. Decision, session 64 (helper title64; issue 16 point 2, fresh-user trial 63b: a Korean manual's
    ``무선 공기청정기 AP-200 사용 설명서`` had been the first of ``front``, its ``title`` null). The line is a Korean title
    line (:func:`~pipeline.segment.titleblock.is_korean_title_line`: no sentence, issuer, name, date, field or numbered
    heading), whole, and:

    * where the block read a Japanese or English title (``titles``), it stands right over the title's first line or
      right under its last, the title printed once per language (a Korean–Japanese notice's
      ``여름 어린이 미술 교실 참가자 모집`` over ``夏休み子ども美術教室参加者募集``, a Korean paper's title over its English);
    * where it read none, the talk is Korean (Korean lines are half its lines with letters or more) and the line is
      the first Korean title line before the first section, only front matter over it (a date, an issuer, a name,
      a document's kind: ``2025년 6월 2일`` / ``대구광역시 수성구 문화관광과`` over a city's notice), no sentence; or,
      with no such line, the heading of the talk's first section where that section is unnumbered, the only one
      unnumbered, and opens the talk (trial 63b's manual: the title over two numbered items its body had held as list
      items had headed the one section): the section is then the titled paper's unheaded body (title ``""``).

    Never a Korean line that reads the speaker's or another front line's ideographs in Korean
    (:func:`~pipeline.segment.titleblock.korean_twin`): that line's twin (``대구광역시 국제교류재단`` over
    ``大邱広域市国際交流財団``), as the title block passes it over (``_pass_korean_twin``)."""
    from pipeline.chardata import is_korean
    from pipeline.korean import read_alike
    from pipeline.segment.talks import is_abstract_heading
    from pipeline.segment.titleblock import is_korean_title_line, korean_twin

    def twin(t: Text) -> bool:
        # (a Korean title that reads the title's ideographs as well, ``대구와 교토의 문화 교류 연구`` over
        # ``大邱と京都の文化交流に関する研究`` under the speaker ``박지훈（대구대학교 문화학과）``, is the title's twin)
        others = [o.text for o in front if o is not t and not is_korean(o.text)]
        if speaker.text is not None:
            others.append(speaker.text.text)
        own = read_alike(t.text, "".join(title.text for title in titles))
        return any(korean_twin(t.text, o) and read_alike(t.text, o) > own for o in others)

    def whole_line(t: Text) -> bool:
        return first_line(t) is not None and first_line(t) == last_line(t)

    body_start = min((ln for s in sections if (ln := first_line(s.heading or s.title) or _first_paragraph_line(s))),
                     default=None)
    candidates = [t for t in front if body_start is None or (first_line(t) or 0) < body_start]
    if titles:
        top = min(ln for t in titles if (ln := first_line(t)) is not None) if any(map(first_line, titles)) else None
        bottom = max(ln for t in titles if (ln := last_line(t)) is not None) if top is not None else None
        if top is None or bottom is None:
            return None, front, sections
        found = next((t for t in candidates if whole_line(t) and first_line(t) in (top - 1, bottom + 1)
                      and is_korean_title_line(t.text) and not twin(t)), None)
    else:
        units = [*front, *(u for s in sections for u in (s.title, *s.paragraphs))]
        lettered = [u for u in units if any(ch.isalpha() for ch in u.text)]
        if not lettered or 2 * sum(is_korean(u.text) for u in lettered) < len(lettered):
            return None, front, sections
        found, prose = None, False
        for t in candidates:
            if is_korean_title_line(t.text):
                found = t if whole_line(t) and not twin(t) else None
                break
            if is_prose(t.text) or t.text.rstrip().endswith((".", "。")):
                prose = True
                break  # running text before any title: the talk prints none (a report opening on its first sentence)
        first = sections[0] if sections else None
        if found is None and not prose and first is not None and first.number is None and first.heading is not None \
                and all(s.number is not None for s in sections[1:]) and whole_line(first.heading) \
                and is_korean_title_line(first.heading.text) and not is_abstract_heading(first.heading.text) \
                and not twin(first.heading) and all(t in candidates or _after_sections(t, sections) for t in front):
            body = replace(first, title=Text.empty(), heading=None)
            return first.heading.strip(), front, (body, *sections[1:])
    if found is None:
        return None, front, sections
    return found.strip(), [t for t in front if t is not found], sections


def _after_sections(t: Text, sections: tuple[Section, ...]) -> bool:
    """``t`` stands under the last section's last line (a notice's foot read as front: helper notice66b)."""
    end = max((ln for s in sections for u in (s.heading, *s.paragraphs) if u is not None
               and (ln := last_line(u)) is not None), default=None)
    return end is not None and (first_line(t) or 0) > end


def _korean_body(front: list[Text], title: Text, closing: tuple[Text, ...]) -> tuple[list[Text], tuple[Section, ...]]:
    """A Korean talk titled in its front (``title.ko``) that read no section: its running text under the title is its
    body, one unheaded section, as :func:`unheaded_body` reads a titled paper's; ``front`` keeps what stands over it
    and the closing lines (``closing``: a notice's foot, its date and issuer). Why (issue 16, helper notice66b after
    fresh-user trial 65d): the Korean title is read after the body is, so a Korean notice with no numbered item had its
    whole text in ``front`` (shape ``text``)."""
    below = last_line(title) or 0
    shut = {t.first_pos() for t in closing}
    opens = next((k for k, t in enumerate(front) if (first_line(t) or 0) > below and t.first_pos() not in shut
                  and is_prose(t.text) and field_line(t.text) is None), None)
    if opens is None:
        return front, ()
    body = [t for t in front[opens:] if t.first_pos() not in shut]
    kept = front[:opens] + [t for t in front[opens:] if t.first_pos() in shut]
    return kept, (Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(body)),)


def _first_paragraph_line(section: Section) -> int | None:
    """The raw line of a section's first paragraph (an unheaded section's body), else ``None``."""
    return next((ln for p in section.paragraphs if (ln := first_line(p)) is not None), None)


def _contact_offices(paper) -> list[tuple[Text, Text]]:  # noqa: ANN001 (sections.Paper)
    """``(office, line)`` for each line of a paper's closing contact block that may name its office: its closing front
    lines (``paper.closing``, the front lines a contact label leads) and its last section where a contact heading
    titles it (``問い合わせ先`` / ``桜川市環境課`` / ``電話 …``: ``sections.contact_block``); ``office`` is the line's view
    after its contact label or heading (``問い合わせ先：桜川市環境課``, ``問い合わせ　みなと台市役所　危機管理課　電話 …``),
    each line short and no sentence (:func:`_issuer_line`), no means of contact alone (``電話 0123-…``)."""
    closing = list(paper.closing)
    # a closing line over a means of contact (``桜川市環境課`` / ``電話 …``), or one a contact's label or heading leads;
    # never a signer's or an issuing organ's line with no contact under it (``安吉县农业农村局`` / its date)
    block = [t for k, t in enumerate(closing) if contact_lead(t.text) is not None or contact_field(t.text) is not None
             or any(contact_line(c.text) for c in closing[k + 1:k + 1 + CONTACT_OFFICE_LINES])]
    block += [t for t in paper.front if t not in paper.closing
              and (contact_lead(t.text) is not None or contact_field(t.text) is not None)]
    if paper.sections and is_contact_heading(paper.sections[-1].title.text):
        block += paper.sections[-1].paragraphs
    out: list[tuple[Text, Text]] = []
    for t in block:
        if not _issuer_line(t.text) or contact_value(t.text.strip()):
            continue
        lead, field = contact_lead(t.text), contact_field(t.text)
        at = lead[1] if lead is not None else t.text.find(field.value) if field is not None and field.value else 0
        if field is not None and lead is None and not is_contact_heading(field.label):
            continue  # a means of contact under its label (``電話 0296-…``), a person in charge (``担当：…``): no office
        out.append((t[at:], t))
    return out


def _issuer_label_city(label: str, texts: list[str]) -> tuple[int, int] | None:
    """The span of the municipality an issuer's label names as its issuer (``みなと台市からのお知らせ``: ``みなと台市``;
    ``港北市教育委員会からのお知らせ``: ``港北市``), else ``None``: the label's name (:func:`~.letters.issuer_label_name`)
    is a municipality whose own words show it a place or that one of ``texts`` names its office (a name of common
    nouns and 市 may be a market's, ``みなと古本市``: :func:`~.titleblock.city_evidence`), or the name is its office
    (:func:`~.titleblock.affiliation_city`). Sudachi may cut such a name inside (``みなと`` + ``台`` + ``市``), so the
    label's own words say where it starts, not :func:`~.organisations.municipalities_in`.

    >>> t = "みなと台市からのお知らせ"; a, b = _issuer_label_city(t, ["みなと台市役所", "危機管理課"]); t[a:b]
    'みなと台市'
    >>> _issuer_label_city(t, ["危機管理課"]), _issuer_label_city("みなと古本市からのお知らせ", ["古本市実行委員会"])
    (None, None)
    >>> t = "港北市教育委員会からのお知らせ"; a, b = _issuer_label_city(t, []); t[a:b]
    '港北市'
    """
    found = issuer_label_name(label)
    if found is None:
        return None
    name = label[found[0]:found[1]]
    if is_municipality(name):
        return found if city_evidence(name, texts) else None
    opens = affiliation_city(name)
    return (found[0] + opens[0], found[0] + opens[1]) if opens is not None else None


def _past_addressee(lines: list[Text], at: int, end: int, front: list[Text]) -> int:
    """Where the body opens past the addressee lines at ``lines[at]`` (:func:`~.organisations.addressee_line`, blank
    lines between allowed), each appended to ``front``; ``at`` where none stands there, or where nothing with text
    follows them (a document of an addressee alone keeps it as its text).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> front = []; _past_addressee(mk("市民の皆様へ", "", "ごみの収集日が変わります。"), 0, 3, front), [t.text for t in front]
    (1, ['市民の皆様へ'])
    >>> _past_addressee(mk("市民の皆様の声", "ごみの収集日が変わります。"), 0, 2, []), _past_addressee(mk("保護者各位"), 0, 1, [])
    (0, 0)
    """
    k, named = at, []
    while k < end and (not lines[k].text.strip() or addressee_line(lines[k].text)):
        if lines[k].text.strip():
            named.append(k)
        k += 1
    if not named or k >= end:
        return at
    front.extend(lines[i] for i in named)
    return named[-1] + 1


def _issuer_line(text: str) -> bool:
    """A front line or a cover's line that may be an issuing office's (``令和7年4月　港南市 危機管理課``): short, no
    sentence, and the place it names is no sentence's subject (``港南市の危機管理課が作成した`` is running text).

    >>> _issuer_line("令和7年4月　港南市 危機管理課"), _issuer_line("港南市の危機管理課が作成した。"), _issuer_line("桐生市 都市計画課")
    (True, False, True)

    The office's address set after it from its postal mark (``発行：みなせ町役場 総務課　〒399-0000　長野県…中央1-1``, a
    town's newsletter's masthead: fresh-user trial 60, 44 characters, where the town went unread) is where the office
    stands, not more of its line: it is not counted.

    >>> _issuer_line("発行：みなせ町役場 総務課\u3000〒399-0000\u3000長野県北みなせ郡みなせ町中央1-1")
    True
    """
    s = text.split("〒")[0].strip()
    return 0 < len(s) <= MAX_ISSUER_LINE and not s.endswith(("。", "．", ".")) \
        and not re.search(f"[{MUNICIPALITY_SUFFIXES}][のはがをにでと]", s)


def _closing_issuer(lines: list[Text]) -> list[Text]:
    """The issuing office's line a Japanese notice closes on, under its date (``令和７年８月１日`` / ``青葉市危機管理課``,
    the sender's lines of a 記書き notice), among the talk's last :data:`CLOSING_ISSUER_REACH` lines with text; none
    where no date stands right over it (a table's last row, a paragraph's last line). Why (helper city57): a notice
    naming its issuer only at its foot had ``city: null``.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in _closing_issuer(mk("避難訓練を行う。", "", "令和７年８月１日", "青葉市危機管理課"))]
    ['青葉市危機管理課']
    >>> _closing_issuer(mk("避難訓練を行う。", "青葉市危機管理課")), _closing_issuer(mk("令和７年８月１日", "大阪市から来た。"))
    ([], [])
    """
    filled = [t for t in lines if t.text.strip()][-CLOSING_ISSUER_REACH:]
    return [t for over, t in zip(filled, filled[1:]) if is_date_line(over.text.strip()) and _issuer_line(t.text)]


CLOSING_ISSUER_REACH = 4
"""Lines with text at a talk's end among which its closing issuer stands (the date, the office, a contact's line or
two: ``担当：防災係``, a telephone number)."""


MAX_ISSUER_LINE = 40
"""Characters an issuing office's line holds at most (a date, the municipality and its department, a section: trial
54b's ``令和7年4月　港南市 危機管理課`` is 17; :func:`~.organisations.is_organisation` reads 40 as a Japanese name's bound)."""


def _without_number(line: Text, block) -> Text:
    """The speaker's line after the talk number printed before it on the line (``第2報告　山田 太郎（青浜市）``, ``Talk 2 —
    Jane Doe, …``): the number is front, never the speaker's (helper front52)."""
    if block.number is None or block.number_line is not None or block.title == block.start:
        return line
    lead = len(line.text) - len(line.text.lstrip())
    rest = line[lead + len(block.number.text):]
    return rest[len(rest.text) - len(rest.text.lstrip(NUMBER_SPEAKER_GLUE)):].strip()


def _number_glued(line: Text, block) -> Text:
    """The talk number printed before the speaker on its line, with what parts them (``Talk 2 —``)."""
    speaker = _without_number(line, block)
    at = speaker.first_pos()
    lead = len(line.text) - len(line.text.lstrip())
    cut = next((k for k in range(len(line.text)) if line[k:k + 1].first_pos() == at), None) if at is not None else None
    return line[lead:cut].strip(" \t") if cut is not None else block.number  # ``　`` kept, as the prefix keeps it


def _line_of(t: Text) -> str:
    pos = t.first_pos()
    return f"line {pos[0]}" if pos else "the title block"


def _lead_over_headline(lines: list[Text], start: int, block: Block, layout: Layout) -> list[Text]:
    """The lines of a news story's dated lead printed right over the block's title, its headline
    (:func:`~pipeline.segment.talks.headline_under_lead`: ``PORTSMOUTH — The city's new harbour ferry …`` over
    ``Harbour Ferry to Launch in September``), among the talk's lines from ``start``; empty where there is none."""
    if block.title is None or block.title <= start:
        return []
    opens = next((i for i in range(start, block.title) if headline_under_lead(lines, i, layout) == block.title), None)
    return lines[opens:block.title] if opens is not None else []


def unheaded_body(paper: Paper, release: bool = False, verse: bool = False, letter: bool = False) -> Paper:
    """A titled paper that prints no heading: its running text is its body, one section with no number, title or
    heading (the shape docs/talk-json.md gives a body without a heading, as a meeting's proceedings have), from its
    first paragraph of running text (:func:`~pipeline.segment.titleblock.is_prose`, no field line:
    :func:`~pipeline.segment.labels.field_line`) to its end; ``front`` keeps only what stands before it (a date, a
    keyword's field under the title block). A paper with a section keeps its front as before (but for a closing
    contact block's, ``問い合わせ先``, ``Press office:``: the body stands before it, helper web55; and in a press release,
    ``release``, its closing headings', ``Notes to editors``, ``About …``, ``会社概要``:
    :func:`~pipeline.segment.events.release_closing_heading`, helper press66), and so does text with no title
    (``shape: text``, its text its ``front``).

    Why (issue 16, helper body50): a talk of plain paragraphs under its title block, as a proceedings volume prints a
    short talk, had its whole text in ``front`` and no section, so a reader of the body found none.

    >>> p = unheaded_body(Paper((Text.inserted("2026年3月"), Text.inserted("港町では毎年夏に夜祭りを開催している。")), (), ()))
    >>> [t.text for t in p.front], [(s.number, s.title.text, s.heading, [t.text for t in s.paragraphs]) for s in p.sections]
    (['2026年3月'], [(None, '', None, ['港町では毎年夏に夜祭りを開催している。'])])
    """
    # (a closing contact block under its heading, ``Press office:`` / ``Lena Ford, …``, is a section after the body,
    # no heading of it: helper web55)
    # (and a press release's (``release``) closing headings after its story, ``Notes to editors``, ``About …``,
    # ``会社概要``: the story is its body, helper press66)
    closing = release_closing_heading if release else is_contact_heading
    # (and the endnotes or references closing an essay or a book's chapter with no heading of its own, ``Notes`` /
    # ``1. See …``: its text is its body, helper abs74 after fresh-user trial 73's chapter printed alone)
    if any(not (closing(s.title.text) or is_notes_heading(s.title.text) or is_references_heading(s.title.text))
           for s in paper.sections):
        return paper
    # a field line (``Mots-clés : foo, bar.``, ``Keywords: …``) ends as a sentence does but is front matter
    # a release's story opens on its dateline where it prints one (dated_story), its subtitle over it no body
    # (no sentence before it: a dateline after the story's first sentence is the story's, no opening, title54's
    # passing ``BERGEN, Norway —``; a subtitle over it ends no sentence, city54's ``Autonomous boats will carry …``)
    opens = None
    for k, t in enumerate(paper.front[:DATELINE_REACH] if release else ()):
        if dateline_city(t.text) is not None:
            opens = k
            break
        if is_prose(t.text) and field_line(t.text) is None and t.text.rstrip()[-1:] in ".!?。！？":
            break
    if opens is None:
        opens = next((k for k, t in enumerate(paper.front) if is_prose(t.text) and field_line(t.text) is None), None)
        # a run of tagged fields (a tender notice's ``【履行場所】…`` / ``【履行期間】…``, labels.tagged_fields) is the
        # notice's body as its running text would be, never front: each field a paragraph of the body (helper news84)
        fields = tagged_fields([t.text for t in paper.front])
        if fields and not release:
            opens = min(fields) if opens is None else min(opens, min(fields))
    if opens is None and verse:
        # verse (``verse``: :func:`~pipeline.segment.paragraphs.vertical_verse`, a vertical text's columns ending on
        # no stop, ragged) ends no sentence, so no line of it reads as prose: its lines from the first Japanese one
        # are the body (decision, issue 16 point 4, helper tate74: jo.pdf's whole poem had been ``front``)
        opens = next((k for k, t in enumerate(paper.front) if has_japanese(t.text) and field_line(t.text) is None), None)
    if opens is None:
        return paper
    # a table's row holding a sentence (a chronology's event, ``1962⇥4月⇥町立図書館として開館。…``) opens the body
    # with its table: the rows over it, its header among them, are the table's, never front (helper jatab82)
    from pipeline.segment.tables import row_cells

    while opens > 0 and row_cells(paper.front[opens].text) is not None and row_cells(paper.front[opens - 1].text) is not None:
        opens -= 1
    # the date and the signer set under the text (a poem's ``大正十三年一月廿日　　宮澤賢治``, an essay's ``令和六年七月一日`` /
    # ``山田太郎``): the document's closing block (``paper.closing``, schema 7), neither a body line nor front before it;
    # a letter's (``letter``: its complimentary close read) stay its body's, for its close and signature go to
    # ``front`` together (letter_close_in_front, decision front68)
    shut = len(paper.front) - (0 if letter else _signature_tail([t.text for t in paper.front[opens:]]))
    # a notice's ``記`` alone over its items, and the letter's closing word right over it (``敬具``), stay ``front``
    # where they stand, as over a notice's numbered items (:func:`notice_body_before_items`, sessions 57/69's decision;
    # helper talks85, fresh-user trial 85a's 回覧板, whose ``記`` had headed a section, then been a paragraph)
    marks = set()
    for k in range(opens + 1, shut):
        if is_items_mark(paper.front[k].text):
            marks.add(k)
            j = k - 1
            while j > opens and is_letter_formula(paper.front[j].text) and not is_prose(paper.front[j].text):
                marks.add(j)
                j -= 1
            break
    body = Section(number=None, level=1, title=Text.empty(),
                   paragraphs=tuple(t for k, t in enumerate(paper.front[opens:shut], opens) if k not in marks))
    return replace(paper, front=(*paper.front[:opens], *(paper.front[k] for k in sorted(marks))),
                   sections=(body, *paper.sections), closing=(*paper.front[shut:], *paper.closing))


MAX_SIGNATURE_TAIL = 2
"""Lines a dated signature under a text with no heading holds at most (:func:`_signature_tail`): the date and the
signer's name, on one line or two."""


def _signature_tail(lines: list[str]) -> int:
    """How many of the last ``lines`` (a text's body, its first line running text) are its dated signature: a date
    and a name parted by white on one line (two spaces or an ideographic one), or the date alone on
    its line with the signer's name alone on the line over or under it; 0 where the text ends otherwise (its last
    line a sentence, a date alone with no name beside it: a diary's entry closes so too, and a name alone: a
    character's line in a play), or where the body would keep no line.

    Why (issue 16 point 2, realdoc77): jo.pdf's poet's date and name stood in ``front`` and a prose text's last
    paragraph held its writer's date and name; a dated signature at a document's end is its closing block.

    >>> _signature_tail(["わたくしといふ現象は", "大正十三年一月廿日　　宮澤賢治"]), _signature_tail(["本文です。", "令和六年七月一日", "山田太郎"])
    (1, 2)
    >>> _signature_tail(["本文です。", "令和六年七月一日"]), _signature_tail(["令和六年七月一日　　山田太郎"]), _signature_tail(["本文です。", "山田太郎"])
    (0, 0, 0)
    """
    if len(lines) < 2:
        return 0
    last = lines[-1].strip()
    parts = re.split(r"\u3000+| {2,}", last, maxsplit=1)
    if len(parts) == 2 and is_date_line(parts[0]) and is_person_name(parts[1].strip()):
        return 1
    if len(lines) < 3:
        return 0
    over = lines[-2].strip()
    if (is_date_line(over) and is_person_name(last)) or (is_date_line(last) and is_person_name(over)):
        return MAX_SIGNATURE_TAIL
    return 0


def _byline_under_kind(front: list[Text]) -> Text | None:
    """The front line that is a maker's byline naming a person (``Compiled by Eleanor Whitfield, Curator of Fine Art``,
    ``Edited by …``, ``Prepared by …``: :func:`~pipeline.segment.names.byline`, the name before any comma in a name's
    shape) right under a line naming the
    document's kind (:func:`~pipeline.segment.events.is_document_kind`: ``Catalogue of the Exhibition``, ``Annual
    Report 2024``), the first such pair in ``front``; else ``None``.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> _byline_under_kind([t("Catalogue of the Exhibition", 7), t("Compiled by Eleanor Whitfield, Curator of Fine Art", 8)]).text
    'Compiled by Eleanor Whitfield, Curator of Fine Art'
    >>> _byline_under_kind([t("Catalogue of the Exhibition", 7), t("Compiled by the Friends of the Museum", 9)]) is None
    True
    """
    from pipeline.segment.events import is_document_kind
    from pipeline.segment.names import byline, name_shaped

    for over, t in zip(front, front[1:]):
        at, under = first_line(over), first_line(t)
        by = byline(t.text)
        if at is not None and under == at + 1 and is_document_kind(over.text) and by \
                and name_shaped(t.text[by:].split(",")[0].strip()):
            return t
    return None


def part_over_byline(paper: Paper, byline: Text | None, over: list[Text]) -> tuple[Paper, Text | None]:
    """``paper`` with its first part read as a section where the talk's speaker line (``byline``) is that part's
    byline, and the heading taken (else ``paper`` as it is and None): the last of the title block's front lines
    (``over``) a heading-shaped line (a short phrase, a heading's mark before it or not) standing right over the
    byline's raw line, ``paper.front`` the part's running text alone, under the byline, before the body's first
    section. The heading titles the new first section (its mark, ``■``, in ``heading`` only), the running text its
    paragraphs; the byline stays the talk's speaker.

    Why (fresh-user trial 74, helper vol74): a company's report (``トップメッセージ`` / ``代表取締役社長　工藤 昭彦`` / the
    message / ``1. 事業の概況`` …) and a society's newsletter (``■ 巻頭言`` / ``会長　佐伯 正和（広島大学）`` / the
    foreword / ``■ 秋季大会報告`` …) had the first part's heading and text in ``front``, the part's byline read as the
    document's speaker, while every later part was a section.

    >>> h, b = Text.from_raw("■ 巻頭言", 4), Text.from_raw("会長　佐伯 正和", 5)
    >>> p = Paper((Text.from_raw("本年度の大会は無事に終了しました。", 6),), (Section(None, 1, Text.from_raw("秋季大会報告", 9), ()),), ())
    >>> q, taken = part_over_byline(p, b, [Text.from_raw("第58号", 2), h])
    >>> [t.text for t in q.front], [(s.title.text, s.heading.text if s.heading else None) for s in q.sections], taken is h
    ([], [('巻頭言', '■ 巻頭言'), ('秋季大会報告', None)], True)
    """
    if byline is None or not over or not paper.sections or not paper.front or (at := first_line(byline)) is None:
        return paper, None
    heading = over[-1]
    if last_line(heading) != at - 1:
        return paper, None
    s = heading.text.strip()
    mark = 1 if s[:1] in HEADING_MARKS else 0
    title = heading.strip()[mark:].strip()
    if not title.text or len(title.text) > MAX_PART_HEADING or is_prose(title.text) or title.text.endswith(("。", ".", "：", ":")) \
            or not all(is_prose(t.text) and (first_line(t) or 0) > at for t in paper.front):
        return paper, None
    # what says it heads a part: the mark a later section's heading opens on (``■ 巻頭言`` over ``■ 秋季大会報告``), or
    # the words of a foreword's or a message's heading (``トップメッセージ``, ``Chair's Statement``): a line of other words
    # over the authors (a session's name, a volume's) is the title block's front, as before
    marked = mark and any(sec.heading is not None and sec.heading.text.strip()[:1] == s[0] for sec in paper.sections)
    if not marked and _FOREWORD.search(title.text) is None:
        return paper, None
    part = Section(number=None, level=paper.sections[0].level, title=title, paragraphs=paper.front,
                   heading=heading.strip() if mark else None)
    return replace(paper, front=(), sections=(part, *paper.sections)), heading


def signed_first_part(paper: Paper, signature: Text | None) -> Paper:
    """``paper`` with its front read as its first section where the front is one part: a foreword's or a greeting's
    heading (:data:`_FOREWORD`, a short line ending no sentence, a heading's mark before it or not: ``会長あいさつ``,
    ``■ ごあいさつ``, ``Chair's Statement``), its running text, and the signature that closes it and names the talk's
    speaker (``signature``, a view of the signature's lines: :func:`greeting_signer`, :func:`~.sections.part_signer`),
    with sections after it. The heading titles the new first section (its mark in ``heading`` only); the text and the
    signature's lines are its paragraphs, as an English foreword's signature stays its part's last paragraphs (rev72).
    Else ``paper`` as it is.

    Why (issue 16 point 2, helper news84, docs/limits.md *Session 83, head83*): a report opening on its chair's greeting
    (``令和7年度　港町観光協会　事業報告書`` / ``会長あいさつ`` / its text / ``会長　山田 一郎`` / ``1．事業の概要`` …) had the
    greeting's heading, text and signature in ``front`` while every later part was a section; a reader sees the
    greeting as the report's first part.

    >>> t = Text.from_raw
    >>> p = Paper((t("会長あいさつ", 3), t("本年もお世話になりました。", 5), t("会長　山田 一郎", 7)),
    ...           (Section("1", 1, t("事業の概要", 9), ()),), ())
    >>> q = signed_first_part(p, t("会長　山田 一郎", 7))
    >>> [(s.title.text, [x.text for x in s.paragraphs]) for s in q.sections], q.front
    ([('会長あいさつ', ['本年もお世話になりました。', '会長　山田 一郎']), ('事業の概要', [])], ())
    >>> signed_first_part(p, t("会長　山田 一郎", 12)) is p  # a signature elsewhere: no part of the front's
    True
    """
    if signature is None or len(paper.front) < 3 or not paper.sections:
        return paper
    first, last = first_line(signature), last_line(signature)
    heading, rest = paper.front[0], paper.front[1:]
    if first is None or last is None or (first_line(heading) or last) >= first:
        return paper
    s = heading.text.strip()
    mark = 1 if s[:1] in HEADING_MARKS else 0
    title = heading.strip()[mark:].strip()
    if not title.text or len(title.text) > MAX_PART_HEADING or _FOREWORD.search(title.text) is None \
            or is_sentence_end(title.text):
        return paper
    # the text, then the signature's lines closing the front: nothing else in it
    signed = [first <= (first_line(t) or -1) <= last for t in rest]
    at = signed.index(True) if True in signed else 0
    if not at or not all(signed[at:]) or not all(is_prose(t.text) for t in rest[:at]):
        return paper
    part = Section(number=None, level=paper.sections[0].level, title=title, paragraphs=rest,
                   heading=heading.strip() if mark else None)
    return replace(paper, front=(), sections=(part, *paper.sections))


def greeting_signer(body: list[Text]) -> tuple[int, int, Speaker] | None:
    """The signer of a Japanese report's greeting or message that opens its text (``代表理事あいさつ``, ``会長挨拶``,
    ``トップメッセージ``: :data:`_FOREWORD`, a short line ending no sentence), signed at its end by a post and a name on
    one line right under its last sentence (``代表理事　佐久間 忠彦``: :func:`~pipeline.names.speaker_split`), a
    heading or nothing under the signature: ``(line, line past it, Speaker)``, the post the speaker's affiliation, the
    name its name (views of the line, which stays where it stands), else ``None``. Only running text stands between
    the greeting's heading and its signature.

    Why (issue 16, fresh-user trial 74e): an NPO's annual report opening on its chair's greeting had no speaker; an
    English foreword's signer was read (:func:`~pipeline.segment.sections.part_signer`), a Japanese one not. A post and
    name under a sentence with no greeting's heading over it (a notice's officer) is left to the closing signature's
    rule, and a greeting with no name under it (``理事会一同``) gives none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = greeting_signer(mk("代表理事あいさつ", "今年度もお世話になりました。", "理事長　山田 太郎", "１．法人の概要", "名称　…"))
    >>> sp.name.text, sp.affiliation.text
    ('山田 太郎', '理事長')
    >>> greeting_signer(mk("活動の記録", "今年度もお世話になりました。", "理事長　山田 太郎", "１．法人の概要")) is None
    True
    """
    head = next((k for k, t in enumerate(body) if t.text.strip()), None)
    if head is None:
        return None
    title = body[head].text.strip()
    if len(title) > MAX_PART_HEADING or _FOREWORD.search(title) is None or is_sentence_end(title):
        return None
    for i in range(head + 2, len(body)):
        text = body[i].text
        if speaker_split(text) is not None and is_sentence_end(body[i - 1].text) \
                and (i + 1 == len(body) or not is_sentence_end(body[i + 1].text)):
            return i, i + 1, speaker_of([body[i]])
        if not is_prose(text):
            return None
    return None


MAX_PART_HEADING = 20
"""Characters a first part's heading has at most (:func:`part_over_byline`): ``トップメッセージ``, ``巻頭言``,
``Chair's Statement``."""
_FOREWORD = re.compile(r"(?:メッセージ|あいさつ|挨拶|巻頭言|はじめに|Message|Statement|Foreword|Welcome|Preface)$", re.IGNORECASE)
"""A foreword's or a message's heading by its last word (``トップメッセージ``, ``社長メッセージ``, ``会長あいさつ``,
``巻頭言``, ``Chair's Statement``, ``Foreword``)."""


_POINTS_TO_ITEMS = re.compile(r"下記|次のとおり|次の通り|以下のとおり|以下の通り")
"""A notice's words pointing at its items below (``下記のとおり``, ``次のとおり``, ``以下の通り``)."""


_KANJI_ITEM = re.compile(r"^[ \u3000]*一[、，][ \u3000]*\S")
"""A notice's item under ``記`` marked ``一、`` (each item so, never counted: ``一、日時　…``, ``一、場所　…``)."""


def kanji_marked_items(paper: Paper, layout: Layout | None) -> Paper:
    """``paper`` with a notice's items each marked ``一、`` (:data:`_KANJI_ITEM`, a run of two or more sections so
    headed, one right after the other) read as the marks they are: no count, so each item's ``number`` is null (the
    solver had read every ``一`` as 1); and the text after the last item set apart from it where a blank line parts
    them: an untitled section of its own after the items (number, heading null, title ``""``), as the text before
    ``記`` is. The item keeps the lines of its own block (its value wrapped under it, ``一、式場　札幌市…`` /
    ``　やすらぎ会館 中央ホール``). A PDF's lines (no blank lines) keep their sections as read.

    Why (issue 16 point 2, helper notice74 after fresh-user trial 73d): an obituary's or a ceremony notice's last item
    (``一、喪主　岩崎 美智子（妻）``) had held the rest of the notice, its mourners, the deceased's life and its
    closing lines, as the item's paragraphs; and each item was numbered ``"1"``.

    >>> from pipeline.model import LineLayout
    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> items = [Section(number="1", level=1, title=t("日時", 1)[0:2], paragraphs=(t("三月五日", 1),), heading=t("一、日時", 1)),
    ...          Section(number="1", level=1, title=t("喪主", 2)[0:2], paragraphs=(t("山本 和子", 2), t("なお、ご辞退申し上げます。", 4)),
    ...                  heading=t("一、喪主", 2))]
    >>> lay = Layout(tuple(LineLayout() for _ in range(4)), (3,))
    >>> [(s.number, s.heading.text if s.heading else None, [p.text for p in s.paragraphs]) for s in kanji_marked_items(Paper((), tuple(items), ()), lay).sections]
    [(None, '一、日時', ['三月五日']), (None, '一、喪主', ['山本 和子']), (None, None, ['なお、ご辞退申し上げます。'])]
    """
    sections = list(paper.sections)
    if len(sections) < 2:
        return paper
    marked = [k for k, sec in enumerate(sections) if sec.heading is not None and _KANJI_ITEM.match(sec.heading.text)]
    if len(marked) < 2 or marked[-1] - 1 not in marked:
        return paper
    for k in marked:
        if k - 1 in marked or k + 1 in marked:
            sections[k] = replace(sections[k], number=None)
    if layout is None:
        return replace(paper, sections=tuple(sections))
    k = marked[-1]
    last = sections[k]
    paragraphs = last.paragraphs
    inside = {j for first, rows in (*last.tables, *last.listings) for j in range(first + 1, first + rows)}
    cut = next((j for j in range(1, len(paragraphs)) if j not in inside
                and layout.blank_between_texts(paragraphs[j - 1], paragraphs[j])), None)
    if cut is None:
        return replace(paper, sections=tuple(sections))

    def moved(spans: tuple[tuple[int, int], ...], keep: bool) -> tuple[tuple[int, int], ...]:
        return tuple((first if keep else first - cut, rows) for first, rows in spans if (first < cut) == keep)

    sections[k] = replace(last, paragraphs=paragraphs[:cut], tables=moved(last.tables, True),
                          listings=moved(last.listings, True))
    after = Section(number=None, level=1, title=Text.empty(), paragraphs=paragraphs[cut:], heading=None,
                    tables=moved(last.tables, False), listings=moved(last.listings, False))
    sections.insert(k + 1, after)
    return replace(paper, sections=tuple(sections))


_POINTS_ON = ("。", "：", ":", "．")
"""How the text over a list of items ends: a sentence (``…次の事項を決定しました。``) or a colon before them."""


def items_as_list(paper: Paper) -> Paper:
    """``paper`` with a run of numbered subsections that head nothing read as the list of short items it is: two or
    more in a row, numbered on from 1 (``一、…`` ``二、…`` ``三、…``), each one line with no paragraph under it but the
    last, right under a section of a higher level whose last paragraph ends a sentence or a colon over them
    (``九月二十五日に役員会を開き、次の事項を決定しました。``). Each item's line becomes a paragraph of that section, in
    order, and the last item's paragraphs follow them there: the sentence after a list is the section's, not its last
    item's. Anything else is returned as it is.

    Why (issue 16 point 2, session 75, helper notice75 after fresh-user trial 75b): a newsletter's ``一、支所長に…を
    選任`` / ``二、…`` / ``三、…`` had been level-2 sections with no text, and the next sentence (``組合長の…は「…」と述べ
    ました。``) a paragraph of item 3. A heading heads text; items with none under them are a list. A notice's
    ``一、日時`` over its value keeps its section (it heads a paragraph).

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> head = Section(number=None, level=1, title=t("報告", 1), paragraphs=(t("次の事項を決定しました。", 2),))
    >>> items = [Section(number=str(k), level=2, title=t(x, k + 2)[2:], paragraphs=(), heading=t(x, k + 2))
    ...          for k, x in enumerate(("一、支所長を選任", "二、部長を承認"), 1)]
    >>> items[-1] = replace(items[-1], paragraphs=(t("組合長は述べました。", 5),))
    >>> [(s.title.text, [p.text for p in s.paragraphs]) for s in items_as_list(Paper((), (head, *items), ())).sections]
    [('報告', ['次の事項を決定しました。', '一、支所長を選任', '二、部長を承認', '組合長は述べました。'])]
    """
    if any(s.parallel is not None for s in paper.sections):
        return paper  # a bilingual paper's sections point at each other by index: kept as read
    sections = list(paper.sections)
    k = 1
    changed = False
    while k < len(sections):
        parent = sections[k - 1]
        run = k
        while run < len(sections) and sections[run].number == str(run - k + 1) and sections[run].heading is not None \
                and sections[run].level > parent.level and not sections[run].tables and not sections[run].listings \
                and (run == k or sections[run].level == sections[k].level):
            run += 1
        items = sections[k:run]
        after = sections[run] if run < len(sections) else None
        if len(items) < 2 or any(s.paragraphs for s in items[:-1]) or not parent.paragraphs \
                or not parent.paragraphs[-1].text.rstrip().endswith(_POINTS_ON) \
                or (after is not None and after.level > parent.level) or parent.tables or parent.listings:
            k += 1
            continue
        lines = tuple(s.heading for s in items) + items[-1].paragraphs
        sections[k - 1:run] = [replace(parent, paragraphs=parent.paragraphs + lines)]
        changed = True
    return replace(paper, sections=tuple(sections)) if changed else paper


def notice_items_end(paragraphs: list[Text]) -> int | None:
    """The index of the ``以上`` (:data:`~.sections._BODY_END`, alone on its line) that closes a Japanese notice's items
    under its ``記`` (:func:`~.labels.is_items_mark`) where a part of the document's own follows it: running text (a
    line of prose ending a sentence, :func:`~.titleblock.is_prose`) stands after it. ``None`` for a notice whose
    ``以上`` closes it (its signer, its contact, its date under it) or that has no ``記`` or no ``以上`` under it.

    Why (issue 16, fresh-user trial 84a, helper notice84): a 株主総会招集通知 sets its letter, ``記``, its items and
    ``以上``, then its 株主総会参考書類, whose motions (``第1号議案　…``) head sections; read as one paper, the items
    over the first motion had all gone to ``front``, after the letter's text in nothing but line numbers, and the
    letter's text had followed them as the body. The ``以上`` is where 公用文 ends the notice proper.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> notice_items_end(mk("開催します。", "記", "１．日時　5月1日", "以上", "参考書類", "第1号議案　剰余金の件", "期末配当は、1株につき30円といたしたいと存じます。"))
    3
    >>> notice_items_end(mk("開催します。", "記", "１．日時　5月1日", "以上", "問い合わせ先　総務課", "電話 03-1234-5678"))
    >>> notice_items_end(mk("開催します。", "１．日時　5月1日", "以上", "参考書類", "期末配当は、1株につき30円といたしたいと存じます。"))  # no 記
    """
    mark = next((k for k, t in enumerate(paragraphs) if is_items_mark(t.text)), None)
    if mark is None:
        return None
    end = next((k for k in range(mark + 1, len(paragraphs)) if closing_mark(paragraphs[k].text)
                and not end_mark(paragraphs[k].text)), None)
    if end is None or end - mark < 2:
        return None
    after = [t.text.strip() for t in paragraphs[end + 1:]]
    if not any(is_prose(t) and t.endswith(("。", "）", ")")) and field_line(t) is None for t in after):
        return None
    return end


def part_after_items(notice: Paper, part: Paper) -> Paper:
    """The paper of a notice read up to its items' ``以上`` (``notice``) and of the part after it (``part``,
    :func:`notice_items_end`), in the document's order: the notice's front, sections and closing mark, then the part.
    The part's title (its first ``front`` line, a short line that is no sentence: ``株主総会参考書類``) heads a level-1
    section holding its other front lines, its sections one level under it (the motions of the papers under the
    papers' title); a part with no such line adds its sections as they are, its front lines an untitled section.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> notice = Paper((t("記", 2),), (Section("1", 1, t("日時", 3), (t("5月1日", 3),)),), (), (t("以上", 4),))
    >>> motion = Section("1", 1, t("剰余金の件", 6), (t("配当します。", 7),))
    >>> p = part_after_items(notice, Paper((t("参考書類", 5),), (motion,), ()))
    >>> [x.text for x in p.front], [(s.level, s.title.text) for s in p.sections]
    (['記', '以上'], [(1, '日時'), (1, '参考書類'), (2, '剰余金の件')])
    """
    head = [x for x in part.front if x.text.strip()]
    sections = list(part.sections)
    if head and not is_prose(head[0].text) and len(head[0].text.strip()) <= 30:
        title = head[0].strip()
        sections = [Section(None, 1, title, tuple(head[1:]), heading=title),
                    *(replace(s, level=s.level + 1) for s in sections)]
    elif head:
        sections = [Section(None, 1, Text.empty(), tuple(head)), *sections]
    return replace(notice, front=tuple((*notice.front, *notice.closing)), sections=(*notice.sections, *sections),
                   hints=(*notice.hints, *part.hints), closing=part.closing)


def notice_numbered_items(paper: Paper) -> Paper:
    """``paper`` with a Japanese notice's numbered items (:func:`~.sections.notice_items`: ``1. 燃やすごみは、…``,
    ``（１）…``, one a paragraph, numbered from 1 in a row) read as its numbered sections where they close either the
    body with no heading (:func:`unheaded_body`), running text over them that points at them (``下記のとおり``,
    ``次のとおり``, ``以下のとおり``: :data:`_POINTS_TO_ITEMS`), or a section headed by ``記`` alone; that ``記`` goes to
    ``front`` as it does where its items head sections of their own, so :func:`notice_body_before_items` reads the text
    over it. Anything else is returned as it is.

    Why (issue 16 point 2, fresh-user trial 68e, helper fix69c): a notice's items after its text are its items whether
    or not ``記`` stands over them; sentences numbered ``1.``–``3.`` with no ``記`` had stayed the body's paragraphs, and
    with one the ``記`` had headed a section holding them and the text over it had stayed ``front``.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> body = Section(number=None, level=1, title=Text.empty(), paragraphs=(t("下記のとおり変更します。", 3), t("1. 月曜日に収集します。", 5), t("2. 木曜日に収集します。", 6)))
    >>> [(s.number, [x.text for x in s.paragraphs]) for s in notice_numbered_items(Paper((), (body,), ())).sections]
    [(None, ['下記のとおり変更します。']), ('1', ['月曜日に収集します。']), ('2', ['木曜日に収集します。'])]
    >>> plain = replace(body, paragraphs=(t("変更します。", 3), *body.paragraphs[1:]))
    >>> notice_numbered_items(Paper((), (plain,), ())).sections == (plain,)  # nothing points at them
    True
    """
    for at, section in enumerate(paper.sections):
        if section.number is not None or section.tables or section.listings:
            continue
        marked = section.heading is not None and is_items_mark(section.heading.text)
        unheaded = section.heading is None and not section.title.text
        if not (marked or unheaded):
            continue
        first = next((k for k, p in enumerate(section.paragraphs) if (notice_item_number(p.text) or (0,))[0] == 1), None)
        if first is None or (marked and first > 0) or (unheaded and (
                first == 0 or not any(_POINTS_TO_ITEMS.search(p.text) for p in section.paragraphs[:first]))):
            continue
        items = notice_items(section.paragraphs[first:])
        if items is None:
            continue
        kept = (replace(section, paragraphs=section.paragraphs[:first]),) if first else ()
        front = tuple(sorted((*paper.front, section.heading), key=lambda t: first_line(t) or 0)) if marked else paper.front
        return replace(paper, front=front, sections=(*paper.sections[:at], *kept, *items, *paper.sections[at + 1:]))
    return paper


def _post_over_name(post: Text, name: Text, speaker: Speaker) -> bool:
    """``post``, a Japanese line that is a post alone (ending on a job title, ``…中学校長``, ``…教育委員会教育長``; no
    contact's ``担当``, no sentence's or field's mark), stands right over ``name``, the first line of ``speaker``, which
    names a person and no affiliation: the two lines are one signer's.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> sp = speaker_of([t("佐藤　一郎", 6)])
    >>> _post_over_name(t("みどり野市立みどり野中学校長", 5), t("佐藤　一郎", 6), sp), _post_over_name(t("修学旅行について", 5), t("佐藤　一郎", 6), sp)
    (True, False)
    >>> _post_over_name(t("みどり野市立みどり野中学校長", 4), t("佐藤　一郎", 6), sp)  # a blank line between
    False
    """
    from pipeline.names import ends_with_job_title

    s = post.text.strip(" \u3000\t")
    return speaker.name is not None and speaker.affiliation is None and script_of(s) == JA \
        and first_line(post) is not None and first_line(name) == first_line(post) + 1 \
        and ends_with_job_title(s) and not s.startswith("担当") and not any(c in s for c in "、，。：:　 ")


def notice_body_before_items(paper: Paper) -> Paper:
    """``paper``, a Japanese notice's whose items under ``記`` are its sections, with the running text over the ``記``
    (its greeting and its ``下記のとおり…`` sentence) as its body: one section with no number, title or heading before
    the items, as :func:`unheaded_body` reads a paper with no heading. The body is the run of running text
    (:func:`~.titleblock.is_prose`, no field line) right over the mark, past a letter's closing word (``敬具``), a date
    and a signer (``令和7年2月10日`` / ``緑川市長　佐藤 一郎``) standing between it and the mark, all of which stay
    ``front`` with the mark, the addressee and the title block, as does a contact's line there (``担当　佐藤 一郎``,
    ``連絡先：…``: :func:`~.contacts.contact_line`, helper fix69c). A ``paper`` with an unheaded section already, or no ``記``
    in its ``front`` over its first section, is returned as it is.

    Why (decision, issue 16 point 2, helper news69; helper front68 had left it open): the notice's text before ``記``
    had stayed ``front``, among the head's lines, where a reader of the body found only the items.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> item = Section(number="1", level=1, title=t("日時", 6), paragraphs=(t("5月1日", 6),))
    >>> p = notice_body_before_items(Paper((t("市民の皆様へ", 1), t("下記のとおり行います。", 2), t("敬具", 3), t("記", 5)), (item,), ()))
    >>> [x.text for x in p.front], [(s.number, [x.text for x in s.paragraphs]) for s in p.sections]
    (['市民の皆様へ', '敬具', '記'], [(None, ['下記のとおり行います。']), ('1', ['5月1日'])])
    """
    if not paper.sections or any(not s.title.text and s.heading is None for s in paper.sections):
        return paper
    opens = first_line(paper.sections[0].heading or paper.sections[0].title) or 0
    marks = [k for k, t in enumerate(paper.front) if is_items_mark(t.text) and (first_line(t) or 0) < opens]
    if not marks:
        return paper
    k = marks[0] - 1
    # past the letter's close, the signature and whom to ask between the text and the mark (they stay front; a
    # contact's person or office, ``担当　佐藤 一郎``, ``問い合わせ先　…``, ``連絡先：…``, with its telephone under it:
    # helper fix69c, fix68n's ``n5`` whose text had stayed front)
    while k >= 0 and not is_prose(paper.front[k].text) and (
            is_letter_formula(paper.front[k].text) or is_date_line(paper.front[k].text)
            or speaker_split(paper.front[k].text) is not None or is_organisation(paper.front[k].text.strip())
            or contact_line(paper.front[k].text) or is_contact_heading(paper.front[k].text.strip())):
        k -= 1
    end = k + 1
    while k >= 0 and is_prose(paper.front[k].text) and field_line(paper.front[k].text) is None:
        k -= 1
    body = paper.front[k + 1:end]
    if not body:
        return paper
    section = Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(body))
    return replace(paper, front=paper.front[:k + 1] + paper.front[end:], sections=(section, *paper.sections))


def release_lead_before_items(paper: Paper) -> Paper:
    """``paper``, a press release's whose items (``１．日時``, ``２．場所``; ``1. Date``) are its numbered sections, with
    its lead (the running text under its headline that says what is announced: ``みなと市では、…を実施します。参加を
    希望される方は、下記によりお申し込みください。``) as its body's first section, no number, title or heading, as
    :func:`notice_body_before_items` reads a notice's text over its ``記``. The lead is the run of ``front`` paragraphs
    of running text (:func:`~.titleblock.is_prose`, no field line) that each end a sentence and stand last in
    ``front`` before the first section opens (no other front line between them and it). A ``paper`` with an unheaded
    section already, no numbered first section, or no such run (a lead that is a date alone, ``令和7年12月15日``: a
    field, no sentence) is returned as it is.

    Why (decision, issue 16 point 2, fresh-user trial 70b ``a07_press.txt``, helper fix70f): the release's lead had
    stayed ``front`` among its label, date and issuing office, and its sections opened at ``日時``; a release with no
    items already had its lead as its body (:func:`unheaded_body`).

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> item = Section(number="1", level=1, title=t("日時", 6), paragraphs=(t("12月14日", 7),), heading=t("１．日時", 6))
    >>> p = release_lead_before_items(Paper((t("報道発表資料", 1), t("海岸清掃を実施します。", 4)), (item,), ()))
    >>> [x.text for x in p.front], [(s.number, [x.text for x in s.paragraphs]) for s in p.sections]
    (['報道発表資料'], [(None, ['海岸清掃を実施します。']), ('1', ['12月14日'])])
    >>> release_lead_before_items(Paper((t("報道発表資料", 1), t("令和7年12月15日", 4)), (item,), ())).front[1].text
    '令和7年12月15日'
    """
    if not paper.sections or any(not s.title.text and s.heading is None for s in paper.sections) \
            or paper.sections[0].number is None:
        return paper
    opens = first_line(paper.sections[0].heading or paper.sections[0].title)
    if opens is None:
        return paper
    before = [k for k, t in enumerate(paper.front) if (first_line(t) or 0) < opens]
    if not before or before != list(range(len(before))):
        return paper  # (front lines out of raw order: not read)
    k = before[-1]
    end = k + 1
    while k >= 0 and is_prose(paper.front[k].text) and field_line(paper.front[k].text) is None \
            and paper.front[k].text.rstrip()[-1:] in ".!?。！？" and not is_date_line(paper.front[k].text):
        k -= 1
    lead = paper.front[k + 1:end]
    if not lead:
        return paper
    section = Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(lead))
    return replace(paper, front=paper.front[:k + 1] + paper.front[end:], sections=(section, *paper.sections))


def letter_close_in_front(paper: Paper, close_line: int | None) -> Paper:
    """``paper``, an untitled letter's, whose text :func:`unheaded_body` made its first section (no number, title or
    heading), with that section's paragraphs from the raw line ``close_line`` on (the complimentary close, ``Kind
    regards,`` / ``敬具``, and the signature under it) given back to ``front``: the letter's body ends on its close.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> body = Section(number=None, level=1, title=Text.empty(), paragraphs=(t("We ask for repairs.", 5), t("Kind regards,", 7), t("Ann Lee", 8)))
    >>> p = letter_close_in_front(Paper((t("Dear Sir,", 3),), (body,), ()), 7)
    >>> [x.text for x in p.front], [[x.text for x in s.paragraphs] for s in p.sections]
    (['Dear Sir,', 'Kind regards,', 'Ann Lee'], [['We ask for repairs.']])
    """
    if close_line is None or not paper.sections:
        return paper
    body = paper.sections[0]
    kept = tuple(t for t in body.paragraphs if (first_line(t) or 0) < close_line)
    if not kept:
        return paper  # no running text over the close: the letter keeps its text in front, as before
    closing = tuple(t for t in body.paragraphs if t not in kept)
    return replace(paper, front=paper.front + closing, sections=(replace(body, paragraphs=kept), *paper.sections[1:]))


def timetable_body(paper: Paper, start: Text, last: Text) -> Paper:
    """A titled event's paper whose body is its timetable (:func:`~pipeline.segment.programme.timetable`) from its
    first line ``start``: what stands before that line is ``front`` (the event's date and venue, a heading read there
    included, as its line), the timetable and what follows one section with no number, title or heading, the later
    sections kept; ``last``, the timetable's last line: a closing block read inside it (``Moderator: …`` under the
    last slot) is its entry. Why (fresh-user trial 60): the first slots had stayed front, the body opening at the first line
    that read as running text (``Chair: …``), and a date and venue line over the slots had headed the body.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> p = timetable_body(Paper((t("14 May", 2), t("09:00  Opening", 3)), (), ()), t("09:00  Opening", 3), t("09:00  Opening", 3))
    >>> [x.text for x in p.front], [[x.text for x in s.paragraphs] for s in p.sections]
    (['14 May'], [['09:00  Opening']])
    """
    at = start.first_pos() or (0, 0)
    front, opening, kept = list(paper.front), [], []
    seen = any(x.first_pos() == at for x in front)  # the timetable opens among the front's lines
    for section in paper.sections:
        if seen:
            kept.append(section)  # a later section (a day's heading over its slots) as read
            continue
        if section.tables or section.listings:
            return paper  # a table's or a program listing's rows: kept as read
        for x in ([section.heading] if section.heading is not None else []) + list(section.paragraphs):
            after = (x.first_pos() or (0, 0)) >= at
            (opening if after else front).append(x)
            seen = seen or after
    moved = [x for x in front if (x.first_pos() or (0, 0)) >= at]
    front = [x for x in front if (x.first_pos() or (0, 0)) < at]
    if kept and not opening and kept[0].number is None and kept[0].heading is None and not kept[0].title.text \
            and not kept[0].tables and not kept[0].listings:
        # the unheaded body split_paper opened at the first line it read as running text (``Chair: …``)
        opening, kept = list(kept[0].paragraphs), kept[1:]
    end = last.first_pos() or at
    inside = [x for x in paper.closing if at <= (x.first_pos() or (0, 0)) <= end]
    entries = sorted(moved + opening + inside, key=lambda x: x.first_pos() or (0, 0))
    # a later day's section as read (``Friday 15 May`` over its slots): its sessions read as the first day's are
    # (session 85, helper minutes85, fresh-user trial 84b: the second day's sessions had been its plain lines)
    kept = [x for section in kept for x in (
        _session_sections([section.heading, *section.paragraphs]) if section.heading is not None
        and section.number is None and day_heading(section.heading.text) and not section.tables
        and not section.listings else (section,))]
    return replace(paper, front=tuple(front), sections=_session_sections(entries) + tuple(kept),
                   closing=tuple(x for x in paper.closing if x not in inside))


def _session_sections(entries: list[Text]) -> tuple[Section, ...]:
    """A timetable's entries as sections: each session's heading (:func:`~.titleblock.session_heading`:
    ``セッション１　港と市民　Session 1: Ports and Citizens``, ``Session B: Drinking Water``) heads a section of its own
    (title and heading its line, no number: the session's label stays in its title), its chair's line and slots
    its paragraphs; the entries before the first session (a day's opening) are one section with no number, title or
    heading. Decision (fresh-user trial 67b): a programme's sessions are read alike, each a section with its heading,
    where the first session's heading and chair had been front and the second's plain entries.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> ss = _session_sections([t("09:30  Opening", 1), t("Session 1: Ports", 2), t("Chair: A. Lee", 3), t("10:00  Tides", 4)])
    >>> [(s.title.text, [x.text for x in s.paragraphs]) for s in ss]
    [('', ['09:30  Opening']), ('Session 1: Ports', ['Chair: A. Lee', '10:00  Tides'])]
    """
    groups: list[tuple[Text | None, list[Text]]] = [(None, [])]
    titles: list[Text | None] = [None]
    for k, x in enumerate(entries):
        # a day's heading (``Day 2``, ``Friday 13 June``) heads its day's part as a session's does its session (helper
        # prog73, fresh-user trial 73c: it had been the last paragraph of the day before's last session)
        if session_heading(x.text.strip()) or day_heading(x.text):
            groups.append((x.strip(), []))
            titles.append(x.strip())
        elif (timed := _timed_session(x)) is not None and _holds_slots(x, entries[k + 1:]):
            # a session's heading after its time span (``09:00–10:30  Session 1: Wave Loads``) over the timed slots
            # of its talks: the session's heading all the same, titled by the words after the time, the whole line
            # its heading (session 85, helper minutes85, fresh-user trial 84b: such sessions had been plain lines of
            # their day's section); a session's slot with no slots inside its span (``10:15  Parallel Session A``
            # over its coded items) stays a slot, as city72's running order reads it
            groups.append((x.strip(), []))
            titles.append(timed)
        else:
            groups[-1][1].append(x)
    sections: list[Section] = []
    day = False  # a day's heading came: the sessions under it are its subsections, level 2 (helper deck74)
    for (heading, paragraphs), title in zip(groups, titles):
        day = heading is not None and day_heading(heading.text) or day and heading is not None \
            and not day_heading(heading.text)
        level = 2 if day and heading is not None and not day_heading(heading.text) else 1
        # a programme of sessions keeps each session one section, its chair's line and slots its paragraphs (trial
        # 67b's decision, tests/test_fix67a.py); only a running order of no session has its slots as sections (city72)
        slots = _slot_sections(paragraphs) if len(groups) == 1 else None
        if slots is not None:
            if heading is not None:
                sections.append(Section(number=None, level=1, title=heading, heading=heading, paragraphs=()))
            sections += slots
        elif heading is not None or paragraphs:
            sections.append(Section(number=None, level=level, title=title if title is not None else Text.empty(),
                                    heading=heading, paragraphs=tuple(paragraphs)))
    return tuple(sections)


_SPAN = re.compile(r"^\s*(?P<h>[0-9]{1,2})[:.](?P<m>[0-9]{2})\s*[–—~\-]\s*(?P<h2>[0-9]{1,2})[:.](?P<m2>[0-9]{2})")
_CLOCK = re.compile(r"^\s*(?P<h>[0-9]{1,2})[:.](?P<m>[0-9]{2})(?![0-9])")


def _holds_slots(x: Text, after: list[Text]) -> bool:
    """``x`` opens on a time span (``09:00–10:30``) and a slot among the lines ``after`` it, before the next span,
    starts inside that span (``09:30  Uncertainty in …``): the span holds its talks' own slots, as a session does.

    >>> t = lambda s: Text.from_raw(s, 1)
    >>> _holds_slots(t("09:00–10:30  Session 1: Waves"), [t("Chair: A. Lee"), t("09:00  Tides"), t("09:30  Docks")])
    True
    >>> _holds_slots(t("10:15  Parallel Session A"), [t("A1  Tides")]), _holds_slots(t("09:00–10:30  Session 1"), [t("A1  Tides")])
    (False, False)
    """
    m = _SPAN.match(x.text)
    if m is None:
        return False
    start, end = int(m["h"]) * 60 + int(m["m"]), int(m["h2"]) * 60 + int(m["m2"])
    for y in after:
        if _SPAN.match(y.text) is not None:
            return False
        if (c := _CLOCK.match(y.text)) is not None:
            return start <= int(c["h"]) * 60 + int(c["m"]) < end
    return False


def _timed_session(x: Text) -> Text | None:
    """The session's heading after a slot's time on ``x`` (``09:00–10:30  Session 1: Wave Loads on Structures`` →
    ``Session 1: Wave Loads on Structures``: :func:`~.titleblock.session_heading` read after :func:`_slot_item`),
    else ``None``.

    >>> _timed_session(Text.from_raw("09:00–10:30  Session 1: Wave Loads on Structures", 1)).text
    'Session 1: Wave Loads on Structures'
    >>> _timed_session(Text.from_raw("10:30–11:00  Coffee break (Foyer)", 1)) is None
    True
    """
    line = x.strip()
    at = _slot_item(line.text)
    if at is None or not session_heading(line.text[at:].strip()):
        return None
    return line[at:].strip()


MIN_SLOTS_OVER_LINES = 2
"""Time slots with a line of their own under them (a speaker's) that make a timetable's slots its sections."""


def _slot_item(text: str) -> int | None:
    """Where a timetable slot's item starts on its line (``13:10　基調講演「流域治水の考え方」`` → 6), else ``None``."""
    lead = len(text) - len(text.lstrip())
    m = timed_slot_prefix(text[lead:])
    return lead + m if m is not None else None


def _slot_sections(entries: list[Text]) -> list[Section] | None:
    """A timetable's slots as sections where :data:`MIN_SLOTS_OVER_LINES` of them or more have lines under them (each
    talk's speaker: ``13:10　基調講演「流域治水の考え方」`` / ``　　　東都大学 教授　高橋 誠一``): each slot heads a section,
    its title the item after the time (a view; the time stays in ``heading``, the whole line), the lines under it up
    to the next slot its paragraphs (its speaker's line first, read by ``structure``); a slot with none under it
    (``12:30　受付開始``, ``15:10　休憩（20分）``) is a section of its heading alone. Entries before the first slot stay
    one unheaded section. Else ``None``: a bare running order (book60's rows, no line under any slot) stays one section
    of its lines. Decision (issue 16 point 2, helper city72 after fresh-user trial 72c): the Japanese programme's one
    section had an empty title and no slot its speaker; a timetable is still ONE document (book60), its slots the
    document's visible parts, as a newsletter's articles are its sections."""
    starts = [k for k, x in enumerate(entries) if _slot_item(x.text) is not None]
    under = sum(1 for a, b in zip(starts, starts[1:] + [len(entries)]) if b > a + 1)
    if len(starts) < 2 or under < MIN_SLOTS_OVER_LINES:
        return None
    out = []
    if starts[0] > 0:
        out.append(Section(number=None, level=1, title=Text.empty(), heading=None, paragraphs=tuple(entries[:starts[0]])))
    for a, b in zip(starts, starts[1:] + [len(entries)]):
        line = entries[a].strip()
        at = _slot_item(line.text)
        out.append(Section(number=None, level=1, title=line[at:], heading=line, paragraphs=tuple(entries[a + 1:b])))
    return out


DATELINE_REACH = 3
"""Front paragraphs (from the first) among which a news dateline opens the story (:func:`dated_story`; as the city's
rule reads it)."""


def dated_story(paper: Paper) -> Paper:
    """A titled paper whose front holds a news story under its headline: from the paragraph that opens on an English
    dateline (``OSAKA, Japan — June 2, 2026 — …``: :func:`~pipeline.segment.places.dateline_city`), one of the first
    :data:`DATELINE_REACH` front paragraphs, to the first heading, its running text is its body, one section with no
    number, title or heading before its headed ones (``About …``, ``Media Contact``); ``front`` keeps what stands
    before (``FOR IMMEDIATE RELEASE``, the subtitle). A paper with no dateline, or whose first section already has no
    heading, keeps its front as before.

    Why (issue 16, helper web55, trial 54c): a press release's story, dated paragraphs under its headline, stayed in
    ``front`` above its ``About Kansai Robotics`` heading; the dateline is the story's first word by news convention
    (AP Stylebook, *datelines*), so its paragraph opens the body, as a paper's first heading would.

    >>> mk = lambda *ss: tuple(Text.inserted(s) for s in ss)
    >>> about = Section(number=None, level=1, title=Text.inserted("About Kansai Robotics"), paragraphs=mk("Kansai Robotics is…"))
    >>> p = dated_story(Paper(mk("FOR IMMEDIATE RELEASE", "KOBE, Japan — May 1, 2026 — The port opened.", "It grew."), (about,), ()))
    >>> [t.text for t in p.front], [(s.title.text, len(s.paragraphs)) for s in p.sections]
    (['FOR IMMEDIATE RELEASE'], [('', 2), ('About Kansai Robotics', 1)])
    >>> dated_story(Paper(mk("The port opened in May.", "It grew."), (about,), ())).front == mk("The port opened in May.", "It grew.")
    True
    """
    if not paper.sections or not paper.sections[0].title.text.strip():
        return paper
    opens = next((k for k, t in enumerate(paper.front[:DATELINE_REACH]) if dateline_city(t.text) is not None), None)
    if opens is None:
        return paper
    body = Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(paper.front[opens:]))
    return replace(paper, front=paper.front[:opens], sections=(body, *paper.sections))


def _paged_at_volume_folios(layout: Layout, with_volume: list[Text], deck_lines: list[Text]) -> Layout:
    """``layout`` with a page break after each of the volume's folios set aside from a deck's lines (``with_volume``,
    the deck's lines before :func:`_without_volume_page_numbers`; ``deck_lines`` after), where the dump has no pages
    of its own (no form feed) and no page number is left among the deck's lines: the folios were where the slides'
    pages ended, as a form feed after each would say.

    Why (helper slide69b, the dump of fresh-user trial 68d's proceedings PDF): slides printing no number after their
    talk's paper, each page closed by the volume's ``- 3 -``, ``- 4 -``, lost those folios to the ledger as they
    should, and with them the only mark where one slide ended: a talk's two slides ran into one. The same dump with a
    form feed after each folio was read right, one unnumbered slide a page."""
    kept = {id(t) for t in deck_lines}
    folios = sorted(line for t in with_volume if id(t) not in kept and (line := last_line(t)) is not None)
    if not folios or len({ll.page for ll in layout.lines}) > 1 \
            or any(page_number(t.text) is not None for t in deck_lines):
        return layout
    paged = tuple(replace(ll, page=ll.page + bisect.bisect_left(folios, n)) for n, ll in enumerate(layout.lines, 1))
    return replace(layout, lines=paged)


def _without_volume_page_numbers(doc: _Doc, deck_lines: list[Text], paper: tuple[int, int] | None = None
                                 ) -> tuple[list[Text], list[LedgerRow]]:
    """A deck's lines without the page numbers its volume printed around the slides
    (:func:`~pipeline.segment.furniture.volume_page_numbers`: ``- 2 -`` beside the slides' own ``1``, ``2``),
    and their ledger rows (page furniture; one extraction already set aside is in the ledger). ``paper``: the span
    of ``doc.lines`` the talk's paper fills, where the slides follow it: its page numbers the volume carries on (:func:`~pipeline.segment.furniture.continued_page_numbers`)."""
    volume = set(volume_page_numbers(deck_lines))
    # a paged dump's folios rising one a page at a page's edge, on the paper's pages and the slides' alike (trial 40)
    at = {t.first_pos(): k for k, t in enumerate(deck_lines)}
    in_deck = {i: at[t.first_pos()] for i, t in enumerate(doc.lines) if t.first_pos() in at}
    volume |= {in_deck[i] for i in paged_volume_folios(doc.lines, doc.layout, doc.page_numbers, set(in_deck))}
    if paper is not None:
        # the talk's own paper's page numbers: an earlier talk's (its slides' ``Slide 1``, ``Slide 2``) are no folio
        # this deck carries on (trial 50b: the second talk's slide numbers had been set aside as the volume's pages)
        paper_numbers = [doc.lines[i] for i in sorted(doc.page_numbers) if paper[0] <= i < paper[1]]
        # a PDF's folios that extraction set aside by their place, on the paper's pages: the volume's numbering the
        # slides' pages carry on (fresh-user trial 68d: a proceedings PDF printing ``- N -`` at every page's foot, its
        # slides none, had its slides numbered 2, 3 and 5, 6 by the volume's pages)
        paper_pages = {doc.layout.page(t) for t in doc.lines[paper[0]:paper[1]]}
        paper_numbers = sorted([*paper_numbers, *(t for t in doc.layout.set_aside_numbers
                                                  if doc.layout.page(t) in paper_pages)], key=doc.layout.reading_key)
        volume |= continued_page_numbers(paper_numbers, deck_lines, doc.layout.is_set_aside)
    if not volume:
        return deck_lines, []
    texts = [deck_lines[k] for k in sorted(volume) if not doc.layout.is_set_aside(deck_lines[k])]
    return [t for k, t in enumerate(deck_lines) if k not in volume], _furniture_rows(texts, "page-number",
                                                                                      doc.marker_spellings)


def _mostly_japanese(text: str) -> bool:
    """``text`` reads as Japanese by :func:`~pipeline.chardata.lang_of` (its kana and kanji weighed against its Latin
    words), though Latin letters may outnumber its Japanese ones.

    >>> _mostly_japanese("授業科目名　環境政策論Ⅱ（Environmental Policy II）"), _mostly_japanese("Urban Policy in Japan: the 地方創生 Agenda")
    (True, False)
    """
    return lang_of(text, "") == JA


def _bilingual_title(title_ja: Text | None, title_en: Text | None) -> tuple[Text | None, Text | None]:
    """A title line that holds both languages (``港町の防災と観光 / Disaster …``) split at its separator,
    when the other language's title is not known otherwise."""
    for title in (title_ja, title_en):
        if title is not None and (title_ja is None or title_en is None):
            halves = title_halves(title)
            if halves is not None:
                return halves
    return title_ja, title_en


def _titles_lang(slides: tuple[Slide, ...]) -> str | None:
    """A deck's language: the one more of its slides' titles are printed in first (a title in both languages, ``港湾提携の
    経緯 / History of the Partnership``, counts for the language it opens on; another by
    :func:`~pipeline.chardata.lang_of`); ``None`` on a tie or where no slide has a title that decides. Decision (trial
    54): a bilingual deck gives each line in both languages, so its text decides nothing (a Japanese line's letters
    outnumber its English words whichever comes first); the titles say which language the deck leads with, as
    ``deck_bi``'s (Japanese first) and trial 51's ``deck_pdf`` (English titles, their Japanese as lines) print it.

    >>> mk = lambda *ss: tuple(Slide(k, Text.from_raw(s, k), ()) for k, s in enumerate(ss, 1))
    >>> _titles_lang(mk("港湾提携の経緯 / History of the Partnership", "主な交流事業 / Main Programs", "Thank you"))
    'ja'
    >>> _titles_lang(mk("Why Smart Meters?", "Pilot Results 2024", "ご清聴ありがとうございました")), _titles_lang(mk("背景", "Results"))
    ('en', None)
    """
    count = {JA: 0, EN: 0}
    for slide in slides:
        if slide.title is None:
            continue
        halves = bilingual_halves(slide.title)
        if halves is not None:
            ja, en = halves
            count[JA if slide.title.text.find(ja.text) <= slide.title.text.find(en.text) else EN] += 1
        elif (lang := lang_of(slide.title.text, "")) in count:
            count[lang] += 1
    return None if count[JA] == count[EN] else max(count, key=count.get)


def _lang(texts: list[Text]) -> str:
    """``ja`` or ``en``: the language more of the talk's text is written in, counted as a paragraph's language is
    (:func:`~pipeline.chardata.lang_of`): its Japanese letters against its Latin words, summed over its lines; ``ja``
    on a tie (a bilingual deck's Japanese comes first: it is the original). Decision (trial 54): lines were counted,
    each by its script, so a deck giving every Japanese line its English under it was a tie that its page numbers
    (``p. 3``), its e-mail address and its closing ``Thank you`` tipped to English, though each of its titles is
    Japanese first; a letter-and-word count weighs the text, not its lines, and reads such a deck as it reads each of
    its sentences (a Japanese sentence's words are one or two letters, an English one's five or so: one count each).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _lang(mk("港湾提携の経緯", "History of the Partnership", "・1967年に港湾提携を締結", "Port partnership agreement signed in 1967", "p. 2"))
    'ja'
    >>> _lang(mk("Results", "We measured the bridges.", "橋"))
    'en'
    """
    japanese = latin = 0
    for t in texts:
        japanese += len(JA_LETTER_RE.findall(t.text))
        latin += len(LATIN_WORD_RE.findall(t.text))
    return "en" if latin > japanese else "ja"


def _without_set_aside(deck: Deck, layout: Layout) -> Deck:
    """The deck without the set-aside page numbers that numbered no slide: they stay in the ledger only."""
    if not layout.set_aside_numbers:
        return deck

    def keep(texts):
        return tuple(t for t in texts if not layout.is_set_aside(t))

    slides = tuple(replace(sl, title=None if sl.title is not None and layout.is_set_aside(sl.title) else sl.title,
                           lines=keep(sl.lines)) for sl in deck.slides)
    # a slide that held only a set-aside page number (a volume's folio on a page of its own slide) is none
    slides = tuple(sl for sl in slides if sl.number is not None or sl.title is not None or sl.lines)
    cover = replace(deck.cover, lines=keep(deck.cover.lines), title=keep(deck.cover.title))
    return replace(deck, cover=cover, slides=slides)


def _numbers_beside_running_lines(candidates: dict[int, int], numbers: dict[int, int], running: dict[int, str],
                                  page_of: "Callable[[int], int] | None" = None) -> dict[int, int]:
    """Bare numbers (``2``, ``3``) that stand beside a running header or footer and count up by one: the pages'
    numbers, though a bare number alone could be a table's cell. A lone one (a two-page paper's ``2`` beside page 2's
    head ``zoo Design``: real paper 71b, where it had been glued into the sentence running over the page) is one where
    its value is its page's (``page_of``: line index → 1-based page).

    >>> _numbers_beside_running_lines({5: 2, 9: 3, 12: 7}, {}, {4: "running-header", 10: "running-header"})
    {5: 2, 9: 3}
    >>> _numbers_beside_running_lines({5: 2}, {}, {6: "running-header"}, lambda i: 2), _numbers_beside_running_lines({5: 7}, {}, {6: "running-header"}, lambda i: 2)
    ({5: 2}, {})
    >>> _numbers_beside_running_lines({5: 1}, {}, {6: "running-header"}), _numbers_beside_running_lines({5: 1}, {}, {4: "running-header"})
    ({5: 1}, {})
    """
    beside = {i: v for i, v in sorted(candidates.items())
              if i not in numbers and (i - 1 in running or i + 1 in running)}
    values = list(beside.values())
    if len(values) == 1 and page_of is not None and all(v >= 2 and page_of(i) == v for i, v in beside.items()):
        return beside
    if len(values) == 1 and all(v == 1 and running.get(i + 1) == "running-header" for i, v in beside.items()):
        # page 1's folio at its foot, the running head set aside atop page 2 right under it (``－ 1 －`` /
        # ``第12回 沿岸環境シンポジウム 講演要旨集``): the one break's number, no line of the abstract it fell in (helper
        # abs72: its Japanese abstract, the folio between its affiliations and its body, had run on in the one before)
        return beside
    if len(values) < 2 or any(b != a + 1 for a, b in zip(values, values[1:])):
        return {}
    return beside


def _folios_in_running_lines(lines: list[Text], running: dict[int, str], numbers: dict[int, int],
                             layout: Layout | None = None) -> dict[int, tuple[int, int]]:
    """Line index → the span of its folio (:func:`~pipeline.segment.furniture.folio_span`), for the running lines
    that carry their page's number where the pages are slides (they hold little running text,
    :func:`~pipeline.segment.talks.pages_hold_little_prose`) and no page-number line stands next to them: the head
    goes to the ledger, the folio stays the slide's number.

    Why: a deck dumped without pages marks where a slide ends only by its number; printed in the slide's foot
    (``Harbor Forum 2024 | Page 3``, ``Kobe Port Bureau    3``) it left with the foot, and the slides ran together
    (field case 16's repeated footer with the number on its line, session 49). A paper's running head keeps its
    folio (its pages of prose need no number to part them), and a page whose number stands on a line of its own
    beside the head keeps that one. Slides that number themselves on lines of their own
    (:func:`_numbered_on_own_lines`) are parted by those: the feet keep their folios (trial 67c).

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Why?", "Forum | Page 2", "Plan", "Forum | Page 3", "4"], 1)]
    >>> _folios_in_running_lines(ls, {1: "running-footer", 3: "running-footer"}, {4: 4})
    {1: (8, 14)}
    """
    # a head or foot whose folio carries on the volume's page sequence (``- 41 -``, ``Lakes Region Forum - 42``,
    # ``- 43 -``) numbers the volume's page, never a slide (helper slide69b)
    volume = sequenced_folio_lines(lines, layout, {}) if layout is not None else {}
    spans = {i: span for i in running if i not in volume and (span := folio_span(lines[i].text)) is not None}
    # pages that carry their numbers on lines of their own are numbered by those: a foot's folio among them is the
    # printed volume's page, set aside with its foot (trial 67c: a proceedings' ``アジア都市交流フォーラム 2025 - 1``
    # between a talk's paper and its slides ``1``…``5`` had become a slide's number, each slide taking the next's text)
    if _numbered_on_own_lines(lines, running, spans):
        return {}
    marks = [0 if i in spans or i in numbers else None for i in range(len(lines))]
    texts = [t.text.strip() for t in lines]
    if not spans or not pages_hold_little_prose([s for i, s in enumerate(texts) if i not in running or i in spans],
                                                [m for i, m in enumerate(marks) if i not in running or i in spans]):
        return {}
    return {i: span for i, span in spans.items() if i - 1 not in numbers and i + 1 not in numbers}


def _folios_run_on_across_talks(lines: list[Text], running: dict[int, str], folios: dict[int, tuple[int, int]],
                                layout: Layout) -> bool:
    """The running lines' folios (``folios``, :func:`_folios_in_running_lines`) count on from one talk to the next
    (``東アジア都市会議 2026 - 1`` closing the first talk's page, ``… - 2`` the second's): they number the printed
    volume's pages, never a talk's slides, which count from one again in each talk (or go on from an unnumbered
    cover). Read on the lines without their running lines (:func:`~pipeline.segment.talks.talk_spans`); a foot's
    folio belongs to the talk of the line over it, a head's to the talk of the line under it. True where the folios
    stand in two talks or more and every step from one talk's last folio to the next talk's first is one up.

    Why (fresh-user trial 67d): a bilingual proceedings printing each talk on one page under such a foot had the
    foot's folio read as each talk's slide number: the second talk's English title became slide 1 (the number 1 of
    the first talk's foot placed before it) and its slides slide 2. A deck alone whose pages are numbered by their
    feet is one talk and keeps its folios (field case 16); two decks whose feet count from one again keep theirs."""
    if len(folios) < 2:
        return False
    kept = [i for i in range(len(lines)) if i not in running]
    if not kept:
        return False
    work = [lines[i] for i in kept]
    coded = CODED_TITLES.set(coded_titles(work))
    try:
        spans = talk_spans(work, layout)
    finally:
        CODED_TITLES.reset(coded)
    if len(spans) < 2:
        return False

    def talk_of(i: int) -> int:
        # the kept line the folio's page holds: over a foot, under a head
        if running[i] == "running-header":
            at = bisect.bisect_left(kept, i)
            at = min(at, len(kept) - 1)
        else:
            at = max(bisect.bisect_left(kept, i) - 1, 0)
        return next(n for n, s in enumerate(spans) if s.start <= at < s.end)

    counted = []
    for i in sorted(folios):
        n = page_number(lines[i].text[folios[i][0]:folios[i][1]])
        if n is None:
            return False
        counted.append((talk_of(i), n.value))
    steps = [(a, b) for (ta, a), (tb, b) in zip(counted, counted[1:]) if ta != tb]
    return bool(steps) and all(b == a + 1 for a, b in steps)


def _town_alone_en(text: str) -> tuple[int, int] | None:
    """The span of ``text`` where it is an English town's name alone (``York``: :func:`~.places.is_town_en`), else None."""
    name = text.strip()
    if not name or script_of(name) != EN or not is_town_en(name):
        return None
    at = text.find(name)
    return at, at + len(name)


def _numbered_on_own_lines(lines: list[Text], running: dict[int, str], spans: dict[int, tuple[int, int]]) -> bool:
    """The pages (slides) carry their numbers on lines of their own, not beside a running line: at least as many
    such numbers as ``spans`` (the running lines' folios), and at least two, each one more than the one before it
    (``1`` … ``5`` then ``1`` … ``4``: each talk's slides count from one again). A bare number that breaks the count
    (a table's cell, a year) is not one.

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Forum - 1", "Why?", "1", "Plan", "2", "Cost", "3"], 1)]
    >>> _numbered_on_own_lines(ls, {0: "running-footer"}, {0: (8, 9)})
    True
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Why?", "Forum | Page 1", "Plan", "Forum | Page 2", "12"], 1)]
    >>> _numbered_on_own_lines(ls, {1: "running-footer", 3: "running-footer"}, {1: (13, 14), 3: (13, 14)})
    False
    """
    own: list[tuple[int, int]] = []
    beside = False  # the last number kept stood beside a running line's folio
    for i, t in enumerate(lines):
        if i in running or (n := page_number(t.text)) is None:
            continue
        if i - 1 not in spans and i + 1 not in spans:
            own.append((i, n.value))
            beside = False
        elif own and not beside and n.value == own[-1][1] + 1:
            # a number beside the foot that goes on from the slide's number before it closes the talk's last slide,
            # never the foot's page (trial 68b: talks of two slides ``1`` ``2`` ``… ― 7`` had counted one step short
            # of two, and the foot's folio ``7`` stayed behind as a slide); a number beside a foot that counts on
            # nothing before it (a paper page's folio line) is still not one
            own.append((i, n.value))
            beside = True
    in_step = sum(1 for (_, a), (_, b) in zip(own, own[1:]) if b == a + 1)
    return in_step >= max(2, len(spans))


def refuse_set_aside(doc: Cleaned, talks: list[Talk], ledger: tuple[LedgerRow, ...]) -> None:
    """Refuse a file none of whose text any talk holds: every line blank or set aside (page numbers, running heads,
    ghost lines, by extract, clean or this stage). Such a file had crashed the structure stage (no talk to hold its
    ledger rows: a PDF of folios and running heads) or given an empty talk that looked like success (review 48).

    Raises :class:`~pipeline.errors.InputError` naming the lines and what set them aside, most first.

    >>> from pipeline.model import SourceFile
    >>> row = LedgerRow(rule="page_furniture", action="dropped", line=1, col=0, text="- 1 -", reason="page-number")
    >>> doc = Cleaned(source=SourceFile(file="x.txt", sha256="0", kind="txt"), lines=(), ledger=(row,), line_count=3)
    >>> refuse_set_aside(doc, [], (row,))
    Traceback (most recent call last):
    ...
    pipeline.errors.InputError: x.txt: lines 1–3: holds no text to rebuild: every line is blank or was set aside (page number ×1) — give the document's text (a fuller dump or the PDF it came from), or remove x.txt
    """
    from pipeline.errors import InputError
    from pipeline.segment.conservation import places

    if any(t.text.strip() for talk in talks for t in places(talk)):
        return
    # a dump's form feeds are recorded too (``page-break``), but they part pages and set no line aside
    reasons = Counter(str(row.reason).replace("-", " ") for row in ledger
                      if row.action == "dropped" and row.reason != Reason.PAGE_BREAK)
    why = ", ".join(f"{reason} ×{n}" for reason, n in reasons.most_common())
    name = doc.source.file
    raise InputError(name, f"holds no text to rebuild: every line is blank or was set aside ({why or 'blank'})",
                     f"give the document's text (a fuller dump or the PDF it came from), or remove {name}",
                     where=f"lines 1–{doc.line_count}" if doc.line_count > 1 else "line 1")


def segment(doc: Cleaned) -> Segmented:
    """Split a cleaned file into talks (see the module docstring)."""
    layout = Layout.of(doc)
    # a box drawn round a speaker's line (``┌──┐`` / ``│ 講演者：… │`` / ``└──┘``): the frame is no text (helper vol74)
    lines, frame_rows = framed_lines(list(doc.lines), spellings_of(doc.markers))
    if frame_rows:
        doc = replace(doc, ledger=doc.ledger + tuple(frame_rows))
        # its rules part the box's text from the text around it as a blank line does: a profile's box under a line
        # ending mid-sentence is no wrap of it (helper wrap79)
        layout = replace(layout, blank=tuple(sorted({*layout.blank, *rule_lines(frame_rows)})))
    # a deck's ``Slide 3: Results`` lines: the label numbers the slide, the rest is its title
    lines = split_slide_labels(lines)
    # a masthead wrapped over two lines (``NEWSLETTER | Autumn 2024 | Issue`` / ``No. 58``) is one line (helper news72)
    lines = masthead_wraps(lines)
    # a chapter's word alone over its number and title (``Chapter`` / ``4. …``) is one heading (trial 77c)
    lines = chapter_word_wraps(lines)
    # a PDF's running head that is its title, set aside on page 1 too by its place: back as the title's line, weighed
    # as a dump's (issue 16, fresh-user trial 68e); only where the document then takes it for its title: a head the
    # rule keeps over another title (``Northwind Ferries AS - Press Release`` over ``FOR IMMEDIATE RELEASE`` and the
    # release's headline, trial 67) stays the furniture its place shows
    titles = titles_set_aside(lines, layout, doc.ledger, lambda ls, i: block_title(ls, i, layout), doc.markers)
    from pipeline.segment.titleblock import chapter_alone
    if titles and chapter_alone([t for t in lines if t.text.strip()]):
        # a chapter printed alone whose heading titles the file (its own introduction over sections numbered under its
        # number: titleblock._chapter_sections, helper pdf84) keeps the running head over it as the furniture its
        # place and its repetition on every page show: the head names the book, the file holds the chapter (session
        # 85, helper pdf85; fresh-user trial 85a's manual had the book's head as its title, the chapter a section)
        titles = []
    if titles:
        # the copy put back is cleaned as a line of the text is (its width, ligatures, invisible characters: issue 16
        # point 4, helper furn70), what the rules changed recorded as clean records a line's
        cleaned = [clean_set_aside(row, doc.markers, layout.at(row.line).drawn_spaces) for row in titles]
        heads = [text for text, _ in cleaned]
        kept = tuple(row for row in doc.ledger if row not in titles) + tuple(r for _, rows in cleaned for r in rows)
        out = _segment_lines(replace(doc, ledger=kept), layout,
                             sorted([*lines, *heads], key=lambda t: t.first_pos() or (10 ** 9, 0)))
        titled = {pos for talk in out.talks for t in (talk.title.ja, talk.title.en) if t is not None for pos in t.origin}
        if all(any(pos in titled for pos in head.origin) for head in heads):
            return out
    return _segment_lines(doc, layout, lines)


def _segment_lines(doc: Cleaned, layout: Layout, lines: list[Text]) -> Segmented:
    """:func:`segment` of the cleaned file ``doc`` read from ``lines`` (its kept lines, a PDF's running head that is its
    title put back among them)."""
    numbers = page_numbers(lines, layout)
    # folios in kanji numerals running on over the pages (``－二－``, ``淨福寺由緒書　二``: helper parts84)
    kanji_numbers, kanji_feet = kanji_folios(lines, layout)
    numbers.update({i: v for i, v in kanji_numbers.items() if i not in numbers})
    candidates = {i: n.value for i, t in enumerate(lines) if (n := page_number(t.text)) is not None}
    # the lines a PDF's extraction set aside in its pages' margins (a browser's header and footer, by their place)
    margins = tuple(row.text for row in doc.ledger if row.rule == Rule.SET_ASIDE_PAGE_FURNITURE
                    and row.action == Action.DROPPED and row.reason in (Reason.RUNNING_HEADER, Reason.RUNNING_FOOTER))
    aside = tuple((row.text, layout.page(Text.from_raw(row.text, line=row.line, col=row.col)), str(row.reason),
                   layout.at(row.line).font)
                  for row in doc.ledger if row.rule == Rule.SET_ASIDE_PAGE_FURNITURE and row.action == Action.DROPPED
                  and row.reason in (Reason.RUNNING_HEADER, Reason.RUNNING_FOOTER))
    running = running_lines(lines, layout, {**candidates, **numbers}, lambda i: block_title(lines, i, layout), margins,
                            aside)
    running.update({i: "running-footer" for i in kanji_feet if i not in running and i not in numbers})
    if browser_printed(lines, layout.page, {**candidates, **numbers}):
        layout = replace(layout, printed=True)  # a web page printed from a browser: paper pages, no slides
    # a site's navigation (a back-to-top link, a toolbar, a breadcrumb trail) parts the page's blocks as a blank line
    # does: the lines on either side never join into one paragraph (helper web54: a contact's last line and the
    # site's footer under ``ページの先頭へ戻る`` had become one)
    parting = {r for i, which in running.items() if which == "navigation" for r in _raw_lines(lines[i])}
    if parting:
        # (and never marks a page break, as a running head set aside does: ``_Doc.furniture``)
        layout = replace(layout, blank=tuple(sorted(set(layout.blank) | parting)))
    # a section's mark atop one page (``1.2. Another Section`` over the heading, set smaller) and the folio beside it
    marks, mark_folios = section_mark_heads(lines, layout)
    running.update({i: "running-header" for i in marks if i not in running})
    numbers.update({i: v for i, v in mark_folios.items() if i not in numbers})
    numbers.update(_numbers_beside_running_lines(candidates, numbers, running, lambda i: layout.page(lines[i])))
    volume_heads, volume_numbers = volume_heads_at_numbers(lines, {i: v for i, v in candidates.items() if i not in running})
    running.update({i: which for i, which in volume_heads.items() if i not in running and i not in numbers})
    numbers.update({i: v for i, v in volume_numbers.items() if i not in numbers})
    # a running head seen once, beside the folio of a two-page document's one break (issue 16 point 4, helper furn72)
    lone_heads, lone_folios = heads_beside_one_folio(lines, candidates, numbers, running,
                                                     lambda i: block_title(lines, i, layout))
    running.update({i: which for i, which in lone_heads.items() if i not in running and i not in numbers})
    numbers.update({i: v for i, v in lone_folios.items() if i not in numbers})
    # a page break inside a table: its folio and the running head restating the chapter's heading (helper tab83)
    table_heads, table_folios = breaks_inside_tables(lines, candidates, numbers, running)
    running.update({i: which for i, which in table_heads.items() if i not in running and i not in numbers})
    numbers.update({i: v for i, v in table_folios.items() if i not in numbers})
    feeds = [row.line for row in doc.ledger if row.reason == Reason.PAGE_BREAK]
    # one opening every page after the first of a dump paged by form feeds, no folio beside it (helper brk73)
    running.update(heads_at_form_feeds(lines, layout, candidates, running, lambda i: block_title(lines, i, layout),
                                       fed=bool(feeds)))
    # the last page's folio closing the text, after the one break's folio read so (helper abs72, trial 72d: ``2``)
    numbers.update(closing_folio(lines, candidates, numbers))
    # a one-page text's closing ``1`` where the dump sets it as the page's folio (helper brk73): centred, or its page
    # closed by a form feed (the only one)
    end = last_line(lines[-1]) if lines else None
    numbers.update(lone_closing_folio(lines, candidates, numbers,
                                      bool(feeds) and end is not None and all(f > end for f in feeds)))
    # one printed on its folio's own line (trial 72c: ``研究室ニュース　No.12　　　　2`` glued into a paragraph)
    running.update({i: which for i, which in heads_with_their_folio(
        lines, candidates, running, lambda i: block_title(lines, i, layout)).items() if i not in numbers})
    # a talk's title printed again as an odd page's head inside a sentence over the break (helper deck74)
    running.update({i: which for i, which in title_copies_at_folios(
        lines, numbers, running, lambda i: block_title(lines, i, layout)).items() if i not in numbers})
    rows: list[LedgerRow] = []
    marker_spellings = spellings_of(doc.markers)
    folios = _folios_in_running_lines(lines, running, numbers, layout)
    if _folios_run_on_across_talks(lines, running, folios, layout):
        folios = {}  # the volume's pages: each foot goes to the ledger whole, its folio with it (issue 16, trial 67d)
    # a running head's first copy whose title cell is the document's only title: the cell stays, the rest is the head's
    # (a release's version heading under it, ``Tessera 3.2.0`` over ``Released …``, is the first of the notes'
    # sections, no title: helper ver80, fresh-user trial 80a's release notes had been titled by their first version)
    releases = release_headings(lines)
    cells = lifted_title_cells(lines, running, numbers, lambda j: j not in releases and (
        block_title(lines, j, layout) is not None or is_title_line(lines[j].text)))
    for i in sorted(cells):
        a, b = cells[i]
        rows.extend(_furniture_rows([t.strip(LAYOUT_SPACES) for t in (lines[i][:a], lines[i][b:]) if t.text.strip(LAYOUT_SPACES)],
                                    "running-header", marker_spellings))
    for i in sorted(running):
        if i in cells:
            continue
        if i in folios:
            a, b = folios[i]
            # only layout white space is cut off the head's parts: ideographic spaces setting the folio off from the
            # head (``湖南市 財政課　　…　- 1 -``) are characters and go to the ledger with the head (trial 52: they were lost)
            rows.extend(_furniture_rows([t.strip(LAYOUT_SPACES) for t in (lines[i][:a], lines[i][b:]) if t.text.strip()],
                                        running[i], marker_spellings))
        else:
            rows.extend(_furniture_rows([lines[i]], running[i], marker_spellings))
    # (a folio in tortoise-shell brackets, ``さざなみ 〔3〕``, is no page number's shape alone: its head's reading gives
    # its value, helper bunshu78)
    numbers.update({i: v for i, (a, b) in folios.items()
                    if (v := (n.value if (n := page_number(lines[i].text[a:b])) is not None else folio_value(lines[i].text)))
                    is not None})
    kept = [i for i in range(len(lines)) if i not in running or i in folios or i in cells]
    spans = {**folios, **cells}
    work = [lines[i][spans[i][0]:spans[i][1]] if i in spans else lines[i] for i in kept]
    index_of = {old: new for new, old in enumerate(kept)}
    # ``-30-`` closing a release is its end mark, no page 30 (helper press66): kept as text, read by sections.end_mark
    thirty = closing_thirty(work, {index_of[i]: v for i, v in numbers.items() if i in index_of})
    shared = _Doc(work, layout, frozenset(index_of[i] for i in numbers if i in index_of and index_of[i] != thirty),
                  paper_measure(work, layout) or prose_measure(work, layout), marker_spellings,
                  tuple(sorted({r for i in running if running[i] != "navigation" for r in _raw_lines(lines[i])})),
                  end_mark=thirty)
    shared = replace(shared, folios=frozenset(first_line(work[i]) for run in folio_runs(work, layout, shared.page_numbers)
                                              for i in run),
                     sites=tuple(lines[i][a:b] for i in sorted(running) if running[i] == "running-header"
                                 and (site := header_site(lines[i].text)) is not None for a, b in [site]),
                     running_copies=tuple(lines[i] for i in sorted(running) if i not in folios and i not in cells
                                          and running[i] in ("running-header", "running-footer")))
    shared = replace(shared, apart=document_sets_paragraphs_apart(work, layout, shared.measure))
    # a programme's titles that open on their paper's code (``A1. Green Roofs …``): the code is each talk's number
    coded = CODED_TITLES.set(coded_titles(work))
    try:
        return _segmented(doc, shared, work, layout, rows)
    finally:
        CODED_TITLES.reset(coded)


def _segmented(doc: Cleaned, shared: "_Doc", work: list[Text], layout: Layout, rows: list[LedgerRow]) -> Segmented:
    """The talks of the cleaned file ``doc`` read from its kept lines ``work`` (:func:`segment`), ``rows`` the ledger's
    rows so far."""
    # the folios of page breaks whose running head was set aside between the same two kept lines: a title block is read
    # whole across one (talks.read_across_break; issue 16 point 1, helper brk73)
    breaks = frozenset(k for k in shared.page_numbers if 0 < k < len(work) - 1
                       and (a := last_line(work[k - 1])) is not None and (b := first_line(work[k + 1])) is not None
                       and any(a < r < b for r in shared.furniture))
    spans = talk_spans(work, layout, shared.page_numbers, breaks)
    if len(spans) > 1 and spans[-1].event_start is not None:
        # a programme of lectures: its event's lines over the first lecture and after the last are every lecture's
        event = [*range(spans[0].start, spans[0].block.start), *range(spans[-1].event_start, spans[-1].end)]
        shared = replace(shared, organisers=tuple(work[i] for i in event if organiser_city(work[i].text) is not None))
    # a rule line between two talks (``――――``, ``＊＊＊``) parts them: layout, no line of either (helper deck74)
    parted = [separator_ends(work, span.start, span.end) if len(spans) > 1 else (span.start, span.end)
              for n, span in enumerate(spans)]
    rows.extend(separator_rows([work[i] for span, (a, b) in zip(spans, parted)
                                for i in [*range(span.start, a), *range(b, span.end)]], shared.marker_spellings))
    spans = [_span_within(span, a, b) for span, (a, b) in zip(spans, parted)]
    talks = []
    taken: set[str] = set()
    for n, span in enumerate(spans):
        if n + 1 < len(spans):
            last = (first_line(work[spans[n + 1].start]) or 1) - 1
        else:
            last = max(doc.line_count, max((last_line(t) or 1 for t in work[span.start:span.end]), default=1))
        talk, talk_rows = _talk(shared, span, last, taken)
        talks.append(talk)
        rows.extend(talk_rows)
    talks = _session_numbers_no_talks(spans, talks)
    rows = _placed_back(rows, talks, shared.running_copies)
    refuse_set_aside(doc, talks, doc.ledger + tuple(rows))
    return Segmented(
        source=doc.source,
        talks=tuple(talks),
        ledger=doc.ledger + tuple(rows),
        markers=doc.markers,
        byte_hints=doc.byte_hints,
    )


def _span_within(span: TalkSpan, start: int, end: int) -> TalkSpan:
    """``span`` cut to ``[start, end)``, its parts' starts kept inside it (:func:`~.separators.separator_ends`)."""
    if (start, end) == (span.start, span.end):
        return span

    def inside(k: int | None) -> int | None:
        return None if k is None else min(max(k, start), end)

    return replace(span, start=start, end=end, slides_start=inside(span.slides_start),
                   event_start=inside(span.event_start), paper_resumes=inside(span.paper_resumes))


MAX_COVER_TOWN_LINES = 6
"""A deck's first lines where a line naming its town as a municipality (``Leeds City Council``) makes a line of that
town alone a cover's city line (as ``slides.MAX_DECK_COVER_LINES``: a cover's title, city, speaker, post, date)."""


def _time_slot_run_in(line: Text) -> Text | None:
    """The programme's time of day a title line opens on (``09:30``, ``9:30–9:50``: :func:`~.titleblock.time_slot`,
    read from the document's evidence as a code is, :data:`~.titleblock.CODED_TITLES`), ``None`` where there is none."""
    s = line.text.lstrip()
    n = talk_number(s)
    if not n or not time_slot(s[:n]):
        return None
    lead = len(line.text) - len(s)
    return line[lead:lead + n].strip(" \t")


def _session_numbers_no_talks(spans: list[TalkSpan], talks: list[Talk]) -> list[Talk]:
    """``talks`` (one per span of ``spans``) with no ``number`` read from a session's label (``Session 2``, ``Session 2:
    Urban Drainage``, ``第2セッション``: :func:`~.titleblock.session_heading`) where a session of the document holds
    several talks: a talk right after a session's talk prints no number of its own, so it sits in that session too.

    Why (issue 16 point 1, fresh-user trial 70b): ``Session 2`` over three papers gave the first paper ``number`` ``"2"``
    and the other two none, though the session's number is no more the first's than theirs. A session's number is
    the session's, no talk's (docs/talk-json.md, ``number``): giving every paper ``"2"`` would name three talks by one
    number. The label stays in the first talk's ``front``. A programme whose sessions each hold one talk (``Session 1``
    / title / speaker, ``Session 2`` / …) numbers its talks so, and keeps the numbers."""
    sessioned = {n for n, span in enumerate(spans)
                 if span.block.number is not None and session_heading(span.block.number.text.strip())}
    # (a talk numbered by its time alone, ``10:00  Rainwater Harvesting…``, prints no number of its own either)
    if not any(n + 1 < len(spans) and (spans[n + 1].block.number is None or time_slot(spans[n + 1].block.number.text))
               for n in sessioned):
        return talks
    return [replace(talk, number=None) if n in sessioned else talk for n, talk in enumerate(talks)]


def _slide_titled_by_title_copy(deck: Deck, copies: tuple[Text, ...], titles: tuple[Text | None, ...]) -> Deck:
    """``deck`` with each numbered slide left empty (no title, no line) titled by a copy of the talk's title
    (``titles``, Japanese and English) that the running-line rules set aside (``copies``) and that stands between
    the slide's number line and the next slide's (numbers over their slides), or else between the slide before's
    number line and its own (numbers under their slides).

    Why (issue 16, helper slide69; foot67's ``d_proc_ja_dash.txt``, ``c_page_of_en.txt``): a talk's slides printed
    ``伝統工芸を通じた国際交流`` / ``1`` / ``伝統工芸を通じた国際交流`` / ``2`` / ``城下町に息づく工芸`` / …: the title over two
    numbers reads as a running foot, so both copies went to the ledger and slide 1 stayed numbered and empty. The
    number says a page stood there and the page printed the talk's title: slide 1 is the title slide, titled by it,
    as a careful reader would list it; the other copy stays in the ledger. A slide empty with no such copy beside
    its number stays as it is (no title is invented), and a running line that is no copy of the talk's title is
    furniture still."""
    wanted = {t.text.strip() for t in titles if t is not None and t.text.strip()}
    if not wanted or not copies or not any(s.number is not None and s.title is None and not s.lines for s in deck.slides):
        return deck
    at: dict[int, int] = {}  # slide number → raw line of its number
    for t in deck.number_texts:
        if (n := page_number(t.text.strip())) is not None and (line := first_line(t)) is not None:
            at.setdefault(n.value, line)
    mine = [(line, t) for t in copies if t.text.strip() in wanted and (line := first_line(t)) is not None]
    taken: set[int] = set()
    slides = list(deck.slides)
    for k, slide in enumerate(slides):
        if slide.number is None or slide.title is not None or slide.lines or slide.number not in at:
            continue
        own, before, after = at[slide.number], at.get(slide.number - 1), at.get(slide.number + 1)
        below = [(line, t) for line, t in mine if own < line and (after is None or line < after) and line not in taken]
        above = [(line, t) for line, t in mine if line < own and (before is None or before < line) and line not in taken]
        pick = below[0] if below else (above[-1] if above else None)
        if pick is None:
            continue
        taken.add(pick[0])
        slides[k] = replace(slide, title=pick[1].strip())
    return replace(deck, slides=tuple(slides)) if taken else deck


def _placed_back(rows: list[LedgerRow], talks: list[Talk], copies: tuple[Text, ...]) -> list[LedgerRow]:
    """``rows`` without the rows of the running lines (``copies``) a talk's slide took back as its title
    (:func:`_slide_titled_by_title_copy`): a character stands in the output or in the ledger, never both."""
    copied = {(line, col) for t in copies for _, _, line, col in raw_runs(t.origin)}
    placed = copied & {(line, col) for talk in talks for s in talk.slides if s.title is not None
                       for _, _, line, col in raw_runs(s.title.origin)}
    if not placed:
        return rows
    return [r for r in rows if not (r.rule == FURNITURE_RULE and (r.line, r.col) in placed)]


def _measured(t: Text | None, layout: Layout) -> bool:
    """``t`` stands on a raw line a PDF placed (extraction measured its letterspaced gaps: :func:`~.titleblock.unspaced`)."""
    return t is not None and layout.at(first_line(t)).x0 is not None
