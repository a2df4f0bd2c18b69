"""A real book's paragraphs in a PDF that opens nearly all of them by an indent (helper jl72, issue 16 point 4).

jlshort.pdf (lshort-japanese, /work/regress/real72) opens its paragraphs by a one-em indent, and here and there one
flush (after a display the paragraph goes on from, a description's label). Since its signed preface no longer opens a
second document (helper real72), the white rule no longer read its body, and about 21 of its paragraphs were split
where a sentence ends exactly at the line's end over a flush line (``…書き始めました．`` / ``今日使用されているような…``).
A PDF whose paragraph openings are set in four times as often as flush runs such a full line on into the flush line
under it at the usual pitch (``paragraphs._indents_most_paragraphs``). Made-up PDFs drawn here (reportlab).
"""

from __future__ import annotations

from pdfmaker import JA, drawn_pdf
from segmenting import paragraph_texts, segment_pdf

SIZE, LEFT, PITCH, N = 10.0, 90.0, 17.0, 42  # a full line: 42 characters of 10 pt, 90 .. 510

FILL = "処理系は入力された文字を内部の表現に変換し，その後の処理に回すことになっている．"


def _para(text: str, set_in: bool = True) -> list[str]:
    """``text`` cut into lines of N characters, the first one short by its indent."""
    lines, k = [], 0
    while k < len(text):
        n = N - 1 if set_in and not lines else N
        lines.append(text[k:k + n])
        k += n
    return lines


def _page(paras: list[tuple[str, bool]]) -> list[tuple]:
    """A book's page: its title, a chapter's heading, then ``(text, set_in)`` paragraphs at the body's pitch, each
    going on with :data:`FILL` (every paragraph two lines or more: the block shows its measure)."""
    runs = [(JA, 20.0, 200, 780, "組版システムの手引き"), (JA, 12.0, 230, 750, "開発コミュニティ"),
            (JA, 14.5, LEFT, 710, "1 はじめに")]
    y = 680.0
    for text, set_in in paras:
        for i, line in enumerate(_para(text + FILL, set_in)):
            runs.append((JA, SIZE, LEFT + (SIZE if set_in and i == 0 else 0), y, line))
            y -= PITCH
    return runs


# a sentence ending on the first line's last character (41 characters after the indent), the next sentence flush
ENDS_AT_EDGE = ("この処理系は品質を改めるために，一九七七年にエンジンのプログラムを書き始めました．"
                + "今日使用されている処理系は，その後に多くの言語を扱うために強化されたものです．")


def _book(flush_openings: int = 1) -> bytes:
    paras = [("本書は組版システムの使い方をまとめたものです．各章は互いに独立しています．", True),
             (FILL + "変換の規則は起動時の設定によって変わります．", True),
             (ENDS_AT_EDGE, True),
             ("出力される結果は装置に依存しない形式で書き出されます．", True),
             ("後段のドライバがそれを読んで印刷用のデータを作ります．", True),
             ("従来の命令に加えて，和文の組版に必要な命令がいくつか追加されています．", True),
             ("これらは起動時の設定によらず常に利用できます．", True)]
    # a paragraph opened flush (the text goes on after a display, as LaTeX sets it with no indent)
    paras += [("この例のとおり，縦組では欧文文字が回転して組まれます．", False)] * flush_openings
    paras += [("最後に，処理系が出力するファイルの形式を述べます．", True)]
    return drawn_pdf([_page(paras)])


def test_a_sentence_ending_at_the_lines_end_goes_on_into_the_flush_line_under_it():
    talk, _ = only_talk_of_pdf(_book())
    texts = paragraph_texts(talk)
    assert ENDS_AT_EDGE + FILL in texts
    assert not any(t.startswith("今日使用されている") for t in texts)


def test_near_miss_a_pdf_opening_its_paragraphs_flush_as_often_keeps_the_split():
    # no indent's majority (7 set in, 3 flush): a full line's sentence end over a flush line may end a paragraph
    doc = segment_pdf(_book(flush_openings=3))
    texts = [p.text for t in doc.talks for s in t.sections for p in s.paragraphs]
    assert any(t.startswith("今日使用されている") for t in texts)


def only_talk_of_pdf(data: bytes):
    doc = segment_pdf(data)
    [talk] = doc.talks
    return talk, doc.ledger
