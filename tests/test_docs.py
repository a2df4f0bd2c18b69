"""Every command is documented: in its own --help and in the README (as sqlite-utils checks its docs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


def test_the_stages_and_batch_commands_are_all_there():
    assert {"run", "extract", "clean", "segment", "restore", "structure", "report", "status"} <= set(commands())


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_and_is_in_the_readme(command):
    proc = subprocess.run([sys.executable, "-m", "pipeline", command, "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: pipeline {command}")
    assert len(proc.stdout.splitlines()) > 3
    assert f"pipeline {command}" in README, f"README does not show `python -m pipeline {command}`"


def test_readme_shows_the_two_commands_first():
    first = README.index("make all")
    assert first < README.index("make test") < README.index("## Stages")


def test_readme_is_a_front_door():
    """At most 150 lines; the rest lives in docs/."""
    assert len(README.splitlines()) <= 150


def test_every_document_the_readme_links_exists_and_docs_link_nothing_missing():
    import re

    for text, base in [(README, ROOT)] + [(p.read_text(encoding="utf-8"), p.parent) for p in sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#]+\.(?:md|png))\)", text):
            assert (base / target).exists(), f"dangling link to {target}"
    for path in re.findall(r"`(pipeline/[\w/]+\.(?:py|json))`", README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))):
        assert (ROOT / path).exists(), f"a document names {path}, which does not exist"
