"""Helper judg69, issue 16 point 2 (fresh-user trial 68c): the numbering ladder of Japanese judgments, rulings and
administrative documents.
1. A judgment's named part (``事実及び理由``, ``理由``) is level 1 and its ``第N`` divisions level 2 under it (they had
   been level 1 beside it), their ``1`` level 3, ``（1）`` level 4; ``主文`` over its items changes nothing.
2. One arabic ``1　…`` alone under a ``第N`` (or ``第N章``) heads that division's section 1 (``3.1``) where its title is a
   short phrase over running text (``1　争点（1）について``); it had been a paragraph. Run in with its text
   (``１　賃料不払について　証拠によれば、…。``) it is parted off first.
   Kanji points under kanji divisions (an older judgment's ``第二`` / ``一　争点について``) are read alike.
3. A 要綱's ``第1　目的`` is a division (``目`` had been read as a counter, ``第1目``), so its ladder is read.
4. An administrative ruling (``裁　　決　　書``) has its ``主文`` / ``理由`` read as a judgment's.
Near misses: numbered sentences under a division (``1　原告は、…主張するが、…``), a lone ``1　本件の争点は、…である。``,
a list of short items one under the other, a table's numbered rows, a paper's ``1.`` / ``1.1``.
Inputs: tests/data/judg69/ (kept in /work/regress/in_judg69/).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "judg69"
TRIAL = Path(__file__).parent / "data" / "judg68" / "t68c_judgment.txt"


def _ladder(path) -> list[tuple[str | None, int, str]]:
    talk, _ = only_talk_of(path)
    return [(s.number, s.level, text_of(s.title)) for s in talk.sections]


def _paragraphs(path) -> list[str]:
    talk, _ = only_talk_of(path)
    return [p.text for s in talk.sections for p in s.paragraphs]


def test_the_trials_judgment_reads_its_whole_ladder69():
    assert _ladder(TRIAL) == [
        (None, 1, "主文"), (None, 1, "事実及び理由"), ("1", 2, "請求"), ("2", 2, "事案の概要"),
        ("3", 2, "当裁判所の判断"), ("3.1", 3, "争点（1）について"), ("4", 2, "結論")]


def test_a_judgments_four_levels69():
    assert _ladder(DATA / "a_hanketsu_full.txt") == [
        (None, 1, "主文"), (None, 1, "事実及び理由"), ("1", 2, "請求"), ("2", 2, "事案の概要"), ("3", 2, "争点"),
        ("3.1", 3, "契約の成否"), ("3.2", 3, "弁済の有無"), ("4", 2, "当裁判所の判断"), ("4.1", 3, "争点（1）について"),
        ("4.1.1", 4, "認定事実"), ("4.1.2", 4, "検討"), ("4.2", 3, "争点（2）について"), ("5", 2, "結論")]
    # ``ア　原告は、…した。``: numbered sentences, paragraphs of ``（1）認定事実``
    assert "ア\u3000原告は、被告の代表者と面談した。" in _paragraphs(DATA / "a_hanketsu_full.txt")


@pytest.mark.parametrize("name, lone", [
    ("b_kettei_single.txt", ("2.1", 3, "文書の特定について")),  # a 決定, ``理　　　由`` over ``第1``…, half-width 1
    ("j_hanketsu_runin_lone.txt", ("2.1", 3, "賃料不払について")),  # run in with its text, full-width １
    ("f_saiketsu_runin_single.txt", ("2.1", 3, "審理員の判断")),  # an administrative ruling, 裁決書
])
def test_a_lone_numbered_point_under_a_division_heads_its_section69(name, lone):
    ladder = _ladder(DATA / name)
    assert lone in ladder
    assert ladder[0][1:] == (1, "主文") and ladder[1][1] == 1 and ladder[1][0] is None
    assert all(level == 2 for number, level, _ in ladder[2:] if number is not None and "." not in number)


def test_an_older_judgments_kanji_points69():
    assert _ladder(DATA / "o_hanketsu_kanji_points.txt") == [
        (None, 1, "主文"), (None, 1, "事実及び理由"), ("1", 2, "請求"), ("2", 2, "当裁判所の判断"),
        ("2.1", 3, "争点について"), ("2.2", 3, "損害について"), ("3", 2, "結論")]


def test_a_run_in_points_text_is_its_paragraph69():
    assert _paragraphs(DATA / "j_hanketsu_runin_lone.txt")[2].startswith("証拠によれば、控訴人は")
    talk, ledger = only_talk_of(DATA / "j_hanketsu_runin_lone.txt")
    assert text_of(talk.sections[4].heading) == "1\u3000賃料不払について"
    assert any(r.rule == "trim_heading" and r.text == "\u3000" for r in ledger)  # the space that set it off: ledger


def test_a_youkous_ladder_from_its_first_division_titled_mokuteki69():
    ladder = _ladder(DATA / "d_youkou.txt")
    assert ladder[:4] == [("1", 1, "目的"), ("2", 1, "補助対象者"), ("2.1", 2, "対象となる者"), ("2.2", 2, "対象とならない者")]
    assert ("3", 1, "補助額") in ladder


def test_a_reports_lone_section_under_its_chapter69():
    assert _ladder(DATA / "m_report_lone.txt")[:2] == [("1", 1, "現状"), ("1.1", 2, "観光客数の推移")]
    assert _ladder(DATA / "n_report_runin_two.txt") == [
        ("1", 1, "現状"), ("1.1", 2, "観光客数"), ("1.2", 2, "宿泊者数"), ("2", 1, "課題"), ("2.1", 2, "受入体制"),
        ("2.2", 2, "人材")]


# near misses ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kept", [
    ("c_hanketsu_sentences.txt", "1\u3000原告は、平成30年4月1日から"),  # numbered sentences
    ("k_near_lone_sentence.txt", "1\u3000本件の争点は、売買契約の成否である。"),  # one numbered sentence alone
    ("h_near_list_under_dai.txt", "1\u3000避難訓練"),  # a list, one item under the other
    ("i_near_table_numbers.txt", "1\u30004月\u30001,200"),  # a table's rows
    ("p_near_kanji_sentences.txt", "一\u3000大ホールの使用料を"),  # kanji-numbered sentences
])
def test_numbered_sentences_lists_and_rows_stay_paragraphs69(name, kept):
    assert any(p.startswith(kept) for p in _paragraphs(DATA / name))
    assert all("." not in (n or "") for n, _, _ in _ladder(DATA / name))


def test_a_papers_decimals_keep_their_levels69():
    assert _ladder(DATA / "g_near_paper_decimal.txt") == [
        ("1", 1, "はじめに"), ("1.1", 2, "背景"), ("1.2", 2, "目的"), ("2", 1, "方法")]


def test_a_part_with_items_keeps_its_level_and_numbered_sentences_stay69():
    ladder = _ladder(DATA / "c_hanketsu_sentences.txt")
    assert ladder == [(None, 1, "主文"), (None, 1, "事実及び理由"), ("1", 2, "請求"), ("2", 2, "当裁判所の判断"),
                      ("3", 2, "結論")]
