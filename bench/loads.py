"""Count how often the heavy resources are built in this process.

"One dictionary and tokenizer per process" is checked by wrapping the
constructors before any stage module is imported: a stage that builds a
second Sudachi ``Dictionary`` (or a second spaCy pipeline) shows up as a
count above one. SudachiPy's classes are Rust types that cannot be
subclassed, so the wrappers are plain functions returning the real object.
"""

from __future__ import annotations

import collections
import functools
import traceback
from typing import Callable

#: constructor name → number of calls since :func:`install` in this process
COUNTS: collections.Counter[str] = collections.Counter()
#: constructor name → "file:line" of the callers (first frame inside pipeline/)
CALLERS: dict[str, list[str]] = collections.defaultdict(list)

_installed = False


def _caller() -> str:
    for frame in reversed(traceback.extract_stack()[:-2]):
        if "/pipeline/" in frame.filename:
            return f"{frame.filename.rsplit('/pipeline/', 1)[1]}:{frame.lineno}"
    return "?"


def _counting(name: str, real: Callable) -> Callable:
    @functools.wraps(real)
    def build(*args, **kwargs):
        COUNTS[name] += 1
        CALLERS[name].append(_caller())
        return real(*args, **kwargs)

    build.__wrapped_real__ = real  # type: ignore[attr-defined]
    return build


def install() -> None:
    """Wrap ``sudachipy.Dictionary`` and spaCy's ``blank``/``load`` with counters.

    Call before importing any stage module, so that ``from sudachipy import
    Dictionary`` in a stage binds the counting wrapper.
    """
    global _installed
    if _installed:
        return
    _installed = True
    import sudachipy
    import sudachipy.dictionary

    counted = _counting("sudachipy.Dictionary", sudachipy.Dictionary)
    sudachipy.Dictionary = counted
    sudachipy.dictionary.Dictionary = counted
    try:
        import spacy
    except ImportError:  # spaCy is a dependency, but the count must not need it
        return
    spacy.blank = _counting("spacy.blank", spacy.blank)
    spacy.load = _counting("spacy.load", spacy.load)


def snapshot() -> dict[str, dict[str, object]]:
    """The counts and callers so far, as plain data (picklable, JSON-able)."""
    return {name: {"count": COUNTS[name], "callers": sorted(set(CALLERS[name]))} for name in sorted(COUNTS)}
