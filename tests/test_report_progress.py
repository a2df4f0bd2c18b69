"""Progress of batch runs (`python -m pipeline run`): a bar on a terminal, nothing extra in logs; --quiet, --verbose."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from pipeline import cli, progress

ROOT = Path(__file__).resolve().parent.parent


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_draws_on_a_terminal_only():
    tty, log = FakeTerminal(), io.StringIO()
    assert list(progress.track(range(3), total=3, chattiness=progress.NORMAL, stream=tty)) == [0, 1, 2]
    assert "0/3" in tty.getvalue() and "file/s" in tty.getvalue()
    assert list(progress.track(range(3), total=3, chattiness=progress.NORMAL, stream=log)) == [0, 1, 2]
    assert log.getvalue() == ""


def test_quiet_draws_no_bar_even_on_a_terminal():
    tty = FakeTerminal()
    assert list(progress.track("ab", total=2, chattiness=progress.QUIET, stream=tty)) == ["a", "b"]
    assert tty.getvalue() == ""


def run_on_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run the CLI with standard error on a pseudo-terminal of 100 columns; return its status and what it drew."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a new pty has 0 columns
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, env={**os.environ, "PYTHONPATH": str(ROOT)})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def two_bad_files(tmp_path) -> list[str]:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")  # empty: refused at once by extract
    return ["a.txt", "b.txt"]


def test_run_on_a_terminal_shows_a_bar_and_prints_errors_above_it(tmp_path, two_bad_files):
    status, drawn = run_on_terminal("run", *two_bad_files, "--out", "out", cwd=tmp_path)
    assert status == 1
    assert "run:   0%|" in drawn and "0/2 [" in drawn
    # each error line starts on a cleared line, not glued to the bar
    assert "\rpipeline: a.txt: is empty (0 bytes)" in drawn
    assert drawn.rstrip().endswith("pipeline: 0 of 2 files done, 0 talks in out/talks; failed: a.txt, b.txt")


def test_run_on_a_terminal_with_quiet_draws_no_bar(tmp_path, two_bad_files):
    status, drawn = run_on_terminal("run", "--quiet", *two_bad_files, "--out", "out", cwd=tmp_path)
    assert status == 1
    assert "file/s" not in drawn and "%|" not in drawn
    assert "pipeline: a.txt: is empty (0 bytes)" in drawn  # errors still shown
    # --help promises the closing summary under --quiet only when a file failed, to name the failures (trial 68
    # read "no summary" and saw one).
    assert drawn.rstrip().endswith("failed: a.txt, b.txt")


def test_quiet_help_says_when_the_summary_is_still_printed():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}, timeout=120)
    assert "closing summary only when a file failed" in " ".join(proc.stdout.split())


def test_run_into_a_log_prints_no_bar(tmp_path, two_bad_files):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", *two_bad_files, "--out", "out"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "pipeline: a.txt: is empty (0 bytes) — replace it with the real dump, or remove a.txt",
        "pipeline: b.txt: is empty (0 bytes) — replace it with the real dump, or remove b.txt",
        "pipeline: 0 of 2 files done, 0 talks in out/talks; failed: a.txt, b.txt",
    ]


def test_verbose_names_each_file_done_and_quiet_prints_no_chatter(tmp_path, capsys):
    # A made-up file that every stage takes (whether segment finds a talk in it or not).
    raw = tmp_path / "tiny.txt"
    raw.write_text("緑川市の国際交流\n\n１．はじめに\n本市は国際交流を進めてきた。\n\nGreenriver City\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(raw), "--out", str(out), "--verbose"]) == 0
    err = capsys.readouterr().err.splitlines()
    talks = len(json.loads((out / "talks" / "tiny" / "index.json").read_text(encoding="utf-8"))["talks"])
    assert err[0] == f"pipeline: {raw}: done, {talks} talk{'s' * (talks != 1)}"
    assert err[-1] == f"pipeline: 1 of 1 files done, {talks} talk{'s' * (talks != 1)} in {out}/talks"
    assert cli.main(["run", str(raw), "--out", str(out), "--quiet"]) == 0
    # quiet: no per-file line, no summary; warnings (no talk found) still say what to check
    assert [line for line in capsys.readouterr().err.splitlines() if ": warning: " not in line] == []


def test_quiet_and_verbose_together_are_refused(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["run", "--quiet", "--verbose"])
    assert exc.value.code == 2
    assert "argument --verbose/-v: not allowed with argument --quiet/-q" in capsys.readouterr().err
