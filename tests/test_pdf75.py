"""Session 75, helper pdf75: issue 16 points 4-5 on fresh-user trial 75's PDFs.

1. A combining mark (Unicode category Mn) drawn as a glyph of its own over the letter before it is never parted from
   that letter by pdfminer's inserted word space, and the pair is written precomposed where Unicode has the form
   (trial 75c's zxjatype example: ``=ĵ`` had come out ``= j ̂``).
"""

from __future__ import annotations

import pytest

from tests.pdfmaker import _assemble
from tests.segmenting import segment_pdf

# ---- 1. a combining mark drawn over its letter

MARKS = {0x21: "\u0302", 0x22: "\u0301", 0x23: "\u0308"}
"""Codes of the mark font (Helvetica with a ToUnicode map, zero widths, as a font with mark glyphs sets them)."""


def marks_pdf(runs: list[tuple[str, float, float, bytes]]) -> bytes:
    """A one-page PDF drawing ``(font, x, y, bytes)`` runs at 10 pt: font ``T`` Helvetica, ``M`` the marks of
    :data:`MARKS` (zero width)."""
    stream = b"".join(b"BT /%s 10 Tf %.2f %.2f Td (%s) Tj ET\n" % (font.encode(), x, y, text) for font, x, y, text in runs)
    pairs = "".join(f"<{code:02X}> <{ch.encode('utf-16-be').hex().upper()}>\n" for code, ch in MARKS.items())
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /M def /CMapType 2 def\n"
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(MARKS)} beginbfchar\n{pairs}endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /T 5 0 R /M 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 33 /LastChar 35 /Widths [0 0 0]"
            b" /ToUnicode 7 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    return _assemble(objs)


def _width(text: str) -> float:
    from tests.pdfmaker import EN, text_width
    return text_width(text, EN, 10)


def _mark_line(before: str, mark: bytes, gap: float, after: str = " and more text") -> bytes:
    """``before`` in Helvetica, the mark ``gap`` points after its end, then ``after``."""
    end = 72 + _width(before)
    return marks_pdf([("T", 72, 700, before.encode()), ("M", end + gap, 700, mark),
                      ("T", end + gap + 0.5, 700, after.encode()),
                      ("T", 72, 680, b"A second line of ordinary text follows here.")])


def _kept(data: bytes) -> str:
    """The clean text of ``data`` (its title too), segmented once to check that nothing is lost."""
    from pipeline.clean import clean
    from pipeline.extract import extract

    segment_pdf(data)
    return "\n".join(line.text for line in clean(extract(data, name="made-up.pdf")).lines)


@pytest.mark.parametrize("before, mark, composed", [
    ("Sample output = j", b"!", "= \u0135 and"),           # j + U+0302: ĵ (XeTeX's zxjatype example)
    ("the name Jose", b'"', "name Jos\u00e9 and"),          # e + U+0301: é
    ("Sample output = q", b"!", "= q\u0302 and"),           # q + U+0302: no precomposed form, the pair stays
])
def test_a_mark_drawn_over_its_letter_joins_it(before, mark, composed):
    # the mark 1.4 pt right of the letter's end (its font's mark attachment), as XeTeX set U+0302 after j
    assert composed in _kept(_mark_line(before, mark, 1.4))


def test_a_mark_after_a_word_space_stays_apart():
    # near miss: a mark typed after a word space (``+ {\symbol{"0302}}``) stands alone; its space stays
    assert "output + \u0302" in _kept(_mark_line("Sample output +", b"!", 3.3))


def test_a_line_without_marks_is_unchanged():
    # near miss: ordinary text reads as before (nothing composed, nothing joined)
    text = _kept(marks_pdf([("T", 72, 700, b"Jose said caf\xe9 = x y z"), ("T", 72, 680, b"A second line.")]))
    assert "Jose said caf\u00e9 = x y z" in text


# ---- 2. a justified line's halves under and over lines parted at other word spaces

def _justified_pieces(y: float, pieces: list[tuple[str, float]]) -> list[tuple]:
    from tests.pdfmaker import EN
    return [(EN, 10, x, y, text) for text, x in pieces]


def _stretched_page() -> bytes:
    """A column of lines (72 → about 300 pt) whose third line is parted by 2 ems of white after ``superscript.``; the
    line above is parted at another word space (its right half starting inside that white), the line below (a
    command name) ends inside it: no one piece runs across the gap, their ink together does."""
    from tests.pdfmaker import MONO, drawn_pdf
    left3 = "text or in superscript. "
    end3 = 72 + _width(left3)
    right3 = end3 + 20
    left2 = "written in the same "
    start2 = end3 + 4  # the line above's second half starts inside the gap
    runs = [*_justified_pieces(700, [("Decide whether the annotation symbols are", 72)]),
            *_justified_pieces(682, [(left2, 72), ("size as the body text of the", start2)]),
            *_justified_pieces(664, [(left3, 72), ("The default is the command", right3)])]
    below = "\\setasternotesuper."
    runs += [(MONO, 10, end3 + 12 - 6 * len(below), 646, below)]  # a command name in Courier (0.6 em a glyph)
    runs += _justified_pieces(628, [("Another line of the same paragraph ends here.", 72)])
    return drawn_pdf([runs])


def test_a_justified_lines_halves_join_under_pieces_of_other_lines():
    text = _kept(_stretched_page())
    assert "text or in superscript. The default is the command\n" in text + "\n"


def test_two_ragged_columns_stay_apart():
    # near miss: two columns 2 ems apart, their lines ragged: the gutter is white in every row, and the pieces of the
    # rows around never cover it together
    from tests.pdfmaker import drawn_pdf
    left = ["The first column holds this line", "and a shorter one", "then a line that is longer", "and the last"]
    right = ["while the second column sets", "its own lines beside it", "at the same baselines", "to the end"]
    gutter = 72 + max(_width(t) for t in left) + 20
    runs = [r for k, (a, b) in enumerate(zip(left, right))
            for r in _justified_pieces(700 - 14 * k, [(a, 72), (b, gutter)])]
    text = _kept(drawn_pdf([runs]))
    assert "this line while" not in text and "shorter one its" not in text


# ---- 3. a reference over a page's or a column's break, its year broken at the line's end

BODY = ["本研究では住民参加型の水位観測を行った。", "観測は毎朝と夕方の二回とした。観測値は", "研究室で毎日確認した。読み違いは全体の二"]


def _column(x: float, top: float, lines: list[str]) -> list[tuple]:
    from tests.pdfmaker import JA
    return [(JA, 10, x, top - 22 * k, text) for k, text in enumerate(lines)]


def _reference_pages(turn: str, after: str = "3) 佐藤次郎：洪水と避難，2021．") -> bytes:
    """A two-column Japanese paper whose reference 2 is cut by a page's break (``turn="page"``) or a column's."""
    from tests.pdfmaker import EN, drawn_pdf
    refs = ["参考文献", "1) 山田太郎：中小河川の水位計の設置，2019．", "2) 鈴木花子，田中一郎：住民による水位",
            "観測の試み，土木学会年次学術講演会，"]
    rest = ["Vol.78，pp.112-113，20", "23．", after]
    body = BODY * 8
    if turn == "page":
        one = _column(50, 780, body[:24]) + _column(310, 780, body[:24 - len(refs)] + refs)
        two = _column(50, 780, rest)
        return drawn_pdf([one + [(EN, 9, 292, 30, "1")], two + [(EN, 9, 292, 30, "2")]])
    one = _column(50, 780, body[:24 - len(refs)] + refs) + _column(310, 780, rest)
    return drawn_pdf([one + [(EN, 9, 292, 30, "1")]])


@pytest.mark.parametrize("turn", ["page", "column"])
def test_a_reference_goes_on_over_a_break_and_its_year_rejoins(turn):
    text = _kept(_reference_pages(turn))
    doc = segment_pdf(_reference_pages(turn))
    paragraphs = [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]
    assert "2) 鈴木花子，田中一郎：住民による水位観測の試み，土木学会年次学術講演会，Vol.78，pp.112-113，2023．" in paragraphs, text
    assert "3) 佐藤次郎：洪水と避難，2021．" in paragraphs


def test_a_heading_after_the_break_ends_the_list():
    # near miss: what follows the break is the next item in step, or a heading: never the item's rest
    doc = segment_pdf(_reference_pages("page", after="4. 付録"))
    paragraphs = [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]
    assert not any("付録" in p for p in paragraphs if p.startswith("2)"))


# ---- 4. a Japanese line ending on a Latin word at its column's edge; a bilingual reference's two records

def _edge_line(y: float, ja: str, latin: str, x0: float = 72, x1: float = 520) -> list[tuple]:
    """A Japanese run from ``x0`` and a Latin word set 1.08 times larger ending at ``x1`` (pLaTeX's classes set the
    Latin face so), the white between spread as a justified line's."""
    from tests.pdfmaker import EN, JA
    return [(JA, 10, x0, y, ja), (EN, 10.8, x1 - _width_at(latin, 10.8), y, latin)]


def _mixed_line(y: float, ja: str, middle: str, last: str, x0: float = 82, x1: float = 520) -> list[tuple]:
    """Japanese ``ja`` from ``x0``, then as many words of ``middle`` as fit (Latin, 10.8 pt), then ``last`` ending at
    ``x1``, the white spread between them."""
    from tests.pdfmaker import EN
    start = x0 + 10 * len(ja) + 3
    room = x1 - _width_at(last, 10.8) - 3 - start
    words = []
    for word in middle.split():
        if _width_at(" ".join([*words, word]), 10.8) > room:
            break
        words.append(word)
    text = " ".join(words)
    gap = (room - _width_at(text, 10.8)) / max(len(words), 1)
    runs, x = [], start
    for word in words:
        runs.append((EN, 10.8, x, y, word))
        x += _width_at(word + " ", 10.8) + gap
    return _edge_line(y, ja, last, x0, x1)[:1] + runs + _edge_line(y, ja, last, x0, x1)[1:]


def _width_at(text: str, size: float) -> float:
    from tests.pdfmaker import EN, text_width
    return text_width(text, EN, size)


def _latin_end_page(second: str) -> bytes:
    from tests.pdfmaker import JA, drawn_pdf
    runs = [(JA, 14, 72, 760, "1　はじめに")]
    # a line of Latin words mostly (its median glyph the Latin face's, its display columns few), ending on one at the
    # measure's edge, as the 43 letters of the next line fill it
    runs += _mixed_line(730, "手順は", "TeX Live 2023 and MiKTeX 24.1 on Linux, macOS and Windows were tested; not", "w32tex")
    runs += [(JA, 10, 72 + k * 448 / len(second), 714, ch) for k, ch in enumerate(second)]
    runs += [(JA, 10, 72, 698, "ください。以上が本稿の概要です。")]
    return drawn_pdf([runs])


def test_a_latin_word_at_the_edge_goes_on_in_japanese():
    doc = segment_pdf(_latin_end_page("や古い版がありますが、それらでの動作は確かめていませんので使う場合には十分に気をつけて"))
    paragraphs = [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]
    assert any("w32texや古い版" in p for p in paragraphs), paragraphs


def test_an_english_record_and_its_japanese_record_are_a_space_apart():
    from tests.segmenting import segment_text
    text = ("1 はじめに\n本文です。\n\n参考文献\n"
            "[1] G. Yamada, R. Yamada: \"Title2\", Japanese Journal, Vol.15, No.10, p.21 (2019-12) (in\n"
            "Japanese)\n"
            "山田 五郎・山田 六郎：「文献2」，日本語学会，Vol.15，No.10，p.21（2019-12）\n"
            "[2] 山田 一郎：「文献1」，日本語学会，\n"
            "Vol.15，2019\n")
    doc = segment_text(text)
    paragraphs = [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]
    assert any("(in Japanese) 山田 五郎" in p for p in paragraphs), paragraphs
    # near miss: a Japanese record wrapped before its Latin part runs on with no space, as Japanese does
    assert any("日本語学会，Vol.15，2019" in p for p in paragraphs), paragraphs


def test_a_latin_word_short_of_the_edge_ends_its_line():
    # near miss: the same line set short of the measure (a paragraph's last line) over a new paragraph's first
    from tests.pdfmaker import JA, drawn_pdf
    runs = [(JA, 14, 72, 760, "1　はじめに")]
    runs += _edge_line(730, "本稿の手順は新しい版の処理系で確かめました。処理系は", "w32tex。", x0=82, x1=360)
    second = "やがて古い版も試す予定ですが、それらでの動作は確かめていませんので使う場合には十分に気をつけて"
    runs += [(JA, 10, 82 + k * 438 / len(second), 714, ch) for k, ch in enumerate(second)]
    runs += [(JA, 10, 72, 698, "ください。以上が本稿の概要です。")]
    doc = segment_pdf(drawn_pdf([runs]))
    paragraphs = [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]
    assert not any("w32tex。やがて" in p for p in paragraphs), paragraphs
