"""Helper rev74 (issue 16 points 2 and 4; fresh-user trial 74c): a journal's or a book's running head seen once beside
a bare folio, a book review's reviewer, a Japanese plan's numbering ladder under ``（1）``, speakers' profiles headed by
a name with its reading. Inputs in tests/data/rev74/ (made-up variants of the trial's kinds); near misses pass on the
base too."""

from __future__ import annotations

from pathlib import Path

from tests.segmenting import authors_of, furniture_of, only_talk, only_talk_of, paragraph_texts, segment_file, segment_text

DATA = Path(__file__).parent / "data" / "rev74"


def _titles(talk):
    return [(s.number, s.title.text if s.title is not None else None) for s in talk.sections]


def test_book_of_abstracts_head_over_its_folio_after_a_keyword_field():
    doc = segment_file(DATA / "abstracts_head_over_folio.txt")
    rows = [text for _, text in furniture_of(doc.ledger)]
    assert rows == ["River Sediments 2025 - Book of Abstracts", "2"]
    assert all("Book of Abstracts" not in p and p != "2" for t in doc.talks for p in paragraph_texts(t))


def test_journal_head_under_a_folio_of_its_volume():
    talk, ledger = only_talk_of(DATA / "journal_head_after_folio.txt")
    assert [text for _, text in furniture_of(ledger)] == ["Bristol Historical Review 12 (3), 2024", "214"]
    assert all(s.title is None or s.title.text != "214" for s in talk.sections)
    assert not any(p.startswith(("214", "Bristol Historical Review")) for p in paragraph_texts(talk))


def test_journal_head_over_its_folio_in_a_review():
    text = (DATA / "review_reviewer_label.txt").read_text(encoding="utf-8").replace(
        "Its weakest chapter", "Journal of Estuarine Studies 8(1), 2024\n77\nIts weakest chapter")
    talk, ledger = only_talk(text)
    assert [t for _, t in furniture_of(ledger)] == ["Journal of Estuarine Studies 8(1), 2024", "77"]
    assert _titles(talk)[0][1] in (None, "")


def test_journal_name_without_its_issue_beside_a_number_stays_text():
    text = (DATA / "journal_head_after_folio.txt").read_text(encoding="utf-8").replace(
        "Bristol Historical Review 12 (3), 2024", "Bristol Historical Review")
    doc = segment_text(text)
    assert furniture_of(doc.ledger) == []


def test_reviewer_is_the_speaker_the_book_front():
    talk, _ = only_talk_of(DATA / "review_reviewer_label.txt")
    assert talk.title.en.text == "Rivers of Salt: Estuaries and the People Who Work Them"
    assert authors_of(talk) == [("Priya Raman", "University of Hull")]
    front = [t.text for t in talk.front]
    assert "By Thomas Hale" in front and any(t.startswith("Oxford: Fenland Books") for t in front)


def test_book_author_is_no_speaker_where_the_reviewer_signs_at_the_end():
    talk, _ = only_talk_of(DATA / "review_signed_end.txt")
    assert talk.title.en.text == "Working the Tide: A Social History of Cockling"
    assert "Margaret Lowe" not in [name for name, _ in authors_of(talk)]
    front = [t.text for t in talk.front]
    assert "By Margaret Lowe" in front and any(t.startswith("Lancaster: Bay Press") for t in front)


def test_article_byline_stays_its_speaker():
    talk, _ = only_talk("Walking the Old Tramway\nBy Helen Carter\n\nThe old tramway from the quarry to the harbour is "
                        "now a footpath, and on a clear day it is one of the finest walks in the county.\n\nIt passes "
                        "three stone bridges and the ruins of a winding house.\n")
    assert [name for name, _ in authors_of(talk)] == ["Helen Carter"]


def test_plan_ladder_nests_paren_number_kana_and_kana_in_brackets():
    talk, _ = only_talk_of(DATA / "plan_ladder.txt")
    numbered = [(n, t) for n, t in _titles(talk)]
    for want in [("2.1", "情報伝達訓練"), ("2.1.1", "水位情報の伝達"), ("2.1.2", "避難情報の発令"), ("2.2", "水防工法訓練"),
                 ("2.3", "避難誘導訓練"), ("2.3.1", "高齢者施設の避難誘導"), ("2.3.2", "要配慮者の搬送")]:
        assert want in numbered
    assert "（ア）観測所からの水位報告" in paragraph_texts(talk) or "（ｱ）観測所からの水位報告" in paragraph_texts(talk)


def test_list_of_kana_items_under_a_sentence_stays_a_list():
    talk, _ = only_talk_of(DATA / "list_near_miss.txt")
    assert [n for n, _ in _titles(talk)] == ["1", "2"]
    assert "ア　太陽光" in paragraph_texts(talk)


def test_profiles_headed_by_name_with_reading():
    talk, _ = only_talk_of(DATA / "profiles_lecture.txt")
    titles = [t for _, t in _titles(talk)]
    assert {"講師紹介", "森本 彩（もりもと あや）", "石井 健一（いしい けんいち）"} <= set(titles)
    assert not any(p.startswith(("森本 彩（", "石井 健一（", "講師紹介")) for p in paragraph_texts(talk))


def test_one_name_with_reading_heads_nothing():
    talk, _ = only_talk("市民公開講座「里山と暮らし」\n\n講師\n森本 彩（もりもと あや）\n山田市立自然博物館学芸員。専門は昆虫生態学。\n")
    assert "森本 彩（もりもと あや）" not in [t for _, t in _titles(talk)]


def test_book_head_repeating_its_title_over_a_folio_of_any_number():
    talk, ledger = only_talk_of(DATA / "book_head_over_folio.txt")
    assert [t for _, t in furniture_of(ledger)] == ["Salt and Iron: The Making of a Northern Port", "57"]
    assert not any(p.startswith("57") or "Making of a Northern Port" in p for p in paragraph_texts(talk))
