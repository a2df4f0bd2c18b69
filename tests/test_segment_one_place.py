"""One place for each fact in the segment stage (a review's mends, behaviour unchanged): a word that several closed
lists hold is written once and shared, a set of marks is spelt once, and a pattern's parts are built once.

These read the source itself, so a second copy written back in fails here, not silently in a later review."""

from __future__ import annotations

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
             "_ENQUIRIES", "_CONTACT_MEANS", "_KEYWORD_FIELDS"}
    counts = _literals(labels, lists)
    assert counts and [w for w, n in counts.items() if n > 1] == []


def test_the_shared_labels_stand_in_each_list_that_names_them() -> None:
    fold = lambda words: {w.casefold() for w in words}  # noqa: E731
    assert fold(labels._CONTACT_WORDS) <= labels.CONTACT_HEADINGS & labels.CONTACT_LABELS
    assert set(labels._CONTACT_WORDS) | set(labels._CONTACT_MEANS) | set(labels._ENQUIRIES) <= labels.FIELD_LABELS
    assert fold(labels._CONTACT_PLACES) <= labels.CONTACT_HEADINGS & labels.CONTACT_LABELS
    assert not fold(labels._ENQUIRIES) & labels.CONTACT_LABELS  # ``Enquiries: …`` labels no contact line (as before)
    assert fold(labels._KEYWORD_FIELDS) <= labels.KEYWORD_LABELS and set(labels._KEYWORD_FIELDS) <= labels.FIELD_LABELS
