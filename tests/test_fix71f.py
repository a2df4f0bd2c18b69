"""Issue 16 point 4 (helper fix71f): a long running head beside every page number of a three-page dump.

Fresh-user trial 71c's ``flood_workshop_report.txt``: a dump without pages, its folios ``Page N of 3`` at the pages'
feet, page 2 and page 3 opening on ``Regional Workshop on Flood Early Warning Systems — Summary Report``. The folios were
set aside, the head stayed a paragraph of sections 1 and 2: at 65 characters it is longer than a short head
(``MAX_FURNITURE_CHARS``), and a long running line needed three pages (``_long_running_line``), while a three-page dump
with its folios at the feet shows the head only twice. The copies right beside the page number at every page break
there is (each folio with a line after it) are enough: two pages then.

Near misses that stay text: a section whose first line repeats the title after one folio only; a sentence repeated
after each folio (it ends on its full stop); a sentence citing ``Smith et al. (2020)`` after each folio (different
words each time). Inputs are copies of the trial's and of /work/regress/in_fix71f. The tests marked so fail on the
code before the change (checked in /work/wt/b71, main at 9e61932d).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, kept_texts, segment_text, text_of

DATA = Path(__file__).parent / "data" / "fix71f"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("name, head", [
    ("t71c_flood_workshop_report.txt", "Regional Workshop on Flood Early Warning Systems — Summary Report"),
    ("long_head_3pages_en.txt", "Northern Shoreline Erosion Monitoring Programme — Progress Report 2025"),
    ("long_head_3pages_fr.txt", "Rapport annuel du Conseil régional de l'environnement — Synthèse des travaux 2024"),
    ("long_head_3pages_de.txt", "Arbeitsgemeinschaft Hochwasserschutz – Jahresbericht 2024 (Entwurf, Stand März)"),
])
def test_long_head_beside_every_folio_is_furniture(name, head):
    doc = _doc(name)
    heads = [_norm(text) for reason, text in furniture_of(doc.ledger) if reason == "running-header"]
    assert heads == [head] * 2
    assert not any(head in _norm(k) for k in kept_texts(doc))


def test_trial71c_report_keeps_its_title_block():
    doc = _doc("t71c_flood_workshop_report.txt")
    (talk,) = doc.talks
    assert "Regional Workshop on Flood Early Warning Systems" in text_of(talk.title.en) + " " + " ".join(kept_texts(doc))


@pytest.mark.parametrize("name, line", [
    ("near_title_repeated_once.txt", "Regional Workshop on Drought Preparedness in the Sahel and the Lake Chad Basin Countries"),
    ("near_sentence_repeated.txt", "All incidents must be reported to the regulator within twenty-four hours of their discovery."),
    ("near_citation_et_al.txt", "As Smith et al. (2020) showed for three basins in Nepal and Bhutan, volunteer networks"),
])
def test_near_misses_stay_text(name, line):
    doc = _doc(name)
    assert not any(r == "running-header" for r, _ in furniture_of(doc.ledger))
    assert any(line in _norm(k) for k in kept_texts(doc))
