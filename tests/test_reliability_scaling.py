"""Big input: a stage's time must grow with the document, not with its square.

A 20 MB proceedings dump holds hundreds of talks; a stage that compares every
talk with the whole document is fine on the two-talk sample and takes hours
there. Measured as CPU time (not wall time, which other processes inflate) on
the made-up talk repeated 40 and 320 times: linear work gives a ratio near 8,
quadratic near 64.
"""

from __future__ import annotations

import time

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.restore import restore
from pipeline.segment import segment
from reliability import TALK, big_text

SMALL, LARGE = 40, 320
LIMIT = 20  # 8 for linear work; room for n log n and noise, far below quadratic's 64


def cpu_seconds(fn, arg) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(2):  # the faster of two runs: less noise from a busy machine
        start = time.process_time()
        result = fn(arg)
        best = min(best, time.process_time() - start)
    return best, result


def inputs(copies: int) -> dict[str, object]:
    doc = extract(big_text(len(TALK.encode()) * copies - 1), name="raw/big.txt")
    cleaned = clean(doc)
    return {"clean": doc, "segment": cleaned, "restore": segment(cleaned)}


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
    small, _ = cpu_seconds(STAGES[stage], documents[SMALL][stage])
    large, _ = cpu_seconds(STAGES[stage], documents[LARGE][stage])
    assert large / max(small, 0.01) < LIMIT, f"{stage}: {small:.2f}s for {SMALL} talks, {large:.2f}s for {LARGE}"
