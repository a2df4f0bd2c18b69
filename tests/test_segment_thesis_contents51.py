"""A thesis's table of contents and its lists of figures, tables and equations laid out as a PDF dump gives them
from a two-column reading: each entry on its line, its leader dots and its page number on lines of their own after
the entries (``1.1 研究背景 . .`` / ``.`` / ``1`` / ``. 5``), are contents, never sections; and a chapter's heading
after a page break is never glued to the paragraph before it (issue 16, session 51: texproposal's CQU thesis had its
lists of figures, tables and equations read as sections ``3.1 重庆大学校徽 . .``, and its ``1 绪论`` glued onto the
list of symbols' last line). Made-up theses, results written down before the fix.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

ZH = dict(
    front=["某某大学硕士学位论文", "", "城市公园的利用研究", "", "二〇二五年六月", "", "\f摘 要",
           "本文研究城市公园的利用情况，调查了十个公园的利用人数。", "I", ""],
    contents=["\f某某大学硕士学位论文", "目 录", "1 绪论", ".", ".", "1.1 研究背景 . .", ".", "1.2 研究方法 .",
              "2 调查结果", "2.1 利用人数 . .", "2.2 利用时间 . .", ".", ".", "1", "1", "2", "3", "3", ". 4", "II", "",
              "\f某某大学硕士学位论文", "插图索引", "2.1 公园位置图 . .", ".", "2.2 利用人数变化 .", ". .", ". 3", ". 4",
              "III", "", "\f某某大学硕士学位论文", "表格索引", "2.1 调查公园一览 . .", "2.2 利用人数统计 .", ". .",
              ". 3", ". 4", "IV", "", "\f某某大学硕士学位论文", "重要算式索引", "2.1 利用率公式 . .", ". .", ". 4",
              "V", ""],
    symbols=["\f某某大学硕士学位论文", "主要符号对照表", "CPU 中央处理器", "一个很好的公园利用指标", "VI", ""],
    body=["\f某某大学硕士学位论文", "1 绪论", "1.1 研究背景",
          "城市公园是市民休闲的重要场所。近年来，公园的利用方式发生了很大变化。", "1.2 研究方法",
          "本研究采用现场调查的方法，在平日和休日分别计数。", "1", "", "\f某某大学硕士学位论文", "2 调查结果",
          "2.1 利用人数", "休日的利用人数是平日的三倍，儿童的利用较多。", "2.2 利用时间",
          "上午的利用者多于下午的利用者。", "2", ""],
    headings=["1 绪论", "1.1 研究背景", "1.2 研究方法", "2 调查结果", "2.1 利用人数", "2.2 利用时间"],
    lists=["插图索引", "表格索引", "重要算式索引"],
)
JA = dict(
    front=["令和7年度 修士論文", "", "都市公園の利用に関する研究", "", "みなと大学 大学院 工学研究科", "", "\f概要",
           "本論文は、市内の公園十か所の利用者数を調べた結果をまとめたものである。", "i", ""],
    contents=["\f目次", "第1章 はじめに", ".", "1.1 研究の背景 . .", ".", "1.2 研究の方法 .", "第2章 調査結果",
              "2.1 利用者数 . .", "2.2 利用時間帯 . .", ".", "1", "1", "2", "3", ". 3", "ii", "", "\f図目次",
              "2.1 公園の位置 . .", ".", "2.2 利用者数の変化 .", ". .", ". 3", ". 4", "iii", "", "\f数式目次",
              "2.1 利用率の式 . .", ". .", ". 4", "iv", ""],
    symbols=[],
    body=["\f第1章 はじめに", "1.1 研究の背景", "都市公園は市民の憩いの場である。近年、その使われ方が大きく変わってきた。",
          "1.2 研究の方法", "平日と休日に、公園の入口で利用者を数えた。", "1", "", "\f第2章 調査結果", "2.1 利用者数",
          "休日の利用者は平日の三倍だった。子どもの利用が多かった。", "2.2 利用時間帯",
          "午前の利用者は午後より多かった。", "2", ""],
    headings=["第1章 はじめに", "1.1 研究の背景", "1.2 研究の方法", "第2章 調査結果", "2.1 利用者数", "2.2 利用時間帯"],
    lists=["図目次", "数式目次"],
)
EN = dict(
    front=["Northfield University", "", "Use of Urban Parks", "", "A thesis for the degree of Master of Science",
           "", "\fAbstract", "This thesis counts the visitors of ten parks on weekdays and at weekends.", "i", ""],
    contents=["\fContents", "1 Introduction", ".", "1.1 Background . .", ".", "1.2 Method .", "2 Results",
              "2.1 Visitor Numbers . .", "2.2 Times of Day . .", ".", "1", "1", "2", "3", ". 3", "ii", "",
              "\fList of Figures", "2.1 Location of the parks . .", ".", "2.2 Visitors by month .", ". .", ". 3",
              ". 4", "iii", "", "\fList of Equations", "2.1 Rate of use . .", ". .", ". 4", "iv", ""],
    symbols=[],
    body=["\f1 Introduction", "1.1 Background", "Urban parks are where residents rest. Their use has changed.",
          "1.2 Method", "We counted visitors at the gates on weekdays and at weekends.", "1", "", "\f2 Results",
          "2.1 Visitor Numbers", "Weekend visitors were three times the weekday visitors.", "2.2 Times of Day",
          "Mornings were busier than afternoons.", "2", ""],
    headings=["1 Introduction", "1.1 Background", "1.2 Method", "2 Results", "2.1 Visitor Numbers",
              "2.2 Times of Day"],
    lists=["List of Figures", "List of Equations"],
)


def _heads(talk):
    return [(s.heading or s.title).text for s in talk.sections]


def _run(doc):
    (talk,) = run_text("\n".join([*doc["front"], *doc["contents"], *doc["symbols"], *doc["body"]])).talks
    return talk


@pytest.mark.parametrize("doc", [ZH, JA, EN], ids=["zh", "ja", "en"])
def test_contents_with_leaders_and_numbers_apart_are_no_sections(doc):
    talk = _run(doc)
    titles = _heads(talk)
    assert [t for t in titles if t in doc["headings"]] == doc["headings"]
    # no entry of the contents or of a list, nor a list's heading, is a section
    assert not any("." in t.replace("1.", "").replace("2.", "") for t in titles), titles
    assert not any(t in doc["lists"] for t in titles), titles
    # a list's heading heads its entries: front matter, never one of them (as a contents' heading)
    assert not any(t.text in doc["lists"] for t in talk.contents), [t.text for t in talk.contents]
    entries = {t.text for t in talk.contents}
    assert {"2.1 利用人数 . .", "2.1 Visitor Numbers . .", "2.1 利用者数 . ."} & entries


@pytest.mark.parametrize("doc", [ZH, JA, EN], ids=["zh", "ja", "en"])
def test_lists_of_figures_and_equations_are_contents(doc):
    talk = _run(doc)
    entries = {t.text for t in talk.contents}
    captions = {"2.1 公园位置图 . .", "2.1 利用率公式 . .", "2.1 公園の位置 . .", "2.1 利用率の式 . .",
                "2.1 Location of the parks . .", "2.1 Rate of use . ."}
    assert len(captions & entries) == 2, entries
    assert not (captions & set(_heads(talk)))


def test_chapter_heading_after_a_page_break_is_never_glued():
    """A symbol list's last line ends no sentence; the chapter heading over the next page, its first subsection
    under it, opens chapter 1 (``1 绪论`` / ``1.1 …``), never the list's line carried on."""
    talk = _run(ZH)
    titles = _heads(talk)
    assert "1 绪论" in titles, titles
    assert not any(t.text.endswith("1 绪论") for t in talk.front)
    assert not any(p.text.endswith("1 绪论") for s in talk.sections for p in s.paragraphs)


HEADS = ["某某大学硕士学位论文", "", "城市公园的利用研究", "", "二〇二五年六月", "1", "",
         "\f某某大学硕士学位论文", "1 绪论", "1.1 研究背景", "城市公园是市民休闲的重要场所。近年来，公园的利用方式发生了",
         "很大变化。", "2", "", "\f某某大学硕士学位论文", "1 绪论", "本研究采用现场调查的方法，在平日和休日分别计数。", "3", "",
         "\f某某大学硕士学位论文", "2 调查结果", "2.1 利用人数", "休日的利用人数是平日的三倍，儿童的利用较多。", "4", "",
         "\f某某大学硕士学位论文", "2 调查结果", "上午的利用者多于下午的利用者，公园的入口处最为拥挤。", "5", "",
         "\f某某大学硕士学位论文", "调查时天气晴朗，气温适中，利用者的", "2 调查结果", "人数没有受到天气的影响。",
         "化学反应如下：", "2 H2 + O2 → 2 H2O", "这个方程式表示水的生成。", "6", ""]


def test_a_running_heads_copy_set_mid_page_is_furniture():
    """A chapter's running head, proven atop its later pages, whose copy the reading order set amid a page's text
    (after a paragraph's line carried over) is the head too, never a paragraph; the chapter's own heading stays; an
    equation's coefficient (``2 H2 + O2 → 2 H2O``) numbers no section."""
    (talk,) = run_text("\n".join(HEADS)).talks
    heads = _heads(talk)
    assert heads == ["1 绪论", "1.1 研究背景", "2 调查结果", "2.1 利用人数"], heads
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any("调查结果" in t or "绪论" in t for t in texts), texts
