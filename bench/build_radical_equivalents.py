"""Print the CJK Radicals Supplement rows of Unicode's EquivalentUnifiedIdeograph.txt as the pairs
string ``pipeline.chardata._SUPPLEMENT_EQUIVALENTS`` holds (radical, ideograph, radical, …).

NFKC maps every Kangxi radical (U+2F00–2FD5) to its unified ideograph but only two of the
supplement's (⺟ ⻳); the property file maps the rest. The file ships in Debian's ``unicode-data``
(``apt-get install unicode-data``, or ``apt-get download unicode-data && dpkg-deb -x …``).

Run: ``.venv/bin/python bench/build_radical_equivalents.py [PATH]`` and paste the output.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")


def equivalents(text: str) -> dict[int, int]:
    """Code point → equivalent unified ideograph, from the property file's lines.

    >>> equivalents("2E81 ; 5382 # CJK RADICAL CLIFF\\n2F00..2F01 ; 4E00\\n")
    {11905: 21378, 12032: 19968, 12033: 19968}
    """
    out: dict[int, int] = {}
    for line in text.splitlines():
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        first, target = (part.strip() for part in data.split(";"))
        lo, _, hi = first.partition("..")
        for code in range(int(lo, 16), int(hi or lo, 16) + 1):
            out[code] = int(target, 16)
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.exists():
        print(f"build_radical_equivalents: {path} is missing — run: apt-get install unicode-data", file=sys.stderr)
        return 1
    table = equivalents(path.read_text(encoding="utf-8"))
    print("".join(chr(c) + chr(table[c]) for c in sorted(table) if 0x2E80 <= c <= 0x2EFF))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
