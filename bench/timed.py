"""Run one pipeline command and append its wall time and peak RSS to a log.

Used as the Makefile's ``CLI`` by the benchmark, so every process ``make``
starts is measured as it really runs (interpreter start, imports, resource
loading, the stage itself):

    make CLI="python -m bench.timed bench/out/log.jsonl" ...

One JSON line per process: ``{"stage", "args", "wall_s", "cpu_s", "rss_mb", "status", "heavy_imports"}``.
``wall_s`` counts from the process's start as the kernel recorded it, so it
includes the interpreter's own start-up.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


#: Libraries that cost real time to import or load; each process should import only those its stage uses.
HEAVY = ("sudachipy", "spacy", "pdfminer", "charset_normalizer", "ftfy", "jsonschema", "dask", "distributed", "tqdm")


def seconds_since_start() -> float:
    """Wall time since this process started (Linux /proc; 10 ms resolution)."""
    with open("/proc/self/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])  # field 22, after the command name
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def main() -> int:
    log, argv = sys.argv[1], sys.argv[2:]
    from pipeline.cli import main as pipeline_main

    status: int | str | None = 1
    try:
        status = pipeline_main(argv)
    except SystemExit as exc:  # argparse's --help and usage errors
        status = exc.code
        raise
    finally:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        record = {
            "stage": argv[0] if argv else None,
            "args": argv[1:],
            "wall_s": round(seconds_since_start(), 3),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "rss_mb": round(usage.ru_maxrss / 1024, 1),
            "status": status,
            "heavy_imports": sorted(m for m in HEAVY if m in sys.modules),
        }
        # One short write in append mode: lines from parallel make jobs do not interleave.
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
