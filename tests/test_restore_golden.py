"""Golden files for restore: made-up cases under tests/golden/restore/cases/ and the sample's verdicts.

They change when the providers or the packaged calibration change; `make golden` rewrites them and the
diff is reviewed like code.
"""

from __future__ import annotations

import json

import golden
import pytest

from pipeline.restore import restore_text


@pytest.mark.parametrize("case", golden.cases("restore"), ids=lambda p: p.stem)
def test_restore_golden_case(case):
    out = restore_text(case.read_text(encoding="utf-8"))
    golden.compare(json.dumps(out, ensure_ascii=False, indent=1) + "\n", case.with_suffix(".json"))


def test_restore_golden_sample_verdicts(sample_text, sample_restore_text):
    """One line per repair of the raw sample: where, what was lost, the verdict, the top candidates."""
    out = sample_restore_text
    starts = [0]
    for ln in sample_text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)
    rows = []
    for r in out["repairs"]:
        line = next(i for i, s in enumerate(starts) if s > r["start"])
        col = r["start"] - starts[line - 1]
        cands = " ".join(c["text"] for c in r["candidates"][:3])
        kinds = ",".join(sorted({e["kind"] for e in r["evidence"]}))
        rows.append(f"{line}:{col}\t{r['original']}\t{r['status']}\t{r['restored'] or ''}\t{r['confidence']:.2f}\t{cands}\t{kinds}")
    golden.compare("\n".join(rows) + "\n", "restore/sample_verdicts.tsv")
