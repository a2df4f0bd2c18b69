"""A title in the other language right under a talk's title is the title in that language (trial 44): a bilingual
deck's cover, ``Rice-Flour Bread in School Lunches`` over ``学校給食への米粉パン導入``, had no Japanese title and the
Japanese line as its subtitle; only a Japanese title with its English under it was read
(titleblock.is_title_translation). Now the reverse too, when the Japanese line's words translate the English title's
(titleblock.glosses_title), on a PDF deck's cover, a text dump's cover (where the two had been joined into one English
title) and a paper's title block. A subtitle in wave dashes, and a Japanese line that translates nothing of the title,
stay what they were. Made-up inputs on another topic (bicycle parking at railway stations)."""

from __future__ import annotations

import pytest

from pdfmaker import EN, JA, drawn_pdf, text_width
from tests.segment_inputs import run_file, run_text

TITLE_EN, TITLE_JA = "Bicycle Parking at Railway Stations", "鉄道駅の駐輪場の整備"
W, H = 841.89, 595.28  # A4 landscape


def _deck(cover: list[tuple[str, float]], speaker: list[tuple[str, float]]) -> bytes:
    """A landscape deck: a cover of centred lines (title lines, then the speaker's), then two numbered slides."""
    def centred(text: str, size: float, y: float):
        font = JA if any(ord(c) > 0x2E7F for c in text) else EN
        return (font, size, (W - text_width(text, font, size)) / 2, y, text)

    page, y = [], H - 190
    for text, size in cover:
        page.append(centred(text, size, y))
        y -= 50
    y -= 40
    for text, size in speaker:
        page.append(centred(text, size, y))
        y -= 30
    slides = []
    for n, (title, title_ja, bullets) in enumerate([("Why Bicycles?", "なぜ自転車か", ["• Short trips under 3 km", "• 駅まで10分以内"]),
                                                    ("Next Steps", "今後の展開", ["• Twenty new racks", "• 駐輪場の拡充"])], start=2):
        runs = [(EN, 30, 50, H - 70, title), (JA, 20, 50, H - 105, title_ja)]
        runs += [(JA if "駅" in b or "駐" in b else EN, 20, 70, H - 170 - 48 * k, b) for k, b in enumerate(bullets)]
        slides.append(runs + [(EN, 12, W - 50, 25, str(n))])
    return drawn_pdf([page] + slides, size=(W, H))


SPEAKER = [("Kenji Arai (Hillside Transport Office)", 18), ("新井 健二（丘陵交通事務所）", 16), ("May 2025", 14)]


def _titles(talk):
    text = lambda t: t.text if t is not None else None  # noqa: E731
    return text(talk.title.ja), text(talk.title.en), text(talk.subtitle.ja), text(talk.subtitle.en)


@pytest.mark.parametrize("cover,speaker", [
    ([(TITLE_EN, 34), (TITLE_JA, 24)], SPEAKER),
    ([(TITLE_EN, 24), (TITLE_JA, 34)], SPEAKER),
    ([(TITLE_EN, 34), (TITLE_JA, 24)], [("Kenji Arai, Hillside Transport Office", 18), ("May 2025", 14)]),
], ids=["large-english-over-japanese", "small-english-over-japanese", "speaker-after-a-comma"])
def test_a_deck_cover_english_title_with_its_japanese_under_it(cover, speaker):
    (talk,) = run_file(_deck(cover, speaker), "cover.pdf").talks
    assert _titles(talk) == (TITLE_JA, TITLE_EN, None, None)
    assert talk.speaker.name is not None and talk.speaker.name.text == "Kenji Arai"


@pytest.mark.parametrize("first,second", [(TITLE_EN, TITLE_JA), (TITLE_JA, TITLE_EN)], ids=["english-first", "japanese-first"])
def test_a_text_deck_cover_keeps_its_two_titles_apart(first, second):
    # the two lines had been one title (``Bicycle Parking at Railway Stations 鉄道駅の駐輪場の整備`` as title.en)
    deck = f"""{first}
{second}
Kenji Arai, Hillside Transport Office

Why Bicycles?
• Short trips under 3 km
• Most riders live within 2 km
2

Next Steps
• Twenty new racks by 2026
• A survey every spring
3
"""
    (talk,) = run_text(deck).talks
    assert _titles(talk) == (TITLE_JA, TITLE_EN, None, None)
    assert talk.slides[0].title.text == first


def test_a_paper_title_block_english_title_with_its_japanese_under_it():
    paper = f"""{TITLE_EN}
{TITLE_JA}
Kenji Arai
Hillside Transport Office

Abstract
This note reports a survey of bicycle parking at six railway stations. Racks were full on weekday mornings.

1. Introduction
Bicycles carry many riders to stations in the hills. Parking near the gates is short.

2. Method
We counted bicycles at six stations on ten weekday mornings in May 2025.
"""
    (talk,) = run_text(paper).talks
    assert _titles(talk) == (TITLE_JA, TITLE_EN, None, None)
    assert [t.text for t in talk.front] == []


def test_a_subtitle_or_a_catchphrase_under_an_english_title_is_no_japanese_title():
    (talk,) = run_file(_deck([(TITLE_EN, 34), ("～駅前の自転車をどう減らすか～", 20)], SPEAKER), "cover.pdf").talks
    assert _titles(talk) == (None, TITLE_EN, "～駅前の自転車をどう減らすか～", None)
    (talk,) = run_file(_deck([(TITLE_EN, 34), ("地域で支える毎日の移動", 20)], SPEAKER), "cover.pdf").talks
    assert talk.title.ja is None
