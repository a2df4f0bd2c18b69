"""A numbered heading right after a full last line of a paragraph is no line of that paragraph (trial 46).

Trial 46's vertical essay set ``二　ペンキ絵と富士山`` at 12.5 pt over an 11 pt body, right after
``…集まる場所でもあったのだ。``, 39 of the column's 40 characters, in a text that indents its paragraphs: the join read a
full line's sentence end and a flush line as the paragraph going on (a change of size ends a Japanese paragraph only
past 15%), and section 二 was lost, the sections numbered 一, 三 with no complaint.

Two kinds of evidence, each checked alone here on made-up essays of another topic:
* in a PDF, a heading-shaped numbered line set larger than the line beside it (1.1 times) or in bold never joins it,
  set vertically or horizontally (``paragraphs._set_apart_headings``);
* a gap in the numbering of the headings (``1``, ``3``) sends the joins back for a line bearing the missing number
  after a sentence's end, in a text dump too (``paragraphs._swallowed_headings``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# an essay about a harbour's ferry, its paragraphs indented; each paragraph's last line is nearly full (39 of 40)
P1 = ("\u3000港の渡し船は、明治から島と町を結んできた。朝は通学の子どもたちで混み合い、昼は"
      "買い物帰りの人が荷物を抱えて乗り込む。船頭は客の顔をすべて覚えていて、遅れそうな"
      "人がいれば桟橋の先まで迎えに出てくれた。島の暮らしを支えた渡しだったのである。")
P2 = ("\u3000ところが平成に入ると橋の建設が決まり、渡し船の利用者は目に見えて減った。やがて船頭は"
      "三人から一人になり、便数も一日八往復から三往復に減らされた。それでも船を残してほしいという"
      "声は強く、町は観光の船として運航を続けることに決めたのである。")
P3 = ("\u3000これからの渡し船には、島の歴史を伝える役割も求められている。船内には昔の写真が"
      "飾られ、船頭が島の言い伝えを語って聞かせる。")
P0 = "\u3000島の人口は減り続けているが、渡し船を目当てに移り住む若い家族も現れた。"
P4 = "\u3000島を訪れる人は、帰りの船で必ず手を振るという。"
COLUMN = 40


def _columns(paragraph: str) -> list[str]:
    return [paragraph[i:i + COLUMN] for i in range(0, len(paragraph), COLUMN)]


def _segment_pdf(pages):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(drawn_pdf(pages), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def _lines(heading_size: float) -> list[tuple[float, str]]:
    """The essay's lines with their sizes: title, author, two headed sections (no third: no gap to find). Section 1
    holds P0, ending short, then P1 and P2, each ending one character short of the measure; section 2 holds P3 and P4,
    ending short: no paragraph starts flush after another's end."""
    assert len(_columns(P1)[-1]) == len(_columns(P2)[-1]) == COLUMN - 1
    out = [(16.0, "島をつなぐ渡し船"), (10.5, "川村　澄子"), (heading_size, "一　渡し船のある暮らし")]
    out += [(10.5, c) for c in _columns(P0) + _columns(P1) + _columns(P2)]
    out += [(heading_size, "二　観光の船として")]
    out += [(10.5, c) for c in _columns(P3) + _columns(P4)]
    return out


def test_a_heading_set_larger_after_a_full_column_is_a_heading_vertical():
    from pdfmaker import JA_V
    runs, x = [], 540.0
    for size, text in _lines(11.8):  # 1.12 times the body: under the 15% that ends any Japanese paragraph
        runs.append((JA_V, size, x, 780.0 - (2 * size if text.startswith(("一", "二")) else 0), text))
        x -= 2 * size
    talk = _segment_pdf([runs])
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "渡し船のある暮らし"), ("2", "観光の船として")]
    assert [p.text for p in talk.sections[0].paragraphs] == [p.lstrip() for p in (P0, P1, P2)]
    assert [p.text for p in talk.sections[1].paragraphs] == [P3.lstrip(), P4.lstrip()]


def test_a_heading_set_larger_after_a_full_line_is_a_heading_horizontal():
    from pdfmaker import JA
    runs, y = [], 780.0
    for size, text in _lines(11.8):
        runs.append((JA, size, 72.0, y, text))
        y -= 2 * size
    talk = _segment_pdf([runs])
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "渡し船のある暮らし"), ("2", "観光の船として")]
    assert [p.text for p in talk.sections[0].paragraphs] == [p.lstrip() for p in (P0, P1, P2)]


def test_a_line_at_the_body_s_size_is_read_as_before():
    # the same line at the body's size (no gap in the numbering either) is read as before: the size is the evidence
    from pipeline.model import LineLayout, Text
    from pipeline.segment.layout import Layout
    from pipeline.segment.paragraphs import _set_apart_headings

    lines = [(10.5, c) for c in _columns(P1)] + [(10.5, "二　観光の船として")] + [(10.5, c) for c in _columns(P3)]
    texts = [Text.from_raw(text, n) for n, (_, text) in enumerate(lines, 1)]
    layout = Layout(tuple(LineLayout(page=1, size=size) for size, _ in lines), ())
    assert _set_apart_headings(texts, layout) == frozenset()


DUMP = """島をつなぐ渡し船

川村　澄子

一　渡し船のある暮らし

{p0}
{p1}
{p2}
二　観光の船として
{p3}
{p4}
三　これからの渡し船

　渡し船の行く末は、島の人々の手に委ねられている。
"""


def test_a_gap_in_the_numbering_finds_the_swallowed_heading_in_a_text_dump():
    # the essay as a text dump (no sizes): ``二　観光の船として`` after P2's full last line is found by the gap 一, 三
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    text = DUMP.format(**{f"p{n}": "\n".join(_columns(p)) for n, p in enumerate((P0, P1, P2, P3, P4))})
    doc = segment(clean(extract(text.encode("utf-8"), name="made-up.txt")))
    [talk] = doc.talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "渡し船のある暮らし"), ("2", "観光の船として"), ("3", "これからの渡し船")]
    assert [p.text for p in talk.sections[0].paragraphs] == [p.lstrip() for p in (P0, P1, P2)]
    assert [p.text for p in talk.sections[1].paragraphs] == [P3.lstrip(), P4.lstrip()]


def test_a_number_inside_a_sentence_fills_no_gap():
    # the missing number opening a line that goes on a sentence (the line before ends none) is no heading
    from pipeline.model import Text
    from pipeline.segment.paragraphs import _swallowed_headings

    texts = ["1. 渡し船のある暮らし", "島の人口は減り続けており、ここ十年で", "2. 割が島を離れたという。", "3. これから"]
    lines = [Text.from_raw(s, n) for n, s in enumerate(texts, 1)]
    assert _swallowed_headings(lines, [[0], [1, 2], [3]]) == frozenset()
