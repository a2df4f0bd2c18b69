"""Issue 16 (helper rep84, fresh-user trial 84a): English reports and poster abstracts.

1. A page's head or foot printing the document's title with its folio (``Westmoor Borough Council — Temporary
   Accommodation Review — 2``, ``… | 3``, ``… - 5 -``), seen once, is furniture where a blank line or a page break
   stands on one side of it only: a page top over the next page's heading, a foot glued under the page's last line
   (``furniture.titled_folio_feet``).
2. A byline or an affiliation line printed twice in a row is a doubled layer: one copy is dropped
   (``clean.copies.byline``); two co-authors of one name on one line, each with a mark, stay.
3. A body's report heading (``Report of the Flood Resilience Task Group``) is the title, the topic under it the
   subtitle, not glued into one title; the ``Chair:`` line under it is the speaker, the name without ``Dr``/``Cllr``.
   Minutes' ``Chair:`` stays front.

Made-up inputs in ``tests/data/rep84/`` (also ``/work/regress/in_rep84/`` with their expected readings, written before
the change). Near misses pass on both codes and say so.
"""

from __future__ import annotations

from pathlib import Path

from tests.segmenting import authors_of, kept_texts, only_talk_of, outline, segment_file, text_of

DATA = Path(__file__).parent / "data" / "rep84"


def _kept(name: str) -> list[str]:
    return kept_texts(segment_file(DATA / name))


def test_a_titled_page_head_over_the_next_heading_is_dropped():
    """``… — Temporary Accommodation Review — 2`` over ``2. Findings``: a page top, blank line over it only."""
    kept = _kept("r1_report_dash.txt")
    assert not any("— 2" in t for t in kept)
    talk, _ = only_talk_of(DATA / "r1_report_dash.txt")
    assert [n for _, n in outline(talk)] == ["Summary", "Background", "Findings", "Recommendations"]


def test_a_titled_page_foot_with_a_bar_before_a_form_feed_is_dropped():
    """``Eastfield Parish Council | Allotments Working Group Report | 3`` glued under its page's last line."""
    assert not any("| 3" in t for t in _kept("r2_report_bar_ff.txt"))


def test_a_titled_page_head_with_its_folio_between_dashes_is_dropped():
    assert not any("- 5 -" in t for t in _kept("r3b_report_enclosed_short.txt"))


def test_a_titled_foot_under_an_abstract_is_dropped():
    """``Baltic Fisheries Conference 2026 — Posters | 2`` under F-11's keywords: neither F-11's body nor F-12's front."""
    assert not any("| 2" in t for t in _kept("a3_abstracts_foot_page.txt"))


def test_a_doubled_author_line_gives_each_author_once():
    doc = segment_file(DATA / "a1_abstracts_doubled_authors.txt")
    second = doc.talks[1]
    assert [name for name, _ in authors_of(second)] == ["Jakob Steiner", "Maria L. Ferreira", "Tobias Wenger"]
    assert text_of(second.speaker.text).count("Jakob Steiner") == 1


def test_a_doubled_affiliation_line_is_dropped_once():
    doc = segment_file(DATA / "a2_abstracts_doubled_affil.txt")
    first = doc.talks[0]
    assert text_of(first.speaker.text).count("University of Leeds") == 1
    assert "Indian Institute of Technology Bombay" in text_of(first.speaker.text)


def test_a_body_report_heading_is_the_title_its_topic_the_subtitle_its_chair_the_speaker():
    talk, _ = only_talk_of(DATA / "r5_report_of_panel_chair.txt")
    assert text_of(talk.title.en) == "Report of the Flood Resilience Task Group"
    assert text_of(talk.subtitle.en) == "Sandbag Stores and Community Flood Wardens"
    assert text_of(talk.speaker.name) == "Imogen Hartley"
    assert [text_of(t) for t in talk.front] == ["Eastmere County Council"]


def test_near_miss_headings_ending_on_a_number_stay():
    """Near miss (passes on the base too): ``Phase 2``, ``Annex 2``, ``Quayside Scheme — Phase 2`` are headings."""
    talk, _ = only_talk_of(DATA / "n1_phase_heading.txt")
    titles = [n for _, n in outline(talk)]
    assert "Phase 2" in titles and "Annex 2" in titles and "Quayside Scheme — Phase 2" in titles


def test_near_miss_two_coauthors_of_one_name_stay():
    """Near miss (passes on the base too): ``Jan de Vries¹, Jan de Vries²`` are two authors, two affiliations."""
    talk, _ = only_talk_of(DATA / "n2_abstract_same_name_twice.txt")
    assert [name for name, _ in authors_of(talk)] == ["Jan de Vries", "Jan de Vries"]


def test_near_miss_the_chair_of_a_meeting_in_minutes_stays_front():
    """Near miss (passes on the base too): minutes' ``Chair:`` names who chaired the meeting, no author."""
    talk, _ = only_talk_of(DATA / "n3_minutes_chair.txt")
    assert "Chair: Mr Peter Albright" in [text_of(t) for t in talk.front]
    assert text_of(talk.speaker.text) is None


def test_near_miss_minutes_of_a_committee_take_no_subtitle_and_no_speaker():
    """Near miss (passes on the base too): ``Minutes of the Finance Committee`` over ``Held on Monday …``: a meeting's
    record, not a body's report; its date line stays front."""
    talk, _ = only_talk_of(Path(__file__).parent / "data" / "furn72" / "en_minutes_form_feed.txt")
    assert text_of(talk.subtitle.en) is None and text_of(talk.speaker.text) is None
