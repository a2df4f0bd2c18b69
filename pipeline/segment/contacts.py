"""A contact line read once: its label and value (``電話　0265-00-1234``, ``E-mail: info@example.org``,
``【問合せ】…事務局``), whether the value is a means of contact itself (a telephone number, an e-mail address), and the
pieces a contact set on one line parts into (``問い合わせ　総務課　電話 0123-45-6789``).

The words are :mod:`.labels`' (:data:`~.labels.CONTACT_LABELS`, :data:`~.labels.CONTACT_HEADINGS`,
:func:`~.labels.is_contact_heading`, :func:`~.labels.contact_lead`): a contact word is also a form's field and a
contact block's heading, so the closed lists stand together there. Here stand the shapes and the four decisions the
segment stage takes on a line, each on this one reading; they differ on purpose, by what their callers need:

- :func:`contact_line`: a means of contact, its label's or alone (``TEL　03-…``, ``info@example.org``). The widest:
  a closing contact block's lines, an opening's or a letter's fields, a masthead's telephone, a slide's speaker
  lines, each asks only whether the line gives a means of contact.
- :func:`labelled_contact`: only under its label, behind a mark or not, or a contact block's bracketed heading and its
  office. Paragraph joining keeps such a line its own, whatever the line before ends on; a number alone is left out,
  as a sentence may wrap before one.
- :func:`one_line_contact`: a whole contact block on one line, the heading's words first, then its pieces, one a means
  of contact (glued to its label or an extension too). Closes a document as its contact block, or heads nothing in a
  newsletter.
- :func:`ends_on_contact`: only the last piece of a line, a means of contact: its value ends at the line's end, so a
  full line of that shape ends its paragraph at a blank line.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from pipeline import lazyre
from pipeline.model import GAP
from pipeline.segment.labels import (CONTACT_HEADINGS, CONTACT_LABELS, CONTACT_PERSON, GLUED_CONTACT_LABELS, contact_lead,
                                     is_contact_heading)
from pipeline.segment.wraps_en import ends_sentence

MAX_CONTACT_LINE = 80
"""Characters a contact block's line has at most."""
EMAIL_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
"""An e-mail address (the one pattern: a contact line's, an author's address line, an author's note)."""
EMAIL = lazyre.compile(rf"^{EMAIL_ADDRESS}$")
"""An e-mail address alone (:data:`EMAIL_ADDRESS`)."""
_PHONE = lazyre.compile(r"^(?:[+＋]\s?)?[(（]?[0-9０-９]{1,8}[)）]?"
                        r"(?:(?:[\s\-－‐‑–−ー.]|(?<=[)）]))[(（]?[0-9０-９]{1,8}[)）]?){1,4}$")
"""(``−``, U+2212, is the minus clean gives a full-width ``－`` between a telephone number's groups: trial 55b; an area
code in brackets runs straight on, ``（0152）73-1111``: fresh-user trial 57.)"""
_BRACKETED_NOTE = lazyre.compile(r"\s*[（(][^（）()]{1,15}[）)]$")
"""A short note in brackets closing a value (``（代表）``, ``(main line)``, ``（平日9時～17時）``)."""


def contact_value(value: str) -> bool:
    """A value that is a means of contact itself: an e-mail address or a telephone number (9 to 15 digits in groups: a
    date, ``2025-04-12``, or a span of years has fewer), a note in brackets after it allowed (``0265-55-1111（代表）``,
    ``(main line)``; fresh-user trial 60b: the masthead's ``電話 0265-55-1111（代表）`` had headed the newsletter).

    >>> contact_value("0265-55-1111（代表）"), contact_value("0265-55-1111 (平日9時～17時)"), contact_value("2025-04-12（土）")
    (True, True, False)
    """
    value = _BRACKETED_NOTE.sub("", value.strip()).strip()
    return EMAIL.match(value) is not None \
        or (_PHONE.match(value) is not None and 9 <= sum(c.isdigit() for c in value) <= 15)


class ContactField(NamedTuple):
    """A contact line's label and value as :func:`contact_field` reads them; ``parted`` says what stands between them:
    ``"colon"``, ``"ideographic"`` (an ideographic space), ``"space"`` (a plain space) or ``"brackets"`` (the label in
    ``【…】``, the value after it)."""
    label: str
    value: str
    parted: str

    @property
    def gives_means(self) -> bool:
        """The label's value gives a means of contact: after a colon or an ideographic space any value (``担当：山口``),
        after a plain space only an address or a number (``Contact us if …`` is a sentence)."""
        return self.parted in ("colon", "ideographic") or contact_value(self.value)


_CONTACT_FIELDS = (("colon", re.compile(r"^(?P<label>[^:：\u3000]{1,20}?)\s?[:：]\s*(?P<value>\S.*)$")),
                   ("ideographic", re.compile(r"^(?P<label>[^\s:：]{1,12}?)\u3000+(?P<value>\S.*)$")),
                   ("space", re.compile(r"^(?P<label>[^\s:：]{1,12})\s+(?P<value>\S.*)$")))
"""A contact line's label and value: before a colon, before an ideographic space, or before a plain space (then the
value must be an address or a number itself)."""
_CONTACT_BRACKETED = lazyre.compile(r"^[【〔［\[]\s*(?P<label>[^】〕］\]]{1,12}?)\s*[】〕］\]]\s*(?P<value>\S.*)$")
"""A contact label or heading in brackets with its value after it on the line (``【問合せ】さくら台地区…事務局``)."""


def contact_field(s: str) -> ContactField | None:
    """The contact label (:data:`~.labels.CONTACT_LABELS`, any case) opening ``s`` and its value, in the first of the
    shapes :data:`_CONTACT_FIELDS` whose label is one; else a contact label or heading in brackets before its value
    (:data:`_CONTACT_BRACKETED`); ``None`` where none opens it.

    >>> contact_field("TEL　03-1234-5678"), contact_field("【問合せ】広報課").parted, contact_field("電話で申し込む")
    (ContactField(label='TEL', value='03-1234-5678', parted='ideographic'), 'brackets', None)
    """
    for parted, shape in _CONTACT_FIELDS:
        m = shape.match(s)
        if m is not None and m.group("label").casefold() in CONTACT_LABELS:
            return ContactField(m.group("label"), m.group("value"), parted)
    m = _CONTACT_BRACKETED.match(s)
    if m is not None and ((label := m.group("label").strip().casefold()) in CONTACT_LABELS or label in CONTACT_HEADINGS):
        return ContactField(m.group("label"), m.group("value"), "brackets")
    return None


def _fits(s: str) -> bool:
    """A stripped line short enough for a contact's (:data:`MAX_CONTACT_LINE`) and no table's row (no TAB)."""
    return bool(s) and len(s) <= MAX_CONTACT_LINE and "\t" not in s


_ROUND_BRACKETED = re.compile(r"^[（(]([^（）()]+)[）)]$")
"""A line wholly in one pair of round brackets, full-width or ASCII; group 1 what they hold."""


def contact_line(text: str) -> bool:
    """A line that gives a means of contact: a contact label and its value (:data:`~.labels.CONTACT_LABELS`: ``担当：山口
    由美子``, ``TEL　03-1234-5678``, ``E-mail: info@example.org``; after a plain space only when the value is an address
    or a number, ``Tel 01632 960123``: ``Contact us if …`` is a sentence), or an e-mail address or a telephone number
    alone on its line. Never a line over :data:`MAX_CONTACT_LINE` characters or a table's row; a label in brackets is a
    heading's, no means (:func:`labelled_contact` takes it).

    >>> contact_line("担当：山口 由美子"), contact_line("TEL　03－1234－5678"), contact_line("E-mail: info@example.org")
    (True, True, True)
    >>> contact_line("Tel 01632 960123"), contact_line("info@example.org"), contact_line("Contact us if you need help.")
    (True, True, False)
    >>> contact_line("電話で申し込んでください。"), contact_line("2024-2025"), contact_line("【問合せ】広報課")
    (False, False, False)

    A contact line set wholly in round brackets is one too (``（連絡先　090-1234-5678）`` under a circular's signer,
    fresh-user trial 80a: the signature over it had gone unread); a bracketed remark is not (``（電話でも受け付けます）``).

    >>> contact_line("（連絡先　090-1234-5678）"), contact_line("(Tel: 01632 960123)"), contact_line("（電話でも受け付けます）")
    (True, True, False)

    Means set side by side on one line, parted by a middle dot, a bar or a slash between spaces, are one contact line
    where each is one (``TEL 0123-45-6789 / FAX 0123-45-6790``, ``Tel 01632 960123 · info@example.org``: helper
    close82, a newsletter's foot whose telephone and fax line had been read as its English title).

    >>> contact_line("TEL 0123-45-6789 / FAX 0123-45-6790"), contact_line("Tel 01632 960123 · info@example.org")
    (True, True)
    >>> contact_line("Mon / Fri 9-5"), contact_line("Tel 01632 960123 / ask for Jo")
    (False, False)
    """
    s = text.strip()
    if (inner := _ROUND_BRACKETED.match(s)) is not None:
        s = inner.group(1).strip()
    if not _fits(s):
        return False
    field = contact_field(s)
    if contact_value(s) or (field is not None and field.parted != "brackets" and field.gives_means):
        return True
    pieces = _SIDE_BY_SIDE.split(s)
    return len(pieces) > 1 and all(p and contact_line(p) for p in pieces)


_SIDE_BY_SIDE = re.compile(r"\s+[·•|/／]\s+")
"""What parts means of contact set side by side on one line: a middle dot, a bullet, a bar or a slash between spaces."""


def closing_means(texts: Sequence[str]) -> int:
    """Where the run of lines (or a line's pieces) that close ``texts``, each a means of contact (:func:`contact_line`),
    opens: an index of ``texts``, ``len(texts)`` where the last gives none. The one reading of a document's closing
    means of contact for its contact block (``sections.contact_block``), a signature over it
    (:func:`~.letters.closing_signer`) and a signature set on one line before them (``sections.signed_contact_pieces``).

    >>> closing_means(["Jane Roe", "Tel: 01632 960123", "info@example.org"]), closing_means(["Tel: 01632 960123", "Thanks."])
    (1, 2)
    """
    k = len(texts)
    while k > 0 and contact_line(texts[k - 1]):
        k -= 1
    return k


_MARKS = "■□◆◇●○◎"
"""Marks a notice sets before a contact line (``■電話：…``)."""


def labelled_contact(text: str) -> bool:
    """A line that gives a means of contact under its label (:func:`contact_line`'s labelled shapes: ``電話　012-…``,
    ``TEL：…``, ``メール：…``, ``FAX　…``, ``住所：…``, ``URL：…``, behind a mark or not, ``■電話：…``), or a contact
    block's first line, its heading in brackets with the office after it (``【問合せ】さくら台地区まちづくり協議会事務局``).
    Such a line opens its own line: never a wrap of the line before it, however that line ends (trial 53's
    newsletter: ``…協議会事務局`` / ``電話　012-345-6789…`` had been joined into ``事務局電話``). A telephone number or
    an address alone (no label) is left out: a sentence may wrap before one.

    >>> labelled_contact("電話　012-345-6789（平日9時～17時）"), labelled_contact("TEL：098-765-4321"), labelled_contact("■メール：a@b.jp")
    (True, True, True)
    >>> labelled_contact("【問合せ】さくら台地区まちづくり協議会事務局"), labelled_contact("【お問い合わせ】市民課")
    (True, True)
    >>> labelled_contact("電話で申し込んでください。"), labelled_contact("info@example.org"), labelled_contact("【概要】本事業は…")
    (False, False, False)
    """
    s = text.strip().lstrip(_MARKS).strip()
    field = contact_field(s) if _fits(s) else None
    return field is not None and (field.parted == "brackets" or field.gives_means)


PREDICATE_BEFORE_LOST = re.compile(f"(?:ます|ました|ません|です|でした|ください|である){GAP}$")
"""A Japanese sentence's polite or written predicate, then the one lost glyph that ends the line (its 。 lost: a
title, an office or a person ends on no such predicate and a mark after it)."""


def lost_stop(text: str) -> bool:
    """A Japanese sentence whose stop was lost: at least 8 characters, a predicate then the lost glyph last
    (:data:`PREDICATE_BEFORE_LOST`; ``…お申し込みください\ufffd``, a Shift_JIS line read as CP1252 whose 。 lost its lead
    byte).

    >>> lost_stop("新しい蔵書検索システムを導入します\ufffd"), lost_stop("若葉市役所　文化振興\ufffd"), lost_stop("です\ufffd")
    (True, False, False)
    """
    s = text.strip()
    return len(s) >= 8 and PREDICATE_BEFORE_LOST.search(s) is not None


def contact_shaped(text: str) -> bool:
    """A contact block's line by its shape: a means of contact (:func:`contact_line`), or a short line that ends no
    sentence (an office, a person, an address). A sentence whose stop was lost (:func:`lost_stop`) ends one: fresh-user
    trial 65c's mojibake notice, whose last sentence ``…お申し込みください\ufffd`` over ``問い合わせ　若葉市役所　文化振興課``
    had been read as the contact block's office line and moved to ``front``.

    >>> contact_shaped("若葉市役所　文化振興課"), contact_shaped("若葉市役所　文化振興\ufffd")
    (True, True)
    >>> contact_shaped("\ufffd品を希望する方は\ufffd10月3日までに文化\ufffd興課へお\ufffdし\ufffdみください\ufffd")
    False
    """
    s = text.strip()
    return contact_line(s) or (0 < len(s) <= MAX_CONTACT_LINE and "\t" not in s and not s.endswith(("。", "．", "！", "？", "!", "?"))
                               and not (s.endswith(".") and " " in s and ends_sentence(s)) and not lost_stop(s))


_PIECE_GAP = r"\u3000+|[ \t]{2,}"
"""What parts a contact line's pieces: an ideographic space, two spaces or more (``問い合わせ　健康づくり課　電話 …``)."""
_PIECES = re.compile(_PIECE_GAP)
_PIECES_OR_COLON = re.compile(_PIECE_GAP + r"|(?<![0-9０-９])[:：][ \u3000]*|[:：](?![0-9０-９])[ \u3000]*")
"""(A colon between two digits is a time's, ``（平日 9:00〜17:00）``, no label's: fresh-user trial 81a's bus notice,
whose contact line had been cut inside its hours and read as no contact: helper close82.)"""


def contact_pieces(text: str, colons: bool = False) -> list[str]:
    """The pieces of a contact set on one line, parted by :data:`_PIECE_GAP` (and by a colon where ``colons``: a
    one-line contact's heading may stand before one, ``担当：美幌町経済部　電話…``), empty ones left out.

    >>> contact_pieces("担当：総務課\u3000電話 0123-45-6789"), contact_pieces("担当：総務課\u3000電話 0123", colons=True)
    (['担当：総務課', '電話 0123-45-6789'], ['担当', '総務課', '電話 0123'])
    >>> contact_pieces("問い合わせ：営業課\u3000電話 0266-52-0000（平日9:00〜17:00）", colons=True)
    ['問い合わせ', '営業課', '電話 0266-52-0000（平日9:00〜17:00）']
    """
    return [p for p in (_PIECES_OR_COLON if colons else _PIECES).split(text) if p]


_GLUED_LABEL = lazyre.compile(r"^(?:" + "|".join(map(re.escape, GLUED_CONTACT_LABELS)) + r")[ 　]*")
"""A means of contact's label set straight before its value (``電話072-…``: :data:`~.labels.GLUED_CONTACT_LABELS`)."""
_EXTENSION = lazyre.compile(r"^内線[ 　]*[:：]?[ 　]*[0-9０-９]{1,5}$")
"""An office's extension number on the town hall's line (``内線215``): a means of contact as a telephone number is, on
a municipal newsletter's article's contact line (fresh-user trial 60)."""


def _piece_gives_means(piece: str) -> bool:
    """A one-line contact's piece that gives a means of contact: a contact line (:func:`contact_line`), a number glued
    to its label (``電話072−615−0111``) or an office's extension (``内線215``)."""
    return contact_line(piece) or contact_value(_GLUED_LABEL.sub("", piece)) or _EXTENSION.match(piece) is not None


_LIST_COMMA = lazyre.compile(r",[ \t]+|[、，]")
"""What parts a one-line contact's pieces after its heading besides :data:`_PIECE_GAP`: a comma (``Tom Reyes,
503-555-0142``), a Japanese one (``総務課、電話 …``)."""


def one_line_contact(text: str) -> bool:
    """A contact block set on one line: a contact heading's words, an office or person and a means of contact, each
    piece no sentence (:func:`contact_shaped`; ``sections.contact_block``). The heading's words may stand in brackets
    glued to the office, and a notice's ``（担当）`` is such a heading (``（担当）総務課　佐藤　電話 045-123-4567``,
    ``（問い合わせ）北浜町健康福祉課　電話…``: a notice's foot under its ``以上``; helper notice57, where it had stayed the
    last item's paragraph). A means of contact glued to its label or an office's extension counts here
    (:func:`_piece_gives_means`): the heading and the office before it already say the line is a contact.

    >>> one_line_contact("（担当）総務課\u3000佐藤\u3000電話045-123-4567"), one_line_contact("（注）雨天の場合は中止します。")
    (True, False)
    >>> one_line_contact("担当：美幌町経済部\u3000電話（0152）73-1111"), one_line_contact("担当\u3000山田 一郎")
    (True, False)
    >>> one_line_contact("問い合わせ\u3000総務課 防災係\u3000内線215"), one_line_contact("問い合わせ\u3000総務課 防災係")
    (True, False)
    >>> one_line_contact("問い合わせ 市立図書館 電話 0277-12-3456"), one_line_contact("問い合わせ 市立図書館まで")
    (True, False)
    >>> one_line_contact("Media contact: Tom Reyes, 503-555-0142"), one_line_contact("Media contact: Tom Reyes, Press Office")
    (True, False)
    """
    s = text.strip()
    lead = contact_lead(s)
    if lead is not None:
        pieces = [lead[0]] + contact_pieces(s[lead[1]:], colons=True)
        headed = True
    else:
        pieces = contact_pieces(s, colons=True)
        # a notice's ``担当`` before its office is such a heading unbracketed too (``担当　環境保全課　電話…``,
        # ``担当：美幌町経済部…　電話…``: fresh-user trial 57, where the foot had stayed the last item's paragraph)
        headed = bool(pieces) and (is_contact_heading(pieces[0]) or pieces[0] in CONTACT_PERSON)
    if len(pieces) < 2 and lead is None:
        # the pieces parted by plain spaces (``問い合わせ 市立図書館 電話 0277-12-3456``: fresh-user trial 63c, where each
        # article's contact line had headed a section): the heading's words first, the means of contact last
        words = s.split(" ")
        if len(words) >= 3 and is_contact_heading(words[0]) and contact_line(" ".join(words[-2:])):
            pieces, headed = [words[0], *words[1:-2], " ".join(words[-2:])], True
    if len(pieces) < 2 or len(s) > MAX_CONTACT_LINE or not headed:
        return False
    # after its heading, a contact's pieces may be parted by commas (``Media contact: Tom Reyes, 503-555-0142,
    # press@…``, ``問い合わせ：総務課、電話 …``: fresh-user trial 70c, where a press release's contact had stayed the
    # boilerplate section's last paragraph)
    rest = [q for p in pieces[1:] for q in _LIST_COMMA.split(p) if q]
    return all(contact_shaped(p) for p in rest) and any(_piece_gives_means(p) for p in rest)


def office_and_means(text: str) -> bool:
    """A line naming an office or a person, then its means of contact after a comma (``Parks Office, tel. 01632
    960555``, ``Adult Learning Team, email learning@…``): each piece (:data:`_LIST_COMMA`, :func:`contact_pieces`) no
    sentence (:func:`contact_shaped`), the first no means itself and one after it a means (:func:`_piece_gives_means`).
    The line under a contact heading names the office the heading asks readers to contact; with no heading's words on
    it, :func:`one_line_contact` does not read it (helper en84, sect83's open fault: a lower-case ``tel.`` after a comma).

    >>> office_and_means("Parks Office, tel. 01632 960555"), office_and_means("Parks Office, Riverside Park")
    (True, False)
    >>> office_and_means("Call us, if you can, on 01632 960555."), office_and_means("tel. 01632 960555")
    (False, False)
    """
    s = text.strip()
    if len(s) > MAX_CONTACT_LINE or s.endswith((".", "。", "!", "?")):
        return False
    pieces = [q for p in contact_pieces(s, colons=True) for q in _LIST_COMMA.split(p) if q.strip()]
    return len(pieces) >= 2 and all(contact_shaped(p) for p in pieces) and not _piece_gives_means(pieces[0]) \
        and any(_piece_gives_means(p) for p in pieces[1:])


def ends_on_contact(text: str) -> bool:
    """A line whose last piece (:func:`contact_pieces`, colons kept in their piece) is a means of contact
    (:func:`contact_line`): its value ends at the line's end, so a full line of that shape before a blank line is no
    page's last line running on (fresh-user trial 63b: a newsletter's ``問い合わせ　健康づくり課　本庁舎 3階　電話
    0123-45-6789`` over a blank line and the next article's headline had become one paragraph, since the line filled
    the measure and ended on no sentence's mark). The piece is read alone, as a line: no heading before it is asked
    for, so a number glued to its label (read by :func:`one_line_contact` under a heading) is not taken.

    >>> ends_on_contact("問い合わせ　健康づくり課　本庁舎 3階　電話 0123-45-6789"), ends_on_contact("電話 0123-45-6789")
    (True, True)
    >>> ends_on_contact("詳しくは市のホームページをご覧くださ"), ends_on_contact("会場は本庁舎の3階")
    (False, False)
    """
    pieces = contact_pieces(text.strip())
    return bool(pieces) and contact_line(pieces[-1])


_PARTICLE_END = lazyre.compile(r"(?:は|を|に|へ|で|と|も|が|の|や|まで|から|より|ので|ため)$")
"""A Japanese particle closing a piece: the piece is a clause of a sentence going on (``詳しくは　電話 …``), no office,
body or address."""
_POSTAL_MARK = "〒"
"""The postal mark before a Japanese postcode: a piece holding it is an address."""


def contact_foot_line(text: str) -> bool:
    """A closing block set on one line with no contact heading: who (an office, a body, a person; an address) and
    then how, a means of contact closing the line (:func:`contact_line`), at least one piece before it, each no
    sentence nor a clause of one (:func:`contact_shaped`, no particle closing it: :data:`_PARTICLE_END`). The pieces
    are parted as a contact's are (:data:`_PIECE_GAP`: ``浄光寺　寺務所　電話 0263-54-0000（午前9時〜午後5時）``), or by
    single spaces where an address with its postal mark stands before the means (``さくら内科クリニック 〒123-4567
    ○○市桜町1-2-3 TEL 012-345-6789``). A means alone, or one under its heading's words, is read by
    :func:`contact_line` and :func:`one_line_contact`.

    Why (issue 16, helper close82, fresh-user trials 81a and 81c): a temple newsletter's office and telephone line
    and a clinic newsletter's name, address and telephone closing the document had been the last article's
    paragraph; they are its closing block (``paper.closing``), as a contact line under its heading's words is.
    ``sections.contact_block`` reads it only as the document's last line, the line over it no such line.

    >>> contact_foot_line("浄光寺\\u3000寺務所\\u3000電話 0263-54-0000（午前9時〜午後5時）")
    True
    >>> contact_foot_line("さくら内科クリニック 〒123-4567 ○○市桜町1-2-3 TEL 012-345-6789")
    True
    >>> contact_foot_line("詳しくは\\u3000電話 0123-45-6789"), contact_foot_line("電話 0123-45-6789")
    (False, False)
    >>> contact_foot_line("申し込みは受付センター（電話 0120-53-0000）で受け付けています。")
    False
    >>> contact_foot_line("市民会館 大ホール 電話 0123-45-6789")  # plain spaces and no address: a list's item too
    False
    >>> contact_foot_line("Riverside Community Trust · 14 Mill Lane, Ashby AB1 2CD · 01632 960123")
    True
    """
    s = text.strip()
    if not _fits(s) or contact_line(s):
        return False
    pieces = contact_pieces(s)
    if len(pieces) < 2:
        pieces = [p for p in _SIDE_BY_SIDE.split(s) if p]  # ``Riverside Community Trust · 14 Mill Lane, … · 01632 …``
    if len(pieces) >= 2 and contact_line(pieces[-1]):
        who = pieces[:-1]
    else:
        words = s.split(" ")
        at = next((j for j in range(1, len(words)) if contact_line(" ".join(words[j:]))), None)
        if at is None or not any(_POSTAL_MARK in w for w in words[:at]):
            return False
        who = [" ".join(words[:at])]
    return all(contact_shaped(p) and not _PARTICLE_END.search(p.strip()) and "。" not in p for p in who)


_REGISTRATION_PIECE = lazyre.compile(
    r"^(?:(?:registered\s+)?(?:charity|company(?:\s+limited\s+by\s+guarantee)?|vat|cio|scottish\s+charity"
    r"|charitable\s+incorporated\s+organi[sz]ation)(?:\s+registration)?|registered|registration|charity\s+commission)"
    r"\s*(?:no\.?|number|num\.?|#)?\s*[:.]?\s*(?:[A-Z]{1,3}\s?)?[0-9][0-9 ]{3,12}"
    r"(?:\s*\((?:registered\s+in\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?\))?$"
    r"|^registered\s+in\s+england(?:\s+(?:and|&)\s+wales)?(?:\s+(?:no\.?|number))?\s*[:.,]?\s*[0-9]{6,8}$"
    r"|^(?:法人番号|(?:適格請求書発行事業者)?登録番号)[ \u3000]*[:：]?[ \u3000]*T?[0-9]{6,13}$",
    re.IGNORECASE)
"""One registration of the body that issues a document: a charity's, a company's or a VAT number under its label
(``Registered charity no. 1098765``, ``Company number 04567890``, ``Registered in England and Wales No. 01234567``,
``SC012345`` after a Scottish charity's label), a Japanese corporate or invoice number (``法人番号 1234567890123``,
``登録番号：T1234567890123``). A charitable company's own label and the register's country in brackets after the number
(``Company limited by guarantee no. 04567123 (England and Wales)``: the form the Companies Act 2006 and the Charities
(Accounts and Reports) Regulations 2008 ask an annual report to state; issue 16 point 2, helper toshin85, fresh-user
trial 85c, where the line had stayed the last section's paragraph)."""
_PUBLISHED_BY = lazyre.compile(r"^(?i:(?:(?:Printed|Edited)\s+and\s+)?(?:Published|Produced|Issued)\s+by\s+(?:the\s+)?)"
                               r"[A-Z][^\s]*(?:\s+(?:[A-Z0-9][^\s]*|of|and|for|the|on|in|&)){0,10}$")
"""A publisher's credit as an English periodical's foot prints it beside its registration (``Published by Ashcombe
Community Association``): the body's name in capitalised words, no sentence."""
_REGISTRATION_SEPARATOR = re.compile(r"\s+[·•|]\s+|\s*[;；]\s*|,\s+|\s{2,}|\u3000+")


def registration_line(text: str) -> bool:
    """A line that is only the issuing body's registration numbers (:data:`_REGISTRATION_PIECE`), one or several
    parted by a dot, a bar, a semicolon, a comma or a wide space (``Registered charity no. 1098765 · Company no.
    04567890``). It closes a charity's or a firm's document as its statutory line, a line of the closing block
    (``sections.contact_block``), never the last section's paragraph (issue 16, helper close82: fresh-user trial
    81c's annual review had it as a paragraph of ``4. Trustees``).

    >>> registration_line("Registered charity no. 1098765 · Company no. 04567890"), registration_line("法人番号 1234567890123")
    (True, True)
    >>> registration_line("Registered in England and Wales No. 01234567"), registration_line("Scottish charity no. SC012345")
    (True, True)
    >>> registration_line("Registered charity no. 1098765 · Company limited by guarantee no. 04567123 (England and Wales)")
    True
    >>> registration_line("Company no. 3 (Blue Team)"), registration_line("Charity no. 12345 (see page 4)")
    (False, False)
    >>> registration_line("Registered 1,200 new members"), registration_line("Company no. 3 won the relay.")
    (False, False)

    A means of contact or a web address may share the line with the numbers (``Contact: editor@example.org ·
    Registered charity no. 1023456``: a society newsletter's foot, issue 16 point 2, helper newsl85, trial 84b), one
    registration at least; the contact alone is none.

    >>> registration_line("Contact: editor@example.org · Registered charity no. 1023456"), registration_line("Contact: editor@example.org")
    (True, False)

    So may the publisher's credit (``Published by Ashcombe Community Association, registered charity no. 1104872``:
    :data:`_PUBLISHED_BY`, a town newsletter's foot, issue 16 point 2, helper newsb85, trial 85b).

    >>> registration_line("Published by Ashcombe Community Association, registered charity no. 1104872")
    True
    >>> registration_line("Published by the end of the year, we hope, no. 1104872")
    False
    """
    pieces = [p for p in _REGISTRATION_SEPARATOR.split(text.strip()) if p]
    registered = [_REGISTRATION_PIECE.match(p) is not None for p in pieces]
    # a line of registrations only may be longer than a contact line (two numbers with their labels and the register's
    # country run to some 95 characters); each piece is bounded by its own pattern
    return any(registered) and (len(text.strip()) <= MAX_CONTACT_LINE or all(registered)) \
        and all(r or contact_line(p) or web_address_line(p) or _PUBLISHED_BY.match(p) is not None
                for p, r in zip(pieces, registered))


_WEB_ADDRESS = lazyre.compile(r"^(?:(?:URL|Web(?:site)?|ホームページ|HP)[ \u3000]*[:：]?[ \u3000]*)?(?:https?://|www\.)[^\s\u3000]+$",
                              re.IGNORECASE)
"""A web address alone on its line, its label before it or not (``www.riversidetrust.org.uk``, ``URL：https://…``)."""


def web_address_line(text: str) -> bool:
    """A line that is only a web address (:data:`_WEB_ADDRESS`). Read at a document's end under its contact block or
    its address only (``sections.contact_block``): a reference's URL wrapped onto its own line is no contact.

    >>> web_address_line("www.riversidetrust.org.uk"), web_address_line("URL：https://example.jp/"), web_address_line("See www.x.org")
    (True, True, False)
    """
    return _WEB_ADDRESS.match(text.strip()) is not None
