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


def test_a_file_of_the_same_name_in_another_folder_says_what_it_replaces(tmp_path, capsys):
    """``a/summary.txt``, then ``b/summary.txt`` into one folder (review 49: names alone matched, so nothing was said);
    the same bytes by another path, or the same path edited, replace nothing of another file's."""
    first, second, copy = tmp_path / "a" / "summary.txt", tmp_path / "b" / "summary.txt", tmp_path / "c" / "summary.txt"
    for path in (first, second, copy):
        path.parent.mkdir()
    first.write_text(PAPER, encoding="utf-8")
    copy.write_text(PAPER, encoding="utf-8")
    second.write_text(PAPER.replace("山田 花子", "佐藤 一郎"), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(first), "--out", str(out), "--quiet"]) == 0
    assert cli.main(["run", str(copy), "--out", str(out), "--quiet"]) == 0
    copy.write_text(PAPER + "２．おわりに\n避難路を整える。\n", encoding="utf-8")
    assert cli.main(["run", str(copy), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert cli.main(["run", str(second), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"pipeline: {second}: its outputs replace those of {copy} in {out}")
