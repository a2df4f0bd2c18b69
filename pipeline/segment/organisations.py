"""Lines that name a municipality or an organisation, and a report's client line.

A title block's city or organisation line (``南相馬市``, ``筑波大学情報学群``, ``University of Tsukuba``) and a
speaker's affiliation are read here; the evidence is general: municipality suffixes (市町村区都道府県郡) with
Sudachi's reading of the last word, organisation words (大学, 研究所, 株式会社 …, University, Institute …).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lazyre
from pipeline.chardata import EN, JA, KATAKANA_RE, LINE_CACHE, is_hiragana, script_of
from pipeline.model import GAP
from pipeline.names import POSTS_RE
from pipeline.segment.contacts import EMAIL
from pipeline.segment.labels import PUBLICATION_NAME, WORK_KIND, WORK_KINDS, dated_masthead, is_date_line, part_alone  # noqa: F401  (re-exported)
from pipeline.segment.slidetext import SMALL_WORDS, is_bullet

MUNICIPALITY_SUFFIXES = "市町村区都道府県郡"
ORGANISATION_WORDS = (
    "大学院", "大学", "学部", "学類", "学群", "研究科", "研究室", "研究所", "研究センター", "センター", "協会", "機構",
    "財団", "株式会社", "有限会社", "会社", "公社", "事業団", "会議所", "組合", "学会", "庁", "省", "局", "課", "部",
    "室", "役所", "役場", "高等学校", "学校", "病院", "病棟", "専攻", "学科", "講座", "コース", "研究部",
    # civic bodies and public institutions a notice or a newsletter is sent by (さくら台自治会, 港北市社会福祉協議会,
    # 市立図書館): a residents' association and the councils, committees and federations of the Local Autonomy Act's
    # and the Social Welfare Act's kinds, and the public facilities that issue their own notices
    "自治会", "町内会", "商店会", "協議会", "連合会", "委員会", "審議会", "保護者会", "後援会", "振興会", "商工会",
    "事務局", "事務所", "署", "図書館", "博物館", "美術館", "公民館", "保育園", "保育所", "幼稚園", "PTA", "同窓会",
    "保存会", "子ども会", "育成会", "青年団", "消防団", "学院", "研究会", "法人",
    # public research stations and an office's branches (trial 45: ``県立農業試験場`` named no organisation, a
    # cover's speaker block lost its affiliation): a prefecture's experiment stations and institutes, a body's branch
    # and field offices, a company's branches and head office, and the public facilities named as museums are
    "試験場", "試験所", "研究院", "研修所", "観測所", "気象台", "保健所", "裁判所", "支所", "出張所", "営業所", "事業所",
    "支店", "支社", "本社", "動物園", "水族館", "植物園",
    # the press and the companies whose staff sit on panels and write reports (a panel's coordinator
    # ``石井 誠（港町新聞社編集委員）`` lost his affiliation: 新聞社 named no organisation), and a municipality's assembly
    "新聞社", "出版社", "通信社", "放送協会", "銀行", "信用金庫", "製作所", "議会",
    # the bodies of a shrine's, a temple's and a neighbourhood's own people that send a festival's or a club's notice
    # (fresh-user trial 67b: ``八幡神社氏子総代会`` under ``秋季例大祭のお知らせ`` had been taken into the title, then a
    # section's heading): parishioners' representatives and supporters, and the age and interest groups of a district
    "総代会", "氏子会", "奉賛会", "崇敬会", "檀家会", "社務所", "寺務所", "婦人会", "老人会", "老人クラブ", "青年会",
    "愛好会", "同好会",
)
"""Words a Japanese organisation's name ends with (the last one decides: 南相馬市国際部 is an organisation); the one
list of them (``研究センター`` and ``研究機構`` end in ``センター`` and ``機構``, ``振興局`` in ``局``)."""
ORGANISATION_WORDS_EN = (r"University|Universit[éaä]t?|Universidad|Universidade|Politecnico|Polytechnic|Hochschule|"
                         r"Institut[eo]?|Istituto|Scuola|Escuela|École|Akademie|Academy|"
                         r"College|School|Department|Dept\.|Laboratory|Laboratories|Lab|Faculty|"
                         r"Cent(?:er|re)|Corporation|Company|Agency|Ministry|Office|Association|Foundation|Prefecture|"
                         r"Authority|Bureau|Council|Division|Board|Commission|Committee|Society|Government|Federation|"
                         r"Organi[sz]ation|Unit|Observatory|Museum|Hospital|Library|"
                         # a special-purpose district, the public body that runs one service over an area (a utility's,
                         # a school board's: ``Riverside Utilities District``, ``Northside School District``); a
                         # district alone is a place (``the Waterfront District``: session 51)
                         r"(?:Utilit(?:y|ies)|Water|School|Sanitation|Sanitary|Sewer|Fire|Irrigation|Drainage|"
                         r"Conservation|Transit|Parks?|Recreation|Hospital|Health|Library|Port|Flood\s+Control)\s+District|"
                         # a university's parts in French and German (``Unité de recherche …``, ``Laboratoire …``,
                         # ``Fakultät für …``), as thesis covers name them
                         r"Unité|Laboratoire|Département|Faculté|Fakultät|Lehrstuhl|Fachbereich|"
                         # and in Italian (toptesi's ``UNIVERSITÀ DI PAPEROPOLI``, ``FACOLTÀ DI PENNUTOLOGIA``)
                         r"Università|Facoltà")
"""Words an English organisation's name is led or ended by (one list for every English organisation test)."""
# ``City of …`` and ``Borough of …`` (``London Borough of Fenwick``, ``Royal Borough of …``): an English local
# authority named by its kind and place, the body that issues a council's reports (trial 52c: ``LONDON BOROUGH OF
# FENWICK`` over ``Annual Parks Report 2023`` had been the report's title)
LEGAL_FORMS_EN = r"Inc\.|Corp\.|Ltd\.?"
"""A company's legal form after its name (``Northwind Robotics Inc.``, ``Harbourline Systems, Inc.``, ``Kestrel
Marine Corp.``, ``Greenway Foods Ltd.``): the abbreviation's stop ends the name, no sentence (:func:`is_organisation`)."""
NAME_PARTICLES_EU = r"de|du|des|la|le|les|et|der|die|das|und|van|von|voor|en|y|del|della|di|da|do|dos|e"
"""The small words a company's name holds in German, French, Spanish, Italian, Dutch or Portuguese (``Chantiers Navals
du Léman S.A.``), as ``of`` and ``and`` in English (session 79)."""
LEGAL_FORMS_EU = r"e\.\s?V\.|e\.\s?G\.|S\.\s?A\.|S\.A\.S\.|S\.p\.A\.|S\.r\.l\.|S\.L\.|B\.V\.|N\.V\.|Lda\."
"""A legal form abbreviated with stops after a name in German, French, Spanish, Italian, Dutch or Portuguese
(``Segelclub Konstanz e.V.``, a registered association; ``Société Générale S.A.``, ``Fiat S.p.A.``, ``Philips N.V.``):
the abbreviation's stop ends the name, no sentence, as ``Ltd.`` (:data:`LEGAL_FORMS_EN`; session 79, helper kanri79:
the German letter of ``in_lang78`` had its letterhead ``… e.V.`` read as running text, and so lost its subject)."""
_NAME_ON_LEGAL_FORM = lazyre.compile(rf"^(?:[A-Z][\w'’&.\-]*,?\s+|(?:of|and|the|&|{NAME_PARTICLES_EU})\s+)+"
                                     rf"(?:{LEGAL_FORMS_EN}|{LEGAL_FORMS_EU}|LLC|LLP|plc|PLC|GmbH)$")
"""A line that is a company's name and its legal form, every word capitalised but a name's small ones: a sentence
ending on a company's name (``The festival is sponsored by Harbourline Systems, Inc.``) holds words in small letters."""


def on_legal_form(text: str) -> bool:
    """``text`` is a company's or association's name ending on its legal form (:data:`LEGAL_FORMS_EN`,
    :data:`LEGAL_FORMS_EU`), every word capitalised but a name's small ones: its last stop is the abbreviation's.

    >>> on_legal_form("Segelclub Konstanz e.V."), on_legal_form("Greenway Foods Ltd."), on_legal_form("We thank Acme Ltd.")
    (True, True, False)
    >>> on_legal_form("Chantiers Navals du Léman S.A."), on_legal_form("Nous remercions la Banque du Léman S.A.")
    (True, False)
    """
    return _NAME_ON_LEGAL_FORM.match(text.strip()) is not None
LEGAL_FORM_ALONE = lazyre.compile(rf"^(?:{LEGAL_FORMS_EN}|LLC|LLP|plc|PLC|GmbH)$")
"""A company's legal form alone, as it stands after a comma in its name (``Bluefin Analytics, Inc.``): no
affiliation of a person named before the comma (:func:`~.names.name_then_affiliation`)."""
EN_ORGANISATION = lazyre.compile(rf"\b(?:{ORGANISATION_WORDS_EN}|{LEGAL_FORMS_EN}|City of|Borough of)(?!\w)")
ORGANISATION_NAME = lazyre.compile(rf"^(?:(?:{ORGANISATION_WORDS_EN})\s+(?:of|for)\s)|\b(?:{ORGANISATION_WORDS_EN}|{LEGAL_FORMS_EN})$")
"""An organisation's name: led by its kind (``University of …``, ``Ministry of …``) or ending in it
(``… Exchange Association``, ``… Transit Authority``); ``… of a City of Peace`` is a title."""
_MODIFIER_KIND = lazyre.compile(rf"^(?:{ORGANISATION_WORDS_EN})\s+(?!(?:of|for|at|in|on|and|&|de|des|du|di|da|do|del|della|der|van|von|voor|y|e|et|und)\s)[A-Z][a-z]+\s+(?:\S+\s+){{2,}}\S+$")
"""A line led by an organisation's word used as a noun's modifier: four words or more after it, the first a capitalised
English noun, no ``of``/``for`` (or ``de``, ``di``, ``van`` …) after the word; with :func:`is_organisation`'s own
conditions, plain ASCII and no digit (``École doctorale ED Régionale SPI 72`` is a French school's name) (``Library Opening Hours and Student Attendance``, ``Museum Visitor Flows in Winter``): a title's
phrase; an organisation led by its kind names what it is of (``Library of Congress``) or is short (``Museum
Victoria``), and a second organisation word makes it one (``University College London Hospitals``)."""
_NAMED_INSTITUTION = lazyre.compile(rf"^((?:[A-Z][\w'’&.\-]*\s+){{1,3}})(?:{ORGANISATION_WORDS_EN})\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
"""An institution named by its place or founder before its kind (``Towa Institute of Technology``, ``Kyoto University
of Education``); the leading words must hold a name (:func:`_names_something`: ``A University for the Future`` is
a title)."""
ORGANISATION_ENDINGS_EN = r"Group|Partners|Partnership|Consultants|Consulting|Associates|Trust|Alliance|Consortium|Club|LLC|LLP|GmbH|plc|CIC|CIO"
"""Words an English organisation's name ends with but that a title holds as often elsewhere (``Coastal Logistics
Group``, ``Harbour Partners``; ``Focus Group Results``, ``Building Trust``): an organisation only at the end of a
line of capitalised words. A British community interest company's or charitable incorporated organisation's form
(``… Community Energy CIC``, ``… Arts Trust CIO``) ends one too (session 62: a co-operative's board minutes had the
``… CIC`` line for their speaker's name)."""
_CAPITALISED_WORDS = r"^(?:[A-Z][\w'’&.\-]*\s+|(?:of|and|for|the|&)\s+)+"
ORGANISATION_ENDING = lazyre.compile(rf"{_CAPITALISED_WORDS}(?:{ORGANISATION_ENDINGS_EN})$")
AFFILIATION_ENDINGS_EN = r"Archives?|Cooperative|Co-operative|Collaborative|Collective|Union|Institution|Network|Team"
"""Words an English organisation's name ends with that end a title's phrase as often as a name
(``Building Community Archives``, ``Fisheries Quotas and the European Union``, ``Milk Prices and the Village
Cooperative``, ``The Power of the Collective``): an organisation only after a person's name and its comma on the line,
or on a deck cover's line right beside the one line that names the speaker (:func:`~pipeline.segment.cover.cover_speaker`)
(:func:`~pipeline.segment.names.name_then_affiliation`; trial 44: ``Yuki Harada, Awa Folk Crafts Archive`` named no
organisation, and the note had no speaker). Read on a line of their own, such titles had become their author's
affiliation (review 46), as ``Freight Network`` had a cover's title (``Network``, dropped from the list then). ``Network``
and ``Team`` end one here (``Maria Jensen, Westbrook Volunteer Network`` had read as two people: fresh-user trial 67c)."""
AFFILIATION_ENDING = lazyre.compile(rf"{_CAPITALISED_WORDS}(?:{AFFILIATION_ENDINGS_EN})$")
_CLIENT = lazyre.compile(r"^(?:(?:Prepared|Produced|Written|Compiled|Conducted)\s+for|(?:Submitted|Presented|Delivered)\s+to"
                     r"|(?:An?\s+)?(?:Final\s+|Interim\s+)?Report\s+(?:to|for)|(?:Commissioned|Funded|Sponsored)\s+by"
                     r"|On\s+behalf\s+of|Client\s*:)[:：]?\s|^(?:委託者|発注者|提出先|委託元|依頼者|依頼元)[\s　:：]|(?:御中|各位|殿)$|[\s　]様$"
                     r"|(?:皆さん|みなさん|皆様|みなさま|皆さま)へ$|^[^\s　。、]{1,10}の(?:皆さん|みなさん|皆様|みなさま|皆さま)$",
                     re.IGNORECASE)
_MUNICIPALITY = lazyre.compile(rf"^[^\s{GAP}0-9０-９]{{1,12}}?[{MUNICIPALITY_SUFFIXES}]$")

AFFILIATION_MARK = ("\u00b9\u00b2\u00b3\u2070-\u2079*\uff0a\u2217\u22c6\u2020\u2021\u00a7\u00b6\u2016"
                    "\u1d43-\u1d5b\u1d9c-\u1dbf\u02b0-\u02b8\u02e1-\u02e3\u2071\u207f")
"""Superscript digits and letters (``¹``, ``ᵃ``), asterisks, stars and daggers: the marks that point from an author
to an affiliation (or to the corresponding author). LaTeX's ``\\thanks`` and ``\\fnsymbol`` print the footnote symbols
in the order * † ‡ § ¶ ‖ (TeX's math asterisk is U+2217 ``∗``), so all of them mark an author; MNRAS's ``\\thanks``
and elsarticle's title notes print the math star ``⋆`` (U+22C6; col48's real-PDF set). A Japanese journal sets the
full-width asterisk ``＊`` (U+FF0A), one or two after each name, ``高橋 美咲＊・村上 慎也＊＊`` over ``＊宇都宮大学…　＊＊…``
(fresh-user trial 74c, helper pdf74)."""
BRACKETED_MARK = r"(?:[(（][0-9]{1,2}(?:[,，]\s?[0-9]{1,2})*[)）]|[0-9]{1,2}[)）])"
"""An affiliation mark in brackets, set right after a name (``Lindqvist(1)``, ``Tanabe(1,3)``) or closed by one
(Japanese journals' ``山田 太郎1)``, or with a full-width bracket, ``山田太郎1）``)."""
MARK = rf"(?:[※*＊†‡]\s?[0-9０-９]{{1,2}}|\^(?:[0-9]{{1,2}}|[a-z*])|[{AFFILIATION_MARK}])"
"""One mark: a character of :data:`AFFILIATION_MARK`, or a reference mark or an asterisk with its number (``※1``,
``*1``, ``＊2``, ``†1``: Japanese journals point from an author to an affiliation so; IPSJ's and IEICE's styles number
their daggers, ``中村 陽介†1　青木 里奈†2`` over ``†1 …大学`` / ``†2 …研究所``: helper paper85, fresh-user trial 84b),
or a superscript written with a caret
as a plain-text or LaTeX-minded author line writes it (``Erik Moe^1``, ``^2 Norwegian Polar Institute``, ``^a``,
``^*``: helper prog81; :func:`~.authors.mark_key` reads ``^1`` as ``¹``)."""


def is_municipality(text: str) -> bool:
    """A short Japanese line that is only a place name ending in a municipality suffix.

    >>> is_municipality("南相馬市"), is_municipality("京畿道"), is_municipality("南相馬市は東日本の都市")
    (True, True, False)
    >>> is_municipality("港町市"), is_municipality("港まち夜市"), is_municipality("城下町")  # a night market, a castle town
    (True, False, False)
    >>> is_municipality("かえで市"), is_municipality("はこだて市"), is_municipality("本市の中心市")  # a particle is a word, not a letter
    (True, True, False)
    >>> is_municipality("みなせ町"), is_municipality("ゆめみ市"), is_municipality("すむ町"), is_municipality("しずかな町")
    (True, True, False, False)
    >>> is_municipality("ソウル特別市"), is_municipality("輪島朝市")  # a designation after a place name; a market
    (True, False)
    """
    s = text.strip()
    return bool(_MUNICIPALITY.match(s)) and script_of(s) == JA and not any(c in s for c in "、。") \
        and _ends_on_municipality_suffix(s)


@lru_cache(maxsize=4096)
def _ends_on_municipality_suffix(s: str) -> bool:
    """Sudachi reads the line's last word as the suffix itself (``港町`` + ``市``) or as a place name
    (``南相馬市``, 地名): a word that only ends in the character is none (``夜市``, ``朝市``, ``城下町``)."""
    from pipeline.sudachi import name_tokenizer

    morphemes = [m for m in name_tokenizer("C").tokenize(s) if m.part_of_speech()[0] != "空白"]
    if len(morphemes) == 2 and _kana_name_as_verb(morphemes[0]):
        morphemes = morphemes[1:]  # ``みなせ`` + ``町``: a name in kana Sudachi reads as a verb's form
    if not morphemes or any(m.part_of_speech()[0] in _NO_PLACE_WORDS for m in morphemes):
        return False  # a phrase (南相馬市は東日本の都市, 本市の中心市), not a name; kana names may hold で, は (かえで市)
    last = morphemes[-1]
    if suffix_in_surname(morphemes):
        return True  # ``ひばり`` + ``野市``: a kana name, then its 野 and the suffix Sudachi glued into a surname
    return last.surface() in MUNICIPALITY_SUFFIXES or last.part_of_speech()[2] == "地名" \
        or (last.surface() in DESIGNATION_WORDS and len(morphemes) > 1 and morphemes[-2].part_of_speech()[2] == "地名")


def suffix_in_surname(morphemes: list) -> bool:
    """Sudachi's morphemes of a line (blanks left out) end on a surname that ends on a municipality's suffix (``野市``,
    ``野町``, ``野村``) right after a given name or a word in hiragana (``ひばり`` + ``野市``, ``あかね`` + ``野町``): a
    Japanese name writes the family name first, so a given name then a surname is no person's name; it is a place's name in kana, ``ひばり野``, and the suffix ``市``
    (decision, issue 16 point 3, helper city67: ``ひばり野市`` had been read as a person's name, its city null).

    >>> from pipeline.sudachi import name_tokenizer
    >>> [suffix_in_surname(list(name_tokenizer("C").tokenize(s))) for s in ("ひばり野市", "あかね野町", "ひとみ野村", "はるか野市")]
    [True, True, True, True]
    >>> [suffix_in_surname(list(name_tokenizer("C").tokenize(s))) for s in ("佐藤 花子", "南相馬市", "野市", "中野市")]
    [False, False, False, False]
    """
    if len(morphemes) != 2:
        return False
    first, surname = morphemes[0], morphemes[1].part_of_speech()
    return (first.part_of_speech()[2:4] == ("人名", "名") or all(is_hiragana(c) for c in first.surface())) \
        and surname[2:4] == ("人名", "姓") and len(morphemes[1].surface()) >= 2 and morphemes[1].surface()[-1] in "市町村"


def surname_as_municipality(text: str) -> bool:
    """``text`` is one word Sudachi reads as a person's name (人名) that ends on a city's, town's, village's or ward's
    suffix (``新田町`` シンタマチ, ``森町`` モリマチ, both 姓): a municipality's name as much as a surname, which
    :func:`is_municipality` refuses (its last word is no suffix and no place name). Alone it says nothing: the title
    block weighs where the line stands and what the lines under it say
    (:func:`~pipeline.segment.titleblock.surname_municipality_over_title`). Decision (issue 16 point 3, helper fix69d,
    fresh-user trial 69's ``新田町`` over its title and ``新田町 まちづくり課`` had no city).

    >>> [surname_as_municipality(s) for s in ("新田町", "森町", "北村", "新田", "福井", "南相馬市", "高田町", "森町 健一")]
    [True, True, True, False, False, False, False, False]
    """
    from pipeline.sudachi import name_tokenizer

    s = text.strip()
    if not 2 <= len(s) <= MAX_PLACE_NAME or script_of(s) != JA or s[-1] not in "市町村区" or any(c.isspace() for c in s):
        return False
    morphemes = list(name_tokenizer("C").tokenize(s))
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[2] == "人名"


DESIGNATION_WORDS = frozenset({"特別市", "広域市", "特別自治市", "直轄市"})
"""A city's designation after its place name: Korea's special, metropolitan and special self-governing cities (the
city ones of :data:`pipeline.ids.KOREAN_DESIGNATIONS`, which spell such a name by its Korean reading) and China's
municipalities under the central government. Sudachi reads ``特別市`` as one word (``ソウル`` + ``特別市``), no
municipality's suffix: the name is a municipality as ``大邱`` + ``広域`` + ``市`` is (fresh-user trial 62:
``ソウル特別市`` was no city line); its stem is the place name (:func:`~.places.city_stem`)."""


REGION_WORDS = frozenset({"省", "州", "自治区", "自治州", "特別行政区", "行政区"})
"""A region's word after a place name that Sudachi may read apart (``香港`` + ``特別`` + ``行政区``); ``四川省`` and
``カリフォルニア州`` it reads as one place name. A region, never a municipality (``stage._no_city``)."""
MAX_PLACE_NAME = 12
"""Characters a place's name alone on its line holds at most (:func:`is_place_name`), as a municipality's line does."""


@lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """A short Japanese line that is a place's name alone, with no municipality's suffix: Sudachi reads it as place
    names only (地名: ``台北``, ``ハノイ``, ``シンガポール``, ``四川省``), or a place name and a region's word after it
    (:data:`REGION_WORDS`: ``香港特別行政区``). A foreign city is named so on a proceedings' city line, where a
    Japanese one carries its ``市`` (fresh-user trial 62). Alone it says nothing of a talk: a table's cell, a
    figure's label and a travel report's heading are such lines too (:func:`~.titleblock.read_block` asks a title
    block under it).

    >>> [is_place_name(s) for s in ("台北", "ハノイ", "シンガポール", "四川省", "香港特別行政区", "ウラジオストク")]
    [True, True, True, True, True, True]
    >>> [is_place_name(s) for s in ("南相馬市", "旧市街", "東南アジア", "輪島朝市", "台北の夜", "概要", "2024年")]
    [False, False, False, False, False, False, False]
    """
    from pipeline.sudachi import name_tokenizer

    s = text.strip()
    if not s or len(s) > MAX_PLACE_NAME or script_of(s) != JA or any(c.isspace() or c.isdigit() for c in s) \
            or is_municipality(s):
        return False
    morphemes = list(name_tokenizer("C").tokenize(s))
    names = 0
    while names < len(morphemes) and morphemes[names].part_of_speech()[2] == "地名":
        names += 1
    return names > 0 and (names == len(morphemes) or "".join(m.surface() for m in morphemes[names:]) in REGION_WORDS)


def region_place(text: str) -> bool:
    """A place's name alone (:func:`is_place_name`) that names a region by its word: a province (``四川省``), an
    autonomous region or prefecture (``…自治区``, ``…自治州``), a special administrative region (``香港特別行政区``), or a
    state written in katakana (``カリフォルニア州``); no municipality. A Chinese city's ``州`` after kanji (``広州``,
    ``杭州``, ``蘇州``) is part of the city's name.

    >>> [region_place(s) for s in ("四川省", "香港特別行政区", "カリフォルニア州", "延辺朝鮮族自治州")]
    [True, True, True, True]
    >>> [region_place(s) for s in ("台北", "広州", "杭州", "ハノイ")]
    [False, False, False, False]
    """
    s = text.strip()
    return is_place_name(s) and (s.endswith(("省", "自治区", "自治州", "行政区"))
                                 or (s.endswith("州") and len(s) > 1 and KATAKANA_RE.match(s[-2]) is not None))


MIN_KANA_NAME = 3
"""Letters a name in kana that Sudachi reads as a verb holds at least (:func:`_kana_name_as_verb`)."""
_MODIFYING_FORMS = ("終止形", "連体形")
"""A verb's forms that modify the noun after them (``すむ町``: the town one lives in), a phrase, no name."""


def _kana_name_as_verb(m) -> bool:
    """The morpheme ``m``, the whole name before a municipality's suffix, is a name in kana that Sudachi's dictionary
    lacks and reads as one verb in a form that modifies no noun after it (``みなせ`` 命令形, ``ゆめみ`` 連用形): no phrase
    holds a verb so, so it is the place's name, as a kana name read as a noun is (``かえで市``). A verb that modifies
    the suffix (``すむ町``, 連体形) is a phrase; a kana name read as several words (``しずか`` + ``な``) stays none.
    Why (fresh-user trial 60): ``発行：みなせ町役場 総務課`` over a town's newsletter named no city, ``みなせ町`` no
    municipality."""
    surface, pos = m.surface(), m.part_of_speech()
    return pos[0] == "動詞" and len(surface) >= MIN_KANA_NAME and all(is_hiragana(c) for c in surface) \
        and not pos[5].startswith(_MODIFYING_FORMS)


def named_as_place(text: str) -> bool:
    """A municipality line (:func:`is_municipality`) that its own words show to be a place: Sudachi reads the
    name as a place name (``南相馬市``, ``さくら市``: 地名), or the words before the suffix hold a proper noun
    (``はこだて`` + ``市``, ``港北`` + ``市``, ``緑川`` + ``市``), or the suffix is not ``市``. A name of common nouns
    and ``市`` may be a market, ``市`` read いち (``みなと古本市``, ``フリーマーケット市``), as much as a city
    (``港町市``): it needs other evidence (:func:`~pipeline.segment.titleblock.read_block` looks for the city's
    offices or its English name beside it).

    >>> named_as_place("南相馬市"), named_as_place("はこだて市"), named_as_place("さくら町"), named_as_place("みなと古本市")
    (True, True, True, False)
    >>> named_as_place("フリーマーケット市"), named_as_place("港町市"), named_as_place("朝市")
    (False, False, False)
    """
    s = text.strip()
    if not is_municipality(s):
        return False
    if not s.endswith("市"):
        return True
    from pipeline.sudachi import name_tokenizer

    morphemes = [m for m in name_tokenizer("C").tokenize(s) if m.part_of_speech()[0] != "空白"]
    return morphemes[-1].part_of_speech()[2] == "地名" or any(m.part_of_speech()[1] == "固有名詞" for m in morphemes[:-1])


_NO_PLACE_WORDS = frozenset({"助詞", "助動詞", "動詞", "補助記号"})
"""Parts of speech a place name never holds (Sudachi's first level)."""


ISSUED_KINDS = ("条例", "規則", "要綱", "要領", "規程", "計画", "方針", "指針", "ビジョン", "戦略", "プラン", "白書", "年報")
"""The last word of a municipality's own regulation or plan (``豊橋市地域交流センター利用要綱``,
``仙台市観光戦略プラン``), or of its own yearly report (``みどり市環境白書``, ``港北市統計年報``: fresh-user
trial 64c, whose city had been null): a title opening on the municipality's name glued to it is the issuer's
document."""
_EDITION_AFTER = lazyre.compile(r"[\s\u3000]*[（(]?(?:(?:19|20)[0-9]{2}|[0-9０-９]{4}|(?:令和|平成)(?:[0-9０-９]{1,2}|元))"
                                r"(?:年度?)?版?[）)]?$")
"""A year or an edition after a yearly report's name (``みどり市環境白書 2025``, ``…年報（令和6年度版）``)."""
_VERSION_AFTER = lazyre.compile(r"[\s\u3000]*(?:[（(【〈《](?:概要|要約|本編|資料編|素案|原案|案|最終案|改訂|改定)版?[）)】〉》]"
                                r"|[（(【〈《][^\s\u3000（）()【】〈〉《》]{1,8}編[）)】〉》]"
                                r"|(?<=[\s\u3000])(?:概要|要約|本編|資料編|改訂|改定)版)$")
"""A plan's version after its name: its summary (``さくら市観光振興計画（概要）``, ``…【概要版】``, ``… 概要版``), its draft
(``（案）``, ``（素案）``) or revision (``（改訂版）``): the same document's name still, its issuer the municipality it opens
with (issue 16, fresh-user trial 66b: a PDF's ``さくら市観光振興計画（概要）`` had named no city, the title ending on ``）``).
A plan's part is read alike (``北見市地球温暖化対策実行計画（事務事業編）``, ``…（区域施策編）``, ``… 改定版``: a bracketed
name ending on ``編``; fresh-user trial 73c's municipal report, city null; helper prog73), the part and a revision
after it both stripped."""


def issuer_in_title(text: str) -> tuple[int, int] | None:
    """The span of the municipality a regulation's or a plan's title opens with, glued to the rest
    (``豊橋市地域交流センター利用要綱``), where the title ends on one of :data:`ISSUED_KINDS`; else None. Such a title
    names its issuer, as a speaker's office does (:func:`municipalities_in` takes a place name only before a particle
    or a mark, so that a compound names no place the title is about). ``杭州市の都市計画`` is about a city, its
    particle read by :func:`municipalities_in`; a name with no municipality's suffix is no issuer.

    >>> issuer_in_title("豊橋市地域交流センター利用要綱"), issuer_in_title("仙台市観光戦略プラン")
    ((0, 3), (0, 3))
    >>> issuer_in_title("地域交流センター利用要綱"), issuer_in_title("豊橋市地域交流センターの歩み"), issuer_in_title("京都議定書と温暖化対策")
    (None, None, None)
    >>> issuer_in_title("みどり市環境白書 2025"), issuer_in_title("港北市統計年報（令和6年度版）"), issuer_in_title("環境白書 2025")
    ((0, 4), (0, 3), None)
    >>> issuer_in_title("北見市地球温暖化対策実行計画（事務事業編）"), issuer_in_title("北見市地球温暖化対策実行計画（事務事業編）　改定版")
    ((0, 3), (0, 3))
    >>> issuer_in_title("北見市の歴史（上編）"), issuer_in_title("港湾計画（事務事業編）")
    (None, None)
    """
    from pipeline.sudachi import name_tokenizer

    text = _EDITION_AFTER.sub("", _VERSION_AFTER.sub("", _VERSION_AFTER.sub("", text.rstrip())))
    if script_of(text) != JA or not text.endswith(ISSUED_KINDS):
        return None
    morphemes = list(name_tokenizer("C").tokenize(text))
    if not morphemes:
        return None
    first = morphemes[0]
    if first.part_of_speech()[2] == "地名" and first.surface()[-1:] in MUNICIPALITY_SUFFIXES \
            and is_municipality(first.surface()):
        return first.begin(), first.end()
    if len(morphemes) > 1 and morphemes[1].surface() in MUNICIPALITY_SUFFIXES and first.part_of_speech()[2] == "地名" \
            and is_municipality(first.surface() + morphemes[1].surface()):
        return first.begin(), morphemes[1].end()
    return None


_ASSEMBLY = ("議会", "議会議員", "市会")
"""What a municipality's assembly is called after its name (``白浜市議会``, ``大阪府議会``; ``横浜市会``, the name
the designated city of Yokohama keeps); Sudachi reads the suffix and the body as one word (``市議会``, ``都議会``)
or apart (``大阪府`` + ``議会``)."""


def assembly_in_title(text: str) -> tuple[int, int] | None:
    """The span of the municipality whose assembly a title names (``令和7年第4回白浜市議会定例会会議録（第2号）``,
    ``大阪府議会会議録``, ``第3回南相馬市議会定例会``), else None: a place name (Sudachi's 地名) with its municipality's
    suffix, then the assembly's word (:data:`_ASSEMBLY`). Minutes of an assembly are the municipality's own record,
    as a regulation it issues is (:func:`issuer_in_title`). Why: trial 54's council minutes had ``city: null``
    though their title names the city; the era and session before the name (``令和7年第4回``) are no part of it.

    >>> t = "令和7年第4回白浜市議会定例会会議録（第2号）"; a, b = assembly_in_title(t); t[a:b]
    '白浜市'
    >>> [(lambda sp: t[sp[0]:sp[1]] if sp else None)(assembly_in_title(t)) for t in ("大阪府議会会議録", "横浜市会だより",
    ...     "港町議会だより", "地方議会の役割", "白浜市の議会改革")]
    ['大阪府', '横浜市', None, None, None]
    >>> [(lambda sp: t[sp[0]:sp[1]] if sp else None)(assembly_in_title(t)) for t in ("令和6年第2回緑野市議会定例会会議録（第3号）",
    ...     "さくら町議会臨時会会議録", "あおば村議会定例会会議録", "全国市議会議長会", "近隣市議会との交流", "各市議会定例会の日程",
    ...     "緑野市議会だより")]
    ['緑野市', 'さくら町', 'あおば村', None, None, None, None]
    """
    from pipeline.sudachi import name_tokenizer

    if script_of(text) != JA:
        return None
    morphemes = list(name_tokenizer("C").tokenize(text))
    for k, m in enumerate(morphemes[:-1]):
        if m.part_of_speech()[2] != "地名":
            continue
        after = morphemes[k + 1].surface()
        name = m.surface()
        if name[-1:] in MUNICIPALITY_SUFFIXES and after in _ASSEMBLY and is_municipality(name):
            return m.begin(), m.end()  # ``大阪府`` + ``議会``
        if after[:1] in MUNICIPALITY_SUFFIXES and after[1:] in _ASSEMBLY + ("会",) and after[1:] \
                and is_municipality(name + after[0]):
            return m.begin(), m.end() + 1  # ``白浜`` + ``市議会``, ``横浜`` + ``市会``
    for k, m in enumerate(morphemes[:-1]):
        # a name Sudachi reads as common nouns or as a person's (``緑野`` + ``市議会``, ``さくら`` + ``町議会``,
        # ``あおば`` + ``村議会``) is the municipality's
        # where a session's record of that assembly follows (``定例会``, ``会議録``): an assembly is a municipality's
        # body, as its hall is (titleblock._MUNICIPAL_OFFICE), and a market (``古本市``) has none. Fresh-user trial
        # 58: ``令和6年第2回緑野市議会定例会会議録`` had city null; ``全国市議会議長会``, ``近隣市議会との交流`` name none
        after = morphemes[k + 1].surface()
        if m.part_of_speech()[0] == "名詞" and m.part_of_speech()[1] in ("普通名詞", "固有名詞") and after[:1] in MUNICIPALITY_SUFFIXES \
                and after[1:] in _ASSEMBLY + ("会",) and text[morphemes[k + 1].end():].startswith(_SESSION_RECORDS) \
                and is_municipality(m.surface() + after[0]):
            return m.begin(), m.end() + 1
    return None


_SESSION_RECORDS = ("定例会", "臨時会", "会議録", "議事録", "本会議")
"""What an assembly's own record calls its sitting or its minutes, right after the assembly's name
(``緑野市議会定例会会議録``): the title is that assembly's record, so the name before it is the municipality's."""


_BODIES = ("審議会", "委員会", "協議会", "会議", "懇談会", "懇話会", "検討会", "評議会", "審査会", "分科会", "部会")
"""What a municipality's own council or committee is called, its subject before it (``都市計画審議会``,
``教育委員会``, ``子ども・子育て会議``, ``まちづくり懇談会``): a word that ends so (``会議所``, a chamber of commerce, does not)."""
PRIVATE_BODIES = ("社会福祉協議会", "実行委員会")
"""Bodies that bear a municipality's name but are not its own: a social welfare council is a private corporation
(社会福祉法 109条: ``東浜市社会福祉協議会``; helper prog59 kept it out of a city's offices, titleblock._MUNICIPAL_OFFICE),
an event's organising committee is the event's (``みなと古本市実行委員会``, ``市`` a market)."""
_BODY_RECORDS = ("議事録", "会議録", "議事要旨", "議事概要", "会議要旨", "会議概要", "会議記録", "報告書", "答申",
                 "定例会", "臨時会")
"""What a body's own minutes or report are called in its title (``…審議会　議事録``, ``…教育委員会定例会会議録``,
``…審議会 答申報告書``): the title is that body's record."""


def body_in_title(text: str) -> tuple[int, int] | None:
    """The span of the municipality whose council or committee a minutes' or report's title names
    (``令和６年度　第３回　緑ヶ丘市都市計画審議会　議事録``, ``青葉市教育委員会定例会会議録``), else None: a
    municipality's name (a place name with its suffix, or a word and the suffix after it, :func:`is_municipality`)
    followed directly by a body's name (nouns ending on :data:`_BODIES`) and, later in the title, the body's record
    (:data:`_BODY_RECORDS`). A municipality's council is its own, as its assembly is (:func:`assembly_in_title`): the
    title names the city (fresh-user trial 59: city null). A prefecture's body gives the prefecture, no city
    (``stage._no_city``); a private body (:data:`PRIVATE_BODIES`) names none, nor a market (``緑ヶ丘市場``, one word
    to Sudachi, is never ``市`` + ``場``). Whether a name of common nouns and ``市`` is a city (``みどり市``, or a
    market) is :func:`~pipeline.segment.titleblock.city_in_title`'s to weigh.

    >>> t = "令和６年度　第３回　緑ヶ丘市都市計画審議会　議事録"; a, b = body_in_title(t); t[a:b]
    '緑ヶ丘市'
    >>> [(lambda sp: t[sp[0]:sp[1]] if sp else None)(body_in_title(t)) for t in ("第4回南丘村総合計画審議会議事要旨",
    ...     "さくら町環境審議会　会議録", "横浜市環境審議会 答申報告書", "みどり県都市計画審議会　議事録")]
    ['南丘村', 'さくら町', '横浜市', 'みどり県']
    >>> [body_in_title(t) for t in ("東浜市社会福祉協議会　理事会議事録", "緑ヶ丘市場運営協議会　議事録", "全国市長会議　議事録",
    ...     "緑ヶ丘市商工会議所　通常総会議事録", "緑ヶ丘市都市計画審議会の役割", "本市教育委員会　会議録", "各市教育委員会連絡協議会　議事録")]
    [None, None, None, None, None, None, None]
    """
    for start, end, body_end in _municipal_bodies(text):
        body = text[end:body_end]
        if not body.endswith(PRIVATE_BODIES) and any(r in text[body_end:] for r in _BODY_RECORDS):
            return start, end
    return None


def municipal_body(text: str) -> bool:
    """``text`` is wholly the name of a municipality's own council or committee (:data:`_BODIES`): a municipality's
    name opening it (:func:`is_municipality`), nouns after it, the body's word closing it (``みどり県防災会議``,
    ``さくら町子ども・子育て会議``, ``青葉市環境審議会``); a private body (:data:`PRIVATE_BODIES`) is none.

    Why (issue 16 point 1, fresh-user trial 75d): a prefecture's disaster-prevention plan is issued by its
    防災会議, the council every prefecture and municipality holds (災害対策基本法 14条, 16条); under the plan's title
    the line named no organisation (``会議`` alone is a meeting's word: ``全国市長会議`` names no municipality first),
    so the plan had no issuer.

    >>> [municipal_body(t) for t in ("みどり県防災会議", "さくら町子ども・子育て会議", "青葉市環境審議会")]
    [True, True, True]
    >>> [municipal_body(t) for t in ("全国市長会議", "みどり県防災会議の役割", "東浜市社会福祉協議会", "防災会議")]
    [False, False, False, False]
    """
    text = text.strip()
    return any(start == 0 and body_end == len(text) and not text.endswith(PRIVATE_BODIES)
               for start, _, body_end in _municipal_bodies(text))


def _municipal_bodies(text: str):
    """``(start, end, body_end)`` of each municipality's name (``text[start:end]``) followed directly by a body's name
    (nouns, and a ``・`` between them, to a word ending on :data:`_BODIES`, ``text[end:body_end]``), by Sudachi's
    words (a market, ``緑ヶ丘市場``, is one word, never ``市`` + ``場``)."""
    from pipeline.sudachi import name_tokenizer

    if script_of(text) != JA:
        return
    morphemes = list(name_tokenizer("C").tokenize(text))
    for k, m in enumerate(morphemes[:-1]):
        pos = m.part_of_speech()
        if pos[0] != "名詞" or pos[1] not in ("普通名詞", "固有名詞"):
            continue
        if m.surface()[-1:] in MUNICIPALITY_SUFFIXES and pos[2] == "地名":
            start, end, rest = m.begin(), m.end(), k + 1  # ``横浜市`` + ``環境審議会``
        elif morphemes[k + 1].surface() in tuple(MUNICIPALITY_SUFFIXES) and k + 2 < len(morphemes):
            start, end, rest = m.begin(), morphemes[k + 1].end(), k + 2  # ``緑ヶ丘`` + ``市`` + ``都市計画審議会``
        else:
            continue
        if not is_municipality(text[start:end]):
            continue
        # the body's name: the nouns (and a ``・`` between them) right after the municipality's, to its body word
        j = rest
        while j < len(morphemes) and (morphemes[j].part_of_speech()[0] == "名詞" or morphemes[j].surface() == "・"):
            if text[end:morphemes[j].end()].endswith(_BODIES):
                yield start, end, morphemes[j].end()
                break
            j += 1


def municipalities_in(text: str) -> list[tuple[int, int]]:
    """Where a title names municipalities (``みどり市の子育て支援``, ``子育て支援の取組：さくら町の事例``): the spans
    ``(start, end)``, in order, of each word Sudachi reads as a place name ending in a municipality suffix, or of a
    noun and the suffix after it (``さくら`` + ``町``), that :func:`is_municipality` accepts alone and that a
    particle or a mark follows (or the title ends: no compound such as ``京都議定書``). The evidence is
    :func:`is_municipality`'s (no list of names): ``地方都市``, ``城下町`` and ``夜市`` are words. Which one the
    talk is about is :func:`~pipeline.segment.titleblock.city_in_title`'s to weigh.

    >>> t = "子育て支援の取組：さくら町の事例"; [t[a:b] for a, b in municipalities_in(t)]
    ['さくら町']
    >>> municipalities_in("みどり市の子育て支援"), municipalities_in("地方都市の交通"), municipalities_in("港まち夜市")
    ([(0, 4)], [], [])
    >>> municipalities_in("京都議定書と温暖化対策"), municipalities_in("東京都と大阪府の比較")  # a compound word; two places
    ([], [(0, 3), (4, 7)])
    >>> t = "大邱広域市の港湾都市戦略"; [t[a:b] for a, b in municipalities_in(t)]  # a place name and its designation
    ['大邱広域市']
    >>> t = "ソウル特別市の都心再生"; [t[a:b] for a, b in municipalities_in(t)]
    ['ソウル特別市']

    A suffix right before a lost glyph may be a word's first letter (``港湾都��交流``: 港湾都市交流), so no name ends there:

    >>> municipalities_in("冬季観光を軸とした港湾都\ufffd\ufffd交流の展開"), municipalities_in("旭川市\ufffdの観光")
    ([], [])
    """
    return list(_municipalities(text)) if script_of(text) == JA else []


def _municipalities(text: str):
    from pipeline.sudachi import name_tokenizer

    morphemes = list(name_tokenizer("C").tokenize(text))
    for k, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if pos[2] == "地名" and m.surface()[-1:] in MUNICIPALITY_SUFFIXES:
            span = (m.begin(), m.end())
        elif (m.surface() in MUNICIPALITY_SUFFIXES and k > 0 and morphemes[k - 1].part_of_speech()[0] == "名詞"
              and morphemes[k - 1].part_of_speech()[1] != "数詞"):
            first = k - 1
            # a place name before a designation word (Korea's 広域市, 特別市: 大邱 + 広域 + 市) names the city with it
            if first > 0 and morphemes[first - 1].part_of_speech()[2] == "地名" \
                    and morphemes[first].part_of_speech()[2] != "地名":
                first -= 1
            span = (morphemes[first].begin(), m.end())
        elif m.surface() in DESIGNATION_WORDS and k > 0 and morphemes[k - 1].part_of_speech()[2] == "地名":
            span = (morphemes[k - 1].begin(), m.end())  # ``ソウル`` + ``特別市``: the designation is one word to Sudachi
        else:
            continue
        after = morphemes[k + 1].part_of_speech()[0] if k + 1 < len(morphemes) else None
        if after not in (None, *_PLACE_ENDS):
            continue  # a word the place name is part of (京都議定書, 那覇市国際課): no place the title is about
        if text[span[1]:span[1] + 1] == GAP:
            continue  # a lost glyph after it may carry the word on (``港湾都\ufffd\ufffd交流``: 港湾都市; the shape of fresh-user trial 62c)
        if is_municipality(text[span[0]:span[1]]):
            yield span  # a market's (みなと古本市の魅力) needs evidence beside the title: titleblock.city_evidence


_PLACE_ENDS = ("助詞", "補助記号", "空白")
"""What follows a place name the title is about (みどり市の…, 南相馬市における…, ：ひばり市): a particle or a mark."""




_EDITION_DASH = re.compile(r"\s+[-–—|·•]\s+")
"""A dash, a bar or a middle dot set off by spaces, parting a periodical's name from its edition (``… Newsletter - Autumn
Term 2026``, ``… Library News · June 2026``)."""


_SOURCE_LINE = lazyre.compile(r"^From\s+(?:the\s+|an?\s+)?[A-Z]")
"""A line naming where a text comes from (``From the Oakfield Primary School Recipe Booklet``, ``From Hillside
Community Kitchen``): a source's line under a title, never an organisation's name."""


def names_publication(cell: str) -> bool:
    """``cell`` names a periodical an organisation puts out (its name's part before a dash ends on ``Newsletter``,
    ``Bulletin``, ``News``: :data:`PUBLICATION_NAME`), maybe with its edition after the dash: the
    document's title, never its publisher's name, though the organisation's name opens it (fresh-user trial 67:
    ``Riverside Primary School Newsletter - Autumn Term 2026      Page 1`` atop each page had been read as the
    school's name, its first copy kept in ``front`` and the first article's heading made the title).

    >>> names_publication("Riverside Primary School Newsletter - Autumn Term 2026"), names_publication("Harbour News")
    (True, True)
    >>> names_publication("Riverside Primary School - Autumn Term 2026"), names_publication("Riverside Primary School")
    (False, False)

    The edition may follow the name with no dash (``Sakura International Association Newsletter No. 8``, the English
    half of a bilingual masthead: fresh-user trial 70's kind, whose masthead had been read as the association's name and
    the newsletter had no title); a number that is no edition (``Harbour News 24 Hours``) makes none:

    >>> names_publication("Sakura International Association Newsletter No. 8"), names_publication("Harbour News Vol. 3, No. 2")
    (True, True)
    >>> names_publication("Sakura International Association No. 8"), names_publication("News Agency Building 2")
    (False, False)
    """
    from pipeline.segment.events import is_edition_line

    s = cell.strip()
    if PUBLICATION_NAME.search(s) is not None or PUBLICATION_NAME.search(_EDITION_DASH.split(s)[0]) is not None:
        return True
    return any(is_edition_line(s[m.end():]) for m in _PUBLICATION_WORD.finditer(s))


_PUBLICATION_WORD = lazyre.compile(r"\b(?:Newsletter|Magazine|Gazette|Bulletin|Digest|News)(?= )")
"""A periodical's word inside a line, an edition after it (:func:`names_publication`)."""


_DOCUMENT_NAME = lazyre.compile(r"^(?:(?!\b(?:of|for)\s).)*\b(?:Review|Report|Plan|Strategy|Proposals|Consultation)"
                                r"(?:\s+(?:19|20)[0-9]{2}(?:\s?[-–/]\s?[0-9]{2,4})?)?$")
"""The last word of a document's name, its year after it at most (``Library Services Review 2024``, ``Town Centre
Parking Review``), no ``of`` or ``for`` before it: the report's title, though an organisation's word stands in it
(``Centre``, ``Library``: trial 52b's ``Town Centre Parking Review`` under a council's name had been read as an
organisation, and the council's report lost its title). A body named by its field after ``of``/``for`` (``Centre
for Policy Review``, ``Commission for the Review of …``) keeps its reading."""
_DOCUMENT_ABOUT = lazyre.compile(r"^(?:(?:19|20)[0-9]{2}(?:\s?[-–/]\s?[0-9]{2,4})?\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Notice|Notification|Announcement|Invitation|Call|Minutes|"
                                 r"Agenda|" + "|".join(WORK_KINDS) + r")s?(?:\s+(?:19|20)[0-9]{2}(?:\s?[-–/]\s?[0-9]{2,4})?)?"
                                 r"\s+(?:of|on|about|regarding|concerning|for)\s")
"""A line led by a notice's or a work's kind (:data:`~.labels.WORK_KINDS`), two words before it at most and its year
after it, and what it is about (``Notice of Library Closure``, ``Announcement of Museum Reopening``, ``Report on
School Meals``, ``Annual Review 2023 of the Harbour Museum Trust``, ``Call for Volunteers at the Town Hall``): the
document's title, an organisation's word after it the thing it tells of, never the organisation's
name (fresh-user trial 64: a bilingual notice's ``Notice of Library Closure`` under ``図書館休館のお知らせ`` had been
read as an organisation, so as the notice's speaker, its ``title.en`` null). An organisation is led by its own kind
(``Office of …``, ``Department of …``), never by a notice's."""
_RULE_KINDS = (r"Polic(?:y|ies)|By-?laws?|Regulations?|Guidelines?|Charter|Code(?:\s+of\s+(?:Conduct|Practice))?|Rules|"
               r"Procedures?|Protocols?|Standards|Ordinances?|Constitution|Terms\s+of\s+Reference|Standing\s+Orders")
"""A document setting a body's rules, named after the body's word (``Library Code of Conduct``, ``Council Standing
Orders``, ``School Guidelines``): the body's own rules, a title (fresh-user trial 64c's variants)."""
_ISSUED_WORK = lazyre.compile(r"\s(?:[A-Z][a-z][\w'’\-]*\s+){0,2}(?:(?:Calendar|Timetable|Schedule|Programme|Program|Prospectus|Yearbook|"
                              + "|".join(WORK_KINDS) + r")s?|" + _RULE_KINDS + r")(?:\s+[12][0-9]{3}(?:\s?[-–/]\s?[0-9]{2,4})?)?$")
"""A work an organisation issues, named after the organisation's word that ends its line, a year or a span of years
at most after it (``School Calendar 2024-25``, ``Museum Handbook``, ``Library Strategy 2030``), two capitalised words
at most between (``Harbour Museum Audio Guide``, ``Library Visitor Handbook``: helper enrep85): the document's title,
never the organisation's name (helper title53: a school calendar's title read as an organisation, and as a dated
office's header with its year, had left the calendar titled by its first month). A kind of work
(:data:`~.labels.WORK_KINDS`) or a calendar's or a programme's word."""


_TERMS_KINDS = r"Terms(?:\s+(?:of\s+(?:Service|Use|Sale|Business)|and\s+Conditions))?|Privacy\s+(?:Notice|Statement)|Disclaimer"
"""A service's or a shop's terms (``Terms of Service``, ``Terms and Conditions``, ``Privacy Notice``): a document's
kind, as the rules' kinds are (:data:`_RULE_KINDS`)."""
_ORGANISATION_DASH_WORK = lazyre.compile(
    r"^\S.*?\s[-–—]\s+(?:[A-Z][\w'’]*\s+){0,3}(?:(?:" + "|".join(WORK_KINDS) + r"|Notice|Minutes|Agenda|Newsletter)s?|"
    + _RULE_KINDS + "|" + _TERMS_KINDS + r")(?:\s+(?:19|20)[0-9]{2}(?:\s?[-–/]\s?[0-9]{2,4})?)?$")
"""A line naming an organisation, then a spaced dash and the kind of a document it issues, a few capitalised words
before the kind and its year after it at most (``Harbourline Cloud Services Ltd. - Terms of Service``, ``Northfield
Bank plc — Privacy Policy``, ``Ferncliff Rowing Club – Annual Report 2024``): the document's title, the organisation
its issuer (fresh-user trial 73b: the line had been read as a company's name, and the terms had no title)."""
_KIND_OF_BODY = lazyre.compile(r"^(?:[A-Z][a-z]+\s+){0,2}(?:" + _RULE_KINDS + "|" + _TERMS_KINDS + r")\s+(?:of|for)\s")
"""A line led by a rules' or terms' kind and the body whose it is (``Privacy Policy of Northfield Bank plc``, ``Code of
Conduct for Harbour Volunteers``): the document's title, as :data:`_DOCUMENT_ABOUT` reads a work's (fresh-user trial
73b's variant)."""


_ENACTED_BY = lazyre.compile(r"^(?:Adopted|Approved|Enacted|Passed|Ratified|Endorsed|Amended|Revised)"
                             r"(?:\s+and\s+[a-z]+)?\s+by\s", re.IGNORECASE)
"""A document's adoption line (``Adopted by the City Council on 14 February 2025``, ``Approved by the Board of
Trustees``; :func:`~.events.is_enactment` reads the dated ones): who adopted it, never an author's affiliation
(fresh-user trial 64c: under ``Open Data Policy`` it had vouched for the title as a person's name)."""


_MEETING_RECORD = lazyre.compile(r"\b(?:Meeting|Meetings|Session|Hearing)\b")
_RECORD_KIND = lazyre.compile(r"\b(?:Minutes|Agenda)\b")
"""A meeting of a body after its name (``Committee Meeting``, ``Board Session``) and a meeting's record anywhere
(``Minutes``, ``Agenda``): the line is the meeting's or its record's title, not the body's name (trial 41: ``Committee
Meeting — Minutes`` was read as an organisation, and the minutes had no title)."""


def _longest_organisation(s: str, english: bool) -> tuple[int, int]:
    """The most characters and English words :func:`is_organisation` reads as one organisation's name (see there)."""
    if not english:
        return 40, 0
    parts = [p.strip() for p in s.split(",")]
    return (120, 16) if len(parts) >= 2 and all(p[:1].isupper() for p in parts) else (80, 10)


WEB_ADDRESS_AFTER = re.compile(r"\s*(?:[(（<]\s*(?:https?://|www\.)[^\s)）>]+\s*[)）>]|[,，—–]\s*(?:https?://|www\.)\S+)\s*$")
"""A web address after a name, in brackets or after a comma or dash (``… (http://www.freedesktop.org)``): the way a
document names its publisher, never an author's affiliation (:func:`~.names.vouched_names`)."""


_ROUTE_LINE = re.compile(r"^(?:Route|ROUTE|Service|SERVICE|Line|LINE|Bus|BUS)\s+[A-Z]?[0-9]{1,4}[A-Z]?\s*[:：—–-]?\s+"
                         r"(?P<stops>\S.*)$")
"""A transport route's label and its stops: ``Route 27: Hexley Bus Station - Ashcombe - Pennford Hospital``."""
_STOP_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*[→⇒>]\s*|\s+(?:to|via)\s+")
"""What parts a route's stops: a dash between spaces, an arrow, ``to`` or ``via``."""


def route_line(text: str) -> bool:
    """A bus's, a train's or a tram's route: its label (``Route 27``, ``Service X5``, ``Line 2``) then two stops or more
    parted by dashes, arrows, ``to`` or ``via``. The stops are places (``Hexley Bus Station``, ``Pennford Hospital``),
    no organisation the document's author holds a post at: a timetable notice's route line under its title is its
    subtitle, never its speaker's affiliation (issue 16 point 2, fresh-user trial 78's bus timetable change notice,
    helper kanri78).

    >>> route_line("Route 27: Hexley Bus Station - Ashcombe - Pennford Hospital"), route_line("Service X5 Oxford to Cambridge via Bedford")
    (True, True)
    >>> route_line("Line 2: Airport → Central Station"), route_line("Route 27 Partnership Board"), route_line("Bus Station Trust")
    (True, False, False)
    """
    m = _ROUTE_LINE.match(text.strip())
    return m is not None and len(_STOP_SEPARATOR.split(m.group("stops"))) >= 2


_COLON_OFFER = lazyre.compile(r"\s*:\s+(?P<offer>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|and|of|for|the|in|on|at|&)){1,5})$")
"""What follows an organisation's name after a colon (:func:`_offer_after_colon`): a short title-cased phrase, no
digit, no sentence."""


def _offer_after_colon(s: str, at: int) -> bool:
    """``s[:at]`` ends on an organisation's word, a colon after it, then a title-cased phrase that names no
    organisation, person or place (``Westford Library: Autumn Courses``, ``Brackley Museum: Spring Talks``): the line
    names what the body offers or issues, a title, as a work named after the body's word is (:data:`_ISSUED_WORK`).
    A body's part after the colon (``Northfield University: School of Law``, ``Whitby Town Council: Planning
    Committee``) keeps the line an organisation's. Why (issue 16 point 2, helper enrep85; docs/limits.md *Session 84,
    en84*: a library's course list had no title, the line read as the library's name)."""
    m = _COLON_OFFER.match(s, at)
    if m is None:
        return False
    from pipeline.segment.names import is_person_name

    offer = m.group("offer")
    return not (is_organisation(offer) or organisation_line(offer) or is_person_name(offer) or is_place_name(offer)
                or EN_ORGANISATION.search(offer) is not None)


@lru_cache(maxsize=LINE_CACHE)
def is_organisation(text: str) -> bool:
    """A short line naming an organisation (its last word is an organisation word), no sentence, no name after it.

    Short: 40 characters at most, 80 for an English name (``Department of
    Coastal Engineering, Northfield University``: English words are longer), 120 for an English name in parts
    parted by commas, each opening on a capital (``Department of Civil Engineering, Norwegian University of
    Science and Technology, Trondheim``, 90: trial 26, where the affiliation went to the front); ten English
    words at most, sixteen in parts.

    A Japanese name may be written in parts with spaces between them, each a
    municipality or an organisation (``倉敷市 文化観光部``, ``架空大学 国際学部``).

    >>> is_organisation("筑波大学情報学群"), is_organisation("東西大学 山田 太郎"), is_organisation("University of Tsukuba")
    (True, False, True)
    >>> is_organisation("倉敷市 文化観光部"), is_organisation("架空大学　国際学部"), is_organisation("倉敷市 山田 太郎")
    (True, True, False)
    >>> is_organisation("Coastal Logistics Group"), is_organisation("Focus group results"), is_organisation("Building Trust in Ports")
    (True, False, False)
    >>> is_organisation("Fountain Heritage Trust, Bristol"), is_organisation("Coastal Logistics Group, Hamburg, Germany")
    (True, True)
    >>> is_organisation("Committee Meeting — Minutes"), is_organisation("Minutes of the Board"), is_organisation("Riverside Youth Robotics Club")
    (False, False, True)
    >>> is_organisation("²Institute of Marine Structures, Bergen, Norway"), is_organisation("Workflow Notes for the Field Office")
    (True, False)
    >>> is_organisation("Institute for Urban Mobility"), is_organisation("Centre for Coastal Research")
    (True, True)
    >>> is_organisation("Rain Gauges on School Roofs"), is_organisation("Graduate School of Engineering, Tohoku University")
    (False, True)
    >>> is_organisation("Effects of Mobile Library Services in Regional Cities"), is_organisation("Friends of the Museum")
    (False, True)
    >>> is_organisation("Embassy of Japan Information Centre in London"), is_organisation("Port of Kobe Authority at Rokko Island")
    (True, True)
    >>> is_organisation("Library Opening Hours and Student Attendance"), is_organisation("Library of Congress")
    (False, True)
    >>> is_organisation("Library Opening Hours Extended"), is_organisation("Museum Roof Repaired"), is_organisation("Museum Victoria")
    (False, False, True)
    >>> is_organisation("University College London Hospitals"), is_organisation("Museum Victoria")
    (True, True)
    >>> is_organisation("さくら台自治会"), is_organisation("港北市社会福祉協議会"), is_organisation("図書館"), is_organisation("委員会")
    (True, True, False, False)
    >>> is_organisation("株式会社みなと精機 総務人事部"), is_organisation("○○市 市民課"), is_organisation("○○ 市民課")
    (True, True, False)
    >>> is_organisation("午前の部"), is_organisation("総務部")  # a programme's part
    (False, True)
    >>> is_organisation("第１部"), is_organisation("第 2 部"), is_organisation("営業第一部")  # a part's ordinal; a department's
    (False, False, True)
    >>> is_organisation("¹ 東京工業大学 工学院"), is_organisation("²東西大学"), is_organisation("¹")  # led by the authors' mark
    (True, True, False)
    >>> is_organisation("Department of Civil Engineering, Norwegian University of Science and Technology, Trondheim")
    True
    >>> is_organisation("Riverside Library Newsletter"), is_organisation("Harbour Authority News")  # a periodical's name
    (False, False)
    >>> is_organisation("Riverside Utilities District"), is_organisation("Revitalising the Waterfront District")
    (True, False)
    >>> is_organisation("Library Services Review 2024"), is_organisation("Centre for Policy Review")
    (False, True)
    >>> is_organisation("School Calendar 2024-25"), is_organisation("Riverside Primary School")  # a work it issues
    (False, True)
    >>> is_organisation("Northwind Robotics Inc."), is_organisation("Harbourline Systems, Inc."), is_organisation("Harbour Data, LLC")
    (True, True, True)
    >>> is_organisation("Musical Instruments and a City of Music"), is_organisation("A Museum for Everyone")
    (False, False)
    >>> is_organisation("Exchange as a UNESCO City of Gastronomy"), is_organisation("Notice of Library Closure")
    (False, False)
    >>> is_organisation("The festival is sponsored by Harbourline Systems, Inc."), is_organisation("We thank Acme Corp.")
    (False, False)
    >>> is_organisation("X Desktop Group (http://www.freedesktop.org)"), is_organisation("Notes on Caching (www.example.org)")
    (True, False)
    >>> is_organisation("From the Oakfield Primary School Recipe Booklet"), is_organisation("Oakfield Primary School")
    (False, True)
    >>> is_organisation("Harbourline Cloud Services Ltd. - Terms of Service"), is_organisation("Privacy Policy of Northfield Bank plc")
    (False, False)
    >>> is_organisation("Ferncliff Rowing Club – Annual Report 2024"), is_organisation("Harbour Data Ltd. – Research Division")
    (False, True)
    """
    # an organisation named with its web address after it (``X Desktop Group (http://www.freedesktop.org)``, a
    # specification's publisher under its title; trial 62b: the line had been read as the title): the name is read
    s = WEB_ADDRESS_AFTER.sub("", text.strip()) or text.strip()
    english = script_of(s) == EN
    most, most_words = _longest_organisation(s, english)
    if not s or len(s) > most or s.endswith(("。", "、")) or (s.endswith(".") and not _NAME_ON_LEGAL_FORM.match(s)):
        # a stop ends a sentence, but the one of a company's legal form ends its name (``Northwind Robotics Inc.``:
        # issue 16 point 1, fresh-user trials, an English release's company line over its headline had read as the
        # story's first sentence, and the release had no title)
        return False
    if english:
        s = re.sub(rf"^{MARK}+\s*", "", s)  # ``²Institute of …``: the mark that points to it from the authors
        if _SOURCE_LINE.match(s):
            # ``From the Oakfield Primary School Recipe Booklet`` under a recipe's title: where the text comes from,
            # no organisation's name (fresh-user trial 67b: read as one, it started the title block, and the recipe's
            # first heading ``Ingredients`` became the title)
            return False
        found = EN_ORGANISATION.search(s)
        if found is not None and re.search(r"\b(?:for|to)\s", s[:found.start()]) and not ORGANISATION_NAME.match(s):
            return False  # ``Workflow Notes for the Field Office``: a text addressed to an organisation, no name of one
        if found is not None and re.search(r"(?:(?:^|\s)[Aa]n?|\san?\s+(?:[A-Z][\w'’\-]*\s+){1,3})\s*$", s[:found.start()]):
            # ``Musical Instruments and a City of Music``: an indefinite article before the kind's word makes it a
            # title's common noun, no organisation's name (helper lect62: an English title under its Japanese one had
            # gone to front); so it does with the noun's modifiers between (``… as a UNESCO City of Gastronomy``,
            # ``Becoming a Creative City of Music``: helper block64, fresh-user trial 64), the article in small
            # letters there (``A Coruña City Council`` is the council of the city A Coruña)
            return False
        if found is not None and not _names_a_part(s, found) \
                and (re.search(_TITLE_PREPOSITION, s[:found.start()])
                     or (re.search(r"\bof\s", s[:found.start()]) and re.search(_TITLE_PREPOSITION, s[found.end():])
                         and not re.match(rf"\s*{_PREPOSITION}", s[found.end():]))):
            # ``Rain Gauges on School Roofs``: an organisation's word inside a title's phrase; ``of`` before it counts
            # where a phrase goes on after it (``Effects of Mobile Library Services in Regional Cities``), as it does
            # in no organisation's name (``Department of …``, ``Name of Institute or Affiliation``); an organisation's
            # kind right before the place it stands in ends its name (``Embassy of Japan Information Centre in London``,
            # ``Port of Kobe Authority at Rokko Island``: review of 2 December)
            return False
        if found is not None and _headline_before_name(s[:found.start()]):
            return False  # ``New Wing Opens at Riverside General Hospital``: a headline naming where, no name
        if found is not None and _verb_after_kind(s[found.end():]):
            return False  # ``Library Reopens``, ``Council Approves Cycle Path``: a headline whose subject is the body
        if found is not None and _things_after_kind(s[found.end():]):
            return False  # ``New Library Hours``, ``School Fair Returns``: the kind's word modifies a plural noun
        if found is not None and found.start() == 0 and s.isascii() and not any(c.isdigit() for c in s) \
                and _MODIFIER_KIND.match(s) and EN_ORGANISATION.search(s, found.end()) is None:
            return False  # ``Library Opening Hours and Student Attendance``: the kind's word modifies a title's noun
        if found is not None and found.start() == 0 and s.isascii() and "," not in s and EN_ORGANISATION.search(s, found.end()) is None \
                and len(s.split()) >= 3 and _verb_past(s.split()[-1]):
            # ``Library Opening Hours Extended``: a headline, the kind's word modifying its subject, a verb's past form
            # closing it; no organisation's name ends on one (helper front68: an English notice's headline had been
            # read as its organisation's line, and the notice had no title)
            return False
        if route_line(s):
            return False  # ``Route 27: Hexley Bus Station - Ashcombe - Pennford Hospital``: stops, no body (route_line)
        if found is not None and _offer_after_colon(s, found.end()):
            return False  # ``Westford Library: Autumn Courses``: what the body offers, named after it, a title
        if _DOCUMENT_ABOUT.match(s):
            return False  # ``Notice of Library Closure``: a notice or a work about something, named by its kind first
        if _ORGANISATION_DASH_WORK.match(s) or _KIND_OF_BODY.match(s):
            return False  # ``Harbourline Cloud Services Ltd. - Terms of Service``: the body's document, its title
        if names_publication(s) or _DOCUMENT_NAME.match(s):
            return False  # ``Riverside Library Newsletter``: a periodical the organisation publishes, its name a title
        if found is not None and _ISSUED_WORK.match(s, found.end()):
            return False  # ``School Calendar 2024-25``: a work the organisation issues, its name a title
        if found is not None and (_MEETING_RECORD.search(s, found.end()) or _RECORD_KIND.search(s)):
            return False  # ``Committee Meeting — Minutes``: a meeting of the body, or its record, names no body
        if _ENACTED_BY.match(s):
            return False  # ``Adopted by the City Council on 14 February 2025``: a document's adoption, no organisation
        if title_phrase(s):
            return False  # ``Building the Archive``, ``The Trust, Explained``, ``Focus Group, Results``: a title's words
        # ``Fountain Heritage Trust, Bristol``: a name by its ending word, before its place (as organisation_line reads)
        # (``Harbour Data, LLC``: a company's name, its legal form after a comma)
        return (found is not None or ORGANISATION_ENDING.match(_PLACE_AFTER.sub("", s)) is not None
                or _NAME_ON_LEGAL_FORM.match(s) is not None) and len(s.split()) <= most_words
    s = re.sub(rf"^{MARK}+\s*", "", s)  # ``¹ 東京工業大学 工学院``: the mark that points to it from the authors
    if s.endswith("会議") and municipal_body(s):
        return True  # ``みどり県防災会議``: a municipality's own council (``会議`` alone is a meeting's word)
    if company_name(s):
        return True  # ``株式会社みなと総研``, ``(株)北陸データ``: a company named by its legal kind before its name
    parts = s.replace("\u3000", " ").split()
    if not parts:
        return False  # a mark alone
    if parts[-1].endswith("の部") or part_alone(parts[-1]):
        # ``午前の部``, ``子どもの部``: a programme's part, no department (helper title53: an event's running order); nor
        # its ordinal, ``第１部`` (helper prog58: alone on its line over a record's lecture it had been the speaker's
        # affiliation where no honorific told the speaker's line)
        return False
    # the word alone names no organisation (``図書館``, ``委員会``: a heading, a common noun), a name before it does
    return any(parts[-1].endswith(w) and (len(parts[-1]) > len(w) or len(parts) > 1)
               and not _common_phrase_before(parts[-1][:-len(w)]) for w in ORGANISATION_WORDS) \
        and all(is_municipality(p) or any(p.endswith(w) for w in ORGANISATION_WORDS)
                # a company named by its legal kind over its department (``株式会社みなと精機 総務人事部``), a
                # municipality whose name a template masks (``○○市 市民課``): an issuing office (helper notice74,
                # fresh-user trial 73d: the circular's department had been no organisation, so no issuer)
                or company_name(p) or _MASKED_MUNICIPALITY.match(p) is not None for p in parts[:-1])


_MASKED_MUNICIPALITY = re.compile(r"^[○〇◯●△×]{1,4}[都道府県市町村区]$")
"""A municipality whose name a form or a template masks with circles (``○○市``, ``〇〇町``): a place all the same."""


COMPANY_KINDS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "（株）", "(有)", "（有）", "㈱", "㈲")
"""A company's legal kind, written out or abbreviated in brackets, set before its name (``株式会社みなと総研``,
``(株)北陸データ``) or after it (``しおかぜ物産株式会社``, ``北陸データ(株)``)."""
_COMPANY = lazyre.compile("^(?P<kind>" + "|".join(map(re.escape, COMPANY_KINDS)) + r")[\s\u3000]?(?P<name>\S{1,20})$|"
                          r"^(?P<before>\S{1,20}?)[\s\u3000]?(?:" + "|".join(map(re.escape, COMPANY_KINDS[5:])) + ")$")
_NO_NAME_POS = frozenset({"助詞", "助動詞", "動詞", "補助記号", "形容詞"})


def company_name(text: str) -> bool:
    """A Japanese company's name, its legal kind (:data:`COMPANY_KINDS`) before it or, abbreviated, after it; the
    name holds no particle, verb or punctuation (Sudachi), nor is it one verbal noun alone: the kind then opens a
    title's phrase (``株式会社の地域貢献``, ``株式会社化の進展``, ``有限会社制度の廃止``, ``株式会社設立``). Why
    (fresh-user trial 58): a proceedings' talk opening on ``株式会社みなと総研`` over its title had that line as its
    title, the title in front, where a city office's line over a title (``新潟市 国際交流課``) stands apart. The kind
    after a name written out (``しおかぜ物産株式会社``) is :data:`ORGANISATION_WORDS`' own.

    >>> company_name("株式会社みなと総研"), company_name("(株)北陸データ"), company_name("北陸データ（株）"), company_name("有限会社 やまびこ設計")
    (True, True, True, True)
    >>> company_name("株式会社の地域貢献"), company_name("株式会社化の進展と課題"), company_name("有限会社制度の廃止"), company_name("株式会社設立")
    (False, False, False, False)
    """
    found = _COMPANY.match(text.strip())
    if found is None:
        return False
    from pipeline.sudachi import name_tokenizer

    words = name_tokenizer().tokenize(found.group("name") or found.group("before"))
    if any(m.part_of_speech()[0] in _NO_NAME_POS for m in words) or words[0].surface() in ("化", "制", "法", "等"):
        return False
    return not (len(words) == 1 and words[0].part_of_speech()[2] == "サ変可能")


def _common_phrase_before(stem: str) -> bool:
    """``stem`` + an organisation's word is a phrase of common nouns, no name: the stem ends on の and holds no proper
    noun (Sudachi's 固有名詞: a place, a person, an organisation's own name) nor a legal person's kind (``法人``).
    ``雨の日の図書館`` (an essay's title: trial 53, it had become its author's affiliation and the essay lost its
    title) and ``午前の部`` (a programme's morning session) name none; ``港北市の図書館`` and ``NPO法人まちづくりの会``
    do, and a stem that runs on into a compound before the word (``子どもの未来応援センター``, ``市民の森管理事務所``)
    names the body it is.

    >>> _common_phrase_before("雨の日の"), _common_phrase_before("午前の"), _common_phrase_before("港北市の")
    (True, True, False)
    >>> _common_phrase_before("子どもの未来応援"), _common_phrase_before("NPO法人まちづくりの"), _common_phrase_before("")
    (False, False, False)
    """
    if not stem.endswith("の") or "法人" in stem:
        return False
    from pipeline.sudachi import name_tokenizer

    return all(m.part_of_speech()[1] != "固有名詞" for m in name_tokenizer().tokenize(stem))


_PREPOSITION = r"(?:on|in|at|from|with|about)\s"
_TITLE_PREPOSITION = r"\b(?:on|in|at|from|with|about|as|into|through|towards?|across|via|within|beyond)\s"
"""Prepositions a title's phrase holds around an organisation's word (``… on School Roofs``, ``International
Exchange as UNESCO City of Gastronomy``), which no organisation's name sets before its kind's word. ``as``, ``into``,
``through``, ``towards``, ``across``, ``via``, ``within``, ``beyond`` since helper block64 (fresh-user trial 64: a
talk's English title ``… as a UNESCO City of Gastronomy`` had been an organisation's line, so it was no translation
of the Japanese title and the speaker search stopped over it: ``title.en`` and the speaker null)."""


def _names_a_part(s: str, found: re.Match) -> bool:
    """The organisation word ends its comma-part of the line or leads an ``of``/``for`` name (``… Tohoku University,
    Japan``, ``School of Architecture``); a word inside a phrase (``School Roofs``) names none."""
    rest = s[found.end():]
    return rest.strip() == "" or rest.lstrip().startswith((",", "of ", "for ", "and ", "&")) or rest[:1] in ",;"


_PLACE_AFTER = lazyre.compile(r"(?:,\s*(?:(?:City|Town|Village|Municipality|Prefecture)\s+of\s+(?:the\s+)?)?"
                              r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}){1,2}$")
"""One or two places after an organisation's name, parted by commas, each one to three capitalised words (``, Leeds,
UK``, ``, Trondheim``, ``, Kobe City``), a municipality's also led by its kind and ``of`` (``Port and Harbor Bureau,
City of Kobe``: issue 16, helper front52, where the cover's organisation line had been read as the title's subtitle)."""
_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "these", "those",
                          "every", "each", "new"})
"""Words that open a noun phrase: after a verb's ``-ing`` form they make it a verb's object (``Building the Archive``)."""


def title_phrase(text: str) -> bool:
    """An English line shaped as a title's phrase, though it holds an organisation's word (trial 45: ``The Trust,
    Explained``, ``Focus Group, Results`` and ``Building the Archive`` were read as organisations, and a cover's title
    as its speaker's affiliation). Three shapes, none of which an organisation's name takes:

    * it opens on a verb's ``-ing`` form and a determiner (``Building the Archive``, ``Visiting the Museum``), or
      holds one further on (``… Regeneration Linking the Port and the City Centre``) not after ``for``/``of``/``in``:
      a verb and its object; a name may open on such a noun (``Building Research Institute``, ``Housing
      Authority``), never on a verb and an article;
    * the words before a weak ending (:data:`ORGANISATION_ENDINGS_EN`: ``Trust``, ``Group``, ``Archive``) are small
      words only (``The Trust``, ``Our Archive``) or one verb's ``-ing`` form (``Building Trust``): nothing names the
      body;
    * a part after a comma is no place (:func:`_no_place`: ``Explained``, ``Results``, ``Again``) after a weak ending
      or a kind's word with small words before it only (``The Museum, Explained``): an organisation's comma parts its
      name from its town or country (``Fountain Heritage Trust, Bristol``); a name of its own words with a kind's word
      (``Some Department, Somewhere``, llncs's placeholder) may be followed by anything.
    * its organisation's word is followed by a word in small letters that is no small word (``Council approves new
      cycle lanes for the old town centre``, ``Museum reopens after …``): a headline's subject and its verb; a name
      sets only small words (``of``, ``for``, ``and``) in small letters after its kind's word (helper title53);
    * the words before its first preposition (``for``, ``to``, ``of``, ``on``, ``from``, ``by``) end on a kind of work
      (:data:`~.labels.WORK_KINDS`: ``Summary``, ``Report``, ``Briefing``) and hold no organisation's word: a work made
      for, by or about the body named after it (``Summary for the Tourism Promotion Committee``, ``Report to the Board
      of Trustees``: trial 52b, where a report's subtitle was read as an organisation and outscored its title); an
      organisation's name sets its own kind's word there (``Centre for Coastal Research``, ``Survey Office of …``);
    * a headline in title case (:func:`_headline_verb`): a subject, a verb's present form, its object
      (``Riverside City Opens New Community Library``, ``University of Kobe Launches Ocean Data Centre``: trial 53c,
      where a press release's headline was read as an organisation and the release had no title nor body).

    >>> [title_phrase(s) for s in ("The Trust, Explained", "Focus Group, Results", "Building the Archive", "Building Trust")]
    [True, True, True, True]
    >>> title_phrase("The Museum, Explained"), title_phrase("Some Department, Somewhere")
    (True, False)
    >>> title_phrase("Waterfront Regeneration Linking the Port and the City Centre"), title_phrase("Society for Preserving the Coast")
    (True, False)
    >>> title_phrase("Summary for the Tourism Promotion Committee"), title_phrase("Annual Report of the Harbour Authority")
    (True, True)
    >>> title_phrase("Centre for Coastal Research"), title_phrase("Survey Office of the Port Authority")
    (False, False)
    >>> title_phrase("Council approves new cycle lanes for the old town centre"), title_phrase("Universidad de Chile")
    (True, False)
    >>> title_phrase("Riverside City Opens New Community Library"), title_phrase("Springfield Public Library")
    (True, False)
    >>> [title_phrase(s) for s in ("Awa Folk Crafts Archive", "University of Tokyo", "Kyoto Institute of Technology",
    ...                            "Building Research Institute", "Fountain Heritage Trust, Bristol", "The Harbour Trust")]
    [False, False, False, False, False, False]
    """
    s = text.strip()
    words = s.split()
    if len(words) >= 2 and _verb_ing(words[0]) and words[1].lower() in _DETERMINERS:
        return True
    # the same verb and object further on (``Waterfront Regeneration Linking the Port and the City Centre``: trial 52,
    # where a talk's English title became its speaker's affiliation); after ``for``/``of``/``in`` the -ing form is a
    # noun an organisation's name may hold (``Society for Preserving the Coast``)
    if any(_verb_ing(w) and nxt.lower() in _DETERMINERS and prev.lower() not in ("for", "of", "in")
           for prev, w, nxt in zip(words, words[1:], words[2:])):
        return True
    if _work_for_a_body(s):
        return True
    if "\t" not in s and _headline_verb(words):  # (a table's row, ``Memory Sticks<TAB>4``, is none)
        return True  # ``Riverside City Opens New Community Library``: a subject, its verb, an object (trial 53c)
    kind = EN_ORGANISATION.search(s)
    if kind is not None and re.match(r"\s+[a-z]+\b", s[kind.end():]) \
            and s[kind.end():].split()[0] not in SMALL_WORDS and s[kind.end():].split()[0] not in _NAME_PARTICLES:
        return True  # ``Council approves new cycle lanes``: the kind's word and a verb, a headline's sentence
    pieces = [p.strip() for p in s.split(",")]
    name = pieces[0].split()
    kind = EN_ORGANISATION.search(pieces[0])
    lead = pieces[0][:kind.start()].split() if kind is not None else []
    if (kind is None or (lead and all(w.lower() in _DETERMINERS or w.lower() in SMALL_WORDS for w in lead))) \
            and any(_no_place(p) for p in pieces[1:]):
        return True  # a name whose own words name it (``Some Department, Somewhere``) may be followed by anything
    if name and re.fullmatch(ORGANISATION_ENDINGS_EN, name[-1]):
        lead = name[:-1]
        return all(w.lower() in _DETERMINERS or w.lower() in SMALL_WORDS for w in lead) \
            or (len(lead) == 1 and _verb_ing(lead[0]))
    return False


_SUBJECT_PLACE = lazyre.compile(r"\b(?:City|Town|Village|County|Borough|Ward|Prefecture|Region|State)$")
"""A place named by its kind, as a headline's subject (``Riverside City``, ``Hyogo Prefecture``)."""


def _named_place(subject: str) -> bool:
    """A place named by its kind after its name (``Riverside City``, ``Hyogo Prefecture``), the name no common word
    (:func:`~.places._common_word`: ``Smart City`` names none)."""
    from pipeline.segment.places import _common_word

    words = subject.split()
    return _SUBJECT_PLACE.search(subject) is not None and len(words) >= 2 \
        and not any(_common_word(w) for w in words[:-1])


def _verb_s(word: str) -> bool:
    """A verb's present third-person form as a headline sets it (``Opens``, ``Launches``, ``Announces``): the word
    ends on ``s``, spaCy's rules give it a lemma that WordNet lists as a verb, and WordNet lists no noun spelt so
    (``Works``, ``Affairs``, ``Services``, ``Arts`` name an organisation's field as written).

    >>> [_verb_s(w) for w in ("Opens", "Launches", "Announces", "Works", "Affairs", "Studies", "Open", "Kansas")]
    [True, True, True, False, False, True, False, False]
    """
    from pipeline.glosses import inflected_verb, lemma_index

    w = word.lower()
    if len(w) < 4 or not w.isalpha() or not w.endswith("s") or not word[:1].isupper():
        return False
    return w not in lemma_index()["noun"] and inflected_verb(w)


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern")
"""Endings English adjectives take (``national``, ``public``, ``creative``): an adjective WordNet lists as a noun too is
read as an adjective with one of them."""


def _opens_noun_phrase(word: str) -> bool:
    """A word a headline's object opens on: a determiner (``the``, ``a``, ``New``, ``Its``), a number (``2026``), or
    an adjective as WordNet lists it, no noun too unless it ends as adjectives do (``Digital``, ``Public``,
    ``National``: :data:`_ADJECTIVE_ENDINGS`); WordNet lists ``day`` and ``in`` as adjectives too (``Health and Sports
    Day``, ``Ski Courses in …`` are no headlines).

    >>> [_opens_noun_phrase(w) for w in ("New", "the", "2026", "Public", "Digital", "Commission", "Council", "and", "Day", "in")]
    [True, True, True, True, True, False, False, False, False, False]
    """
    from pipeline.glosses import lemma_index

    w = word.lower()
    if w in _DETERMINERS or w[:1].isdigit():
        return True
    index = lemma_index()
    return w.isalpha() and w not in SMALL_WORDS and w in index["adj"] \
        and (w not in index["noun"] or w.endswith(_ADJECTIVE_ENDINGS))


def _headline_verb(words: list[str]) -> bool:
    """A line in title case holding a headline's verb (``Riverside City Opens New Community Library``,
    ``University of Kobe Launches Ocean Data Centre``, ``Springfield Opens Public Library``): a word after the first
    and before the last is a verb's present form (:func:`_verb_s`), capitalised words stand before it (its subject),
    and either its object opens on a determiner, a number or an adjective (:func:`_opens_noun_phrase`) or its
    subject names an organisation or a place by its kind (``University of Kobe``, ``Riverside City``). An
    organisation's name holds a plural only as a noun before another noun (``Human Rights Commission``, ``Research
    Grants Council``, ``National Institutes of Health``), never a subject and a verb, so the line is a headline.
    Why (trial 53c): ``Riverside City Opens New Community Library`` ended on ``Library``, was read as an
    organisation, and the press release had no title and no body.

    Helper title55: a bare name as subject (:func:`_bare_name`) with an object of two words or more, whatever it opens
    on (``Harwick Hosts Festival Committee``; ``Ashcombe Parks Department`` has one word after its plural, a noun
    before the kind's word, and stays a name); and a verb's past form (:func:`_verb_past`) right after a body named
    whole by its kind's word, before a noun phrase's opening (``Town Council Approved Annual Budget``), where a name's
    participle is an adjective after no kind's word (``Institute of Applied Physics``, ``Ashcombe Advanced Materials
    Centre``).

    >>> [_headline_verb(s.split()) for s in ("Harwick Hosts Festival Committee", "Town Council Approved Annual Budget",
    ...     "Ashcombe Parks Department", "Institute of Applied Physics", "Ashcombe Advanced Materials Centre")]
    [True, True, False, False, False]

    >>> [_headline_verb(s.split()) for s in ("Riverside City Opens New Community Library",
    ...     "University of Kobe Launches Ocean Data Centre", "Springfield Opens Public Library")]
    [True, True, True]
    >>> [_headline_verb(s.split()) for s in ("Springfield Public Library", "Human Rights Commission",
    ...     "Research Grants Council", "National Institutes of Health", "Department of Public Works",
    ...     "Water Resources Board", "National Parks and Wildlife Service", "Centre for Asian Studies",
    ...     "Health and Sports Day", "Creating Shared Spaces and the Everyday Use of Old Harbours",
    ...     "Hot Springs and Ski Courses in Mt. Kirin area", "THE QUIET ECONOMY OF SMALL REPAIRS 1")]
    [False, False, False, False, False, False, False, False, False, False, False, False]
    """
    for k in range(1, len(words) - 1):
        past = _verb_past(words[k])
        if not past and not _verb_s(words[k]):
            continue
        subject = " ".join(words[:k])
        if not all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in words[:k]):
            continue
        if words[k + 1].lower() in SMALL_WORDS or _verb_ing(words[0]) or (words[k + 1].isdigit() and k + 2 == len(words)):
            continue  # ``Hot Springs and Ski Courses``: a verb has its object after it (a page's number after a
            # running head is none, ``… OF SMALL REPAIRS 1``); ``Creating Shared Spaces …`` opens on a verb of its own
        named_body = _named_place(subject) or (EN_ORGANISATION.search(subject) is not None and is_organisation(subject)
                                               and EN_ORGANISATION.search(words[k - 1]) is not None)
        if past:
            # a past form names a verb only after a body named whole (``Town Council Approved …``) and before a noun
            # phrase's opening: a name sets a participle as an adjective (``Ashcombe Advanced Materials Centre``,
            # ``Institute of Applied Physics``), never after its kind's word
            if named_body and _opens_noun_phrase(words[k + 1]):
                return True
            continue
        if _opens_noun_phrase(words[k + 1]) or named_body \
                or (EN_ORGANISATION.search(subject) is not None and is_organisation(subject)):
            return True
        if _bare_name(words[:k]) and len(words) - k - 1 >= 2:
            return True  # ``Harwick Hosts Festival Committee``: a name, its verb, an object of two words or more
    return False


_PLACE_PREPOSITION = lazyre.compile(r"\s(?:at|in|on|from|to|with|by|for)(?:\s+(?:the|a|an|its|their|our))?\s+"
                                    r"(?:[A-Z][\w'’.\-]*\s+)*$")
"""The preposition (with its determiner) that sets a headline's place or source before an organisation's name, and the
name's capitalised words before its kind's word (``… at the Harbour City Museum``, ``… from Northbay University``)."""


def _headline_before_name(lead: str) -> bool:
    """``lead``, an English line's words before its organisation's name, is a headline's clause: it ends on a
    preposition (:data:`_PLACE_PREPOSITION`), and before that a verb stands after its subject, capitalised words that
    name no organisation: a present form (``New Wing Opens at``, ``Team Wins Prize from``: :func:`_verb_s`), a past form
    (``Mural Unveiled at``: :func:`_verb_past`), or a verb's base after a plural subject (``Ancient Coins Go on Display
    at``, ``Flu Clinics Return to``). An organisation's name sets no verb before its kind (``Centre for Asian Studies at``:
    the subject names a centre; ``Friends of the Museum``: no verb). Limit: a noun spelt as a verb's form stays a verb
    (``Hot Springs at …``).

    Why (issue 16 point 3, helper city67): a press release's headline ending on an organisation's name (``New Wing Opens
    at Riverside General Hospital``) was read as the organisation's line, and the release had no title.

    >>> [_headline_before_name(s) for s in ("New Wing Opens at Riverside General ", "Ocean Drone Team Wins Prize from Northbay ",
    ...     "Ancient Coins Go on Display at the Harbour City ", "Free Flu Clinics Return to ", "Roman Mural Unveiled at ")]
    [True, True, True, True, True]
    >>> [_headline_before_name(s) for s in ("Centre for Asian Studies at Kyoto ", "Department of Surgery, ", "Friends of the ",
    ...     "Visiting Researcher at ", "Port of Kobe ", "Professor of Surgery at ", "")]
    [False, False, False, False, False, False, False]
    """
    from pipeline.glosses import lemma_index

    prep = _PLACE_PREPOSITION.search(lead)
    if prep is None:
        return False
    words = lead[:prep.start()].split()
    for k in range(1, len(words)):
        subject = words[:k]
        if not all(w[:1].isupper() for w in subject) or EN_ORGANISATION.search(" ".join(subject)) is not None:
            return False
        w = words[k]
        base_after_plural = w[:1].isupper() and w.lower() in lemma_index()["verb"] \
            and subject[-1].lower().endswith("s") and not subject[-1].lower().endswith("ss") and len(subject) >= 2
        if _verb_s(w) or _verb_past(w) or base_after_plural:
            return True
    return False


def _verb_after_kind(rest: str) -> bool:
    """``rest``, an English line's words after its organisation's word, opens on a verb as a headline sets it after its
    subject: a present form (``Reopens``, ``Approves``: :func:`_verb_s`) or a past one (``Reopened``, ``Closed``:
    :func:`_verb_past`). An organisation's name goes on after its kind with ``of``, ``for``, a place or nothing, never
    a verb (``Library of Congress``, ``Museum Victoria``, ``Library Services``: a noun, WordNet's).

    Why (issue 16, fresh-user trial 68): a newsletter's article headed ``Library Reopens`` right under its issue line
    was read as an organisation, so as the speaker's affiliation, and its text went to ``front``.

    >>> [_verb_after_kind(s) for s in (" Reopens", " Approves New Cycle Path", " Reopened After Renovation", " Closes")]
    [True, True, True, True]
    >>> [_verb_after_kind(s) for s in ("", " of Congress", " Victoria", " Services", " Works", " for Asian Studies")]
    [False, False, False, False, False, False]
    """
    words = rest.split()
    return bool(words) and (_verb_s(words[0]) or _verb_past(words[0]))


_FIELD_PLURALS = frozenset({"services", "works", "affairs", "studies", "sciences", "arts", "resources", "relations",
                            "operations", "communications", "programmes", "programs", "estates", "facilities", "systems",
                            "solutions", "technologies", "industries", "holdings", "products", "enterprises",
                            "investments", "laboratories", "labs", "collections", "friends", "trustees", "governors",
                            "volunteers", "partners", "associates", "libraries", "museums", "schools", "hospitals",
                            "offices", "departments", "divisions", "branches", "units", "centres", "centers"})
"""Plural nouns a body's name ends on after its kind's word, naming its field, its work, its people or its units
(``Library Services``, ``Public Works``, ``Museum Collections``, ``School Governors``, ``Port Authority Offices``:
tests/test_segment_glued_marks.py's issuing organisation under a cover's title): an organisation's or a unit's name,
never read as :func:`_things_after_kind`'s headline noun."""


def _things_after_kind(rest: str) -> bool:
    """``rest``, an English line's words after its organisation's word, is one to three capitalised words ending on a
    plural common noun (WordNet lists its singular as a noun: ``Hours``, ``Returns``, ``Times``, ``Closures``) that
    names no body's field (:data:`_FIELD_PLURALS`), no small word after the kind (``of``, ``for``, ``de``) and no other
    organisation's word: the kind's word modifies a headline's noun (``New Library Hours``, ``School Fair Returns``,
    ``Museum Opening Times``). An organisation's name ends on its kind (``Riverside Water Board``), names what it is
    of (``Department of Public Works``) or ends on its field (``Library Services``).

    Why (issue 16 point 2, helper fix68d): a small newsletter's first headline ``New Library Hours``, under its
    masthead with no subtitle, was read as an office under the title and became the speaker over the credit's editor.

    >>> [_things_after_kind(s) for s in (" Hours", " Fair Returns", " Opening Times", " Road Closures")]
    [True, True, True, True]
    >>> [_things_after_kind(s) for s in ("", " of Public Works", " Services", " Victoria", " Governors", " Hospitals", " Board")]
    [False, False, False, False, False, False, False]
    >>> _things_after_kind(" Offices")
    False
    """
    from pipeline.glosses import lemma_index, lemmas

    words = rest.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z'’\-]+", w) for w in words) \
            or words[0].lower() in _NAME_PARTICLES or EN_ORGANISATION.search(rest) is not None \
            or ORGANISATION_ENDING.match(rest.strip()) is not None:
        return False
    last = words[-1].lower()
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss") or last in _FIELD_PLURALS:
        return False
    nouns = lemma_index()["noun"]
    return any(f != last and f in nouns for f in lemmas(last))


def _bare_name(subject: list[str]) -> bool:
    """One or two capitalised words, none an English common word (:func:`~.places._common_word`): a town's or a
    person's name as a headline's subject (``Harwick``, ``Kelderby``), no noun a name's kind is modified by
    (``Research``, ``Human``, ``Water``: ``Research Grants Council``, ``Human Rights Commission``)."""
    from pipeline.segment.places import _common_word

    return 1 <= len(subject) <= 2 and all(re.fullmatch(r"[A-Z][a-z'’\-]+", w) and not _common_word(w) for w in subject)


def _verb_past(word: str) -> bool:
    """A verb's past form as a headline sets it (``Approved``, ``Adopted``, ``Opened``, ``Won``, ``Held``): spaCy's
    rules give it a lemma other than itself that WordNet lists as a verb, and WordNet lists no noun spelt so (``Won``,
    the currency, is one) nor is it a present form (:func:`_verb_s`).

    >>> [_verb_past(w) for w in ("Approved", "Adopted", "Held", "Opened", "Won", "Need", "Hosts", "Approve")]
    [True, True, True, True, False, False, False, False]
    """
    from pipeline.glosses import inflected_verb, lemma_index

    w = word.lower()
    if len(w) < 3 or not w.isalpha() or not word[:1].isupper() or w.endswith("s"):
        return False
    index = lemma_index()
    return w not in index["noun"] and w not in index["verb"] and inflected_verb(w)


_NAME_PARTICLES = frozenset({"de", "des", "du", "di", "da", "do", "del", "della", "der", "van", "von", "voor", "y", "e", "et",
                             "und", "zu", "la", "le", "los", "las", "für", "for", "of", "and", "at", "in", "on"})
"""Small words that a name in another language sets after its kind's word (``Universidad de Chile``, ``Universität zu
Köln``), as :data:`_MODIFIER_KIND` reads them."""
_WORK_PREPOSITION = lazyre.compile(r"\s(?:for|to|of|on|from|by)\s")


def _work_for_a_body(s: str) -> bool:
    """The words before ``s``'s first preposition end on a kind of work and name no organisation (:func:`title_phrase`).

    >>> _work_for_a_body("Report to the Board of Trustees"), _work_for_a_body("Institute for Urban Mobility")
    (True, False)
    """
    prep = _WORK_PREPOSITION.search(s)
    if prep is None:
        return False
    lead = s[:prep.start()]
    words = lead.split()
    return bool(words) and WORK_KIND.fullmatch(words[-1]) is not None and EN_ORGANISATION.search(lead) is None \
        and all(w[:1].isupper() for w in words)


def _verb_ing(word: str) -> bool:
    """A verb's ``-ing`` form, capitalised as a title opens on it (``Building``, ``Managing``; not ``Spring``, ``King``:
    the word is its own lemma, no verb's form).

    >>> _verb_ing("Building"), _verb_ing("Visiting"), _verb_ing("Spring"), _verb_ing("Coastal")
    (True, True, False, False)
    """
    from pipeline.glosses import lemma_index, lemmas

    w = word.lower()
    if len(w) < 5 or not w.endswith("ing") or not w.isalpha():
        return False
    verbs = lemma_index()["verb"]
    return any(f != w and f in verbs for f in lemmas(w))


def _no_place(piece: str) -> bool:
    """A part after a comma that names no place: each word an English word that is no noun as written (a verb's form,
    ``Explained``; a plural, ``Results``, ``Methods``) or a function word (``Again``). A place is a proper noun: a
    word WordNet lists as a noun (``Bristol``, ``Leeds``, ``Reading``) or does not list (``Trondheim``).

    >>> [_no_place(p) for p in ("Explained", "Results", "Again", "Bristol", "Hamburg", "Germany", "New York", "Trondheim")]
    [True, True, True, False, False, False, False, False]

    Nor does a noun that names a work or a part of one (``Overview``, ``Summary``: :data:`~.labels.WORK_KINDS`).

    >>> _no_place("Overview"), _no_place("Summary")
    (True, True)
    """
    from pipeline.glosses import lemma_index, listed
    from pipeline.segment.names import _english_stop_words

    words = re.findall(r"[A-Za-z]+", piece)
    if WORK_KIND.fullmatch(piece.strip()):
        return True  # ``Focus Group, Overview``: a part of a work named, no place (issue 16)
    nouns = lemma_index()["noun"]
    return bool(words) and all(w.lower() in _english_stop_words() or (listed(w.lower()) and w.lower() not in nouns)
                               for w in words)


SUB_UNIT_WORDS = ("専攻", "学科", "コース", "講座", "研究室", "分野", "学域", "学府", "課程", "プログラム")
"""Words a Japanese university's sub-unit ends with: a course, department, chair or programme, which names no
institution of its own (``環境システム学専攻``)."""
INSTITUTION_WORDS = ("大学", "学院", "研究所", "研究院", "機構", "学校")
"""Words a Japanese institution a sub-unit belongs to is named by (``東北海洋大学大学院 環境科学研究科``)."""
_SUB_UNIT_EN = lazyre.compile(r"^(?:Department|Dept\.|Faculty|Division|Chair|Programme|Program|Laboratory|Lab|Graduate "
                          r"Program(?:me)?)\s+(?:of|for|in)\s")
_INSTITUTION_EN = lazyre.compile(r"\b(?:Universit(?:y|é|ä|à|at|ad|ade)|Politecnico|Polytechnic|Hochschule|College|Institute|"
                             r"Institut|Istituto|Academy|Akademie)\b")


def is_sub_unit(text: str) -> bool:
    """An affiliation that names only a unit of an institution, not the institution: ``環境システム学専攻``,
    ``Department of Marine Biology``; a unit with its institution (``東北大学 工学部``, ``Department of Physics,
    Kobe University``) is none. A thesis cover sets the university over the title and the student's course under it.

    >>> is_sub_unit("環境システム学専攻"), is_sub_unit("Department of Marine Biology"), is_sub_unit("東北大学 工学研究科 土木専攻")
    (True, True, False)
    >>> is_sub_unit("Department of Physics, Kobe University"), is_sub_unit("港湾局長")
    (False, False)
    """
    s = text.strip()
    if script_of(s) == EN:
        return _SUB_UNIT_EN.match(s) is not None and _INSTITUTION_EN.search(s) is None and is_organisation(s)
    return s.endswith(SUB_UNIT_WORDS) and not any(w in s for w in INSTITUTION_WORDS) and is_organisation(s)


def names_institution(text: str) -> bool:
    """An organisation's line that names an institution a sub-unit (:func:`is_sub_unit`) belongs to: a university,
    an institute (``東北海洋大学大学院 環境科学研究科``, ``Northfield University``).

    >>> names_institution("東北海洋大学大学院 環境科学研究科"), names_institution("Northfield University"), names_institution("港北市役所")
    (True, True, False)
    """
    s = text.strip()
    if script_of(s) == EN:
        return _INSTITUTION_EN.search(s) is not None and is_organisation(s)
    return any(w in s for w in INSTITUTION_WORDS) and is_organisation(s)


_BODY_OF_PLACE = lazyre.compile(r"^(?:Port|County|Borough|Parish|Harbou?r)(?:\s+(?:Authority|Council|Board))?\s+of\s+"
                                r"(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})$")
"""A public body named by its kind, then ``of`` and the place it serves (``Port of Bergenvik``, ``County of Gwenllian``,
``Port Authority of Skalvik``), as a port authority or a county council signs itself; a municipality so named (``City
of …``, ``Town of …``) is :func:`~.places.is_municipality_en`'s."""


def body_of_place(text: str) -> bool:
    """A line that only names a public body by its kind and its place (:data:`_BODY_OF_PLACE`), the place's words no
    common English words (``Port of Call``, ``County of Origin``: a title's phrases). An affiliation only after a
    person's name (:func:`~.names.name_then_affiliation`): alone on its line it is a slide's or a section's title as
    often (``Port of Naha`` over its points), so :func:`is_organisation` does not read it. Why (issue 16 point 1,
    fresh-user trial 69b): a deck's cover credit ``Ingrid Solberg, Port of Bergenvik`` was read as its subtitle and
    named no speaker: no organisation word ends or leads such a name.

    >>> body_of_place("Port of Bergenvik"), body_of_place("County of Gwenllian"), body_of_place("PORT OF BERGENVIK")
    (True, True, True)
    >>> body_of_place("Port of Call"), body_of_place("County of Origin"), body_of_place("Port of Bergenvik opens")
    (False, False, False)
    """
    from pipeline.segment.places import _common_word

    s = text.strip()
    if s.isupper():
        s = _title_cased(s)
    m = _BODY_OF_PLACE.match(s)
    return m is not None and not any(_common_word(w) for w in m.group("place").split())


def organisation_line(text: str) -> bool:
    """An English line that only names an organisation (``Coastline Transit Authority``): an organisation
    word, ten words at most, no sentence, no bullet.

    >>> organisation_line("Hokuriku International Exchange Association"), organisation_line("About the Association")
    (True, False)
    >>> organisation_line("International Exchange of a City of Peace"), organisation_line("Department of Urban Studies")
    (False, True)
    >>> organisation_line("Towa Institute of Technology"), organisation_line("A University for the Future")
    (True, False)

    A cover sets it in capitals as often (``HANGZHOU MUNICIPAL PEOPLE'S GOVERNMENT``, the shape of trial 26's): read in title case.

    >>> organisation_line("HANGZHOU MUNICIPAL PEOPLE'S GOVERNMENT"), organisation_line("DEPARTMENT OF URBAN STUDIES")
    (True, True)
    >>> organisation_line("ABOUT THE ASSOCIATION"), organisation_line("OVERVIEW")
    (False, False)

    Its place may follow after commas (``Lakeside Municipal Water Company, Finland``, ``Northfield Transit Authority,
    Leeds, UK``), as a cover sets an organisation under its speaker (trial 29, where it was left among the cover's lines).

    >>> organisation_line("Lakeside Municipal Water Company, Finland"), organisation_line("Harbour Views, Finland")
    (True, False)
    """
    s = text.strip()
    if s.isupper():
        s = _title_cased(s)
    name = _PLACE_AFTER.sub("", s)  # ``Lakeside Water Company, Finland``: the name before its place
    named = _NAMED_INSTITUTION.match(name)
    return (script_of(s) == EN and not title_phrase(s) and not _phrase_to_kind(name)
            and (ORGANISATION_NAME.search(name) is not None
                                    or ORGANISATION_ENDING.match(name) is not None
                                    or (named is not None and _names_something(named.group(1)))
                                    or _unit_of_body(s))
            and len(s.split()) <= 10 and not is_client_line(s)
            and not s.endswith((".", "?", "!", ":")) and s[:1].isupper() and not is_bullet(s)
            and s.split()[0].lower() not in ("about", "our", "why", "how", "what", "for", "from", "with", "on"))




_KIND_AT_END = lazyre.compile(rf"\b(?:{ORGANISATION_WORDS_EN})$")
_PHRASE_PREPOSITION = lazyre.compile(r"\s(?:to|for|on|in|at|from|with|about|as|into|through|towards?|across|via|within|"
                                     r"beyond|around|after|without)\s")


def _phrase_to_kind(name: str) -> bool:
    """An English line ending on an organisation's kind (``School``, ``Council``, ``Library``) after a preposition,
    and naming no organisation before that preposition (``Safer Routes to School``, ``Making Room for the Library``,
    ``Welcome to Riverside School``): a title's phrase, the kind's word the place or the body it leads to, never an
    organisation's name. An organisation's name sets its own kind before such a preposition (``Graduate School for
    International Development``, ``Centre for Coastal Research``, ``Institute of Education at … College``) or after
    none (``Riverside Primary School``, ``Parks and Recreation Department``).

    Why (issue 16 point 2, helper deck71; fresh-user trial 70's helper fix70a left it open): a deck's cover opening on
    ``Safer Routes to School`` read as an organisation's line (:func:`organisation_line`: ``School`` at its end) and
    the deck was titled by its subtitle, the real title the first slide's. :func:`is_organisation` already reads
    ``for``/``to`` before the kind as a text addressed to a body; this is the same shape for the line alone.

    >>> [_phrase_to_kind(s) for s in ("Safer Routes to School", "Making Room for the Library", "Welcome to Riverside School")]
    [True, True, True]
    >>> [_phrase_to_kind(s) for s in ("Graduate School for International Development, Nagoya University",
    ...     "Riverside Primary School", "Centre for Coastal Research", "Friends of the Museum", "Parks and Recreation Department")]
    [False, False, False, False, False]
    """
    part = name.split(",")[-1].strip()
    if _KIND_AT_END.search(part) is None:
        return False
    at = _PHRASE_PREPOSITION.search(part)
    return at is not None and EN_ORGANISATION.search(part[:at.start()]) is None


_UNIT_WORD = r"(?:Team|Group|Unit|Section|Directorate)"
_UNIT_ALONE = lazyre.compile(r"(?:[A-Z][\w&\-]*\s+){1,3}" + _UNIT_WORD)
_UNIT_THEN_BODY = lazyre.compile(r"^(?P<unit>(?:[A-Z][\w&\-]*\s+){1,3}" + _UNIT_WORD + r"),\s+(?P<body>.+)$")


def _unit_of_body(text: str) -> bool:
    """A team or unit of a named body, the body a municipality or an organisation (``City of Leeds Transport Team``,
    ``Ashford Borough Council Planning Team``, ``Transport Team, Leeds City Council``): an office's line, as a cover
    sets it under or over its speaker (fresh-user trial 64b: ``City of Leeds Transport Team`` had been the deck's
    subtitle, the speaker with no affiliation). A team with no body named (``Our Transport Team``, ``Project Team``)
    is none.

    >>> _unit_of_body("City of Leeds Transport Team"), _unit_of_body("Transport Team, Leeds City Council")
    (True, True)
    >>> _unit_of_body("Our Transport Team"), _unit_of_body("Winning Team Building Skills")
    (False, False)
    """
    from pipeline.segment.places import is_municipality_en

    def named_body(body: str) -> bool:
        return is_municipality_en(body) or (not _unit_of_body(body) and organisation_line(body))

    m = _UNIT_THEN_BODY.match(text)
    if m is not None and named_body(m.group("body").strip()):
        return True
    # the unit's words (one to three) after the body's, each split tried: ``City of Leeds`` + ``Transport Team``
    words = text.split()
    return any(_UNIT_ALONE.fullmatch(" ".join(words[k:])) is not None and named_body(" ".join(words[:k]))
               for k in range(max(1, len(words) - 4), len(words) - 1))


def _title_cased(text: str) -> str:
    """A line set in capitals in title case (``HANGZHOU PEOPLE'S GOVERNMENT`` → ``Hangzhou People's Government``):
    each word capitalised, the small words of a name (``of``, ``and``, ``the``) small after the first.

    >>> _title_cased("DEPARTMENT OF URBAN STUDIES"), _title_cased("THE UNIVERSITY OF TOKYO")
    ('Department of Urban Studies', 'The University of Tokyo')
    """
    words = text.split(" ")
    return " ".join(w.lower() if k and w.lower() in SMALL_WORDS else w[:1] + w[1:].lower()
                    for k, w in enumerate(words))


_POST_THEN_ORGANISATION = lazyre.compile(r"^(?P<post>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and|&)){0,4})"
                                     r"(?:,\s+|\s+at\s+)(?P<org>[A-Z][\w'’&.\-]*(?:\s+(?:[A-Z0-9][\w'’&.\-]*|of|and|for|the|&)){0,7})$")


_MAKER_EN = lazyre.compile(
    r"^(?:The\s+)?(?:[\w.+#\-]+\s+){0,4}(?:(?:Documentation|Development|Developer|Developers|Core|Translation|Maintenance|"
    r"Editorial|Locali[sz]ation|Steering|Release|Docs?|Users?|Open\s+Source)\s+(?:Team|Community|Project|Group)"
    r"|(?:[\w.+#\-]+\s+)(?:Developers|Contributors|Maintainers))$")
_MAKER_JA = lazyre.compile(r"^(?=.{2,30}$)[^のをにとでがは、。\s\u3000][^のをにとでがは、。&＆,，]*"
                           r"(?:コミュニティ|コミュニティー|プロジェクト|開発チーム|チーム|ユーザー?会|開発者一同)$")


def maker_line(text: str) -> bool:
    """A line naming the team or community that made a manual or report (``The Sphinx Documentation Team``, ``The
    pandas Development Community``, ``日本語TeXコミュニティ``, ``OSM Japan 翻訳プロジェクト``): its author, an
    organisation with no person named. English: a team's kind (``Documentation``, ``Development``, ``Core``,
    ``Translation`` …) before ``Team``/``Community``/``Project``/``Group``, or a product's ``Developers`` /
    ``Contributors`` / ``Maintainers``; Japanese: a short name with no particle or punctuation ending in
    ``コミュニティ``, ``プロジェクト``, ``チーム``, ``ユーザ会``. Why (issue 16, helper front52): such a line under a
    manual's title had gone to ``front`` or into the title, and the manual had no author.

    >>> [maker_line(s) for s in ("The Sphinx Documentation Team", "The pandas Development Community",
    ...                          "日本語TeXコミュニティ", "OSM Japan 翻訳プロジェクト", "NumPy Contributors")]
    [True, True, True, True, True]

    A person and the community together (``中野 賢 & 日本語TEX開発コミュニティ``) is a list of authors, no maker's line:

    >>> maker_line("中野 賢 & 日本語TEX開発コミュニティ"), maker_line("奥村晴彦，日本語TEX開発コミュニティ")
    (False, False)
    >>> [maker_line(s) for s in ("Building a Resilient Community", "The Manhattan Project", "港町の再生プロジェクト",
    ...                          "Our Team", "地域と歩むプロジェクト")]
    [False, False, False, False, False]
    """
    s = text.strip()
    if len(s.split()) > 8 or s.endswith((".", ":", "!", "?")):
        return False
    return _MAKER_EN.match(s) is not None or _MAKER_JA.match(s) is not None


def organisation_only(text: str) -> bool:
    """A line that only names an organisation, in English (:func:`organisation_line`) or Japanese
    (:func:`is_organisation`: ``県立防災研究センター``)."""
    return organisation_line(text) if script_of(text) == EN else is_organisation(text)


def post_and_organisation(text: str) -> bool:
    """A line that names a speaker's post and the organisation it is held at, the way a cover sets it under the
    speaker's name. In English the post comes first (``Staff Engineer, Lumen Data Systems``, ``Head of Research at
    Harbour Freight``): a post of capitalised words holding an English job title
    (:data:`pipeline.names.JOB_TITLES_EN`), a comma or ``at``, then a name of capitalised words; no sentence, no
    bullet. In Japanese the organisation comes first (:func:`_organisation_then_post`: ``北陸ことば研究所 研究員``).

    >>> post_and_organisation("Staff Engineer, Lumen Data Systems"), post_and_organisation("Head of Research at Harbour Freight")
    (True, True)
    >>> post_and_organisation("Lessons learned, next steps"), post_and_organisation("Engineers at Work")
    (False, False)
    >>> post_and_organisation("北陸ことば研究所 研究員"), post_and_organisation("港町市観光課長"), post_and_organisation("研究員")
    (True, True, False)
    """
    from pipeline.names import JOB_TITLES_EN, post_head

    if script_of(text) == JA:
        return _organisation_then_post(text.strip(" \u3000\t"))
    found = _POST_THEN_ORGANISATION.match(text.strip())
    post = found.group("post").split() if found is not None else []
    # a head that is a post only after its qualifying word (``Harbour Master``) ends the post: ``Harbour Master Plan,
    # Port Haldane`` is a plan's title
    return found is not None and not is_bullet(text) \
        and (any(w in JOB_TITLES_EN for w in post) or post_head(post[-1], qualified=len(post) > 1))


def _organisation_then_post(s: str) -> bool:
    """A Japanese line of an organisation and the post held there, nothing after the post (``北陸ことば研究所 研究員``,
    ``東西大学 主任研究員``, ``港町市観光課長``): the line ends on job titles (:data:`pipeline.names.JOB_TITLES`, one or
    more: ``主任研究員``), and what stands before them is an organisation (:func:`is_organisation`) or a municipality,
    with the post's first letter or without it (a head's post names the unit it heads: ``観光課`` + ``課長``). Trial 43:
    a PDF deck's cover named its presenter over ``北陸ことば研究所 研究員``, which no reading took, and the affiliation
    was lost. A post alone (``研究員``), a title ending on a post's word (``行政と議員``) is none.

    >>> _organisation_then_post("東西大学 主任研究員"), _organisation_then_post("南相馬市国際部長"), _organisation_then_post("市議会と議員")
    (True, True, False)
    """
    if not s or len(s) > 40 or script_of(s) != JA or GAP in s or is_bullet(s):
        return False
    for cut in range(1, len(s)):
        if POSTS_RE.fullmatch(s, cut) is None:
            continue
        for head in (s[:cut].rstrip(" \u3000"), s[:cut + 1]):
            if head != s and (is_organisation(head) or is_municipality(head)):
                return True
    return False


UNIT_WORDS = ("課", "部", "局", "室", "係", "班", "グループ", "研究科", "学部", "学科", "専攻", "講座", "コース", "研究室",
              "研究部", "学類", "学群", "大学院")
"""Words a part of a body ends with (a division, a bureau, a graduate school's course), no body of its own: the unit a
post is held in (``経営企画課長``, ``港湾局長``, ``工学研究科 教授``)."""


def post_in_no_body(text: str) -> bool:
    """A Japanese affiliation that is a post alone, or a post in a unit that names no body it belongs to (``教授``,
    ``経営企画課長``, ``営業部長``, ``港湾局長``, ``大学院工学研究科 教授``): it ends on job titles, and nothing before them
    names a municipality or an organisation other than a unit (:data:`UNIT_WORDS`; a bare organisation word such as
    ``大学院`` names none). Why (fresh-user trial 59): the line over such a speaker line names the body
    (``西川市上下水道局`` / ``経営企画課長　木村 誠``) and had been dropped from the affiliation.

    >>> [post_in_no_body(s) for s in ("教授", "経営企画課長", "営業部長", "大学院工学研究科 教授", "総務部総務課長")]
    [True, True, True, True, True]
    >>> [post_in_no_body(s) for s in ("北浜市港湾局長", "東西大学教授", "みどり県土木部長", "株式会社みなと商事 営業部長",
    ...                               "県立水産試験場 主任研究員", "課長の役割", "NPO法人まちのあし　代表理事")]
    [False, False, False, False, False, False, False]
    >>> post_in_no_body("法人営業部長")
    True
    """
    from pipeline.names import ends_with_job_title

    s = text.strip(" \u3000\t")
    if not s or script_of(s) != JA or GAP in s or not ends_with_job_title(s) or len(s) > 40:
        return False
    head = next((s[:cut] for cut in range(len(s)) if POSTS_RE.fullmatch(s, cut)), None)
    if head is None:
        return False
    whole = re.sub(r"[ \u3000]", "", s)
    # every start of the name, and the head with the post's first letter (a head's post names the unit it heads:
    # ``観光課`` + ``課長``)
    for end in range(1, len(re.sub(r"[ \u3000]", "", head)) + 2):
        part = whole[:end]
        if is_municipality(part) or (is_organisation(part) and not part.endswith(UNIT_WORDS)
                                     and part not in ORGANISATION_WORDS):
            return False
        # a legal person's kind (``NPO法人``, ``一般社団法人``): the body's name follows it, whatever script its kind is
        # written in (``NPO法人まちのあし　代表理事``: helper panel84, fresh-user trial 84b, had taken the body of the
        # panelist over it); ``法人`` alone opens a unit (``法人営業部長``)
        if part.endswith("法人") and len(part) > 2:
            return False
    return True


def _names_something(words: str) -> bool:
    """A word of ``words`` is no English word WordNet lists: a place's or a founder's name (``Towa``, ``Kyoto``)."""
    from pipeline.glosses import unlisted_words

    return bool(unlisted_words(words)[1])


def unit_and_body(text: str) -> bool:
    """``text`` (a byline's words after its ``by``) is a working unit and the body it belongs to, comma-parted, each
    piece capitalised words ending in an organisation's word (``Research Team, Westbrook Volunteer Network``,
    ``Insight Team, Northfield Housing Network``): an organisation's pieces, no person named. ``Team`` and ``Network``
    end an affiliation (:data:`AFFILIATION_ENDING`), never a line of their own, as a title's phrase may (``Freight
    Network``); after a report's ``Prepared by the`` they name who made it (fresh-user trial 67c: such a byline had
    named ``Research Team`` a person). Two pieces or more; a person's name among them is no unit.

    >>> unit_and_body("Research Team, Westbrook Volunteer Network"), unit_and_body("Maria Jensen, Westbrook Volunteer Network")
    (True, False)
    >>> unit_and_body("Freight Network"), unit_and_body("Planning Department, Ashford Borough Council")
    (False, True)
    """
    pieces = [p.strip() for p in text.strip().split(",")]
    return len(pieces) >= 2 and all(p and (AFFILIATION_ENDING.match(p) is not None or is_organisation(p)) for p in pieces)


def is_client_line(text: str) -> bool:
    """A report's line naming whom it was made for (``Prepared for the Port Authority of …``, ``Submitted to …``,
    ``Commissioned by …``, ``委託者：…``, ``…御中``, ``…各位``): front matter, never the authors' affiliation nor a title, though
    it names an organisation (``Prepared by`` names the authors: no client line).

    >>> is_client_line("Prepared for the Port Authority of Westmarch"), is_client_line("Commissioned by Kell County Council")
    (True, True)
    >>> is_client_line("委託者：東浜市港湾課"), is_client_line("Prepared by Coastal Logistics Group"), is_client_line("Port Authority")
    (True, False, False)

    The label may take a colon (``Prepared for: East Riding Coastal Partnership``; fresh-user trial 60b, where it had been
    the report's title):

    >>> is_client_line("Prepared for: East Riding Coastal Partnership"), is_client_line("Prepared by: Aldgate Water Ltd")
    (True, False)

    A letter's addressee (``自治会役員各位``, ``港北市長 殿``, ``山田 太郎 様``) is such a line too: whom the
    letter is for, never its title or its sender.

    >>> is_client_line("自治会役員各位"), is_client_line("港北市長 殿"), is_client_line("山田 太郎 様"), is_client_line("お客様")
    (True, True, True, False)

    So is a notice's greeting to its readers (``外国人の みなさんへ``, ``保護者の皆様へ``: trial 54b, a leaflet's, under its
    title and over its issuing office).

    >>> is_client_line("外国人の みなさんへ"), is_client_line("保護者の皆様へ"), is_client_line("みなさんへのお願い")
    (True, True, False)

    An English label opening a sentence of running text is none (``On behalf of the Management Committee, I am writing
    to thank everyone who …``: fresh-user trial 77b, where a letter's first line had been set in front as an addressee
    and its paragraph cut in two): at most :data:`MAX_CLIENT_WORDS` words.

    >>> is_client_line("On behalf of the Management Committee, I am writing to thank everyone who gave their time")
    False
    """
    s = text.strip()
    m = _CLIENT.search(s)
    return m is not None and not (s[:1].isascii() and m.start() == 0 and len(s.split()) > MAX_CLIENT_WORDS)


MAX_CLIENT_WORDS = 12
"""Words an English client line holds at most (``Prepared for the Port Authority of Westmarch``: 7; a report's longest
body's name runs to about ten): longer, the label opens a sentence."""


_ADDRESSEE_KO = lazyre.compile(r"^[가-힣][가-힣 ]{0,19}(?:여러분|님|귀하)(?:께|에게)?$")
"""A Korean notice's addressee alone on its line (``주민 여러분께``, ``학부모님께``, ``관계자 여러분``): whom it is for."""
_ADDRESSEE_EN = lazyre.compile(r"^To:?\s+(?:(?:all|the)\s+(?:[A-Za-z'’&\-]+\s+){0,4}(?:[A-Za-z'’\-]+s|staff|concerned|personnel|faculty)"
                               r"|every\s+[A-Za-z'’\-]+(?:\s+[A-Za-z'’\-]+)?)"
                               r"(?:\s+(?:of|in|on|at|along)(?-i:(?:\s+(?:and|&|the)|\s+[A-Z0-9][A-Za-z0-9'’\-–]*){1,8}))?\s*:?$",
                               re.IGNORECASE)
"""An English notice's addressee alone on its line: ``To all`` or ``To the`` and a group of at most five words ending in
a plural (``To all residents``, ``To: All Parents and Carers``, ``To all staff``, ``To the residents``), or ``To every``
and a noun of one or two words (``To every household``); the place where they live after it, its name in capitals
(``To all residents of Mill Lane and Church Street``, ``To every household in Upper Marsh``: helper news67). Not a sentence opening so (``To every thing there is a season``, ``To all the world``,
``To all our readers, thank you``: review of notice66, session 66)."""


def addressee_line(text: str) -> bool:
    """A notice's line naming whom it is for, alone on its line: a Japanese addressee or greeting to its readers
    (:func:`is_client_line`: ``保護者各位``, ``市民の皆様へ``, ``住民の皆さまへ``), a Korean one (``주민 여러분께``) or an
    English one (``To all residents``). Front matter under the notice's title, never a heading over its text
    (decision, issue 16, helper notice66; ``stage._past_addressee``: trial 65d's ``市民の皆様へ`` had titled the notice's
    body). A phrase about the readers is none (``市民の皆様の声``, ``To all intents and purposes, the work is done.``).

    >>> [addressee_line(s) for s in ("市民の皆様へ", "保護者各位", "住民の皆さまへ", "주민 여러분께", "To all residents")]
    [True, True, True, True, True]
    >>> [addressee_line(s) for s in ("市民の皆様の声", "To all intents and purposes, the work is done.", "주민 여러분의 협조")]
    [False, False, False]
    >>> [addressee_line(s) for s in ("To every thing there is a season", "To all the world", "To every household")]
    [False, False, True]
    >>> [addressee_line(s) for s in ("To all residents of Mill Lane and Church Street", "To every household in Upper Marsh",
    ...                              "To the residents of 2–14 Quay Road", "To all residents of the county, thank you")]
    [True, True, True, False]
    >>> [addressee_line(s) for s in ("To the best of our knowledge", "To all parents in a hurry", "To the members")]
    [False, False, True]
    """
    s = text.strip()
    return is_client_line(s) or _ADDRESSEE_KO.match(s) is not None or _ADDRESSEE_EN.match(s) is not None


COUNTRY_ALIASES = frozenset({"uk", "u.k.", "u.s.", "u.s.a.", "us", "korea", "south korea", "england", "scotland", "wales",
                             "taiwan", "hong kong", "russia", "turkey", "macau", "palestine", "kosovo", "p.r. china",
                             "pr china", "p. r. china", "the netherlands", "northern ireland"})
"""Countries and regions as affiliations write them that ISO 3166's names (pycountry) do not match: the UK, Korea,
England, Russia, Macau, P.R. China."""


@lru_cache(maxsize=1)
def _inverted_country_names() -> frozenset[str]:
    """ISO 3166's names written as a sentence writes them (``Korea, Republic of`` → ``republic of korea``, ``Iran,
    Islamic Republic of`` → ``islamic republic of iran``), lower case: how an affiliation's last part names them."""
    import pycountry

    out = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None)):
            if name and ", " in name:
                head, tail = name.split(", ", 1)
                out.add(f"{tail} {head}".lower())
    return frozenset(out)


def is_country(text: str) -> bool:
    """An English country or region name (ISO 3166 through pycountry: name, common name or code, or a name ISO writes
    inverted, ``Korea, Republic of``, as written, ``Republic of Korea``; and :data:`COUNTRY_ALIASES`).

    >>> is_country("Japan"), is_country("USA"), is_country("UK"), is_country("Sendai"), is_country("Abstract")
    (True, True, True, False, False)
    >>> is_country("Republic of Korea"), is_country("Russia"), is_country("The Netherlands"), is_country("Overview")
    (True, True, True, False)
    """
    import pycountry

    s = text.strip().rstrip(".")
    if not s or not s[0].isupper():
        return False
    if s.lower() in COUNTRY_ALIASES or (s.lower() + ".") in COUNTRY_ALIASES or s.lower() in _inverted_country_names():
        return True
    try:
        pycountry.countries.lookup(s)
    except LookupError:
        return False
    return True


_TOWN_STATE_CODE = lazyre.compile(r"^[A-Z][A-Za-z.'’\-]*(?:\s[A-Z][A-Za-z.'’\-]*){0,3},\s*[A-Z]{2}\s+(?:[0-9]{5}(?:-[0-9]{4})?|[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])$")
"""A town, its US state's or Canadian province's two-letter code, and its ZIP or postal code (``Fairfax, VA 22030``,
``Vancouver, BC V6T 1Z4``)."""


_UK_ADDRESS = lazyre.compile(r"^(?:c/o\s+)?[A-Z0-9][\w.'’&\-]*(?:\s[\w.'’&\-]+){0,4}(?:,\s*[A-Z0-9][\w.'’&\-]*(?:\s[\w.'’&\-]+){0,4}){1,5}"
                             r"\s+[A-Z]{1,2}[0-9][0-9A-Z]?\s[0-9][A-Z]{2}$")
"""A British postal address on one line: two to six capitalised parts parted by commas (a house, a street, a town, a
county), a care-of mark before them or not, and the postcode last, outward and inward codes parted by a space
(``Devon EX7 0QP``, ``Leeds LS2 9JT``): a letterhead's or a sender's address, never running text nor a title."""


def is_postal_affiliation(text: str) -> bool:
    """An affiliation written as a postal address (Elsevier's and IEEE's ``Elsevier B.V., Radarweg 29, 1043 NX
    Amsterdam, The Netherlands``): three parts or more parted by commas, a number in one (a street's or a postcode),
    a country last.

    >>> is_postal_affiliation("Harbour Lab Ltd., Quay Road 12, 7010 Trondheim, Norway"), is_postal_affiliation("Sendai, Japan")
    (True, False)
    >>> is_postal_affiliation("We met 3 times, in Oslo, Bergen and Norway")
    False
    """
    parts = [p.strip() for p in text.strip().split(",")]
    last = parts[-1][4:] if parts[-1].startswith("The ") else parts[-1]
    return len(parts) >= 3 and len(text) <= 120 and is_country(last) and any(c.isdigit() for c in text) \
        and all(p[:1].isupper() or p[:1].isdigit() for p in parts if p)


_JA_ADDRESS = re.compile(r"^(?:〒\s*[0-9０-９]{3}[-－ー][0-9０-９]{4}[ \u3000]*)?(?P<pref>[^\s\u3000（）()、。]{2,3}[都道府県])?"
                         r"[^\s\u3000（）()、。]{1,6}?[市区町村郡](?P<rest>[^\s\u3000（）()、。]*)$")
"""A Japanese postal address on its own: a prefecture's name or not, a municipality (``…市``, ``…町``), the rest of the
address after it (``静岡県浜松市中央区高丘東3-14-2``, ``新潟市西区五十嵐二の町``)."""
_BRACKETED_TAIL = re.compile(r"^(?P<head>[^（(]+?)[ \u3000]*[（(](?P<inner>[^（）()]+)[）)]$")


def ja_postal_address(text: str) -> bool:
    """A Japanese postal address (:data:`_JA_ADDRESS`) that says it is one: a postcode (``〒950-2181``), a prefecture
    before the municipality, or the rest of the address after it — a ward, a district or town, a block's number
    (``新潟市西区五十嵐二の町``, ``松本市緑ヶ丘3-1``). A municipality's name alone (``浜松市``) or a phrase opening on
    one (``市町村の取り組み``: no prefecture, no number) is none.

    >>> [ja_postal_address(s) for s in ("静岡県浜松市中央区高丘東3-14-2", "新潟市西区五十嵐二の町", "〒950-2181 新潟市西区五十嵐二の町8050")]
    [True, True, True]
    >>> [ja_postal_address(s) for s in ("浜松市", "市町村の取り組み", "地区の皆様", "長野県の観光", "町内会")]
    [False, False, False, False, False]
    """
    s = text.strip()
    m = _JA_ADDRESS.match(s)
    if m is None:
        return False
    rest = m.group("rest")
    if re.search(r"[\u3041-\u3093]", rest.replace("の", "")):
        return False  # kana of a phrase (``市町村の取り組み``); an address's only kana is the ``の`` of its place names
    return s.startswith("〒") or (m.group("pref") is not None and bool(rest)) \
        or re.search(r"[0-9０-９]|[区町村]|丁目|番地?", rest) is not None and len(rest) >= 2


def organisation_with_address(text: str) -> bool:
    """An organisation's line with its address in brackets after it (``株式会社 丸勝精機　（静岡県浜松市中央区高丘東
    3-14-2）``, ``新潟大学 工学部 工学科 社会基盤工学プログラム（新潟市西区五十嵐二の町）``): a letterhead's or a page's
    issuer line, the document's front, never a heading, whatever its size or the marked headings under it (decision,
    issue 16 point 2, helper struct77, fresh-user trial 77: a job offer's company line had become a level-1 section
    with every ``■`` heading demoted under it, a lab page's department line a level-1 section). The line's first
    word names the organisation (:func:`is_organisation`); the bracket holds a postal address (:func:`ja_postal_address`).

    >>> organisation_with_address("株式会社 丸勝精機　（静岡県浜松市中央区高丘東3-14-2）")
    True
    >>> organisation_with_address("新潟大学 工学部 工学科 社会基盤工学プログラム（新潟市西区五十嵐二の町）")
    True
    >>> organisation_with_address("環境システム工学研究室（水野研究室）"), organisation_with_address("夏祭りのご案内（緑町三丁目）")
    (False, False)
    """
    m = _BRACKETED_TAIL.match(text.strip())
    if m is None or not ja_postal_address(m.group("inner")):
        return False
    return is_organisation(re.split(r"[\s\u3000]", m.group("head").strip())[0])


def is_address_line(text: str) -> bool:
    """A line of an author's postal or mail address under the affiliation: a place and its country (``Sendai,
    Japan``, ``Barcelona, Spain``) or an e-mail address; never a title.

    >>> is_address_line("Sendai, Japan"), is_address_line("tanaka@tohoku.example"), is_address_line("Ports, Trade and Cities")
    (True, True, False)

    So is a North American town with its state or province and postal code (``Fairfax, VA 22030``, ``Vancouver, BC
    V6T 1Z4``: :data:`_TOWN_STATE_CODE`), as an author's address sets it (resphilosophica's closing address block
    had become a later talk's title once its authors' accented names read as names, trial 44's regression check):

    >>> is_address_line("Fairfax, VA 22030"), is_address_line("Cambridge, MA 02139-4307"), is_address_line("Vancouver, BC V6T 1Z4")
    (True, True, True)
    >>> is_address_line("Results, AI 2025")
    False

    So is a British postal address on one line, its parts parted by commas and its postcode last, a care-of mark
    before it or not (``c/o Rose Cottage, Church Street, Ashcombe, Devon EX7 0QP``: :data:`_UK_ADDRESS`; fresh-user
    trial 77b, where a village hall's letterhead address read as running text and the letter lost its subject line):

    >>> is_address_line("c/o Rose Cottage, Church Street, Ashcombe, Devon EX7 0QP"), is_address_line("12 Mill Lane, Leeds LS2 9JT")
    (True, True)
    >>> is_address_line("We met at Leeds, then drove to LS2 9JT"), is_address_line("Flood Risk, Leeds LS2")
    (False, False)
    """
    s = text.strip()
    if EMAIL.match(s) or _TOWN_STATE_CODE.match(s) or _UK_ADDRESS.match(s):
        return True
    parts = [p.strip() for p in s.split(",")]
    return len(parts) >= 2 and len(s.split()) <= 6 and is_country(parts[-1]) \
        and all(p[:1].isupper() for p in parts if p)



_HELD = lazyre.compile(r"^\s*(?:Held|Hosted|Convened|Organi[sz]ed|Taking\s+place|Took\s+place)\s+(?:at|in|on)\s+\S", re.IGNORECASE)
_EVENT_DAYS = lazyre.compile(r"(?:\b[0-9]{1,2}(?:\s*[-–—]\s*[0-9]{1,2})?\.?\s+[A-Z][a-z]+\.?\s+[0-9]{4}"
                             r"|\b[A-Z][a-z]+\.?\s+[0-9]{1,2}(?:\s*[-–—]\s*[0-9]{1,2})?,?\s+[0-9]{4}"
                             r"|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*$")


def venue_line(text: str) -> bool:
    """A line that says where and when an event was held, not whose work a document is: ``Held at …`` (``Hosted in``,
    ``Organised at``), or a place or an institution with the event's days after its comma (``University of Bristol,
    12–13 March 2024``). Though it names a university, it is no affiliation: the speaker's or authors' lines are the
    people's (user trial 51b: ``Held at the University of Leeds, 3–4 June 2025`` under a workshop report's title had
    been its speaker). Days are asked for, a day of the month and not only a month or a year, because an issuing office
    dated by its month (``Harbour Water Authority, March 2024``) is a report's author.

    >>> venue_line("Held at the University of Leeds, 3–4 June 2025"), venue_line("University of Bristol, 12–13 March 2024")
    (True, True)
    >>> venue_line("University of Leeds"), venue_line("Harbour Water Authority, March 2024"), venue_line("Held in Trust")
    (False, False, False)
    """
    s = text.strip()
    if (m := _HELD.match(s)) is not None:
        place = s[m.end() - 1:].split(",")[0]
        return _EVENT_DAYS.search(s) is not None or is_organisation(re.sub(r"^the\s+", "", place))
    parts = s.split(",")
    # the event's days close the line, after the place or institution (``Kyoto University, May 5, 2023``)
    return any(_EVENT_DAYS.fullmatch(",".join(parts[i:]).strip()) is not None and is_organisation(",".join(parts[:i]).strip())
               for i in range(1, len(parts)))


def dated_office(text: str) -> bool:
    """A notice's or press release's header: a date and the office that issues it on one line (``令和7年5月20日　青葉市
    観光振興課``, ``青葉市 観光振興課　2025年5月20日``, ``20 May 2025  Tourism Division, City of Aoba``). It says who issued
    the document and when: never its title (user trial 51b: the header had been a press release's title and its
    headline had gone to ``front``). Read at each space: a date (:func:`~.labels.is_date_line`) on one side, an
    organisation (:func:`is_organisation`) on the other.

    >>> dated_office("令和7年5月20日　青葉市 観光振興課"), dated_office("観光振興課 2025年4月1日"), dated_office("20 May 2025  Tourism Division, City of Aoba")
    (True, True, True)
    >>> dated_office("令和7年5月20日"), dated_office("青葉市と台南市が観光交流協定を締結"), dated_office("2025年の観光振興課の取り組み")
    (False, False, False)
    >>> dated_office("Riverside Primary School Newsletter - Autumn Term 2026")  # a periodical and its issue's term
    False
    """
    if dated_masthead(text):
        return False  # a periodical's name and its issue's month (``Westbrook Library News · June 2026``): its masthead
    parts = [p for p in re.split(r"[\s\u3000]+", text.strip()) if p]
    for i in range(1, len(parts)):
        # a dash or bar between them parts them as a comma does (``Riverside Primary School Newsletter - Autumn Term
        # 2026``: read with its dash, the periodical's name had passed for its school, session 67)
        head, tail = " ".join(parts[:i]).strip(",，、 -–—|"), " ".join(parts[i:]).strip(",，、 -–—|")
        if (is_date_line(head) and is_organisation(tail)) or (is_organisation(head) and is_date_line(tail)):
            return True
    return False


def dated_office_span(text: str) -> tuple[int, int] | None:
    """Where the office stands on a :func:`dated_office` line: ``(start, end)`` offsets into ``text``, the date and
    the spaces and commas around it left out; ``None`` on any other line. A deck's cover whose year and office line
    names no person is presented by that office (:func:`~pipeline.segment.cover.cover_office`).

    >>> t = "令和6年度　危機管理課"; a, b = dated_office_span(t); t[a:b]
    '危機管理課'
    >>> t = "青葉市 観光振興課　2025年5月20日"; a, b = dated_office_span(t); t[a:b]
    '青葉市 観光振興課'
    """
    cuts = [m.start() for m in re.finditer(r"(?<=\S)[\s\u3000]+(?=\S)", text)]
    for cut in cuts:
        head, tail = text[:cut], text[cut:]
        h, t = head.strip().strip(",，、 "), tail.strip().strip(",，、 ")
        if is_date_line(h) and is_organisation(t):
            start = cut + (len(tail) - len(tail.lstrip(" \u3000\t,，、")))
            return start, start + len(t)
        if is_organisation(h) and is_date_line(t):
            start = len(text) - len(text.lstrip())
            return start, start + len(h)
    return None
