"""A title set letterspaced (real-PDF trial: classicthesis-cv's ``C U R R I C U L U M  V I T Æ`` came out as the
title ``C U R R I C U L U M V I T Æ``, its id ``c-u-r-r-i-c-u-l-u-m-v-i-t``): extract keeps the wider gap between
its words, segment reads it as its words. Made-up documents."""

from __future__ import annotations

from pdfmaker import EN, JA, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.segment_inputs import run_text


def _spaced_runs(words: list[str], size: float, x: float, y: float, font: str = EN
                 ) -> list[tuple[str, float, float, float, str]]:
    """Each letter a run of its own, 0.3 em after the last; a word's gap 1 em."""
    runs = []
    for word in words:
        for letter in word:
            runs.append((font, size, x, y, letter))
            x += text_width(letter, font, size) + 0.3 * size
        x += 0.7 * size
    return runs


def test_a_letterspaced_pdf_title_is_its_words() -> None:
    page = _spaced_runs(["HARBOUR", "NOTES"], 17, 100, 780)
    page += [(EN, 12, 100, 750, "Personal data"), (EN, 10, 180, 730, "Ada Quayle"),
             (EN, 10, 180, 716, "Born in a small harbour town on the west coast, where the boats come in at dawn."),
             (EN, 12, 100, 690, "Work"),
             (EN, 10, 180, 670, "Harbour pilot for ten years, then a teacher of pilots at the maritime school.")]
    cleaned = clean(extract(drawn_pdf([page]), name="cv.pdf"))
    assert cleaned.lines[0].text == "H A R B O U R  N O T E S"  # the word gap kept: two spaces
    doc = segment(cleaned)
    [talk] = doc.talks
    assert talk.title.en is not None and talk.title.en.text == "HARBOUR NOTES"
    assert talk.id.endswith("harbour-notes")
    assert conservation_problems(cleaned, doc) == []


def test_a_letterspaced_title_in_a_dump_is_its_words_and_plain_titles_stay() -> None:
    body = ("Ada Quayle\nHarbour Research Institute\n\n1. Introduction\n"
            "We describe the signals harbour pilots give one another, and how they changed over one century.\n")
    talk = run_text("S I G N A L S  O F  T H E  H A R B O U R\n" + body).talks[0]
    assert talk.title.en.text == "SIGNALS OF THE HARBOUR"
    talk = run_text("Signals of the Harbour\n" + body).talks[0]
    assert talk.title.en.text == "Signals of the Harbour"


def test_japanese_letters_spaced_apart_keep_no_word_gap() -> None:
    # ltjsclasses: a run-in heading's wider gap among spaced Japanese letters (``■オプションの実行`` ⎵ ``デフォルト…``)
    # was written as two spaces, which clean's rule for spaces between Japanese letters left in the paragraph
    page = _spaced_runs(["オプションの実行", "デフォルトの設定"], 10, 100, 700, font=JA)
    page += [(EN, 10, 100, 680, "The options are set as before; nothing else changes in this version of the class.")]
    cleaned = clean(extract(drawn_pdf([page]), name="ja.pdf"))
    assert "  " not in cleaned.lines[0].text
