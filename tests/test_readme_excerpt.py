"""The README's talk JSON excerpt is an abridgement of what the sample really gives, never a stale picture.

The excerpt is valid JSON; a string ending in ``…`` stands for a longer one that starts the same way, and a list
holds some of the real items. Every value shown must be the sample run's own (``sample_run``), so a change of
behaviour that changes the excerpt's facts (a fill no longer restored, a token's tag) fails here until the README
follows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ELLIPSIS = "…"


def excerpt() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.S)
    assert block, "the README shows a talk JSON excerpt"
    return json.loads(block.group(1))


def abridges(shown, real, where: str = "$") -> None:
    """Assert that ``shown`` is ``real`` abridged: strings cut at ``…``, lists a subset, dicts some of the keys."""
    if isinstance(shown, str) and shown.endswith(ELLIPSIS):
        assert isinstance(real, str) and real.startswith(shown[:-1]), f"{where}: {shown!r} does not start {real!r}"
    elif isinstance(shown, dict):
        assert isinstance(real, dict), f"{where}: {real!r} is not an object"
        for key, value in shown.items():
            assert key in real, f"{where}: no field {key!r} in the real output"
            abridges(value, real[key], f"{where}.{key}")
    elif isinstance(shown, list):
        assert isinstance(real, list), f"{where}: {real!r} is not a list"
        for i, item in enumerate(shown):
            errors = []
            for candidate in real:
                try:
                    abridges(item, candidate, f"{where}[{i}]")
                    break
                except AssertionError as e:
                    errors.append(str(e))
            else:
                raise AssertionError(f"{where}[{i}]: no item of the real list matches {item!r}"
                                     + (f" (e.g. {errors[0]})" if errors else ""))
    else:
        assert shown == real, f"{where}: README shows {shown!r}, the sample gives {real!r}"


def test_abridges_is_strict():
    abridges({"a": "xy…", "b": [{"c": 1}]}, {"a": "xyz", "b": [{"c": 2}, {"c": 1, "d": 0}], "e": 3})
    for shown, real in [({"a": "xz…"}, {"a": "xyz"}), ({"a": [1]}, {"a": [2]}), ({"f": 1}, {"a": 1}),
                        ({"a": 0.97}, {"a": 0.9897})]:
        with pytest.raises(AssertionError):
            abridges(shown, real)


def test_the_readme_excerpt_is_what_the_sample_gives(sample_run):
    shown = excerpt()
    stem_id = shown["id"]
    path = sample_run.talks_dir / f"{stem_id.split('/', 1)[1]}.json"
    assert path.is_file(), f"the README shows talk {stem_id}, which the sample run did not write"
    real = json.loads(path.read_text(encoding="utf-8"))
    assert shown["repairs"], "the excerpt shows a repair"
    abridges(shown, real)
