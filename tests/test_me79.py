"""Session 79, mine: fixes found by fresh-user trials, each by its kind (docs/clean.md, docs/segment.md,
docs/restore.md, *Session 79, mine*)."""

from __future__ import annotations

import pytest

from pipeline.clean.accents import compose_spacing_accents
from pipeline.clean.edits import Line
from pipeline.model import Text

PDF_BOX = (72.0, 700.0, 300.0, 712.0)


def _pdf_line(text: str) -> Line:
    return Line(Text.from_raw(text, 1), box=PDF_BOX)


@pytest.mark.parametrize("raw, composed, symbol", [
    ("A \u0338= B", "A ≠ B", "≠"),          # quantum-template (trial 78c): the slash on the space before `=`
    ("x \u0338\u2208 S", "x ∉ S", "∉"),
    ("a\u0338<b", "a≮b", "≮"),
    ("U \u0338\u2282 V", "U ⊄ V", "⊄"),
    ("p \u0338\u2261 q (mod n)", "p ≢ q (mod n)", "≢"),
])
def test_a_negation_slash_before_its_relation_is_the_negated_relation(raw, composed, symbol):
    (line,), changes = compose_spacing_accents((_pdf_line(raw),))
    assert line.text.text == composed
    assert [(c.reason, c.replacement) for c in changes] == [("combining-mark", symbol)]
    # the slash (and the space after it) are the ledger row's; the symbol keeps the relation's raw place
    assert changes[0].removed.text.startswith("\u0338")


@pytest.mark.parametrize("raw", [
    "a \u0338 b",          # nothing Unicode negates after the slash
    "A = B and x \u2208 S",  # no slash: untouched
])
def test_a_slash_before_nothing_it_negates_stays(raw):
    (line,), changes = compose_spacing_accents((_pdf_line(raw),))
    assert line.text.text == raw and changes == []


def test_a_text_dumps_slash_is_not_read():
    dump = Line(Text.from_raw("A \u0338= B", 1))
    (line,), changes = compose_spacing_accents((dump,))
    assert line.text.text == "A \u0338= B" and changes == []


# Trial 79b: a report's writer by post under a masthead and its title (the society's name over the title), and under
# a concert's day and venue; a name the post vouches for though the census lacks its given name.
from tests.segmenting import only_talk  # noqa: E402

POSTED_UNDER_MASTHEAD = [
    ("Thornbury Park Golf Club\nMen's Section: Competition Report, September\n\n"
     "Competition Secretary: Alistair Mun\ufffdo\n", "Men's Section: Competition Report, September",
     "Competition Secretary", "Alistair Mun\ufffdo"),
    ("Ashbourne Choral Society\nWinter Concert: Programme Notes\nSaturday 14 December, St Oswald's Church, Ashbourne\n\n"
     "Musical Director: Catherine Pe\ufffdberton\nAccompanist: David Whitfield (organ)\n",
     "Winter Concert: Programme Notes", "Musical Director", "Catherine Pe\ufffdberton"),
    ("Kestrel Valley Rambling Club\nWalks Report, Spring 2026\n\nWalks Secretary: Eilidh Ferguson\n",
     "Walks Report, Spring 2026", "Walks Secretary", "Eilidh Ferguson"),
]


@pytest.mark.parametrize("head, title, post, name", POSTED_UNDER_MASTHEAD)
def test_a_post_and_its_holder_under_a_masthead_and_title_is_the_speaker(head, title, post, name):
    talk, _ = only_talk(head + "\nThe season has been a busy one, and our thanks go to every member who helped.\n\n"
                        "Notices\nThe annual dinner will be held in March at the clubhouse.\n")
    assert talk.title.en.text == title
    assert (talk.speaker.affiliation.text, talk.speaker.name.text) == (post, name)
    assert [s.title.text for s in talk.sections] == ["Notices"]


@pytest.mark.parametrize("line", ["Show Secretary: Vacant Po\ufffdt", "Venue: Memorial Ha\ufffdl"])
def test_a_field_whose_value_is_no_name_names_no_speaker(line):
    talk, _ = only_talk("Thornbury Park Golf Club\nCompetition Report, September\n\n" + line +
                        "\n\nThe season has been a busy one, and our thanks go to every member who helped.\n")
    assert talk.speaker.name is None


# Trial 79: a leaflet in vertical writing on two landscape pages, a foot with its folio on each: one document with its
# kanji-numbered sections, never a deck of two slides (landscape is vertical writing's usual sheet).
from tests.pdfmaker import EN, JA_V, drawn_pdf, vertical_columns  # noqa: E402
from tests.segmenting import segment_pdf  # noqa: E402

LANDSCAPE = (841.89, 595.28)


def _vertical_leaflet(size: tuple[float, float] = LANDSCAPE) -> bytes:
    right, top = size[0] - 60, size[1] - 50
    page1 = [(JA_V, 16, right, top, "川の町　さんぽ道のご案内")]
    page1 += vertical_columns(["一　水の広場"], right=right - 40, top=top, size=12)
    page1 += vertical_columns(["　町の北のはずれ、川のほとりに湧く清", "水で、古くから町の人びとが野菜を洗い", "水を汲む場として大切にしてきました。"],
                              right=right - 64, top=top - 10, pitch=20)
    page1 += vertical_columns(["二　石だたみの小道"], right=right - 140, top=top, size=12)
    page1 += vertical_columns(["　丸い石を並べた小道に、柳と水路が続", "きます。夕方には行灯がともり、下駄の", "音が石畳にひびきます。"],
                              right=right - 164, top=top - 10, pitch=20)
    page1.append((EN, 8, 40, 24, "Kawa no Machi Walking Map 1"))
    page2 = vertical_columns(["三　城山の天守"], right=right, top=top, size=12)
    page2 += vertical_columns(["　山の上に建つ木造の天守からは、川に", "沿って広がる町並みを一望できます。登", "り口から歩いて二十分ほどです。"],
                              right=right - 24, top=top - 10, pitch=20)
    page2 += vertical_columns(["お問い合わせ"], right=right - 100, top=top, size=12)
    page2 += vertical_columns(["川の町観光協会", "〒五〇一―〇〇〇一", "川の町本町一―二", "電話　〇五七五―〇〇―〇〇〇〇"],
                              right=right - 124, top=top - 10, pitch=20)
    page2.append((EN, 8, 40, 24, "Kawa no Machi Walking Map 2"))
    return drawn_pdf([page1, page2], size=size)


@pytest.mark.parametrize("size", [LANDSCAPE, LANDSCAPE[::-1]])
def test_a_vertical_leaflet_on_landscape_pages_is_one_paper(size):
    doc = segment_pdf(_vertical_leaflet(size))
    (talk,) = doc.talks
    assert talk.shape == "paper" and not talk.slides
    # (``お問い合わせ`` and its lines had been a section of their own: the closing block since helper close82, issue 16)
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "水の広場"), ("2", "石だたみの小道"), ("3", "城山の天守")]
    assert [talk.front[i].text for i in talk.front_closing][0] == "お問い合わせ"
    assert talk.sections[2].paragraphs[0].text.endswith("二十分ほどです。")


# Trial 79: a document's kind over an event's name (a call for papers, an event's final details), the event's short
# name over its full name, and its venue under it never the title's rest.
@pytest.mark.parametrize("head, title", [
    ("CALL FOR PAPERS\n\nCoaST 2026\nThird International Symposium on Coastal Sediment Transport and Shoreline "
     "Management\nAveiro, Portugal, 21–24 September 2026\n",
     "CoaST 2026 Third International Symposium on Coastal Sediment Transport and Shoreline Management"),
    ("Call for Abstracts\n\nNorthern Rivers Heritage Conference 2026\nDurham, 3–4 June 2026\n",
     "Northern Rivers Heritage Conference 2026"),
    ("FINAL DETAILS\n\nCairnvale Orienteers Spring Middle Distance\nGlen Tarsan Forest, near Dunoon, Argyll\n"
     "Sunday 19 April 2026\n", "Cairnvale Orienteers Spring Middle Distance"),
])
def test_a_kind_label_over_an_events_name_is_front(head, title):
    talk, _ = only_talk(head + "\nThank you for your interest. Please read these details carefully before you travel "
                        "to the event.\n\nParking\nParking is in the field beside the farm, signed from the road.\n")
    assert talk.title.en.text == title
    assert talk.front[0].text.upper() in ("CALL FOR PAPERS", "CALL FOR ABSTRACTS", "FINAL DETAILS")


def test_a_long_title_wrapped_over_two_lines_still_goes_on():
    """Near miss: a title wrapped after 40 characters goes on in title case (no commas parting places)."""
    talk, _ = only_talk("Measuring Pedestrian Flows with Low-Cost Sensors\nin Historic Harbour Districts\n\n"
                        "Local councils need a quick estimate of how many people walk through their old harbours.\n")
    assert talk.title.en.text == "Measuring Pedestrian Flows with Low-Cost Sensors in Historic Harbour Districts"


# Trial 79's constitution: a signature block's caption (``Signed on behalf of the Association:``) over the signers'
# rows closes the document, never its last clause's text.
CLAUSES = ("CONSTITUTION OF THE KESTREL VALLEY RAMBLING CLUB\n\n1. Name\nThe club shall be called the Kestrel Valley "
           "Rambling Club.\n{gap}2. Objects\nThe objects of the club are to organise walks and to protect footpaths.\n"
           "{gap}3. Dissolution\n(a) The club may be dissolved by a resolution passed by a two-thirds majority.\n"
           "(b) Any assets remaining shall be given to a charity with similar objects.\n\n")


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("caption", ["Signed on behalf of the Club:", "Signed for and on behalf of the Committee:"])
def test_a_signature_blocks_caption_and_rows_close_the_document(gap, caption):
    talk, _ = only_talk(CLAUSES.format(gap=gap) + caption + "\n\nChair: Margaret Ovendale        Date: 14 March 2025\n"
                        "Secretary: Rhodri Pritchard        Date: 14 March 2025\n")
    last = talk.sections[-1]
    assert last.title.text == "Dissolution"
    assert not any("Ovendale" in p.text or "behalf" in p.text for p in last.paragraphs)
    closing = [talk.front[k].text for k in talk.front_closing]
    assert closing[0] == caption and closing[1].startswith("Chair: Margaret Ovendale")


@pytest.mark.parametrize("line, name", [
    ("品質保証部　検査課　主任　菅野　美沙紀さん", "菅野　美沙紀"),   # trial 79's 社内報 interview
    ("品質保証部　検査課　主任　\ufffd野　美沙\ufffdさん", "\ufffd野　美沙\ufffd"),
    ("総務課　係長　田中　一郎　さん", "田中　一郎"),
    ("生活安全課　主任　すずき　みさん", "すずき　みさん"),   # near miss: a name in kana may end on the same letters
])
def test_a_spoken_honorific_after_the_speakers_name_is_no_part_of_it(line, name):
    talk, _ = only_talk("社内報「なみのり」 2026年冬号\n\nリレーインタビュー　この人に聞く　第14回\n" + line +
                        "\n\n　今回ご登場いただくのは、入社9年目の社員です。昨年秋の顧客監査では大活躍でした。\n")
    assert talk.speaker.name.text == name
    assert talk.speaker.text.text == line  # the speaker's text keeps the honorific


def test_a_table_row_whose_last_cell_was_left_empty_stays_in_its_table():
    """Trial 79's datasheet: ``Housing⇥Polycarbonate, IP65`` (its unit left empty) had ended the table, its last rows
    two paragraphs; a row short of a cell at the table's end is its last row too (helper results79's note rows), and
    the sentence under it no row."""
    from pipeline.segment.tables import table_runs

    rows = ["Parameter\tValue\tUnit", "Humidity range\t0 to 100\t%RH", "Temperature range\t−40 to +80\t°C",
            "Supply voltage\t18 to 30\tV DC", "Housing\tPolycarbonate, IP65", "Weight\t180\tg",
            "Specifications are typical at 23 °C and 24 V supply unless stated otherwise."]
    assert table_runs([Text.inserted(r) for r in rows]) == ((0, 6),)
    assert table_runs([Text.inserted(r) for r in rows[:5] + rows[6:]]) == ((0, 5),)


@pytest.mark.parametrize("line, held", [
    ("クラブ幹事 大西 \ufffd", True),      # trial 79b's go club: its given name lost whole had been offered は, と
    ("監督　\ufffd田 一郎", True),
    ("書記 山\ufffd 花子", True),
    ("監督の\ufffd示で練習を始めた。", False),  # a post's word in running text: restored as before
])
def test_a_club_officers_name_after_the_post_is_held(line, held):
    from pipeline.restore.evidence.abstention import name_after_post

    assert name_after_post(line, line.index("\ufffd")) is held


@pytest.mark.parametrize("issue", ["Issue 14 — Autumn 2025", "Issue 88 - June 2025"])
def test_an_issue_line_under_the_masthead_is_no_heading_over_the_first_heading(issue):
    """Merge review (results79's phrases over headings): a newsletter's issue line over its first article's heading
    stays the issue's front, never an empty section."""
    talk, _ = only_talk("Riverside Gardeners' Newsletter\n" + issue + "\n\nHarvest Show results\nThe annual show was held "
                        "on 6 September in the community hall. Over ninety entries were judged by the panel.\n\n"
                        "Seed swap\nBring your spare seeds to the hall on Saturday morning for the swap.\n")
    assert [t.text for t in talk.front] == [issue]
    assert [s.title.text for s in talk.sections] == ["Harvest Show results", "Seed swap"]


@pytest.mark.parametrize("line, held", [
    ("模擬店係　中\ufffd 勝、小松 理恵、岡田 直人", True),   # trial 79d's festival report: offered の, 央, 心
    ("総務・本部係　稲垣 修一、三浦 佳\ufffd子", True),
    ("会計係　会費、\ufffd付金", False),                    # a duty over things, no people
])
def test_a_name_in_a_duty_rosters_line_is_held(line, held):
    from pipeline.restore.evidence.abstention import roster_name

    assert roster_name(line, line.index("\ufffd")) is held
