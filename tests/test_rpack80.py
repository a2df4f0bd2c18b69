"""Session 80, rpack80 (issue 19 point 5, a restore process ready in a second): the tables a process built from fixed
data at run time (wordfreq's rarer English words, its English Zipf values, spaCy's English lexeme probabilities, the US
Census's names, the character model read both ways) are carried by the word index file, built at set-up, and read
from it as the very tables a run-time build gives; a process asks nothing of wordfreq, the census's files or the
lexeme table's gzip for them."""

from __future__ import annotations

import random
import re
import string
import subprocess
import sys

import numpy as np
import pytest

from pipeline import census, english_words, packed
from pipeline.restore import charlm, resources
from pipeline.restore.evidence import english


@pytest.fixture(autouse=True)
def _index_file_or_skip():
    if not (resources.data_dir() / resources.WORD_INDEX_FILE).is_file():
        pytest.skip("no word index file: `make data`")


def test_the_rarer_english_words_are_those_built_from_wordfreq():
    assert english._packed() is not None
    built = english._build_rarer_by_length()
    got = english._rarer_by_length()
    assert dict(got.items()) == built and list(got) == list(built)
    by_start = english._rarer_by_start()
    assert dict(by_start.items()) == english._build_rarer_by_start(built)
    assert by_start[english._start_key(5, "m")][:1] == tuple(w for w in built[5] if w[0].startswith("m"))[:1]


def test_the_census_names_are_those_of_the_names_package():
    given, surnames = census.census_lists()
    read_given, read_surnames = census._read_lists()
    assert given == read_given and list(given) == list(read_given)
    assert surnames == read_surnames and list(surnames) == list(read_surnames)
    assert packed.packed_group(census.PACKED_GROUP, census.packed_source()) is not None


def test_the_english_zipf_values_are_wordfreqs():
    from wordfreq import get_frequency_dict, zipf_frequency

    assert english_words._packed_zipf() is not None
    rng = random.Random(80)
    words = rng.sample(sorted(get_frequency_dict("en")), 5000)
    words += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    words += ["harbour", "Harbour", "hrbour", "don't", "café", "", "a", "pneumonoultramicroscopicsilicovolcanoconiosis",
              "ab" * 50_000]  # longer than any word listed: not searched (numpy would widen the array to its width)
    for word in words:
        got = english_words.zipf.__wrapped__(word)
        assert got == zipf_frequency(word, "en") and type(got) is float, word


def test_the_cased_probabilities_are_the_lexeme_tables_first_entries():
    assert english_words._packed_cased() is not None
    data = english_words._cased_probabilities()

    def searched(form: str) -> float | None:  # the table's text searched, as before the packed table
        key = b'"' + form.encode("utf-8") + b'":'
        at = data.find(key)
        return None if at < 0 else english_words._value_after(data, at + len(key))

    rng = random.Random(80)
    keys = [k.decode() for k in re.findall(rb'"([A-Za-z]+)":', data[:3_000_000])]
    forms = rng.sample(keys, 1000) + [k.lower() for k in rng.sample(keys, 300)] + [k.title() for k in rng.sample(keys, 300)]
    # a key after an escaped quote (``"\"Quoted":``) is found by the search as ``"Quoted":``: the table keeps it so
    forms += [k.decode() for k in re.findall(rb'\\"([A-Za-z]{1,24})":', data)][:200]
    forms += ["Boston", "boston", "highlights", "Highlights", "zzqxv", "Zzqxv", "x" * 30]
    for form in forms:
        assert english_words._cased_probability.__wrapped__(form) == searched(form), form


def test_the_character_model_both_ways_is_the_counts_files():
    lm = charlm.model()
    ref = charlm.CharLM(charlm.Counts.load(resources.data_path(charlm.NGRAM_FILE))).with_backward()
    for got, want in ((lm, ref), (lm.backward, ref.backward)):
        assert got.counts.about == want.counts.about
        for a, b in zip(got.counts.keys + got.counts.counts, want.counts.keys + want.counts.counts):
            assert a.dtype == b.dtype and np.array_equal(a, b)


def test_a_process_reads_the_tables_without_building_them():
    # wordfreq is not imported, the census's and the lexeme table's files are not read, the counts file not
    # decompressed, for what the English evidence and the names ask
    code = """
import sys, builtins
from pipeline.restore.evidence import english
from pipeline.restore.evidence.base import Site
from pipeline import english_words, census
from pipeline.restore import charlm
import gzip
opened = []
real = gzip.open
gzip.open = lambda *a, **k: opened.append(a) or real(*a, **k)
fits = english.rarer_fits(Site("A short and tender mo\\ufffdet, written", 21, 22))
z = english_words.zipf("harbour"); lean = english_words.capitalised_lean("Boston")
given, _ = census.census_lists(); lm = charlm.model()
print("wordfreq" in sys.modules, len(opened), fits[0].word, z > 3, lean > 1, "JAMES" in given, lm.backward is not None)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "0", "motet", "True", "True", "True", "True"]


def test_the_word_index_rule_names_every_module_whose_tables_the_file_carries():
    from pathlib import Path

    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    rule = re.search(r"^\$\(WORD_INDEX\):(.*?)\|", makefile, re.M | re.S).group(1)
    for module in ("pipeline/census.py", "pipeline/english_words.py", "pipeline/restore/charlm.py",
                   "pipeline/restore/evidence/english.py", "pipeline/packed.py", "pipeline/data/ja_char_ngrams.npz"):
        assert module in rule
