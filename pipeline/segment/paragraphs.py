"""Hard wraps in a paper, joined back into paragraphs.

Moved here from the clean stage: whether two printed lines are one paragraph
depends on the document's structure (its headings, its page furniture, the
measure of its own lines), which segment knows. It runs on a paper's body
after page furniture has left it and headings have been told apart.

The paper was typeset at a fixed width and extracted one printed line per
line. Evidence of a wrap is the width: a line that fills the measure (its
display width within a few columns of the widest common width of its
paper's Japanese lines, or of the whole document's when the paper is too
short to tell) was broken by the typesetter, not the author. Lines far wider
than the common width (a notice's body beside its short date and venue
lines) show that there is no measure. The measure
needs only :data:`MIN_SUPPORT_LINES` lines to show it, so a short paper's
wraps are joined too. A page break (``Cleaned.layout``) continues the
sentence before it.

A Japanese line joins the line before it when all of these hold:

* both hold Japanese (never a Japanese line with an English one), or the line is
  punctuation that never opens a line (``。`` pushed over by a full line);
* in a PDF, their sizes differ by no more than :data:`RESIZED_JA` (a heading
  set larger, a dateline smaller, is no line of the paragraph), and the line is no numbered heading set
  :data:`HEADING_SIZE` times larger or in bold (:func:`_set_apart_headings`);
* the line before does not end a sentence (``。．！？!?``), or it does at the full
  measure while the document marks its paragraphs by an indent (two indented lines
  or more) and this line has none (``…数を数えた。`` + ``また、…``), or, in a text
  dump that marks its paragraphs by blank lines (every plain paragraph end, two at
  least, has one after it), no blank line follows it, or, in a text that never starts a
  paragraph flush after another's end (:func:`_paragraphs_set_apart`; a paper too short to show it, one abstract of
  a booklet, reads the whole document's lines: :func:`document_sets_paragraphs_apart`), it is full and this line
  flush;
* the line before fills the measure, or a page starts between them, or it
  ends in a comma (``、``: no paragraph ends there), or, where no measure
  shows (a paper of a paragraph or two), it is the one widest Japanese line,
  at least :data:`MIN_MEASURE` columns, and stops on a letter (``…本稿では、その``
  + ``現状を整理する。``), or, in a PDF, it reaches its page's text block's right edge and stops mid-sentence by
  its words (a particle that leads on, a continuative form, or the line opening on a case particle, an auxiliary or
  ``て``: ``edge_goes_on``, ``clause_goes_on``, :func:`ends_mid_clause`);
* the line is not indented on its page (an indent such as ``　`` opens a
  paragraph);
* in a text dump, no blank line stands between them, unless the line before
  fills the measure and ends no sentence (a page break the dump shows as a
  blank line) or the dump sets blank lines between most of its lines (double
  spacing);
* the line does not open the next item of a list (the same kind of mark as the paragraph's first line),
  and neither is a field of a notice (``日時　…`` / ``会場　…``: :func:`_field_runs`; a field whose value fills the
  measure, or runs 60 columns or more where none shows, and stops mid-sentence by its words goes on into a line that
  is no field: a transcript's turn, ``大西　…免許返納は`` / ``年々増えて…``, ``field_goes_on``), nor does the line give a
  label and its value after a sentence's end (``Decision: …``: :func:`_value_after_end`, English too);
* neither is a heading or a list item: a line starting with a section
  number (``1.``, ``3.1``, ``5\\ufffd``, ``（1）``, ``第1章``), a circled number
  (``①``), a reference number (``[1]``), a bullet (``■○・``) or a lost glyph,
  that is shorter than the measure.

A gap in the numbering of the headings that open paragraphs (``一``, ``三``) sends the joins back for the heading
they took into a paragraph (:func:`_swallowed_headings`).

So ``…「古い港」が「新しい港」`` (full) + ``に生まれ変わった。`` join, but a
short line ending in ``」`` or ``）`` ends its paragraph, as does every line
ending in ``。``.

An English (Latin-script) line joins the line before it, with one space, when
all of these hold (the evidence is in :mod:`pipeline.segment.wraps_en`):

* both are English lines, in one text box (no blank line, no gap pdfminer
  set a box apart by), or a page starts between them and the line before
  does not end a sentence;
* the line before was wrapped: its width, a space and this line's first word
  exceed the measure of its run of English lines (the 90th-percentile width;
  the document's English lines when the run is too short to show one);
* the line is not indented more than the line before (a first-line indent
  opens a paragraph) unless the line before ends no sentence (a hanging indent:
  a reference's second line) and, in a PDF, is set in the same size, or it carries a description's item on (the
  item's first line, its label set out into the margin or under a deep hanging indent, wrapped at its column's edge
  mid-sentence; this line in small letters: :func:`_described`);
* neither is a heading or a list item (a section number, a bullet, ``a)``, a
  conventional section name), and after a sentence's end the line is not a
  short unpunctuated phrase (an unnumbered heading).

In a PDF the page itself shows a wrap, and its evidence is used before
the measure counted in characters (justified lines of one width hold more
or fewer characters, and a block set at its own width, an abstract, has a
measure of its own): the right edge of a line's column is the furthest right
end of the lines around it that start where it starts, in its size
(:func:`column_edges`). A Japanese line is full when it ends within two ems of
that edge; an English line was wrapped when its end, a space and the next
line's first word (at the next line's own pitch) pass the edge; either is
evidence beside the measure in characters, not instead of it. Where a
paragraph goes on from the foot of one column to the head of the next (the
next line stands higher and to the right, on the same page), the change of
column is a page break to the English rules. In English a line that starts
with a number (``2021. Using…``, ``2675(9):301–312``) goes on after a wrapped
line that ends no sentence, and a labelled line (``[1]``, ``1.``) carries its
item on into the lines set in under it (a reference's hanging indent) even
after a full stop.

A Korean (Hangul) line joins the next Korean line with one space, as English does (Korean wraps at its spaces:
``korean_wrap``), where it ends no sentence and its next word did not fit the measure of the document's Korean lines,
or it reaches a PDF's column or text edge, or, with no measure shown, it is 60 columns or more.

A line the clean stage left ending in a hyphen (``Mey-`` / ``ers``: not
known as one word) joins without a space. Slides never come here: their
lines stay lines.

Before any of this, a line's own shape is weighed (:mod:`pipeline.segment.linekinds`): a code line, a definition
(``name = value``) after a definition or a sentence's end, or a display formula beside prose never joins; two
pieces of one displayed formula in a PDF (``∑`` / ``i=1``, close below each other) join into one formula block. A
lost glyph (U+FFFD) is a character of unknown class and width: it never ends a paragraph by itself.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from typing import Sequence

from pipeline.chardata import (
    EN, JA, JA_LETTER, NEUTRAL, display_width, has_japanese, is_hiragana, is_ja_letter, is_korean, kinsoku_continues,
    lang_of, script_of, HANGUL_RE, NO_LINE_START, script_counts,
)
from pipeline.english_words import abbreviation_goes_on, ends_on_connective
from pipeline.clean.hyphenation import broken_halves, decision_for, hyphen_decision, wraps_lang, written_words, written_words_for
from pipeline.model import GAP, Text
from pipeline.notemarks import CALL_AFTER_SENTENCE
from pipeline.numbering import CAPTION_LABEL, explicit_number, heading_number_end, heading_shaped, korean_sentence, run_in_cut, solve, solve_items
from pipeline.segment.figures import FIGURE_CAPTION, opens_caption
from pipeline.segment.patent import tag_line
from pipeline.segment.contents import has_leader
from pipeline.segment.contacts import ends_on_contact, labelled_contact
from pipeline.segment.labels import (tagged_fields, form_field, schedule_row, is_salutation, is_notice_field, listed_field, numbered_agenda_label, is_section_name, item_mark, keyword_field,
                                     speaker_turn, transcript_head, transcript_speaker, transcript_speaker_en,
                                     transcript_turns, turn_head, value_label, qa_turn, qa_turns)
from pipeline.segment.linekinds import assignment, code_lines, formula, monospace
from pipeline.segment.linekinds import EQUATION_NUMBER, code_line, display_piece, math_piece, prompted, prose
from pipeline.listmarks import (ARROW_MARKS, BULLET_START, BULLETS, MIDDLE_DOTS, CIRCLED_NUMBERS, CLOSE, ENUMERATOR, NAKAGURO, OPEN,
                                         REFERENCE_MARK, ROMAN_LETTERS, SHAPE_MARKS, completes_number, JA_PUNCTUATION)
from pipeline.segment.layout import Layout, bold_font, first_line, last_line
from pipeline.segment.verse import verse_lines
from pipeline.sudachi import tokenizer
from pipeline.segment.measures import (raw_span, EDGE_FACE_SLACK, INDENT_SHIFT, LONG_BY, MAX_FIRST_INDENT, MAX_OUTDENT, MIN_MEASURE, SETTING_SIZE,
                                       SHORT_BY, block_measures, indented_first_lines,
                                       block_measures_en, character_measure, column_edges, document_edges, inset_edges, is_table_row,
                                       SPACED_PARAGRAPH, column_broke_early, line_spacing, parts_paragraphs_by_white,
                                       pitch_between, same_setting,
                                       text_columns)
from pipeline.segment.sections import closing_mark, dated_items, left_open, repeated_at_page_edges, short_phrase as short_phrase_heading, wh_clause_heading, \
    wh_sentence_heading
from pipeline.segment.titleblock import publisher_line, title_cased
from pipeline.segment.names import article_byline
from pipeline.segment.references import (REFERENCE_HANG, author_entry, hanging_entries, opens_next_item, reference_lines,
                                         reference_marker)
from pipeline.segment.wraps_en import (NEVER_WRAPPED, RAGGED, stanza, SHORT_PHRASE, bracketed_aside_goes_on, question_heading, broken_by_hand, ends_sentence, first_word_width, goes_on_in_small_letters, goes_on_lower_case, is_bulleted,
                                       is_english_line, is_list_item, link_piece, measure_en, short_phrase, splits_url,
                                       wrapped)

SENTENCE_END = "。．！？!?"
DIALOGUE_OPENERS = ("「", "『")
"""Brackets a line of dialogue opens with (Japanese fiction and reportage set each spoken line as a paragraph)."""
CLAUSE_END = "、，"
LEADING_PARTICLES = "のをがにへや"
"""Particles that lead to the word after them and never close a sentence in written prose: a lost glyph right after
one at a line's end was a letter of that word, not a full stop (:func:`join_wraps`' ``gap_goes_on``)."""
RAGGED_LONG = 60      # columns; a hand-wrapped dump's line this long that stops on a letter goes on
NEAR_MEASURE = 8      # columns (four wide characters); a line this close to its measure that stops on a kana goes on:
                      # half-width digits and a hand-wrapped dump make a wrapped line fall a few columns short
MIN_INDENTED_STARTS = 2  # indented Japanese lines that show a document marks its paragraphs by indent
DOUBLE_SPACED = 0.5   # share of a dump's line pairs parted by a blank line that shows double spacing
BLANK_MARKED_ENDS = 2  # paragraph ends parted by a blank line that show a dump marks its paragraphs so
_ENDS_ON_PAGE_NUMBER = re.compile(r"(?<![\d,.，．:：/])\d{1,4}$")  # an index entry's page number (not a decimal, a time)
TYPEWRITER_SIZE = 0.10  # share by which a line set in a typewriter face may differ in size from a line that is not
RESIZED_JA = 0.15     # the same for Japanese lines: TeX sets kanji at 0.92–0.96 of the Latin size, so a line opening
                      # on a Latin word reads smaller or larger; a heading (12 pt over 10) or a dateline differs more
EDGE_SHARE = 0.75     # a PDF's Japanese line at its column's edge is full if it counts this share of its measure (Latin
                      # words count fewer columns than the kanji of a full line; a figure's short label is no line of it)
ITEM_HANG_EMS = 3.5   # ems; a list item's wrapped lines are set in under its text at most this far (``（１）`` is 3)
WRAP_SLACK_EMS = 0.5  # ems; a line ending no sentence may leave this much more room and still have been wrapped
WORD_SPACE_EMS = 0.25  # ems; the word space a line breaker sets before the word it tries to fit (Times' 0.25,
                       # Helvetica's 0.278, Computer Modern's 0.333: the narrowest, so a word that fits is never read out)
MATH_GAP_EMS = 1.5    # ems; white between two pieces of one displayed formula at most (a fraction's bar, a limit)
LOST_END_ROOM_EMS = 2.0  # ems; a PDF line ending in a lost glyph this far short of its column's edge stopped short
HEADING_SIZE = 1.10   # a numbered heading-shaped line set this many times the size of a line beside it is a heading
                      # (trial 46's vertical essay: ``二　ペンキ絵と富士山`` at 12.5 pt over an 11 pt body, 1.14; more
                      # than TeX's Latin over kanji, 1/0.92 = 1.087, a line opening on a Latin word measures)

_HEADING = re.compile(
    rf"^(?:\ufffd|[0-9]{{1,3}}(?:[.．、\ufffd](?![0-9])|[.．\ufffd][0-9]+(?![0-9]*[のがをにでとも倍％%度万億]))|{OPEN}[0-9\ufffd]{{1,3}}{CLOSE}|\[[0-9]+\](?![,，;；\-–—]|[.．](?:\s|$))|［[0-9０-９]+］(?![,，;；\-–—])"
    rf"|第[0-9一二三四五六七八九十\ufffd]+[章節]|[{CIRCLED_NUMBERS}\u24ea]|[{SHAPE_MARKS}{NAKAGURO}{REFERENCE_MARK}{ARROW_MARKS}])"
)
"""A section's or a list item's opening (a number, a bracketed number, a chapter, a circled number or ⓪, a mark). A
decimal that a particle or a unit follows is a quantity a wrapped sentence goes on with (``マグニチュード`` / ``9.0の地震
が…``, ``1.5倍``: fresh-user trial 74c's drill plan), no section's number. A number may have lost its glyphs (``\ufffd\ufffd環境``, ``（\ufffd）泥上げ``, ``第\ufffd節``): such a line opens a
heading or an item only where the heading solver or the list around it reads one there (:data:`_LOST_NUMBER`). A
reference's number in full-width brackets (``［1］水野直樹，…``) opens an item as ``[1]`` does, and its wrapped line set
in under it goes on (helper struct77, fresh-user trial 77g: each reference had been two paragraphs)."""
_LOST_NUMBER = re.compile(rf"^(?:\ufffd|{OPEN}[0-9]*\ufffd|第[0-9一二三四五六七八九十]*\ufffd)")
"""A line whose opening number lost a glyph: at the line's start, inside its brackets, or in a chapter's or a
section's number (trial 44: ``（\ufffd）泥上げ`` after ``（1）草刈り`` and ``第\ufffd節`` had been glued to the paragraph
before). It opens a heading only where :func:`pipeline.numbering.solve` reads a heading there, an item only where
:func:`pipeline.numbering.solve_items` reads one from its list's intact numbers; elsewhere the lost glyph may be any
letter (``\ufffdしていく…``, a paragraph's next line; ``（\ufffd）``, a lost ``（注）``)."""


_CELL_GAP = re.compile(r"\S(?:\t|[ \u3000]{2,})\S")
"""White inside a line that parts cells or columns: a TAB, or two spaces or more, ASCII or ideographic or both
(``…（北洋大学）\u3000\u3000 655票``: an election result's votes column, set off by both kinds)."""

def is_heading(text: str) -> bool:
    """A line that opens a section or a list item.

    >>> [is_heading(s) for s in ["（1）港湾部会", "3\\ufffd1 城下町", "2005 年から", "① 鉄鋼", "[1] 大向", "2020. The rise"]]
    [True, True, False, True, True, False]
    >>> is_heading("(2019), and the tide tables")  # a year in brackets (``Lind et al.`` / ``(2019)``) labels nothing
    False

    A bracketed number followed by a comma, a dash or a sentence's stop is a citation wrapped to the line's start
    (``… concert halls`` / ``[1], [2]. Ferry traffic …``, ``[4]–[6] report``), not a reference list's item:

    >>> [is_heading(s) for s in ["[1], [2]. Ferry traffic differs", "[4]–[6] report the same", "[3]. As", "[3] Kim, P."]]
    [False, False, False, True]

    and so is a line of the citation and the sentence's stop alone (``… cost several thousand pounds each`` / ``[1].``:
    trial 54, where it had been a paragraph of its own; a reference list's item holds its reference after its number):

    >>> [is_heading(s) for s in ["[1].", "[12]．", "[2]"]]
    [False, False, True]
    """
    return _HEADING.match(text) is not None


MIN_CLAUSE_WORDS = 4
"""Words a bracketed clause's line holds after its label at least before it is read as a sentence going on (a heading
such as ``(2) Safety`` or ``(1) Scope and aims`` holds fewer)."""


def bracketed_clause_goes_on(before: str, after: str) -> bool:
    """A clause of a policy, a bylaw or a contract opened by its label in brackets (``(3)``, ``(b)``, ``(iv)``:
    :data:`~pipeline.listmarks.ENUMERATOR`) whose sentence the line leaves open (no sentence's end, no colon or
    semicolon closing it) over a line that carries the sentence on in small letters: one clause wrapped, never a
    run-in heading and its paragraph (fresh-user trial 62: ``(3) The Department may refuse a permit where the event
    would unreasonably interfere with`` / ``other uses of the space.`` had been two paragraphs; a numbered line is
    weighed as a possible run-in heading, ``1. Scope. This note…``, which a clause's sentence is not). A heading set
    with a bracketed number holds a short phrase (fewer than :data:`MIN_CLAUSE_WORDS` words) and a next line opening on
    a capital or on the next label; both stay apart.

    >>> bracketed_clause_goes_on("(3) The Department may refuse a permit where the event would unreasonably interfere with", "other uses of the space.")
    True
    >>> bracketed_clause_goes_on("(a) a site plan showing any structures, stages or vehicles;", "and proof of insurance")
    False
    >>> bracketed_clause_goes_on("(2) Safety", "every student carries a whistle."), bracketed_clause_goes_on("(1) No event may be held without a permit", "The Department…")
    (False, False)
    """
    label = ENUMERATOR.match(before)
    if label is None or len(before[label.end():].split()) < MIN_CLAUSE_WORDS or before.rstrip().endswith((";", "；")):
        return False
    return is_english_line(before) and goes_on_in_small_letters(before, after)


def _next_enumerator(label: str) -> str | None:
    """The enumerator after ``label`` (``1`` → ``2``, ``a`` → ``b``); ``None`` for a roman numeral (``i``, ``iv``,
    whose successor is not worth the guess).

    >>> _next_enumerator("1"), _next_enumerator("9"), _next_enumerator("a"), _next_enumerator("ii")
    ('2', '10', 'b', None)
    """
    if label.isdigit():
        return str(int(label) + 1)
    return chr(ord(label) + 1) if len(label) == 1 and label not in ROMAN_LETTERS else None


def _numbers_only(text: str) -> bool:
    """A line of numbers and punctuation, no letters (``2675(9):301–312, 2021.``): it reads with the line before.

    >>> _numbers_only("2675(9):301–312, 2021."), _numbers_only("2021 年"), _numbers_only("\ufffd\ufffd")
    (True, False, False)
    """
    return script_of(text) == NEUTRAL and any(ch.isdigit() for ch in text) and GAP not in text


def _label_hang(text: str) -> float:
    """Ems a labelled line's wrapped lines may be set in under it: a reference's bracketed number (``[10] J. S.
    Smith …``) hangs its entry the label's width, up to :data:`~pipeline.segment.references.REFERENCE_HANG` (REVTeX's
    two-digit labels hang 2.05 ems at 9 pt: trial 62b's apssamp, whose references from ``[10]`` on had been cut after
    their first line where no ``References`` heading stands over them); any other label two, as a bullet's."""
    marker = reference_marker(text)
    return REFERENCE_HANG if marker is not None and marker[0] == "bracket" else 2.0


def _labelled(text: str) -> bool:
    """A line led by a list label: a number, a reference number, a bullet, ``a)``."""
    return is_heading(text) or is_list_item(text)


CASE_PARTICLES = frozenset({"を", "が", "に", "の", "と", "へ", "より"})
"""Case particles (格助詞) that open no sentence: a line led by one carries on the line before (``で``, ``は``, ``も``
are left out: ``では、`` and ``でも`` open sentences as conjunctions, which Sudachi splits into particles)."""


def opens_on_case_particle(text: str) -> bool:
    """``text`` opens on a case particle that no sentence opens on (:data:`CASE_PARTICLES`, Sudachi's 格助詞), not
    followed by a comma (``と、`` opens a sentence in speech).

    >>> opens_on_case_particle("との協働による交流を広げていく。"), opens_on_case_particle("を通じて交流した")
    (True, True)
    >>> opens_on_case_particle("では、次に"), opens_on_case_particle("市では、"), opens_on_case_particle("と、彼は言った。")
    (False, False, False)
    """
    s = text.lstrip(" \u3000")
    if not s or s[0] not in "をがにのとへよ":
        return False  # the cheap test first: Sudachi only for a line led by a particle's letter
    first = next(iter(tokenizer("C").tokenize(s[:12])), None)
    return (first is not None and first.part_of_speech()[:2] == ("助詞", "格助詞") and first.surface() in CASE_PARTICLES
            and s[len(first.surface()):][:1] not in ("、", "，"))


JOINING_CONJUNCTIONS = ("及び", "並びに", "又は", "若しくは", "および", "ならびに", "または", "もしくは")
"""Conjunctions that join two nouns or clauses inside one sentence and open none (a judgment's ``…事実`` /
``及び理由``, a law's ``…理事`` / ``並びに監事``): a line led by one carries on the line before."""


def opens_on_joining_conjunction(text: str) -> bool:
    """``text`` opens on a conjunction that joins within a sentence (:data:`JOINING_CONJUNCTIONS`), not followed by a
    comma (``または、`` may open an alternative as a sentence does). Decision: issue 16, helper fix67b, fresh-user trial
    67b (``主文　…負担とする。事実`` / ``及び理由　第1　…`` had been a heading over the rest, 事実及び理由 cut in two).

    >>> opens_on_joining_conjunction("及び理由　第1　請求"), opens_on_joining_conjunction("並びに監事の選任")
    (True, True)
    >>> opens_on_joining_conjunction("または、次の方法によります。"), opens_on_joining_conjunction("及川さんの発表")
    (False, False)
    """
    s = text.lstrip(" \u3000")
    for word in JOINING_CONJUNCTIONS:
        if s.startswith(word) and s[len(word):][:1] not in ("、", "，"):
            # the word itself, not a name or a noun opening on its letters (``及川``, ``又吉``)
            first = next(iter(tokenizer("C").tokenize(s[:12])), None)
            return first is not None and first.surface() == word and first.part_of_speech()[0] == "接続詞"
    return False


def opens_on_te(text: str) -> bool:
    """``text`` opens on the conjunctive particle ``て`` (Sudachi's 助詞-接続助詞: ``…終わっ`` / ``てなお…``, ``…分類し`` /
    ``て、後ろに…``), the ending of the verb the line before left open: no sentence opens on it (real-PDF trial 51,
    japanese-mathformulas, pxjodel, pxcjkcat and eptex_resume: a paragraph had ended mid-word before ``て…``).

    >>> opens_on_te("てなお余力のある人は"), opens_on_te("て、後ろに2桁の番号を"), opens_on_te("ている。"), opens_on_te("手紙を")
    (True, True, True, False)
    >>> opens_on_te("てんで話にならない")
    False
    """
    s = text.lstrip(" \u3000")
    if s[:1] != "て":
        return False  # the cheap test first: Sudachi only for a line led by て
    first = next(iter(tokenizer("C").tokenize(s[:12])), None)
    # (alone at a line's start Sudachi may read it as the spoken conjunction ``て``, which written text never uses)
    return first is not None and first.surface() == "て" and (first.part_of_speech()[:2] == ("助詞", "接続助詞")
                                                               or first.part_of_speech()[0] == "接続詞")


def ends_on_continuative(text: str) -> bool:
    """``text`` ends on a verb's, an adjective's or an auxiliary's continuative form (連用形, by Sudachi: ``終わっ``,
    ``分類し``, ``止め``), which the particle ``て`` follows, or on a sokuon ``っ`` (never a word's end): a particle
    (``…もともとの → の``, the word after it lost) leaves no verb for ``て`` to end.

    >>> ends_on_continuative("宿題が終わっ"), ends_on_continuative("恣意的に分類し"), ends_on_continuative("もともとの → の")
    (True, True, False)
    """
    s = text.rstrip()
    if s[-1:] in "っッ":
        return True
    tokens = list(tokenizer("C").tokenize(s[-12:]))
    if not tokens:
        return False
    pos = tokens[-1].part_of_speech()
    return pos[0] in ("動詞", "形容詞", "助動詞") and pos[5].startswith("連用形")


VOICED_CONTINUATIVE = ("連用形-撥音便", "連用形-イ音便")
"""Sudachi's continuative forms whose sound change voices the conjunctive particle after them: ``取り組ん`` + ``で``,
``泳い`` + ``で`` (五段 verbs in む, ぶ, ぬ, ぐ)."""


def voiced_te(before: str, after: str) -> bool:
    """``before`` stops on a verb's continuative form with its sound change (:data:`VOICED_CONTINUATIVE`: ``…取り組ん``,
    ``…泳い``), and ``after`` opens on the conjunctive particle ``で`` that ends it (``できた。``, ``でいる``), by
    Sudachi's reading of the two read as one: the word is cut in two, and no paragraph ends on such a form (trial 53:
    ``…藻場の再生に取り組ん`` / ``できた。…``, 31 of a 40-character measure, had stayed two paragraphs; alone,
    ``できた`` reads as 出来る, so the line's first word is no evidence).

    >>> voiced_te("漁業者と協力して藻場の再生に取り組ん", "できた。ウニの駆除を"), voiced_te("多くの稚魚が泳い", "でいる様子が")
    (True, True)
    >>> voiced_te("以下はその取組", "では、参加者の数を"), voiced_te("会場はみなさん", "でいっぱいになった。"), voiced_te("本を読ん", "手紙を書く")
    (False, False, False)
    """
    b, a = before.rstrip(), after.lstrip(" \u3000")
    if b[-1:] not in "んい" or a[:1] != "で":
        return False  # the cheap test first: Sudachi only for a line ending on ん or い before で
    tail = b[-12:]
    at, previous = 0, None
    for token in tokenizer("C").tokenize(tail + a[:12]):
        if at == len(tail):
            return (previous is not None and previous.part_of_speech()[0] == "動詞"
                    and previous.part_of_speech()[5] in VOICED_CONTINUATIVE
                    and token.surface() == "で" and token.part_of_speech()[0] == "助詞")
        if at > len(tail):
            return False  # a word runs over the break: not this cut
        at += len(token.surface())
        previous = token
    return False


_SENTENCE_CONNECTIVE = ("助動詞-ダ", "助動詞-デス")
"""The copula's forms, which open a sentence in speech with a particle after them (``だから、``, ``ですので、``,
``なので、``, ``だけど``): left out of :func:`opens_on_auxiliary`."""


def opens_on_auxiliary(text: str) -> bool:
    """``text`` opens on an inflection of the word the line before left open: an auxiliary verb (助動詞: ``ます``,
    ``ました``, ``れる``, ``られる``, ``た``) or a verb's irrealis form, which never stands alone (``さ`` of ``されて``):
    no sentence opens so, the copula before a particle aside (``だから、``, ``ですので、``: spoken connectives).

    >>> opens_on_auxiliary("されております。現在、"), opens_on_auxiliary("ます。その点は"), opens_on_auxiliary("ました。満足度は")
    (True, True, True)
    >>> opens_on_auxiliary("ですから、次に"), opens_on_auxiliary("なので、"), opens_on_auxiliary("また、"), opens_on_auxiliary("ただ、")
    (False, False, False, False)
    >>> opens_on_auxiliary("まとめ、次回の"), opens_on_auxiliary("おります。"), opens_on_auxiliary("市では")
    (False, False, False)
    """
    s = text.lstrip(" \u3000")
    if not s or not is_hiragana(s[0]):
        return False  # the cheap test first: Sudachi only for a line led by hiragana
    tokens = list(tokenizer("C").tokenize(s[:12]))[:2]
    if not tokens:
        return False
    pos = tokens[0].part_of_speech()
    if pos[0] == "動詞":
        return pos[5].startswith("未然形")
    if pos[0] != "助動詞":
        return False
    return not (pos[4] in _SENTENCE_CONNECTIVE and len(tokens) > 1 and tokens[1].part_of_speech()[0] == "助詞")


OPEN_PARTICLES = ("格助詞", "係助詞", "接続助詞")
"""Sudachi's classes of the particles that leave their clause open at a line's end (``…返納は``, ``…推進して``,
``…減少したが``, ``…ボランティアを``): a case, binding or conjunctive particle leads on to the words it governs. An
adverbial particle (副助詞: ``…体操教室など``, ``…17時まで``) may close a field's noun phrase, a sentence-final one
(終助詞) closes the sentence: neither is read as open."""


def ends_mid_clause(text: str) -> bool:
    """``text`` stops with its clause open, by its last word: a particle of :data:`OPEN_PARTICLES`, or a verb's, an
    adjective's or an auxiliary's continuative form (:func:`ends_on_continuative`: ``…推進し``, ``…増えており``).

    >>> ends_mid_clause("高齢者の免許返納は"), ends_mid_clause("総合的に推進して"), ends_mid_clause("人工林が増えており")
    (True, True, True)
    >>> ends_mid_clause("親子体操教室など"), ends_mid_clause("5年を目途"), ends_mid_clause("ご参加ください"), ends_mid_clause("参加費は無料です")
    (False, False, False, False)
    """
    s = text.rstrip()
    pos = _last_word_pos(s)
    return pos is not None and ((pos[0] == "助詞" and pos[1] in OPEN_PARTICLES) or ends_on_continuative(s))


def _last_word_pos(text: str) -> tuple[str, ...] | None:
    """Sudachi's part of speech of the last word of ``text`` (its last 12 characters read in mode C), ``None`` where
    ``text`` does not end on a Japanese letter."""
    if not is_ja_letter(text[-1:]):
        return None
    tokens = list(tokenizer("C").tokenize(text[-12:]))
    return tuple(tokens[-1].part_of_speech()) if tokens else None


WORD_SPAN = 8
"""Characters on each side of a line break that :func:`word_across_break` reads: a word of Sudachi's short units is
shorter (most are one to four letters)."""


def word_across_break(before: str, after: str) -> bool:
    """A word runs across the break: read together, the last letters of ``before`` and the first of ``after`` hold a
    word of Sudachi's short units (mode A) that starts in one line and ends in the next (``…それを後注列`` / ``挙部分の``:
    ``列挙``; ``…オプションを用`` / ``いた場合``: ``用い``). Where the line reached its text block's edge, the typesetter
    broke it inside a word, which no paragraph's end does (real-PDF trial 62b: endnotesj's manual had each such pair as
    two paragraphs). Short units, not the long ones: two nouns read as one compound across the break (``計画`` /
    ``書``) are no word broken.

    >>> word_across_break("それを後注列", "挙部分のタイトル"), word_across_break("オプションを用", "いた場合、")
    (True, True)
    >>> word_across_break("調査の計画", "書を作成した"), word_across_break("高齢者の免許返納は", "年々増えている")
    (False, False)
    """
    a, b = before.rstrip()[-WORD_SPAN:], after.lstrip()[:WORD_SPAN]
    if not (is_ja_letter(a[-1:]) and is_ja_letter(b[:1])):
        return False
    return any(m.begin() < len(a) < m.end() for m in tokenizer("A").tokenize(a + b))


WRAP_SHORT_BY = 4
"""Columns by which a wrapped paragraph's first line may fall short of the line under it (kinsoku: two wide letters)
and still be read as filling the measure that line fills."""


def wrapped_sentence_opens(line: Text, following: Text | None) -> bool:
    """``line``, a Japanese line that is no sentence alone (:func:`~.titleblock.is_prose` false), opens running text
    wrapped onto ``following``, the raw line right under it: ``following`` ends or holds the sentence's end (``。``),
    ``line`` is as wide as ``following`` at least (:data:`WRAP_SHORT_BY` short at most: a first line fills the measure,
    a title sits short of the text under it), holds no sentence end, and the break cuts a word or a clause
    (:func:`word_across_break`: ``…臨時休館いた`` / ``します。``; :func:`opens_on_auxiliary`, :func:`ends_mid_clause`,
    :func:`opens_on_case_particle`) or ``line`` holds a clause's comma (``、``), which a title or heading holds none of.

    Why (issue 16 point 2, fresh-user trial 69c): a notice's first paragraph wrapped at 38 characters
    (``市立中央図書館では、…次の期間臨時休館いた`` / ``します。``) was read as no running text, line by line, so the
    notice's opening ran on past it and its body stayed ``front``, unjoined.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> wrapped_sentence_opens(t("市立中央図書館では、図書館システムの更新作業のため、次の期間臨時休館いた", 5), t("します。", 6))
    True
    >>> wrapped_sentence_opens(t("町民プールの一時休業について（お知らせ）", 4), t("拝啓　時下ますますご清祥のこととお喜び申し上げます。", 5))
    False
    >>> wrapped_sentence_opens(t("市立中央図書館では、図書館システムの更新作業のため、次の期間臨時休館いた", 5), t("します。", 7))  # a blank line
    False
    """
    if following is None:
        return False
    a, b = line.text.strip(" \u3000\t"), following.text.strip(" \u3000\t")
    if not a or not b or script_of(a) != JA or any(c in a for c in "。！？"):
        return False
    if last_line(line) is None or first_line(following) != last_line(line) + 1:
        return False  # a blank line (or another page) between: no wrap
    if not ("。" in b or b.endswith(("．", "！", "？"))):
        return False
    if display_width(a) + WRAP_SHORT_BY < display_width(b):
        return False  # short of the line under it: a title's or a field's width, no measure filled
    return ("、" in a or "，" in a or word_across_break(a, b) or opens_on_auxiliary(b) or ends_mid_clause(a)
            or opens_on_case_particle(b))


_LINE_NUMBER = re.compile(r"^\s*(\d{1,4})[ \t]")


def _listing_numbers(before: str, text: str) -> bool:
    """Both lines open on a bare number before a space, the second on the next number: a listing's numbered lines
    (luatexja-ruby's ``2 3.79この\\ruby{…}を`` / ``3 3.80漢字の部首には…``), each a line of its own however its
    words run on (the PDF regression of session 52: the first had been joined onto the second at the page's edge).

    >>> _listing_numbers("2 3.79この\\ruby{檜}{ひのき}を", "3 3.80漢字の部首には"), _listing_numbers("…を", "3 つの")
    (True, False)
    """
    a, b = _LINE_NUMBER.match(before), _LINE_NUMBER.match(text)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


KOREAN_LATIN_SHARE = 3
"""Latin letters a line of Korean prose holds at most per Hangul syllable (a syllable block writes two or three
letters' sounds: a manual's ``kotexutf.sty, xetexko.sty, 혹은 luatexko.sty 가운데 하나를 로드한다.`` is Korean, 11 to 29;
an English sentence naming ``대구`` is not)."""


def korean_prose(text: str) -> bool:
    """A line of Korean prose for the wrap rule: Hangul outnumbers the Japanese letters, and the Latin letters are no
    more than :data:`KOREAN_LATIN_SHARE` per Hangul syllable (:func:`pipeline.chardata.is_korean` asks Hangul to
    outnumber them, which a manual's line of package names fails).

    >>> korean_prose("다만 XETEX 혹은 LuaTEX"), korean_prose("Daegu 대구 is a city in the south east")
    (True, False)
    """
    ko = len(HANGUL_RE.findall(text))
    ja, latin = script_counts(text)
    return ko > ja and KOREAN_LATIN_SHARE * ko >= latin


_KOREAN_SENTENCE_END = re.compile(r"[.!?。．！？…][\"'”’)）」』]*$")
"""A Korean sentence's end at a line's end: a full stop, a question or exclamation mark, a closing quote or bracket
after it (``…가능하다.``, ``…했다.”``)."""


CENTRED_AXIS_EMS = 0.75
"""How far apart (in ems of the line's size) two PDF lines' centres may stand and share one axis."""
CENTRED_AXIS_COLUMNS = 2
"""How far apart (in display columns) two dump lines' centres may stand and share one axis (an odd width rounds)."""
MIN_CENTRED_INDENT = 4
"""Columns a dump's centred line is set in at least (a paragraph's indent is fewer)."""
CENTRED_MARGIN_EMS = 1.5
"""Ems a PDF's centred line stands in from each edge of its page's text, at least (a justified line reaches both)."""
CENTRED_LEADING = 1.0
"""White between two PDF lines of one centred block, in ems of their size, at most (a line's leading)."""


CENTRED_HEADING_SIZE = 1.1
"""A PDF's centred heading is set this many times the body's size or larger, or in a bold face."""
_GOES_ON_JA = "のとにをへやで、・"
"""The marks a Japanese heading's first line stops on where its second line carries it on (a particle, a comma)."""


def _goes_on_centred(p: str, t: str) -> bool:
    """``t`` carries the phrase of ``p`` on, by its words: ``p`` opens a caption (``Figure 2: …``, ``図2 …``), or ``p``
    ends on a connective (``… of the``), a Japanese particle or comma, or ``t`` opens in small letters with two words
    or more (``during the Winter Months``; a title page's ``by`` alone is its own line).

    >>> _goes_on_centred("Seasonal Behaviour of the Boom Sensors", "during the Winter Months"), _goes_on_centred("Lei Ye", "A Thesis for Master")
    (True, False)
    """
    return (CAPTION_LABEL.match(p) is not None or FIGURE_CAPTION.match(p) is not None or ends_on_connective(p)
            or p[-1:] in _GOES_ON_JA or ("a" <= t[:1] <= "z" and len(t.split()) >= 2))


def _last_word_alone(p: str, t: str) -> bool:
    """``t`` is one word alone, a heading's last word carried over (``Seasonal Behaviour of the Crane Boom`` /
    ``Sensors``): a word of letters, no section's name, under a phrase of three words or more that ends on no digit,
    full stop or colon (``CHAPTER 1`` / ``INTRODUCTION`` are a label and a heading). Read so only where a PDF shows
    both lines set as one heading (:func:`centred_pair`: its size or face, one axis, one leading; trial 49).

    >>> _last_word_alone("Seasonal Behaviour of the Crane Boom", "Sensors"), _last_word_alone("CHAPTER 1", "INTRODUCTION")
    (True, False)
    """
    words = t.split()
    return len(words) == 1 and words[0].replace("-", "").isalpha() and not is_section_name(t) \
        and len(p.split()) >= 3 and not p[-1:].isdigit() and not p.endswith((".", ":", "："))


def centred_pair(prev: Text, line: Text, layout: Layout, block: tuple[float, float] | None = None,
                 measure: int | None = None, body_size: float | None = None) -> bool:
    """``line`` carries on ``prev``, both centred on one axis: a caption or a heading broken over two lines
    (``Figure 2: Mean boom amplitude by month and by crane,`` / ``measured at the tip sensor``, ``Seasonal Behaviour
    of the Boom Sensors`` / ``during the Winter Months``; issue 16: a centred heading's two lines were two sections).

    Evidence: the two lines' centres stand on one axis (:data:`CENTRED_AXIS_EMS`, :data:`CENTRED_AXIS_COLUMNS`) while
    their left edges differ by more than that (a flush-left pair's centres meet only by chance: the wrap rules read
    it), both lines set in from both edges of the text (a PDF: ``block``, its page's leftmost and rightmost text
    edges, by :data:`CENTRED_MARGIN_EMS` or more; a dump: :data:`MIN_CENTRED_INDENT` columns or more on the left, and
    as many short of ``measure``: a full line of justified text, a column's line, is centred too), one text box (a
    PDF: the same page, size and face, at most :data:`CENTRED_LEADING` of white between; a dump: no blank line
    between), ``prev`` ends no sentence and opens no list item or reference, and ``line`` opens no numbered heading,
    caption, list item or table row. (The caller keeps code and display formulas apart, as for every wrap.) And the
    words say the phrase goes on (:func:`_goes_on_centred`: a caption's, or a heading's broken at a connective or
    before small letters; in a PDF also a heading's last word alone, :func:`_last_word_alone`), and in a PDF a line that is no caption's is set as a heading is (:data:`CENTRED_HEADING_SIZE`
    times ``body_size``, or bold): a title page's centred lines, its authors, affiliations and dates each a line of
    their own, stay apart (the regression corpus's aps, spie, uowthesis title pages).

    >>> from pipeline.model import LineLayout
    >>> lay = Layout((LineLayout(1, indent=10, width=52), LineLayout(1, indent=20, width=33)), ())
    >>> a, b = Text.from_raw("Figure 2: Mean boom amplitude by month and by crane,", 1, 10), Text.from_raw("measured at the boom's tip sensor", 2, 20)
    >>> centred_pair(a, b, lay), centred_pair(b, a, lay)
    (True, False)
    """
    p, t = prev.text.strip(), line.text.strip()
    if not p or not t or ends_sentence(p, t) or "\t" in p or "\t" in t or numbered_heading(t) \
            or CAPTION_LABEL.match(t) or FIGURE_CAPTION.match(t) or item_mark(t) is not None or BULLET_START.match(t) \
            or item_mark(p) is not None or BULLET_START.match(p) or reference_marker(p) is not None:
        return False
    carried = _goes_on_centred(p, t)
    if not carried and not _last_word_alone(p, t):
        return False
    a, b = layout.at(last_line(prev)), layout.at(first_line(line))
    if a.x0 is not None and b.x0 is not None and a.x1 is not None and b.x1 is not None:
        caption = CAPTION_LABEL.match(p) is not None or FIGURE_CAPTION.match(p) is not None
        if not caption and not all((x.size and body_size and x.size >= CENTRED_HEADING_SIZE * body_size) or bold_font(x.font)
                                   for x in (a, b)):
            return False
        size = a.size or b.size
        if not size or a.page != b.page or (a.size and b.size and abs(a.size - b.size) > 0.05 * size) \
                or a.font != b.font or a.y0 is None or b.y1 is None or not 0 <= a.y0 - b.y1 <= CENTRED_LEADING * size:
            return False
        axis = abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= CENTRED_AXIS_EMS * size
        margin = CENTRED_MARGIN_EMS * size
        inside = block is not None and all(x.x0 - block[0] >= margin and block[1] - x.x1 >= margin for x in (a, b))
        return axis and inside and abs(a.x0 - b.x0) > CENTRED_AXIS_EMS * size
    if not carried or a.x0 is not None or b.x0 is not None or not layout.same_box(prev, line):
        return False  # (a word alone under a dump's centred line is read by words only: no face or size vouches)
    ia, ib = layout.indent(prev), layout.indent(line)
    if min(ia, ib) < MIN_CENTRED_INDENT or abs(ia - ib) <= CENTRED_AXIS_COLUMNS:
        return False
    if measure is not None and max(ia + display_width(p), ib + display_width(t)) > measure - MIN_CENTRED_INDENT:
        return False
    return abs((2 * ia + display_width(p)) - (2 * ib + display_width(t))) <= 2 * CENTRED_AXIS_COLUMNS


_ITEM_CODE = re.compile(r"^[ \t]*(?P<label>[A-Z]{1,2})(?P<number>[1-9][0-9]?)(?:[.:)][ \t]*|[ \t]+)(?=[A-Z“\"‘'(])")
"""A labelled item's code opening its line, a capital or two and its number, then a mark or a space and the item's
text in a capital (``R1 The council should …``, ``A2. Test the …``, ``Q3: Why were …``)."""


def coded_items(lines: Sequence[Text]) -> frozenset[int]:
    """The lines that open a labelled item of a series (``R1 …``, ``R2 …``, ``R3 …``; ``F1``, ``F2``; ``Q1``, ``Q2``):
    two lines or more whose code (:data:`_ITEM_CODE`) has one label and numbers counting up by one from 1 in document
    order, other lines between them (an item's wrapped lines) or not. Each opens a paragraph of its own
    (:func:`join_wraps`' ``opens``): an item, as a list's marked item is, never the wrapped rest of the item before
    however full that line is.

    Decision (issue 16 point 2, helper news72, fresh-user trial 71's flood report): a report's recommendations
    ``R1 …``, ``R2 …`` had been joined into one paragraph where a line filled the measure. A code alone (``A4 paper``
    in a sentence), a series not starting at 1 or skipping a number (``B12``, ``B7``: sizes, grid cells, room
    numbers), and codes in lower case stay as they were.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(coded_items(mk("Recommendations", "R1 The council should act.", "R2 Warnings should be sent by text",
    ...                       "message as well.", "R3 The stopbank should be raised.", "A1 Publish the maps.")))
    [1, 2, 4]
    >>> sorted(coded_items(mk("B12 Room booked.", "B7 Room free.", "A4 Paper is used.")))
    []
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for k, t in enumerate(lines):
        m = _ITEM_CODE.match(t.text)
        if m is not None:
            found.setdefault(m.group("label"), []).append((k, int(m.group("number"))))
    out: set[int] = set()
    for runs in found.values():
        run: list[int] = []
        for k, n in runs:
            if n == len(run) + 1:
                run.append(k)
            else:
                if len(run) >= 2:
                    out.update(run)
                run = [k] if n == 1 else []
        if len(run) >= 2:
            out.update(run)
    return frozenset(out)


def join_wraps(lines: list[Text], layout: Layout, measure_width: int | None,
               headings: frozenset[int] = frozenset(), furniture: Sequence[int] = (),
               opens: frozenset[int] = frozenset(), apart_in_document: bool = False) -> tuple[list[Text], list[Text]]:
    """Join a run of body lines into paragraph lines (``headings``: indexes that are headings, never joined;
    ``opens``: indexes that open a paragraph of their own and head nothing, whose wrapped lines join them as any
    paragraph's do: a law's article, paragraph number or item, :func:`pipeline.segment.articles.law_of`;
    ``furniture``: the raw line numbers, sorted, of the lines set aside as page furniture, a page number or a
    running head: one standing between two lines is a page break between them, where a dump without form feeds
    shows its pages only so: ``…その`` | ``- 3 -`` | ``間に行った…``; ``apart_in_document``: the whole document
    never starts a paragraph flush after another's end, :func:`document_sets_paragraphs_apart`).

    Returns the paragraphs and the hyphens dropped from English words broken
    across a page break (``Ja-`` / page furniture / ``pan``), which the clean
    stage's :func:`~pipeline.clean.hyphenation.join_hyphenated_wraps` could
    not see, the two halves not being neighbours there; the decision is the
    clean rule's (:func:`~pipeline.clean.hyphenation.hyphen_decision`), and
    the caller writes each hyphen to the ledger.

    >>> full = "あ" * 43
    >>> texts = [Text.from_raw(s, n) for n, s in enumerate([full] * 5 + ["（1）見出し", full, "おわり。", "つづき。"], 1)]
    >>> [len(t) for t in join_wraps(texts, Layout.plain(), 86)[0]]
    [215, 6, 47, 4]
    """
    # the line under a letter's complimentary close (``Yours sincerely,`` / ``J. Whitfield``) opens the signature, a
    # paragraph of its own, and the line under its salutation (``Dear Householder,`` / ``From 1 April …``) its text:
    # each ends on a comma, but no sentence goes on across it (fresh-user trial 70b, helper fix70f: ``Yours
    # sincerely, J. Whitfield`` had been one front line)
    from pipeline.segment.letters import is_closing
    opens = opens | frozenset(k + 1 for k in range(len(lines) - 1)
                              if k + 1 not in headings and (is_closing(lines[k].text) or is_salutation(lines[k].text)))
    # a close or a signature's label alone under a sentence's end (``…before the 10am service.`` / ``With every
    # blessing,``; ``…comes before everything.`` / ``Signed,``) opens a line of its own, never the last paragraph's
    # tail (fresh-user trial 73c, helper eng73); the name under ``Signed,`` joins it as before
    from pipeline.segment.letters import _SIGNED_LABEL
    opens = opens | frozenset(k for k in range(1, len(lines))
                              if k not in headings and (is_closing(lines[k].text) or (
                                  (label := _SIGNED_LABEL.match(lines[k].text.strip())) is not None
                                  and not lines[k].text.strip()[label.end():]))
                              and ends_sentence(lines[k - 1].text, lines[k].text))
    # a letter closing on its place and date over the signer's name, no complimentary close (``Torino, July 10,
    # 2018`` / ``Walt DISNEY``: letters.dated_close): the dateline and the name each open a line of their own, never
    # the last paragraph's tail nor one line (session 75, helper en75, fresh-user trial 75c's LaTeX letter)
    from pipeline.segment.letters import dated_close
    if (dated := dated_close(list(lines))) is not None:
        opens = opens | (frozenset({dated[0] - 1, dated[0]}) - headings)
    # a labelled item of a series (``R1 …`` / ``R2 …``) opens a paragraph of its own (helper news72)
    opens = opens | (coded_items(lines) - headings)
    # a dated list's items (``6 April - Mrs Brenda Cole``, ``Tuesdays - Warm Space``) open their own (helper eng73)
    opens = opens | (dated_items(lines) - headings)
    # a run of tagged fields (``【履行場所】…`` / ``【履行期間】…``): each field opens a line of its own (helper news84)
    opens = opens | (tagged_fields([t.text for t in lines]) - headings)
    # a numbered heading the PDF sets apart (larger or bold) is a heading however full the line before it
    headings = (headings | _set_apart_headings(lines, layout)) - opens
    # a standard's terms entry (``3.1`` / ``dataset`` / its definition): the number and the term each a line of their
    # own, never the tail of the definition before (fresh-user trial 83a, helper spec83; :mod:`.terms`)
    from pipeline.segment.terms import term_entries
    headings = headings | (frozenset(k + d for k in term_entries([t.text for t in lines]) for d in (0, 1)) - opens)
    # a newsletter's headlines, each over its article's paragraph, however long (helper news70)
    headings = headings | (headlines_over_articles(lines, layout) - opens)
    widths = block_measures(lines, layout, measure_width)
    widths_en = block_measures_en(lines, layout)
    # a question alone between paragraphs (``…free of charge.`` / ``How do I contact you?`` / ``Telephone: …``) is a
    # heading, never the tail of the paragraph before (fresh-user trial 73c, helper eng73)
    headings = headings | (frozenset(k for k in range(1, len(lines) - 1)
                                     if question_heading(lines[k - 1].text, lines[k].text, lines[k + 1].text,
                                                         widths_en[k])) - opens)
    next_line = line_spacing(lines, layout)
    edges = column_edges(lines, layout)
    stanzas = _stanza_lines(lines, layout, widths_en)

    def end(k: int) -> float | None:
        return layout.at(last_line(lines[k])).x1

    def em(k: int) -> float:
        return layout.size(lines[k]) or 0.0

    counted = character_measure(lines, layout)

    def full(k: int) -> bool:
        width = widths[k]
        # a lost glyph's width is unknown (a wide kanji or a narrow mark): it is counted one column, and may be two
        lost = lines[k].text.count(GAP)
        if width is not None and width - SHORT_BY <= layout.width(lines[k]) + lost and layout.width(lines[k]) <= width + LONG_BY:
            return True
        # a dump wrapped by character count: half-width digits make a full line narrower (``…約48万人…特に郊``); and
        # counted as the dump printed it, the spaces clean drops beside half-width digits included (``…開かれ、105 日``
        # / ``間で約 93 万人…``: 40 characters raw, 38 kept; helper bunshu78, fresh-user trial 77d)
        return width is not None and counted is not None and counted in (len(lines[k].text), raw_span(lines[k]))

    def wrapped_en(j: int, k: int, measure_en_k: int | None) -> bool | None:
        """``lines[j]`` was ended because ``lines[k]``'s first word did not fit, at its column's edge or at the
        measure in characters (a text wrapped by character count, then set in a proportional font); ``None`` where
        no English measure shows (no English prose: table rows, a list of names), whose lines stay lines."""
        if measure_en_k is None:
            return None
        edge, x1 = edges[j], end(j)
        at_edge = None
        if edge is not None and x1 is not None and (word := next_word(k)) is not None:
            room = 0.0 if ends_sentence(lines[j].text, lines[k].text) else WRAP_SLACK_EMS * em(j)
            at_edge = x1 + word > edge - room
        return bool(at_edge) or wrapped(layout.end_width(lines[j]), lines[j].text, lines[k].text, measure_en_k)

    def next_word(k: int) -> float | None:
        """The points a line breaker needed at the end of the line before ``lines[k]`` to set ``lines[k]``'s first
        word there: a word space and the word, as the PDF's own glyphs measure it (``LineLayout.lead``), else the
        word's display columns at ``lines[k]``'s pitch (a space a column); ``None`` where the line has no position."""
        nxt = layout.at(first_line(lines[k]))
        if nxt.lead is not None and nxt.size:
            return WORD_SPACE_EMS * nxt.size + nxt.lead
        if nxt.x0 is not None and nxt.x1 is not None and nxt.width:
            return (1 + first_word_width(lines[k].text)) * (nxt.x1 - nxt.x0) / nxt.width  # points per display column
        return None

    indented_first = indented_first_lines(lines, layout)  # set in by a wide indent, an inch in a thesis

    page_ends: dict[int, list[float]] = {}
    for t in lines:
        lay = layout.at(last_line(t))
        if lay.x1 is not None:
            page_ends.setdefault(lay.page, []).append(lay.x1)
    # the right edge of each page's text block: the furthest end that three lines reach (within a point; an overfull
    # line passes it), else the furthest end
    page_right: dict[int, float] = {}
    for page, ends in page_ends.items():
        ends.sort()
        page_right[page] = next((x for x in reversed(ends) if bisect.bisect_right(ends, x + 1.0)
                                 - bisect.bisect_left(ends, x - 1.0) >= TEXT_EDGE_LINES), ends[-1])

    def at_text_edge(j: int) -> bool:
        """In a PDF, ``lines[j]`` ends within an em of its page's text block's right edge (justified to it)."""
        lay = layout.at(last_line(lines[j]))
        return lay.x1 is not None and lay.x1 >= page_right[lay.page] - em(j)

    def at_column_edge(j: int) -> bool:
        """In a PDF, ``lines[j]`` ends within an em of its column's edge: a justified line, whose sentence's end is
        where a wrap fell (a reference's ``…babel.pdf>.`` / ``Acesso em: 17 fev. 2013.``), no line set short."""
        edge, x1 = edges[j], end(j)
        return edge is not None and x1 is not None and x1 >= edge - em(j)

    def reaches_edge(j: int, k: int) -> bool:
        """``lines[j]`` ends within an em of its column's edge (:func:`at_column_edge`), or where the line before it or
        ``lines[k]`` ends too (within half an em; on its page, starting within two ems of it: a first line's indent),
        two lines showing the edge. A line holding Latin words has a larger median glyph size than the Japanese lines
        around it (jsclasses set Latin at 1.08 of the Japanese size), so it counts as a setting of its own and its
        block shows no edge (trial 75c's ieejtran: ``…想定しています。w32tex`` at 10.91 pt among 10.09 pt lines)."""
        if at_column_edge(j):
            return True
        a = layout.at(last_line(lines[j]))
        if a.x1 is None or a.x0 is None or not a.size:
            return False
        for n in (j - 1, k):
            if n < 0 or not layout.boxed(lines[n]):
                continue
            b = layout.at(first_line(lines[n])) if n == k else layout.at(last_line(lines[n]))
            if b.page == a.page and None not in (b.x0, b.x1) and abs(b.x0 - a.x0) <= 2 * a.size \
                    and abs(b.x1 - a.x1) <= 0.5 * a.size:
                return True
        return False

    columns = text_columns(lines, layout)
    paragraph_white = parts_paragraphs_by_white(lines, layout)

    def full_at_foot(j: int, k: int) -> bool:
        """``lines[j]``, the last line of a column or a page, ends a sentence and was full all the same: ``lines[k]``'s
        first word (:func:`next_word`) would not have fitted in the white after it, up to its column's right edge as
        the whole column shows it (the page's columns side by side, :func:`~pipeline.segment.measures.text_columns`;
        on a page of one column, its text block's edge), never nearer than the lines around it show
        (:func:`~pipeline.segment.measures.column_edges`); and ``lines[k]`` opens no paragraph by an indent over the
        line under it. Where the foot of a column hides a paragraph's white, first fit is what shows the paragraph
        goes on (fresh-user trial 65b: ``…make this happen.`` at 518 of 539 pt, ``Gardeners did not…`` at the head of
        the next page, had been two paragraphs). Not where the document parts its paragraphs by white
        (:func:`~pipeline.segment.measures.parts_paragraphs_by_white`) and the column broke with room for another
        line (:func:`~pipeline.segment.measures.column_broke_early`): the next paragraph's white did not fit."""
        a = layout.at(last_line(lines[j]))
        word = next_word(k)
        if edges[j] is None or a.x1 is None or word is None:
            return False
        edge = max(edges[j], columns[j][1] if columns[j] is not None else page_right[a.page])
        if a.x1 + word <= edge:
            return False
        b = layout.at(first_line(lines[k]))
        if k + 1 < len(lines) and b.x0 is not None and b.size:
            c = layout.at(first_line(lines[k + 1]))
            if c.page == b.page and c.x0 is not None and c.y0 is not None and b.y0 is not None and c.y0 < b.y0 \
                    and INDENT_SHIFT * b.size < b.x0 - c.x0 <= MAX_OUTDENT * b.size:
                return False  # a paragraph's indented first line over its second
        if paragraph_white is not None and column_broke_early(layout, last_line(lines[j]), first_line(lines[k])):
            return False  # the column had room for the line: the next paragraph's white and line did not fit
        return True

    def at_pitch(j: int, k: int, usual: float) -> bool:
        """``lines[k]`` is the next line of ``lines[j]``'s column at the ``usual`` pitch (points), no paragraph's white
        between (:data:`~pipeline.segment.measures.SPACED_PARAGRAPH`)."""
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        pitch = pitch_between(a, b)
        return pitch is not None and a.size is not None and pitch - usual < SPACED_PARAGRAPH * a.size

    def tight_below(j: int, k: int) -> bool:
        """``lines[k]`` is the next line of ``lines[j]``'s column at the document's usual pitch (:func:`at_pitch`)."""
        return paragraph_white is not None and at_pitch(j, k, paragraph_white[1])

    def column_break(j: int, k: int) -> bool:
        """``lines[k]`` heads the next column of ``lines[j]``'s page: right of its end and higher up, or at its height
        (col66: a three-column page's last lines over a heading set across the columns, balanced a line a column, each
        column's one line beside the last; read as no break, ``…almost always`` / ``the cost per rider, measured on
        the`` / ``whole route.`` had been three paragraphs)."""
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        if a.page != b.page or None in (a.x1, a.y0, b.x0, b.y0, b.y1) or b.x0 < a.x1 - em(j):
            return False
        # beside it, only between two of the page's text columns (a form's label and its value stay apart)
        return b.y0 > a.y0 or (b.y1 > a.y0 and None not in (columns[j], columns[k]) and columns[j] != columns[k])

    in_step = _in_step_headings(lines)
    # a council report's numbered paragraph (``1.1 This report sets out … review`` / ``commissioned by …``): no heading
    # (and a Korean sentence opening on a version's number, ``1.3 버전부터는 …``: numbering.korean_sentence)
    numbered_paragraphs = frozenset(k for k in range(len(lines) - 1)
                                    if numbered_paragraph_en(lines[k].text, lines[k + 1].text)
                                    or korean_sentence(lines[k].text))

    def number_goes_on(j: int, k: int) -> bool:
        """An English line led by a number carries on a wrapped line that ends no sentence (``2021. Using…``), and so
        does one led by an enumerator in brackets (:func:`enumeration_goes_on`); never a numbered heading in step with
        the one before it (:func:`_in_step_headings`)."""
        before, text = lines[j].text, lines[k].text
        if k in in_step or k in headings:
            return False  # (a line the caller reads as a heading, ``1.4 Emergency telephone number: …``: trial 77f)
        if not (is_english_line(before) and (is_english_line(text) or _numbers_only(text)) and not ends_sentence(before, text)):
            return False
        if text[:1].isdigit():
            return bool(wrapped_en(j, k, widths_en[k]))
        return enumeration_goes_on(j, k)

    def enumeration_goes_on(j: int, k: int) -> bool:
        # ``… the three steps are`` / ``(1) load, (2) clean …``, ``… or just`` / ``(1) is up to you``: a line led by
        # an enumerator in brackets carries on a sentence the line before left open (no full stop, no colon) where
        # that line was wrapped (its next word did not fit), or, a line of the text's measure, where this line runs
        # the enumeration on itself (``(2)`` after ``(1)``); never where the next line opens on the next enumerator
        # (a list set one item a line under ``such as``: ``(a) closing …`` / ``(b) putting …``)
        text = lines[k].text
        first = ENUMERATOR.match(text)
        if first is None:
            return False
        after = _next_enumerator(first.group(1))
        if after is None or (k + 1 < len(lines) and (m := ENUMERATOR.match(lines[k + 1].text)) and m.group(1) == after):
            return False
        if wrapped_en(j, k, widths_en[k]):
            return True
        width = widths_en[k]
        return (width is not None and not short_phrase(layout.width(lines[j]), lines[j].text, width)
                and re.search(rf"(?:[,;]|\b(?:and|or))\s+{OPEN}{after}{CLOSE}", text[first.end():]) is not None)

    japanese_widths = [layout.width(t) for t in lines if has_japanese(t.text)]
    widest = max(japanese_widths, default=0)
    widest_edge = max((layout.width(t) + 2 * layout.indent(t) for t in lines if has_japanese(t.text)), default=0)

    def widest_unfinished(k: int) -> bool:
        # No measure shows (a paper of one or two paragraphs), but the line is the paper's widest, at least
        # MIN_MEASURE wide, and stops on a letter mid-sentence: the typesetter broke it, not the author.
        text = lines[k].text.rstrip()
        return (widths[k] is None and layout.width(lines[k]) >= max(MIN_MEASURE, widest - SHORT_BY)
                and is_ja_letter(text[-1:]) and sum(w >= widest - SHORT_BY for w in japanese_widths) == 1)

    def near_measure_unfinished(k: int) -> bool:
        # A line a few columns short of the measure its block shows (``…人口約300万人を抱える韓国第三の``, 67 of 72:
        # the digits are half-width, and a dump wrapped by hand falls short) that stops on a hiragana, a particle or
        # an ending mid-sentence (no paragraph of prose ends so), was wrapped, not ended.
        # So does one that stops on a kanji after a sentence's end or a comma on the line (``…求められる。両市の港湾`` /
        # ``関係者による…``, trial 49, 3 characters short): the clause begun there is left open, and no heading or
        # title holds a 。 or 、 before its last word
        # (a lost glyph there counts as the kanji's word going on: ``…両市の港�``)
        return not layout.boxed(lines[k]) and near_measure_open(k)

    def near_measure_open(k: int) -> bool:
        # ``lines[k]`` stands within NEAR_MEASURE columns of its block's measure and stops with its clause open by its
        # last character (:func:`near_measure_unfinished`), in a dump or a PDF
        text = lines[k].text.rstrip()
        stem = text.rstrip(GAP)
        return (widths[k] is not None
                and layout.width(lines[k]) + (len(text) - len(stem)) >= widths[k] - NEAR_MEASURE
                and ((is_hiragana(text[-1:]))
                     or (is_ja_letter(stem[-1:]) and not is_hiragana(stem[-1:]) and any(c in stem[:-1] for c in "。、"))))

    def near_measure_goes_on(j: int, k: int) -> bool:
        # In a PDF, a line of a block set at one measure that stops a few characters short of it (NEAR_MEASURE
        # columns, four wide characters: half-width digits carried over whole, ``…水道使用量から抽出した`` /
        # ``2,341戸である。``, fresh-user trial 62, 78 of 84 columns) on a hiragana, or on a kanji of a clause begun after
        # a 。 or 、 on the line, was wrapped as a dump's is (:func:`near_measure_unfinished`): a justified block ends a
        # line short only at a paragraph's end, on 。 or a closing bracket. Whatever the line's last word reads as
        # (``した`` is a past form Sudachi ends sentences on, so :func:`clause_goes_on` leaves it), the next line goes
        # on where it stands right under it at one leading, in the same setting, not set in (a paragraph's first line)
        return (layout.boxed(lines[j]) and layout.boxed(lines[k]) and near_measure_open(j)
                and not code[j] and not code[k] and next_line(lines[j], lines[k])
                and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k])))
                and not set_in(lines[j], lines[k]))

    def particle_goes_on(j: int, k: int) -> bool:
        # a line of running text that stops on a letter mid-sentence, the next line opening on a case particle
        # (``…毎年設け、市民`` / ``との協働による…``: trial 27, 5 characters short of its measure) or on the
        # inflection of the word left open (``…要望書が提出`` / ``されております。``: trial 29, 7 columns short):
        # no sentence and no paragraph opens on one, whatever the width
        before = lines[j].text.rstrip()
        return (not layout.boxed(lines[j]) and layout.width(lines[j]) >= MIN_MEASURE and is_ja_letter(before[-1:])
                and (opens_on_case_particle(lines[k].text) or opens_on_auxiliary(lines[k].text)))

    def te_goes_on(j: int, k: int) -> bool:
        # a line that stops on a verb's continuative form, the next opening on the conjunctive particle ``て`` of
        # that verb (``…宿題が終わっ`` / ``てなお余力のある人は…``): in a PDF as in a dump, whatever the width or the
        # white between them, as no sentence opens on it (:func:`opens_on_te`, :func:`ends_on_continuative`)
        # (and so on its voiced ``で`` after a sound change, ``…取り組ん`` / ``できた。``: :func:`voiced_te`)
        return is_ja_letter(lines[j].text.rstrip()[-1:]) and not code[j] and not code[k] \
            and ((opens_on_te(lines[k].text) and ends_on_continuative(lines[j].text))
                 or voiced_te(lines[j].text, lines[k].text))

    def number_carried(j: int, k: int) -> bool:
        # a number Japanese running text broke at its line's end (``…段階的に観光を再開し、２０２`` / ``５年には…``):
        # the digits go on into the next line, whatever the line's width; never a heading's, a list item's or a
        # table row's line, nor a short line with no clause in it (a caption's ``図2``)
        # (or inside it at a thousands' comma, a time's colon or a decimal point: ``…飲食費が24.`` / ``8％、…``, trial 55's
        # white paper, whose half-width digits left no line at one width: :func:`_number_goes_on`)
        before = lines[j].text.rstrip()
        # (in a PDF too where the line is running text, a clause's mark in it: a short line there may be the wrap's,
        # as before a percent sign a generator will not set at a line's head, ``成約率は44.2`` / ``%であった``; trial 76)
        return (not _labelled(before) and not _labelled(lines[k].text)
                and (not layout.boxed(lines[j]) or (any(c in before for c in "、，。") and has_japanese(lines[k].text)))
                and _number_goes_on(before, lines[k].text)
                and (layout.width(lines[j]) >= MIN_MEASURE or any(c in before for c in "、，。")))

    def middle_dot_goes_on(j: int, k: int) -> bool:
        # a line ending on a Japanese list's middle dot between two nouns (``…約６倍となった。国・`` / ``地域別では…``,
        # trial 55): the next noun of the list is on the next line, whatever the width, as after a comma; never an
        # ellipsis of dots (``…と言っていた・・・``) nor before a line opening on a list's mark; only on a line of running
        # text (40 columns or more, or a clause in it), never a short fragment (a ruby example's ``偏・`` over ``へん``)
        before, text = lines[j].text.rstrip(), lines[k].text.lstrip()
        return (before.endswith(NAKAGURO) and is_ja_letter(before[-2:-1]) and is_ja_letter(text[:1])
                and not BULLET_START.match(text) and not code[j] and not code[k]
                and (layout.width(lines[j]) >= MIN_MEASURE or any(c in before for c in "、，。")))

    def ragged_particle(j: int, k: int) -> bool:
        # A PDF drawn line by line at no one width (no measure shows, no column edge: the author's own breaks): a long
        # line, RAGGED_LONG columns or more, that stops on a particle leading to the next word was broken there (the
        # fresh user's trial of session 49: ``…里山が提供する生態系サービスを`` / ``整理し、…`` had parted a sentence),
        # where the next line opens on a Japanese letter and in the same setting (a listing's next numbered line,
        # ``6 % ルビ文字…``, or a list's next item is no word the particle leads to: luatexja-ruby, jlreq)
        text, after = lines[j].text.rstrip(), lines[k].text.lstrip()
        return (widths[j] is None and layout.boxed(lines[j]) and layout.width(lines[j]) >= RAGGED_LONG
                and text[-1:] in LEADING_PARTICLES and is_ja_letter(after[:1]) and not BULLET_START.match(after)
                and not code[j] and not code[k] and layout.indent(lines[k]) == layout.indent(lines[j])
                and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))))

    def hand_broken_ja(j: int, k: int) -> bool:
        # A PDF's line of running text the author broke short mid-sentence (``…若い事業者に`` at half the measure, or
        # ``…実施に向けて職員の`` at four fifths) goes on in the next line where that line stands right under it at one
        # leading, in the same setting, not set in (a paragraph's next first line is) nor opening a list item, and
        # the line stops with its clause open by its words (:func:`clause_goes_on`: a particle leading on, a
        # continuative form; a heading, a label or a list's noun does not); one of the two lines reaches
        # SHORT_PHRASE of the measure (a line of prose beside it; a list of short phrases sets every line short)
        # The line is a paragraph's running text by its own shape: set in as a paragraph's first line, a comma in it,
        # or a later line of the paragraph (a caption's or a label's line, ``図1 避難路の位置を``, is none of them)
        # (a word run across the break, ``…水位観測データを用`` / ``いた深層学習…``: no paragraph ends inside a word,
        # however short the line stops; a lost glyph's ``(cid:N)`` had set this one short: session 78, helper jsce78)
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        measure = widths[j] or widths[k] or MIN_MEASURE
        before = lines[j].text.strip()
        running = (layout.indent(lines[j]) or any(c in before for c in CLAUSE_END)
                   or (paragraphs and len(paragraphs[-1]) > 1 and paragraphs[-1][-1] == j))
        return (running and not CAPTION_LABEL.match(before) and not FIGURE_CAPTION.match(before)
                and not is_heading(before) and not _labelled(before)
                and layout.boxed(lines[j]) and layout.boxed(lines[k]) and not a.vertical and not b.vertical
                and not layout.indent(lines[k]) and not BULLET_START.match(lines[k].text.lstrip())
                and same_setting(a, b) and next_line(lines[j], lines[k])
                and max(layout.width(lines[j]), layout.width(lines[k])) >= SHORT_PHRASE * measure
                and (clause_goes_on(j, k) or (not code[j] and not code[k]
                                              and word_across_break(lines[j].text, lines[k].text))))

    def ragged_unfinished(k: int) -> bool:
        # A text dump wrapped by hand at no one width (no measure shows): a long line, RAGGED_LONG columns or more,
        # that stops on a letter mid-sentence was broken, as no paragraph of prose ends so.
        text = lines[k].text.rstrip()
        return (widths[k] is None and not layout.boxed(lines[k])
                and layout.width(lines[k]) >= RAGGED_LONG and is_ja_letter(text[-1:]))

    def clause_goes_on(j: int, k: int) -> bool:
        # ``lines[j]`` stops on a letter mid-sentence by its words: its last word leaves its clause open (a case,
        # binding or conjunctive particle, a continuative form: :func:`ends_mid_clause`), or ``lines[k]`` opens on what
        # no sentence opens on (a case particle, an auxiliary, the ``て`` of the verb left open)
        before, text = lines[j].text.rstrip(), lines[k].text
        return (is_ja_letter(before[-1:]) and not code[j] and not code[k] and not _listing_numbers(before, text)
                and (ends_mid_clause(before) or opens_on_case_particle(text) or opens_on_auxiliary(text)
                     or opens_on_te(text) or opens_on_joining_conjunction(text)))

    def edge_goes_on(j: int, k: int) -> bool:
        # In a PDF, a line that reaches its page's text block's right edge (:func:`at_text_edge`; where no three lines
        # share an edge, the page's furthest end) and stops mid-sentence by its words (:func:`clause_goes_on`) goes on
        # in the next line, set alike right under it: a PDF drawn line by line at a fixed right margin whose
        # paragraphs are two lines each shows no measure in characters nor a column's edge (trial 52's pdf_keikaku:
        # ``…総合的に推進して`` / ``きました。``, ``…5年を目途`` / ``に見直しを行います。``, ``…低下が懸念`` /
        # ``されます。`` had each been two paragraphs). A line short of the edge, an item or a heading after it, a
        # line ending a sentence or on a noun the next line does not carry on, stay lines of their own.
        # (or where a word runs across the break: :func:`word_across_break`, ``…後注列`` / ``挙部分の…``)
        return (layout.boxed(lines[j]) and layout.boxed(lines[k]) and at_text_edge(j)
                and layout.width(lines[j]) >= MIN_MEASURE
                and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k])))
                and next_line(lines[j], lines[k])
                and (clause_goes_on(j, k) or (not code[j] and not code[k]
                                              and word_across_break(lines[j].text, lines[k].text))))

    document_edge = document_edges(lines, layout)

    def measure_goes_on(j: int, k: int) -> bool:
        # In a PDF whose blocks show no measure (:func:`~pipeline.segment.measures.block_measures`: a short guide, a
        # paragraph or two a page, headings among them), a Japanese line of running text that reaches the measure its
        # setting's lines show over the whole document (:func:`~pipeline.segment.measures.document_edges`), or stops
        # a few characters short of it (NEAR_MEASURE columns, four wide characters, as :func:`near_measure_open` allows
        # a block's measure: kinsoku, digits carried over, a hand's break before a word that would not fit), and
        # stops on a letter with a clause mark before it on the line, no sentence's end, was wrapped there: the next
        # line goes on it where it stands right under it at one pitch (the document's usual one, double spacing too), in
        # the same setting, not set in (a paragraph's first line) nor opening a list item. The page's pitch, indents
        # and the line's end are the evidence; the words are not read (fresh-user trial 67b's double-spaced museum
        # guide: ``…潮の干満を利用`` / ``して海水を…`` had been two paragraphs).
        before = lines[j].text.rstrip()
        a = layout.at(last_line(lines[j]))
        edge = document_edge[j]
        return (widths[j] is None and edge is not None and a.x1 is not None and a.size is not None
                and a.x1 >= edge - NEAR_MEASURE / 2 * a.size and is_ja_letter(before[-1:])
                and layout.boxed(lines[k]) and not code[j] and not code[k]
                and not BULLET_START.match(lines[k].text.lstrip()) and not layout.indent(lines[k])
                and next_line(lines[j], lines[k])
                and same_setting(a, layout.at(first_line(lines[k]))) and not set_in(lines[j], lines[k]))

    inset_edge = inset_edges(lines, layout)

    def inset_goes_on(j: int, k: int) -> bool:
        # In a PDF, a Japanese line of a setting inset on both sides (a manual's framed 注意 box, a note set in) that
        # reaches its setting's edge over the document (:func:`~pipeline.segment.measures.inset_edges`), within
        # NEAR_MEASURE / 2 ems, and stops on a letter was wrapped there, whatever the measure of the wider block around
        # it: the next line goes on it where it stands right under it at one pitch, starting where it starts (session
        # 85, helper pdf85: trial 85a's manual cut ``…ブラシを使わないでください。フィ`` / ``ルターが傷み、…`` in two, its
        # box's one full line on page 2 read against the body's wider measure)
        before = lines[j].text.rstrip()
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        edge = inset_edge[j]
        return (edge is not None and a.x1 is not None and a.size is not None and b.x0 is not None
                and a.x1 >= edge - NEAR_MEASURE / 2 * a.size and is_ja_letter(before[-1:])
                and layout.boxed(lines[j]) and layout.boxed(lines[k]) and not code[j] and not code[k]
                and not BULLET_START.match(lines[k].text.lstrip())
                and abs(layout.at(first_line(lines[j])).x0 - b.x0) <= INDENT_SHIFT * a.size
                and next_line(lines[j], lines[k]) and same_setting(a, b))

    def paragraph_edge_goes_on(j: int, k: int, page_break: bool) -> bool:
        # In a PDF, a Japanese line that reaches, within NEAR_MEASURE / 2 ems, the right end of a line above it already
        # joined into its paragraph as a wrap, and stops on a letter, was wrapped there too: the paragraph's own lines
        # show its measure where its block is too short to show one (fresh-user trial 74c: an abstract of three lines
        # hung under its label ``概要：``, ``…職場に駐輪場とシャワー`` / ``設備があることが…`` had been two paragraphs;
        # its half-width ``5km`` left the line 11 pt short of the labelled line's end). The next line stands right
        # under it in the same setting.
        if page_break or not paragraphs or paragraphs[-1][-1] != j or len(paragraphs[-1]) < 2:
            return False
        a = layout.at(last_line(lines[j]))
        reach = [layout.at(last_line(lines[i])).x1 for i in paragraphs[-1][:-1]]
        last = lines[j].text.rstrip()[-1:]
        # (or on a Latin letter or digit the Japanese line under it goes on: ``…延長が300m`` / ``未満の…``)
        if a.x1 is None or a.size is None or any(x is None for x in reach) or not (
                is_ja_letter(last) or (last.isascii() and last.isalnum() and has_japanese(lines[k].text[:1]))):
            return False
        return (layout.boxed(lines[j]) and layout.boxed(lines[k]) and not code[j] and not code[k]
                and a.x1 >= max(reach) - NEAR_MEASURE / 2 * a.size and next_line(lines[j], lines[k])
                and same_setting(a, layout.at(first_line(lines[k]))) and not set_in(lines[j], lines[k]))

    def pdf_label_hang(j: int, k: int) -> bool:
        # In a PDF, the line under a paragraph's first line led by a short label (``概要：　本研究は、…影響``), set in by
        # the label's width (within an em: the white after it) right under it, carries the paragraph on where the
        # first line stops on a letter or a comma mid-sentence: a hanging indent, pdfminer's box for the label's line apart from
        # the lines hung under it (fresh-user trial 74c, helper pdf74: an abstract's second line had opened a paragraph)
        if paragraphs[-1] != [j] or j in headings or short_heading(j) or numbered_heading(lines[j].text.strip()) \
                or not (layout.boxed(lines[j]) and layout.boxed(lines[k])) or code[j] or code[k]:
            return False
        before, text = lines[j].text.rstrip(), lines[k].text
        label = _HANG_LABEL.match(before)
        a, b = layout.at(first_line(lines[j])), layout.at(first_line(lines[k]))
        if label is None or None in (a.x0, b.x0, a.size, b.size) or abs(a.size - b.size) > 0.05 * a.size:
            return False
        hang = b.x0 - a.x0
        return (abs(hang - display_width(label.group(0).rstrip()) * a.size / 2) <= a.size
                and (is_ja_letter(before[-1:]) or before[-1:] in CLAUSE_END) and has_japanese(text[:1])
                and not layout.page_break_before(lines[j], lines[k])
                and next_line(lines[j], lines[k], True, hang / a.size + 0.5))

    def field_goes_on(j: int, k: int) -> bool:
        # A line shaped like a notice's field (``名前　…``: a transcript's speaker turn, ``大西　はい。…``) whose value is
        # running text that fills the measure (or, where none shows, is a long line: :func:`ragged_unfinished`; in a
        # PDF reaches its page's text edge) and stops mid-sentence by its words goes on in the next line, no field
        # itself (trial 52's panel_ja: ``…高齢者の免許返納は`` / ``年々増えておりまして、…`` had been two
        # paragraphs). A field's short value (``内容　…体操教室など``) and a field before another field stay lines.
        # A field's value that runs past a sentence's end to the full measure and stops on a letter is running
        # text wrapped there whatever its last word (``主文　…負担とする。事実`` / ``…``: fix67b, trial 67b's judgment):
        # a field's value set as one line ends where it ends, short of the measure or on its sentence's end.
        before = lines[j].text.rstrip()
        past_end = (full(j) and is_ja_letter(before[-1:]) and any(c in before[:-1] for c in "。．")
                    and not code[j] and not code[k])
        # a PDF's value justified to its page's text edge mid-word goes on too, where no block measure shows (a
        # description list's item under its hanging indent, ptex-manual's ``状態 T …グループ開`` / ``始・終了 …``:
        # :func:`edge_justified_goes_on`)
        return (j in items and k not in items and not fields[k]
                and (((full(j) or near_measure_unfinished(j) or ragged_unfinished(j) or edge_goes_on(j, k))
                      and (clause_goes_on(j, k) or past_end))
                     or edge_justified_goes_on(j, k, layout.page_break_before(lines[j], lines[k]))))

    korean_measure = measure_en([layout.width(t) for t in lines if is_korean(t.text)])

    def korean_wrap(j: int, k: int, page_break: bool) -> bool:
        # Korean (Hangul) writes its words apart and wraps at the spaces, as English does (trial 52's korean_ja:
        # each Korean paragraph had been left in two, no rule reading a Hangul line). A Korean line goes on in the
        # next Korean line where it ends no sentence (:data:`_KOREAN_SENTENCE_END`) and was wrapped: its next word
        # did not fit the measure of the document's Korean lines (first fit, :func:`wrapped`), or, in a PDF, it
        # reaches its column's or page's text edge, or, where no measure shows, it is a long line
        # (:data:`RAGGED_LONG`); across a page break whatever its width. Never a table's row, a field, a heading or
        # a list item, a line after a blank line or set in another size.
        # (or a line of Korean prose that names packages, commands or engines in Latin: ``…다만 XETEX 혹은 LuaTEX`` /
        # ``엔진이 가동되고 있다면…``, fresh-user trial 62b's cjk-ko-doc, :func:`korean_prose`); a bulleted item's later
        # lines hang under its text (``• 오로지 … 중국어는 지원`` / ``하지 않는다.``, the same manual)
        before, text = lines[j].text.rstrip(), lines[k].text.strip()
        if not (korean_prose(before) and korean_prose(text)) or is_table_row(before) or is_table_row(text) or fields[k] \
                or is_heading(text) or is_list_item(text) or code[j] or code[k] or resized(j, k):
            return False
        if _KOREAN_SENTENCE_END.search(before):
            return False
        if page_break:
            return True
        # a line that reaches its edge goes on in the line set in under it (a bullet's or a description's text:
        # ``• 오로지 … 지원`` / ``하지 않는다.``, ``truetype 트루타입 … 텍스트`` / ``추출이 가능해진다.``; trial 62b's cjk-ko
        # manual, whose lines pdfminer had set in boxes of their own where a subfont changed); a bulleted item's later
        # lines hang under its text whichever line of the item this is (wrap63)
        edge = layout.boxed(lines[j]) and (at_column_edge(j) or at_text_edge(j))
        item = bool(paragraphs) and is_bulleted(lines[paragraphs[-1][0]].text)
        if parted(j, k) or (layout.boxed(lines[j]) and not next_line(lines[j], lines[k], edge or item or is_bulleted(before),
                                                                        MAX_DESCRIPTION_HANG if edge else 2.0)):
            return False
        if edge:
            return True
        if korean_measure is not None:
            return wrapped(layout.width(lines[j]), before, text, korean_measure)
        return not layout.boxed(lines[j]) and layout.width(lines[j]) >= RAGGED_LONG

    lost_lead = [k for k, t in enumerate(lines) if _LOST_NUMBER.match(t.text)]
    # A line opening on a lost glyph (or whose number lost one: ``（�）``, ``第�節``) is a heading with a lost number
    # only where the heading solver reads one, an item only where its list reads one (``�していく…`` is a paragraph's
    # second line whose first glyph was lost).
    solved = frozenset()
    if lost_lead:
        texts = [t.text for t in lines]
        solved_headings = solve(texts)
        solved = frozenset(h.index for h in solved_headings) | frozenset(i.index for i in solve_items(texts, solved_headings))
    unheaded = frozenset(k for k in lost_lead if k not in solved)

    def wrapped_before_next(k: int) -> bool:
        # an English line the typesetter ended (a labelled line that wraps: a reference, a numbered item)
        return k + 1 < len(lines) and is_english_line(lines[k].text) and bool(wrapped_en(k, k + 1, widths_en[k + 1]))

    def short_heading(k: int) -> bool:
        # at a narrow measure a heading is as wide as the text: its shape alone tells it
        narrow = widths[k] is not None and widths[k] < MIN_MEASURE
        # a numbered heading in step with the document's others (``1　…``, ``2　…``) is one however full its line: at a
        # measure no wider than its title, the short sentence under it is no wrap of it (helper wrap59's fresh-user
        # trial: ``2　自然共生社会の実現`` + ``里山を保全する。`` had become one paragraph, in a column 10 characters wide)
        if k in in_step and k not in opens and k not in numbered_paragraphs:
            return True
        return k in headings or (k not in unheaded and k not in opens and k not in numbered_paragraphs
                                  and is_heading(lines[k].text)
                                  and (narrow or not (full(k) or wrapped_before_next(k))))

    # a line is plainly short only against a measure its block shows (without one, nothing is)
    indented = _indents_paragraphs(lines, layout, lambda k: widths[k] is not None and not full(k))
    first_set_in = _first_line_set_in_boxes(lines, layout)

    parted = _blank_parted(lines, layout)
    blank_marked = _marks_paragraphs_by_blanks(lines, layout, parted, full)
    # where no measure shows, an indenting document runs a paragraph on past a line's sentence end onto a flush line
    # only if it wraps its indented paragraphs at all (:func:`_indented_lines_wrap`)
    indented_wrap = indented and _indented_lines_wrap(lines, layout, parted)
    # a PDF that opens nearly all its paragraphs by an indent (a real book: :func:`_indents_most_paragraphs`)
    indent_pitch = None if indented else _indents_most_paragraphs(lines, layout,
                                                                  lambda k: widths[k] is not None and not full(k))

    def broken(j: int, k: int) -> bool:  # a page break stands between two lines (a page start, or furniture set aside)
        return layout.page_break_before(lines[j], lines[k]) or _furniture_between(furniture, lines[j], lines[k])

    def row_before_break(j: int, k: int) -> bool:
        # a list's or table's last row at a page's foot never runs on into the next page's text (fresh-user trial 75's
        # survey: ``無回答　…　 2.5%`` had been glued to the prose after the page break)
        return rows_of_values(lines, j) and broken(j, k)

    set_apart = _paragraphs_set_apart(lines, layout, parted, lambda k: widths[k] is not None and not full(k), broken)
    # a paper too short to show the writer's habit itself (one paragraph: a poster's abstract) reads the document's,
    # where its own lines start no paragraph flush after another's end either (helper para80)
    # (never into a heading's or an item's line, ``（１）人口``; and, by either, not after a letter-spaced line: its raw
    # width, the white clean closed up, is no measure filled, trial 18's ``本 市 は … 結 ん で い る 。``, a sentence
    # set apart on a line of its own, once the document's prose measure reached its paper)
    apart_by_document = apart_in_document and _paragraphs_set_apart(
        lines, layout, parted, lambda k: widths[k] is not None and not full(k), broken, at_least=0)

    def spaced_out(k: int) -> bool:
        span = raw_span(lines[k])
        return span is not None and span - len(lines[k].text) > len(lines[k].text) // 3

    def resized(j: int, k: int, share: float = SETTING_SIZE) -> bool:
        # in a PDF, a change of size ends the paragraph (a heading set larger, a dateline smaller); a line set mostly
        # in a typewriter face beside one that is not measures that face's size (TeX scales it to the text's
        # x-height: asmeconf's ``…uses cyrillic. In`` at 7.97 pt over ``pdfLATEX, use \\selectlanguage{serbianc}…`` at
        # 8.37), no change of setting within TYPEWRITER_SIZE; a listing's line stays apart (``596 \\newtheoremstyle…``)
        size_before, size = layout.size(lines[j]), layout.size(lines[k])
        mono_j, mono_k = monospace(layout.font(lines[j])), monospace(layout.font(lines[k]))
        if mono_j != mono_k and not code_line(lines[k if mono_k else j].text, True):
            share = max(share, TYPEWRITER_SIZE)
        return bool(size_before and size) and abs(size - size_before) > share * size_before

    def gap_goes_on(j: int) -> bool:
        # running text that stops on lost glyphs right after a particle or a comma (``…連携を強化し、緑の�`` /
        # ``手を広げていきたい。``, trial 48, three characters short of its measure): the glyph was a letter of the
        # word the particle leads to, no sentence's end, and the line was wrapped whatever its width
        before = lines[j].text.rstrip()
        return (before.endswith(GAP) and not layout.boxed(lines[j]) and layout.width(lines[j]) >= MIN_MEASURE
                and (before.rstrip(GAP)[-1:] in LEADING_PARTICLES + CLAUSE_END or near_measure_unfinished(j)))

    # the text shows no wrap at its measure: no Japanese line that fills it ends mid-sentence (a lost glyph's line
    # aside), and one at least ends a sentence there: its lines end where its sentences do, so a line at the measure
    # stopping on a lost glyph is no wrap by its width (fresh-user trial 64c's mojibake notice: ``…生涯学習課まで�``,
    # its 。 lost, had run into the next sentence's line; issue 16 point 3, session 65)
    ends_at_measure = [lines[k].text.rstrip()[-1:] in SENTENCE_END for k in range(len(lines))
                       if full(k) and has_japanese(lines[k].text) and not lines[k].text.rstrip().endswith(GAP)
                       and not is_table_row(lines[k].text) and k not in headings]
    no_wrap_shown = bool(ends_at_measure) and all(ends_at_measure)

    def lost_end(j: int, k: int, page_break: bool) -> bool:
        # a line whose last glyph was lost (U+FFFD where 。 may have stood: a repair left it) ends its paragraph
        # where the evidence says a sentence ended: it stops short of a measure its block shows (a wrap falls at
        # the measure; a page break aside), or it fills the measure in a text that shows no wrap at its measure
        # (``no_wrap_shown``), or the next line is a short phrase with no final mark (a heading)
        if not lines[j].text.rstrip().endswith(GAP) or kinsoku_continues(lines[j].text, lines[k].text) or gap_goes_on(j):
            return False
        if no_wrap_shown and full(j) and not page_break:
            return True
        edge, x1 = edges[j], end(j)
        short_on_page = edge is None or x1 is None or x1 < edge - LOST_END_ROOM_EMS * em(j)  # a PDF's column edge
        after = lines[k].text.strip()
        # a heading stands short of the measure: a line that fills it is the sentence's wrapped next line, however
        # few its characters (a narrow column of 19 characters a line: ``…若い世�`` / ``の参加が…課題として挙``)
        heading = (short_phrase_heading(after) and not after.endswith(GAP) and not any(c in after for c in "。、，．")
                   and not (widths[k] is not None and full(k)))
        return (widths[j] is not None and not full(j) and not page_break and short_on_page) or heading

    # a keyword's or classification's field line (``msc : 11B13``, ``キーワード：潮汐``) opens its own line, never a
    # wrap of the line before it
    fields = [keyword_field(t.text) for t in lines]

    # a dump that parts its English paragraphs by blank lines: a sentence's end in a full line inside a block is a wrap
    blank_marked_en = _marks_english_paragraphs_by_blanks(lines, layout, parted, widths_en, fields)
    # a dump wrapped by hand: its sentences break short of where a greedy line breaker would (first fit is no evidence)
    hand_wrapped_en = _wrapped_short_en(lines, layout, parted, widths_en)

    vertical_columns: dict[int, list] = {}
    for t in lines:
        lay = layout.at(last_line(t))
        if lay.vertical and lay.y0 is not None and lay.y1 is not None and has_japanese(t.text):
            vertical_columns.setdefault(lay.page, []).append((lay, t.text.rstrip()[-1:] in "。、，．"))
    def japanese_wrap(j: int, k: int, page_break: bool) -> bool:
        before, text = lines[j].text, lines[k].text
        if verse_columns and _vertical(j, k):
            return False  # verse set vertically: its lines are lines, never wrapped (:func:`vertical_verse`)
        if j in verse or k in verse:
            return False  # verse set one line to a line, its author lines after each poem (:func:`verse_lines`)
        if text.strip() and all(c in NO_LINE_START for c in text.strip()) and has_japanese(before) and not fields[k]:
            # punctuation alone that never opens a line (JIS X 4051 行頭禁則: ``。`` pushed into the next column of a
            # vertical page, which pdfminer boxes apart, set in, unrotated) goes on the line before whatever its
            # layout says (fresh-user trial 73's vertical essay: two lone ``。`` had been paragraphs of their own)
            return True
        return (
            not (is_table_row(before) or is_table_row(text)) and not fields[k]
            # a line led by a list's bullet opens its item: no wrap carries into it, whatever the line before lacks
            # (fresh-user trial 76c, pxrubrica's sample: ``…この鵜の`` + ``• もし「ルビは…`` had become one line)
            and _ITEM_BULLET.match(text.lstrip()) is None
            # a row set in columns by a run of ideographic spaces (a personnel notice's ``名古屋営業所 所長　　　　藤井　
            # 浩介``: fresh-user trial 73d, two such rows had run into one paragraph) is a line of its own, as a TAB's is
            and not (_ALIGNED_WHITE.search(before.strip()) or _ALIGNED_WHITE.search(text.strip()))
            # a line set across a dump's columns (a masthead's issue line) and a line of a column under it stand in
            # two boxes, whatever the measure says (fresh-user trial 61d: ``…発行：みなと町内会`` + the left column's
            # first headline ``秋祭りのご報告`` had been one line)
            and (layout.column(lines[j]) is None) == (layout.column(lines[k]) is None)
            # a minutes' speaker's turn (``○１５番（山本　花子君）　…``) opens its own paragraph, even flush under a
            # full line of the speech before, set in (fresh-user trial 57: three turns had run into one paragraph)
            and not speaker_turn(text.strip())
            # a schedule's rows, each led by its day (``１０月６日（月）　…へ`` / ``１０月７日（火）　…``, ``１３日（金）　…`` /
            # ``１８日（水）　…``) or its time, or a list's items led by ``・``, one a line (labels.schedule_row)
            and not (schedule_row(before) and schedule_row(text))
            # a filing's or a gazette's tag lines (``【選択図】図１`` / ``【実用新案登録請求の範囲】``: the JPO's format
            # opens each field and part on its tag, :mod:`.patent`) each open a line, across a page break whose head
            # went to the ledger too (helper furn84: the two had become one heading)
            and not (tag_line(before) and tag_line(text))
            and not lost_end(j, k, page_break)
            and not resized(j, k, RESIZED_JA)
            # a blank line in a dump ends a paragraph, unless the line before it fills the measure and stops
            # mid-sentence (a page's last line, the dump's page break shown as a blank line), or the line after it
            # opens on a case particle (a double-spaced dump: no paragraph opens on one); a masthead's publisher's
            # line (``令和6年9月2日発行　…小学校　校長　高橋　誠``) ends at its line's end as a contact does, however
            # full (issue 16, helper news67: a school newsletter's first headline had been glued to it)
            # (nor does a notice's field over a blank line, its value no running text, ``休館期間　…から…まで``:
            # fresh-user trial 69c, whose field had run on into the paragraph under it)
            and not (not page_break and parted(j, k) and not (full(j) and before[-1:] not in SENTENCE_END
                                                              and not ends_on_contact(before)
                                                              and not publisher_line(before.strip())
                                                              and not _field_without_clause(before))
                     and not particle_goes_on(j, k) and not te_goes_on(j, k)
                     # (a number broken at the wrap goes on over the blank a PDF's leading leaves: ``…2016年度から20`` /
                     # ``22年度…``, ``成約率は44.2`` / ``%であった``; trial 76's paper, its lines each a blank apart)
                     and not number_carried(j, k))
            and has_japanese(before)
            # a figure's caption under a numbered heading opens its own line: the heading stops where the caption
            # starts, at a page break too (nanicolle-doc-zh: ``5 完整实例`` at a page's foot + the next page's
            # ``图1: 样例PDF文件…`` had become one heading, "section 5", issue 16, helper heads50)
            # (or under any line short of the measure: a sentence a figure cuts, ``3.1では、`` / ``図3.1 図の例``,
            # klis_thesis, once ``3.1では`` no longer read as a heading's number)
            and not ((CAPTION_LABEL.match(text) or FIGURE_CAPTION.match(text)) and not full(j))
            # an English sentence that quotes a Japanese word ends its paragraph at its full stop, whatever comes
            # next (trial 44: ``…written for the town newsletter.`` ran on into the next page's Japanese title)
            and not (before.rstrip()[-1:] in ".!?" and lang_of(before, JA) == EN)
            # a line of punctuation alone that never opens a line (``。`` pushed over by a full line) goes on too
            and (has_japanese(text) or carries_on(before, text))
            and (before[-1:] not in SENTENCE_END or carries_on(before, text) or number_carried(j, k)
                 # after a sentence's end in a document that indents its paragraphs, an unindented line goes on
                 # the paragraph, unless it opens a quotation: dialogue is set on a line of its own, unindented
                 or (indented and (full(j) or (widths[j] is None and indented_wrap)) and not layout.indent(lines[k])
                     and (not page_break or flush_over_next(k))
                     and not indented_below(j, k)
                     and not text.lstrip().startswith(DIALOGUE_OPENERS)
                     # where no measure shows, a short phrase with no mark at all after the sentence's end is a label
                     # or a heading over what follows (``…募集している。`` / ``持ち物`` / ``・筆記用具``), no wrap
                     and not (widths[j] is None and short_phrase_heading(text)
                              and not any(c in text for c in "。、，．？！?!")))
                 # and so in a box whose first line alone is set in, however short the line before (its sentences
                 # wrapped where they end: :func:`_first_line_set_in_boxes`)
                 or (k in first_set_in and not page_break and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # where blank lines mark the paragraphs, a full line's sentence end with none after it is a wrap
                 # that happened to fall there (``…約３倍に増えた。`` at the measure + ``特に若い世代の…``)
                 or (blank_marked and full(j) and not parted(j, k) and not page_break and not indented_below(j, k)
                     and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # where no paragraph ever starts flush right after another's end, a full line's sentence end
                 # followed by a flush line of its block is a wrap too (``…水の都である。`` + ``市では、…``)
                 or ((set_apart or (apart_by_document and not is_heading(text) and explicit_number(text) is None
                                                    and item_mark(text) is None)) and full(j) and not spaced_out(j)
                     and not parted(j, k) and not page_break and not layout.indent(lines[k]) and not indented_below(j, k)
                     and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k])))
                     and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # and so where the document parts its paragraphs by white, not by an indent (a PDF: col66's
                 # three-column Japanese paper), a full line's sentence end over a flush line of its column at the
                 # usual pitch, no paragraph's white between (``…見えなくなる。`` + ``平均では…``)
                 or (paragraph_white is not None and full(j) and not page_break and not layout.indent(lines[k])
                     and not indented_below(j, k) and tight_below(j, k)
                     and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k])))
                     and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # and so where a PDF opens nearly all its paragraphs by an indent: a full line's sentence end over
                 # a flush line of its column at the usual pitch (jlshort.pdf: ``…書き始めました．`` / ``今日使用されて
                 # いるような…``; issue 16 point 4, helper jl72)
                 or (indent_pitch is not None and full(j) and not page_break and not layout.indent(lines[k])
                     and not indented_below(j, k) and at_pitch(j, k, indent_pitch)
                     and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k])))
                     and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # and so, in a text set vertically, is a page's last column, full, whose sentence's end the next
                 # page's first column, flush, goes on from (trial 30: ``…四日間で体験する。`` | ``- 2 -`` |
                 # ``特に火止めの時機は…``): a vertical text starts its paragraphs by an indent or under a heading, never
                 # by a blank column, which its columns' spacing would not show at a page's head anyway
                 or (set_apart and full(j) and page_break and _vertical(j, k) and not layout.indent(lines[k])
                     and not text.lstrip().startswith(DIALOGUE_OPENERS))
                 # and so, in a vertical text that opens its paragraphs by an indent, is a column run to its foot
                 or stop_goes_on_vertically(j, k))
            # a comma never ends a paragraph: the line goes on whatever its width (a letter-spaced line's raw
            # width is no measure of its text)
            and (full(j) or page_break or stop_goes_on_vertically(j, k) or before.rstrip()[-1:] in CLAUSE_END
                 or middle_dot_goes_on(j, k)
                 or widest_unfinished(j) or ragged_unfinished(j)
                 or ragged_particle(j, k) or hand_broken_ja(j, k)
                 or near_measure_unfinished(j) or near_measure_goes_on(j, k)
                 or particle_goes_on(j, k) or number_carried(j, k) or gap_goes_on(j)
                 or te_goes_on(j, k) or edge_goes_on(j, k) or measure_goes_on(j, k) or inset_goes_on(j, k)
                 or paragraph_edge_goes_on(j, k, page_break)
                 # in a PDF, a line that reaches its column's edge is full, however few columns its Latin words
                 # count (``• devscripts - このパッケージは…スクリプトを含ん`` at 97 columns of a 104-column measure)
                 or (layout.boxed(lines[j]) and at_column_edge(j) and has_japanese(before[-1:])
                     and layout.width(lines[j]) >= max(MIN_MEASURE, EDGE_SHARE * (widths[j] or 0)))
                 # and so where it ends on a Latin word that the next line carries on in Japanese, or hyphenated
                 # (pTeX sets a Latin word at a Japanese line's end and breaks after it: ``…TEXLive 2019 以降の使用を
                 # 想定しています。w32tex`` / ``や古い TEXLive では…``, ``…氏の IEEE-`` / ``tran.bst を基に…``; trial 75c's
                 # ieejtran had each cut into two paragraphs, its Latin words counting too few columns to be full)
                 or (layout.boxed(lines[j]) and reaches_edge(j, k) and latin_end_goes_on(before, text)
                     and layout.width(lines[j]) >= MIN_MEASURE)
                 # in a PDF, a Japanese line of running text that reaches its page's text block's right edge and
                 # stops on a letter mid-word was justified to the edge by TeX's line breaker, whatever block
                 # measure its neighbours show (a description list's item under a hanging indent shows none:
                 # ptex-manual's ``…状態 S との差異はグループ開`` / ``始・終了 (…) での遷移先が…``, issue 16 point 4,
                 # helper real71c); the next line stands under it at the text's leading, or heads the next page
                 or edge_justified_goes_on(j, k, page_break)
                 or quote_goes_on(before, text, bool(layout.indent(lines[k])))
                 or k in first_set_in  # a box whose first line alone is set in: one paragraph, however short a line
                 # where every paragraph opens indented, an unindented line after one that ends no sentence goes
                 # on whatever the width (half-width digits make a full line narrower: ``…約38万人まで戻っ``)
                 or (indented and not layout.indent(lines[k]) and (before[-1:] not in SENTENCE_END or widths[j] is None)
                     and layout.width(lines[j]) >= MIN_MEASURE  # running text, not a cover's date or name
                     and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))))
                 or carries_on(before, text))
            # (a line set in under a line justified mid-word hangs under it: a list item's or a field's text, jbtxdoc's
            # ``address 通常は…これを省略すること`` / ``を勧めている．…``; a paragraph's indent follows a line's end)
            and not (layout.indent(lines[k]) and not page_break and not indent_goes_on(j, k)
                     and not edge_justified_goes_on(j, k, page_break))
        )

    def edge_justified_goes_on(j: int, k: int, page_break: bool) -> bool:
        """``lines[j]`` (a PDF's, Japanese) runs from the text's left side to its page's text block's right edge
        (:func:`at_text_edge`), :data:`MIN_MEASURE` columns or more, and stops on a kana or kanji (no stop, no comma,
        no bracket): a justified line broken mid-sentence. ``lines[k]`` is Japanese too and goes on in the same size,
        right under it (at the leading, up to a hanging indent of :data:`EDGE_HANG_EMS`) or at the next page's head."""
        before, text = lines[j].text.rstrip(), lines[k].text
        if not (layout.boxed(lines[j]) and layout.boxed(lines[k]) and at_text_edge(j) and is_ja_letter(before[-1:])
                and has_japanese(text[:1]) and layout.width(lines[j]) >= MIN_MEASURE):
            return False
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        # a line read in another face than its neighbour (most of its letters Latin: ``…18 (other kchar) のカテゴリー``
        # in TeXGyrePagella at 10.91 pt over ``コードのいずれかが…`` in HaranoAjiMincho at 10.09 pt) is measured by that
        # face, which pLaTeX's classes set 1/0.924 of the Japanese face's size: both are the body's (helper real72)
        # (and so a line whose Latin words are many: its median glyph is the Latin face's, though its main font is the
        # Japanese one; trial 75c's ieejtran, ``…UNIX 系列では.latexmkrc に対して次`` at 10.91 pt over ``のように…``)
        slack = EDGE_FACE_SLACK if a.font != b.font or _LATIN_LETTER.search(before) or _LATIN_LETTER.search(text) else 0.05
        if not a.size or not b.size or abs(a.size - b.size) > slack * a.size:
            return False
        return page_break or next_line(lines[j], lines[k], True, EDGE_HANG_EMS)

    def column_full(j: int) -> bool:
        # a vertical column that runs down to the foot of its tier's columns (within half an em): the columns on its
        # page whose heads stand level with its own (a tier of a newspaper's page has its own foot); a stop hung
        # below the foot (burasagari: ``…山車を飾る。`` one character past the others) marks no foot of its own
        a = layout.at(last_line(lines[j]))
        if not (a.vertical and a.y0 is not None and a.y1 is not None and a.size):
            return False
        tier = sorted((b.y0, hangs) for b, hangs in vertical_columns.get(a.page, ()) if abs(b.y1 - a.y1) <= a.size)
        if not tier:
            return False
        foot = tier[0][0]
        if tier[0][1] and not any(y0 <= foot + a.size / 2 for y0, _ in tier[1:]):
            foot += a.size
        return a.y0 <= foot + a.size / 2

    # a vertical text set one sentence (or more) a column: no column carries a sentence on, so its indents alone
    # part its paragraphs (helper tate74)
    sentence_columns = bool(vertical_columns) and _sentence_a_column(lines, layout)
    verse_columns = bool(vertical_columns) and vertical_verse(lines, layout)
    verse = verse_lines(lines)
    vertical_indents = bool(vertical_columns) and _indents_vertical_paragraphs(lines, layout, column_full,
                                                                               sentence_columns)

    def stop_goes_on_vertically(j: int, k: int) -> bool:
        # in a vertical text that opens its paragraphs by an indent (one character down), a column run down to its
        # tier's foot whose sentence ends there goes on in the next column when that one stands flush
        # (``…続いてきたといわれている。`` | ``近年は…``), on a page or across a page's break; only on a stop (verse's
        # longest lines reach the foot too: jo.pdf's ``…呼吸しながら`` | ``それぞれ…`` are two lines of a poem)
        # (decision, issue 16 point 4, helper tate74, fresh-user trial 74): where every column ends on a sentence's
        # end (one sentence a column, a column's end no wrap) a flush column goes on the paragraph the last indent
        # opened, full or short: a paragraph is the run of columns between indents, as a horizontal text's lines
        # are (``　十二月の朝、…歩いていた。`` | ``海から吹く風は…まばらだった。``; each column had been a paragraph)
        return (vertical_indents and _vertical(j, k) and not layout.indent(lines[k])
                and not lines[k].text.lstrip().startswith(DIALOGUE_OPENERS)
                and ((lines[j].text.rstrip()[-1:] in SENTENCE_END and column_full(j))
                     or (sentence_columns and _ends_sentence_ja(lines[j].text)
                         and layout.size(lines[j]) == layout.size(lines[k]) and not is_heading(lines[k].text))))

    def _vertical(j: int, k: int) -> bool:
        return bool(layout.at(last_line(lines[j])).vertical and layout.at(first_line(lines[k])).vertical)

    def hung_reference(j: int, k: int) -> bool:
        """``lines[k]`` is set in under a numbered reference's lines (``［1］水野直樹，長谷川彩：消雪パイプの間欠散水による`` /
        ``　節水効果，土木学会論文集，…``: a hanging indent, in white space the text carries or, in a PDF, further right
        by up to :data:`ITEM_HANG_EMS`) after a line that ends no sentence, and opens no reference of its own: the
        reference's wrap, under any heading (a lab page's ``最近の業績``), where :func:`item_goes_on` reads only a list
        under a references heading (helper struct77, fresh-user trial 77g: each reference had been two paragraphs).
        A later wrapped line stands where the one before it does."""
        first = paragraphs[-1][0] if paragraphs and paragraphs[-1][-1] == j else j
        marker = reference_marker(lines[first].text)
        # (a bracketed number only: a numbered heading, ``1．…について``, over its set-in paragraph is no reference)
        if marker is None or marker[0] != "bracket" or first in headings or reference_marker(lines[k].text) is not None \
                or lines[j].text.rstrip()[-1:] in SENTENCE_END:
            return False
        a, b, c = layout.at(first_line(lines[first])), layout.at(first_line(lines[k])), layout.at(first_line(lines[j]))
        if a.page != b.page or not next_line(lines[j], lines[k], True, REFERENCE_HANG):
            return False
        set_in_text = b.indent > a.indent and (j == first or c.indent == b.indent)
        set_in_page = a.x0 is not None and b.x0 is not None and bool(b.size) \
            and 0 < b.x0 - a.x0 <= ITEM_HANG_EMS * b.size and (j == first or c.x0 is not None and abs(c.x0 - b.x0) <= INDENT_SHIFT * b.size)
        return set_in_text or set_in_page

    def indent_goes_on(j: int, k: int) -> bool:
        # ``lines[k]``'s indent opens no paragraph: it is set in under the text of the item its paragraph opened
        # (``• sponsor (スポンサー): …公式Debianパッケージアーカイブ`` / ``にアップロードするのを手伝う人です。``,
        # maint-guide.ja: 142 items' wrapped lines were paragraphs of their own), in a PDF within ITEM_HANG_EMS right
        # of the item's first line and at the same start as ``lines[j]`` when that is the item's later line, in a text
        # dump by the width of the item's mark and the white after it, in characters or columns; or, in a PDF, it
        # starts where ``lines[j]``, itself set in, starts (an item's second paragraph, under its text)
        first = paragraphs[-1][0] if paragraphs else j
        head = lines[first].text
        mark = BULLET_START.match(head) or _HEADING.match(head)
        a, b, c = layout.at(first_line(lines[first])), layout.at(first_line(lines[k])), layout.at(first_line(lines[j]))
        if has_leader(lines[j].text):
            return False  # an index's or contents' entry ends on its leader and page number (``…有効化 . . 42``)
        if layout.boxed(lines[j]) and layout.boxed(lines[k]) and layout.indent(lines[j]) and not set_in(lines[j], lines[k]) \
                and not index_key_after(j, k):
            return True  # a PDF's line set in as far as the line before it: that line's indent goes on, none opens
        if not layout.boxed(lines[j]) and not layout.boxed(lines[k]) and has_japanese(lines[j].text) \
                and 0 < layout.indent(lines[j]) == layout.indent(lines[k]) \
                and not any(_CELL_GAP.search(lines[i].text.strip()) for i in (j, k)) \
                and (lines[j].text.rstrip()[-1:] in CLAUSE_END or full(j) or set_in_to_the_edge(j)):
            # a text dump's block set in as a whole (a notice's item under its heading, ``　　既設舗装の…進めますので、``
            # / ``　　作業箇所は…``): the line before, set in as far and left open mid-sentence (a comma, or full to
            # the measure), is the paragraph's; its indent goes on, none opens (fresh-user trial 82c's road works
            # notice, whose items' wrapped lines had stayed paragraphs of their own); a row whose cells a gap parts
            # (``番号4 参加者数 0者  (…)``, a two-column table's ``…高      画を…``) is a row of its own
            return True
        if mark is None or not has_japanese(head):
            return False
        if layout.boxed(lines[first]) and layout.boxed(lines[k]):
            size = a.size or b.size
            return (size is not None and c.x0 is not None and 0 < b.x0 - a.x0 <= ITEM_HANG_EMS * size
                    and (j == first or abs(c.x0 - b.x0) <= INDENT_SHIFT * size))
        if layout.boxed(lines[first]) or layout.boxed(lines[k]):
            return False
        prefix = head[:mark.end()] + re.match(r"[ \u3000]*", head[mark.end():]).group(0)
        hang = b.indent - a.indent
        return hang > 0 and hang in (len(prefix), display_width(prefix)) and (j == first or c.indent == b.indent)

    def set_in_to_the_edge(j: int) -> bool:
        # where no block's measure shows (a short notice), a set-in line that stops on a letter mid-sentence and
        # reaches, with its indent, the right edge of the dump's widest Japanese line: its indent took the columns it
        # lacks (``　　…なお、夜間及び休日は`` under ``　このたび、…`` ending at the same column); an indent counted in
        # ideographic spaces, two columns each, as a Japanese dump sets it
        text = lines[j].text.rstrip()
        return (widths[j] is None and is_ja_letter(text[-1:])
                and layout.width(lines[j]) + 2 * layout.indent(lines[j]) >= max(MIN_MEASURE, widest_edge - SHORT_BY))

    def flush_over_next(k: int) -> bool:
        """In a PDF, ``lines[k]`` stands at its column's margin over the next line of its column (on its page, at one
        pitch below, starting within :data:`INDENT_SHIFT` ems of it): no paragraph's first line set in. At a page's or
        a column's head no line above shows the margin, so the line under it does (helper pdf68: in a two-column
        paper that indents its paragraphs, ``…試みを続けてきた。`` at the foot of page 1's short right column, a full
        line, and page 2's flush ``その成果は…`` had been two paragraphs, where the English of the same pages joined)."""
        b = layout.at(first_line(lines[k]))
        if k + 1 >= len(lines) or None in (b.x0, b.y0) or not b.size or b.vertical:
            return False
        c = layout.at(first_line(lines[k + 1]))
        return (c.page == b.page and c.x0 is not None and next_line(lines[k], lines[k + 1])
                and abs(b.x0 - c.x0) <= INDENT_SHIFT * b.size)

    def indented_below(j: int, k: int) -> bool:
        """In a PDF, ``lines[k]`` stands under ``lines[j]`` on its page, set in by an indent (more than
        :data:`INDENT_SHIFT` ems, at most :data:`MAX_OUTDENT`: no other column): a paragraph's first line, though
        extract counts it no indent where it stands alone at a column's foot (a one-line box after a paragraph's white
        is a run of its own, its edge its own start: col65's Japanese columns, ``…試みられている。`` + ``調査は…``)."""
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        if None in (a.x0, b.x0, a.y0, b.y0) or a.page != b.page or not a.size or a.vertical or b.vertical:
            return False
        return b.y0 < a.y0 and INDENT_SHIFT * a.size < b.x0 - layout.at(first_line(lines[j])).x0 <= MAX_OUTDENT * a.size

    def set_in(prev: Text, line: Text, from_last: bool = False) -> bool:
        # ``line`` starts further right than ``prev``: on the page when both stand on one (text boxes of a PDF count
        # their indents each from its own edge), else by their indents; ``from_last``: than ``prev``'s last raw line
        # (a reference's first line and its hanging second one the clean stage joined at a hyphen, ``…Uni-`` +
        # ``fied …generalization.``, end where the second starts)
        a, b = layout.at((last_line if from_last else first_line)(prev)), layout.at(first_line(line))
        if a.x0 is not None and b.x0 is not None and a.page == b.page and a.size and not a.vertical:
            return b.x0 - a.x0 > INDENT_SHIFT * a.size
        return layout.indent(line) > layout.indent(prev)

    def index_key_after(j: int, k: int) -> bool:
        # ``lines[k]``, set out left of ``lines[j]``, opens the next entry of an index: ``lines[j]`` ends on its
        # entry's page number (``…有効化 . . 19`` / ``\\selectfont: …``, ``…修正185`` / ``\\ps@myheadings: …``: pldoc's
        # keys were glued onto the entry before, whose two dots are no leader); ``lines[j]`` carries on the key over
        # it, a line that is no heading and ends no sentence: a paragraph's indented first line, under a heading or
        # a sentence's end, over its later lines set further left goes on whatever it ends on (``…总结，在2021`` /
        # ``年…``, ``…如图3`` / ``所示…``: a year or a figure's number at a wrap is no page number)
        return j > 0 and j - 1 not in headings and lines[j - 1].text.rstrip()[-1:] not in SENTENCE_END + "." \
            and set_in(lines[k], lines[j]) and _ENDS_ON_PAGE_NUMBER.search(lines[j].text.rstrip()) is not None

    def _hanging(prev: Text, line: Text) -> bool:
        # a hanging indent (a reference list's entries): the line set in under one that ends no sentence, or under
        # a labelled item's first line ([1], 1., •), which may end one (a reference's title ends in a full stop)
        return set_in(prev, line) and (not ends_sentence(prev.text, line.text) or _labelled(prev.text))

    edge_lines: list[set[int]] = []

    def edge_repeated(at: set[int]) -> bool:
        # any of ``at`` is a line repeated at the edge of the pages (read once, and only where a page break asks)
        if not edge_lines:
            edge_lines.append(repeated_at_page_edges(lines, layout))
        return not at.isdisjoint(edge_lines[0])

    def list_row_over_break(j: int, k: int) -> bool:
        """In a dump, ``lines[j]`` is the last row of a list of one-line rows closing a page (the row over it set in as
        far, on the raw line right above, no paragraph of theirs), and ``lines[k]``, opening the next page, stands
        further left: the page's text opens a new block, no row's rest (a row's wrap is set in as its row is).

        Why (issue 16 point 4, fresh-user trial 76d; helper folio77): a family history's list of children closed its
        page (``  Albert Ashworth (1882-1954), emigrated to Fall River, Massachusetts``); once the page's foot and the
        next page's head went to the ledger, the paragraph opening the next page (``The deaths of James…``) had been
        joined onto the row."""
        if j == 0 or layout.boxed(lines[j]):
            return False
        above = lines[j - 1]
        a, b = last_line(above), first_line(lines[j])
        return a is not None and b is not None and b == a + 1 and layout.indent(above) == layout.indent(lines[j]) \
            and layout.indent(lines[k]) < layout.indent(lines[j])

    def english_wrap(j: int, k: int, page_break: bool, continued: bool) -> bool:
        """``continued``: ``lines[j]`` is itself a paragraph's later line (so no run-in heading)."""
        prev, line = lines[j], lines[k]
        width = widths_en[k]
        if not (is_english_line(prev.text) and (is_english_line(line.text) or _numbers_only(line.text))):
            return False
        # a description's item: its label set out into the margin or a hanging indent deeper than a bullet's, the
        # label and its text one row (``\author⇥The macro … which``); the text wrapped at its column's edge goes on
        # in small letters in the lines set in under it (``should contain…``, ``declaration.``)
        described = (not page_break and at_text_edge(j) and _described(prev.text, line.text) and set_in(prev, line)
                     and not resized(j, k)
                     and bool(wrapped_en(j, k, width))
                     and next_line(prev, line, True, MAX_DESCRIPTION_HANG))
        if (is_table_row(prev.text) and not described) or is_table_row(line.text):
            return False
        if opens_caption(line.text) and ends_sentence(prev.text, line.text):
            return False  # a caption under its paragraph's last sentence opens its own (``…station access.`` / ``Figure 1. …``)
        page_break = page_break or column_break(j, k)
        hanging = _hanging(prev, line)
        if described:
            return True
        if page_break:
            if ends_sentence(prev.text, line.text) and not full_at_foot(j, k):
                return False
            if not continued and list_row_over_break(j, k):
                return False
        elif not next_line(prev, line, is_bulleted(prev.text) or hanging, _label_hang(prev.text) if hanging else 2.0,
                           outdent=MAX_FIRST_INDENT if j in indented_first and k == j + 1 else MAX_OUTDENT):
            return False
        elif set_in(prev, line, from_last=True) and not hanging:
            return False
        if resized(j, k):
            return False
        # A bulleted item's wrapped line joins it, as does a labelled item's line set in under it; a numbered line
        # may be a run-in heading (``1. Scope. This…``) unless it is a paragraph's later line. A line opening on a
        # lost glyph the heading solver reads no number in (``unheaded``), a word's small letters after it, opens on a letter
        # of unknown kind, no heading's mark (``…but not yet to the`` / ``(cid:13)exible frequency-modulated calls``: a
        # ligature's glyph lost; ``_LOST_IN_WORD``)
        if bracketed_clause_goes_on(prev.text, line.text):
            return True  # ``(3) The Department may refuse … interfere with`` / ``other uses of the space.``: no run-in heading
        if is_heading(prev.text) and (j not in unheaded or contact_behind_icon(prev.text)) and not is_bulleted(prev.text) \
                and not continued and not hanging and j not in numbered_paragraphs \
                and not (numbered_item_open(prev.text, line.text) and wrapped_en(j, k, width)):
            return False
        if ((is_heading(line.text) and not (k in unheaded and _LOST_IN_WORD.match(line.text)) or is_list_item(line.text))
                and not number_goes_on(j, k)):
            return False
        if author_entry(line.text) and ends_sentence(prev.text, line.text) \
                and author_entry(lines[paragraphs[-1][0] if paragraphs and paragraphs[-1][-1] == j else j].text):
            # an author-date list's next entry (``Dawson, T. (2021). …``) under an entry closed on its full stop, the
            # entry over it opened so too: a new entry however full the line (helper wrap84: a wrapped entry's last
            # line, ``…Estuarine, Coastal and Shelf Science 231, 1-9.``, had taken the next entry on)
            return False
        if fields[k]:
            return False  # a keyword field opens its own line (``Mots-clés : foo, bar, baz.`` / ``msc : 11B13``)
        if lettered_in_step(prev.text, line.text):
            return False  # ``A.1 Stonehaven: …`` / ``A.2 Inverurie: …``: an appendix's items, one a line
        if form_field(line.text) is not None and line.text.lstrip()[:1].isupper() \
                and not prev.text.rstrip().endswith((",", ";", ":")) and not ends_on_connective(prev.text):
            # a form's or notice's field under a line that leaves nothing open (``Aberystwyth University, 3-4 September
            # 2026`` / ``Venue: Hugh Owen Building``): the field opens its own line, however full the line over it
            # (helper prog73's open entry: a programme's front lines had been joined into one paragraph)
            return False
        if not continued and capitals_heading_alone(line.text) and not ends_on_connective(prev.text) \
                and not prev.text.rstrip().endswith((",", ";", "-", "\u2013", "\u2014")) \
                and not (k + 1 < len(lines) and goes_on_in_small_letters(line.text, lines[k + 1].text)):
            # a heading in capitals alone on its line (a script's ``CHARACTERS``, ``CAST``, ``SCENE ONE``) opens its
            # own line, whatever leaves the line over it open (``…Town Hall, October 2024`` / ``CHARACTERS``: helper
            # bunshu78, fresh-user trial 77d, whose play had the heading glued to its credit line)
            return False
        if not continued and article_byline(line.text) and title_cased(prev.text.strip()) \
                and not ends_sentence(prev.text, line.text):
            # an article's byline under its headline (``…Before Winter`` / ``By Owen Davies``): evidence of the
            # headline, never its wrapped rest, however full the headline's line (fresh-user trial 69c, helper fix69h)
            return False
        if not continued and wh_clause_heading(prev.text) and not title_cased(line.text):
            return False  # ``Where Your Water Comes From`` opening its block over running text: a heading, complete
        if not continued and wh_sentence_heading(lines, j):
            return False  # ``Where our money came from`` under a table's row, a capital under it: a heading, complete
        if ends_on_connective(prev.text) and not prev.text.rstrip().endswith((":", "：")) \
                and not (j in stanzas and k in stanzas):
            # ``…urgent repair. The`` goes on whatever its width (a ragged or hand-set measure); a stanza's line
            # ending on a comma is a line of verse (wraps_en.stanza)
            return True
        if page_break and goes_on_in_small_letters(prev.text, line.text) and not layout.indent(line) \
                and not edge_repeated({j, k}):
            # a sentence cut by the page's foot or a footer dropped between its halves (``…This trend weakens local``
            # / ``Policy Brief No. 4 | page 1`` / ``economies and places…``, fresh-user trial 66b): its last line ends
            # where the page did, not where the measure did, so its width tells nothing. A running foot or head left
            # in the body (the same words at the edge of other pages) is no half of a sentence (``vol. 3, no. 2`` /
            # ``harbour review``)
            return True
        if width is None:
            return goes_on_lower_case(layout.end_width(prev), prev.text, line.text)
        if not page_break and goes_on_in_small_letters(prev.text, line.text) and _LOWER_FIRST.match(line.text) \
                and not layout.indent(line) and not parted(j, k) and layout.end_width(prev) >= RAGGED * width:
            # a sentence running on in small letters under a line the first-fit measure calls short (``…at the age
            # of 86, was a volunteer`` / ``at Ashcombe Library for more than thirty years…``: a hand's or a
            # typesetter's break, 95 of 105 columns; fresh-user trial 73's obituary had been cut there): no paragraph
            # opens on a word in small letters. The line must fill the ragged measure (verse's short lines stay lines)
            return True
        if bracketed_aside_goes_on(layout.end_width(prev), prev.text, line.text):
            return True  # ``…walking frequency`` / ``(r = 0.71). Table 1 …``: the aside's bracket, not its width, ended the line
        if ends_sentence(prev.text, line.text) and short_phrase(layout.width(line), line.text, width):
            return False
        if ((blank_marked_en or hand_wrapped_en) and ends_sentence(prev.text, line.text)
                and RAGGED * width <= layout.end_width(prev) <= NEVER_WRAPPED * width and not page_break
                and not parted(j, k) and not layout.indent(line)):
            # where blank lines mark the paragraphs, or where the text's own sentences show that its lines were not
            # broken by first fit, a full line's sentence end with no blank line after it is where a wrap fell,
            # though the next word might have fitted (``…source of confusion.``, 84 of 88 columns, + ``The results…``;
            # ``…increased significantly.``, 80 of 87, + ``No effect was found…``, an abstract's last line); a line far
            # wider than the measure was never wrapped at it (a reference entry one to a line under a hard-wrapped
            # paper's prose, helper wrap84)
            return True
        # in a PDF set ragged right, a line the author broke short mid-sentence goes on in the next line, set under it
        # at one leading (next_line above) and carrying its sentence on in small letters, however much room it leaves
        # (``…the outer channel, where`` at 49 of 88 columns + ``the sand bar had moved…``)
        return bool(wrapped_en(j, k, width)) or (
            not page_break and layout.boxed(prev) and layout.boxed(line) and not set_in(prev, line, from_last=True)
            and broken_by_hand(prev.text, line.text, widest_around(j, k), width))

    def widest_around(j: int, k: int) -> int:
        """The widest of ``lines[k]``, the paragraph ``lines[j]`` ends so far and the line under ``lines[k]`` when it
        goes on in its setting (at one leading, not set in: no next paragraph's first line)."""
        around = [*(paragraphs[-1] if paragraphs and paragraphs[-1][-1] == j else [j]), k]
        if k + 1 < len(lines) and next_line(lines[k], lines[k + 1]) and not set_in(lines[k], lines[k + 1]):
            around.append(k + 1)
        return max(layout.width(lines[i]) for i in around)

    references = reference_lines(lines, headings)
    hung = hanging_entries(lines, layout, headings, edges)

    def item_goes_on(j: int, k: int) -> bool:
        """In a numbered reference list, a line that does not open the next item carries on the item
        (``[1] … Transport`` / ``Reviews, 38(2)…``), in one text box (the next line by spacing in a PDF)."""
        item = reference_marker(lines[paragraphs[-1][0]].text)
        return (k in references and j in references and item is not None and not opens_next_item(lines[k].text, item)
                and not is_table_row(lines[k].text)
                and (next_line(lines[j], lines[k], True, REFERENCE_HANG) or list_turns(j, k)))

    def list_turns(j: int, k: int) -> bool:
        """The reference list goes on over a page's or a column's break between ``lines[j]`` and ``lines[k]`` (the page's
        furniture between them or not): the item open over it goes on, as its numbering says (trial 75's two-column
        paper: ``2) 松本健太，…講演会，`` at the foot of page 1's right column, ``Vol.78，pp.112-113，20`` atop page
        2's left, had been two paragraphs, the year 2023 cut in two). Spacing says nothing across a break, so the
        line must be set in the item's size and be no short heading's shape (ptex-guide-en's ``Index`` atop the page
        after its last reference, a heading the list's heading rule had not yet seen)."""
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        return ((layout.page_break_before(lines[j], lines[k]) or _furniture_between(furniture, lines[j], lines[k])
                 or column_break(j, k))
                and not short_heading(k) and bool(a.size and b.size) and abs(a.size - b.size) <= SAME_SIZE_SHARE * a.size
                # an item closed by a stop or a bracket (``… TUGboat Vol. 9, No. 1 (’88)``, jlshort) is no item open
                and lines[j].text.rstrip()[-1:] not in ENTRY_CLOSE)

    def next_reference(first: int, k: int) -> bool:
        """A reference list's next item (``[3]`` after ``[2]``) never goes on the item before, however full that
        item's last line: each entry is a paragraph of its own (a Japanese dump's entries, each a line, ran into one)."""
        item = reference_marker(lines[first].text)
        return k in references and item is not None and opens_next_item(lines[k].text, item)

    # a notice's fields (``日時　…`` / ``会場　…``): lines of their own; a law's numbered paragraph (``2　前項の…``) is none
    # a record's numbered fields (``４　欠席委員　　なし``, ``６　議　題``): each a line of its own, never a wrap of the
    # roster line before it (helper gikai55: a roster line that filled the measure took ``６　議　題`` on)
    items = (_field_runs(lines) | _numbered_record_fields(lines)) - opens
    # a contact line under its label (``電話　012-…``, ``E-mail: …``) or a contact block's bracketed heading with its
    # office (``【問合せ】…事務局``) opens its own line, never a wrap (contacts.labelled_contact; trial 53)
    contacts = [labelled_contact(t.text) for t in lines]
    code = code_lines(lines, layout)
    no_prose = _unwrapped_kinds(lines, layout, code)
    pieces, display_of = _display_runs(lines, layout, [math_piece(t.text) and not code[k] for k, t in enumerate(lines)],
                                       code)
    blocks: dict[int, tuple[float, float]] = {}
    for t in lines:
        lay = layout.at(first_line(t))
        if lay.x0 is not None and lay.x1 is not None:
            left, right = blocks.get(lay.page, (lay.x0, lay.x1))
            blocks[lay.page] = (min(left, lay.x0), max(right, lay.x1))

    sizes = sorted(z for t in lines if (z := layout.size(t)))
    body_size = sizes[len(sizes) // 2] if sizes else None

    def text_block(k: int) -> tuple[float, float] | None:
        """The leftmost and rightmost edges of the text on ``lines[k]``'s page (a PDF), for :func:`centred_pair`."""
        return blocks.get(layout.at(first_line(lines[k])).page)

    def url_goes_on(j: int, k: int) -> bool:
        # a web address or DOI broken at the line's end (``…Lett., 2014. doi:10.`` / ``1103/PhysRevLett.114.050511``,
        # ``…doi:10.1103/PhysRevAccelBeams.`` / ``18.120198``) goes on in the next line of its paragraph (by spacing),
        # though the piece ends in a full stop or opens like a numbered heading; after a full stop only a piece that
        # reads as an address's (a digit, a path, letters and digits mixed), never a word (``…@bar.com.`` / ``the``)
        before, text = lines[j].text.rstrip(), lines[k].text
        if not splits_url(before, text) or parted(j, k) or resized(j, k):
            return False
        if before.endswith(".") and not (text[:1].isdigit() or link_piece(text.split(maxsplit=1)[0].rstrip(".,;:)"))):
            return False
        if not layout.boxed(lines[j]):
            return True
        return (layout.page_break_before(lines[j], lines[k]) or column_break(j, k)
                or next_line(lines[j], lines[k], True, REFERENCE_HANG))

    def one_formula(j: int, k: int) -> bool:
        # In a PDF, a display falls into lines (its sub- and superscripts, a fraction's parts, a big operator's
        # limits: ``∑`` / ``i=1`` / ``n``): two pieces of a formula on one page, the next no more than MATH_GAP_EMS
        # below the last (or beside it), are one formula block, never paragraphs of prose each
        if not (pieces[j] and pieces[k]) or (_bare_number(lines[j].text) and _bare_number(lines[k].text)):
            return False  # two numbers alone: a listing's line numbers, a table's column, no formula
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        size = a.size or b.size
        return (a.page == b.page and size is not None and None not in (a.y0, b.y1)
                and a.y0 - b.y1 <= MATH_GAP_EMS * size)
    def caption_set_whole(paragraph: list[int], k: int) -> bool:
        """The paragraph is a figure's caption (:data:`FIGURE_CAPTION`) in a PDF and ``lines[k]`` stands on a later
        page or higher up (the next column): a float is never broken, so its caption ends where its column does (a
        caption read after the paragraph it broke, :func:`~pipeline.segment.figures.captions_out_of_flow`, stands
        before the next page's or column's text, and a Japanese caption without a full stop had run on into it)."""
        if FIGURE_CAPTION.match(lines[paragraph[0]].text) is None or not layout.boxed(lines[k]):
            return False
        a, b = layout.at(last_line(lines[paragraph[-1]])), layout.at(first_line(lines[k]))
        return a.y0 is not None and b.y0 is not None and (b.page > a.page or (b.page == a.page and b.y0 > a.y0))

    def line_of_its_own(j: int, k: int) -> bool:
        # ``lines[k]`` opens a line of its own whatever carries a paragraph on into it: a heading, a list's item or
        # mark, a field, a contact, a table's row, a code line, a keyword's field
        text = lines[k].text.strip()
        return (k in headings or k in opens or k in in_step or is_heading(text) or is_list_item(text)
                or BULLET_START.match(text) is not None or ENUMERATOR.match(text) is not None
                or next_item(lines[paragraphs[-1][0]].text, text) or k in items or fields[k] or bool(contacts[k])
                or is_table_row(text) or is_table_row(lines[j].text) or code[j] or code[k])

    def label_hang(j: int, k: int) -> bool:
        # In a text dump, a line set in under the text after a short label that opened the paragraph (a hanging
        # indent: ``Ａ　初回の交付は無料です。…手数料として`` / ``　　1,000円（電子証明書を含む）が必要です。``, ``注１　``
        # / ``　　　``, trial 55's Q&A leaflet, whose answers' later lines were each a paragraph) carries that paragraph
        # on, whatever the line before ends on: the hang, not a stop, says whose line it is. The indent is the label's
        # and the white's after it exactly (in characters, in columns, or in the full-width columns the clean stage
        # narrowed: ``Ａ`` → ``A``), and each later line keeps it; never a heading's next line, a sub-item, a field or
        # a row set in so, nor a line after a blank line.
        first = paragraphs[-1][0]
        head, text = lines[first].text, lines[k].text
        if not layout.indent(lines[k]) or layout.boxed(lines[first]) or layout.boxed(lines[k]):
            return False
        label = _HANG_LABEL.match(head)
        # the line it hangs from is running text (a clause's or a sentence's mark in it): a numbered field's short
        # label (``３　出席委員（６名）`` / ``　　委 員 長　　松田…``, a record's list under it) heads its lines, no wrap
        if label is None or not any(c in lines[j].text for c in "。、，？！"):
            return False
        prefix = label.group(0)
        hang = layout.indent(lines[k]) - layout.indent(lines[first])
        if hang not in (len(prefix), display_width(prefix), 2 * len(prefix)) \
                or (j != first and layout.indent(lines[j]) != layout.indent(lines[k])):
            return False
        return not (parted(j, k) or broken(j, k) or not (has_japanese(head) and has_japanese(text))
                    or short_heading(first) or line_of_its_own(j, k)
                    or speaker_turn(text.strip()) or transcript_speaker(text.strip()) is not None)

    turn_kinds: dict[int, tuple[bool, bool]] = {}  # line → (a speaker alone on it, a turn with its speech)

    def turn_line(i: int, alone_read: bool = True) -> bool:
        # a turn's line: the speaker and the speech (``【司会】　…``, ``○会長（山田）　…``), or the speaker alone over it
        # (``【司会】`` / ``○山田会長``) where ``alone_read``: the speech under it already joined as the turn's
        # (:func:`_speech_under_head` decides that line: a notice's ``○講師`` over its value is none)
        if i not in turn_kinds:
            text = lines[i].text.strip()
            alone = heads[i] or transcript_head(text) is not None
            turn_kinds[i] = (alone, not alone and (i in in_transcript or speaker_turn(text)))
        alone, spoken = turn_kinds[i]
        return (alone and alone_read) or spoken

    def turn_goes_on(j: int, k: int) -> bool:
        # In a text dump, the lines under a transcript's turn (``【司会】　…お越しいただき、`` / ``ありがとうございます。…``,
        # ``○会長（山田）　…``, ``司会：…``; where the document shows a transcript, :func:`transcript_turns`, or a
        # minutes' ``○`` turn, :func:`speaker_turn`) are the turn's one paragraph up to the next turn, a blank line, a
        # stage note in brackets (``（拍手）``), a line set in (a new paragraph of the speech) or a line of its own
        # (a heading, an item, a row): a speaker's turn is what one person said, wrapped where the line ran out or
        # where the transcriber broke it (trial 55's lecture record, each turn cut at every line). A short line
        # with no clause or sentence mark after a sentence's end (``以上``, a heading by its shape) stays its own.
        first = paragraphs[-1][0]
        text = lines[k].text.strip()
        if not turn_line(first, len(paragraphs[-1]) > 1 and paragraphs[-1][1] in turned) or layout.boxed(lines[first]) or layout.boxed(lines[k]) or parted(j, k) or broken(j, k) \
                or layout.indent(lines[k]) > layout.indent(lines[first]) or not has_japanese(text) or turn_line(k) \
                or _STAGE_NOTE.match(text) or line_of_its_own(j, k):
            return False
        if not any(c.isalnum() for c in text):
            return False  # a rule drawn under the turn (``─────``), no speech: helper wrap79, trial 74's Q/A record
        return not (lines[j].text.rstrip()[-1:] in _PARAGRAPH_END and short_phrase_heading(text)
                    and not any(c in text for c in "。、，？！?!"))

    def english_turn_goes_on(j: int, k: int) -> bool:
        # An English transcript's turn (``TOM: My grandad had the traps. … in the shed`` / ``behind the house at
        # Welney. …``, where the document shows a transcript, :func:`transcript_turns`) is what one person said: its
        # lines are one paragraph up to the next turn, a blank line, a stage note in brackets (``[Break]``), a page
        # break or a line of its own, whatever the width its lines ran to (decision, issue 16, fresh-user trial 75:
        # a turn's line that ran short of the measure had parted the turn in two). A line ending on a hyphen is left
        # to the English reading, which knows whether the hyphen is the word's.
        first = paragraphs[-1][0]
        text = lines[k].text.strip()
        # (an English Q/A turn's too, ``A: Firing. …`` / ``there is nothing…``; a line of no letter, a rule drawn under
        # a turn, ``─────``, is no speech: helper wrap79)
        return first in in_transcript \
            and (transcript_speaker_en(lines[first].text) is not None
                 or (qa_turn(lines[first].text) is not None and not has_japanese(lines[first].text))) \
            and any(c.isalnum() for c in text) and not has_japanese(text) and k not in in_transcript and not _STAGE_NOTE.match(text) \
            and not lines[j].text.rstrip().endswith(("-", "\u2010")) and not parted(j, k) and not broken(j, k) \
            and not layout.boxed(lines[k]) and not line_of_its_own(j, k)

    def label_wrapped(j: int, k: int) -> bool:
        # A prose-wide English line that ends no sentence over a line opening on a word in small letters then a colon
        # (``…fifteen minutes. After eye`` / ``contact: rinse cautiously…``) is one sentence wrapped where a label's
        # shape fell at the line's start: a field's or a contact's label opens on a capital (decision, issue 16,
        # fresh-user trial 77f: a safety data sheet's first-aid paragraph had been parted at ``contact:``).
        text = lines[k].text.lstrip()
        return text[:1].islower() and not has_japanese(text) and not fields[k] \
            and goes_on_lower_case(layout.width(lines[j]), lines[j].text, text)

    paragraphs: list[list[int]] = []
    spaced: set[int] = set()  # lines joined to the one before with a space (English)
    unhyphenated: set[int] = set()  # lines whose last character, a hyphen, leaves the word (a break)
    closed: set[int] = set()  # lines carrying on a Latin word a Japanese wrap cut (``1.8m`` / ``g/L``)
    written: frozenset[str] | None = None
    wrap_lang: str | None = None  # the document's language for a word broken across a page break (found when one is)
    written_in: frozenset[str] | None = None  # the words it writes whole, in that language's letters
    opened_by_heading = False
    # a speaker alone over the speech: a minutes' ``○山田会長``, or a transcript's ``【司会】`` / ``高田：`` where the
    # document shows a transcript (labels.transcript_turns: speakers alternate)
    # (and an interview's ``Ｑ　…`` / ``Ａ　…`` turns, whose wrapped lines join their turn as a speaker's do: issue 16
    # point 4, helper wrap79; trial 79b's answer under its question had been parted at ``…寸法、`` / ``騒音、…``, the two
    # turns read as a notice's fields)
    # (an English transcript's turn opens a paragraph of its own whatever width the line before ran to: a full line
    # ending a turn had taken the next turn as its wrap, ``…before it does.`` / ``Mrs. Kaur. Then …``; session 85,
    # helper labels85)
    in_transcript = transcript_turns([t.text for t in lines]) | qa_turns([t.text for t in lines])
    heads = [turn_head(t.text) or (k in in_transcript and transcript_head(t.text) is not None) for k, t in enumerate(lines)]
    turned: set[int] = set()  # speeches joined to their speaker's mark and name alone on the line before (``○山田会長``)
    for k, line in enumerate(lines):
        if paragraphs and paragraphs[-1][-1] == k - 1 and k not in headings \
                and numbers_display(lines, paragraphs[-1], k, layout):
            paragraphs[-1].append(k)  # a display's number beside it, read apart from its pieces: ``yi = x⊤ …`` ⎵ ``(1)``
            spaced.add(k)
            continue
        if paragraphs and paragraphs[-1][-1] == k - 1 and k - 1 not in headings and k not in headings \
                and not code[k - 1] and not code[k] and left_open(lines[k - 1].text) \
                and not layout.page_break_before(lines[k - 1], line):
            # the rest of a sentence's line that broke inside its brackets (``…『農村計画学会誌』40(`` / ``2), pp.55-62.``,
            # trial 54b: read as the next item, or as section 2): its text going on, whatever its width; no space
            paragraphs[-1].append(k)
            continue
        if paragraphs and paragraphs[-1] == [k - 1] and heads[k - 1] \
                and _speech_under_head(lines[k - 1], line, heads[k], lines[k + 1] if k + 1 < len(lines) else None) \
                and not broken(k - 1, k):
            paragraphs[-1].append(k)  # ``○山田会長`` / ``ただいまから…``: one turn, as ``○山田会長　ただいまから…``
            turned.add(k)
            opened_by_heading = False
            continue
        if paragraphs and paragraphs[-1][-1] == k - 1 and k not in headings and english_turn_goes_on(k - 1, k):
            paragraphs[-1].append(k)  # an English transcript's turn going on: a space between its lines
            spaced.add(k)
            opened_by_heading = False
            continue
        if paragraphs and paragraphs[-1][-1] == k - 1 and k not in headings \
                and (label_hang(k - 1, k) or turn_goes_on(k - 1, k) or pdf_label_hang(k - 1, k)):
            # a line hung under a label's text (``Ａ　…`` / ``　　…``), or a transcript's turn going on: no space
            paragraphs[-1].append(k)
            opened_by_heading = False
            continue
        if paragraphs and k - 1 == paragraphs[-1][-1] and k - 1 not in headings and k not in headings and k not in opens \
                and not no_prose(k - 1, k) and not code[k - 1] and not code[k] and not pieces[k - 1] and not pieces[k] \
                and centred_pair(lines[k - 1], line, layout, text_block(k), measure_width, body_size):
            paragraphs[-1].append(k)  # a centred caption's or heading's second line
            if display_width(lines[k - 1].text[-1:]) < 2 and display_width(line.text[:1]) < 2:
                spaced.add(k)  # Latin words a space apart; Japanese runs on
            continue
        if k in hung and paragraphs and not hung[k] and paragraphs[-1][-1] == k - 1 and k - 1 in hung:
            paragraphs[-1].append(k)  # a hanging list's entry going on (references.hanging_entries)
            before = lines[k - 1].text.rstrip()
            if splits_url(before, line.text) or before.endswith("-"):
                closed.add(k)  # an address, a page range (``224:260-`` / ``266.``) broken at the wrap: no space
            elif not (has_japanese(before[-1:]) or has_japanese(line.text[:1])):
                spaced.add(k)
            continue
        if k in hung and hung[k]:
            paragraphs.append([k])  # a hanging list's entry opens at its flush edge, however the line before ended
            opened_by_heading = False
            continue
        if paragraphs and paragraphs[-1][-1] == k - 1 and k not in headings and hung_reference(k - 1, k) \
                and not no_prose(k - 1, k) and has_japanese(lines[paragraphs[-1][0]].text):
            paragraphs[-1].append(k)  # a Japanese reference's wrap set in under it
            if not (has_japanese(lines[k - 1].text[-1:]) or has_japanese(line.text[:1])
                    or display_width(lines[k - 1].text[-1:]) > 1):
                spaced.add(k)  # Latin words a space apart; Japanese runs on
            continue
        if paragraphs and item_goes_on(paragraphs[-1][-1], k) and not no_prose(paragraphs[-1][-1], k):
            paragraphs[-1].append(k)
            if splits_url(lines[paragraphs[-1][-2]].text, line.text) or completes_number(lines[paragraphs[-1][-2]].text, line.text):
                closed.add(k)  # ``https://www.R-project.`` + ``org/``: one address, no space; ``…，20`` + ``23．``: one year
            elif not (has_japanese(lines[paragraphs[-1][-2]].text[-1:]) or has_japanese(line.text[:1])) \
                    or english_record(" ".join(lines[i].text for i in paragraphs[-1][:-1])):
                # ``… Transport`` + ``Reviews``: a space; Japanese runs on. A bilingual entry's English record over its
                # Japanese one (``… (2019-12) (in Japanese)`` / ``山田 五郎・山田 六郎：…``, trial 75c's ieejtran) is
                # two records a space apart: Japanese runs on only from Japanese text
                spaced.add(k)
            continue
        if paragraphs and url_goes_on(paragraphs[-1][-1], k) and not no_prose(paragraphs[-1][-1], k):
            paragraphs[-1].append(k)
            closed.add(k)  # one address across the break, no space
            continue
        # (a closing mark alone on its line, ``以上``, ``###``, ends what stands over it: the line under it, across a
        # page break too, is never its wrap: fresh-user trial 84a's ``以上`` / ``－1－`` / ``株主総会参考書類`` had been
        # one paragraph, helper notice84)
        if paragraphs and not opened_by_heading and (not short_heading(k) or number_goes_on(paragraphs[-1][-1], k)) \
                and not closing_mark(lines[paragraphs[-1][-1]].text) \
                and not ((paragraphs[-1][-1] in items and not field_goes_on(paragraphs[-1][-1], k)) or k in items) \
                and not next_item(lines[paragraphs[-1][0]].text, line.text) \
                and not next_reference(paragraphs[-1][0], k) \
                and not caption_set_whole(paragraphs[-1], k) \
                and k not in in_step and k not in opens \
                and not (k in in_transcript and not has_japanese(line.text)) \
                and not (contacts[k] and not label_wrapped(paragraphs[-1][-1], k)) \
                and not row_before_break(paragraphs[-1][-1], k) \
                and (label_wrapped(paragraphs[-1][-1], k) or not ((_value_after_end(lines[paragraphs[-1][-1]].text,
                                           value_label(lines[paragraphs[-1][0]].text) is not None, line.text)
                          or _field_value_ended([lines[i].text for i in paragraphs[-1]], line.text)
                          or titled_labels_in_step(lines[paragraphs[-1][0]].text, line.text))
                         and not at_column_edge(paragraphs[-1][-1]))):
            j = paragraphs[-1][-1]
            page_break = layout.page_break_before(lines[j], line) or _furniture_between(furniture, lines[j], line)
            # (a display's run is joined within itself: ``…similar to Hansen`` / ``(1992b):``, a piece by its bracket,
            # is no piece of the display under it)
            if one_formula(j, k) and display_of[j] == display_of[k]:
                paragraphs[-1].append(k)  # pieces of one displayed formula: one formula block
                spaced.add(k)
                continue
            if no_prose(j, k):
                pass  # a code line, a definition, a display formula: a line of its own
            elif japanese_wrap(j, k, page_break):
                paragraphs[-1].append(k)
                if layout.boxed(lines[j]) and has_japanese(lines[j].text) \
                        and (halves := _latin_halves(lines[j].text, line.text)) is not None:
                    # a Latin word TeX hyphenated at a Japanese line's end (``IEEE-`` / ``tran.bst``): the hyphen
                    # goes where the document writes the word whole (clean's decision), and no space either way
                    written = written_words(t.text for t in lines) if written is None else written
                    if hyphen_decision(*halves, written) == "join":
                        unhyphenated.add(j)
                    closed.add(k)
                elif j in references and english_record(" ".join(lines[i].text for i in paragraphs[-1][:-1])):
                    spaced.add(k)  # a bilingual reference's English record, then its Japanese one: a space apart
                elif _one_latin_word(lines[j].text, line.text):
                    closed.add(k)
                elif layout.boxed(lines[j]) and _latin_break(lines[j].text, line.text):
                    spaced.add(k)  # a PDF sets Latin text apart only at a space (``…42`` / ``\KanjiEncodingPair``)
                continue
            elif english_wrap(j, k, page_break, len(paragraphs[-1]) > 1):
                paragraphs[-1].append(k)
                # (a German, French … document's word by its language's list, as clean's join: helper lang78)
                hyphen_end = page_break and lines[j].text.endswith(("-", "\u2010", "\u00ad"))
                wrap_lang = wraps_lang(t.text for t in lines) if hyphen_end and wrap_lang is None else wrap_lang
                if hyphen_end and (halves := _broken_word(lines[j].text, line.text, wrap_lang)) is not None:
                    written_in = written_words_for((t.text for t in lines), wrap_lang) if written_in is None else written_in
                    if decision_for(wrap_lang, *halves, written_in) == "join":
                        unhyphenated.add(j)
                elif splits_url(lines[j].text, line.text):
                    closed.add(k)  # ``https://doi.org/10.1103/Phys`` + ``RevLett.114``: one address, no space
                else:
                    spaced.add(k)
                continue
            elif korean_wrap(j, k, page_break):
                paragraphs[-1].append(k)
                spaced.add(k)  # Korean words a space apart, as English
                continue
        paragraphs.append([k])
        # a numbered or bulleted step written as a sentence (a comma or a full stop inside) that stops on a letter
        # carries on into the next line (``3. 鍋に油を熱し、…さらに炒め`` / ``る。``); a heading holds neither
        opened_by_heading = short_heading(k) and not _item_goes_on(line.text)
    # a gap in the headings' numbering (``一``, ``三``) is a heading the joins took into a paragraph: read again with it
    missing = _swallowed_headings(lines, paragraphs) - headings - opens
    if missing:
        return join_wraps(lines, layout, measure_width, headings | missing, furniture, opens)
    hyphens = [lines[j][len(lines[j]) - 1:] for j in sorted(unhyphenated)]
    texts = [lines[k][:len(lines[k]) - 1] if k in unhyphenated else lines[k] for k in range(len(lines))]
    glued = [False] * len(lines)
    for parts in paragraphs:
        for j, k in zip(parts, parts[1:]):
            glued[k] = j in unhyphenated or k in closed  # the two halves of one word
    # a Latin token a character-count wrap broke (``…for C`` / ``lassical…``, ``…et al`` / ``.: Deep…``): no space
    # was lost there (fresh-user trial 84b, helper paper84)
    grid = character_grid([t.text for t in lines])
    if grid is not None:
        for parts in paragraphs:
            for j, k in zip(parts, parts[1:]):
                glued[k] = glued[k] or grid_broke_token(lines[j].text, lines[k].text, grid)
    return [_joined([texts[k] for k in parts], [k in spaced for k in parts], [glued[k] for k in parts], [k in turned for k in parts])
            for parts in paragraphs], hyphens


_DECIMAL_PARAGRAPH = re.compile(r"^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\s+(?=[A-Z])")
NUMBERED_PARAGRAPH_WORDS = 8
"""Words after the number a decimal-numbered English line holds at least to be a paragraph's first line: a long
sentence, no title (trial 52's council report: ``1.1 This report sets out … parking review``, 12 words; English
headings numbered so run to 2–6 words, ``1.1 Scope of the report``)."""


_LETTERED_LABEL = re.compile(r"^\s*([A-Z])[.\-]?(\d{1,2})(?=[\s.:)])")
"""A label of a capital letter and a number (``A.1``, ``B-2``, ``A3``): an appendix's, a table's or an abstract's item."""


def _stanza_lines(lines: list[Text], layout: Layout, widths_en: list[int | None]) -> frozenset[int]:
    """Indexes of the lines of a text dump's blocks (lines between blank lines) set as English verse
    (:func:`~pipeline.segment.wraps_en.stanza`), each block measured by its first line's English measure."""
    out: set[int] = set()
    start = 0
    for k in range(1, len(lines) + 1):
        if k < len(lines) and not layout.boxed(lines[k]) and not layout.blank_between_texts(lines[k - 1], lines[k]):
            continue
        block = range(start, k)
        if not layout.boxed(lines[start]) and stanza([lines[i].text for i in block],
                                                     [layout.width(lines[i]) for i in block], widths_en[start]):
            out.update(block)
        start = k
    return frozenset(out)


def lettered_in_step(before: str, text: str) -> bool:
    """``text`` opens on the lettered label that comes next after the one ``before`` opens on (``A.1`` → ``A.2``,
    ``B3`` → ``B4``): the next item of a lettered list, never the wrapped rest of the line before, however full that
    line (fresh-user trial 74's report: an appendix's ``A.1 Stonehaven: …`` / ``A.2 Inverurie: …`` had been one
    paragraph once its running head no longer set the measure).

    >>> lettered_in_step("A.1 Stonehaven: 84 percent.", "A.2 Inverurie: 79 percent."), lettered_in_step("A1 x", "A3 y")
    (True, False)
    >>> lettered_in_step("the value of A", "B.2 shows"), lettered_in_step("A.1 x", "B.2 y")
    (False, False)
    """
    a, b = _LETTERED_LABEL.match(before), _LETTERED_LABEL.match(text)
    return a is not None and b is not None and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1


def numbered_paragraph_en(text: str, after: str) -> bool:
    """An English paragraph numbered ``N.N`` (a council's or a committee's report numbers its paragraphs so): a
    long sentence after the number (:data:`NUMBERED_PARAGRAPH_WORDS`), stopping on a word, not on a sentence's end,
    and the next line going on in small letters. It is a paragraph's first line, no heading, and joins ``after``.

    >>> numbered_paragraph_en("1.1 This report sets out the findings of the town centre parking review",
    ...                       "commissioned by Cabinet in July 2024 and asks Cabinet to approve a revised")
    True
    >>> numbered_paragraph_en("1.1 Scope of the report", "the trust manages the inner harbour")
    False
    >>> numbered_paragraph_en("4.1 Cabinet is recommended to approve Option B with effect from 1 June 2025.",
    ...                       "4.2 Officers will report back on occupancy after six months.")
    False
    """
    m = _DECIMAL_PARAGRAPH.match(text)
    s = text.rstrip()
    return (m is not None and is_english_line(text) and len(text[m.end():].split()) >= NUMBERED_PARAGRAPH_WORDS
            and s[-1:].isalpha() and after[:1].islower())


_NUMBERED_ITEM = re.compile(r"^[ \t]*[0-9]{1,2}(?:(?:\.[0-9]{1,2}){1,3}\.?|[.)])[ \t]+(?=\S)")
"""A list item's or a clause's number and its stop or bracket (``1. ``, ``2) ``, ``3.2 ``, ``4.1.2 ``), the item's text
after it (a bare number, ``12 months``, opens a sentence as often)."""


def numbered_item_open(text: str, after: str) -> bool:
    """An English numbered item's line (``1. Collections will move …``) that leaves its sentence open: a sentence's
    words after the number (:data:`MIN_CLAUSE_WORDS` at least; a heading such as ``1. Introduction`` holds fewer),
    stopping on a letter, no stop, colon or semicolon, and either on a word no sentence ends on (``and``, ``between``:
    :func:`~pipeline.english_words.ends_on_connective`) or over a line going on in small letters. Where the line also
    stands at the text's measure (the next line's first word did not fit: ``join_wraps``), the next line is the item's
    wrapped line, no paragraph of its own: a numbered line is otherwise weighed as a possible run-in heading.

    Why (issue 16, fresh-user trial 68b): a council letter's ``1. Collections will move from weekly to fortnightly
    between December and`` / ``February.`` had been two paragraphs (``1)`` items were joined, ``1.`` ones not).

    >>> numbered_item_open("1. Collections will move from weekly to fortnightly between December and", "February.")
    True
    >>> numbered_item_open("2. Rents for a full plot will rise from £40 to £46 a year from October", "and half plots")
    True
    >>> numbered_item_open("1. Introduction", "This study looks at"), numbered_item_open("2. A flask and", "3. Sun cream")
    (False, False)
    >>> numbered_item_open("2. The annual subscription will rise to £52.", "3. Bins must be placed")
    False
    >>> numbered_item_open("1. Scope. This note reports three winters of road salting on the hill roads above the", "river")
    False
    """
    m = _NUMBERED_ITEM.match(text)
    s = text.rstrip()
    words = len(s[m.end():].split()) if m is not None else 0
    if m is None or not is_english_line(text) or words < MIN_CLAUSE_WORDS or not (s[-1:].isalnum() or s.endswith(",")):
        return False
    if run_in_cut(s, m.end()) is not None:
        # a run-in heading opens the line (``1. Scope. This note reports … above the``): a heading whose sentence goes
        # on, weighed as one (tests/golden trial 14's two-column note had lost its sections to this rule)
        return False
    # a comma ends no heading, nor does a clause's long sentence (NUMBERED_PARAGRAPH_WORDS) cut at the measure: an
    # agreement's clauses wrap over capitals (``3.2 … by giving the`` / ``Tenant not less than…``, ``…in the Housing`` /
    # ``Act 1988, …``) and figures (``… beginning on 1st April 2025`` / ``and ending …``: helper foot78, trial 77d)
    # (a long one only under a decimal number, as :data:`NUMBERED_PARAGRAPH_WORDS` reads: a ``2.`` heading runs to 12
    # words, ``2. Harbours vs. river mouths as shelters for the small fishing fleets``, tests/test_segment_pdflayout49)
    decimal = re.match(r"[ \t]*[0-9]{1,2}\.[0-9]", s) is not None
    return (ends_on_connective(s) or goes_on_in_small_letters(s, after) or s.endswith(",")
            or (decimal and words >= NUMBERED_PARAGRAPH_WORDS))


def _next_label(before: tuple[int, ...], label: tuple[int, ...]) -> bool:
    """``label`` is the heading number that comes next after ``before``: one more at some level with nothing under it
    (``2`` → ``3``, ``2.3`` → ``3``, ``2.1`` → ``2.2``), or the first one a level deeper (``2`` → ``2.1``).

    >>> [_next_label((2, 0, 0), b) for b in ((3, 0, 0), (2, 1, 0), (2, 2, 0), (4, 0, 0))]
    [True, True, False, False]
    >>> _next_label((2, 3, 0), (3, 0, 0)), _next_label((2, 1, 0), (2, 2, 0)), _next_label((2, 1, 0), (2, 1, 1))
    (True, True, True)
    """
    for i in range(len(label)):
        if label[:i] == before[:i] and label[i] == before[i] + 1 and not any(label[i + 1:]):
            return True
    depth = sum(1 for x in before if x)
    return depth < len(label) and label[:depth] == before[:depth] and label[depth] == 1 and not any(label[depth + 1:])


def _in_step_headings(lines: list[Text]) -> frozenset[int]:
    """Indexes of numbered heading-shaped lines (:func:`numbered_heading`, arabic numbers) that number the next heading
    after the last such line before them (:func:`_next_label`: ``1 Introduction`` … ``2 Sensor placement``): a
    heading, never a wrap of the line before, however full that line and whether or not it ends a sentence (issue 16:
    a hand-wrapped dump's ``…the cranes at all`` / ``2 Sensor placement and sampling`` was one paragraph).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_in_step_headings(mk("1 Introduction", "Cranes are checked by hand", "2 Sensor placement", "at all", "4 Results")))
    [0, 2]
    >>> sorted(_in_step_headings(mk("一　総論", "本文を", "書く。", "二　各論", "短い。", "四　結び")))
    [0, 3]

The heading a step counts on from is in step too (``1 Introduction`` before ``2 Sensor placement``), and kanji
numerals count a run of their own (``一``, ``二``): at a measure no wider than a heading's title, a numbered heading in
step is a heading however full its line (helper wrap59's fresh-user trial: ``2　自然共生社会の実現`` +
``里山を保全する。`` in a column of 10 characters had been one paragraph).
    >>> sorted(_in_step_headings(mk("9 Notes", "[3] Help page (2017-01-", "10)")))
    []

    A numbered heading right over its first subsection's (``1 绪论`` / ``1.1 欢迎！``) is a heading too, whatever
    stands before it: a chapter's heading after a page break, under a list whose last line ends no sentence or a
    stray number read as a heading (issue 16, session 51: texproposal's CQU thesis had ``1 绪论`` glued onto its list
    of symbols' last line, ``…炫酷方程1 绪论``, the last numbered line before it a formula's ``2 H2 + O2 …``):

    >>> sorted(_in_step_headings(mk("2 H2 + O2 = 2 H2O 方程式", "一个炫酷方程", "1 绪论", "1.1 欢迎！", "欢迎来到示例文档！")))
    [2, 3]
    """
    out: set[int] = set()
    last: tuple[int, ...] | None = None
    last_at: int | None = None
    kanji: tuple[int, int] | None = None  # the last kanji-numbered heading's number and index (``一　…``)
    labelled: dict[int, tuple[int, ...]] = {}
    for k, t in enumerate(lines):
        end = heading_number_end(t.text) if numbered_heading(t.text) else None
        if end is None or not any(c.isalpha() for c in t.text[end:]):
            continue  # a number with no title (``10)``: a date's day wrapped in a reference) heads nothing
        found = explicit_number(t.text)
        if found is not None and found.style == "kanji" and not any(found.label[1:]):
            # kanji numerals count their own run (``一　…``, ``二　…``), one level, beside the arabic one
            if kanji is not None and found.label[0] == kanji[0] + 1:
                out.update((kanji[1], k))
            kanji = (found.label[0], k)
            continue
        if found is None or found.style != "arabic":
            continue
        if last is not None and last_at is not None and _next_label(last, found.label):
            out.add(k)
            out.add(last_at)  # the heading the step counts on from is one as much (``1　…`` before ``2　…``)
        last = labelled[k] = found.label
        last_at = k
    for k, label in labelled.items():
        child = labelled.get(k + 1)
        depth = sum(1 for x in label if x)
        if child is not None and depth < len(child) and child[:depth] == label[:depth] and child[depth] == 1 \
                and not any(child[depth + 1:]):
            out.add(k)  # over its first subsection
    return frozenset(out)


def numbered_heading(text: str) -> bool:
    """A line shaped as a numbered heading: a number in any style the heading solver reads (``1.``, ``3.1``, ``（2）``,
    ``第2章``, ``II.``, a kanji numeral ``二　``) then a title, short and no sentence
    (:func:`~pipeline.numbering.heading_shaped`, :func:`~pipeline.numbering.heading_number_end`).

    >>> [numbered_heading(s) for s in ("二　ペンキ絵と富士山", "3.2 調査の方法", "2 Results", "三人で出かけた。", "30 周年の式典")]
    [True, True, True, False, False]
    """
    return heading_shaped(text) and heading_number_end(text) is not None


MIN_HEADLINES = 2
"""Lines of one headline's shape a text has at least for each to be read as a headline (:func:`headlines_over_articles`):
the shape recurring over the articles, as a newsletter's headlines do; one alone is a wrapped first line as often."""
HEADLINE_SHORT_BY = 4
"""Columns by which a headline falls short of the widest line of the paragraph under it at least (two wide letters:
a wrapped first line fills the measure its paragraph's lines fill, to kinsoku's slack)."""


def opens_on_dependent(text: str) -> bool:
    """``text`` opens on a word that never opens a sentence, by Sudachi: a particle (助詞: ``ので、``, ``を``), an
    auxiliary (助動詞: ``ます。``) or a suffix (接尾辞: ``的に``): the line goes on the line before.

    >>> opens_on_dependent("ので、ご注意ください。"), opens_on_dependent("ます。"), opens_on_dependent("市役所本庁舎2階で")
    (True, True, False)
    """
    s = text.lstrip(" \u3000")
    if not s or not is_hiragana(s[0]) and s[0] not in "的性化等":
        return False  # the cheap test first: Sudachi only for a line led by hiragana (or a suffix's kanji)
    first = next(iter(tokenizer("C").tokenize(s[:12])), None)
    return first is not None and first.part_of_speech()[0] in ("助詞", "助動詞", "接尾辞")


def ends_on_final_form(text: str) -> bool:
    """``text`` stops on a predicate's final form (終止形, by Sudachi: ``…増えます``, ``…なりました``, ``…開始する``): a
    sentence's end with no ``。`` after it, as a Japanese headline ends (a wrap may fall there too: only its siblings
    tell, :func:`headlines_over_articles`).

    >>> ends_on_final_form("病院と駅を結ぶ便が一日八本に増えます"), ends_on_final_form("使えるようになりました")
    (True, True)
    >>> ends_on_final_form("制度を導入し"), ends_on_final_form("子育て支援センター"), ends_on_final_form("募集しています。")
    (False, False, False)
    """
    pos = _last_word_pos(text.rstrip())
    return pos is not None and pos[0] in ("動詞", "助動詞", "形容詞") and pos[5].startswith("終止形")


MIN_MEASURE_WRAPS = 3
"""Wrapped lines (each with the paragraph's next line right under it) a text has at least at one width for that width
to be read as its measure (:func:`_wrapped_measure`): fewer may be lines a writer broke by hand."""


def _wrapped_measure(lines: list[Text], adjacent) -> int | None:  # noqa: ANN001 - adjacent(j, k) -> bool
    """The display width (columns) the text's wrapped lines fill: the widest width, to one wide letter, that
    :data:`MIN_MEASURE_WRAPS` lines or more with a line right under them reach; ``None`` when none does.

    Why (issue 16 point 2, helper toshin85, fresh-user trial 85c): a 答申's last paragraph wrapped at the measure on
    ``…一体的に取り組む`` / ``ことを期待する。`` read as a headline over a one-line article, the line stopping on a
    final form; a line as wide as the text's wrapped lines is one of them.
    """
    widths = sorted((display_width(lines[k].text.rstrip()) for k in range(len(lines) - 1) if adjacent(k, k + 1)),
                    reverse=True)
    for i, w in enumerate(widths):  # widest first: the lines within one wide letter under it, counted in order
        if i + MIN_MEASURE_WRAPS - 1 < len(widths) and widths[i + MIN_MEASURE_WRAPS - 1] >= w - HEADLINE_SHORT_BY // 2:
            return w
    return None


def headlines_over_articles(lines: list[Text], layout: Layout) -> frozenset[int]:
    """The indexes of ``lines`` that are a text dump's headlines, each over its article's paragraph: a Japanese line
    after a blank line (or first), with no sentence's or clause's mark in it or at its end, right over a paragraph
    (its lines one under the other up to a blank line or the end) that ends a sentence, whose widest line it falls
    short of by :data:`HEADLINE_SHORT_BY` columns at least or whose line stops on a predicate's final form
    (:func:`ends_on_final_form`: a one-line article's text may be shorter than its headline), the break between them
    cutting no word nor clause
    (:func:`ends_mid_clause`, :func:`word_across_break`, :func:`opens_on_dependent`); and that shape recurs over
    :data:`MIN_HEADLINES` paragraphs or more of the text. A PDF's lines are never read so (its faces and spacing say
    it, :func:`_set_apart_headings`).

    Why (issue 16 point 2, helper news70; helper news69's strict xfail): a newsletter's headlines longer than a short
    phrase, ``令和８年度の市民税・県民税の申告受付を２月１６日から開始します`` (32 characters) flush over
    ``市役所本庁舎２階の税務課で、…お持ちください。``, were each read as its paragraph's wrapped first line: no measure
    shows in a text of one-line paragraphs, and a long line stopping on a letter was taken for one broken by hand.
    A headline ends on a predicate or a noun with no ``。`` (headline style), sits short of the text under it, has a
    blank line over it, and its siblings look alike; a wrapped first line fills the measure, or its clause goes on.

    >>> mk = lambda *rows: [Text.from_raw(s, n) for n, s in rows]
    >>> body = "市役所本庁舎の税務課で、申告の受付を行います。源泉徴収票をお持ちください。"
    >>> two = mk((1, "市民税・県民税の申告受付を２月１６日から開始します"), (2, body), (4, "中央公園の遊具の入れ替え工事が６月から始まります"), (5, body))
    >>> sorted(headlines_over_articles(two, Layout((), (3,))))
    [0, 2]
    >>> sorted(headlines_over_articles(two[:2], Layout((), ())))  # alone: no sibling
    []
    >>> wrapped = mk((1, "市民税・県民税の申告受付を２月１６日から開始し"), (2, body), (4, "中央公園の遊具の入れ替え工事が６月から始まります"), (5, body))
    >>> sorted(headlines_over_articles(wrapped, Layout((), (3,))))  # its clause goes on
    []
    """
    if not lines or any(layout.boxed(t) for t in lines):
        return frozenset()

    def adjacent(j: int, k: int) -> bool:
        a, b = last_line(lines[j]), first_line(lines[k])
        return a is not None and b == a + 1

    def blank_over(k: int) -> bool:
        if k == 0:
            return True
        a, b = last_line(lines[k - 1]), first_line(lines[k])
        return a is not None and b is not None and b > a and layout.blank_only_between(a, b)

    measure = _wrapped_measure(lines, adjacent)
    found = []
    for k in range(len(lines) - 1):
        s, under = lines[k].text.strip(" \u3000\t"), lines[k + 1].text.strip(" \u3000\t")
        if measure is not None and display_width(lines[k].text.rstrip()) >= measure - HEADLINE_SHORT_BY // 2:
            continue  # it fills the measure the text's wrapped lines fill: a wrapped line, whatever word it stops on
        if not s or not under or script_of(s) != JA or not is_ja_letter(s[-1:]) or any(c in s for c in SENTENCE_END):
            continue
        if not (blank_over(k) and adjacent(k, k + 1)) or is_notice_field(s) or is_table_row(s):
            continue
        end = k + 1
        while end + 1 < len(lines) and adjacent(end, end + 1):
            end += 1
        paragraph = [lines[i].text.strip(" \u3000\t") for i in range(k + 1, end + 1)]
        if paragraph[-1][-1:] not in SENTENCE_END or script_of(paragraph[0]) != JA:
            continue
        if display_width(s) + HEADLINE_SHORT_BY > max(display_width(p) for p in paragraph) and not ends_on_final_form(s):
            continue  # as wide as its paragraph and stopping on no predicate's end: a first line at the measure
        if under[:1] in "。、，．）」』" or ends_mid_clause(s) or word_across_break(s, under) or opens_on_dependent(under) \
                or opens_on_case_particle(under) or opens_on_te(under) or opens_on_joining_conjunction(under):
            continue  # the clause, or a word, goes on: a wrapped first line
        found.append(k)
    return frozenset(found) if len(found) >= MIN_HEADLINES else frozenset()


def _set_apart_headings(lines: list[Text], layout: Layout) -> frozenset[int]:
    """Numbered heading-shaped lines (:func:`numbered_heading`) whose title holds a word, that a PDF sets apart from a
    line beside them: at least :data:`HEADING_SIZE` times its size and the body's (the median size of the lines), or in
    a bold face (by the font's name, or overprinted) where it is not.

    Why (trial 46, a vertical essay): ``二　ペンキ絵と富士山`` at 12.5 pt right after ``…集まる場所でもあったのだ。``, 39 of
    the 11 pt body's 40 characters, in a text whose paragraphs never start flush after another's end, was taken for
    the paragraph going on (a full line's sentence end, a flush line: :data:`RESIZED_JA`'s 15% ends a Japanese
    paragraph, 12.5 over 11 is 14%), and section 二 was lost. A heading never joins the paragraph before it, however
    full that paragraph's last line; nor does the line after it join it. A formula's piece at the body's size beside
    its subscripts (``2)(𝑏²`` at 10.5 pt between lines at 8.9 pt: a Chinese exam's) is no heading: it is no larger than
    the body, and its title holds no word. Empty for a text dump without overprinted lines (no sizes, no fonts).

    >>> from pipeline.model import LineLayout
    >>> rows = (LineLayout(page=1, size=10.0), LineLayout(page=1, size=11.5), LineLayout(page=1, size=10.0),
    ...         LineLayout(page=1, size=10.0), LineLayout(page=1, size=10.4, font="Foo-Bold"))
    >>> texts = ["…開かれた。", "2. 会場の変化", "あ" * 20, "い" * 20, "3. 結果"]
    >>> sorted(_set_apart_headings([Text.from_raw(s, n) for n, s in enumerate(texts, 1)], Layout(rows, ())))
    [1, 4]
    >>> rows = (LineLayout(page=1, size=8.9), LineLayout(page=1, size=10.5), LineLayout(page=1, size=8.9)) + (LineLayout(page=1, size=10.5),) * 3
    >>> texts = ["1 + 𝑎2", "2)(𝑏²", "1 + 𝑏2"] + ["う" * 20] * 3
    >>> sorted(_set_apart_headings([Text.from_raw(s, n) for n, s in enumerate(texts, 1)], Layout(rows, ())))
    []
    """
    sizes = sorted(s for t in lines if (s := layout.size(t)))
    body = sizes[len(sizes) // 2] if sizes else None
    out = set()
    for k, t in enumerate(lines):
        size, font, fake = layout.size(t), layout.font(t), layout.emphasis(t)
        larger = bool(size and body and size >= HEADING_SIZE * body)
        if not (larger or bold_font(font) or fake):
            continue

        def apart_from(j: int) -> bool:
            other = layout.size(lines[j])
            return (bool(larger and other and size >= HEADING_SIZE * other)
                    or (bold_font(font) and not bold_font(layout.font(lines[j])))
                    or (fake and not layout.emphasis(lines[j])))

        if any(0 <= j < len(lines) and apart_from(j) for j in (k - 1, k + 1)) and numbered_heading(t.text) \
                and _TITLE_WORD.search(t.text[heading_number_end(t.text):]):
            out.add(k)
    return frozenset(out)


_TITLE_WORD = re.compile(rf"[{JA_LETTER}]|[A-Za-z]{{2}}")
"""A heading's title holds a word: a Japanese letter, or two Latin letters (a formula's ``(𝑏²`` holds none)."""


_PARAGRAPH_END = SENTENCE_END + "」』"


def _swallowed_headings(lines: list[Text], paragraphs: list[list[int]]) -> frozenset[int]:
    """Lines the joins took into a paragraph that fill a gap in the numbering of the headings that open paragraphs:
    between two numbered headings of one style (``一``, ``三``; ``3.1``, ``3.3``), or before the first (``2.`` with no
    ``1.``), a numbered heading-shaped line (:func:`numbered_heading`) of that style bearing the missing number, after
    a line that ends a sentence (``。``, ``」``), the only one. Returns their indexes into ``lines``.

    Why (trial 46): ``二　ペンキ絵と富士山`` under a full line ending ``…のだ。`` in a text that indents its paragraphs was
    read as the paragraph going on, and the sections came out ``一``, ``三`` with no complaint; a text dump (no sizes)
    does the same. The gap says a heading is missing; the line bearing its number after a sentence's end is it.

    >>> texts = ["一　はじめに", "あ" * 39 + "。", "二　方法", "い" * 20 + "。", "三　結果", "う。"]
    >>> sorted(_swallowed_headings([Text.from_raw(s, n) for n, s in enumerate(texts, 1)], [[0], [1, 2, 3], [4], [5]]))
    [2]
    >>> sorted(_swallowed_headings([Text.from_raw(s, n) for n, s in enumerate(texts, 1)], [[0], [1, 2, 3, 4, 5]]))
    []
    """
    opening = {p[0] for p in paragraphs}
    numbered: list[tuple[int, str, tuple]] = []  # (index, style, label) of the headings that open paragraphs
    for k in sorted(opening):
        text = lines[k].text
        if text[:1] in "0123456789０１２３４５６７８９(（第IVX一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ" and numbered_heading(text) \
                and (e := explicit_number(text)) is not None:
            numbered.append((k, e.style, e.label))
    if not numbered:
        return frozenset()
    wanted: list[tuple[int, int, str, tuple]] = []  # (from, to, style, label) a missing heading's place and number
    for style in {s for _, s, _ in numbered}:
        seq = [(k, label) for k, s, label in numbered if s == style]
        first_k, first = seq[0]
        if first[1:] == (0, 0) and first[0] == 2:
            wanted.append((0, first_k, style, (1, 0, 0)))
        for depth in range(3):
            at_depth = [(k, label) for k, label in seq if label[depth] and not any(label[depth + 1:])]
            for (a, before), (b, after) in zip(at_depth, at_depth[1:]):
                if before[:depth] == after[:depth] and after[depth] == before[depth] + 2:
                    wanted.append((a, b, style, before[:depth] + (before[depth] + 1,) + before[depth + 1:]))
    out = set()
    for lo, hi, style, label in wanted:
        found = [k for k in range(lo + 1, hi) if k not in opening and lines[k - 1].text.rstrip()[-1:] in _PARAGRAPH_END
                 and numbered_heading(lines[k].text) and (e := explicit_number(lines[k].text)) is not None
                 and e.style == style and e.label == label]
        if len(found) == 1:
            out.add(found[0])
    return frozenset(out)


def _speech_under_head(head: Text, line: Text, line_is_head: bool, following: Text | None = None) -> bool:
    """``line`` is the speech of the speaker named alone on the line over it (``○山田会長`` / ``ただいまから…開会いたし
    ます。``, assembly minutes' layout): Japanese running text, no other turn, row or field, and no name or organisation
    alone under a presenter's mark (``○山田太郎`` / ``東北大学``: a paper's author and affiliation); and speech, a
    sentence ending in it or in the line after it (``following``, when that is no other ``○`` line). A notice's ``○``
    label over its value is none (``○講師`` / ``港町大学教授、山田太郎氏（…）``, ``○事務局`` / ``…課、電話…``: the pair had
    become two turns, and the notice's items a meeting's proceedings).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> a, b, c = mk("○山田会長", "ただいまから審議会を開会いたします。", "東北大学大学院工学研究科")
    >>> _speech_under_head(a, b, False), _speech_under_head(a, c, False)
    (True, False)
    >>> h, v, n = mk("○講師", "港町大学文学部教授、山田太郎氏（港町の近代史が専門です）", "○事務局")
    >>> _speech_under_head(h, v, False, n)
    False
    """
    from pipeline.segment.labels import speaker_turn
    from pipeline.segment.organisations import is_organisation

    text = line.text.strip()
    if not (has_japanese(text) and not line_is_head and not speaker_turn(text) and not is_table_row(text)
            and not text.startswith(_TURN_MARKS) and not is_notice_field(text)
            and (any(c in text for c in "。、，？！") or len(text) >= 20) and not is_organisation(text)):
        return False
    after = following.text.strip() if following is not None else ""
    return _says(text) or (not after.startswith(_TURN_MARKS) and _says(after))


_TURN_MARKS = ("○", "◯", "〇", "◎")
_HANG_LABEL = re.compile(r"^[^\s。、，．]{1,8}?[\u3000 ]+(?=\S)")
"""A short label and the white after it that open a line (``Ａ　``, ``答　``, ``注１　``, ``【回答】　``): the text after it
is where a hanging indent sets the paragraph's later lines (:func:`join_wraps`' ``label_hang``)."""
_STAGE_NOTE = re.compile(r"^[（(〔［\[＜<《][^（(〔［\[]*[）)〕］\]＞>》]$")
"""A transcript's stage note, a line wholly in brackets (``（拍手）``, ``（スライドを示しながら）``, ``〔賛成者起立〕``)."""


def _says(text: str) -> bool:
    """A sentence ends in ``text`` (a speech's mark: ``。``, ``？``, ``！``)."""
    return any(c in text for c in "。？！?!")


def _unwrapped_kinds(lines: list[Text], layout: Layout, code: list[bool] | None = None):
    """A test ``(j, k) -> bool``: ``lines[k]`` may not join ``lines[j]`` because one of them, by its own shape, is no
    wrapped prose (:mod:`pipeline.segment.linekinds`): a code line (either; in a PDF set in a monospaced font where
    the text is not, or program text by its letters), a definition after a definition or a sentence's end
    (``lf = length of the entire file, in words.`` / ``lh = …``), or a display formula beside prose (Japanese, or a
    sentence's words) on the other side. Two formula lines may join: pieces of one formula. ``code``: the lines'
    :func:`~.linekinds.code_lines`, when the caller has them.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> apart = _unwrapped_kinds(mk(r"17 \\newdimen\\Cht", r"18 \\newdimen\\cht", "nk = number of words.", "ng = number of words."), Layout.plain())
    >>> apart(0, 1), apart(2, 3)
    (True, True)
    >>> apart = _unwrapped_kinds(mk("方程式の解を α, β として，", "αβ + βγ + γα = c", "sin A", "= 2R"), Layout.plain())
    >>> apart(0, 1), apart(2, 3)
    (True, False)
    """
    if code is None:
        code = code_lines(lines, layout)

    def apart(j: int, k: int) -> bool:
        before, text = lines[j].text, lines[k].text
        if code[j] or (code[k] and (not ends_on_connective(before) or prompted(text))):
            # (a sentence stopping on ``instead of`` goes on into the command it names; a console's command after its
            # prompt is printed apart, ``given by`` / ``> ar6.model <- dy ~ dy1``: lmtest's vignette)
            return True
        if assignment(text) and (assignment(before) or ends_sentence(before, text)):
            return True
        return (formula(text) and prose(before)) or (formula(before) and prose(text))

    return apart


_DISPLAY_NUMBER = re.compile(r"^\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)$")
"""An equation's number as LaTeX and most styles set it: ``(1)``, ``(12a)``, ``(2.3)``."""


def numbers_display(lines: Sequence[Text], paragraph: Sequence[int], k: int, layout: Layout) -> bool:
    """``lines[k]`` is an equation's number alone (:data:`_DISPLAY_NUMBER`) standing right of a line of
    ``paragraph`` on its baseline (a PDF: bottoms within a quarter of the size, one page): the display's number, which
    goes with it. Why (issue 16 point 2): a display with sub- and superscripts comes out of pdfminer in pieces on
    several baselines, and its number, far right, stood as a paragraph of its own after it (lmtest's
    ``yi = x⊤ i β + ui (i = 1, . . . , n)`` / ``(1)``, pscl's ``g(µi) = x⊤i β,`` / ``(2)``); a display set in one
    piece kept its number on its line already (``y = X b + u⇥(1)``). A number under its display, or a text dump's,
    stands as before.

    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw("yi = x⊤ i β", 1), Text.from_raw("(1)", 2)]
    >>> lay = Layout((LineLayout(x0=222, y0=538.18, x1=302, size=9.96), LineLayout(x0=500, y0=538.18, x1=513, size=9.96)), ())
    >>> numbers_display(ls, [0], 1, lay), numbers_display(ls, [0], 1, Layout.plain())
    (True, False)
    """
    if _DISPLAY_NUMBER.match(lines[k].text.strip()) is None:
        return False
    me = layout.at(first_line(lines[k]))
    if me.y0 is None or me.x0 is None or not me.size:
        return False
    for j in paragraph:
        other = layout.at(first_line(lines[j]))
        if other.page == me.page and other.y0 is not None and other.x1 is not None \
                and abs(other.y0 - me.y0) <= 0.25 * me.size and other.x1 < me.x0:
            return True
    return False


def _display_runs(lines: list[Text], layout: Layout, pieces: list[bool],
                  code: list[bool]) -> tuple[list[bool], list[int | None]]:
    """``pieces`` (each line a displayed formula's piece, :func:`~pipeline.segment.linekinds.math_piece`) with the
    lines of every display a PDF broke into pieces: a run of two lines or more on one page, each a piece read loosely
    (:func:`~pipeline.segment.linekinds.display_piece`: TAB-parted cells, ``k+⌊tη⌋, 1``) and standing no more than
    MATH_GAP_EMS below the last (or beside it), that holds a formula (``Wn = W, ⇒ (8)``) or a display's number at a
    line's end (``t ≤ 1), (7)``, ``(20)`` alone). Why: the JSS-style vignettes of real66b (strucchange-intro's (3),
    (7), (9) … (15), sandwich-OOP's, countreg's) set their displays with big operators, fractions and limits, which
    pdfminer reads as lines of TAB-parted glyphs; those were no pieces, so each display fell into four to eight
    paragraphs. A run with neither (a table's rows, a figure's ticks) is left as it was. A line ending on a colon ends
    the sentence that leads into a display (``…similar to Hansen`` / ``(1992b):``, ``…function Ψ(·):``), no piece of
    it. Also returns, for each line, the first line of its display's run (``None`` outside one): a display is joined
    within its run only."""
    loose = [not code[k] and not t.text.rstrip().endswith((":", "：")) and (pieces[k] or display_piece(t.text))
             for k, t in enumerate(lines)]

    def near(j: int, k: int) -> bool:
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        size = a.size or b.size
        return (a.x0 is not None and a.page == b.page and size is not None and None not in (a.y0, b.y1)
                and a.y0 - b.y1 <= MATH_GAP_EMS * size)

    out = list(pieces)
    run_of: list[int | None] = [None] * len(lines)
    k = 0
    while k < len(lines):
        end = k
        while loose[k] and end + 1 < len(lines) and loose[end + 1] and near(end, end + 1):
            end += 1
        if end > k and any(EQUATION_NUMBER.search(lines[i].text.strip()) or formula(lines[i].text)
                           for i in range(k, end + 1)):
            out[k:end + 1] = [True] * (end + 1 - k)
            run_of[k:end + 1] = [k] * (end + 1 - k)
        k = end + 1
    return out, run_of


def _bare_number(text: str) -> bool:
    return text.strip().isdigit()


def _furniture_between(furniture: Sequence[int], before: Text, after: Text) -> bool:
    """A raw line of page furniture stands between ``before``'s last raw line and ``after``'s first.

    >>> _furniture_between([9, 14], Text.from_raw("その", 8), Text.from_raw("間に", 10)), _furniture_between([9], Text.from_raw("a", 10), Text.from_raw("b", 11))
    (True, False)
    """
    a, b = last_line(before), first_line(after)
    if not furniture or a is None or b is None:
        return False
    k = bisect.bisect_right(furniture, a)
    return k < len(furniture) and furniture[k] < b


def _broken_word(before: str, after: str, lang: str) -> tuple[str, str] | None:
    """The two halves of a word hyphenated at the end of ``before`` (clean's shapes in a document in ``lang``:
    :func:`~pipeline.clean.hyphenation.broken_halves`), else ``None``."""
    end, start = broken_halves(before, after, lang)
    return (end.group(1), start.group(1)) if end and start else None


QUOTE_CLOSE = "」』）)"
QUOTING_PARTICLES = "とをにがのへや"
"""Particles that carry a sentence on after a closing quote or bracket and never open one (``「…」`` + ``と目を細めた。``)."""


def quote_goes_on(before: str, line: str, indented: bool) -> bool:
    """The line carries on a quotation the line before closed: ``…「…うれしい」`` + ``と目を細めた。``.

    >>> quote_goes_on("「昔はもっと人が多かった」", "と目を細めた。", False), quote_goes_on("「港」", "また、本市は", False)
    (True, False)
    """
    return before.rstrip()[-1:] in QUOTE_CLOSE and line[:1] in QUOTING_PARTICLES and not indented


def _indents_paragraphs(lines: list[Text], layout: Layout, short) -> bool:
    """The text marks every paragraph's first line by an indent: after each heading and each line that
    plainly ends a paragraph (short of the measure, ending a sentence) the next Japanese line, when no
    heading, is indented, on :data:`MIN_INDENTED_STARTS` such starts or more. Then a full line ending in 。 followed
    by an unindented line is one paragraph going on (``…数を数えた。`` + ``また、…``); a text that starts
    some paragraphs flush (the extraction lost their indent) shows no such rule. The run's first line, set in, is a
    start too (the body's first paragraph, under a title block: fresh-user trial 66's Niigata talk, two paragraphs
    each opened by ``　``, had shown one start, and ``…増加を目指している。`` at the measure + ``2025年の観光客数は…`` had
    been two paragraphs); a flush first line is no evidence either way (a dump may set a body's first line flush under
    its heading), so it is not counted.
    """
    def set_in_over_next(k: int) -> bool:
        # in a PDF, the line stands set in over the next line of its column: a paragraph's first line that extract
        # read as a one-line box of its own (at a column's or a page's head or foot) counts no raw indent (col66: a
        # three-column Japanese paper's paragraph opening a page, ``結果は…いた。`` over ``利用者の…``, had made the
        # text one that starts some paragraphs flush, and the two lines two paragraphs)
        b = layout.at(first_line(lines[k]))
        if None in (b.x0, b.y0) or not b.size or b.vertical:
            return False

        def set_in_from(c) -> bool:
            return None not in (c.x0, c.y0) and INDENT_SHIFT * b.size < b.x0 - c.x0 <= MAX_OUTDENT * b.size

        under = layout.at(first_line(lines[k + 1])) if k + 1 < len(lines) else None
        if under is not None and under.page == b.page and under.y0 is not None and under.y0 < b.y0:
            return set_in_from(under)
        # the line is its column's last (a paragraph's first line at the foot): set in from the line over it
        over = layout.at(last_line(lines[k - 1])) if k else None
        return over is not None and over.page == b.page and over.y0 is not None and over.y0 > b.y0 and set_in_from(over)

    def set_larger(j: int, k: int) -> bool:
        # a PDF's line set larger than the one before opens no paragraph: a heading by its size (col66: ``第２部　利用者の
        # 声``, 12 pt over the 9 pt columns, carries no number a heading's text shows)
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[k]))
        return bool(a.size and b.size) and b.size > 1.2 * a.size

    first = lines[0] if lines else None
    starts = indented = int(first is not None and bool(layout.indent(first)) and has_japanese(first.text)
                            and not is_heading(first.text) and not is_table_row(first.text)
                            and not CAPTION_LABEL.match(first.text))
    for j, k in zip(range(len(lines)), range(1, len(lines))):
        before, line = lines[j], lines[k]
        ends_paragraph = short(j) and before.text.rstrip()[-1:] in SENTENCE_END
        # a table's rows and captions are no paragraphs: they open none, indented or not
        if has_japanese(line.text) and not is_heading(line.text) and not is_table_row(line.text) \
                and not CAPTION_LABEL.match(line.text) and (ends_paragraph or is_heading(before.text)) \
                and not set_larger(j, k):
            starts += 1
            indented += bool(layout.indent(line)) or set_in_over_next(k)
    return starts >= MIN_INDENTED_STARTS and indented == starts


INDENT_MAJORITY = 4
"""Set-in paragraph openings, at least, for each flush one a PDF may show and still open its paragraphs by an indent
(:func:`_indents_most_paragraphs`)."""


def _indents_most_paragraphs(lines: list[Text], layout: Layout, short) -> float | None:  # noqa: ANN001 - short(k) -> bool
    """The usual line pitch (points, baseline to baseline) of a PDF that opens its paragraphs by an indent, else
    ``None``: of the lines standing right under a line that plainly ends a paragraph (``short(j)``, ending a sentence)
    in one column at the usual pitch, no paragraph's white between, Japanese running text (no heading, table row,
    caption or list item), :data:`MIN_INDENTED_STARTS` or more are set in (more than half an em, as
    :func:`~pipeline.segment.measures.parts_paragraphs_by_white` reads it), and :data:`INDENT_MAJORITY` times as many
    as those set flush.

    Why (issue 16 point 4, helper jl72): :func:`_indents_paragraphs` asks every opening to be indented, which a dump
    that lost some indents needs; a real book's PDF opens a paragraph flush here and there (after a display that
    goes on the paragraph, a description's label, ``例：``), so that rule never holds over a whole book, and its full
    lines ending a sentence over a flush line (``…書き始めました．`` / ``今日使用されているような…``, one paragraph)
    were read as paragraph ends. The positions a PDF gives are its own: no indent is lost in them, so the large
    majority tells the rule. jlshort.pdf's body had been joined by the white rule only while its preface was another
    document (its 104 spaced openings, headings' white among them, against 100 set in: a verdict the preface's 12
    set-in openings overturned)."""
    pairs = []
    for j in range(len(lines) - 1):
        a, b = layout.at(last_line(lines[j])), layout.at(first_line(lines[j + 1]))
        if (p := pitch_between(a, b)) is not None and not a.note and not b.note:
            pairs.append((j, a, b, p))
    if not pairs:
        return None
    usual = statistics.median(p for _, _, _, p in pairs)
    set_in = flush = 0
    for j, a, b, p in pairs:
        before, text = lines[j].text.rstrip(), lines[j + 1].text.strip()
        if p - usual >= SPACED_PARAGRAPH * a.size or not short(j) or before[-1:] not in SENTENCE_END \
                or not has_japanese(text) or is_heading(text) or is_table_row(text) or CAPTION_LABEL.match(text) \
                or is_list_item(text) or is_bulleted(text):
            continue
        if b.x0 - a.x0 > 0.5 * a.size:
            set_in += 1
        elif abs(b.x0 - a.x0) <= 0.5 * a.size:
            flush += 1
    return usual if set_in >= MIN_INDENTED_STARTS and set_in >= INDENT_MAJORITY * flush else None


def _ends_sentence_ja(text: str) -> bool:
    """The line ends on a sentence's stop, a closing bracket or quote after it aside (``…と言った。」``)."""
    return text.rstrip().rstrip("」』）)")[-1:] in SENTENCE_END


#: Columns of running text a vertical text set one sentence a column shows at least (:func:`_sentence_a_column`).
MIN_SENTENCE_COLUMNS = 4
#: Characters a column of running text holds at least (:func:`_sentence_a_column`): a title, a name, a date stand apart.
MIN_SENTENCE_COLUMN = 10


def _sentence_a_column(lines: list[Text], layout: Layout) -> bool:
    """A text set vertically one sentence (or more) a column: its Japanese body columns, :data:`MIN_SENTENCE_COLUMNS`
    or more, of running text (:data:`MIN_SENTENCE_COLUMN` characters or more, no heading), every one ending on a sentence's
    end, two of them set in by an indent. Its columns' ends carry no wrap, so where it opens its paragraphs by an
    indent a flush column goes on the paragraph (decision, issue 16 point 4, helper tate74, fresh-user trial 74's
    vertical essay, 18 columns each one sentence, 8 of them indented: each column had been its own paragraph). A text
    that wraps its sentences shows a column ending mid-sentence and keeps the measure's evidence (a column run to its
    foot); verse ends its lines on no stop.

    >>> from pipeline.model import LineLayout
    >>> col = lambda indent: LineLayout(page=1, indent=indent, x0=400, y0=437, x1=412, y1=773, size=12, vertical=True)
    >>> texts = ["十二月の朝、私は函館の港を歩いていた。", "海から吹く風は冷たく、観光客の姿もまばらだった。",
    ...          "古い倉庫の並ぶ通りを抜けると、小さな市場がある。", "店先では、漁から戻った男たちが烏賊を並べていた。"]
    >>> ls = [Text.from_raw(t, n) for n, t in enumerate(texts, 1)]
    >>> _sentence_a_column(ls, Layout((col(1), col(0), col(1), col(0)), ()))
    True
    >>> _sentence_a_column(ls[:3] + [Text.from_raw("店先では、漁から戻った男たちが烏賊を並べて", 4)],
    ...                    Layout((col(1), col(0), col(1), col(0)), ()))
    False
    """
    body = [t for t in lines if layout.at(first_line(t)).vertical and has_japanese(t.text) and not is_heading(t.text)
            and len(t.text.strip()) >= MIN_SENTENCE_COLUMN]
    return (len(body) >= MIN_SENTENCE_COLUMNS and all(_ends_sentence_ja(t.text) for t in body)
            and sum(1 for t in body if layout.indent(t)) >= 2)


#: Columns of a vertical text's body verse shows at least (:func:`vertical_verse`).
MIN_VERSE_COLUMNS = 6


def vertical_verse(lines: list[Text], layout: Layout) -> bool:
    """Verse set vertically: :data:`MIN_VERSE_COLUMNS` Japanese columns or more, and none of them ends on a sentence's
    stop, while their feet stand ragged (no two thirds of them end at one height, as a wrapped text's full columns
    do). Prose ends each paragraph's last column on a stop; a poem ends its lines where its phrases do.

    Why (decision, issue 16 point 4, helper tate74): a poem of short columns, stanzas parted by an empty column,
    (``しづかな朝の川べりに`` | ``白い鳥がおりてくる`` | …) had run into one paragraph, its lines joined without a
    break. Its lines stay lines (each a paragraph); jo.pdf's ``…呼吸しながら`` | ``それぞれ…`` stayed apart by
    the column-foot rule already.
    """
    body = [layout.at(first_line(t)) for t in lines if layout.at(first_line(t)).vertical and has_japanese(t.text)
            and not is_heading(t.text)]
    texts = [t.text for t in lines if layout.at(first_line(t)).vertical and has_japanese(t.text)
             and not is_heading(t.text)]
    if len(body) < MIN_VERSE_COLUMNS or any(_ends_sentence_ja(t) for t in texts):
        return False
    feet = [round(b.y0) for b in body if b.y0 is not None]
    if not feet:
        return False
    most = max(sum(1 for y in feet if abs(y - f) <= 1) for f in feet)
    return 3 * most < 2 * len(feet)


def _indents_vertical_paragraphs(lines: list[Text], layout: Layout, column_full, sentence_columns: bool = False) -> bool:
    """A text set vertically opens its paragraphs by an indent (one character down from the columns' head): one of its
    Japanese body columns or more is set in, and no column that ends short of its tier's foot (``column_full``) on a
    sentence's end is followed, on its page, by a flush column of its own setting (a paragraph opened flush). A vertical
    text shows few paragraph ends, one paragraph under each heading (:func:`_indents_paragraphs` asks for two), so its
    indented columns are the evidence; a text that opens a paragraph flush shows none.
    """
    indented = False
    for j, line in enumerate(lines):
        lay = layout.at(first_line(line))
        if not lay.vertical or not has_japanese(line.text) or is_heading(line.text):
            continue
        indented = indented or bool(layout.indent(line))
        # set one sentence a column (``sentence_columns``), a short column shows no paragraph's end
        if not sentence_columns and j + 1 < len(lines) and line.text.rstrip()[-1:] in SENTENCE_END and not column_full(j):
            after, nxt = lines[j + 1], layout.at(first_line(lines[j + 1]))
            if nxt.vertical and nxt.page == lay.page and has_japanese(after.text) and not is_heading(after.text) \
                    and not layout.indent(after) and nxt.size == lay.size:
                return False
    return indented


MIN_SET_IN_LINE = 8
"""Characters each line of a box read as one paragraph by its first line's indent holds at least (a notice's ``記``
alone, a label, stands apart)."""


def _indented_lines_wrap(lines: list[Text], layout: Layout, parted) -> bool:  # noqa: ANN001 - parted(j, k) -> bool
    """The document shows an indented paragraph wrapped: a Japanese line set in by an indent that stops with its
    sentence open (no stop, no closing bracket) over a flush line of the same page, no blank line between
    (``　コースは川沿いの遊歩道を通る約４キロメ`` / ``ートルで、…``). ``parted(j, k)``: a blank line stands between.

    Why: where no measure shows, a line's width cannot say it was full, and an indenting document's flush line after
    a sentence's end was read as a wrap that fell there. A document whose every indented line is a whole paragraph
    (a notice set one paragraph a line: ``　年明けの収集は…始まります。`` over ``　集積所に…``) wraps nothing, so its
    flush lines ending on a stop (``…お知らせいたします。`` / ``お手数をおかけしますが、…``) are paragraphs of their own
    (fresh-user trial 72: two such lines had been one paragraph).

    >>> from pipeline.layout import derived_layout
    >>> def run(*texts):
    ...     ls = [Text.from_raw(t.lstrip("　"), n) for n, t in enumerate(texts, 1)]
    ...     return _indented_lines_wrap(ls, Layout(derived_layout(texts), ()), lambda j, k: False)
    >>> run("　コースは川沿いの遊歩道を通る約４キロメ", "ートルで、梨が振る舞われました。"), run("　始まります。", "お知らせします。")
    (True, False)
    """
    for j in range(len(lines) - 1):
        before = lines[j].text.rstrip()
        if (layout.indent(lines[j]) and not layout.indent(lines[j + 1]) and not parted(j, j + 1)
                and has_japanese(before[-1:]) and before[-1:] not in SENTENCE_END + CLAUSE_END
                and is_ja_letter(before[-1:])
                and not layout.page_break_before(lines[j], lines[j + 1])):
            return True
    return False


def _first_line_set_in_boxes(lines: list[Text], layout: Layout) -> frozenset[int]:
    """The later lines of a dump's text boxes of Japanese running text (three lines or more, no blank line between)
    whose first line alone is set in: a paragraph's first line marked by its indent, its sentences wrapped where they
    end (a book of abstracts, each abstract one paragraph: fresh-user trial 61's ``　県内の…調査した。`` / ``定期券利用者の…``
    / ``部活動の…`` had been three paragraphs). With one paragraph a box, the document's own count of indented
    starts (:func:`_indents_paragraphs`) never reaches two; the box's first line is that evidence. A box whose later
    lines are set in too (a hanging list, a second indented paragraph) shows none; nor does a PDF (its boxes are
    measured on the page).

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> texts = mk("県内の3路線を調査した。", "利用者の6割が高校生である。", "増便の効果を評価する。")
    >>> sorted(_first_line_set_in_boxes(texts, Layout((LineLayout(indent=1), LineLayout(), LineLayout()), ())))
    [1, 2]
    >>> sorted(_first_line_set_in_boxes(texts, Layout((LineLayout(indent=1), LineLayout(indent=1), LineLayout()), ())))
    []
    """
    from pipeline.segment.layout import boxes

    out: set[int] = set()
    ids = boxes(lines, layout)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and ids[end] == ids[start]:
            end += 1
        run = range(start, end)
        opening = first_line(lines[start])
        # the box opens the raw text's box too (a blank line or the page's head over it: a notice's body read from its
        # first sentence on, ``　このことについて…`` / ``記`` / ``１　日時…``, opens none), and each of its lines is a
        # sentence's run of text (no ``記`` alone, no numbered field)
        if len(run) >= 3 and not layout.boxed(lines[start]) and layout.indent(lines[start]) \
                and opening is not None and (opening == 1 or layout.blank_between(opening - 2, opening)) \
                and not any(layout.indent(lines[k]) for k in run[1:]) \
                and all(has_japanese(lines[k].text) and not is_heading(lines[k].text)
                        and len(lines[k].text.strip()) >= MIN_SET_IN_LINE and explicit_number(lines[k].text.strip()) is None
                        for k in run):
            out.update(run[1:])
        start = end
    return frozenset(out)


def _item_goes_on(text: str) -> bool:
    """A Japanese numbered or bulleted line written as a sentence (``、`` or a full stop inside it) that stops on
    a letter, or on a comma after such a sentence (a speaker's turn in minutes, ``○企画課長（大島誠）　…ご説明します。
    …施策のうち、``, in a dump wrapped by hand at no one width): a list item wrapped mid-sentence, no heading.

    >>> _item_goes_on("3. 鍋に油を熱し、牛肉を炒める。さらに炒め"), _item_goes_on("2．研究の方法"), _item_goes_on("・駅前の整備、")
    (True, False, False)
    >>> _item_goes_on("○課長（大島）　ご説明します。計画に掲げた施策のうち、")
    True
    """
    s = text.rstrip()
    return (has_japanese(s) and (is_heading(s) or is_list_item(s))
            and ((is_ja_letter(s[-1:]) and ("、" in s or "，" in s or "。" in s[:-1]))
                 or (s[-1:] in "、，" and any(c in s[:-1] for c in "、，。"))))


def _blank_parted(lines: list[Text], layout: Layout):
    """A test ``(j, k) -> bool``: in a text dump, blank raw lines alone stand between ``lines[j]`` and
    ``lines[k]``, and the dump does not set blank lines between most of its lines (double spacing, where a blank
    line is no paragraph's end). A PDF's lines never test true: its spacing is measured on the page.

    >>> mk = lambda *ns: [Text.from_raw("あ", n) for n in ns]
    >>> parted = _blank_parted(mk(1, 3, 4, 5), Layout((), (2,)))
    >>> parted(0, 1), parted(1, 2)
    (True, False)
    >>> _blank_parted(mk(1, 3, 5, 7), Layout((), (2, 4, 6)))(0, 1)  # double spacing
    False
    """
    def between(j: int, k: int) -> bool:
        a, b = last_line(lines[j]), first_line(lines[k])
        if a is None or b is None or b <= a or layout.boxed(lines[j]) or layout.boxed(lines[k]):
            return False
        column = layout.column(lines[k])
        return layout.blank_only_between(a, b, column if column is not None and column == layout.column(lines[j]) else None)

    pairs = len(lines) - 1
    double_spaced = pairs > 0 and sum(between(j, j + 1) for j in range(pairs)) > DOUBLE_SPACED * pairs
    return (lambda j, k: False) if double_spaced else between


def _marks_paragraphs_by_blanks(lines: list[Text], layout: Layout, parted, full) -> bool:
    """A text dump marks its Japanese paragraphs by blank lines alone: at least :data:`BLANK_MARKED_ENDS` lines
    that plainly end a paragraph (a sentence's end short of the measure, a Japanese line after it) have a blank
    line after them, and none is followed straight by the next paragraph. A PDF never does (``parted`` is false
    there). Its evidence is the document's own paragraph ends, so a dump that parts only its sections by blank
    lines (its paragraphs' last lines followed straight by the next) shows none.
    """
    parted_ends = 0
    for j in range(len(lines) - 1):
        before, after = lines[j].text, lines[j + 1].text
        if (before[-1:] not in SENTENCE_END or full(j) or not has_japanese(before) or not has_japanese(after)
                or is_heading(after) or is_table_row(after) or layout.indent(lines[j + 1])):
            continue
        if not parted(j, j + 1):
            return False
        parted_ends += 1
    return parted_ends >= BLANK_MARKED_ENDS


_ICON_CONTACT = re.compile(r"^\ufffd+\s+(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+|[+(0-9][0-9()+\s./-]{6,})\s*$")
"""A lost icon's glyph, then an e-mail address, a web address or a telephone number alone (``� secretariat@…``,
``� (33)(0)3 21 46 55 86``): a means of contact, a line of its own that nothing after it carries on (yathesis's
contact lines had been joined: ``� secretariat@…`` + ``Site https://…``)."""


def contact_behind_icon(text: str) -> bool:
    """A lost icon's glyph, then only a means of contact (:data:`_ICON_CONTACT`).

    >>> [contact_behind_icon(s) for s in ("\ufffd secretariat@lmpa.example.fr", "\ufffd (33)(0)3 21 46 55 86",
    ...                                   "\ufffd The Author 2022. Published by", "\ufffdjaxspmode\ufffd and")]
    [True, True, False, False]
    """
    return _ICON_CONTACT.match(text) is not None


_LOST_IN_WORD = re.compile(r"\ufffd+[a-z]{2,}(?![A-Za-z]*\ufffd)")
"""A line opening on lost glyphs that a word's small letters go on from (``\ufffdexible``: a ligature's glyph lost), so
a letter of unknown kind; not a formula's piece (``\ufffdx\ufffdp``), a mark (``\ufffd→``, a listing's wrap) nor a
name between two lost marks (``\ufffdjascriptfont\ufffd ={…}``, a manual's control sequence in its own brackets)."""


def _marks_english_paragraphs_by_blanks(lines: list[Text], layout: Layout, parted, measures: list[int | None],
                                        fields: list) -> bool:
    """A text dump parts its English paragraphs by blank lines: every English line that plainly ends a paragraph (a
    sentence's end short of :data:`~pipeline.segment.wraps_en.RAGGED` of its measure, ``measures``) is followed by a
    blank line, a heading, a list item, a field (``fields``: ``Keywords: …``), a table's row, an indented line, a
    short phrase or no English, never straight by the next paragraph's first line; and at least
    :data:`BLANK_MARKED_ENDS` of them by a blank line (a PDF's lines are never ``parted``). The English side of
    :func:`_marks_paragraphs_by_blanks`: the evidence is the document's own paragraph ends.

    >>> mk = lambda *ns: [Text.from_raw(s, n) for n, s in ns]
    >>> a, short = "x" * 60 + " word.", "Short end."
    >>> lines = mk((1, a), (2, short), (4, a), (5, short), (7, a), (8, a))
    >>> _marks_english_paragraphs_by_blanks(lines, Layout((), (3, 6)), _blank_parted(lines, Layout((), (3, 6))), [66] * 6, [None] * 6)
    True
    >>> lines = mk((1, a), (2, short), (3, a), (5, short), (7, a))
    >>> _marks_english_paragraphs_by_blanks(lines, Layout((), (4, 6)), _blank_parted(lines, Layout((), (4, 6))), [66] * 5, [None] * 5)
    False
    """
    blank_ends = 0
    for j in range(len(lines) - 1):
        before, after, measure = lines[j].text, lines[j + 1].text, measures[j]
        if (measure is None or not is_english_line(before) or not ends_sentence(before, after)
                or layout.end_width(lines[j]) >= RAGGED * measure):
            continue
        if parted(j, j + 1):
            blank_ends += 1
        elif (is_english_line(after) and not is_heading(after) and not is_list_item(after) and not is_bulleted(after)
              and not fields[j + 1] and not is_table_row(after) and not layout.indent(lines[j + 1])
              and not short_phrase(layout.width(lines[j + 1]), after, measure)):
            return False  # the next paragraph starts flush right under this one's end
    return blank_ends >= BLANK_MARKED_ENDS


MIN_SHORT_WRAPS = 2
"""Lines broken mid-sentence short of first fit that show an English dump was wrapped by hand (:func:`_wrapped_short_en`)."""


def _wrapped_short_en(lines: list[Text], layout: Layout, parted, measures: list[int | None]) -> bool:
    """A text dump's English lines were not broken by first fit: at least :data:`MIN_SHORT_WRAPS` lines of the
    measure's band (:data:`~pipeline.segment.wraps_en.RAGGED` of it or more) that end no sentence, the next line
    carrying their sentence on in lower case with no blank line between (a wrap beyond doubt), left room for that
    next line's first word (``…plastic mulch,`` at 81 of 87 columns + ``yet their effects…``). A greedy line breaker
    never does (:func:`~pipeline.segment.wraps_en.wrapped`); a person or a balancing breaker does, so in such a text
    a full line's sentence end is no evidence of a paragraph's end either. A PDF's lines never show it here (their
    widths are measured on the page: ``parted`` and the layout's positions tell).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("x" * 76 + " mulch,", "yet they grow.", "x" * 75 + " and the", "end of it.")
    >>> _wrapped_short_en(lines, Layout.plain(), lambda j, k: False, [87] * 4)
    True
    >>> _wrapped_short_en(lines, Layout.plain(), lambda j, k: False, [84] * 4)
    False
    """
    short = 0
    for j in range(len(lines) - 1):
        before, after, measure = lines[j].text, lines[j + 1].text, measures[j]
        if (measure is None or layout.at(first_line(lines[j])).x0 is not None or not is_english_line(before)
                or not is_english_line(after) or parted(j, j + 1) or layout.end_width(lines[j]) < RAGGED * measure
                or ends_sentence(before, after) or not after[:1].islower()):
            continue
        if layout.end_width(lines[j]) + 1 + first_word_width(after) <= measure:
            short += 1
    return short >= MIN_SHORT_WRAPS


def _field_without_clause(text: str) -> bool:
    """``text`` is a notice's field (:func:`~.labels.is_notice_field`: a short label, an ideographic space or a colon,
    its value) whose value holds no clause's or sentence's mark: a date, a place, a span of days, no running text.

    >>> _field_without_clause("休館期間　令和8年1月13日（火）から1月16日（金）まで"), _field_without_clause("主文　被告は、原告に対し")
    (True, False)
    """
    s = text.strip()
    return is_notice_field(s) and not any(c in s for c in "、。，．")


def _field_runs(lines: list[Text]) -> frozenset[int]:
    """The lines of a run of fields, two or more in a row, each a short label then an ideographic space or a colon
    and its value (a notice's ``日時　11月23日…`` / ``会場　…`` / ``内容　…``): each field is a line of its own,
    never wrapped into the line before or after it (t7_newsletter: ``内容　…体操教室など`` + ``参加費は無料です。``
    were one paragraph). A value wrapped over lines is set in under the value, an indent that opens no paragraph
    line here anyway.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_field_runs(mk("◆ 健康まつり", "日時　11月23日", "会場　体育館", "内容　健康相談など", "参加費は無料です。")))
    [1, 2, 3]
    >>> sorted(_field_runs(mk("本日は　晴れ", "港のまちである。")))
    []
    """
    # a line opening on a conjunction that joins inside a sentence is a wrap's rest, never a field's label
    # (``及び理由　第1　請求…`` under ``主文　…事実``: fix67b)
    shaped = [is_notice_field(t.text) and not is_table_row(t.text) and not opens_on_joining_conjunction(t.text)
              for t in lines]
    # a field by a listed label (``参加費 無料（…）``, ``ところ　横浜市…``) is a field alone, whatever its neighbours
    # (issue 16, helper notice75: glued to the line above it in fresh-user trial 75b)
    listed = frozenset(k for k, t in enumerate(lines) if listed_field(t.text) is not None and not is_table_row(t.text))
    return listed | frozenset(k for k in range(len(lines))
                              if shaped[k] and ((k > 0 and shaped[k - 1]) or (k + 1 < len(lines) and shaped[k + 1])))


def _numbered_record_fields(lines: list[Text]) -> frozenset[int]:
    """A record's numbered fields (``１　日　時　　…``, ``５　説明のため出席した者``: a meeting's field label after its
    number, :func:`~pipeline.segment.labels.form_field`), and the agenda's label numbered after one of them
    (``６　議　題``, :func:`~pipeline.segment.labels.numbered_agenda_label`), as ``sections.split_paper`` reads them.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_numbered_record_fields(mk("５　説明のため出席した者", "　　建設部長　　南　浩一", "６　議　題", "　　議案第７号")))
    [0, 2]
    >>> sorted(_numbered_record_fields(mk("6　議題", "次回の議題を決める。")))  # no record's field before it
    []
    """
    out, numbered = set(), False
    for k, t in enumerate(lines):
        if t.text.lstrip(" \u3000")[:1] not in "0123456789０１２３４５６７８９":
            continue
        if form_field(t.text) is not None:
            out.add(k)
            numbered = True
        elif numbered and numbered_agenda_label(t.text):
            out.add(k)
    return frozenset(out)


TEXT_EDGE_LINES = 3
"""Lines that reach a page's furthest end (within a point) and show it the text block's right edge."""
EDGE_HANG_EMS = 3.0
"""Ems a line may stand in under a justified line it goes on from (a description list's or a note's hanging indent)."""
MAX_DESCRIPTION_HANG = 10.0
"""Ems a description's text may stand right of its item's first line (a label set out into the margin, LaTeX's
``\\DescribeMacro``; a description list's hanging indent) and still carry the item on."""


def _described(before: str, text: str) -> bool:
    """``text`` may carry on a description's item whose first line is ``before``: ``before`` ends no sentence (a
    hyphen or a word), at most one TAB in it (its label and its text), and ``text`` opens in small letters, as no
    item or paragraph does, and holds no TAB.

    >>> _described("\\\\author\\tThe macro accepts a single mandatory argument, which", "should contain the name.")
    True
    >>> _described("General: Bereitstellung Englischer Vor-", "lagen (Danke an mickmack1213)."), _described("It ends.", "then")
    (True, False)
    >>> _described("Style\\tExample\\tNote", "bold text")  # a table's row of three cells
    False
    """
    return (text[:1].islower() and "\t" not in text and before.count("\t") <= 1
            and not ends_sentence(before, text) and not before.rstrip().endswith((":", "："))
            and is_english_line(before) and is_english_line(text))


def _value_after_end(before: str, field: bool, text: str) -> bool:
    """``text`` gives a label and its value (``Decision: mobile app moves to Q3.``, ``決定：継続審議``:
    :func:`~pipeline.segment.labels.value_label`) after a line ending a sentence (a full stop, a question or an
    exclamation: a colon or a semicolon opens what follows), or in a paragraph that is itself a field (``field``: it
    opens on a label and its value, the value maybe wrapped over lines: ``Present: …,`` / ``Priya Nair, …`` /
    ``Apologies: Grace Ito``, trial 41): a line of its own, as a list's item is, never wrapped into the paragraph
    before it however full its last line (trial 21's minutes: ``…for the mobile app.`` took the decision).

    >>> _value_after_end("Dan raised concerns about the schedule.", False, "Decision: mobile app moves to Q3.")
    True
    >>> _value_after_end("Attendees: Alice Moore, Bob Chen", True, "Absent: Eve Fischer")
    True
    >>> _value_after_end("Priya Nair, Sam Whitby (youth representative)", True, "Apologies: Grace Ito")
    True
    >>> _value_after_end("We asked three people about the", False, "Harbour Board: it was closed.")
    False
    >>> _value_after_end("the values allowed are 1–4, 10–13:", False, "Latin character: 16–19")  # a colon opens it
    False
    """
    if value_label(text) is None:
        return False
    if field:
        return True
    end = CALL_AFTER_SENTENCE.sub("", before.rstrip()).rstrip("\"'”’)")
    return end[-1:] in SENTENCE_END + "." and not abbreviation_goes_on(before, text)


_SENTENCE_INSIDE = re.compile(r"[.!?。．！？][\"'”’)）」]?\s*(?=\S)")


def titled_labels_in_step(first: str, text: str) -> bool:
    """``text`` and the paragraph's first line ``first`` each give a title-cased label, a colon and a value
    (:func:`~pipeline.segment.labels.titled_label`: ``Batsman of the Year: Raj Patel, 612 runs at an average of 43.7``
    / ``Bowler of the Year: Chris Dunmore, 41 wickets``): lines of one list, each its own line however full the line
    before, as a list's items are. Why (issue 16 point 3, session 80, helper cat80): a club dinner speech's awards,
    one a line, had been joined into one paragraph where a line reached the text's measure.

    >>> titled_labels_in_step("Player of the Year: Tom Hadley", "Bowler of the Year: Chris Dunmore")
    True
    >>> titled_labels_in_step("We thanked the players for a fine season and the", "Committee of the Club: all came.")
    False
    """
    from pipeline.segment.labels import titled_label

    return titled_label(first) is not None and titled_label(text) is not None


def _field_value_ended(paragraph: list[str], text: str) -> bool:
    """The paragraph ``paragraph`` (its lines) is a field, a label and its value (``Speakers: José García (…) and Zoë
    Müller (…).``: :func:`~pipeline.segment.labels.value_label`), whose value is one sentence ending at its last line's
    end: the line ``text`` after it is no wrap of it, however full that last line, as a field after a sentence's end
    is none of the line before (:func:`_value_after_end`). The field is a unit both ways (fresh-user trial 66's
    programme: ``…on 14 June.`` / ``Speakers: …`` stayed apart while ``…(Universität Zürich).`` / ``Admission is
    free; …`` had been joined, both breaks at a full line's sentence end). A value of several sentences (a structured
    abstract's ``Background: …``, run-in) is running text under a run-in label, read by the wrap rules as before.

    >>> _field_value_ended(["Speakers: Ana Ruiz (Universidad de Málaga)."], "Admission is free.")
    True
    >>> _field_value_ended(["Background: The plan was adopted in 2019. Since then the"], "number has doubled.")
    False
    >>> _field_value_ended(["Background: The plan was adopted in 2019. Visitors doubled."], "Methods were simple.")
    False
    >>> _field_value_ended(["We met the mayor."], "Admission is free.")
    False
    """
    if not paragraph or value_label(paragraph[0]) is None:
        return False
    value = " ".join(t.strip() for t in paragraph)
    end = CALL_AFTER_SENTENCE.sub("", value.rstrip()).rstrip("\"'”’)）」")
    if end[-1:] not in SENTENCE_END + "." or abbreviation_goes_on(paragraph[-1], text):
        return False
    return _SENTENCE_INSIDE.search(end[:-1]) is None


def next_item(first: str, text: str) -> bool:
    """``text`` opens the next item of a list whose item ``first`` opens (the paragraph's first line: the same
    kind of mark): list items never join each other, however full the line before (t7_newsletter). A mark after
    running text is judged as before (a dump wrapped by character count may cut ``第2`` / ``・第4水曜日``).

    >>> next_item("・駅前広場の整備を進め、バスの乗り場を一か所にまとめた", "・商店街の空き店舗を改修した")
    True
    >>> next_item("- Sister city since 1999", "- Youth exchange programs"), next_item("1. 概要", "2. 方法")
    (True, True)
    >>> next_item("本市の人口は", "1.5倍に増えた。"), next_item("・駅前広場の整備", "を進めた。"), next_item("回収は第2", "・第4水曜日")
    (False, False, False)
    """
    mark = item_mark(text)
    return mark is not None and mark == item_mark(first)


_KANJI_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、．　][^。]{1,30}$")
"""A heading numbered by a kanji numeral (``一　炭焼きの現状``, ``二、方法``: a vertical paper's), a short line with no
sentence's end: what follows a paragraph's end in a text that sets its paragraphs apart."""


def document_sets_paragraphs_apart(lines: list[Text], layout: Layout, measure_width: int | None) -> bool:
    """The whole document's lines (a booklet of abstracts, its running heads set aside) show that no paragraph starts
    flush right after another's end (:func:`_paragraphs_set_apart`), a line being short when it stands
    :data:`~pipeline.segment.measures.SHORT_BY` or more short of ``measure_width``. A talk of one paragraph (a poster's
    abstract, its end followed by its English) shows at most one end itself; the document's talks together show the
    writer's habit, which :func:`join_wraps` reads where its own lines show no flush start either (issue 16 point 4,
    helper para80, fresh-user trial 80a's poster abstracts: ``…採水を行った。`` at the measure + ``硝酸態窒素濃度は…``)."""
    if measure_width is None:
        return False
    return _paragraphs_set_apart(lines, layout, _blank_parted(lines, layout),
                                 lambda k: layout.width(lines[k]) < measure_width - SHORT_BY,
                                 lambda j, k: layout.page_break_before(lines[j], lines[k]))


def _paragraphs_set_apart(lines: list[Text], layout: Layout, parted, short, broken, at_least: int | None = None) -> bool:
    """No paragraph of the text starts flush right after another ends: every line that plainly ends a paragraph
    (a Japanese sentence's end ``short`` of the measure) is followed by a heading, a table, an indented line, a
    blank line in a dump (``parted``), a page break (``broken``) or nothing of its own script, and there are at
    least :data:`BLANK_MARKED_ENDS` such ends. A text that sets one paragraph under each heading (a proceedings
    paper, a report's sections: t3_ja_proceedings, t5_ja_municipal) shows so that a break inside a block of
    lines is never a paragraph's end, and a full line's ``。`` there is where a wrap happened to fall. A text with
    one paragraph ending short and the next starting flush under it shows none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> never = lambda j, k: False
    >>> ends = mk("1. はじめに", "あ" * 30 + "。", "いう。", "2. 方法", "う" * 30, "えた。", "3. 結果", "おわり。")
    >>> _paragraphs_set_apart(ends, Layout.plain(), never, lambda k: k in (2, 5, 7), never)
    True
    >>> flush = mk("1. はじめに", "あ" * 30, "いう。", "次の段落である。", "2. 方法", "う" * 30, "えた。")
    >>> _paragraphs_set_apart(flush, Layout.plain(), never, lambda k: k in (2, 3, 6), never)
    False
    """
    ends = 0
    for j in range(len(lines)):
        before = lines[j].text
        if before.rstrip()[-1:] not in SENTENCE_END or not short(j) or not has_japanese(before):
            continue
        if j + 1 == len(lines):
            # the text's last line, followed by nothing, is a paragraph's end: counted in a text set vertically (its
            # columns: a vertical text shows few ends, one paragraph under each heading), as before not otherwise
            ends += bool(layout.at(last_line(lines[j])).vertical)
            continue
        after = lines[j + 1].text
        if (has_japanese(after) and not is_heading(after) and not _KANJI_HEADING.match(after)
                and not is_table_row(after) and not CAPTION_LABEL.match(after)
                and not layout.indent(lines[j + 1]) and not parted(j, j + 1) and not broken(j, j + 1)
                and same_setting(layout.at(last_line(lines[j])), layout.at(first_line(lines[j + 1])))):
            return False  # the next paragraph starts flush right under this one's end
        ends += 1
    return ends >= (BLANK_MARKED_ENDS if at_least is None else at_least)


def _one_latin_word(before: str, after: str) -> bool:
    """A Japanese line wrapped by its character count cut one Latin word or unit: the letters on both sides of the
    break read as one word wordfreq knows (Zipf ≥ 3: ``1.8m`` / ``g/L`` is ``mg``), so no space goes between them.
    Two words the break parted (``Sister`` / ``City``: ``sistercity`` is no word) keep their space.

    >>> _one_latin_word("平均値は1.8m", "g/Lであり"), _one_latin_word("本市は Sister", "City 協定を")
    (True, False)
    """
    from pipeline.english_words import zipf

    head = re.search(r"[A-Za-z]+$", before.rstrip())
    tail = re.match(r"[A-Za-z]+", after.lstrip())
    return head is not None and tail is not None and zipf((head.group(0) + tail.group(0)).lower()) >= 3.0


_VALUE_ROW = re.compile("\\S(?:\t|\u3000| {2,})[ \t\u3000]*[-+\u2212]?[0-9\uff10-\uff19][0-9\uff10-\uff19.,\uff0c\uff0e]*[ \u3000]?[%\uff05]?$")
"""A row of a list or table ending on its figure set apart by white (a TAB, an ideographic space, two spaces or more):
``今のままでよい　　　　57.1%``, ``Don't know      2.5%``, ``Total⇥1,240``."""


def rows_of_values(lines: Sequence[Text], j: int) -> bool:
    """``lines[j]`` and the line before it are rows ending on a figure set apart by white (:data:`_VALUE_ROW`): a list
    of values, whose lines never run on into running text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> rows_of_values(mk("今のままでよい　　　　57.1%", "無回答　　　　　　 2.5%"), 1)
    True
    >>> rows_of_values(mk("The rate rose in 2023 to", "about 12 per cent in 2024"), 1)
    False
    """
    return j >= 1 and all(_VALUE_ROW.search(lines[k].text.rstrip()) for k in (j - 1, j))


_ITEM_BULLET = re.compile(rf"[{BULLETS}{MIDDLE_DOTS}](?![{MIDDLE_DOTS}{NAKAGURO}…])|{NAKAGURO}(?=[ \u3000])")
"""A list item's bullet at a line's start (``• もし…``, ``・ 筆記用具``): JIS X 4051 never opens a wrapped line on a bullet
or a middle dot (行頭禁則), so the line opens an item; a run of dots (``・・・``, an ellipsis) is no bullet. The Japanese
middle dot counts only with white after it: it joins a compound's words (``住宅・土地統計調査``), and a dump wrapped by
its characters' count opens a line on it (trial 74c's research report, ``…2023年の住宅`` / ``・土地統�調査によれば…``,
had been cut in two when helper pdf77 read every ``・`` so); a bare ``・`` item after a full line is left to the measure."""
_ALIGNED_WHITE = re.compile("\\S\u3000{3,}\\S")
"""Three ideographic spaces or more between two letters inside a line: white that aligns a column (a roster's post
and name), which running Japanese text never sets."""
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’&.-]*[A-Z]")
MAX_CAPITALS_HEADING_WORDS = 4
"""Words a heading in capitals alone on its line holds at most (``CHARACTERS``, ``DRAMATIS PERSONAE``, ``END OF ACT
ONE``): more is a title or a shouted sentence, which other rules read."""


def capitals_heading_alone(text: str) -> bool:
    """``text`` is a short heading in capitals (:data:`MAX_CAPITALS_HEADING_WORDS` words at most, each two capitals or
    more, no digit, no sentence's or clause's mark but a closing colon): ``CHARACTERS``, ``CAST``, ``SCENE ONE``.

    >>> capitals_heading_alone("CHARACTERS"), capitals_heading_alone("DRAMATIS PERSONAE:"), capitals_heading_alone("SCENE 2")
    (True, True, False)
    >>> capitals_heading_alone("NASA."), capitals_heading_alone("Characters"), capitals_heading_alone("A")
    (False, False, False)
    """
    s = text.strip()
    if s.endswith((":", "：")):
        s = s[:-1].rstrip()
    words = s.split()
    return 0 < len(words) <= MAX_CAPITALS_HEADING_WORDS and all(_CAPITALS_WORD.fullmatch(w) for w in words) \
        and not s.endswith(".")


_LOWER_FIRST = re.compile(r"^\s*[a-z]{2,}\b")
"""A line opening on a word of two letters or more in small letters (``at Ashcombe …``; an item's letter ``a)`` or a
lone letter is none)."""


def carries_on(before: str, line: str) -> bool:
    """``line`` carries on ``before`` by Japanese line breaking (:func:`~pipeline.chardata.kinsoku_continues`), or it
    opens on a number's thousands' comma after ``before``'s digits (``…来場者数は約1`` / ``,250人増え…``): a comma
    never opens a Japanese line, and clean's width rule has made the full-width one (``，２５０``) ASCII, which the
    line-start rule (full-width forms only: an ASCII ``.`` opens a file name) no longer reads. Why (issue 16, helper
    web55, trial 54d's press release): its lead kept ``約1`` and ``,250人`` apart, a short line before the comma.

    >>> carries_on("今年の来場者数は約1", ",250人増え、"), carries_on("結果は表1の通り", "。次に"), carries_on("図1", ",2に示す")
    (True, True, False)
    """
    return kinsoku_continues(before, line) or range_goes_on(before, line) \
        or (before.rstrip()[-1:].isdigit() and before.rstrip()[-1:].isascii()
            and _THOUSANDS_OPENING.match(line.lstrip()) is not None)


_RANGE_OPENING = re.compile(r"[-‐‑–—―~～〜－][0-9０-９]")
"""A line opening on a range's dash or wave dash glued to its second number (``-2030」``, ``～2024年``)."""


def range_goes_on(before: str, line: str) -> bool:
    """``line`` goes on a number range ``before`` broke before its dash (``「仙台防災枠組 2015`` / ``-2030」が採択…``):
    ``before`` ends on a digit and ``line`` opens on a dash, a tilde or a wave dash glued to a digit. A list's item
    opens on its dash and a space (``- 2030年目標``) or a word (``-項目``), never on a number glued to it; and a line
    that is a number alone after its sign (``-5``: a table's cell, a change's figure) ends no sentence's wrap either,
    so the next part must read on after the number (a letter, a bracket or a mark).
    Why (issue 16 point 3, helper vol72, fresh-user trial 72b): the range's wrap had split one paragraph in two.

    >>> range_goes_on("「仙台防災枠組 2015", "-2030」が採択された。"), range_goes_on("期間は 2024", "～2026 年度である。")
    (True, True)
    >>> range_goes_on("対象は次のとおり 2015", "- 2030年の目標"), range_goes_on("気温の変化 2015", "-5"), range_goes_on("仙台防災枠組", "-2030」")
    (False, False, False)
    """
    b, a = before.rstrip(), line.lstrip()
    if not (b[-1:].isdigit() and _RANGE_OPENING.match(a)):
        return False
    return bool(re.sub(r"^.[0-9０-９.,]*", "", a).strip())


_THOUSANDS_OPENING = re.compile(r",[0-9]{3}(?![0-9])(?:,[0-9]{3}(?![0-9]))*(?![.,]?[0-9])")


def number_broken_in_japanese(before: str, after: str) -> bool:
    """A number that Japanese text broke at a line's end (``…体制を整え、203`` / ``0年までに…``): digits end one
    line and begin the next, and the number reads on into a Japanese letter right after them. Japanese sets
    lines to the last character, inside a number too; an English line breaks at a space, never inside one (trial 33:
    the year came out ``203 0年``).

    >>> number_broken_in_japanese("体制を整え、203", "0年までに"), number_broken_in_japanese("by 2030 and 2", "3 more")
    (True, False)
    >>> number_broken_in_japanese("初期値を変更13", "1996/03/12 plcore.dtx")  # a page number, then a date
    False
    >>> number_broken_in_japanese("交通工学，Vol.55，No.2，pp.12-1", "9，2020."), number_broken_in_japanese("都市計画論文集，20", "22.")
    (True, True)
    """
    if not (before[-1:].isdigit() and before[-1:].isascii() and after[:1].isdigit() and after[:1].isascii()):
        return False
    head = re.sub(r"[0-9.,]+$", "", before)[-1:]
    tail = re.sub(r"^[0-9.,]+", "", after)[:1]
    # the number reads on into a Japanese word (``０年``, ``５０ヘクタール``) or a percent sign; a line that ends on a
    # number and a line that opens on another (a change log's page ``…を変更13`` over ``1996/03/12 …``) are two items
    # (or into a Japanese comma or stop, a Japanese reference's ``…，pp.12-1`` / ``9，2020.``, or ends its line,
    # ``…，20`` / ``22.``: trial 74c)
    reads_on = _reads_on(tail) or tail in _JAPANESE_STOPS or completes_number(before, after)
    return reads_on and not (head.isascii() and (head.isalpha() or head.isspace()))


_JAPANESE_STOPS = frozenset("，、。．")
"""Full-width commas and stops: a number set close before one is Japanese text's, broken at a wrap with no space."""

_UNIT_AFTER_NUMBER = "%％"
"""Signs a number reads on into, as into a Japanese counter (``8％``): a number broken at a wrap goes on into them."""


def _reads_on(ch: str) -> bool:
    """``ch``, right after a number's digits, is what the number reads on into: a Japanese letter or a percent sign."""
    return has_japanese(ch) or (ch != "" and ch in _UNIT_AFTER_NUMBER)


def _latin_words_apart(before: str, after: str) -> bool:
    """A Latin word and its punctuation end one line and a Latin word opens the next (``(Architecture:`` / ``any)``,
    ``3.0`` / ``(quilt)``): a typesetter breaks a Latin phrase only at a space, which the join puts back.

    >>> _latin_words_apart("パッケージ (Architecture:", "any) を作ります"), _latin_words_apart("追加し、3.0", "(quilt) フォーマット")
    (True, True)
    >>> _latin_words_apart("https://x.org/a,", "b"), _latin_words_apart("を参照。)", "(詳しく"), _latin_words_apart("f(x)", "(y)")
    (False, False, False)
    >>> _latin_words_apart("開館時間を午前9:", "30からに"), _latin_words_apart("来訪者は約12,", "000人を")  # one number
    (False, False)
    >>> _latin_words_apart("男女の比率は3:", "1である"), _latin_words_apart("図1,", "2に示す")
    (False, False)
    >>> _latin_words_apart("called すくも, is sold across Japan.", "The text below, 藍の話,"), _latin_words_apart("v2.", "Da")
    (True, False)
    """
    tail, head = before.rstrip()[-2:], after.lstrip()[:2]
    if len(tail) < 2 or len(head) < 2 or not (tail.isascii() and head.isascii()) or _LINK_END_ANY.search(before) \
            or _number_goes_on(before, after) or (tail[0].isdigit() and tail[1] in ",:" and head[0].isdigit()):
        return False  # digits either side of a comma or colon (``3:`` / ``1の割合``): numbers, spaced as before
    if tail[1] in ",:;)" and (tail[0].isalnum() or tail[0] == ")") and head[0].isalnum():
        return tail[1] != ")" or tail[0].isalpha()
    if tail[1] in ".!?" and tail[0].isalpha() and head[0].isupper() and head[1].isalpha():
        return True  # a Latin sentence's end, the next one's capital (trial 44: ``across Japan.`` / ``The Japanese…``)
    return tail[1].isalnum() and head[0] == "(" and head[1].isalpha() and not tail[0] == "("


_LATIN_LETTER = re.compile(r"[A-Za-z]")
SAME_SIZE_SHARE = 0.1
"""Share of its size within which a line after a break is set in a reference item's size (and goes on it)."""
ENTRY_CLOSE = ".．。)）]」』"
"""What a reference item's last line ends on when the item is closed (a stop, a bracket)."""


def english_record(line: str) -> bool:
    """A reference's lines so far written wholly in English (its English record): Latin words, no Japanese letter nor Japanese typesetting's
    full-width punctuation (``G. Yamada, R. Yamada: "Title2", …, p.21 (2019-12) (in Japanese)``).

    >>> english_record("Vol.15, No.10, p.21 (2019-12) (in Japanese)"), english_record("Vol.78，pp.112-113，20")
    (True, False)
    >>> english_record("日本語学会，Vol.15"), english_record("(2019)")
    (False, False)
    """
    return len(_LATIN_WORD.findall(line)) >= 2 and not has_japanese(line) and not any(ch in JA_PUNCTUATION for ch in line)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _latin_halves(before: str, after: str) -> tuple[str, str] | None:
    """The two halves of a Latin word hyphenated at a Japanese line's end (``…氏のIEEE-`` / ``tran.bstを…``: no word
    boundary parts a Latin word from the kana before it once clean has closed the spaces), else ``None``.

    >>> _latin_halves("Shell氏のIEEE-", "tran.bstを基に"), _latin_halves("氏の IEEE -", "tran"), _latin_halves("の-", "tran")
    (('IEEE', 'tran'), None, None)
    """
    end, start = re.search(r"(?<![A-Za-z-])([A-Za-z]+)-$", before.rstrip()), re.match(r"[a-z][A-Za-z]*", after.lstrip())
    return (end.group(1), start.group(0)) if end and start else None


def latin_end_goes_on(before: str, after: str) -> bool:
    """A Japanese line ending on a Latin word that ``after`` carries on: in Japanese (``…w32tex`` / ``や古い
    TEXLive…``, ``…upbibtex`` / ``を使う場合，``) or after a hyphen, in Latin letters (``…氏の IEEE-`` / ``tran.bst を…``).

    >>> latin_end_goes_on("想定しています。w32tex", "や古い TEXLive"), latin_end_goes_on("Shell 氏の IEEE-", "tran.bst を基に")
    (True, True)
    >>> latin_end_goes_on("定義する。", "次に"), latin_end_goes_on("Shell and IEEE-", "tran.bst"), latin_end_goes_on("は w32tex", "Windows 版")
    (False, False, False)
    """
    before, after = before.rstrip(), after.lstrip()
    tail, head = before[-1:], after[:1]
    # a letter, never a digit: an index's or a contents list's page number ends its line at the edge too (jlshort)
    if not (has_japanese(before) and tail.isascii() and (tail.isalpha() or tail == "-")):
        return False
    if tail == "-":
        return head.isascii() and head.isalpha() and has_japanese(after)
    return has_japanese(head)


def _latin_break(before: str, after: str) -> bool:
    """In a PDF, a Japanese line ending on a Latin character before a line opening on one (``…有効化 . . 42`` /
    ``\\KanjiEncodingPair: …``, ``…A101 Pro`` / ``\\setgothicfont{…}``): a typesetter breaks Latin text only at a
    space, which the join puts back; not after a hyphen or a slash, nor inside an address (:func:`splits_url`).

    >>> _latin_break("有効化 . . 42", "\\\\KanjiEncodingPair: 和文"), _latin_break("(\\\\vskip, \\\\unvbox,", "\\\\unvcopy, \\\\halign)")
    (True, True)
    >>> _latin_break("debian.org/-", "doc/"), _latin_break("https://x.org/a/", "b.html"), _latin_break("を", "\\\\jsc@skip")
    (False, False, False)
    """
    tail, head = before.rstrip()[-1:], after.lstrip()[:1]
    return (bool(tail) and bool(head) and tail.isascii() and head.isascii() and tail.isprintable() and head.isprintable()
            and tail not in "-/" and not tail.isspace() and not head.isspace() and not splits_url(before, after)
            and not _number_goes_on(before, after))


_GROUPED_HEAD = re.compile(r"(?:,[0-9]{3})+(?:\.[0-9]+)?|\.[0-9]+")
"""A line opening on the rest of a number broken before its thousands' comma or decimal point (``,200円``, ``.5倍``)."""
_GROUPED_TAIL = re.compile(r"[0-9]([,:])$")
"""A line ending on a digit and a thousands' comma or a time's colon (``約12,``, ``午前9:``)."""
_DECIMAL_TAIL = re.compile(r"[0-9][0-9,]*[.．]$")
"""A line ending on a number and its decimal point (``飲食費が24.``): read as one only after a Japanese letter."""


def _number_goes_on(before: str, after: str) -> bool:
    """A number Japanese text broke at a line's end, its digits going on into the next line: inside its digits
    (``…整え、203`` / ``0年までに``: :func:`number_broken_in_japanese`), or after a thousands' comma or a time's colon
    (``約12,`` / ``000人``, ``午前9:`` / ``30から``). Japanese sets a line to its last character, inside a number too;
    no space was lost there.

    >>> _number_goes_on("体制を整え、203", "0年までに"), _number_goes_on("約12,", "000人"), _number_goes_on("午前9:", "30から")
    (True, True, True)
    >>> _number_goes_on("図3,", "4を参照"), _number_goes_on("Version 1:", "2024 release"), _number_goes_on("有効化 . . 42", "\\\\Kanji")
    (False, False, False)
    >>> _number_goes_on("売上は平均3", ",200円にとどまり"), _number_goes_on("約1", ".5倍に"), _number_goes_on("in 2024", ", the city")
    (True, True, False)

    And at its decimal point, after a Japanese letter (trial 55's white paper), never after a sentence's end or a
    space (a list's number, an English year):

    >>> _number_goes_on("飲食費が24.", "8％、土産品"), _number_goes_on("県内客の約3.", "1倍であり"), _number_goes_on("in 2024.", "15 of them")
    (True, True, False)
    >>> _number_goes_on("次のとおりである。1.", "2. 比較する")
    False

    And before its percent sign, the number closing the line after a Japanese letter (trial 76's paper):

    >>> _number_goes_on("成約率は44.2", "%であった。"), _number_goes_on("Rate 44.2", "%であった"), _number_goes_on("率は44", "%")
    (True, False, False)
    """
    before, after = before.rstrip(), after.lstrip()
    if number_broken_in_japanese(before, after):
        return True
    if after[:1] in _UNIT_AFTER_NUMBER and (lead := _TRAILING_NUMBER.search(before)) is not None \
            and is_ja_letter(before[lead.start() - 1:lead.start()]) and has_japanese(after[1:2]):
        return True  # a number's percent sign wrapped onto the next line (``成約率は44.2`` / ``%であった。``, trial 76)
    if (grouped := _GROUPED_HEAD.match(after)) is not None and before[-1:].isdigit() and before[-1:].isascii() \
            and has_japanese(after[grouped.end():grouped.end() + 1]):
        return True  # broken before its thousands' comma or decimal point (``平均3`` / ``,200円``, trial 54b)
    digits = re.match(r"[0-9]+", after)
    if (point := _DECIMAL_TAIL.search(before)) is not None and digits is not None \
            and is_ja_letter(before[point.start() - 1:point.start()]) and _reads_on(after[digits.end():digits.end() + 1]):
        return True  # broken at its decimal point (``…飲食費が24.`` / ``8％、…``, ``…約3.`` / ``1倍…``, trial 55)
    tail = _GROUPED_TAIL.search(before)
    if tail is None or digits is None:
        return False
    n = len(digits.group(0))
    return n == (3 if tail.group(1) == "," else 2) and has_japanese(after[n:n + 1])


_TRAILING_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?$")
"""A number closing a line, its decimals with it (``44.2``)."""
_ABBREVIATION_AFTER_JAPANESE = re.compile(r"[^\x00-\x7f][A-Za-z]{1,4}\.$")
"""A short Latin abbreviation with its full stop set close after a Japanese letter or mark (``，pp.``, ``，Vol.``)."""


def latin_token_broken(before: str, after: str) -> bool:
    """A Japanese line set to its last character broke one Latin token (``…，Vol.40，pp`` / ``.5-14，2021.``,
    ``…，pp.`` / ``5-14``): the line below opens on the full stop or comma that goes on the letters before it, or
    on the number an abbreviation set close after Japanese text numbers. A typesetter breaks Latin text only at a
    space, and never before a full stop or comma, so no space was lost there (fresh-user trial 74c, helper pdf74).

    >>> latin_token_broken("土木計画学研究，Vol.40，pp", ".5-14，2021."), latin_token_broken("交通工学，pp.", "5-14，2020.")
    (True, True)
    >>> latin_token_broken("the value of pp", ".5 in"), latin_token_broken("see Fig.", "3 for"), latin_token_broken("研究，Transport", "Policy")
    (False, False, False)
    """
    before, after = before.rstrip(), after.lstrip()
    if not has_japanese(before):
        return False
    if after[:1] in (".", ",") and before[-1:].isascii() and before[-1:].isalnum():
        return True
    return _ABBREVIATION_AFTER_JAPANESE.search(before) is not None and after[:1].isascii() and after[:1].isdigit()


_LINK_END_ANY = re.compile(r"(?:https?://|www\.|\S@|doi:)\S*$", re.IGNORECASE)


GRID_MIN_LINES = 4
"""Fewest lines of one character count that show a character-count wrap (a share alone of a few lines is chance)."""
GRID_SHARE = 0.5
"""Share of the lines at least half the common count ``N`` long that are ``N`` or ``N - 1`` long (a break at a
space, lost) in a character-count wrap; justified English spreads its lines over several counts."""
GRID_OVER = 0.15
"""Share of a character-count wrap's lines that may be longer than its count (a title, a heading, a running head)."""


def character_grid(texts: Sequence[str]) -> int | None:
    """The character count a text's lines were wrapped at, whatever each character's width (a generator or a
    typewriter cutting every ``N`` characters, a Latin word too: ``…Deep Learning for C`` / ``lassical Japanese…``),
    or None. Evidence: most lines of some length are exactly one count long (at least :data:`GRID_MIN_LINES`, a
    :data:`GRID_SHARE` of the lines at least half that long), none is longer, and at least one of them mixes
    half-width Latin with full-width letters or is Latin only, so its width differs from its fellows' (a
    Japanese column set by width holds full-width lines of one count too, but its Latin lines hold more letters,
    more than :data:`GRID_OVER` of them longer than the count where Latin is common).
    Justified English varies its lines' counts by several letters, so no count holds the share.

    >>> jp, en = "あ" * 10, "Deep Learn"
    >>> character_grid([jp, jp, en, "ing for Cl", "assical.", jp]), character_grid([jp] * 5 + ["Deep Learning for"])
    (10, None)
    >>> character_grid(["The quick brown fox", "jumps over the lazy", "dog and runs off.", "Then it sleeps well", "x"])
    """
    lengths = [len(t.strip()) for t in texts if t.strip()]
    if not lengths:
        return None
    count = max(set(lengths), key=lambda n: (lengths.count(n), n))
    full = [t.strip() for t in texts if len(t.strip()) == count]
    # a line one short broke at a space, which the line lost; a line longer than the count is a title's or a
    # heading's, set apart from the grid, and few
    near = sum(1 for n in lengths if count - 1 <= n <= count)
    long = sum(1 for n in lengths if n >= count / 2)
    over = sum(1 for n in lengths if n > count)
    if count < 8 or len(full) < GRID_MIN_LINES or near < GRID_SHARE * long or over > GRID_OVER * len(lengths):
        return None
    mixed = any(_LATIN_LETTER.search(t) and any(display_width(c) == 2 for c in t) for t in full)
    latin = sum(1 for t in full if t.isascii())
    # Latin-only lines of one count are character-cut only beside full-width lines of that count (a Japanese paper's
    # English reference), never alone (an English list can hold lines of one length)
    wide = sum(1 for t in full if all(display_width(c) == 2 for c in t if not c.isspace()))
    return count if mixed or (latin and wide) else None


def grid_broke_token(before: str, after: str, count: int) -> bool:
    """``before``, a line of exactly ``count`` characters (:func:`character_grid`), ended inside a Latin token that
    ``after`` goes on: a Latin letter or digit (or an opening bracket, ``…Quarterly (`` / ``2019).``) meets a Latin
    letter or digit, or the stop, comma or colon after it (``…Vol.60，N`` / ``o.3，…``, ``…et al`` / ``.: Deep…``). A
    line that opens on a space had its break at the space.

    >>> grid_broke_token("Deep Learning for C", "lassical", 19), grid_broke_token("Deep Learning for C", " lassical", 19)
    (True, False)
    >>> grid_broke_token("Deep Learning for", "Classical", 19), grid_broke_token("et al", ".: Deep", 5)
    (False, True)
    """
    tail, head = before.rstrip()[-1:], after[:1]
    return len(before.strip()) == count and tail.isascii() and (tail.isalnum() or tail == "(") and head.isascii() \
        and (head.isalnum() or head in ".,:;")


def _joined(parts: list[Text], spaced: list[bool] | None = None, glued: list[bool] | None = None,
            turned: list[bool] | None = None) -> Text:
    """One text from the parts of a paragraph: a space between two ASCII words, or before a part
    ``spaced`` marks (an English wrap), unless the part before ends in a hyphen the clean stage kept
    or the part is ``glued`` to it (the second half of a word broken at a hyphen that was dropped); an ideographic
    space before a part ``turned`` marks (a speech after its speaker's ``○山田会長`` alone on the line before, set as
    minutes set a turn on one line: ``○山田会長　…``)."""
    spaced = spaced or [False] * len(parts)
    glued = glued or [False] * len(parts)
    pieces: list[Text] = []
    for k, part in enumerate(parts):
        if k and turned and turned[k]:
            pieces.append(Text.inserted("\u3000"))
        elif k and not glued[k]:
            before, after = parts[k - 1].text[-1:], part.text[:1]
            ascii_words = before.isascii() and before.isalnum() and after.isascii() and after.isalnum() \
                and not number_broken_in_japanese(parts[k - 1].text, part.text)
            # two Latin words a wrap parted at the space between them, punctuation aside (``(Architecture:`` /
            # ``any)``, ``3.0`` / ``(quilt)``): the space the break took stands again
            ascii_words = ascii_words or _latin_words_apart(parts[k - 1].text, part.text)
            # (never after a full-width comma, stop or colon: a Japanese reference's ``…海洋生態学研究，`` /
            # ``12，pp.45-59．``, a wrap that reads as English by its second line, takes no space after its comma:
            # trial 49; after a kanji in English prose or a closing bracket the space stands, ``every 港`` / ``is``)
            # (never inside a number a Japanese wrap broke, whichever rule joined the lines: ``平均3`` / ``,200円``)
            if ascii_words or (spaced[k] and before not in "-‐" and not before.isspace() and not after.isspace()
                               and not (display_width(before) == 2 and unicodedata.category(before) == "Po")
                               # (nor before a full-width comma, stop or closing bracket opening the line: Japanese
                               # sets none after a space, ``（第2期）`` / ``，2021．``: trial 76's reference)
                               and not (display_width(after) == 2 and unicodedata.category(after) in ("Po", "Pe", "Pf"))
                               and not _number_goes_on(parts[k - 1].text, part.text)
                               and not latin_token_broken(parts[k - 1].text, part.text)):
                pieces.append(Text.inserted(" "))
        pieces.append(part)
    return Text.join(pieces)

