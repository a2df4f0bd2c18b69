"""Restoration benchmark off home ground: mask characters in Japanese from many sources, each held out.

Sources (``bench/sources.py``): Japanese text from Debian, PyPI and npm packages
of as many registers as the registries hold (manual pages, package
descriptions, administration guides, office and image-editor help, music,
electronics and numerical manuals, interface messages of a browser, of
command-line tools and of a web framework, writing-style guides), fetched once
and cached under ``bench/out/sources/``.

**Leave one source out.** Every mask of source *S* is restored with the
character model counted without *S* (``bench/build_char_lm.py``: the counts of
the other sources and the frequency list's), judged by scoring weights fitted
without *S*, and, on the report half, calibrated and thresholded by maps chosen
without *S*: every figure of a source says how the restorer does on a register
it never learnt from, as a user's document will be. What the restorer learnt
from no source (Sudachi's dictionary, wordfreq's frequency list, EDICT's
glosses: general resources) is the same for every source.

Masks are drawn with a fixed seed, the same number per source: single kanji,
single kana, two adjacent characters (one at least a kanji), heading/list
numbers with their separators. Documents are split in two by a hash of their
name: the *calibration* half fits the weights (conditional logit over each
gap's candidates), the isotonic map from model probability to observed
accuracy and the commit thresholds, all on out-of-source verdicts (each
source's calibration masks judged by weights fitted on the other sources); the
*report* half is where every printed number is measured. The thresholds are
the most commits such that every source's commits on the calibration half are
right ≥ 95% at the lower end of a one-sided 90% Wilson interval
(:func:`choose_thresholds`, :data:`WILSON_Z`; ``--z`` sets another level).

The sample (raw/) is never calibration data: its intact Japanese is masked the
same way and reported as a test, restored with the packaged model.

    python -m bench.restore_bench                  # measure (held-out models, packaged calibration for raw/)
    python -m bench.restore_bench --calibrate      # refit, write pipeline/data/restore_calibration.json, measure
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import multiprocessing
import os
import pickle
import random
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    # small matrices, forked workers, a shared machine: threaded BLAS made the confidence fit 80x slower
    os.environ.setdefault(_var, "1")

from bench import build_char_lm, sources as src  # noqa: E402
from pipeline.chardata import JA_LETTER, JA_LETTER_RE, KANA_RE, KANJI_RE  # noqa: E402
from pipeline.model import GAP  # noqa: E402
from pipeline.restore import (NUMBERING_CONFIDENCE, Restorer, charlm, resources, scoring,  # noqa: E402
                              specific_document_word, writes_a_word_of)
from pipeline.restore.evidence.base import Document, Line, Proposal, Site  # noqa: E402
from pipeline.restore.evidence import numeric, tense  # noqa: E402

SEED = 20261128
HEADING = re.compile(r"^\s*([0-9０-９]{1,2})([．.])\s?" f"(?=[{JA_LETTER}])")
TARGET_PRECISION = 0.95
WILSON_Z = 1.2816
"""The lower end of a one-sided 90% Wilson interval (``--z 1.645``: one-sided 95%). A source whose commits are all
right bounds at ≥ 0.95 only from 31 commits at 90% (52 at 95%), and every source must meet it at once. Measured
with 700 masks per source and half (:data:`PER_SOURCE`, ~30 minutes in two processes on this machine): at 95% the
single-character classes commit (thresholds 0.945 and 0.968) but no threshold of lost pairs does (NEVER), so no
pair, English word or number of two characters or more would ever be committed; at 90% every class commits. With
300 masks per source not even the single characters met 95% (an image editor's help: 35 right of 35 bounds at
0.928)."""
PER_SOURCE = 700
"""Masks per source and half (``--per-source``)."""
Z_LEVELS = {1.2816: "one-sided 90%", 1.645: "one-sided 95%", 1.96: "two-sided 95%"}
MIN_SHOWN = 30
"""Calibration gaps a feature must appear in (for some candidate) before its weight is fitted."""
MIN_STEPS, TOLERANCE = 200, 2e-4
"""The fit stops once every component of the gradient is below the tolerance (after at least MIN_STEPS)."""
BASELINE_CHARS = 3000
MIX = {"kanji": 0.40, "kana": 0.20, "double": 0.30, "heading": 0.10}
KINDS = tuple(MIX)
KIND_NAMES = {"kanji": "single kanji", "kana": "single kana", "double": "pairs", "heading": "headings"}
PER_DOCUMENT = 6
"""Masks of one kind drawn from one document at most, so that no long document dominates a source."""
SAMPLE = "raw"
"""The test source: the sample's intact Japanese lines, never fitted or calibrated on."""
CALIBRATION_FILE = ROOT / "pipeline" / "data" / resources.CALIBRATION_FILE
REPORT_FILE = ROOT / "bench" / "out" / "restore_bench.md"
OUTCOMES_FILE = ROOT / "bench" / "out" / "restore_outcomes.pickle"
"""The last run's outcomes (candidates and feature vectors per mask), for ``--reuse``."""

Corpus = dict[str, dict[str, list[str]]]
"""source name → document name → lines."""


# --------------------------------------------------------------------------
# Corpora and masks
# --------------------------------------------------------------------------


def load_corpus(names: list[str]) -> Corpus:
    corpus: Corpus = {name: src.documents(src.BY_NAME[name]) for name in names}
    corpus[SAMPLE] = {f"raw/{p.name}": p.read_text(encoding="utf-8").splitlines()
                      for p in sorted((ROOT / "raw").glob("*.txt"))}
    return corpus


def split_of(source: str, doc: str) -> str:
    """``calibration`` or ``report``: a stable hash of the document name, so the halves never mix.

    >>> split_of("manpages", "usr/share/man/ja/man1/ls.1.gz") in ("calibration", "report")
    True
    """
    return "calibration" if hashlib.sha256(f"{source}/{doc}".encode()).digest()[0] % 2 == 0 else "report"


@dataclass(frozen=True)
class Mask:
    source: str
    doc: str
    line: int  # index into the document's lines
    start: int
    end: int
    kind: str  # kanji | kana | double | heading

    def truth(self, corpus: Corpus) -> str:
        return corpus[self.source][self.doc][self.line][self.start:self.end]


def _kanji(ch: str) -> bool:
    return bool(KANJI_RE.match(ch) and JA_LETTER_RE.match(ch))


def eligible(lines: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """Candidate mask spans of a document by kind (lines with lost glyphs or little Japanese are never masked).

    >>> sorted(eligible(["１．国境を越えた交流"]))
    ['double', 'heading', 'kana', 'kanji']
    """
    spans: dict[str, list[tuple[int, int, int]]] = {k: [] for k in KINDS}
    for i, text in enumerate(lines):
        if GAP in text or len(JA_LETTER_RE.findall(text)) < 6:
            continue
        m = HEADING.match(text)
        if m:
            spans["heading"].append((i, m.start(1), m.end(2)))
            spans["heading"].append((i, m.start(2), m.end(2)))
        for j, ch in enumerate(text):
            if _kanji(ch):
                spans["kanji"].append((i, j, j + 1))
            elif KANA_RE.match(ch) and JA_LETTER_RE.match(ch):
                spans["kana"].append((i, j, j + 1))
            if j + 1 < len(text) and JA_LETTER_RE.match(ch) and JA_LETTER_RE.match(text[j + 1]) and (
                    _kanji(ch) or _kanji(text[j + 1])):
                spans["double"].append((i, j, j + 2))
    return spans


def draw_masks(corpus: Corpus, per_source: int, rng: random.Random) -> dict[str, list[Mask]]:
    """``per_source`` masks per source and half, in the proportions of :data:`MIX` (a source with too few
    headings makes up the rest with the other kinds, in their proportions)."""
    out: dict[str, list[Mask]] = {"calibration": [], "report": []}
    for source in sorted(corpus):
        pools: dict[str, dict[str, list[Mask]]] = {s: {k: [] for k in KINDS} for s in out}
        # a few per document and kind, so that no long document dominates; more from each of a small source's
        cap = max(PER_DOCUMENT, math.ceil(4 * per_source / max(1, len(corpus[source]))))
        for name in sorted(corpus[source]):
            spans = eligible(corpus[source][name])
            for kind, items in spans.items():
                for i, a, b in rng.sample(items, min(len(items), cap)):
                    pools[split_of(source, name)][kind].append(Mask(source, name, i, a, b, kind))
        for split, by_kind in pools.items():
            want = {k: round(per_source * share) for k, share in MIX.items()}
            short = max(0, want["heading"] - len(by_kind["heading"]))
            for k in ("kanji", "kana", "double"):
                want[k] += round(short * MIX[k] / (1 - MIX["heading"]))
            for kind in KINDS:
                out[split].extend(rng.sample(by_kind[kind], min(len(by_kind[kind]), want[kind])))
    for masks in out.values():
        masks.sort(key=lambda m: (m.source, m.doc, m.line, m.start))
    return out


# --------------------------------------------------------------------------
# Held-out character models
# --------------------------------------------------------------------------


def heldout_path(source: str) -> Path:
    return src.CACHE / f"model-without-{source}.npz"


def build_heldout_models(names: list[str]) -> None:
    """Count and save the character model without each source (once; rebuilt when a source's text changes)."""
    digests = {s.name: src.digest(src.documents(s)) for s in src.SOURCES}
    for name in names:
        path = heldout_path(name)
        tag = "+".join(digests[n] for n in sorted(digests) if n != name)
        if path.is_file() and charlm.Counts.load(path).about.endswith(hashlib.sha256(tag.encode()).hexdigest()[:16]):
            continue
        print(f"restore_bench: counting the character model without {name}…", file=sys.stderr, flush=True)
        counts = build_char_lm.model_counts(exclude=name)
        charlm.Counts(counts.keys, counts.counts, counts.about + " " + hashlib.sha256(tag.encode()).hexdigest()[:16]
                      ).save(path)


_MODELS: dict[str, charlm.CharLM] = {}


def general_model(source: str) -> charlm.CharLM:
    """The character model a source's masks are restored with: counted without it (the packaged one for raw/)."""
    if source == SAMPLE:
        return charlm.model()
    lm = _MODELS.get(source)
    if lm is None:
        _MODELS.clear()  # one held-out model at a time per process: masks come grouped by source
        lm = _MODELS[source] = charlm.CharLM(charlm.Counts.load(heldout_path(source))).with_backward()
    return lm


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
    seconds: float = 0.0
    # per fill: its word is a specific word the document writes (pipeline.restore.specific_document_word), and any
    # word of two letters it makes is written (writes_a_word_of): recorded for reading; the document-word rule that
    # committed on them was removed after bench/repetition_bench.py --screen docword (docs/restore.md)
    document_word: list[bool] = field(default_factory=list)
    writes_word: list[bool] = field(default_factory=list)


def run_mask(mask: Mask, corpus: Corpus) -> Outcome:
    """The restorer's pool for one mask, as ``pipeline restore -`` sees the masked document (plain text).

    The steps are the restorer's own (:meth:`Restorer.decide_run`): abstention, then the heading
    number the document's sequence gives (committed by its own rule when it gives one fill), then
    the scored pool of what is left; only the scoring is left to :func:`judge`, so that weights,
    calibration and thresholds can be refitted without restoring again.
    """
    t0 = time.perf_counter()
    lines = corpus[mask.source][mask.doc]
    text = lines[mask.line]
    truth = text[mask.start:mask.end]
    masked = text[:mask.start] + GAP * (mask.end - mask.start) + text[mask.end:]
    doc_lines = [Line(masked if i == mask.line else t, i + 1) for i, t in enumerate(lines)]
    lm = charlm.for_document("\n".join(ln.text for ln in doc_lines), general=general_model(mask.source))
    restorer = Restorer(Document.of_lines(doc_lines), lm=lm, plain=True)
    out = Outcome(mask, truth)
    number = mask.line + 1
    if restorer.abstains(masked, mask.start, mask.end) is not None:
        out.abstained = True
        return out
    pos, extra = mask.start, []
    while pos < mask.end:
        hint = restorer.numbering_hint(masked, pos, mask.end, number, lambda _: None)
        if hint is None:
            break
        claim = None if hint.tentative else restorer.heading_number(masked, pos, hint, number)
        if claim is None or claim.status != "restored":
            # the sequence allows several numbers, or is not evident here: they are candidates among the others
            extra = [Proposal(c, "numbering", hint.evidence.detail, {"numbering": 0.5}) for c in hint.candidates]
            break
        out.numbering = (out.numbering or "") + claim.restored
        masked = masked[:pos] + claim.restored + masked[pos + len(claim.restored):]
        pos += len(claim.restored)
    if pos == mask.end:
        return out
    site = Site(masked, pos, mask.end, number)
    out.rest_truth = text[site.start:site.end]
    pool, _ = restorer.scored_pool(site, extra)
    out.fills = list(pool.features)
    out.vectors = [scoring.feature_vector(pool.features[f]) for f in out.fills]
    # a punctuation mark only the path cost favours is never committed (see pipeline.restore)
    # and a digit inside a number is committed only on evidence that says which digit (see pipeline.restore)
    # and a predicate ending that the other tense completes as well is a tie (see pipeline.restore)
    # and a count of the items listed before a counter is one of them as easily (see pipeline.restore)
    in_number = pool.number is not None
    out.unsupported = [pool.reading_only(f) or numeric.unsettled(f, [pool.features[f]], site, in_number=in_number)
                       or tense.rival(site, f, pool.features) is not None
                       or numeric.counts_listed([pool.features[f]]) for f in out.fills]
    if site.length == 1 and site.script == "ja":
        out.document_word = [specific_document_word(f, pool, restorer.doc, site) is not None for f in out.fills]
        out.writes_word = [writes_a_word_of(f, pool, restorer.doc) for f in out.fills]
    out.seconds = time.perf_counter() - t0
    return out


_CORPUS: Corpus = {}
"""The corpus, set before the worker processes fork (they read it, never write it)."""


def _run_in_worker(mask: Mask) -> Outcome:
    return run_mask(mask, _CORPUS)


def run_masks(masks: list[Mask], corpus: Corpus, jobs: int) -> list[Outcome]:
    """:func:`run_mask` over ``masks`` (grouped by source), in ``jobs`` forked processes, in order.

    The dictionary index and Sudachi are loaded before the fork, so the workers
    share them; each worker loads one held-out character model at a time. Every
    mask builds its own restorer, so the outcome does not depend on which worker ran it.
    """
    global _CORPUS
    _CORPUS = corpus
    resources.word_index()
    resources.tokenizer()
    if jobs <= 1 or len(masks) < 2:
        return [run_mask(m, corpus) for m in masks]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(_run_in_worker, masks, chunksize=16)


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
    truth = x[offsets + np.array([t for _, t in groups])].sum(axis=0)
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
        s = np.einsum("ij,j->i", x, w)
        s_max = np.maximum.reduceat(s, offsets)
        e = np.exp(s - s_max[gid])
        z = np.add.reduceat(e, offsets)
        p = e / z[gid]
        # the mean over gaps of (true fill's features - their expectation under the softmax): the
        # expectations summed over gaps are one product over every candidate
        grad = ((truth - np.einsum("i,ij->j", p, x)) / len(groups) - l2 * w) * seen
        if step > MIN_STEPS and np.abs(grad).max() < TOLERANCE:
            break  # converged: the log-likelihood is concave, its gradient all but zero
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
            bins.append([round(low, 6), acc])
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
    by_numbering: bool = False
    inputs: tuple[float, ...] = ()  # the confidence model's inputs (scoring.confidence_inputs), when the model decided
    p: float = 0.0  # the top fill's model probability
    top: tuple[float, ...] = ()  # the top fill's feature vector


def gap_class(o: Outcome) -> str:
    """The calibration class of numbering's claim (its length and fill)."""
    return scoring.gap_class(len(o.truth), o.numbering or "")


TRANSLATED = scoring.FEATURES.index("bilingual_word")


def judge(o: Outcome, model: scoring.Model, numbering_confidence: float) -> Verdict:
    """What the restorer would do with this mask, and whether it is right."""
    if o.abstained:
        return Verdict(o.mask, False, False, False, 0.0, None)
    prefix = o.numbering or ""
    if o.numbering is not None and not o.rest_truth and not o.fills:
        # numbering's claims are committed as they stand (pipeline.restore)
        ok = o.numbering == o.truth
        return Verdict(o.mask, ok, ok, True, numbering_confidence, o.numbering, gap_class(o), by_numbering=True)
    if not o.fills:
        return Verdict(o.mask, False, False, False, 0.0, None)
    length = len(o.rest_truth)
    w = [model.weights.get(n, 0.0) for n in scoring.FEATURES]
    scores = [sum(a * b for a, b in zip(w, v)) for v in o.vectors]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    ranked = sorted(zip(o.fills, [e / total for e in exps], o.unsupported, o.vectors), key=lambda t: (-t[1], t[0]))
    fill, p, unsupported, vector = ranked[0]
    probs = [q for _, q, _, _ in ranked]
    # the restorer's own rule: a word written whole nearby ranks, the confidence is read without it
    # (every rank-only feature weighs 0 in the ranking the confidence reads, as in Restorer.verdict)
    held = {scoring.FEATURES.index(name) for name in scoring.RANK_ONLY} if scoring.ranked_only_by(vector) else set()
    near_decided = False
    if held:
        w0 = [0.0 if i in held else a for i, a in enumerate(w)]
        s0 = [sum(a * b for a, b in zip(w0, v)) for v in o.vectors]
        top0 = max(s0)
        e0 = [math.exp(x - top0) for x in s0]
        total0 = sum(e0)
        without = sorted(zip(o.fills, [e / total0 for e in e0]), key=lambda t: (-t[1], t[0]))
        vector, near_decided = scoring.near_word_reading(fill, vector, without)
        if not near_decided:
            probs = [q for _, q in without]
    conf = model.confidence(probs, vector, length, fill)
    if near_decided:
        unsupported = True
        conf = min(conf, scoring.CONFLICT_CONFIDENCE)
    if o.numbering is not None:
        conf = min(conf, numbering_confidence)
    full = prefix + fill
    # the restorer's own rule: the translation supporting a rival of the top fill blocks the commit
    translated = {f for f, v in zip(o.fills, o.vectors) if scoring.vetoes(v[TRANSLATED])}
    if scoring.translation_rival([f for f, _, _, _ in ranked], translated.__contains__) is not None:
        unsupported = True
    # and a heading number the sequence does not settle is never committed on its own word
    if scoring.numbering_alone(dict(zip(scoring.FEATURES, vector))):
        unsupported = True
    threshold = model.threshold(length, fill, vector)
    committed = conf >= threshold and not unsupported
    in5 = any(prefix + f == o.truth for f, _, _, _ in ranked[:5])
    klass = scoring.gap_class(length, fill)
    return Verdict(o.mask, full == o.truth, in5, committed, conf, full, klass,
                   inputs=tuple(scoring.confidence_inputs(probs, vector)), p=p, top=tuple(vector))


def wilson_lower(right: int, n: int, z: float | None = None) -> float:
    """Lower end of the Wilson interval for a proportion (:data:`WILSON_Z` by default: one-sided 90%).

    >>> round(wilson_lower(100, 100, 1.645), 3), round(wilson_lower(19, 20, 1.645), 3)
    (0.974, 0.804)
    """
    if n == 0:
        return 0.0
    z = WILSON_Z if z is None else z
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


NEVER = 1.01
"""A threshold no confidence reaches: the class commits nothing."""


def choose_thresholds(verdicts: list[Verdict], target: float = TARGET_PRECISION) -> dict[str, float]:
    """The commit threshold, one calibrated confidence for every gap class: the lowest (most commits) at which
    every source's committed fills are right ≥ ``target`` at the lower end of its Wilson interval
    (:data:`WILSON_Z`).

    ``verdicts`` carry calibrated confidences (the accuracy observed at their score, per gap class) and their
    source (``mask.source``); numbering's own claims (committed whatever the threshold) are not counted. A
    source that commits nothing at some threshold meets the bound there (it promises nothing). One threshold
    rather than one per class chosen together: three thresholds fitted jointly to the same few hundred
    commits per source find the combination where the calibration half was luckiest, and it did not hold on
    the report half (two sources below the bound).

    >>> m = lambda s: Mask(s, "d", 0, 0, 1, "kanji")
    >>> vs = ([Verdict(m("a"), True, True, False, 0.99, "x", "single")] * 80
    ...       + [Verdict(m("a"), False, False, False, 0.6, "x", "single")] * 20
    ...       + [Verdict(m("b"), True, True, False, 0.9, "x", "multi")] * 90)
    >>> choose_thresholds(vs)
    {'single': 0.9, 'single-kana': 0.9, 'multi': 0.9}
    >>> choose_class_thresholds(vs)  # the probability's route: one per class, chosen together
    {'single': 0.99, 'single-kana': 1.01, 'multi': 0.9}
    """
    decided = sorted((v for v in verdicts if not v.by_numbering and v.fill is not None),
                     key=lambda v: -round(v.confidence, 4))
    tally: dict[str, list[int]] = {}
    best = NEVER
    for level, group in itertools.groupby(decided, key=lambda v: round(v.confidence, 4)):
        for v in group:
            t = tally.setdefault(v.mask.source, [0, 0])
            t[0] += 1
            t[1] += v.correct_top
        if all(wilson_lower(right, n) >= target for n, right in tally.values()):
            best = level
    return dict.fromkeys(scoring.GAP_CLASSES, best)


def choose_class_thresholds(verdicts: list[Verdict], target: float = TARGET_PRECISION) -> dict[str, float]:
    """The probability's route (a top fill holding evidence the confidence model never saw): one commit
    threshold per gap class, chosen together, the most commits such that every source's committed fills are
    right ≥ ``target`` at the lower end of its Wilson interval (:data:`WILSON_Z`): the probability's bins and
    thresholds as they stood before the confidence model, kept for evidence too rare to weigh (on the benchmark,
    mostly the translation's words in the message catalogues, judged by a model fitted without them).

    ``verdicts`` carry calibrated confidences and their source (``mask.source``); numbering's own
    claims (committed whatever the threshold) are not counted. A source that commits nothing at some
    thresholds meets the bound there (it promises nothing). Example: :func:`choose_thresholds`.
    """
    classes = list(scoring.GAP_CLASSES)
    sources = sorted({v.mask.source for v in verdicts})
    # numbering's own claims are committed by their own rule, whatever the thresholds: they are reported
    # on their own and left out of the bound the thresholds are chosen for
    fixed = {s: [0, 0] for s in sources}
    levels = {k: sorted({round(v.confidence, 4) for v in verdicts if v.klass == k and not v.by_numbering
                         and v.fill is not None}, reverse=True) for k in classes}
    options = {k: [NEVER] + levels[k] for k in classes}
    # commits and right answers per source at each level of each class, counted once
    tally = {k: {t: {s: [0, 0] for s in sources} for t in options[k]} for k in classes}
    for k in classes:
        ranked = sorted((v for v in verdicts if v.klass == k and not v.by_numbering and v.fill is not None),
                        key=lambda v: -v.confidence)
        for t in options[k]:
            for v in ranked:
                if round(v.confidence, 4) < t:
                    break
                tally[k][t][v.mask.source][0] += 1
                tally[k][t][v.mask.source][1] += v.correct_top
    best: tuple | None = None
    for combo in itertools.product(*(options[k] for k in classes)):
        ok, commits = True, 0
        for s in sources:
            n = fixed[s][0] + sum(tally[k][t][s][0] for k, t in zip(classes, combo))
            right = fixed[s][1] + sum(tally[k][t][s][1] for k, t in zip(classes, combo))
            commits += n
            if n > fixed[s][0] and wilson_lower(right, n) < target:
                ok = False
                break
        if ok:
            key = (commits, combo)  # most commits; among equals the stricter thresholds
            if best is None or key > best:
                best = key
    if best is None:
        return {k: NEVER for k in classes}
    return dict(zip(classes, best[1]))


CONFIDENCE_L2 = 1.0
"""L2 penalty of the confidence model's logistic regression, on standardised inputs (a prior of unit variance)."""


def fit_confidence(verdicts: list[Verdict]) -> dict[str, dict]:
    """The confidence model per gap class: logistic regression of "the top fill is right" on the verdicts'
    :func:`scoring.confidence_inputs` (Newton's method, L2-regularised on standardised inputs, written back
    on the inputs' own scale). A class with fewer than :data:`MIN_SHOWN` verdicts, or only right or only
    wrong ones, gets none (its score is the model probability).

    A feature of the top fill that fewer than :data:`MIN_SHOWN` of a class's verdicts show (the other language's
    numbers and segment's hints, which plain text never has; a translation's word for a lost pair, which only the
    message catalogues show, and a model fitted without them never) is left out of that class's model and listed
    as ``unseen``: a handful of cases would weigh it at random, and a top fill holding it takes the probability's
    route (:class:`scoring.Model`), where the feature keeps the weight the softmax gives it. Left out and judged
    without it, a lost pair the talk's English translates would count for no more than one it does not.
    """
    import numpy as np

    out: dict[str, dict] = {}
    for klass in scoring.GAP_CLASSES:
        vs = [v for v in verdicts if v.klass == klass and v.inputs]
        y = np.array([v.correct_top for v in vs], dtype=float)
        if len(vs) < MIN_SHOWN or y.min() == y.max():
            continue
        x = np.array([v.inputs for v in vs], dtype=float)
        shown = {f: int((x[:, scoring.CONFIDENCE_INPUTS.index(f"top_{f}")] != 0).sum()) for f in scoring.FEATURES}
        unseen = sorted(f for f, n in shown.items() if n < MIN_SHOWN)
        mu, sd = x.mean(axis=0), x.std(axis=0)
        live = (sd > 1e-9) & np.array([name.removeprefix("top_") not in unseen or not name.startswith("top_")
                                       for name in scoring.CONFIDENCE_INPUTS])
        z = np.where(live, (x - mu) / np.where(live, sd, 1.0), 0.0)
        a = np.hstack([z, np.ones((len(z), 1))])
        w = np.zeros(a.shape[1])
        reg = np.full(a.shape[1], CONFIDENCE_L2)
        reg[-1] = 0.0
        for _ in range(100):
            p = 1 / (1 + np.exp(-(a @ w)))
            step = np.linalg.solve((a * (p * (1 - p))[:, None]).T @ a + np.diag(reg), a.T @ (y - p) - reg * w)
            w += step
            if np.abs(step).max() < 1e-7:
                break
        raw = np.where(live, w[:-1] / np.where(live, sd, 1.0), 0.0)
        bias = w[-1] - float((raw * mu).sum())
        out[klass] = {"bias": round(float(bias), 6),
                      "weights": {n: round(float(v), 6) for n, v in zip(scoring.CONFIDENCE_INPUTS, raw) if v},
                      "unseen": unseen}
    return out


def confidence_scores(verdicts: list[Verdict], models: dict[str, dict]) -> list[float | None]:
    """The confidence model's score (before calibration) of each decided verdict (:func:`scoring.confidence_score`);
    None where the top fill holds evidence the class's model never saw (it takes the probability's route)."""
    out: list[float | None] = []
    for v in verdicts:
        cm = models.get(v.klass)
        out.append(None if cm and not scoring.sees(cm, v.top) else scoring.confidence_score(cm, v.inputs))
    return out


def out_of_source_scores(decided: list[Verdict]) -> list[float | None]:
    """Each verdict's confidence score from a confidence model fitted without its source."""
    scores: list[float | None] = [None] * len(decided)
    for source in sorted({v.mask.source for v in decided}):
        models = fit_confidence([v for v in decided if v.mask.source != source])
        mine = [i for i, v in enumerate(decided) if v.mask.source == source]
        for i, s in zip(mine, confidence_scores([decided[i] for i in mine], models)):
            scores[i] = s
    return scores


def bins_and_thresholds(decided: list[Verdict], scores: list[float | None], target: float | None
                        ) -> tuple[dict[str, list[list[float]]], dict[str, float]]:
    """Isotonic bins per gap class from scores to observed accuracy, and the threshold (:func:`choose_thresholds`)
    at ``target`` (None: commit nothing). Verdicts without a score (the probability's route) are left out."""
    pairs = [(v, s) for v, s in zip(decided, scores) if s is not None]
    bins = {k: isotonic([(s, int(v.correct_top)) for v, s in pairs if v.klass == k]) for k in scoring.GAP_CLASSES}
    if target is None:
        return bins, dict.fromkeys(scoring.GAP_CLASSES, NEVER)
    cal = [replace(v, confidence=scoring.calibrate(s, bins[v.klass])) for v, s in pairs]
    return bins, choose_thresholds(cal, target)


TARGETS = tuple(round(0.98 - 0.0025 * i, 4) for i in range(13))
"""Precision targets the thresholds may be chosen at, strictest first (0.98 … 0.95, in steps of 0.0025)."""


def _calibrated(decided: list[Verdict], scores: list[float | None], by: list[Verdict] | None = None,
                by_scores: list[float | None] | None = None) -> list[Verdict]:
    """The scored verdicts with their calibrated confidence, by isotonic bins fitted on ``by`` (default: themselves)."""
    bins, _ = bins_and_thresholds(decided if by is None else by, scores if by_scores is None else by_scores, None)
    return [replace(v, confidence=scoring.calibrate(s, bins[v.klass]))
            for v, s in zip(decided, scores) if s is not None]


def choose_target(decided: list[Verdict], scores: list[float | None]) -> tuple[float | None, list[str]]:
    """The precision target the thresholds are chosen at: the least strict of :data:`TARGETS` such that, for it
    and every stricter one, each source judged by bins and a threshold chosen on the *other* sources (leave one
    source out, within these verdicts) has its commits right ≥ :data:`TARGET_PRECISION` at its Wilson bound.
    Returns it and what each target tried showed (for the report).

    A threshold chosen so that every source of the calibration half meets the bound is right for those sources,
    not for a register none of them has: on the report half two held-out sources fell below it. Holding out
    each source in turn measures how much stricter the choice must be for the source it never saw, as a user's
    document will be; requiring every stricter target to pass too keeps a lucky pass at a lax target from
    deciding. A target no threshold meets on all the sources at once is skipped (committing nothing would pass
    every held-out check and say nothing). None: not even the strictest target holds (commit nothing).
    """
    sources = sorted({v.mask.source for v in decided})
    everyone = _calibrated(decided, scores)
    folds = {}
    for held in sources:
        rest = [(v, s) for v, s in zip(decided, scores) if v.mask.source != held]
        mine = [(v, s) for v, s in zip(decided, scores) if v.mask.source == held]
        rv, rs = [v for v, _ in rest], [s for _, s in rest]
        folds[held] = (_calibrated(rv, rs), _calibrated([v for v, _ in mine], [s for _, s in mine], rv, rs))
    chosen, trace = None, []
    for target in TARGETS:
        if all(t >= NEVER for t in choose_thresholds(everyone, target).values()):
            trace.append(f"{target:g}: no threshold meets it on every source")
            continue
        failing, commits = [], 0
        for held, (rest, mine) in folds.items():
            thresholds = choose_thresholds(rest, target)
            committed = [v.correct_top for v in mine if v.confidence >= thresholds[v.klass]]
            commits += len(committed)
            if committed and wilson_lower(sum(committed), len(committed)) < TARGET_PRECISION:
                failing.append(f"{held} {sum(committed)}/{len(committed)}")
        trace.append(f"{target:g}: {commits} held-out commits" + (f", below the bound: {', '.join(failing)}"
                                                                   if failing else ", every source holds"))
        if failing:
            break
        chosen = target
    return chosen, trace


@dataclass
class Fitted:
    """A scoring model and the numbering confidence, as fitted on some calibration masks."""

    model: scoring.Model
    numbering_confidence: float
    masks: int
    target: float | None = None  # the precision target the threshold was chosen at (choose_target)
    trace: list[str] = field(default_factory=list)  # what each target tried showed (choose_target)


def numbering_confidence(verdicts: list[Verdict]) -> float:
    num = [v for v in verdicts if v.by_numbering]
    return round(sum(v.correct_top for v in num) / len(num), 4) if num else NUMBERING_CONFIDENCE


def calibrated(weights: dict[str, float], oos: list[Verdict], masks: int) -> Fitted:
    """Confidence models, isotonic bins and the threshold from out-of-source verdicts, around ``weights``.

    The confidence model is fitted on every verdict; the bins, the target and the threshold on scores each
    source got from a confidence model fitted without it, so that they judge scores as a new register gets them.
    """
    num_conf = numbering_confidence(oos)
    decided = [v for v in oos if v.fill is not None and not v.by_numbering]
    models = fit_confidence(decided)
    scores = out_of_source_scores(decided)
    target, trace = choose_target(decided, scores)
    bins, thresholds = bins_and_thresholds(decided, scores, target)
    # the probability's route, for evidence the confidence models never saw: as calibrated before them
    p_bins = {k: isotonic([(v.p, int(v.correct_top)) for v in decided if v.klass == k]) for k in scoring.GAP_CLASSES}
    p_thresholds = choose_class_thresholds([replace(v, confidence=scoring.calibrate(v.p, p_bins[v.klass]))
                                            for v in decided])
    return Fitted(scoring.Model(weights, bins, thresholds, models, p_bins, p_thresholds), num_conf, masks, target,
                  trace)


_FIT_SET: list[Outcome] = []
"""The calibration outcomes, set before the fitting processes fork."""
_OOS: list[Verdict] = []
"""The calibration half's out-of-source verdicts, set before the calibrating processes fork."""


def _fit_without(source: str | None) -> dict[str, float]:
    return fit_weights([o for o in _FIT_SET if o.mask.source != source], scoring.DEFAULT_WEIGHTS)


def _calibrate_without(job: tuple[str | None, dict[str, float]]) -> Fitted:
    source, weights = job
    oos = [v for v in _OOS if v.mask.source != source]
    return calibrated(weights, oos, sum(o.mask.source != source for o in _FIT_SET))


def fit(calibration: list[Outcome], jobs: int = 1) -> tuple[Fitted, dict[str, Fitted]]:
    """The packaged model (weights on every calibration mask; confidence models, bins and threshold on
    out-of-source verdicts) and, per source, the same fitted without that source (what its report masks are
    judged by).

    Out-of-source verdicts: each source's calibration masks judged (uncalibrated) by weights fitted on
    the other sources only. Probabilities judged by weights fitted on the same masks, or on the same
    register, look more reliable than they are on a user's document.
    """
    global _FIT_SET, _OOS
    _FIT_SET = calibration
    sources = sorted({o.mask.source for o in calibration})
    todo: list[str | None] = [None, *sources]  # None: every source (the packaged weights)
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    try:
        fitted = dict(zip(todo, pool.map(_fit_without, todo, chunksize=1))) if pool else \
            {s: _fit_without(s) for s in todo}
        raw = scoring.Model({}, {}, {k: NEVER for k in scoring.GAP_CLASSES})
        _OOS = [judge(o, replace(raw, weights=fitted[o.mask.source]), NUMBERING_CONFIDENCE) for o in calibration]
        jobs_ = [(s, fitted[s]) for s in todo]
        if pool:
            pool.close()
            pool = multiprocessing.get_context("fork").Pool(jobs)  # fork again: the workers see _OOS
            done = pool.map(_calibrate_without, jobs_, chunksize=1)
        else:
            done = [_calibrate_without(j) for j in jobs_]
    finally:
        if pool:
            pool.close()
            pool.join()
    by = dict(zip(todo, done))
    return by[None], {s: by[s] for s in sources}


def write_calibration(fitted: Fitted, sources: list[str]) -> None:
    m = fitted.model
    params = {
        "about": "written by bench/restore_bench.py --calibrate from the calibration half of its masked sources "
                 f"({', '.join(sources)}; bench/sources.py), each judged by weights fitted without its source: "
                 "weights of pipeline.restore.scoring.TABLE; per gap class (scoring.GAP_CLASSES) the confidence "
                 "model (logistic regression over scoring.CONFIDENCE_TABLE), isotonic bins [lower confidence score, "
                 "observed accuracy] and the commit threshold, the lowest at which every source's commits are right "
                 f">= threshold_target at the lower end of a {bound_name()} Wilson interval; threshold_target is the "
                 f"least strict target at which each source, held out in turn, still meets {TARGET_PRECISION}; "
                 "p_bins and p_threshold: the route of a top fill holding evidence the confidence model never saw "
                 "(its unseen features), the model probability calibrated as before the confidence model",
        "seed": SEED,
        "masks": fitted.masks,
        "threshold_target": fitted.target,
        "weights": m.weights,
        "classes": {k: {"bins": m.bins[k], "threshold": m.thresholds[k],
                        **({"confidence": m.confidence_models[k]} if k in m.confidence_models else {}),
                        "p_bins": m.p_bins[k], "p_threshold": m.p_thresholds[k]}
                    for k in scoring.GAP_CLASSES},
        "numbering_confidence": fitted.numbering_confidence,
    }
    CALIBRATION_FILE.write_text(json.dumps(params, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"restore_bench: wrote {CALIBRATION_FILE.relative_to(ROOT)}", file=sys.stderr)
    resources.calibration.cache_clear()


def packaged() -> Fitted:
    cal = resources.calibration()
    return Fitted(scoring.model(), cal.get("numbering_confidence", NUMBERING_CONFIDENCE), cal.get("masks", 0),
                  cal.get("threshold_target"))


# --------------------------------------------------------------------------
# Baseline
# --------------------------------------------------------------------------


def baseline_chars() -> list[str]:
    zipf = resources.char_zipf()
    return [c for c, _ in sorted(zipf.items(), key=lambda kv: (-kv[1], kv[0])) if JA_LETTER_RE.match(c)][:BASELINE_CHARS]


def run_baseline(mask: Mask, corpus: Corpus, chars: list[str]) -> tuple[bool, float]:
    """Fill each masked character, left to right, with the lowest-cost common character.

    Returns whether the whole fill is right and its confidence (the smallest
    cost gap between best and second best over the masked characters).
    """
    text = corpus[mask.source][mask.doc][mask.line]
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
    return "n/a" if x != x else f"{100 * x:.1f}%"


def summary(verdicts: list[Verdict]) -> dict[str, float]:
    n = len(verdicts)
    committed = [v for v in verdicts if v.committed]
    right = sum(v.correct_top for v in committed)
    return {
        "masks": n,
        "committed": len(committed),
        "right": right,
        "precision": right / len(committed) if committed else float("nan"),
        "wilson": wilson_lower(right, len(committed)) if committed else float("nan"),
        "coverage": len(committed) / n if n else 0.0,
        "top1": sum(v.correct_top for v in verdicts) / n if n else 0.0,
        "top5": sum(v.top5 for v in verdicts) / n if n else 0.0,
    }


def _row(name: str, vs: list[Verdict]) -> str:
    s = summary(vs)
    model = summary([v for v in vs if not v.by_numbering])
    num = [v for v in vs if v.by_numbering]
    prec = "n/a" if s["committed"] == 0 else f"{s['precision']:.3f} ({s['right']}/{s['committed']})"
    own = "n/a" if model["committed"] == 0 else f"{model['precision']:.3f} ({model['right']}/{model['committed']})"
    wil = "n/a" if model["committed"] == 0 else f"{model['wilson']:.3f}"
    nums = f"{sum(v.correct_top for v in num)}/{len(num)}" if num else "–"
    return (f"| {name} | {s['masks']} | {prec} | {own} | {wil} | {nums} | {_pct(s['coverage'])} | {_pct(s['top1'])} | "
            f"{_pct(s['top5'])} |")


def bound_name() -> str:
    return Z_LEVELS.get(WILSON_Z, f"z = {WILSON_Z}")


def header() -> str:
    return ("| masks | n | committed precision, all commits | precision of the model's commits (right/committed) | "
            f"its Wilson lower ({bound_name()}) | numbering's own commits (right/n) | coverage | top-1 | top-5 |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|")


def report(verdicts: list[Verdict], sample: list[Verdict], base: dict[str, list[tuple[bool, float]]],
           thresholds: dict[str, float], registers: dict[str, str], target: float | None = None,
           targets: dict[str, float | None] | None = None, trace: list[str] | None = None) -> str:
    out = []
    said = ", ".join(f"{k} {t:.3f}" for k, t in thresholds.items())
    out.append(f"packaged commit thresholds (calibrated confidence, per gap class): {said}"
               f"{'' if target is None else f' (chosen at a precision target of {target:g}, see choose_target)'}\n")
    if trace:
        out.append("Choosing the target on the calibration half, every source held out in turn (this run's fit on "
                   "every source; strictest first):\n")
        out.extend(f"- {line}" for line in trace)
        out.append("")
    out.append("**Per held-out source** (report half; each source restored with the character model counted "
               "without it, weights, calibration and thresholds fitted without it):\n")
    out.append(header())
    for source in sorted({v.mask.source for v in verdicts}):
        out.append(_row(f"{source} ({registers.get(source, '')})", [v for v in verdicts if v.mask.source == source]))
    out.append(_row("**all sources**", verdicts))
    if targets:
        said = ", ".join(f"{s} {'never' if t is None else f'{t:g}'}" for s, t in sorted(targets.items()))
        out.append(f"\nPrecision target each held-out model's threshold was chosen at (choose_target, on the other "
                   f"sources' calibration masks): {said}")
    out.append("\n**Per gap class** (report half, all sources held out):\n")
    out.append(header())
    for kind in KINDS:
        out.append(_row(KIND_NAMES[kind], [v for v in verdicts if v.mask.kind == kind]))
    out.append(_row("single characters (kanji + kana)", [v for v in verdicts if v.mask.kind in ("kanji", "kana")]))
    out.append("\n**Top-5 per source and gap class** (report half):\n")
    out.append("| source | " + " | ".join(KIND_NAMES[k] for k in KINDS) + " |")
    out.append("|---|" + "---:|" * len(KINDS))
    for source in sorted({v.mask.source for v in verdicts}):
        cells = []
        for kind in KINDS:
            vs = [v for v in verdicts if v.mask.source == source and v.mask.kind == kind]
            cells.append(f"{_pct(summary(vs)['top5'])} ({len(vs)})" if vs else "–")
        out.append(f"| {source} | " + " | ".join(cells) + " |")
    if sample:
        out.append("\n**The sample (raw/), a test never fitted on** (packaged model and calibration):\n")
        out.append(header())
        out.append(_row("raw/ all", sample))
        for kind in KINDS:
            vs = [v for v in sample if v.mask.kind == kind]
            if vs:
                out.append(_row(f"raw/ {KIND_NAMES[kind]}", vs))
    if base:
        out.append("\n**Naive baseline** (lowest Sudachi path cost among the 3000 commonest characters), on a sample "
                   "of report masks:\n")
        out.append("| gap class | n | baseline top-1 | baseline coverage at 95% precision |\n|---|---:|---:|---:|")
        for kind in KINDS:
            res = base.get(kind, [])
            if res:
                out.append(f"| {KIND_NAMES[kind]} | {len(res)} | {_pct(sum(ok for ok, _ in res) / len(res))} | "
                           f"{_pct(coverage_at_precision(res))} |")
    out.append("\n**Calibration on the report half**: confidence bin → observed accuracy of the top fill, per gap class "
               "(numbering's own claims left out)\n")
    out.append("| gap class | confidence | n | mean confidence | observed accuracy |\n|---|---|---:|---:|---:|")
    edges = [0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001]
    for klass in scoring.GAP_CLASSES:
        for lo, hi in zip(edges, edges[1:]):
            vs = [v for v in verdicts if v.fill is not None and not v.by_numbering and v.klass == klass
                  and lo <= v.confidence < hi]
            if vs:
                mean = sum(v.confidence for v in vs) / len(vs)
                acc = sum(v.correct_top for v in vs) / len(vs)
                out.append(f"| {klass} | {lo:.2f}–{min(hi, 1.0):.2f} | {len(vs)} | {mean:.3f} | {acc:.3f} |")
    return "\n".join(out) + "\n"


def load_outcomes() -> list[Outcome]:
    """The kept outcomes (:data:`OUTCOMES_FILE`), their vectors in today's :data:`scoring.FEATURES` order.

    A feature appended to the table since they were kept is 0 in them (it is absent from plain text, as
    ``hint`` is, or the outcomes must be restored again); a feature they have that the table has not, or in
    another order, means the restorer changed: run without ``--reuse``.
    """
    kept = pickle.loads(OUTCOMES_FILE.read_bytes())
    if isinstance(kept, list):  # kept before the file recorded its features: the table's first ones
        width = max((len(v) for o in kept for v in o.vectors), default=len(scoring.FEATURES))
        kept = {"features": scoring.FEATURES[:width], "outcomes": kept}
    names, ran = tuple(kept["features"]), kept["outcomes"]
    if scoring.FEATURES[:len(names)] != names:
        raise SystemExit(f"restore_bench: {OUTCOMES_FILE} was kept with other features ({', '.join(names)}): "
                         "run without --reuse")
    added = scoring.FEATURES[len(names):]
    if added:
        print(f"restore_bench: the kept outcomes predate {', '.join(added)}: 0 in every vector", file=sys.stderr)
        pad = [0.0] * len(added)
        for o in ran:
            o.vectors = [list(v) + pad for v in o.vectors]
    return ran


def main(argv=None) -> int:
    global WILSON_Z
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--calibrate", action="store_true",
                    help="refit weights, calibration and thresholds and write pipeline/data/restore_calibration.json")
    ap.add_argument("--per-source", type=int, default=PER_SOURCE,
                    help=f"masks per source and half (default {PER_SOURCE})")
    ap.add_argument("--sources", nargs="*", default=[s.name for s in src.SOURCES],
                    help="sources to draw masks from (default: all of bench/sources.py)")
    ap.add_argument("--baseline-masks", type=int, default=100, help="report masks the baseline runs on (default 100)")
    ap.add_argument("--reuse", action="store_true",
                    help="refit from the last run's outcomes (bench/out/restore_outcomes.pickle) instead of restoring "
                         "the masks again; only valid while the restorer's code is unchanged")
    ap.add_argument("--z", type=float, default=WILSON_Z,
                    help=f"z of the Wilson bound every source's commits are held to (default {WILSON_Z}: one-sided 90%%; "
                         "1.645: one-sided 95%%)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="processes the restorer runs in (default: one per CPU; the numbers do not depend on it)")
    args = ap.parse_args(argv)
    WILSON_Z = args.z
    t0 = time.time()
    corpus = load_corpus(args.sources)
    build_heldout_models(args.sources)
    masks = draw_masks(corpus, args.per_source, random.Random(SEED))
    sample_masks = [m for m in masks["calibration"] + masks["report"] if m.source == SAMPLE]
    cal_masks = [m for m in masks["calibration"] if m.source != SAMPLE]
    rep_masks = [m for m in masks["report"] if m.source != SAMPLE]
    print(f"restore_bench: {sum(map(len, corpus.values()))} documents in {len(corpus)} sources; {len(cal_masks)} "
          f"calibration, {len(rep_masks)} report and {len(sample_masks)} sample masks (seed {SEED}); "
          f"ready in {time.time() - t0:.1f}s", file=sys.stderr, flush=True)
    if args.reuse and OUTCOMES_FILE.is_file():
        # refitting only (another target or bound): the restorer's verdicts of the last run, same masks
        ran = load_outcomes()
        if [o.mask for o in ran] != cal_masks + rep_masks + sample_masks:
            raise SystemExit(f"restore_bench: {OUTCOMES_FILE} holds other masks: run without --reuse")
    else:
        ran = run_masks(cal_masks + rep_masks + sample_masks, corpus, args.jobs)
        OUTCOMES_FILE.parent.mkdir(parents=True, exist_ok=True)
        OUTCOMES_FILE.write_bytes(pickle.dumps({"features": scoring.FEATURES, "outcomes": ran}))
    cal, rep, sample = ran[:len(cal_masks)], ran[len(cal_masks):len(cal_masks) + len(rep_masks)], \
        ran[len(cal_masks) + len(rep_masks):]
    seconds = sorted(o.seconds for o in ran if o.seconds) or [0.0]
    print(f"restore_bench: restorer ran in {time.time() - t0:.1f}s (median {1000 * seconds[len(seconds) // 2]:.0f} ms "
          f"per mask)", file=sys.stderr, flush=True)

    packaged_fit, per_source = fit(cal, args.jobs)
    print(f"restore_bench: fitted in {time.time() - t0:.1f}s", file=sys.stderr, flush=True)
    if args.calibrate:
        write_calibration(packaged_fit, sorted({o.mask.source for o in cal}))
    current = packaged()
    verdicts = [judge(o, per_source[o.mask.source].model, per_source[o.mask.source].numbering_confidence)
                for o in rep]
    sample_verdicts = [judge(o, current.model, current.numbering_confidence) for o in sample]
    routed = sum(1 for v in verdicts if v.top and per_source[v.mask.source].model.confidence_models.get(v.klass)
                 and per_source[v.mask.source].model.model_for(v.klass, v.top) is None)
    print(f"restore_bench: report verdicts judged by the probability's route (evidence the confidence model never "
          f"saw): {routed}", file=sys.stderr)

    chars = baseline_chars()
    base_sample = random.Random(SEED + 1).sample(rep_masks, min(args.baseline_masks, len(rep_masks)))
    base: dict[str, list[tuple[bool, float]]] = {}
    for m in base_sample:
        base.setdefault(m.kind, []).append(run_baseline(m, corpus, chars))
    text = (f"# Restore benchmark\n\nreport half: {len(verdicts)} masks in {len({m.doc for m in rep_masks})} documents "
            f"of {len({m.source for m in rep_masks})} sources; calibration half: {len(cal)} masks; "
            f"seed {SEED}; {args.per_source} masks per source and half; "
            f"{time.time() - t0:.0f} s with {args.jobs} processes\n\n"
            + report(verdicts, sample_verdicts, base, current.model.thresholds,
                     {s.name: s.register for s in src.SOURCES}, current.target,
                     {s: f.target for s, f in per_source.items()}, packaged_fit.trace))
    REPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
    REPORT_FILE.write_text(text, encoding="utf-8")
    print(text)
    print(f"restore_bench: report written to {REPORT_FILE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    # run as the module bench.restore_bench, not __main__, so that the kept outcomes unpickle anywhere
    from bench import restore_bench

    raise SystemExit(restore_bench.main())
