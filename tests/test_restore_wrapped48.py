"""``pipeline restore -`` reads a hard-wrapped Japanese paragraph joined for context, and reports positions and lines
as the input has them (issue 19: a gap at a line's end or start lost its context across the wrap)."""

from __future__ import annotations

from pipeline.model import GAP
from pipeline.restore import restore_text

PARAGRAPH = ("本研究では、県内に残る手すき和紙の製造工程を三年にわたって記録し、その変化を調べた。職人への聞き取りから、"
             "製造工程の多くが戦後に変わったことが分かった。道具の多くは地元の鍛冶屋が作っていた。")


def _wrapped(text: str, width: int = 20) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_a_gap_that_starts_a_wrapped_line_reads_the_line_before():
    text = _wrapped(PARAGRAPH)
    lost = text.index("程を三年")  # 程 starts the second line
    assert text[lost - 1] == "\n"
    damaged = text[:lost] + GAP + text[lost + 1:]
    out = restore_text(damaged)
    (repair,) = out["repairs"]
    assert (repair["start"], repair["end"], repair["original"]) == (lost, lost + 1, GAP)
    # main read ``\ufffdを三年に…`` alone: 化, 像 … at 0.2, no repetition
    assert repair["candidates"][0]["text"] == "程", repair
    assert any(e["kind"] == "repetition" and "製造工程" in e["detail"] for e in repair["evidence"]), repair
    assert out["text"] == (text if repair["restored"] == "程" else damaged)


def test_a_committed_fill_at_a_wrap_is_written_at_its_input_position():
    text = _wrapped(PARAGRAPH + "手すき和紙の製造工程は、今も県内の三つの工房で続いている。")
    lost = text.index("工\n程")  # 工 ends the first line, 程 starts the next
    damaged = text[:lost] + GAP + text[lost + 1:]
    out = restore_text(damaged)
    (repair,) = out["repairs"]
    assert (repair["start"], repair["restored"], repair["status"]) == (lost, "工", "restored"), repair
    assert out["text"] == text  # the fill stands where the gap stood; every line break is the input's


def test_an_english_line_and_an_illegible_line_are_not_joined():
    from pipeline.restore import _context_lines

    lines = ["Entrepreneur seminars are held by the", "city every spring", "A" + GAP * 12]
    assert [t.text for t in _context_lines(lines)] == lines
