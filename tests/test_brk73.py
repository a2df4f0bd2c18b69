"""Issue 16 points 1 and 4 (helper brk73): page breaks and page furniture.

1. A page break (its folio and the next page's running head) inside an abstract's title block, between its title and
   its authors or its authors and their affiliations: the block is read whole, the furniture goes to the ledger
   (``talks.read_across_break``); the abstract had merged into the one before.
2. An English running head interrupting a sentence that runs over the break (``…the board`` / ``2`` / head /
   ``approved the plan.``): the head and folio are furniture, the sentence rejoined (``breakheads._interrupts_sentence``).
3. A head opening every page after the first of a dump paged by form feeds, no folio beside it
   (``breakheads.heads_at_form_feeds``).
4. A one-page text closing on a bare ``1``: its folio only where the dump sets it so, centred or its page closed by a
   form feed (``breakheads.lone_closing_folio``); at the margin it stays text.
"""

from __future__ import annotations

import pytest

from tests.segmenting import (authors_of, furniture_of, kept_texts, paragraph_texts, segment_pdf, segment_text,
                              text_of)
from tests.test_abs72 import ABSTRACTS, HEAD, RUNNING, booklet, numbers


def _front_and_paragraphs(doc):
    return [t.text for talk in doc.talks for t in talk.front] + [p for talk in doc.talks for p in paragraph_texts(talk)]


# 1. a page break inside an abstract's title block


@pytest.mark.parametrize("ids", [("P-12", "P-13", "P-14"), ("S3-2", "S3-3", "S3-4")])
@pytest.mark.parametrize("part", ["title", "authors", "affils"])
def test_break_inside_english_title_block(ids, part):
    doc = segment_text(booklet(ids, before=(1, part)))
    assert numbers(doc) == list(ids)
    assert [text_of(t.title.en) for t in doc.talks] == [a[0] for a in ABSTRACTS]
    assert authors_of(doc.talks[1]) == [("Morag Campbell", "Heriot-Watt University, Orkney, UK"),
                                        ("Peter Haugen", "Norwegian Institute for Water Research, Bergen, Norway")]
    furniture = furniture_of(doc.ledger)
    assert ("page-number", "1") in furniture and ("running-header", RUNNING) in furniture
    kept = kept_texts(doc)
    assert "1" not in kept and RUNNING not in kept


JA_HEAD = "第12回 沿岸環境シンポジウム 講演要旨集"
JA_ABSTRACTS = [
    ["B-07", "再生塩性湿地における堆積速度の変化", "山本 健一¹，佐藤 美咲²", "¹ 東北大学大学院 環境科学研究科",
     "² 宮城県 水産技術総合センター", "2015年に堤防を開削して再生した塩性湿地において，標高変化を3年間にわたり測定した。",
     "若い区画では年7mmの堆積が見られ，古い区画では年3mmまで低下した。植生の定着は標高変化に約2年遅れた。",
     "キーワード：塩性湿地，堆積，海面上昇"],
    ["B-08", "干潟の潮汐クリークにおける稚魚の利用", "高橋 大輔¹，中村 由紀²", "¹ 北海道大学 水産学部",
     "² 国立研究開発法人 水産研究・教育機構", "潮汐クリークは稚魚の生育場として重要とされるが，その利用実態はほとんど定量されていない。",
     "2024年4月から9月に6本のクリークで定置網による採集を行い，クリークの地形と採集数の関係を調べた。",
     "キーワード：稚魚，潮汐クリーク，生育場"],
    ["B-09", "アマモ場回復の市民モニタリング", "伊藤 直子¹，小林 誠²", "¹ 広島大学 統合生命科学研究科", "² 尾道市 環境政策課",
     "係留ブイの交換後，ボランティアのダイバーがアマモの被度を年2回記録した。",
     "新しい係留の周辺では3年で被度が12%から41%に増加し，対照区では変化が見られなかった。", "キーワード：アマモ，市民科学，係留"],
]


def ja_booklet(where: int, one: str, two: str) -> str:
    """Three Japanese abstracts; page 1's folio ``one`` and page 2's head before line ``where`` of the second."""
    out = [JA_HEAD, "セッションB　干潟と塩性湿地"]
    for k, lines in enumerate(JA_ABSTRACTS):
        for j, line in enumerate(lines):
            if (k, j) == (1, where):
                out += [one, JA_HEAD]
            out.append(line)
    return "\n".join(out + [two]) + "\n"


@pytest.mark.parametrize("one,two", [("1", "2"), ("－ 1 －", "－ 2 －")])
@pytest.mark.parametrize("where", [1, 2, 3, 4])  # before the title, the authors, the affiliations, the second one
def test_break_inside_japanese_title_block(where, one, two):
    doc = segment_text(ja_booklet(where, one, two))
    assert numbers(doc) == ["B-07", "B-08", "B-09"]
    assert [text_of(t.title.ja) for t in doc.talks] == [a[1] for a in JA_ABSTRACTS]
    assert [name for name, _ in authors_of(doc.talks[1])] == ["高橋 大輔", "中村 由紀"]
    assert ("page-number", one) in furniture_of(doc.ledger)
    assert one not in kept_texts(doc)


def test_break_between_two_affiliations_english():
    text = booklet(("P-12", "P-13", "P-14"), before=None).replace(
        "¹ Heriot-Watt University, Orkney, UK\n", f"¹ Heriot-Watt University, Orkney, UK\n1\n{RUNNING}\n")
    doc = segment_text(text)
    assert numbers(doc) == ["P-12", "P-13", "P-14"]
    assert [a for _, a in authors_of(doc.talks[1])] == ["Heriot-Watt University, Orkney, UK",
                                                         "Norwegian Institute for Water Research, Bergen, Norway"]
    assert "1" not in kept_texts(doc) and ("page-number", "1") in furniture_of(doc.ledger)


def test_break_inside_title_block_of_a_pdf_still_read():
    # near miss: a PDF's folio and head are set aside by their place (extract), and the block reads whole as before
    from tests.pdfmaker import EN, EN_BOLD, drawn_pdf

    runs: list[list] = [[], []]
    y = [780.0, 780.0]
    page = 0
    for h in HEAD:
        runs[0].append((EN_BOLD, 11, 72, y[0], h))
        y[0] -= 16
    runs[1].append((EN, 8, 72, 810, RUNNING))
    for k, (title, authors, affs, body, kw) in enumerate(ABSTRACTS):
        for part, font, pt, texts in (("id", EN_BOLD, 10, [f"P-1{k + 2}"]), ("title", EN_BOLD, 12, [title]),
                                      ("authors", EN, 10, [authors]), ("affils", EN, 9, affs), ("body", EN, 10, body),
                                      ("kw", EN, 10, [kw])):
            if (k, part) == (1, "affils"):
                page = 1
            for t in texts:
                runs[page].append((font, pt, 72, y[page], t))
                y[page] -= 16
    runs[0].append((EN, 9, 295, 40, "1"))
    runs[1].append((EN, 9, 295, 40, "2"))
    doc = segment_pdf(drawn_pdf(runs))
    assert numbers(doc) == ["P-12", "P-13", "P-14"]


def test_wrapped_id_listing_keeps_its_rows():
    # near miss: a programme listing ids, titles and authors, with no running text under each row, starts no talk at
    # each row, page break or not
    rows = []
    for k, (title, authors, *_rest) in enumerate(ABSTRACTS):
        rows += [f"P-1{k + 2}", title, authors]
    text = "\n".join(HEAD + rows[:5] + ["1", RUNNING] + rows[5:] + ["2"]) + "\n"
    assert len(segment_text(text).talks) == 1


# 2. an English head interrupting a sentence over the break

MINUTES = """Millbrook Parish Council
Minutes of the Planning Committee, 4 November 2025
Present: Cllr A. Hart (Chair), Cllr R. Osei, Cllr J. Byrne
1. Apologies
Apologies were received from Cllr M. Lewis, who was away on council business.
2. Riverside footpath
The clerk reported that the county survey of the riverside footpath had found three
stretches in need of repair before the winter floods, and after a short discussion the board
{folio}
{head}
approved the plan to resurface them in the spring.
3. Any other business
There was no other business and the meeting closed at 8.40 pm.
"""
NEWSLETTER = """Harbour Notes
Newsletter of the Kellan Harbour Users' Group — Issue 14, Spring 2025
Dredging update
The dredging of the inner basin started in February and the contractor expects to finish the
work in early May, weather permitting, after which the moorings on the east pontoon will be
- 1 -
{head}
reopened to visiting yachts for the whole of the summer season.
New harbour master
We welcome Siobhan Kerr, who joins us from Oban in April.
- 2 -
"""


@pytest.mark.parametrize("folio", ["2", "- 2 -", "Page 2"])
def test_english_head_inside_a_sentence_minutes(folio):
    head = "Millbrook Parish Council — Planning Committee, 4 November 2025"
    doc = segment_text(MINUTES.format(folio=folio, head=head))
    assert ("running-header", head) in furniture_of(doc.ledger)
    assert any(p.endswith("after a short discussion the board approved the plan to resurface them in the spring.")
               for p in _front_and_paragraphs(doc))


@pytest.mark.parametrize("head", ["Harbour Notes — Issue 14, Spring 2025", "Harbour Notes | Issue 14"])
def test_english_head_inside_a_sentence_newsletter(head):
    doc = segment_text(NEWSLETTER.format(head=head))
    assert ("running-header", head) in furniture_of(doc.ledger)
    assert any(p.endswith("will be reopened to visiting yachts for the whole of the summer season.")
               for p in _front_and_paragraphs(doc))


def test_name_carrying_the_sentence_on_stays_text():
    # near miss: the line after the folio is a name the sentence runs on into, no head's two parts
    text = MINUTES.format(folio="2", head="Northgate Housing Trust").replace(
        "after a short discussion the board", "after a short discussion agreed that the")
    doc = segment_text(text.replace("approved the plan to resurface", "should take on the work to resurface"))
    assert ("running-header", "Northgate Housing Trust") not in furniture_of(doc.ledger)
    assert any("Northgate Housing Trust" in p for p in _front_and_paragraphs(doc))


def test_head_then_new_sentence_near_miss():
    # near miss: the sentence closed before the folio; the head is read as before (breakheads)
    text = MINUTES.format(folio="2", head="Millbrook Parish Council — Planning Committee, 4 November 2025").replace(
        "the board\n", "the board agreed.\n").replace("approved the plan", "The clerk will plan")
    doc = segment_text(text)
    assert ("running-header", "Millbrook Parish Council — Planning Committee, 4 November 2025") in furniture_of(doc.ledger)


# 3. a head at form feeds, no folio

EN_PAGES = ["Kellan Harbour Users' Group\nAnnual Review 2025\nMoorings\n"
            "The east pontoon was rebuilt in the spring and now takes twenty visiting yachts.\n"
            "Demand for moorings rose again, with a waiting list of 41 boats by October.\n",
            "{head}\nDredging\nThe inner basin was dredged in February and March at a cost of £84,000.\n"
            "The spoil went to the saltmarsh scheme on the west shore.\n",
            "{head}\nFinances\nIncome from moorings covered the dredging, and the reserve stands at £120,000.\n"]
JA_PAGES = ["みなと町 広報 第87号\n令和7年11月\n■ 港の清掃活動\n10月12日に港の一斉清掃を行い、約120人の町民が参加しました。\n"
            "回収したごみは約850キログラムでした。\n",
            "{head}\n■ 防災訓練のお知らせ\n11月23日に町内全域で防災訓練を行います。\n当日は午前9時にサイレンが鳴ります。\n",
            "{head}\n■ 図書館の休館\n蔵書点検のため、12月1日から5日まで図書館を休館します。\n"]


@pytest.mark.parametrize("pages,head", [(EN_PAGES, "Kellan Harbour Users' Group — Annual Review 2025"),
                                        (EN_PAGES[:2], "Kellan Harbour Users' Group — Annual Review 2025"),
                                        (JA_PAGES, "みなと町 広報 第87号　令和7年11月"),
                                        (JA_PAGES[:2], "みなと町 広報　令和7年11月")])
def test_head_at_form_feeds_without_folio(pages, head):
    doc = segment_text("\f".join(p.format(head=head) for p in pages))
    assert furniture_of(doc.ledger).count(("running-header", head)) == len(pages) - 1
    assert head not in kept_texts(doc)


def test_own_headings_at_form_feeds_stay():
    # near miss: each page opens on its own heading (no head), or on one line that names nothing of page 1's top
    doc = segment_text("\f".join(p.format(head="Continued") for p in EN_PAGES))
    assert "Continued" in kept_texts(doc) and not any(r == "running-header" for r, _ in furniture_of(doc.ledger))
    doc = segment_text("\f".join(p.format(head="").lstrip("\n") for p in EN_PAGES))
    assert [t for _, t in furniture_of(doc.ledger)] == []


# 4. a one-page text closing on a bare 1

NOTICE = ("Millbrook Parish Council\nNotice of Road Closure\n"
          "Mill Lane will be closed from 3 to 7 March 2026 for resurfacing works.\n"
          "A signed diversion will run via Station Road and the High Street.\n")
JA_NOTICE = "みなと町 お知らせ\n町道の通行止めについて\n3月3日から7日まで、町道みなと線を舗装工事のため通行止めにします。\n迂回路は駅前通りをご利用ください。\n"


@pytest.mark.parametrize("text", [NOTICE + " " * 35 + "1\n", NOTICE + "1\n\f", JA_NOTICE + " " * 34 + "1\n",
                                  JA_NOTICE + "1\n\f"])
def test_one_page_closing_folio_where_the_dump_sets_it(text):
    doc = segment_text(text)
    assert ("page-number", "1") in furniture_of(doc.ledger)
    assert "1" not in kept_texts(doc)


@pytest.mark.parametrize("text", [NOTICE + "1\n", JA_NOTICE + "1\n",
                                  "Minutes, 4 November 2025\nThe motion was put to the vote.\nVotes for: 6\nVotes against:\n1\n\f",
                                  "Kit list\nBring the following:\nboots.\n" + " " * 20 + "1\n" + " " * 20 + "2\n"])
def test_closing_one_at_the_margin_stays_text(text):
    doc = segment_text(text)
    assert ("page-number", "1") not in furniture_of(doc.ledger)


def test_recurring_head_inside_sentences_of_three_pages():
    # near miss: a head recurring at each of three pages' breaks, inside sentences, was furniture already (recurrence)
    head = "Millbrook Parish Council — Planning Committee, 4 November 2025"
    text = "\n".join(["Millbrook Parish Council", "Minutes of the Planning Committee, 4 November 2025",
                      "1. Riverside footpath",
                      "The clerk reported that the county survey of the riverside footpath had found three",
                      "stretches in need of repair before the winter floods, and after a short discussion the board",
                      "1", head,
                      "approved the plan to resurface them in the spring, with the work to be done by a local firm",
                      "chosen after three quotes had been obtained from contractors in the district, and the clerk",
                      "2", head, "will write to the county to ask for a grant towards the cost.",
                      "2. Any other business", "There was no other business and the meeting closed at 8.40 pm.",
                      "3"]) + "\n"
    doc = segment_text(text)
    assert furniture_of(doc.ledger).count(("running-header", head)) == 2
    assert any("the board approved the plan" in p and "the clerk will write" in p for p in _front_and_paragraphs(doc))


def test_english_foot_inside_a_sentence():
    # the head printed at page 1's foot, over its folio, inside a sentence running over the break (a newsletter's
    # foot: trial 73's kind)
    foot = "Friends of Millbrook Museum · Autumn 2025"
    text = ("Friends of Millbrook Museum Newsletter — Autumn 2025\n\nA new gallery for the mill's looms\n\n"
            "The trustees agreed in June to turn the old carding room into a gallery for the three looms that\n"
            "survived the fire of 1911, and the volunteers have spent the summer cleaning them, always carefully and\n\n"
            f"{foot}\n2\n\nwith the conservator's advice to hand. The gallery opens to visitors on 4 October.\n\n"
            "Our thanks go to everyone who gave to the appeal.\n")
    doc = segment_text(text)
    assert ("running-footer", foot) in furniture_of(doc.ledger)
    assert any("always carefully and with the conservator's advice" in p for p in _front_and_paragraphs(doc))
