"""The per-document driver: each stage step reads the previous stage's file
and writes its own; :func:`run_one` runs every step on one raw file.

The CLI (:mod:`pipeline.cli`) and the batch executors
(:mod:`pipeline.executor`) both call these functions; neither imports the
other. Heavy libraries (Sudachi, spaCy, pdfminer) are imported inside the
steps that need them, so ``--help`` stays instant.
"""

from __future__ import annotations

import gc
import traceback
from pathlib import Path

from pipeline import files
from pipeline.errors import PipelineError


# --------------------------------------------------------------------------
# Stage steps (each reads the previous stage's file and writes its own)
# --------------------------------------------------------------------------


def step_extract(raw: Path, out_file: Path, *, encoding: str | None = None) -> None:
    from pipeline.extract import extract

    try:
        data = raw.read_bytes()
    except OSError as exc:
        raise PipelineError(str(raw), f"cannot be read ({exc.strerror})", "check the path and its permissions") from exc
    record = extract(data, name=str(raw), encoding=encoding)
    files.write_json(out_file, record.to_json())


def extract_notes(extract_file: Path) -> tuple[str, ...]:
    """The notes an extract record holds (unmappable glyphs, pdfminer's warnings), for the CLI to print."""
    import json

    try:
        return tuple(json.loads(extract_file.read_text(encoding="utf-8")).get("notes", ()))
    except (OSError, ValueError):
        return ()


def step_clean(in_file: Path, out_file: Path) -> None:
    from pipeline.clean import clean
    from pipeline.model import Extracted

    record = files.read_record(in_file, "extract", Extracted.from_json)
    files.write_json(out_file, clean(record).to_json())


def step_segment(in_file: Path, out_file: Path) -> None:
    from pipeline.model import Cleaned
    from pipeline.segment import segment

    record = files.read_record(in_file, "clean", Cleaned.from_json)
    files.write_json(out_file, segment(record).to_json())


def step_restore(in_file: Path, out_file: Path) -> None:
    from pipeline.model import Segmented
    from pipeline.restore import restore

    record = files.read_record(in_file, "segment", Segmented.from_json)
    files.write_json(out_file, restore(record).to_json())


def step_structure(in_file: Path, out_dir: Path, *, split_mode: str = "C") -> list[Path]:
    """Write one JSON per talk into ``out_dir`` and an ``index.json`` listing them.

    The folder is replaced as one unit (:func:`pipeline.files.write_dir`):
    an interrupted run leaves the previous folder whole, and talk files of an
    earlier run that this run no longer produces disappear with it.
    """
    from pipeline.structure import export
    from pipeline.model import Restored
    from pipeline.structure import structure

    record = files.read_record(in_file, "restore", Restored.from_json)
    stem = out_dir.name
    talks = structure(record, stem=stem, mode=split_mode)
    names = [f"{talk_id.split('/', 1)[1]}.json" for talk_id in talks]
    index = {"source": record.source.to_json(), "talks": [{"id": t, "file": n} for t, n in zip(talks, names)]}
    contents = {name: export.talk_json_text(doc).encode("utf-8") for name, doc in zip(names, talks.values())}
    # Downstream formats beside the talk files: a spaCy DocBin per talk, one JSONL for the file's talks.
    contents.update({name[: -len(".json")] + ".spacy": export.docbin_bytes(doc) for name, doc in zip(names, talks.values())})
    contents["corpus.jsonl"] = export.corpus_jsonl(list(talks.values())).encode("utf-8")
    contents["index.json"] = files.dumps(index).encode("utf-8")
    files.write_dir(out_dir, contents)
    return [out_dir / name for name in names]


class StageCrash(PipelineError):
    """A stage raised something other than a PipelineError: a bug, but reported
    for its file like any refusal, so the rest of a batch still goes through."""


def crash_error(file: str, stage: str, exc: BaseException) -> StageCrash:
    """The one-line report of a stage's unexpected exception, naming the code line it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    frame = next((f for f in reversed(frames) if "/pipeline/" in f.filename), frames[-1] if frames else None)
    at = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return StageCrash(
        file,
        f"internal error ({type(exc).__name__}: {exc}){at}",
        "this is a bug in the pipeline: please report it with this input file; the other files are not affected",
        where=f"{stage} stage",
    )


def run_one(raw: Path, out: Path, *, encoding: str | None = None, stem: str | None = None) -> list[Path]:
    """Every stage on one raw file, its outputs named ``stem`` (the batch's :func:`pipeline.files.output_names`; by
    default its own :func:`pipeline.files.safe_stem`). If any stage fails, none of the file's
    outputs are left behind (not even those of an earlier run), so output/
    never shows results for a file that no longer goes through."""
    stem = stem or files.safe_stem(raw)
    paths = {stage: files.stage_path(out, stage, stem) for stage in files.STAGES}
    steps = (
        ("extract", lambda: step_extract(raw, paths["extract"], encoding=encoding)),
        ("clean", lambda: step_clean(paths["extract"], paths["clean"])),
        ("segment", lambda: step_segment(paths["clean"], paths["segment"])),
        ("restore", lambda: step_restore(paths["segment"], paths["restore"])),
        ("structure", lambda: step_structure(paths["restore"], files.talks_dir(out, stem))),
    )
    written: list[Path] = []
    try:
        for stage, step in steps:
            try:
                written = step() or []
            except PipelineError as exc:
                files.remove_outputs(out, stem)
                _record_failure(raw, out, stem, stage, exc)
                raise
            except Exception as exc:
                files.remove_outputs(out, stem)
                crash = crash_error(str(raw), stage, exc)
                _record_failure(raw, out, stem, stage, crash)
                raise crash from exc
        files.remove_error_record(out, stem)
    finally:
        settle_heap()
    return written


def _record_failure(raw: Path, out: Path, stem: str, stage: str, exc: PipelineError) -> None:
    """The error record ``status`` tells a failed file by (:func:`pipeline.files.write_error_record`)."""
    try:
        digest = files.file_sha256(raw)
    except OSError:
        return  # unreadable or missing: no bytes to tie a record to (status cannot read them either), and no record
    files.write_error_record(out, stem, file=str(raw), sha256=digest, stage=stage, error=exc.message())


def settle_heap() -> None:
    """Collect the document's garbage, then freeze what survives (``gc.freeze``).

    What survives a document is the process's long-lived state: the imported
    libraries, Sudachi's and spaCy's objects, restore's gloss table and caches
    (about 250,000 objects once the first document is through). Left in the
    collector's oldest generation they were walked at every full collection
    the next documents triggered; in a one-process batch that cost segment
    about a fifth of its time (``make bench``). Frozen objects are still freed
    by reference counting; only a reference cycle among them would outlive
    its use, which is why the document's own garbage is collected first.
    See the CPython documentation of ``gc.freeze``.
    """
    gc.collect()
    gc.freeze()
