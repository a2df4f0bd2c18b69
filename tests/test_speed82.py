"""Session 82, speed82 (issue 19 point 5): restore's per-gap lookups and a restore process's first-use imports.

No clock: each test checks what is searched, copied or imported, or that a quicker way gives what the plain way gives.
The made-up talk of session 81 (tests/data/speed81/harbour_talk.*: its segment file the input, its restore file the
output the base gave) checks that the stage's output is unchanged byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

import pipeline

ROOT = Path(pipeline.__file__).parent.parent  # the tree under test (its subprocesses import the same)
SPEED81 = ROOT / "tests" / "data" / "speed81"


def _run(code: str, *args: str, stdin: str | None = None) -> str:
    out = subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return out.stdout.strip().splitlines()[-1]


def test_the_character_models_arrays_are_aligned():
    # the word index file's members start wherever the zip's headers end: the base searched the forward model's
    # bigrams and the backward model's trigrams misaligned, and numpy copied the whole array (1 MB, 4.4 MB) at each
    # searchsorted, thousands of times a document
    from pipeline.restore import charlm

    lm = charlm.model()
    for model in (lm, lm.backward):
        for array in (*model.counts.keys, *model.counts.counts):
            assert array.flags.aligned


def test_the_word_indexs_keys_are_aligned():
    from pipeline.restore import resources

    index = resources.word_index()
    assert index.keys.flags.aligned and index.starts.flags.aligned


def test_aligned_copies_only_a_misaligned_array():
    from pipeline.packed import aligned

    raw = np.arange(40, dtype=np.uint8)
    odd = np.frombuffer(raw.data, dtype=np.int64, count=4, offset=3)
    fixed = aligned(odd)
    assert not odd.flags.aligned and fixed.flags.aligned and not fixed.flags.writeable
    assert fixed.tolist() == odd.tolist()
    even = np.arange(5)
    assert aligned(even) is even


def test_a_long_query_is_looked_up_as_a_short_one():
    # near miss (the lookup's values pass on the base too): a query of SORTED_QUERY keys or more is searched in
    # sorted order and put back in its own; the counts are those of one key at a time
    from pipeline.restore import charlm

    lm = charlm.model()
    keys, counts = lm.counts.keys[2], lm.counts.counts[2]
    rng = np.random.default_rng(82)
    query = np.concatenate([keys[rng.integers(0, len(keys), 600)], keys[rng.integers(0, len(keys), 300)] + 1,
                            np.array([-1, 0, keys[-1] + 5])])
    long = charlm._lookup(keys, counts, query)
    one_by_one = [int(charlm._lookup(keys, counts, query[i:i + 1])[0]) for i in range(len(query))]
    assert long.tolist() == one_by_one and long.dtype == counts.dtype


def test_probabilities_are_the_same_element_by_element():
    # near miss: P(c | a b) of a beam's rows asked in one call of thousands, and one row at a time
    from pipeline.restore import charlm

    lm = charlm.for_document("北九州市の国際交流は港湾の物流と環境の分野で進んでいる。")
    codes = charlm._codes("国際交流港湾物流環境分野進北九州市のはとでいる。")
    rng = np.random.default_rng(5)
    a, b, c = (codes[rng.integers(0, len(codes), 2000)] for _ in range(3))
    a[:50] = charlm.NONE
    whole = lm.probs_after(a, b, c)
    alone = [float(lm.probs_after(a[i:i + 1], b[i:i + 1], c[i:i + 1])[0]) for i in range(0, 2000, 37)]
    assert whole[::37].tolist() == alone


_READY = """
import sys
from pipeline.restore import restore_text
result = restore_text(sys.stdin.read())
print(sorted(m for m in ("pipeline.segment.front", "pipeline.segment.titleblock", "pipeline.segment.letters")
             if m in sys.modules), result["repairs"][0]["status"])
"""


def test_a_japanese_line_imports_no_title_block_reader():
    # `pipeline restore -` on a Japanese line: the base imported segment's front (for bilingual_halves) and with it
    # titleblock, names, authors, organisations, places, articles, and segment's letters (for is_closing) before
    # asking whether an English close stood there at all
    out = _run(_READY, stdin="国境を\ufffdえた交流を進める。\n")
    assert out.startswith("[] ")


def test_an_english_close_still_reads_the_closing():
    # near miss: the closing's reader is imported where a close and a name stand, and reads as before
    from pipeline.restore.evidence.abstention import english_signature_name

    assert english_signature_name("Kind regards,\nSam Wh\ufffdte", 20)
    assert english_signature_name("Thanks to all. Kind regards, Sam Wh\ufffdte", 31)
    assert not english_signature_name("Sam Wh\ufffdte", 6)


def test_bilingual_halves_is_one_function():
    # segment's front reads the same function restore reads (moved to segment/halves.py, not copied)
    from pipeline.segment import front, halves

    assert front.bilingual_halves is halves.bilingual_halves


_RESTORE_TALK = """
import json, sys
from pathlib import Path
from pipeline import files
from pipeline.model import Segmented
from pipeline.restore import restore
record = files.read_record(Path(sys.argv[1]), "segment", Segmented.from_json)
print(json.dumps(files.dumps(restore(record).to_json())))
"""


def test_the_restore_output_is_the_bases():
    # near miss (passes on the base too): the same repairs, candidates and confidences, byte for byte
    out = _run(_RESTORE_TALK, str(SPEED81 / "harbour_talk.segment.json"))
    assert json.loads(json.loads(out)) == json.loads((SPEED81 / "harbour_talk.restore.json").read_text())
