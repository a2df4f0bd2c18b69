"""A notice's sender over its subject whose name lost a glyph or two (issue 16 and issue 19 point 4, fresh-user trial
68b): the post right before the name vouches for it (``letters.head_sender`` reads ``names.lost_glyph_name_no_clause``),
so the sender is the speaker, the name keeps its gaps, and the contact block closing the notice is its foot. Before,
``あおば市長　佐�木　�子`` gave no speaker, restoration filled 々 into the name, and ``問い合わせ先`` became a section.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import front_texts, run_text, speaker_texts

NOTICE = """\
令和７年１０月１５日

自治会長　各位

{sender}

地域防災訓練の実施について（依頼）

拝啓　秋冷の候、皆様にはますますご清祥のこととお慶び申し上げます。
さて、本市では、下記のとおり地域防災訓練を実施いたします。
敬具

記

１．日時　令和７年１１月９日（日）午前９時から
２．場所　あおば市立中央小学校

問い合わせ先
あおば市危機管理課　防災係
電話　022-333-4444
"""


@pytest.mark.parametrize("sender, name, post", [
    ("あおば市長　佐\ufffd木　\ufffd子", "佐\ufffd木\u3000\ufffd子", "あおば市長"),
    ("教育長　\ufffd藤 花子", "\ufffd藤 花子", "教育長"),
    ("総務部長　山\ufffd 一郎", "山\ufffd 一郎", "総務部長"),
])
def test_a_sender_whose_name_lost_a_glyph_is_the_speaker68(sender, name, post):
    talk = run_text(NOTICE.format(sender=sender)).talks[0]
    assert speaker_texts(talk) == (name, post)
    assert "問い合わせ先" in front_texts(talk)  # the signed notice's contact block is its foot
    # the text over 記 is the notice's body, an unheaded section before the items (helper news69)
    assert [s.title.text for s in talk.sections] == ["", "日時", "場所"]


def test_a_phrase_after_a_post_is_no_gapped_name68():
    # the words after the post go on as a clause: no name, however name-shaped their halves
    talk = run_text(NOTICE.format(sender="総務課長　説\ufffd会 のお知らせ")).talks[0]
    assert speaker_texts(talk)[0] is None
