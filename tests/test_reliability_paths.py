"""Output paths are derived safely: no raw file name can make the pipeline write outside output/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import cli, files
from reliability import TALK

NAME_CHARS = st.one_of(
    st.sampled_from(list("./\\ \t\n:*?\"<>|%$#~-_")),
    st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)


@settings(max_examples=200, deadline=None)
@given(name=st.text(NAME_CHARS, min_size=0, max_size=300))
def test_any_name_gives_one_harmless_path_component(name):
    stem = files.safe_stem(name)
    assert stem and stem not in (".", "..")
    assert not set(stem) & {"/", "\\", "\x00", "\n"}
    assert len(stem.encode()) <= files.MAX_STEM_BYTES
    out = Path("/srv/out")
    for stage in files.STAGES:
        path = files.stage_path(out, stage, stem)
        assert os.path.normpath(path).startswith(f"/srv/out/{stage}/")
        assert path.parent == out / stage
    assert files.talks_dir(out, stem).parent == out / "talks"


@pytest.mark.parametrize(
    "name, stem",
    [
        ("sp ace.txt", "sp_ace"),
        ("北九州 資料.txt", "北九州_資料"),
        ("..txt", "_"),
        ("...txt", "_"),
        ("a..b.txt", "a..b"),
        ("-o.txt", "-o"),
    ],
)
def test_awkward_names_are_processed_inside_out(name, stem, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw", name).write_text(TALK, encoding="utf-8")
    before = set(tmp_path.rglob("*"))
    assert cli.main(["run", f"raw/{name}", "--out", "out"]) == 0, capsys.readouterr().err
    written = {p for p in set(tmp_path.rglob("*")) - before if p.is_file()}
    assert written and all(p.is_relative_to(tmp_path / "out") for p in written)
    assert (tmp_path / "out" / "talks" / stem / "index.json").is_file()


def test_dot_dot_in_the_raw_path_does_not_lead_out(tmp_path, monkeypatch, capsys):
    """`run ../../elsewhere/x.txt` names the input; only its last component names the outputs."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text(TALK, encoding="utf-8")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    assert cli.main(["run", "../../elsewhere/x.txt", "--out", "out"]) == 0, capsys.readouterr().err
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(work / "out")]
    assert outside == [tmp_path / "elsewhere" / "x.txt"]
    assert (work / "out" / "extract" / "x.json").is_file()


def test_single_stage_commands_derive_default_outputs_safely(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/a b.txt").write_text(TALK, encoding="utf-8")
    assert cli.main(["extract", "raw/../raw/a b.txt", "--out", "out"]) == 0, capsys.readouterr().err
    assert Path("out/extract/a_b.json").is_file()
