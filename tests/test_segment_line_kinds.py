"""Lines whose own shape says they are no wrapped prose stay lines (issue 16 point 4; regressions of the paragraph
flow on TeX Live's manuals: pldoc's listing lines, jfm's ``name = value`` definitions, japanese-mathformulas'
display formulas glued to the sentence before them). Made-up documents of each kind; see
:mod:`pipeline.segment.linekinds`."""

from __future__ import annotations

from pdfmaker import EN, JA, MONO, drawn_pdf, justified

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from tests.segment_inputs import paragraphs, run_text

PROSE = ("The checker reads every basket in the order the shop received it and adds the price of each item to a",
         "running total, which it compares with the limit the customer set when the account was opened, so that")
LISTING = ("for basket in baskets_received_today_in_the_order_of_arrival_at_the_shop:",
           "    running_total_of_the_basket = sum(item.price for item in basket.items)",
           "    if running_total_of_the_basket > basket.customer.limit_set_at_opening:",
           "        notify_the_customer_and_hold_the_basket(basket, running_total_of_it)")


def _prose(runs: list, lines: tuple[str, ...], y: float) -> float:
    """Justified lines of prose added to ``runs`` from ``y`` down; the ``y`` under them."""
    for line in lines:
        runs += justified(line.split(), 72, 523, y)
        y -= 12
    return y


def _pdf_paragraphs(runs: list, name: str) -> list[str]:
    talk = segment(clean(extract(drawn_pdf([runs]), name=name))).talks[0]
    return [p.text for s in talk.sections for p in s.paragraphs]


def _listing_runs() -> list:
    runs = [(EN, 14.3, 72, 760, "1 Checking baskets")]
    y = _prose(runs, PROSE, 736)
    runs += justified("no basket is ever held longer than it takes to ask. The loop is short:".split(), 72, 400, y)
    y -= 12
    for line in LISTING:
        runs.append((MONO, 10, 72, y, line))
        y -= 12
    _prose(runs, PROSE, y)
    return runs


def test_a_listing_set_in_a_monospaced_font_keeps_its_lines():
    paras = _pdf_paragraphs(_listing_runs(), "baskets.pdf")
    for line in LISTING:
        assert line in paras, paras  # with its indentation (session 54: segment.listings; it had been stripped)


DEFINITIONS = """\
The Header of a Font File
Anna Berg
Nordic Institute of Typography

1. Header
The first words of the file give the sizes of its tables, each as a count of words, in this order:
lf = length of the entire file, in words.
lh = length of the header data, in words.
nw = number of words in the width table.
The checker reads each size and compares the sum with the length of the file before it reads on.
"""


def test_definitions_one_a_line_stay_lines():
    paras = paragraphs(run_text(DEFINITIONS).talks[0])
    for name in ("lf", "lh", "nw"):
        assert any(p.startswith(name + " = ") and p.endswith(".") and p.count(" = ") == 1 for p in paras), paras


FORMULA = """\
三次方程式の解と係数
山田 花子
港町大学 理学部

1. 関係式
解と係数の間には次の関係が成り立つことが知られており，その証明は因数定理から直ちに導かれる。
ax^3 + bx^2 + cx + d = 0 (a ≠ 0) の解を p, q, r として，
pq + qr + rp = c/a
この関係は，二次方程式の場合と同じく，展開した式の係数を比べることで確かめられる。
"""


def test_a_display_formula_is_not_glued_to_the_sentence_before_it():
    paras = paragraphs(run_text(FORMULA).talks[0])
    assert "pq + qr + rp = c/a" in paras, paras


SUM_PROSE = ("The total load on the frame is the sum of the loads each of its members carries, taken over every",
             "member from the first to the last, and it is written in the usual way as the display below shows:")
AFTER = ("The total is compared with the limit the standard sets for a frame of this size before the design",
         "goes on to the next stage, in which the joints are checked one by one against the same limit again.")


def _display_runs() -> list:
    runs = [(EN, 14.3, 72, 760, "1 Loads")]
    y = _prose(runs, SUM_PROSE, 736) - 10
    runs += [(EN, 7, 250, y, "n"),            # the big operator's upper limit
             (EN, 10, 220, y - 9, "L ="), (EN, 14, 246, y - 11, "+"), (EN, 10, 262, y - 9, "w(k)"),
             (EN, 7, 247, y - 20, "k=1")]      # its lower limit
    _prose(runs, AFTER, y - 40)
    return runs


def test_the_pieces_of_a_displayed_formula_are_one_block_not_paragraphs():
    paras = _pdf_paragraphs(_display_runs(), "loads.pdf")
    assert not any(p.strip() in ("n", "k=1", "+") for p in paras), paras
    block = next(p for p in paras if "k=1" in p)
    assert "n" in block.split() and "L =" in block and "w(k)" in block
    assert paras[0].startswith("The total load") and paras[-1].startswith("The total is compared"), paras
