"""`make bench`: the pipeline's speed, measured against floors taken in the same run.

One run reports:

* per-stage time and throughput (characters/s) in one process over the
  corpus, and the time per document at two or three nested corpus sizes
  (it should stay flat: no stage may cost more per document as the batch
  grows);
* the structure stage's Japanese tokenizer against bare SudachiPy on the
  same text (target: at least half its throughput);
* restore time per gap (median, p95), and how long a restore process takes to be ready;
* PDF extraction against bare ``pdfminer.high_level.extract_text`` on the
  same PDFs (the project's test PDFs and the corpus's), target: within 3x;
* peak RSS of every kind of process (each ``make`` recipe, the one-process run);
* ``make -j2`` against ``make -j1`` on the same files (target: 1.7x on two
  cores), and the time of a no-op ``make all`` (target: well under a second);
* ``python -m pipeline --help`` against a bare ``python -c pass``, and which
  heavy modules the help imports (none should be);
* how often each heavy resource (Sudachi dictionary, spaCy pipeline) was
  built in one process (target: once);
* growth (:mod:`bench.growth`): each stage's CPU time on 640 against 80
  copies of a made-up talk, and clean's on long lines of 200,000 against
  20,000 characters (linear: 8 and 10; quadratic: 64 and 100).

Wall-clock targets are reported, never asserted: the machine is shared.

    python -m bench.perf [--size 40] [--make-size 8] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import corpus

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
#: Modules that have no business being imported by `pipeline --help`.
HEAVY = ("sudachipy", "spacy", "thinc", "dask", "distributed", "pdfminer", "charset_normalizer", "reportlab",
         "jsonschema", "numpy", "tqdm", "ftfy", "pipeline.restore", "pipeline.structure", "pipeline.restore.resources")
STAGES = ("extract", "clean", "segment", "restore", "structure")


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


#: Where the measured code runs: a snapshot (see :func:`snapshot`); set by main().
TREE = ROOT


def wall(cmd: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=TREE, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - t0, proc


def snapshot(tree: Path, working: bool) -> str:
    """Copy the code under test to ``tree`` and say which code it is.

    Other people edit pipeline/ while a benchmark runs; every edit makes the
    Makefile rebuild everything (each stage depends on the code), which
    would turn the no-op measurement into a full rebuild and mix versions
    within one run. So the run uses a frozen copy: the last commit's
    pipeline/, Makefile, pyproject.toml and raw/ (or the working tree's with
    ``working``), this harness, and a link to the project's .venv. Run from
    ``tree``, ``python -m`` finds the copy's ``pipeline`` package first (the
    current directory precedes the editable install's finder).
    """
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    parts = ["pipeline", "Makefile", "pyproject.toml", "raw", "tests/reliability.py"]  # the last: bench.growth's talk
    if working:
        for part in parts:
            src = ROOT / part
            (tree / part).parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, tree / part)
        label = "working tree of " + _git("describe", "--always", "--dirty")
    else:
        archive = subprocess.run(["git", "archive", "HEAD", *parts], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        label = "commit " + _git("rev-parse", "--short", "HEAD")
    # data built at set-up, never committed (restore's word index, `make data`): the snapshot uses the built one
    for built in sorted((ROOT / "pipeline" / "data").iterdir()):
        if built.is_file() and not (tree / "pipeline" / "data" / built.name).exists():
            shutil.copy2(built, tree / "pipeline" / "data" / built.name)
    shutil.copytree(ROOT / "bench", tree / "bench", ignore=shutil.ignore_patterns("out", "__pycache__"))
    (tree / ".venv").symlink_to(ROOT / ".venv")
    # As `make` does before any stage runs (the Makefile's BYTECODE): without it, a process under
    # PYTHONDONTWRITEBYTECODE would compile every module again and the start-up figures would measure that.
    subprocess.run([PY, "-m", "compileall", "-q", str(tree / "pipeline")], check=True)
    # The set-up stamp: newer than the copy's pyproject.toml, so make never reinstalls the venv from the copy.
    (tree / ".stamp").touch()
    return label


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip() or "?"


def median_wall(cmd: list[str], runs: int) -> float:
    return statistics.median(wall(cmd)[0] for _ in range(runs))


# --------------------------------------------------------------------------
# Start-up: --help and its imports
# --------------------------------------------------------------------------


def import_times(stderr: str) -> dict[str, int]:
    """``-X importtime`` output → cumulative microseconds per top-level import.

    >>> import_times("import time: self [us] | cumulative | imported package\\n"
    ...              "import time:       120 |        340 | pipeline.cli\\n")
    {'pipeline.cli': 340}
    """
    out: dict[str, int] = {}
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            out[m.group(4)] = max(out.get(m.group(4), 0), int(m.group(2)))
    return out


def startup(runs: int) -> dict[str, Any]:
    help_s = median_wall([PY, "-m", "pipeline", "--help"], runs)
    bare_s = median_wall([PY, "-c", "pass"], runs)
    _, proc = wall([PY, "-X", "importtime", "-m", "pipeline", "--help"])
    times = import_times(proc.stderr)
    heavy = sorted(m for m in times if any(m == h or m.startswith(h + ".") for h in HEAVY))
    slowest = sorted(((us, m) for m, us in times.items() if not m.startswith("encodings")), reverse=True)[:5]
    return {"help_s": help_s, "python_bare_s": bare_s, "help_over_bare_s": help_s - bare_s,
            "heavy_imports": heavy, "slowest_imports_ms": [[m, round(us / 1000, 1)] for us, m in slowest]}


RESTORE_LINE = "国境を\ufffdえた交流を進める。\n"
LOAD_ONLY = """
import time
t0, c0 = time.perf_counter(), time.process_time()
from pipeline import glosses
from pipeline.restore import charlm, resources
resources.tokenizer(); resources.word_index(); resources.word_zipf(); glosses.glosses(); resources.calibration()
charlm.model()
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def restore_ready(runs: int) -> dict[str, Any]:
    """A restore process from its start to its first verdict: ``pipeline restore -`` on one line with one lost
    glyph (Python, imports, Sudachi, the word index, both character models, the tables, one gap decided); and,
    in a process of its own, the loading alone (imports and resources, wall-clock and CPU)."""
    import resource

    ready, ready_cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds, proc = wall([PY, "-m", "pipeline", "restore", "-"], input=RESTORE_LINE)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            return {"error": proc.stderr[-500:]}
        ready.append(seconds)
        ready_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    loads = []
    for _ in range(runs):
        _, proc = wall([PY, "-c", LOAD_ONLY])
        if proc.returncode == 0:
            loads.append([float(x) for x in proc.stdout.split()])
    return {"ready_s": statistics.median(ready), "ready_cpu_s": statistics.median(ready_cpu),
            "load_s": statistics.median(x[0] for x in loads) if loads else None,
            "load_cpu_s": statistics.median(x[1] for x in loads) if loads else None}


# --------------------------------------------------------------------------
# One process per corpus size (bench.stages)
# --------------------------------------------------------------------------


def stage_profile(raw_dir: Path, out: Path, limit: int, extras: bool) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)  # a fresh run, not an incremental one
    report = out.with_suffix(".json")
    cmd = [PY, "-m", "bench.stages", str(raw_dir), str(out), "--limit", str(limit), "--json", str(report)]
    if not extras:
        cmd.append("--no-extras")
    seconds, proc = wall(cmd)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(report.read_text(encoding="utf-8"))
    result["process_wall_s"] = seconds
    return result


# --------------------------------------------------------------------------
# Growth with the input (bench.growth)
# --------------------------------------------------------------------------


def growth(quick: bool) -> dict[str, Any]:
    cmd = [PY, "-m", "bench.growth"] + (["--small", "4", "--large", "16", "--line", "1000"] if quick else [])
    log("growth: " + " ".join(cmd[1:]))
    _, proc = wall(cmd)
    if proc.returncode != 0:
        return {"error": f"{' '.join(cmd[1:])} failed: {proc.stderr.strip().splitlines()[-1:]}"}
    return json.loads(proc.stdout)


def growth_rows(g: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Table rows for :func:`growth`'s result.

    >>> g = {"talks": {"small": 80, "large": 640, "target": 20.0, "stages": {"clean": {"small_cpu_s": 0.5,
    ...      "large_cpu_s": 4.5, "ratio": 9.0}}}, "long_lines": {"chars": [10, 100], "target": 25.0, "shapes": {}}}
    >>> growth_rows(g)[0]
    ('— clean, 640 ÷ 80 talks', '', '4.5 s ÷ 0.5 s = **9.0×**', '< 20× (linear 8×)')
    """
    if "error" in g:
        return [("growth with the input", g["error"], "", "")]
    rows = []
    t = g["talks"]
    for stage, m in t["stages"].items():
        rows.append((f"— {stage}, {t['large']} ÷ {t['small']} talks", "",
                     f"{fmt(m['large_cpu_s'])} s ÷ {fmt(m['small_cpu_s'])} s = **{m['ratio']:.1f}×**",
                     f"< {t['target']:.0f}× (linear {t['large'] / t['small']:.0f}×)"))
    ll = g["long_lines"]
    small, large = ll["chars"]
    for shape, m in ll["shapes"].items():
        rows.append((f"— clean on a long line ({shape}), {large:,} ÷ {small:,} characters", "",
                     f"{fmt(m['large_cpu_s'])} s ÷ {fmt(m['small_cpu_s'])} s = **{m['ratio']:.1f}×**",
                     f"< {ll['target']:.0f}× (linear {large / small:.0f}×)"))
    return rows


# --------------------------------------------------------------------------
# PDF extraction against bare pdfminer
# --------------------------------------------------------------------------

#: Run in the snapshot: per PDF, the best of ``runs`` CPU times of bare
#: ``extract_text`` and of the extract stage, after one warm-up of each.
_PDF_TIMER = """
import io, json, logging, sys, time
logging.disable(logging.WARNING)
from pdfminer.high_level import extract_text
from pipeline.extract.pdf import extract_pdf_file
runs = int(sys.argv[1])
rows = []
for path in sys.argv[2:]:
    data = open(path, "rb").read()
    def best(fn):
        fn()
        times = []
        for _ in range(runs):
            t0 = time.process_time(); fn(); times.append(time.process_time() - t0)
        return min(times)
    rows.append({"file": path, "bare_cpu_s": best(lambda: extract_text(io.BytesIO(data))),
                 "stage_cpu_s": best(lambda: extract_pdf_file(data, name=path))})
print(json.dumps(rows))
"""


def pdf_extract(pdfs: list[Path], runs: int) -> dict[str, Any]:
    """The extract stage's CPU time on PDFs against bare pdfminer ``extract_text`` (target: within 3x)."""
    if not pdfs:
        return {"error": "no PDFs"}
    _, proc = wall([PY, "-c", _PDF_TIMER, str(runs), *map(str, pdfs)])
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    rows = json.loads(proc.stdout)
    bare = sum(r["bare_cpu_s"] for r in rows)
    stage = sum(r["stage_cpu_s"] for r in rows)
    worst = max(rows, key=lambda r: r["stage_cpu_s"] / r["bare_cpu_s"] if r["bare_cpu_s"] else 0)
    return {"pdfs": len(rows), "bare_cpu_s": bare, "stage_cpu_s": stage, "ratio": stage / bare if bare else None,
            "worst_file": Path(worst["file"]).name,
            "worst_ratio": worst["stage_cpu_s"] / worst["bare_cpu_s"] if worst["bare_cpu_s"] else None, "files": rows}


# --------------------------------------------------------------------------
# make -j1 / -j2 / no-op
# --------------------------------------------------------------------------


def make_corpus(src: Path, dst: Path, size: int) -> Path:
    """The first ``size`` corpus files, linked into their own folder for make's RAW_DIR."""
    raw = dst / "raw"
    shutil.rmtree(dst, ignore_errors=True)
    raw.mkdir(parents=True)
    for path in sorted(p for p in src.iterdir() if p.suffix in (".txt", ".pdf"))[:size]:
        (raw / path.name).symlink_to(path.resolve())
    return raw


def make_run(raw: Path, out: Path, jobs: int, log_file: Path | None) -> tuple[float, subprocess.CompletedProcess]:
    cmd = ["make", "--no-print-directory", f"-j{jobs}", "all", f"RAW_DIR={raw}", f"OUT={out}", f"PY={PY}",
           f"STAMP={TREE / '.stamp'}"]
    if log_file is not None:
        cmd.append(f"CLI={PY} -m bench.timed {log_file}")
    return wall(cmd)


def process_stats(log_file: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in log_file.read_text().splitlines() if line.strip()]
    stats: dict[str, Any] = {}
    for stage in STAGES:
        mine = [r for r in rows if r["stage"] == stage]
        if mine:
            stats[stage] = {"processes": len(mine), "wall_median_s": statistics.median(r["wall_s"] for r in mine),
                            "wall_total_s": sum(r["wall_s"] for r in mine),
                            "cpu_median_s": statistics.median(r.get("cpu_s", 0.0) for r in mine),
                            "rss_median_mb": statistics.median(r["rss_mb"] for r in mine),
                            "rss_max_mb": max(r["rss_mb"] for r in mine),
                            "failed": sum(1 for r in mine if r["status"] != 0),
                            "heavy_imports": sorted({m for r in mine for m in r.get("heavy_imports", [])})}
    return stats


def simulated_speedup(rows: list[dict[str, Any]], jobs: int = 2) -> float | None:
    """``make -j{jobs}`` on an idle machine, modelled from the ``-j1`` processes' CPU times.

    Each document is a chain extract → clean → segment → restore → structure;
    free slots take the first ready process in file order, as make does.
    On a shared machine the measured ``-j2`` also depends on what else runs;
    this says what the build itself allows (document sizes vary, so the
    longest chain can bound it).

    >>> rows = [{"stage": s, "args": ["--talks", f"x/{d}.json"], "cpu_s": 1.0} for d in "ab" for s in STAGES]
    >>> simulated_speedup(rows)
    2.0
    """
    chains: dict[str, list[float]] = {}
    for r in rows:
        inputs = [a for a in r.get("args", []) if not a.startswith("-")]  # `restore --talks IN -o OUT`
        if r.get("stage") in STAGES and inputs:
            chains.setdefault(Path(inputs[0]).stem, []).append(r["cpu_s"] if "cpu_s" in r else r["wall_s"])
    if not chains:
        return None
    serial = sum(sum(c) for c in chains.values())
    ready = {doc: 0.0 for doc in chains}  # when the document's next process may start
    step = {doc: 0 for doc in chains}
    slots = [0.0] * jobs
    while any(step[d] < len(chains[d]) for d in chains):
        slot = min(range(jobs), key=slots.__getitem__)
        todo = [d for d in sorted(chains) if step[d] < len(chains[d])]
        doc = min(todo, key=lambda d: (max(ready[d], slots[slot]), sorted(chains).index(d)))
        start = max(ready[doc], slots[slot])
        slots[slot] = ready[doc] = start + chains[doc][step[doc]]
        step[doc] += 1
    return serial / max(slots)


def make_runs(corpus_raw: Path, out: Path, size: int, noop_runs: int) -> dict[str, Any]:
    raw = make_corpus(corpus_raw, out / "make-corpus", size)
    result: dict[str, Any] = {"documents": size}
    for jobs in (1, 2):
        target = out / f"make-j{jobs}"
        log_file = out / f"make-j{jobs}.jsonl"
        shutil.rmtree(target, ignore_errors=True)
        log_file.unlink(missing_ok=True)
        log(f"make -j{jobs} all on {size} documents")
        seconds, proc = make_run(raw, target, jobs, log_file)
        result[f"j{jobs}_s"] = seconds
        result[f"j{jobs}_status"] = proc.returncode
        result[f"j{jobs}_processes"] = process_stats(log_file)
        if proc.returncode != 0:
            result[f"j{jobs}_stderr_tail"] = proc.stderr[-1500:]
    result["speedup_j2"] = result["j1_s"] / result["j2_s"]
    j1_rows = [json.loads(line) for line in (out / "make-j1.jsonl").read_text().splitlines() if line.strip()]
    result["speedup_j2_idle_model"] = simulated_speedup(j1_rows, 2)
    # A no-op rerun: everything is up to date; only make's checks and the final status summary run.
    result["noop_s"] = statistics.median(make_run(raw, out / "make-j2", 1, None)[0] for _ in range(noop_runs))
    up_to_date = ["make", "-q", "outputs", f"RAW_DIR={raw}", f"OUT={out / 'make-j2'}", f"STAMP={TREE / '.stamp'}"]
    result["make_up_to_date"] = wall(up_to_date)[1].returncode == 0
    result["make_parse_s"] = median_wall(up_to_date, noop_runs)
    return result


# --------------------------------------------------------------------------
# Dask: the same documents through `pipeline run --executor dask`
# --------------------------------------------------------------------------

CLUSTER_START = """
import time
t0 = time.perf_counter()
from distributed import Client, LocalCluster
with LocalCluster(n_workers={workers}, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c):
    print(time.perf_counter() - t0)
"""


def dask_run(raw: Path, out: Path, workers: int, local_s: float | None) -> dict[str, Any]:
    """``pipeline run --executor dask --workers N`` on the make runs' files, and the cluster's fixed cost.

    Workers keep the stages' resources loaded from one document to the
    next, which one process per document and stage (make) cannot; the
    price is the cluster's start. ``local_s`` (the same documents in one
    local process, from the profile) turns the two into a break-even size.
    """
    try:
        import distributed  # noqa: F401
    except ImportError:
        return {"error": "dask.distributed is not installed (pip install '.[dask]')"}
    target = out / "dask-run"
    shutil.rmtree(target, ignore_errors=True)
    log(f"pipeline run --executor dask --workers {workers}")
    start_s, proc = wall([PY, "-c", CLUSTER_START.format(workers=workers)])
    cluster_s = float(proc.stdout.strip() or "nan") if proc.returncode == 0 else None
    seconds, proc = wall([PY, "-m", "pipeline", "run", "-q", "--executor", "dask", "--workers", str(workers),
                          "--out", str(target), str(raw)])
    docs = len([p for p in raw.iterdir() if p.suffix in (".txt", ".pdf")])
    result: dict[str, Any] = {"workers": workers, "documents": docs, "seconds": seconds, "status": proc.returncode,
                              "cluster_start_s": cluster_s, "local_one_process_s": local_s}
    if local_s and cluster_s is not None:
        # local: n * d;  dask: start + n * d / speedup, with the speedup measured here.
        per_doc_local = local_s / docs
        per_doc_dask = max(seconds - cluster_s, 1e-9) / docs
        gain = per_doc_local - per_doc_dask
        result["speedup_vs_local"] = local_s / seconds
        result["break_even_documents"] = cluster_s / gain if gain > 0 else None
    return result


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def growth_sizes(size: int) -> list[int]:
    """Nested corpus sizes for the growth measurement: a tenth, three tenths, all.

    >>> growth_sizes(100), growth_sizes(6), growth_sizes(2)
    ([10, 30, 100], [3, 6], [1, 2])
    """
    if size >= 20:
        return [size // 10, size * 3 // 10, size]
    return sorted({max(1, size // 2), size})


def fmt(value: Any, spec: str = ".3g") -> str:
    return "n/a" if value is None else format(value, spec)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def _rate(chars_per_s: float | None) -> str:
    return "n/a" if chars_per_s is None else f"{chars_per_s:,.0f} chars/s"


def _break_even(documents: float | None) -> str:
    """
    >>> _break_even(0.25), _break_even(37.4), _break_even(None)
    ('under 1 document', '38 documents', 'not reached')
    """
    if documents is None:
        return "not reached"
    return "under 1 document" if documents < 1 else f"{-(-documents // 1):.0f} documents"  # rounded up


BEFORE = {"per_gap": "274 / 398 ms wall, 273 / 398 ms CPU", "ready": "about 4.5 s: word index and character models built"}
"""Today's figures when issue 19 was taken up (``make bench BENCH_SIZE=16`` on commit b8be967), shown beside the new ones."""


def markdown(r: dict[str, Any]) -> str:
    """The figures as a Markdown table: measure, wall-clock, CPU time, target."""
    main = r["sizes"][-1]
    rows: list[tuple[str, str, str, str]] = []
    rows.append(("corpus", f"{main['documents']} documents, {main['bytes'] / 1e6:.1f} MB, {main['chars']:,} characters, "
                 f"{main['gaps']:,} gaps; {len(main['failed'])} refused", "", ""))
    rows.append(("all stages, one process", f"{fmt(main['total_s'])} s = {_rate(main['chars_per_s'])}",
                 f"{fmt(main['cpu_s'])} s = {_rate(main['chars'] / main['cpu_s'] if main['cpu_s'] else None)}", ""))
    for stage in STAGES:
        st = main["stages"].get(stage)
        if st:
            rows.append((f"— {stage}", f"{fmt(st['seconds'])} s = {_rate(st['chars_per_s'])}",
                         f"{fmt(st['cpu_s'])} s = {_rate(st['cpu_chars_per_s'])}", ""))
    sizes = " / ".join(str(g["documents"]) for g in r["sizes"])
    rows.append((f"time per document at {sizes} documents",
                 " / ".join(f"{fmt(g['per_doc_s'])} s" for g in r["sizes"]),
                 " / ".join(f"{fmt(g.get('per_doc_cpu_s'))} s" for g in r["sizes"]), "flat"))
    rows.append((f"time per 1000 characters at {sizes} documents",
                 " / ".join(f"{fmt(g['per_kchar_s'])} s" for g in r["sizes"]), "", "flat"))
    tok = main.get("tokenizer", {})
    if "ratio_vs_bare_fields" in tok:
        rows.append(("Japanese tokenization: structure stage ÷ bare SudachiPy, same text",
                     f"**{tok['ratio_vs_bare_fields']:.2f}** ({_rate(tok['stage_chars_per_s'])} vs "
                     f"{_rate(tok['bare_fields_chars_per_s'])} reading the same fields; "
                     f"{tok['ratio_vs_bare_tokenize']:.2f} against bare `tokenize()` alone)", "", "≥ 0.5"))
    else:
        rows.append(("Japanese tokenization ÷ bare SudachiPy", tok.get("error", "n/a"), "", "≥ 0.5"))
    gaps = main.get("restore_gaps", {})
    rows.append(("restore time per gap in the stage, median / p95",
                 f"{fmt(_ms(gaps.get('stage_per_gap_median_s')))} / {fmt(_ms(gaps.get('stage_per_gap_p95_s')))} ms",
                 f"{fmt(_ms(gaps.get('stage_per_gap_cpu_median_s')))} / {fmt(_ms(gaps.get('stage_per_gap_cpu_p95_s')))} ms",
                 f"≤ 50 ms median (before issue 19, commit b8be967: {BEFORE['per_gap']})"))
    ready = r.get("restore_ready", {})
    if "ready_s" in ready:
        rows.append(("a restore process ready: `pipeline restore -` on one line with one gap, start to verdict "
                     "(loading alone)", f"**{ready['ready_s']:.2f} s** ({fmt(ready.get('load_s'))} s)",
                     f"{fmt(ready.get('ready_cpu_s'))} s ({fmt(ready.get('load_cpu_s'))} s)",
                     f"≤ 1 s (before: {BEFORE['ready']})"))
    if "alone_per_gap_median_s" in gaps:
        rows.append((f"restore time per gap, `restore_text` on {gaps['alone_lines']} single lines, median / p95",
                     f"{fmt(_ms(gaps['alone_per_gap_median_s']))} / {fmt(_ms(gaps['alone_per_gap_p95_s']))} ms", "", ""))
    pdf = r.get("pdf_extract", {})
    if "ratio" in pdf:
        rows.append((f"PDF extract stage ÷ bare pdfminer `extract_text`, same {pdf['pdfs']} PDFs", "",
                     f"**{pdf['ratio']:.2f}×** ({fmt(pdf['stage_cpu_s'])} s vs {fmt(pdf['bare_cpu_s'])} s; "
                     f"worst {pdf['worst_file']} {pdf['worst_ratio']:.2f}×)", "≤ 3×"))
    elif pdf:
        rows.append(("PDF extract stage ÷ bare pdfminer", pdf.get("error", "n/a"), "", "≤ 3×"))
    rows.append(("peak RSS, one process running every stage", f"{main['peak_rss_mb']:.0f} MB", "", ""))
    loads = main.get("loads", {})
    rows.append(("heavy resources built in that process",
                 "; ".join(f"{k} ×{v['count']} ({', '.join(v['callers'])})" for k, v in loads.items()) or "none",
                 "", "1 each"))
    if "growth" in r:
        rows.append(("growth with the input: CPU time, large ÷ small input", "", "", ""))
        rows += growth_rows(r["growth"])
    mk = r.get("make")
    if mk:
        rows.append((f"`make all`, {mk['documents']} documents, -j1 → -j2",
                     f"{mk['j1_s']:.1f} s → {mk['j2_s']:.1f} s = **{mk['speedup_j2']:.2f}×** measured; "
                     f"{fmt(mk.get('speedup_j2_idle_model'), '.2f')}× modelled for an idle machine from the -j1 "
                     "processes' CPU times", "", "≥ 1.7×"))
        for stage, st in mk["j1_processes"].items():
            rows.append((f"— one `{stage}` process (median; peak RSS median / max; libraries imported)",
                         f"{st['wall_median_s']:.2f} s", f"{st['cpu_median_s']:.2f} s",
                         f"{st['rss_median_mb']:.0f} / {st['rss_max_mb']:.0f} MB; "
                         + (", ".join(st.get("heavy_imports", [])) or "none")))
        rows.append(("no-op `make all` (make's own check alone)", f"**{mk['noop_s']:.2f} s** ({mk['make_parse_s']:.2f} s)",
                     "", "≪ 1 s"))
    dk = r.get("dask")
    if dk and "seconds" in dk:
        rows.append((f"`pipeline run --executor dask --workers {dk['workers']}`, same {dk['documents']} documents",
                     f"{dk['seconds']:.1f} s (cluster start {fmt(dk['cluster_start_s'])} s; one local process: "
                     f"{fmt(dk['local_one_process_s'])} s)", "",
                     "break-even vs one local process: " + _break_even(dk.get("break_even_documents"))))
    st = r["startup"]
    rows.append(("`python -m pipeline --help` (bare `python -c pass`)",
                 f"**{st['help_s']:.3f} s** ({st['python_bare_s']:.3f} s)", "",
                 "≪ 1 s; heavy imports: " + (", ".join(st["heavy_imports"]) or "none")))
    env = r["machine"]
    head = (f"Measured {env['date']} on {env['cpus']} CPUs ({env['machine']}, Python {env['python']}); "
            f"load average {env['load_before']} before, {env['load_after']} after (other processes share the "
            f"machine: CPU time is the steadier figure); code: {env['code']}; the whole run took "
            f"{r.get('bench_s', 0):.0f} s.\n\n")
    table = "| measure | wall-clock | CPU | target / note |\n| --- | --- | --- | --- |\n"
    return head + table + "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows) + "\n"


PAGE_HEAD = """# Performance (`make bench`)

This page is written by `make bench` (`bench/perf.py`); edit the code, not the page, and commit the page a run
writes. `make bench BENCH_ARGS=--quick` is a smoke run that leaves the page alone.

```sh
make bench                      # 40 documents; BENCH_SIZE=8 is a shorter run
```

`make bench` builds a corpus deterministically from `raw/` under `bench/out/` (git-ignored): each document mixes one
to three talks cut from the inputs and adds damage in varied doses (lost glyphs, doubled text layers, repeated lines,
CRLF, UTF-16, a few PDFs drawn with reportlab's `HeiseiMin-W3` CID font); document *i* depends only on the inputs,
the seed and *i*, so smaller corpora are prefixes of larger ones. It measures a frozen copy of the last commit's code
and writes `bench/out/report.md` and `report.json` (every figure). Every ratio is against a floor measured in the
same run (bare SudachiPy on the same text, a bare `python -c pass`, bare pdfminer, one local process); wall-clock
targets are reported, never asserted in tests. CPU time is given beside wall-clock time because the machine is
usually shared. The restoration *accuracy* benchmark is `make bench-restore` ([restore.md](restore.md)). Changes to
restore's speed between two runs are measured against the code before them, whole processes alternated pair by pair
(a shared machine's load moves every figure; the pairs' ratio moves less): [restore.md](restore.md), "Speed".

"""


def findings(r: dict[str, Any]) -> list[str]:
    """What the figures say, derived from them (so the page never states a figure the run did not measure)."""
    main = r["sizes"][-1]
    out = []
    stages = main.get("stages", {})
    total = sum(st["cpu_s"] for st in stages.values()) or None
    if total:
        top = max(stages, key=lambda k: stages[k]["cpu_s"])
        out.append(f"**{top}** takes the most time: {stages[top]['cpu_s'] / total:.0%} of the stages' CPU time.")
    per_kchar = [g.get("per_kchar_s") for g in r["sizes"]]
    if len(per_kchar) > 1 and per_kchar[0] and per_kchar[-1]:
        ratio = per_kchar[-1] / per_kchar[0]
        out.append(f"Time per 1000 characters is {ratio:.2f}× from {r['sizes'][0]['documents']} to "
                   f"{r['sizes'][-1]['documents']} documents (the corpus's documents differ in their damage, so this "
                   "moves with what the later documents hold; the growth rows below copy one talk and measure growth "
                   "alone).")
    talks = r.get("growth", {}).get("talks", {})
    ratios = {k: v["ratio"] for k, v in talks.get("stages", {}).items() if v.get("ratio")}
    if ratios:
        worst = max(ratios, key=ratios.get)
        times = talks["large"] / talks["small"]
        out.append(f"Growth with the input: at most {ratios[worst]:.1f}× CPU ({worst}) for {times:.0f}× the talks "
                   f"(linear: {times:.0f}×; target < {talks.get('target', 20):.0f}×).")
    gaps = main.get("restore_gaps", {})
    med = gaps.get("stage_per_gap_cpu_median_s")
    if med is not None:
        out.append(f"Restore costs {med * 1000:.0f} ms CPU per gap (median; target ≤ 50 ms; before issue 19: "
                   f"{BEFORE['per_gap']}).")
    ready = r.get("restore_ready", {})
    if "ready_s" in ready:
        out.append(f"A restore process is ready in {ready['ready_s']:.2f} s (target ≤ 1 s; before: {BEFORE['ready']}).")
    mk = r.get("make")
    if mk:
        out.append(f"`make -j2` against `-j1` on {mk['documents']} documents: {mk['speedup_j2']:.2f}× measured, "
                   f"{fmt(mk.get('speedup_j2_idle_model'), '.2f')}× modelled for an idle machine (target 1.7×; "
                   "a shared machine lowers the measured figure: see the load average above).")
    return out


HAND_MEASURED = "## Measured by hand between runs"
"""The heading of docs/performance.md's part written by hand (a session's speed work measured against the code
before it): a run rewrites the page above it and keeps it."""


def hand_measured(old_page: str) -> str:
    """The part of the page written by hand, from :data:`HAND_MEASURED` on (empty without one).

    >>> hand_measured("# Performance\\n\\ntable\\n\\n## Measured by hand between runs\\n\\nnotes\\n")
    '\\n## Measured by hand between runs\\n\\nnotes\\n'
    >>> hand_measured("# Performance\\n")
    ''
    """
    at = old_page.find("\n" + HAND_MEASURED + "\n")
    return old_page[at:] if at >= 0 else ""


def page(r: dict[str, Any], table: str, kept: str = "") -> str:
    """docs/performance.md: how the run is made, its table, and what the figures say; then ``kept``, the part of
    the page written by hand (:func:`hand_measured`)."""
    said = "\n".join(f"- {line}" for line in findings(r))
    return PAGE_HEAD + table + "\nWhat the figures say:\n\n" + said + "\n" + kept


def machine(code: str) -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "machine": platform.machine(), "python": platform.python_version(),
            "code": code, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.perf", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=int(os.environ.get("BENCH_SIZE") or 40),
                        help="corpus documents (default: $BENCH_SIZE or 40)")
    parser.add_argument("--make-size", type=int, help="documents for the make runs (default: min(size, 8))")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 6 documents, 4 through make")
    parser.add_argument("--no-make", action="store_true", help="skip the make -j1/-j2 runs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="work folder (default: bench/out)")
    parser.add_argument("--working-tree", action="store_true",
                        help="measure the working tree's code (default: the last commit's)")
    args = parser.parse_args(argv)
    if args.quick:
        args.size, args.make_size = min(args.size, 6), min(args.make_size or 4, 4)
    make_size = min(args.make_size or 8, args.size)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    global TREE
    t_start = time.perf_counter()
    TREE = out / "tree"
    result: dict[str, Any] = {"machine": machine(snapshot(TREE, args.working_tree))}
    manifest = corpus.build(TREE / "raw", out / "corpus", args.size)
    corpus_raw = out / "corpus" / "raw"
    log(f"corpus: {manifest['size']} documents, {manifest['bytes'] / 1e6:.1f} MB in {corpus_raw}")
    result["startup"] = startup(3 if args.quick else 7)
    log("restore process ready time")
    result["restore_ready"] = restore_ready(3 if args.quick else 5)
    sizes = growth_sizes(args.size)
    result["sizes"] = []
    for n in sizes:
        log(f"one process, every stage, {n} documents")
        prof = stage_profile(corpus_raw, out / f"stages-{n}", n, extras=(n == sizes[-1]))
        prof.pop("docs", None) if n != sizes[-1] else None
        result["sizes"].append(prof)
    result["growth"] = growth(args.quick)
    log("PDF extraction against bare pdfminer")
    pdfs = sorted((ROOT / "tests" / "pdfs").glob("*.pdf")) + sorted(corpus_raw.glob("*.pdf"))
    result["pdf_extract"] = pdf_extract(pdfs, 1 if args.quick else 3)
    if not args.no_make:
        result["make"] = make_runs(corpus_raw, out, make_size, 3 if args.quick else 5)
        docs = result["sizes"][-1].get("docs", [])[:make_size]
        local_s = sum(d["wall"] for d in docs) if len(docs) == make_size else None
        result["dask"] = dask_run(out / "make-corpus" / "raw", out, 2, local_s)
    result["machine"]["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    result["bench_s"] = time.perf_counter() - t_start
    (out / "report.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    text = markdown(result)
    (out / "report.md").write_text(text, encoding="utf-8")
    if not args.quick and args.out.resolve() == (ROOT / "bench" / "out").resolve():
        doc = ROOT / "docs" / "performance.md"
        kept = hand_measured(doc.read_text(encoding="utf-8")) if doc.exists() else ""
        doc.write_text(page(result, text, kept), encoding="utf-8")
    print(text)
    log(f"done in {result['bench_s']:.0f} s; full figures in {out / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
