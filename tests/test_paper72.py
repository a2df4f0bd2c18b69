"""Issue 16 point 2, helper paper72: a paper's title block, English and Japanese (fresh-user trials' faults).

1. A journal's citation line over the title (``Journal of Urban Mobility 12 (2024) 101–118``, ``Proc. of …, Vol. 3,
   pp. 1-9, 2023``, ``Transactions on …, 45(2), 2021``) is ``front``; the byline under the title with a text dump's
   letter marks (``José Martínez-Ruiz a,*, Li Wei b`` over ``a Department …`` / ``b School …``) names the authors,
   each with the affiliation its mark points to (``authors._GLUED_MARK_RUN``, ``authors._LETTER_MARK``). Before, the
   title, byline and first affiliation had run together into ``title.en`` and no one was named.
2. Authors in capitals (``TARO YAMADA¹ AND HANAKO SATO²``, ``TARO YAMADA1 AND …`` with the marks flattened) each have
   their own affiliation: by the marks, or where the affiliation lines lost theirs, by the marks' order
   (``authors.unmarked_in_order``); an English affiliation line closing on its country ends its affiliation
   (``joinlines.affiliation_lines``), so two authors' towns name no city of the paper (before: both had both, and
   ``city.en`` was the second author's ``Sendai``).
3. A Japanese paper's affiliations set as notes under the body (``山田 太郎∗　佐藤 花子†`` over ``∗（株）アスキー …`` /
   ``†東京大学 …``): the notes are ``footnotes`` (the authors' marks call them), each author's affiliation a view of
   its note (``front.footnoted_affiliations``); the last author keeps his ``†``.
4. An abstract ends at its ``Keywords:`` line: running text under it with no heading is the body's first section,
   untitled (``sections.keywords_in_front``).

Near misses: marks and a superscript set as before, authors stacked, a wrapped keyword field, a corresponding author's
note (no affiliation), a one-author paper's address town (kept: session 70), one affiliation line for two marks.

Inputs: ``tests/data/paper72/`` (kept in ``/work/regress/in_paper72/``; PDFs made by ``make_paper72.py`` there).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import authors_of as _authors, only_talk_of, text_of as _s

DATA = Path(__file__).parent / "data" / "paper72"


def _talk(name: str):
    return only_talk_of(DATA / name)[0]


VALENCIA = "Department of Civil Engineering, University of Valencia, Spain"
NANJING = "School of Transportation, Southeast University, Nanjing, China"
KYUSHU = "Department of Civil Engineering, Kyushu University, 744 Motooka, Fukuoka 819-0395, Japan"
TOHOKU = "Graduate School of Engineering, Tohoku University, 6-6 Aoba, Sendai 980-8579, Japan"
KYUSHU_SHORT = "Department of Civil Engineering, Kyushu University, Japan"


# -- 1. a citation line over the title, letter marks ------------------------------------------------------------------

@pytest.mark.parametrize("name, title, citation, people", [
    ("a1_journal_marks.txt", "Shared E-Scooters and Bus Ridership in Mid-Sized Cities",
     "Journal of Urban Mobility 12 (2024) 101–118", [("José Martínez-Ruiz", VALENCIA), ("Li Wei", NANJING)]),
    ("a3_transactions.txt", "Demand Response in Small Island Grids", "Transactions on Power Systems, 45(2), 2021",
     [("Maria Olsen", "Department of Electrical Engineering, Technical University of Denmark"),
      ("Peter Hansen", "Energy Systems Group, Aalborg University, Denmark"),
      ("Karin Lund", "Department of Electrical Engineering, Technical University of Denmark")]),
])
def test_letter_marks_under_a_citation_line_name_the_authors(name, title, citation, people):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert [t.text for t in talk.front] == [citation]
    assert _authors(talk) == people
    assert _s(talk.speaker.name) == people[0][0]
    assert talk.speaker.affiliation.text == "; ".join(dict.fromkeys(a for _, a in people))


@pytest.mark.parametrize("name, title, citation", [
    ("a6_journal_title_wrapped.txt", "Shared E-Scooters and Bus Ridership: Evidence from Twelve Mid-Sized Cities",
     "Journal of Urban Mobility 12 (2024) 101–118"),
    ("a7_journal_lowercase_title.txt", "Shared e-scooters and bus ridership in mid-sized cities",
     "Journal of Urban Mobility 12 (2024) 101–118"),
    ("a8_transactions_no_blanks.txt", "Demand response in small island grids", "Transactions on Urban Systems, 45(2), 2021"),
])
def test_the_citation_line_is_front_the_title_under_it_the_title(name, title, citation):
    # the trial's fault: ``title.en`` had been the citation line, the real title ``front``, no author named
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert [t.text for t in talk.front] == [citation]
    assert len(talk.speaker.authors) == 2 and all(a.affiliation is not None for a in talk.speaker.authors)


@pytest.mark.parametrize("name", ["a4_journal_no_blank.txt", "a5_proc_digits_no_blank.txt"])
def test_a_citation_line_with_no_blank_line_under_it(name):
    talk = _talk(name)
    assert _s(talk.title.en) in ("Shared E-Scooters and Bus Ridership in Mid-Sized Cities",
                                 "Groundwater Recharge under Irrigated Orchards")
    assert len(talk.speaker.authors) == 2 and all(a.affiliation is not None for a in talk.speaker.authors)


def test_an_elsevier_header_over_the_title():
    # fixed by helper paper73 (articlehead.masthead_end): the header is front, the title the line over the byline
    talk = _talk("a9_elsevier_header.txt")
    assert _s(talk.title.en) == "Shared E-Scooters and Bus Ridership in Mid-Sized Cities"
    assert [t.text for t in talk.front] == ["Contents lists available at ScienceDirect", "Journal of Urban Mobility",
                                            "journal homepage: www.elsevier.com/locate/jum"]


def test_the_corresponding_authors_mark_keeps_its_note_apart():
    talk = _talk("a1_journal_marks.txt")
    assert [m.text for m in talk.speaker.authors[0].marks] == ["a", "*"]
    assert [t.text for t in talk.footnotes] == ["* Corresponding author."]


@pytest.mark.parametrize("name", ["a2_proc_superscripts.txt", "p72_journal_letters.pdf"])
def test_raised_marks_as_before(name):
    talk = _talk(name)
    assert len(talk.speaker.authors) == 2 and all(a.affiliation is not None for a in talk.speaker.authors)
    assert talk.front and talk.title.en.text[:1].isupper() and "University" not in talk.title.en.text


# -- 2. authors in capitals, each with their own affiliation; no city from one author's address ---------------------

@pytest.mark.parametrize("name, people", [
    ("b3_caps_digits.txt", [("TARO YAMADA", KYUSHU), ("HANAKO SATO", TOHOKU)]),
    ("b6_caps_sep_marks.txt", [("TARO YAMADA", KYUSHU), ("HANAKO SATO", TOHOKU)]),
    ("b4_caps_marks_unmarked_affs.txt", [("TARO YAMADA", KYUSHU), ("HANAKO SATO", TOHOKU)]),
    ("b9_caps_one_town_unmarked.txt", [("TARO YAMADA", KYUSHU_SHORT), ("HANAKO SATO", TOHOKU)]),
    ("p72_caps_unmarked_affs.pdf", [("TARO YAMADA", KYUSHU_SHORT), ("HANAKO SATO", TOHOKU)]),
    ("b10_marks_wrapped_unmarked_affs.txt",
     [("Kenji Mori", "Disaster Prevention Research Institute, Kyoto University, Uji, Japan"),
      ("Laura Bennett", "School of Engineering, University of Glasgow, UK")]),
])
def test_each_author_has_only_their_own_affiliation(name, people):
    talk = _talk(name)
    assert _authors(talk) == people
    assert talk.speaker.affiliation.text == "; ".join(a for _, a in people)
    assert talk.city.en is None  # one author's town is no city of the paper


def test_two_authors_unmarked_over_two_addresses_share_them_parted():
    # no mark and no stacking says whose line is whose: both share both, each address an affiliation of its own
    talk = _talk("b7_and_two_unmarked.txt")
    both = ("Disaster Prevention Research Institute, Kyoto University, Gokasho, Uji 611-0011, Japan; "
            "School of Engineering, University of Glasgow, Glasgow G12 8QQ, UK")
    assert _authors(talk) == [("Kenji Mori", both), ("Laura Bennett", both)]
    assert talk.city.en is None


@pytest.mark.parametrize("name, people", [
    ("b1_caps_and.txt", [("TARO YAMADA", KYUSHU), ("HANAKO SATO", TOHOKU)]),
    ("b5_caps_stacked.txt", [("TARO YAMADA", KYUSHU), ("HANAKO SATO", TOHOKU)]),
    ("b8_caps_one_town.txt", [("TARO YAMADA", KYUSHU_SHORT), ("HANAKO SATO", TOHOKU)]),
    ("p72_caps_and.pdf", [("TARO YAMADA", KYUSHU.replace("¹", "")), ("HANAKO SATO", TOHOKU)]),
    ("b2_stacked.txt", [("Ingrid Larsen", "Department of Energy Technology, Aalborg University, Pontoppidanstraede 111, "
                                          "9220 Aalborg, Denmark"),
                        ("Thomas Becker", "Institute of Thermodynamics, University of Stuttgart, Pfaffenwaldring 6, "
                                          "70569 Stuttgart, Germany")]),
])
def test_marked_or_stacked_authors_as_before(name, people):
    talk = _talk(name)
    assert _authors(talk) == people
    assert talk.city.en is None


def test_three_authors_in_capitals_two_sharing_a_mark():
    talk = _talk("p72_caps_three.pdf")
    kyoto = "Disaster Prevention Research Institute, Kyoto University, Gokasho, Uji 611-0011, Japan"
    assert _authors(talk) == [("KENJI MORI", kyoto), ("LAURA BENNETT", "School of Engineering, University of Glasgow, "
                                                                       "Glasgow G12 8QQ, UK"), ("YUKI ITO", kyoto)]


def test_one_author_keeps_the_address_town_session_70():
    talk = _talk("n4_one_author_address_town.txt")
    assert _s(talk.city.en) == "Leeds"


def test_one_affiliation_line_for_two_marks_is_shared_as_before():
    talk = _talk("n3_marks_one_unmarked_line.txt")
    kyoto = "Disaster Prevention Research Institute, Kyoto University, Uji, Japan"
    assert _authors(talk) == [("Kenji Mori", kyoto), ("Laura Bennett", kyoto)]


# -- 3. a Japanese paper's affiliations as notes under the body -----------------------------------------------------

@pytest.mark.parametrize("name, people, notes", [
    ("c1_ja_footnote.txt", [("山田 太郎", "（株）アスキー 技術研究所"), ("佐藤 花子", "東京大学 大学院情報理工学系研究科")],
     ["∗（株）アスキー 技術研究所", "†東京大学 大学院情報理工学系研究科"]),
    ("c2_ja_footnote_pagebreak.txt", [("山田 太郎", "（株）アスキー 技術研究所"), ("佐藤 花子", "東京大学 大学院情報理工学系研究科")],
     ["∗（株）アスキー 技術研究所", "†東京大学 大学院情報理工学系研究科"]),
    ("c3_ja_footnote_numbered.txt", [("田中 一郎", "北海道大学大学院工学研究院"), ("伊藤 健", "札幌市危機管理局")],
     ["*1 北海道大学大学院工学研究院", "*2 札幌市危機管理局"]),
    ("c4_en_footnote_affiliations.txt", [("Alice Brown", "Department of Civil Engineering, University of Bristol, UK"),
                                         ("Robert Green", "School of Geography, University of Exeter, UK")],
     ["* Department of Civil Engineering, University of Bristol, UK", "† School of Geography, University of Exeter, UK"]),
])
def test_affiliations_as_footnotes_are_the_marked_authors(name, people, notes):
    talk = _talk(name)
    assert _authors(talk) == people
    assert [t.text for t in talk.footnotes] == notes
    assert not any(p.text in notes for s in talk.sections for p in s.paragraphs)


def test_a_real_japanese_papers_footnoted_affiliations():
    # ASCII's ``TeXの出版への応用`` (pTeX's manual set): ``濱野 尚人 ∗ 田村 明史 ∗ 倉沢 良一 †`` over notes at the page's
    # foot; every author's affiliation had been null, and the third author's ``†`` cut off his name as an aside
    talk = _talk("ptexdoc_asciimw.pdf")
    publishing = "（株）アスキー 出版局 電子編集研究統轄部 出版技術部"
    assert _authors(talk) == [("濱野 尚人", publishing), ("田村 明史", publishing),
                              ("倉沢 良一", "（株）アスキー システムソフトウェア事業部 技術統轄部 オフィスシステム技術部")]


def test_a_corresponding_authors_note_is_no_affiliation():
    talk = _talk("n1_en_corresponding_note.txt")
    assert _authors(talk) == [("Alice Brown", None), ("Robert Green", None)]
    assert [t.text for t in talk.footnotes] == ["* Corresponding author: alice.brown@example.org"]


def test_a_contact_note_under_an_unmarked_author_stays():
    talk = _talk("n5_ja_contact_note.txt")
    assert _authors(talk) == [("山田 太郎", "東西大学 工学部")]
    assert talk.sections[-1].paragraphs[-1].text == "∗ 連絡先：yamada@example.jp"


# -- 4. the abstract ends at its keywords -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, abstract, body, nxt", [
    ("d1_keywords_body.txt", "We measured noise exposure of cyclists on six arterial roads in Malmo.",
     "Cyclists on arterial roads are exposed to traffic noise", "Method"),
    ("d3_keywords_jel_body.txt", "We measured noise exposure of cyclists on six arterial roads in Malmo.",
     "Cyclists on arterial roads are exposed to traffic noise", "Method"),
    ("d2_ja_keywords_body.txt", "本研究では都市公園の利用実態を調査した。", "都市公園は住民の憩いの場として", "調査方法"),
])
def test_text_under_the_keywords_is_the_bodys_untitled_section(name, abstract, body, nxt):
    talk = _talk(name)
    titles = [s.title.text for s in talk.sections]
    assert titles[1:] == ["", nxt]
    assert [t.text for t in talk.sections[0].paragraphs] == [abstract]
    assert talk.sections[1].paragraphs[0].text.startswith(body)
    assert any(t.text.startswith(("Keywords:", "キーワード：")) for t in talk.front)


def test_a_real_vignettes_text_under_its_keywords():
    # zoo-design.pdf (tests/data/real71b): its principles had sat under ``Abstract`` (helper real71b's open note)
    talk = only_talk_of(Path(__file__).parent / "data" / "real71b" / "zoo-design.pdf")[0]
    assert [s.title.text for s in talk.sections][:2] == ["Abstract", ""]
    assert talk.sections[1].paragraphs[0].text.startswith("zoo works with any ordered index class")


def test_a_wrapped_keyword_field_over_a_heading_as_before():
    talk = _talk("n2_keywords_wrapped_heading.txt")
    assert [s.title.text for s in talk.sections] == ["Abstract", "Introduction"]
