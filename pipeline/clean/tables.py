"""A text dump's table rows: the white space between cells written as a TAB, as extract writes a PDF's.

Rule (docs/decisions.md, "Table cells"): a PDF's table row comes out of
extract with a TAB at each white channel between cells, so no spacing rule
glues the cells (``地点2023年``) and segment keeps the row a line of its own.
A text dump has no TAB: its cells are parted by spaces, a run of them where
the dump renders the table's columns, one where it was written by hand
(``駅前線 520 310``). The spacing rule would take that space for the
typesetter's space beside a half-width run and glue the label to its number
(``駅前線520``).

The evidence is the rows together, as table finders that read plain text do
it (a column is what several rows share; one line alone is no table):
:data:`MIN_ROWS` raw lines or more, one right under the other (or each after one blank line: :data:`ROW_STEPS`), each split
into the same number of cells (two or more), every cell short
(:data:`MAX_CELL_WIDTH` columns), and the rows below a header holding numbers
in the same columns (:func:`_numeric`), at least :data:`MIN_DATA_ROWS` of
them; a header row above them may hold none. Two rows are enough when the
dump itself shows the columns (:func:`_aligned`): every separator a run of
two spaces or more, and each cell of one row starting in the very display
column of the other's cell (a header and one row: ``地区    世帯数`` /
``東町    1,240``), which prose with a double space does not do by chance.
Cells parted by two spaces or
more are read first (a cell's own words keep their single space: ``North
pier   1,204``); cells parted by single spaces only in rows holding Japanese,
where a word space is no part of the writing (an English line's single
spaces part its words). A line that opens on a heading number
(``1 はじめに``: a list of sections), holds a full stop or has a piece ending on a
comma (running text with spaces around its numbers) is no row.

A writer who lines a table up with full-width spaces (U+3000, ``品目　　　数量　　　金額``) parts its cells by runs of
two or more (:data:`_IDEOGRAPHIC`): :data:`MIN_ROWS` raw-adjacent rows or more of one cell count, short cells, no
sentence, make a table whatever the cells hold (the runs are the evidence, as a TAB is; a dump of a word processor's
text cannot be trusted to line them up to the column, since a half-width digit is half a full-width space). One
ideographic space parts two words (``港町　Harbor Town``, ``山田　太郎``: docs/decisions.md, "Ideographic space") and
is no separator; an indented paragraph's opening ones are no cell's.

The separator becomes one TAB, at the raw position of its first space, with a
ledger row (``changed``, reason ``table-cell``) naming the spaces it replaced.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from unicodedata import east_asian_width

from pipeline.chardata import HIRAGANA, KANJI, KATAKANA, display_width, has_japanese
from pipeline.clean.edits import Change, Line
from pipeline.model import GAP, Text
from pipeline.numbering import heading_number_end
from pipeline.pagenumbers import page_number
from pipeline.vocab import Reason

MIN_ROWS = 3
"""Rows a table shows at least (a header and two rows of numbers, or three rows): two lines could be chance."""
MIN_DATA_ROWS = 2
"""Rows with numbers in the same columns."""
MIN_ALIGNED_ROWS = 2
"""Rows whose cells start in the same display columns, parted by runs of spaces (:func:`_aligned`): a table
without numbers, or of a header and one row."""
MAX_CELL_WIDTH = 24
"""Display columns a cell fills at most (twelve kanji): a longer piece is running text."""
MAX_UNIT_CHARS = 2
"""Letters a numeric cell may hold beside its digits: a unit or counter (``41,000人``, ``2024年``, ``12 km``)."""
NUMBER_MARKS = ",.%-+−–()（）％，．/:：~～〜▲△"

SENTENCE_MARKS = "。、，,"
"""A cell never ends on these: a piece of running text does (``本市の人口は 12 万人で、``, pdfminer's spaces; a reference
list's ``[1] 山田太郎, 山岳気象, 気象研究誌 (2019).``)."""
SENTENCE_ENDS = ".!?。！？"
"""Rows shown a table by their alignment alone (:func:`_aligned`) hold no cell ending on these (closing quotes
and brackets aside): a label and a sentence (``Q:  Are you married?`` / ``A:  No.``) are a dialogue, not a table."""
_CLOSERS = "\"'”’)）」』"

_WIDE = re.compile(r" {2,}|\t+")
_ANY = re.compile(r"[ \t]+")
_IDEOGRAPHIC = re.compile("[ \t]*\u3000(?:[ \t]*\u3000)+[ \t]*")
"""A run of two ideographic spaces or more (ASCII spaces among them aside): a column's padding where a writer lines a
table up with full-width spaces (``品目　　　数量　　　金額``); one alone parts words (``港町　Harbor Town``,
``山田　太郎``) and stays inside its cell."""


def _numeric(cell: str) -> bool:
    """A cell that states a number (digits, with a unit or counter at most).

    >>> [_numeric(c) for c in ("520", "1,204", "41,000人", "2024年", "12.5%", "表1", "平日", "約六割", "Route 9 east")]
    [True, True, True, True, True, True, False, False, False]
    """
    digits = sum(c.isdigit() for c in cell)
    other = sum(not c.isdigit() and c not in NUMBER_MARKS and not c.isspace() for c in cell)
    return digits > 0 and other <= MAX_UNIT_CHARS


def _separators(s: str, wide: bool | None) -> list[tuple[int, int]]:
    """The spans of white space between cells (none at the ends): runs of two spaces or more (``wide``), any run
    of spaces (``False``), or runs of ideographic spaces (``None``: :data:`_IDEOGRAPHIC`)."""
    stripped = s.strip(" \t\u3000") if wide is None else s.strip(" \t")
    lead = len(s) - len(s.lstrip(" \t\u3000" if wide is None else " \t"))
    pattern = _IDEOGRAPHIC if wide is None else _WIDE if wide else _ANY
    return [(lead + m.start(), lead + m.end()) for m in pattern.finditer(stripped)]


def _cells(s: str, spans: list[tuple[int, int]]) -> list[str]:
    bounds = [0] + [x for span in spans for x in span] + [len(s)]
    return [s[a:b].strip(" \t\u3000") for a, b in zip(bounds[::2], bounds[1::2])]


def _first_line(text: Text) -> int | None:
    return next((pos[0] for pos in text.origin if pos is not None), None)


def _last_line(text: Text) -> int | None:
    return next((pos[0] for pos in reversed(text.origin) if pos is not None), None)


ROW_STEPS = (1, 2)
"""Raw lines from one row of a table to the next: the next line, or the one after a blank line where the dump sets
every line apart by one (an extractor that writes a blank line for a wide line pitch: trial 48's PDF table, whose
rows lost their columns to the spacing rule, ``産業部門412``). One table keeps one step; rows a blank line apart
only where runs of spaces part their cells (a cover's lines, ``年次報告書 2025`` / ``法人番号 …``, are no table)."""


def _step(lines: list[Text], k: int) -> int | None:
    """Raw lines from the end of ``lines[k - 1]`` to the start of ``lines[k]`` (1: the next line)."""
    first, last = _first_line(lines[k]), _last_line(lines[k - 1])
    return first - last if first is not None and last is not None else None


def table_separators(lines: list[Text]) -> dict[int, list[tuple[int, int]]]:
    """Line index → the spans of white space between its cells, for the lines that are rows of a table
    (module docstring); a line that is no row is absent.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(table_separators(mk("表2 学年別の人数", "学年 男子 女子", "1年 52 48", "2年 47 55", "以上である。")))
    [1, 2, 3]
    >>> table_separators(mk("1 はじめに", "2 調査の方法", "3 結果")), table_separators(mk("Add 200 g flour", "and 2 eggs", "then 30 ml milk"))
    ({}, {})
    >>> table_separators(mk("Pier        Ships   Tonnes", "North pier  12      1,204", "South pier  7       860"))[1]
    [(10, 12), (14, 20)]
    >>> sorted(table_separators([Text.from_raw(s, n) for n, s in ((1, "学年  男子  女子"), (3, "1年   52    48"), (5, "2年   47    55"))]))
    [0, 1, 2]
    >>> table_separators([Text.from_raw(s, n) for n, s in ((1, "学年 男子 女子"), (3, "1年 52 48"), (5, "2年 47 55"))])
    {}
    >>> table_separators(mk("品目\u3000\u3000\u3000数量", "りんご\u3000\u300010", "みかん\u3000\u300020"))[1]
    [(3, 5)]
    >>> table_separators(mk("山田\u3000太郎", "佐藤\u3000花子", "鈴木\u3000一郎")), table_separators(mk("品目\u3000\u3000数量", "りんご\u3000\u300010"))
    ({}, {})
    """
    # (numbered records first: the any-space pass would part a record's name at its word space, ``2104 岡本 拓海``)
    found: dict[int, list[tuple[int, int]]] = _numbered_records(lines, {})
    for wide in (True, False, None):
        rows: list[tuple[int, list[tuple[int, int]], list[str]] | None] = []
        loose: set[int] = set()
        for i, t in enumerate(lines):
            s = t.text
            spans = _separators(s, wide)
            if wide is False:
                spans = _without_number_label_spaces(s, _without_name_spaces(s, spans))
            cells = _cells(s, spans)
            # (the last cell of a row the wide pass parts may run to a label's width: an affiliation after a name,
            # ``Laura Mendes        University of Lisbon, Portugal``; only columns lined up take such rows, below)
            # (a first cell holding a digit, a time or a date, is a programme's slot or a dated list's entry: read by
            # their own rules, never so; nor a page's label, ``p.1  Matsuyama: Trams…``, a deck's one-line slide)
            long_last = wide is True and not any(ch.isdigit() for ch in cells[0])
            ok = (len(cells) >= 2 and i not in found and (wide is not False or has_japanese(s))
                  and (heading_number_end(s) is None or (wide and numbered_row(cells)))
                  and all(0 < display_width(c) <= (MAX_LABEL_WIDTH if long_last and k == len(cells) - 1 else MAX_CELL_WIDTH)
                          and c[-1] not in SENTENCE_MARKS for k, c in enumerate(cells))
                  and "。" not in s)
            # (a row of runs of wide white whose cells run to a label's width or hold a sentence's stop inside one, a
            # hazard map's ``警戒レベル5　緊急安全確保　　 命の危険。直ちに安全を確保する``: a row only where its
            # columns line up with the rows round it, :data:`MIN_ROWS` of them, below)
            # (a first cell opening on a digit is a programme's slot or a dated entry, ``10:30  Guided walk…``, and a
            # page's label a deck's one-line slide, ``p.1  …``: their own rules read them, as above)
            if not ok and wide is not False and len(cells) >= 2 and i not in found \
                    and heading_number_end(s) is None and not cells[0][:1].isdigit() \
                    and page_number(cells[0].strip()) is None \
                    and all(0 < display_width(c) <= MAX_LABEL_WIDTH and c[-1] not in SENTENCE_MARKS + "。" for c in cells):
                ok = True
                loose.add(i)
            rows.append((i, spans, cells) if ok else None)
        k = 0
        while k < len(rows):
            if rows[k] is None:
                k += 1
                continue
            if wide is not False and (mixed := _short_rows_run(lines, rows, k)) > k \
                    and not loose.intersection(range(k, mixed)):
                found.update({i: spans for i, spans, _ in rows[k:mixed]})  # type: ignore[misc]
                k = mixed
                continue
            end = k + 1
            step = _step(lines, k + 1) if k + 1 < len(rows) else None
            while (end < len(rows) and rows[end] is not None and len(rows[end][2]) == len(rows[k][2])
                   and step in ROW_STEPS and (step == 1 or wide is not False) and _step(lines, end) == step):
                end += 1
            group = rows[k:end]
            if _contents_run([cells for _, _, cells in group]):  # type: ignore[misc]
                k = end
                continue
            if any(display_width(cells[-1]) > MAX_CELL_WIDTH or i in loose for i, _, cells in group):  # type: ignore[misc]
                # a last cell past a cell's width (a committee's affiliations), a row read loosely (above): a table
                # only where its columns line up
                if _aligned([(lines[i], spans) for i, spans, _ in group]) and len(group) >= MIN_ROWS:  # type: ignore[misc]
                    found.update({i: spans for i, spans, _ in group})  # type: ignore[misc]
                    k = end
                else:  # not lined up: the long rows are none of this pass's, the rest read as before
                    for g, (i, _, cells) in enumerate(group):  # type: ignore[misc]
                        if display_width(cells[-1]) > MAX_CELL_WIDTH or i in loose:
                            rows[k + g] = None
                continue
            if _is_table([cells for _, _, cells in group]) or (wide and _ranked([cells for _, _, cells in group])) or (  # type: ignore[misc]
                    wide and _aligned([(lines[i], spans) for i, spans, _ in group])) or (  # type: ignore[misc]
                    wide is None and len(group) >= MIN_ROWS):
                found.update({i: spans for i, spans, _ in group})  # type: ignore[misc]
            elif wide is None and len(group) == MIN_DATA_ROWS and group[0][0] - 1 not in found \
                    and (head := _stub_header(lines, group)) is not None:  # type: ignore[arg-type]
                found.update({i: spans for i, spans, _ in group})  # type: ignore[misc]
                found[group[0][0] - 1] = head  # type: ignore[index]
            k = end
    found.update(_figure_rows(lines, found))
    found.update(_counted_rows(lines, found))
    found.update(_gutter_rows(lines, found))
    found.update(_aligned_neighbours(lines, found))
    found.update(_header_rows(lines, found))
    found.update(_ideographic_columns(lines, found))
    found.update(_padded_fields(lines, found))
    found.update(_spaced_rows(lines, found))
    found.update(_packed_figures(lines, found))
    return found


_ONE_SPACE = re.compile("(?<=[^ \t\u3000])\u3000(?=[^ \t\u3000])")


def _figure_spaces(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The single ideographic spaces inside the cells of ``s`` (cut at ``spans``) that hold figures alone
    (:func:`_numeric` on each side: ``1,423,000　△17,000``); a cell holding any word keeps its space."""
    bounds = [0] + [x for span in spans for x in span] + [len(s)]
    out: list[tuple[int, int]] = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        cell = s[a:b]
        parts = [m.start() + a for m in _ONE_SPACE.finditer(cell)]
        if parts and all(_numeric(w) for w in cell.strip(" \t\u3000").split("\u3000")):
            out.extend((x, x + 1) for x in parts)
    return out


def _packed_figures(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its separators, for a table's row (or the line right under or over a table's run of rows,
    raw-adjacent) that has fewer cells than the run's most rows because two figures in it stand parted by one
    ideographic space where its other cells are parted by wider gaps (``会費収入　　　1,440,000　1,423,000　△17,000``,
    ``合計　　　　　2,096,210　2,090,710　△5,500`` under rows of four cells): a typed table whose wide figures ate
    the gap. Only where parting those figures gives the row exactly the run's count of cells. Session 84, helper
    soukai84, fresh-user trial 84b's 総会資料 (its 合計 row had been a paragraph outside its table).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("科目\u3000\u3000予算額\u3000\u3000決算額", "会費\u3000\u3000100\u3000\u3000200", "雑収入\u3000\u300030\u3000\u300040",
    ...         "合計\u3000\u3000130\u3000240")
    >>> len(table_separators(ls)[3])
    2
    >>> ls = mk("科目\u3000\u3000予算額\u3000\u3000決算額", "会費\u3000\u3000100\u3000\u3000200", "雑収入\u3000\u300030\u3000\u300040",
    ...         "合計は\u3000130円\u3000です")
    >>> 3 in table_separators(ls)
    False
    """
    out: dict[int, list[tuple[int, int]]] = {}
    for run in _adjacent_runs(lines, sorted(found), lambda a, b: True):
        if len(run) < MIN_ROWS:
            continue
        counts = Counter(len(found[i]) + 1 for i in run)
        n, times = counts.most_common(1)[0]
        if n < 3 or times < MIN_ROWS:
            continue
        near = [k for k in (run[0] - 1, run[-1] + 1) if 0 <= k < len(lines) and k not in found
                and _step(lines, max(k, run[0])) == 1 and (k > run[0] or _step(lines, run[0]) == 1)]
        for i in [i for i in run if len(found[i]) + 1 < n] + near:
            s = lines[i].text
            spans = found[i] if i in found else _separators(s, None)
            if i not in found and not spans:
                continue
            more = _figure_spaces(s, spans)
            if more and len(spans) + len(more) + 1 == n:
                out[i] = sorted(spans + more)
    return out


def _adjacent_runs(lines: list[Text], keys: list[int], alike) -> list[list[int]]:
    """``keys`` (sorted line indices) cut into runs of lines adjacent in the list and in the raw text (step 1), each
    key ``alike(first, key)`` with its run's first."""
    runs: list[list[int]] = []
    for i in keys:
        if runs and i == runs[-1][-1] + 1 and _step(lines, i) == 1 and alike(runs[-1][0], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


_PADDED_FIELD = re.compile("^([^ \t\u3000]+)(\u3000+)(?=[^ \t\u3000])")
"""A field's label, the ideographic spaces padding it to its column, its value after them (``家屋番号　４番５``)."""


def _padded_fields(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its one separator, for a run of :data:`MIN_ROWS` raw-adjacent lines or more (no row of a table
    found) that are each a label padded with ideographic spaces to one display column, its value there
    (``所在地　　東京都…`` / ``家屋番号　４番５`` / ``種類　　　居宅``: a form's fields, the labels padded to the longest
    one's width, whose gap is one ideographic space alone). The values start at one display column in every row, most
    of the rows (more than half) pad with two spaces or more, each label and value a cell (no space inside the value,
    no sentence's end; a label :data:`MAX_CELL_WIDTH` wide at most, a value :data:`MAX_LABEL_WIDTH`, as the
    last cell of a row lined up with others), no label a heading number's. One ideographic space parts two
    words (docs/decisions.md, "Ideographic space"); a row padded as its neighbours are is their column. Helper
    council84, fresh-user trial 83c's 重要事項説明書.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_padded_fields(mk("所在地\u3000\u3000東京都目黒区", "家屋番号\u3000４番５", "種類\u3000\u3000\u3000居宅"), {}).items())
    [(0, [(3, 5)]), (1, [(4, 5)]), (2, [(2, 5)])]
    >>> _padded_fields(mk("山田\u3000太郎", "佐藤\u3000花子", "鈴木\u3000\u3000一郎"), {})  # names: one space in most rows
    {}
    """
    rows: dict[int, tuple[int, int, int]] = {}
    for i, t in enumerate(lines):
        s = t.text
        m = _PADDED_FIELD.match(s)
        if m is None or i in found or "\t" in s:
            continue
        value = s[m.end():]
        if not has_japanese(s) or re.search("[ \t\u3000]", value.strip(" \t\u3000")) \
                or not 0 < display_width(m.group(1)) <= MAX_CELL_WIDTH or not 0 < display_width(value.strip()) <= MAX_LABEL_WIDTH \
                or value.rstrip()[-1] in SENTENCE_MARKS + "。" or heading_number_end(s) is not None:
            continue
        rows[i] = (m.start(2), m.end(2), _cell_starts(t, [(m.start(2), m.end(2))])[1])
    out: dict[int, list[tuple[int, int]]] = {}
    for run in _adjacent_runs(lines, sorted(rows), lambda a, b: rows[a][2] == rows[b][2]):
        padded = sum(1 for i in run if rows[i][1] - rows[i][0] >= 2)
        if len(run) >= MIN_ROWS and 2 * padded > len(run):
            out.update({i: [(rows[i][0], rows[i][1])] for i in run})
    return out


def _stub_header(lines: list[Text], group: list[tuple[int, list[tuple[int, int]], list[str]]]) -> list[tuple[int, int]] | None:
    """The separators of the line right over ``group`` (:data:`MIN_DATA_ROWS` rows parted by runs of ideographic spaces,
    of one count) where it is their header leaving the stub unnamed: set in (white before it, in the line or the raw
    line), parted by runs of ideographic spaces into one cell fewer than the rows, two or more, each a short label (no
    figure, no sentence), and the rows holding figures in half their cells past the first or more. Two rows of figures
    under such a header are a table as three rows of one count are: a 決算短信's two years under its units' line
    (``　　　　百万円　　％　　百万円　　％`` over ``2026年3月期　　12,345　　3.8　　△1,234　　－``), whose rows had been glued into
    one paragraph. ``None`` otherwise.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("\u3000\u3000\u3000\u3000百万円\u3000\u3000％", "2026年\u3000\u300012,345\u3000\u30003.8", "2025年\u3000\u300011,890\u3000\u30002.1")
    >>> sorted(table_separators(ls))
    [0, 1, 2]
    >>> sorted(table_separators(mk("百万円\u3000\u3000％", "2026年\u3000\u300012,345\u3000\u30003.8", "2025年\u3000\u300011,890\u3000\u30002.1")))
    []
    """
    i = group[0][0]
    if i == 0 or _step(lines, i) != 1:
        return None
    t = lines[i - 1]
    s = t.text
    first = next((pos for pos in t.origin if pos is not None), None)
    if "\t" in s or "。" in s or not (s[:1] in " \u3000" or (first is not None and first[1] > 0)):
        return None
    spans = _separators(s, None)
    cells = _cells(s, spans)
    n = len(group[0][2])
    if len(cells) != n - 1 or len(cells) < 2 or any(not 0 < display_width(c) <= MAX_CELL_WIDTH or _numeric(c)
                                                     or c[-1] in SENTENCE_MARKS for c in cells):
        return None
    if not all(2 * sum(_numeric(c) for c in cells_[1:]) >= n - 1 for _, _, cells_ in group):
        return None
    return spans


MIN_SPACED_CELLS = 4
"""Cells a row parted by single ideographic spaces holds at least (:func:`_spaced_rows`): two or three pieces are a
name (``山田　太郎``), a form's label and value (``氏名　山田太郎``) or a poem's phrases as often."""
_ONE_IDEOGRAPHIC = re.compile("[ \t]*\u3000[ \t\u3000]*")


def _spaced_rows(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its separators, for rows whose cells one ideographic space or more parts: :data:`MIN_ROWS`
    raw-adjacent lines or more of one count of pieces, :data:`MIN_SPACED_CELLS` or more, every piece short
    (:data:`MAX_CELL_WIDTH`), no sentence, no piece holding a half-width space, the first line a header (no figure in
    it) and under it a column of figures in every row (:func:`_numeric`: a date ``8日``, an amount ``620``), none of the rows
    opening on a surname (a list of names and their figures: ``山田　太郎　…``). A school's monthly menu writes its
    rows so (``8日　木　ごはん　ぎゅうにゅう　ぶり大根　　620`` under ``日　曜　主食　飲み物　おかず　エネルギー(kcal)``).

    One ideographic space parts two words (docs/decisions.md, "Ideographic space"); many lines in a row parted into as
    many short pieces, a column of them figures, are a grid a writer set with the one space a word processor's
    Japanese input gives (helper tab84; head83's open point: the menu's rows had been read as a table of contents, its
    header as the title). It does NOT take a poem's lines or a form's label and value (fewer pieces), prose, nor rows
    whose counts differ (a cell holding two words, ``ごはん　牛乳``, leaves its row's count off: the run ends there),
    nor rows under no header (a syllabus's ``第9回　12/2　交通政策(1)　公共交通``, a programme's ``10:10　演題
    中村　健``: a title's or a name's own space).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("日\u3000曜\u3000主食\u3000おかず\u3000kcal", "1日\u3000木\u3000ごはん\u3000さばのみそに\u3000\u3000610",
    ...         "2日\u3000金\u3000パン\u3000ミートボール\u3000\u3000630")
    >>> [len(v) for _, v in sorted(table_separators(ls).items())]
    [4, 4, 4]
    >>> table_separators(mk("山田\u3000太郎\u3000会長\u300012", "佐藤\u3000花子\u3000副会長\u30009",
    ...                     "鈴木\u3000一郎\u3000会計\u30008"))
    {}
    """
    cand: dict[int, tuple[list[tuple[int, int]], list[str]]] = {}
    for i, t in enumerate(lines):
        s = t.text
        if i in found or "\t" in s or "\u3000" not in s or "。" in s:
            continue
        lead = len(s) - len(s.lstrip(" \t\u3000"))
        spans = [(lead + m.start(), lead + m.end()) for m in _ONE_IDEOGRAPHIC.finditer(s.strip(" \t\u3000"))]
        cells = _cells(s, spans)
        if len(cells) >= MIN_SPACED_CELLS and all(0 < display_width(c) <= MAX_CELL_WIDTH and c[-1] not in SENTENCE_MARKS
                                                  and " " not in c for c in cells):
            cand[i] = (spans, cells)
    out: dict[int, list[tuple[int, int]]] = {}
    keys = sorted(cand)
    k = 0
    while k < len(keys):
        end = k + 1
        while end < len(keys) and keys[end] == keys[end - 1] + 1 and _step(lines, keys[end]) == 1 \
                and len(cand[keys[end]][1]) == len(cand[keys[k]][1]):
            end += 1
        run = keys[k:end]
        k = end
        if len(run) < MIN_ROWS:
            continue
        # (the first line names the columns, no figure in it: a programme's or a syllabus's slots, a time or a date
        # opening each line over no header, keep a title's own ideographic space inside their cell)
        body = [cand[i][1] for i in run[1:]]
        if any(_numeric(c) for c in cand[run[0]][1]) or not any(all(_numeric(c) for c in column) for column in zip(*body)) \
                or any(_surname(cand[i][1][0]) for i in run):
            continue
        out.update({i: cand[i][0] for i in run})
    return out


def _ideographic_columns(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its separators with more, for a table's rows (``found``, :data:`MIN_ROWS` raw-adjacent rows or
    more of one cell count) whose cell in one column holds one ideographic space alone in every row, in the same
    display column of the raw line in every row: the writer's column inside what the runs of white left one cell
    (``警戒レベル3　高齢者等避難`` over ``警戒レベル4　避難指示``; ``洪水〇　土砂〇`` over ``洪水×　土砂〇``). One
    ideographic space parts two words (docs/decisions.md, "Ideographic space"); the same space at the same column in
    every row of a table is a column, as a table finder reads words aligned over rows. It does NOT part a name (the
    words before the space a surname by Sudachi's reading, in any row: ``山田　太郎`` over ``佐藤　花子``), a cell
    whose space falls at different columns, nor rows of no table. Helper tables81, fresh-user trial 80d's hazard map.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("警戒3\u3000高齢者等避難\u3000\u3000避難を始める", "警戒4\u3000避難指示\u3000\u3000\u3000\u3000全員避難する",
    ...         "警戒5\u3000緊急安全確保\u3000\u3000直ちに安全確保")
    >>> [len(v) for k, v in sorted(table_separators(ls).items())]
    [2, 2, 2]
    >>> ls = mk("山田\u3000太郎\u3000\u3000会長", "佐藤\u3000花子\u3000\u3000副会長", "鈴木\u3000一郎\u3000\u3000会計")
    >>> [len(v) for k, v in sorted(table_separators(ls).items())]
    [1, 1, 1]
    """
    out: dict[int, list[tuple[int, int]]] = {}
    for run in _adjacent_runs(lines, sorted(found), lambda a, b: len(found[a]) == len(found[b])):
        if len(run) < MIN_ROWS:
            continue
        extra: dict[int, list[tuple[int, int]]] = {i: [] for i in run}
        for c in range(len(found[run[0]]) + 1):
            places: list[tuple[int, int]] = []
            columns = set()
            for i in run:
                s, spans = lines[i].text, found[i]
                bounds = [0] + [x for span in spans for x in span] + [len(s)]
                a, b = bounds[2 * c], bounds[2 * c + 1]
                cell = s[a:b]
                inner = cell.strip(" \t\u3000")
                if inner.count("\u3000") != 1 or re.search("[ \t]\u3000|\u3000[ \t]", inner):
                    break
                at = a + len(cell) - len(cell.lstrip(" \t\u3000")) + inner.index("\u3000")
                before = s[a:at].strip(" \t\u3000")
                if not before or not s[at + 1:b].strip(" \t\u3000") or _surname(before):
                    break
                places.append((at, at + 1))
                # (a sign of ambiguous width, ``×``, is as wide as a kanji in a Japanese writer's font)
                columns.add((_cell_starts(lines[i], spans)[c] if c else _cell_starts(lines[i], [])[0])
                            + sum(2 if east_asian_width(ch) in "WFA" else 1 for ch in s[a:at + 1]))
            else:
                if len(columns) == 1:
                    for i, place in zip(run, places):
                        extra[i].append(place)
        for i in run:
            if extra[i]:
                out[i] = sorted(found[i] + extra[i])
    return out


_GUTTER = re.compile("[ \t\u3000]{2,}")
"""A column's gutter in a dump laid out by white space: two white characters or more of any width (``  ``, ``\u3000\u3000``,
``\u3000 ``); one ideographic space alone parts a cell's words (``ごはん\u3000牛乳``)."""
GUTTER_TOLERANCE = 2
"""Display columns a cell may start off its column and still be in it: a layout writer (``pdftotext -layout``) rounds
each glyph's position to a character cell, so a column's cells start a column or two apart (kondate's ``小麦粉、…``
one column left of the ``米、…`` over it)."""
MAX_GUTTER_LAST_CELL = 80
"""Characters the last cell of a row read by its gutters holds at most (segment's ``tables.MAX_CELL``): a chronology's
event, a menu's ingredients."""


_CLOCK_CELL = re.compile(r"[0-9０-９]{1,2}[:：.][0-9０-９]{2}(?![0-9])")
"""A cell opening on a time of day (``09:20-09:40``, ``10.30``): a programme's slot."""
MIN_GUTTER_CELLS = 3
"""Cells the rows of a table read by its gutters alone hold (most of them): a label and its value lined up, two cells,
are a record's or a minutes' fields (``日　時　　令和7年3月4日…`` / ``出席委員　　…``), which segment reads as fields
with their white, and a dialogue's turns; the passes above read two-cell tables by their own evidence."""


def _gutter_cells(t: Text) -> tuple[list[tuple[int, int]], list[str], tuple[int, ...]] | None:
    """The gutters (:data:`_GUTTER`), cells and cells' display columns of a line that may be a row of a table laid out
    by white space, else None: two cells or more, every cell but the last no wider than a label
    (:data:`MAX_LABEL_WIDTH`) and no piece of running text (none ending on a sentence's or a clause's mark), the last
    one no longer than :data:`MAX_GUTTER_LAST_CELL`, no page's number or label opening it; a number alone opening
    it (a row's position, a heading's number) only before two cells more (:func:`numbered_row`)."""
    s = t.text
    if "\t" in s:
        return None
    stripped = s.strip(" \u3000")
    lead = len(s) - len(s.lstrip(" \u3000"))
    spans = [(lead + m.start(), lead + m.end()) for m in _GUTTER.finditer(stripped)]
    cells = _cells(s, spans)
    if len(cells) < 2 or not all(cells) or len(cells[-1]) > MAX_GUTTER_LAST_CELL:
        return None
    if any(display_width(c) > MAX_LABEL_WIDTH or c[-1] in SENTENCE_MARKS + "。" or c.rstrip(_CLOSERS)[-1:] in tuple(SENTENCE_ENDS)
           for c in cells[:-1]):
        return None
    if numbered_row(cells):
        return spans, cells, _cell_starts(t, spans)  # a row's position (``8``, no page's number here: cells follow)
    if page_number(cells[0]) is not None or heading_number_end(s) is not None:
        return None
    return spans, cells, _cell_starts(t, spans)


def _shared(start: int, others: list[tuple[int, ...]]) -> int:
    """How many rows of ``others`` (each its cells' display columns) start a cell within :data:`GUTTER_TOLERANCE` of
    ``start``."""
    return sum(any(abs(start - c) <= GUTTER_TOLERANCE for c in starts[1:]) for starts in others)


def _gutter_rows(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its gutters, for the rows of a table a dump lays out by white space alone: :data:`MIN_ROWS`
    raw-adjacent lines or more (:func:`_gutter_cells`) each of whose cells after the first starts in a column that
    :data:`MIN_ROWS` of the run's lines start a cell in, give or take :data:`GUTTER_TOLERANCE`, the run no text blocks
    set side by side (segment's ``tables._columns_of_text``: a column running on from row to row, or no column of one
    kind of item), no contents' entries (:func:`_contents_run`).

    Why (issue 16, fresh-user trials 81a and 81c: a school lunch menu, a company chronology, tender results printed by
    ``pdftotext -layout``): the passes above ask a row for short cells, or numbers in the same places, or for its
    cells to start in the very same column; a menu's dishes (``ごはん\u3000牛乳\u3000ぶり大根\u3000ごま和え``, 32 columns), a
    chronology's events (sentences, ``…を創業。``) and a layout writer's columns a column or two apart fail them, so
    the rows kept their runs of spaces and ``remove_cjk_ascii_spaces`` glued their cells (``8木``,
    ``1948昭和23年4月``). A column is what several rows share, as pdfplumber's text strategy reads words whose edges line
    up over three rows or more (``min_words_vertical``, within ``text_x_tolerance``): the gutter at the same column
    line after line is layout, not a typesetter's space. It does NOT read one line alone, two lines, prose with a
    double space (its pieces end sentences or do not line up), a list of numbered headings (a number and a title,
    two cells), nor rows whose cells start where no other row's do.

    A line right under a row holding one cell that starts in the table's last column (a chronology's event going on,
    ``時計部品の切削加工を始める`` under ``1948  昭和23年  4月  創業者…を創業。``) is no row: it belongs to the run, and
    :func:`part_table_cells` joins it to the cell over it (:func:`wrapped_last_cells`).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("日   曜   こんだて名                   エネルギー", "8    木   ごはん\u3000牛乳\u3000ぶり大根     612",
    ...         "9    金   コッペパン\u3000牛乳\u3000ポトフ    598", "13   火   七草ごはん\u3000牛乳          605")
    >>> [len(v) for k, v in sorted(_gutter_rows(ls, {}).items())]
    [3, 3, 3, 3]
    >>> _gutter_rows(mk("It was late.  We left the hall", "and walked home.  Nobody spoke", "a word on the way."), {})
    {}
    """
    rows: list[tuple[list[tuple[int, int]], list[str], tuple[int, ...]] | None] = [_gutter_cells(t) for t in lines]
    gappy = [bool(_GUTTER.search(t.text.strip(" \u3000"))) and "\t" not in t.text for t in lines]
    out: dict[int, list[tuple[int, int]]] = {}
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and (gappy[end] or (end > k and _wrapped_last(lines, rows, end))) \
                and (end == k or _step(lines, end) == 1):
            end += 1
        block = [i for i in range(k, end) if rows[i] is not None]
        span = range(k, end)
        k = max(end, k + 1)
        starts = [rows[i][2] for i in block]  # type: ignore[index]
        good = {i for i, st in zip(block, starts) if all(_shared(c, starts) >= MIN_ROWS for c in st[1:])}
        if len(good) < MIN_ROWS:
            continue
        # a row whose long cell runs up to the next column, one space short of its gutter (``…けんちん汁 米、牛乳…``):
        # parted at the one space that opens a cell in the column the table's other rows start it in
        columns = _columns([rows[i][2] for i in good])  # type: ignore[index]
        for i in span:
            if gappy[i] and (i not in good or len(rows[i][1]) < len(columns) + 1) \
                    and (mended := _mended(lines[i], columns)) is not None \
                    and (i not in good or len(mended[1]) > len(rows[i][1])):  # type: ignore[index]
                rows[i] = mended
                good.add(i)
        runs: list[list[int]] = []
        for i in span:
            if i in good:
                if runs and runs[-1][-1] == i - 1 or runs and all(_wrapped_last(lines, rows, j) for j in range(runs[-1][-1] + 1, i)):
                    runs[-1].append(i)
                else:
                    runs.append([i])
        for run in runs:
            # (a line at the run's edge holding fewer cells than its rows is a note over or under the table,
            # ``Note  All times are provisional.``: :func:`_aligned_neighbours` weighs such lines by its own rules)
            counts = [len(rows[i][1]) for i in run]  # type: ignore[index]
            most = max(set(counts), key=counts.count)
            while run and len(rows[run[-1]][1]) < most:  # type: ignore[index]
                run = run[:-1]
            while run and len(rows[run[0]][1]) < most:  # type: ignore[index]
                run = run[1:]
            cells = [rows[i][1] for i in run]  # type: ignore[index]
            if len(run) < MIN_ROWS or all(i in found for i in run) or _contents_run(cells) or most < MIN_GUTTER_CELLS:
                continue
            if 2 * sum(_CLOCK_CELL.match(c[0]) is not None for c in cells) >= len(cells):
                continue  # a programme's slots (``09:20-09:40  Abstract ID 12  …``): read by segment's programme rules
            if all(c[0].endswith((":", "：")) for c in cells):
                # a speaker's label and the line spoken (``Norm:   A little early, isn't it Woody?``), a form's label
                # and its value: a dialogue's turns or a form's fields, no table (segment reads them so, as before)
                continue
            from pipeline.segment.tables import _columns_of_text, _odd_row  # the one reading of text side by side

            if _columns_of_text([tuple(c) for c in cells]) or 2 * sum(_odd_row(tuple(c)) for c in cells) >= len(cells):
                continue
            # (rows another pass read keep its separators; the run's other rows join them)
            out.update({i: rows[i][0] for i in run if i not in found})  # type: ignore[index]
    return out


def _header_rows(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its gutters, for the line right over a table's rows (``found``, :data:`MIN_ROWS` raw-adjacent rows
    or more of one cell count) that names their columns: labels (short, no sentence's or clause's mark, not all
    numbers), one over each column: each word of the line (parted by white of any width) overlaps the display columns
    one column's cells fill in the rows more than any other column's (by half its width or the column's at least),
    the words in the columns' order, every column named;
    the white between two columns' words parts the cells (``番号 工事名`` over a tender's numbers and works: two labels
    one space apart, the number's column narrow). A header centres
    or right-aligns its labels over figures (``頻度区分        ベースライン   提案手法`` over ``100回以上          96.2
    96.4``: each label four columns left of its figures' start), so the passes that ask a header's cells to start where
    the rows' do had left it a paragraph over its table (fresh-user trial 81c's 予稿, its 表1). It does NOT take a
    line of running text, a caption (one cell), nor a line whose pieces straddle two columns.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("頻度区分        ベースライン   提案手法", "100回以上          96.2          96.4",
    ...         "10〜99回           81.5          85.7", "10回未満           42.3          58.9")
    >>> sorted(table_separators(ls))
    [0, 1, 2, 3]
    """
    out: dict[int, list[tuple[int, int]]] = {}
    keys = sorted(found)
    for n, i in enumerate(keys):
        j = i - 1
        if j < 0 or j in found or (n > 0 and keys[n - 1] == j) or _step(lines, i) != 1 or "\t" in lines[j].text:
            continue
        run = [i]
        while run[-1] + 1 in found and _step(lines, run[-1] + 1) == 1 and len(found[run[-1] + 1]) == len(found[i]):
            run.append(run[-1] + 1)
        # (rows already parted by TABs, a later round's or extract's, have lost the columns the dump set them in; a
        # header of two columns is read by the passes above, :func:`_aligned`)
        if len(run) < MIN_ROWS or len(found[i]) + 1 < MIN_GUTTER_CELLS or any("\t" in lines[k].text for k in run):
            continue
        s = lines[j].text
        if heading_number_end(s) is not None or any(ch in s for ch in SENTENCE_MARKS + "。"):
            continue
        # each column's extent in the rows
        extents = []
        for k in run:
            starts = _cell_starts(lines[k], found[k])
            extents.append([(a, a + display_width(c)) for a, c in zip(starts, _cells(lines[k].text, found[k]))])
        columns = [(min(e[c][0] for e in extents), max(e[c][1] for e in extents)) for c in range(len(found[i]) + 1)]
        # the line's words (parted by any white), each over the one column it overlaps
        lead = len(s) - len(s.lstrip(" \u3000"))
        whites = [(lead + m.start(), lead + m.end()) for m in _ANY_SPACE.finditer(s.strip(" \u3000"))]
        words = _cells(s, whites)
        places = _cell_starts(lines[j], whites)
        if places and (lead or "\u3000" in s):
            # (the first word's column: its cell's start counts from the line's white where the line kept it; where
            # clean took it, every start counts the raw indent in characters, and a line that parts its words by
            # ideographic spaces was indented by them too, two display columns each)
            places = (places[0] + display_width(s[:lead]),) + places[1:] if lead else tuple(p + places[0] for p in places)
        over = []
        for w, at in zip(words, places):
            # (the column it overlaps most, by half its width at least: a layout writer's columns drift a column or
            # two from row to row, so a label may touch the next column's widest cell)
            width = display_width(w)
            share = [(min(y, at + width) - max(x, at), c) for c, (x, y) in enumerate(columns)]
            most, c = max(share)
            over.append(c if 2 * most >= min(width, columns[c][1] - columns[c][0]) and most > 0
                        and sum(sh == most for sh, _ in share) == 1 else None)
        # (a header over the figures only leaves the rows' labels' column, the stub, unnamed, its labels set in past
        # it: ``（百万円）`` / ``　　　　2026年3月期　　2025年3月期`` over ``売上高　　12,345　　11,890``, a 決算短信's; the stub
        # is the first column, and the line's first word starts right of every label in it)
        stub = len(columns) >= MIN_GUTTER_CELLS and bool(places) and places[0] >= columns[0][1] > columns[0][0]
        named = list(range(1 if stub else 0, len(columns)))
        if None in over or over != sorted(over) or sorted(set(over)) != named:
            continue
        spans = [sp for sp, a, b in zip(whites, over, over[1:]) if a != b]
        cells = _cells(s, spans)
        if any(display_width(c) > MAX_CELL_WIDTH for c in cells) or all(_numeric(c) for c in cells):
            continue
        out[j] = spans
    return out


def _columns(starts: list[tuple[int, ...]]) -> list[int]:
    """The display columns a table's rows start their cells in (each row's cells' columns, ``starts``): every column
    :data:`MIN_ROWS` rows start a cell in, give or take :data:`GUTTER_TOLERANCE`, the one most of them start in."""
    every = sorted(c for st in starts for c in st[1:])
    clusters: list[list[int]] = []
    for c in every:
        if clusters and c - clusters[-1][-1] <= GUTTER_TOLERANCE:
            clusters[-1].append(c)
        else:
            clusters.append([c])
    return [max(set(cl), key=cl.count) for cl in clusters if len(cl) >= MIN_ROWS]


def _mended(t: Text, columns: list[int]) -> tuple[list[tuple[int, int]], list[str], tuple[int, ...]] | None:
    """``t``'s gutters with the single spaces (ASCII or ideographic) that open a cell in a column of ``columns`` where
    its gutters open none, its cells and their columns, where every cell after the first then starts in a column of
    the table and the row is one :func:`_gutter_cells` reads; else None. One space is taken per column, and only where
    it alone in the line opens a cell there."""
    s = t.text
    lead = len(s) - len(s.lstrip(" \u3000"))
    spans = [(lead + m.start(), lead + m.end()) for m in _GUTTER.finditer(s.strip(" \u3000"))]
    opened = _cell_starts(t, spans)[1:]
    for col in columns:
        if any(abs(col - c) <= GUTTER_TOLERANCE for c in opened):
            continue
        places = [m.start() for m in re.finditer("(?<=[^ \u3000\t])[ \u3000](?=[^ \u3000\t])", s)
                  if abs(_cell_starts(t, [(m.start(), m.end())])[1] - col) <= GUTTER_TOLERANCE]
        if len(places) == 1:
            spans.append((places[0], places[0] + 1))
    spans.sort()
    cells = _cells(s, spans)
    starts = _cell_starts(t, spans)
    ends = [st + display_width(c) for st, c in zip(starts, cells)]
    # a cell starts in a column, or right of one that the cell before it runs over (``Bangladesh University of
    # Engineering and Technology  Bangladesh``: a layout writer pushes the next cell on)
    if len(cells) < 2 or not all(any(abs(c - col) <= GUTTER_TOLERANCE or starts[j] < col < c and ends[j] >= col - 1
                                     for col in columns) for j, c in enumerate(starts[1:])):
        return None
    # (its cells may be as long as a row's last: they start in the table's columns)
    if any(len(c) > MAX_GUTTER_LAST_CELL or c[-1] in SENTENCE_MARKS + "。" for c in cells[:-1]) \
            or len(cells[-1]) > MAX_GUTTER_LAST_CELL:
        return None
    return spans, cells, starts


def _wrapped_last(lines: list[Text], rows: list, i: int) -> bool:
    """``lines[i]`` is one cell starting in the last column of the row over it (:func:`_gutter_cells`), a wrapped
    last cell (:func:`_gutter_rows`)."""
    above = rows[i - 1] if i > 0 else None
    s = lines[i].text
    if above is None or _GUTTER.search(s.strip(" \u3000")) or "\t" in s or not s.strip():
        return False
    start = _cell_starts(lines[i], [])[0]
    return abs(start - above[2][-1]) <= GUTTER_TOLERANCE and len(above[2]) >= MIN_ROWS


_COUNTED_LABEL = re.compile(r"^(?P<word>Week|Day|Session|Lesson|Lecture|Class|Seminar|Tutorial|Lab|Practical|Month|Round"
                            r"|第)[ \t]?(?P<n>[0-9]{1,2})(?:回|週|日|講)?$")
"""A schedule's counted label alone in its cell: ``Week 3``, ``Day 2``, ``Session 4``, ``Lecture 10``, ``第3回``. A closed
list of a timetable's units: a contents' ``Chapter 1    Introduction`` or an instruction's ``Step 1    Remove the
cover`` is no schedule's row (their own readers weigh them)."""
MAX_COUNTED_CELL_WIDTH = 64
"""The widest text cell a counted row holds (a week's topic: ``Plants in the city: spontaneous vegetation``)."""


def _counted_rows(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its one separator, for a schedule's rows: :data:`MIN_ROWS` raw-adjacent lines or more, each a
    counted label (:data:`_COUNTED_LABEL`: ``Week 1``, ``Day 2``, ``第3回``), a run of two spaces or more and one
    cell of text up to :data:`MAX_COUNTED_CELL_WIDTH` columns (no ``。``), the labels' word one and their numbers
    counting up by one, the text cells starting in one display column. The count and the column are the evidence a
    table's is; the text cell may run past :data:`MAX_CELL_WIDTH` and close on a question (``Orientation; what is a
    city?``), which a dialogue's ``Q:`` / ``A:`` labels never count. Decision (issue 16 point 2, helper ver80 after
    fresh-user trial 80a's syllabus, whose ``Week N    topic`` schedule had stayed seven paragraphs).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(table_separators(mk("Week 1    Orientation; what is a city?", "Week 2    Urban climate and the heat island",
    ...                            "Week 3    Plants in the city: spontaneous vegetation")))
    [0, 1, 2]
    >>> _counted_rows(mk("Week 1    Orientation; what is a city?", "Week 3    Soils, water and urban streams",
    ...                  "Week 4    Plants in the city: spontaneous vegetation"), {})  # no count (its column: _gutter_rows)
    {}
    """
    out: dict[int, list[tuple[int, int]]] = {}
    rows: list[tuple[str, int, list[tuple[int, int]], tuple[int, ...]] | None] = []
    for t in lines:
        text = t.text
        spans = _separators(text, True)
        cells = _cells(text, spans)
        m = _COUNTED_LABEL.match(cells[0]) if len(cells) == 2 else None
        ok = m is not None and 0 < display_width(cells[1]) <= MAX_COUNTED_CELL_WIDTH and "。" not in text
        rows.append((m["word"], int(m["n"]), spans, _cell_starts(t, spans)) if ok and m is not None else None)
    k = 0
    while k < len(rows):
        row = rows[k]
        end = k + 1
        while row is not None and end < len(rows) and (nxt := rows[end]) is not None and _step(lines, end) == 1 \
                and nxt[0] == row[0] and nxt[1] == rows[end - 1][1] + 1 and nxt[3] == row[3]:
            end += 1
        if row is not None and end - k >= MIN_ROWS and not any(i in found for i in range(k, end)):
            out.update({i: rows[i][2] for i in range(k, end)})  # type: ignore[index]
        k = end
    return out


_RECORD = re.compile("([0-9]{3,8})([ \t\u3000]+)(\\S.*)")
"""A record's line: its number alone (three digits or more: an examinee's, a member's, a lot's; no heading numbers so
long), white of any kind, then the record (``1003　青木　美咲``, ``102　　山田　太郎``)."""


def _numbered_records(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its one separator, for the runs of :data:`MIN_ROWS` raw-adjacent Japanese lines or more that
    each hold a record's number and a short record (:data:`_RECORD`: no wider than a cell, no sentence's mark, no
    second run of wide white), the numbers of one length rising from line to line; and for the line right over such a
    run that names its two columns (two words parted by white, no digit: ``受験番号　氏名``).

    Why (issue 16 point 2, helper tab80: a 合格者発表 pass list): each list's rows ``受験番号　氏名`` were paragraphs, or
    read as sections numbered by the examinee's number, where the document shows a list of records: a number set
    apart from what it numbers, line under line, rising. The white after a number is a column's edge here, whatever its
    width, as a figure's is in :func:`_figure_rows`. It does NOT take numbered headings (one or two digits), numbers
    that fall or repeat, nor lines of running text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_numbered_records(mk("受験番号　氏名", "1003　青木　美咲", "1007　石田　陽菜", "1012 上野　彩花"), {}).items())
    [(0, [(4, 5)]), (1, [(4, 5)]), (2, [(4, 5)]), (3, [(4, 5)])]
    >>> _numbered_records(mk("1003　青木", "1001　石田", "1012　上野"), {}), _numbered_records(mk("1 はじめに", "2 方法", "3 結果"), {})
    ({}, {})
    """
    rows: list[tuple[int, int, int] | None] = []
    for t in lines:
        s = t.text
        lead = len(s) - len(s.lstrip(" \t\u3000"))
        m = _RECORD.fullmatch(s.strip(" \t\u3000"))
        ok = m is not None and has_japanese(m.group(3)) and 0 < display_width(m.group(3)) <= MAX_CELL_WIDTH \
            and not any(c.isdigit() for c in m.group(3)) \
            and not any(c in m.group(3) for c in SENTENCE_MARKS + "。") and _WIDE.search(m.group(3)) is None \
            and _IDEOGRAPHIC.search(m.group(3)) is None
        rows.append((int(m.group(1)), lead + m.start(2), lead + m.end(2)) if ok and m is not None else None)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and rows[end] is not None and (end == k or (
                _step(lines, end) == 1 and rows[end][0] > rows[end - 1][0]  # type: ignore[index]
                and len(str(rows[end][0])) == len(str(rows[k][0])))):  # type: ignore[index]
            end += 1
        if end - k >= 2 and not any(i in found for i in range(k, end)):
            runs.append((k, end))
        k = max(end, k + 1)
    # a run of two is a list's where the document lists its other records alike, three or more, numbers of one length
    # (a pass list's last department with two passers: its rows had been glued paragraphs, ``2302浜田 凛``)
    lengths = {len(str(rows[a][0])) for a, b in runs if b - a >= MIN_ROWS}  # type: ignore[index]
    out: dict[int, list[tuple[int, int]]] = {}
    for a, b in runs:
        if b - a >= MIN_ROWS or len(str(rows[a][0])) in lengths:  # type: ignore[index]
            out.update({i: [rows[i][1:]] for i in range(a, b)})  # type: ignore[index]
            if a > 0 and _step(lines, a) == 1 and (head := _column_names(lines[a - 1].text)) is not None:
                out[a - 1] = [head]
    return out


def _column_names(s: str) -> tuple[int, int] | None:
    """The white between the two words of a line naming a list's two columns (``受験番号　氏名``: no
    digit, each word short), else None."""
    lead = len(s) - len(s.lstrip(" \t\u3000"))
    gaps = list(_ANY_SPACE.finditer(s.strip(" \t\u3000")))
    if len(gaps) != 1 or any(c.isdigit() for c in s):
        return None
    a, b = s.strip(" \t\u3000")[:gaps[0].start()], s.strip(" \t\u3000")[gaps[0].end():]
    if not (0 < display_width(a) <= 12 and 0 < display_width(b) <= 12) or any(c in s for c in SENTENCE_MARKS + "。.:："):
        return None
    return lead + gaps[0].start(), lead + gaps[0].end()


MIN_FULL_ROWS = 2
"""Rows holding every column a run of rows of several cell counts shows at least (:func:`_short_rows_run`)."""


def _short_rows_run(lines: list[Text], rows: list, k: int) -> int:
    """The end of a table's rows from ``rows[k]`` whose last cells some rows leave empty, else ``k``.

    A run of raw-adjacent rows (the wide or the ideographic pass: cells parted by runs of white), :data:`MIN_ROWS` or
    more, of two cell counts or more (the most, ``n``, held by :data:`MIN_FULL_ROWS` rows at least), where every row
    but a header (the first, ``n`` cells, no number) holds a number in the same columns as the others over the columns
    they all share (``項目 / 金額 / 備考`` over ``市補助金 / 1,500,000 / 市観光振興補助`` and ``出店料 / 420,000``: a
    label and an amount, a note or none), those columns two or more and a number among them. Every row holds fewer
    cells only by the ones it leaves empty at its end: an empty cell leaves no mark in a dump (its padding goes with
    the line's trailing white), so a row without its note is no less the table's.

    Why (issue 16 point 2, helper tab80, fresh-user trials' festival reports): a 収支 table lined up with full-width
    spaces broke at each row without a note, the rows between two such rows no table at all (each run of one count had
    to reach :data:`MIN_ROWS` by itself), so the table became pieces and paragraphs. It does NOT take rows whose
    shared columns disagree on where the number stands (two tables one under the other), nor a run of one count
    (read as before).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("項目　　金額　　備考", "会費　　1,000　　年額", "寄付　　500",
    ...         "補助　　2,000　　市", "計　　3,500")
    >>> sorted(table_separators(ls))
    [0, 1, 2, 3, 4]
    >>> table_separators(mk("会場　　定員　　備考", "市民会館　　1,200　　大", "第2会場　　ホール", "体育館　　300　　床"))
    {}
    """
    end = k
    while end < len(rows) and rows[end] is not None and (end == k or _step(lines, end) == 1):
        end += 1
    group = [cells for _, _, cells in rows[k:end]]  # type: ignore[misc]
    counts = {len(cells) for cells in group}
    if len(group) < MIN_ROWS or len(counts) < 2:
        return k
    n = max(counts)
    data = group[1:] if len(group[0]) == n and not any(_numeric(c) for c in group[0]) else group
    if sum(len(cells) == n for cells in data) < MIN_FULL_ROWS:
        return k
    shared = min(len(cells) for cells in data)
    patterns = {tuple(_numeric(c) for c in cells[:shared]) for cells in data}
    if shared < 2 or len(patterns) != 1 or not any(next(iter(patterns))):
        return k
    return end


MIN_NUMBERED_ROW_CELLS = 3
"""Cells a row opening on a number holds at least to be a table's row (:func:`numbered_row`)."""


def numbered_row(cells: list[str]) -> bool:
    """A row whose first cell is a number alone (a position, a rank, an item's number: ``1``, ``10.``, ``3rd``) with
    :data:`MIN_NUMBERED_ROW_CELLS` cells or more, parted by runs of two spaces or more: a results table's, a standings'
    or a league table's row (``1    Tom Haverstock    Senior    20:41``), whatever the number's shape says.

    Why (issue 16 point 2, fresh-user trial 78d, helper results79): a line opening on a heading number is no row (a
    list of sections, ``1 はじめに``), so a cycling club's results table, each row led by the rider's position, kept its
    spaces and became 16 sections, one a rider. A heading is its number and its title; a second run of wide white after
    the title, then more cells, is a row's columns. A contents' entries (number, title, page) are told apart by
    :func:`_contents_run`.

    >>> numbered_row(["1", "Tom Haverstock", "Senior", "20:41"]), numbered_row(["3rd", "Beech House", "285"])
    (True, True)
    >>> numbered_row(["1", "Introduction"]), numbered_row(["1.2 Scope", "4", "x"]), numbered_row(["第2章", "方法", "12"])
    (False, False, False)
    """
    return len(cells) >= MIN_NUMBERED_ROW_CELLS and _ROW_NUMBER.fullmatch(cells[0]) is not None


_ROW_NUMBER = re.compile(r"[0-9]{1,4}(?:[.)]|st|nd|rd|th|=)?")
"""A row's number alone in its cell: a position (``1``, ``10.``, ``3rd``, ``4=`` for a tie)."""


def _ranked(rows: list[list[str]]) -> bool:
    """Rows of one cell count (a header over them or not), :data:`MIN_ROWS` or more led by a position
    (:func:`numbered_row`) that stays (a tie) or rises by one from row to row (``1``, ``2``, ``2``, ``4`` after a tie
    too: a rise of two after a tie): a results table, a standings' or a league table's rows, whatever its other
    columns hold (a category ``F35`` beside ``Senior`` breaks :func:`_is_table`'s pattern of numbers).

    >>> _ranked([["1", "Amy Fletcher", "F35", "18:02"], ["2", "Ravi Sharma", "Senior", "18:15"], ["3", "Josh Kettle", "M40", "18:31"]])
    True
    >>> _ranked([["1", "Amy", "F35"], ["5", "Ravi", "M40"], ["9", "Josh", "M50"]]), _ranked([["1", "Amy", "F35"], ["2", "Ravi", "M40"]])
    (False, False)
    """
    ranked = rows[1:] if rows and not numbered_row(rows[0]) else rows
    if len(ranked) < MIN_ROWS or not all(numbered_row(cells) for cells in ranked):
        return False
    places = [int(re.match(r"[0-9]+", cells[0]).group()) for cells in ranked]  # type: ignore[union-attr]
    return all(b == a or a < b <= a + 1 + (places[:k + 1].count(a) - 1) for k, (a, b) in enumerate(zip(places, places[1:])))


def _contents_run(rows: list[list[str]]) -> bool:
    """Rows led by a number (:func:`numbered_row`) whose last cell is a page number rising from row to row (``1
    Introduction    3`` / ``2    Methods    7``): a table of contents' entries, which segment reads as entries, no
    table. A standings' points fall as the positions rise, a results table's times are no bare numbers.

    >>> _contents_run([["1", "Introduction", "3"], ["2", "Methods", "7"], ["3", "Results", "12"]])
    True
    >>> _contents_run([["1", "Oak House", "312"], ["2", "Ash House", "298"], ["3", "Beech House", "285"]])
    False
    """
    numbered = [cells for cells in rows if numbered_row(cells)]
    if len(numbered) < 2 or any(not cells[-1].isdigit() for cells in numbered):
        return False
    pages = [int(cells[-1]) for cells in numbered]
    return all(b >= a for a, b in zip(pages, pages[1:]))


_NAME_PAIR_CELL = re.compile(f"[{KANJI}々ヶ{GAP}]{{1,4}} [{KANJI}{KATAKANA}{HIRAGANA}々{GAP}]{{1,4}}")
"""A TAB-parted cell holding a surname and a given name parted by one half-width space (``佐々木 和子``, ``村井 早\ufffd``):
a roster's name, its space a word space."""


NAME_CELLS_MIN = 1
"""Cells of a TAB-parted row holding a surname Sudachi reads as one, a space and a given name, that make the row a
roster's (a party's list, ``サブリーダー\t今泉 真紀\t47``, holds one a row: the row's TABs are its columns)."""


def _surname(word: str) -> bool:
    """Sudachi reads ``word``, no lost glyph in it, alone as one surname (固有名詞-人名-姓: 佐々木, 村井; not 路線)."""
    from pipeline.sudachi import tokenizer

    if GAP in word:
        return False
    morphemes = tokenizer("C").tokenize(word)
    return len(morphemes) == 1 and tuple(morphemes[0].part_of_speech()[1:4]) == ("固有名詞", "人名", "姓")


_NUMBER_LABEL = re.compile(r"(?:電話|電話番号|ＴＥＬ|TEL|Tel|ＦＡＸ|FAX|Fax|ファクス|ファックス|携帯|内線)[:：]?$")
"""A means of contact's label ending a piece of a line, its number after one space (``電話 0480-22-3115``,
``TEL 03-…``). A closed list: the labels a Japanese notice's or newsletter's contact line prints before a telephone or
fax number (the words :func:`pipeline.segment.contacts.contact_line` reads as means of contact)."""


def _without_number_label_spaces(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the any-space pass's separators of ``s``) without a single space between a telephone's or fax's
    label and its number (:data:`_NUMBER_LABEL`): ``電話 0480-22-3115`` is one value, no two cells. Why (helper notice84,
    fresh-user trial 84a): a newsletter's contact box, ``市民文化課　電話 0480-22-3115`` over ``危機管理課　電話
    0480-22-3130``, had become a table of two columns, its box no longer read as the contact block closing it.

    >>> _without_number_label_spaces("市民文化課\u3000電話 0480-22-3115", [(8, 9)])
    []
    >>> _without_number_label_spaces("駅前線 520 310", [(3, 4), (7, 8)])
    [(3, 4), (7, 8)]
    """
    return [(a, b) for a, b in spans
            if not (b - a == 1 and _NUMBER_LABEL.search(s[:a]) and s[b:b + 1] in "0123456789０１２３４５６７８９(（")]


def _without_name_spaces(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the any-space pass's separators of ``s``) without the single spaces inside a cell the line's own TABs
    part (:data:`_NAME_PAIR_CELL`): a duty roster written with TABs, each cell a surname, a space and a given name
    (``1月\\t佐々木 和子\\t高野 勇``), keeps each name one cell (:data:`NAME_CELLS_MIN` cell of the row a whole surname's at
    least, a name whose surname lost a glyph kept whole with it: ``\ufffd藤 里美``). Without this the row split into twice its header's cells
    (``月\\t第1週\\t…``, five) and each given name stood in a cell of its own, read by restore as a word (fresh-user trial
    77's 回覧板: ``村井 早\ufffd`` offered 速, 朝; ``\ufffd藤 里美`` 佐, 伊). Helper jname77.

    >>> _without_name_spaces("1月\\t佐々木 和子\\t高野 勇", [(2, 3), (6, 7), (9, 10), (12, 13)])
    [(2, 3), (9, 10)]
    >>> _without_name_spaces("駅前線 520\\t310", [(3, 4), (7, 8)])
    [(3, 4), (7, 8)]
    """
    if "\t" not in s:
        return spans
    keep, start, named = [], 0, 0
    for cell in s.split("\t"):
        pair = cell.strip(" ")
        if _NAME_PAIR_CELL.fullmatch(pair) is not None and pair.count(" ") == 1:
            keep.append(start + len(cell) - len(cell.lstrip(" ")) + pair.index(" "))
            named += _surname(pair.split(" ")[0])
        start += len(cell) + 1
    if named < NAME_CELLS_MIN:
        return spans
    return [(a, b) for a, b in spans if not (b - a == 1 and a in keep)]


def _aligned_neighbours(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its separators, for the lines right above or under a table's rows (``found``, raw-adjacent) whose
    cells, parted by runs of two spaces or more, are as many as the row's beside it and start in the very display
    columns its cells start in; a cell may then be as wide as a survey answer's label (:data:`MAX_LABEL_WIDTH`), no
    cell ending on a sentence's mark, no heading number nor page's label opening the line (``p.1  Matsuyama: Trams…``: a
    deck's one-line slide naming its page, read by segment's page labels; merged with them in session 76 this rule had
    made a volume's English slides a table). Repeated outwards, row by row.

    Why (issue 16 point 2, fresh-user trial 75d): a catalogue's assessment table pads each label to its percent's
    column, so its longest label (``Final report and presentation   25%``, 29 columns) gets three spaces, and past
    :data:`MAX_CELL_WIDTH` the row had stayed a paragraph under the table. The column its figure shares with the rows
    over it is the evidence, as :func:`_aligned` reads it; a sentence under a table starts no cell in its columns.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Field notebook                  20%", "Model project                   35%",
    ...         "Midterm examination             20%", "Final report and presentation   25%")
    >>> sorted(table_separators(ls))
    [0, 1, 2, 3]
    >>> ls[3] = Text.from_raw("Final report and presentation 25%", 4)  # no gutter before its figure
    >>> sorted(table_separators(ls))
    [0, 1, 2]

    Under a table, a row whose cells are fewer but each starts in a column of the row over it (a note run over the
    last columns: ``DNF  Ian Rushworth (puncture at the turn)``, helper results79); no sentence:

    >>> ls = mk("1    Tom Haverstock    Senior    20:41", "2    Rhys Calloway     Vet 40    20:52",
    ...         "3    Daniel Okonkwo    Senior    21:15", "DNF  Ian Rushworth (puncture at the turn)", "Note  All times are provisional.")
    >>> sorted(table_separators(ls))
    [0, 1, 2, 3]
    """
    out: dict[int, list[tuple[int, int]]] = {}
    grown = True
    while grown:
        grown = False
        for i in sorted({**found, **out}):
            spans_i = out.get(i, found.get(i))
            for j in (i - 1, i + 1):
                if not 0 <= j < len(lines) or j in found or j in out or _step(lines, max(i, j)) != 1:
                    continue
                s = lines[j].text
                spans = _separators(s, True)
                cells = _cells(s, spans)
                starts, starts_i = _cell_starts(lines[j], spans), _cell_starts(lines[i], spans_i)
                # (a row under the table that runs its last columns into one note, ``DNF  Ian Rushworth (puncture at
                # the turn)`` under a results table: fewer cells, each starting in a column of the row over it)
                fewer = j > i and 2 <= len(cells) < len(starts_i) and set(starts) <= set(starts_i) \
                    and not any(c.rstrip(_CLOSERS)[-1:] in tuple(SENTENCE_ENDS) for c in cells)
                # (a row's last cell may hold a note's sentence where its other cells start in the row's very
                # columns: ``区分D 応募団体数 10団体  (応募が少なかったため、…審査します。)`` among ``…  採択率 41.7%``, a
                # table's note in its row, as segment's ``tables._event_row`` reads a chronology's event)
                noted = not fewer and len(cells) >= 2 and _note_cell(cells[-1])
                if (len(cells) != len(_cells(lines[i].text, spans_i)) and not fewer) or len(cells) < 2 \
                        or "。" in "".join(cells if not noted else cells[:-1]) \
                        or heading_number_end(s) is not None or page_number(cells[0].strip()) is not None \
                        or not all(0 < display_width(c) <= MAX_LABEL_WIDTH and c[-1] not in SENTENCE_MARKS
                                   for c in (cells if not noted else cells[:-1])):
                    continue
                if starts == starts_i or fewer:
                    out[j] = spans
                    grown = True
    return out


def _note_cell(cell: str) -> bool:
    """A row's last cell that is a note set in brackets, a sentence or two inside (``(応募がなかったため、…予定しています。)``,
    ``（休会）``, ``(no meeting: see note 3)``), no longer than a row's last cell (:data:`MAX_GUTTER_LAST_CELL`):
    what a results table prints where a row has no figures (helper tab83; fresh-user trial 81c's tender results).

    >>> _note_cell("(入札参加者がなかったため不調とし、再度公告を予定しています。)"), _note_cell("落札率 90.0%"), _note_cell("（休会）")
    (True, False, True)
    """
    return len(cell) <= MAX_GUTTER_LAST_CELL and cell[:1] in "(（" and cell[-1:] in ")）"


_ANY_SPACE = re.compile("[ \t\u3000]+")
_FIGURE = re.compile(r"^[▲△+\-−]?[0-9０-９][0-9０-９,，.．]*\s*(?:%|％|ポイント|[件人名票回校社円])$")
"""A survey's figure: a number with its percent sign or counter (``14.5%``, `` 6.2%``, ``812件``, ``35人``); a bare
number (a contents' page, ``はじめに　　1``) is no figure."""


MAX_LABEL_WIDTH = 40
"""Display columns (twenty kanji) a survey answer's label fills at most (``もっと遅くまで開けてほしい``, 26): an answer is
a phrase, longer than a table's cell (:data:`MAX_CELL_WIDTH`), shorter than a line of running text."""


def _figure_rows(lines: list[Text], found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Line index → its one separator, for the runs of :data:`MIN_ROWS` raw-adjacent Japanese rows or more that
    each hold a label (:data:`MAX_LABEL_WIDTH`) and a figure (:data:`_FIGURE`) parted by one run of white space of any kind (one
    ideographic space, several, ASCII spaces, a TAB, mixed); the rows another pass parted already count in the run
    and keep their separators.

    Why (issue 16, fresh-user trial 75e): a questionnaire's results list its answers as ``label　　　31.2%``, padded by
    hand, so a long label gets one ideographic space (``学習・仕事の場所として　14.5%``) and a short figure an ASCII
    one more (``イベントに参加する　　　 6.2%``); the passes above, each asking for one kind of spacing, took part of
    the list and left its other rows paragraphs. The figure with its unit, in every row of the run, is the column's
    evidence. A sentence holding a percentage (a ``。``, a comma, a long piece) is no row.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(_figure_rows(mk("今のままでよい\u3000\u3000\u300057.1%", "遅くまで開けてほしい\u300035.0%", "早く開けてほしい\u3000 5.4%"), {}).items())
    [(0, [(7, 10)]), (1, [(10, 11)]), (2, [(8, 10)])]
    >>> _figure_rows(mk("はじめに\u3000\u30001", "調査の方法\u3000\u30003", "結果\u3000\u30005"), {})
    {}
    >>> _figure_rows(mk("回答率は 82.4%", "前回は 79.0%"), {}), _figure_rows(mk("Homework 30%", "Final exam 25%", "Labs 45%"), {})
    ({}, {})
    """
    rows: list[tuple[int, int] | None] = []
    for i, t in enumerate(lines):
        s = t.text
        body = s.strip(" \t\u3000")
        lead = len(s) - len(s.lstrip(" \t\u3000"))
        gaps = list(_ANY_SPACE.finditer(body))
        ok = (len(gaps) == 1 and has_japanese(body) and "。" not in body and heading_number_end(body) is None)
        if ok:
            label, figure = body[:gaps[0].start()], body[gaps[0].end():]
            ok = (0 < display_width(label) <= MAX_LABEL_WIDTH and label[-1] not in SENTENCE_MARKS
                  and has_japanese(label) and _FIGURE.match(figure) is not None)
        rows.append((lead + gaps[0].start(), lead + gaps[0].end()) if ok else None)
    out: dict[int, list[tuple[int, int]]] = {}
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and rows[end] is not None and (end == k or _step(lines, end) == 1):
            end += 1
        if end - k >= MIN_ROWS:
            out.update({i: [rows[i]] for i in range(k, end) if i not in found})  # type: ignore[list-item]
        k = max(end, k + 1)
    return out


def _cell_starts(text: Text, spans: list[tuple[int, int]]) -> tuple[int, ...]:
    """The display column (from the raw line's start) where each cell of ``text`` begins.

    The working line lost the raw line's leading spaces; its first character's raw column gives them back.
    """
    s = text.text
    begins = [len(s) - len(s.lstrip(" \t"))] + [end for _, end in spans]
    first = text.origin[begins[0]] if begins[0] < len(s) else None
    lead = first[1] if first is not None else 0
    return tuple(lead + display_width(s[begins[0]:begin]) for begin in begins)


def _aligned(rows: list[tuple[Text, list[tuple[int, int]]]]) -> bool:
    """Rows a dump lays out in columns: :data:`MIN_ALIGNED_ROWS` or more, cells parted by runs of two spaces
    or more (the caller's wide pass), each cell starting in the same display column in every row.

    A run of spaces with the next cell starting where the row above has one is how a dump renders a table's
    columns (as ``column -t`` and every fixed-width report writer pad them); prose that holds a double space
    (after a full stop, before a number) lines nothing up, and a dialogue's label and sentence
    (:data:`SENTENCE_ENDS`) is no table.

    >>> mk = lambda *ss: [(Text.from_raw(s, n), _separators(s, True)) for n, s in enumerate(ss, 1)]
    >>> _aligned(mk("地区    世帯数  増減", "東町    1,240   +35")), _aligned(mk("Name    Role", "Aiko    Chair"))
    (True, True)
    >>> _aligned(mk("地区  世帯数", "東町    1,240")), _aligned(mk("Q:  Are you married?", "A:  No, I'm not."))
    (False, False)
    """
    starts = {_cell_starts(text, spans) for text, spans in rows}
    sentences = any(cell.rstrip(_CLOSERS)[-1:] in tuple(SENTENCE_ENDS)
                    for text, spans in rows for cell in _cells(text.text, spans))
    return len(rows) >= MIN_ALIGNED_ROWS and len(starts) == 1 and not sentences


def _is_table(rows: list[list[str]]) -> bool:
    """Rows of one cell count make a table: enough of them, the rows under an optional all-text header holding
    numbers in the same columns."""
    patterns = [tuple(_numeric(c) for c in cells) for cells in rows]
    data = patterns[1:] if not any(patterns[0]) else patterns
    return (len(rows) >= MIN_ROWS and len(data) >= MIN_DATA_ROWS and any(data[0])
            and all(p == data[0] for p in data))


def part_table_cells(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Write the white space between a table row's cells as one TAB (module docstring), a change per separator.

    Why: a text dump's row ``駅前線 520 310`` parts its cells with spaces, which the spacing rule would take for
    the typesetter's space beside a half-width run (``駅前線520``); a TAB is what parts cells in a PDF's row and in
    every later stage (docs/decisions.md, "Table cells").

    >>> rows = [Line(Text.from_raw(s, n)) for n, s in enumerate(["学年 男子 女子", "1年 52 48", "2年 47 55"], 1)]
    >>> out, changes = part_table_cells(tuple(rows))
    >>> [line.text.text for line in out], len(changes), changes[0].replacement
    (['学年\\t男子\\t女子', '1年\\t52\\t48', '2年\\t47\\t55'], 6, '\\t')
    """
    texts = [line.text for line in lines]
    out = list(lines)
    changes: list[Change] = []
    # a table whose cells wrap inside their columns (:func:`wrapped_rows`): each row one line of TAB-parted cells
    taken: set[int] = set()
    for header, rows in wrapped_rows(texts):
        width = len(_wrapped_header(texts[header[0][0]])[1])  # type: ignore[index]
        for row in [header] + rows:
            j = row[0][0]
            cells: list[list[Text]] = [[] for _ in range(width)]
            for i, pieces in row:
                for c, a, b in pieces or []:
                    cells[c].append(texts[i][a:b])
                taken.add(i)
            joined = [_join_pieces(p) for p in cells]
            # (each TAB stands where the row's first line has the gutter between its two columns, as the other passes'
            # TABs do; one between columns that line leaves empty has no raw place)
            first = row[0][1] or []
            at = {c: texts[j].origin[b] for (c, _, b), (d, _, _) in zip(first, first[1:]) if d == c + 1}
            tabs = [Text("\t", (at[c],)) if c in at else Text.inserted("\t") for c in range(width - 1)]
            line = Text.join([part for c, cell in enumerate(joined) for part in ([cell] if c == 0 else [tabs[c - 1], cell])])
            changes.extend(Change(texts[j][a:b], Reason.TABLE_CELL, replacement="\t")
                           for a, b in _separators(texts[j].text, True))
            spaces = frozenset().union(*(cell_word_spaces(texts[i], _separators(texts[i].text, True)) for i, _ in row))
            out[j] = replace(lines[j].with_text(line), cell_spaces=lines[j].cell_spaces | spaces)
            for i, _ in row[1:]:
                out[i] = lines[i].with_text(Text.empty())
    separators = {i: spans for i, spans in table_separators(texts).items() if i not in taken}
    for i, spans in sorted(separators.items()):
        text = lines[i].text
        spans = [(a, b) for a, b in spans if text.text[a:b] != "\t"]  # already parted (extract's TAB, a later round)
        if not spans:
            continue
        parts, pos = [], 0
        for a, b in spans:
            parts += [text[pos:a], Text("\t", (text.origin[a],))]
            changes.append(Change(text[a:b], Reason.TABLE_CELL, replacement="\t"))
            pos = b
        parts.append(text[pos:])
        out[i] = lines[i].with_text(Text.join(parts))
        if "\t" not in text.text:  # a dump's row, parted at its white here (no extract's TAB: a PDF's spaces are pdfminer's)
            out[i] = replace(out[i], cell_spaces=out[i].cell_spaces | cell_word_spaces(text, spans))
    # a row's last cell wrapped onto the line under it (:func:`wrapped_last_cells`): one cell, the pieces joined as a
    # drawn table's are (``clean.ruled``: a space between Latin pieces, none beside Japanese)
    for j, i in wrapped_last_cells([line.text for line in lines], separators).items():
        if j in taken:
            continue
        head, piece = out[i].text, lines[j].text
        space = not (has_japanese(head.text[-1:]) or has_japanese(piece.text[:1])) and not head.text.endswith("-")
        out[i] = out[i].with_text(Text.join([head, Text.inserted(" "), piece]) if space else head + piece)
        out[j] = lines[j].with_text(Text.empty())
    return tuple(out), changes


MIN_WRAPPED_COLUMNS = 3
"""Columns a table of wrapped cells names in its header at least (:func:`wrapped_rows`): a label and its value over
two columns, a value going on under its own column, are a minutes' or a record's fields (``議　題　　(1) …`` /
``　　　　　(2) …``) or a dialogue's turns (``Norm:     A little early…`` / ``          won't be in…``)."""
MIN_WRAPPED_ROWS = 2
"""Rows under the header a table of wrapped cells holds at least (:func:`wrapped_rows`)."""
_CODE_MARKS = re.compile(r"[=;{}<>#]|//")
"""A program's marks: a header's label holds none (an aligned code listing's first line, ``x = 1        # count``)."""


def _wrapped_header(t: Text) -> tuple[list[tuple[int, int]], tuple[int, ...]] | None:
    """The gutters and the cells' display columns of a line that may name the columns of a table whose cells wrap
    (:func:`wrapped_rows`): :data:`MIN_WRAPPED_COLUMNS` cells or more parted by gutters (:data:`_GUTTER`), each a label
    (no wider than a cell, no sentence's or clause's mark, no program's mark, not a number), no heading number."""
    s = t.text
    if "\t" in s or heading_number_end(s) is not None:
        return None
    lead = len(s) - len(s.lstrip(" \u3000"))
    spans = [(lead + m.start(), lead + m.end()) for m in _GUTTER.finditer(s.strip(" \u3000"))]
    cells = _cells(s, spans)
    if len(cells) < MIN_WRAPPED_COLUMNS or any(
            not 0 < display_width(c) <= MAX_CELL_WIDTH or c[-1] in SENTENCE_MARKS + "。" + SENTENCE_ENDS + ":："
            or _CODE_MARKS.search(c) or _numeric(c) for c in cells):
        return None
    return spans, _cell_starts(t, spans)


def _column_pieces(t: Text, columns: tuple[int, ...]) -> list[tuple[int, int, int]] | None:
    """``(column, start, end)`` of each piece of ``t`` (parted by gutters), each starting in a column of ``columns``
    (within :data:`GUTTER_TOLERANCE`), in the columns' order, none running into the next column; else None."""
    s = t.text
    if "\t" in s or not s.strip():
        return None
    lead = len(s) - len(s.lstrip(" \u3000"))
    spans = [(lead + m.start(), lead + m.end()) for m in _GUTTER.finditer(s.strip(" \u3000"))]
    bounds = [lead] + [x for span in spans for x in span] + [len(s.rstrip(" \u3000"))]
    out: list[tuple[int, int, int]] = []
    for (a, b), at in zip(zip(bounds[::2], bounds[1::2]), _cell_starts(t, spans)):
        col = next((c for c, x in enumerate(columns) if abs(at - x) <= GUTTER_TOLERANCE), None)
        if col is None or (out and col <= out[-1][0]):
            return None
        if col + 1 < len(columns) and at + display_width(s[a:b]) > columns[col + 1]:
            return None
        out.append((col, a, b))
    return out


def wrapped_rows(lines: list[Text]) -> list[tuple[list[tuple[int, list[tuple[int, int, int]]]], list[list[tuple[int, list[tuple[int, int, int]]]]]]]:
    """The tables a dump lays out by white space whose cells wrap inside their columns: ``(header, rows)``, the
    header and each row as its lines, ``(index, pieces)`` (:func:`_column_pieces`).

    A header names :data:`MIN_WRAPPED_COLUMNS` columns or more (:func:`_wrapped_header`); the lines right under it
    (one blank line between them at most) each hold pieces that start in the header's columns; a line with a piece in
    the first column opens a row, a line without one goes on with the row over it (its pieces the cells' wrapped
    lines), or, right under the header, with the header (labels wrapped under themselves: ``予定価格`` / ``(税抜)``);
    :data:`MIN_WRAPPED_ROWS` rows or more, one line going on at least (rows of one line each under a one-line header
    are the other passes'), every column holding a piece. This is how pdfplumber's text strategy and docling's layout model read a
    table: columns are the x-positions words share over rows, and a row is what a line opening the first column
    starts; a header over the columns is the evidence a block of fields lacks.

    Why (issue 16, helper tab83; fresh-user trial 82a's public-comment table, ``番号  ご意見の概要  市の考え方`` over
    answers wrapped over several lines in both columns): each line had been read alone, the columns' pieces glued
    into one paragraph (``…通院や買い物に     ご指摘のとおり、…確保は不便を感じている…``). It does NOT take a minutes'
    fields or a dialogue's turns (no header over them: a label and its value), a header whose labels hold sentences or a
    program's marks (an aligned code listing), nor lines whose pieces start off the header's columns (prose).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Criteria      Essential          Desirable", "Skills        Clear reports;     Welsh",
    ...         "              able to present", "Experience    Three years        Appeals")
    >>> [([i for i, _ in h], [[i for i, _ in row] for row in rows]) for h, rows in wrapped_rows(ls)]
    [([0], [[1, 2], [3]])]
    >>> wrapped_rows(mk("Norm:     A little early, isn't it?", "          The train is late.", "Woody:    I like it."))
    []
    """
    out = []
    h = 0
    while h < len(lines):
        head = _wrapped_header(lines[h])
        if head is None:
            h += 1
            continue
        columns = head[1]
        rows: list[list[tuple[int, list[tuple[int, int, int]]]]] = []
        header: list[tuple[int, list[tuple[int, int, int]]]] = [(h, _column_pieces(lines[h], columns) or [])]
        j = h + 1
        while j < len(lines) and _step(lines, j) in ROW_STEPS and (pieces := _column_pieces(lines[j], columns)) is not None:
            if pieces[0][0] == 0:
                rows.append([(j, pieces)])
            elif rows and _step(lines, j) == 1:
                rows[-1].append((j, pieces))
            elif not rows and j == h + len(header) and _step(lines, j) == 1 and all(
                    display_width(lines[j].text[a:b]) <= MAX_CELL_WIDTH and lines[j].text[b - 1] not in SENTENCE_MARKS + "。"
                    for _, a, b in pieces):
                header.append((j, pieces))  # the header's labels wrapped under themselves (``予定価格`` / ``(税抜)``)
            else:
                break
            j += 1
        used = {c for row in rows for _, pieces in row for c, _, _ in pieces}
        if len(rows) >= MIN_WRAPPED_ROWS and (any(len(row) > 1 for row in rows) or len(header) > 1) \
                and used == set(range(len(columns))):
            out.append((header, rows))
            h = j
        else:
            h += 1
    return out


def _join_pieces(pieces: list[Text]) -> Text:
    """A wrapped cell's lines joined as a drawn table's pieces are (``clean.ruled``): a space between Latin pieces, none
    beside Japanese, none after a hyphen."""
    out = Text.empty()
    for piece in pieces:
        if out.text:
            space = not (has_japanese(out.text[-1:]) or has_japanese(piece.text[:1])) and not out.text.endswith("-")
            out = Text.join([out, Text.inserted(" "), piece]) if space else out + piece
        else:
            out = piece
    return out


def cell_word_spaces(text: Text, spans: list[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The raw positions of the single spaces (U+0020) inside the cells of ``text``, a text dump's row parted at
    ``spans`` (its cells' separators): the cells' own word spaces, which the spacing rule keeps
    (:func:`~pipeline.clean.spacing.remove_cjk_ascii_spaces`' ``cells``).

    Why (issue 16, helper tab83; fresh-user trial 81c's tender results, ``番号1 参加者数 5者  落札率 90.0%``): a dump
    that lays a table out by white space writes each cell as its writer typed it; the spacing rule, which reads one
    space beside a half-width run as the typesetter's, had glued the first cell into ``番号1参加者数5者``.

    >>> t = Text.from_raw("番号1 参加者数 5者  落札率 90.0%", 1)
    >>> sorted(cell_word_spaces(t, [(11, 13)]))
    [(1, 3), (1, 8), (1, 16)]
    """
    inside = [k for k, ch in enumerate(text.text) if ch == " " and 0 < k < len(text.text) - 1
              and text.text[k - 1] not in " \t\u3000" and text.text[k + 1] not in " \t\u3000"
              and not any(a <= k < b for a, b in spans)]
    return frozenset(pos for k in inside if (pos := text.origin[k]) is not None)


def wrapped_last_cells(lines: list[Text], separators: dict[int, list[tuple[int, int]]]) -> dict[int, int]:
    """Line index → the row it goes on: a line right under a row of a table laid out by white space
    (:func:`_gutter_rows`: three cells or more) that holds one cell alone, starting in the row's last cell's display
    column (:data:`GUTTER_TOLERANCE`), with the table's rows going on right under it or not. A layout writer wraps a
    long last cell (a chronology's event, ``創業者 高\ufffd作治郎、…を創業。`` / ``時計部品の切削加工を始める``) under itself;
    a line with no cell in the table's first columns keys nothing, so it is no row of its own (fresh-user trial 81a's
    年表: the event's second line had broken the table in two). Only the last column wraps so: a line starting in
    another column may be a row leaving its first cells empty, and stays a line."""
    out: dict[int, int] = {}
    for j in range(1, len(lines)):
        i = j - 1
        while i in out:
            i = out[i]
        spans = separators.get(i)
        if j in separators or spans is None or len(spans) < MIN_ROWS - 1 or "\t" in lines[i].text \
                or _step(lines, j) != 1 or not lines[j].text.strip() or _GUTTER.search(lines[j].text.strip(" \u3000")) \
                or "\t" in lines[j].text or j - 1 not in separators and j - 1 not in out:
            continue
        if abs(_cell_starts(lines[j], [])[0] - _cell_starts(lines[i], spans)[-1]) <= GUTTER_TOLERANCE \
                and len(lines[j].text) <= MAX_GUTTER_LAST_CELL and all(s[1] - s[0] >= 2 for s in spans):
            out[j] = i
    return out
