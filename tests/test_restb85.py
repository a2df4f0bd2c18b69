"""Session 85 (issue 19): a rule-decided verdict's display (helper restb85).

Inputs (``tests/data/restb85/``): made-up texts with lost glyphs, each with its expected reading written before any run
(``*.expected``, copies of ``/work/regress/in_restb85/``). Each test fails on the session's base (b85start) but those
marked near miss, which pass on both.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.restore import restore_text

DATA = Path(__file__).parent / "data" / "restb85"
GAP = "\ufffd"
SCORES_ROW = "the candidates' scores are the restore model's own probabilities, not this verdict's: "

_RUNS: dict[str, list] = {}


def _at(name: str, before: str) -> dict:
    """The repair of the gap right after ``before`` in ``name`` (the file restored once, as ``pipeline restore FILE``)."""
    text = (DATA / name).read_text(encoding="utf-8")
    if name not in _RUNS:
        _RUNS[name] = restore_text(text)["repairs"]
    return next(r for r in _RUNS[name] if r["start"] == text.index(before + GAP) + len(before))


def _score_rows(r: dict) -> list[str]:
    return [e["detail"] for e in r["evidence"] if e["detail"].startswith(SCORES_ROW)]


def test_calendar_verdict_says_the_scores_are_the_models():
    """The calendar commits 火 (2025-10-14, a Tuesday) where the model scores 月 higher: the evidence says the scores
    are the model's own and that the calendar's rule decides over them (fresh-user trial 85a's minutes)."""
    r = _at("cal.txt", "2025年10月14日（")
    assert r["restored"] == "火" and r["status"] == "restored"
    scores = {c["text"]: c["score"] for c in r["candidates"]}
    assert max(scores.values()) > scores["火"]  # the model's scores are kept as they are
    rows = _score_rows(r)
    assert len(rows) == 1 and "calendar" in rows[0] and "commits 火" in rows[0]


def test_model_verdict_has_no_scores_row():
    """Near miss (passes on base too): the model's own verdict, its fill scored highest, needs no such row."""
    r = _at("cal_agree.txt", "本日は晴")
    assert r["restored"] == "天"
    assert _score_rows(r) == []


def test_open_gap_listed_first_by_a_rule_names_it():
    """A mark printed elsewhere lists × first (rest85's catalogue: `40.6 � 50.8`, truth ×) over `,` which the model
    scores 1.0: the row says the scores are the model's and names the repetition rule that listed × first."""
    text = (Path(__file__).parent / "data" / "rest85" / "b2_catalogue.txt").read_text(encoding="utf-8")
    r = next(r for r in restore_text(text)["repairs"] if r["start"] == text.index("40.6 " + GAP) + len("40.6 "))
    assert r["status"] == "ambiguous" and r["candidates"][0]["text"] == "×"
    rows = _score_rows(r)
    assert len(rows) == 1 and "repetition" in rows[0] and "lists × first" in rows[0]
