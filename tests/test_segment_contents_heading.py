"""The heading of a table of contents is never one of its entries (issue 16, trial 45).

Trial 45's report listed ``目次`` as the first line of ``paper.contents``. The heading (``目次``, ``目 次``,
``Contents``, ``Table of Contents``, ``CONTENTS``, a list of figures') heads the entries; it is front matter.
Made-up reports on other topics.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


JA_REPORT = (["令和7年度 公園利用実態調査報告書", "みなと市 公園緑地課", ""],
             ["第1章 調査の概要 ........ 1", "第2章 調査結果 ........ 3", "第3章 まとめ ........ 5"],
             ["\f第1章 調査の概要", "市内の公園十か所で、平日と休日の利用者を数えた。調査は春と秋に行った。",
              "第2章 調査結果", "休日の利用者は平日の三倍だった。子どもの利用が多かった。", "第3章 まとめ", "遊具の更新を優先して進める。"])
EN_REPORT = (["Bridge Inspection Programme 2025", "Northfield County Council", ""],
             ["1 Scope ........ 1", "2 Findings ........ 2", "3 Next Steps ........ 4"],
             ["\f1 Scope", "We inspected forty road bridges owned by the county between April and June.",
              "2 Findings", "Six bridges need new bearings. Two need their decks resurfaced within a year.",
              "3 Next Steps", "Repairs will be tendered in the autumn."])


@pytest.mark.parametrize("heading, report", [("目次", JA_REPORT), ("目 次", JA_REPORT), ("もくじ", JA_REPORT),
                                             ("Contents", EN_REPORT), ("Table of Contents", EN_REPORT),
                                             ("CONTENTS", EN_REPORT)])
def test_a_contents_heading_is_front_matter_never_an_entry(heading, report):
    head, entries, body = report
    (talk,) = run_text("\n".join([*head, heading, *entries, *body, ""])).talks
    assert [t.text for t in talk.contents] == entries
    assert heading in [t.text for t in talk.front]
    assert heading not in [s.title.text for s in talk.sections]
