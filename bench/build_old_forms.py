"""Build ``pipeline/data/ja_old_forms.tsv``: the official pairs of new (新字体) and old (旧字体) kanji forms.

A document written before 1946, or reprinted as it was, writes the old forms throughout (氣, 學, 國, 來, 聲); a fill
offered only in its new form (気) would write a form the document never uses (fresh-user trial 82b's historical
fiction: ``(cid:1873)`` = 氣 committed 気 at 0.9987 three times). The restore stage reads this table to tell such a
document and to offer a fill's old form beside its new one (:mod:`pipeline.restore.evidence.old_forms`).

Source: the ``kyujipy`` package's ``kyujitai_simplified.cson`` (PyPI, version 0.6.8; MIT licence, (c) 2017-2025
Emmanuel Ternon), itself made from the Jōyō Kanji table (常用漢字表, 2010: each kanji's 康熙字典体 in brackets) and the
Jinmeiyō Kanji list (人名用漢字) of the Ministry of Education. Only its sections for those two official lists are kept:
its third section (表外字, 擴張新字體: forms no list made official) is left out, as are the pairs whose old form is a
CJK compatibility ideograph (社 U+FA4C, 海 U+FA45: Unicode's normalisation folds it into the new form, so no text
keeps it apart) or is not one character. The package itself is never imported (it wants ``twine`` and ``build`` at
run time): its data file is read from the wheel.

Run: ``.venv/bin/python -m pip download kyujipy==0.6.8 --no-deps -d /tmp/kyu &&
.venv/bin/python bench/build_old_forms.py /tmp/kyu/kyujipy-0.6.8-py3-none-any.whl``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "ja_old_forms.tsv"
DATA = "kyujipy/data/kyujitai_simplified.cson"
OFFICIAL_SECTIONS = ("常用漢字", "人名用漢字")
"""The file's sections (its ``# …`` comment lines inside the list) that the official lists make."""
NOTICE = ("# New (shinjitai) and old (kyujitai) kanji forms of the Joyo Kanji table (2010) and the Jinmeiyo Kanji list:\n"
          "# new<TAB>old, one pair a line. Derived from kyujipy 0.6.8's kyujitai_simplified.cson\n"
          "# (https://pypi.org/project/kyujipy/), MIT licence, (c) 2017-2025 Emmanuel Ternon.\n"
          "# Built by bench/build_old_forms.py.\n")
_PAIR = re.compile(r'\["([^"]+)",\s*"([^"]+)"\]')
_SECTION = re.compile(r"^\s*#\s*(\S+)\s*$")


def official_pairs(cson: str) -> list[tuple[str, str]]:
    """(new, old) pairs of the official sections of kyujipy's list, in its order, each old form one character that
    normalisation keeps apart from its new form.

    >>> official_pairs('[\\n    # 常用漢字\\n    ["気", "氣"],\\n    ["社", "\\ufa4c"],\\n    # 表外字 (擴張新字體)\\n'
    ...                '    ["蝋", "蠟"],\\n]')
    [('気', '氣')]
    """
    section = None
    out = []
    for line in cson.splitlines():
        m = _SECTION.match(line)
        if m or line.lstrip().startswith("#") and "(" in line:  # (or named with a gloss: 表外字 (擴張新字體))
            # (NFC: the file writes its heading 常用漢字 with a compatibility ideograph, U+FA47 for 漢)
            section = unicodedata.normalize("NFC", line.strip("# \n").split()[0])
            continue
        for new, old in _PAIR.findall(line):
            if section not in OFFICIAL_SECTIONS or len(new) != 1 or len(old) != 1 \
                    or unicodedata.normalize("NFC", old) == new or new == old:
                continue
            out.append((new, old))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("Run: ")[1], file=sys.stderr)
        return 2
    with zipfile.ZipFile(argv[0]) as wheel:
        cson = wheel.read(DATA).decode("utf-8")
    pairs = official_pairs(cson)
    OUT.write_text(NOTICE + "".join(f"{new}\t{old}\n" for new, old in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs → {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
