"""A cover in a text box of its own that names the speaker, then a blank line, then ``1``, in a deck with text after
its last number: the cover is slide 1, numbered at its foot, where the slides' votes say so (trial review 49, session
50's table decks). Helper deck66's reading of a ``1`` that opens its box as a number over its slide
(``slides._side_by_ends``) holds for a heading over the deck in a box of its own, never for a box that names the
speaker: that box is the title slide itself (helper fix66a; the same decks, as files, are in
``/work/regress/in_fix66a/``)."""

from __future__ import annotations

from tests.segment_inputs import run_text

JA_FOOTER = """駅前広場の再整備
都市計画課　山田　花子

1
整備の目的
・歩行者の安全を確保
・バスの乗り場を集約
2
広場の利用状況
・平日は約８千人が通行
・休日は催しで混雑
3
今後の予定
・令和８年度に着工
・令和１０年度に完成
4
ご清聴ありがとうございました
"""

LANES_COVER = """Cycling Lanes for the Old Town
Tom Becker, City of Freiburg
"""
LANES_POINTS = """Why we need lanes
• More bikes every year
• Narrow streets
{between}
Next steps
• Pilot in 2027
• Survey residents
"""
"""The English deck's cover box (its title and the speaker) and its two slides of points, the page number ``between``
them: :data:`EN_FOOTER` numbers its slides at their feet, :data:`HEADING_ABOVE`, the near miss, sets a heading of its
own over the same deck, the numbers over the slides."""

EN_FOOTER = LANES_COVER + "\n1\n" + LANES_POINTS.format(between=2) + "3\nQuestions?\n"

HEADING_ABOVE = "Cycling Lanes for the Old Town\n\n1\n" + LANES_COVER + "2\n" + LANES_POINTS.format(between=3)


def _slides(text: str):
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text if s.title else None) for s in talk.slides]


def test_japanese_cover_naming_the_speaker_is_slide_one():
    assert _slides(JA_FOOTER) == [(1, "駅前広場の再整備"), (2, "整備の目的"), (3, "広場の利用状況"), (4, "今後の予定"),
                                  (None, "ご清聴ありがとうございました")]


def test_english_cover_naming_the_speaker_is_slide_one():
    assert _slides(EN_FOOTER) == [(1, "Cycling Lanes for the Old Town"), (2, "Why we need lanes"), (3, "Next steps"),
                                  (None, "Questions?")]


def test_heading_alone_over_the_title_slide_stays_unnumbered():
    """The near miss: the heading's box names nobody, the ``1`` heads the title slide (deck66's reading, kept)."""
    assert _slides(HEADING_ABOVE) == [(None, "Cycling Lanes for the Old Town"), (1, "Cycling Lanes for the Old Town"),
                                      (2, "Why we need lanes"), (3, "Next steps")]
