"""Made-up PDFs for tests/test_tex80.py (issue 16 on real PDFs, helper tex80): run ``python tests/data/tex80/make.py``
from the repository to rewrite them. Each imitates one layout fault seen on Debian's texlive documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf, justified, text_width  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty, and",
        "the totals were written into the log before the first ferry left the pier at seven o'clock each day.",
        "On wet days the counts fell by a third, and the observers noted the rain in a column of its own.",
        "The log was copied each week into the ledger kept at the town hall, where it can still be read."]


def styles_table_pdf() -> bytes:
    """A one-column paper in the JACoW template's manner: bold capitals headings, a table under its caption whose
    cells wrap inside their column (``Before After`` under ``Space``, ``Bold`` and ``Italic`` under their style's name,
    each set in the face it names), and an appendix's label alone (``ANNEX B:``) over a long title in its face."""
    pages: list[list] = [[], []]
    y = 780.0

    def put(page: int, font: str, size: float, x: float, text: str, step: float = 13.0) -> None:
        nonlocal y
        pages[page].append((font, size, x, y, text))
        y -= step

    put(0, EN_BOLD, 14, 120, "COUNTING CYCLISTS ON THE HARBOUR ROAD", 26)
    put(0, EN_BOLD, 12, 60, "INTRODUCTION", 18)
    for line in BODY:
        put(0, EN, 10, 60, line)
    y -= 8
    put(0, EN_BOLD, 12, 60, "STYLES", 18)
    for line in BODY[:2] + ["Table 2 lists the styles the counting sheets are printed in."]:
        put(0, EN, 10, 60, line)
    y -= 10
    put(0, EN, 10, 200, "Table 2: Summary of Styles", 16)
    cols = (60, 180, 260, 330)
    rows = [(EN_BOLD, ("Style", "Font", "Space", "Space")), (EN_BOLD, (None, None, "Before After", None)),
            (EN, ("Paper title", "14 pt", "0 pt", "3 pt")), (EN, ("Bold", None, None, None)),
            (EN, ("Author list", "12 pt", "9 pt", "12 pt")), (EN, ("Abstract", "12 pt", "0 pt", "3 pt")),
            (EN_ITALIC, ("Italic", None, None, None)), (EN, ("Section", "12 pt", "9 pt", "3 pt")),
            (EN, ("Heading", None, None, None)), (EN_BOLD, ("Bold", None, None, None)),
            (EN, ("Figure", "10 pt", "3 pt", "3 pt"))]
    for font, cells in rows:
        for x, cell in zip(cols, cells):
            if cell:
                pages[0].append((font, 10, x, y, cell))
        y -= 12
    y -= 10
    for line in BODY[2:] + ["The sheets were set in these styles from the first survey to the last one."]:
        put(0, EN, 10, 60, line)
    y -= 8
    put(0, EN_BOLD, 12, 60, "CONCLUSION", 18)
    for line in BODY:
        put(0, EN, 10, 60, line)
    y = 780.0
    put(1, EN_BOLD, 12, 60, "ANNEX B:", 14)
    put(1, EN_BOLD, 12, 60, "HARBOUR COUNTING STYLE GUIDE AS APPLIED TO THE", 14)
    put(1, EN_BOLD, 12, 60, "COASTAL SURVEYS, PERIODICALS AND OTHER WORKS", 20)
    put(1, EN_BOLD, 12, 60, "Referencing the Surveys", 18)
    for line in BODY:
        put(1, EN, 10, 60, line)
    return drawn_pdf(pages)


LEFT = ("The title block follows the usual structure of a paper and takes its data from the commands that "
        "name the title, the authors and their institute, and a picture set under the logo at the right. "
        "Besides the title data, two more commands fill the foot of the poster, as an example | given in the file "
        "EXAMPLE-HARBOURPOSTERFILE.tex shown with the class, and a third command sets a small code in the corner. "
        "The width of the logo is the line width at that point of the page.")
RIGHT_1 = "The boxes can be set in several styles. The default follows the official rules of the harbour board."
RIGHT_2 = ("A box may also be set apart from the others by a frame of its own, chosen for the whole poster by a "
           "class option or for one box by its local style, and the colours follow the chosen accent.")


def _column(words: list[str], x0: float, x1: float, top: float, size: float = 10.0, leading: float = 12.0,
            overfull: tuple[str, float] | None = None) -> tuple[list, float]:
    """Runs for ``words`` set justified in a column from ``x0`` to ``x1`` (a word ``|`` breaks the line), its last
    line ragged; the line that holds
    ``overfull[0]`` runs on past ``x1``, up to ``overfull[1]`` at most (TeX's overfull box: a word it could not
    break). The runs and the baseline under the last line."""
    lines, line, broken = [], [], set()
    for word in words:
        if word == "|" or (line and text_width(" ".join([*line, word]), EN, size) > x1 - x0
                           and not (overfull and word == overfull[0])):
            if word == "|":  # the line breaks here, set ragged
                broken.add(len(lines))
            lines.append(line)
            line = []
        if word != "|":
            line.append(word)
    lines.append(line)
    runs, y = [], top
    for k, line in enumerate(lines):
        if overfull and overfull[0] in line:  # set at its natural spaces, past the column's edge
            assert x1 < x0 + text_width(" ".join(line), EN, size) <= overfull[1]
            runs.append((EN, size, x0, y, " ".join(line)))
        elif k < len(lines) - 1 and k not in broken:
            runs += justified(line, x0, x1, y, size)
        else:
            runs.append((EN, size, x0, y, " ".join(line)))
        y -= leading
    return runs, y


def overfull_columns_pdf() -> bytes:
    """A poster's two columns of boxes 1.2 ems apart (10 pt text, 12 pt of gutter), one line of the left box running
    2.5 ems over the gutter into the right column (an unbreakable file name), on a baseline the right column leaves
    blank between two paragraphs."""
    runs = [(EN_BOLD, 20, 60, 790, "Harbour Posters in the Board's Design")]
    runs += [(EN_BOLD, 12, 60, 740, "Title block"), (EN_BOLD, 12, 302, 740, "Boxed style")]
    left, _ = _column(LEFT.split(), 60, 290, 720, overfull=("EXAMPLE-HARBOURPOSTERFILE.tex", 340))
    runs += left
    overfull_y = next(y for font, size, x, y, text in left if "EXAMPLE" in text)
    right1, y = _column(RIGHT_1.split(), 302, 532, 720)
    while y > overfull_y:  # the first paragraph ends above the overfull line; white on its baseline
        y -= 12
    right2, _ = _column(RIGHT_2.split(), 302, 532, overfull_y - 12)
    return drawn_pdf([runs + right1 + right2])


def poster_title_pdf() -> bytes:
    """A poster's title set over three lines in one bold face and size, its first line opening on a lower-case
    hyphenated word (TUDaSciPoster's ``tcolorbox-Poster im`` / ``Corporate Design der`` / ``TU Darmstadt``), over a
    smaller byline and the boxes' text."""
    runs = [(EN_BOLD, 40, 60, 780, "harbour-Poster im"), (EN_BOLD, 40, 60, 736, "Corporate Design der"),
            (EN_BOLD, 40, 60, 692, "Hafenbehörde Kiel"), (EN_BOLD, 14, 60, 650, "Anna Berg and Tom Lee"),
            (EN, 10, 60, 634, "Harbour Board, Kiel"), (EN_BOLD, 14, 60, 600, "Summary")]
    y = 582.0
    for line in BODY:
        runs.append((EN, 10, 60, y, line))
        y -= 13
    return drawn_pdf([runs])


def cheat_sheet_pdf() -> bytes:
    """A Japanese cheat sheet's page (platexsheet's manner): headings in a larger Gothic-like size, commands in a
    small typewriter face beside what they do; one row shows a size's sample set large beside its command
    (``\\large``, then ``大きい`` 30 points right of it), among lines that show the other sizes in running text."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), invariant=1)
    y = 780.0

    def put(font: str, size: float, x: float, text: str, step: float | None = 12.0) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(x, y, text)
        if step:
            y -= step

    def section(head: str, rows: list[tuple[str, str]]) -> None:
        nonlocal y
        y -= 8
        put("HeiseiKakuGo-W5", 12, 60, head, 18)
        for command, meaning in rows:
            put("Courier", 8, 60, command, None)
            put("HeiseiMin-W3", 8, 200, meaning)

    put("HeiseiKakuGo-W5", 18, 60, "組版命令チートシート", 30)
    section("文書の構造", [("\\section", "節の見出しを付ける"), ("\\subsection", "小節の見出しを付ける"),
                      ("\\paragraph", "段落の見出しを付ける")])
    y -= 8
    put("HeiseiKakuGo-W5", 12, 60, "フォントサイズ", 18)
    put("HeiseiMin-W3", 8, 60, "\\tiny 極小 \\scriptsize スクリプトサイズ \\footnotesize 脚注サイズ")
    put("HeiseiMin-W3", 8, 60, "\\small 小さい \\normalsize 標準サイズ", 14)
    put("Courier", 8, 60, "\\large", None)
    put("HeiseiMin-W3", 11.5, 60 + 6 * 4.8 + 30, "大きい", 16)
    put("HeiseiMin-W3", 8, 60, "これらの命令は通常、波括弧の中で使う。")
    section("上下の装飾", [("\\overline{ab}", "上線を引く"), ("\\underline{ab}", "下線を引く")])
    section("ギリシャ文字", [("\\alpha", "アルファ"), ("\\beta", "ベータ"), ("\\gamma", "ガンマ")])
    section("相互参照", [("\\label", "ラベルを付ける"), ("\\ref", "番号を参照する"), ("\\pageref", "ページ番号を参照する")])
    c.showPage()
    c.save()
    return buf.getvalue()


MADE = {"cheat-sheet.pdf": cheat_sheet_pdf, "poster-title.pdf": poster_title_pdf, "styles-table.pdf": styles_table_pdf, "overfull-columns.pdf": overfull_columns_pdf}

if __name__ == "__main__":
    for name, make in MADE.items():
        (HERE / name).write_bytes(make())
