"""A lost kanji the translation settles is committed at its own measured threshold (scoring.TRANSLATED_THRESHOLD).

Made-up headings beside their English, laid out as the benchmark measured the rule (``bench/translation_bench.py
--settled``): the English line that translates the heading, as a linked slide's title is to its section.
"""

from __future__ import annotations

from pipeline.model import GAP
from pipeline.restore import Restorer, charlm, scoring
from pipeline.restore.evidence.base import Document, Line, Site, Source


def _verdict(japanese: str, english: str):
    start = japanese.index(GAP)
    doc = Document.of_lines([Line(japanese, 1)])
    doc.sources = {1: (Source((Line(english, 2),), "the title of a linked slide", True),)}
    restorer = Restorer(doc, lm=charlm.for_document(japanese), plain=True)
    ranked = restorer.rank(Site(japanese, start, start + 1, 1))
    verdict = restorer.verdict(ranked)
    top = ranked.ranking[0][0]
    return verdict, scoring.translation_settles(ranked.ranking, 1, [ranked.pool]), restorer.model.threshold(1, top)


def test_the_english_line_settles_a_kanji_the_reading_alone_leaves_open() -> None:
    verdict, settles, threshold = _verdict("市民の\ufffd康づくり講座", "Health Classes for Citizens")
    assert settles and verdict.status == "restored" and verdict.restored == "健"
    if verdict.confidence < threshold:  # committed by the translation's own threshold: the evidence says so
        assert any("measured threshold" in e.detail for e in verdict.evidence)


def test_two_fills_the_english_glosses_alike_leave_the_gap_open() -> None:
    # *New* glosses both 新しい and 珍しい, and the reading does not set 新 ten times above 珍 here
    verdict, settles, _ = _verdict("駅前に\ufffdしい図書館が開館した", "A New Library Opens by the Station")
    assert not settles and verdict.restored is None
    assert [c.text for c in verdict.candidates][:1] == ["新"]


def test_a_piece_of_the_lost_word_does_not_explain_its_translation_away() -> None:
    """Trial 13: ``今後は、�光客の…`` beside the linked slide's *Welcoming more tourists*: 客, the lost word's
    surviving piece, glosses *tourist*, and counted as a word the sentence already had, so 観光客 was never proposed."""
    from pipeline.restore.evidence import translation

    japanese = "今後は、\ufffd光客の受け入れ体制を整え、多言語での情報発信を強化していく。"
    doc = Document.of_lines([Line(japanese, 1)])
    doc.sources = {1: (Source((Line("Future Plans", 2), Line("■ Welcoming more tourists", 3),
                               Line("■ Information in many languages", 4)), "slide 4, linked to section 4", True),)}
    proposals = translation.propose(Site(japanese, 4, 5, 1), doc, [])
    assert "観" in [p.fill for p in proposals]


def _verdicts(japanese: str, english: str):
    verdict, _, _ = _verdict(japanese, english)
    return verdict, [e.detail for e in verdict.evidence if e.kind == "abstention"]


_HERITAGE = ("教会群が世界遺産に登録された。世界遺産の町を歩く人が多い。"
             "関連遺産も加わり、世界\ufffd産を目当てに訪れる観光客が増えている。")


def test_a_rival_matching_part_of_the_english_does_not_contradict_the_word_it_translates_whole() -> None:
    """Trial 24: ``世界�産`` (世界遺産 written twice) beside *World Heritage Sites* stayed open on "the English
    supports 一 against 遺": 世界一 (*world's best*) glosses *world* only, 世界遺産 both content words. The sentence's
    関連遺産 took *heritage* from 遺's support, so the English seemed to say 世界一 alone."""
    verdict, abstentions = _verdicts(_HERITAGE, "World Heritage Sites")
    assert [c.text for c in verdict.candidates][:1] == ["遺"]
    assert not any("conflicting evidence" in a for a in abstentions), abstentions
    # (*world* is the intact 世界's: 遺 adds *heritage*; 一 adds *best*, which the line does not say, and no longer
    # rivals it at all: translation.fill_glosses)
    assert verdict.restored == "遺"  # repeated twice, and the English agrees


def test_the_english_saying_the_rival_whole_still_contradicts_the_top_fill() -> None:
    # *the best in the world* is 世界一 (best + world); 世界遺産 says *world* alone: a real conflict
    verdict, abstentions = _verdicts(_HERITAGE, "The best in the world")
    assert verdict.restored is None
    assert any("the English supports 一 against 遺" in a for a in abstentions), abstentions


def test_an_english_word_the_intact_neighbour_translates_proposes_nothing_for_the_fill() -> None:
    """Trial 25: ``港湾��`` (物流) beside the slide *Port Logistics*: *Port* is 港湾's word, written intact beside the
    gap, yet it proposed 港町, 出港, 寄港 … as the fill and vetoed the top fill with 港町. A fill's word that says again
    what the neighbour says is no translation of the fill; *Logistics* still proposes 物流."""
    from pipeline.restore.evidence import translation

    japanese = "両市は港湾\ufffd\ufffdの分野で協力を進めている。"
    doc = Document.of_lines([Line(japanese, 1)])
    doc.sources = {1: (Source((Line("Port Logistics", 2),), "the title of a linked slide", True),)}
    site = Site(japanese, 5, 7, 1)
    proposals = translation.propose(site, doc, ["物流", "港町", "都市"])
    fills = [p.fill for p in proposals]
    assert "物流" in fills
    assert not [p.detail for p in proposals if "'Port'" in p.detail]
    # a line that translates the sentence (it shares *cooperation*, 協力): 港町 says nothing of it the neighbour does not
    doc.sources = {1: (Source((Line("Port Logistics Cooperation", 2),), "the title of a linked slide", True),)}
    covers = translation.cover(site, doc, ["物流", "港町"])
    assert covers["物流"].words == 1 and covers["港町"].words == 0


def test_an_english_word_over_the_neighbour_and_the_fill_counts_by_what_the_fill_adds() -> None:
    # 世界遺産 reaches over the intact 世界: *Heritage* is what 遺 adds; *World* is 世界's whatever the fill (issue 19)
    from pipeline.restore.evidence import translation

    doc = Document.of_lines([Line(_HERITAGE, 1)])
    doc.sources = {1: (Source((Line("World Heritage Sites", 2),), "a linked slide", True),)}
    at = _HERITAGE.index("\ufffd")
    covers = translation.cover(Site(_HERITAGE, at, at + 1, 1), doc, ["遺", "一"])
    assert (covers["遺"].words, covers["一"].words) == (1, 0)


def _talk_verdict(lines: list[tuple[int, str]], sources: dict, gap_line: int):
    doc = Document.of_lines([Line(text, n) for n, text in lines])
    doc.sources = sources
    japanese = dict(lines)[gap_line]
    start = japanese.index(GAP)
    end = len(japanese) - len(japanese[start:].lstrip(GAP))
    restorer = Restorer(doc, lm=charlm.for_document("\n".join(t for _, t in lines)), plain=True)
    return restorer.verdict(restorer.rank(Site(japanese, start, end, gap_line)))


def _slide(label: str, *english: str) -> tuple[Source, ...]:
    return (Source(tuple(Line(e, 20 + i) for i, e in enumerate(english)), label, True),)


_ORDINANCE = [(1, "3. 景観条例の制定"), (2, "市は景観条例を定め、建物の高さを制限した。"),
              (5, "今後は、景\ufffd条例の見直しを住民と進めていく。")]


def test_the_talks_own_translation_of_the_compound_outweighs_a_rival_one_english_word_glosses() -> None:
    """Trial 28: ``景�計画`` (景観計画 written whole twice, under the slide *Landscape Plan*) beside *Landscape
    planning …* stayed open on "the English supports 色 against 観": EDICT glosses 景色 *landscape*, 景観 only
    *scenery*. The talk itself translates 景観計画 as *Landscape Plan*: two words of the line, the rival's one."""
    slide3 = _slide("the title of slide 3, linked to section 3", "Landscape Ordinance")
    sources = {1: slide3, 2: slide3, 5: _slide("slide 5, linked to section 5", "Review of the landscape ordinance")}
    verdict = _talk_verdict(_ORDINANCE, sources, 5)
    abstentions = [e.detail for e in verdict.evidence if e.kind == "abstention"]
    assert [c.text for c in verdict.candidates][:1] == ["観"]
    assert not any("conflicting evidence" in a for a in abstentions), abstentions
    assert any("景観条例 says 2 words" in e.detail and "as the talk translates it" in e.detail for e in verdict.evidence)


def test_the_compound_written_whole_under_other_english_does_not_lift_the_conflict() -> None:
    # the English beside the intact 景観条例 holds no word its 条例 glosses: nothing ties that line to the compound
    slide3 = _slide("the title of slide 3, linked to section 3", "Landscape Design")
    sources = {1: slide3, 2: slide3, 5: _slide("slide 5, linked to section 5", "Review of the landscape ordinance")}
    verdict = _talk_verdict(_ORDINANCE, sources, 5)
    assert verdict.restored is None
    assert any("the English supports 色 against 観" in e.detail for e in verdict.evidence)


def test_a_fill_the_english_contradicts_shows_no_more_than_a_ties_confidence() -> None:
    """Trial 28: the open ``景�計画`` showed 0.9855, the confidence of a fill nothing contradicts."""
    verdict, abstentions = _verdicts(_HERITAGE, "The best in the world")
    assert verdict.restored is None and any("conflicting evidence" in a for a in abstentions)
    assert verdict.confidence <= 0.5  # scoring.CONFLICT_CONFIDENCE


def test_a_far_gloss_word_that_matched_is_cited_with_the_line_that_holds_the_words_own_gloss() -> None:
    """Trial 28: 町 of ``城下�の町並み`` cited *around* (城下町: *castle town; … developed around a … castle*) from
    the line that translates the sentence; the slide *Castle Town Streetscape* says the word itself."""
    from pipeline.restore.evidence import translation

    japanese = "これにより、城を望む眺めと城下\ufffdの通りが守られている。"
    doc = Document.of_lines([Line(japanese, 1)])
    doc.sources = {1: (Source((Line("Plan of the district around the old castle", 2), Line("Castle Town Streets", 3)),
                              "slide 2, linked to section 2", True),)}
    proposals = {p.fill: p.detail for p in translation.propose(Site(japanese, 15, 16, 1), doc, [])}
    assert "町" in proposals
    assert "its gloss 'Castle Town' stands whole in slide 2, linked to section 2: 'Castle Town Streets' (line 3)" \
        in proposals["町"], proposals["町"]


def test_the_word_a_fill_makes_written_whole_elsewhere_is_cited() -> None:
    """Trial 28: ``建てられた�造りの商家`` (蔵造り written whole twice, after や) cited no repetition: the letters
    left of the gap differ, and 造 is too short to anchor the right side alone."""
    lines = [(1, "港には古い石造りの倉庫が並ぶ。"), (2, "明治に建てられた\ufffd造りの倉庫が残る。")]
    verdict = _talk_verdict(lines, {}, 2)
    assert [c.text for c in verdict.candidates][:1] == ["石"]
    # cited by the word written elsewhere's own provider since jarank65 (far_word: 石造, ranked up, never committed
    # on it alone), which the plain citation then leaves to it
    assert any(e.kind == "document-word" and "石造" in e.detail and "line 1" in e.detail
               for e in verdict.evidence), verdict.evidence


def test_an_english_term_proposes_the_word_that_makes_it_with_the_intact_letters_beside_the_gap() -> None:
    """Trial 27: ``��都市提携`` beside *Sister City Partnership*: *Sister* glosses 姉妹, 兄弟, 兄妹, シス … alike, and
    姉妹 ranked 8th to 10th. Only 姉妹 makes one word with the intact 都市 (Sudachi's 姉妹都市), which the English
    says word beside word: *Sister City*."""
    for japanese, english in [("両市は1990年に\ufffd\ufffd都市提携を結び、交流を続けている。", "Sister City Partnership since 1990"),
                              ("本市は1990年に米国の市と\ufffd\ufffd都市となった。", "Sister Cities since 1990")]:
        verdict = _talk_verdict([(1, japanese)], {1: _slide("slide 2, linked to section 2", english)}, 1)
        assert [c.text for c in verdict.candidates][:1] == ["姉妹"], verdict.candidates
        assert any("姉妹都市 translates 'Sister Cit" in e.detail for e in verdict.evidence)
        assert verdict.confidence < 0.5 or verdict.restored == "姉妹"  # never a near-certain open gap


def test_a_word_that_makes_no_term_with_the_neighbour_is_no_term() -> None:
    from pipeline.restore.evidence import translation

    japanese = "両市は1990年に\ufffd\ufffd都市提携を結んだ。"
    doc = Document.of_lines([Line(japanese, 1)])
    doc.sources = {1: _slide("slide 2, linked to section 2", "Sister City Partnership since 1990")}
    terms = {p.fill for p in translation.propose(Site(japanese, 9, 11, 1), doc, []) if p.features.get("bilingual_term")}
    assert terms == {"姉妹"}


_RIVERSIDE = _slide("the title of slide 2, linked to section 2", "Riverside Landscape")


def test_a_rival_the_english_glosses_as_well_leaves_the_heading_to_the_calibrated_threshold() -> None:
    """Trial 32: ``2．町並みの景�`` beside the slide *Townscape and Landscape* was committed as 色 (景色) at 0.83, "from
    0.8, this class's measured threshold": EDICT glosses 景色 *landscape*, 景観 only *scenery* (which 景色 glosses
    too), and the body writes 町並みの景観 whole. The truth was 観: the English does not tell the two words apart.
    Since trial 44 repetition reads past the heading's end, and the body's 景観 puts 観 first (p 0.47 against 色's
    0.46; 色 was first, and the rule below said why the English did not settle it): still open, a near tie. The
    rule itself is checked on its own below (:func:`_tie`)."""
    lines = [(1, "2．川沿いの景\ufffd"), (2, "市は川沿いの景観を守り、歩道を整えてきた。")]
    verdict = _talk_verdict(lines, {1: _RIVERSIDE, 2: _RIVERSIDE}, 1)
    assert [c.text for c in verdict.candidates][:2] == ["観", "色"], verdict.candidates
    assert verdict.restored is None and verdict.status == "ambiguous"
    assert not any("measured threshold" in e.detail for e in verdict.evidence)
    assert any(e.kind == "repetition" and "川沿いの景観" in e.detail for e in verdict.evidence), verdict.evidence


def _tie(site_text: str, fills: dict[str, tuple[float, list[str]]], lines: list[str]):
    from pipeline.restore import translation_tie
    from pipeline.restore.evidence.base import Proposal

    pool = scoring.Pool()
    for fill, (_, words) in fills.items():
        for word in words:
            pool.add(Proposal(fill, "lexicon", f"dictionary word {word}", {"lex_known": 1.0}, word=word))
    doc = Document.of_lines([Line(t, n) for n, t in enumerate(lines, 1)])
    start = site_text.index(GAP)
    ranking = [(f, p) for f, (p, _) in fills.items()]
    return translation_tie(ranking, [pool], Site(site_text, start, start + 1, len(lines)), doc)


def test_a_rival_word_sharing_a_gloss_with_the_top_fills_word_is_a_tie() -> None:
    # 景色 and 景観 both gloss *scenery*; what the intact 景 glosses (*view*, *scene*…) is not counted
    why = _tie("2．川沿いの景\ufffd", {"色": (0.8, ["景色"]), "観": (0.15, ["景観"])}, ["2．川沿いの景\ufffd"])
    assert why is not None and "景観 (観) glosses scenery" in why.detail
    # a rival ten times less probable is no rival
    assert _tie("2．川沿いの景\ufffd", {"色": (0.9, ["景色"]), "観": (0.05, ["景観"])}, ["2．川沿いの景\ufffd"]) is None


def test_a_rival_word_the_text_writes_whole_weighs_against_the_top_fills_unwritten_word() -> None:
    # 実績 (*achievement*) and 実行 (*execution*) share no gloss: the text writing 実行 whole is what ties them
    gap = "今年度の実\ufffd"
    fills = {"績": (0.8, ["実績"]), "行": (0.15, ["実行"])}
    why = _tie(gap, fills, ["計画の実行を進める。", gap])
    assert why is not None and "実行, the word 行 makes, stands whole at line 1" in why.detail
    assert _tie(gap, fills, ["計画を進める。", gap]) is None  # written nowhere
    assert _tie(gap, fills, ["実績と実行を比べる。", gap]) is None  # both written: the text does not separate them


def test_a_derived_english_word_and_a_year_align_a_line_with_the_sentence() -> None:
    """The line that translates a sentence is the one sharing most of its words: *Historic* is 歴史's *history*
    (a derived word, :func:`translation._root`), and a year the line writes in digits is the sentence's year."""
    from pipeline.restore.evidence import translation

    known = translation._token_glosses("歴史地区の町並み")
    assert translation._shared("Historic District", known, frozenset(), frozenset()) == 2
    assert translation._shared("The 1980 Movement", (), frozenset(), frozenset({1980, 5})) == 1
    # one digit is as often a list's or a heading's number: not counted
    assert translation._shared("Step 5", (), frozenset(), frozenset({5})) == 0


def test_a_particles_gloss_aligns_no_derived_word() -> None:
    """EDICT glosses particles too (に: *in addition*, *causative* …); only a content word's roots align a line's
    derived word, so *Additional relocation overflows* shares nothing with a sentence of particles and a verb."""
    from pipeline.restore.evidence import translation

    known = translation._token_glosses("名前をに変更できません")
    assert translation._shared("Additional relocation overflows omitted", known, frozenset(), frozenset()) == 0


TALK_WITH_AGRICULTURE = "高松市\n\n図書館と地域の学び\n\n高松市教育委員会生涯学習課長　山本 一郎\n\n1．図書館の現状\n高松市の中央図書館は1975年に開館し、年間約30万人が利用している。\n\n2．蔵書の充実\n郷土資料の収集を進め、2022年から電子書籍の貸出を始めた。\n\n3．�業との連携\n農業協同組合と共に、食の本の展示を開いている。\n\nLibraries and Local Learning\nYAMAMOTO Ichiro, Takamatsu City\n\n1\nThe Central Library Today\nOpened in 1975, about 300,000 users a year\n\n2\nGrowing the Collection\nE-book lending since 2022\n\n3\nWorking with Agriculture\nFood book exhibitions with the cooperative\n"


def test_the_word_the_english_names_written_whole_in_the_talk_ranks_its_fill_first_never_committed() -> None:
    """A heading beside its slide's title, which paraphrases it (*Working with Agriculture* beside ``3．\ufffd業との連携``:
    連携 glosses *cooperation*, not *working*): *Agriculture* proposes 農 (農業), and the talk writes 農業 whole
    (農業協同組合): it ranks 農 first (``near_word``), as a word written near the gap does, and never commits it."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    restored = restore(segment(clean(extract(TALK_WITH_AGRICULTURE.encode("utf-8"), name="case.txt"))))
    (repair,) = [r.to_json() for t in restored.talks for r in t.repairs]
    assert repair["candidates"][0]["text"] == "農" and repair["status"] != "restored" and repair["confidence"] <= 0.5
    assert any("農業 is written whole in the talk (農業協同組合 at line" in e["detail"] for e in repair["evidence"])


def test_an_english_gap_is_never_filled_to_a_form_english_does_not_spell() -> None:
    """Trial 40: ``each teacher\ufffds experience`` (a lost apostrophe) beside Japanese that says 教員 (*teacher*) was
    committed as ``teacheres`` at 0.9855: the forms tried for a gloss lemma included ``teacher`` + ``es``. Only forms
    English spells, that wordfreq's list holds, are tried; the gap is no English word's letter."""
    from pipeline.restore.evidence import translation

    english = "Lessons depend on each nurse\ufffds judgement"
    doc = Document.of_lines([Line(english, 1)])
    doc.sources = {1: (Source((Line("指導は看護師の判断に頼る部分が大きい。", 2),), "section 2, linked to slide 3", True),)}
    start = english.index(GAP)
    fills = [p.fill for p in translation.propose(Site(english, start, start + 1, 1), doc, [])]
    assert "e" not in fills
