"""A numbered item or heading whose number lost a glyph (trial 44): ``（\ufffd）泥上げ`` after ``（1）草刈り`` was glued
to the paragraph before it (``…例も見られた。（\ufffd）泥上げ``) and its gap filled from the words around it (右, 左,
再 at 0.2), the ``（1）`` before it ignored; ``第\ufffd節`` between ``第1節`` and ``第3章`` was glued the same way, though
the heading solver read it. Such a line is still an item or a heading where its list or its sequence says so, and the
number the list gives is the gap's evidence (pipeline.numbering.solve_items). Made-up documents on other topics: a city
library's report, a ferry survey in English, a museum's plan."""

from __future__ import annotations

from pipeline.restore import restore, restore_text
from tests.segment_inputs import paragraphs, run_text

G = "\ufffd"

LIBRARY = f"""令和5年度
市立図書館の利用状況に関する報告書

青葉市教育委員会　生涯学習課

第1章　調査の概要
第1節　調査の目的
　市立図書館の利用者は、この十年で大きく変わった。若い世代の来館が減り、高齢の利用者が増えている。
第2節　調査の方法
　調査は次の三つの方法で行った。
（1）利用者アンケート
　来館者に調査票を配り、620人から回答を得た。
（{G}）貸出記録の分析
　過去五年間の貸出記録を、年齢と分野ごとに集計した。
（3）職員への聞き取り
　各館の職員から、利用者の変化について話を聞いた。
第2章　調査結果
第1節　来館者の変化
　来館者数は、五年前と比べて12％減った。特に平日の夕方に来る学生が少なくなった。
（1）平日の利用
　平日の利用者は、午前中の高齢者が中心である。
（{G}）休日の利用
　休日は家族連れが多く、児童書の貸出が増える。
第{G}節　貸出の変化
　貸出数は減ったが、児童書と料理の本は増えている。電子書籍の貸出も年々伸びている。
第3章　今後の課題
　図書館は本を貸すだけでなく、人が集まる場所としての役割も求められている。
"""


def _talk(text: str):
    (talk,) = run_text(text).talks
    return talk


def test_an_item_whose_number_lost_a_glyph_is_a_paragraph_of_its_own():
    talk = _talk(LIBRARY)
    texts = paragraphs(talk)
    # between intact items (1) and (3), and as the last item of a list after (1): an item line of its own
    assert f"（{G}）貸出記録の分析" in texts
    assert f"（{G}）休日の利用" in texts
    assert not any(t.endswith(f"。（{G}）貸出記録の分析") or t.endswith(f"。（{G}）休日の利用") for t in texts)


def test_a_section_number_that_lost_a_glyph_heads_its_section():
    talk = _talk(LIBRARY)
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "調査の概要"), ("1.1", "調査の目的"), ("1.2", "調査の方法"), ("2", "調査結果"), ("2.1", "来館者の変化"),
        ("2.2", "貸出の変化"), ("3", "今後の課題")]
    assert not any(f"第{G}節" in t for t in paragraphs(talk))


def test_the_list_gives_the_lost_number_and_restore_commits_it():
    doc = run_text(LIBRARY)
    (talk,) = doc.talks
    hints = {(h.line, h.col): h for h in talk.hints}
    assert hints[(13, 1)].candidates == ("2",) and not hints[(13, 1)].tentative
    assert "item (2): after item (1) (line 11), before item (3) (line 15)" in hints[(13, 1)].evidence.detail
    assert hints[(22, 1)].candidates == ("2",) and not hints[(22, 1)].tentative
    assert "the last of its list" in hints[(22, 1)].evidence.detail
    repairs = {(r.line, r.col): r for t in restore(doc).talks for r in t.repairs}
    for at in ((13, 1), (22, 1), (24, 1)):
        assert repairs[at].restored == "2" and repairs[at].status == "restored"
        assert repairs[at].evidence[0].kind == "numbering"


def test_plain_text_restore_reads_the_same_list():
    out = restore_text(LIBRARY)
    lines = out["text"].split("\n")
    assert lines[12] == "（2）貸出記録の分析" and lines[21] == "（2）休日の利用"
    assert all(r["status"] == "restored" for r in out["repairs"])


def test_an_english_list_item_in_half_width_brackets():
    text = f"""Ferry Use on the Outer Islands
Harbour Transport Office

1. Method
We asked riders on three routes.
(1) Counting
Staff counted riders at each pier for two weeks.
({G}) Interviews
Forty riders were asked why they travel.
(3) Tickets
Ticket sales were read from the booking system.

2. Results
Most riders travel to work or school.
"""
    doc = run_text(text)
    (talk,) = doc.talks
    assert f"({G}) Interviews" in paragraphs(talk)
    (hint,) = [h for h in talk.hints if h.line == 8]
    assert hint.candidates == ("2",) and not hint.tentative


def test_an_opening_subsection_whose_number_lost_a_glyph_is_one_of_the_run():
    # ``(1)``, ``(2)`` … opening a numbered section, each over its own text, are its subsections: a lost ``(2)`` too
    text = f"""市立博物館の整備計画

1. 概要
本計画は、博物館の改修の方針を定めるものである。
2. 整備の内容
(1) 展示室の改修
常設展示室の照明と空調を更新する。
({G}) 収蔵庫の増設
収蔵品の増加に合わせて、収蔵庫を一室増やす。
(3) 休憩所の新設
来館者が休める場所を入口の近くに設ける。
3. 日程
工事は二年に分けて行う。
"""
    talk = _talk(text)
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "概要"), ("2", "整備の内容"), ("2.1", "展示室の改修"), ("2.2", "収蔵庫の増設"), ("2.3", "休憩所の新設"),
        ("3", "日程")]


def test_a_lost_bracket_with_no_list_around_it_is_no_item():
    # guard: no intact bracketed item in its section, so nothing says ``（�）`` is a number (a lost ``（注）``): the
    # paragraph's later line, joined as before, and no numbering hint
    text = f"""市立図書館の利用状況

1. 貸出の変化
貸出数は、前の年と比べて5％減った。電子書籍の貸出は伸びており、
（{G}）内の数は前の年の値である。

2. 今後の課題
人が集まる場所としての役割も求められている。
"""
    doc = run_text(text)
    (talk,) = doc.talks
    assert not any(h.evidence.kind == "numbering" and h.line == 5 for h in talk.hints)
    assert f"（{G}）内の数は前の年の値である。" not in paragraphs(talk)
