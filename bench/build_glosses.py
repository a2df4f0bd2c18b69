"""Build ``pipeline/data/ja_en_glosses.tsv`` from Debian's ``edict`` package (EDICT, EDRDG).

The bilingual provider matches a Japanese gap's candidates with the talk's own
English (``ハイフォン市との\ufffd\ufffd・協力協定`` beside the slide title
``Agreement for Friendship and Cooperation with Haiphong``): that needs to
know which English words a Japanese word translates to. EDICT is the general
resource for it. Only words of the packaged frequency list are kept, with the
content words of their glosses, lower-cased and crudely singularised.

EDICT is © the Electronic Dictionary Research and Development Group, used
under its licence (CC BY-SA 4.0); the derived file carries that notice.

Run: ``apt-get install -y edict && .venv/bin/python bench/build_glosses.py``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDICT = Path("/usr/share/edict/edict")
OUT = ROOT / "pipeline" / "data" / "ja_en_glosses.tsv"
STOP = frozenset("""a an the of to in on for and or with by as at from be is are was were been being it its this that
these those one ones something someone some any other etc esp into out up down off over under about such not no
very much more most less least own same than then so do does did done make made get got have has had way thing things
person people used use using kind sort type form sense also""".split())
MAX_GLOSS_WORDS = 12


def singular(word: str) -> str:
    """``achievements`` → ``achievement``; short words and ``-ss`` stay.

    >>> singular("achievements"), singular("process"), singular("cities")
    ('achievement', 'process', 'city')
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def gloss_words(glosses: str) -> list[str]:
    text = re.sub(r"\([^)]*\)", " ", glosses)
    words = []
    for w in re.findall(r"[a-z]+", text.lower()):
        w = singular(w)
        if len(w) >= 3 and w not in STOP and w not in words:
            words.append(w)
    return words[:MAX_GLOSS_WORDS]


def main() -> int:
    if not EDICT.exists():
        print("build_glosses: /usr/share/edict/edict is missing — run: apt-get install -y edict", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from pipeline.restore import resources

    known = resources.word_zipf()
    table: dict[str, list[str]] = {}
    for line in EDICT.read_bytes().decode("euc_jp", "replace").splitlines()[1:]:
        m = re.match(r"^(\S+) (?:\[[^\]]*\] )?/(.*)/$", line)
        if not m or m.group(1) not in known:
            continue
        words = table.setdefault(m.group(1), [])
        for w in gloss_words(m.group(2).replace("/", " ")):
            if w not in words and len(words) < MAX_GLOSS_WORDS:
                words.append(w)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Japanese word -> English gloss words, derived from EDICT (c) EDRDG, CC BY-SA 4.0; "
                 "built by bench/build_glosses.py\n")
        for word in sorted(table):
            if table[word]:
                fh.write(f"{word}\t{' '.join(table[word])}\n")
    print(f"build_glosses: {len(table)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
