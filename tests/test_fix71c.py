"""Faults of fresh-user trial 71 (issue 16 point 4; issue 19's evidence), each fixed by kind (helper fix71c).

1. *A running head atop both pages of a two-page dump paged by its footers alone* (``furniture.heads_after_footers``):
   no form feed, no page-number line; each page closes on a footer carrying its folio (``TR-2023-07  Battery Storage
   for Municipal Microgrids      Page 1``), and page 2 opens on the head the dump opens with. One break gives one copy
   after a footer, too few alone; the dump's first line, the same words, is the first page's copy. The head over a
   title block is furniture on page 1 too; a head that is the document's title keeps its first copy as the title.

The inputs are copies of the trial's and of /work/regress/in_fix71c (kinds in other wordings and languages, and near
misses). Each test marked so fails on the code before the change (checked in /work/wt/b71, main at 9e61932d).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, kept_texts, paragraph_texts, segment_text, text_of

DATA = Path(__file__).parent / "data" / "fix71c"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


# 1. a two-page dump's running head, its pages known from their footers only

@pytest.mark.parametrize("name, head", [
    ("t71_a04_tech_report.txt", "TR-2023-07  Battery Storage for Municipal Microgrids"),
    ("h1_en_memo_head.txt", "Harbour Dredging Study  WP-2025-03"),
    ("h2_ja_head.txt", "みどり市　地域防災計画　見直し案"),
    ("h3_fr_head.txt", "RT-2024-11   Qualité de l'eau des rivières urbaines"),
])
def test_head_atop_both_pages_is_furniture(name, head):
    doc = _doc(name)
    heads = [text for reason, text in furniture_of(doc.ledger) if reason == "running-header"]
    assert [" ".join(h.split()) for h in heads] == [" ".join(head.split())] * 2
    assert not any(" ".join(head.split()) in " ".join(k.split()) for k in kept_texts(doc))


def test_trial71_report_keeps_its_title():
    doc = _doc("t71_a04_tech_report.txt")
    (talk,) = doc.talks
    assert text_of(talk.title.en) == "Evaluation of Battery Storage for Municipal Microgrids"


def test_head_that_is_the_title_keeps_its_first_copy():
    # the dump opens on its title, repeated atop page 2: the first copy is the title, the second furniture
    doc = _doc("n1_title_is_head.txt")
    (talk,) = doc.talks
    assert text_of(talk.title.en) == "Cycle Lane Counts on Mill Road 2025"
    assert [t for r, t in furniture_of(doc.ledger) if r == "running-header"] == ["Cycle Lane Counts on Mill Road 2025"]
    assert not any("Cycle Lane Counts" in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("name", [
    "n2_other_top.txt",  # page 2 opens on a heading, not on the dump's first line
    "n3_sentence_top.txt",  # the dump's first line and page 2's first are one sentence, no head
])
def test_near_misses_stay_text(name):
    doc = _doc(name)
    assert not any(r == "running-header" for r, _ in furniture_of(doc.ledger))


# 3. an English apostrophe the list decides, in a class that does not commit: open, and says the threshold it missed

@pytest.mark.parametrize("name, before", [
    ("t71_a02_conf_programme.txt", "the city"),
    ("a1_apostrophe_council.txt", "The council"),
    ("a1_apostrophe_council.txt", "they"),
    ("a2_apostrophe_talk.txt", "The library"),
    ("a3_apostrophe_minutes.txt", "the school"),
])
# near misses: ``chair\ufffds`` (a rare form WordNet lists, *chaires*) and ``hall\ufffds`` are left to other rules (open,
# unresolved: docs/restore.md), ``it\ufffds`` has letters' words beside the apostrophe (the list does not decide)
def test_open_apostrophe_says_its_threshold(name, before):
    from restore_verdicts import repair_after

    from pipeline.restore.evidence import english

    r = repair_after((DATA / name).read_text(encoding="utf-8"), before)
    # not settled: the class's measured precision (122 of 172 fires, 0.7093) is below the commit threshold
    assert r["status"] == "ambiguous" and r["restored"] is None
    assert r["candidates"][0]["text"] == "’"
    assert r["threshold"] == english.TARGET
    assert r["confidence"] < r["threshold"]
    assert any(e["kind"] == "model" and "below the commit threshold" in e["detail"] for e in r["evidence"])



# 4. a katakana word with a lost letter beside a whole copy: the copy's letter proposed (far_word, rank-only)

def _repair_in(name: str, before: str) -> dict:
    from restore_verdicts import repair_after

    return repair_after((DATA / name).read_text(encoding="utf-8"), before)


@pytest.mark.parametrize("name, before, fill", [
    ("t71_a06_ja_faq.txt", "収集", "セ"),    # センター written whole at line 17; インター only inside インターネット
    ("k4_ja_rule.txt", "決められた", "ル"),    # ルール beside the commoner メール
    ("k7_ja_team.txt", "地区の", "チ"),       # チーム in a list's line beside ゲーム
])
def test_katakana_word_written_whole_ranks_first(name, before, fill):
    r = _repair_in(name, before)
    assert r["candidates"][0]["text"] == fill
    # rank-only: a fill the whole copy alone puts first is offered, never committed (rest70's far_word measurement)
    assert r["status"] == "ambiguous" and r["restored"] is None
    assert any(e["kind"] == "document-word" and "katakana word" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("name, before, fill", [
    ("k1_ja_station.txt", "新しい", "ス"), ("k2_ja_calendar.txt", "なお、", "ダ"),
    ("k3_ja_recycle.txt", "リサイ", "ク"), ("k8_ja_course.txt", "【中級", "コ"), ("k9_ja_menu.txt", "対応の", "メ"),
])
def test_katakana_fills_the_model_commits_stay_committed(name, before, fill):
    # no harm: where the model commits the word's letter already, the verdict and its confidence are the model's
    r = _repair_in(name, before if name != "k2_ja_calendar.txt" else "カレン")
    assert (r["status"], r["restored"]) == ("restored", fill)


@pytest.mark.parametrize("name, before", [
    ("nk1_ja_only_longer.txt", "収集"),  # インター only as a piece of インターネット: neither proposed nor cited
    ("nk2_ja_short.txt", "大きいサイズは"),  # one kept letter, ``ー``: no word read
])
def test_katakana_pieces_and_short_runs_propose_nothing(name, before):
    r = _repair_in(name, before)
    assert not any(e["kind"] == "document-word" for e in r["evidence"])


def test_katakana_word_fills_reads_whole_runs_only():
    from pipeline.restore.evidence.base import Document, Site
    from pipeline.restore.evidence.nearword import katakana_word_fills

    doc = Document.from_text("受付センターまたはインターネットで申し込む。\nエンターキーを押す。\n収集\ufffdンターへ持ち込む。")
    assert sorted(katakana_word_fills(Site(doc.scopes[0][1][2].text, 2, 3, line=3), doc)) == ["セ"]
