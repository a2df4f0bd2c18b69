"""Margins of real PDFs' pages (issue 16, the real-PDF regression set of helper col48): what stands beside or above
the text and numbers its lines or its pages is page furniture, never text."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, text_width
from pipeline.clean import working_lines
from pipeline.extract import extract


def text_lines(doc) -> list[str]:
    return [line.text.text for line in working_lines(doc)]


def dropped(doc, reason: str) -> list[str]:
    return [row.text for row in doc.ledger if row.reason == reason]


def _numbered(rows: list[tuple[float, str | None]], first: int) -> list[tuple[str, float, float, float, str]]:
    """Runs of a page whose margin numbers each row (``(y, text or None)``) from ``first`` on, flush right at 48 pt."""
    runs = []
    for k, (y, text) in enumerate(rows):
        runs.append((EN, 7, 48 - text_width(str(first + k), EN, 7), y, str(first + k)))
        if text:
            runs.append((EN, 10, 72, y, text))
    return runs


def test_a_margins_numbers_beside_two_lines_set_apart_are_no_table_column():
    """AASTeX's review copy: its keywords' two lines, white above and below them, came as a table of two rows
    (``24⇥Keywords: …``) with their margin's numbers, and that line, reaching into the margin, kept every number of
    the page in the text. The count goes on above and below them: a margin, set aside as ``line-number``."""
    top = ["The sample manuscript shows the journal's layout and", "how a review copy numbers each of its lines in",
           "the margin, so that a referee can point to one.", "Each number stands on its line's baseline."]
    keywords = ["Keywords: orchards, grafting, terraces", "apple trees, pear trees, village mills"]
    below = ["Introduction follows the keywords after white space.", "Its lines are numbered on in the margin as",
             "before, one number for each line of the text."]
    rows = [(720 - 14 * k, line) for k, line in enumerate(top)]
    rows += [(620 - 14 * k, line) for k, line in enumerate(keywords)]
    rows += [(560 - 14 * k, line) for k, line in enumerate(below)]
    doc = extract(drawn_pdf([_numbered(rows, 1)]), name="m.pdf")
    assert dropped(doc, "line-number") == [str(n) for n in range(1, 10)]
    assert text_lines(doc) == [*top, *keywords, *below]


def test_a_tables_index_column_stays_in_its_rows():
    """A table numbers its rows, white above and below it, under and over prose: no margin goes on around it, so
    its rows keep their index."""
    prose = [(EN, 10, 36, 720 - 14 * k, line) for k, line in enumerate(
        ["A paragraph set over the whole measure of the page", "before a small numbered table of two rows."])]
    table = [(EN, 10, 36, 640, "1"), (EN, 10, 72, 640, "Apple"), (EN, 10, 160, 640, "120"),
             (EN, 10, 36, 626, "2"), (EN, 10, 72, 626, "Pear"), (EN, 10, 160, 626, "80")]
    after = [(EN, 10, 36, 580, "A paragraph after the table, over the measure too.")]
    doc = extract(drawn_pdf([prose + table + after]), name="t.pdf")
    assert "1\tApple\t120" in text_lines(doc)
    assert not dropped(doc, "line-number")


SECTIONS = ["1 INTRODUCTION", "2 PREPARING A PAPER", "3 TITLE AND AUTHORS", "4 FIGURES", "5 REFERENCES"]


def _two_sided(pages: int, head_size: float = 12) -> list[list[tuple[str, float, float, float, str]]]:
    """A paper set two-sided: a 9 pt body, a title page, then the author's head with its folio on even pages and the
    journal's on odd ones, in ``head_size``; each page's text opens on a section heading."""
    out = []
    for page in range(1, pages + 1):
        runs = [(EN, 9, 72, 680 - 12 * k, f"Line {k + 1} of the body text on page {page} of the paper, set in nine point.")
                for k in range(20)]
        runs.insert(0, (EN, 9, 72, 700, SECTIONS[page - 1]))
        if page == 1:
            runs.insert(0, (EN, 16, 72, 760, "A Guide for Authors"))
        elif page % 2 == 0:
            runs.insert(0, (EN, head_size, 72, 790, f"{page} A. N. Author"))
        else:
            runs.insert(0, (EN, head_size, 360, 790, f"Guide for authors {page}"))
        out.append(runs)
    return out


def test_a_two_sided_papers_heads_set_larger_than_the_body_are_furniture():
    """MNRAS sets its running heads in 12 pt over a 9 pt body, the author's on even pages and the journal's on odd
    ones, each with its folio: read as text, each had become a section heading swallowing the page's first one."""
    doc = extract(drawn_pdf(_two_sided(5)), name="p.pdf")
    assert dropped(doc, "running-header") == ["2 A. N. Author", "Guide for authors 3", "4 A. N. Author",
                                              "Guide for authors 5"]
    assert [line for line in text_lines(doc) if line.isupper()] == SECTIONS


def test_a_decks_title_repeated_over_its_build_up_stays():
    """A slide's title set larger than the text, on consecutive pages (a frame's build-up), numbers no page: content."""
    pages = [[(EN, 16, 72, 790, "Results"), *[(EN, 9, 72, 700 - 12 * k, f"Point {k + 1} of the slide") for k in range(n)]]
             for n in (3, 4, 5)]
    pages += [[(EN, 16, 72, 790, f"Step {n}"), (EN, 9, 72, 700, "One more point")] for n in (1, 2, 3)]
    doc = extract(drawn_pdf(pages), name="d.pdf")
    assert not dropped(doc, "running-header")
    assert [line for line in text_lines(doc) if line in ("Results", "Step 1", "Step 2", "Step 3")] == \
        ["Results"] * 3 + ["Step 1", "Step 2", "Step 3"]


def test_tex_math_glyph_names_the_glyph_list_lacks_are_read():
    """Real TeX PDFs (col48's set): CMSY/txsy's ``prime``, CMMI/rtxmi's ``star`` (elsarticle's title notes, read
    ``title�,��``), CMBSY's ``circledot`` and CMEX's sized delimiters (``parenleftBigg``) were lost glyphs."""
    from test_extract_fontprogram import _cff_program, _pdf

    names = {48: "prime", 63: "star", 12: "circledot", 32: "parenleftBigg", 33: "parenrightBigg", 120: "x"}
    program = _cff_program(names)
    out = extract(_pdf("FontFile3", program, "/Subtype /Type1C", bytes([120, 48, 63, 12, 32, 120, 33])), name="m.pdf")
    assert out.lines[0].replace(" ", "") == "x′⋆⊙(x)"
    assert not out.markers


def test_an_author_marked_by_the_math_star_is_the_speaker():
    """MNRAS's ``\\thanks`` prints ``⋆`` after the author's name (now read from its font: the test above): the name,
    ``Keith T. Smith¹⋆†``, had become the title, the title front matter."""
    from tests.segment_inputs import run_text

    text = ["Orchard Pollen Guide for Authors", "Ingrid Solheim¹⋆†",
            "¹Western Norway Fruit Research Station, Ullensvang, Norway", "",
            "Abstract", "We measured how far pollen travels across an orchard in spring and found most falls close by.",
            "1 Introduction", "Orchards depend on bees and on wind. We report two seasons of traps placed in rows.", ""]
    (talk,) = run_text("\n".join(text)).talks
    assert talk.title.en.text == "Orchard Pollen Guide for Authors"
    assert [a.name.text for a in talk.speaker.authors] == ["Ingrid Solheim"]


def test_ruby_over_the_body_under_a_large_title_is_set_aside():
    """pxrubrica's sample (col48's real-PDF set): its 10 pt body stands under a 17 pt title, within the ruby ratio of
    it, so the body's glyphs were taken for ruby candidates only and no ruby over them had a base: ``くじやく`` stood
    over ``孔雀`` as a line of its own."""
    from pdfmaker import JA

    size, ruby = 10.5, 5.25
    body = "孔雀は美しい鳥である。"
    page = [(JA, 18, 72, 760, "ルビの見本"), (JA, size, 72, 700, body),
            (JA, ruby, 72, 700 + size * 0.88, "くじやく"), (JA, size, 72, 680, "二行目の文である。")]
    doc = extract(drawn_pdf([page]), name="r.pdf")
    assert dropped(doc, "ruby") == ["くじやく"]
    assert text_lines(doc) == ["ルビの見本", body, "二行目の文である。"]
