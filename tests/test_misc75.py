"""Session 75, helper misc75: structure faults of fresh-user trial 75b (issue 16 points 1-2), each kind in made-up
wordings (``tests/data/misc75/``), with near misses that must not change.

- a record of questions and answers: its heading is the title, each topic a section, ``Question N`` / ``Answer`` labels;
- a programme's cast and crew lists: a short phrase over role–name rows heads them;
- a date line under a one-line title is never part of the title;
- an English numbered list after a sentence ending on a colon stays the paragraph's list.
"""

from pathlib import Path

import pytest

from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "misc75"


def _read(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _title(talk):
    return talk.title.en.text if talk.title.en is not None else talk.title.ja.text


def _headings(talk):
    return [s.title.text for s in talk.sections]


@pytest.mark.parametrize("name, title, topics", [
    ("qa_written_answers.txt", "Written Answers to Questions", ["School Meals: Free Entitlement", "Teachers: Recruitment"]),
    ("qa_consultation.txt", "Questions and Answers from the Public Meeting",
     ["Car Park Charges: Station Road", "Footpath Repairs: Mill Lane"]),
    ("qa_answers_ja.txt", "市議会 一般質問 答弁要旨", ["公共交通：コミュニティバスの運行", "防災：避難所の備蓄"]),
])
def test_question_records_topics_head_their_exchanges(name, title, topics):
    talk = _read(name)
    assert _title(talk) == title
    assert _headings(talk) == topics
    for section in talk.sections:
        # the question's label opens the topic's text; no label heads a section, no topic closes the one before
        assert section.paragraphs[0].text.startswith(("Question", "質問"))
        assert not any(p.text in topics for p in section.paragraphs)


def test_near_miss_question_time_is_a_real_section():
    talk = _read("nm_question_time.txt")
    assert _headings(talk) == ["Introduction", "Question Time", "Looking Ahead"]


@pytest.mark.parametrize("name, lists", [
    ("cast_choir.txt", {"Soloists": 4, "Orchestra and crew": 3}),
    ("cast_ja.txt", {"キャスト": 3, "スタッフ": 3}),
])
def test_phrase_over_credit_rows_heads_them(name, lists):
    talk = _read(name)
    sections = {s.title.text: s for s in talk.sections}
    for heading, rows in lists.items():
        assert heading in sections
        assert len(sections[heading].paragraphs) == rows
    for section in talk.sections:
        if section.title.text not in lists:  # the welcome over the lists holds none of them
            assert not any("..." in p.text or "……" in p.text for p in section.paragraphs)


def test_near_miss_phrase_over_one_credit_row_stays_a_paragraph():
    talk = _read("nm_one_person.txt")
    assert "Conductor" not in _headings(talk)


@pytest.mark.parametrize("name, title, date", [
    ("date_diary_ja.txt", "みどり図書館 図書館の窓から", "2025年10月4日（土）くもり"),
    ("date_diary_kanji.txt", "白馬の山小屋より", "令和七年十月四日（土）晴れ"),
])
def test_date_line_is_never_part_of_the_title(name, title, date):
    talk = _read(name)
    assert _title(talk) == title
    assert date not in _title(talk)


def test_near_miss_english_dated_diary_title_stays_whole():
    # (read so on the base already: an English title takes no dateline under it)
    talk = _read("date_diary_en.txt")
    assert _title(talk) == "Harbourside Nature Reserve Warden's Diary"


@pytest.mark.parametrize("name, heading, items, after", [
    ("list_following_minutes.txt", "Committee Decisions", 3, "The chair, Sarah Stone, thanked everyone for a safe year."),
    ("list_following_school.txt", "Uniform Changes", 3, "The school shop will stock the new jumpers from December."),
])
def test_numbered_list_after_colon_stays_the_paragraphs(name, heading, items, after):
    talk = _read(name)
    [section] = [s for s in talk.sections if s.title.text == heading]
    texts = [p.text for p in section.paragraphs]
    assert texts[0].endswith(":")
    assert [t.split(".", 1)[0] for t in texts[1:1 + items]] == [str(n) for n in range(1, items + 1)]
    assert texts[1 + items] == after
    assert all(s.number is None for s in talk.sections)
    assert not any(t.text.startswith(("1.", "2.", "3.")) for t in talk.front)


def test_near_miss_numbered_sections_after_colon_keep_their_sections():
    talk = _read("nm_numbered_sections.txt")
    assert _headings(talk) == ["Condition", "Costs", "Recommendation"]


def test_near_miss_response_heading_in_a_report_stays_a_section():
    # ``Response`` alone heads a report's section where no question is labelled (labels.exchange_record)
    talk = _read("nm_response_heading.txt")
    assert _headings(talk) == ["Background", "Consultation", "Response"]
