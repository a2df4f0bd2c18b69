"""Build ``pipeline/data/ko_hanja_readings.tsv``: the Sino-Korean readings (in hangul) of each CJK ideograph.

A Korean city's English name is its Korean reading romanised (大邱 → 대구 → *Daegu*), which neither Sudachi's
Japanese reading (テグ, コウシュウ) nor EDICT's glosses give for most of them. The Unihan database's ``kHangul``
field lists each ideograph's readings in hangul; an ideograph with none (a Japanese or simplified form) takes the
readings of its semantic, Z- and traditional variants (``kSemanticVariant``, ``kZVariant``,
``kTraditionalVariant``), as Korean writes the traditional form.

The Unihan database is © Unicode, Inc., used under the Unicode License (permissive); the derived file carries
that notice. Debian's ``unicode-data`` package ships it; it need not be installed:

Run: ``apt-get download unicode-data && dpkg-deb -x unicode-data_*.deb /tmp/ud &&
.venv/bin/python bench/build_hanja_readings.py /tmp/ud/usr/share/unicode``
(the folder defaults to ``/usr/share/unicode``, where an installed package puts it).
"""

from __future__ import annotations

import bz2
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "ko_hanja_readings.tsv"
VARIANT_FIELDS = ("kSemanticVariant", "kZVariant", "kTraditionalVariant")
NOTICE = ("# Sino-Korean readings of CJK ideographs (Unihan kHangul; variants' readings for an ideograph without).\n"
          "# Derived from the Unicode Character Database's Unihan files, (c) Unicode, Inc., Unicode License\n"
          "# (https://www.unicode.org/license.txt). Built by bench/build_hanja_readings.py.\n")


def _rows(path: Path):
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t", 2)
                yield chr(int(code[2:], 16)), field, value


def readings_of(value: str) -> list[str]:
    """The hangul readings of a ``kHangul`` value, in its order (``"룡:0E 용:0"`` → ``['룡', '용']``)."""
    return [part.split(":")[0] for part in value.split()]


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/unicode")
    readings_file, variants_file = folder / "Unihan_Readings.txt.bz2", folder / "Unihan_Variants.txt.bz2"
    if not readings_file.exists() or not variants_file.exists():
        print(f"build_hanja_readings: {folder} has no Unihan_Readings.txt.bz2 / Unihan_Variants.txt.bz2 — "
              "unpack Debian's unicode-data package (see this script's docstring)", file=sys.stderr)
        return 1
    readings = {c: readings_of(v) for c, field, v in _rows(readings_file) if field == "kHangul"}
    variants: dict[str, list[str]] = {}
    for c, field, value in _rows(variants_file):
        if field in VARIANT_FIELDS:
            variants.setdefault(c, []).extend(chr(int(u, 16)) for u in re.findall(r"U\+([0-9A-F]+)", value))
    table = dict(readings)
    for c, others in variants.items():
        if c not in readings:
            found = [r for o in others for r in readings.get(o, ())]
            if found:
                table[c] = list(dict.fromkeys(found))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTICE)
        for c in sorted(table):
            f.write(f"{c}\t{' '.join(table[c])}\n")
    print(f"build_hanja_readings: {len(table)} ideographs ({len(table) - len(readings)} through a variant) → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
