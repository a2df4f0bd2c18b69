"""Kanbun on a page of vertical writing (issue 16, helper tate77): texlive's kanbun package example.

A page set wholly in vertical writing, kanbun with its kunten: okurigana and furigana at half size right of each
column, kaeriten (``レ``, ``一``, ``二``) in the column's left half under their glyph. The page went to
``xy_cut`` as any page of vertical writing: pdfminer had made horizontal lines of the small glyphs and pieces of the
columns, and the text came out in fragments (``賜レヲ死︐太ハ祖``, ``ノ帝``, dozens of one-line sections), a third of
the kaeriten in the ruby ledger. Now such a page is read as tate76 reads a vertical block on a horizontal page
(``pipeline/extract/tateblocks.py``, docs/extract.md "Session 77, tate77").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import JA, JA_V, drawn_pdf  # noqa: E402
from segmenting import kept_texts, segment_pdf  # noqa: E402
from test_tate76 import KANBUN, KANBUN_READ, _column  # noqa: E402

from pipeline.extract.pdf import extract_pdf_file  # noqa: E402
from pipeline.vocab import Reason  # noqa: E402

KANBUN_EXAMPLE = Path("/work/regress/in_tate77/kanbun-example.pdf")

# a second passage, made up in the same shape: (main glyph, okurigana right of it, kaeriten under it)
ANALECTS = [[("學", "ビテ", None), ("而", None, None), ("時", "ニ", None), ("習", "フ", "レ"), ("之", "ヲ", None),
             ("。", None, None), ("不", None, "二"), ("亦", "タ", None), ("說", "バシカラ", None)],
            [("乎", None, "一"), ("。", None, None), ("有", "リ", "レ"), ("朋", None, None), ("自", "リ", "二"),
             ("遠", None, None), ("方", None, "一"), ("來", "タル", None), ("。", None, None)],
            [("人", "ノ", None), ("不", "ルモ", "二"), ("知", "ラ", "一"), ("而", None, None), ("不", "ル", "レ"),
             ("慍", "ラ", None), ("。", None, None)]]
ANALECTS_READ = "學ビテ而時ニ習フレ之ヲ。不二亦タ說バシカラ乎一。有リレ朋自リ二遠方一來タル。人ノ不ルモ二知ラ一而不ルレ慍ラ。"


def _vertical_page(columns, font: str = JA_V, size: float = 20.0, pitch: float = 56.0) -> bytes:
    """A page holding nothing but kanbun columns set right to left from the page's right edge, as the kanbun
    package's example sets them (main glyphs of ``size`` points, columns ``pitch`` points apart)."""
    runs = []
    for k, cells in enumerate(columns):
        runs += _column(font, 560.0 - k * pitch, 800.0, cells, size)
    return drawn_pdf([runs])


def _ruby_rows(extracted) -> list[str]:
    return [row.text for row in extracted.ledger if row.reason == Reason.RUBY]


@pytest.mark.parametrize("font", [JA_V, JA])
@pytest.mark.parametrize("columns,reading", [(KANBUN, KANBUN_READ), (ANALECTS, ANALECTS_READ)])
def test_a_page_of_kanbun_reads_column_by_column_with_its_kunten_inline(font, columns, reading):
    extracted = extract_pdf_file(_vertical_page(columns, font), name="made-up.pdf")
    assert [line for line in extracted.lines if line.strip()] == [reading]
    assert _ruby_rows(extracted) == []


def test_a_page_of_kanbun_is_one_paragraph():
    assert kept_texts(segment_pdf(_vertical_page(ANALECTS), "made-up.pdf")) == [ANALECTS_READ]


def test_a_second_reading_left_of_the_column_follows_the_right_one():
    """A re-read character (再読文字, ``當``) carries its first reading right of it and its second left of it; a
    comma drawn over the white beside okurigana breaks no run and carries none of them."""
    cells = [("汝", None, None), ("當", "ニ", "二"), ("繼", None, None), ("統", "ス", "一"), ("、", None, None),
             ("故", "ニ", None), ("吾", "レ", None), ("遠", "クシテ", None)]
    second = [("勝", "ツコト", "一"), ("、", None, None), ("太", None, None), ("祖", None, None), ("怒", "ル", "レ"),
              ("之", "ヲ", None), ("。", None, None)]
    runs = _column(JA_V, 560.0, 800.0, cells, 20.0) + _column(JA_V, 504.0, 800.0, second, 20.0)
    when = next(r for r in runs if r[4] == "當")
    runs.append((JA_V, 10.0, 560.0 - 10.0 - 5.0 - 0.5, when[3], "べク"))  # against the column's left edge
    comma = next(r for r in runs if r[4] == "、" and r[2] == 504.0)
    runs = [r if r is not comma else (JA_V, 20.0, 504.0, comma[3] + 10.0, "、") for r in runs]  # over コト's white
    lines = [line for line in extract_pdf_file(drawn_pdf([runs]), name="made-up.pdf").lines if line.strip()]
    assert "".join(lines).startswith("汝當ニべク二繼統ス一、故ニ吾レ遠クシテ")
    assert "勝ツコト一、太祖怒ルレ之ヲ。" in "".join(lines)


@pytest.mark.skipif(not KANBUN_EXAMPLE.exists(), reason="the kanbun package's example is not here")
def test_the_kanbun_package_example_reads_as_printed():
    import unicodedata

    extracted = extract_pdf_file(KANBUN_EXAMPLE.read_bytes(), name=KANBUN_EXAMPLE.name)
    truth = next(line for line in (KANBUN_EXAMPLE.parent / "kanbun-example.truth.md").read_text().splitlines()
                 if line.startswith("初メテ"))
    lines = [line for line in extracted.lines if line.strip()]
    assert [unicodedata.normalize("NFC", line) for line in lines] == [truth]
    assert _ruby_rows(extracted) == [] and not extracted.notes


# ---------------------------------------------------------------------------------------------------------------
# near misses: these read as before


def test_near_miss_a_vertical_page_with_ruby_only_keeps_it_set_aside():
    columns = ["山あいの村に着いたのは、日の暮れる少し前だった。", "宿の主人は、川の音がうるさくないかと気にしていた。"]
    runs = [(JA_V, 12.0, 515.0 - 26.0 * k, 773.0, text) for k, text in enumerate(columns)]
    runs.append((JA_V, 6.0, 515.0 + 9.0, 773.0 - 12.0 * 4, "むら"))  # beside 村
    extracted = extract_pdf_file(drawn_pdf([runs]), name="made-up.pdf")
    lines = [line for line in extracted.lines if line.strip()]
    assert len(lines) == 2 and lines[1] == columns[1]  # two columns, two lines: no block read across them
    assert _ruby_rows(extracted) == ["むら"]


TATEGAKI = Path("/work/regress/reg/10-vertical-tategaki.pdf")


@pytest.mark.skipif(not TATEGAKI.exists(), reason="the regression's vertical PDF is not here")
def test_near_miss_a_vertical_page_of_body_text_under_a_larger_title_keeps_its_columns():
    """Glyphs smaller than the largest are no kunten unless set at about half its size: the regression's
    ``10-vertical-tategaki.pdf`` (a 10.5 pt body under a 14 pt title) stays column by column."""
    extracted = extract_pdf_file(TATEGAKI.read_bytes(), name=TATEGAKI.name)
    lines = [line for line in extracted.lines if line.strip()]
    assert lines[:3] == ["松山市", "瀬戸内の港町がつなぐ国際交流", "松山市国際交流課長 佐藤 一郎"]
    assert "松山市は四国の北西部に位置する人口50万の都市である。瀬戸内海に面した温" in lines
    assert not extracted.notes
