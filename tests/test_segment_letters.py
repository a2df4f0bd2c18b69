"""A letter's title (issue 16; topletter's ``EsempioLettera.pdf`` came out titled ``Dipartimento di``, its letterhead
broken over lines): the letterhead, the sender and the addressee at a letter's top are no title; a letter's subject
line (``Oggetto:``, ``Re:``, ``Subject:`` beside a salutation, ``件名：``) gives its title, else it has none."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from tests.segment_inputs import run_text

BODY = """\
Thank you for your letter of 2 May. The board has agreed to renew the lease of berth 4 for a further five years on
the terms we discussed, with the annual rent reviewed each spring.

We will send the new contract within two weeks. Please sign both copies and return one to this office.

Yours sincerely,
Karin Lund
"""

LETTERHEAD = """\
NORDVIK INSTITUTE
OF TECHNOLOGY

Department of
Marine Engineering

Prof. Karin Lund
Head of Department

Harbour Authority of Ålesund
Procurement Office

"""


def _title(text: str) -> tuple[str | None, str | None]:
    [talk] = run_text(text).talks
    return (talk.title.ja.text if talk.title.ja else None, talk.title.en.text if talk.title.en else None)


def test_a_letters_subject_line_is_its_title_and_its_letterhead_is_none() -> None:
    for subject in ("Oggetto: Rinnovo della concessione", "Re: Renewal of the berth lease", "Betreff: Verlängerung"):
        text = LETTERHEAD + subject + "\n\n" + BODY
        [talk] = run_text(text).talks
        value = subject.split(": ", 1)[1]
        assert talk.title.en is not None and talk.title.en.text == value, subject
        front = [t.text for t in talk.front]
        assert "NORDVIK INSTITUTE" in front and subject in front  # the letterhead and the subject line stay front


def test_subject_beside_a_salutation_is_the_title_too() -> None:
    text = LETTERHEAD + "Subject: Renewal of the berth lease\n\nDear Ms Berg,\n\n" + BODY
    assert _title(text) == (None, "Renewal of the berth lease")


def test_a_letter_without_a_subject_line_has_no_title() -> None:
    text = LETTERHEAD + "Dear Ms Berg,\n\n" + BODY
    [talk] = run_text(text).talks
    assert talk.title.ja is None and talk.title.en is None
    assert [t.text for t in talk.front][:2] == ["NORDVIK INSTITUTE", "OF TECHNOLOGY"]


def test_a_japanese_letters_subject_line_is_its_title() -> None:
    text = """\
みなと町自治会
会長 山本 和夫

会員各位

件名：会費の改定について

　日頃より自治会の活動にご協力いただき、ありがとうございます。来年度から会費を改定することになりましたので、お知らせ
いたします。詳しくは、同封の資料をご覧ください。
"""
    assert _title(text) == ("会費の改定について", None)


def test_a_thesis_cover_that_prints_its_subject_keeps_its_title() -> None:
    """Do no harm: ``Subject: …`` alone (a cover's field, no salutation, no memo's header) makes no letter."""
    text = """\
Tidal Energy at Small Harbours
A Thesis

Subject: Marine Engineering
Author: Ola Nordmann

1. Introduction
Small harbours could host tidal turbines, and this thesis asks how many of them could do so in Norway.
"""
    assert _title(text) == (None, "Tidal Energy at Small Harbours")


def test_a_pdf_letters_letterhead_is_no_title() -> None:
    """The PDF shape of topletter's letter: a letterhead in small type, the sender, the addressee at the right, the
    subject set large, then the body."""

    page = [(EN, 10.5, 128, 805, "NORDVIK INSTITUTE"), (EN, 10.5, 128, 794, "OF TECHNOLOGY"),
            (EN, 7.5, 128, 764, "Department of"), (EN, 7.5, 128, 756, "Marine Engineering"),
            (EN, 10, 128, 721, "Head of Department"), (EN, 10, 128, 708, "Karin LUND"),
            (EN, 11, 340, 626, "Harbour Authority of Alesund"),
            (EN, 14.4, 200, 571, "Oggetto: Rinnovo della concessione")]
    body = ["Thank you for your letter of 2 May. The board has agreed to renew the lease of berth 4 for a",
            "further five years on the terms we discussed, with the annual rent reviewed each spring. We will",
            "send the new contract within two weeks. Please sign both copies and return one to this office.",
            "The harbour master will contact you about the works on the quay before the summer season."]
    page += [(EN, 11, 57, 530 - 13.5 * k, line) for k, line in enumerate(body)]
    [talk] = segment(clean(extract(drawn_pdf([page]), name="letter.pdf"))).talks
    assert talk.title.en is not None and talk.title.en.text == "Rinnovo della concessione"
    front = [t.text for t in talk.front]
    assert front[:2] == ["NORDVIK INSTITUTE", "OF TECHNOLOGY"] and "Oggetto: Rinnovo della concessione" in front
