"""A running head printed atop every page stays furniture where the dump kept a blank line before it instead of the
page number (fresh-user trial 68d's report: three copies of ``令和6年度 緑川市 市民意識調査報告書`` stayed the last
paragraph of sections 1–3; helper fix68m, ``furniture.heads_after_blank_lines``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import furniture, run_text

DATA = Path(__file__).parent / "data" / "runninghead68"


def _doc(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, head, copies", [
    ("t68d_report.txt", "令和6年度 緑川市 市民意識調査報告書", 8),
    ("f68m_en_survey.txt", "Harbour City Residents Survey 2025", 6),
    ("f68m_ja_plan.txt", "第3次 青葉町 環境基本計画 中間報告", 6),
    ("f68m_fr_rapport.txt", "Ville de Lyon - Rapport sur la mobilité 2024", 5),
])
def test_every_copy_of_the_head_after_the_first_page_number_is_furniture(name, head, copies) -> None:
    doc = _doc(name)
    assert furniture(doc).count((head, "running-header")) >= copies, furniture(doc)
    for talk in doc.talks:
        assert not any(p.text.strip() == head for s in talk.sections for p in s.paragraphs), name


def test_a_refrain_opening_stanzas_stays_text() -> None:
    doc = _doc("f68m_nm_refrain.txt")
    assert not [row for row in furniture(doc) if row[1] != "page-number"], furniture(doc)


def test_headings_the_contents_repeat_stay_headings() -> None:
    doc = _doc("f68m_nm_contents.txt")
    (talk,) = doc.talks
    assert [s.heading.text for s in talk.sections] == ["Summary", "Accounts", "Outlook"]
    assert "Valley Trust Annual Report" in talk.sections[-1].paragraphs[0].text  # the sentence's own words stay
