"""A Japanese deck's cover whose title holds no Latin word, and a deck whose numbers head their slides with no blank
line anywhere (trial 34). Made-up decks."""

from __future__ import annotations

from tests.segment_inputs import run_text

JA_COVER = ["空き家バンクの運用見直しについて", "～移住希望者とのマッチング強化～", "まちづくり推進部 定住促進課 主査 川口 美咲",
            "令和６年５月１０日 地区住民説明会"]
JA_SLIDES = ["- 1 -", "空き家の現状", "・市内の空き家は約１，８００戸", "・うち約３割が利用可能", "- 2 -",
             "登録の流れ", "・所有者の申込み", "・市の現地調査", "- 3 -", "ご清聴ありがとうございました", "- 4 -"]


def _titles(talk) -> list[tuple[int | None, str | None]]:
    return [(s.number, s.title.text if s.title is not None else None) for s in talk.slides]


def test_a_japanese_cover_title_without_latin_letters_is_the_decks_title():
    # trial 34: a cover title with no Latin word was no cover title (the rule asked for one: trial 32's held LED), so
    # title, subtitle and speaker were null and the cover's lines were slide 1's, its title null
    (talk,) = run_text("\n".join(JA_COVER + JA_SLIDES) + "\n").talks
    assert talk.title.ja is not None and talk.title.ja.text == "空き家バンクの運用見直しについて"
    assert talk.subtitle.ja is not None and talk.subtitle.ja.text == "～移住希望者とのマッチング強化～"
    assert talk.speaker.name is not None and talk.speaker.name.text == "川口 美咲"
    assert _titles(talk) == [(1, "空き家バンクの運用見直しについて"), (2, "空き家の現状"), (3, "登録の流れ"),
                             (4, "ご清聴ありがとうございました")]
    # the dated occasion under the speaker is the cover's, not a slide's title
    assert [t.text for t in talk.slides[0].lines][-1] == "令和6年5月10日 地区住民説明会"


def test_the_speaker_line_under_a_japanese_cover_title_is_no_title_line():
    # the title does not run on into the speaker's line (交通政策課 山本 一郎 is the speaker, not the title's end)
    # (the cover's box holds no more lines than a title may: a box's lines had all been the title's)
    text = "\n".join(["港まちの防災計画", "危機管理課 山本 一郎", "", "- 2 -", "避難所の現状", "・収容人数の不足", "", "- 3 -"]) + "\n"
    (talk,) = run_text(text).talks
    assert talk.title.ja is not None and talk.title.ja.text == "港まちの防災計画"
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本 一郎"


EN_DECK = ["Harbour Ferry Timetable Review", "Aiko Tanaka, Transport Planning Division", "1", "Current Service",
           "■ Six crossings a day", "■ Last boat at 19:00", "2", "Rider Survey", "■ 412 replies",
           "■ Evening demand is high", "3", "Proposed Changes", "■ Two evening crossings", "■ Fares unchanged"]
PAPER = ["港の渡船ダイヤの見直し", "交通計画課 田中 愛子", "１．はじめに",
         "本市の渡船は一日六便を運航している。利用者の多くは通勤客であり、夕方の便に需要が集中している。", "２．調査",
         "利用者アンケートでは四百十二件の回答を得た。"]


def test_numbers_heading_their_slides_in_a_dump_without_blank_lines_keep_the_last_slide_its_own():
    # trial 34: no blank line parts anything and the first number, 1, stands right under the cover; the last slide,
    # after the last number, had been folded into the slide before it. A whole slide (a title over its lines) after
    # the last number says the numbers head their slides: the cover prints none, 1 to 3 number the slides
    expected = [(None, "Harbour Ferry Timetable Review"), (1, "Current Service"), (2, "Rider Survey"),
                (3, "Proposed Changes")]
    for text in ("\n".join(EN_DECK) + "\n", "\n".join(PAPER + EN_DECK) + "\n"):
        (talk,) = run_text(text).talks
        assert _titles(talk) == expected
        assert [t.text for t in talk.slides[-1].lines] == ["■ Two evening crossings", "■ Fares unchanged"]
