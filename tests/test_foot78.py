"""Page feet counting the pages, numbered clauses' wraps and an instrument's subtitle (issue 16 point 4, fresh-user
trial 77d; helper foot78).

Each kind both ways, on made-up legal documents (``tests/data/foot78/``, copied to ``/work/regress/in_foot78/``: a
lease, a contract of employment, a statutory declaration, a police statement, a consent form, a tenancy agreement, a
club's policy, a tenancy pack's contents) and the trial's tenancy agreement and witness statement:

a. A page's foot ending on its page and the pages' total (``Tenancy Agreement – 14 Larkspur Terrace      Page 1 of
   2``, ``Witness statement of …      Page 2 of 3``), printed where no head repeats on the next page, is furniture:
   copies counting up (one with a glyph of the name lost), a foot printed once before more text, a last one closing
   the dump; the sentence it cut is joined (``furniture.counted_feet``). Near misses stay: a contents list's rows
   (``Tenancy agreement      Page 1 of 2`` / ``Inventory …      Page 2 of 2``), ``See page 2 of the lease`` in prose.
b. A numbered clause's line cut at the measure carries its wrapped lines (``3.2 …`` over a capital, a figure's end, a
   comma's: ``paragraphs.numbered_item_open``). Near misses stay: numbered headings (``1.1 Purpose of this policy``)
   and a list's one-line items.
c. The short line under an instrument's title (``for letting a furnished dwelling house``, ``of lost title deeds``,
   ``Assured Shorthold Tenancy``) is its subtitle (``titleblock.instrument_subtitle``). Near misses: a witness
   statement's legal reference and field lines under its title stay no subtitle.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, furniture, paragraphs, run_text

DATA = Path(__file__).parent / "data" / "foot78"


def _doc(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8"))


def _talk(name: str):
    doc = _doc(name)
    [talk] = doc.talks
    return talk, doc


_COUNTED = re.compile(r"Page \d of \d|\d / \d$")

# a. feet counting the pages: (file, the feet's count, a sentence the break had cut, read whole)
FEET = [
    ("tenancy_77d.txt", 2, "the prescribed information. 3.3"),
    ("witness_77d.txt", 2, "The car stopped about ten metres further on."),
    ("statdec_c.txt", 1, "for the box and its contents but could not find them."),
    ("police_d.txt", 3, "gave her name to a police officer when they arrived"),
    ("tenancy_g.txt", 2, "which the Tenant will pay to the suppliers directly."),
    ("contract_i.txt", 2, "any other reasonable duties that the Employer asks of you"),
]


@pytest.mark.parametrize("name, count, joined", FEET)
def test_counted_feet_are_furniture(name: str, count: int, joined: str) -> None:
    talk, doc = _talk(name)
    feet = [text for text, _ in furniture(doc) if _COUNTED.search(text)]
    assert len(feet) == count, feet
    texts = paragraphs(talk) + front_texts(talk)
    assert not [t for t in texts if _COUNTED.search(t)]
    if "3.3" in joined:
        # the foot no longer glues clause 3.3 into 3.2: 3.2 ends its paragraph, 3.3 opens its own
        assert any(t.endswith("the prescribed information.") for t in texts)
        assert any(t.startswith("3.3 ") for t in texts)
    else:
        assert any(joined in t for t in texts), texts


def test_contents_rows_stay_text() -> None:
    talk, doc = _talk("contents_f.txt")
    assert not [text for text, _ in furniture(doc) if _COUNTED.search(text)]
    texts = paragraphs(talk)
    assert sum(1 for t in texts if _COUNTED.search(t)) == 2
    assert any("See page 2 of the tenancy agreement" in t for t in texts)


@pytest.mark.parametrize("name", ["lease_a.txt", "tenancy_g.txt"])
def test_page_referred_to_in_prose_stays(name: str) -> None:
    talk, _ = _talk(name)
    assert any("See page 2 of the lease" in t for t in paragraphs(talk))


# b. a numbered clause's wrapped lines join it
CLAUSES = [
    ("tenancy_77d.txt", "1.1 The tenancy is for a fixed term of twelve months beginning on 1st April 2025 and ending on 31st March 2026."),
    ("tenancy_77d.txt", "2.2 The Landlord may review the rent once in any twelve-month period by giving the Tenant not less than one month's notice in writing."),
    ("tenancy_77d.txt", "4.2 not to keep any animal at the Property without the Landlord's written consent, which will not be unreasonably withheld;"),
    ("tenancy_77d.txt", "5.1 to keep in repair the structure and exterior of the Property and the installations for the supply of water, gas, electricity and heating;"),
    ("tenancy_77d.txt", "6.1 The Landlord may seek possession only on the grounds set out in the Housing Act 1988, and must give the Tenant the notice the Act requires."),
    ("lease_a.txt", "7.1 The Tenant may end this lease on the third anniversary of the start of the Term by giving the Landlord not less than six months' written notice."),
    ("statdec_c.txt", "1. I am the registered proprietor of the freehold property known as 18 Heol y Bont, Aberystwyth (the Property), and I have owned the Property since 14 August 1987."),
    ("employment_b.txt", "7.1 You must give the Employer one month's written notice to end your employment. The Employer must give you one week's notice for each complete year of service, and at least one month's notice."),
]


@pytest.mark.parametrize("name, clause", CLAUSES)
def test_numbered_clause_keeps_its_wrapped_lines(name: str, clause: str) -> None:
    talk, _ = _talk(name)
    assert clause in paragraphs(talk)


def test_numbered_headings_and_one_line_items_stay() -> None:
    talk, _ = _talk("policy_h.txt")
    headings = [s.heading.text for s in talk.sections if s.heading is not None]
    assert "1.1 Purpose of this policy" in headings and "1.2 Who is covered" in headings
    texts = paragraphs(talk)
    assert "1. membership forms, kept for the length of the membership and one year after it ends;" in texts
    assert "3. coaching registers, kept for two seasons." in texts


# c. an instrument's subtitle
SUBTITLES = [
    ("tenancy_77d.txt", "ASSURED SHORTHOLD TENANCY AGREEMENT", "for letting a furnished dwelling house"),
    ("statdec_c.txt", "STATUTORY DECLARATION", "of lost title deeds"),
]


@pytest.mark.parametrize("name, title, subtitle", SUBTITLES)
def test_instrument_subtitle(name: str, title: str, subtitle: str) -> None:
    talk, _ = _talk(name)
    assert talk.title.en.text == title
    assert talk.subtitle.en is not None and talk.subtitle.en.text == subtitle
    assert subtitle not in front_texts(talk)
    assert all(s.heading is None or s.heading.text != subtitle for s in talk.sections)


@pytest.mark.parametrize("name, subtitle", [("tenancy_g.txt", "Assured Shorthold Tenancy"),
                                            ("employment_b.txt", "Statement of Main Terms and Conditions")])
def test_instrument_subtitle_in_title_case_holds(name: str, subtitle: str) -> None:
    talk, _ = _talk(name)
    assert talk.subtitle.en is not None and talk.subtitle.en.text == subtitle


@pytest.mark.parametrize("name", ["witness_77d.txt", "police_d.txt"])
def test_statement_reference_is_no_subtitle(name: str) -> None:
    talk, _ = _talk(name)
    assert talk.title.en.text == "WITNESS STATEMENT"
    assert talk.subtitle.en is None


def test_a_name_under_a_statement_is_no_subtitle() -> None:
    text = ("WITNESS STATEMENT\nHarriet Anne Mossop\nI live in Kendal and work at Fellside Pharmacy on Stricklandgate, "
            "Kendal.\nOn Wednesday 12th February 2025 I was walking home along Highgate towards the junction.\n")
    [talk] = run_text(text).talks
    assert talk.subtitle.en is None or talk.subtitle.en.text != "Harriet Anne Mossop"
