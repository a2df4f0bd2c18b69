"""A Japanese PDF's justified line broken mid-word at its page's text edge goes on in the next line (issue 16 point
4, helper real71c; the real-PDF trial 71's ptex-manual: ``状態 T …状態 S との差異はグループ開`` / ``始・終了 (…) での
遷移先が…`` and a dozen more had been two paragraphs each).

A description list's item (a label, a full-width space, its text under a hanging indent) reads as a notice's field,
and its block shows no measure; its first line reaching the text block's right edge on a kana or kanji is the
evidence the line breaker wrapped it (``paragraphs.edge_justified_goes_on``). Near misses: items that end on a stop,
and short items with no stop (``持ち物　筆記用具``, ``一　上履き``), stay lines of their own.

Inputs: tests/data/real71c/*.pdf, made by tests/data/real71c/make.py (reportlab, HeiseiMin-W3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of, paragraph_texts

DATA = Path(__file__).parent / "data" / "real71c"


@pytest.mark.parametrize("name, whole", [
    ("j4_nested.pdf", "状態T　和文文字で終わる制御語の直後。状態Sとの差異はグループ開始・終了での遷移先が状態Kであること。"),
    ("j7_nested_units.pdf",
     "字高　全角文字の高さと深さの和であり、縦組みでは行送りの計算に用いられるので、横組みとは値が入れ替わることに注意する。"),
    ("j8_nested_katakana.pdf",
     "字送り命令　縦組みのときに文字を送る方向を変えるもので、既存のドライバソフトウェアのアップデートなしには正しく表示できない。"),
])
def test_an_items_line_justified_to_the_edge_goes_on(name, whole):
    talk, _ = only_talk_of(DATA / name)
    assert whole in paragraph_texts(talk)


@pytest.mark.parametrize("name, lines", [
    ("j4_nested.pdf", ["内部状態の追加　従来は三つの状態であったが、次の二つの状態が追加された。",
                       "状態K　和文文字の直後。改行で空白を出力しない。", "以上が追加された状態である。"]),
    ("j5_nested_notes.pdf", ["一　漢字表記の語を先に置く。", "配列の規則は付録にもまとめてある。"]),
    ("j6_nested_rules.pdf", ["行頭禁則　句読点や閉じ括弧など。", "禁則の表は文書の途中で変更してもよい。"]),
    ("n1_short_items.pdf", ["持ち物　筆記用具", "一　上履き", "二　名札", "当日は午前九時までに受付を済ませること。"]),
])
def test_short_items_and_paragraph_ends_stay_apart(name, lines):
    talk, _ = only_talk_of(DATA / name)
    texts = paragraph_texts(talk)
    for line in lines:
        assert line in texts, (line, texts)


def test_a_field_lists_text_hung_under_a_line_justified_mid_word_goes_on():
    """jbtxdoc (Debian texlive-lang-japanese, 289 KB): a field list's entries (``address 通常は…これを省略すること``
    over ``を勧めている．…`` set in under it) had been two paragraphs each; the hanging indent under a line justified
    mid-word to the text edge is no paragraph's indent. An entry ending on its stop stays apart from the next."""
    talk, _ = only_talk_of(DATA / "jbtxdoc.pdf")
    texts = paragraph_texts(talk)
    assert not any(t.endswith("これを省略すること") for t in texts)
    assert any("これを省略することを勧めている．" in t for t in texts)
    assert any("フィールドの情報が読者を助ける" in t.replace(" ", "") for t in texts)
    assert not any("書き，任意フィールド" in t and "yomi" in t for t in texts)
    # a footnote wrapped over two lines is one footnote: its continuation, no mark, hangs under the note's text
    notes = [n.text for n in talk.footnotes]
    assert not any(n.startswith(("ぶようにしている", "にならない)")) for n in notes), notes
