"""Big input: a stage's time must grow with the document, not with its square.

A 20 MB proceedings dump holds hundreds of talks; a stage that compares every
talk with the whole document is fine on the two-talk sample and takes hours
there. Measured as CPU time (not wall time, which other processes inflate) on
the made-up talk repeated 80 and 640 times: linear work gives a ratio near 8,
quadratic near 64.
"""

from __future__ import annotations

import gc
import time

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.restore import restore
from pipeline.segment import segment
from reliability import TALK

SMALL, LARGE = 80, 640  # below ~80 talks a stage runs from warm caches, which flatters the small size
LIMIT = 20  # 8 for linear work; room for n log n and noise, far below quadratic's 64


def cpu_seconds(fn, arg) -> tuple[float, object]:
    """CPU time of one call. One, not the best of several: a stage may cache per string, and a second
    run over the same strings would measure the cache, not the work.

    The cyclic collector is off during the call: its passes walk every object alive in the
    process (other tests' fixtures, the restore models), so with it on the large input pays for
    the rest of the test session, not for its own growth (clean measured 23x in the full suite,
    13x alone)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        result = fn(arg)
        return time.process_time() - start, result
    finally:
        gc.enable()


def distinct_copies(copies: int, first: int = 1) -> bytes:
    """The made-up talk ``copies`` times, every line of every copy different (its copy number appended),
    so no per-string cache can make the copies after the first free."""
    lines = TALK.splitlines()
    return "".join(
        "".join(f"{line} {n}\n" if line.strip() else "\n" for line in lines) for n in range(first, first + copies)
    ).encode()


def inputs(copies: int) -> dict[str, object]:
    """Each stage's input. Clean gets lines no stage has seen yet (making segment's input ran clean)."""
    cleaned = clean(extract(distinct_copies(copies), name="raw/big.txt"))
    unseen = extract(distinct_copies(copies, first=100_000 * copies), name="raw/big.txt")
    return {"clean": unseen, "segment": cleaned, "restore": segment(cleaned)}


STAGES = {"clean": clean, "segment": segment, "restore": restore}


@pytest.fixture(scope="module")
def documents():
    return {SMALL: inputs(SMALL), LARGE: inputs(LARGE)}


@pytest.mark.parametrize(
    "stage",
    [
        "clean",
        "segment",
        "restore",
    ],
)
def test_stage_time_grows_linearly_with_the_number_of_talks(stage, documents):
    # Warm up on other text first: a resource loaded lazily on the first call
    # (a word list, an index) is a one-off cost, not growth.
    STAGES[stage](inputs(2)[stage])
    small, _ = cpu_seconds(STAGES[stage], documents[SMALL][stage])
    large, _ = cpu_seconds(STAGES[stage], documents[LARGE][stage])
    # A floor of 20 ms keeps a stage that is nearly free on the small input
    # (restore with few gaps: ~8 ms) from turning timer noise into a ratio;
    # quadratic growth from there would still give ~25, above the limit.
    assert large / max(small, 0.02) < LIMIT, f"{stage}: {small:.3f}s for {SMALL} talks, {large:.3f}s for {LARGE}"
