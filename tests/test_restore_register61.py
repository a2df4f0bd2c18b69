"""Register shift (issue 19, session 61): on news prose the restorer ranks first the word of the register its character
model was counted from (software documentation: 削除 *delete*, 警告 *warning*, 選択 *select*) over the news word
(削減 *reduction*, 警報 *alarm*, 採択 *adoption*). On Wikinews (bench/prose_bench.py) such a reading was committed
three times (削減→削除 0.9737, 採択→選択 0.9855, 選出し→選択し 0.9554). No rule of the features the restorer has
separated them from right commits of the same shape (docs/restore.md, "Register shift"): the ranking is a known
miss; what is guarded here is that made-up sentences of each shape stay open.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

G = "\ufffd"

# (text, the truth, the register's word the model ranks first)
CASES = [
    (f"家庭から出る生ごみの削{G}や、詰め替え製品の利用を呼びかけた。", "減", "除"),
    (f"温室効果ガスの排出量の削{G}を目指す。", "減", "除"),
    (f"市は経費の削{G}に取り組んでいる。", "減", "除"),
    (f"気象台は大雨警{G}を発表した。", "報", "告"),
    (f"各地に暴風警{G}が出された。", "報", "告"),
    (f"条例案は賛成多数で採{G}された。", "択", "用"),
]


def _repair(text: str) -> dict:
    (repair,) = restore_text(text + "\n")["repairs"]
    return repair


@pytest.mark.parametrize("text,truth,register", CASES)
def test_a_register_shifted_reading_stays_open(text, truth, register):
    repair = _repair(text)
    assert repair["status"] != "restored", repair
    assert truth in [c["text"] for c in repair["candidates"][:5]], repair["candidates"]


@pytest.mark.xfail(strict=True, reason="known miss: the character model, counted from documentation, ranks its "
                                       "register's word first (削除 over 削減); only a model of which words go "
                                       "together (生ごみ … 削減) would rank the news word first")
@pytest.mark.parametrize("text,truth,register", CASES)
def test_the_news_word_ranks_first(text, truth, register):
    repair = _repair(text)
    assert repair["candidates"][0]["text"] == truth, repair["candidates"]
