"""Helper deck52 (issue 16): four kinds of fault in slide decks, each tested on made-up dumps, Japanese and English,
their correct results written down before the change.

1. A Japanese slide title closing on the defining ``とは`` after a verb's noun (``見守りとは``, ``学び直しとは``) or a
   Latin acronym (``SDGsとは``) is a title, as one after a noun is (``連携とは``); a verb that governs a word or a
   verb's other forms (``住民を見守りとは``, ``見守るとは``) stay a sentence broken off.
2. A deck whose slides hold whole sentences (each line closing on ``。`` or ``.``) under a short title, numbered by
   page-number lines, or set apart by blank lines with a running footer, is a deck, not a paper.
3. A calendar, a schedule or a list set apart by blank lines is no deck: blank-line boxes need slide evidence
   besides their shape (a speaker on the cover, a running footer, bullets, a closing thanks, bilingual titles).
4. A section whose numbered heading opens on a year (``2. 2023年度の取組と実績``) is a section, and the slide naming
   that year links to it.
"""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk as _talk, slides_of as _slides, text_of as _t


def _titles(talk):
    return [title for _, title, _ in _slides(talk)]


# --- 1. とは after a verb's noun -------------------------------------------------------------------------------

DECK_TOWA = """地域の見守り活動
みどり市 福祉課 山田 太郎

見守りとは
・高齢者の暮らしを地域で支える
・声かけと安否確認

連携とは
・民生委員と自治会の協力
・事業者との協定

支援とは
・買い物の手助け
・通院の付き添い

ご清聴ありがとうございました
"""

DECK_TOWA_NUMBERED = """子育て支援の新しい形
あおば町 子育て支援課 佐藤 花子
1
見守りとは
・遊びの中で育つ力
・親子で参加する講座
2
つながりづくりとは
・災害時の預かり体制
・非常用品の準備
3
取り組みの成果
・参加家庭が二倍に増加
・相談件数も増えた
4
"""


@pytest.mark.parametrize("first, second", [("見守りとは", "連携とは"), ("SDGsとは", "連携とは"),
                                           ("見守りとは", "学び直しとは")])
def test_a_slide_titled_by_a_verbs_noun_and_towa_keeps_its_title_deck52(first, second):
    deck = DECK_TOWA.replace("見守りとは\n", first + "\n").replace("連携とは\n", second + "\n")
    talk, _ = _talk(deck)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (None, first, ["・高齢者の暮らしを地域で支える", "・声かけと安否確認"]),
        (None, second, ["・民生委員と自治会の協力", "・事業者との協定"]),
        (None, "支援とは", ["・買い物の手助け", "・通院の付き添い"]),
        (None, "ご清聴ありがとうございました", []),
    ]


def test_a_numbered_deck_s_towa_titles_deck52():
    talk, _ = _talk(DECK_TOWA_NUMBERED)
    assert _slides(talk)[1:] == [
        (2, "見守りとは", ["・遊びの中で育つ力", "・親子で参加する講座"]),
        (3, "つながりづくりとは", ["・災害時の預かり体制", "・非常用品の準備"]),
        (4, "取り組みの成果", ["・参加家庭が二倍に増加", "・相談件数も増えた"]),
    ]


def test_sentence_fragments_ending_in_towa_are_no_titles_deck52():
    from pipeline.segment.slidetext import is_title_phrase_ja

    assert [is_title_phrase_ja(s) for s in ("住民を見守りとは", "見守るとは", "点検したとは", "支援が必要だとは",
                                            "思わなかったとは", "これとは", "とは")] == [False] * 7
    assert [is_title_phrase_ja(s) for s in ("見守りとは", "まちの見守りとは", "DXとは", "協働とは")] == [True] * 4


# --- 4. a heading opening on a year, and the slide that names it --------------------------------------------------

PAPER_YEARS = """みどり市

地域の見守り活動の展開

みどり市福祉課長 山田 太郎

1. はじめに
みどり市では高齢者の一人暮らしが増えている。地域で見守る仕組みが求められている。

2. 2023年度の取組と実績
2023年度は見守り協定を市内の事業者と結んだ。協定を結んだ事業者は42社となった。

3. 2024年度の計画
2024年度は学生ボランティアを募り、見守りの担い手を広げる。2023年度の実績を踏まえて進める。

4. まとめ
行政と住民と事業者が連携して高齢者の暮らしを支える。

Midori City
Community Watch for Older Residents

Background
More older people live alone
1
Results in 2023
Agreements with 42 businesses
2
Plans for 2024
Student volunteers
3
"""

SECTION_TITLES = ["はじめに", "2023年度の取組と実績", "2024年度の計画", "まとめ"]


@pytest.mark.parametrize("style", ["1. ", "１．", "（1）", "第1章 "])
def test_a_heading_opening_on_a_year_is_a_section_deck52(style):
    text = PAPER_YEARS
    for n in "1234":
        text = text.replace(f"\n{n}. ", "\n" + style.replace("1", n).replace("１", "１２３４"[int(n) - 1]))
    talk, _ = _talk(text)
    assert [_t(s.title) for s in talk.sections] == SECTION_TITLES


def test_a_numbered_sentence_opening_on_a_year_stays_a_paragraph_deck52():
    talk, _ = _talk(PAPER_YEARS.replace("2. 2023年度の取組と実績\n", "2. 2023年度は協定を42社と結んだ。\n"))
    assert [_t(s.title) for s in talk.sections] == ["はじめに", "2024年度の計画", "まとめ"]


def _links(text):
    """The section links of the slides of a made-up talk, through the talk JSON's fields the linker reads."""
    from pipeline.structure import link, tokenize_en, tokenize_ja

    def ja(s):
        return [t.to_json() for t in tokenize_ja.tokenize(s)]

    talk, _ = _talk(text)
    talk_json = {
        "city": {"ja": "みどり市", "en": "Midori"},
        "title": {"ja": _t(talk.title.ja), "en": _t(talk.title.en)},
        "subtitle": {"ja": None, "en": None},
        "paper": {"sections": [{"number": s.number, "title": _t(s.title), "title_tokens": ja(_t(s.title)),
                                "paragraphs": [{"text": p.text, "tokens": ja(p.text)} for p in s.paragraphs]}
                               for s in talk.sections]},
        "slides": [{"number": n, "title": title, "lines": lines,
                    "title_tokens": [x.to_json() for x in tokenize_en.analyse(title)[0]] if title else None}
                   for n, title, lines in _slides(talk)],
    }
    return link.link_slides(talk_json)


def test_a_slide_naming_a_sections_year_links_to_it_deck52():
    got = [(found or {}).get("number") for found in _links(PAPER_YEARS)]
    assert got == [None, None, "2", "3"]  # the cover; Background shares nothing with はじめに


def test_a_slide_sharing_only_a_year_every_section_names_stays_unlinked_deck52():
    text = PAPER_YEARS.replace("行政と住民と", "2023年度から行政と住民と").replace("みどり市では", "2023年度、みどり市では") \
        .replace("Agreements with 42 businesses", "Photographs of the town")
    got = [(found or {}).get("number") for found in _links(text)]
    assert got[2] is None


# --- 2. slides of whole sentences ----------------------------------------------------------------------------------

SENTENCE_DECK_NUMBERED = """里山の保全と活用
やまびこ村 産業振興課 小林 誠
1
村の里山
村の面積の八割が里山です。
手入れされない林が増えています。
2
これまでの課題
所有者の高齢化が進んでいます。
担い手が不足しています。
3
新しい取り組み
村民と企業が一緒に間伐を行います。
切った木は薪として販売します。
4
まとめ
里山は村の大切な財産です。
村民とともに守っていきます。
5
"""

SENTENCE_DECK_DASHED = """駅前広場の再整備
はなみず市 都市計画課 中村 由美

- 1 -

整備の背景
駅前広場は開設から四十年が経ちました。
歩道が狭く、バスの乗り場も分かりにくい状態です。

- 2 -

市民の意見
アンケートには八百人が回答しました。
多くの人が待合の屋根を求めています。

- 3 -

整備の方針
歩行者を優先した広場にします。
バスとタクシーの乗り場をまとめます。

- 4 -
"""

SENTENCE_DECK_EN = """Reviving the Harbour Market
Port Shiokaze Tourism Office, Hanako Sato
1/4
Background
The harbour market opened in 1975.
Visitor numbers have fallen for ten years.
2/4
What We Did
We moved the market to weekend mornings.
Local fishers now sell directly to visitors.
3/4
Results
Visitors doubled in the first year.
Young families now come every weekend.
4/4
"""

SENTENCE_DECK_FOOTER = """図書館の新しいサービス
さくら市立図書館 館長 伊藤 恵子

サービスの概要
電子書籍の貸出を始めました。
自宅から二十四時間借りられます。
さくら市立図書館

利用の状況
登録者は半年で三千人を超えました。
若い世代の利用が増えています。
さくら市立図書館

今後の展開
学校への貸出も始めます。
高齢者向けの講習会を開きます。
さくら市立図書館

ご清聴ありがとうございました
"""


def test_a_numbered_deck_of_whole_sentences_is_a_deck_deck52():
    talk, ledger = _talk(SENTENCE_DECK_NUMBERED)
    assert talk.shape == "deck"
    assert _slides(talk) == [
        (1, "里山の保全と活用", ["やまびこ村 産業振興課 小林 誠"]),
        (2, "村の里山", ["村の面積の八割が里山です。", "手入れされない林が増えています。"]),
        (3, "これまでの課題", ["所有者の高齢化が進んでいます。", "担い手が不足しています。"]),
        (4, "新しい取り組み", ["村民と企業が一緒に間伐を行います。", "切った木は薪として販売します。"]),
        (5, "まとめ", ["里山は村の大切な財産です。", "村民とともに守っていきます。"]),
    ]


def test_a_dashed_numbered_deck_of_whole_sentences_is_a_deck_deck52():
    talk, _ = _talk(SENTENCE_DECK_DASHED)
    assert talk.shape == "deck"
    assert _titles(talk) == ["駅前広場の再整備", "整備の背景", "市民の意見", "整備の方針"]
    assert _slides(talk)[1][2] == ["駅前広場は開設から四十年が経ちました。", "歩道が狭く、バスの乗り場も分かりにくい状態です。"]


def test_an_english_deck_of_whole_sentences_is_a_deck_deck52():
    talk, _ = _talk(SENTENCE_DECK_EN)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (2, "Background", ["The harbour market opened in 1975.", "Visitor numbers have fallen for ten years."]),
        (3, "What We Did", ["We moved the market to weekend mornings.", "Local fishers now sell directly to visitors."]),
        (4, "Results", ["Visitors doubled in the first year.", "Young families now come every weekend."]),
    ]


def test_a_blank_line_deck_of_whole_sentences_with_a_footer_is_a_deck_deck52():
    from tests.segmenting import furniture_of

    talk, ledger = _talk(SENTENCE_DECK_FOOTER)
    assert talk.shape == "deck"
    assert _slides(talk)[1:] == [
        (None, "サービスの概要", ["電子書籍の貸出を始めました。", "自宅から二十四時間借りられます。"]),
        (None, "利用の状況", ["登録者は半年で三千人を超えました。", "若い世代の利用が増えています。"]),
        (None, "今後の展開", ["学校への貸出も始めます。", "高齢者向けの講習会を開きます。"]),
        (None, "ご清聴ありがとうございました", []),
    ]
    assert furniture_of(ledger) == [("running-footer", "さくら市立図書館")] * 3


PAPER_FOLIOS = """商店街の空き店舗対策に関する研究
すずらん大学 経済学部 伊藤 直樹
はじめに
地方都市の商店街では空き店舗が増えている。本研究はその要因と対策を調べる。三つの商店街で店主に
聞き取りを行い、あわせて通行量を一年間記録した。後継者がいないことが最大の要因であった。家賃の
高さを挙げる店主も多かった。空き店舗の活用には所有者の協力が欠かせない。
― 1 ―
調査の方法
三つの商店街で店主に聞き取りを行った。対象は合わせて六十店である。聞き取りは半年をかけて行い、
店主の年齢、後継者の有無、家賃の水準を尋ねた。あわせて通行量を平日と休日に分けて記録した。
― 2 ―
"""


def test_a_paper_with_folios_whose_pages_are_prose_stays_a_paper_deck52():
    talk, _ = _talk(PAPER_FOLIOS)
    assert talk.shape == "paper" and talk.slides == ()


PAPER_HEADED = """里山の保全に関する調査
やまびこ大学 農学部 小林 誠

村の里山
村の面積の八割が里山である。
手入れされない林が増えている。

これまでの課題
所有者の高齢化が進んでいる。
担い手が不足している。

考察
村民と企業の協力が欠かせない。
行政は仲介の役割を担うべきである。
"""

NOTICE = """みどり町 お知らせ

防災訓練
九月一日に全町で訓練を行います。
雨天の場合は中止します。

健康診断
十月に公民館で健康診断を行います。
申し込みは保健センターまでお願いします。

図書館
新しい絵本が入りました。
ぜひ親子でご来館ください。
"""


@pytest.mark.parametrize("text", [PAPER_HEADED, NOTICE], ids=["paper", "notice"])
def test_headed_paragraphs_of_sentences_without_slide_furniture_stay_prose_deck52(text):
    talk, _ = _talk(text)
    assert talk.slides == () and talk.shape != "deck"


# --- 3. a calendar, a schedule, a list: no deck ------------------------------------------------------------------

CALENDAR_ROWS = """令和6年度 年間行事予定
ひばり小学校

4月　始業式
4月　入学式
4月　家庭訪問

5月　運動会
5月　避難訓練

6月　プール開き
6月　授業参観

7月　終業式
7月　夏休み
"""

CALENDAR_MONTHS = """年間行事予定

4月
始業式
入学式
身体測定

5月
運動会
遠足

6月
プール開き
授業参観

7月
個人面談
終業式
"""

CALENDAR_EN = """School Calendar 2024-25
Riverside Primary School

September
First day of term
Parents' evening

October
Harvest festival
Half-term break

November
School photographs
Book fair

December
Winter concert
Last day of term
"""

COLLECTION_DAYS = """ごみ収集日程表
あさひ市 環境課

燃えるごみ
月曜日
木曜日

燃えないごみ
第2水曜日
第4水曜日

資源ごみ
第1金曜日
第3金曜日

粗大ごみ
申込制
電話で予約
"""

RUNNING_ORDER = """夏祭り 当日の流れ

受付
9時 会場設営
10時 受付開始

午前の部
10時半 開会式
11時 子ども神輿

午後の部
13時 盆踊り
15時 抽選会

片付け
16時 閉会
16時半 撤収
"""


@pytest.mark.parametrize("text, kept", [
    (CALENDAR_ROWS, ["4月\u3000始業式", "7月\u3000夏休み"]), (CALENDAR_MONTHS, ["4月", "7月", "終業式"]),
    (CALENDAR_EN, ["September", "Last day of term"]), (COLLECTION_DAYS, ["燃えるごみ", "申込制"]),
    (RUNNING_ORDER, ["9時 会場設営", "16時半 撤収"])])
def test_a_calendar_schedule_or_list_set_apart_by_blank_lines_is_no_deck_deck52(text, kept):
    from tests.segmenting import paragraph_texts

    talk, ledger = _talk(text)
    assert talk.shape != "deck" and talk.slides == ()
    assert [r for r in ledger if r.rule == "page_furniture"] == []  # no month read as a running head
    words = " ".join([p.text for p in talk.front] + paragraph_texts(talk) + [_t(s.title) or "" for s in talk.sections]
                     + [_t(talk.title.ja) or "", _t(talk.title.en) or "", _t(talk.speaker.text) or ""])
    assert all(k in words for k in kept)


@pytest.mark.parametrize("text, title", [(CALENDAR_EN, "School Calendar 2024-25"), (RUNNING_ORDER, "夏祭り 当日の流れ")])
def test_a_calendar_s_title_is_its_first_line_deck52(text, title):
    """Known miss of helper deck52, settled by helper title53: a month, a date or a time's row is no title, a
    calendar issued by a school no organisation, a programme's part (``午前の部``) no department."""
    talk, _ = _talk(text)
    assert title in (_t(talk.title.ja), _t(talk.title.en))


def test_a_deck_whose_slides_list_a_schedule_keeps_its_slides_deck52():
    """A deck with a speaker on its cover and one schedule slide among its slides stays a deck."""
    deck = """新庁舎の建設
みどり市 総務課 山田 太郎

建設の背景
・庁舎の老朽化
・耐震性の不足

新庁舎の特徴
・窓口を一階に集約
・防災拠点の機能

今後の予定
4月 設計の完了
9月 工事の開始

ご清聴ありがとうございました
"""
    talk, _ = _talk(deck)
    assert talk.shape == "deck"
    assert _titles(talk) == ["新庁舎の建設", "建設の背景", "新庁舎の特徴", "今後の予定", "ご清聴ありがとうございました"]


def test_a_numbered_item_opening_on_a_count_stays_an_item_deck52():
    """The corpus run's luatexja-ruby: ``1. 1回目の実行では，…`` is a list's item, a sentence, no heading."""
    from pipeline.numbering import Style, match_template, template

    assert match_template("1. 1回目の実行では，行分割前に「", template((1, 0, 0), Style())) is None
    assert match_template("1. 3つの課題", template((1, 0, 0), Style())) is not None
