"""A paper's numbered algorithm lines (``1: y ⇐ 1``, ``2: for i ← 1 to n do``) are no sections: a numbered line with
no word in its title, or a colon then a lower-case word, is no heading (col48's real-PDF set: oup's algorithm had
become sections 1–17). :func:`pipeline.numbering.heading_shaped`."""

from tests.segment_inputs import run_text

PAPER = """Fast Powers of Matrices
Ines Duarte, Department of Mathematics, University of Porto
1 Introduction
We describe a short method for raising a matrix to a power, and count the products it needs.
2 Method
The method halves the exponent at each step, as the algorithm below shows.
1: y ⇐ 1
2: for i ← 1 to n do
3: y ⇐ y × x
4: end for
The loop runs once per bit of the exponent.
3 Results
The method needs far fewer products than the plain loop for large exponents.
"""


def test_algorithm_lines_stay_in_their_section():
    (talk,) = run_text(PAPER).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
