"""Two runs into one folder of two files whose outputs share a name (``a b.txt``, then ``a_b.txt``; ``x.txt``, then
``x.pdf``): the second run says whose outputs it replaces (trial 48: it replaced them without a word). One run of
both refuses both (``files.stem_collisions``)."""

from __future__ import annotations

from pipeline import cli

PAPER = "港町の防災計画\n山田 花子\n１．はじめに\n本町は湾の奥に位置する港町である。\n"


def test_a_second_run_of_another_file_of_the_stem_says_what_it_replaces(tmp_path, capsys):
    first, second = tmp_path / "a b.txt", tmp_path / "a_b.txt"
    first.write_text(PAPER, encoding="utf-8")
    second.write_text(PAPER, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(first), "--out", str(out), "--quiet"]) == 0
    assert cli.main(["run", str(first), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""  # the same file again: nothing to say
    assert cli.main(["run", str(second), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"pipeline: {second}: its outputs replace those of {first} in {out}") and "rename one" in err
