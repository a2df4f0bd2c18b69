"""A volume of papers that prints no talk number (issue 16 point 1): each later paper's title block, a title right
over its authors followed by the paper's opening (its abstract, or its section 1 again), starts a talk, after the
previous paper's References or after its last section, in English and in Japanese. Never one cue alone: a reference
entry or a paragraph that looks like a title, a paper's appendix and acknowledgements after its References, and a
Japanese paper's own title, authors and abstract again in English stay in their paper."""

from __future__ import annotations

import pytest

from tests.segment_documents import ABSTRACT, PAPERS, PROSE, english_paper
from tests.segment_inputs import segmented_text


@pytest.mark.parametrize("feeds", [False, True], ids=["no pages", "a page a paper"])
@pytest.mark.parametrize("abstract,references", [(True, True), (False, True), (True, False), (False, False)],
                         ids=["abstract, references", "section 1 again, references", "abstract, last section",
                              "section 1 again, last section"])
def test_each_paper_of_an_english_volume_without_talk_numbers_is_a_talk(abstract, references, feeds):
    papers = ["\n".join(english_paper(k, abstract, references)) for k in range(len(PAPERS))]
    doc = segmented_text(("\f" if feeds else "\n").join(papers))
    assert [t.title.en.text for t in doc.talks] == [p[0] for p in PAPERS]
    assert [[s.title.text for s in t.sections] for t in doc.talks] == [
        (["Abstract"] if abstract else []) + p[2] + (["References"] if references else []) for p in PAPERS]
    assert [t.speaker.name.text for t in doc.talks] == ["Ines Moura", "Kenji Mori", "Olga Lind"]


JA_PAPERS = [
    ("地方都市における路線バスの再編", "山田 太郎（東北大学）", ["はじめに", "対象と方法", "結果"]),
    ("港町の渡船と通学の足", "佐藤 花子（京都大学）", ["はじめに", "調査の概要", "考察"]),
    ("図書館の夜間開館と学生の利用", "鈴木 一郎（九州大学）", ["はじめに", "結果"]),
]
JA_PROSE = ["本研究では、地方都市の公共交通について、利用者の数と運行の本数の関係を調べた。",
            "調査は平日に行い、同じ区間を二人の調査員が別々に数えて、その差が小さいことを確かめた。"]


def japanese_paper(k: int, abstract: bool = True) -> list[str]:
    title, speaker, headings = JA_PAPERS[k]
    lines = [title, speaker, ""]
    if abstract:
        lines += ["要旨", JA_PROSE[0], ""]
    for n, h in enumerate(headings, 1):
        lines += [f"{n}. {h}", *JA_PROSE, ""]
    return lines + ["参考文献", "[1] 中野 賢『交通の研究』港書房, 2019.", "[2] 森 勇人『渡船の歴史』海文社, 2021.", ""]


@pytest.mark.parametrize("abstract", [True, False], ids=["要旨", "1. again"])
def test_each_paper_of_a_japanese_volume_without_talk_numbers_is_a_talk(abstract):
    doc = segmented_text("\n".join(line for k in range(len(JA_PAPERS)) for line in japanese_paper(k, abstract)))
    assert [t.title.ja.text for t in doc.talks] == [p[0] for p in JA_PAPERS]
    assert [[s.title.text for s in t.sections if s.title.text not in ("要旨", "参考文献")] for t in doc.talks] == [
        p[2] for p in JA_PAPERS]


def test_a_papers_appendix_and_acknowledgements_after_its_references_stay_in_the_paper():
    lines = english_paper(0) + ["Appendix A. Interview Guide", "", "Harbour Ferries and Their Riders",
                                "Ines Moura and Piet de Vries", "", *PROSE, "",
                                "Acknowledgements", "We thank the ferry crews of the three routes for their patience.", ""]
    doc = segmented_text("\n".join(lines))
    assert len(doc.talks) == 1
    assert [s.title.text for s in doc.talks[0].sections][-3:] == ["References", "Appendix A. Interview Guide",
                                                                  "Acknowledgements"]


def test_a_reference_entry_shaped_like_a_title_block_splits_nothing():
    lines = english_paper(0, references=False) + [
        "References", "", "Tidal Power in Small Harbours", "Ines Moura, Piet de Vries",
        "Journal of Estuary Studies 12 (2020) 1–9.", "", "Mori, K. (2019). Counting riders. Transport Notes 4, 1–12.", ""]
    doc = segmented_text("\n".join(lines))
    assert len(doc.talks) == 1


def test_a_title_and_names_quoted_inside_a_paper_split_nothing():
    paper = english_paper(0)
    at = paper.index("2 Routes and Data")
    paper[at:at] = ["Harbour Ferries and Their Riders", "Ines Moura and Piet de Vries", *PROSE, ""]
    doc = segmented_text("\n".join(paper))
    assert len(doc.talks) == 1 and [s.title.text for s in doc.talks[0].sections] == [
        "Abstract", *PAPERS[0][2], "References"]


@pytest.mark.parametrize("where", ["after the references", "after the Japanese abstract"])
def test_a_japanese_papers_english_title_block_and_abstract_stay_in_the_paper(where):
    english = ["Bus Network Reform in a Regional City", "Taro YAMADA (Tohoku University)", "", "Abstract",
               *ABSTRACT, ""]
    lines = japanese_paper(0)
    at = len(lines) if where == "after the references" else lines.index("1. はじめに")
    lines[at:at] = english
    doc = segmented_text("\n".join(lines))
    assert len(doc.talks) == 1 and doc.talks[0].title.ja.text == JA_PAPERS[0][0]


def test_a_numbered_heading_under_marked_affiliations_is_no_affiliation():
    """Each mark points to one affiliation: ``1 Introduction`` under ``¹ …`` and ``² …``, where the authors carry a
    third mark (``Kenji Mori¹*``), opens on a mark already taken, and heads the paper's first section."""
    doc = segmented_text("\n".join(english_paper(1, abstract=False, references=False)))
    talk = doc.talks[0]
    assert [s.title.text for s in talk.sections] == PAPERS[1][2]
    assert talk.speaker.name.text == "Kenji Mori" and "Introduction" not in talk.speaker.text.text


@pytest.mark.parametrize("volume", ["Proceedings of the Fourth Workshop on Estuary Transport and Small Harbour Towns",
                                    "Book of Abstracts of the 2026 Meeting on Tides"])
def test_a_volume_heading_over_the_first_paper_is_no_title(volume):
    # trial 27: the volume's name over the first paper's title block was read as that paper's title
    doc = segmented_text("\n".join([volume, ""] + english_paper(0) + english_paper(1)))
    assert [t.title.en.text for t in doc.talks] == [PAPERS[0][0], PAPERS[1][0]]
    assert volume in [t.text for t in doc.talks[0].front]


COMMON_WORD_AUTHORS = ["John Miller, Northfield University", "Anna Berg, Southport College",
                       "Tom Hale, Westbrook Institute of Technology", "Rose Hill, Lakeside Polytechnic"]
"""Authors whose every word WordNet lists (john, miller, anna, berg, tom, hale, rose, hill): names by the census's
given names and surnames (``names.census_name``), so each line is a name and its affiliation, no organisation alone."""


@pytest.mark.parametrize("second", COMMON_WORD_AUTHORS[1:], ids=lambda s: s.split(",")[0])
def test_a_volume_paper_whose_author_is_named_by_common_words_is_a_talk(second):
    titles = ["Demand-Responsive Transit in Rural Districts", "Reusing Vacant Shops on Main Streets",
              "Resident Participation in Riverside Park Care"]
    authors = [COMMON_WORD_AUTHORS[0], second, "Ken Ito, Eastvale City Planning Office"]
    lines = []
    for title, author in zip(titles, authors):
        lines += [title, author, ""]
        for n, h in enumerate(["Introduction", "Data", "Results"], 1):
            lines += [f"{n} {h}", *PROSE, ""]
    doc = segmented_text("\n".join(lines))
    assert [t.title.en.text for t in doc.talks] == titles
    assert [t.speaker.name.text for t in doc.talks] == [a.split(",")[0] for a in authors]


@pytest.mark.parametrize("line,name", [("Anna Berg", True), ("John Miller", True), ("Tom Hale", True),
                                       ("Will Power", False), ("Bill Payment", False), ("Art Gallery", False),
                                       ("Hope Springs", False), ("Mark Down", False), ("Grace Period", False),
                                       # a park or a church named after a given name (review of 2 December)
                                       ("Victoria Park", False), ("Grant Park", False), ("Grace Church", False)])
def test_a_name_of_common_words_is_a_name_only_where_the_census_lists_it_as_one(line, name):
    from pipeline.segment.names import is_person_name

    assert is_person_name(line) is name


def test_a_guides_place_named_after_a_given_name_is_no_speaker():
    # review of 2 December: ``Victoria Park`` (census: a given name and a surname) under a guide's title and subtitle
    # became its speaker; a surname must beat its word by a margin (``names.CENSUS_SURNAME_MARGIN``)
    text = ("Parks of Southport\nA Walking Guide\n\nVictoria Park\nThe park opened in 1902 and holds the town's oldest "
            "bandstand, a rose garden and a boating lake that children use in summer.\n\nGrant Park\nThe second park "
            "lies by the river and is known for its tall plane trees, its cafe and the market held there each Saturday.\n")
    [talk] = segmented_text(text).talks
    assert talk.speaker.name is None
