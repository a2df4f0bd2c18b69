"""Page furniture a text dump shows too few times for recurrence (fresh-user trial 68, helper fix68b).

1. One running line on both sides of one page break, beside its folio, inside a sentence (``…全体で１５`` |
   ``地域交通研究 第8号`` | ``― 21 ―`` | ``地域交通研究 第8号`` | ``％増加したが…``): both copies are furniture and the
   sentence one paragraph (``furniture._copies_around``).
2. A proceedings' foot printed once with its folio after a dash (``東アジア都市交流会議 講演録 ― 12``), its words the
   volume's title: furniture, no slide (``furniture.titled_folio_feet`` reads the dash as the set-off).
3. A running head atop every later page whose first copy stands under the title page's contents: furniture, where
   the title is another line (``furniture._first_page_copies``).

Inputs: ``tests/data/pagefurn68/`` (the trial's three, other inputs of each kind and near misses; copied from
``/work/regress/in_fix68b/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, furniture, paragraphs, run_file

DATA = Path(__file__).parent / "data" / "pagefurn68"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _all_text(doc) -> str:
    out = []
    for t in doc.talks:
        out += front_texts(t) + paragraphs(t) + [e.text for e in t.contents]
        out += [line.text for s in t.slides for line in s.lines] + [s.title.text for s in t.slides if s.title]
        out += [s.heading for s in t.sections if getattr(s, "heading", None)]
    return "\n".join(x if isinstance(x, str) else x.text for x in out)


# -- 1. the same line around one folio, inside a sentence ---------------------------------------------------------

PAIRS = [
    ("t68_wrap_ja.txt", "地域交通研究 第8号", "全体で15％増加したが、"),
    ("wrap_ja_noff.txt", "地域交通研究 第8号", "全体で15％増加したが、"),
    ("k1_en_ff.txt", "Nordic Transport Review 14(2)", "first two seasons of operation, when"),
    ("k1_en_noff.txt", "Nordic Transport Review 14(2)", "first two seasons of operation, when"),
    ("k1_ja_noff.txt", "中部都市研究 第12巻", "主な客としており、観光客に"),
    ("k1_ja_ff_bare.txt", "里山研究 第3号", "退職した世代であったが、近年は"),
]


@pytest.mark.parametrize("name,head,joined", PAIRS)
def test_line_around_one_folio_inside_a_sentence(name, head, joined):
    doc = _run(name)
    rows = furniture(doc)
    assert (head, "running-footer") in rows and (head, "running-header") in rows
    assert head not in _all_text(doc)
    first = paragraphs(doc.talks[0])
    assert any(joined in p for p in first), first


def test_sentence_printed_twice_at_a_page_break_stays():
    # a sentence repeated on both sides of a folio ends with its stop: no furniture text, the text keeps both
    doc = _run("nm1_sentence_repeat.txt")
    assert not [r for r in furniture(doc) if "lamps" in r[0]]
    assert sum(p.count("The lamps will be replaced next year.") for p in paragraphs(doc.talks[0])) == 2


def test_pair_after_an_ended_sentence_before_a_heading_is_not_this_rule():
    # the sentence before the folio ends and a numbered heading follows: no sentence runs across, nothing set aside
    doc = _run("nm1_heading_after_folio.txt")
    assert [s.heading.text for s in doc.talks[0].sections] == ["1. はじめに", "2. 調査の方法"]
    assert not [r for r in furniture(doc) if r[0] == "水辺の利用"]


# -- 2. a foot printed once with its folio after a dash, the volume's words ----------------------------------------

FEET = [
    ("t68_proc_two.txt", "東アジア都市交流会議 講演録 ― 12"),
    ("k2_en_emdash.txt", "Harbour Cities Forum Proceedings — 14"),
    ("k2_ja_hyphen.txt", "瀬戸内 港町交流会議 講演集 - 7"),
    ("k2_ja_bar.txt", "瀬戸内 港町交流会議 講演集 ― 7"),
]


@pytest.mark.parametrize("name,foot", FEET)
def test_dashed_foot_printed_once_is_furniture(name, foot):
    doc = _run(name)
    assert (foot, "running-footer") in furniture(doc)
    assert not [s for t in doc.talks for s in t.slides if s.title and s.title.text.strip() == foot]
    assert foot not in _all_text(doc)


def test_trial_proceedings_slides_after_the_foot():
    doc = _run("t68_proc_two.txt")
    assert [[(s.number, s.title.text if s.title else None) for s in t.slides] for t in doc.talks] == [
        [(1, "Toyama's Compact City Built Around Light Rail"), (2, "Background"), (3, "Light Rail Development")],
        [(1, "Matsue as an International Cultural Tourism City"), (2, "Overview of Matsue"),
         (3, "International Exchange")]]


def test_dashed_line_naming_no_title_stays():
    doc = _run("nm2_not_title.txt")
    assert not [r for r in furniture(doc) if "Fish Market Visitors" in r[0]]
    assert "Fish Market Visitors — 14" in _all_text(doc)


# -- 3. a running head's first copy under the contents -------------------------------------------------------------

HEADS = [
    ("t68_report_toc.txt", "みどり市 観光動向調査報告書", "令和6年度 みどり市 観光動向調査報告書"),
    ("report_toc_noff.txt", "みどり市 観光動向調査報告書", "令和6年度 みどり市 観光動向調査報告書"),
    ("k3_en_ff.txt", "Riverside Water Board Annual Report", "Water Supply in Riverside: Annual Report 2024"),
    ("k3_en_noff.txt", "Riverside Water Board Annual Report", "Water Supply in Riverside: Annual Report 2024"),
    ("k3_ja_ff.txt", "かわせみ町 子育て支援事業報告書", "令和7年度 かわせみ町 子育て支援事業報告書"),
]


def _title(talk) -> str | None:
    t = talk.title.ja or talk.title.en
    return t.text if t else None


@pytest.mark.parametrize("name,head,title", HEADS)
def test_first_copy_of_a_running_head_under_the_contents(name, head, title):
    doc = _run(name)
    (talk,) = doc.talks
    assert _title(talk) == title
    assert furniture(doc).count((head, "running-header")) == 3
    assert head not in front_texts(talk) and head not in [e.text for e in talk.contents]


@pytest.mark.parametrize("name", ["nm3_title_is_head.txt", "nm3_title_is_head_noff.txt"])
def test_title_page_whose_title_is_the_running_head_keeps_it(name):
    doc = _run(name)
    (talk,) = doc.talks
    assert _title(talk) == "Riverside Water Board Annual Report"
    assert furniture(doc).count(("Riverside Water Board Annual Report", "running-header")) == 2
