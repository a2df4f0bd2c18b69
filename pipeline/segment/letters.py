"""A letter's parts beyond its labelled subject (issue 16): a subject set without a label beside the salutation, the
complimentary close and the signature under it.

A letter's top lines (letterhead, sender, addressee, date) are front matter; its subject is its title; the person who
signs it is its speaker. :mod:`pipeline.segment.labels` finds the letter (:func:`~pipeline.segment.labels.letter_signs`)
and its labelled subject; this module reads what a letter sets by position alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.chardata import EN, JA, JA_LETTER_RE, script_of
from pipeline.model import GAP, Author, Speaker, Text
from pipeline.names import NAME_PARTICLES
from pipeline.pagenumbers import page_number
from pipeline.segment.joinlines import joined_lines, speaker_text
from pipeline.segment.measures import SETTING_SIZE
from pipeline.segment.contacts import closing_means, contact_line
from pipeline.segment.events import periodical_issue
from pipeline.segment.labels import (LETTER_OPENINGS, is_date_line, is_letter_formula, is_salutation, is_section_name,
                                     subject_value)
from pipeline.segment.names import is_person_name, name_shaped, name_start, names_a_group
from pipeline.segment.organisations import (AFFILIATION_ENDING, is_address_line, is_client_line, is_organisation, is_postal_affiliation,
                                            organisation_line, post_and_organisation)

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout

MAX_SUBJECT_WORDS = 12
MAX_SUBJECT_CHARS = 90
"""An unlabelled subject is a heading's length: at most 12 words, 90 characters (a line of running text is longer)."""

_SENTENCE_END = tuple(".,;:!?。、，；：！？")
NUMBER_FIRST = re.compile(r"^[0-9０-９]")
"""A line led by a number: in a letter, a street's number first (``12 Quay Street``) or a postcode (``24103 Kiel``), an
address's line, never a subject or a signature's."""


def subject_shaped(text: str) -> bool:
    """A line that may be a letter's subject set without a label (``Renewal of the berth lease``, DIN 5008's subject
    line over the salutation, ``Verlängerung des Liegeplatzvertrags``, ``総会開催のご案内``): a heading's length, no
    sentence's end, no date, address, contact, organisation, addressee or person's name, no salutation or formula.

    >>> subject_shaped("Renewal of the berth lease"), subject_shaped("総会開催のご案内")
    (True, True)
    >>> [subject_shaped(s) for s in ("14 March 2026", "12 Quay Street", "Procurement Office", "Thank you for it.",
    ...                              "Tel. +44 117 496 0321", "Karin Lund", "会員各位", "Dear Ms Berg,", "USA")]
    [False, False, False, False, False, False, False, False, False]
    """
    s = text.strip(" \u3000\t")
    if not s or "\t" in s or len(s) > MAX_SUBJECT_CHARS or s.endswith(_SENTENCE_END) or NUMBER_FIRST.match(s) or "@" in s:
        return False
    script = script_of(s)
    if script == JA:
        if len(s) < 4 or not JA_LETTER_RE.search(s):
            return False
    elif script != EN or not (2 <= len(s.split()) <= MAX_SUBJECT_WORDS) or not s[:1].isupper():
        return False
    if _HANDLING_MARK.match(s.upper()) is not None:
        return False  # ``PRIVATE AND CONFIDENTIAL``, ``By email``: how the letter travels, never its subject
    return not (is_date_line(s) or contact_line(s) or is_address_line(s) or is_postal_affiliation(s)
                or is_organisation(s) or organisation_line(s) or is_client_line(s) or is_person_name(s)
                or is_salutation(s) or is_letter_formula(s) or is_section_name(s) or subject_value(s) is not None)


def unlabelled_subject(opening: list[str], next_line: str | None) -> int | None:
    """The index of a letter's subject set without a label among its opening lines (the lines up to its first running
    text, ``next_line``), else ``None``: the line right after the salutation, where the text opens on a new sentence
    under it (uantwerpenletter sets the subject so: ``Dear prof. Bonette,`` / ``Congratulations for online video
    lectures`` / ``I’d like to …``), or the line right over the salutation under the date (DIN 5008, most English
    business letters: ``14 March 2026`` / ``Renewal of the berth lease`` / ``Dear Ms Berg,``).

    >>> unlabelled_subject(["Harbour Board", "14 March 2026", "Renewal of the lease", "Dear Ms Berg,"], "Thank you.")
    2
    >>> unlabelled_subject(["Harbour Board", "Dear Ms Berg,", "Renewal of the lease"], "Thank you for it.")
    2
    >>> unlabelled_subject(["Harbour Board", "Dear Anna,", "Thanks for the lovely"], "evening last week.")
    >>> unlabelled_subject(["Harbour Board", "Procurement Office", "Dear Ms Berg,"], "Thank you.")
    >>> unlabelled_subject(["令和8年3月14日", "会員各位", "総会開催のご案内"], "拝啓　早春の候、…")
    2
    >>> unlabelled_subject(["Ashcombe Primary School", "Sports Day Results", "", "Dear Parents,"], "Thank you.")
    1
    """
    salutations = [k for k, t in enumerate(opening) if is_salutation(t)]
    if not salutations:
        # a Japanese letter: the line over its text's opening word (``総会開催のご案内`` / ``拝啓　早春の候、…``)
        if opening and next_line is not None and next_line.lstrip(" \u3000").startswith(LETTER_OPENINGS) \
                and script_of(opening[-1]) == JA and subject_shaped(opening[-1]):
            return len(opening) - 1
        return None
    at = salutations[0]
    after = at + 1
    if after == len(opening) - 1 and subject_shaped(opening[after]) and next_line is not None \
            and next_line.strip()[:1].isupper():
        return after
    before = at - 1
    if before >= 1 and is_date_line(_dateline(opening[before - 1])) and subject_shaped(opening[before]):
        return before
    if (top := _capitals_subject_over(opening, at)) is not None:
        return top
    if before >= 1 and reference_block(opening, before - 1) and under_reference_subject(opening[before]):
        # DIN 5008's order: letterhead, address field, reference line, subject, salutation; the line between the
        # reference fields and the salutation is the subject, though it names an organisation (``LATEX-Briefvorlage
        # im Corporate Design der Universität Regensburg``: fresh-user trial 78c's URletter, helper lost78)
        return before
    filled = [k for k in range(at) if opening[k].strip()]  # the lines over the salutation, blank lines passed over
    if len(filled) == 2 and (is_organisation(opening[filled[0]]) or names_a_group(opening[filled[0]])) \
            and subject_shaped(opening[filled[1]]) \
            and not is_organisation(opening[filled[1]]) and not is_address_line(opening[filled[1]]) \
            and not is_person_name(opening[filled[1]]):
        # the line over the salutation right under the letterhead, nothing else over it (a school's letter to
        # parents: ``Ashcombe … Primary School`` / ``Sports Day Results - Letter to Parents`` / ``Dear Parents and
        # Carers,``; fresh-user trial 78b, the letter had no title): a subject, where it names no body, address or
        # person
        return filled[1]
    return None


MAX_CAPITALS_SUBJECT_LINES = 2
"""Lines a subject set in capitals may run over, right over the salutation (``OBJECTION TO PLANNING APPLICATION …`` /
``LAND TO THE REAR OF 22-30 THORNBURY CLOSE, FARNHAM``)."""

_HANDLING_MARK = re.compile(r"^(?:STRICTLY\s+)?(?:PRIVATE(?:\s+AND\s+CONFIDENTIAL)?|CONFIDENTIAL|PERSONAL|URGENT|WITHOUT\s+PREJUDICE"
                            r"|BY\s+(?:E-?MAIL|HAND|POST)|RECORDED\s+DELIVERY|FOR\s+THE\s+ATTENTION\s+OF|FAO)\b[\s:,.]*$"
                            r"|^(?:FOR\s+THE\s+ATTENTION\s+OF|FAO)\b")
"""A letter's handling mark set in capitals over the salutation (``PRIVATE AND CONFIDENTIAL``, ``WITHOUT PREJUDICE``,
``BY EMAIL``, ``FOR THE ATTENTION OF …``): how the letter is to be handled, never what it is about."""


def capitals_subject(text: str) -> bool:
    """A line set in capitals that may be a letter's subject (:func:`subject_shaped`, every letter a capital, two words
    or more): ``OBJECTION TO PLANNING APPLICATION WA/2026/01873``; a handling mark (``PRIVATE AND CONFIDENTIAL``) is
    none.

    >>> capitals_subject("OBJECTION TO PLANNING APPLICATION WA/2026/01873"), capitals_subject("PRIVATE AND CONFIDENTIAL")
    (True, False)
    >>> capitals_subject("Objection to the application"), capitals_subject("WAVERLEY BOROUGH COUNCIL")
    (False, False)
    """
    s = text.strip()
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and script_of(s) == EN and subject_shaped(s)


def _capitals_subject_over(opening: list[str], at: int) -> int | None:
    """The first line of a subject set in capitals right over the salutation at ``opening[at]`` (up to
    :data:`MAX_CAPITALS_SUBJECT_LINES` lines, blank lines passed over), under the letter's other opening lines (its
    addresses, its date): English letters to an office set their subject so, with no label, where the date stands
    over the addressee (decision, issue 16 point 2, session 80, helper cat80: a planning objection's
    ``OBJECTION TO PLANNING APPLICATION WA/2026/01873`` under the council's address had given no title). Capitals
    are the evidence a date right over the line gives elsewhere (:func:`unlabelled_subject`): an address's or a
    letterhead's line in capitals is an address, an organisation or a name (:func:`subject_shaped`), never read so.

    >>> _capitals_subject_over(["Jo Bell", "3 March 2026", "Planning Department", "Godalming GU7 1HR",
    ...                         "OBJECTION TO PLANNING APPLICATION WA/2026/01873", "Dear Sir or Madam,"], 5)
    4
    >>> _capitals_subject_over(["Jo Bell", "3 March 2026", "OBJECTION TO THE APPLICATION", "LAND AT MILL LANE, FARNHAM",
    ...                         "Dear Sir or Madam,"], 4)
    2
    >>> _capitals_subject_over(["Jo Bell", "Godalming GU7 1HR", "PRIVATE AND CONFIDENTIAL", "Dear Sir,"], 3) is None
    True
    """
    filled = [k for k in range(at) if opening[k].strip()]
    run = []
    for k in reversed(filled):
        if not capitals_subject(opening[k]) or len(run) == MAX_CAPITALS_SUBJECT_LINES:
            break
        run.append(k)
    if not run or run[-1] == filled[0]:
        return None  # the letter's first line: a letterhead, never a subject with nothing over it
    return run[-1]


def under_reference_subject(text: str) -> bool:
    """A line that may be the subject set under a letter's reference fields, over its salutation: one cell, opening
    on a capital, no sentence, date, address, contact, person's name, salutation or formula (an organisation's words
    allowed: the address field stands over the reference line, never under it)."""
    s = text.strip(" \u3000\t")
    return bool(s) and "\t" not in s and len(s) <= MAX_SUBJECT_CHARS and not s.endswith(_SENTENCE_END) \
        and (s[:1].isupper() or script_of(s) == JA) \
        and not (is_date_line(s) or contact_line(s) or is_address_line(s) or is_person_name(s) or is_salutation(s)
                 or is_letter_formula(s) or is_section_name(s) or reference_line(s))


_REFERENCE_LABEL = re.compile(
    r"^(?:Ihre?|Unsere?)\s+(?:Zeichen|Nachricht\s+vom|Schreiben\s+vom|Aktenzeichen|Az\.?)|^Datum|^Aktenzeichen"
    r"|^(?:Your|Our)\s+(?:ref(?:erence)?\.?|letter(?:\s+(?:of|dated))?|message(?:\s+of)?)|^Date", re.IGNORECASE)
"""A label of a letter's reference line (DIN 5008's Bezugszeichenzeile: ``Ihr Zeichen``, ``Ihre Nachricht vom``,
``Ihr Schreiben vom``, ``Unser Zeichen``, ``Datum``; a British or American letter's ``Your ref``, ``Our ref``, ``Your
letter of``, ``Date``), alone in its cell or before the cell's value (``Unser Zeichen: AB/12``): the closed set of
the standard's field names, no document's words."""


def _reference_cell(cell: str) -> bool:
    m = _REFERENCE_LABEL.match(cell)
    return m is not None and (m.end() == len(cell) or not cell[m.end()].isalnum())


def reference_line(text: str) -> bool:
    """A letter's reference line (its fields' labels set side by side, parted by TABs or wide white space, DIN 5008's
    Bezugszeichenzeile): two cells or more, two of them a field's label (:data:`_REFERENCE_LABEL`).

    >>> reference_line("Ihr Zeichen\tIhr Schreiben vom\tUnser Zeichen\tDatum"), reference_line("Your ref: AB/1\tOur ref: CD\tDate: 3 May 2026")
    (True, True)
    >>> reference_line("Datum\tOrt"), reference_line("Our reference group met on 3 May.")
    (False, False)
    """
    from pipeline.segment.names import cells

    found = [text[a:b] for a, b in cells(text)]
    return len(found) >= 2 and sum(_reference_cell(c) for c in found) >= 2


def reference_block(texts: list[str], k: int) -> bool:
    """``texts[k]`` is a row of a letter's reference fields: a reference line (:func:`reference_line`), or its values
    set under it, a row of cells no more than the labels' over them (blank lines passed over):
    ``Ihr Zeichen⇥Ihr Schreiben vom⇥Unser Zeichen⇥Datum`` / ``AB/12⇥08.08.2012⇥CD/3⇥1. Februar 2019``."""
    from pipeline.segment.names import cells

    if reference_line(texts[k]):
        return True
    above = k - 1
    while above >= 0 and not texts[above].strip():
        above -= 1
    return above >= 0 and reference_line(texts[above]) and 2 <= len(cells(texts[k])) <= len(cells(texts[above]))


_PLACE_BEFORE_DATE = re.compile(r"^[^\W\d_][\w .'’\-]{0,30},\s*(?=\S)")


def _dateline(text: str) -> str:
    """A letter's dateline without the place before it (``Kiel, 14. März 2026`` → ``14. März 2026``). A periodical's
    issue line (``Newsletter No. 87, September 2025``: :func:`~.events.periodical_issue`) is no place and a date: it
    stays whole, so a newsletter's first heading over its letter from the chair is read as no subject under a date
    (fresh-user trial 77b: an allotment society's newsletter had been titled ``From the Chair``).

    >>> _dateline("Newsletter No. 87, September 2025")
    'Newsletter No. 87, September 2025'
    """
    s = text.strip()
    if periodical_issue(s):
        return s
    return s[_PLACE_BEFORE_DATE.match(s).end():] if _PLACE_BEFORE_DATE.match(s) and not is_date_line(s) else s


CLOSINGS = ("yours sincerely", "sincerely yours", "sincerely", "yours faithfully", "faithfully yours", "yours truly",
            "very truly yours", "truly yours", "respectfully", "respectfully yours", "yours respectfully",
            "kind regards", "best regards", "warm regards", "warmest regards", "regards", "with kind regards",
            "with best regards", "with best wishes", "best wishes", "all the best", "cordially", "yours",
            "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
            "mit besten grüßen", "beste grüße", "viele grüße", "herzliche grüße", "hochachtungsvoll",
            "cordiali saluti", "distinti saluti", "con i migliori saluti", "cordialmente", "in fede",
            "un cordiale saluto", "saluti", "cordialement", "bien cordialement", "salutations distinguées",
            "bien à vous", "atentamente", "saludos cordiales", "un saludo", "cordiales saludos",
            "met vriendelijke groet", "met vriendelijke groeten", "hoogachtend", "med vänlig hälsning",
            "vänliga hälsningar", "med venlig hilsen", "med vennlig hilsen", "z poważaniem")
"""Complimentary closes (English, German, Italian, French, Spanish, Dutch, Scandinavian, Polish), as letter-writing
guides list them: a closed set, compared without case and a trailing comma or full stop."""


_CLOSE_ADJECTIVES = r"(?:warm|warmest|kind|kindest|best|warm\s+and\s+kind|sincere|sincerest|fond|fondest|cordial|heartfelt|respectful|affectionate|many|all\s+good|good)"
_ENGLISH_CLOSE = re.compile(
    r"^(?:(?:with|yours|very)\s+(?:very\s+)?)?" + _CLOSE_ADJECTIVES + r"\s+(?:regards|wishes|greetings|thanks)"
    r"|^(?:with\s+)?(?:regards|thanks|gratitude|appreciation|love)"
    r"|^(?:yours\s+|very\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially|gratefully|warmly)(?:\s+yours)?"
    r"|^yours\s+(?:ever|always)$"
    r"|^(?:with\s+)?(?:(?:every|many|all)\s+)?(?:god'?s\s+)?blessings?$|^god\s+bless(?:\s+you)?$", re.IGNORECASE)
"""An English complimentary close read by its shape (decision, issue 16 point 2, fresh-user trial 65, where ``With
warm regards,`` was missing from :data:`CLOSINGS` and the letter lost its signer): an optional ``With``, ``Yours`` or
``Very``, an adjective of the small set letter-writing guides use (warm, kind, best, sincere …), then ``regards``,
``wishes``, ``greetings`` or ``thanks``; or ``Sincerely``, ``Faithfully``, ``Truly``, ``Respectfully``,
``Cordially`` … with ``Yours``/``Very`` before or ``yours`` after. Read only where the line ends on a comma (the
close's own mark), so a phrase of running text or a heading is never one: ``With regards to the budget, we …``
runs on past its comma. A minister's close (``With every blessing,``, ``Every blessing,``, ``Blessings,``, ``God
bless,``) is a close too (decision, issue 16 point 2, fresh-user trial 73c: a
parish magazine's vicar's letter had its ``With every blessing,`` / ``Revd …`` run into its last paragraph)."""


def _english_close(text: str) -> bool:
    """A line that is an English complimentary close by its shape (:data:`_ENGLISH_CLOSE`), ending on its comma.

    >>> [_english_close(s) for s in ("With warm regards,", "Kindest regards,", "Very sincerely yours,", "With best wishes,")]
    [True, True, True, True]
    >>> [_english_close(s) for s in ("With every blessing,", "Blessings,", "Blessings on the harvest,", "Signed by")]
    [True, True, False, False]
    >>> [_english_close(s) for s in ("With regards to the budget,", "With regards to the budget, we agreed.",
    ...                              "Warm greetings were sent to the treasurer.", "Best regards to all members,", "Kind regards")]
    [False, False, False, False, False]

    Two closes joined by ``and`` are one (``With warm thanks and best wishes,``, ``Thanks and regards,``: fresh-user
    trial 77b, where a village hall's thank-you letter lost its signer); each part must be a close whole.

    >>> [_english_close(s) for s in ("With warm thanks and best wishes,", "Thanks and regards,", "With love and best wishes,",
    ...                              "With warm and kind regards,")]
    [True, True, True, True]
    >>> [_english_close(s) for s in ("Thanks and see you soon,", "With thanks and the minutes,", "Bread and butter,")]
    [False, False, False]
    """
    s = text.strip(" \u3000\t")
    if not s.endswith(","):
        return False
    body = s[:-1].strip()
    parts = re.split(r"\s+and\s+", body)
    return _whole_close(body) or (len(parts) == 2 and all(_whole_close(part) for part in parts))


def _whole_close(text: str) -> bool:
    """``text`` is one complimentary close of :data:`_ENGLISH_CLOSE` from its start to its end."""
    m = _ENGLISH_CLOSE.match(text)
    return m is not None and m.end() == len(text)


def is_closing(text: str) -> bool:
    """A letter's complimentary close alone on its line (``Yours sincerely,``, ``Mit freundlichen Grüßen``,
    ``Cordiali saluti,``), or a Japanese letter's closing word (``敬具``).

    >>> is_closing("Yours sincerely,"), is_closing("Mit freundlichen Grüßen"), is_closing("敬具"), is_closing("Regards to all")
    (True, True, True, False)
    >>> is_closing("By order of the Board,"), is_closing("By order of the council the road is closed.")
    (True, False)
    """
    s = text.strip(" \u3000\t").rstrip(",.!").strip().casefold()
    return s in CLOSINGS or _english_close(text) or is_letter_formula(text) or _BY_ORDER.match(text.strip(" \u3000\t")) is not None


_ISSUED_BY = re.compile(r"^(?:Issued|Published|Released|Distributed)\b[^.;:]{0,40}?\bby\s+[A-Z]")
"""A notice's issue statement: ``Issued 3 March 2025 by BrightHome Appliances Ltd, …``, ``Published by …``."""


def issued_by(text: str) -> bool:
    """A line stating who issued the document and when (``Issued 3 March 2025 by BrightHome Appliances Ltd, Unit 4,
    …``): the issuer's dated line, no speaker's. Where a block reads it as its speaker's line, a signature in the text
    (``Richard Holloway`` / ``Managing Director, …``) names the speaker (decision, issue 16 point 2, fresh-user trial
    73c, helper eng73: the recall notice's speaker had been the whole issue line and its signer unread).

    >>> issued_by("Issued 3 March 2025 by BrightHome Appliances Ltd, Unit 4, Riverside Park"), issued_by("Published by Acme Books")
    (True, True)
    >>> issued_by("Issued permits are valid by law."), issued_by("Jane Roe, Issues Editor")
    (False, False)
    """
    return _ISSUED_BY.match(text.strip()) is not None


def close_over_signature(lines: list[str], at: int, start: int = 0) -> int:
    """The index of the line a letter's body ends on, for its signature opening at ``lines[at]``: its complimentary
    close (:func:`is_closing`) right over the signature, or over the dates standing between (``敬具`` / ``令和7年11月20日``
    / the sender, as a Japanese letter sets its 結語, 日付 and 差出人; ``Yours sincerely,`` / ``12 May 2026`` / the
    name), no line over ``start``; else ``at``, the signature's first line. Why (issue 16 point 3, fresh-user trial
    69b): a letter's close was read only right over the signature, so a Japanese letter dated between its ``敬具`` and
    its sender kept ``敬具`` as its body's last paragraph, where one with ``敬具`` over the signature set it apart.

    >>> close_over_signature(["…申し上げます。", "敬具", "令和7年11月20日", "吉野川流域環境協議会"], 3)
    1
    >>> close_over_signature(["We ask for repairs.", "Kind regards,", "Ann Lee"], 2), close_over_signature(["…申し上げます。", "令和7年11月20日", "協議会"], 2)
    (1, 2)
    """
    k = at - 1
    while k > start and is_date_line(lines[k].strip(" \u3000\t")):
        k -= 1  # the letter's date, set between its close and its sender
    if k >= start and k < at and is_closing(lines[k]):
        return k
    # no close: a dateline naming its place right over the signature (``Torino, July 10, 2018`` / ``Walt DISNEY``:
    # :func:`dated_close`) closes the body
    before = lines[at - 1].strip() if at - 1 >= start else ""
    return at - 1 if before and _PLACE_BEFORE_DATE.match(before) and is_date_line(_dateline(before)) else at


_BY_ORDER = re.compile(r"^(?:By|BY) (?:order|ORDER)(?: (?:of|OF)(?: (?:the|THE))? [A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|the|and|&)){0,5})?[,.]?$")
"""A notice's close over its signer in a body's name (``By order of the Board,`` / ``By order of the Council``, over
the clerk's or secretary's name and post, as company and council notices close), a close as ``Yours sincerely,`` is."""


MAX_SIGNATURE_LINES = 4
"""The signature's block under the close: the name, and at most three lines of position and organisation."""
_SIGNER_TITLE = re.compile(r"^(?:prof|dr|dott|dott\.ssa|ing|avv|mr|mrs|ms|mx|sir)\.?\s+(?=\S)", re.IGNORECASE)


def _signer_name(text: str) -> int | None:
    """Where the name starts on a signature's line that names a person (``prof. Walter Daems``, ``Dr. Thomas Weber``,
    ``Karin Lund``, ``山本 和夫``), else ``None``."""
    s = text.strip()
    if not s or "\t" in s or is_organisation(s) or contact_line(s) or is_date_line(s):
        return None
    m = _SIGNER_TITLE.match(s)
    start = m.end() if m is not None else name_start(s)
    lead = len(text) - len(text.lstrip())
    return lead + start if name_shaped(s[start:]) or is_person_name(s[start:]) else None


def close_before_name(text: str) -> int | None:
    """Where the signer's name starts on a line that sets the complimentary close and the name on one line, a comma
    between (``Sincerely, Jane Roe``, ``Yours faithfully, Dr Karin Lund``, ``Kind regards, Tom Reyes, Secretary``: the
    close :func:`is_closing` reads alone), else ``None``. Why (fresh-user trial 64e): a short notice or e-mail closes so
    on one line, and only a close alone on its line had been read, so the signer was lost.

    >>> close_before_name("Sincerely, Jane Roe"), close_before_name("Kind regards, Tom Reyes, Secretary")
    (11, 14)
    >>> close_before_name("Regards, the team"), close_before_name("Sincerely, we hope to see you there.")
    (None, None)
    """
    s = text.rstrip()
    head, comma, rest = s.partition(",")
    if not comma or not rest.strip() or not is_closing(head) or is_letter_formula(head):
        return None
    at = len(head) + 1 + len(rest) - len(rest.lstrip())
    name = re.split(r"[,(（]", s[at:])[0].strip()
    return at if name and _signer_name(name) is not None and not name.endswith(_SENTENCE_END) else None


_LETTER_TITLE = re.compile(r"^(?:[^:.!?]{1,60}:\s+)?(?:(?:An?|Our|The)\s+)?(?:(?:Open|Joint|Public)\s+)?Letter\s+(?:to|from|on|about|regarding|concerning)\s+\S"
                           r"[^.!?]*$", re.IGNORECASE)
"""A letter's own title naming it a letter (``An open letter to Westbury Town Council on the closure of …``, ``A
letter to Valley Buses from the villages of the Upper Vale``, ``Joint letter on …``), a headline before a colon
allowed (``Keep the Number 12 Bus Running: a letter from the villages of the Upper Vale``)."""


_SEASONAL_LETTER = re.compile(r"^(?:The\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}(?:Christmas|Annual|Family|Holiday|Easter|New\s+Year|"
                             r"Round[- ]Robin|Year[- ]End|Summer|Winter|Autumn|Spring)\s+Letter"
                             r"(?:\s*[,:–—-]?\s*(?:19|20)[0-9]{2}(?:[/–-][0-9]{2,4})?)?$")
"""A family's or a society's seasonal letter named as such (``The Pembertons' Christmas Letter 2025``, ``Annual
Letter 2024``, ``Our Family Round-Robin Letter``): a kind of letter and ``Letter``, a year after it or not."""


def letter_title(text: str) -> bool:
    """``text`` calls the document a letter to or from someone (:data:`_LETTER_TITLE`), or names it a seasonal letter
    (:data:`_SEASONAL_LETTER`; fresh-user trial 77b's round-robin had no title): its title, never a letterhead.

    >>> letter_title("An open letter to Westbury Town Council on the closure of Mill Lane Library"), letter_title("Letter to the editor")
    (True, True)
    >>> letter_title("Letters page"), letter_title("A letter to the council was sent in May.")
    (False, False)
    >>> letter_title("The Pembertons' Christmas Letter 2025"), letter_title("Annual Letter 2024"), letter_title("Christmas Letter")
    (True, True, True)
    >>> letter_title("Newsletter 2025"), letter_title("The Christmas letter was late this year."), letter_title("Cover Letter")
    (False, False, False)
    """
    s = text.strip()
    return _LETTER_TITLE.match(s) is not None or _SEASONAL_LETTER.match(s) is not None


MIN_SIGNATORIES = 2
"""Signatories' lines at least under one close that make a letter's list of signatories (an open letter's, a
petition's), each naming its person first."""
MAX_SIGNATORIES = 40
"""Signatories' lines at most read under the close."""
_COUPLE = re.compile(r"^(?P<first>[A-Z][a-z'’\-]+)\s+(?:and|&)\s+(?=[A-Z])")
"""Two people sharing the surname after them (``Brian and Lesley Thornton``): the given name before ``and``."""
_OTHER_SIGNATORIES = re.compile(r"^(?:and|plus|with)\s+(?:[0-9][0-9,]*|many|several|\w+\s+hundred)\s+(?:other|more|further)\b"
                                r"|^and\s+(?:others|other\s+\w+)\b", re.IGNORECASE)
"""The line closing a list of signatories that names no one (``and 214 other residents (full list attached)``,
``and others``)."""


_FIELD_UNDER_SIGNATORIES = re.compile(r"^[A-Z][A-Za-z]*(?:[ \t][a-z]+){0,2}[ \t]*:[ \t]*\S")
"""A labelled field under a letter's signatories (``Reply to: …``, ``Contact: …``, ``Petition organised by: …``)."""


def _signatory_name(text: str) -> int | None:
    """The length of the name opening a signatory's line (``Helen Marsh, Chair, Friends of Mill Lane Library``,
    ``Rev. Samuel Adeyemi, Vicar of St Peter’s``, ``Brian and Lesley Thornton, 12 Mill Lane``, ``Fatima Begum``): the
    piece before its first comma, a person's name with or without an honorific, else ``None``."""
    head = text.strip().split(",")[0].strip()
    if not head or head.endswith(_SENTENCE_END):
        return None
    couple = _COUPLE.match(head)
    named = head[couple.end():] if couple is not None else head
    return len(head) if _signer_name(named) is not None else None


def signatories(lines: list[Text]) -> int:
    """How many of ``lines`` (the lines under a letter's close) list its signatories: :data:`MIN_SIGNATORIES` or more
    lines each opening on a person's name (:func:`_signatory_name`: ``Helen Marsh, Chair, Friends of Mill Lane
    Library`` / ``Dr Joanna Kowalski, GP, Mill Lane Surgery`` / …), the line closing the list that names no one after
    them (``and 214 other residents``) counted too; else 0. An open letter or a petition closes so, each signatory on
    a line of his own with his post or address after the name (session 75, helper letter75, fresh-user trial 74f: the
    six signatories of an open letter had been paragraphs of its text, and it had no speaker).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> signatories(mk("Helen Marsh, Chair", "Brian and Lesley Thornton, 12 Mill Lane", "and 214 other residents", "Reply to: …"))
    3
    >>> signatories(mk("Jane Roe", "Director")), signatories(mk("Jane Roe, Director", "We thank you all."))
    (0, 0)
    >>> signatories(mk("Jenny Collins", "Project Officer")), signatories(mk("Ann Lee, Chair", "Tom Reyes"))
    (0, 0)
    """
    n = 0
    # (each names the person and, after a comma, his post or address: a name over a post on the next line,
    # ``Jenny Collins`` / ``Project Officer``, is one signer's block)
    while n < min(len(lines), MAX_SIGNATORIES) and _signatory_name(lines[n].text) is not None \
            and "," in lines[n].text and not contact_line(lines[n].text.strip()):
        n += 1
    if n < MIN_SIGNATORIES:
        return 0
    if n < len(lines) and _OTHER_SIGNATORIES.match(lines[n].text.strip()):
        n += 1
    return n


def _signatories_speaker(lines: list[Text]) -> Speaker:
    """The speaker of a list of signatories (:func:`signatories`): each its name, the rest of its line after the
    comma its affiliation; the line naming no one (``and 214 other residents``) none. Views of the lines."""
    authors = []
    for line in lines:
        length = _signatory_name(line.text)
        if length is None:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        name = line[lead:lead + length]
        rest = line[lead + length:].strip()
        affiliation = rest[1:].strip() if rest.text.startswith(",") and rest.text[1:].strip() else None
        authors.append(Author(name, (), affiliation))
    text = Text.join([t.strip() for t in lines], sep=Text.inserted("; "))
    affiliation = authors[0].affiliation if len({a.affiliation.text if a.affiliation else None for a in authors}) == 1 else None
    return Speaker(text, affiliation, authors[0].name, tuple(authors))


def signature(body: list[Text]) -> tuple[int, int, int | None] | None:
    """The signature of a letter's text ``body``: ``(line, end, name_at)``, the lines ``body[line:end]`` under its
    last complimentary close (:func:`is_closing`), where one of them names the signer: the first from ``name_at``
    (``Dr Thomas Whitfield`` / ``Director``), else ``name_at`` is ``None`` (a Japanese sender's organisation over
    its officer, ``さくら台港湾研究所`` / ``所長　山本　和夫``, after ``敬具``); else ``None``. The lines stop at a label
    (``CC:``, ``Encl.``), a date, a sentence or a list's item (``記``'s items). A close set on one line with the name
    after its comma (``Sincerely, Jane Roe``: :func:`close_before_name`) opens the signature on that line, ``name_at``
    the name's offset."""
    close = next((k for k in range(len(body) - 1, -1, -1)
                  if is_closing(body[k].text) or close_before_name(body[k].text) is not None), None)
    if close is None:
        return dated_close(body)
    if not is_closing(body[close].text):
        # the close and the name on one line: the signature opens there, the lines of post and office under it
        lead = len(body[close].text) - len(body[close].text.lstrip())
        name_at = lead + close_before_name(body[close].text.strip())
        end = close + 1
        while end < len(body) and end < close + MAX_SIGNATURE_LINES and _signature_block_line(body[end].text):
            end += 1
        return close, end, name_at
    if close + 1 >= len(body):
        return None
    listed = signatories(body[close + 1:])
    if listed:  # an open letter's signatories, one a line (read by signer as its authors)
        first = body[close + 1].text
        return close + 1, close + 1 + listed, len(first) - len(first.lstrip())
    end = close + 1
    while end < len(body) and end < close + 1 + MAX_SIGNATURE_LINES and _signature_block_line(body[end].text):
        end += 1
    block = body[close + 1:end]
    if not block:
        return None
    name_at = _signer_name(block[0].text)
    if name_at is not None:
        return close + 1, end, name_at
    if any(is_person_name(t.text) or is_person_name(t.text.split(maxsplit=1)[-1]) for t in block[1:]) \
            and all(JA_LETTER_RE.search(t.text) for t in block):
        return close + 1, end, None
    if all(_signs_for_a_body(t.text) for t in block) and not any(is_person_name(t.text) for t in block):
        return close + 1, end, None  # signed by a post or a body, no one named (``Secretary`` / ``… Society``)
    return None


def dated_close(body: list[Text]) -> tuple[int, int, int] | None:
    """The signature of a letter that closes on its place and date with no complimentary close (``Torino, July 10,
    2018`` / ``Walt DISNEY``, as Italian and German letters set it): ``(line, end, name_at)`` as :func:`signature`
    gives it, the name right under the dateline, at most :data:`MAX_SIGNATURE_LINES` lines of signature closing the
    text, a sentence's end over the dateline; else ``None``. The dateline names the place before the date
    (:data:`_PLACE_BEFORE_DATE`). Why (issue 16, fresh-user trial 75c's LaTeX letter): the close had been one body
    paragraph ``Torino, July 10, 2018 Walt DISNEY`` and the letter had no speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> dated_close(mk("We will write again soon.", "Torino, July 10, 2018", "Walt DISNEY"))
    (2, 3, 0)
    >>> dated_close(mk("We will write again soon.", "Torino, July 10, 2018")), dated_close(mk("Torino, July 10", "The end."))
    (None, None)
    """
    for d in range(len(body) - 2, max(0, len(body) - 2 - MAX_SIGNATURE_LINES), -1):
        t = body[d].text.strip()
        if not (_PLACE_BEFORE_DATE.match(t) and (is_date_line(t) or is_date_line(_dateline(t)))):
            continue
        if not body[d - 1].text.rstrip().endswith(_SENTENCE_CLOSE):
            return None
        name_at = _signer_name(body[d + 1].text)
        if name_at is None or not all(_signature_block_line(x.text) for x in body[d + 2:]):
            return None
        return d + 1, len(body), name_at
    return None


def closing_place(body: list[Text]) -> tuple[int, int, int] | None:
    """``(line, start, end)``: the town a letter's closing dateline names before its date (:func:`dated_close`:
    ``Torino, July 10, 2018`` / ``Walt DISNEY``), the index into ``body`` and the span in its line; else ``None``. The
    place is a town GeoNames lists (:func:`~.places.is_town_en`, weighed alone: no common word, no region), by another
    spelling of a large town (:func:`~.places.town_spelt_otherwise`: ``Torino`` for Turin), or with a lost glyph
    (:func:`~.places.gapped_town_en`). Decision (issue 16, helper en76 after en75's open limit, fresh-user trial 75c's
    letter): where a letter says it was written is its city, as a news dateline names a story's.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("We will write again soon.", "Torino, July 10, 2018", "Walt DISNEY"); k, a, b = closing_place(ls); ls[k].text[a:b]
    'Torino'
    >>> closing_place(mk("We will write again soon.", "Harbourside, July 10, 2018", "Walt DISNEY"))
    """
    from pipeline.segment.places import _town_alone_weighed, gapped_town_en, town_spelt_otherwise

    found = dated_close(body)
    if found is None:
        return None
    k = found[0] - 1
    text = body[k].text
    lead = len(text) - len(text.lstrip())
    place = text.strip()[:_PLACE_BEFORE_DATE.match(text.strip()).end()].rstrip(", \t")
    if _town_alone_weighed(place) or town_spelt_otherwise(place) or gapped_town_en(place):
        return k, lead, lead + len(place)
    return None


def _signature_block_line(text: str) -> bool:
    """A line of a signature's block under its close: no label, date, means of contact, sentence or list's item, at
    most 8 words, and 40 characters unless an organisation or a post and its body (a company's legal form ends on a
    stop and no sentence, ``Northwind Robotics Inc.``: is_organisation; a post and its body run past 40 characters,
    ``Secretary, Harbourside Residents' Association``: fresh-user trial 64b, where the signature had stopped at the
    name and the post was lost to the speaker)."""
    s = text.strip(" \u3000\t")
    return not (not s or ":" in s or "：" in s or is_date_line(s) or contact_line(s)
                or (s.endswith(_SENTENCE_END) and not is_organisation(s))
                or len(s.split()) > 8 or NUMBER_FIRST.match(s)
                or (len(s) > 40 and not (is_organisation(s) or post_and_organisation(s))))


_SIGNATURE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "behalf", "&"})
_LETTER_NOTATION = re.compile(r"^(?:(?:enc(?:l(?:osures?|osed)?)?|attach(?:ments?|ed)|cc|bcc|cop(?:y|ies)(?:\s+to)?|distribution"
                              r"|confidential|private\s+and\s+confidential)\s*(?:[:：]|$)|(?:cc|bcc|cop(?:y|ies)\s+to)\s)",
                              re.IGNORECASE)
"""A letter's notation under its signature, no signer: what it encloses or attaches, who has a copy, how it is to be
handled (``Enclosures``, ``Attachment: …``, ``cc: Harbour Board``, ``Confidential``)."""


def _signs_for_a_body(text: str) -> bool:
    """A signature's line that signs for a body or a post without naming anyone: an organisation (``Lakeside
    Allotment Society``, ``さくら台自治会``), a post (``Director``, ``Secretary``, ``Harbour Master``: English words each
    capitalised but small joining ones, up to six, no name's shape), or both in one phrase (``On behalf of the
    Committee``). The letter's signer is then that body or post: the speaker's affiliation, no name (none invented).

    >>> _signs_for_a_body("Secretary"), _signs_for_a_body("On behalf of the Committee"), _signs_for_a_body("さくら台自治会")
    (True, True, True)
    >>> _signs_for_a_body("see you soon"), _signs_for_a_body("Karin Lund"), _signs_for_a_body("P.S. The tea was lovely")
    (False, False, False)

    A letter's notation under the signature signs for no one (review of 14759ac: ``Enclosures`` under ``Yours
    sincerely,`` had become the signer's affiliation):

    >>> [_signs_for_a_body(s) for s in ("Enclosures", "Attachment: Application Form", "cc: Harbour Board", "Confidential")]
    [False, False, False, False]
    >>> _signs_for_a_body("Harbour Master"), _signs_for_a_body("Lakeside Allotment Society")  # posts and bodies still sign
    (True, True)
    """
    s = text.strip(" \u3000\t")
    if not s or is_person_name(s) or "." in s or _LETTER_NOTATION.match(s):
        return False
    if is_organisation(s) or organisation_line(s) or _post_line(s):
        return True
    words = s.split()
    return script_of(s) == EN and len(words) <= 6 and words[0][:1].isupper() and not name_shaped(s) \
        and all(w[:1].isupper() or w.lower() in _SIGNATURE_SMALL_WORDS for w in words)


def signer(lines: list[Text], name_at: int) -> Speaker:
    """The speaker read from a signature's lines: its first line's name (from ``name_at``), the lines under it its
    affiliation (``Senior Lecturer``, ``Direktor``; ``さくら台港湾研究所`` / ``所長`` run on, as a title block's
    affiliation lines are joined: :func:`~pipeline.segment.joinlines.joined_lines`); views of the body's lines, which stay where
    they stand. A close on the name's line (``Sincerely, Jane Roe, Director``: :func:`close_before_name`) is left
    out of the speaker's text, and a post after the name's comma is its affiliation, as on a dash's signature line."""
    if len(lines) >= MIN_SIGNATORIES and signatories(lines) == len(lines):
        return _signatories_speaker(lines)
    if close_before_name(lines[0].text.strip()) is not None:
        found = _english_signer(lines[0], name_at, list(lines[1:]))
        if found is not None:
            return found
    name = lines[0][name_at:].strip()
    stripped = [t.strip() for t in lines]
    # the speaker's text parts its lines as speaker_of's does (``Helen Marsh, Town Clerk``: joinlines.speaker_text)
    text = speaker_text(stripped) if len(stripped) > 1 else stripped[0]
    affiliation = joined_lines(stripped[1:]) if len(stripped) > 1 else None
    return Speaker(text, affiliation, name, (Author(name, (), affiliation),))


MAX_LETTERHEAD_LINES = 8
"""Lines at a letter's top read for its letterhead's institution (its name, the address, telephone, e-mail)."""


def letterhead_institution(opening: list[Text], layout: "Layout | None" = None) -> Text | None:
    """The institution a letter's letterhead names: the first organisation line (``Halden Institute of Marine
    Acoustics``, ``さくら台港湾研究所``) among its top lines, before the dateline, the addressee (a person's name), the
    salutation or the subject: the sender's, as the letterhead stands above everything the letter addresses. ``None``
    where the top lines name none before those (a letter that opens on its addressee keeps its signer's lines). The
    letterhead is the letter's first block of lines: an organisation after a blank line under a first block that
    names none (a private sender's address, ``14 Mill Lane`` / ``Stroud``, then ``Stroud District Council``, the
    addressee's) is the addressee's, never the signer's (review of 2 December).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> letterhead_institution(mk("Halden Institute of Marine Acoustics", "27 Quayside Road", "12 March 2025")).text
    'Halden Institute of Marine Acoustics'
    >>> letterhead_institution(mk("12 March 2025", "Dr. Susan Lee", "University of Victoria")) is None
    True
    >>> letterhead_institution(mk("14 Mill Lane", "Stroud", "", "Stroud District Council", "Ebley Mill")) is None
    True
    >>> letterhead_institution(mk("Harbourview Community Garden", "14 Quay Street", "Dunedin 9016")).text
    'Harbourview Community Garden'

    An English office over the body it belongs to, a line each, is one institution (:func:`_with_body_under`):

    >>> letterhead_institution(mk("Office of the Town Council", "Town of Millbrook", "14 Orchard Lane")).text
    'Office of the Town Council, Town of Millbrook'

    With the document's ``layout``, lines stand apart only by a blank raw line between them: a raw line clean took
    out whole (the second copy of a doubled text layer, a ghost line) parts nothing. Without it, any raw line
    between them parts them (a caller with no layout). Decision (fresh-user trial 70b, helper fix70f): each line of
    a letter printed twice had made ``Notice of Road Closure`` (line 1) and ``Transport Team, City of Bristol``
    (line 3) two blocks, and the signer lost the letterhead's office the same letter printed once gives.
    """
    from pipeline.segment.layout import first_line

    from pipeline.segment.tables import address_lines

    seen: int | None = None  # the raw line of the last line read
    for k, t in enumerate(opening[:MAX_LETTERHEAD_LINES]):
        s = t.text.strip(" \u3000\t")
        here = first_line(t)
        if seen is not None and (not s or (here is not None and _apart(seen, here, layout))):
            return None  # the first block named no organisation: what follows it is the addressee's
        if not s:
            continue
        seen = here if here is not None else seen
        if is_date_line(s) or is_salutation(s) or subject_value(s) is not None or is_person_name(s) or is_client_line(s):
            return None
        if is_organisation(s) or organisation_line(s):
            if (whole := _name_over_two_lines(opening, k, layout)) is not None:
                return whole  # (a unit under it is the institution's own, ``Department of Energy``: no body over it)
            return _with_body_under(opening, k, layout)
        if 0 in address_lines([u.text for u in opening[k + 1:k + 1 + ADDRESS_UNDER_NAME]]) and not NUMBER_FIRST.match(s):
            # a name right over its postal address (``Harbourview Community Garden`` / ``14 Quay Street`` / ``Dunedin
            # 9016``), which the organisation reader does not know: the sender's institution all the same (trial 65)
            return t.strip()
    return None


def _apart(a: int, b: int, layout: "Layout | None") -> bool:
    """Raw lines ``a < b`` stand apart: a blank raw line between them where the ``layout`` is known (a line clean
    dropped whole between them, such as a doubled layer's copy, parts nothing), else any raw line between them."""
    return layout.blank_between(a, b) if layout is not None else b > a + 1


_NAME_PARTICLES = frozenset({"of", "for", "and", "&", "di", "del", "della", "dello", "degli", "dei", "de", "du", "des",
                             "la", "le", "der", "für", "fur", "van", "von", "da", "do", "dos", "das", "e", "y", "und", "et"})
"""The small words an institution's name runs on over (``POLITECNICO`` / ``DI TORINO``, ``Department of`` /
``Comics and Cartoons``, ``UNIVERSITÄT`` / ``FÜR MUSIK``)."""
MAX_NAME_TAIL_WORDS = 5
"""Words the second line of an institution's name set over two holds at most (``DI TORINO``, ``OF TECHNOLOGY``)."""


def _name_over_two_lines(opening: list[Text], k: int, layout: "Layout | None" = None) -> Text | None:
    """The letterhead's institution ``opening[k]`` with its name's rest on the raw line right under it, joined by an
    inserted space (``POLITECNICO`` / ``DI TORINO`` → ``POLITECNICO DI TORINO``), else ``None``: the name runs on over
    one of its small words (:data:`_NAME_PARTICLES`, ending the first line or opening the second), the second line a
    few capitalised words (:data:`MAX_NAME_TAIL_WORDS`), no digit, date, address or person, in the first line's size
    where the ``layout`` gives sizes. Decision (issue 16, helper en76 after en75's open limit, fresh-user trial 75c's
    letter): the affiliation had been ``POLITECNICO`` alone."""
    from pipeline.segment.layout import first_line

    if k + 1 >= len(opening):
        return None
    head, under = opening[k].strip(), opening[k + 1].strip()
    here, there = first_line(opening[k]), first_line(opening[k + 1])
    if here is None or there is None or there <= here or _apart(here, there, layout):
        return None
    last, words = head.text.split()[-1:], under.text.split()
    if not words or len(words) > MAX_NAME_TAIL_WORDS or not (words[0].lower() in _NAME_PARTICLES and len(words) > 1
                                                              or last and last[0].lower() in _NAME_PARTICLES):
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) or any(c.isdigit() for c in under.text) \
            or is_date_line(under.text) or is_address_line(under.text) or script_of(under.text) != EN:
        return None
    # a person's name may open on a particle (``Di Maio``): the name runs on where the particle is set small (``di
    # Torino``) or both lines stand in capitals alike (``POLITECNICO`` / ``DI TORINO``)
    in_capitals = head.text.isupper() and under.text.isupper()
    # (a first line ending on its small word runs on whatever the second reads like: ``Institut für Experimentelle
    # und`` / ``Angewandte Physik``, URletter's letterhead, helper lost78)
    ends_on_particle = bool(last) and last[0].lower() in _NAME_PARTICLES
    if is_person_name(under.text) and not (words[0].islower() or in_capitals or ends_on_particle):
        return None
    if layout is not None and (a := layout.size(opening[k])) and (b := layout.size(opening[k + 1])) \
            and abs(a - b) > SETTING_SIZE * max(a, b):
        return None
    return Text.join([head, under], sep=Text.inserted(" "))


def _with_body_under(opening: list[Text], k: int, layout: "Layout | None" = None) -> Text:
    """The letterhead's organisation line ``opening[k]`` with the body it belongs to on the raw line right under it,
    joined by an inserted ``, `` as English writes an office and its body on one line (``Office of the Town Council`` /
    ``Town of Millbrook`` → ``Office of the Town Council, Town of Millbrook``; ``Planning Department`` / ``Ashford
    Borough Council``), the rule an English issuing office over two lines follows (docs/talk-json.md,
    ``speaker.affiliation``). The body: a municipality named in English (:func:`~.places.is_municipality_en`) or an
    organisation's line, no address, date or person. Decision (issue 16 point 2, helper credit70; fresh-user trial
    69d): the letter's affiliation had been ``Town Clerk, Office of the Town Council``, the council's town lost. One
    line at most; a Japanese letterhead keeps its first line (its post follows the organisation, run on)."""
    from pipeline.segment.layout import first_line
    from pipeline.segment.places import is_municipality_en

    head = opening[k].strip()
    if k + 1 >= len(opening) or script_of(head.text) != EN:
        return head
    under = opening[k + 1].strip()
    s = under.text
    here, there = first_line(opening[k]), first_line(opening[k + 1])
    if not s or script_of(s) != EN or (here is not None and there is not None and (there <= here or _apart(here, there, layout))) \
            or is_date_line(s) or is_person_name(s) or is_address_line(s) or any(c.isdigit() for c in s):
        return head
    if not (is_municipality_en(s) or is_organisation(s) or organisation_line(s)):
        return head
    return Text.join([head, under], sep=Text.inserted(", "))


ADDRESS_UNDER_NAME = 5
"""Lines read under a letterhead's name for the postal address it stands over (street, parts, postcode or country)."""


def _post_line(text: str) -> bool:
    """A signature's line that gives the signer's post, even where it names a unit after it (``Head of Laboratory
    Services``, ``Senior Lecturer``, ``Deputy Director of Finance``): it opens on an English job title
    (:data:`pipeline.names.JOB_TITLES_EN`), a qualifier before it allowed, and names no organisation after a comma or
    ``at`` (``Director, Harbour Research Centre`` names where the post is held); or a Japanese post alone (``所長``)."""
    from pipeline.names import ends_with_job_title, english_post_words

    s = text.strip(" \u3000\t")
    if post_and_organisation(s) or "," in s or " at " in s:
        return False
    return english_post_words(s.split()) > 0 or (script_of(s) == JA and ends_with_job_title(s) and not is_organisation(s))


def with_letterhead(speaker: Speaker, institution: Text, signature_lines: list[Text] | None = None) -> Speaker:
    """The signer (:func:`signer`) with the letterhead's institution after the post its signature gives (``Director of
    Research Facilities, Halden Institute of Marine Acoustics``: post, a comma, institution, as a signature or a cover
    sets a post and where it is held), or the institution alone where the signature gives no post; unchanged where the
    signature names an organisation of its own (``Director`` / ``Harbour Research Centre``). The speaker's text stays
    the signature's lines; the institution stays where it stands in the letterhead (a view into it)."""
    post = speaker.affiliation
    lines = [t.text for t in signature_lines[1:]] if signature_lines is not None else ([post.text] if post is not None else [])
    if any((is_organisation(p) or organisation_line(p) or post_and_organisation(p)) and not _post_line(p) for p in lines):
        return speaker  # the signature says where the signer works
    if post is None:
        affiliation = institution
    elif script_of(post.text) == JA or script_of(institution.text) == JA:
        affiliation = joined_lines([institution, post])  # さくら台港湾研究所 / 所長: the organisation, then the post
    else:
        affiliation = Text.join([post, institution], sep=Text.inserted(", "))
    authors = tuple(Author(a.name, a.marks, affiliation) for a in speaker.authors) if speaker.authors else ()
    return Speaker(speaker.text, affiliation, speaker.name, authors)


NOTICE_KINDS = ("通知", "依頼", "お知らせ", "回答", "照会", "報告", "お願い", "ご案内", "案内", "送付", "通達", "協議", "提出",
                "申請", "届出",
                "答申", "諮問", "建議", "勧告", "要望", "要請", "依命通知", "進達", "副申")
"""What a Japanese official notice's subject says the document is, in brackets after ``…について`` (``（通知）``,
``（依頼）``, ``（お知らせ）``, ``（回答）``, ``（照会）``): the kinds 公用文 guidance (文化庁「公用文作成の考え方」, the
prefectures' 文書事務の手引) lists for 件名, a closed set. A council's reply and the request it answers (``（答申）``,
``（諮問）``) and an advisory body's 建議/勧告 are the same kind of 件名 under the same 文書番号, date and addressee
(session 85, helper toshin85, fresh-user trial 85c: a 審議会 答申 had its document number as its title)."""
_NOTICE_SUBJECT = re.compile(r"^[\s\u3000]*(?P<about>(?=\w)[^\s\u3000、。，．：:「」『』]{1,40}(?:[\s\u3000][^\s\u3000、。，．：:「」『』]{1,40})?"
                             r"について)(?:[\s\u3000]*[（(](?P<kind>" + "|".join(NOTICE_KINDS) + r")[）)])?[\s\u3000]*$")
DOCUMENT_NUMBER = re.compile(r"^[\s\u3000]*[^\s\u30000-9０-９、。：:]{0,10}第[\s\u3000]?[0-9０-９]{1,5}[\s\u3000]?号[\s\u3000]*$")
"""A Japanese official document's number (文書番号) alone on its line: its issuer's abbreviation, ``第``, a number and
``号`` (``港総第123号``, ``総務第8号``, ``第45号``), set top right over the date."""


_BARE_NUMBER = re.compile(r"^[\s\u3000]*第")


def is_notice_subject(text: str) -> bool:
    """A line shaped as a Japanese official notice's subject (件名, set without a label): what it is about closed by
    ``について``, and the notice's kind in brackets after it or nothing (``市民講座の開催について（通知）``,
    ``防災訓練への参加について（依頼）``, ``区民まつりの開催について``); no sentence's mark in it.

    >>> is_notice_subject("市民講座の開催について（通知）"), is_notice_subject("区民まつりの開催について")
    (True, True)
    >>> is_notice_subject("このことについて、下記のとおり開催します。"), is_notice_subject("件名：会費の改定について")
    (False, False)
    """
    return _NOTICE_SUBJECT.match(text) is not None


def subject_titled(text: str) -> bool:
    """A Japanese notice's subject as its first line sets it, its title: a subject line (:func:`is_notice_subject`) or
    one closed by its kind's words (``面会時間変更のお知らせ``, ``…のご案内``, ``…の募集``: :data:`_LABELLED_SUBJECT`).

    >>> subject_titled("面会時間変更のお知らせ"), subject_titled("区民まつりの開催について"), subject_titled("市立みなと総合病院")
    (True, True, False)

    A kind in lenticular brackets before it (``【障害報告】``, ``【重要】``) and the report's number after it
    (``（第2報）``, ``（続報）``, ``（最終報）``) frame the same subject: an incident report's title (issue 16 point 2,
    helper misc74, fresh-user trial 74d: ``【障害報告】…の停止について（第2報）`` had left the notice untitled).

    >>> subject_titled("【障害報告】社内勤怠管理システムの停止について（第2報）"), subject_titled("【重要】配水管工事に伴う断水のお知らせ")
    (True, True)
    >>> subject_titled("【患者情報】"), subject_titled("【一日目】")
    (False, False)
    """
    s = text.strip(" \u3000")
    if is_notice_subject(s) or _LABELLED_SUBJECT.match(s) is not None:
        return True
    core = _REPORT_FRAME.fullmatch(s)
    if core is None or core.group("core") == s:
        return False
    s = core.group("core").strip(" \u3000")
    return is_notice_subject(s) or _LABELLED_SUBJECT.match(s) is not None


_REPORT_FRAME = re.compile(r"(?:【[^】\s\u3000]{1,10}】[\s\u3000]*)?(?P<core>.+?)"
                           r"(?:[\s\u3000]*[（(](?:第[0-9０-９一二三四五六七八九十]{1,3}報|続報|最終報|速報)[）)])?")
"""A notice's subject framed by its kind in lenticular brackets before it (``【障害報告】``, ``【重要】``) and the
report's number after it (``（第2報）``, ``（続報）``): how incident reports and urgent notices head a subject."""


def notice_subject(opening: list[str]) -> int | None:
    """The index of a Japanese official notice's subject among its opening lines (the lines up to its first running
    text), else ``None``: the first line shaped as one (:func:`is_notice_subject`) under the notice's own header, an
    addressee (``関係各位``, ``…殿``, ``…様``), or a document number with its issuer's abbreviation on its first line
    over a date (:data:`DOCUMENT_NUMBER`: ``港総第123号`` / ``令和6年4月1日``), or, where it names the notice's kind
    (``（通知）``), a date. A line led by a mark (``■ …について``) is a heading. Why (issue 16): a notice sets its document number, date, addressee and
    sender over its subject, no label before it, and the number (``港総第123号``) had been read as its title.

    >>> notice_subject(["港総第123号", "令和6年4月1日", "関係各位", "港南市長　山田　太郎", "市民講座の開催について（通知）"])
    4
    >>> notice_subject(["社内通知　第2025-042号", "2025年3月28日", "各部署長 殿", "総務人事部", "人事異動のお知らせ"])
    4
    >>> notice_subject(["みなと台だより", "第42号", "夏祭りのお知らせ"])  # a newsletter's headline: no addressee over it
    >>> notice_subject(["地域交流について", "港南大学　森川 健二"]), notice_subject(["令和6年4月", "地域交流について"])
    (None, None)
    >>> notice_subject(["みどり町 町内会だより", "第18号", "■ 夏祭りの準備について"])  # a newsletter's issue, its heading
    >>> notice_subject(["第12号", "2026年3月1日", "みなと台だより", "夏祭りについて"])  # an issue's number atop it

    """
    for k, t in enumerate(opening):
        m = _NOTICE_SUBJECT.match(t)
        # a subject closed by its kind's words (``人事異動および組織変更のお知らせ``, ``…のご案内``) under the notice's
        # addressee is its subject as a ``…について`` is (helper notice74, fresh-user trial 73d: the circular's number
        # or its issuing department had titled it); only under an addressee, where no newsletter's headline stands
        labelled = m is None and _LABELLED_SUBJECT.match(t.strip(" \u3000")) is not None \
            and any(is_client_line(a) for a in opening[:k])
        if m is None and not labelled:
            continue
        if labelled:
            return k
        above = opening[:k]
        # the number heads the notice, its first line, over its date (a newsletter's ``第18号`` under its name is its
        # issue); a bare ``第12号`` with no issuer's abbreviation may be a newsletter's issue atop it, so only the
        # addressee counts then
        numbered = bool(above) and DOCUMENT_NUMBER.match(above[0]) is not None and not _BARE_NUMBER.match(above[0]) \
            and any(is_date_line(a.strip(" \u3000")) for a in above)
        if any(is_client_line(a) for a in above) or numbered \
                or (m.group("kind") and any(is_date_line(a.strip(" \u3000")) for a in above)):
            return k
        return None
    return None


_ISSUER_LABEL = re.compile(r"^[\s\u3000]*(?=\w)[^\s\u3000、。，．：:「」]{2,20}(?:からのお知らせ|からのおしらせ|だより|便り)[\s\u3000]*$")
"""An issuer's label over a Japanese notice (``桜ヶ丘市からのお知らせ``, ``さくら台だより``): who issues it, set over every
notice it issues, no subject of its own."""
_LABELLED_SUBJECT = re.compile(r"^(?=\w)[^、。，．：:「」『』■□●○◆◇★☆※]{4,60}(?:について|のお知らせ|のご案内|お知らせ|ご案内|募集)"
                               r"(?:[（(](?:" + "|".join(NOTICE_KINDS) + r")[）)])?$")
"""A notice's subject by its last words (``…の募集について``, ``…のご案内``, ``…受講者の募集``): what the notice is about, no
sentence's mark, no heading's mark before it."""


def is_issuer_label(text: str) -> bool:
    """An issuer's label line over a notice (:data:`_ISSUER_LABEL`: ``桜ヶ丘市からのお知らせ``, ``さくら台だより``).

    >>> is_issuer_label("桜ヶ丘市からのお知らせ"), is_issuer_label("さくら台だより"), is_issuer_label("健康まつりのお知らせ")
    (True, True, False)
    """
    return _ISSUER_LABEL.match(text) is not None


GENERIC_NOTICE_LABELS = ("お知らせ", "おしらせ", "ご案内", "御案内", "ごあんない", "回覧", "通知", "ご通知", "告知", "掲示")
"""What a Japanese notice prints alone over its subject to say what it is (a label naming no issuer): the notice's
kind (``お知らせ``, ``ご案内``, ``通知``: the kinds :data:`NOTICE_KINDS` lists for a subject's brackets that a notice heads
itself with), a neighbourhood's routing mark ``回覧`` and a board's ``掲示``; a closed set."""
_GENERIC_LABEL = re.compile(r"^[\s\u3000]*(?:(?P<open>[【［\[〈＜<《〔])[\s\u3000]*)?(?:" + "|".join(GENERIC_NOTICE_LABELS)
                            + r")(?(open)[\s\u3000]*[】］\]〉＞>》〕])[\s\u3000]*$")


def is_notice_label(text: str) -> bool:
    """A label alone over a Japanese notice's subject: its issuer's (:func:`is_issuer_label`: ``桜ヶ丘市からのお知らせ``)
    or a generic one naming no issuer (:data:`GENERIC_NOTICE_LABELS`, in brackets or not: ``お知らせ``, ``【お知らせ】``,
    ``回覧``). Why (issue 16 point 2, fresh-user trial 69b): ``お知らせ`` over ``図書館の休館について`` had been the
    notice's title and its subject a section, where an issuer's label over it was read right.

    >>> is_notice_label("お知らせ"), is_notice_label("【お知らせ】"), is_notice_label("回覧"), is_notice_label("小松島市からのお知らせ")
    (True, True, True, True)
    >>> is_notice_label("お知らせ】"), is_notice_label("健康まつりのお知らせ"), is_notice_label("お知らせの配布")
    (False, False, False)
    """
    return is_issuer_label(text) or _GENERIC_LABEL.match(text) is not None


def issuer_label_name(text: str) -> tuple[int, int] | None:
    """The span of the issuer an issuer's label names (:func:`is_issuer_label`: ``みなと台市`` in ``みなと台市からのお知らせ``,
    ``さくら台`` in ``さくら台だより``), else ``None``.

    >>> t = "みなと台市からのお知らせ"; a, b = issuer_label_name(t); t[a:b]
    'みなと台市'
    >>> t = "さくら台だより"; a, b = issuer_label_name(t); t[a:b]
    'さくら台'
    >>> issuer_label_name("健康まつりのお知らせ")
    """
    if not is_issuer_label(text):
        return None
    m = _ISSUER_NAME.match(text)
    return m.span(1) if m is not None else None


_ISSUER_NAME = re.compile(r"^[\s\u3000]*(\S+?)(?:からのお知らせ|からのおしらせ|だより|便り)[\s\u3000]*$")
"""An issuer's label's name: what stands before ``からのお知らせ`` or ``だより`` (:data:`_ISSUER_LABEL` says it is one)."""


def issuer_label_subject(opening: list[str], rest: list[str]) -> int | None:
    """The index of a Japanese notice's subject right under its issuer's or a generic label (:func:`is_notice_label`) among its opening lines (dates and an
    issue's number between allowed), else ``None`` (decision, issue 16 point 4, fresh-user trial 65): ``桜ヶ丘市からのお知らせ``
    / ``令和８年度　放課後児童クラブ利用者の募集について`` / the text. The label says who issues the notice (front); the
    subject (ending on ``について``, ``のお知らせ``, ``のご案内``, ``募集``: :data:`_LABELLED_SUBJECT`) is its title. Only in a
    notice of one subject: where a later line of the document ``rest`` is set so too (a newsletter's next article's
    headline, ``夏祭りについて`` after ``防災訓練のお知らせ``), the label is a masthead over articles, and none is taken.

    >>> issuer_label_subject(["桜ヶ丘市からのお知らせ", "令和８年度　放課後児童クラブ利用者の募集について"], ["１．対象者"])
    1
    >>> issuer_label_subject(["みなと台だより", "夏祭りについて"], ["　…を開きます。", "防災訓練のお知らせ"])
    >>> issuer_label_subject(["青葉市からのお知らせ"], ["　４月１日から…変更します。"])

    A generic label alone over the subject (:func:`is_notice_label`: ``お知らせ``, ``回覧``) is read as an issuer's is
    (trial 69b):

    >>> issuer_label_subject(["お知らせ", "図書館の休館について"], ["小松島市立図書館は、…休館いたします。"])
    1
    """
    k = next((j for j, t in enumerate(opening) if t.strip(" \u3000")), None)
    if k is None or not is_notice_label(opening[k]):
        return None
    for j in range(k + 1, len(opening)):
        s = opening[j].strip(" \u3000")
        if not s or is_date_line(s) or DOCUMENT_NUMBER.match(s):
            continue
        if _LABELLED_SUBJECT.match(s) is None or any(_LABELLED_SUBJECT.match(r.strip(" \u3000")) for r in rest):
            return None
        return j
    return None


MAX_CLOSING_SIGNER_LINES = 3
"""A notice's closing signature with no close over it: the signer's name (or post and name), and at most two lines
of post and organisation (``Jane Okafor`` / ``Parish Clerk`` / ``Little Hamden Parish Council``; ``緑ヶ丘市教育委員会``
/ ``教育長　佐藤 花子``)."""
_SIGNED_LABEL = re.compile(r"^(?:signed(?: by)?|signature)[ \t]*(?:[:,][ \t]*|[_.…‥]{2,}[ \t]*|$)", re.IGNORECASE)
"""The label a notice's signature opens on (``Signed:``, ``Signed by:``, ``Signature: ______``; ``Signed,`` over the
name or before it on its line, as a close is set: fresh-user trial 64e): who signs, never who
kept the record (``Minutes taken by``, ``記録``: the minute-taker writes the record, no one signs it for its body)."""
_DASH_SIGNER = re.compile(r"^[—–―-]{1,2}[ \u3000]*(?=\S)")
"""A signature set after a dash on the notice's last line (``— Helen Marsh, Headteacher``)."""
_ATTENDANCE_OPENING = re.compile(r"^(?:%s)(?:[ \u3000]*[:：]|\u3000|[ \t]{2,})" % "|".join(
    re.escape(f) for f in sorted(("出席者", "欠席者", "出席委員", "Present", "Attendees", "Attendance", "In attendance",
                                  "Apologies", "Members present"), key=len, reverse=True)))
"""A meeting record's attendance field (``Present: …``, ``出席者　…``): its ``Signed:`` certifies the record, and the
chair who signs it is no one the record speaks for (docs/segment.md, *A notice's closing signature*)."""
_SENTENCE_CLOSE = tuple(".!?。！？")
MAX_ORGANISATION_LINE = 30
"""A signature's organisation line over its officer that the organisation reader does not know, at most this many
characters (a club's, a circle's name: ``みなと台テニスクラブ``)."""


def _english_signer(line: Text, name_at: int, under: list[Text]) -> Speaker | None:
    """The signer from a signature's line whose name starts at ``name_at`` (``Jane Okafor``, ``Signed: Alan Price
    (Chair)``, ``Helen Marsh, Headteacher``) and the lines of post and organisation ``under`` it: ``name`` the name
    before a comma or a bracket, ``affiliation`` what follows it on its line (its brackets off) and the lines under
    it, run on as a title block's lines are; ``text`` the line from the name on and the lines under it. ``None``
    where the name is no person's (a post alone, ``Town Clerk``)."""
    from pipeline.segment.sections import signer_post

    head = line[name_at:].strip()
    cut = min((head.text.find(c) for c in ",(（" if c in head.text), default=len(head.text))
    name = head[:cut].strip()
    if not name.text or signer_post(name.text) or is_organisation(name.text) \
            or not (is_person_name(name.text) or name_shaped(name.text)):
        return None
    rest = head[cut:].strip(" ,()（）\t")
    parts = ([rest] if rest.text else []) + [t.strip() for t in under]
    affiliation = joined_lines(parts) if len(parts) > 1 else (parts[0] if parts else None)
    text = speaker_text([head, *[t.strip() for t in under]]) if under else head
    # the courtesy or academic title before the name (``Mrs Helen Ardmore`` / ``Headteacher``) stays in ``text``, no
    # part of the name, as a speaker line's (names.name_start; session 81, helper minutes81)
    name = name[name_start(name.text):]
    return Speaker(text, affiliation, name, (Author(name, (), affiliation),))


_JUDGE_POST = r"(?:裁判長裁判官|裁判官|判事補|判事|(?:審判長[ \u3000]+)?(?:特許庁)?審判官|審判長)"
"""The posts a Japanese court's judges and an appeal board's examiners sign a judgment, decision or trial decision
under (``裁判長裁判官``, ``裁判官``; a 審決's ``審判長　特許庁審判官``, ``特許庁審判官``)."""

_JUDGE_LINE = re.compile(rf"^(?P<post>{_JUDGE_POST})[ \u3000\t]+(?P<name>[^ \u3000\t、，,。].*?)"
                         r"(?P<note>は[、，,]?[^。]*(?:できない|できず|しない)。)?$")
"""A judge's signature line: the post, white space, the name, and a note where the judge cannot sign (``裁判官　中西
健は，転補のため署名押印することができない。``: the presiding judge signs for him under it)."""

_COURT_LINE = re.compile(r"^[^\s、，,。：:]{0,20}(?:裁判所|小法廷|大法廷)[^\s、，,。：:]{0,16}$")
"""A court's line over its judges' names: the court, its division or bench after it (``東京地方裁判所民事第52部``,
``最高裁判所第二小法廷``, ``大阪地方裁判所第15民事部``, ``横浜地方裁判所川崎支部``)."""

_POSTED_JA_NAME = re.compile(r"^(?:[\u4e00-\u9fff々ヶ]{2,6}|[\u4e00-\u9fff々ヶ\u30a0-\u30ff]{1,5}[ \u3000][\u4e00-\u9fff々ヶ\u3040-\u30ff]{1,5})$")
"""A Japanese person's name after a post, by its shape: two to six kanji, or two words parted by a space, kanji or
katakana, the given name's hiragana allowed, at most five letters each (``丙川 次郎``, ``中西健``)."""

_SPREAD_NAME = re.compile(r"[^ \u3000\t](?:[ \u3000]+[^ \u3000\t]){2,5}")
"""A name set a letter at a time across its column (``高　橋　健　一``, ``木 村 綾``, ``小　林　\ufffd　介``): three to six
letters, each alone between spaces, as a judgment's signature block prints its judges."""

_JUDGMENT_WORD = re.compile(r"(?:判決|決定|裁決|審決)する。$")
"""The sentence a judgment's text closes on (``主文のとおり判決する。``, ``次のとおり審決する。``)."""


def judgment_signers(body: list[Text], end: int, above: list[Text] | None = None) -> tuple[int, int, Speaker] | None:
    """The signature block closing a Japanese court's judgment or decision, or an appeal board's trial decision:
    ``(start, end, speaker)``, ``body[start:end]`` its court's line (``東京地方裁判所民事第52部``, none in a 審決) over
    one judge's line or more (``裁判長裁判官　松本 浩一`` / ``裁判官　高田 由美`` / ``裁判官　中西 健は，転補のため署名押印する
    ことができない。``), under a date or the text's last sentence; else ``None``. The document must be a judgment: a
    line calling it so (``判　　決``, ``決定``, ``審決``: :data:`~.runin._JUDGMENT_HEAD`) or a sentence closing on
    ``判決する。`` (``決定する。``, ``裁決する。``, ``審決する。``) in ``above`` or ``body``.

    The speaker is a view of the block: ``text`` its lines from the court's on, ``authors`` each judge once in the
    block's order (the presiding judge signing again for one who cannot is no second author), each ``affiliation``
    the court and the judge's post as a title block's office and post read (``東京地方裁判所民事第31部裁判長裁判官``),
    ``affiliation`` the distinct ones joined, ``name`` the first judge's (decision, issue 16 point 2, fresh-user trial
    69c: the court's and judges' lines had been the last section's paragraphs, and a judgment had no speaker; a
    roster of officers is no notice's signature, :func:`_japanese_signer`, so three judges gave none).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("判　決", "主文のとおり判決する。", "東京地方裁判所民事第5部", "裁判長裁判官　山田 太郎", "裁判官　佐藤 花子")
    >>> start, stop, sp = judgment_signers(doc, len(doc)); (start, stop), sp.name.text, sp.affiliation.text
    ((2, 5), '山田 太郎', '東京地方裁判所民事第5部裁判長裁判官; 東京地方裁判所民事第5部裁判官')
    >>> doc = mk("判　決", "主文のとおり判決する。", "東京地方裁判所民事第5部", "裁判長裁判官\t高　橋　健　一", "裁判官　　小　林　\ufffd　介")
    >>> [a.name.text for a in judgment_signers(doc, len(doc))[2].authors]  # letter-spaced, a tab after the post
    ['高橋健一', '小林\ufffd介']
    >>> judgment_signers(mk("お知らせします。", "緑ヶ丘市教育委員会", "教育長　佐藤 花子"), 3) is None  # no judgment
    True
    """
    from pipeline.segment.authors import distinct_affiliations
    from pipeline.segment.names import lost_glyph_name_no_clause, MAX_POSTED_NAME_GAPS
    from pipeline.segment.runin import judgment_head

    texts = [t.text.strip(" \u3000\t") for t in body[:end]]
    if not any(judgment_head(t) or _JUDGMENT_WORD.search(t) for t in
               [*(x.text.strip(" \u3000\t") for x in (above or [])), *texts]):
        return None
    judges: list[tuple[int, re.Match]] = []
    k = end - 1
    while k >= 0 and (m := _JUDGE_LINE.match(texts[k])) is not None:
        name = m.group("name").strip(" \u3000\t")
        if _SPREAD_NAME.fullmatch(name):
            name = "".join(name.split())  # a name letter-spaced to the column's width (``高　橋　健　一``): its letters
        # the post vouches for a name of Japanese letters in one or two words (``丙川 次郎``: a placeholder name no
        # dictionary lists, as the judgments published with their parties' names masked print them)
        gaps = name.count("\ufffd")
        # a glyph lost in a name closed up (``小林\ufffd介``): the shape of its letters, the gaps fewer than them
        gapped = 0 < gaps <= MAX_POSTED_NAME_GAPS and 2 * gaps < len(name) \
            and _POSTED_JA_NAME.match(name.replace("\ufffd", "々")) is not None
        if not (_POSTED_JA_NAME.match(name) or name_shaped(name) or is_person_name(name) or gapped
                or lost_glyph_name_no_clause(name, MAX_POSTED_NAME_GAPS)):
            break
        judges.append((k, m))
        k -= 1
    if not judges:
        return None
    court = k if k >= 0 and _COURT_LINE.match(texts[k]) else None
    start = court if court is not None else k + 1
    over = texts[start - 1] if start > 0 else ""
    if start == 0 or not (is_date_line(over) or over.endswith(_SENTENCE_CLOSE) or over == "以上"):
        return None
    if court is None and not any(m.group("post").endswith("審判官") for _, m in judges):
        return None  # a judge's line with no court over it: only a trial decision's examiners sign so
    court_text = body[court].strip(" \u3000\t") if court is not None else None
    authors: list[Author] = []
    seen: set[str] = set()
    for at, m in reversed(judges):
        line = body[at]
        lead = len(line.text) - len(line.text.lstrip(" \u3000\t"))
        name = line[lead + m.start("name"):lead + m.end("name")].strip(" \u3000\t")
        if _SPREAD_NAME.fullmatch(name.text):
            # a view of its letters: the spaces stay in the block's lines (front), the name is read without them
            name = Text.join([name[k:k + 1] for k, c in enumerate(name.text) if c not in " \u3000\t"])
        if name.text in seen:
            continue
        seen.add(name.text)
        post = line[lead + m.start("post"):lead + m.end("post")]
        affiliation = court_text + post if court_text is not None else post
        authors.append(Author(name, (), affiliation))
    text = Text.join([t.strip(" \u3000\t") for t in body[start:end]], sep=Text.inserted(" "))
    speaker = Speaker(text, distinct_affiliations([a.affiliation for a in authors]), authors[0].name, tuple(authors))
    return start, end, speaker


_EN_JUDGE_LINE = re.compile(
    r"^(?:The\s+Hon(?:ou?rable|\.)?\s+)?(?P<post>(?:Mr|Mrs|Ms|Miss)\.?\s+Justice|(?:Lord|Lady)\s+Justice|"
    r"(?:His|Her)\s+Honou?r\s+Judge|HHJ|(?:Deputy\s+)?District\s+Judge|(?:Upper\s+)?Tribunal\s+Judge|"
    r"Employment\s+Judge|(?:Deputy\s+)?Master|Recorder)\s+"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}?)(?:\s+(?:KC|QC))?\s*:?$", re.I)
"""An English judge's line as a judgment prints it at its head or signs its end (``Mr Justice Harcourt``, ``THE
HONOURABLE MRS JUSTICE LANE``, ``His Honour Judge Patel``, ``HHJ Rowe``, ``District Judge Okafor``): the judicial
title, its post, then the judge's name."""


def english_judge(text: str) -> "re.Match[str] | None":
    """The judge's post and name of an English judge's line (:data:`_EN_JUDGE_LINE`), else ``None``.

    >>> english_judge("Mr Justice Harcourt").group("post", "name"), english_judge("HIS HONOUR JUDGE PATEL").group("name")
    (('Mr Justice', 'Harcourt'), 'PATEL')
    >>> english_judge("Mr Justice Harcourt said that the claim failed."), english_judge("Judge Dredd")
    (None, None)
    """
    return _EN_JUDGE_LINE.match(text.strip())


def english_judge_signers(body: list[Text], end: int, above: list[Text] | None = None) -> tuple[int, int, Speaker] | None:
    """The judge or judges signing an English judgment's end (``Mr Justice Harcourt``; ``Lord Justice Ames`` / ``Lady
    Justice Ford``), a date under them or over them allowed, under the text's last sentence or its date:
    ``(start, end, speaker)`` as :func:`judgment_signers` gives a Japanese court's, each judge an author, the post
    the judge's affiliation (``Mr Justice``: a judge of the High Court), ``name`` the first judge's. The document must
    be an English judgment (:func:`~.runin.english_judgment`: its kind line, ``JUDGMENT``, under its case number or its
    parties). Decision, issue 16 point 2, helper judg70b: the judge's line and its date had been the last section's
    paragraphs and the claimant at the head the speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("Case No: 1", "A LTD", "Claimant", "JUDGMENT", "1. The claim fails.", "Mr Justice Harcourt", "12 June 2025")
    >>> start, stop, sp = english_judge_signers(doc, len(doc)); (start, stop), sp.name.text, sp.affiliation.text
    ((5, 7), 'Harcourt', 'Mr Justice')
    """
    from pipeline.segment.authors import distinct_affiliations
    from pipeline.segment.runin import english_judgment

    if english_judgment([*(above or []), *body[:end]]) is None:
        return None
    texts = [t.text.strip() for t in body[:end]]
    stop = end
    while stop > 0 and is_date_line(texts[stop - 1]):
        stop -= 1
    k = stop - 1
    judges: list[int] = []
    while k >= 0 and english_judge(texts[k]) is not None:
        judges.append(k)
        k -= 1
    if not judges or stop < end - 1:
        return None
    start = k + 1
    if start > 0 and is_date_line(texts[start - 1]) and stop == end:
        start -= 1  # the date over the judge (``12 June 2025`` / ``Mr Justice Harcourt``)
    over = texts[start - 1] if start > 0 else ""
    if not over.endswith(_SENTENCE_CLOSE):
        return None
    authors: list[Author] = []
    for at in reversed(judges):
        line = body[at]
        lead = len(line.text) - len(line.text.lstrip())
        m = english_judge(texts[at])
        authors.append(Author(line[lead + m.start("name"):lead + m.end("name")], (),
                              line[lead + m.start("post"):lead + m.end("post")]))
    text = Text.join([body[at].strip() for at in reversed(judges)], sep=Text.inserted(" "))
    return start, end, Speaker(text, distinct_affiliations([a.affiliation for a in authors]), authors[0].name, tuple(authors))


def signed_on_one_line(text: str) -> bool:
    """An English signature set on one line: a person's name, a comma, then its post and office in title case, one
    piece at least a post (``Helen Kwiatkowska, Secretary``, ``Jane Okafor, Town Clerk, Ashcombe Parish Council``; the
    name may have lost a glyph, kept open). The caller checks where it stands (closing the text, under a sentence's
    end), which makes it the document's signature (issue 16, fresh-user trial 78d: an AGM report's signer had been a
    paragraph, the speaker null).

    >>> signed_on_one_line("Helen Kwiatkowska, Secretary"), signed_on_one_line("Jane Okafor, Town Clerk, Ashcombe Parish Council")
    (True, True)
    >>> signed_on_one_line("Helen Kwiatkowska, Tom Reyes"), signed_on_one_line("Harrogate, North Yorkshire")
    (False, False)
    >>> signed_on_one_line("Thanks to Helen, Secretary"), signed_on_one_line("Compiled by Priya Nair, Community Development Officer")
    (False, False)
    """
    from pipeline.segment.names import MAX_POSTED_NAME_GAPS, lost_glyph_name_no_clause
    from pipeline.segment.sections import signed_pieces, signer_post

    name, *rest = [p.strip() for p in text.strip().split(",")]
    # (each of the name's words capitalised, a particle aside: a credit, ``Compiled by Priya Nair, …``, is read as a
    # credit is, letters.credit_signer, and a report's ``Prepared by …`` names no signer)
    return bool(rest) and all(w[:1].isupper() or w in NAME_PARTICLES for w in name.split()) \
        and (is_person_name(name) or (GAP in name and lost_glyph_name_no_clause(name, MAX_POSTED_NAME_GAPS))) \
        and signed_pieces(rest, titled=True) and any(signer_post(p) for p in rest)


def _japanese_signer(body: list[Text], end: int) -> tuple[int, int, Speaker] | None:
    """A Japanese notice's closing sender over nothing but its date or contact: its last line an officer's post and
    name (``緑ヶ丘市長　山田 太郎``, ``教育長　佐藤 花子``: :func:`~pipeline.segment.names.speaker_split`) or a name
    alone under an organisation, the organisation's line over it allowed (``緑ヶ丘市教育委員会``; over an officer, a
    short line the organisation reader does not know, ``みなと台テニスクラブ``), the line over the block a date, a
    sentence's end, ``以上`` or a close (``敬具``). A contact's person (``担当　鈴木``, ``問い合わせ先 …``) is no signer,
    nor a roster's last member (another officer's line over it)."""
    from pipeline.segment.front import speaker_of
    from pipeline.segment.labels import is_contact_heading
    from pipeline.segment.names import MAX_POSTED_NAME_GAPS, lost_glyph_name_no_clause, speaker_split

    def officer(s: str) -> bool:
        at = speaker_split(s)
        if at is None or s.startswith("担当") or contact_line(s) or is_contact_heading(s):
            return False
        name = s[at:].strip(" \u3000")
        # the post right before it vouches for a name that lost a glyph or two (``緑川市長　佐藤 一�``: fresh-user trial
        # 68d), as it does for a sender over the subject (:func:`head_sender`); the name keeps its gaps
        return name_shaped(name) or (at > 0 and lost_glyph_name_no_clause(name, MAX_POSTED_NAME_GAPS))

    # a salutation closing the signature after the name (``住職　大澤 宗玄　合掌``): the name ends before it, and it
    # closes the text as a close does a letter, whatever stands over the signature (a temple's address and telephone:
    # fresh-user trial 78d, the leaflet's signer had been a paragraph, the speaker null)
    saluted = _SALUTATION_AFTER_NAME.search(body[end - 1].text) if end > 0 else None
    if saluted is not None:
        body = [*body[:end - 1], body[end - 1][:saluted.start()]]
    last = body[end - 1].text.strip(" \u3000\t")
    if script_of(last) != JA or not JA_LETTER_RE.search(last) or last.endswith(_SENTENCE_CLOSE):
        return None
    above = body[end - 2].text.strip(" \u3000\t") if end > 1 else ""
    # the organisation's line over the officer: one the organisation reader knows (``緑ヶ丘市教育委員会``), or, over an
    # officer's line, any short line that is no sentence, date, contact or other officer (``みなと台テニスクラブ``:
    # a club's name the reader does not know), its place under the date or close telling it
    plain = bool(above) and not above.endswith(_SENTENCE_CLOSE) and not contact_line(above) \
        and not is_contact_heading(above) and not is_date_line(above) and not is_closing(above) and above != "以上"
    # (or a post alone, ``ひかり町立ひかり小学校長`` over ``木村　誠``: one signer, the post the affiliation; helper fix69c)
    known = plain and (is_organisation(above) or organisation_line(above) or (script_of(above) == JA and _unnamed_sender(above)))
    organised = known or (plain and officer(last) and not officer(above) and len(above) <= MAX_ORGANISATION_LINE
                          and script_of(above) == JA and not any(c in above for c in "、，。：:"))
    if not (officer(last) or (known and is_person_name(last))):
        # a role of the writer's own and a person's name under a sentence's end closing a blog's or a letter's text
        # (``それでは、明日も安全な山行を。`` / ``小屋番 三浦 拓也``): the writer signs it, no roster's last member (the line
        # over it a sentence, no row); the role is no listed post (issue 16, session 75, helper notice75: trial 75b's
        # hut keeper had been a paragraph, speaker null)
        role = _role_signature(body[end - 1])
        if role is not None and end > 1 and above.endswith(_SENTENCE_CLOSE):
            return end - 1, end, role
        return None

    def closes(s: str) -> bool:
        return is_date_line(s) or s.endswith(_SENTENCE_CLOSE) or s == "以上" or is_closing(s)

    start = end - 1
    if organised and start >= 2 and closes(body[start - 2].text.strip(" \u3000\t")):
        start -= 1
    over = body[start - 1].text.strip(" \u3000\t") if start > 0 else ""
    if start == 0 or not (closes(over) or _set_apart_right(body[start - 1], body[start]) or saluted is not None):
        return None
    return start, end, speaker_of(body[start:end])


_SALUTATION_AFTER_NAME = re.compile(r"[ \u3000]+(?:合掌|敬白|謹白|再拝|九拝|拝)[ \u3000]*$")
"""A closing salutation set after the signer's name, apart from it (``住職　大澤 宗玄　合掌``, ``山田 太郎　敬白``): a
priest's or a writer's close, the way a letter's ``敬具`` closes its text."""


_ROLE_SIGNATURE = re.compile(r"^([\u3400-\u9fff\u30a0-\u30ff]{2,6})[ \u3000]+(\S{1,4}[ \u3000]\S{1,4})$")
"""A signature's role then a person's name, all apart (``小屋番 三浦 拓也``, ``店主　森 一郎``): a role of two to six
ideographs or katakana, no hiragana (no phrase), then surname and given name."""


def _role_signature(line: Text) -> Speaker | None:
    """The speaker a closing signature of a role and a name gives (:data:`_ROLE_SIGNATURE`, the name read as a
    person's: :func:`~pipeline.segment.names.is_person_name`), else ``None``.

    >>> sp = _role_signature(Text.from_raw("小屋番 三浦 拓也", 38)); sp.affiliation.text, sp.name.text
    ('小屋番', '三浦 拓也')
    >>> _role_signature(Text.from_raw("港湾都市 その歴史", 1)) is None, _role_signature(Text.from_raw("以上 よろしく お願い", 1)) is None
    (True, True)
    """
    whole = line.strip(" \u3000\t")
    m = _ROLE_SIGNATURE.match(whole.text)
    if m is None or not is_person_name(m.group(2)) or line.text.count("\ufffd"):
        return None
    role, name = whole[m.start(1):m.end(1)], whole[m.start(2):m.end(2)]
    return Speaker(whole, role, name, (Author(name, (), role),))


SIGNER_SET_RIGHT = 8
"""Characters a text dump's closing signature is set in from the margin at least (set flush right, or far in: eight
ideographic spaces are half a line of a Japanese page; a paragraph is set in by one)."""


def _set_apart_right(over: Text, line: Text) -> bool:
    """``line`` stands apart from ``over`` by a blank line and is set far right (:data:`SIGNER_SET_RIGHT` columns or
    more in from the margin): a notice's closing signature, whatever the block over it ends on (a contact's person,
    ``例大祭実行委員長　武藤一郎``, over ``　　　…　氷川神社宮司　東角井 光臣``: issue 16 point 1, session 74, fresh-user trial
    74b had no speaker, the signer read as a roster's last member). Raw positions: a text dump's only.

    >>> _set_apart_right(Text.from_raw("委員長　武藤一郎", 42), Text.from_raw("宮司　東角井 光臣", 44, 31))
    True
    >>> _set_apart_right(Text.from_raw("委員長　武藤一郎", 42), Text.from_raw("宮司　東角井 光臣", 43, 31))
    False
    """
    above = [p for p in over.origin if p is not None]
    own = [p for p in line.origin if p is not None]
    return bool(above) and bool(own) and own[0][0] - above[-1][0] >= 2 and own[0][1] >= SIGNER_SET_RIGHT


def head_sender(opening: list[Text]) -> tuple[int, int, Speaker] | None:
    """The sender a notice sets over its subject (差出人, under its date and addressee): ``opening`` the notice's lines
    over its subject line, read from the subject up, blank lines passed over; ``(start, end, speaker)`` where the
    nearest line is an officer's post and name (``桜台市長　中村 浩``, ``教育長　佐藤 花子``, ``Director of Public Works,
    Jane Smith``, ``Jane Smith, Director of Public Works``: :func:`~pipeline.segment.names.speaker_split`), the
    organisation's line right over it allowed (``緑ヶ丘市教育委員会`` / ``教育長　佐藤 花子``); or, under a date among the
    opening's lines, a post or an office with no name (``桜台市長``, ``○○市教育委員会``, ``Director of Public Works``,
    ``Westfield Borough Council``: :func:`_unnamed_sender`), its speaker ``affiliation`` and ``text`` the line(s),
    ``name`` ``None`` (none invented), as an office closing a notice under its date is (:func:`japanese_issuer`,
    :func:`english_issuer`); else ``None``. A date, an addressee (``市民の皆様へ``, ``関係各位``, ``To all residents``), a
    document number or a contact's person (``担当　鈴木``) is no sender. An English sender is read only under a date
    (an author's line over a paper's title is no notice's sender).

    Why (issue 16, fresh-user trial 68): a notice's sender set at its head, between its date and its subject, gave no
    speaker, while the same signer closing the notice did (*A notice's closing signature is its speaker*); helper
    fix68c: a post or an office alone there gave none, and an English notice's sender none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = head_sender(mk("令和7年10月1日", "", "市民の皆様へ", "", "桜台市長　中村 浩", ""))
    >>> sp.name.text, sp.affiliation.text
    ('中村 浩', '桜台市長')
    >>> head_sender(mk("令和7年10月1日", "市民の皆様へ")), head_sender(mk("港南市長　山田 太郎", "関係各位"))
    (None, None)
    >>> head_sender(mk("市民課　担当 鈴木")), head_sender([])
    (None, None)
    >>> _, _, sp = head_sender(mk("令和7年10月1日", "市民の皆様へ", "桜台市長")); sp.affiliation.text, sp.name
    ('桜台市長', None)
    >>> head_sender(mk("市民の皆様へ", "桜台市長")), head_sender(mk("令和7年10月1日", "桜台市長　様"))  # no date; an addressee
    (None, None)
    >>> _, _, sp = head_sender(mk("12 October 2025", "To all residents", "Director of Public Works, Jane Smith"))
    >>> sp.name.text, sp.affiliation.text
    ('Jane Smith', 'Director of Public Works')
    >>> head_sender(mk("To all residents", "Director of Public Works, Jane Smith"))  # English, no date: none
    >>> _, _, sp = head_sender(mk("令和7年10月15日", "自治会長　各位", "あおば市長　佐\ufffd木　\ufffd子")); sp.name.text
    '佐\ufffd木\u3000\ufffd子'
    """
    from pipeline.segment.front import speaker_of
    from pipeline.segment.labels import is_contact_heading
    from pipeline.segment.names import MAX_POSTED_NAME_GAPS, lost_glyph_name_no_clause, speaker_split

    def officer(t: str) -> bool:
        at = speaker_split(t)
        if at is None or t.startswith("担当") or contact_line(t) or is_contact_heading(t):
            return False
        if at == 0:
            # the name first, its post after it (``Jane Smith, Director of Public Works``)
            name = speaker_of([Text.from_raw(t, 1)]).name
            return name is not None and name_shaped(name.text)
        name = t[at:].strip(" \u3000,")
        # the post right before it vouches for a name that lost a glyph or two (``あおば市長　佐�木　�子``: fresh-user
        # trial 68b, whose signer gave no speaker, so its name was filled), as a speaker box's post line does
        # (:func:`~pipeline.segment.names.vouched_lost_glyph_name`); the name keeps its gaps
        return name_shaped(name) or lost_glyph_name_no_clause(name, MAX_POSTED_NAME_GAPS)

    filled = [k for k, t in enumerate(opening) if t.text.strip(" \u3000\t")]
    if not filled:
        return None
    last = filled[-1]
    text = opening[last].text.strip(" \u3000\t")
    script = script_of(text)
    dated = any(is_date_line(opening[k].text.strip(" \u3000\t")) for k in filled[:-1])
    if script not in (JA, EN) or (script == JA and not JA_LETTER_RE.search(text)) or text.endswith(_SENTENCE_CLOSE) \
            or is_client_line(text) or is_date_line(text) or (script == EN and not dated):
        return None
    named = officer(text)
    if not named and not (dated and _unnamed_sender(text)):
        return None
    start = last
    if len(filled) >= 2:
        over = opening[filled[-2]].text.strip(" \u3000\t")
        if script_of(over) == script and (is_organisation(over) or organisation_line(over)) and not officer(over) \
                and not is_date_line(over) and not is_client_line(over) and not over.endswith(_SENTENCE_CLOSE):
            start = filled[-2]
    lines = [t.strip() for t in opening[start:last + 1] if t.text.strip(" \u3000\t")]
    if named:
        return start, last + 1, speaker_of(lines)
    # a post or an office alone: the office's line(s) the affiliation, no name (as japanese_issuer reads a closing one)
    joined = speaker_text(lines) if len(lines) > 1 else lines[0]
    return start, last + 1, Speaker(joined, joined, None, ())


_MEMO_SENDER = re.compile(r"^\s*(?:From|FROM|Von|Da|De)\s?[:：]\s*(?=\S)")
"""A memo's sender field before its value (``From: Helen Carter, Head of Library Services``; ``Von:``, ``Da:``, ``De:``
as German, Italian, French and Spanish memos and letters print it, the labels of :func:`~.labels.letter_signs`)."""


def memo_sender(opening: list[Text]) -> tuple[int, int, Speaker] | None:
    """The sender a memo names in its header's ``From:`` field (:data:`_MEMO_SENDER`), ``opening`` the memo's lines over
    its text: ``(start, end, speaker)``, the field's value read as a speaker's line (a person and their post, ``Helen
    Carter, Head of Library Services``; or an office alone, :func:`_unnamed_sender`), ``text`` the whole line, a view
    of it, which stays ``front`` where it stands; ``None`` where no such field names a person or an office (``From:
    the director`` names neither by its shape).

    Why (issue 16 point 2, helper en84, after head83's open fault): a memo states its sender in its header as a notice
    sets its sender over its subject (:func:`head_sender`); the memo had no speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = memo_sender(mk("MEMORANDUM", "To: All library staff", "From: Helen Carter, Head of Library Services"))
    >>> sp.name.text, sp.affiliation.text, sp.text.text
    ('Helen Carter', 'Head of Library Services', 'From: Helen Carter, Head of Library Services')
    >>> memo_sender(mk("To: All staff", "From Saturday 4 April the library opens at ten.")) is None
    True
    """
    from pipeline.segment.front import speaker_of

    for k, line in enumerate(opening):
        m = _MEMO_SENDER.match(line.text)
        if m is None:
            continue
        value = line[m.end():].strip()
        if value.text.endswith(_SENTENCE_CLOSE) or contact_line(value.text):
            return None
        read = speaker_of([value])
        if read.name is not None and name_shaped(read.name.text):
            return k, k + 1, replace(read, text=line.strip())
        if _unnamed_sender(value.text):
            return k, k + 1, Speaker(line.strip(), value, None, ())
        return None
    return None


def _unnamed_sender(text: str) -> bool:
    """A notice's sender line that names no person: an office (:func:`~.organisations.is_organisation`,
    ``桜台市教育委員会``, ``桜台市環境部　清掃課``, ``Westfield Borough Council``) or a post alone (``桜台市長``,
    ``ひかり町長``, ``教育長``: a job title ending it; ``Director of Public Works``, ``Mayor of Westfield``:
    ``sections.signer_post``), no sentence, contact, item or field; the caller has checked it is no date or addressee.

    >>> [_unnamed_sender(s) for s in ("桜台市長", "桜台市教育委員会", "Director of Public Works", "Westfield Borough Council")]
    [True, True, True, True]
    >>> [_unnamed_sender(s) for s in ("粗大ごみ収集日程の変更について", "Changes to Bulky Waste Collection", "担当", "Jane Smith")]
    [False, False, False, False]
    """
    from pipeline.names import ends_with_job_title
    from pipeline.segment.labels import is_contact_heading
    from pipeline.segment.ladder import ladder_mark
    from pipeline.segment.sections import signer_post
    from pipeline.segment.titleblock import title_cased

    s = text.strip(" \u3000\t")
    if not s or len(s) > (MAX_ORGANISATION_LINE if script_of(s) == JA else MAX_EN_ISSUER_LINE) or contact_line(s) or is_contact_heading(s) or ladder_mark(s) is not None \
            or any(c in s for c in "、，。：:"):
        return False
    if script_of(s) == JA:
        return is_organisation(s) or (ends_with_job_title(s) and not s.startswith("担当"))
    return all(p.strip() and title_cased(p.strip()) for p in s.split(",")) and not is_person_name(s) \
        and (is_organisation(s) or organisation_line(s) or signer_post(s))


def credit_signer(body: list[Text]) -> tuple[int, int, Speaker] | None:
    """The editor a periodical credits on its closing line (:func:`~.labels.credit_start`: ``Editor: Margaret Olsen``,
    ``編集長：山田 花子``), where the credit names a person: ``(start, end, speaker)``, ``name`` the person's name,
    ``affiliation`` the label's post where it is one (``Editor``, ``Newsletter Editor``, ``編集長``; ``Edited by`` names
    none), ``text`` the line; a view of the line, which stays ``front`` where it stands, as a notice's closing signature
    is its speaker (docs/segment.md, *A notice's closing signature is its speaker*). ``None`` where the credit names an
    office or a body (``Published by Riverside Town Council``, ``編集・発行：みなと台自治会``: no person speaks).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = credit_signer(mk("Work begins in November.", "Editor: Margaret Olsen"))
    >>> sp.name.text, sp.affiliation.text, sp.text.text
    ('Margaret Olsen', 'Editor', 'Editor: Margaret Olsen')
    >>> credit_signer(mk("Work begins in November.", "Published by Riverside Town Council")) is None
    True
    """
    from pipeline.segment.labels import credit_start

    start = credit_start([t.text for t in body])
    if start is None:
        return None
    for k in range(start, len(body)):
        if (speaker := _credited_person(body[k])) is not None:
            return k, k + 1, speaker
    return None


MAX_HEAD_CREDIT_LINES = 3
"""Lines under a periodical's title block :func:`head_credit` reads for its editor's credit at most."""


def head_credit(head: list[Text]) -> tuple[int, int, Speaker] | None:
    """The editor a periodical credits right under its masthead (``研究室ニュースレター　第12号`` / ``編集：森下 美咲
    （修士1年）``): ``head`` the lines under the title block; the first credit line (:func:`~.labels.credit_label_end`)
    among the first :data:`MAX_HEAD_CREDIT_LINES` of them, before any running text, that names a person, read as
    :func:`credit_signer` reads a closing credit (``(start, end, speaker)``, a view of the line, which stays ``front``);
    ``None`` where no such line names a person (``編集・発行：みなと台自治会``: a body speaks for no one).

    Decision (issue 16 point 2, fresh-user trial 72c, helper title72): a periodical's speaker is the person it credits as
    editor, never its publishing body (helpers fix68a, fix69b, news70c); the credit set under the masthead, not on the
    closing line, had given no speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = head_credit(mk("編集：森下 美咲（修士1年）", "■巻頭言")); sp.name.text
    '森下 美咲'
    >>> head_credit(mk("編集・発行：みなと台自治会")), head_credit(mk("今年度は新しい装置が入りました。", "編集：森下 美咲"))
    (None, None)
    """
    from pipeline.segment.labels import credit_label_end
    from pipeline.segment.titleblock import is_prose

    for k, line in enumerate(head[:MAX_HEAD_CREDIT_LINES]):
        if is_prose(line.text):
            return None
        if credit_label_end(line.text) is not None and (speaker := _credited_person(line)) is not None:
            return k, k + 1, speaker
        if (speaker := _speech_credited(line)) is not None or (speaker := _posted_name_ja(line)) is not None:
            return k, k + 1, speaker
    return None


def _speech_credited(line: Text) -> Speaker | None:
    """The giver a speech's credit line names (``Address by the Headmaster, Dr Richard Pennington``: the name, the
    post its affiliation; :func:`~.names.speech_credit`), a view of the line; else ``None``."""
    from pipeline.segment.names import labelled_speech_credit, speech_credit

    credit = speech_credit(line.text)
    if credit is None and (labelled := labelled_speech_credit(line.text)) is not None:
        # the record's label, then the giver and the post in brackets (``Transcript of the Captain's Speech: Daniel
        # Whitcombe (1st XI Captain)``): the name, the post its affiliation (session 80, helper cat80)
        name_at, name_end, post_at, post_end = labelled
        name = line[name_at:name_end]
        affiliation = line[post_at:post_end] if post_end > post_at else None
        end = post_end + 1 if affiliation is not None else name_end
        return Speaker(line[name_at:end].strip(), affiliation, name, (Author(name, (), affiliation),))
    if credit is None:
        return None
    start, post_end, name_at, end = credit
    name = line[name_at:end].strip()
    post = line[start:post_end].strip(" ,\t")
    post = post[4:] if post.text.lower().startswith("the ") else post
    affiliation = post if post.text else None
    return Speaker(line[start:end].strip(), affiliation, name, (Author(name, (), affiliation),))


def _posted_name_ja(line: Text) -> Speaker | None:
    """The person a Japanese periodical's head line names by post then name (:func:`~.names.post_name_ja`: ``主宰　青木
    白雲``, ``若葉俳句会（主宰　青木 白雲）``, ``会長　田中 一郎``), the post the affiliation, a view of the line; ``None``
    otherwise (``会場　市民ホール``: a field, no post).

    >>> sp = _posted_name_ja(Text.from_raw("若葉俳句会（主宰　青木 \ufffd\ufffd）", 1)); sp.name.text, sp.affiliation.text
    ('青木 \ufffd\ufffd', '主宰')
    >>> _posted_name_ja(Text.from_raw("会場　市民 ホール", 1)), _posted_name_ja(Text.from_raw("主宰近詠", 1))
    (None, None)
    """
    from pipeline.segment.names import post_name_ja

    found = post_name_ja(line.text)
    if found is None:
        return None
    _, post_at, name_at, end = found
    name, post = line[name_at:end], line[post_at:name_at].strip()
    return Speaker(line[post_at:end], post, name, (Author(name, (), post),))


_CONTACT_AFTER_CREDIT = re.compile(r"[ \t]+[·•|–—][ \t]+|[ \t]*[,，][ \t]*(?=\S+@|(?:Tel|Phone|E-?mail)\b)", re.IGNORECASE)
"""What parts a credit's name from a means of contact set after it on its line: a dot, bullet, bar or dash between
spaces, or a comma before an e-mail address or a contact's label."""


def _credited_person(line: Text) -> Speaker | None:
    """A credit line's person (:func:`credit_signer`), else ``None``."""
    from pipeline.segment.labels import _CREDIT_LABEL, credit_label_end
    from pipeline.segment.names import MAX_POSTED_NAME_GAPS, lost_glyph_name_no_clause

    at = credit_label_end(line.text)
    value = line[at:].strip()
    if (m := _CONTACT_AFTER_CREDIT.search(value.text)) is not None and contact_line(value.text[m.end():]):
        # the editor's means of contact after the name (``Editor: Jean Harper · parishnews@…``, fresh-user trial 80a)
        value = value[:m.start()].strip()
    value, body_named = _bracketed_body(value)
    value, post_named = _named_with_post(value)
    # (the credit's label vouches for a name that lost a glyph or two, as a post before it does: ``編集：森下 �咲``,
    # fresh-user trial 72c, helper title72)
    if not (is_person_name(value.text) or (script_of(value.text) == JA and (
            name_shaped(value.text) or lost_glyph_name_no_clause(value.text, MAX_POSTED_NAME_GAPS)))) \
            or is_organisation(value.text):
        return None
    m = _CREDIT_LABEL.match(line.text.strip())
    lead = len(line.text) - len(line.text.lstrip())
    post = m.group("post") or m.group("post_ja")
    group = "post" if m.group("post") else "post_ja"
    affiliation = line[lead + m.start(group):lead + m.end(group)] if post and post not in ("編集", "発行", "編集・発行", "発行・編集") else None
    if post_named is not None:
        affiliation = post_named  # the editor's own post or department the value prints names them better
    if body_named is not None:
        affiliation = body_named  # the body the editor edits for names them better than the label's post
    return Speaker(line.strip(), affiliation, value, (Author(value, (), affiliation),))


MAX_CREDIT_POST_WORDS = 4
"""Words an English post printed before its holder's name in a credit has at most (``the Recorder``, ``the Membership
Secretary``)."""
_CREDIT_NAME_POST = re.compile(r"^(?P<name>[^,，、]+?)[ \t]*[,，][ \t]*(?P<post>[^,，、]+)$")
"""An English credit's value printing the editor's post after their name and a comma (``Tom Reyes, Year 4 teacher``)."""
_CREDIT_DEPT_NAME = re.compile(r"^(?P<post>\S+)[\u3000 ]+(?P<name>\S+(?:[\u3000 ]\S+)?)$")
"""A Japanese credit's value printing the editor's department before their name (``教務部　鈴木 里奈``)."""


def _named_with_post(value: Text) -> tuple[Text, Text | None]:
    """A credit's value split into the person's name and the post or department printed with it: ``(name, post)``;
    ``(value, None)`` where the value is no such pair (a name alone, an office, two names).

    English prints the post after the name and a comma (``Tom Reyes, Year 4 teacher``: the name a person's name,
    :func:`~.names.is_person_name`, the post no name itself); Japanese prints the department before the name
    (``教務部　鈴木 里奈``: the department an organisation, :func:`~.organisations.is_organisation`, the rest a name).

    Why (fresh-user trial 68d): ``Edited by Tom Reyes, Year 4 teacher`` and ``編集：教務部　鈴木 里奈`` named no editor,
    while ``Editor: Tom Reyes`` and ``編集：鈴木 里奈`` did: the post printed with the name hid the name.

    >>> mk = lambda s: Text.from_raw(s, 1)
    >>> name, post = _named_with_post(mk("Tom Reyes, Year 4 teacher")); name.text, post.text
    ('Tom Reyes', 'Year 4 teacher')
    >>> name, post = _named_with_post(mk("教務部　鈴木 里奈")); name.text, post.text
    ('鈴木 里奈', '教務部')
    >>> [_named_with_post(mk(s))[1] for s in ("Riverside Council, Planning", "Tom Reyes, Jane Okafor", "鈴木 里奈")]
    [None, None, None]

    An English post may stand first with its article (``the Recorder, Gillian Marchbanks``); an organisation or a
    phrase is no post:

    >>> name, post = _named_with_post(mk("the Recorder, Gillian Marchbanks")); name.text, post.text
    ('Gillian Marchbanks', 'Recorder')
    >>> [_named_with_post(mk(s))[1] for s in ("the Parish Council, Jane Okafor", "the members, Jane Okafor")]
    [None, None]
    """
    s = value.text
    m = _CREDIT_NAME_POST.match(s)
    if m and script_of(s) != JA:
        name, post = value[:m.end("name")].strip(), value[m.start("post"):].strip()
        if is_person_name(name.text) and not is_person_name(post.text) and not is_organisation(name.text):
            return name, post
        # the post first, with its article, then the name (``the Recorder, Gillian Marchbanks`` after ``Compiled by``:
        # fresh-user trial 76b, helper struct76b): the article and the capitals make the first part a post
        first, second = value[:m.end("name")].strip(), value[m.start("post"):].strip()
        words = first.text.split()
        if words[0] == "the" and 2 <= len(words) <= MAX_CREDIT_POST_WORDS + 1 and all(w[:1].isupper() for w in words[1:]) \
                and is_person_name(second.text) and not is_organisation(second.text) and not is_organisation(first.text):
            return second, first[4:].strip()
        return value, None
    m = _CREDIT_DEPT_NAME.match(s)
    if m and script_of(s) == JA:
        post, name = value[:m.end("post")].strip(), value[m.start("name"):].strip()
        if is_organisation(post.text) and not is_organisation(name.text) \
                and (is_person_name(name.text) or name_shaped(name.text)):
            return name, post
    return value, None


_CLOSING_BRACKET = {")": "(", "）": "（"}


def _bracketed_body(value: Text) -> tuple[Text, Text | None]:
    """A credit's value split at a bracketed part closing it (``田中 美香（みどり台町内会広報部）``, ``Margaret Olsen
    (Riverside Residents' Association)``): ``(before, body)``, ``before`` the value with the bracket taken off (the
    person's name), ``body`` the bracket's content where it names an organisation
    (:func:`~.organisations.is_organisation`), else ``None`` (an aside, ``Jane Roe (until June)``, names no body);
    ``(value, None)`` where no bracket closes the value or nothing stands before it.

    Why (issue 16, fresh-user trial 68b): ``編集：田中 美香（みどり台町内会広報部）`` gave no speaker while ``編集：田中 美香``
    named her: the bracketed body after the name hid the name.

    >>> mk = lambda s: Text.from_raw(s, 1)
    >>> before, body = _bracketed_body(mk("田中 美香（みどり台町内会広報部）")); before.text, body.text
    ('田中 美香', 'みどり台町内会広報部')
    >>> before, body = _bracketed_body(mk("Jane Roe (until June)")); before.text, body
    ('Jane Roe', None)
    >>> _bracketed_body(mk("Margaret Olsen"))[0].text, _bracketed_body(mk("(広報部)"))[0].text
    ('Margaret Olsen', '(広報部)')
    """
    s = value.text
    opening = _CLOSING_BRACKET.get(s[-1:])
    at = s.rfind(opening) if opening else -1
    if at <= 0 or any(c in s[at + 1:-1] for c in "()（）"):
        return value, None
    before = value[:at].strip()
    if not before.text:
        return value, None
    inside = value[at + 1:len(s) - 1].strip()
    return before, inside if inside.text and is_organisation(inside.text) else None


MAX_JA_ISSUER_LINES = 2
"""Lines a Japanese notice's issuing office closes it on (``あさひ市教育委員会`` / ``中央図書館``)."""
_WEEKDAY = re.compile(r"[（(][月火水木金土日][曜]?[日]?[)）]")
"""A weekday set after a date (``6月14日（土）``): an event's date says its day, a date of issue none."""


def japanese_issuer(body: list[Text], end: int, above: list[Text] | None = None) -> tuple[int, int, Speaker] | None:
    """A Japanese notice's issuing office closing it under its date of issue, no person's name printed (the sender's
    block of a 公用文, ``令和7年4月10日`` / ``青葉市教育委員会　生涯学習課``): ``(start, end, speaker)`` with
    ``body[start:end]`` the office's lines (one or :data:`MAX_JA_ISSUER_LINES`, ``body[end - 1]`` the last), the
    speaker their view, ``affiliation`` the office (two lines joined by a space), ``name`` ``None`` (none invented),
    else ``None``. Each line names an organisation (:func:`~.organisations.is_organisation`: ``…市教育委員会``,
    ``…課``, ``…部　…課``, ``…センター``, ``…協議会``, ``…実行委員会``) and is no sentence, contact, item or date; the
    line right over them is a date of issue with no weekday (an event's date names its day: ``令和7年6月14日（土）`` /
    ``青葉市民センター`` is an item's date and venue), and the date stands apart from the text over it (a blank line, or
    a sentence's end, ``以上`` or a close over it); or, with no date, the office closes the whole text set apart (a
    blank line) under a sentence's end (fresh-user trial 70b). Only in a document written in Japanese (kana: ``above`` and
    ``body`` read together), as the Korean issuer (:func:`_korean_signer`) and the Chinese organ
    (:func:`chinese_issuer`) are read in theirs. Why (issue 16, fresh-user trial 65c): such a notice's office and
    date stayed its last item's paragraphs, ``speaker`` null, where the Korean and Chinese notices' issuers were read.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("3．申込方法", "申込書を提出してください。", "令和7年4月10日", "青葉市教育委員会　生涯学習課")
    >>> start, end, sp = japanese_issuer(doc, 4); (start, end), sp.affiliation.text, sp.name
    ((3, 4), '青葉市教育委員会　生涯学習課', None)
    >>> japanese_issuer(mk("3．申込方法", "申込書を提出してください。", "青葉市教育委員会　生涯学習課"), 3)  # no date, not apart
    >>> japanese_issuer(mk("3．申込方法", "申込書を提出してください。", "", "青葉市教育委員会　生涯学習課"), 4)[:2]  # closing
    (3, 4)
    >>> japanese_issuer(mk("会場", "", "青葉市民センター"), 3)  # no sentence over it
    >>> japanese_issuer(mk("2．日時・会場", "令和7年6月14日（土）", "青葉市民センター"), 3)  # an event's date and venue
    """
    from pipeline.chardata import writing_of
    from pipeline.segment.labels import is_contact_heading
    from pipeline.segment.layout import first_line, last_line
    from pipeline.segment.ladder import ladder_mark

    texts = [t.text.strip(" \u3000\t") for t in body]
    if end < 2 or not texts[end - 1]:
        return None

    def office(s: str) -> bool:
        return 0 < len(s) <= MAX_ORGANISATION_LINE and script_of(s) == JA and is_organisation(s) \
            and not s.endswith(_SENTENCE_CLOSE) and not contact_line(s) and not is_contact_heading(s) \
            and not is_date_line(s) and ladder_mark(s) is None and not any(c in s for c in "、，。：:")

    start = end
    while start > 0 and end - start < MAX_JA_ISSUER_LINES and office(texts[start - 1]):
        start -= 1
    if start == end or start < 1:
        return None  # no office: no notice's foot
    date = texts[start - 1]
    if is_date_line(date) and not _WEEKDAY.search(date) and start >= 2:
        over = next((k for k in range(start - 2, -1, -1) if texts[k]), None)
        top_at = start - 1
    elif not any(texts[end:]):
        # no date: the office closing the whole text, set apart under its last sentence (fresh-user trial 70b's
        # vertical notice, ``…開館します。`` / blank / ``ひばり市立中央図書館``, had its issuer as its last paragraph)
        over = next((k for k in range(start - 1, -1, -1) if texts[k]), None)
        top_at = start
        below, top = (last_line(body[over]), first_line(body[start])) if over is not None else (None, None)
        if not texts[over].endswith(_SENTENCE_CLOSE) or below is None or top is None or top <= below + 1:
            return None
    else:
        return None
    if over is None:
        return None
    below, top = last_line(body[over]), first_line(body[top_at])
    apart = below is not None and top is not None and top > below + 1
    if not (apart or texts[over].endswith(_SENTENCE_CLOSE) or texts[over] == "以上" or is_closing(texts[over])):
        return None
    if writing_of("\n".join(t.text for t in [*(above or []), *body])) != "ja":
        return None
    lines = [body[k].strip() for k in range(start, end)]
    joined = Text.join(lines, sep=Text.inserted(" ")) if len(lines) > 1 else lines[0]
    return start, end, Speaker(joined, joined, None, ())


def english_issuer(body: list[Text], end: int, above: list[Text] | None = None) -> tuple[int, int, Speaker] | None:
    """An English notice's issuing office closing it beside its date of issue, no person's name printed (``14 March
    2025`` / ``Waste Services, Ashford Borough Council``, or the office over the date): ``(start, end, speaker)`` as
    :func:`japanese_issuer` gives it, the office's line ``body[end - 1]`` (``end`` past any date under it), the speaker
    its view, ``affiliation`` the office, ``name`` ``None`` (none invented). The line names an organisation
    (:func:`~.organisations.is_organisation`), each comma-parted piece in title case (an office, its council), no
    sentence, contact, person's name or date; a date stands right over it, apart from the text over that (a blank line,
    a sentence's end or a close), or right under it with a sentence's end or a close over the office. Only in a
    document written in English. Why (issue 16, helper news67): the Japanese notice's issuer under its date was its
    speaker, the English notice's (``Waste Services, Ashford Borough Council``, trial 66's near miss) was a paragraph
    of its body, so an English notice with no title block said nothing of who issued it.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> doc = mk("Thank you for your cooperation.", "", "14 March 2025", "Waste Services, Ashford Borough Council")
    >>> start, end, sp = english_issuer(doc, 4); (start, end), sp.affiliation.text, sp.name
    ((3, 4), 'Waste Services, Ashford Borough Council', None)
    >>> english_issuer(mk("Thank you.", "Waste Services, Ashford Borough Council", "14 March 2025"), 2)[:2]
    (1, 2)
    >>> english_issuer(mk("Thank you.", "Waste Services, Ashford Borough Council"), 2)  # no date
    >>> english_issuer(mk("The hall opens on", "14 March 2025", "Ashford Borough Council"), 3)  # the date ends a sentence
    >>> english_issuer(mk("All welcome.", "", "Saturday 14 March 2025", "Ashford Borough Council"), 4)  # an event's day
    >>> start, end, sp = english_issuer(mk("Thank you.", "", "Water Services Office", "Ashford Borough Council", "2 March 2026"), 4)
    >>> (start, end), sp.affiliation.text
    ((2, 4), 'Water Services Office, Ashford Borough Council')

    The office may stand on two lines, its unit over its body, each line an organisation's name (fresh-user trial
    67c: ``Water Services Office`` / ``Ashford Borough Council`` / ``2 March 2026``); its affiliation is the two
    joined by a comma, as the one-line office prints them.
    """
    from pipeline.chardata import writing_of
    from pipeline.segment.layout import first_line, last_line
    from pipeline.segment.sections import signer_post
    from pipeline.segment.titleblock import title_cased

    texts = [t.text.strip(" \u3000\t") for t in body]
    if end < 2 or not texts[end - 1]:
        return None

    def office_line(k: int) -> bool:
        # one line of the office: an English line, each comma-parted piece in title case, no sentence, contact,
        # person's name, date or signer's post (``Company Secretary`` is a person's, read by the signature's rules)
        line = texts[k]
        pieces = [p.strip() for p in line.split(",")]
        return bool(line) and script_of(line) == EN and len(line) <= MAX_EN_ISSUER_LINE \
            and not line.endswith(_SENTENCE_CLOSE) and not contact_line(line) and not is_date_line(line) \
            and not is_person_name(line) and not signer_post(line) and all(p and title_cased(p) for p in pieces)

    def next_to(upper: int, lower: int) -> bool:
        # the date and the office on raw lines one right under the other (a caller may hand lines in another order)
        below, top = last_line(body[upper]), first_line(body[lower])
        return below is None or top is None or top == below + 1

    def apart(over: int, under: int) -> bool:
        # the text over the date or office ends there: a blank line between, a sentence's end or a close
        below, top = last_line(body[over]), first_line(body[under])
        return (below is not None and top is not None and top > below + 1) or texts[over].endswith(_SENTENCE_CLOSE) \
            or is_closing(texts[over])

    def filled_over(k: int) -> int | None:
        return next((j for j in range(k - 1, -1, -1) if texts[j]), None)

    def issued(s: str) -> bool:
        # a date of issue names no weekday: an event's does (``Saturday 14 March 2025`` / ``Ashford Town Hall``, its
        # day and venue)
        return is_date_line(s) and _EN_WEEKDAY.search(s) is None

    def dated(top: int) -> bool:
        # the office ``body[top:end]`` beside its date: right over it, apart from the text over that, or right under
        # it with the text over the office ended
        over_date = filled_over(top - 1) if top >= 1 and issued(texts[top - 1]) else None
        over_office = filled_over(top)
        date_over = over_date is not None and next_to(top - 1, top) and apart(over_date, top - 1)
        date_under = end < len(body) and issued(texts[end]) and next_to(end - 1, end) and over_office is not None \
            and not is_date_line(texts[over_office]) and apart(over_office, top)
        return date_over or date_under

    top = None
    if office_line(end - 1) and is_organisation(texts[end - 1]) and dated(end - 1):
        top = end - 1
    elif end >= 3 and office_line(end - 2) and office_line(end - 1) and next_to(end - 2, end - 1) \
            and "," not in texts[end - 2] + texts[end - 1] \
            and (is_organisation(texts[end - 2]) or AFFILIATION_ENDING.match(texts[end - 2]) is not None
                 or _EN_UNIT_END.search(texts[end - 2]) is not None) \
            and is_organisation(texts[end - 1]) and dated(end - 2):
        # the office on two lines, the unit over its body (``Water Services Office`` / ``Ashford Borough Council`` /
        # ``2 March 2026``: fresh-user trial 67c), one piece on each line, each an organisation's name (the unit may be a
        # team, ``Parks and Open Spaces Team``, over its council)
        top = end - 2
    if top is None:
        return None
    if writing_of("\n".join(t.text for t in [*(above or []), *body])) != "en":
        return None
    office = Text.join([t.strip() for t in body[top:end]], sep=Text.inserted(", "))
    text = speaker_text([t.strip() for t in body[top:end]])
    return top, end, Speaker(text, office, None, ())


_EN_UNIT_END = re.compile(r"\s(?:Service|Section|Desk)$")
"""A council's unit named by its kind at the end (``Environmental Health Service``, ``Licensing Section``): over its
council's name, under a notice, the issuing office's first line (:func:`english_issuer`)."""
_EN_WEEKDAY = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE)
MAX_EN_ISSUER_LINE = 80
"""Characters an English issuing office's line holds at most (``Property Services Team, Lyndhurst District Council``)."""


_KO_POST = ("시장", "군수", "구청장", "도지사", "지사", "교육감", "교육장", "청장", "위원장", "회장", "이사장", "원장",
            "센터장", "관장", "교장", "총장", "국장", "과장", "소장", "단장", "본부장", "팀장", "대표", "대표이사", "사장")
"""The post a Korean notice's issuer signs by (발신명의: the head of the issuing body, ``수원시장``, ``한빛구청장``,
``교육감``), a word's end."""
_KO_OFFICE = ("시청", "군청", "구청", "도청", "교육청", "교육지원청", "센터", "위원회", "협회", "연합회", "재단", "공단",
              "사무소", "사업소", "본부", "학교", "도서관", "보건소", "특별시", "광역시", "특별자치시", "특별자치도")
"""The word a Korean issuing body's name ends on (``한빛시 교육청``, ``시민안전센터``, ``대구광역시``)."""
_KO_UNIT = ("과", "팀", "실", "청", "시", "군", "구")
"""One syllable closing a Korean body's name (``도로과``, ``국제교류팀``, ``수원시``, ``강남구``): only after two syllables
at least, as many a common word ends so too (``결과``, ``연구``)."""


def _korean_body(word: str) -> bool:
    """A Korean word naming an issuing body or its head (:data:`_KO_POST`, :data:`_KO_OFFICE`, :data:`_KO_UNIT`)."""
    return word.endswith(_KO_POST + _KO_OFFICE) or (len(word) >= 3 and word.endswith(_KO_UNIT))
_KO_SIGNER = re.compile(r"^(?P<office>(?:[○◯〇]{1,3})?[\uac00-\ud7a3]{2,}(?: [\uac00-\ud7a3]{2,}){0,3}?)(?: (?P<name>[\uac00-\ud7a3]{2,4}))?$")
"""A Korean closing issuer's line: Hangul words only (up to four for the office), a name of two to four syllables
after the post allowed (``수원시장 김영희``); the body's name may be a form's blank, circles in its place (``○○시장``,
``○○구청장``: a model notice, a template, prints them so; helper notice66b)."""
MAX_KO_SIGNER_LINE = 30


def _korean_signer(body: list[Text], end: int) -> tuple[int, int, Speaker] | None:
    """A Korean notice's issuer (발신명의) closing it: its last line ``body[end - 1]`` the issuing body's head by post
    (``수원시장``, a name after it allowed: ``수원시장 김영희``) or the issuing body (``한빛시 교육청 국제교류팀``,
    ``도로과``), Hangul words only, under a date (``2025년 3월 15일``) or a sentence's end, as a Japanese officer under
    the date is (:func:`_japanese_signer`) and a Chinese organ (:func:`chinese_issuer`). The speaker's ``affiliation``
    is the post or body, ``name`` the name where one is given, else ``None`` (none invented). Why (fresh-user trial
    64d): the Korean notice's ``수원시장`` under its date gave no speaker. Never a sentence, a line with a mark, a
    phrase ending on no post or body's word (``감사합니다``), nor a contact line (``문의: 도로과``)."""
    last = body[end - 1].text.strip(" \u3000\t")
    m = _KO_SIGNER.match(last)
    if m is None or len(last) > MAX_KO_SIGNER_LINE or contact_line(last):
        return None
    office, name = m.group("office"), m.group("name")
    if name is not None and not office.endswith(_KO_POST):
        # no post before it: the last word is the body's own (``한빛시 교육청 국제교류팀``), no one's name
        office, name = last, None
    if name is None and not _korean_body(office.split()[-1]):
        return None
    over = next((body[k].text.strip(" \u3000\t") for k in range(end - 2, -1, -1) if body[k].text.strip()), "")
    if not (is_date_line(over) or over.endswith(_SENTENCE_CLOSE)):
        return None
    line = body[end - 1]
    lead = len(line.text) - len(line.text.lstrip(" \u3000\t"))
    whole = line.strip()
    affiliation = line[lead:lead + len(office)]
    if name is None:
        return end - 1, end, Speaker(whole, affiliation, None, ())
    named = line[lead + m.start("name"):lead + m.end("name")]
    return end - 1, end, Speaker(whole, affiliation, named, (Author(named, (), affiliation),))


_KO_CITY_NAMED = "(?:[\\s,.·:()\\[\\]「」『』]|$|청|립|민|는|은|의|에|가|와|과|로|내)"
"""What may follow a Korean city's name ``X시`` where the text names the city itself (``한빛시 공고``, ``한빛시는``,
``한빛시립도서관``, ``한빛시민``, ``한빛시청``), never a longer word it opens (``전통시장``'s ``전통시`` goes on to ``장``)."""
_KO_CITIES = ("특별자치시", "특별시", "광역시")
"""A Korean metropolitan city's word (``대구광역시``, ``서울특별시``): a city by its name."""


def korean_issuer_city(issuer: str, texts: list[str]) -> tuple[int, int] | None:
    """Where, in a Korean notice's issuer's line ``issuer`` (``한빛시장``, ``한빛시청 문화관광과``, ``대구광역시장``, or its
    number line ``한빛시 공고 제2026-15호``), the city it names stands, as ``(start, end)``; ``None`` where it names none.

    The issuing body's name opens the line: a city hall's (``…시청``) or a metropolitan city's (``…광역시``) names its
    city outright, and so does a number line's issuer before its kind (``한빛시 공고``: only a city issues a 시 공고); a
    mayor's post (``한빛시장``) names ``한빛시`` only where one of ``texts`` (the document's other lines) names that city
    as a word of its own (``한빛시 공고``, ``한빛시립도서관``), for ``시장`` is also a market (``전통시장``, ``중앙시장``),
    and ``중앙시`` never stands alone. Decision, issue 16 point 4, fresh-user trial 65.

    >>> korean_issuer_city("한빛시장", ["한빛시 공고 제2026-15호"]), korean_issuer_city("한빛시장", ["한빛시립도서관은 휴관합니다."])
    ((0, 3), (0, 3))
    >>> korean_issuer_city("한빛시장", ["도서관이 휴관합니다."]), korean_issuer_city("중앙전통시장", ["중앙 전통시장 일대"])  # a market
    (None, None)
    >>> korean_issuer_city("한빛시 공고 제2026-15호", []), korean_issuer_city("대구광역시장", []), korean_issuer_city("수원시청 도로과", [])
    ((0, 3), (0, 5), (0, 3))
    >>> korean_issuer_city("새빛군수", ["새빛군은"]), korean_issuer_city("도시", []), korean_issuer_city("시장", ["시장은"])
    (None, None, None)
    """
    from pipeline.segment.labels import notice_number_line

    s = issuer.strip()
    first = s.split()[0] if s.split() else ""
    if not re.fullmatch(r"[\uac00-\ud7a3]{3,12}", first):
        return None
    lead = len(issuer) - len(issuer.lstrip())
    metropolis = re.match(r"[\uac00-\ud7a3]+?(?:" + "|".join(_KO_CITIES) + ")", first)
    if metropolis is not None:
        return lead, lead + metropolis.end()
    if first.endswith("시청"):
        return lead, lead + len(first) - 1
    if first.endswith("시") and notice_number_line(s) and len(s.split()) >= 2:
        return lead, lead + len(first)
    if first.endswith("시장"):
        name = first[:-1]
        named = re.compile(re.escape(name) + _KO_CITY_NAMED)
        if any(named.search(t) for t in texts if t.strip() != s):
            return lead, lead + len(name)
    return None


_ZH_DATE = re.compile(r"^(?:(?:中華民國|中华民国|民國|民国)[\s\u3000]*)?[0-9０-９〇○零一二三四五六七八九十]{2,4}[\s\u3000]*年"
                      r"[\s\u3000]*[0-9０-９〇○零一二三四五六七八九十]{1,2}[\s\u3000]*月"
                      r"[\s\u3000]*[0-9０-９〇○零一二三四五六七八九十]{1,3}[\s\u3000]*日$")
"""A Chinese document's date of issue alone on its line (成文日期): ``2026年1月20日``, ``二〇二六年一月二十日`` (the
numerals older documents print, GB/T 9704-1999), ``中華民國115年1月20日`` (Taiwan's Minguo year)."""
_ZH_ORGAN = re.compile(r"(?:人民政府|政府|委员会|委員會|管委会|管委會|局|厅|廳|办公室|辦公室|办公厅|辦公廳|办事处|辦事處|处|處|署|部|"
                       r"院|中心|协会|協會|学会|學會|联合会|聯合會|商会|商會|工会|工會|公司|集团|集團|学校|學校|大学|大學|小组|小組|研究所)$")
"""The word a Chinese issuing organ's name ends on (``南川市城市管理局``, ``杭州市人民政府``, ``臺中市政府文化局``,
``某县农业农村局``, ``市教育委员会``)."""
MAX_ZH_ISSUERS = 2
"""Issuing organs a Chinese document's closing block names, one a line (联合行文: two organs issuing together)."""


def chinese_issuer(body: list[Text]) -> tuple[int, int, Speaker] | None:
    """The issuing organ a Chinese document closes on (落款: 发文机关署名 over 成文日期, GB/T 9704-2012 7.3.5):
    ``(start, end, speaker)``, ``body[start:end]`` the organ's lines (one or :data:`MAX_ZH_ISSUERS`), the speaker
    their view with the organs its ``affiliation`` and no name, else ``None``. The organ's line is short, no
    sentence, no clause's mark and no ladder's mark, and ends on an organ's word (:data:`_ZH_ORGAN`); the date of
    issue under it (:data:`_ZH_DATE`), or, where none is printed, a sentence's end over it. Only in a document that is
    Chinese by its letters (:func:`~pipeline.chardata.writing_of`): a Japanese notice's issuer under its date is read
    as it was (fresh-user trial 64b: ``南川市城市管理局`` / ``2026年1月20日`` had been the last section's paragraphs, the
    report's speaker and city null).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> body = mk("三、下一步工作", "（一）完善收运体系", "（二）加强督导考核", "南川市城市管理局", "2026年1月20日")
    >>> start, end, sp = chinese_issuer(body); (start, end), sp.affiliation.text, sp.name
    ((3, 4), '南川市城市管理局', None)
    >>> chinese_issuer(mk("全市推进垃圾分类工作，覆盖居民小区。", "（二）加强督导考核", "南川市城市管理局"))  # no date, no sentence's end
    >>> chinese_issuer(mk("両市は提携都市として交流を続けてきた。", "令和8年1月20日", "緑ヶ丘市教育委員会"))
    """
    from pipeline.chardata import writing_of
    from pipeline.segment.ladder import ladder_mark

    texts = [t.text.strip(" \u3000\t") for t in body]
    filled = [k for k, t in enumerate(texts) if t]
    if not filled or writing_of("\n".join(texts)) != "zh":
        return None
    end = filled[-1] + 1
    dated = _ZH_DATE.match(texts[end - 1]) is not None
    if dated:
        end = max((k for k in filled if k < end - 1), default=-1) + 1
        if end == 0:
            return None

    def organ(s: str) -> bool:
        return 0 < len(s) <= MAX_ORGANISATION_LINE and _ZH_ORGAN.search(s) is not None and ladder_mark(s) is None \
            and not any(c in s for c in "。！？；，、：:;,") and not contact_line(s) and not _ZH_DATE.match(s)

    start = end
    while start > 0 and end - start < MAX_ZH_ISSUERS and organ(texts[start - 1]):
        start -= 1
    if start == end or start == 0:
        return None  # no organ, or the organ is the whole text
    over = next((texts[k] for k in range(start - 1, -1, -1) if texts[k]), "")
    if not dated and not over.endswith(_SENTENCE_CLOSE):
        return None  # undated, under a heading or a list's item: a line of the text (``（二）加强督导考核`` / ``…局``)
    lines = [body[k].strip() for k in range(start, end) if texts[k]]
    joined = Text.join(lines, sep=Text.inserted(" "))  # two organs issuing together: each named whole, a space between
    return start, end, Speaker(text=joined, affiliation=joined, name=None)


_ZH_LEVELS = "省市县区縣區"
"""The words of an administrative level (province, city, county, district), none of them a place's name."""
_ZH_ISSUER_CITY = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省)?((?:(?![%s])[\u4e00-\u9fff]){2,4}?市)(?![场場民立])(?=[\u4e00-\u9fff])"
                             % _ZH_LEVELS)
"""A Chinese issuing organ's city: the name its line opens on, up to its ``市`` (a province's name before it allowed,
``浙江省杭州市…``), an organ's word after it; never a market (``农贸市场管理处``), a city's residents or a city-run body
(``…市民…``, ``…市立…``). The name holds no level's word (:data:`_ZH_LEVELS`): an organ a city's own document names
by its level alone (``市城市管理局``, the city's 城市管理局; ``区城市管理局``, ``县城市绿化管理中心``) or a province's
organ (``浙江省城市节约用水办公室``) opens on a level and the word 城市 (*city, urban*), no ``XX市`` (fresh-user trial
66: ``市城市`` had been the city)."""


def chinese_organ(text: str) -> bool:
    """``text`` names a Chinese organ, each of its space-parted names ending on an organ's word (:data:`_ZH_ORGAN`:
    ``南川市城市管理局``, ``西江市教育局 西江市财政局``).

    >>> chinese_organ("某县农业农村局"), chinese_organ("西江市教育局 西江市财政局"), chinese_organ("港町市役所 国際課")
    (True, True, False)
    """
    names = text.split()
    return bool(names) and all(_ZH_ORGAN.search(n) is not None for n in names)


def issuer_city(organ: str) -> tuple[int, int] | None:
    """The span of the city a Chinese issuing organ's name opens with (:data:`_ZH_ISSUER_CITY`), where the name ends on
    an organ's word (:data:`_ZH_ORGAN`), else ``None``. Read by the letters, not by Sudachi, whose Japanese words cut a
    Chinese name across its ``市`` (``南川`` + ``市生`` + ``态环`` for ``南川市生态环境局``). A county (``县``), a district
    (``区``) or a province alone names no city (the talk's ``city`` is a municipality: docs/talk-json.md).

    >>> [issuer_city(s) for s in ["南川市生态环境局", "臺中市政府文化局", "浙江省杭州市人民政府", "农贸市场管理处", "某县农业农村局"]]
    [(0, 3), (0, 3), (3, 6), None, None]
    >>> [issuer_city(s) for s in ["市城市管理局", "区城市管理局", "浙江省城市节约用水办公室", "盐城市城市管理局"]]
    [None, None, None, (0, 3)]
    """
    s = organ.split()[0] if organ.split() else ""
    m = _ZH_ISSUER_CITY.match(s)
    if m is None or _ZH_ORGAN.search(s) is None:
        return None
    lead = len(organ) - len(organ.lstrip())
    return lead + m.start(1), lead + m.end(1)


def _contact_person(text: str) -> bool:
    """A line over a closing means of contact that names whom to contact: short, no sentence, no date, no close and
    no signature's label (``Lars Eriksen``, ``Press Officer``, ``環境課　担当 鈴木``)."""
    from pipeline.segment.contacts import contact_shaped

    return contact_shaped(text) and not contact_line(text) and not is_date_line(text) and not is_closing(text) \
        and _SIGNED_LABEL.match(text) is None


_NAME_AFTER_DATE = re.compile(r"[ \u3000]+")
"""The white that parts a dated signature's date from its name (``大正十三年一月廿日　　宮澤賢治``)."""


def _dated_signer(body: list[Text], end: int) -> tuple[int, int, Speaker] | None:
    """A text's last line that dates and signs it on one line, the date first (``大正十三年一月廿日　　宮澤賢治``, an
    essay's or a poem's ``二〇二五年四月　山田 花子``): the signer, the name after the date (:func:`is_date_line` on the
    part before the white, :func:`~pipeline.segment.names.is_person_name` on the part after); else ``None``. Why:
    Miyazawa Kenji's 春と修羅 序 (../shared/realdocs/jo.pdf) signs so and had no speaker (a view of the line, which
    stays where it stands, as every closing signature does). A dated line whose rest is no name alone
    (``2025年4月　山田 花子 就任``, a history's entry) signs nothing.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _dated_signer(mk("主張されます", "大正十三年一月廿日　　宮澤賢治"), 2)[2].name.text
    '宮澤賢治'
    >>> _dated_signer(mk("沿革", "2025年4月　山田 花子 就任"), 2) is None, _dated_signer(mk("2025年4月　港の朝"), 1) is None
    (True, True)
    """
    if end < 2:
        return None  # a dated name alone is a cover's or a form's line, no text's signature
    line = body[end - 1]
    text = line.text.rstrip()
    if script_of(text) != JA:
        return None
    for white in _NAME_AFTER_DATE.finditer(text):
        head, tail = text[:white.start()].strip(), text[white.end():]
        if head and is_date_line(head):
            if not is_person_name(tail):
                return None
            name = line[white.end():len(text)]
            return end - 1, end, Speaker(name, None, name, (Author(name, (), None),))
    return None


def _set_apart_piece(line: Text) -> bool:
    """``line`` is a piece of its raw line that opens after the line's first column (its first character's origin,
    :attr:`Text.origin`): what a line's reader set apart from a head before it (a page's foot and its folio), never
    a line of its own (a bare number set right, its padding taken off, is one too: a folio all the same).

    >>> _set_apart_piece(Text.from_raw("1043", 43, 60)), _set_apart_piece(Text.from_raw("1043", 43))
    (True, False)
    """
    return bool(line.origin) and line.origin[0] is not None and line.origin[0][1] > 0


def closing_signer(body: list[Text], above: list[Text] | None = None, *,
                   contact: bool = True) -> tuple[int, int, Speaker] | None:
    """The signer of a document that signs at its end, where it prints no speaker line at its head (decision, issue
    16, fresh-user trial 63c; docs/segment.md, *A notice's closing signature*): ``(start, end, speaker)``, the lines
    ``body[start:end]`` that name the signer and the speaker read from them (views of those lines, which stay where
    they stand, as a letter's signature does), else ``None``. ``body`` is the document's text; only dates and a
    closing contact block (:func:`~pipeline.segment.sections.contact_block`) may stand under the signature;
    ``above``, the document's lines over ``body`` (its title block), is read for a meeting's attendance field;
    ``contact`` false where the caller took the closing contact block off ``body`` already (``sections``' reading of
    a contact block under a signature: the block is found once).

    The signature is, read from the end: a close over it (``Yours sincerely,``, ``By order of the Board,``,
    ``敬具``: :func:`signature`); a signature's label over or before the name (``Signed:`` / ``Jane Okafor`` /
    ``Parish Clerk, Little Hamden Parish Council``); a name set after a dash on the last line (``— Helen Marsh,
    Headteacher``); a person's name over posts and offices in title case under a sentence's end or a close (``Jane
    Okafor`` / ``Town Clerk``; ``Yours sincerely,`` / a name / ``Honorary Secretary, Westfield Allotment Society``, a
    line longer than :func:`signature` reads); a Japanese officer's post and name, its organisation over it (``緑ヶ丘市教育委員会`` /
    ``教育長　佐藤 花子``) under a date or a sentence's end; a Japanese issuing office with no name under its date
    (``青葉市教育委員会　生涯学習課``: :func:`japanese_issuer`); or, where none of these stands, an English signature on
    one line before its means of contact or over it (``Jane Okafor, Town Clerk, Email …``, ``Jane Okafor`` / ``Town
    Clerk`` / ``Tel. …``: the document's only signature, no contact heading over it). A contact block's person under
    its heading (``問い合わせ先`` / ``担当　鈴木``) or a press release's (``Lars Eriksen`` / ``Press Officer`` / ``+47
    …`` under ``PRESS RELEASE``) is never the signer, nor a post with no name but under a close (the letter's rule, :func:`signature`);
    a meeting's record (an attendance field, ``Present: …``) has none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _, _, sp = closing_signer(mk("The lane is closed in May.", "Signed:", "Jane Okafor", "Parish Clerk"))
    >>> sp.name.text, sp.affiliation.text
    ('Jane Okafor', 'Parish Clerk')
    >>> _, _, sp = closing_signer(mk("改定します。", "令和6年4月1日", "緑ヶ丘市長　山田 太郎"))
    >>> sp.name.text, sp.affiliation.text
    ('山田 太郎', '緑ヶ丘市長')
    >>> closing_signer(mk("お願いします。", "問い合わせ先", "市民課　担当 鈴木", "電話 0123-45-6789")) is None
    True
    """
    from pipeline.segment.events import is_press_label
    from pipeline.segment.sections import contact_block, signature_line, signed_contact_pieces, signed_pieces
    from pipeline.segment.names import MAX_POSTED_NAME_GAPS, lost_glyph_name_no_clause

    while len(body) > 1 and (folio := page_number(body[-1].text.strip(" \u3000\t"))) is not None \
            and (folio.shaped or _set_apart_piece(body[-1])):
        # the last page's folio under the signature (``－ ２ －``), where the caller's lines still hold the page's
        # furniture: no part of it (fresh-user trial 78d's temple leaflet, whose signer had gone unread); bare digits
        # too where they are the piece of a line set apart after its head (the journal foot's ``1043`` after ``学会誌
        # 第49巻 第12号 (2026)``, whose head the furniture reader took: session 81, trial 80d's society notice)
        body = body[:-1]
    texts = [t.text.strip(" \u3000\t") for t in body]
    if any(_ATTENDANCE_OPENING.match(t.text.strip(" \u3000\t")) for t in [*(above or []), *body]):
        return None
    issued = chinese_issuer(body)
    if issued is not None:
        return issued
    heading, contact = contact_block(body) if contact else (None, [])
    if (heading is not None or contact) and len(body) > 1 and _set_apart_right(body[-2], body[-1]):
        # a notice's signature set apart far right under its contact block (``お問い合わせ`` / ``…社務所　電話 …`` /
        # blank / ``　　　…氷川神社宮司　東角井 光臣``): the block's lines end over it (session 74, fresh-user trial 74b)
        signed = _japanese_signer(body, len(body))
        if signed is not None:
            return signed
    end = heading if heading is not None else (contact[0] if contact else len(body))
    # means of contact closing the document that the contact block did not take (a signature over a press release's
    # contact, ``Lars Eriksen`` / ``Press Officer`` / ``+47 …``, keeps the block from reading them), and the person set
    # over them, up to two lines: a contact's, read only as the document's only signature (below). (The person is read
    # by its own rule, not the contact block's ``sections._signed_above``: no prose need stand over it, and a date, a
    # close or a signature's label is never the person.)
    means = closing_means(texts)
    person = means
    while means < len(body) and person > 0 and means - person < 2 and _contact_person(texts[person - 1]):
        person -= 1
    end = min(end, person)
    while end > 0 and (is_date_line(texts[end - 1]) or re.match(r"^Date[ \t]*:", texts[end - 1])):
        end -= 1
    if end == 0:
        return None
    closed = signature(body[:end])
    if closed is not None and closed[1] < end and closed[2] is not None \
            and signatories(body[closed[0]:closed[1]]) == closed[1] - closed[0] \
            and all(_FIELD_UNDER_SIGNATORIES.match(t) for t in texts[closed[1]:end] if t):
        # an open letter's signatories over the address to reply to (``Reply to: Friends of …, c/o 4 Orchard Row``):
        # the field is the letter's, under its signature (session 75, helper letter75)
        end = closed[1]
    if closed is not None and closed[1] == end:
        start, stop, name_at = closed
        if name_at is not None:
            return start, stop, signer(body[start:stop], name_at)
        from pipeline.segment.front import speaker_of

        return start, stop, speaker_of(body[start:stop])
    for k in range(end - 1, max(end - 1 - MAX_CLOSING_SIGNER_LINES, -1), -1):
        m = _SIGNED_LABEL.match(texts[k])
        if m is None or not signature_line(texts[k]):
            continue
        lead = len(body[k].text) - len(body[k].text.lstrip(" \u3000\t"))
        value = texts[k][m.end():].strip(" _.…‥")
        if value and signed_pieces(texts[k + 1:end]):
            found = _english_signer(body[k], lead + texts[k].index(value), body[k + 1:end])
            return (k, end, found) if found is not None else None
        if not value and k + 1 < end and signed_pieces(texts[k + 2:end]):
            found = _english_signer(body[k + 1], len(body[k + 1].text) - len(body[k + 1].text.lstrip()), body[k + 2:end])
            return (k + 1, end, found) if found is not None else None
        return None
    last = texts[end - 1]
    for j in range(end - 1, max(end - 1 - MAX_CLOSING_SIGNER_LINES, -1), -1):
        # a dash's signer: ``— Helen Marsh, Headteacher`` on the last line, or the name alone after the dash, its post
        # on the lines under it or none (``— Jane Roe`` / ``Director``: fresh-user trial 64e), under a sentence's end
        # (a list's dashed items, ``- Anne Lee`` / ``- Tom Reyes``, sign nothing)
        if (m := _DASH_SIGNER.match(texts[j])) is None:
            continue
        pieces = texts[j][m.end():].split(",")[1:] + [p for t in texts[j + 1:end] for p in t.split(",")]
        over = next((texts[k] for k in range(j - 1, -1, -1) if texts[k]), "")
        if (signed_pieces(pieces, titled=True) if pieces else is_person_name(texts[j][m.end():].strip())) \
                and (pieces and j == end - 1 or over.endswith(_SENTENCE_CLOSE)) and not _DASH_SIGNER.match(over):
            lead = len(body[j].text) - len(body[j].text.lstrip())
            found = _english_signer(body[j], lead + m.end(), body[j + 1:end])
            if found is not None:
                return j, end, found
        break
    if script_of(last) == EN:
        for j in range(end - 1, max(end - 1 - MAX_CLOSING_SIGNER_LINES, 0), -1):
            # (a name with a glyph lost, ``Gareth Pe�berton``, its post and organisation under it vouching for it:
            # trial 78's bus notice, helper kanri78; the name keeps its gap, never filled)
            under = [p for t in texts[j + 1:end] for p in t.split(",")]
            if not (texts[j - 1].endswith(_SENTENCE_CLOSE) or is_closing(texts[j - 1])):
                continue
            if signed_on_one_line(texts[j]) and (not under or signed_pieces(under, titled=True)):
                pass  # ``Helen Kwiatkowska, Secretary`` closing a report (fresh-user trial 78d): :func:`signed_on_one_line`
            elif not (is_person_name(texts[j]) or (GAP in texts[j] and lost_glyph_name_no_clause(texts[j], MAX_POSTED_NAME_GAPS))) \
                    or not signed_pieces(under, titled=True):
                continue
            found = _english_signer(body[j], len(body[j].text) - len(body[j].text.lstrip()), body[j + 1:end])
            if found is not None:
                return j, end, found
    dated = _dated_signer(body, end)
    if dated is not None:
        return dated
    found_ja = judgment_signers(body, end, above) or english_judge_signers(body, end, above) or _japanese_signer(body, end) or _korean_signer(body, end) \
        or japanese_issuer(body, end, above) or english_issuer(body, end, above)
    # (the Korean line is Hangul words alone; an office with no name last, in Japanese or English)
    if found_ja is None and heading is None and person < means and script_of(texts[person]) == JA:
        # a Japanese officer signing over a means of contact of his own with no contact heading over it (``令和７年11月１日``
        # / ``桜ヶ丘三丁目町内会`` / ``会長　山田 正雄`` / ``（連絡先　090-…）``, fresh-user trial 80a's circular): the
        # officer's line read as a contact's person had left no signer; a contact's person (``担当　鈴木``) is still none
        # ``市民課　鈴木 一郎`` / ``電話 …`` alone is whom to ask: the officer must sign under the organisation's line
        # (and with a post before the name: ``市民課`` / ``鈴木 一郎`` / ``電話 …`` names a desk's person, no officer)
        from pipeline.segment.names import speaker_split

        posted = (at := speaker_split(texts[means - 1])) is not None and at > 0
        found_ja = own if posted and (own := _japanese_signer(body, means)) is not None and own[0] < means - 1 else None
    if found_ja is not None:
        return found_ja
    if heading is not None or any(is_press_label(t.text) for t in [*(above or []), *body]):
        return None  # a contact under its heading, a press release's contact: whom to ask, never who signs
    if person < means and script_of(texts[person]) == EN and is_person_name(texts[person]) \
            and signed_pieces([p for t in texts[person + 1:means] for p in t.split(",")], titled=True):
        # the document's only signature: a name and its post over the means of contact (``Jane Okafor`` / ``Town
        # Clerk`` / ``Tel. …``), no contact heading over them
        found = _english_signer(body[person], len(body[person].text) - len(body[person].text.lstrip()), body[person + 1:means])
        if found is not None:
            return person, means, found
    if person == means - 1 and person > 0 and signed_on_one_line(texts[person]) \
            and (texts[person - 1].endswith(_SENTENCE_CLOSE) or is_closing(texts[person - 1])):
        # the document's only signature: a name and its post on one line over the means of contact (``Helen
        # Kwiatkowska, Secretary`` / ``secretary@…``), under the text's last sentence (fresh-user trial 78d)
        found = _english_signer(body[person], len(body[person].text) - len(body[person].text.lstrip()), [])
        if found is not None:
            return person, means, found
    if contact == [len(body) - 1] and (k := signed_contact_pieces(texts[-1])) is not None and k >= 2:
        # the document's only signature: an English signature on one line before its means of contact
        line = body[-1]
        lead = len(line.text) - len(line.text.lstrip())
        pieces = texts[-1].split(",")
        upto = lead + sum(len(p) + 1 for p in pieces[:k]) - 1
        found = _english_signer(line[:upto], lead, [])
        if found is not None:
            return len(body) - 1, len(body), found
    return None
