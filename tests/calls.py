"""Counting a function's calls in a test: how a test shows that work is done once (restore's speed, issue 19)."""

from __future__ import annotations


def count_calls(monkeypatch, owner, name: str) -> list:
    """Wrap ``owner.name`` (a module or a class) for the test's length; returns the list its calls' arguments are
    appended to, one tuple a call."""
    calls = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls
