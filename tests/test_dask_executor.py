"""`pipeline run --executor dask` on a real dask.distributed LocalCluster.

Two worker *processes*, so documents really are pickled to other processes
and each worker imports the stages itself: the outputs must still be byte
for byte those of a local run, and a bad document must be reported the same
way without stopping the others.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pipeline import cli

distributed = pytest.importorskip("distributed")

# A two-process cluster and the whole pipeline, twice: tens of seconds.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for bench.loads, run on the workers

from test_executor import MADE_UP  # noqa: E402  (tests/ is on sys.path via conftest)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _install_counters() -> None:
    sys.path.insert(0, str(ROOT))
    from bench import loads

    loads.install()


def _counts() -> dict:
    from bench import loads

    return loads.snapshot()


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        # Before any task: the workers' stage imports then bind the counting constructors.
        client.run(_install_counters)
        yield cluster, client


def test_dask_run_is_byte_identical_to_local_and_reports_the_bad_file_the_same(cluster, tmp_path, sample_bytes, capsys):
    cluster, _ = cluster
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a_sample.txt").write_bytes(sample_bytes)
    (raw / "b_empty.txt").write_bytes(b"")
    (raw / "c_made_up.txt").write_text(MADE_UP, encoding="utf-8")
    (raw / "d_binary.txt").write_bytes(bytes(range(256)) * 4)

    local_status = cli.main(["run", "--out", str(tmp_path / "local"), str(raw)])
    local_err = capsys.readouterr().err
    dask_status = cli.main(
        ["run", "--executor", "dask", "--scheduler", cluster.scheduler_address, "--out", str(tmp_path / "dask"), str(raw)]
    )
    dask_err = capsys.readouterr().err

    local, remote = _tree(tmp_path / "local"), _tree(tmp_path / "dask")
    assert sorted(remote) == sorted(local)
    assert [name for name in local if remote[name] != local[name]] == []
    assert any(name.startswith("talks/a_sample/") for name in local)
    assert any(name.startswith("talks/c_made_up/") for name in local)
    assert not any("b_empty" in name or "d_binary" in name for name in local)

    assert local_status == dask_status == 1
    assert dask_err.replace(str(tmp_path / "dask"), "OUT") == local_err.replace(str(tmp_path / "local"), "OUT")
    errors = [line for line in dask_err.splitlines() if not re.match(r"pipeline: \d+ of \d+ files done", line)]
    assert len(errors) == 2
    assert errors[0].startswith(f"pipeline: {raw / 'b_empty.txt'}: ")
    assert errors[1].startswith(f"pipeline: {raw / 'd_binary.txt'}: ")
    assert "2 of 4 files done" in dask_err


def test_each_worker_builds_each_resource_at_most_once(cluster, tmp_path, sample_bytes):
    """Sudachi's dictionary (and spaCy) once per worker process, however many documents it runs."""
    cluster, client = cluster
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(4):  # more documents than workers: each worker runs several
        (raw / f"doc{n}.txt").write_bytes(sample_bytes if n % 2 else MADE_UP.encode("utf-8"))
    status = cli.main(["run", "-q", "--executor", "dask", "--scheduler", cluster.scheduler_address,
                       "--out", str(tmp_path / "out"), str(raw)])
    assert status == 0
    per_worker = client.run(_counts)
    assert len(per_worker) == 2
    assert any(per_worker.values()), "no worker counted any resource: the counters were not installed"
    for worker, counts in per_worker.items():
        for name, seen in counts.items():
            assert seen["count"] <= 1, f"{worker} built {name} {seen['count']} times, at {seen['callers']}"


def test_a_task_that_dies_on_its_worker_is_that_documents_failure(cluster):
    """Not a PipelineError (those become outcomes on the worker): the task itself raised or its worker died."""
    _, client = cluster
    import operator

    from pipeline import executor

    outcome = executor._result("raw/x.txt", client.submit(operator.truediv, 1, 0, pure=False))
    assert not outcome.ok
    assert outcome.error.startswith("raw/x.txt: its Dask worker failed (ZeroDivisionError: ")
    assert outcome.error.endswith("run it alone with `python -m pipeline run raw/x.txt` to see why")
