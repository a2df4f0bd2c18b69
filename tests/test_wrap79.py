"""Issue 16 point 4 (paragraphs and furniture), helper wrap79, after fresh-user trial 79.

(a) An interview's Q/A turns (``Ｑ　…`` / ``Ａ　…``, ``問　…`` / ``答　…``, ``Q: …`` / ``A: …``) join their wrapped lines
as a transcript's turns do: the answer ``…一日に四百台ほどの製品を、寸法、`` / ``騒音、トルクの三項目で…`` had been parted
under its question, the two turns read as a notice's fields. (b) A box drawn with box-drawing characters and open on
its right (``┌────`` / ``│【プロフィール】`` / ``│…を経て、`` / ``│2021年より…`` / ``└────``) is a frame: its rules and
bars go to the ledger and its lines join as text does (``…を経て、│2021年より…`` before); its rules part it from the
text around it. (c) A running head's first copy that opens the document and is its own number (``大垣市公告第１２号``
atop pages 1 and 2 of a tender notice) is the notice's front line; the later copy stays furniture.
Inputs: ``tests/data/wrap79/`` (the trial's two files, copied from ``/work/regress/in_trial79/``).
"""

from __future__ import annotations

from pathlib import Path

from segmenting import only_talk, only_talk_of

DATA = Path(__file__).parent / "data" / "wrap79"


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _frames(ledger) -> list[str]:
    return [r.text for r in ledger if r.reason == "frame"]


# (a) Q/A turns ---------------------------------------------------------------------------------------------------

def test_trial_answer_under_its_question_joins():
    talk, _ = only_talk_of(DATA / "t79b_shanaiho_interview.txt")
    paras = _paragraphs(talk)
    assert any("寸法、騒音、トルクの三項目で確認しています。" in p for p in paras)
    assert not any(p.startswith("騒音、") for p in paras)
    # the turn whose line ended on a sentence's end at the measure goes on too (its second line was mojibake)
    assert any("イベントにも出ました。走り終わったあとに" in p for p in paras)
    # each question stays its own paragraph
    assert sum(p.startswith("Q\u3000") for p in paras) == 5


def test_mon_to_answer_turns_join():
    talk, _ = only_talk("若手職員に聞く　第３回\n\n"
                        "問　入庁のきっかけを教えてください。\n"
                        "答　大学で地域づくりのゼミに入り、住民の方と一緒にまちの将来を考えたことがきっかけです。その中で、\n"
                        "行政の立場から地域に関わりたいと思うようになりました。\n"
                        "問　仕事のやりがいは何ですか。\n"
                        "答　窓口で「ありがとう」と言っていただけることです。手続きが分かりにくいと感じる方に寄り添い、\n"
                        "丁寧に説明するよう心がけています。\n")
    paras = _paragraphs(talk)
    assert "答　大学で地域づくりのゼミに入り、住民の方と一緒にまちの将来を考えたことがきっかけです。その中で、" \
           "行政の立場から地域に関わりたいと思うようになりました。" in paras
    assert any(p.endswith("寄り添い、丁寧に説明するよう心がけています。") for p in paras)
    assert len(paras) == 4


def test_english_q_a_turns_join():
    talk, _ = only_talk(
        "Meet the Maker: An Interview with Sarah Lund\n\n"
        "Sarah Lund has run the pottery on Mill Lane for twelve years. We asked her about her work and the\n"
        "new kiln the studio opened this spring.\n\n"
        "Q: How did you start working with clay?\n"
        "A: I took an evening class at the community college when I was nineteen, and by the end of the\n"
        "term I knew I wanted to do nothing else. My teacher let me use the studio at weekends.\n"
        "Q: What is the hardest part of the work?\n"
        "A: Firing. You can spend a week on a piece and lose it in an hour if the kiln runs too hot, and\n"
        "there is nothing to do but start again.\n")
    paras = _paragraphs(talk)
    assert "A: Firing. You can spend a week on a piece and lose it in an hour if the kiln runs too hot, and there " \
           "is nothing to do but start again." in paras
    assert not any(p.startswith("there is") for p in paras)


def test_near_miss_notice_fields_stay_lines():
    # a notice's fields (no question answered) stay a line each, as before
    talk, _ = only_talk("健康まつりのお知らせ\n\n"
                        "日時　11月23日（日）午前10時から\n"
                        "会場　市民体育館\n"
                        "内容　健康相談、体力測定、親子体操教室など\n"
                        "参加費は無料です。\n")
    paras = _paragraphs(talk) + [t.text for t in talk.front]
    assert "会場　市民体育館" in paras
    assert "参加費は無料です。" in paras


def test_near_miss_question_without_answer_mark():
    # a question mark with no answer's mark under it: no turns, the lines read as before (a sentence's end parts them)
    talk, _ = only_talk("よくある質問\n\n"
                        "Ｑ　申込みはいつまでですか。\n"
                        "３月３１日までです。郵送の場合は当日消印有効です。\n")
    paras = _paragraphs(talk) + [t.text for t in talk.front]
    assert "３月３１日までです。郵送の場合は当日消印有効です。".translate(str.maketrans("０１２３", "0123")) in paras


# (b) a box drawn open on its right -------------------------------------------------------------------------------

def test_trial_profile_box_is_drawing():
    talk, ledger = only_talk_of(DATA / "t79b_shanaiho_interview.txt")
    paras = _paragraphs(talk)
    assert "静岡県磐田市出身。2017年入社。製造部組立課を経て、2021年より品質保証部検査課。2024年に主任。" in paras
    assert "【プロフィール】" in paras
    assert not any(c in p for p in paras for c in "┌└│")
    frames = _frames(ledger)
    assert frames[0].startswith("┌─") and frames[-1].startswith("└─") and frames.count("│") == 6


BOX_UNDER_TEXT = ("社員紹介　第５回\n\n"
                  "　今回は、物流センターで在庫管理を担当している佐藤さんにお話を伺いました。倉庫の中を\n"
                  "毎日二万歩歩くという佐藤さんの一日を追いかけました。写真は撮影のために準備した棚の前で\n"
                  "┌────────────────────\n"
                  "│【プロフィール】\n"
                  "│佐藤　一郎（さとう　いちろう）\n"
                  "│北海道旭川市出身。２０１５年入社。営業部、総務部を経て、\n"
                  "│２０２２年より物流センター勤務。趣味は登山。\n"
                  "└────────────────────\n"
                  "次回もお楽しみに。\n")


def test_box_rules_part_it_from_the_text_around():
    talk, ledger = only_talk(BOX_UNDER_TEXT)
    paras = _paragraphs(talk)
    assert any(p.endswith("棚の前で") for p in paras)
    assert "北海道旭川市出身。2015年入社。営業部、総務部を経て、2022年より物流センター勤務。趣味は登山。" in paras
    assert "次回もお楽しみに。" in paras
    assert len(_frames(ledger)) == 6


def test_near_miss_box_table_keeps_its_lines():
    # a table drawn with box-drawing characters (inner bars, a row rule) is no frame (vol74's near miss, open form)
    talk, ledger = only_talk("施設の利用状況\n\n"
                             "┌──────┬──────\n"
                             "│ 施設名 │ 利用者数\n"
                             "├──────┼──────\n"
                             "│ 中央館 │ 12,000人\n"
                             "└──────┴──────\n")
    assert _frames(ledger) == []


# (c) a running head that is the document's own number ------------------------------------------------------------

def test_trial_notice_number_first_copy_is_front():
    talk, ledger = only_talk_of(DATA / "t79a_nyusatsu_ogaki.txt")
    assert talk.title.ja.text == "一般競争入札の実施について"
    assert "大垣市公告第12号" in [t.text for t in talk.front]
    heads = [(r.line, r.text) for r in ledger if r.reason == "running-header"]
    assert heads == [(40, "大垣市公告第12号")]


NOTICE = ("港南市告示第４５号\n\n"
          "港南市立図書館の臨時休館について\n\n"
          "　港南市立図書館の設備改修工事に伴い、次のとおり臨時休館する。\n\n"
          "１　休館期間\n"
          "　令和８年２月１日から令和８年２月２８日まで\n"
          "２　対象施設\n"
          "　港南市立中央図書館及び港南市立東分館\n"
          "　　　　　　　　　　　　　　　　　　　－　１　－\n"
          "港南市告示第４５号\n"
          "３　休館中の返却\n"
          "　休館中の資料の返却は、各館の返却ポストを利用すること。ただし、視聴覚資料は休館明けに\n"
          "各館のカウンターへ返却すること。\n"
          "４　問合せ先\n"
          "　港南市教育委員会　生涯学習課　電話０４５－１２３－４５６７\n"
          "　　　　　　　　　　　　　　　　　　　－　２　－\n")


def test_notice_number_variant_first_copy_is_front():
    talk, ledger = only_talk(NOTICE)
    assert talk.title.ja.text == "港南市立図書館の臨時休館について"
    assert "港南市告示第45号" in [t.text for t in talk.front]
    assert [r.line for r in ledger if r.reason == "running-header"] == [12]


def test_near_miss_journal_head_stays_furniture():
    # a periodical's head atop every page, page 1's included, names no one document: furniture there too
    text = ("Journal of Coastal Studies 12 (2024)\n\n"
            "Dune Erosion after the 2023 Storms\n"
            "Maria Jensen, University of Aarhus\n\n"
            "The winter storms of 2023 removed up to four metres of dune front along the western coast. We measured\n"
            "the loss at forty sites and compare it with the records of the previous two decades of surveys.\n"
            "                                        - 1 -\n"
            "Journal of Coastal Studies 12 (2024)\n"
            "The sites with planted marram grass lost a third less sand than the bare ones, and recovered faster\n"
            "in the following spring, when the wind carried sand back onto the dune face.\n"
            "                                        - 2 -\n")
    talk, ledger = only_talk(text)
    assert "Journal of Coastal Studies 12 (2024)" not in [t.text for t in talk.front]
    assert len([r for r in ledger if r.reason == "running-header"]) == 2
