"""Atomic writes: a failed or killed write leaves the old file or folder whole and no stray temporaries."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import atomic, files

ROOT = Path(__file__).resolve().parent.parent


class Boom(Exception):
    pass


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "x.json"
    atomic.write_text(target, "old\n")

    def broken(path, data):
        Path(path).write_bytes(data[:2])  # half written, then the disk fills up
        raise Boom

    monkeypatch.setattr(atomic, "_write_synced", broken)
    with pytest.raises(Boom):
        atomic.write_text(target, "new content\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]


def test_a_killed_writers_temporary_is_swept_by_the_next_write(tmp_path):
    target = tmp_path / "x.json"
    (tmp_path / ".x.json.abc123.tmp").write_text('{"half":')  # what SIGKILL mid-write leaves
    (tmp_path / ".y.json.abc123.tmp").write_text("another target's: not ours to touch")
    atomic.write_text(target, "{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".y.json.abc123.tmp", "x.json"]


def test_folder_is_replaced_whole_and_stale_files_go(tmp_path):
    folder = tmp_path / "talks" / "a"
    atomic.replace_dir(folder, {"one.json": b"1", "two.json": b"2", "index.json": b"i"})
    atomic.replace_dir(folder, {"one.json": b"1b", "index.json": b"i2"})
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"one.json": b"1b", "index.json": b"i2"}
    assert sorted(p.name for p in folder.parent.iterdir()) == ["a"]
    assert folder.stat().st_mode & 0o777 == 0o777 & ~atomic._UMASK  # like any folder, not mkdtemp's 0700


def test_failed_folder_write_keeps_the_old_folder(tmp_path, monkeypatch):
    folder = tmp_path / "a"
    atomic.replace_dir(folder, {"one.json": b"1", "index.json": b"i"})
    real = atomic._write_synced
    calls = []

    def fail_second(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise Boom
        real(path, data)

    monkeypatch.setattr(atomic, "_write_synced", fail_second)
    with pytest.raises(Boom):
        atomic.replace_dir(folder, {"one.json": b"new", "two.json": b"new", "index.json": b"new"})
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"one.json": b"1", "index.json": b"i"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


@pytest.mark.parametrize("name", ["../evil.json", "a/b.json", "..", ""])
def test_folder_file_names_must_be_plain(name, tmp_path):
    with pytest.raises(ValueError, match="not a plain file name"):
        atomic.replace_dir(tmp_path / "a", {name: b"x"})
    assert list(tmp_path.iterdir()) == []


def test_remove_takes_a_folder_away_whole(tmp_path):
    out = tmp_path / "out"
    for stage in files.STAGES:
        atomic.write_text(files.stage_path(out, stage, "x"), "{}")
    atomic.replace_dir(files.talks_dir(out, "x"), {"index.json": b"{}"})
    atomic.write_text(files.stage_path(out, "extract", "y"), "{}")
    removed = files.remove_outputs(out, "x")
    assert len(removed) == len(files.STAGES) + 1
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["extract/y.json"]


def test_sigterm_unwinds_and_removes_the_temporary(tmp_path):
    """SIGTERM while a stage writes: the CLI turns it into an interrupt, the temporary goes, exit status 130."""
    script = (
        "import sys, time\n"
        "from pipeline import atomic, cli\n"
        "def slow(path, data):\n"
        "    open(path, 'wb').write(data[:1])\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "atomic._write_synced = slow\n"
        "cli.step_extract = lambda raw, out, encoding=None: atomic.write_text(out, 'x' * 100)\n"
        "sys.exit(cli.main(['extract', sys.argv[1], '-o', sys.argv[2]]))\n"
    )
    raw = tmp_path / "x.txt"
    raw.write_text("text\n")
    out = tmp_path / "out" / "extract" / "x.json"
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(raw), str(out)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err == (
        "pipeline: interrupted — rerun the same command; finished files are complete, unfinished ones were not written\n"
    )
    assert list((tmp_path / "out" / "extract").iterdir()) == []


def test_a_full_disk_is_reported_as_the_users_to_fix(tmp_path, monkeypatch, capsys):
    """ENOSPC is not a bug: the message names the output and the remedy, and the batch goes on."""
    import errno

    from pipeline import cli
    from reliability import TALK

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/x.txt").write_text(TALK, encoding="utf-8")
    monkeypatch.setattr(atomic, "_write_synced", full)
    assert cli.main(["run", "raw/x.txt", "--out", "out"]) == 1
    assert capsys.readouterr().err == (
        "pipeline: out/extract/x.json: cannot be written (No space left on device) — check that the output folder is"
        " writable and the disk has room, then rerun\n"
        "pipeline: 0 of 1 files done, 0 talks in out/talks; failed: raw/x.txt\n"
    )
    assert [p for p in Path("out").rglob("*") if p.is_file()] == []


def test_every_pipeline_writer_goes_through_atomic():
    """No module writes a file by itself: a plain write is exactly what an interruption cuts in half."""
    import re

    plain = re.compile(r"\.write_(text|bytes)\(|open\([^)]*['\"][wa]b?['\"]|\.to_disk\(|json\.dump\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "pipeline").rglob("*.py"))
        if path.name != "atomic.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if plain.search(line) and "atomic." not in line
    ]
    assert offenders == []
