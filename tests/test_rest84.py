"""Session 84 (issue 19): restoration that stays honest on text unlike its training text (helper rest84).

Inputs (``tests/data/rest84/``): made-up variants of fresh-user trial 83c's faults, each with its expected reading
written before any run (``*.truth``, copies of ``/work/regress/in_rest84/``). Each test fails on the session's base
(b84start) but those marked near miss, which hold what must stay unchanged and pass on both.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.restore import restore_text

DATA = Path(__file__).parent / "data" / "rest84"
GAP = "\ufffd"

_RUNS: dict[str, dict] = {}


def _repairs(name: str) -> list[dict]:
    """The repairs of ``name`` restored as plain text (``pipeline restore FILE``), in the text's order, made once."""
    if name not in _RUNS:
        _RUNS[name] = restore_text((DATA / name).read_text(encoding="utf-8"))
    return _RUNS[name]["repairs"]


def _at(name: str, before: str) -> dict:
    """The repair of the gap right after ``before`` in ``name``."""
    text = (DATA / name).read_text(encoding="utf-8")
    at = text.index(before + GAP) + len(before)
    return next(r for r in _repairs(name) if r["start"] == at)


def _texts(r: dict) -> list[str]:
    return [c["text"] for c in r["candidates"]]


def test_any_digit_lists_all_ten():
    """``12\ufffd5㎡`` and ``1億3，\ufffd00万円``: nothing says which digit, so all ten are listed (the base cut a tie at
    five: 0–4)."""
    for before in ("12", "1億3，"):
        r = _at("digit2.txt", before)
        assert r["restored"] is None
        assert sorted(_texts(r)) == list("0123456789"), (before, _texts(r))
        assert any("any digit fits" in e["detail"] for e in r["evidence"])


def test_any_digit_in_english_lists_all_ten():
    """``received 12\ufffd5 visitors``: all ten digits listed, none committed."""
    r = _at("digit3.txt", "12")
    assert r["restored"] is None and sorted(_texts(r)) == list("0123456789")
