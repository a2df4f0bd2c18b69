"""A newsletter's article contact line that fills the measure ends its article at the blank line after it, and the
writer's spaces in it stay (fresh-user trial 63b).

``問い合わせ　健康づくり課　本庁舎 3階　電話 0123-45-6789`` over a blank line and the next article's headline had become one
paragraph (the line filled the hard-wrapped text's measure and ended on no sentence's mark, which reads as a page's
last line running on), and clean had closed up ``本庁舎 3階`` and ``電話 0123-45-679�``.
"""
import pytest

from segment_inputs import segmented_text
from pipeline.clean.spacing import field_label, spaced_unit_words

ARTICLES = [
    ("特定健診のお知らせ", "問い合わせ　健康づくり課　本庁舎 3階　電話 0123-45-6789", "ごみ収集日が変わります"),
    ("図書館の休館日", "問合せ　中央図書館　北館 2階　TEL 098-765-4321", "夏のラジオ体操"),
    ("防災訓練を行います", "お問い合わせ先　危機管理課　第2庁舎 4階　電話 045-111-2222", "市民プールのオープン"),
]
BODY = ("対象は市内に住む方です。詳しい日程は各地区の回覧板でお知\n"
        "らせします。参加を希望する方は事前に申し込んでください。\n"
        "当日は動きやすい服装でお越しください。雨天の場合は中止しま\n"
        "す。")


@pytest.mark.parametrize("first, contact, second", ARTICLES)
def test_a_full_contact_line_ends_its_article_at_the_blank_line(first, contact, second):
    text = f"広報みどり　2026年5月号\n\n{first}\n{BODY}\n{contact}\n\n{second}\n{BODY}\n問い合わせ　総務課\n"
    talk = segmented_text(text).talks[0]
    titles = [s.title.text for s in talk.sections]
    assert titles[:2] == [first, second]
    assert talk.sections[0].paragraphs[-1].text == contact


def test_a_full_line_that_ends_mid_sentence_still_runs_on_over_a_blank_line():
    # a page's last line, the dump's page break shown as a blank line (the rule this leaves alone)
    text = f"広報みどり　2026年5月号\n\n防災訓練を行います\n{BODY}\n当日は市役所本庁舎の一階にある会議室で受付を行いま\n\nす。\n"
    talk = segmented_text(text).talks[0]
    assert any(p.text.endswith("受付を行います。") for s in talk.sections for p in s.paragraphs)


def test_the_writers_spaces_in_a_contact_line_stay():
    assert spaced_unit_words("問い合わせ　健康づくり課　本庁舎 3階　電話 0123") == {16}
    assert field_label("電話 0123-45-679\ufffd") is not None
    # running text closes up as before
    assert spaced_unit_words("会場は本庁舎 3階です。") == set()


@pytest.mark.parametrize("contact", ["問い合わせ 市立図書館 電話 0277-12-3456", "問合せ 市民課 TEL 045-111-2222",
                                     "お問い合わせ 環境課 ごみ対策係 電話 0123-45-6789"])
def test_a_contact_line_parted_by_plain_spaces_heads_nothing(contact):
    # fresh-user trial 63c: each article's contact line had headed a section, the next articles at level 2
    text = (f"みどり市 市報 第215号\n\n■ 図書館の開館時間が変わります\n4月1日から、市立図書館の開館時間を延長します。\n{contact}\n\n"
            f"■ 住民票の交付について\n住民票の写しは市民課の窓口で交付しています。\n問い合わせ 市民課 電話 0277-12-3100\n\n"
            f"■ 春の清掃活動\n5月12日に市内一斉清掃を行います。\n")
    talk = segmented_text(text).talks[0]
    assert [(s.level, s.title.text) for s in talk.sections] == [
        (1, "図書館の開館時間が変わります"), (1, "住民票の交付について"), (1, "春の清掃活動")]
    assert talk.sections[0].paragraphs[-1].text == contact
