"""Atomic file writes: a reader (or an interrupted ``make``) never sees half a file.

Each write goes to a hidden temporary sibling (``.<name>.<random>.tmp``) and
is renamed into place. A process killed between the two (SIGKILL, power
loss) leaves only such a temporary behind; the next write of the same target
sweeps it away, so a rerun leaves exactly the files an uninterrupted run
would. One writer per target at a time is assumed (make never builds one
target twice at once).
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def temp_pattern(path: Path) -> str:
    """The glob that matches every temporary this module makes for ``path``.

    >>> temp_pattern(Path("out/talks/a[1]"))
    '.a[[]1].*.tmp'
    """
    return f".{glob.escape(Path(path).name)}.*.tmp"


def sweep_temps(path: Path) -> None:
    """Remove temporaries a killed earlier write of ``path`` left behind."""
    path = Path(path)
    if not path.parent.is_dir():
        return
    for stale in path.parent.glob(temp_pattern(path)):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _temp_name(path: Path) -> str:
    return f".{path.name}."


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    The rename is atomic on POSIX, so ``path`` holds either its old content or
    the whole new content, never a prefix.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=_temp_name(path), suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs should look like any other file
        _write_synced(Path(tmp), data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def replace_dir(path: Path, files: Mapping[str, bytes]) -> None:
    """Make ``path`` a folder holding exactly ``files`` (name → bytes), as one unit.

    The new folder is written completely under a temporary name, then swapped
    in by two renames (old folder aside, new folder in). A reader therefore
    sees the whole old folder, the whole new one, or (for the instant between
    the renames) none — never a mix of old and new files, and never a folder
    missing files. Files of an earlier run that the new one does not produce
    disappear with the old folder.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_temps(path)
    new = Path(tempfile.mkdtemp(prefix=_temp_name(path), suffix=".tmp", dir=path.parent))
    old: Path | None = None
    try:
        for name in sorted(files):
            if Path(name).name != name or name in ("", ".", ".."):
                raise ValueError(f"not a plain file name: {name!r}")
            _write_synced(new / name, files[name])
        os.chmod(new, 0o777 & ~_UMASK)  # mkdtemp makes 0700
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=_temp_name(path), suffix=".tmp", dir=path.parent))
            os.replace(path, old / "previous")
        os.replace(new, path)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        if old is not None and (old / "previous").exists() and not path.exists():
            os.replace(old / "previous", path)  # put the old folder back rather than leave none
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def remove(path: Path) -> None:
    """Remove a file or a whole folder so no half-removed folder is ever visible."""
    path = Path(path)
    sweep_temps(path)
    if path.is_dir() and not path.is_symlink():
        aside = Path(tempfile.mkdtemp(prefix=_temp_name(path), suffix=".tmp", dir=path.parent))
        os.replace(path, aside / "removed")
        shutil.rmtree(aside, ignore_errors=True)
    else:
        try:
            path.unlink(missing_ok=True)
        except NotADirectoryError:
            pass  # a folder on its way is a file (``--out`` names a file): nothing can stand there (review 48)

