"""Issue 16 (helper jadeck51): a Japanese or Japanese–English deck dumped with blank lines between its slides, and no
page numbers or form feeds, gives its slides, as an English one does (tests/test_segment_slides51.py); and a deck
whose slides hold a blank line between the title and its lines gives them too.

Evidence, none of it the sample's layout: after the cover, boxes set apart by blank lines, each a short Japanese
title phrase (no 。, not broken off after a particle, :func:`~pipeline.segment.slidetext.is_title_phrase_ja`) or a
bilingual title (``町の概要 / About the Town``) over a few short lines that are no sentences; where each slide holds a
blank line after its title, the title stands alone in its box and the next box holds the slide's lines, and every
slide of the deck shows that shape. Negative cases: a Japanese paper's paragraphs set apart by blank lines (with a
short heading over each), a newsletter's short headed paragraphs, minutes, an address list and an FAQ stay prose.
Every input is made up; the expected results were written before the change.
"""

from __future__ import annotations

import pytest

from tests.segmenting import furniture_of as _furniture, only_talk as _talk, paragraph_texts as _paragraph_texts, \
    segment_text as _segment, slides_of as _slides, text_of as _t


# --- positive cases: decks ---

JA_DECK = """みどり川の水辺再生
みどり市 企画課 山田 太郎

背景
・川沿いの遊歩道が老朽化
・利用者が年々減少

取り組み
・市民ワークショップを開催
・清掃活動を毎月実施

成果
・利用者が二倍に増加
・生き物の種類が増えた

ご清聴ありがとうございました
"""

BI_DECK = """港町の観光振興 / Tourism in a Port Town
しおかぜ市 観光課 佐藤 花子

町の概要 / About the Town
人口 約5万人
漁業と観光が主な産業

課題 / Challenges
観光客の減少
宿泊施設の不足

今後の方針 / Next Steps
港の朝市を通年開催
民泊の受け入れ体制づくり
"""

JA_DECK_FOOTER = """学校給食の地産地消
ひばり町 教育委員会 田中 恵子

給食の現状
地元産の野菜は全体の二割
調達先は市場が中心
ひばり町教育委員会

生産者との連携
農協と年間の作付けを調整
規格外の野菜も活用
ひばり町教育委員会

食育の取り組み
生産者が学校を訪問
収穫体験を毎年実施
ひばり町教育委員会

今後の目標
地元産の割合を四割へ
献立に郷土料理を追加
ひばり町教育委員会
"""

JA_DECK_GAPPED = """地域公共交通の再編
あおば市 都市交通課 鈴木 一郎

現状

・路線バスの利用者が減少
・運転手が不足

課題

・高齢者の移動手段の確保
・運行経費の増加

対策

・デマンド交通の導入
・路線の統合
"""

BI_DECK_GAPPED_FOOTER = """空き家の活用 / Using Empty Houses
かもめ市 住宅課 高橋 次郎

空き家の現状 / Empty Houses Today

市内に約800戸
半数が中心部に集中
かもめ市住宅課

活用の事例 / Cases

移住者向けの住宅
地域の交流拠点
かもめ市住宅課

支援制度 / Support

改修費の補助
空き家バンクへの登録
かもめ市住宅課
"""

JA_DECK_SEVEN = """森林環境譲与税の使い道
やまびこ村 産業振興課 小林 誠

村の森林
村の面積の九割が森林
人工林の多くが伐期を迎える

これまでの課題
所有者が分からない森林
林業の担い手不足

譲与税の概要
二〇一九年度から配分
間伐や人材育成に充当

間伐の推進
村が所有者に意向を調査
境界の明確化を支援

担い手の育成
林業体験の受け入れ
新規就業者への家賃補助

木材の利用
公共施設に村産材を使用
木のおもちゃを新生児へ

まとめ
森林の公益的機能を守る
村民とともに進める
"""

BI_DECK_TITLE_OVER_ENGLISH_GAPPED = """港町の観光振興
Tourism in a Port Town
しおかぜ市 観光課 佐藤 花子

町の概要
About the Town

人口 約5万人
漁業と観光が主な産業

課題
Challenges

観光客の減少
宿泊施設の不足

今後の方針
Next Steps

港の朝市を通年開催
民泊の受け入れ体制づくり
"""


def test_a_japanese_deck_alone_set_apart_by_blank_lines_jadeck51():
    talk, _ = _talk(JA_DECK)
    assert talk.shape == "deck"
    assert _t(talk.title.ja) == "みどり川の水辺再生"
    assert _t(talk.speaker.text) == "みどり市 企画課 山田 太郎"
    assert [(n, title, lines) for n, title, lines in _slides(talk)[1:]] == [
        (None, "背景", ["・川沿いの遊歩道が老朽化", "・利用者が年々減少"]),
        (None, "取り組み", ["・市民ワークショップを開催", "・清掃活動を毎月実施"]),
        (None, "成果", ["・利用者が二倍に増加", "・生き物の種類が増えた"]),
        (None, "ご清聴ありがとうございました", []),
    ]


def test_a_slide_titled_what_x_is_keeps_its_title_51():
    """Trial 51b: a slide titled ``子ども食堂とは`` ("what a children's cafeteria is"), a heading's own form closing on
    the particles と and は, had its title read as the slide's first line, the slide untitled."""
    deck = JA_DECK.replace("背景\n", "防災訓練とは\n").replace("取り組み\n", "地域の防災とは\n")
    talk, _ = _talk(deck)
    assert [title for _, title, _ in _slides(talk)[1:]] == [
        "防災訓練とは", "地域の防災とは", "成果", "ご清聴ありがとうございました"]


def test_a_bilingual_deck_alone_set_apart_by_blank_lines_jadeck51():
    talk, _ = _talk(BI_DECK)
    assert talk.shape == "deck"
    assert (_t(talk.title.ja), _t(talk.title.en)) == ("港町の観光振興", "Tourism in a Port Town")
    assert _slides(talk)[1:] == [
        (None, "町の概要 / About the Town", ["人口 約5万人", "漁業と観光が主な産業"]),
        (None, "課題 / Challenges", ["観光客の減少", "宿泊施設の不足"]),
        (None, "今後の方針 / Next Steps", ["港の朝市を通年開催", "民泊の受け入れ体制づくり"]),
    ]


def test_a_japanese_deck_with_a_footer_on_each_slide_jadeck51():
    talk, ledger = _talk(JA_DECK_FOOTER)
    assert talk.shape == "deck"
    assert _t(talk.title.ja) == "学校給食の地産地消"
    assert _slides(talk)[1:] == [
        (None, "給食の現状", ["地元産の野菜は全体の二割", "調達先は市場が中心"]),
        (None, "生産者との連携", ["農協と年間の作付けを調整", "規格外の野菜も活用"]),
        (None, "食育の取り組み", ["生産者が学校を訪問", "収穫体験を毎年実施"]),
        (None, "今後の目標", ["地元産の割合を四割へ", "献立に郷土料理を追加"]),
    ]
    assert _furniture(ledger) == [("running-footer", "ひばり町教育委員会")] * 4


def test_a_japanese_deck_with_a_blank_line_inside_each_slide_jadeck51():
    talk, _ = _talk(JA_DECK_GAPPED)
    assert talk.shape == "deck"
    assert _t(talk.title.ja) == "地域公共交通の再編"
    assert _slides(talk)[1:] == [
        (None, "現状", ["・路線バスの利用者が減少", "・運転手が不足"]),
        (None, "課題", ["・高齢者の移動手段の確保", "・運行経費の増加"]),
        (None, "対策", ["・デマンド交通の導入", "・路線の統合"]),
    ]


def test_a_bilingual_deck_with_a_blank_line_inside_each_slide_and_a_footer_jadeck51():
    talk, ledger = _talk(BI_DECK_GAPPED_FOOTER)
    assert talk.shape == "deck"
    assert (_t(talk.title.ja), _t(talk.title.en)) == ("空き家の活用", "Using Empty Houses")
    assert _slides(talk)[1:] == [
        (None, "空き家の現状 / Empty Houses Today", ["市内に約800戸", "半数が中心部に集中"]),
        (None, "活用の事例 / Cases", ["移住者向けの住宅", "地域の交流拠点"]),
        (None, "支援制度 / Support", ["改修費の補助", "空き家バンクへの登録"]),
    ]
    assert _furniture(ledger) == [("running-footer", "かもめ市住宅課")] * 3


def test_a_japanese_deck_of_seven_slides_jadeck51():
    talk, _ = _talk(JA_DECK_SEVEN)
    assert talk.shape == "deck"
    got = _slides(talk)
    assert [title for _, title, _ in got] == ["森林環境譲与税の使い道", "村の森林", "これまでの課題", "譲与税の概要",
                                              "間伐の推進", "担い手の育成", "木材の利用", "まとめ"]
    assert got[4] == (None, "間伐の推進", ["村が所有者に意向を調査", "境界の明確化を支援"])
    assert all(number is None for number, _, _ in got[1:])


def test_a_japanese_title_over_its_english_alone_in_its_box_heads_the_box_under_it_jadeck51():
    talk, _ = _talk(BI_DECK_TITLE_OVER_ENGLISH_GAPPED)
    assert talk.shape == "deck"
    assert (_t(talk.title.ja), _t(talk.title.en)) == ("港町の観光振興", "Tourism in a Port Town")
    assert _slides(talk)[1:] == [
        (None, "町の概要 / About the Town", ["人口 約5万人", "漁業と観光が主な産業"]),
        (None, "課題 / Challenges", ["観光客の減少", "宿泊施設の不足"]),
        (None, "今後の方針 / Next Steps", ["港の朝市を通年開催", "民泊の受け入れ体制づくり"]),
    ]


# --- negative cases: Japanese prose set apart by blank lines stays prose ---

JA_PAPER = """商店街の空き店舗対策に関する研究
すずらん大学 経済学部 伊藤 直樹

はじめに
地方都市の商店街では空き店舗が増えている。
本研究はその要因と対策を調べる。

調査の方法
三つの商店街で店主に聞き取りを行った。
あわせて通行量を一年間記録した。

結果
後継者がいないことが最大の要因であった。
家賃の高さを挙げる店主も多かった。

考察
空き店舗の活用には所有者の協力が欠かせない。
行政は仲介の役割を担うべきである。
"""

JA_NEWSLETTER = """ひまわり町 広報 十月号

秋の清掃活動
十月十五日に町内一斉清掃を行います。
軍手とごみ袋は自治会で用意します。

健康診断のお知らせ
十一月に公民館で健康診断を行います。
申し込みは保健センターまでお願いします。

図書館だより
新しい絵本が五十冊入りました。
ぜひ親子でご来館ください。
"""

JA_MINUTES = """第3回 まちづくり委員会 会議録

日時 令和6年5月10日 午後2時
場所 市役所 第一会議室

議題1 公園の整備について
委員長：本日は公園の整備計画を議論します。
事務局：資料1のとおり三か所を予定しています。

議題2 予算について
委員：予算の内訳を示してください。
事務局：次回までに用意します。
"""

JA_ADDRESSES = """市内の相談窓口

市役所 福祉課
〒123-4567 あさひ市本町1-2-3
電話 0123-45-6789

北部支所 市民窓口
〒123-4568 あさひ市北町5-6
電話 0123-45-6790

南部支所 市民窓口
〒123-4569 あさひ市南町7-8
電話 0123-45-6791
"""

JA_FAQ = """ごみの出し方 よくある質問

燃えるごみの日
月曜日と木曜日の朝八時までに出してください。
祝日も収集します。

粗大ごみの出し方
事前に電話で申し込んでください。
収集は有料です。

資源ごみの分け方
瓶と缶は別の袋に入れてください。
ペットボトルはキャップを外してください。
"""

JA_README = """jafoo パッケージ

概要

このパッケージは縦書きの見出しを組むためのものです。

インストール

$ tlmgr install jafoo
$ mktexlsr

使い方

\\usepackage{jafoo}
\\jafoo{見出し}

ライセンス

MIT ライセンスです。
"""

JA_PAPER_WRAPPED = """商店街の空き店舗対策
すずらん大学 伊藤 直樹

はじめに

地方都市の商店街では空き店舗
が増えており対策が求められて
いる。本研究はその要因を探る。

調査の方法

三つの商店街で店主に聞き取り
を行い通行量を一年間記録した
。あわせて家賃の水準も調べた。

結果

後継者の不在が最大の要因であ
り家賃の高さを挙げる店主も多
かった。
"""


def test_a_japanese_paper_s_headed_paragraphs_are_no_slides_jadeck51():
    talk, ledger = _talk(JA_PAPER)
    assert talk.slides == () and talk.shape == "paper"
    assert [_t(s.title) for s in talk.sections] == ["はじめに", "調査の方法", "結果", "考察"]
    assert _furniture(ledger) == []


@pytest.mark.parametrize("text", [JA_NEWSLETTER, JA_MINUTES, JA_ADDRESSES, JA_FAQ, JA_README, JA_PAPER_WRAPPED],
                         ids=["newsletter", "minutes", "addresses", "faq", "readme", "paper-headings-set-apart"])
def test_japanese_prose_set_apart_by_blank_lines_is_no_deck_jadeck51(text):
    talk, ledger = _talk(text)
    assert talk.slides == () and talk.shape != "deck"
    assert _furniture(ledger) == []
