"""Restore's start (issue 19 point 5, ready in under a second): what the word index file carries ready to load
reads as the very values computed from the packaged lists. Speed alone: the numbers are the ones computed afresh
(docs/restore.md, "Speed")."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.restore import resources


def _same(a: dict[str, float], b: dict[str, float]) -> bool:
    """Equal tables, key order and every float's bits included."""
    return list(a) == list(b) and all(np.float64(a[k]).tobytes() == np.float64(b[k]).tobytes() for k in a)


def test_the_frequency_tables_the_index_file_carries_are_the_lists_own():
    if resources._packed_tables() is None:
        pytest.skip("the word index file was built before it carried the tables: `make data`")
    words = resources._read_word_zipf()
    assert _same(resources.word_zipf(), words)
    assert _same(resources.char_zipf(), resources._char_zipf(words))


def test_without_the_index_file_s_tables_the_list_is_read(monkeypatch, tmp_path):
    # a word index built before the file carried the tables (or none at all): the same values, from the list itself
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    resources._packed_tables.cache_clear()
    try:
        assert resources._packed_tables() is None
    finally:
        resources._packed_tables.cache_clear()


def test_a_character_s_frequency_sums_the_words_that_hold_it_once_each():
    table = resources._char_zipf({"のの": 9.0, "の": 9.0, "実績": 8.0})
    assert list(table) == ["の", "実", "績"]
    assert table["の"] == pytest.approx(9.30103)  # log10(1 + 1) + 9: のの counts once
    assert table["実"] == table["績"] == pytest.approx(8.0)
