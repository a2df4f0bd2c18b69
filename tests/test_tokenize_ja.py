"""Japanese tokenization: round trip, offsets, gaps, the input limit, sentences, spaCy's token conventions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.structure import tokenize_ja
from pipeline.model import GAP
from pipeline.structure.tokenize_ja import MAX_BYTES, chunk_spans, split_sentences, tokenize


def assert_covers(text, tokens):
    assert "".join(t.surface for t in tokens) == text
    pos = 0
    for t in tokens:
        assert t.start == pos
        assert text[t.start:t.end] == t.surface
        pos = t.end
    assert pos == len(text)


def test_fields_and_offsets_on_plain_text():
    text = "北九州市は、人口100万の国際都市である。"
    tokens = tokenize(text)
    assert_covers(text, tokens)
    first = tokens[0]
    assert list(first.to_json()) == ["surface", "lemma", "norm", "reading", "tag", "inflection", "pos", "start", "end"]
    assert first.reading and all("\u30a0" <= c <= "\u30ff" for c in first.reading)
    assert (first.tag, first.inflection, first.pos) == ("名詞-固有名詞-地名-一般", None, "PROPN")
    assert (tokens[-1].tag, tokens[-1].pos) == ("補助記号-句点", "PUNCT")
    copula = next(t for t in tokens if t.surface == "ある")
    assert (copula.tag, copula.inflection, copula.pos) == ("動詞-非自立可能", "五段-ラ行;終止形-一般", "AUX")


@pytest.fixture(scope="module")
def spacy_ja():
    """spaCy's own Japanese tokenizer, in the stage's split mode: the reference for tag, pos, reading, inflection."""
    import spacy

    return spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": tokenize_ja.DEFAULT_MODE}}})


def assert_as_spacy_makes_them(text, tokens, nlp):
    """Every token carries what spaCy's Japanese tokenizer gives the word at its offset; a white-space
    token, the UPOS of the spaCy word it is part of (or SPACE when spaCy keeps it as a trailing space)."""
    words = {w.idx: w for w in nlp(text)}
    containing = {i: w for w in words.values() for i in range(w.idx, w.idx + len(w.text))}
    for t in tokens:
        if t.surface.isspace():
            assert t.pos == (containing[t.start].pos_ if t.start in containing else "SPACE"), (text, t)
            continue
        w = words[t.start]
        assert w.text == t.surface
        morph = w.morph.to_dict()
        assert (t.tag, t.pos, t.lemma, t.norm, t.inflection) == (w.tag_, w.pos_, w.lemma_, w.norm_, morph.get("Inflection")), (text, t)
        assert morph.get("Reading") == (t.reading.replace("=", "_").replace("|", "_") if t.reading else None)


@pytest.mark.parametrize("text", [
    "研究する。それは研究 するものだ。",  # bigram サ変可能 + 非自立可能 → VERB AUX, also across one space
    "ある日、あの本を読んだり、大きな家を見たりした。",  # 連体詞 by its surface; たり; 連体詞 + bigram
    "北九州市の　国際交流　　協会と  環境局\n次の行 ",  # white space: 　 alone is X, runs are one 空白 word
    "美しくない。静かだ。ゆっくり歩く。",
])
def test_tokens_follow_spacys_japanese_conventions(text, spacy_ja):
    assert_as_spacy_makes_them(text, tokenize(text), spacy_ja)


def test_tags_are_four_levels_and_inflection_is_apart():
    (verb, aux) = tokenize("書いた")
    assert (verb.tag, verb.inflection, verb.pos) == ("動詞-一般", "五段-カ行;連用形-イ音便", "VERB")
    assert (aux.tag, aux.inflection, aux.pos) == ("助動詞", "助動詞-タ;終止形-一般", "AUX")
    study = tokenize("研究する")
    assert [t.pos for t in study] == ["VERB", "AUX"]  # spaCy's bigram rule, not the tag map's NOUN


def test_norm_and_lemma_come_from_the_dictionary():
    tokens = tokenize("ＡＣＴＩＯＮを行った")
    by_surface = {t.surface: t for t in tokens}
    assert by_surface["ＡＣＴＩＯＮ"].lemma == "ACTION"
    assert by_surface["行っ"].lemma == "行う"


def test_gap_is_its_own_token_and_neighbours_are_withheld():
    text = "国境を\ufffdえた都市間連携"
    tokens = tokenize(text)
    assert_covers(text, tokens)
    gap = [t for t in tokens if t.gap]
    assert [t.surface for t in gap] == ["\ufffd"]
    # The reading Sudachi gives `えた` beside a gap (a slur) must never appear.
    assert all(t.norm != "穢多" for t in tokens)
    near = [t.surface for t in tokens if t.near_gap]
    assert near[0] == "を" and near[1].startswith("え")
    assert all(t.lemma is None and t.reading is None for t in tokens if t.near_gap)
    assert tokens[0].norm == "国境" and not tokens[0].near_gap
    assert all(t.tag is None and t.inflection is None and t.pos is None for t in tokens if t.gap or t.near_gap)


def test_gap_runs_at_the_edges_and_only_gaps():
    for text in ("\ufffd\ufffd環境", "環境\ufffd", "\ufffd\ufffd\ufffd", "ア\ufffdイ\ufffd\ufffdウ"):
        tokens = tokenize(text)
        assert_covers(text, tokens)
        for t in tokens:
            assert (GAP in t.surface) == t.gap
            if t.gap:
                assert set(t.surface) == {GAP}


def test_made_up_text_with_two_gaps():
    text = "山田\ufffd\ufffdは大阪府立\ufffd図書館の館長です。"
    tokens = tokenize(text)
    assert_covers(text, tokens)
    assert sum(1 for t in tokens if t.gap) == 2
    near = [(t.start, t.end) for t in tokens if t.near_gap]
    gaps = [(t.start, t.end) for t in tokens if t.gap]
    # exactly the tokens that end where a gap starts or start where one ends
    assert near == sorted({t for t in near if any(t[1] == g[0] or t[0] == g[1] for g in gaps)}) and len(near) == 4


def test_split_mode_is_configurable():
    text = "都市間連携を進める国際交流協会"
    a = tokenize(text, mode="A")
    c = tokenize(text, mode="C")
    assert_covers(text, a)
    assert_covers(text, c)
    assert len(a) > len(c)
    with pytest.raises(ValueError, match="split mode"):
        tokenize(text, mode="D")


def test_one_dictionary_and_tokenizer_per_process():
    assert tokenize_ja.tokenizer("C") is tokenize_ja.tokenizer("C")
    assert tokenize_ja.dictionary() is tokenize_ja.dictionary()
    assert tokenize_ja.dictionary.cache_info().currsize == 1


def test_paragraph_over_the_sudachi_limit_is_chunked_with_offsets_right():
    sentence = "北九州市は環境と技術のまちとして国際協力を進めてきた。"
    text = sentence * (MAX_BYTES // len(sentence.encode()) * 3 + 7)
    assert len(text.encode()) > 3 * MAX_BYTES
    spans = chunk_spans(text)
    assert len(spans) >= 4
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 == s2
        assert text[e1 - 1] == "。"  # cut at a sentence boundary
    assert all(len(text[s:e].encode()) <= MAX_BYTES for s, e in spans)
    tokens = tokenize(text)
    assert_covers(text, tokens)
    assert tokens[-1].surface == "。"


def test_one_sentence_over_the_limit_is_cut_at_commas_then_anywhere():
    clause = "環境と技術、"
    text = clause * (MAX_BYTES // len(clause.encode()) + 50) + "終わり。"
    spans = chunk_spans(text)
    assert len(spans) >= 2 and "".join(text[s:e] for s, e in spans) == text
    assert all(len(text[s:e].encode()) <= MAX_BYTES for s, e in spans)
    assert all(text[e - 1] == "、" for s, e in spans[:-1])
    no_breaks = "あ" * (MAX_BYTES // 3 * 2 + 5)
    spans = chunk_spans(no_breaks)
    assert len(spans) >= 2 and "".join(no_breaks[s:e] for s, e in spans) == no_breaks
    assert all(len(no_breaks[s:e].encode()) <= MAX_BYTES for s, e in spans)
    assert_covers(no_breaks, tokenize(no_breaks))


def test_empty_morphemes_from_expanding_normalisation_are_dropped():
    text = "面積は約390ｋ㎡、人口は73万人。"
    tokens = tokenize(text)
    assert_covers(text, tokens)
    assert all(t.surface for t in tokens)


def test_chunk_limit_counts_bytes_not_characters():
    text = "a。" * 5 + "𠮷。" * 5
    spans = chunk_spans(text, max_bytes=10)
    assert all(len(text[s:e].encode()) <= 10 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今日は晴れ。明日は雨？ そうです！", ["今日は晴れ。", "明日は雨？", "そうです！"]),
        ("「行こう。」と彼は言った。", ["「行こう。」と彼は言った。"]),
        ("（注：後述。）本文です。次。", ["（注：後述。）本文です。", "次。"]),
        ("第３．５節を見よ。以上", ["第３．５節を見よ。", "以上"]),
        ("本当に！？はい。", ["本当に！？", "はい。"]),
        ("彼は「はい。」と言った。", ["彼は「はい。」と言った。"]),
        ("一行目\n二行目。", ["一行目", "二行目。"]),
        ("括弧が「閉じない。次の文。", ["括弧が「閉じない。", "次の文。"]),
        ("", []),
    ],
)
def test_sentence_rule(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


japanese_text = st.text(
    alphabet=st.sampled_from(list("あいうえおかきくけこ漢字国際都市環境。、！？「」（）　 ＡＢ１２ab12\n") + [GAP]),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(japanese_text)
def test_round_trip_property(text):
    tokens = tokenize(text)
    assert_covers(text, tokens)
    for t in tokens:
        if GAP in t.surface:
            assert t.gap and set(t.surface) == {GAP}
    for i, t in enumerate(tokens):
        if t.gap:
            continue
        beside_gap = (i > 0 and tokens[i - 1].gap) or (i + 1 < len(tokens) and tokens[i + 1].gap)
        assert t.near_gap == bool(beside_gap)
        assert (t.reading is None) == bool(beside_gap)
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("あいうえおかきくけこしたりる漢字国際都市研究環境。、！？「」（）　 ＡＢ１２ab12\n")),
               max_size=60))
def test_gap_free_tokens_match_spacy_property(spacy_ja, text):
    assert_as_spacy_makes_them(text, tokenize(text), spacy_ja)


@settings(max_examples=60, deadline=None)
@given(japanese_text, st.integers(min_value=8, max_value=40))
def test_chunks_partition_the_text_property(text, limit):
    spans = chunk_spans(text, max_bytes=limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(len(text[s:e].encode()) <= limit for s, e in spans)


def test_cached_analysis_equals_sudachis_own(sample_bytes):
    """The per-word cache must give exactly what Sudachi gives each morpheme in place."""
    tok = tokenize_ja.tokenizer("C")
    for line in sample_bytes.decode("utf-8").splitlines():
        line = line.replace(GAP, "")
        ours = tokenize(line)
        theirs = [m for m in tok.tokenize(line) if m.surface()] if line else []  # empty ones are dropped
        assert len(ours) == len(theirs)
        for t, m in zip(ours, theirs):
            assert (t.surface, t.start, t.end) == (m.surface(), m.begin(), m.end())
            assert (t.lemma, t.norm, t.reading) == (m.dictionary_form(), m.normalized_form(), m.reading_form())
