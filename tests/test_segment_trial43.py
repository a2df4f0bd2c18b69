"""Trial 43's faults, as made-up documents of other topics."""

from __future__ import annotations

import pytest

from tests.segment_inputs import furniture, paragraphs, run_text

PAPER = """\
木造橋梁の点検記録を用いた劣化傾向の分析
佐藤 美咲*1　{second}*2　Daniel Hughes*1
*1 西海大学工学部　*2 山陰建設技術センター
An Analysis of Deterioration Trends from Inspection Records
of Timber Bridges in Rural Areas
Misaki SATO*1, Makoto TAKAGI*2 and Daniel HUGHES*1
*1 Faculty of Engineering, Saikai University
*2 San'in Construction Technology Centre

Abstract: We analysed ten years of inspection records of 48 timber bridges.
Keywords: timber bridge, inspection, deterioration

1. はじめに
木造橋梁は地方の生活道路に多く残されており、定期的な点検が欠かせない。
2. 方法
県内48橋の点検記録十年分を整理し、部材ごとの劣化の進み方を調べた。
"""


@pytest.mark.parametrize("second", ["高� 誠", "高�木 誠"])
def test_a_japanese_author_with_a_lost_glyph_keeps_the_japanese_title_block(second: str) -> None:
    """Trial 43: ``山本 彩花*1　松� 健太郎*2　Laura Bennett*1`` was no author line (a name with a lost glyph reads as no
    name) and, read as English for its Latin name, was taken for the Japanese title's translation: the Japanese block
    had no speaker, the English title block under its affiliations won, and ``title.ja`` was null. Among names each
    closed by a mark, a name's shape with a lost glyph counts (never filled)."""
    [talk] = run_text(PAPER.format(second=second)).talks
    assert talk.title.ja is not None and talk.title.ja.text == "木造橋梁の点検記録を用いた劣化傾向の分析"
    assert talk.title.en is not None and talk.title.en.text == (
        "An Analysis of Deterioration Trends from Inspection Records of Timber Bridges in Rural Areas")
    assert [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors] == [
        ("佐藤 美咲", "西海大学工学部"), (second, "山陰建設技術センター"), ("Daniel Hughes", "西海大学工学部")]


MINUTES = """\
GREENFIELD ALLOTMENT SOCIETY
Minutes of the Committee Meeting

Date: 2 April 2024
Present: Jo Marsh (Chair), Sam Patel (Secretary), Lee Wong

1. Water supply
The standpipe by plot 14 leaks again. Sam will ask the council to send a
plumber before the summer.

2. Plot inspections
Inspections will take place in May. Three plots are badly overgrown and the
tenants will get a letter.

{footer1}

3. Open day
The open day will be held on 15 June. Lee will print the posters.

4. Any other business
None.

{footer2}
"""


@pytest.mark.parametrize("footer", ["— Page {n} of 2", "- Page {n} of 2 -", "Page {n}/2", "p. {n} of 2", "– {n}/2 –"])
def test_a_page_footer_alone_on_its_line_in_a_dash_or_page_shape_is_furniture(footer: str) -> None:
    """Trial 43: ``— Page 1 of 2`` alone on its line stood as the section's last paragraph, where ``… — Page 1 of 2``
    after text was furniture already; the page-number shapes now take a dash before or after them (or both), and a
    page word with its count in either form (``Page 2/5``, ``p. 3 of 8``)."""
    doc = run_text(MINUTES.format(footer1=footer.format(n=1), footer2=footer.format(n=2)))
    [talk] = doc.talks
    assert [t for t, _ in furniture(doc)] == [footer.format(n=1), footer.format(n=2)]
    assert not any("of 2" in p or "/2" in p for p in paragraphs(talk))
    assert [s.title.text for s in talk.sections] == ["Water supply", "Plot inspections", "Open day", "Any other business"]


CLOSING = """\
LAKESIDE ROWING CLUB
Committee Meeting — Minutes

Present: Ann Clarke (Chair), Bill Moss (Secretary), Carla Diaz
Apologies: Dev Rao

1. Boat repairs
The coxed four needs a new rudder. Bill will ask two boatyards for quotes
before the next meeting.

2. Regatta entries
Entries for the summer regatta close on 30 June. Carla will collect the
fees from the crews.

Action items
- Bill: ask two boatyards for rudder quotes
- Carla: collect regatta fees by 30 June

{signature}
"""


@pytest.mark.parametrize("signature", [
    "Signed: ______________________\nAnn Clarke\nChair\n10 June 2024",
    "Signed ........................ (Chair)\nDate ........................",
    "Signed: Bill Moss, Secretary\nApproved: Ann Clarke, Chair",
])
def test_minutes_close_on_an_action_list_without_a_colon_and_a_signature_block(signature: str) -> None:
    """Trial 41's minutes as trial 43's brief read them: ``Action items`` (no colon) over its ``- `` items, then the
    signature's lines, stayed the last section's paragraphs. A label alone without its colon over a list heads a
    section of its own after the numbering; a signature's block (its label over a rule, the signer's name, post and
    date under it) is closing fields, in ``front``."""
    [talk] = run_text(CLOSING.format(signature=signature)).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Boat repairs"), ("2", "Regatta entries"), (None, "Action items")]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "- Bill: ask two boatyards for rudder quotes", "- Carla: collect regatta fees by 30 June"]
    assert [p.text for p in talk.sections[1].paragraphs] == [
        "Entries for the summer regatta close on 30 June. Carla will collect the fees from the crews."]
    assert [t.text for t in talk.front][-len(signature.split("\n")):] == signature.split("\n")


def test_a_short_line_over_running_text_after_the_numbering_is_no_closing_heading() -> None:
    """The bare label's evidence is the list under it: a short line over a sentence stays the last section's."""
    text = CLOSING.format(signature="Signed: Bill Moss, Secretary").replace(
        "- Bill: ask two boatyards for rudder quotes\n- Carla: collect regatta fees by 30 June",
        "Bill will ask for quotes and Carla will collect the fees.")
    [talk] = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["Boat repairs", "Regatta entries"]
