"""Session 84, helper soukai84: a meeting's papers whose 次第 (order of proceedings) is listed at the head under a
label naming what it orders (``総会次第``, ``式次第``) keep it a list, and the motions spelled ``議案　第N号`` head
the body's sections (fresh-user trial 84b's 町内会 総会資料; made-up variants in tests/data/soukai84/)."""
from pathlib import Path

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

DATA = Path(__file__).parent / "data" / "soukai84"


def _read(name: str):
    p = DATA / name
    return segment(clean(extract(p.read_bytes(), name=p.name))).to_json()["talks"][0]


def _headings(talk) -> list[str]:
    return [(s.get("heading") or {}).get("text") or "" for s in talk["sections"]]


def test_soukai_shidai_is_a_list_and_motions_head():
    talk = _read("jichikai_soukaishidai.txt")
    heads = _headings(talk)
    assert heads == ["議案　第1号　令和6年度活動報告", "議案　第2号　令和7年度活動計画（案）", "議案　第3号　役員選任"]


def test_shiki_shidai_over_speeches_is_no_sections():
    talk = _read("shiki_sotsugyo.txt")
    heads = _headings(talk)
    assert not any("閉式の辞" in h or "開式の辞" in h for h in heads)
    texts = [p["text"] for s in talk["sections"] for p in s["paragraphs"]]
    assert any("卒業生の皆さん" in t for t in texts)


def test_near_miss_numbered_sections_stay():
    """Near miss: numbered short lines each over its text ARE the sections (passes on base and branch)."""
    heads = _headings(_read("near_numbered_sections.txt"))
    assert heads == ["1．清掃活動", "2．防災訓練", "3．夏祭り", "4．会計"]


def test_near_miss_shikishidai_motions():
    """Near miss: a 式次第 over ``第N号議案`` motions read right on base already (passes on base and branch)."""
    heads = _headings(_read("jichikai_midori.txt"))
    assert heads == ["第1号議案　令和6年度活動報告", "第2号議案　令和7年度活動計画（案）", "第3号議案　役員選任"]


def _cleaned_lines(name: str) -> list[str]:
    p = DATA / name
    d = segment(clean(extract(p.read_bytes(), name=p.name))).to_json()["talks"][0]
    return [p["text"] for p in d["front"]] + [p["text"] for s in d["sections"] for p in s["paragraphs"]]


def test_total_row_with_packed_figures_is_a_row():
    """A 収支 table's 合計 row and a cell ``2,130,000　△30,000`` (figures parted by one ideographic space where the
    row's other cells are parted by wider gaps) are cells of the table's four columns."""
    lines = _cleaned_lines("kessan_hibari.txt")
    assert "合計\t2,470,000\t2,442,400\t△27,600" in lines
    assert "会費収入\t2,160,000\t2,130,000\t△30,000" in lines
