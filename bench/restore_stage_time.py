"""The restore stage alone on segment files, in one process: CPU time per document and per gap.

The first file warms the process up (imports, the word index, the character models) and is not counted; the rest
are restored one after the other as ``pipeline restore --talks`` restores each, and the figures are printed as one
JSON line: each document's CPU seconds and gaps, their total, and the median CPU per gap in milliseconds (the
figure `make bench` reports for the stage). Compare two trees by running this from each, alternated:

    python -m bench.restore_stage_time out/segment/0005.json out/segment/0001.json out/segment/0004.json ...
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from pipeline import files
    from pipeline.model import Segmented
    from pipeline.restore import restore

    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)]
    if len(paths) < 2:
        print("usage: python -m bench.restore_stage_time WARMUP.json SEGMENT.json ...", file=sys.stderr)
        return 2
    counted: dict[str, tuple[float, int]] = {}
    for i, path in enumerate(paths):
        record = files.read_record(path, "segment", Segmented.from_json)
        gc.collect()  # the heap settled between documents, as driver.run_one leaves it
        c0 = time.process_time()
        restored = restore(record)
        cpu = time.process_time() - c0
        if i:
            counted[path.stem] = (cpu, sum(len(rt.repairs) for rt in restored.talks))
    per_gap = [cpu / gaps for cpu, gaps in counted.values() if gaps]
    print(json.dumps({"docs": {k: [round(c, 3), g] for k, (c, g) in counted.items()},
                      "total_cpu": round(sum(c for c, _ in counted.values()), 3),
                      "median_ms_per_gap": round(1000 * statistics.median(per_gap), 2) if per_gap else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
