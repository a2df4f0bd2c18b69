"""Issue 16 (session 53; CQUThesis' manual, from the regression corpus's Debian documentation): a manual whose
listings, set in a monospaced face smaller than its running text, hold most of its lines keeps its running text's
size as the body's. Before, the median of all lines was the listings' 9 pt, so every short line of 10.5 pt running
text (a bullet, a sentence's line ending on a colon) was set "larger" than the body and read as an unnumbered heading
(the manual had 239 sections for its 80 numbered ones). Made-up PDFs; the expected results were written first.
"""

from __future__ import annotations

import pytest

from pdfmaker import JA, MONO, drawn_pdf
from segment_inputs import run_pdf

_CODE = ["\\documentclass{ctexbook}", "\\usepackage{amsmath}", "\\begin{document}", "\\section{Intro}",
         "\\end{document}", "% a comment line", "\\newcommand{\\foo}{bar}", "\\foo"]


def _page(heading: str, body: list[str], code_lines: int) -> list[tuple]:
    """A heading, then the running text's lines with a listing of ``code_lines`` lines after each one but the last."""
    runs, y = [(JA, 14.0, 72, 790, heading)], 765.0
    for k, line in enumerate(body):
        runs.append((JA, 10.5, 72, y, line))
        y -= 16
        for j in range(code_lines if k < len(body) - 1 else 0):
            runs.append((MONO, 9.0, 90, y, _CODE[j % len(_CODE)]))
            y -= 11
    return runs


def _manual(code_lines: int) -> bytes:
    return drawn_pdf([
        _page("1 はじめに", ["本書は組版用テンプレートの使い方を説明する。", "主な特徴：", "・表紙と目次を自動で作成する",
                          "次の例を見よ：", "以上で準備は終わる。"], code_lines),
        _page("2 使い方", ["テンプレートを読み込むには次のように書く：", "・文書クラスを指定する",
                        "設定は後から変えられる。", "詳しくは次章で述べる。"], code_lines),
    ])


def _headings(doc):
    [talk] = doc.talks
    return [(s.number, s.title.text) for s in talk.sections]


def test_short_lines_of_running_text_are_no_headings_beside_smaller_listings():
    assert _headings(run_pdf(_manual(code_lines=9))) == [("1", "はじめに"), ("2", "使い方")]


def test_the_listings_few_change_nothing():
    assert _headings(run_pdf(_manual(code_lines=1))) == [("1", "はじめに"), ("2", "使い方")]


def _page_ending_on_a_listing(heading: str, body: list[str], code_lines: int) -> list[tuple]:
    runs, y = [(JA, 14.0, 72, 790, heading)], 765.0
    for line in body:
        runs.append((JA, 10.5, 72, y, line))
        y -= 16
    for j in range(code_lines):
        runs.append((MONO, 9.0, 90, y, _CODE[j % len(_CODE)]))
        y -= 11
    return runs


def test_a_manuals_listings_are_no_slides():
    """Pages that end on a long listing: the program's English after the Japanese is no deck (it had become a
    proceedings talk, its paper the first page and the listings and the second page its slides)."""
    doc = run_pdf(drawn_pdf([
        _page_ending_on_a_listing("1 はじめに", ["本書は組版用テンプレートの使い方を説明する。", "主な特徴：",
                                              "・表紙と目次を自動で作成する", "次の例を見よ："], 30),
        _page_ending_on_a_listing("2 使い方", ["テンプレートを読み込むには次のように書く：", "・文書クラスを指定する"], 30),
    ]))
    [talk] = doc.talks
    assert talk.shape == "paper" and talk.slides == ()
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "使い方")]


def test_a_dumps_listing_after_the_japanese_is_no_deck():
    code = "\n".join(["\\documentclass{jlreq}", "\\usepackage{graphicx}", "\\begin{document}", "\\section{Intro}",
                      "\\includegraphics{figure.pdf}", "\\end{document}"] * 3)
    from segment_inputs import run_text

    doc = run_text("テンプレートの使い方\n\n１．はじめに\n本書はテンプレートの使い方を説明する。次の例を見よ。\n"
                   f"{code}\n２．設定\n設定は後から変えられる。\n{code}\n")
    [talk] = doc.talks
    assert talk.slides == ()
    assert [s.number for s in talk.sections] == ["1", "2"]
