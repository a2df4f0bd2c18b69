"""Shared fixtures, and the opt-in marker.

The sample (``raw/000_339d16c72fef9a96.txt``) is expensive to restore (tens
of seconds of CPU), so it goes through each code path ONCE per test session
and every test reads the result:

* :func:`sample_run` — the whole pipeline, through the CLI (``pipeline run``),
  into a session folder: every stage record (``extract/ clean/ segment/
  restore/`` JSON) and the talk folder (talk JSON, DocBins, ``corpus.jsonl``,
  ``index.json``). Use it for anything about the sample's stage records or
  talks; never run the sample through restore or ``run`` yourself.
* :func:`sample_restore_text` — ``restore_text`` on the raw sample (the
  ``pipeline restore FILE`` contract), a fresh copy for each test.
* :func:`sample_bytes`, :func:`sample_text`, :func:`sample_extracted` — the
  raw file and its extract record (cheap).

Tests marked ``slow`` are opt-in: ``make test`` (plain ``pytest``) deselects
them, ``make test-all`` (``pytest --run-slow``) runs them. Keep the mark for
the few tests that cost minutes by nature (the 20 MB input, the benchmark
harness end to end, many ``make`` runs); see docs/development.md.
"""

from __future__ import annotations

import copy
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

collect_ignore_glob = ["data/*"]
"""Inputs and the scripts that made them (``tests/data/<branch>/make*.py``) are no tests: pytest's doctest collection
would import a script and run it (a fresh clone's ``make test`` stopped at ``tests/data/vert67/make.py``, session 67)."""

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))  # for `import golden`

SAMPLE = ROOT / "raw" / "000_339d16c72fef9a96.txt"


# No wall-clock limit in any test, property tests included: hypothesis's per-example deadline and its
# "data generation too slow" health check both judge time, which a shared machine makes flaky.
# Derandomized, so that CI and a fresh clone run the same examples (a failure is reproducible, never a
# coin toss); `HYPOTHESIS_PROFILE=explore pytest …` searches with fresh random examples.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


# --------------------------------------------------------------------------
# Opt-in heavy tests
# --------------------------------------------------------------------------


def pytest_addoption(parser):
    parser.addoption(
        "--run-slow", action="store_true", default=False,
        help="also run the tests marked slow (the opt-in heavy ones); `make test-all` passes it",
    )


def pytest_collection_modifyitems(config, items):
    """Deselect ``slow`` tests unless ``--run-slow`` is given or ``-m`` chooses by marker itself."""
    if config.getoption("--run-slow") or config.getoption("markexpr"):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


# --------------------------------------------------------------------------
# Inputs kept outside the repository
# --------------------------------------------------------------------------

REGRESSION_INPUTS = "/work/regress/"
"""Where earlier sessions kept made-up and trial inputs beside the checkout (docs/development.md): not part of the
repository, so not on a fresh machine. New tests copy their inputs into ``tests/data/<branch>/``."""


@pytest.hookimpl(hookwrapper=True)
def pytest_pyfunc_call(pyfuncitem):
    """A test that reads an input under :data:`REGRESSION_INPUTS` which this machine lacks is skipped, saying so,
    never failed: the input is not the code's fault (session 80 found a fresh machine without that folder, and
    test_letter76's, test_furn76's and test_rows79's trial inputs among the tests reading it unguarded)."""
    outcome = yield
    excinfo = outcome.excinfo
    if excinfo is not None and issubclass(excinfo[0], FileNotFoundError) \
            and str(getattr(excinfo[1], "filename", "") or "").startswith(REGRESSION_INPUTS):
        outcome.force_exception(pytest.skip.Exception(
            f"regression input {excinfo[1].filename} is not on this machine (kept outside the repository)",
            _use_item_location=True))


# --------------------------------------------------------------------------
# The sample
# --------------------------------------------------------------------------


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


@dataclass(frozen=True)
class SampleRun:
    """Where ``pipeline run raw/<sample>`` wrote the sample's outputs (read them; never write there).

    ``out``: the ``--out`` folder; ``stem``: the sample's stem. Stage files are
    ``out/<stage>/<stem>.json``, talks ``out/talks/<stem>/``.
    """

    out: Path
    stem: str

    def stage_file(self, stage: str) -> Path:
        """``extract``, ``clean``, ``segment`` or ``restore`` → that stage's JSON file."""
        from pipeline import files

        return files.stage_path(self.out, stage, self.stem)

    def record(self, stage: str) -> Any:
        """The stage's record loaded from its file (a fresh object per call: yours to change):
        ``Extracted``, ``Cleaned``, ``Segmented`` or ``Restored``."""
        from pipeline import files
        from pipeline.model import Cleaned, Extracted, Restored, Segmented

        codec = {"extract": Extracted, "clean": Cleaned, "segment": Segmented, "restore": Restored}[stage]
        return files.read_record(self.stage_file(stage), stage, codec.from_json)

    @property
    def talks_dir(self) -> Path:
        """The talk folder: one JSON and one ``.spacy`` DocBin per talk, ``corpus.jsonl``, ``index.json``."""
        from pipeline import files

        return files.talks_dir(self.out, self.stem)

    def talk_files(self) -> list[Path]:
        """The talk JSON files, sorted (``index.json`` left out); never empty for the sample."""
        talks = sorted(p for p in self.talks_dir.glob("*.json") if p.name != "index.json")
        assert talks, f"the sample run wrote no talk JSON in {self.talks_dir}"
        return talks


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> SampleRun:
    """The sample through every stage once per session, by ``pipeline run`` as a user runs it.

    Run from the repository root with the relative path, as ``make all`` does,
    so the records' ``source.file`` is ``raw/…`` wherever the checkout lives.
    Returns a :class:`SampleRun`; tests read its files and must not change
    them (copy the folder first if a test needs to).
    """
    from pipeline import cli

    out = tmp_path_factory.mktemp("sample-run") / "out"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        status = cli.main(["run", str(SAMPLE.relative_to(ROOT)), "--out", str(out), "--quiet"])
    finally:
        os.chdir(cwd)
    assert status == 0, "pipeline run on the sample failed (its error is in the captured stderr)"
    return SampleRun(out=out, stem=SAMPLE.stem)


@pytest.fixture(scope="session")
def _sample_restore_text_once(sample_text) -> dict:
    from pipeline.restore import restore_text

    return restore_text(sample_text)


@pytest.fixture()
def sample_restore_text(_sample_restore_text_once) -> dict:
    """``restore_text(sample_text)`` — computed once per session; each test gets its own deep copy."""
    return copy.deepcopy(_sample_restore_text_once)
