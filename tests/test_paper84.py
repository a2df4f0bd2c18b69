"""Fresh-user trial 84b (helper paper84): a Japanese paper whose lines were cut every ``N`` characters, inside English
words too (``…Deep Learning for C`` / ``lassical…``, ``…Vol.60，N`` / ``o.3，…``): joining the wrapped lines must
put no space inside a word (:func:`pipeline.segment.paragraphs.character_grid`, ``grid_broke_token``). Made-up PDFs
(reportlab, ``tests/data/paper84/make_pdfs.py``; expected readings in /work/regress/in_paper84/*.expected.md).

The near miss (an English paper wrapped by width at spaces, with a table parted by spaces) passes on the base too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tests.segment_inputs import run_file  # noqa: E402

DATA = Path(__file__).parent / "data" / "paper84"


def _texts(name: str) -> list[str]:
    doc = run_file((DATA / name).read_bytes(), name)
    return [p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs] + \
        [p.text for talk in doc.talks for p in talk.front]


def test_character_cut_references_read_whole_words():
    texts = _texts("grid_ja_refs.pdf")
    assert "[2] Smith, J. and Brown, K.: Robust Recognition of Historical Handwriting, Pattern Recognition Letters, " \
           "Vol.88 (2021)." in texts
    assert "[3] Tanaka, H. et al.: Character Datasets for Premodern Japanese, Digital Humanities Quarterly (2019)." \
           in texts
    assert "[1] 山田太郎：古典籍の文字認識，人文科学とコンピュータ，Vol.12，No.4，pp.33-41 (2020)．" in texts


def test_near_miss_width_wrapped_english_keeps_its_spaces():
    """Near miss: passes on the base too (every wrap is at a word space; the table's cells stay parted)."""
    texts = _texts("width_en_refs.pdf")
    assert "[2] Tanaka, H. et al.: Character Datasets for Premodern Japanese, Digital Humanities Quarterly, " \
           "Vol.13 (2019)." in texts
    assert any(t.startswith("Optical character recognition of historical documents remains") for t in texts)
    assert "small 97.8 98.3" in "\n".join(texts)
