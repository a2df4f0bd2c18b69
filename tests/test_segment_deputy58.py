"""A deputy's post (``副市長``) or the same city's (``同市長``) names no municipality: Sudachi reads ``副`` as a prefix,
not a city's name (fresh-user trial 58: a deck cover's ``副市長 佐藤 花子`` gave the city 副市 and the id ``fuku``).
A one-letter city's head (``津市長``) still names it."""

from tests.segment_inputs import run_text

COVER = """子育て支援の新たな展開
{post} 佐藤 花子

本日の内容
・保育所の整備
・放課後の居場所

ご清聴ありがとうございました
"""


def _city(post):
    (talk,) = run_text(COVER.format(post=post)).talks
    return talk.city.ja.text if talk.city.ja is not None else None


def test_a_deputy_post_names_no_city():
    assert _city("副市長") is None
    assert _city("副区長") is None


def test_a_head_post_still_names_its_city():
    assert _city("津市長") == "津市"
    assert _city("港南市長") == "港南市"
