"""``python -m pipeline.restore.build_index``: build restore's word index file (what ``make data`` runs).

The index of Sudachi's dictionary words by (length, position, character) takes
about 5 s to build from the installed dictionary, so it is built once, at
set-up, into ``pipeline/data/ja_word_index.npz`` (not committed: it follows the
installed SudachiDict) and loaded by every restore process in milliseconds. The
file also carries the frequency list's tables (:func:`pipeline.restore.resources.word_zipf`,
``char_zipf``) as arrays, read in a few hundredths of a second where parsing the
list took a tenth of a ``restore`` process's start, and the tables a process whose document has English built
at run time, about a second of it (issue 19 point 5): wordfreq's English words by length
(:func:`pipeline.restore.evidence.english.packed_tables`), EDICT's glosses and the Japanese words by English
lemma (:func:`pipeline.glosses.packed_tables`), each group with what it was built from, so that a file built from
other sources is not read for them (:func:`pipeline.restore.resources.packed_group`).
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
