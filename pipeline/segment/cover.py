"""A talk's title facts from its deck's cover: title, English title, subtitle and speaker.

A deck's first slide is its cover when it holds the talk's title (a proceedings talk's English slides, a deck
alone): the title in Japanese or English, the title in the other language set right under it (English under Japanese,
Japanese under English)
(:func:`~pipeline.segment.titleblock.is_title_translation`), a subtitle (wave dashes, or the phrase between the
title and the speaker's name: :func:`set_subtitle`) and the speaker named under the title with the organisation
beside the name (:func:`cover_speaker`). What the paper's title block already gave (:class:`Titles`) is kept:
the cover fills only what is missing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from pipeline.chardata import EN, JA, is_japanese, script_of
from pipeline.model import GAP, Author, Evidence, Slide, Speaker, Text
from pipeline.segment.authors import distinct_affiliations, joined_affiliations, mark_key, marked_affiliations, split_authors
from pipeline.segment.front import speaker_with_authors, split_speaker
from pipeline.segment.joinlines import affiliation_lines, joined_lines, speaker_text
from pipeline.segment.events import is_event_line, names_a_dated_occasion
from pipeline.segment.labels import is_date_line, item_mark
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.names import (BRACKETED_TAIL, before_bracketed_email, bracketed_affiliation, byline, is_person_name, name_start,
                                     name_then_affiliation, name_then_organisation, romanised_name, speaker_split,
                                     translated_speaker)
from pipeline.glosses import title_words_said
from pipeline.kana import unaccented
from pipeline.segment.organisations import AFFILIATION_ENDING, body_of_place, dated_office_span, is_municipality, organisation_only, post_and_organisation, post_in_no_body
from pipeline.segment.places import is_municipality_en, place_line_en, town_and_country_en
from pipeline.segment.slides import Cover, Deck, cover_name
from pipeline.segment.slidetext import is_bullet
from pipeline.segment.places import spells_reading
from pipeline.segment.titleblock import (MAX_TITLE_LINES, MIN_GLOSSED_SHARE, MIN_GLOSSED_WORDS, is_subtitle, is_title_translation, list_item,
                                         under_cover_title)

MAX_SUBTITLE_CHARS = 60


class Titles(NamedTuple):
    """A talk's title facts: each a view of the cleaned lines, ``None`` where not known."""

    title_ja: Text | None
    title_en: Text | None
    subtitle_ja: Text | None
    subtitle_en: Text | None
    speaker: Speaker


def read_cover(deck: Deck, layout: Layout, found: Titles, has_text: bool, evidence: list[Evidence]) -> Titles:
    """``found`` (the paper's title block) completed from the deck's cover: the cover's title in its language,
    the English title under a Japanese one, the subtitle, the speaker. ``has_text``: the talk has a paper body
    or sections (then a first slide's title is no talk title unless it is a cover's). Evidence for a speaker
    read from the cover is appended to ``evidence``."""
    title_ja, title_en, subtitle_ja, _, speaker = found
    cover_title = deck.slides[0].title if deck.cover.lines or (deck.slides and is_title_slide(deck.slides[0])) else None
    if cover_title is not None and not cover_title.text.strip():
        cover_title = None  # a cover of lines and no title (a ``Slides (English)`` label alone, helper vol74) titles nothing
    title_en = title_en or (cover_title if cover_title is not None and script_of(cover_title.text) != JA else None)
    if title_en is None and title_ja is not None and deck.slides \
            and (said := cover_title_translated(deck.slides[0], title_ja.text)) is not None:
        # a numbered cover naming no person (its title over the city's line, or alone) whose title says the Japanese
        # title's words: the talk's English title (issue 16 point 2, helper title70, fresh-user trial 69c)
        title_en = deck.slides[0].title
        evidence.append(Evidence("title-block", f"{title_en.text.strip()}: the English title on the deck's cover "
                                          f"({_line_of(title_en)}), {len(said[0])} of its {said[1]} words saying the "
                                          f"Japanese title's ({', '.join(said[0])}: EDICT's glosses, readings)"))
    # the cover's subtitle in the language it is written in (trial 32: a Japanese deck's ``～…～`` was subtitle.en)
    cover_sub = deck.cover.subtitle
    if cover_sub is not None and any(t is not None and _letters(t.text) == _letters(cover_sub.text)
                                     for t in (title_ja, title_en)):
        cover_sub = None  # the title's own copy (a symposium's cover repeats its talk's title): no subtitle
    subtitle_en = found.subtitle_en or (cover_sub if cover_sub is not None and script_of(cover_sub.text) != JA else None)
    if subtitle_ja is None and cover_sub is not None and script_of(cover_sub.text) == JA:
        subtitle_ja = cover_sub.strip()
    if title_ja is None and cover_title is not None and script_of(cover_title.text) == JA:
        title_ja = cover_title  # a Japanese deck's cover title (a view of its first slide)
    if title_ja is None and title_en is None and deck.slides and deck.slides[0].title is not None and not has_text:
        slide_title = deck.slides[0].title
        title_ja, title_en = (slide_title, None) if is_japanese(slide_title.text) else (None, slide_title)
    english_cover = None
    if title_en is None and title_ja is not None and (half := english_half_cover(deck, title_ja.text)) is not None:
        english_cover, said = half
        title_en = english_cover.title
        evidence.append(Evidence("title-block", f"{title_en.text.strip()}: the English title on the cover of the "
                                          f"deck's English half ({_line_of(title_en)}), {len(said[0])} of its {said[1]} "
                                          f"words saying the Japanese title's ({', '.join(said[0])}: EDICT's glosses, "
                                          "readings)"))

    if title_en is None and title_ja is not None and deck.slides and deck.slides[0].title == title_ja:
        # a Japanese cover's title with its English right under it (港まち夜市の十年 / Ten Years of …)
        translation = _under_title(deck.slides[0])
        if translation is not None and is_title_translation(title_ja.text, translation.text):
            title_en = translation.strip()
    if title_ja is None and title_en is not None and deck.slides and deck.slides[0].title == title_en:
        # an English cover's title with its Japanese right under it (trial 44: Rice-Flour Bread in School Lunches /
        # 学校給食への米粉パン導入, which had been the subtitle): the title in Japanese, its words translating it
        translation = _under_title(deck.slides[0])
        if translation is not None and is_title_translation(title_en.text, translation.text):
            title_ja = translation.strip()
    if title_ja is None and title_en is not None and deck.slides and deck.slides[0].title == title_en:
        # the Japanese title right over the cover's English one (split_cover: a cover line): the title in Japanese
        over = _over_title(deck.slides[0])
        if over is not None and script_of(over.text) == JA and is_title_translation(title_en.text, over.text):
            title_ja = over.strip()
    if deck.slides and deck.slides[0].title is not None and deck.slides[0].title in (title_ja, title_en):
        # the deck's cover is the talk's title slide: a wave-dashed line right under the title is its subtitle
        sub = next((t for t in deck.slides[0].lines[:2] if is_subtitle(t.text)), None)
        sub = sub or set_subtitle(deck.slides[0], layout)
        if sub is not None and script_of(sub.text) == JA and subtitle_ja is None:
            subtitle_ja = sub.strip()
        elif sub is not None and script_of(sub.text) == EN and subtitle_en is None:
            subtitle_en = sub.strip()

    if english_cover is not None and subtitle_en is None:
        # the English cover's wave- or dash-framed line under its title (``– The Case of Aoba City –``)
        sub = next((t for t in english_cover.lines[:2] if is_subtitle(t.text) and script_of(t.text) == EN), None)
        subtitle_en = sub.strip() if sub is not None else None

    if speaker.name is None and deck.slides:
        speaker = cover_speaker(deck.slides[0], speaker, evidence)
    if speaker.name is None and (title_slide := title_slide_after_cover(deck)) is not None:
        speaker = cover_speaker(title_slide, speaker, evidence)
    if deck.cover.lines and deck.slides and not has_text and speaker.text is None and speaker.affiliation is None:
        speaker = cover_office(deck.slides[0], speaker, evidence)
    return Titles(title_ja, title_en, subtitle_ja, subtitle_en, speaker)


MAX_COVER_LINES = 4
"""Lines a cover naming no person holds at most under or over its title (the city's line, an organisation, a date,
an event): a slide with more is a slide of points."""


def _line_of(t: Text) -> str:
    pos = t.first_pos()
    return f"line {pos[0]}" if pos else "the deck"


def _cover_line(lines: list[Text], k: int) -> bool:
    """``lines[k]`` is a line a cover sets beside its title: a municipality's or a place's English name (``Tamba
    City``, ``Kobe City, Hyogo``, ``Curitiba, Brazil``), a person, a speaker's line, an organisation, a date or an
    event; never a bullet."""
    t = lines[k].text.strip()
    plain = unaccented(t)  # ``Ōita City``: read without its macron
    return not is_bullet(t) and (
        is_municipality_en(plain) or place_line_en(plain) is not None or town_and_country_en(t) or cover_name(lines, k)
        or name_then_affiliation(t) is not None or is_japanese_speaker_line(t) or organisation_only(t)
        or post_and_organisation(t) or is_date_line(t) or is_event_line(t))


def cover_title_translated(slide: Slide, title_ja: str) -> tuple[list[str], int] | None:
    """The words of ``slide``'s title that say the Japanese title's (:func:`pipeline.glosses.title_words_said`) and
    how many words it has, where the slide is a deck's cover giving the talk's English title though it names no
    person (:func:`is_title_slide` asks for one): the deck's first slide (unnumbered or ``1``), an English title, and
    under or over it at most :data:`MAX_COVER_LINES` lines that a cover sets (:func:`_cover_line`: the city's English
    line, an organisation, a date), or none; and the title's words say the Japanese title's, at least
    :data:`~pipeline.segment.titleblock.MIN_GLOSSED_WORDS` of them and
    :data:`~pipeline.segment.titleblock.MIN_GLOSSED_SHARE` of its words, EDICT's glosses or the words' readings
    romanised. ``None`` otherwise.

    Why (issue 16 point 2, helper title70, fresh-user trial 69c): a proceedings talk's slides after its paper, slide
    ``1`` its cover (``Protecting Tea Field Landscapes`` / ``Shizuoka City``), gave the talk no ``title.en``: a
    numbered cover counted only where it named a person. A slide of points (``Current State`` / ``■ …``), a cover
    whose title says another title's words (``Kobe and the Sea`` under 港湾物流の効率化) or a Japanese deck give none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = mk("Satoyama Conservation and Citizen Partnership", "Tamba City", "■ About 70% forest")
    >>> cover_title_translated(Slide(1, t[0], (t[1],)), "里山の保全と市民協働")
    (['Satoyama', 'Conservation', 'Citizen'], 4)
    >>> cover_title_translated(Slide(1, t[0], (t[1], t[2])), "里山の保全と市民協働") is None  # points: no cover
    True
    >>> cover_title_translated(Slide(1, mk("Kobe and the Sea")[0], (t[1],)), "港湾物流の効率化") is None
    True
    """
    if slide.number not in (None, 1) or slide.title is None or script_of(slide.title.text) != EN \
            or len(slide.lines) > MAX_COVER_LINES:
        return None
    lines = list(slide.lines)
    if not all(_cover_line(lines, k) for k in range(len(lines))):
        return None
    said, terms = title_words_said(title_ja, slide.title.text)
    if len(said) < MIN_GLOSSED_WORDS or len(said) < MIN_GLOSSED_SHARE * terms:
        return None
    return said, terms


def english_half_cover(deck: Deck, title_ja: str) -> tuple[Slide, tuple[list[str], int]] | None:
    """The cover slide of a bilingual deck's English half and the words of its title that say the Japanese title's
    (:func:`pipeline.glosses.title_words_said`), else ``None``: the deck gives its Japanese slides first, every
    slide titled in Japanese, then the same talk's English slides, the first of them a cover (an English title; under
    it a subtitle, the speaker's office, name and date, each a line a cover sets: :func:`_cover_line`, at most
    :data:`MAX_COVER_LINES` of them besides the subtitle) whose title says at least
    :data:`~pipeline.segment.titleblock.MIN_GLOSSED_WORDS` and :data:`~pipeline.segment.titleblock.MIN_GLOSSED_SHARE`
    of the Japanese title's words, as :func:`cover_title_translated` asks of a first slide.

    Why (issue 16 point 2, session 81, fresh-user trial 80d's bilingual deck): Japanese slides 1–5, then an English
    cover (slide 6) and English slides 7–10; the talk was one deck, but its English title stood only as slide 6's
    title and ``title.en`` was null. A deck whose first English slide is a slide of points, or follows an English
    slide, gives none.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = mk("里山の保全と市民協働", "現状", "Satoyama Conservation and Citizen Partnership", "– The Case of Tamba –",
    ...        "Tamba City", "March 2026", "Current State", "■ About 70% forest")
    >>> slides = (Slide(1, t[0], ()), Slide(2, t[1], ()), Slide(3, t[2], tuple(t[3:6])), Slide(4, t[6], (t[7],)))
    >>> deck = Deck(Cover((), (), None, 0), slides, ())
    >>> english_half_cover(deck, "里山の保全と市民協働")[0].number
    3
    >>> english_half_cover(replace(deck, slides=deck.slides[:2] + deck.slides[3:]), "里山の保全と市民協働") is None
    True
    """
    slides = deck.slides
    k = next((k for k, s in enumerate(slides) if s.title is not None and script_of(s.title.text) == EN), None)
    if not k or any(s.title is None or script_of(s.title.text) != JA for s in slides[:k]):
        return None
    cover = slides[k]
    lines = [t for t in cover.lines if not is_subtitle(t.text)]
    if len(lines) > MAX_COVER_LINES or not all(_cover_line(lines, j) for j in range(len(lines))):
        return None
    said, terms = title_words_said(title_ja, cover.title.text)
    if len(said) < MIN_GLOSSED_WORDS or len(said) < MIN_GLOSSED_SHARE * terms:
        return None
    return cover, (said, terms)


def cover_titled_by_copy(deck: Deck, titles: tuple[Text | None, ...]) -> Deck:
    """The deck with its cover slide's title the line that repeats the talk's title (``titles``: the title block's,
    compared by their letters, :func:`_letters`), where the cover took another line for its title (a series' or
    session's name set above it, ``Regional Revitalisation Series``): that line goes back among the cover's lines, in
    its place (the first). Why (issue 16, session 50): a symposium's cover repeating its talk's title under such a line
    had that line as its title and the title's copy as a line, read as the talk's subtitle. Nothing moves where the
    cover's title is the title already, or where no line of the cover repeats it.

    >>> from pipeline.segment.slides import Cover
    >>> mk = lambda s, n: Text.from_raw(s, n)
    >>> cover = Slide(None, mk("Regional Revitalisation Series", 1), (mk("Harbour Festivals", 2), mk("Ichiro Tanaka", 3)))
    >>> deck = Deck(Cover((cover.title,) + cover.lines, (cover.title,), None, 3), (cover,), ())
    >>> s = cover_titled_by_copy(deck, (None, mk("Harbour Festivals", 9))).slides[0]
    >>> s.title.text, [t.text for t in s.lines]
    ('Harbour Festivals', ['Regional Revitalisation Series', 'Ichiro Tanaka'])
    """
    if not deck.cover.lines or not deck.slides or deck.slides[0].title is None:
        return deck
    wanted = {_letters(t.text) for t in titles if t is not None} - {""}
    cover = deck.slides[0]
    if _letters(cover.title.text) in wanted:
        return deck
    k = next((k for k, t in enumerate(cover.lines) if _letters(t.text) in wanted), None)
    if k is None:
        return deck
    if script_of(cover.lines[k].text) != script_of(cover.title.text) \
            and (is_title_translation(cover.title.text, cover.lines[k].text)
                 or is_title_translation(cover.lines[k].text, cover.title.text)):
        # the cover's title is the talk's title in the other language, the copy over it (the Japanese title over the
        # English one): the cover keeps its title (helper cover55, procs54's known miss)
        return deck
    lines = (cover.title,) + cover.lines[:k] + cover.lines[k + 1:]
    return replace(deck, slides=(replace(cover, title=cover.lines[k], lines=lines),) + deck.slides[1:])


def _letters(text: str) -> str:
    """A line's letters and digits, lower-cased: two copies of one title compare alike however spaced."""
    return "".join(c for c in text.lower() if c.isalnum())


def is_title_slide(slide: Slide) -> bool:
    """A deck's first slide that prints its number (``- 1 -`` above it) and is still its cover: a title, and right
    under it, within its first three lines and before any bullet, a line naming a person (alone, before an
    affiliation after a comma, or a Japanese speaker line). Why: a proceedings dump that numbers every slide, the
    title slide too (trial 39), lost its English title: only an unnumbered cover gave one. A first slide whose
    title heads a list (``Background`` / ``● …``) or text is no cover.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = mk("Maintaining Tactile Paving", "Makoto Kawamura", "Road Maintenance Division, Gifu City")
    >>> is_title_slide(Slide(1, t[0], tuple(t[1:]))), is_title_slide(Slide(1, t[0], (mk("● Anna Berg")[0],)))
    (True, False)
    """
    if slide.number not in (None, 1) or slide.title is None or list_item(slide.title.text.strip()):
        # (a list's item over its lecturer, ``- Environmental Policy of Freiburg`` / ``Speaker: Hans Müller``: a
        # flyer's programme, the item's speaker, never the talk's: helper prog72 after fresh-user trial 71d)
        return False
    for k, t in enumerate(slide.lines[:3]):
        if is_bullet(t.text.strip()):
            return False
        if cover_name(list(slide.lines), k) or name_then_affiliation(t.text) is not None \
                or is_japanese_speaker_line(t.text):
            return True
    return False


def title_slide_after_cover(deck: Deck) -> Slide | None:
    """The deck's title slide right after an unnumbered first slide that names no one: slide 1 (or the second slide
    unnumbered) naming a person right under its title (:func:`is_title_slide`), where the first slide is its title
    alone or with lines naming no person. A deck may print its title over its slides as a document's heading, then
    its title slide with the speaker (``Urban Flood Resilience in Riverside Towns`` / blank / ``1`` / the title again
    / ``Dana Whitfield, Harbor Valley Planning Office`` / ``March 2025``): the heading is read as an unnumbered cover
    and the speaker stood on slide 1, which no reading of a cover looked at (fresh-user trial 64e, helper slides65:
    ``speaker`` null). ``None`` where the first slide is numbered, names someone, or the second is no title slide.

    >>> from pipeline.segment.slides import Cover
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = mk("Urban Flood Resilience", "Urban Flood Resilience", "Dana Whitfield, Harbor Valley Planning Office")
    >>> deck = Deck(Cover((t[0],), (t[0],), None, 1), (Slide(None, t[0], ()), Slide(1, t[1], (t[2],))), ())
    >>> title_slide_after_cover(deck).number
    1
    >>> title_slide_after_cover(Deck(deck.cover, (Slide(None, t[0], ()), Slide(1, t[1], mk("■ Three floods"))), ())) is None
    True
    """
    if len(deck.slides) < 2 or deck.slides[0].number is not None or deck.slides[1].number not in (None, 1):
        return None
    first = deck.slides[0]
    if any(cover_name(list(first.lines), k) or name_then_affiliation(t.text) is not None
           or is_japanese_speaker_line(t.text) for k, t in enumerate(first.lines)):
        return None
    return deck.slides[1] if is_title_slide(deck.slides[1]) else None


def cover_speaker(cover: Slide, found: Speaker, evidence: list[Evidence]) -> Speaker:
    """The speaker a deck's cover names under its title (``Hiroshi Tanaka`` / ``Coastline Transit Authority``,
    ``海野 翔太`` / ``県立防災研究センター``): the one line that is only a person's name
    (:func:`~pipeline.segment.names.is_person_name`: Sudachi's 人名 for Japanese), with the organisation
    lines right beside it as the affiliation (or a post at an organisation: ``Staff Engineer, Lumen Data Systems``,
    :func:`~pipeline.segment.organisations.post_and_organisation`); or one line of both, English ``Name,
    Organisation`` (with an organisation's line right under it: ``Anna Virtanen, Process Engineer`` / ``Lakeside
    Water Company, Finland``) or a Japanese speaker line (``交通政策課 山本 一郎``); ``found`` when the cover names
    nobody (or several). Views of the cover's lines."""
    if cover.title is None:
        return found
    lines = list(cover.lines)
    # a name with its affiliation in brackets after it (``Ines Duarte (Cork & Leather Guild)``) names a person too, and
    # so does a name with a lost glyph that the speaker's lines beside it vouch for (``浜松市 危機管理課長`` / ``山田 �子``)
    names = [k for k, t in enumerate(lines) if cover_name(lines, k) or bracketed_affiliation(t.text) is not None]
    # the title romanised right under it names no one (``みなと未来`` / ``Minato Mirai``: issue 16)
    names = [k for k in names if not (k == 0 and spells_reading(cover.title.text, lines[k].text))]
    if not names and (marked := [k for k, t in enumerate(lines) if _marked_people(t)]):
        # several authors on one line, each closed by a mark (``Dipl. Frank.-Wiss. Jana Voß¹ Dr.-Ing. Herbert Voß²``)
        return _marked_authors(lines, marked, evidence) or found
    if not names and (pair := _speaker_pair(lines)) is not None:
        # ``神戸市港湾局 国際課　田村 陽介`` over ``Yosuke Tamura, International Division, Port of Kobe``: one speaker in
        # both languages (trial 54: the Japanese line had been the subtitle, the speaker the English line's alone)
        return _paired_speaker(lines, pair, evidence)
    if not names:
        # ``Maya Lindqvist, Coastal Research Unit, Bergen``: the name, then the affiliation after a comma
        split = [(k, c) for k, t in enumerate(lines) if (c := name_then_affiliation(t.text)) is not None]
        if len(split) == 1:
            k, comma = split[0]
            line = lines[k]
            lead = len(line.text) - len(line.text.lstrip())
            # a label's ``Presenter:`` is no part of the name, nor a title before it (``Dr Eleanor Marsh, …``)
            start = max(lead, byline(line.text), name_start(line.text) if name_start(line.text) < lead + comma else 0)
            evidence.append(Evidence("title-block", f"line {first_line(line) or '?'}: speaker named on the deck's cover"))
            # ``Anna Virtanen, Process Engineer`` over ``Lakeside Water Company, Finland``: the post, then where
            below = [lines[j].strip() for j in (k + 1,) if j < len(lines) and organisation_only(lines[j].text)]
            # the two lines' parts as one affiliation, parted as the line parts its own: by a comma
            affiliation = Text.join([line[lead + comma + 1:].strip(), *below], sep=Text.inserted(", "))
            text = speaker_text([line.strip(), *below])
            return speaker_with_authors(text, affiliation, line[start:lead + comma].strip(), [affiliation])
        k = _japanese_speaker_line(lines)
        if k is not None:
            evidence.append(Evidence("title-block", f"line {first_line(lines[k]) or '?'}: speaker named on the deck's cover"))
            # the affiliation and the name in either order, a speaker's label before them no part of either
            split = split_speaker(lines[k].strip())
            affiliation = split.affiliation
            body = _body_over_post(lines, k, affiliation)
            if body is not None and affiliation is not None:
                # ``西川市上下水道局`` / ``経営企画課長　木村 誠``: the post is held at the body the line over it names,
                # joined as one person's affiliation lines are (docs/segment.md, *A body over a post*; trial 59)
                text = Text.join([body, lines[k].strip()], sep=Text.inserted(" "))
                return speaker_with_authors(text, affiliation_lines([body, affiliation]), split.name, [body, affiliation])
            return speaker_with_authors(lines[k].strip(), affiliation, split.name, [affiliation] if affiliation else [])
    if len(names) == 2 and names[1] == names[0] + 1 and translated_speaker(lines[names[0]].text, lines[names[1]].text):
        # ``春日 太郎（山と川の学校）`` over ``Taro Kasuga (School of Hills and Rivers)``: one speaker in both languages
        return _bracketed_speaker(lines, names[0], bracketed_affiliation(lines[names[0]].text), evidence)
    if len(names) > 1:
        return _marked_authors(lines, names, evidence) or found
    if len(names) != 1:
        return found
    k = names[0]
    bracketed = bracketed_affiliation(lines[k].text)
    if bracketed is not None:
        return _bracketed_speaker(lines, k, bracketed, evidence)
    # a municipality's own name right beside the name is the body the speaker works for (``City of Ghent`` /
    # ``Pieter Claes``; fresh-user trial 58: ``Municipality of Utrecht`` had been the subtitle, the affiliation null)
    # a name that ends a title's phrase as often (``Civic Data Collaborative``, ``Greenvale Energy Cooperative``:
    # :data:`~.organisations.AFFILIATION_ENDING`) is the speaker's body right beside the name (fresh-user trial 60)
    orgs = [j for j in (k - 1, k + 1) if 0 <= j < len(lines)
            and (organisation_only(lines[j].text) or post_and_organisation(lines[j].text)
                 or is_municipality_en(lines[j].text) or AFFILIATION_ENDING.match(lines[j].text.strip()) is not None
                 # a public body by its kind and place right under the name (``Ingrid Solberg`` / ``Port of
                 # Bergenvik``: fresh-user trial 69b), the credit's comma set as a line break; never over points
                 or (j == k + 1 and _body_under_name(lines, k)))]
    if not orgs:
        orgs = _organisations_under_contact(lines, k)
    order = sorted(orgs + [k])
    text = speaker_text([lines[j].strip() for j in order]) if orgs else lines[k].strip()
    # one person's affiliation lines joined as a title block's are (``浜松市`` / … / ``危機管理課``: no space between
    # Japanese letters; docs/talk-json.md, ``speaker.affiliation``)
    affiliation = affiliation_lines([lines[j].strip() for j in orgs]) if orgs else None
    # a speaker's label (``発表者：``) or ``by`` is no part of the name, nor a title before it (``Dr. Eleanor Marsh``:
    # :func:`~.names.name_start`, as a paper's speaker line reads it; fresh-user trial 60); the text keeps both
    # … nor is an e-mail address in brackets after it (``Marei Peischl (TeX@mareipeischl.de)``: the contact, kept in the
    # text; fresh-user trial 77c, where it had been the affiliation)
    name = lines[k][max(byline(lines[k].text), name_start(lines[k].text)):before_bracketed_email(lines[k].text)].strip()
    speaker = speaker_with_authors(text, affiliation, name, [lines[j].strip() for j in orgs])
    evidence.append(Evidence("title-block", f"line {first_line(lines[k]) or '?'}: speaker named on the deck's cover"))
    return speaker


_SPELLED_EMAIL = re.compile(r"^[\w.+-]+(?:\s+dot\s+[\w+-]+)*\s+(?:at|AT|\[at\]|\(at\))\s+[\w-]+(?:\s+dot\s+[\w-]+)+$")
"""An e-mail address spelled out against harvesting (``ivan dot valbusa at univr dot it``)."""
MAX_COVER_AFFILIATION_LINES = 3
"""Organisation lines under a cover's name and its e-mail that are read as the speaker's affiliation at most."""


def _organisations_under_contact(lines: list[Text], k: int) -> list[int]:
    """The cover's organisation lines (:func:`~.organisations.organisation_only`: ``Department of Philology, Literature,
    and Linguistics`` / ``University of Verona``) right under the speaker's e-mail line, itself right under the name
    ``lines[k]`` (``ivan@univr.it``, ``ivan dot valbusa at univr dot it``): a beamer title page sets the
    ``\\author`` with its address, then the ``\\institute``. Decision (issue 16, fresh-user trial 75c's beamer-verona
    deck, whose affiliation was null though printed). Empty where no e-mail line stands between."""
    j = k + 1
    if j >= len(lines) or not ("@" in lines[j].text or _SPELLED_EMAIL.match(lines[j].text.strip())):
        return []
    out = []
    for i in range(j + 1, min(len(lines), j + 1 + MAX_COVER_AFFILIATION_LINES)):
        if not organisation_only(lines[i].text):
            break
        out.append(i)
    return out


def _body_under_name(lines: list[Text], k: int) -> bool:
    """The cover's line under the name ``lines[k]`` names a public body by its kind and place
    (:func:`~pipeline.segment.organisations.body_of_place`: ``Port of Bergenvik``) and no point of a list follows it
    (``Port of Naha`` over ``■ Container terminal`` heads its points: a slide's title). Decision, issue 16 point 2
    (helper credit70): the credit ``Ingrid Solberg, Port of Bergenvik`` set over two lines is the same credit.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _body_under_name(mk("Ingrid Solberg", "Port of Bergenvik"), 0), _body_under_name(mk("Ingrid Solberg", "Port of Naha", "■ Cruise calls"), 0)
    (True, False)
    """
    if k + 1 >= len(lines) or not body_of_place(lines[k + 1].text):
        return False
    return not (k + 2 < len(lines) and (is_bullet(lines[k + 2].text) or item_mark(lines[k + 2].text) is not None))


def cover_office(cover: Slide, found: Speaker, evidence: list[Evidence]) -> Speaker:
    """The speaker of a deck alone whose cover names no person but one office under its title (``湖南市 総務部 財政課``,
    ``Harbour Office, City of Aarhus``: :func:`~pipeline.segment.organisations.organisation_only`, the city's own line
    aside): the office presents the deck, ``speaker.text`` and ``speaker.affiliation`` that line, ``speaker.name`` null
    (no name invented), as a signature naming no one signs for its body (:mod:`.letters`). Why (trial 52, 52c): such
    covers had no speaker at all, and the city the office names (``湖南市``, :func:`~.titleblock.affiliation_city`) was
    lost with it. ``found`` where the cover names no office, or two (an organiser beside the presenter: whose the deck
    is, nothing says), or names a person anywhere. The office may follow the cover's year or date on its line
    (``令和6年度　危機管理課``: :func:`~pipeline.segment.organisations.dated_office_span`): ``speaker.text`` is the line,
    ``speaker.affiliation`` the office (helper news67: the line had been the deck's subtitle).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> t = mk("令和7年度 予算案の概要", "令和7年2月", "湖南市 総務部 財政課")
    >>> sp = cover_office(Slide(1, t[0], tuple(t[1:])), Speaker(None, None, None), [])
    >>> sp.affiliation.text, sp.name
    ('湖南市 総務部 財政課', None)
    >>> t = mk("防災まちづくりの取り組み", "令和6年度　危機管理課")
    >>> sp = cover_office(Slide(1, t[0], tuple(t[1:])), Speaker(None, None, None), [])
    >>> sp.text.text, sp.affiliation.text
    ('令和6年度　危機管理課', '危機管理課')
    """
    lines = _lines_under_title(cover)
    if any(is_person_name(t.text) or cover_name(list(cover.lines), k) for k, t in enumerate(cover.lines)):
        return found
    offices = [t for t in lines if organisation_only(t.text) and not is_municipality_en(t.text) and not is_bullet(t.text)]
    # the office after the cover's year or date on one line (``令和6年度　危機管理課``, ``2024年度 交通政策課``): the line
    # is the speaker's text, the office its affiliation (issue 16, fresh-user trial 66b, helper news67: the line had
    # been the deck's subtitle)
    dated = [t for t in lines if t not in offices and not is_bullet(t.text) and dated_office_span(t.text) is not None]
    if len(offices) + len(dated) != 1:
        return found
    line = (offices or dated)[0].strip()
    start, end = dated_office_span(line.text) if dated else (0, len(line.text))
    office = line[start:end]
    evidence.append(Evidence("title-block", f"line {first_line(line) or '?'}: the office presenting the deck, named "
                                            f"on its cover (no person named)"))
    return Speaker(line, office, None)


def _bracketed_speaker(lines: list[Text], k: int, span: tuple[int, int] | None, evidence: list[Evidence]) -> Speaker:
    """The speaker named on cover line ``k`` with the affiliation in brackets after the name (``span``, where
    :func:`~pipeline.segment.names.bracketed_affiliation` found it), and with the same line in the other language
    right above or under it (:func:`~pipeline.segment.names.translated_speaker`), which joins the speaker's text: the name and the
    affiliation are those of a line that proves them (a gap-free name: a name is never filled), the first such.
    Trial 41: the name had become the whole English line, cut at the ``&`` of the studio's name, and the Japanese
    line the talk's subtitle."""
    group = [k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and j not in group and translated_speaker(lines[k].text, lines[j].text):
            group = sorted([k, j])
            break
    proven = [j for j in group if bracketed_affiliation(lines[j].text) is not None]
    # a name read through a lost glyph proves less than one read whole (``森下 \ufffd太`` beside ``Kenta Morishita``)
    whole = [j for j in proven if GAP not in lines[j].text[:bracketed_affiliation(lines[j].text)[0]]]
    at = (whole or proven or [k])[0]
    span = bracketed_affiliation(lines[at].text) or span
    line = lines[at]
    name = line[byline(line.text):BRACKETED_TAIL.match(line.text).end("name")].strip()
    affiliation = line[span[0]:span[1]]
    text = speaker_text([lines[j].strip() for j in group])
    evidence.append(Evidence("title-block", f"line {first_line(line) or '?'}: speaker named on the deck's cover"))
    return Speaker(text, affiliation, name, (Author(name, (), affiliation),))


def _marked_people(line: Text) -> bool:
    """The line names two people or more, each closed by an affiliation's mark, after a degree or title at most
    (``Dipl. Frank.-Wiss. Jana Voß¹ Dr.-Ing. Herbert Voß²``: beamer-fuberlin's cover, once read as a deck, had no
    speaker); a line of marked affiliations (``¹BTO ²ZEDAT``) is none.

    >>> _marked_people(Text.inserted("Dipl. Frank.-Wiss. Jana Voß¹ Dr.-Ing. Herbert Voß²")), _marked_people(Text.inserted("¹BTO ²ZEDAT"))
    (True, False)
    """
    s = line.text.strip()
    if not s or s[0] in "¹²³⁴⁵⁶⁷⁸⁹*†‡":
        return False
    found = split_authors(line.strip()[name_start(s):])
    return bool(found) and len(found) >= 2 and all(marks for _, marks in found)


def _marked_authors(lines: list[Text], names: list[int], evidence: list[Evidence]) -> Speaker | None:
    """The authors a cover names on lines of their own, each name closed by an affiliation's mark (powerdot's
    ``Dipl. Frank.-Wiss. Jana Voß¹`` … ``Dr.-Ing. Herbert Voß²`` over ``¹BTO ²ZEDAT``), each with the affiliation of
    the cover line its mark points to: the first is the speaker. ``None`` where a name carries no mark (a cover
    naming two people without them names no one speaker)."""
    people: list[tuple[Text, tuple[Text, ...]]] = []
    for k in names:
        line = lines[k].strip()
        found = split_authors(line[name_start(line.text):])
        if not found or not all(marks for _, marks in found):
            return None
        people.extend(found)
    keys = {mark_key(m.text) for _, marks in people for m in marks}
    marked = marked_affiliations([t for j, t in enumerate(lines) if j not in names], keys)
    authors = []
    for person, marks in people:
        pointed = [t for key in dict.fromkeys(mark_key(m.text) for m in marks) for t in marked.get(key, [])]
        authors.append(Author(person, marks, joined_affiliations(pointed) if pointed else None))
    affiliation = distinct_affiliations([a.affiliation for a in authors])
    evidence.append(Evidence("title-block", f"line {first_line(lines[names[0]]) or '?'}: authors named on the deck's cover"))
    text = speaker_text([lines[k].strip() for k in names])
    return Speaker(text, affiliation, authors[0].name, tuple(authors))


def _speaker_pair(lines: list[Text]) -> tuple[int, int] | None:
    """The cover's one Japanese speaker line (:func:`_japanese_speaker_line`) and, right above or under it, an English
    ``Name, Organisation`` line (:func:`~pipeline.segment.names.name_then_affiliation`) naming the same person
    (:func:`~pipeline.segment.names.romanised_name`): their indices, Japanese first; else ``None``."""
    ja = _japanese_speaker_line(lines)
    if ja is None:
        return None
    name_ja = split_speaker(lines[ja].strip()).name
    if name_ja is None:
        return None
    for en in (ja - 1, ja + 1):
        if 0 <= en < len(lines) and script_of(lines[en].text) == EN \
                and (comma := name_then_affiliation(lines[en].text)) is not None \
                and romanised_name(name_ja.text, lines[en].text[byline(lines[en].text):comma]):
            return ja, en
    return None


def _paired_speaker(lines: list[Text], pair: tuple[int, int], evidence: list[Evidence]) -> Speaker:
    """One speaker named in both languages on two cover lines (:func:`_speaker_pair`). Decision (trial 54, one rule
    with trial 41's bracketed pair, :func:`_bracketed_speaker`): ``speaker.text`` holds both lines in the cover's
    order, joined by a space; the name and the affiliation are those of the pair's first line whose name holds no
    lost glyph (a name is never filled), so a Japanese line set first gives ``田村 陽介`` and ``神戸市港湾局 国際課``;
    the other line stays whole in ``speaker.text`` (and on the cover slide's lines)."""
    ja, en = pair
    split = split_speaker(lines[ja].strip())
    readings = {ja: (split.name, split.affiliation)}
    line = lines[en]
    lead = len(line.text) - len(line.text.lstrip())
    comma = name_then_affiliation(line.text)
    readings[en] = (line[max(lead, byline(line.text)):lead + comma].strip(), line[lead + comma + 1:].strip())
    order = sorted(pair)
    at = next((k for k in order if readings[k][0] is not None and GAP not in readings[k][0].text), order[0])
    name, affiliation = readings[at]
    body = _body_over_post(lines, ja, split.affiliation) if at == ja and ja < en else None
    text = Text.join([lines[k].strip() for k in order], sep=Text.inserted(" "))
    evidence.append(Evidence("title-block", f"line {first_line(lines[at]) or '?'}: speaker named on the deck's cover, "
                                            f"in both languages (line {first_line(lines[ja + en - at]) or '?'})"))
    if body is not None and affiliation is not None:
        # ``西川市上下水道局`` / ``経営企画課長　木村 誠`` / ``Kimura Makoto, …``: the post's body over the Japanese line
        # joins its affiliation, as on a cover in one language (helper city60)
        text = Text.join([body, text], sep=Text.inserted(" "))
        return speaker_with_authors(text, affiliation_lines([body, affiliation]), name, [body, affiliation])
    return speaker_with_authors(text, affiliation, name, [affiliation] if affiliation is not None else [])


def is_japanese_speaker_line(text: str) -> bool:
    """A Japanese line of a speaker's affiliation and name (``交通政策課 山本 一郎``) or name and organisation
    (``川原 美咲　市立栄養教育センター``): :func:`~pipeline.segment.names.speaker_split`, a name alone aside."""
    return script_of(text) == JA and (cut := speaker_split(text)) is not None \
        and (cut > 0 or name_then_organisation(text) is not None)


def _body_over_post(lines: list[Text], k: int, affiliation: Text | None) -> Text | None:
    """The line right over the speaker line ``lines[k]`` when it names the body the speaker's post is held at: the
    line's affiliation is a post alone or in a unit of no named body
    (:func:`~pipeline.segment.organisations.post_in_no_body`: ``経営企画課長``, ``教授``), and the line over it only
    names an organisation (``西川市上下水道局``, ``東都大学``, ``株式会社みなと商事``) or a municipality (``北浜市``, as a
    title block's ``松山市`` over ``国際交流課長 佐藤 一郎``), with no label (``主催：``, ``会場：``: an organiser, a
    venue) and no bullet; else ``None``. A line whose affiliation names its own body (``北浜市港湾局長 …``) takes none.

    A bilingual cover gives the body in English too (helper city60; fresh-user trial 59 found such a cover's office
    lost): its English on the line between (``西川市上下水道局`` / ``Nishikawa City Waterworks Bureau`` / ``経営企画課長
    木村 誠``) or after it on its line (``西川市上下水道局　Nishikawa City Waterworks Bureau``), an organisation's or a
    municipality's line (:func:`_english_body`): the Japanese body is read past it, the English stays on the cover."""
    if k == 0 or affiliation is None or not post_in_no_body(affiliation.text):
        return None
    over = lines[k - 1].strip()
    if k >= 2 and _english_body(over.text):
        over = lines[k - 2].strip()
    elif (m := _BODY_THEN_ENGLISH.match(over.text)) is not None and _english_body(over.text[m.end("ja"):]):
        over = over[:m.end("ja")].strip()
    if any(c in over.text for c in ":：") or is_bullet(over.text) or script_of(over.text) != JA:
        return None
    return over if organisation_only(over.text) or is_municipality(over.text) else None


_BODY_THEN_ENGLISH = re.compile(r"^(?P<ja>[^A-Za-z]+?)[\s\u3000]*(?=[A-Z])")
"""A Japanese body's line with its English after it (``西川市上下水道局　Nishikawa City Waterworks Bureau``)."""


def _english_body(text: str) -> bool:
    """An English line naming a body alone: an organisation (``Nishikawa City Waterworks Bureau``) or a municipality
    (``City of Nishikawa``, ``Konan City``), no person's name and no sentence."""
    return script_of(text) == EN and (organisation_only(text) or is_municipality_en(text))


def _japanese_speaker_line(lines: list[Text]) -> int | None:
    """The index of the one Japanese speaker line among a cover's lines, an affiliation and the name on one line
    (``交通政策課 山本 一郎``, ``港北市都市計画課長 佐藤 一郎``: :func:`~pipeline.segment.names.speaker_split`, the title
    block's reading), or the name first (``発表者：川原 美咲　市立栄養教育センター``:
    :func:`~pipeline.segment.names.name_then_organisation`, trial 45); ``None`` when there is none or several (a cover
    naming two people names no one speaker)."""
    found = [k for k, t in enumerate(lines) if is_japanese_speaker_line(t.text)]
    return found[0] if len(found) == 1 else None


def _lines_under_title(cover: Slide) -> list[Text]:
    """The cover's lines under its title (a city line may stand above the title); none without a title."""
    if cover.title is None:
        return []
    return [t for t in cover.lines if (first_line(t) or 0) > (last_line(cover.title) or 0)]


def _over_title(cover: Slide) -> Text | None:
    """The cover's line right over its title, else ``None``."""
    if cover.title is None:
        return None
    over = [t for t in cover.lines if (last_line(t) or 0) < (first_line(cover.title) or 0)]
    return over[-1] if over and (last_line(over[-1]) or 0) + 1 >= (first_line(cover.title) or 0) - 1 else None


def _under_title(cover: Slide) -> Text | None:
    """The cover's line right under its title, else ``None``."""
    return next(iter(_lines_under_title(cover)), None)


def set_subtitle(cover: Slide, layout: Layout) -> Text | None:
    """A deck cover's subtitle: the line right under the title, a phrase (no sentence, bullet, date, name,
    organisation or city), with the speaker's name within the two lines below it (title / subtitle / name is a title
    block); in a PDF also set smaller than the title. ``None`` when anything is missing."""
    if cover.title is None:
        return None
    under = _lines_under_title(cover)
    if under and is_title_translation(cover.title.text, under[0].text):
        under = under[1:]  # the title in English stands between: the subtitle comes under it
    if not under:
        return None
    first, rest = under[0], under[1:3]
    title_size, size = layout.size(cover.title), layout.size(first)
    s = first.text.strip()
    if (title_size and size and size >= title_size) or not s or len(s) > MAX_SUBTITLE_CHARS:
        return None
    if s.endswith(("。", ".")) or is_bullet(s) or is_date_line(s) or is_person_name(s) or organisation_only(s) \
            or post_and_organisation(s) or is_japanese_speaker_line(s) \
            or is_municipality_en(s) or town_and_country_en(s) or is_event_line(s) or names_a_dated_occasion(s):
        return None  # the city's name under the title (``Matsue City``, ``Ulaanbaatar, Mongolia``), the event's name:
        # cover lines, no subtitle
    if rest and translated_speaker(s, rest[0].text):
        return None  # the speaker named in both languages (trial 41: the Japanese line had become the subtitle)
    if any(is_person_name(t.text) or name_then_affiliation(t.text) is not None for t in rest):
        return first  # the speaker's name, alone or with the affiliation after it (``Priya Raman, Acme Cloud``)
    if rest and organisation_only(rest[0].text) and not is_municipality_en(rest[0].text) \
            and not any(is_person_name(t.text) for t in cover.lines):
        # a cover naming no one, the presenting office right under the phrase (``Green Harbour Transition`` / ``Progress
        # and Next Steps`` / ``Harbour Office, City of Aarhus`` / ``March 2024``: trial 52c, the office stands where a
        # speaker's name would)
        return first
    # in a PDF the sizes and the positions say it alone: a phrase set smaller under the title (under_cover_title),
    # both centred on the page as a title slide sets them (a slide's heading over a line of text is set at its left)
    return first if title_size and size and under_cover_title(cover.title, first, layout) == "subtitle" \
        and _centred(layout, cover.title) and _centred(layout, first) else None


CENTRED = 0.05
"""A line whose middle stands within this share of its page's width from the page's middle is centred."""


def _centred(layout: Layout, t: Text) -> bool:
    """In a PDF, the line is centred on its page (a title slide's title and subtitle)."""
    at, page = layout.at(first_line(t)), layout.page(t)
    if at.x0 is None or at.x1 is None or not 0 < page <= len(layout.page_sizes):
        return False
    width = layout.page_sizes[page - 1][0]
    return abs((at.x0 + at.x1) / 2 - width / 2) <= CENTRED * width


def join_cover_title(deck: Deck, layout: Layout) -> Deck:
    """The deck whose first slide's title takes the lines under it set in its own size, title phrases carrying it
    on (:func:`~pipeline.segment.titleblock.under_cover_title`: a PDF cover's title over two lines, ``Rethinking
    Urban Freight`` / ``Cargo Bikes in Mid-Sized Cities`` both at 32 pt), up to
    :data:`~pipeline.segment.titleblock.MAX_TITLE_LINES`; the deck as it is otherwise (a text dump's cover is read
    by :func:`~pipeline.segment.slides.split_cover`)."""
    if not deck.slides or deck.slides[0].title is None or not deck.slides[0].lines:
        return deck
    first = deck.slides[0]
    parts, lines = [first.title], list(first.lines)
    # the lines set above the title (an institution over it: slides._cover_title) stay where they are
    above: list[Text] = []
    while lines and (first_line(lines[0]) or 0) < (first_line(first.title) or 0):
        above.append(lines.pop(0))
    while lines and len(parts) < MAX_TITLE_LINES and layout.size(parts[0]) and layout.size(lines[0]) \
            and layout.page(lines[0]) == layout.page(parts[-1]) and (first_line(lines[0]) or 0) > (last_line(parts[-1]) or 0) \
            and under_cover_title(parts[-1], lines[0], layout) == "title":
        parts.append(lines.pop(0))
    if len(parts) == 1:
        return deck
    sep = Text.inserted(" ") if script_of(parts[0].text) == EN else None
    title = Text.join([t.strip() for t in parts], sep=sep)
    return replace(deck, slides=(replace(first, title=title, lines=tuple(above + lines)), *deck.slides[1:]))
