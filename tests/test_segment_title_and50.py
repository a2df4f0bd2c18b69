"""An English title joined by ``and`` under a Japanese title is the title, not a line of authors (a fresh user's
trial, session 50: ``Port City Regeneration and Civic Participation`` had been read as two people, and the talk
lost its English title and its speaker)."""

from __future__ import annotations

from tests.segment_inputs import run_text

PROCEEDINGS = """第1講演
福岡市
港湾都市の再生と市民参加
Port City Regeneration and Civic Participation
福岡市港湾局長 佐藤 一郎
1. 港湾の歴史
博多港は古くから大陸との交易の拠点であった。
2. 再生の取り組み
市民参加によるウォーターフロント整備を進めている。
"""


def test_english_title_with_and_is_the_title_and_the_speaker_stays():
    talk = run_text(PROCEEDINGS).talks[0]
    assert talk.title.en.text == "Port City Regeneration and Civic Participation"
    assert talk.speaker.name.text == "佐藤 一郎"
