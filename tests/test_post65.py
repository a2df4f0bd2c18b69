"""Issue 16 (session 65), fresh-user trial 64d.

1. A Japanese speaker's post named by the duty it is charged with, glued before ``担当`` or ``担当者``
   (``バンクーバー市国際関係担当 ジョン・スミス``), is a post: the line is the speaker's, the name after it never
   filled; the contact label ``担当：山田`` / ``担当　山田`` stays a contact field (``pipeline.names.CHARGE_POSTS``).
"""

from __future__ import annotations

import pytest

from segmenting import segment_text, text_of

PROCEEDINGS = ("第3回 都市間交流シンポジウム 講演録\n{city}\n{title}\n{title_en}\n{speaker}\n1．はじめに\n{body}\n"
               "2．今後の課題\n外国人観光客の受け入れ体制の整備が課題である。\n{title_en}\n1\n■ Goal\nNext Steps\n2\n■ Visitors\n")


@pytest.mark.parametrize("city, speaker, affiliation, name", [
    ("バンクーバー市", "バンクーバー市国際関係担当 ジョン・スミス", "バンクーバー市国際関係担当", "ジョン・スミス"),  # trial 64d
    ("札幌市", "札幌市経済観光局国際広報担当者 マリア・ロペス", "札幌市経済観光局国際広報担当者", "マリア・ロペス"),
    ("福岡市", "福岡市港湾空港局　国際物流担当　田村 健太", "福岡市港湾空港局　国際物流担当", "田村 健太"),
    ("北見市", "北見市農林水産部森林活用担当 佐藤 美咲", "北見市農林水産部森林活用担当", "佐藤 美咲"),
])
def test_a_post_ending_in_a_duty_charge_names_the_speaker(city, speaker, affiliation, name):
    text = PROCEEDINGS.format(city=city, title="環境首都を目指して", title_en="Toward the Greenest City", speaker=speaker,
                              body=f"{city}は2020年までに環境都市になることを目標とした。")
    (talk,) = segment_text(text).talks
    assert (text_of(talk.speaker.affiliation), text_of(talk.speaker.name)) == (affiliation, name), talk.speaker


def test_a_paper_whose_author_holds_a_charge():
    text = ("地域通訳ボランティアの育成について\n\n横浜市国際局多文化共生担当 グエン・ヴァン・ミン\n\n1．はじめに\n"
            "横浜市には約10万人の外国人市民が暮らしている。\n\n2．育成講座の内容\n育成講座を年2回開催している。\n")
    (talk,) = segment_text(text).talks
    assert text_of(talk.speaker.name) == "グエン・ヴァン・ミン", talk.speaker


@pytest.mark.parametrize("line", ["担当：山田 一郎", "担当 山田 一郎", "市民課　担当 鈴木", "本事業の担当 山田 太郎"])
def test_a_contact_label_is_no_post(line):
    from pipeline.segment.names import speaker_split

    assert speaker_split(line) is None


def test_a_name_after_a_charge_is_never_filled_in_the_talk():
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    text = PROCEEDINGS.format(city="北見市", title="森林資源の循環利用", title_en="Circular Use of Forest Resources",
                              speaker="北見市農林水産部森林活用担当 佐\ufffd 美咲",
                              body="北見市は市域の約7割を森林が占めている。")
    restored = restore(segment(clean(extract(text.encode("utf-8"), name="proc.txt"))))
    (repair,) = [r for t in restored.talks for r in t.repairs]
    assert repair.restored is None and not repair.candidates, repair


@pytest.mark.parametrize("text, abstains", [
    ("北見市農林水産部森林活用担当 佐(cid:90) 美咲", True),
    ("札幌市国際広報担当者 マリア・ロ(cid:91)ス", True),
    ("本事業の担当 (cid:92)部署は市が決める。", False),  # 担当 after a particle: a noun of the sentence
])
def test_plain_text_restore_reads_a_charge_as_a_post(text, abstains):
    from pipeline.restore import restore_text

    (repair,) = restore_text(text)["repairs"]
    assert any(e["kind"] == "abstention" for e in repair["evidence"]) == abstains, repair

