"""Session 81, helper prog81: a programme followed by its items' abstracts is a volume of the abstracts, each a talk
with its authors, the programme the first talk's front (fresh-user trial 80e's ``hda_programme.txt``; made-up
variants in tests/data/prog81, each with its ``.expected.md`` in /work/regress/in_prog81; docs/segment.md
*Session 81, prog81*)."""

from pathlib import Path

import pytest

from segmenting import authors_of, segment_file, segment_text, text_of

DATA = Path(__file__).parent / "data" / "prog81"


def _titles(talks):
    return [text_of(t.title.en) or text_of(t.title.ja) for t in talks]


def _paragraphs(talk):
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_trial_programme_then_numbered_abstracts():
    talks = segment_file(DATA / "hda_programme.txt").talks
    assert _titles(talks) == ["Kuzushiji Recognition with Sparse Labels", "Layout Analysis of Woodblock Prints",
                              "Evaluating OCR on Meiji-era Newspapers"]
    assert [t.number for t in talks] == ["1", "2", "3"]
    # the programme is the first talk's front, never sections beside the abstracts'
    assert any("Keynote" in x.text for x in talks[0].front)
    assert all(s.number is None for t in talks for s in t.sections)
    assert authors_of(talks[0]) == [("Hiroshi Tanaka", "Kyoto University"),
                                    ("Yuki Mori", "National Institute of Japanese Literature")]
    assert [[m.text for m in a.marks] for a in talks[0].speaker.authors] == [["1"], ["2"]]
    assert authors_of(talks[2]) == [("Takeshi Ito", "University of Tokyo")]


@pytest.mark.parametrize("name", ["hda_programme", "workshop_abstracts", "abstract_id_book", "yokoshu_ja",
                                  "corresponding_authors"])
def test_each_keywords_line_stays_with_its_abstract(name):
    talks = segment_file(DATA / f"{name}.txt").talks
    assert len(talks) == 3
    for talk in talks:
        assert sum(p.startswith(("Keywords:", "キーワード：")) for p in _paragraphs(talk)) == 1
        assert not any(x.text.startswith(("Keywords:", "キーワード：")) for x in talk.front)


def test_workshop_programme_with_unnumbered_abstracts():
    talks = segment_file(DATA / "workshop_abstracts.txt").talks
    assert _titles(talks) == ["Dating Medieval Charters from Script Features", "Watermark Retrieval in Paper Archives",
                              "Named Entities in Early Modern Letters"]
    assert any(x.text.startswith("10:45") for x in talks[0].front)
    assert authors_of(talks[2]) == [("Jonas Berg", "Uppsala University"), ("Emma Lund", "Uppsala University"),
                                    ("Karl Holm", "National Archives of Sweden")]


def test_letter_caret_and_symbol_marks():
    talks = segment_file(DATA / "corresponding_authors.txt").talks
    assert _titles(talks) == ["Tree Rings and Storm History on the West Coast", "Lake Sediments as Records of Land Use",
                              "Ice Cores from Svalbard Glaciers"]
    both = "University of Bergen, Norway; Norwegian Institute of Bioeconomy Research, Ås, Norway"
    assert authors_of(talks[0]) == [("Ingrid Dahl", both), ("Ole Nygaard", "Norwegian Institute of Bioeconomy Research, Ås, Norway")]
    assert [m.text for m in talks[0].speaker.authors[0].marks] == ["a", "b", "*"]
    # the letter marks' lines are affiliations, parted as a credit's lines (not run on as a phrase)
    assert talks[0].speaker.text.text.startswith("Ingrid Dahl a,b,*, Ole Nygaard b, a University of Bergen, Norway, b ")
    assert [a.name.text for a in talks[1].speaker.authors] == ["Mikkel Sørensen", "Hanna Lie"]
    # a caret's superscript is a mark, no part of the name
    assert authors_of(talks[2]) == [("Erik Moe", "University Centre in Svalbard"), ("Astrid Vik", "Norwegian Polar Institute")]
    assert [[m.text for m in a.marks] for a in talks[2].speaker.authors] == [["^1"], ["^2"]]


def test_a_programme_whose_titles_come_back_with_no_authors_stays_one_document():
    # near miss (passes on the base too): an event's report heading its summaries by the talks' titles, no authors
    text = ("Harbour Science Day 2026\n\nProgramme\n09:30  Welcome\n09:40  Tidal Range in the Outer Harbour\n"
            "10:20  Sediment Plumes after Storms\n11:00  Close\n\nReport\n\nTidal Range in the Outer Harbour\n"
            "The first talk showed a steady rise of the tidal range over two years.\n\n"
            "Sediment Plumes after Storms\nThe second talk showed that plumes now spread twice as far after storms.\n")
    assert len(segment_text(text).talks) == 1


def test_a_timetable_alone_stays_one_document():
    # near miss (passes on the base too): the items' titles never printed again
    text = ("Harbour Science Day 2026\n\nProgramme\n09:30  Welcome\n09:40  Tidal Range in the Outer Harbour\n"
            "10:20  Sediment Plumes after Storms\n11:00  Close\n\nContact: day@harbour.example\n")
    assert len(segment_text(text).talks) == 1


def test_programme_numbered_without_times():
    # the programme a numbered list (``1) Title — Speaker``), the abstracts numbered again: never two numberings in one
    talks = segment_file(DATA / "numbered_programme.txt").talks
    assert _titles(talks) == ["Appraisal of Born-digital Records in Municipal Archives", "Email Archives and Personal Data",
                              "Sampling Case Files for Long-term Preservation"]
    assert [t.number for t in talks] == ["1", "2", "3"]
    assert authors_of(talks[1]) == [("Claire Dubois", "Archives nationales, Paris"), ("Marc Lefèvre", "University of Lille")]
    assert any(x.text.startswith("3) Sampling") for x in talks[0].front)


def test_a_numbered_list_of_sentences_is_no_programme():
    # near miss (passes on the base too): findings listed by number, then sections repeating no listed title
    text = ("Harbour Survey 2026\n\nSummary\n1. The tidal range rose by four centimetres.\n"
            "2. Sediment plumes spread further after storms.\n\n1. Methods\nWe measured the tides at six stations.\n\n"
            "2. Results\nThe range rose at every station.\n")
    talks = segment_text(text).talks
    assert len(talks) == 1
