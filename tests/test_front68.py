"""Issue 16 points 2–3, helper front68: a talk's city and front from general evidence.

1. A prefecture's name written bare on a city line (``沖縄``, ``栃木``, ``茨城``) names the city of that name only
   where that city is its prefecture's largest (GeoNames) or the talk writes the city whole (``静岡市…``); else it
   is the prefecture, ``city`` null with an evidence row (``places.prefecture_seat``, ``stage._no_city``).
Inputs: ``tests/data/front68/`` (kept in ``/work/regress/in_front68/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "front68"


def _run(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8"))


def _talks(name: str):
    return _run(name).talks


def _city(talk) -> tuple[str | None, str | None]:
    return tuple(t.text if t is not None else None for t in (talk.city.ja, talk.city.en))


# --- 1. a prefecture's name written bare ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, count", [("p1_okinawa.txt", 1), ("p1_tochigi_gunma.txt", 2),
                                         ("p1_ibaraki_noen.txt", 1), ("p1_saitama.txt", 1)])
def test_a_prefecture_whose_largest_city_bears_another_name_is_no_city(name, count) -> None:
    talks = _talks(name)
    assert len(talks) == count
    assert [_city(t) for t in talks] == [(None, None)] * count
    assert all(any("not the city" in e.detail for e in t.evidence if e.kind == "city") for t in talks)


def test_the_evidence_names_the_smaller_namesake_and_the_prefectures_largest_city() -> None:
    (talk,) = _talks("p1_okinawa.txt")
    row = next(e.detail for e in talk.evidence if e.kind == "city" and e.detail.startswith("沖縄:"))
    assert "Okinawa (142,752 people)" in row and "Naha" in row, row


@pytest.mark.parametrize("name, city", [("n1_kumamoto_seat.txt", ("熊本", "Kumamoto")),
                                        ("n1_shizuoka_seat.txt", ("静岡", "Shizuoka")),
                                        ("n1_okinawa_city_hall.txt", ("沖縄", "Okinawa"))])
def test_a_prefectures_largest_city_or_a_city_the_talk_writes_whole_is_the_city(name, city) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city, talk.city


def test_prefecture_seat_reads_the_chief_city_from_geonames() -> None:
    from pipeline.segment.places import prefecture_seat

    assert [prefecture_seat(n).city for n in ("京都", "大阪", "福岡", "千葉")] == ["Kyoto", "Osaka", "Fukuoka", "Chiba"]
    assert [prefecture_seat(n).city for n in ("沖縄", "栃木", "茨城", "埼玉", "群馬")] == [None] * 5
    assert prefecture_seat("栃木").chief[0] == "Utsunomiya"


# --- 2. a kanji read alone after kana (``ひばり野``) ------------------------------------------------------------------

@pytest.mark.parametrize("name, city, ident", [("p2_hibarino_english.txt", ("ひばり野市", "Hibarino"), "hibarino"),
                                               ("p2_akaneno_english.txt", ("あかね野市", "Akaneno"), "akaneno")])
def test_the_talks_english_decides_the_reading_of_a_kanji_read_alone_after_kana(name, city, ident) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city, talk.city
    assert talk.id.split("/")[-1] == ident, talk.id


def test_without_english_the_reading_is_kept_and_its_doubt_recorded() -> None:
    (talk,) = _talks("p2_midorino_noen.txt")
    assert _city(talk) == ("みどり野町", None)
    rows = [e.detail for e in talk.evidence if e.kind == "city" and "uncertain" in e.detail]
    assert len(rows) == 1 and "midoriya" in rows[0], talk.evidence


def test_a_name_the_dictionary_reads_whole_has_no_doubt() -> None:
    (talk,) = _talks("n2_tsukushino.txt")
    assert talk.id.split("/")[-1] == "tsukushino"
    assert not any("uncertain" in e.detail for e in talk.evidence)


# --- 3. a closing mark and a letter's body --------------------------------------------------------------------------

def _dropped(segmented, rule: str) -> list[str]:
    return [r.text for r in segmented.ledger if r.rule == rule]


@pytest.mark.parametrize("name, mark", [("p3_ijou_notice_signed.txt", "以上"), ("p3_ijou_indented.txt", "以上"),
                                        ("p3_press_hashes.txt", "###")])
def test_a_closing_mark_after_the_body_is_set_aside_in_the_ledger(name, mark) -> None:
    segmented = _run(name)
    (talk,) = segmented.talks
    assert not any(t.text.strip() == mark for t in talk.front), [t.text for t in talk.front]
    assert not any(p.text.strip() == mark for s in talk.sections for p in s.paragraphs)
    assert _dropped(segmented, "set_aside_end_mark") == [mark]


def test_ijou_inside_a_sentence_stays_text() -> None:
    segmented = _run("n3_ijou_sentence.txt")
    (talk,) = segmented.talks
    assert talk.sections[-1].paragraphs[-1].text.endswith("報告は以上です。")
    assert not _dropped(segmented, "set_aside_end_mark")


@pytest.mark.parametrize("name, first, close", [("p3_letter_en_club.txt", "The spring regatta", "Best wishes,"),
                                                ("p3_letter_de_plain.txt", "wir laden Sie", "Mit freundlichen Grüßen"),
                                                ("p3_letter_ja_haikei.txt", "拝啓", "敬具")])
def test_a_letters_text_is_its_body_and_its_close_front(name, first, close) -> None:
    (talk,) = _talks(name)
    body = talk.sections[0]
    assert body.number is None and body.heading is None
    assert body.paragraphs[0].text.startswith(first)
    assert not any(close in p.text for p in body.paragraphs)
    assert any(t.text.strip() == close for t in talk.front), [t.text for t in talk.front]


def test_an_unsigned_letter_keeps_its_text_in_front() -> None:
    (talk,) = _talks("n3_letter_unsigned.txt")
    assert not talk.sections


# --- 4. an issuer named inside a sentence; a headline led by an institution's word ---------------------------------

@pytest.mark.parametrize("name", ["p4_parks_sentence.txt", "p4_housing_office_sentence.txt", "p4_library_sentence.txt",
                                  "p4_ja_issuer_sentence.txt"])
def test_an_issuer_named_inside_a_sentence_is_no_speaker(name) -> None:
    (talk,) = _talks(name)
    assert talk.speaker.text is None and talk.speaker.affiliation is None


def test_a_headline_led_by_an_institutions_word_is_the_title() -> None:
    (talk,) = _talks("p4_library_sentence.txt")
    assert talk.title.en is not None and talk.title.en.text == "Library Opening Hours Extended"


def test_a_signed_office_is_the_speaker() -> None:
    (talk,) = _talks("n4_signed_office.txt")
    assert talk.speaker.affiliation is not None and "Parks Department" in talk.speaker.affiliation.text
