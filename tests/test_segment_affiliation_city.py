"""A talk with no city line takes the city whose office its speaker's affiliation names, its English name where the
talk's own English names it (issue 16, trial 31: ``蘇州市外事弁公室 日本処長 陳 明華`` over a paper and slides about Suzhou gave
``city: null``). Never a city from a passing mention in the body, nor from an institution the city runs."""

from __future__ import annotations

from tests.segment_inputs import run_text


def _talk(speaker: str, english_title: str, body_city: str = "杭州市", slide_line: str = "• Lakeside parks and tea fields") -> str:
    return f"""\
第2講演
湖畔のまちの公園整備
{english_title}
{speaker}

１．はじめに
{body_city}は湖に面した町であり、古くから多くの人が訪れてきた。本稿では、公園の整備と観光の取り組みを
紹介する。

２．おわりに
今後も日本の都市との交流を通じて、公園づくりの知見を共有していきたい。

{english_title}
1
Parks by the Lake
{slide_line}
• Walking routes for residents
2
"""


def test_the_speakers_municipal_office_gives_the_city_confirmed_by_the_english() -> None:
    [talk] = run_text(_talk("杭州市外事弁公室 課長 王 麗", "Lakeside Parks in Hangzhou")).talks
    assert talk.city.ja.text == "杭州市" and talk.city.en.text == "Hangzhou"
    assert talk.city.ja.first_pos()[0] == 4  # a view into the speaker's line
    details = [e.detail for e in talk.evidence if e.kind == "city"]
    assert any("affiliation" in d and "杭州市外事弁公室" in d for d in details)
    assert any("杭州市 ↔ Hangzhou" in d for d in details)
    assert talk.speaker.name.text == "王 麗"


def test_a_japanese_city_office_as_well() -> None:
    [talk] = run_text(_talk("松江市 国際観光課長 田中 次郎", "Lakeside Parks of Matsue", body_city="松江市")).talks
    assert (talk.city.ja.text, talk.city.en.text) == ("松江市", "Matsue")


def test_no_english_city_without_the_talks_english_naming_it() -> None:
    """The speaker's office gives the city though the talk's English does not name it (helper procs51: a city's
    officer speaks for that city, as a city line would say); its English name stays null, never a guess."""
    [talk] = run_text(_talk("杭州市外事弁公室 課長 王 麗", "Lakeside Parks and Tourism")).talks
    assert talk.city.ja.text == "杭州市" and talk.city.en is None


def test_no_city_from_a_passing_mention_or_a_university() -> None:
    """The body and the English name Hangzhou, but the speaker is a university's: no city is invented."""
    [talk] = run_text(_talk("港北大学 工学部 教授 山田 太郎", "Lakeside Parks in Hangzhou")).talks
    assert talk.city.ja is None and talk.city.en is None
    [talk] = run_text(_talk("杭州市立大学 観光学部 王 麗", "Lakeside Parks in Hangzhou")).talks
    assert talk.city.ja is None


def test_a_city_line_still_wins() -> None:
    text = _talk("杭州市外事弁公室 課長 王 麗", "Lakeside Parks in Hangzhou").replace("第2講演\n", "第2講演\n松江市\n")
    [talk] = run_text(text).talks
    assert talk.city.ja.text == "松江市"
