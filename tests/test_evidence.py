"""Each evidence provider on its own: made-up cases first, then cases from the sample."""

from __future__ import annotations

import pytest

from pipeline.restore.evidence import abstention, bilingual, lexicon
from pipeline.restore.evidence.base import Document, Line, Site, find_gaps
from pipeline.restore.evidence.numbering import NumberingIndex, parse_heading
from pipeline.restore.evidence.repetition import RepetitionIndex, ScopeText, context_matches, word_matches
from pipeline.restore.resources import WordIndex

G = "\ufffd"


def _site(doc: Document, line_no: int, nth: int = 0) -> Site:
    line = next(ln for ln in doc.scopes[0][1] if ln.number == line_no)
    start, end = find_gaps(line.text)[nth]
    return Site(line.text, start, end, line_no)


# -- numbering ---------------------------------------------------------------


def test_numbering_counts_from_surviving_neighbours_and_keeps_their_width():
    doc = Document.from_text(f"{G}{G}港のあゆみ\n本文です。\n２．山のくらし\n{G}{G}川の流れ\n４．海の幸")
    idx = NumberingIndex(doc)
    assert idx.propose(_site(doc, 1)).fill == "１．"
    assert idx.propose(_site(doc, 4)).fill == "３．"


def test_numbering_uses_a_surviving_separator_and_ascii_digits():
    doc = Document.from_text(f"9.港のあゆみ\n10{G}山のくらし\n1{G}{G}川の流れ")
    idx = NumberingIndex(doc)
    assert idx.propose(_site(doc, 2)).fill == "."
    assert idx.propose(_site(doc, 3)).fill == "1."


def test_numbering_second_level_under_its_parent():
    doc = Document.from_text(f"２．まちの話\n{G}{G}1 城の話\n{G}{G}{G} 水の話\n2{G}3 森の話\n３．おわりに")
    idx = NumberingIndex(doc)
    assert idx.propose(_site(doc, 2)).fill == "2."
    assert idx.propose(_site(doc, 3)).fill == "2.2"
    assert idx.propose(_site(doc, 4)).fill == "."


def test_numbering_claims_only_the_number_when_the_gap_runs_into_the_title():
    doc = Document.from_text(f"11．港のあゆみ\n12{G}{G}しい流れ\n13．海の幸")
    proposal = NumberingIndex(doc).propose(_site(doc, 2))
    assert proposal.fill == "．"


def test_running_text_starting_with_a_year_is_not_a_heading():
    assert parse_heading("1960 年代、日本が急速な") == []
    assert parse_heading("30 周年記念の昨年") == []


def test_numbering_on_the_sample(sample_text):
    doc = Document.from_text(sample_text)
    idx = NumberingIndex(doc)
    assert idx.propose(_site(doc, 81)).fill == "４．"
    assert idx.propose(_site(doc, 320)).fill == "3．"
    assert idx.propose(_site(doc, 953)).fill == "3.3"
    assert idx.propose(_site(doc, 918)).fill == "３．"
    assert idx.propose(_site(doc, 1)) is None  # the talk-number prefix


# -- repetition --------------------------------------------------------------


def test_repetition_finds_the_phrase_intact_elsewhere_with_its_line():
    scope = ScopeText.build("doc", [Line("山田町の桜並木", 4), Line("町の桜並木は長い", 9)])
    found = context_matches(Site(f"山田町の{G}並木", 4, 5), scope)
    assert found["桜"][0] == 6 and found["桜"][2] == 4


def test_repetition_english_word_needs_whole_word_match():
    scope = ScopeText.build("doc", [Line("The harbour and harbours", 2)])
    assert set(word_matches(Site(f"h{G}rbour", 1, 2), scope)) == {"a"}
    assert word_matches(Site(f"x{G}y", 1, 2), scope) == {}


def test_repetition_prefers_the_nearest_scope():
    talk = [Line(f"港の{G}事", 1), Line("港の行事", 2)]
    document = talk + [Line("港の工事", 7)]
    doc = Document(scopes=[("talk", talk), ("document", document)])
    fills = [p.fill for p in RepetitionIndex(doc).propose(Site(talk[0].text, 2, 3, 1))]
    assert fills == ["行"]


def test_repetition_on_the_sample(sample_text):
    doc = Document.from_text(sample_text)
    proposals = RepetitionIndex(doc).propose(_site(doc, 1125, 3))
    assert proposals[0].fill == "umam" and "Kumamoto" in proposals[0].detail


# -- lexicon -----------------------------------------------------------------


def test_word_index_matches_by_known_characters_only():
    idx = WordIndex.build(["実績", "成績", "実施", "活動"])
    assert idx.match("??") == []
    assert idx.match("?績") == ["実績", "成績"]


def test_lexicon_joins_words_from_both_sides_for_a_two_character_gap():
    idx = WordIndex.build(["企画", "文化", "企業"])
    fills = [f.fill for f in lexicon.lexicon_fits(Site(f"企{G}{G}化", 1, 3), idx, {"企画": 5.0, "企業": 5.5})]
    assert "画文" in fills and "業文" in fills


def test_lexicon_reaches_over_another_gap_as_a_wildcard():
    fits = lexicon.lexicon_fits(Site(f"ブラン{G}ィン{G}による", 3, 4))
    assert fits[0].fill == "デ" and fits[0].known == 5


def test_lexicon_never_proposes_person_names():
    # given names are only ever names in Sudachi's dictionary: the index leaves them out
    from pipeline.restore import resources

    assert "翔太" not in resources.word_index().match("翔?")
    assert resources.word_index().match("翔?")  # other words with 翔 stay


# -- bilingual ---------------------------------------------------------------


def test_bilingual_number_from_the_other_language_keeps_width():
    doc = Document.from_text(f"1998 年に設立した。\n○Founded １{G}{G}{G}")
    props = bilingual.propose(_site(doc, 2), doc, english=True)
    assert [p.fill for p in props] == ["９９８"]
    assert props[0].features["bilingual_alone"] == 1.0


def test_bilingual_lists_every_fitting_number():
    doc = Document.from_text(f"2004 年と 2009 年。\nEstablished 2{G}{G}{G}")
    assert sorted(p.fill for p in bilingual.propose(_site(doc, 2), doc, english=True)) == ["004", "009"]


# -- abstention --------------------------------------------------------------


@pytest.mark.parametrize("left,right,expected", [
    ("港湾局長 ", f"田 {G}", True),
    (f"港湾局長 {G}田 ", "", True),
    ("山田", "様より", True),
    ("港湾局の", "長", False),
])
def test_person_name_after_a_title(left, right, expected):
    assert abstention.is_person_name(left, right) is expected


def test_talk_number_line():
    assert abstention.is_talk_number_line(f"{G}{G}大分市")
    assert not abstention.is_talk_number_line(f"{G}{G}大分市の歴史と文化")
