"""Titles, signers and furniture of short Japanese and English documents (issue 16 points 2 and 4, fresh-user trial
78d; helper leaflet79). Made-up documents of each kind (``tests/data/leaflet79/``, copied to
``/work/regress/in_leaflet79/``), each with a near miss that must not change:

a. A category or body's line over the title (a sect, a society) where the running head atop page 2 repeats the line
   under it: that line is the title, the one over it front (``stage._title_the_running_head_repeats``). A priest's
   signature closed by ``合掌`` after the name is the speaker (``letters._japanese_signer``). Near miss: a title on
   line 1 that the head repeats keeps its place.
b. A foot whose folio names the page in lower case, no total (``… Minutes 2025      page 1``, ``…    p. 1``), its head
   longer than a header's, is furniture (``furniture._head_text``); a one-line signature ``Name, Post`` closing the
   text is the speaker (``letters.signed_on_one_line``). Near miss: a closing line of names with no post signs nothing.
c. A running head after the folio that prints the title less its year and series number is furniture
   (``breakheads.title_less_edition``); a quoted title's dashed subtitle inside the marks is the subtitle. Near miss: a
   line after the folio naming the series and a section's words stays text.
d. Schedule rows led by a day and weekday are never joined, however full the first (``labels.schedule_row``). Near
   miss: a sentence wrapped before ``２４日（金）に…`` still joins.
"""

from __future__ import annotations

from pathlib import Path

from tests.segmenting import only_talk, segment_text, text_of

DATA = Path(__file__).parent / "data" / "leaflet79"


def _talk(name: str):
    return only_talk((DATA / name).read_text(encoding="utf-8"))


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _furniture(ledger) -> list[str]:
    return [r.text for r in ledger if r.rule == "page_furniture"]


# a. the title the running head repeats, under a sect's or a society's line

def test_sect_line_over_the_title_is_front() -> None:
    talk, ledger = _talk("a_jiho.txt")
    assert text_of(talk.title.ja) == "光明山　西福寺　寺報"
    assert [t.text for t in talk.front] == ["浄土真宗本願寺派"]
    assert [s.title.text for s in talk.sections][:1] == ["ごあいさつ"]


def test_priest_signing_with_gassho_is_the_speaker() -> None:
    talk, _ = _talk("a_jiho.txt")
    assert text_of(talk.speaker.name) == "藤原 浩一"
    assert text_of(talk.speaker.affiliation) == "光明山　西福寺　住職"
    # the line stays where it stands, 合掌 and all
    assert any(p.endswith("合掌") for p in _paragraphs(talk))


def test_society_line_over_the_title_is_front() -> None:
    talk, _ = _talk("a_tanchoukai.txt")
    assert text_of(talk.title.ja) == "秋の干潟探鳥会のご報告"
    assert [t.text for t in talk.front] == ["みなと野鳥の会"]


def test_near_miss_title_on_the_first_line_stays() -> None:
    talk, _ = _talk("a_near_title_first.txt")
    # (the sect's line under it runs into the title, as before: not this rule's to read)
    assert text_of(talk.title.ja).startswith("西福寺だより")


# b. a foot with a lower-case page word; a one-line signature

def test_foot_with_lower_case_page_word_is_furniture() -> None:
    talk, ledger = _talk("b_minutes.txt")
    assert not [p for p in _paragraphs(talk) if "page 1" in p or "page 2" in p]
    assert sum("page" in t for t in _furniture(ledger)) == 2


def test_one_line_signature_is_the_speaker() -> None:
    talk, _ = _talk("b_minutes.txt")
    assert (text_of(talk.speaker.name), text_of(talk.speaker.affiliation)) == ("Peter Dowling", "Honorary Secretary")


def test_foot_with_p_dot_is_furniture() -> None:
    talk, ledger = _talk("b_report.txt")
    assert not [p for p in _paragraphs(talk) if p.endswith(("p. 1", "p. 2"))]
    assert text_of(talk.speaker.name) == "Margaret Ellison"


def test_near_miss_names_without_a_post_sign_nothing() -> None:
    talk, _ = _talk("b_near_prose.txt")
    assert talk.speaker.name is None
    assert any("Jane Roe, Mark Lee" in p for p in _paragraphs(talk))


# c. a running head printing the title less its edition; a quoted title's subtitle

def test_head_less_the_edition_is_furniture() -> None:
    talk, ledger = _talk("c_kougi.txt")
    assert "みなと市民大学　講義録" in _furniture(ledger)
    assert "みなと市民大学　講義録" not in [s.title.text for s in talk.sections if s.title is not None]
    assert not [p for p in _paragraphs(talk) if p == "みなと市民大学　講義録"]


def test_quoted_title_keeps_its_subtitle_apart() -> None:
    talk, _ = _talk("c_kougi.txt")
    assert text_of(talk.title.ja) == "港と鉄道がつくった町"
    assert text_of(talk.subtitle.ja) == "―明治の築港と市街地の広がり―"


def test_near_miss_head_with_a_sections_words_stays() -> None:
    talk, ledger = _talk("c_near_heading.txt")
    assert "みなと市民大学　質疑応答" not in _furniture(ledger)
    assert text_of(talk.subtitle.ja) is None


# d. schedule rows never joined

def test_schedule_rows_by_day_stay_apart() -> None:
    talk, _ = _talk("d_gakkou.txt")
    paras = _paragraphs(talk)
    assert any(p.endswith("※お弁当と水筒を持たせてください、雨") for p in paras), paras
    assert "17日（金）　学習発表会の全体練習" in paras


def test_near_miss_sentence_wrapped_before_a_date_joins() -> None:
    talk, _ = _talk("d_near_prose.txt")
    assert any("にあたる24日（金）に行う" in p for p in _paragraphs(talk))


def test_made_up_inline_foot_p_page_word() -> None:
    body = "\n".join(f"Line {i} of the notes runs on in plain words about the allotment site and its paths." for i in range(6))
    text = ("Riverside Gardens Trust\n\nQuarterly Notes for Members\n\n" + body
            + "\n\nRiverside Gardens Trust – Quarterly Notes for Members, Spring 2025          PAGE 1\n\n" + body
            + "\n\nRiverside Gardens Trust – Quarterly Notes for Members, Spring 2025          PAGE 2\n")
    doc = segment_text(text)
    assert sum("PAGE" in t for t in _furniture(doc.ledger)) == 2


_ONE_PAGE_BODY = ("\n■ はじめに\n当寺は江戸時代の初めに開かれ、四百年にわたって地域の皆様に支えられてまいりました。本堂の屋根の\n"
                  "修復も無事に終わり、皆様のご協力に心より御礼申し上げます。\n")


def test_sect_line_over_a_one_page_leaflets_title_is_front() -> None:
    for sect, title in (("浄土宗", "光明山　西福寺　寺報"), ("曹洞宗　大本山永平寺", "参拝のしおり")):
        talk, _ = only_talk(sect + "\n" + title + "\n" + _ONE_PAGE_BODY)
        assert text_of(talk.title.ja) == title
        assert [t.text for t in talk.front] == [sect]


def test_near_miss_a_title_naming_a_sect_stays() -> None:
    talk, _ = only_talk("日本の禅宗\nその歴史と教え\n" + _ONE_PAGE_BODY)
    assert text_of(talk.title.ja).startswith("日本の禅宗")
