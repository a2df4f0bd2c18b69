"""Growth: a stage's CPU time must grow with its input, not with its square.

Two measured ratios, printed as one JSON object (``make bench`` runs this in
its own process and puts the ratios in its table; the test suite asserts no
time at all):

* **talks**: clean, segment and restore on the made-up talk of
  ``tests/reliability.py`` repeated ``small`` and ``large`` times (80 and 640
  by default). A 20 MB proceedings dump holds hundreds of talks; a stage that
  compares every talk with the whole document is fine on the two-talk sample
  and takes hours there. Linear work gives a ratio near 8 (``large/small``),
  quadratic near 64; the target is below 20, room for n log n and noise.
* **long lines**: clean on one line of ``n`` and of ``10 n`` characters, per
  line shape (a repeated pair, a repeated word, letters and spaces, Japanese,
  lost glyphs). Linear: near 10; quadratic: near 100; target below 25.

CPU time, not wall time (other processes on a shared machine inflate wall
time), with the cyclic garbage collector off during each call: its passes
walk every live object, so with it on the large input pays for whatever else
the process holds, not for its own growth.

    python -m bench.growth [--small 80] [--large 640] [--line 20000]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
GAP = "\ufffd"
TALKS_TARGET = 20.0
LINES_TARGET = 25.0
#: One line shape each, as a function of its length in characters.
LINE_SHAPES: dict[str, Callable[[int], str]] = {
    "repeated-pair": lambda n: ("ab" * n)[:n],
    "repeated-word": lambda n: ("Port City" * n)[:n],
    "letters-and-spaces": lambda n: ("a " * n)[:n],
    "ghost-shaped": lambda n: ("E h t " * n)[:n],
    "japanese": lambda n: ("人口 100 万の国際都市である。" * n)[:n],
    "lost-glyphs": lambda n: GAP * n,
}


def cpu_seconds(fn: Callable[[Any], Any], arg: Any) -> float:
    """CPU time of one call, the cyclic collector off. One call, not the best of several: a stage may
    cache per string, and a second run over the same strings would measure the cache, not the work."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        fn(arg)
        return time.process_time() - start
    finally:
        gc.enable()


def made_up_talk() -> str:
    """The made-up talk every reliability test uses (tests/reliability.py: one place for it)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from reliability import TALK

    return TALK


def distinct_copies(talk: str, copies: int, first: int = 1) -> bytes:
    """``talk`` ``copies`` times, every line of every copy different (its copy number appended),
    so no per-string cache can make the copies after the first free.

    >>> distinct_copies("市\\n\\nA\\n", 2).decode()
    '市 1\\n\\nA 1\\n市 2\\n\\nA 2\\n'
    """
    lines = talk.splitlines()
    return "".join(
        "".join(f"{line} {n}\n" if line.strip() else "\n" for line in lines) for n in range(first, first + copies)
    ).encode()


def talks(small: int, large: int) -> dict[str, Any]:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    talk = made_up_talk()

    def inputs(copies: int) -> dict[str, Any]:
        """Each stage's input. Clean gets lines no stage has seen yet (making segment's input ran clean)."""
        cleaned = clean(extract(distinct_copies(talk, copies), name="raw/big.txt"))
        unseen = extract(distinct_copies(talk, copies, first=100_000 * copies), name="raw/big.txt")
        return {"clean": unseen, "segment": cleaned, "restore": segment(cleaned)}

    stages = {"clean": clean, "segment": segment, "restore": restore}
    docs = {small: inputs(small), large: inputs(large)}
    result: dict[str, Any] = {"small": small, "large": large, "target": TALKS_TARGET, "stages": {}}
    for name, stage in stages.items():
        # Warm up on other text first: a resource loaded lazily on the first call
        # (a word list, an index) is a one-off cost, not growth.
        stage(inputs(2)[name])
        t_small = cpu_seconds(stage, docs[small][name])
        t_large = cpu_seconds(stage, docs[large][name])
        # A floor of 20 ms keeps a stage nearly free on the small input (restore with no gaps:
        # ~8 ms) from turning timer noise into a ratio.
        result["stages"][name] = {"small_cpu_s": t_small, "large_cpu_s": t_large,
                                  "ratio": t_large / max(t_small, 0.02)}
    return result


def long_lines(chars: int) -> dict[str, Any]:
    from pipeline.clean import clean
    from pipeline.model import Extracted, SourceFile

    source = SourceFile("long.txt", "0" * 64, "txt")

    def doc(line: str) -> Extracted:
        return Extracted(source=source, lines=(line, "next", line[:3000], line[:300]))

    result: dict[str, Any] = {"chars": [chars, 10 * chars], "target": LINES_TARGET, "shapes": {}}
    clean(doc("warm up " * 100))
    for name, shape in LINE_SHAPES.items():
        t_small = cpu_seconds(clean, doc(shape(chars)))
        t_large = cpu_seconds(clean, doc(shape(10 * chars)))
        result["shapes"][name] = {"small_cpu_s": t_small, "large_cpu_s": t_large,
                                  "ratio": t_large / max(t_small, 0.02)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.growth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=80, help="copies of the made-up talk, small input (80)")
    parser.add_argument("--large", type=int, default=640, help="copies, large input (640)")
    parser.add_argument("--line", type=int, default=20_000, help="characters of the shorter long line (20000)")
    args = parser.parse_args(argv)
    result = {"talks": talks(args.small, args.large), "long_lines": long_lines(args.line)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
