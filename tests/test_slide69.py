"""Numbered slides with points under their titles; a slide 1 that is the talk's title printed again (issue 16;
helper slide69).

Fresh-user trial 68e's ``proc.txt`` (``tests/data/slide69/trial68e_proc.txt``): each talk's paper, then its slides as
``1 Community Building in Shizuoka`` / ``■ Citizens and city working together`` / ``2 Activities`` / ``■ …``. The
numbered-slide rule (``slides.numbered_line_slides``, fix68h) read one-line slides only, so each deck stayed one
untitled slide holding every number, title and point. Now ``slides.numbered_titled_slides`` reads them, in English
after a paper and in Japanese after a Japanese paper (``talks._titled_deck_after_paper``).

foot67's ``d_proc_ja_dash.txt`` and ``c_page_of_en.txt``: ``Title`` / ``1`` / ``Title`` / ``2`` / … after each paper;
both copies of the title went to the ledger as a running foot and slide 1 stayed numbered and empty. Now slide 1 is
titled by the copy under its number (``stage._slide_titled_by_title_copy``).

Inputs and near misses: ``tests/data/slide69/`` (= ``/work/regress/in_slide69/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file, slide_rows as _slides

DATA = Path(__file__).parent / "data" / "slide69"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _sections(talk):
    return [(s.number, s.title.text if s.title else None) for s in talk.sections]


# --- numbered titles with points under them -------------------------------------------------------------------


def test_trial68e_numbered_slides_with_points_are_titled_slides():
    doc = _run("trial68e_proc.txt")
    assert [_slides(t) for t in doc.talks] == [
        [(1, "Community Building in Shizuoka", ["■ Citizens and city working together"]),
         (2, "Activities", ["■ Cleaning and disaster drills"]),
         (3, "Conclusion", ["■ Continue collaboration"])],
        [(1, "Multicultural Hamamatsu", ["■ Many foreign residents"]),
         (2, "Policies", ["■ Japanese classes and consultation desks"])]]
    numbers = [r.text for r in doc.ledger if r.rule == "slide_number"]
    assert numbers.count("1") == 2 and "3" in numbers


def test_english_dotted_numbers_and_two_points_each():
    talk = _run("a_en_dot_bullets.txt").talks[0]
    assert _slides(talk) == [
        (1, "Crafts of Kanazawa", ["• Gold leaf and Kaga yuzen", "• Over 20 designated crafts"]),
        (2, "Workshop Tours", ["• Visits to 40 studios", "• Hands-on sessions for visitors"]),
        (3, "Next Steps", ["• More English guides"])]
    assert _sections(talk) == [("1", "はじめに"), ("2", "取組"), ("3", "まとめ")]


def test_english_bracketed_numbers_two_talks_last_slide_one_line():
    doc = _run("e_en_two_talks_paren_dots.txt")
    assert [[(n, title) for n, title, _ in _slides(t)] for t in doc.talks] == [
        [(1, "Rivers of Osaka"), (2, "Water Taxis")],
        [(1, "Kobe Port Festival"), (2, "Visitors"), (3, "Safety on the Quays")]]
    assert _slides(doc.talks[1])[0][2] == ["● Since 1933", "● Parade and fireworks"]


def test_japanese_deck_after_japanese_paper():
    talk = _run("c_ja_proc_ja_slides.txt").talks[0]
    assert talk.shape == "proceedings"
    assert _sections(talk) == [("1", "はじめに"), ("2", "取組の内容"), ("3", "今後の課題")]
    assert _slides(talk) == [(1, "地域の概要", ["■ 人口減少と高齢化", "■ 面積の7割が山林"]),
                             (2, "主な取組", ["■ 地域おこし協力隊", "■ 空き家バンク"]),
                             (3, "今後の課題", ["■ 担い手の確保"])]


def test_japanese_deck_alone_numbered_titles():
    """(fixed by helper slide70: ``slides.titled_deck_alone``, weighed by ``talks.is_deck``)"""
    talk = _run("d_ja_deck_alone.txt").talks[0]
    assert [(n, title) for n, title, _ in _slides(talk)][-4:] == [
        (1, "本市の概要"), (2, "地域防災計画"), (3, "防災訓練"), (4, "今後の展開")]


@pytest.mark.parametrize("name, sections", [
    # (a notice's running text before 記 is its untitled body section first: helper news69)
    ("n3_ja_notice_agenda.txt", [(None, None), ("1", "日時"), ("2", "場所"), ("3", "議題"), ("4", "その他")]),
    ("n8_ja_notice_agenda_long.txt", [(None, None), ("1", "開催日時"), ("2", "開催場所"), ("3", "議題")]),
    ("n9_ja_paper_numbered_sentences_end.txt", [("1", "高齢者の移動をどう支えるか"), ("2", "中心市街地のにぎわいをどう保つか")]),
    ("n1_en_paper_numbered_sentences.txt", [(None, "Abstract"), ("1", "Method"), ("2", "Results"), ("3", "Discussion")]),
    ("n2_en_paper_references.txt", [("1", "Introduction"), ("2", "Findings"), (None, "References")]),
    # trial 65c's notice and trial 67c's press release: numbered items over unbulleted values and sub-items after an
    # opening paragraph (a first version of the Japanese rule read them as decks)
    ("t65c_notice_ja.txt", [("1", "対象"), ("2", "開催日時"), ("3", "申込方法")]),
    # (a press release's lead before its items is its untitled body section first: helper fix70f)
    ("h_press_ja.txt", [(None, None), ("1", "配信開始日"), ("2", "利用料金")]),
    ("n10_ja_notice_bulleted_items_signer.txt", [("1", "対象"), ("2", "日程"), ("3", "申込方法")]),
])
def test_near_misses_stay_text(name, sections):
    """A notice's numbered items (with ``記``/``以上``, some items bulleted), a paper's numbered headings over
    sentences, numbered references: no slides, as before."""
    talk = _run(name).talks[0]
    assert talk.slides == ()
    assert _sections(talk) == sections


def test_references_after_a_japanese_paper_make_no_numbered_slides():
    """Numbered references (titles closing on a stop) after a Japanese paper: no titled slide 1, 2, 3 (as before)."""
    talk = _run("n6_ja_paper_en_references.txt").talks[0]
    assert [s.number for s in talk.slides if s.title is not None] == []


def test_numbered_titled_slides_reads_no_notice_items_or_sentences():
    from pipeline.model import Text
    from pipeline.segment.slides import numbered_titled_slides

    def read(*ss):
        return numbered_titled_slides([Text.inserted(s) for s in ss], 0, len(ss))

    assert read("1\u3000日時\u3000令和6年5月26日", "2\u3000場所\u3000集会所") is None
    assert read("1 Setagaya 940000", "- ward", "2 Nerima 740000") is not None  # (a phrase: the caller's cue decides)
    assert read("1 Method", "We measured the sound level at twelve sites.", "2 Results", "- up") is None
    assert read("1 Oke, T. R. (1987). Boundary Layer Climates.", "2 Sato, M. (2015). Snow.") is None
    assert read("2 Activities", "■ Drills", "3 Conclusion") is None  # the count starts at 1
    assert read("1 Activities", "■ Drills", "3 Conclusion") is None  # and goes up by one


def test_japanese_notice_items_are_no_deck_after_paper():
    from pipeline.model import Text
    from pipeline.segment.talks import _titled_deck_after_paper

    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    deck = ["1\u3000地域の概要", "■ 人口減少", "2\u3000主な取組", "■ 空き家バンク"]
    paper = ["長野市の中山間地域では人口減少が進んでいる。", "空き家の活用に取り組んできた。"]
    assert _titled_deck_after_paper(mk(*paper, *deck)) == 2
    assert _titled_deck_after_paper(mk(*paper, "記", *deck, "以上")) is None
    assert _titled_deck_after_paper(mk(*paper, "1\u3000地域の概要", "2\u3000主な取組")) is None  # no point under any
    assert _titled_deck_after_paper(mk(*paper, "1．対象", "（1）市内の小学生", "2．日時", "毎週水曜日")) is None  # unbulleted


# --- slide 1 that is the talk's title printed again -----------------------------------------------------------


@pytest.mark.parametrize("name, titles", [
    ("d_proc_ja_dash.txt", ["伝統工芸を通じた国際交流", "公共交通を軸としたコンパクトなまちづくり"]),
    ("c_page_of_en.txt", ["Clean Air Zones in Practice", "Walking the Walls: Heritage and Access"]),
    ("p2a_en_single_talk_copy.txt", ["Floating Harbour Renewal"]),
    ("p2b_ja_copy_three_talks.txt", ["竿燈まつりと観光振興", "城下町の景観保全"]),
])
def test_slide_1_is_titled_by_the_talks_title_printed_again(name, titles):
    doc = _run(name)
    assert [(t.slides[0].number, t.slides[0].title.text if t.slides[0].title else None) for t in doc.talks] == [
        (1, title) for title in titles]
    # one copy each stays in the ledger, the other is slide 1's title: no character in both
    for talk, title in zip(doc.talks, titles):
        copies = [r for r in doc.ledger if r.rule == "page_furniture" and r.text == title]
        assert len(copies) == 1
        assert (copies[0].line, copies[0].col) != talk.slides[0].title.first_pos()


def test_the_rest_of_the_deck_is_unchanged():
    doc = _run("d_proc_ja_dash.txt")
    assert [[s.number for s in t.slides] for t in doc.talks] == [[1, 2, 3, 4], [1, 2, 3]]
    assert [s.title.text for s in doc.talks[0].slides][1:] == ["城下町に息づく工芸", "海外の工芸都市との共同制作",
                                                               "職人の技術継承"]


def test_a_copy_of_another_line_titles_no_empty_slide():
    """The line printed over ``1`` and again under it names the council, not the talk: read as before (the cover and
    slide 1 each titled by it; nothing taken out of the ledger)."""
    doc = _run("pn_copy_not_title.txt")
    assert [(s.number, s.title.text if s.title else None) for s in doc.talks[0].slides][:2] == [
        (None, "Leeds City Council"), (1, "Leeds City Council")]
