"""A paper's own English paragraphs translate its Japanese ones (issue 19, point 2; fresh-user trial 64).

Trial 64: a bilingual abstract, a Japanese 要旨 paragraph ``…工事後には二枚貝の個体数が(cid:1234)少した。`` and its
English *Abstract* paragraph ``…The number of bivalves decreased after construction.`` The talk stage read a
section's paragraph beside its linked slides, the deck and the English title only, never the paper's English, so the
gap stayed open at 0.8011 with no bilingual evidence (``pipeline restore -`` on the same text read the document's
English and committed 減). Now the English paragraph that translates the Japanese one (the two choose each other by
the words they share, :func:`pipeline.restore._paired_paragraphs`) is a paired source, read sentence by sentence, as
a linked slide is; the paper's English at large after it. Here other kinds: a report with an English summary, a
newsletter with an English column under each Japanese one, an abstract written English first; and near-misses: an
English notice on another topic, a gloss two fills share. Each test fails on the code before the change.
"""

from __future__ import annotations

from pipeline.model import GAP, Text
from pipeline.restore import restore
from tests.segment_inputs import run_text

G = GAP

TRIAL = """干潟の底生生物群集に対する護岸工事の影響
Effects of Seawall Construction on Benthic Communities of Tidal Flats

中村 誠一（水産研究所）
Seiichi Nakamura (Fisheries Research Institute)

要旨
本研究では、護岸工事の前後で干潟の底生生物を調査した。工事後には二枚貝の個体数が(cid:1234)少した。

Abstract
We surveyed benthic organisms on tidal flats before and after seawall construction. The number of bivalves decreased after construction.
"""

REPORT = f"""河川改修が魚類の生息に与える影響に関する調査報告
Survey Report on the Effects of River Improvement on Fish Habitat

山田 太郎（県環境研究センター）

1. はじめに
県内の三つの河川で、改修工事の前後に魚類の生息状況を調べた。調査は春と秋に行った。

2. 結果
改修後の区間では、アユの個体数が大きく{G}少した。一方、外来種の数は増加した。

3. 考察
護岸の形状と流れの速さが、稚魚の隠れ場所に影響すると考えられる。今後は植生の回復を{G}視する必要がある。

English Summary
After the improvement works, the number of sweetfish decreased sharply in the improved sections, while the number of invasive species increased.
"""

NEWSLETTER = f"""みなと町だより　第12号
Minato Town Newsletter No. 12

図書館から
町立図書館では、毎月第二土曜日に子ども向けの絵本の読み聞かせを行っています。参加は無料で、予{G}は不要です。

From the Library
The town library holds picture book readings for children on the second Saturday of every month. Participation is free and no reservation is needed.

防災のお知らせ
来月、町内全域で避難訓練を実施します。住民の皆様は、最寄りの避難{G}所を確認してください。

Disaster Preparedness
Next month an evacuation drill will be held throughout the town. Residents should check their nearest evacuation site.
"""

OFF_TOPIC = f"""干潟の底生生物群集に対する護岸工事の影響
Effects of Seawall Construction on Benthic Communities of Tidal Flats

中村 誠一（水産研究所）

要旨
本研究では、護岸工事の前後で干潟の底生生物を調査した。工事後には二枚貝の個体数が{G}少した。

Notice
The conference dinner will be held at the harbour restaurant on Friday evening. Please register at the reception desk by noon.
"""

SHARED_GLOSS = f"""歴史的町並みの保全
Conservation of Historic Townscapes

鈴木 一郎（市教育委員会）

要旨
市内の古い商家と蔵を調査し、町並みの保{G}の方法を検討した。住民と行政の協働が重要である。

Abstract
We surveyed old merchant houses and storehouses in the city and examined methods for the preservation of the townscape. Cooperation between residents and the city government is important.
"""


def _repairs(text: str) -> list:
    (talk,) = restore(run_text(text)).talks
    return sorted(talk.repairs, key=lambda r: (r.line, r.col))


def _details(repair, kind: str = "bilingual") -> list[str]:
    return [e.detail for e in repair.evidence if e.kind == kind]


def _japanese(repairs) -> list:
    return [r for r in repairs if r.original != "(cid:976)"]


def test_trial_bilingual_abstract_english_paragraph_settles_the_gap():
    (gap,) = _japanese(_repairs(TRIAL))
    assert gap.status == "restored" and gap.restored == "減"
    (row,) = _details(gap)
    # the English word used and the paragraph it stands in are named
    assert "'decreased'" in row and "The number of bivalves decreased after construction." in row
    assert "which translates this paragraph" in row and "the line that translates this one" in row


def test_english_summary_names_one_gap_and_not_the_other():
    named, unnamed = _japanese(_repairs(REPORT))
    assert named.status == "restored" and named.restored == "減"
    assert any("'decreased'" in d and "English paragraph at line" in d for d in _details(named))
    # the summary says nothing of 重視 (the discussion's last sentence): no English word is put to it
    assert unnamed.status != "restored" and not _details(unnamed)


def test_newsletter_column_under_each_japanese_paragraph_is_its_translation():
    reserve, _site = _japanese(_repairs(NEWSLETTER))
    # the column under the library notice translates it (*reservation* ↔ 予約), not the disaster one's
    assert "約" in [c.text for c in reserve.candidates]
    # the top fill 予測 is what the character model reads; the translating line glosses 予約 and not it: open
    assert reserve.status != "restored"
    assert any("the English supports 約 against" in d for d in _details(reserve, "abstention"))


def test_an_english_notice_on_another_topic_pairs_with_nothing_and_settles_nothing():
    (gap,) = _japanese(_repairs(OFF_TOPIC))
    assert gap.status != "restored"
    assert not any("translates this paragraph" in d for d in _details(gap))
    # the same notice beside the abstract's English: the abstract is the paired paragraph, the notice is not read
    (gap,) = _japanese(_repairs(OFF_TOPIC + "\nAbstract\n" + TRIAL.rsplit("Abstract\n", 1)[1]))
    assert gap.status == "restored" and gap.restored == "減"
    assert any("which translates this paragraph" in d and "bivalves" in d for d in _details(gap))
    assert not any("dinner" in d for d in _details(gap))


def test_a_gloss_two_fills_share_leaves_the_gap_open():
    (gap,) = _japanese(_repairs(SHARED_GLOSS))
    # *preservation* glosses 保護 and 保存 alike (保全 too): the English does not tell them apart
    assert gap.status != "restored"
    assert any("'preservation'" in d for d in _details(gap))


def test_pairing_chooses_each_other_by_shared_words():
    from pipeline.restore import _paired_paragraphs

    ja = ("町立図書館では、毎月第二土曜日に子ども向けの絵本の読み聞かせを行っています。参加は無料で、予約は不要です。",
          "来月、町内全域で避難訓練を実施します。住民の皆様は、最寄りの避難場所を確認してください。")
    en = ("Next month an evacuation drill will be held throughout the town. Residents should check their nearest "
          "evacuation site.",
          "The town library holds picture book readings for children on the second Saturday of every month. "
          "Participation is free and no reservation is needed.")
    assert _paired_paragraphs(ja, en) == (1, 0)
    # another topic, or an English paragraph two Japanese ones match as well, pairs with none
    notice = ("The conference dinner will be held at the harbour restaurant on Friday evening.",)
    assert _paired_paragraphs(ja, notice) == (None, None)
    assert _paired_paragraphs((ja[1], ja[1]), (en[0],)) == (None, None)


def test_sentences_of_a_paragraph_keep_abbreviations():
    from pipeline.restore import _sentence_lines

    t = Text.from_raw("Counts rose (Fig. 2) after J. Smith et al. Counted them. Sites: 12.", 7)
    assert [ln.text for ln in _sentence_lines(t)] == ["Counts rose (Fig. 2) after J. Smith et al. Counted them.",
                                                       "Sites: 12."]
    assert {ln.number for ln in _sentence_lines(t)} == {7}
