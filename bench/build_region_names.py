"""Build ``pipeline/data/region_names_en.tsv`` from the ``iso3166-2`` package's subdivision data (MIT).

A dateline naming a region (``TUSCANY (ANSA) —``, ``LOWER SAXONY (dpa) —``) names no city, and English writes a
region by its English name, where ISO 3166-2 (pycountry) writes the local one (``Toscana``, ``Niedersachsen``,
``Catalunya``) and iso-codes' English catalogue translates only 24 of them. The ``iso3166-2`` package
(amckenna41/iso3166-2) records each subdivision's other names with their language (``localOtherName``: ``Tuscany
(eng), Toscana (ita-tus)``); this keeps the English ones of each first-level division: one row per division code,
``code<TAB>name|name…``.

Run: ``.venv/bin/python -m pip install --target /tmp/iso3166_2 --no-deps iso3166-2 &&
PYTHONPATH=/tmp/iso3166_2 .venv/bin/python bench/build_region_names.py``
"""

from __future__ import annotations

import json
import re
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "region_names_en.tsv"
_ENGLISH = re.compile(r"(?:^|,\s*)([^,()]+?)\s*\(eng\)")


def english_names(other: str | None) -> list[str]:
    """The names tagged English in a ``localOtherName`` field, in order.

    >>> english_names("Tuscany (eng), Toscana (ita-tus)"), english_names("Portlan (jam)"), english_names(None)
    (['Tuscany'], [], [])
    """
    return [" ".join(m.group(1).split()) for m in _ENGLISH.finditer(other or "")]


def main() -> None:
    # the package's data file, read without importing the package (its import needs thefuzz, its search's)
    spec = find_spec("iso3166_2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("iso3166-2 is not installed: see this script's docstring")
    data = json.loads((Path(spec.submodule_search_locations[0]) / "iso3166-2.json").read_text(encoding="utf-8"))
    rows = []
    for country in sorted(data):
        for code, division in sorted(data[country].items()):
            names = english_names(division.get("localOtherName"))
            # a nickname (``The Empire State``, ``The Big Mikan``) is no name a dateline writes
            names = [n for n in names if not n.startswith("The ")]
            if division.get("parentCode") is None and names:
                rows.append(f"{code}\t{'|'.join(dict.fromkeys(names))}")
    header = ("# First-level divisions' English names (ISO 3166-2 code, names parted by |), from the iso3166-2 package's "
              "localOtherName (MIT); built by bench/build_region_names.py\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} divisions")


if __name__ == "__main__":
    main()
