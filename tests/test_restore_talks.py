"""restore(Segmented): one verdict per raw gap, written into every piece that holds it, provenance kept."""

from __future__ import annotations

from pipeline.model import (GAP, Bilingual, Hint, Evidence, Marker, Section, Segmented, Slide, SourceFile, Speaker,
                            Talk, Text)
from pipeline.restore import restore

G = GAP


def _talk() -> Talk:
    heading1 = Text.from_raw("１．港のまちの歴史", line=3)
    heading2 = Text.from_raw(f"{G}{G}港のまちの{G}来", line=5)  # number lost, and 未 of 未来
    title2 = heading2[2:]  # the same raw characters as the heading's title part
    heading3 = Text.from_raw("３．港のまちの未来と計画", line=7)
    para = Text.from_raw("港のまちの未来を考える。", line=8)
    speaker = Text.from_raw(f"港湾局長 {G}田 {G}郎", line=2)
    return Talk(
        id="port", first_line=1, last_line=12,
        city=Bilingual(None, None), title=Bilingual(None, None), subtitle=Bilingual(None, None),
        speaker=Speaker(speaker, speaker[:4], speaker[5:]),  # segment's split: affiliation, name
        sections=(
            Section("1", 1, heading1[2:], (), heading1),
            Section(None, 1, title2, (para,), heading2),
            Section("3", 1, heading3[2:], (), heading3),
        ),
        slides=(Slide(1, Text.from_raw("The Port Town", line=10), ()),),
        hints=(Hint(5, 0, 2, ("２．",), Evidence("numbering", "segment: between headings 1 and 3")),),
    )


def _doc() -> Segmented:
    return Segmented(source=SourceFile("raw/port.txt", "0" * 64, "txt"), talks=(_talk(),), ledger=(),
                     markers=(Marker(5, 7, 1234, "(cid:1234)"),))


def test_each_raw_gap_reported_once_and_sorted():
    (rt,) = restore(_doc()).talks
    keys = [(r.line, r.col) for r in rt.repairs]
    assert keys == sorted(set(keys))
    assert (5, 0) in keys and (5, 7) in keys
    assert all((r.line, r.col) != (5, 2) for r in rt.repairs)


def test_fill_written_into_heading_and_title_alike_with_origin_kept():
    (rt,) = restore(_doc()).talks
    section = rt.talk.sections[1]
    assert section.heading.text.startswith("２．")
    number = next(r for r in rt.repairs if (r.line, r.col) == (5, 0))
    assert number.status == "restored" and number.restored == "２．"
    assert section.heading.origin[0] == (5, 0)  # a restored glyph keeps its gap's raw position
    mirai = next(r for r in rt.repairs if (r.line, r.col) == (5, 7))
    if mirai.status == "restored":
        assert section.heading.text.endswith(mirai.restored + "来")
        assert section.title.text.endswith(mirai.restored + "来")
    else:
        assert section.heading.text.endswith(G + "来") and section.title.text.endswith(G + "来")


def test_cid_kept_in_the_repair():
    (rt,) = restore(_doc()).talks
    assert next(r for r in rt.repairs if (r.line, r.col) == (5, 7)).cids == (1234,)


def test_speaker_name_never_filled():
    (rt,) = restore(_doc()).talks
    assert rt.talk.speaker.text.text == f"港湾局長 {G}田 {G}郎"
    names = [r for r in rt.repairs if r.line == 2]
    assert names and all(r.status == "unresolved" and r.restored is None for r in names)


def test_restore_is_deterministic():
    a = restore(_doc()).to_json()
    b = restore(_doc()).to_json()
    assert a == b
