"""Helper head65c (issue 16: titles and page furniture), after fresh-user trials 65 and 65b. Made-up documents, other
wording, languages and layouts than the trials' (also under /work/regress/in_head65c/).

1. A one-cell running head that opens the dump with its page number right under it (``令和７年度　森林環境調査報告書``
   / ``－ 1 －`` atop each page) is the pages' header by its place, never their footer, and its first copy, the only
   title-like line the document prints, is the title (trial 51's rule, which reads headers).
2. A running head naming its publisher beside the title (``Eastmoor Library Service — Annual Report 2025``) over the
   title it holds whole (``Annual Report 2025``) is furniture on page 1 too, as on the later pages.
"""

from __future__ import annotations

import pytest

from segmenting import furniture_of, only_talk, paragraph_texts, text_of


def _rows(ledger, reason):
    return [(r.line, r.text.strip()) for r in ledger if r.rule == "page_furniture" and r.reason == reason]


HEAD_TOP_EN = ("{head}\n{f1}\nThis review sets out the results of the water sampling carried out along the catchment "
               "between April and\nSeptember, and compares them with the previous three years of the same survey.\n"
               "1. Sampling sites\nThe eleven sites were chosen to match those used in earlier reviews so that the "
               "figures can be compared.\n{head}\n{f2}\n2. Results\nNitrate levels fell at eight of the eleven sites, "
               "most clearly below the treatment works, where\nthe new filter beds came into use in March.\n"
               "3. Next steps\nSampling will continue on the same pattern next year, with two extra sites on the "
               "tributaries.\n{head}\n{f3}\n")

HEAD_TOP_JA = ("{head}\n{f1}\n　本計画は、みなと町の観光の現状と課題を整理し、今後五年間の施策の方向を示すものである。\n"
               "計画の期間は令和８年度から令和１２年度までとする。\n第１章　観光の現状\n"
               "　町を訪れる観光客は年間約４２万人で、その半数が夏の三か月に集中している。\n{head}\n{f2}\n"
               "第２章　施策の方向\n　冬の閑散期に向けて、港の朝市と温泉を結ぶ周遊コースを整え、宿泊を伴う滞在を増やす。\n"
               "第３章　推進体制\n　町、観光協会、商工会の三者で推進会議を設け、毎年度の進み具合を確かめる。\n{head}\n{f3}\n")


@pytest.mark.parametrize("template, head, title, folios", [
    (HEAD_TOP_EN, "Riverside Water Quality Review 2025", "Riverside Water Quality Review 2025", ("- 1 -", "- 2 -", "- 3 -")),
    (HEAD_TOP_EN, "Hillcrest School Travel Plan", "Hillcrest School Travel Plan", ("Page 1 of 3", "Page 2 of 3", "Page 3 of 3")),
    (HEAD_TOP_JA, "第２次　みなと町観光振興計画", "第2次\u3000みなと町観光振興計画", ("- 1 -", "- 2 -", "- 3 -")),
    (HEAD_TOP_JA, "令和７年度　森林環境調査報告書", "令和7年度\u3000森林環境調査報告書", ("－ 1 －", "－ 2 －", "－ 3 －")),
])
def test_a_head_over_its_folio_atop_each_page_is_a_header_and_the_title65c(template, head, title, folios):
    talk, ledger = only_talk(template.format(head=head, f1=folios[0], f2=folios[1], f3=folios[2]))
    title_of = talk.title.ja if any(ord(c) > 0x3000 for c in title) else talk.title.en
    assert text_of(title_of) == title
    assert not _rows(ledger, "running-footer")
    heads = _rows(ledger, "running-header")
    assert len(heads) == 2 and 1 not in [line for line, _ in heads]


def test_a_footer_at_the_foot_of_each_page_stays_a_footer65c():
    """Near miss: the line before each folio closes its page; the dump opens on the title, not on the line."""
    text = ("Community Energy Report 2025\nTom Reed, Valley Energy Group\n1. Panels installed\nThe group fitted solar "
            "panels to eleven public buildings this year, including the two schools.\nValley Energy Group\n- 1 -\n"
            "2. Savings\nThe buildings saved about 280,000 kilowatt hours between them on last year's prices.\n"
            "Valley Energy Group\n- 2 -\n3. Plans\nNext year the group will look at batteries for the pool.\n"
            "Valley Energy Group\n- 3 -\n")
    talk, ledger = only_talk(text)
    assert text_of(talk.title.en) == "Community Energy Report 2025"
    assert len(_rows(ledger, "running-footer")) == 3 and not _rows(ledger, "running-header")


def test_a_one_page_head_over_its_folio_stays_the_title65c():
    """Near miss: one page shows no running line."""
    talk, ledger = only_talk("Greenway Cycling Club Newsletter\n- 1 -\nThe club's spring rides start on the first "
                             "Sunday in April from the station car park.\nRiders of all levels are welcome.\n")
    assert text_of(talk.title.en) == "Greenway Cycling Club Newsletter"
    assert not _rows(ledger, "running-header") and not _rows(ledger, "running-footer")


PUB_HEAD = ("{head}\n{title}\n\n1. Overview\n\nThe trust's volunteers gave 14,300 hours in 2024, a fifth more than the "
            "year before,\nacross the nine parks and the two nature reserves the trust looks after.\n\n2. Activities\n\n"
            "Path repairs and hedge laying took most of the winter hours, while the summer teams\n\n"
            "Page 1 of 2\n{sep}{head}\ncleared the ponds at Ash Hollow and led forty guided walks for schools.\n\n"
            "3. Looking ahead\n\nThe trust hopes to train twelve new team leaders in 2025.\n\nPage 2 of 2\n")


@pytest.mark.parametrize("head, title, sep", [
    ("Eastmoor Library Service — Annual Report 2025", "Annual Report 2025", ""),
    ("Northfield Parks Trust — Volunteer Programme Review 2024", "Volunteer Programme Review 2024", ""),
    ("Eastvale Housing Partnership — Tenant Survey 2025", "Tenant Survey 2025", "\f"),
    ("Tenant Survey 2025 | Eastvale Housing Partnership", "Tenant Survey 2025", ""),
])
def test_a_publishers_head_over_the_title_it_holds_is_furniture_on_page_one65c(head, title, sep):
    talk, ledger = only_talk(PUB_HEAD.format(head=head, title=title, sep=sep))
    assert text_of(talk.title.en) == title
    assert talk.subtitle.en is None and not talk.front
    assert (1, head) in _rows(ledger, "running-header")


def test_a_head_over_its_subtitle_stays_the_title65c():
    """Near miss (block64's): a subtitle says something more, never the head's words again."""
    talk, ledger = only_talk(PUB_HEAD.format(head="Regional Bus Network Plan", title="Interim Report on Route Changes",
                                             sep=""))
    assert text_of(talk.title.en) == "Regional Bus Network Plan"
    assert text_of(talk.subtitle.en) == "Interim Report on Route Changes"
    assert (1, "Regional Bus Network Plan") not in _rows(ledger, "running-header")


def test_a_head_over_another_years_title_is_furniture_too65c():
    """The line under holds another year than the head: the head, atop every page, is their header on page 1 too, the
    line under it the title (decision changed by helper front66, issue 16 point 3: this near miss had kept the head's
    first copy ``front``; tests/test_front66.py)."""
    head = "Eastmoor Library Service — Annual Report 2025"
    talk, ledger = only_talk(PUB_HEAD.format(head=head, title="Annual Report 2024", sep=""))
    assert (1, head) in _rows(ledger, "running-header")
    assert text_of(talk.title.en) == "Annual Report 2024" and not talk.front


def test_a_title_repeated_once_in_the_body_stays65c():
    text = ("Coastal Footpath Survey 2025\nMaria Lopez, Coastal Rangers\n\n1. Background\n\nThe coastal footpath runs "
            "for forty kilometres between the harbour and the lighthouse.\n\n2. Method\n\nVolunteers walked each "
            "section in May and recorded the width of the path.\nThe forms were headed as below.\n\n"
            "Coastal Footpath Survey 2025\n\nEach form listed the section's number, the date and the walker's name.\n")
    talk, ledger = only_talk(text)
    assert text_of(talk.title.en) == "Coastal Footpath Survey 2025"
    assert not furniture_of(ledger)
    assert "Coastal Footpath Survey 2025" in paragraph_texts(talk)
