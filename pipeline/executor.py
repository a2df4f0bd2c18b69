"""Run the per-document pipeline over many raw files: here, or on a Dask cluster.

Every document goes through :func:`pipeline.driver.run_one` on its own, so the
batch is an embarrassingly parallel map. The *local* executor is a plain loop
in this process and never imports Dask, so the default install needs no Dask.
The *dask* executor maps the same function over a ``dask.distributed``
cluster (an existing scheduler, or a ``LocalCluster`` started for the run)
instead of a home-made process pool.

Either way a document's :class:`~pipeline.errors.PipelineError` becomes a
failed :class:`Outcome` where it happens — on the worker — so one bad
document is reported like a local failure and never stops the others.

Workers keep the stage modules imported between tasks, so each lazily built
resource (the Sudachi dictionary, spaCy) is loaded once per worker process,
not once per document.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from pipeline import files
from pipeline.driver import extract_notes, run_one
from pipeline.errors import PipelineError

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class Outcome:
    """What became of one raw file: the talk files written, or the error line."""

    raw: str
    talks: tuple[str, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()  # what extraction noted (pipeline.extract.pdfnotes), printed by the CLI

    @property
    def ok(self) -> bool:
        return self.error is None


def process(raw: str, out: str, encoding: str | None = None, cwd: str | None = None, stem: str | None = None) -> Outcome:
    """Run every stage on one raw file, its outputs named ``stem`` (default its own name), and return a picklable
    :class:`Outcome`.

    ``cwd`` is the submitting process's working directory. A relative path
    means the same file only where the working directory is the same, and
    the path itself is recorded in the output (``source.file``), so it is
    neither silently re-rooted nor resolved: a worker elsewhere refuses it
    with the remedy.

    >>> process("no/such/file.txt", "out").ok
    False
    """
    if cwd is not None and not Path(raw).is_absolute() and os.path.realpath(os.getcwd()) != os.path.realpath(cwd):
        return Outcome(
            raw,
            error=f"{raw}: is a relative path, but this worker runs in {os.getcwd()}, not {cwd} — "
            "give absolute paths, or start the workers in the same directory",
        )
    try:
        written = run_one(Path(raw), Path(out), encoding=encoding, stem=stem)
    except PipelineError as exc:
        return Outcome(raw, error=exc.message())
    notes = extract_notes(files.stage_path(Path(out), "extract", stem or files.safe_stem(Path(raw))))
    return Outcome(raw, talks=tuple(str(p) for p in written), notes=notes)


def run_local(raws: Iterable[str], out: str, *, encoding: str | None = None,
              stems: Mapping[str, str] | None = None) -> Iterator[Outcome]:
    """One document after the other, in this process (no Dask import)."""
    for raw in raws:
        yield process(raw, out, encoding, stem=(stems or {}).get(raw))


def run_dask(
    raws: Sequence[str],
    out: str,
    *,
    encoding: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    stems: Mapping[str, str] | None = None,
) -> Iterator[Outcome]:
    """Map documents over a dask.distributed cluster; outcomes come back in input order.

    With ``scheduler`` the run joins that cluster (``tcp://host:8786``);
    otherwise it starts a ``LocalCluster`` of ``workers`` single-threaded
    processes (default: one per CPU) for the duration of the run. Single
    threads because the stages are CPU-bound Python (threads would only
    fight over the GIL) and a Sudachi tokenizer must not be shared between
    threads. At most a few tasks per worker thread are in flight, so a
    corpus of millions of files is streamed, not submitted at once.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PipelineError(
            "--executor dask", f"needs dask.distributed, which is not installed ({exc})", "pip install '.[dask]'"
        ) from exc

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        try:
            client = Client(cluster if cluster is not None else scheduler)
        except OSError as exc:
            raise PipelineError(
                f"--scheduler {scheduler}", f"cannot be reached ({exc})", "start it with `dask scheduler` or check the address"
            ) from exc
        with client:
            yield from _stream(client, raws, out, encoding, stems or {})
    finally:
        if cluster is not None:
            cluster.close()


def _stream(client, raws: Sequence[str], out: str, encoding: str | None, stems: Mapping[str, str]) -> Iterator[Outcome]:
    cwd = os.getcwd()
    out = os.path.abspath(out)  # the output root is not recorded in any file, so it may be re-rooted
    threads = sum(client.nthreads().values()) or 1
    window = max(4 * threads, 8)
    pending: deque = deque()
    for raw in raws:
        # pure=False: the same path may hold new bytes on a rerun; never reuse a cached result.
        pending.append((raw, client.submit(process, raw, out, encoding, cwd, stems.get(raw), pure=False)))
        if len(pending) >= window:
            yield _result(*pending.popleft())
    while pending:
        yield _result(*pending.popleft())


def _result(raw: str, future) -> Outcome:
    """The document's outcome; a task that died with its worker is that document's failure.

    ``process`` already turns every error of the pipeline into an outcome, so
    an exception here means the worker process itself went away (killed for
    memory, crashed) more often than Dask's retries allow.
    """
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 — distributed raises many kinds (KilledWorker, CommClosedError…)
        return Outcome(
            raw,
            error=f"{raw}: its Dask worker failed ({type(exc).__name__}: {exc}) — "
            f"run it alone with `python -m pipeline run {raw}` to see why",
        )


def run_all(
    raws: Sequence[str | Path],
    out: str | Path,
    *,
    encoding: str | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    stems: Mapping[Path, str] | None = None,
) -> Iterator[Outcome]:
    """Every raw file through every stage with the chosen executor, outcomes in input order; ``stems`` names each
    file's outputs (:func:`pipeline.files.output_names`; default: its own name)."""
    names = [str(r) for r in raws]
    by_name = {str(r): stem for r, stem in (stems or {}).items()}
    if executor == "local":
        if scheduler is not None or workers is not None:
            raise PipelineError(
                "--scheduler/--workers", "only apply to a Dask run", "add --executor dask, or drop them"
            )
        return run_local(names, str(out), encoding=encoding, stems=by_name)
    if executor == "dask":
        if scheduler is not None and workers is not None:
            raise PipelineError(
                "--workers", "sizes the local cluster started when no --scheduler is given", "drop --workers, or --scheduler"
            )
        if workers is not None and workers < 1:
            raise PipelineError("--workers", f"must be at least 1, not {workers}", "give a positive number")
        return run_dask(names, str(out), encoding=encoding, scheduler=scheduler, workers=workers, stems=by_name)
    raise PipelineError("--executor", f"unknown executor {executor!r}", f"choose one of {', '.join(EXECUTORS)}")
