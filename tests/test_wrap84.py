"""Helper wrap84 (issue 16 point 4: the line measure that decides a wrap comes from the document; a short paper's
wraps are joined). Made-up documents (tests/data/wrap84/, also under /work/regress/in_wrap84/ with their expected
readings):

1. A short paper hard-wrapped at about 65 columns under a few lines never wrapped (a long title, reference entries one
   to a line): its own run-on lines (``…the North Sea coast`` / ``by the Trinity House…``) show the wrap, so every wrap
   is joined, one before a capital too (``…led by the Northern`` / ``Lighthouse Board``); the long reference lines,
   far wider than the wrap, stay one entry each.
2. An author-date reference list whose entries wrap: an entry opening on ``Surname, I.`` under an entry closed on its
   full stop is a new paragraph, however full the line over it.
3. A poem's lines ending on commas stay lines (a stanza: every line short, opening on a capital, none running on).
4. Near misses (pass on the base too): an RFC-like memo under a two-column header, a hard-wrapped paper with an
   indented paragraph, a numbered reference list with entries after it in author-date form, a list, a table and code.
"""

from __future__ import annotations

from pathlib import Path

from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "wrap84"


def _sections(name: str) -> dict[str, list[str]]:
    talk, _ = only_talk_of(DATA / name)
    return {s.title.text if s.title else "": [p.text for p in s.paragraphs] for s in talk.sections}


def test_short_paper_wraps_joined_under_long_unwrapped_lines():
    sections = _sections("paper5.txt")
    assert sections["Abstract"] == [
        "Small harbour lights were surveyed along the North Sea coast by the Trinity House Lighthouse Service between "
        "2019 and 2023. Most of the lights are now automatic."]
    assert sections["Method"] == [
        "Each light was visited once. The survey team, led by the Northern Lighthouse Board, recorded the lamp type "
        "and the range."]


def test_long_reference_lines_stay_one_entry_each():
    refs = _sections("paper5.txt")["References"]
    assert [r.split(" (")[0] for r in refs] == [
        "Trinity House", "Northern Lighthouse Board",
        "International Association of Marine Aids to Navigation and Lighthouse Authorities"]


def test_author_entry_after_a_wrapped_entry_opens_a_paragraph():
    refs = _sections("refs1.txt")["References"]
    assert [r.split(" (")[0] for r in refs] == [
        "Andersen, K. and Holm, P.", "Baker, R.", "Carter, S., Evans, M. and Ford, D.", "Dawson, T.", "Evans, M."]
    assert refs[2].endswith("flushing in Wales. Estuarine, Coastal and Shelf Science 231, 1-9.")


def test_poem_lines_ending_on_commas_stay_apart():
    talk, _ = only_talk_of(DATA / "near_poem.txt")
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "The Harbour sleeps beneath the Moon," in texts
    assert "The Boats lie still along the Quay," in texts
    assert "The Gulls are gone, the Nets are dry," in texts
    assert texts[0].startswith("These poems were written") and texts[0].endswith("as the pupils wrote them.")


def test_rfc_memo_paragraphs_joined():
    """Near miss: passes on the base too (the header's two columns set no measure)."""
    sections = _sections("rfc.txt")
    [abstract] = sections["Abstract"]
    assert "telemetry from small harbour stations to a regional collector." in abstract
    intro = sections["Introduction"]
    assert len(intro) == 2 and "The Harbour Masters' Association asked" in intro[0]


def test_paper_wrap_before_a_capital_joined_and_indent_opens():
    """Near miss: passes on the base too (enough full lines show the measure)."""
    sections = _sections("paper1.txt")
    [abstract] = sections["Abstract"]
    assert "the Danish Hydraulic Institute showed" in abstract
    intro = sections["Introduction"]
    assert len(intro) == 2 and "many small Harbour Trusts cannot meet" in intro[0]


def test_numbered_then_author_entries():
    """Near miss: passes on the base too."""
    refs = _sections("refs3.txt")["Studies read"]
    assert [r.split(" ")[0] for r in refs] == ["1.", "2.", "3.", "4.", "Smith,", "Taylor,"]
    assert refs[1].endswith("survey of Parents and Carers. Campaign report, London.")


def test_list_table_and_code_lines_stay_apart():
    """Near miss: passes on the base too."""
    talk, _ = only_talk_of(DATA / "near_list.txt")
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "- The Small Ships Register number or Part 1 registration" in texts
    assert "power --status --berth 12" in texts
    assert sum(t.startswith(("Under 8 m", "8 m to 12 m", "Over 12 m")) for t in texts) == 3


def test_house_number_under_a_numbered_heading_is_no_section():
    """``1 Contact`` / ``Harbour Office`` / ``14 Church Lane`` / ``Whitby YO21 3PU``: the address's street is the line
    nearest its postcode, and ``1 Contact`` heads section 1 (it had gone to front with the address)."""
    talk, _ = only_talk_of(DATA / "address.txt")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Contact"), ("2", "Dues")]
    assert [p.text for p in talk.sections[0].paragraphs][:3] == ["Harbour Office", "14 Church Lane", "Whitby YO21 3PU"]
