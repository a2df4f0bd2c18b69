"""Helper furn67 (issue 16: structure from general evidence, page furniture to the ledger), after fresh-user trial 67.
The trial's five inputs and made-up ones of the same kinds, other wording, languages and layouts, with near misses
(tests/data/furn67/, also under /work/regress/in_furn67/; the PDFs from its make_pdfs.py).

1. A running head's first copy on page 1 is furniture too: a periodical's masthead with its folio
   (``… School Newsletter - Autumn Term 2026      Page 1``) gives the title its text, the folio to the ledger; a
   publisher's name with its folio (``Riverside Primary School      Page 1``) goes to the ledger whole.
2. A PDF's running head whose right cell prints one number on every page (``2026``) is furniture on page 1 too.
3. A one-page PDF's small-print foot ending in a dash and the page's number is a running footer.
4. A text-dump deck's cover box over the ``1`` opening slide 1 is one cover: title, subtitle, a team's line.
5. A short phrase over a row of ``label：value`` fields is a heading (``仕様`` over the spec line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import furniture_of, only_talk_of, paragraph_texts, segment_file, slides_of, text_of

DATA = Path(__file__).parent / "data" / "furn67"


def _doc(name):
    return segment_file(DATA / name)


def _talk(name):
    return only_talk_of(DATA / name)


def _front(talk):
    return [t.text.strip() for t in talk.front]


def _headings(talk):
    return [text_of(s.heading) for s in talk.sections]


# 1. a running head's first copy ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, folio", [
    ("t67_en_newsletter_school.txt", "Riverside Primary School Newsletter - Autumn Term 2026", "Page 1"),
    ("f67_head_library_newsletter.txt", "Westbrook Library Newsletter", "1"),
])
def test_a_periodicals_masthead_with_its_folio_titles_it_and_the_folio_is_furniture67(name, title, folio):
    talk, ledger = _talk(name)
    assert text_of(talk.title.en) == title
    assert ("running-header", folio) in [(r, t.strip()) for r, t in furniture_of(ledger)]
    assert not any("Page 1" in line or line.endswith("  1") for line in _front(talk))
    assert all(title not in p for p in paragraph_texts(talk))


def test_the_trial_newsletters_first_article_is_a_section_again67():
    talk, _ = _talk("t67_en_newsletter_school.txt")
    assert _headings(talk)[0] == "From the Headteacher"
    assert paragraph_texts(talk)[0].startswith("Dear families")


def test_a_publishers_head_with_its_folio_is_furniture_on_page_one67():
    talk, ledger = _talk("f67_head_school_only.txt")
    rows = [t.split()[-1] for r, t in furniture_of(ledger) if r == "running-header" and t.startswith("Riverside Primary School")]
    assert rows == ["1", "2"]
    assert not any(line.startswith("Riverside Primary School") for line in _front(talk))


def test_a_newsletters_name_alone_opening_the_dump_is_its_title67():
    # no running head: the name of a periodical with its edition after a dash names no organisation
    talk, _ = _talk("f67_newsletter_title_once.txt")
    assert text_of(talk.title.en) == "Riverside Primary School Newsletter - Autumn Term 2026"
    assert _headings(talk)[:1] == ["From the Headteacher"]


# (a strict xfail until helper head68: the masthead read as a date line or an event, labels.dated_masthead)
@pytest.mark.parametrize("name, title", [
    ("f67_head_parish_news.txt", "Oakfield Parish Council News | May 2026"),
    ("f67_head_bulletin_club.txt", "Hillcrest Rotary Club Bulletin — Spring 2026"),
])
def test_a_masthead_dated_by_its_month_titles_it67(name, title):
    talk, _ = _talk(name)
    assert text_of(talk.title.en) == title


def test_the_folio_of_a_dated_masthead_goes_to_the_ledger67():
    talk, ledger = _talk("f67_head_parish_news.txt")
    assert ("running-header", "Page 1") in [(r, t.strip()) for r, t in furniture_of(ledger)]
    # the masthead's first copy is the title since helper head68 (it had stayed front, read as a date line)
    assert text_of(talk.title.en) == "Oakfield Parish Council News | May 2026"
    assert "Oakfield Parish Council News | May 2026" not in _front(talk)


# 2. a PDF head's cell that prints one number on every page -----------------------------------------------------------

@pytest.mark.parametrize("name, number", [
    ("t67_pdf_ja_paper_library.pdf", "2026"),
    ("f67_pdf_head_year_ja.pdf", "2025"),
    ("f67_pdf_head_year_en.pdf", "2026"),
])
def test_a_heads_number_printed_on_every_page_is_furniture_on_page_one67(name, number):
    doc = _doc(name)
    [talk] = doc.talks
    assert number not in _front(talk)
    rows = [r for r in doc.ledger if r.reason == "running-header" and r.text.strip() == number]
    assert len(rows) >= 2  # page 1's copy with the later pages'
    assert talk.slides == ()  # (the English paper had read as a deck, each page's year an unnumbered slide)


def test_a_heads_rising_folio_stays_a_page_number67():
    doc = _doc("f67_near_pdf_head_folio.pdf")
    assert sorted(r.text.strip() for r in doc.ledger if r.reason == "page-number") == ["1", "2"]


# 3. a one-page PDF's small-print foot --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, foot", [
    ("t67_pdf_en_minutes_shadow.pdf", "Greenfield Library Board - Minutes - 1"),
    ("f67_pdf_foot_tenants.pdf", "Hillside Tenants Association - AGM Minutes - 1"),
    ("f67_pdf_foot_council_page.pdf", "Riverton Town Council | Page 1"),
    ("f67_pdf_foot_ja.pdf", "港北市図書館協議会 会議録 - 1"),
])
def test_a_one_page_small_print_foot_with_its_page_number_is_a_running_footer67(name, foot):
    talk, ledger = _talk(name)
    assert ("running-footer", foot) in [(r, t.strip()) for r, t in ledger_rows(ledger)]
    assert foot not in paragraph_texts(talk)


@pytest.mark.parametrize("name, last", [
    ("f67_near_pdf_footnote.pdf", "Figures are provisional and subject to the audit in section 1."),
    ("f67_near_pdf_foot_body_size.pdf", "Reading Room Plan - Stage - 1"),
    ("f67_near_pdf_foot_other_number.pdf", "Reading Room Plan - Stage - 2"),
])
def test_a_small_print_sentence_or_a_body_sized_line_at_the_foot_stays_text67(name, last):
    talk, ledger = _talk(name)
    assert paragraph_texts(talk)[-1] == last
    assert not [t for r, t in ledger_rows(ledger) if r == "running-footer"]


def ledger_rows(ledger):
    return [(r.reason, r.text) for r in ledger if r.reason in ("running-footer", "running-header", "page-number")]


# 4. a deck's cover box over slide 1's number ------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, subtitle, team", [
    ("t67_en_deck_onboarding.txt", "New Staff Onboarding", "Warehouse Safety Basics", "Logistics Training Team"),
    ("f67_deck_garden.txt", "Community Garden Project", "Planting Plan for Spring", "Green Streets Volunteers"),
    ("f67_deck_sales.txt", "Quarterly Sales Review", "Results for the Third Quarter", "Northern Region Sales Team"),
])
def test_a_cover_box_over_slide_ones_number_is_one_cover67(name, title, subtitle, team):
    talk, _ = _talk(name)
    slides = slides_of(talk)
    assert [n for n, _, _ in slides] == [None, 1, 2, 3] + ([4] if len(slides) == 5 else [])
    assert slides[0][1] == title and team in slides[0][2]
    assert text_of(talk.title.en) == title and text_of(talk.subtitle.en) == subtitle


def test_a_japanese_cover_with_its_office_stays_one_cover67():
    # (a guard: the office's line names it a cover already, split_cover's reading, which this change leaves alone)
    talk, _ = _talk("f67_deck_bousai_ja.txt")
    slides = slides_of(talk)
    assert [n for n, _, _ in slides] == [None, 1, 2, 3]
    assert "みなと市 市民安全課" in slides[0][2]


def test_an_unnumbered_agenda_box_before_slide_one_stays_its_own67():
    talk, _ = _talk("f67_near_deck_agenda.txt")
    slides = slides_of(talk)
    assert [(n, t) for n, t, _ in slides[:2]] == [(None, "Harbour Cleanup Day"), (None, "Agenda")]


# 5. a heading over a row of fields -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, heading, row", [
    ("t67_ja_manual_kettle.txt", "仕様", "定格電圧：AC100V\u3000定格消費電力：1250W\u3000容量：0.8L"),
    ("f67_manual_dryer_ja.txt", "仕様", "電源：AC100V\u3000消費電力：1200W\u3000質量：約500g"),
    ("f67_manual_kettle_en.txt", "Specifications", "Voltage: 220-240 V   Power: 2200 W   Capacity: 1.7 L"),
    ("f67_manual_ricecooker_ja.txt", "製品仕様", "定格電圧：AC100V\u3000定格消費電力：650W\u3000炊飯容量：0.09～1.0L"),
])
def test_a_phrase_over_a_row_of_fields_heads_a_section67(name, heading, row):
    talk, _ = _talk(name)
    [section] = [s for s in talk.sections if text_of(s.heading) == heading]
    assert [p.text for p in section.paragraphs][:1] == [row]
    assert heading not in paragraph_texts(talk)


def test_a_phrase_over_one_field_or_a_sentence_with_a_colon_stays67():
    talk, _ = _talk("f67_near_manual_one_field.txt")
    assert _headings(talk) == ["安全上のご注意", "お手入れ"]
    assert paragraph_texts(talk)[-1].endswith("注意：本体を水につけないでください。")
