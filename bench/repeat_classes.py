"""Committed precision by repetition class on the benchmark's kept outcomes (docs/restore.md, Known limits).

Judges the report half of ``bench/out/restore_outcomes.pickle`` (or the path given) with the packaged model —
optimistic: its weights saw every source's calibration half — and counts commits right by how often the top fill's
repeated context stands elsewhere (``rep_hits``: once, more) and how much the weaker side repeats (``rep_both``),
beside the commits with no repetition. Compare with ``bench/prose_bench.py``'s wrong commits off home ground.

    PYTHONPATH=. .venv/bin/python -m bench.repeat_classes [/path/to/restore_outcomes.pickle]
"""

from __future__ import annotations

import collections
import math
import pickle
import sys
from pathlib import Path

from bench import restore_bench as rb
from pipeline.restore import scoring


def classes(path: Path) -> dict[str, tuple[int, int]]:
    """Class → (right, committed) over the report half's commits not made by numbering."""
    kept = pickle.loads(path.read_bytes())
    names, ran = tuple(kept["features"]), kept["outcomes"]
    if scoring.FEATURES[:len(names)] != names:
        raise SystemExit(f"{path} was kept with other features: restore again")
    pad = [0.0] * (len(scoring.FEATURES) - len(names))
    fit = rb.packaged()
    hits_at, both_at, rep_at = (scoring.FEATURES.index(n) for n in ("rep_hits", "rep_both", "has_rep"))
    count: collections.Counter = collections.Counter()
    for o in ran:
        if o.mask.source == rb.SAMPLE or rb.split_of(o.mask.source, o.mask.doc) != "report":
            continue
        o.vectors = [list(v) + pad for v in o.vectors]
        v = rb.judge(o, fit.model, fit.numbering_confidence)
        if not v.committed or v.by_numbering or not v.top:
            continue
        if not v.top[rep_at]:
            key = "no repetition"
        else:
            hits, weak = round(math.expm1(v.top[hits_at])), round(v.top[both_at] * 3)  # (the features' scales)
            key = f"found {'once' if hits <= 1 else 'twice or more'}, weaker side {min(weak, 3)}{'+' if weak >= 3 else ''}"
        count[(key, v.correct_top)] += 1
    return {key: (count[(key, True)], count[(key, True)] + count[(key, False)]) for key in sorted({k for k, _ in count})}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for key, (right, n) in classes(Path(argv[0]) if argv else rb.OUTCOMES_FILE).items():
        print(f"{key}: {right}/{n} = {right / n:.3f} (Wilson lower {rb.wilson_lower(right, n):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
