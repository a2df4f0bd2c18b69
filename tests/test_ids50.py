"""A talk's id never carries a lost glyph's damage (issue 16, helper seg50): a title ``Student Exc�ange`` had given the
id ``student-exc-ange``. A damaged word is left out; restore makes the id again once its fills are written in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.ids import sound_slug, talk_ident
from pipeline.model import Text

GAP = "\ufffd"


@pytest.mark.parametrize("text, expected", [
    (f"Student Exc{GAP}ange Programmes", "student-programmes"),
    ("Student Exc(cid:12)ange Programmes", "student-programmes"),
    (f"Exc{GAP}{GAP}nge", ""),
    ("Student Exchange Programmes", "student-exchange-programmes"),  # clean text: the slug as before
    (f"港湾{GAP}流の歩み Port Exchange", "port-exchange"),
    ("São Paulo’s Harbour", "sao-paulo-s-harbour"),
    ("BibTeXスタイルの作り方(cid:3) ;y", "bibtex-y"),  # Latin and Japanese are two words where they meet
    ("\ufffd町がつなぐ国際交流", ""),  # a Japanese run with a lost glyph: no word of it is told sound
    ("BibTeXの使い方", "bibtexの使い方"),
])
def test_a_damaged_word_is_left_out_of_the_slug(text, expected):
    assert sound_slug(text) == expected


def _t(s: str | None) -> Text | None:
    return None if s is None else Text.from_raw(s, line=1)


@pytest.mark.parametrize("city_en, city_ja, title_en, title_ja, expected", [
    (None, None, f"Exc{GAP}ange", "港町の国際交流", "港町の国際交流"),  # every English word damaged: the Japanese title
    (None, None, f"Exc{GAP}ange", f"港町の{GAP}際交流", "document"),
    (f"Kitaky{GAP}shu", None, "Ferry Routes", None, "ferry-routes"),  # a damaged city name: the title
    (None, f"{GAP}本市", "Ferry Routes", None, "ferry-routes"),  # no reading of a damaged Japanese city
    ("Busan", "釜山", f"Exc{GAP}ange", None, "busan"),
])
def test_the_id_falls_back_past_damaged_sources(city_en, city_ja, title_en, title_ja, expected):
    assert talk_ident(_t(city_en), _t(city_ja), [_t(title_en), _t(title_ja)], set()) == expected


PAPER = """Harbour Ferries and Island Life
Mika Sato, Island Transport Office

Abstract
This note looks at how the ferry timetables of three small islands changed after their ports were rebuilt.

1. Introduction
Island ferries carry residents, freight and visitors on the same boats, and the timetable decides the day.

2. Results
Most routes gained a late sailing, but two lost their first morning boat, which the residents regretted.
"""


def test_a_run_gives_no_id_with_the_damage_of_a_lost_glyph(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("raw").mkdir()
    Path("raw/ferries.txt").write_text(PAPER.replace("Harbour Ferries", "Harbour Fer(cid:71)ies"), encoding="utf-8")
    assert cli.main(["run", "raw", "--out", "out", "-q"]) == 0
    [talk] = json.loads(Path("out/talks/ferries/index.json").read_text(encoding="utf-8"))["talks"]
    # restored whole (``ferries``) or left out, never ``fer-ies``
    assert talk["id"] in ("ferries/harbour-ferries-and-island-life", "ferries/harbour-and-island-life")


def test_a_long_title_id_ends_on_a_whole_word51():
    """Trial 51: a press release's long title gave the id ``…-climate-action-press-r``, a word cut in two."""
    from pipeline.ids import MAX_ID_CHARS, talk_ident

    title = Text.from_raw("Zurich and Kyoto Renew Partnership on Climate Action Press release, City of Zurich", 1)
    ident = talk_ident(None, None, [title], set())
    assert ident == "zurich-and-kyoto-renew-partnership-on-climate-action-press"
    assert len(ident) <= MAX_ID_CHARS


@pytest.mark.parametrize("city, ident", [("釜山広域市", "busan"), ("大邱広域市", "daegu"), ("仁川広域市", "incheon"),
                                         ("熊本市", "kumamoto")])
def test_a_korean_metropolitan_city_is_spelled_by_its_korean_reading51(city, ident):
    """Trial 51: 釜山広域市 with no English naming it had the id ``fuzankoiki`` (its Japanese reading). 広域市 is a
    designation only Korea's administration uses, so the name is Korean; a Japanese city keeps its reading."""
    assert talk_ident(None, Text.from_raw(city, 1), [], set()) == ident
