"""Build ``pipeline/data/ja_word_zipf.tsv`` from the ``wordfreq`` package.

The restorer ranks dictionary candidates partly by how common a word is. That
knowledge comes from a general resource: wordfreq's Japanese list (Wikipedia,
subtitles, news, web text), not from any document the pipeline reads. Only
Japanese-script words are kept, with their Zipf value rounded to 2 decimals.

Run: ``.venv/bin/pip install 'wordfreq>=3.1,<4' && .venv/bin/python bench/build_word_zipf.py``
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

from pipeline.chardata import JA_LETTER

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "ja_word_zipf.tsv"
JA = re.compile(f"^[{JA_LETTER}]{{1,10}}$")
MIN_ZIPF = 1.5


def main() -> int:
    try:
        import wordfreq
    except ImportError:
        print("build_word_zipf: wordfreq is not installed — run: .venv/bin/pip install 'wordfreq>=3.1,<4'", file=sys.stderr)
        return 1
    freqs = wordfreq.get_frequency_dict("ja", "large")
    rows = []
    for word, f in freqs.items():
        if f <= 0 or not JA.match(word):
            continue
        zipf = round(math.log10(f) + 9, 2)
        if zipf >= MIN_ZIPF:
            rows.append((word, zipf))
    rows.sort(key=lambda r: (-r[1], r[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# Japanese word frequencies (Zipf) from wordfreq's 'large' list; built by bench/build_word_zipf.py\n")
        for word, zipf in rows:
            fh.write(f"{word}\t{zipf}\n")
    print(f"build_word_zipf: {len(rows)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
