from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))  # for `import golden`

SAMPLE = ROOT / "raw" / "000_339d16c72fef9a96.txt"


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture(scope="session")
def sample_extracted(sample_bytes):
    from pipeline.extract import extract

    return extract(sample_bytes, name="raw/000_339d16c72fef9a96.txt")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
