"""``python -m pipeline.restore.build_index``: build restore's word index file (what ``make data`` runs).

The index of Sudachi's dictionary words by (length, position, character) takes
about 5 s to build from the installed dictionary, so it is built once, at
set-up, into ``pipeline/data/ja_word_index.npz`` (not committed: it follows the
installed SudachiDict) and loaded by every restore process in milliseconds. The
file also carries the frequency list's tables (:func:`pipeline.restore.resources.word_zipf`,
``char_zipf``) as arrays, read in a few hundredths of a second where parsing the
list took a tenth of a ``restore`` process's start.
"""

from __future__ import annotations

import sys

from pipeline.restore import resources


def main() -> int:
    path = resources.build_word_index()
    print(f"restore: word index written to {path} ({path.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
