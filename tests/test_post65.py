"""Issue 16 (session 65), fresh-user trial 64d.

1. A Japanese speaker's post named by the duty it is charged with, glued before ``担当`` or ``担当者``
   (``バンクーバー市国際関係担当 ジョン・スミス``), is a post: the line is the speaker's, the name after it never
   filled; the contact label ``担当：山田`` / ``担当　山田`` stays a contact field (``pipeline.names.CHARGE_POSTS``).
2. A recipe's ``材料`` / ``手順`` (``Ingredients`` / ``Directions``), short phrases opening a text dump's blocks over a
   list, head sections (``sections._by_shape``); a label over a short value, a table's row, a list's item stay.
3. A line at the full measure ending in a lost glyph ends its paragraph where the text shows no wrap at its measure
   (trial 64c's mojibake notice, ``…まで�``, its 。 lost); in a wrapped text it is a wrap as before.
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


# --------------------------------------------------------------------------
# 2. A short phrase opening a text dump's block over a list or running text heads it, whatever ended the block
#    before (a list written on one line); over a list written on one line where another block is headed so too.

def _sections(text: str) -> list[tuple[str, int]]:
    (talk,) = segment_text(text).talks
    return [(s.title.text, len(s.paragraphs)) for s in talk.sections]


RECIPES = [
    # fresh-user trial 64d's recipe
    ("肉じゃがの作り方\n\n材料（4人分）\nじゃがいも 4個、牛肉 200g、玉ねぎ 1個、にんじん 1本、しょうゆ 大さじ3、砂糖 大さじ2、みりん 大さじ2\n\n"
     "手順\n1．じゃがいもとにんじんの皮をむき、一口大に切る。\n2．玉ねぎをくし形に切る。\n3．鍋に油を熱し、牛肉を炒める。\n",
     [("材料（4人分）", 1), ("手順", 3)]),
    ("Tomato Soup\n\nIngredients\n6 ripe tomatoes, 1 onion, 2 cloves of garlic, 500 ml vegetable stock, olive oil\n\n"
     "Directions\nChop the onion and the garlic and soften them in the olive oil for five minutes.\n"
     "Add the tomatoes and the stock and simmer for twenty minutes.\n",
     [("Ingredients", 1), ("Directions", 1)]),  # the two sentences one paragraph
    ("非常用持ち出し袋の準備\n\n用意するもの\n飲料水、非常食、懐中電灯、携帯ラジオ、予備の電池\n\n作り方\n"
     "1．家族の人数に合わせて、3日分の飲料水と食料を用意する。\n2．両手が使える袋にまとめる。\n\nポイント\n"
     "食料や電池の使用期限を年に一度は確認してください。\n",
     [("用意するもの", 1), ("作り方", 2), ("ポイント", 1)]),
    ("Flatbread\n\nIngredients\n250 g flour, 150 ml water, 1 tsp salt\n\nMethod\n"
     "1. Mix the flour, water and salt into a soft dough.\n2. Roll into thin rounds and cook in a dry pan.\n",
     [("Ingredients", 1), ("Method", 2)]),
]


@pytest.mark.parametrize("text, expected", RECIPES)
def test_a_recipes_short_headings_over_its_lists_head_sections(text, expected):
    assert _sections(text) == expected


def test_a_label_over_a_short_list_alone_heads_nothing():
    # one phrase over a list on one line, no other block headed so: a label over its value, as before
    text = ("町内清掃のお知らせ\n\n今年も町内清掃を行います。皆さまのご協力をお願いします。\n当日は軍手をご用意ください。\n\n"
            "持ち物\n筆記用具、上履き、水筒\n\n雨天の場合は中止とします。中止の連絡は前日の夕方に回覧でお知らせします。\n")
    assert [title for title, _ in _sections(text)] == [""]


def test_a_dump_whose_every_line_stands_apart_opens_no_block():
    # the sample's wrapped paper: a blank line between every line, so a short line is no block's opening
    text = ("まちの取り組み\n\n本市では、毎年多くの観光客を迎えており、\n\n観光案内所\n\n"
            "の整備を進めてきた。案内所は駅前に二か所あり、多言語で対応している。\n")
    assert "観光案内所" not in [title for title, _ in _sections(text)]


def test_a_short_line_in_a_table_or_a_list_stays_there():
    text = ("Club Membership Fees\n\nThe committee agreed the fees for next year at its meeting in March.\n\n"
            "Category\tFee\nAdult\t£40\nJunior\t£15\n\nMembers who join after October pay half the fee.\n"
            "- Lockers\n- Towels\n- Parking at the front of the club house for members with a permit\n")
    assert [title for title, _ in _sections(text)] == [""]


# --------------------------------------------------------------------------
# 3. A line at the full measure ending in a lost glyph is a wrap only where the text shows wraps at its measure.

def _paragraphs(text: str) -> list[str]:
    (talk,) = segment_text(text).talks
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_trial64c_mojibake_line_ending_in_a_lost_stop_ends_its_paragraph():
    from pathlib import Path

    raw = Path(__file__).parent / "data" / "post65" / "t64c_mojibake.txt"
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    doc = segment(clean(extract(raw.read_bytes(), name=raw.name)))
    texts = [p.text for t in doc.talks for s in t.sections for p in s.paragraphs]
    assert texts[-1] == "会場は中央公民館です。駐車場には限りがあります。", texts
    assert texts[-2].endswith("まで\ufffd"), texts


@pytest.mark.parametrize("lines, lost", [
    (["市民農園の利用者を募集しています。", "農園は市内に三か所あり、一区画は十五平方メートルです\ufffd",
      "利用期間は四月から翌年三月までの一年間となります。", "申込みは市役所の農政課で受け付けています。"], 1),
    (["中央図書館は三月一日から新しい蔵書検索システムを導入します(cid:3)", "新しいシステムでは、スマートフォンからも予約ができます。",
      "利用者カードの番号とパスワードが必要になります。", "詳しくは図書館のカウンターでおたずねください。"], 0),
])
def test_a_lost_glyph_at_the_measure_of_a_text_of_one_sentence_a_line_ends_its_paragraph(lines, lost):
    found = _paragraphs("お知らせ\n\n" + "\n".join(lines) + "\n")
    assert len(found) == len(lines), found
    assert found[lost].startswith(lines[lost][:10]), found  # the first sentence opens the body, no front line


def test_a_lost_glyph_at_the_measure_of_a_wrapped_text_is_a_wrap():
    text = ("まちづくりの取り組み\n\n本市では平成二十年から、市民と行政が協力してまちづくりに取り組んで\n"
            "きた。特に中心市街地の活性化については、商店街の空き店舗を活用した若\n"
            "手事業者の出店支援や、歩行者が安心して歩ける道路の整備などを進めてき\ufffd\n"
            "た。こうした取り組みの結果、中心市街地の歩行者通行量は十年前と比べて\n約二割増加している。\n")
    assert len(_paragraphs(text)) == 1


def test_a_short_first_line_whose_sentence_goes_on_heads_nothing():
    # the paragraph's first line broken short by hand: the line under it opens in lower case, so the phrase goes on
    text = ("Road Works Update\n\nDear residents,\n\nThank you\n"
            "for your patience during the works on Mill Lane, which finished last week.\n")
    assert "Thank you" not in [title for title, _ in _sections(text)]
