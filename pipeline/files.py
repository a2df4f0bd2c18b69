"""Where each stage's file lives, and how records are read and written.

All I/O of the pipeline goes through here so the stage modules stay pure.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Callable, TypeVar

from . import atomic
from .errors import StageInputError

STAGES = ("extract", "clean", "segment", "restore")

T = TypeVar("T")


def safe_stem(raw_path: str | Path) -> str:
    """The name a raw file's outputs get: its file name without suffix, made safe.

    Only the last path component is used, so ``..`` or a directory in the
    name can never lead outside ``output/``. Japanese is kept (it is a fine
    file name); spaces, separators and control characters become ``_``.

    >>> safe_stem("raw/../../etc/x y.txt")
    'x_y'
    >>> safe_stem("raw/北九州 2010.pdf")
    '北九州_2010'
    >>> safe_stem("raw/..txt")
    '_'
    """
    name = Path(str(raw_path)).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = unicodedata.normalize("NFC", stem)
    stem = re.sub(r"[\s/\\\x00-\x1f\x7f:*?\"<>|]+", "_", stem)
    stem = stem.strip(".") or "_"
    return stem


def stage_path(out: Path, stage: str, stem: str) -> Path:
    return Path(out) / stage / f"{stem}.json"


def talks_dir(out: Path, stem: str) -> Path:
    return Path(out) / "talks" / stem


def dumps(data: Any) -> str:
    """Deterministic, diff-friendly JSON: keys in the records' own order, UTF-8, one item per line."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_json(path: Path, data: Any) -> None:
    atomic.write_text(path, dumps(data))


def read_record(path: Path, stage: str, from_json: Callable[[dict[str, Any]], T]) -> T:
    """Read a stage file back into its record, with a clear error if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StageInputError(str(path), "does not exist", f"run the {stage} stage first (make all)") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StageInputError(str(path), f"is not a JSON stage file ({exc})", f"regenerate it with the {stage} stage") from exc
    try:
        return from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise StageInputError(
            str(path), f"is not {stage} output (missing or bad field: {exc})", f"regenerate it with `python -m pipeline {stage}`"
        ) from exc
