"""Each evidence provider on its own: made-up cases first, then cases from the sample."""

from __future__ import annotations

import pytest

from pipeline.restore.evidence import abstention, bilingual, lexicon
from pipeline.restore.evidence.base import Document, Line, Site, find_gaps
from pipeline.restore.evidence.repetition import RepetitionIndex, ScopeText, context_matches, word_matches
from pipeline.restore.resources import WordIndex

G = "\ufffd"


def _site(doc: Document, line_no: int, nth: int = 0) -> Site:
    line = next(ln for ln in doc.scopes[0][1] if ln.number == line_no)
    start, end = find_gaps(line.text)[nth]
    return Site(line.text, start, end, line_no)


# -- numbering ---------------------------------------------------------------


def test_plain_text_reads_the_one_heading_number_solver():
    """restore - has no segment stage: its heading numbers come from pipeline/numbering.py, as segment's do."""
    from pipeline.restore import Restorer

    doc = Document.from_text("１．港の歴史\n本文。\n\ufffd\ufffd海の交流\n３．空の道")
    restorer = Restorer(doc, plain=True)
    hint = restorer.numbering_hint(doc.scopes[0][1][2].text, 0, 2, 3, lambda pos: None)
    assert hint is not None and hint.candidates == ("２．",) and hint.evidence.kind == "numbering"
    assert not hint.tentative  # intact numbers in step on both sides: committed on the sequence's word
    assert restorer.heading_number(doc.scopes[0][1][2].text, 0, hint, 3).restored == "２．"


@pytest.mark.parametrize("lines", [
    # a numbered list, then a message whose first word is lost: not item 3, nor 1
    ["1. 設定を開く", "2. 保存する", f"{G}{G}されたファイルを開けません"],
    # the sequence jumps after it (9 before 3.1): bent to fit the lost glyphs
    ["８．交流", "本文。", f"{G}{G}共同事業", "3.1 熊本城"],
])
def test_a_heading_number_is_a_candidate_where_the_sequence_is_not_evident(lines):
    from pipeline import numbering
    from pipeline.restore import Restorer

    fills = [f for h in numbering.solve(lines) for f in h.fills if lines[h.index].startswith(G)]
    assert fills and all(f.tentative for f in fills)
    doc = Document.from_text("\n".join(lines))
    restorer = Restorer(doc, plain=True)
    line = next(ln for ln in doc.scopes[0][1] if ln.text.startswith(G))
    hint = restorer.numbering_hint(line.text, 0, 2, line.number, lambda pos: None)
    assert hint is not None and hint.tentative
    repair = restorer.heading_number(line.text, 0, hint, line.number)
    assert repair.restored != hint.candidates[0]  # offered, never committed on the sequence's word alone
    assert hint.candidates[0] in [c.text for c in repair.candidates]


def test_the_opening_headings_before_the_first_intact_number_are_evident():
    from pipeline import numbering

    lines = [f"{G}{G}沿革", "本文。", f"{G}{G}産業", "本文。", "３．観光", "本文。", f"{G}{G}交通"]
    fills = {lines[h.index]: f for h in numbering.solve(lines) for f in h.fills}
    assert [fills[t].text for t in lines if t in fills] == ["１．", "２．", "４．"]
    # the opening run counts from 1 up to the intact 3; the last has no intact number after it
    assert [fills[t].tentative for t in lines if t in fills] == [False, False, True]


def test_repetition_finds_the_phrase_intact_elsewhere_with_its_line():
    scope = ScopeText.build("doc", [Line("山田町の桜並木", 4), Line("町の桜並木は長い", 9)])
    found = context_matches(Site(f"山田町の{G}並木", 4, 5), scope)
    assert found["桜"][0] == 6 and found["桜"][2] == 4


def test_a_repeat_past_a_line_s_edge_leaves_the_evidence_of_a_repeat_stopping_there():
    # a gap at a line's end: ように、 ends another line (、 found as main found it, alone in its context), and the
    # text goes on after ように mid-line with 設定, 調整, 変更. Those propose their kanji (one-sided), but do not
    # share 、's context: a base__platex.txt mask (`しないように\ufffd`) read them so, 、's rep_unique fell from 1 to
    # 0.25 and the confidence model committed 、 at 0.9737, wrongly (the truth was し)
    text = ("手順を間違えないように、\n最初に説明書を読む。\n画面が暗くならないように調整する。\n"
            "音が出ないように設定する。\n文字が欠けないように変更した。\n古い記録は一覧に出さないように" + G + "\nます。")
    doc = Document.from_text(text)
    line = doc.scopes[0][1][5].text
    proposals = {p.fill: p.features for p in RepetitionIndex(doc).propose(Site(line, len(line) - 1, len(line), 6))}
    assert proposals["、"]["rep_unique"] == 1.0 and "rep_one_sided" not in proposals["、"]
    assert {"設", "調", "変"} <= set(proposals) and all(proposals[f].get("rep_one_sided") for f in "設調変")


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


def test_lexicon_proposals_follow_from_their_window_alone():
    """The lexicon reads REACH characters each side of a gap: its proposals are remembered per window, and a
    site whose text differs farther away gets the same proposals as one computed afresh."""
    from pipeline.restore import charlm

    lm = charlm.CharLM.from_text("市の国際交流を進める。国際交流の歴史。")
    near = Site(f"市の国際{G}流を進める", 4, 5)
    far = Site(f"長い前置きのある文で市の国際{G}流を進める。その後の話", 14, 15)
    fresh = charlm.CharLM.from_text("市の国際交流を進める。国際交流の歴史。")
    whole = [lexicon._proposal(*row) for row in lexicon._rows(far, fresh)]  # read from the whole line, no memory
    assert "交" in [p.fill for p in whole]
    assert lexicon.propose(near, lm) == lexicon.propose(far, lm) == whole
