"""Tables: a run of rows whose cells a TAB parts (issue 16 point 2, trial 28).

A text dump's or a PDF's table row (extract parts the pieces of a PDF line set on one baseline by a TAB) is already a
line of its own, never a wrap of the text around it (:mod:`pipeline.segment.paragraphs`), so each row is one
paragraph. Here a run of two rows or more with the same number of cells (two or more) is marked as one table:
``Section.tables`` and ``Talk.front_tables`` hold ``(first paragraph, rows)``; the paragraphs stay as they are (the
restore stage reads them as before), and the structure stage writes the run as one paragraph of ``kind: "table"``
with its ``rows`` of cells (docs/talk-json.md).

Not a table: a form's fields (every row's first cell a label ending in a colon, ``Name:⇥…``), a list whose items
a TAB sets after their mark (``1.⇥Buy rope``, two cells each), rows that hold running text (a cell over
:data:`MAX_CELL` characters: a reference's or a definition's text; a sentence's end), a listing beside its line
numbers or other program text, a formula set in pieces, entries with a leader or their pages, and a row alone
(:func:`_is_table`): a PDF manual sets its listings, margin notes and displays with TABs between the pieces.

A table needs evidence of columns, the way a reader sees one: its rows are parallel, each column holds one kind of
item (numbers, or labels of one shape: pdfplumber's text strategy asks for words aligned over several rows, docling's
and unstructured's models for a grid of cells). Extract writes a TAB between two pieces of one baseline far apart,
so two text blocks side by side whose lines share baselines (a page's two columns, a margin note beside its text, a
journal's header beside its name) come as TAB rows too, as a text dump's columns do. They are no table
(:func:`_columns_of_text`):

* a column whose text runs on from one row into the next (a bracket opened and closed in the next row, a word
  hyphenated over the break, a line of text of :data:`TEXT_LINE` characters or more going on in lower case, a
  Japanese sentence going on with its particle): the rows are lines of two text columns;
* a column that holds a postal address line by line (:func:`_address_block`: a street with its number, then a
  postcode with its town or a country): a letter's address blocks side by side, the sender's beside the
  addressee's (uantwerpenletter's letterhead was a table of 5 rows);
* in a run of three rows or more, no column of one kind (:func:`_cell_kind`: a number, or text of one script and
  one length in words) in two thirds of its rows under the first (a header): the columns are blocks of lines (a
  journal's header beside its name, a formula set in pieces), not items of one kind.

A dot leader (``ltxgrid⇥. . . 9, 15``, ``Method⇥.⇥.⇥.⇥42``) makes a row an index's or a contents' line, never a
table's (:func:`_leader_row`).
"""

from __future__ import annotations

from dataclasses import replace

import re
from typing import Sequence

from pipeline import lazyre
from pipeline.model import Section, Text
from pipeline.names import STREET_WORDS  # the one table of place words: pipeline.names.PLACE_WORDS_EN
from pipeline.notemarks import SUPERSCRIPT_DIGITS

_CELL_BREAK = lazyre.compile(r"[ \u3000]*\t+[ \u3000]*")
"""What parts two cells: one TAB or more (a dump aligns its columns with several), with the spaces around them."""
_LIST_MARK = lazyre.compile(r"^(?:[0-9０-９]{1,3}[.)．）]|[（(\[［][0-9０-９]{1,3}[)）\]］]|[a-zA-Z][.)]|[•・●○■□◆◇▪‣*\-–—]"
                        rf"|[{SUPERSCRIPT_DIGITS}]{{1,3}})$")
"""A list item's mark alone in the first cell (``1.``, ``(2)``, ``•``): the TAB after it sets the item's text."""
MAX_CELL = 80
"""Characters a table's cell holds at most; a longer one is running text (a reference, a definition)."""
MIN_ROWS = 2


def row_cells(text: str) -> tuple[str, ...] | None:
    """The cells of a table's row (two or more, parted by TABs), else ``None``.

    >>> row_cells("Subscriptions\\t£2,840\\t£3,340"), row_cells("Item\\t\\t2024"), row_cells("No tab here")
    (('Subscriptions', '£2,840', '£3,340'), ('Item', '2024'), None)
    """
    s = text.strip()
    if "\t" not in s:
        return None
    cells = tuple(_CELL_BREAK.split(s))
    return cells if len(cells) >= 2 else None


_PROGRAM = lazyre.compile(r"\\[A-Za-z@]|^[{}%#⟨&]|[{}]$|(?<![0-9])%$|\\\\")
"""Program text in a cell: a TeX control word, a brace, a comment's sign, a docstrip guard, an alignment's ``&``
(a listing set beside its line numbers, ``17⇥\\newdimen\\Cht``; a LaTeX tabular's source)."""
_LINE_NUMBER = lazyre.compile(r"^[0-9]{1,5}\s+")
_MATH = lazyre.compile(r"=|^[+−×÷√∑∫<>≤≥]+$|\s[+−×÷]\s|^[+−×÷]\s")
"""A formula's piece in a cell: a relation, an operator alone or between terms (a display a PDF set in pieces)."""
_RUNNING = lazyre.compile(r"[。．]|[、，,]$|[a-z]{2,}\.$")
"""Running text in a cell: a Japanese sentence's end, a clause going on, an English sentence's end."""
_NUMBERED_ENTRY = lazyre.compile(r"^[0-9]+(?:\.[0-9]+)*\s+\S")


def _odd_row(cells: tuple[str, ...]) -> bool:
    """A row of program text, of a formula's pieces or a figure's labels, of running text or of a leader's dots: no
    table's."""
    from pipeline.segment.contents import has_leader

    if all(sum(ch.isalnum() for ch in c) <= 2 and not any(ch.isdigit() or "\u3000" <= ch < "\ufff0" for ch in c) for c in cells):
        return True  # a figure's labels or a formula's pieces (``R⇥O⇥Q``, ``� a⇥� a``): a Latin letter or two a cell
    return any(_PROGRAM.search(_LINE_NUMBER.sub("", c)) or _MATH.search(c) or _RUNNING.search(c) or has_leader(c)
               for c in cells)


_LEADER_CELL = lazyre.compile(r"^(?:[.．・…‥·]\s?){2,}\s*(?:(?:[0-9]{1,4}|[ivxlc]{1,6})(?:\s*[,–-]\s*[0-9]{1,4})*)?$|^[.．・…‥·]$",
                          re.IGNORECASE)
"""A leader's dots, with the pages after them or not (``. . . 9, 15, 18``, ``. .``), or one dot of a leader set in
pieces (``.⇥.⇥.⇥42``)."""
_OPENERS, _CLOSERS = "(（[［【「『〔", ")）]］】」』〕"
TEXT_LINE = 40
"""Characters of a cell that is a line of running text (a column's measure), when it goes on in the next row."""
_JA_GOES_ON = lazyre.compile(r"^[をがはにでへとも][\u3040-\u30ff\u4e00-\u9fff]")
"""A Japanese cell opening on a particle's kana (``を使おうとして``): the cheap test before :func:`_opens_on_particle`."""


def _opens_on_particle(cell: str) -> bool:
    """A Japanese cell whose first word is a particle (Sudachi's 助詞: ``を調べる…``, ``が大きく…``): a sentence going on
    from the row above. The kana alone is no evidence: a word opens on it as well (``もちつき大会``, ``はがき``,
    ``でんき代``, ``とうふ``: trial 53's newsletter table had been read as text columns), and a cell parted from its
    neighbour by a TAB is an item of its own unless its words say otherwise.

    >>> _opens_on_particle("を調べる時間"), _opens_on_particle("が大きく変わる"), _opens_on_particle("もちつき大会")
    (True, True, False)
    >>> _opens_on_particle("はがき"), _opens_on_particle("でんき代"), _opens_on_particle("とうふ"), _opens_on_particle("にわとり小屋")
    (False, False, False, False)
    """
    from pipeline.sudachi import tokenizer

    if not _JA_GOES_ON.match(cell):
        return False
    first = next(iter(tokenizer("C").tokenize(cell[:12])), None)
    return first is not None and first.part_of_speech()[0] == "助詞"
_CJK = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_NUMBER_CELL = lazyre.compile(r"^[-+−–±~～<>≤≥≈$£€¥#]?\s*[0-9０-９][0-9０-９.,，．:/\s%％‰'’-]*"
                          r"(?:[a-zA-Zµ%％‰円万億個人件年月日回倍]{0,3}\.?)?$")


def _leader_row(cells: tuple[str, ...]) -> bool:
    """A row with a dot leader: an index's or a contents' line (``ltxgrid⇥. . . 9, 15``, ``Method⇥.⇥.⇥.⇥42``)."""
    return any(_LEADER_CELL.match(c) for c in cells)


def _bracket_depth(text: str) -> int:
    return sum(ch in _OPENERS for ch in text) - sum(ch in _CLOSERS for ch in text)


def _goes_on(a: str, b: str, lower_case: bool = True) -> bool:
    """Cell ``a``'s text runs on into cell ``b`` of the next row, the same column: a bracket opened in ``a`` is
    closed in ``b``, a word is hyphenated over the break, a line of running text goes on in lower case, or a
    Japanese sentence goes on with its particle.

    >>> _goes_on("（高级管理人员", "工商管理硕士）、（公共管理硕士）"), _goes_on("Tide (m)", "0.8")
    (True, False)
    >>> _goes_on("The option manuscript is intended to ease the talk between", "the editor and the author.")
    True
    >>> _goes_on("the height of the glyph", "the depth of the glyph"), _goes_on("出版社の明示された本", "印刷されたもの")
    (False, False)
    >>> _goes_on("従来の手法と", "を調べる時間"), _goes_on("行事", "もちつき大会")  # a particle by its word, not its kana
    (True, False)
    """
    if not a or not b:
        return False
    if _bracket_depth(a) > 0 and _bracket_depth(b) < 0:
        return True
    if re.search(r"[a-zà-ÿ]-$", a) and b[0].islower():
        return True  # a word hyphenated over the line's end
    if lower_case and len(a) >= TEXT_LINE and not re.search(r"[.!?:;。．！？：」』)）]$", a) and b[0].islower() \
            and b[0].isascii():
        return True  # a line of running text, going on in lower case
    return bool(_CJK.search(a[-1]) and a[-1] not in "。．！？" and _opens_on_particle(b))


def _cell_kind(cell: str) -> tuple:
    """What kind of item a cell is: a number (a measure, an amount, a range), else its script and its length in
    words (one, two, three or more; a Japanese cell is one word a space-parted piece).

    >>> _cell_kind("£3,100") == _cell_kind("12.5") == _cell_kind("30%") == _cell_kind("10pt"), _cell_kind("Kettles") == _cell_kind("Lamps")
    (True, True)
    >>> _cell_kind("ISSN: 1083-589X") == _cell_kind("https://doi.org/10.1214"), _cell_kind("市民会館") == _cell_kind("中央館")
    (False, True)
    """
    s = cell.strip()
    if _NUMBER_CELL.match(s):
        return ("number",)
    return ("cjk" if _CJK.search(s) else "latin", min(len(s.split()), 3))


def _one_kind(column: Sequence[str]) -> bool:
    """A column of items of one kind (:func:`_cell_kind`): two thirds of its cells under the first (a header's) are of
    one kind."""
    kinds = [_cell_kind(c) for c in column[1:]]
    return 3 * max(kinds.count(k) for k in set(kinds)) >= 2 * len(kinds)


def _columns_of_text(rows: Sequence[tuple[str, ...]]) -> bool:
    """Rows that are lines of text blocks set side by side, no table's (module docstring): a column whose text runs
    on into the next row (:func:`_goes_on`) at a third of its rows' breaks or more, or, in three rows or more, no
    column of items of one kind (:func:`_one_kind`).

    >>> _columns_of_text([("Electron. Commun. Probab. 0 (2020), article no. 0, 1–5.", "ELECTRONIC"),
    ...                   ("https://doi.org/10.1214/YY-TN", "COMMUNICATIONS"), ("ISSN: 1083-589X", "in PROBABILITY")])
    True
    >>> _columns_of_text([("Item", "Spring"), ("Kettles", "14"), ("Lamps", "11")])
    False
    >>> _columns_of_text([("option", "The option manuscript is intended to ease the talk between"),
    ...                   ("manuscript", "the editor and the author. It enables two things:")])
    True
    >>> _columns_of_text([("Option", "Meaning"), ("-v", "print more information about what is being done at each step"),
    ...                   ("-q", "suppress all normal output and print only the errors found in the input"),
    ...                   ("-h", "show this help text and exit")])
    False
    """
    # (a row whose last cell was left empty holds fewer: each column is read down the rows that reach it)
    columns = [tuple(row[k] for row in rows if k < len(row)) for k in range(max(len(row) for row in rows))]
    if any(_address_block(column) for column in columns):
        return True  # a letter's address blocks side by side (the sender's beside the addressee's)
    for k, column in enumerate(columns):
        # beside a column of keys, descriptions that go on in lower case from row to row are a table's (an options
        # table); a bracket or a word carried over is running text all the same
        keyed = any(_key_column(other) for j, other in enumerate(columns) if j != k)
        breaks = sum(_goes_on(a, b, lower_case=not keyed) for a, b in zip(column, column[1:]))
        if breaks and 3 * breaks >= len(column) - 1:
            return True
    return len(rows) >= 3 and not any(_one_kind(column) for column in columns)


_STREET_LINE = lazyre.compile(r"^(?:[0-9]{1,5}[a-z]?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
                          r"|[A-ZÄÖÜ][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3}\s+[0-9]{1,4}[a-z]?)$")
"""A street and its house number, before or after it (``450 Morning Mall``, ``Groenenborgerlaan 171``, ``Via del Porto 12``)."""
_POSTCODE_LINE = lazyre.compile(r"^(?:[A-Z]{1,2}-)?[0-9]{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÄÖÜ][\w'’\-]+(?:\s+[\w'’\-]+){0,2}$"
                            r"|^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},?\s+[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?$"
                            r"|^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},\s+[0-9]{4,5}$"
                            r"|^(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},?\s+)?[A-Z]{1,2}[0-9][A-Z0-9]?\s[0-9][A-Z]{2}$")
"""A postcode and its town (``B-2020 Antwerpen``, ``24103 Kiel``, ``1012 AB Amsterdam``), a town, its state and ZIP code
(``Mumford, DX 94305-2004``), or a British postcode after its town or alone (``Aberdeen AB11 5DN``, ``NF2 8QT``)."""


_PO_BOX = lazyre.compile(r"^(?:P\.?\s?O\.?\s?Box|Post Office Box|Private Bag|私書箱)\s*[0-9０-９]{1,6}$", re.IGNORECASE)
"""A post office box in place of a street (``PO Box 12``, ``P.O. Box 4021``, ``Private Bag 1907``)."""
_TOWN_THEN_POSTCODE = lazyre.compile(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}(?:\s+[A-Z]{2,3})?\s+[0-9]{4}$")
"""A town, its state's abbreviation if any, then a four-digit postcode (New Zealand's ``Dunedin 9016``, Australia's
``Lismore NSW 2480``): a postcode line only under a street named by its words or a post office box (:func:`street_named`),
as four digits after capitalised words are as often a year (``Spring 2025``)."""


def street_named(line: str) -> bool:
    """A street line by its words: a house number, then words ending on a street's word (:data:`STREET_WORDS`:
    ``14 Quay Street``, ``221 Station Road``), or a post office box (``PO Box 12``).

    >>> street_named("14 Quay Street"), street_named("PO Box 12"), street_named("3 Results"), street_named("2 Market Square")
    (True, True, False, True)
    """
    s = line.strip()
    if _PO_BOX.match(s):
        return True
    words = s.split()
    return len(words) >= 2 and re.fullmatch(r"[0-9]{1,5}[A-Za-z]?", words[0]) is not None \
        and words[-1].rstrip(".,").casefold() in STREET_WORDS and all(w[:1].isupper() for w in words[1:])


def _postal_kind(cell: str) -> str | None:
    """Which line of a postal address a cell is: ``street``, ``postcode`` or ``country``; ``None`` otherwise."""
    from pipeline.segment.organisations import is_country

    s = cell.strip()
    if _STREET_LINE.match(s):
        return "street"
    if _POSTCODE_LINE.match(s):
        return "postcode"
    return "country" if s and is_country(s) else None


def _address_block(column: Sequence[str]) -> bool:
    """A column that holds a postal address, line by line: a street with its number, and under it a postcode with its
    town or a country (``Groenenborgerlaan 171`` / ``B-2020 Antwerpen`` / ``BELGIUM``). A table's column holds items
    of one kind (countries, streets); an address block gives one of each, in an address's order.

    >>> _address_block(["Campus Groenenborger", "Groenenborgerlaan 171", "B-2020 Antwerpen", "BELGIUM"])
    True
    >>> _address_block(["prof. B. Bonette", "Mumford University", "450 Morning Mall", "Mumford, DX 94305-2004"])
    True
    >>> _address_block(["Country", "Belgium", "Japan", "USA"]), _address_block(["Office", "Kaistraße 12", "Am Hafen 3"])
    (False, False)
    >>> _address_block(["Japan", "Week 1", "Week 2"])  # a country over streets' shapes: no address's order
    False
    """
    kinds = [_postal_kind(c) for c in column]
    street = kinds.index("street") if "street" in kinds else None
    return street is not None and any(k in ("postcode", "country") for k in kinds[street + 1:])


MAX_ADDRESS_GAP = 3
"""Lines a postal address's street may stand over its postcode or country (a town, a region between)."""


def address_lines(lines: Sequence[str]) -> set[int]:
    """The lines of postal addresses set one part a line, wherever they stand: a street with its house number (before or
    after it: ``14 Mill Lane``, ``Kaistraße 12``) and, within :data:`MAX_ADDRESS_GAP` lines under it, a postcode with
    its town or a country (``5003 Bergen`` / ``Norway``, ``Aberdeen AB11 5DN``); the lines from the street to the
    last of these. An address names a street by its number as a heading may be numbered (``14 Mill Lane`` read as
    section 14): only the postcode or country under it tells them apart, and a heading never has one.

    >>> sorted(address_lines(["Ingrid Halvorsen", "14 Mill Lane", "5003 Bergen", "Norway", "ingrid@example.org"]))
    [1, 2, 3]
    >>> sorted(address_lines(["221 Station Road", "Northfield", "NF2 8QT"]))
    [0, 1, 2]
    >>> sorted(address_lines(["1 Introduction", "Text of the paper.", "2 Methods", "3 Results"]))
    []

    The lines between are an address's parts (a town, a region: :data:`MAX_ADDRESS_PART_WORDS` words at most, no
    sentence's end), and a country stands under a town or a postcode, never right under the street (every address
    names its town; a country right under a postcode and its town read as a street, ``62228 Calais Cedex`` /
    ``France``, is one): a numbered heading over a paragraph and a list of countries, or over a country's name as its
    subheading, is no address.

    >>> sorted(address_lines(["1 Introduction", "We compared the ports of three countries.", "Norway", "Denmark"]))
    []
    >>> sorted(address_lines(["3 Case Studies", "Norway", "The ports of the west coast grew."]))
    []
    >>> sorted(address_lines(["CS 80699", "62228 Calais Cedex", "France"]))
    [1, 2]

    A part holds a letter: a year alone under a numbered heading, over a country's name as its subheading, is no
    town (review of 2 December: ``4 Results`` / ``2023`` / ``Denmark`` had become an address).

    >>> sorted(address_lines(["4 Results", "2023", "Denmark", "The ports grew."]))
    []

    A town before a four-digit postcode (New Zealand's, Australia's) ends an address under a street named by its
    words or a post office box (fresh-user trial 65: ``14 Quay Street`` / ``Dunedin 9016`` had made section 14 of a
    letter); under a numbered heading a year is no postcode.

    >>> sorted(address_lines(["Harbourview Garden", "14 Quay Street", "Dunedin 9016"])), sorted(address_lines(["PO Box 12", "Lismore NSW 2480"]))
    ([1, 2], [0, 1])
    >>> sorted(address_lines(["2 Results", "Spring 2025", "The ports grew."]))
    []

    The street is the line nearest the postcode: a numbered heading over an address's lines is none (``1 Contact`` /
    ``Harbour Office`` / ``14 Church Lane`` / ``Whitby YO21 3PU``; ``Church Lane`` named by its street's word alone).

    >>> sorted(address_lines(["1 Contact", "Harbour Office", "14 Church Lane", "Whitby YO21 3PU"]))
    [2, 3]
    >>> sorted(address_lines(["2 Location", "Harbour Office", "Church Lane", "Whitby YO21 3PU"]))
    []
    """
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _STREET_LINE.match(line.strip()) and not _PO_BOX.match(line.strip()):
            continue
        ends = []
        town = _POSTCODE_LINE.match(line.strip()) is not None  # ``62228 Calais Cedex``: a postcode read as a street
        named = street_named(line)
        for j in range(i + 1, min(len(lines), i + 1 + MAX_ADDRESS_GAP)):
            s = lines[j].strip()
            if _POSTCODE_LINE.match(s) or ((j > i + 1 or town) and _postal_kind(s) == "country") \
                    or (named and _TOWN_THEN_POSTCODE.match(s)):
                ends.append(j)
            elif not ends and (street_named(s) or (_STREET_LINE.match(s) and s[:1].isdigit()) or (
                    not named and len(s.split()) >= 2 and s.split()[-1].rstrip(".,").casefold() in STREET_WORDS)):
                # another street nearer the postcode (``1 Contact`` / ``Harbour Office`` / ``14 Church Lane`` /
                # ``Whitby YO21 3PU``): the address's street is that one, and the numbered line over it a heading
                # (helper wrap84: ``1 Contact`` and its address had gone to front, section 1 unread)
                break
            elif not 0 < len(s.split()) <= MAX_ADDRESS_PART_WORDS or s[-1:] in ".!?:;。" or not re.search(r"[^\W\d_]", s):
                break  # running text, a blank, a number alone (a year under a heading names no town): no address
        if ends:
            out.update(range(i, ends[-1] + 1))
    return out


MAX_ADDRESS_PART_WORDS = 4
"""Words a line of a postal address between its street and its postcode or country holds at most (``Northfield``,
``Bergen``, ``North Yorkshire``)."""


KEY_CELL = 20
"""Characters a key column's cell holds at most (an option, a term, a symbol)."""


def _key_column(column: Sequence[str]) -> bool:
    """A column of keys beside a column of descriptions, in three rows or more: short cells (:data:`KEY_CELL`) of one
    kind, none opening on a small letter (``Option`` / ``-v`` / ``-q``: an options table or a glossary, whose
    descriptions read as running text from row to row; review of 2 December: such a table had become one paragraph a
    row). A margin note beside running text (``option`` / ``manuscript``) opens on small letters.

    >>> _key_column(["Option", "-v", "-q", "-n"]), _key_column(["option", "manuscript", "editor"])
    (True, False)
    """
    cells = [c.strip() for c in column]
    return len(cells) >= 3 and all(0 < len(c) <= KEY_CELL and not c[0].islower() for c in cells) and _one_kind(cells)


def _is_table(rows: Sequence[tuple[str, ...]]) -> bool:
    """Rows that make a table (:func:`table_runs`): not a form's fields, a list's items, a counter beside one label
    repeated (``Round⇥1`` / ``Round⇥2``), numbered entries with their pages (a contents' piece), a listing's lines
    beside their numbers, nor, in half the rows or more, program text, a formula's pieces or a figure's labels (cells
    of a letter or two and no digit), running text or a leader (:func:`_odd_row`).

    >>> _is_table([("Item", "2024"), ("Fees", "£3,100")]), _is_table([("17", r"\\newdimen\\Cht"), ("18", r"\\Cht=1zw")])
    (True, False)
    >>> _is_table([("-i", "標準入力を索引リストとして使用します．"), ("-l", "単語の空白を詰めます．")])
    False
    >>> _is_table([("Round", "1"), ("Round", "2")]), _is_table([("23 オプションスイッチ", "158"), ("24 オプションの宣言", "159")])
    (False, False)
    >>> _is_table([("R", "O", "Q"), ("B", "P", "C")]), _is_table([("1", "1", "2"), ("2", "3", "4"), ("計", "9", "12")])
    (False, True)
    >>> _is_table([("会場", "定員"), ("市民会館", "1,200")]), _is_table([("Homework", "30%"), ("Final exam", "25%")])
    (True, True)
    >>> _is_table([("³⁷", "Ridge, 2001."), ("³⁸", "Vale, 2004.")])  # notes by their marks (icsv had crashed here)
    False
    """
    if len(rows) < MIN_ROWS or any(len(c) > MAX_CELL for row in rows for c in row):
        return False
    firsts = [row[0] for row in rows]
    if all(f.endswith((":", "：")) for f in firsts):
        return False  # a form's fields, label and value
    if len(rows[0]) == 2 and all(_LIST_MARK.match(f) for f in firsts):
        return False  # a list's items, each its mark and its text
    if len(set(firsts)) == 1:
        return False  # one label repeated beside a counter (``Round⇥1`` / ``Round⇥2``): no table's column
    if all(_NUMBERED_ENTRY.match(f) for f in firsts) and all(row[-1].isdigit() for row in rows):
        return False  # numbered entries with their pages: a table of contents' piece
    # ``isdecimal``: a superscript number (``³⁷``, a note's mark beside its text) is a digit to ``isdigit``, no int
    if len(rows[0]) == 2 and all(f.isdecimal() for f in firsts) \
            and all(int(b) == int(a) + 1 for a, b in zip(firsts, firsts[1:])):
        return False  # a listing's lines beside their numbers (``2895⇥<10.95><12> min10``)
    if any(_leader_row(row) for row in rows):
        return False  # an index's or a contents' lines: a dot leader is never a table's cell
    headed = _names_columns(rows[0]) and all(len(row) == len(rows[0]) for row in rows)
    return 2 * sum(_odd_row(row) and not _event_row(row) and not (headed and _text_row(row)) for row in rows) < len(rows) \
        and not _columns_of_text(rows)


def _names_columns(cells: tuple[str, ...]) -> bool:
    """A header row naming :data:`MIN_GRID_CELLS` columns or more: each cell a label (:data:`KEY_CELL` characters at
    most), no running text, program text or formula (``番号⇥ご意見の概要⇥市の考え方``, ``Criteria⇥Essential⇥Desirable``).

    >>> _names_columns(("番号", "ご意見の概要", "市の考え方")), _names_columns(("1", "意見です。", "回答"))
    (True, False)
    """
    return len(cells) >= MIN_GRID_CELLS and all(len(c) <= KEY_CELL for c in cells) and not _odd_row(cells) \
        and not all(_NUMBER_CELL.match(c) for c in cells)


def _text_row(cells: tuple[str, ...]) -> bool:
    """A row under a header naming its columns (:func:`_names_columns`) whose first cell is an item (:data:`KEY_CELL`
    characters at most, no running text) and whose other cells may hold sentences, no program text or formula: a
    public comment's number, the opinion and the answer (``1⇥バス路線の減便により…検討してほしい。⇥ご指摘のとおり…行います。``),
    a person specification's criterion and its requirements. The header over the columns is the table's evidence, as a
    chronology's columns of items are (:func:`_event_row`); the cells' ``。`` are their own text's (helper tab83, fresh-user
    trial 82a's public-comment table, whose wrapped cells clean's ``tables.wrapped_rows`` joins).

    >>> _text_row(("1", "不便を感じている。", "検討します。")), _text_row(("ご意見の概要を以下に示す。", "x", "y"))
    (True, False)
    """
    return len(cells[0]) <= KEY_CELL and not _odd_row((cells[0],)) \
        and not _odd_row((cells[0],) + tuple(_RUNNING.sub("", c) or c for c in cells[1:]))


def _event_row(cells: tuple[str, ...]) -> bool:
    """A row of three cells or more whose cells before the last are items (no running text, no program text, no
    formula: :func:`_odd_row`, each :data:`KEY_CELL` characters at most) and whose last cell alone holds sentences: a
    chronology's, a minutes' or a log's row, its date and month, then the event (``1985⇥10月⇥現在地に新館を建設し移転。
    視聴覚室を新設``). The columns of items are the table's evidence; the event's ``。`` is its own text's, no sign of
    prose set in columns (helper jatab82, fresh-user trial 81a's 社史 年表: a chronology's rows had stayed
    paragraphs). A two-cell row (an option and its description, ``-i⇥標準入力を…使用します．``) stays as before.

    >>> _event_row(("1985", "10月", "現在地に新館を建設し移転。視聴覚室を新設")), _event_row(("-i", "標準入力を使用します．"))
    (True, False)
    """
    if len(cells) < MIN_GRID_CELLS or any(len(c) > KEY_CELL for c in cells[:-1]) or _odd_row(cells[:-1]):
        return False
    return not _odd_row(cells[:-1] + (_RUNNING.sub("", cells[-1]) or cells[-1],))


def table_runs(paragraphs: Sequence[Text]) -> tuple[tuple[int, int], ...]:
    """``(first, rows)`` of each table among ``paragraphs``: a run of :data:`MIN_ROWS` rows or more in a row, each
    with the same number of cells (:func:`row_cells`), that is no form, list or running text (:func:`_is_table`).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> table_runs(mk("The main figures are:", "Item\\t2024\\t2025", "Fees\\t£3,100\\t£3,720", "Sales\\t£1,050\\t£1,380", "That is all."))
    ((1, 3),)
    >>> table_runs(mk("Name:\\tAnna Berg", "Student ID:\\t20T3045")), table_runs(mk("1.\\tBuy rope", "2.\\tMend the net"))
    ((), ())
    >>> table_runs(mk("A\\tB\\tC", "one\\ttwo")), table_runs(mk("Item\\t2024", "Fees\\t£3,100"))  # cells must agree
    ((), ((0, 2),))
    >>> table_runs(mk("Parameter\\tValue\\tUnit", "Range\\t0 to 100\\t%RH", "Housing\\tPolycarbonate", "Weight\\t180\\tg"))
    ((0, 4),)
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(paragraphs)
    while i < n:
        first = row_cells(paragraphs[i].text)
        if first is None:
            i += 1
            continue
        rows = [first]
        j = i + 1
        while j < n and (cells := row_cells(paragraphs[j].text)) is not None and (
                len(cells) == len(first) or _empty_cell_row(cells, first, paragraphs[j + 1:])):
            rows.append(cells)
            j += 1
        if j == i + 1 and (under := _rows_under_header(paragraphs, i)):
            j = i + 1 + under  # a header over rows whose trailing cells were left empty: one table
        elif _is_table(rows):
            # rows under it with fewer cells, a note run over its last columns (``DNF⇥Ian Rushworth (puncture at the
            # turn)`` under a results table's rows): the table's last rows (helper results79)
            while j < n and (cells := row_cells(paragraphs[j].text)) is not None and 2 <= len(cells) < len(first) \
                    and not _odd_row(cells):
                j += 1
            out.append((i, j - i))
            i = j
            continue
        else:
            i = j
            continue
        out.append((i, j - i))
        i = j
    return tuple(out)


def _empty_cell_row(cells: tuple[str, ...], first: tuple[str, ...], after: Sequence[Text]) -> bool:
    """``cells``, a row inside a table of ``len(first)`` cells, holds fewer because a cell was left empty (the unit of
    ``Housing⇥Polycarbonate, IP65`` in a datasheet's ``Parameter⇥Value⇥Unit``), two at least, and the row after it
    (``after``) holds the table's count again: the row is the table's, and so is what follows (fresh-user trial 79: the
    datasheet's table had ended there, its last rows two paragraphs). An empty cell leaves no mark in a dump or a PDF's
    line, so where it stood is not known: the row's cells stay as read. Several such rows one under the other count
    alike, up to the row that holds the table's count again (helper tab80: a 収支 table's items without a note, two in
    a row, had ended the table there, its last rows paragraphs).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> table_runs(mk("項目\\t金額\\t備考", "会費\\t1,000\\t年額", "景品\\t500", "保険\\t300", "雑費\\t200\\t袋", "計\\t2,000", "以上"))
    ((0, 6),)
    """
    if not 2 <= len(cells) < len(first):
        return False
    for p in after:
        nxt = row_cells(p.text)
        if nxt is None or not 2 <= len(nxt) <= len(first):
            return False
        if len(nxt) == len(first):
            return True
    return False


def _rows_under_header(paragraphs: Sequence[Text], i: int) -> int:
    """How many rows under ``paragraphs[i]``, a header row, are its table's though they hold fewer cells than it: each
    row of one count, fewer than the header's, :data:`MIN_ROWS` rows or more that make a table by themselves
    (:func:`_is_table`), the header's cells all labels (short, none a number alone). A form's last columns left empty
    to be filled in by hand (a 回覧板's ``班⇥氏名⇥確認印`` over ``1班⇥佐々木⇥`` …: the seal's column empty) lose their
    cells with the line's trailing white; the header still heads every column. 0 for any other run. Why (issue 16
    point 2, helper struct77, fresh-user trial 77a): the header had been a paragraph of its own over the table.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> table_runs(mk("班\\t氏名\\t確認印", "1班\\t佐々木", "2班\\t高野", "以上"))
    ((0, 3),)
    >>> table_runs(mk("班\\t氏名\\t確認印", "1班\\t佐々木")), table_runs(mk("1\\t2\\t3", "1班\\t佐々木", "2班\\t高野"))
    ((), ((1, 2),))
    """
    header = row_cells(paragraphs[i].text)
    if header is None or any(len(c) > KEY_CELL or c.strip().replace(",", "").replace(".", "").isdigit() for c in header):
        return 0
    rows: list[tuple[str, ...]] = []
    for p in paragraphs[i + 1:]:
        cells = row_cells(p.text)
        if cells is None or len(cells) >= len(header) or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
    return len(rows) if len(rows) >= MIN_ROWS and _is_table(rows) else 0


MIN_GRID_CELLS = 3
"""Cells a row holds at least for its table to be a grid whatever its first column (a schedule's ``１診⇥月⇥火``)."""


def table_row_lines(lines: Sequence[Text]) -> set[int]:
    """Indexes of the lines that are a table's rows (:func:`table_runs`) where the table is a grid: its rows hold
    :data:`MIN_GRID_CELLS` cells or more, or its first row (the header) opens on no number. A number opening such a
    row (``１診⇥山口　誠⇥小野寺　恵``, a clinic's room 1 under ``診察室⇥月⇥火⇥水``) is its row's label, never a section's
    number.

    Why (issue 16, fresh-user trial 74f): a hospital's outpatient schedule, a table of doctors by weekday under each
    department, had its rows ``１診``, ``２診``, ``３診`` read as sections 1, 2 and 3 (their text ``診⇥山口…``); the
    next department's rows, counting from 1 again, stayed a table. It does NOT take a numbered list whose items a TAB
    sets after their mark (``1.⇥Buy rope``: no table), nor numbered headings standing apart with text between them.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> sorted(table_row_lines(mk("■ 内科", "診察室\\t月\\t火\\t水", "１診\\t山口\\t山口\\t小野", "２診\\t小野\\t藤井\\t藤井", "本文。")))
    [1, 2, 3]
    >>> sorted(table_row_lines(mk("1\\tIntroduction", "Text.", "2\\tMethods")))
    []
    """
    out: set[int] = set()
    for first, n in table_runs(lines):
        rows = [row_cells(lines[i].text) for i in range(first, first + n)]
        if len(rows[0]) >= MIN_GRID_CELLS or not _NUMBER_FIRST.match(rows[0][0]):
            out |= set(range(first, first + n))
    return out


_NUMBER_FIRST = lazyre.compile(r"^[0-9０-９]")
"""A cell opening on a digit (a row's number, ``1.``, ``１診``)."""


def with_tables(section: Section) -> Section:
    """The section with its tables marked (:func:`table_runs`), a unit's line over a header that leaves the stub
    unnamed joined to it first (:func:`with_unit_headers`; not where listings or a parallel text count its
    paragraphs)."""
    if not section.listings and section.parallel is None:
        joined = with_unit_headers(section.paragraphs)
        if joined != section.paragraphs:
            section = replace(section, paragraphs=joined)
    runs = table_runs(section.paragraphs)
    return section if runs == section.tables else replace(section, tables=runs)


_UNIT_LINE = lazyre.compile(r"^[（(][^（）()\t。、]{1,10}[）)]$")
"""A bracketed note alone on its line, short: the unit a table's figures are given in (``（百万円）``, ``（単位：千円）``,
``(人)``), set over its stub column (JIS Z 8301 and the 決算短信's own layout print the unit so)."""


def with_unit_headers(paragraphs: Sequence[Text]) -> tuple[Text, ...]:
    """``paragraphs`` with each header row that names every column but the stub (one cell fewer than the
    :data:`MIN_ROWS` rows or more under it, its cells labels: :func:`_names_columns` less the count) joined to the
    unit's line right over it (:data:`_UNIT_LINE`), a TAB between: the header's two lines are one row, the unit heading
    the stub (a 決算短信's ``（百万円）`` / ``2026年3月期⇥2025年3月期`` over ``売上高⇥12,345⇥11,890``). A header over
    two lines is one row the dump printed in two; its upper line alone over the stub names that column.

    Why (issue 16, helper tab84; fresh-user trial 83b's quarterly summary): the unit and the header stood as two
    paragraphs over a table that had no header. It does NOT join a heading (``（１）連結経営成績``: text after the
    bracket), a header of as many cells as the rows, nor a unit over no header.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> [p.text for p in with_unit_headers(mk("（百万円）", "当期\\t前期", "売上高\\t12,345\\t11,890", "営業利益\\t△1,234\\t567"))][:2]
    ['（百万円）\\t当期\\t前期', '売上高\\t12,345\\t11,890']
    >>> len(with_unit_headers(mk("（百万円）", "区分\\t当期\\t前期", "売上高\\t12,345\\t11,890", "営業利益\\t△1,234\\t567")))
    4
    """
    out = list(paragraphs)
    k = 0
    while k + 1 + MIN_ROWS < len(out) + 1:
        header = row_cells(out[k + 1].text)
        if _UNIT_LINE.match(out[k].text.strip()) and header is not None \
                and all(len(c) <= KEY_CELL for c in header) and not _odd_row(header) \
                and not all(_NUMBER_CELL.match(c) for c in header):
            rows = [row_cells(p.text) for p in out[k + 2:k + 2 + MIN_ROWS]]
            if len(rows) == MIN_ROWS and all(r is not None and len(r) == len(header) + 1 for r in rows) \
                    and _is_table(rows):  # type: ignore[arg-type]
                out[k:k + 2] = [Text.join([out[k].strip(), out[k + 1].strip()], sep=Text.inserted("\t"))]
        k += 1
    return tuple(out)


def doubled_rows_over_breaks(lines: Sequence[Text], breaks: Sequence[int]) -> set[int]:
    """Indexes of the copies of a table's row printed twice across a page break: the last row before the break and
    the first after it (``lines`` next to each other, a raw line of ``breaks``, the page's furniture set aside,
    between them), each a row of cells (:func:`row_cells`), the same row but for the glyphs one copy lost
    (:func:`pipeline.clean.layers.damaged_copy`) or the same row twice. The damaged copy goes (the more complete one
    stays), else the second.

    Why (issue 16 point 2, fresh-user trial 78d, helper results79): a results table carried a row over to the next page
    (``10   Peter Lum\ufffdy …24:05`` at the page's foot, ``10   Peter Lumby …24:05`` at the next page's head) and
    kept both, the rider twice. A row is a record: no table lists one twice in a row, and a row over a page break is
    how a writer (or a report writer repeating the last line) carries a table on. It does NOT take rows with no page
    break between them (a table's two alike rows stay), lines that are no table's rows (a chorus, a refrain), nor
    copies that differ in a letter neither lost.

    >>> mk = lambda *ps: [Text.from_raw(s, n) for n, s in ps]
    >>> ls = mk((9, "9\\tLuke Bradshaw\\t23:40"), (10, "10\\tPeter Lum\\ufffdy\\t24:05"), (14, "10\\tPeter Lumby\\t24:05"),
    ...         (15, "11\\tGraham Oates\\t24:48"))
    >>> sorted(doubled_rows_over_breaks(ls, [12])), sorted(doubled_rows_over_breaks(ls, []))
    ([1], [])
    >>> sorted(doubled_rows_over_breaks(mk((1, "Fees\\t£3,100"), (5, "Fees\\t£3,100")), [3]))
    [1]
    >>> sorted(doubled_rows_over_breaks(mk((1, "Fees\\t£3,100"), (5, "Fees\\t£3,700")), [3]))
    []
    """
    from pipeline.clean.layers import damaged_copy
    from pipeline.segment.layout import first_line, last_line

    out: set[int] = set()
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        end, start = last_line(a), first_line(b)
        if end is None or start is None or not any(end < r < start for r in breaks) \
                or row_cells(a.text) is None or row_cells(b.text) is None:
            continue
        x, y = " ".join(a.text.split()), " ".join(b.text.split())
        loser = 1 if x == y else damaged_copy(x, y)
        if loser is not None and k - 1 not in out:
            out.add(k - 1 if loser == 0 else k)
    return out
