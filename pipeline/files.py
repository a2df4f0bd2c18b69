"""Where each stage's file lives, and how records are read and written.

All I/O of the pipeline goes through here so the stage modules stay pure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from pipeline import atomic
from pipeline.errors import InputError, PipelineError, StageInputError

STAGES = ("extract", "clean", "segment", "restore")

# Linux allows 255 bytes per file name; ``.<stem>.json.<random>.tmp`` must fit.
MAX_STEM_BYTES = 128

T = TypeVar("T")


def safe_stem(raw_path: str | Path) -> str:
    """The name a raw file's outputs get: its file name without suffix, made safe.

    Only the last path component is used, so ``..`` or a directory in the
    name can never lead outside ``output/``. Japanese is kept (it is a fine
    file name); spaces, separators and control characters become ``_``.

    >>> safe_stem("raw/../../etc/x y.txt")
    'x_y'
    >>> safe_stem("raw/みなと 2010.pdf")
    'みなと_2010'
    >>> safe_stem("raw/..txt")
    '_'
    >>> len(safe_stem("長" * 200 + ".txt").encode()) <= MAX_STEM_BYTES
    True

    A stem longer than :data:`MAX_STEM_BYTES` is cut and given a hash of the
    whole, so ``<stem>.json`` and its temporary sibling stay under the usual
    255-byte file-name limit and different long names stay different.
    """
    name = Path(str(raw_path)).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = unicodedata.normalize("NFC", stem)
    stem = re.sub(r"[\s/\\\x00-\x1f\x7f:*?\"<>|]+", "_", stem)
    stem = stem.strip(".") or "_"
    if len(stem.encode()) > MAX_STEM_BYTES:
        digest = hashlib.sha256(stem.encode()).hexdigest()[:8]
        cut = stem.encode()[: MAX_STEM_BYTES - 9].decode("utf-8", "ignore")
        stem = f"{cut}-{digest}"
    return stem


def stage_path(out: Path, stage: str, stem: str) -> Path:
    return Path(out) / stage / f"{stem}.json"


def talks_dir(out: Path, stem: str) -> Path:
    return Path(out) / "talks" / stem


def dumps(data: Any) -> str:
    """Deterministic, diff-friendly JSON: keys in the records' own order, UTF-8, one item per line."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_json(path: Path, data: Any) -> None:
    with _output_errors(path):
        atomic.write_text(path, dumps(data))


def write_dir(path: Path, contents: dict[str, bytes]) -> None:
    """Replace the folder ``path`` by exactly ``contents`` (name → bytes), as one unit."""
    with _output_errors(path):
        atomic.replace_dir(path, contents)


@contextmanager
def _output_errors(path: Path) -> Iterator[None]:
    """A full disk or a read-only folder is the user's to fix, not a bug: say so, naming the output."""
    try:
        yield
    except NotADirectoryError as exc:
        # a folder on the output's way is a file (``--out`` names a file): no room or rights would help
        blocker = next((p for p in Path(path).parents if p.is_file()), None)
        raise PipelineError(
            str(path),
            f"cannot be written ({exc.strerror or exc}{f': {blocker} is a file' if blocker else ''})",
            "give --out a folder (or move that file away), then rerun",
        ) from exc
    except OSError as exc:
        raise PipelineError(
            str(path),
            f"cannot be written ({exc.strerror or exc})",
            "check that the output folder is writable and the disk has room, then rerun",
        ) from exc


def read_record(path: Path, stage: str, from_json: Callable[[dict[str, Any]], T]) -> T:
    """Read a stage file back into its record, with a clear error if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StageInputError(str(path), "does not exist", f"run the {stage} stage first (make all)") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StageInputError(str(path), f"is not a JSON stage file ({exc})", f"regenerate it with the {stage} stage") from exc
    import cattrs  # the records' converter reports every bad field at once

    try:
        return from_json(data)
    except cattrs.BaseValidationError as exc:
        fields = "; ".join(cattrs.transform_error(exc))
        raise StageInputError(
            str(path), f"is not {stage} output ({fields})", f"regenerate it with `python -m pipeline {stage}`"
        ) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise StageInputError(
            str(path), f"is not {stage} output (missing or bad field: {exc})", f"regenerate it with `python -m pipeline {stage}`"
        ) from exc


# --------------------------------------------------------------------------
# Batches: which raw files, their names, what is done, what to remove
# --------------------------------------------------------------------------

RAW_SUFFIXES = (".txt", ".pdf")

# Characters a make target name cannot hold (or that make would expand):
# white space splits words, the rest are make or shell syntax.
_MAKE_UNSAFE = re.compile(r"[\s:%$#;*?\[\]\\'\"<>|`=!&()~{}]|[\x00-\x1f\x7f]")


def raw_inputs(paths: Sequence[str | Path], *, recursive: bool = True) -> list[Path]:
    """The raw files named, with folders expanded to their ``.txt``/``.pdf`` files, sorted by their path below the
    folder; ``recursive``: a folder's sub-folders too, at any depth (``reports/2024/summary.txt``), as ``pipeline run
    DIR`` reads them (docs/decisions.md, "Folders"); else its own files only, as make's wildcard reads ``RAW_DIR``.

    Hidden files and folders (editor back-ups, ``.#x.txt``, ``.git/``) are skipped, as make's wildcard skips them.
    Outputs are named by the file's name (:func:`safe_stem`); two files of one name in different folders are named
    by their folders too (:func:`output_names`), and names that still coincide are both refused
    (:func:`stem_collisions`), never one overwriting the other.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("a.txt", "sub/b.pdf", "sub/deeper/c.txt", ".git/d.txt", "sub/e.doc"):
    ...         (Path(d) / name).parent.mkdir(parents=True, exist_ok=True); (Path(d) / name).touch()
    ...     [str(p.relative_to(d)) for p in raw_inputs([d])], [str(p.relative_to(d)) for p in raw_inputs([d], recursive=False)]
    (['a.txt', 'sub/b.pdf', 'sub/deeper/c.txt'], ['a.txt'])
    """
    found: list[Path] = []
    for p in map(Path, paths or ["raw"]):
        if p.is_dir():
            below = p.rglob("*") if recursive else p.iterdir()
            found.extend(sorted(
                (x for x in below if x.suffix.lower() in RAW_SUFFIXES and x.is_file()
                 and not any(part.startswith(".") for part in x.relative_to(p).parts)),
                key=lambda x: x.relative_to(p).parts))
        else:
            found.append(p)
    return found


def make_name_problem(raw: Path) -> InputError | None:
    """Why ``make all`` cannot build ``raw`` under its own name, or None.

    Make targets are words: a space (or ``:``, ``%``, ``$``…) in a file name
    breaks the rule, and make only picks up lower-case ``.txt``/``.pdf``.
    ``python -m pipeline run`` has no such limits (it uses :func:`safe_stem`).

    >>> print(make_name_problem(Path("raw/みなと 2010.txt")).message())
    raw/みなと 2010.txt: its name holds a space, which make cannot use in a target name — rename it (e.g. to みなと_2010.txt), or run: python -m pipeline run "raw/みなと 2010.txt"
    >>> print(make_name_problem(Path("raw/a:b.TXT")).what)
    its name holds ':', which make cannot use in a target name
    >>> make_name_problem(Path("raw/みなと.txt")) is None
    True
    """
    stem, suffix = raw.stem, raw.suffix
    bad = _MAKE_UNSAFE.search(raw.name)
    if bad:
        char = bad.group()
        shown = "a space" if char == " " else "white space" if char.isspace() else f"{char!r}" if char.isprintable() else f"control character U+{ord(char):04X}"
        return InputError(
            str(raw),
            f"its name holds {shown}, which make cannot use in a target name",
            f'rename it (e.g. to {safe_stem(raw)}{suffix.lower()}), or run: python -m pipeline run "{raw}"',
        )
    if suffix not in RAW_SUFFIXES:
        return InputError(
            str(raw), f"make only picks up lower-case .txt and .pdf, not {suffix}", f"rename it to {stem}{suffix.lower()}"
        )
    return None


FOLDER_SEPARATOR = "__"
"""Between the folders and the file's own name in an output name that needs its folders (:func:`output_names`)."""


def output_names(raws: Sequence[Path]) -> dict[Path, str]:
    """The name each raw file's outputs get in one run: its own (:func:`safe_stem`), save where files of one name stand
    in different folders (``2024/summary.txt``, ``2025/summary.txt``): those are named by their folders below the
    folder they share, joined by :data:`FOLDER_SEPARATOR` (``2024__summary``, ``2025__summary``), so each is processed
    and none overwrites another. Names that still coincide (``x.txt`` beside ``x.pdf`` in one folder, or a folder's
    name meeting a file's own ``2024__summary.txt``) are left as they are and refused (:func:`stem_collisions`).

    >>> names = output_names([Path("r/2024/summary.txt"), Path("r/2025/summary.txt"), Path("r/top.txt")])
    >>> [names[Path(p)] for p in ("r/2024/summary.txt", "r/2025/summary.txt", "r/top.txt")]
    ['2024__summary', '2025__summary', 'top']
    >>> output_names([Path("a/x/q.txt"), Path("b/x/q.txt")])[Path("b/x/q.txt")], output_names([Path("q.txt"), Path("d/q.txt")])[Path("q.txt")]
    ('b__x__q', 'q')
    >>> sorted(output_names([Path("r/x.txt"), Path("r/x.pdf")]).values())  # one folder: nothing tells them apart
    ['x', 'x']
    """
    names = {raw: safe_stem(raw) for raw in raws}
    by_stem: dict[str, list[Path]] = {}
    for raw in raws:
        by_stem.setdefault(names[raw], []).append(raw)
    for group in by_stem.values():
        folders = [Path(os.path.normpath(raw.parent)) for raw in group]
        if len(group) < 2 or len(set(folders)) < len(folders):
            continue
        common = Path(os.path.commonpath([str(f) for f in folders])) if all(
            f.is_absolute() == folders[0].is_absolute() for f in folders) else None
        if common is None:
            continue
        for raw, folder in zip(group, folders):
            below = folder.relative_to(common).parts
            if below:
                names[raw] = safe_stem(FOLDER_SEPARATOR.join([*below, names[raw]]) + ".x")
    return names


def stem_collisions(raws: Iterable[Path], names: dict[Path, str] | None = None) -> dict[Path, InputError]:
    """Raw files whose outputs would land on the same names (``x.txt`` and ``x.pdf``, ``a b`` and ``a_b``), each
    named by ``names`` (:func:`output_names`) or else by :func:`safe_stem`.

    Both are refused: processing either would silently overwrite the other's
    outputs, and which one the user meant is not ours to guess.

    >>> sorted(str(p) for p in stem_collisions([Path("r/x.txt"), Path("r/x.pdf"), Path("r/y.txt")]))
    ['r/x.pdf', 'r/x.txt']
    """
    by_stem: dict[str, list[Path]] = {}
    for raw in raws:
        by_stem.setdefault(names[raw] if names is not None else safe_stem(raw), []).append(raw)
    problems: dict[Path, InputError] = {}
    for stem, group in by_stem.items():
        if len(group) < 2:
            continue
        for raw in group:
            others = ", ".join(str(o) for o in group if o != raw)
            problems[raw] = InputError(
                str(raw), f"its outputs would be named {stem}, like those of {others}", "rename one of them"
            )
    return problems


def earlier_source(out: Path, raw: Path, stem: str | None = None) -> str | None:
    """The raw file whose outputs under ``out`` ``raw``'s are about to replace, where that is another file of the same
    stem (an earlier ``pipeline run x.txt``, now ``x.pdf``; ``a b.txt`` then ``a_b.txt``), else ``None``. Read from
    the extract stage's ``source.file``; a missing or unreadable record names nothing (the run writes it anew).

    Why: one run refuses both files of a stem (:func:`stem_collisions`), but two runs into one folder would replace
    the first file's talks without a word (trial 48).

    A file of the same name in another folder is another file where its bytes differ too (``a/summary.txt``, then
    ``b/summary.txt``: review 49); the same file run again from another folder or by another path (same bytes), or
    edited in place (same path), is no other.
    """
    path = stage_path(out, "extract", stem or safe_stem(raw))
    try:
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
        earlier, digest = source["file"], source.get("sha256")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(earlier, str):
        return None
    if Path(earlier).name != Path(raw).name:
        return earlier
    try:
        moved = os.path.abspath(earlier) != os.path.abspath(raw) and digest != file_sha256(Path(raw))
    except OSError:
        return None  # the raw file is unreadable: extract says so in its own words
    return earlier if moved else None


def outputs_of(out: Path, stem: str) -> list[Path]:
    """Every output path of one raw file: a file per stage and its talks folder."""
    return [stage_path(out, stage, stem) for stage in STAGES] + [talks_dir(out, stem)]


def remove_outputs(out: Path, stem: str) -> list[Path]:
    """Remove a raw file's outputs (after it failed, so none are stale); return what existed."""
    removed = []
    for path in outputs_of(out, stem):
        if path.exists():
            removed.append(path)
        atomic.remove(path)
    return removed


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def finished_talks(raw: Path, out: Path, stem: str | None = None) -> list[str] | None:
    """The talk ids written for ``raw``, or None if its outputs are missing or from other bytes.

    ``index.json`` is written with the talk folder as one unit and records
    the raw file's SHA-256, so a match means this very file went through
    every stage.
    """
    index = talks_dir(out, stem or safe_stem(raw)) / "index.json"
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
        if data["source"]["sha256"] != file_sha256(raw):
            return None
        return [t["id"] for t in data["talks"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --------------------------------------------------------------------------
# What became of a raw file: done, failed, out of date, not run
# --------------------------------------------------------------------------
#
# A stage that fails removes the file's outputs (``pipeline run``) or leaves only the stages before it (make), so
# the outputs alone cannot tell a file that failed from one never run: ``status`` had named both "failed" (issue 16,
# helper seg50). A failing stage therefore leaves an error record, ``OUT/errors/<stem>.json``: the raw file and its
# SHA-256 (so a record about other bytes says nothing about these), the stage and the error line it printed. The
# record is no output (``remove_outputs`` leaves it: ``status --remove-failed`` must not forget the failure); a run
# that finishes the file removes it.

DONE, FAILED, OUT_OF_DATE, NOT_RUN = "done", "failed", "out of date", "not run"
"""The states :func:`file_state` names, in the words ``status`` prints."""


def error_path(out: Path, stem: str) -> Path:
    return Path(out) / "errors" / f"{stem}.json"


def write_error_record(out: Path, stem: str, *, file: str, sha256: str | None, stage: str | None, error: str) -> None:
    """Record that a stage failed on this file (best effort: a folder that cannot be written keeps the error line
    the stage printed as the only word, never a second failure)."""
    record = {"source": {"file": file, "sha256": sha256}, "stage": stage, "error": error}
    try:
        atomic.write_text(error_path(out, stem), dumps(record))
    except OSError:
        pass


def remove_error_record(out: Path, stem: str) -> None:
    atomic.remove(error_path(out, stem))


def error_record(raw: Path, out: Path, stem: str | None = None) -> dict[str, Any] | None:
    """The error record a stage left for these very bytes of ``raw`` (``None`` when there is none, or it is about
    other bytes: the file changed since)."""
    try:
        data = json.loads(error_path(out, stem or safe_stem(raw)).read_text(encoding="utf-8"))
        return data if data["source"]["sha256"] == file_sha256(raw) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def recorded_failures(out: Path) -> list[dict[str, Any]]:
    """The error records under ``OUT/errors/`` that still hold: their raw file is there with the same bytes
    (:func:`error_record`), sorted by file name. This is how ``pipeline report`` given no raw files still names
    the files a run refused (fresh-user trial 71d: the page had named none after ``pipeline run``)."""
    records = []
    for path in sorted((Path(out) / "errors").glob("*.json")):
        try:
            raw = Path(json.loads(path.read_text(encoding="utf-8"))["source"]["file"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        record = error_record(raw, out, path.stem) if raw.is_file() else None
        if record is not None:
            records.append(record)
    return sorted(records, key=lambda r: r["source"]["file"])


def file_state(raw: Path, out: Path, stem: str | None = None) -> tuple[str, list[str] | dict[str, Any] | None]:
    """What became of ``raw`` under ``out``: ``(DONE, talk ids)``; ``(FAILED, error record)`` where a stage left
    one for these bytes; ``(OUT_OF_DATE, None)`` where its talks were made from other bytes; else ``(NOT_RUN, None)``
    (no outputs, or only a stage's file of an interrupted or older run)."""
    stem = stem or safe_stem(raw)
    ids = finished_talks(raw, out, stem)
    if ids is not None:
        return DONE, ids
    record = error_record(raw, out, stem)
    if record is not None:
        return FAILED, record
    if (talks_dir(out, stem) / "index.json").exists():
        return OUT_OF_DATE, None
    return NOT_RUN, None
