"""Issue 16 point 2, helper abs74: papers, abstract books, calls for papers, book chapters.

1. An abstract's title in sentence case past 80 characters (fresh-user trial 73d: ``A1. Long-term changes in rocky
   shore limpet populations on the north-east coast of Scotland``) is told by where it stands: its code on its line or
   its id alone over it, its authors under it (``titleblock.coded_titles``, ``_long_title_under_id``), or, with no id,
   its marked authors over their marked affiliations (``titleblock.long_title_over_authors``); wrapped too. A
   Japanese abstract's code before its title is its number, and its English title in sentence case over the names in
   Latin letters is ``title.en`` (the names no longer hide its body). Before, the abstract stayed in the book's front.
2. A title wrapped over a page break (its first line over the folio, its rest under the running head): read whole
   (``talks._title_wraps_over_break``, ``breakheads._title_wraps_on``); before, the title was cut or the abstract
   merged into the one before.
3. A call for papers is titled by the conference it calls for, the call's kind front (``titleblock.call_over_event``).
4. A book's chapter printed alone is titled by its chapter, its label the number, its author the speaker
   (``titleblock.chapter_alone``).
5. More article labels in a journal's masthead (``Data Descriptor``, ``OPEN``, ``巻頭言``…) and a journal's name
   holding a digit or a comma beside its publisher's line (``articlehead``).

Near misses: an appendix's coded long lines over prose (no authors), a book of two chapters, a call whose event's
name is over its kind, labels already read (``Editorial``, ``Commentary``, ``Short Communication``, Japanese).

Inputs: ``tests/data/abs74/`` (kept in ``/work/regress/in_abs74/``; the PDF made by ``make_abs74.py`` there).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, segment_file, text_of

DATA = Path(__file__).parent / "data" / "abs74"

TRIAL_TITLES = ["Long-term changes in rocky shore limpet populations on the north-east coast of Scotland",
                "Microplastic ingestion by shore crabs in estuarine mudf\ufffdats",
                "Foraging ranges of black-legged kittiwakes during a p\ufffdor breeding season",
                "Acoustic monitoring of harbour porpoises in the Moray Firth",
                "Carbon accumulation in restored saltmarshes of the Humber Estuary"]


def _doc(name):
    return segment_file(DATA / name)


def _titles(doc, lang="en"):
    return [text_of(getattr(t.title, lang)) for t in doc.talks]


def _front(talk):
    return [t.text for t in talk.front]


# -- 1. an abstract's long title told by its place ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["abs_en_trial73d.txt", "abs_en_ids_alone.txt"])
def test_long_sentence_case_title_under_its_id(name):
    doc = _doc(name)
    assert [t.number for t in doc.talks] == ["A1", "A2", "B1", "B2", "C1"]
    assert _titles(doc) == TRIAL_TITLES
    assert text_of(doc.talks[0].speaker.authors[0].name) == "Fiona MacLeod"
    assert "Book of Abstracts" in _front(doc.talks[0])


def test_long_title_wrapped_over_two_lines():
    doc = _doc("abs_en_wrapped.txt")
    assert _titles(doc)[0] == ("Long-term changes in rocky shore limpet populations on the north-east coast of "
                               "Scotland and the Northern Isles between 1978 and 2023")
    assert len(doc.talks) == 5


def test_long_titles_with_no_ids_over_marked_authors():
    doc = _doc("abs_en_no_ids.txt")
    titles = list(TRIAL_TITLES)
    titles[1] = ("Microplastic ingestion by shore crabs in estuarine mudflats of North Wales over two years of "
                 "monthly sampling")
    assert _titles(doc) == titles


def test_japanese_abstracts_with_long_english_titles():
    doc = _doc("abs_ja_en_title.txt")
    assert [t.number for t in doc.talks] == ["A1", "A2", "A3"]
    assert _titles(doc, "ja") == ["北東スコットランド沿岸の岩礁潮間帯におけるカサガイ個体群の長期変化",
                                  "河口干潟におけるミドリガニのマイクロプラスチック摂食", "繁殖不良年におけるミツユビカモメの採餌範囲"]
    assert _titles(doc) == [
        "Long-term changes in rocky shore limpet populations on the north-east coast of Scotland",
        "Microplastic ingestion by shore crabs in estuarine mudflats of three rivers in northern Japan",
        "Foraging ranges of black-legged kittiwakes during a poor breeding season"]


def test_near_miss_appendix_lines_with_codes_open_no_talks():
    doc = _doc("abs_en_appendix_near.txt")
    assert len(doc.talks) == 1 and _titles(doc) == [None]


# -- 2. a title wrapped over a page break --------------------------------------------------------------------------

@pytest.mark.parametrize("name, numbers", [("brk_en_id.txt", ["P-12", "P-13", "P-14"]),
                                           ("brk_en_phrase.txt", ["P-12", "P-13", "P-14"]),
                                           ("brk_en_noid.txt", [None, None, None])])
def test_english_title_wrapped_over_a_page_break(name, numbers):
    doc = _doc(name)
    assert [t.number for t in doc.talks] == numbers
    assert _titles(doc)[1] == "Oyster Reef Restoration Trials in a Sheltered Sea Loch"
    assert [text_of(a.name) for a in doc.talks[1].speaker.authors] == ["Morag Campbell", "Peter Haugen"]
    furniture = furniture_of(doc.ledger)
    assert ("page-number", "1") in furniture
    assert ("running-header", "9th Western Shores Conference — Book of Abstracts") in furniture


def test_japanese_title_wrapped_over_a_page_break():
    doc = _doc("brk_ja.txt")
    assert [t.number for t in doc.talks] == ["B-07", "B-08", "B-09"]
    assert _titles(doc, "ja")[1] == "干潟の潮汐クリークにおける稚魚の利用"
    assert ("page-number", "1") in furniture_of(doc.ledger)


# -- 3. a call for papers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, lang, title, kind", [
    ("cfp_en.txt", "en", "9th International Conference on Coastal Towns and Tourism (CTT 2026)", "CALL FOR PAPERS"),
    ("cfp_en_call.txt", "en", "Northern Symposium on Coastal Ecology 2026", "Call for Abstracts"),
    ("cfp_ja.txt", "ja", "第15回 港町まちづくり学会 全国大会", "論文募集"),
])
def test_call_for_papers_titled_by_its_conference(name, lang, title, kind):
    [talk] = _doc(name).talks
    assert text_of(getattr(talk.title, lang)) == title
    assert kind in _front(talk)


def test_near_miss_conference_over_its_call_keeps_its_title():
    [talk] = _doc("cfp_en_kind_under.txt").talks
    assert text_of(talk.title.en) == "Harbour Futures 2026: The 4th Symposium on Port Cities and Their Waterfronts"


# -- 4. a book's chapter printed alone -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, lang, title, label, author", [
    ("chapter_en.txt", "en", "Harbour Towns and the Tourist Economy", "Chapter 3", "Margaret Ellison"),
    ("chapter_en_one_line.txt", "en", "Harbour Towns and the Tourist Economy", "Chapter 3:", "Margaret Ellison"),
    ("chapter_en_words.txt", "en", "Harbour Towns and the Tourist Economy", "CHAPTER THREE", "Margaret Ellison"),
    ("chapter_ja.txt", "ja", "港町の観光経済と地域社会", "第3章", "山田 太郎"),
    ("chapter_ja_one_line.txt", "ja", "港町の観光経済と地域社会", "第3章", "山田 太郎"),
])
def test_chapter_printed_alone_is_titled_by_its_chapter(name, lang, title, label, author):
    [talk] = _doc(name).talks
    assert text_of(getattr(talk.title, lang)) == title
    assert label in _front(talk)
    assert text_of(talk.speaker.authors[0].name) == author
    assert all(title not in (text_of(s.heading) or "") for s in talk.sections)


def test_near_miss_book_of_two_chapters_keeps_them_as_sections():
    [talk] = _doc("chapter_book_two.txt").talks
    assert text_of(talk.title.en) is None
    assert [text_of(s.heading) for s in talk.sections][:2] == ["Chapter 1 Harbour Towns Before Tourism",
                                                               "Chapter 2 Harbour Towns and the Tourist Economy"]


# -- 5. a journal's masthead ---------------------------------------------------------------------------------------

TITLE = "Shared E-Scooters and Bus Ridership in Mid-Sized Cities"


@pytest.mark.parametrize("name, front", [
    ("paper_journal_comma.txt", ["Transportation Research Part D: Transport and Environment, 12",
                                 "https://doi.org/10.1016/j.trd.2024.104012"]),
    ("paper_journal_digit.txt", ["3 Biotech", "Vol. 14, No. 2", "DOI: 10.1007/s13205-024-03912-7"]),
    ("paper_label_data_descriptor.txt", ["Scientific Data", "Data Descriptor", "OPEN"]),
])
def test_masthead_with_a_journal_name_holding_digits_or_a_new_label(name, front):
    [talk] = _doc(name).talks
    assert text_of(talk.title.en) == TITLE
    assert _front(talk) == front
    assert [text_of(a.name) for a in talk.speaker.authors] == ["José Martínez-Ruiz", "Li Wei"]


@pytest.mark.parametrize("name, lang, title, front", [
    ("paper_label_caps.txt", "en", TITLE, ["Open Access", "DATA DESCRIPTOR"]),
    ("paper_label_commentary.txt", "en", TITLE,
     ["Journal of Urban Mobility", "https://doi.org/10.1016/j.jum.2024.101118", "Commentary"]),
    ("paper_label_editorial.txt", "en", TITLE, ["Editorial | Open Access"]),
    ("paper_label_short_communication.txt", "en", TITLE,
     ["Open Access", "Short Communication", "DOI: 10.3390/urbansci8030112"]),
    ("paper_ja_editorial.txt", "ja", "地方都市における夜間バスの利用実態", ["都市交通研究 第12巻 第3号", "巻頭言"]),
    ("paper_ja_commentary.txt", "ja", "地方都市における夜間バスの利用実態", ["解説", "DOI: 10.11361/journalcpij.59.1234"]),
])
def test_near_miss_labels_read_as_before(name, lang, title, front):
    [talk] = _doc(name).talks
    assert text_of(getattr(talk.title, lang)) == title
    assert _front(talk) == front


def test_pdf_book_of_abstracts_with_long_titles():
    doc = _doc("abs74_long_titles.pdf")  # made by tests/data/abs74/make_abs74.py
    assert [t.number for t in doc.talks] == ["A1", "A2", "A3"]
    assert _titles(doc) == [
        "Long-term changes in rocky shore limpet populations on the north-east coast of Scotland",
        "Microplastic ingestion by shore crabs in estuarine mudflats of North Wales over two years",
        "Acoustic monitoring of harbour porpoises in the Moray Firth"]
    assert [text_of(a.name) for a in doc.talks[0].speaker.authors] == ["Fiona MacLeod", "Aidan Ferguson",
                                                                       "Mei-Ling Chou"]
