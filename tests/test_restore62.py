"""Restore asks each question once (issue 19, session 62: speed alone, every verdict as it was; docs/restore.md,
"Speed"). A line's second round finds the runs after the first round's last fill in the very text the first round
decided them in: their repairs are the first round's, the run is not pooled and weighed again. A run the fills
changed the text of (one before a fill) is decided again, as before."""

from __future__ import annotations

from pipeline.model import Repair
from pipeline.restore import Restorer
from pipeline.restore.evidence.base import Document
from tests.calls import count_calls

G = "\ufffd"
TEXT = f"港湾施設の整備を進める。\n港湾施設の整備を急ぐ。\n港湾施設の{G}備を急ぎ、{G}{G}の会議を開く。"


def test_a_run_after_the_last_fill_is_decided_once_with_the_verdict_it_gets_alone(monkeypatch):
    restorer = Restorer(Document.from_text(TEXT), plain=True)
    line = TEXT.split("\n")[2]
    asked = count_calls(monkeypatch, Restorer, "decide_run")
    new, repairs = restorer.restore_line(line, 3)
    assert new == f"港湾施設の整備を急ぎ、{G}{G}の会議を開く。"
    assert [(r.col, r.restored) for r in repairs] == [(5, "整"), (11, None)]
    # the open run is asked once, in the line with 整 written in (the second round asked it again)
    assert [(text, start, end) for _, text, start, end, *_ in asked] == [(line, 5, 6), (new, 11, 13)]
    # and its verdict is the one it gets asked alone in that line
    assert restorer.decide_run(new, 11, 13, 3) == [repairs[1]]


def _fake_verdicts(monkeypatch, fills: dict[int, str]) -> list:
    """decide_run answers each run at once: the run starting at a column of ``fills`` restored with it, any other left
    open; returns the list of the runs asked."""
    asked = []

    def decide_run(self, text, start, end, line=0, *args):
        asked.append((text, start))
        fill = fills.get(start)
        return [Repair(line=line, col=start, original=text[start:end], restored=fill,
                       status="restored" if fill else "ambiguous", confidence=0.9 if fill else 0.1,
                       candidates=(), evidence=())]

    monkeypatch.setattr(Restorer, "decide_run", decide_run)
    return asked


def test_a_run_before_a_fill_is_decided_again_in_the_filled_line(monkeypatch):
    restorer = Restorer(Document.from_text("市の計画"), plain=True)
    asked = _fake_verdicts(monkeypatch, {3: "b"})
    line = f"a{G}c{G}e{G}g"
    new, repairs = restorer.restore_line(line)
    assert new == f"a{G}cbe{G}g"
    filled = f"a{G}cbe{G}g"
    # round one: 1 and 3 in the line as read, 5 after the fill; round two: 1 again (its line changed), not 5
    assert asked == [(line, 1), (line, 3), (filled, 5), (filled, 1)]
    assert [(r.col, r.restored, r.status.value) for r in repairs] == [(1, None, "ambiguous"), (3, "b", "restored"),
                                                                      (5, None, "ambiguous")]


def test_a_line_with_no_fill_is_read_once(monkeypatch):
    restorer = Restorer(Document.from_text("市の計画"), plain=True)
    asked = _fake_verdicts(monkeypatch, {})
    line = f"a{G}c{G}e"
    assert restorer.restore_line(line)[0] == line
    assert asked == [(line, 1), (line, 3)]


def test_restore_collects_the_youngest_generation_less_often_and_sets_the_thresholds_back(monkeypatch):
    """Restore's short-lived containers die young: the youngest generation is collected every
    :data:`YOUNG_GENERATION` allocations while restore runs (700 promoted a gap's pool to the oldest generation,
    walked at every full collection), and the process's own thresholds hold again after."""
    import gc

    import pipeline.restore as restore_module
    from pipeline.restore import YOUNG_GENERATION, restore_text

    seen = []
    real = restore_module.Restorer.restore_line

    def restore_line(self, *args, **kwargs):
        seen.append(gc.get_threshold())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(restore_module.Restorer, "restore_line", restore_line)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        out = restore_text(f"港湾施設の整備を進める。\n港湾施設の{G}備を急ぐ。")
        assert out["repairs"][0]["restored"] == "整"
        assert seen and all(t == (YOUNG_GENERATION, 10, 10) for t in seen)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
