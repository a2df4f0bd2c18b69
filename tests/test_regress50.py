"""bench/regress.py's comparison of two runs, on made-up run folders (no network, no pipeline run)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import regress  # noqa: E402


def talk(title: str, paragraphs: list[str], statuses: list[str]) -> dict:
    return {
        "id": f"doc/{title}", "shape": "paper", "title": {"ja": title, "en": None}, "slides": [],
        "paper": {"front": [], "sections": [{"heading": "1. はじめに", "title": "はじめに",
                                             "paragraphs": [{"text": p} for p in paragraphs]}]},
        "repairs": [{"status": s, "original": "\ufffd", "restored": "字"} for s in statuses],
    }


def write_run(out: Path, stem: str, talks: list[dict] | None) -> None:
    folder = out / stem / "talks" / stem
    folder.mkdir(parents=True)
    if talks is None:
        (out / stem / "error.txt").write_text("segment: crashed\n")
        return
    (folder / "index.json").write_text(json.dumps({"talks": [{"file": f"t{i}.json"} for i in range(len(talks))]}))
    for i, t in enumerate(talks):
        (folder / f"t{i}.json").write_text(json.dumps(t, ensure_ascii=False))


def test_cmp_counts_identical_changed_and_failed(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    same = [talk("港町", ["港町である。"], ["restored"])]
    write_run(a, "same", same)
    write_run(b, "same", same)
    write_run(a, "split", [talk("港町", ["港町である。倉庫を改修した。"], ["restored", "unresolved"])])
    write_run(b, "split", [talk("港町", ["港町である。", "倉庫を改修した。"], ["restored", "restored"])])
    write_run(a, "broken", None)
    write_run(b, "broken", same)
    assert regress.main(["cmp", str(a), str(b), "--show", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "split: paragraphs 1→2, restored 1→2, open 1→0" in out
    assert "broken: failed in A only" in out
    assert "+    倉庫を改修した。" in out  # the projection's diff of the first changed input
    assert out[-1] == "3 inputs: 1 identical, 1 changed, 1 failed in A, 0 failed in B"
