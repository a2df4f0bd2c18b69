"""Periodicals' mastheads and closing lines (issue 16 point 2, fresh-user trial 69; helper fix69b).

1. A masthead's descriptor under the periodical's name (``Newsletter of the Millbrook Village Association — Issue 14,
   Autumn 2026``, ``The magazine of …``, ``Bulletin of the … Society``, ``…会報　第15号``, ``…だより　第8号``) is the
   title block's front matter beside its issue line, never the issuing office, where a closing credit names the editor:
   the editor is the speaker (``events.masthead_descriptor``, ``titleblock._read_office``); the first headline under it
   heads its article as under an issue line (``sections._by_shape``). Without a credit the descriptor stays the speaker.
2. A body's name over its periodical's kind and issue (``Millbrook Gardening Society`` / ``Newsletter, Summer 2026``)
   is the title; the issue line is front (``events.periodical_issue``).
3. A sign-off after the last article (``With best wishes from the committee``, ``役員一同``) closes ``front`` with the
   credit lines, never the last article's paragraph (``labels.sign_off_at``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, last_paragraphs, run_file, speaker_texts

REGRESS = Path(__file__).parent / "data" / "fix69b"  # copies of /work/regress/<folder>/<file>
MINE = REGRESS / "in_fix69b"


def _run(path: Path):
    return run_file(path.read_bytes(), path.name).talks[0]


def _title(talk) -> str | None:
    t = talk.title.en or talk.title.ja
    return t.text if t is not None else None


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None and s.title.text else None for s in talk.sections]


def test_trial69_newsletter_editor_speaks_over_its_masthead_descriptor():
    talk = _run(REGRESS / "in_trial69" / "en_newsletter.txt")
    assert _title(talk) == "THE MILLBROOK LANTERN"
    assert speaker_texts(talk) == ("Harriet Vane", "Editor")
    assert "Newsletter of the Millbrook Village Association — Issue 14, Autumn 2026" in front_texts(talk)
    assert _titles(talk) == ["Footbridge Reopens After Repairs", "Harvest Supper a Success", "Dates for Your Diary"]


@pytest.mark.parametrize("name, title, speaker, descriptor, first", [
    ("mh_en_bulletin_issue_first.txt", "Harbour Notes", ("Jane Roe", "Editor"),
     "Bulletin of the Portside Local History Society", "Old Customs House Photographs Found"),
    ("mh_en_magazine_two_lines.txt", "The Kestrel", ("Priya Shah", "Magazine Editor"),
     "The magazine of the Eastfield Bird Club", "Winter Thrushes at the Reservoir"),
    ("mh_ja_kaihou.txt", "みどりの風", ("田中 美香", None), "みどり台自治会会報　第15号　2026年秋", "防災訓練を行いました"),
    ("mh_ja_dayori_edition.txt", "さくら通信", ("山本 和夫", "編集長"), "さくら台地区だより　第8号", "公民館の工事が終わりました"),
])
def test_masthead_descriptor_is_front_and_the_credited_editor_speaks(name, title, speaker, descriptor, first):
    talk = _run(MINE / name)
    assert _title(talk) == title
    assert speaker_texts(talk) == speaker
    assert descriptor in front_texts(talk)
    assert _titles(talk)[0] == first


def test_descriptor_with_no_credit_is_front():
    # the newsletter's descriptor with no credit naming anyone: front matter as under a credit, no speaker (decision,
    # session 85, helper newsl85, trial 84b: fix69b had kept the base's reading here, the descriptor the speaker; the
    # line names what the periodical is, and no one speaks for an issue)
    talk = _run(MINE / "nm_en_descriptor_no_credit.txt")
    assert _title(talk) == "THE OAKFIELD OWL"
    assert talk.speaker.text is None
    assert any(s.startswith("Newsletter of the Oakfield") for s in front_texts(talk))


def test_magazine_of_the_year_in_prose_is_no_descriptor():
    talk = _run(MINE / "nm_en_magazine_of_year_prose.txt")
    assert speaker_texts(talk) == ("Sam Lowe", "Editor")
    assert _title(talk) == "Book Circle Notes"


@pytest.mark.parametrize("path, title, issue", [
    (REGRESS / "in_news69" / "nl_en_mixed_short_long.txt", "Millbrook Gardening Society", "Newsletter, Summer 2026"),
    (MINE / "nt_en_allotment_newsletter_dash.txt", "Eastfield Allotment Association", "Newsletter — Spring 2026"),
    (MINE / "nt_en_pta_bulletin_number.txt", "Oakfield Primary School PTA", "Bulletin No. 12, March 2026"),
    (MINE / "nt_ja_jichikai_kaihou.txt", "ひかり台自治会", "会報　第21号　2026年夏"),
])
def test_name_over_periodical_issue_is_the_title(path, title, issue):
    talk = _run(path)
    assert _title(talk) == title
    assert issue in front_texts(talk)


@pytest.mark.parametrize("name, title", [
    ("nm_en_report_under_board.txt", "Annual Report 2025"),  # a report's title under its board: untouched
    ("nm_en_newsletter_alone.txt", "Newsletter, Summer 2026"),  # the issue line alone titles it, as before
])
def test_no_name_over_an_issue_line_keeps_its_title(name, title):
    assert _title(_run(MINE / name)) == title


@pytest.mark.parametrize("path, sign_off, last", [
    (REGRESS / "in_news69" / "nl_en_mixed_short_long.txt", "With best wishes from the committee",
     "The popular seed swap will be held on Saturday 13 September from 10 am, and members may bring any seeds saved "
     "from this year's crops."),
    (MINE / "nt_en_allotment_newsletter_dash.txt", "Best wishes, the committee", None),
    (MINE / "nt_en_pta_bulletin_number.txt", "With warm wishes from all of us on the PTA", None),
    (MINE / "nt_ja_jichikai_kaihou.txt", "役員一同", None),
    (MINE / "nt_ja_henshubu_ichido_credit.txt", "編集委員一同", None),
])
def test_newsletter_sign_off_closes_front(path, sign_off, last):
    talk = _run(path)
    assert sign_off in front_texts(talk)
    assert sign_off not in last_paragraphs(talk)
    if last is not None:
        assert last_paragraphs(talk) == [last]


@pytest.mark.parametrize("name, kept", [
    ("nm_en_best_wishes_sentence.txt", "We send our best wishes to Joan, who has given so much to the club over the years."),
    ("nm_ja_henshubu_yori_heading.txt", "次号は7月に発行します。記事の投稿をお待ちしています。"),
])
def test_best_wishes_in_prose_and_editors_note_stay_text(name, kept):
    talk = _run(MINE / name)
    assert last_paragraphs(talk) == [kept]


def test_letter_close_with_signer_is_untouched():
    talk = _run(MINE / "nm_en_letter_best_wishes.txt")
    assert speaker_texts(talk) == ("Margaret Pilling", None)


def test_japanese_column_named_dayori_still_heads_its_text():
    # near miss: ``図書館だより`` / ``保健室だより`` alone head a newsletter's columns; a descriptor needs its issue
    talk = _run(MINE / "nm_ja_toshokan_dayori_heading.txt")
    assert _titles(talk) == ["桜まつりのお知らせ", "図書館だより", "保健室だより"]
