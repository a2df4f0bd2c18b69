"""Fresh-user trial 64c (issue 16: structure from general evidence), helper head64c. Made-up documents, other wording,
places and numbers than the trial's (also under /work/regress/in_head64c/).

1. A document named by its kind (``Open Data Policy``, ``Tree Planting Strategy``, ``Residential Parking Bylaw``,
   ``Library Code of Conduct``, ``Community Grants Guidelines``) over its adoption line (``Adopted by the City Council
   on 14 February 2025``) is the title, the adoption line front: a kind's word ends no person's name, and an adoption
   line is no affiliation (the policy's title had been its speaker's name, the adoption its affiliation). Names whose
   surname is also a word (``Grace Field``, ``Hazel Wood``, ``Emma Charter``) stay speakers.
2. A text dump's running head at the top of each of its two pages, after the page number closing the page before
   (``- 3 -`` / ``みどり市環境白書 2025``), with or without a form feed, is furniture on the later page and the title on
   the first; a municipality's own yearly report (``○○市環境白書``, ``○○町環境年報``) names its city.
"""

from __future__ import annotations

import pytest

from segmenting import only_talk, paragraph_texts, text_of

POLICY = """{lead}{title}
{adopted}

Article 1 Purpose
This {kind} sets out what the {body} expects and how it will be applied.

Article 2 Scope
This {kind} applies to everyone who uses the services of the {body}.
"""


@pytest.mark.parametrize("lead, title, adopted, kind, body", [
    ("City of Brackwater\n", "Open Data Policy", "Adopted by the City Council on 14 February 2025", "policy", "City"),
    ("Town of Elmsford\n", "Tree Planting Strategy", "Approved by the Town Board on 3 March 2024", "strategy", "Town"),
    ("", "Residential Parking Bylaw", "Adopted by Council, 12 May 2023", "bylaw", "Council"),
    ("Northfield Public Library\n", "Library Code of Conduct",
     "Approved by the Library Board of Trustees on 9 September 2024", "code", "Library"),
    ("", "Community Grants Guidelines", "Endorsed by the Parish Council on 2 April 2025", "guidance", "Parish"),
])
def test_a_document_named_by_its_kind_over_its_adoption_is_titled64c(lead, title, adopted, kind, body):
    talk, _ = only_talk(POLICY.format(lead=lead, title=title, adopted=adopted, kind=kind, body=body))
    assert text_of(talk.title.en) == title
    assert talk.speaker.name is None and talk.speaker.affiliation is None and not talk.speaker.authors
    assert adopted in [t.text for t in talk.front]


@pytest.mark.parametrize("title, name, affiliation", [
    ("Finding Open Data in the Neighbourhood", "Grace Field", "Department of Digital Services, Brackwater City Council"),
    ("Data Policy in Practice", "Hazel Wood", "Brackwater City Council"),
    ("Reading Clubs in Rural Libraries", "Emma Charter", "School of Information Studies, University of Leeds"),
])
def test_a_name_that_is_also_a_word_stays_the_speaker64c(title, name, affiliation):
    """Near misses: a person's name whose surname is an English word (``Field``, ``Wood``) or a rare surname that is
    a document's kind (``Charter``, after the given name ``Emma``) stays the speaker under the title."""
    talk, _ = only_talk(f"{title}\n{name}\n{affiliation}\n\n1. Introduction\nThe study asked residents about it.\n")
    assert text_of(talk.title.en) == title
    assert text_of(talk.speaker.name) == name and text_of(talk.speaker.affiliation) == affiliation


def test_kind_words_end_no_name64c():
    from pipeline.segment.names import name_shaped, vouched_names
    from pipeline.segment.organisations import is_organisation

    assert not name_shaped("Open Data Policy") and not name_shaped("Parking Bylaw")
    assert name_shaped("Emma Charter") and name_shaped("Grace Field") and name_shaped("John Smith")
    assert not vouched_names("Tree Planting Strategy", "Approved by the Town Board on 3 March 2024")
    assert not is_organisation("Adopted by the City Council on 14 February 2025")
    assert not is_organisation("Library Code of Conduct") and is_organisation("Northfield Public Library")
    assert is_organisation("City Council") and is_organisation("Approved Providers Association")


TWO_PAGES = """{head}

{heading}

{body1}

{folio1}
{feed}
{head}

{body2}

{folio2}
"""


@pytest.mark.parametrize("head, heading, body1, body2, folios, city", [
    ("みどり市環境白書 2025", "第２章　地球温暖化対策の推進",
     "本市では、二〇五〇年までに温室効果ガスの排出量を実質ゼロにすることを目\n標として掲げ、市民・事業者・行政が一体となって取り組みを進めている。",
     "今後は、電気自動車の充電設備の整備や、自転車通行空間の拡充を進めるとと\nもに、市民への情報発信を強化していく。",
     ("- 3 -", "- 4 -"), "みどり市"),
    ("ひかり町環境年報　令和6年度版", "第３章　ごみの減量",
     "町内のごみ排出量は前年度より四パーセント減少した。資源ごみの分別収集を始めた地区で\nは、燃えるごみの量が大きく減った。",
     "生ごみの堆肥化を希望する世帯には、引き続き処理容器の購入費を補助していく。", ("— 5 —", "— 6 —"), "ひかり町"),
    ("Riverton Water Quality Report 2024", "1. Drinking water sources",
     "The city draws its water from the Riverton reservoir and from two wells north of the town. In 2024 the\n"
     "reservoir supplied about four fifths of the water used, and the wells the rest.",
     "No sample exceeded the national limits during the year, and nitrate levels in the northern well fell.",
     ("- 1 -", "- 2 -"), None),
])
@pytest.mark.parametrize("feed", ["", "\f"])
def test_a_head_atop_both_pages_of_a_dump_is_furniture64c(head, heading, body1, body2, folios, city, feed):
    text = TWO_PAGES.format(head=head, heading=heading, body1=body1, body2=body2, folio1=folios[0],
                            folio2=folios[1], feed=feed)
    talk, ledger = only_talk(text)
    title = text_of(talk.title.ja) or text_of(talk.title.en)
    assert title.replace(" ", "").replace("\u3000", "") == head.replace(" ", "").replace("\u3000", "")
    heads = [r for r in ledger if r.rule == "page_furniture" and r.reason == "running-header"]
    assert heads and {r.line for r in heads} == {text.split("\n").index(head, 2) + 1}
    squeezed = head.replace(" ", "").replace("\u3000", "")
    assert all(squeezed not in p.replace(" ", "").replace("\u3000", "") for p in paragraph_texts(talk))
    assert text_of(talk.city.ja) == city


def test_a_head_missing_from_a_page_stays_text64c():
    """Near miss: the title copied after the first page number only, not after the second (a third page opens on a
    heading), is no running head: it stays where it stands."""
    text = ("みどり市環境白書 2025\n\n第２章　地球温暖化対策の推進\n\n本市では、排出量を実質ゼロにすることを目標として掲げている。\n\n"
            "- 3 -\n\nみどり市環境白書 2025\n\n家庭部門では、排出量が大きく減少した。\n\n- 4 -\n\n"
            "第３章　自然環境の保全\n\n市内の里山では、竹林の整備を進めている。\n\n- 5 -\n")
    talk, ledger = only_talk(text)
    assert not [r for r in ledger if r.reason == "running-header"]


def test_two_pages_opening_alike_without_page_numbers_stay_text64c():
    """Near miss: a table's header row opening both pages of a dump paged by a form feed alone (no page number before
    the second copy) stays the table's."""
    text = ("Riverton Water Quality Report 2024\n\nSite          Depth (m)          Nitrate (mg/L)\nNorth well          42"
            "          3.1\n\fSite          Depth (m)          Nitrate (mg/L)\nSouth well          38          2.4\n")
    talk, ledger = only_talk(text)
    assert not [r for r in ledger if r.reason == "running-header"]


@pytest.mark.parametrize("title, city", [
    ("みどり市環境白書 2025", (0, 4)), ("港北市統計年報（令和6年度版）", (0, 3)), ("白浜町観光年報 2024", (0, 3)),
    ("環境白書 2025", None), ("日本の環境白書2025", None),
])
def test_a_municipality_s_own_yearly_report_names_its_issuer64c(title, city):
    from pipeline.segment.organisations import issuer_in_title

    assert issuer_in_title(title) == city
