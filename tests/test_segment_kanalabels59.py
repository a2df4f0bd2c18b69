"""A Japanese report's numbering ladder below and above the solver's digits (fresh-user trial 59): ``ア　…`` /
``イ　…``, ``（ア）…`` / ``(ｲ) …`` and ``①…`` / ``②…`` over their text are subsections (one level under the heading
above, numbered under it: ``ア`` under 1.2 is 1.2.1) or, heading the document, its sections 1, 2, 3; ``第1　…`` /
``第2　…`` (no 章) are the top level, ``1　…`` under them its sections (``1.1``) and ``（1）`` theirs. They had been
paragraphs of the section above (``①`` the front, ``第2　…`` the last paragraph of section 1.2). A list (labels one
under the other), labelled sentences, wrapped items, circled steps and a ``第1 回`` that counts stay text
(``pipeline.segment.kanalabels``; decision in docs/segment.md)."""

from __future__ import annotations

import pytest

from segmenting import only_talk


def _sections(text: str) -> list[tuple[str | None, int, str]]:
    talk, _ = only_talk(text)
    return [(s.number, s.level, s.title.text) for s in talk.sections]


REPORT = """高齢者福祉に関する調査報告書

みどり市健康福祉部

１　調査の概要
（１）調査の方法
ア　調査対象
市内在住の65歳以上の市民2,000人を無作為に抽出した。
イ　調査期間
令和6年7月1日から7月31日まで
（２）調査の結果
ア　外出の頻度
週に1回以上外出する人は82.3％であった。
（ア）外出の目的
買い物が最も多く、次いで通院であった。
（イ）外出の手段
自家用車が54.1％であった。
イ　地域活動への参加
町内会活動に参加している人は31.5％にとどまった。
"""

PLAN = """北浜町地域防災計画の見直しについて

北浜町総務課

1. 見直しの背景
近年、豪雨災害が頻発しており、町の防災体制の強化が求められている。

2. 主な見直し内容
(1) 避難所の運営
ア. 開設の手順
避難所の開設は、町職員2名と自主防災組織が共同で行う。
イ. 備蓄品の管理
備蓄品は年に一度点検し、期限の近いものは訓練で使用する。
(2) 情報伝達
防災行政無線に加え、登録制メールで避難情報を配信する。
"""

HALFWIDTH = """市民意識調査　結果概要

企画政策課

１　調査の結果
（１）定住意向
ア　全体の傾向
「住み続けたい」と答えた人は76.2％で、前回より3ポイント増えた。
(ｱ) 年代別
20歳代では58.0％にとどまり、若い世代の定住意向が低い。
(ｲ) 地区別
中心部では82.1％、山間部では69.4％であった。
イ　住み続けたい理由
「自然環境がよい」が最も多かった。
（２）市政への満足度
満足度は前回とほぼ同じであった。
"""


@pytest.mark.parametrize("text, expected", [
    (REPORT, [("1", 1, "調査の概要"), ("1.1", 2, "調査の方法"), ("1.1.1", 3, "調査対象"), ("1.1.2", 3, "調査期間"),
              ("1.2", 2, "調査の結果"), ("1.2.1", 3, "外出の頻度"), ("1.2.1.1", 4, "外出の目的"),
              ("1.2.1.2", 4, "外出の手段"), ("1.2.2", 3, "地域活動への参加")]),
    (PLAN, [("1", 1, "見直しの背景"), ("2", 1, "主な見直し内容"), ("2.1", 2, "避難所の運営"), ("2.1.1", 3, "開設の手順"),
            ("2.1.2", 3, "備蓄品の管理"), ("2.2", 2, "情報伝達")]),
    (HALFWIDTH, [("1", 1, "調査の結果"), ("1.1", 2, "定住意向"), ("1.1.1", 3, "全体の傾向"), ("1.1.1.1", 4, "年代別"),
                 ("1.1.1.2", 4, "地区別"), ("1.1.2", 3, "住み続けたい理由"), ("1.2", 2, "市政への満足度")]),
])
def test_kana_labels_over_their_text_are_subsections(text, expected):
    assert _sections(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("子育て支援に関するアンケート結果\n\nこども未来課\n\n①回答者の属性\n回答者の6割が30歳代であった。\n"
     "②保育サービスの利用\n保育所を利用している世帯は72％であった。\n③今後の要望\n病児保育の充実を求める声が多かった。\n",
     [("1", 1, "回答者の属性"), ("2", 1, "保育サービスの利用"), ("3", 1, "今後の要望")]),
    ("第3回 青葉台地区まちづくり協議会 概要\n\n日時 令和6年10月5日（土）午前10時\n場所 青葉台コミュニティセンター\n\n"
     "①公園の再整備について\n市から再整備の基本案が示された。遊具の更新を求める意見が出された。\n②通学路の安全対策について\n"
     "ガードレールの設置要望を市に提出することを確認した。\n④その他\n次回は12月に開催する。\n",
     [("1", 1, "公園の再整備について"), ("2", 1, "通学路の安全対策について"), ("4", 1, "その他")]),
    ("事業報告\n\n1. 実施内容\n① 朝市の開催\n毎月第2土曜日に朝市を開催した。\n② 清掃活動\n月に一度、清掃を行った。\n"
     "2. 課題\n出店者の確保が課題である。\n",
     [("1", 1, "実施内容"), ("1.1", 2, "朝市の開催"), ("1.2", 2, "清掃活動"), ("2", 1, "課題")]),
])
def test_circled_numbers_over_their_text_are_headings(text, expected):
    # (the second: ``④`` after ``②`` leaves ``③`` out and heads section 4 all the same, kanalabels.MAX_SKIPPED:
    # helper wrap59, where such a gap had left ``④その他`` the text of section 2)
    assert _sections(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第3次みどり市環境基本計画（概要）\n\n第1　計画の基本的事項\n1　計画策定の趣旨\n本市では第2次計画を推進してきた。\n"
     "2　計画の期間\n令和7年度から10年間とする。\n\n第2　施策の展開\n1　脱炭素社会の実現\n（1）再生可能エネルギーの導入\n"
     "公共施設に太陽光発電を設置する。\n（2）省エネルギーの推進\n省エネ診断を支援する。\n2　自然共生社会の実現\n里山の保全活動に取り組む市民団体を支援する。\n",
     [("1", 1, "計画の基本的事項"), ("1.1", 2, "計画策定の趣旨"), ("1.2", 2, "計画の期間"), ("2", 1, "施策の展開"),
      ("2.1", 2, "脱炭素社会の実現"), ("2.1.1", 3, "再生可能エネルギーの導入"), ("2.1.2", 3, "省エネルギーの推進"),
      ("2.2", 2, "自然共生社会の実現")]),
    ("港北市文化振興指針\n\n第一　総論\n1　指針の目的\nこの指針は基本的な考え方を示すものである。\n2　対象とする文化\n"
     "芸術と伝統芸能を対象とする。\n\n第二　施策の方向\n1　鑑賞機会の充実\n公演を年20回以上開催する。\n",
     [("1", 1, "総論"), ("1.1", 2, "指針の目的"), ("1.2", 2, "対象とする文化"), ("2", 1, "施策の方向"),
      ("2.1", 2, "鑑賞機会の充実")]),
    ("交通安全計画\n\n第１　計画の目標\n死者数を年5人以下とする。\n\n第２　重点施策\n通学路の点検を毎年行う。\n",
     [("1", 1, "計画の目標"), ("2", 1, "重点施策")]),
])
def test_dai_n_without_chapter_word_is_the_top_level(text, expected):
    assert _sections(text) == expected


@pytest.mark.parametrize("text, kept", [
    # a list: the labels one right under the other
    ("導入方針\n\n環境政策課\n\n1. 導入の対象\n次の方式を対象とする。\nア　太陽光発電\nイ　小水力発電\nウ　バイオマス発電\n"
     "これらのうち太陽光を優先する。\n\n2. 導入の目標\n電力の40％を賄う。\n", "ア\u3000太陽光発電"),
    # labelled sentences, text between them
    ("施設利用上の注意\n\n生涯学習課\n\n1. 遵守事項\n次の事項を守ること。\nア　施設内で喫煙しないこと。\n会場の清掃は利用者が行う。\n"
     "イ　許可なく物品を販売しないこと。\n販売には申請が必要である。\n\n2. 使用料\n前納とする。\n", "ア\u3000施設内で喫煙しないこと。"),
    # circled steps
    ("粗大ごみの出し方\n\n資源循環課\n\n1. 申込みの手順\n①電話で申し込む\n②処理券を購入する\n③朝8時までに出す\n"
     "申込みは3日前までに行ってください。\n\n2. 注意事項\n家電は収集しません。\n", "①電話で申し込む"),
    # a label alone of its kind
    ("報告\n\n1. 概要\nア　調査対象\n市民2,000人を抽出した。\n\n2. 結果\n回収率は70％であった。\n", "ア\u3000調査対象"),
])
def test_lists_and_sentences_behind_labels_stay_text(text, kept):
    talk, _ = only_talk(text)
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert kept in paragraphs
    assert all(s.level <= 1 for s in talk.sections)


@pytest.mark.parametrize("text", [
    "町内会だより\n\n第1 回の清掃活動\n河川敷の清掃を行った。\n第2 回の清掃活動\n公園の清掃を行った。\n",
    "計画の概要\n\n第1　期の計画では施設を整備した。\n第2　期の計画では運営を見直した。\n",
    "白書\n\n第1章　人口\n人口は減った。\n第2　節の内容は次のとおり。\n第2章　産業\n出荷額は横ばいである。\n",
])
def test_dai_n_that_counts_is_no_top_level(text):
    talk, _ = only_talk(text)
    assert not any(s.title.text in ("回の清掃活動", "期の計画では施設を整備した。") for s in talk.sections)
    assert all(s.number is None or s.number.isdigit() for s in talk.sections)
