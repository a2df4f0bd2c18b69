"""The project's errors.

Each error knows the file it is about, where in it, and what the user can do,
so the CLI can print one uniform line: ``pipeline: <file>: <where>: <what> — <remedy>``.
Like pdfminer's ``PDFValueError(PDFException, ValueError)``, the concrete
errors also subclass the builtin a caller would naturally catch.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: something about one input that stops its processing."""

    def __init__(self, file: str, what: str, remedy: str, where: str | None = None) -> None:
        self.file = file
        self.what = what
        self.remedy = remedy
        self.where = where
        super().__init__(self.message())

    def message(self) -> str:
        place = f"{self.file}: {self.where}" if self.where else self.file
        return f"{place}: {self.what} — {self.remedy}"


class InputError(PipelineError, ValueError):
    """The input cannot be read as a document (bad encoding, broken PDF, empty…)."""


class StageInputError(PipelineError, ValueError):
    """A stage was given a file that is not the previous stage's output."""


class MissingDataError(PipelineError, FileNotFoundError):
    """A data file the package needs is missing or stale (restore's models, word index, calibration)."""

    def __init__(self, file: str, what: str, remedy: str) -> None:
        super().__init__(file, what, remedy)
