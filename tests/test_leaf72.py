"""Bilingual leaflets (issue 16 point 2; helper leaf72, fresh-user trial 72d's ``d_tourist.txt``). Inputs:
``tests/data/leaf72/`` (copies in ``/work/regress/in_leaf72/``: ``lf_*`` leaflets, ``nm_*`` near misses), each run
through extract, clean and segment with the conservation check (``tests/segmenting.py``).

1. A heading behind a mark given in both languages, a line each (``■備中松山城`` / ``■Bitchu Matsuyama Castle``,
   ``◆…``, ``【…】``), over its text given line by line in both languages, is one section: titled by the line printed
   first, its translation the section's first paragraph (docs/segment.md, *A bilingual newsletter's headline pairs*,
   fix70b's structure); never an empty section over the translation's (``sections.translated_marked_pair``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "leaf72"


def _read(name: str):
    return only_talk_of(DATA / name)[0]


def _heads(talk) -> list[str]:
    return [(s.heading or s.title).text for s in talk.sections]


# --- 1. a marked heading pair is one section ------------------------------------------------------------------------

@pytest.mark.parametrize("name, pairs", [
    ("lf_takahashi.txt", [("■備中松山城", "■Bitchu Matsuyama Castle"), ("■石火矢町ふるさと村", "■Ishibiyacho Furusato Village"),
                          ("■頼久寺", "■Raikyuji Temple"), ("■アクセス", "■Access"), ("■お問い合わせ", "■Contact")]),
    ("lf_kurashiki.txt", [("◆倉敷川の川舟流し", "◆Kurashiki River Boat Ride"), ("◆アクセス", "◆Access"),
                          ("◆お問い合わせ", "◆Contact")]),
    ("lf_uchiko.txt", [("【内子座】", "【Uchikoza Theatre】"), ("【木蝋資料館 上芳我邸】", "【Japan Wax Museum and Kamihaga Residence】"),
                       ("【アクセス】", "【Access】")]),
])
def test_marked_heading_pair_is_one_section(name, pairs):
    talk = _read(name)
    heads = _heads(talk)
    for ja, en in pairs:
        assert ja in heads and en not in heads
        section = talk.sections[heads.index(ja)]
        assert section.paragraphs[0].text == en and len(section.paragraphs) >= 3
    assert all(s.paragraphs for s in talk.sections)


def test_near_miss_marked_items_in_one_language():
    # ``■持ち物`` / ``■タオル`` / ``■飲み物``: a list's items in one language, no pair; read as before
    talk = _read("nm_marked_list.txt")
    heads = _heads(talk)
    assert "■清掃活動" in heads and "■防災訓練" in heads and "■飲み物" in heads
