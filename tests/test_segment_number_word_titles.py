"""Trial 46's proceedings (``archive_symposium_2024.txt``), talk 3: three faults of one title block and its deck, each
checked here on a made-up talk of another topic (tide gauges of an inland sea).

* An English title opening on a word that opens on a number (``3D Recording of Folk Tools``) was no title: its first
  letter is no capital (``titleblock._NUMBER_WORD_LEAD``); the talk fell back to its cover slide's title.
* The cover slide's title took the organisation's line under it (``3D Recording of Folk Tools Nara National Research
  Institute for Cultural Properties``): the cover's box of three lines holds no more lines than a title may, and the
  line was read as the title's second (``slides._organisation_under_title``).
* A one-word slide title rarer than ``BULLETED_HEADING_ZIPF`` (``Photogrammetry``, Zipf 2.2) over its bulleted lines
  stayed a line, though each other slide of the deck is a title over its bullets (``slides._one_word_titles``).
"""

from __future__ import annotations

TALK = """【1】瀬戸内海における潮位観測の歴史
5G Networks for Tide Gauges of the Inland Sea

広島県立海洋研究所　主任研究員　田中 一郎

１．はじめに

瀬戸内海の潮位は、明治時代から各地の港で観測されてきた。本稿では、観測網の変遷と、近年の通信技術による自動化について報告する。

２．観測網の変遷

初期の観測は人の目による読み取りであったが、昭和に入ると自記式の験潮器が導入された。現在は全国で約百か所の観測点が稼働している。

5G Networks for Tide Gauges of the Inland Sea
Hiroshima Institute of Marine Science
1

Bathymetry
・Echo sounding from the ferry
・Depths charted every 5 m
2

Early Records
・Manual readings twice a day
・Paper charts from 1925
3

Automation
・Float gauges replaced by radar
・Data sent every minute
4
"""


def _talk(text: str = TALK):
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(text.encode("utf-8"), name="made-up.txt"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def test_an_english_title_opening_on_a_number_word_is_the_talk_s_english_title():
    talk = _talk()
    assert talk.title.en.text == "5G Networks for Tide Gauges of the Inland Sea"
    assert talk.title.ja.text == "瀬戸内海における潮位観測の歴史"
    assert all("5G" not in t.text for t in talk.front)


def test_a_cover_slide_s_title_takes_no_organisation_line_under_it():
    cover = _talk().slides[0]
    assert (cover.number, cover.title.text) == (1, "5G Networks for Tide Gauges of the Inland Sea")
    assert [t.text for t in cover.lines] == ["Hiroshima Institute of Marine Science"]


def test_a_rare_one_word_line_over_bullets_is_the_title_where_the_deck_titles_its_lists():
    slides = _talk().slides
    assert [(s.number, s.title.text if s.title else None) for s in slides] == [
        (1, "5G Networks for Tide Gauges of the Inland Sea"), (2, "Bathymetry"), (3, "Early Records"), (4, "Automation")]
    assert [t.text for t in slides[1].lines] == ["・Echo sounding from the ferry", "・Depths charted every 5 m"]


def test_a_rare_one_word_line_stays_a_line_where_a_list_of_the_deck_has_no_title():
    # a list of the deck under no title at all: the deck does not show that it heads its lists so
    untitled = TALK.replace("Automation\n", "")
    slides = _talk(untitled).slides
    assert slides[1].title is None and slides[1].lines[0].text == "Bathymetry"
