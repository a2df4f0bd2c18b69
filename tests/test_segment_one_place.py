"""One place for each fact in the segment stage (a review's mends, behaviour unchanged): a word that several closed
lists hold is written once and shared, a set of marks is spelt once, and a pattern's parts are built once.

These read the source itself, so a second copy written back in fails here, not silently in a later review."""

from __future__ import annotations

import sys

import ast
import inspect
from collections import Counter

from pipeline.segment import labels


def _literals(module, names: set[str]) -> Counter:
    """The string constants written in the assignments to ``names`` in ``module``'s source, counted."""
    tree = ast.parse(inspect.getsource(module))
    found: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in names for t in node.targets):
            found.update(n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return found


def test_a_label_that_several_closed_lists_hold_is_written_once() -> None:
    """``問い合わせ`` is a contact block's heading, a contact line's label and a form's field: one literal, shared."""
    lists = {"FIELD_LABELS", "CONTACT_HEADINGS", "CONTACT_LABELS", "KEYWORD_LABELS", "_CONTACT_WORDS", "_CONTACT_PLACES",
             "_ENQUIRIES", "_CONTACT_MEANS", "_KEYWORD_FIELDS", "COVER_LABELS", "TITLE_LABELS", "_COVER_TITLE_WORDS"}
    counts = _literals(labels, lists)
    assert counts and [w for w, n in counts.items() if n > 1] == []


def test_the_shared_labels_stand_in_each_list_that_names_them() -> None:
    fold = lambda words: {w.casefold() for w in words}  # noqa: E731
    assert fold(labels._CONTACT_WORDS) <= labels.CONTACT_HEADINGS & labels.CONTACT_LABELS
    assert set(labels._CONTACT_WORDS) | set(labels._CONTACT_MEANS) | set(labels._ENQUIRIES) <= labels.FIELD_LABELS
    assert fold(labels._CONTACT_PLACES) <= labels.CONTACT_HEADINGS & labels.CONTACT_LABELS
    assert not fold(labels._ENQUIRIES) & labels.CONTACT_LABELS  # ``Enquiries: …`` labels no contact line (as before)
    assert fold(labels._KEYWORD_FIELDS) <= labels.KEYWORD_LABELS and set(labels._KEYWORD_FIELDS) <= labels.FIELD_LABELS


def _code_strings(module) -> list[str]:
    """The string constants of ``module``'s code: no docstring, no comment."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    docstrings |= {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_the_marks_around_a_contact_heading_are_spelt_once() -> None:
    """The marks and brackets a contact heading may stand in are labels' (``CONTACT_HEADING_OPENERS`` /
    ``CONTACT_HEADING_CLOSERS``): the heading is told by them and its section titled by them, no copy in sections."""
    from pipeline.segment import sections

    assert not [s for s in _code_strings(sections) if "【" in s or "〕" in s]
    trim = set(labels._CONTACT_HEADING_TRIM) - set(" \u3000\t")
    assert trim == set(labels.CONTACT_HEADING_OPENERS) | set(labels.CONTACT_HEADING_CLOSERS)
    for heading in ("【お問い合わせ】", "■問い合わせ先", "［連絡先］", "〈Contact〉", "Contact:", "《お問い合わせ先》："):
        a, b = labels.contact_heading_words(heading)
        assert labels.is_contact_heading(heading) and labels.is_contact_heading(heading[a:b])
        assert not set(heading[a:b]) & trim


def test_the_list_marks_and_enumerators_are_built_in_one_place() -> None:
    """Bullets, roman numerals and the enumerators' patterns are :mod:`pipeline.listmarks`'; the modules that
    read them hold no copy (before, four patterns spelt their own)."""
    from pipeline import listmarks
    from pipeline.segment import paragraphs, references, wraps_en

    for module in (labels, paragraphs, references, wraps_en):
        assert not [s for s in _code_strings(module) if "◦" in s or "ivx" in s or "?P<bracket>" in s], module.__name__
    assert labels.item_mark("（1）概要") == "bracketed" and wraps_en.is_list_item("(iv) later")
    assert listmarks.ENUMERATOR.match("（a） first").group(1) == "a" and not listmarks.ENUMERATOR.match("a) first")


def test_no_segment_test_module_reads_another_test_modules_inputs() -> None:
    """Made-up documents that several segment tests read live in ``tests/segment_documents.py``, their helpers in
    ``tests/segment_inputs.py``: a test module imported by another runs its tests' module code twice and ties the two."""
    from pathlib import Path

    borrowed = []
    for path in sorted(Path(__file__).parent.glob("test_segment*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1].startswith("test_"):
                borrowed.append(f"{path.name}: {node.module}")
    assert borrowed == []


def test_a_speaker_note_and_an_affiliation_join_their_lines_by_one_rule() -> None:
    """One joining rule (:func:`pipeline.segment.joinlines.joined_lines`): before, a speaker note set a space where a
    Japanese letter met a Latin letter or a digit (``参加者の多くは`` / ``120 名``) and an affiliation none; the
    affiliations' rule was kept (it alone changes text on the regression inputs; 3 affiliations of 207 joins), and a
    note follows it."""
    from pipeline.model import Slide, Text
    from pipeline.segment.joinlines import joined_lines
    from pipeline.segment.speakernotes import with_speaker_notes

    for pair in (("発表者ノート：参加者の多くは", "120 名"), ("Speaker notes: see", "港湾局"), ("Speaker notes: Start", "here."),
                 ("発表者ノート：多くは", "市外から来た。")):
        lines = tuple(Text.from_raw(s, n) for n, s in enumerate(pair, 2))
        [slide] = with_speaker_notes((Slide(1, None, (Text.from_raw("• 842", 1),) + lines),))
        assert [n.text for n in slide.notes] == [joined_lines(lines).text]


def test_a_closing_contact_block_is_found_once(monkeypatch) -> None:
    """The contact block is found on the body's lines, which it keeps from joining, and handed to the sections as the
    paragraphs' indexes (:func:`pipeline.segment.sections.contact_block_joined`); before, sections found it again."""
    import pipeline.segment.stage as segment_stage
    from pipeline.segment import sections
    from tests.segment_documents import NEWSLETTER
    from tests.segment_inputs import run_text

    calls = []
    found = sections.contact_block

    def counted(lines):
        # the closing signer (``letters.closing_signer``, session 64) reads the talk's last lines for a contact block
        # to pass over, a question of its own about other lines (where a signature ends): not counted here
        if sys._getframe(1).f_globals["__name__"] != "pipeline.segment.letters":
            calls.append(len(lines))
        return found(lines)

    monkeypatch.setattr(sections, "contact_block", counted)
    monkeypatch.setattr(segment_stage, "contact_block", counted)
    [talk] = run_text(NEWSLETTER + "\nお問い合わせ\nみどり町町内会 事務局\n担当：川村 和子\nE-mail: midori@example.jp\n").talks
    # (the block under its heading had been a section of its own: the closing block since helper close82, issue 16)
    assert [talk.front[i].text for i in talk.front_closing][0] == "お問い合わせ" and len(talk.front_closing) == 4
    assert len(calls) == 1
