"""English tokenization (spaCy blank + sentencizer): offsets, whitespace, gaps, sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.structure import tokenize_en
from pipeline.model import GAP
from pipeline.structure.document import Span
from pipeline.structure.tokenize_en import analyse, analyse_lines


def assert_covers(text, tokens):
    pos = 0
    for t in tokens:
        assert text[t.start:t.end] == t.surface and t.surface
        assert text[pos:t.start] in ("", " ")  # spaCy keeps other whitespace as tokens
        pos = t.end
    assert text[pos:].strip() == ""


def test_one_pipeline_per_process():
    assert tokenize_en.nlp() is tokenize_en.nlp()
    assert tokenize_en.nlp().pipe_names == ["sentencizer"]


def test_tokens_norms_and_offsets():
    text = "Kitakyushu’s Cross-boundary  Intercity Cooperation (2004)"
    tokens, sentences = analyse(text)
    assert_covers(text, tokens)
    assert [t.surface for t in tokens][:4] == ["Kitakyushu", "’s", "Cross", "-"]
    assert tokens[1].norm == "'s"
    assert sentences == [Span(0, len(text))]


def test_gap_runs_are_one_token_and_flag_their_neighbours():
    text = "S\ufffd\ufffdbol of K\ufffd\ufffd\ufffdoto"
    tokens, _ = analyse(text)
    assert_covers(text, tokens)
    assert [t.surface for t in tokens if t.gap] == ["\ufffd\ufffd", "\ufffd\ufffd\ufffd"]
    assert [t.surface for t in tokens if t.near_gap] == ["S", "bol", "K", "oto"]
    assert all(t.norm is None for t in tokens if t.gap or t.near_gap)
    assert tokens[3].to_json() == {"surface": "of", "norm": "of", "start": 7, "end": 9}


def test_sentences_without_surrounding_whitespace():
    text = "  Established in 2004. Members: ten cities!  "
    _, sentences = analyse(text)
    assert [text[s.start:s.end] for s in sentences] == ["Established in 2004.", "Members: ten cities!"]


def test_many_lines_in_one_call_keep_their_order():
    lines = ["First line.", "", "Third \ufffd line", "Fourth"]
    out = analyse_lines(lines)
    assert len(out) == 4
    assert out[1] == ([], [])
    for text, (tokens, _) in zip(lines, out):
        assert_covers(text, tokens)


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ .,!?-’'()0123\t") + [GAP, "\u3000", "○"]), max_size=60))
def test_round_trip_property(text):
    tokens, sentences = analyse(text)
    pos = 0
    for t in tokens:
        assert text[t.start:t.end] == t.surface
        assert text[pos:t.start].strip() == ""
        assert (GAP in t.surface) == t.gap
        pos = t.end
    assert text[pos:].strip() == ""
    for i, t in enumerate(tokens):
        if t.gap:
            assert set(t.surface) == {GAP}
            assert not (i + 1 < len(tokens) and tokens[i + 1].gap and tokens[i + 1].start == t.end)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
