"""A block of vertical writing on a horizontal page (issue 16 point 2/4, fresh-user trial 76c, helper tate76).

gckanbun's manual shows a kanbun passage set vertically (6 columns, okurigana right of the columns, kaeriten in
their left half) on a horizontal page: it came out with its columns left to right, in 23 paragraphs, half its
okurigana in the ruby ledger and a kaeriten misplaced (``有リ 晏二``). Now such a block is read column by column right
to left, its small glyphs inline after the glyph they annotate, as one text (``pipeline/extract/tateblocks.py``,
docs/extract.md "A block of vertical writing on a horizontal page").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import EN, JA, JA_V, drawn_pdf  # noqa: E402
from segmenting import kept_texts, paragraph_texts, segment_pdf  # noqa: E402

from pipeline.extract.pdf import extract_pdf_file  # noqa: E402
from pipeline.vocab import Reason  # noqa: E402

GCKANBUN = Path("/work/regress/in_tate76/ja_tate_gckanbun.pdf")
SIZE = 10.0

# (main glyph, okurigana right of it, kaeriten under it in the column's left half): gckanbun's sample, made up anew
KANBUN = [[("自", "リ", "二"), ("桓", None, None), ("公", None, "一"), ("八", None, None), ("世", "ニシテ", None),
           ("至", "ル", "二"), ("景", None, None), ("公", "ニ", "一"), ("。", None, None)],
          [("有", "リ", "二"), ("晏", None, None), ("子", "トイフ", None), ("者", None, "一"), ("、", None, None),
           ("事", "フ", "レ"), ("之", "ニ", None), ("。", None, None)],
          [("名", "ハ", None), ("嬰", None, None), ("、", None, None), ("字", "ハ", None), ("平", None, None),
           ("仲", None, None), ("。", None, None)]]
KANBUN_READ = "自リ二桓公一八世ニシテ至ル二景公ニ一。有リ二晏子トイフ者一、事フレ之ニ。名ハ嬰、字ハ平仲。"

BEFORE = "次の例は漢文の縦組みです。返り点と送り仮名を付けています。"
AFTER = "このように、縦組みの見本は右の行から読みます。"


def _column(font: str, x: float, top: float, cells, size: float = SIZE) -> list[tuple[str, float, float, float, str]]:
    """Runs for one column centred on ``x`` from ``top`` down, as gckanbun sets it: each main glyph, its okurigana
    at half size right of it from its top down, its kaeriten at half size in the column's left half under it (the
    next glyph set lower to make room). ``font``: :data:`JA_V` (a vertical CMap) or :data:`JA` (a horizontal font,
    glyph by glyph, as LuaTeX's output gives pdfminer)."""
    runs, y, small = [], top, size / 2

    def put(pt: float, cx: float, ytop: float, text: str) -> None:
        if font == JA_V:
            runs.append((JA_V, pt, cx, ytop, text))
        else:
            runs.append((JA, pt, cx - pt / 2, ytop - 0.88 * pt, text))

    for main, okurigana, kaeriten in cells:
        put(size, x, y, main)
        bottom = y - size
        for k, ch in enumerate(okurigana or ""):
            put(small, x + size / 2 + small / 2, y - 0.1 * size - k * small, ch)
            bottom = min(bottom, y - 0.1 * size - (k + 1) * small)
        y -= size
        if kaeriten:
            put(small, x - size / 2 + small / 2, y, kaeriten)
            y -= small
        y = min(y, bottom)
    return runs


def _page(columns, font: str = JA_V, right: float = 320.0, pitch: float = 18.0, top: float = 720.0,
          before: str = BEFORE, after: str = AFTER) -> bytes:
    runs = [(JA, 10.5, 72, 760, before)]
    for k, cells in enumerate(columns):
        runs += _column(font, right - k * pitch, top, cells)
    runs.append((JA, 10.5, 72, 520, after))
    return drawn_pdf([runs])


def _extract(data: bytes, name: str = "made-up.pdf"):
    return extract_pdf_file(data, name=name)


def _ruby_rows(extracted) -> list[str]:
    return [row.text for row in extracted.ledger if row.reason == Reason.RUBY]


@pytest.mark.parametrize("font", [JA_V, JA])
def test_a_kanbun_block_reads_right_to_left_with_its_kunten_inline(font):
    extracted = _extract(_page(KANBUN, font))
    lines = [line for line in extracted.lines if line.strip()]
    assert lines == [BEFORE, KANBUN_READ, AFTER]
    assert _ruby_rows(extracted) == []  # none of the block's kana half in the ledger


def test_a_plain_vertical_block_is_one_paragraph_between_its_horizontal_neighbours():
    columns = ["春はあけぼの。やうやう白", "くなりゆく山ぎはすこしあ", "かりて、紫だちたる雲のほ", "そくたなびきたる。"]
    cells = [[(ch, None, None) for ch in text] for text in columns]
    texts = kept_texts(segment_pdf(_page(cells, JA_V, pitch=16.0)))
    joined = "".join(columns)
    assert texts == [BEFORE, joined, AFTER]


def test_an_indented_column_opens_a_new_raw_line():
    columns = ["春はあけぼの。やうやう白", "くなりゆく山ぎはすこし。", "　夏は夜。月のころはさら", "なり。"]
    cells = [[(ch, None, None) for ch in text] for text in columns]
    lines = [line for line in _extract(_page(cells, JA_V, pitch=16.0)).lines if line.strip()]
    assert lines[1:3] == ["春はあけぼの。やうやう白くなりゆく山ぎはすこし。", "夏は夜。月のころはさらなり。"]


@pytest.mark.skipif(not GCKANBUN.exists(), reason="the trial's PDF is not here")
def test_gckanbun_s_kanbun_sample_reads_as_printed():
    extracted = _extract(GCKANBUN.read_bytes(), GCKANBUN.name)
    truth = ("自リ二桓公一八世ニシテ至ル二景公ニ一︒有リ二晏子トイフ者一︑事つかフレ之ニ︒名ハ嬰︑字あざなハ平仲︒"
             "以テ二節倹力行ヲ一重ンゼラル二於齊ニ一︒一いっ狐こ裘きゅう三十年︑豚肩不レ掩おおハレ豆︒齊國之士︑"
             "待チテ以テ擧グルレ火ヲ者︑七十餘家アリ︒")
    assert truth in extracted.lines
    assert _ruby_rows(extracted) == []
    doc = segment_pdf(GCKANBUN.read_bytes(), GCKANBUN.name)
    texts = [t for talk in doc.talks for t in paragraph_texts(talk)]
    # the reading is one paragraph; the package's TeX source of it is a listing, a line a paragraph since helper
    # pdf77 (session 77), none of them the reading
    reading = [t for t in texts if "\\" not in t]
    assert sum(1 for t in reading if "晏" in t and "桓公" not in t or "自リ二桓公" in t) == 1


def test_a_glyph_far_from_every_column_is_noted():
    cells = [[(ch, None, None) for ch in text] for text in ["春はあけぼの。やうやう", "白くなりゆく山ぎは。"]]
    runs = [(JA, 10.5, 72, 760, BEFORE)]
    for k, column in enumerate(cells):
        runs += _column(JA_V, 320 - k * 30.0, 720, column)
    runs.append((JA_V, 5.0, 305.0, 700, "ゑ"))  # alone, midway between the two columns
    runs.append((JA, 10.5, 72, 520, AFTER))
    extracted = _extract(drawn_pdf([runs]))
    assert any("block of vertical writing" in note and "uncertain" in note for note in extracted.notes)
    assert "".join(extracted.lines).count("ゑ") == 1  # read, with the nearest column


# ---------------------------------------------------------------------------------------------------------------
# near misses: these read as before


def test_near_miss_a_vertical_page_keeps_its_columns_as_lines():
    columns = ["山あいの村に着いたのは、日の暮れる少し前だった。", "宿の主人は、川の音がうるさくないかと気にしていた。",
               "翌朝、私は村の奥にある古い寺を訪ねた。"]
    runs = [(JA_V, 12.0, 515.0 - 26.0 * k, 773.0, text) for k, text in enumerate(columns)]
    lines = [line for line in _extract(drawn_pdf([runs])).lines if line.strip()]
    assert lines == columns


def test_near_miss_a_table_of_one_kanji_cells_stays_rows():
    rows = [("項目", "有", "無"), ("電源", "有", "有"), ("通信", "無", "有"), ("記録", "有", "無")]
    runs = [(JA, 10.5, 72, 760, "表１　機能の有無（一文字の欄が並ぶ表）")]
    for k, row in enumerate(rows):
        for x, cell in zip((72, 160, 200), row):
            runs.append((JA, 10.5, x, 730 - 16 * k, cell))
    extracted = _extract(drawn_pdf([runs]))
    assert not any(layout.vertical and len(line) > 3 for line, layout in zip(extracted.lines, extracted.layout))
    assert not [note for note in extracted.notes if "block of vertical writing" in note]


def test_near_miss_a_two_kanji_label_down_a_margin_stays_apart():
    runs = [(JA_V, 10.5, 40, 700, "注意"), (JA, 10.5, 72, 700, "電源を切ってから作業してください。"),
            (JA, 10.5, 72, 684, "作業の前に手袋をつけてください。")]
    lines = [line for line in _extract(drawn_pdf([runs])).lines if line.strip()]
    assert "注意" in lines and "電源を切ってから作業してください。" in "".join(lines)


def test_near_miss_ruby_over_horizontal_text_stays_set_aside():
    runs = [(JA, 10.5, 72, 700, "孔雀の羽を見た。"), (JA, 5.25, 72.0, 711.0, "くじやく"), (EN, 10, 72, 680, "Done.")]
    assert _ruby_rows(_extract(drawn_pdf([runs]))) == ["くじやく"]
