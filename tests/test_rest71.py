"""Issue 19 points 1 and 6 (rest71): rest70's far-word lead tested on a fresh draw.

rest70 measured ``far_word`` and, after seeing its data, found a lead: an open gap whose far-word fill is the
model's own top, at confidence ≥ 0.9, with the word standing whole at one other place, held it 50 of 50 times. A lead
chosen after the fact must be tested on masks nobody has seen: ``bench/farword_bench.py --fresh`` draws them with a
new seed at new places — news places rest70 did not mask (its draws replayed and left out), message catalogues no
benchmark source and not rest70 read, the newest trials' made-up documents less the ones rest70 drew and their copies
(docs/restore.md, "The lead on a fresh draw"). These tests hold the draw's exclusions, the part a rerun depends on.
"""

from __future__ import annotations

import random

from bench import farword_bench as fb


def test_unmasked_leaves_out_exactly_the_places_earlier_draws_masked():
    places = [(i, j) for i in range(40) for j in range(5)]
    left = fb.unmasked("news/3", places, draws=((70, 15), (71, 100)))
    masked = set(random.Random("70/news/3").sample(places, 15)) | set(random.Random("71/news/3").sample(places, 100))
    assert set(left) == set(places) - masked
    assert len(left) == len(places) - len(masked) and left == sorted(left)  # the draw's order kept
    # a document with fewer places than a draw takes: every place was masked, none left
    assert fb.unmasked("news/0", places[:12], draws=((70, 15),)) == []
    # another document's name draws other places
    assert set(fb.unmasked("news/4", places, draws=((70, 15),))) != set(fb.unmasked("news/3", places, draws=((70, 15),)))


def test_rest70_draws_are_its_two_news_seeds():
    assert fb.REST70_DRAWS == ((70, 15), (71, 100))
    assert fb.FRESH_SEED not in {seed for seed, _ in fb.REST70_DRAWS}


def test_madeup_fresh_drops_the_documents_rest70_drew_and_their_copies(tmp_path):
    body = "空き店舗の現状について報告する。商店街の空き店舗率は二割を超えた。" * 8
    other = "地域の防災訓練について報告する。町内会では毎年九月に防災訓練を行っている。" * 8
    (tmp_path / "in_a").mkdir()
    (tmp_path / "in_b").mkdir()
    (tmp_path / "in_a" / "used.txt").write_text(body, encoding="utf-8")
    (tmp_path / "in_b" / "copy.txt").write_text(body, encoding="utf-8")  # the same text under another name
    (tmp_path / "in_b" / "new.txt").write_text(other, encoding="utf-8")
    pattern = f"{tmp_path}/in_a/*.txt;{tmp_path}/in_b/*.txt"
    names = [n for n, _ in fb.madeup_documents(pattern, used=("in_a/used.txt",), root=tmp_path)]
    assert names == ["made-up/in_b/new.txt"]
    # without the exclusion both texts count once (copies are dropped as before)
    names = [n for n, _ in fb.madeup_documents(pattern, root=tmp_path)]
    assert names == ["made-up/in_a/used.txt", "made-up/in_b/new.txt"]


def test_fresh_catalogues_are_none_a_source_or_rest70_read():
    # the packaged character model counted the cli-messages and catalogues sources (bench/sources.py)
    counted = {"coreutils", "findutils", "grep", "sed", "tar", "diffutils", "bash", "dpkg", "apt", "wget",
               "binutils", "gas", "ld", "gold", "gprof", "bfd", "shadow", "make", "libc", "glib20", "gtk30"}
    assert not set(fb.FRESH_CATALOGUES) & (counted | set(fb.HELD_OUT_CATALOGUES))
    assert len(fb.REST70_MADEUP) == 60 and "in_trial70/01_proc.txt" in fb.REST70_MADEUP
