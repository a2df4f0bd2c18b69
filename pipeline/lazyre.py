"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern costs from a tenth of a millisecond to several (Python's ``re`` parses and optimises it in
Python; the large character classes of Japanese and accented letters cost most), and a module of segment holds
dozens. A restore process imports some of segment's modules for two functions (``join_wraps``, ``bilingual_halves``)
and their name checks, and was compiling every pattern of them, most never used on its input: 0.07 s of its 0.6 s
start (issue 19, point 5). :func:`compile` gives an object that stands for the compiled pattern and compiles it the
first time any of its methods or attributes is asked for; its methods are then the compiled pattern's own (no
indirection left on the hot path).

Only for module-level patterns used through their methods (``NAME.match(...)``, ``NAME.pattern``): a lazy pattern
is no ``re.Pattern``, so it cannot be passed to ``re.match(NAME, ...)`` or to ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any

_DELEGATED = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups",
              "groupindex")


class LazyPattern:
    """A pattern compiled on first use (:func:`compile`).

    >>> p = LazyPattern(r"(?P<n>[0-9]+)年")
    >>> p.pattern, "_compiled" in vars(p)
    ('(?P<n>[0-9]+)年', False)
    >>> p.search("2024年").group("n"), p.groupindex["n"], "_compiled" in vars(p)
    ('2024', 1, True)
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # called only for what the instance does not hold yet: compile, then hold the compiled pattern's methods
        if name.startswith("__") or "_compiled" in self.__dict__:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        self._compiled = compiled
        for attr in _DELEGATED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 (the name re uses)
    """``re.compile(pattern, flags)``, compiled when first used (:class:`LazyPattern`)."""
    return LazyPattern(pattern, flags)
