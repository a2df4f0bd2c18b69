"""Progress and chatter of batch runs: a bar on a terminal, silence in logs and CI.

tqdm with ``disable=None`` draws only when its stream is a terminal, so
``make all > log`` or a CI job gets no carriage-return noise, while a person
at a terminal sees how far a long run is. Messages go through :func:`echo`,
which prints above a live bar instead of tearing it.
"""

from __future__ import annotations

import sys
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")

QUIET, NORMAL, VERBOSE = 0, 1, 2


def level(*, quiet: bool = False, verbose: bool = False) -> int:
    """The chattiness a run's flags ask for (``--quiet`` wins over ``--verbose``).

    >>> level(), level(quiet=True), level(verbose=True)
    (1, 0, 2)
    """
    if quiet:
        return QUIET
    return VERBOSE if verbose else NORMAL


def echo(message: str, stream: TextIO | None = None) -> None:
    """Print a line to standard error, above the progress bar if one is drawn.

    tqdm is only consulted when a bar module is already loaded, so commands
    that never draw one (``--help``, single stages) do not import it.
    """
    stream = stream if stream is not None else sys.stderr
    if "tqdm" in sys.modules:
        from tqdm import tqdm

        tqdm.write(message, file=stream)
    else:
        # One write per line: print() hands stderr the text and the newline separately, and they
        # reach the pipe as two writes, so lines of processes side by side (make -j) ran together.
        stream.write(message + "\n")


def track(items: Iterable[T], *, total: int, chattiness: int, desc: str = "run", unit: str = "file",
          stream: TextIO | None = None) -> Iterator[T]:
    """Yield ``items`` while a bar counts them on a terminal.

    ``disable=None`` lets tqdm decide by ``stream.isatty()``; ``--quiet``
    turns it off even on a terminal. The bar is removed when done
    (``leave=False``): the run's summary line says what happened.
    """
    from tqdm import tqdm

    stream = stream if stream is not None else sys.stderr
    with tqdm(items, total=total, desc=desc, unit=unit, file=stream, leave=False, dynamic_ncols=True,
              disable=True if chattiness == QUIET else None) as bar:
        yield from bar
