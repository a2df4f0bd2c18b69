"""Fresh-user trial 69c, helper fix69g: a talk's bare city line with its English city line, and a bare town that is a
surname after the talk before's slides.

(1) A bare place (``静岡``, ``福井``, ``ハノイ``) over a line giving its English as a city alone (``Shizuoka City``,
``City of Matsumoto``), the two over a Japanese title with its speaker, is the talk's city line and its English, never
the title (``titleblock._place_over_its_english``). (2) A bare name in kanji that neither Sudachi nor GeoNames reads as
a place (``松田``, ``中井``, ``川上``) over a title and a speaker whose affiliation writes it with a municipality's suffix
and its office or head's post (``松田町企画政策課長``, ``川上村長``) is the city line, so it opens the talk and is no
line of the talk before's last slide (``titleblock._place_in_affiliation``). Inputs: ``tests/data/fix69g/`` (kept in
``/work/regress/in_fix69g/``, the trial's two files copied from ``/work/regress/in_trial69c/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.chardata import EN, script_of
from tests.segment_inputs import city_texts as _city, run_text, slide_rows

DATA = Path(__file__).parent / "data" / "fix69g"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _title(talk) -> tuple[str | None, str | None]:
    return tuple(t.text if t is not None else None for t in (talk.title.ja, talk.title.en))


# (1) a bare city line and its English city line


@pytest.mark.parametrize("name, at, title_ja, city_en", [
    ("a_procs_shizuoka_yamaguchi.txt", 0, "茶畑の景観を守るまちづくり", "Shizuoka"),
    ("p1_fukui_matsumoto_pairs.txt", 0, "恐竜と城下町を結ぶ観光", "Fukui"),
    ("p1_fukui_matsumoto_pairs.txt", 1, "城下町の水辺を歩く", "Matsumoto"),
    ("p2_hanoi_pair_second.txt", 0, "門前町の空き家を生かす", "Nagano"),
    ("p2_hanoi_pair_second.txt", 1, "旧市街の路上商業と歩行者空間", "Hanoi"),
    ("b_procs_towns.txt", 0, "海岸の砂浜を次の世代へ", "Chigasaki"),
])
def test_a_city_line_and_its_english_city_line_are_never_the_title(name, at, title_ja, city_en) -> None:
    talk = _talks(name)[at]
    assert _title(talk)[0] == title_ja, talk.title
    assert _title(talk)[1] is None or "City" not in _title(talk)[1], talk.title
    assert _city(talk)[1] == city_en, talk.city
    assert talk.id == city_en.lower(), talk.id
    # the pair is the title block's city line (its cue), so neither line is left front beside the title
    assert any(e.kind == "title-block" and "city, title, speaker" in e.detail for e in talk.evidence), talk.evidence
    assert not any(script_of(t.text) == EN for t in talk.front), [t.text for t in talk.front]


def test_a_pair_on_a_slide_or_a_title_naming_the_city_stays_as_it_was() -> None:
    (talk,) = _talks("nm1_pair_on_slide_no_speaker.txt")
    assert ["静岡", "Shizuoka City"] == slide_rows(talk)[1][2][:2] or slide_rows(talk)[1][1] == "静岡", slide_rows(talk)
    (talk,) = _talks("nm3_pair_title_naming_city.txt")
    assert _title(talk) == ("茶畑の景観を守るまちづくり", "Shizuoka and Its Tea Fields"), talk.title


# (2) a bare town that is a surname, named by its speaker's office


@pytest.mark.parametrize("name, town, whole, speaker", [
    ("b_procs_towns.txt", "松田", "松田町", "松田町企画政策課長　小野 誠"),
    ("q1_towns_surname_after_slides.txt", "中井", "中井町", "中井町 地域振興課　主査　石井 京子"),
    ("q2_village_head_after_slides.txt", "川上", "川上村", "川上村長　栗山 忠昭"),
])
def test_a_bare_town_its_speakers_office_names_opens_the_talk(name, town, whole, speaker) -> None:
    before, talk = _talks(name)
    assert all(town not in lines for _, _, lines in slide_rows(before)), slide_rows(before)
    # the city line as written (helper title70: city.ja is the city line's name, bare or whole; fix69g had kept the
    # line front and read the office's ``松田町``), the municipality written whole in the evidence
    assert _city(talk)[0] == town, talk.city
    assert any(f"writes whole as {whole}" in e.detail for e in talk.evidence), talk.evidence
    assert talk.speaker.text.text == speaker
    assert not any(t.text == town for t in talk.front), [t.text for t in talk.front]
    assert not any("a prefecture, province or district" in e.detail for e in talk.evidence), talk.evidence


def test_a_bare_name_over_a_speaker_of_no_such_office_stays_as_it_was() -> None:
    before, talk = _talks("nm2_surname_speaker_not_town.txt")
    assert slide_rows(before)[-1][2][-1] == "中井", slide_rows(before)
    assert _city(talk) == (None, None), talk.city
