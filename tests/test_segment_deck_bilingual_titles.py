"""A bilingual deck's slide titles and its cover's speaker named in both languages (trial 41). Made-up decks on
another topic than the trial's (a cooperative's beekeeping course)."""

from __future__ import annotations

from tests.segment_inputs import run_text

DECK = ["里山養蜂の入門講座と地域連携", "Beginners' Beekeeping Courses in Satoyama Communities",
        "春日 太郎（山と川の学校）", "Taro Kasuga (School of Hills & Rivers)", "2025年6月7日 第3回 里山フォーラム",
        "道具 / Equipment", "・巣箱は杉材で作る", "• Hives are made of cedar", "・面布と手袋は必ず着用", "• Always wear a veil and gloves", "2 / 5",
        "講座の流れ", "Course Outline", "・座学は2回", "• Two classroom sessions", "・実習は4回", "• Four practical sessions", "3 / 5",
        "採蜜の時期 / Harvest Season", "・6月と9月に採蜜", "• Honey is taken in June and September", "4 / 5",
        "ご清聴ありがとうございました", "Thank you for listening", "5 / 5"]


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None else None for s in talk.slides]


def test_a_bilingual_title_line_and_a_japanese_title_over_its_english_are_the_slides_titles():
    # trial 41: ``背景 / Background`` had no title (the whole line was the slide's first line) and ``ワークショップの概要``
    # over ``Workshop Overview`` left the English among the lines
    (talk,) = run_text("\n".join(DECK) + "\n").talks
    assert _titles(talk)[1:] == ["道具 / Equipment", "講座の流れ / Course Outline", "採蜜の時期 / Harvest Season",
                                 "ご清聴ありがとうございました / Thank you for listening"]
    assert [t.text for t in talk.slides[2].lines] == ["・座学は2回", "• Two classroom sessions", "・実習は4回",
                                                      "• Four practical sessions"]
    assert talk.slides[-1].lines == ()


def test_a_speaker_named_in_both_languages_with_the_affiliation_in_brackets():
    # trial 41: the Japanese line was the talk's subtitle and the English line the speaker's whole name, cut at ``&``
    (talk,) = run_text("\n".join(DECK) + "\n").talks
    assert talk.subtitle.ja is None and talk.subtitle.en is None
    assert talk.speaker.name is not None and talk.speaker.name.text == "春日 太郎"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "山と川の学校"
    assert [a.name.text for a in talk.speaker.authors] == ["春日 太郎"]
    assert "Taro Kasuga" in talk.speaker.text.text


def test_an_english_speaker_with_an_ampersand_in_the_bracketed_organisation_is_one_author():
    deck = ["Small-Scale Beekeeping in Towns", "Ines Duarte (Cork & Leather Guild)", "1", "Why Bees", "■ Pollination",
            "■ Honey", "2", "Where to Start", "■ One hive", "■ A mentor", "3"]
    (talk,) = run_text("\n".join(deck) + "\n").talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "Ines Duarte"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Cork & Leather Guild"
    assert [a.name.text for a in talk.speaker.authors] == ["Ines Duarte"]


def test_english_slashes_and_a_japanese_sentence_make_no_bilingual_title():
    # guard: ``Input/Output`` and ``Results / Discussion`` are English lines; a Japanese sentence under the number
    # with English under it is no title pair
    deck = ["Sensor Logging for Hives", "Maria Lindqvist, Hive Data Lab", "1", "Results / Discussion", "■ Weight rose 3 kg",
            "■ Humidity steady", "2", "Input/Output", "■ Two sensors in", "■ One log out", "3",
            "巣箱の重さは毎日記録した。", "Hive Weight Was Logged Daily", "■ 30 days", "4"]
    (talk,) = run_text("\n".join(deck) + "\n").talks
    titles = _titles(talk)
    assert not any(t and " / " in t and any("\u3040" <= c <= "\u9fff" for c in t) for t in titles if t)
    assert "巣箱の重さは毎日記録した。 / Hive Weight Was Logged Daily" not in titles
