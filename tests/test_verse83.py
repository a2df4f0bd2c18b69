"""Issue 16, verse and the marks around its folios (helper verse83, after fresh-user trial 83a's haiku and tanka
anthology): lines of verse set one to a line, each poem with its author line set in under it, are never joined as
wraps (each line stays a paragraph of its own); a folio between dash-like marks a Japanese page types or a CID font
extracts (``ー 8 ー``, ``̶ 3 ̶`` with U+0336 strokes) is a page number. Inputs: made-up pages with their expected
readings (tests/data/verse83/, copies of /work/regress/in_verse83/, each ``*.truth.md`` written before any run), with
near misses (a paper hard-wrapped at a short measure, an address block) that keep the base's reading."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Text
from pipeline.pagenumbers import page_number
from segmenting import furniture_of, only_talk_of, talk_texts

DATA = Path(__file__).parent / "data" / "verse83"


def test_tanka_halves_and_their_authors_stay_lines():
    talk, _ = only_talk_of(DATA / "tanka_mag.txt")
    texts = talk_texts(talk)
    for line in ("秋の日の坂をのぼりて見下ろせば", "港の船の白くかがやく", "ふるさとの駅に降り立つ夕暮れに",
                 "母の声する気のしてならず", "稲刈りを終へたる田にはしづかなる", "雀の群れの降りては立ちぬ",
                 "岡本 健二", "村上 ひとみ"):
        assert line in texts, line


def test_a_childs_poem_keeps_its_lines_and_its_long_vowel_dashed_folio_is_furniture():
    talk, ledger = only_talk_of(DATA / "school_anthology.txt")
    texts = talk_texts(talk)
    for line in ("はっぱがおどる", "ぼくもいっしょに", "はしりだす", "まどのそとに", "しろいゆきが", "しずかにつもる"):
        assert line in texts, line
    assert not any("ー8ー" in t.replace(" ", "") for t in texts)
    assert "8" in [text for reason, text in furniture_of(ledger) if reason == "page-number"]


def test_haiku_lines_stay_apart_and_a_folio_in_combining_strokes_is_a_page_number():
    talk, ledger = only_talk_of(DATA / "haiku_folio.txt")
    texts = talk_texts(talk)
    for line in ("月の出を待つ間の舟の軋みかな", "佐々木 道子", "湖に月のひかりの道ひとすじ", "原田 修"):
        assert line in texts, line
    assert not any("\u0336" in t for t in texts)
    assert ("page-number", "\u0336 3 \u0336") in furniture_of(ledger)


def test_folio_marks():
    assert page_number("\u0336 12 \u0336").value == 12
    assert page_number("ー 8 ー").value == 8
    assert page_number("\uff70 4 \uff70").value == 4
    assert page_number("ー8") is None and page_number("\u0336 3") is None


def test_verse_lines_need_author_lines_set_in_under_two_poems():
    """One poem alone, or short lines with no author line set in under them, are no verse block (the reader is new:
    this fails on the base by its absence)."""
    from pipeline.segment.verse import verse_lines

    one = ["菜の花や川のむかうに母の家", "　　　　　小野 達也", "本文の段落である。"]
    lines = ["東京都千代田区", "丸の内一丁目", "みどり企画", "総務部"]
    for raw in (one, lines):
        assert not verse_lines([Text.from_raw(s, n) for n, s in enumerate(raw, 1)])


def test_a_paper_hard_wrapped_at_a_short_measure_still_joins():
    """Near miss (passes on the base too): prose lines carry their commas and stops, so they are no verse."""
    talk, _ = only_talk_of(DATA / "narrow_paper.txt")
    texts = talk_texts(talk)
    assert ("本稿では、中山間地域における路線バスの利用状況を整理し、今後の交通政策の方向性を論じる。"
            "近年、利用者の減少により多くの路線が廃止されている。") in texts
    assert "令和5年度に、住民を対象としたアンケート調査を実施した。回答数は412件であった。" in texts


def test_an_address_block_keeps_its_lines():
    """Near miss (passes on the base too): an address's short lines stay lines of their own."""
    talk, _ = only_talk_of(DATA / "address.txt")
    texts = talk_texts(talk) + [talk.title.ja.text]
    for line in ("〒700-0001", "岡山県岡山市北区本町1-2-3", "電話 086-123-4567"):
        assert line in texts, line
