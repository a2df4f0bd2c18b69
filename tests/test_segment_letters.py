"""A letter's title (issue 16; topletter's ``EsempioLettera.pdf`` came out titled ``Dipartimento di``, its letterhead
broken over lines): the letterhead, the sender and the addressee at a letter's top are no title; a letter's subject
line (``Oggetto:``, ``Re:``, ``Subject:`` beside a salutation, ``件名：``) gives its title, else it has none."""

from __future__ import annotations

import pytest
from pdfmaker import EN, JA, drawn_pdf

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


# --- a letter's subject without a label, its opening as front, its signature as speaker (issue 16 point 2) ---

SENDER = """\
Harbour Research Centre
12 Quay Street
Bristol BS1 4RN
Tel. +44 117 496 0321
E-mail: office@harbour-research.example.org

Ms Anna Berg
Procurement Office
Port of Gothenburg
SE-403 38 Gothenburg

14 March 2026

"""

EN_TEXT = """\
Thank you for your letter of 2 May. The board has agreed to renew the lease of berth 4 for a further five years on
the terms we discussed, with the annual rent reviewed each spring.

We will send the new contract within two weeks. Please sign both copies and return one to this office.

Yours sincerely,

Dr Thomas Whitfield
Director
"""


def _talk(text: str):
    [talk] = run_text(text).talks
    return talk


def test_an_unlabelled_subject_over_the_salutation_is_the_title_and_the_signer_the_speaker() -> None:
    """DIN 5008 and most English business letters set the subject, unlabelled, under the date and over the
    salutation. The address lines (``12 Quay Street``, ``14 March 2026``) had become numbered sections 12 and 14, the
    letter had no title and no speaker."""
    talk = _talk(SENDER + "Renewal of the berth lease\n\nDear Ms Berg,\n\n" + EN_TEXT)
    assert talk.title.en is not None and talk.title.en.text == "Renewal of the berth lease"
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)]  # the letter's text, no heading (helper body50)
    front = [t.text for t in talk.front]
    assert front[:5] == ["Harbour Research Centre", "12 Quay Street", "Bristol BS1 4RN", "Tel. +44 117 496 0321",
                         "E-mail: office@harbour-research.example.org"]
    # the unlabelled subject is the title whole, never front too (decision, session 76, helper pdfpaper76)
    assert "14 March 2026" in front and "Renewal of the berth lease" not in front and "Dear Ms Berg," in front
    assert talk.speaker.name is not None and talk.speaker.name.text == "Thomas Whitfield"
    # the letterhead's institution after the signature's post (decision, trial 31; tests/test_segment_letterhead_affiliation.py)
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Director, Harbour Research Centre"


def test_a_subject_under_the_salutation_is_the_title() -> None:
    """uantwerpenletter's shape: ``Dear prof. Bonette,`` / ``Congratulations for online video lectures`` / the text,
    which opens on a new sentence (the subject had been joined to the salutation, and the letter had no title)."""
    talk = _talk(SENDER + "Dear prof. Bonette,\n\nCongratulations for online video lectures\n\n"
                 "I’d like to congratulate you and the other professors of your university on the very instructive video\n"
                 "lectures provided by your University. They are valued very highly.\n\nKind regards,\n\n"
                 "prof. Walter Daems\nSenior Lecturer\n\nCC: prof. S. Mariotte, Mumford University\n")
    assert talk.title.en is not None and talk.title.en.text == "Congratulations for online video lectures"
    front = [t.text for t in talk.front]
    assert "Dear prof. Bonette," in front and "Congratulations for online video lectures" not in front  # (session 76)
    assert talk.speaker.name is not None and talk.speaker.name.text == "Walter Daems"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Senior Lecturer, Harbour Research Centre"


def test_a_line_of_text_under_the_salutation_is_no_subject() -> None:
    """Do no harm: a short first line of the text that goes on in small letters is the text, no subject."""
    talk = _talk(SENDER + "Dear Anna,\n\nThanks for the lovely\nevening at the harbour last week. We should do it again soon.\n\n"
                 "Best wishes,\n\nKarin Lund\n")
    assert talk.title.en is None
    assert "Dear Anna," in [t.text for t in talk.front]
    assert talk.speaker.name is not None and talk.speaker.name.text == "Karin Lund"


GERMAN = """\
Hafeninstitut Kiel
Kaistraße 12
24103 Kiel
Telefon: 0431 123456

Frau Anna Berg
Hafenbehörde Lübeck
Am Hafen 3
23552 Lübeck

Kiel, 14. März 2026

{subject}

Sehr geehrte Frau Berg,

vielen Dank für Ihr Schreiben vom 2. Mai. Der Vorstand hat beschlossen, den Vertrag über den Liegeplatz 4 um weitere
fünf Jahre zu verlängern, zu den besprochenen Bedingungen.

Mit freundlichen Grüßen

Dr. Thomas Weber
Direktor
"""


def test_a_german_letters_subject_labelled_or_not_is_its_title_and_the_addressee_no_speaker() -> None:
    """``Betreff: Verlängerung des Liegeplatzvertrags`` reads as prose (its nouns), which had ended the letter's
    opening before it: the title was ``Telefon: 0431 123456`` and the speaker the addressee's ``Hafenbehörde Lübeck``.
    DIN 5008 sets the subject without its label too, under the dateline ``Kiel, 14. März 2026``."""
    for subject in ("Betreff: Verlängerung des Liegeplatzvertrags", "Verlängerung des Liegeplatzvertrags"):
        talk = _talk(GERMAN.format(subject=subject))
        assert talk.title.en is not None and talk.title.en.text == "Verlängerung des Liegeplatzvertrags", subject
        assert talk.speaker.name is not None and talk.speaker.name.text == "Thomas Weber", subject
        front = [t.text for t in talk.front]
        assert "Hafenbehörde Lübeck" in front and "Telefon: 0431 123456" in front and "Kiel, 14. März 2026" in front


def test_an_italian_letters_signer_is_its_speaker() -> None:
    text = """\
Istituto di Ricerca Portuale
Via del Porto 12
16126 Genova
Tel. 010 1234567

Genova, 14 marzo 2026

Spett.le Autorità Portuale di Livorno
Ufficio Concessioni
Piazza del Portuale 4
57123 Livorno

Oggetto: Rinnovo della concessione della banchina 4

Gentile Dott.ssa Rossi,

la ringraziamo per la sua lettera del 2 maggio. Il consiglio ha deciso di rinnovare la concessione della banchina 4
per altri cinque anni, alle condizioni discusse.

Cordiali saluti,

Prof. Marco Bianchi
Direttore
"""
    talk = _talk(text)
    assert talk.title.en is not None and talk.title.en.text == "Rinnovo della concessione della banchina 4"
    assert talk.speaker.name is not None and talk.speaker.name.text == "Marco Bianchi"
    assert "Ufficio Concessioni" in [t.text for t in talk.front]


JAPANESE_LETTER = """\
令和8年3月14日

みなと町自治会
会員各位

総会開催のご案内

拝啓　早春の候、皆様にはますますご清祥のこととお喜び申し上げます。日頃より当研究所の活動にご協力いただき、
厚く御礼申し上げます。さて、下記のとおり総会を開催いたしますので、ご出席くださいますようお願い申し上げます。

敬具

{signature}
"""


def test_a_japanese_letters_subject_over_haikei_is_its_title_and_its_sender_after_keigu_the_speaker() -> None:
    talk = _talk(JAPANESE_LETTER.format(signature="さくら台港湾研究所\n所長　山本　和夫"))
    assert talk.title.ja is not None and talk.title.ja.text == "総会開催のご案内"
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本\u3000和夫"


def test_a_japanese_notice_whose_title_block_reads_its_subject_keeps_it() -> None:
    """Do no harm: a notice whose sender opens it, its subject under the sender, was read right before (the title
    takes the line, which does not stay front)."""
    text = """\
会員各位

さくら台港湾研究所
所長　山本　和夫

総会開催のご案内

拝啓　早春の候、皆様にはますますご清祥のこととお喜び申し上げます。日頃より当研究所の活動にご協力いただき、
厚く御礼申し上げます。

敬具
"""
    talk = _talk(text)
    assert talk.title.ja is not None and talk.title.ja.text == "総会開催のご案内"
    assert "総会開催のご案内" not in [t.text for t in talk.front]
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本\u3000和夫"


def test_a_pdf_letters_letterhead_is_front_and_its_signer_the_speaker() -> None:
    """A PDF letter: the sender's block at the right (name, address, telephone, e-mail) beside the institution's
    name, the date at the right, the subject over the salutation. The institution and the sender's name had been read
    as the speaker and the address lines as numbered sections (``12 Quay Street``, ``14 March 2026``)."""
    page = [(EN, 16, 57, 790, "Harbour Research Centre"),
            (EN, 9, 400, 790, "Dr Thomas Whitfield"), (EN, 9, 400, 779, "12 Quay Street"),
            (EN, 9, 400, 768, "Bristol BS1 4RN"), (EN, 9, 400, 757, "Tel. +44 117 496 0321"),
            (EN, 9, 400, 746, "t.whitfield@harbour-research.example.org"),
            (EN, 11, 57, 700, "Ms Anna Berg"), (EN, 11, 57, 686, "Procurement Office"),
            (EN, 11, 57, 672, "Port of Gothenburg"), (EN, 11, 57, 658, "SE-403 38 Gothenburg"),
            (EN, 11, 400, 620, "14 March 2026"),
            (EN, 11, 57, 590, "Renewal of the berth lease"),
            (EN, 11, 57, 565, "Dear Ms Berg,")]
    body = ["Thank you for your letter of 2 May. The board has agreed to renew the lease of berth 4 for a",
            "further five years on the terms we discussed, with the annual rent reviewed each spring. We will",
            "send the new contract within two weeks. Please sign both copies and return one to this office."]
    page += [(EN, 11, 57, 540 - 13.5 * k, line) for k, line in enumerate(body)]
    page += [(EN, 11, 57, 470, "Yours sincerely,"), (EN, 11, 57, 430, "Thomas Whitfield"), (EN, 11, 57, 416, "Director")]
    [talk] = segment(clean(extract(drawn_pdf([page]), name="letter.pdf"))).talks
    assert talk.title.en is not None and talk.title.en.text == "Renewal of the berth lease"
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)]  # the letter's text, no heading (helper body50)
    assert talk.speaker.text is not None and talk.speaker.text.text == "Thomas Whitfield, Director"
    front = [t.text for t in talk.front]
    for line in ("Harbour Research Centre", "Dr Thomas Whitfield", "12 Quay Street", "Tel. +44 117 496 0321",
                 "14 March 2026"):
        assert line in front, line


def test_a_japanese_pdf_letters_subject_is_its_title() -> None:
    page = [(JA, 10.5, 420, 800, "令和8年3月14日"),
            (JA, 10.5, 57, 770, "みなと町自治会"), (JA, 10.5, 57, 755, "会員各位"),
            (JA, 10.5, 380, 725, "さくら台港湾研究所"), (JA, 10.5, 380, 710, "所長　山本　和夫"),
            (JA, 10.5, 380, 695, "電話：03-1234-5678"),
            (JA, 14, 200, 660, "総会開催のご案内"),
            (JA, 10.5, 57, 630, "拝啓　早春の候、皆様にはますますご清祥のこととお喜び申し上げます。日頃より当"),
            (JA, 10.5, 57, 615, "研究所の活動にご協力いただき、厚く御礼申し上げます。さて、下記のとおり総会を"),
            (JA, 10.5, 57, 600, "開催いたしますので、ご出席くださいますようお願い申し上げます。"),
            (JA, 10.5, 480, 580, "敬具")]
    [talk] = segment(clean(extract(drawn_pdf([page]), name="letter.pdf"))).talks
    assert talk.title.ja is not None and talk.title.ja.text == "総会開催のご案内"
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)]  # the letter's text, no heading (helper body50)
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本\u3000和夫"
    assert "電話：03-1234-5678" in [t.text for t in talk.front]


NEWSLETTER = """\
{title}

Dear readers,

This issue looks back on a busy summer at the marina and forward to the autumn fair.

1. Summer at the marina
The pontoons were full from June to August, and the new fuel berth opened on time.

2. The autumn fair
The fair takes place on 12 October on the quay, with stalls from local clubs.
"""


def test_a_newsletters_title_with_its_issue_number_is_no_letterhead() -> None:
    """Review 13: a name and a number (``Harbour News 42``) or a number first (``2026 Spring Newsletter``) is shaped as
    a street or a postcode line, but only beside another line of an address block is it one; over ``Dear readers,``
    it is the newsletter's title (the title had been set aside as a letter's letterhead)."""
    for title in ("Harbour News 42", "2026 Spring Newsletter"):
        talk = _talk(NEWSLETTER.format(title=title))
        assert talk.title.en is not None and talk.title.en.text == title, title


def test_a_japanese_signers_affiliation_lines_run_on() -> None:
    """Review 13: the lines under a signer's name are its affiliation, joined as a title block's affiliation lines
    are (joinlines: Japanese lines run on); ``さくら台港湾研究所 所長`` had a space the title block never sets."""
    talk = _talk(JAPANESE_LETTER.format(signature="山本　和夫\nさくら台港湾研究所\n所長"))
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本\u3000和夫"
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "さくら台港湾研究所所長"


NUMBER_FIRST_LETTER = """\
Northfield Harbour Board
12 Quay Street
Northfield NF1 2AB

14 March 2026

Dear Ms Berg,

{first}

We write to offer you the renewal of your berth lease on the same terms as before, for
another five years from the first of May.

Yours sincerely,
Karin Lund
Director
"""


@pytest.mark.parametrize("first", [
    "2025 was a record year for the harbour, and we would like to thank you and your crew for\n"
    "your part in it, which the board noted at its last meeting with much gratitude and pleasure.",
    "Please send your reply to the lease office at leases@northfield.example or to the address\n"
    "above, so that the board may confirm the renewal at its meeting on the third of April."])
def test_a_letters_text_opening_on_a_number_or_an_address_is_its_text(first) -> None:
    """Review 13: a line of the letter's text led by a number, or giving an e-mail address, is no letterhead field:
    the opening ends before it, and its paragraph is joined (its two lines had stayed apart among the front lines)."""
    talk = _talk(NUMBER_FIRST_LETTER.format(first=first))
    head, tail = first.split("\n")
    # (the letter's text is its body, an untitled section, since helper front68; it had been front)
    assert f"{head} {tail}" in [p.text for p in talk.sections[0].paragraphs]


# --- a letterhead printed again atop a later page is page furniture, not a second letter (real-PDF trial) ---

def _two_page_letter() -> bytes:
    head = [(EN, 10.5, 128, 805, "NORDVIK INSTITUTE"), (EN, 10.5, 128, 794, "OF TECHNOLOGY"),
            (EN, 7.5, 128, 764, "Department of"), (EN, 7.5, 128, 756, "Tides and Currents"),
            (EN, 10, 128, 721, "Head of Department"), (EN, 10, 128, 708, "Karin LUND")]
    foot = [(EN, 9, 57, 56, "Department of Tides and Currents"), (EN, 9, 57, 44, "Nordvik Institute of Technology - Quay Road 4 - 6002 Nordvik"),
            (EN, 9, 57, 32, "tel: +47 555 12 345 karin.lund@nordvik.example.org")]
    body = ["Thank you for your letter of 2 May. The board has agreed to renew the lease of berth 4 for a",
            "further five years on the terms we discussed, with the annual rent reviewed each spring. We will",
            "send the new contract within two weeks. Please sign both copies and return one to this office.",
            "The harbour master will contact you about the works on the quay before the summer season, and"]
    more = ["the dredging of the inner basin will follow in the autumn, once the boats have left for the winter.",
            "We look forward to another five years of working together on the harbour and its quays."]
    first = head + [(EN, 11, 340, 626, "Harbour Authority of Alesund"),
                    (EN, 14.4, 200, 571, "Oggetto: Rinnovo della concessione")]
    first += [(EN, 11, 57, 530 - 13.5 * k, line) for k, line in enumerate(body)] + foot
    second = head + [(EN, 11, 57, 660 - 13.5 * k, line) for k, line in enumerate(more)]
    second += [(EN, 11, 380, 580, "Nordvik, 14 May 2026"), (EN, 11, 380, 566, "Karin LUND")] + foot
    return drawn_pdf([first, second])


def test_a_letterhead_repeated_atop_the_second_page_is_furniture_not_a_second_letter() -> None:
    # topletter's two-page letter: its letterhead atop page 2 opened a second talk titled by the department's name
    cleaned = clean(extract(_two_page_letter(), name="letter.pdf"))
    doc = segment(cleaned)
    [talk] = doc.talks
    assert talk.title.en is not None and talk.title.en.text == "Rinnovo della concessione"
    front = [t.text for t in talk.front]
    assert front[:2] == ["NORDVIK INSTITUTE", "OF TECHNOLOGY"]  # the first page's letterhead stays the letter's own
    heads = [row.text for row in doc.ledger if row.reason.value == "running-header"]
    feet = [row.text for row in doc.ledger if row.reason.value == "running-footer"]
    assert heads == ["NORDVIK INSTITUTE", "OF TECHNOLOGY", "Department of", "Tides and Currents", "Head of Department",
                     "Karin LUND"]
    assert feet.count("Department of Tides and Currents") == 2  # the footer printed on both pages


# --- a signature that names no one signs for its post or body (older trials: such a letter had no speaker) ---

SOCIETY_LETTER = """\
Lakeside Allotment Society
12 Mill Lane
Stroud GL5 3AB

14 March 2026

Dear members,

The annual meeting will be held in the village hall on Saturday 4 April at ten o'clock. We will elect a new
treasurer and agree the rents for the coming year, which the committee proposes to keep as they are.

Please bring your plot number with you. Tea and cake will be served after the meeting.

Yours faithfully,
{signature}
"""


@pytest.mark.parametrize("signature, affiliation", [
    ("Secretary\nLakeside Allotment Society", "Secretary Lakeside Allotment Society"),
    ("On behalf of the Committee", "On behalf of the Committee"),
])
def test_a_signature_naming_no_one_gives_its_post_or_body_as_the_speaker(signature, affiliation) -> None:
    talk = run_text(SOCIETY_LETTER.format(signature=signature)).talks[0]
    assert talk.speaker.name is None  # no name invented
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation
    assert any(e.detail.endswith("a letter's signature, its speaker") for e in talk.evidence)


def test_a_signature_closing_on_a_postscript_sentence_stays_no_speaker() -> None:
    talk = run_text(SOCIETY_LETTER.format(signature="see you all there")).talks[0]
    assert talk.speaker.text is None


@pytest.mark.parametrize("notation", ["Enclosures", "Attachment: Plot map", "Confidential"])
def test_a_letters_notation_under_its_close_signs_for_no_one(notation) -> None:
    # review of 14759ac: a letter signed by hand (no name in the text) with only a notation under its close gave the
    # notation (``Enclosures``) as the speaker's affiliation
    talk = run_text(SOCIETY_LETTER.format(signature=notation)).talks[0]
    assert talk.speaker.text is None, talk.speaker
