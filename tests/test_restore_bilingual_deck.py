"""A bilingual deck's slide is translated by its own English first: the other half of the line, the line under it,
the slide, then the deck and the English title (issue 19, point 2).

Trial 43: a deck wrote each Japanese line over its English (a line with a lost kanji, then *Regular inspections twice
a year* under it) and its titles as ``Japanese / English``. The talk stage offered a slide's pieces only the paper and
the Japanese title (the sources of an English slide beside a Japanese paper), so its gaps read no English at all,
where ``pipeline restore -`` on the same lines read the document's English; and a one-kanji word the English names
(*Thread* for a lost 糸 standing alone) was never proposed. Here other topics: a neighbourhood library's deck, a
paper-making workshop's, a safety drill's. Each test fails on the code before the fix (no bilingual evidence, no
commit; the one-kanji word not offered).
"""

from __future__ import annotations

from pipeline.model import GAP
from pipeline.restore import restore, restore_text
from tests.segment_inputs import run_text

G = GAP

LIBRARY = f"""- 1 -
まちの図書室づくり
Building a Neighbourhood Library
報告者：村上 {G}介（ひかり台自治会）
Presenter: Kosuke Murakami (Hikaridai Residents' Association)

- 2 -
経緯 / Background
・空き店舗を改装した
  We renovated an empty shop
・本は住民から寄{G}された
  Books were donated by residents

- 3 -
運営
Running the Room
・{G}書の貸出は無料
  Books lent free of charge
・{G}難訓練を年1回
  An evacuation drill once a year
・開館時間は午前10時から
  Opening hours from 10 a.m.

- 4 -
{G}来の計画 / Future Plans
・読み聞かせ会の開催
  Holding story-time sessions
・{G}動図書館との連携
  Working with the mobile library
"""


def _repairs(text: str) -> dict[tuple[int, int], object]:
    (talk,) = restore(run_text(text)).talks
    return {(r.line, r.col): r for r in talk.repairs}


def _bilingual(repair) -> list[str]:
    return [e.detail for e in repair.evidence if e.kind == "bilingual"]


def test_a_slide_line_is_restored_from_the_english_line_under_it_or_beside_it() -> None:
    """``・�難訓練を年1回`` over *An evacuation drill once a year*: 避難 glosses *evacuation* in the next line, and
    no other candidate's word within ten times its probability (the measured class of a kanji the translation
    settles); ``�来の計画 / Future Plans``: 将来 glosses *Future* in the other half of the same line. The evidence
    names the English word and the line."""
    repairs = _repairs(LIBRARY)
    drill, plans = repairs[(19, 1)], repairs[(25, 0)]
    assert drill.status == "restored" and drill.restored == "避", drill
    assert any("'evacuation'" in d and "the next line of slide 3" in d and "An evacuation drill" in d
               for d in _bilingual(drill)), drill.evidence
    assert plans.status == "restored" and plans.restored == "将", plans
    assert any("'Future'" in d and "the English of the same line" in d for d in _bilingual(plans)), plans.evidence


def test_the_slides_english_ranks_its_word_but_commits_nothing_it_does_not_settle() -> None:
    """*Books lent free of charge* names 図書 (and 蔵書, 辞書 …: *book* glosses many), *the mobile library* names 移動
    (and 機動 …): each ranks its word first from the line under it, and neither is committed; nothing committed in
    the deck is wrong, and the presenter's name stays a gap with no candidate (the English *Kosuke* beside it)."""
    repairs = _repairs(LIBRARY)
    books, mobile = repairs[(17, 1)], repairs[(28, 1)]
    assert books.candidates[0].text == "図" and books.status != "restored", books
    assert any("'Books'" in d and "the next line of slide 3" in d for d in _bilingual(books)), books.evidence
    assert mobile.candidates[0].text == "移" and mobile.status != "restored", mobile
    assert any("'mobile'" in d for d in _bilingual(mobile)), mobile.evidence
    truth = {(4, 7): "康", (11, 8): "贈", (17, 1): "図", (19, 1): "避", (25, 0): "将", (28, 1): "移"}
    assert set(repairs) == set(truth)
    assert all(r.restored == truth[key] for key, r in repairs.items() if r.status == "restored"), repairs
    name = repairs[(4, 7)]
    assert name.status == "unresolved" and name.restored is None and not name.candidates, name


WORKSHOP = f"""- 1 -
和紙づくり体験の報告
Report on the Paper-Making Workshop

- 2 -
{G}の選び方 / Choosing the Paper
・厚さを確かめる
  Check the thickness
"""


def test_a_one_kanji_word_the_english_beside_it_names_is_offered() -> None:
    """``�の選び方 / Choosing the Paper``: the lost glyph is a word of its own before の, and *Paper* names 紙 (its
    first gloss); a one-kanji word was never proposed, so 紙 was no candidate. It is offered now, never committed
    on that word alone (no benchmark masks a one-kanji word)."""
    repairs = _repairs(WORKSHOP)
    (title,) = repairs.values()
    assert "紙" in [c.text for c in title.candidates], title
    assert title.status != "restored"


DRILL = f"""- 1 -
まちの防災
Community Safety

- 2 -
訓練 / Drills
・避難訓練を年1回
  An evacuation {G}rill once a year
"""


def test_an_english_gap_reads_the_japanese_line_over_it() -> None:
    """``An evacuation �rill once a year`` under ``・避難訓練を年1回``: 訓練 glosses *drill*, which the English word
    list ranks first among drill, grill, brill …; the Japanese of the line before says which."""
    (repair,) = _repairs(DRILL).values()
    assert repair.status == "restored" and repair.restored == "d", repair
    assert any("'drill' translates 訓練 in the line before in slide 2" in d for d in _bilingual(repair)), repair.evidence


def test_plain_text_reads_the_other_half_of_a_bilingual_line() -> None:
    """``pipeline restore -`` on a line ``Japanese / English``: the English half is that line's translation (a paired
    source: one shared word aligns it), read before the document's English."""
    text = f"{G}来の計画 / Future Plans\n・読み聞かせ会の開催\nHolding story-time sessions\n"
    (repair,) = restore_text(text)["repairs"]
    assert repair["restored"] == "将", repair
    assert any("'Future'" in e["detail"] and "the English of the same line" in e["detail"]
               for e in repair["evidence"] if e["kind"] == "bilingual"), repair["evidence"]
