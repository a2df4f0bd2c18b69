"""The check of a hand-labelled restore case, shared by the case tables (tests/test_restore_kinds49.py,
tests/test_restore_docword51.py): what each expected status asks of the repair the restore stage wrote."""

from __future__ import annotations


def check_verdict(repair: dict, truth: str, expect: str) -> None:
    """Assert ``repair`` (a restore JSON repair) meets ``expect``: ``restored`` (``truth`` committed), ``open`` (nothing
    committed), ``listed`` (nothing wrong committed and ``truth`` among the candidates) or ``not-wrong`` (nothing but
    ``truth`` committed)."""
    shown = [c["text"] for c in repair["candidates"]]
    if expect == "restored":
        assert repair["status"] == "restored" and repair["restored"] == truth, (repair["status"], repair["confidence"], shown)
    elif expect == "open":
        assert repair["status"] != "restored" and repair["restored"] is None, repair
    else:
        assert repair["restored"] in (None, truth), (repair["restored"], repair["confidence"], shown)
        if expect == "listed":
            assert truth in shown, shown
