"""An English notice's signature on one line, parted by commas, closes it as a contact block (fresh-user trial 63).

``Clerk to the Council, Ashcombe Parish Council, Tel. 01632 960 418`` at a parish notice's foot had been the agenda's
last paragraph; a Japanese notice's one-line foot (``（担当）総務課　佐藤　電話…``) was already read as a contact block.
"""
from pathlib import Path

import pytest

from reliability import one_talk, sections_of

NOTICE = """{council}

Notice of Public Meeting

The annual meeting will be held on Tuesday 12 May 2026 at 7 pm in the {hall}.

Agenda

1. Chair's report on the year.
2. Report on the {topic}.
3. Questions from residents.

All residents are welcome.

{foot}
"""

SIGNED = [
    ("Brayford Parish Council", "Village Hall", "new playground",
     "Clerk to the Council, Brayford Parish Council, Tel. 01632 960 418"),
    ("Little Hinton Town Council", "Memorial Hall", "footpath survey",
     "Jane Okafor, Town Clerk, Email clerk@littlehinton.example.org"),
    ("Westmere Community Association", "Community Centre", "allotment waiting list",
     "Secretary, Westmere Community Association, Tel: 020 7946 0000"),
]


@pytest.mark.parametrize("council, hall, topic, foot", SIGNED)
def test_a_signature_line_with_its_means_of_contact_closes_the_notice(council, hall, topic, foot, tmp_path: Path):
    source = tmp_path / "notice.txt"
    source.write_text(NOTICE.format(council=council, hall=hall, topic=topic, foot=foot), encoding="utf-8")
    (tmp_path / "run").mkdir()
    talk = one_talk(source, tmp_path / "run")
    # (the closing block after the body is paper.closing since schema version 7, helper letter76; it had closed front)
    front = [p["text"] for p in talk["paper"]["front"] + talk["paper"]["closing"]]
    assert front[-1] == foot
    body = [text for _, paragraphs in sections_of(talk) for text in paragraphs]
    assert foot not in body and body[-1] == "All residents are welcome."


NOT_SIGNED = [
    "Bookings are taken at the library, Tel. 01632 960 418",  # a sentence ending on a number
    "Tel. 01632 960 418",  # a means of contact alone: the rules for contact lines read it
    "Refreshments will be served after the meeting, thanks to the Women's Institute.",
]


@pytest.mark.parametrize("foot", NOT_SIGNED[::2])
def test_a_sentence_at_the_foot_stays_the_last_paragraph(foot, tmp_path: Path):
    source = tmp_path / "notice.txt"
    source.write_text(NOTICE.format(council="Brayford Parish Council", hall="Village Hall", topic="budget", foot=foot),
                      encoding="utf-8")
    (tmp_path / "run").mkdir()
    talk = one_talk(source, tmp_path / "run")
    assert [text for _, paragraphs in sections_of(talk) for text in paragraphs][-1] == foot
