"""The English, gloss and Japanese word tables the word index file carries (issue 19 point 5: a restore process ready in a
second; building them took about 1 s of every process whose document has English): read from the file, they are
the very tables a process built at run time, and a file built from other sources, or in another layout, is not
read for them (docs/restore.md "Speed", seventh round)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from pipeline import english_words, glosses
from pipeline.restore import resources
from pipeline.restore.evidence import english, lexicon


def _index_file_or_skip():
    path = resources.data_dir() / resources.WORD_INDEX_FILE
    if not path.is_file():
        pytest.skip("no word index file: `make data`")
    return path


def test_the_file_carries_both_groups_for_the_installed_sources():
    _index_file_or_skip()
    assert resources.packed_group(english.PACKED_GROUP, english.packed_source()) is not None
    assert resources.packed_group(glosses.PACKED_GROUP, glosses.packed_source()) is not None
    assert resources.packed_group(lexicon.PACKED_GROUP, lexicon.packed_source()) is not None


def test_the_japanese_words_by_length_are_those_built_from_the_frequency_list():
    _index_file_or_skip()
    packed = resources.packed_group(lexicon.PACKED_GROUP, lexicon.packed_source())
    got = resources.unpack_lists(packed, lexicon.PACKED_GROUP + "_by_length", list)
    built = lexicon._build_words_by_length()
    assert got == built and list(got) == list(built)
    assert all(type(words) is list for words in got.values())  # lists, as the run-time build gives
    assert lexicon._words_by_length() == built
    assert lexicon.frequent_words(2)[:1] == (max(built[2], key=lambda wz: (wz[1], [-ord(c) for c in wz[0]])),)


def test_the_english_words_by_length_are_those_built_from_wordfreq():
    _index_file_or_skip()
    packed = resources.packed_group(english.PACKED_GROUP, english.packed_source())
    got = resources.unpack_lists(packed, english.PACKED_GROUP + "_by_length")
    built = english_words.by_length(english.MIN_ZIPF)
    assert got == built
    assert list(got) == list(built)  # the lengths in the same order
    assert all(type(z) is float and type(w) is str for words in got.values() for w, z in words)
    assert english._by_length() == built
    assert got[9][0] == ("something", built[9][0][1])


def test_the_gloss_tables_are_those_built_from_the_data_files():
    _index_file_or_skip()
    packed = resources.packed_group(glosses.PACKED_GROUP, glosses.packed_source())
    table = resources.unpack_lists(packed, glosses.PACKED_GROUP + "_table")
    read = glosses._read_table()
    assert table == read and list(table) == list(read)  # EDICT's order, word by word
    assert glosses.table() == read
    by_lemma = resources.unpack_lists(packed, glosses.PACKED_GROUP + "_by_lemma")
    built = glosses._build_by_lemma()
    # the same words under each lemma in the same order (a run-time build's lemmas come in the hash order of the
    # glosses' sets: only looked up, never listed)
    assert by_lemma == built
    assert glosses.by_lemma() == built
    assert "実績" in by_lemma["achievement"]  # issue 19's example: *Achievements* proposes 実績


def test_a_group_built_from_other_sources_or_in_another_layout_is_not_read(tmp_path, monkeypatch):
    resources.save_arrays(tmp_path / resources.WORD_INDEX_FILE, {
        "english_about": np.array(f"format {resources.PACKED_FORMAT}; wordfreq 0.0; Zipf >= 2.0"),
        "glosses_about": np.array(f"format {resources.PACKED_FORMAT - 1}; {glosses.packed_source()}"),
        "other_about": np.array(f"format {resources.PACKED_FORMAT}; it"),
        "other_t_counts": np.array([1], dtype=np.int64)}, compress=False)
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    monkeypatch.setattr(resources, "_index_arrays", resources._index_arrays.__wrapped__)
    assert resources.packed_group("english", "wordfreq 3.1.1; Zipf >= 2.0") is None  # another wordfreq
    assert resources.packed_group("glosses", glosses.packed_source()) is None  # another layout
    assert resources.packed_group("missing", "it") is None
    assert list(resources.packed_group("other", "it")) == ["other_about", "other_t_counts"]
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path / "none")
    assert resources.packed_group("other", "it") is None  # no file at all


def test_the_sources_name_what_the_tables_are_built_from():
    assert english.packed_source().startswith("wordfreq ")
    # (session 80, rpack80: the group carries the rarer words too, down to RIVAL_MIN_ZIPF)
    assert english.packed_source().endswith(f"Zipf >= {english.MIN_ZIPF!r}; rivals >= {english.RIVAL_MIN_ZIPF!r}")
    assert glosses.packed_source().startswith(f"{glosses.GLOSS_FILE} sha256 ")
    assert lexicon.packed_source().startswith(f"{resources.WORD_FREQ_FILE} sha256 ")
    assert resources.WORD_FREQ_FILE in glosses.packed_source()


def test_packing_an_empty_table():
    assert resources.unpack_lists(resources.pack_lists("e", {}), "e") == {}
    assert resources.unpack_lists(resources.pack_lists("e", {"a": ()}), "e") == {"a": ()}


def test_a_restore_process_reads_the_tables_without_wordfreq_and_segment_without_restore():
    _index_file_or_skip()
    probe = ("import sys; from pipeline.restore.evidence import english; from pipeline import glosses;"
             "english._by_length(); glosses.by_lemma(); glosses.glosses();"
             "print(' '.join(m for m in ('wordfreq',) if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.split() == []
    # segment asks whether a line glosses a title: it reads the data file, without loading restore (numpy)
    probe = ("import sys; from pipeline import glosses; glosses.glosses();"
             "print(' '.join(m for m in ('numpy', 'pipeline.restore') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.split() == []
