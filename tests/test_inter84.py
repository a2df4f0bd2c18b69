"""Helper inter84 (issue 16, fresh-user trial 84a): an interview's credit line is never its title, its dashed
questions and labelled answers are turns; a handout's course line over its title is front; a running head repeating
the title with its folio, glued to the next page's first line, is furniture. Inputs made up (tests/data/inter84)."""
from pathlib import Path

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.labels import turn_speakers

DATA = Path(__file__).parent / "data" / "inter84"


def _talk(name: str) -> dict:
    path = DATA / name
    talks = segment(clean(extract(path.read_bytes(), name=path.name))).to_json()["talks"]
    assert len(talks) == 1
    return talks[0]


def _title(talk: dict) -> str:
    t = talk["title"]
    return (t["ja"] or t["en"])["text"]


def _paragraphs(talk: dict) -> list[str]:
    return [p["text"] for s in talk["sections"] for p in s["paragraphs"]]


def _turns(talk: dict) -> list[str]:
    texts = _paragraphs(talk)
    return [texts[k][a:b] for k, (a, b) in sorted(turn_speakers(texts).items())]


@pytest.mark.parametrize("name, title, author", [
    # (the kind's label front and the subtitle after the dash its field: helper notice85, as inter84's limit asked)
    ("i1_dash.txt", "港町の灯台を守る", "森田 直子"),
    ("i3_diamond.txt", "森と暮らす", "佐々木 花"),
    ("i5_head.txt", "川とともに生きる", "高木 美穂"),
])
def test_credit_line_is_no_title(name, title, author):
    """The credit (``聞き手・文　編集部　… ／ 写真 …``, ``聞き手　広報室　…``, ``取材・文　…``) is the speaker, never the title."""
    talk = _talk(name)
    assert _title(talk) == title
    assert talk["speaker"]["name"]["text"] == author
    assert "写真" not in talk["id"] and "聞き手" not in talk["id"] and "取材" not in talk["id"]


@pytest.mark.parametrize("name, answerer", [("i1_dash.txt", "佐伯"), ("i2_bar_named.txt", "石田"),
                                            ("i3_diamond.txt", "村上"), ("i5_head.txt", "西村")])
def test_interview_turns(name, answerer):
    """Each question (``――``, ``─``, ``◆``) is a turn named by its mark, each answer by the interviewee's label."""
    turns = _turns(_talk(name))
    assert len(turns) == 6
    assert turns[1::2] == [answerer] * 3
    assert len(set(turns[0::2])) == 1 and turns[0] in ("――", "─", "◆")


def test_photo_credit_heads_nothing():
    """``写真　上田 守`` under the interviewer's credit is front, no section heading."""
    talk = _talk("i3_diamond.txt")
    assert [s["title"]["text"] for s in talk["sections"]] == [""]


def test_running_head_with_folio_glued_to_next_turn():
    """``川とともに生きる　…　23`` over the next question, no blank line between: a running head, dropped."""
    assert not any(t.startswith("川とともに生きる") for t in _paragraphs(_talk("i5_head.txt")))


@pytest.mark.parametrize("name, title", [
    ("h1_handout.txt", "河川の自浄作用と水質指標"),
    ("h2_handout_en.txt", "Green Roofs and the Urban Heat Island"),
    ("h4_foot.txt", "ハザードマップの読み方と使い方"),
])
def test_course_line_is_front(name, title):
    """The course line (``2026年度 後期　水環境工学　第3回講義資料``, ``URB2140 … Lecture 5 Handout``) is front."""
    talk = _talk(name)
    assert _title(talk) == title
    assert not any(t.startswith("地域防災論") for t in _paragraphs(talk))  # h4's foot with its folio stays furniture


def test_near_miss_dash_in_prose():
    """Near miss (passes on base too): ``――`` inside sentences makes no turns; title and speaker as before."""
    talk = _talk("n1_dash_prose.txt")
    assert _title(talk) == "港町の歴史と文化" and talk["speaker"]["name"]["text"] == "岡田 修"
    assert _turns(talk) == []


def test_near_miss_handout_title_first():
    """Near miss (passes on base too): a handout whose first line is its title (``第5回　…``) keeps it."""
    assert _title(_talk("n2_handout_title_first.txt")) == "第5回　ヒートアイランド現象とその対策"
