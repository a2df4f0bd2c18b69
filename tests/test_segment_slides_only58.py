"""Talks of a Japanese title block over English slides only, no paper (fresh-user trial 58b): each is its own talk,
its speaker read from ``name post`` (``金 民俊 課長``); the second talk's block, a return from the first's English
slides, is never taken for the first's. A talk whose slides hold a Japanese line with no title block under it stays
one talk."""

from tests.segment_inputs import run_text

TALK = """{city}
{title}
{name} {post}

{en_title}
{en_name}, {en_org}
1
{en_city} at a Glance
• Population {pop} million
• A large port
2
Sister Cities of {en_city}
• {n} sister cities worldwide
"""

BUSAN = dict(city="釜山広域市 国際協力課", title="港湾都市の国際交流と市民参加", name="金 民俊", post="課長",
             en_title="Busan's International Exchange", en_name="Kim Min-jun", en_org="Busan Metropolitan City",
             en_city="Busan", pop="3.3", n="28")
DALIAN = dict(city="大連市 外事弁公室", title="大連市と日本の都市との友好交流", name="王 建国", post="副主任",
              en_title="Dalian and Japan: Friendship Exchange", en_name="Wang Jianguo", en_org="Dalian Foreign Affairs Office",
              en_city="Dalian", pop="7.5", n="12")
SENDAI = dict(city="仙台市 国際交流課", title="杜の都の国際交流", name="佐藤 花子", post="主任",
              en_title="International Exchange in Sendai", en_name="Hanako Sato", en_org="City of Sendai",
              en_city="Sendai", pop="1.1", n="9")


def _talks(*talks):
    return run_text("\n".join(TALK.format(**t) for t in talks)).talks


def test_two_talks_of_slides_only_are_two_talks():
    talks = _talks(BUSAN, DALIAN)
    assert [t.title.ja.text for t in talks] == ["港湾都市の国際交流と市民参加", "大連市と日本の都市との友好交流"]
    assert [t.speaker.name.text for t in talks] == ["金 民俊", "王 建国"]
    assert [t.speaker.affiliation.text for t in talks] == ["課長", "副主任"]


def test_three_talks_in_any_order():
    talks = _talks(SENDAI, DALIAN, BUSAN)
    assert [t.title.ja.text for t in talks] == ["杜の都の国際交流", "大連市と日本の都市との友好交流", "港湾都市の国際交流と市民参加"]


def test_a_japanese_line_on_a_slide_starts_no_talk():
    text = TALK.format(**BUSAN) + "\n港湾の未来\nThank you\n"
    assert len(run_text(text).talks) == 1
