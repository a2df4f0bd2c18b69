"""A talk's English lines → its slides, in number order.

The dump comes from 2-up / n-up handout pages, so slides were extracted out
of order (2, 4, 6, 1, 3, 5 …) and a slide's page number is a line of its own
(``7``, doubled ``１１`` after a shadow layer), or glued to a line's end
(``Universities in Riverton City ３３``). How the work is split:

1. **Cover** (:func:`split_cover`): the leading lines that make up the
   English title, a ``~…~`` subtitle and lines that only name the city.
2. **Closing** (:func:`split_closing`): the last line saying thanks
   (``Thank you``, ``Merci …``) and what follows it, with a city-only line
   right before it.
3. **Anchors** (:func:`find_anchors`): the page-number lines. A number that
   two lines claim goes to the one whose neighbours continue its run (``2 4
   6`` rather than ``11 8 4 9``); a glued number must fit its neighbours too.
4. **Missing numbers** (:func:`place_missing`): a number absent from the
   text gets a slot where it extends a neighbouring run (8 before ``10 12
   14``), never where it would break one; its slide keeps number ``None``.
5. **Content** (:func:`split_gap`): in this extraction a page number usually
   *follows* its slide's content, and what comes right after a number is
   that slide's leftovers (a continued sentence, a caption, a damaged copy
   of a line) until the next slide's title. Each stretch of lines between two
   anchors is cut where the next slide most plausibly starts: never inside a
   text box or a sentence; preferably at a page start or a title-case line
   whose words recur after it rather than before it, or with a bulleted
   list under it; leftovers that repeat the previous slide's lines or title
   words stay with it; a slide that holds next to nothing and no title when
   its number is reached takes the title-led content after the number, and
   then hands the untitled scraps printed just before its number back to the
   slide before (:func:`_return_stray_leads`).
6. **Side** (:func:`number_side`): where the deck's evidence (the text box
   each number shares, a number ending the deck, the first number against the
   slides before it) says its numbers stand below their slides, a number's
   slide keeps the lines right before it and the lines after the last number
   are a last slide; where it says above, the lines after a number are its
   slide's and what precedes the first number is a slide of its own; where
   every number stands right under a title and most over content (cut at the
   numbers, the slides would open on that content), the number is that
   title's slide's, the cover's title over the cover's own (:func:`_numbers_under_titles`).
7. **Handout order** (:func:`handout_deck`): a deck alone whose page-number
   lines give 1..N (or most of it), each once, out of order, is cut at them by
   the same steps (the side by the votes that need no order) and sorted by
   number; its cover is the slide numbered 1 wherever it was printed.

The slide's title is its first title-like line (:func:`.slidetext.is_title_like`).
Page-number text leaves the slide text; :func:`page_number_rows` records it
in the ledger.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from pipeline.chardata import EN, JA, LAYOUT_SPACES, display_width, has_japanese, script_of
from pipeline.english_words import ends_on_connective
from pipeline.model import LedgerRow, Slide, Spellings, Text, ledger_rows_for
from pipeline.numbering import explicit_number, fold
from pipeline.pagenumbers import SLIDE_LABEL, SLIDE_WORD, page_number
from pipeline.vocab import Reason, Rule
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.names import (bracketed_affiliation, is_person_name, name_then_affiliation, speaker_split,
                                     translated_speaker, vouched_lost_glyph_name)
from pipeline.segment.events import is_event_line, names_a_dated_occasion
from pipeline.segment.organisations import (AFFILIATION_ENDING, is_address_line, is_organisation, organisation_line, organisation_only,
                                           post_and_organisation)
from pipeline.segment.places import is_municipality_en, occasion_place_date_line, town_and_country_en
from pipeline.segment.contacts import contact_line
from pipeline.segment.labels import FIELD_LABELS, calendar_key, is_contact_heading, is_date_line
from pipeline.segment.titleblock import SLIDES_LABEL, is_prose, is_subtitle, is_title_translation, title_goes_on, under_cover_title
from pipeline.listmarks import SLIDE_ITEM_MARKS
from pipeline.segment.slidetext import (
    _LABEL_BEFORE_NUMBER,
    bullet_goes_on,
    counts_parts,
    CLOSING,
    content_words,
    continues,
    glued_number,
    english_under_title_ja,
    is_bilingual_title,
    is_bullet,
    is_title_like,
    is_title_phrase,
    is_title_case,
    is_title_phrase_ja,
    near_duplicate,
    opens_with_connective,
    page_number_values,
    starts_lower,
    listing_numbers,
    table_head_over_cells,
    unit_head_over_values,
    words,
)
from pipeline.segment.measures import is_table_row
from pipeline.segment.tables import row_cells


MAX_COVER_TITLE_LINES = 3
"""Lines a cover's title has at most."""


@dataclass(frozen=True)
class Cover:
    lines: tuple[Text, ...]
    title: tuple[Text, ...]
    subtitle: Text | None
    end: int  # index of the first line after the cover


def split_cover(lines: list[Text], layout: Layout, is_city_only, after_paper: bool = False,
                paper_title: str | None = None) -> Cover:
    """The cover: city-only lines, the title (the first box's other lines), then subtitle / city-only boxes.

    A title is one line or a short block: at most :data:`MAX_COVER_TITLE_LINES`
    lines, none of them a bullet or (after the first) a sentence, all set with
    the first one's emphasis (a fake-bold line after a plain title is the next
    slide's title, :meth:`Layout.emphasis`); the cover ends before a line that
    is not (a text dump without blank lines runs a deck's title into its first
    slide), or, where pages are known, at the end of the cover's page.

    ``is_city_only(text)`` says whether a line only names the talk's city. ``after_paper``: the deck is the talk's
    slides after its paper (its title known from the paper's block), not a deck alone. ``paper_title``: the talk's
    English title its paper's title block gave; a deck after the paper that opens on another title right over its
    bullets, nothing else, opens on its first slide, no cover (fresh-user trial 62: the title had been a cover alone
    and the bullets an untitled slide). Where the paper gave none, that line is the cover's title, the talk's English
    title (trial 09's ``Bus Network Redesign …`` over ``■ Background``), as before.

    >>> lines = [Text.from_raw(s, line=n) for s, n in [("Riverton’s Cross-sector", 1), ("Harbour Cooperation", 2),
    ...          ("CITY OF RIVERTON", 4), ("Port Capital of the North", 6)]]
    >>> c = split_cover(lines, Layout((), (3, 5)), lambda t: t.startswith("CITY OF"))
    >>> [t.text for t in c.title], c.end
    (['Riverton’s Cross-sector', 'Harbour Cooperation'], 3)
    """
    title: list[Text] = []
    subtitle: Text | None = None
    title_box = None
    closed = False  # the title's box holds no more lines than a title has
    named = False  # the speaker's name came: no subtitle under it
    officed = False  # an organisation's or a post's line came under the title
    box = 0
    i = 0
    headline = _headline_at(lines, layout)
    while i < len(lines):
        t = lines[i]
        if i and not layout.same_box(lines[i - 1], t):
            box += 1
        s = t.text.strip()
        gapped = bool(title) and _gapped_name(lines, i)
        if title and _heading_over_title_slide(lines, i, title, layout):
            break  # the deck's heading in a box of its own over its title slide: the cover is the heading alone
        if is_city_only(s) or is_municipality_en(s) or town_and_country_en(s) or i < headline:
            pass  # a tagline set small above the headline (入場無料) is a cover line, and so is a town with its country
            # (``Utrecht, Netherlands`` under the title: it had been the title's second line)
        elif not title and SLIDES_LABEL.match(s):
            pass  # ``Slides`` over the deck's title: the part's label, a cover line (fresh-user trial 73c: it had titled
            # every talk's English)
        elif not title and i + 1 < len(lines) and script_of(s) == JA and script_of(lines[i + 1].text) == EN \
                and not s.endswith(("。", "．")) and is_title_translation(lines[i + 1].text.strip(), s) \
                and after_paper and _english_deck(lines[i + 1:]):
            pass  # the talk's Japanese title over the English title it translates, on an English deck's cover (the
            # English slides after the talk's Japanese paper): a cover line, the English the cover's title (helper
            # cover55: procs54's known miss, the Japanese line a paragraph of the paper's end); a bilingual deck's
            # cover keeps its Japanese title (trial 51's handout), and so does a deck alone (its first line its title)
        elif not title and _occasion_over_title(lines, i, layout):
            pass  # ``Harbour City Symposium 2025`` / ``12 October 2025`` over the title: a cover line, no title
        elif title and (i + 1 < len(lines) and translated_speaker(s, lines[i + 1].text)
                        or i and translated_speaker(lines[i - 1].text, s)):
            # the speaker named in both languages (``佐� 真理子（紙と本の工房 綴）`` over ``Mariko Saeki (Tsuzuri Paper &
            # Book Studio)``): cover lines, no subtitle (trial 41)
            named = True
        elif title and (gapped or _over_speaker(lines, i)):
            # the speaker's post or organisation over the name, and a name with a lost glyph the lines beside it vouch
            # for (``浜松市 危機管理課長`` / ``山田 �子``): cover lines, never the title's next line nor its subtitle
            # (trial 45: the post ran into the title, and the name became slide 1's title)
            pass
        elif subtitle is None and is_subtitle(s):
            subtitle = t  # ``〜商店街の挑戦〜``, ``―商店街の挑戦―``: set apart by its marks (titleblock.is_subtitle)
        elif len(title) == 1 and title_box == box and not named and is_title_translation(title[0].text, s):
            # the title in the other language right under it (``Bicycle Parking at Railway Stations`` /
            # ``鉄道駅の駐輪場の整備``, and the reverse): a cover line, the talk's title in that language (cover.read_cover),
            # never the title's second line (trial 44: one English title had held both)
            pass
        elif subtitle is None and len(title) == 1 and title_box == box and not named \
                and is_subtitle_under(title[0].text, s):
            subtitle = t  # ``Sakura City's Tourism Strategy`` / ``Using local resources for town development``
            # (above the speaker's name: a line under it is the occasion, ``PyData Berlin 2025``)
        elif len(title) == 1 and title_box == box and not named and subtitle is None and not CLOSING.match(s) \
                and (_on_cover(lines, i, layout) or closed and layout.emphasis(t) == layout.emphasis(title[0])) \
                and (kind := _under_cover_title(title[0], t, layout)) is not None:
            # the line under a one-line title, the cover's last before its number or the speaker, or in a box that
            # holds the title alone (``closed``): the title's second line or its subtitle, by the sizes of a PDF or the
            # shape of a dump (titleblock.under_cover_title), the same whether the box ends under it or runs on; a line
            # set in another emphasis there (a fake-bold line) is the next slide's title (field 02m)
            if kind == "title":
                title.append(t)
            else:
                subtitle = t
        elif len(title) == 1 and closed and title_box == box and is_person_name(s) \
                and not ends_on_connective(title[0].text):
            # ``Smart Mobility: Lessons from Three Pilot Cities`` / ``Maria Keller``: the speaker under a whole title,
            # a cover line, never the title's second line (a name carries on only a title stopping on a connective,
            # ``LEVEL OF CITIZENS OF`` / ``LOS ANGELES``)
            named = True
        elif (title_box is None or title_box == box) and not CLOSING.match(s) and not page_number_values(s) \
                and not (title and named) \
                and (words(s) or _japanese_title_line(s, bool(title))) \
                and len(title) < MAX_COVER_TITLE_LINES and not is_bullet(s) and not (title and s.endswith((".", "。"))) \
                and not (title and is_date_line(s)) \
                and not (title and layout.emphasis(t) != layout.emphasis(title[0])) \
                and not (title and _speaker_under_title(s, lines[i + 1].text.strip() if i + 1 < len(lines) else "")) \
                and not (title and _organisation_under_title(title[-1].text, s)) \
                and not (title and lines[i - 1] is not title[-1]) \
                and (not title or closed or title_goes_on(title[-1].text, s, by_length=False)):
            # Only the first box that holds title lines may hold title lines; a line after the first joins the
            # title when the box ends with the title, or when the title goes on (a dump without blank lines
            # runs the title into the first slide: ``…of a Port Town`` / ``Overview of Takamatsu``). A title's
            # lines stand together: none comes after a line read otherwise (a subtitle), fresh-user trial 64e's
            # ``Canals of Matsue`` / ``Matsue lies between…`` / ``The castle moat…`` had joined its first and third.
            if not title:
                closed = _box_length(lines, i, layout) <= MAX_COVER_TITLE_LINES
            title_box = box
            title.append(t)
        elif title and (is_person_name(s) or bracketed_affiliation(s) is not None or organisation_only(s)
                        or post_and_organisation(s) or _speaker_line(s)
                        or (lines[i - 1] is title[-1] and _organisation_under_title(title[-1].text, s))):
            pass  # the speaker's name, organisation and post under the title: cover lines
        elif title and named and _dated_occasion(s):
            pass  # the occasion under the speaker, opening on its date (``令和7年10月24日 市議会都市委員会勉強会``)
        elif title and (officed or closed) and (is_date_line(s) or _dated_occasion(s)) and layout.same_box(lines[i - 1], t):
            pass  # the date under the presenting office in its box (``Transport Office, Town of Eastbrook`` / ``June
            # 2025``, session 53: a cover naming no person had ended at the office, the date an unnumbered slide), or
            # in the title's box; never the title's next line (session 55's made-up decks: a dump with no page numbers
            # had the title ``Redesigning Local Public Transport 12 June 2025``)
        elif title and not is_bullet(s) and not page_number_values(s) \
                and (any(is_person_name(t2.text) or bracketed_affiliation(t2.text) is not None
                         or name_then_affiliation(t2.text) is not None for t2 in lines[i + 1:i + 3])
                     or lines[i - 1] is title[-1] and _credit_closing_cover(lines, i + 1, layout)):
            pass  # a phrase between the title and the speaker's name: a cover line (the talk's subtitle, see segment);
            # likewise right under the title over an organisation credited alone that closes the cover (trial 70)
        else:
            break
        named = named or is_person_name(s) or name_then_affiliation(s) is not None or bracketed_affiliation(s) is not None \
            or (bool(title) and _speaker_line(s)) or gapped
        officed = officed or (bool(title) and (organisation_only(s) or post_and_organisation(s)))
        i += 1
    if not title or (after_paper and paper_title is not None and i == len(title) and subtitle is None and i < len(lines)
                     and is_bullet(lines[i].text.strip())
                     and " ".join(t.text.strip() for t in title).casefold() != paper_title.strip().casefold()):
        # (the talk's slides after its paper, titled in English there, opening on another title right over its
        # bullets, nothing else before them: the first slide, no cover)
        return Cover((), (), None, 0)
    i = _rest_of_page(lines, i, layout)
    return Cover(tuple(lines[:i]), tuple(title), subtitle, i)


def _heading_over_title_slide(lines: list[Text], i: int, title: list[Text], layout: Layout) -> bool:
    """``lines[i]`` opens the deck's title slide under a heading printed over the deck: the title read so far
    stands alone in its text box, right over ``lines[i]``, which opens the next box and prints that title again
    (``Canals of Matsue`` / blank / ``Canals of Matsue`` / ``Koji Yamane, …``), or opens on a title over two lines
    (:func:`~.titleblock.title_goes_on`) with the speaker named in its box (``Canals of Matsue`` / blank / ``Canals of a
    Castle Town and`` / ``Tourism-led Town Development`` / ``Koji Yamane``). Why (issue 16 point 2, helper deck66,
    slides65's made-up decks): the heading had titled the cover and the title slide's lines were its own, so a deck
    numbered at each slide's foot had its heading as slide 1's title, the title slide's title slide 1's first line.
    A subtitle of one line in the box under the title (``Smart Mobility`` / blank / ``Lessons from three pilots`` /
    ``Maria Keller``) is no title slide's: the cover goes on as before.

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1) if s]
    >>> lines = mk("Canals of Matsue", "", "Canals of Matsue", "Koji Yamane, Matsue City", "1")
    >>> _heading_over_title_slide(lines, 1, lines[:1], Layout((LineLayout(1),) * 5, (2,)))
    True
    >>> lines = mk("Smart Mobility", "", "Lessons from three pilots", "Maria Keller", "1")
    >>> _heading_over_title_slide(lines, 1, lines[:1], Layout((LineLayout(1),) * 5, (2,)))
    False
    """
    t = lines[i]
    start = next(k for k, line in enumerate(lines) if line is title[0])
    if lines[i - 1] is not title[-1] or layout.same_box(title[-1], t) or _box_length(lines, start, layout) != len(title):
        return False
    if _repeats(Text.join(list(title), sep=Text.inserted(" ")) if len(title) > 1 else title[0], t):
        return True
    box = lines[i:i + _box_length(lines, i, layout)]
    return len(box) > 2 and title_goes_on(t.text.strip(), box[1].text.strip(), by_length=False) \
        and any(_names_speaker(b.text.strip()) for b in box[2:2 + MAX_COVER_TITLE_LINES])


ENGLISH_DECK = 0.9
"""Share of a deck's lines with letters that hold no Japanese for the deck to be a talk's English slides
(:func:`_english_deck`)."""


def _english_deck(lines: list[Text]) -> bool:
    """The lines (a deck's after its cover's first line) are English: :data:`ENGLISH_DECK` of those with letters or
    more hold no Japanese letter at all. The English slides of a talk whose paper is Japanese, not a bilingual deck
    (``避難所 / Shelters`` reads as English by its letters' count, but holds Japanese).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _english_deck(mk("Disaster Drills", "CITY OF KITAHAMA", "Shelters", "1")), _english_deck(mk("Drills", "避難所 / Shelters"))
    (True, False)
    """
    lettered = [t.text for t in lines if any(ch.isalpha() for ch in t.text)]
    return bool(lettered) and sum(not has_japanese(s) for s in lettered) >= ENGLISH_DECK * len(lettered)


def cover_name(lines: list[Text], i: int) -> bool:
    """``lines[i]`` names a person on a cover: a name (:func:`~pipeline.segment.names.is_person_name`), or a name with a
    glyph or two lost that the lines over and under it vouch for as the speaker's (:func:`_gapped_name`)."""
    return is_person_name(lines[i].text.strip()) or _gapped_name(lines, i)


def _gapped_name(lines: list[Text], i: int) -> bool:
    """``lines[i]`` is a name with a glyph or two lost that the lines over and under it vouch for as the speaker's
    (:func:`~pipeline.segment.names.vouched_lost_glyph_name`: ``浜松市 危機管理課長`` / ``山田 �子``)."""
    return vouched_lost_glyph_name(lines[i].text.strip(), lines[i - 1].text.strip() if i else None,
                                   lines[i + 1].text.strip() if i + 1 < len(lines) else None)


def _over_speaker(lines: list[Text], i: int) -> bool:
    """``lines[i]``, under a cover's title, is the speaker's post (``浜松市 危機管理課長``, ``Staff Engineer, Lumen Data
    Systems``: :func:`~pipeline.segment.organisations.post_and_organisation`), or an organisation's line with the
    speaker's name right under it: the speaker's lines, no title's nor subtitle's (trial 45: ``浜松市 危機管理課長``
    over ``山田 花子`` had been the talk's subtitle).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _over_speaker(mk("森の学校", "県立林業試験場", "森田 一郎"), 1), _over_speaker(mk("森の学校", "港町市 環境課長", "1"), 1)
    (True, True)
    >>> _over_speaker(mk("森の学校", "県立林業試験場", "■ 森の現状"), 1), _over_speaker(mk("森の学校", "～森と人～", "森田 一郎"), 1)
    (False, False)
    """
    s = lines[i].text.strip()
    if is_bullet(s):
        return False
    return post_and_organisation(s) or (organisation_only(s) and i + 1 < len(lines) and cover_name(lines, i + 1))


def _speaker_under_title(s: str, following: str) -> bool:
    """``s``, under a cover's first title line, is the speaker, not the title's next line: a name and its organisation
    on one line (``PARK Min-jun, Jeonju City``), or a name with an organisation's line right under it (``Maria
    Lindqvist`` / ``Stockholm Archipelago Transport Authority``: trial 36, where the title ran on into the name as the
    cover's box held no more lines than a title may). A two-word title line over a city's name stays the title's
    (``Harbour Cooperation`` / ``CITY OF RIVERTON``: a city is no organisation line).

    >>> _speaker_under_title("Maria Lindqvist", "Stockholm Archipelago Transport Authority"), _speaker_under_title("PARK Min-jun, Jeonju City", "")
    (True, True)
    >>> _speaker_under_title("Harbour Cooperation", "CITY OF RIVERTON"), _speaker_under_title("Maria Lindqvist", "Why Ferries Matter")
    (False, False)
    """
    return name_then_affiliation(s) is not None or (is_person_name(s) and organisation_line(following))


def _organisation_under_title(title: str, s: str) -> bool:
    """``s``, under a cover's title line ``title``, names an organisation (the speaker's institution, with or without a
    name over it) and is no line of the title: the title stops on no connective and no colon. Why (trial 46): a
    cover's box of three lines, ``3D Recording of Folk Tools`` / ``Nara National Research Institute for Cultural
    Properties`` / ``1``, holds no more lines than a title may, and its second line had been taken as the title's.

    >>> _organisation_under_title("Tide Gauges of the Inland Sea", "Hiroshima Institute of Marine Science")
    True
    >>> _organisation_under_title("Working Together with the", "Harbour Research Institute")  # a connective goes on
    False
    >>> _organisation_under_title("Riverton’s Cross-sector", "Harbour Cooperation")
    False
    """
    return not ends_on_connective(title) and not title.rstrip().endswith((":", "：")) and is_organisation(s.strip())


def _japanese_title_line(s: str, after_title: bool) -> bool:
    """A line of Japanese with no Latin word that may be a cover's title line: no numbered heading (``１．公園遊具の現状``:
    an agenda's item), and after the title's first line no speaker line, name or line opening on a date (the cover's
    lines under the title: ``交通政策課 山本 一郎`` under ``まちなか交通の将来像`` is the speaker, not the title's second line).

    >>> _japanese_title_line("公園遊具の更新計画について", False), _japanese_title_line("１．公園遊具の現状", False)
    (True, False)
    >>> _japanese_title_line("交通政策課 山本 一郎", True), _japanese_title_line("令和７年１０月２４日 市議会都市委員会勉強会", True)
    (False, False)
    """
    if not has_japanese(s) or explicit_number(s) is not None:
        return False
    return not (after_title and (_speaker_line(s) or is_person_name(s) or is_date_line(s.split()[0])))


def _occasion_over_title(lines: list[Text], i: int, layout: Layout) -> bool:
    """``lines[i]``, a deck's first line, names the occasion or the date (``Harbour City Symposium 2025``, ``12 October
    2025``, ``第5回 港湾都市シンポジウム``: :func:`~.events.is_event_line`, :func:`~.events.names_a_dated_occasion`,
    :func:`~.labels.is_date_line`) over a title phrase in its box: a cover line above the title, as a PDF's tagline set
    small above its headline is. Why (issue 16, session 50): a symposium's deck repeating its talk's title under the
    event's name had the event's name as the cover's title and the title's copy as the talk's subtitle (before, both
    lines as one title).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _occasion_over_title(mk("12 October 2025", "Harbour Festivals for Local Revitalisation"), 0, Layout((), ()))
    True
    >>> _occasion_over_title(mk("PyData Berlin 2025", "Priya Raman"), 0, Layout((), ()))  # no title under it
    False
    """
    s = lines[i].text.strip()
    if i + 1 >= len(lines) or not layout.same_box(lines[i], lines[i + 1]) \
            or not (is_event_line(s) or names_a_dated_occasion(s) or is_date_line(s)):
        return False
    after = lines[i + 1].text.strip()
    return not is_bullet(after) and not page_number_values(after) and not is_person_name(after) \
        and not is_date_line(after) and not is_event_line(after) and name_then_affiliation(after) is None \
        and (is_title_like(after) or is_title_phrase_ja(after) or is_title_phrase(after, None))


def _under_cover_title(title: Text, line: Text, layout: Layout) -> str | None:
    """:func:`~.titleblock.under_cover_title`, save that a Japanese title line stopping on kana mid-phrase
    (:func:`~.titleblock.title_goes_on`: ``商店街の空き店舗を活用した`` over ``地域再生の取り組み``, a clause running on
    into the next line's noun) goes on where the sizes do not say otherwise: under_cover_title reads only a particle
    at its end so (``港町の物流と``), and the clause's line had been read as a title over its subtitle once the speaker's
    line under them marked the cover's end (issue 16, session 50). A title ending on a noun (``地域再生`` over
    ``商店街の挑戦``) keeps its subtitle."""
    kind = under_cover_title(title, line, layout)
    sized = layout.size(title) and layout.size(line)
    if kind == "subtitle" and not sized and script_of(title.text) != EN \
            and title_goes_on(title.text, line.text, by_length=False):
        return "title"
    return kind


def _dated_occasion(s: str) -> bool:
    """A line opening on its date, no bullet, sentence or page number: the date and occasion a cover names under its
    speaker (``令和7年10月24日 市議会都市委員会勉強会``; trial 34: it had ended the cover and become slide 1's title).

    >>> _dated_occasion("令和7年10月24日 市議会都市委員会勉強会"), _dated_occasion("2025年5月12日"), _dated_occasion("・2024年に開始")
    (True, True, False)
    >>> _dated_occasion("令和7年10月24日に説明会を開いた。"), _dated_occasion("公園遊具の現状")
    (False, False)
    """
    parts = s.split()
    return bool(parts) and not is_bullet(s) and not s.endswith((".", "。")) and not page_number_values(s) \
        and is_date_line(parts[0])


def _speaker_line(s: str) -> bool:
    """A speaker's line: an affiliation and post, then the name (``さくら野市 市民協働課 主査 高橋 真理子``,
    :func:`~pipeline.segment.names.speaker_split`), no bullet (trial 32: a Japanese deck's cover line ended the cover,
    and became slide 1's title with the date line as its text)."""
    return not is_bullet(s) and speaker_split(s) is not None


def _on_cover(lines: list[Text], i: int, layout: Layout) -> bool:
    """``lines[i]`` is the cover's last line before its page number, the speaker's name (alone, or before the
    affiliation after a comma), a date, or the end of its text box or page (no slide's title: a slide's title has the
    slide's text under it, ``Overview of Obihiro`` / ``Center of the Tokachi region``, which may read as an
    organisation's name)."""
    if i + 1 >= len(lines):
        return True
    t, after = lines[i], lines[i + 1]
    s = after.text.strip()
    return bool(page_number_values(s)) or is_person_name(s) or name_then_affiliation(s) is not None \
        or _speaker_line(s) or is_date_line(s) or not layout.same_box(t, after) or layout.page(t) != layout.page(after) \
        or _credit_closing_cover(lines, i + 1, layout)


def _credit_closing_cover(lines: list[Text], i: int, layout: Layout) -> bool:
    """``lines[i]`` credits the talk to an organisation alone, no person named (``City of Springfield Water
    Department``, ``県立防災研究センター``: :func:`~.organisations.organisation_only`), as the cover's last line: the
    deck's first page number ``1``, a date, the end of the text box or page, or the end of the deck right under it. Why
    (issue 16 point 2, fresh-user trial 70, helper fix70a): ``Smart Water Metering Pilot`` / ``Results from Year One``
    / ``City of Springfield Water Department`` / ``1`` had ended its cover at the title, the subtitle slide 1's title
    and the organisation its text; a person's name on that line (``Anna Lee, City of …``) was read as the cover's.
    A slide's title naming an organisation (``Port of Naha`` over its points) has its slide's text under it, no
    number, and is none; nor is an organisation over a ``2`` (slide 2's text, ``Who Runs It`` its title).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _credit_closing_cover(mk("Results", "City of Springfield Water Department", "1"), 1, Layout((), ()))
    True
    >>> _credit_closing_cover(mk("Results", "Harbour Research Institute", "• Founded in 1950"), 1, Layout((), ()))
    False
    """
    if i >= len(lines) or is_bullet(lines[i].text) or not organisation_only(lines[i].text.strip()):
        return False
    if i + 1 >= len(lines):
        return True
    t, after = lines[i], lines[i + 1]
    s = after.text.strip()
    # a number under it is the cover's own ``1``; another (``2``) closes slide 2, whose title a line over an
    # organisation may be (``Who Runs It`` / ``Millbrook Public Library`` / ``2``)
    return page_number_values(s) == [1] or is_date_line(s) or not layout.same_box(t, after) \
        or layout.page(t) != layout.page(after)


MAX_COVER_LEFTOVERS = 3
"""Lines between a cover's speaker and the cover's printed ``1`` that are still the cover's (an affiliation, a
place, a date)."""


def _cover_to_its_box(lines: list[Text], cover: Cover, number_at: int, layout: Layout) -> Cover:
    """The cover, taking the rest of its own text box in a deck whose numbers close their pages (:func:`number_side`
    says below) and whose first number stands in a later box: the cover has no number, so its page ends where its
    box does (``Priya Raman, Acme Cloud`` / ``PGConf Europe 2026`` / blank / ``Agenda`` … ``2``: the occasion is the
    cover's, not slide 2's title). Bullets and closing lines are never the cover's.

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = [t for t in mk("Scaling Postgres", "Priya Raman", "PGConf Europe 2026", "", "Agenda", "- Why", "2") if t.text]
    >>> layout = Layout((LineLayout(1),) * 7, (4,))  # raw line 4 blank
    >>> _cover_to_its_box(lines, Cover(tuple(lines[:2]), (lines[0],), None, 2), 5, layout).end
    3
    """
    k = cover.end
    while k < number_at and layout.same_box(lines[k - 1], lines[k]):
        k += 1
    if not cover.title or k == cover.end or k >= number_at:
        return cover  # nothing of the cover's box is left, or no box break parts it from the first number's slide
    gap = lines[cover.end:k]
    if any(is_bullet(t.text.strip()) or CLOSING.match(t.text.strip()) or page_number_values(t.text.strip()) for t in gap):
        return cover
    return replace(cover, lines=cover.lines + tuple(gap), end=k)


def _cover_box_over_first_number(lines: list[Text], cover: Cover, number_at: int, layout: Layout) -> Cover:
    """The cover, taking the rest of its own text box in a deck whose numbers open their slides (:func:`number_side`
    says above) where that box ends right before the ``1`` opening slide 1, a blank line or a page break between:
    the ``1`` numbers the slide under it, so the box over it is the unnumbered cover's page, whatever its lines name
    (``New Staff Onboarding`` / ``Warehouse Safety Basics`` / ``Logistics Training Team`` / blank / ``1`` / ``Why
    Safety Matters``: the team's line is the cover's, the second line its subtitle, :func:`.cover.set_subtitle`).
    Why (fresh-user trial 67): the cover had ended at its first line, and its other two lines became an unnumbered
    slide of their own, titled ``Warehouse Safety Basics``. Bullets, closing lines, numbers and sentences are never
    the cover's; a second box before the ``1`` (an unnumbered agenda) leaves the cover as read.

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = [t for t in mk("New Staff Onboarding", "Warehouse Safety Basics", "Logistics Training Team", "", "1",
    ...                        "Why Safety Matters") if t.text]
    >>> layout = Layout((LineLayout(1),) * 6, (4,))  # raw line 4 blank
    >>> c = _cover_box_over_first_number(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), 3, layout)
    >>> c.end, c.subtitle.text
    (3, 'Warehouse Safety Basics')
    >>> lines[2] = Text.from_raw("- Boots at all times", 3)
    >>> _cover_box_over_first_number(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), 3, layout).end
    1
    """
    k = cover.end
    while k < number_at and layout.same_box(lines[k - 1], lines[k]):
        k += 1
    if not cover.title or cover.end == 0 or k == cover.end or k != number_at \
            or layout.same_box(lines[k - 1], lines[number_at]):
        return cover
    gap = lines[cover.end:k]
    if any(is_bullet(s := t.text.strip()) or CLOSING.match(s) or page_number_values(s) or s.endswith((".", "。"))
           for t in gap):
        return cover
    subtitle = cover.subtitle
    if subtitle is None and len(cover.title) == 1 and cover.lines[-1] is cover.title[0] \
            and _under_cover_title(cover.title[0], gap[0], layout) == "subtitle":
        subtitle = gap[0]  # the line right under a one-line title, by the sizes or the dump's shape
    return replace(cover, lines=cover.lines + tuple(gap), end=k, subtitle=subtitle)


def _cover_to_its_page(lines: list[Text], cover: Cover, first: Anchor, copied: bool) -> Cover:
    """The cover, taking the lines up to the deck's first number where that number ends the cover's page: a first
    number that heads the cover printed again (``copied``, :func:`_heads_cover_copy`: the lines before it are the
    cover's own page, whatever they say), or a ``1`` that closes its page (:func:`number_side` says below) where each
    line between the cover read so far and the ``1`` is a cover's by its words: a date, an organisation, a post at one,
    an event or a dated occasion, an e-mail address (a slide's title and text there, ``Background`` / ``More older
    people live alone`` / ``1``, are slide 1's, the cover before it unnumbered). Why (trial 52, 52c): a cover of title,
    subtitle, date and office (``令和7年度 予算案の概要`` / ``～ 子育て・教育を最優先に ～`` / blank / ``令和7年2月`` / ``湖南市
    総務部 財政課`` / ``- 1 -``; ``Green Harbour Transition`` / ``Progress and Next Steps`` / ``Harbour Office, City of
    Aarhus`` / ``March 2024`` / ``Slide 1``) names no speaker (:func:`_cover_to_its_number` needs one), so its end was
    read from its shape alone, and the lines after the title became an unnumbered slide of their own. A bullet, a
    closing line or another number among those lines is a slide's, and the cover stays as it was.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("Green Harbour Transition", "Progress and Next Steps", "March 2024", "Slide 1", "Green Harbour Transition")
    >>> _cover_to_its_page(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), Anchor(3, 1), copied=True).end
    3
    >>> lines = mk("Green Harbour Transition", "Harbour Office, City of Aarhus", "March 2024", "1", "Why change?")
    >>> _cover_to_its_page(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), Anchor(3, 1), copied=False).end
    3
    >>> lines = mk("Green Harbour Transition", "Background", "More ships call", "1", "Why change?")
    >>> _cover_to_its_page(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), Anchor(3, 1), copied=False).end
    1
    """
    gap = lines[cover.end:first.index]
    if not cover.title or not gap or first.offset is not None:
        return cover
    if any(is_bullet(s := t.text.strip()) or CLOSING.match(s) or page_number_values(s) for t in gap):
        return cover
    if not copied and not all(_cover_line(t.text.strip()) for t in gap):
        return cover
    return replace(cover, lines=cover.lines + tuple(gap), end=first.index)


def _cover_runs_to_number(lines: list[Text], cover: Cover, first: Anchor, layout: Layout,
                          anchors: list[Anchor] | None = None) -> bool:
    """In a deck whose numbers close their slides, the lines between the cover read so far (a title, and a subtitle
    at most) and the first number ``1`` are the content of the slide the cover's title heads, the ``1`` closing it:
    where the deck shows its slides by text boxes (a blank line or a page break between two of its lines at least),
    the title and those lines stand in one box (the number in it or alone in the next); where it shows none (a dump
    with no blank lines), those lines open on a bullet right under the title, or on an English phrase in sentence
    case under a title in title case (:func:`_sentence_cased`: ``Matsue lies between …``, where a slide's one-word
    title, ``Background``, is none). A line of its own words a cover's
    (a name, an organisation, a date: :func:`_cover_to_its_page`), a closing line or another number there says
    otherwise, and so does a box of its own between the title and the number (``Green Harbour Transition`` / blank /
    ``Background`` / ``More older people live alone`` / ``1``: slide 1 after an unnumbered cover). Why (fresh-user
    trial 64e, helper slides65): a deck after its paper, its first slide ``Canals of Matsue`` / ``Matsue lies between
    Lake Shinji and Lake Nakaumi`` / ``The castle moat has survived since the Edo period`` / ``Matsue City | Page 1``,
    had a title of its first and third lines, the second read as a subtitle (``subtitle.en``); a first slide titled
    over bullets had been an unnumbered cover of its title alone, slide 1 titled by its first bullet. With the deck's
    ``anchors``, a dump whose lines tell neither (a Japanese deck of noun phrases) is read by the deck's own pages
    (:func:`_first_page_by_size`, helper deck66).

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1) if s]
    >>> lines = mk("Canals of Matsue", "Two lakes", "An old moat", "", "Page 1", "", "Boats", "Since 1997", "", "Page 2")
    >>> layout = Layout((LineLayout(1),) * 10, (4, 6, 9))
    >>> _cover_runs_to_number(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), Anchor(3, 1), layout)
    True
    >>> lines = mk("Green Harbour", "", "Background", "Older people", "", "1", "", "Boats", "Since 1997", "", "2")
    >>> _cover_runs_to_number(lines, Cover(tuple(lines[:1]), (lines[0],), None, 1), Anchor(3, 1), Layout((LineLayout(1),) * 11, (2, 5, 7, 10)))
    False
    """
    gap = lines[cover.end:first.index]
    if not cover.title or not gap or first.offset is not None or cover.end == 0:
        return False
    if any(t is not cover.subtitle and t not in cover.title for t in cover.lines):
        return False  # the cover names more than its title (a speaker, a place): a cover's page of its own
    if any(CLOSING.match(s := t.text.strip()) or page_number_values(s) for t in gap) \
            or all(_cover_line(t.text.strip()) for t in gap):
        return False
    deck = lines[cover.end - 1:]
    if any(layout.page_break_before(a, b) or not layout.same_box(a, b) for a, b in zip(deck, deck[1:])):
        return all(layout.same_box(a, b) for a, b in zip(lines[cover.end - 1:first.index], lines[cover.end:first.index]))
    if is_bullet(gap[0].text.strip()) or (_sentence_cased(gap[0].text) and is_title_like(cover.title[-1].text)):
        return True
    return anchors is not None and _first_page_by_size(lines, anchors)


def _first_page_by_size(lines: list[Text], anchors: list[Anchor]) -> bool:
    """In a dump with no text boxes, a deck whose numbers close their pages by both its ends (:func:`_side_by_ends`:
    text before its ``1``, its last number its last line) and whose lines do not tell a title from a point: the lines
    before the ``1`` are one page where they are no more than the most lines a page between two of its numbers holds
    (the deck's own pages show what one holds; an unnumbered cover run into slide 1 makes a longer first page). Why
    (issue 16 point 2, helper deck66, slides65's made-up decks): a Japanese deck with neither bullets nor blank lines,
    ``水の都・松江`` / ``宍道湖と中海に挟まれた都市`` / ``江戸時代から残る城の堀`` / ``1`` / ``堀川遊覧船`` / … / ``2``, had its first
    title read as an unnumbered cover, slide 1 titled by its first point.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("水の都・松江", "宍道湖と中海", "城の堀", "1", "堀川遊覧船", "平成９年に運航開始", "年間３０万人", "2")
    >>> _first_page_by_size(lines, find_anchors(lines, 0, len(lines)))
    True
    >>> longer = mk("松江の観光", *[t.text for t in lines])  # a cover's title run into slide 1
    >>> _first_page_by_size(longer, find_anchors(longer, 0, len(longer)))
    False
    """
    if len(anchors) < 2 or (_side_by_ends(lines, anchors) != BELOW
                            and side_by_page_sizes(lines, anchors, len(lines)) != BELOW):
        # (a closing contact page after the last number: :func:`_closing_contact_page`, helper slide68)
        return False
    pages = [b.index - a.index - 1 for a, b in zip(anchors, anchors[1:])]
    return anchors[0].index <= max(pages)


def _slide_title_of(title: tuple[Text, ...], layout: Layout) -> tuple[Text, ...]:
    """A cover's title lines that stay the title once the cover is read as slide 1 (:func:`_cover_runs_to_number`):
    the first, and each next one a slide's title carries on to (:func:`_title_wraps`); a cover's title joins a line
    that only looks like its next (``ごみ減量の取り組み`` / ``家庭ごみは年間２万トン``: a noun ending in kana), and that
    line is the slide's first point (helper deck66)."""
    kept = list(title[:1])
    for t in title[1:]:
        if not _title_wraps(kept[-1], t, layout):
            break
        kept.append(t)
    return tuple(kept)


def _cover_line(s: str) -> bool:
    """A line a cover holds by its words: a date, an organisation or a post at one, an event or a dated occasion, an
    e-mail address, a person's name or a speaker's line, a town and its country (``Ulaanbaatar, Mongolia``,
    :func:`.places.town_and_country_en`) (:func:`_cover_to_its_page`)."""
    return is_date_line(s) or is_organisation(s) or post_and_organisation(s) or is_event_line(s) \
        or names_a_dated_occasion(s) or bool(_EMAIL.search(s)) or is_person_name(s) or _speaker_line(s) \
        or town_and_country_en(s)


def _cover_to_its_number(lines: list[Text], cover: Cover, number_at: int, layout: Layout | None = None) -> Cover:
    """The cover, taking the lines up to the page number ``1`` right after it: a cover that names its speaker,
    followed by a few lines that each name an organisation (or a post at one: ``Staff Engineer, Lumen Data
    Systems``), a date, the occasion (``PyData Berlin 2025``, ``The 12th Workshop on Ports``) or an e-mail address
    (no bullet, no sentence, no closing) and then the printed ``1``, is that page, and the lines are its own
    (``Rosa Delgado`` / ``Marine Energy Lab, Orkney`` / ``1``: the affiliation under the name), whether the ``1`` is the cover's folio
    or heads the first slide after it. A slide's title and line (``Overview of Hakodate`` / ``Two cruise berths``)
    stay the first slide's, and a cover without a name gives no such evidence.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("Tidal Energy for Island Towns", "Rosa Delgado", "Marine Energy Lab, Orkney", "1", "Why tides?")
    >>> cover = Cover(tuple(lines[:2]), (lines[0],), None, 2)
    >>> _cover_to_its_number(lines, cover, 3).end
    3
    >>> lines[2] = Text.from_raw("- Predictable, unlike wind", 3)
    >>> _cover_to_its_number(lines, cover, 3).end
    2
    """
    gap = lines[cover.end:number_at]
    if not cover.title or not gap or len(gap) > MAX_COVER_LEFTOVERS \
            or not any(is_person_name(t.text.strip()) or _speaker_line(t.text.strip())
                       or name_then_affiliation(t.text.strip()) is not None
                       for t in cover.lines if t not in cover.title):
        return cover
    # a number that counts the slides (``Slide 1 of 8``, ``1/8``) says the page it closes is the deck's first: the
    # cover, whatever its lines name (trial 48: ``Eastvale Regional Transport``, an organisation by no word of its
    # own, became slide 1's title)
    counted = (n := page_number(lines[number_at].text.strip())) is not None and n.total is not None
    # one line of capitalised words right under the speaker's name and post (``Priya Raman, Transit Analytics Lead`` /
    # ``Eastvale Regional Transport``) is the organisation the post is held at
    # one line of capitalised words right under the speaker's name, in its text box (no blank line between: one page),
    # is the speaker's organisation as well (``Dr. Valentina Quispe Mamani`` / ``Altiplano Seed Keepers Collective``
    # / ``Page 1``: helper bound61, fresh-user trial 60b, the organisation had become slide 1 alone and the cover
    # unnumbered; a number that counts the slides, ``1/3``, had kept it the cover's already)
    speaker = lines[cover.end - 1].text.strip()
    posted = len(gap) == 1 and _capitalised_words(gap[0].text.strip()) \
        and (name_then_affiliation(speaker) is not None
             or (layout is not None and is_person_name(speaker) and layout.same_box(lines[cover.end - 1], gap[0])))
    # a body named by a word that ends a title's phrase as often (``Harlow Valley Energy Cooperative``:
    # :data:`~.organisations.AFFILIATION_ENDING`) right under the speaker's name is the speaker's, whatever lines (the
    # occasion, the date) follow it to the ``1`` (fresh-user trial 72, helper deck72: it had titled slide 1, the venue
    # line its text, the cover unnumbered and the speaker's affiliation null)
    # so is one line of capitalised words there (``Harlow Valley Solar``) where only the occasion's or the date's lines
    # follow it to the ``1``: a slide's title has the slide's points under it, no event's line
    occasion = lambda t: is_event_line(t.text.strip()) or names_a_dated_occasion(t.text.strip()) \
        or is_date_line(t.text.strip()) or occasion_place_date_line(t.text.strip()) is not None
    beside = cover_name(lines, cover.end - 1) and (
        AFFILIATION_ENDING.match(gap[0].text.strip()) is not None
        or len(gap) > 1 and _capitalised_words(gap[0].text.strip()) and all(map(occasion, gap[1:])))
    for k, t in enumerate(gap):
        s = t.text.strip()
        if is_bullet(s) or CLOSING.match(s) or s.endswith((".", "。")) or page_number_values(s) \
                or not (counted or posted or (beside and k == 0) or is_organisation(s) or post_and_organisation(s) or is_date_line(s) or is_event_line(s)
                        or names_a_dated_occasion(s) or _EMAIL.search(s)):
            return cover
    return replace(cover, lines=cover.lines + tuple(gap), end=number_at)


_EMAIL = re.compile(r"\S+@\S+\.\w+")
MAX_NAME_WORDS = 6
"""Words of an organisation's name on a cover line of its own at most."""


def _capitalised_words(s: str) -> bool:
    """A short line of capitalised words and nothing else (``Eastvale Regional Transport``): a name's shape.

    >>> _capitalised_words("Eastvale Regional Transport"), _capitalised_words("Why we started"), _capitalised_words("Route 7")
    (True, False, False)
    """
    words = s.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def is_subtitle_under(title: str, text: str) -> bool:
    """``text``, right under an English cover title in its box, is the title's subtitle, not its second line:
    the title is in title case and the line is not (a phrase in sentence case: ``Using local resources for
    town development`` under ``Sakura City's Tourism Strategy``), nor does it carry the title on (a connective),
    and it is no sentence, bullet, name, organisation, closing line or page number. A title wrapped over two lines keeps its case.

    >>> is_subtitle_under("Sakura City's Tourism Strategy", "Using local resources for town development")
    True
    >>> is_subtitle_under("Riverton’s Cross-sector", "Harbour Cooperation"), is_subtitle_under("Measuring Flows", "in Historic Harbour Districts")
    (False, False)
    >>> is_subtitle_under("Open Data Today", "We publish all our data."), is_subtitle_under("Open data today", "a pilot")
    (False, False)
    """
    t = text.strip()
    return (script_of(title) == EN and script_of(t) == EN and is_title_case(title) and len(words(t)) >= 2
            and not is_title_case(t) and not title_goes_on(title, t, by_length=False)
            and not t.endswith((".", "?", "!", ":")) and not is_bullet(t) and not is_person_name(t)
            and not organisation_line(t) and not CLOSING.match(t) and not page_number_values(t))


MAX_TAGLINES = 2
"""Lines a cover may set above its headline (a tagline, an event's name)."""
HEADLINE_RATIO = 1.3
"""A headline is set this much larger than every line above it."""


def _headline_at(lines: list[Text], layout: Layout) -> int:
    """Index of a PDF cover's headline when up to :data:`MAX_TAGLINES` lines stand above it on its page, each set
    :data:`HEADLINE_RATIO` times smaller or more (``入場無料・申込不要`` over ``港まち夜市``), and it is the largest of
    the lines up to it; else 0 (the first line, as in a text dump, where sizes are unknown)."""
    if not lines:
        return 0
    page = layout.page(lines[0])
    head = [t for t in lines[:MAX_TAGLINES + 1] if layout.page(t) == page]
    sizes = [layout.size(t) for t in head]
    if len(head) < 2 or any(not size for size in sizes):
        return 0
    top = max(range(len(head)), key=lambda k: (sizes[k], -k))
    return top if top and all(sizes[top] >= HEADLINE_RATIO * sz for sz in sizes[:top]) else 0


def _box_length(lines: list[Text], i: int, layout: Layout) -> int:
    """Lines from ``lines[i]`` to the end of its text box."""
    j = i + 1
    while j < len(lines) and layout.same_box(lines[j - 1], lines[j]):
        j += 1
    return j - i


def _rest_of_page(lines: list[Text], i: int, layout: Layout) -> int:
    """Where the cover ends when each page is one slide: the lines after its title on the cover's own page
    belong to it (a speaker's name, a job title, a date), up to a page number. A bulleted list right under the
    title on its page belongs to it too, whatever the numbering: the first slide of a deck with no cover page.

    A page is one slide when every later page of the deck shows exactly one slide number (at least two such
    pages); a handout prints several slides a page, and a dump's pages (form feeds, or guessed) may hold
    several: then ``i`` as it is.
    """
    if i == 0 or i >= len(lines):
        return i
    page = layout.page(lines[i - 1])
    if layout.pages() > 1 and is_bullet(lines[i].text) and layout.page(lines[i]) == page:
        # the title's bulleted list on its page: a titled slide, not a cover (a talk's deck with no cover page)
        while i < len(lines) and layout.page(lines[i]) == page and not page_number_values(lines[i].text):
            i += 1
        return i
    numbers: dict[int, int] = {}
    for t in lines[i:]:
        if layout.page(t) != page:
            numbers[layout.page(t)] = numbers.get(layout.page(t), 0) + bool(page_number_values(t.text))
    if len(numbers) < 2 or set(numbers.values()) != {1}:
        return i
    while i < len(lines) and layout.page(lines[i]) == page and not page_number_values(lines[i].text) \
            and not CLOSING.match(lines[i].text.strip()):
        i += 1
    return i


def split_closing(lines: list[Text], start: int, is_city_only) -> int:
    """Index where the closing slide starts (``len(lines)`` when there is none): its last closing line, with the
    closing lines right above it (``Thank you!`` / ``Questions?``: one slide) and a city-only line before them."""
    for i in range(len(lines) - 1, start - 1, -1):
        if CLOSING.match(lines[i].text.strip()):
            while i - 1 >= start and CLOSING.match(lines[i - 1].text.strip()):
                i -= 1
            while i - 1 >= start and is_city_only(lines[i - 1].text.strip()):
                i -= 1
            return i
    return len(lines)


@dataclass(frozen=True)
class Anchor:
    index: int  # line index
    value: int
    offset: int | None = None  # where a glued number starts in its line; None for a number line


def _fitness(value: int, neighbours: list[int]) -> int:
    return sum(1 for n in neighbours if 1 <= abs(n - value) <= 2)


_SLIDE_LABEL = re.compile(rf"^[\s\u3000]*(?:[-–—―]\s*)?{SLIDE_WORD}", re.IGNORECASE)
"""A page number's label that names a slide (``Slide 3``, ``Slide 3 of 8``, ``スライド 3``): the slide's own number."""
_SLIDE_LABEL_TITLED = re.compile(SLIDE_LABEL.pattern + r"(?:[ \t]*[:：]|[ \t]+[–—-])[ \t\u3000]*(?=\S)")
"""A slide's label with its title after it on the line (``Slide 3: Results``, ``Slide 3 – Results``); a sentence
naming a slide (``Slide 3 shows the results.``) has neither colon nor dash."""
MAX_LABEL_TITLE = 80
"""Characters a slide's title after its label has at most (a title, not a paragraph)."""


def split_slide_labels(lines: list[Text]) -> list[Text]:
    """``lines`` with each slide's label and the title after it on its line (``Slide 3: Results``, ``Slide 3 –
    Results``) made two lines, ``Slide 3:`` and ``Results``, where the document numbers its slides so: two such lines
    or more whose numbers count up in document order. The label is then read as the slide's number (a page number
    in the slide label's shape, :func:`~pipeline.pagenumbers.page_number`), the rest as the slide's title. Why (helper
    code59; a limit helper prog59 left): the label and title stayed one line, the slide unnumbered and titled
    ``Slide 3 – Results``. One such line (a caption, ``Slide 3: see the appendix``) and a sentence naming a slide
    (``Slide 3 shows the results.``) stay whole.

    >>> out = split_slide_labels([Text.from_raw(s, n) for n, s in enumerate(["Slide 1: Tides", "- Gauges", "Slide 2 – Ports"], 1)])
    >>> [t.text for t in out]
    ['Slide 1:', 'Tides', '- Gauges', 'Slide 2 –', 'Ports']
    >>> [t.text for t in split_slide_labels([Text.from_raw("Slide 3: Results", 1), Text.from_raw("Slide 3 shows it.", 2)])]
    ['Slide 3: Results', 'Slide 3 shows it.']
    """
    found = {}
    for i, t in enumerate(lines):
        s = t.text.strip()
        m = _SLIDE_LABEL_TITLED.match(s)
        if m is not None and len(s) - m.end() <= MAX_LABEL_TITLE and not s.endswith((".", "。")):
            found[i] = (int(m.group(1)), m.end() + len(t.text) - len(t.text.lstrip()))
    values = [v for v, _ in found.values()]
    if len(values) < 2 or any(b <= a for a, b in zip(values, values[1:])):
        return lines
    out: list[Text] = []
    for i, t in enumerate(lines):
        if i in found:
            cut = found[i][1]
            out += [t[:cut].strip(), t[cut:].strip()]
        else:
            out.append(t)
    return out


_NUMBERED_LINE = re.compile(r"^[ \t]*(?:[pP]\.[ \t]?)?([0-9]{1,2})[.)]?[ \t]+(?=[A-Z])")
"""A line opening on its number, a full stop, a closing bracket or nothing and a space, then an English word in
capitals (``1. Nagasaki at a Glance``, ``2) Haiku Contests``, ``3 Student Exchange``): the number and its mark, up to
the phrase (trial 68c printed the number bare). The number may be a page's (``p.1  Toyama City: …``: fresh-user trial
74's volume numbered each talk's one-line slides so, each slide a page of the talk's deck; helper vol74)."""
MIN_NUMBERED_SLIDES = 2
"""Numbered one-line slides a deck shows at least (:func:`numbered_line_slides`)."""
_PHRASE_STOPS = (".", "。", ",", ";", ":", "、")
"""Marks a phrase alone on its slide never ends on: a sentence's or a clause's, a lead-in's colon."""


def numbered_line_slides(lines: list[Text], start: int, end: int) -> list[tuple[int, int, int]] | None:
    """``(index, number, cut)`` for each line of ``lines[start:end]`` where each of those lines is one slide, its
    number printed before its title on its line (``1. Nagasaki at a Glance`` … ``4. Next Steps for Regional
    Tourism``): every line a number and an English phrase (no sentence or clause mark ending it, no TAB, at most
    :data:`MAX_LABEL_TITLE` characters), the numbers counting from 1 by one, :data:`MIN_NUMBERED_SLIDES` lines or
    more, nothing else between ``start`` and ``end``; ``cut`` is where the phrase starts. None otherwise.

    The caller asks it of a talk's English part after its Japanese title block or paper, under its English title,
    where no page number stands (:func:`build_deck`, ``after_paper``): the part a bilingual talk gives its slides
    holds these lines alone, so they are the deck's pages, each a slide's title, as ``Slide 3: Results`` is
    (:func:`split_slide_labels`). Why (fresh-user trial 67d): each talk's numbered lines had been one unnumbered slide,
    or with the volume's folio one slide 1, untitled, holding them all. A list in a paper (a line leading into it, a
    sentence among its items), numbered sentences (``1. We doubled the visitors.``) and a deck with page numbers are
    not read so.

    The number may stand bare (``1 Minato’s International Exchange``, the shape of trial 68c's) and its mark may vary from line to
    line: the count is the evidence.

    >>> ls = [Text.inserted(s) for s in ["1. Matsuyama and Masaoka Shiki", "2. Haiku Contests", "3) Volunteer Guides"]]
    >>> numbered_line_slides(ls, 0, 3)
    [(0, 1, 3), (1, 2, 3), (2, 3, 3)]
    >>> numbered_line_slides([Text.inserted(s) for s in ["1 Sendai Framework", "2 UN World Conference 2015"]], 0, 2)
    [(0, 1, 2), (1, 2, 2)]
    >>> ls = [Text.inserted(s) for s in ["1. Visitors doubled.", "2. Cruise ships came.", "3. Hotels filled."]]
    >>> numbered_line_slides(ls, 0, 3) is None
    True
    """
    if end - start < MIN_NUMBERED_SLIDES:
        return None
    out = []
    for i in range(start, end):
        s = lines[i].text
        m = _NUMBERED_LINE.match(s)
        if m is None or int(m.group(1)) != len(out) + 1:
            return None
        phrase = s[m.end():].rstrip()
        if "\t" in phrase or len(phrase) > MAX_LABEL_TITLE or phrase.endswith(_PHRASE_STOPS) \
                or script_of(phrase) != EN:
            return None
        out.append((i, len(out) + 1, m.end()))
    return out


_NUMBERED_LINE_JA = re.compile(r"^[ \t\u3000]*([0-9]{1,2})(?:[.)．][ \t\u3000]*|[ \t\u3000]+)(?=[^\s0-9])")
"""A Japanese slide's title line opening on its number and a space, full-width or not, or its full stop
(``1　地域の概要``, ``2. 主な取組``): the number and its mark, up to the phrase."""
SLIDE_BODY_WIDTH = 60
"""Display columns an unbulleted line under a numbered title fills at most to be a slide's line
(:func:`numbered_titled_slides`): a slide's point is short; a paper's sentence under its numbered heading runs on."""
_SENTENCE_STOPS = (".", "。", "．")
"""A sentence's end: an unbulleted line closing on it under a numbered title is a paper's text, no slide's point."""


def _numbered_title(text: str, number: int) -> int | None:
    """Where the phrase starts on ``text`` when it is slide ``number``'s title, its number printed before it
    (``1 Activities``, ``2. Workshop Tours``, ``3　今後の課題``): the phrase English opening on a capital, or
    Japanese, no sentence's or clause's mark ending it, no TAB, no wide gap inside (``1　日時　5月26日``: a notice's
    field and its value), at most :data:`MAX_LABEL_TITLE` characters. None otherwise."""
    m = _NUMBERED_LINE.match(text) or _NUMBERED_LINE_JA.match(text)
    if m is None or int(m.group(1)) != number:
        return None
    phrase = text[m.end():].rstrip()
    script = script_of(phrase)
    if script not in (EN, JA) or (script == EN and not _NUMBERED_LINE.match(text)) \
            or "\t" in phrase or "\u3000" in phrase or "  " in phrase or len(phrase) > MAX_LABEL_TITLE \
            or phrase.endswith(_PHRASE_STOPS):
        return None
    return m.end()


def _slide_body_line(text: str) -> bool:
    """A line under a numbered title that is a slide's point: a bulleted item (``■ Cleaning and disaster drills``,
    ``・人口約24万人``, ``- Fewer collisions``) of :data:`MAX_LABEL_TITLE` characters at most, or an unbulleted phrase
    of :data:`SLIDE_BODY_WIDTH` columns at most that closes on no sentence's end."""
    s = text.strip()
    if not s or page_number(s) is not None:
        return False
    if is_bullet(s):
        return len(s) <= MAX_LABEL_TITLE
    return display_width(s) <= SLIDE_BODY_WIDTH and not s.endswith(_SENTENCE_STOPS)


def numbered_titled_slides(lines: list[Text], start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """``(index, number, cut, stop)`` for each slide of ``lines[start:end]`` where those lines are slides each
    printed as its number and title on one line with its points under it (``1 Community Building in Shizuoka`` /
    ``■ Citizens and city working together`` / ``2 Activities`` / ``■ …``; ``1　地域の概要`` / ``■ 人口減少と高齢化``):
    the first line is slide 1's title, every titled line's number one more than the last
    (:func:`_numbered_title`), every other line a slide's point (:func:`_slide_body_line`), :data:`MIN_NUMBERED_SLIDES`
    titles or more; ``cut`` is where the title's phrase starts on line ``index``, ``stop`` the index after the slide's
    last line. One-line slides (no points at all) are :func:`numbered_line_slides`'s (English only). None otherwise.

    Why (fresh-user trial 68e's ``proc.txt``): :func:`numbered_line_slides` read one-line slides only, so a deck with
    points under its numbered titles stayed one untitled slide holding every number, title and point. A paper's
    numbered headings over sentences, numbered references (a title closing on a stop), a notice's items (a field and
    its value on one line) and a table's rows of numbers are no such slides.

    >>> ls = [Text.inserted(s) for s in ["1 Activities", "■ Cleaning and disaster drills", "2 Conclusion", "■ Go on"]]
    >>> numbered_titled_slides(ls, 0, 4)
    [(0, 1, 2, 2), (2, 2, 2, 4)]
    >>> ls = [Text.inserted(s) for s in ["1\u3000地域の概要", "■ 人口減少", "2\u3000主な取組", "■ 空き家バンク"]]
    >>> numbered_titled_slides(ls, 0, 4)
    [(0, 1, 2, 2), (2, 2, 2, 4)]
    >>> ls = [Text.inserted(s) for s in ["1 Method", "We measured the sound level at twelve sites every hour for a year.",
    ...                                  "2 Results", "Night-time levels exceeded the guideline at seven sites."]]
    >>> numbered_titled_slides(ls, 0, 4) is None
    True
    """
    out: list[list[int]] = []
    for i in range(start, end):
        s = lines[i].text
        cut = _numbered_title(s, len(out) + 1)
        if cut is not None:
            out.append([i, len(out) + 1, cut, i + 1])
        elif out and _slide_body_line(s):
            out[-1][3] = i + 1
        else:
            return None
    if len(out) < MIN_NUMBERED_SLIDES:
        return None
    return [(i, n, cut, stop) for i, n, cut, stop in out]


def _numbered_slides(lines: list[Text], start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """The numbered slides of ``lines[start:end]``: one-line (:func:`numbered_line_slides`) or with their points
    under their titles (:func:`numbered_titled_slides`), as ``(index, number, cut, stop)``."""
    one_line = numbered_line_slides(lines, start, end)
    if one_line is not None:
        return [(i, n, cut, i + 1) for i, n, cut in one_line]
    return numbered_titled_slides(lines, start, end)


NOTICE_MARKS = ("記", "以上")
"""A Japanese notice's lines alone opening and closing its items (``記`` / ``1　日時…`` / … / ``以上``): a talk that
prints one holds a notice's numbered items, no deck (:func:`titled_deck_alone`,
:func:`~.talks._titled_deck_after_paper`)."""
MIN_DECK_ALONE_SLIDES = 3
"""Numbered titled slides a document holds at least to be read as a deck alone by them (:func:`titled_deck_alone`):
a memo's or a handout's two numbered points are as much a list as a deck."""
MAX_DECK_COVER_LINES = 6
"""Lines a deck alone prints at most before its slide 1's numbered title (:func:`titled_deck_alone`): a cover's
title, subtitle, city, speaker, post and date; a paper's abstract or a notice's greeting runs longer."""
POINTED_SLIDES = 2 / 3
"""Share of the numbered titled slides that hold a point under their titles at least (:func:`titled_deck_alone`)."""
BULLETED_POINTS = 1 / 2
"""Share of those points that are bulleted at least (:func:`titled_deck_alone`): a deck marks its points; a
memo's items under numbered headings (values, names, dates) stand unmarked."""
FIELD_TITLES = 1 / 2
"""Share of the titles that are a notice's, minutes' or form's field labels (``日時``, ``場所``, ``持ち物``, ``Venue``,
``Apologies``: :data:`~.labels.FIELD_LABELS`) at which numbered items are a notice's, no deck (:func:`titled_deck_alone`)."""


def titled_deck_alone(lines: list[Text], end: int | None = None) -> tuple[int, list[tuple[int, int, int, int]]] | None:
    """``(first, slides)`` where ``lines[:end]`` (``end`` the closing slide's first line, else the first thanks
    line, :data:`~.slidetext.CLOSING`, else ``len(lines)``) are a deck alone whose slides are numbered on their
    titles' lines, points under them (``1 Why Restore the River`` / ``■ Floods in 2019 and 2021`` / ``2 What We Did``
    / …; ``1　本市の概要`` / ``・人口約24万人`` / …): ``first`` the index of slide 1's title, ``slides`` as
    :func:`numbered_titled_slides` gives them from there. The evidence, weighed together (:func:`~.talks.is_deck`
    takes it as a deck's pages shown apart): the lines from slide 1's title to ``end`` are such slides,
    :data:`MIN_DECK_ALONE_SLIDES` or more; :data:`POINTED_SLIDES` of them hold points and :data:`BULLETED_POINTS` of
    the points are bulleted; at most :data:`MAX_DECK_COVER_LINES` lines stand before slide 1 (its cover); no line
    of the whole is running text (:func:`~.titleblock.is_prose`: a sentence, a paragraph's line), bulleted points
    aside; no notice's ``記`` or ``以上`` alone on its line, and fewer than :data:`FIELD_TITLES` of the titles a
    notice's fields (``日時``, ``場所``, ``Venue``). None otherwise.

    Why (issue 16 point 2, helper slide70; fresh-user trial 69c's ``c_deck_en.txt``, slide69's strict xfail
    ``d_ja_deck_alone.txt``): such a deck with no paper before it weighed as a paper, its numbered titles as
    numbered headings, and came out a paper of numbered sections with no slide. A paper's numbered sections hold
    sentences, a report's paragraphs among its lists, a notice its greeting or its ``記``: none is read so.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("River Restoration", "Hannah Brooks", "1 Why Restore", "■ Floods", "2 What We Did", "■ Weirs",
    ...         "3 Results", "■ Salmon returned", "Thank you")
    >>> titled_deck_alone(ls)
    (2, [(2, 1, 2, 4), (4, 2, 2, 6), (6, 3, 2, 8)])
    >>> titled_deck_alone(mk("1 Method", "■ Meters", "2 Results", "■ Louder", "3 Discussion",
    ...                      "Night-time levels exceeded the guideline at seven of the twelve sites.")) is None
    True
    >>> titled_deck_alone(mk("会員各位", "記", "1　日時", "・5月26日", "2　場所", "・集会所", "3　議題", "・決算", "以上")) is None
    True
    """
    if any(t.text.strip() in NOTICE_MARKS for t in lines):
        return None
    first = next((k for k in range(min(len(lines), MAX_DECK_COVER_LINES + 1)) if _numbered_title(lines[k].text, 1) is not None),
                 None)
    if first is None:
        return None
    if end is None:
        end = next((k for k in range(first, len(lines)) if CLOSING.match(lines[k].text.strip())), len(lines))
    if any(is_prose(t.text) and not is_bullet(t.text.strip()) for t in lines):
        return None
    slides = numbered_titled_slides(lines, first, end)
    if slides is None or len(slides) < MIN_DECK_ALONE_SLIDES and not _two_full_slides(lines, first, slides):
        return None
    points = [k for i, _, _, stop in slides for k in range(i + 1, stop)]
    if sum(stop > i + 1 for i, _, _, stop in slides) < POINTED_SLIDES * len(slides) \
            or sum(is_bullet(lines[k].text.strip()) for k in points) < BULLETED_POINTS * len(points):
        return None
    # a notice's items name its fields (``1　日時`` / ``・6月1日（日）`` / ``2　場所`` / …), a deck's slides its topics
    if sum(lines[i].text[cut:].strip() in FIELD_LABELS for i, _, cut, _ in slides) >= FIELD_TITLES * len(slides):
        return None
    return first, slides


TWO_SLIDE_POINTS = 2
"""Bulleted points each of a deck alone's two numbered titled slides holds at least (:func:`_two_full_slides`)."""
_MEMO_HEAD = re.compile(r"^(?:To|From|Subject|Re|Cc|Attn)\s*:", re.IGNORECASE)
"""A memo's or a letter's heading field (``To: All staff``, ``Subject: …``): the lines over a memo's items, no cover."""


def _two_full_slides(lines: list[Text], first: int, slides: list[tuple[int, int, int, int]]) -> bool:
    """Two numbered titled slides (``1 Why Cargo Bikes?`` / ``• …`` / ``• …`` / ``2 What the Trial Showed`` / ``• …``)
    make a deck alone where the count falls short of :data:`MIN_DECK_ALONE_SLIDES` but each holds
    :data:`TWO_SLIDE_POINTS` points or more, every one bulleted, and no line before slide 1 is a form's, a notice's or
    a memo's field (``Date: …``, ``件名：…``, ``To: …``): a slide's page of points, where a memo's or a handout's two
    numbered items hold one unmarked value each, or stand under a memo's heading fields.

    Why (issue 16 point 3, helper deck71; session 70's open list, docs/segment.md's *two-slide deck alone*): a deck
    alone of two slides numbered on their titles' lines stayed a paper of two numbered sections, one slide short of
    the count. A paper's two numbered sections hold sentences (:func:`titled_deck_alone` refuses running text first).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("1 Why Bikes?", "• Vans block kerbs", "• Parcels are light", "2 Results", "• Fewer van stops", "• Racks")
    >>> _two_full_slides(ls, 0, [(0, 1, 2, 3), (3, 2, 2, 6)])
    True
    >>> ls = mk("1 Why Bikes?", "• Vans block kerbs", "2 Results", "• Fewer van stops", "• Racks")
    >>> _two_full_slides(ls, 0, [(0, 1, 2, 2), (2, 2, 2, 5)])
    False
    """
    from pipeline.segment.labels import form_field

    if len(slides) != 2 or any(form_field(lines[k].text) is not None or _MEMO_HEAD.match(lines[k].text.strip())
                               for k in range(first)):
        return False
    return all(stop - i - 1 >= TWO_SLIDE_POINTS and all(is_bullet(lines[k].text.strip()) for k in range(i + 1, stop))
               for i, _, _, stop in slides)


def _titled_alone_after_cover(lines: list[Text], cover: Cover, end: int, layout: Layout, is_city_only
                              ) -> tuple[Cover, list[tuple[int, int, int, int]]] | None:
    """The cover and the slides of a deck alone numbered on its titles' lines (:func:`titled_deck_alone`), its
    closing slide from ``end`` on: the cover read again over the lines before slide 1's title alone where it was read
    over more (a title of three lines or fewer runs on into ``1 Why Restore the River``). None where the lines are no
    such deck or those before slide 1 do not make the cover. Why (helper slide70, trial 69c's ``c_deck_en.txt``): once
    weighed as a deck, its numbered titles had stayed lines of one untitled slide (the deck prints no page number)."""
    if (found := titled_deck_alone(lines, end)) is None:
        return None
    first, slides = found
    if cover.end != first:
        cover = split_cover(lines[:first], layout, is_city_only)
    return (cover, slides) if cover.end == first else None


def _numbered_after_cover(lines: list[Text], cover: Cover, end: int, layout: Layout, is_city_only,
                          paper_title: str | None) -> tuple[Cover, list[tuple[int, int, int, int]]] | None:
    """The cover and the numbered one-line slides (:func:`numbered_line_slides`) of a talk's English part where
    they run from the first line numbered ``1`` after the cover's first line to ``end``: a cover read over them
    (a box of three lines or fewer joins them to the title, ``Port City Exchange and Tourism in Nagasaki`` / ``1.
    Nagasaki at a Glance`` / ``2. Sister Cities Since 1972``) is read again over the lines before them alone. None
    where the lines before the first do not make the cover (a lead-in line between)."""
    first = next((k for k in range(1, end) if (m := _NUMBERED_LINE.match(lines[k].text)) and m.group(1) == "1"), None)
    if first is None or (numbered := _numbered_slides(lines, first, end)) is None:
        return None
    if cover.end > first:
        cover = split_cover(lines[:first], layout, is_city_only, after_paper=True, paper_title=paper_title)
    if cover.end < first and all(SLIDES_LABEL.match(t.text.strip()) or not t.text.strip() for t in lines[cover.end:first]):
        # the part's label alone over the slides (``Slides (English)`` / ``p.1  Toyama City: …``: fresh-user trial
        # 74, helper vol74): a cover line (as ``split_cover`` reads it over a title), the cover untitled
        cover = Cover(cover.lines + tuple(t for t in lines[cover.end:first] if t.text.strip()), cover.title,
                      cover.subtitle, first)
    return (cover, numbered) if cover.end == first else None


def _numbered_from_first_line(lines: list[Text], end: int, paper_title: str | None, titled: bool = False
                              ) -> tuple[Cover, list[tuple[int, int, int, int]]] | None:
    """No cover and the numbered one-line slides (:func:`numbered_line_slides`) of a talk's English part where they
    run from its first line to ``end``: the talk's English title stood in its title block over the paper
    (``paper_title``), so the part after the paper (a running footer taken off, :mod:`.stage`) holds the slides alone.
    Why (fresh-user trial 68c, a talk of the shape ``みなと市の国際交流`` / ``Minato’s International Exchange`` / speaker /
    paper / footer / ``1 Minato’s International Exchange`` / ``2 Partner City since 1987: Heidelberg`` / …): the first numbered line
    had been read as the cover's title, the second as its subtitle (the talk's subtitle, and a line of the cover
    slide besides), or the three joined into one title. None where the paper gave no English title (the first line
    may be the talk's title then, read as the cover) or the lines are no such slides; ``titled``: the title block
    gave the talk's Japanese title, which stands for ``paper_title`` where every slide's title is Japanese (a Japanese
    deck after a Japanese paper, :func:`numbered_titled_slides`)."""
    if (numbered := _numbered_slides(lines, 0, end)) is None:
        return None
    if paper_title is None and not (titled and all(script_of(lines[i].text[cut:]) == JA for i, _, cut, _ in numbered)):
        # (a Japanese deck after a Japanese paper: its title block gave the talk's title, helper slide69)
        return None
    return Cover((), (), None, 0), numbered


_PAGE_LABELLED = re.compile(r"^[ \t]*[pP]\.[ \t]?[0-9]{1,2}[ \t]+(?=[A-Z])")
"""A line opening on its page's label and number, then an English phrase (``p.1  Toyama City: …``)."""


def _anchors_on_page_labels(lines: list[Text], anchors: list[Anchor]) -> bool:
    """Every anchor (:func:`find_anchors`) stands on a line opening on its page's label before a phrase
    (``p.1  Toyama City: …``, ``p.2  Public transport …``), two or more: a deck's one-line slides, each naming the
    page it stands for (fresh-user trial 74's volume), read by :func:`numbered_line_slides`, no page numbers glued to
    slides' text."""
    return len(anchors) >= MIN_NUMBERED_SLIDES and all(_PAGE_LABELLED.match(lines[a.index].text) for a in anchors)


MIN_TWO_NUMBERINGS = 2
"""Lines each numbering shows at least where a deck numbers its slides and its pages both (:func:`page_numbers_beside_slides`)."""


def page_numbers_beside_slides(lines: list[Text], start: int, end: int) -> set[int]:
    """Indexes of the page numbers in ``lines[start:end]`` (``Page 3``, ``Page 3 of 12``, ``p. 3``, ``3``, ``3/12``)
    where the deck numbers its slides by a label too (``Slide 3``), each numbering on :data:`MIN_TWO_NUMBERINGS` lines
    or more: the ``Slide N`` lines number the slides, and the page's number is furniture, agreeing with them or not (a
    title page counted before slide 1 puts ``Page 4`` under ``Slide 3``). Why (helper prog59): read as one numbering,
    ``Page 2`` at slide 1's foot had opened slide 2 and every slide after it took the number before its own, and a
    page's ``Page 3 of 5`` that agreed had stayed a line of its slide.

    >>> ls = [Text.inserted(s) for s in ["Slide 1", "Tides", "Page 2", "Slide 2", "Ports", "Page 3", "Slide 3", "Costs", "Page 4"]]
    >>> sorted(page_numbers_beside_slides(ls, 0, len(ls)))
    [2, 5, 8]
    >>> ls = [Text.inserted(s) for s in ["Slide 1", "Tides", "Page 2", "Slide 2", "Ports", "Slide 3", "Costs"]]
    >>> page_numbers_beside_slides(ls, 0, len(ls))  # one page number: no second numbering
    set()
    """
    labelled, pages = 0, set()
    for i in range(start, end):
        text = lines[i].text.strip()
        if page_number(text) is None:
            continue
        if _SLIDE_LABEL.match(text):
            labelled += 1
        else:
            pages.add(i)
    return pages if labelled >= MIN_TWO_NUMBERINGS and len(pages) >= MIN_TWO_NUMBERINGS else set()


def find_anchors(lines: list[Text], start: int, end: int) -> list[Anchor]:
    """The page numbers among ``lines[start:end]``, one line per number.

    >>> ls = [Text.inserted(s) for s in ["1", "Universities 3", "x", "5", "2", "Hospitals in Town ４４", "6", "8", "４", "9"]]
    >>> [(a.index, a.value, a.offset is not None) for a in find_anchors(ls, 0, len(ls))]
    [(0, 1, False), (1, 3, True), (3, 5, False), (4, 2, False), (5, 4, True), (6, 6, False), (7, 8, False), (9, 9, False)]
    >>> ls = [Text.inserted(s) for s in ["5", "Results", "- Largest gain on Route 7", "6", "Hard parts", "- Data", "7"]]
    >>> [(a.value, a.offset is not None) for a in find_anchors(ls, 0, len(ls))]
    [(5, False), (6, False), (7, False)]
    >>> ls = [Text.inserted(s) for s in ["Slide 4 of 8", "Results", "- Gain on Route 5", "- Ridership up", "Slide 6 of 8"]]
    >>> [(a.value, a.offset is not None) for a in find_anchors(ls, 0, len(ls))]
    [(4, False), (6, False)]
    """
    found: list[tuple[int, list[int], int | None]] = []
    # (a page's number beside the slide's ``Slide N`` numbers no slide: page_numbers_beside_slides)
    parts = _counted_parts(lines, start, end) | _row_cells(lines, start, end) \
        | {start + k for k in listing_numbers([t.text for t in lines[start:end]])} | page_numbers_beside_slides(lines, start, end)
    for i in range(start, end):
        if i in parts:
            continue
        text = lines[i].text
        values = page_number_values(text)
        if values:
            found.append((i, values, None))
        elif (glued := glued_number(text)) is not None and not _inside_bullet(lines, i, end):
            found.append((i, glued[1], glued[0]))
    if not found:
        return []
    # a deck that prints its numbers on lines of their own glues none to a bullet: a bullet's last number there is
    # its point's (``• Training for Year 5``: helper deck85)
    if sum(1 for _, _, offset in found if offset is None) >= 2:
        found = [f for f in found if f[2] is None or not is_bullet(lines[f[0]].text)]
    # a deck that prints its numbers in a shape (``Slide 3 of 8``, ``- 3 -``, ``3/8``) glues none to a line's end: a
    # line's last number there is content (trial 48: ``– Largest gain on Route 7`` took slide 7's number)
    shaped = sum(1 for i, _, offset in found if offset is None
                 and (n := page_number(lines[i].text.strip())) is not None and (n.shaped or n.total is not None))
    if shaped >= 2:
        found = [f for f in found if f[2] is None]
    limit = 2 * len(found) + 10
    readings = {i: values for i, values, _ in found}
    resolved: list[tuple[int, int, int | None]] = []
    for k, (i, values, offset) in enumerate(found):
        near = [v for j in (k - 1, k + 1) if 0 <= j < len(found) for v in found[j][1]]
        fitting = [v for v in values if v <= limit]
        if not fitting:
            continue
        value = max(fitting, key=lambda v: (_fitness(v, near), -v))
        resolved.append((i, value, offset))

    def neighbours(k: int, pool: list[tuple[int, int, int | None]]) -> list[int]:
        return [pool[j][1] for j in (k - 1, k + 1) if 0 <= j < len(pool)]

    # A number claimed twice: keep the claim whose neighbours continue its run.
    keep = list(resolved)
    for value in sorted({v for _, v, _ in resolved}):
        claims = [k for k, r in enumerate(keep) if r[1] == value]
        if len(claims) < 2:
            continue
        others = [r for r in keep if r[1] != value]
        def score(k: int) -> tuple[int, int, int]:
            pool = sorted(others + [keep[k]])
            at = pool.index(keep[k])
            # a number line is the likelier claim by one neighbour's worth: the deck's last number has one
            # neighbour only (trial 48: a bullet's ``Route 7`` between slides 5 and 6 beat the line ``7`` before
            # the closing slide), and a glued number is content as often as not
            line = keep[k][2] is None
            return (_fitness(value, neighbours(at, pool)) + line, line, -k)
        best = max(claims, key=score)
        # a losing claim read as a doubled number (``11`` as ``1``, a shadow layer's copy) takes its other reading when
        # no line claims that one: the deck's own 11 (trial 51's made-up handouts of 11 and 12 slides had lost it)
        taken = {r[1] for r in keep}
        kept = []
        for k, r in enumerate(keep):
            if r[1] == value and k != best:
                other = next((v for v in readings[r[0]] if v != value and v not in taken and v <= limit), None)
                if other is None:
                    continue
                r = (r[0], other, r[2])
                taken.add(other)
            kept.append(r)
        keep = kept
    # A glued number must continue a run; a stray value far beyond the deck's size is content.
    anchors = []
    for k, (i, value, offset) in enumerate(keep):
        fit = _fitness(value, neighbours(k, keep))
        if offset is not None and fit == 0 and len(keep) > 1:
            continue
        if fit == 0 and value > len(keep) + 2 and len(keep) > 1:
            continue
        anchors.append(Anchor(i, value, offset))
    return _without_intruders(anchors)


def _inside_bullet(lines: list[Text], i: int, end: int) -> bool:
    """``lines[i]`` is a bullet that goes on on the next line (:func:`.slidetext.bullet_goes_on`): a number at its end
    stands inside the point, never a slide's number glued to the slide's last line (helper deck85: ``• Training for
    Year 5`` / ``and Year 6 pupils`` had numbered its slide 5)."""
    return is_bullet(lines[i].text) and i + 1 < end and bullet_goes_on(lines[i].text, lines[i + 1].text)


_TRAILING_DIGITS = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,3}$")
"""A line's trailing digits, at most three (a deck's page number glued to its last line: ``ridership2``, ``30%4``)."""
_DECIMAL_BEFORE = re.compile(r"[0-9０-９][.,．，:/]$")
"""Digits after a decimal point, a thousands separator, a time's or a fraction's mark: a number's own end (``2.5``)."""
MIN_GLUED_RUN = 3
"""Numbers a run of glued slide numbers holds at least (:func:`glued_numbering`): two values rising by one at line
ends are chance (``… 3`` / ``… 4`` in a paper); three at the places only slide ends take are a numbering."""


_NUMBER_WORD_AT_END = re.compile(r"(?:\b(?:No|Nr|Number)\.?|番号)$", re.IGNORECASE)
"""A word that says "number" closing a label before its number (``候補者番号　２``, ``Candidate No. 2``): the number
is the label's, never a slide's glued to the line (helper folio77: a bulletin's candidates numbered so had read as
a deck's slides once the labels stayed text)."""


def _glued_readings(text: str) -> list[tuple[int, int, int]]:
    """(value, offset, cut) for each reading of ``text``'s trailing digits as a number glued to the line: the whole
    run of digits or its last one or two (``2024`` as 4 or 24 too: a number glued to a year), ``cut`` 1 where the
    reading cuts into digits. No reading where the line is a number alone, ends on a label before its number
    (``Step 3``: :func:`.slidetext.glued_number`'s labels) or on a decimal (``2.5``), or has no letter before it."""
    s = text.rstrip()
    m = _TRAILING_DIGITS.search(s)
    if m is None or not s[:m.start()].strip() or _DECIMAL_BEFORE.search(s[:m.start()]):
        return []
    head = s[:m.start()].rstrip()
    if not re.search(r"[^\W\d_]", head) or head.endswith((":", "：", "#", "№")) or _LABEL_BEFORE_NUMBER.search(head) \
            or _NUMBER_WORD_AT_END.search(head):
        return []
    digits = fold(m.group())
    out = []
    for k in range(len(digits)):
        if digits[k] == "0":
            continue
        out.append((int(digits[k:]), m.start() + k, int(k > 0)))
    return out


def _opens_block_over(lines: list[Text], layout: Layout, i: int) -> bool:
    """``lines[i]`` opens a block of a dump over the next line: a blank line over it, the next line on the raw line
    right under it, no page break between. A number closing such a line labels the block (``Candidate 2`` over
    ``Name: …``, ``出展者　２`` over ``名称　…``), never a slide's glued to its last line (helper folio77: a bulletin's
    numbered blocks had read as a deck's slides once their labels stayed text)."""
    if i == 0 or i + 1 >= len(lines) or layout.page_break_before(lines[i], lines[i + 1]):
        return False
    a, b = last_line(lines[i]), first_line(lines[i + 1])
    return layout.blank_between_texts(lines[i - 1], lines[i]) and a is not None and b == a + 1


def _opens_slide(lines: list[Text], i: int) -> bool:
    """``lines[i]`` can open a slide: a title (English title case or phrase, a Japanese title phrase) or a closing
    line (``Thank you``)."""
    s = lines[i].text.strip()
    following = lines[i + 1].text if i + 1 < len(lines) else None
    return bool(CLOSING.match(s)) or is_title_like(s) or is_title_phrase(s, following) or is_title_phrase_ja(s)


def glued_numbering(lines: list[Text], layout: Layout) -> dict[int, int]:
    """Line index → offset of the slide number glued to its end, for a deck alone that glues its numbers to each
    slide's last line (``Separation doubles ridership2``, ``Collisions down 30%4``, ``Travel 1``, ``概要３``): empty
    when the deck does not.

    The numbering is a run of values 1..N (2..N under a cover that prints none), rising by one in reading order, at
    least :data:`MIN_GLUED_RUN` of them, one per slide: each glued to the line right before a line that opens a slide
    (:func:`_opens_slide`), a page break or the deck's end, never two lines in a row (a table's rows ending in 1, 2,
    3 are no slides); a number on a line of its own may stand for one of them (:func:`page_number_values`). Numbers
    that merely end lines (``30%``, ``42 corridors``, ``2019–2024``, ``Room 12``) run no such series at such places;
    where several readings of one line's digits fit, the one that cuts no number wins (issue 16 point 2, trial 51b:
    such a deck gave 3 slides of 5, unnumbered, the digits left in the text). A table's row (its cells parted by
    TABs) ends on its last cell's own digits, never a glued slide number (fresh-user trial 83a: a recipe's
    ``しょうゆ⇥大さじ2`` between its page heads ``…レシピ　3`` and ``…レシピ　4`` had lost its 2 to the ledger).

    >>> ls = [Text.inserted(s) for s in ["Lanes", "Ann Lee, Travel Centre1", "Why Lanes?", "Paint is unsafe2", "Design",
    ...                                  "Five cities, 2019–2024", "On 42 corridors3", "Thanks", "ann@example.org4"]]
    >>> sorted(glued_numbering(ls, Layout((), ())).items())
    [(1, 22), (3, 15), (6, 15), (8, 15)]
    >>> glued_numbering([Text.inserted(s) for s in ["Counts", "Walk 1", "Bike 2", "Bus 3", "Car 4"]], Layout((), ()))
    {}
    """
    n = len(lines)
    candidates: dict[int, list[tuple[int, int | None, int]]] = {}
    for i, t in enumerate(lines):
        values = page_number_values(t.text)
        if values:
            candidates[i] = [(v, None, 0) for v in values]
        elif not is_table_row(t.text) and (readings := _glued_readings(t.text)) \
                and not _opens_block_over(lines, layout, i) \
                and (i + 1 >= n or layout.page_break_before(t, lines[i + 1]) or _opens_slide(lines, i + 1)):
            # (the next line is weighed only after a line ending in digits: a title's test may ask Sudachi)
            candidates[i] = readings
    # the best run ending at each (line, value): (length, -cuts, -glued count) and the member before it: of two runs
    # alike, the one with more numbers on lines of their own (a table's row ``Bus 3`` over the page's own ``3``)
    best: dict[tuple[int, int], tuple[tuple[int, int, int], tuple[int, int] | None]] = {}
    # the two best runs so far ending on each value (the line right before may not continue its run: two suffice,
    # and the reading stays linear in the document's length)
    top: dict[int, list[tuple[tuple[int, int, int], int]]] = {}
    for i in sorted(candidates):
        for v, off, cut in candidates[i]:
            glued = int(off is not None)
            score, prev = ((1, -cut, -glued), None) if v in (1, 2) else ((0, 0, 0), None)
            for p_score, j in top.get(v - 1, []):
                if j < i - 1:
                    cand = (p_score[0] + 1, p_score[1] - cut, p_score[2] - glued)
                    if cand > score:
                        score, prev = cand, (j, v - 1)
            if score[0] > 0:
                best[(i, v)] = (score, prev)
        for v, _, _ in candidates[i]:
            if (i, v) in best:
                top[v] = sorted(top.get(v, []) + [(best[(i, v)][0], i)], reverse=True)[:2]
    if not best:
        return {}
    end = max(best, key=lambda key: best[key][0])
    (length, _, glued), _ = best[end]
    if length < MIN_GLUED_RUN or 2 * -glued < length:  # a deck that prints its numbers on lines of their own glues few
        return {}
    members = []
    key: tuple[int, int] | None = end
    while key is not None:
        members.append(key)
        key = best[key][1]
    offsets = {}
    for i, v in members:
        off = next(o for val, o, _ in candidates[i] if val == v)
        if off is not None:
            offsets[i] = off
    return offsets


def split_glued_numbers(lines: list[Text], layout: Layout) -> tuple[list[Text], Side | None]:
    """``lines`` with each slide number :func:`glued_numbering` finds cut off its line into a line of its own: the
    deck's steps read it as any page-number line (its slide, its place, the ledger's ``slide_number`` row); and the
    numbers' side, :data:`BELOW` where any was cut (a number glued to a slide's last line closes that slide), else
    ``None``."""
    offsets = glued_numbering(lines, layout)
    if not offsets:
        return lines, None
    out: list[Text] = []
    for i, t in enumerate(lines):
        if i in offsets:
            head = t[:offsets[i]]
            text_part = head[:len(head.text.rstrip())]
            out += [text_part, t[len(text_part.text):]]
        else:
            out.append(t)
    return out, BELOW


def _bare_number(text: str) -> int | None:
    """The value of a line that is a number alone (``5``, ``２２``), else ``None``."""
    s = text.strip()
    return int(fold(s)) if s and fold(s).isdigit() and len(s) <= 4 else None


def _row_cells(lines: list[Text], start: int, end: int) -> set[int]:
    """Indexes among ``lines[start:end]`` of the numbers of a table set a cell per line: two rows or more in a row,
    each a label (a line that is no number, no bullet, at most :data:`MAX_LABEL_WORDS` words) and then the same count
    of numbers alone on their lines (``North`` / ``5`` / ``22`` / ``South`` / ``3`` / ``14``), the numbers in reading
    order no run of pages (each one to two more than the one before, as slides without text would print them). The
    rows' shape says they are a table's, whatever their values: review 49's known miss, a cell within 2 of the slide
    numbers around it (``5`` between slides 2 and 3) or equal to one (``3`` over the page's own ``3``), had counted as
    a slide's number (issue 16 point 2, session 50). A label over one number a row is a table's only when the numbers
    do not run (``Harbour`` / ``3`` / ``Market`` / ``4``: two slides, each a title over its number).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("2", "Piers by Shore", "North", "5", "22", "South", "3", "14", "3", "Plans")
    >>> sorted(_row_cells(ls, 0, len(ls)))
    [3, 4, 6, 7]
    >>> _row_cells(mk("Harbour", "3", "Market", "4", "Pier", "5"), 0, 6)
    set()
    """
    out: set[int] = set()
    i = start
    while i < end:
        rows: list[list[int]] = []
        k = i
        width = None
        while k < end and _bare_number(lines[k].text) is None and not is_bullet(lines[k].text) \
                and 0 < len(lines[k].text.split()) <= MAX_LABEL_WORDS:
            cells = []
            j = k + 1
            while j < end and _bare_number(lines[j].text) is not None and (width is None or len(cells) < width):
                cells.append(j)
                j += 1
            if not cells or (width is not None and len(cells) != width):
                break
            width = len(cells)
            rows.append(cells)
            k = j
        rows = _rows_less_slide_numbers(lines, start, end, rows, out)
        values = [_bare_number(lines[j].text) for row in rows for j in row]
        runs = all(1 <= b - a <= 2 for a, b in zip(values, values[1:]))
        if len(rows) >= 2:
            if not runs:
                out.update(j for row in rows for j in row)
            i = k  # the rows are read: one pass over the lines
        else:
            i += 1
    return out


def _rows_less_slide_numbers(lines: list[Text], start: int, end: int, rows: list[list[int]],
                             cells: set[int]) -> list[list[int]]:
    """``rows`` (:func:`_row_cells`) less a row of one number at either end whose number carries on the deck's bare
    numbers outside the rows (the last one before them plus one, the first one after them that plus one, or none
    after the last row): a slide's title over its number, no row (a deck that prints each slide's number under its title, its
    table's rows ``Bayanzurkh`` / ``120`` / ``Songinokhairkhan`` / ``95`` right over the next slide's ``Cold-Season
    Supply`` / ``3``, between slides 2 and 4: helper slides64b, the ``3`` had counted as a cell and slide 3 was lost).
    ``cells``: numbers already read as cells, no page's."""
    def bare(k: int) -> int | None:
        return _bare_number(lines[k].text) if k not in cells else None

    def before(k: int) -> int | None:
        return next((v for j in range(k - 1, start - 1, -1) if (v := bare(j)) is not None), None)

    def after(k: int) -> int | None:
        return next((v for j in range(k + 1, end) if (v := bare(j)) is not None), None)

    rows = list(rows)
    while len(rows) >= 2:
        prev, nxt = before(rows[0][0]), after(rows[-1][-1])
        first = bare(rows[0][0]) if len(rows[0]) == 1 else None
        last = bare(rows[-1][0]) if len(rows[-1]) == 1 else None
        if prev is None:
            break
        # the last row carries on the numbers before the rows (or the first row's, where that one carries them on)
        if last is not None and (last == prev + 1 or (first == prev + 1 and last == first + 1)) \
                and (nxt is None or nxt == last + 1):
            rows.pop()
        elif first is not None and first == prev + 1 and nxt == first + 1:
            rows.pop(0)
        else:
            break
    return rows


MAX_LABEL_WORDS = 3
"""Words a row's label may have in a table set a cell per line (``North``, ``South Shore``): a longer line is a
slide's text."""


def _without_intruders(anchors: list[Anchor]) -> list[Anchor]:
    """The anchors less each run of up to :data:`MAX_INTRUDERS` numbers that stands between two going on from each other
    (``2`` … ``7`` ``9`` … ``3``), the run's first not going on from the number before it, its last not leading to the
    one after, none between the two, each beyond the deck's other numbers or one of them again: a table's cells or
    counts on lines of their own, no pages' (review 49: a slide's table set a cell per line, ``North`` / ``7`` /
    ``22``, and ``7`` took slide 3's title and half its cells as slide 7). An n-up handout's order (``2 4 6 1 3 5``)
    steps by two from the number before it, and an out-of-order page (the sample's ``7 10 11 8 9 12``) holds numbers
    the deck needs (no other line gives ``10``, and ``12`` … ``19`` follow): both keep their numbers.

    >>> [a.value for a in _without_intruders([Anchor(0, 1, None), Anchor(3, 2, None), Anchor(9, 7, None),
    ...                                      Anchor(12, 9, None), Anchor(20, 3, None), Anchor(25, 4, None)])]
    [1, 2, 3, 4]
    >>> [a.value for a in _without_intruders([Anchor(k, v, None) for k, v in enumerate([2, 4, 6, 1, 3, 5, 7])])]
    [2, 4, 6, 1, 3, 5, 7]
    >>> [a.value for a in _without_intruders([Anchor(k, v, None) for k, v in enumerate([6, 7, 10, 11, 8, 9, 12])])]
    [6, 7, 10, 11, 8, 9, 12]
    """
    out = list(anchors)
    k = 0
    while k < len(out) - 2:
        before = out[k].value
        for j in range(k + 2, min(k + 2 + MAX_INTRUDERS, len(out))):
            after, run = out[j].value, out[k + 1:j]
            rest = {a.value for a in out[:k + 1] + out[j:]}
            if (1 <= after - before <= 2 and not any(before < a.value < after for a in run)
                    and _fitness(run[0].value, [before]) == 0 and _fitness(run[-1].value, [after]) == 0
                    and all(a.value > max(rest) or a.value in rest for a in run)):
                del out[k + 1:j]
                break
        else:
            k += 1
    return out


MAX_INTRUDERS = 3
"""Numbers on lines of their own that a run of slide numbers may hold between two of its steps as content (a table's
cells, a count): more than this is no stray cell but numbering of its own."""


Side = Literal["below", "above", "under_title"]
"""Where a deck prints each slide's number: under the slide's content (the number closes its slide), over it, or
between the slide's title and its content (:func:`_numbers_under_titles`)."""
BELOW: Side = "below"
ABOVE: Side = "above"
UNDER_TITLE: Side = "under_title"


def number_side(lines: list[Text], anchors: list[Anchor], layout: Layout, start: int, ordered: bool = True) -> Side | None:
    """Where this deck prints its slide numbers, :data:`BELOW` or :data:`ABOVE` its slides' content, decided once
    for the deck from the document's evidence (:func:`_side_votes`): the side with more votes, and at least twice
    as many as the other (the deck is consistent); ``None`` when the evidence is missing or mixed (then each gap
    between two numbers is cut by its own evidence, :func:`split_gap`, as before).

    Only a deck whose numbers rise in the text shows its order: an n-up handout's dump (``2 4 6 1 3 5``, the sample's
    English slides) gives no side, unless the caller knows its numbers are its pages' out of order (``ordered`` false:
    :func:`handout_deck`); then only the votes that need no order count (each number's box, the page's edge it
    stands at, the deck's first or last line).

    >>> lines = [Text.from_raw(s, n) for s, n in [("Agenda", 1), ("- Routes", 2), ("2", 3), ("Routes", 5),
    ...          ("- North", 6), ("3", 7), ("Next", 9)]]  # blank raw lines 4 and 8
    >>> number_side(lines, find_anchors(lines, 0, 7), Layout((), (4, 8)), 0)
    'below'
    >>> lines = [Text.from_raw(s, n) for s, n in [("Agenda", 1), ("- Routes", 2), ("2", 4), ("Routes", 5),
    ...          ("- North", 6), ("3", 8), ("Next", 9)]]  # blank raw lines 3 and 7
    >>> number_side(lines, find_anchors(lines, 0, 7), Layout((), (3, 7)), 0)
    'above'
    """
    if len(anchors) < 2 or (ordered and any(b.value <= a.value for a, b in zip(anchors, anchors[1:]))):
        return None
    if ordered and _numbers_under_titles(lines, anchors, start, layout):
        return UNDER_TITLE
    if ordered and (ends := _side_by_ends(lines, anchors, layout, start)) is not None:
        return ends
    below, above = _side_votes(lines, anchors, layout, start, ordered)
    if below > above and below >= 2 * above:
        return BELOW
    if above > below and above >= 2 * below:
        return ABOVE
    return None


def _slide_title_line(text: str, following: str | None) -> bool:
    """``text`` reads as a slide's title: no bullet, no page number, a title-like line, a title phrase or a Japanese
    title phrase (:func:`_finish` takes its title so)."""
    s = text.strip()
    if not s or is_bullet(s) or page_number_values(s):
        return False
    return is_title_like(s) or is_title_phrase(s, following) or is_title_phrase_ja(s)


def _numbers_under_titles(lines: list[Text], anchors: list[Anchor], start: int, layout: Layout | None = None) -> bool:
    """The deck's numbers stand right under their slides' titles and over their content (``Beppu: An Onsen City`` /
    ``1`` / ``■ About 2,300 hot springs`` … ``Students as Guides`` / ``2`` / ``■ …``), as a template's subtitle slot
    sets them: of the three readings of a deck's numbers (over its slides' titles, right under them, closing the
    slides), the one where every slide opens on a title and the content under a title stays on its slide. Cut at the
    numbers (a number heading or closing its slide), such a deck's slides open on the content under the numbers
    (a bullet, a sentence) and end on the next slide's title; read under the titles, each slide is its title and what
    follows its number. Decision, issue 16, fresh-user trial 62c (helper deck63: each title had stood alone in an
    empty slide, its bullets moved to the next number's slide, untitled) and trial 64b (helper slides64b: a cover's
    title over the cover's ``1``, its place and speaker under the number, had made the deck read otherwise, every
    title moved onto the slide before).

    It holds where the numbers run 1 by 1 (none missing: a gap's slide could stand on either side), two or more, each
    on a line of its own, with a title-shaped line right over each (a title-like line, a title phrase or a Japanese
    one; no bullet: in the deck, or for the first number the cover's last line, the cover's title over the cover's
    own number), no number right under one, and the slide's content (a bullet or a line that is no title) under at
    least half of the numbers after the first, one at least. A title under a number is allowed (a cover that is its title alone, its place
    and speaker under its number, a section's divider slide): read under the titles it is a slide of its own still.
    A deck whose numbers close their slides has a slide's last line over each number (a bullet, a sentence: no
    title), and one whose numbers head their slides a title under each: neither reads so. An unnumbered slide before
    the first title (lines between the cover and that title) must not open on a bullet. With ``layout``, no number
    ends its text box (a blank line or a page break under it): a number closing its box closes its slide, as a deck's
    footer carrying its slide number does (``Parents asked for safer crossings`` / ``Page 2`` / a blank line / ``What we
    tried``: field case 16's variant, whose titles had moved onto the slides before; session 64).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("Kurume and Hefei", "1", "■ Agreement in 1980", "Next Steps", "2", "■ Youth exchange")
    >>> _numbers_under_titles(lines, find_anchors(lines, 0, len(lines)), 0)
    True
    >>> lines = mk("Agenda", "- Routes", "2", "Routes", "- North", "3", "Next")  # numbers below their slides
    >>> _numbers_under_titles(lines, find_anchors(lines, 0, len(lines)), 0)
    False
    >>> lines = mk("- Intro", "2", "Routes", "- North", "3", "Costs", "- Bus")  # numbers over their titles
    >>> _numbers_under_titles(lines, find_anchors(lines, 0, len(lines)), 0)
    False
    >>> lines = mk("Water in the Steppe", "1", "Ulaanbaatar, Mongolia", "Supply", "2", "■ Kiosks", "Tariffs", "3", "■ Review")
    >>> _numbers_under_titles(lines, find_anchors(lines, 1, len(lines)), 1)  # the cover's title over its ``1``
    True
    """
    if len(anchors) < 2 or any(a.offset is not None for a in anchors) \
            or any(b.value != a.value + 1 for a, b in zip(anchors, anchors[1:])):
        return False
    first = anchors[0]
    if start < first.index - 1 and is_bullet(lines[start].text):
        return False  # an unnumbered slide before the first title opening on a bullet: no slide read so opens so
    # a label (``Slide 2``, ``スライド2``) names the slide it heads, as a bare number in a template's subtitle slot
    # does not: labels read under their titles only where each stands between a title and its slide's content
    labelled = all(_slide_label_line(lines[a.index].text) for a in anchors)
    content = 0
    titled = boxed = True  # every number under a title-shaped line; every number second in its box, under its title
    cased, phrased = True, 0  # every title over a number in title case; lines under numbers in sentence case
    for a in anchors:
        if a.index - 1 < (0 if a is first else start) or a.index + 1 >= len(lines):
            return False
        if layout is not None and not layout.same_box(lines[a.index], lines[a.index + 1]):
            return False
        under = lines[a.index + 1].text.strip()
        if page_number_values(under):
            return False
        over = _wrapped_title_start(lines, a, 0 if a is first else start)
        titled = titled and (_slide_title_line(lines[over].text, under)
                             or a is first and _cover_title_over(lines, a, start, layout))
        boxed = boxed and layout is not None and _boxed_title_start(
            lines, a, 0 if a is first else start, layout,
            MAX_COVER_TITLE_LINES if a is first else MAX_SLIDE_TITLE_LINES) is not None
        if not titled and not boxed:
            return False
        held = is_bullet(under) or not _slide_title_line(under, None)
        if labelled and not held:
            return False  # a slide's label over a title heads that title's slide (``Slide 1`` / ``Toyama's …``)
        content += held
        head = lines[over].text.strip()
        cased = cased and (is_title_like(head) or len(words(head)) == 1 and head[:1].isupper())
        phrased += is_bullet(under) or not _slide_title_line(under, None) or _sentence_cased(under)
    if boxed or content >= 1 and 2 * content >= len(anchors) - 1:
        return True
    # run together with no bullet: every title over a number in title case, the lines under most numbers phrases
    # in sentence case (``Canals of Matsue`` / ``1`` / ``Matsue lies between Lake Shinji and Lake Nakaumi``)
    if cased and phrased >= 1 and 2 * phrased >= len(anchors):
        return True
    # nothing in the lines tells a title from a point (a Japanese deck with neither bullets nor blank lines): the
    # deck's ends do
    return titled and _under_by_ends(lines, anchors, layout)


def _cover_title_over(lines: list[Text], first: Anchor, start: int, layout: Layout | None) -> bool:
    """The line over the deck's first number is a Japanese cover's title: the cover's last line read so far, or the
    first line of its text box (a heading over the deck in a box of its own over it), with no bullet, number or
    sentence; a cover's title may stop on a particle, as no slide's does (``公共交通の再編について`` / ``1`` / the
    speaker's post and name under it: helper deck66)."""
    k = first.index - 1
    s = lines[k].text.strip() if k >= 0 else ""
    opens = first.index == start > 0 or (layout is not None and k > 0 and not layout.same_box(lines[k - 1], lines[k]))
    return opens and bool(s) and not is_bullet(s) and not page_number_values(s) and not s.endswith((".", "。")) \
        and script_of(s) == JA


def _under_by_ends(lines: list[Text], anchors: list[Anchor], layout: Layout | None) -> bool:
    """The deck's two ends place its numbers under their titles, where its lines cannot (a Japanese deck with
    neither bullets nor blank lines, every line a noun phrase, ``水の都・松江`` / ``1`` / ``宍道湖と中海に挟まれた都市`` /
    ``江戸時代から残る城の堀`` / ``堀川遊覧船`` / ``2`` / …): where a deck prints its numbers is one place for all its
    slides, and only the reading under the titles leaves no text of the deck unnumbered at either end. The first
    number is ``1`` with exactly its title over it (one line, or two where the first carries on,
    :func:`_wrapped_title_start`) from the deck's first line or its text box's (a heading set apart by a blank line
    over the deck stays its own): read as closing their slides, that title would be a page of one line closed by
    ``1``; read as heading them, an unnumbered page before a ``1``, where a deck that counts its cover numbers it. And
    text that is no closing line stands after the last number: read as closing their slides, an unnumbered page after
    the last. Each number shares its text box with the line over it (a number set apart from the line over it by a
    blank line or a page break heads its box). Why (issue 16 point 2, helper deck66, slides65's made-up decks): such
    decks were read as numbers closing their slides, every title moved onto the slide before and the last slide's
    points folded into the one before; the case of the lines decides an English deck (:func:`_numbers_under_titles`).
    It does NOT read a deck whose last number is its last line (numbers closing their slides: ``今後の課題`` / ``水質の
    保全`` / ``4``), nor one whose first number is no ``1`` (``2`` under a cover counted but not printed heads its
    slide), nor one with more than the title's lines over its ``1`` (a whole slide closed by it). A deck whose
    numbers head their slides after an unnumbered one-line cover (``表紙`` / ``1`` / ``タイトル`` / points / ``2`` / …)
    reads the same; its pages' sizes tell it, :func:`side_by_page_sizes`, asked first (:func:`build_deck`).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("水の都・松江", "1", "宍道湖と中海に挟まれた都市", "堀川遊覧船", "2", "平成９年に運航開始")
    >>> _under_by_ends(lines, find_anchors(lines, 0, len(lines)), None)
    True
    >>> _under_by_ends(lines[:-1], find_anchors(lines[:-1], 0, len(lines) - 1), None)  # the last number ends the deck
    False
    """
    first, last = anchors[0], anchors[-1]
    if first.value != 1 or first.offset is not None or last.offset is not None:
        return False
    top = first.index - 1
    while top > 0 and (layout is None or layout.same_box(lines[top - 1], lines[top])):
        top -= 1
    if _wrapped_title_start(lines, first, top) != top:
        return False  # more than the title over the ``1``: a page it closes
    if layout is not None and not all(layout.same_box(lines[a.index - 1], lines[a.index]) for a in anchors):
        return False
    tail = [t.text.strip() for t in lines[last.index + 1:]]
    return any(s and not CLOSING.match(s) and not page_number_values(s) for s in tail)


def _sentence_cased(text: str) -> bool:
    """An English phrase of three words or more in sentence case: a capital first, another word in small letters that
    is no function word (``Matsue lies between Lake Shinji and Lake Nakaumi``, ``Service started in 1997``): a slide's
    point, where its title is in title case.

    >>> _sentence_cased("Service started in 1997"), _sentence_cased("Horikawa Sightseeing Boats"), _sentence_cased("Water quality")
    (True, False, False)
    """
    ws = words(text)
    return script_of(text) == EN and len(ws) >= 3 and ws[0][:1].isupper() and not is_title_case(text) \
        and not is_bullet(text.strip())


MAX_SLIDE_TITLE_LINES = 2
"""Lines a slide's title over its number fills at most (:func:`_boxed_title_start`); a cover's title may run to
:data:`MAX_COVER_TITLE_LINES`."""


def _boxed_title_start(lines: list[Text], a: Anchor, floor: int, layout: Layout,
                       most: int = MAX_SLIDE_TITLE_LINES) -> int | None:
    """Where the title over the number ``a`` starts, where the number stands right under the title that opens its
    text box (a blank line or a page break over the title, or the deck's first line) and the box goes on under the
    number: ``blank`` / ``Canals of Matsue`` / ``1`` / ``Matsue lies between two lakes`` / ``blank``. The title is the
    box's lines over the number, from ``floor`` on, up to ``most`` of them (the deck's first number may stand under the
    cover's title, :data:`MAX_COVER_TITLE_LINES`), no bullet, number or sentence among them, its first line a title's shape;
    ``None`` where the number stands otherwise. The box is the evidence a deck without bullets gives: its slides'
    lines under their numbers read as titles as much as the titles do (fresh-user trial 64e, helper slides65: the
    cover's title had been parted from its ``1``, the line under the number taken for slide 1's title).

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1) if s]
    >>> lines = mk("Horikawa Boats and", "the Castle Moat", "2", "Service began in 1997", "", "Challenges", "3", "Water")
    >>> layout = Layout((LineLayout(1),) * 8, (5,))
    >>> _boxed_title_start(lines, Anchor(2, 2), 0, layout), _boxed_title_start(lines, Anchor(5, 3), 0, layout)
    (0, 4)
    >>> _boxed_title_start(lines, Anchor(5, 3), 5, layout) is None  # the title is no line of the slides
    True
    """
    if a.offset is not None or a.index + 1 >= len(lines) or not layout.same_box(lines[a.index], lines[a.index + 1]):
        return None
    k = a.index - 1
    if k < floor or not layout.same_box(lines[k], lines[a.index]):
        return None
    while k > floor and a.index - k < most and layout.same_box(lines[k - 1], lines[k]):
        k -= 1
    if k > 0 and layout.same_box(lines[k - 1], lines[k]):
        return None  # the box opens over the title: the number stands lower in its box
    title = [t.text.strip() for t in lines[k:a.index]]
    if any(is_bullet(s) or page_number_values(s) or s.endswith((".", "。")) for s in title):
        return None
    if not _slide_title_line(title[0], title[1] if len(title) > 1 else lines[a.index + 1].text):
        return None
    return k


def _side_by_ends(lines: list[Text], anchors: list[Anchor], layout: Layout | None = None,
                  start: int | None = None) -> Side | None:
    """The side both ends of a deck whose numbers rise tell at once, whatever its text boxes say: the text before the
    first number ``1`` and a last number with nothing after it (the deck's last line, or the one past it under a
    closing line) read as :data:`BELOW` (each number closes its page: as many pages as numbers; read above, the text
    before ``1`` would be a page of its own and the last number would head an empty one); a deck that opens on its
    first number with text after its last reads as :data:`ABOVE`, the mirror. Why (trial 52, issue 16): a Japanese
    deck printing ``湖南市 財政課 … - n -`` at each page's foot, set off from the page's text by a blank line and
    followed at once by the next page's title, had every number vote above by its box, slide numbers one off and a
    last, empty slide ``6``. The ends outweigh the boxes: white space before a page's footer is common, an empty page
    after the last number or a page without text before the first is not. Where both ends have text (a cover before
    ``1``, a slide after the last number) or neither has, the ends say nothing and the votes decide
    (:func:`_side_votes`); but a ``1`` that opens its text box (``layout``: a heading over the deck in a box of its
    own before it, naming no speaker, :func:`_names_speaker`) with text after the last number reads as :data:`ABOVE`,
    as a ``1`` on the deck's first line does (helper deck66; a box naming the speaker is the title slide: helper
    fix66a).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("予算の概要", "湖南市 財政課", "- 1 -", "歳入", "■ 市税", "- 2 -", "歳出", "■ 民生費", "- 3 -")
    >>> _side_by_ends(lines, find_anchors(lines, 0, len(lines)))
    'below'
    >>> lines = mk("- 1 -", "予算の概要", "- 2 -", "歳入", "■ 市税", "- 3 -", "歳出", "■ 民生費")
    >>> _side_by_ends(lines, find_anchors(lines, 0, len(lines)))
    'above'
    >>> _side_by_ends(lines[1:], find_anchors(lines[1:], 0, len(lines) - 1)) is None  # text at both ends
    True
    >>> lines = mk("Slides", "Port Logistics", "- 1 -", "Hangzhou Port", "- 2 -", "Shore power", "Stricter standards")
    >>> _side_by_ends(lines, find_anchors(lines, 2, len(lines)), start=2)  # the ``1`` right under the cover (start)
    'above'
    """
    first, last = anchors[0], anchors[-1]
    if first.offset is not None or last.offset is not None:
        return None  # a number glued to a line stands where the line does (split_glued_numbers)
    tail = page_number_values(lines[-1].text) if last.index < len(lines) - 1 else []
    closes_deck = last.index == len(lines) - 1 or last.value + 1 in tail
    if first.value == 1 and first.index > 0 and closes_deck:
        return BELOW
    if first.index == 0 and not closes_deck:
        return ABOVE
    if layout is not None and first.value == 1 and not closes_deck and 0 < first.index < len(lines) - 1 \
            and not layout.same_box(lines[first.index - 1], lines[first.index]) \
            and layout.same_box(lines[first.index], lines[first.index + 1]) \
            and not any(_names_speaker(t.text.strip()) for t in _box_before(lines, first.index, layout)):
        # the ``1`` opens its text box (a heading over the deck in a box of its own before it) and text follows the
        # last number: the deck's first number before any text of its slides, as at the deck's first line (helper
        # deck66: ``城下町の水路と観光まちづくり`` / blank / ``1`` / the title slide … had no side, its last slide folded
        # into the one before). A box before the ``1`` that names the speaker is the title slide itself, no heading
        # over it: the ends say nothing and the votes decide, as before (trial review 49, session 50's table decks:
        # ``Ferry Piers in a Lake Town`` / ``Lena Huber, Harbour Office`` / blank / ``1`` / ``Why New Piers`` / …, the
        # cover slide 1 numbered at its foot)
        return ABOVE
    if start is not None and 0 < start == first.index and first.value == 1 and not closes_deck \
            and _content_after(lines, last):
        # the ``1`` right under the cover, before any line of the slides, and a slide's content after the last number:
        # over the whole run each number stands before its slide's content, none closes one (a cover that is slide 1
        # numbered at its foot would leave the content after the last number a page without its number). Fresh-user
        # trial 73c, helper deck74: a volume's ``Slides`` / title / ``- 1 -`` / content … had no side, each number
        # read as closing the slide before, every slide one off and the last one's content numberless
        return ABOVE
    return None


def _content_after(lines: list[Text], last: Anchor) -> bool:
    """A line of a slide's content after the deck's last number ``last``: no closing line (``Thank you``), no page
    number, no contact line (a closing page of its own)."""
    tail = [s for s in (t.text.strip() for t in lines[last.index + 1:]) if s]
    if tail and (is_contact_heading(tail[0]) or any(contact_line(s) for s in tail)):
        return False
    return any(not CLOSING.match(s) and not page_number_values(s) for s in tail)


def side_by_page_sizes(lines: list[Text], anchors: list[Anchor], end: int, layout: Layout | None = None) -> Side | None:
    """:data:`ABOVE` where the deck's pages, counted in lines, say its numbers head them: in a dump with no text boxes
    (no blank line or page break among the deck's lines, which would tell instead), numbers on lines of their own
    rising by one from ``1``, two or more, text before the first, every page between two numbers holding as many lines, and the
    text after the last (up to ``end``, the closing slide's start) as many again. Read heading their pages, every
    numbered page is alike and the text before the first number is the cover, unnumbered as a deck often leaves it;
    read under their titles, the last slide would hold one line more than every other (its title's), and read closing
    their pages, a whole page would follow the last number unnumbered. A tail that is a contact page (``お問い合わせ``
    over the office and its telephone) is a deck's closing page, left unnumbered after numbers closing their pages:
    no evidence here. Why (issue 16, fresh-user trial 66c, helper bil67): a bilingual talk's English slides of one
    line each (``The Effects of Extensive Reading …`` / ``1`` / ``Extensive reading course: …`` / ``2`` / ``Results: …``)
    were read under their titles, each slide its title alone and the English title slide 1; the same sizes settle an
    unnumbered one-line cover over a deck numbered over its titles (``観光振興の取り組み`` / ``1`` / ``来訪者の現状`` /
    two points / ``2`` / …, tests/test_slides66.py's former strict xfail).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("Reading in Japanese", "1", "A course of one year", "2", "Reading speed up 30 percent")
    >>> side_by_page_sizes(lines, find_anchors(lines, 0, len(lines)), len(lines))
    'above'
    >>> lines = mk("水の都・松江", "1", "宍道湖と中海", "城の堀", "堀川遊覧船", "2", "平成９年に運航開始", "年間３０万人")
    >>> side_by_page_sizes(lines, find_anchors(lines, 0, len(lines)), len(lines)) is None  # under the titles
    True
    """
    if len(anchors) < 2 or any(a.offset is not None for a in anchors) \
            or any(b.value != a.value + 1 for a, b in zip(anchors, anchors[1:])):
        return None
    first, last = anchors[0], anchors[-1]
    if first.value != 1 or first.index == 0 or last.index >= end - 1:
        # a first number over ``1`` counts the slides before it (a cover counted: _side_votes); no text before the first
        # number, or none after the last: the ends tell (_side_by_ends)
        return None
    if layout is not None and any(layout.page_break_before(a, b) or not layout.same_box(a, b)
                                  for a, b in zip(lines[:end], lines[1:end])):
        return None
    sizes = {b.index - a.index - 1 for a, b in zip(anchors, anchors[1:])}
    tail = [t.text.strip() for t in lines[last.index + 1:end]]
    if len(sizes) != 1 or len(tail) not in sizes or any(page_number_values(s) for s in tail):
        return None
    if is_contact_heading(tail[0]) or any(contact_line(s) for s in tail):
        return _closing_contact_page(lines, first, sizes.pop())
    return ABOVE


def _closing_contact_page(lines: list[Text], first: Anchor, size: int) -> Side | None:
    """:data:`BELOW` for a deck whose text after its last number is a contact page (``お問い合わせ`` over the office
    and its telephone) as long as every page, where the text before its first number is as long too and holds no
    cover's line under its first (:func:`_cover_line`: a date, an office, a speaker): that text is slide 1's page,
    no cover, so the numbers close their pages and the contact page is the deck's closing page, unnumbered. None
    otherwise: a cover (its office, its date) over the first number leaves the numbers heading their pages, the last
    one heading the contact slide (``Slide 4`` / ``Contact`` / an e-mail, tests/test_segment_deck_folios53.py).

    Why (helper slide68, tests/test_slides66.py's former strict xfail): ``観光振興の取り組み`` / two points / ``1`` /
    … / ``3`` / ``お問い合わせ`` / ``観光振興課`` / a telephone had been read with its numbers heading their pages, the
    first page an unnumbered cover and slide 1 titled by its first point."""
    before = [t.text.strip() for t in lines[:first.index]]
    if len(before) != size or any(_cover_line(s) for s in before[1:]):
        return None
    return BELOW


def _box_before(lines: list[Text], i: int, layout: Layout) -> list[Text]:
    """The lines of the text box that ends right before ``lines[i]`` (empty where ``i`` is 0)."""
    top = i - 1
    while top > 0 and layout.same_box(lines[top - 1], lines[top]):
        top -= 1
    return lines[max(top, 0):i]


def _names_speaker(s: str) -> bool:
    """``s`` names a speaker: a person's name alone, a name then an affiliation (``Lena Huber, Harbour Office``), or
    an affiliation and post then the name (:func:`_speaker_line`)."""
    return is_person_name(s) or name_then_affiliation(s) is not None or _speaker_line(s)


def _side_votes(lines: list[Text], anchors: list[Anchor], layout: Layout, start: int, ordered: bool = True) -> tuple[int, int]:
    """Votes for numbers below and above their slides' content, one for each fact:

    * each number line that shares its text box (no blank line, no page break between: a form feed's page) with
      the line before it and not with the line after it votes below (``- Price long stays`` / ``3`` / blank), the
      other way round above (blank / ``3 / 5`` / ``How we made them``); a number standing alone in its box votes
      by its page's edge, where the pages are known: the last line of its page (a form feed after it) below, the first
      above (an n-up handout dumped a slide a page with a blank line around each number: user's trial 51), else nothing;
    * a number that ends the deck (nothing after it, not even a closing line) votes below: it closes the last slide;
      a number that opens the deck (no cover before it) votes above: it heads the first slide;
    * the first number counted against the slides before it (the cover from ``start`` and a text box before the
      number): as many slides before it as its value, text right above it, votes below (the number closes that
      slide: cover, ``Agenda`` … ``2``), one fewer votes above (cover, ``2``, ``Agenda``; PowerPoint counts the
      cover); a ``1`` right under the cover says nothing (the cover's own, or the head of slide 1 after it);
    * the deck's first line a number (no cover, nothing before it) votes above: it closes no slide;
    * a first number right under the cover over a copy of a cover line votes above: it heads the cover printed again
      (:func:`_heads_cover_copy`, trial 52b);
    * where nothing of this votes (a dump without blank lines, its first number ``1`` right under the cover), a whole
      slide after the last number, a title-like line over lines (:func:`_titled_slide_after`), votes above: the last
      number heads it (trial 34: it had been folded into the slide before, and slide 1 was the cover's).
    """
    below = above = 0
    for a in anchors:
        if a.offset is not None:
            continue  # a number glued to a line's end stands where the line does
        if not 0 < a.index < len(lines) - 1:
            continue  # the deck's first or last line: its end says more (below)
        if a is anchors[0] and a.value == 1 and a.index == start > 0:
            continue  # a ``1`` right under the cover: the white under a cover is the cover's own (see below)
        line = lines[a.index]
        joins_before = layout.same_box(lines[a.index - 1], line)
        joins_after = layout.same_box(line, lines[a.index + 1])
        below += joins_before and not joins_after
        above += joins_after and not joins_before
        if not joins_before and not joins_after:
            ends_page = layout.page_break_before(line, lines[a.index + 1])
            opens_page = layout.page_break_before(lines[a.index - 1], line)
            below += ends_page and not opens_page
            above += opens_page and not ends_page
    below += anchors[-1].offset is None and anchors[-1].index == len(lines) - 1
    above += anchors[0].offset is None and anchors[0].index == start == 0 and len(lines) > 1
    if not ordered:
        return below, above  # the votes below count a number against its place in the deck
    # the deck's last line, a number past the last anchor (under a closing line, which anchors do not reach) that
    # goes on from the anchors' count, closes that last page: below (``ご清聴ありがとうございました`` / ``- 6 -``)
    tail = page_number_values(lines[-1].text) if anchors[-1].index < len(lines) - 1 else []
    below += anchors[-1].value + 1 in tail
    first = anchors[0]
    before = (start > 0) + (first.index > start)
    # a first number over the cover printed again heads that copy, whatever the count of boxes before it says
    copy = _heads_cover_copy(lines, first, start)
    below += first.index > start and before == first.value and not copy
    above += before == first.value - 1 and before > 0
    # the deck's very first line a number (no cover, no text before it): it closes nothing, it heads the slide under
    # it (trial 50b: ``Slide 1`` / ``Castle Town`` / … with no blank line had no side, and slide 1's lines
    # went to slide 2)
    above += before == 0 and first.offset is None and first.index < len(lines) - 1
    # a first number right under the cover over the cover's title again (``Waste Management in Hangzhou`` / ``Wang Ming,
    # …`` / ``Slide 1`` / ``Waste Management in Hangzhou``): it heads the cover's own page, printed after the talk's English
    # title block (trial 52b: no side, every slide one number off, the last lost into the one before)
    above += copy
    if not below and not above and _titled_slide_after(lines, anchors[-1]):
        above += 1  # nothing else says: a whole slide after the last number is that number's (numbers head slides)
    if not below and not above and _labels_over_titles(lines, anchors, start):
        above += 1  # nothing else says: ``Slide 1`` under the cover's title block and over a title labels that slide
    return below, above


_SLIDE_LABEL_LINE = re.compile(rf"{SLIDE_WORD}\s*[0-9]{{1,4}}(?:\s*(?:/|of)\s*[0-9]{{1,4}})?\s*[:：]?", re.IGNORECASE)
"""A line that is a slide's label and nothing else (``Slide 3``, ``SLIDE 3:``, ``スライド3``, ``Slide 3 of 6``)."""


def _slide_label_line(text: str) -> bool:
    """``text`` is a slide's label and nothing else (:data:`_SLIDE_LABEL_LINE`), its digits in either width
    (``スライド１``).

    >>> _slide_label_line("Slide 2"), _slide_label_line("スライド　１"), _slide_label_line("2"), _slide_label_line("p. 2")
    (True, True, False, False)
    """
    return _SLIDE_LABEL_LINE.fullmatch(fold(text.strip())) is not None


def _labels_over_titles(lines: list[Text], anchors: list[Anchor], start: int) -> bool:
    """The deck prints each slide's number as a label of its own line (``Slide 1``, ``スライド1``: the slide word, not
    a bare number or a page's ``3/12``), the first ``1`` right under the cover (``start``, its title block: title,
    speaker), and a slide's title right under every label: the labels head their slides, the title block before
    ``Slide 1`` is the unnumbered cover. Why (fresh-user trial 68d, helper fix68l): ``Smart Mobility …`` /
    ``Dr. Helen Brooks, …`` / ``Slide 1`` / ``Why Mobility Matters`` / bullets … ``Slide 5`` / ``Thank you`` had no
    side (the closing ``Thank you`` is no whole slide for :func:`_titled_slide_after`), the cover read as slide 1 and
    every printed number moved up by one. A printed label names the slide it heads; a count by place never overrides
    it. Bare numbers, ``[3]`` and ``3/12`` say nothing here (a page's foot prints them as often as its head).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> lines = mk("Bus Reform", "Ann Lee, City of York", "Slide 1", "Why", "- Costs", "Slide 2", "Thank you")
    >>> _labels_over_titles(lines, find_anchors(lines, 2, len(lines)), 2)
    True
    >>> lines = mk("Bus Reform", "Ann Lee, City of York", "1", "Why", "- Costs", "2", "Thank you")
    >>> _labels_over_titles(lines, find_anchors(lines, 2, len(lines)), 2)
    False
    """
    if len(anchors) < 2 or start == 0 or anchors[0].value != 1 or anchors[0].index != start:
        return False
    for a in anchors:
        if a.offset is not None or a.index + 1 >= len(lines) or not _slide_label_line(lines[a.index].text):
            return False
        following = lines[a.index + 2].text if a.index + 2 < len(lines) else None
        under = lines[a.index + 1].text
        if not (_slide_title_line(under, following) or CLOSING.match(under.strip())
                or a is not anchors[0] and is_bullet(under)):
            return False  # a title under each label, the closing slide's ``Thank you`` under the last, or a later
            # slide's points (an untitled slide: ``Slide 2`` / ``■ Portram opened in 2006``, trial 70)
    return True


def _titled_slide_after(lines: list[Text], last: Anchor) -> bool:
    """After the deck's last number stands a whole slide: a title-like line first, with lines under it
    (``4`` / ``Toward Sustainable Tourism`` / ``■ Safety first, together with residents``, trial 34), or a title phrase
    over a bullet, one word (``Slide 3`` / ``Conclusion`` / ``- Expand separate collection citywide``: a one-word title
    is no title-like line, trial 52b; a longer phrase that is no title-like line may be a sentence's, and says
    nothing), or a Japanese title phrase over a bullet (``5`` / ``これからの取り組み`` / ``・市民との水路清掃``: a Japanese
    deck run together with no blank line had no side, its last slide folded into the one before; helper slides65).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _titled_slide_after(mk("Slide 2", "Conclusion", "- Expand collection citywide"), Anchor(0, 2))
    True
    >>> _titled_slide_after(mk("Slide 2", "Recycling rose from 15% to 28% in two years", "- Pilot"), Anchor(0, 2))
    False
    """
    rest = lines[last.index + 1:]
    if last.offset is not None or len(rest) < 2 or is_bullet(rest[0].text):
        return False
    return is_title_like(rest[0].text) \
        or (len(words(rest[0].text)) == 1 and is_bullet(rest[1].text) and is_title_phrase(rest[0].text, rest[1].text)) \
        or (is_bullet(rest[1].text) and is_title_phrase_ja(rest[0].text))  # ``今後の課題`` / ``・水質の保全`` (helper slides65)


def _heads_cover_copy(lines: list[Text], first: Anchor, start: int) -> bool:
    """The deck's first number stands right under the cover (``lines[:start]`` and the lines after it before the
    number: trial 52c's deck, its title read as the cover, its subtitle, office and date under it, then ``Slide 1``
    over the title again) over a copy of one of those lines (the same letters, or :func:`.slidetext.near_duplicate`):
    the number heads the cover printed again, its own page (:func:`_side_votes`; :func:`build_deck` makes the two
    one slide)."""
    between = lines[start:first.index]
    if first.offset is not None or not 0 < start <= first.index or first.index + 1 >= len(lines) \
            or len(between) > MAX_COVER_TAIL or any(is_bullet(t.text) for t in between):
        return False  # a slide between the cover and the number (an agenda's bullets) is no cover's
    return any(_repeats(lines[first.index + 1], t) for t in lines[:first.index])


def _titled_as_copied(cover: Cover, copied: Text) -> Cover:
    """The cover titled by the line its copy opens on (the page the deck's first number heads prints the cover's title
    first: ``Slide 1`` / ``Safer Routes to School``), where the cover's one-line title is another line of it (a line
    read as an organisation's, ``Safer Routes to School``, had left ``Annual Review`` under it the cover's title once
    the copy was folded into the cover, session 53). The cover's lines keep their order; the title is a view of one."""
    if len(cover.title) != 1 or _repeats(copied, cover.title[0]):
        return cover
    line = next((t for t in cover.lines if _repeats(copied, t)), None)
    if line is None or is_bullet(line.text) or page_number_values(line.text.strip()):
        return cover
    subtitle = None if cover.subtitle is line else cover.subtitle
    return replace(cover, title=(line,), subtitle=subtitle)


MAX_COVER_TAIL = 4
"""Lines a cover may hold under the line read as its start (a subtitle, an office, a date, a venue)."""


def _repeats(a: Text, b: Text) -> bool:
    """``a`` says what ``b`` says: the same letters and digits (case and spacing aside), or a near duplicate."""
    x, y = _letters_of(a.text), _letters_of(b.text)
    return bool(x) and (x == y or near_duplicate(a.text, b.text))


def _letters_of(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def place_missing(anchors: list[Anchor], room=lambda pos: 0, total: int | None = None) -> dict[int, int]:
    """Where numbers absent from the text most plausibly were: {number: position in the anchor list}.

    A missing number goes where it extends the run after it or before it
    (same step), never inside a run it would break. Between equally good
    places, ``room(pos)`` decides: how much the text between the anchors
    looks like it holds a whole extra slide. ``total``: the count of slides the deck prints (``3/8``), so that its
    last number, lost, is missing too.

    >>> values = [2, 4, 6, 1, 3, 5, 7, 9, 11, 13, 15, 10, 12, 14, 16]
    >>> place_missing([Anchor(i, v) for i, v in enumerate(values)], room=lambda pos: pos == 11)
    {8: 11}
    >>> place_missing([Anchor(i, v) for i, v in enumerate([1, 2, 3, 5, 6])])
    {4: 3}
    >>> place_missing([Anchor(i, v) for i, v in enumerate([2, 6, 1, 3, 5])])
    {4: 1}
    """
    if not anchors:
        return {}
    values = [a.value for a in anchors]
    missing = sorted(set(range(1, max(values + [total or 0]) + 1)) - set(values))
    placed: dict[int, int] = {}
    for m in missing:
        best: tuple[tuple[int, float], int] | None = None
        for pos in range(len(values) + 1):
            before = values[pos - 1] if pos >= 1 else None
            after = values[pos] if pos < len(values) else None
            step_before = values[pos - 1] - values[pos - 2] if pos >= 2 else None
            step_after = values[pos + 1] - values[pos] if pos + 1 < len(values) else None
            score = 0
            if before is not None and step_before in (1, 2) and m - before == step_before:
                score += 1
            if after is not None and step_after in (1, 2) and after - m == step_after:
                score += 1
            if before is not None and after is not None and after - before in (step_before, step_after):
                score -= 2
            if before is None and after is not None and after - m in (1, 2) and step_after is None:
                score += 1
            # Halfway between its neighbours when no run says otherwise (2, _, 6 → 4).
            if before is not None and after is not None and m - before == after - m and m - before in (1, 2):
                score += 2 if step_before is None and step_after is None else 1
            if score >= 1 and (best is None or (score, room(pos)) > best[0]):
                best = ((score, room(pos)), pos)
        if best is not None:
            placed[m] = best[1]
    return placed


@dataclass
class Building:
    """A slide being assembled: its lines in order, its number (None when missing from the text)."""

    number: int | None
    order: float
    lines: list[Text] = field(default_factory=list)
    before_number: int | None = None  # how many lines came before its page-number line (None: no such line)
    titled: bool = False  # its first line is its title by where it stands (over its number, numbers under titles)

    def has_title(self) -> bool:
        """A line of it reads as a title, or its first line is a one-word title over its lines (``Routes``), as
        :func:`_finish` would take it."""
        if any(is_title_like(t.text) for t in self.lines) or (self.lines and is_bilingual_title(self.lines[0].text)):
            return True
        return len(self.lines) > 1 and len(words(self.lines[0].text)) == 1 \
            and is_title_phrase(self.lines[0].text, self.lines[1].text)

    def title_words(self, ignore: frozenset[str]) -> set[str]:
        title = next((t for t in self.lines if is_title_like(t.text)), None)
        return content_words(title.text, ignore) if title is not None else set()


@dataclass(frozen=True)
class GapContext:
    """What a cut between two anchors needs to know."""

    lines: list[Text]  # the lines between the anchors
    before: Text | None  # the line just before the gap (the previous anchor's line)
    before_content: Text | None  # the previous slide's last content line before its anchor
    after: Text | None  # the next anchor's line
    after_content: Text | None  # the line right after the next anchor
    repeated: frozenset[str]  # texts (lower-cased) that occur more than once in the deck


def word_spans(lines: list[Text], ignore: frozenset[str]) -> dict[str, tuple[int, int]]:
    """Each content word of ``lines`` → the index of the first and of the last line holding it.

    A title at line ``k`` shares word ``w`` with the lines after it when the last
    index is above ``k``, with those before when the first is below: one pass over
    the gap instead of a union of every other line per candidate cut (which made
    the cut search quadratic in the gap's length).

    >>> word_spans([Text.from_raw("Trade routes", line=0), Text.from_raw("Routes by sea", line=1)], frozenset())
    {'route': (0, 1), 'trade': (0, 0)}
    """
    spans: dict[str, tuple[int, int]] = {}
    for i, t in enumerate(lines):
        for w in sorted(content_words(t.text, ignore)):
            spans[w] = (spans.get(w, (i, i))[0], i)
    return spans


def _start_score(ctx: GapContext, k: int, layout: Layout, ignore: frozenset[str],
                 spans: dict[str, tuple[int, int]]) -> float:
    """How plausibly ``ctx.lines[k]`` opens a new slide (``spans``: :func:`word_spans` of ``ctx.lines``)."""
    line = ctx.lines[k]
    text = line.text.strip()
    score = 0.0
    if layout.page_break_before(ctx.lines[k - 1] if k else ctx.before, line):
        score += 3
    if is_title_like(text):
        score += 1
        if _series_key(text) in ctx.repeated:
            score += 0.5
        # A title with a bulleted list right under it.
        if k + 1 < len(ctx.lines) and is_bullet(ctx.lines[k + 1].text):
            score += 0.5
        # Lexical cohesion: a title's words recur in the lines it heads, not in the ones before it.
        title = content_words(text, ignore)
        if title:
            after = sum(1 for w in title if spans[w][1] > k)
            before = sum(1 for w in title if spans[w][0] < k)
            score += 0.5 * min(2, after) - 0.5 * min(2, before)
    if is_bullet(text):
        score -= 0.5
    if starts_lower(text) or opens_with_connective(text):
        score -= 1
    return score


def _allowed(ctx: GapContext, k: int, layout: Layout) -> bool:
    """No cut inside a text box or a sentence (the anchors' own lines included)."""
    left = ctx.lines[k - 1] if k > 0 else ctx.before
    right = ctx.lines[k] if k < len(ctx.lines) else ctx.after
    if left is not None and right is not None and layout.same_box(left, right):
        return False
    if k == 0 and ctx.before_content is not None and ctx.lines and continues(ctx.before_content.text, ctx.lines[0].text):
        return False
    if k == len(ctx.lines) and ctx.after_content is not None and ctx.lines and continues(ctx.lines[-1].text, ctx.after_content.text):
        return False
    if 0 < k < len(ctx.lines) and continues(ctx.lines[k - 1].text, ctx.lines[k].text):
        return False
    return True


def _leftover_scores(ctx: GapContext, previous: Building, layout: Layout, ignore: frozenset[str]) -> list[float]:
    """Evidence that ``ctx.lines[:k]`` are the previous slide's leftovers, for every ``k``.

    A line repeating one of the previous slide's lines (a damaged copy) counts
    one; a plain line sharing a word with its title counts a half.
    """
    title = previous.title_words(ignore)
    per_line = []
    for t in ctx.lines:
        if any(near_duplicate(t.text, p.text) for p in previous.lines):
            per_line.append(1.0)
        elif title and not is_title_like(t.text) and content_words(t.text, ignore) & title:
            # A title-like line sharing the previous title's words is the next slide of a series, not a leftover.
            per_line.append(0.5)
        else:
            per_line.append(0.0)
    # A slide that so far holds next to nothing and no title (its number came
    # before its content) should get the title-led content that follows its number.
    bare = not previous.has_title() and _box_count(previous.lines, layout) < 2
    scores = [0.0]
    titled = False
    for i, t in enumerate(ctx.lines):
        gives_title = bare and not titled and is_title_like(t.text)
        titled = titled or is_title_like(t.text)
        scores.append(scores[-1] + per_line[i] + (1.0 if gives_title else 0.0))
    return scores


def _box_count(lines: list[Text], layout: Layout) -> int:
    """Text boxes among ``lines`` (lines of lost glyphs only do not count)."""
    count = 0
    for i, t in enumerate(lines):
        if not words(t.text):
            continue
        if i == 0 or not layout.same_box(lines[i - 1], t):
            count += 1
    return count


def split_gap(ctx: GapContext, previous: Building, slots: int, layout: Layout, ignore: frozenset[str],
              keep_last: bool = False, keep_first: bool = False) -> list[int]:
    """Cut points in a gap: one per slide that starts in it (``slots``: 1, or 2 with a missing number).

    Ties go to the earliest cut: a page number follows its slide's content. ``keep_last``: the deck prints its
    numbers below its slides (:func:`number_side`), so the line right before a number is that number's slide's:
    the cut never hands the whole gap to the slide before (a title repeated from the agenda is no leftover).
    ``keep_first``: the deck prints its numbers above its slides, so the line right after a number is that number's
    slide's: the cut never hands the whole gap to the slide after.
    """
    n = len(ctx.lines)
    allowed = [k for k in range(n + 1) if _allowed(ctx, k, layout)] or [0]
    if keep_last and n:
        allowed = [k for k in allowed if k < n] or [0]  # no text box shows (a dump without blank lines): the number's side
    if keep_first and n:
        allowed = [k for k in allowed if k > 0] or [n]
    spans = word_spans(ctx.lines, ignore)
    starts = {k: (_start_score(ctx, k, layout, ignore, spans) if k < n else 0.0) for k in allowed}

    leftovers = _leftover_scores(ctx, previous, layout, ignore)

    def cut_score(k: int) -> float:
        return starts[k] + (0.5 if k == 0 else 0.0) + leftovers[k]

    if slots == 1:
        return [max(allowed, key=lambda k: (cut_score(k), -k))]
    # titles[i]: title-like lines among ctx.lines[:i], so "the middle slide has a title" is one subtraction.
    titles = [0]
    for t in ctx.lines:
        titles.append(titles[-1] + is_title_like(t.text))
    best: tuple[float, int, int] | None = None
    for a in allowed:
        for b in allowed:
            if b <= a:
                continue
            score = cut_score(a) + starts[b] - (0 if titles[b] > titles[a] else 1)
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None:
        # No room for the missing slide here: it stays empty (and is dropped).
        k = max(allowed, key=lambda k: (cut_score(k), -k))
        return [k, k]
    return [best[1], best[2]]


@dataclass(frozen=True)
class Deck:
    cover: Cover
    slides: tuple[Slide, ...]
    number_texts: tuple[Text, ...]  # page-number text taken out of the slides
    built_up: tuple[Text, ...] = ()  # the lines of a frame's earlier pages, which its last page shows again (ledger)
    cover_copy: tuple[Text, ...] = ()  # the cover's lines printed again on the page its number heads (ledger)


BILINGUAL_TITLE_SEPARATOR = " / "
"""Joins a slide's Japanese title line and the English line under it (its translation) into the slide's one title
(``Slide.title`` is one string): the shape of a bilingual title printed on one line (``背景 / Background``), which
:func:`.front.bilingual_halves` splits again. The separator is inserted text (its characters stand for no raw
character: ``title_map`` ``[0, 0, 3]``). Trial 41."""


def _title_over_english(lines: list[Text], layout: Layout) -> bool:
    """A slide's first two lines are its title and the title's English (``ワークショップの概要`` over ``Workshop
    Overview``, ``ありがとうございました`` over ``Thank you``: :func:`.slidetext.english_under_title_ja`), one title of two
    lines joined by :data:`BILINGUAL_TITLE_SEPARATOR`; a city's name under a place's name is a map's labels, no title
    (a map's ``港町`` / ``Riverton City``). One rule for a slide cut from a dump (:func:`_finish`) and a page's
    slide (:func:`page_deck`)."""
    return len(lines) > 1 and english_under_title_ja(lines[0].text, lines[1].text, lines[2].text if len(lines) > 2 else None) \
        and not is_municipality_en(lines[1].text.strip()) and not layout.page_break_before(lines[0], lines[1])


def _finish(b: Building, layout: Layout) -> Slide:
    """The slide's title: in a PDF, a headline set large under a tagline (:func:`_headline_at`); a title in both
    languages on its first line (:func:`.slidetext.is_bilingual_title`), or a Japanese title over its English line
    (:func:`.slidetext.english_under_title_ja`: both lines, joined by :data:`BILINGUAL_TITLE_SEPARATOR`); its first line
    when that is a title, even behind a bullet
    (``■The Organization for …`` once the cleaner dropped the plain copy above
    it), else its first title-like line that opens a text box, else its first
    line when that reads as a title phrase, English or Japanese."""
    title_at = None
    headline = _headline_at(b.lines, layout)
    following = [t.text for t in b.lines[1:3]] + [None, None]
    if b.titled and b.lines:
        # the lines over its number, numbers under titles: its title by where it stands, whatever its shape (a
        # Japanese title slide's ``空き家対策の推進について``, stopping on a particle; helper deck66)
        return Slide(number=b.number, title=b.lines[0], lines=tuple(b.lines[1:]))
    if headline and (is_title_like(b.lines[headline].text) or is_title_phrase_ja(b.lines[headline].text)):
        title_at = headline  # set large under a tagline: the slide's (a flyer's) title
    elif b.lines and is_bilingual_title(b.lines[0].text, following[0]):
        title_at = 0  # ``背景 / Background``: the title in both languages on one line
    elif _title_over_english(b.lines, layout):
        title = Text.join(b.lines[:2], sep=Text.inserted(BILINGUAL_TITLE_SEPARATOR))
        return Slide(number=b.number, title=title, lines=tuple(b.lines[2:]))
    elif b.lines and is_title_like(b.lines[0].text.lstrip(SLIDE_ITEM_MARKS + " ")) and not _first_of_points(b.lines):
        title_at = 0
    else:
        title_at = next(
            (i for i, t in enumerate(b.lines) if is_title_like(t.text) and (i == 0 or not layout.same_box(b.lines[i - 1], t))),
            None,
        )
    if title_at is None and b.lines and is_title_phrase(b.lines[0].text, b.lines[1].text if len(b.lines) > 1 else None):
        title_at = 0
    if title_at is None and b.lines and is_title_phrase_ja(b.lines[0].text):
        title_at = 0  # a Japanese deck's slide: its first line, a phrase
    if title_at == 0 and len(b.lines) == 1 and _sentence_cased(b.lines[0].text) and not headline:
        # a slide of one line alone, a phrase in sentence case (``Tree doctors now join every inspection``): a point,
        # as under a title in title case, no title over nothing (helper bil67: one-line slides had been titled or not
        # by the phrase's words, slide by slide)
        title_at = None
    if title_at == 0 and table_head_over_cells([t.text for t in b.lines]):
        title_at = None  # ``Visitors`` / ``Boats`` / ``12000⇥40``: a table's head set a cell per line, no title
    title = b.lines[title_at] if title_at is not None else None
    lines = tuple(t for i, t in enumerate(b.lines) if i != title_at)
    if title_at == 0 and lines and _title_wraps(title, lines[0], layout):
        # a title wrapped over two lines (``Horikawa Sightseeing Boats and`` / ``the Old Castle Moat``, ``堀川遊覧船による``
        # / ``城下町の魅力発信``): one title, as a cover's (fresh-user trial 64e's variants, helper slides65: the second
        # line had been the slide's first line)
        return Slide(number=b.number, title=_joined_title([title, lines[0]]), lines=lines[1:])
    return Slide(number=b.number, title=title, lines=lines)


def _joined_wraps(slides: list[Slide]) -> list[Slide]:
    """Each slide's bullet wrapped over two lines joined into one line (``• Heat pumps move heat`` / ``rather than make
    it``): a line that carries on the bullet's sentence (:func:`.slidetext.bullet_goes_on`: the bullet ends open and
    the line opens in lower case, or the bullet stops on a comma, an article, a preposition or a conjunction whatever
    the line's case; no bullet of its own) is the bullet's, joined with one inserted space (helper deck85: ``• Heat
    pumps cut bills for`` / ``Scottish households``).

    Why (issue 16, helper dup85; fresh-user trial 84b's deck): a slide's point set over two lines had been two lines
    of the slide, the second no point at all. A line under a bullet that opens in capitals or ends the bullet's
    sentence stays a line of its own (a sub-point, a caption).
    """
    out: list[Slide] = []
    for slide in slides:
        lines: list[Text] = []
        for t in slide.lines:
            if lines and is_bullet(lines[-1].text) and bullet_goes_on(lines[-1].text, t.text):
                lines[-1] = Text.join((lines[-1].strip(), t.strip()), sep=Text.inserted(" "))
            else:
                lines.append(t)
        out.append(slide if len(lines) == len(slide.lines) else replace(slide, lines=tuple(lines)))
    return out


def _first_of_points(lines: list[Text]) -> bool:
    """``lines[0]`` opens on a bullet and the line under it on the same bullet: the first of the slide's points, no
    title behind a bullet (:func:`_finish`), whatever its words (``• Survey at Hirosaki Station, winter 2024`` /
    ``• 412 responses``: issue 16, fresh-user trial 80e, where a slide of two points had been titled by the first).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _first_of_points(mk("• Survey at Riverton Station", "• 412 responses")), _first_of_points(mk("■The Harbour Board", "・港の概要"))
    (True, False)
    """
    if len(lines) < 2:
        return False
    first, under = lines[0].text.lstrip(" \u3000"), lines[1].text.lstrip(" \u3000")
    return bool(first) and first[0] in SLIDE_ITEM_MARKS and under[:1] == first[0]


def _title_wraps(title: Text, line: Text, layout: Layout) -> bool:
    """``line``, right under a slide's title in its text box, carries the title on: the title stops on a connective
    or a particle, the line no bullet, number or sentence (:func:`~.titleblock.title_goes_on`); a Japanese title on
    a word that needs the next line's noun by Sudachi (a particle, an auxiliary, a verb: ``堀川遊覧船による``,
    ``…を活かした``), never on a noun ending in kana (``これからの取り組み`` over ``市民との水路清掃``: two lines).

    >>> from pipeline.segment.layout import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> layout = Layout((LineLayout(1),) * 2, ())
    >>> _title_wraps(*mk("堀川遊覧船による", "城下町の魅力発信"), layout), _title_wraps(*mk("これからの取り組み", "市民との水路清掃"), layout)
    (True, False)
    >>> _title_wraps(*mk("Horikawa Boats and", "the Old Castle Moat"), layout), _title_wraps(*mk("Challenges", "Water quality"), layout)
    (True, False)
    """
    s, head = line.text.strip(), title.text.strip()
    if not layout.same_box(title, line) or is_bullet(s) or page_number_values(s) or s.endswith((".", "。")) \
            or not title_goes_on(head, s, by_length=False):
        return False
    if script_of(head) != JA:
        return True
    from pipeline.sudachi import tokenizer

    morphemes = list(tokenizer("C").tokenize(head))
    return bool(morphemes) and morphemes[-1].part_of_speech()[0] in ("助詞", "助動詞", "動詞")


def _assemble(lines: list[Text], anchors: list[Anchor], side: Side | None, start: int, end: int, layout: Layout,
              ignore_words: frozenset[str], total: int | None = None,
              whole_sentences: bool = False) -> tuple[list[Building], list[Text]]:
    """The slides of ``lines[start:end]`` cut at their page numbers (``anchors``, in reading order), in reading order,
    each with its order (its number, or the missing number's place: :func:`place_missing`, numbers up to ``total``
    where the deck prints its count), and the page-number texts taken out. ``side``: :func:`number_side`.
    ``whole_sentences``: :func:`_box_starts`'."""
    number_texts: list[Text] = []
    built: list[Building] = []
    if side == UNDER_TITLE:
        return _assemble_under_titles(lines, anchors, start, end, layout)
    if not anchors:
        # a deck dumped with blank lines between its slides and no numbers: each box a slide (issue 16, session 51)
        # (a handout's page of several slides: each slide opens on its title, set large)
        box_starts = _box_starts(lines, start, end, layout, whole_sentences) \
            | {k for k in titles_set_large(lines, layout) if start <= k < end}
        body = Building(None, 0.5)
        for k, t in enumerate(lines[start:end], start):
            if body.lines and (layout.page_break_before(body.lines[-1], t) or k in box_starts):
                built.append(body)
                body = Building(None, body.order + 0.001)
            body.lines.append(t)
        if body.lines:
            built.append(body)
    else:
        repeated = _repeated(lines[start:end])
        missing = place_missing(anchors, room=lambda pos: _room(lines, anchors, pos, start, end, layout), total=total)
        slot_before = {pos: m for m, pos in missing.items()}
        # Slides in extraction order: the missing ones sit before the anchor at their position.
        previous = Building(None, -1.0)  # before the first anchor nothing is anybody's leftover
        position = start
        for k in range(len(anchors) + 1):
            gap_end = anchors[k].index if k < len(anchors) else end
            gap = list(lines[position:gap_end])
            before = lines[anchors[k - 1].index] if k > 0 else None
            after = lines[anchors[k].index] if k < len(anchors) else None
            ctx = GapContext(
                lines=gap,
                before=before,
                before_content=previous.lines[-1] if previous.lines else None,
                after=after,
                after_content=lines[gap_end + 1] if k < len(anchors) and gap_end + 1 < end else None,
                repeated=repeated,
            )
            new_slides: list[Building] = []
            if k in slot_before:
                new_slides.append(Building(None, slot_before[k]))
            if k < len(anchors):
                new_slides.append(Building(anchors[k].value, anchors[k].value))
            if k == 0:
                cuts = [0] * len(new_slides)
                if side == ABOVE and gap:
                    # numbers head their slides: what stands before the first one is a slide without a number
                    if len(new_slides) == 1:
                        new_slides.insert(0, Building(None, anchors[0].value - 0.5))
                    cuts = [0, len(gap)]
                elif len(new_slides) == 2:
                    cuts = [0, split_gap(ctx, Building(None, 0), 1, layout, ignore_words)[0]]
            elif side == ABOVE and k not in slot_before:
                # numbers head their slides: the lines after one are its slide's, save pages that start among them
                # and print no number (slides of their own)
                starts = _page_starts(gap, before, layout)
                base = anchors[k - 1].value
                new_slides[:0] = [Building(None, base + 0.01 * (j + 1)) for j in range(len(starts))]
                cuts = starts + ([len(gap)] if k < len(anchors) else [])
            elif side == ABOVE:
                # numbers head their slides, one missing here: the lines after the number before are its slide's up
                # to where the missing slide starts; the number that closes the gap heads the lines after it
                cuts = [split_gap(ctx, previous, 1, layout, ignore_words, keep_first=True)[0]] \
                    + ([len(gap)] if k < len(anchors) else [])
            elif side == BELOW and not new_slides and gap:
                # numbers close their slides: the lines after the last one are a last slide that prints none
                new_slides.append(Building(None, anchors[-1].value + 0.5))
                cuts = split_gap(ctx, previous, 1, layout, ignore_words, keep_last=True)
            elif not new_slides:
                cuts = []
            else:
                cuts = split_gap(ctx, previous, len(new_slides), layout, ignore_words, keep_last=side == BELOW)
            previous.lines.extend(gap[: cuts[0] if cuts else len(gap)])
            for j, slide in enumerate(new_slides):
                stop = cuts[j + 1] if j + 1 < len(cuts) else len(gap)
                slide.lines.extend(gap[cuts[j]:stop])
            for slide in new_slides:
                built.append(slide)
            if k < len(anchors):
                anchor = anchors[k]
                line = lines[anchor.index]
                current = new_slides[-1]
                if anchor.offset is None:
                    current.before_number = len(current.lines)
                    number_texts.append(line)
                else:
                    head = line[: anchor.offset]
                    text_part = head[: len(head.text.rstrip())]
                    current.lines.append(text_part)
                    number_texts.append(line[len(text_part):])
                previous = current
            position = gap_end + 1
        _return_stray_leads(built, layout)
        built = [b for b in built if b.lines or b.number is not None]
    return built, number_texts


SLIDE_TITLE_RATIO = 1.15
"""How much larger than the line under it a PDF sets a slide's title, at least, for :func:`pages_of_several_slides`."""
SAME_SIZE = 0.05
"""Two titles set within this share of each other's size are set alike."""


def pages_of_several_slides(deck_lines: list[Text], layout: Layout, other_lines: list[Text] = ()) -> frozenset[int]:
    """The pages of a PDF's deck whose printed folio numbers the page, not a slide: a page that also holds the talk's
    paper (``other_lines``: a proceedings page, its paper's end and its slides), or one that holds two slides or more
    (a handout: two titles or more set alike, in the page's largest size among the deck's lines, each at least
    :data:`SLIDE_TITLE_RATIO` times the size of the line under it and no bullet). Decision (issue 16, fresh-user trial
    62c): on such a page the set-aside folio (``- 2 -`` at its foot) had numbered the page's slides as one, two
    slides merged into slide 2 and the paper's page number taken for the slide's; the slides' own numbers, where
    they print any, still number them, and where they print none the slides stay unnumbered (or their place numbers
    them), cut at their titles. A deck of one slide a page (its cover's title and subtitle are no two slides: one
    size each) keeps its folio as its slide's number, as before. A text dump gives no sizes: none.
    """
    paper_pages = {layout.page(t) for t in other_lines if t.text.strip()}
    out = {layout.page(t) for t in deck_lines if layout.page(t) in paper_pages}
    out |= {layout.page(deck_lines[k]) for k in titles_set_large(deck_lines, layout)}
    return frozenset(out)


def titles_set_large(lines: list[Text], layout: Layout) -> set[int]:
    """Indexes of the lines that title the slides of a PDF page holding two slides or more: on each page, the lines
    set alike in the page's largest size (within :data:`SAME_SIZE`), each at least :data:`SLIDE_TITLE_RATIO` times the
    size of the line under it, no bullet and no figure (``85%`` set large over its caption), two or more of them (:func:`pages_of_several_slides`). Empty
    for a text dump (no sizes) and for pages of one slide."""
    by_page: dict[int, list[int]] = {}
    for k, t in enumerate(lines):
        by_page.setdefault(layout.page(t), []).append(k)
    out: set[int] = set()
    for page in by_page.values():
        sizes = [layout.size(lines[k]) for k in page]
        if len(page) < 2 or any(z is None for z in sizes):
            continue
        top = max(sizes)
        titles = [k for j, k in enumerate(page[:-1])
                  if sizes[j] >= top * (1 - SAME_SIZE) and sizes[j + 1] * SLIDE_TITLE_RATIO <= sizes[j]
                  and not is_bullet(lines[k].text) and any(c.isalpha() for c in lines[k].text)]
        if len(titles) >= 2:
            out.update(titles)
    return out


def _assemble_under_titles(lines: list[Text], anchors: list[Anchor], start: int, end: int,
                           layout: Layout | None = None) -> tuple[list[Building], list[Text]]:
    """:func:`_assemble` for a deck whose numbers stand under their slides' titles (:func:`_numbers_under_titles`):
    each slide its title (the line over its number, or the lines of its text box over it: :func:`_title_lines`) and
    the lines after the number up to the next slide's title; the lines before the first title a slide without a
    number, as where numbers head their slides."""
    built: list[Building] = []
    starts = [_title_lines(lines, a, start, layout) for a in anchors]
    head = lines[start:starts[0]]
    if head:
        built.append(Building(None, anchors[0].value - 0.5, list(head)))
    for k, a in enumerate(anchors):
        stop = starts[k + 1] if k + 1 < len(anchors) else end
        built.append(Building(a.value, a.value, [_joined_title(lines[starts[k]:a.index]), *lines[a.index + 1:stop]],
                              before_number=1, titled=True))
    return built, [lines[a.index] for a in anchors]


def _title_lines(lines: list[Text], a: Anchor, start: int, layout: Layout | None) -> int:
    """Where the title over the number ``a`` starts in a deck whose numbers stand under their titles: its text box's
    first line (:func:`_boxed_title_start`: a title wrapped over two lines, ``Horikawa Sightseeing Boats and`` / ``the
    Old Castle Moat`` / ``3``), else the line right over the number or the title it carries on
    (:func:`_wrapped_title_start`)."""
    k = _boxed_title_start(lines, a, start, layout) if layout is not None else None
    return _wrapped_title_start(lines, a, start) if k is None else k


def _wrapped_title_start(lines: list[Text], a: Anchor, floor: int) -> int:
    """The line right over the number ``a``, or the one over that where the line over the number carries it on (a
    title wrapped over two lines, stopping on a connective or a particle: ``Horikawa Sightseeing Boats and`` / ``the
    Old Castle Moat``, ``堀川遊覧船による`` / ``城下町の魅力発信``: :func:`~.titleblock.title_goes_on`), neither a bullet, from
    ``floor`` on.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> _wrapped_title_start(mk("■ Pilot", "Horikawa Boats and", "the Castle Moat", "2"), Anchor(3, 2), 0)
    1
    >>> _wrapped_title_start(mk("■ Pilot", "Challenges", "2"), Anchor(2, 2), 0)
    1
    """
    k = a.index - 1
    if k - 1 >= floor and not is_bullet(lines[k - 1].text) and not is_bullet(lines[k].text) \
            and title_goes_on(lines[k - 1].text.strip(), lines[k].text.strip(), by_length=False):
        return k - 1
    return k


def _joined_title(parts: list[Text]) -> Text:
    """A title's lines as one line: joined by a space in English, run together where both ends are Japanese (a
    Japanese title wrapped over two lines: ``城下町の水路を活かした`` / ``観光まちづくり``, as a paper's title block and a PDF
    cover's title join theirs, :func:`.cover.join_cover_title`; a cover's had been joined by a space)."""
    if len(parts) == 1:
        return parts[0]
    sep = None if script_of(parts[0].text) == JA and script_of(parts[-1].text) == JA else Text.inserted(" ")
    return Text.join(parts, sep=sep)


def _cover_over_number(lines: list[Text], cover: Cover, anchors: list[Anchor],
                       layout: Layout | None = None) -> tuple[Cover, Anchor | None, bool]:
    """The cover of a deck whose numbers stand under their slides' titles (:func:`_numbers_under_titles`) and whose
    first number stands right under the cover's last line, the number the cover takes (``None``: it takes none), and
    whether the numbers are still read under their titles.

    * The lines under that number up to the next slide's title hold no slide content (no bullet, no sentence): the
      cover's place, its speaker, or nothing (a cover that is its title alone). The cover is that numbered slide, its
      lines those under the number too (``Water Infrastructure in the Steppe City`` / ``1`` / ``Ulaanbaatar, Mongolia``
      / ``Baterdene Ganzorig, …``: trial 64b, each title had moved onto the slide before).
    * They hold content (``Kurume and Hefei`` / ``1`` / ``■ Friendship agreement in 1980``): the line over the number
      titles slide 1, no cover's (the first line after a paper, helper deck63): a one-line cover is none, a longer
      one gives its last line back where it is no title line of it; where it is (the cover's title over slide 1's
      content), the numbers are not read under their titles and the cover stays.
    """
    first, after = anchors[0], anchors[1]
    under = lines[first.index + 1:_title_lines(lines, after, first.index + 1, layout)]
    if not any(is_bullet(s := t.text.strip()) or s.endswith((".", "。")) for t in under):
        return replace(cover, lines=cover.lines + tuple(under), end=first.index + 1 + len(under)), first, True
    over = lines[cover.end - 1]
    if cover.lines == (over,):
        return Cover((), (), None, cover.end - 1), None, True
    if over not in cover.title:
        return replace(cover, lines=cover.lines[:-1], end=cover.end - 1), None, True
    return cover, None, False


def _box_starts(lines: list[Text], start: int, end: int, layout: Layout, whole_sentences: bool = False) -> set[int]:
    """Where the slides of ``lines[start:end]``, a deck set apart by blank lines (:func:`slide_boxes`), start; empty
    when the lines are no such deck. ``whole_sentences``: the deck showed a slide's furniture (a running footer taken
    out, a closing thanks), so slides of whole sentences count (:func:`slide_boxes`)."""
    boxed = slide_boxes(lines[start:end], layout, cover=False, whole_sentences=whole_sentences)
    return {start + b[0] for b in boxed[0]} if boxed is not None else set()


def build_deck(lines: list[Text], layout: Layout, is_city_only, ignore_words: frozenset[str],
               side: Side | None = None, furnished: bool = False, after_paper: bool = False,
               paper_title: str | None = None, titled: bool = False) -> Deck:
    """Cover, numbered slides (in number order) and closing slide of a talk's English lines. ``side``: where the
    numbers stand, when the caller knows it (numbers cut off the slides' last lines, :func:`split_glued_numbers`:
    below), else read from the deck (:func:`number_side`). ``furnished``: the caller took a running footer or header
    off the deck's boxes (:func:`slide_boxes`), a slide's furniture that lets slides of whole sentences count.
    ``paper_title``: the talk's English title its paper gave (:func:`split_cover`); ``titled``: its title block gave
    a title (:func:`_numbered_from_first_line`)."""
    cover = split_cover(lines, layout, is_city_only, after_paper=after_paper, paper_title=paper_title)
    closing_at = split_closing(lines, cover.end, is_city_only)
    anchors = find_anchors(lines, cover.end, closing_at)
    one_line_cover = cover.end > 0 and cover.lines == (lines[cover.end - 1],)
    if one_line_cover and cover.end - 1 in titles_set_large(lines, layout):
        # the one line read as the cover titles a slide of a page of several (a handout's, or slides after a paper)
        cover = Cover((), (), None, cover.end - 1)
    sized = side_by_page_sizes(lines, anchors, closing_at, layout) if side is None else None
    under_titles = side is None and sized is None and _numbers_under_titles(lines, anchors, cover.end, layout)
    cover_anchor: Anchor | None = None  # the number the cover takes (its own, under its title)
    if under_titles and anchors[0].index == cover.end:
        # the deck's first number stands right under the cover's last line
        cover, cover_anchor, under_titles = _cover_over_number(lines, cover, anchors, layout)
        anchors = anchors[1:] if cover_anchor is not None else anchors
    if anchors and anchors[0].offset is None and anchors[0].value == 1 and not under_titles:
        # (a ``1`` under a slide's title numbers that slide: the line over it is no cover's)
        cover = _cover_to_its_number(lines, cover, anchors[0].index, layout)
    side = UNDER_TITLE if under_titles else (side or sized or number_side(lines, anchors, layout, cover.end)) if anchors else None
    if side == BELOW and anchors[0].value > 1 and cover.end > 0:
        cover = _cover_to_its_box(lines, cover, anchors[0].index, layout)
    elif anchors and side == BELOW and anchors[0].value == 1:
        paged_cover = _cover_to_its_page(lines, cover, anchors[0], copied=False)
        if paged_cover is cover and _cover_runs_to_number(lines, cover, anchors[0], layout, anchors):
            # the cover's title heads the first slide's content, which its ``1`` closes: the cover is slide 1 (its
            # subtitle, if read, was that content's first line)
            paged_cover = replace(cover, lines=cover.lines + tuple(lines[cover.end:anchors[0].index]),
                                  end=anchors[0].index, subtitle=None, title=_slide_title_of(cover.title, layout))
        cover = paged_cover
    elif anchors and side == ABOVE and _heads_cover_copy(lines, anchors[0], cover.end):
        cover = _cover_to_its_page(lines, cover, anchors[0], copied=True)
    elif anchors and side == ABOVE and anchors[0].value == 1:
        cover = _cover_box_over_first_number(lines, cover, anchors[0].index, layout)
    whole = furnished or closing_at < len(lines)  # a slide's furniture: slides of whole sentences count
    numbered = None
    if after_paper and (not anchors or _anchors_on_page_labels(lines, anchors)):
        # (a line naming its page before its phrase, ``p.1  Toyama City: …``, is read as a page number glued to its
        # slide, an anchor; where every anchor is such a line, they are one-line slides numbered so: helper vol74)
        numbered = _numbered_from_first_line(lines, closing_at, paper_title, titled) \
            or _numbered_after_cover(lines, cover, closing_at, layout, is_city_only, paper_title)
    elif not anchors:
        # a deck alone numbered on its titles' lines, its points under them (helper slide70)
        numbered = _titled_alone_after_cover(lines, cover, closing_at, layout, is_city_only)
    if numbered is not None:
        cover, numbered = numbered
        # each numbered line after the English title a slide, its number printed before its title (trial 67d)
        # (the phrase after the number is the slide's title by where it stands, whatever its case: ``2 Sister City
        # since 1987: Heidelberg`` had been an untitled slide's line, trial 68c)
        # (the points under a numbered title are its slide's lines: trial 68e)
        built = [Building(number=n, order=n, lines=[lines[i][cut:].strip(), *lines[i + 1:stop]], titled=True)
                 for i, n, cut, stop in numbered]
        # (an ideographic space after the number is a character: it goes to the ledger with the number, trial 68e)
        number_texts = [lines[i][:cut].strip(LAYOUT_SPACES) for i, _, cut, _ in numbered]
    else:
        built, number_texts = _assemble(lines, anchors, side, cover.end, closing_at, layout, ignore_words,
                                        whole_sentences=whole)
    # the pages' numbers beside the slides' own go out with them, page-number text (page_numbers_beside_slides), once
    # each slide's title is read as before (a one-line slide, ``Questions`` over ``4``, keeps its title)
    paged = {id(lines[i]) for i in page_numbers_beside_slides(lines, cover.end, len(lines))}
    slides: list[Slide] = []
    built.sort(key=lambda b: b.order)
    cover_number = None
    cover_copy: tuple[Text, ...] = ()
    if cover_anchor is not None:
        # the cover's title over the cover's own number (numbers under their titles): the cover is that slide
        cover_number = cover_anchor.value
        number_texts.append(lines[cover_anchor.index])
    elif cover.lines and anchors and anchors[0].index == cover.end and built and not built[0].lines \
            and built[0].number == anchors[0].value:
        # The first page number stands right under the cover and numbers nothing after it:
        # the cover is that slide (a deck numbered at each slide's foot counts its cover).
        cover_number = built.pop(0).number
    elif cover.lines and side == ABOVE and anchors and anchors[0].index == cover.end and built \
            and built[0].number == anchors[0].value and built[0].lines \
            and all(any(_repeats(t, c) for c in cover.lines) for t in built[0].lines):
        # The first number heads the cover printed again (its title, its speaker) after the talk's English title
        # block: one slide, the cover, with that number; the copy's lines go to the ledger (trial 52b: the block was
        # an unnumbered slide of its own and slide 1 an empty copy of its title)
        copy = built.pop(0)
        cover_number, cover_copy = copy.number, tuple(copy.lines)
        cover = _titled_as_copied(cover, copy.lines[0])
    if cover.lines:
        title = _joined_title(list(cover.title)) if cover.title else Text.join((), sep=None)
        rest = tuple(t for t in cover.lines if t not in cover.title)
        number_texts.extend(t for t in rest if id(t) in paged)
        slides.append(Slide(number=cover_number, title=title, lines=tuple(t for t in rest if id(t) not in paged)))
    for slide in map(lambda b: _finish(b, layout), built):
        number_texts.extend(t for t in slide.lines if id(t) in paged)
        slides.append(replace(slide, lines=tuple(t for t in slide.lines if id(t) not in paged)))
    boxed = not anchors and bool(_box_starts(lines, cover.end, closing_at, layout, whole_sentences=whole))
    slides = _one_word_titles(slides, cover=bool(cover.lines), is_city_only=is_city_only, boxed=boxed)
    if slides and slides[0].number is None and cover_number is None \
            and numbers_are_places([(k, s.number) for k, s in enumerate(slides) if s.number is not None]):
        # slides 2, 3 … follow the cover (or the slide before the first number) one by one: it is slide 1, its
        # number hidden (not printed)
        slides[0] = replace(slides[0], number=1)
    if closing_at < len(lines):
        closing = list(lines[closing_at:])
        thanks = next(i for i, t in enumerate(closing) if CLOSING.match(t.text.strip()))
        number_texts.extend(t for t in closing if id(t) in paged)
        rest = [t for i, t in enumerate(closing) if i != thanks and id(t) not in paged]
        # a page number under the closing line that goes on from the last slide's is the closing slide's own
        last = max((b.number for b in built if b.number is not None), default=None)
        own = next((t for t in closing[thanks + 1:] if id(t) not in paged and (v := page_number_values(t.text)) and len(v) == 1
                    and last is not None and v[0] == last + 1), None)
        number = None
        if own is not None:
            rest.remove(own)
            number_texts.append(own)
            number = page_number_values(own.text)[0]
        elif anchors and anchors[-1].index == closing_at - 1 and slides and slides[-1].number == anchors[-1].value \
                and slides[-1].title is None and not slides[-1].lines:
            # numbered at each slide's head: the last number stands right over the closing line, which is that slide
            number = slides.pop().number
        title = closing[thanks]
        if thanks + 1 < len(closing) and closing[thanks + 1] in rest and CLOSING.match(closing[thanks + 1].text.strip()) \
                and english_under_title_ja(title.text, closing[thanks + 1].text):
            # ``ご清聴ありがとうございました`` over ``Thank you for listening``: the closing slide's title in both languages
            rest.remove(closing[thanks + 1])
            title = Text.join([title, closing[thanks + 1]], sep=Text.inserted(BILINGUAL_TITLE_SEPARATOR))
        slides.append(Slide(number=number, title=title, lines=tuple(rest)))
    # a title's count of its parts under it (``Results`` / ``1/3``) is the title's: one title, as on a deck's pages
    counts = [lines[i] for i in _counted_parts(lines, 0, len(lines))]
    slides = [replace(s, title=Text.join([s.title, s.lines[0]], sep=Text.inserted(" ")), lines=s.lines[1:])
              if s.title is not None and s.lines and s.lines[0] in counts else s for s in slides]
    return Deck(cover, tuple(_joined_wraps(slides)), tuple(number_texts), cover_copy=cover_copy)


MAX_SLIDE_LINES = 8
"""Lines a slide set apart by blank lines holds at most (:func:`slide_boxes`): a paper's paragraph runs longer."""
SLIDE_WIDTH = 60
"""Display columns a raw line of such a slide fills at most: a slide's lines are short; a paper's text dump wraps
at 70 columns and more (a narrow column's paragraph is told apart by its wraps instead)."""
SLIDE_BOX_SHARE = 0.75
"""Share of the boxes of two lines or more after the cover that must be slide-shaped (:func:`slide_boxes`)."""
MAX_WRAPPED = 1 / 3
"""Share of the pairs of lines inside the boxes where the next line carries on the sentence the line left open
(:func:`~.slidetext.continues`) above which the boxes are a paper's paragraphs, wrapped at a narrow measure, not
slides (each line of a slide stands alone; a word broken with a hyphen clean has joined already)."""


MAX_CELL_CHARS = 2
"""Characters a line of a box holds at most to count as a cell, no phrase: where they are half its lines the box is
no slide (:func:`_slide_box`; vertical text extracted a column a line, ``し`` / ``ば`` / ``ら`` / ``ク``: kanbun's example
in the corpus run of helper jadeck51 had been read as a deck of 67 slides)."""
_POSTAL = re.compile(r"^〒\s*[0-9０-９]{3}[-－ー‐]?[0-9０-９]{4}")
"""A Japanese address's postal code (``〒123-4567 あさひ市本町1-2-3``): an address list's line, no slide's."""
_SENTENCE_END_JA = ("。", "．")
"""A Japanese sentence's end: a line closing on it is prose (a slide's lines are phrases, its bullets no sentences)."""


def _slide_title(title: str, following: str | None) -> bool:
    """``title`` may head a slide of a deck set apart by blank lines: title-like or a short title phrase in English
    (``Why Tides?``), a short Japanese title phrase (``背景``, ``町の概要``: :func:`.slidetext.is_title_phrase_ja`), or a
    title in both languages on one line (``町の概要 / About the Town``: :func:`.slidetext.is_bilingual_title`)."""
    return is_title_like(title) or is_title_phrase(title, following) or is_title_phrase_ja(title) \
        or is_bilingual_title(title, following)


@lru_cache(maxsize=1 << 14)
def continues_ja(previous: str, line: str) -> bool:
    """``line`` carries on the Japanese sentence ``previous`` left open: ``previous`` stops on a comma (``、``) or a
    particle (``…空き店舗が``), and ``line`` is no bullet. A slide's Japanese lines are phrases that close on a noun.

    >>> continues_ja("地方都市の商店街では、", "空き店舗が増えている。"), continues_ja("利用者が年々減少", "・運転手が不足")
    (True, False)
    """
    from pipeline.segment.titleblock import _ends_on_particle

    p = previous.strip()
    if not p or not has_japanese(p) or p.endswith(_SENTENCE_END_JA) or is_bullet(line):
        return False
    return p.endswith(("、", "，")) or _ends_on_particle(p)


def _wraps(a: str, b: str) -> bool:
    """``b`` carries on the sentence ``a`` left open, in English (:func:`.slidetext.continues`) or Japanese
    (:func:`continues_ja`)."""
    return continues(a, b) or continues_ja(a, b)


def _table_under_title(lines: list[Text], box: list[int]) -> bool:
    """The box's lines under its first are one table's rows (:func:`~.tables.table_runs`), its header unparted or
    not, two rows at least: a heading over its table (a pass list's ``【推薦入試】`` over ``1003⇥青木　美咲`` …, a
    results sheet's or an accounts' block), no slide. Why (issue 16 point 2, helper tab80): a pass list dumped with a
    blank line between its lists had weighed as a deck of slide boxes (its list headings ``1級合格者``, ``2級合格者``
    running heads), each list a slide; its rows are records, as a table's rows are everywhere else.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _table_under_title(mk("推薦入試", "1003\\t青木　美咲", "1007\\t石田　陽菜"), [0, 1, 2])
    True
    >>> _table_under_title(mk("Why Tides?", "Predictable every day", "No fuel to import"), [0, 1, 2])
    False
    """
    from pipeline.segment.tables import table_runs

    under = [lines[i] for i in box[1:]]
    if under and "\t" not in under[0].text:
        under = under[1:]  # a header whose words one space parts (``受験番号　氏名``)
    return len(under) >= 2 and table_runs(under) == ((0, len(under)),)


def _slide_box(lines: list[Text], layout: Layout, box: list[int], whole_sentences: bool = False) -> bool:
    """The box reads as one slide: two to :data:`MAX_SLIDE_LINES` lines, the first a title (:func:`_slide_title`:
    title-like, a short title phrase, ``Why Tides?``, a Japanese one, ``背景``, or a bilingual one, ``町の概要 / About
    the Town``) that the next line does not carry on, every raw line within :data:`SLIDE_WIDTH` columns; under the
    title no person's name alone, address or means of contact (an address list's entry: ``Kiel Harbour Office`` /
    ``Maria Lund`` / ``12 Quay Street``; ``市役所 福祉課`` / ``〒123-4567 …``), and no more than half of its lines
    (bullets aside) whole sentences ending on a full stop (a record's item: ``Item 1: Budget`` / ``The committee
    approved …``) or in a Japanese sentence (``…を行います。``, the lines a sentence runs over: a newsletter's item,
    a paper's paragraph under its heading, an FAQ's answer, a minutes' speaker). With ``whole_sentences`` (the boxes show a
    slide's furniture besides: :func:`slide_boxes`), whole sentences are a slide's lines too, each closing on its own
    line within the width.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _slide_box(mk("Why Tides?", "Predictable every day", "No fuel to import"), Layout.plain(), [0, 1, 2])
    True
    >>> _slide_box(mk("Item 1: Budget", "The committee approved the budget.", "The treasurer will report."), Layout.plain(), [0, 1, 2])
    False
    >>> _slide_box(mk("Kiel Harbour Office", "Maria Lund", "12 Quay Street"), Layout.plain(), [0, 1, 2])
    False
    >>> _slide_box(mk("課題 / Challenges", "観光客の減少", "宿泊施設の不足"), Layout.plain(), [0, 1, 2])
    True
    >>> _slide_box(mk("秋の清掃活動", "十月十五日に町内一斉清掃を行います。", "軍手は自治会で用意します。"), Layout.plain(), [0, 1, 2])
    False
    """
    texts = [lines[i].text.strip() for i in box]
    if not 2 <= len(texts) <= MAX_SLIDE_LINES:
        return False
    if 2 * sum(len(s) <= MAX_CELL_CHARS for s in texts) > len(texts):
        return False  # lines of a character or two: vertical text's columns, a table's cells, no slide's phrases
    title, following = texts[0], texts[1]
    if not _slide_title(title, following) or _wraps(title, following):
        return False
    if calendar_key(title):
        # a calendar's or a timetable's block: a month over its events, rows led by a date or a time from the first
        # (``4月　始業式`` / ``4月　入学式``); a slide's schedule (``今後の予定`` / ``4月 設計の完了``) has its title
        return False
    under = texts[1:]
    if _table_under_title(lines, box):
        return False
    if any(is_person_name(s) or is_address_line(s) or contact_line(s) or _POSTAL.match(s) for s in under):
        return False
    plain = [s for s in under if not is_bullet(s)]
    sentences = sum(s.endswith(".") and len(s.split()) >= 3 for s in plain)
    # a Japanese sentence's lines: the line that closes it on 。 and those it runs over before it
    in_sentence = False
    for s in reversed(plain):
        in_sentence = s.endswith(_SENTENCE_END_JA) or (in_sentence and has_japanese(s) and not s.endswith(("」", "』")))
        sentences += in_sentence and has_japanese(s)
    if plain and 2 * sentences > len(plain) \
            and not (whole_sentences and all(s.endswith(_SENTENCE_END_JA + (".", "!", "?", "！", "？")) for s in plain)):
        return False
    return all(layout.width(lines[i]) <= SLIDE_WIDTH and layout.end_width(lines[i]) <= SLIDE_WIDTH for i in box)


MIN_JOINED_LINES = 2
"""Lines the box under a title alone holds at least before it is read as that title's slide: a slide's lines, its
bullets, are a list; a line alone under a line alone is as likely a record's field (a collector's name over a
date, herbarium labels in the corpus run of helper jadeck51: ``杨宇昌`` / blank / ``2018.12.9``)."""
MIN_JOINED_SLIDES = 2
"""Slides a deck set apart by blank lines shows at least, each a title alone in its box over a box of its lines,
before every such pair is read as one slide (:func:`_titles_over_their_boxes`)."""


def _titles_over_their_boxes(lines: list[Text], boxes: list[list[int]], cover: bool) -> list[list[int]]:
    """``boxes`` with each box of one title line (:func:`_slide_title`), or of a Japanese title over its English
    (:func:`.slidetext.english_under_title_ja`, no city's name: a map's labels), joined to the box under it (of :data:`MIN_JOINED_LINES` lines at least), where the deck's
    slides hold a blank line between their title and their lines: at least :data:`MIN_JOINED_SLIDES` such pairs after
    the cover, and the pairs half the boxes after it, each counted once (a closing thanks, a section's title slide
    stand alone); else ``boxes`` as they are. The box under a title is no title alone itself (two headings in a row
    are two slides, or a heading over a heading). Whether the joined boxes are slides is :func:`slide_boxes`' own
    test (a paper's heading set apart from its paragraph joins it here, and its sentences say it is no slide).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("表題", "現状", "・減少", "・不足", "課題", "・確保", "・増加")
    >>> _titles_over_their_boxes(ls, [[0], [1], [2, 3], [4], [5, 6]], True)
    [[0], [1, 2, 3], [4, 5, 6]]
    >>> _titles_over_their_boxes(ls, [[0], [1, 2, 3], [4], [5, 6]], True)
    [[0], [1, 2, 3], [4], [5, 6]]
    >>> ls = mk("表題", "現状", "Current State", "・減少", "・不足", "課題", "Challenges", "・確保", "・増加")
    >>> _titles_over_their_boxes(ls, [[0], [1, 2], [3, 4], [5, 6], [7, 8]], True)
    [[0], [1, 2, 3, 4], [5, 6, 7, 8]]
    """
    first = 1 if cover else 0

    def alone(k: int) -> bool:
        texts = [lines[i].text.strip() for i in boxes[k]]
        if len(texts) == 2:
            # a Japanese title over its English (``町の概要`` / ``About the Town``): one title of two lines
            return is_title_phrase_ja(texts[0]) and english_under_title_ja(texts[0], texts[1]) \
                and not is_municipality_en(texts[1])
        return len(texts) == 1 and _slide_title(texts[0], None)

    joined: list[list[int]] = list(boxes[:first])
    pairs = 0
    k = first
    while k < len(boxes):
        if k + 1 < len(boxes) and len(boxes[k + 1]) >= MIN_JOINED_LINES and alone(k) and not alone(k + 1) \
                and not _wraps(lines[boxes[k][0]].text.strip(), lines[boxes[k + 1][0]].text.strip()):
            joined.append(boxes[k] + boxes[k + 1])
            pairs += 1
            k += 2
        else:
            joined.append(boxes[k])
            k += 1
    body = len(joined) - first
    if pairs < MIN_JOINED_SLIDES or 2 * pairs < body:
        return boxes
    return joined


MIN_EVIDENT_BOXES = 2
"""Boxes that must show one kind of a slide's furniture (a bulleted line, a title in both languages) before it is
evidence that blank-line boxes are a deck's slides (:func:`_slides_evident`): one is as likely a list's item."""


def _slides_evident(lines: list[Text], boxes: list[list[int]], cover: bool) -> bool:
    """Boxes set apart by blank lines show what slides show besides their shape (:func:`slide_boxes`' ``evidence``): a
    speaker named on the cover (``みどり市 福祉課 山田 太郎``, ``Jane Smith, Port Energy Office``), bulleted lines in
    :data:`MIN_EVIDENT_BOXES` boxes, titles in both languages in as many, or a closing thanks in the last box. A running
    footer or header (:func:`~.furniture.box_edge_lines`) is the caller's. Why (decision, helper deck52): a school
    calendar, a collection schedule or a festival's running order set apart by blank lines (``燃えるごみ`` / ``月曜日``
    / ``木曜日``) had been read as a deck; a short heading over a few short lines is any list's shape, no slide's alone.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("ごみ収集日程表", "あさひ市 環境課", "燃えるごみ", "月曜日", "木曜日", "資源ごみ", "第1金曜日", "第3金曜日")
    >>> _slides_evident(ls, [[0, 1], [2, 3, 4], [5, 6, 7]], True)
    False
    >>> ls = mk("水辺再生", "みどり市 企画課 山田 太郎", "背景", "遊歩道の老朽化", "利用者の減少", "成果", "利用者が増加", "種類が増えた")
    >>> _slides_evident(ls, [[0, 1], [2, 3, 4], [5, 6, 7]], True)
    True
    """
    texts = [t.text.strip() for t in lines]
    head = boxes[0] if cover and boxes else []
    # (a line naming a day, ``Kendal Showground, Saturday 22 May 2027``, is an occasion's venue and date, no speaker's,
    # however its words read: a show's results set apart by blank lines had been a deck, helper tab80)
    if any((speaker_split(texts[i]) is not None or name_then_affiliation(texts[i]) is not None
            or is_person_name(texts[i])) and not is_date_line(texts[i]) for i in head):
        return True
    body = boxes[1:] if cover else boxes
    if sum(any(is_bullet(texts[i]) for i in b) for b in body) >= MIN_EVIDENT_BOXES:
        return True
    if sum(is_bilingual_title(texts[b[0]], texts[b[1]] if len(b) > 1 else None)
           or (len(b) > 1 and is_title_phrase_ja(texts[b[0]]) and english_under_title_ja(texts[b[0]], texts[b[1]]))
           for b in body if b) >= MIN_EVIDENT_BOXES:
        return True
    return bool(body) and any(CLOSING.match(texts[i]) for i in body[-1])


def slide_boxes(lines: list[Text], layout: Layout, cover: bool = True, evidence: bool = False,
                whole_sentences: bool = False) -> tuple[list[list[int]], dict[int, str]] | None:
    r"""A deck dumped with blank lines between its slides, and no page numbers or form feeds: its boxes (index runs,
    its running lines left out) and its running lines (:func:`~.furniture.box_edge_lines`), else ``None``.

    Evidence (issue 16, session 51), all of it needed: after the first box (the cover, where ``cover``), two boxes or
    more are slide-shaped (:func:`_slide_box`: a short title over a few short lines), they are
    :data:`SLIDE_BOX_SHARE` of the boxes of two lines or more and half of all boxes (a heading alone, the closing
    thanks, may stand in a box of its own), and their lines rarely carry on one another's sentence
    (:data:`MAX_WRAPPED`: a narrow paper's paragraphs under their headings do). A paper's paragraphs set apart by
    blank lines open on a sentence, no title, and wrap at its measure. A text dump's only: a PDF's pages are known.
    Where ``evidence`` (the caller weighs whether the text is a deck at all), the boxes must also show a slide's
    furniture: a running footer or header, or what :func:`_slides_evident` reads (a speaker on the cover, bullets,
    titles in both languages, a closing thanks); a calendar's or a schedule's blocks show none (helper deck52).

    >>> from pipeline.layout import derived_layout
    >>> from pipeline.segment.layout import Layout
    >>> def mk(text):
    ...     raw = text.split("\n")
    ...     lay = Layout(derived_layout(raw), tuple(n for n, s in enumerate(raw, 1) if not s))
    ...     return [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s], lay
    >>> deck = "Tides\nJane Smith\n\nWhy Tides?\nPredictable\nNo fuel\nOffice 2025\n\nCosts\nA grant\nOffice 2025"
    >>> boxes, furniture = slide_boxes(*mk(deck)); boxes, furniture
    ([[0, 1], [2, 3, 4], [6, 7]], {5: 'running-footer', 8: 'running-footer'})
    >>> paper = "Tides\nJane Smith\n\nIntroduction\nSmall towns depend on\ndiesel for their power.\n\nMethod\nTwo turbines were\ninstalled in 2022."
    >>> slide_boxes(*mk(paper)) is None
    True
    """
    from pipeline.segment.furniture import box_edge_lines, text_boxes

    if layout.page_sizes:
        return None  # a PDF's pages are known: its slides are its pages (page_deck), its boxes no evidence here
    boxes = _titles_over_their_boxes(lines, text_boxes(lines, layout), cover)
    furniture = box_edge_lines(lines, boxes) if cover else box_edge_lines(lines, [[]] + boxes)
    keyed = {lines[i].text.strip() for i in furniture if calendar_key(lines[i].text)}
    if len(keyed) > 1:
        # months or dates that differ from box to box (``4月`` … ``7月`` over each month's events) are a calendar's
        # headings, no running head, though their digits sign alike (helper deck52)
        furniture = {i: edge for i, edge in furniture.items() if lines[i].text.strip() not in keyed}
    boxes = [kept for b in boxes if (kept := [i for i in b if i not in furniture])]
    body = boxes[1:] if cover else boxes
    multi = [b for b in body if len(b) >= 2]
    # slides that speak in whole sentences (``村の面積の八割が里山です。``) are told from a paper's headed paragraphs
    # by a slide's furniture only: a running footer on each, or a closing slide of thanks alone in its box (helper
    # deck52: such a deck had been read as prose)
    closing = bool(body) and len(body[-1]) == 1 and CLOSING.match(lines[body[-1][0]].text.strip()) is not None
    whole = whole_sentences or bool(furniture) or closing
    shaped = [b for b in multi if _slide_box(lines, layout, b, whole_sentences=whole)]
    if len(shaped) < 2 or len(shaped) < SLIDE_BOX_SHARE * len(multi) or 2 * len(shaped) < len(body):
        return None
    pairs = [(lines[a].text.strip(), lines[b].text.strip()) for box in multi for a, b in zip(box, box[1:])]
    if sum(_wraps(a, b) for a, b in pairs) > MAX_WRAPPED * len(pairs):
        return None
    if evidence and not furniture and not _slides_evident(lines, boxes, cover):
        return None
    return boxes, furniture

MIN_HANDOUT_SHARE = 0.8
"""The share of a deck's numbers 1..N its page-number lines must give, each once, before their order is the slides'
(:func:`handout_deck`): all of a deck of 5 but one, whose number extraction lost (its slide keeps number null)."""
MIN_HANDOUT_SLIDES = 3
"""Page-number lines a deck printed out of order shows at least: two numbers out of order are as likely a stray
count as a handout's order."""


MIN_OUT_OF_PLACE = 2
"""Numbers that stand out of their rising place in a deck printed out of order, at least (the numbers less their
longest rising run): a deck in order with one stray number on a line of its own (a count, ``1`` inside slide 5 of a
deck whose cover hides its 1) is no handout; a 2-up handout of 5 slides, ``2 4 1 3 5``, has 2."""
MIN_RUN_LENGTH = 3
"""An n-up handout's numbers run in a few rising runs, one a column of its pages (``2 4 6 8`` | ``1 3 5 7``): at most
one fall for every 3 numbers. Numbers in no order (ptex-manual's eptex_resume, ``8 1 9 10 7 3 2 4``: 4 falls in 8) are
no pages' order (corpus run of helper handout51)."""
MAX_RISING_SHARE = 0.75
"""The share of a handout's numbers its longest rising run holds at most: an n-up handout interleaves its runs (``2 4
6 8 1 3 5 7``: 4 of 8; ``2 4 1 3 5``: 3 of 5; with one lost, ``2 4 1 5``: 3 of 4), a deck in order with strays keeps
most in one run (jpnedumathsymbols' ``3 1 2 4 … 10 0 11 … 15``, a formula's 3 and 0 on lines of their own: 14 of 16,
corpus run of helper handout51, where it had been read as a handout and lost its title)."""


def _longest_rising(values: list[int]) -> int:
    """The length of the longest strictly rising subsequence of ``values`` (patience sorting).

    >>> _longest_rising([2, 4, 6, 8, 1, 3, 5, 7]), _longest_rising([2, 3, 4, 1, 5, 6])
    (4, 5)
    """
    tails: list[int] = []
    for v in values:
        k = bisect.bisect_left(tails, v)
        tails[k:k + 1] = [v]
    return len(tails)


def handout_anchors(lines: list[Text]) -> tuple[list[Anchor], int] | None:
    """The page-number lines of a deck alone printed out of number order (an n-up handout dumped page by page: ``2/8``,
    ``4/8``, ``6/8``, ``8/8``, ``1/8``, ``3/8`` …, or ``1 3 5 2 4 6``), in reading order, with the deck's count of
    slides N (the total printed, ``3/8``, else the largest number); ``None`` where the numbers rise (a deck in order:
    :func:`build_deck` reads it, with a stray number or two: :data:`MIN_OUT_OF_PLACE`, :data:`MAX_RISING_SHARE`) or
    are no pages' numbers (in no order: :data:`MIN_RUN_LENGTH`). They are when each stands on a line of its own
    (:func:`find_anchors`: a table's cells set a cell per line are none), each number comes once, every number is
    1 to N, and they give at least :data:`MIN_HANDOUT_SHARE` of 1..N (at least :data:`MIN_HANDOUT_SLIDES`).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> found = handout_anchors(mk("Plan", "2/4", "Next", "4/4", "Title", "1/4", "Why", "3/4"))
    >>> [a.value for a in found[0]], found[1]
    ([2, 4, 1, 3], 4)
    >>> handout_anchors(mk("Title", "1/4", "Plan", "2/4", "Why", "3/4", "Next", "4/4")) is None
    True
    """
    anchors = [a for a in find_anchors(lines, 0, len(lines)) if a.offset is None]
    values = [a.value for a in anchors]
    if len(values) < MIN_HANDOUT_SLIDES or len(set(values)) < len(values) or min(values) < 1:
        return None
    rising = _longest_rising(values)
    if len(values) - rising < MIN_OUT_OF_PLACE or rising > MAX_RISING_SHARE * len(values) \
            or sum(b < a for a, b in zip(values, values[1:])) > len(values) // MIN_RUN_LENGTH:
        return None
    totals = {n.total for a in anchors if (n := page_number(lines[a.index].text.strip())) is not None and n.total}
    total = totals.pop() if len(totals) == 1 else max(values)
    if max(values) > total or len(values) < MIN_HANDOUT_SHARE * total:
        return None
    return anchors, total


def handout_deck(lines: list[Text], layout: Layout, is_city_only, ignore_words: frozenset[str]) -> Deck | None:
    """A deck alone printed out of number order (:func:`handout_anchors`) read in number order; ``None`` for any
    other deck.

    Why (issue 16, user's trial 51): an 8-slide deck dumped from handout pages in the order 2, 4, 6, 8, 1, 3, 5, 7
    had been read as a deck in order: its first slide the cover, its thanks slide the closing with everything after
    it, and 4 slides came out (2, 4, 6, and "7" holding the cover and slides 1, 3, 5, 7 as lines). The numbers, each
    once, are the order: the deck is cut at them as any deck is (:func:`_assemble`, the side they stand on by the
    votes that need no order, :func:`number_side`; a lost number placed where the run says, :func:`place_missing`,
    its slide's number null), and the slides sorted by number. The cover is the slide numbered 1 (or put first by
    the run, its number lost) wherever it was printed, when its lines are a cover's (:func:`split_cover` takes them
    all: the title, the speaker); a thanks slide last keeps its title in both languages (:func:`_finish`).
    """
    found = handout_anchors(lines)
    if found is None:
        return None
    anchors, total = found
    side = number_side(lines, anchors, layout, 0, ordered=False)
    built, number_texts = _assemble(lines, anchors, side, 0, len(lines), layout, ignore_words, total=total)
    built.sort(key=lambda b: b.order)
    if not built:
        return None
    slides = [_finish(b, layout) for b in built]
    cover = Cover((), (), None, 0)
    first = built[0]
    if first.number in (1, None) and first.lines:
        read = split_cover(first.lines, layout, is_city_only)
        if read.title and read.end == len(first.lines):
            cover = read
            slides[0] = Slide(number=first.number, title=Text.join(read.title, sep=Text.inserted(" ")),
                              lines=tuple(t for t in first.lines if t not in read.title))
    slides = _one_word_titles(slides, cover=bool(cover.lines), is_city_only=is_city_only)
    return Deck(cover, tuple(_joined_wraps(slides)), tuple(number_texts))


MIN_TITLED_SLIDES = 2
"""Slides of a deck, each headed by a title on its first line, that show the deck heads its slides so: evidence for
a one-word first line of another slide (:func:`_one_word_titles`). Two: one titled slide is the deck's habit no more
than its cover is."""
_ONE_WORD = re.compile(r"[A-Z][a-z]{3,}")
_LIST_ITEM = re.compile(r"^(?:\(?[0-9]{1,2}[.)]\s+|（[0-9０-９]{1,2}）\s*|[０-９]{1,2}[．）]\s*)\S")
"""A numbered list's item (``1. Apply``, ``(2) Open``, ``（３）…``, ``１．…``)."""


def _first_line(t: Text) -> int | None:
    return next((p[0] for p in t.origin if p is not None), None)


def _titled_first(s: Slide) -> bool:
    """The slide's title is its first line (no line of the slide stands before it)."""
    if s.title is None:
        return False
    at = _first_line(s.title)
    return at is None or all((_first_line(t) is None or _first_line(t) >= at) for t in s.lines)


def _rows_kind(text: str) -> str | None:
    """``"list"`` for a list's item (``・…``, ``1. …``), ``"table"`` for a table's row (``a⇥b``): the kinds of line a
    slide's title stands over; ``None`` for any other line."""
    s = text.strip()
    if is_bullet(s) or _LIST_ITEM.match(s) is not None:
        return "list"
    return "table" if row_cells(s) is not None else None


def _one_word_titles(slides: list[Slide], cover: bool = False, is_city_only=lambda s: False,
                     boxed: bool = False) -> list[Slide]:
    """A slide without a title whose first line is one capitalised word (``Metrics``, ``Photogrammetry``) over a list's
    items or a table's rows takes it as its title where the deck heads its slides so: at least
    :data:`MIN_TITLED_SLIDES` of its other slides (the cover, ``cover``, not counted) have their title on their first
    line, and they outnumber the slides that have none. The evidence is the line's place (first, alone, one word, no
    stop, over items or rows) and the deck's habit, never the word's frequency (issue 16, session 50: ``Metrics``,
    Zipf 3.5, over a table's rows and ``Milestones`` over a timeline's stayed lines; trial 46: ``Photogrammetry``,
    Zipf 2.2, over three ``・`` items, where every other slide was a title over its items). A name is no such title
    (a person's, a municipality's line); nor is a table's head set a cell per
    line (:func:`~.slidetext.table_head_over_cells`); nor any word in a deck whose slides mostly carry no title, nor a
word over a list (a table) where the deck sets another list (table) under no title: the deck does not title that
kind. Nor the talk's own city alone (``is_city_only``: a talk's own ``Riverton`` over ``■`` items in the Riverton
talk, a photo's or a map's label, stays a line; another city's name where the deck's titles stand is read as a title).

    >>> mk = lambda *ss: tuple(Text.from_raw(s, 0) for s in ss)
    >>> deck = [Slide(1, None, mk("Bathymetry", "・Echo sounder on the ferry", "・Depths every 5 m")),
    ...         Slide(2, Text.from_raw("Tide Gauges", 0), mk("・Three stations")), Slide(3, Text.from_raw("Next Steps", 0), mk("・Publish data")),
    ...         Slide(4, None, mk("Metrics", "Year\\tStations", "2024\\t3"))]
    >>> [s.title.text for s in _one_word_titles(deck)]
    ['Bathymetry', 'Tide Gauges', 'Next Steps', 'Metrics']
    >>> deck[2] = Slide(3, None, mk("・Publish data")); _one_word_titles(deck)[0].title is None
    True

    In a deck whose slides are its text boxes (``boxed``: :func:`slide_boxes`, set apart by blank lines), the word
    stands alone at the top of its box: over any line that does not carry it on (``Timetables`` / ``Connections with
    trains at the port``), as over a list (issue 16, session 51).
    """
    def candidate(s: Slide) -> bool:
        if s.title is not None or len(s.lines) < 2:
            return False
        if _rows_kind(s.lines[1].text) is None and not (boxed and not continues(s.lines[0].text, s.lines[1].text)):
            return False
        word = s.lines[0].text.strip()
        return _ONE_WORD.fullmatch(word) is not None and not is_person_name(word) and not is_municipality_en(word) \
            and not is_city_only(word) and not table_head_over_cells([t.text for t in s.lines])

    body = slides[1:] if cover else slides
    titled = sum(_titled_first(s) for s in body)
    untitled = [s for s in body if s.title is None and not candidate(s)]
    if titled < MIN_TITLED_SLIDES or titled <= len(untitled):
        return slides
    # a list (a table) the deck sets under no title elsewhere: a word over one is no evidence of a title
    bare = {_rows_kind(s.lines[0].text) for s in untitled if s.lines}
    skip = 1 if cover else 0
    return [replace(s, title=s.lines[0], lines=s.lines[1:])
            if k >= skip and candidate(s) and ((kind := _rows_kind(s.lines[1].text)) is None or kind not in bare) else s
            for k, s in enumerate(slides)]


#: Lines from a page's top a frame title stands among (:func:`page_deck`: under a headline's section name or two).
FRAME_TITLE_ROWS = 3


MAX_OVERLAY_SWAPS = 1
"""Lines of a page an overlay's next page may no longer show and still build up its frame (beamer's ``\\only<1>{…}``
replaced by ``\\only<2>{…}``)."""
MIN_OVERLAY_SHARED = 3
"""Lines a page and the next share at least where the next no longer shows one of them (:func:`overlay_page`)."""


def overlay_page(before: set[str], after: set[str]) -> bool:
    """``after``, a page's lines (stripped), builds up the frame of the page before, ``before``: it shows every line
    of it and more (beamer's ``\\pause``, ``<+->``), the same lines again (``\\alert<2>``: only a colour changed),
    or all but :data:`MAX_OVERLAY_SWAPS` of them and more, sharing :data:`MIN_OVERLAY_SHARED` lines or more and
    three in four of the earlier page's (``\\only<1>{…}`` swapped for ``\\only<2>{…}`` as an item is added:
    beamer-verona's manual shows ``\\usetheme[sidebar,red]{Verona}``, then ``…gray…`` beside one more option).

    Decision (issue 16, helper tex80): an overlay sequence is one slide, the last, fullest page. Two frames that
    share a title and little else (``The sidebar option`` over other text), or pages that print numbers of their own,
    stay apart (:func:`page_deck` weighs the numbers).

    >>> overlay_page({"T", "a"}, {"T", "a", "b"}), overlay_page({"T", "a"}, {"T", "a"}), overlay_page({"T", "a", "b"}, {"T", "c"})
    (True, True, False)
    >>> overlay_page({"T", "a", "b", "x1"}, {"T", "a", "b", "c", "x2"}), overlay_page({"T", "x1"}, {"T", "x2", "c"})
    (True, False)
    """
    if before <= after:
        return bool(before)
    shared = before & after
    return len(before - after) <= MAX_OVERLAY_SWAPS and len(after) > len(before) \
        and len(shared) >= MIN_OVERLAY_SHARED and 4 * len(shared) >= 3 * len(before)


def _title_text(title: Text | None) -> str | None:
    return title.text.strip() if title is not None else None


def _with_overlay_lines(rest: list[Text], earlier: tuple[Text, ...], shown: set[str]) -> list[Text]:
    """``rest``, a frame's last page's lines, with the lines an earlier page of its overlays showed that it no longer
    shows (:func:`overlay_page`) put back after the line they followed there (the page's first line where none did)."""
    out = list(rest)
    anchor = None
    for t in earlier:
        key = t.text.strip()
        if key in shown:
            anchor = key
            continue
        at = next((k + 1 for k, u in enumerate(out) if u.text.strip() == anchor), 0) if anchor is not None else 0
        out.insert(at, t)
        anchor = key
        shown = shown | {key}
    return out


def page_deck(lines: list[Text], layout: Layout) -> Deck | None:
    """One slide per page, when the pages are known and each shows its own number (``3/6``, ``- 3 -``, ``3``).

    Used for a deck whose extraction kept its pages (a PDF, a dump with form
    feeds): the page is the slide. The slide's title is its line at the deck's frame-title place (the same font,
    size and height as on half its pages: :attr:`.layout.Layout.frame_title_slots`, real71), else its first line when
    that is short and no sentence; its number is the page-number line's value
    (that line goes to the ledger); a number that holds on the next page, which shows the page before and more (a frame
    built up over several pages, beamer's overlays: ``2/3``, ``3/3``, ``3/3``), numbers both. Pages wider than high (``Layout.landscape_pages``:
    a Beamer or presentation export) are slides even without numbers: each is
    numbered by its place. ``None`` when the pages do not look like slides
    (portrait pages with no number on most, two numbers on one, or numbers that
    do not keep step with the pages).
    """
    if layout.pages() < 2 or not lines:
        return None
    pages: dict[int, list[Text]] = {}
    for t in lines:
        pages.setdefault(layout.page(t), []).append(t)
    if len(pages) < 2:
        return None
    numbered: list[tuple[int, int]] = []  # (page's place, its number)
    one_each = True  # no page shows two numbers
    parts = _title_parts(list(pages.values()))  # a title's count of its parts under it is no page's number
    # a page's number beside its slide's ``Slide N`` is furniture, no second number of the page
    paged = {id(lines[i]) for i in page_numbers_beside_slides(lines, 0, len(lines))}
    for place, page_lines in enumerate(pages.values()):
        found = [t for t in page_lines if page_number_values(t.text) and len(page_number_values(t.text)) == 1
                 and t not in parts and id(t) not in paged]
        one_each = one_each and len(found) <= 1
        numbered += [(place, page_number_values(t.text)[0]) for t in found]
    # the numbers keep step with the pages (a year on one page and 7 on the next are no page numbers), or hold on the
    # next page where it builds up the same frame (an overlay: the page shows the one before and more)
    texts = [{t.text.strip() for t in page_lines} for page_lines in pages.values()]
    steps = one_each and all(b[1] - a[1] == b[0] - a[0] or (b[1] == a[1] and b[0] == a[0] + 1 and overlay_page(texts[a[0]], texts[b[0]]))
                             for a, b in zip(numbered, numbered[1:]))
    in_step = steps and len(numbered) >= 0.8 * len(pages)
    landscape = layout.landscape_pages()
    if not in_step and not landscape:
        return None
    if landscape and not in_step and steps and numbered and [p for p, _ in numbered] == list(range(1, len(pages))):
        in_step = True  # numbered from the second page on: the cover's page shows none (its slide has none)
    # landscape pages that print no numbers (a Beamer deck) are slides in page order: the page's place numbers it; so
    # does it a page that prints none in a deck whose printed numbers are their pages' places (a cover that hides its 1)
    by_place = not in_step or numbers_are_places(numbered)
    # the pages before the first printed number take their places where that number is its page's place (the cover's
    # hidden 1 before a built-up frame's ``2/3``, ``3/3``, ``3/3``: beamer-fuberlin)
    lead = numbered[0][0] if in_step and numbered and numbered[0][1] == numbered[0][0] + 1 else 0
    # the faces the pages' first lines that hold a word are set in: the deck's title face (a PDF's)
    title_faces = Counter(layout.font(p[0]) for p in pages.values() if p and _has_a_word(p[0].text)
                          and layout.font(p[0]) is not None)
    slides, number_texts, built_up = [], [], []
    frames = 0  # frames so far: a frame built up over pages is one slide, numbered by its place among frames
    for place, page_lines in enumerate(pages.values(), 1):
        number = next((t for t in page_lines if page_number_values(t.text) and t not in parts and id(t) not in paged),
                      None) if in_step else None
        # on slides numbered by their places, a page's own number with its total (``Page 4/21``: a theme that
        # restarts its count for backup slides, pure-minimalistic's ``Page 1/1``) is still its page's furniture
        counted = None if in_step else next((t for t in page_lines if _counted_page(t.text) and t not in parts), None)
        number_texts.extend(t for t in page_lines if id(t) in paged and t is not counted)
        rest = [t for t in page_lines if t is not number and t is not counted and id(t) not in paged]
        slot = next((k for k, t in enumerate(rest[:FRAME_TITLE_ROWS]) if layout.at_frame_title_slot(t)
                     and not is_bullet(t.text)), None) if place > 1 else None
        if slot:  # a small line over the frame title (beamer's headline, a section's name): the title first
            rest.insert(0, rest.pop(slot))
        title = rest[0] if rest and (slot is not None or _page_title(rest[0].text, cover=place == 1)) \
            and not unit_head_over_values([t.text for t in rest]) else None
        if title is not None and slot is None and place > 1 and not _has_a_word(title.text):
            # a diagram's label first on its page (``t 7``, set in a picture font): the title is the page's line in
            # the deck's title face, if any (trial 78c, semsamp2's ``Architecture``)
            title = _line_in_title_face(rest, title_faces, layout)
        if title is not None and len(rest) > 1 and rest[1] in parts:
            # ``Results`` / ``1/3``: one title
            title = Text.join([rest.pop(0), rest.pop(0)], sep=Text.inserted(" "))
        elif title is not None and place > 1 and _title_over_english(rest, layout):
            # a Japanese title over its English (``ありがとうございました`` / ``Thank you``): one title, as on a slide cut
            # from a dump; the cover's title keeps its translation under it (cover.read_cover reads it)
            title = Text.join([rest.pop(0), rest.pop(0)], sep=Text.inserted(BILINGUAL_TITLE_SEPARATOR))
        if place == 1:
            title = _cover_title(rest, layout) or title
        elif title is not None and slides and slides[-1].title is not None \
                and title.text.strip() == slides[-1].title.text.strip():
            title = _divider_title(rest, title, layout) or title
        if number is not None or counted is not None:
            number_texts.append(number if number is not None else counted)
        value = page_number_values(number.text)[0] if number is not None else None
        # a line swapped by an overlay leaves the frame's title as it was: two titles are two frames
        overlay = place > 2 and overlay_page(texts[place - 2], texts[place - 1]) and (
            texts[place - 2] <= texts[place - 1] or _title_text(slides[-1].title) == _title_text(title))
        if overlay and (value == slides[-1].number or not in_step):
            # the page shows the page before and more, under the same number: the frame built up (beamer's overlays);
            # the frame is its last page, and the earlier page's lines, shown again here, go to the ledger; a line
            # an overlay showed on the earlier page only (``\only<1>``) stays the slide's, where it stood
            before = slides.pop()
            shown = texts[place - 1]
            built_up.extend(([before.title] if before.title is not None else [])
                            + [t for t in before.lines if t.text.strip() in shown])
            rest = _with_overlay_lines(rest, before.lines, shown)
            value = before.number if value is None else value
        else:
            frames += 1
            if value is None and (by_place or place <= lead):
                value = frames
        slides.append(Slide(number=value, title=title, lines=tuple(t for t in rest if t is not title)))
    return Deck(Cover((), (), None, 0), tuple(_joined_wraps(slides)), tuple(number_texts), tuple(built_up))


_WORD = re.compile(r"[^\W\d_]{2,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""A word of two letters or more, or a Japanese, Chinese or Korean character: what a slide's title holds."""


def _has_a_word(text: str) -> bool:
    """``text`` holds a word (:data:`_WORD`): a diagram's label (``t 7``, ``A``, ``x 1``) holds none.

    >>> _has_a_word("t 7"), _has_a_word("Architecture"), _has_a_word("背景"), _has_a_word("✻")
    (False, True, True, False)
    """
    return _WORD.search(text) is not None


def _line_in_title_face(rest: list[Text], faces: Counter, layout: Layout) -> Text | None:
    """The first of a page's lines (``rest``) that holds a word and is set in the deck's title face, the face most of
    its pages' first lines are set in (``faces``, at least two of them), and reads as a page's title
    (:func:`_page_title`), moved to the front of ``rest``; ``None`` where no line is (a text dump: no faces)."""
    if not faces:
        return None
    face, count = faces.most_common(1)[0]
    if count < 2:
        return None
    for k, t in enumerate(rest):
        if layout.font(t) == face and _has_a_word(t.text) and _page_title(t.text):
            rest.insert(0, rest.pop(k))
            return t
    return None


def _divider_title(page_lines: list[Text], carried: Text, layout: Layout) -> Text | None:
    """The title of a page whose frame-title line ``carried`` only repeats the slide before's title: the page's line
    set larger than that line (:data:`~pipeline.segment.titleblock.SAME_SIZE` apart) and larger than every other line
    of the page, shaped as a title (:func:`_page_title`); ``None`` where the PDF gives no sizes or no line is so set.
    Why: a divider page (an appendix's ``補足``, a part's name set large mid-page) in a theme that keeps the last
    frame title in its headline shows the previous slide's title at the top (klis-sotsuron's slides: ``参考文献`` over
    ``補足`` at 47 pt against 26 pt): the page had been titled by its copy. A continued slide (``参考文献`` again over
    more references in the body's size) keeps its title."""
    from pipeline.segment.titleblock import SAME_SIZE

    top = layout.size(carried)
    sized = [(layout.size(t), t) for t in page_lines if t is not carried and layout.size(t)]
    if not top or not sized:
        return None
    size, line = max(sized, key=lambda p: p[0])
    if size <= top * (1 + SAME_SIZE) or sum(1 for z, _ in sized if z == size) > 1 \
            or not _page_title(line.text) or is_bullet(line.text):
        return None
    return line


def _title_parts(pages: list[list[Text]]) -> list[Text]:
    """The lines that count a title's parts under it, each the second line of its page (``Results`` / ``1/3``, …,
    ``3/3``): a count alone on its line (:func:`_counted_page`) whose copies count the parts of one whole
    (:func:`~.slidetext.counts_parts`: 1/3, 2/3, 3/3 on three pages), so the title goes on over those slides; ``[]``
    where there are none. Review 48 (issue 16): the counts had been taken for the pages' numbers and dropped.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> [t.text for t in _title_parts([mk("Outline", "- A"), mk("Results", "1/2", "- B"), mk("Results", "2/2", "- C")])]
    ['1/2', '2/2']
    >>> _title_parts([mk("Outline", "1/3"), mk("Results", "2/3"), mk("Next", "3/3")])  # the pages' own numbers
    []
    """
    counts = [page[1] for page in pages if len(page) > 2 and _counted_page(page[1].text)]
    return counts if len(counts) < len(pages) and counts_parts([t.text for t in counts]) else []


def _counted_parts(lines: list[Text], start: int, end: int) -> set[int]:
    """Indexes among ``lines[start:end]`` of the counts of a title's parts, each under its title (``Results`` /
    ``1/3`` … ``3/3``), in a deck whose slides count themselves in another total (``1/6`` … ``6/6``): the copies
    count the parts of one whole (:func:`~.slidetext.counts_parts`) and their total is smaller than the slides'. In a
    dump without pages the slides are found from their numbers, and the parts' counts had been taken for slide numbers
    (review 48, issue 16).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("Cover", "1/4", "Results", "1/2", "- A", "2/4", "Results", "2/2", "- B", "3/4", "End", "4/4")
    >>> sorted(_counted_parts(ls, 0, len(ls))), _counted_parts(mk("Results", "1/2", "- A", "Results", "2/2"), 0, 5)
    ([3, 7], set())
    """
    totals: dict[int, list[int]] = {}
    for i in range(start, end):
        n = page_number(lines[i].text.strip())
        if n is not None and n.total:
            totals.setdefault(n.total, []).append(i)
    if len(totals) < 2:
        return set()
    deck = max(totals)
    out: set[int] = set()
    for total, idxs in totals.items():
        if total < deck and counts_parts([lines[i].text for i in idxs]) \
                and all(i > start and page_number(lines[i - 1].text.strip()) is None for i in idxs):
            out.update(idxs)
    return out


def _counted_page(text: str) -> bool:
    """A line that is only a page's number with the count of pages (``Page 4/21``, ``3 / 21``, ``- 3 of 21 -``).

    >>> _counted_page("Page 4/21"), _counted_page("3 / 21"), _counted_page("21"), _counted_page("1/2 cup of flour")
    (True, True, False, False)
    """
    n = page_number(text.strip())
    return n is not None and bool(n.total)


def _cover_title(page_lines: list[Text], layout: Layout) -> Text | None:
    """The cover page's title where the PDF gives sizes: its largest line, when set larger than the page's first line
    (:data:`~pipeline.segment.titleblock.SAME_SIZE` apart) and shaped as a cover's title (:func:`_page_title`), where
    the first line names no title (an organisation, a person, an event, a date); ``None`` otherwise (the first line is the title, or no sizes). Why: a cover sets its institution, a series or a
    date above its title in a smaller size (abntex2's ``Universidade do Brasil`` / ``Faculdade de …`` over ``Modelo
    de apresentação de slides …`` at 13.6 pt against 10.4 pt): the first line was taken for the title. A title over
    its translation set larger (an English title over its Japanese) stays the title."""
    from pipeline.segment.titleblock import SAME_SIZE

    sized = [(layout.size(t), k) for k, t in enumerate(page_lines) if layout.size(t)]
    if not sized or not layout.size(page_lines[0]):
        return None
    size, k = max(sized, key=lambda p: (p[0], -p[1]))
    first = layout.size(page_lines[0])
    if k == 0 or size <= first * (1 + SAME_SIZE) or not _page_title(page_lines[k].text, cover=True):
        return None
    top = page_lines[0].text.strip()
    if not (is_organisation(top) or organisation_line(top) or is_person_name(top) or is_event_line(top)
            or is_date_line(top) or name_then_affiliation(top) is not None):
        return None  # the first line may be the title itself, a graphic's word set larger under it (tuda-ci's ``Image``)
    title = page_lines[k]
    if any(script_of(t.text) != script_of(title.text) and is_title_translation(t.text, title.text)
           for t in page_lines[:k]):
        return None  # the title in one language over its translation set larger: the first is the title still
    return title


MAX_COVER_TITLE_WORDS = 24
"""Words a deck's cover title may run to (a slide's title: :func:`~.slidetext.is_title_like`'s 12): a talk's title
with its subtitle after a colon runs longer (trial 27: 14 words, ``Rebuilding a Community Seed Library: Lessons from
Five Years of …``)."""


def _page_title(text: str, cover: bool = False) -> bool:
    """A page's first line is its slide's title: short and no sentence, or a title in title case however long
    (a cover's ``Reducing Hospital Readmissions with Nurse-Led Follow-up Calls``, 61 characters: trial 26); on the
    first page, the cover's, a title in title case of up to :data:`MAX_COVER_TITLE_WORDS` words.

    >>> _page_title("Pilot design"), _page_title("Reducing Hospital Readmissions with Nurse-Led Follow-up Calls")
    (True, True)
    >>> _page_title("We fixed the registration form in month 4."), _page_title("x" * 61)
    (False, False)
    >>> long = "Rebuilding a Community Seed Library: Lessons from Five Years of Lending Heirloom Vegetable Seeds"
    >>> _page_title(long), _page_title(long, cover=True)
    (False, True)
    """
    s = text.rstrip()
    if (len(s) <= 60 and not s.endswith(("。", "."))) or is_title_like(s):
        return True
    return cover and is_title_case(s) and not s.endswith(("。", ".")) and len(words(s)) <= MAX_COVER_TITLE_WORDS


def numbers_are_places(numbered: list[tuple[int, int]]) -> bool:
    """The printed numbers of a deck are the slides' places (``(place, number)`` pairs, places from 0, the cover's
    0): slide 2 is the deck's second, and so on. Then a slide that prints none (a cover: PowerPoint counts the title
    slide as 1 and hides its number by default) has its place's number. ``False`` without a printed number.

    >>> numbers_are_places([(1, 2), (2, 3)]), numbers_are_places([(1, 1), (2, 2)]), numbers_are_places([])
    (True, False, False)
    """
    return bool(numbered) and all(number == place + 1 for place, number in numbered)


def _return_stray_leads(built: list[Building], layout: Layout) -> None:
    """Give a slide whose titled content came after its number the untitled scraps before it back to the slide before.

    When a slide's title and body follow its page number, the number
    preceded its content for that slide, so a caption or two just before the
    number is more likely the previous slide's tail (``About 12 billion yen
    （2019）`` after slide 9's ``Total output of the port``).
    """
    for i in range(1, len(built)):
        b = built[i]
        if b.before_number is None or b.before_number == 0:
            continue
        lead, rest = b.lines[: b.before_number], b.lines[b.before_number:]
        if any(is_title_like(t.text) for t in lead) or _box_count(lead, layout) >= 2:
            continue
        if not rest or not is_title_like(rest[0].text):
            continue
        built[i - 1].lines.extend(lead)
        b.lines = rest
        b.before_number = 0


def _page_starts(gap: list[Text], before: Text | None, layout: Layout) -> list[int]:
    """Indices in ``gap`` (the lines after the page number ``before``) of the lines that open a page."""
    return [k for k, t in enumerate(gap) if layout.page_break_before(gap[k - 1] if k else before, t)]


def _room(lines: list[Text], anchors: list[Anchor], pos: int, start: int, end: int, layout: Layout) -> tuple[int, int]:
    """How much the lines before anchor ``pos`` look like an extra slide: page starts, then title-like lines."""
    first = anchors[pos - 1].index + 1 if pos > 0 else start
    last = anchors[pos].index if pos < len(anchors) else end
    gap = lines[first:last]
    breaks = sum(layout.page_break_before(lines[first + i - 1] if first + i > 0 else None, t) for i, t in enumerate(gap))
    return (breaks, sum(is_title_like(t.text) for t in gap))


def _series_key(text: str) -> str:
    """A title with its running number removed: ``… Development（２）`` and ``… Development（３）`` are one series.

    >>> _series_key("A Green Capital（２）") == _series_key("A Green Capital (3)")
    True
    """
    return re.sub(r"[\W\d_]+", " ", text.lower()).strip()


def _repeated(lines: list[Text]) -> frozenset[str]:
    """Series keys of lines that occur more than once (a title repeated over several slides)."""
    seen: dict[str, int] = {}
    for t in lines:
        key = _series_key(t.text)
        seen[key] = seen.get(key, 0) + 1
    return frozenset(k for k, v in seen.items() if v > 1)


def built_up_rows(built_up: tuple[Text, ...], spellings: Spellings | None = None) -> list[LedgerRow]:
    """Ledger rows for the lines of a frame's earlier pages: the frame's last page shows each again, and that page is
    the slide (:func:`page_deck`)."""
    rows: list[LedgerRow] = []
    for t in built_up:
        rows.extend(ledger_rows_for(t, rule=Rule.MERGE_BUILD_UP, reason=Reason.BUILD_UP, spellings=spellings))
    return rows


def cover_copy_rows(cover_copy: tuple[Text, ...], spellings: Spellings | None = None) -> list[LedgerRow]:
    """Ledger rows for the cover's lines printed again on the page the deck's first number heads (:func:`build_deck`):
    the cover is one slide, and the copy a second copy of its lines."""
    rows: list[LedgerRow] = []
    for t in cover_copy:
        rows.extend(ledger_rows_for(t, rule=Rule.MERGE_COVER_COPY, reason=Reason.NEAR_DUPLICATE, spellings=spellings))
    return rows


def page_number_rows(number_texts: tuple[Text, ...], spellings: Spellings | None = None) -> list[LedgerRow]:
    """Ledger rows for page-number text: it became a slide's ``number``, not slide text (a lost glyph a text
    dump spells out, ``spellings``, named whole)."""
    rows: list[LedgerRow] = []
    for t in number_texts:
        rows.extend(ledger_rows_for(t, rule="slide_number", reason="page-number", spellings=spellings))
    return rows
