"""Build ``pipeline/data/ja_char_ngrams.npz``: character n-gram counts of Japanese from every source.

The restorer needs to know which characters follow which in Japanese when a
whole word, or the end of one word and the start of the next, is lost
(``\ufffd\ufffdします`` in ``…に\ufffd\ufffdします``): dictionary words anchored on
surviving characters cannot propose those. A character trigram model can.

Sources: every source of ``bench/sources.py`` (Debian's, PyPI's and npm's
Japanese manuals, help, descriptions, interface messages and style guides,
fetched and unpacked without installing), each text block counted once per
source; plus the character n-grams inside the words of the packaged general
frequency list (``ja_word_zipf.tsv``, from wordfreq: Wikipedia, news,
subtitles, web), weighted by frequency. Never raw/. Only counts are written,
never text; the documents are free software documentation and translations
(see each package's copyright file); the counts are statistics over them.

The restore benchmark counts the same model without one source at a time
(:func:`model_counts` with ``exclude``): per-source counts are cached beside the
sources' text, so that takes one subtraction-free sum, not a recount.

Text is folded the way :mod:`pipeline.restore.charlm` folds its queries (NFKC width,
Latin letters → ``A``, digits → ``0``, runs of space → one).

Run: ``make restore-model`` (as root on Debian; fetches the sources once into bench/out/sources/).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sources as src  # noqa: E402
from pipeline.restore import charlm, resources  # noqa: E402
from pipeline.chardata import JA_LETTER_RE  # noqa: E402

OUT = ROOT / "pipeline" / "data" / charlm.NGRAM_FILE
WORD_TOKENS_SHARE = 3.0
"""The frequency list's n-grams count as a text this many times the sources' size."""


def source_counts(source: src.Source, cache: Path = src.CACHE) -> tuple[charlm.Counts, int]:
    """One source's counts (each distinct block once: navigation, headers and footers repeat on every page)
    and how many folded characters they hold; cached as ``cache/<name>.counts.npz``."""
    path = cache / f"{source.name}.counts.npz"
    docs = src.documents(source, cache)
    tag = src.digest(docs)
    if path.is_file():
        counts = charlm.Counts.load(path)
        if counts.about.startswith(tag):
            return counts, int(counts.about.split()[1])
    # Japanese blocks only: a bilingual source's English lines teach the model nothing about Japanese
    blocks = list(dict.fromkeys(charlm.fold(b) for blocks in docs.values() for b in blocks if src.japanese(b)))
    chars = sum(len(b) for b in blocks)
    counts = charlm.Counts.from_blocks(blocks, about=f"{tag} {chars}")
    counts.save(path)
    return counts, chars


def word_list_counts(chars: int) -> charlm.Counts:
    """The character n-grams inside the words of the packaged frequency list, as if a text of
    :data:`WORD_TOKENS_SHARE` times ``chars`` had been read.

    Documentation is one register; the frequency list knows which characters make words in
    general Japanese (選挙, 漁港, 献立), which documentation may never say. Only n-grams inside a
    word are added: the list knows nothing of what follows a word.
    """
    tokens = WORD_TOKENS_SHARE * chars / 2  # about two characters a word
    keys: dict[int, list[int]] = {1: [], 2: [], 3: []}
    weights: dict[int, list[int]] = {1: [], 2: [], 3: []}
    for word, zipf in resources.word_zipf().items():
        if len(word) < 2 or not all(JA_LETTER_RE.match(c) for c in word):
            continue
        k = round(10 ** (zipf - 9) * tokens)
        if k < 1:
            continue
        folded = charlm.fold(word)
        for n in (1, 2, 3):
            for i in range(len(folded) - n + 1):
                keys[n].append(charlm.pack(folded[i:i + n]))
                weights[n].append(k)
    out_keys, out_counts = [], []
    for n in (1, 2, 3):
        uniq, inverse = np.unique(np.array(keys[n], dtype=np.int64), return_inverse=True)
        out_keys.append(uniq)
        out_counts.append(np.bincount(inverse, weights=np.array(weights[n], dtype=float)).round().astype(np.int64))
    return charlm.Counts(tuple(out_keys), tuple(out_counts))


def model_counts(exclude: str | None = None, cache: Path = src.CACHE) -> charlm.Counts:
    """The counts of every source but ``exclude``, plus the frequency list's, scaled to their size."""
    names = [s.name for s in src.SOURCES if s.name != exclude]
    total: charlm.Counts | None = None
    chars = 0
    for source in src.SOURCES:
        if source.name == exclude:
            continue
        counts, n = source_counts(source, cache)
        chars += n
        total = counts if total is None else total.combine(counts)
    assert total is not None
    about = (f"character 1-3-gram counts of {chars} characters of Japanese from the sources "
             f"{', '.join(names)} (bench/sources.py: Debian, PyPI and npm packages; statistics only, no text), "
             f"plus the n-grams inside the words of ja_word_zipf.tsv weighted by frequency; "
             f"built by bench/build_char_lm.py")
    combined = total.combine(word_list_counts(chars))
    return charlm.Counts(combined.keys, combined.counts, about)


def main() -> int:
    counts = model_counts()
    counts.save(OUT)
    grams = sum(len(k) for k in counts.keys)
    print(f"build_char_lm: {grams} n-grams → {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)\n"
          f"  {counts.about}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
