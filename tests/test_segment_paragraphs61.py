"""A dump's box of Japanese running text whose first line alone is set in is one paragraph, its sentences wrapped
where they end (fresh-user trial 61's book of abstracts: each abstract had split at every sentence). A box whose later
lines are set in too keeps its paragraphs. Made-up inputs.
"""

from pathlib import Path

from reliability import accounting

BOOK = """第8回 まちづくり研究発表会
講演要旨集

A-1
空き家バンクの登録を増やす取組み
長岡市 都市整備課　主査　関 真理子

　長岡市では、空き家バンクへの登録が伸び悩んでいた。
そこで、固定資産税の納税通知書に制度の案内を同封した。
その結果、1年間の登録件数は前年の2.4倍となった。

A-2
商店街の歩行者数の計測
上越市 産業振興課　主任　青木 隆

　人流センサーを商店街の5か所に設置した。
平日と休日の歩行者数を比較したところ、休日は平日の1.8倍であった。
今後はイベントの効果を測定する。
"""

LETTER = """各位

　日頃より活動にご協力いただき、ありがとうございます。
　さて、来月の定例会は会場を変更して開催します。
　ご不明な点は事務局までお問い合わせください。
"""


def _talks(tmp_path: Path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    return talks


def test_each_abstract_set_in_once_is_one_paragraph(tmp_path: Path) -> None:
    talks = _talks(tmp_path, "book.txt", BOOK)
    assert len(talks) == 2
    for talk in talks:
        paragraphs = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
        assert len(paragraphs) == 1, paragraphs
    texts = sorted(t["paper"]["sections"][0]["paragraphs"][0]["text"] for t in talks)
    assert texts == ["人流センサーを商店街の5か所に設置した。平日と休日の歩行者数を比較したところ、休日は平日の1.8倍であった。"
                     "今後はイベントの効果を測定する。",
                     "長岡市では、空き家バンクへの登録が伸び悩んでいた。そこで、固定資産税の納税通知書に制度の案内を同封した。"
                     "その結果、1年間の登録件数は前年の2.4倍となった。"]


def test_a_box_whose_every_paragraph_is_set_in_keeps_them(tmp_path: Path) -> None:
    talk = _talks(tmp_path, "letter.txt", LETTER)[0]
    paragraphs = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]] + \
        [p["text"] for p in talk["paper"]["front"]]
    assert "日頃より活動にご協力いただき、ありがとうございます。" in paragraphs
    assert "ご不明な点は事務局までお問い合わせください。" in paragraphs
