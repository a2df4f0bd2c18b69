"""A flyer's ``講師`` named with an honorific is its speaker whatever the bracket after the honorific names, an
occupation too (fresh-user trial 57: ``講師　毎田　健治　氏（加賀友禅作家）`` left the flyer with no speaker, as
no organisation or post stood in the bracket). Made-up flyers; without an honorific the line stays a field."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

FLYER = """{city}市民公開講座

演題　「{title}」
{lecturer}

日時　令和７年９月２０日（土）午後２時～午後３時３０分
会場　{city}市文化ホール　大会議室
定員　１２０名（先着順・入場無料）
"""


@pytest.mark.parametrize("lecturer,name,affiliation", [
    ("講師　毎田　健治　氏（加賀友禅作家）", "毎田　健治", "加賀友禅作家"),
    ("講師：高木　美和　様（写真家）", "高木　美和", "写真家"),
    ("講　師：長谷川 透 先生（料理研究家）", "長谷川 透", "料理研究家"),
])
def test_the_lecturer_with_an_occupation_is_the_speaker(lecturer, name, affiliation):
    [talk] = run_text(FLYER.format(city="金沢", title="加賀友禅の歴史と未来", lecturer=lecturer)).talks
    assert talk.title.ja is not None and talk.title.ja.text == "加賀友禅の歴史と未来"
    assert talk.speaker is not None, [p.text for p in talk.front]
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == (name, affiliation)
