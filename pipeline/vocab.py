"""The closed vocabulary of the records: repair statuses, evidence kinds, ledger actions, reasons and rules.

Every word that a stage writes into a record and that a reader may branch on
is a member of one of these enums, the way black names its modes and report
states. They are ``StrEnum``s: a member *is* its string (``Status.RESTORED ==
"restored"``), so JSON files and code that compare with plain strings keep
working, while a misspelt or unknown word fails when the record is built
(:class:`pipeline.model.LedgerRow`, :class:`~pipeline.model.Repair`,
:class:`~pipeline.model.Evidence` check their fields), not silently in a
report three stages later.

Adding a cleaning rule, a segment rule or an evidence provider means adding
its name here, with a one-line comment on what it is for.
"""

from __future__ import annotations

import functools
from enum import StrEnum


class Status(StrEnum):
    """What restore decided for one gap (docs/restore.md)."""

    RESTORED = "restored"  # the fill is written into the text
    AMBIGUOUS = "ambiguous"  # candidates listed, the gap kept as U+FFFD
    UNRESOLVED = "unresolved"  # no candidate the evidence supports


class EvidenceKind(StrEnum):
    """Where a candidate or a verdict came from."""

    NUMBERING = "numbering"  # a heading-number sequence
    REPETITION = "repetition"  # the context stands intact elsewhere
    DOCUMENT_WORD = "document-word"  # a fill listed because the text's own words use it (never ranked up)
    LEXICON = "lexicon"  # Sudachi's dictionary and path cost, word frequencies
    CHARACTER_MODEL = "character-model"  # the character n-gram model of general Japanese
    BILINGUAL = "bilingual"  # the talk's own translation, numbers shared across languages
    ABSTENTION = "abstention"  # why no fill may be written (a name, a talk number, a conflict)
    GLYPH = "glyph"  # the same glyph id (a CID in one font) elsewhere: its occurrences decided together
    MODEL = "model"  # the combined, calibrated score
    TITLE_BLOCK = "title-block"  # segment: the cues that started a talk (talk number, city, title, speaker …)
    CITY = "city"  # segment: how a city's English name was found (its Japanese reading, an EDICT gloss, or its Mandarin or
    # Korean reading romanised: segment.places)
    BYTES = "bytes"  # clean: the bytes a mojibake repair kept of a lost glyph allow only a few characters
    CALENDAR = "calendar"  # restore: a date's lost day of the week, read from the calendar (evidence/weekday.py)


class Action(StrEnum):
    """What a ledger row did to its raw text."""

    DROPPED = "dropped"  # the raw text left the output
    CHANGED = "changed"  # the raw text was replaced by ``replacement``


class Reason(StrEnum):
    """Why a ledger row's text was dropped or changed, in a word or two (the talk JSON's ``dropped[].reason``)."""

    MOJIBAKE = "mojibake"  # text decoded in the wrong encoding: repaired, or flagged (dropped) when mostly lost
    SUSPECTED_MOJIBAKE = "suspected-mojibake"  # the byte signature of UTF-8 read as CP932 that no reading decodes: flagged (dropped)
    ENCODING = "encoding"  # a line of a text dump decoded in another encoding than the file (extract)
    UNDECODABLE_BYTE = "undecodable-byte"  # a text dump's byte(s) that fit no character of the line's encoding: a lost glyph U+FFFD (extract)
    CID_COLLECTION = "cid-collection"  # a PDF glyph read through the CID→Unicode map of the collection its font's encoding names, its CIDSystemInfo unreadable (extract)
    LOST_GLYPH = "lost-glyph"  # a control character that stood for an unmapped glyph, now U+FFFD
    LIGATURE = "ligature"  # a Latin ligature character written as its letters
    SPACING_ACCENT = "spacing-accent"  # a PDF's spacing accent glyph over a Latin letter, written as the accented letter
    COMBINING_MARK = "combining-mark"  # a PDF's letter and the combining mark drawn over it, written as the precomposed letter (NFC)
    INVISIBLE = "invisible"  # a character that prints nothing inside a word (soft hyphen, zero-width space)
    RADICAL = "radical"  # a Kangxi or CJK radical inside Japanese text, written as its unified ideograph
    COMPATIBILITY_IDEOGRAPH = "compatibility-ideograph"  # a CJK compatibility ideograph, as its canonical one
    HYPHENATION = "hyphenation"  # the hyphen of an English word broken across a line
    WIDTH = "width"  # a width variant normalised (full-width ASCII, half-width katakana)
    SPACING = "spacing"  # layout white space between Japanese and ASCII
    TABLE_CELL = "table-cell"  # the spaces between a text dump's table cells, written as a TAB
    TABLE_RULE = "table-rule"  # a drawn table's rules (``├──┼──┤``, ``+----+``, ``|---|``) and the bars at a row's ends (clean.ruled)
    INDENT = "indent"  # ideographic spaces at a line's start: a paragraph indent (the line's layout keeps it)
    PADDING = "padding"  # ideographic spaces at a line's end
    DESCENDER_RESIDUE = "descender-residue"  # letters a shadow layer's descenders left behind
    DOUBLED_LAYER = "doubled-layer"  # a second copy of text drawn twice (shadow, fake bold)
    DOUBLED_ROW = "doubled-row"  # a table's row printed on both sides of a page break (segment.tables)
    GHOST_LINE = "ghost-line"  # a shadow layer's line with most letters missing
    GHOST_PREFIX = "ghost-prefix"  # a ghost's fragment glued before the real text
    ILLEGIBLE = "illegible"  # a line whose glyphs are mostly lost
    NEAR_DUPLICATE = "near-duplicate"  # a second, damaged copy of a line
    PAGE_NUMBER = "page-number"  # a page-number line: a slide's number, or a paper's page furniture
    RUNNING_HEADER = "running-header"  # page furniture at the top of pages (a running title), or inside a sentence at a page top
    RUNNING_FOOTER = "running-footer"  # page furniture at the foot of pages or slides
    OVERPRINT = "overprint"  # a PDF glyph drawn again at (nearly) the same place (extract)
    RUBY = "ruby"  # small kana set over a kanji run (extract), or a text dump's inline reading (clean.ruby): not part of the sentence
    OFF_PAGE = "off-page"  # a PDF line drawn wholly outside its page's box, which no reader sees (a slide's covered overlay)
    NAVIGATION = "navigation"  # navigation printed on each page: a beamer sidebar (extract); a web page's toolbar, breadcrumbs (segment)
    LINE_NUMBER = "line-number"  # a manuscript's margin numbering its lines: page furniture (extract)
    PAGE_BREAK = "page-break"  # a text dump's form feed (U+000C): the page break it makes is in the layout (clean)
    FIGURE_TEXT = "figure-text"  # a figure's own text (tick and axis labels, box labels) over its caption (segment)
    CASE = "case"  # a name printed in capitals only, given in its usual case: each letter changed (segment)
    MARKUP = "markup"  # a Markdown mark with no text: an empty heading, ``#`` alone (segment.sections.empty_markup_headings); an Aozora Bunko editor's note ``［＃…］`` (clean.ruby)
    BUILD_UP = "build-up"  # a slide's line on an earlier page of its frame, which the frame's last page shows again (segment)
    END_MARK = "end-mark"  # a document's closing mark alone on its line (``以上``, ``###``, ``-30-``): where the body ends (segment)
    SEPARATOR = "separator"  # a rule line between two talks (``――――``, ``＊＊＊``): layout parting them (segment.separators); a reply slip's cut line (segment.slips)
    CITY_LINE = "city-line"  # an English city line's words around the city's name (``City``, ``City of``), read as the city (segment)
    FRAME = "frame"  # a box's drawn frame round framed lines: its rules (``┌──┐``) and the bars at a framed line's ends (segment.frames)


class Rule(StrEnum):
    """The function that made a ledger row (its ``rule``): every stage's rules, by name."""

    # extract (lines of a text dump decoded on their own; PDF: pipeline.extract.overprint, .ruby, .furniture)
    DECODE_LINES = "decode_lines"
    MARK_UNDECODABLE_BYTES = "mark_undecodable_bytes"  # a stray byte of a text dump kept as U+FFFD, its bytes in the row
    READ_CID_FONT_BY_ENCODING = "read_cid_font_by_encoding"  # a PDF CID font's glyphs read through its encoding's collection (extract.glyphs)
    SET_ASIDE_OVERPRINT = "set_aside_overprint"
    SET_ASIDE_RUBY = "set_aside_ruby"
    CLOSE_UP_RUBY_BASE = "close_up_ruby_base"  # the white a base spread under its longer ruby leaves between its glyphs (extract.ruby)
    SET_ASIDE_PAGE_FURNITURE = "set_aside_page_furniture"

    # clean (pipeline.clean.rules.RULES and the helpers they delegate to)
    STRIP_IDEOGRAPHIC_PADDING = "strip_ideographic_padding"
    REPAIR_JAPANESE_MOJIBAKE = "repair_japanese_mojibake"
    FLAG_SUSPECTED_MOJIBAKE = "flag_suspected_mojibake"
    FIX_MOJIBAKE = "fix_mojibake"
    FLAG_MOJIBAKE_RESIDUE = "flag_mojibake_residue"  # what UTF-8 read as CP1252 leaves undecoded (clean.encoding)
    MARK_LOST_CONTROL_CHARACTERS = "mark_lost_control_characters"
    DROP_INVISIBLE_CHARACTERS = "drop_invisible_characters"
    EXPAND_LATIN_LIGATURES = "expand_latin_ligatures"
    COMPOSE_SPACING_ACCENTS = "compose_spacing_accents"
    UNIFY_IDEOGRAPHS = "unify_ideographs"
    SET_ASIDE_AOZORA_MARKUP = "set_aside_aozora_markup"  # Aozora Bunko's inline ruby and editor's notes (clean.ruby)
    SET_ASIDE_BRACKETED_READINGS = "set_aside_bracketed_readings"  # readings in brackets after kanji, where the document writes ruby so
    GROUP_WRAPPED_THOUSANDS = "group_wrapped_thousands"  # a thousands comma a hard wrap cut from its group (clean.width)
    POINT_WRAPPED_DECIMALS = "point_wrapped_decimals"  # a decimal point a hard wrap cut from its number (clean.width)
    NORMALISE_WIDTH = "normalise_width"
    REMOVE_CJK_ASCII_SPACES = "remove_cjk_ascii_spaces"
    READ_RULED_TABLES = "read_ruled_tables"  # a table drawn with rules: rules to the ledger, inner bars a TAB
    PART_TABLE_CELLS = "part_table_cells"  # a text dump's table cells parted by a TAB
    REMOVE_SPACES_BETWEEN_CJK_LETTERS = "remove_spaces_between_cjk_letters"
    CLOSE_UP_LETTER_SPACED_DOCUMENT = "close_up_letter_spaced_document"  # its short lines too, where it shows the damage
    COLLAPSE_FAKE_BOLD = "collapse_fake_bold"
    COLLAPSE_INTERLEAVED_DOUBLING = "collapse_interleaved_doubling"
    STRIP_DESCENDER_RESIDUE = "strip_descender_residue"
    DROP_DESCENDER_LINES = "drop_descender_lines"
    COLLAPSE_DOUBLED_LAYERS = "collapse_doubled_layers"
    COLLAPSE_DOUBLED_RUNS = "collapse_doubled_runs"
    DROP_OVERLAID_COPIES = "drop_overlaid_copies"
    DROP_DOUBLED_DUMP_LINES = "drop_doubled_dump_lines"
    DROP_REPEATED_COPIES = "drop_repeated_copies"  # a doubled layer's copy a paragraph apart, rewrapped or short (clean.copies)
    DROP_TRAILING_ECHO = "drop_trailing_echo"
    DROP_GHOST_LINES = "drop_ghost_lines"
    DROP_GHOST_PREFIXES = "drop_ghost_prefixes"
    STRIP_GHOST_PREFIX = "strip_ghost_prefix"
    DROP_ILLEGIBLE_LINES = "drop_illegible_lines"
    DROP_NEAR_DUPLICATE_LINES = "drop_near_duplicate_lines"
    COLLAPSE_DOUBLED_PAGE_NUMBERS = "collapse_doubled_page_numbers"
    JOIN_HYPHENATED_WRAPS = "join_hyphenated_wraps"
    RECORD_PAGE_BREAKS = "record_page_breaks"  # a text dump's form feeds, each a row (pipeline.clean.page_break_rows)
    # segment
    SLIDE_NUMBER = "slide_number"
    PAGE_FURNITURE = "page_furniture"  # page numbers and running headers/footers of a text dump
    JOIN_WORD_ACROSS_PAGES = "join_word_across_pages"  # the hyphen of a word broken across a page break
    JOIN_TITLE_WORD = "join_title_word"  # the hyphen of a word broken over a title's lines (segment.stage._wrapped_title)
    CLOSE_UP_LETTERSPACED_TITLE = "close_up_letterspaced_title"  # a title's ideographic letterspacing (segment.titleblock)
    TRIM_TITLE_PART = "trim_title_part"  # ideographic spaces at the ends of a part split off a title's line (segment.titleblock)
    TRIM_HEADING = "trim_heading"  # ideographic spaces at a heading's end, set between it and its run-in text (segment.stage)
    SET_ASIDE_END_MARK = "set_aside_end_mark"  # a closing ``以上``, ``###`` or ``-30-`` after the body (segment.stage)
    READ_CITY_LINE_EN = "read_city_line_en"  # a title block's English line naming the city alone: ``city.en`` (segment.stage)
    READ_CITY_LINE_JA = "read_city_line_ja"  # a lost mark alone before a Japanese city line's city (``\ufffd松江市``): the line's mark (segment.stage)
    CITY_USUAL_CASE = "city_usual_case"  # a city printed in capitals, title-cased (segment.places.in_usual_case)
    MERGE_BUILD_UP = "merge_build_up"
    MERGE_COVER_COPY = "merge_cover_copy"  # a cover printed again on the page its slide number heads: one slide (segment.slides)
    SET_ASIDE_EMPTY_HEADING = "set_aside_empty_heading"  # a Markdown heading with no text, ``#`` alone (segment.sections)
    SET_ASIDE_SEPARATOR = "set_aside_separator"  # a rule line at a talk's end, between two talks (segment.separators); a cut line over a reply slip (segment.slips)
    DROP_DOUBLED_ROW = "drop_doubled_row"  # a table's row printed again across a page break: one copy (segment.tables)
    SET_ASIDE_FIGURE_TEXT = "set_aside_figure_text"  # a figure's labels and ticks over its caption (segment.figures)  # a frame built up over several pages kept as one slide, its last page


@functools.cache
def _members(enum: type[StrEnum]) -> dict[str, StrEnum]:
    return {m.value: m for m in enum}


def member(enum: type[StrEnum], value: str, *, what: str) -> StrEnum:
    """``value`` as a member of ``enum``; a ``ValueError`` naming the vocabulary when it is not one.

    >>> member(Status, "restored", what="status") is Status.RESTORED
    True
    >>> member(Status, "fixed", what="status")
    Traceback (most recent call last):
    ...
    ValueError: unknown status 'fixed': one of ambiguous, restored, unresolved (add new words to pipeline.vocab.Status)
    """
    found = _members(enum).get(value)  # records are made by the million in restore: spare enum's lookup machinery
    if found is not None:
        return found
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(sorted(m.value for m in enum))
        raise ValueError(f"unknown {what} {value!r}: one of {known} (add new words to pipeline.vocab.{enum.__name__})") from None
