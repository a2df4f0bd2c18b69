"""``pipeline report`` names the files a run refused, with the error line, when it is given no raw files
(fresh-user trial 71d: after ``pipeline run`` on a folder holding an empty file, ``report.html`` named no failed file;
only ``make all``, which passes the raw folder, listed it)."""

from pipeline import cli, files
from tests.test_report import handmade_source, write_outputs
from pipeline.report import render_report


def test_report_without_raw_files_names_the_files_the_run_refused(tmp_path, capsys):
    write_outputs(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    assert cli.main(["run", "-q", "--out", str(tmp_path), str(raw / "empty.txt")]) == 1
    error = capsys.readouterr().err.splitlines()[0].removeprefix("pipeline: ")
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page == render_report([handmade_source()], missing=[(str(raw / "empty.txt"), "failed", error)])
    assert "<h2>Files without output (1)</h2>" in page and "is empty (0 bytes)" in page


def test_a_record_of_other_bytes_or_of_a_file_gone_names_nothing(tmp_path):
    write_outputs(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("changed.txt", "gone.txt"):
        (raw / name).write_bytes(b"")
        files.write_error_record(tmp_path, name[:-4], file=str(raw / name), sha256=files.file_sha256(raw / name),
                                 stage="extract", error=f"{raw / name}: is empty (0 bytes)")
    (raw / "changed.txt").write_text("本文です。\n", encoding="utf-8")
    (raw / "gone.txt").unlink()
    assert files.recorded_failures(tmp_path) == []
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    assert "Files without output" not in (tmp_path / "report.html").read_text(encoding="utf-8")
