"""Reading order of vertical writing (issue 16, helper tate78, fresh-user trial 78c).

a. A page of vertical writing with ruby and a few glyphs set twice the body's size (pxrubrica's ``test-sf`` sheet:
   9.2 pt columns, 4.6 pt ruby, two 18.4 pt samples) had been read as one kanbun block whose "main" glyphs were the
   large ones: its body became their "kunten" and came out as one line read across the columns, ruby mixed in, and
   no ruby row. Now the block's main size is the size covering most of the page, a tier is read apart, a page of
   vertical writing is read as kanbun only where a return mark stands in a column, and a body-size glyph without a
   base parts a ruby run (the sheet's ``、`` squeezed against a ruby had gone to the ledger with it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import JA_V, drawn_pdf  # noqa: E402

from pipeline.extract.pdf import extract_pdf_file  # noqa: E402
from pipeline.vocab import Reason  # noqa: E402

TRIAL = Path("/work/regress/in_trial78c")

BODY, RUBY, LARGE = 10.0, 5.0, 20.0


def _ruby_column(x: float, top: float, cells, size: float = BODY) -> list[tuple[str, float, float, float, str]]:
    """Runs for one column centred on ``x`` from ``top`` down in a vertical CMap: each cell a glyph and its ruby
    (half size, centred right of it, drawn before it, as pTeX's pxrubrica draws it) or ``None``."""
    runs, y, small = [], top, size / 2
    for glyph, ruby in cells:
        if ruby:
            start = y - (size - len(ruby) * small) / 2
            runs.append((JA_V, small, x + size / 2 + small / 2, start, ruby))
        runs.append((JA_V, size, x, y, glyph))
        y -= size
    return runs


def _cells(text: str, readings: dict[str, str]) -> list[tuple[str, str | None]]:
    return [(ch, readings.get(ch)) for ch in text]


READINGS = {"千": "せん", "本": "ぼん", "釋": "しや", "念": "ねん", "佛": "ぶつ", "文": "ぶん", "永": "えい",
            "如": "によ", "輪": "りん", "火": "ほ", "樋": "ひ", "舞": "まひ", "宿": "やど", "風": "かぜ", "扇": "あふぎ"}
PASSAGE = ["千本の釋迦念佛は文永の此、如輪上人、こ", "れをはじめられけり。", "火もとは樋口富の小路とかや、舞人を宿せ",
           "る仮屋より出で来たりけるとなん。吹き迷", "ふ風に、とかく移りゆくほどに、扇をひろ", "げたるがごとく末広になりぬ。"]
UPPER = ["仲由、字は子路", "太政大臣の邸", "山蔭卿の庭"]


def _sheet() -> bytes:
    """A page like pxrubrica's test sheet: an upper tier of short samples (two in twice the body's size) and a lower
    tier holding the passage, both columns of 10 pt glyphs with 5 pt ruby right of their kanji."""
    runs = []
    x = 540.0
    for k, text in enumerate(UPPER):
        runs += _ruby_column(x - k * 18.0, 780.0, _cells(text, {"仲": "ちゆう", "由": "ゆう", "卿": "きやう"}))
    for k in range(2):  # two samples set large, side by side
        runs += _ruby_column(x - 3 * 18.0 - 14.0 - k * 26.0, 780.0, [("仲", "ちゆう"), ("由", "ゆう")], LARGE)
    for k, text in enumerate(PASSAGE):
        runs += _ruby_column(x - k * 18.0, 640.0, _cells(text, READINGS))
    return drawn_pdf([runs])


def _flowing(extracted) -> list[str]:
    """The extracted lines with the ruby the ledger sets aside taken out (what clean keeps)."""
    lines = list(extracted.lines)
    for row in sorted(extracted.ledger, key=lambda r: (r.line, -r.col)):
        if row.reason == Reason.RUBY:
            text = lines[row.line - 1]
            lines[row.line - 1] = text[:row.col] + text[row.col + len(row.text):]
    return [line.replace(" ", "") for line in lines if line.strip()]


def test_a_vertical_page_with_ruby_reads_its_columns_right_to_left_and_sets_ruby_aside():
    extracted = extract_pdf_file(_sheet(), name="made-up.pdf")
    flowing = _flowing(extracted)
    assert "".join(flowing).endswith("".join(PASSAGE))
    assert all(line in flowing for line in UPPER)
    ruby = [row.text for row in extracted.ledger if row.reason == Reason.RUBY]
    assert "あふぎ" in ruby and "によ" in ruby and "ちゆう" in ruby
    assert not any("、" in text for text in ruby)


@pytest.mark.skipif(not (TRIAL / "ja_tate_pxrubrica-test-sf.pdf").exists(), reason="trial 78c's inputs are not here")
def test_pxrubricas_test_sheet_reads_its_passage_in_order():
    pdf = TRIAL / "ja_tate_pxrubrica-test-sf.pdf"
    extracted = extract_pdf_file(pdf.read_bytes(), name=pdf.name)
    text = "".join(_flowing(extracted))
    assert "千本の釋迦念佛は文永の此、如輪上人、これをはじめられけり。" in text
    assert "火もとは樋口富の小路とかや、舞人を宿せる仮屋より出で来たりけるとなん。" in text
    assert "扇をひろげたるがごとく末広になりぬ。" in text
    ruby = [row.text for row in extracted.ledger if row.reason == Reason.RUBY]
    assert len(ruby) >= 80 and not any("、" in t for t in ruby)


# b. A vertical example inside a horizontal page, its Latin turned 90° clockwise down the columns (pTeX's 縦組):
#    pdfminer's vertical lines hold more turned glyphs than upright ones, so they were taken for text turned as a
#    whole and read left to right by position.

def _turned_latin_column(x: float, top: float, parts, size: float = BODY) -> list:
    """Ops for one column centred on ``x`` from ``top`` down: ``parts`` are ``("ja", text)`` (upright, a vertical
    CMap) or ``("en", text)`` (Helvetica turned 90° clockwise, running down)."""
    ops, y = [], top
    for kind, text in parts:
        if kind == "ja":
            ops.append(("ja", x, y, text))
            y -= size * len(text)
        else:
            ops.append(("en", x - 0.35 * size, y, text))
            y -= 0.6 * size * len(text)
    return ops


def _turned_pdf(pages) -> bytes:
    """Pages of ``(kind, size, x, y, text, turn)`` runs: ``kind`` ``ja-v`` (HeiseiMin, vertical CMap), ``en``
    (Helvetica); ``turn`` degrees counter-clockwise (reportlab's ``rotate``)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    vertical = UnicodeCIDFont("HeiseiMin-W3", isVertical=True)
    vertical.name = vertical.fontName = "HeiseiMin-W3-V"
    pdfmetrics.registerFont(vertical)
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), invariant=1)
    for runs in pages:
        for kind, size, x, y, text, turn in runs:
            c.saveState()
            c.translate(x, y)
            c.rotate(turn)
            c.setFont({"ja-v": "HeiseiMin-W3-V", "ja": "HeiseiMin-W3", "en": "Helvetica"}[kind], size)
            c.drawString(0, 0, text)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


EXAMPLES = [[("ja", "表面積"), ("en", "= 4pr2 (b7"), ("ja", "版")], [("ja", "表面積"), ("en", "= 4pr2 (b8"), ("ja", "版")],
            [("ja", "表面積"), ("en", "= 4pr2 ("), ("ja", "この版")]]


def _horizontal_page_with_a_vertical_example() -> bytes:
    runs = [("ja", 10.0, 72.0, 760.0 - 16 * k, text, 0) for k, text in enumerate(
        ["縦組にした場合は、つぎのような結果となる。", "以下に三つの例を右から順に示す。"])]
    for k, column in enumerate(EXAMPLES):
        for kind, x, y, text in _turned_latin_column(300.0 - 30.0 * k, 700.0, column):
            runs.append(("ja-v", BODY, x, y, text, 0) if kind == "ja" else ("en", BODY, x, y, text, -90))
    runs += [("ja", 10.0, 72.0, 500.0, "この結果を見ると、文字間のスペースは仕様どおりである。", 0)]
    return _turned_pdf([runs])


def test_a_vertical_example_with_turned_latin_reads_right_to_left():
    lines = [line.replace(" ", "") for line in extract_pdf_file(_horizontal_page_with_a_vertical_example(),
                                                                 name="made-up.pdf").lines if line.strip()]
    examples = [line for line in lines if line.startswith("表面積")]
    assert examples == ["表面積=4pr2(b7版", "表面積=4pr2(b8版", "表面積=4pr2(この版"]
    assert lines[0].startswith("縦組") and lines[-1].startswith("この結果")


@pytest.mark.skipif(not (TRIAL / "ja_paper_ptexskip_asciimw.pdf").exists(), reason="trial 78c's inputs are not here")
def test_ptexskips_vertical_example_reads_right_to_left():
    pdf = TRIAL / "ja_paper_ptexskip_asciimw.pdf"
    lines = extract_pdf_file(pdf.read_bytes(), name=pdf.name).lines
    at = next(k for k, line in enumerate(lines) if line.startswith("縦組にした場合は"))
    labels = [line.split("(")[-1].replace(" ", "") for line in lines[at + 1:at + 12] if "(" in line]
    assert labels == ["β7版)", "β7版を修正した場合)", "β8版)", "この版)"]


# c. Text turned as a whole (a slide set sideways or upside down) is read in its own direction.

TURNED = ["Rotated slides keep their order", "the second line follows the first", "and the third line ends it."]


def _turned_slide(turn: int, leading: float) -> bytes:
    """A landscape page whose three lines are turned ``turn`` degrees counter-clockwise about its centre."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(792, 612), invariant=1)
    c.setFont("Helvetica", 14)
    c.translate(396, 306)
    c.rotate(turn)
    for k, text in enumerate(TURNED):
        c.drawString(-150, 60 - leading * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("leading", [20.0, 45.0])  # one text box; a box a line (a slide's loose leading)
@pytest.mark.parametrize("turn", [90, -90, 180])
def test_turned_lines_read_in_their_own_order(turn, leading):
    lines = [line for line in extract_pdf_file(_turned_slide(turn, leading), name="made-up.pdf").lines if line.strip()]
    assert lines == TURNED


@pytest.mark.parametrize("leading", [20.0, 45.0])
def test_upright_lines_keep_their_order(leading):
    lines = [line for line in extract_pdf_file(_turned_slide(0, leading), name="made-up.pdf").lines if line.strip()]
    assert lines == TURNED


@pytest.mark.skipif(not (TRIAL / "en_slides_semsamp2.pdf").exists(), reason="trial 78c's inputs are not here")
def test_seminars_rotated_slide_reads_top_line_first():
    pdf = TRIAL / "en_slides_semsamp2.pdf"
    extracted = extract_pdf_file(pdf.read_bytes(), name=pdf.name)
    page5 = [line for line in extracted.lines[extracted.page_starts[4] - 1:extracted.page_starts[5] - 1] if line.strip()]
    assert page5[:5] == ["• There is information overload in a", "network if there is some mechanism",
                         "that, compared to the status quo, makes", "the senders and/or receivers better off",
                         "by restricting the ﬂow of information.’"]


def test_a_plots_turned_labels_keep_their_order():
    """Tick labels turned 90° (a plot's axis) are no lines of text: read by position as before (zoo's figures)."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "A figure follows.")
    for k, label in enumerate(["0.0", "0.5", "1.0", "Aa"]):
        c.saveState()
        c.translate(100 + 40 * k, 600)
        c.rotate(90)
        c.drawString(0, 0, label)
        c.restoreState()
    c.showPage()
    c.save()
    lines = [line for line in extract_pdf_file(buf.getvalue(), name="made-up.pdf").lines if line.strip()]
    assert lines == ["A figure follows.", "0.0", "0.5", "1.0", "Aa"]
