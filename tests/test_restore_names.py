"""A lost glyph in a person's name, wherever the document states a name, is never filled and gets no candidates.

Trial 41: a deck's cover named its presenter ``佐� 真理子（紙と本の工房 綴）`` (no job title; segment, which reads no
name through a lost glyph, took the English line under it for the speaker) and its surname was offered 藤, 子, 賀;
minutes listed ``Present: … Daniel M�ller …`` and the English word list offered Miller at 0.82. Here other names and
topics: a woodworking class's cover, a garden club's and a ward council's minutes, a tour's thanks.
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP, Bilingual, Section, Segmented, Slide, SourceFile, Speaker, Talk, Text
from pipeline.restore import restore, restore_text

G = GAP

COVER = (f"木工と暮らしの入門講座\nWoodworking for Everyday Life\n{G}田 健太（森の木工舎）\n"
         "Kenta Ueda (Forest Woodcraft Studio)\n")
MINUTES = ("Harbourside Garden Club\nCommittee minutes\n"
           "Attendees: Ruth Kamara (Chair), Piotr Nowak (Secretary), Amy Cole,\n"
           f"Leila Haddad, Jonas Sch{G}fer, Ben Ortiz (junior member)\n"
           "Apologies: Hana Sato\n"
           "1. The spring planting went well and the new beds are ready.\n")


def _at(out: dict, text: str, needle: str) -> dict:
    """The repair of the gap at ``needle``'s first lost glyph."""
    start = text.index(needle) + needle.index(G)
    return next(r for r in out["repairs"] if r["start"] == start)


def _abstains(r: dict) -> None:
    assert r["status"] == "unresolved" and r["restored"] is None and r["candidates"] == [], r
    assert any(e["kind"] == "abstention" and "person's name" in e["detail"] for e in r["evidence"]), r


@pytest.mark.parametrize("text, needle", [
    (COVER, f"{G}田 健太"),  # a cover's name before its affiliation in brackets, no job title
    (MINUTES, f"Sch{G}fer"),  # an attendee list going on over the next line after a comma
    ("Apologies: Jonas Sch\ufffdfer, Hana Sato\n", f"Sch{G}fer"),
    ("出席者：森田委員長、\ufffd川委員、上野 花子（記録）\n", f"{G}川"),
    ("We thanked Dr Anke Kr\ufffdger for the tour of the mill.\n", f"Kr{G}ger"),
])
def test_a_name_the_document_states_is_never_filled(text, needle):
    _abstains(_at(restore_text(text), text, needle))


@pytest.mark.parametrize("text, needle", [
    # issue 19, point 4: a name-ish word elsewhere in the line says nothing about the gap
    ("Attendees: all members of the planting gr\ufffdup\n", f"gr{G}up"),  # no name in the list
    ("Attendees: Ruth Kamara (Ch\ufffdir), Amy Cole\n", f"Ch{G}ir"),  # a bracketed aside is no name
    ("Venue: the old gr\ufffdenhouse, Amy Cole\n", f"gr{G}enhouse"),  # not a list of people
    # other words beside a given name: a thing's word and の before it (session 75, prose_name._thing_before)
    ("和紙の\ufffd作 健太の工房\n", f"{G}作"),
    # review of 2 December: a body among those present is no person (had been abstained on as a name)
    ("Attendees: Ruth Kamara (Chair), Amy Cole, Eastside Sch\ufffdol Board\n", f"Sch{G}ol"),
    ("出席者：森田委員長、上野 花子、港\ufffd市役所\n", f"港{G}市"),
])
def test_a_gap_outside_a_name_is_still_restored_or_offered(text, needle):
    r = _at(restore_text(text), text, needle)
    assert r["candidates"] and not any("person's name" in e["detail"] for e in r["evidence"]), r


def _talk(talk_id: str, title: Bilingual, speaker: Speaker, **parts) -> Talk:
    return Talk(id=talk_id, first_line=1, last_line=6, city=Bilingual(None, None), title=title,
                subtitle=Bilingual(None, None), speaker=speaker, **{"sections": (), "slides": (), **parts})


def _cover_talk() -> Talk:
    """A deck whose cover's Japanese name line segment did not read as the speaker (it took the English one)."""
    title = Text.from_raw("木工と暮らしの入門講座", line=1)
    name_ja = Text.from_raw(f"{G}田 健太（森の木工舎）", line=3)
    name_en = Text.from_raw("Kenta Ueda (Forest Woodcraft Studio)", line=4)
    tools = Slide(2, Text.from_raw("道具の選び方", line=5), (Text.from_raw("鉋と鑿の手入れを学ぶ", line=6),))
    return _talk("woodwork", Bilingual(title, None), Speaker(name_en, None, name_en[:10]),
                 slides=(Slide(1, title, (name_ja, name_en)), tools))


def _minutes_talk() -> Talk:
    """English minutes whose attendee list segment split into two front pieces."""
    first = Text.from_raw("Attendees: Ruth Kamara (Chair), Piotr Nowak (Secretary), Amy Cole,", line=3)
    second = Text.from_raw(f"Leila Haddad, Jonas Sch{G}fer, Ben Ortiz (junior member)", line=4)
    body = Text.from_raw("The spring planting went well and the new beds are ready.", line=6)
    planting = Section("1", 1, Text.from_raw("Planting", line=5), (body,), Text.from_raw("1. Planting", line=5))
    return _talk("garden", Bilingual(None, Text.from_raw("Harbourside Garden Club", line=1)), Speaker(None, None, None),
                 sections=(planting,), front=(first, second))


@pytest.mark.parametrize("talk, where", [(_cover_talk(), (3, 0)), (_minutes_talk(), (4, 23))])
def test_the_talk_stage_abstains_on_such_names_too(talk, where):
    doc = Segmented(source=SourceFile("raw/names.txt", "0" * 64, "txt"), talks=(talk,), ledger=())
    (rt,) = restore(doc).talks
    r = next(r for r in rt.repairs if (r.line, r.col) == where)
    assert r.status == "unresolved" and r.restored is None and r.candidates == (), r
    assert any(e.kind == "abstention" and "person's name" in e.detail for e in r.evidence), r
