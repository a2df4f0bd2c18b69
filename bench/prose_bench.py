"""Restoration on prose of another register, as ``pipeline restore -`` does it (issue 19, point 1).

The benchmark of ``bench/restore_bench.py`` draws from software documentation and messages, the register the
character model was counted from. This script measures the restorer, unchanged and with its packaged calibration,
on Japanese prose nobody here wrote or counted: sentences are grouped into documents of ``--doc-sentences``
consecutive sentences (one sentence a line), one character or two at a time are masked (each mask alone in its
document, U+FFFD per lost character) and the document goes through :func:`pipeline.restore.restore_text`, the
function behind ``pipeline restore FILE|-``. Mask classes are the benchmark's (:func:`bench.restore_bench.eligible`):
single kanji, single kana, two adjacent letters with a kanji; drawn with a fixed seed, the same number per class.

Input (the path argument): either an IOB/MeCab-style token file (a token a line, its surface before the first tab,
a blank line between sentences; e.g. PyPI's ``hironsancorpus``, ``hironsan/corpus/iob_sents.txt``, Japanese
Wikinews sentences tagged for NER, MIT licence) or plain text, one sentence (or paragraph) a line.

    pip download --no-deps hironsancorpus -d /tmp/h && tar xzf /tmp/h/hironsancorpus-*.tar.gz -C /tmp/h
    PYTHONPATH=. .venv/bin/python -m bench.prose_bench /tmp/h/hironsancorpus-0.1.2/hironsan/corpus/iob_sents.txt \\
        --out /tmp/prose.jsonl

Prints, per class and in all: masks, committed, right of committed (precision and the lower end of its one-sided
90% Wilson interval, :data:`bench.restore_bench.WILSON_Z`), coverage (committed / masks), top-1 and top-5 (the
truth among the repair's first five candidates), then every wrong commit with its context. ``--report FILE…``
re-reads ``--out`` files without restoring anything; ``--report FILE… --screen`` prints the open gaps a looser commit
would take, by the model's p (:func:`screen`; docs/limits.md, *Session 74, cov74*).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.restore_bench import KIND_NAMES, eligible, wilson_lower  # noqa: E402
from pipeline.model import GAP  # noqa: E402

SEED = 58
DOC_SENTENCES = 50
"""Sentences a document: a news article runs to a few dozen; a larger document lends repetition more text."""
PER_CLASS = 100
CLASSES = ("kanji", "kana", "double")


def read_sentences(path: Path) -> list[str]:
    """Sentences of ``path``: tokens joined (a token file, tab after the surface) or lines (plain text).

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    ...     _ = f.write("知床\\tOTHER\\n半島\\tOTHER\\n\\nまた\\tHIRAG\\n")
    >>> read_sentences(Path(f.name)); os.unlink(f.name)
    ['知床半島', 'また']
    """
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if not any("\t" in line for line in lines[:50]):
        return [line.strip() for line in lines if line.strip()]
    sentences, tokens = [], []
    for line in lines:
        if not line.strip():
            if tokens:
                sentences.append("".join(tokens))
            tokens = []
            continue
        tokens.append(line.split("\t")[0])
    if tokens:
        sentences.append("".join(tokens))
    return sentences


def documents(sentences: list[str], size: int = DOC_SENTENCES) -> list[list[str]]:
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def draw(docs: list[list[str]], per_class: int, seed: int, classes=CLASSES) -> list[tuple[int, int, int, int, str]]:
    """``per_class`` masks of each class of ``classes``: (document, line, start, end, class), sorted."""
    rng = random.Random(seed)
    out = []
    for kind in classes:
        pool = [(d, i, a, b, kind) for d, lines in enumerate(docs) for i, a, b in eligible(lines)[kind]]
        out.extend(rng.sample(pool, min(per_class, len(pool))))
    return sorted(out)


def run_one(lines: list[str], i: int, a: int, b: int) -> dict:
    from pipeline.restore import restore_text
    masked = list(lines)
    masked[i] = lines[i][:a] + GAP * (b - a) + lines[i][b:]
    text = "\n".join(masked) + "\n"
    start = sum(len(line) + 1 for line in masked[:i]) + a
    out = restore_text(text)
    rep = next((r for r in out["repairs"] if r["start"] <= start < r["end"]), None)
    if rep is None:
        return {"status": "none", "restored": None, "candidates": [], "confidence": None, "evidence": []}
    return {"status": rep["status"], "restored": rep.get("restored"), "confidence": rep.get("confidence"),
            "candidates": [c["text"] for c in rep.get("candidates", [])],
            "evidence": rep.get("evidence", []), "span": [rep["start"], rep["end"]], "gap_start": start}


def row(name: str, recs: list[dict]) -> str:
    n = len(recs)
    com = [r for r in recs if r["status"] == "restored"]
    right = sum(r["restored"] == r["truth"] for r in com)
    top1 = sum(bool(r["candidates"]) and r["candidates"][0] == r["truth"] for r in recs)
    top5 = sum(r["truth"] in r["candidates"][:5] for r in recs)
    prec = f"{right / len(com):.3f}" if com else "–"
    return (f"| {name} | {n} | {len(com)} | {right}/{len(com)} | {prec} | {wilson_lower(right, len(com)):.3f} | "
            f"{100 * len(com) / max(1, n):.1f}% | {100 * top1 / max(1, n):.1f}% | {100 * top5 / max(1, n):.1f}% |")


def report(recs: list[dict]) -> str:
    out = ["| class | masks | committed | right | precision | Wilson lower (one-sided 90%) | coverage | top-1 | top-5 |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in CLASSES:
        out.append(row(KIND_NAMES[kind], [r for r in recs if r["kind"] == kind]))
    out.append(row("single characters", [r for r in recs if r["kind"] in ("kanji", "kana")]))
    out.append(row("**all**", recs))
    wrong = [r for r in recs if r["status"] == "restored" and r["restored"] != r["truth"]]
    out.append("")
    out.append(f"wrong commits ({len(wrong)}):")
    for r in wrong:
        out.append(f"- {r['truth']}→{r['restored']} at {r['confidence']} ({KIND_NAMES[r['kind']]}): {r['context']}")
        for e in r["evidence"]:
            out.append(f"    {e['kind']}: {e['detail']}")
    return "\n".join(out)


_MODEL_ROW = re.compile(r"p=([0-9.]+) over \d+ candidates.*?; next \S+ p=([0-9.]+)")
SCREEN_P = (0.9, 0.95)
"""The model's p from which :func:`screen` counts an open gap as the candidate class "commit the model's top fill"."""


def model_reading(rec: dict) -> tuple[str | None, float | None]:
    """(the model's top fill, its p) of an open gap's record, read from the verdict's rows (the ``open:`` row names the
    top fill, or the ``listed first`` row where a lead put another first; the ``model`` row gives p); (None, None)
    where the record holds no model row.

    >>> rec = {"candidates": ["そ"], "evidence": [{"kind": "model", "detail": "p=0.994 over 9 candidates; next こ p=0.004"},
    ...     {"kind": "model", "detail": "open: the top fill そ's confidence 0.9603 is below the commit threshold 0.9800"}]}
    >>> model_reading(rec)
    ('そ', 0.994)
    """
    p = next((float(m.group(1)) for e in rec["evidence"] if e["kind"] == "model"
              for m in [_MODEL_ROW.match(e["detail"])] if m), None)
    top = next((m.group(1) for e in rec["evidence"]
                for m in [re.match(r"open: the top fill (.+?)'s confidence", e["detail"])
                          or re.search(r"the model's top fill (\S+) read", e["detail"])] if m), None)
    if top is None and rec["candidates"]:
        top = rec["candidates"][0]
    return (top, p) if p is not None else (None, None)


def screen(recs: list[dict]) -> str:
    """The open gaps a looser commit would take (issue 19 point 1: coverage at honest precision), per class: those
    with no ``abstention`` row where the model's top fill reads p ≥ each of :data:`SCREEN_P`, right / n and the one-sided
    90% Wilson lower end; then the gaps held by an abstention row, right / n of their top fill. Records of several
    ``--out`` files count each mask once (its context and class).

    >>> open_ = {"kind": "kana", "status": "ambiguous", "truth": "こ", "context": "また[こ]れ", "candidates": ["そ"],
    ...          "evidence": [{"kind": "model", "detail": "p=0.994 over 9 candidates; next こ p=0.004"}]}
    >>> print(screen([open_, dict(open_)]).splitlines()[3])
    | single kana | 0/1 (0.000) | 0/1 (0.000) | 0/0 |
    """
    seen, rows = set(), {kind: [] for kind in CLASSES}
    for r in recs:
        if r["status"] == "restored" or (r["context"], r["kind"]) in seen:
            continue
        seen.add((r["context"], r["kind"]))
        top, p = model_reading(r)
        if p is not None:
            rows[r["kind"]].append((p, top == r["truth"], any(e["kind"] == "abstention" for e in r["evidence"])))
    out = ["| class | " + " | ".join(f"open, p ≥ {t}" for t in SCREEN_P) + " | held by an abstention |",
           "|---|" + "---:|" * (len(SCREEN_P) + 1)]
    for kind in CLASSES:
        cells = []
        for t in SCREEN_P:
            sel = [ok for p, ok, held in rows[kind] if p >= t and not held]
            cells.append(f"{sum(sel)}/{len(sel)} ({wilson_lower(sum(sel), len(sel)):.3f})")
        held = [ok for _, ok, h in rows[kind] if h]
        out.append(f"| {KIND_NAMES[kind]} | " + " | ".join(cells) + f" | {sum(held)}/{len(held)} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, nargs="?", help="token file (surface<TAB>…) or plain text, a sentence a line")
    ap.add_argument("--per-class", type=int, default=PER_CLASS)
    ap.add_argument("--doc-sentences", type=int, default=DOC_SENTENCES)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, help="write one JSON record a mask here")
    ap.add_argument("--report", type=Path, nargs="+", help="print the report of earlier --out files and stop")
    ap.add_argument("--screen", action="store_true", help="with --report: the open gaps a looser commit would take")
    ap.add_argument("--classes", default=",".join(CLASSES), help="the mask classes drawn, joined by commas")
    args = ap.parse_args(argv)
    if args.report:
        recs = [json.loads(line) for path in args.report for line in path.read_text(encoding="utf-8").splitlines()
                if line]
        print(screen(recs) if args.screen else report(recs))
        return 0
    if args.path is None:
        ap.error("a path is needed (or --report)")
    docs = documents(read_sentences(args.path), args.doc_sentences)
    masks = draw(docs, args.per_class, args.seed, tuple(args.classes.split(",")))
    recs, t0 = [], time.time()
    sink = args.out.open("w", encoding="utf-8") if args.out else None
    for k, (d, i, a, b, kind) in enumerate(masks):
        line = docs[d][i]
        rec = {"doc": d, "line": i, "start": a, "end": b, "kind": kind, "truth": line[a:b],
               "context": line[max(0, a - 15):a] + "[" + line[a:b] + "]" + line[b:b + 15]}
        rec.update(run_one(docs[d], i, a, b))
        recs.append(rec)
        if sink:
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            sink.flush()
        if (k + 1) % 25 == 0:
            print(f"{k + 1}/{len(masks)} masks, {time.time() - t0:.0f} s", file=sys.stderr)
    if sink:
        sink.close()
    print(f"{len(docs)} documents of up to {args.doc_sentences} sentences, {len(masks)} masks, seed {args.seed}")
    print(report(recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
