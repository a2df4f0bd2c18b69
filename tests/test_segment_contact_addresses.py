"""A closing contact block's address is no numbered heading (issue 16, trial 31): ``14 Mill Lane, Stroud`` under a
newsletter's ``Contact`` was read as a section numbered 14, so the paper "numbered something" and its unnumbered item
headings, found by their shape only in a paper that numbers nothing, stayed one-line front paragraphs."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

EN_ITEMS = """\
The Harbour Rowing Club Bulletin
Issue 3
Spring 2026

Boathouse Opening Hours
From April the boathouse opens at seven in the morning on weekdays and at six on
Saturdays. Members should sign the logbook before taking a boat out.

New Coaching Team
Two coaches have joined the club this season and will run the beginners' sessions on
Tuesday evenings. Please welcome them when you see them at the water.
"""

EN_TAILS = {
    "Contact": "Contact\nHarbour Rowing Club\n22 Wharf Street, Whitby YO21 1DH\nTel: 01947 600 212\n",
    "Contact us": "Contact us\nHarbour Rowing Club\n22 Wharf Street, Whitby YO21 1DH\nEmail: hello@harbourrowing.org.uk\n",
    "Further information": "Further information\nThe Club Secretary\n5 Quay Road\nPhone: 01947 600 212\n",
}


@pytest.mark.parametrize("heading", sorted(EN_TAILS))
def test_unnumbered_headings_stay_sections_over_a_closing_address(heading: str) -> None:
    [talk] = run_text(EN_ITEMS + "\n" + EN_TAILS[heading]).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        (None, "Boathouse Opening Hours"), (None, "New Coaching Team")]
    assert len(talk.sections[0].paragraphs) == len(talk.sections[1].paragraphs) == 1
    # the address stays a line of the contact block, no section of its own; the block under its heading is the
    # closing block (a section titled by its heading until helper close82, issue 16)
    assert [talk.front[i].text for i in talk.front_closing] == EN_TAILS[heading].splitlines()


def test_the_same_bulletin_without_the_block_finds_the_same_sections() -> None:
    [talk] = run_text(EN_ITEMS).talks
    assert [s.title.text for s in talk.sections] == ["Boathouse Opening Hours", "New Coaching Team"]


JA_ITEMS = """\
みなと町だより　第5号

夏祭りのお知らせ
今年も八月に港町公園で夏祭りを開きます。多くの方のご参加をお待ちしています。

図書室の開館時間
九月から図書室は午後七時まで開いています。ぜひご利用ください。

問い合わせ先
みなと町自治会 事務局
1-2-3 みなと会館2階
電話：078-123-4567
"""


def test_a_japanese_contact_blocks_address_numbers_no_section() -> None:
    """``1-2-3 みなと会館2階`` was read as a section numbered 1.2.3."""
    [talk] = run_text(JA_ITEMS).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "夏祭りのお知らせ"), (None, "図書室の開館時間")]
    assert [talk.front[i].text for i in talk.front_closing][2] == "1-2-3 みなと会館2階"  # the closing block (close82)


def test_a_numbered_paper_keeps_its_numbers_over_a_contact_block() -> None:
    """Do no harm: a paper that numbers its sections keeps them; only the block's address is no heading."""
    text = ("Annual Report\n\n1. Membership\nThe club had forty members this year, six more than last year.\n\n"
            "2. Finances\nFees covered the cost of the boats and the new shed this year.\n\n" + EN_TAILS["Contact"])
    [talk] = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Membership"), ("2", "Finances")]
    assert [talk.front[i].text for i in talk.front_closing][0] == "Contact"  # the closing block (helper close82)
