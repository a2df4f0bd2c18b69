"""Issue 16 point 1 (helper abs72, fresh-user trial 72d): one talk per abstract of a book of abstracts whose page
breaks (a folio and the running head atop the next page) between an abstract's title block and its body; the last
page's folio closing the text is furniture too."""

from __future__ import annotations

import pytest

from tests.segmenting import furniture_of, kept_texts, segment_text, text_of

ABSTRACTS = [
    ("Coastal Dune Mobility after Grazing Removal on the Sefton Coast", "Laura Whitcombe¹, Sanjay Patel²",
     ["¹ Department of Geography, University of Liverpool, UK", "² Natural England, York, UK"],
     ["Grazing was removed from three dune blocks in 2015 and we tracked bare sand",
      "cover with annual aerial surveys. Bare sand fell from 18% to 6% within six",
      "years, and blowouts stabilised as marram spread across their floors. We",
      "argue that periodic disturbance is needed to keep the dunes mobile."], "Keywords: dunes, grazing, blowouts"),
    ("Oyster Reef Restoration Trials in a Sheltered Sea Loch", "Morag Campbell¹, Peter Haugen²",
     ["¹ Heriot-Watt University, Orkney, UK", "² Norwegian Institute for Water Research, Bergen, Norway"],
     ["Native oysters were laid on cultch at four sites in Loch Ryan in 2022 and their",
      "survival was checked every six months. Survival after two years ranged from",
      "35% to 72% and was highest where currents were moderate. Recruitment of wild",
      "spat onto the laid shell was first seen in the second summer."], "Keywords: Ostrea edulis, restoration"),
    ("Microplastic Loads in Estuarine Sediments along a Salinity Gradient", "Grace Adeyemi¹, Jonas Weber²",
     ["¹ University of Plymouth, UK", "² Marine Biological Association, Plymouth, UK"],
     ["We sampled surface sediment at twelve stations along the Tamar and counted",
      "microplastic particles after density separation. Loads were highest in the",
      "turbidity maximum zone and fell towards the mouth. Fibres made up two thirds",
      "of all particles, most of them from synthetic textiles."], "Keywords: microplastics, sediment"),
]
HEAD = ["Proceedings of the 9th Western Shores Conference, Millport, 3-5 June 2025",
        "Book of Abstracts — Session P: Posters"]
RUNNING = "9th Western Shores Conference — Book of Abstracts"


def booklet(ids, before=(1, "body"), final="2", affiliations=None):
    """Three abstracts under ``ids``; page 1's folio and page 2's head before part ``before`` of one abstract."""
    out = list(HEAD)
    for k, (title, authors, affs, body, keywords) in enumerate(ABSTRACTS):
        parts = {"id": [ids[k]], "title": [title], "authors": [authors], "affils": (affiliations or {}).get(k, affs),
                 "body": body, "kw": [keywords]}
        for name in ("id", "title", "authors", "affils", "body", "kw"):
            if (k, name) == before:
                out += ["1", RUNNING]
            out += parts[name]
    if final is not None:
        out.append(final)
    return "\n".join(out) + "\n"


def numbers(doc):
    """Each talk's ``number`` (its abstract's id), in order."""
    return [t.number for t in doc.talks]


@pytest.mark.parametrize("ids", [("P-12", "P-13", "P-14"), ("S3-2", "S3-3", "S3-4"), ("B-07", "B-08", "B-09")])
def test_break_between_affiliations_and_body_hides_no_abstract(ids):
    doc = segment_text(booklet(ids))
    assert numbers(doc) == list(ids)
    assert [text_of(t.title.en) for t in doc.talks] == [a[0] for a in ABSTRACTS]
    kept = kept_texts(doc)
    assert RUNNING not in kept and "1" not in kept and "2" not in kept
    assert ("page-number", "2") in furniture_of(doc.ledger)


def test_short_affiliation_before_the_break_trial_72d():
    # trial 72d's shape: the affiliation over the folio short (``² Marine Institute, Galway, Ireland``)
    doc = segment_text(booklet(("B-07", "B-08", "B-09"), affiliations={1: ["¹ University of Gothenburg, Sweden",
                                                                             "² Marine Institute, Galway, Ireland"]}))
    assert numbers(doc) == ["B-07", "B-08", "B-09"]
    assert "2" not in kept_texts(doc)


JA = """第12回 沿岸環境シンポジウム 講演要旨集
セッションB　干潟と塩性湿地
B-07
再生塩性湿地における堆積速度の変化
山本 健一¹，佐藤 美咲²
¹ 東北大学大学院 環境科学研究科
² 宮城県 水産技術総合センター
2015年に堤防を開削して再生した塩性湿地において，標高変化を3年間にわたり測定した。
若い区画では年7mmの堆積が見られ，古い区画では年3mmまで低下した。植生の定着は標高変化に約2年遅れた。
キーワード：塩性湿地，堆積，海面上昇
B-08
干潟の潮汐クリークにおける稚魚の利用
高橋 大輔¹，中村 由紀²
¹ 北海道大学 水産学部
² 国立研究開発法人 水産研究・教育機構
{one}
第12回 沿岸環境シンポジウム 講演要旨集
潮汐クリークは稚魚の生育場として重要とされるが，その利用実態はほとんど定量されていない。
2024年4月から9月に6本のクリークで定置網による採集を行い，クリークの地形と採集数の関係を調べた。
キーワード：稚魚，潮汐クリーク，生育場
B-09
アマモ場回復の市民モニタリング
伊藤 直子¹，小林 誠²
¹ 広島大学 統合生命科学研究科
² 尾道市 環境政策課
係留ブイの交換後，ボランティアのダイバーがアマモの被度を年2回記録した。
新しい係留の周辺では3年で被度が12%から41%に増加し，対照区では変化が見られなかった。
キーワード：アマモ，市民科学，係留
{two}
"""


@pytest.mark.parametrize("one,two", [("－ 1 －", "－ 2 －"), ("1", "2")])
def test_japanese_abstracts_break_between_affiliations_and_body(one, two):
    doc = segment_text(JA.format(one=one, two=two))
    assert numbers(doc) == ["B-07", "B-08", "B-09"]
    assert [text_of(t.title.ja) for t in doc.talks][1] == "干潟の潮汐クリークにおける稚魚の利用"
    kept = kept_texts(doc)
    assert one not in kept and two not in kept


# near misses: what must not change


def test_break_before_the_last_abstracts_body():
    doc = segment_text(booklet(("P-12", "P-13", "P-14"), before=(2, "body")))
    assert numbers(doc) == ["P-12", "P-13", "P-14"]


@pytest.mark.parametrize("before", [(1, "id"), (1, "kw")])
def test_break_elsewhere_keeps_three_abstracts(before):
    doc = segment_text(booklet(("P-12", "P-13", "P-14"), before=before, final=None))
    assert numbers(doc) == ["P-12", "P-13", "P-14"]


def test_closing_number_after_no_page_before_stays_text():
    # a last line ``3`` after the break's ``1``: no page 2's number, so no folio (it stays where it was)
    doc = segment_text(booklet(("P-12", "P-13", "P-14"), final="3"))
    assert ("page-number", "3") not in furniture_of(doc.ledger)


def test_no_page_break_closing_number_stays_text():
    doc = segment_text(booklet(("P-12", "P-13", "P-14"), before=None, final="2"))
    assert ("page-number", "2") not in furniture_of(doc.ledger)


@pytest.mark.parametrize("before", [(1, "affils"), (1, "authors")])
def test_break_inside_title_block(before):
    # read whole across the break since helper brk73 (talks.read_across_break; tests/test_brk73.py)
    doc = segment_text(booklet(("P-12", "P-13", "P-14"), before=before))
    assert numbers(doc) == ["P-12", "P-13", "P-14"]
