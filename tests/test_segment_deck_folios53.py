"""Helper deck53 (issue 16): a deck's folios at its pages' foot or head, read from the deck's ends; a cover that
names no person, read whole. The correct results were written down before the change; every deck is made up.

1. A deck whose page number closes each page (``令和7年2月`` / ``湖南市 財政課 … - 1 -`` / ``予算規模`` …): the text before
   ``1`` is page 1 and nothing follows the last number, so the numbers stand at the foot whatever the blank lines
   before each footer say (trial 52: slide numbers one off and a last, empty slide ``6``).
2. The mirror: a deck that opens on ``- 1 -`` with text after its last number reads its numbers at the head.
3. A cover before ``Slide 1`` printed again under it: the cover's title, subtitle, office and date are slide 1, not
   two unnumbered slides (trial 52c); the office presents the deck, the speaker's affiliation, no name.
"""

from __future__ import annotations

import pytest

from tests.segmenting import furniture_of, only_talk, slides_of, text_of

FOOTER = "港北市 企画課　　　　　　　　　　　　　　　　"

JA_SLIDES = [
    ("人口の推移", ["■ 総人口　12万4,000人", "■ 高齢化率　31.2%"]),
    ("財政の状況", ["■ 市税収入は横ばい", "■ 扶助費が増加", "■ 基金残高は減少"]),
    ("今後の取組", ["■ 公共施設の再編", "■ 行政のデジタル化"]),
]
JA_COVER = ["港北市の行財政改革", "～ 持続可能なまちづくりに向けて ～", "", "令和7年3月", "港北市 企画部 企画課"]


def _ja_foot(footer: bool = True) -> str:
    """Folios at each page's foot, set off from the page's text by a blank line (a footer line before the folio)."""
    out = list(JA_COVER)
    for k, page in enumerate([None] + JA_SLIDES, 1):
        if page is not None:
            out += [page[0], *page[1]]
        out += ["", (FOOTER if footer else "") + f"- {k} -"]
    return "\n".join(out) + "\n"


def _ja_head() -> str:
    """The same pages with each folio at its page's head, a blank line after it."""
    out = []
    for k, page in enumerate([None] + JA_SLIDES, 1):
        out += [f"- {k} -", ""]
        out += JA_COVER if page is None else [page[0], *page[1]]
        out += [""]
    return "\n".join(out)


def _expected_ja():
    cover = (1, JA_COVER[0], [JA_COVER[1], JA_COVER[3], JA_COVER[4]])
    return [cover] + [(k, title, body) for k, (title, body) in enumerate(JA_SLIDES, 2)]


@pytest.mark.parametrize("footer", [True, False])
def test_folios_at_the_foot_close_their_pages_53(footer):
    talk, ledger = only_talk(_ja_foot(footer))
    assert talk.shape == "deck"
    assert slides_of(talk) == _expected_ja()
    if footer:
        # the footer with the ideographic spaces that set its folio off (characters: kept in the ledger)
        assert [t for r, t in furniture_of(ledger) if r == "running-footer"] == [FOOTER] * 4


def test_folios_at_the_head_open_their_pages_53():
    talk, _ = only_talk(_ja_head())
    assert slides_of(talk) == _expected_ja()


def test_a_cover_naming_its_office_gives_speaker_and_city_53():
    talk, _ = only_talk(_ja_foot())
    assert (text_of(talk.title.ja), text_of(talk.subtitle.ja)) == ("港北市の行財政改革", "～ 持続可能なまちづくりに向けて ～")
    assert (text_of(talk.speaker.affiliation), talk.speaker.name) == ("港北市 企画部 企画課", None)
    assert text_of(talk.city.ja) == "港北市"


EN_SLIDES = [("Why change?", ["Bus use fell by a third", "Older riders want more stops"]),
             ("What we tried", ["Demand-responsive minibuses", "A single fare zone"]),
             ("Next steps", ["Extend the pilot to two villages", "Report to the council in May"])]


def _en_foot(cover_number: bool) -> str:
    """An English deck, bare folios at the foot after a blank line; the cover numbered ``1`` or not."""
    out = ["Rural Buses Reimagined", "Transport Office, Town of Eastbrook", "June 2025", ""]
    first = 2 if cover_number else 1
    if cover_number:
        out += ["1"]
    for k, (title, body) in enumerate(EN_SLIDES, first):
        out += [title, *body, "", str(k)]
    return "\n".join(out) + "\n"


def test_an_english_deck_numbered_at_the_foot_with_its_cover_53():
    talk, _ = only_talk(_en_foot(cover_number=True))
    assert slides_of(talk) == [(1, "Rural Buses Reimagined", ["Transport Office, Town of Eastbrook", "June 2025"])] \
        + [(k, title, body) for k, (title, body) in enumerate(EN_SLIDES, 2)]
    assert (text_of(talk.speaker.affiliation), talk.speaker.name) == ("Transport Office, Town of Eastbrook", None)


def test_an_unnumbered_cover_before_slides_numbered_at_the_foot_53():
    talk, _ = only_talk(_en_foot(cover_number=False))
    assert slides_of(talk) == [(None, "Rural Buses Reimagined", ["Transport Office, Town of Eastbrook", "June 2025"])] \
        + [(k, title, body) for k, (title, body) in enumerate(EN_SLIDES, 1)]


def test_an_unnumbered_cover_before_slides_numbered_at_the_head_53():
    # text at both ends (the cover before ``1``, a slide after the last number): the ends say nothing, the boxes decide
    out = ["Rural Buses Reimagined", "Transport Office, Town of Eastbrook", "June 2025", ""]
    for k, (title, body) in enumerate(EN_SLIDES, 1):
        out += [str(k), title, *body, ""]
    talk, _ = only_talk("\n".join(out))
    assert slides_of(talk)[1:] == [(k, title, body) for k, (title, body) in enumerate(EN_SLIDES, 1)]


COPIED = """Green Quays for Smaller Ports
Progress and Next Steps
Harbour Office, City of Ribe
April 2025
Slide 1
Green Quays for Smaller Ports
Harbour Office, City of Ribe
Slide 2
Why change?
Shipping makes a third of the town's emissions
Slide 3
What we did
Shore power at two berths
Slide 4
Contact
harbour@ribe.example
"""


def test_a_cover_printed_again_under_slide_1_is_slide_1_53():
    talk, ledger = only_talk(COPIED)
    assert slides_of(talk) == [
        (1, "Green Quays for Smaller Ports", ["Progress and Next Steps", "Harbour Office, City of Ribe", "April 2025"]),
        (2, "Why change?", ["Shipping makes a third of the town's emissions"]),
        (3, "What we did", ["Shore power at two berths"]),
        (4, "Contact", ["harbour@ribe.example"]),
    ]
    assert (text_of(talk.title.en), text_of(talk.subtitle.en)) == ("Green Quays for Smaller Ports", "Progress and Next Steps")
    assert (text_of(talk.speaker.affiliation), talk.speaker.name) == ("Harbour Office, City of Ribe", None)
    assert text_of(talk.city.en) == "Ribe"


def test_the_copy_names_the_cover_s_title_53():
    # the cover's first line read as an organisation's (``… School``): the copy under ``Slide 1`` says which is the title
    talk, _ = only_talk(COPIED.replace("Green Quays for Smaller Ports", "Safer Routes to School"))
    assert slides_of(talk)[0][:2] == (1, "Safer Routes to School")
    assert text_of(talk.title.en) == "Safer Routes to School"
