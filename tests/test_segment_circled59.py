"""A short Japanese summary whose circled-number headings leave one out (``①``, ``②``, ``④``) is a paper whose
sections they head, not a deck of one slide, and ``④`` is no paragraph of ``②`` (helper wrap59's fresh-user trial: a
summary with no sentence's full stop had weighed as a deck by its short lines and ``①`` bullets, everything one
slide, sections empty); a deck that shows its slides apart (page numbers, form feeds) stays a deck, and a list of
circled items one under another stays a list."""

import pytest

from tests.segment_inputs import run_text

NO_PERIOD = """ごみ減量推進会議の報告
①家庭ごみの量
前年より3％減少
②資源回収
古紙の回収量が増加
④次年度の方針
生ごみの堆肥化を推進
"""

SURVEY = """市民意識調査の結果（概要）

①定住意向
「住み続けたい」が78％で前回調査から4ポイント上昇

②満足度の高い施策
ごみ収集、上下水道、図書館の順

④今後力を入れるべき施策
公共交通の充実、子育て支援、防災対策
"""

SENTENCES = """地域交流拠点の利用状況について

①利用者数の推移
令和5年度の利用者は延べ12,400人で、前年度より8％増えた。

②利用目的
会議室の利用が最も多く、次いで子育て広場であった。

④今後の課題
土日の駐車場不足への対応が求められる。
"""

NO_SECOND = """高齢者見守り事業の概要
①事業の目的
ひとり暮らしの高齢者の孤立を防ぐ。
③実施体制
民生委員と地域包括支援センターが連携して訪問する。
④実績
昨年度は延べ3,200件の訪問を行った。
"""

ODD = """空き家対策検討会のまとめ

①空き家の現状
市内の空き家は約2,100戸と推計され、そのうち約4割が老朽化により活用が難しい状態にある。所有者の高齢化も進んでいる。

③相談体制の整備
空き家の相談窓口を一本化し、法律や不動産の専門家と連携した相談会を年4回開催する。

⑤利活用の促進
空き家バンクの登録物件を増やすため、改修費の補助を拡充する。
"""

DECK_NUMBERED = """市民協働の取組

1

取組の柱
① 情報の共有
② 担い手の育成
③ 活動の場づくり

2

情報の共有
① 広報紙の全戸配布
② SNSでの発信

3

担い手の育成
① 地域リーダー講座
② 学生ボランティア
④ 企業との連携
"""

DECK_PAGES = "地域防災の取組\n防災課 山田太郎\n\f避難所の運営\n① 受付の設置\n② 名簿の作成\n③ 物資の配布\n\f訓練の実施\n" \
             "① 年2回の総合訓練\n② 学校との合同訓練\n\fご清聴ありがとうございました\n"

LIST = """会議資料の確認

本日の配布資料は次のとおりです。
①次第
②出席者名簿
④会議録（案）
資料に不足がある場合は事務局までお申し出ください。
"""


def _talk(text):
    (talk,) = run_text(text).talks
    return talk


@pytest.mark.parametrize("text, numbers, texts", [
    (NO_PERIOD, ["1", "2", "4"], ["前年より3％減少", "古紙の回収量が増加", "生ごみの堆肥化を推進"]),
    (SURVEY, ["1", "2", "4"], ["「住み続けたい」が78％で前回調査から4ポイント上昇", "ごみ収集、上下水道、図書館の順",
                               "公共交通の充実、子育て支援、防災対策"]),
    (SENTENCES, ["1", "2", "4"], None),
    (NO_SECOND, ["1", "3", "4"], None),
    (ODD, ["1", "3", "5"], None),
])
def test_circled_headings_with_a_gap_are_a_papers_sections(text, numbers, texts):
    talk = _talk(text)
    assert talk.shape == "paper" and not talk.slides
    assert [s.number for s in talk.sections] == numbers
    assert all(len(s.paragraphs) == 1 for s in talk.sections)  # each heading's own text, no heading in it
    if texts is not None:
        assert [s.paragraphs[0].text for s in talk.sections] == texts


@pytest.mark.parametrize("text, slides", [(DECK_NUMBERED, 3), (DECK_PAGES, 4)])
def test_a_deck_with_circled_bullets_stays_a_deck(text, slides):
    talk = _talk(text)
    # numbered slides: since session 65 (helper slides65) a deck's title over its first number is an unnumbered
    # cover slide of its own, as every deck's (the count had held the cover in slide 1)
    assert talk.shape == "deck" and len([s for s in talk.slides if s.number is not None or text is DECK_PAGES]) == slides


def test_circled_items_one_under_another_stay_a_list():
    talk = _talk(LIST)
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "①次第" in texts and "④会議録（案）" in texts
    assert not any(s.title.text in ("次第", "出席者名簿") for s in talk.sections)
