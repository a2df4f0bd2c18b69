"""Fresh-user trial 64b (issue 16: structure from general evidence), helper notice64b. Made-up documents, other
wording, names and places than the trial's (also under /work/regress/in_notice64b/).

1. A notice signed ``Signed: <name>`` over ``<post>, <office>`` (``Head of Highways, Ashford Borough Council``) has
   its signer for speaker, the post and office the affiliation: a post whose words are no name's (``Head of …``)
   before a comma and its office had been read as no signature's line. In a PDF set with loose leading (pdfminer
   makes every line a box of its own), the signature's lines one pitch apart under a wider gap are one box: the
   signature goes to ``front`` as in a text dump.
2. An English notice's kind alone over its title (``PUBLIC NOTICE``, ``NOTICE OF MEETING``, ``Notice of Election``,
   ``Notice``) is a label, ``front``; the line under it is the title. A line naming what the notice is about
   (``Notice of Road Closure``) or a title holding the words (``Public Notices in Local Newspapers``) is none.
3. A deck cover's line naming a team or unit of a municipality or body (``City of Leeds Transport Team``,
   ``Transport Team, Leeds City Council``) beside the speaker's name is the speaker's affiliation, never the
   subtitle, and names the talk's city. A team of no named body (``Our Transport Team``) stays what it was.
4. A contact block under its heading right under a notice's closing signature (its date, ``桜台市長　高橋 健一``) is
   the notice's foot, ``front``, as after ``以上``; a newsletter's contact block under its last article (no
   signature over it) stays a section (trial 25's decision).
"""

from __future__ import annotations

import pytest

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf
from segmenting import segment_pdf, segment_text, text_of


def _pdf(blocks: list[list[str]], font: str = EN, size: float = 12.0, pitch: float = 20.0, gap: float = 20.0) -> bytes:
    """A one-page PDF of ``blocks`` (each a list of lines), lines ``pitch`` points apart, ``gap`` more between blocks:
    loose leading, so pdfminer sets each line in a box of its own (the trial's notice)."""
    runs, y = [], 760.0
    for block in blocks:
        for line in block:
            runs.append((font, size, 60.0, y, line))
            y -= pitch
        y -= gap
    return drawn_pdf([runs])


def _dump(blocks: list[list[str]]) -> str:
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


# -- 1. a signature's post and office ---------------------------------------------------------------------------------

SIGNED = [
    ("PUBLIC NOTICE", "Temporary Closure of Brook Street, Hythe",
     ["Kent County Council gives notice that Brook Street will be closed to all traffic",
      "between 4 May and 15 May 2026 while the water main is renewed."],
     ["Signed: Priya Natarajan", "Director of Environment, Kent County Council"],
     "Priya Natarajan", "Director of Environment, Kent County Council"),
    ("NOTICE OF MEETING", "Annual Meeting of the Clifton Allotment Holders",
     ["The annual meeting will be held at the Scout Hut, Park Road, on Saturday 6 June 2026 at 10 am.",
      "All plot holders are asked to attend."],
     ["Signed: Tom Reyes", "Head of Parks, Bristol City Council"],
     "Tom Reyes", "Head of Parks, Bristol City Council"),
    ("Public Notice", "Changes to Waste Collection Days in Aberaeron",
     ["From 1 July 2026 black bags will be collected on Thursdays instead of Mondays.",
      "Recycling collections are not affected."],
     ["Signed: Aled Morgan", "Head of Waste Services, Ceredigion County Council"],
     "Aled Morgan", "Head of Waste Services, Ceredigion County Council"),
]


def _signed_blocks(label, title, body, signature):
    return [[label], [title], body, ["Dated 2 April 2026"], signature]


@pytest.mark.parametrize(("label", "title", "body", "signature", "name", "affiliation"), SIGNED,
                         ids=["kent", "bristol", "ceredigion"])
@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_notices_signer_over_post_and_office_is_its_speaker64b(kind, label, title, body, signature, name, affiliation):
    blocks = _signed_blocks(label, title, body, signature)
    doc = segment_text(_dump(blocks)) if kind == "txt" else segment_pdf(_pdf(blocks))
    (talk,) = doc.talks
    assert text_of(talk.speaker.name) == name and text_of(talk.speaker.affiliation) == affiliation
    front = [t.text for t in talk.front]
    assert front[-2:] == signature  # the signature closes the notice in front, in a PDF as in a dump
    assert text_of(talk.title.en) == title and label in front


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_sentence_under_signed_is_no_signature64b(kind):
    # near miss: a post's words before a comma, then a sentence, is no office
    blocks = [["PUBLIC NOTICE"], ["Temporary Closure of Brook Street, Hythe"],
              ["Kent County Council gives notice that Brook Street will be closed in May."],
              ["Signed: Priya Natarajan", "Head of Highways, we thank residents for their patience."]]
    doc = segment_text(_dump(blocks)) if kind == "txt" else segment_pdf(_pdf(blocks))
    (talk,) = doc.talks
    assert talk.speaker.name is None
    assert "Signed: Priya Natarajan" not in [t.text for t in talk.front]


# -- 2. a notice's kind over its title --------------------------------------------------------------------------------

LABELLED = [
    ("PUBLIC NOTICE", "Proposed Parking Restrictions on Station Road, Ware"),
    ("NOTICE OF MEETING", "Extraordinary Meeting of Hambleton Parish Council"),
    ("Notice of Election", "Election of Two Governors for Millbrook Primary School"),
    ("Public Notice", "Consultation on Parking Charges in Westfield"),
    ("Notice", "Closure of Bramley Library for Refurbishment"),
]


@pytest.mark.parametrize(("label", "title"), LABELLED)
@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_notices_kind_over_its_title_is_a_label64b(kind, label, title):
    blocks = [[label], [title], ["Comments may be sent to the clerk at the Town Hall by 30 April 2026.",
                                 "Copies of the proposals are available for inspection during office hours."]]
    doc = segment_text(_dump(blocks)) if kind == "txt" else segment_pdf(_pdf(blocks))
    (talk,) = doc.talks
    assert text_of(talk.title.en) == title
    assert label in [t.text for t in talk.front]


@pytest.mark.parametrize(("first", "second"), [
    ("Notice of Road Closure", "Mill Lane, Ashford"),  # what the notice is about: its title
    ("Public Notices in Local Newspapers", "A Study of Readership in Three Counties"),  # a title holding the words
])
def test_a_title_naming_a_notice_stays_the_title64b(first, second):
    doc = segment_text(_dump([[first], [second], ["Local newspapers have carried statutory notices for a century.",
                                                   "This study asks who reads them."]]))
    (talk,) = doc.talks
    assert text_of(talk.title.en) == first


# -- 3. a team's line on a deck's cover -------------------------------------------------------------------------------

COVERS = [
    ("Cycling Strategy 2030", ["City of Leeds Transport Team", "Ruth Adebayo"], "Ruth Adebayo",
     "City of Leeds Transport Team", "Leeds"),
    ("Greener Parks for Everyone", ["Femi Okonjo", "Bristol City Council Parks Team"], "Femi Okonjo",
     "Bristol City Council Parks Team", "Bristol"),
    ("Bus Priority on the A64", ["Anna Kowalska", "Transport Team, Sheffield City Council"], "Anna Kowalska",
     "Transport Team, Sheffield City Council", "Sheffield"),
    ("Flood Resilience in the Old Town", ["Municipality of Utrecht Climate Adaptation Unit", "Jeroen de Vries"],
     "Jeroen de Vries", "Municipality of Utrecht Climate Adaptation Unit", "Utrecht"),
]
SLIDES = [("Why Act Now?", ["Short trips under 5 km are most journeys", "Cleaner air and better health"]),
          ("Our Targets", ["Double the trips by 2030", "200 km of protected lanes"])]


def _deck_pdf(title: str, cover: list[str]) -> bytes:
    pages = []
    for head, lines in [(title, cover), *SLIDES]:
        runs = [(EN_BOLD, 28.0, 60.0, 489.5, head)]
        runs += [(EN, 18.0, 80.0, 421.5 - 36.0 * k, line) for k, line in enumerate(lines)]
        pages.append(runs)
    return drawn_pdf(pages, size=(841.89, 595.28))


def _deck_dump(title: str, cover: list[str]) -> str:
    return "\f".join("\n".join([head, "", *lines]) + "\n" for head, lines in [(title, cover), *SLIDES])


@pytest.mark.parametrize(("title", "cover", "name", "affiliation", "city"), COVERS, ids=["leeds", "bristol", "sheffield", "utrecht"])
def test_a_teams_line_on_a_deck_cover_is_the_speakers_office64b(title, cover, name, affiliation, city):
    (talk,) = segment_pdf(_deck_pdf(title, cover)).talks
    assert text_of(talk.speaker.name) == name and text_of(talk.speaker.affiliation) == affiliation
    assert talk.subtitle.en is None
    assert text_of(talk.city.en) == city


@pytest.mark.parametrize(("title", "cover", "name", "affiliation", "city"), [*COVERS[:2], COVERS[3]],
                         ids=["leeds", "bristol", "utrecht"])
def test_a_teams_line_on_a_dumped_deck_cover_is_the_speakers_office64b(title, cover, name, affiliation, city):
    talks = segment_text(_deck_dump(title, cover)).talks
    assert len(talks) == 1
    (talk,) = talks
    assert text_of(talk.speaker.name) == name and text_of(talk.speaker.affiliation) == affiliation
    assert text_of(talk.city.en) == city


def test_a_team_of_no_named_body_names_no_city64b():
    # near miss: ``Our Transport Team`` names no body, so no city. Since session 67 (helper misc67: a team is a
    # working unit, never a person's name) the line over the speaker's name is her affiliation as printed
    (talk,) = segment_pdf(_deck_pdf("Cycling Strategy 2030", ["Our Transport Team", "Ruth Adebayo"])).talks
    assert text_of(talk.speaker.name) == "Ruth Adebayo"
    assert talk.city.en is None


# -- 4. a contact block under a notice's closing signature ----------------------------------------------------------

JA_NOTICES = [
    ("令和８年度　子ども読書講座の受講者募集について", "令和８年２月１日", "青葉市教育委員会教育長　松本 直子",
     "【問い合わせ先】", ["青葉市 教育委員会 生涯学習課", "電話 0265-22-1111"]),
    ("市営住宅入居者の募集について", "令和８年５月１０日", "緑川町長　岡田 誠",
     "■問合せ先", ["緑川町 建設課 住宅係", "電話 0749-33-2222"]),
    ("令和８年度　市民農園利用者の募集について", "令和８年１月１５日", "桜台市長　高橋 健一",
     "【問合せ先】", ["桜台市 産業振興課 農政係", "電話 0467-12-3456"]),
]


def _ja_notice(title, date, signer, heading, contact):
    return f"""{title}

次のとおり募集しますので、お知らせします。

１．募集人数
　２０人
２．申込方法
　電話でお申し込みください。

{date}
{signer}

{heading}
{contact[0]}
{contact[1]}
"""


@pytest.mark.parametrize(("title", "date", "signer", "heading", "contact"), JA_NOTICES, ids=["aoba", "midorikawa", "sakuradai"])
def test_a_contact_block_under_a_notices_signature_is_front64b(title, date, signer, heading, contact):
    (talk,) = segment_text(_ja_notice(title, date, signer, heading, contact)).talks
    front = [t.text for t in talk.front]
    assert front[-3:] == [heading, *contact]
    assert all(s.title.text != heading.strip("【】■") for s in talk.sections)
    assert talk.speaker.name is not None and talk.speaker.name.text == signer.split("　")[1]


def test_a_signed_pdf_notices_contact_block_is_front64b():
    blocks = [["令和８年度　子ども読書講座の受講者募集について"], ["次のとおり募集しますので、お知らせします。"],
              ["令和８年２月１日", "青葉市教育委員会教育長　松本 直子"],
              ["【問い合わせ先】", "青葉市 教育委員会 生涯学習課", "電話 0265-22-1111"]]
    (talk,) = segment_pdf(_pdf(blocks, font=JA)).talks
    assert [t.text for t in talk.front][-3:] == blocks[-1]


def test_a_newsletters_contact_block_without_a_signature_is_the_closing_block64b():
    # no signature over the heading (a newsletter's last article): the block had headed its own section; since helper
    # close82 (issue 16) a contact block under a heading no number counts closes the document, signed or not
    text = """みなと町だより　第１２号

■ 夏祭りのお知らせ
　８月１日に港公園で夏祭りを開きます。みなさまお誘い合わせのうえお越しください。

■ ごみの出し方
　燃えるごみは月曜日と木曜日に出してください。

問い合わせ先
みなと町 総務課
電話 0123-45-6789
"""
    (talk,) = segment_text(text).talks
    assert "問い合わせ先" not in [s.title.text for s in talk.sections]
    assert [talk.front[i].text for i in talk.front_closing] == ["問い合わせ先", "みなと町 総務課", "電話 0123-45-6789"]
