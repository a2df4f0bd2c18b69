"""Restoration benchmark: mask characters in clean Japanese text, restore them, measure.

Corpora (never committed, read where they are):

- the intact Japanese lines of ``raw/*.txt`` (one document per file);
- Debian's ``manpages-ja`` (installed with apt-get when missing), one
  document per man page, roff markup stripped here.

Masks are drawn with a fixed seed: single kanji, single kana, two adjacent
characters (kanji-heavy), and heading/list numbers with their separators. Each
mask is restored with the same providers as the pipeline, the "document" for
repetition being the masked text's own document.

Documents are split in two by a hash of their name: the *calibration* half
fits the scoring weights (a conditional logit over each gap's candidates),
and, per gap class (one lost character, several), the isotonic map from
model probability to observed accuracy and the commit threshold (chosen
together across classes: the most commits with all of them right ≥ 96% at the
lower end of a one-sided 90% Wilson interval and each class's right ≥ 96% as
counted, :func:`choose_thresholds`), both on out-of-fold verdicts (the half split
again, each fold judged by weights fitted on the other); the *report* half is
where every number printed is measured. In the same
run a naive baseline fills each masked character with whichever of the 3000
most common characters gives the lowest Sudachi path cost; its coverage at
precision ≥ 0.95 is measured with the gap between its best and second-best
cost as its confidence.

    .venv/bin/python bench/restore_bench.py              # measure with the packaged calibration
    .venv/bin/python bench/restore_bench.py --calibrate  # refit, write pipeline/data/restore_calibration.json, measure
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import math
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.restore import charlm, resources, scoring  # noqa: E402
from pipeline.restore.evidence import abstention  # noqa: E402
from pipeline.chardata import JA_LETTER, KANA_RE as KANA, KANJI_RE as KANJI, JA_LETTER_RE as JA_CHAR  # noqa: E402
from pipeline.restore.evidence.base import Document, Line, Site  # noqa: E402
from pipeline.model import GAP  # noqa: E402
from pipeline.restore import NUMBERING_CONFIDENCE, Restorer  # noqa: E402

SEED = 20261128
MANPAGES = Path("/usr/share/man/ja")
HEADING = re.compile(r"^\s*([0-9０-９]{1,2})([．.])\s?" f"(?=[{JA_LETTER}])")
TARGET_PRECISION = 0.95
MIN_SHOWN = 30
"""Calibration gaps a feature must appear in (for some candidate) before its weight is fitted."""
CALIBRATION_TARGET = 0.96
"""Precision the threshold is chosen for on the calibration half: one point above the target, because
the report half's documents came out about a point lower than the calibration half's in trials (the
halves hold different man pages and different stretches of raw/)."""
WILSON_Z = 1.2816
"""One-sided 90%: stricter and the threshold overfits the other way (commits almost nothing)."""
BASELINE_CHARS = 3000
MIX = {"kanji": 0.40, "kana": 0.20, "double": 0.30, "heading": 0.10}


# --------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------


def ensure_manpages() -> bool:
    """Install manpages-ja with apt-get when it is missing (root on Debian); False when impossible."""
    if MANPAGES.is_dir() and any(MANPAGES.glob("man1/*.gz")):
        return True
    if shutil.which("apt-get") is None:
        return False
    print("restore_bench: installing manpages-ja (apt-get)…", file=sys.stderr)
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "manpages-ja"]):
        if subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode:
            return False
    return MANPAGES.is_dir()


_ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\*(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\((em|en|hy)"), "-"),
    (re.compile(r"\\\(..|\\\[[^\]]*\]"), ""),
    (re.compile(r"\\[-]"), "-"),
    (re.compile(r"\\[e\\]"), "\\\\"),
    (re.compile(r"\\[&,/|^:%]"), ""),
    (re.compile(r"\\ "), " "),
    (re.compile(r"\\s[+-]?\d"), ""),
]
_KEEP_REQUESTS = re.compile(r"^\.(SH|SS|B|I|BR|RB|BI|IB|IR|RI|SM|SB)\s+(.*)$")


def roff_to_text(source: str) -> list[str]:
    """The text lines of a man page: requests dropped (their text kept for font and heading requests),
    escapes removed; ``.IP 1.`` list items written as ``1. item``."""
    lines: list[str] = []
    pending = ""
    for raw in source.splitlines():
        if raw.startswith(('.\\"', "'\\\"", '.\\}', "'")):
            continue
        if raw.startswith("."):
            m = _KEEP_REQUESTS.match(raw)
            ip = re.match(r'^\.IP\s+"?([0-9]{1,2}\.)"?', raw)
            if ip:
                pending = ip.group(1) + " "
                continue
            if not m:
                continue
            raw = m.group(2).replace('"', "")
        for pattern, repl in _ESCAPES:
            raw = pattern.sub(repl, raw)
        raw = raw.strip()
        if raw:
            lines.append(pending + raw)
            pending = ""
    return lines


def load_corpus() -> dict[str, list[str]]:
    """Document name → its lines (Japanese lines only matter; the rest is context)."""
    docs: dict[str, list[str]] = {}
    for path in sorted((ROOT / "raw").glob("*.txt")):
        docs[f"raw/{path.name}"] = path.read_text(encoding="utf-8").splitlines()
    if ensure_manpages():
        for path in sorted(MANPAGES.glob("man*/*.gz")):
            try:
                text = gzip.decompress(path.read_bytes()).decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            lines = roff_to_text(text)
            if sum(len(JA_CHAR.findall(ln)) for ln in lines) >= 200:
                docs[f"manpages-ja/{path.parent.name}/{path.name}"] = lines
    else:
        print("restore_bench: manpages-ja unavailable; measuring on raw/ only", file=sys.stderr)
    return docs


def _part(name: str, line: int) -> str:
    """What the halves are split by: a man page whole; raw/ files (few, long) by blocks of 40 lines."""
    return f"{name}:{line // 40}" if name.startswith("raw/") else name


def split_of(name: str) -> str:
    """``calibration`` or ``report``: a stable hash of the document name, so the halves never mix."""
    return "calibration" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "report"


# --------------------------------------------------------------------------
# Masks
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Mask:
    doc: str
    line: int  # index into the document's lines
    start: int
    end: int
    kind: str  # kanji | kana | double | heading

    def truth(self, docs) -> str:
        return docs[self.doc][self.line][self.start:self.end]


def _eligible(doc: str, lines: list[str]):
    """Candidate mask spans of a document by kind (lines with lost glyphs are never masked)."""
    spans: dict[str, list[tuple[int, int, int]]] = {k: [] for k in MIX}
    for i, text in enumerate(lines):
        if GAP in text or len(JA_CHAR.findall(text)) < 6:
            continue
        m = HEADING.match(text)
        if m:
            spans["heading"].append((i, m.start(1), m.end(2)))
            spans["heading"].append((i, m.start(2), m.end(2)))
        for j, ch in enumerate(text):
            if KANJI.match(ch):
                spans["kanji"].append((i, j, j + 1))
            elif KANA.match(ch):
                spans["kana"].append((i, j, j + 1))
            if j + 1 < len(text) and JA_CHAR.match(ch) and JA_CHAR.match(text[j + 1]) and (
                    KANJI.match(ch) or KANJI.match(text[j + 1])):
                spans["double"].append((i, j, j + 2))
    return spans


def draw_masks(docs: dict[str, list[str]], per_split: int, rng: random.Random) -> dict[str, list[Mask]]:
    """``per_split`` masks per half, spread over documents, in the proportions of :data:`MIX`."""
    out: dict[str, list[Mask]] = {"calibration": [], "report": []}
    pools: dict[str, dict[str, list[Mask]]] = {s: {k: [] for k in MIX} for s in out}
    for name in sorted(docs):
        spans = _eligible(name, docs[name])
        for kind, items in spans.items():
            # a few per document and kind, so no single long page dominates
            cap = 12 if kind != "heading" else 6
            if name.startswith("raw/"):
                cap *= 10  # the sample itself is one long document
            for i, a, b in rng.sample(items, min(len(items), cap)):
                pools[split_of(_part(name, i))][kind].append(Mask(name, i, a, b, kind))
    for split, by_kind in pools.items():
        for kind, share in MIX.items():
            # a quarter from raw/ (the kind of text the pipeline is for), the rest from the man pages
            raw = [m for m in by_kind[kind] if m.doc.startswith("raw/")]
            other = [m for m in by_kind[kind] if not m.doc.startswith("raw/")]
            want = round(per_split * share)
            take_raw = rng.sample(raw, min(len(raw), want // 4))
            out[split].extend(take_raw + rng.sample(other, min(len(other), want - len(take_raw))))
        out[split].sort(key=lambda m: (m.doc, m.line, m.start))
    return out


# --------------------------------------------------------------------------
# Running the restorer on one mask
# --------------------------------------------------------------------------


@dataclass
class Outcome:
    mask: Mask
    truth: str
    numbering: str | None = None  # the fill numbering claimed (a prefix), if any
    fills: list[str] = field(default_factory=list)  # candidates of the remaining site
    vectors: list[list[float]] = field(default_factory=list)
    abstained: bool = False
    rest_truth: str = ""
    unsupported: list[bool] = field(default_factory=list)


def run_mask(mask: Mask, docs) -> Outcome:
    lines = docs[mask.doc]
    text = lines[mask.line]
    truth = text[mask.start:mask.end]
    masked = text[:mask.start] + GAP * (mask.end - mask.start) + text[mask.end:]
    doc_lines = [Line(masked if i == mask.line else t, i + 1) for i, t in enumerate(lines)]
    restorer = Restorer(Document.of_lines(doc_lines))
    out = Outcome(mask, truth)
    if abstention.is_person_name(masked[:mask.start], masked[mask.end:]) or abstention.is_talk_number_line(masked):
        out.abstained = True
        return out
    site = Site(masked, mask.start, mask.end, mask.line + 1)
    claim = restorer.numbering.propose(site)
    if claim is not None:
        out.numbering = claim.fill
        cut = mask.start + len(claim.fill)
        if cut == mask.end:
            return out
        masked = masked[:mask.start] + claim.fill + masked[cut:]
        site = Site(masked, cut, mask.end, mask.line + 1)
    out.rest_truth = text[site.start:site.end]
    pool, _ = restorer.scored_pool(site)
    out.fills = list(pool.features)
    out.vectors = [scoring.feature_vector(pool.features[f]) for f in out.fills]
    # a punctuation mark only the path cost favours is never committed (see restore.py)
    out.unsupported = [pool.reading_only(f) for f in out.fills]
    return out


_DOCS: dict[str, list[str]] = {}
"""The corpus, set before the worker processes fork (they read it, never write it)."""


def _run_in_worker(mask: Mask) -> Outcome:
    return run_mask(mask, _DOCS)


def run_masks(masks: list[Mask], docs, jobs: int) -> list[Outcome]:
    """:func:`run_mask` over ``masks``, in ``jobs`` forked processes; outcomes in the order of ``masks``.

    The dictionary index and the character model are loaded before the fork, so
    the workers share them instead of each loading its own. Every mask builds
    its own restorer, so the outcome does not depend on which worker ran it.
    """
    if jobs <= 1 or len(masks) < 2:
        return [run_mask(m, docs) for m in masks]
    global _DOCS
    _DOCS = docs
    resources.word_index()
    charlm.model()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(_run_in_worker, masks, chunksize=8)


# --------------------------------------------------------------------------
# Model fit and calibration
# --------------------------------------------------------------------------


def fit_weights(outcomes: list[Outcome], start: dict[str, float], steps: int = 1500) -> dict[str, float]:
    """Conditional-logit weights: gradient ascent (Adam) on the log-likelihood of the true fill, L2-regularised."""
    import numpy as np

    groups = [(np.array(o.vectors), o.fills.index(o.rest_truth)) for o in outcomes
              if o.fills and o.rest_truth in o.fills and len(o.fills) > 1]
    if not groups:
        return dict(start)
    x = np.concatenate([g for g, _ in groups])
    sizes = np.array([len(g) for g, _ in groups])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    truth = x[offsets + np.array([t for _, t in groups])]
    gid = np.repeat(np.arange(len(groups)), sizes)
    w = np.array([start.get(n, 0.0) for n in scoring.FEATURES], dtype=float)
    # a feature that few calibration gaps show (numbering, bilingual: their evidence is rare
    # in running text) keeps its prior weight instead of being fitted to a handful of cases
    shown = np.add.reduceat((x != 0).astype(float), offsets) > 0
    seen = shown.sum(axis=0) >= MIN_SHOWN
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, l2 = 0.05, 0.001
    for step in range(1, steps + 1):
        s = x @ w
        s_max = np.maximum.reduceat(s, offsets)
        e = np.exp(s - s_max[gid])
        z = np.add.reduceat(e, offsets)
        p = e / z[gid]
        expected = np.add.reduceat(p[:, None] * x, offsets)
        grad = ((truth - expected).mean(axis=0) - l2 * w) * seen
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w += lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {n: round(float(val), 4) for n, val in zip(scoring.FEATURES, w)}


def isotonic(points: list[tuple[float, int]]) -> list[list[float]]:
    """Pool-adjacent-violators: ``[lower bound of p, accuracy]`` bins, accuracy non-decreasing in p.

    Each bin's accuracy is Laplace-smoothed ((right + 1) / (n + 2)): the top bin is
    where PAV gathers the luckiest masks, and 40 right out of 40 there is no 100%.

    >>> isotonic([(0.1, 0), (0.2, 1), (0.3, 0), (0.9, 1), (0.95, 1)])
    [[0.1, 0.3333], [0.2, 0.5], [0.9, 0.75]]
    """
    pts = sorted(points)
    blocks: list[list[float]] = []  # [low p, sum correct, count]
    for p, ok in pts:
        blocks.append([p, float(ok), 1.0])
        # equal neighbours merge too: one block of 40 right of 40 is smoothed as such, not as 40 of one
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            low, s, c = blocks.pop(-2)
            blocks[-1] = [low, blocks[-1][1] + s, blocks[-1][2] + c]
    smoothed = [[low, (right + 1) / (count + 2)] for low, right, count in blocks]
    for i in range(len(smoothed) - 2, -1, -1):
        # smoothing pulls small bins towards a half: keep the map non-decreasing
        smoothed[i][1] = min(smoothed[i][1], smoothed[i + 1][1])
    bins: list[list[float]] = []
    for low, acc in smoothed:
        acc = round(acc, 4)
        if not bins or bins[-1][1] != acc:
            bins.append([round(low, 4), acc])
    return bins


@dataclass
class Verdict:
    mask: Mask
    correct_top: bool
    top5: bool
    committed: bool
    confidence: float
    fill: str | None
    klass: str = ""  # gap class of the decided part (scoring.gap_class)


def gap_class(o: Outcome) -> str:
    """The calibration class of what the restorer decides for this mask (the part numbering left open)."""
    return scoring.gap_class(len(o.rest_truth) if o.rest_truth else len(o.truth))


def judge(o: Outcome, model: scoring.Model, numbering_confidence) -> Verdict:
    """What the restorer would do with this mask, and whether it is right."""
    if o.abstained:
        return Verdict(o.mask, False, False, False, 0.0, None)
    prefix = o.numbering or ""
    if o.numbering is not None and not o.rest_truth and not o.fills:
        # numbering's claims are committed as they stand (restore.py)
        ok = o.numbering == o.truth
        return Verdict(o.mask, ok, ok, True, numbering_confidence, o.numbering)
    if not o.fills:
        return Verdict(o.mask, False, False, False, 0.0, None)
    length = len(o.rest_truth)
    w = [model.weights.get(n, 0.0) for n in scoring.FEATURES]
    scores = [sum(a * b for a, b in zip(w, v)) for v in o.vectors]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    ranked = sorted(zip(o.fills, [e / total for e in exps], o.unsupported), key=lambda t: (-t[1], t[0]))
    fill, p, unsupported = ranked[0]
    conf = model.confidence(p, length)
    if o.numbering is not None:
        conf = min(conf, numbering_confidence)
    full = prefix + fill
    committed = conf >= model.threshold(length) and not unsupported
    in5 = any(prefix + f == o.truth for f, _, _ in ranked[:5])
    return Verdict(o.mask, full == o.truth, in5, committed, conf, full, scoring.gap_class(length))


def wilson_lower(right: int, n: int, z: float = 1.645) -> float:
    """Lower end of the Wilson interval for a proportion (one-sided 95%).

    >>> round(wilson_lower(100, 100), 3), round(wilson_lower(19, 20), 3)
    (0.974, 0.804)
    """
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


NEVER = 1.01
"""A threshold no confidence reaches: the class commits nothing."""


def cuts(verdicts: list[Verdict]) -> list[tuple[float, int, int]]:
    """``(threshold, committed, right)`` for every distinct confidence, highest first, after committing nothing.

    >>> vs = [Verdict(None, ok, ok, False, c, "x") for ok, c in [(True, 0.9), (False, 0.5), (True, 0.9)]]
    >>> cuts(vs)
    [(1.01, 0, 0), (0.9, 2, 2), (0.5, 3, 2)]
    """
    ranked = sorted((v for v in verdicts if v.fill is not None), key=lambda v: -v.confidence)
    out = [(NEVER, 0, 0)]
    right = 0
    for i, v in enumerate(ranked):
        right += v.correct_top
        if i + 1 == len(ranked) or round(ranked[i + 1].confidence, 4) < round(v.confidence, 4):
            out.append((round(v.confidence, 4), i + 1, right))
    return out


def choose_thresholds(by_class: dict[str, list[Verdict]], target: float = TARGET_PRECISION) -> dict[str, float]:
    """One commit threshold per gap class, chosen together: the most commits such that everything
    committed is right ≥ ``target`` at the lower end of a one-sided 90% Wilson interval on the
    calibration half, and each class's own commits are right ≥ ``target`` as counted.

    Chosen class by class, the Wilson bound asks for more lucky masks than the rarer class (lost
    pairs: a few dozen confident ones in the half) can show, and that class would commit nothing
    however reliable its top bin; the bound on all commits together keeps the promise the issue makes
    (committed fills right 95% of the time) without that. A cut chosen on a few lucky masks must not
    pass for one that holds on unseen text: hence the bound, and ``target`` one point above 95%.

    >>> good = [Verdict(None, True, True, False, 0.99, "x")] * 60 + [Verdict(None, False, False, False, 0.5, "x")] * 9
    >>> pairs = [Verdict(None, True, True, False, 0.98, "x")] * 20 + [Verdict(None, False, False, False, 0.4, "x")] * 5
    >>> choose_thresholds({"single": good, "multi": pairs}, 0.96)
    {'single': 0.99, 'multi': 0.98}
    """
    classes = list(by_class)
    options = {k: [c for c in cuts(by_class[k]) if not c[1] or c[2] / c[1] >= target] for k in classes}
    best: tuple | None = None
    for combo in itertools.product(*(options[k] for k in classes)):
        n = sum(c[1] for c in combo)
        right = sum(c[2] for c in combo)
        if n and wilson_lower(right, n, z=WILSON_Z) >= target:
            # most commits; among equals the stricter thresholds
            key = (n, tuple(c[0] for c in combo))
            if best is None or key > best[0]:
                best = (key, combo)
    if best is None:
        return {k: NEVER for k in classes}
    return {k: c[0] for k, c in zip(classes, best[1])}


# --------------------------------------------------------------------------
# Baseline
# --------------------------------------------------------------------------


def baseline_chars() -> list[str]:
    zipf = resources.char_zipf()
    return [c for c, _ in sorted(zipf.items(), key=lambda kv: (-kv[1], kv[0])) if JA_CHAR.match(c)][:BASELINE_CHARS]


def run_baseline(mask: Mask, docs, chars: list[str]) -> tuple[bool, float]:
    """Fill each masked character, left to right, with the lowest-cost common character.

    Returns whether the whole fill is right and its confidence (the smallest
    cost gap between best and second best over the masked characters).
    """
    text = docs[mask.doc][mask.line]
    truth = text[mask.start:mask.end]
    work = text[:mask.start] + GAP * (mask.end - mask.start) + text[mask.end:]
    margin = math.inf
    for pos in range(mask.start, mask.end):
        site = Site(work, pos, pos + 1)
        costs = sorted((resources.path_cost(site.window(c, 6)), c) for c in chars)
        margin = min(margin, costs[1][0] - costs[0][0])
        work = work[:pos] + costs[0][1] + work[pos + 1:]
    return work[mask.start:mask.end] == truth, float(margin)


def coverage_at_precision(results: list[tuple[bool, float]], target: float = TARGET_PRECISION) -> float:
    """The largest share of masks that, taken by confidence from the top, are right ≥ ``target``."""
    ranked = sorted(results, key=lambda r: -r[1])
    best = 0
    right = 0
    for n, (ok, _) in enumerate(ranked, start=1):
        right += ok
        if right / n >= target:
            best = n
    return best / len(results) if results else 0.0


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def summary(verdicts: list[Verdict]) -> dict[str, float]:
    n = len(verdicts)
    committed = [v for v in verdicts if v.committed]
    return {
        "masks": n,
        "committed": len(committed),
        "precision": sum(v.correct_top for v in committed) / len(committed) if committed else float("nan"),
        "coverage": len(committed) / n if n else 0.0,
        "top1": sum(v.correct_top for v in verdicts) / n if n else 0.0,
        "top5": sum(v.top5 for v in verdicts) / n if n else 0.0,
    }


def print_report(verdicts: list[Verdict], base: dict[str, list[tuple[bool, float]]], thresholds: dict[str, float],
                 out) -> None:
    def row(name, vs, bres):
        s = summary(vs)
        bcov = coverage_at_precision(bres) if bres else float("nan")
        btop = sum(ok for ok, _ in bres) / len(bres) if bres else float("nan")
        ratio = s["coverage"] / bcov if bres and bcov else float("inf")
        print(f"| {name:<13} | {s['masks']:5d} | {s['precision']:.3f} | {_pct(s['coverage'])} | {_pct(s['top1'])} | "
              f"{_pct(s['top5'])} | {_pct(btop)} | {_pct(bcov)} | {ratio:5.1f}× |", file=out)

    said = ", ".join(f"{k} {t:.3f}" for k, t in thresholds.items())
    print(f"\ncommit thresholds (calibrated confidence, per gap class): {said}\n", file=out)
    print("| masks         |     n | committed precision | coverage | top-1 | top-5 | baseline top-1 | baseline coverage @0.95 | coverage ratio |", file=out)
    print("|---------------|------:|------:|------:|------:|------:|------:|------:|------:|", file=out)
    kinds = ["kanji", "kana", "double", "heading"]
    row("all", verdicts, [r for k in kinds for r in base.get(k, [])])
    for k in kinds:
        row(k, [v for v in verdicts if v.mask.kind == k], base.get(k, []))
    for src in ("raw/", "manpages-ja/"):
        vs = [v for v in verdicts if v.mask.doc.startswith(src)]
        if vs:
            s = summary(vs)
            print(f"| {src:<13} | {s['masks']:5d} | {s['precision']:.3f} | {_pct(s['coverage'])} | {_pct(s['top1'])} | "
                  f"{_pct(s['top5'])} |  |  |  |", file=out)
    print("\ncalibration (report half): confidence bin → observed accuracy of the top fill, per gap class "
          "(numbering's own claims left out)\n", file=out)
    print("| gap class | confidence | n | mean confidence | observed accuracy |", file=out)
    print("|---|-----------|---:|---:|---:|", file=out)
    edges = [0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001]
    for klass in scoring.GAP_CLASSES:
        for lo, hi in zip(edges, edges[1:]):
            vs = [v for v in verdicts if v.fill is not None and v.klass == klass and lo <= v.confidence < hi]
            if vs:
                mean = sum(v.confidence for v in vs) / len(vs)
                acc = sum(v.correct_top for v in vs) / len(vs)
                print(f"| {klass} | {lo:.2f}–{min(hi, 1.0):.2f} | {len(vs)} | {mean:.3f} | {acc:.3f} |", file=out)


def fold_of(mask: Mask) -> int:
    """0 or 1: the calibration half split again by document, for cross-fitting."""
    return hashlib.sha256(("fold:" + _part(mask.doc, mask.line)).encode()).digest()[0] % 2


def out_of_fold(outcomes: list[Outcome]) -> list[Verdict]:
    """Each calibration mask judged (uncalibrated) by weights fitted on the other fold only.

    Calibrating on the very masks the weights were fitted on makes every
    probability look more reliable than it is on unseen text: the map from
    probability to accuracy and the threshold are fitted on these verdicts instead.
    """
    verdicts: dict[int, Verdict] = {}
    for fold in (0, 1):
        train = [o for o in outcomes if fold_of(o.mask) != fold]
        model = scoring.Model(fit_weights(train, scoring.DEFAULT_WEIGHTS), {}, {k: 2.0 for k in scoring.GAP_CLASSES})
        for i, o in enumerate(outcomes):
            if fold_of(o.mask) == fold:
                verdicts[i] = judge(o, model, NUMBERING_CONFIDENCE)
    return [verdicts[i] for i in range(len(outcomes))]


def calibrate(outcomes: list[Outcome]) -> None:
    """Fit the weights on the calibration half; per gap class, the isotonic calibration and the commit
    threshold on out-of-fold verdicts of the same half (:func:`out_of_fold`); write them to the package data."""
    weights = fit_weights(outcomes, scoring.DEFAULT_WEIGHTS)
    raw = out_of_fold(outcomes)
    # numbering's own claims are committed whatever the model says: they calibrate nothing here
    decided = [(v, gap_class(o)) for v, o in zip(raw, outcomes) if v.fill is not None and o.fills]
    num = [v for v, o in zip(raw, outcomes) if o.numbering is not None and not o.fills]
    num_conf = round(sum(v.correct_top for v in num) / len(num), 4) if num else NUMBERING_CONFIDENCE
    bins = {k: isotonic([(v.confidence, int(v.correct_top)) for v, c in decided if c == k]) for k in scoring.GAP_CLASSES}
    cal = [(replace(v, confidence=scoring.calibrate(v.confidence, bins[c])), c) for v, c in decided]
    thresholds = choose_thresholds({k: [v for v, c in cal if c == k] for k in scoring.GAP_CLASSES}, CALIBRATION_TARGET)
    classes = {k: {"bins": bins[k], "threshold": thresholds[k], "masks": sum(c == k for _, c in cal)}
               for k in scoring.GAP_CLASSES}
    params = {
        "about": "written by bench/restore_bench.py --calibrate from the calibration half of its masked corpus "
                 "(intact Japanese of raw/ and manpages-ja); weights of pipeline.restore.scoring.FEATURES; per gap class "
                 "(one lost character, several) isotonic bins [lower model probability, observed accuracy] and "
                 "the commit threshold for >= 95% precision",
        "seed": SEED,
        "masks": len(outcomes),
        "weights": weights,
        "classes": classes,
        "numbering_confidence": num_conf,
    }
    path = ROOT / "pipeline" / "data" / resources.CALIBRATION_FILE
    path.write_text(json.dumps(params, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"restore_bench: wrote {path.relative_to(ROOT)}", file=sys.stderr)
    resources.calibration.cache_clear()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--calibrate", action="store_true", help="refit weights, calibration and threshold and write them")
    ap.add_argument("--masks", type=int, default=1000, help="masks per half (default 1000)")
    ap.add_argument("--baseline-masks", type=int, default=150, help="report masks the baseline runs on (default 150)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="processes the restorer runs in (default: one per CPU; the numbers do not depend on it)")
    args = ap.parse_args(argv)
    t0 = time.time()
    docs = load_corpus()
    rng = random.Random(SEED)
    masks = draw_masks(docs, args.masks, rng)
    resources.word_index()
    print(f"restore_bench: {len(docs)} documents; {len(masks['calibration'])} calibration and "
          f"{len(masks['report'])} report masks (seed {SEED}); index ready in {time.time() - t0:.1f}s", file=sys.stderr)
    ordered = masks["calibration"] + masks["report"]
    ran = run_masks(ordered, docs, args.jobs)
    outcomes = {"calibration": ran[:len(masks["calibration"])], "report": ran[len(masks["calibration"]):]}
    print(f"restore_bench: restorer ran in {time.time() - t0:.1f}s", file=sys.stderr)

    if args.calibrate:
        calibrate(outcomes["calibration"])
    model = scoring.model()
    num_conf = (resources.calibration() or {}).get("numbering_confidence", NUMBERING_CONFIDENCE)
    verdicts = [judge(o, model, num_conf) for o in outcomes["report"]]

    chars = baseline_chars()
    brng = random.Random(SEED + 1)
    sample = brng.sample(masks["report"], min(args.baseline_masks, len(masks["report"])))
    base: dict[str, list[tuple[bool, float]]] = {}
    for m in sample:
        base.setdefault(m.kind, []).append(run_baseline(m, docs, chars))
    print(f"restore_bench: baseline ran in {time.time() - t0:.1f}s", file=sys.stderr)
    print(f"# restore benchmark (report half: {len(verdicts)} masks in "
          f"{len({m.doc for m in masks['report']})} documents; baseline on {len(sample)} of them)")
    print_report(verdicts, base, model.thresholds, sys.stdout)
    print(f"\nruntime {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
