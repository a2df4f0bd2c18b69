"""A table of contents: found, and kept out of the sections and slides.

Like the TOC detectors of PDF tools (Parsr's table-of-contents module, the
dot-leader heuristics of pdfplumber-based extractors), a contents block is
recognised by its heading (``目次``, ``Contents``, ``Inhoudsopgave``, ``List of Figures``: each tried in turn) or by
a dense run of
entries that end in dot leaders or page numbers, and extends over lines
that look like entries: dot leaders, a page number alone (pdfminer often
sets the page column apart), a section number alone, a numbered or short
unpunctuated line. With pages known it covers the rest of its page, and
goes on over the next pages while the lines keep the contents' shape (at
least half of a page's lines end in dot leaders or a page number, or are
pieces of a leader: pdfminer often sets a leader's dots apart, one line
each, after the entry's title); without pages it ends at the first line of
running text, or at an entry that repeats one already listed (the body's
first heading). No contents without a heading opens after an index's heading (``Index``, ``索引``: its entries end
in page numbers too). A run of three numbered headings or more with nothing between them, the first restated right
after the run as the body's first heading, is a contents without a heading or page numbers (a manual's list of
its sections). Either way the block must list entries: two with a leader or a page number, or (a contents
without page numbers) three numbered ones making at least half its lines; a cheat sheet's section about the
``目次`` command, its heading alone matching, is no contents.
"""

from __future__ import annotations

import bisect
import re

from pipeline.model import Text
from pipeline.numbering import explicit_number, fold, heading_shaped
from pipeline.pagenumbers import page_number
from pipeline.numbering import PART_LABEL, is_chapter_alone
from pipeline.segment.labels import agenda_label, numbered_agenda_label
from pipeline.segment.layout import Layout, first_line, last_line

CONTENTS_TITLES = {"目次", "もくじ", "目録", "目录", "目錄", "contents", "tableofcontents", "目次contents",
                   "inhoud", "inhoudsopgave", "inhoudstafel", "inhalt", "inhaltsverzeichnis", "tabledesmatières",
                   "sommaire", "índice", "indice", "contenido", "contenidos", "sumário", "sommario", "차례", "목차"}
"""A table of contents' heading, compared without spaces or case: Japanese and Chinese, English, Korean (ko.TeX's
``\\contentsname`` ``차례``, set letter-spaced ``차 례``; ``목차``), and the headings the LaTeX language packages set
(babel's ``\\contentsname`` for Dutch, German, French, Spanish, Italian and Portuguese). Korean was added in session
63 (trial 62b's cjk-ko manual: ``차 례`` had been a section, glued to the body's ``1 소개``)."""
LIST_TITLES = {"listoffigures", "listoftables", "listofillustrations", "listofalgorithms", "listoflistings",
               "listoffiguresandtables", "listofplates", "listofequations", "lijstvanfiguren", "lijstvantabellen", "figurenlijst",
               "tabellenlijst", "abbildungsverzeichnis", "tabellenverzeichnis", "tabledesfigures", "listedesfigures",
               "listedestableaux", "índicedefiguras", "índicedetablas", "elencodellefigure", "elencodelletabelle",
               "listadeilustrações", "listadefiguras", "listadetabelas", "listadequadros",
               "図目次", "表目次", "図表目次", "插图目录", "表格目录", "图目录", "表目录", "그림차례", "표차례", "그림목차", "표목차"}
"""A list of figures' or tables' heading (babel's ``\\listfigurename``, ``\\listtablename``; ``図目次``, ``表目次``):
a contents block of its own, its entries captions with their page numbers, never sections."""
INDEX_TITLES = {"index", "索引", "さくいん", "register", "stichwortverzeichnis", "indiceremissivo",
                "índiceremissivo", "indiceanalitico", "indiceanalítico", "índicealfabético"}
"""A back-of-book index's heading alone on its line (babel's ``\\indexname``: ``Index``, ``索引``, ``Register``): the
leader entries after it are the index's, never a contents without a heading."""
MIN_LEADER_RUN = 3
"""Dot-leader entries that make a contents block without a heading."""
MAX_ENTRY_CHARS = 40

_LEADER = re.compile(r"(?:[.．・…‥·]\s?){3,}\s*(?:\d{1,4}|[ivxlc]{1,6})?\s*$", re.IGNORECASE)
_TRAILING_PAGE = re.compile(r"[^\d\s]\s{2,}(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
"""A page number set apart after an entry's title; not after another number (``Lamps   11   12``: a table's row)."""
_TAB_PAGE = re.compile(r"[^\d\s]\s*\t\s*(?:[1-9]\d{0,3}|[ivxlc]{1,6})$", re.IGNORECASE)
"""A page number after a TAB (extract's mark for a gap between cells: ``1 Onzin voor dummies⇥2``), as LaTeX sets
an entry without leaders; not after another number, and none opening on 0 (``Matriculation number⇥0815``). Under a
contents heading it ends an entry; alone a table's row may end so, and opens no contents."""
_LEADER_PIECE = re.compile(r"(?:^|\s)[.．・…‥·](?:\s?[.．・…‥·])*\s*(?:\d{1,4}|[ivxlc]{1,6})?$", re.IGNORECASE)
_ENTRY_TEXT = re.compile(r"[^\s.．・…‥·]")
"""Something of an entry besides its leader: a title or a page number (dots alone are a table's empty cell)."""
_LABEL_ONLY = re.compile(r"^(?:\d{1,3}(?:[.．]\d{1,3}){0,3}|第\s?[0-9一二三四五六七八九十]{1,3}\s?[章節部])$")


def _title_key(text: str) -> str:
    return re.sub(r"\s+", "", fold(text)).lower().rstrip(":")


def is_index_title(text: str) -> bool:
    """A back-of-book index's heading alone on its line (:data:`INDEX_TITLES`).

    >>> is_index_title("索引"), is_index_title("Index"), is_index_title("Index of terms used")
    (True, True, False)
    """
    return _title_key(text) in INDEX_TITLES


def is_contents_title(text: str) -> bool:
    """``目次``, ``目 次``, ``Contents``, ``Table of Contents``, ``Inhoudsopgave``, and a list of figures' or tables'
    heading (:func:`is_list_title`).

    >>> is_contents_title("目 次"), is_contents_title("Table of Contents"), is_contents_title("目次の作り方")
    (True, True, False)
    >>> is_contents_title("Inhoudsopgave"), is_contents_title("LIST OF FIGURES"), is_contents_title("Inhoud van de doos")
    (True, True, False)
    >>> is_contents_title("차 례"), is_contents_title("목차"), is_contents_title("표 차례"), is_contents_title("차례대로 입력한다")
    (True, True, True, False)
    """
    return _title_key(text) in CONTENTS_TITLES or is_list_title(text)


_CJK_LIST_TITLE = re.compile(r"(?:重要|主要)?(?:插图|插圖|图|圖|図|附表|表格|表|图表|圖表|図表|公式|算式|数式|數式|方程式?)"
                             r"(?:和附表)?(?:目录|目錄|索引|清单|清單|目次|一覧|一览)")
"""A Chinese or Japanese list of figures', tables' or equations' heading: the kind listed, then a list's word
(``插图索引``, ``表格索引``, ``重要算式索引``, CQU's; ``插图清单``, ``附表清单``, ``公式索引``, thuthesis'; ``図目次``,
``数式目次``, ``表一覧``). ``索引`` alone is a back-of-book index (:data:`INDEX_TITLES`), never such a list."""


def is_list_title(text: str) -> bool:
    """A list of figures', tables' or equations' heading (``List of Tables``, ``LIST OF FIGURES``, ``Lijst van
    figuren``, ``図目次``, ``插图索引``, ``重要算式索引``, ``List of Equations``).

    >>> is_list_title("LIST OF TABLES"), is_list_title("図目次"), is_list_title("Table of Contents")
    (True, True, False)
    >>> is_list_title("插图索引"), is_list_title("重要算式索引"), is_list_title("索引"), is_list_title("图书馆索引")
    (True, True, False, False)
    """
    key = _title_key(text)
    return key in LIST_TITLES or _CJK_LIST_TITLE.fullmatch(key) is not None


def has_leader(text: str) -> bool:
    """An entry with dot leaders or a page number set apart at its end.

    >>> has_leader("背景 . . . . . . . 1"), has_leader("本研究の目的 . . . . ."), has_leader("Introduction    3"), has_leader("1. はじめに")
    (True, True, True, False)
    >>> has_leader("Kettles     14      9")
    False
    """
    return bool(_LEADER.search(text) or _TRAILING_PAGE.search(text))


_TAB_PAGE_NUMBER = re.compile(r"(?:\s{2,}|\s*\t\s*)(?:[1-9]\d{0,3}|[ivxlc]{1,6})$", re.IGNORECASE)


def tab_page(text: str) -> bool:
    """An entry whose page number follows a TAB (:data:`_TAB_PAGE`).

    >>> tab_page("1 Onzin voor dummies\\t2"), tab_page("Dedication\\tiv"), tab_page("Matriculation number\\t0815"), tab_page("Lamps\\t11\\t12")
    (True, True, False, False)
    """
    return _TAB_PAGE.search(text) is not None


def contents_shaped(text: str) -> bool:
    """An entry with a leader, a piece of a leader set apart (``. . .``, ``.``), or a title ending in one.

    >>> [contents_shaped(s) for s in [".", ". . . . 12", "5.2 compat . .", "README.Debian .", "本章では、次のように進める。", "e.g."]]
    [True, True, True, True, False, False]
    """
    s = text.strip()
    return has_leader(s) or _LEADER_PIECE.search(s) is not None


def entry_like(text: str) -> bool:
    """A line a contents block may hold.

    >>> [entry_like(s) for s in ["1.1", "第1章 はじめに", "ii", "参考文献", "背景 . . . . 3", "本研究では、次のように進める。"]]
    [True, True, True, True, True, False]
    """
    s = text.strip()
    if contents_shaped(s) or tab_page(s) or page_number(s) is not None or _LABEL_ONLY.match(fold(s)):
        return True
    if len(s) > MAX_ENTRY_CHARS or s.endswith(("。", "、", ".", ",")):
        return False
    return heading_shaped(s) or explicit_number(s) is not None or "。" not in s


def restated_heading(block: list[Text]) -> int | None:
    """The index in a contents block of the body's heading read inside it, else ``None``: an entry that restates an
    earlier one of the block (case aside, ``1 Introduction`` after ``1 Introduction``), no leader nor page number of
    its own, with more entries after it in the block (pdfminer reads the body's first heading between a two-column
    contents' columns: kanbun-en; session 51). The body opens on it, after the block.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> restated_heading(mk("1 Introduction", "2 Basic example", "1 Introduction", "1", "3 Usage", "3.1 Options ."))
    2
    >>> restated_heading(mk("1 Introduction", "2 Basic example", "3 Usage")) is None
    True
    """
    seen: set[str] = set()
    for i, t in enumerate(block):
        key = _key(t.text).casefold()
        if key in seen and len(key) > 1 and not has_leader(t.text) and explicit_number(t.text.strip()) is not None \
                and any(explicit_number(x.text.strip()) is not None and _key(x.text).casefold() not in seen
                        for x in block[i + 1:]):
            return i
        seen.add(key)
    return None


_ENTRY_PAGE = re.compile(r"(?:(?<=[.．・…‥·\s])|^)([1-9]\d{0,3}|[ivxlc]{1,6})$", re.IGNORECASE)
"""An entry's page number at its end, set apart from its title by white space, a TAB or a leader's dot (glued to a
word, ``表示11``, it is no page: the title's own letters may end in digits)."""
_ENTRY_TAIL = re.compile(r"(?:\s|[.．・…‥·])+$")


def entry_parts(text: str) -> tuple[str, str | None]:
    """A contents entry's title and page as printed: the leader and the page number taken off its end, white space
    (TABs, runs of spaces) inside it made one space; the page ``None`` where none is set apart. The entry's ``text``
    keeps every character; these are a reading of it (talk JSON ``paper.contents[].title``/``page``; issue 16,
    session 53: the leaders stayed in every entry a reader had to clean).

    >>> entry_parts("2.1 環境型の命令 . . . . . . . .\t1"), entry_parts("1.\tIntroduction\t18")
    (('2.1 環境型の命令', '1'), ('1. Introduction', '18'))
    >>> entry_parts("摘要\tI"), entry_parts("§ 1 System Requirements"), entry_parts("・最終更新日をpldoc.pdfに表示11")
    (('摘要', 'I'), ('§ 1 System Requirements', None), ('・最終更新日をpldoc.pdfに表示11', None))
    >>> entry_parts("Chapter 2 Methods .......... 14"), entry_parts("1.1 背景・・・・・・3"), entry_parts("2")
    (('Chapter 2 Methods', '14'), ('1.1 背景', '3'), ('2', None))
    """
    s = text.strip()
    m = _ENTRY_PAGE.search(s)
    page = None
    if m is not None and m.start() > 0 and _ENTRY_TEXT.search(s[:m.start()]):
        head = s[:m.start()]
        if head != head.rstrip() or _ENTRY_TAIL.search(head):
            page, s = m.group(1), head
    title = re.sub(r"\s+", " ", _ENTRY_TAIL.sub("", s) if page is not None or _LEADER.search(s) else s).strip()
    return title or s, page


def _key(text: str) -> str:
    s = _TAB_PAGE_NUMBER.sub("", _LEADER_PIECE.sub("", _LEADER.sub("", fold(text)))).strip()
    return re.sub(r"\s+", "", s)


def find_contents(lines: list[Text], layout: Layout, headless: bool = True, after: Text | None = None
                  ) -> tuple[int, int] | None:
    """``(start, end)`` indexes of the contents block among ``lines``, or ``None``. ``headless``: any run of leader
    entries without a heading may open one; else (once a paper's contents is found) only a run that lists the text's
    own lines (:func:`_entries_recur`: a contents' next page, a list of figures under a title in another language)
    or, pages known, opens on the page of ``after`` (the last line of the contents found before) or the next one (the
    contents' rest after a larger entry ended it, abntex2's ``ANEXOS``), a later run being a back-matter list of its
    own section (a change history's, an index's entries end in page numbers too).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> find_contents(mk("目次", "第1章 はじめに . . . 1", "第2章 方法 . . . 5", "第1章 はじめに", "本章では背景を述べる。"), Layout.plain())
    (0, 3)
    >>> find_contents(mk("List of Listings", "1 Overview", "It is short.", "Contents", "1 Overview\\t1", "2 Usage\\t3",
    ...                  "1 Overview", "It is short."), Layout.plain())  # a heading over no list is passed over
    (3, 6)
    >>> find_contents(mk("Table 3", "SN 2006X", "···", "···", "···", "8.5(38)", "···"), Layout.plain()) is None  # empty cells
    True
    >>> history = mk("Change History", "v1.1", "General: links in blue . . . 14", "\\\\doi: new format . . . 30", "\\\\bysame: obsolete . . . 30")
    >>> find_contents(history, Layout.plain()), find_contents(history, Layout.plain(), headless=False)
    ((2, 5), None)
    """
    # each contents heading in turn: a heading's word may stand where no list follows it (``Inhalt`` over a
    # section, an empty ``List of Listings``); then a contents without a heading
    for start in (i for i, t in enumerate(lines) if is_contents_title(t.text)):
        if (span := _block_at(lines, start, layout, titled=True)) is not None:
            return span
    if (restated := _restated_run(lines)) is not None:
        return restated
    run = 0
    for i, t in enumerate(lines):
        if is_index_title(t.text):
            return None  # a back-of-book index's entries end in page numbers too (``\arg . . . 10``): no contents
        # a page number after a TAB alone opens none (a table's rows), nor a leader's dots alone (``···``, ``...``:
        # a table's empty cells, aastex's rotated table read one cell a line)
        run = run + 1 if has_leader(t.text) and _ENTRY_TEXT.search(t.text) else 0
        if run >= MIN_LEADER_RUN:
            start = i - run + 1
            goes_on = after is not None and layout.pages() > 1 and layout.page(lines[start]) <= layout.page(after) + 1
            if headless or goes_on or _entries_recur(lines, start):
                return _block_at(lines, start, layout, titled=False)
            run = -len(lines)  # a back-matter list's entries (a change history): no contents opens in it
    return None


_ENTRY_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:[.．]\d{1,3}){0,3}[.．]?|[A-Z](?:[.．]\d{1,3}){1,3}[.．]?)\s+")
ENTRIES_LOOKED_AT = 6
"""Entries of a run of leaders whose titles are looked for in the text (:func:`_entries_recur`)."""


def _entries_recur(lines: list[Text], start: int) -> bool:
    """The run of leader entries at ``lines[start]`` lists the text's own lines: two or more, and half or more, of
    its first :data:`ENTRIES_LOOKED_AT` entries' titles (leader, page number and section number aside) end a line of
    the text elsewhere, as a contents' next page lists the body's headings (``24.1 用紙オプション . . . 159`` /
    ``24.1 用紙オプション``) and a list of figures the captions (``2.1. Quisque ac tincidunt leo . . . 6`` /
    ``2.1. ábra. Quisque ac tincidunt leo``). A change history's entries (``General: links are always blue . . . 14``)
    and an index's (``\\doi . . . 30``) head nothing and caption nothing.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("2.1 Sites . . . 3", "2.2 Records . . . 4", "2.3 Costs . . . 5", "2.1 Sites", "We chose three.",
    ...            "2.2 Records", "We kept them.", "2.3 Costs", "They fell.")
    >>> _entries_recur(lines, 0), _entries_recur(mk("General: links in blue . . . 14", "\\\\doi: new format . . . 30", "Text."), 0)
    (True, False)
    """
    titles = []
    for t in lines[start:start + ENTRIES_LOOKED_AT]:
        if not has_leader(t.text):
            break
        title = _TAB_PAGE_NUMBER.sub("", _LEADER.sub("", t.text)).strip()
        title = _ENTRY_NUMBER.sub("", title).strip()
        if len(title) >= 4:
            titles.append(title)
    if len(titles) < 2:
        return False
    ends = [t.text.rstrip() for k, t in enumerate(lines) if not has_leader(t.text)]
    text = "\n" + "\n".join(ends) + "\n"
    found = sum(1 for title in titles if (title + "\n") in text)
    return found >= 2 and found * 2 >= len(titles)


COLUMN_REST = 12
"""Lines of page numbers and leader dots alone a contents' other column may leave after a restated entry."""


def _part_entry(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a part's line among the entries (``Part II Case Studies`` over ``3 Leeds ....... 15``:
    :data:`~pipeline.numbering.PART_LABEL`), an entry with an entry right under it: the contents go on past it (helper
    chap60: the contents had ended at its first part's line)."""
    return PART_LABEL.match(lines[i].text.strip()) is not None and i + 1 < len(lines) and has_leader(lines[i + 1].text)


def _block_at(lines: list[Text], start: int, layout: Layout, titled: bool) -> tuple[int, int] | None:
    """The contents block that opens at ``lines[start]`` (its heading, ``titled``, or its first entry), or ``None``
    where the lines after it list no entries (:func:`_lists_entries`)."""
    pages = layout.pages() > 1
    first_page = layout.page(lines[start])
    seen: set[str] = set()
    seen_here: set[str] = set()  # the entries of the contents' own page, case folded
    end, body_opens = start + 1, False
    restated = False  # an entry restated on the contents' page with more entries after it: the body's heading read
    # in the middle of the contents (kanbun-en's ``1 Introduction`` between its two columns), which a contents block
    # would swallow; so such a block is told by its own entries, leader dots counted as pdfminer gives them
    for i in range(start + 1, len(lines)):
        t = lines[i]
        page = layout.page(t)
        if is_contents_title(t.text):
            # a list of figures or tables right after the contents (or its page): one block, over its own page too
            first_page, end = page, i + 1
            continue
        if pages and page == first_page:
            # the contents' own page is the contents', but for the body opening under it or in the next column: an
            # entry restated (case aside: ``1 INTRODUCTION`` after ``1 Introduction``) over running text (mnras's
            # contents without page numbers, its body opening in the page's second column)
            key = _key(t.text).casefold()
            # (the page numbers and leader dots of the contents' other column, read after it, aside: kanbun-ja's
            # ``1 はじめに`` | ``2`` ``2`` ``4`` ``5`` | ``kanbunパッケージでは…``)
            if key in seen_here and len(key) > 1 and not has_leader(t.text) \
                    and (after := next((x for x in lines[i + 1:i + 1 + COLUMN_REST] if x.text.strip(" .．…")
                                        and page_number(x.text) is None), None)) is not None \
                    and not entry_like(after.text):
                body_opens = True
                break
            restated = restated or (key in seen_here and len(key) > 1)
            seen_here.add(key)
            end = i + 1
            continue
        if pages and page != layout.page(lines[i - 1]):
            # A following page continues the contents only while its lines keep the contents' shape, judged down
            # to its last entry: the body may open under the contents' last entries on that page
            on_page = [x for x in lines[i:] if layout.page(x) == page]
            shaped = [k for k, x in enumerate(on_page) if _entry_end(x.text)]
            if not shaped or 2 * len(shaped) < shaped[-1] + 1 \
                    or all(page_number(on_page[k].text) is not None for k in shaped):
                if _next_entry_over(lines, start, i, layout):
                    end = i + 1  # the contents' last entry atop the next page, its page number read elsewhere
                break  # (a number alone atop the page is its folio or a chapter's number: ``1`` / ``Einführung``)
            if _opens_chapter(lines, start, i, layout) and 2 * len(shaped) < len(on_page):
                break  # a chapter's heading over its own short contents, then its text (a list's heading over a
                # page of entries, ``Figures and Tables``, goes on)
        if not entry_like(t.text) and not _wrapped_entry(lines, i) and not _leaderless_entry(lines, i) \
                and not _part_entry(lines, i) or (not pages and is_chapter_alone(t.text)):
            # running text opens the body, on the page of the last entry (without pages, a chapter's label alone,
            # ``Hoofdstuk 1``, opens it)
            body_opens = not pages or page == layout.page(lines[i - 1])
            break
        key = _key(t.text)
        if not has_leader(t.text) and key in seen and len(key) > 1:
            break
        seen.add(key)
        end = i + 1
    if end - start <= 1 or not _lists_entries(lines[start + 1:end], titled, dots_aside=not restated):
        return None
    ends = [k for k in range(start + 1, end) if _entry_end(lines[k].text)]
    tail = lines[ends[-1] + 1:end] if ends else []
    if len(ends) >= MIN_LISTED and (body_opens or not all(entry_like(x.text) for x in tail)
                                    or any(_larger_than_entries(lines[start + 1:ends[-1] + 1], x, layout, every=True)
                                           for x in tail)):
        # a contents that gives page numbers ends with its last entry that gives one where the body opens under it
        # (``Index⇥35`` / ``1 Overview`` / ``REVTEX is a …``) or its heading, set larger than the entries, closes
        # the page (``1 はじめに`` at 13.3 pt, its text on the next page); entries without a page number that close a
        # contents before its page ends (a deck's agenda: ``进度安排``, ``问题与解决方案``) stay
        end = ends[-1] + 1
    return start, end


def _next_entry_over(lines: list[Text], start: int, i: int, layout: Layout) -> bool:
    """In a PDF, ``lines[i]``, the first line of a page after the contents' page, is the contents' last entry: its
    top-level number the next after the block's last numbered entry (``7 License`` after ``6 kotex.sty⇥4``), set in
    the font and size of one of the block's numbered entries (a body's heading is set larger), with more of the page
    under it. Trial 62b's cjk-ko
    manual: pdfminer read the entry atop page 2, its page number 22 lines on; it had become a paragraph of the
    abstract."""
    last = next((x for x in reversed(lines[start + 1:i]) if explicit_number(x.text.strip()) is not None), None)
    if last is None or i + 1 >= len(lines) or layout.page(lines[i + 1]) != layout.page(lines[i]):
        return False
    a, b = explicit_number(last.text.strip()), explicit_number(lines[i].text.strip())
    if a is None or b is None or a.style != "arabic" or b.style != a.style or tuple(a.label[1:]) != (0, 0) \
            or tuple(b.label[1:]) != (0, 0) or b.label[0] != a.label[0] + 1:
        return False
    faces = {(layout.font(x), layout.size(x)) for x in lines[start + 1:i] if explicit_number(x.text.strip()) is not None}
    return layout.font(lines[i]) is not None and (layout.font(lines[i]), layout.size(lines[i])) in faces \
        and len(lines[i].text.strip()) <= MAX_ENTRY_CHARS


def _entry_end(text: str) -> bool:
    """A line that ends a contents entry: a leader or a page number set apart (after a TAB too), a piece of a
    leader, or a page number alone (pdfminer sets the page column apart).

    >>> [_entry_end(s) for s in ("Index\\t35", "2.1 Build . . . . 3", "12", "1 Overview", "REVTEX is a class.")]
    [True, True, True, False, False]
    """
    s = text.strip()
    return contents_shaped(s) or tab_page(s) or page_number(s) is not None


LARGER_HEAD = 1.15
"""A line this much larger than the contents' entries (PDF sizes) is a heading of the body."""


def _opens_chapter(lines: list[Text], start: int, i: int, layout: Layout) -> bool:
    """In a PDF, the page that opens at ``lines[i]`` opens on a heading set clearly larger than the contents'
    entries so far (``Introduction générale`` at 24.8 pt over its chapter's own short contents at 12 pt, after
    the thesis's list of figures) and giving no page number: the body's chapter, no more of the contents."""
    return _larger_than_entries(lines[start + 1:i], lines[i], layout)


def _larger_than_entries(block: list[Text], t: Text, layout: Layout, every: bool = False) -> bool:
    """``t`` gives no page number and is set :data:`LARGER_HEAD` times larger than the entries of ``block`` (PDF
    sizes; ``every``: larger than every line of the block too, a part's or a section's entry set larger than its
    subsections' included): a heading of the body."""
    size = layout.size(t)
    if not size or _entry_end(t.text):
        return False
    sizes = sorted(s for x in block if _entry_end(x.text) and (s := layout.size(x)))
    if every and any((s := layout.size(x)) and s >= size for x in block):
        return False
    return bool(sizes) and size >= LARGER_HEAD * sizes[len(sizes) // 2]


def _wrapped_entry(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is an entry's first line, wrapped: the next line ends in the entry's leader or page number and
    holds no number of its own (``A.1 Test table. With an extra-long caption to test spacing …`` / ``And inline
    mathematics. . . . 7``: a list of tables' caption)."""
    if i + 1 >= len(lines):
        return False
    after = lines[i + 1].text.strip()
    return has_leader(after) and explicit_number(after) is None and not _LABEL_ONLY.match(fold(after))


_SPACED_PAGE = re.compile(r"[^\d\s]\s(?:[1-9]\d{0,3}|[ivxlc]{1,6})$", re.IGNORECASE)


def _leaderless_entry(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a numbered entry too long for its leader, its page number one space after its title
    (``5.3 Ficha Catalográfica (Dados de catalogação-na-publicação) (obrigatório) 23``), between entries that end in
    a leader or a page number: the lines on either side of it do."""
    s = lines[i].text.strip()
    if explicit_number(s) is None or _SPACED_PAGE.search(s) is None or not 0 < i < len(lines) - 1:
        return False
    return all(contents_shaped(x.text.strip()) or tab_page(x.text.strip()) for x in (lines[i - 1], lines[i + 1]))


MIN_RESTATED = 3
"""Numbered headings in a row, no text between them, that a contents without a heading or page numbers lists."""


def _restated_run(lines: list[Text]) -> tuple[int, int] | None:
    """A contents with neither a heading nor page numbers: :data:`MIN_RESTATED` numbered heading lines or more in a
    row, numbered up from the first, no text between them, and the entries restated after the run as the body's
    headings (:func:`_restated`: ``§ 1 System Requirements`` … ``§ 5 For More Information`` / ``§ 1 System
    Requirements`` / its text: a manual's list of its sections).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _restated_run(mk("Manual", "1 Setup", "2 Usage", "3 Support", "1 Setup", "Install it.", "2 Usage"))
    (1, 4)
    >>> _restated_run(mk("1 Setup", "2 Usage", "3 Support", "Install it first."))  # headings over nothing restated

    Under an agenda's label the run is the meeting's items (``Agenda`` / ``1. Welcome`` … / ``1. Welcome`` / its minutes):

    >>> _restated_run(mk("Agenda", "1 Setup", "2 Usage", "3 Support", "1 Setup", "Install it.", "2 Usage"))
    """
    keys = [_key(t.text) for t in lines]  # each line's key once: a long document holds hundreds of runs
    where: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        where.setdefault(key, []).append(k)
    i = 0
    while i < len(lines):
        first = explicit_number(lines[i].text.strip())
        if first is None or len(lines[i].text.strip()) > MAX_ENTRY_CHARS:
            i += 1
            continue
        j, label = i + 1, first.label
        while j < len(lines) and len(lines[j].text.strip()) <= MAX_ENTRY_CHARS \
                and (n := explicit_number(lines[j].text.strip())) is not None and n.label > label and n.label != first.label:
            label, j = n.label, j + 1
        # under an agenda's label (``Agenda``, ``次第``) the run is the meeting's items, restated over their minutes: a
        # list of what the meeting took up, no contents (no page numbers, no leaders; session 62)
        # … and after a sentence (``…の3点につき仕様を拡張した．`` / ``1. …`` ``2. …`` ``3. …``), restated later as the
        # same list again (a recap), it is a numbered list in a section's body: no contents either (jfm's section 1.6,
        # fresh-user trial 77c); a manual's sections listed after its abstract's sentence and restated as headings
        # with their text between them (asternote's ``§ 1 System Requirements`` …) stay its contents
        if j - i >= MIN_RESTATED and _restated(keys, where, i, j) and not (i > 0 and (agenda_label(lines[i - 1].text) or numbered_agenda_label(lines[i - 1].text) or (_ends_sentence(lines[i - 1].text) and _repeated_list(keys, where, i, j)))):
            return i, j
        i = j
    return None


def _repeated_list(keys: list[str], where: dict[str, list[int]], i: int, j: int) -> bool:
    """The run ``i:j`` (keys :func:`_key`, ``where`` each key's line indexes) stands again later as one block, its
    entries on consecutive lines in the same order: a list repeated (a recap), never headings with text between."""
    places = where.get(keys[i], ())
    n = bisect.bisect_left(places, j)
    if n == len(places):
        return False
    at = places[n]
    return keys[at:at + j - i] == keys[i:j]


MIN_SENTENCE_CHARS = 8
"""Characters a line ending in a full stop or a colon has at least to be read as a sentence before a list (``Manual.``,
``Inhalt:`` are labels)."""


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence of running text (a full stop or a colon introducing what follows) and is no numbered
    heading: what a contents' own heading never is.

    >>> _ends_sentence("の仕様を拡張した．"), _ends_sentence("The tool works in three steps:"), _ends_sentence("Contents")
    (True, True, False)
    >>> _ends_sentence("Inhalt:"), _ends_sentence("1.1 Overview."), _ends_sentence("Version 1.0")
    (False, False, False)
    """
    s = text.strip()
    return len(s) >= MIN_SENTENCE_CHARS and s.endswith(("。", "．", ".", ":", "：")) and explicit_number(s) is None \
        and any(ch.isalpha() for ch in s)


def _restated(keys: list[str], where: dict[str, list[int]], i: int, j: int) -> bool:
    """The run ``i:j`` of lines whose keys (:func:`_key`) are ``keys`` is restated after it: its first entry right
    after it, or :data:`MIN_RESTATED` of its entries, the first among them, later in the same order (a label glued
    to an entry keeps it from matching). ``where``: each key's line indexes, ascending (one look-up an entry, not
    a pass over the rest of the document)."""
    if j < len(keys) and keys[j] == keys[i]:
        return True
    found, at = 0, j
    for k in range(i, j):
        places = where.get(keys[k], ())
        n = bisect.bisect_left(places, at)
        if n == len(places):
            if k == i:
                return False
            continue
        at = places[n] + 1
        found += 1
    return found >= MIN_RESTATED


MIN_LISTED = 2
"""Entries ending in a leader or a page number a contents block shows at least (or, without page numbers, three
numbered entries and most of its lines so): a section about the ``目次`` command in a cheat sheet is no contents."""


def _lists_entries(block: list[Text], titled: bool = True, dots_aside: bool = True) -> bool:
    """The block lists entries: :data:`MIN_LISTED` with a leader or page number, or (a contents without page
    numbers, ``§ 1 Introduction`` / ``§ 2 Usage``) three numbered entries or more, at least half of its lines.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _lists_entries(mk("はじめに . . . 1", "方法 . . . 5")), _lists_entries(mk("1 はじめに", "2 方法", "3 結果"))
    (True, True)
    >>> _lists_entries(mk("相互参照用のラベルをセット", "ラベル位置を出力", "\\tableofcontents 目次"))
    False
    >>> _lists_entries(mk("1 はじめに", "1", "3 使用方法", "3.1 オプション .", ".", ".", ".", ".", ".", "2 実例", "2"))
    True
    """
    # a leader's dots on a line of their own (a two-column contents read across its columns by pdfminer: kanbun-ja's
    # ``3.1 パッケージのオプション .`` then ``.`` ``.`` ``.`` lines) are a listed entry's, no line of the block's own
    block = [t for t in block if t.text.strip(" .．…")] if titled and dots_aside else block
    listed = sum(has_leader(t.text) or (titled and tab_page(t.text)) for t in block)  # under a heading
    numbered = sum(explicit_number(t.text.strip()) is not None or _LABEL_ONLY.match(fold(t.text.strip())) is not None
                   for t in block)
    return listed >= MIN_LISTED or (numbered >= 3 and 2 * numbered >= len(block))


def paired_page_column(block: list[Text], layout: Layout) -> list[Text]:
    """A contents block whose page numbers pdfminer set apart as a column of their own (``1 Aims and Context`` …
    ``References``, then ``3`` … ``8``: LaTeX's report class sets them flush right, far from the titles) with each
    number joined back to its entry after a TAB, as extract marks a gap between cells (``1 Aims and Context⇥3``); the
    block as it was where the run does not pair. A run of entries without a page (:func:`entry_parts`) followed by
    as many bare Arabic numbers, never falling: in a PDF each number must stand on its entry's row (the same page,
    its bottom within half a size of the entry's), which pairs them whatever their order; in a text dump the n-th
    number is the n-th entry's. Why (trial 76c, hgb-termreport): the column had been dropped as a manuscript's line
    numbers, and the entries had no page.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in paired_page_column(mk("1 Aims", "2 Details", "References", "3", "4", "8"), Layout.plain())]
    ['1 Aims\\t3', '2 Details\\t4', 'References\\t8']
    >>> [t.text for t in paired_page_column(mk("1 Aims", "2 Details", "3", "2"), Layout.plain())]  # falling: no pages
    ['1 Aims', '2 Details', '3', '2']
    """
    out: list[Text] = []
    i = 0
    while i < len(block):
        j = i
        while j < len(block) and _bare_number(block[j].text) is None and entry_parts(block[j].text)[1] is None \
                and not is_contents_title(block[j].text):
            j += 1
        k = j
        while k < len(block) and _bare_number(block[k].text) is not None:
            k += 1
        entries, numbers = block[i:j], block[j:k]
        pairs = _rows_paired(entries, numbers, layout) if len(entries) >= 2 and len(numbers) == len(entries) else None
        if pairs is None:
            out.extend(block[i:max(j, i + 1)])
            i = max(j, i + 1)
            continue
        out.extend(Text.join([e, n], sep=Text.inserted("\t")) for e, n in pairs)
        i = k
    return out


def _bare_number(text: str) -> int | None:
    """The value of a line that is an Arabic page number alone (``3``), else ``None``."""
    s = text.strip()
    return int(s) if s.isascii() and s.isdigit() and len(s) <= 4 else None


def _rows_paired(entries: list[Text], numbers: list[Text], layout: Layout) -> list[tuple[Text, Text]] | None:
    """:func:`paired_page_column`'s pairs, else ``None``."""
    values = [_bare_number(n.text) or 0 for n in numbers]
    if any(b < a for a, b in zip(values, values[1:])):
        return None
    where = [layout.at(first_line(t)) for t in entries + numbers]
    if all(w.y0 is None for w in where):
        return list(zip(entries, numbers))  # a text dump: the n-th number is the n-th entry's page
    pairs = []
    for n in numbers:
        at = layout.at(first_line(n))
        if at.y0 is None:
            return None
        row = [e for e in entries if (w := layout.at(first_line(e))).y0 is not None and w.page == at.page
               and abs(w.y0 - at.y0) <= 0.5 * max(at.size or 0.0, w.size or 0.0, 1.0)]
        if len(row) != 1:
            return None
        pairs.append((row[0], n))
    if len({id(e) for e, _ in pairs}) != len(entries):
        return None
    return sorted(pairs, key=lambda p: next(k for k, e in enumerate(entries) if e is p[0]))


def wrapped_entries(block: list[Text], layout: Layout) -> list[Text]:
    """A contents block with each entry wrapped over two lines or more joined into one (``A TEST APPENDIX WITH A
    VERY LONG TITLE IN ORDER TO TEST SPACING`` / ``BEHAVIOR . . . 7``: one entry, page 7), and a leader's dots and a
    page number pdfminer set apart on the entry's row joined back to it after a TAB (``And inline mathematics. . .``
    / ``.`` / ``7``). An entry with no page (:func:`entry_parts`) is continued by the next line when that line is no
    new entry: it opens on no section number or label, it ends in a page number (or is itself continued so), and in
    a PDF it is set on the same page with a hanging indent (its left edge right of the entry's first line, as LaTeX's
    ``\\@dottedtocline`` sets a wrapped title) no farther below than the block's usual step from entry to entry; in a
    text dump (no positions) the continuation must open on a lower-case letter. Why (trial 78c, mugsthesis): each
    wrapped entry had become two or three entries, the first without a page.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in wrapped_entries(mk("1 A long title of the", "chapter . . . 3", "2 Next . . . 5"), Layout.plain())]
    ['1 A long title of the chapter . . . 3', '2 Next . . . 5']
    >>> [t.text for t in wrapped_entries(mk("Part I Basics", "1 Intro . . . 3", "Appendix", "Tables . . . 9"), Layout.plain())]
    ['Part I Basics', '1 Intro . . . 3', 'Appendix', 'Tables . . . 9']
    """
    rows = _row_pieces_joined(block, layout)
    where = [layout.at(first_line(t)) for t in rows]
    steps = sorted(a.y0 - b.y0 for a, b in zip(where, where[1:])
                   if a.y0 is not None and b.y0 is not None and a.page == b.page and a.y0 > b.y0)
    step = steps[len(steps) // 2] if steps else None
    out: list[Text] = []
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and entry_parts(rows[j].text)[1] is None and _continues(rows[i], rows[j], rows[j + 1],
                                                                                        layout, step):
            j += 1
        if j > i and entry_parts(rows[j].text)[1] is not None:
            out.append(Text.join(rows[i:j + 1], sep=Text.inserted(" ")))
            i = j + 1
        else:
            out.append(rows[i])
            i += 1
    return out


def _continues(first: Text, prev: Text, cur: Text, layout: Layout, step: float | None) -> bool:
    """``cur`` goes on with the entry opened by ``first`` (its last line so far ``prev``): see
    :func:`wrapped_entries`."""
    s = cur.text.strip()
    if not s or is_contents_title(s) or explicit_number(s) is not None or _LABEL_ONLY.match(fold(s)) \
            or PART_LABEL.match(s) or not s[0].isalpha():
        return False
    head, at, last = layout.at(first_line(first)), layout.at(first_line(cur)), layout.at(first_line(prev))
    if head.y0 is None or at.y0 is None or last.y0 is None:
        return s[0].islower()
    return (at.page == head.page == last.page and at.x0 is not None and head.x0 is not None
            and at.x0 > head.x0 + 1.0 and 0 < last.y0 - at.y0 <= (step or 0.0) + 0.5)


def _row_pieces_joined(block: list[Text], layout: Layout) -> list[Text]:
    """``block`` with a line of leader dots or a bare page number joined after a TAB to the line before it where
    pdfminer set it apart on that line's row (same page, bottoms within half a size); a text dump's as it was."""
    out: list[Text] = []
    for t in block:
        s = t.text.strip()
        if out and s and (not s.strip(" .．…") or _bare_number(s) is not None or page_number(s) is not None):
            a, b = layout.at(last_line(out[-1])), layout.at(first_line(t))
            if a.y0 is not None and b.y0 is not None and a.page == b.page \
                    and abs(a.y0 - b.y0) <= 0.5 * max(a.size or 0.0, b.size or 0.0, 1.0) \
                    and entry_parts(out[-1].text)[1] is None:
                out[-1] = Text.join([out[-1], t], sep=Text.inserted("\t"))
                continue
        out.append(t)
    return out
