"""The check of a hand-labelled restore case, shared by the case tables (tests/test_restore_kinds49.py,
tests/test_restore_docword51.py): what each expected status asks of the repair the restore stage wrote; and the
made-up news document the prose cases stand in (tests/test_restore_short_frame59.py,
tests/test_restore_foreign_name60.py)."""

from __future__ import annotations

NEWS_FILLER = ["県警によると、事件は午後に起きた。", "関係者は詳しい状況を調べている。", "市は住民に注意を呼びかけた。"]
"""Sentences of no case between a case's first line and its gap's, as in a news article."""


def news_doc(first: str, *rest: str) -> str:
    """A document of ``first``, :data:`NEWS_FILLER` and ``rest``, one sentence a line."""
    return "\n".join([first, *NEWS_FILLER, *rest]) + "\n"


def only_repair(text: str) -> dict:
    """The one repair ``pipeline restore -`` makes of ``text`` (which holds one gap)."""
    from pipeline.restore import restore_text
    (repair,) = restore_text(text)["repairs"]
    return repair


def repair_after(text: str, before: str) -> dict:
    """The repair ``pipeline restore -`` makes of ``text`` at the lost glyph (U+FFFD) right after ``before``'s first
    place followed by one (tests/test_fffd_run68.py, tests/test_word_forms68.py)."""
    from pipeline.restore import restore_text
    at = text.index(before + "\ufffd") + len(before)
    [repair] = [r for r in restore_text(text)["repairs"] if r["start"] == at]
    return repair


def line_repairs(text: str, line_text: str) -> list:
    """The repairs (``pipeline.restore.Repair``) that restore makes on the line of ``text`` whose whole text is the last
    line of ``line_text``, after segment (tests/test_signer_name68.py, tests/test_signer_name_en68.py)."""
    from pipeline.restore import restore
    from tests.segment_inputs import segmented_text
    number = text.split("\n").index(line_text.split("\n")[-1]) + 1
    out = restore(segmented_text(text))
    return [r for t in out.talks for r in t.repairs if r.line == number]


def abstains_on_a_name(r) -> bool:
    """``r`` (a ``pipeline.restore.Repair``) is held back by a name abstention: an ``abstention`` evidence row naming
    a name (tests/test_name70.py, test_name71.py, test_fix71d.py)."""
    return any(e.kind == "abstention" and "name" in e.detail for e in r.evidence)


def held_with_no_candidate(r) -> bool:
    """``r`` (a ``pipeline.restore.Repair``) is a name's verdict: nothing filled, no candidate, a name abstention's row
    (tests/test_name73.py)."""
    return r.restored is None and not r.candidates and abstains_on_a_name(r)


def file_line_repairs(path, line: str) -> list:
    """:func:`line_repairs` of the file at ``path`` (UTF-8), asserting the line holds at least one repair."""
    from pathlib import Path
    text = Path(path).read_text(encoding="utf-8")
    found = line_repairs(text, line)
    assert found, (str(path), line)
    return found


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


def repair_on_line(text: str, line: int) -> dict:
    """The repair ``pipeline restore -`` makes of ``text`` at the first lost glyph (U+FFFD) of its 1-based ``line``
    (tests/test_jname77.py)."""
    from pipeline.restore import restore_text
    lines = text.split("\n")
    at = sum(len(ln) + 1 for ln in lines[: line - 1]) + lines[line - 1].index("\ufffd")
    [repair] = [r for r in restore_text(text)["repairs"] if r["start"] == at]
    return repair


def marked_after(text: str) -> tuple[str, str]:
    """``text`` with its ``?`` the lost glyph (U+FFFD), and the text before its first: :func:`repair_after`'s arguments
    (tests/test_names82.py, tests/test_name83.py)."""
    return text.replace("?", "\ufffd"), text[: text.index("?")]


def held_as_name(r: dict) -> bool:
    """``r`` (a restore JSON repair) is a name's verdict: no fill, no candidate, an abstention row naming a person's or a
    firm's name (tests/test_names82.py, tests/test_name83.py)."""
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and e["detail"].startswith(("a person's name", "a firm's name"))
        for e in r["evidence"])


def check_held(text: str, truth: str) -> None:
    """Assert the repair at ``text``'s first ``?`` (:func:`marked_after`) is a name's verdict (:func:`held_as_name`)."""
    r = repair_after(*marked_after(text))
    assert held_as_name(r), (truth, r["restored"], [c["text"] for c in r["candidates"]][:3])


def check_kept(text: str, why: str) -> None:
    """Assert the repair at ``text``'s first ``?`` is no name's verdict and keeps a fill or candidates: a near miss."""
    r = repair_after(*marked_after(text))
    assert not held_as_name(r) and (r["candidates"] or r["restored"]), why
