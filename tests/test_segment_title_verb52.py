"""A talk's English title that holds an organisation's word after a verb and its object (``… Linking the Port and
the City Centre``) is a title, not its speaker's affiliation (issue 16, the fresh user's trial 52: the talk lost its
speaker, its English title and its city, and the real speaker line went to ``front``). Other titles and cities than
the trial's: the kind, not the case."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

PROCEEDINGS = """第1講演
{ja}
{en}
{speaker}
1. 背景
{body}
2. 取組
事業は段階的に進められ、来訪者は年々増加している。
"""


@pytest.mark.parametrize("ja, en, speaker, name, city", [
    ("港と市街地をつなぐウォーターフロント再生", "Waterfront Regeneration Linking the Port and the City Centre",
     "神戸市 港湾局 ウォーターフロント再開発推進課長　谷口 美穂", "谷口 美穂", "神戸市"),
    ("駅前広場を市民の居場所に", "Turning the Station Square into a Civic Centre",
     "福井市 都市戦略部 都市整備課長　山本 健一", "山本 健一", "福井市"),
])
def test_a_title_with_a_verb_and_its_object_is_no_organisation52(ja, en, speaker, name, city):
    text = PROCEEDINGS.format(ja=ja, en=en, speaker=speaker, body="地区は長く低利用の状態が続いていた。")
    [talk] = run_text(text).talks
    assert talk.title.en.text == en
    assert talk.speaker.name.text == name
    assert talk.city.ja.text == city
