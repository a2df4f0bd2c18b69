"""Lines joined into one text across scripts, the one rule for the lines segment joins whole: a title block's
affiliation lines (:mod:`.front`) and a slide's speaker notes (:mod:`.speakernotes`).

A Japanese line runs on into the next (Japanese sets no space between words, so a line break inside Japanese
text is no space); lines that end and start in anything else keep a space between them, as a line break in English
text is one. A line led by an affiliation's mark (``² 南北大学``) is another author's and kept apart whatever its
script. The paragraphs of a paper are joined by :func:`pipeline.segment.paragraphs.join_wraps`, which weighs
whether a line was wrapped at all; here every line is joined.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from pipeline.chardata import has_japanese
from pipeline.model import Text
from pipeline.segment.organisations import MARK


def joined_lines(parts: Iterable[Text]) -> Text:
    """``parts`` as one text: no space where a Japanese letter meets the break (on either side), else one inserted
    space; a line led by a mark (:data:`~pipeline.segment.organisations.MARK`) is always set apart by one.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> joined_lines(mk("Dept. of Physics", "²Kobe University")).text, joined_lines(mk("松山市", "国際交流課長")).text
    ('Dept. of Physics ²Kobe University', '松山市国際交流課長')
    >>> joined_lines(mk("¹ 東西大学 工学院", "² 南北大学")).text, joined_lines(mk("参加者の多くは", "120 名")).text
    ('¹ 東西大学 工学院 ² 南北大学', '参加者の多くは120 名')
    """
    pieces: list[Text] = []
    for part in parts:
        # a line led by an affiliation mark is another author's affiliation, kept apart whatever its script
        marked = re.match(MARK, part.text) is not None
        if pieces and (marked or not (has_japanese(pieces[-1].text[-1:]) or has_japanese(part.text[:1]))):
            pieces.append(Text.inserted(" "))
        pieces.append(part)
    return Text.join(pieces)


def speaker_text(parts: Iterable[Text]) -> Text:
    """A speaker's lines as ``speaker.text``: each line whole, an English line under an English line parted as English
    writes a credit on one line, by an inserted ``, `` (``Laura Bennett and Tomas Ruiz`` / ``Department of Urban
    Studies, Northfield University`` → ``Laura Bennett and Tomas Ruiz, Department of Urban Studies, Northfield
    University``, as ``Margaret Holloway, Director of Public Utilities, City of Greenhaven`` stands on one line; a line
    led by an affiliation's mark too, ``Anna Berg¹, Tom Lee²`` / ``¹ University of Bergen``, its mark parting it); a space
    where the upper line leaves its phrase open (a comma, a colon, ``and``, ``of``, a byline's ``By``) or the lower goes
    on in small letters or opens on a bracket, and between lines of other scripts (``松山市 国際交流課長 佐藤 一郎``, a
    Japanese line over its English twin), as before.

    Decision (issue 16 point 2, helper credit70; fresh-user trial 69d): a space alone had run a paper's two lines of
    authors and affiliation together (``Laura Bennett and Tomas Ruiz Department of Urban Studies, …``), and a
    signature's name and post (``Helen Marsh Town Clerk``), which read as one name. Each inserted separator is a run
    of its own in ``speaker_map`` (no raw character behind it). A comma, never ``; ``, before the marked lines: the
    addresses' town is read from the text's ``;``-parted pieces (``places.town_named_en``), each an affiliation.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> speaker_text(mk("Laura Bennett and Tomas Ruiz", "Department of Urban Studies, Northfield University")).text
    'Laura Bennett and Tomas Ruiz, Department of Urban Studies, Northfield University'
    >>> speaker_text(mk("Anna Berg¹, Tom Lee²", "¹ University of Bergen", "² Kyoto University")).text
    'Anna Berg¹, Tom Lee², ¹ University of Bergen, ² Kyoto University'
    >>> speaker_text(mk("Jane Doe", "14 Mill Lane")).text
    'Jane Doe, 14 Mill Lane'
    >>> speaker_text(mk("Anna Berg and", "Tom Lee")).text, speaker_text(mk("Jane Doe", "(Chair)")).text
    ('Anna Berg and Tom Lee', 'Jane Doe (Chair)')
    >>> speaker_text(mk("松山市", "国際交流課長 佐藤 一郎")).text, speaker_text(mk("田村 陽介", "Yosuke Tamura")).text
    ('松山市 国際交流課長 佐藤 一郎', '田村 陽介 Yosuke Tamura')
    """
    return _credit_lines(parts, japanese_run_on=False)


def _carried_letter_mark(lower: str, pieces: list[Text]) -> bool:
    """``lower`` opens on a letter mark (``a University of Bergen``: :func:`~.authors.leading_mark`) that a line over it
    carries after a name as a text dump sets it (``Ingrid Dahl a,b,*``, ``Ole Nygaard b``).

    >>> _carried_letter_mark("a University of Bergen", [Text.inserted("Ingrid Dahl a,b,*, Ole Nygaard b")])
    True
    >>> _carried_letter_mark("a note on the data", [Text.inserted("Ingrid Dahl")])
    False
    """
    from pipeline.segment.authors import leading_mark

    letter = leading_mark(lower)
    if letter is None or len(letter) != 1 or not letter.islower():
        return False
    carried = re.compile(rf"(?<=[\s,]){letter}(?=\s*[,*]|\s*$)")
    return any(carried.search(p.text) for p in pieces)


def _credit_lines(parts: Iterable[Text], japanese_run_on: bool, affiliations: bool = False) -> Text:
    """``parts`` joined as a credit's lines (:func:`speaker_text`): ``, `` between English lines, else one
    space, or nothing where a Japanese letter meets the break and ``japanese_run_on`` (:func:`joined_lines`' rule);
    with ``affiliations``, ``; `` (:data:`~.authors.AFFILIATION_SEP`) after an English line that closes an address on
    its country (:func:`_closes_on_country`) where another line follows: each is an affiliation of its own."""
    from pipeline.chardata import EN, script_of
    from pipeline.english_words import ends_on_connective_word
    from pipeline.segment.authors import AFFILIATION_SEP

    pieces: list[Text] = []
    for part in parts:
        if pieces:
            upper, lower = pieces[-1].text.rstrip(), part.text.lstrip()
            marked = re.match(MARK, lower) is not None
            sep = " "
            if script_of(upper) == EN and script_of(lower) == EN and upper and lower:
                # an e-mail address alone on its line is an item of its own, whatever its case (an author grid's
                # column, ``Hekla, Iceland`` / ``larst@affiliation.org``: helper paper73), never a phrase going on
                # (a line led by a letter mark an author carries, ``Ingrid Dahl a,b,*, Ole Nygaard b`` /
                # ``a University of Bergen, Norway``, opens an affiliation, no phrase going on in small letters:
                # helper prog81)
                if not (upper.endswith((",", ";", ":", "-", "–", "—", "/", "&", "(")) or ends_on_connective_word(upper)
                        or (lower[:1].islower() and not _EMAIL_ALONE.match(lower) and not _carried_letter_mark(lower, pieces))
                        or lower[:1] in "([（"):
                    sep = AFFILIATION_SEP if affiliations and _closes_on_country(upper) and not _EMAIL_ALONE.match(lower) \
                        else ", "
            elif japanese_run_on and not marked and (has_japanese(upper[-1:]) or has_japanese(lower[:1])):
                sep = ""
            if sep:
                pieces.append(Text.inserted(sep))
        pieces.append(part)
    return Text.join(pieces)


_EMAIL_ALONE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
"""An e-mail address alone on its line."""


_OWN_ORGAN = re.compile(r"^([市町村区])(?=長|議会)")
"""A post or organ a municipality names by its suffix alone under its name's line: its head (``市長``, ``町長``,
``区長``) or its assembly (``市議会議長``)."""


def affiliation_lines(parts: Iterable[Text]) -> Text:
    """A speaker's affiliation lines joined (:func:`joined_lines`), a municipality's head or assembly named by its
    suffix under the municipality's name joined as Japanese writes the post: ``西川市`` / ``市長`` → ``西川市長``, ``港区``
    / ``区長`` → ``港区長``, ``西川市`` / ``市議会議長`` → ``西川市議会議長`` (the suffix once; the line's own ``市``
    stays in ``speaker.text``). A post whose suffix opens no head's or assembly's name keeps it (``西川市`` / ``市民課長``
    → ``西川市市民課長``, ``副市長`` → ``西川市副市長``).

    Decision (helper city60, issue 16): ``西川市市長`` is no form Japanese writes, and a reader or a search for the
    mayor's post (``西川市長``) missed it; the post's own line is kept whole in the speaker's text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [affiliation_lines(mk(a, b)).text for a, b in (("西川市", "市長"), ("港区", "区長"), ("北浜町", "町長"),
    ...     ("西川市", "市議会議長"), ("西川市", "市民課長"), ("西川市", "副市長"), ("東都大学", "市長"))]
    ['西川市長', '港区長', '北浜町長', '西川市議会議長', '西川市市民課長', '西川市副市長', '東都大学市長']

    English lines are parted as :func:`speaker_text` parts them, by ``, `` (one affiliation set over lines reads as on
    one line: ``School of Environment`` / ``University of Westbrook`` → ``School of Environment, University of
    Westbrook``; helper credit70, with the speaker's text; it had been a space, the unit and its body run together):

    >>> affiliation_lines(mk("School of Environment", "University of Westbrook")).text
    'School of Environment, University of Westbrook'

    An English line that closes an address on its country ends its affiliation: the next line is another's, parted by
    ``; `` as ``speaker.affiliation`` parts two affiliations (helper paper72: two authors' unmarked affiliations,
    ``Kyoto University, Uji, Japan`` over ``School of Engineering, University of Glasgow, UK``, had read as one, and
    the first one's town as the paper's city):

    >>> affiliation_lines(mk("Kyoto University, Uji, Japan", "School of Engineering, University of Glasgow, UK")).text
    'Kyoto University, Uji, Japan; School of Engineering, University of Glasgow, UK'
    """
    out: list[Text] = []
    for part in parts:
        m = _OWN_ORGAN.match(part.text)
        if out and m is not None and out[-1].text.endswith(m.group(1)):
            part = part[m.end():]
        out.append(part)
    return _credit_lines(out, japanese_run_on=True, affiliations=True)


def _closes_on_country(text: str) -> bool:
    """An English affiliation line that ends on its country after an organisation or a town (``Kyoto University,
    Uji, Japan``, ``School of Engineering, University of Glasgow, UK``): the address, and the affiliation, end there;
    a line of the country alone (``Japan``) closes the line over it and no more.

    >>> _closes_on_country("Kyoto University, Uji, Japan"), _closes_on_country("Japan"), _closes_on_country("Department of Physics,")
    (True, False, False)
    """
    from pipeline.segment.organisations import is_country

    parts = [p.strip() for p in text.split(",")]
    last = parts[-1][4:] if parts[-1].startswith("The ") else parts[-1]
    return len(parts) >= 2 and all(parts) and is_country(last)


def joined_pairs(lines: list[Text], wrapped: Callable[[Text, Text], bool]) -> list[Text]:
    """``lines`` with each line and the one after it made one line (:func:`joined_lines`) where ``wrapped(line, next)``
    holds, left to right, a joined pair never joined again: a masthead wrapped over two lines
    (:func:`~.events.masthead_wraps`), a chapter's word over its number (:func:`~.labels.chapter_word_wraps`)."""
    out: list[Text] = []
    i = 0
    while i < len(lines):
        t = lines[i]
        if i + 1 < len(lines) and wrapped(t, lines[i + 1]):
            out.append(joined_lines([t.strip(), lines[i + 1].strip()]))
            i += 2
            continue
        out.append(t)
        i += 1
    return out
