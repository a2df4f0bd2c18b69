"""Session 77 (mine): fresh-user trial 77b's tournament report and thank-you letter, by their kinds.

- A report on an event (``第35回 … 大会　結果報告``) is titled by that line: the event's name with its record's kind
  after it is no event line (``events._RECORD_OF_EVENT``); an event notice's credit lines set off by an ideographic
  space (``主催　…``, ``後援　…``) are fields, never a title nor a heading (``labels.EVENT_CREDIT_LABELS``).
- A letter whose letterhead gives a British address on one line (``c/o Rose Cottage, …, Devon EX7 0QP``), whose
  first sentence opens ``On behalf of …`` and whose close joins two closes (``With warm thanks and best wishes,``)
  keeps its subject as title, its first paragraph whole, and its signer as speaker.
"""

from __future__ import annotations

import pytest

from pipeline.segment.letters import is_closing
from pipeline.segment.organisations import is_address_line, is_client_line
from segmenting import segment_text

BODY_JA = ("　春季大会には、クラブ会員と近隣の愛好者あわせて四十八名が参加しました。今年は初めて小学生の部を設けました。\n\n"
           "■Ａクラス\n優勝　佐々木　啓介\n準優勝　三浦　大輔\n\n■Ｂクラス\n優勝　岩崎　晴美\n")


@pytest.mark.parametrize(("title", "credits"), [
    ("第３５回　青葉台将棋クラブ春季大会　結果報告", "主催　青葉台将棋クラブ\n後援　横浜市青葉区役所"),
    ("第１２回　みどり市民囲碁大会　結果報告", "主催　みどり囲碁同好会"),
    ("第８回　港南ジュニア卓球大会結果", "主催　港南卓球協会\n協賛　株式会社みなと"),
    ("第２０回　市民マラソン大会　開催要項", "主催　さくら市陸上競技協会\n共催　さくら市"),
])
def test_a_report_on_an_event_is_titled_by_it_and_its_credits_are_fields(title, credits):
    (talk,) = segment_text(f"{title}\n{credits}\n\n{BODY_JA}").talks
    assert talk.title.ja is not None and talk.title.ja.text == title.replace("３", "3").replace("５", "5").replace(
        "１", "1").replace("２", "2").replace("８", "8").replace("０", "0")
    headings = [s.title.text for s in talk.sections if s.title is not None]
    assert not any(h.startswith(("主催", "後援", "協賛", "共催")) for h in headings)
    assert [h for h in headings if h] == ["Aクラス", "Bクラス"]


@pytest.mark.parametrize("title", [
    # near misses: an event's name alone over a talk's title block stays the event's (front), as before
    "第５回　北陸・東北都市交流会議",
])
def test_an_event_line_over_a_talk_stays_the_event(title):
    text = (f"{title}\n\n港町の景観と観光\n金沢市都市政策課長　田中　美咲\n\n"
            "港町では古くから交流が続いてきました。本稿ではその経緯を述べます。\n\n1. 現状\n市の中心部には古い町家が残っています。\n")
    (talk,) = segment_text(text).talks
    assert talk.title.ja.text == "港町の景観と観光"


LETTER = """Ashcombe Village Hall Management Committee
Registered Charity No. 301234
{address}

20 October 2025

A Thank You to Our Volunteers

Dear friends,

On behalf of the Management Committee, I am writing to thank everyone who gave their time to make the Harvest Supper
and the reopening of the hall such a success.

After eighteen months of work, the new kitchen and the replaced floor in the main hall are finally finished. The
project was paid for by grants and by the village's own fundraising.

The Committee meets on the second Tuesday of each month. New members are always welcome.

{close}

Margaret Elford
Chair, Ashcombe Village Hall Management Committee
"""


@pytest.mark.parametrize(("address", "close"), [
    ("c/o Rose Cottage, Church Street, Ashcombe, Devon EX7 0QP", "With warm thanks and best wishes,"),
    ("12 Church Street, Ashcombe, Devon EX7 0QP", "Thanks and regards,"),
    ("The Old School, Mill Lane, Ashcombe EX7 0QP", "With love and best wishes,"),
])
def test_a_thank_you_letter_keeps_subject_first_paragraph_and_signer(address, close):
    (talk,) = segment_text(LETTER.format(address=address, close=close)).talks
    assert talk.title.en is not None and talk.title.en.text == "A Thank You to Our Volunteers"
    assert talk.speaker.name is not None and talk.speaker.name.text == "Margaret Elford"
    first = talk.sections[0].paragraphs[0].text
    assert first.startswith("On behalf of the Management Committee") and first.endswith("such a success.")


def test_the_predicates_by_their_kinds():
    assert is_address_line("c/o Rose Cottage, Church Street, Ashcombe, Devon EX7 0QP")
    assert not is_address_line("We met at Leeds, then drove to LS2 9JT")
    assert is_closing("With warm thanks and best wishes,") and not is_closing("Thanks and see you soon,")
    assert is_client_line("On behalf of the Parish Council") and is_client_line("Prepared for the Port Authority of Westmarch")
    assert not is_client_line("On behalf of the Management Committee, I am writing to thank everyone who gave their time")


ROUND_ROBIN = """{title}
12 Larch Avenue, Harrogate, North Yorkshire HG2 8JX

Dear All,

Another year has flown by, and once again we find ourselves writing this letter on the kitchen table with the
radio on and the mince pies cooling. We hope this finds you all well.

Richard

Richard finally retired from the building society in March after thirty-one years.

Helen

Helen is still teaching part-time and has been promoted to head of the languages department.

With love and best wishes for a very happy Christmas,

Richard and Helen
"""


@pytest.mark.parametrize("title", ["The Pembertons' Christmas Letter 2025", "Annual Letter 2024", "Our Family Christmas Letter"])
def test_a_seasonal_letter_named_on_its_first_line_is_titled_by_it(title):
    (talk,) = segment_text(ROUND_ROBIN.format(title=title)).talks
    assert talk.title.en is not None and talk.title.en.text == title


@pytest.mark.parametrize(("heading", "label", "title"), [
    ("APPLICATION FOR UNITED STATES LETTERS PATENT", "Title:", "INVENTION NAME NOT YET DEFINED"),  # uspatent's template
    ("FINAL YEAR PROJECT REPORT", "Title:", "Flood Warning by Text Message in Small Harbour Towns"),
    ("RESEARCH PROPOSAL", "Title", "Peat Pipe Flow in the North Pennines"),
])
def test_a_heading_over_a_title_label_leaves_the_title_to_the_label(heading, label, title):
    text = (f"{heading}\n{label}\n{title}\nInventors: Jane Roe\n\nFIELD OF THE INVENTION\n"
            "[0001] The present invention relates to warning systems for small towns. It is described below.\n\n"
            "BACKGROUND OF THE INVENTION\n[0002] Warnings reach few people at night.\n")
    (talk,) = segment_text(text).talks
    assert talk.title.en is not None and talk.title.en.text == title


def _repairs(text: str) -> list[dict]:
    from pipeline.restore import restore_text
    return [r for r in restore_text(text)["repairs"] if "\ufffd" in r["original"]]


def _held_as_a_name(r: dict) -> bool:
    return r["restored"] is None and not r["candidates"] and any(
        e["kind"] == "abstention" and "person's name" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("line", [
    "Statement of: Harriet Mo\ufffdsop",  # fresh-user trial 77d's witness statement: committed from the signature
    "Witness: Harriet Mo\ufffdsop",
    "Tenant: Harriet Mo\ufffdsop",
])
def test_a_form_s_person_label_holds_the_name_written_whole_elsewhere(line):
    (r,) = _repairs(f"{line}\nI am the above named person.\nSignature: H. Mossop\n")
    assert _held_as_a_name(r), r


PLAY = ("EDITH: Evening, Oswald.\nOSWALD: Evening, Edith. Has the twenty-past gone?\nEDITH: Not yet.\n"
        "OSWALD: It is late again.\nED\ufffdTH: Well?\nOSWAL\ufffd: I could bring a flask.\n")


def test_a_script_s_speech_cues_are_names():
    repairs = _repairs(PLAY)
    assert len(repairs) == 2 and all(_held_as_a_name(r) for r in repairs), repairs


def test_a_label_in_capitals_outside_a_script_is_no_cue():
    # near miss: one label repeated is no script's turns; its lost letter is a word's
    (r,) = _repairs("NOTE: keep the door shut.\nNOTE: the hall closes at ten.\nNO\ufffdE: lights off.\n")
    assert not _held_as_a_name(r), r


def test_a_speech_cue_joined_after_a_turn_s_sentence_is_a_name():
    # a paragraph that joined two turns (trial 77d's play: ``… not a drop of cream. OSWAL\ufffd: I could …``)
    text = PLAY.replace("OSWAL\ufffd: I could bring a flask.\n", "") + "EDITH: Not a drop of cream. OSWAL\ufffd: I could.\n"
    repairs = _repairs(text)
    assert len(repairs) == 2 and all(_held_as_a_name(r) for r in repairs), repairs
