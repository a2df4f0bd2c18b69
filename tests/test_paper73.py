"""Issue 16 point 2, helper paper73: a paper's title block under a journal's masthead, a keyword field's wrapped rest.

1. A journal's masthead over an article's title (``Contents lists available at ScienceDirect`` / the journal's name /
   ``journal homepage: …``; the journal's name over ``Vol. 12, No. 3`` and a DOI or ISSN line; ``ARTICLE IN PRESS``;
   ``Research Article``, ``Open Access``): the masthead is ``front``, the title the line(s) over the byline
   (``articlehead.masthead_end``, ``talks._article_masthead``). Before, the journal's name was the title (and the
   article a second talk), or no title block was read at all.
2. A keyword field wrapped over two lines or more (``Keywords: noise; cycling;`` / ``urban roads``; ``Index Terms—``):
   the rest is the field's, in ``front`` (``labels.keyword_rest``), never the abstract's last paragraph.

Near misses: a title that opens on a label's words (``Open Access to Public Data``), a newsletter's masthead (its
name over its issue, no byline), a label over a title with one author, a citation line with its DOI (session 72),
PDFs whose title is set large under the masthead, a line under a complete field that is a sentence, a Japanese field.

Inputs: ``tests/data/paper73/`` (kept in ``/work/regress/in_paper73/``; PDFs made by ``make_paper73.py`` there).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import authors_of as _authors, only_talk_of, text_of as _s

DATA = Path(__file__).parent / "data" / "paper73"

TITLE = "Shared E-Scooters and Bus Ridership in Mid-Sized Cities"
PEOPLE = [("José Martínez-Ruiz", "Department of Civil Engineering, University of Valencia, Spain"),
          ("Li Wei", "School of Transportation, Southeast University, Nanjing, China")]
ELSEVIER = ["Contents lists available at ScienceDirect", "Journal of Urban Mobility",
            "journal homepage: www.elsevier.com/locate/jum"]


def _talk(name: str):
    doc_talk, _ = only_talk_of(DATA / name)
    return doc_talk


# -- 1. a journal's masthead over the title ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, front", [
    ("e2_contents_journal.txt", ELSEVIER[:2]),
    ("e3_journal_homepage.txt", ELSEVIER[1:]),
    ("e4_noblank.txt", ELSEVIER),
    ("e6_vol_doi.txt", ["Journal of Urban Mobility", "Vol. 12, No. 3", "https://doi.org/10.1016/j.jum.2024.101118"]),
    ("e8_oa.txt", ["Open Access", "Research Article"]),
    ("g2_springer.txt", ["Journal of Urban Mobility (2024) 12:101–118", "https://doi.org/10.1007/s12345-024-01234-5",
                         "ORIGINAL PAPER"]),
    ("g4_mdpi_journal_article.txt", ["Urban Science", "Article"]),
    ("g1_available_online.txt", ["Available online at www.sciencedirect.com", "Journal of Urban Mobility",
                                 "Volume 12, Issue 3"]),
    ("g5_aip_elsevier.txt", ["ARTICLE IN PRESS", "Journal of Urban Mobility xxx (xxxx) xxx", *ELSEVIER]),
    ("g7_oa_journal_issn.txt", ["Open Access", "Journal of Urban Mobility", "ISSN: 2345-6789"]),
])
def test_the_masthead_is_front_the_title_over_the_byline(name, front):
    test_other_bylines_under_a_masthead(name, TITLE, front, PEOPLE)


@pytest.mark.parametrize("name, title, front, people", [
    ("f1_wrapped_super.txt", "Night Buses and the Shift Worker: Access to Jobs in Three Port Cities",
     ["Contents lists available at ScienceDirect", "Transportation Research Part D",
      "journal homepage: www.elsevier.com/locate/trd"],
     [("Kenji Mori", "Disaster Prevention Research Institute, Kyoto University, Uji, Japan"),
      ("Laura Bennett", "School of Engineering, University of Glasgow, UK")]),
    ("f2_caps.txt", "Night Buses and the Shift Worker", ["ARTICLE IN PRESS", "Cities", "Vol. 145, No. 2"],
     [("KENJI MORI", "School of Engineering, University of Glasgow, UK"),
      ("LAURA BENNETT", "School of Engineering, University of Glasgow, UK")]),
])
def test_other_bylines_under_a_masthead(name, title, front, people):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert [t.text for t in talk.front] == front
    assert _authors(talk) == people


@pytest.mark.parametrize("name, front", [
    ("e1_journal_only.txt", ["Journal of Urban Mobility"]),
    ("e5_aip.txt", ["ARTICLE IN PRESS"]),
    ("e7_research.txt", ["Research Article"]),
    ("g3_mdpi_article.txt", ["Article"]),
    ("g6_caps_labels.txt", ["RESEARCH ARTICLE", "OPEN ACCESS"]),
    ("e9_vol_doi_one.txt", ["Journal of Urban Mobility, Vol. 12, No. 3, pp. 101-118", "DOI: 10.1016/j.jum.2024.101118"]),
])
def test_one_masthead_line_as_before(name, front):
    test_other_bylines_under_a_masthead(name, TITLE, front, PEOPLE)


@pytest.mark.parametrize("name, title, front", [
    ("f3_one_author.txt", "Night Buses and the Shift Worker", ["Research Article | Open Access"]),
    ("f5_issn.txt", "Night Buses and the Shift Worker", ["Journal of Urban Mobility", "ISSN 2345-6789"]),
    ("p73_elsevier_masthead.pdf", "Night Buses and the Shift Worker in Port Cities",
     ["Contents lists available at ScienceDirect", "Journal of Transport and Land Use",
      "journal homepage: www.elsevier.com/locate/jtlu"]),
    ("p73_volume_doi.pdf", "Night Buses and the Shift Worker in Port Cities",
     ["ARTICLE IN PRESS", "Urban Studies Review", "Vol. 12, No. 3", "https://doi.org/10.1016/j.usr.2024.101118"]),
])
def test_mastheads_read_right_before_stay(name, title, front):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert [t.text for t in talk.front] == front
    assert talk.speaker.authors


@pytest.mark.parametrize("name, front", [
    ("j2_ja_labels.txt", ["原著論文", "研究ノート"]),  # fixed: ``原著論文`` had been the title
    ("f4_ja.txt", ["原著論文"]),  # as before
    ("j1_ja_journal_doi.txt", ["日本都市計画学会論文集", "Vol. 59, No. 3", "DOI: 10.11361/journalcpij.59.1234"]),  # as before
])
def test_a_japanese_papers_masthead(name, front):
    talk = _talk(name)
    assert _s(talk.title.ja) == "地方都市における夜間バスの利用実態"
    assert [t.text for t in talk.front] == front


def test_a_title_opening_on_a_labels_words_stays_the_title():
    talk = _talk("n1_title_openaccess.txt")
    assert _s(talk.title.en) == "Open Access to Public Data"
    assert talk.front == ()


def test_a_newsletters_masthead_is_no_articles():
    talk = _talk("n3_newsletter.txt")
    assert _s(talk.title.en) == "Harbour News"
    assert [t.text for t in talk.front] == ["Issue 12 · March 2026"]


# -- 2. a keyword field wrapped over lines ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, field, titles", [
    ("k1_wrapped_body.txt", "Keywords: noise; cycling; exposure; urban roads", ["Abstract", "", "Method"]),
    ("k2_index_terms.txt", "Index Terms—noise exposure, cycling, urban roads, sound level meters.",
     ["Abstract", "Introduction"]),
    ("k3_three_lines.txt",
     "Key words: noise exposure; cycling; arterial roads; sound level meters; helmets; urban planning",
     ["Abstract", "Introduction"]),
    ("k6_jel_after.txt", "Keywords: noise; cycling; urban roads", ["Abstract", "Introduction"]),
    ("k8_capitalised.txt", "Keywords: Noise; Cycling; Exposure; Urban Roads", ["Abstract", "Introduction"]),
    ("k9_unnumbered_heading.txt", "Keywords: noise; cycling; exposure; urban roads", ["Abstract", "Introduction"]),
])
def test_a_wrapped_keyword_fields_rest_is_the_fields(name, field, titles):
    talk = _talk(name)
    assert field in [t.text for t in talk.front]
    assert [s.title.text for s in talk.sections] == titles
    assert [t.text for t in talk.sections[0].paragraphs] == [
        "We measured noise exposure of cyclists on six arterial roads in Malmo."]


def test_ieee_access_keywords_in_capitals_are_a_field():
    # ``INDEX TERMS noise, cycling,`` / ``urban roads``: the label in capitals, no colon or dash (labels._CAPITALS_LABEL)
    talk = _talk("k10_ieee_caps.txt")
    assert [t.text for t in talk.front] == ["INDEX TERMS noise, cycling, urban roads"]
    assert [t.text for t in talk.sections[0].paragraphs] == [
        "We measured noise exposure of cyclists on six arterial roads in Malmo."]


def test_a_wrapped_field_in_front_is_one_line():
    talk = _talk("k7_no_abstract_heading.txt")
    assert [t.text for t in talk.front][-1] == "Keywords: noise; cycling; exposure; urban roads"


def test_a_sentence_under_a_complete_field_is_the_body_as_before():
    talk = _talk("k5_near_sentence.txt")
    assert [t.text for t in talk.front] == ["Keywords: noise; cycling; exposure"]
    assert talk.sections[1].paragraphs[0].text.startswith("Malmo is a flat city")


def test_a_japanese_field_as_before():
    talk = _talk("k4_ja.txt")
    assert [t.text for t in talk.front] == ["キーワード：都市公園，利用実態，住民アンケート"]
    assert [t.text for t in talk.sections[0].paragraphs] == ["本研究では都市公園の利用実態を調査した。"]


# -- 3. authors set in a grid of columns: the speaker's text column by column ---------------------------------------

# (size, column centre, baseline, text): two columns of two rows (acmart's sigconf geometry, made-up people)
GRID_TWO = [(12, 200, 610, "Amara Okafor*"), (12, 412, 610, "Jonas Weber"),
            (10, 200, 596, "Lagos Transport Institute"), (10, 412, 596, "Hamburg Port Authority"),
            (10, 200, 584, "Lagos, Nigeria"), (10, 412, 584, "Hamburg, Germany"),
            (10, 200, 572, "amara@lti.example"), (10, 412, 572, "jonas@hpa.example"),
            (12, 200, 530, "Mei Ling Tan"), (12, 412, 530, "Rafael Costa"),
            (10, 200, 518, "Singapore Land Authority"), (10, 412, 518, "University of Porto"),
            (10, 200, 506, "Singapore"), (10, 412, 506, "Porto, Portugal")]


def _grid_talk(grid):
    from tests.test_segment_author_grid import _pdf, run_pdf

    (talk,) = run_pdf(_pdf(grid)).talks
    return talk


def test_a_grids_speaker_text_reads_column_by_column():
    talk = _grid_talk(GRID_TWO)
    assert talk.speaker.text.text == (
        "Amara Okafor*, Lagos Transport Institute, Lagos, Nigeria, amara@lti.example, Jonas Weber, Hamburg Port "
        "Authority, Hamburg, Germany, jonas@hpa.example, Mei Ling Tan, Singapore Land Authority, Singapore, Rafael "
        "Costa, University of Porto, Porto, Portugal")
    assert _authors(talk) == [
        ("Amara Okafor", "Lagos Transport Institute, Lagos, Nigeria, amara@lti.example"),
        ("Jonas Weber", "Hamburg Port Authority, Hamburg, Germany, jonas@hpa.example"),
        ("Mei Ling Tan", "Singapore Land Authority, Singapore"),
        ("Rafael Costa", "University of Porto, Porto, Portugal")]


def test_a_grid_with_a_stacked_name_and_mixed_rows():
    from tests.test_segment_author_grid import GRID

    talk = _grid_talk(GRID)
    text = talk.speaker.text.text
    assert "\t" not in text
    assert text.startswith("Ingrid Halvorsen*, Tomas Lindqvist*, ingrid@harbour.example, Harbour Institute, Bergen, "
                           "Norway, Kenji Mori, Tohoku University, Sendai, Japan, mori@tohoku.example, Valeria Rossi")
    assert _authors(talk)[2] == ("Kenji Mori", "Tohoku University, Sendai, Japan, mori@tohoku.example")


@pytest.mark.parametrize("name, text, people", [
    ("c1_dump_columns.txt", "Amara Okafor, Lagos Transport Institute, Lagos, Nigeria, Jonas Weber, Hamburg Port "
                            "Authority, Hamburg, Germany",
     [("Amara Okafor", "Lagos Transport Institute, Lagos, Nigeria"),
      ("Jonas Weber", "Hamburg Port Authority, Hamburg, Germany")]),
    ("c2_dump_tabs.txt", "Amara Okafor, Lagos Transport Institute, Lagos, Nigeria, Jonas Weber, Hamburg Port "
                         "Authority, Hamburg, Germany, Mei Ling Tan, Singapore Land Authority, Singapore",
     [("Amara Okafor", "Lagos Transport Institute, Lagos, Nigeria"),
      ("Jonas Weber", "Hamburg Port Authority, Hamburg, Germany"),
      ("Mei Ling Tan", "Singapore Land Authority, Singapore")]),
])
def test_a_dumps_columns_of_authors_read_column_by_column(name, text, people):
    # a dump's authors side by side (a TAB or a wide gap between the cells): the text column by column
    # (front.columns_text), each author's lines joined as a credit's, a row of towns the block's (titleblock._column_addresses)
    talk = _talk(name)
    assert talk.speaker.text.text == text
    assert _authors(talk) == people
    assert talk.front == ()
