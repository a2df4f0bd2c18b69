"""Footnotes of a text dump: the notes at a page's foot or after the body, read apart from it.

A PDF's notes are extract's (:mod:`pipeline.extract.footnotes`: under a short rule, set smaller); a text dump shows
neither rule nor size, only the notes' marks and where they stand. A run of lines is a dump's notes when

* each note opens on a note's mark: a superscript number (``¹ See …``, ``²³``), a footnote symbol (``*``, ``∗``,
  ``†``, ``‡``, ``§``) or a bracketed number (``[1] …``), in English text a plain number where the dump lost the
  superscript and the body calls it glued to a word's punctuation (``overlap.1`` … ``1 Overlap values …``; a numbered
  heading over its text, ``2 Methods``, is none, whatever calls its number), and in Japanese text the reference mark with its number
  (``※1``) or a symbol with one (``＊1``, ``*1``), a space or the note's text after it; a Japanese note that names
  itself (``注1)``, ``注：``, ``（注2）``) or a remark under the bare ``※`` needs no call (its label is the evidence);
* each mark is called in the body before its note, after a word or a sentence's mark and not at a line's start
  (``…in 1998.¹``, ``…two years[2]``, ``…than planned.*``), one call a note (a second ``*`` note needs a second
  call): the call is the evidence a bulleted ``* item`` or a reference list's ``[1]`` lacks (a list's items call
  nothing; a reference list's entries stand under its heading, ``References``: there a bracketed number opens an
  entry, never a note, and only a call in the body's text, before the heading, answers a note after the list,
  ``¹ Staffing accounted for …`` closing the document under its references);
* the run closes a page (the next line starts another page, or a page number or running head set aside stands
  between: ``furniture``), a section (the next line a numbered heading) or the body, and nothing but the notes' own wrapped lines (at most
  :data:`MAX_NOTE_LINES` each, none opening a heading or ending on a colon) stands between its first note and there;
* no table's row stands right over it in its text box (``年度⇥利用者`` / … / ``注：2024年の値は速報値。``): a table's
  notes stay with the table, as its last lines.

The notes go to ``Talk.footnotes`` (the field a PDF's notes fill; no new field), each joined as a paragraph is, so a
note at a page's foot never ends a paragraph that goes on over the page, nor becomes the last section's text.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from pipeline.chardata import has_japanese
from pipeline.model import Text
from pipeline.notemarks import CALL, PLAIN_CALL, PLAIN_NOTE
from pipeline.numbering import explicit_number, heading_shaped
from pipeline.segment.contacts import EMAIL_ADDRESS
from pipeline.segment.labels import is_references_heading, is_scene_break
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.measures import is_table_row
from pipeline.segment.organisations import MARK
from pipeline.segment.paragraphs import is_heading

MAX_NOTE_LINES = 4
"""Lines a note of a dump takes at most, its first included (a longer run is the body's text)."""

_NOTE_MARK = re.compile(rf"^(?:(?P<label>[（(]?注(?:[0-9０-９]{{1,2}}[)）]?[：:]?|[)）][：:]?|[：:]|(?=[\s　])))|{CALL})"
                        r"(?=[\s　]*\S)")
"""A note's mark at a line's start: a superscript number, a footnote symbol, a bracketed number, and in Japanese text
the reference mark with or without its number (``※``, ``※1``), a symbol with its number (``＊1``, ``*1``) or the
word for a note (``注``, ``注1)``, ``注：``, ``（注2）``)."""
LABELLED = "注"
"""A note that names itself so (``注1)`` …, ``注：``) needs no call in the body: its label is the evidence."""


def note_mark(text: str) -> str | None:
    """The mark a note of a dump opens with (``¹``, ``*``, ``†``, ``[1]``), else ``None``.

    >>> note_mark("¹ See the port archive."), note_mark("[2] Council minutes."), note_mark("* Estimated."), note_mark("1. Scope")
    ('¹', '[2]', '*', None)
    >>> note_mark("* * *"), note_mark("*")
    (None, None)
    >>> note_mark("※1 東都大学の調査による。"), note_mark("＊１ 概数。"), note_mark("注1）2024年の値。"), note_mark("注：概数である。")
    ('※1', '*1', '注1', '注')
    >>> note_mark("注意してください。"), note_mark("※")
    (None, None)
    """
    s = text.strip()
    m = _NOTE_MARK.match(s)
    if m is None or is_scene_break(s):
        return None
    if m.group("label") is not None and not (s[m.end():].strip()[:1] and has_japanese(s)):
        return None  # ``注`` opens a Japanese note only
    return _folded(m.group(0))


_FULL_WIDTH = str.maketrans("０１２３４５６７８９＊∗（）：", "0123456789**():")


def _folded(mark: str) -> str:
    """A mark as the body calls it: full-width forms folded (``＊１`` is ``*1``), a label's brackets and colon dropped
    (``（注1）``, ``注1)``, ``注1：`` are ``注1``)."""
    mark = mark.translate(_FULL_WIDTH)
    return mark.strip("():") if LABELLED in mark else mark


_CALL = re.compile(rf"(?<=[\w.,;:!?)\]”\"'。、」』）])({CALL})(?![0-9０-９])")


_AUTHOR_NOTE = re.compile(rf"^[\s　]*(?:{MARK})+[\s　]*(?:corresponding\s+author\b|(?:to\s+whom\s+)?correspondence\b|"
                          r"(?:contact|e-?mail|mail)\s*[:：]|(?:these|both|the\s+two)\s+authors\s+contributed|equal(?:ly)?\s+contribut|"
                          rf"contributed\s+equally|責任著者|連絡著者|連絡先|{EMAIL_ADDRESS}[\s　]*$)", re.IGNORECASE)


def author_note(text: str) -> bool:
    """A title block's line that is a note on its authors, though it opens on a mark an author carries as an
    affiliation line does: the corresponding author's address (``* Corresponding author: …``, ``†Correspondence to
    …``, ``* E-mail: …``, a bare e-mail address), a note of equal contribution (``† These authors contributed
    equally``), in Japanese ``*責任著者``, ``*連絡先``. Its words name no organisation: a note, not an affiliation
    (trial 25: ``* Corresponding author: …`` was glued to the first author's affiliation).

    >>> author_note("* Corresponding author: maria.lindqvist@uib.example"), author_note("† These authors contributed equally.")
    (True, True)
    >>> author_note("¹ Department of Education, University of Bergen"), author_note("Corresponding author: a@b.org")
    (False, False)
    >>> author_note("*連絡先：yamada@example.jp"), author_note("² kenji.mori@kobe-u.example"), author_note("* Contact Lab, Kobe")  # a laboratory's name
    (True, True, False)
    """
    return bool(_AUTHOR_NOTE.match(text))


def note_calls(lines: Sequence[Text]) -> dict[str, list[int]]:
    """Each note's mark called in ``lines`` (after a letter, a digit or a sentence's mark, not at a line's start)
    → the index of each line calling it, once a call.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> note_calls(mk("* item", "dredged in 1998.¹ The work*", "two years[2] and more.*"))
    {'¹': [1], '*': [1, 2], '[2]': [2]}
    """
    calls: dict[str, list[int]] = {}
    for k, t in enumerate(lines):
        for m in _CALL.finditer(t.text.strip(), 1):
            calls.setdefault(_folded(m.group(1)), []).append(k)
        if not has_japanese(t.text):
            for m in PLAIN_CALL.finditer(t.text):  # ``overlap.1``: a superscript the dump lost, keyed apart
                calls.setdefault(_PLAIN + m.group(1), []).append(k)
            for m in _LETTER_CALL.finditer(t.text):  # ``…flowing.ᵃ``: a raised letter (extract.superscripts)
                calls.setdefault(m.group(1), []).append(k)
    return calls


_SUPERSCRIPT_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
"""The small Latin letters raised as superscripts (modifier letters, as extract writes a raised letter)."""
_LETTER_CALL = re.compile(rf"(?<=[a-z][.,;:)])([{_SUPERSCRIPT_LETTERS}])(?=\s|$)")
"""A note's call in a raised small letter after a word's punctuation (``…flowing.ᵃ Meanwhile``: AIAA's and
many journals' lettered notes): the note opening on that letter (``ᵃAnd sometimes …``) is a note of its own."""


_PLAIN = "plain:"
"""The key a call and a note in plain digits (:data:`~pipeline.notemarks.PLAIN_CALL`) meet under: apart from a
bracketed or a superscript number's."""


def _plain_note_mark(text: str) -> str | None:
    """The key of a note opening on a plain number in an English line (``1 Overlap values …``), else ``None``."""
    m = PLAIN_NOTE.match(text.strip())
    return _PLAIN + m.group(1) if m is not None and not has_japanese(text) else None


def opens_note(text: str, calls: dict[str, list[int]]) -> bool:
    """Whether ``text``, a line of the notes (a PDF's, marked by extract, or a dump's), opens a note of its own: on a
    note's mark (:func:`note_mark`), or in English text on a plain number the body calls in plain digits
    (``calls``: :func:`note_calls` of the body; ``…cooler.1`` calls ``1 White roofs lose …``).

    Why (fresh-user trial 67b): a PDF's two notes printed one under the other, ``1 White roofs …`` / ``2 Rain days
    …``, their marks plain digits, had become one footnote; a note's wrapped line opening on a number nobody calls
    (``2 mm of rain …``) goes on joining its note.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> calls = note_calls(mk("roofs were cooler.1 The effect", "from the analysis.2 Further work"))
    >>> opens_note("2 Rain days were defined", calls), opens_note("3 Days were dry", calls), opens_note("¹ See", {})
    (True, False, True)
    """
    if note_mark(text) is not None:
        return True
    s = text.strip()
    if s[:1] and s[0] in _SUPERSCRIPT_LETTERS and s[0] in calls and (s[1:2] == " " or s[1:2].isupper()):
        # a lettered note the body calls (``…flowing.ᵃ`` / ``ᵃAnd sometimes …``): its own, never the note over it
        # (trial 76c's aiaa template had it merged into ``†Job Title …`` of the page before)
        return True
    plain = _plain_note_mark(text)
    return plain is not None and plain in calls


def dump_notes(body: Sequence[Text], layout: Layout, furniture: Sequence[int] = (),
               called: Sequence[str] = ()) -> frozenset[int]:
    """Indexes into ``body`` (a text dump's paper body, page numbers out) of its notes (module docstring);
    ``furniture``: raw line numbers, sorted, of the page numbers and running heads set aside; ``called``: the marks
    the title block's authors carry that point to no affiliation line there, each a call made before the body (a
    Japanese paper's ``山田 太郎∗　佐藤 花子†`` over notes ``∗（株）アスキー …`` / ``†東京大学 …`` at the first page's
    foot: helper paper72, the notes had stayed the first section's paragraphs). A PDF's lines are never a dump's notes
    (extract marks those).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> body = mk("1. Harbour", "It was dredged in 1998.¹ The work took two", "years and cost more than planned.*",
    ...           "¹ See the port archive for the", "contract.", "* Estimated.")
    >>> sorted(dump_notes(body, Layout.plain()))
    [3, 4, 5]
    >>> sorted(dump_notes(mk("Things to bring:", "* a hat", "* water"), Layout.plain()))  # nothing calls them
    []
    >>> sorted(dump_notes(mk("Flights varied with overlap.1 All were flown", "in June.", "1 Overlap values are set",
    ...                      "in the app."), Layout.plain()))  # a superscript the dump lost: plain digits
    [2, 3]
    >>> sorted(dump_notes(mk("It grew.", "年度\\t利用者", "2024\\t15,210", "注：速報値。"), Layout.plain()))  # a table's note
    []
    >>> sorted(dump_notes(mk("はじめに", "本稿では方式を比べる。", "∗（株）アスキー", "†東京大学"), Layout.plain(), called=["∗", "†"]))
    [2, 3]
    """
    if not body or layout.boxed(body[0]):
        return frozenset()

    def closes_page(k: int) -> bool:  # body[k] is the last line of its page, of its section or of the body
        if k + 1 >= len(body):
            return True
        nxt = body[k + 1].text
        if explicit_number(nxt.strip()) is not None and note_mark(nxt) is None and heading_shaped(nxt):
            return True  # the next section's numbered heading: notes close a section too
        a, b = last_line(body[k]), first_line(body[k + 1])
        if layout.page_break_before(body[k], body[k + 1]):
            return True
        i = bisect.bisect_right(furniture, a) if a is not None else len(furniture)
        return a is not None and b is not None and i < len(furniture) and furniture[i] < b

    def page_foot(k: int) -> bool:  # body[k] closes its page: a page break or the page's furniture follows it
        if k + 1 >= len(body):
            return False
        a, b = last_line(body[k]), first_line(body[k + 1])
        if layout.page_break_before(body[k], body[k + 1]):
            return True
        i = bisect.bisect_right(furniture, a) if a is not None else len(furniture)
        return a is not None and b is not None and i < len(furniture) and furniture[i] < b

    references = next((k for k, t in enumerate(body) if is_references_heading(t.text)), len(body))
    calls = note_calls(body)
    for mark in called:  # an author's mark calls its note from the title block, before every line of the body
        calls.setdefault(_folded(mark), []).insert(0, -1)
    # a table's notes (``注：…``, ``* Estimated``) right under its rows, in its text box: the table's, never footnotes
    under_table: set[int] = set()
    for k in range(1, len(body)):
        if (is_table_row(body[k - 1].text) or k - 1 in under_table) and note_mark(body[k].text) is not None \
                and layout.same_box(body[k - 1], body[k]):
            under_table.add(k)
    used: dict[str, int] = {}  # calls each mark's notes have answered so far (one note a call)

    def carried_on(j: int) -> bool:  # body[j]'s text goes on in the next line (``…are set`` / ``in the app.``)
        return j + 1 < len(body) and body[j + 1].text.strip()[:1].islower()

    def note_at(j: int, k: int, taken: dict[str, int]) -> str | None:
        # body[j] opens a note whose mark the body calls before body[k], a call no note has answered yet
        mark = note_mark(body[j].text) or _plain_note_mark(body[j].text)
        if mark is None or j in under_table:
            return None
        if j > references and mark.startswith("["):
            return None  # under the references' heading a bracketed number opens an entry, never a note
        if mark.startswith(_PLAIN) and heading_shaped(body[j].text) and not carried_on(j):
            # ``2 Methods`` over its text: a numbered heading, though a citation glued to a word's punctuation
            # (``…in the region,2``, a superscript the dump lost) calls its number
            return None
        if LABELLED in mark or (mark == "※" and has_japanese(body[j].text)):
            return mark  # a note by its label, or a Japanese remark under the reference mark: no call needed
        # the call stands before the note, in the body's text (a reference entry calls no note)
        before = bisect.bisect_left(calls.get(mark, []), min(k, references))
        return mark if before > used.get(mark, 0) + taken.get(mark, 0) else None

    out: set[int] = set()
    k = 0
    while k < len(body):
        if note_at(k, k, {}) is None:
            k += 1
            continue
        # a run of notes from here to the page's (or the body's) end; notes before the references close at their
        # heading, and notes after the reference list close the page or the body
        end = references if k < references else len(body)
        run, lines_taken, j, marks = [], 0, k, {}
        while j < end:
            text = body[j].text
            if (mark := note_at(j, k, marks)) is not None:
                lines_taken = 1
                marks[mark] = marks.get(mark, 0) + 1
            elif (lines_taken < MAX_NOTE_LINES and not is_heading(text) and not text.rstrip().endswith((":", "："))
                  # a Japanese note's next line carries it on only where it ended no sentence
                  and not (has_japanese(body[j - 1].text) and body[j - 1].text.rstrip()[-1:] in "。．！？")):
                lines_taken += 1
            else:
                break
            run.append(j)
            if closes_page(j):
                break
            j += 1
        if run and (closes_page(run[-1]) or j == end) and not _remark_in_place(body, layout, run, marks, page_foot):
            out.update(run)
            for mark, n in marks.items():
                used[mark] = used.get(mark, 0) + n
        k = max(k, j) + 1  # a later start inside the run breaks where this one broke
    return frozenset(out)


def _remark_in_place(body: Sequence[Text], layout: Layout, run: list[int], marks: dict[str, int], page_foot) -> bool:
    """A run of remarks under the bare reference mark (``※ 代理人による届出の場合は…``), none numbered nor called,
    that closes a section or the body right under the text it qualifies: the section's own text where it stands, never
    a footnote (decision, issue 16, helper notes55; trial 55b: a press release's ``※雨天の場合は翌日に順延`` under
    its date and a manual's ``※`` under its list of documents had gone to the footnotes, out of their sections). Such
    a remark is a note at the foot only where it is set apart as one: it closes a page (a page break or the page's
    furniture after it), or a blank line or a rule (a line of marks, or a line taken out) stands between it and the
    text above. Numbered or called notes (``※1`` … called ``※1`` in the text, ``注1)``) are notes wherever they close
    a section (``tests/test_segment_ja_notes.py``)."""
    if set(marks) != {"※"} or page_foot(run[-1]) or run[0] == 0:
        return False
    prev, first = body[run[0] - 1], body[run[0]]
    a, b = last_line(prev), first_line(first)
    apart = not layout.same_box(prev, first) or is_scene_break(prev.text) or (a is not None and b is not None and b > a + 1)
    return not apart
