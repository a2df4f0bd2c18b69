"""Co-authors (schema 3): a speaker line of several authors gives ``speaker.authors``, each name without its
affiliation marks and with the affiliation its mark points to (else the shared one). Made-up title blocks."""

from __future__ import annotations

import json

import pytest

from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from segment_inputs import cleaned_from_text

_BODY_EN = ("\n1. Introduction\nHarbour cranes idle for long spells between ships, and their motors draw power all the while.\n"
            "2. Method\nWe logged the power of six cranes for a month and matched it to the berth schedule.\n")
_BODY_JA = ("\n1．はじめに\n　港の荷役機械は、船の来ない時間にも電力を使い続けている。\n"
            "2．方法\n　六基のクレーンの電力を一か月記録し、着岸の予定と照らし合わせた。\n")


def _authors(talk):
    return [(a.name.text, [m.text for m in a.marks], a.affiliation.text if a.affiliation is not None else None)
            for a in talk.speaker.authors]


@pytest.mark.parametrize("names, lines, expected", [
    ("Ingrid Solheim¹, Tomasz Kowalczyk²", ["¹ Northfield University", "² Institute of Harbour Studies"],
     [("Ingrid Solheim", ["¹"], "Northfield University"), ("Tomasz Kowalczyk", ["²"], "Institute of Harbour Studies")]),
    # every word of these names is an English word too (anna, berg, tom, lee): the mark after each name says authors
    ("Anna Berg¹, Tom Lee²", ["¹ Northfield University", "² Institute of Harbour Studies"],
     [("Anna Berg", ["¹"], "Northfield University"), ("Tom Lee", ["²"], "Institute of Harbour Studies")]),
    ("M. Okonkwo ¹ L. Brandt ²", ["¹ Westmoor University", "² Coastal Research Institute"],
     [("M. Okonkwo", ["¹"], "Westmoor University"), ("L. Brandt", ["²"], "Coastal Research Institute")]),
    ("Rita Solberg¹,² and Jon Ekdal²", ["¹ Northfield University", "² Institute of Harbour Studies"],
     [("Rita Solberg", ["¹", "²"], "Northfield University; Institute of Harbour Studies"),
      ("Jon Ekdal", ["²"], "Institute of Harbour Studies")]),
])
def test_each_english_author_gets_the_affiliation_its_mark_points_to(names, lines, expected):
    text = "Idle Power of Harbour Cranes\n" + names + "\n" + "\n".join(lines) + "\n" + _BODY_EN
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    talk = doc.talks[0]
    assert _authors(talk) == expected
    assert talk.speaker.name.text == expected[0][0]  # the first author's name, without its marks
    assert conservation_problems(cleaned, doc) == []


def test_japanese_authors_parted_by_commas_with_marks():
    text = "港湾クレーンの待機電力\n山田 花子¹，鈴木 一郎²\n¹東西大学\n²南北港湾研究所\n" + _BODY_JA
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    talk = doc.talks[0]
    assert _authors(talk) == [("山田 花子", ["¹"], "東西大学"), ("鈴木 一郎", ["²"], "南北港湾研究所")]
    assert talk.speaker.name.text == "山田 花子"
    assert conservation_problems(cleaned, doc) == []


def test_authors_without_marks_share_the_affiliation():
    text = "Idle Power of Harbour Cranes\nRita Solberg and Jon Ekdal\nNorthfield University\n" + _BODY_EN
    talk = segment(cleaned_from_text(text)).talks[0]
    assert _authors(talk) == [("Rita Solberg", [], "Northfield University"), ("Jon Ekdal", [], "Northfield University")]


def test_names_parted_by_commas_before_their_organisation_on_one_line_are_authors():
    # real-PDF trial (JACoW): ``A. N. Author†, H. Coauthor, Name of Institute or Affiliation, City, Country`` went
    # whole into the affiliation, the name null
    text = ("Tidal Currents at Small Harbours\n"
            "K. M. Solberg†, T. Ekdal, Harbour Research Institute, Bergen, Norway\n"
            "R. Okafor, Northfield University, Leeds, UK\n" + _BODY_EN)
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    talk = doc.talks[0]
    assert _authors(talk) == [("K. M. Solberg", ["†"], "Harbour Research Institute, Bergen, Norway"),
                              ("T. Ekdal", [], "Harbour Research Institute, Bergen, Norway"),
                              ("R. Okafor", [], "Northfield University, Leeds, UK")]
    assert talk.speaker.name.text == "K. M. Solberg"
    assert conservation_problems(cleaned, doc) == []


def test_a_single_speaker_is_one_author_and_keeps_the_name():
    text = "【２】さくら市\n港町の国際交流\nさくら市国際交流課長 山田 太郎\n" + _BODY_JA
    talk = segment(cleaned_from_text(text)).talks[0]
    assert talk.speaker.name.text == "山田 太郎"
    assert _authors(talk) == [("山田 太郎", [], "さくら市国際交流課長")]


def test_the_talk_json_lists_the_authors_with_their_origins(tmp_path):
    """In the talk JSON every author's name, mark and affiliation has its origin (a view of the speaker lines)."""
    from pipeline.structure.document import text_with_origin

    raw = tmp_path / "authors.txt"
    raw.write_text("Idle Power of Harbour Cranes\nIngrid Solheim¹, Tomasz Kowalczyk²\n¹ Northfield University\n"
                   "² Institute of Harbour Studies\n" + _BODY_EN, encoding="utf-8")
    from pipeline import cli

    assert cli.main(["run", str(raw), "--out", str(tmp_path / "out"), "-q"]) == 0
    talk_file = next(p for p in (tmp_path / "out" / "talks").glob("*/*.json") if p.name != "index.json")
    talk = json.loads(talk_file.read_text(encoding="utf-8"))
    assert talk["schema_version"] == 7
    assert talk["speaker"]["name"] == "Ingrid Solheim"
    assert talk["speaker"]["authors"] == [
        {"name": "Ingrid Solheim", "marks": ["¹"], "affiliation": "Northfield University"},
        {"name": "Tomasz Kowalczyk", "marks": ["²"], "affiliation": "Institute of Harbour Studies"}]
    lines = raw.read_text(encoding="utf-8").splitlines()
    for author, origins in zip(talk["speaker"]["authors"], talk["speaker_map"]["authors"], strict=True):
        for text, origin in ((author["name"], origins["name"]), (author["affiliation"], origins["affiliation"]),
                             *zip(author["marks"], origins["marks"], strict=True)):
            placed = text_with_origin(text, tuple(tuple(r) for r in origin))
            assert all(lines[line - 1][col] == c for c, (line, col) in zip(placed.text, placed.origin))
