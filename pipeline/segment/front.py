"""A talk's front matter from its title block: city, title, subtitle, speaker, and the hints they give.

The title block (:mod:`.titleblock`) says which lines hold what; this module
cuts them into the talk's fields. A talk number (``【４】``, or glyphs lost
where it stood) goes to the talk's ``front``, never into the city or the
title. The speaker is the affiliation lines and the speaker's line of the
block, joined: ``松山市`` / ``国際交流課長 佐藤 一郎`` is one speaker whose
affiliation is ``松山市国際交流課長`` and whose name is ``佐藤 一郎``. A name's
lost glyphs stay: a name is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.chardata import EN, HIRAGANA, JA, KATAKANA, script_of
from pipeline.kana import to_katakana
from pipeline.model import GAP, Author, Evidence, Hint, Speaker, Text
from pipeline.names import POSTS_RE
from pipeline.segment.halves import _pure_english, bilingual_halves
from pipeline.segment.authors import (affiliation_parts, romanised_twin_authors, distinct_affiliations, glued_digits, joined_affiliations, leading_mark, mark_key, marked_affiliations, marks_in_order, pointed_keys, unmarked_in_order, resolve_affiliations, with_run_marks,
                                      split_authors)
from pipeline.segment.joinlines import affiliation_lines, joined_lines, speaker_text
from pipeline.segment.organisations import MARK, maker_line, post_in_no_body
from pipeline.segment.names import (GLUED_INITIAL, TEACHER_FIELD, author_label, latin_full_name, affiliated_names, author_line, bracketed_staff, posted_members, credit_byline_ja, GRADUATION_CLASS, post_colon_name, post_colon_name_en, post_name_ja, by_post_name, bracketed_authors, byline, byline_agency, byline_name, role_byline, cells, is_person_name,
                                   MAX_POSTED_NAME_GAPS, lost_glyph_name, name_end, name_shaped, name_start, name_then_affiliation,
                                   name_then_organisation, names_people, names_row, post_alone_en, post_then_name, speaker_line_affiliation, speaker_split,
                                   wrapped_bracketed_authors, wrapped_names, inverted_names, bracket_wrapped, labelled_talk_speaker,
                                   NAME_BRACKETED, TRAILING_HONORIFIC, IDENTIFIER, MEMBER_GRADE_JA, graded_authors)
from pipeline.segment.places import reading
from pipeline.segment.titleblock import WAVE_DASHES, editor_credit, faced_author_lines
from pipeline.segment.organisations import is_organisation

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout


_WIDE_SPACED_ENGLISH = re.compile(r"\u3000+(?=[A-Z][A-Za-z'’\-]*(?: [A-Za-z'’\-,&]+)+$)")
"""An ideographic space before an English phrase of two words or more closing the line (``…　高梁　Takahashi Castle
Town Walk``)."""


_BRACKETED_ENGLISH = re.compile(r"[（(][A-Z][A-Za-z'’\-]*(?: [A-Za-z0-9'’\-,&:]+)+[）)]$")
"""An English phrase of two words or more in brackets closing the line (``…（Environmental Policy II）``)."""


def title_halves(line: Text) -> tuple[Text, Text] | None:
    """``(japanese, english)`` of a title line given in both languages: parted by a slash or a bar
    (:func:`bilingual_halves`), or, the English last, by an ideographic space (``城下町さんぽ　高梁　Takahashi Castle Town
    Walk``: a leaflet's title; helper leaf72, fresh-user trial 72d), the Japanese half with no Latin letter, the
    English in title case. Read on a title's line only: a Japanese title sets its own words apart by ideographic
    spaces, so the space parts two languages only where the English closes the line.

    >>> ja, en = title_halves(Text.from_raw("城下町さんぽ　高梁　Takahashi Castle Town Walk", 1)); ja.text, en.text
    ('城下町さんぽ\u3000高梁', 'Takahashi Castle Town Walk')
    >>> title_halves(Text.from_raw("令和6年度　事業報告書", 1)), title_halves(Text.from_raw("ＪＲ高梁駅　Bitchu line to the station", 1))
    (None, None)

    The English in brackets closing the line (a syllabus's course, ``環境政策論Ⅱ（Environmental Policy II）``: fresh-user
    trial 83b, helper form83), two words at least in title case; an abbreviation in brackets is no English title:

    >>> ja, en = title_halves(Text.from_raw("環境政策論Ⅱ（Environmental Policy II）", 1)); ja.text, en.text
    ('環境政策論Ⅱ', 'Environmental Policy II')
    >>> title_halves(Text.from_raw("地理情報システム（GIS）", 1)), title_halves(Text.from_raw("港の記憶（2026年版）", 1))
    (None, None)
    """
    from pipeline.segment.titleblock import title_cased

    halves = bilingual_halves(line)
    if halves is not None:
        return halves
    if (bracketed := _BRACKETED_ENGLISH.search(line.text)) is not None:
        left, right = line[: bracketed.start()].strip(), line[bracketed.start() + 1: bracketed.end() - 1].strip()
        if left.text and not re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", left.text) and script_of(left.text) == JA \
                and _pure_english(right.text) and title_cased(right.text):
            return left, right
    found = list(_WIDE_SPACED_ENGLISH.finditer(line.text))
    if len(found) != 1:
        return None
    m = found[0]
    left, right = line[: m.start()].strip(), line[m.end():].strip()
    if not left.text or re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", left.text) or script_of(left.text) != JA \
            or not _pure_english(right.text) or not title_cased(right.text):
        return None
    return left, right


@dataclass(frozen=True)
class SpeakerSplit:
    affiliation: Text | None
    name: Text | None


_BRACKETED_NAME = re.compile(r"^(?P<a>[^\s\u3000（）()]+)[（(](?P<b>[^\s\u3000（）()]+)[）)]$")


def _organisation_bracketed(text: str) -> bool:
    """An organisation's name with another organisation's name in brackets after it, both of one word
    (``環境システム工学研究室（水野研究室）``: a lab and its head's name for it): no person's name on the line.

    >>> _organisation_bracketed("環境システム工学研究室（水野研究室）"), _organisation_bracketed("山田 太郎（港町市観光課長）")
    (True, False)
    >>> _organisation_bracketed("情報太郎（架空大学大学院情報学研究科）")
    False
    """
    m = _BRACKETED_NAME.match(text.strip())
    return m is not None and is_organisation(m.group("a")) and is_organisation(m.group("b")) \
        and not is_person_name(m.group("a"))


def _credited_name_then_organisation(text: str) -> tuple[int, int] | None:
    """``(name start, comma)`` of a credit's label (:func:`~.names.byline`: ``Prepared by:``, ``Report by``), then a
    person's full name with a lost glyph in it (:func:`~.names.latin_full_name`: two to four capitalised words) and,
    after a comma, an organisation (:func:`~.organisations.is_organisation`); else ``None``. Intact names are read by
    :func:`~.names.name_then_affiliation`, which asks the names' lists; a lost glyph keeps a name out of them.

    >>> t = "Prepared by: Fenella Da\ufffdes, Cotswold Lettings Ltd"; at, comma = _credited_name_then_organisation(t)
    >>> t[at:comma], t[comma + 1:].strip()
    ('Fenella Da\ufffdes', 'Cotswold Lettings Ltd')
    >>> _credited_name_then_organisation("Fenella Da\ufffdes, Cotswold Lettings Ltd") is None  # no credit's label
    True
    >>> _credited_name_then_organisation("Prepared by: Ha\ufffdbour Trust, Cotswold Lettings Ltd") is None  # no name
    True
    """
    at = byline(text)
    comma = text.find(",", at)
    if not at or comma < 0:
        return None
    name = text[at:comma].strip()
    if "\ufffd" not in name or not latin_full_name(name) or is_organisation(name) \
            or not is_organisation(text[comma + 1:].strip()):
        return None
    return at + text[at:].index(name[0]), comma


BRACKETED_TITLE = re.compile(r"[ \t]*[(（](?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|Revd|Sir|Dame)\.?[)）]")
"""A courtesy, academic or councillor's title in brackets after a name (``Jane Brown (Mrs)``, ``J. Watson (Cllr)``,
``Anna Berg (Dr), …``), as British minutes and reports print one: no part of the name, nor an affiliation (it names
no body); the speaker's text keeps it, as it keeps a title before the name (:func:`~.names.name_start`; issue 19,
session 80, helper rfix80: it had stayed in ``speaker.name``)."""


def without_bracketed_title(split: SpeakerSplit) -> SpeakerSplit:
    """``split`` with a bracketed title (:data:`BRACKETED_TITLE`) cut off its name's end, and an affiliation that is
    such a title alone dropped.

    >>> s = without_bracketed_title(SpeakerSplit(Text.from_raw("Cllr", 1), Text.from_raw("J. Watson (Cllr)", 1)))
    >>> s.name.text, s.affiliation
    ('J. Watson', None)
    >>> without_bracketed_title(SpeakerSplit(None, Text.from_raw("Tom Reyes (Quiet Streets)", 1))).name.text
    'Tom Reyes (Quiet Streets)'
    """
    name, affiliation = split.name, split.affiliation
    if name is not None and (m := BRACKETED_TITLE.search(name.text)) is not None \
            and not name.text[m.end():].strip() and m.start() > 0:
        name = name[:m.start()].strip()
    if affiliation is not None and re.fullmatch(r"[(（]?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|Revd|Sir|Dame)\.?[)）]?",
                                                affiliation.text.strip()):
        affiliation = None
    return split if (name, affiliation) == (split.name, split.affiliation) else SpeakerSplit(affiliation, name)


def split_speaker(line: Text) -> SpeakerSplit:
    """:func:`read_speaker_split` with a bracketed title after the name no part of it (:func:`without_bracketed_title`).

    >>> s = split_speaker(Text.from_raw("Anna Berg (Dr), Coastal Research Institute", 1)); s.name.text, s.affiliation.text
    ('Anna Berg', 'Coastal Research Institute')
    >>> split_speaker(Text.from_raw("Jane Brown (Mrs)", 1)).name.text
    'Jane Brown'
    """
    return without_bracketed_title(read_speaker_split(line))


def read_speaker_split(line: Text) -> SpeakerSplit:
    """Affiliation up to and including the last job title (部長, 局長 …) or organisation word, then the name.

    >>> s = split_speaker(Text.from_raw("港町市観\\ufffd\\ufffd交\\ufffd国際部長 \\ufffd田 \\ufffd\\ufffd", 9))
    >>> s.affiliation.text, s.name.text
    ('港町市観��交�国際部長', '�田 ��')
    >>> split_speaker(Text.from_raw("東西大学 山田 太郎", 1)).name.text, split_speaker(Text.from_raw("春日　太郎", 1)).affiliation
    ('山田 太郎', None)
    >>> s = split_speaker(Text.from_raw("情報太郎（架空大学大学院情報学研究科）", 1)); s.name.text, s.affiliation.text
    ('情報太郎', '架空大学大学院情報学研究科')

    The name first, its post in brackets after it, the name's glyphs lost or not (review 48: the lost glyphs' name had
    been read as the affiliation, ``）`` as the name):

    >>> s = split_speaker(Text.from_raw("\ufffd田 \ufffd\ufffd（港町市国際部長）", 1)); s.name.text, s.affiliation.text
    ('\ufffd田 \ufffd\ufffd', '港町市国際部長')
    >>> s = split_speaker(Text.from_raw("山田 太郎（港町市観光課長）", 1)); s.name.text, s.affiliation.text
    ('山田 太郎', '港町市観光課長')

    The post first, the name in brackets after it; the brackets are neither's:

    >>> s = split_speaker(Text.from_raw("委員長（森田一郎）", 1)); s.name.text, s.affiliation.text
    ('森田一郎', '委員長')
    >>> s = split_speaker(Text.from_raw("R. Okafor, County Highways Office", 1)); s.name.text, s.affiliation.text
    ('R. Okafor', 'County Highways Office')

    A speaker's label before the line is neither (trial 43):

    >>> s = split_speaker(Text.from_raw("報告者：中川 美咲（みなみ野市文化振興財団）", 1)); s.name.text, s.affiliation.text
    ('中川 美咲', 'みなみ野市文化振興財団')
    >>> s = split_speaker(Text.from_raw("発表者：港町市観光課長 山田 太郎", 1)); s.name.text, s.affiliation.text
    ('山田 太郎', '港町市観光課長')

    The name may come first, its organisation after it (trial 45):

    >>> s = split_speaker(Text.from_raw("発表者：川原 美咲　市立栄養教育センター", 1)); s.name.text, s.affiliation.text
    ('川原 美咲', '市立栄養教育センター')

    An honorific after the name is no part of it (trial 55):

    >>> s = split_speaker(Text.from_raw("講師：NPO法人こどもの森 代表理事　佐藤 由美 氏", 1)); s.name.text, s.affiliation.text
    ('佐藤 由美', 'NPO法人こどもの森 代表理事')

    A student's number between the organisation and the name (a thesis defence's cover) is neither's:

    >>> s = split_speaker(Text.from_raw("情報学研究室 209912345 春日 太郎", 1)); s.name.text, s.affiliation.text
    ('春日 太郎', '情報学研究室')
    """
    text = line.text
    if GLUED_INITIAL.fullmatch(text.strip()) is not None:
        # a name alone, its initial glued to its surname (``B.Benciolini``, :func:`~.names.glued_initial_authors`):
        # the name whole, as the line prints it (helper pdfmisc77: it had been read as an affiliation)
        return SpeakerSplit(None, line.strip())
    if byline(text) == 0 and (label := labelled_talk_speaker(text)) is not None:
        # a talk's person label with no honorific (``講師：小川 大輔（焼津市 危機管理課 主任）``), the line the title
        # block read as its speaker's by its place (:func:`~.titleblock.talk_lecturer_line`): the value after the
        # label is read as a speaker's line; the label is neither name nor affiliation (helper lab73)
        inner = split_speaker(line[label:])
        value = line[label:].strip()
        if inner.name is None and (m := NAME_BRACKETED.match(value.text)) is not None:
            # a name the speaker's line could not read alone (``グエン・ティ・\ufffdン（浜松国際交流協会 …）``: a foreign
            # name with a lost letter), the label vouching for it: the name, then its affiliation in the brackets
            return SpeakerSplit(value[m.start(2):m.end(2)].strip(), value[m.start(1):m.end(1)].strip())
        return inner
    if _organisation_bracketed(text):
        # a lab's or a department's name with its other name in brackets (``環境システム工学研究室（水野研究室）``): an
        # affiliation, never a person (helper struct77, fresh-user trial 77g: the lab had been the speaker's name)
        return SpeakerSplit(line.strip(), None)
    if (at := byline(text)) and "," not in text and "\ufffd" in text[at:] and latin_full_name(text[at:].strip()):
        # a byline's name that lost a glyph (``Report by Gareth Pr\ufffdce-Whitley``): the label vouches for it, and
        # is no part of it (fresh-user trial 77b); the name stays as written, never filled
        return SpeakerSplit(None, line[at:].strip())
    if (credited := by_post_name(text)) is not None:
        # a credit naming a post with its article, then its holder (``Compiled by the Recorder, Gillian Marchbanks``):
        # the post is the affiliation, never the name (helper struct76b, trial 76b)
        post, post_end, at, end = credited
        return SpeakerSplit(line[post:post_end], line[at:end])
    if (posted := post_name_ja(text)) is not None and posted[0]:
        # a post and its holder in brackets after the body they head (``若葉俳句会（主宰　青木 白雲）``): the body the
        # affiliation, the post the speaker's text's; the bracket had been cut inside (helper struct76b, trial 76b)
        body_end, _, at, end = posted
        return SpeakerSplit(line[:body_end].strip(), line[at:end].strip())
    if (posted := post_colon_name(text)) is not None:
        # a post, a colon, then its holder (``病棟看護師長：森下 恵子``): the colon parts them, as a space does; the
        # post had been cut at its inner job title (``看護師``), ``長：`` left in the name (helper misc74, trial 74d)
        colon, at, end = posted
        return SpeakerSplit(line[:colon].strip(), line[at:end].strip())
    if (posted := post_colon_name_en(text)) is not None:
        # an English post, a colon, then its holder (``Tower Captain: Margaret Ellison``): the post is the
        # affiliation, as a credit's (``Editor: Margaret Olsen``) is (fresh-user trial 78b)
        colon, at, end = posted
        return SpeakerSplit(line[:colon].strip(), line[at:end].strip())
    end = speaker_split(text)
    if end != 0 and (span := speaker_line_affiliation(text)) is not None:
        # the brackets after the name hold where the speaker is from, whatever their words (``山田 太郎（みなと総研）``,
        # ``Tom Reyes (Quiet Streets Collective)``: issue 16, helper news59; they had given no affiliation)
        opens = max(text.rfind("(", 0, span[0]), text.rfind("（", 0, span[0]))
        return SpeakerSplit(line[span[0]:span[1]].strip(), line[max(byline(text), name_start(text)):opens].strip())
    if byline_name(text) and (agency := byline_agency(text)) is not None:
        # a news byline's agency after its reporters (``By Knut Aas, NTB``): their affiliation, no author
        comma = text.rfind(",", 0, agency)
        return SpeakerSplit(line[agency:len(text.rstrip())], line[name_start(text):comma].strip())
    if (is_person_name(text) and end != 0) or byline_name(text):
        # ``朝倉卓人 ∗``: the mark is no part of the name; nor is a byline's ``by`` (``by Your Name Here``); a post or an
        # organisation in brackets after the name is its affiliation (``山田 太郎（港町市観光課長）``, review 48)
        return SpeakerSplit(None, line[name_start(text):name_end(text)].strip())
    if end is None and (credited := _credited_name_then_organisation(text)) is not None:
        # a credit's label, then a name that lost a glyph and its organisation after a comma (``Prepared by: Fenella
        # Da\ufffdes, Cotswold Lettings Ltd``): the label vouches for the name the names' lists cannot (fresh-user
        # trial 77e: the whole value had been the affiliation, no name); the name stays as written, never filled
        at, comma = credited
        return SpeakerSplit(line[comma + 1:].strip(), line[at:comma].strip())
    if end is None:
        return SpeakerSplit(None, None)
    if (attributed := post_then_name(text)) is not None:
        # an officer's post, then the name (``Report of the Head of Economic Development, Sarah Whitfield``): the
        # report's lead and the comma are neither's
        start, comma = attributed
        return SpeakerSplit(line[start:comma].strip(), line[comma + 1:].strip())
    comma = name_then_affiliation(text)
    label = byline(text)  # a speaker's label (``報告者：``, ``Presenter:``) is no part of the name or the affiliation
    if end == 0 and comma is not None:
        lead = len(text) - len(text.lstrip())
        # an academic title or honorific before the name (``Dr. Helen Carter, Director, …``: trial 51) is no part
        # of it; the speaker's text keeps it
        start = max(label, name_start(text)) if name_start(text) < lead + comma else label
        return SpeakerSplit(line[lead + comma + 1:].strip(), line[start:lead + comma].strip())
    if end == 0 and (org := name_then_organisation(text)) is not None:
        # the name first, then its organisation (``発表者：川原 美咲　市立栄養教育センター``, trial 45)
        return SpeakerSplit(line[org:].strip(), line[label:org].strip())
    if end == 0:
        # (no bracket: a syllabus's teacher field whose name stands alone, ``担当教員　　鈴木 花子``: names.teacher_field)
        open_at = min((i for i in (text.find("（"), text.find("(")) if i >= 0), default=len(text.rstrip()))
        # a courtesy or academic title after the label is no part of the name (``Speaker: Mr Tom Hale (…)``: since
        # helper city67 a labelled line is read after its label, and the title had stayed in the name)
        name = line[max(label, name_start(text)) if name_start(text) < open_at else label:open_at].strip()
        if (m := _TRAILING_HONORIFIC.search(name.text)) is not None and m.start() >= 2:
            name = name[:m.start()]  # ``森川　健二　氏（港南大学教授）``: a flyer's honorific before the bracket, no part of the name
        if open_at == len(text.rstrip()):
            return SpeakerSplit(None, name)
        return SpeakerSplit(line[open_at + 1: len(text.rstrip()) - 1].strip(), name)
    name = line[end:].strip()
    if (span := speaker_line_affiliation(name.text)) is not None:
        # a post, the name, then where the speaker is from in brackets (``会長　佐伯 正和（広島大学）``, a society's
        # president; fresh-user trial 74, helper vol74): the brackets hold the affiliation, as they do with no post
        # before the name, and the post stays in the speaker's text; the name had kept the brackets
        opens = max(name.text.rfind("(", 0, span[0]), name.text.rfind("（", 0, span[0]))
        if opens > 0:
            return SpeakerSplit(name[span[0]:span[1]].strip(), name[:opens].strip())
    if (opens := max(name.text.rfind("（"), name.text.rfind("("))) > 0 and name.text[-1:] in "）)" \
            and GRADUATION_CLASS.fullmatch(name.text[opens + 1:-1]):
        name = name[:opens].strip()  # the class after the name (``三浦 康夫（昭和52年卒）``) is the person's, no part of it
    if len(name.text) > 2 and name.text[0] in "（(" and name.text[-1] in "）)" and not any(c in name.text[1:-1] for c in "（()）"):
        name = name[1:-1].strip()  # the name in brackets after the post (``委員長（森田一郎）``): they are no part of it
    if (m := _TRAILING_HONORIFIC.search(name.text)) is not None and m.start() >= 2:
        name = name[:m.start()]  # ``佐藤 由美 氏``: the honorific is the speaker's text's, no part of the name
    elif (m := _TRAILING_SPOKEN_HONORIFIC.search(name.text)) is not None and m.start() >= 2:
        # an interview's or a profile's ``さん`` after the name its post stands before (``主任　菅野　美沙紀さん``,
        # fresh-user trial 79's 社内報): the speaker's text's, no part of the name, as ``氏`` is
        name = name[:m.start()]
    affiliation = line[label:end].strip()
    if (m := _TRAILING_IDENTIFIER.search(affiliation.text)) is not None and m.start() > 0:
        affiliation = affiliation[:m.start()]  # a student's number before the name is the person's, no organisation's
    if (m := _TRAILING_MEMBER_GRADE.search(affiliation.text)) is not None and m.start() > 0:
        # a learned society's membership grade before the name (``東北工業大学　正会員　○山田 翔太``) is the person's
        # standing, no part of the organisation; the speaker's text keeps it (session 78, helper jsce78)
        affiliation = affiliation[:m.start()]
    return SpeakerSplit(affiliation or None, name or None)


_TRAILING_IDENTIFIER = re.compile(rf"[ \u3000]+{IDENTIFIER.pattern}$")
_TRAILING_MEMBER_GRADE = re.compile(rf"[ \u3000]+(?:{MEMBER_GRADE_JA.pattern})$")


_TRAILING_HONORIFIC = TRAILING_HONORIFIC  # (:data:`~.names.TRAILING_HONORIFIC`)
_TRAILING_SPOKEN_HONORIFIC = re.compile("(?:(?<=[\u3400-\u9fff\uf900-\ufaff々ヶ\ufffd])|[ \u3000]+)(?:さん|くん|ちゃん)$")
"""``さん``, ``くん``, ``ちゃん`` closing a speaker's line after a name written in kanji (or apart from it): the name's
honorific, as :data:`_TRAILING_HONORIFIC`'s written ones are (a name in kana may end on the same letters)."""


_TEACHER_FIELD = TEACHER_FIELD  # (names.TEACHER_FIELD: a syllabus's teacher's label before the name)


def speaker_of(lines: list[Text], layout: "Layout | None" = None) -> Speaker:
    """The speaker from the block's speaker lines (affiliation lines first, the speaker's line last); in a PDF
    (``layout``) authors set in a grid are read by their positions (:mod:`.authorgrid`). A date closing the
    affiliation (``Center for Regional Policy, March 2025``) is no part of it (:func:`undated_affiliation`); ``text``
    keeps the whole line.

    >>> sp = speaker_of([Text.from_raw("松山市", 3), Text.from_raw("国際交流課長 佐藤 一郎", 4)])
    >>> sp.text.text, sp.affiliation.text, sp.name.text
    ('松山市 国際交流課長 佐藤 一郎', '松山市国際交流課長', '佐藤 一郎')
    >>> speaker_of([Text.from_raw("担当教員　　　山田 太郎（工学部 教授）", 3)]).name.text
    '山田 太郎'
    >>> sp = speaker_of([Text.from_raw("Center for Regional Policy, March 2025", 3)])
    >>> sp.text.text, sp.affiliation.text
    ('Center for Regional Policy, March 2025', 'Center for Regional Policy')
    """
    speaker = _speaker_of(lines, layout)
    if speaker.name is not None and (label := _TEACHER_FIELD.match(speaker.name.text)) is not None:
        # a syllabus's teacher field set off by white, no colon (``担当教員　　　佐藤 美穂子``): the label is no part of
        # the name (fresh-user trial 83b, helper form83: the name had been ``担当教員　　　佐藤 美穂子``)
        name = speaker.name[label.end():].strip()
        speaker = replace(speaker, name=name, authors=tuple(replace(a, name=name) if a.name == speaker.name else a
                                                            for a in speaker.authors))
    if (twinned := romanised_twin_authors(speaker.authors)) != speaker.authors:
        # the Japanese authors' romanised names on the same line are the same people (helper title82, trial 81c)
        dropped = [a.affiliation for a in speaker.authors if a not in twinned and a.affiliation is not None]
        if dropped and all(a.affiliation is not None for a in twinned) \
                and not any(d in [a.affiliation for a in twinned] for d in dropped):
            # the romanised twins' own affiliations (``Kenji Mori（Tohoku University）　森　健二（東北大学…）``) went
            # with them: the speaker's affiliation is the kept authors' (helper panel84, fresh-user trial 84b)
            speaker = replace(speaker, affiliation=distinct_affiliations([a.affiliation for a in twinned]))
        speaker = replace(speaker, name=twinned[0].name, authors=twinned)
    if speaker.affiliation is None:
        return speaker
    authors = tuple(replace(a, affiliation=undated_affiliation(a.affiliation)) if a.affiliation is not None else a
                    for a in speaker.authors)
    return replace(speaker, affiliation=undated_affiliation(speaker.affiliation), authors=authors)


_AFFILIATION_PARTS = re.compile(r"\s*(?:,|，|\s[—–\-|·•]\s)\s*")


def undated_affiliation(affiliation: Text) -> Text:
    """``affiliation`` without a date closing it after a comma or a dash (``Center for Regional Policy, March 2025``,
    ``Institute for Municipal Finance, 14 October 2024``, ``… — 2 June 2025``): a report's or a brief's issuing office
    with the day it was issued, the date no part of the organisation (fresh-user trial 66b: ``affiliation`` had been
    ``Center for Regional Policy, March 2025``). The date stays in the speaker's ``text``, a view of the line. A year
    alone is no date here (``University of Leeds, 1998–2001`` may be a span the author spent there, kept).

    >>> undated_affiliation(Text.from_raw("Institute for Municipal Finance, 14 October 2024", 1)).text
    'Institute for Municipal Finance'
    >>> undated_affiliation(Text.from_raw("Department of Transport, 2024", 1)).text, undated_affiliation(Text.from_raw("May Institute, Boston", 1)).text
    ('Department of Transport, 2024', 'May Institute, Boston')
    >>> undated_affiliation(Text.from_raw("令和7年1月 教室主宰", 1)).text, undated_affiliation(Text.from_raw("2025年 実行委員会", 1)).text
    ('教室主宰', '2025年 実行委員会')
    """
    from pipeline.segment.labels import is_date_line
    from pipeline.segment.titleblock import _DAY_OR_MONTH

    text = affiliation.text
    for m in _AFFILIATION_PARTS.finditer(text):
        head, tail = text[:m.start()], text[m.end():]
        if any(c.isalpha() for c in head) and is_date_line(tail) and _DAY_OR_MONTH.search(tail) is not None \
                and not is_date_line(head):
            return affiliation[:m.start()]
    # a date opening it before white space (``令和7年1月 教室主宰``: a notice's date set before its sender's post on one
    # line, fresh-user trial 78b) is no part of it either
    lead = _LEADING_WORD.match(text)
    if lead is not None and is_date_line(lead.group(1)) and _DAY_OR_MONTH.search(lead.group(1)) is not None \
            and not is_date_line(text[lead.end():]):
        return affiliation[lead.end():]
    return affiliation


_LEADING_WORD = re.compile(r"^(\S+)[ \u3000]+(?=\S)")


def _speaker_of(lines: list[Text], layout: "Layout | None" = None) -> Speaker:
    if not lines:
        return Speaker(None, None, None)
    text = speaker_text([t.strip() for t in lines]) if len(lines) > 1 else lines[0]
    if any(bracket_wrapped(a.text, b.text) for a, b in zip(lines, lines[1:])):
        # a speaker's line wrapped inside its brackets is one line, its text read as one (``…多言語支援コーデ`` /
        # ``ィネーター）``: no space inside the word, helper lab73)
        text = speaker_text([t.strip() for t in unwrapped_names(lines)])
    speaker_lines = lines
    lines = unwrapped_names(lines)
    if len(lines) == 1 and author_label(lines[0].text) and (label := byline(lines[0].text)) \
            and (value := lines[0][label:].strip()).text and byline(value.text) == 0:
        # an author's label with its colon over several authors and their organisation (``Authors: Rachel Owen and
        # David Price, Department of Geography, …``): the value is read as the same line unlabelled is; the text keeps
        # the label (helper en84, issue 16: the labelled line had named no author, its whole value the affiliation)
        labelled = _speaker_of([value], layout)
        if labelled.authors:
            return replace(labelled, text=text)
    if layout is not None:
        from pipeline.segment.authorgrid import grid_authors, grid_extent, grid_text

        # the grid opens on its first row of names and runs to the last line; organisation lines over it stay the text's
        opens = next((k for k in range(len(lines)) if grid_extent(lines, k, layout) == len(lines)), None)
        grid = grid_authors(lines[opens:], layout) if opens is not None else None
        if grid is not None:
            # the text reads the grid column by column, each author over their own lines (helper paper73)
            read = grid_text(lines[opens:], layout)
            text = speaker_text([*(t.strip() for t in lines[:opens]), read]) if read is not None else text
            return Speaker(text, distinct_affiliations([a.affiliation for a in grid]), grid[0].name, grid)
    if all(role_byline(t.text) for t in lines):
        # a byline naming its writer by a role (``By our sports correspondent``, ``By Staff Writers``): no person, no
        # organisation, whatever the words' case
        return Speaker(text, None, None)
    if all(maker_line(t.text) for t in lines):
        # a manual's maker (``Japanese TEX Development Community``): an organisation, no person's name by its shape
        # (helper front52)
        return Speaker(text, joined_lines([t.strip() for t in lines]) if len(lines) > 1 else lines[0].strip(), None)
    if len(lines) == 1 and (edited := editor_credit(lines[0].text.strip())) is not None \
            and is_organisation(lines[0].text.strip()[:edited]):
        # an editor's credit naming a body (``株式会社みなと精工　人事部 人材開発課 編``, a company manual's chapter): the
        # body is the affiliation, no person named; ``編`` is the credit's word, no part of it (helper doc75)
        head = lines[0].strip()
        return Speaker(text, head[:edited].strip(), None)
    inverted = _inverted_authors(text, lines)
    if inverted is not None:
        return inverted
    if len(lines) == 1 and (credit := credit_byline_ja(lines[0].text)) is not None:
        # a Japanese byline crediting the writing (``文：映像批評家　小\ufffd寺 遥``): the label is neither's, the post the
        # affiliation, the name kept with its gap (session 74, fresh-user trial 74b)
        post, at, end = credit
        affiliation = lines[0][post:at].strip(" \u3000・") if at > post else None
        name = lines[0][at:end].strip()
        return Speaker(text, affiliation, name, (Author(name, (), affiliation),))
    if (staff := bracketed_staff(lines[-1].text)) is not None:
        # an organisation's line closed by its staff in brackets (``自然言語処理研究室（指導教員：藤原 真理子 教授、助教：
        # 青木 亮 先生）``): the organisation (with the lines over it) each one's affiliation, the names its authors
        # without their labels, posts or honorifics (helper misc74, fresh-user trial 74d: the first had been cut into
        # the affiliation, the second's label and bracket kept in the name)
        opens, spans = staff
        parts = [t.strip() for t in lines[:-1]] + [lines[-1][:opens].strip()]
        affiliation = joined_lines(parts) if len(parts) > 1 else parts[0]
        staffed = tuple(Author(lines[-1][a:b].strip(), (), affiliation) for a, b in spans)
        return Speaker(text, affiliation, staffed[0].name, staffed)
    members = posted_members(lines[-1].text)
    if members is None and len(lines) > 1 and (one := post_name_ja(lines[-1].text)) is not None and not one[0] \
            and all(_organisation_bracketed(t.text) or is_organisation(t.text.strip()) for t in lines[:-1]):
        # one post and name under the organisation's lines (``環境システム工学研究室（水野研究室）`` / ``教授　水野 直樹``)
        _, post, at, end = one
        members = [(post, len(lines[-1].text[:at].rstrip(" \u3000")), at, end)]
    if members is not None:
        # a members line under the organisation's lines (``環境システム工学研究室（水野研究室）`` / ``教授　水野 直樹　／
        # 助教　長谷川 彩``): each person an author, the organisation with the person's post the affiliation; the lab's
        # name is its members' affiliation, never a person (issue 16 point 2, helper struct77, fresh-user trial 77g:
        # the lab had been the speaker's name, the professor and his post the assistant's affiliation)
        body = [t.strip() for t in lines[:-1]]
        posted = tuple(Author(lines[-1][c:d], (), affiliation_lines([*body, lines[-1][a:b]])) for a, b, c, d in members)
        affiliation = (affiliation_lines(body) if len(body) > 1 else body[0]) if body else None
        if len(posted) == 1:
            affiliation = posted[0].affiliation  # one person: the organisation with the post, as the lines read
        return Speaker(text, affiliation, posted[0].name, posted)
    graded = [graded_authors(t.text) for t in lines]
    if any(graded) and all(g is not None or (split := split_speaker(t)).name is not None and split.affiliation is not None
                           for g, t in zip(graded, lines)):
        # a conference abstract's authors, two on a line where they fit (``東北大学　正会員　○山田 太郎　東北大学　
        # 学生会員　佐藤 花子``), one where not: each author with the affiliation before the grade (helper jsce78)
        each: list[Author] = []
        for g, t in zip(graded, lines):
            if g is not None:
                each.extend(Author(t[c:d], (), t[a:b]) for a, b, c, d in g)
            else:
                split = split_speaker(t)
                each.extend(Author(name, marks, split.affiliation) for name, marks in split_authors(split.name, twins=True))
        if each:
            return Speaker(text, distinct_affiliations([a.affiliation for a in each]), each[0].name, tuple(each))
    authors = block_authors(lines, layout)
    if authors is not None and all(post_alone_en(a.name.text.strip()) for a in authors):
        # a post over its organisation (``Project Manager`` / ``Riverside City Transport Department``): the speaker's
        # affiliation, no one named; the post had been the speaker's name (helper place64). Its lines are joined as
        # English writes a post and its organisation on one line, by a comma (``Project Manager, Riverside City
        # Transport Department``), so the organisation's comma-part still names its city (places.municipality_named_en)
        return Speaker(text, Text.join([t.strip() for t in lines], sep=Text.inserted(", ")), None)
    if authors is not None:
        # authors side by side in columns: the text reads column by column, as a grid's does (helper paper73)
        text = columns_text(speaker_lines) or text
        return Speaker(text, distinct_affiliations([a.affiliation for a in authors]), authors[0].name, authors)
    lines = [_unbracketed(t) for t in lines]  # the speaker's text keeps them; affiliation and name do not
    named = next((k for k in range(len(lines) - 1, -1, -1)
                  if split_speaker(lines[k]).name is not None), None)
    if named is None:
        # the block took a line of several names for its authors' line (``Maria Lindqvist and Tomohiro Ueda`` over
        # their affiliation), too long to be read as a name alone out of its place
        # (or a name by its shape alone that the block vouched for: ``By`` / ``Samuel Fargo Bison`` on a thesis's cover)
        named = next((k for k in range(len(lines)) if names_people(lines[k].text)), None)
        if named is None:
            # (a post alone is no name by its shape: ``Project Manager`` over its department names no one, and the
            # speaker's name stays null, never the post: helper place64)
            named = next((k for k in range(len(lines)) if name_shaped(lines[k].text[:name_end(lines[k].text)])
                          and not post_alone_en(lines[k].text.strip())), None)
        if named is None:
            # a name with a lost glyph the block vouched for (``港北市 環境保全課長`` / ``森田 �一``: trial 45), its gap kept
            # (three of four letters lost under the post, ``長崎市国際部長`` / ``�田 ��``: the block's reading vouched)
            named = next((k for k in range(len(lines))
                          if lost_glyph_name(lines[k].text[byline(lines[k].text):], MAX_POSTED_NAME_GAPS)), None)
        split = split_speaker(lines[-1]) if named is None else without_bracketed_title(
            SpeakerSplit(None, lines[named][name_start(lines[named].text):].strip()))
        named = len(lines) - 1 if named is None else named
    else:
        split = split_speaker(lines[named])
    # a line's label (``Prepared by:``, ``Author:``, ``報告者：``) is no part of the affiliation it leads (helper front52:
    # a report's ``Prepared by: Department of Mobility, …`` had kept its label inside the affiliation)
    lines = [t[byline(t.text):] if byline(t.text) else t for t in lines]
    if split.name is None and split.affiliation is None:
        # no one named: the block's organisation lines (a report's issuing office) are its affiliation
        return Speaker(text, joined_lines([t.strip() for t in lines]) if len(lines) > 1 else lines[0].strip(), None)
    before = [t for k, t in enumerate(lines) if k < named]
    parts = [t.strip() for t in before] + ([split.affiliation] if split.affiliation is not None else []) \
        + [t.strip() for k, t in enumerate(lines) if k > named]
    affiliation = affiliation_lines(parts) if parts else None
    return speaker_with_authors(text, affiliation, split.name, parts)


def columns_text(lines: list[Text]) -> Text | None:
    """``speaker.text`` of a block whose authors stand side by side in columns (:func:`~.names.names_row`: ``Amara
    Okafor          Jonas Weber`` / ``Lagos Transport Institute          Hamburg Port Authority`` / ``Lagos, Nigeria
    …``, a TAB or three spaces or more between the cells): the lines over the names, then each column top to bottom,
    column after column, then the lines that give one cell for all (a shared affiliation), each cell whole, parted as a
    credit's lines are (:func:`~.joinlines.speaker_text`). The white space between two cells stays out of the view,
    as a line's own white space does. ``None`` where no line of names opens columns, or a line under it gives another
    number of cells. Why (helper paper73): the rows had been read whole, each holding every column's line (``Amara
    Okafor          Jonas Weber, Lagos Transport Institute          Hamburg Port Authority, …``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> columns_text(mk("Anna Berg          Tom Lee", "Lund University          Kyoto University", "Lund, Sweden          Kyoto, Japan")).text
    'Anna Berg, Lund University, Lund, Sweden, Tom Lee, Kyoto University, Kyoto, Japan'
    >>> columns_text(mk("Anna Berg and Tom Lee", "Lund University")) is None
    True
    """
    k = next((k for k, t in enumerate(lines)
              if names_row(t.text, lines[k + 1].text if k + 1 < len(lines) else None) is not None), None)
    if k is None or k + 1 >= len(lines):
        return None
    width = len(cells(lines[k].text))
    rows = [cells(t.text) for t in lines[k:]]
    if any(len(r) not in (1, width) for r in rows):
        return None
    if all(len(r) == 1 for r in rows[1:]) and any(
            "\u3000" in lines[k].text[a[1]:b[0]] for a, b in zip(rows[0], rows[0][1:])):
        # the names alone stand side by side, parted by ideographic spaces, over lines of one cell (affiliations
        # their marks point to: ``中村　陽介†1　　青木　里奈†2`` / ``†1 …大学``): read column by column they read as
        # the line does, and the gaps are glyphs the view keeps (an ideographic space is no layout white space:
        # ``chardata.is_layout_space``), so the lines are read whole (helper paper85)
        return None
    pieces = [t.strip() for t in lines[:k]]
    for i in range(width):
        pieces += [t[r[i][0]:r[i][1]].strip() for t, r in zip(lines[k:], rows) if len(r) == width]
    pieces += [t.strip() for t, r in zip(lines[k:], rows) if len(r) == 1]
    return speaker_text(pieces)


def _inverted_authors(text: Text, lines: list[Text]) -> Speaker | None:
    """The speaker of a block whose authors' line writes each name surname first (:func:`~.names.inverted_names`:
    ``Smith, John``, ``Smith, John; Lee, Anna``) over their affiliation lines: each name an author, written as it
    stands (never turned round: the text is the source's), the lines under it the shared affiliation; ``None`` for
    any other block. The comma inside such a name parts no name from an affiliation (helper paper71: ``Smith, John``
    had been read as no one).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Smith, John; Lee, Anna", "Department of Public Health, University of Leeds")
    >>> sp = _inverted_authors(ls[0], ls)
    >>> sp.name.text, [a.name.text for a in sp.authors], sp.affiliation.text
    ('Smith, John', ['Smith, John', 'Lee, Anna'], 'Department of Public Health, University of Leeds')
    """
    if len(lines) < 2 or (spans := inverted_names(lines[0].text)) is None:
        return None  # the names open the block, their affiliation under them
    line = lines[0]
    rest = [t.strip() for t in lines[1:]]
    affiliation = affiliation_lines(rest) if len(rest) > 1 else rest[0]
    authors = tuple(Author(line[a:b], (), affiliation) for a, b in spans)
    return Speaker(text, affiliation, authors[0].name, authors)


def unwrapped_names(lines: list[Text]) -> list[Text]:
    """``lines`` with a line of authors wrapped after its comma or ``and`` joined to its rest by an inserted space
    (:func:`~.names.wrapped_names`: ``James O'Neill, Sarah Chen and`` / ``David Brooks`` → one line of three names),
    so that every name is read as an author with the affiliation under them (fix70d); a Japanese line left open on
    ``、`` or ``・`` joins its rest with nothing between, over several lines too (helper paper71). ``speaker.text`` keeps
    the lines.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in unwrapped_names(mk("Anna Berg, Tom Lee and", "Mark Hale", "Kyoto University"))]
    ['Anna Berg, Tom Lee and Mark Hale', 'Kyoto University']
    >>> [t.text for t in unwrapped_names(mk("山田太郎、佐藤花子、", "鈴木一郎、", "伊藤健", "東西大学農学部"))]
    ['山田太郎、佐藤花子、鈴木一郎、伊藤健', '東西大学農学部']
    """
    out: list[Text] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        while k < len(lines) and (wrapped_names(lines[k - 1].text, lines[k].text)
                                  or bracket_wrapped(lines[k - 1].text, lines[k].text)):
            # (a talk's labelled speaker line wrapped inside its affiliation's brackets joins its rest as Japanese
            # writes it, with nothing between: :func:`~.names.bracket_wrapped`, helper lab73)
            # (a Japanese line joins with nothing between, as Japanese writes a list: ``山田太郎、佐藤花子、`` /
            # ``鈴木一郎`` → ``山田太郎、佐藤花子、鈴木一郎``; helper paper71)
            sep = None if script_of(lines[k].text) == JA else Text.inserted(" ")
            line = Text.join([line.strip(), lines[k].strip()], sep=sep)
            k += 1
        out.append(line)
    return out


def block_authors(lines: list[Text], layout: "Layout | None" = None) -> tuple[Author, ...] | None:
    """The authors of a title block that names several on lines or columns of their own, each with the affiliation
    its own place gives; ``None`` for a block of one author line (one name, or one line of several read by
    :func:`speaker_with_authors`).

    * authors side by side, their affiliations under them column by column (``山田 太郎          佐藤 花子`` /
      ``東北大学          京都大学``; a PDF's TAB between columns): each author the affiliation in its column, or the
      one affiliation of a line that gives one;
    * authors one a line, each with the affiliation in brackets (``山田 太郎（東北大学）``), or a line of them
      (``John Smith (University of Tokyo), Mary Jones (Kyoto University)``);
    * authors one a line, each with its affiliation lines under it (``山田 太郎`` / ``東北大学`` / ``佐藤 花子`` /
      ``京都大学``) or, where the block opens on an affiliation, over it (``東北大学`` / ``山田 太郎`` / …);
    * marks point to marked affiliation lines anywhere in the block (``山田 花子¹`` / … / ``¹東西大学``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [(a.name.text, a.affiliation.text) for a in block_authors(mk("山田 太郎          佐藤 花子", "東北大学          京都大学"))]
    [('山田 太郎', '東北大学'), ('佐藤 花子', '京都大学')]
    >>> [(a.name.text, a.affiliation.text) for a in block_authors(mk("山田 太郎（東北大学）", "佐藤 花子（京都大学）"))]
    [('山田 太郎', '東北大学'), ('佐藤 花子', '京都大学')]
    >>> [(a.name.text, a.affiliation) for a in block_authors(mk("山田 太郎", "佐藤 花子"))]
    [('山田 太郎', None), ('佐藤 花子', None)]
    >>> block_authors(mk("松山市", "国際交流課長 佐藤 一郎")) is None
    True
    """
    # in a PDF, a name set in the first author's face over an affiliation in the affiliations' face is an author's
    # line, though its words vouch for none (REVTeX's ``Delta Author`` / ``Authors' institution and/or address``)
    faced = faced_author_lines(lines, layout)
    kinds = [k in faced or author_line(t.text, lines[k + 1].text if k + 1 < len(lines) else None)
             for k, t in enumerate(lines)]
    for k in range(len(lines) - 1):  # the rest of a line of authors wrapped onto the next is that line's, no author's own
        if kinds[k] and wrapped_bracketed_authors(lines[k].text, lines[k + 1].text) is not None:
            kinds[k + 1] = False
    named = [k for k, is_author in enumerate(kinds) if is_author]
    if not named:
        return None
    first = lines[named[0]].text
    under = lines[named[0] + 1].text if named[0] + 1 < len(lines) else None
    if len(named) == 1 and names_row(first, under) is None \
            and len(bracketed_authors(first) or wrapped_bracketed_authors(first, under) or ()) < 2 \
            and affiliated_names(first) is None \
            and (split_speaker(_unbracketed(lines[named[0]])).name is not None or names_people(first)):
        return None  # one line of authors that :func:`speaker_of` reads
    groups: list[tuple[int, list[int]]] = []  # (author line, its affiliation lines)
    if kinds[0]:  # name first: the affiliation lines under each author's line
        for k, is_author in enumerate(kinds):
            if is_author:
                groups.append((k, []))
            else:
                groups[-1][1].append(k)
    else:  # the affiliation first (``東北大学`` / ``山田 太郎``): the lines over each author's; the last takes the rest
        pending: list[int] = []
        for k, is_author in enumerate(kinds):
            if is_author:
                groups.append((k, pending))
                pending = []
            else:
                pending.append(k)
        groups[-1][1].extend(pending)
    everything = [_unbracketed(t) for t in lines]
    # a PDF's marks flattened to digits glued to the names, which the affiliation line under them opens with
    glued = {k: glued_digits(everything[k].text, [t.text for t in everything[k + 1:k + 2]]) for k in named}
    keys = {mark_key(m.text) for k in named for _, marks in split_authors(everything[k], glued[k]) for m in marks}
    marked = marked_affiliations([everything[k] for k in range(len(lines)) if not kinds[k]], with_run_marks(keys)) \
        if keys else {}
    if keys and not marked:  # marks the extraction read otherwise on the affiliations' lines pair in order
        ordered = list(dict.fromkeys(mark_key(m.text) for k in named
                                     for _, marks in split_authors(everything[k], glued[k]) for m in marks))
        marked = marks_in_order([everything[k] for k in range(len(lines)) if not kinds[k]], ordered) \
            or unmarked_in_order([everything[k] for k in range(len(lines)) if not kinds[k]], ordered)
    out: list[Author] = []
    for k, own in groups:
        line = everything[k]
        if own and wrapped_bracketed_authors(lines[k].text, lines[own[0]].text) is not None:
            # a line of authors wrapped inside its last one's brackets: read with its rest, in its brackets
            line, own = Text.join([lines[k].strip(), lines[own[0]].strip()], sep=Text.inserted(" ")), own[1:]
        below = [everything[i].strip() for i in own]
        # (the affiliation lines over the author's line come before its own post: ``仙台高等裁判所第3民事部`` over
        # ``裁判長裁判官　中村 正人`` → ``仙台高等裁判所第3民事部裁判長裁判官``, as a judgment's signers read)
        for name, affiliation in _line_authors(line, below, sum(i < k for i in own)):
            for person, marks in split_authors(name, glued[k], twins=True):
                pointed = [t for key in dict.fromkeys(k for m in marks for k in pointed_keys(mark_key(m.text), marked))
                           for t in marked.get(key, [])]
                mine = joined_affiliations(pointed) if pointed else affiliation
                out.append(Author(_without_role(person), marks, mine))
    return _shared_bodies(tuple(out)) or None


PANEL_ROLES = ("司会者", "司会", "進行役", "進行", "座長", "コーディネーター", "モデレーター", "ファシリテーター", "パネリスト",
               "コメンテーター")
"""The roles a panel's or symposium's record sets before a person's name on its list of participants (``司会　山田
恵子（…）``, ``パネリスト　田中 浩二（…）``): the person's part in the event, no part of the name. A closed list, the
chair's and participants' roles of :data:`pipeline.names.TRANSCRIPT_ROLES` and a panel's own (``パネリスト``,
``コメンテーター``), longest first (helper panel84, fresh-user trial 84b: the name had been ``司会　山田　恵子``)."""
_ROLE_BEFORE_NAME = re.compile(rf"^[ \u3000]*(?:{'|'.join(PANEL_ROLES)})[ \u3000]+(?=\S)")


def _without_role(person: Text) -> Text:
    """``person`` without the role label before the name (:data:`PANEL_ROLES`, set off by a space); a name that is the
    role alone, or that only opens with the role's letters (``司会田``), stays whole.

    >>> _without_role(Text.from_raw("司会　山田　恵子", 1)).text, _without_role(Text.from_raw("山田　恵子", 1)).text
    ('山田　恵子', '山田　恵子')
    """
    m = _ROLE_BEFORE_NAME.match(person.text)
    return person[m.end():] if m is not None else person


def _shared_bodies(authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """``authors`` with the body an author line names carried to the author lines under it that give a post alone:
    ``信州地域政策研究所　主任研究員　小宮山 直樹`` / ``研究員　早乙女 由香`` → the second author's affiliation
    ``信州地域政策研究所研究員`` (its lines joined as one affiliation's are, :func:`~.joinlines.affiliation_lines`). A
    Japanese title block names a body once for the authors who belong to it, as a deck cover's body line over a post
    (fix59b). Why (fresh-user trial 60): the second author's affiliation had been ``研究員``, a post of no body. Only a
    post in no body (:func:`~.organisations.post_in_no_body`) takes it, from the nearest author before it whose
    affiliation names a body and ends on a post; an affiliation of its own stays.

    >>> mk = lambda name, aff: Author(Text.inserted(name), (), Text.inserted(aff) if aff else None)
    >>> [a.affiliation.text for a in _shared_bodies((mk("小宮山 直樹", "信州地域政策研究所　主任研究員"), mk("早乙女 由香", "研究員")))]
    ['信州地域政策研究所　主任研究員', '信州地域政策研究所研究員']
    >>> [a.affiliation.text for a in _shared_bodies((mk("山田 太郎", "東北大学　教授"), mk("佐藤 花子", "京都大学　准教授")))]
    ['東北大学　教授', '京都大学　准教授']
    """
    out = list(authors)
    for i in range(1, len(out)):
        own = out[i].affiliation
        if own is None or not post_in_no_body(own.text):
            continue
        before = next((a.affiliation for a in reversed(out[:i]) if a.affiliation is not None), None)
        if before is None or post_in_no_body(before.text):
            continue
        body = before.text.rstrip(" \u3000")
        cut = _post_line_cut(before) or next((c for c in range(1, len(body)) if POSTS_RE.fullmatch(body, c)), None)
        if cut is None or not body[:cut].strip(" \u3000"):
            continue
        out[i] = replace(out[i], affiliation=affiliation_lines([before[:cut].strip(" \u3000"), own]))
    return tuple(out)


def _post_line_cut(affiliation: Text) -> int | None:
    """Where the last raw line of an affiliation joined from lines starts, when that line gives a post in no body
    (:func:`~.organisations.post_in_no_body`) and the lines before it the body: ``仙台高等裁判所第3民事部`` over
    ``裁判長裁判官`` → the cut before ``裁判長裁判官``, a post :data:`~pipeline.names.POSTS_RE` reads only in part
    (``官``; session 74, fresh-user trial 74b). ``None`` for an affiliation of one line.

    >>> aff = Text.join([Text.from_raw("仙台高等裁判所第3民事部", 4), Text.from_raw("裁判長裁判官", 5)])
    >>> _post_line_cut(aff), _post_line_cut(Text.from_raw("東北大学　教授", 4))
    (12, None)
    """
    rows = [p[0] if p is not None else None for p in affiliation.origin]
    last = next((r for r in reversed(rows) if r is not None), None)
    if last is None or all(r in (None, last) for r in rows):
        return None
    at = next(c for c, r in enumerate(rows) if r == last)
    return at if at and post_in_no_body(affiliation.text[at:].strip(" \u3000")) else None


_MARKS_ALONE = re.compile(rf"\s?{MARK}+\s*")
"""What may stand after an author's name on its line and be the author's: affiliation marks (``∗``, ``¹``, ``*1``)."""


def _line_authors(line: Text, below: list[Text], over: int = 0) -> list[tuple[Text, Text | None]]:
    """The authors one author line names, each ``(name, affiliation)``: the affiliation its brackets, its column of
    the affiliation rows ``below`` it, its own speaker line's (``東西大学 山田 太郎``) or the lines below it whole.
    The first ``over`` lines of ``below`` stand over the author's line (a block that opens on its body): they come
    before the line's own post in the affiliation, as the block reads (``仙台高等裁判所第3民事部`` / ``裁判長裁判官　中村
    正人`` → ``仙台高等裁判所第3民事部裁判長裁判官``; session 74, fresh-user trial 74b had ``裁判長裁判官仙台高等裁判所第3民事部``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [(n.text, a.text) for n, a in _line_authors(mk("裁判長裁判官　中村 正人")[0], mk("仙台高等裁判所第3民事部"), 1)]
    [('中村 正人', '仙台高等裁判所第3民事部裁判長裁判官')]
    """
    text = line.text
    pairs = bracketed_authors(text)
    if pairs is not None:
        # an academic title before the name (``Dr. Helen Okafor (…)``) is no part of it (:func:`~.names.name_start`)
        return [(line[a + name_start(line.text[a:b]):b], line[c:d]) for (a, b), (c, d) in pairs]
    row = names_row(text, below[0].text if below else None)
    if row is not None:
        columns = [[line_below[a:b] for a, b in cells(line_below.text)] for line_below in below]
        out = []
        for i, (a, b) in enumerate(row):
            # the affiliation in this author's column, or the one of a line that gives only one (shared)
            mine = [c[i] if len(c) == len(row) else c[0] for c in columns if len(c) == len(row) or len(c) == 1]
            out.append((line[a:b], affiliation_lines(mine) if mine else None))
        return out
    starts = affiliated_names(text)
    if starts is not None:  # ``東北大学 山田 太郎，京都大学 佐藤 花子``: each its own speaker line
        ends = [s - 1 for s in starts[1:]] + [len(text)]
        return [(sp.name, sp.affiliation) for a, b in zip(starts, ends) if (sp := split_speaker(line[a:b].strip())).name is not None]
    split = split_speaker(line)
    # a name by its shape, vouched for by its affiliation under it (``John Smith`` / ``University of Tokyo``), or a
    # byline's names (``by John Smith and Mary Jones``)
    name = split.name if split.name is not None else line[byline(text):].strip()
    if split.name is not None and split.affiliation is None and _MARKS_ALONE.fullmatch(text[text.find(split.name.text) + len(split.name.text):]):
        name = line.strip()  # ``John Smith∗``: the marks after the name are the author's (split_authors parts them)
    parts = below[:over] + ([split.affiliation] if split.affiliation is not None else []) + below[over:]
    return [(name, affiliation_lines(parts) if parts else None)]


def speaker_with_authors(text: Text, affiliation: Text | None, name: Text | None, lines: list[Text]) -> Speaker:
    """The speaker whose ``name`` (a line of one or more authors) is cut into its authors, each with the
    affiliation of ``lines`` its marks point to (:mod:`.authors`); ``name`` becomes the first author's name.

    >>> sp = speaker_with_authors(Text.from_raw("x", 1), None, Text.from_raw("山田 花子¹，鈴木 一郎²", 2),
    ...                           [Text.from_raw("¹東西大学", 3), Text.from_raw("²南北研究所", 4)])
    >>> sp.name.text, [(a.name.text, a.affiliation.text) for a in sp.authors]
    ('山田 花子', [('山田 花子', '東西大学'), ('鈴木 一郎', '南北研究所')])
    """
    if name is None:
        return Speaker(text, affiliation, None)
    authors = resolve_affiliations(name, affiliation, lines)
    return Speaker(text, affiliation_of(authors, affiliation, lines), authors[0].name if authors else name, authors)


def footnoted_affiliations(speaker: Speaker, notes: list[Text]) -> Speaker:
    """``speaker`` with each author whose marks point to no affiliation in the title block (``affiliation`` null)
    given the note among ``notes`` (the paper's footnotes, in page order) that opens on one of the author's marks and
    names an organisation or an address after it: a Japanese paper sets its authors' affiliations so, as footnotes
    of the first page (``山田 太郎∗　佐藤 花子†`` over ``∗（株）アスキー 技術研究所`` / ``†東京大学 大学院…``; LaTeX's
    ``\\thanks``). The affiliation is a view of the note (without its mark), which stays a footnote;
    ``speaker.affiliation``, null before, joins them as :func:`~.authors.distinct_affiliations` does. A note on an
    author that names no organisation (``* Corresponding author: …``) is none (helper paper72, fresh-user trial:
    ``authors[].affiliation`` had been null).

    >>> mk = lambda s, n: Text.from_raw(s, n)
    >>> sp = Speaker(mk("x", 1), None, None, (Author(mk("山田 太郎", 2), (mk("∗", 2),)), Author(mk("佐藤 花子", 2), (mk("†", 2),))))
    >>> [a.affiliation.text for a in footnoted_affiliations(sp, [mk("∗（株）アスキー 技術研究所", 9), mk("†東京大学 大学院", 10)]).authors]
    ['（株）アスキー 技術研究所', '東京大学 大学院']
    >>> footnoted_affiliations(sp, [mk("∗ Corresponding author: a@b.example", 9)]).authors[0].affiliation is None
    True
    """
    if not notes or not any(a.affiliation is None and a.marks for a in speaker.authors):
        return speaker
    from pipeline.chardata import has_japanese
    from pipeline.segment.authors import _LEADING_MARK
    from pipeline.segment.organisations import is_organisation, is_postal_affiliation

    by_mark: dict[str, Text] = {}
    for note in notes:
        lead = len(note.text) - len(note.text.lstrip())
        m = _LEADING_MARK.match(note.text, lead)
        if m is None:
            continue
        rest = note[m.end():].strip()
        # a Japanese note may part its organisation's names by spaces (``（株）アスキー 技術研究所``), read as one
        whole = re.sub(r"[ \u3000]", "", rest.text) if has_japanese(rest.text) else rest.text
        if rest.text and (is_organisation(whole) or is_postal_affiliation(rest.text)):
            by_mark.setdefault(mark_key(m.group("mark")), rest)
    if not by_mark:
        return speaker
    authors = tuple(replace(a, affiliation=joined_affiliations(found)) if a.affiliation is None and a.marks
                    and (found := list({id(t): t for m in a.marks if (t := by_mark.get(mark_key(m.text))) is not None}.values()))
                    else a for a in speaker.authors)
    affiliation = speaker.affiliation if speaker.affiliation is not None \
        else distinct_affiliations([a.affiliation for a in authors])
    return replace(speaker, affiliation=affiliation, authors=authors)


def affiliation_of(authors: tuple[Author, ...], shared: Text | None, lines: list[Text]) -> Text | None:
    """``speaker.affiliation`` in its one format (docs/talk-json.md): each author's affiliation once, in the authors'
    order, without the marks that point to it, parted by an inserted ``"; "``; where no mark points anywhere, the
    ``shared`` affiliation (its lines joined as :func:`~pipeline.segment.joinlines.joined_lines` joins them). The
    affiliation ``lines`` no author's mark points to (an unmarked line among marked ones) follow, joined, so no text
    of the affiliation is lost. Trial 45: a volume's paper whose authors carried ``¹`` kept the marks and joined its
    two affiliations by a space (``¹ Universidad de Cádiz, Spain ² Deltares, …``), the next paper's, marked ``*`` and
    ``†``, gave ``Université de Bretagne Occidentale, …; University of Galway, Ireland``.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 2)]
    >>> lines = mk("¹ Northfield University", "² Institute of Ports")
    >>> authors = resolve_affiliations(Text.from_raw("Anna Berg¹, Tom Lee²", 1), joined_lines(lines), lines)
    >>> affiliation_of(authors, joined_lines(lines), lines).text
    'Northfield University; Institute of Ports'
    """
    keys = {mark_key(m.text) for a in authors for m in a.marks}
    pointed = [a.affiliation for a in authors if a.marks and a.affiliation is not None and a.affiliation is not shared]
    if not pointed:
        return shared
    # a line an author's lost mark points to in order (:func:`~.authors.unmarked_in_order`) is pointed to too
    paired = {part.text for t in pointed for part in affiliation_parts(t)}
    rest = [t for t in lines if leading_mark(t.text) not in keys
            and not any(t.text.strip().rstrip(",") in part for part in paired)]
    return distinct_affiliations(pointed + ([joined_lines(rest)] if rest else []))


_SPEAKER_BRACKETS = ("「」", "『』", "（）", "()", "【】")


def _unbracketed(line: Text) -> Text:
    """A speaker line without the brackets it is set in whole (``「さくら市観光振興課長 山田 太郎」``): they mark the
    line, they are no part of the affiliation or the name (the speaker's text keeps them).

    >>> _unbracketed(Text.from_raw("「観光課長 山田 太郎」", 1)).text, _unbracketed(Text.from_raw("山田 太郎（観光課）", 1)).text
    ('観光課長 山田 太郎', '山田 太郎（観光課）')
    """
    s = line.text.strip()
    lead = len(line.text) - len(line.text.lstrip())
    if len(s) > 2 and any(s[0] == a and s[-1] == b and b not in s[1:-1] for a, b in _SPEAKER_BRACKETS):
        return line[lead + 1:lead + len(s) - 1]
    return line


def prefix_hints(prefix: Text | None) -> list[Hint]:
    """Lost glyphs in a talk-number prefix: a talk number, which nothing in the talk tells."""
    if prefix is None or GAP not in prefix.text:
        return []
    start = prefix.text.index(GAP)
    pos = prefix.origin[start]
    length = len(prefix.text[start:]) - len(prefix.text[start:].lstrip(GAP))
    if pos is None:
        return []
    return [Hint(pos[0], pos[1], length, (), Evidence(
        "abstention", "lost glyphs before the city name on the talk's first line: a talk number; the talk itself does not say which"))]


def subtitle_hints(subtitle_ja: Text, subtitle_en: Text | None) -> list[Hint]:
    """Lost glyphs at both ends of a Japanese subtitle, when the English subtitle is wrapped in ``~``.

    The English cover keeps the wave dashes the Japanese line lost, so the
    gaps are most likely ``～``; restore weighs this with its other evidence.
    """
    if subtitle_en is None or not subtitle_en.text.strip() or subtitle_en.text.strip()[0] not in WAVE_DASHES:
        return []
    hints = []
    en_line = subtitle_en.first_pos()[0] if subtitle_en.first_pos() else 0
    for index in (0, len(subtitle_ja) - 1):
        pos = subtitle_ja.origin[index]
        if subtitle_ja.text[index] == GAP and pos is not None:
            hints.append(
                Hint(pos[0], pos[1], 1, ("～",), Evidence("bilingual", f"the English subtitle at line {en_line} is wrapped in ~…~"))
            )
    return hints


_READING = re.compile(f"^[（(]\\s*([{HIRAGANA}{KATAKANA}]+(?:[\\s\u3000・]+[{HIRAGANA}{KATAKANA}]+)*)\\s*[）)]$")
"""A name's reading alone on its line: kana in brackets (``（みうら　なおき）``, ``(ミウラ ナオキ)``)."""


def name_reading(text: str) -> str | None:
    """The kana of a line that is only a name's reading in brackets (``（みうら　なおき）`` → ``みうらなおき``), else
    ``None``.

    >>> name_reading("（みうら　なおき）"), name_reading("（注）"), name_reading("（1）住民")
    ('みうらなおき', None, None)
    """
    m = _READING.match(text.strip())
    return re.sub(r"[\s\u3000・]", "", m.group(1)) if m is not None else None


MIN_READING = 3
"""Kana a reading has at least to be read as a name's (``（みうら）``; ``（注）`` is a note's mark)."""


def reads_name(kana: str, name: str) -> bool:
    """``kana`` reads the name ``name`` (``山田 太郎``): Sudachi's reading of the whole name, or of its family name
    (the part before the space: a given name has readings Sudachi may not give), opens it.

    >>> reads_name("みうらなおき", "三浦　直樹"), reads_name("やまだたろう", "三浦　直樹")
    (True, False)
    """
    said = to_katakana(kana)
    if len(said) < MIN_READING:
        return False
    whole = re.sub(r"[\s\u3000]", "", name)
    parts = name.split()
    family = parts[0] if len(parts) > 1 else None
    read = reading(whole)
    if read and said == read:
        return True
    return family is not None and len(r := reading(family)) >= 2 and said.startswith(r) and len(said) > len(r)


def reading_to_speaker(speaker: Speaker, front: list[Text], sections: tuple) -> tuple[Speaker, list[Text], tuple]:
    """A reading of the speaker's name (``（みうら　なおき）``: kana in brackets that reads the name) belongs to the
    speaker, as a name's reading does to its name: where it stands in the front matter (under the speaker line) or
    closes the paper (an author's sign-off under the references), it joins the speaker's text
    (``中央市立図書館　企画課　三浦　直樹（みうら　なおき）``), never a front line or a section's paragraph (a reference).
    A reading that reads no author's name stays where it is."""
    if speaker.text is None or not speaker.authors and speaker.name is None:
        return speaker, front, sections
    names = [a.name.text for a in speaker.authors] or [speaker.name.text]

    def reads(t: Text) -> bool:
        kana = name_reading(t.text)
        return kana is not None and any(reads_name(kana, n) for n in names)

    read = [reads(t) for t in front]
    found = [t for t, r in zip(front, read) if r]
    front = [t for t, r in zip(front, read) if not r]
    if sections and sections[-1].paragraphs and reads(last := sections[-1].paragraphs[-1]):
        found.append(last)
        sections = (*sections[:-1], replace(sections[-1], paragraphs=sections[-1].paragraphs[:-1]))
    if not found:
        return speaker, front, sections
    return replace(speaker, text=Text.join([speaker.text, *(t.strip() for t in found)])), front, sections


_OPEN_WORD_END = re.compile(r"[A-Za-z]$")


def front_wraps(front: list[Text], layout: "Layout") -> list[Text]:
    """``front`` (in raw order) with an English sentence wrapped over two front lines joined into one, a space between:
    a line that stops on an article, a preposition or a conjunction (:data:`pipeline.english_words.CONNECTIVES`:
    ``…in partial fulfilment of the``), whose next raw line, on the same page, opens on a small letter
    (``requirements for the degree…``): neither line is whole alone. Why: trial 53's thesis cover gave
    ``A thesis submitted in partial fulfilment of the`` / ``requirements for the degree of Master of Science`` as two
    front lines, where each front line is a line of its own but for such wraps. It does NOT join a line over one
    opening in capitals (``…presented to the`` / ``University of Galway``: a name), a field (``Keywords: …``), a list's
    item, a byline under a complete line (``…Master of Science`` / ``by``: the line before stops on a noun), nor lines a
    blank, a page or another front line parts.

    >>> from pipeline.segment.layout import Layout
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["A thesis submitted in partial fulfilment of the",
    ...          "requirements for the degree of Master of Science", "by", "Helen O'Rourke"], 3)]
    >>> [t.text for t in front_wraps(lines, Layout.plain())]
    ['A thesis submitted in partial fulfilment of the requirements for the degree of Master of Science', 'by', "Helen O'Rourke"]
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["A dissertation presented to the", "University of Galway"], 3)]
    >>> [t.text for t in front_wraps(lines, Layout.plain())]
    ['A dissertation presented to the', 'University of Galway']
    """
    from pipeline.english_words import ends_on_connective_word
    from pipeline.segment.labels import field_line, item_mark
    from pipeline.segment.layout import first_line, last_line

    out: list[Text] = []
    for t in front:
        if out:
            a, b = out[-1].text.rstrip(), t.text.strip()
            end, start = last_line(out[-1]), first_line(t)
            first_word = b.split()[0] if b.split() else ""
            if (end is not None and start == end + 1 and layout.at(end).page == layout.at(start).page
                    and script_of(a) == EN and script_of(b) == EN and first_word[:1].islower()
                    and _OPEN_WORD_END.search(a) and field_line(b) is None and item_mark(b) is None
                    and ends_on_connective_word(a)):
                out[-1] = Text.join([out[-1].strip(), t.strip()], sep=Text.inserted(" "))
                continue
        out.append(t)
    return out
