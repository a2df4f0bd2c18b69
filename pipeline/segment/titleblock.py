"""A talk's or paper's title block, read from general evidence.

A title block is the run of lines a talk opens with: a talk number
(``【４】``, ``第2講演``, ``Session 3``; in the sample a number whose glyphs were
lost), a city or organisation line, the title (and a ``～…～`` subtitle), the
speaker (an affiliation and a name). Each line is classified by its own
evidence (:func:`classify`); :func:`read_block` reads the block that starts at
a line and says which cues it found and how strong they are together. The
talk splitter weighs those cues (:mod:`.talks`); no single one starts a talk.

Evidence used, all general: municipality suffixes (市町村区都道府県郡),
organisation words (大学, 研究所, 株式会社 …, University, Institute …), job
titles (:mod:`pipeline.names`), a person's name as Sudachi reads it (surname
and given name, ``人名``), the wave dashes of a subtitle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.chardata import (EN, HALFWIDTH_LATIN, HALFWIDTH_LATIN_UPPER, JA, JA_LETTER_RE, NEUTRAL, is_hiragana,
                               script_of)
from pipeline.english_words import CONNECTIVES, ends_on_connective
from pipeline.model import GAP, Text
from pipeline.names import JOB_TITLE_RE
from pipeline.numbering import explicit_number
from pipeline.pagenumbers import page_number
from pipeline.segment.labels import is_chapter_label, is_date_line, is_letter_formula, is_section_name
from pipeline.segment.slidetext import is_bullet

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout

MUNICIPALITY_SUFFIXES = "市町村区都道府県郡"
ORGANISATION_WORDS = (
    "大学院", "大学", "学部", "学類", "学群", "研究科", "研究室", "研究所", "研究センター", "センター", "協会", "機構",
    "財団", "株式会社", "有限会社", "会社", "公社", "事業団", "会議所", "組合", "学会", "庁", "省", "局", "課", "部",
    "室", "役所", "役場", "高等学校", "学校", "病院", "専攻", "学科", "講座", "コース", "研究部",
)
"""Words a Japanese organisation's name ends with (the last one decides: 北九州市国際部 is an organisation)."""
ORGANISATION_WORDS_EN = (r"University|Universit[éa]|Institute|College|School|Department|Dept\.|Laboratory|Lab|Faculty|"
                         r"Cent(?:er|re)|Corporation|Company|Agency|Ministry|Office|Association|Foundation|Prefecture|"
                         r"Authority|Bureau|Council|Division|Board|Commission|Committee|Society|Government|Federation|"
                         r"Organi[sz]ation|Unit|Observatory|Museum|Hospital|Library")
"""Words an English organisation's name is led or ended by (one list for every English organisation test)."""
EN_ORGANISATION = re.compile(rf"\b(?:{ORGANISATION_WORDS_EN}|Corp\.|Inc\.|Ltd\.?|City of)(?!\w)")
_ORGANISATION_NAME = re.compile(rf"^(?:(?:{ORGANISATION_WORDS_EN})\s+(?:of|for)\s)|\b(?:{ORGANISATION_WORDS_EN}|Inc\.|Ltd\.?|Corp\.)$")
"""An organisation's name: led by its kind (``University of …``, ``Ministry of …``) or ending in it
(``… Exchange Association``, ``… Transit Authority``); ``… of a City of Peace`` is a title."""
ORGANISATION_ENDINGS_EN = r"Group|Partners|Partnership|Consultants|Consulting|Associates|Trust|Alliance|LLC|LLP|GmbH|plc"
"""Words an English organisation's name ends with but that a title holds as often elsewhere (``Coastal Logistics
Group``, ``Harbour Partners``; ``Focus Group Results``, ``Building Trust``): an organisation only at the end of a
line of capitalised words."""
_ORGANISATION_ENDING = re.compile(rf"^(?:[A-Z][\w'’&.\-]*\s+|(?:of|and|for|the|&)\s+)+(?:{ORGANISATION_ENDINGS_EN})$")
_CLIENT = re.compile(r"^(?:(?:Prepared|Produced|Written|Compiled|Conducted)\s+for|(?:Submitted|Presented|Delivered)\s+to"
                     r"|(?:An?\s+)?(?:Final\s+|Interim\s+)?Report\s+(?:to|for)|(?:Commissioned|Funded|Sponsored)\s+by"
                     r"|On\s+behalf\s+of|Client\s*:)\s|^(?:委託者|発注者|提出先|委託元|依頼者|依頼元)[\s　:：]|御中$",
                     re.IGNORECASE)
WAVE_DASHES = "～~〜"
CUE_WEIGHTS = {"number": 2.0, "city": 1.5, "organisation": 1.5, "title": 1.0, "speaker": 2.0, "return": 1.5, "page": 0.5,
               "headline": 1.0}
"""How much each cue says that a talk starts here. A start needs 4 points from two cues or more.
``headline``: the title is set in the largest size of the document's opening lines (a PDF's font size)."""

_TALK_NUMBER = re.compile(
    r"^(?:[【［〔\[](?:第|No\.?\s?)?[0-9０-９一二三四五六七八九十]{1,3}(?:講演|報告|発表)?[】］〕\]]"
    r"|第\s?[0-9０-９一二三四五六七八九十]{1,3}\s?(?:講演|報告|発表|セッション|部会)"
    r"|(?:Session|Talk|Lecture|Presentation|Keynote|Paper)\s*[0-9０-９]{1,2}\b[.:]?"
    r"|(?:講演|報告|発表)\s?[0-9０-９]{1,2})\s*"
)
_LOST_NUMBER = re.compile(rf"^[\s{GAP}0-9０-９.．、)）(（第回]*{GAP}[\s{GAP}0-9０-９.．、)）(（第回]*")
_MUNICIPALITY = re.compile(rf"^[^\s{GAP}0-9０-９]{{1,12}}?[{MUNICIPALITY_SUFFIXES}]$")
_UPPER, _LETTERS = HALFWIDTH_LATIN_UPPER, HALFWIDTH_LATIN  # a name's letters, accented ones too (``Tomás``, ``Ørsted``)
_EN_NAME = re.compile(rf"^(?:(?:[{_UPPER}]\.|[{_UPPER}][{_LETTERS}'’\-]+\.?)\s){{1,3}}[{_UPPER}][{_LETTERS}'’\-]+$")
EVENT_WORDS = ("シンポジウム", "フォーラム", "セミナー", "研究会", "講演会", "大会", "学術集会", "会議", "交流会", "報告会",
               "発表会", "協議会", "懇談会", "総会", "サミット", "講演録", "講演集", "論文集", "予稿集", "Symposium",
               "Conference", "Workshop", "Forum", "Seminar", "Congress", "Meeting", "Summit", "Colloquium",
               "Proceedings")
"""Words an event's name (or its volume's: 講演録, 予稿集, Proceedings) holds: the event a talk was given at, not the
talk's title."""
_SERIES = re.compile(r"^(?:[Tt]he\s+)?(?:第\s?[0-9０-９一二三四五六七八九十]{1,3}\s?回|[0-9]{1,3}(?:st|nd|rd|th)\b"
                     r"|(?:令和|平成|昭和)\s?[0-9０-９元]{1,2}\s?年度?|[0-9０-９]{4}\s?年度?|[0-9]{4}\b)")
"""What opens an event's name: a series number (``第3回``, ``12th``) or the year it was held (``平成28年度``, ``2024``)."""


def talk_number(text: str) -> int:
    """Length of an intact talk-number prefix (``【４】``, ``第2講演``, ``Session 3``), 0 when there is none.

    >>> talk_number("【４】北九州市"), talk_number("第2講演"), talk_number("Session 3: Ports"), talk_number("北九州市")
    (3, 4, 11, 0)
    """
    m = _TALK_NUMBER.match(text)
    return m.end() if m else 0


def is_municipality(text: str) -> bool:
    """A short Japanese line that is only a place name ending in a municipality suffix.

    >>> is_municipality("北九州市"), is_municipality("京畿道"), is_municipality("北九州市は西日本の都市")
    (True, True, False)
    >>> is_municipality("港町市"), is_municipality("港まち夜市"), is_municipality("城下町")  # a night market, a castle town
    (True, False, False)
    >>> is_municipality("かえで市"), is_municipality("はこだて市"), is_municipality("本市の中心市")  # a particle is a word, not a letter
    (True, True, False)
    """
    s = text.strip()
    return bool(_MUNICIPALITY.match(s)) and script_of(s) == JA and not any(c in s for c in "、。") \
        and _ends_on_municipality_suffix(s)


@lru_cache(maxsize=4096)
def _ends_on_municipality_suffix(s: str) -> bool:
    """Sudachi reads the line's last word as the suffix itself (``港町`` + ``市``) or as a place name
    (``北九州市``, 地名): a word that only ends in the character is none (``夜市``, ``朝市``, ``城下町``)."""
    from pipeline.sudachi import tokenizer

    morphemes = [m for m in tokenizer("C").tokenize(s) if m.part_of_speech()[0] != "空白"]
    if not morphemes or any(m.part_of_speech()[0] in _NO_PLACE_WORDS for m in morphemes):
        return False  # a phrase (北九州市は西日本の都市, 本市の中心市), not a name; kana names may hold で, は (かえで市)
    last = morphemes[-1]
    return last.surface() in MUNICIPALITY_SUFFIXES or last.part_of_speech()[2] == "地名"


_NO_PLACE_WORDS = frozenset({"助詞", "助動詞", "動詞", "補助記号"})
"""Parts of speech a place name never holds (Sudachi's first level)."""


def municipality_in(text: str) -> tuple[int, int] | None:
    """Where a title names a municipality (``みどり市の子育て支援``, ``子育て支援の取組：さくら町の事例``): the span
    ``(start, end)`` of the first word Sudachi reads as a place name ending in a municipality suffix, or of a
    noun and the suffix after it (``さくら`` + ``町``), that :func:`is_municipality` accepts alone and that a
    particle or a mark follows (or the title ends: no compound such as ``京都議定書``); else ``None``.
    The evidence is :func:`is_municipality`'s (no list of names): ``地方都市``, ``城下町`` and ``夜市`` are words.

    >>> t = "子育て支援の取組：さくら町の事例"; t[slice(*municipality_in(t))]
    'さくら町'
    >>> municipality_in("みどり市の子育て支援"), municipality_in("地方都市の交通"), municipality_in("港まち夜市")
    ((0, 4), None, None)
    >>> municipality_in("京都議定書と温暖化対策"), municipality_in("東京都と大阪府の比較")  # a compound word; the first place
    (None, (0, 3))
    """
    from pipeline.sudachi import tokenizer

    if script_of(text) != JA:
        return None
    morphemes = list(tokenizer("C").tokenize(text))
    for k, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if pos[2] == "地名" and m.surface()[-1:] in MUNICIPALITY_SUFFIXES:
            span = (m.begin(), m.end())
        elif (m.surface() in MUNICIPALITY_SUFFIXES and k > 0 and morphemes[k - 1].part_of_speech()[0] == "名詞"
              and morphemes[k - 1].part_of_speech()[1] != "数詞"):
            span = (morphemes[k - 1].begin(), m.end())
        else:
            continue
        after = morphemes[k + 1].part_of_speech()[0] if k + 1 < len(morphemes) else None
        if after not in (None, *_PLACE_ENDS):
            continue  # a word the place name is part of (京都議定書, 那覇市国際課): no place the title is about
        if is_municipality(text[span[0]:span[1]]):
            return span
    return None


_PLACE_ENDS = ("助詞", "補助記号", "空白")
"""What follows a place name the title is about (みどり市の…, 北九州市における…, ：ひばり市): a particle or a mark."""


def is_organisation(text: str) -> bool:
    """A short line naming an organisation (its last word is an organisation word), no sentence, no name after it.

    Short: 40 characters at most, 80 for an English name (``Department of
    Coastal Engineering, Northfield University``: English words are longer).

    A Japanese name may be written in parts with spaces between them, each a
    municipality or an organisation (``倉敷市 文化観光部``, ``架空大学 国際学部``).

    >>> is_organisation("筑波大学情報学群"), is_organisation("東西大学 山田 太郎"), is_organisation("University of Tsukuba")
    (True, False, True)
    >>> is_organisation("倉敷市 文化観光部"), is_organisation("架空大学　国際学部"), is_organisation("倉敷市 山田 太郎")
    (True, True, False)
    >>> is_organisation("Coastal Logistics Group"), is_organisation("Focus group results"), is_organisation("Building Trust in Ports")
    (True, False, False)
    >>> is_organisation("²Institute of Marine Structures, Bergen, Norway"), is_organisation("Workflow Notes for the Field Office")
    (True, False)
    >>> is_organisation("Institute for Urban Mobility"), is_organisation("Centre for Coastal Research")
    (True, True)
    """
    s = text.strip()
    if not s or len(s) > (80 if script_of(s) == EN else 40) or s.endswith(("。", ".", "、")):
        return False
    if script_of(s) == EN:
        s = re.sub(rf"^[{_MARK}]+\s*", "", s)  # ``²Institute of …``: the mark that points to it from the authors
        found = EN_ORGANISATION.search(s)
        if found is not None and re.search(r"\b(?:for|to)\s", s[:found.start()]) and not _ORGANISATION_NAME.match(s):
            return False  # ``Workflow Notes for the Field Office``: a text addressed to an organisation, no name of one
        return (found is not None or _ORGANISATION_ENDING.match(s) is not None) and len(s.split()) <= 10
    parts = s.replace("\u3000", " ").split()
    return any(parts[-1].endswith(w) for w in ORGANISATION_WORDS) and all(
        is_municipality(p) or any(p.endswith(w) for w in ORGANISATION_WORDS) for p in parts[:-1])


def organisation_line(text: str) -> bool:
    """An English line that only names an organisation (``Coastline Transit Authority``): an organisation
    word, ten words at most, no sentence, no bullet.

    >>> organisation_line("Hokuriku International Exchange Association"), organisation_line("About the Association")
    (True, False)
    >>> organisation_line("International Exchange of a City of Peace"), organisation_line("Department of Urban Studies")
    (False, True)
    """
    s = text.strip()
    return (script_of(s) == EN and (_ORGANISATION_NAME.search(s) is not None or _ORGANISATION_ENDING.match(s) is not None)
            and len(s.split()) <= 10 and not is_client_line(s)
            and not s.endswith((".", "?", "!", ":")) and s[:1].isupper() and not is_bullet(s)
            and s.split()[0].lower() not in ("about", "our", "why", "how", "what", "for", "from", "with", "on"))


def is_client_line(text: str) -> bool:
    """A report's line naming whom it was made for (``Prepared for the Port Authority of …``, ``Submitted to …``,
    ``Commissioned by …``, ``委託者：…``, ``…御中``): front matter, never the authors' affiliation nor a title, though
    it names an organisation (``Prepared by`` names the authors: no client line).

    >>> is_client_line("Prepared for the Port Authority of Westmarch"), is_client_line("Commissioned by Kell County Council")
    (True, True)
    >>> is_client_line("委託者：東浜市港湾課"), is_client_line("Prepared by Coastal Logistics Group"), is_client_line("Port Authority")
    (True, False, False)
    """
    return _CLIENT.search(text.strip()) is not None


@lru_cache(maxsize=4096)
def is_person_name(text: str) -> bool:
    """A line that is only a person's name: Sudachi reads surname and given name (``人名``).

    A surname Sudachi also knows as a place (春日) still counts when a given
    name follows it. Lost glyphs make it unreadable (never a name by guess).

    >>> is_person_name("春日　太郎"), is_person_name("佐藤 一郎"), is_person_name("目次"), is_person_name("情報太郎")
    (True, True, False, False)
    >>> is_person_name("Hanako Yamada"), is_person_name("Port Cities"), is_person_name("Small Repairs, Long Lives")
    (True, False, False)
    >>> is_person_name("Elena Marsh¹ and Kenji Arai²"), is_person_name("Rachel Okafor* and Tomas Lind†")
    (True, True)
    >>> is_person_name("Maria Okafor ¹ Kenji Watanabe ²"), is_person_name("山田 花子¹，鈴木 一郎²")
    (True, True)
    >>> is_person_name("Takayuki YATO (aka. “ZR”)"), is_person_name("八登崇之 （Takayuki YATO; aka. “ZR”）"), is_person_name("朝倉卓人 ∗")
    (True, True, True)
    >>> is_person_name("(財) 電力中央研究所"), is_person_name("Port Cities (2024)")
    (False, False)
    >>> is_person_name("Elena Marsh¹,² and Kenji Arai²"), is_person_name("Elena Marshᵃ and Kenji Araiᵇ,*")
    (True, True)
    >>> is_person_name("Inés Ruiz¹ and Søren Ødegård²"), is_person_name("Coastal Logistics Group")
    (True, False)
    >>> is_person_name("Lena Vortmann¹, Kenji Arase² and Tomás Quiroga¹")
    True
    """
    s = text[:name_end(text)].strip()
    # a line of authors that point to their affiliations by marks may be long (``Lena Vortmann¹, Kenji Arase² and
    # Tomás Quiroga¹``); without marks a long line of capitalised words joined by ``and`` is as often a title
    # (``Kure Harbour Festival and Shipyard Tours``)
    marked = script_of(s) == EN and _AFFILIATION_MARKS.search(s) is not None
    if not s or len(s) > (MAX_AUTHORS_LINE if marked else 30) or GAP in s or s.endswith((",", "、", "，")):
        return False  # a line that ends in a comma goes on: a list's item, not a name alone (``Yawata Works,``)
    if script_of(s) == EN:
        # ``Elena Marsh¹ and Kenji Arai²``, ``Maria Okafor ¹ Kenji Watanabe ²``: marks that point to affiliations,
        # and end each author's name
        s = _AFFILIATION_MARKS.sub(",", s)
        words = re.split(r"\s*(?:,|\band\b|&)\s*", s)
        return all(_EN_NAME.match(w) for w in words if w) and len(s.split()) <= 12 and not EN_ORGANISATION.search(s) \
            and _ORGANISATION_ENDING.match(s) is None \
            and not any(w.lower() in _EN_NON_NAMES for w in s.split()) and not _all_common_words(s)
    if script_of(s) == JA and re.search(rf"[{_MARK}，、]", s):
        # ``山田 花子¹，鈴木 一郎²``: authors parted by commas, each with its affiliation mark
        parts = [p.strip() for p in re.split(r"[，、,]", re.sub(rf"[{_MARK}]+", "", s)) if p.strip()]
        return bool(parts) and all(is_person_name(p) for p in parts) and (len(parts) > 1 or parts[0] != s)
    if script_of(s) != JA or len(s) > 12:
        return False
    from pipeline.sudachi import tokenizer

    morphemes = [m for m in tokenizer("C").tokenize(s) if m.part_of_speech()[0] != "空白"]
    if not morphemes:
        return False
    kinds = [m.part_of_speech()[2] for m in morphemes]
    return kinds[-1] == "人名" and all(k in ("人名", "地名") for k in kinds)


_NAME_ASIDE = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）]|(?<!,)[*\u2217\u2020\u2021]+)\s*$")
"""What may follow an author's name on a title block's line: an aside in brackets (``Takayuki YATO (aka. “ZR”)``,
``八登崇之 （Takayuki YATO）``) or a footnote mark (``朝倉卓人 ∗``, U+2217 from TeX's math font); a mark after a
comma ends a list of affiliation marks (``Araiᵇ,*``), which :data:`_AFFILIATION_MARKS` takes whole."""


def name_end(text: str) -> int:
    """Where an author's name ends on its line: before a bracketed aside or a footnote mark after it
    (:data:`_NAME_ASIDE`), the line's length otherwise. An organisation in the brackets is an affiliation, not an
    aside (``小川 弘和（熊本学園大学経済学部）`` is a name and its affiliation: :func:`speaker_split`).

    >>> t = "Takayuki YATO (aka. “ZR”)"; t[:name_end(t)], name_end("小川 弘和（熊本学園大学経済学部）")
    ('Takayuki YATO', 17)
    """
    m = _NAME_ASIDE.search(text)
    if m is None or is_organisation(m.group(0).strip(" (（)）")):
        return len(text)
    return m.start()


_MARK = "\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u1d43-\u1d5b\u1d9c-\u1dbf\u02b0-\u02b8\u02e1-\u02e3\u2071\u207f"
_AFFILIATION_MARKS = re.compile(rf"(?<=[{_LETTERS}.])\s?[{_MARK}]+(?:,[{_MARK}]+)*")
"""Superscript digits and letters (``¹``, ``ᵃ``), asterisks and daggers after an author's name (the affiliation or
correspondence marks)."""


def _all_common_words(text: str) -> bool:
    """Every word (initials aside) is an English word WordNet lists (``Small Repairs, Long Lives``): a phrase,
    not names (``Emily R. Carter``: WordNet lists no ``emily``).

    >>> _all_common_words("Small Repairs, Long Lives"), _all_common_words("Emily R. Carter and Kenji Mori")
    (True, False)
    """
    from pipeline.glosses import listed

    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 1 and w.lower() not in ("and",)]
    return bool(words) and all(listed(w.lower()) for w in words)


MAX_AUTHORS_LINE = 80
"""Characters an English line of authors' names with affiliation marks has at most (any other name line: 30)."""
_EN_NON_NAMES = {"the", "of", "in", "for", "city", "cities", "port", "ports", "thank", "you", "why", "our", "how", "what"}


def speaker_split(text: str) -> int | None:
    """Where the affiliation ends and the name starts in a speaker line, or ``None`` when it is not one.

    A job title followed by a short name (``…国際部長 佐藤 一郎``), an
    organisation word followed by a name (``東西大学 山田 太郎``), or a name
    followed by its affiliation in brackets (``情報太郎（架空大学）``: 0, the
    whole line is led by the name).

    >>> t = "北九州市国際交流課長 佐藤 一郎"; t[:speaker_split(t)]
    '北九州市国際交流課長'
    >>> speaker_split("東西大学 山田 太郎"), speaker_split("情報太郎（架空大学大学院情報学研究科）"), speaker_split("熊本市のあらまし")
    (4, 0, None)
    """
    s = text.rstrip()
    if not s or s.endswith(("。", "．")) or len(s) > 60:
        return None
    end = None
    for m in JOB_TITLE_RE.finditer(s):
        rest = s[m.end():].strip()
        if rest and len(rest.replace(" ", "").replace("\u3000", "")) <= 10 and not rest.endswith("。"):
            end = m.end()
    if end is not None:
        return end
    m = re.match(r"^([^（(]{2,12})[（(]([^）)]{2,40})[）)]$", s.strip())
    if m and is_organisation(m.group(2)):
        return 0
    if name_then_affiliation(s) is not None:
        return 0
    parts = re.split(r"[\s\u3000]+", s.strip())
    if len(parts) >= 2 and script_of(s) == JA:
        for k in range(len(parts) - 1, 0, -1):
            head, name = " ".join(parts[:k]), " ".join(parts[k:])
            if all(is_organisation(p) for p in parts[:k]) and (is_person_name(name) or (GAP in name and len(name) <= 8)):
                return len(s) - len(s.lstrip()) + s.strip().index(parts[k - 1]) + len(parts[k - 1])
    return None


def name_then_affiliation(text: str) -> int | None:
    """Where the affiliation starts in an English ``Name, Organisation`` line (the comma), else ``None``.

    >>> t = "R. Okafor, County Highways Office"; t[name_then_affiliation(t):]
    ', County Highways Office'
    >>> name_then_affiliation("Maria Lindqvist and Tomas Berg"), name_then_affiliation("Ports, Trade and Cities")
    (None, None)
    """
    s = text.strip()
    if script_of(s) != EN or "," not in s:
        return None
    comma = s.index(",")
    name, rest = s[:comma].strip(), s[comma + 1:].strip()
    return comma if is_person_name(name) and is_organisation(rest) else None


def is_subtitle(text: str) -> bool:
    """A subtitle line: wrapped in wave dashes, or in lost glyphs where the dashes were.

    >>> is_subtitle("～豊かな自然環境～"), is_subtitle("~Abundant Nature~"), is_subtitle("\\ufffd豊かな自然環境\\ufffd")
    (True, True, True)
    >>> is_subtitle("熊本市\\ufffd\\ufffd情報部長")
    False
    """
    s = text.strip()
    if len(s) < 3:
        return False
    marks = WAVE_DASHES + GAP
    return s[0] in marks and s[-1] in marks and (s[0] != GAP or s[-1] != GAP or GAP not in s[1:-1])


def is_event_line(text: str) -> bool:
    """The name of the event a talk was given at: a series number (``第3回``, ``12th``) or a year, and an event word.

    >>> is_event_line("第3回 地域交通シンポジウム"), is_event_line("The 12th Workshop on Ports"), is_event_line("第3回の挑戦")
    (True, True, False)
    >>> is_event_line("地域交通を考える市民フォーラム"), is_event_line("バス路線の再編と住民の移動")
    (False, False)
    >>> is_event_line("平成28年度 都市間交流セミナー 講演録"), is_event_line("2024 Harbour Forum")
    (True, True)
    >>> is_event_line("第5回　北陸・東北都市交流会議　講演録"), is_event_line("第2回 会議の進め方")
    (True, False)
    >>> is_event_line("第5回まちなか再生協議会　議事録")
    False
    """
    s = text.strip()
    return len(s) <= 60 and _SERIES.match(s) is not None and _EVENT_WORD.search(s) is not None \
        and _RECORD_OF_EVENT.search(s) is None


_RECORD_OF_EVENT = re.compile(r"(?:議事録|会議録|議事要旨|記録|報告書|Minutes|Report)$", re.IGNORECASE)
"""A document of the event (``第5回まちなか再生協議会　議事録``: its minutes) is that document's title, not the event a
talk was given at."""


_EVENT_WORD = re.compile("(?:" + "|".join(re.escape(w) for w in EVENT_WORDS) + r")(?=[\s\u3000,，、:：]|$)")
"""An event word ending a word of the line (``…交流会議　講演録``; ``第2回 会議の進め方`` is a title)."""


DOCUMENT_KINDS = ("修士論文", "博士論文", "卒業論文", "学位論文", "研究報告書", "報告書", "Master's Thesis",
                  "Master’s Thesis", "Doctoral Thesis", "Doctoral Dissertation", "PhD Thesis", "Bachelor's Thesis",
                  "Technical Report", "Report")
"""What a thesis or report cover says it is, above its title: a label, never the title."""
_KIND_LABEL = re.compile(r"^(?:(?:令和|平成|昭和)\s?[0-9０-９元一二三四五六七八九十]{1,3}\s?年度|[0-9]{4}\s?年度?|[0-9]{4})?"
                         r"[\s　]*(?:(?:Annual|Interim|Final|Progress|Quarterly|Monthly|Technical)\s+)?"
                         r"(?:" + "|".join(re.escape(k) for k in DOCUMENT_KINDS) + r")(?:\s*[（(][^）)]*[）)])?(?:\s+[0-9]{4})?$",
                         re.IGNORECASE)


def is_document_kind(text: str) -> bool:
    """A cover line naming the kind of document, with its year at most (``令和4年度 修士論文``, ``Master's Thesis``).

    >>> is_document_kind("令和4年度 修士論文"), is_document_kind("2023 Master's Thesis"), is_document_kind("修士論文の書き方")
    (True, True, False)
    >>> is_document_kind("Annual Technical Report 2024"), is_document_kind("Harbour Freight Study: Interim Report")
    (True, False)
    """
    return _KIND_LABEL.match(text.strip()) is not None


def is_title_line(text: str) -> bool:
    """Could be a title: a phrase (not a sentence, not a numbered heading, not a page number, not a place or a name alone).

    A contents heading (``目次``, ``Contents``), a line ending in a page
    number set apart or a leader (a contents entry, a running header with its
    page's number) or the name of the event (``第3回 地域交通シンポジウム``) is
    never a talk's title.

    >>> is_title_line("港町の国際交流"), is_title_line("1. はじめに"), is_title_line("本市は港町である。"), is_title_line("Port Cities in the Seto Inland Sea")
    (True, False, False, True)
    >>> is_title_line("目 次"), is_title_line("Table of Contents"), is_title_line("第3回 地域交通シンポジウム")
    (False, False, False)
    >>> is_title_line("令和5年度 卒業論文"), is_title_line("2024年5月"), is_title_line("May 2024"), is_title_line("Abstract")
    (False, False, False, False)
    >>> is_title_line("日本語 BibTEX：JBibTEX"), is_title_line("The 文書 contains 日本語 and English."), is_title_line("20xx年x月")
    (True, False, False)
    >>> is_title_line("拝啓"), is_title_line("前略"), is_title_line("かしこ")  # a letter's opening and closing words
    (False, False, False)
    """
    from pipeline.segment.contents import has_leader, is_contents_title

    s = text.strip()
    if len(s) < 2 or len(s) > 80 or s.endswith(("。", "、", ",", ";")) or "。" in s[:-1] or is_contents_title(s) \
            or is_event_line(s) or is_document_kind(s) or has_leader(s):
        return False
    if explicit_number(s) is not None or page_number(s) is not None or is_municipality(s) or is_chapter_label(s) \
            or is_date_line(s) or is_section_name(s) or is_letter_formula(s) or is_client_line(s):
        return False
    if script_of(s) == EN and not JA_LETTER_RE.search(s):
        words = s.split()
        return len(words) <= 16 and s[0].isupper() and not s.endswith(".")
    if script_of(s) == EN:  # mostly Latin with Japanese in it (``日本語 BibTEX：JBibTEX``): a Japanese title's shape
        return s[0].isalpha() and not s.endswith(".") and len(s.split()) <= 16  # ``20xx年x月`` is a date's mask
    return script_of(s) == JA and sum(c == GAP for c in s) < len(s) / 2


MIN_REPORT_TITLE = 6
"""Characters (spaces aside) a title must have before the organisation line under it joins its block (a report's
cover: ``水無瀬町下水道事業報告書`` / ``水無瀬町上下水道課``); a short label over an organisation is no cover."""
MAX_TITLE_LINES = 3
"""Lines a title may be wrapped over."""


def title_goes_on(line: str, following: str, by_length: bool = True) -> bool:
    """``following`` carries on the title ``line`` (a title wrapped over lines, in one text box):
    both title-like in one script, the next no subtitle, name, speaker or organisation; the line stops on
    a connective (English ``…Evidence from Three`` / ``Mid-Sized…`` also when 40 characters or more), or
    on kana mid-phrase (``位置情報データを用いた`` / ``観光客の周遊行動の分析``).

    >>> title_goes_on("Shared Bicycles and the Last Mile: Evidence from Three", "Mid-Sized Japanese Cities")
    True
    >>> title_goes_on("位置情報データを用いた", "観光客の周遊行動の分析"), title_goes_on("港町の国際交流", "姉妹都市との五十年")
    (True, False)
    >>> title_goes_on("Port Cities", "Emily R. Carter and Kenji Mori")
    False
    >>> title_goes_on("Measuring Pedestrian Flows with Low-Cost Sensors", "in Historic Harbour Districts")
    True
    >>> title_goes_on("International Exchange through a Seto Inland Sea Port Town", "Cruise ships call at the port")
    False
    >>> title_goes_on("The asternote package:", "annotation symbols enclosed")
    True

    ``by_length=False`` drops the 40-character clause: on a deck's cover a long title line is followed by the
    first slide's title as often as by the rest of the title (``…in a City of Manufacturing`` /
    ``Overview of Hitachi``), so only a connective says the title goes on.

    >>> title_goes_on("International Exchange in a City of Manufacturing", "Overview of Hitachi", by_length=False)
    False
    """
    a, b = line.strip(), following.strip()
    # an English line opening on a connective in small letters carries the title on (``…Low-Cost Sensors`` /
    # ``in Historic Harbour Districts``), and so does any phrase after a title line ending on a colon
    # (``The asternote package:`` / ``annotation symbols enclosed``)
    colon = a.endswith((":", "：")) and bool(b) and b[0].islower() and script_of(b) == EN
    lead = bool(b) and b[0].islower() and (colon or b.split()[0] in CONNECTIVES) and script_of(b) == EN
    if not is_title_line(b[:1].upper() + b[1:] if lead else b) or script_of(a) != script_of(b) or is_subtitle(b) \
            or speaker_split(b) is not None or is_organisation(b) or is_person_name(b) or _names_people(b):
        return False
    if script_of(a) == EN:
        from pipeline.segment.slidetext import is_title_case

        if colon:
            return True
        if lead:
            return is_title_case(b.split(None, 1)[1]) if " " in b else False
        # the second line is title-cased too (``Cruise ships call at the port`` under a title is a sentence)
        return is_title_case(b) and ((by_length and len(a) >= 40) or ends_on_connective(a))
    return script_of(a) == JA and bool(a) and is_hiragana(a[-1]) and not a.endswith(("って", "て", "か"))


def is_title_translation(title: str, line: str) -> bool:
    """``line``, set right under the Japanese ``title`` (in its text box), is the title in English: a title
    phrase in title case (``港まち夜市`` / ``Harbour Night Market``), not a name, an organisation, a speaker's
    line, a subtitle or the event's name. A flyer, a deck's cover and a Japanese paper's title block set it so.

    >>> is_title_translation("港まち夜市", "Harbour Night Market"), is_title_translation("港まち夜市", "Hanako Yamada")
    (True, False)
    >>> is_title_translation("港まち夜市", "University of Tsukuba"), is_title_translation("港まち夜市", "Open every night from six")
    (False, False)
    >>> is_title_translation("Harbour Night Market", "Riverside Book Fair")
    False
    """
    from pipeline.segment.slidetext import is_title_case

    a, b = title.strip(), line.strip()
    return (script_of(a) == JA and script_of(b) == EN and is_title_line(b) and is_title_case(b)
            and not is_subtitle(b) and speaker_split(b) is None and not is_organisation(b) and not organisation_line(b)
            and not is_person_name(b) and not _names_people(b) and not is_event_line(b))


def _same_headline(lines: list[Text], title: int, k: int, layout: "Layout | None") -> bool:
    """In a PDF, ``lines[k]`` is set in the title's own size, larger than the line after it (the speaker's,
    the body's), and reads as a title line in the title's script: the title wrapped (``…住民参`` / ``加の効果``,
    cut inside a word, which no text rule can tell)."""
    if layout is None or k + 1 >= len(lines):
        return False
    size, here, after = layout.size(lines[title]), layout.size(lines[k]), layout.size(lines[k + 1])
    a, b = lines[title].text.strip(), lines[k].text.strip()
    # a wrapped title's later line may open in small letters (``in square brackets and marked with an asterisk``)
    return bool(size and here and after) and abs(here - size) < 0.05 * size and after < 0.9 * size \
        and script_of(a) == script_of(b) and is_title_line(b[:1].upper() + b[1:]) and speaker_split(b) is None \
        and not is_organisation(b) and not is_person_name(b)


def _names_people(text: str) -> bool:
    """An English line of authors (``Emily R. Carter and Kenji Mori``): two names or more, joined by and/commas,
    each of capitalised words with an initial or two words.

    >>> _names_people("Emily R. Carter and Kenji Mori"), _names_people("Evidence from Three Cities")
    (True, False)
    """
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return len(parts) >= 2 and all(re.fullmatch(rf"(?:[{_UPPER}][{_LETTERS}]+|[A-Z]\.)(?:\s+(?:[{_UPPER}][{_LETTERS}]+|[A-Z]\.)){{1,3}}", p)
                                   for p in parts)


def is_prose(text: str) -> bool:
    """Running text: a sentence, or a line too long for a title.

    An English line in title case (``Estimating Tidal Flood Risk in Small
    Harbour Towns``) is a title however long, unless it ends a sentence.

    >>> is_prose("本市は港町である。"), is_prose("港町の国際交流")
    (True, False)
    >>> is_prose("Estimating Tidal Flood Risk in Small Harbour Towns"), is_prose("Local councils need a quick estimate of how often this")
    (False, True)
    >>> is_prose("取りにくい。本稿では、当協会がこの五年間に取り組んで"), is_prose("「港」とは何か？")
    (True, False)
    """
    from pipeline.segment.slidetext import is_title_case

    s = text.strip()
    if s.endswith(("。", "．", ".")) and len(s) >= 8:
        return True
    if _SENTENCE_INSIDE.search(s):
        return True  # one sentence ends and the next begins on the line: a paper wrapped narrow (36 characters)
    return len(s) >= 40 and not (script_of(s) == EN and len(s.split()) <= 16 and is_title_case(s))


_SENTENCE_INSIDE = re.compile(r"[。！？][^。！？」』）)\s]")
"""A Japanese sentence end with text going on after it (a title never holds one)."""


@dataclass(frozen=True)
class Block:
    """The title block read at ``start``: which line holds what, and the cues found."""

    start: int
    end: int  # first index after the block
    number: Text | None = None  # the talk-number prefix (intact or lost): never part of city or title
    number_line: int | None = None  # the prefix stood alone on this line
    city_line: int | None = None
    city: Text | None = None  # the city or organisation name, without the prefix
    title: int | None = None
    subtitle: int | None = None
    speaker: tuple[int, ...] = ()  # affiliation lines and the speaker's line
    cues: tuple[str, ...] = field(default=())
    title_end: int | None = None  # a title wrapped over several lines ends before this index (None: one line)
    translation: int | None = None  # the title in English, set right under the Japanese title (is_title_translation)

    @property
    def title_lines(self) -> range:
        """Indexes of the title's lines (empty without a title)."""
        if self.title is None:
            return range(0)
        return range(self.title, self.title_end if self.title_end is not None else self.title + 1)

    @property
    def score(self) -> float:
        return sum(CUE_WEIGHTS[c] for c in self.cues)


def _prefix(t: Text) -> tuple[Text | None, Text]:
    """Split a talk-number prefix (intact or lost) from the rest of the line."""
    s = t.text
    lead = len(s) - len(s.lstrip())
    n = talk_number(s[lead:])
    if n:
        return t[lead: lead + n].strip(), t[lead + n:].strip()
    m = _LOST_NUMBER.match(s[lead:])
    if m and m.end() and is_municipality(s[lead + m.end():]):
        return t[lead: lead + m.end()].strip(), t[lead + m.end():].strip()
    return None, t.strip()


def read_block(lines: list[Text], start: int, *, look: int = 4, layout: "Layout | None" = None) -> Block:
    """The title block that starts at ``lines[start]`` (possibly an empty one: no cues).

    ``layout`` tells whether two title lines stand in one text box (no blank line between them); without
    it, consecutive lines do.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> b = read_block(mk("【３】那覇市", "海と空の交流", "那覇市国際課長 山田 太郎", "1．はじめに"), 0)
    >>> b.number.text, b.city.text, b.title, b.speaker, b.cues
    ('【３】', '那覇市', 1, (2,), ('number', 'city', 'title', 'speaker'))
    """
    n = len(lines)
    if "\t" in lines[start].text:
        return Block(start, start)  # a table row (cells parted by TAB, docs/decisions.md): no title block opens there
    cues: list[str] = []
    k = start
    number, number_line = None, None
    prefix, rest = _prefix(lines[k])
    if prefix is not None:
        number = prefix
        cues.append("number")
        if not rest.text:
            number_line, k = k, k + 1
            if k >= n:
                return Block(start, k, number, number_line, cues=tuple(cues))
            rest = lines[k].strip()
    city_line, city = None, None
    if is_municipality(rest.text):
        city_line, city, k = k, rest, k + 1
        cues.append("city")
    elif is_organisation(rest.text) and not is_client_line(rest.text) and rest.text == lines[k].text.strip() and not (k + 1 < n and speaker_split(lines[k + 1].text) is not None and not is_title_line(lines[k + 1].text)):
        city_line, city, k = k, rest, k + 1
        cues.append("organisation")
    elif number is not None and number_line is None and is_title_line(rest.text):
        pass  # 【４】 港町の交流: the title follows the number on its line
    title = subtitle = translation = None
    title_end = None
    if k < n and (k == start and number is not None and number_line is None or is_title_line(lines[k].text)) \
            and speaker_split(lines[k].text) is None and not is_organisation(lines[k].text) and not is_person_name(lines[k].text):
        title, k = k, k + 1
        cues.append("title")
        while k < n and k - title < MAX_TITLE_LINES and (layout is None or layout.same_box(lines[k - 1], lines[k])) \
                and (title_goes_on(lines[k - 1].text, lines[k].text) or _same_headline(lines, title, k, layout)):
            k += 1
        title_end = k if k > title + 1 else None
        if k < n and is_subtitle(lines[k].text):
            subtitle, k = k, k + 1
        if k < n and (layout is None or layout.same_box(lines[k - 1], lines[k])) \
                and is_title_translation(lines[title].text, lines[k].text):
            translation, k = k, k + 1
    speaker: list[int] = []
    script = script_of(lines[title].text) if title is not None else script_of(city.text) if city is not None else None
    for j in range(k, min(n, k + look) if script is not None else k):  # no speaker without a title or a city
        text = lines[j].text
        other = script_of(text) not in (script, NEUTRAL)
        named = speaker_split(text) is not None or is_person_name(text)
        if explicit_number(text.strip()) is not None or is_chapter_label(text) or is_prose(text) \
                or (other and not named and is_title_line(text)) or "\t" in text:
            break  # the body (or the other language's slides, or a table) has begun
        if named:
            # a client line (``Prepared for …``) names an organisation that is not the speaker's: it stays front
            orgs = [i for i in range(k, j) if (is_organisation(lines[i].text) or is_municipality(lines[i].text))
                    and not is_client_line(lines[i].text)]
            speaker = orgs + [j]
            after = j + 1
            while after < n and after < j + 3 and is_organisation(lines[after].text) and not is_client_line(lines[after].text):
                speaker.append(after)
                after += 1
            k = max(k, speaker[-1] + 1)
            cues.append("speaker")
            if orgs and "organisation" not in cues and "city" not in cues:
                cues.append("organisation")  # the speaker's affiliation on a line of its own
            break
    if title is not None and not speaker and k < n and is_organisation(lines[k].text) \
            and "organisation" not in cues and "city" not in cues \
            and len("".join(lines[title].text.split())) >= MIN_REPORT_TITLE:
        # a report's cover: the issuing organisation right under the title (``水無瀬町上下水道課``), no person named
        speaker, k = [k], k + 1
        cues.append("organisation")
    return Block(start, k, number, number_line, city_line, city, title, subtitle, tuple(speaker), tuple(cues), title_end,
                 translation)



def block_title(lines: list[Text], start: int, layout: "Layout | None" = None) -> int | None:
    """The title line of the block read at ``start`` when its author or speaker line stands right under the
    title (a subtitle may stand between): the block a paper's first page opens with, ``Evening Bus Services …``
    / ``A. Moreau and K. Sato, …``, or ``松江市`` / ``城下町の文化交流`` / ``松江市文化振興課長 石田 恵``; else ``None``.

    A running header set above a page's title is followed by that title, not by a speaker.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> block_title(mk("港町の国際交流", "山田 太郎（架空大学）", "1. はじめに"), 0)
    0
    >>> block_title(mk("Harbour Review", "Port Cities Today", "Hanako Yamada, University of Tsukuba"), 0) is None
    True
    """
    block = read_block(lines, start, layout=layout)
    if block.title is None or not block.speaker:
        return None
    after = block.subtitle + 1 if block.subtitle is not None else block.title_lines.stop
    while after < len(lines) and is_client_line(lines[after].text):
        after += 1  # ``Prepared for …`` between a report's title and its authors
    return block.title if block.speaker == tuple(range(after, after + len(block.speaker))) else None
