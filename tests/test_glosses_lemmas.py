"""The English lemmas glosses reads from spaCy's tables without spaCy: the same forms spaCy's rule lemmatiser gives,
and a segment process that never imports spaCy (issue 16 point 8: it cost the stage 0.8 s and 70 MB per process)."""

import subprocess
import sys
import textwrap

import pytest

from pipeline import glosses

WORDS = ["Experiments", "developed", "cities", "went", "better", "Kitakyushu", "well-being", "co-workers", "ex-change",
         "harbour", "Achievements", "studies", "running", "feet", "Emily", "data", "analyses", "mice", "axes", "lives"]


@pytest.mark.parametrize("word", WORDS)
def test_lemmas_equal_spacys_rule_lemmatiser(word):
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

    from pipeline.spacy_en import nlp

    vocab = nlp().vocab
    lemmatizer = Lemmatizer(vocab, None, mode="rule")
    lemmatizer.initialize()
    index = lemmatizer.lookups.get_table("lemma_index")
    expected = {word.lower()}
    for pos in glosses.POS:
        doc = Doc(vocab, words=[word.lower()])
        doc[0].pos_ = pos.upper()
        expected.update(f for f in lemmatizer.rule_lemmatize(doc[0]) if f in index.get(pos, ()))
    assert glosses.lemmas(word) == frozenset(expected)


def test_a_segment_process_does_not_import_spacy():
    # An English paper's title block asks whether its words are English (names, organisations, titles): the
    # question that loaded spaCy.
    probe = textwrap.dedent("""
        import sys
        from pipeline.segment.names import _all_common_words
        from pipeline.segment.titleblock import _modifier
        from pipeline.glosses import base_form
        assert _all_common_words("Small Repairs, Long Lives") and not _all_common_words("Emily R. Carter")
        assert _modifier("Urban") and base_form("cities") == "city"
        print(sorted(m for m in sys.modules if m.split(".")[0] == "spacy"))
        """)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"
