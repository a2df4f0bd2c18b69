"""Issue 16 point 2, helper head68: headings and titles of shapes other than the sample's.

1. A PDF's bold or larger short phrase over a list of short lines (or over running text) heads its section whatever
   ends the line before it: a how-to's ``Materials`` / ``Steps``, a packing list's ``Clothes`` / ``Kit``, a recipe
   card's ``Ingredients`` (tests/test_fix67a.py). Near misses: a paragraph opening on a bold word, a table's bold
   header row.
2. A masthead whose edition is a month or a season with its year (``Westbrook Library News · June 2026``) is the
   title, no dateline (tests/test_furn67.py's ``| May 2026``, ``— Spring 2026``). Near miss: a place and its dates
   under a volume's name stay a dateline.
3. Run-in headings inside a paragraph's line are parted off where the document's numbered run-in headings count on
   from 1: a judgment's ``主文`` / ``事実及び理由`` / ``第１　請求`` …, an administrative decision's, a 要綱's
   ``第１　目的　…``, an English note's ``… culverts. 2 Equipment. Each team…``. Near misses: one ``第１　…`` alone in
   a paragraph, ``なお　…``, a signature's post and name, ``… buy 2 Tools.`` in a sentence.

Inputs: tests/data/head68/ (kept in /work/regress/in_head68/, the PDFs from its genpdf.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of, text_of
from pipeline.segment.labels import dated_masthead, is_date_line
from pipeline.segment.runin import run_in_apart
from pipeline.model import Text

DATA = Path(__file__).parent / "data" / "head68"


def _talk(name):
    talk, _ = only_talk_of(DATA / name)
    return talk


def _titles(talk) -> list[str | None]:
    return [text_of(s.title) for s in talk.sections]


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


# 1. a PDF's bold or larger phrase over a list ------------------------------------------------------------------------

@pytest.mark.parametrize("name, headings, items", [
    ("head68_pdf_birdbox_howto_en.pdf", ["Materials", "Steps"], ["Wood glue", "Sandpaper"]),
    ("head68_pdf_packing_list_en.pdf", ["Clothes", "Kit", "Please note"], ["Two warm jumpers", "Sleeping bag"]),
])
def test_a_pdfs_bold_phrase_over_a_list_heads_it68(name, headings, items):
    talk = _talk(name)
    assert _titles(talk) == headings
    assert not any(item in _front(talk) for item in items)
    assert all(item in [p.text for s in talk.sections for p in s.paragraphs] for item in items)


def test_a_paragraphs_bold_first_word_heads_nothing68():
    talk = _talk("head68_near_pdf_bold_lead_en.pdf")
    assert not any(t is not None and t.startswith(("Note", "Parking")) for t in _titles(talk))


def test_a_tables_bold_header_row_heads_nothing68():
    talk = _talk("head68_near_pdf_table_header_en.pdf")
    assert not any(t is not None and t.startswith("Day") for t in _titles(talk))


# 2. a masthead dated by its month or season -------------------------------------------------------------------------

def test_a_masthead_dated_by_its_month_after_a_middle_dot_titles_it68():
    talk = _talk("head68_masthead_library_en.txt")
    assert text_of(talk.title.en) == "Westbrook Library News · June 2026"
    assert _titles(talk)[0] == "Summer Reading Challenge"


@pytest.mark.parametrize("line, masthead", [
    ("Oakfield Parish Council News | May 2026", True),
    ("Hillcrest Rotary Club Bulletin — Spring 2026", True),
    ("Westbrook Library News · June 2026", True),
    ("Lisbon, Portugal · 3–5 September 2025", False),
    ("Oakfield — May 2026", False),
])
def test_a_periodicals_name_before_its_month_is_no_dateline68(line, masthead):
    assert dated_masthead(line) is masthead
    assert is_date_line(line) is not masthead


def test_a_place_and_dates_under_a_volumes_name_stay_a_dateline68():
    talk = _talk("head68_near_masthead_dateline_en.txt")
    assert "Lisbon, Portugal · 3–5 September 2025" in _front(talk)


# 3. run-in headings --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, titles, first", [
    ("t67b_court_decision_ja.txt", ["主文", "事実及び理由", "請求", "事案の概要", "当裁判所の判断"],
     "原告の請求を棄却する。訴訟費用は原告の負担とする。"),
    ("head68_runin_saiketsu_ja.txt", ["主文", "理由", "審査請求の趣旨", "審理関係人の主張の要旨", "判断"],
     "本件審査請求を棄却する。"),
])
def test_a_judgments_run_in_headings_head_sections68(name, titles, first):
    talk = _talk(name)
    assert _titles(talk) == titles
    assert talk.sections[0].paragraphs[0].text == first
    assert [s.number for s in talk.sections][2:] == ["1", "2", "3"]
    assert not any(t.startswith("主文") for t in _front(talk))


def test_a_judgments_numbered_run_in_headings_after_its_first_lines_title68():
    # the judgment whose first line ends on a particle (``…部分を``) loses it to the title block (open, limits.md);
    # the run-in headings after it are parted off all the same
    talk = _talk("head68_runin_hanketsu2_ja.txt")
    assert _titles(talk) == ["事実及び理由", "請求", "事案の概要", "当裁判所の判断"]


def test_a_rules_numbered_run_in_articles_head_sections68():
    talk = _talk("head68_runin_youkou_ja.txt")
    assert [t.split("\u3000")[-1] for t in _titles(talk)] == ["目的", "対象団体", "第3補助額", "申請"]
    assert talk.sections[1].paragraphs[0].text.startswith("補助の対象となる団体は")


def test_an_english_run_in_heading_inside_a_wrapped_paragraph_heads_its_section68():
    talk = _talk("head68_runin_wrapped_en.txt")
    assert [(s.number, text_of(s.title)) for s in talk.sections] == [("1", "Scope"), ("2", "Equipment"), ("3", "Procedure")]
    assert talk.sections[1].paragraphs[0].text.startswith("Each team carries spades")
    assert talk.sections[0].paragraphs[0].text.endswith("It does not cover culverts.")


def test_a_lone_numbered_label_in_a_paragraph_stays_text68():
    talk = _talk("head68_near_runin_single_ja.txt")
    assert _titles(talk) == ["清掃活動の報告"]
    assert "第1\u3000回目の集合場所" in talk.sections[0].paragraphs[0].text


def test_a_number_and_a_capital_inside_a_sentence_stay_text68():
    talk = _talk("head68_near_runin_sentence_en.txt")
    assert len(talk.sections) == 1 and "buy 2 Tools. The secretary" in talk.sections[0].paragraphs[0].text


@pytest.mark.parametrize("line", [
    "第1セッション\u3000避難と情報",  # a session's heading alone runs in no text
    "第3回会議\u3000会議は午後に開かれた。第4回会議\u3000次回も開く。",  # an ordinal of another kind
    "第1\u3000請求\u3000被告は支払え。なお\u3000以上のとおりである。",  # one numbered heading: no shape
])
def test_lines_with_no_run_in_shape_stay_whole68(line):
    out, named = run_in_apart([Text.inserted(line)])
    assert [t.text for t in out] == [line] and not named
