"""A meeting's proceedings are its body (issue 16, trial 29): minutes came out as ``shape: paper`` with every speech
in ``front``, beside the fields and the agenda, so a reader of ``paper.sections`` found nothing. Now the speakers'
turns, from the first on, are one section with no number, title or heading; ``front`` keeps the fields and the agenda.
An agenda with no label, listed right over the first speech, is no sections; an English field set off by two spaces
(``Present  A. Smith``) is a field as ``Present: A. Smith`` is."""

from __future__ import annotations

import pytest

from tests.segment_documents import TURNS, minutes
from tests.segment_inputs import run_text

TITLE = "第3回 みどり区地域公共交通委員会 会議録"
AGENDA = ("1. 利用状況について", "2. 停留所の新設について", "3. 来年度の運行計画について")


def _proceedings(talk):
    assert len(talk.sections) == 1
    (body,) = talk.sections
    assert (body.number, body.title.text, body.heading, body.level) == (None, "", None, 1)
    return [p.text for p in body.paragraphs]


@pytest.mark.parametrize("agenda", ["議題\n" + "\n".join(AGENDA) + "\n", "\n".join(AGENDA) + "\n", ""],
                         ids=["labelled", "no-label", "no-agenda"])
def test_japanese_minutes_keep_their_speeches_in_the_body(agenda):
    (talk,) = run_text(minutes(TITLE, agenda=agenda)).talks
    assert talk.shape == "paper" and talk.title.ja.text == TITLE
    front = [t.text for t in talk.front]
    assert not any(t.startswith("○") for t in front)  # no speech is front matter
    for line in agenda.splitlines():
        assert line in front  # the agenda's items (and its label) stay front lines, each one line
    assert front[0].startswith("日時")
    body = _proceedings(talk)
    assert sum(p.startswith("○") for p in body) == TURNS.count("○")  # each turn one paragraph, its wraps joined
    assert body[0].startswith("○委員長（森田一郎）　ただいまから") and "会議は成立しております。" in body[0]
    assert body[-1] == "（「異議なし」の声あり）"


def test_an_agenda_with_no_label_is_no_sections():
    # trial 29 without the ``議題`` line: ``1.``, ``2.``, ``3.`` were sections, the first two empty, the third every speech
    (talk,) = run_text(minutes(TITLE, agenda="\n".join(AGENDA) + "\n")).talks
    assert [s.number for s in talk.sections] == [None]


ENGLISH = """\
Harbour Ward Residents Committee
Minutes of the Spring Meeting

Date{sep}12 May 2025
Venue{sep}Harbour Ward Community Hall
Present{sep}A. Smith (Chair), B. Jones, D. Patel, E. Okafor
Apologies{sep}C. Brown

1. Footpath along the harbour wall
2. Summer fair

Chair: Good evening, everyone. I declare the meeting open and welcome our new member,
Ms. Okafor, who joins us from the east side of the ward.

Mr. Jones: Thank you, Chair. I would like to raise the state of the footpath along the
harbour wall, which has been closed since March.

Ms. Patel: The council replied last week that repairs will begin in June, and that the
path will reopen by the end of July.

Chair: Thank you. We will put the footpath on the agenda for the next meeting.

The meeting closed at 8:40 pm.
"""


@pytest.mark.parametrize("sep", [": ", "  ", "    "], ids=["colon", "two-spaces", "four-spaces"])
def test_english_minutes_keep_their_turns_in_the_body_and_read_spaced_fields(sep):
    (talk,) = run_text(ENGLISH.format(sep=sep)).talks
    assert talk.title.en.text == "Minutes of the Spring Meeting"
    assert talk.speaker.text is None
    front = [t.text for t in talk.front]
    assert f"Present{sep}A. Smith (Chair), B. Jones, D. Patel, E. Okafor" in front
    assert "1. Footpath along the harbour wall" in front and "2. Summer fair" in front
    body = _proceedings(talk)
    assert [p.split(":")[0] for p in body[:4]] == ["Chair", "Mr. Jones", "Ms. Patel", "Chair"]
    assert body[-1] == "The meeting closed at 8:40 pm."


@pytest.mark.parametrize("sep", [": ", "  "], ids=["colon", "two-spaces"])
def test_a_spaced_field_under_a_committee_is_neither_title_nor_speaker(sep):
    # ``Present  A. Smith, B. Jones`` under the committee's name was the title (and, read as names, the speaker)
    text = (f"Harbour Ward Residents Committee\nPresent{sep}A. Smith, B. Jones\nApologies{sep}C. Brown\n"
            f"Date{sep}12 May 2025\n\nThe chair welcomed members and the minutes of the last meeting were approved.\n")
    (talk,) = run_text(text).talks
    assert talk.title.en is None and talk.speaker.text is None
    assert f"Present{sep}A. Smith, B. Jones" in [t.text for t in talk.front]


def test_running_prose_with_wide_spaces_is_no_field():
    # a label's word opening a line of running text (small letters after it) or a sentence's double space
    text = ("Harbour Notes\n\nThe committee met on a wet evening and the hall was cold.  Present\n"
            "members agreed to move the next meeting to the library.  Time\n"
            "and again the heating has failed in winter.\n")
    (talk,) = run_text(text).talks
    paragraphs = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert any(p.startswith("The committee met") and p.endswith("failed in winter.") for p in paragraphs)


def test_a_numbered_list_over_its_own_text_stays_sections():
    # numbered headings with text under each are the record's sections, whatever turns follow them
    text = (f"{TITLE}\n\n日時　令和6年10月15日（火）\n出席者　委員長 山田太郎、委員 鈴木一郎\n\n"
            "1. 利用状況について\n事務局から資料1により説明があった。\n2. 停留所の新設について\n" + TURNS)
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert talk.sections[1].paragraphs[0].text.startswith("○委員長（森田一郎）")


def test_turns_without_a_meeting_s_fields_stay_as_they_were():
    # an interview's or a play's turns: no field of minutes, no agenda over them: no proceedings
    text = ("Talking to the Harbour\n\nMr. Jones: I have worked on this quay for thirty years now.\n\n"
            "Ms. Patel: What changed most in that time, would you say?\n")
    (talk,) = run_text(text).talks
    # no proceedings: the turns are the text's body as any prose is, one untitled section from its first paragraph
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)] and not talk.front  # (helper body50: it had been front)
    assert talk.sections[0].paragraphs[0].text == "Mr. Jones: I have worked on this quay for thirty years now."


HEADED_AGAIN = """\
Minutes of the Spring Meeting

Date{sep}12 May 2025
Present{sep}A. Smith, B. Jones

1. Footpath along the harbour wall
2. Summer fair

1. Footpath along the harbour wall
The council replied that repairs will begin in June and that the path will reopen in July.

2. Summer fair
Members agreed to hold the fair on 9 August in the church hall.
"""


@pytest.mark.parametrize("sep", [": ", "  "], ids=["colon", "two-spaces"])
def test_an_agenda_with_no_label_headed_again_over_the_discussion(sep):
    # the items restated as the discussion's headings: the list was two empty sections, then the same two again
    (talk,) = run_text(HEADED_AGAIN.format(sep=sep)).talks
    assert [(s.number, s.title.text, len(s.paragraphs)) for s in talk.sections] == [
        ("1", "Footpath along the harbour wall", 1), ("2", "Summer fair", 1)]
    front = [t.text for t in talk.front]
    assert "1. Footpath along the harbour wall" in front and "2. Summer fair" in front


def test_a_numbered_outline_outside_a_meeting_s_record_is_left_alone():
    # no field of a meeting: the same shape in a report keeps its sections as before
    text = HEADED_AGAIN.replace("Minutes of the Spring Meeting", "Harbour Report").replace("Date{sep}12 May 2025\n", "") \
        .replace("Present{sep}A. Smith, B. Jones\n", "")
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2", "1", "2"]
