"""A minutes' speaker's turn opens its own paragraph, even flush under a full line of the speech before it, set in
(issue 16; fresh-user trial 57: a council's record had ``○１５番（山本　花子君）　…`` and ``○議長（…君）　…`` run into
the mayor's answer, three turns one paragraph, because a flush line after a full indented line reads as a wrap).
Made-up records; the expected turns were written first."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

RECORD = """令和７年第２回{city}議会定例会会議録（第３日）

令和７年６月１２日（木曜日）午前１０時開議

○議長（田中　一郎君）　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。順次質問を許します。
{asker}　通告に従い、子育て支援について質問いたします。
　本市では昨年度から保育所の待機児童ゼロを目指してまいりましたが、現状をお示しください。
○市長（原口　新五君）　ご質問にお答えいたします。
　本年４月１日現在、待機児童数は３人となっております。引き続き保育士の確保に努めてまいります。
{asker}　ありがとうございました。次に、放課後児童クラブについて伺います。
○議長（田中　一郎君）　以上で本日の日程は全て終了しました。本日はこれにて散会いたします。
"""


@pytest.mark.parametrize("city,asker", [("久留米市", "○１５番（山本　花子君）"), ("港南市", "○３番（中野誠君）"),
                                        ("北浜町", "◆８番（佐藤花子議員）"), ("青葉市", "○山本花子議員")])
def test_each_turn_is_its_own_paragraph(city, asker):
    [talk] = run_text(RECORD.format(city=city, asker=asker)).talks
    texts = [p.text for s in talk.sections for p in s.paragraphs] + [p.text for p in talk.front]
    turns = [t for t in texts if t.startswith(("○", "◆"))]
    assert len(turns) == 5, texts
    assert not any(t.count("○") + t.count("◆") > 1 for t in texts), texts

