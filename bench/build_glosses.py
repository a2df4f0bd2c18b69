"""Build ``pipeline/data/ja_en_glosses.tsv`` from Debian's ``edict`` package (EDICT, EDRDG).

The bilingual provider matches a Japanese gap's candidates with the talk's own
English (``ハイフォン市との\ufffd\ufffd・協力協定`` beside the slide title
``Agreement for Friendship and Cooperation with Haiphong``): that needs to
know which English words a Japanese word translates to. EDICT is the general
resource for it. Words of the packaged frequency list and EDICT's common words
(marked ``(P)``) are kept, with the content words of their glosses, each stored
as its English lemma (:func:`pipeline.glosses.base_form`, spaCy's rule
lemmatiser), so that run-time matching compares lemmas on both sides; so are
the compounds the list holds under their parts (:func:`split_compound`, 減便 as
減 + 便) and the words derived with a suffix (:func:`derived`).

EDICT is © the Electronic Dictionary Research and Development Group, used
under its licence (CC BY-SA 4.0); the derived file carries that notice.

Run: ``apt-get install -y edict && .venv/bin/python bench/build_glosses.py``; or, without installing it,
``apt-get download edict && dpkg-deb -x edict_*.deb root`` and ``--edict root/usr/share/edict/edict`` (or the
environment variable ``EDICT_FILE``; the option wins, the installed path is the default).
"""

from __future__ import annotations

import argparse
import os
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


def split_compound(word: str, zipf: dict[str, float]) -> bool:
    """Whether an EDICT word the frequency list leaves out is a compound the list counts under its two parts, as
    common as the list's rarest word: its frequency worked out from the parts as the restorer works it out
    (:func:`pipeline.restore.evidence.lexicon.word_frequency`: two listed content words, a join's Zipf point
    lost) reaches the list's own floor (``bench/build_word_zipf.py``'s ``MIN_ZIPF``, 1.5).

    wordfreq's Japanese was split by MeCab, so a compound of two words (減便, *reduced services*: 減 + 便) is
    counted under its parts and is not in the list, though the lexicon lays it over a gap with that frequency and
    a slide's English says it (*service cuts*). The list's floor is the one cut the list itself made: a compound
    the parts rate at least that common would have been kept had wordfreq counted it whole. A word no split of
    which is two listed content words (a name, a rare reading) gets 0 and stays out.

    Only a word Sudachi reads as one short unit (its split mode A; :func:`one_unit`) is taken: a compound Sudachi
    splits there (姉妹都市: 姉妹 + 都市) is read by the pipeline by its parts, each of which EDICT glosses (the slide
    links' two-word terms, ``pipeline.structure.link.gloss_terms``; ``pipeline.glosses.glossed_terms``), and
    listing it whole would put one word's evidence in place of its parts' word by word (a slide's *Sister City*
    beside 姉妹都市 had linked as 姉妹 + 都市 and no longer did).

    >>> split_compound("減便", {"減": 4.7, "便": 4.3}), split_compound("減便", {"減": 1.2, "便": 1.3})
    (True, False)
    >>> split_compound("があ", {"が": 7.0, "あ": 5.0})  # a particle and a kana: no compound
    False
    >>> split_compound("姉妹都市", {"姉妹": 4.0, "都市": 5.0})  # two short units: read by its parts
    False
    """
    from bench.build_word_zipf import MIN_ZIPF
    from pipeline.restore.evidence.lexicon import word_frequency

    return word_frequency(word, zipf) >= MIN_ZIPF and one_unit(word)


def one_unit(word: str) -> bool:
    """Whether Sudachi's shortest split (mode A) reads ``word`` alone as one unit.

    >>> one_unit("減便"), one_unit("姉妹都市")
    (True, False)
    """
    from pipeline import sudachi

    return len(list(sudachi.tokenizer("A").tokenize(word))) == 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edict", type=Path, default=Path(os.environ.get("EDICT_FILE") or EDICT),
                        help=f"the EDICT file (EUC-JP); default $EDICT_FILE, else {EDICT} (Debian's edict)")
    args = parser.parse_args(argv)
    if not args.edict.exists():
        print(f"build_glosses: {args.edict} is missing — run: apt-get install -y edict, or give --edict PATH "
              "(apt-get download edict; dpkg-deb -x edict_*.deb root: root/usr/share/edict/edict)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from pipeline.restore import resources

    known = resources.word_zipf()
    table: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}
    for line in args.edict.read_bytes().decode("euc_jp", "replace").splitlines()[1:]:
        m = re.match(r"^(\S+) (?:\[[^\]]*\] )?/(.*)/$", line)
        if not m:
            continue
        kept = m.group(1) in known or "(P)" in m.group(2)
        words = (table if kept else others).setdefault(m.group(1), [])
        for w in gloss_words(m.group(2).replace("/", " ")):
            if w not in words and len(words) < MAX_GLOSS_WORDS:
                words.append(w)
    # the compounds first: a derived word's stem may be one (減便 + 化)
    for word, words in others.items():
        if word not in table and split_compound(word, known):
            table[word] = words
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
