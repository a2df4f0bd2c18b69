"""A meeting's record closes on its named blocks (``決定事項``, ``確認事項``, ``今後の予定``, ``Action items``,
``Decisions``) over their lists: sections of their own after the numbered agenda items, never paragraphs of the last
item, where the items' subsections sit in their item's box and the record ends on ``Meeting closed at …`` or ``以上``
(issue 16 point 2; fresh-user trial 60; ``sections._closing``). The name inside a sentence heads nothing."""

from __future__ import annotations

import pytest

from reliability import accounting

JA = ("第45回 経営会議 議事録\n\n日時：2026年3月12日（木）14:00～15:30\n出席者：松永社長、北条専務\n\n"
      "1．前回議事録の確認\n前回の議事録について、異議なく承認された。\n\n2．その他\n(1) 新入社員は17名の予定。\n"
      "(2) システムは3月28日に停止する。\n\n{name}\n・価格改定案を次回会議に上程する（担当：白石）\n・資金計画を4月10日までに提出する\n"
      "\n次回開催：2026年4月9日（木）14:00～\n\n以上\n")
EN = ("Minutes of the Committee Meeting\nHeld on Tuesday 3 March 2026 at 7.00 pm\n\nPresent: Janet Holloway (Chair), "
      "Raj Patel\n\n1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nThe gate is broken again.\n\n"
      "{name}\n- Raj Patel: chase unpaid subscriptions\n- Olu Adebayo: draft the inspection checklist\n\n"
      "Date of next meeting: Tuesday 7 April 2026, 7.00 pm.\nMeeting closed at 8.40 pm.\n")


def _sections(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert not problems, problems
    (talk,) = talks
    return [(s["number"], s["level"], s["title"]) for s in talk["paper"]["sections"]]


@pytest.mark.parametrize("template, name", [(JA, "決定事項"), (JA, "確認事項"), (JA, "今後の予定"), (EN, "Action items"),
                                            (EN, "Decisions"), (EN, "Action Points:")])
def test_a_minutes_closing_block_is_a_section_of_its_own(tmp_path, template, name):
    sections = _sections(tmp_path, template.format(name=name))
    assert sections[-1] == (None, 1, name.rstrip(":")), sections  # a label's colon is no part of its title
    assert [s[0] for s in sections[:-1]] == ["1", "2"], sections


def test_the_name_inside_a_sentence_heads_nothing(tmp_path):
    sections = _sections(tmp_path, JA.format(name="決定事項は次のとおりである。"))
    assert [s[0] for s in sections] == ["1", "2"], sections


TRIAL_JA = '第45回 経営会議 議事録\n\n日時：2026年3月12日（木）14:00～15:30\n場所：本社8階 大会議室（オンライン併用）\n出席者：松永社長、北条専務、井ノ口常務、白石（経営企画部長）、堀田（営業本部長）、宮坂（管理部長）\n欠席者：なし\n記録：経営企画部\u3000成瀬\n\n1．前回議事録の確認\n前回（第44回）の議事録について、異議なく承認された。\n\n2．2025年度第3四半期業績報告（白石）\n売上高は前年同期比4.2%増の38億6千万円、営業利益は同1.1%減の2億1千万円となった。\n原材料費の高騰が利益を圧迫している。\n北条専務より、価格改定の時期について次回までに案を示すよう指示があった。\n\n3．新工場建設計画の進捗（堀田）\n用地取得は完了し、5月に着工予定である。\n総工費は当初計画の24億円から26億5千万円に増加する見込み。\n松永社長：増額分の資金調達方法を財務と詰めること。\n\n4．その他\n(1) 4月入社の新入社員は17名の予定。\n(2) 社内システム更新に伴い、3月28日（土）は終日停止する。\n\n決定事項\n・価格改定案を次回経営会議に上程する（担当：白石）\n・新工場の資金計画を4月10日までに提出する（担当：宮坂）\n\n次回開催：2026年4月9日（木）14:00～\n\n以上\n'
TRIAL_EN = "MILLBROOK COMMUNITY ALLOTMENTS ASSOCIATION\nMinutes of the Committee Meeting\nHeld on Tuesday 3 March 2026 at 7.00 pm, Millbrook Village Hall\n\nPresent: Janet Holloway (Chair), Raj Patel (Treasurer), Siobhan Keane (Secretary),\nMartin Dunne, Olu Adebayo, Grace Whitfield\nApologies: Peter Stroud, Hannah Liu\nIn attendance: Cllr. Barbara Finch (Ward Councillor)\n\n1. Welcome and apologies\nThe Chair welcomed members and noted the apologies above.\n\n2. Minutes of the previous meeting\nThe minutes of 4 February 2026 were approved as a true record.\nProposed: Martin Dunne. Seconded: Grace Whitfield.\n\n3. Matters arising\n3.1 Water supply. The leaking standpipe by plot 14 has been repaired by\nthe council at no cost to the Association.\n3.2 Skip hire. Siobhan reported that the spring skip is booked for 21 March.\n\n4. Treasurer's report\nRaj presented the accounts to 28 February. The bank balance stands at\n£2,415.60. Subscriptions for 2026 are 78% collected.\n\n5. Plot inspections\nOlu proposed that inspections move from quarterly to twice yearly. After\ndiscussion the committee agreed to a trial for 2026.\n\n6. Any other business\nCllr. Finch offered to raise the issue of the broken gate with the parks team.\n\nAction items\n- Siobhan Keane: circulate skip rota by 10 March\n- Raj Patel: chase unpaid subscriptions (14 plots)\n- Olu Adebayo: draft inspection checklist for April meeting\n- Cllr. Finch: report broken gate to parks department\n\nDate of next meeting: Tuesday 7 April 2026, 7.00 pm.\nMeeting closed at 8.40 pm.\n"


@pytest.mark.parametrize("text, name", [(TRIAL_JA, "決定事項"), (TRIAL_EN, "Action items")])
def test_the_trials_minutes_close_on_their_named_block(tmp_path, text, name):
    # fresh-user trial 60's minutes (07_gijiroku, 02_minutes): the block had been paragraphs of the last agenda item
    sections = _sections(tmp_path, text)
    assert sections[-1] == (None, 1, name), sections
