"""English documents' visible structure, helper en84 (issue 16 point 2; docs/limits.md *Session 83, final fresh-user
trial 83c*, *Session 83, head83*, *Session 83, sect83*). Each input in tests/data/en84 had its expected reading
written before any run (``*.truth.md`` beside it, also under ``/work/regress/in_en84/``):

- an audio-guide script's stops labelled in capitals or set off by a dash or a wide gap (``STOP 2  The Cloister``,
  ``Stop 4 — The Old Gate``, ``STOP 2 - THE GREAT HALL``): numbered sections, glued into stop 1 no more;
- a call for papers whose conference is named in Japanese and English over its kind (or under it): the Japanese
  name ``title.ja``, the English ``title.en``, the kind front; its short headings sections;
- a memo's ``From:`` and a report's ``Authors:`` under its labelled title: the speaker;
- an agreement's attestation over the parties' names and posts alone: its closing block;
- a one-line contact (an office and its telephone after a comma) under a middle heading: a section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import authors_of, only_talk_of, segment_file, talk_texts

DATA = Path(__file__).parent / "data" / "en84"


def _talk(name: str):
    [talk] = segment_file(DATA / name).talks
    return talk


def _sections(talk) -> list[tuple[str | None, str]]:
    return [(s.number, s.title.text) for s in talk.sections]


def _title(talk) -> tuple[str | None, str | None]:
    return (talk.title.ja.text if talk.title.ja is not None else None,
            talk.title.en.text if talk.title.en is not None else None)


# 1. an audio guide's stops

@pytest.mark.parametrize("name, sections", [
    ("guide_caps.txt", [("1", "The Entrance Hall"), ("2", "The Ship Models"), ("3", "The Lighthouse Lens"),
                        ("4", "Before You Leave")]),
    ("guide_glued.txt", [("1", "The Entrance Hall"), ("2", "The Cloister"), ("3", "The Chapter House"),
                         ("4", "The Lacquer Box")]),
    ("guide_dash.txt", [("1", "The Palm House"), ("2", "The Rose Garden"), ("3", "The Lake"), ("4", "The Old Gate")]),
    ("guide_caps_dash.txt", [("1", "THE GATEHOUSE"), ("2", "THE GREAT HALL"), ("3", "THE KEEP")]),
])
def test_guide_stops_are_numbered_sections(name, sections):
    talk = _talk(name)
    assert _sections(talk) == sections
    assert all(len(s.paragraphs) >= 1 for s in talk.sections)
    assert not any(p.text.upper().startswith("STOP ") for s in talk.sections for p in s.paragraphs)


def test_guide_tracks_stay_numbered():
    """Near miss (passes on the base too): ``Track 1: Introduction`` was read already."""
    assert _sections(_talk("guide_track.txt")) == [("1", "Introduction"), ("2", "The Harbour at Dusk"),
                                                   ("3", "Portrait of a Weaver")]


@pytest.mark.parametrize("name, line", [
    ("near_stop_machine.txt", "Stop the machine before cleaning."),
    ("near_tracks.txt", "Track 1\tThe Keeper's Daughter\t3:42"),
])
def test_stop_sentence_and_track_table_no_sections(name, line):
    """Near misses (pass on the base too): a sentence opening on ``Stop``, a CD's track list of rows."""
    talk = _talk(name)
    assert all(s.number is None for s in talk.sections)
    assert line in talk_texts(talk)


# 2. a call for papers

@pytest.mark.parametrize("name", ["cfp.txt", "cfp_tagtop.txt", "cfp_pdf.pdf", "cfp_noblank.txt", "cfp_pdf_plain.pdf"])
def test_call_titled_by_its_conference_in_both_languages(name):
    talk = _talk(name)
    assert _title(talk) == ("第12回 沿岸防災国際シンポジウム", "12th International Symposium on Coastal Disaster Resilience")
    fronts = [t.text for t in talk.front]
    assert not any(t.startswith(("第12回", "12th")) for t in fronts)
    titles = [s.title.text for s in talk.sections]
    for heading in ("Topics", "Important Dates", "Submission", "Programme Committee"):
        assert heading in titles


@pytest.mark.parametrize("name", ["cfp_noblank.txt", "cfp_pdf_plain.pdf"])
def test_heading_under_a_list_heads_its_rows(name):
    """``Important Dates`` right under the topics' dash list (no blank line, no face of its own) heads its rows."""
    talk = _talk(name)
    [dates] = [s for s in talk.sections if s.title.text == "Important Dates"]
    assert [p.text for p in dates.paragraphs] == ["Abstract submission: 15 March 2026",
                                                  "Notification of acceptance: 30 April 2026",
                                                  "Full paper submission: 15 July 2026"]
    [topics] = [s for s in talk.sections if s.title.text == "Topics"]
    assert len(topics.paragraphs) == 4


def test_list_item_wrapped_onto_a_title_cased_line_unchanged():
    """Near miss (passes on the base too): an item wrapped after ``the`` onto ``Old Town Hall`` goes on."""
    talk = _talk("near_list_wrap.txt")
    assert [s.title.text for s in talk.sections] == [""]


def test_call_titled_by_a_workshop_phrase_unchanged():
    """Near miss (passes on the base too): a title phrase and its translation over the kind were read already."""
    assert _title(_talk("cfp_workshop.txt")) == ("沿岸防災と地域社会ワークショップ", "Workshop on Coastal Resilience and Communities")


def test_proceedings_event_name_stays_front():
    """Near miss (passes on the base too): a Japanese proceedings' event name in both languages, no call's kind under
    it, is no talk's title."""
    talk = _talk("near_ja_english_line.txt")
    assert _title(talk) == ("港町市における津波避難の取り組み", None)
    assert "5th Symposium on Harbour Disaster Prevention" in [t.text for t in talk.front]


def test_japanese_text_with_stop_line_unchanged():
    """Near miss (passes on the base too): a Japanese text's line opening on ``STOP 1`` heads no section."""
    talk = _talk("near_ja_guide_en.txt")
    assert all(s.number is None for s in talk.sections)


# 3. a memo's sender, a report's authors

@pytest.mark.parametrize("name, authors", [
    ("memo_from.txt", [("Helen Carter", "Head of Library Services")]),
    ("memo_from2.txt", [("Samuel Okoro", "Medical Director")]),
    ("report_authors.txt", [("Rachel Owen", "Department of Geography, University of Westford"),
                            ("David Price", "Department of Geography, University of Westford")]),
])
def test_memo_sender_and_labelled_authors_are_the_speaker(name, authors):
    talk = _talk(name)
    assert authors_of(talk) == authors


def test_head83_report_authors_under_labelled_title():
    """head83's own input (tests/data/head83/en_title_label.txt): its ``Authors:`` line names both."""
    [talk] = segment_file(Path(__file__).parent / "data" / "head83" / "en_title_label.txt").talks
    assert authors_of(talk) == [("Rachel Owen", "Coastal Communities Trust"), ("David Price", "Coastal Communities Trust")]


# 4. an agreement signed with no signing words

def test_attestation_over_names_alone_closes_the_agreement():
    talk, _ = only_talk_of(DATA / "agreement_nowords.txt")
    closing = [talk.front[i].text for i in talk.front_closing]
    assert closing[0].startswith("IN WITNESS WHEREOF")
    assert closing[1:] == ["Jane Porter", "Director, Harbour Analytics Ltd", "Professor Helen Ward",
                           "Vice-Chancellor, University of Westford"]
    assert [p.text for p in talk.sections[-1].paragraphs] == ["This Agreement is governed by the law of England and Wales."]


def test_attestation_over_names_closes_an_agreement_with_no_heading():
    """Its terms numbered sentences, no section: the execution block is its closing all the same."""
    talk, _ = only_talk_of(DATA / "agreement_nowords2.txt")
    closing = [talk.front[i].text for i in talk.front_closing]
    assert closing[0].startswith("In witness whereof")
    assert closing[-3:] == ["Riverside Rowing Club", "Sarah Hughes", "Club Secretary"]
    assert not any(p.text.startswith(("In witness", "Mark Ellis")) for s in talk.sections for p in s.paragraphs)


def test_formula_in_prose_over_posts_no_closing():
    """Near miss (passes on the base too): the formula quoted in a sentence, posts under the text."""
    talk = _talk("near_witness_prose.txt")
    assert talk.front_closing == ()


# 5. a one-line contact under a middle heading

@pytest.mark.parametrize("name, heading, line", [
    ("contact_middle_en.txt", "Contact", "Parks Office, tel. 01632 960555"),
    ("contact_middle_en2.txt", "Enquiries", "Adult Learning Team, email learning@westford-library.example.org"),
])
def test_one_line_contact_under_middle_heading_is_a_section(name, heading, line):
    talk = _talk(name)
    [section] = [s for s in talk.sections if s.title.text == heading]
    assert [p.text for p in section.paragraphs] == [line]
    assert talk.sections[-1].title.text != heading


def test_contact_word_over_a_sentence_unchanged():
    """Near miss (passes on the base too): ``Contact`` over a sentence going on in small letters."""
    talk = _talk("near_contact_prose.txt")
    assert [s.title.text for s in talk.sections] == ["", "Contact"]
