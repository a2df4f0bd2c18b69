"""English society newsletters and exhibition catalogue lists (issue 16 point 2, helper newsl85; fresh-user trials 84b
and 84c): a newsletter's descriptor line (``Newsletter of the … Society``) is front matter, never the speaker; a
``Diary of Events`` heading over dated rows heads a section whose rows are a line each; a ``Registered charity no.``
line (with a contact or an editor's credit) is the closing block; a catalogue's numbered entries (title, artist with
life dates, date, medium, lender) are a paper's sections, each field a line of its own, never a deck's slides.

Inputs: made-up documents in ``tests/data/newsl85/`` (their expected readings, written before any run, in
``/work/regress/in_newsl85/*.expected.md``).
"""

from pathlib import Path

import pytest

from segmenting import segment_file

DATA = Path(__file__).parent / "data" / "newsl85"


def _talk(name):
    [talk] = segment_file(DATA / name).talks
    return talk


def _section(talk, title):
    return next(s for s in talk.sections if s.title is not None and s.title.text == title)


def _closing(talk):
    return [talk.front[k].text for k in talk.front_closing]


@pytest.mark.parametrize("name", ["news_a.txt", "news_c.txt"])
def test_newsletter_descriptor_is_no_speaker(name):
    """news_a fails on the base (the descriptor its speaker); news_c, whose closing credits its editor, passes on
    both (the base set the descriptor aside where an editor is credited: fix69b's rule, kept)."""
    talk = _talk(name)
    assert talk.speaker.text is None
    assert any(t.text.startswith(("Newsletter of", "The quarterly bulletin of")) for t in talk.front)


@pytest.mark.parametrize("name, heading, rows", [("news_b.txt", "Diary of Events", 4),
                                                 ("news_c.txt", "Dates for your Diary", 3)])
def test_diary_heads_its_rows_a_line_each(name, heading, rows):
    section = _section(_talk(name), heading)
    assert len(section.paragraphs) == rows
    assert all(p.text[:3] in ("Sat", "Sun", "Thu", "Wed") for p in section.paragraphs)


@pytest.mark.parametrize("name, closing", [
    ("news_b.txt", ["Contact: secretary@fernhillramblers.org.uk · Registered charity no. 1102345"]),
    ("news_c.txt", ["Editor: Helen Marsh, 4 Church Lane, Steyning BN44 3YB · helen.marsh@downlandbotany.org.uk",
                    "Registered charity no. 1067891"])])
def test_registration_closes_the_newsletter(name, closing):
    assert _closing(_talk(name)) == closing


@pytest.mark.parametrize("name, entries", [("cat_b.txt", 5), ("cat_c.txt", 5)])
def test_catalogue_entries_are_sections_a_field_a_line(name, entries):
    talk = _talk(name)
    assert talk.shape == "paper" and not talk.slides
    assert len(talk.sections) == entries
    for section in talk.sections:
        assert len(section.paragraphs) in (4, 5)  # (title,) artist, date, medium, lender: never two joined
        assert all(len(p.text) <= 64 for p in section.paragraphs)


def test_artist_with_life_dates_is_no_speaker():
    """cat_b: ``Cat. 22`` over a title and ``John Sell Cotman (1782–1842)`` had opened a second talk."""
    talk = _talk("cat_b.txt")
    assert talk.speaker.text is None


def test_years_alone_number_no_slides():
    from pipeline.pagenumbers import page_number
    from pipeline.segment.talks import counts_up

    assert not counts_up([page_number(s) for s in ("1903", "1880", "1911", "1905", "1896", "1932", "1938")])


def test_deck_with_slide_numbers_stays_a_deck():
    """Near miss (passes on the base too): slides numbered 1–4 on lines of their own stay a deck."""
    talk = _talk("deck_near.txt")
    assert talk.shape == "deck" and len(talk.slides) == 5


def test_paper_numbered_sections_keep_their_paragraphs():
    """Near miss (passes on the base too): a paper's numbered sections of wrapped running text stay one paragraph
    each, no catalogue's field lines."""
    from segmenting import segment_text

    text = ("Harbour Towns and Their Trade\n\n1. Introduction\nHarbour towns have grown since the railway came to\n"
            "them, and their trade grew with it.\n\n2. Method\nWe counted the boats in each harbour over three\n"
            "summers, by hand and from the harbour masters' books.\n\n3. Results\nThe counts rose in every harbour in those years\n"
            "but one, which silted up in the winter of 1990.\n")
    [talk] = segment_text(text).talks
    assert [len(s.paragraphs) for s in talk.sections] == [1, 1, 1]
