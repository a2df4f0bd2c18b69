"""Random talks through the structure stage: always schema-valid, tokens always tile their text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.structure import export
from pipeline.model import Bilingual, Restored, RestoredTalk, Section, Slide, SourceFile, Speaker, Talk, Text
from pipeline.structure import structure
from pipeline.structure.document import talk_from_json
from pipeline.structure.schema import fast_schema_errors, schema_errors

ALPHABET = list("あいう国際都市環境。、！？「」（）　 ＡＢ１２abcXYZ 0123.,!?-’\t\x00\u200b") + ["\ufffd", "𠮷", "㎡", "ｋ"]
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)


def as_text(s: str, line: int) -> Text:
    return Text.from_raw(s, line=line)


@st.composite
def talks(draw):
    line = iter(range(1, 10_000))
    sections = tuple(
        Section(number=draw(st.one_of(st.none(), st.sampled_from(["1", "2", "3.1"]))), level=draw(st.integers(1, 2)),
                title=as_text(draw(texts), next(line)), heading=None,
                paragraphs=tuple(as_text(p, next(line)) for p in draw(st.lists(texts, max_size=3))))
        for _ in range(draw(st.integers(0, 3)))
    )
    slides = tuple(
        Slide(number=draw(st.one_of(st.none(), st.integers(0, 30))),
              title=draw(st.one_of(st.none(), texts.map(lambda s: as_text(s, 500)))),
              lines=tuple(as_text(p, 600) for p in draw(st.lists(texts, max_size=3))))
        for _ in range(draw(st.integers(0, 3)))
    )
    maybe = st.one_of(st.none(), texts.map(lambda s: as_text(s, 700)))
    talk = Talk(id=draw(st.text(min_size=0, max_size=8)), first_line=1, last_line=1000,
                city=Bilingual(draw(maybe), draw(maybe)), title=Bilingual(draw(maybe), draw(maybe)),
                subtitle=Bilingual(None, None), speaker=Speaker(draw(maybe), None, None),
                sections=sections, slides=slides)
    return Restored(source=SourceFile(file="raw/r.txt", sha256="0" * 64, kind="txt"),
                    talks=(RestoredTalk(talk=talk, repairs=()),), ledger=())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(talks())
def test_any_talk_is_schema_valid_and_tiled(doc):
    out = structure(doc, stem="r")
    (document,) = out.values()
    talk = document.to_json()
    assert schema_errors(talk) == [] == fast_schema_errors(talk)
    assert talk_from_json(talk) == document
    for unit in export.units(document):
        pos = 0
        for t in unit.tokens:
            assert unit.text[t.start:t.end] == t.surface
            assert unit.text[pos:t.start].strip() == ""
            pos = t.end
    for slide in talk["slides"]:
        link = slide["section"]
        assert link is None or 0 <= link["index"] < len(talk["paper"]["sections"])
    # every string's origin is the one the restored talk had
    assert [t.origin for t in document.texts()] == [t.origin for t in doc.talks[0].talk.texts()]
    assert export.docbin_bytes(document)

