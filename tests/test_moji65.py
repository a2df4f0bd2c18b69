"""Fresh-user trial 65c, issue 16: a Shift_JIS notice read as CP1252 loses the lead byte of its last sentence's 。
(``…お申し込みください\ufffd``); the line then ended on no sentence's mark and was read as the office line of the
contact block under it, so the body's last paragraph moved to ``paper.front``. A sentence whose stop was lost
(a polite or written predicate, then the lost glyph) ends a sentence; an office whose last glyph was lost does not."""

import pytest

from pipeline.model import Text
from pipeline.segment.contacts import contact_shaped
from pipeline.segment.sections import contact_block
from segmenting import only_talk, paragraph_texts

GAP = "\ufffd"


def mk(*lines):
    return [Text.inserted(s) for s in lines]


def test_trial_65c_last_sentence_is_no_office_line():
    lines = mk("展示部門では、書道や写真、生け花の作品を募集しています。",
               f"{GAP}品を希望する方は{GAP}10月3日までに文化{GAP}興課へお{GAP}し{GAP}みください{GAP}",
               "問い合わせ　若葉市役所　文化振興課")
    assert 1 not in contact_block(lines)[1]


def moji(s):
    """A line written in Shift_JIS and read as CP1252 (a byte CP1252 leaves undefined read as the lost glyph)."""
    return s.encode("shift_jis").decode("cp1252", errors="replace")


@pytest.mark.parametrize("lines, body_last, front", [
    # trial 65c's shape: the last sentence over a contact heading's line naming the office
    (["令和7年度　市民健康講座のご案内", "", "　市民の皆さまを対象に健康講座を開催します。", "定員は先着50名です。",
      moji("参加を希望する方は、9月20日までに健康推進課へお申し込みください。"), "", "問い合わせ　若葉市役所　健康推進課"],
     "参加を希望する方は", []),
    # other wording, a labelled block (担当 / 電話) under two lost stops
    (["図書館だより", "", "　新しい蔵書検索システムを導入しました。", moji("詳しい使い方は、窓口でご説明します。"),
      moji("ご不明な点は図書館までお問い合わせください。"), "", "担当：さくら市立図書館", "電話：0123-45-6789"],
     "ご不明な点は", ["担当：さくら市立図書館", "電話：0123-45-6789"]),
])
def test_a_sentence_whose_stop_was_lost_stays_the_bodys(lines, body_last, front):
    talk, _ = only_talk("\n".join(lines) + "\n")
    assert any(body_last in p for p in paragraph_texts(talk))
    assert not any(body_last in t.text for t in talk.front)
    assert [t.text for t in talk.front][len(talk.front) - len(front):] == front


def test_polite_past_lost_stop_is_a_sentence():
    assert not contact_shaped(f"当日は天候にも恵まれ{GAP}大変な{GAP}況でした{GAP}")
    assert not contact_shaped(f"来年も同じ時期に開{GAP}する予定です{GAP}")
    # near misses, in the same test: an office, a person, a short label whose last glyph was lost are no sentence
    assert contact_shaped(f"若葉市役{GAP}")
    assert contact_shaped(f"みどり町内会　事務{GAP}")
    assert contact_shaped(f"担当　山田 {GAP}子")



def test_office_with_lost_last_glyph_under_a_lost_stop():
    # the office line whose 所 lost its lead byte stays the block's; the sentence over it, its stop lost, does not
    lines = mk("雨天の場合は中止します。", f"詳しくは危機管理課までお問い合わせください{GAP}", f"若葉市役{GAP}", "電話：0123-45-6789")
    assert contact_block(lines) == (None, [2, 3])
