"""Build ``pipeline/data/ja_en_glosses.tsv`` from Debian's ``edict`` package (EDICT, EDRDG).

The bilingual provider matches a Japanese gap's candidates with the talk's own
English (``ハイフォン市との\ufffd\ufffd・協力協定`` beside the slide title
``Agreement for Friendship and Cooperation with Haiphong``): that needs to
know which English words a Japanese word translates to. EDICT is the general
resource for it. Words of the packaged frequency list and EDICT's common words
(marked ``(P)``) are kept, with the content words of their glosses, each stored
as its English lemma (:func:`pipeline.glosses.base_form`, spaCy's rule
lemmatiser), so that run-time matching compares lemmas on both sides.

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
MAX_GLOSS_WORDS = 12


def gloss_words(glosses: str) -> list[str]:
    """The lemmas of a gloss's content words (at most :data:`MAX_GLOSS_WORDS` words), in order, once each.

    A word the tables know as a lemma of its own and of another word
    (*developed*: an adjective, and the past of *develop*) is stored as both.

    >>> gloss_words("(n) (1) achievement(s)/past results/(P)")
    ['achievement', 'past', 'result']
    """
    from pipeline.glosses import STOPWORDS, base_form, lemmas

    text = re.sub(r"\([^)]*\)", " ", glosses)
    words: list[str] = []
    forms: list[str] = []
    for w in re.findall(r"[a-z]+", text.lower()):
        if len(w) < 3 or w in STOPWORDS or w in words:
            continue
        words.append(w)
        if len(words) > MAX_GLOSS_WORDS:
            break
        base = base_form(w)
        for form in [base] + sorted(f for f in lemmas(w) if f != w and f != base):
            if form not in forms:
                forms.append(form)
    return forms


KANJI = re.compile(r"[\u4e00-\u9fff\u3005]+")
STEM = 5
"""Letters two gloss words share at the front to count as one English stem (*democrat*ization, *democrat*ic)."""


def _stems(words: list[str]) -> set[str]:
    """The gloss words themselves and the fronts (:data:`STEM` letters) of those of six letters or more."""
    return set(words) | {w[:STEM] for w in words if len(w) > STEM}


def derived(word: str, words: list[str], table: dict[str, list[str]]) -> bool:
    """Whether an EDICT word the frequency list leaves out is a kept word plus one kanji (a suffix: 民主 + 化,
    満足 + 度) whose glosses say the kept word's in another form (*democratization* beside 民主's *democracy*,
    *democratic*: one stem; *satisfaction* beside 満足's *satisfaction*).

    wordfreq's Japanese was split by MeCab, so a word derived with a suffix (化, 性, 度 …) is counted under its
    parts and fell out of the table, though EDICT glosses it and a slide's English says it
    (*Democratization Movement*). A stem whose glosses share nothing with the derived word's (磯辺 + 揚, *fried
    food*) is a compound of another sense and stays out.

    >>> derived("民主化", ["democratization"], {"民主": ["democracy", "democratic"]})
    True
    >>> derived("民主化", ["democratization"], {"民主": ["people", "rule"]}), derived("民主", ["democracy"], {})
    (False, False)
    """
    if len(word) < 3 or not KANJI.fullmatch(word):
        return False
    stem = table.get(word[:-1])
    return bool(stem) and bool(_stems(words) & _stems(stem))


def main() -> int:
    if not EDICT.exists():
        print("build_glosses: /usr/share/edict/edict is missing — run: apt-get install -y edict", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from pipeline.restore import resources

    known = resources.word_zipf()
    table: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}
    for line in EDICT.read_bytes().decode("euc_jp", "replace").splitlines()[1:]:
        m = re.match(r"^(\S+) (?:\[[^\]]*\] )?/(.*)/$", line)
        if not m:
            continue
        kept = m.group(1) in known or "(P)" in m.group(2)
        words = (table if kept else others).setdefault(m.group(1), [])
        for w in gloss_words(m.group(2).replace("/", " ")):
            if w not in words and len(words) < MAX_GLOSS_WORDS:
                words.append(w)
    for word, words in others.items():
        if word not in table and derived(word, words, table):
            table[word] = words
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Japanese word -> English gloss words, derived from EDICT (c) EDRDG, CC BY-SA 4.0; "
                 "gloss words as English lemmas; built by bench/build_glosses.py\n")
        for word in sorted(table):
            if table[word]:
                fh.write(f"{word}\t{' '.join(table[word])}\n")
    print(f"build_glosses: {len(table)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
