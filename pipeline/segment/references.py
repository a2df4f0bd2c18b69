"""A numbered reference list inside a paper's body: its lines and its items' markers.

Under a ``References`` / ``参考文献`` heading, the items are numbered from 1 in one style (``[1]``, ``1.``, ``1)``,
``（1）``); a line that does not open the next item carries on the item before it (a hanging indent, a wrapped
title), which :func:`pipeline.segment.paragraphs.join_wraps` reads from here.
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.labels import is_references_heading, references_continued
from pipeline.listmarks import REFERENCE_MARKER, completes_number

REFERENCE_HANG = 4.0
"""Ems a reference's later lines may be set in under its first (a hanging indent the width of its label, ``[10]``)."""
NEXT_ITEM_WITHIN = 3
"""A reference list's next item is numbered one more than the item before, or up to this many more (an item lost)."""


def reference_marker(text: str) -> tuple[str, int] | None:
    """``(style, number)`` of the marker a reference list's item opens with (``[3]``, ``3.``, ``3)``, ``（3）``), else
    ``None``.

    >>> reference_marker("[12] H. Smith. Ports."), reference_marker("3. Kato, M."), reference_marker("Reviews, 38(2)")
    (('bracket', 12), ('dot', 3), None)
    """
    m = REFERENCE_MARKER.match(text)
    if m is None:
        return None
    style = next(k for k, v in m.groupdict().items() if v is not None)
    return style, int(m.group(style))


def opens_next_item(text: str, item: tuple[str, int]) -> bool:
    """``text`` opens the reference list's next item after ``item``: its marker in the same style, numbered
    one to :data:`NEXT_ITEM_WITHIN` more (a line opening on ``2021.`` under item ``1.`` goes on item 1).

    >>> opens_next_item("[2] M. Kato.", ("bracket", 1)), opens_next_item("2021. Using…", ("dot", 1)), opens_next_item("Reviews", ("dot", 1))
    (True, False, False)
    """
    marker = reference_marker(text)
    return marker is not None and marker[0] == item[0] and item[1] < marker[1] <= item[1] + NEXT_ITEM_WITHIN


_AUTHOR_ENTRY = re.compile(r"(?:[A-Z][a-z]*(?:[-’'][A-Z]?[a-z]+)*[a-z]\s)?[A-Z][a-z]*(?:[-’'][A-Z]?[a-z]+)*[a-z],\s(?:[A-Z][a-z]?\.(?:\s?|-))+"
                           r"(?=[\s,(&]|and\b|$)")
"""An author-date entry's first author, surname before initials (``Smith, J.``, ``Baker, R. M.``, ``O'Neill, P.``,
``Van Dyke, K.``; APA 7th edition 9.8 and the Harvard style set every entry so)."""


def author_entry(text: str) -> bool:
    """``text`` opens on a first author's surname and initials as an author-date reference list sets each entry.

    >>> author_entry("Dawson, T. (2021). Harbour trusts."), author_entry("Smith, J. and Jones, L. (2018)."), author_entry("Baker, R. M., 2017")
    (True, True, True)
    >>> author_entry("Waterway, Port, Coastal and Ocean"), author_entry("London, UK. 88 pp."), author_entry("Notes, 3 vols.")
    (False, False, False)
    """
    return _AUTHOR_ENTRY.match(text.lstrip()) is not None


def reference_lines(lines: list[Text], headings: frozenset[int]) -> frozenset[int]:
    """Indexes of the lines of a numbered reference list: under its heading (``References``, ``参考文献``:
    :func:`is_references_heading`), items numbered from 1 in one style (``[1]``, ``1.``, ``1)``, ``（1）``) and the
    lines between them, up to the next heading in ``headings``, a marker in another style, or one that does not
    number the next item where no item has been numbered yet (``4. Conclusion`` after an unnumbered list).
    Within it a numbered item's wrapped lines go on the item.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(reference_lines(mk("References", "[1] A. Berg. Ferries.", "Leeds, 2019.", "[2] K. Sato.", "4. Conclusion"), frozenset()))
    [1, 2, 3]
    >>> sorted(reference_lines(mk("References", "Mensah, A. (2019).", "4. Conclusion", "Two gauges."), frozenset()))
    []
    >>> sorted(reference_lines(mk("参考文献I", "[1] 王一. 港口[J]. 水运, 2019.", "参考文献II", "[2] 李二. 航道[M].", "4. 结论"), frozenset()))
    [1, 3]
    """
    out: set[int] = set()
    inside = False
    item: tuple[str, int] | None = None
    for k, t in enumerate(lines):
        if k in headings or is_references_heading(t.text):
            if inside and item is not None and references_continued(t.text):
                continue  # the list carried on to the next slide (``参考文献II`` after ``[5]``): its numbering goes on
            inside, item = is_references_heading(t.text), None
            continue
        if not inside:
            continue
        marker = reference_marker(t.text)
        if marker is not None and k and completes_number(lines[k - 1].text, t.text):
            marker = None  # ``…，20`` / ``22.``: a year's digits the wrap carried over, no item's marker (trial 74c)
        if item is None and marker is not None and marker[1] == 1:
            item = marker
        elif item is not None and marker is not None and marker[0] == item[0] and opens_next_item(t.text, item):
            item = marker
        elif marker is not None and (item is None or marker[0] != item[0]):
            inside = False  # a heading after the list (``4. Conclusion``), not one of its items
            continue
        if item is not None:
            out.add(k)
    return frozenset(out | bracketed_publications(lines, headings))


_BIBLIOGRAPHIC = re.compile(r"[\"“”「」『』]|\b(?:pp?\.|[Vv]ol\.|No\.|et al\.|doi:|ISBN)|[0-9]+\s*\([0-9]+\)")
"""What a bibliographic entry prints beside its year: a quoted title (``"…"``, ``「…」``), a page, volume or issue label
(``pp.``, ``Vol.``, ``No.``), ``et al.``, a DOI or ISBN, or a volume and its issue (``12 (3)``)."""


def bracketed_publications(lines: list[Text], headings: frozenset[int]) -> frozenset[int]:
    """Indexes of the lines of a list of publications numbered ``[1]``, ``[2]`` … under headings that are no
    references heading (``4.1 学術論文`` / ``[1] T. Morimoto, …, "Seasonal variation of microplastics in the`` /
    ``Asano River, Japan", J. Environ. Chem. Eng., 12 (3), 112045 (2024).`` / ``[2] …`` / ``4.2 国際会議発表`` / ``[3] …``):
    from an item (``[1]``, or a later number where the list's section is read alone) whose entry (its line and the lines up to the next marker, :data:`ENTRY_LINES` at most) states
    a year and a bibliographic mark (:data:`_BIBLIOGRAPHIC`), each item numbering the next (:func:`opens_next_item`),
    the numbering going on across the headings in ``headings`` between its items (a report's publications counted
    through its kinds' subheadings). The list ends at a marker of another style or number, a heading not followed
    by the next item, or a line after an entry closed on its stop. Within it a numbered item's wrapped lines
    (:data:`ENTRY_LINES` in all at most) go on the item, as under ``References``.

    Why (issue 16 point 4, fresh-user trial 80a's lab report): each English entry had been cut at its wrap into two
    paragraphs (an English line opening in capitals reads as a new sentence), the Japanese one joined.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("4.1 学術論文", '[1] T. Mori, "Seasonal variation of microplastics in the', 'Asano River", J. Chem., 12 (3), 1 (2024).',
    ...         '[2] J. Lee, "Adsorption", Bull., 201, 116230 (2024).', "4.2 国際会議発表", '[3] H. Sato, "Transport",', "SETAC 2024.", "5. 今後")
    >>> sorted(bracketed_publications(ls, frozenset({0, 4, 7})))
    [1, 2, 3, 5, 6]
    >>> sorted(bracketed_publications(mk("[1] Press the button.", "Wait for the beep.", "[2] Open the lid."), frozenset()))
    []
    >>> sorted(bracketed_publications(ls[5:7], frozenset()))  # a subsection's items alone
    [0, 1]
    """
    out: set[int] = set()
    item: tuple[str, int] | None = None
    last_marker = 0
    k = 0
    while k < len(lines):
        text = lines[k].text
        marker = reference_marker(text)
        if item is None:
            if marker is not None and marker[0] == "bracket" and _bibliographic_entry(lines, k):
                item = marker
                last_marker = k
                out.add(k)
            k += 1
            continue
        if marker is not None and opens_next_item(text, item) and marker[0] == item[0]:
            item = marker
            last_marker = k
            out.add(k)
        elif k in headings and not is_references_heading(text):
            # a subheading between the list's items (``4.2 国際会議発表``) where the next item numbers on
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)
            if nxt is None or not opens_next_item(lines[nxt].text, item):
                item = None
        elif marker is not None or is_references_heading(text):
            item = None
            continue
        elif text.strip():
            if _ENTRY_CLOSED.search(lines[k - 1].text.rstrip()) or k - last_marker >= ENTRY_LINES:
                # the entry closed on its stop (``…, 2015.``) or ran its lines: the line is the text's, no wrap of it
                # (a subheading the caller has not read yet: ``Unpublished Work`` under ``[16] …, 2015.``)
                item = None
                continue
            out.add(k)
        k += 1
    return frozenset(out)


_ENTRY_CLOSED = re.compile(r"[.。．]$")
"""An entry's line ending on its full stop: the entry is closed (``…, Univ. of Somewhere, 2015.``)."""


def _bibliographic_entry(lines: list[Text], k: int) -> bool:
    """The item opening at ``lines[k]`` reads as a bibliographic entry: a year and a :data:`_BIBLIOGRAPHIC` mark."""
    return _entry_shows(lines, k, _BIBLIOGRAPHIC)


def _entry_shows(lines: list[Text], k: int, mark: re.Pattern) -> bool:
    """The item opening at ``lines[k]`` shows a year and ``mark`` on its first :data:`ENTRY_LINES` lines, up to the
    next item's marker."""
    dated = marked = False
    for j in range(k, min(len(lines), k + ENTRY_LINES)):
        text = lines[j].text
        if j > k and reference_marker(text) is not None:
            break
        dated = dated or _YEAR.search(text) is not None
        marked = marked or mark.search(text) is not None
    return dated and marked


GB_TYPE_CODE = re.compile(r"(?:(?<=[^\s\[\]])|^\s*)\[(?:[ACDGJMNPRSZ]|EB|DB|CP|DS|CM|AO)(?:/OL)?\](?=\s*(?:[.．]|//))")
"""A GB/T 7714 document-type code closing a reference's title (``…研究[D].``, ``…Robots[J].``, ``…论文集[M].``,
``…Manipulator[C] //``, ``…[EB/OL].``): the standard Chinese bibliographies follow, beamer decks included. Set close
after the title, or opening the line a long title wrapped to, and followed by the full stop or the ``//`` of a part's
host (a title's own ``[C]`` at a line's end, ``淀川流域の治水[C]``, is not one)."""
_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
ENTRY_LINES = 3
"""Lines of a reference item (its marker's line and the wraps under it) looked through for its type code."""


def reference_entry(lines: list[Text], k: int) -> bool:
    """``lines[k]`` opens a reference item, heading or none: a reference marker (``[5]``, ``5.``), and a GB/T 7714
    type code (:data:`GB_TYPE_CODE`) and a year on the item's first :data:`ENTRY_LINES` lines, up to the next marker. Such a
    line opens no document and its label numbers no talk (trial 62b: a deck's ``[5] 辛希孟, …, 等. 信息技术与信`` /
    ``息服务国际研讨会论文集[M]. …``, under a slide title ``参考文献I`` no heading rule read, opened a second talk
    numbered 5).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("[5] 王一, 李二, 等. 信息技术与信", "息服务论文集[M]. 北京 : 出版社, 1994.", "[6] Kato M. Ports[J]. Harbour, 2001.")
    >>> reference_entry(ls, 0), reference_entry(ls, 1), reference_entry(ls, 2)
    (True, False, True)
    >>> reference_entry(mk("[5] Session on Harbours", "Speaker: M. Kato [J]. 2020"), 0), reference_entry(mk("[2] 治水[C]", "2021年"), 0)
    (False, False)
    """
    # (a code closes a title, set close after it, ``Robots[J].``, or opening its wrap, ``[J]. 复旦学报, 2007.``)
    return reference_marker(lines[k].text) is not None and _entry_shows(lines, k, GB_TYPE_CODE)


def reference_items(lines: list[Text]) -> frozenset[int]:
    """Indexes of the lines that open a numbered reference list's items under its heading (``参考文献`` /
    ``1) 鈴木一郎：竹林の拡大…，2008`` / ``2) …``): among the list's lines (:func:`reference_lines`, read with no
    heading known), the item numbered 1 right under the heading and each that numbers the next (:func:`opens_next_item`). No heading of the
    paper's: an item that ends on no full stop (a year) has a heading's shape, and the solver read ``1)`` and ``2)``
    as sections 1 and 2 again (trial 38).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(reference_items(mk("2. 方法", "本文。", "参考文献", "1) 鈴木一郎：竹林，2008", "森林科学", "2) 田中花子：里山，2015", "5. 付録")))
    [3, 5]
    >>> sorted(reference_items(mk("References", "Mensah, A. (2019).", "1. Appendix")))
    []
    """
    out: set[int] = set()
    item: tuple[str, int] | None = None
    for k in sorted(reference_lines(lines, frozenset())):
        marker = reference_marker(lines[k].text)
        j = k - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        before = lines[j].text if j >= 0 else ""
        # the first item right under the heading (``1. Appendix`` after an unnumbered list is a heading), then the next
        if marker is not None and ((marker[1] == 1 and is_references_heading(before))
                                   or (item is not None and opens_next_item(lines[k].text, item))):
            item = marker
            out.add(k)
    return frozenset(out)


def reference_list_tail(lines: list[Text], cut: int) -> bool:
    """The lines from ``cut`` to the end are the tail of a numbered reference list under its heading before them
    (:func:`reference_lines`): every line with text from ``cut`` is one of the list's, and one of them opens an item
    of it (:func:`reference_items`: ``2) Hochreiter, S. and Schmid`` after ``1) …``, or ``1)`` itself right under
    the heading).

    Why (issue 16 point 1, session 78, helper jsce78: a one-page Japanese conference abstract whose reference list
    ends on an English reference, wrapped at the column's measure, ``3-130, 2019.`` / ``2) Hochreiter, S. and Schmid``
    / ``huber, J.: Long short-term m`` / …): the switch from the Japanese paper to English lines is the sample's cue
    for its English slides, and the references' tail had become a slide, the paper a proceedings. A deck after a
    paper's references opens on its cover (a title, the speaker), no item of the list.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("本文である。", "参考文献", "1) 佐藤: 洪水予測の高", "度化, 論文集, pp.12", "3-130, 2019.", "2) Hochreiter, S.",
    ...         "and Schmidhuber, J.: LSTM, 1997.")
    >>> reference_list_tail(ls, 4), reference_list_tail(ls, 5), reference_list_tail(ls[:5] + mk("Water Levels", "Riverton City"), 4)
    (True, True, False)
    """
    part = [k for k in range(cut, len(lines)) if lines[k].text.strip()]
    if not part:
        return False
    listed = reference_lines(lines, frozenset())
    if not all(k in listed for k in part):
        return False
    items = reference_items(lines)
    return any(k in items for k in part)


HANG_FULL_EMS = 2.0
"""Ems short of its column's right edge a line may end and still be full: a wrapped entry's line, over its hang."""
HANG_SAME_EMS = 0.5
"""Ems two left edges of one hanging list may differ by (side bearings; :data:`~pipeline.segment.measures.INDENT_SHIFT`)."""
MIN_HANGS = 2
"""Wrapped entries a hanging list shows at least (one wrapped entry is no pattern)."""


def hanging_entries(lines: list[Text], layout: Layout, headings: frozenset[int],
                    edges: list[float | None]) -> dict[int, bool]:
    """A PDF's reference list set with a hanging indent, under its heading (``References``, ``Bibliography``,
    ``参考文献``: :func:`is_references_heading`) up to the next heading: for each of its lines, ``True`` where it
    opens an entry (flush with the list's left edge), ``False`` where it goes on the entry over it (set in by the
    list's hang). ``edges``: each line's column's right edge (:func:`~pipeline.segment.measures.column_edges`).

    Why (helper pdf52, njurepo's author-year bibliography, ``Knuth D E. The TEX book[M]. … 1989`` / ``Goosens M,
    Mittelbach F, …``): an author-year entry opens on no number, so nothing in its text says where it starts; the
    typesetter's hang does. pdfminer put two one-line entries in one text box and each wrapped entry's later lines in
    boxes of their own, and the paragraphs ran two entries together and cut the wrapped ones apart. The hang is read
    from the list itself: the same step right (more than :data:`HANG_SAME_EMS`, at most :data:`REFERENCE_HANG`
    ems) from a line that ends full (within :data:`HANG_FULL_EMS` of its column's right edge: the entry wrapped) to the
    next, on one page, :data:`MIN_HANGS` times or more, and every step right in the list of that size. A prose
    paragraph's first-line indent is the reverse (the line before it ends short, a paragraph's last), and a list
    whose lines stand at other edges too (a table, a second column's page break not seen) is left to the other rules:
    every line of the list must stand at its page's flush edge or at its hang (a page's first line at the hang goes on
    the entry the page before left open).

    >>> from pipeline.model import LineLayout
    >>> rows = [("Bibliography", 250, 340), ("Knuth D E. The TEX book. Reading: Addison-Wesley, 1989", 85, 506),
    ...         ("Goosens M, Mittelbach F. The LATEX companion. Reading, MA: Addison-Wesley", 85, 510),
    ...         ("Publishing Company, 1994: 112-125", 109, 264), ("Krasnogor N. Towards robust memetic", 85, 510),
    ...         ("York: Springer Berlin Heidelberg, 2004: 185-207", 109, 317)]
    >>> lines = [Text.from_raw(s, n) for n, (s, _, _) in enumerate(rows, 1)]
    >>> lays = [LineLayout(page=1, indent=0, width=len(s), x0=a, y0=700.0 - 16 * n, x1=b, y1=710.0 - 16 * n, size=10.5)
    ...         for n, (s, a, b) in enumerate(rows)]
    >>> hanging_entries(lines, Layout(tuple(lays), ()), frozenset({0}), [510.0] * len(rows))
    {1: True, 2: True, 3: False, 4: True, 5: False}
    """
    out: dict[int, bool] = {}
    run: list[int] = []

    def read(run: list[int]) -> None:
        lays = [layout.at(first_line(lines[k])) for k in run]
        if len(run) < 3 or any(la.x0 is None or not la.size or la.vertical for la in lays):
            return
        steps = []
        for (j, a), (k, b) in zip(zip(run, lays), zip(run[1:], lays[1:])):
            end = layout.at(last_line(lines[j]))
            if a.page == b.page and HANG_SAME_EMS * a.size < b.x0 - a.x0 <= REFERENCE_HANG * a.size \
                    and edges[j] is not None and end.x1 is not None and end.x1 >= edges[j] - HANG_FULL_EMS * a.size:
                steps.append(b.x0 - a.x0)
        if len(steps) < MIN_HANGS:
            return
        hang = sorted(steps)[len(steps) // 2]
        if max(steps) - min(steps) > HANG_SAME_EMS * lays[0].size:
            return
        flush: dict[int, float] = {}  # each page's left edge of the list
        for la in lays:
            flush[la.page] = min(flush.get(la.page, la.x0), la.x0)
        read_out: dict[int, bool] = {}
        for k, la in zip(run, lays):
            tol = HANG_SAME_EMS * la.size
            if abs(la.x0 - flush[la.page]) <= tol:
                read_out[k] = True
            elif abs(la.x0 - flush[la.page] - hang) <= tol and k != run[0]:
                read_out[k] = False  # an entry going on, over a page break too
            else:
                return  # a line at another edge (a second column, a table): no hanging list this reading sees whole
        out.update(read_out)

    inside = False
    for k, t in enumerate(lines):
        if k in headings or is_references_heading(t.text):
            if inside:
                read(run)
            inside, run = is_references_heading(t.text), []
            continue
        if inside and t.text.strip():
            run.append(k)
    if inside:
        read(run)
    return out
