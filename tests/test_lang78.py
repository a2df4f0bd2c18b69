"""German, French and Dutch documents read in their language (issue 16 point 2, helper lang78).

Documents in a Latin-script language other than English (real-PDF trial 77c's German ``URbeamer-DEMO.pdf`` and
``DEMO-TUDaPoster.pdf``) were read as English: ``paper.lang`` ``"en"``, spaCy's English tokenizer (``Im`` → ``I`` +
``m``), and a word broken at a line's end kept its hyphen (``Längenma-ße``) because the join asked English word lists.

1. A paragraph's and a document's language is decided between English and German, French, Spanish, Dutch, Italian,
   Portuguese by the share of their words among each language's frequent words (``chardata.latin_lang``); English
   stays where nothing stands clear, and an English document quoting German stays English.
2. Such a text has spaCy's blank tokens of its language (``Im`` one token).
3. The hyphen join (clean's, and segment's across a page break) asks the document language's word list and its
   compounds (``Längenmaße``, ``Dokumentenklasse``), and keeps ``Baden-Württemberg``, ``E-Mail``, ``Max-Planck-Institut`` and ``deutsch-französischen``.
Made-up documents (tests/data/lang78; docs/talk-json.md, *A German, French or Dutch paragraph*)."""

from pathlib import Path

import pytest

from reliability import one_talk
from pipeline.structure.schema import schema_errors

DATA = Path(__file__).parent / "data" / "lang78"


@pytest.fixture(scope="module")
def talks(tmp_path_factory) -> dict[str, dict]:
    out = {}
    for source in sorted(DATA.glob("*.txt")):
        tmp = tmp_path_factory.mktemp(source.stem)
        out[source.stem] = one_talk(source, tmp)
    return out


def _units(talk: dict) -> list[dict]:
    paper = talk["paper"]
    return [*paper["front"], *paper.get("closing", ()), *(p for s in paper["sections"] for p in s["paragraphs"])]


def _text(talk: dict) -> str:
    return "\n".join(p["text"] for p in _units(talk))


@pytest.mark.parametrize("name, lang", [("de_letter", "de"), ("de_paper", "de"), ("fr_notice", "fr"),
                                        ("nl_notice", "nl")])
def test_a_document_is_read_in_its_language(talks, name, lang):
    talk = talks[name]
    assert talk["paper"]["lang"] == lang
    # every paragraph: the long ones by their words, the short ones (an address, a signature) by the document's
    assert {p["lang"] for p in _units(talk)} == {lang}
    assert schema_errors(talk) == []


def test_german_tokens_are_germans(talks):
    first = next(p for p in _units(talks["de_paper"]) if p["text"].startswith("Im Jahr"))
    assert [t["surface"] for t in first["tokens"]][:4] == ["Im", "Jahr", "2024", "wurden"]


@pytest.mark.parametrize("name, words", [("de_paper", "Die Längenmaße der"), ("de_paper", "Die Dokumentenklasse der"),
                                         # (passes on the base too: the letter writes the word whole in its heading)
                                         ("de_letter", "diesjährigen Mitgliederversammlung ein"),
                                         ("de_letter", "die Tagesordnung möchten"), ("de_letter", "auch telefonisch."),
                                         ("fr_notice", "Le gouvernement régional")])
def test_a_word_broken_at_a_lines_end_is_joined(talks, name, words):
    assert words in _text(talks[name])


@pytest.mark.parametrize("name", ["de_page_break", "de_form_feed"])
def test_a_word_broken_across_a_page_break_is_joined(talks, name):
    # segment's join across the page's furniture asks the document language's list too
    assert "Längenmaße" in _text(talks[name]) and talks[name]["paper"]["lang"] == "de"


@pytest.mark.parametrize("name, word", [("de_letter", "Baden-Württemberg"), ("de_letter", "E-Mail"),
                                        ("de_paper", "Max-Planck-Instituts"), ("de_paper", "deutsch-französischen")])
def test_a_writers_hyphen_is_kept(talks, name, word):
    assert word in _text(talks[name])


@pytest.mark.parametrize("name", ["en_german_names", "en_german_quote"])
def test_an_english_document_naming_or_quoting_german_stays_english(talks, name):
    talk = talks[name]
    assert talk["paper"]["lang"] == "en"
    english = [p for p in _units(talk) if p["text"].startswith(("We compare", "The lake", "Thank you", "In short"))]
    assert len(english) == 2 and {p["lang"] for p in english} == {"en"}


def test_a_german_quotation_in_an_english_letter_is_german(talks):
    quote = next(p for p in _units(talks["en_german_quote"]) if p["text"].startswith("Wir freuen"))
    assert quote["lang"] == "de"
    assert schema_errors(talks["en_german_quote"]) == []


def test_language_rule_near_misses():
    from pipeline.chardata import text_lang

    # English prose with German, French and Dutch names; a reference; a table of symbols; code
    for text in ("Professor Müller of the Max-Planck-Institut in Stuttgart, Baden-Württemberg, wrote the report.",
                 "[16] E. Peter, P. Senellart, D. Martrou, A. Lemaître, J. Hours, J. Gérard, and J. Bloch, Phys. Rev.",
                 "Cd\t0.530\t17.10 Na\t0.760\t2.110\nHg\t0.550\t17.80 K\t1.120\nAl\t0.230\t15.80 Rb",
                 "\\AMCsetScoreZone{width=1.5em,height=1.5ex,depth=.5ex,position=margins}",
                 "base=num gives the base for digits and decimals (defaults to 10).",
                 "\\spnewtheorem{<env_nam>}[<num_like>]{<caption>}{<cap_font>}{<body_font>}",
                 "Winter lights shine on Main Street", "Opening hours: 6:00 p.m. – 9:00 p.m."):
        assert text_lang(text, "en") == "en"
    # Japanese text stays Japanese, whatever the document
    assert text_lang("本稿は交流をまとめる。", "de") == "ja"


def test_the_document_language_the_hyphen_join_asks():
    from pipeline.clean.hyphenation import wraps_lang

    assert wraps_lang(["We met the partners in Leeds and in Hamburg. The harbour master spoke first."]) == "en"
    assert wraps_lang(["Die Daten werden mit den üblichen Makros an die Klasse übergeben."]) == "de"
    assert wraps_lang(["本稿は交流をまとめる。Die Daten werden übergeben."]) == "en"  # a Japanese text: as before


def test_hyphen_join_in_an_english_document_is_unchanged():
    from pipeline.clean.hyphenation import hyphen_decision

    assert hyphen_decision("Ja", "pan") == "join" and hyphen_decision("cross", "boundary") == "compound"
