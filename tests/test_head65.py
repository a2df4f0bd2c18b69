"""Fresh-user trials 64d and 64e (issue 16: titles and page furniture on any document), helper head65. Made-up
documents, other wording, places and layouts than the trials' (also under /work/regress/in_head65/).

1. A title-case line at a document's top shaped as a title's phrase (an article, ``of the``) over the text's own
   prose is its title, though an organisation's word stands in it (``The Office of the Future``); an organisation's
   name without that shape (``Office of International Affairs``, ``The City of Sapporo International Office``)
   stays the organisation's, and so does any in a speaker's or affiliation's place.
2. A text dump's running head set as two cells (``Annual Report 2024`` ⟶ a wide gap ⟶ ``Harbor City Port
   Authority``), with or without a folio cell, is page furniture on the pages after the first: the gap between the
   cells is no text of the head and no longer makes it too long for one.
3. A running line with its folio (``Matsue City | Page 1``) is labelled by where it stands on its page, one way in a
   document: a proceedings' talks that set their slides' feet alike get ``running-footer`` in every talk.
4. No section's ``heading`` ends on white space: the ideographic space that sets a notice's label off its value
   (``1．受付期間　令和7年…``) goes to the ledger (rule ``trim_heading``), every raw character still accounted for.
"""

from __future__ import annotations


import pytest

from segmenting import only_talk, paragraph_texts, segment_text, text_of

PROSE = ("When the first personal computers arrived, few predicted the effect they would have on daily work. The\n"
         "machines were expensive, and their effect was modest at first.\n\n"
         "Today every firm relies on them, and the place where people work has changed.\n")


@pytest.mark.parametrize("title, byline", [
    ("The Office of the Future", ""),
    ("The Future of the Office", "Margaret Hale\n"),
    ("The School of the Air", ""),
    ("The Library of the Future", "Tomas Lind\n"),
])
def test_a_title_phrase_over_its_prose_is_the_title65(title, byline):
    talk, _ = only_talk(f"{title}\n{byline}\n{PROSE}")
    assert text_of(talk.title.en) == title
    assert title not in [t.text for t in talk.front]
    assert text_of(talk.speaker.affiliation) is None
    if byline:
        assert text_of(talk.speaker.name) == byline.strip()


@pytest.mark.parametrize("organisation", ["Office of International Affairs", "The City of Sapporo International Office"])
def test_an_organisation_s_name_over_prose_stays_no_title65(organisation):
    """Near miss: a name with no title's phrase shape (no article with ``of the``) is no title over the prose."""
    talk, _ = only_talk(f"{organisation}\n\n{PROSE}")
    assert text_of(talk.title.en) is None
    assert talk.front[0].text == organisation


@pytest.mark.parametrize("organisation", ["The Office of the Future", "Office of International Affairs",
                                          "The City of Sapporo International Office"])
def test_an_organisation_in_an_affiliation_s_place_stays_the_affiliation65(organisation):
    """Near miss: under the speaker's name, any of them is the speaker's affiliation."""
    talk, _ = only_talk(f"Snow Festivals and Winter Tourism\nKenji Sato\n{organisation}\n\n1. Introduction\n"
                        "The festival draws more than two million visitors each February.\n")
    assert text_of(talk.title.en) == "Snow Festivals and Winter Tourism"
    assert text_of(talk.speaker.affiliation) == organisation


def test_a_letterhead_of_that_shape_over_its_salutation_stays_the_letterhead65():
    """Near miss: ``The Office of the Mayor`` over a letter's salutation is its letterhead, the signer's office."""
    talk, _ = only_talk("The Office of the Mayor\n\nDear residents,\n\nThe council will resurface Harbour Road from 3 "
                        "March. The work will take two weeks, and the road will be closed\nto through traffic during the "
                        "day.\n\nYours sincerely,\nJane Okafor\nMayor\n")
    assert text_of(talk.title.en) is None
    assert talk.front[0].text == "The Office of the Mayor"
    assert "The Office of the Mayor" in text_of(talk.speaker.affiliation)


def test_title_phrase_over_text_needs_its_place65():
    from pipeline.model import Text
    from pipeline.segment.titleblock import title_phrase_over_text

    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    prose = PROSE.split("\n")[0]
    assert title_phrase_over_text(mk("The Office of the Future", prose), 0)
    assert not title_phrase_over_text(mk("The Office of the Mayor", "12 Harbour Street, Porthaven PH1 4AB", prose), 0)
    assert not title_phrase_over_text(mk("The Office of the Future", "Annual Report 2024", prose), 0)
    assert not title_phrase_over_text(mk("Office of the Future", prose), 0)


GAP = " " * 35


@pytest.mark.parametrize("head, folios, body", [
    (f"Annual Report 2024{GAP}Harbor City Port Authority", ("Page 1 of 2", "Page 2 of 2"),
     ("The port handled 12.4 million tonnes of cargo in 2024, six percent more than the year before.",
      "Dredging of the main channel to 14 metres was completed in October.")),
    (f"Water Services Review 2023{GAP}Lakeside District Council", ("- 1 -", "- 2 -"),
     ("The district supplied 41 million litres of water a day in 2023, two percent more than in 2022.",
      "Eleven kilometres of cast-iron main were replaced, most of them under residential streets.")),
    (f"Inspection Note 7{GAP}Northern Roads Authority{GAP}Draft", ("Page 1 of 2", "Page 2 of 2"),
     ("Every structure will be inspected once a year by two engineers, and the larger bridges twice.",
      "The results will be published for residents each spring, bridge by bridge.")),
])
def test_a_two_cell_running_head_is_furniture65(head, folios, body):
    text = (f"{head}\n1. Overview\n{body[0]}\n{folios[0]}\n{head.replace(GAP, GAP[:30], 1)}\n{body[1]}\n"
            f"2. Outlook\nThe authority expects growth to go on.\n{folios[1]}\n")
    talk, ledger = only_talk(text)
    heads = [r for r in ledger if r.rule == "page_furniture" and r.reason == "running-header"]
    assert 5 in [r.line for r in heads]  # (the first copy may be the document's title, or furniture too)
    assert all("Authority" not in p and "Council" not in p for p in paragraph_texts(talk))


def test_a_two_cell_head_with_its_folio_cell_is_furniture65():
    text = (f"Annual Report 2024{GAP}Harbor City Port Authority{GAP}Page 1\n1. Overview\n"
            "The port handled 12.4 million tonnes of cargo in 2024, six percent more than the year before.\n"
            "Container traffic grew fastest, driven by new routes to Southeast Asia.\n"
            f"Annual Report 2024{GAP}Harbor City Port Authority{GAP}Page 2\n"
            "Dredging of the main channel to 14 metres was completed in October, allowing larger vessels.\n"
            "2. Outlook\nThe authority expects cargo volumes to grow by 4 percent in 2025.\n")
    talk, ledger = only_talk(text)
    assert 5 in {r.line for r in ledger if r.rule == "page_furniture" and r.reason == "running-header"}
    assert all("Authority" not in p for p in paragraph_texts(talk))


def test_rows_of_a_table_that_differ_stay_text65():
    """Near miss: a table's rows set in cells, one after each page number, differ: no running head."""
    text = ("Monthly Cargo Figures\n1. Figures by month\nThe table gives the tonnage handled each month in 2024.\n"
            f"January{GAP}North Terminal{GAP}South Terminal\nPage 1 of 2\n"
            f"February{GAP}North Terminal{GAP}South Terminal\nThe South Terminal was closed for two weeks.\n"
            "Page 2 of 2\n")
    _, ledger = only_talk(text)
    assert not [r for r in ledger if r.reason in ("running-header", "running-footer")]


PAPER = """{city_ja}
{title_ja}
{title_en}
{speaker}

１．はじめに
{city_ja}は{topic}に取り組んできた。本稿ではその経緯と成果を報告する。
２．取り組み
平成元年に事業を始め、現在は年間２００万人が訪れる観光拠点となっている。

"""


def _proceedings(feet: bool, closing: str = "") -> str:
    out = []
    for city_ja, city_en, title_ja, title_en, speaker, topic, slides in [
        ("函館市", "Hakodate", "港町の歴史的建造物と観光", "Historic Harbour Buildings and Tourism",
         "函館市観光部長　佐藤　健一", "歴史的建造物を活かした観光",
         [("Hakodate's Harbour", "Western-style houses", "Warehouses along the bay"),
          ("Red Brick Warehouses", "Reopened in 1989", "Two million visitors a year")]),
        ("長崎市", "Nagasaki", "坂の町の景観保全", "Preserving the Townscape of a City of Slopes",
         "長崎市都市計画課長　田中　美穂", "坂道と石段の景観保全",
         [("Nagasaki, a City of Slopes", "Stone steps and walls", "Views over the harbour"),
          ("Keeping the Stone Steps", "Grants since 2019", "Volunteers repair the walls")]),
    ]:
        out.append(PAPER.format(city_ja=city_ja, title_ja=title_ja, title_en=title_en, speaker=speaker, topic=topic))
        for n, slide in enumerate(slides, 1):
            mark = f"{city_en} City | Page {n}"
            out.append("\n".join([*slide, mark] if feet else [mark, *slide]) + "\n\n")
    return "".join(out) + closing


@pytest.mark.parametrize("feet, closing, label", [
    (True, "", "running-footer"),
    (True, "Thank you for listening\n", "running-footer"),
    (False, "", "running-header"),
])
def test_a_running_line_with_its_folio_is_labelled_alike_in_every_talk65(feet, closing, label):
    doc = segment_text(_proceedings(feet, closing))
    assert len(doc.talks) == 2
    marks = [r for r in doc.ledger if r.rule == "page_furniture" and "City" in r.text]
    assert len(marks) == 4 and {r.reason for r in marks} == {label}


NOTICE = """令和7年度 防災訓練の実施について（お知らせ）

地域の皆様へ

下記のとおり防災訓練を実施します。多くの皆様のご参加をお願いいたします。

記

{items}

令和7年8月1日
みなと市長　山田 花子
"""


@pytest.mark.parametrize("items, headings", [
    ("1．日時　令和7年9月7日（日）午前9時から正午まで\n2．場所　みなと小学校 体育館\n3．内容　避難訓練と応急手当の講習",
     ["1．日時", "2．場所", "3．内容"]),
    ("１　講座名　　はじめての家計簿\n２　定　員　　30名（先着順）\n３　受講料　　無料",
     ["1\u3000講座名", "2\u3000定\u3000員", "3\u3000受講料"]),
])
def test_no_heading_ends_on_white_space65(items, headings, tmp_path):
    from reliability import one_talk

    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "notice.txt"
    source.write_text(NOTICE.format(items=items), encoding="utf-8")
    talk = one_talk(source, tmp_path)  # every raw character in the talk JSON or its ledger
    sections = talk["paper"]["sections"]
    # the notice's text over 記 is its body, an unheaded section before the items (helper news69)
    assert sections[0]["heading"] is None and sections[0]["paragraphs"][0]["text"].startswith("下記のとおり")
    assert [s["heading"] for s in sections[1:]] == headings
    trimmed = [d for d in talk["dropped"] if d["rule"] == "trim_heading"]
    assert trimmed and all(d["text"] == "\u3000" and d["reason"] == "spacing" for d in trimmed)


def test_a_heading_s_inner_ideographic_space_stays65():
    """Near miss: an ideographic space inside a heading (``２．調査の概要　方法と対象``) is the heading's own."""
    talk, ledger = only_talk("地域交通に関する調査報告\n\n１．はじめに\n本調査は路線バスの利用状況を把握するために行った。\n\n"
                             "２．調査の概要　方法と対象\n調査は令和6年10月に全路線で乗降客数を数えて行った。\n")
    assert [s.heading.text for s in talk.sections] == ["1．はじめに", "2．調査の概要\u3000方法と対象"]
    assert not [r for r in ledger if r.rule == "trim_heading"]
