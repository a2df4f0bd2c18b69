"""Golden-file harness.

``compare(actual, path)`` checks ``actual`` against the golden file and fails
with a unified diff. With ``UPDATE_GOLDEN=1`` (what ``make golden`` sets) it
rewrites the file instead: golden files change only on purpose, and the change
is reviewed as a git diff before it is committed.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"


def updating() -> bool:
    return os.environ.get("UPDATE_GOLDEN") == "1"


def compare(actual: str, path: str | Path) -> None:
    path = Path(path)
    if not path.is_absolute():
        path = GOLDEN / path
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"golden file {path} is missing — run `make golden` and review the new file")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{path} (golden)",
                tofile="actual",
                n=2,
            )
        )
        pytest.fail(f"output differs from golden file {path.name} (run `make golden` if intended):\n{diff}", pytrace=False)


def cases(stage: str, suffix: str = ".in") -> list[Path]:
    """Focused golden cases of a stage: ``tests/golden/<stage>/cases/*<suffix>``."""
    return sorted((GOLDEN / stage / "cases").glob(f"*{suffix}"))
