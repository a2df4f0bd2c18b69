"""Town newsletters, a white paper's column box, AGM minutes' actions (issue 16 point 2, helper newsb85; fresh-user
trial 85b): a ``News for … - Issue 57, Winter 2026`` masthead line is front matter, so the first headline under it
heads a section; an editor's note ending on an e-mail address over a ``Published by …, registered charity no. …`` line
is the closing block with it, never the last section's paragraph.

Inputs: ``tests/data/newsb85/`` (the trial's ``news_ashcombe.txt`` and made-up variants, their expected readings
written before any run in ``/work/regress/in_newsb85/*.expected.md``).
"""

from pathlib import Path

import pytest

from segmenting import segment_file

DATA = Path(__file__).parent / "data" / "newsb85"


def _talk(name):
    [talk] = segment_file(DATA / name).talks
    return talk


def _titles(talk):
    return [s.title.text for s in talk.sections if s.title is not None]


@pytest.mark.parametrize("name, first", [("news_ashcombe.txt", "NEW PLAYGROUND OPENS ON THE GREEN"),
                                         ("town_a.txt", "NEW FOOTBRIDGE OPENS ON THE COMMON"),
                                         ("town_b.txt", "VILLAGE SHOP REOPENS IN THE HIGH STREET")])
def test_first_headline_under_news_descriptor_heads_a_section(name, first):
    talk = _talk(name)
    assert _titles(talk)[0] == first
    assert talk.front[0].text.startswith("News ")


@pytest.mark.parametrize("name, note, credit", [
    ("news_ashcombe.txt", "The Ashcomb", "Published by Ashcombe Community Association"),
    ("town_a.txt", "The Bramley Bell is written", "Printed and published by Bramley Village Trust"),
    ("town_b.txt", "Copy for the winter issue", "Published by Hartley Residents"),
])
def test_editor_note_and_publisher_close(name, note, credit):
    talk = _talk(name)
    closing = [talk.front[k].text for k in talk.front_closing]
    assert len(closing) == 2
    assert closing[0].startswith(note) and closing[0].rstrip().endswith(".")
    assert closing[1].startswith(credit)
    assert not any(p.text.startswith((note, credit)) for s in talk.sections for p in s.paragraphs)


def test_news_from_alone_is_a_heading():
    """Near miss (passes on base too): ``News from the Parish`` with no issue after it heads its section."""
    assert _titles(_talk("nm_news_from_heading.txt")) == ["News from the Parish"]


def test_mail_ending_paragraph_without_registration_stays():
    """Near miss (passes on base too): no registration line under it, the paragraph ending on an e-mail address stays
    its section's text."""
    talk = _talk("nm_town_no_registration.txt")
    assert not talk.front_closing
    assert talk.sections[-1].paragraphs[-1].text.endswith("shop@hartleyparish.org.uk.")


@pytest.mark.parametrize("name, label, count", [("agm_rowing.pdf", "Actions", 3), ("agm_b.txt", "Actions", 3),
                                                ("agm_a.txt", "Action points", 2)])
def test_actions_after_last_item_are_a_section(name, label, count):
    """agm_rowing (the trial's PDF) and agm_b (no blank line over the label) fail on base; agm_a, its label set apart
    by blank lines, passes on both (read by the base's shape rules)."""
    talk = _talk(name)
    section = talk.sections[-1]
    assert section.title.text == label and section.number is None and section.level == 1
    assert len(section.paragraphs) == count and all(p.text.startswith("- ") for p in section.paragraphs)
    assert not any(p.text.strip() == label for s in talk.sections for p in s.paragraphs)


def test_actions_pdf_closing_kept():
    """Passes on base too: the adjournment and signature stay the closing under the new section."""
    closing = [t.text for t in (lambda t: [t.front[k] for k in t.front_closing])(_talk("agm_rowing.pdf"))]
    assert closing[0] == "The meeting closed at 8.40 pm." and closing[1].startswith("Signed: Graham Pettifer")


def test_labelled_actions_and_action_sentence_unchanged():
    """Near misses (pass on base too): actions labelled by names, and ``Action items`` over a sentence."""
    assert _titles(_talk("nm_agm_labelled_actions.txt"))[-1] == "Action items"
    assert _titles(_talk("nm_agm_action_sentence.txt")) == ["Minutes of the last meeting", "Water supply"]


def test_column_box_body_one_paragraph():
    """Fails on base (the box's wrapped lines split at ``…小学校の給食`` / ``で提供している。``; the base read no box)."""
    talk = _talk("hakusho_shokuiku.txt")
    column = next(s for s in talk.sections if s.title.text.startswith("コラム"))
    assert len(column.paragraphs) == 1
    assert "小学校の給食で提供している。" in column.paragraphs[0].text


@pytest.mark.parametrize("name, number, title", [("hakusho_shokuiku.txt", "1", "食育推進施策の現状"),
                                                 ("hakusho_a.txt", "2", "森林資源の循環利用")])
def test_part_over_chapters_is_numbered(name, number, title):
    """Fails on base (the part's number null). Levels kept as white85 gave: part 1, chapter 2, section 3."""
    sections = _talk(name).sections
    assert (sections[0].number, sections[0].level, sections[0].title.text) == (number, 1, title)
    assert (sections[1].number, sections[1].level) == ("1", 2)
    assert (sections[2].number, sections[2].level) == ("1.1", 3)


def test_framed_speaker_over_name_unchanged():
    """Near miss (passes on the branch start too): a framed speaker line ending on a noun over the name opening on a
    kanji stays two lines."""
    talk = _talk("nm_box_speaker.txt")
    texts = [t.text for t in talk.front] + [s.title.text for s in talk.sections if s.title is not None]
    assert "講演者：富山市都市整備部長" in texts


@pytest.mark.parametrize("name, title", [("hakusho_a.txt", "コラム　学校の机を地域の木で"),
                                         ("hakusho_b.txt", "コラム　地域の木でつくる学校の机")])
def test_column_title_never_joined_to_its_box(name, title):
    """Fails on base and on the branch start (the title line had run into the box's first line, no section)."""
    talk = _talk(name)
    column = next(s for s in talk.sections if s.title.text.startswith("コラム"))
    assert column.title.text == title and column.level == 3 and len(column.paragraphs) == 1
    assert column.paragraphs[0].text.startswith("長野県のある村では") and column.paragraphs[0].text.endswith("行われている。")
