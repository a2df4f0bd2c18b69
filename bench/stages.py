"""Profile the pipeline stage by stage in one process, over a folder of raw files.

Runs :func:`pipeline.driver.run_one` on every file, exactly as ``pipeline run``
does, with each ``driver.step_*`` wrapped by a timer. Wrapping the steps rather
than re-implementing ``run_one`` keeps the profile true while the stages and
the CLI change under it. Also measured here, in the same process: restore
time per gap, the structure stage's Japanese tokenizer against bare
SudachiPy on the same text, how often each heavy resource was built, and
the peak RSS. Prints one JSON object.

    python -m bench.stages RAW_DIR OUT_DIR [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

from bench import loads
from pipeline.chardata import JA_LETTER_RE
from pipeline.model import GAP


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (no interpolation: a reported figure is a measured one).

    >>> percentile([4.0, 1.0, 3.0, 2.0], 0.5), percentile([4.0, 1.0, 3.0, 2.0], 0.95)
    (2.0, 4.0)
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 1))  # ceil(n * q), at least 1
    return ordered[int(rank) - 1]


def timed_steps(driver, times: dict[str, float], facts: dict[str, Any]) -> None:
    """Replace every ``driver.step_<stage>`` by a wrapper adding its wall time to ``times[stage]``
    and its CPU time to ``times[stage + "_cpu"]`` (CPU time is what other processes on a shared
    machine disturb least).

    After the extract and restore steps the wrapper also reads back the file
    just written (outside the timing) for the document's size in characters
    and its gaps: a failed document's files may be removed later on.
    """

    def wrap(stage: str, step: Callable) -> Callable:
        @functools.wraps(step)
        def timed(*args, **kwargs):
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                times[stage] = times.get(stage, 0.0) + time.perf_counter() - t0
                times[stage + "_cpu"] = times.get(stage + "_cpu", 0.0) + time.process_time() - c0
                if len(args) > 1:
                    read_facts(stage, Path(args[1]), facts)

        return timed

    for name in [n for n in dir(driver) if n.startswith("step_")]:
        setattr(driver, name, wrap(name[len("step_"):], getattr(driver, name)))


def read_facts(stage: str, written: Path, facts: dict[str, Any]) -> None:
    """Characters extracted, gaps and Japanese texts restored, from a stage file just written."""
    from pipeline.model import Extracted, Restored

    if stage not in ("extract", "restore") or not written.is_file():
        return
    data = json.loads(written.read_text(encoding="utf-8"))
    if stage == "extract":
        facts["chars"] = sum(len(line) for line in Extracted.from_json(data).lines)
        return
    rec = Restored.from_json(data)
    facts["gaps"] = sum(len(rt.repairs) for rt in rec.talks)
    facts["ja_texts"] = [p.text for rt in rec.talks for p in rt.talk.texts() if _is_japanese(p.text)]


def _is_japanese(text: str) -> bool:
    ja = len(JA_LETTER_RE.findall(text))
    return ja > 0 and ja >= sum(1 for c in text if c.isascii() and c.isalpha())


def profile_documents(raws: list[Path], out: Path) -> dict[str, Any]:
    from pipeline import driver
    from pipeline.errors import PipelineError

    stage_times: dict[str, float] = {}
    facts: dict[str, Any] = {}
    timed_steps(driver, stage_times, facts)
    docs = []
    ja_texts: list[str] = []
    t_all, c_all = time.perf_counter(), time.process_time()
    for raw in raws:
        before = dict(stage_times)
        facts.clear()
        facts.update(chars=0, gaps=0, ja_texts=[])
        t0 = time.perf_counter()
        error = None
        try:
            driver.run_one(raw, out)
        except PipelineError as exc:
            error = exc.message()
        wall = time.perf_counter() - t0
        ja_texts.extend(facts["ja_texts"])
        docs.append({"name": raw.name, "bytes": raw.stat().st_size, "wall": wall, "error": error,
                     "stages": {s: round(stage_times[s] - before.get(s, 0.0), 4) for s in stage_times},
                     "rss_mb": round(rss_mb(), 1), "chars": facts["chars"], "gaps": facts["gaps"]})
    total, cpu = time.perf_counter() - t_all, time.process_time() - c_all
    return {"docs": docs, "total": total, "cpu": cpu, "stage_totals": stage_times, "ja_texts": ja_texts}


def restore_per_gap(docs: list[dict[str, Any]], raws: list[Path], limit: int = 200) -> dict[str, Any]:
    """Restore time per gap, two ways.

    *In the stage*: each document's restore-stage time divided by its gaps
    (median and p95 over documents with gaps). *Alone*: ``restore_text`` on
    single lines holding gaps (the ``pipeline restore -`` path), after one
    warm-up call that loads the resources, which is timed on its own.
    """
    with_gaps = [d for d in docs if d.get("gaps") and "restore" in d["stages"]]
    per_doc = [d["stages"]["restore"] / d["gaps"] for d in with_gaps]
    per_doc_cpu = [d["stages"]["restore_cpu"] / d["gaps"] for d in with_gaps]
    lines: list[str] = []
    for raw in raws:
        if raw.suffix == ".txt" and len(lines) < limit:
            data = raw.read_bytes()
            text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8", "replace")
            lines.extend(line.strip() for line in text.splitlines() if GAP in line and line.strip(GAP + " "))
    lines = lines[:limit]
    result: dict[str, Any] = {
        "stage_per_gap_median_s": percentile(per_doc, 0.5),
        "stage_per_gap_p95_s": percentile(per_doc, 0.95),
        "stage_per_gap_cpu_median_s": percentile(per_doc_cpu, 0.5),
        "stage_per_gap_cpu_p95_s": percentile(per_doc_cpu, 0.95),
        "docs_with_gaps": len(per_doc),
    }
    try:
        from pipeline.restore import restore_text
    except ImportError as exc:  # the stage is being rewritten; report rather than crash
        result["alone_error"] = str(exc)
        return result
    if not lines:
        return result
    t0 = time.perf_counter()
    restore_text(lines[0])
    result["warmup_s"] = time.perf_counter() - t0
    per_gap = []
    for line in lines:
        gaps = sum(1 for i, c in enumerate(line) if c == GAP and (i == 0 or line[i - 1] != GAP))
        t0 = time.perf_counter()
        restore_text(line)
        per_gap.append((time.perf_counter() - t0) / gaps)
    result.update(alone_lines=len(lines), alone_per_gap_median_s=percentile(per_gap, 0.5),
                  alone_per_gap_p95_s=percentile(per_gap, 0.95))
    return result


def tokenizer_ratio(texts: list[str], repeat: int = 3, max_chars: int = 150_000) -> dict[str, Any]:
    """The structure stage's Japanese tokenizer against bare SudachiPy on the same texts.

    Bare SudachiPy is the floor: mode C, one ``tokenize`` call per text,
    reading the fields the stage outputs (surface, dictionary and normalised
    form, reading, part of speech, offsets). The best of ``repeat`` rounds
    is kept for both, so that other processes on the machine bias neither;
    the first ``max_chars`` characters of text are enough for a steady rate.
    """
    try:
        from pipeline.structure import tokenize_ja
    except ImportError as exc:
        return {"error": f"no pipeline.structure.tokenize_ja ({exc})"}
    from sudachipy import Dictionary, SplitMode

    limit = getattr(tokenize_ja, "MAX_BYTES", 49149)
    texts = [t for t in texts if len(t.encode("utf-8")) <= limit]
    kept, chars = [], 0
    for text in texts:  # enough text for a steady rate; more only lengthens the run
        if chars >= max_chars:
            break
        kept.append(text)
        chars += len(text)
    texts = kept
    if not chars:
        return {"error": "no Japanese text in the restore outputs"}
    bare_tok = Dictionary().tokenizer(mode=SplitMode.C)  # built after the stage's counts were taken

    def bare_fields():
        for text in texts:
            for m in bare_tok.tokenize(text):
                (m.surface(), m.dictionary_form(), m.normalized_form(), m.reading_form(), m.part_of_speech(),
                 m.begin(), m.end())

    def bare_tokenize():
        for text in texts:
            bare_tok.tokenize(text)

    def stage():
        for text in texts:
            tokenize_ja.tokenize(text)

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    stage()  # warm-up: the stage's own dictionary load is not tokenization
    t_stage, t_fields, t_bare = best(stage), best(bare_fields), best(bare_tokenize)
    return {
        "texts": len(texts),
        "chars": chars,
        "stage_chars_per_s": chars / t_stage,
        "bare_fields_chars_per_s": chars / t_fields,
        "bare_tokenize_chars_per_s": chars / t_bare,
        "ratio_vs_bare_fields": t_fields / t_stage,
        "ratio_vs_bare_tokenize": t_bare / t_stage,
    }


def summarize(prof: dict[str, Any]) -> dict[str, Any]:
    docs = prof["docs"]
    chars = sum(d["chars"] for d in docs)
    ok = [d for d in docs if not d["error"]]
    totals = prof["stage_totals"]
    stages = {
        s: {"seconds": t, "chars_per_s": chars / t if t else None, "cpu_s": totals.get(s + "_cpu"),
            "cpu_chars_per_s": chars / totals[s + "_cpu"] if totals.get(s + "_cpu") else None}
        for s, t in totals.items() if not s.endswith("_cpu")
    }
    return {
        "documents": len(docs),
        "failed": [d["name"] + ": " + d["error"] for d in docs if d["error"]],
        "bytes": sum(d["bytes"] for d in docs),
        "chars": chars,
        "gaps": sum(d["gaps"] for d in docs),
        "total_s": prof["total"],
        "cpu_s": prof["cpu"],
        "per_doc_cpu_s": prof["cpu"] / len(docs) if docs else None,
        "chars_per_s": chars / prof["total"] if prof["total"] else None,
        "per_doc_s": prof["total"] / len(docs) if docs else None,
        "per_doc_median_s": statistics.median(d["wall"] for d in ok) if ok else None,
        "per_kchar_s": prof["total"] / chars * 1000 if chars else None,
        "stages": stages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--limit", type=int, help="only the first N files")
    parser.add_argument("--no-extras", action="store_true", help="skip the per-gap and tokenizer measurements")
    parser.add_argument("--json", type=Path, help="write the result here too")
    args = parser.parse_args(argv)

    loads.install()  # before any stage import, so every construction is counted
    t0 = time.perf_counter()
    import pipeline.cli  # noqa: F401  (import cost, as a batch run pays it)

    import_s = time.perf_counter() - t0
    raws = sorted(p for p in args.raw_dir.iterdir() if p.suffix in (".txt", ".pdf"))[: args.limit]
    prof = profile_documents(raws, args.out_dir)
    result: dict[str, Any] = {"import_cli_s": import_s, **summarize(prof),
                              "loads": loads.snapshot(), "peak_rss_mb": rss_mb(),
                              "docs": [{k: v for k, v in d.items()} for d in prof["docs"]]}
    if not args.no_extras:
        result["restore_gaps"] = restore_per_gap(prof["docs"], raws)
        result["tokenizer"] = tokenizer_ratio(prof["ja_texts"])
        result["peak_rss_mb_after_extras"] = rss_mb()
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
