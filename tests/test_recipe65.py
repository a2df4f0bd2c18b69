"""Issue 16 (session 65), fresh-user trial 65b: a list given one item a line with its quantity.

A recipe's ``材料`` over ``かぼちゃ　1／4個（約400g）`` / ``だし汁　200ml`` / … (a name, an ideographic space, its
quantity), a kit's ``必要なもの`` over its parts, ``Ingredients`` / ``You will need`` over ``2 cups flour`` lines: the
items are records a short phrase heads (``sections.quantity_item``, ``sections.quantity_list``, ``sections._by_shape``),
where the document heads another block by its shape too. The phrase had stayed ``front`` with the items as its
paragraphs. A table's rows with no phrase over them, a short line inside prose, a notice's ``記`` over its fields stay
as they were; the recipe's title with its serving count stays the title.
"""

from __future__ import annotations

import pytest

from segmenting import segment_text, text_of


def _talk(text: str):
    (talk,) = segment_text(text).talks
    return talk


def _sections(text: str) -> list[tuple[str, list[str]]]:
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in _talk(text).sections]


TRIAL_65B = ("かぼちゃの煮物（４人分）\n\n材料\nかぼちゃ　１／４個（約４００ｇ）\nだし汁　２００ｍｌ\n砂糖　大さじ１と１／２\n"
             "しょうゆ　大さじ１\nみりん　大さじ１\n\n作り方\n１．かぼちゃは種とわたを取り、３センチ角に切る。皮はところどころむいておくと味がしみ\n"
             "やすい。\n２．鍋にかぼちゃを皮を下にして並べ、だし汁と砂糖を入れて中火にかける。\n"
             "３．煮立ったら落としぶたをして弱火で１０分煮る。\n\nポイント\n煮崩れを防ぐため、煮ている間はかき混ぜないこと。\n")

LISTS = [
    # fresh-user trial 65b's recipe: full-width digits, a name and an ideographic space before each quantity
    (TRIAL_65B, "材料", ["かぼちゃ　1／4個（約400g）", "だし汁　200ml", "砂糖　大さじ1と1／2", "しょうゆ　大さじ1", "みりん　大さじ1"],
     ["材料", "作り方", "ポイント"]),
    # ASCII digits, a quantity in words among them
    ("肉じゃが（2人分）\n\n材料\nじゃがいも　2個\n牛肉　150g\n塩　少々\n\n作り方\n1．じゃがいもは皮をむいて一口大に切る。\n"
     "2．鍋で牛肉を炒め、じゃがいもを加えて15分煮る。\n", "材料", ["じゃがいも　2個", "牛肉　150g", "塩　少々"],
     ["材料", "作り方"]),
    # a kit's parts
    ("本棚の組み立て\n\n必要なもの\nプラスドライバー　１本\n木ねじ（長）　８本\n棚板　３枚\n\n組み立て手順\n"
     "１．側板に棚板を合わせ、長い木ねじで仮止めする。\n２．すべての棚板を仮止めしたら、ねじを本締めする。\n",
     "必要なもの", ["プラスドライバー　1本", "木ねじ（長）　8本", "棚板　3枚"], ["必要なもの", "組み立て手順"]),
    # English, the quantity first
    ("Simple Soda Bread\n\nIngredients\n2 cups flour\n1 tsp baking soda\n1 1/2 cups buttermilk\n\nMethod\n"
     "Mix the dry ingredients in a large bowl, then pour in the buttermilk and stir until a soft dough forms.\n\n"
     "Tips\nDo not knead the dough too much, or the bread will be tough.\n",
     "Ingredients", ["2 cups flour", "1 tsp baking soda", "1 1/2 cups buttermilk"], ["Ingredients", "Method", "Tips"]),
    # an item with no quantity under two with theirs
    ("Pop-up Birthday Card\n\nYou will need\n2 sheets of coloured card\n1 glue stick\nscissors\n\nWhat to do\n"
     "Fold the first sheet in half and cut two short slits in the middle of the fold.\n",
     "You will need", ["2 sheets of coloured card", "1 glue stick", "scissors"], ["You will need", "What to do"]),
]


@pytest.mark.parametrize("text, heading, items, titles", LISTS)
def test_a_phrase_over_a_list_one_item_a_line_heads_it(text, heading, items, titles):
    sections = _sections(text)
    assert [title for title, _ in sections] == titles
    assert dict(sections)[heading] == items
    assert not [p.text for p in _talk(text).front]


def test_a_recipes_title_with_its_serving_count_stays_the_title():
    assert text_of(_talk(TRIAL_65B).title.ja) == "かぼちゃの煮物（4人分）"


def test_a_table_with_no_phrase_over_it_stays():
    text = ("市の概要\n\n本市の主な統計は次のとおりです。\n人口　１２５，０００人\n面積　８５．３平方キロメートル\n"
            "世帯数　５２，０００世帯\n\nまちづくりの方針\n市は、人口が減る中でも暮らしやすいまちを目指して、公共交通と"
            "中心市街地の再生に取り組んでいます。\n")
    assert [title for title, _ in _sections(text)] == ["まちづくりの方針"]


def test_a_short_line_in_prose_stays():
    text = ("Pond Survey\n\nWe counted the birds at the pond each morning and the totals were\nas follows\n12 ducks\n"
            "3 herons\nand one kingfisher, which we had not seen before on this stretch of water.\n\nNext steps\n"
            "We will count again in the spring and compare the totals with this year's.\n")
    assert [title for title, _ in _sections(text)] == ["Next steps"]


def test_a_notices_items_mark_over_its_fields_heads_nothing():
    text = ("料理教室のお知らせ\n\n市民センターでは、次のとおり料理教室を開きます。\n\n記\n定員　２０名\n費用　５００円\n\n"
            "申し込み方法\n電話で市民センターにお申し込みください。先着順で受け付けます。\n")
    assert "記" not in [title for title, _ in _sections(text)]


@pytest.mark.parametrize("line, item", [
    ("かぼちゃ　1／4個（約400g）", True), ("砂糖　大さじ1と1／2", True), ("サラダ油　適量", True), ("2 cups flour", True),
    ("200g butter", True), ("日時　5月1日（土）", False), ("時間　10:00～12:00", False), ("2 Methods", False),
    ("材料（4人分）", False), ("Population 125000", False), ("本市の人口は　125,000人です。", False),
])
def test_a_list_item_with_its_quantity(line, item):
    from pipeline.segment.sections import quantity_item

    assert quantity_item(line) is item
