"""A number Japanese text broke at a line's end is one number again (trial 33: ``…整え、２０３`` / ``０年までに…`` came out
``203 0年``): Japanese sets a line to its last character, inside a number too."""

from __future__ import annotations

from tests.segment_inputs import run_text

WIDTH = 30
BEFORE = ("本市は市民ボランティアによる管理体制を整え、屋上緑化の面積を広げてきた。今後は維持管理の担い手を確保し、計画的に"
          "点検を進める。あわせて補助制度を見直し、")
AFTER = "年までに屋上緑化面積を５０ヘクタールに拡大し、地域の学校や企業とも連携して緑の拠点を各地区に広げていく。"


def _lines(number: str) -> list[str]:
    """A paragraph hard-wrapped at :data:`WIDTH` characters whose line break falls inside ``number``."""
    head = BEFORE[:2 * WIDTH - 3] + number[:3]  # two full lines, the second ending inside the number
    tail = number[3:] + AFTER
    return [head[:WIDTH], head[WIDTH:], *[tail[k:k + WIDTH] for k in range(0, len(tail), WIDTH)]]


def _paragraphs(number: str) -> list[str]:
    text = "\n".join(["屋上緑化の報告", "1 はじめに", *_lines(number), "2 おわりに", "以上である。"]) + "\n"
    (talk,) = run_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_a_year_broken_at_a_japanese_wrap_is_one_number():
    paragraphs = _paragraphs("２０３０")
    assert any("2030年までに" in p for p in paragraphs), paragraphs
