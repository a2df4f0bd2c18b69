"""The package's data tables (``pipeline/data/*.tsv``), each built by a script under ``bench/``: read as rows."""

from __future__ import annotations

from importlib import resources as importlib_resources

from pipeline.errors import PipelineError


def tsv_rows(name: str, builder: str) -> list[list[str]]:
    """The rows of ``pipeline/data/<name>``, each split at its tabs; blank lines and ``#`` comments (the file's
    source and licence) left out.

    Raises :class:`PipelineError` naming ``builder`` (the ``bench/`` script that rebuilds the file) where it cannot
    be read.

    >>> tsv_rows("ja_old_forms.tsv", "bench/build_old_forms.py")[0]
    ['亜', '亞']
    """
    try:
        text = importlib_resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(f"pipeline/data/{name}", f"cannot be read ({exc})",
                            f"reinstall the package, or rebuild it with {builder}") from exc
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
