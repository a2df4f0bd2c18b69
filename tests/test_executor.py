"""The batch executor: the local default needs no Dask; outcomes and errors per file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import cli, driver, executor
from pipeline.errors import PipelineError
from reliability import TALK

ROOT = Path(__file__).resolve().parent.parent

# A made-up two-language talk (not from the sample): a city line, a Japanese
# paper and an English slide.
MADE_UP = textwrap.dedent(
    """\
     架空市

    川と港の再生計画

    架空市都市計画課長 山田 一郎

    １．はじめに
    架空市は人口３０万人の港町である。
    ２．取り組み
    港の倉庫を市民の交流拠点に改修した。

    River and Port Renewal
    ■Warehouses turned into community spaces
    """
)


@pytest.fixture()
def corpus(tmp_path: Path) -> list[Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a_talk.txt").write_text(TALK, encoding="utf-8")
    (raw / "b_empty.txt").write_bytes(b"")  # refused by extract: holds no text
    (raw / "c_made_up.txt").write_text(MADE_UP, encoding="utf-8")
    return sorted(raw.iterdir())


def _run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_cli_and_local_run_do_not_import_dask(tmp_path: Path):
    out = tmp_path / "out"
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "talk.txt").write_text(MADE_UP, encoding="utf-8")
    probe = _run_python(
        textwrap.dedent(
            f"""\
            import sys
            import pipeline.cli
            assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')], 'import pipeline.cli'
            status = pipeline.cli.main(['run', '-q', '--out', {str(out)!r}, {str(tmp_path / "raw")!r}])
            loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))
            print(status, loaded)
            """
        )
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "0 []"
    assert list((out / "talks").iterdir())


def test_local_outcomes_come_in_input_order_and_a_bad_file_does_not_stop_the_others(corpus, tmp_path):
    outcomes = list(executor.run_all(corpus, tmp_path / "out"))
    assert [o.raw for o in outcomes] == [str(p) for p in corpus]
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error.startswith(f"{corpus[1]}: ")  # the file first, as every error line
    assert outcomes[0].talks and outcomes[2].talks
    assert all(Path(t).is_file() for o in outcomes for t in o.talks)


def test_failed_outcome_carries_the_same_message_as_the_error(tmp_path):
    bad = tmp_path / "nul.txt"
    bad.write_bytes(b"abc\x00def\n")
    with pytest.raises(PipelineError) as raised:
        driver.run_one(bad, tmp_path / "direct")
    outcome = executor.process(str(bad), str(tmp_path / "out"))
    assert outcome.error == raised.value.message()
    assert outcome.talks == ()


def test_relative_path_on_a_worker_elsewhere_is_refused_with_the_remedy(tmp_path):
    outcome = executor.process("raw/x.txt", str(tmp_path / "out"), cwd=str(tmp_path / "elsewhere"))
    assert not outcome.ok
    assert "give absolute paths, or start the workers in the same directory" in outcome.error


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler/--workers: only apply to a Dask run — add --executor dask"),
        (["--workers", "2"], "--scheduler/--workers: only apply to a Dask run"),
        (["--executor", "dask", "--workers", "0"], "--workers: must be at least 1, not 0"),
        (["--executor", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "--workers: sizes the local cluster"),
    ],
)
def test_executor_options_that_do_not_fit_are_refused(argv, message, corpus, tmp_path, capsys):
    status = cli.main(["run", "--out", str(tmp_path / "out"), *argv, str(corpus[0])])
    assert status == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_dask_executor_without_dask_installed_says_how_to_install(tmp_path):
    # sys.modules[name] = None makes `import name` raise ImportError, as if not installed.
    probe = _run_python(
        textwrap.dedent(
            f"""\
            import sys
            sys.modules['distributed'] = None
            import pipeline.cli
            print(pipeline.cli.main(['run', '--executor', 'dask', '--out', {str(tmp_path / 'out')!r}, 'raw']))
            """
        )
    )
    assert probe.stdout.strip() == "1"
    assert "pipeline: --executor dask: needs dask.distributed, which is not installed" in probe.stderr
    assert "pip install '.[dask]'" in probe.stderr
