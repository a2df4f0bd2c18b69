"""Real-PDF layouts read by their kind (issue 16, session 49's trial on TeX packages' sample PDFs).

Each test is a small made-up document of the kind a real PDF showed, never the PDF's own text:
* a table's empty cells (``···``) read one cell a line are no table of contents (aastex's rotated table had become a
  534-entry contents);
* a contents' own page that goes on with the body (mnras: the contents in the first column, the body in the second)
  ends at the restated entry over running text;
* a landscape table's cells, turned a quarter in a paper set horizontally, are no headings (aastex);
* numbered lines in a row with nothing between them, at the body's size, are a listing's, no sections (oup's
  algorithm, luatexja-ruby's numbered examples);
* a one-page landscape worksheet whose fractions set their denominators alone on a line is no deck
  (japanese-mathformulas);
* letterspaced lines sharing their first letters keep them (fbithesis: clean read them as a ghost prefix);
* a long numbered heading set bold whose number's stop meets a capital is a heading (elsarticle);
* a chapter's word alone over a numbered heading is no title (japanese-mathformulas, once no deck).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from segment_inputs import one_talk, run_pdf  # noqa: E402

PAPER_WITH_TABLE_CELLS = """A Survey of Nearby Supernovae

Ann Example
Example Observatory

1. Introduction

We list the supernovae of the sample below, with their distances and their host galaxies where known.

Table 1
SN 2006X
···
···
···
Ia
···
SN 2007af
···
···
···
II
···

2. Results

The distances agree with the earlier estimates within their errors.
"""


def test_a_tables_empty_cells_one_a_line_are_no_contents():
    talk = one_talk(PAPER_WITH_TABLE_CELLS)
    assert talk.contents == ()
    assert [s.number for s in talk.sections if s.number] == ["1", "2"]


GUIDE_WITH_CONTENTS_BESIDE_ITS_BODY = """Preparing Papers for the Example Journal
Ann Example
Example Society, 1 Example Street, Exampletown

CONTENTS
1 Introduction
2 Installing the class
3 Preparing a paper
3.1 Title
3.2 Authors
4 Figures
1 INTRODUCTION
The journal encourages authors to prepare their papers with the class described in this guide, which
sets the text much as the printed journal will show it.
2 INSTALLING THE CLASS
Most distributions carry the class already; where yours does not, place its files beside your paper.
\f3 PREPARING A PAPER
Start from a copy of the template file and rename it before you write anything in it.
3.1 Title
The title should be short and name what the paper found.
3.2 Authors
Give each author's name and affiliation in full.
4 FIGURES
Set each figure where the text first calls it.
"""


def test_a_contents_ends_where_its_page_goes_on_with_the_body():
    """The contents' own page holds the body's opening too (mnras: the contents in the first column, the body's
    ``1 INTRODUCTION`` in the second): the block ends at the restated entry over running text."""
    talk = one_talk(GUIDE_WITH_CONTENTS_BESIDE_ITS_BODY)
    assert [c.text for c in talk.contents][-1] == "4 Figures"
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3", "3.1", "3.2", "4"]


def _rotated_table_paper() -> bytes:
    """A three-page paper whose second page holds a table turned a quarter (landscape), drawn cell by cell."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    body = ["A Study of Small Harbours", "Ann Example, Example University", "1. Introduction",
            "Small harbours shelter fishing boats along the whole of the coast, and they are",
            "kept up by the towns that use them, each in its own way and at its own cost.", "2. Sites",
            "We visited eleven harbours in the spring and counted the boats in each of them."]
    body += [f"At the {w} harbour the boats lay close together, and the town kept its walls in good repair."
             for w in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "last")]
    y = 780
    for k, line in enumerate(body):
        c.setFont("Helvetica-Bold" if line[:2] in ("1.", "2.") else "Helvetica", 14 if k == 0 else 10)
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.setFont("Helvetica", 7)
    cells = [["Harbour", "Boats", "Depth", "Built"]] + [[f"Site {i}", f"{i + 3}.{i}({i + 30})", "···", f"19{i + 10}"]
                                                        for i in range(1, 12)]
    for r, row in enumerate(cells):
        for col, cell in enumerate(row):
            c.saveState()
            c.translate(100 + r * 14, 100 + col * 150)
            c.rotate(90)
            c.drawString(0, 0, cell)
            c.restoreState()
    c.showPage()
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 780, "3. Results")
    c.setFont("Helvetica", 10)
    c.drawString(72, 762, "The harbours with more boats were the deeper ones, as the table shows for most sites.")
    c.drawString(72, 744, "The towns that built them early keep them up best, and so they shelter the most boats.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_landscape_tables_cells_are_no_headings():
    """aastex's rotated table: each cell a vertical line in a paper set horizontally (``8.5(38)`` read as section
    8.5 titled ``(38)``); such lines head nothing and measure no body size."""
    [talk] = run_pdf(_rotated_table_paper()).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


def test_numbered_examples_in_a_row_are_no_sections():
    """luatexja-ruby: examples numbered by the figures they copy (``3.49 …``, ``3.50 …``), one a line at the body's
    size with no text between them, had become sections 3.49–3.84: a listing's lines. The guide's own headings are
    set larger; a run of them with nothing under them (a template's empty subsections) stays headings."""
    from pdfmaker import JA, drawn_pdf

    rows = [(16, "港の言葉を組む"), (10, "山田　花子"), (14, "1 はじめに"),
            (10, "この手引きは、ルビを組む例を要件の図から写して示すものである。"),
            (14, "2 例"), (14, "2.1 モノルビ"),
            (10, "以下の例は要件の図を一つずつ写し、その番号を残している。"),
            (10, "2.49 港の灯は遠くまで届く"), (10, "2.50 船は朝早く出ていく"), (10, "2.51 島の子は泳ぎがうまい"),
            (10, "2.52 灯台守の一日"), (10, "どの例も、図と同じように組まれる。"),
            (14, "2.2 グループルビ"), (14, "2.3 熟語ルビ"), (14, "2.4 ルビのはみ出し"),
            (14, "3 おわりに"), (10, "ルビは読み手を助けるが、多すぎると本文が読みにくくなる。")]
    runs = [(JA, size, 72, 780 - 24 * k, text) for k, (size, text) in enumerate(rows)]
    [talk] = run_pdf(drawn_pdf([runs])).talks
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "2.1", "2.2", "2.3", "2.4", "3"]


def test_an_algorithms_lines_set_in_bold_are_no_sections():
    """oup: an algorithm's numbered lines, its keywords' lines set in bold (``2: if n < 0 then``), had become
    sections 2, 5, 8–10, 16, 17 beside the paper's unnumbered headings."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf

    runs = [(EN_BOLD, 16, 72, 780, "Fast Powers"), (EN, 10, 72, 760, "Ann Example, Example University"),
            (EN_BOLD, 12, 72, 730, "Introduction")]
    text = ["We raise a number to a power by halving the exponent at each step of the loop,",
            "which needs far fewer products than the plain loop does for large exponents."]
    runs += [(EN, 10, 72, 712 - 14 * k, s) for k, s in enumerate(text)]
    steps = [(EN, "1: y <= 1"), (EN_BOLD, "2: if n < 0 then"), (EN, "3:    x <= 1/x"), (EN_BOLD, "4: end if"),
             (EN_BOLD, "5: while n > 0 do"), (EN, "6:    y <= y * x"), (EN_BOLD, "7: end while")]
    runs += [(EN_BOLD, 10, 72, 670, "Algorithm 1 Fast powers")]
    runs += [(font, 10, 80, 654 - 14 * k, s) for k, (font, s) in enumerate(steps)]
    runs += [(EN_BOLD, 12, 72, 540, "Results")]
    more = ["The method needed eleven products where the plain loop needed a thousand of them,",
            "and it kept its lead over the whole range of exponents that we tried it on."]
    runs += [(EN, 10, 72, 522 - 14 * k, s) for k, s in enumerate(more)]
    [talk] = run_pdf(drawn_pdf([runs])).talks
    assert [s.title.text for s in talk.sections] == ["Introduction", "Results"]


def test_a_one_page_landscape_worksheet_with_fractions_is_no_deck():
    """japanese-mathformulas: one landscape page of exercises whose fractions set their denominators on lines of
    their own (``2``); those bare numbers inside the page were weighed as slide numbers and the worksheet became a
    deck. One PDF page whose numbers never count up is no deck (its ``①`` items and short lines notwithstanding)."""
    from pdfmaker import JA, drawn_pdf

    left = ["4. 二つの正の数の平均", "a > 0, b > 0 のとき，", "a + b", "2", "【証明】", "a + b − 2ab", "√a − √b",
            "両辺の差は平方の形に書けるので，0以上である。", "(√a − √b)²", "よって，", "x + 1", "2", "（Q.E.D.）"]
    right = ["（目標時間：5分）", "【参考】", "① そのまま当てはめると，うまくいかない。分母に注目しよう。", "⑴ x > −1 のとき",
             "2x + 1", "の最小値", "⑵ x > 0 のとき", "(x + 1)(x + 4)", "の最小値", "解答欄"]
    runs = [(JA, 9, 50, 640 - 40 * k, text) for k, text in enumerate(left)]
    runs += [(JA, 9, 500, 627 - 40 * k, text) for k, text in enumerate(right)]
    [talk] = run_pdf(drawn_pdf([runs], size=(1000.0, 708.0))).talks
    assert talk.shape != "deck" and talk.slides == ()


def test_letterspaced_lines_sharing_their_opening_keep_it():
    """fbithesis's cover: ``I N T E R N E  B E R I C H T E`` over ``I N T E R N A L  R E P O R T S``; clean dropped
    the ``I N T E R `` they share as a ghost prefix of each. Letter spacing, every token one letter, is no ghost."""
    from segment_inputs import run_text

    doc = run_text("Example File for the Thesis Package\nAnn Example\n\nS E R I E S  B E R I C H T E\n"
                   "S E R I E S  R E P O R T S\n\nChair of Examples\nDepartment of Computer Science\n")
    assert not [r for r in doc.ledger if r.reason == "ghost-prefix"]


def test_a_long_bold_numbered_heading_with_vs_is_a_heading():
    """elsarticle: ``2. Evanescent vs. conventional quadrupole light-matter coupling``, 63 characters in
    ``NimbusRomNo9L-Medi`` (URW's bold), stayed a paragraph: the number's own stop before a capital read as a
    sentence inside the title, and ``-Medi`` as no bold face."""
    from pdfmaker import EN, EN_BOLD, drawn_pdf

    body = ["Small harbours shelter fishing boats along the whole of the coast, and they",
            "are kept up by the towns that use them, each in its own way and at its cost."]
    runs = [(EN_BOLD, 16, 72, 780, "Small Harbours"), (EN, 10, 72, 760, "Ann Example, Example University"),
            (EN_BOLD, 10, 72, 730, "1. Introduction")]
    notes = ["The towns keep records of each boat.", "Most boats are small.", "Few harbours are deep."]
    runs += [(EN, 10, 72, 712 - 12 * k, s) for k, s in enumerate(body)]
    runs += [(EN, 10, 72, 676 - 20 * k, s) for k, s in enumerate(notes)]
    runs += [(EN_BOLD, 10, 72, 600, "2. Harbours vs. river mouths as shelters for the small fishing fleets")]
    runs += [(EN, 10, 72, 582 - 12 * k, s) for k, s in enumerate(body)]
    runs += [(EN, 10, 72, 546 - 20 * k, s) for k, s in enumerate(notes)]
    [talk] = run_pdf(drawn_pdf([runs])).talks
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert talk.sections[1].title.text.startswith("Harbours vs. river mouths")


def test_a_chapter_word_alone_is_no_title():
    """japanese-mathformulas: ``Chapter`` set alone over ``4. 相加平均と相乗平均の関係`` (its number opening the next
    line) had become the paper's title once the worksheet was no longer read as a deck: a chapter's label, no title."""
    talk = one_talk("Chapter\n4. Harbour Towns and Their Boats\nThe harbour towns kept their boats safe through the long "
                    "winter, and they mended the walls each spring.\nThe boats went out again when the sea was calm.\n")
    assert talk.title.en is None and talk.title.ja is None
    assert [s.number for s in talk.sections if s.number] == ["4"]
