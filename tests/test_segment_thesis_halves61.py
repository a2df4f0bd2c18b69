"""A thesis abstract printed in English, then in Japanese, is one document (issue 16 point 1; fresh-user trial 61's
``09_thesis_abstract.txt``: two documents, the Japanese one titled by its kind ``博士論文要旨``). The inputs are made up
(tests/data/halves61). Two different theses' abstracts in one file stay two.
"""

from pathlib import Path

import pytest

from pipeline.numbering import heading_number_end
from pipeline.segment.events import is_document_kind
from reliability import accounting

DATA = Path(__file__).parent / "data" / "halves61"


def _talks(name: str, tmp_path: Path) -> list[dict]:
    path = tmp_path / name
    path.write_bytes((DATA / name).read_bytes())
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    return talks


def test_english_then_japanese_abstract_is_one_document(tmp_path: Path) -> None:
    talks = _talks("en_first_master.txt", tmp_path)
    assert len(talks) == 1
    talk = talks[0]
    assert talk["title"] == {"ja": "沿岸遊歩道における歩行者と自転車利用の季節変動",
                             "en": "Seasonal Use of Coastal Footpaths by Walkers and Cyclists"}
    front = [p["text"] for p in talk["paper"]["front"]]
    assert "修士論文概要" in front and "2026年2月" in front and "Master's Thesis Summary" in front
    body = " ".join(p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"])
    assert "修士論文概要" not in body and "森田 愛子" not in body


def test_two_theses_in_two_languages_stay_two(tmp_path: Path) -> None:
    talks = _talks("two_theses.txt", tmp_path)
    assert [t["title"]["ja"] or t["title"]["en"] for t in talks] == [
        "Seasonal Use of Coastal Footpaths by Walkers and Cyclists", "中山間地域における学校統合と通学距離の変化"]


@pytest.mark.parametrize("line", ["博士論文要旨", "修士論文の概要", "卒業論文梗概", "論文要旨", "Doctoral Thesis Abstract",
                                  "Abstract of the PhD Thesis", "Master's Thesis Summary"])
def test_a_kind_with_its_abstract_word_is_a_label(line: str) -> None:
    assert is_document_kind(line)


@pytest.mark.parametrize("line", ["要旨", "Abstract", "論文", "Summary of Findings", "博士論文要旨の書き方"])
def test_an_abstract_word_alone_is_no_kind(line: str) -> None:
    assert not is_document_kind(line)


def test_a_sentence_naming_a_chapter_heads_nothing() -> None:
    assert heading_number_end("第2章では、ドローンによる繰り返し測量から、流路") is None
    assert heading_number_end("第2章 調査の方法") is not None


def test_a_documents_own_kind_over_its_first_heading_stays_its_title(tmp_path: Path) -> None:
    # the label rule reads a block past a document's start only: a report titled by its kind keeps that title
    path = tmp_path / "report.txt"
    path.write_text("Annual Report\n\nA. Background of the project\nThe project began in 2019 with three towns.\n\n"
                    "B. Results\nThe results were good in every town.\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == [] and len(talks) == 1
    assert talks[0]["title"]["en"] == "Annual Report"
