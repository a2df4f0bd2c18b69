"""Paragraphs, wraps and spaces (issue 16 point 4, session 80, helper join80). Made-up inputs in tests/data/join80/
(rebuilt from last session's lost trial inputs) and the real PDFs' shapes:

* a space between a place's numbered part and the number after it (``３号館 3-204``, ``2号館 1階``) is a word
  boundary and stays (``spacing.place_number_spaces``); a quantity's or a date's closes up as before;
* in a line set letter by letter, a space beside Japanese punctuation whose glyph the extractor glued to the next
  letter goes (gentombow-ja.pdf: ``ま た 、塗 り``, ``く だ さ い 。例 え ば``, ``拡 大（ 縮 小 ）後``);
* a title's word broken with a hyphen over two lines is one word (kdgmasterthesis: ``…performantieruimtemo-`` /
  ``dellering``): the title reads both lines, glues them, and drops the hyphen where neither fragment is a word;
* ``paper.lang`` of a Latin-script document whose whole text tells no language (a body of placeholder Latin) is the
  language the texts that tell show (the Dutch cover of kdgmasterthesis);
* a postal address on one line (``12 Harbour Road, Dunoon PA23 7HG``) is no numbered section heading.

Near misses that pass on the base too are marked so.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.chardata import document_lang
from pipeline.clean.spacing import remove_cjk_ascii_spaces, remove_spaces_between_cjk_letters
from pipeline.model import Text
from segmenting import only_talk, segment_text

DATA = Path(__file__).parent / "data" / "join80"


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _spaced(s: str) -> str:
    return remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text


# --------------------------------------------------------------------------
# 1. a place's numbered part and the number after it


def test_room_number_after_building_keeps_its_space():
    talk, ledger = only_talk((DATA / "j80_room_numbers.txt").read_text(encoding="utf-8"))
    texts = _paragraphs(talk)
    assert "会場　市役所本庁舎　3号館 3-204会議室" in texts
    assert any("当日は2号館 1階の受付で" in t for t in texts)
    assert not any(r.rule == "remove_cjk_ascii_spaces" and r.line == 6 and r.col == 13 for r in ledger)


def test_place_number_spaces_in_the_rule():
    assert _spaced("会場　３号館 3-204 会議室") == "会場　３号館 3-204会議室"
    assert _spaced("本館5棟 2階の窓口") == "本館5棟 2階の窓口"


def test_quantities_and_dates_still_close_up():
    # near miss (passes on the base too): a typesetter's spaces around a half-width run
    assert _spaced("2024年 4月に") == "2024年4月に"
    assert _spaced("人口 100 万の都市") == "人口100万の都市"


# --------------------------------------------------------------------------
# 2. a letter-spaced line's punctuation glued to the next letter


def _closed(s: str) -> str:
    return remove_spaces_between_cjk_letters(Text.from_raw(s, 1)).text.text


def test_space_before_glued_punctuation_in_letter_spaced_line():
    assert _closed("ま た 、塗 り 足 し の 幅 な ど の 寸 法 指 定 は true 付 き の 単 位 を 使 用 し て く だ さ い 。例 え ば") \
        == "また、塗り足しの幅などの寸法指定は true 付きの単位を使用してください。例えば"
    assert _closed("と 指 定 す れ ば 、版 面 拡 大（ 縮 小 ）後 の 塗 り 足 し 幅") == "と指定すれば、版面拡大（縮小）後の塗り足し幅"


def test_unspaced_line_keeps_its_spaces():
    # near miss (passes on the base too): a line not shown letter-spaced is not touched, whatever its punctuation
    assert _closed("詳しくは 「利用の手引き」 を参照") == "詳しくは 「利用の手引き」 を参照"


# --------------------------------------------------------------------------
# 3. a title's word broken over its lines; 4. paper.lang of a document in placeholder Latin


def test_title_word_broken_with_hyphen_is_one_word():
    doc = segment_text((DATA / "j80_thesis_cover_nl.txt").read_text(encoding="utf-8"))
    [talk] = doc.talks
    assert talk.title.en.text == "Minimax optimisatie voor performantieruimtemodellering"
    assert any(r.rule == "join_title_word" and r.text == "-" and r.line == 4 for r in doc.ledger)


def test_title_compound_keeps_its_hyphen_without_space():
    from pipeline.clean.hyphenation import title_wrap_decision

    assert title_wrap_decision("cross", "boundary", "en") == "compound"
    assert title_wrap_decision("performantieruimtemo", "dellering", "nl") == "join"


LOREM = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore "
         "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.")


def test_placeholder_latin_document_takes_its_covers_language():
    texts = ["Masterproef 2024-2025", "Proefschrift tot het behalen van de graad van Master of Science in de Industriële "
             "Wetenschappen", "Inhoudsopgave", "Inleiding", LOREM, LOREM]
    assert document_lang(texts, "en") == "nl"


def test_english_document_stays_english():
    # near miss (passes on the base too): an English text that tells, or a text with no unit telling another language
    assert document_lang(["Contents", "We thank the council for the data and for its help with the survey.", LOREM], "en") == "en"
    assert document_lang(["Contents", LOREM, LOREM], "en") == "en"


# --------------------------------------------------------------------------
# 5. a postal address on one line is no numbered heading


def test_address_line_is_no_numbered_section():
    talk, _ = only_talk((DATA / "j80_datasheet_contact.txt").read_text(encoding="utf-8"))
    assert not any(s.number == "12" for s in talk.sections)
    assert "12 Harbour Road, Dunoon PA23 7HG" in _paragraphs(talk)


# --------------------------------------------------------------------------
# near misses: wraps the base already joins right (full-width measure, digits, Latin letters and brackets at it)


def test_festival_report_wraps_at_full_width_measure():
    for name in ("j80_festival_wrap.txt", "j80_festival_chars.txt"):
        talk, _ = only_talk((DATA / name).read_text(encoding="utf-8"))
        texts = _paragraphs(talk)
        assert len(texts) == 4
        assert "計60本が" in texts[1] and "DJブース" in texts[2] and "」との声" in texts[3]


def test_festival_report_with_roster_and_table():
    talk, _ = only_talk((DATA / "j80_festival_report.txt").read_text(encoding="utf-8"))
    texts = _paragraphs(talk)
    assert any("景品の数は計60本の景品が午後三時までにすべてなくなった。" in t for t in texts)
    assert any("予定である。ごみの分別" in t and "DJブースでの" in t for t in texts)


def test_contact_lines_stay_lines():
    talk, _ = only_talk((DATA / "j80_newsletter_contact.txt").read_text(encoding="utf-8"))
    # (the lines stay lines: in the closing block since helper close82, a section of their own before)
    texts = _paragraphs(talk) + [t.text for t in talk.front]
    assert "12 Harbour Road, Dunoon PA23 7HG" in texts and "Tel: 01369 700000" in texts
