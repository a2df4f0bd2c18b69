"""Issue 16 point 2 (helper eng73, fresh-user trial 73c): English notices and magazines, and a Japanese notice titled
by its subject.

* a question alone between paragraphs (``How do I contact you?``) is a heading, never the paragraph before's tail,
  and heads by shape beside an FAQ's heading (``Frequently asked questions``, whose ``Q:`` lines stay paragraphs);
* an issuer's dated line (``Issued … by …``) read as the speaker gives way to the signature in the text;
* a letter's close (``With every blessing,``, ``Signed,``) is a line of its own, and a phrase under the close and
  name heads the next article; a dated list's items (``4 May - …``, ``Mondays - …``) are lines of their own and the
  lists' phrases (``Coffee Rota``) head them; a phrase over a letter's salutation heads the letter;
* a Japanese notice whose first line is its subject (``…のお知らせ``) is titled by it, and the person signing it is
  its speaker where its block names only the issuing organisation.

Inputs: tests/data/eng73/ (kept in /work/regress/in_eng73/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk, only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "eng73"


def titles(talk):
    return [text_of(s.title) for s in talk.sections]


def paragraphs(talk):
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.fixture(scope="module")
def kettle():
    return only_talk_of(DATA / "n1_kettle.txt")[0]


@pytest.fixture(scope="module")
def parish():
    return only_talk_of(DATA / "n2_parish.txt")[0]


@pytest.fixture(scope="module")
def library():
    return only_talk_of(DATA / "n3_library.txt")[0]


def test_question_headings_of_a_recall_notice(kettle):
    assert titles(kettle) == ["What has happened?", "Is my kettle affected?", "What should I do?",
                              "How can I get in touch?", "Frequently asked questions"]
    assert not any(p.endswith("?") and "." in p[:-1] and not p.startswith("Q:") for p in paragraphs(kettle))


def test_faq_questions_stay_paragraphs_under_their_heading(kettle):
    faq = kettle.sections[-1]
    assert [p.text[:2] for p in faq.paragraphs] == ["Q:", "A:", "Q:", "A:"]


def test_signer_not_issue_line_speaks_for_the_notice(kettle):
    assert text_of(kettle.speaker.name) == "Helen Marsh"
    assert text_of(kettle.speaker.affiliation) == "Head of Customer Safety, Evergreen Kitchens Ltd"
    assert any(text_of(t).startswith("Issued 12 May 2025 by") for t in kettle.front)


def test_close_is_a_line_of_its_own(kettle, parish):
    assert "Signed, Helen Marsh" in paragraphs(kettle)  # the label and the name: one line, as before (notice65)
    assert "Every blessing," in paragraphs(parish) and "Revd Sarah Whitfield" in paragraphs(parish)


def test_parish_magazine_articles_are_sections(parish):
    assert titles(parish) == ["A Letter from the Rectory", "Churchwardens' Corner", "Coffee Rota", "What's On",
                              "Recipe of the Month: Lemon Drizzle"]
    assert [text_of(t) for t in parish.front] == ["Monthly Newsletter of St Peter's Church, Oakley", "May 2025 - Free"]


def test_dated_list_lines_stay_lines(parish):
    rota = parish.sections[2]
    assert [p.text.split(" - ")[0] for p in rota.paragraphs] == ["4 May", "11 May", "18 May", "25 May"]
    diary = parish.sections[3]
    assert [p.text.split(" - ")[0] for p in diary.paragraphs] == ["Mondays", "Thursdays", "Saturday 17 May"]


def test_japanese_notice_titled_by_its_subject_signed_by_its_head(library):
    assert text_of(library.title.ja) == "駐車場利用変更のお知らせ"
    assert text_of(library.speaker.name) == "山本 一郎"
    assert "市立さくら中央図書館" in [text_of(t) for t in library.front]


# near misses: inputs that must not change


def test_question_running_on_in_small_letters_stays_joined():
    talk, _ = only_talk("Residents' Survey\n\nWe asked every household one question about the new bus route.\n"
                        "Would you use it every week?\nand most of them said that they would, if it ran on Sundays.\n")
    assert not any(text_of(s.title) == "Would you use it every week?" for s in talk.sections)


def test_one_dated_line_in_prose_is_no_list():
    talk, _ = only_talk("Village Hall History\n\nThe Parish Council met in the old school hall every month until\n"
                        "the new hall opened, and after a long debate it agreed to sell the school in\n"
                        "2020 - a year of change for the village - and the sale went through in the spring.\n")
    assert any("in 2020 - a year of change" in p for p in paragraphs(talk))


def test_notice_signed_by_a_post_alone_keeps_its_office():
    text = (DATA / "n3_library.txt").read_text(encoding="utf-8").replace("館長　山本 一郎", "館長")
    talk, _ = only_talk(text)
    assert text_of(talk.speaker.text) == "市立さくら中央図書館" and talk.speaker.name is None
