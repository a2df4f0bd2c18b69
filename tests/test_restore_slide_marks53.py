"""A deck's lost bullets in a text dump (helper deck53): a ``�`` opening slide lines before a space and an item's text
is a list's mark, left open with marks as its candidates; never a letter, never a mark invented.

A text dump's U+FFFD has no glyph id, so the rule for one glyph id's places (``restore.opens_list_items``) never read
a deck's lost bullets: each was decided alone and offered は, が, 市 first. The correct results were written before
the change; every deck is made up.
"""

from __future__ import annotations

from pipeline.model import GAP
from pipeline.restore import restore
from tests.segment_inputs import run_text

G = GAP

JA_DECK = f"""港北市の公共交通
港北市 交通政策課

1
現状と課題
{G} 利用者の減少
{G} 運転手の不足

2
今後の取組
{G} デマンド交通の導入
{G} 運賃の見直し

3
"""

EN_DECK = f"""Harbour Buses
Transport Office, Town of Eastbrook

1
Why change?
{G} Bus use fell by a third
{G} Older riders want more stops

2
What we tried
{G} Demand-responsive minibuses
{G} A single fare zone

3
"""


def _repairs(text: str):
    (talk,) = restore(run_text(text)).talks
    return talk, sorted(talk.repairs, key=lambda r: (r.line, r.col))


def test_lost_bullets_of_a_japanese_deck_are_marks_left_open_53():
    talk, repairs = _repairs(JA_DECK)
    assert [(r.line, r.col) for r in repairs] == [(6, 0), (7, 0), (11, 0), (12, 0)]
    for r in repairs:
        assert (r.status, r.restored, r.confidence) == ("ambiguous", None, 0.0), r
        assert [c.text for c in r.candidates] == ["・", "●", "■", "○", "◆"]
        assert "a list's mark" in r.evidence[0].detail
    # the slide keeps the mark as printed: lost, never a mark invented
    assert [t.text for t in talk.talk.slides[1].lines] == [f"{G} 利用者の減少", f"{G} 運転手の不足"]


def test_lost_bullets_of_an_english_deck_are_marks_left_open_53():
    _, repairs = _repairs(EN_DECK)
    assert len(repairs) == 4
    assert all(r.status == "ambiguous" and r.restored is None and r.candidates[0].text == "•" for r in repairs)


def test_one_lost_glyph_before_a_space_is_no_deck_of_marks_53():
    # one line alone may open on a word of one letter: it is decided as any gap (no mark offered)
    text = JA_DECK.replace(f"{G} 運転手の不足", "・運転手の不足").replace(f"{G} デマンド", "・デマンド") \
        .replace(f"{G} 運賃", "・運賃")
    _, repairs = _repairs(text)
    assert len(repairs) == 1 and "・" not in [c.text for c in repairs[0].candidates]


def test_a_number_after_the_glyph_is_no_item_53():
    # ``� 1 章`` (第 lost before a heading's number): no list, the glyphs are read as any gap
    text = JA_DECK.replace(f"{G} 利用者の減少", f"{G} 1 利用者の減少")
    _, repairs = _repairs(text)
    assert not any(c.text == "・" for r in repairs for c in r.candidates)
