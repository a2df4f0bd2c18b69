"""Issue 16 point 2, fresh-user trial 76b (helper struct76b): every common shape gives its visible structure.

- a speaker printed in a credit the title block missed: ``Address by the Headmaster, Dr Richard Pennington``,
  ``Compiled by the Recorder, Gillian Marchbanks``, a haiku circle's ``若葉俳句会（主宰　青木 白雲）``, and a message's
  one-line closing signature ``Derek Carne, Lifeboat Operations Manager``;
- headings set alike read alike: a phrase alone between blank lines, a place's dateline, a phrase at the margin over
  set-in lines, where a sibling so set heads a section already.

All inputs are made up (the trial's own documents are not used)."""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk as _only_talk, paragraph_texts


def only_talk(text: str):
    return _only_talk(text)[0]

GAP = "\ufffd"


def _titles(talk) -> list[str]:
    return [s.title.text for s in talk.sections if s.title is not None]


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


# -- a: speakers in credits and signatures -------------------------------------------------------------------------

SPEECH = """{org}
{title}
{credit}

{opening}

Academic prizes

The Founder's Prize goes to Eleanor Whitcombe of the Upper Sixth.
Eleanor will read Natural Sciences at Cambridge in the autumn.

Sport

The First Eleven had an unbeaten season under their captain.
"""


@pytest.mark.parametrize(("org", "title", "credit", "name", "post"), [
    ("St Aldhelm's School, Wimborne", "Speech Day and Prize-Giving, July 2024",
     f"Address by the Headmaster, Dr Richard Pen{GAP}ington", f"Richard Pen{GAP}ington", "Headmaster"),
    ("St Bede's College, Kingsbridge", "Prize-Giving and Founders' Day, June 2025",
     "Speech by the Principal, Mrs Helen Ashworth", "Helen Ashworth", "Principal"),
    ("Harwell Rotary Club", "Charter Night Dinner 2024",
     "Address by the President, Mr Colin Braithwaite", "Colin Braithwaite", "President"),
])
def test_speech_credit_under_title_names_the_speaker(org, title, credit, name, post):
    talk = only_talk(SPEECH.format(org=org, title=title, credit=credit,
                                   opening="It is my great pleasure to welcome you all this afternoon."))
    assert talk.speaker.name.text == name
    assert talk.speaker.affiliation.text == post


REPORT = """{org}
{title}
{credit}

Summary

October was dominated by easterly winds in the second week, bringing a fine fall of migrants.
Thanks to all forty-two observers who submitted records this month.

Wetlands

A Great White Egret was present at Didcot Marsh from the 3rd to the 19th.
"""


@pytest.mark.parametrize(("credit", "name", "post"), [
    (f"Compiled by the Recorder, Gillian March{GAP}anks", f"Gillian March{GAP}anks", "Recorder"),
    ("Edited by the Membership Secretary, Thomas Hebden", "Thomas Hebden", "Membership Secretary"),
    ("Compiled by the County Recorder, Peter Huxtable", "Peter Huxtable", "County Recorder"),
])
def test_compiled_by_post_then_name_names_the_speaker(credit, name, post):
    talk = only_talk(REPORT.format(org="Harwell and District Bird Club", title="Monthly Sightings Report: October 2024",
                                   credit=credit))
    assert talk.speaker.name.text == name
    assert talk.speaker.affiliation.text == post
    assert credit in _front(talk) or talk.speaker.text.text == credit  # nothing lost: front, or the speaker's line


def test_credit_naming_no_person_names_no_speaker():
    """Near miss: the post alone, or a body after the comma, names no one (none invented)."""
    for credit in ("Compiled by the Recorder", "Compiled by the Recorder, Harwell Bird Club"):
        talk = only_talk(REPORT.format(org="Harwell and District Bird Club", title="Monthly Sightings Report: October 2024",
                                       credit=credit))
        assert talk.speaker.name is None


HAIKU = """句集　{name}　令和六年秋季号
{head}

主宰近詠
　秋風や母の形見の針箱に　　白雲
　稲架解いて空の広さの戻りけり　　白雲

会員作品
　月今宵誰も知らざる川の音　　　石田 冬青
　鰯雲見上げて駅に着きにけり　　山崎 緑水

句会報告
　九月十五日、鎌倉市の鶴岡会館にて月例句会を開催しました。
　出席者は十八名、兼題は「月」と「稲」でした。

編集後記
　次号の締め切りは十一月末日です。投句は編集部までお送りください。
"""


@pytest.mark.parametrize(("head", "name"), [
    (f"若葉俳句会（主宰　青木 {GAP}{GAP}）", f"青木 {GAP}{GAP}"),
    ("潮騒短歌会（主宰　森川 千尋）", "森川 千尋"),
    ("みなと俳句会（会長　田中 一郎）", "田中 一郎"),
])
def test_bracketed_post_and_name_under_masthead(head, name):
    talk = only_talk(HAIKU.format(name="若葉", head=head))
    assert talk.speaker.name.text == name
    assert "（" not in talk.speaker.affiliation.text


def test_haiku_headings_head_their_haiku():
    """``主宰近詠`` and ``会員作品`` over set-in haiku head sections as ``句会報告`` over its set-in text does."""
    talk = only_talk(HAIKU.format(name="若葉", head="若葉俳句会（主宰　青木 白雲）"))
    assert _titles(talk) == ["主宰近詠", "会員作品", "句会報告", "編集後記"]
    assert not any("秋風や" in t for t in _front(talk))


MESSAGE = """RNLI Penhallow Lifeboat Station
Annual Report 2023

Message from the {post}

2023 was one of the busiest years in the station's history, with 64 service launches.
I am enormously proud of our volunteer crew, who gave more than 9,000 hours of their time.
{signature}

Notable services

On 17 February, the all-weather lifeboat launched in a force 8 gale to a fishing vessel.

Awards

The RNLI's Thanks on Vellum was awarded to Mark Tregenza for the February service.
"""


@pytest.mark.parametrize(("post", "signature", "name"), [
    ("Lifeboat Operations Manager", f"Derek Ca{GAP}ne, Lifeboat Operations Manager", f"Derek Ca{GAP}ne"),
    ("Chair of Trustees", "Margaret Hale, Chair of Trustees", "Margaret Hale"),
    ("Station Manager", "Tom Pengelly, Station Manager", "Tom Pengelly"),
])
def test_message_signed_on_one_line(post, signature, name):
    talk = only_talk(MESSAGE.format(post=post, signature=signature))
    assert talk.speaker.name.text == name
    assert talk.speaker.affiliation.text == post
    assert _titles(talk)[:2] == [f"Message from the {post}", "Notable services"]


def test_street_after_name_is_no_signature():
    """Near miss: a reader's street after the name (``Mary Collins, Church Road``) signs no message as a post does."""
    talk = only_talk(MESSAGE.format(post="Editor", signature="Mary Collins, Church Road"))
    assert talk.speaker.name is None or talk.speaker.name.text != "Mary Collins"


# -- c: headings set alone between blank lines, datelines ------------------------------------------------------------

CIRCULAR = """COURT AND SOCIAL

{column}

{place1}, 14th November
The King this morning received Sir Anthony Harcourt-Wilde upon his appointment as Ambassador.
Lady Harcourt-Wilde was also received by His Majesty.

{place2}, 14th November
The Queen this afternoon attended a reception at the British Library.

Forthcoming marriages

Mr J.R. Fothergill and Miss C.A. Venables
The engagement is announced between James, elder son of Mr and Mrs Robert Fothergill, and Clementine.

Birthdays

Lord Hennessy of Nympsfield, historian, 77; Dame Evelyn Glennie, percussionist, 59.

Memorial services

A service of thanksgiving for the life of Sir Peregrine Trevelyan will be held at noon.

Dinners

The Worshipful Company of Fishmongers
The Prime Warden presided at a dinner held at Fishmongers' Hall last night.
"""


@pytest.mark.parametrize(("column", "place1", "place2"), [
    ("Court Circular", "Buckingham Palace", "Windsor Castle"),
    ("Court Circular", "Clarence House", "Sandringham House"),
    ("Social News", "St James's Palace", "Balmoral Castle"),
])
def test_column_headings_read_alike(column, place1, place2):
    talk = only_talk(CIRCULAR.format(column=column, place1=place1, place2=place2))
    titles = _titles(talk)
    for heading in (column, f"{place1}, 14th November", f"{place2}, 14th November", "Forthcoming marriages",
                    "Birthdays", "Memorial services", "Dinners"):
        assert heading in titles
    # the couple's line and the livery company's line stay their announcements' first lines
    assert "Mr J.R. Fothergill and Miss C.A. Venables" not in titles
    assert "The Worshipful Company of Fishmongers" in paragraph_texts(talk) \
        or any("The Worshipful Company of Fishmongers" in p for p in paragraph_texts(talk))


def test_label_alone_over_its_value_stays():
    """Near miss: with no sibling heading set alone, a phrase alone between blank lines is left as it was."""
    text = ("Harvest Supper\n\nVenue\n\nThe Old Boathouse, Quay Street\n\n"
            "Tickets are on sale at the village shop and cost ten pounds each, children half price.\n")
    talk = only_talk(text)
    assert "Venue" not in _titles(talk)


def test_label_over_value_beside_sibling_headings_stays():
    """Near miss: ``Contact`` / ``The Parish Office`` both alone between blank lines, beside headings set alone: a label
    over its value, neither a heading."""
    text = """Riverside Gardening Club
Spring Newsletter 2026

Seed swap

Members brought over two hundred packets of seed to the swap in March, and every table was busy.

Contact

The Parish Office

Letters for the committee may be left at the office on weekday mornings until noon.

Summer show

The summer show will be held on the village green on the last Saturday of July.
"""
    titles = _titles(only_talk(text))
    assert "Contact" not in titles and "The Parish Office" not in titles
