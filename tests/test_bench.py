"""Smoke tests of the performance benchmark harness (bench/) on tiny corpora.

Nothing here asserts a wall-clock figure: the machine is shared, and the
figures are the benchmark's output, not its correctness.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import corpus, growth, perf  # noqa: E402

# Made up: two talks, each a Japanese paper followed by English slides.
TWO_TALKS = "\n".join(
    ["架空市", "港の再生", "一．はじめに", "港町である。", "倉庫を改修した。", "市民が集う。"]
    + ["Port Renewal", "Warehouses", "Community spaces", "Events", "Tourism"]
    + ["想像町", "山の暮らし", "一．概要", "山あいの町である。", "林業が盛んだ。", "人口は少ない。"]
    + ["Mountain Life", "Forestry", "Small population", "Local food", "Trails"]
)


def test_talks_are_cut_where_japanese_resumes_after_english():
    talks = corpus.talks_of(TWO_TALKS)
    assert [t[0] for t in talks] == ["架空市", "想像町"]
    assert sum(map(len, talks)) == len(TWO_TALKS.split("\n"))


def test_sample_cuts_into_its_two_talks(sample_bytes):
    talks = corpus.talks_of(sample_bytes.decode("utf-8"))
    assert len(talks) == 2
    assert all(line.strip() for line in (t[0] for t in talks))


def test_corpus_is_deterministic_and_nested(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TWO_TALKS + "\n", encoding="utf-8")
    small = corpus.build(raw, tmp_path / "small", 5)
    again = corpus.build(raw, tmp_path / "again", 5)
    big = corpus.build(raw, tmp_path / "big", 12)
    assert [d["sha256"] for d in small["docs"]] == [d["sha256"] for d in again["docs"]]
    assert [d["sha256"] for d in big["docs"][:5]] == [d["sha256"] for d in small["docs"]]
    assert len({d["sha256"] for d in big["docs"]}) > 6  # varied, not one document repeated
    recipes = " ".join(d["recipe"] for d in big["docs"])
    assert "mask=" in recipes


def test_masking_keeps_line_count_and_length():
    import random

    lines = ["国境を越えた都市間連携", "Cross-boundary cooperation"]
    masked = corpus.mask_glyphs(lines, random.Random(1), 0.3)
    assert [len(x) for x in masked] == [len(x) for x in lines]
    assert any(corpus.GAP in x for x in masked)


def test_timed_wrapper_logs_one_line_per_process(tmp_path, sample_bytes):
    raw = tmp_path / "s.txt"
    raw.write_bytes(sample_bytes)
    log = tmp_path / "log.jsonl"
    for argv in (["extract", str(raw), "-o", str(tmp_path / "x.json")], ["extract", str(tmp_path / "missing.txt")]):
        subprocess.run([sys.executable, "-m", "bench.timed", str(log), *argv], cwd=ROOT, capture_output=True, timeout=120)
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(r["stage"], r["status"]) for r in rows] == [("extract", 0), ("extract", 1)]
    assert all(r["wall_s"] > 0 and r["rss_mb"] > 0 for r in rows)


def test_import_times_parses_cumulative_microseconds():
    text = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       50 |         50 |   pipeline.errors\n"
        "import time:      120 |        900 | pipeline.cli\n"
    )
    assert perf.import_times(text) == {"pipeline.errors": 50, "pipeline.cli": 900}


@pytest.mark.slow  # the whole pipeline on two documents, in one process, then through make twice
def test_quick_benchmark_runs_end_to_end_and_reports_every_measure(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "bench.perf", "--quick", "--size", "2", "--make-size", "2", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=3600,  # a hang guard: ~3 min idle, 10+ at load 15
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "report.json").read_text())
    main = report["sizes"][-1]
    assert [s["documents"] for s in report["sizes"]] == [1, 2]
    assert main["chars"] > 0 and set(main["stages"]) == set(perf.STAGES)
    assert report["make"]["j1_status"] == report["make"]["j2_status"]
    assert set(report["make"]["j1_processes"]) == set(perf.STAGES)
    # The frozen snapshot keeps the second make a no-op even while others edit pipeline/.
    assert report["make"]["make_up_to_date"] is True
    for row in ("Japanese tokenization", "restore time per gap", "a restore process ready", "peak RSS", "-j1 → -j2", "no-op `make all`",
                "python -m pipeline --help", "time per document at 1 / 2 documents", "--executor dask --workers 2",
                "— restore, 16 ÷ 4 talks", "— clean on a long line (japanese)",
                "PDF extract stage ÷ bare pdfminer `extract_text`"):
        assert row in proc.stdout
    assert report["startup"]["heavy_imports"] == []
    assert report["dask"]["status"] == report["make"]["j1_status"]  # same files, same verdicts
    assert report["dask"]["documents"] == 2
    assert report["pdf_extract"]["pdfs"] >= 6 and report["pdf_extract"]["ratio"] > 0


def test_growth_measures_every_stage_and_line_shape_without_judging_the_time():
    """`make bench`'s growth ratios (the timing itself is the benchmark's output, never asserted here)."""
    talks = growth.talks(2, 4)
    assert (talks["small"], talks["large"]) == (2, 4)
    assert sorted(talks["stages"]) == ["clean", "restore", "segment"]
    lines = growth.long_lines(200)
    assert sorted(lines["shapes"]) == sorted(growth.LINE_SHAPES)
    for m in [*talks["stages"].values(), *lines["shapes"].values()]:
        assert m["small_cpu_s"] >= 0 and m["large_cpu_s"] >= 0 and m["ratio"] >= 0
    assert all(len(shape(50)) == 50 for shape in growth.LINE_SHAPES.values())


@pytest.mark.parametrize("size, expected", [(100, [10, 30, 100]), (20, [2, 6, 20]), (9, [4, 9]), (6, [3, 6]), (1, [1])])
def test_growth_sizes_are_nested_prefixes(size, expected):
    assert perf.growth_sizes(size) == expected


@pytest.mark.parametrize("module", ["bench.corpus", "bench.perf", "bench.stages", "bench.restore_bench", "bench.sources",
                                    "bench.clean_bench", "bench.growth"])
def test_bench_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


# --------------------------------------------------------------------------
# The restore benchmark: sources, held-out models, masks, thresholds
# --------------------------------------------------------------------------


def _fake_sources(monkeypatch, tmp_path):
    """Two made-up sources in a cache of their own (nothing fetched)."""
    from bench import sources as src

    texts = {"alpha": {"a1": ["国境を越えた交流を進める。"], "a2": ["都市間の連携を深める取り組み。"]},
             "beta": {"b1": ["ファイルを開いて保存します。"], "b2": ["設定を変更して再起動します。"]}}
    fake = tuple(src.Source(name, "made up", "tests", lambda tmp, docs=docs: docs) for name, docs in texts.items())
    monkeypatch.setattr(src, "SOURCES", fake)
    monkeypatch.setattr(src, "BY_NAME", {s.name: s for s in fake})
    monkeypatch.setattr(src, "CACHE", tmp_path)
    return src


def test_a_held_out_model_has_never_seen_its_source(monkeypatch, tmp_path):
    from bench import build_char_lm
    from pipeline.restore import charlm

    _fake_sources(monkeypatch, tmp_path)
    monkeypatch.setattr(build_char_lm, "word_list_counts", lambda chars: charlm.Counts.from_blocks([]))
    whole = build_char_lm.model_counts(cache=tmp_path)
    without = build_char_lm.model_counts(exclude="beta", cache=tmp_path)
    assert whole.count("保存") == 1 and without.count("保存") == 0  # beta's text only
    assert whole.count("国境") == without.count("国境") == 1  # alpha's stays
    assert "beta" not in without.about.split("sources ")[1].split(" (")[0]


def test_masks_are_drawn_per_source_and_the_halves_never_share_a_document(monkeypatch, tmp_path):
    import random

    from bench import restore_bench as rb

    corpus = {"alpha": {f"d{i}": ["１．国境を越えた都市間の交流を進める取り組み", "市民が集う港の倉庫を改修した。"]
                        for i in range(20)},
              "beta": {f"e{i}": ["設定を変更して再起動しますか。保存しました。"] for i in range(20)}}
    masks = rb.draw_masks(corpus, 40, random.Random(1))
    again = rb.draw_masks(corpus, 40, random.Random(1))
    assert masks == again
    for source in corpus:
        cal = {m.doc for m in masks["calibration"] if m.source == source}
        rep = {m.doc for m in masks["report"] if m.source == source}
        assert cal and rep and not cal & rep
    kinds = {m.kind for m in masks["calibration"] + masks["report"]}
    assert kinds == set(rb.KINDS)
    assert all(m.truth(corpus) and rb.GAP not in m.truth(corpus) for m in masks["report"])


def test_thresholds_hold_every_source_to_its_wilson_bound():
    from bench import restore_bench as rb

    def verdicts(source, right, wrong, conf, klass="single"):
        mask = rb.Mask(source, "d", 0, 0, 1, "kanji")
        return ([rb.Verdict(mask, True, True, False, conf, "x", klass)] * right
                + [rb.Verdict(mask, False, False, False, conf, "y", klass)] * wrong)

    # source b is right 90% at 0.9: committing there would break its bound, so only 0.99 commits
    vs = verdicts("a", 100, 0, 0.99) + verdicts("b", 100, 0, 0.99) + verdicts("b", 90, 10, 0.9)
    chosen = rb.choose_thresholds(vs)
    assert chosen["single"] == 0.99
    for source in "ab":
        committed = [v for v in vs if v.mask.source == source and v.confidence >= chosen["single"]]
        right = sum(v.correct_top for v in committed)
        assert rb.wilson_lower(right, len(committed)) >= rb.TARGET_PRECISION
    # nothing meets the bound: nothing is committed
    assert rb.choose_thresholds(verdicts("a", 9, 1, 0.99)) == dict.fromkeys(rb.scoring.GAP_CLASSES, rb.NEVER)


def _verdict(source, right, conf=0.0, klass="single", inputs=(), top=()):
    from bench import restore_bench as rb

    return rb.Verdict(rb.Mask(source, "d", 0, 0, 1, "kanji"), right, right, False, conf, "x", klass,
                      inputs=tuple(inputs), top=tuple(top))


def test_the_target_rises_until_every_held_out_source_holds():
    """A source that is worse than the others at the same middling scores: a threshold chosen on the others at
    0.95 would commit its weak fills, so the target rises until even the source it never saw keeps its bound."""
    from bench import restore_bench as rb

    import random

    rng = random.Random(7)
    decided, scores = [], []
    for source in "abcd":
        for i in range(800):
            score = 0.5 + 0.5 * i / 800  # scores spread over 0.5-1.0
            # the higher the score, the likelier right; d is wrong one time in five in the middle of the range
            error = (1 - score) * 0.1 if source != "d" or not 0.6 < score < 0.85 else 0.2
            decided.append(_verdict(source, rng.random() >= error))
            scores.append(score)
    target, trace = rb.choose_target(decided, scores)
    assert target is not None and target > rb.TARGET_PRECISION, trace
    assert any("below the bound: d" in line for line in trace), trace
    # at the chosen target, a threshold fitted on a, b, c holds for d
    rest = [(v, s) for v, s in zip(decided, scores) if v.mask.source != "d"]
    calibrated = rb._calibrated([v for v, _ in rest], [s for _, s in rest])
    held = rb._calibrated([v for v in decided if v.mask.source == "d"], scores[2400:], [v for v, _ in rest],
                          [s for _, s in rest])
    tau = rb.choose_thresholds(calibrated, target)["single"]
    committed = [v.correct_top for v in held if v.confidence >= tau]
    assert committed and rb.wilson_lower(sum(committed), len(committed)) >= rb.TARGET_PRECISION


def test_the_confidence_model_learns_what_the_softmax_cannot_see():
    """Two groups with the same model probability: the one whose top fill has the lexicon's support is right
    far more often; the confidence model tells them apart, and says which features it never saw."""
    import random

    from bench import restore_bench as rb
    from pipeline.restore import scoring

    rng = random.Random(3)
    verdicts = []
    for i in range(600):
        supported = i % 2 == 0
        top = scoring.feature_vector({"has_lex": 1.0} if supported else {})
        inputs = scoring.confidence_inputs([0.8, 0.2], top)
        verdicts.append(_verdict("a", rng.random() < (0.95 if supported else 0.55), inputs=inputs, top=top))
    models = rb.fit_confidence(verdicts)
    assert set(models) == {"single"}  # the other classes have no verdicts
    with_lex, without = rb.confidence_scores([verdicts[0], verdicts[1]], models)
    assert with_lex > 0.85 and without < 0.7
    assert "hint" in models["single"]["unseen"] and "has_lex" not in models["single"]["unseen"]


def test_the_runtime_model_applies_what_the_benchmark_fitted():
    """scoring.Model (what the pipeline commits by) and the benchmark's judge read one confidence model; a top fill
    holding evidence the model never saw takes the probability's route, with its own bins and threshold."""
    from pipeline.restore import scoring

    cm = {"bias": -2.0, "weights": {"top_has_lex": 4.0}, "unseen": ["bilingual_context"]}
    model = scoring.Model({}, {"single": [[0.0, 0.1], [0.8, 0.97]]}, {"single": 0.95}, {"single": cm},
                          {"single": [[0.0, 0.2], [0.9, 0.9]]}, {"single": 0.85})
    lex = scoring.feature_vector({"has_lex": 1.0})
    number = scoring.feature_vector({"bilingual_context": 1.0})
    assert model.confidence([0.6, 0.4], lex, 1, "験") == 0.97  # sigmoid(2) = 0.88 -> its bin
    assert model.confidence([0.6, 0.4], scoring.feature_vector({}), 1, "験") == 0.1  # sigmoid(-2)
    assert model.threshold(1, "験", lex) == 0.95
    assert model.confidence([0.95, 0.05], number, 1, "験") == 0.9  # the probability's bins
    assert model.threshold(1, "験", number) == 0.85


def test_the_confidence_inputs_in_the_docs_are_the_ones_scoring_uses():
    from pipeline.restore import scoring

    docs = (ROOT / "docs" / "restore.md").read_text(encoding="utf-8")
    assert scoring.confidence_table_markdown() in docs, (
        "docs/restore.md's table of confidence inputs differs from pipeline.restore.scoring.CONFIDENCE_TABLE: paste "
        "`.venv/bin/python -c 'from pipeline.restore import scoring; print(scoring.confidence_table_markdown())'`")


def test_the_feature_table_in_the_docs_is_the_one_scoring_uses():
    from pipeline.restore import scoring

    docs = (ROOT / "docs" / "restore.md").read_text(encoding="utf-8")
    assert scoring.feature_table_markdown() in docs, (
        "docs/restore.md's feature table differs from pipeline.restore.scoring.TABLE: paste "
        "`.venv/bin/python -c 'from pipeline.restore import scoring; print(scoring.feature_table_markdown())'`")


def test_each_feature_is_zero_without_its_own_raw_feature():
    """softmax_ranking sums only the features whose raw feature a candidate has: the others must be 0 then,
    whatever else the candidate carries."""
    from pipeline.restore import scoring

    others = {f.name: 3.0 for f in scoring.TABLE}
    for f in scoring.TABLE:
        without = {k: v for k, v in others.items() if k != f.name}
        assert f.transform(without) == 0.0 and f.transform({}) == 0.0, f.name
    pool = scoring.Pool()
    pool.features = {"a": {"rep_context": 9.0, "lex_both": 2.0, "cost": -0.25}, "b": {"lex_known": 4.0, "has_rep": 1.0}}
    weights = {f.name: 0.1 * (i + 1) for i, f in enumerate(scoring.TABLE)}
    full = {fill: sum(w * x for w, x in zip([weights[n] for n in scoring.FEATURES], scoring.feature_vector(feats)))
            for fill, feats in pool.features.items()}
    top = max(full.values())
    total = sum(math.exp(v - top) for v in full.values())
    expected = sorted(((f, math.exp(v - top) / total) for f, v in full.items()), key=lambda kv: (-kv[1], kv[0]))
    assert scoring.softmax_ranking(pool, weights) == expected  # the very same floats


def test_the_bench_never_counts_a_listed_count_as_committed():
    # the restorer never commits the number of items a list names before a counter (利用頻度、目的地、満足度の三つ:
    # one of them, 一つ, reads as well); the benchmark judges its outcomes as the restorer decides, so it must not
    # commit that fill either (before this, run_mask left it supported)
    from bench import restore_bench as rb

    line = "調査項目は利用頻度、目的地、満足度の三つである。"
    corpus = {rb.SAMPLE: {"raw/x.txt": [line]}}
    at = line.index("三")
    out = rb.run_mask(rb.Mask(rb.SAMPLE, "raw/x.txt", 0, at, at + 1, "kanji"), corpus)
    assert "三" in out.fills and out.unsupported[out.fills.index("三")]


def test_the_numeric_class_bench_loses_one_digit_of_the_number_in_every_kind_of_case(capsys):
    # bench/translation_bench.py --numbers: made-up bilingual documents, the gap one digit of the Japanese number
    import random

    from bench import translation_bench as tb
    from pipeline.model import GAP

    rng = random.Random(7)
    for kind, _, _ in tb.KINDS_OF_CASE:
        case = None
        while case is None:
            case = tb.number_case(kind, rng)
        japanese, english, at, gap, truth, _ = case
        assert japanese[at][gap] == GAP and truth.translate(str.maketrans("０１２３４５６７８９", "0123456789")).isdigit()
    assert tb.numbers(1, 7) == 0
    table = capsys.readouterr().out
    assert "| **settled kinds** | 4 |" in table and "| **adversarial kinds** | 5 | 0 | 0 |" in table
