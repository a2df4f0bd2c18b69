"""A Japanese notice's issuing office closing it with no date (issue 16 point 2, fresh-user trial 70b's vertical PDF
notice: ``お知らせ`` / its text / ``ひばり市立中央図書館`` had the office as its last paragraph, speaker and city null).
The office closing the whole text, set apart (a blank line) under its last sentence, is its issuer as under a date:
``front``, the speaker (``name`` null), its city read from it (``letters.japanese_issuer``,
``sections.unnumbered_foot``)."""
from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, run_text

DATA = Path(__file__).parent / "data" / "issuer70"

TEXT = "図書館の開館時間を変更します。\n十二月一日から午後八時まで開館します。\nご理解をお願いします。\n"


def _front(talk):
    return front_texts(talk)


def _body(talk):
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("text, office, city", [
    (f"お知らせ\n\n{TEXT}\nひばり市立中央図書館\n", "ひばり市立中央図書館", "ひばり市"),
    (f"図書館の休館について\n\n{TEXT}\nみどり町教育委員会　生涯学習課\n", "みどり町教育委員会　生涯学習課", "みどり町"),
    (f"【回覧】\n断水のお知らせ\n\n工事のため、７月３日に断水します。\nご協力をお願いします。\n\nかわせ町役場\n上下水道課\n",
     "かわせ町役場 上下水道課", "かわせ町"),
])
def test_an_office_closing_the_text_set_apart_is_its_issuer(text, office, city):
    (talk,) = run_text(text).talks
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == office
    assert talk.speaker.name is None
    assert talk.city.ja is not None and talk.city.ja.text == city
    assert not any(office.split()[-1] in p for p in _body(talk))
    assert office.split()[-1] in " ".join(_front(talk))


def test_the_vertical_pdf_notice():
    path = DATA / "a06_vertical.pdf"
    (talk,) = run_file(path.read_bytes(), path.name).talks
    assert talk.speaker.affiliation.text == "ひばり市立中央図書館"
    assert _front(talk) == ["ひばり市立中央図書館"]
    assert _body(talk) == ["図書館の開館時間を変更します。", "十二月一日から午後八時まで開館します。"]


@pytest.mark.parametrize("text, last", [
    # not set apart: the office's name runs on under the text (as before, a paragraph)
    (f"お知らせ\n\n{TEXT}ひばり市立中央図書館\n", "ひばり市立中央図書館"),
    # no sentence over it: a field's value (a venue)
    ("会場のご案内\n\n会場\n\nひばり市民センター\n", "ひばり市民センター"),
    # a person's name closing an essay: no office, no issuer
    ("夏の思い出\n\n海へ行きました。楽しかったです。\n\n山田　花子\n", "山田　花子"),
])
def test_near_misses_keep_their_last_line(text, last):
    (talk,) = run_text(text).talks
    assert talk.speaker.affiliation is None or talk.speaker.affiliation.text != last
