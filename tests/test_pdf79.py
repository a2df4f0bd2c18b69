"""Issue 16, fresh-user trial 78c's real texlive PDFs (helper pdf79): each fault read as its kind, on made-up PDFs
(reportlab, ``tests/pdfmaker.py``) and texts, and on the trial's files where they are present.

* a contents entry wrapped over two lines (``A TEST APPENDIX WITH A VERY LONG TITLE …`` / ``BEHAVIOR . . . 7``) is
  one entry (mugsthesis);
* a deck's overlay labels in the folio's place (``1-a``, ``1-b``) are page numbers, and a page whose first line is a
  diagram's label (``t 7``) takes its line in the deck's title face as title (semsamp2);
* affiliations under a wrapped author line open on every author's mark, a superscript-marked affiliation keeps its
  plain digits (``Boltzmanngasse 3``) and its wrapped rest (``A-1090, Austria``) (quantum-template);
* a line opening on a run of shapes (``□□$表面積=4\\pi r^2$□□``) is no heading, and a lettered subsection's number
  (``B.1``) beside its title in another face is one heading (ptexskip_asciimw);
* a LaTeX title's author line between the title and a date line, all centred, is the speaker's (pxchfon,
  jlreq-deluxe).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, text_width  # noqa: E402

from tests.segment_inputs import run_pdf  # noqa: E402
from tests.segmenting import only_talk, only_talk_of  # noqa: E402

TRIAL = Path("/work/regress/in_trial78c")

LOREM = ("The counters on the harbour road were read every morning by one of the two observers on duty, and the "
         "totals were written into the log before the first ferry left the pier at seven o'clock in the morning.")


def _body(y: float, lines: int = 6, x: float = 72.0) -> list[tuple[str, float, float, float, str]]:
    words = LOREM.split()
    out = []
    for k in range(lines):
        out.append((EN, 10.0, x, y - 13 * k, " ".join(words[(k * 5) % 20:(k * 5) % 20 + 12])))
    return out


# --- a. marked affiliations (quantum-template) -------------------------------------------------------------------

WRAPPED_AUTHORS = """A Study of Harbour Tides in Small Estuaries

Anna Berg¹, Tom Lee², Maria Costa³, Peter Hall⁴, Ingrid Solberg⁵,
and Victor Albert⁶

¹Department of Physics, Northfield University, Northfield, United Kingdom
²Institute of Ports, Harbour Road 3, Bremen, Germany
³Centre for Coastal Research, Marine Science Building, Long Wharf Street 12, Kiel
D-24103, Germany
⁴Ocean Data Group, Lisbon, Portugal
⁵Norwegian Harbour Authority, Strandkaien 2, Bergen, Norway
⁶Institute for Estuary Research and Matter & Coastal Engineering School, Pasadena, CA
91125, USA

We measured the tides in four small estuaries over two years and compare them with a model.

1 Introduction

Tides in small estuaries are hard to predict.
"""


def _affiliations(text: str) -> dict[str, str | None]:
    talk, _ = only_talk(text)
    return {a.name.text: a.affiliation.text if a.affiliation is not None else None for a in talk.speaker.authors}


def test_affiliations_under_a_wrapped_author_line_follow_every_mark() -> None:
    got = _affiliations(WRAPPED_AUTHORS)
    assert got == {
        "Anna Berg": "Department of Physics, Northfield University, Northfield, United Kingdom",
        "Tom Lee": "Institute of Ports, Harbour Road 3, Bremen, Germany",
        "Maria Costa": "Centre for Coastal Research, Marine Science Building, Long Wharf Street 12, Kiel D-24103, Germany",
        "Peter Hall": "Ocean Data Group, Lisbon, Portugal",
        "Ingrid Solberg": "Norwegian Harbour Authority, Strandkaien 2, Bergen, Norway",
        "Victor Albert": "Institute for Estuary Research and Matter & Coastal Engineering School, Pasadena, CA 91125, USA"}


def test_a_street_number_in_a_marked_affiliation_is_no_mark() -> None:
    text = WRAPPED_AUTHORS.replace("Peter Hall⁴, Ingrid Solberg⁵,\nand Victor Albert⁶", "and Peter Hall⁴")
    text = "\n".join(t for t in text.split("\n") if not t.startswith(("⁵", "⁶", "91125")))
    got = _affiliations(text)
    assert got["Tom Lee"] == "Institute of Ports, Harbour Road 3, Bremen, Germany"
    assert got["Maria Costa"].startswith("Centre for Coastal Research")


def test_near_miss_plain_digit_marks_still_part_a_line() -> None:
    # a line whose marks are plain digits (a PDF's flattened superscripts) still parts at each mark, as before
    text = ("A Study of Harbour Tides\n\nAnna Berg1, Tom Lee2\n\n1 Northfield University   2 Institute of Ports\n\n"
            "We measured the tides in four small estuaries over two years.\n\n1 Introduction\n\nTides are hard.\n")
    got = _affiliations(text)
    assert got == {"Anna Berg": "Northfield University", "Tom Lee": "Institute of Ports"}


# --- b. contents entries wrapped over two lines (mugsthesis) -----------------------------------------------------

def _leader(title: str, x0: float, page: str) -> str:
    dots = " ." * max(3, int((470 - x0 - text_width(title, EN, 10.0)) / text_width(" .", EN, 10.0)) - 2)
    return f"{title}{dots}"


def _thesis_pdf(part: bool = False) -> bytes:
    entries = [  # (x0, title line, page or None); a wrapped entry's second line set with a hanging indent
        (108, "ACKNOWLEDGMENTS", "ii")] + ([(108, "PART I FOUNDATIONS", None)] if part else []) + [(108, "1 INTRODUCTION", "1"), (144, "1.1 Background", "1"),
        (108, "2 LITERATURE REVIEW", "3"), (108, "BIBLIOGRAPHY", "6"),
        (108, "A TEST APPENDIX WITH A VERY LONG TITLE IN ORDER TO TEST SPACING", None), (123, "BEHAVIOR", "7"),
        (144, "A.1 This is a Very Long Heading to Test the Table of Contents Behavior for Very", None),
        (167, "Long Section Headings", "7")]
    toc: list[tuple[str, float, float, float, str]] = [(EN_BOLD, 10.0, 250, 706, "TABLE OF CONTENTS")]
    y = 671.0
    for x0, title, page in entries:
        if page is None:
            toc.append((EN, 10.0, x0, y, title))
            y -= 12
            continue
        toc.append((EN, 10.0, x0, y, _leader(title, x0, page)))
        toc.append((EN, 10.0, 520, y, page))
        y -= 24
    pages = [toc]
    heads = ["CHAPTER 1 INTRODUCTION", "CHAPTER 2 LITERATURE REVIEW", "BIBLIOGRAPHY"]
    for n, head in enumerate(heads, 1):
        pages.append([(EN_BOLD, 12.0, 72, 720, head)] + _body(690, 12) + [(EN, 10.0, 520, 760, str(n))])
    return drawn_pdf(pages)


def test_a_contents_entry_wrapped_over_two_lines_is_one_entry() -> None:
    (talk,) = run_pdf(_thesis_pdf()).talks
    from pipeline.segment.contents import entry_parts

    got = [entry_parts(t.text) for t in talk.contents]
    assert ("A TEST APPENDIX WITH A VERY LONG TITLE IN ORDER TO TEST SPACING BEHAVIOR", "7") in got
    assert ("A.1 This is a Very Long Heading to Test the Table of Contents Behavior for Very Long Section Headings",
            "7") in got
    assert all(page is not None for _, page in got)


def test_near_miss_an_entry_without_a_page_over_a_numbered_entry_stays() -> None:
    # a part's line (no page) over its first chapter, set at the same left edge: two entries
    (talk,) = run_pdf(_thesis_pdf(part=True)).talks
    from pipeline.segment.contents import entry_parts

    got = [entry_parts(t.text) for t in talk.contents]
    assert ("PART I FOUNDATIONS", None) in got and ("1 INTRODUCTION", "1") in got


# --- e. a deck's overlay labels and a diagram's title (semsamp2) -------------------------------------------------

def _deck_pdf(stray: bool = False) -> bytes:
    size = (842.0, 595.0)
    slide = [(EN_BOLD, 24.0, 150, 380, "Information overload"), (EN, 20.0, 60, 320, "You have 134 unread messages"),
             (EN, 20.0, 60, 285, "People cannot process all of it")]
    pages = [[(EN_BOLD, 24.0, 280, 340, "Example for a seminar deck"), (EN_BOLD, 20.0, 310, 280, "Ana Ruiz")]]
    pages.append(slide + [(EN, 20.0, 415.4, 2.75, "1")])
    pages.append(slide + [(EN, 20.0, 415.4 - text_width("1-a", EN, 20.0) + text_width("1", EN, 20.0), 2.75, "1-a")])
    pages.append([(EN_BOLD, 24.0, 150, 380, "Questions"), (EN, 20.0, 60, 320, "When could there be overload?")]
                 + ([(EN, 20.0, 60, 250, "2-a")] if stray else []) + [(EN, 20.0, 415.4, 2.75, "2")])
    pages.append([(EN, 11.0, 285, 419, "t 7"), (EN, 11.0, 433, 419, "t 3"), (EN, 11.0, 137, 271, "t 8"),
                  (EN_BOLD, 13.5, 629, 225, "Architecture"), (EN, 11.0, 285, 123, "t 6"),
                  (EN, 20.0, 415.4, 2.75, "3")])
    return drawn_pdf(pages, size=size)


def test_overlay_labels_in_the_folio_place_are_page_numbers() -> None:
    (talk,) = run_pdf(_deck_pdf()).talks
    lines = [t.text for s in talk.slides for t in s.lines]
    assert "1-a" not in lines


def test_a_diagram_page_takes_its_line_in_the_title_face_as_title() -> None:
    (talk,) = run_pdf(_deck_pdf()).talks
    titles = [s.title.text if s.title is not None else None for s in talk.slides]
    assert "Architecture" in titles and "t 7" not in titles


def test_near_miss_a_label_out_of_the_folio_place_stays() -> None:
    pdf = _deck_pdf(stray=True)
    (talk,) = run_pdf(pdf).talks
    assert "2-a" in [t.text for s in talk.slides for t in s.lines]


# --- c. ptexskip: example lines, lettered subsection numbers -----------------------------------------------------

EXAMPLES_TEXT = r"""数式の前後の空白について

中野 賢

1 はじめに

pTEX では、和文と欧文の間に四分アキと呼ばれるスペースを自動的に挿入するようになっている。
挿入される箇所は、和文と欧文の間というだけでなく、他にも次の条件が揃っていなくてはならない。

2 β7 と β8 の違い

β7 版と β8 版との仕様の違いは、次のように数式内の文字が漢字で始まるときに現れる。
\kanjiskip=4pt \xkanjiskip=8pt
□□$表面積=4\pi r^2$□□
この例をそれぞれで処理した場合、
□ □ 表 面 積 = 4πr² □ □ (β7 版)
□ □ 表 面 積 = 4πr² □ □ (β8 版)
となる。つまり、β7 版では数式内部の文字と直前の文字を比較しているため、前側に漢字間スペースが入る。
なお、両者の違いは、次のように \hbox を用いたときにも現れる。
\kanjiskip=4pt \xkanjiskip=8pt
□□$\hbox{表面積}$□□
これを処理すると、β7 版は目指すべき仕様とは異なり、後ろに何も入らない。
□ □ 表 面 積□ □ (β7 版)
□ □ 表 面 積 □ □ (β8 版)
実際には、デフォルトの設定では違いはそれほど目立たないかもしれない。

3 別の問題

β7 の実装では、完全に数式にだけ影響するようにしていなかった。
"""


def test_a_run_of_shapes_is_no_heading_behind_a_mark() -> None:
    from pipeline.segment.sections import mark_run

    assert mark_run("□□$表面積=4\\pi r^2$□□") and mark_run("□ □ 表 面 積 □ □ (β8 版)")
    assert not mark_run("■ 調査の概要") and not mark_run("□ 目的")


def test_example_lines_of_boxes_are_no_sections() -> None:
    talk, _ = only_talk(EXAMPLES_TEXT)
    heads = [(s.heading or s.title).text for s in talk.sections]
    assert heads == ["1 はじめに", "2 β7と β8の違い", "3 別の問題"], heads


def test_near_miss_marked_headings_stay() -> None:
    text = ("町の調査報告\n\n山田 太郎\n\n■調査の目的\n\n港町の人口の変化を調べた。変化は大きかった。\n\n"
            "■調査の方法\n\n住民票の記録を十年分集めて数えた。\n")
    talk, _ = only_talk(text)
    assert [(s.heading or s.title).text for s in talk.sections] == ["■調査の目的", "■調査の方法"]


def test_a_lettered_subsection_number_beside_its_title_in_another_face_is_one_heading() -> None:
    from pipeline.extract.linepieces import HEADING_NUMBER

    assert HEADING_NUMBER.match("B.1") and HEADING_NUMBER.match("A.2.3")
    assert not HEADING_NUMBER.match("B") and not HEADING_NUMBER.match("AB.1")


# --- d. a LaTeX title's author between the title and the date (pxchfon, jlreq-deluxe) ---------------------------

def _centred(font: str, size: float, y: float, text: str) -> tuple[str, float, float, float, str]:
    return (font, size, (595.28 - text_width(text, font, size)) / 2, y, text)


def _title_page(author: str, left: bool = False) -> bytes:
    body = "この文書はパッケージの使用例を示したものである。和文のフォントを指定のものに置き換える。"
    page = [_centred(JA, 17.2, 670, "pxchfon パッケージ"), (EN, 12.0, 72, 639, author) if left else _centred(EN, 12.0, 639, author),
            _centred(JA, 12.0, 613, "2009 年 3 月 29 日"), (JA, 13.3, 72, 553, "1 はじめに")]
    page += [(JA, 9.2, 81, 530 - 14 * k, body) for k in range(5)]
    page += [(JA, 13.3, 72, 440, "2 特徴")] + [(JA, 9.2, 81, 420 - 14 * k, body) for k in range(5)]
    return drawn_pdf([page])


def test_the_author_line_between_a_latex_title_and_its_date_is_the_speaker() -> None:
    (talk,) = run_pdf(_title_page("ZR")).talks
    assert talk.speaker.text is not None and talk.speaker.text.text == "ZR"
    (talk,) = run_pdf(_title_page("Yukimasa Morimi (h20y6m)*")).talks
    assert talk.speaker.text is not None and talk.speaker.text.text.startswith("Yukimasa Morimi")


def test_near_miss_a_left_set_line_under_the_title_is_no_author() -> None:
    (talk,) = run_pdf(_title_page("ZR", left=True)).talks
    assert talk.speaker.text is None


# --- the trial's files, where present ------------------------------------------------------------------------------

def _trial(name: str) -> Path:
    path = TRIAL / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def test_trial_quantum_template_affiliations() -> None:
    talk, _ = only_talk_of(_trial("en_paper_quantum-template.pdf"))
    got = {a.name.text: a.affiliation.text if a.affiliation else None for a in talk.speaker.authors}
    assert got["Marcus Huber"].startswith("Institute for Quantum Optics") and got["Marcus Huber"].endswith("Austria")
    assert got["Victor V. Albert"].endswith("Caltech, Pasadena, CA 91125, USA")
    assert got["Cassandra Granade"].startswith("Microsoft Research")


def test_trial_mugsthesis_contents() -> None:
    from pipeline.segment.contents import entry_parts

    talk, _ = only_talk_of(_trial("en_thesis_mugsthesis.pdf"))
    got = [entry_parts(t.text) for t in talk.contents]
    assert ("A TEST APPENDIX WITH A VERY LONG TITLE IN ORDER TO TEST SPACING BEHAVIOR", "7") in got
    assert all(page is not None for _, page in got)


def test_trial_semsamp2_slides() -> None:
    talk, _ = only_talk_of(_trial("en_slides_semsamp2.pdf"))
    lines = {t.text for s in talk.slides for t in s.lines}
    assert not lines & {"1-a", "1-b", "3-a", "4-a"}
    assert talk.slides[-1].title is not None and talk.slides[-1].title.text == "Architecture"


def test_trial_ptexskip_sections() -> None:
    talk, _ = only_talk_of(_trial("ja_paper_ptexskip_asciimw.pdf"))
    heads = [(s.heading or s.title).text for s in talk.sections]
    assert not any(h.startswith("□") for h in heads)
    assert "B.1 \\kanjiskip, \\autospacing, \\noautospacing" in heads and "B.4 \\inhibitxspcode" in heads


@pytest.mark.parametrize("name, author", [("ja_sample_pxchfon.pdf", "ZR"),
                                          ("ja_manual_jlreq-deluxe.pdf", "Yukimasa Morimi (h20y6m)∗")])
def test_trial_title_page_authors(name: str, author: str) -> None:
    talk, _ = only_talk_of(_trial(name))
    assert talk.speaker.text is not None and talk.speaker.text.text == author
