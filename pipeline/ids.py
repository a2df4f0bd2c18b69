"""Ids and file-name parts: one slug rule and one way to keep ids unique.

A talk's id is the slug of its city's English name (``minamisoma``), else of
its title, else ``document``; the talk file is ``<id>.json``, so the slug must
be safe in a path on every system.

A word that still holds a lost glyph (U+FFFD, a dump's ``(cid:N)``) is left out of the slug (:func:`sound_slug`):
a gap's place in the word is no letter of it, and ``Exc�ange`` had given ``exc-ange``, a word nobody wrote. The
segment stage makes the id before restore, from the damaged text; the restore stage makes it again from the text
with its fills written in (:func:`talk_ident`), so a word restoration settled is back in whole (``exchange``) and a
word still damaged stays out. A text whose every word is damaged gives no slug: the next source is taken (the city,
the English title, the Japanese title, the Korean title, then ``document``; docs/talk-json.md, ``id``).

A Korean title's slug is its words in the Revised Romanization (:func:`korean_slug`, the project's own
:func:`pipeline.korean.revised_romanization`, which already spells Korean cities), never its Hangul: ``무선 공기청정기
AP-200 사용 설명서`` had given ``ap-200``, its Latin run alone (decision, session 64, helper title64).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.chardata import JA_LETTER, is_korean

MAX_ID_CHARS = 60
"""Characters of a title's slug kept in an id (a title is a sentence at times; the id names a file)."""

_LOST = re.compile(r"\(cid:\d+\)|[\ufffd\x00]")
"""A lost glyph as a talk's text holds it (U+FFFD) or a dump spells it (``(cid:12)``)."""


def slug(text: str) -> str:
    """Lower-case slug: ASCII letters, digits and Japanese letters; other runs become one hyphen.

    Accents are folded first (NFKD, combining marks dropped), so ``José`` keeps its ``e``.

    >>> slug("Riverton’s"), slug("San José"), slug("Minami Soma!"), slug("../南相馬"), slug("ほげの研究")
    ('riverton-s', 'san-jose', 'minami-soma', '南相馬', 'ほげの研究')
    """
    return re.sub(f"[^a-z0-9{JA_LETTER}]+", "-", _folded(text)).strip("-")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    # Accents leave Latin letters; a kana's voicing mark (げ = け + U+3099) stays with its kana.
    folded = "".join(c for k, c in enumerate(decomposed)
                     if not (unicodedata.combining(c) and k and decomposed[k - 1] < "\u0250"))
    return unicodedata.normalize("NFKC", folded).lower()


def sound_slug(text: str) -> str:
    """:func:`slug` of the words of ``text`` that hold no lost glyph. A word: a run of Latin letters and digits, or
    of Japanese letters (where Latin meets Japanese, ``BibTeXの使い方``, two words), a lost glyph inside or beside
    it included; a Japanese run is one word, whose damaged word inside cannot be told from its sound ones without
    reading it (the run falls back whole: restore's fills give it back).

    >>> sound_slug("Student Exc\ufffdange Programmes"), sound_slug("Student Exc(cid:12)ange"), sound_slug("\ufffd\ufffd")
    ('student-programmes', 'student', '')
    >>> sound_slug("Riverton’s"), sound_slug("国際交流の歩み \ufffd2"), sound_slug("提携都市\ufffd流")
    ('riverton-s', '国際交流の歩み', '')
    >>> sound_slug("BibTeXスタイルの作り方\ufffd ;y"), sound_slug("BibTeXの使い方"), sound_slug("Bib\ufffdeXの使い方")
    ('bibtex-y', 'bibtexの使い方', 'の使い方')
    """
    folded = _folded(_LOST.sub("\ufffd", text))
    out: list[str] = []
    for run in re.findall(f"[a-z0-9{JA_LETTER}\ufffd]+", folded):
        words = re.findall(f"\ufffd*(?:[a-z0-9]+\ufffd*)+|\ufffd*(?:[{JA_LETTER}]+\ufffd*)+|\ufffd+", run)
        sound = [w for w in words if "\ufffd" not in w]
        out.extend([run] if len(sound) == len(words) else sound)  # an undamaged run stays whole, as slug writes it
    return "-".join(out)


SIGNER_CITY = "the city of the office that signs the document, which is no city's talk: the id is the title's"
"""A ``city`` evidence row's detail (after the city's name) where the talk's id is its title's though it has a city
(:func:`talk_ident`'s ``title_first``): segment writes it, restore reads it to make the id again the same way
(:func:`named_by_title`)."""


ADDRESS_CITY = "the town of the authors' address, which is no city's talk: the id is the title's"
"""As :data:`SIGNER_CITY`, where a paper's only city is the town of its authors' address (``University of Leeds,
Leeds LS2 9JT, UK``; fresh-user trial 70: a folder of one university's papers would be ``leeds``, ``leeds-2``)."""


EVENT_CITY = "the town where the event the text reports was held, which is no city's talk: the id is the title's"
"""As :data:`ADDRESS_CITY`, where a report's only city is the town its first paragraph says the event was held in
(``The workshop was held in Wellington, New Zealand, …``; helper news72: a folder of one region's workshop reports
would be ``wellington``, ``wellington-2``)."""


def named_by_title(evidence) -> bool:
    """The talk's ``evidence`` (rows with ``kind`` and ``detail``) says its id is its title's (:data:`SIGNER_CITY`,
    :data:`ADDRESS_CITY`, :data:`EVENT_CITY`)."""
    return any(str(e.kind) == "city" and e.detail.endswith((SIGNER_CITY, ADDRESS_CITY, EVENT_CITY)) for e in evidence)


def talk_ident(city_en, city_ja, titles, taken: set[str], title_first: bool = False) -> str:
    """A talk's id from its ``Text`` fields (each may be ``None``): the slug of the city's English name, else of the
    city's reading (its romaji spelling, never a gloss: 呉 is glossed "soy bean", and no talk is about one), else of
    the first title with a sound word (:data:`MAX_ID_CHARS` at most), else ``document``; made unique in ``taken``.
    Damaged words are left out (:func:`sound_slug`); a city name with a lost glyph gives no reading. A Korean city's
    reading is its Korean one (:func:`korean_city_slug`); a town outside Japan that GeoNames writes so in Japanese
    (:func:`pipeline.segment.places.foreign_town`: ``リヨン市``, ``ハンブルク市``, ``杭州市``) is spelled by GeoNames'
    English name (``lyon``, ``hamburg``, ``hangzhou``: China's towns in pinyin), as a talk whose English names it is, never
    by its katakana's or kanji's romaji; in a Chinese talk (:func:`chinese_talk`) a city's is its
    Mandarin one (:func:`mandarin_city_slug`). ``title_first``: the titles are tried before the city (a document its
    city's office signs, which is no city's talk: :data:`SIGNER_CITY`); the city where no title gives a sound word."""
    if title_first:
        for title in titles:
            if title is not None and (base := clipped(korean_slug(title.text) if is_korean(title.text)
                                                      else sound_slug(title.text))):
                return unique(base, taken)
    base = ""
    if city_en is not None:
        base = sound_slug(city_en.text)
    elif city_ja is not None and not _LOST.search(city_ja.text):
        from pipeline.segment.places import foreign_town, romaji_spellings

        town = foreign_town(city_ja.text)
        base = korean_city_slug(city_ja.text) or (slug(town[0]) if town is not None else "") \
            or (mandarin_city_slug(city_ja.text) if chinese_talk(titles) else "") \
            or slug(next(iter(romaji_spellings(city_ja.text)), ""))
    for title in titles:
        if not base and title is not None:
            base = clipped(korean_slug(title.text) if is_korean(title.text) else sound_slug(title.text))
    return unique(base or "document", taken)


_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")


def korean_slug(text: str) -> str:
    """:func:`sound_slug` of a Korean text with each word of Hangul syllables in the Revised Romanization
    (:func:`pipeline.korean.revised_romanization`, with its assimilation inside a word); a word's particle is part of
    it, as written (``관광객의`` ``gwangwanggaegui``), and a word with a lost glyph is left out.

    >>> korean_slug("무선 공기청정기 AP-200 사용 설명서"), korean_slug("대구 원도심 관광객의 이동"), korean_slug("모래\ufffd축제 안내")
    ('museon-gonggicheongjeonggi-ap-200-sayong-seolmyeongseo', 'daegu-wondosim-gwangwanggaegui-idong', 'annae')
    """
    from pipeline.korean import revised_romanization

    words = []
    for word in re.split(r"\s+", text):
        if _LOST.search(word):
            continue  # a damaged word gives no spelling (its lost syllable cannot be read)
        words.append(_HANGUL_RUN.sub(lambda m: f" {revised_romanization(m.group())} ", word))
    return sound_slug(" ".join(words))


KOREAN_DESIGNATIONS = ("特別自治市", "特別自治道", "広域市", "特別市")
"""Designations of a city or province that only Korea's administration uses (광역시 metropolitan city, 특별시
special city, 특별자치시/도 special self-governing city/province; written so in Japanese texts: 大邱広域市, ソウル特別市).
A name before one is Korean and is spelled by its Korean reading, never its Japanese one (trial 51: a city so written had its
Japanese reading as its id)."""


def korean_city_slug(name_ja: str) -> str:
    """The slug of a Korean city's name (one before a :data:`KOREAN_DESIGNATIONS` word) in the Revised Romanization,
    where each of its ideographs has one Korean reading (so the spelling is not a guess); else ``""``.

    >>> korean_city_slug("光州広域市"), korean_city_slug("大邱広域市"), korean_city_slug("仙台市"), korean_city_slug("横浜市")
    ('gwangju', 'daegu', '', '')
    """
    from pipeline.korean import hanja_readings, korean_spellings

    stem = next((name_ja[:-len(d)] for d in KOREAN_DESIGNATIONS if name_ja.endswith(d) and len(name_ja) > len(d)), "")
    if not stem or not all(len(hanja_readings(c)) == 1 for c in stem):
        return ""
    return slug(next(iter(korean_spellings(stem)), ""))


def chinese_talk(titles) -> bool:
    """The talk is written in Chinese: one of its titles (``Text`` or ``None``) is Chinese by its letters
    (:func:`pipeline.chardata.is_chinese`: ideographs without kana, two or more that no Japanese character set has:
    ``2025年杭州市社区垃圾分类工作报告``). A title in ideographs Japanese also has (``杭州市の環境政策``, a traditional
    Chinese title) tells nothing: the talk is read as Japanese, as its paragraphs are (docs/talk-json.md, *A Chinese
    paragraph*)."""
    from pipeline.chardata import is_chinese

    return any(t is not None and is_chinese(t.text) for t in titles)


def mandarin_city_slug(name_ja: str) -> str:
    """The slug of a city's name (its suffix off: :func:`pipeline.segment.places.city_stem`) in pinyin, toneless and
    joined, as a Chinese place name is romanised: pypinyin's reading of the whole word
    (:func:`pipeline.segment.places.mandarin_spellings`, its phrase dictionary settling a character of two readings,
    杭 háng); ``""`` for a name that is not ideographs, or of one.

    Why (fresh-user trial 62d): a Chinese report's city ``杭州市`` had the id ``koshu``, the Japanese reading of
    Chinese text, which no reader of the report would look for.

    >>> mandarin_city_slug("杭州市"), mandarin_city_slug("蘇州市"), mandarin_city_slug("深圳市"), mandarin_city_slug("ハノイ")
    ('hangzhou', 'suzhou', 'shenzhen', '')
    """
    from pipeline.segment.places import city_stem, mandarin_spellings

    return slug(next(iter(mandarin_spellings(city_stem(name_ja))), ""))


def clipped(ident: str, limit: int = MAX_ID_CHARS) -> str:
    """``ident`` cut to ``limit`` characters at most, at a word's end (a hyphen) where one falls in its second half, so
    no word is cut in two (trial 51: ``…-climate-action-press-r``); a first word longer than half the limit is cut.

    >>> clipped("zurich-and-kyoto-renew-partnership-on-climate-action-press-release-city-of-zurich")
    'zurich-and-kyoto-renew-partnership-on-climate-action-press'
    >>> clipped("a" * 70)[-3:], len(clipped("a" * 70)), clipped("short-title")
    ('aaa', 60, 'short-title')
    """
    if len(ident) <= limit:
        return ident
    cut = ident[:limit + 1]
    end = cut.rfind("-")
    return (cut[:end] if end > limit // 2 else ident[:limit]).strip("-")


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… the first one not in ``taken``; it is added to ``taken``.

    >>> taken = set(); unique("sendai", taken), unique("sendai", taken)
    ('sendai', 'sendai-2')
    """
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    return ident
