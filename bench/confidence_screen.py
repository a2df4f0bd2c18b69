"""Screen a candidate confidence input on the restore benchmark's kept outcomes, without restoring again.

Issue 19 points 1 and 6 (coverage): an input the confidence model could read beside
:data:`pipeline.restore.scoring.CONFIDENCE_TABLE` is computed for each kept outcome's top fill and appended to
the model's inputs; the softmax ranking is untouched (the input only moves how sure the restorer is of its top
fill). Two measures (docs/restore.md, *Where right fills stay open, session 68*):

``--pooled`` (any size of run): every outcome of both halves judged by the packaged softmax weights and scored by
a confidence model fitted without its source (:func:`bench.restore_bench.out_of_source_scores`); per gap class
the share of gaps committed at a pooled precision of :data:`POOLED_PRECISION`, most confident first, and the
AUC of right against wrong top fills. Inputs of random numbers (``placebo1`` …) are the control: an input
whose gain is within the placebos' spread measured nothing.

``--bench`` (a full run's outcomes, 700 masks a source and half: at 120–150 no target holds on every source):
the benchmark's own procedure (:func:`bench.restore_bench.fit`, leave one source out, the per-source Wilson
bound) with the inputs appended, the report half judged by each held-out model; printed per source and class.
The softmax weights of the first such run are kept beside the outcomes (``….weights``) and read by the next,
since no confidence input changes them.

    python -m bench.confidence_screen --pooled OUTCOMES "" placebo1 nb_kanji oov,in_word
    python -m bench.confidence_screen --bench bench/out/restore_outcomes.pickle "" nb_kanji

A variant is a comma-separated list of inputs of :data:`INPUTS` (``""``: none, the control). An input that
helps here is then made a feature or confidence input of the restorer and the whole benchmark run again
(``make calibrate-restore``): the screen reads the kept pools, the run restores afresh.
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
from pathlib import Path
from typing import Callable, Sequence

from bench import restore_bench as rb
from pipeline import sudachi
from pipeline.restore import scoring

POOLED_PRECISION = 0.98
"""The pooled screen's bar: the most confident gaps of a class committed while at least this share is right
(about what a source's Wilson bound asks at 200–300 commits)."""

WINDOW = 8
"""Characters of the filled line each side of the fill that Sudachi reads for the dictionary inputs (as
``scoring.WINDOW``)."""

Corpus = rb.Corpus


def _kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in "々〆ヶ"


def _kana(c: str) -> bool:
    return "\u3041" <= c <= "\u30ff" and c != "・"


def neighbours(line: str, start: int, end: int) -> tuple[str, str]:
    """The characters directly before and after ``line[start:end]`` ('' at the line's edges).

    >>> neighbours("設定を保存する", 3, 5), neighbours("保存", 0, 2)
    (('を', 'す'), ('', ''))
    """
    return (line[start - 1] if start > 0 else "", line[end] if end < len(line) else "")


def neighbour_kanji(line: str, start: int, end: int) -> float:
    """How many of the gap's two neighbours are kanji (0–2): a lost pair between kanji sits inside a compound,
    one between kana is a word's whole slot (session 65's reading of the right fills left open).

    >>> neighbour_kanji("設定を保存する", 3, 5), neighbour_kanji("新規保存画面", 2, 4)
    (0.0, 2.0)
    """
    return float(sum(_kanji(c) for c in neighbours(line, start, end) if c))


def dictionary_reading(line: str, start: int, end: int) -> tuple[float, float]:
    """Sudachi (mode C) over the filled line, :data:`WINDOW` characters each side of ``line[start:end]`` (the
    fill): ``(oov, in_word)``, oov 1 where a token overlapping the fill is out of the dictionary, in_word 1 where
    one dictionary token covers the whole fill and reaches past it (the fill completes a word with the intact
    letters).

    >>> dictionary_reading("設定を保存する", 3, 4)
    (0.0, 1.0)
    """
    lo, hi = max(0, start - WINDOW), min(len(line), end + WINDOW)
    s, e = start - lo, end - lo
    oov = in_word = 0.0
    for t in sudachi.tokenizer("C").tokenize(line[lo:hi]):
        a, b = t.begin(), t.end()
        if b <= s or a >= e:
            continue
        if t.is_oov():
            oov = 1.0
        elif a <= s and b >= e and b - a > e - s:
            in_word = 1.0
    return oov, in_word


class Inputs:
    """The candidate inputs of one outcome's top fill (``fill``), read from the kept outcome, its corpus line
    and the confidence model's own inputs ``x`` (:func:`scoring.confidence_inputs`)."""

    def __init__(self, corpus: Corpus, seed: int = 5):
        self.corpus = corpus
        self.rng = random.Random(seed)
        self.cache: dict = {}

    def filled(self, o: rb.Outcome, fill: str) -> tuple[str, int, int]:
        m = o.mask
        text = self.corpus[m.source][m.doc][m.line]
        start = m.end - len(o.rest_truth) if o.rest_truth else m.start
        return text[:m.start] + (o.numbering or "") + fill + text[m.end:], start, m.end

    def value(self, name: str, o: rb.Outcome, fill: str, x: Sequence[float]) -> float:
        key = (id(o), fill, name)
        if key not in self.cache:
            self.cache[key] = INPUTS[name](self, o, fill, x)
        return self.cache[key]


def _best(name: str) -> Callable[[Inputs, rb.Outcome, str, Sequence[float]], float]:
    def value(_: Inputs, o: rb.Outcome, fill: str, x: Sequence[float]) -> float:
        j = scoring.FEATURES.index(name)
        i = o.fills.index(fill)
        mine = o.vectors[i][j]
        return float(mine > 0 and all(v[j] < mine for k, v in enumerate(o.vectors) if k != i))
    return value


def _agree(names: Sequence[str], also_lex: bool = False):
    def value(_: Inputs, o: rb.Outcome, fill: str, x: Sequence[float]) -> float:
        ok = all(x[scoring.CONFIDENCE_INPUTS.index(f"best_{n}")] for n in names)
        return float(ok and (not also_lex or x[scoring.CONFIDENCE_INPUTS.index("top_has_lex")]))
    return value


def _rival_lex(_: Inputs, o: rb.Outcome, fill: str, x: Sequence[float]) -> float:
    j = scoring.FEATURES.index("lex_known")
    i = o.fills.index(fill)
    mine = o.vectors[i][j]
    return math.log1p(sum(1 for k, v in enumerate(o.vectors) if k != i and mine > 0 and v[j] >= mine))


INPUTS: dict[str, Callable[[Inputs, rb.Outcome, str, Sequence[float]], float]] = {
    "nb_kanji": lambda s, o, fill, x: neighbour_kanji(*s.filled(o, fill)),
    "oov": lambda s, o, fill, x: dictionary_reading(*s.filled(o, fill))[0],
    "in_word": lambda s, o, fill, x: dictionary_reading(*s.filled(o, fill))[1],
    # the four independent readers all put the top fill first (character model both ways, path cost, frequency)
    "agree": _agree(("charlm", "charlm_back", "cost", "unigram")),
    # the character model both ways and the word index agree on it
    "agree_lex": _agree(("charlm", "charlm_back"), also_lex=True),
    "best_lex": _best("lex_known"),
    "best_zipf": _best("lex_zipf"),
    "best_rep": _best("rep_context"),
    "rival_lex": _rival_lex,
}
"""Candidate inputs by name; ``placebo…`` (any suffix) is a random number per outcome, the control."""


class Appended:
    """While active, the confidence model reads ``extra`` after its own inputs, for the top fill that
    :func:`bench.restore_bench.judge` ranks first (the same ranking, recomputed here to know the fill)."""

    def __init__(self, extra: Sequence[str], inputs: Inputs):
        self.extra, self.inputs = list(extra), inputs
        self.base_names, self.base_fn, self.base_judge = scoring.CONFIDENCE_INPUTS, scoring.confidence_inputs, rb.judge
        self.current: tuple[rb.Outcome | None, str] = (None, "")

    def _values(self, probs, top):
        x = self.base_fn(probs, top)
        o, fill = self.current
        out = []
        for e in self.extra:
            if e.startswith("placebo"):
                out.append(self.inputs.cache.setdefault((id(o), e), self.inputs.rng.random()))
            else:
                out.append(self.inputs.value(e, o, fill, x))
        return x + out

    def _judge(self, o, model, numbering_confidence):
        if o.fills and not o.abstained:
            w = [model.weights.get(n, 0.0) for n in scoring.FEATURES]
            scores = [sum(a * b for a, b in zip(w, v)) for v in o.vectors]
            best = max(scores)
            self.current = (o, min(f for f, s in zip(o.fills, scores) if s == best))
        return self.base_judge(o, model, numbering_confidence)

    def __enter__(self):
        if self.extra:
            scoring.CONFIDENCE_INPUTS = self.base_names + tuple(self.extra)
            scoring.confidence_inputs = self._values
            rb.judge = self._judge
        return self

    def __exit__(self, *exc):
        scoring.CONFIDENCE_INPUTS, scoring.confidence_inputs, rb.judge = \
            self.base_names, self.base_fn, self.base_judge


def share_at(pairs: list[tuple[float, bool]], precision: float = POOLED_PRECISION) -> int:
    """How many of ``(score, right)`` can be committed, most confident first, keeping at least ``precision``
    right.

    >>> share_at([(0.9, True), (0.8, True), (0.7, False), (0.6, True)], 0.75)
    4
    """
    right = best = 0
    for i, (_, ok) in enumerate(sorted(pairs, key=lambda t: -t[0]), 1):
        right += ok
        if right / i >= precision:
            best = i
    return best


def auc(pairs: list[tuple[float, bool]]) -> float:
    """Probability that a right top fill scores above a wrong one (ties count half).

    >>> auc([(0.9, True), (0.5, False), (0.5, True)])
    0.75
    """
    pos = [s for s, ok in pairs if ok]
    neg = [s for s, ok in pairs if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def pooled(ran: list[rb.Outcome], variants: list[list[str]], inputs: Inputs) -> None:
    weights = scoring.model().weights
    raw = scoring.Model(weights, {}, {k: rb.NEVER for k in scoring.GAP_CLASSES})
    for extra in variants:
        with Appended(extra, inputs):
            verdicts = [rb.judge(o, raw, rb.NUMBERING_CONFIDENCE) for o in ran]
            decided = [v for v in verdicts if v.fill is not None and not v.by_numbering and v.inputs]
            scores = rb.out_of_source_scores(decided)
        cells, total = [], 0
        for k in scoring.GAP_CLASSES:
            pairs = [(s, v.correct_top) for v, s in zip(decided, scores) if v.klass == k and s is not None]
            n = share_at(pairs)
            total += n
            cells.append(f"{k} {n}/{len(pairs)} ({100 * n / max(1, len(pairs)):.1f}%, AUC {auc(pairs):.4f})")
        print(f"{'+'.join(extra) or 'none'}: " + "; ".join(cells)
              + f"; all {total}/{len(decided)} ({100 * total / max(1, len(decided)):.1f}%)", flush=True)


def bench(ran: list[rb.Outcome], variants: list[list[str]], inputs: Inputs, kept: Path, jobs: int) -> None:
    cal = [o for o in ran if rb.split_of(o.mask.source, o.mask.doc) == "calibration"]
    rep = [o for o in ran if rb.split_of(o.mask.source, o.mask.doc) == "report"]
    sources = sorted({o.mask.source for o in rep})
    wfile = Path(str(kept) + ".weights")
    fit_without = rb._fit_without
    if wfile.is_file():
        cached = pickle.loads(wfile.read_bytes())
        rb._fit_without = lambda s: cached[s]
    try:
        for extra in variants:
            with Appended(extra, inputs):
                packaged_fit, per_source = rb.fit(cal, jobs)
                verdicts = [rb.judge(o, per_source[o.mask.source].model,
                                     per_source[o.mask.source].numbering_confidence) for o in rep]
            if not wfile.is_file():
                wfile.write_bytes(pickle.dumps({None: packaged_fit.model.weights,
                                                **{s: f.model.weights for s, f in per_source.items()}}))
            print(f"## {'+'.join(extra) or 'none'} (target {packaged_fit.target})")
            print("| source | model's commits right/n | Wilson lower | coverage | kanji | kana | pairs | headings |")
            for s in sources + [None]:
                vs = [v for v in verdicts if s is None or v.mask.source == s]
                m, a = rb.summary([v for v in vs if not v.by_numbering]), rb.summary(vs)
                kinds = [rb.summary([v for v in vs if v.mask.kind == k]) for k in rb.KINDS]
                print(f"| {s or 'all'} | {m['right']}/{m['committed']} | {m['wilson']:.3f} | "
                      f"{100 * a['coverage']:.1f}% | " + " | ".join(f"{100 * k['coverage']:.1f}%" for k in kinds)
                      + " |", flush=True)
    finally:
        rb._fit_without = fit_without


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--pooled", action="store_true", help="out-of-source confidence, pooled share and AUC")
    mode.add_argument("--bench", action="store_true", help="the benchmark's leave-one-source-out fit (a full run)")
    ap.add_argument("outcomes", type=Path, help="kept outcomes (bench/out/restore_outcomes.pickle)")
    ap.add_argument("variants", nargs="+", help='comma-separated inputs per variant ("" for none)')
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=5, help="the placebos' random seed")
    args = ap.parse_args(argv)
    variants = [[e for e in v.split(",") if e] for v in args.variants]
    unknown = {e for v in variants for e in v if e not in INPUTS and not e.startswith("placebo")}
    if unknown:
        ap.error(f"unknown inputs: {', '.join(sorted(unknown))} (known: {', '.join(INPUTS)}, placebo…)")
    rb.OUTCOMES_FILE = args.outcomes
    ran = [o for o in rb.load_outcomes() if o.mask.source != rb.SAMPLE]  # the sample is a test, never fitted on
    inputs = Inputs(rb.load_corpus(sorted({o.mask.source for o in ran})), args.seed)
    print(f"confidence_screen: {len(ran)} outcomes of {args.outcomes}", file=sys.stderr, flush=True)
    if args.pooled:
        pooled(ran, variants, inputs)
    else:
        bench(ran, variants, inputs, args.outcomes, args.jobs)
    return 0


if __name__ == "__main__":
    # run as bench.confidence_screen with bench.restore_bench imported by name, so the kept outcomes unpickle
    from bench import confidence_screen

    raise SystemExit(confidence_screen.main())
