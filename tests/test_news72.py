"""Newsletters, press releases and reports give their visible structure (issue 16 point 2; helper news72, fresh-user
trial 71). Inputs: ``tests/data/news72/`` (copies of ``/work/regress/in_news72/``), each run through extract, clean
and segment with the conservation check (``tests/segmenting.py``).

1. A newsletter's masthead wrapped over two lines is one line (``events.masthead_wraps``): its name the title, its
   issue (date and number) front; a headline ``Label: words`` over its story heads it
   (``sections.labelled_headline``).
2. A press release's header line naming its issuer (``松山市報道発表資料``) is its label, front matter, over the
   headline or closing the text (``events.issued_press_label``); the release's contact block and ``記`` stay front.
3. A workshop's report: a ``Workshop Report`` label over the title is the document's kind, the title under it; the
   place its first paragraph says the event was held in is its city, its id the title's (``places.held_in_place``,
   ``ids.EVENT_CITY``); a sentence or a title repeated on the raw line right under itself is a doubled layer
   (``clean.layers.drop_doubled_dump_lines``).
4. A report's labelled items of a series (``R1 …``, ``R2 …``) open a paragraph each (``paragraphs.coded_items``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of, paragraph_texts, talk_fields, text_of

DATA = Path(__file__).parent / "data" / "news72"


def _read(name: str):
    return only_talk_of(DATA / name)


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


def _headings(talk) -> list[str | None]:
    return [s.heading.text if s.heading is not None else None for s in talk.sections]


# --- 1. newsletters ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, issue", [
    ("en_newsletter_a.txt", "Riverside Residents Association", "NEWSLETTER | Autumn 2024 | Issue No. 58"),
    ("en_newsletter_b.txt", "THE HARBOUR BULLETIN", "| Spring 2025 | Volume 12 Number 3"),
    ("en_newsletter_c.txt", "Hilltop School Parents' Newsletter", "| Summer 2024 | Issue No. 12"),
])
def test_wrapped_masthead_is_one_line(name, title, issue):
    talk, _ = _read(name)
    assert text_of(talk.title.en) == title
    assert issue in _front(talk)
    assert not any(t in ("No. 58", "Number 3", "12") for t in _front(talk))


@pytest.mark.parametrize("name, title, issue, headings", [
    ("ja_newsletter_a.txt", "さくら台自治会だより", "｜\u30002024年秋\u3000｜\u3000第58号", ["秋祭りのお知らせ", "防災訓練を行いました"]),
    ("ja_newsletter_b.txt", "みなと通信", "2024年秋号\u3000No. 58", ["図書館からのお知らせ", "清掃活動のご報告"]),
])
def test_wrapped_japanese_masthead_is_one_line(name, title, issue, headings):
    talk, _ = _read(name)
    assert text_of(talk.title.ja) == title
    assert _front(talk) == [issue]
    assert _headings(talk) == headings


@pytest.mark.parametrize("name, headline, story", [
    ("en_newsletter_a.txt", "Member Spotlight: Ken Yoshida", "Ken moved to Riverside"),
    ("en_newsletter_a.txt", "Garden Update: New Raised Beds", "Six new raised beds"),
    ("en_newsletter_b.txt", "Volunteer Corner: Meet Sarah Ellis", "Sarah has led"),
    ("en_newsletter_b.txt", "Safety Notice: Tide Times", "Please check the tide"),
    ("en_newsletter_c.txt", "Staff News: A Warm Welcome to Mr Patel", "Mr Patel joins us"),
])
def test_labelled_headline_heads_its_story(name, headline, story):
    talk, _ = _read(name)
    [section] = [s for s in talk.sections if s.heading is not None and s.heading.text == headline]
    assert section.paragraphs[0].text.startswith(story)


def test_masthead_on_one_line_unchanged():
    talk, _ = _read("nm_en_masthead_one_line.txt")
    assert text_of(talk.title.en) == "Harbour News"
    assert _headings(talk) == ["Welcome"]


def test_fields_over_text_head_nothing():
    # a field's label over the text (``Speaker:``, ``Venue:``) is no headline
    talk, _ = _read("nm_en_fields_over_text.txt")
    assert "Venue: Village Hall" in _front(talk)
    assert _headings(talk) == [None]


def test_one_labelled_line_alone_heads_nothing():
    # alone over text, with no sibling heading by shape, a labelled line is a field as often: it stays a paragraph
    talk, _ = _read("nm_en_one_labelled_line.txt")
    assert "Decision Made: New Slipway Fees" in paragraph_texts(talk)


# --- 2. press releases ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, label, title", [
    ("ja_press_a.txt", "松山市報道発表資料", "道後温泉本館の保存修理工事完了に伴う記念式典の開催について"),
    ("ja_press_b.txt", "静岡市記者発表資料", "小倉城桜まつりの来場者数について"),
    ("ja_press_d.txt", "松山市報道発表資料", "松山城ロープウェイの夜間運行について"),
    ("ja_press_e.txt", "浜松市記者発表資料", "粗大ごみ収集の予約方法の変更について"),
])
def test_release_header_line_is_front(name, label, title):
    talk, _ = _read(name)
    assert text_of(talk.title.ja) == title
    assert label in _front(talk)
    assert label not in paragraph_texts(talk)
    # the release's contact block and ``記`` are front matter, as a plain ``報道発表資料``'s are (helper prog58)
    assert "記" in _front(talk) and any(t.startswith("電話") for t in _front(talk))
    assert [s.number for s in talk.sections][:2] == [None, "1"]


def test_english_release_header_line_is_front():
    # ``Ashford Borough Council Press Release`` reads as ``PRESS RELEASE`` does: no letterhead, the headline the title
    talk, _ = _read("en_press_a.txt")
    assert text_of(talk.title.en) == "New Recycling Centre Opens in Ashford"
    assert _front(talk)[:2] == ["Ashford Borough Council Press Release", "12 March 2025"]
    assert paragraph_texts(talk)[0].startswith("ASHFORD, England")


def test_press_label_phrase_is_a_title():
    talk, _ = _read("nm_ja_press_label_phrase.txt")
    assert text_of(talk.title.ja) == "報道発表資料の作り方"


# --- 3. workshop reports -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, label", [
    ("en_workshop_a.txt", "Coastal Resilience Planning Workshop", "Workshop Report"),
    ("en_workshop_d.txt", "Community Energy Cooperatives in Small Towns", "Seminar Report"),
    ("ja_workshop_a.txt", "沿岸防災まちづくりワークショップ", "ワークショップ開催報告"),
])
def test_report_label_over_title(name, title, label):
    talk, _ = _read(name)
    assert text_of(talk.title.en if title.isascii() else talk.title.ja) == title
    assert _front(talk) == [label]


@pytest.mark.parametrize("name, title", [
    ("nm_en_report_label_alone.txt", "Workshop Report"),
    ("nm_ja_report_label_alone.txt", "セミナー報告"),
])
def test_report_label_alone_is_the_title(name, title):
    # with no title under it (a date, the text), the report's kind is its title, as a periodic report's is
    talk, _ = _read(name)
    assert title in talk_fields(talk)[:2]


@pytest.mark.parametrize("name, city, ident", [
    ("en_workshop_a.txt", "Wellington", "coastal-resilience-planning-workshop"),
    ("en_workshop_b.txt", "Nelson", "report-of-the-flood-risk-workshop"),
    ("en_workshop_c.txt", "Wellington", "harbour-futures-workshop"),
])
def test_event_place_is_the_city(name, city, ident):
    talk, _ = _read(name)
    assert talk_fields(talk)[2:4] == (None, city)
    assert talk.id == ident
    assert any(e.kind == "city" and "where the event the text reports was held" in e.detail for e in talk.evidence)


def test_town_alone_is_the_city_a_town_named_later_is_not():
    # revised (helper place73, issue 16 point 2): ``held in Dunedin on 12 June`` names a town GeoNames lists, no common
    # word and no region, closed by a date: the city; ``Visitors came from Nelson, New Zealand`` still names none
    talk, _ = _read("nm_en_town_alone.txt")
    assert talk_fields(talk)[2:4] == (None, "Dunedin")


@pytest.mark.parametrize("name, line", [
    ("en_workshop_a.txt", "Coastal Resilience Planning Workshop"),
    ("en_workshop_b.txt", "The workshop was attended by thirty staff from four councils."),
    ("en_report_bullets.txt", "• Tenant satisfaction rose to 82%, up from 78%"),
])
def test_adjacent_doubled_line_is_a_ledger_row(name, line):
    talk, ledger = _read(name)
    kept = [*_front(talk), *paragraph_texts(talk), text_of(talk.title.en)]
    assert sum(t == line for t in kept) == 1
    assert [r.reason for r in ledger if r.text == line] == ["doubled-layer"]


def test_chorus_and_short_repeats_stay():
    talk, ledger = _read("nm_en_chorus_and_short.txt")
    # with one closing ``Thank you.`` the text reads as a deck (its slides' titles and lines), before as a paper
    kept = [*_front(talk), *paragraph_texts(talk), *(text_of(s.title) for s in talk.slides),
            *(t.text for s in talk.slides for t in s.lines)]
    assert kept.count("La la la, the harbour sings") == 2
    # session 73 (helper dup73, docs/clean.md "Short lines repeated right under themselves"): a closing line twice
    # in a block of its own is a doubled layer; the chorus among its verse's lines stays
    assert kept.count("Thank you.") == 1
    assert [(r.text, r.line) for r in ledger if r.reason == "doubled-layer"] == [("Thank you.", 12)]


# --- 4. labelled items ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, codes", [
    ("en_flood_a.txt", ["R1", "R2", "R3", "A1", "A2"]),
    ("en_flood_b.txt", ["F1", "F2", "Q1", "Q2"]),
    ("en_flood_c.txt", ["R1.", "R2.", "R3."]),
])
def test_labelled_items_are_paragraphs(name, codes):
    talk, _ = _read(name)
    opened = [p.split()[0] for p in paragraph_texts(talk) if p.split()[0] in codes]
    assert opened == codes
    assert all(sum(p.count(f"{c} ") for c in codes) == 1 for p in paragraph_texts(talk) if p.split()[0] in codes)


def test_codes_of_no_series_stay_joined():
    talk, _ = _read("nm_en_codes_not_series.txt")
    assert len(paragraph_texts(talk)) == 1
