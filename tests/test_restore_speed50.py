"""A restore process's start (issue 19, point 5: ready in under a second): what it imports and how it reads its
packaged arrays. Speed alone: every value read here is the one read before (docs/performance.md, docs/restore.md
"Speed")."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from pipeline.restore import charlm, resources

G = "\ufffd"


def test_restoring_a_line_imports_no_stage_restore_does_not_read():
    # restore reads segment's join_wraps and bilingual_halves, and those read clean's hyphenation: importing them
    # had imported every module of segment and every clean rule (ftfy among them), a fifth of the process's start
    probe = ("import sys; from pipeline.restore import restore_text; restore_text('国境を\ufffdえた交流を進める。');"
             "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'ftfy' or m in "
             "('pipeline.segment.stage', 'pipeline.clean.rules', 'pipeline.clean.encoding', 'pipeline.segment.cover',"
             " 'pipeline.segment.notes', 'numpy.ma', 'importlib.metadata'))))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == []


def test_the_stage_packages_still_give_their_names():
    import pipeline.clean
    import pipeline.clean.rules
    import pipeline.segment
    import pipeline.segment.stage
    from pipeline.segment import sections, segment

    assert segment is pipeline.segment.stage.segment
    assert sections.__name__ == "pipeline.segment.sections"
    assert pipeline.clean.RULES is pipeline.clean.rules.RULES
    with pytest.raises(AttributeError):
        pipeline.segment.no_such_name  # noqa: B018
    with pytest.raises(AttributeError):
        pipeline.clean.no_such_name  # noqa: B018


def test_the_word_index_file_maps_to_the_arrays_np_load_reads():
    path = resources.data_dir() / resources.WORD_INDEX_FILE
    if not path.is_file():
        pytest.skip("no word index file: `make data`")
    mapped = resources._mapped_arrays(path)
    assert mapped is not None
    with np.load(path, allow_pickle=False) as z:
        assert list(mapped) == z.files
        for name in z.files:
            assert mapped[name].dtype == z[name].dtype and mapped[name].shape == z[name].shape
            assert np.array_equal(mapped[name], z[name]), name
            assert not mapped[name].flags.writeable


def test_a_compressed_file_is_read_as_before(tmp_path):
    arrays = {"w": np.array(["実験", "体験"]), "k": np.arange(5, dtype=np.int64)}
    resources.save_arrays(tmp_path / "z.npz", arrays, compress=True)
    assert resources._mapped_arrays(tmp_path / "z.npz") is None
    got = resources._index_arrays(tmp_path / "z.npz")
    assert got["w"].tolist() == ["実験", "体験"] and got["k"].tolist() == [0, 1, 2, 3, 4]


def test_the_union_is_numpy_s():
    rng = np.random.default_rng(50)
    for n, m in ((0, 0), (0, 3), (5, 0), (40, 60), (300, 20)):
        a, b = rng.integers(0, 50, n), rng.integers(0, 50, m)
        got, want = charlm._union(a, b), np.union1d(a, b)
        assert got.dtype == want.dtype and got.tolist() == want.tolist()


def test_the_reversed_counts_are_the_stable_sort_s():
    counts = charlm.Counts.from_text("東京都に住む。京都に住む。東京に行く。\n国際交流を進める。国境を越えた交流")
    rev = counts.reversed()
    for n in (2, 3):
        k = counts.keys[n - 1]
        parts = [(k >> (charlm.BITS * i)) & charlm.MASK for i in range(n)]
        key = np.zeros_like(k)
        for p in parts:
            key = (key << charlm.BITS) | p
        order = np.argsort(key, kind="stable")
        assert rev.keys[n - 1].tolist() == key[order].tolist()
        assert rev.counts[n - 1].tolist() == counts.counts[n - 1][order].tolist()


def test_the_preceders_are_the_same_with_and_without_the_backward_twin():
    text = "東京都に住む。京都に住む。東京に行く。京都の大学"
    alone, twinned = charlm.CharLM.from_text(text), charlm.CharLM.from_text(text).with_backward()
    for ch in "都京に住む":
        assert alone.preceder_codes(ch).tolist() == twinned.preceder_codes(ch).tolist()
    assert twinned.preceders("都") == ["京"]
