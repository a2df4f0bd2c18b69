"""A bilingual deck's cover naming its speaker once per language, and a bilingual deck's language (trial 54).

Trial 54's ``deck_bi.pdf`` (a Japanese/English deck, each line followed by its English) printed under its title
``神戸市港湾局 国際課　田村 陽介`` over ``Yosuke Tamura, International Division, Port of Kobe``: the Japanese speaker
line became the talk's subtitle, the speaker was read from the English line alone, and ``paper.lang`` was ``en``
though every title is Japanese first. Made-up decks of other topics, written with their correct results first.
"""

from __future__ import annotations

import pytest

from tests.pdfmaker import JA, drawn_pdf
from tests.segment_inputs import run_pdf, run_text

JA_SPEAKER = "みどり市環境部 ごみ減量課　松井 健太"
EN_SPEAKER = "Kenta Matsui, Waste Reduction Division, Midori City"


def _deck(speaker_lines: list[str]) -> str:
    cover = "\n".join(["生ごみ堆肥化の十年", "Ten Years of Food Waste Composting", *speaker_lines,
                       "2025年6月 / June 2025"])
    return f"""\
{cover}

- 2 -
事業の経緯
Background
・2015年に三つの地区で始めた
Started in three districts in 2015
・2020年に全市へ広げた
Extended to the whole city in 2020

- 3 -
回収量の推移
Amounts Collected
・年間約1,200トン
About 1,200 tonnes a year
・参加世帯は四割
Four in ten households take part

- 4 -
今後の課題
Next Steps
・集合住宅での回収
Collection at apartment blocks
"""


def _text(t) -> str | None:
    return None if t is None else t.text


@pytest.mark.parametrize("order", ["ja-en", "en-ja"])
def test_a_speaker_named_in_both_languages_is_one_speaker_never_a_subtitle54(order):
    """Decision (docs/segment.md): the two lines are one speaker, both in ``speaker.text`` (cover order), the name and
    the affiliation those of the first line of the pair that proves a name (no lost glyph), as for trial 41's
    bracketed pair; neither line is the subtitle."""
    lines = [JA_SPEAKER, EN_SPEAKER] if order == "ja-en" else [EN_SPEAKER, JA_SPEAKER]
    (talk,) = run_text(_deck(lines)).talks
    assert talk.shape == "deck"
    assert (_text(talk.subtitle.ja), _text(talk.subtitle.en)) == (None, None)
    sp = talk.speaker
    assert _text(sp.text) == " ".join(lines)
    if order == "ja-en":
        assert (_text(sp.name), _text(sp.affiliation)) == ("松井 健太", "みどり市環境部 ごみ減量課")
    else:
        assert (_text(sp.name), _text(sp.affiliation)) == ("Kenta Matsui", "Waste Reduction Division, Midori City")
    assert len(sp.authors) == 1


def test_a_japanese_name_with_a_lost_glyph_gives_way_to_the_english_line54():
    """A name is never filled: where the Japanese line's name has a lost glyph, the English line's name is read."""
    (talk,) = run_text(_deck([JA_SPEAKER.replace("健", "\ufffd"), EN_SPEAKER])).talks
    assert (_text(talk.speaker.name), _text(talk.speaker.affiliation)) == (
        "Kenta Matsui", "Waste Reduction Division, Midori City")
    assert talk.subtitle.ja is None


def test_two_different_people_are_no_pair54():
    """A Japanese speaker line and an English one naming someone else (no reading of the one spells the other) name
    no one speaker pair: the English line's reading is kept (today's), the Japanese line is never the subtitle."""
    (talk,) = run_text(_deck([JA_SPEAKER, "Anna Berg, Harbour Office, City of Aarhus"])).talks
    assert talk.subtitle.ja is None


SLIDE = (960.0, 540.0)


def _pdf_slide(title: str, english: str, items: list[tuple[str, str]], number: int):
    runs = [(JA, 28.0, 60.0, 470.0, title), (JA, 20.0, 60.0, 440.0, english)]
    y = 390.0
    for ja, en in items:
        runs += [(JA, 18.0, 80.0, y, ja), (JA, 16.0, 100.0, y - 24.0, en)]
        y -= 60.0
    return runs + [(JA, 12.0, 880.0, 30.0, f"p. {number}")]


def test_a_pdf_bilingual_deck_names_its_speaker_in_japanese_and_reads_as_japanese54():
    pdf = drawn_pdf([
        [(JA, 30.0, 150.0, 380.0, "生ごみ堆肥化の十年"),
         (JA, 22.0, 150.0, 340.0, "Ten Years of Food Waste Composting"),
         (JA, 16.0, 150.0, 260.0, JA_SPEAKER),
         (JA, 14.0, 150.0, 235.0, EN_SPEAKER),
         (JA, 14.0, 150.0, 190.0, "2025年6月 / June 2025"),
         (JA, 12.0, 880.0, 30.0, "p. 1")],
        _pdf_slide("事業の経緯", "Background", [("・2015年に三つの地区で始めた", "Started in three districts in 2015"),
                                            ("・2020年に全市へ広げた", "Extended to the whole city in 2020")], 2),
        _pdf_slide("回収量の推移", "Amounts Collected", [("・年間約1,200トン", "About 1,200 tonnes a year"),
                                                  ("・参加世帯は四割", "Four in ten households take part")], 3),
        _pdf_slide("今後の課題", "Next Steps", [("・集合住宅での回収", "Collection at apartment blocks")], 4),
        [(JA, 28.0, 200.0, 300.0, "ご清聴ありがとうございました"), (JA, 18.0, 200.0, 250.0, "Thank you"),
         (JA, 14.0, 200.0, 200.0, "gomi@city.midori.example.jp"), (JA, 12.0, 880.0, 30.0, "p. 5")],
    ], size=SLIDE)
    (talk,) = run_pdf(pdf).talks
    assert talk.shape == "deck"
    assert talk.subtitle.ja is None
    assert (_text(talk.speaker.name), _text(talk.speaker.affiliation)) == ("松井 健太", "みどり市環境部 ごみ減量課")
    assert _text(talk.speaker.text) == f"{JA_SPEAKER} {EN_SPEAKER}"
    # every slide's title is Japanese first, its English under it: the deck is Japanese (its page numbers, its
    # e-mail address and its closing ``Thank you`` tip no count)
    assert talk.lang == "ja"


def test_a_bilingual_deck_is_japanese_where_its_titles_are54():
    (talk,) = run_text(_deck([JA_SPEAKER, EN_SPEAKER]) + "\n- 5 -\nご清聴ありがとうございました\nThank you\n"
                       "gomi@city.midori.example.jp\nhttps://www.city.midori.example.jp/gomi\n").talks
    assert talk.lang == "ja"


def test_a_bilingual_deck_led_by_english_titles_is_english54():
    """The titles say which language a bilingual deck leads with: English titles with their Japanese as lines (trial
    51's ``deck_pdf`` shape) make an English deck, though its Japanese letters outnumber its English words."""
    deck = """\
Smart Water Meters in Hillview
ヒルビュー市のスマート水道メーター
Ken Ogawa, Water Works Bureau, Hillview City

- 2 -
Why Smart Meters?
導入の理由
• Leaks found three weeks earlier
• 漏水の早期発見と検針作業の自動化

- 3 -
Pilot Results 2024
実証結果
• 4,000 homes
• 検針コストを三割以上削減した

- 4 -
Thank you
ご清聴ありがとうございました
"""
    (talk,) = run_text(deck).talks
    assert talk.shape == "deck"
    assert talk.lang == "en"
