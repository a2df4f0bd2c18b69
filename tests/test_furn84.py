"""Page furniture, helper furn84 (issue 16 point 4; docs/limits.md *Session 83, furn83* and *Session 83, fur283*).
Inputs in tests/data/furn84, each with its expected reading written before any run
(``/work/regress/in_furn84/*.expected.md``):

- facing pages' heads (``８６　…　北斗製作所六十年史`` / ``第１節　…　８７``) where every other page opens a section and
  prints no head, its folio alone at its foot: the chain of heads survives the missing pages;
- a chapter's head over a bare folio on its own line atop each page (``第５章　資料編`` / ``２１５``): every copy, the
  first included;
- a booklet's head with no folio atop three later pages or more, its second cell changing: furniture;
- a gazette's tag lines stay apart across a page break whose head went (``【選択図】図１`` / ``【実用新案登録請求の
  範囲】``), its first page's foot ``（１）　…`` goes with the later ones, and a tag atop a page is no running head;
- near misses (a heading opening two pages, heads the base read already) keep their reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import furniture_of, segment_file

DATA = Path(__file__).parent / "data" / "furn84"


def _one(path: Path):
    doc = segment_file(path)
    [talk] = doc.talks
    return talk, doc.ledger


def _texts(talk) -> list[str]:
    return [t.text for t in talk.front] + [s.title.text for s in talk.sections if s.title is not None] \
        + [p.text for s in talk.sections for p in s.paragraphs]


def _furniture(ledger) -> list[str]:
    return [text for _, text in furniture_of(ledger)]


@pytest.mark.parametrize("name", ["ja_facing_every_other.txt", "ja_facing_every_other_noff.txt"])
def test_facing_heads_survive_pages_that_print_none(name):
    """The dump without page breaks fails on the base (its heads stayed paragraphs, ``86`` a section); the copy with
    form feeds passes there too (near miss: the page breaks let the older rules read its heads)."""
    talk, ledger = _one(DATA / name)
    texts = _texts(talk)
    assert not any("六十年史" in t or "\u3000\u3000\u3000" in t for t in texts)
    furniture = "\n".join(_furniture(ledger))
    assert furniture.count("六十年史") == 1 and furniture.count("第2節\u3000歴代の社長") == 1 \
        and furniture.count("第3節\u3000工場の沿革") == 1 and "社是と社訓" in furniture
    assert not any(s.number in ("86", "88", "90") for s in talk.sections)
    assert any("社員の多くが毎朝その前を通って職場に向かう。" in t for t in texts)
    assert any("初代の長男で、海外との取引を始めた人である。" in t for t in texts)
    assert any("生産の中心は第二工場に移った。" in t for t in texts)
    assert [s.title.text for s in talk.sections if s.title is not None] == ["第2節\u3000歴代の社長", "第3節\u3000工場の沿革"]


@pytest.mark.parametrize("name", ["ja_facing_missing_head.txt", "ja_facing_missing_head_noff.txt"])
def test_one_missing_head_keeps_the_chain(name):
    """Near miss (passes on the base too: its heads recur often enough for the older rules)."""
    talk, ledger = _one(DATA / name)
    assert not any("六十年史" in t or "資料編" in t for t in _texts(talk))
    assert any("日のことをよく覚えていると語った。" in t for t in _texts(talk))
    assert [s.number for s in talk.sections] == ["6"]


@pytest.mark.parametrize("name", ["ja_head_over_folio.txt", "ja_head_over_folio_noff.txt"])
def test_head_over_a_bare_folio_every_copy(name):
    talk, ledger = _one(DATA / name)
    texts = _texts(talk)
    assert not any("資料編" in t for t in texts)
    assert not [s for s in talk.sections if s.number == "5"]
    assert not any(t.strip() in ("215", "216", "217") for t in texts)
    assert _furniture(ledger).count("第5章\u3000資料編") == 3
    assert any("正確さが評判となり、多くの商店に置かれた。" in t for t in texts)


def test_booklet_head_without_folio_atop_later_pages():
    talk, ledger = _one(DATA / "ja_syllabus_heads_nofolio.txt")
    heads = [t for t in _furniture(ledger) if "授業計画書" in t]
    assert len(heads) == 3 and sum("都市計画演習" in t for t in heads) == 2


@pytest.mark.parametrize("name", ["koho_short_pages.txt", "koho_feet_only.txt"])
def test_gazette_tags_stay_apart_and_its_feet_go(name):
    talk, ledger = _one(DATA / name)
    titles = [s.title.text for s in talk.sections if s.title is not None]
    assert "実用新案登録請求の範囲" in titles and "請求項2" in titles
    assert not any("選択図" in t for t in titles)
    assert not any("3245678" in t for t in _texts(talk))
    furniture = _furniture(ledger)
    assert any(t.startswith("（1）") for t in furniture) and sum(t.startswith("（") for t in furniture) == 5
    assert talk.shape == "paper" and not talk.slides


def test_gazette_tag_lines_not_joined_across_the_head():
    talk, _ = _one(DATA.parent / "fur283" / "koho_var.txt")
    titles = [s.title.text for s in talk.sections if s.title is not None]
    assert "実用新案登録請求の範囲" in titles
    assert not any("選択図" in t for t in titles)


@pytest.mark.parametrize("name, head", [("en_org_head_nofolio.txt", "Harbour District Council"),
                                        ("ja_org_head_nofolio.txt", "港町自治会\u3000総会資料"),
                                        ("ja_minutes_continued.txt", "議事録（続き）")])
def test_head_without_folio_on_three_later_pages(name, head):
    """Near miss (passes on the base too: the recurrence rules read these already); decision: a continuation mark
    atop every later page (``議事録（続き）``) is furniture."""
    talk, ledger = _one(DATA / name)
    assert _furniture(ledger).count(head) == 3
    assert not any(p.text == head for s in talk.sections for p in s.paragraphs)  # page 1's copy may stay front


def test_heading_opening_two_pages_stays_text():
    """Near miss (passes on the base too): two copies at page tops are a heading's, not a head's."""
    talk, ledger = _one(DATA / "nm_en_heading_two_pages.txt")
    assert not _furniture(ledger)
    assert sum(t == "Chapter summary" for t in _texts(talk)) == 2
