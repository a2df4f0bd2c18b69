"""A single document's title block and front matter (issue 16, trial 51). Correct results written before the fix;
every text is made up (other words and languages than the trial's inputs).

1. A document's title that is also its running head on the later pages: the first copy, where it opens the document
   and no other title block follows it, is the title; only the later copies are furniture.
2. A thesis cover's byline (``by`` / name / department / year after ``A thesis submitted for …``): the name is the
   speaker's, the department its affiliation.
3. A dateline under a title (``Press release, City of Bern, 3 March 2024``: a kind of document, an organisation, a
   date) is no part of the title.
4. A label over the title (``Transcript: Opening Remarks``: a kind of record, a colon, a kind of talk) is no title;
   an honorific or academic title before a speaker's name (``Dr.``, ``Prof.``) is no part of the name.
5. A bracketed heading alone on its line (``【議題（1）…】``) under a numbered section is a section of its own.
"""

from __future__ import annotations

import pytest

from segment_inputs import furniture, paragraphs, run_text

FF = "\f"


def _pages(head: str, pages: list[str], folio=lambda n: f"- {n} -") -> str:
    return "".join(head + "\n\n" + body.strip("\n") + "\n\n" + folio(n) + "\n" + (FF if n < len(pages) else "")
                   for n, body in enumerate(pages, start=1))


def _title(talk) -> str | None:
    t = talk.title.ja or talk.title.en
    return t.text if t is not None else None


# 1 ------------------------------------------------------------------------------------------------------------------

JA_HEAD = "令和5年度 みなと町観光振興計画 年次報告"
JA_PAGES = ["第1章 計画の概要\n本計画は、みなと町の観光振興の方針を定めるものである。\n第1節 計画の位置付け\n町の総合計画に基づく個別計画とする。",
            "第2章 取組の状況\n令和5年度は観光案内所の改修を行った。\n第1節 来訪者数\n来訪者数は前年度比で8％増加した。",
            "第3章 今後の方針\n外国人観光客への案内を充実させる。"]
EN_HEAD = "Soil Moisture Dynamics in Alpine Meadows"
EN_PAGES = ["1 Introduction\nAlpine meadows store water in thin soils that dry quickly in summer.\n1.1 Scope\nWe study three sites above 2,000 m.",
            "2 Methods\nProbes were buried at three depths and read every hour.\n2.1 Sites\nThe sites differ in slope and aspect.",
            "3 Results\nThe steepest site dried first in every summer."]


@pytest.mark.parametrize("head,pages", [(JA_HEAD, JA_PAGES), (EN_HEAD, EN_PAGES)])
def test_title_that_runs_as_the_head_is_the_title51(head, pages):
    doc = run_text(_pages(head, pages))
    [talk] = doc.talks
    assert _title(talk) == head
    heads = [t for t, r in furniture(doc) if t == head]
    assert len(heads) == len(pages) - 1  # the later copies only
    assert talk.id != "document"


def test_header_above_a_title_block_stays_furniture51():
    """A head printed above every page, the first page's included, over a title with its author under it, stays
    furniture: the block's title is the title."""
    head = "Proceedings of the Mountain Hydrology Workshop"
    first = ("Snow Melt Timing in Small Catchments\nAnna Berger, University of Innsbruck\n\n" + EN_PAGES[0])
    doc = run_text(_pages(head, [first, *EN_PAGES[1:]]))
    [talk] = doc.talks
    assert _title(talk) == "Snow Melt Timing in Small Catchments"
    assert len([t for t, r in furniture(doc) if t == head]) == 3


def test_head_over_the_same_line_on_every_page_stays_furniture51():
    """A head printed over the same line on every page, the first's included (a deck's headline over its section's
    name), titles none of them: every copy is furniture."""
    head, under = "Urban Heat Islands in Coastal Cities", "Overview"
    pages = [under + "\nCities are warmer than the land around them, most of all at night.",
             under + "\nParks and water bodies cool the streets next to them by one to two degrees.",
             under + "\nWhite roofs reflect sunlight but cost more to keep clean."]
    doc = run_text(_pages(head, pages, folio=str))
    assert len([t for t, r in furniture(doc) if t == head]) == 3
    assert all(_title(t) != head for t in doc.talks)


# 2 ------------------------------------------------------------------------------------------------------------------

COVERS = [
    ("Flood Frequency on Braided Rivers",
     ["A dissertation submitted in partial fulfilment of the requirements for the degree of Doctor of Philosophy",
      "by", "Maria Gonzalez", "School of Geography, University of Leeds", "2023"],
     "Maria Gonzalez", "School of Geography, University of Leeds"),
    ("Timber Bridges for Rural Roads",
     ["A thesis presented for the degree of Bachelor of Engineering", "by", "Chen Wei",
      "Faculty of Engineering, University of Auckland", "March 2022"],
     "Chen Wei", "Faculty of Engineering, University of Auckland"),
]


@pytest.mark.parametrize("title,cover,name,affiliation", COVERS)
def test_thesis_byline_is_the_speaker51(title, cover, name, affiliation):
    body = "\n".join(["1 Introduction", "Rivers change their channels after each large flood, and the record is short.",
                      "2 Data", "We read gauge records from nine stations over forty years."])
    [talk] = run_text(title + "\n\n" + "\n".join(cover) + "\n\n" + body + "\n").talks
    assert _title(talk) == title
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation
    assert cover[0] in [x.text for x in talk.front]


# 3 ------------------------------------------------------------------------------------------------------------------

DATELINES = [("Bern and Nara Sign Agreement on Heritage Tourism", "Press release, City of Bern, 3 March 2024"),
             ("New Ferry Terminal Opens to Passengers", "News release, Port of Rotterdam Authority, 14 February 2023"),
             ("Lyon Extends Night Bus Service", "Media release — Métropole de Lyon — 2 June 2025")]


@pytest.mark.parametrize("title,dateline", DATELINES)
def test_dateline_stays_out_of_the_title51(title, dateline):
    body = ["The agreement was signed on Monday at the town hall by both mayors.",
            "It covers joint exhibitions and exchanges of museum staff over five years.",
            "Media contact: Communications Office, +41 31 321 00 00"]
    [talk] = run_text(title + "\n" + dateline + "\n\n" + "\n".join(body) + "\n").talks
    assert _title(talk) == title
    kept = [x.text for x in talk.front] + [talk.speaker.text.text if talk.speaker.text else ""] + paragraphs(talk)
    assert any(dateline in k for k in kept)


# 4 ------------------------------------------------------------------------------------------------------------------

LABELLED = [("Transcript: Opening Remarks", "Reducing Flood Risk in River Towns",
             "Prof. Anna Weber, Dean, Faculty of Civil Engineering", "Anna Weber"),
            ("Recording: Plenary Lecture", "What Small Museums Teach Big Cities",
             "Dr Kenji Sato, Curator, Hakodate City Museum", "Kenji Sato")]


@pytest.mark.parametrize("label,title,speaker,name", LABELLED)
def test_record_label_is_no_title51(label, title, speaker, name):
    body = ["Good morning, and thank you for coming.", "[Applause]",
            "Let me start with a story about a flood that reached the second floor of our town hall."]
    [talk] = run_text(label + "\n" + title + "\n" + speaker + "\n\n" + "\n\n".join(body) + "\n").talks
    assert _title(talk) == title
    assert label in [x.text for x in talk.front]
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert talk.speaker.text is not None and talk.speaker.text.text == speaker


# 5 ------------------------------------------------------------------------------------------------------------------

MINUTES = [("令和7年度 第1回 みどり市交通会議 会議録", "４ 議題", ["【議題（1）バス路線の見直しについて】", "【議題（2）その他】"],
            ["バス路線の見直しについて", "その他"]),
           ("第3回 さくら区景観審議会 議事録", "３ 議事", ["【報告事項】", "【審議事項（1）景観計画の改定について】"],
            ["報告事項", "景観計画の改定について"])]


@pytest.mark.parametrize("title,agenda,heads,titles", MINUTES)
def test_bracketed_agenda_headings_are_sections51(title, agenda, heads, titles):
    turns = [["会長：それでは議題について事務局から説明をお願いします。", "事務局：資料1をご覧ください。利用者は前年度比で3％増えました。"],
             ["会長：次回の会議は3月に開催する予定です。以上で閉会します。"]]
    text = (title + "\n\n１ 日時 令和7年6月3日（火） 午前10時から\n２ 場所 市役所 3階 会議室\n" + agenda + "\n\n"
            + "\n\n".join(h + "\n" + "\n".join(t) for h, t in zip(heads, turns)) + "\n")
    [talk] = run_text(text).talks
    assert _title(talk) == title
    got = [s.title.text for s in talk.sections]
    assert [t for t in got if t in titles] == titles
    for h, t in zip(titles, turns):
        [s] = [s for s in talk.sections if s.title.text == h]
        assert [p.text for p in s.paragraphs] == t
